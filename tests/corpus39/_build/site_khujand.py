"""Khujand (Tajikistan): a UN-style regional centre's forum on digital public goods for Central Asia. Russian with a
Tajik section without a lang attribute and an English section. Pages and labels written together."""
from lib import mk, Q, M, N, entry, fld, radios

SLUG = "forum-cifrovye-obshchestvennye-blaga-khudzhand"
NAV = [("index.html", "Главная"), ("akkreditaciya.html", "Аккредитация"), ("stipendii.html", "Стипендии"),
       ("distancionno.html", "Онлайн-участие"), ("povestka.html", "Повестка дня"), ("dostupnost.html", "Доступность"),
       ("vakansii.html", "Вакансии"), ("prozhivanie.html", "Проживание")]
FOOT = {"ru-TJ": "<p>© 2027 Региональный центр цифрового сотрудничества для Центральной Азии · Худжанд · "
                 "forum@rcdc.example.tj</p>"}
s = mk(SLUG, "Региональный центр цифрового сотрудничества для Центральной Азии", "ru-TJ", "#1b5e8c", "RCDC", NAV,
       foot=FOOT)

TG1 = ("Форуми минтақавӣ оид ба неъматҳои ҷамъиятии рақамии Осиёи Марказӣ 5–6 октябри соли 2027 дар шаҳри Хуҷанд "
       "баргузор мегардад. Дар форум намояндагони мақомоти давлатӣ, донишгоҳҳо, ҷомеаи шаҳрвандӣ ва ширкатҳои "
       "технологӣ иштирок мекунанд.")
TG2 = "Иштирок дар форум ройгон аст. Барои иштирок бояд дар портали аккредитатсия ба қайд гиред."
EN1 = ("The Regional Forum on Digital Public Goods for Central Asia takes place in Khujand on 5–6 October 2027. "
       "Participation is free of charge; all participants register on the accreditation portal.")
EN2 = ("Online participants can take the floor over Zoom. Simultaneous interpretation between Russian, Tajik and "
       "English is provided.")
FREE = "Участие в форуме бесплатное."
ACC = "Для участия необходимо создать учётную запись на портале аккредитации; после проверки вы получите бейдж."
AGE = "К участию допускаются лица не моложе 18 лет."
FELLOW = ("Стипендии покрывают авиабилеты или проезд и проживание участников из Кыргызстана, Узбекистана, "
          "Туркменистана и Горно-Бадахшанской автономной области.")
REMOTE = ("Онлайн-участники подключаются через Zoom и могут взять слово, подняв руку; модератор предоставляет им слово "
          "наравне с участниками в зале.")
PDF = "Предварительная повестка дня доступна только в формате PDF"
WHEEL = "Пленарный зал находится на первом этаже, вход оборудован пандусом, зал доступен для инвалидных колясок."
INTERP = "Обеспечивается синхронный перевод между русским, таджикским и английским языками."
SIGN = "Сурдоперевод на таджикский жестовый язык предоставляется по запросу, поданному до 20 сентября."

SIGNUP = ('<form action="@akkreditaciya.html" method="post">'
          + fld("fam", "Фамилия (обязательно для заполнения)")
          + fld("imya", "Имя (обязательно для заполнения)")
          + fld("pasport", "Номер паспорта (обязательно для заполнения)")
          + fld("grazhd", "Гражданство (обязательно для заполнения)", "select",
                opts=["Таджикистан", "Кыргызстан", "Узбекистан", "Казахстан", "Туркменистан", "Другое"])
          + fld("org", "Организация (обязательно для заполнения)")
          + fld("gruppa", "Группа заинтересованных сторон", "select",
                opts=["Государство", "Частный сектор", "Гражданское общество", "Академическое сообщество",
                      "Техническое сообщество", "Международная организация"])
          + fld("email", "Электронная почта (обязательно для заполнения)", "email")
          + fld("tel", "Телефон", "tel")
          + fld("pw", "Пароль (обязательно для заполнения)", "password")
          + fld("pw2", "Повторите пароль (обязательно для заполнения)", "password")
          + radios("format", "Формат участия", ["Очно в Худжанде", "Онлайн через Zoom"])
          + fld("yazyk", "Язык рабочих материалов", "select", opts=["Русский", "Тоҷикӣ", "English"])
          + '<div class="g-recaptcha" data-sitekey="6LcRCDCkhujand2027AccredXyZaBcDeFgHiJkL"></div>'
          + '<button type="submit">Создать учётную запись</button></form>')
LOGIN = ('<form action="@akkreditaciya.html" method="post">'
         + fld("lemail", "Электронная почта", "email") + fld("lpw", "Пароль", "password")
         + '<button type="submit">Войти</button></form>')

s.page("index.html", "Региональный форум по цифровым общественным благам Центральной Азии", f"""
<h1>Региональный форум по цифровым общественным благам Центральной Азии</h1>
<p class="note">Худжанд, 5–6 октября 2027 года.</p>
<p>Региональный центр цифрового сотрудничества для Центральной Азии приглашает представителей государственных органов, разработчиков открытого программного обеспечения, операторов связи, университетов, гражданского общества и международных организаций обсудить цифровые общественные блага: открытые реестры, платформы цифровой идентификации, открытые данные и открытые модели ИИ.</p>
<p>Пройдите <a href="@akkreditaciya.html">аккредитацию</a>, ознакомьтесь с <a href="@povestka.html">повесткой дня</a> и условиями <a href="@distancionno.html">онлайн-участия</a>.</p>
<section>
<h2>Бо забони тоҷикӣ</h2>
<p>{TG1}</p>
<p>{TG2}</p>
</section>
<section lang="en">
<h2>In English</h2>
<p>{EN1}</p>
<p>{EN2}</p>
</section>
""")

