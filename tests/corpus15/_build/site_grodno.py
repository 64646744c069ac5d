"""Scientific-practical conference of a (fictional) regional library association, Grodno (ru-BY; Belarusian page declared ru)."""
from lib import mk, Q, M, N, entry

NAV = [("index.html", "Главная"), ("vznos.html", "Оргвзнос"), ("uchastie.html", "Участие и заявка"),
       ("dostupnost.html", "Доступность"), ("sekcii.html", "Секции"), ("izdaniya.html", "Издания"),
       ("gostinica.html", "Проживание"), ("by/index.html", "Беларуская мова")]
NAV_BE = [("by/index.html", "Галоўная"), ("index.html", "Па-руску"), ("uchastie.html", "Заяўка (па-руску)")]
s = mk("konferenciya-biblioteka-mestnoe-soobshchestvo-grodno", "Библиотека и местное сообщество – 2027", "ru-BY", "#4a148c",
       "БМС", NAV,
       foot={"ru-BY": '<p>Гродненская областная библиотечная ассоциация (вымышленная) · г. Гродно · '
                      '<a href="mailto:conf@example.by">conf@example.by</a></p>'})
s.pdf("files/programma-2027.pdf", "Programma konferencii Biblioteka i mestnoe soobshchestvo 2027\n20 maya: plenarnoe zasedanie\n21 maya: sekcii")

s.page("index.html", "Библиотека и местное сообщество – 2027", """
<h1>Научно-практическая конференция «Библиотека и местное сообщество»</h1>
<p>20–21 мая 2027 года, г. Гродно, областная научная библиотека. Конференция собирает сотрудников публичных, школьных и
вузовских библиотек, краеведов и преподавателей для обсуждения работы библиотек с местными жителями.</p>
<ul>
  <li><a href="@vznos.html">Организационный взнос</a></li>
  <li><a href="@uchastie.html">Формы участия и заявка</a></li>
  <li><a href="@dostupnost.html">Доступность</a></li>
  <li><a href="@files/programma-2027.pdf">Программа конференции (PDF, 2 КБ)</a></li>
  <li><a href="@by/index.html" hreflang="be">Па-беларуску</a></li>
</ul>
<p>Программа публикуется только в формате PDF.</p>
""", alternates=[("ru", "index.html"), ("be", "by/index.html")])

s.page("vznos.html", "Организационный взнос", """
<h1>Организационный взнос</h1>
<ul>
  <li>Организационный взнос — 60 руб.</li>
  <li>Для студентов и магистрантов — 30 руб.</li>
  <li>Для участников из Российской Федерации — 2 000 российских рублей</li>
  <li>Заочное участие (публикация материалов без выступления) — 25 BYN</li>
</ul>
<p>Освобождение от оргвзноса не предусмотрено.</p>
""")

s.page("uchastie.html", "Участие и заявка", """
<h1>Формы участия и заявка</h1>
<p>Очное участие — доклад на секции (до 15 минут). Для участников, которые не могут приехать, работает онлайн-секция
в Яндекс Телемосте: доклад до 10 минут и ответы на вопросы зала.</p>
<p>Поля, отмеченные *, обязательны.</p>
<form action="@uchastie.html" method="post">
  <label for="fio">Фамилия, имя, отчество *</label><input type="text" id="fio" name="fio">
  <label for="mail">E-mail *</label><input type="email" id="mail" name="mail">
  <label for="tel">Телефон *</label><input type="tel" id="tel" name="tel">
  <label for="rab">Место работы (библиотека, учреждение) *</label><input type="text" id="rab" name="rab">
  <label for="dol">Должность</label><input type="text" id="dol" name="dol">
  <label for="step">Учёная степень</label><select id="step" name="step"><option>нет</option><option>кандидат наук</option><option>доктор наук</option></select>
  <fieldset><legend>Форма участия *</legend>
    <input type="radio" id="f1" name="forma" value="och"><label for="f1">очная</label>
    <input type="radio" id="f2" name="forma" value="online"><label for="f2">онлайн-секция</label>
    <input type="radio" id="f3" name="forma" value="zaoch"><label for="f3">заочная</label>
  </fieldset>
  <label for="sek">Секция</label><select id="sek" name="sek"><option>Краеведение</option><option>Детское чтение</option><option>Цифровые сервисы</option></select>
  <label for="tez">Тезисы доклада (файл) *</label><input type="file" id="tez" name="tez">
  <div class="check"><input type="checkbox" id="hot" name="hot"><label for="hot">Нужна гостиница</label></div>
  <div class="smart-captcha" data-sitekey="ysc1_FakeCorpusKeyGrodno2027"></div>
  <button type="submit">Отправить заявку</button>
</form>
""")

