"""Gomel, Belarus: an IT companies' association's conference on cybersecurity and digital trust (ru-BY, be section)."""
from lib import *

SLUG = "konferenciya-kiberbezopasnost-gomel"
NAME = "Гомельская конференция по кибербезопасности и цифровому доверию 2027"
NAV = [("index.html", "Главная"), ("registraciya.html", "Регистрация"), ("stoimost.html", "Стоимость"),
       ("online.html", "Онлайн-участие"), ("programma.html", "Программа"), ("dostupnost.html", "Доступность"),
       ("partnery.html", "Партнёрам"), ("vakansii.html", "Вакансии и проживание")]
s = mk(SLUG, NAME, "ru-BY", "#3b3b8f", "ГКБ", NAV,
       foot={"ru-BY": "<p>Ассоциация ИТ-компаний Гомельщины (вымышленная) — info@gkb.example.by</p>"})

P = "index.html"
s.page(P, NAME, """
<h1>Гомельская конференция по кибербезопасности и цифровому доверию</h1>
<p>15–16 апреля 2027 года в Гомеле специалисты по информационной безопасности, представители банков, операторов связи, вузов и государственных органов обсудят защиту персональных данных, реагирование на инциденты и электронную подпись.</p>
<p><a href="@registraciya.html">Зарегистрироваться</a> · <a href="@2025.html">Конференция 2025</a></p>
""" + video("media/gkb-2026.mp4") + """
<section lang="be">
<h2>Па-беларуску</h2>
<p>Канферэнцыя па кібербяспецы і лічбавым даверы пройдзе ў Гомелі 15–16 красавіка 2027 года. Стандартны ўдзел каштуе 180 руб., для студэнтаў — 60 руб., анлайн-білет з пытаннямі дакладчыкам — 90 руб. Бясплатнага ўдзелу няма.</p>
</section>
""")
placeholder_media(s, "media/gkb-2026.mp4")

s.page("stoimost.html", "Стоимость", """
<h1>Стоимость участия</h1>
<table><tr><th>Билет</th><th>Цена</th></tr>
<tr><td>Стандартный</td><td>180 руб.</td></tr>
<tr><td>Студенческий</td><td>60 руб.</td></tr>
<tr><td>Онлайн-билет (Zoom, с вопросами)</td><td>90 руб.</td></tr></table>
<p>Бесплатного участия нет: докладчики также оплачивают взнос.</p>
""")

s.page("registraciya.html", "Регистрация", """
<h1>Регистрация</h1>
<p>Участники — не моложе 18 лет.</p>
<form action="@registraciya.html" method="post">
""" + fld("fio", "ФИО (поле нужно заполнить)") + fld("email", "E-mail (поле нужно заполнить)", "email")
  + fld("tel", "Телефон (поле нужно заполнить)", "tel") + fld("dob", "Дата рождения (поле нужно заполнить)", "date")
  + fld("pass", "Номер паспорта (поле нужно заполнить)") + fld("org", "Организация (поле нужно заполнить)")
  + fld("pos", "Должность")
  + fld("ticket", "Тип билета (поле нужно заполнить)", "select", opts=["Стандартный", "Студенческий", "Онлайн"])
  + fld("city", "Город (поле нужно заполнить)", "select", opts=["Гомель", "Минск", "Мозырь", "Другой"])
  + fld("section", "Секция", "select", opts=["Защита данных", "SOC и инциденты", "Электронная подпись"])
  + fld("agree", "Согласен на обработку персональных данных", "checkbox") + """
<div class="smart-captcha" data-sitekey="ysc1_demo_gkb"></div>
<button type="submit">Отправить</button>
</form>
""")

s.page("online.html", "Онлайн-участие", """
<h1>Онлайн-участие</h1>
<p>Участники с онлайн-билетом подключаются через Zoom и задают вопросы докладчикам в чате; модератор зачитывает вопросы в зале, докладчики отвечают сразу.</p>
""")

