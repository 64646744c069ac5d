from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
NAV = [("index.html", "Главная"), ("stoimost.html", "Стоимость"), ("zayavka.html", "Заявка"), ("voprosy.html", "Вопросы"),
       ("dostupnost.html", "Доступность"), ("sponsory.html", "Спонсоры"), ("prozhivanie.html", "Проживание"), ("magazin.html", "Оборудование")]
s = mk("letnyaya-shkola-uchiteley-informatiki-karakol", "Летняя школа сельских учителей информатики — Каракол", "ru-KG", "#1f5f99", "ИКТ", NAV,
       foot={"ru-KG": "<p>Общественное объединение «Цифровой аил» (вымышленное), ул. Абдрахманова 130, Каракол. <a href=\"mailto:school@sanarip-ail.example.kg\">school@sanarip-ail.example.kg</a></p>"})
placeholder_media(s, "media/shkola-2026.mp4")
s.page("index.html", "Летняя школа учителей информатики 2027", """
<h1>Летняя школа учителей информатики 2027</h1>
<p>Пять дней для учителей информатики сельских школ Иссык-Кульской, Нарынской и Таласской областей: программирование на Python, школьные сети без интернета, робототехника из доступных деталей. С 19 по 23 июля 2027 года в Каракольском педагогическом колледже.</p>
""" + video("media/shkola-2026.mp4") + """
<p><a href="@stoimost.html">Стоимость</a> · <a href="@zayavka.html">Подать заявку</a> · <a href="@itogi-2026.html">Итоги школы 2026</a></p>
<section>
<h2>Кыргызча</h2>
<p>Бул жайкы мектеп айылдык мектептердин информатика мугалимдери үчүн. Беш күн ичинде Python тилинде программалоону, интернетсиз мектеп тармактарын жана робототехниканы үйрөнөбүз.</p>
<p>Катышуу акысы 4 500 сом, студенттер үчүн 2 000 сом, онлайн катышуу 1 500 сом.</p>
</section>
""")
s.page("stoimost.html", "Стоимость", """
<h1>Стоимость участия</h1>
<ul>
<li>Очное участие: 4 500 сом</li>
<li>Студенты педагогических вузов: 2 000 сом</li>
<li>Онлайн-участие (Zoom, с вопросами преподавателям в прямом эфире): 1 500 сом</li>
</ul>
<p>Бесплатного участия нет.</p>
""")
s.page("zayavka.html", "Заявка", """
<h1>Заявка на участие</h1>
<form action="@zayavka.html" method="post">
""" + fld("fio", "ФИО (обязательно)") + fld("pin", "ПИН — персональный идентификационный номер (обязательно)") + fld("dr", "Дата рождения (обязательно)", "date")
  + fld("tel", "Телефон (обязательно)", "tel") + fld("em", "Email (обязательно)", "email") + fld("sch", "Школа (обязательно)")
  + fld("obl", "Область", "select", opts=["Иссык-Кульская", "Нарынская", "Таласская", "Чуйская"])
  + radios("fmt", "Формат участия (обязательно)", ["Очно", "Онлайн", "Студент"])
  + fld("stazh", "Стаж преподавания", "select", opts=["до 3 лет", "3–10 лет", "более 10 лет"])
  + fld("nb", "Привезу свой ноутбук", "checkbox") + fld("soglasie", "Согласен на обработку данных", "checkbox", req=True) + """
<altcha-widget name="altcha"></altcha-widget>
<button type="submit">Отправить заявку</button>
</form>
<p>Участники — не моложе 18 лет.</p>
""")
s.page("voprosy.html", "Вопросы", """
<h1>Частые вопросы</h1>
<details open><summary>Можно ли участвовать из Нарына, не приезжая?</summary><p>Да, онлайн-участники подключаются через Zoom и задают вопросы преподавателям в прямом эфире.</p></details>
<details open><summary>Нужна ли регистрация на сайте?</summary><p>Нет, достаточно заявки.</p></details>
""")
s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Компьютерный класс находится на третьем этаже, лифта нет.</p>
<p>Если вам нужна помощь, напишите координатору Айгерим Токтогуловой: <a href="mailto:help@sanarip-ail.example.kg">help@sanarip-ail.example.kg</a> — часть занятий можно перенести в аудиторию на первом этаже.</p>
""")
s.page("sponsory.html", "Спонсоры", """
<h1>Спонсоры</h1>
<p>Пакет генерального спонсора: 250 000 сом.</p>
""")
s.page("prozhivanie.html", "Проживание", """
<h1>Проживание</h1>
<p>Гостевой дом «Ала-Тоо»: 1 800 сом за ночь. Маршрутка Бишкек–Каракол: 600 сом.</p>
""")
s.page("magazin.html", "Оборудование", """
<h1>Оборудование для школ</h1>
<p>Набор для робототехники: 7 900 сом. Ноутбук для класса: 38 000 сом.</p>
""")
ENTRY = entry(s, name="Summer school for rural computer-science teachers 2027 (digital village association, Karakol, Kyrgyzstan)",
    languages=["ru", "ky"], fees=[(4500, "KGS"), (2000, "KGS"), (1500, "KGS")], free_option=False, fee_support=True,
    remote_participation=True, captcha=["other"], account_required=False,
    registration_form=(11, 8, ["id_document", "birth_date", "phone", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=[], videos_without_captions=1,
    participation_pages=["index.html", "stoimost.html", "zayavka.html", "voprosy.html", "dostupnost.html"],
    deliberate_404=["itogi-2026.html"],
    evidence={
        "languages": [Q("index.html", "Пять дней для учителей информатики сельских школ"),
                      Q("index.html", "Бул жайкы мектеп айылдык мектептердин информатика мугалимдери үчүн.", "Kyrgyz section without lang")],
        "un_languages": [N("ru")],
        "fees": [Q("stoimost.html", "Очное участие: 4 500 сом"), Q("stoimost.html", "Студенты педагогических вузов: 2 000 сом"),
                 Q("stoimost.html", "Онлайн-участие (Zoom, с вопросами преподавателям в прямом эфире): 1 500 сом"),
                 Q("index.html", "Катышуу акысы 4 500 сом, студенттер үчүн 2 000 сом, онлайн катышуу 1 500 сом.", "Kyrgyz restatement: no new entry"),
                 Q("sponsory.html", "Пакет генерального спонсора: 250 000 сом.", "sponsor: not a fee"),
                 Q("prozhivanie.html", "Гостевой дом «Ала-Тоо»: 1 800 сом за ночь.", "guest house, marshrutka: not fees"),
                 Q("magazin.html", "Ноутбук для класса: 38 000 сом.", "goods: not fees")],
        "free_option": [Q("stoimost.html", "Бесплатного участия нет.")],
        "fee_support": [Q("stoimost.html", "Студенты педагогических вузов: 2 000 сом", "student rate")],
        "remote_participation": [Q("voprosy.html", "Да, онлайн-участники подключаются через Zoom и задают вопросы преподавателям в прямом эфире.")],
        "captcha": [M("zayavka.html", '<altcha-widget name="altcha">', "ALTCHA: other")],
        "account_required": [Q("voprosy.html", "Нет, достаточно заявки.")],
        "registration_form": [N("11 fields (name, PIN, birth date, phone, e-mail, school, oblast select, format radio, experience select, laptop checkbox, consent checkbox); required: 7 marked (обязательно) + consent = 8", "zayavka.html"),
                              Q("zayavka.html", "ПИН — персональный идентификационный номер (обязательно)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("zayavka.html", "Участники — не моложе 18 лет.")],
        "accessibility_statement": [Q("dostupnost.html", "Если вам нужна помощь, напишите координатору", "contact for access needs beside no lift")],
        "access_services": [Q("dostupnost.html", "Компьютерный класс находится на третьем этаже, лифта нет.", "no wheelchair_access; no other service")],
        "videos_without_captions": [M("index.html", 'src="media/shkola-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
