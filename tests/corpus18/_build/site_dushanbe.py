"""International conference on mountain hydrology and glaciers of a made-up institute (Dushanbe). ru-TJ; Tajik
section with lang."""
from lib import mk, Q, M, N, entry, fld, radios

SLUG = "konferentsiya-gornaya-gidrologiya-dushanbe"
NAV = [("index.html", "Главная"), ("uchastie.html", "Условия участия"), ("registratsiya.html", "Регистрация"),
       ("programma.html", "Программа"), ("dostup.html", "Доступность"), ("gostinitsy.html", "Гостиницы и транспорт"),
       ("sponsory.html", "Спонсорам"), ("vakansii.html", "Вакансии")]
s = mk(SLUG, "Конференция «Горная гидрология и ледники Памира»", "ru-TJ", "#2a4f7a", "ГГЛ", NAV,
       foot={"ru-TJ": "<p>Институт горных вод и ледников · Душанбе · conf@gornye-vody.example.tj</p>"},
       newsletter={"ru-TJ": ("Рассылка новостей", "Подписаться")})
s.pdf("docs/programma-2027.pdf", "Konferentsiya Gornaya gidrologiya i ledniki Pamira\n20-22 sentyabrya 2027\n"
      "Plenarnoe zasedanie; sektsii 1-4; kruglyi stol")

s.page("index.html", "Конференция «Горная гидрология и ледники Памира» 2027", """
<h1>Международная конференция «Горная гидрология и ледники Памира»</h1>
<p>Конференция пройдёт 20–22 сентября 2027 года в Душанбе и соберёт гляциологов, гидрологов, специалистов по
водным ресурсам и аспирантов из стран Центральной Азии. Рабочие языки — русский, таджикский и английский.</p>
<p>Ознакомьтесь с <a href="@uchastie.html">условиями участия</a> и пройдите <a href="@registratsiya.html">регистрацию</a>.</p>
<section lang="tg">
<h2>Бо забони тоҷикӣ</h2>
<p>Конференсияи байналмилалӣ оид ба гидрологияи кӯҳӣ ва пиряхҳои Помир 20–22 сентябри соли 2027 дар шаҳри Душанбе
баргузор мегардад. Маърӯзаҳо ба забонҳои русӣ, тоҷикӣ ва англисӣ қабул карда мешаванд. Ҳаққи иштирок 300 сомонӣ
аст, барои донишҷӯён ва аспирантон 100 сомонӣ.</p>
</section>
""")

s.page("uchastie.html", "Условия участия", """
<h1>Условия участия</h1>
<ul>
<li>Организационный взнос: 300 сомони.</li>
<li>Для аспирантов и студентов: 100 сомони.</li>
<li>Заочное участие (публикация тезисов без доклада): 150 сомони.</li>
<li>Для иностранных участников: 80 долларов США.</li>
</ul>
<p>Бесплатного участия не предусмотрено; докладчики и члены оргкомитета также оплачивают взнос.</p>
<p>Пленарные заседания транслируются на YouTube только для просмотра; вопросы принимаются только в зале.</p>
""")

form = "".join([
    fld("fio", "Фамилия, имя, отчество (обязательно)"),
    fld("email", "Электронная почта (обязательно)", "email"),
    fld("tel", "Телефон (обязательно)", "tel"),
    fld("org", "Организация (обязательно)"),
    fld("degree", "Учёная степень", "select", opts=["нет", "кандидат наук", "доктор наук", "PhD"]),
    fld("passport", "Номер паспорта — для пропуска в здание (обязательно)"),
    fld("citizen", "Гражданство (обязательно)", "select", opts=["Таджикистан", "Кыргызстан", "Узбекистан", "Казахстан", "другое"]),
    fld("section", "Секция (обязательно)", "select", opts=["Ледники", "Снежный покров", "Сток и паводки", "Водопользование"]),
    radios("form", "Форма участия (обязательно)", ["очная", "заочная"]),
    fld("theses", "Тезисы доклада (обязательно)", "file"),
    fld("hotel", "Нужна помощь с бронированием гостиницы", "checkbox"),
])
s.page("registratsiya.html", "Регистрация", f"""
<h1>Регистрация участников</h1>
<p>Регистрация открыта до 1 июля 2027 года.</p>
<form action="@registratsiya.html" method="post">
{form}
<div class="smart-captcha" data-sitekey="ysc1_gornye_vody_dushanbe"></div>
<button type="submit">Отправить заявку</button>
</form>
""")

s.page("programma.html", "Программа", """
<h1>Программа</h1>
<p>Программа конференции доступна только в формате PDF: <a href="@docs/programma-2027.pdf">скачать программу (PDF)</a>.</p>
<h2>Избранные доклады</h2>
<ul>
<li>Баланс массы ледника Федченко, 2000–2026</li>
<li>Доступность горных районов для людей с инвалидностью при паводках</li>
<li>Селевые потоки в долине Варзоба</li>
</ul>
""")

