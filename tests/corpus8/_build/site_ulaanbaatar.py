"""Russian-language Eurasian digital cooperation forum in Ulaanbaatar (Mongolia). Russian, Mongolian page with
lang="ru", English page. Tugrik amounts with the ₮ sign and in words."""
from lib import mk, Q, M, N, entry

NAV = [("index.html", "Главная"), ("programma.html", "Программа"), ("uchastie.html", "Условия участия"),
       ("registratsiya.html", "Регистрация"), ("online.html", "Онлайн-участие"), ("razmeshchenie.html", "Проживание"),
       ("vystavka.html", "Выставка и партнёрство"), ("mn/index.html", "Монгол"), ("en/index.html", "English")]
s = mk("evraziyskiy-tsifrovoy-forum-ulan-bator", "Евразийский форум цифрового сотрудничества — Улан-Батор 2027", "ru",
       "#8a2be2", "ЕФЦ", NAV,
       langs={"ru": [("mn/index.html", "Монгол"), ("en/index.html", "English")]},
       foot={"ru": "<p>Оргкомитет форума · Улан-Батор, район Сухэ-Батор, ул. Сеулская 14 · forum@eurasia-ub.example.mn</p>"})

s.page("index.html", "Евразийский форум цифрового сотрудничества 2027 — Улан-Батор", """
<h1>Евразийский форум цифрового сотрудничества</h1>
<p class="lead">Улан-Батор, 17–18 июня 2027 года · Государственный дворец</p>
<p>Форум объединяет представителей министерств, регуляторов связи, операторов, ИТ-компаний, университетов и
гражданского общества Монголии, России, Казахстана, Кыргызстана и Китая. В центре внимания — трансграничные
каналы связи, электронное правительство и цифровые навыки в отдалённых районах.</p>
<p>Рабочие языки форума — русский, монгольский и английский; на пленарных заседаниях обеспечивается синхронный
перевод.</p>
<ul>
  <li><a href="@uchastie.html">Условия участия и оргвзнос</a></li>
  <li><a href="@registratsiya.html">Регистрация участников</a></li>
  <li><a href="@online.html">Онлайн-участие</a></li>
</ul>
<p>Средний возраст участников форума 2026 года — 34 года; более трети из них — женщины.</p>
""")

s.page("programma.html", "Программа — Евразийский форум цифрового сотрудничества", """
<h1>Программа форума</h1>
<p>Программа форума публикуется только в формате PDF: <a href="@docs/programma-forum-2027.pdf">скачать программу (PDF, 1,2 МБ)</a>.</p>
<p>Основные секции:</p>
<ul>
  <li>Доступность интернета в сельских и кочевых районах</li>
  <li>Языки и цифровые сервисы: кириллица, монгольская письменность, латиница</li>
  <li>Взносы операторов в фонд универсальной услуги</li>
</ul>
""")
s.pdf("docs/programma-forum-2027.pdf", "Eurasian Digital Cooperation Forum 2027\nProgramme\n17-18 June, Ulaanbaatar")

s.page("uchastie.html", "Условия участия — Евразийский форум цифрового сотрудничества", """
<h1>Условия участия</h1>
<h2>Организационный взнос</h2>
<ul>
  <li>Участники из Монголии — 350&nbsp;000&nbsp;₮</li>
  <li>Студенты и аспиранты — 50&nbsp;000 тугриков</li>
  <li>Зарубежные участники — 150 USD</li>
</ul>
<p>Взнос включает материалы форума, кофе-брейки и обед. Оплата — банковским переводом после подтверждения заявки.</p>
<p>Онлайн-участие бесплатное.</p>
<h2>Поддержка участников</h2>
<p>Молодым исследователям из аймаков Монголии оргкомитет компенсирует расходы на проезд до Улан-Батора и проживание
(до 20 мест). Заявки — на адрес grant@eurasia-ub.example.mn.</p>
""")

