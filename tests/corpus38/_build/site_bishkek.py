"""Bishkek, Kyrgyzstan: Central Asian network operators' and internet registries' meeting (Russian, Kyrgyz sections without lang)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "canom-network-operators-meeting-bishkek"
NAV = [("index.html", "Главная"), ("registraciya.html", "Регистрация"), ("stoimost.html", "Стоимость"),
       ("onlain.html", "Онлайн-участие"), ("dostupnost.html", "Доступность"), ("gorod.html", "Гостиницы и транспорт"),
       ("sponsory.html", "Спонсорам"), ("vakansii.html", "Вакансии")]
FOOT = {"ru-KG": "<p>Ассоциация сетевых операторов Кыргызстана · Бишкек, ул. Киевская 96 · info@canom.example.kg</p>"}
s = mk(SLUG, "CANOM-9: встреча сетевых операторов Центральной Азии", "ru-KG", "#264653", "CANOM", {"ru-KG": NAV}, foot=FOOT)
placeholder_media(s, "media/canom8.mp4")
s.pdf("docs/programma-canom9.pdf", "CANOM-9 programme\nDay 1: routing security, IXP, RPKI\nDay 2: DNS, IPv6, registries")

T_INTRO = "Девятая Центральноазиатская встреча сетевых операторов и интернет-регистратур (CANOM-9) пройдёт 14–15 октября 2027 года в Бишкеке"
T_KY = "Борбор Азиялык тармак операторлорунун жана интернет-реестрлердин жолугушуусу Бишкекте өтөт"
T_PDF = "Программа встречи доступна только в формате PDF"
s.page("index.html", "CANOM-9 — Бишкек 2027", f"""
<h1>CANOM-9: встреча сетевых операторов Центральной Азии</h1>
<p>{T_INTRO}. Инженеры операторов связи, точек обмена трафиком, дата-центров и регистратур доменов обсудят безопасность маршрутизации, RPKI, IPv6 и DNS.</p>
<p>{T_PDF}: <a href="@docs/programma-canom9.pdf">скачать программу (PDF)</a>.</p>
{video("media/canom8.mp4")}
<section>
<h2>Кыргызча</h2>
<p>{T_KY}, 2027-жылдын 14–15-октябрында. Тармак инженерлери маршруттоонун коопсуздугу, IPv6 жана DNS боюнча сүйлөшүшөт.</p>
<p>Катталуу жана төлөм тууралуу маалымат орус тилинде берилген. Онлайн катышуучулар Zoom аркылуу суроо бере алышат.</p>
</section>
""")

FORM = "\n".join([
    fld("name", "Имя и фамилия (заполняется обязательно)"),
    fld("org", "Организация (заполняется обязательно)"),
    fld("position", "Должность"),
    fld("email", "Электронная почта (заполняется обязательно)", "email"),
    fld("phone", "Телефон", "tel"),
    fld("pin", "ПИН или номер паспорта"),
    fld("country", "Страна", "select", opts=["Кыргызстан", "Казахстан", "Таджикистан", "Узбекистан", "Туркменистан", "Другая"]),
    radios("pass", "Тип пропуска", ["Полный очный", "Онлайн"], req=True),
    fld("pw", "Пароль", "password", req=True),
    fld("pw2", "Повторите пароль", "password", req=True),
    fld("agree", "Согласен(на) с правилами встречи и обработкой данных", "checkbox", req=True),
])
T_ACC = "Для регистрации нужно создать учётную запись в личном кабинете участника"
T_AGE = "Участвовать могут лица не моложе 18 лет"
s.page("registraciya.html", "Регистрация — CANOM-9", f"""
<h1>Регистрация</h1>
<p>{T_ACC}. После оплаты взноса пропуск появится в кабинете.</p>
<p>{T_AGE}.</p>
<h2>Создать учётную запись</h2>
<form action="@registraciya.html" method="post">
{FORM}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAcanom9bishkek"></div>
<button type="submit">Создать учётную запись</button>
</form>
<h2>Вход в личный кабинет</h2>
<form action="@registraciya.html" method="post">
{fld("login_email", "Электронная почта", "email")}
{fld("login_pw", "Пароль", "password")}
<button type="submit">Войти</button>
</form>
""")

T_NOFREE = "Бесплатного участия нет: докладчики и члены программного комитета также оплачивают взнос"
T_NOSUP = "Скидок, стипендий и компенсации проезда не предусмотрено"
T_DUES = "Членский взнос ассоциации (10 000 сом в год) не является платой за участие и не даёт скидки"
s.page("stoimost.html", "Стоимость участия — CANOM-9", f"""
<h1>Стоимость участия</h1>
<table>
<caption>Регистрационные взносы</caption>
<tr><th>Тариф</th><th>сом (KGS)</th><th>USD</th></tr>
<tr><td>Полный очный пропуск (2 дня, обеды)</td><td>4 500</td><td>52</td></tr>
<tr><td>Онлайн-пропуск (вопросы докладчикам в Zoom)</td><td>1 200</td><td>14</td></tr>
</table>
<p>{T_NOFREE}.</p>
<p>{T_NOSUP}.</p>
<p>{T_DUES}.</p>
<section>
<p>Толук пропуск — 4 500 сом, онлайн пропуск — 1 200 сом. Акысыз катышуу каралган эмес.</p>
</section>
""")

T_ZOOM = "Участники с онлайн-пропуском задают вопросы докладчикам в Zoom в прямом эфире"
s.page("onlain.html", "Онлайн-участие — CANOM-9", f"""
<h1>Онлайн-участие</h1>
<p>{T_ZOOM}; модератор зачитывает вопросы после каждого доклада.</p>
<p>Ссылка на Zoom появляется в личном кабинете за день до встречи.</p>
""")

T_LIFT = "Конференц-зал находится на третьем этаже; есть лифт, подходящий для инвалидных колясок"
T_INT = "Синхронный перевод: кыргызский – русский – английский"
T_NOSIGN = "Сурдоперевод не предусмотрен"
s.page("dostupnost.html", "Доступность — CANOM-9", f"""
<h1>Доступность</h1>
<p>{T_LIFT}.</p>
<p>{T_INT}.</p>
<p>{T_NOSIGN}.</p>
<p>Если вам нужна помощь, напишите на access@canom.example.kg.</p>
""")

s.page("gorod.html", "Гостиницы и транспорт — CANOM-9", """
<h1>Гостиницы и транспорт</h1>
<p>Гостиница рядом с площадкой: от 3 800 сом за ночь. Проезд в маршрутке — 20 сом, такси из аэропорта Манас — около 1 000 сом.</p>
""")

s.page("sponsory.html", "Спонсорам — CANOM-9", """
<h1>Спонсорские пакеты</h1>
<p>Генеральный спонсор — 5 000 USD. Спонсор кофе-брейков — 1 500 USD. Стенд в холле — 800 USD.</p>
""")

s.page("vakansii.html", "Вакансии — Ассоциация сетевых операторов Кыргызстана", """
<h1>Вакансия: сетевой инженер точки обмена трафиком</h1>
<p>Зарплата 120 000 сом в месяц. Резюме: jobs@canom.example.kg.</p>
""")

PP = ["index.html", "registraciya.html", "stoimost.html", "onlain.html", "dostupnost.html"]
ENTRY = entry(
    s, name="CANOM-9: Central Asian Network Operators and Internet Registries Meeting (Network Operators Association of Kyrgyzstan, Bishkek, Kyrgyzstan)",
    languages=["ru", "ky"],
    fees=[(4500, "KGS"), (1200, "KGS"), (52, "USD"), (14, "USD")],
    free_option=False, fee_support=False, remote_participation=True,
    captcha=["turnstile"], account_required=True,
    registration_form=(11, 7, ["affiliation", "phone", "id_document"]),
    min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=PP,
    evidence={
        "languages": [Q("index.html", T_INTRO), Q("index.html", T_KY, "Kyrgyz section without lang (two paragraphs)")],
        "un_languages": [N("ru")],
        "fees": [Q("stoimost.html", "Полный очный пропуск (2 дня, обеды) 4 500 52", "4500 KGS and 52 USD (column headers)"),
                 Q("stoimost.html", "Онлайн-пропуск (вопросы докладчикам в Zoom) 1 200 14", "paid online pass with questions: 1200 KGS and 14 USD"),
                 Q("stoimost.html", "Толук пропуск — 4 500 сом", "restated in Kyrgyz: no new entry"),
                 Q("stoimost.html", T_DUES, "membership dues: not a fee"),
                 Q("gorod.html", "от 3 800 сом за ночь", "hotel: not a fee"),
                 Q("sponsory.html", "Генеральный спонсор — 5 000 USD", "sponsor: not a fee"),
                 Q("vakansii.html", "Зарплата 120 000 сом в месяц", "salary: not a fee")],
        "free_option": [Q("stoimost.html", T_NOFREE)],
        "fee_support": [Q("stoimost.html", T_NOSUP)],
        "remote_participation": [Q("onlain.html", T_ZOOM)],
        "captcha": [M("registraciya.html", '<div class="cf-turnstile"')],
        "account_required": [Q("registraciya.html", T_ACC)],
        "registration_form": [N("portal sign-up, 11 fields: name, organisation, position, e-mail, phone, ПИН/passport, country select, pass "
                                "radio, password, confirmation, consent checkbox; required: 3 marked (заполняется обязательно) + pass + "
                                "password + confirmation + consent = 7; the 2-field login form is not it", "registraciya.html"),
                              Q("registraciya.html", "ПИН или номер паспорта")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online portal")],
        "min_age": [Q("registraciya.html", T_AGE)],
        "accessibility_statement": [Q("dostupnost.html", T_LIFT)],
        "access_services": [Q("dostupnost.html", T_LIFT, "wheelchair_access"), Q("dostupnost.html", T_INT, "interpretation"),
                            Q("dostupnost.html", T_NOSIGN, "no sign language (negation)")],
        "videos_without_captions": [M("index.html", 'src="media/canom8.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", T_PDF)],
    })
