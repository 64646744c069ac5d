"""Central Asian e-government forum, Astana. Russian, Kazakh page declared lang="ru", English page.
Registration fee in ₸ / тенге / KZT and USD, free for government officials and the youth section; account
wall with password; self-hosted image code; watch-only stream; youth section from 16; interpretation only."""
from lib import mk, Q, M, N, entry

NAV_RU = [("index.html", "Главная"), ("programma.html", "Программа"), ("registraciya.html", "Регистрация"),
          ("stoimost.html", "Стоимость участия"), ("translyaciya.html", "Онлайн-трансляция"),
          ("molodezh.html", "Молодёжная секция"), ("vystavka.html", "Выставка и спонсорам"), ("gostinicy.html", "Гостиницы")]
NAV_KZ = [("kz/index.html", "Басты бет"), ("registraciya.html", "Тіркелу"), ("index.html", "Орысша")]
NAV_EN = [("en/index.html", "Home"), ("registraciya.html", "Registration (Russian)"), ("stoimost.html", "Fees (Russian)")]
LANGS = {"ru": [("kz/index.html", "Қазақша"), ("en/index.html", "English")],
         "kk": [("index.html", "Русский"), ("en/index.html", "English")],
         "en": [("index.html", "Русский"), ("kz/index.html", "Қазақша")]}
s = mk("evraziyskiy-forum-egov-astana", {"ru": "Евразийский форум электронного правительства",
                                          "kk": "Еуразиялық электрондық үкімет форумы",
                                          "en": "Eurasian e-Government Forum"},
       "ru", "#00708a", "EGF", {"ru": NAV_RU, "kk": NAV_KZ, "en": NAV_EN}, langs=LANGS,
       foot={"ru": "<p>© 2027 Оргкомитет форума · info@egov-forum.example.kz · +7 7172 00 00 00</p>"},
       homes={"ru": "index.html", "kk": "kz/index.html", "en": "en/index.html"})

ABOUT_RU = ("Форум собирает представителей государственных органов, бизнеса, науки и гражданского общества стран "
            "Центральной Азии для обсуждения развития цифровых государственных услуг")
INTERP = "Во время пленарных заседаний обеспечивается синхронный перевод на казахский, русский и английский языки."
KZ = ("Форум Орталық Азия елдерінің мемлекеттік органдарының, бизнестің, ғылымның және азаматтық қоғамның өкілдерін "
      "цифрлық мемлекеттік қызметтерді дамыту мәселелерін талқылауға жинайды. Форум 2027 жылғы 22–23 сәуірде "
      "Астанада өтеді.")
EN = ("The Forum brings together government agencies, business, academia and civil society from Central Asia to "
      "discuss the development of digital public services.")
ACCOUNT = "Для регистрации необходимо создать личный кабинет участника: укажите e-mail и придумайте пароль."
GOV_FREE = "Для представителей государственных органов участие бесплатное."
YOUTH_AGE = "Молодёжная секция «Цифровое поколение» открыта для участников от 16 лет"
YOUTH_FREE = "Участие в молодёжной секции бесплатное, участникам из регионов компенсируется проезд до Астаны."
STREAM = ("Пленарные заседания транслируются онлайн на сайте форума. Задать вопрос спикерам можно только из зала; "
          "онлайн-зрители не могут выступать.")

s.page("index.html", "Евразийский форум электронного правительства 2027 — Астана", f"""
<h1>Евразийский форум электронного правительства 2027</h1>
<p class="note">22–23 апреля 2027 года, Астана, Дворец независимости</p>
<p>{ABOUT_RU}. Ожидается более 1 500 участников из 12 стран.</p>
<p><a class="button" href="@registraciya.html">Зарегистрироваться</a></p>
<ul>
  <li><a href="@stoimost.html">Стоимость участия</a></li>
  <li><a href="@translyaciya.html">Онлайн-трансляция</a></li>
  <li><a href="@molodezh.html">Молодёжная секция</a></li>
</ul>
<h2>Языки форума</h2>
<p>{INTERP}</p>
""")

s.write("img/kod.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#eee"/>'
        '<text x="12" y="28" font-size="22" font-family="monospace" transform="rotate(-4 60 20)">7K4M2</text></svg>\n')