s.page("akkreditaciya.html", "Аккредитация", f"""
<h1>Аккредитация</h1>
<p>{FREE}</p>
<p>{ACC}</p>
<p>{AGE}</p>
<h2>Создать учётную запись</h2>
{SIGNUP}
<h2>Уже зарегистрированы?</h2>
{LOGIN}
""")

s.page("stipendii.html", "Стипендии", f"""
<h1>Стипендии для участников</h1>
<p>{FELLOW}</p>
<p>Стипендиатам также выплачиваются суточные в размере 40 долларов США в день.</p>
<p>Заявки на стипендию принимаются по электронной почте fellowships@rcdc.example.tj до 1 августа 2027 года.</p>
""")

s.page("distancionno.html", "Онлайн-участие", f"""
<h1>Онлайн-участие</h1>
<p>{REMOTE}</p>
<p>Ссылка на Zoom направляется аккредитованным участникам, выбравшим онлайн-формат.</p>
""")

s.pdf("povestka/povestka-forum-2027.pdf", "Regional Forum on Digital Public Goods for Central Asia\nKhujand, 5-6 October 2027\nProvisional agenda")
s.page("povestka.html", "Повестка дня", f"""
<h1>Повестка дня</h1>
<p>{PDF}: <a href="@povestka/povestka-forum-2027.pdf">предварительная повестка дня (PDF)</a>.</p>
<p>Итоги прошлого форума: <a href="@itogi-2026.html">итоговый документ 2026 года</a>.</p>
""")

s.page("dostupnost.html", "Доступность", f"""
<h1>Доступность</h1>
<p>{WHEEL}</p>
<p>{INTERP}</p>
<p>{SIGN}</p>
<p>По вопросам доступности пишите на access@rcdc.example.tj.</p>
""")

s.page("vakansii.html", "Вакансии", """
<h1>Вакансии</h1>
<p>Консультант по открытым данным: 2 500 долларов США в месяц, контракт на шесть месяцев.</p>
<p>Ассистент форума: 4 000 сомони в месяц.</p>
""")

s.page("prozhivanie.html", "Проживание", """
<h1>Проживание и транспорт</h1>
<p>Гостиницы в центре Худжанда: от 600 сомони за ночь.</p>
<p>Такси из аэропорта: около 40 сомони.</p>
""")

ENTRY = entry(
    s, name="Региональный форум по цифровым общественным благам Центральной Азии (Худжанд)",
    languages=["ru", "tg", "en"], fees=[], free_option=True, fee_support=True, remote_participation=True,
    captcha=["recaptcha"], account_required=True,
    registration_form=(12, 8, ["id_document", "nationality", "affiliation", "phone"]), registration_host=None,
    registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation", "sign_language"], videos_without_captions=0,
    pdf_only_documents=True,
    participation_pages=["index.html", "akkreditaciya.html", "stipendii.html", "distancionno.html", "povestka.html",
                         "dostupnost.html"],
    deliberate_404=["itogi-2026.html"],
    evidence={
        "languages": [Q("index.html", "Региональный центр цифрового сотрудничества для Центральной Азии приглашает"),
                      Q("index.html", TG1, "Tajik section without a lang attribute"),
                      Q("index.html", EN1, "English section with lang=\"en\"")],
        "un_languages": [N("ru and en")],
        "fees": [Q("akkreditaciya.html", FREE, "no price of taking part"),
                 Q("stipendii.html", "суточные в размере 40 долларов США в день", "DSA: not a fee"),
                 Q("vakansii.html", "2 500 долларов США в месяц", "salary: not a fee"),
                 Q("prozhivanie.html", "от 600 сомони за ночь", "hotel: not a fee")],
        "free_option": [Q("akkreditaciya.html", FREE)],
        "fee_support": [Q("stipendii.html", FELLOW)],
        "remote_participation": [Q("distancionno.html", REMOTE)],
        "captcha": [M("akkreditaciya.html", '<div class="g-recaptcha"')],
        "account_required": [Q("akkreditaciya.html", ACC)],
        "registration_form": [N("accreditation-portal sign-up: surname*, name*, passport number* (id_document), "
                                "citizenship select* (nationality), organisation* (affiliation), stakeholder select, "
                                "email*, phone (phone), password*, confirmation*, format radio, language select = 12 "
                                "fields, 8 required; new marker (обязательно для заполнения); the 2-field login form "
                                "is not it")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online portal")],
        "min_age": [Q("akkreditaciya.html", AGE)],
        "accessibility_statement": [Q("dostupnost.html", WHEEL)],
        "access_services": [Q("dostupnost.html", WHEEL, "wheelchair_access"),
                            Q("dostupnost.html", INTERP, "interpretation"),
                            Q("dostupnost.html", SIGN, "sign_language on request")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("povestka.html", PDF)],
    })
