from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Главная"), ("registraciya.html", "Регистрация"), ("voprosy.html", "Вопросы и ответы"), ("onlayn.html", "Онлайн-участие"),
       ("dostupnost.html", "Доступность"), ("novosti.html", "Новости"), ("granty.html", "Гранты для НКО"), ("ro.html", "Română")]
s = mk("seminar-otkrytoe-pravitelstvo-plan-deystviy-komrat", "Открытое правительство Гагаузии — семинар по совместной разработке плана действий", "ru", "#1f5fa8", "ОП", NAV,
       foot={"ru": '<p>Исполнительный комитет Гагаузии, Комрат · <a href="@plan-2025.html">План действий 2025</a> · opengov@gagauzia-ex.example.md</p>'})
placeholder_media(s, "media/priglashenie.mp4")
s.page("index.html", "Семинар по совместной разработке плана действий", f"""
<h1>Семинар по совместной разработке плана действий «Открытое правительство» 2027–2029</h1>
<p>Исполнительный комитет автономии приглашает жителей, общественные организации и журналистов 24–25 апреля 2027 года в Комрат, чтобы вместе сформулировать обязательства по открытым данным, прозрачности бюджета и доступу к информации.</p>
<p>Hoş geldiniz! Добро пожаловать!</p>
<p><a class="button" href="@registraciya.html">Зарегистрироваться</a></p>
{video("media/priglashenie.mp4")}
""")
s.page("registraciya.html", "Регистрация", """
<h1>Регистрация участников</h1>
<p>Молодёжная секция открыта для участников от 14 до 29 лет.</p>
<form action="@registraciya.html" method="post">
<label for="fio">ФИО (обязательно)</label><input type="text" id="fio" name="fio">
<label for="em">Электронная почта (обязательно)</label><input type="email" id="em" name="email">
<label for="tel">Телефон (обязательно)</label><input type="tel" id="tel" name="tel">
<label for="org">Организация</label><input type="text" id="org" name="org">
<label for="np">Населённый пункт</label><select id="np" name="np"><option>Комрат</option><option>Чадыр-Лунга</option><option>Вулканешты</option><option>другое</option></select>
<fieldset><legend>Пол</legend><input type="radio" id="p1" name="pol" value="f"><label for="p1">женский</label> <input type="radio" id="p2" name="pol" value="m"><label for="p2">мужской</label></fieldset>
<label for="vg">Возрастная группа</label><select id="vg" name="vg"><option>14–29</option><option>30–59</option><option>60+</option></select>
<p class="check"><input type="checkbox" id="sog" name="sog" required><label for="sog">Согласен на обработку персональных данных</label></p>
<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
<button type="submit">Отправить</button></form>
""")
s.page("voprosy.html", "Вопросы и ответы", """
<h1>Вопросы и ответы</h1>
<details open><summary>Нужно ли платить за участие?</summary><p>Нет, участие в семинаре бесплатное для всех зарегистрированных.</p></details>
<details open><summary>Компенсируют ли проезд?</summary><p>Да, участникам из сёл автономии компенсируется проезд по предъявлении билетов.</p></details>
""")
s.page("onlayn.html", "Онлайн-участие", """
<h1>Онлайн-участие</h1>
<p>Онлайн-участники подключаются к рабочим группам через видеоконференцию и голосуют за приоритетные обязательства на платформе семинара наравне с участниками в зале.</p>
""")
s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Здание исполкома оборудовано пандусом и лифтом. Обеспечивается синхронный перевод с русского на румынский и гагаузский языки.</p>
<p>Если вам нужна помощь, позвоните координатору: +373 298 0 00 00.</p>
""")
s.page("novosti.html", "Новости", """
<h1>Новости</h1>
<p>Проезд в маршрутке Кишинёв — Комрат стоит 60 леев. Гостиница «Буджак»: от 650 лей за ночь.</p>
<p>Вакансия: специалист по открытым данным, зарплата 12 000 леев.</p>
""")
s.page("granty.html", "Гранты для НКО", """
<h1>Гранты для НКО</h1>
<p>Общественные организации могут получить гранты до 50 000 леев на проекты по мониторингу бюджета. Регистрационный взнос за участие в конкурсе не взимается.</p>
""")
s.page("ro.html", "Atelier de co-creare a planului de acțiuni", """
<h1>Atelier de co-creare a Planului de acțiuni pentru Guvernare Deschisă 2027–2029</h1>
<p>Comitetul Executiv al autonomiei invită locuitorii, organizațiile societății civile și jurnaliștii la Comrat, pe 24–25 aprilie 2027, pentru a formula împreună angajamente privind datele deschise, transparența bugetară și accesul la informație.</p>
<p>Participarea este gratuită. Participanții online pot vota prioritățile pe platforma atelierului.</p>
""", lang="ru")
ENTRY = entry(s, name="Open Government co-creation workshop 2027 (open-government partnership co-creation workshop, Comrat)",
    languages=["ru", "ro"], fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"],
    account_required=False, registration_form=(8, 4, ["phone", "affiliation", "gender"]), min_age=14, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "registraciya.html", "voprosy.html", "onlayn.html", "dostupnost.html", "ro.html"],
    deliberate_404=["plan-2025.html"],
    evidence={
        "languages": [Q("index.html", "Исполнительный комитет автономии приглашает жителей"), Q("ro.html", "Comitetul Executiv al autonomiei invită locuitorii", "whole page in Romanian with lang=ru"),
                      Q("index.html", "Hoş geldiniz!", "Gagauz greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("ru")],
        "fees": [N("no price of taking part"), Q("novosti.html", "Проезд в маршрутке Кишинёв — Комрат стоит 60 леев.", "transport; hotel"),
                 Q("novosti.html", "зарплата 12 000 леев", "salary"), Q("granty.html", "гранты до 50 000 леев", "grant")],
        "free_option": [Q("voprosy.html", "участие в семинаре бесплатное для всех зарегистрированных", "in the FAQ"), Q("ro.html", "Participarea este gratuită.")],
        "fee_support": [Q("voprosy.html", "участникам из сёл автономии компенсируется проезд по предъявлении билетов")],
        "remote_participation": [Q("onlayn.html", "голосуют за приоритетные обязательства на платформе семинара")],
        "captcha": [M("registraciya.html", '<div class="cf-turnstile"')],
        "account_required": [N("no account")],
        "registration_form": [N("8 fields: ФИО, e-mail, phone, organisation, settlement select, gender radio (=1), age-group select, consent checkbox. Required: three '(обязательно)' + checkbox required = 4. Sensitive: phone, affiliation, gender (age group select is not sensitive).", "registraciya.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("registraciya.html", "Молодёжная секция открыта для участников от 14 до 29 лет.", "range: lower bound 14")],
        "accessibility_statement": [Q("dostupnost.html", "Здание исполкома оборудовано пандусом и лифтом."), Q("dostupnost.html", "Если вам нужна помощь, позвоните координатору")],
        "access_services": [Q("dostupnost.html", "Обеспечивается синхронный перевод с русского на румынский и гагаузский языки.")],
        "videos_without_captions": [M("index.html", 'src="media/priglashenie.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
