from lib import mk, Q, M, N, entry, fld, radios
NAV = [("index.html", "Главная"), ("vznosy.html", "Оргвзнос"), ("registratsiya.html", "Регистрация"),
       ("format.html", "Формы участия"), ("dostupnost.html", "Доступность"), ("partnery.html", "Партнёры"),
       ("prozhivanie.html", "Проживание и проезд"), ("vakansii.html", "Вакансии")]
s = mk("konferentsiya-uchiteley-matematiki-karakol", "Иссык-Кульская конференция учителей математики — 2027", "ru-KG", "#3949ab", "ИК", NAV,
       foot={"ru-KG": "<p>Ассоциация учителей математики Иссык-Кульской области — konf@matem-ik.example.kg</p>"})
s.page("index.html", "Иссык-Кульская конференция учителей математики", """
<h1>Иссык-Кульская конференция учителей математики</h1>
<p>С 2 по 4 июля 2027 года в Караколе учителя математики школ и лицеев области обсуждают новые учебные программы, подготовку к олимпиадам и работу с сельскими классами. В программе пленарные доклады, мастер-классы и секции.</p>
<p>Подробнее: <a href="@vznosy.html">оргвзнос</a>, <a href="@registratsiya.html">регистрация</a>, <a href="@format.html">формы участия</a>. Сборники прошлых лет — в <a href="@arhiv.html">архиве</a>.</p>
<section lang="ky">
<h2>Кыргызча</h2>
<p>Ысык-Көл облусунун математика мугалимдеринин конференциясы 2027-жылдын 2–4-июлунда Каракол шаарында өтөт. Мугалимдер жаңы окуу программалары, олимпиадага даярдоо жана айыл мектептериндеги сабактар боюнча тажрыйба алмашышат.</p>
</section>
""")
s.page("vznosy.html", "Оргвзнос", """
<h1>Организационный взнос</h1>
<ul>
<li>Учителя и методисты: 2 500 сом</li>
<li>Студенты педагогических вузов: 1 000 сом</li>
<li>Заочное участие (публикация тезисов в сборнике): 800 сомов</li>
</ul>
<p>Бесплатное участие не предусмотрено.</p>
""")
s.page("registratsiya.html", "Регистрация", """
<h1>Регистрация участников</h1>
<form action="@registratsiya.html" method="post">
""" + fld("fio", "ФИО (обязательно)") + fld("email", "Электронная почта (обязательно)", "email")
  + fld("dob", "Дата рождения", "date") + fld("tel", "Телефон (обязательно)", "tel")
  + fld("school", "Школа или вуз (обязательно)") + fld("pin", "Персональный идентификационный номер (ПИН) (обязательно)")
  + radios("forma", "Форма участия (обязательно)", ["очная", "заочная"])
  + fld("sekciya", "Секция", "select", opts=["Алгебра", "Геометрия", "Олимпиадная математика", "Начальная школа"])
  + fld("tezisy", "Тезисы доклада", "file")
  + fld("soglasie", "Согласен на обработку персональных данных (обязательно)", "checkbox") + """
<div class="smart-captcha" data-sitekey="ysc1_placeholder_key"></div>
<button type="submit">Зарегистрироваться</button>
</form>
""")
s.page("format.html", "Формы участия", """
<h1>Формы участия</h1>
<p>Очное участие — выступление с докладом или участие в мастер-классах в Караколе.</p>
<p>Заочное участие — только публикация тезисов в сборнике.</p>
<p>Дистанционное участие и онлайн-трансляция не предусмотрены.</p>
""")
s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Актовый зал находится на третьем этаже, лифта нет.</p>
<p>На пленарном заседании обеспечен синхронный перевод с кыргызского языка на русский.</p>
<p>Если вам нужна помощь, напишите заранее: dostup@matem-ik.example.kg</p>
""")
s.page("partnery.html", "Партнёры", """
<h1>Партнёры</h1>
<p>Пакет генерального партнёра — 60 000 сом; стол для издательства — 5 000 сом.</p>
""")
s.page("prozhivanie.html", "Проживание и проезд", """
<h1>Проживание и проезд</h1>
<p>Гостевой дом у озера — 1 800 сом в сутки. Маршрутка Бишкек — Каракол — 600 сом.</p>
""")
s.page("vakansii.html", "Вакансии", """
<h1>Вакансии</h1>
<p>Лицею в Караколе требуется учитель математики, зарплата 28 000 сом.</p>
""")
ENTRY = entry(s, name="Issyk-Kul Mathematics Teachers' Conference 2027 (mathematics teachers' association, Karakol)",
    languages=["ru", "ky"], fees=[(2500, "KGS"), (1000, "KGS"), (800, "KGS")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["other"],
    account_required=False, registration_form=(10, 7, ["birth_date", "phone", "affiliation", "id_document"]),
    accessibility_statement=True, access_services=["interpretation"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "vznosy.html", "registratsiya.html", "format.html", "dostupnost.html"],
    deliberate_404=["arhiv.html"],
    evidence={
        "languages": [Q("index.html", "в Караколе учителя математики школ и лицеев области обсуждают"),
                      M("index.html", '<section lang="ky">', "Kyrgyz section with lang"),
                      Q("index.html", "Ысык-Көл облусунун математика мугалимдеринин конференциясы")],
        "un_languages": [N("ru")],
        "fees": [Q("vznosy.html", "Учителя и методисты: 2 500 сом", "2500 KGS"),
                 Q("vznosy.html", "Студенты педагогических вузов: 1 000 сом", "1000 KGS"),
                 Q("vznosy.html", "Заочное участие (публикация тезисов в сборнике): 800 сомов", "paid absentee participation: 800 KGS"),
                 Q("partnery.html", "Пакет генерального партнёра — 60 000 сом", "partner package and publisher table: not fees"),
                 Q("prozhivanie.html", "Гостевой дом у озера — 1 800 сом в сутки.", "guest house and minibus: not fees"),
                 Q("vakansii.html", "зарплата 28 000 сом", "salary: not a fee")],
        "free_option": [Q("vznosy.html", "Бесплатное участие не предусмотрено.")],
        "fee_support": [Q("vznosy.html", "Студенты педагогических вузов: 1 000 сом", "student rate below 2500")],
        "remote_participation": [Q("format.html", "Дистанционное участие и онлайн-трансляция не предусмотрены."),
                                 Q("format.html", "Заочное участие — только публикация тезисов в сборнике.", "absentee participation is publication only")],
        "captcha": [M("registratsiya.html", '<div class="smart-captcha"', "Yandex SmartCaptcha: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, e-mail, birth date, phone, school, PIN, format radio, section select, abstract file, consent checkbox); 7 marked (обязательно); sensitive birth_date, phone, affiliation, id_document (PIN)", "registratsiya.html"),
                              Q("registratsiya.html", "Персональный идентификационный номер (ПИН) (обязательно)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("dostupnost.html", "Если вам нужна помощь, напишите заранее: dostup@matem-ik.example.kg", "contact for access needs, beside no lift")],
        "access_services": [Q("dostupnost.html", "Актовый зал находится на третьем этаже, лифта нет.", "negation: no wheelchair_access"),
                            Q("dostupnost.html", "обеспечен синхронный перевод с кыргызского языка на русский", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
