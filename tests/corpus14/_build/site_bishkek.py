"""Bishkek: a youth association's Model United Nations conference (ru; a Kyrgyz section)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Главная"), ("komitety.html", "Комитеты"), ("uchastie.html", "Участие и взнос"),
       ("registratsiya.html", "Регистрация"), ("faq.html", "Вопросы"), ("prozhivanie.html", "Проживание"),
       ("partnery.html", "Партнёры")]
FOOT = ('<p>ОО «Молодёжная дипломатия», ул. Киевская 120 (вымышленный адрес), Бишкек, Кыргызстан — '
        '<a href="mailto:bimun@youthdiplomacy.example.kg">bimun@youthdiplomacy.example.kg</a></p>')
s = mk("model-oon-bishkek", "Бишкекская модель ООН 2027", "ru", "#3a5da8", "MUN", NAV, foot={"ru": FOOT},
       newsletter={"ru": ("Новости BiMUN на почту:", "Подписаться")})
placeholder_media(s, "media/bimun-2026.mp4")

s.page("index.html", "Бишкекская модель ООН 2027 (BiMUN)", f"""
<h1>Бишкекская модель ООН — BiMUN 2027</h1>
<p><strong>25–27 марта 2027 года, Университет «Чуйская долина», Бишкек</strong></p>
<p>Три дня школьники и студенты из всех областей Кыргызстана и соседних стран будут представлять государства в
шести комитетах, выступать с речами, договариваться в кулуарах и писать резолюции по правилам настоящей ООН.
Опыт участия не нужен: накануне открытия мы проводим для новичков тренинг по процедуре.</p>
<ul>
  <li><a href="komitety.html">Комитеты и темы 2027 года</a></li>
  <li><a href="uchastie.html">Кто может участвовать и сколько это стоит</a></li>
  <li><a href="registratsiya.html">Регистрация делегатов</a> — до 1 марта</li>
</ul>
<h2>Как это было в 2026 году</h2>
{video("media/bimun-2026.mp4")}
<section lang="ky">
  <h2>Кыргызча</h2>
  <p>Бишкек БУУ моделине кош келиңиз! Конференция 2027-жылдын 25–27-мартында өтөт. Катышуучулар — 14 жаштан
  25 жашка чейинки мектеп окуучулары жана студенттер. Комитеттердин иши орус жана англис тилдеринде жүрөт.
  Каттоо 1-мартка чейин сайттагы форма аркылуу жүргүзүлөт.</p>
</section>
""")

s.page("komitety.html", "Комитеты — BiMUN 2027", """
<h1>Комитеты и темы</h1>
<table>
  <tr><th>Комитет</th><th>Тема</th><th>Язык</th></tr>
  <tr><td>Генеральная Ассамблея</td><td>Водные ресурсы Центральной Азии</td><td>русский</td></tr>
  <tr><td>ЭКОСОС</td><td>Трудовая миграция и денежные переводы: 2,5 млрд долларов в год</td><td>русский</td></tr>
  <tr><td>ООН-Хабитат</td><td>Доступность городской среды для людей с инвалидностью</td><td>русский</td></tr>
  <tr><td>Совет Безопасности</td><td>Ситуация в Сахеле</td><td>английский</td></tr>
  <tr><td>ЮНИСЕФ</td><td>Право детей младше 14 лет на образование в кризисных регионах</td><td>английский</td></tr>
  <tr><td>Исторический комитет</td><td>Алма-Ата, 1991</td><td>русский</td></tr>
</table>
""")

s.page("uchastie.html", "Участие и взнос — BiMUN 2027", """
<h1>Участие и организационный взнос</h1>
<h2>Кто может участвовать</h2>
<p>Школьники 8–11 классов и студенты в возрасте от 14 до 25 лет. Участники младше 18 лет приносят на регистрацию
письменное согласие родителей.</p>
<h2>Взнос</h2>
<ul>
  <li>Делегатский взнос — 1 500 сомов.</li>
  <li>Для школьников — 800 KGS.</li>
</ul>
<p>Взнос покрывает материалы, обеды и кофе-брейки трёх дней и вечеринку закрытия. Взнос платят все делегаты,
включая членов секретариата; освобождений от взноса нет.</p>
<p>Конференция проходит только очно: онлайн-участие не предусмотрено.</p>
""")

s.page("registratsiya.html", "Регистрация — BiMUN 2027", """
<h1>Регистрация делегатов</h1>
<p>Поля с пометкой (обязательно) нужно заполнить. Распределение по странам придёт на почту до 10 марта.</p>
<form action="registratsiya.html" method="post">
  <label for="fio">ФИО (обязательно)</label>
  <input type="text" id="fio" name="fio">
  <label for="dr">Дата рождения (обязательно)</label>
  <input type="date" id="dr" name="dr">
  <label for="tel">Телефон (обязательно)</label>
  <input type="tel" id="tel" name="tel">
  <label for="em">E-mail (обязательно)</label>
  <input type="email" id="em" name="em">
  <label for="uz">Школа или вуз (обязательно)</label>
  <input type="text" id="uz" name="uz">
  <label for="gor">Город</label>
  <select id="gor" name="gor"><option>Бишкек</option><option>Ош</option><option>Каракол</option><option>Нарын</option><option>Джалал-Абад</option><option>другой</option></select>
  <fieldset>
    <legend>Участвовали ли вы в моделях ООН?</legend>
    <input type="radio" id="o1" name="opyt" value="net"> <label for="o1">нет</label>
    <input type="radio" id="o2" name="opyt" value="1-2"> <label for="o2">1–2 раза</label>
    <input type="radio" id="o3" name="opyt" value="3+"> <label for="o3">3 и более</label>
  </fieldset>
  <label for="kom">Желаемый комитет (обязательно)</label>
  <select id="kom" name="kom"><option>Генеральная Ассамблея</option><option>ЭКОСОС</option><option>ООН-Хабитат</option><option>Совет Безопасности</option><option>ЮНИСЕФ</option><option>Исторический комитет</option></select>
  <label for="mot">Почему вы хотите участвовать?</label>
  <textarea id="mot" name="mot" rows="4"></textarea>
  <div class="check"><input type="checkbox" id="sogl" name="sogl"> <label for="sogl">Мне меньше 18 лет, согласие родителей принесу на регистрацию</label></div>
  <div class="g-recaptcha" data-sitekey="6Lc-bimun-demo"></div>
  <button type="submit">Отправить заявку</button>
