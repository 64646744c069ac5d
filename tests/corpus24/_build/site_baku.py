from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt

NAV = [("index.html", "О школе"), ("uchastie.html", "Стоимость"), ("anketa.html", "Анкета"), ("onlayn.html", "Онлайн-трек"),
       ("dostupnost.html", "Доступность"), ("partnery.html", "Партнёры"), ("prozhivanie.html", "Проживание"),
       ("vakansii.html", "Вакансии")]
s = mk("letnyaya-shkola-programmirovaniya-baku", "Летняя школа программирования «Каспий-Код»", "ru-AZ", "#006d77", "КК",
       NAV, foot={"ru-AZ": "<p>Общественное объединение «Юные инженеры» (вымышленное), Баку · school@example.az</p>"})
placeholder_media(s, "media/kaspiy-kod.mp4")
vtt(s, "media/kaspiy-kod.ru.vtt", "Добро пожаловать в школу")

s.page("index.html", "Летняя школа программирования «Каспий-Код»", """
<h1>Летняя школа программирования «Каспий-Код» 2027</h1>
<p>Три недели в июле школьники пишут игры на Python, собирают метеостанции на микроконтроллерах и учатся работать в команде под руководством студентов-наставников.</p>
<p>Узнайте <a href="@uchastie.html">стоимость</a>, заполните <a href="@anketa.html">анкету</a>, посмотрите <a href="@onlayn.html">онлайн-трек</a> и <a href="@dostupnost.html">условия доступности</a>.</p>
""" + video("media/kaspiy-kod.mp4", track="media/kaspiy-kod.ru.vtt", track_lang="ru", label="Русский") + """
<section lang="az">
<h2>Azərbaycan dilində</h2>
<p>«Kaspi-Kod» yay proqramlaşdırma məktəbi on iki yaşdan on yeddi yaşadək məktəblilər üçündür. Dərslər rus və Azərbaycan dillərində keçirilir, regionlardan olan şagirdlər üçün pulsuz yerlər var.</p>
</section>
""")

s.page("uchastie.html", "Стоимость участия", """
<h1>Стоимость участия</h1>
<ul>
<li>Очная смена (три недели, обеды включены): 450 манатов</li>
<li>Онлайн-трек: 150 ₼</li>
</ul>
<p>Для школьников из регионов выделено 10 бесплатных мест по итогам конкурса анкет.</p>
""")

form = "".join([
    fld("fio", "ФИО ребёнка (обязательно)"), fld("dob", "Дата рождения (обязательно)", "date"),
    fld("school", "Школа (обязательно)"), fld("grade", "Класс", "select", opts=["6", "7", "8", "9", "10", "11"]),
    fld("ptel", "Телефон родителя (обязательно)", "tel"), fld("pmail", "E-mail родителя (обязательно)", "email"),
    radios("track", "Формат (обязательно)", ["Очная смена", "Онлайн-трек"]),
    fld("lang", "Язык обучения", "select", opts=["русский", "азербайджанский"]),
    fld("letter", "Мотивационное письмо", "file"),
    fld("consent", "Согласие родителя на участие (обязательно)", "checkbox")])
s.page("anketa.html", "Анкета участника", f"""
<h1>Анкета участника</h1>
<p>Анкету заполняет родитель или законный представитель.</p>
<form action="@anketa.html" method="post">{form}
<div class="smart-captcha" data-sitekey="ysc-placeholder-baku"></div>
<button type="submit">Отправить анкету</button></form>
""")

s.page("onlayn.html", "Онлайн-трек", """
<h1>Онлайн-трек</h1>
<p>Онлайн-участники занимаются в Google Meet в реальном времени: задают вопросы наставникам, показывают свой код и получают разбор.</p>
<p>Школа принимает детей от двенадцати до семнадцати лет.</p>
""")

s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Занятия проходят на третьем этаже, лифта нет.</p>
<p>Сурдоперевод не предусмотрен.</p>
<p>Если вашему ребёнку нужна особая поддержка, напишите нам на support@example.az — мы обсудим, что можно сделать.</p>
""")

s.page("partnery.html", "Партнёры", """
<h1>Партнёрам</h1>
<p>Генеральный партнёр: 8 000 AZN. Призы победителям хакатона: ноутбуки и 500 манатов.</p>
""")

s.page("prozhivanie.html", "Проживание", """
<h1>Проживание и транспорт</h1>
<p>Хостел рядом с кампусом: 35 манатов за ночь. Проезд в метро: 0,50 ₼.</p>
""")

s.page("vakansii.html", "Вакансии", """
<h1>Вакансии наставников</h1>
<p>Наставник по Python на три недели: 900 AZN за смену.</p>
""")

ENTRY = entry(s, name="Caspian Code summer programming school 2027 (youth engineering association, Baku)",
    languages=["ru", "az"],
    fees=[(450, "AZN"), (150, "AZN")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["other"],
    account_required=False, registration_form=(10, 7, ["birth_date", "affiliation", "phone"]),
    min_age=12, accessibility_statement=True, access_services=[],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "uchastie.html", "anketa.html", "onlayn.html", "dostupnost.html"],
    evidence={
        "languages": [Q("index.html", "Три недели в июле школьники пишут игры на Python"),
                      M("index.html", '<section lang="az">', "Azerbaijani section with lang"),
                      Q("index.html", "yay proqramlaşdırma məktəbi on iki yaşdan on yeddi yaşadək məktəblilər üçündür")],
        "un_languages": [N("ru")],
        "fees": [Q("uchastie.html", "Очная смена (три недели, обеды включены): 450 манатов", "450 AZN"),
                 Q("uchastie.html", "Онлайн-трек: 150 ₼", "online track with live mentoring: 150 AZN"),
                 Q("partnery.html", "Генеральный партнёр: 8 000 AZN.", "sponsorship, prizes: not fees"),
                 Q("prozhivanie.html", "Хостел рядом с кампусом: 35 манатов за ночь.", "hostel, metro: not fees"),
                 Q("vakansii.html", "900 AZN за смену", "mentor pay: not a fee")],
        "free_option": [Q("uchastie.html", "Для школьников из регионов выделено 10 бесплатных мест по итогам конкурса анкет.")],
        "fee_support": [Q("uchastie.html", "Для школьников из регионов выделено 10 бесплатных мест", "free places for one group")],
        "remote_participation": [Q("onlayn.html", "Онлайн-участники занимаются в Google Meet в реальном времени: задают вопросы наставникам")],
        "captcha": [M("anketa.html", '<div class="smart-captcha"', "Yandex SmartCaptcha: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (child's name, birth date, school, grade select, parent's phone, parent's e-mail, format radio, language select, letter file, consent checkbox); 7 marked (обязательно); sensitive birth_date, affiliation, phone", "anketa.html"),
                              Q("anketa.html", "Телефон родителя (обязательно)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("onlayn.html", "Школа принимает детей от двенадцати до семнадцати лет.", "12, in words")],
        "accessibility_statement": [Q("dostupnost.html", "Если вашему ребёнку нужна особая поддержка, напишите нам на support@example.az", "contact for support needs")],
        "access_services": [Q("dostupnost.html", "Занятия проходят на третьем этаже, лифта нет.", "negation: no wheelchair_access"),
                            Q("dostupnost.html", "Сурдоперевод не предусмотрен.", "negation: no sign_language")],
        "videos_without_captions": [M("index.html", 'kind="captions"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
