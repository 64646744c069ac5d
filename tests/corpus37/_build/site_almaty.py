"""Cybersecurity capacity-building forum, Almaty (Kazakhstan): Russian, a Kazakh section without lang; KZT and USD
columns; no discounts; interpretation only (no accessibility statement)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Главная"), ("stoimost.html", "Стоимость"), ("registraciya.html", "Регистрация"),
       ("onlain.html", "Онлайн-участие"), ("dostup.html", "Перевод"), ("ctf.html", "CTF и партнёры"),
       ("vakansii.html", "Вакансии"), ("prozhivanie.html", "Проживание")]
FOOT = {"ru-KZ": "<p>Ассоциация специалистов по информационной безопасности Семиречья — пр. Абая 150, Алматы. forum@example.kz</p>"}
s = mk("forum-kiberbezopasnost-almaty", "Центральноазиатский форум по наращиванию потенциала в сфере кибербезопасности 2027",
       "ru-KZ", "#0f766e", "КБ", NAV, foot=FOOT)
placeholder_media(s, "media/forum-2026.mp4")
s.pdf("docs/programma-2027.pdf", "Programma foruma 2027\nDen 1: CERT, reagirovanie na incidenty\nDen 2: kiberhigiena, CTF")

s.page("index.html", "Форум по кибербезопасности — Алматы 2027", """
<h1>Центральноазиатский форум по наращиванию потенциала в сфере кибербезопасности</h1>
<p>Алматы, 20–21 мая 2027 года. Форум собирает специалистов государственных органов, банков, операторов связи, университетов и гражданского общества из стран Центральной Азии: реагирование на инциденты, киберигиена, защита критической инфраструктуры.</p>
<p>Программа форума доступна только в формате PDF: <a href="@docs/programma-2027.pdf">скачать программу (PDF)</a>.</p>
<p>См. <a href="@stoimost.html">стоимость участия</a> и <a href="@registraciya.html">регистрацию</a>.</p>
""" + video("media/forum-2026.mp4") + """
<section>
<h2>Қазақша</h2>
<p>Орталық Азиялық киберқауіпсіздік саласындағы әлеуетті арттыру форумы 2027 жылғы 20–21 мамырда Алматыда өтеді. Форумға мемлекеттік органдардың, банктердің, байланыс операторларының, университеттердің және азаматтық қоғамның мамандары қатысады.</p>
<p>Қатысу жарнасы: форумға келіп қатысу — 45 000 ₸, онлайн қатысу — 20 000 ₸. Тіркеу орыс тіліндегі нысан арқылы жүргізіледі.</p>
</section>
""")

s.page("stoimost.html", "Стоимость участия", """
<h1>Стоимость участия</h1>
<table><caption>Участники из Казахстана оплачивают в тенге, иностранные участники — в долларах США</caption>
<tr><th>Формат участия</th><th>Тенге (₸)</th><th>USD</th></tr>
<tr><td>Очное участие</td><td>45 000 ₸</td><td>95</td></tr>
<tr><td>Онлайн-участие (с вопросами спикерам в Zoom)</td><td>20 000 ₸</td><td>42</td></tr>
</table>
<p>Бесплатного участия не предусмотрено. Скидок, грантов и компенсации проезда нет.</p>
""")

s.page("registraciya.html", "Регистрация", """
<h1>Регистрация</h1>
<p>Участники форума должны быть не моложе восемнадцати лет. Создавать учётную запись не нужно.</p>
<form action="@registraciya.html" method="post">
""" + "\n".join([
    fld("fam", "Фамилия (поле обязательное)"),
    fld("imya", "Имя (поле обязательное)"),
    fld("iin", "ИИН (для иностранцев — номер паспорта) (поле обязательное)"),
    fld("dr", "Дата рождения", "date", req=True),
    fld("email", "E-mail (поле обязательное)", "email"),
    fld("tel", "Телефон", "tel"),
    fld("org", "Организация"),
    fld("dolzh", "Должность"),
    fld("gorod", "Город", "select", opts=["Алматы", "Астана", "Бишкек", "Ташкент", "Душанбе", "Другой"]),
    radios("format", "Формат участия", ["Очно", "Онлайн"], req=True),
    fld("ctf", "Хочу участвовать в командных соревнованиях CTF", "checkbox"),
    fld("soglasie", "Согласен(на) на обработку персональных данных", "checkbox", req=True),
]) + """
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">Зарегистрироваться</button>
</form>
""")

s.page("onlain.html", "Онлайн-участие", """
<h1>Онлайн-участие</h1>
<p>Онлайн-участники подключаются к секциям через Zoom и задают вопросы спикерам в прямом эфире. Ссылка приходит после оплаты.</p>
""")

s.page("dostup.html", "Перевод", """
<h1>Перевод</h1>
<p>На пленарных заседаниях обеспечивается синхронный перевод: казахский — русский — английский.</p>
<p>Сурдоперевод не предусмотрен.</p>
""")

s.page("ctf.html", "CTF и партнёры", """
<h1>CTF и партнёры</h1>
<p>Командные соревнования CTF входят в программу форума. Призовой фонд CTF — 1 500 000 ₸.</p>
<p>Спонсорский пакет «Генеральный партнёр» — 12 000 000 ₸; выставочный стенд — 900 000 ₸.</p>
""")

s.page("vakansii.html", "Вакансии", """
<h1>Вакансии партнёров</h1>
<p>Аналитик SOC (Алматы): зарплата от 850 000 ₸ в месяц.</p>
<p>Специалист по реагированию на инциденты: от 1 100 000 ₸ в месяц.</p>
""")

s.page("prozhivanie.html", "Проживание", """
<h1>Проживание и транспорт</h1>
<p>Гостиницы рядом с площадкой — от 32 000 ₸ за ночь. Такси из аэропорта — около 4 000 ₸.</p>
<p>Перелёт из Бишкека — от 120 USD.</p>
""")

ENTRY = entry(
    s, name="Central Asian Cybersecurity Capacity-Building Forum 2027 (Semirechye Information Security Professionals' Association, Almaty, Kazakhstan)",
    languages=["ru", "kk"],
    fees=[(45000, "KZT"), (20000, "KZT"), (95, "USD"), (42, "USD")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(12, 7, ["id_document", "birth_date", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=False,
    access_services=["interpretation"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "stoimost.html", "registraciya.html", "onlain.html", "dostup.html"],
    evidence={
        "languages": [Q("index.html", "Форум собирает специалистов государственных органов, банков, операторов связи"),
                      Q("index.html", "Орталық Азиялық киберқауіпсіздік саласындағы әлеуетті арттыру форумы", "Kazakh section without lang (two paragraphs)")],
        "un_languages": [N("ru")],
        "fees": [Q("stoimost.html", "Очное участие 45 000 ₸ 95", "45000 KZT and 95 USD"),
                 Q("stoimost.html", "Онлайн-участие (с вопросами спикерам в Zoom) 20 000 ₸ 42", "20000 KZT and 42 USD: paid online participation with questions"),
                 Q("index.html", "форумға келіп қатысу — 45 000 ₸, онлайн қатысу — 20 000 ₸", "restated in Kazakh: no new entry"),
                 Q("ctf.html", "Призовой фонд CTF — 1 500 000 ₸", "prize fund: not a fee"),
                 Q("ctf.html", "«Генеральный партнёр» — 12 000 000 ₸", "sponsor: not a fee"),
                 Q("ctf.html", "выставочный стенд — 900 000 ₸", "stand: not a fee"),
                 Q("vakansii.html", "зарплата от 850 000 ₸ в месяц", "salary: not a fee"),
                 Q("prozhivanie.html", "от 32 000 ₸ за ночь", "hotel: not a fee"),
                 Q("prozhivanie.html", "около 4 000 ₸", "taxi: not a fee"),
                 Q("prozhivanie.html", "от 120 USD", "flight: not a fee")],
        "free_option": [Q("stoimost.html", "Бесплатного участия не предусмотрено.")],
        "fee_support": [Q("stoimost.html", "Скидок, грантов и компенсации проезда нет.")],
        "remote_participation": [Q("onlain.html", "Онлайн-участники подключаются к секциям через Zoom и задают вопросы спикерам в прямом эфире.")],
        "captcha": [M("registraciya.html", '<div class="h-captcha"')],
        "account_required": [Q("registraciya.html", "Создавать учётную запись не нужно.")],
        "registration_form": [N("12 fields: surname, name, ИИН/passport, birth date, e-mail, phone, organisation, position, city select, format radio, CTF checkbox, consent checkbox; required: 4 marked (поле обязательное) + birth date (required attr) + format radio + consent = 7", "registraciya.html"),
                              Q("registraciya.html", "ИИН (для иностранцев — номер паспорта) (поле обязательное)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("registraciya.html", "Участники форума должны быть не моложе восемнадцати лет.")],
        "accessibility_statement": [N("interpretation only, sign language negated; no provision and no contact for access needs", "dostup.html")],
        "access_services": [Q("dostup.html", "синхронный перевод: казахский — русский — английский", "interpretation"),
                            Q("dostup.html", "Сурдоперевод не предусмотрен.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/forum-2026.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "Программа форума доступна только в формате PDF")],
    })
