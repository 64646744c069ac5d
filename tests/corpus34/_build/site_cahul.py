from lib import *

NAV = [("index.html", "Главная"), ("stoimost.html", "Стоимость"), ("registratsiya.html", "Регистрация"), ("voprosy.html", "Вопросы"),
       ("dostup.html", "Язык и доступ"), ("proezd.html", "Как добраться"), ("vino.html", "Вина участников"), ("novosti.html", "Новости")]
s = mk("letnyaya-shkola-molodyh-vinogradarey-kagul", "Летняя школа молодых виноградарей – Кагул 2027", "ru-MD", "#6b1f3a", "ВШ",
       NAV, foot={"ru-MD": "<p>Ассоциация виноградарей юга Молдовы · ул. Штефана чел Маре 30, Кагул · scoala@vinsud.example.md</p>"})

s.page("index.html", "Летняя школа молодых виноградарей 2027", """
<h1>Летняя школа молодых виноградарей</h1>
<p>С 19 по 24 июля 2027 года молодые фермеры, студенты-агрономы и начинающие винодельы учатся на виноградниках под Кагулом: обрезка по зелёному, защита от милдью без лишней химии, учёт затрат небольшого хозяйства.</p>
<p>Каждый день — три часа теории утром и практика на участках после обеда.</p>
<section lang="ro">
<h2>În limba română</h2>
<p>Școala de vară pentru tinerii viticultori are loc între 19 și 24 iulie 2027 în podgoriile de lângă Cahul. Dimineața sunt cursuri teoretice, iar după-amiaza lucrăm direct în vie, alături de viticultori cu experiență.</p>
<p>Taxa de participare este de 1.800 lei, iar pentru participanții din România de 450 RON. Tinerii fermieri din satele raionului Cahul participă gratuit. Biletele se procură pe iTicket.md.</p>
</section>
<p><a href="@stoimost.html">Стоимость</a> · <a href="@registratsiya.html">Регистрация</a></p>
""")

s.page("stoimost.html", "Стоимость", """
<h1>Стоимость участия</h1>
<table>
<caption>Взнос за всю неделю (обеды включены)</caption>
<tr><th>Категория</th><th>MDL</th><th>RON (участники из Румынии)</th></tr>
<tr><td>Участник</td><td>1 800</td><td>450</td></tr>
<tr><td>Студент аграрного вуза или колледжа</td><td>900</td><td>225</td></tr>
</table>
<p>Для молодых фермеров из сёл Кагульского района участие бесплатное.</p>
""")

s.page("registratsiya.html", "Регистрация", """
<h1>Регистрация</h1>
<p>Принимаются слушатели, достигшие семнадцати лет.</p>
<p>Билеты продаются на iTicket.md; для покупки билета нужен аккаунт на iTicket.md.</p>
<p><a class="button" href="https://iticket.md/event/letnyaya-shkola-vinogradarey-2027">Купить билет на iTicket.md</a></p>
""")

s.page("voprosy.html", "Вопросы", """
<h1>Частые вопросы</h1>
<h2>Можно ли учиться онлайн?</h2>
<p>Дистанционного формата нет — занятия проходят на виноградниках.</p>
<h2>Где жить?</h2>
<p>Гостиница «Кагул»: 650 леев за ночь; есть места в общежитии колледжа.</p>
""")

s.page("dostup.html", "Язык и доступ", """
<h1>Язык занятий</h1>
<p>Занятия идут на русском языке с синхронным румынско-русским переводом.</p>
""")

s.page("proezd.html", "Как добраться", """
<h1>Как добраться</h1>
<p>Маршрутка Кишинёв — Кагул: 110 лей. Автобус из Одессы: около 500 грн.</p>
""")

s.page("vino.html", "Вина участников", """
<h1>Вина участников прошлых лет</h1>
<p>Фетяска нягрэ 2024: 120 лей за бутылку.</p>
""")

s.page("novosti.html", "Новости", """
<h1>Новости</h1>
<p><a href="@novosti/2026-itogi.html">Итоги школы 2026 года</a></p>
""")

ENTRY = entry(s, name="Young winegrowers' summer school 2027 (southern Moldova winegrowers' association, Cahul)",
    languages=["ru", "ro"],
    fees=[(1800, "MDL"), (900, "MDL"), (450, "RON"), (225, "RON")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[], account_required=True,
    registration_form=None, registration_host="iticket.md",
    min_age=17, accessibility_statement=False, access_services=["interpretation"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "stoimost.html", "registratsiya.html", "voprosy.html", "dostup.html"],
    deliberate_404=["novosti/2026-itogi.html"],
    evidence={
        "languages": [Q("index.html", "молодые фермеры, студенты-агрономы и начинающие винодельы учатся на виноградниках под Кагулом"),
                      M("index.html", '<section lang="ro">', "Romanian section with lang"),
                      Q("index.html", "Școala de vară pentru tinerii viticultori are loc între 19 și 24 iulie 2027")],
        "un_languages": [N("ru")],
        "fees": [M("stoimost.html", "<tr><td>Участник</td><td>1 800</td><td>450</td></tr>", "1800 MDL and 450 RON (one column per currency)"),
                 M("stoimost.html", "<td>900</td><td>225</td>", "students: 900 MDL and 225 RON"),
                 Q("index.html", "Taxa de participare este de 1.800 lei, iar pentru participanții din România de 450 RON.", "Romanian restatement: no new entry"),
                 Q("voprosy.html", "650 леев за ночь", "hotel: not a fee"),
                 Q("proezd.html", "около 500 грн", "bus in UAH, marshrutka: not fees"),
                 Q("vino.html", "120 лей за бутылку", "wine: not a fee")],
        "free_option": [Q("stoimost.html", "Для молодых фермеров из сёл Кагульского района участие бесплатное.")],
        "fee_support": [Q("stoimost.html", "Студент аграрного вуза или колледжа", "student rate; also the free group")],
        "remote_participation": [Q("voprosy.html", "Дистанционного формата нет — занятия проходят на виноградниках.", "FAQ only")],
        "captcha": [N("no form, no CAPTCHA")],
        "account_required": [Q("registratsiya.html", "для покупки билета нужен аккаунт на iTicket.md")],
        "registration_form": [N("no own form")],
        "registration_host": [M("registratsiya.html", 'href="https://iticket.md/event/letnyaya-shkola-vinogradarey-2027"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [Q("registratsiya.html", "Принимаются слушатели, достигшие семнадцати лет.")],
        "accessibility_statement": [N("only interpretation is mentioned: no provision, no contact", "dostup.html")],
        "access_services": [Q("dostup.html", "Занятия идут на русском языке с синхронным румынско-русским переводом.", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
