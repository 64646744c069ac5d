"""School for tour guides of the fortress and old town, regional guides' association, Brest (ru-BY, be section without lang)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Главная"), ("usloviya.html", "Условия участия"), ("zayavka.html", "Заявка"), ("translyatsiya.html", "Трансляция"),
       ("dostupnost.html", "Доступность"), ("partnery.html", "Партнёры"), ("prozhivanie.html", "Проживание"), ("vakansii.html", "Вакансии")]
FOOT = {"ru-BY": '<p>Брестская областная ассоциация экскурсоводов, ул. Советская, 15, Брест. school@guides.example.by</p>'
                 '<p><a href="@arhiv/shkola-2025.html">Школа 2025: материалы</a></p>'}
s = mk("shkola-ekskursovodov-brest", "Школа экскурсоводов — Брест 2027", "ru-BY", "#6d2e46", "ШЭ", NAV, foot=FOOT)
placeholder_media(s, "media/shkola-2025.mp4")
s.pdf("docs/programma-shkoly-2027.pdf", "Programma shkoly ekskursovodov 2027")

s.page("index.html", "Школа экскурсоводов — Брест 2027", """
<h1>Школа экскурсоводов 2027</h1>
<p>Брестская областная ассоциация экскурсоводов приглашает начинающих и практикующих гидов на пятидневную школу с 20 по 24 апреля 2027 года: методика экскурсии, работа с группами школьников, история крепости и старого города.</p>
<p>Программа школы опубликована только в формате PDF: <a href="@docs/programma-shkoly-2027.pdf">скачать программу</a>.</p>
""" + video("media/shkola-2025.mp4") + """
<section>
<h2>Па-беларуску</h2>
<p>Школа экскурсаводаў пройдзе ў Брэсце з 20 па 24 красавіка 2027 года. Мы вучым, як весці экскурсію па крэпасці і старым горадзе, як працаваць са школьнікамі і замежнымі групамі.</p>
<p>Удзел каштуе 120 руб.; завочны ўдзел з публікацыяй тэзісаў — 40 руб.</p>
</section>
""")

s.page("usloviya.html", "Условия участия", """
<h1>Условия участия</h1>
<ul>
<li>Очное участие: 120 руб.</li>
<li>Заочное участие (только публикация тезисов в сборнике): 40 руб.</li>
<li>Экскурсия-практикум по казематам крепости (по желанию): 25 руб.</li>
</ul>
<p>Бесплатное участие не предусмотрено.</p>
<p>Скидок и грантов нет, проезд и проживание — за свой счёт.</p>
""")

form = ('<form action="@zayavka.html" method="post">'
        + fld("familiya", "Фамилия (обязательно)") + fld("imya", "Имя (обязательно)") + fld("otchestvo", "Отчество")
        + fld("rozhdenie", "Дата рождения (обязательно)", "date") + fld("pasport", "Номер паспорта (обязательно)")
        + fld("email", "Электронная почта (обязательно)", "email") + fld("telefon", "Телефон", "tel")
        + fld("organizaciya", "Организация (музей, турфирма, школа)")
        + radios("forma", "Форма участия (обязательно)", ["Очная", "Заочная"])
        + fld("praktikum", "Записаться на экскурсию-практикум (25 руб.)", "checkbox")
        + fld("tezisy", "Тезисы (файл)", "file")
        + fld("yazyk", "Язык ваших экскурсий", "select", False, ["русский", "беларусский", "польский", "английский"])
        + '<cap-widget data-cap-api-endpoint="https://cap.guides.example.by/api/"></cap-widget>'
        + '<button type="submit">Отправить заявку</button></form>')
s.page("zayavka.html", "Заявка", """
<h1>Заявка на участие</h1>
<p>Участниками могут стать лица с восемнадцати лет.</p>
""" + form)

s.page("translyatsiya.html", "Трансляция", """
<h1>Трансляция</h1>
<p>Лекции первого дня транслируются на канале ассоциации. Трансляция только для просмотра: задать вопросы или выступить онлайн нельзя.</p>
""")

s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Аудитория находится на третьем этаже, лифта нет.</p>
<p>Сурдоперевод лекций возможен по запросу, отправленному до 1 апреля.</p>
<p>По вопросам доступности пишите на access@guides.example.by, мы постараемся помочь.</p>
""")

