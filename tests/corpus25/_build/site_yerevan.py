from lib import *

NAV = [("index.html", "Главная"), ("stoimost.html", "Стоимость"), ("zayavka.html", "Заявка"), ("raspisanie.html", "Расписание"),
       ("faq.html", "Вопросы"), ("dostupnost.html", "Доступность"), ("obshchezhitie.html", "Проживание"), ("magazin.html", "Магазин")]
s = mk("zimnyaya-shkola-astrofiziki-byurakan", "Зимняя школа по астрофизике «Бюракан-2027»", "ru-AM", "#1d2f6b", "ЗША", NAV,
       foot={"ru-AM": "<p>Фонд молодых астрономов · Бюракан, Арагацотнская область · school@byurakan-ws.example.am</p>"})
placeholder_media(s, "media/nebo.mp4"); vtt(s, "media/nebo.vtt", "Добро пожаловать")
s.pdf("docs/raspisanie-2027.pdf", "Byurakan Winter School 2027 - timetable\nMorning lectures\nNight observations")
s.page("index.html", "Зимняя школа по астрофизике «Бюракан-2027»", """
<h1>Зимняя школа по астрофизике «Бюракан-2027»</h1>
<p>С 25 января по 5 февраля 2027 года Фонд молодых астрономов проводит в Бюракане школу для старшеклассников и студентов: лекции, работа с архивом спектров и ночные наблюдения.</p>
<p>Лекции дублируются в онлайн-потоке через Zoom: слушатели онлайн задают вопросы лекторам в прямом эфире и сдают практические задания.</p>
""" + video("media/nebo.mp4", track="media/nebo.vtt", track_lang="ru", label="Русские субтитры") + """
<section lang="hy">
<h2>Հայերեն</h2>
<p>Բյուրականի աստղաֆիզիկայի ձմեռային դպրոցը տեղի կունենա 2027 թվականի հունվարի 25-ից փետրվարի 5-ը։ Մարզերի տասը դպրոցականի համար մասնակցությունն անվճար է։</p>
</section>
""")
s.page("stoimost.html", "Стоимость", """
<h1>Стоимость участия</h1>
<table><tr><th>Формат</th><th>Взнос</th></tr>
<tr><td>Очное участие (с питанием)</td><td>95 000 драмов</td></tr>
<tr><td>Очное участие для студентов</td><td>40 000 ֏</td></tr>
<tr><td>Онлайн-поток</td><td>AMD 20 000</td></tr></table>
<p>Десять мест бесплатны для школьников из марзов, прошедших отборочный тур.</p>
""")
form = "".join([fld("nm", "ФИО (обязательно)"), fld("em", "Электронная почта (обязательно)", "email"), fld("ph", "Телефон (обязательно)", "tel"),
    fld("dob", "Дата рождения (обязательно)", "date"), fld("uni", "Школа или вуз (обязательно)"), fld("pas", "Номер паспорта (обязательно)"),
    fld("tr", "Формат (обязательно)", "select", opts=["Очно", "Онлайн"]), fld("mot", "Почему вы хотите участвовать", "textarea"),
    fld("ok", "Согласен на обработку персональных данных (обязательно)", "checkbox")])
s.page("zayavka.html", "Заявка", f"""
<h1>Заявка на участие</h1>
<form action="@zayavka.html" method="post">{form}
<div id="arkose-enforcement" class="arkose-labs" data-public-key="DEMO-BYURAKAN"></div><button type="submit">Отправить</button></form>
""")
s.page("raspisanie.html", "Расписание", """
<h1>Расписание</h1>
<p>Расписание лекций и наблюдений публикуется только в формате <a href="@docs/raspisanie-2027.pdf">PDF</a>.</p>
""")
s.page("faq.html", "Вопросы", """
<h1>Частые вопросы</h1>
<details><summary>Есть ли возрастные ограничения?</summary><p>Принимаются участники от шестнадцати лет.</p></details>
<details><summary>Нужно ли брать свой телескоп?</summary><p>Нет, все инструменты предоставляет обсерватория.</p></details>
""")
s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Лекционный зал находится на втором этаже исторического корпуса, лифта нет.</p>
<p>Сурдоперевод не предусмотрен.</p>
<p>Если вам нужна поддержка, напишите координатору: support@byurakan-ws.example.am — мы постараемся помочь.</p>
""")
s.page("obshchezhitie.html", "Проживание", """
<h1>Проживание и дорога</h1>
<p>Гостиница обсерватории: 12 000 драмов в сутки. Маршрутка Ереван — Бюракан: 500 драмов.</p>
""")
s.page("magazin.html", "Магазин", """
<h1>Магазин фонда</h1>
<p>Учебный телескоп-рефрактор: 85 000 драмов. Карта звёздного неба: 3 000 драмов.</p>
""")
ENTRY = entry(s, name="Byurakan Winter School of Astrophysics 2027 (young astronomers' foundation)",
    languages=["ru", "hy"], fees=[(95000, "AMD"), (40000, "AMD"), (20000, "AMD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["arkose"], account_required=False,
    registration_form=(9, 8, ["phone", "birth_date", "affiliation", "id_document"]), min_age=16, accessibility_statement=True,
    access_services=[], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "stoimost.html", "zayavka.html", "raspisanie.html", "faq.html", "dostupnost.html"],
    evidence={
        "languages": [Q("index.html", "Фонд молодых астрономов проводит в Бюракане школу"), M("index.html", '<section lang="hy">'),
                      Q("index.html", "Բյուրականի աստղաֆիզիկայի ձմեռային դպրոցը տեղի կունենա")],
        "un_languages": [N("ru")],
        "fees": [Q("stoimost.html", "95 000 драмов", "95000 AMD"), Q("stoimost.html", "40 000 ֏", "students 40000 AMD"),
                 Q("stoimost.html", "AMD 20 000", "online track with questions 20000 AMD"),
                 Q("obshchezhitie.html", "Гостиница обсерватории: 12 000 драмов в сутки.", "hotel, marshrutka: not fees"),
                 Q("magazin.html", "Учебный телескоп-рефрактор: 85 000 драмов.", "shop: not fees")],
        "free_option": [Q("stoimost.html", "Десять мест бесплатны для школьников из марзов, прошедших отборочный тур.")],
        "fee_support": [Q("stoimost.html", "Очное участие для студентов", "student rate"), Q("stoimost.html", "Десять мест бесплатны для школьников из марзов")],
        "remote_participation": [Q("index.html", "слушатели онлайн задают вопросы лекторам в прямом эфире")],
        "captcha": [M("zayavka.html", 'id="arkose-enforcement"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, e-mail, phone, birth date, school or university, passport number, format select, motivation textarea, consent); 8 marked (обязательно); sensitive phone, birth_date, affiliation, id_document", "zayavka.html"),
                              Q("zayavka.html", "Номер паспорта (обязательно)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("faq.html", "Принимаются участники от шестнадцати лет.", "16 in words, FAQ only")],
        "accessibility_statement": [Q("dostupnost.html", "Если вам нужна поддержка, напишите координатору", "contact for support needs")],
        "access_services": [Q("dostupnost.html", "на втором этаже исторического корпуса, лифта нет", "negation: no wheelchair_access"),
                            Q("dostupnost.html", "Сурдоперевод не предусмотрен.", "negation: no sign_language")],
        "videos_without_captions": [M("index.html", 'kind="captions"', "the only video has captions")],
        "pdf_only_documents": [Q("raspisanie.html", "Расписание лекций и наблюдений публикуется только в формате PDF.")],
    })
