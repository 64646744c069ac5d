from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
s = mk("shkola-seminar-seismostoykoe-stroitelstvo-almaty", "Школа-семинар «Сейсмостойкое строительство» — Алматы 2027", "ru-KZ", "#3b4f8c", "СС",
       [("index.html", "О школе"), ("vznosy.html", "Оргвзнос"), ("registraciya.html", "Регистрация"), ("translyaciya.html", "Трансляция"),
        ("dostupnost.html", "Доступность"), ("gostinicy.html", "Гостиницы"), ("partnery.html", "Партнёрам"), ("vakansii.html", "Вакансии")],
       foot={"ru-KZ": "<p>Казахстанское общество сейсмостойкого строительства · school@seismo.example.kz</p>"})
placeholder_media(s, "media/vibrostol.mp4")
s.pdf("files/programma-shkoly-2027.pdf", "Shkola-seminar Seismostoykoe stroitelstvo 2027\nProgramma: lektsii, sektsii, ekskursiya")
s.page("index.html", "Школа-семинар «Сейсмостойкое строительство» 2027", """
<h1>Школа-семинар «Сейсмостойкое строительство» 2027</h1>
<p>С 13 по 17 сентября 2027 года в Алматы пройдёт пятая школа-семинар для инженеров-конструкторов, экспертов и преподавателей строительных вузов: расчёт зданий на сейсмические воздействия, усиление панельных домов, изоляция фундаментов.</p>
<p>Программа школы опубликована в формате <a href="@files/programma-shkoly-2027.pdf">PDF</a>.</p>
""" + video("media/vibrostol.mp4") + """
<section lang="kk">
<h2>Мектеп туралы қысқаша</h2>
<p>Бесінші мектеп-семинар Алматы қаласында 2027 жылғы 13–17 қыркүйекте өтеді. Оған конструктор-инженерлер, сарапшылар және құрылыс жоғары оқу орындарының оқытушылары қатыса алады.</p>
<p>Қатысу жарнасы — 45 000 теңге, сырттай қатысу — 15 000 теңге. Баяндамалар орыс және қазақ тілдерінде қабылданады.</p>
</section>
""")
s.page("vznosy.html", "Оргвзнос", """
<h1>Организационный взнос</h1>
<ul>
<li>Очное участие (лекции, раздаточные материалы, кофе-брейки): 45 000 ₸</li>
<li>Заочное участие (только публикация тезисов в сборнике): 15 000 ₸</li>
<li>Экскурсия на строящийся объект с сейсмоизоляцией (16 сентября): 10 000 ₸</li>
</ul>
<p>Бесплатное участие не предусмотрено. Скидок, грантов и компенсации проезда нет; проезд и проживание оплачиваются участниками.</p>
""")
s.page("registraciya.html", "Регистрация", """
<h1>Регистрация участника</h1>
<form action="@registraciya.html" method="post">
""" + fld("fio", "ФИО (обязательно)") + fld("iin", "ИИН (обязательно)") + fld("dr", "Дата рождения", "date")
    + fld("em", "E-mail (обязательно)", "email") + fld("tel", "Телефон", "tel") + fld("org", "Организация (обязательно)")
    + fld("dol", "Должность") + fld("dip", "Номер диплома о высшем образовании")
    + fld("sek", "Секция", "select", opts=["Расчёт и нормирование", "Усиление зданий", "Сейсмоизоляция"])
    + fld("ekskursiya", "Записаться на экскурсию", "checkbox") + fld("tez", "Файл тезисов", "file")
    + radios("forma", "Форма участия", ["Очно", "Заочно"], req=True) + """
<altcha-widget challengeurl="/api/altcha/challenge" name="altcha"></altcha-widget>
<button type="submit">Зарегистрироваться</button>
</form>
""")
s.page("translyaciya.html", "Трансляция", """
<h1>Трансляция</h1>
<p>Пленарные лекции транслируются на канале общества только для просмотра; задать вопрос лектору из трансляции нельзя. Заочные участники получают сборник тезисов.</p>
""")
s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Конференц-зал находится на втором этаже; в здании есть лифт и пандус у входа, зал доступен для участников на колясках.</p>
<p>На экране в зале выводятся живые субтитры лекций на русском языке. Сурдоперевод не предусмотрен.</p>
""")
s.page("gostinicy.html", "Гостиницы", """
<h1>Гостиницы и транспорт</h1>
<p>Гостиница рядом с университетом: от 28 000 ₸ за ночь. Проезд в метро — 120 ₸; аэроэкспресса нет, такси из аэропорта около 5 000 ₸.</p>
""")
s.page("partnery.html", "Партнёрам", """
<h1>Партнёрам</h1>
<p>Генеральный партнёр — 3 000 000 ₸; выставочный стенд производителя — 400 000 ₸.</p>
""")
s.page("vakansii.html", "Вакансии", """
<h1>Вакансии партнёров</h1>
<p>Проектный институт ищет инженера-расчётчика, зарплата от 700 000 ₸ в месяц.</p>
""")
ENTRY = entry(s, name="Earthquake-resistant construction school-seminar 2027 (earthquake engineering society, Almaty)",
    languages=["ru", "kk"], fees=[(45000, "KZT"), (15000, "KZT"), (10000, "KZT")], free_option=False, fee_support=False,
    remote_participation=False, captcha=["other"], account_required=False,
    registration_form=(12, 5, ["id_document", "birth_date", "phone", "affiliation"]), min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access", "captions"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "vznosy.html", "registraciya.html", "translyaciya.html", "dostupnost.html"],
    evidence={
        "languages": [Q("index.html", "пройдёт пятая школа-семинар для инженеров-конструкторов"),
                      M("index.html", '<section lang="kk">', "Kazakh section with lang"),
                      Q("index.html", "Оған конструктор-инженерлер, сарапшылар және құрылыс жоғары оқу орындарының оқытушылары қатыса алады.")],
        "un_languages": [N("ru")],
        "fees": [Q("vznosy.html", "Очное участие (лекции, раздаточные материалы, кофе-брейки): 45 000 ₸"),
                 Q("vznosy.html", "Заочное участие (только публикация тезисов в сборнике): 15 000 ₸", "paid absentee participation: a fee"),
                 Q("vznosy.html", "Экскурсия на строящийся объект с сейсмоизоляцией (16 сентября): 10 000 ₸", "site visit of the school: a fee"),
                 Q("index.html", "Қатысу жарнасы — 45 000 теңге", "Kazakh restatement: no new entries"),
                 Q("gostinicy.html", "от 28 000 ₸ за ночь", "hotel, metro, taxi: not fees"),
                 Q("partnery.html", "Генеральный партнёр — 3 000 000 ₸", "not a fee"),
                 Q("vakansii.html", "зарплата от 700 000 ₸ в месяц", "salary: not a fee")],
        "free_option": [Q("vznosy.html", "Бесплатное участие не предусмотрено.")],
        "fee_support": [Q("vznosy.html", "Скидок, грантов и компенсации проезда нет")],
        "remote_participation": [Q("translyaciya.html", "транслируются на канале общества только для просмотра; задать вопрос лектору из трансляции нельзя", "absentee participation is publication only")],
        "captcha": [M("registraciya.html", "<altcha-widget", "ALTCHA: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("12 fields (name, IIN, birth date, e-mail, phone, organisation, position, diploma number, section, excursion checkbox, abstract file, form radio); 4 marked (обязательно) + form radio required = 5; sensitive id_document, birth_date, phone, affiliation (diploma number not an ID)", "registraciya.html"),
                              Q("registraciya.html", "ИИН (обязательно)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("dostupnost.html", "в здании есть лифт и пандус у входа, зал доступен для участников на колясках")],
        "access_services": [Q("dostupnost.html", "зал доступен для участников на колясках", "wheelchair_access"),
                            Q("dostupnost.html", "На экране в зале выводятся живые субтитры лекций на русском языке.", "captions"),
                            Q("dostupnost.html", "Сурдоперевод не предусмотрен.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/vibrostol.mp4">', "no track")],
        "pdf_only_documents": [M("index.html", 'href="files/programma-shkoly-2027.pdf"', "programme only as PDF")],
    })
