"""Samarkand (Uzbekistan): a network engineers' community meeting on DNS and internet exchange points, with an own
portal sign-up. Russian (ru-UZ) with an Uzbek section (lang="uz") and an English page."""
from lib import *

NAV = [("index.html", "Главная"), ("propuska.html", "Пропуска и цены"), ("registraciya.html", "Регистрация"),
       ("programma.html", "Программа"), ("stipendii.html", "Стипендии"), ("mesto.html", "Место и доступность"),
       ("voprosy.html", "FAQ"), ("english.html", "English"), ("sponsory.html", "Спонсорам")]
s = mk("samarkandskaya-vstrecha-operatorov-dns-ix", "SamNOG 2027 — Самаркандская встреча операторов DNS и IX", "ru-UZ", "#0d47a1", "SNOG", NAV,
       foot={"ru-UZ": "<p>Сообщество сетевых инженеров Узбекистана, Самарканд. info@samnog.example.uz</p>"})

UZ = ("Samarqand tarmoq operatorlari uchrashuvi (SamNOG) 2027-yil 9–11-noyabr kunlari Samarqandda boʻlib oʻtadi. "
      "Mavzular: DNS, DNSSEC, internet almashinuv nuqtalari (IX) va marshrutlash xavfsizligi.")
UZ2 = ("Toʻliq chipta 1 200 000 soʻm (100 USD), talabalar uchun 300 000 soʻm (25 USD), faqat translyatsiyani koʻrish uchun "
       "onlayn chipta 250 000 soʻm (20 USD). Roʻyxatdan oʻtish uchun portalda hisob yaratish kerak.")
s.page("index.html", "SamNOG 2027", f"""
<h1>SamNOG 2027 — встреча операторов DNS и точек обмена трафиком</h1>
<p>9–11 ноября 2027 года, Самарканд. Три дня докладов и практических сессий о DNS, DNSSEC, точках обмена
трафиком, пиринге и безопасности маршрутизации в Центральной Азии.</p>
<ul><li><a href="@propuska.html">Пропуска и цены</a></li><li><a href="@registraciya.html">Регистрация на портале</a></li>
<li><a href="@stipendii.html">Стипендии</a></li></ul>
<section lang="uz">
<h2>Oʻzbek tilida</h2>
<p>{UZ}</p>
<p>{UZ2}</p>
</section>
""")

NOFREE = "Бесплатных пропусков нет: докладчики и волонтёры тоже регистрируются."
ONLINE = "Онлайн-пропуск даёт доступ только к трансляции; вопросы принимаются только из зала."
s.page("propuska.html", "Пропуска и цены", f"""
<h1>Пропуска и цены</h1>
<table>
<tr><th>Пропуск</th><th>сум (UZS)</th><th>USD</th></tr>
<tr><td>Полный пропуск (3 дня)</td><td>1 200 000</td><td>100</td></tr>
<tr><td>Студенческий пропуск</td><td>300 000</td><td>25</td></tr>
<tr><td>Онлайн-пропуск (только трансляция)</td><td>250 000</td><td>20</td></tr>
</table>
<p>Участники из Узбекистана платят в сумах, зарубежные участники — в долларах США.</p>
<p>{NOFREE}</p>
<p>{ONLINE}</p>
""")

ACC = "Для регистрации нужно создать учётную запись на портале встречи."
form = "".join([
    fld("first", "Имя (обязательный пункт)"),
    fld("last", "Фамилия (обязательный пункт)"),
    fld("email", "Электронная почта (обязательный пункт)", "email"),
    fld("pw", "Пароль (обязательный пункт)", "password"),
    fld("pw2", "Повторите пароль (обязательный пункт)", "password"),
    fld("org", "Организация (обязательный пункт)"),
    fld("orgtype", "Тип организации", "select", False, ["Оператор связи", "Интернет-провайдер", "IX", "Госорган", "Университет", "Другое"]),
    fld("country", "Страна (обязательный пункт)", "select", False, ["Узбекистан", "Казахстан", "Кыргызстан", "Таджикистан", "Туркменистан", "Другая"]),
    fld("pass", "Тип пропуска", "select", True, ["Полный", "Студенческий", "Онлайн (только трансляция)"]),
    fld("asn", "Номер автономной системы (ASN), если есть"),
    fld("tshirt", "Размер футболки", "select", False, ["S", "M", "L", "XL"]),
])
login = fld("lemail", "Электронная почта", "email") + fld("lpw", "Пароль", "password")
s.page("registraciya.html", "Регистрация", f"""
<h1>Регистрация на портале SamNOG</h1>
<p>{ACC} После входа в учётную запись можно оплатить пропуск и подать заявку на стипендию.</p>
<form action="@registraciya.html" method="post">
{form}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAA-samnog-example"></div>
<button type="submit">Создать учётную запись</button>
</form>
<h2>Вход</h2>
<form action="@registraciya.html" method="post">
{login}
<button type="submit">Войти</button>
</form>
""")

s.page("programma.html", "Программа", """
<h1>Программа</h1>
<ul><li>9 ноября: учебный день по DNSSEC и RPKI</li><li>10 ноября: доклады о пиринге и IX в регионе</li>
<li>11 ноября: DNS-резолверы, мониторинг, открытый микрофон</li></ul>
""")

FELLOW = "Стипендии покрывают полный пропуск, перелёт или проезд и проживание для инженеров из Центральной Азии и студентов."
s.page("stipendii.html", "Стипендии", f"""
<h1>Стипендии</h1>
<p>{FELLOW} Размер стипендии — до 800 USD на человека.</p>
<p>Заявка подаётся из учётной записи на портале до 15 сентября 2027 года.</p>
""")

