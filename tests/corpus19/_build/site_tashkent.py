from lib import mk, Q, M, N, entry, video, placeholder_media, fld, radios

NAV = [("index.html", "Главная"), ("uchastie.html", "Условия участия"), ("registratsiya.html", "Регистрация"),
       ("onlain.html", "Онлайн-критика"), ("dostupnost.html", "Доступность"), ("prozhivanie.html", "Проживание"),
       ("partnery.html", "Партнёры"), ("vakansii.html", "Вакансии")]
s = mk("shkola-molodyh-arhitektorov-tashkent", "Школа молодых архитекторов 2027", "ru-UZ", "#6b4e16", "ШМА", NAV,
       foot={"ru-UZ": "<p>Ассоциация молодых архитекторов · Ташкент, Мирабадский район · school@youngarch.example.uz</p>"})
placeholder_media(s, "media/shkola2026.mp4")

s.page("index.html", "Школа молодых архитекторов 2027", f"""
<h1>Школа молодых архитекторов — Ташкент 2027</h1>
<p>Две недели проектных мастерских, лекций и прогулок по махаллям старого города, с 5 по 18 июля 2027 года. В этом году участники работают над дворами и общественными пространствами у каналов Анхор и Бозсу.</p>
<p><a href="@uchastie.html">Условия участия</a> · <a href="@registratsiya.html">Регистрация</a> · <a href="@onlain.html">Онлайн-критика</a> · <a href="@arhiv-2025.html">Архив школы 2025</a></p>
{video("media/shkola2026.mp4")}
<section lang="uz">
<h2>O'zbekcha</h2>
<p>Yosh arxitektorlar maktabi 2027-yil 5–18-iyul kunlari Toshkentda o'tadi. Ishtirokchilar eski shahar mahallalaridagi hovlilar va Anhor hamda Bo'zsuv kanallari bo'yidagi jamoat joylari ustida ishlaydi. Ishtirok narxi 1 200 000 so'm, talabalar uchun 600 000 so'm.</p>
</section>
""")

s.page("uchastie.html", "Условия участия", """
<h1>Условия участия</h1>
<ul>
<li>Участие в школе: 1 200 000 сум</li>
<li>Студенты очной формы обучения: 600 000 сум</li>
<li>Иностранные участники: 150 долларов США</li>
</ul>
<p>Бесплатных мест нет. Оплата после подтверждения заявки.</p>
<p>Участвовать могут студенты и молодые архитекторы с восемнадцати лет и до 35 лет.</p>
""")

form = "\n".join([
    fld("r-name", "Фамилия и имя (обязательно)", req=True),
    fld("r-mail", "Электронная почта (обязательно)", "email", req=True),
    fld("r-pass", "Пароль (обязательно)", "password", req=True),
    fld("r-pass2", "Повторите пароль (обязательно)", "password", req=True),
    fld("r-tel", "Телефон (обязательно)", "tel", req=True),
    fld("r-birth", "Дата рождения", "date"),
    fld("r-passport", "Номер паспорта (обязательно)", req=True),
    fld("r-org", "Вуз или архитектурное бюро (обязательно)", req=True),
    fld("r-level", "Курс или стаж", "select", opts=["3–4 курс", "Магистратура", "До 3 лет практики", "3–7 лет практики"]),
    fld("r-city", "Город", "select", opts=["Ташкент", "Самарканд", "Бухара", "Нукус", "Фергана", "Другой"]),
    fld("r-portfolio", "Портфолио, PDF до 10 МБ (обязательно)", "file", req=True),
    fld("r-ok", "Согласен на обработку персональных данных (обязательно)", "checkbox", req=True),
])
s.page("registratsiya.html", "Регистрация", f"""
<h1>Регистрация в личном кабинете</h1>
<p>Чтобы подать заявку, создайте личный кабинет участника.</p>
<form action="@registratsiya.html" method="post">
{form}
<div class="mtcaptcha" data-sitekey="MTPublic-made-up-tashkent"></div>
<button type="submit">Создать кабинет и подать заявку</button>
</form>
<h2>Уже зарегистрированы?</h2>
<form class="login" action="@registratsiya.html" method="post">
<label for="l-mail">Электронная почта</label><input type="email" id="l-mail" name="l-mail">
<label for="l-pass">Пароль</label><input type="password" id="l-pass" name="l-pass">
<button type="submit">Войти</button>
</form>
""")

