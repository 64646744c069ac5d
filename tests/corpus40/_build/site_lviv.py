"""Lviv (Ukraine): an IT industry association's forum on digital identity and e-services, with a paid online ticket
whose Slido questions go to the speakers. Ukrainian (uk-UA) with an English page."""
from lib import *

NAV = [("index.html", "Головна"), ("kvytky.html", "Квитки"), ("reiestratsiia.html", "Реєстрація"), ("onlain.html", "Онлайн-участь"),
       ("vorkshop.html", "Воркшоп"), ("mistse.html", "Місце і доступність"), ("pytannia.html", "Питання"), ("english.html", "English"),
       ("partnery.html", "Партнерам"), ("vakansii.html", "Вакансії")]
s = mk("forum-tsyfrovoi-identychnosti-lviv", "Форум цифрової ідентичності та е-послуг 2027 — Львів", "uk-UA", "#283593", "ФЦІ", NAV,
       foot={"uk-UA": "<p>Асоціація ІТ-компаній Галичини, вул. Городоцька, Львів. forum@itgal.example.org.ua</p>"})

s.page("index.html", "Форум цифрової ідентичності та е-послуг 2027", """
<h1>Форум цифрової ідентичності та електронних послуг 2027</h1>
<p>16–17 квітня 2027 року, Львів. Електронні документи, цифрові підписи, захист персональних даних, інклюзивні
державні сервіси та відновлення реєстрів. Організатор — Асоціація ІТ-компаній Галичини.</p>
<ul><li><a href="@kvytky.html">Квитки</a></li><li><a href="@reiestratsiia.html">Реєстрація</a></li>
<li><a href="@onlain.html">Онлайн-участь</a></li></ul>
""" + video("media/forum-2026.mp4") + """
<p>Підсумки минулого форуму — у <a href="@zvit-2026.html">звіті 2026 року</a>.</p>
""")
placeholder_media(s, "media/forum-2026.mp4")

FREE = "Ветерани й ветеранки та працівники центрів надання адміністративних послуг (ЦНАП) беруть участь безкоштовно — оберіть відповідний квиток у формі реєстрації."
s.page("kvytky.html", "Квитки", f"""
<h1>Квитки</h1>
<table>
<tr><th>Квиток</th><th>Ціна</th></tr>
<tr><td>Стандартний (два дні)</td><td>2 400 грн</td></tr>
<tr><td>Студентський</td><td>600 грн</td></tr>
<tr><td>Онлайн-квиток (трансляція і запитання через Slido)</td><td>800 грн</td></tr>
<tr><td>Практичний воркшоп (доповнення до квитка)</td><td>1 200 грн</td></tr>
</table>
<p>{FREE}</p>
""")

NOACC = "Обліковий запис створювати не потрібно."
AGE = "Участь у форумі — від 16 років."
form = "".join([
    fld("first", "Ім'я (обов'язкове поле)"),
    fld("last", "Прізвище (обов'язкове поле)"),
    fld("email", "Електронна пошта (обов'язкове поле)", "email"),
    fld("phone", "Телефон (обов'язкове поле)", "tel"),
    fld("org", "Компанія або організація (обов'язкове поле)"),
    fld("position", "Посада"),
    fld("ticket", "Тип квитка", "select", True, ["Стандартний — 2 400 грн", "Студентський — 600 грн", "Онлайн — 800 грн",
        "Безкоштовний — ветерани й ветеранки", "Безкоштовний — працівники ЦНАП"]),
    fld("ws", "Додати практичний воркшоп (1 200 грн)", "checkbox"),
    fld("tax", "РНОКПП (для рахунку, якщо платить організація)"),
    fld("city", "Місто", "select", False, ["Львів", "Київ", "Івано-Франківськ", "Тернопіль", "Інше"]),
    fld("agree", "Погоджуюся з правилами форуму та обробкою даних", "checkbox", True),
])
s.page("reiestratsiia.html", "Реєстрація", f"""
<h1>Реєстрація</h1>
<p>{NOACC} {AGE}</p>
<form action="@reiestratsiia.html" method="post">
{form}
<div id="arkose-enforcement" class="arkose-labs" data-pkey="EXAMPLE-LVIV-IDFORUM-2027"></div>
<button type="submit">Зареєструватися</button>
</form>
""")

ONLINE = "Учасники з онлайн-квитком ставлять запитання через Slido, і модератори передають їх спікерам у прямому ефірі."
s.page("onlain.html", "Онлайн-участь", f"""
<h1>Онлайн-участь</h1>
<p>{ONLINE}</p>
<p>Онлайн-квиток коштує 800 грн; посилання на трансляцію і Slido надходить на пошту.</p>
""")

s.page("vorkshop.html", "Воркшоп", """
<h1>Практичний воркшоп «Інтеграція з державним eID»</h1>
<p>15 квітня, напередодні форуму, команда форуму проводить чотиригодинний воркшоп для розробників. Це доповнення до квитка,
вартість — 1 200 грн.</p>
""")