s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Конференц-зал находится на первом этаже, у входа есть пандус, лифт ведёт к секционным залам.</p>
<p>Сурдоперевод не предусмотрен.</p>
<p>По вопросам доступности обращайтесь к Ольге Ивановне Соколовской: access@example.by, +375 152 00-00-00.</p>
""")

s.page("sekcii.html", "Секции", """
<h1>Секции</h1>
<ul>
  <li>Регистрация читателей и персональные данные</li>
  <li>Чтение подростков 12–15 лет</li>
  <li>Язык краеведческих изданий: белорусский и русский</li>
  <li>Доступная среда в сельских библиотеках</li>
</ul>
""")

s.page("izdaniya.html", "Издания", """
<h1>Издания</h1>
<p>Сборник материалов прошлой конференции можно приобрести в библиотеке: 18 руб. за экземпляр.</p>
<p>Вакансия: библиограф, оклад 1 450 руб.</p>
""")

s.page("gostinica.html", "Проживание", """
<h1>Проживание и проезд</h1>
<p>Гостиница «Неман» — от 95 руб. за ночь. Проезд в городском автобусе — 0,90 руб. Поезд Минск — Гродно — от 20 руб.</p>
""")

s.page("by/index.html", "Бібліятэка і мясцовая супольнасць – 2027", """
<h1>Навукова-практычная канферэнцыя «Бібліятэка і мясцовая супольнасць»</h1>
<p>Канферэнцыя пройдзе 20–21 мая 2027 года ў Гродне, у абласной навуковай бібліятэцы. Мы запрашаем супрацоўнікаў
публічных, школьных і ўніверсітэцкіх бібліятэк, краязнаўцаў і выкладчыкаў.</p>
<p>Арганізацыйны ўзнос — 60 руб., для студэнтаў і магістрантаў — 30 руб. Вызваленне ад узносу не прадугледжана.
Для тых, хто не можа прыехаць, працуе анлайн-секцыя з адказамі на пытанні залы.</p>
<p>Заяўку можна падаць на рускай мове.</p>
""", alternates=[("ru", "index.html"), ("be", "by/index.html")])

ENTRY = entry(
    s, name="Library and Local Community conference 2027 (fictional regional library association, Grodno)",
    languages=["ru", "be"], fees=[(60, "BYN"), (30, "BYN"), (2000, "RUB"), (25, "BYN")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["other"],
    account_required=False, registration_form=(10, 6, ["phone", "affiliation"]),
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "vznos.html", "uchastie.html", "dostupnost.html", "by/index.html"],
    evidence={
        "languages": [Q("index.html", "Конференция собирает сотрудников публичных, школьных и вузовских библиотек"),
                      Q("by/index.html", "Мы запрашаем супрацоўнікаў публічных, школьных і ўніверсітэцкіх бібліятэк",
                        "whole Belarusian page"),
                      M("by/index.html", '<html lang="ru-BY">', "Belarusian page declared ru-BY")],
        "un_languages": [N("ru")],
        "fees": [Q("vznos.html", "Организационный взнос — 60 руб.", "'руб.' on a Belarusian site: 60 BYN"),
                 Q("vznos.html", "Для студентов и магистрантов — 30 руб.", "30 BYN"),
                 Q("vznos.html", "Для участников из Российской Федерации — 2 000 российских рублей", "2000 RUB"),
                 Q("vznos.html", "Заочное участие (публикация материалов без выступления) — 25 BYN", "paid absentee participation: a fee"),
                 Q("by/index.html", "Арганізацыйны ўзнос — 60 руб., для студэнтаў і магістрантаў — 30 руб.", "restated: no new entries"),
                 Q("izdaniya.html", "18 руб. за экземпляр", "proceedings volume, salary: not fees"),
                 Q("gostinica.html", "Гостиница «Неман» — от 95 руб. за ночь.", "hotel, bus, train: not fees")],
        "free_option": [Q("vznos.html", "Освобождение от оргвзноса не предусмотрено.")],
        "fee_support": [Q("vznos.html", "Для студентов и магистрантов — 30 руб.", "student rate")],
        "remote_participation": [Q("uchastie.html", "работает онлайн-секция в Яндекс Телемосте: доклад до 10 минут и ответы на вопросы зала")],
        "captcha": [M("uchastie.html", '<div class="smart-captcha"', "Yandex SmartCaptcha: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields: ФИО, e-mail, phone, workplace, position, degree select, form radio (=1), section "
                                "select, abstract file, hotel checkbox. Required (*): ФИО, e-mail, phone, workplace, form, "
                                "abstract = 6. Sensitive: phone, affiliation (library).", "uchastie.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit"), Q("sekcii.html", "Чтение подростков 12–15 лет", "section title, not a limit")],
        "accessibility_statement": [Q("dostupnost.html", "По вопросам доступности обращайтесь к Ольге Ивановне Соколовской")],
        "access_services": [Q("dostupnost.html", "у входа есть пандус, лифт ведёт к секционным залам"),
                            Q("dostupnost.html", "Сурдоперевод не предусмотрен.", "no sign language (negation)"),
                            Q("sekcii.html", "Доступная среда в сельских библиотеках", "section title, not a service")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [M("index.html", 'href="files/programma-2027.pdf"'),
                               Q("index.html", "Программа публикуется только в формате PDF.")],
    })