s.page("dostup.html", "Доступность", """
<h1>Доступность</h1>
<p>Конференц-зал находится на третьем этаже, лифта нет.</p>
<p>Участников с особыми потребностями просим сообщить заранее по адресу access@gornye-vody.example.tj: мы организуем
трансляцию в аудиторию на первом этаже с возможностью задать вопросы.</p>
<p>Синхронный перевод русский–английский на пленарных заседаниях.</p>
""")

s.page("gostinitsy.html", "Гостиницы и транспорт", """
<h1>Гостиницы и транспорт</h1>
<p>Гостиница рядом с институтом — 450 сомони за ночь. Такси из аэропорта — около 40 сомони.</p>
<p>Экскурсия к леднику, которую организует турагентство, — 1 200 сомони (по желанию, не входит в программу).</p>
""")

s.page("sponsory.html", "Спонсорам", """
<h1>Спонсорам</h1>
<p>Спонсорский пакет «Генеральный партнёр» — 10 000 сомони; выставочный стол — 1 500 сомони.</p>
""")

s.page("vakansii.html", "Вакансии", """
<h1>Вакансии</h1>
<p>Научный сотрудник лаборатории гляциологии — заработная плата 4 500 сомони в месяц.</p>
""")

ENTRY = entry(
    s, name="International Conference on Mountain Hydrology and Pamir Glaciers 2027 (institute, Dushanbe)",
    languages=["ru", "tg"],
    fees=[(300, "TJS"), (100, "TJS"), (150, "TJS"), (80, "USD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["other"],
    account_required=False, registration_form=(11, 9, ["phone", "affiliation", "id_document", "nationality"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["interpretation"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "uchastie.html", "registratsiya.html", "programma.html", "dostup.html"],
    evidence={
        "languages": [Q("index.html", "соберёт гляциологов, гидрологов, специалистов по водным ресурсам"),
                      Q("index.html", "Конференсияи байналмилалӣ оид ба гидрологияи кӯҳӣ ва пиряхҳои Помир", "Tajik section with lang")],
        "un_languages": [N("ru")],
        "fees": [Q("uchastie.html", "Организационный взнос: 300 сомони.", "300 TJS"),
                 Q("uchastie.html", "Для аспирантов и студентов: 100 сомони.", "100 TJS"),
                 Q("uchastie.html", "Заочное участие (публикация тезисов без доклада): 150 сомони.", "paid absentee participation: 150 TJS"),
                 Q("uchastie.html", "Для иностранных участников: 80 долларов США.", "80 USD"),
                 Q("index.html", "Ҳаққи иштирок 300 сомонӣ", "Tajik restatement, no new entries"),
                 Q("gostinitsy.html", "Гостиница рядом с институтом — 450 сомони за ночь.", "hotel, taxi, agency tour: not fees"),
                 Q("sponsory.html", "Спонсорский пакет «Генеральный партнёр» — 10 000 сомони", "sponsorship, stand: not fees"),
                 Q("vakansii.html", "заработная плата 4 500 сомони в месяц", "salary: not a fee")],
        "free_option": [Q("uchastie.html", "Бесплатного участия не предусмотрено; докладчики и члены оргкомитета также оплачивают взнос.", "false")],
        "fee_support": [Q("uchastie.html", "Для аспирантов и студентов: 100 сомони.", "student rate below 300")],
        "remote_participation": [Q("uchastie.html", "Пленарные заседания транслируются на YouTube только для просмотра; вопросы принимаются только в зале.",
                                   "watch-only; absentee participation is publication only: false")],
        "captcha": [M("registratsiya.html", '<div class="smart-captcha"', "Yandex SmartCaptcha: other")],
        "account_required": [N("own form without password", "registratsiya.html")],
        "registration_form": [N("registratsiya.html: 11 fields: full name, e-mail, phone, organisation, degree select, "
                                "passport number, citizenship select, section select, participation radio group, theses "
                                "file, hotel checkbox. Required ((обязательно)): all but degree and hotel = 9. Sensitive: "
                                "phone, affiliation, id_document (passport), nationality (citizenship).")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("dostup.html", "Участников с особыми потребностями просим сообщить заранее по адресу access@gornye-vody.example.tj",
                                      "contact for access needs, although there is no lift"),
                                    Q("programma.html", "Доступность горных районов для людей с инвалидностью при паводках", "talk title, not a statement")],
        "access_services": [Q("dostup.html", "Конференц-зал находится на третьем этаже, лифта нет.", "negation: no wheelchair_access"),
                            Q("dostup.html", "Синхронный перевод русский–английский на пленарных заседаниях.", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programma.html", "Программа конференции доступна только в формате PDF", "programme only as PDF")],
    })
