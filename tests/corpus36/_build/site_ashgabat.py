from lib import *

NAV = [("index.html", "О школе"), ("stoimost.html", "Стоимость"), ("zayavka.html", "Заявка"), ("programma.html", "Программа"),
       ("voprosy.html", "Вопросы"), ("suveniry.html", "Сувениры"), ("prozhivanie.html", "Проживание"), ("partnery.html", "Партнёры")]
s = mk("letnyaya-shkola-molodyh-veterinarov-ashgabat", "Летняя школа молодых ветеринаров – Ашхабад", "ru-TM", "#7a4b21", "ЛШ", NAV,
       foot={"ru-TM": "<p>Ассоциация ветеринаров-коневодов (вымышленная) · Ашхабад, проспект Махтумкули, 55 · school@akhalteke-vet.example.tm</p>"})
placeholder_media(s, "media/kovka.mp4")
s.pdf("docs/programma.pdf", "Summer school of young veterinarians 2027\nProgramme\nDay 1: equine anatomy\nDay 2: hoof care")

s.page("index.html", "Летняя школа молодых ветеринаров 2027", f"""
<h1>Летняя школа молодых ветеринаров</h1>
<p>С 12 по 23 июля 2027 года на конном комплексе под Ашхабадом пройдёт летняя школа для молодых ветеринаров, которые хотят работать с ахалтекинскими лошадьми. Занятия ведут практикующие врачи конезаводов: осмотр, ковка, уход за жеребятами, первая помощь на скачках.</p>
<section>
<h2>Türkmençe</h2>
<p>Ýaş weterinarlar üçin tomusky mekdep Aşgabadyň golaýynda 2027-nji ýylyň iýul aýynda geçiriler. Gatnaşyk tölegi 650 manat, talyplar üçin 250 manat. Sapaklar atçylyk toplumynda, diňe ýüzbe-ýüz geçirilýär.</p>
</section>
{video("media/kovka.mp4")}
<p><a href="@zayavka.html">Подать заявку</a> · <a href="@otchet-2026.html">Отчёт о школе 2026 года</a></p>
""")

s.page("stoimost.html", "Стоимость", """
<h1>Стоимость участия</h1>
<ul>
<li>Участник: 650 манатов</li>
<li>Студенты Туркменского сельскохозяйственного университета: 250 манатов</li>
<li>Выезд на конезавод в Ахалском велаяте (организует школа, 20 июля): 120 манатов</li>
</ul>
<p>Участие для всех платное: освобождения от взноса не предусмотрены.</p>
""")

s.page("zayavka.html", "Заявка", f"""
<h1>Заявка на участие</h1>
<p>Принимаются заявки от выпускников и студентов старших курсов не моложе девятнадцати лет.</p>
<form action="@zayavka.html" method="post">
{fld("fio", "Фамилия, имя, отчество (обязательно к заполнению)")}
{fld("pass", "Номер паспорта (обязательно к заполнению)")}
{fld("dob", "Дата рождения", "date", req=True)}
{fld("tel", "Телефон (обязательно к заполнению)", "tel")}
{fld("mail", "Электронная почта", "email")}
{fld("org", "Вуз или ветеринарная клиника")}
{fld("velayat", "Велаят", "select", opts=["Ахалский", "Балканский", "Дашогузский", "Лебапский", "Марыйский", "Ашхабад"])}
{radios("cat", "Категория", ["Участник", "Студент"], req=True)}
{fld("visit", "Запишите меня на выезд на конезавод", "checkbox")}
{fld("letter", "Мотивационное письмо", "file")}
{fld("soglasie", "Согласен на обработку данных", "checkbox", req=True)}
<button type="submit">Отправить заявку</button>
</form>
""")

s.page("programma.html", "Программа", """
<h1>Программа</h1>
<p>Подробная программа по дням публикуется только в формате PDF: <a href="@docs/programma.pdf">программа школы (PDF)</a>.</p>
<p>Часть занятий ведётся на туркменском языке; для них обеспечен синхронный перевод с туркменского на русский.</p>
""")

