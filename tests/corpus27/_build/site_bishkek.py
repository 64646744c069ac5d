from lib import *

NAV = [("index.html", "Главная"), ("uchastie.html", "Участие и взносы"), ("registraciya.html", "Регистрация"),
       ("online.html", "Онлайн-участие"), ("dostup.html", "Доступность"), ("gostinitsa.html", "Проживание"),
       ("partnery.html", "Партнёры"), ("vakansii.html", "Вакансии")]
FOOT = {"ru-KG": '<p>Общественный фонд «Тянь-Шань Барс» (вымышленная организация) · ул. Токтогула 211, Бишкек · '
        '<a href="mailto:forum@tianshan-bars.example.kg">forum@tianshan-bars.example.kg</a></p>'}
s = mk("forum-snezhnyj-bars-bishkek", "Форум по сохранению снежного барса 2027", "ru-KG", "#3b5e7a", "Барс", NAV, foot=FOOT)
placeholder_media(s, "media/fotolovushki-2026.mp4")

s.page("index.html", "Международный форум по сохранению снежного барса 2027", """
<h1>Международный форум по сохранению снежного барса</h1>
<p>С 14 по 16 сентября 2027 года общественный фонд «Тянь-Шань Барс» собирает в Бишкеке учёных, инспекторов охраняемых
территорий, охотпользователей и жителей горных сёл, чтобы обсудить мониторинг фотоловушками, конфликты с
животноводами и экотуризм.</p>
<h2>Кадры фотоловушек 2026 года</h2>
VIDEO
<div>
<h2>Кыргызча</h2>
<p>Кар илбирсин коргоо боюнча эл аралык форумга кош келиңиздер! Форум 2027-жылдын 14–16-сентябрында Бишкекте өтөт.
Илимпоздор, корук кароолчулары жана тоолуу айылдардын тургундары кар илбирсинин жашоо чөйрөсүн сактоо боюнча тажрыйба
алмашат.</p>
<p>Катышуу акысы — 2 500 сом, студенттер үчүн — 1 000 сом. Ачык лекцияларга кирүү акысыз.</p>
</div>
""".replace("VIDEO", video("media/fotolovushki-2026.mp4")))

s.page("uchastie.html", "Участие и взносы", """
<h1>Участие и взносы</h1>
<ul>
<li>Организационный взнос участника форума — 2 500 сом.</li>
<li>Студенты и аспиранты — 1 000 сом.</li>
<li>Полевая экспедиция форума в ущелье Кара-Кужур (16 сентября) — 4 000 сом, включая транспорт и питание.</li>
</ul>
<p>Вечерние публичные лекции в Национальной филармонии открыты для всех, вход свободный.</p>
<p>К участию в полевой экспедиции допускаются участники с восемнадцати лет.</p>
<p>Программа форума доступна только в формате PDF: <a href="@docs/programma-foruma-2027.pdf">скачать программу (PDF)</a>.</p>
""")
s.pdf("docs/programma-foruma-2027.pdf", "Snow leopard conservation forum 2027 - programme\n14 Sep: monitoring\n15 Sep: herders and conflicts\n16 Sep: field expedition")

FORM = "".join([
    fld("fio", "ФИО (обязательно)", req=True),
    fld("pin", "Персональный идентификационный номер (ПИН) (обязательно)", req=True),
    fld("dr", "Дата рождения (обязательно)", "date", req=True),
    fld("org", "Организация (обязательно)", req=True),
    fld("tel", "Телефон (обязательно)", "tel", req=True),
    fld("mail", "E-mail (обязательно)", "email", req=True),
    radios("format", "Формат участия (обязательно)", ["очно", "онлайн"], req=True),
    fld("exp", "Хочу участвовать в полевой экспедиции", "checkbox"),
    fld("sec", "Секция", "select", opts=["Мониторинг", "Животноводство и конфликты", "Экотуризм"]),
    fld("abs", "Аннотация доклада (файл)", "file"),
])
s.page("registraciya.html", "Регистрация", f"""
<h1>Регистрация</h1>
<p>Регистрация открыта до 20 августа 2027 года.</p>
<form action="@registraciya.html" method="post">
{FORM}
<div class="smart-captcha" data-sitekey="ysc1_tianshanbars2027"></div>
<button type="submit">Зарегистрироваться</button>
</form>
""")

s.page("online.html", "Онлайн-участие", """
<h1>Онлайн-участие</h1>
<p>Онлайн-участники подключаются через Zoom и задают вопросы докладчикам в прямом эфире; модератор секции передаёт
им слово наравне с залом. Онлайн-участие оплачивается так же, как очное.</p>
""")