STEP = "Конференц-зал находится на первом этаже, вход без ступеней."
INT = "Синхронный перевод русский–английский–узбекский во всех сессиях."
s.page("mesto.html", "Место и доступность", f"""
<h1>Место проведения и доступность</h1>
<p>Конгресс-центр у Регистана, Самарканд.</p>
<ul><li>{STEP}</li><li>{INT}</li></ul>
<p>Если вам нужна помощь на месте, напишите на access@samnog.example.uz.</p>
<h2>Проживание и дорога</h2>
<p>Гостиницы от 600 000 сум за ночь. Поезд «Афросиаб» Ташкент — Самарканд — от 270 000 сум.</p>
""")

MINOR = "Участники младше 18 лет допускаются с письменного согласия родителей."
s.page("voprosy.html", "FAQ", f"""
<h1>Частые вопросы</h1>
<details open><summary>Можно ли задавать вопросы онлайн?</summary><p>{ONLINE}</p></details>
<details open><summary>Есть ли бесплатные пропуска?</summary><p>{NOFREE} Есть студенческий пропуск и стипендии.</p></details>
<details open><summary>Есть ли возрастные ограничения?</summary><p>{MINOR}</p></details>
""")

EN = "Full pass UZS 1,200,000 or USD 100; student pass UZS 300,000 or USD 25; online pass (livestream only) UZS 250,000 or USD 20."
s.page("english.html", "SamNOG 2027 in English", f"""
<h1>SamNOG 2027 — Samarkand network operators' meeting</h1>
<p>SamNOG brings together DNS operators, internet exchange points, ISPs and researchers from Central Asia, 9–11
November 2027 in Samarkand. Talks are in Russian and English with simultaneous interpretation into Uzbek.</p>
<p>{EN} Questions are taken from the room only. Fellowships cover the pass, travel and lodging.</p>
<p>Registration requires an account on the SamNOG portal.</p>
""", lang="en")

s.page("sponsory.html", "Спонсорам", """
<h1>Спонсорам</h1>
<p>Генеральный спонсор — 5 000 USD, спонсор кофе-брейка — 1 500 USD, стенд — 900 USD.</p>
<p><a href="@docs/samnog-2027-sponsorship.pdf">Спонсорский пакет (PDF)</a></p>
""")
s.pdf("docs/samnog-2027-sponsorship.pdf", "SamNOG 2027 sponsorship prospectus\nHeadline sponsor USD 5,000\nCoffee break sponsor USD 1,500\nBooth USD 900")

ENTRY = entry(s, name="SamNOG 2027 — Самаркандская встреча операторов DNS и IX",
    languages=["en", "ru", "uz"],
    fees=[(1200000, "UZS"), (300000, "UZS"), (250000, "UZS"), (100, "USD"), (25, "USD"), (20, "USD")],
    free_option=False, fee_support=True, remote_participation=False,
    captcha=["turnstile"], account_required=True,
    registration_form=(11, 8, ["affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None,
    accessibility_statement=True, access_services=["interpretation", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "propuska.html", "registraciya.html", "stipendii.html", "mesto.html", "voprosy.html", "english.html"],
    evidence={
        "languages": [M("index.html", '<section lang="uz">', "Uzbek section of two paragraphs"), N("a whole English page with lang=\"en\"", "english.html")],
        "un_languages": [N("ru and en")],
        "fees": [M("propuska.html", "<tr><th>Пропуск</th><th>сум (UZS)</th><th>USD</th></tr>"),
                 Q("propuska.html", "Полный пропуск (3 дня) 1 200 000 100"), Q("propuska.html", "Студенческий пропуск 300 000 25"),
                 Q("propuska.html", "Онлайн-пропуск (только трансляция) 250 000 20", "paid watch-only pass: a fee"),
                 Q("index.html", UZ2, "restated in Uzbek: no new entry"), Q("english.html", EN, "restated in English: no new entry"),
                 Q("stipendii.html", "Размер стипендии — до 800 USD на человека.", "fellowship: not a fee"),
                 Q("sponsory.html", "Генеральный спонсор — 5 000 USD", "sponsor: not a fee"),
                 Q("mesto.html", "Гостиницы от 600 000 сум за ночь.", "hotel: not a fee")],
        "free_option": [Q("propuska.html", NOFREE)],
        "fee_support": [Q("stipendii.html", FELLOW), Q("propuska.html", "Студенческий пропуск 300 000 25")],
        "remote_participation": [Q("propuska.html", ONLINE)],
        "captcha": [M("registraciya.html", '<div class="cf-turnstile" data-sitekey="0x4AAAAAAA-samnog-example"></div>')],
        "account_required": [Q("registraciya.html", ACC)],
        "registration_form": [N("portal sign-up: имя*, фамилия*, e-mail*, пароль*, повтор*, организация*, тип организации, страна*, тип пропуска (required), ASN, футболка = 11 fields, 8 required; the 2-field login form is not it", "registraciya.html")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online portal")],
        "min_age": [Q("voprosy.html", MINOR, "parental consent: not a minimum age")],
        "accessibility_statement": [Q("mesto.html", STEP)],
        "access_services": [Q("mesto.html", STEP), Q("mesto.html", INT)],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("the only PDF is the sponsor prospectus, not a participation document", "sponsory.html")],
    })
