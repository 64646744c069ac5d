"""Dushanbe: an NGO's webinar series for water users' associations (ru; a Tajik page declared lang="ru")."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = {"ru": [("index.html", "Главная"), ("programma.html", "Программа"), ("uchastie.html", "Как участвовать"),
              ("dostupnost.html", "Доступность"), ("zapisi.html", "Записи"), ("grant.html", "Конкурс проектов"),
              ("vakansii.html", "Вакансии"), ("tg.html", "Тоҷикӣ")]}
FOOT = ('<p>Общественная организация «Оби зулол», ул. Айни 48 (вымышленный адрес), Душанбе, Таджикистан — '
        '<a href="mailto:webinar@obizulol.example.tj">webinar@obizulol.example.tj</a></p>')
s = mk("vebinary-voda-v-obshchinakh-dushanbe", "Вода в общинах: серия вебинаров 2027", "ru", "#0f6b8f", "ОЗ", NAV,
       foot={"ru": FOOT})
placeholder_media(s, "media/webinar-2026-1.mp4")
placeholder_media(s, "media/webinar-2026-2.mp4")
s.pdf("docs/programma-vebinarov-2027.pdf", "Voda v obshchinakh - seriya vebinarov 2027\n"
      "1. 2 fevralya: Tarify na polivnuyu vodu\n2. 16 fevralya: Remont kanalov silami obshchiny\n"
      "3. 2 marta: Zhenshchiny v assotsiatsiyakh\n4. 16 marta: Uchet vody\n5. 30 marta: Konflikty\n6. 13 aprelya: Itogi")

s.page("index.html", "Вода в общинах: серия вебинаров для ассоциаций водопользователей", """
<h1>Вода в общинах</h1>
<p><strong>Серия из шести вебинаров для ассоциаций водопользователей, февраль — апрель 2027</strong></p>
<p>Кто чистит каналы, если у джамоата нет денег? Как договориться о графике полива между верхними и нижними
махаллями? Как вести учёт воды без дорогих счётчиков? Раз в две недели председатели и бухгалтеры ассоциаций
водопользователей, мирабы и специалисты встречаются онлайн, чтобы разобрать одну такую тему на реальных примерах из
Согдийской и Хатлонской областей.</p>
<ul>
  <li><a href="programma.html">Темы и даты вебинаров</a></li>
  <li><a href="uchastie.html">Как зарегистрироваться и задать вопрос</a></li>
  <li><a href="dostupnost.html">Субтитры и перевод</a></li>
  <li><a href="zapisi.html">Записи вебинаров 2026 года</a></li>
  <li><a href="tg.html">Маълумот бо забони тоҷикӣ</a></li>
