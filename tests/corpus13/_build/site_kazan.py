"""Young local historians' conference of a (made-up) university history society (Kazan): ru, Tatar page
declared lang="ru"."""
from lib import mk, placeholder_media, video, Q, M, N, entry

SLUG = "konferentsiya-molodykh-kraevedov-kazan"
NAV = [("index.html", "Главная"), ("uchastie.html", "Условия участия"), ("registraciya.html", "Регистрация"),
       ("programma.html", "Программа"), ("dostupnost.html", "Доступность"), ("prozhivanie.html", "Проживание"),
       ("ekskursii.html", "Экскурсии"), ("tt.html", "Татарча")]
FOOT = ('<p>Историческое общество университета (вымышленное), ул. Кремлёвская, Казань · '
        '<a href="mailto:kraeved@istob.example.ru">kraeved@istob.example.ru</a></p>')
s = mk(SLUG, "Конференция «История Поволжья: взгляд молодых исследователей»", "ru", "#14532d", "ИП", NAV, foot={"ru": FOOT})
placeholder_media(s, "media/2026.mp4")
s.write("img/kod.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="32"><rect width="100" height="32" fill="#f1f1f1"/>'
        '<text x="12" y="22" font-size="18" font-family="monospace" fill="#222">4 9 Ж 7</text></svg>\n')

s.page("index.html", "История Поволжья: взгляд молодых исследователей — Казань, 2027", """
<h1>XI конференция «История Поволжья: взгляд молодых исследователей»</h1>
<p>Казань, 15–16 апреля 2027 года</p>
<p>Конференция собирает студентов, аспирантов, школьников и краеведов, изучающих историю городов и сёл Поволжья,
семейные архивы и локальную память. Работают секции по археологии, истории повседневности и истории образования.</p>
<ul>
  <li><a href="@uchastie.html">Условия участия и организационный взнос</a></li>
  <li><a href="@registraciya.html">Регистрация докладчиков</a></li>
  <li><a href="@dostupnost.html">Доступность</a></li>
  <li><a href="@sbornik-2026.html">Сборник материалов 2026 года</a></li>
  <li><a href="@tt.html">Татарча мәгълүмат</a></li>
</ul>
<h2>Видео с конференции 2026 года</h2>
""" + video("media/2026.mp4") + """
""")

s.page("uchastie.html", "Условия участия", """
<h1>Условия участия</h1>
<p>К участию приглашаются студенты, аспиранты, молодые учёные до 35 лет, а также школьники с 14 лет (с научным руководителем).</p>
<h2>Формы участия</h2>
<ul>
  <li>Очная — доклад на секции (до 12 минут) и публикация тезисов в сборнике.</li>
  <li>Заочная — только публикация тезисов в сборнике, без выступления.</li>
</ul>
<p>Онлайн-участие и выступления по видеосвязи не предусмотрены.</p>
<h2>Организационный взнос</h2>
<table>
  <tr><th>Форма участия</th><th>Взнос</th></tr>
  <tr><td>Очное участие</td><td>1 500 ₽</td></tr>
  <tr><td>Очное участие для студентов и школьников</td><td>750 руб.</td></tr>
  <tr><td>Заочное участие (публикация тезисов)</td><td>500 рублей</td></tr>
</table>
<p>Оргвзнос оплачивают все участники; освобождение от взноса не предусмотрено.</p>
""")

s.page("registraciya.html", "Регистрация", """
<h1>Регистрация докладчиков</h1>
<p>Приём заявок до 10 марта 2027 года.</p>
<form action="@registraciya.html" method="post" enctype="multipart/form-data">
  <label for="fio">Фамилия, имя, отчество (обязательное поле)</label><input type="text" id="fio" name="fio">
  <label for="em">E-mail (обязательное поле)</label><input type="email" id="em" name="email">
  <label for="tel">Телефон</label><input type="tel" id="tel" name="phone">
  <label for="dr">Дата рождения (обязательное поле)</label><input type="date" id="dr" name="birth_date">
  <label for="vuz">Место учёбы или работы (обязательное поле)</label><input type="text" id="vuz" name="institution">
  <label for="st">Статус (обязательное поле)</label>
  <select id="st" name="status"><option>школьник</option><option>студент</option><option>аспирант</option><option>молодой учёный</option><option>краевед</option></select>
  <fieldset><legend>Форма участия (обязательное поле)</legend>
    <input type="radio" id="f1" name="form" value="och"> <label for="f1">очная</label>
    <input type="radio" id="f2" name="form" value="zaoch"> <label for="f2">заочная</label>
  </fieldset>
  <label for="tema">Тема доклада (обязательное поле)</label><input type="text" id="tema" name="topic">
  <label for="ruk">Научный руководитель</label><input type="text" id="ruk" name="supervisor">
  <label for="tez">Файл тезисов, до 2 страниц (обязательное поле)</label><input type="file" id="tez" name="abstract">
  <label for="kod">Введите код с картинки (обязательное поле)</label>
  <img src="@img/kod.svg" alt="код с картинки" width="100" height="32">
  <input type="text" id="kod" name="code">
  <button type="submit">Отправить заявку</button>
</form>
""")

