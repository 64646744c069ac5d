from lib import *

NAV = [("index.html", "Семинар"), ("vznos.html", "Оргвзнос"), ("registratsiya.html", "Регистрация"), ("voprosy.html", "Вопросы"),
       ("dostupnost.html", "Доступность"), ("partnery.html", "Партнёры"), ("gostinitsy.html", "Гостиницы"), ("vakansii.html", "Вакансии")]
FOOT = {"ru-TJ": '<p>Союз ассоциаций водопользователей Согда — ул. Ленина, Худжанд. seminar@suvsogd.example.tj</p>'
        '<p><a href="@arhiv/2025.html">Архив 2025</a></p>'}
s = mk("seminar-assotsiatsiy-vodopolzovateley-khujand", "Семинар ассоциаций водопользователей Согда 2027", "ru-TJ", "#145a86",
       "АВП", NAV, foot=FOOT)

s.page("index.html", "Семинар ассоциаций водопользователей", """
<h1>Семинар ассоциаций водопользователей Согдийской области</h1>
<p>Два дня о том, как делить воду каналов между кишлаками: графики полива, учёт воды, ремонт арыков и споры между соседями.
Приглашаем председателей и мирабов ассоциаций, агрономов и студентов.</p>
<p>17–18 мая 2027 года, Худжанд. См. <a href="@vznos.html">оргвзнос</a> и <a href="@registratsiya.html">регистрацию</a>.</p>
<section lang="tg">
<h2>Бо забони тоҷикӣ</h2>
<p>Дар семинар раисон ва миробони ассотсиатсияҳои истифодабарандагони об, агрономҳо ва донишҷӯён ширкат мекунанд.
Ҳаққи иштирок 350 сомонӣ, барои донишҷӯён 150 сомонӣ. Тарҷумаи ҳамзамон аз тоҷикӣ ба русӣ пешбинӣ шудааст.</p>
</section>
""")

s.page("vznos.html", "Оргвзнос", """
<h1>Организационный взнос</h1>
<table><caption>Взнос, сомони</caption>
<tr><th>Категория</th><th>Сумма</th></tr>
<tr><td>Участник</td><td>350 сомони</td></tr>
<tr><td>Студент</td><td>150 сомони</td></tr>
<tr><td>Заочное участие (только публикация тезисов)</td><td>100 сомони</td></tr>
</table>
<p>Все участники оплачивают взнос — исключений нет.</p>
""")

s.page("registratsiya.html", "Регистрация", """
<h1>Регистрация</h1>
<p>Участвовать могут специалисты и студенты не младше 19 лет.</p>
<p>Скачайте <a href="@docs/anketa-uchastnika.pdf">анкету участника (PDF)</a>, заполните её и пришлите на seminar@suvsogd.example.tj.
Онлайн-регистрации нет, другой формы заявки тоже.</p>
""")

s.page("voprosy.html", "Вопросы", """
<h1>Частые вопросы</h1>
<details open><summary>Можно ли подключиться из Исфары по видеосвязи?</summary><p>Нет, онлайн-подключения не будет: семинар проходит только очно.</p></details>
<details><summary>Нужна ли учётная запись?</summary><p>Нет, достаточно прислать анкету.</p></details>
""")

s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Конференц-зал находится на втором этаже; у входа есть пандус, в здании работает лифт, подходящий для кресла-коляски.</p>
<p>Синхронный перевод с таджикского на русский и обратно обеспечен. Сурдоперевод, к сожалению, не предусмотрен.</p>
""")

s.page("partnery.html", "Партнёры", """
<h1>Партнёры</h1>
<p>Пакет генерального партнёра — 15 000 сомони.</p>
""")

s.page("gostinitsy.html", "Гостиницы", """
<h1>Гостиницы и транспорт</h1>
<p>Гостиница у набережной — от 300 сомони за ночь; маршрутка по городу 3 сомони. Автобус из Ташкента — около 120 000 сум.</p>
""")

s.page("vakansii.html", "Вакансии", """
<h1>Вакансии</h1>
<p>Требуется гидротехник, зарплата 4 500 сомони в месяц.</p>
""")

s.pdf("docs/anketa-uchastnika.pdf", "Seminar WUA Sughd 2027 - application form\nName: ____ Association: ____")

P = "vznos.html"
ENTRY = entry(
    s, name="Water users' associations seminar 2027 (union of water users' associations, Khujand, Tajikistan)",
    languages=["ru", "tg"], fees=[(350, "TJS"), (150, "TJS"), (100, "TJS")],
    free_option=False, fee_support=True, remote_participation=False, captcha=[], account_required=False,
    registration_form=None, registration_pdf_only=True, min_age=19, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "vznos.html", "registratsiya.html", "voprosy.html", "dostupnost.html"],
    deliberate_404=["arhiv/2025.html"],
    evidence={
        "languages": [Q("index.html", "Два дня о том, как делить воду каналов между кишлаками"),
                      M("index.html", '<section lang="tg">'), Q("index.html", "Дар семинар раисон ва миробони ассотсиатсияҳои")],
        "un_languages": [N("ru")],
        "fees": [Q(P, "350 сомони"), Q(P, "150 сомони"), Q(P, "Заочное участие (только публикация тезисов)", "paid absentee: 100 TJS"),
                 Q("index.html", "Ҳаққи иштирок 350 сомонӣ", "Tajik restatement: no new entry"),
                 Q("partnery.html", "Пакет генерального партнёра — 15 000 сомони.", "sponsor: not a fee"),
                 Q("gostinitsy.html", "Автобус из Ташкента — около 120 000 сум.", "hotel, marshrutka, bus (UZS): not fees"),
                 Q("vakansii.html", "зарплата 4 500 сомони в месяц", "salary")],
        "free_option": [Q(P, "Все участники оплачивают взнос — исключений нет.")],
        "fee_support": [Q(P, "Студент", "student rate 150 below participant 350")],
        "remote_participation": [Q("voprosy.html", "Нет, онлайн-подключения не будет: семинар проходит только очно.", "FAQ only")],
        "captcha": [N("no form at all")],
        "account_required": [Q("voprosy.html", "Нет, достаточно прислать анкету.")],
        "registration_form": [N("no HTML form; registration only by PDF")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("registratsiya.html", "Онлайн-регистрации нет, другой формы заявки тоже."),
                                  M("registratsiya.html", 'href="docs/anketa-uchastnika.pdf"')],
        "min_age": [Q("registratsiya.html", "не младше 19 лет")],
        "accessibility_statement": [Q("dostupnost.html", "у входа есть пандус, в здании работает лифт")],
        "access_services": [Q("dostupnost.html", "лифт, подходящий для кресла-коляски", "wheelchair_access"),
                            Q("dostupnost.html", "Синхронный перевод с таджикского на русский и обратно обеспечен.", "interpretation"),
                            Q("dostupnost.html", "Сурдоперевод, к сожалению, не предусмотрен.", "sign language negated")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("registratsiya.html", "анкету участника (PDF)", "application form only as PDF")],
    })