s.page("partnery.html", "Партнёры", """
<h1>Партнёры</h1>
<p>Пакет партнёра школы: 1 500 руб. Стенд туроператора: 300 руб.</p>
""")

s.page("prozhivanie.html", "Проживание", """
<h1>Проживание и проезд</h1>
<p>Гостиница у вокзала: от 90 руб. за ночь. Поезд Минск — Брест: от 20 руб.; маршрутка до крепости: 1,5 руб.</p>
""")

s.page("vakansii.html", "Вакансии", """
<h1>Вакансии</h1>
<p>Экскурсовод в мемориальный комплекс: 1 400 руб. в месяц.</p>
""")

ENTRY = entry(
    s, name="School for tour guides 2027 (regional guides' association, Brest, Belarus)",
    languages=["ru", "be"],
    fees=[(120, "BYN"), (40, "BYN"), (25, "BYN")],
    free_option=False, fee_support=False, remote_participation=False, captcha=["other"], account_required=False,
    registration_form=(12, 6, ["birth_date", "id_document", "phone", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=18, accessibility_statement=True, access_services=["sign_language"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "usloviya.html", "zayavka.html", "translyatsiya.html", "dostupnost.html"],
    deliberate_404=["arhiv/shkola-2025.html"],
    evidence={
        "languages": [Q("index.html", "приглашает начинающих и практикующих гидов на пятидневную школу"),
                      Q("index.html", "Мы вучым, як весці экскурсію па крэпасці і старым горадзе, як працаваць са школьнікамі і замежнымі групамі.", "Belarusian section without lang")],
        "un_languages": [N("ru")],
        "fees": [Q("usloviya.html", "Очное участие: 120 руб.", "120 BYN"),
                 Q("usloviya.html", "Заочное участие (только публикация тезисов в сборнике): 40 руб.", "paid absentee participation 40 BYN"),
                 Q("usloviya.html", "Экскурсия-практикум по казематам крепости (по желанию): 25 руб.", "paid practicum of the school 25 BYN"),
                 Q("index.html", "Удзел каштуе 120 руб.", "restated in Belarusian: no new entries"),
                 Q("partnery.html", "Пакет партнёра школы: 1 500 руб.", "partner and stand: not fees"),
                 Q("prozhivanie.html", "Гостиница у вокзала: от 90 руб. за ночь.", "hotel, train, minibus: not fees"),
                 Q("vakansii.html", "1 400 руб. в месяц", "salary: not a fee")],
        "free_option": [Q("usloviya.html", "Бесплатное участие не предусмотрено.")],
        "fee_support": [Q("usloviya.html", "Скидок и грантов нет, проезд и проживание — за свой счёт.")],
        "remote_participation": [Q("translyatsiya.html", "Трансляция только для просмотра: задать вопросы или выступить онлайн нельзя."),
                                 N("absentee participation is publication only")],
        "captcha": [M("zayavka.html", '<cap-widget data-cap-api-endpoint=', "Cap: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("12 fields (surname, name, patronymic, birth date, passport, e-mail, phone, organisation, mode radio, practicum checkbox, abstract file, language select); required: 5 marked (обязательно) + the mode legend = 6; sensitive birth_date, id_document, phone, affiliation", "zayavka.html"),
                              Q("zayavka.html", "Номер паспорта (обязательно)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("zayavka.html", "Участниками могут стать лица с восемнадцати лет.")],
        "accessibility_statement": [Q("dostupnost.html", "По вопросам доступности пишите на access@guides.example.by", "contact despite no lift")],
        "access_services": [Q("dostupnost.html", "Аудитория находится на третьем этаже, лифта нет.", "no wheelchair_access"),
                            Q("dostupnost.html", "Сурдоперевод лекций возможен по запросу", "sign_language on request")],
        "videos_without_captions": [M("index.html", 'src="media/shkola-2025.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "Программа школы опубликована только в формате PDF", "programme only as PDF")],
    })
