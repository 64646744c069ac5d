"""Central Asian inclusive-education conference run by a parents' association (Bishkek).
ru with a Kyrgyz section; free (fees []); travel and lodging covered; Zoom speaking; rich access services incl.
"субтитры в реальном времени" (captions) and a children's room; сом distractors; "до 12 лет — только с
родителями" (not a limit); a 404."""
from lib import mk, Q, M, N, entry

SLUG = "konferentsiya-inklyuzivnoe-obrazovanie-bishkek"
s = mk(SLUG, "Центральноазиатская конференция по инклюзивному образованию 2027", "ru", "#2e6f95", "ИО",
       [("index.html", "Главная"), ("registratsiya.html", "Регистрация"), ("podderzhka.html", "Поддержка участников"),
        ("onlain.html", "Онлайн-участие"), ("dostupnost.html", "Доступность"), ("programma.html", "Программа"),
        ("gostinitsy.html", "Гостиницы")],
       foot={"ru": '<p>Ассоциация родителей детей с инвалидностью (вымышленная) · <a href="@partnery.html">Партнёрам</a> · '
                   '<a href="@vakansii.html">Вакансии</a> · info@inklyuziya-ca.example.kg</p>'})

s.page("index.html", "Центральноазиатская конференция по инклюзивному образованию 2027", """
<h1>Центральноазиатская конференция по инклюзивному образованию</h1>
<p>Бишкек, 16–17 апреля 2027 года · Дом учителя (вымышленный)</p>
<p>Конференция объединяет учителей, родителей детей с инвалидностью, специалистов и общественные организации
Кыргызстана, Казахстана, Таджикистана и Узбекистана.</p>
<p><a href="@registratsiya.html">Зарегистрироваться</a> · <a href="@onlain.html">Участвовать онлайн</a> ·
<a href="@foto-2026.html">Фотоотчёт 2026</a></p>
<section lang="ky">
<h2>Кыргызча</h2>
<p>Конференция мугалимдерди, ден соолугунда мүмкүнчүлүгү чектелген балдардын ата-энелерин жана адистерди бириктирет.
Катышуу акысыз, бирок алдын ала катталуу зарыл. Пленардык сессиялар кыргыз жана орус тилдеринде өтөт, ымдоо тилине
которуу камсыздалат.</p>
</section>
""")

s.page("registratsiya.html", "Регистрация", """
<h1>Регистрация</h1>
<p>Участие бесплатное для всех, регистрация обязательна.</p>
<p>Дети до 12 лет — только с родителями.</p>
<form action="@registratsiya.html" method="post">
  <label for="fio">ФИО *</label>
  <input type="text" id="fio" name="fio">
  <fieldset><legend>Ваша роль *</legend>
    <input type="radio" id="r1" name="rol" value="pedagog"> <label for="r1">Педагог</label>
    <input type="radio" id="r2" name="rol" value="roditel"> <label for="r2">Родитель</label>
    <input type="radio" id="r3" name="rol" value="spec"> <label for="r3">Специалист</label>
    <input type="radio" id="r4" name="rol" value="student"> <label for="r4">Студент</label>
  </fieldset>
  <label for="org">Организация</label>
  <input type="text" id="org" name="org">
  <label for="gorod">Город</label>
  <input type="text" id="gorod" name="gorod">
  <label for="tel">Телефон *</label>
  <input type="tel" id="tel" name="tel">
  <label for="email">E-mail (обязательно)</label>
  <input type="email" id="email" name="email">
  <label for="usloviya">Какие условия доступности вам нужны?</label>
  <textarea id="usloviya" name="usloviya"></textarea>
  <label for="yazyk">Язык участия</label>
  <select id="yazyk" name="yazyk"><option>Русский</option><option>Кыргызский</option></select>
  <div class="check"><input type="checkbox" id="soglasie" name="soglasie" required> <label for="soglasie">Согласен(на) на обработку персональных данных</label></div>
  <button type="submit">Отправить</button>
</form>
""")

s.page("podderzhka.html", "Поддержка участников", """
<h1>Поддержка участников</h1>
<p>Родителям и педагогам из регионов компенсируем проезд до Бишкека и проживание.</p>
<p>На конференции объявляется конкурс грантов для школ на инклюзивные проекты — до 200 000 сом.</p>
""")

s.page("onlain.html", "Онлайн-участие", """
<h1>Онлайн-участие</h1>
<p>Онлайн-участники могут задавать вопросы и выступать в секциях через Zoom.</p>
""")

