from lib import *
s = mk("forum-kiberbezopasnosti-karaganda", "Ассоциация ИТ-компаний Центрального Казахстана", "ru-KZ", "#00628b", "ИТ",
       [("index.html", "Главная"), ("bilety.html", "Билеты"), ("registraciya.html", "Регистрация"), ("format.html", "Формат"),
        ("dostupnost.html", "Доступность"), ("programma.html", "Программа"), ("sponsoram.html", "Спонсорам"), ("vakansii.html", "Вакансии")],
       foot={"ru-KZ": "<p>Ассоциация ИТ-компаний Центрального Казахстана, пр. Бухар-Жырау, Караганда. forum@itcentral.example.kz</p>"})
STD = "Стандартный билет — 45 000 ₸"
STU = "Студенческий билет — 15 000 ₸"
MK = "Мастер-класс по реагированию на инциденты (дополнительно) — 20 000 ₸"
NOFREE = "Бесплатных билетов нет, докладчики тоже оплачивают участие."
KK = "Орталық Қазақстан киберқауіпсіздік форумы Қарағандыда 14–15 қазанда өтеді. Стандартты билет 45 000 теңге, студенттерге 15 000 теңге, шеберлік сыныбы 20 000 теңге. Форум тек бетпе-бет өтеді."
ONSITE = "Форум проходит только очно; трансляции не будет."
AGE = "Участники должны быть не моложе 18 лет."
LIFT = "Конференц-зал на третьем этаже, есть лифт для колясок."
SIGN = "Сурдоперевод на казахский жестовый язык — по запросу за две недели."
INTERP = "Синхронный перевод казахский–русский на пленарных сессиях."
NOCAP = "Живых субтитров не будет."
SPON = "Генеральный спонсор — 3 500 000 ₸"
DUES = "Членский взнос ассоциации — 250 000 ₸ в год."
s.page("index.html", "Форум кибербезопасности Центрального Казахстана", f"""
<h1>Форум кибербезопасности Центрального Казахстана 2027</h1>
<p>Караганда, 14–15 октября. Доклады, CTF и мастер-классы.</p>
<p><a href="@bilety.html">Билеты</a> · <a href="@registraciya.html">Регистрация</a></p>
{video("media/promo.mp4")}
<section lang="kk"><h2>Қазақша</h2><p>{KK}</p></section>
<p><a href="@foto-2026.html">Фото 2026</a></p>
""")
placeholder_media(s, "media/promo.mp4")
s.page("bilety.html", "Билеты", f"<h1>Билеты</h1><ul><li>{STD}</li><li>{STU}</li><li>{MK}</li></ul><p>{NOFREE}</p><p>{DUES}</p>")
s.page("registraciya.html", "Регистрация", """
<h1>Регистрация</h1>
<form action="@registraciya.html" method="post">
""" + fld("fio", "ФИО (обязательно указать)") + fld("iin", "ИИН (обязательно указать)") + fld("dob", "Дата рождения (обязательно указать)", "date")
 + fld("tel", "Телефон (обязательно указать)", "tel") + fld("em", "E-mail (обязательно указать)", "email")
 + fld("org", "Организация (обязательно указать)") + fld("pos", "Должность")
 + fld("city", "Город (обязательно указать)", "select", opts=["Караганда", "Темиртау", "Астана", "Другой"])
 + radios("tk", "Тип билета (обязательно указать)", ["Стандартный", "Студенческий"]) + fld("mk", "Мастер-класс", "checkbox")
 + fld("ok", "Согласие на обработку персональных данных (обязательно указать)", "checkbox") + """
<div class="smart-captcha" data-sitekey="ysc-itcentral"></div>
<button type="submit">Зарегистрироваться</button></form>
<p>Регистрация без создания аккаунта.</p>
""")
s.page("format.html", "Формат", f"<h1>Формат</h1><p>{ONSITE}</p><p>{AGE}</p>")
s.page("dostupnost.html", "Доступность", f"<h1>Доступность</h1><p>{LIFT}</p><p>{SIGN}</p><p>{INTERP}</p><p>{NOCAP}</p>")
s.page("programma.html", "Программа", """<h1>Программа</h1><p>Программа доступна только в формате PDF: <a href="@docs/programma.pdf">программа (PDF)</a>.</p>""")
s.pdf("docs/programma.pdf", "Programma foruma kiberbezopasnosti 2027")
s.page("sponsoram.html", "Спонсорам", f"<h1>Спонсорам</h1><p>{SPON}</p><p>Гостиница рядом: 28 000 ₸ за ночь. Такси из аэропорта: 4 000 ₸.</p>")
s.page("vakansii.html", "Вакансии", "<h1>Вакансии</h1><p>Аналитик SOC, зарплата от 600 000 ₸ в месяц.</p>")
P = "index.html bilety.html registraciya.html format.html dostupnost.html programma.html".split()
ENTRY = entry(s, name="Форум кибербезопасности Центрального Казахстана — Караганда", languages=["ru", "kk"],
    fees=[(45000, "KZT"), (15000, "KZT"), (20000, "KZT")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["other"], account_required=False,
    registration_form=(11, 9, ["affiliation", "birth_date", "id_document", "phone"]), registration_host=None,
    registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["interpretation", "sign_language", "wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=True, participation_pages=P, deliberate_404=["foto-2026.html"],
    evidence={
     "languages": [Q("index.html", "Караганда, 15 октября.", None) if False else Q("index.html", "Доклады, CTF и мастер-классы."), Q("index.html", KK, "Kazakh section")],
     "un_languages": [N("ru")],
     "fees": [Q("bilety.html", STD), Q("bilety.html", STU), Q("bilety.html", MK), Q("index.html", KK, "restated: no new entry"),
              Q("bilety.html", DUES, "membership dues: not a fee"), Q("sponsoram.html", SPON, "sponsor: not a fee")],
     "free_option": [Q("bilety.html", NOFREE)],
     "fee_support": [Q("bilety.html", STU)],
     "remote_participation": [Q("format.html", ONSITE)],
     "captcha": [M("registraciya.html", 'class="smart-captcha"')],
     "account_required": [Q("registraciya.html", "Регистрация без создания аккаунта.")],
     "registration_form": [N("11 fields: ФИО*, ИИН*, дата рождения*, телефон*, e-mail*, организация*, должность, город*, тип билета radio*, мастер-класс, согласие*; 9 required", "registraciya.html")],
     "registration_host": [N("own form")],
     "registration_pdf_only": [N("online form")],
     "min_age": [Q("format.html", AGE)],
     "accessibility_statement": [Q("dostupnost.html", LIFT)],
     "access_services": [Q("dostupnost.html", LIFT), Q("dostupnost.html", SIGN), Q("dostupnost.html", INTERP), Q("dostupnost.html", NOCAP, "negation")],
     "videos_without_captions": [M("index.html", 'src="media/promo.mp4">')],
     "pdf_only_documents": [Q("programma.html", "Программа доступна только в формате PDF")],
    })
