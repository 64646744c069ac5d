"""Local self-government forum of a (made-up) communities' association (Yerevan): ru, Armenian section."""
from lib import mk, placeholder_media, video, vtt, Q, M, N, entry

SLUG = "forum-mestnogo-samoupravleniya-erevan"
NAV = [("index.html", "Главная"), ("programma.html", "Программа"), ("uchastie.html", "Условия участия"),
       ("onlayn.html", "Онлайн-участие"), ("dostupnost.html", "Доступность"), ("faq.html", "Вопросы"),
       ("granty.html", "Гранты"), ("gostinica.html", "Проживание")]
FOOT = ('<p>Ассоциация общин (вымышленная) — ул. Туманяна, Ереван · '
        '<a href="mailto:forum@hamaynq.example.am">forum@hamaynq.example.am</a></p>')
s = mk(SLUG, "Форум местного самоуправления — 2027", "ru", "#c2410c", "ФМС", NAV, foot={"ru": FOOT})
placeholder_media(s, "media/forum2026.mp4")
vtt(s, "media/forum2026.ru.vtt", "Добро пожаловать на форум")
s.pdf("docs/zayavka-2027.pdf", "Zayavka na uchastie v Forume mestnogo samoupravleniya 2027\nFIO: ____\nObshchina: ____\nDolzhnost: ____\nPodpis: ____")

s.page("index.html", "Форум местного самоуправления — Ереван, 3–4 июня 2027", """
<h1>Форум местного самоуправления — 2027</h1>
<p>Ереван, 3–4 июня 2027 года</p>
<p>Главы укрупнённых общин, члены советов старейшин, эксперты и представители гражданского общества обсудят
межмуниципальное сотрудничество, бюджеты общин и участие жителей в принятии решений. По итогам форума принимается
резолюция с предложениями к правительству.</p>
<ul>
  <li><a href="@uchastie.html">Условия участия и заявка</a></li>
  <li><a href="@onlayn.html">Онлайн-участие и голосование</a></li>
  <li><a href="@dostupnost.html">Доступность и перевод</a></li>
  <li><a href="@faq.html">Задать вопрос организаторам</a></li>
</ul>
<section lang="hy">
<h2>Հայերեն</h2>
<p>Տեղական ինքնակառավարման ֆորումը տեղի կունենա Երևանում՝ 2027 թվականի հունիսի 3–4-ը։ Ֆորումին կմասնակցեն
համայնքների ղեկավարներ, ավագանիների անդամներ, փորձագետներ և քաղաքացիական հասարակության ներկայացուցիչներ։
Գյուղական համայնքների ղեկավարները մասնակցում են անվճար։ Մասնակցության հայտը լրացրեք PDF ձևով և ուղարկեք
էլեկտրոնային փոստով։ Քննարկումները կթարգմանվեն ռուսերենից հայերեն և հակառակը։</p>
</section>
<h2>Форум 2026 года</h2>
""" + video("media/forum2026.mp4", track="media/forum2026.ru.vtt", track_lang="ru", label="Русский") + """
""")

s.page("uchastie.html", "Условия участия", """
<h1>Условия участия</h1>
<h2>Регистрационный взнос</h2>
<ul>
  <li>Регистрационный взнос — 20 000 драмов (включает материалы, обеды и кофе-брейки).</li>
  <li>Для студентов и аспирантов — ֏ 10 000.</li>
  <li>Главы сельских общин участвуют бесплатно.</li>
</ul>
<p>Расходы на проезд глав сельских общин из марзов компенсируются Ассоциацией по предъявлении билетов.</p>
<h2>Заявка</h2>
<p>Для участия заполните <a href="@docs/zayavka-2027.pdf">заявку (PDF)</a>, подпишите её и отправьте скан на
forum@hamaynq.example.am до 15 мая. Онлайн-регистрация не предусмотрена.</p>
""")

s.page("onlayn.html", "Онлайн-участие", """
<h1>Онлайн-участие</h1>
<p>Форум проходит в гибридном формате. Участники, подключившиеся онлайн, могут выступать в дискуссиях и голосовать
за итоговую резолюцию через платформу форума. Ссылка отправляется после подтверждения заявки.</p>
""")