s.page("onlain.html", "Онлайн-критика", """
<h1>Онлайн-критика проектов</h1>
<p>Участники из Нукуса, Термеза и других городов, которые не могут приехать на всю школу, могут представить проект онлайн: критика проектов проходит в Zoom по средам, участники показывают эскизы и отвечают на вопросы жюри.</p>
""")

s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Мастерские проходят на втором этаже Дома архитектора; есть лифт, здание доступно для колясок.</p>
<p>Сурдоперевод не предусмотрен.</p>
<p>Если вам нужна помощь, напишите на dostup@youngarch.example.uz.</p>
""")

s.page("prozhivanie.html", "Проживание", """
<h1>Проживание и транспорт</h1>
<p>Общежитие архитектурного института: 150 000 сум в сутки. Проезд в метро: 2 000 сум.</p>
""")

s.page("partnery.html", "Партнёры", """
<h1>Партнёры</h1>
<p>Генеральный партнёр: 50 000 000 сум. Стенд производителя стройматериалов: 8 000 000 сум.</p>
""")

s.page("vakansii.html", "Вакансии", """
<h1>Вакансии партнёров</h1>
<ul><li>Архитектор-стажёр, бюро в Ташкенте, зарплата 6 000 000 сум</li><li>Визуализатор, удалённо, 9 000 000 сум в месяц</li></ul>
""")

ENTRY = entry(s,
    name="School of Young Architects 2027 (young architects' association, Tashkent)",
    languages=["ru", "uz"],
    fees=[(1200000, "UZS"), (600000, "UZS"), (150, "USD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["other"],
    account_required=True, registration_form=(12, 9, ["affiliation", "birth_date", "id_document", "phone"]),
    registration_host=None, min_age=18, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "uchastie.html", "registratsiya.html", "onlain.html", "dostupnost.html"],
    deliberate_404=["arhiv-2025.html"],
    evidence={
        "languages": [Q("index.html", "Две недели проектных мастерских, лекций и прогулок по махаллям старого города"),
                      Q("index.html", "Yosh arxitektorlar maktabi 2027-yil 5–18-iyul kunlari Toshkentda o'tadi."),
                      M("index.html", '<section lang="uz">')],
        "un_languages": [N("ru")],
        "fees": [Q("uchastie.html", "Участие в школе: 1 200 000 сум", "1200000 UZS"),
                 Q("uchastie.html", "Студенты очной формы обучения: 600 000 сум", "600000 UZS"),
                 Q("uchastie.html", "Иностранные участники: 150 долларов США", "150 USD"),
                 Q("index.html", "Ishtirok narxi 1 200 000 so'm, talabalar uchun 600 000 so'm.", "Uzbek restatement: no new entries"),
                 Q("prozhivanie.html", "Общежитие архитектурного института: 150 000 сум в сутки.", "lodging and metro: not fees"),
                 Q("partnery.html", "Генеральный партнёр: 50 000 000 сум.", "sponsorship and stand: not fees"),
                 Q("vakansii.html", "зарплата 6 000 000 сум", "salaries: not fees")],
        "free_option": [Q("uchastie.html", "Бесплатных мест нет.")],
        "fee_support": [Q("uchastie.html", "Студенты очной формы обучения: 600 000 сум", "student rate")],
        "remote_participation": [Q("onlain.html", "критика проектов проходит в Zoom по средам, участники показывают эскизы и отвечают на вопросы жюри.")],
        "captcha": [M("registratsiya.html", '<div class="mtcaptcha"', "MTCaptcha: other")],
        "account_required": [Q("registratsiya.html", "Чтобы подать заявку, создайте личный кабинет участника.", "own portal with password and confirmation")],
        "registration_form": [N("registratsiya.html: sign-up form, 12 fields: name, e-mail, password, password confirmation, phone, birth date, passport number, university or bureau, level select, city select, portfolio file, consent checkbox; the login form beside it is not the registration form. Required (required attribute or '(обязательно)'): name, e-mail, password, confirmation, phone, passport, university/bureau, portfolio, consent = 9 (birth date, level and city are not marked). Sensitive: phone, birth_date, id_document (passport), affiliation; level and city selects are not sensitive.")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("uchastie.html", "с восемнадцати лет и до 35 лет", "18, in words; 35 is a maximum")],
        "accessibility_statement": [Q("dostupnost.html", "есть лифт, здание доступно для колясок."),
                                    Q("dostupnost.html", "Если вам нужна помощь, напишите на dostup@youngarch.example.uz.")],
        "access_services": [Q("dostupnost.html", "здание доступно для колясок", "wheelchair_access"),
                            Q("dostupnost.html", "Сурдоперевод не предусмотрен.", "negation: no sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/shkola2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