s.page("registratsiya.html", "Регистрация — Евразийский форум цифрового сотрудничества", """
<h1>Регистрация участников</h1>
<p>Поля, отмеченные звёздочкой (*), обязательны для заполнения.</p>
<form action="@registratsiya.html" method="post">
  <label for="fio">Фамилия, имя, отчество *</label><input type="text" id="fio" name="fio" required>
  <label for="org">Организация *</label><input type="text" id="org" name="org" required>
  <label for="dolzh">Должность</label><input type="text" id="dolzh" name="dolzhnost">
  <label for="strana">Страна *</label>
  <select id="strana" name="strana" required><option>Монголия</option><option>Россия</option><option>Казахстан</option>
    <option>Кыргызстан</option><option>Китай</option><option>Другая</option></select>
  <label for="email">Электронная почта *</label><input type="email" id="email" name="email" required>
  <label for="tel">Телефон *</label><input type="tel" id="tel" name="tel">
  <fieldset><legend>Формат участия *</legend>
    <input type="radio" id="f1" name="format" value="ochno"> <label for="f1">Очно</label>
    <input type="radio" id="f2" name="format" value="online-doklad"> <label for="f2">Онлайн с докладом</label>
    <input type="radio" id="f3" name="format" value="online"> <label for="f3">Онлайн без доклада</label>
  </fieldset>
  <label for="sekciya">Секция</label>
  <select id="sekciya" name="sekciya"><option>Доступность интернета</option><option>Языки и цифровые сервисы</option><option>Электронное правительство</option></select>
  <label for="tema">Тема доклада</label><textarea id="tema" name="tema"></textarea>
  <div class="captcha"><img src="@img/kod.svg" alt="Код на картинке" width="120" height="40">
    <label for="kod">Введите код с картинки *</label><input type="text" id="kod" name="kod" required></div>
  <div class="check"><input type="checkbox" id="pd" name="pd" required> <label for="pd">Согласен на обработку персональных данных *</label></div>
  <button type="submit">Отправить заявку</button>
</form>
""")
s.write("img/kod.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#eee"/>'
        '<text x="12" y="28" font-family="monospace" font-size="22" transform="rotate(-4 60 20)">7Ж4Q9</text>'
        '<line x1="0" y1="12" x2="120" y2="30" stroke="#999"/></svg>\n')

s.page("online.html", "Онлайн-участие — Евразийский форум цифрового сотрудничества", """
<h1>Онлайн-участие</h1>
<p>Все секции транслируются на платформе форума. Онлайн-докладчики выступают по видеосвязи и отвечают на вопросы
зала; слушатели онлайн задают вопросы в чате секции.</p>
<p>Для онлайн-участия выберите соответствующий формат в <a href="@registratsiya.html">регистрационной форме</a>.</p>
""")

s.page("razmeshchenie.html", "Проживание — Евразийский форум цифрового сотрудничества", """
<h1>Проживание и трансфер</h1>
<ul>
  <li>Гостиница «Чингис» — от 180&nbsp;000&nbsp;₮ за ночь</li>
  <li>Трансфер из аэропорта Чингисхаан — 25 USD в одну сторону</li>
</ul>
<p>Курс: 1 USD ≈ 3&nbsp;450&nbsp;₮. Гражданам России и Казахстана виза для поездки до 30 дней не требуется.</p>
""")

s.page("vystavka.html", "Выставка и партнёрство — Евразийский форум цифрового сотрудничества", """
<h1>Выставка и партнёрство</h1>
<ul>
  <li>Генеральный партнёр — 15&nbsp;000 USD</li>
  <li>Выставочный стенд 6 м² — 2&nbsp;500 USD</li>
  <li>Стенд для монгольских стартапов — 1&nbsp;200&nbsp;000&nbsp;₮</li>
</ul>
""")

s.page("mn/index.html", "Евразийн дижитал хамтын ажиллагааны форум 2027", """
<h1>Евразийн дижитал хамтын ажиллагааны форум</h1>
<p>Форум 2027 оны 6-р сарын 17-18-нд Улаанбаатар хотноо, Төрийн ордонд болно. Монгол, Орос, Казахстан, Киргиз,
Хятад улсын төрийн байгууллага, харилцаа холбооны зохицуулагч, хувийн хэвшил, их сургууль, иргэний нийгмийн
байгууллагын төлөөлөгчид оролцоно.</p>
<p>Монголын оролцогчдын бүртгэлийн хураамж 350 000 төгрөг, оюутнуудад 50 000 төгрөг. Цахимаар оролцох нь үнэгүй.
Аймгуудаас ирэх залуу судлаачдын замын зардлыг зохион байгуулагчид хариуцна.</p>
<p>Бүртгүүлэхдээ <a href="@registratsiya.html">бүртгэлийн маягтыг</a> бөглөнө үү.</p>
""")

