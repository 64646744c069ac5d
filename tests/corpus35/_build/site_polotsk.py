from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
S = "lager-yunykh-arkheologov-polotsk"
NAV = [("index.html", "О лагере"), ("stoimost.html", "Стоимость"), ("zayavka.html", "Заявка"), ("voprosy.html", "Вопросы"),
       ("dostupnost.html", "Здоровье и доступность"), ("suveniry.html", "Сувениры"), ("doroga.html", "Дорога"), ("novosti.html", "Новости")]
s = mk(S, "Лагерь юных археологов «Полоцкий раскоп»", "ru-BY", "#6b4a1d", "ЛЮА", NAV,
       foot={"ru-BY": '<p>Общественное объединение «Друзья древнего Полоцка», ул. Нижне-Покровская, Полоцк — lager@drevniy-polotsk.example.by</p>'})
placeholder_media(s, "media/raskop.mp4")
s.pdf("docs/polozhenie-lagerya.pdf", "Polozhenie o lagere yunykh arkheologov 2027\nRules of the camp")
s.page("index.html", "Лагерь юных археологов 2027", """
<h1>Лагерь юных археологов «Полоцкий раскоп» — 2027</h1>
<p>Две недели школьники работают на настоящем раскопе у Софийского собора вместе с археологами: расчищают слои, промывают находки, ведут полевой дневник. Вечером — лекции, костёр и экскурсии по городу.</p>
<ul>
<li><a href="@stoimost.html">Стоимость и льготы</a></li>
<li><a href="@zayavka.html">Заявка на участие</a></li>
<li><a href="@voprosy.html">Частые вопросы</a></li>
<li><a href="@dostupnost.html">Здоровье и доступность</a></li>
</ul>
<p>Положение о лагере публикуется только в формате PDF: <a href="@docs/polozhenie-lagerya.pdf">положение (PDF)</a>.</p>
""" + video("media/raskop.mp4") + """
<section lang="be">
<h2>Па-беларуску</h2>
<p>Лагер юных археолагаў праходзіць на раскопе каля Сафійскага сабора. Школьнікі два тыдні працуюць разам з археолагамі і вучацца весці палявы дзённік.</p>
<p>Удзел каштуе 350 руб., для студэнтаў-валанцёраў — 180 руб. Для выхаванцаў школ-інтэрнатаў Полацкага раёна ўдзел бясплатны.</p>
</section>
""")
s.page("stoimost.html", "Стоимость", """
<h1>Стоимость и льготы</h1>
<table>
<tr><th>Что входит</th><th>Цена</th></tr>
<tr><td>Участие в смене (14 дней, питание и палатки)</td><td>350 руб.</td></tr>
<tr><td>Студенты-волонтёры исторических факультетов</td><td>180 руб.</td></tr>
<tr><td>Экскурсия лагеря в Витебск (по желанию)</td><td>60 руб.</td></tr>
</table>
<p>Для воспитанников школ-интернатов Полоцкого района участие бесплатное.</p>
""")
s.page("zayavka.html", "Заявка", """
<h1>Заявка на участие</h1>
<p>В лагерь принимаются школьники от 14 до 17 лет. Заявку заполняет родитель или законный представитель. Капча на этой форме не используется.</p>
<form action="@zayavka.html" method="post">
""" + fld("fio", "ФИО участника (заполнить обязательно)") + fld("dr", "Дата рождения участника (заполнить обязательно)", "date") +
fld("dokument", "Номер свидетельства о рождении или паспорта участника (заполнить обязательно)") + fld("shkola", "Школа") +
fld("roditel", "ФИО родителя (заполнить обязательно)") + fld("tel", "Телефон родителя (заполнить обязательно)", "tel") +
fld("pochta", "Электронная почта родителя", "email") + fld("smena", "Смена", "select", opts=["Июльская", "Августовская"]) +
radios("futbolka", "Размер футболки", ["S", "M", "L"]) + fld("med", "Медицинские особенности", "textarea") +
fld("soglasie", "Согласие родителя на участие", "checkbox", req=True) + """
<button type="submit">Отправить заявку</button>
</form>
""")
s.page("voprosy.html", "Вопросы", """
<h1>Частые вопросы</h1>
<details open><summary>Можно ли участвовать дистанционно?</summary><p>Нет, лагерь проходит только очно: вся работа — на раскопе.</p></details>
<details open><summary>Что взять с собой?</summary><p>Спальник, резиновые сапоги, головной убор.</p></details>
""")
s.page("dostupnost.html", "Здоровье и доступность", """
<h1>Здоровье и доступность</h1>
<p>Лагерь палаточный, на раскопе нет дорожек, поэтому он не приспособлен для инвалидных колясок.</p>
<p>О хронических заболеваниях, аллергиях и других особенностях ребёнка сообщите врачу смены заранее: vrach@drevniy-polotsk.example.by.</p>
""")
s.page("suveniry.html", "Сувениры", """
<h1>Сувениры</h1>
<p>Кружка с эмблемой лагеря — 15 руб., копия печати Полоцкого княжества — 25 руб.</p>
""")
s.page("doroga.html", "Дорога", """
<h1>Как добраться</h1>
<p>Автобус Минск — Полоцк: около 25 руб.</p>
<p>Из Белостока: автобус около 90 zł. Из Смоленска: поезд около 2 500 российских рублей.</p>
""")
s.page("novosti.html", "Новости", """
<h1>Новости</h1>
<p>В прошлом сезоне участники нашли свинцовую печать XII века.</p>
<p><a href="@nakhodki-2026.html">Находки 2026 года</a></p>
""")
ENTRY = entry(s, name="Young archaeologists' camp 2027 (friends of ancient Polotsk association, Belarus)",
    languages=["ru", "be"], fees=[(350, "BYN"), (180, "BYN"), (60, "BYN")], free_option=True, fee_support=True,
    remote_participation=False, captcha=[], account_required=False,
    registration_form=(11, 6, ["birth_date", "id_document", "affiliation", "phone"]), min_age=14,
    accessibility_statement=True, access_services=[], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "stoimost.html", "zayavka.html", "voprosy.html", "dostupnost.html"],
    deliberate_404=["nakhodki-2026.html"],
    evidence={
        "languages": [Q("index.html", "Две недели школьники работают на настоящем раскопе"),
                      M("index.html", '<section lang="be">', "Belarusian section, two paragraphs"),
                      Q("index.html", "Лагер юных археолагаў праходзіць на раскопе каля Сафійскага сабора.")],
        "un_languages": [N("ru")],
        "fees": [Q("stoimost.html", "Участие в смене (14 дней, питание и палатки) 350 руб.", "350 BYN"),
                 Q("stoimost.html", "Студенты-волонтёры исторических факультетов 180 руб.", "180 BYN"),
                 Q("stoimost.html", "Экскурсия лагеря в Витебск (по желанию) 60 руб.", "60 BYN excursion of the camp itself"),
                 Q("index.html", "Удзел каштуе 350 руб.", "Belarusian restatement: no new entry"),
                 Q("suveniry.html", "Кружка с эмблемой лагеря — 15 руб.", "souvenirs: not fees"),
                 Q("doroga.html", "около 90 zł", "PLN bus, RUB train, BYN bus: not fees")],
        "free_option": [Q("stoimost.html", "Для воспитанников школ-интернатов Полоцкого района участие бесплатное.")],
        "fee_support": [Q("stoimost.html", "Студенты-волонтёры исторических факультетов 180 руб.", "reduced rate below 350; free group")],
        "remote_participation": [Q("voprosy.html", "Нет, лагерь проходит только очно", "FAQ")],
        "captcha": [Q("zayavka.html", "Капча на этой форме не используется.", "no CAPTCHA markup")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields: participant name, birth date, birth certificate/passport, school, parent name, parent phone, e-mail, shift select, T-shirt radio, medical textarea, consent checkbox; required: 5 marked (заполнить обязательно) + consent (required attr) = 6", "zayavka.html"),
                              Q("zayavka.html", "Номер свидетельства о рождении или паспорта участника (заполнить обязательно)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("zayavka.html", "В лагерь принимаются школьники от 14 до 17 лет.")],
        "accessibility_statement": [Q("dostupnost.html", "сообщите врачу смены заранее", "contact for health needs")],
        "access_services": [Q("dostupnost.html", "он не приспособлен для инвалидных колясок", "no wheelchair_access")],
        "videos_without_captions": [M("index.html", 'src="media/raskop.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "Положение о лагере публикуется только в формате PDF")],
    })
