from lib import mk, Q, M, N, entry
NAV = {"ru": [("index.html", "Главная"), ("orgvznos.html", "Оргвзнос"), ("registratsiya.html", "Регистрация"), ("programma.html", "Программа"),
              ("prozhivanie.html", "Проживание"), ("premiya.html", "Премия"), ("en/index.html", "English")],
       "en": [("en/index.html", "Home"), ("index.html", "Русский")]}
s = mk("konferentsiya-akademgorodok", "Конференция «Вычислительные методы в науках о Земле»", "ru", "#37474f", "ВМ", NAV,
       foot={"ru": "<p>Оргкомитет · conf@akadem-geo.example.ru</p>"})
s.pdf("docs/programma.pdf", "Programma konferentsii")
s.write("img/kod.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">4281</text></svg>\n')
s.page("index.html", "Конференция «Вычислительные методы в науках о Земле» — Новосибирск", """
<h1>Вычислительные методы в науках о Земле</h1>
<p>Новосибирск, Академгородок, 5–9 июля. Конференция для геофизиков, климатологов и специалистов по численному моделированию.</p>
<p><a href="@orgvznos.html">Оргвзнос</a> · <a href="@registratsiya.html">Регистрация</a> · <a href="@docs/programma.pdf">Программа (PDF)</a></p>
""")
s.page("orgvznos.html", "Оргвзнос", """
<h1>Организационный взнос</h1>
<table><tr><th>Категория</th><th>До 1 мая</th><th>После 1 мая</th></tr>
<tr><td>Участники</td><td>5 000 ₽</td><td>6 500 руб.</td></tr>
<tr><td>Студенты и аспиранты</td><td>2 500 ₽</td><td>3 000 руб.</td></tr>
<tr><td>Онлайн-доклад (выступление и ответы на вопросы по видеосвязи)</td><td colspan="2">1 500 рублей</td></tr></table>
<p>Иностранные участники: 100 EUR. Оргвзнос оплачивают все участники, включая докладчиков.</p>
""")
s.page("registratsiya.html", "Регистрация", """
<h1>Регистрация</h1>
<p>Участие возможно только после регистрации в личном кабинете: создайте учётную запись и войдите в неё, чтобы подать тезисы.</p>
<form action="@registratsiya.html" method="post">
  <label for="fio">ФИО *</label><input type="text" id="fio" name="fio" required>
  <label for="em">Электронная почта *</label><input type="email" id="em" name="email" required>
  <label for="pw">Пароль *</label><input type="password" id="pw" name="password" required>
  <label for="pw2">Повторите пароль *</label><input type="password" id="pw2" name="password2" required>
  <label for="org">Организация *</label><input type="text" id="org" name="org" required>
  <label for="dol">Должность</label><input type="text" id="dol" name="position">
  <label for="tel">Телефон</label><input type="tel" id="tel" name="phone">
  <p><img src="@img/kod.svg" alt="Код с картинки" width="120" height="40"></p>
  <label for="kod">Код с картинки *</label><input type="text" id="kod" name="kod" required>
  <button type="submit">Создать личный кабинет</button>
</form>
""")
s.page("programma.html", "Программа", """<h1>Программа</h1><p>Программа публикуется только в формате <a href="@docs/programma.pdf">PDF</a>. Секции: «Язык программирования Julia в геофизике», «Стоимость вычислений на суперкомпьютерах».</p>""")
s.page("prozhivanie.html", "Проживание", """<h1>Проживание</h1><p>Гостиница «Золотая долина»: 3 200 руб./сутки. Трансфер из аэропорта Толмачёво — 1 200 руб. Экскурсия в Ботанический сад — 800 ₽.</p>""")
s.page("premiya.html", "Премия", """<h1>Премия молодым учёным</h1><p>Три премии по 50 000 рублей за лучший доклад молодого учёного до 35 лет.</p>""")
s.page("en/index.html", "Computational Methods in Earth Sciences — Novosibirsk", """
<h1>Computational Methods in Earth Sciences</h1>
<p>Novosibirsk, Akademgorodok, 5–9 July. A conference for geophysicists, climate scientists and numerical modellers. The registration fee is
5,000 roubles (students 2,500 roubles); foreign participants pay 100 EUR. Registration requires a personal account.</p>
""", lang="en")
ENTRY = entry(s, name="Конференция «Вычислительные методы в науках о Земле» (Siberian science-city conference)",
    languages=["ru", "en"], fees=[(5000, "RUB"), (6500, "RUB"), (2500, "RUB"), (3000, "RUB"), (1500, "RUB"), (100, "EUR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["image"], account_required=True,
    registration_form=(8, 6, ["affiliation", "phone"]), accessibility_statement=False, pdf_only_documents=True,
    participation_pages=["index.html", "orgvznos.html", "registratsiya.html", "programma.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "Конференция для геофизиков, климатологов и специалистов по численному моделированию."),
                      Q("en/index.html", "A conference for geophysicists, climate scientists and numerical modellers.")],
        "un_languages": [N("ru and en")],
        "fees": [Q("orgvznos.html", "Участники 5 000 ₽ 6 500 руб."), Q("orgvznos.html", "Студенты и аспиранты 2 500 ₽ 3 000 руб."),
                 Q("orgvznos.html", "1 500 рублей", "paid online talk"), Q("orgvznos.html", "Иностранные участники: 100 EUR."),
                 Q("prozhivanie.html", "3 200 руб./сутки", "hotel, transfer, excursion — not fees"), Q("premiya.html", "50 000 рублей", "prize, not a fee")],
        "free_option": [Q("orgvznos.html", "Оргвзнос оплачивают все участники, включая докладчиков.")],
        "fee_support": [Q("orgvznos.html", "Студенты и аспиранты 2 500 ₽", "reduced student rate")],
        "remote_participation": [Q("orgvznos.html", "Онлайн-доклад (выступление и ответы на вопросы по видеосвязи)")],
        "captcha": [M("registratsiya.html", '<img src="img/kod.svg" alt="Код с картинки"')],
        "account_required": [Q("registratsiya.html", "Участие возможно только после регистрации в личном кабинете")],
        "registration_form": [N("8 fields: ФИО, почта, пароль, повтор, организация, должность, телефон, код; 6 required", "registratsiya.html")],
        "registration_host": [N("native")], "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("premiya.html", "до 35 лет", "an upper age for a prize, not a minimum age")],
        "accessibility_statement": [N("nothing about accessibility")], "access_services": [N("none")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programma.html", "Программа публикуется только в формате PDF.")],
    })
