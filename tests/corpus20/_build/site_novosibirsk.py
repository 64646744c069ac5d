"""Novosibirsk: a research institute's summer school in bioinformatics (ru-RU; English section with lang)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Главная"), ("uchastie.html", "Условия участия"), ("zayavka.html", "Заявка"),
       ("programma.html", "Программа"), ("dostupnost.html", "Доступность"), ("obshchezhitie.html", "Проживание"),
       ("partnery.html", "Партнёры"), ("vakansii.html", "Вакансии")]
s = mk("letnyaya-shkola-bioinformatiki-novosibirsk", "Летняя школа по биоинформатике 2027", "ru-RU", "#16507a", "БИО", NAV,
       foot={"ru-RU": "<p>Институт вычислительной биологии — school@bioinf.example.ru</p>"})
placeholder_media(s, "media/shkola.mp4")

s.page("index.html", "Летняя школа по биоинформатике 2027", """
<h1>Летняя школа по биоинформатике 2027</h1>
<p>Десять дней лекций и практикумов по анализу геномов, структурной биологии и машинному обучению в Академгородке, с 5 по 14 июля 2027 года. Школа рассчитана на студентов старших курсов, аспирантов и молодых сотрудников лабораторий.</p>
""" + video("media/shkola.mp4") + """
<section lang="en">
<h2>Summer School in Bioinformatics</h2>
<p>Ten days of lectures and hands-on practicals on genome analysis, structural biology and machine learning in Akademgorodok, Novosibirsk. The fee is 18,000 roubles; students pay 9,000. Lectures are in Russian, with slides in English.</p>
</section>
""")

s.page("uchastie.html", "Условия участия", """
<h1>Условия участия</h1>
<table><caption>Организационный взнос</caption>
<tr><th>Категория</th><th>Взнос</th></tr>
<tr><td>Очное участие</td><td>18 000 ₽</td></tr>
<tr><td>Студенты и аспиранты</td><td>9 000 руб.</td></tr>
<tr><td>Заочное участие (публикация тезисов)</td><td>5 000 рублей</td></tr>
</table>
<p>Для 15 студентов из малых городов участие бесплатно — по итогам конкурса заявок.</p>
<p>Участникам из других регионов школа выдаёт гранты на проезд до 20 000 ₽.</p>
<p>Онлайн-участие не предусмотрено; заочное участие — это только публикация тезисов в сборнике.</p>
<p>Оплата проходит через <a href="https://timepad.ru/event/bioinf-school-2027/">Timepad</a>; для этого нужен аккаунт Timepad.</p>
""")

form = "".join([
    fld("fio", "ФИО (обязательно)", req=True),
    fld("email", "Электронная почта (обязательно)", "email", req=True),
    fld("tel", "Телефон (обязательно)", "tel", req=True),
    fld("dob", "Дата рождения (обязательно)", "date", req=True),
    fld("passport", "Серия и номер паспорта — для заселения в общежитие (обязательно)", req=True),
    fld("org", "Вуз или институт (обязательно)", req=True),
    fld("level", "Уровень", "select", opts=["Бакалавриат", "Магистратура", "Аспирантура", "Сотрудник"]),
    radios("format", "Формат участия (обязательно)", ["Очно", "Заочно"], req=True),
    fld("cv", "Резюме (PDF)", "file"),
    fld("abstract", "Тезисы (DOCX)", "file"),
    fld("dorm", "Нужно место в общежитии", "checkbox"),
    fld("pd", "Согласие на обработку персональных данных (обязательно)", "checkbox", req=True),
])
s.page("zayavka.html", "Заявка", f"""
<h1>Заявка на участие</h1>
<p>Участники — не моложе 17 лет. Приём заявок до 1 мая 2027 года.</p>
<form action="@zayavka.html" method="post">
{form}
<div class="smart-captcha" data-sitekey="ysc1_example_bioinf"></div>
<button type="submit">Отправить заявку</button>
</form>
""")

s.pdf("docs/programma-2027.pdf", "Summer School in Bioinformatics 2027\nProgramme (placeholder)")
s.page("programma.html", "Программа", """
<h1>Программа</h1>
<p>Подробная программа школы доступна только в формате PDF: <a href="@docs/programma-2027.pdf">программа 2027 (PDF, 900 КБ)</a>.</p>
""")

s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Лекционная аудитория находится на втором этаже, лифта нет.</p>
<p>Если вам нужна помощь с доступом, напишите на dostup@bioinf.example.ru — мы постараемся перенести занятия вашей группы в зал на первом этаже.</p>
""")