s.page("en/index.html", "Eurasian Digital Cooperation Forum 2027 — Ulaanbaatar", """
<h1>Eurasian Digital Cooperation Forum</h1>
<p>Ulaanbaatar, 17–18 June 2027, State Palace.</p>
<p>The Forum brings together ministries, telecom regulators, operators, IT companies, universities and civil
society from Mongolia, Russia, Kazakhstan, Kyrgyzstan and China to discuss cross-border connectivity,
e-government and digital skills in remote areas.</p>
<p>Registration fee: MNT 350,000 for participants from Mongolia, MNT 50,000 for students, USD 150 for
participants from abroad. Online participation is free of charge, and online speakers present by video link.</p>
<p>The registration form is in Russian: <a href="@registratsiya.html">registration</a>.</p>
""", lang="en")

ENTRY = entry(
    s, name="Евразийский форум цифрового сотрудничества 2027 (Russian-language Eurasian digital forum, Ulaanbaatar)",
    languages=["ru", "mn", "en"],
    fees=[(350000, "MNT"), (50000, "MNT"), (150, "USD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["image"],
    account_required=False, registration_form=(11, 8, ["affiliation", "phone"]), registration_host=None,
    min_age=None, accessibility_statement=False, access_services=["interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "uchastie.html", "registratsiya.html", "online.html", "programma.html",
                         "mn/index.html", "en/index.html"],
    evidence={
        "languages": [
            Q("index.html", "Форум объединяет представителей министерств, регуляторов связи, операторов, ИТ-компаний, университетов"),
            Q("mn/index.html", "Монгол, Орос, Казахстан, Киргиз, Хятад улсын төрийн байгууллага, харилцаа холбооны зохицуулагч"),
            M("mn/index.html", '<html lang="ru">', "whole Mongolian page declared as Russian"),
            Q("en/index.html", "The Forum brings together ministries, telecom regulators, operators, IT companies, universities and civil society"),
        ],
        "un_languages": [N("ru, en (mn is not a UN language)")],
        "fees": [
            Q("uchastie.html", "Участники из Монголии — 350 000 ₮"),
            Q("uchastie.html", "Студенты и аспиранты — 50 000 тугриков"),
            Q("uchastie.html", "Зарубежные участники — 150 USD"),
            Q("en/index.html", "Registration fee: MNT 350,000 for participants from Mongolia, MNT 50,000 for students, USD 150 for participants from abroad."),
            Q("razmeshchenie.html", "Гостиница «Чингис» — от 180 000 ₮ за ночь", "hotel, not a fee"),
            Q("razmeshchenie.html", "Трансфер из аэропорта Чингисхаан — 25 USD в одну сторону", "transport, not a fee"),
            Q("razmeshchenie.html", "Курс: 1 USD ≈ 3 450 ₮.", "exchange rate, not a fee"),
            Q("vystavka.html", "Выставочный стенд 6 м² — 2 500 USD", "exhibition, not a fee"),
            Q("vystavka.html", "Стенд для монгольских стартапов — 1 200 000 ₮", "exhibition, not a fee"),
            Q("programma.html", "Взносы операторов в фонд универсальной услуги", "section title ('contributions'), not a fee"),
        ],
        "free_option": [Q("uchastie.html", "Онлайн-участие бесплатное."),
                        Q("en/index.html", "Online participation is free of charge")],
        "fee_support": [
            Q("uchastie.html", "Молодым исследователям из аймаков Монголии оргкомитет компенсирует расходы на проезд до Улан-Батора и проживание"),
            Q("uchastie.html", "Студенты и аспиранты — 50 000 тугриков", "reduced student rate"),
        ],
        "remote_participation": [
            Q("online.html", "Онлайн-докладчики выступают по видеосвязи и отвечают на вопросы зала; слушатели онлайн задают вопросы в чате секции."),
        ],
        "captcha": [M("registratsiya.html", '<img src="img/kod.svg" alt="Код на картинке"', "self-hosted image code")],
        "account_required": [N("no account; the application form is sent directly")],
        "registration_form": [
            M("registratsiya.html", '<label for="tel">Телефон *</label><input type="tel" id="tel" name="tel">'),
            N("11 fields: ФИО, организация, должность, страна, e-mail, телефон, формат (radio group = 1), секция, тема "
              "(textarea), image-code text box, consent checkbox. Required: ФИО, организация, страна, e-mail, телефон ('*' "
              "only), формат (legend '*'), code, consent = 8. Sensitive: affiliation (организация), phone."),
        ],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("index.html", "Средний возраст участников форума 2026 года — 34 года", "attendee statistics, not a limit: null")],
        "accessibility_statement": [N("no accessibility provisions or contact for access needs; interpretation alone is not one")],
        "access_services": [Q("index.html", "на пленарных заседаниях обеспечивается синхронный перевод.")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programma.html", "Программа форума публикуется только в формате PDF")],
    })