s.page("voprosy.html", "Вопросы", """
<h1>Частые вопросы</h1>
<details><summary>Можно ли участвовать онлайн?</summary><p>Нет, школа проходит только очно: все занятия — у денников и в манеже.</p></details>
<details><summary>Нужна ли своя спецодежда?</summary><p>Халаты и сапоги выдаются на месте.</p></details>
""")

s.page("suveniry.html", "Сувениры", """
<h1>Сувениры</h1>
<p>Ковёр ручной работы с гёлем «Ахал»: 900 манатов. Статуэтка ахалтекинца: 140 манатов.</p>
""")

s.page("prozhivanie.html", "Проживание", """
<h1>Проживание и дорога</h1>
<p>Гостиница рядом с комплексом: 300 манатов в сутки.</p>
<p>Автобус из Ташкента до Ашхабада: около 180 000 сум.</p>
""")

s.page("partnery.html", "Партнёры", """
<h1>Партнёры</h1>
<p>Генеральный партнёр школы: 20 000 манатов.</p>
""")

ENTRY = entry(s, name="Summer school of young veterinarians 2027 (association of equine veterinarians, Ashgabat, Turkmenistan)",
    languages=["ru", "tk"],
    fees=[(650, "TMT"), (250, "TMT"), (120, "TMT")],
    free_option=False, fee_support=True, remote_participation=False, captcha=[],
    account_required=False, registration_form=(11, 6, ["id_document", "birth_date", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=19, accessibility_statement=False,
    access_services=["interpretation"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "stoimost.html", "zayavka.html", "programma.html", "voprosy.html"],
    deliberate_404=["otchet-2026.html"],
    evidence={
        "languages": [Q("index.html", "пройдёт летняя школа для молодых ветеринаров"),
                      Q("index.html", "Ýaş weterinarlar üçin tomusky mekdep Aşgabadyň golaýynda", "Turkmen section without lang: counts")],
        "un_languages": [N("ru")],
        "fees": [Q("stoimost.html", "Участник: 650 манатов"), Q("stoimost.html", "250 манатов", "students"),
                 Q("stoimost.html", "120 манатов", "paid stud-farm visit of the school itself"),
                 Q("index.html", "Gatnaşyk tölegi 650 manat, talyplar üçin 250 manat.", "Turkmen restatement: no new entry"),
                 Q("suveniry.html", "900 манатов", "goods: not a fee"),
                 Q("prozhivanie.html", "300 манатов в сутки", "hotel: not a fee"),
                 Q("prozhivanie.html", "около 180 000 сум", "UZS bus: not a fee"),
                 Q("partnery.html", "20 000 манатов", "sponsor: not a fee")],
        "free_option": [Q("stoimost.html", "Участие для всех платное: освобождения от взноса не предусмотрены.")],
        "fee_support": [Q("stoimost.html", "Студенты Туркменского сельскохозяйственного университета: 250 манатов", "student rate below 650")],
        "remote_participation": [Q("voprosy.html", "школа проходит только очно", "FAQ only")],
        "captcha": [N("no CAPTCHA markup", "zayavka.html")],
        "account_required": [N("own form, no password, no platform", "zayavka.html")],
        "registration_form": [N("11 fields: name, passport number, birth date, phone, e-mail, university/clinic, velayat select, category radio, visit checkbox, letter file, consent checkbox; required: 3 marked (обязательно к заполнению) + birth date + radio + consent (required attr) = 6", "zayavka.html"),
                              Q("zayavka.html", "Номер паспорта (обязательно к заполнению)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("zayavka.html", "не моложе девятнадцати лет")],
        "accessibility_statement": [N("no provision and no contact for access needs; interpretation alone is not one", "programma.html")],
        "access_services": [Q("programma.html", "обеспечен синхронный перевод с туркменского на русский", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/kovka.mp4">', "no track")],
        "pdf_only_documents": [Q("programma.html", "Подробная программа по дням публикуется только в формате PDF")],
    })