s.page("registraciya.html", "Регистрация — Евразийский форум электронного правительства", f"""
<h1>Регистрация участника</h1>
<p>{ACCOUNT} После подтверждения e-mail в личном кабинете можно оплатить взнос и получить бейдж.</p>
<form action="@registraciya.html" method="post">
  <input type="hidden" name="csrf" value="0000">
  <label for="f">Фамилия</label><input type="text" id="f" name="familiya" required>
  <label for="i">Имя</label><input type="text" id="i" name="imya" required>
  <label for="o">Отчество (при наличии)</label><input type="text" id="o" name="otchestvo">
  <label for="e">E-mail</label><input type="email" id="e" name="email" required>
  <label for="p1">Пароль</label><input type="password" id="p1" name="password" required>
  <label for="p2">Повторите пароль</label><input type="password" id="p2" name="password2" required>
  <label for="t">Телефон (обязательно)</label><input type="tel" id="t" name="phone">
  <label for="org">Организация</label><input type="text" id="org" name="org" required>
  <label for="dol">Должность</label><input type="text" id="dol" name="position">
  <label for="iin">ИИН (для граждан Республики Казахстан)</label><input type="text" id="iin" name="iin">
  <label for="dr">Дата рождения</label><input type="date" id="dr" name="birth" required>
  <label for="kat">Категория участника</label>
  <select id="kat" name="category" required><option value="">—</option><option>Государственный орган</option>
  <option>Бизнес</option><option>НПО</option><option>Студент / аспирант</option><option>Иностранный участник</option></select>
  <p><img src="@img/kod.svg" alt="Код с картинки" width="120" height="40"></p>
  <label for="kod">Введите код с картинки</label><input type="text" id="kod" name="captcha_code" required>
  <div class="check"><input type="checkbox" id="sogl" name="consent" required><label for="sogl">Согласен на обработку персональных данных</label></div>
  <button type="submit">Создать личный кабинет</button>
</form>
<h2>Уже зарегистрированы?</h2>
<form action="@registraciya.html" method="post">
  <label for="le">E-mail</label><input type="email" id="le" name="login_email">
  <label for="lp">Пароль</label><input type="password" id="lp" name="login_password">
  <button type="submit">Войти в личный кабинет</button>
</form>
""")

s.page("stoimost.html", "Стоимость участия — Евразийский форум электронного правительства", f"""
<h1>Стоимость участия</h1>
<table>
  <caption>Регистрационный взнос</caption>
  <tr><th>Категория участника</th><th>Стоимость</th></tr>
  <tr><td>Представители бизнеса и международных организаций</td><td>45 000 ₸</td></tr>
  <tr><td>Иностранные участники (оплата в долларах)</td><td>150 USD</td></tr>
  <tr><td>Студенты и аспиранты</td><td>15 000 тенге</td></tr>
  <tr><td>Представители государственных органов</td><td>бесплатно</td></tr>
</table>
<p>{GOV_FREE} Взнос включает кофе-брейки, обед и материалы форума.</p>
<p>Оплата по счёту в тенге по курсу Национального банка на дату оплаты (ориентировочно 1 USD ≈ 470 ₸).</p>
""")

s.page("translyaciya.html", "Онлайн-трансляция — Евразийский форум электронного правительства", f"""
<h1>Онлайн-трансляция</h1>
<p>{STREAM}</p>
<p>Записи сессий будут опубликованы после форума.</p>
""")

s.page("molodezh.html", "Молодёжная секция — Евразийский форум электронного правительства", f"""
<h1>Молодёжная секция</h1>
<p>{YOUTH_AGE}: школьников старших классов, студентов и молодых специалистов.</p>
<p>{YOUTH_FREE}</p>
<p>Три лучших проекта получат гранты на развитие по 500 000 тенге.</p>
""")

s.page("programma.html", "Программа — Евразийский форум электронного правительства", """
<h1>Программа</h1>
<ul>
  <li>Государственные пошлины в цифровую эпоху: оплата без посредников</li>
  <li>Регистрация бизнеса онлайн за 15 минут</li>
  <li>Языки госуслуг: казахский, русский, английский</li>
  <li>Открытые данные и доверие граждан</li>
</ul>
""")

s.page("vystavka.html", "Выставка и спонсорам — Евразийский форум электронного правительства", """
<h1>Выставка и спонсорские пакеты</h1>
<ul>
  <li>Генеральный спонсор — 25 000 000 тенге</li>
  <li>Выставочный стенд 9 м² — 1 200 000 ₸</li>
  <li>Размещение логотипа на бейджах — 800 000 ₸</li>
</ul>
""")

