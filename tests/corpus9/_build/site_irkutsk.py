from lib import mk, Q, M, N, entry
NAV = [("index.html", "Главная"), ("uchastie.html", "Участие и взнос"), ("kabinet.html", "Личный кабинет"), ("programma.html", "Программа"),
       ("prozhivanie.html", "Проживание"), ("ekskursii.html", "Экскурсии"), ("en.html", "English")]
s = mk("baykalskaya-shkola-molodykh-uchenykh-irkutsk", "Байкальская летняя школа молодых учёных", "ru", "#16507a", "БШ", NAV,
       foot={"ru": "<p>Оргкомитет: school@baikal-school.example.ru · Иркутск</p>"})
s.pdf("docs/programma-2027.pdf", "Baikal summer school 2027 programme\nDay 1 lectures\nDay 2 field work")
s.write("img/code.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7K3QW</text></svg>')
s.page("index.html", "Байкальская летняя школа молодых учёных 2027", """
<h1>Байкальская летняя школа молодых учёных — 2027</h1>
<p>Иркутск и Большие Коты, 5–16 июля 2027 года. Школа по экологии озера Байкал, гидробиологии и анализу данных дистанционного зондирования для студентов, аспирантов и молодых исследователей.</p>
<p>Приём заявок — до 1 мая через <a href="@kabinet.html">личный кабинет</a>. Условия и оргвзнос — на странице <a href="@uchastie.html">«Участие»</a>.</p>
""")
s.page("uchastie.html", "Участие и оргвзнос", """
<h1>Участие в школе</h1>
<p>Принимаются заявки от участников в возрасте от восемнадцати до тридцати пяти лет.</p>
<h2>Организационный взнос</h2>
<ul><li>Организационный взнос — 12 000 ₽</li><li>Для студентов очной формы обучения — 6 000 руб.</li><li>Для иностранных участников — 150 EUR</li></ul>
<p>Участники из числа коренных малочисленных народов Севера освобождаются от взноса.</p>
<p>Школа проводится только в очном формате; онлайн-участие и трансляции не предусмотрены.</p>
<p>Подробная программа доступна только в формате PDF: <a href="@docs/programma-2027.pdf">программа школы (PDF)</a>.</p>
""")
s.page("kabinet.html", "Личный кабинет — регистрация", """
<h1>Регистрация в личном кабинете</h1>
<p>Подать заявку можно только из личного кабинета. Сначала создайте учётную запись.</p>
<form action="@kabinet.html" method="post">
<input type="hidden" name="action" value="register"><input type="hidden" name="id" value="0">
<label for="f">Фамилия *</label><input type="text" id="f" name="f" required>
<label for="i">Имя *</label><input type="text" id="i" name="i" required>
<label for="o">Отчество</label><input type="text" id="o" name="o">
<label for="dr">Дата рождения *</label><input type="date" id="dr" name="dr" required>
<label for="em">E-mail *</label><input type="email" id="em" name="em" required>
<label for="tel">Телефон *</label><input type="tel" id="tel" name="tel">
<label for="vuz">Вуз / организация *</label><input type="text" id="vuz" name="vuz">
<label for="lvl">Статус</label><select id="lvl" name="lvl"><option>Студент</option><option>Аспирант</option><option>Молодой учёный</option></select>
<label for="pw">Пароль *</label><input type="password" id="pw" name="pw" required>
<label for="pw2">Повторите пароль *</label><input type="password" id="pw2" name="pw2" required>
<img src="@img/code.svg" alt="Код с картинки" width="120" height="40">
<label for="code">Введите код с картинки *</label><input type="text" id="code" name="code" required>
<button type="submit">Создать учётную запись</button></form>
<h2>Вход</h2>
<form action="@kabinet.html" method="post"><label for="le">E-mail</label><input type="email" id="le" name="le"><label for="lp">Пароль</label><input type="password" id="lp" name="lp"><button type="submit">Войти</button></form>
""")
s.page("programma.html", "Программа", """
<h1>Программа (кратко)</h1><ul><li>Языки программирования для обработки спутниковых данных: Python и R</li><li>Регистрация эндемиков Байкала: полевой практикум</li></ul>
""")
s.page("prozhivanie.html", "Проживание", """
<h1>Проживание и трансфер</h1><p>Проживание на биостанции в Больших Котах — 1 800 ₽/сутки с питанием. Трансфер из Иркутска на судне на подводных крыльях — 2 900 ₽.</p>
<p>Победителям конкурса постеров — грант 30 000 рублей на полевые исследования.</p>
""")
s.page("ekskursii.html", "Экскурсии", """
<h1>Экскурсии</h1><p>Экскурсия на мыс Шаманка (по желанию, организует турагентство «Байкал-Тур») — 3 500 ₽.</p>
""")
s.page("en.html", "Baikal Summer School — English", """
<h1>Baikal Summer School for Young Scientists</h1>
<p>Irkutsk and Bolshie Koty, 5–16 July 2027. A field school on Lake Baikal ecology, hydrobiology and remote-sensing data for students and early-career researchers.</p>
<p>Applicants must be aged 18 to 35. The fee for foreign participants is 150 EUR. Applications go through the personal account (in Russian).</p>
""", lang="en")
ENTRY = entry(s, name="Байкальская летняя школа молодых учёных 2027 (Siberian field summer school, Irkutsk)",
    languages=["en", "ru"], fees=[(12000, "RUB"), (6000, "RUB"), (150, "EUR")], free_option=True, fee_support=True,
    remote_participation=False, captcha=["image"], account_required=True,
    registration_form=(11, 9, ["affiliation", "birth_date", "phone"]), min_age=18,
    accessibility_statement=False, access_services=[], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "uchastie.html", "kabinet.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "Школа по экологии озера Байкал, гидробиологии и анализу данных дистанционного зондирования"),
                      Q("en.html", "A field school on Lake Baikal ecology, hydrobiology and remote-sensing data")],
        "un_languages": [N("ru, en")],
        "fees": [Q("uchastie.html", "Организационный взнос — 12 000 ₽"), Q("uchastie.html", "Для студентов очной формы обучения — 6 000 руб."),
                 Q("uchastie.html", "Для иностранных участников — 150 EUR"),
                 Q("prozhivanie.html", "1 800 ₽/сутки с питанием", "lodging"), Q("prozhivanie.html", "грант 30 000 рублей", "prize grant"),
                 Q("ekskursii.html", "организует турагентство «Байкал-Тур») — 3 500 ₽", "optional tour run by others")],
        "free_option": [Q("uchastie.html", "Участники из числа коренных малочисленных народов Севера освобождаются от взноса.", "free for one group")],
        "fee_support": [Q("uchastie.html", "Для студентов очной формы обучения — 6 000 руб.", "reduced student rate")],
        "remote_participation": [Q("uchastie.html", "онлайн-участие и трансляции не предусмотрены")],
        "captcha": [M("kabinet.html", 'src="img/code.svg" alt="Код с картинки"', "self-hosted image code")],
        "account_required": [Q("kabinet.html", "Подать заявку можно только из личного кабинета. Сначала создайте учётную запись.")],
        "registration_form": [N("11 fields: Фамилия, Имя, Отчество, Дата рождения, E-mail, Телефон, Вуз, Статус, Пароль, Повтор пароля, image code; hidden action/id not counted; required (attribute or \"*\"): all but Отчество and Статус = 9 (Телефон and Вуз by \"*\" only). The login form below is not the registration form. Sensitive: birth_date, phone, affiliation.", "kabinet.html")],
        "registration_host": [N("own form")], "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("uchastie.html", "в возрасте от восемнадцати до тридцати пяти лет", "18 in words")],
        "accessibility_statement": [N("nothing about accessibility")], "access_services": [N("none stated")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("uchastie.html", "Подробная программа доступна только в формате PDF")],
    })