</form>
""")

s.page("faq.html", "Вопросы — BiMUN 2027", """
<h1>Частые вопросы</h1>
<details><summary>Можно ли участвовать онлайн?</summary><p>Нет, все заседания комитетов проходят в университете.</p></details>
<details><summary>Нужно ли хорошо знать английский?</summary><p>Только для Совета Безопасности и ЮНИСЕФ; остальные комитеты работают на русском.</p></details>
<details><summary>Что делать, если я из региона?</summary><p>Посмотрите страницу о <a href="prozhivanie.html">проживании</a>: у нас есть договорённость с хостелом.</p></details>
""")

s.page("prozhivanie.html", "Проживание — BiMUN 2027", """
<h1>Проживание и транспорт</h1>
<ul>
  <li>Хостел «Тянь-Шань» в 10 минутах от университета: 900 сомов за ночь в комнате на четверых.</li>
  <li>Маршрутки по Бишкеку — 20 сомов, такси по городу — от 150 сомов.</li>
  <li>Автобус Ош — Бишкек: около 1 200 сомов.</li>
</ul>
""")

s.page("partnery.html", "Партнёры — BiMUN 2027", """
<h1>Партнёры</h1>
<p>Генеральный партнёр — 50 000 сомов (логотип на бейджах и баннерах), партнёр комитета — 15 000 сомов.</p>
<p>Лучшая делегация получает грант 30 000 сомов на школьный проект.</p>
""")

ENTRY = entry(
    s, name="Bishkek Model United Nations 2027 (youth diplomacy association, Bishkek)",
    languages=["ru", "ky"],
    fees=[(1500, "KGS"), (800, "KGS")],
    free_option=False, fee_support=True, remote_participation=False,
    captcha=["recaptcha"], account_required=False,
    registration_form=(10, 6, ["birth_date", "phone", "affiliation"]),
    min_age=14, accessibility_statement=False, access_services=[],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "uchastie.html", "registratsiya.html", "faq.html"],
    evidence={
        "languages": [Q("index.html", "Три дня школьники и студенты из всех областей Кыргызстана"),
                      Q("index.html", "Бишкек БУУ моделине кош келиңиз!", "Kyrgyz (ky) section with lang=ky")],
        "un_languages": [N("ru")],
        "fees": [Q("uchastie.html", "Делегатский взнос — 1 500 сомов.", "сом on a Kyrgyz site: 1500 KGS"),
                 Q("uchastie.html", "Для школьников — 800 KGS.", "trailing code: 800 KGS"),
                 Q("prozhivanie.html", "900 сомов за ночь", "hostel, minibus, taxi, bus: not fees"),
                 Q("partnery.html", "Генеральный партнёр — 50 000 сомов", "sponsor, not a fee"),
                 Q("partnery.html", "грант 30 000 сомов на школьный проект", "prize, not a fee"),
                 Q("komitety.html", "2,5 млрд долларов в год", "committee topic, not a fee")],
        "free_option": [Q("uchastie.html", "Взнос платят все делегаты, включая членов секретариата; освобождений от взноса нет.")],
        "fee_support": [Q("uchastie.html", "Для школьников — 800 KGS.", "reduced rate for school students below 1500 KGS")],
        "remote_participation": [Q("uchastie.html", "Конференция проходит только очно: онлайн-участие не предусмотрено.")],
        "captcha": [M("registratsiya.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields: full name, birth date, phone, e-mail, school/university, city select, MUN "
                                "experience radio (=1), committee select, motivation textarea, parental-consent checkbox. "
                                "Required ((обязательно)): name, birth date, phone, e-mail, school, committee = 6. "
                                "Sensitive: birth_date, phone, affiliation (city and committee selects are not).",
                                "registratsiya.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("uchastie.html", "в возрасте от 14 до 25 лет", "14"),
                    Q("komitety.html", "Право детей младше 14 лет на образование", "committee topic, not a limit")],
        "accessibility_statement": [N("no accessibility provision or contact for access needs on the site"),
                                    Q("komitety.html", "Доступность городской среды для людей с инвалидностью",
                                      "committee topic, not a statement")],
        "access_services": [N("none stated")],
        "videos_without_captions": [M("index.html", 'src="media/bimun-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
