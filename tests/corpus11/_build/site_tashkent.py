from lib import mk, Q, M, N, entry

SLUG = "molodezhnyy-klimaticheskiy-sammit-tashkent"
NAV = [("index.html", "Главная"), ("programma.html", "Программа"), ("anketa.html", "Анкета участника"),
       ("proezd.html", "Проезд и проживание"), ("dostupnost.html", "Доступность"), ("transliatsiya.html", "Трансляция"),
       ("granty.html", "Гранты на проекты"), ("partnery.html", "Партнёрам"), ("en.html", "English")]
s = mk(SLUG, "Молодёжный климатический саммит Центральной Азии 2027", "ru", "#1b4965", "МКС", NAV,
       foot={"ru": "<p>Молодёжный экологический центр (вымышленный) · summit@eco-youth.example.uz</p>"})

s.page("index.html", "Молодёжный климатический саммит Центральной Азии 2027", """
<h1>Молодёжный климатический саммит Центральной Азии</h1>
<p>Ташкент, 3–5 июня 2027 года. Саммит собирает молодых активистов, студентов и исследователей из Узбекистана, Казахстана, Кыргызстана, Таджикистана и Туркменистана, чтобы обсудить водные ресурсы, Аральское море и зелёную энергетику.</p>
<p>Участие в саммите бесплатное. Приглашаем молодёжь в возрасте от 18 до 30 лет.</p>
<section lang="uz">
<h2>Xush kelibsiz</h2>
<p>Sammit O'zbekiston, Qozog'iston, Qirg'iziston, Tojikiston va Turkmanistondan yosh faollar, talabalar va tadqiqotchilarni suv resurslari, Orol dengizi va yashil energetika masalalarini muhokama qilish uchun birlashtiradi. Ishtirok bepul.</p>
</section>
<p><a href="@anketa.html">Заполнить анкету</a></p>
""")

s.page("programma.html", "Программа", """
<h1>Программа</h1>
<ul><li>Пленарная сессия: Плата за воду — кто платит?</li><li>Воркшоп: Регистрация углеродных проектов</li><li>Языки климата: как говорить с сельскими сообществами</li></ul>
""")

s.page("anketa.html", "Анкета участника", """
<h1>Анкета участника</h1>
<p>Поля, отмеченные *, обязательны.</p>
<form action="@anketa.html" method="post">
  <label for="fio">ФИО *</label><input type="text" id="fio" name="fio">
  <label for="dr">Дата рождения *</label><input type="date" id="dr" name="dr">
  <fieldset><legend>Пол</legend>
    <input type="radio" id="p1" name="pol" value="f"><label for="p1">Женский</label>
    <input type="radio" id="p2" name="pol" value="m"><label for="p2">Мужской</label>
  </fieldset>
  <label for="obl">Область</label><select id="obl" name="obl"><option>Ташкент</option><option>Каракалпакстан</option><option>Хорезм</option><option>Другая страна</option></select>
  <label for="vuz">Вуз или организация</label><input type="text" id="vuz" name="vuz">
  <label for="tel">Телефон *</label><input type="tel" id="tel" name="tel">
  <label for="email">Электронная почта *</label><input type="email" id="email" name="email">
  <label for="esse">Почему вы хотите участвовать? *</label><textarea id="esse" name="esse"></textarea>
  <div class="check"><input type="checkbox" id="pd" name="pd" required><label for="pd">Согласен(на) на обработку персональных данных</label></div>
  <div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
  <button type="submit">Отправить анкету</button>
</form>
""")

s.page("proezd.html", "Проезд и проживание", """
<h1>Проезд и проживание</h1>
<p>Организаторы оплачивают проезд и проживание участникам из регионов Узбекистана и из соседних стран.</p>
<p>Гостиница для тех, кто приезжает за свой счёт: от 450 000 сум за ночь. Проезд в метро: 2 000 сум. Такси из аэропорта: около 60 000 сум.</p>
""")