s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Зал доступен для людей на колясках: пандус, лифт, доступный туалет.</p>
<p>Синхронный перевод с кыргызского на русский и обратно.</p>
<p>Перевод на русский и кыргызский жестовые языки на всех пленарных заседаниях.</p>
<p>Субтитры в реальном времени на экране.</p>
<p>Детская комната с воспитателями для детей от 3 до 7 лет.</p>
<p>Раздаточные материалы шрифтом Брайля.</p>
<p>Вопросы о доступности: dostup@inklyuziya-ca.example.kg.</p>
""")

s.page("programma.html", "Программа", """
<h1>Программа</h1>
<ul>
  <li>Язык жестов в обычной школе</li>
  <li>Регистрация детей с ОВЗ в системе образования</li>
  <li>Стоимость инклюзии: кто платит?</li>
  <li>Custom учебные планы: опыт Казахстана</li>
</ul>
""")

s.page("partnery.html", "Партнёрам", """
<h1>Партнёрам</h1>
<p>Генеральный партнёр — от 150 000 сом. Выставочный стол — 8 000 сом.</p>
""")

s.page("gostinitsy.html", "Гостиницы", """
<h1>Гостиницы и транспорт</h1>
<p>Гостиница «Ала-Тоо» (вымышленная): 3 200 сом за ночь.</p>
<p>Такси из аэропорта Манас — около 700 сом, маршрутка — 20 сом.</p>
""")

s.page("vakansii.html", "Вакансии", """
<h1>Вакансии</h1>
<p>Тьютор в инклюзивный класс, зарплата 45 000 сом.</p>
""")

ENTRY = entry(
    s, name="Центральноазиатская конференция по инклюзивному образованию 2027 (parents' association inclusive-education conference, Bishkek)",
    languages=["ru", "ky"],
    fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=[], account_required=False,
    registration_form=(9, 5, ["affiliation", "phone"]), min_age=None, accessibility_statement=True,
    access_services=["captions", "childcare", "interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0,
    participation_pages=["index.html", "registratsiya.html", "podderzhka.html", "onlain.html", "dostupnost.html"],
    deliberate_404=["foto-2026.html"],
    evidence={
        "languages": [Q("index.html", "Конференция объединяет учителей, родителей детей с инвалидностью"),
                      Q("index.html", "Конференция мугалимдерди, ден соолугунда мүмкүнчүлүгү чектелген балдардын ата-энелерин",
                        "Kyrgyz section (lang=ky)")],
        "un_languages": [N("ru")],
        "fees": [N("no participation fee"),
                 Q("podderzhka.html", "до 200 000 сом", "grant to schools, not a fee"),
                 Q("partnery.html", "Генеральный партнёр — от 150 000 сом. Выставочный стол — 8 000 сом.", "partner, exhibitor"),
                 Q("gostinitsy.html", "Гостиница «Ала-Тоо» (вымышленная): 3 200 сом за ночь.", "hotel"),
                 Q("gostinitsy.html", "Такси из аэропорта Манас — около 700 сом, маршрутка — 20 сом.", "transport"),
                 Q("vakansii.html", "Тьютор в инклюзивный класс, зарплата 45 000 сом.", "salary"),
                 Q("programma.html", "Стоимость инклюзии: кто платит?", "talk title")],
        "free_option": [Q("registratsiya.html", "Участие бесплатное для всех, регистрация обязательна."),
                        Q("index.html", "Катышуу акысыз", "Kyrgyz: participation is free")],
        "fee_support": [Q("podderzhka.html", "Родителям и педагогам из регионов компенсируем проезд до Бишкека и проживание.")],
        "remote_participation": [Q("onlain.html", "Онлайн-участники могут задавать вопросы и выступать в секциях через Zoom.")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [N("no account; own form")],
        "registration_form": [N("9 fields: ФИО, роль (radio=1), организация, город, телефон, e-mail, условия доступности textarea, "
                                "язык select, consent checkbox. Required: ФИО (*), роль (legend *), телефон (*), e-mail "
                                "((обязательно)), consent (required) = 5. Sensitive: affiliation, phone.", "registratsiya.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("registratsiya.html", "Дети до 12 лет — только с родителями.", "accompanied children: not a minimum age"),
                    Q("dostupnost.html", "Детская комната с воспитателями для детей от 3 до 7 лет.", "childcare ages, not a limit")],
        "accessibility_statement": [Q("dostupnost.html", "Вопросы о доступности: dostup@inklyuziya-ca.example.kg.")],
        "access_services": [Q("dostupnost.html", "Зал доступен для людей на колясках: пандус, лифт, доступный туалет."),
                            Q("dostupnost.html", "Синхронный перевод с кыргызского на русский и обратно."),
                            Q("dostupnost.html", "Перевод на русский и кыргызский жестовые языки на всех пленарных заседаниях."),
                            Q("dostupnost.html", "Субтитры в реальном времени на экране.", "real-time subtitles = captions"),
                            Q("dostupnost.html", "Детская комната с воспитателями для детей от 3 до 7 лет.", "childcare"),
                            Q("dostupnost.html", "Раздаточные материалы шрифтом Брайля.", "Braille: not a service")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("programme in HTML, no PDF")],
    })
