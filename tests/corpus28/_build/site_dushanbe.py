"""Mountain glaciers forum, Dushanbe (ru-TJ, Tajik section without lang)."""
from lib import *

NAV = [("index.html", "Главная"), ("uchastie.html", "Участие и взносы"), ("registratsiya.html", "Регистрация"),
       ("onlain.html", "Онлайн-доклады"), ("dostupnost.html", "Доступность"), ("prozhivanie.html", "Проживание"),
       ("partnery.html", "Партнёрам"), ("vakansii.html", "Вакансии")]
s = mk("forum-gornye-ledniki-dushanbe", "Форум «Горные ледники и вода» 2027", "ru-TJ", "#1f5f8b", "ГЛ", NAV,
       foot={"ru-TJ": '<p>Центр исследований ледников Памира (вымышленный) · Душанбе · forum@glacier-pamir.example.tj</p>'})
placeholder_media(s, "media/lednik-fedchenko.mp4")
s.pdf("docs/programma-foruma-2027.pdf", "Forum Gornye ledniki i voda 2027\nProgramma\nDen 1: plenarnoe zasedanie\nDen 2: sektsii")

s.page("index.html", "Форум «Горные ледники и вода» — Душанбе 2027", """
<h1>Форум «Горные ледники и вода»</h1>
<p>25–27 мая 2027 года, Душанбе. Гляциологи, гидрологи, сотрудники местных джамоатов и студенты обсуждают таяние ледников
Памира, сели и водоснабжение горных кишлаков. На третий день — экскурсия к языку ледника в Варзобском ущелье.</p>
<p>Программа форума доступна только в PDF: <a href="@docs/programma-foruma-2027.pdf">скачать программу (PDF)</a>.</p>
""" + video("media/lednik-fedchenko.mp4") + """
<section>
<h2>Бо забони тоҷикӣ</h2>
<p>Форуми «Пиряхҳои кӯҳӣ ва об» дар шаҳри Душанбе баргузор мегардад. Олимон, кормандони ҷамоатҳо ва донишҷӯён дар бораи
обшавии пиряхҳо, селҳо ва таъминоти оби ошомиданӣ дар деҳот суҳбат мекунанд. Иштирок барои кормандони ҷамоатҳо ройгон
аст; ҳаққи иштироки дигарон 600 сомонӣ мебошад.</p>
</section>
""")

s.page("uchastie.html", "Участие и взносы — Форум «Горные ледники и вода»", """
<h1>Участие и взносы</h1>
<table>
  <tr><th>Категория</th><th>Взнос</th></tr>
  <tr><td>Участники</td><td>600 сомони</td></tr>
  <tr><td>Студенты и аспиранты</td><td>200 сомони</td></tr>
  <tr><td>Экскурсия к леднику (по желанию, транспорт и обед)</td><td>1 500 сомони</td></tr>
</table>
<p class="note">Для сотрудников местных джамоатов участие бесплатное.</p>
<p>Участникам из Горно-Бадахшанской автономной области мы компенсируем проезд до Душанбе.</p>
""")

s.page("registratsiya.html", "Регистрация — Форум «Горные ледники и вода»", """
<h1>Регистрация</h1>
<p>К экскурсии на ледник допускаются участники с восемнадцати лет.</p>
<form action="@registratsiya.html" method="post">
""" + fld("fio", "ФИО (обязательно)") + fld("pasport", "Номер паспорта (обязательно)") + fld("dr", "Дата рождения", "date")
    + fld("org", "Организация или джамоат (обязательно)") + fld("tel", "Телефон (обязательно)", "tel") + fld("mail", "E-mail (обязательно)", "email")
    + fld("sekciya", "Секция", "select", opts=["Гляциология", "Гидрология и сели", "Водоснабжение кишлаков"])
    + radios("format", "Формат участия", ["Очно", "Онлайн-доклад"]) + fld("ekskursiya", "Записаться на экскурсию", "checkbox")
    + fld("tezisy", "Тезисы доклада (файл)", "file") + """
<div class="procaptcha" data-sitekey="glacier-demo"></div>
<button type="submit">Отправить</button>
</form>
""")

s.page("onlain.html", "Онлайн-доклады — Форум «Горные ледники и вода»", """
<h1>Онлайн-доклады</h1>
<p>Доклад можно представить онлайн через Zoom. После выступления модератор передаёт вопросы из зала докладчику, и он отвечает в прямом эфире.</p>
""")

