from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Главная"), ("vznos.html", "Оргвзнос"), ("registratsiya.html", "Регистрация"),
       ("onlayn.html", "Онлайн-участие"), ("programma.html", "Программа"), ("partnery.html", "Партнёры"),
       ("gostinitsa.html", "Проживание"), ("vakansii.html", "Вакансии")]
s = mk("konferentsiya-shkolnyh-psihologov-kishinev", "Конференция школьных психологов Молдовы 2027", "ru-MD", "#4a4a9c", "ШП",
       NAV, foot={"ru-MD": "<p>Ассоциация школьных психологов (вымышленная) · conf@psiholog-scolar.example.md</p>"})
s.pdf("docs/programma-2027.pdf", "Programma konferentsii 2027\nSektsii i doklady")

s.page("index.html", "Конференция школьных психологов Молдовы 2027", """
<h1>Конференция школьных психологов Молдовы 2027</h1>
<p>Школьные психологи, педагоги и студенты-психологи собираются 23–24 апреля 2027 года в Кишинёве, в здании Педагогического
университета, чтобы обсудить профилактику буллинга, работу с тревожностью подростков и поддержку детей мигрантов.</p>
<p>Условия участия — на странице <a href="@vznos.html">оргвзноса</a>, заявка — в разделе <a href="@registratsiya.html">регистрации</a>.</p>
<section lang="ro">
<h2>Conferința psihologilor școlari din Moldova</h2>
<p>Psihologii școlari, profesorii și studenții la psihologie se reunesc pe 23–24 aprilie 2027 la Chișinău pentru a discuta
despre prevenirea bullyingului, anxietatea adolescenților și sprijinul copiilor din familii de migranți. Taxa de
participare este de 600 de lei, iar pentru studenți 250 de lei; lucrările în plen se traduc simultan din română în rusă.</p>
</section>
""")

s.page("vznos.html", "Оргвзнос", """
<h1>Организационный взнос</h1>
<ul>
<li>Участники: 600 леев</li>
<li>Студенты психологических факультетов: 250 лей</li>
<li>Онлайн-участие с вопросами докладчикам: 300 MDL</li>
</ul>
<p>Бесплатное участие не предусмотрено; докладчики также оплачивают взнос.</p>
""")

form = "".join([
    fld("fio", "ФИО (обязательно)"), fld("em", "Электронная почта (обязательно)", "email"),
    fld("tel", "Телефон (обязательно)", "tel"), fld("idnp", "IDNP (обязательно)"),
    fld("sch", "Учебное заведение (обязательно)"),
    fld("dol", "Должность", "select", opts=["Школьный психолог", "Учитель", "Студент", "Другое"]),
    fld("sek", "Секция", "select", opts=["Буллинг", "Тревожность", "Дети мигрантов"]),
    radios("fmt", "Формат участия (обязательно)", ["Очно", "Онлайн"]),
    fld("sogl", "Согласен(на) на обработку персональных данных (обязательно)", "checkbox"),
])
s.page("registratsiya.html", "Регистрация", f"""
<h1>Регистрация</h1>
<form action="@registratsiya.html" method="post">{form}
<div class="g-recaptcha" data-sitekey="6Lc-placeholder-chisinau"></div>
<button type="submit">Отправить заявку</button></form>
""")

s.page("onlayn.html", "Онлайн-участие", """
<h1>Онлайн-участие</h1>
<p>Онлайн-участники подключаются к пленарным заседаниям и секциям и задают вопросы в чате; модератор зачитывает их докладчикам в прямом эфире.</p>
""")

s.page("programma.html", "Программа", """
<h1>Программа</h1>
<p>Подробная программа с секциями и докладами доступна только в формате PDF: <a href="@docs/programma-2027.pdf">программа (PDF)</a>.</p>
<p>Пленарные заседания сопровождаются синхронным переводом с румынского на русский.</p>
""")

s.page("partnery.html", "Партнёры", """
<h1>Партнёры</h1>
<p>Пакет генерального партнёра — 20 000 леев, выставочный стол издательства — 1 500 леев.</p>
""")

s.page("gostinitsa.html", "Проживание", """
<h1>Проживание и проезд</h1>
<p>Общежитие университета — 200 леев за ночь; гостиница в центре — от 1 100 леев. Троллейбус — 6 леев.</p>
""")

s.page("vakansii.html", "Вакансии", """
<h1>Вакансии</h1>
<p>Лицей в Бельцах ищет школьного психолога: зарплата 9 500 леев в месяц.</p>
""")

ENTRY = entry(
    s, name="Moldovan School Psychologists' Conference 2027 (school psychologists' association, Chișinău)",
    languages=["ru", "ro"],
    fees=[(600, "MDL"), (250, "MDL"), (300, "MDL")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(9, 7, ["phone", "id_document", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=False,
    access_services=["interpretation"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "vznos.html", "registratsiya.html", "onlayn.html", "programma.html"],
    evidence={
        "languages": [Q("index.html", "Школьные психологи, педагоги и студенты-психологи собираются 23–24 апреля 2027 года"),
                      M("index.html", '<section lang="ro">', "Romanian section with lang"),
                      Q("index.html", "Psihologii școlari, profesorii și studenții la psihologie se reunesc")],
        "un_languages": [N("ru")],
        "fees": [Q("vznos.html", "Участники: 600 леев", "600 MDL"),
                 Q("vznos.html", "Студенты психологических факультетов: 250 лей", "250 MDL"),
                 Q("vznos.html", "Онлайн-участие с вопросами докладчикам: 300 MDL", "300 MDL"),
                 Q("index.html", "Taxa de participare este de 600 de lei, iar pentru studenți 250 de lei", "Romanian restatement, no new entries"),
                 Q("partnery.html", "Пакет генерального партнёра — 20 000 леев", "sponsorship and table: not fees"),
                 Q("gostinitsa.html", "Общежитие университета — 200 леев за ночь", "lodging and trolleybus: not fees"),
                 Q("vakansii.html", "зарплата 9 500 леев в месяц", "salary: not a fee")],
        "free_option": [Q("vznos.html", "Бесплатное участие не предусмотрено; докладчики также оплачивают взнос.")],
        "fee_support": [Q("vznos.html", "Студенты психологических факультетов: 250 лей", "student rate")],
        "remote_participation": [Q("onlayn.html", "задают вопросы в чате; модератор зачитывает их докладчикам в прямом эфире")],
        "captcha": [M("registratsiya.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, e-mail, phone, IDNP, institution, position select, section select, format "
                                "radio, consent checkbox); 7 marked (обязательно); sensitive phone, id_document, affiliation",
                                "registratsiya.html"),
                              Q("registratsiya.html", "IDNP (обязательно)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [N("no access provision or contact for access needs; interpretation alone is not one")],
        "access_services": [Q("programma.html", "синхронным переводом с румынского на русский", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programma.html", "Подробная программа с секциями и докладами доступна только в формате PDF"),
                               M("programma.html", 'href="docs/programma-2027.pdf"')],
    })
