from lib import *

NAV = [("index.html", "Главная"), ("stoimost.html", "Стоимость"), ("registraciya.html", "Регистрация"),
       ("onlain.html", "Онлайн-участие"), ("dostupnost.html", "Перевод и доступность"), ("programma.html", "Программа"),
       ("sponsory.html", "Спонсорам"), ("gostinicy.html", "Гостиницы"), ("vakansii.html", "Вакансии")]
s = mk("konferenciya-cifrovaya-ekonomika-osh", "Южная конференция по цифровой экономике и защите данных — Ош", "ru-KG",
       "#6b3fa0", "ЮК", NAV,
       foot={"ru-KG": "<p>Ассоциация IT-компаний юга Кыргызстана (вымышленная организация) — г. Ош, ул. Ленина — conf@it-south.example.kg</p>"})

s.page("index.html", "Южная конференция по цифровой экономике — Ош 2027", """
<h1>Южная конференция по цифровой экономике и защите данных</h1>
<p>14–15 октября 2027 года в Оше Ассоциация IT-компаний юга Кыргызстана проводит конференцию для разработчиков, предпринимателей, государственных органов и общественных организаций: электронные платежи, защита персональных данных, доступ к интернету в сёлах.</p>
<p>Участвовать могут слушатели с шестнадцати лет.</p>
<p><a href="@stoimost.html">Стоимость участия</a> · <a href="@registraciya.html">Регистрация</a> · <a href="@spikery.html">Спикеры</a></p>
<h2>Видео: итоги конференции 2026 года</h2>
<video controls preload="none" width="640" src="@media/itogi-2026.mp4"></video>
<section lang="ky">
<h2>Кыргызча</h2>
<p>Ош шаарында 2027-жылдын 14–15-октябрында санариптик экономика жана жеке маалыматтарды коргоо боюнча конференция өтөт. Конференцияга иштеп чыгуучулар, ишкерлер, мамлекеттик органдар жана коомдук уюмдар катышат.</p>
<p>Катышуу акысы: стандарттык билет 3 500 сом, студенттер үчүн 1 000 сом, онлайн билет 1 500 сом. Пленардык сессияларда кыргыз, орус жана англис тилдеринде синхрондук котормо болот.</p>
</section>
""")
placeholder_media(s, "media/itogi-2026.mp4")

s.page("stoimost.html", "Стоимость участия", """
<h1>Стоимость участия</h1>
<table><caption>Билеты</caption>
<tr><th>Билет</th><th>сом</th><th>USD</th></tr>
<tr><td>Стандартный билет</td><td>3 500</td><td>45</td></tr>
<tr><td>Студенческий билет</td><td>1 000</td><td>15</td></tr>
<tr><td>Онлайн-билет (Zoom, с вопросами)</td><td>1 500</td><td>20</td></tr>
</table>
<p>Участники из Кыргызстана оплачивают в сомах, зарубежные участники — в долларах США.</p>
<p>Бесплатного участия не предусмотрено; спикеры также оплачивают участие.</p>
""")

form = "".join([
    fld("fio", "ФИО (графа обязательна)"),
    fld("email", "Email (графа обязательна)", "email"),
    fld("tel", "Телефон (графа обязательна)", "tel"),
    fld("dr", "Дата рождения", "date"),
    fld("pin", "ПИН — персональный идентификационный номер (графа обязательна)"),
    fld("org", "Компания или организация (графа обязательна)"),
    fld("dolzhnost", "Должность"),
    fld("oblast", "Область (графа обязательна)", "select", opts=["Ошская", "Джалал-Абадская", "Баткенская", "Чуйская", "Другая / зарубеж"]),
    fld("bilet", "Тип билета (графа обязательна)", "select", opts=["Стандартный", "Студенческий", "Онлайн"]),
    fld("yazyk", "Язык общения", "select", opts=["Русский", "Кыргызский", "Английский"]),
    fld("soglasie", "Согласен(на) на обработку персональных данных (графа обязательна)", "checkbox"),
])
s.page("registraciya.html", "Регистрация", f"""
<h1>Регистрация</h1>
<p>После регистрации вы получите счёт на оплату.</p>
<form action="@registraciya.html" method="post">
{form}
<div class="smart-captcha" data-sitekey="ysc1_demo_key"></div>
<button type="submit">Зарегистрироваться</button>
</form>
""")

s.page("onlain.html", "Онлайн-участие", """
<h1>Онлайн-участие</h1>
<p>Участники с онлайн-билетом подключаются через Zoom и задают вопросы спикерам в прямом эфире голосом или в чате.</p>
""")

