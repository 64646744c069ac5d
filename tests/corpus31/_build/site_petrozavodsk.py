from lib import mk, Q, M, N, entry, fld, video, placeholder_media

NAV = [("index.html", "Главная"), ("uchastie.html", "Участие и взносы"), ("online.html", "Онлайн-модуль"),
       ("voprosy.html", "Вопросы"), ("dostupnost.html", "Доступность"), ("en.html", "English"),
       ("partnery.html", "Партнёры"), ("prozhivanie.html", "Проживание и дорога")]
FOOT = '<p>Карельский союз добровольных поисковых отрядов — ул. Правды, 00, Петрозаводск (вымышленный адрес) — seminar@poisk-karelia.example.ru</p>'
s = mk("seminar-dobrovoltsev-poiskovikov-petrozavodsk", "Семинар добровольцев-поисковиков «Северный лес» 2027", "ru",
       "#8a1c1c", "ПСО", NAV, foot={"ru": FOOT})
placeholder_media(s, "media/uchenie-2026.mp4")
s.pdf("docs/programma-2027.pdf", "Seminar dobrovoltsev-poiskovikov, Petrozavodsk 2027\nProgramma: 16-18 aprelya 2027")

s.page("index.html", "Семинар добровольцев-поисковиков «Северный лес»", """
<h1>Семинар добровольцев-поисковиков «Северный лес»</h1>
<p>Terveh tulemah!</p>
<p>Три дня подготовки для тех, кто ищет заблудившихся в лесах Карелии: работа с картой и навигатором, опрос свидетелей, организация прочёсывания и первая помощь на месте.</p>
<p>16–18 апреля 2027 года, Петрозаводск, учебный центр на Древлянке. Программа доступна только в формате PDF: <a href="@docs/programma-2027.pdf">программа семинара</a>. Отчёт о прошлом семинаре — <a href="@seminar-2025.html">здесь</a>.</p>
""" + video("media/uchenie-2026.mp4"))

s.page("uchastie.html", "Участие и взносы", """
<h1>Участие и взносы</h1>
<ul>
<li>Участник: 3 000 руб.</li>
<li>Студент очной формы обучения: 1 500 руб.</li>
<li>Ночное поисковое учение в лесу (по желанию, проводит семинар): 800 руб.</li>
</ul>
<p>Для членов добровольческих поисковых отрядов Карелии участие бесплатное.</p>
<p>Участвовать могут лица с шестнадцати лет.</p>
<p>Регистрация проходит на Timepad: <a href="https://timepad.ru/event/severny-les-2027/">страница семинара на Timepad</a>. Для регистрации на Timepad нужен аккаунт.</p>
""")

s.page("online.html", "Онлайн-модуль", """
<h1>Онлайн-модуль</h1>
<p>Теоретический модуль проходит и в Zoom: онлайн-участники задают вопросы инструкторам в прямом эфире.</p>
""")

s.page("voprosy.html", "Вопросы", """
<h1>Задать вопрос организаторам</h1>
<form action="@voprosy.html" method="post">
""" + fld("imya", "Имя") + fld("pochta", "Электронная почта", "email") + fld("vopros", "Ваш вопрос", "textarea") + """
<trustcaptcha-component sitekey="tc-karelia-0000" language="ru"></trustcaptcha-component>
<button type="submit">Отправить</button>
</form>
""")