s.page("dostup.html", "Доступность", """
<h1>Доступность</h1>
<p>Конференц-зал находится на втором этаже, лифта нет.</p>
<p>Если вам нужна помощь, чтобы участвовать, напишите нам заранее: <a href="mailto:dostup@tianshan-bars.example.kg">dostup@tianshan-bars.example.kg</a>.</p>
<p>Для пленарных заседаний организован синхронный перевод кыргызский–русский–английский. Сурдоперевод не предусмотрен.</p>
""")

s.page("gostinitsa.html", "Проживание", """
<h1>Проживание</h1>
<p>Гостиница «Ала-Тоо Парк»: 4 200 сом за ночь. Маршрутка от аэропорта: 80 сом.</p>
""")

s.page("partnery.html", "Партнёры", """
<h1>Партнёры</h1>
<p>Генеральный партнёр — пакет 250 000 сом; выставочный стенд — 15 000 сом.</p>
""")

s.page("vakansii.html", "Вакансии", """
<h1>Вакансии</h1>
<p>Фонд ищет полевого координатора в Нарынскую область: 45 000 сом в месяц.</p>
""")

ENTRY = entry(s, name="International Snow Leopard Conservation Forum 2027 (conservation foundation, Bishkek, Kyrgyzstan)",
    languages=["ru", "ky"], fees=[(2500, "KGS"), (1000, "KGS"), (4000, "KGS")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["other"], account_required=False,
    registration_form=(10, 7, ["id_document", "birth_date", "affiliation", "phone"]), registration_host=None,
    registration_pdf_only=False, min_age=18, accessibility_statement=True, access_services=["interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "uchastie.html", "registraciya.html", "online.html", "dostup.html"],
    evidence={
        "languages": [Q("index.html", "общественный фонд «Тянь-Шань Барс» собирает в Бишкеке учёных"),
                      Q("index.html", "Кар илбирсин коргоо боюнча эл аралык форумга кош келиңиздер!",
                        "Kyrgyz section without a lang attribute: counts")],
        "un_languages": [N("ru")],
        "fees": [Q("uchastie.html", "Организационный взнос участника форума — 2 500 сом."),
                 Q("uchastie.html", "Студенты и аспиранты — 1 000 сом."),
                 Q("uchastie.html", "Полевая экспедиция форума в ущелье Кара-Кужур (16 сентября) — 4 000 сом", "field expedition of the forum: a fee"),
                 Q("index.html", "Катышуу акысы — 2 500 сом, студенттер үчүн — 1 000 сом.", "Kyrgyz restatement: no new entries"),
                 Q("gostinitsa.html", "Гостиница «Ала-Тоо Парк»: 4 200 сом за ночь.", "hotel, marshrutka, partners, salary: not fees")],
        "free_option": [Q("uchastie.html", "Вечерние публичные лекции в Национальной филармонии открыты для всех, вход свободный.")],
        "fee_support": [Q("uchastie.html", "Студенты и аспиранты — 1 000 сом.", "student rate below the fee")],
        "remote_participation": [Q("online.html", "Онлайн-участники подключаются через Zoom и задают вопросы докладчикам в прямом эфире")],
        "captcha": [M("registraciya.html", '<div class="smart-captcha"', "Yandex SmartCaptcha: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, PIN, birth date, organisation, phone, e-mail, format radio, expedition checkbox, section select, abstract file); 7 marked (обязательно); sensitive id_document, birth_date, affiliation, phone", "registraciya.html"),
                              Q("registraciya.html", "Персональный идентификационный номер (ПИН) (обязательно)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("uchastie.html", "К участию в полевой экспедиции допускаются участники с восемнадцати лет.")],
        "accessibility_statement": [Q("dostup.html", "Если вам нужна помощь, чтобы участвовать, напишите нам заранее",
                                      "contact for access needs (beside no lift)")],
        "access_services": [Q("dostup.html", "Конференц-зал находится на втором этаже, лифта нет.", "no wheelchair_access"),
                            Q("dostup.html", "синхронный перевод кыргызский–русский–английский", "interpretation"),
                            Q("dostup.html", "Сурдоперевод не предусмотрен.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/fotolovushki-2026.mp4">', "no track")],
        "pdf_only_documents": [M("uchastie.html", 'href="docs/programma-foruma-2027.pdf"', "programme only as PDF")],
    })