</ul>
""")

s.page("programma.html", "Программа — Вода в общинах 2027", """
<h1>Программа серии</h1>
<p>Шесть вебинаров по вторникам в 10:00 по душанбинскому времени, каждый по 90 минут.</p>
<p>Подробная программа с именами ведущих и вопросами для обсуждения — только в файле:
<a href="docs/programma-vebinarov-2027.pdf">программа серии (PDF)</a>.</p>
""")

s.page("uchastie.html", "Как участвовать — Вода в общинах 2027", """
<h1>Как участвовать</h1>
<p>Участие бесплатное. Вебинары открыты для всех, кто работает с поливной водой: членов ассоциаций
водопользователей, сотрудников джамоатов, студентов-гидротехников.</p>
<h2>Регистрация</h2>
<p>Регистрация на всю серию — через страницу вебинара в Zoom. Учётная запись Zoom не нужна: достаточно указать имя
и электронную почту, ссылка придёт в письме.</p>
<p><a class="button" href="https://us06web.zoom.us/webinar/register/WN_ObiZulol2027">Зарегистрироваться в Zoom</a></p>
<h2>Как задать вопрос</h2>
<p>Во время вебинара участники задают вопросы ведущим через кнопку «Вопросы и ответы», голосуют в опросах, а в
последние двадцать минут могут попросить слово и выступить с микрофоном.</p>
""")

s.page("dostupnost.html", "Субтитры и перевод — Вода в общинах 2027", """
<h1>Субтитры и перевод</h1>
<p>Все вебинары идут на русском языке с живыми субтитрами, которые набирает стенографистка.</p>
<p>Для участников, которым удобнее таджикский язык, работает синхронный перевод на таджикский (отдельный канал
перевода в Zoom).</p>
<p>Если вам нужна другая помощь, чтобы участвовать, напишите нам на
<a href="mailto:webinar@obizulol.example.tj">webinar@obizulol.example.tj</a> или позвоните по номеру +992 37 000 4455.</p>
""")

s.page("tg.html", "Силсилаи вебинарҳо: об дар ҷамоатҳо", """
<h1>Силсилаи вебинарҳо: об дар ҷамоатҳо</h1>
<p>Ташкилоти ҷамъиятии «Оби зулол» ассосиатсияҳои истифодабарандагони обро ба шаш вебинар даъват мекунад, ки аз
моҳи феврал то апрели соли 2027 дар Zoom баргузор мешаванд. Иштирок ройгон аст.</p>
<p>Вебинарҳо бо забони русӣ бо тарҷумаи ҳамзамон ба забони тоҷикӣ гузаронида мешаванд. Шумо метавонед саволҳо
диҳед, дар пурсишҳо овоз диҳед ва дар охири вебинар суханронӣ кунед. Барои бақайдгирӣ ба
<a href="uchastie.html">саҳифаи бақайдгирӣ</a> гузаред.</p>
""")

s.page("zapisi.html", "Записи 2026 года — Вода в общинах", f"""
<h1>Записи вебинаров 2026 года</h1>
<h2>Вебинар 1. Ассоциация как предприятие</h2>
{video("media/webinar-2026-1.mp4")}
<h2>Вебинар 2. Как собрать членские взносы</h2>
{video("media/webinar-2026-2.mp4")}
<p><a href="zapis-2026-3.html">Вебинар 3 (запись готовится)</a></p>
""")

s.page("grant.html", "Конкурс проектов — Оби зулол", """
<h1>Конкурс проектов для ассоциаций</h1>
<p>По итогам серии ассоциации водопользователей могут подать проект по ремонту каналов или учёту воды.
Размер гранта — до 25 000 сомони, софинансирование общины — не менее 10 %.</p>
""")

s.page("vakansii.html", "Вакансии — Оби зулол", """
<h1>Вакансии</h1>
<p>Консультант по работе с ассоциациями водопользователей (Бохтар), полная занятость, 9 000 сомони в месяц.</p>
""")

ENTRY = entry(
    s, name="'Water in communities' webinar series 2027 (NGO, Dushanbe)",
    languages=["ru", "tg"],
    fees=[], free_option=True, fee_support=False, remote_participation=True,
    captcha=[], account_required=False, registration_form=None, registration_host="us06web.zoom.us",
    min_age=None, accessibility_statement=True, access_services=["captions", "interpretation"],
    videos_without_captions=2, pdf_only_documents=True,
    participation_pages=["index.html", "programma.html", "uchastie.html", "dostupnost.html", "tg.html"],
    deliberate_404=["zapis-2026-3.html"],
    evidence={
        "languages": [Q("index.html", "Раз в две недели председатели и бухгалтеры ассоциаций водопользователей"),
                      Q("tg.html", "Ташкилоти ҷамъиятии «Оби зулол» ассосиатсияҳои истифодабарандагони обро",
                        "whole page in Tajik although declared lang=ru"),
                      M("tg.html", '<html lang="ru">', "wrong lang attribute")],
        "un_languages": [N("ru")],
        "fees": [Q("uchastie.html", "Участие бесплатное.", "no price"),
                 Q("grant.html", "Размер гранта — до 25 000 сомони", "grant competition, not a fee"),
                 Q("vakansii.html", "9 000 сомони в месяц", "salary, not a fee")],
        "free_option": [Q("uchastie.html", "Участие бесплатное."), Q("tg.html", "Иштирок ройгон аст.")],
        "fee_support": [N("free webinars; nothing said about any support", "uchastie.html"),
                        Q("grant.html", "Размер гранта — до 25 000 сомони", "project grant after the series, not support for taking part")],
        "remote_participation": [Q("uchastie.html", "участники задают вопросы ведущим через кнопку «Вопросы и ответы», голосуют в опросах")],
        "captcha": [N("no form on the site")],
        "account_required": [Q("uchastie.html", "Учётная запись Zoom не нужна")],
        "registration_form": [N("no own form; Zoom registration")],
        "registration_host": [M("uchastie.html", 'href="https://us06web.zoom.us/webinar/register/WN_ObiZulol2027"')],
        "registration_pdf_only": [N("Zoom registration")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("dostupnost.html", "Если вам нужна другая помощь, чтобы участвовать, напишите нам")],
        "access_services": [Q("dostupnost.html", "с живыми субтитрами, которые набирает стенографистка", "captions"),
                            Q("dostupnost.html", "работает синхронный перевод на таджикский")],
        "videos_without_captions": [M("zapisi.html", 'src="media/webinar-2026-1.mp4">', "no track"),
                                    M("zapisi.html", 'src="media/webinar-2026-2.mp4">', "no track")],
        "pdf_only_documents": [Q("programma.html", "Подробная программа с именами ведущих и вопросами для обсуждения — только в файле")],
    })