s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Все заседания сопровождаются синхронным переводом с русского на армянский и с армянского на русский.</p>
<p>К сожалению, зал не оборудован пандусом, а лифт в здании слишком узок для инвалидной коляски. Мы ищем решение
к следующему году.</p>
<p>Если вам нужна помощь при посещении форума, позвоните координатору: +374 10 00 00 00.</p>
""")

s.page("faq.html", "Вопросы", """
<h1>Частые вопросы</h1>
<details open><summary>Можно ли зарегистрироваться на месте?</summary>
<p>Нет, только по заявке, отправленной заранее.</p></details>
<details open><summary>Будет ли перевод?</summary>
<p>Да, русский и армянский языки.</p></details>
<h2>Задать вопрос</h2>
<form action="@faq.html" method="post">
  <label for="qn">Имя</label><input type="text" id="qn" name="name">
  <label for="qe">Электронная почта</label><input type="email" id="qe" name="email">
  <label for="qq">Ваш вопрос</label><textarea id="qq" name="question" rows="4"></textarea>
  <div class="frc-captcha" data-sitekey="FCMHAMAYNQEXAMPLE"></div>
  <button type="submit">Отправить</button>
</form>
""")

s.page("programma.html", "Программа", """
<h1>Программа</h1>
<ul>
  <li>Бюджет общины: 500 миллионов драмов — много или мало?</li>
  <li>Армянский жестовый язык в муниципальных услугах</li>
  <li>Молодёжные советы: участие жителей до 30 лет</li>
</ul>
""")

s.page("granty.html", "Гранты", """
<h1>Гранты для общин</h1>
<p>Партнёры форума объявляют конкурс межмуниципальных проектов: гранты до 5 млн драмов на проект.</p>
""")

s.page("gostinica.html", "Проживание", """
<h1>Проживание и транспорт</h1>
<p>Гостиница рядом с местом проведения: от AMD 25,000 за ночь. Такси по центру — около 1 500 ֏, проезд в метро — 100 драмов.</p>
""")

ENTRY = entry(
    s, name="Local Self-Government Forum 2027 (association of communities, Yerevan)",
    languages=["ru", "hy"], fees=[(20000, "AMD"), (10000, "AMD")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["friendlycaptcha"], account_required=False, registration_form=None,
    registration_pdf_only=True, min_age=None, accessibility_statement=True, access_services=["interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "uchastie.html", "onlayn.html", "dostupnost.html", "faq.html"],
    evidence={
        "languages": [Q("index.html", "Главы укрупнённых общин, члены советов старейшин"),
                      Q("index.html", "Տեղական ինքնակառավարման ֆորումը տեղի կունենա Երևանում", "Armenian section")],
        "un_languages": [N("ru")],
        "fees": [Q("uchastie.html", "Регистрационный взнос — 20 000 драмов"), Q("uchastie.html", "Для студентов и аспирантов — ֏ 10 000."),
                 Q("granty.html", "гранты до 5 млн драмов на проект", "grant, not a fee"),
                 Q("gostinica.html", "от AMD 25,000 за ночь", "hotel, taxi, metro"),
                 Q("programma.html", "Бюджет общины: 500 миллионов драмов — много или мало?", "talk title")],
        "free_option": [Q("uchastie.html", "Главы сельских общин участвуют бесплатно.", "free for one group")],
        "fee_support": [Q("uchastie.html", "Расходы на проезд глав сельских общин из марзов компенсируются"),
                        Q("uchastie.html", "Для студентов и аспирантов", "student rate")],
        "remote_participation": [Q("onlayn.html", "Участники, подключившиеся онлайн, могут выступать в дискуссиях и голосовать за итоговую резолюцию")],
        "captcha": [M("faq.html", '<div class="frc-captcha"', "on the question form of the FAQ")],
        "account_required": [N("no account; PDF application by e-mail")],
        "registration_form": [N("no online registration form; the question form (3 fields) is an enquiry form", "faq.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("uchastie.html", "Онлайн-регистрация не предусмотрена."),
                                  M("uchastie.html", 'href="docs/zayavka-2027.pdf"')],
        "min_age": [N("no age limit; 'residents under 30' is a talk title", "programma.html")],
        "accessibility_statement": [Q("dostupnost.html", "Если вам нужна помощь при посещении форума, позвоните координатору")],
        "access_services": [Q("dostupnost.html", "Все заседания сопровождаются синхронным переводом с русского на армянский"),
                            Q("dostupnost.html", "К сожалению, зал не оборудован пандусом", "not wheelchair accessible (negation)")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/forum2026.ru.vtt"', "captioned")],
        "pdf_only_documents": [M("uchastie.html", 'href="docs/zayavka-2027.pdf"', "application form only as PDF")],
    })