s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Учебный зал находится на третьем этаже, лифта нет.</p>
<p>Если вам нужна помощь, напишите на dostup@poisk-karelia.example.ru — мы постараемся помочь.</p>
<p>Сурдоперевод теоретических занятий — по запросу за две недели.</p>
""")

s.page("en.html", "Seminar in English", """
<h1>"Northern Forest" search-and-rescue volunteers' seminar</h1>
<p>A three-day training for volunteers who search for people lost in the Karelian forests: maps and GPS, interviewing witnesses, line searches and first aid.</p>
<p>Fees: participant RUB 3,000; full-time student RUB 1,500; optional night search exercise RUB 800. Members of volunteer search teams in Karelia take part free of charge.</p>
<p>The theory module can also be followed on Zoom, with live questions to the instructors.</p>
""", lang="ru")

s.page("partnery.html", "Партнёры", """
<h1>Партнёры</h1>
<p>Генеральный партнёр: 150 000 руб. Навигатор GPS для поиска у партнёра-магазина: 18 900 руб.</p>
""")

s.page("prozhivanie.html", "Проживание и дорога", """
<h1>Проживание и дорога</h1>
<p>Хостел «Онего»: 1 200 руб. за ночь. Поезд Санкт-Петербург — Петрозаводск: от 1 900 руб.</p>
<p>Прокат снегохода на базе: 6 000 руб. в день.</p>
""")

ENTRY = entry(s, name="Search-and-rescue volunteers' seminar 2027 (union of volunteer search teams, Petrozavodsk, Russia)",
    languages=["ru", "en"],
    fees=[(3000, "RUB"), (1500, "RUB"), (800, "RUB")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["other"], account_required=True,
    registration_form=None, registration_host="timepad.ru", registration_pdf_only=False, min_age=16,
    accessibility_statement=True, access_services=["sign_language"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "uchastie.html", "online.html", "voprosy.html", "dostupnost.html", "en.html"],
    deliberate_404=["seminar-2025.html"],
    evidence={
        "languages": [Q("index.html", "Три дня подготовки для тех, кто ищет заблудившихся в лесах Карелии"),
                      M("en.html", '<html lang="ru">', "English page declared ru"),
                      Q("en.html", "A three-day training for volunteers who search for people lost in the Karelian forests"),
                      Q("index.html", "Terveh tulemah!", "Karelian greeting: not listable")],
        "un_languages": [N("en, ru")],
        "fees": [Q("uchastie.html", "Участник: 3 000 руб.", "3000 RUB"), Q("uchastie.html", "Студент очной формы обучения: 1 500 руб.", "student 1500 RUB"),
                 Q("uchastie.html", "Ночное поисковое учение в лесу (по желанию, проводит семинар): 800 руб.", "night exercise 800 RUB"),
                 Q("en.html", "participant RUB 3,000", "English restatement: no new entry"),
                 Q("partnery.html", "Навигатор GPS для поиска у партнёра-магазина: 18 900 руб.", "GPS sold, sponsor: not fees"),
                 Q("prozhivanie.html", "Прокат снегохода на базе: 6 000 руб. в день.", "snowmobile rental, hostel, train: not fees")],
        "free_option": [Q("uchastie.html", "Для членов добровольческих поисковых отрядов Карелии участие бесплатное.")],
        "fee_support": [Q("uchastie.html", "Студент очной формы обучения", "student rate"),
                        Q("uchastie.html", "участие бесплатное", "free for one group")],
        "remote_participation": [Q("online.html", "онлайн-участники задают вопросы инструкторам в прямом эфире")],
        "captcha": [M("voprosy.html", "<trustcaptcha-component", "TrustCaptcha on the question form: other")],
        "account_required": [Q("uchastie.html", "Для регистрации на Timepad нужен аккаунт.")],
        "registration_form": [N("no own registration form; 3-field question form is not it", "voprosy.html")],
        "registration_host": [M("uchastie.html", 'href="https://timepad.ru/event/severny-les-2027/"')],
        "registration_pdf_only": [N("registration on Timepad")],
        "min_age": [Q("uchastie.html", "Участвовать могут лица с шестнадцати лет.")],
        "accessibility_statement": [Q("dostupnost.html", "Если вам нужна помощь, напишите на dostup@poisk-karelia.example.ru")],
        "access_services": [Q("dostupnost.html", "Учебный зал находится на третьем этаже, лифта нет.", "no wheelchair_access"),
                            Q("dostupnost.html", "Сурдоперевод теоретических занятий — по запросу за две недели.", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/uchenie-2026.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "Программа доступна только в формате PDF", "programme only as PDF")],
    })