s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Корпус оборудован пандусом и лифтом, аудитории секций доступны для участников на инвалидных колясках.</p>
<p>На пленарном заседании обеспечивается сурдоперевод.</p>
<p>О других потребностях сообщите, пожалуйста, при регистрации или по телефону +7 843 000-00-00.</p>
""")

s.page("programma.html", "Программа", """
<h1>Программа</h1>
<ul>
  <li>Пленарное заседание: «Языки народов Поволжья в документах XIX века»</li>
  <li>Секция 2: «Цена хлеба в Казани в 1891 году: 90 копеек за пуд»</li>
  <li>Секция 3: «Школьники 12–15 лет в сельских школах 1920-х годов»</li>
</ul>
""")

s.page("prozhivanie.html", "Проживание", """
<h1>Проживание и транспорт</h1>
<p>Гостиница рядом с университетом — от 3 200 ₽ за ночь. Проезд в метро — 47 рублей, такси от вокзала — около 300 руб.</p>
""")

s.page("ekskursii.html", "Экскурсии", """
<h1>Экскурсии</h1>
<p>17 апреля турагентство-партнёр проводит экскурсию в Болгар; стоимость 2 900 ₽, запись у агентства.</p>
""")

s.page("tt.html", "Идел буе тарихы: яшь тикшеренүчеләр карашы", """
<h1>«Идел буе тарихы: яшь тикшеренүчеләр карашы» конференциясе</h1>
<p>Конференция 2027 елның 15–16 апрелендә Казанда уза. Анда студентлар, аспирантлар, 14 яшьтән мәктәп укучылары
һәм туган якны өйрәнүчеләр катнаша ала. Оештыру җыемы — 1 500 сум; студентлар һәм укучылар өчен — 750 сум.
Читтән торып катнашу (тезисларны җыентыкта бастыру гына) — 500 сум. Онлайн катнашу каралмаган.</p>
<p>Пленар утырышта ишарә теленә тәрҗемә булачак. Гаризаны <a href="@registraciya.html">рус телендәге форма</a> аша җибәрергә кирәк.</p>
""")

ENTRY = entry(
    s, name="11th conference 'History of the Volga Region: Young Researchers' View' (university history society, Kazan)",
    languages=["ru", "tt"], fees=[(1500, "RUB"), (750, "RUB"), (500, "RUB")], free_option=False, fee_support=True,
    remote_participation=False, captcha=["image"], account_required=False,
    registration_form=(11, 9, ["phone", "birth_date", "affiliation"]), min_age=14, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "uchastie.html", "registraciya.html", "dostupnost.html", "tt.html"],
    deliberate_404=["sbornik-2026.html"],
    evidence={
        "languages": [Q("index.html", "Конференция собирает студентов, аспирантов, школьников и краеведов"),
                      Q("tt.html", "Конференция 2027 елның 15–16 апрелендә Казанда уза.", "whole page in Tatar although declared lang=ru"),
                      M("tt.html", '<html lang="ru">', "wrong lang attribute")],
        "un_languages": [N("ru")],
        "fees": [Q("uchastie.html", "Очное участие 1 500 ₽"), Q("uchastie.html", "750 руб.", "students and pupils"),
                 Q("uchastie.html", "Заочное участие (публикация тезисов) 500 рублей", "paid absentee participation: a fee"),
                 Q("tt.html", "Оештыру җыемы — 1 500 сум", "same fees in Tatar: сум = rouble here, no new entry"),
                 Q("prozhivanie.html", "от 3 200 ₽ за ночь", "hotel, metro, taxi"),
                 Q("ekskursii.html", "стоимость 2 900 ₽, запись у агентства", "optional tour run by an agency"),
                 Q("programma.html", "90 копеек за пуд", "talk title")],
        "free_option": [Q("uchastie.html", "Оргвзнос оплачивают все участники; освобождение от взноса не предусмотрено.")],
        "fee_support": [Q("uchastie.html", "Очное участие для студентов и школьников 750 руб.", "reduced student rate")],
        "remote_participation": [Q("uchastie.html", "Онлайн-участие и выступления по видеосвязи не предусмотрены."),
                                 Q("uchastie.html", "Заочная — только публикация тезисов в сборнике, без выступления.",
                                   "absentee = publication only, not remote participation")],
        "captcha": [M("registraciya.html", '<img src="img/kod.svg" alt="код с картинки"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields: name, e-mail, phone, birth date, institution, status select, participation "
                                "radio (=1), topic, supervisor, abstract file, image-code box. Required ((обязательное "
                                "поле)): all but phone and supervisor = 9. Sensitive: phone, birth_date, affiliation.",
                                "registraciya.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("uchastie.html", "а также школьники с 14 лет", "14; 'up to 35' is a maximum; pupils aged 12-15 in a talk title are not a limit")],
        "accessibility_statement": [Q("dostupnost.html", "О других потребностях сообщите, пожалуйста, при регистрации или по телефону")],
        "access_services": [Q("dostupnost.html", "аудитории секций доступны для участников на инвалидных колясках."),
                            Q("dostupnost.html", "На пленарном заседании обеспечивается сурдоперевод.", "sign language")],
        "videos_without_captions": [M("index.html", 'src="media/2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