s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Конгресс-холл оборудован пандусами и лифтами для людей на колясках.</p>
<p>Пленарные сессии сопровождаются сурдопереводом и синхронным переводом на узбекский, русский и английский языки.</p>
<p>Раздаточные материалы шрифтом Брайля можно получить на стойке регистрации.</p>
<p>По вопросам доступности пишите: access@eco-youth.example.uz.</p>
""")

s.page("transliatsiya.html", "Трансляция", """
<h1>Трансляция</h1>
<p>Пленарные сессии транслируются на YouTube только для просмотра: онлайн-зрители не могут задавать вопросы и голосовать.</p>
""")

s.page("granty.html", "Гранты на проекты", """
<h1>Гранты на проекты</h1>
<p>Пять лучших команд получат гранты на реализацию проектов до 20 000 000 сум.</p>
""")

s.page("partnery.html", "Партнёрам", """
<h1>Партнёрам</h1>
<p>Генеральный партнёр: USD 5 000. Выставочный стенд: 15 000 000 сум.</p>
<p>Вакансия: координатор волонтёров, зарплата 7 000 000 сум в месяц.</p>
""")

s.page("en.html", "Central Asian Youth Climate Summit 2027", """
<h1>Central Asian Youth Climate Summit 2027</h1>
<p>The summit gathers young activists, students and researchers from Uzbekistan, Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan to discuss water, the Aral Sea and green energy.</p>
<p>Taking part is free of charge. The organisers pay travel and lodging for participants from the regions and from neighbouring countries. Participants must be 18 to 30 years old.</p>
""")

ENTRY = entry(s, name="Молодёжный климатический саммит Центральной Азии 2027 (regional youth climate summit, Tashkent)",
    languages=["ru", "uz", "en"], fees=[], free_option=True, fee_support=True, remote_participation=False,
    captcha=["friendlycaptcha"], account_required=False,
    registration_form=(9, 6, ["birth_date", "gender", "affiliation", "phone"]),
    min_age=18, accessibility_statement=True, access_services=["interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "anketa.html", "proezd.html", "dostupnost.html", "transliatsiya.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "Саммит собирает молодых активистов, студентов и исследователей"),
                      Q("index.html", "Sammit O'zbekiston, Qozog'iston, Qirg'iziston", "Uzbek section (lang=uz)"),
                      Q("en.html", "The summit gathers young activists, students and researchers", "whole page in English with lang=ru")],
        "un_languages": [N("ru, en")],
        "fees": [N("no participation fee"),
                 Q("proezd.html", "Гостиница для тех, кто приезжает за свой счёт: от 450 000 сум за ночь. Проезд в метро: 2 000 сум. Такси из аэропорта: около 60 000 сум.", "hotel, metro, taxi"),
                 Q("granty.html", "гранты на реализацию проектов до 20 000 000 сум", "project grants (prizes), not fees"),
                 Q("partnery.html", "Генеральный партнёр: USD 5 000. Выставочный стенд: 15 000 000 сум.", "sponsor, stand"),
                 Q("partnery.html", "зарплата 7 000 000 сум в месяц", "salary"),
                 Q("programma.html", "Плата за воду — кто платит?", "session title")],
        "free_option": [Q("index.html", "Участие в саммите бесплатное."), Q("en.html", "Taking part is free of charge.")],
        "fee_support": [Q("proezd.html", "Организаторы оплачивают проезд и проживание участникам из регионов Узбекистана и из соседних стран.")],
        "remote_participation": [Q("transliatsiya.html", "онлайн-зрители не могут задавать вопросы и голосовать", "watch-only: false")],
        "captcha": [M("anketa.html", '<div class="frc-captcha"')],
        "account_required": [N("no account; own form")],
        "registration_form": [N("9 fields: ФИО, дата рождения, пол (radio=1), область select, вуз/организация, телефон, почта, essay textarea, consent checkbox. Required: ФИО, дата рождения, телефон, почта, essay by '*' + consent (required) = 6. Sensitive: birth_date, gender, affiliation, phone; a region select is not sensitive.", "anketa.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("index.html", "Приглашаем молодёжь в возрасте от 18 до 30 лет.", "range: 18")],
        "accessibility_statement": [Q("dostupnost.html", "По вопросам доступности пишите: access@eco-youth.example.uz.")],
        "access_services": [Q("dostupnost.html", "Конгресс-холл оборудован пандусами и лифтами для людей на колясках."),
                            Q("dostupnost.html", "Пленарные сессии сопровождаются сурдопереводом и синхронным переводом на узбекский, русский и английский языки.", "sign language, interpretation"),
                            Q("dostupnost.html", "Раздаточные материалы шрифтом Брайля", "Braille: not a service")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