s.page("dostupnost.html", "Доступность — Форум «Горные ледники и вода»", """
<h1>Доступность</h1>
<p>Конференц-зал находится на третьем этаже, лифта нет. Если вам нужна помощь, напишите заранее: dostup@glacier-pamir.example.tj.</p>
<p>На пленарном заседании работает синхронный перевод русский–таджикский–английский. Сурдоперевод не предусмотрен.</p>
""")

s.page("prozhivanie.html", "Проживание — Форум «Горные ледники и вода»", """
<h1>Проживание и транспорт</h1>
<p>Гостиница рядом с площадкой: от 450 сомони за ночь. Маршрутка от аэропорта — 3 сомони.</p>
""")

s.page("partnery.html", "Партнёрам — Форум «Горные ледники и вода»", """
<h1>Партнёрам</h1>
<p>Генеральный партнёр — 40 000 сомони; выставочный стенд — 3 000 сомони.</p>
""")

s.page("vakansii.html", "Вакансии — Форум «Горные ледники и вода»", """
<h1>Вакансии</h1>
<p>Гидролог на метеостанцию в Хороге, зарплата от 6 000 сомони в месяц.</p>
""")

ENTRY = entry(s, name="Mountain glaciers and water forum 2027 (glacier research centre, Dushanbe, Tajikistan)",
    languages=["ru", "tg"],
    fees=[(600, "TJS"), (200, "TJS"), (1500, "TJS")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["other"],
    account_required=False, registration_form=(10, 5, ["id_document", "birth_date", "affiliation", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["interpretation"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "uchastie.html", "registratsiya.html", "onlain.html", "dostupnost.html"],
    evidence={
        "languages": [Q("index.html", "Гляциологи, гидрологи, сотрудники местных джамоатов и студенты обсуждают таяние ледников"),
                      Q("index.html", "Форуми «Пиряхҳои кӯҳӣ ва об» дар шаҳри Душанбе баргузор мегардад.", "Tajik section without lang")],
        "un_languages": [N("ru")],
        "fees": [Q("uchastie.html", "600 сомони"), Q("uchastie.html", "200 сомони", "student rate"),
                 Q("uchastie.html", "1 500 сомони", "field excursion of the forum: a fee"),
                 Q("index.html", "ҳаққи иштироки дигарон 600 сомонӣ мебошад.", "Tajik restatement: no new entry"),
                 Q("prozhivanie.html", "Гостиница рядом с площадкой: от 450 сомони за ночь.", "hotel, marshrutka: not fees"),
                 Q("partnery.html", "Генеральный партнёр — 40 000 сомони", "partner packages: not fees"),
                 Q("vakansii.html", "зарплата от 6 000 сомони в месяц.", "salary: not a fee")],
        "free_option": [Q("uchastie.html", "Для сотрудников местных джамоатов участие бесплатное.")],
        "fee_support": [Q("uchastie.html", "Участникам из Горно-Бадахшанской автономной области мы компенсируем проезд до Душанбе."),
                        Q("uchastie.html", "Студенты и аспиранты", "student rate")],
        "remote_participation": [Q("onlain.html", "Доклад можно представить онлайн через Zoom. После выступления модератор передаёт вопросы из зала докладчику")],
        "captcha": [M("registratsiya.html", '<div class="procaptcha"', "Prosopo Procaptcha: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, passport, birth date, organisation, phone, e-mail, section select, format radio, excursion checkbox, abstract file); 5 marked (обязательно); sensitive id_document, birth_date, affiliation, phone", "registratsiya.html"),
                              Q("registratsiya.html", "Номер паспорта (обязательно)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("registratsiya.html", "К экскурсии на ледник допускаются участники с восемнадцати лет.")],
        "accessibility_statement": [Q("dostupnost.html", "Если вам нужна помощь, напишите заранее: dostup@glacier-pamir.example.tj.", "contact, beside no lift")],
        "access_services": [Q("dostupnost.html", "Конференц-зал находится на третьем этаже, лифта нет.", "no wheelchair_access"),
                            Q("dostupnost.html", "синхронный перевод русский–таджикский–английский", "interpretation"),
                            Q("dostupnost.html", "Сурдоперевод не предусмотрен.", "negation")],
        "videos_without_captions": [M("index.html", 'src="media/lednik-fedchenko.mp4">', "no track")],
        "pdf_only_documents": [M("index.html", 'href="docs/programma-foruma-2027.pdf"', "programme only as PDF")],
    })