s.page("dostupnost.html", "Перевод и доступность", """
<h1>Перевод</h1>
<p>Синхронный перевод кыргызский–русский–английский на пленарных сессиях.</p>
<p>Сурдоперевод не предусмотрен.</p>
<p>Живых субтитров не будет.</p>
""")

s.page("programma.html", "Программа", """
<h1>Программа</h1>
<p>Программа конференции доступна только в формате PDF.</p>
<p><a href="@docs/programma-2027.pdf">Скачать программу (PDF)</a></p>
""")
s.pdf("docs/programma-2027.pdf", "Programma konferencii - Osh 2027\n14 oktyabrya\n15 oktyabrya")

s.page("sponsory.html", "Спонсорам", """
<h1>Спонсорские пакеты</h1>
<ul><li>Генеральный спонсор — 5 000 USD</li><li>Стенд в холле — 60 000 сом</li></ul>
""")
s.page("gostinicy.html", "Гостиницы", """
<h1>Гостиницы и транспорт</h1>
<p>Гостиницы в центре Оша — от 3 200 сом за ночь. Проезд в маршрутке — 20 сом.</p>
""")
s.page("vakansii.html", "Вакансии", """
<h1>Вакансии компаний-участниц</h1>
<p>Backend-разработчик, Ош, от 80 000 сом в месяц.</p>
""")

P = ["index.html", "stoimost.html", "registraciya.html", "onlain.html", "dostupnost.html", "programma.html"]
ENTRY = entry(s, name="Южная конференция по цифровой экономике и защите данных — Ош", languages=["ky", "ru"],
    fees=[(3500, "KGS"), (1000, "KGS"), (1500, "KGS"), (45, "USD"), (15, "USD"), (20, "USD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["other"], account_required=False,
    registration_form=(11, 8, ["phone", "birth_date", "id_document", "affiliation"]),
    min_age=16, accessibility_statement=False,
    access_services=["interpretation"], videos_without_captions=1,
    pdf_only_documents=True, participation_pages=P, deliberate_404=["spikery.html"],
    evidence={
        "languages": [Q("index.html", "в Оше Ассоциация IT-компаний юга Кыргызстана проводит конференцию"),
                      Q("index.html", "Ош шаарында 2027-жылдын 14–15-октябрында санариптик экономика", "Kyrgyz section of two paragraphs with lang=ky")],
        "un_languages": [N("ru only")],
        "fees": [Q("stoimost.html", "Стандартный билет 3 500 45"), Q("stoimost.html", "Студенческий билет 1 000 15"),
                 Q("stoimost.html", "Онлайн-билет (Zoom, с вопросами) 1 500 20"),
                 Q("index.html", "стандарттык билет 3 500 сом", "restated in Kyrgyz: no new entry"),
                 Q("sponsory.html", "Генеральный спонсор — 5 000 USD", "sponsor: not a fee"),
                 Q("gostinicy.html", "от 3 200 сом за ночь", "hotel: not a fee"),
                 Q("vakansii.html", "от 80 000 сом в месяц", "salary: not a fee")],
        "free_option": [Q("stoimost.html", "Бесплатного участия не предусмотрено; спикеры также оплачивают участие.")],
        "fee_support": [Q("stoimost.html", "Студенческий билет 1 000 15", "student rate")],
        "remote_participation": [Q("onlain.html", "Участники с онлайн-билетом подключаются через Zoom и задают вопросы спикерам в прямом эфире")],
        "captcha": [M("registraciya.html", '<div class="smart-captcha"', "Yandex SmartCaptcha: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (ФИО, email, телефон, дата рождения, ПИН, организация, должность, область select, билет select, язык select, согласие checkbox); 8 marked (графа обязательна); sensitive phone, birth_date, id_document, affiliation", "registraciya.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "Участвовать могут слушатели с шестнадцати лет.")],
        "accessibility_statement": [N("only interpretation, with negations of sign language and captions; no provision, no contact for access needs", "dostupnost.html")],
        "access_services": [Q("dostupnost.html", "Синхронный перевод кыргызский–русский–английский на пленарных сессиях.", "interpretation"),
                            Q("dostupnost.html", "Сурдоперевод не предусмотрен.", "negation"),
                            Q("dostupnost.html", "Живых субтитров не будет.", "negation")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/itogi-2026.mp4"></video>')],
        "pdf_only_documents": [Q("programma.html", "Программа конференции доступна только в формате PDF.")],
    })
