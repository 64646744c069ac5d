from lib import *
SLUG = "almaty-game-jam"
NAV = [("index.html", "Главная"), ("registraciya.html", "Регистрация"), ("pravila.html", "Правила"), ("onlain.html", "Онлайн-трек"),
       ("dostupnost.html", "Доступность"), ("partnery.html", "Партнёры"), ("prozhivanie.html", "Проживание"), ("vakansii.html", "Вакансии")]
s = mk(SLUG, "Алматы Гейм Джем", "ru-KZ", "#e67e22", "AGJ", NAV,
       foot={"ru-KZ": "<p>Ассоциация разработчиков игр · Алматы · jam@agj.example.kz</p>"})
placeholder_media(s, "media/jam.mp4")
s.page("index.html", "Алматы Гейм Джем 2027", f"""
<h1>Алматы Гейм Джем 2027</h1>
<p>48 часов, чтобы создать игру на общую тему: 19–21 марта 2027 года в технопарке Алматы и онлайн.</p>
<p>Участие в джеме бесплатное.</p>
<p><a href="@registraciya.html">Регистрация</a> · <a href="@pravila.html">Правила</a> · <a href="@onlain.html">Онлайн-трек</a> · <a href="@dostupnost.html">Доступность</a> · <a href="@2025.html">Джем 2025</a></p>
{video("media/jam.mp4")}
<section lang="kk">
<h2>Қазақша</h2>
<p>Алматы Гейм Джем — ойын жасаушыларға арналған 48 сағаттық марафон. Қатысу тегін, ал Unity бойынша шеберлік сабағы ақылы. Командалар онлайн да қатыса алады.</p>
</section>
""")
s.page("registraciya.html", "Регистрация", f"""
<h1>Регистрация участника</h1>
<p>Поля с пометкой (обязательно) нужно заполнить.</p>
<form action="@registraciya.html" method="post">
{fld("name", "Имя и фамилия (обязательно)")}
{fld("email", "Электронная почта (обязательно)", "email")}
{fld("phone", "Телефон (обязательно)", "tel")}
{fld("dob", "Дата рождения (обязательно)", "date")}
{fld("city", "Город", "select", opts=["Алматы", "Астана", "Шымкент", "Другой"])}
{fld("role", "Роль в команде (обязательно)", "select", opts=["Программист", "Художник", "Геймдизайнер", "Звук"])}
{fld("team", "Название команды")}
{fld("laptop", "Мне нужен ноутбук на площадке", "checkbox")}
{fld("agree", "Согласен с правилами (обязательно)", "checkbox")}
<div class="frc-captcha" data-sitekey="agj-example"></div>
<button type="submit">Зарегистрироваться</button>
</form>
""")
s.page("pravila.html", "Правила", """
<h1>Правила</h1>
<p>Участвовать могут все с шестнадцати лет; несовершеннолетним нужно согласие родителей.</p>
<p>Готовые игры загружаются на страницу джема на <a href="https://itch.io/jam/almaty-game-jam-2027">itch.io</a>; для загрузки нужна учётная запись itch.io.</p>
<p>Мастер-класс по Unity накануне джема — 5 000 ₸.</p>
<p>Иногородним участникам компенсируем проезд по Казахстану.</p>
""")
s.page("onlain.html", "Онлайн-трек", """
<h1>Онлайн-трек</h1>
<p>Команды из других городов участвуют удалённо: работают из дома, общаются с менторами в Discord, а жюри оценивает их игры наравне с остальными.</p>
""")
s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Площадка находится на первом этаже, у входа есть пандус.</p>
<p>На открытии будет сурдоперевод.</p>
""")
s.page("partnery.html", "Партнёры", """
<h1>Партнёры</h1><p>Пакет генерального партнёра — 2 500 000 тенге. Призовой фонд — 1 000 000 ₸.</p>
""")
s.page("prozhivanie.html", "Проживание", """
<h1>Проживание</h1><p>Хостел рядом с технопарком — от 8 000 ₸ за ночь; такси от вокзала около 2 500 ₸.</p>
""")
s.page("vakansii.html", "Вакансии", """
<h1>Вакансии</h1><p>Студия-партнёр ищет junior-разработчика, зарплата от 450 000 ₸.</p>
""")
ENTRY = entry(s, name="Almaty Game Jam 2027 (game developers' association, Almaty, Kazakhstan)",
    languages=["ru", "kk"], fees=[(5000, "KZT")], free_option=True, fee_support=True, remote_participation=True,
    captcha=["friendlycaptcha"], account_required=True, registration_form=(9, 6, ["phone", "birth_date"]),
    registration_host="itch.io", min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, deliberate_404=["2025.html"],
    participation_pages=["index.html", "registraciya.html", "pravila.html", "onlain.html", "dostupnost.html"],
    evidence={
        "languages": [Q("index.html", "48 часов, чтобы создать игру на общую тему"),
                      Q("index.html", "Алматы Гейм Джем — ойын жасаушыларға арналған 48 сағаттық марафон.", "Kazakh section with lang=kk")],
        "un_languages": [N("ru")],
        "fees": [Q("pravila.html", "Мастер-класс по Unity накануне джема — 5 000 ₸.", "paid add-on workshop: 5000 KZT"),
                 Q("partnery.html", "Пакет генерального партнёра — 2 500 000 тенге.", "sponsorship, prize fund, hostel, taxi, salary: not fees")],
        "free_option": [Q("index.html", "Участие в джеме бесплатное.")],
        "fee_support": [Q("pravila.html", "Иногородним участникам компенсируем проезд по Казахстану.")],
        "remote_participation": [Q("onlain.html", "Команды из других городов участвуют удалённо", "online track judged with the others")],
        "captcha": [M("registraciya.html", '<div class="frc-captcha"')],
        "account_required": [Q("pravila.html", "для загрузки нужна учётная запись itch.io", "entering a game needs an itch.io account")],
        "registration_form": [N("registraciya.html: 9 fields: name, e-mail, phone, birth date, city select, role select, team, laptop checkbox, rules checkbox. Required (обязательно): name, e-mail, phone, birth date, role, rules = 6. Sensitive: phone, birth_date; city and role selects not sensitive.", "registraciya.html")],
        "registration_host": [M("pravila.html", 'href="https://itch.io/jam/almaty-game-jam-2027"', "entries go through itch.io, beside the own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("pravila.html", "Участвовать могут все с шестнадцати лет", "16 in words; parental consent is not a limit")],
        "accessibility_statement": [Q("dostupnost.html", "Площадка находится на первом этаже, у входа есть пандус.")],
        "access_services": [Q("dostupnost.html", "у входа есть пандус"), Q("dostupnost.html", "На открытии будет сурдоперевод.")],
        "videos_without_captions": [M("index.html", 'src="media/jam.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