s.page("obshchezhitie.html", "Проживание", "<h1>Проживание</h1><p>Место в общежитии — 900 ₽ в сутки. Автобус от вокзала до Академгородка — 55 ₽.</p>")
s.page("partnery.html", "Партнёры", "<h1>Партнёры</h1><p>Пакет генерального партнёра — 500 000 ₽.</p>")
s.page("vakansii.html", "Вакансии", "<h1>Вакансии</h1><p>Младший научный сотрудник лаборатории геномики, оклад 85 000 ₽.</p>")

ENTRY = entry(
    s, name="Summer School in Bioinformatics 2027 (computational biology institute, Novosibirsk)",
    languages=["ru", "en"],
    fees=[(18000, "RUB"), (9000, "RUB"), (5000, "RUB")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["other"],
    account_required=True, registration_form=(12, 8, ["phone", "birth_date", "id_document", "affiliation"]),
    registration_host="timepad.ru", min_age=17, accessibility_statement=True,
    access_services=[], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "uchastie.html", "zayavka.html", "programma.html", "dostupnost.html"],
    evidence={
        "languages": [Q("index.html", "Десять дней лекций и практикумов по анализу геномов"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "Ten days of lectures and hands-on practicals on genome analysis")],
        "un_languages": [N("ru, en")],
        "fees": [Q("uchastie.html", "Очное участие 18 000 ₽", "18000 RUB"),
                 Q("uchastie.html", "Студенты и аспиранты 9 000 руб.", "9000 RUB"),
                 Q("uchastie.html", "Заочное участие (публикация тезисов) 5 000 рублей", "paid absentee participation: a fee"),
                 Q("index.html", "The fee is 18,000 roubles; students pay 9,000.", "English restatement, no new entries"),
                 Q("uchastie.html", "гранты на проезд до 20 000 ₽", "travel grant: not a fee"),
                 Q("obshchezhitie.html", "Место в общежитии — 900 ₽ в сутки.", "dormitory and bus: not fees"),
                 Q("partnery.html", "Пакет генерального партнёра — 500 000 ₽.", "not a fee"),
                 Q("vakansii.html", "оклад 85 000 ₽", "salary: not a fee")],
        "free_option": [Q("uchastie.html", "Для 15 студентов из малых городов участие бесплатно — по итогам конкурса заявок.")],
        "fee_support": [Q("uchastie.html", "Участникам из других регионов школа выдаёт гранты на проезд до 20 000 ₽.", "also the student rate")],
        "remote_participation": [Q("uchastie.html", "Онлайн-участие не предусмотрено; заочное участие — это только публикация тезисов в сборнике.")],
        "captcha": [M("zayavka.html", '<div class="smart-captcha"', "Yandex SmartCaptcha: other")],
        "account_required": [Q("uchastie.html", "для этого нужен аккаунт Timepad.")],
        "registration_form": [N("application: 12 fields (name, e-mail, phone, birth date, passport, university, level select, format radio, CV file, abstract file, dormitory checkbox, consent checkbox); 8 marked (обязательно); sensitive phone, birth_date, id_document, affiliation", "zayavka.html"),
                              Q("zayavka.html", "Серия и номер паспорта — для заселения в общежитие (обязательно)")],
        "registration_host": [M("uchastie.html", 'href="https://timepad.ru/event/bioinf-school-2027/"')],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("zayavka.html", "Участники — не моложе 17 лет.", "17")],
        "accessibility_statement": [Q("dostupnost.html", "Если вам нужна помощь с доступом, напишите на dostup@bioinf.example.ru", "contact beside no lift")],
        "access_services": [Q("dostupnost.html", "Лекционная аудитория находится на втором этаже, лифта нет.", "negation: no wheelchair_access; no other service")],
        "videos_without_captions": [M("index.html", 'src="media/shkola.mp4">', "no track")],
        "pdf_only_documents": [Q("programma.html", "Подробная программа школы доступна только в формате PDF", "programme only as PDF")],
    })