s.page("programma.html", "Программа", """
<h1>Программа</h1>
<p>Программа конференции доступна только в формате PDF: <a href="@docs/programma-2027.pdf">скачать программу (PDF)</a>.</p>
""")
s.pdf("docs/programma-2027.pdf", "Programma 2027\nDen 1\nDen 2")

s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Конференц-зал находится на втором этаже, есть лифт для колясок.</p>
<p>Сурдоперевод по запросу (до 1 апреля).</p>
<p>Синхронный перевод русский–белорусский–английский на пленарных заседаниях.</p>
<p>Живых субтитров не будет.</p>
""")

s.page("partnery.html", "Партнёрам", """
<h1>Партнёрские пакеты</h1>
<p>Генеральный партнёр: 5 000 руб. Выставочный стенд: 1 200 руб.</p>
""")

s.page("vakansii.html", "Вакансии и проживание", """
<h1>Вакансии и проживание</h1>
<p>Аналитик SOC у партнёра конференции: 3 200 руб. в месяц.</p>
<p>Гостиница «Турист»: 140 руб. за ночь. Для участников из России проживание в партнёрской гостинице — 4 500 российских рублей. Маршрутка от вокзала: 1,20 руб.</p>
""")

ENTRY = entry(s, name="Gomel conference on cybersecurity and digital trust", languages=["ru", "be"],
    fees=[(180, "BYN"), (60, "BYN"), (90, "BYN")], free_option=False, fee_support=True, remote_participation=True,
    captcha=["other"], account_required=False,
    registration_form=(11, 8, ["phone", "birth_date", "id_document", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "registraciya.html", "stoimost.html", "online.html", "programma.html", "dostupnost.html"],
    deliberate_404=["2025.html"],
    evidence={
        "languages": [Q(P, "специалисты по информационной безопасности, представители банков, операторов связи"),
                      M(P, '<section lang="be">', "Belarusian section")],
        "un_languages": [N("ru")],
        "fees": [Q("stoimost.html", "Стандартный 180 руб."), Q("stoimost.html", "Студенческий 60 руб."),
                 Q("stoimost.html", "Онлайн-билет (Zoom, с вопросами) 90 руб."),
                 Q(P, "Стандартны ўдзел каштуе 180 руб.", "restated in Belarusian, no new entry"),
                 Q("partnery.html", "Генеральный партнёр: 5 000 руб.", "sponsor: not a fee"),
                 Q("vakansii.html", "проживание в партнёрской гостинице — 4 500 российских рублей", "hotel (RUB): not a fee"),
                 Q("vakansii.html", "Аналитик SOC у партнёра конференции: 3 200 руб. в месяц.", "salary: not a fee")],
        "free_option": [Q("stoimost.html", "Бесплатного участия нет: докладчики также оплачивают взнос.")],
        "fee_support": [Q("stoimost.html", "Студенческий 60 руб.", "student rate below another fee")],
        "remote_participation": [Q("online.html", "Участники с онлайн-билетом подключаются через Zoom и задают вопросы докладчикам в чате")],
        "captcha": [M("registraciya.html", '<div class="smart-captcha"', "Yandex SmartCaptcha: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [Q("registraciya.html", "Номер паспорта (поле нужно заполнить)"),
                              N("11 fields: full name, email, phone, birth date, passport, organisation, position, ticket type, city, section, consent; 8 with the marker")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("registraciya.html", "Участники — не моложе 18 лет.")],
        "accessibility_statement": [Q("dostupnost.html", "Конференц-зал находится на втором этаже, есть лифт для колясок.")],
        "access_services": [Q("dostupnost.html", "Сурдоперевод по запросу (до 1 апреля)."),
                            Q("dostupnost.html", "Синхронный перевод русский–белорусский–английский на пленарных заседаниях."),
                            Q("dostupnost.html", "Живых субтитров не будет.", "negation")],
        "videos_without_captions": [M(P, 'src="media/gkb-2026.mp4">')],
        "pdf_only_documents": [Q("programma.html", "Программа конференции доступна только в формате PDF")],
    })