s.page("gostinicy.html", "Гостиницы — Евразийский форум электронного правительства", """
<h1>Гостиницы и трансфер</h1>
<p>Для участников забронированы номера по специальной цене: от 28 000 тенге за ночь (гостиница «Есиль»).</p>
<p>Трансфер из аэропорта — 5 000 ₸; такси по городу — около 2 000 тг.</p>
""")

s.page("kz/index.html", "Еуразиялық электрондық үкімет форумы 2027", f"""
<h1>Еуразиялық электрондық үкімет форумы 2027</h1>
<p>{KZ}</p>
<p>Тіркелу үшін қатысушының жеке кабинетін ашыңыз. Мемлекеттік органдардың өкілдері үшін қатысу тегін.</p>
<p><a href="@registraciya.html">Тіркелу (орыс тілінде)</a></p>
""", lang="ru", header_lang="kk")

s.page("en/index.html", "Eurasian e-Government Forum 2027 — Astana", f"""
<h1>Eurasian e-Government Forum 2027</h1>
<p>22–23 April 2027, Astana. {EN}</p>
<p>Registration fee: KZT 45,000 (business and international organisations), USD 150 for foreign participants paying
in dollars, KZT 15,000 for students. Participation is free for government officials.</p>
<p>Registration requires a participant account: <a href="@registraciya.html">register (in Russian)</a>.</p>
""", lang="en", header_lang="en")

ENTRY = entry(
    s, name="Eurasian e-Government Forum 2027 (Central Asian e-governance conference)",
    languages=["ru", "kk", "en"], fees=[(45000, "KZT"), (15000, "KZT"), (150, "USD")], free_option=True,
    fee_support=True, remote_participation=False, captcha=["image"], account_required=True,
    registration_form=(14, 11, ["affiliation", "birth_date", "id_document", "phone"]), min_age=16,
    accessibility_statement=False, access_services=["interpretation"], videos_without_captions=0,
    participation_pages=["index.html", "registraciya.html", "stoimost.html", "translyaciya.html", "molodezh.html",
                         "kz/index.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", ABOUT_RU), Q("kz/index.html", KZ), M("kz/index.html", '<html lang="ru">',
                      "Kazakh page declared as Russian"), Q("en/index.html", EN)],
        "un_languages": [N("ru, en; kk is not a UN language")],
        "fees": [Q("stoimost.html", "Представители бизнеса и международных организаций 45 000 ₸"),
                 Q("stoimost.html", "Иностранные участники (оплата в долларах) 150 USD"),
                 Q("stoimost.html", "Студенты и аспиранты 15 000 тенге"),
                 Q("en/index.html", "Registration fee: KZT 45,000", "same fee in English"),
                 Q("stoimost.html", "1 USD ≈ 470 ₸", "exchange rate, not a fee"),
                 Q("molodezh.html", "гранты на развитие по 500 000 тенге", "grant/prize, not a fee"),
                 Q("vystavka.html", "Выставочный стенд 9 м² — 1 200 000 ₸", "exhibition, not a fee"),
                 Q("gostinicy.html", "от 28 000 тенге за ночь", "hotel, not a fee"),
                 Q("gostinicy.html", "Трансфер из аэропорта — 5 000 ₸", "transport, not a fee")],
        "free_option": [Q("stoimost.html", GOV_FREE), Q("molodezh.html", YOUTH_FREE)],
        "fee_support": [Q("molodezh.html", YOUTH_FREE), Q("stoimost.html", "Студенты и аспиранты 15 000 тенге",
                        "reduced student rate")],
        "remote_participation": [Q("translyaciya.html", STREAM, "watch-only stream: false")],
        "captcha": [M("registraciya.html", '<img src="img/kod.svg" alt="Код с картинки"'),
                    Q("registraciya.html", "Введите код с картинки")],
        "account_required": [Q("registraciya.html", ACCOUNT)],
        "registration_form": [M("registraciya.html", '<label for="t">Телефон (обязательно)</label><input type="tel" id="t" name="phone">'),
                              N("14 fields: фамилия, имя, отчество, e-mail, пароль, повтор пароля, телефон, организация, "
                                "должность, ИИН, дата рождения, категория, image-code box, consent. Required: all but "
                                "отчество, должность, ИИН = 11 (телефон by the '(обязательно)' marker). Sensitive: phone, "
                                "affiliation, id_document (ИИН), birth_date. The login form below is not counted.")],
        "registration_host": [N("own site")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("molodezh.html", YOUTH_AGE)],
        "accessibility_statement": [N("no accessibility provisions or access contact; interpretation alone is not a statement")],
        "access_services": [Q("index.html", INTERP)],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("programme in HTML; no PDF")],
    })