STEP = "Конгрес-хол має вхід без сходинок і ліфт на всі поверхи."
USL = "На пленарних сесіях працюють перекладачі української жестової мови."
SUB = "Субтитри в реальному часі українською мовою на головному екрані."
INT = "Синхронний переклад англійська–українська."
s.page("mistse.html", "Місце і доступність", f"""
<h1>Місце проведення і доступність</h1>
<p>Конгрес-хол «Підзамче», Львів.</p>
<ul><li>{STEP}</li><li>{USL}</li><li>{SUB}</li><li>{INT}</li></ul>
<p>У будівлі є укриття; під час повітряної тривоги програма переноситься до укриття.</p>
<p>Щодо інших потреб доступності пишіть на access@itgal.example.org.ua.</p>
<h2>Дорога і проживання</h2>
<p>Потяг Київ — Львів від 650 грн. Готелі поруч від 2 200 грн за ніч.</p>
""")

s.page("pytannia.html", "Питання", f"""
<h1>Поширені питання</h1>
<details open><summary>Чи є пільги?</summary><p>Є студентський квиток за 600 грн. {FREE}</p></details>
<details open><summary>Чи можна поставити питання онлайн?</summary><p>{ONLINE}</p></details>
<details open><summary>Чи є вікові обмеження?</summary><p>{AGE}</p></details>
""")

EN = "Standard ticket UAH 2,400; student UAH 600; online ticket with questions via Slido UAH 800; hands-on workshop UAH 1,200."
s.page("english.html", "Digital Identity and e-Services Forum 2027 — in English", f"""
<h1>Digital Identity and e-Services Forum 2027</h1>
<p>16–17 April 2027, Lviv, Ukraine. Electronic documents, digital signatures, personal data protection, inclusive
public services and the restoration of registries.</p>
<p>{EN} Veterans and staff of administrative service centres take part free of charge.</p>
<p>Online participants ask questions through Slido, which moderators put to the speakers live. Sessions are
interpreted between English and Ukrainian.</p>
""", lang="en")

s.page("partnery.html", "Партнерам", """
<h1>Партнерам</h1>
<p>Генеральний партнер — 150 000 грн; партнер секції — 60 000 грн; стенд — 25 000 грн.</p>
<p>Підтримайте фонд реабілітації ветеранів: рекомендований донат — 200 грн.</p>
""")
s.page("vakansii.html", "Вакансії", """
<h1>Вакансії компаній-учасниць</h1>
<p>Product manager (eID) — від 80 000 грн на місяць.</p>
""")

ENTRY = entry(s, name="Форум цифрової ідентичності та е-послуг 2027 (Львів)",
    languages=["en", "uk"],
    fees=[(2400, "UAH"), (600, "UAH"), (800, "UAH"), (1200, "UAH")],
    free_option=True, fee_support=True, remote_participation=True,
    captcha=["arkose"], account_required=False,
    registration_form=(11, 7, ["affiliation", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=16,
    accessibility_statement=True, access_services=["captions", "interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "kvytky.html", "reiestratsiia.html", "onlain.html", "vorkshop.html", "mistse.html", "pytannia.html", "english.html"],
    deliberate_404=["zvit-2026.html"],
    evidence={
        "languages": [N("Ukrainian site; a whole English page with lang=\"en\"", "english.html")],
        "un_languages": [N("en only")],
        "fees": [Q("kvytky.html", "Стандартний (два дні) 2 400 грн"), Q("kvytky.html", "Студентський 600 грн"),
                 Q("kvytky.html", "Онлайн-квиток (трансляція і запитання через Slido) 800 грн"),
                 Q("kvytky.html", "Практичний воркшоп (доповнення до квитка) 1 200 грн"),
                 Q("english.html", EN, "restated in English: no new entry"),
                 Q("partnery.html", "Генеральний партнер — 150 000 грн", "sponsor: not a fee"),
                 Q("partnery.html", "рекомендований донат — 200 грн", "donation: not a fee"),
                 Q("mistse.html", "Готелі поруч від 2 200 грн за ніч.", "hotel: not a fee"),
                 Q("vakansii.html", "від 80 000 грн на місяць", "salary: not a fee")],
        "free_option": [Q("kvytky.html", FREE)],
        "fee_support": [Q("kvytky.html", "Студентський 600 грн"), Q("kvytky.html", FREE)],
        "remote_participation": [Q("onlain.html", ONLINE)],
        "captcha": [M("reiestratsiia.html", '<div id="arkose-enforcement" class="arkose-labs" data-pkey="EXAMPLE-LVIV-IDFORUM-2027"></div>')],
        "account_required": [Q("reiestratsiia.html", NOACC)],
        "registration_form": [N("ім'я*, прізвище*, e-mail*, телефон*, організація*, посада, тип квитка (required), воркшоп checkbox, РНОКПП (taxpayer number, not an ID), місто, згода (required) = 11 fields, 7 required", "reiestratsiia.html")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("reiestratsiia.html", AGE)],
        "accessibility_statement": [Q("mistse.html", STEP)],
        "access_services": [Q("mistse.html", STEP), Q("mistse.html", USL), Q("mistse.html", SUB), Q("mistse.html", INT),
                            Q("mistse.html", "У будівлі є укриття", "a shelter: not a service")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/forum-2026.mp4">')],
        "pdf_only_documents": [N("no PDF")],
    })
