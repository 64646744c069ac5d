"""Bălți, Moldova: an IT companies' association's cybersecurity forum (ru-MD, with a whole Romanian page declared
lang="ru-MD"). Fees in MDL; nothing free; in person only."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "severnyy-forum-kiberbezopasnosti-beltsy"
NAV = [("index.html", "Главная"), ("stoimost.html", "Стоимость"), ("registraciya.html", "Регистрация"),
       ("programma.html", "Программа"), ("mesto.html", "Место проведения"), ("romana.html", "Română"),
       ("chlenstvo.html", "Членство"), ("sponsory.html", "Спонсорам"), ("vakansii.html", "Вакансии")]
FOOT = ('<p>Ассоциация ИТ-компаний Севера Молдовы (пример), ул. Independenței, Бельцы · '
        '<a href="mailto:forum@it-nord.example.md">forum@it-nord.example.md</a> · <a href="@arhiv-2026.html">Архив 2026</a></p>')
s = mk(SLUG, "Северный форум по кибербезопасности 2027", "ru-MD", "#283593", "СФК", NAV, foot={"ru-MD": FOOT})
placeholder_media(s, "media/forum-2026.mp4")

NOFREE = "Бесплатного участия нет: докладчики и сотрудники примэрий тоже оплачивают взнос."
STUD = "Для студентов действует сниженный взнос — 300 лей вместо 1 200 лей."
INPERSON = "Форум проходит только очно; онлайн-трансляции не будет."
AGE = "Участники — не моложе 18 лет."
RAMP = "Зал расположен на первом этаже, вход без ступенек, у входа есть пандус для колясок."
INTERP = "Обеспечивается синхронный перевод с русского на румынский и обратно."
NOSIGN = "Сурдоперевод не предусмотрен."
PDFONLY = "Подробная программа доступна только в формате PDF."

s.page("index.html", "Северный форум по кибербезопасности 2027", f"""
<h1>Северный форум по кибербезопасности</h1>
<p>Бельцы, 22 апреля 2027 года</p>
<p>Форум для ИТ-компаний, малого бизнеса, примэрий и районных советов севера Молдовы: защита от программ-вымогателей,
безопасность муниципальных сайтов, резервное копирование и обучение сотрудников.</p>
<ul><li><a href="@stoimost.html">Стоимость участия</a></li><li><a href="@registraciya.html">Регистрация</a></li>
<li><a href="@romana.html">Informații în limba română</a></li></ul>
{video("media/forum-2026.mp4")}
""")

s.page("stoimost.html", "Стоимость участия", f"""
<h1>Стоимость участия</h1>
<table>
<tr><th>Категория</th><th>Взнос</th></tr>
<tr><td>Стандартный билет</td><td>1 200 лей</td></tr>
<tr><td>Сотрудники примэрий и районных советов</td><td>600 лей</td></tr>
<tr><td>Студенты</td><td>300 лей</td></tr>
<tr><td>Практический семинар «CTF-тренировка» (дополнительно, 23 апреля)</td><td>500 лей</td></tr>
</table>
<p>{STUD}</p>
<p class="note">{NOFREE}</p>
<p>Членский взнос ассоциации в стоимость участия не входит (см. <a href="@chlenstvo.html">Членство</a>).</p>
""")

FORM = "".join([
    fld("fio", "ФИО (заполнить необходимо)"),
    fld("idnp", "IDNP (заполнить необходимо)"),
    fld("dob", "Дата рождения", "date"),
    fld("email", "E-mail (заполнить необходимо)", "email"),
    fld("tel", "Телефон (заполнить необходимо)", "tel"),
    fld("org", "Организация (заполнить необходимо)"),
    fld("post", "Должность"),
    fld("cat", "Категория билета (заполнить необходимо)", "select",
        opts=["Стандартный — 1 200 лей", "Сотрудник примэрии — 600 лей", "Студент — 300 лей"]),
    fld("ctf", "Семинар «CTF-тренировка» (+500 лей)", "checkbox"),
    radios("lang", "Язык общения", ["русский", "румынский"]),
    fld("agree", "Согласен(на) на обработку персональных данных", "checkbox", req=True),
])
s.page("registraciya.html", "Регистрация", f"""
<h1>Регистрация</h1>
<p>Регистрация открыта до 10 апреля 2027 года. {AGE}</p>
<form action="@registraciya.html" method="post">
{FORM}
<div class="g-recaptcha" data-sitekey="6LcExampleBaltiKey00000000000000000000000"></div>
<button type="submit">Зарегистрироваться</button>
</form>
""")

s.page("programma.html", "Программа", f"""
<h1>Программа</h1>
<p>Пленарная сессия, три секции (бизнес, муниципалитеты, образование) и круглый стол с Национальным агентством по
кибербезопасности. 23 апреля — практический семинар «CTF-тренировка» (дополнительно, 500 лей).</p>
<p>{PDFONLY} <a href="@docs/programma-forum-2027.pdf">Скачать программу (PDF)</a></p>
<p>{INPERSON}</p>
""")

s.page("mesto.html", "Место проведения", f"""
<h1>Место проведения</h1>
<p>Конференц-зал бизнес-инкубатора (пример), Бельцы.</p>
<p>{RAMP}</p>
<p>{INTERP}</p>
<p>{NOSIGN}</p>
<h2>Как добраться и где остановиться</h2>
<ul><li>Маршрутка Кишинёв — Бельцы: около 80 лей.</li><li>Гостиница (пример) в центре: 850 лей за ночь.</li></ul>
""")

s.page("romana.html", "Forumul de Nord pentru securitate cibernetică 2027", f"""
<h1>Forumul de Nord pentru securitate cibernetică</h1>
<p>Bălți, 22 aprilie 2027. Forumul se adresează companiilor IT, întreprinderilor mici, primăriilor și consiliilor
raionale din nordul Republicii Moldova.</p>
<p>Taxa de participare: bilet standard 1 200 lei; angajații primăriilor și ai consiliilor raionale 600 lei; studenți
300 lei; seminarul practic „Antrenament CTF” 500 lei. Nu există participare gratuită.</p>
<p>Forumul are loc doar cu prezență fizică; nu va exista transmisiune online. Sala se află la parter, cu rampă pentru
scaune rulante, și se asigură traducere sincronă între rusă și română.</p>
""", lang="ru-MD")

s.page("chlenstvo.html", "Членство", """
<h1>Членство в ассоциации</h1>
<p>Членский взнос ассоциации — 5 000 лей в год для компаний и 1 000 лей в год для индивидуальных членов.</p>
""")

s.page("sponsory.html", "Спонсорам", """
<h1>Спонсорам</h1>
<p>Генеральный спонсор — 3 000 €; спонсор секции — 1 200 €; выставочный стол — 8 000 лей.</p>
""")

s.page("vakansii.html", "Вакансии", """
<h1>Вакансии компаний-членов</h1>
<ul><li>Аналитик SOC — от 25 000 лей в месяц.</li><li>Системный администратор — от 18 000 лей в месяц.</li></ul>
""")
s.pdf("docs/programma-forum-2027.pdf", "Programma - Severny forum po kiberbezopasnosti 2027\n22 aprelya 2027, Beltsy")

ENTRY = entry(
    s, name="Северный форум по кибербезопасности 2027 (Бельцы)",
    languages=["ru", "ro"],
    fees=[(1200, "MDL"), (600, "MDL"), (300, "MDL"), (500, "MDL")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["recaptcha"],
    account_required=False, registration_form=(11, 7, ["id_document", "birth_date", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["interpretation", "wheelchair_access"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "stoimost.html", "registraciya.html", "programma.html", "mesto.html", "romana.html"],
    deliberate_404=["arhiv-2026.html"],
    evidence={
        "languages": [N("Russian site and a whole Romanian page declared lang=\"ru-MD\" (romana.html): Romanian"),
                      Q("romana.html", "Nu există participare gratuită.")],
        "un_languages": [N("ru only")],
        "fees": [Q("stoimost.html", "Стандартный билет 1 200 лей"),
                 Q("stoimost.html", "Сотрудники примэрий и районных советов 600 лей", "municipal-staff rate: a category rate, a fee"),
                 Q("stoimost.html", "Студенты 300 лей"),
                 Q("stoimost.html", "Практический семинар «CTF-тренировка» (дополнительно, 23 апреля) 500 лей"),
                 Q("romana.html", "Taxa de participare: bilet standard 1 200 lei", "restated in Romanian: no new entry"),
                 Q("chlenstvo.html", "Членский взнос ассоциации — 5 000 лей в год", "membership dues: not a fee"),
                 Q("sponsory.html", "Генеральный спонсор — 3 000 €", "sponsor package: not a fee"),
                 Q("mesto.html", "Гостиница (пример) в центре: 850 лей за ночь.", "hotel: not a fee"),
                 Q("vakansii.html", "Аналитик SOC — от 25 000 лей в месяц.", "salary: not a fee")],
        "free_option": [Q("stoimost.html", NOFREE)],
        "fee_support": [Q("stoimost.html", STUD)],
        "remote_participation": [Q("programma.html", INPERSON)],
        "captcha": [M("registraciya.html", '<div class="g-recaptcha"')],
        "account_required": [N("no account: a plain form")],
        "registration_form": [N("registraciya.html: 11 fields (name, IDNP, birth date, e-mail, phone, organisation, position, ticket-category select, workshop checkbox, language radio, consent checkbox); 7 required (6 with '(заполнить необходимо)', consent with `required`); sensitive: id_document, birth_date, phone, affiliation")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("registraciya.html", AGE)],
        "accessibility_statement": [Q("mesto.html", RAMP)],
        "access_services": [Q("mesto.html", RAMP), Q("mesto.html", INTERP), Q("mesto.html", NOSIGN, "negation: no sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/forum-2026.mp4">')],
        "pdf_only_documents": [Q("programma.html", PDFONLY)],
    })
