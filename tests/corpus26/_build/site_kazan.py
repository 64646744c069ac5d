"""International young pianists' competition (made-up children's music foundation, Kazan, Russia): ru-RU, Tatar section
without lang."""
from lib import *

NAV = [("index.html", "Главная"), ("vznosy.html", "Взносы"), ("zayavka.html", "Заявка"), ("onlain.html", "Онлайн-категория"),
       ("polozhenie.html", "Положение"), ("dostupnost.html", "Доступность"), ("gostinitsy.html", "Проживание"),
       ("partnery.html", "Партнёры")]
s = mk("konkurs-yunyh-pianistov-kazan", "Конкурс юных пианистов «Казанская весна»", "ru-RU", "#3d3b8e", "КВ", NAV,
       foot={"ru-RU": "<p>Фонд «Детская музыка Поволжья» (вымышленный), ул. Пушкина, Казань · konkurs@kazan-vesna.example.ru</p>"})

s.page("index.html", "Конкурс юных пианистов «Казанская весна» 2027", """
<h1>VII Международный конкурс юных пианистов «Казанская весна»</h1>
<p>Конкурс пройдёт с 19 по 24 апреля 2027 года в концертном зале музыкального колледжа. Приглашаются пианисты от 7 до 16 лет из России и других стран.</p>
<p>Три возрастные группы, очные прослушивания, мастер-классы членов жюри и онлайн-категория по видеозаписям.</p>
<ul>
<li><a href="@vznosy.html">Вступительные взносы</a></li>
<li><a href="@zayavka.html">Подать заявку</a></li>
<li><a href="@onlain.html">Онлайн-категория</a></li>
<li><a href="@polozhenie.html">Положение о конкурсе</a></li>
<li><a href="@dostupnost.html">Доступность</a></li>
</ul>
""" + video("media/gala-2026.mp4", track="media/gala-2026.vtt", track_lang="ru", label="Русский") + """
<section>
<h2>Татарча</h2>
<p>Яшь пианистларның «Казан язы» халыкара бәйгесе 2027 елның апрелендә уза. Анда 7 яшьтән 16 яшькә кадәр балалар катнаша ала.</p>
<p>Катнашу өчен взнос — 4 500 сум. Тамашачылар өчен тыңлауларга керү бушлай.</p>
</section>
""")
placeholder_media(s, "media/gala-2026.mp4")
vtt(s, "media/gala-2026.vtt", "Гала-концерт лауреатов")

s.page("vznosy.html", "Взносы – «Казанская весна»", """
<h1>Вступительные взносы</h1>
<ul>
<li>Очное участие: 4 500 ₽</li>
<li>Онлайн-категория (видеопрослушивание): 3 000 рублей</li>
<li>Мастер-класс члена жюри (по желанию): 2 000 руб. за урок</li>
</ul>
<p>Вход на конкурсные прослушивания и гала-концерт для зрителей свободный.</p>
<p>Участникам из сельских музыкальных школ Татарстана компенсируется стоимость проезда до Казани и обратно.</p>
<p>Взнос не возвращается при отказе от участия.</p>
""")

s.page("zayavka.html", "Заявка – «Казанская весна»", """
<h1>Заявка на участие</h1>
<p>Заявку заполняет родитель или преподаватель участника. Приём заявок до 1 марта 2027 года.</p>
<form action="@zayavka.html" method="post">
""" + fld("fio", "ФИО участника (обязательно)") + fld("dob", "Дата рождения (обязательно)", "date")
    + fld("doc", "Номер свидетельства о рождении или паспорта (обязательно)") + fld("school", "Музыкальная школа (обязательно)")
    + fld("teacher", "Преподаватель") + fld("ptel", "Телефон родителя (обязательно)", "tel") + fld("email", "E-mail (обязательно)", "email")
    + fld("cat", "Категория (обязательно)", "select", opts=["Младшая группа (7–9 лет)", "Средняя группа (10–12 лет)", "Старшая группа (13–16 лет)", "Онлайн-категория"])
    + fld("prog", "Программа выступления", "textarea") + fld("video", "Видеозапись (для онлайн-категории)", "file")
    + fld("agree", "Согласие на обработку персональных данных (обязательно)", "checkbox") + """
<div class="smart-captcha" data-sitekey="ysc1_kazan_vesna_example"></div>
<button type="submit">Отправить заявку</button>
</form>
""")

s.page("onlain.html", "Онлайн-категория – «Казанская весна»", """
<h1>Онлайн-категория</h1>
<p>Пианисты, которые не могут приехать в Казань, присылают видеозапись программы. Жюри оценивает записи по тем же критериям, что и очные выступления.</p>
<p>Лауреаты онлайн-категории получают дипломы I–III степени, а результаты публикуются вместе с результатами очного тура.</p>
""")

s.page("polozhenie.html", "Положение – «Казанская весна»", """
<h1>Положение о конкурсе</h1>
<p>Требования к программе, возрастные группы и критерии оценки изложены в положении.</p>
<p>Положение о конкурсе доступно только в формате PDF: <a href="@docs/polozhenie-2027.pdf">скачать положение (PDF)</a>.</p>
""")
s.pdf("docs/polozhenie-2027.pdf", "Polozhenie o konkurse Kazanskaya vesna 2027\nRules of the competition")

s.page("dostupnost.html", "Доступность – «Казанская весна»", """
<h1>Доступность</h1>
<p>Прослушивания проходят в малом зале на втором этаже старого здания колледжа; лифта нет.</p>
<p>Сурдоперевод не предусмотрен.</p>
<p>Если участнику или зрителю нужна помощь, напишите нам на dostup@kazan-vesna.example.ru — мы постараемся найти решение.</p>
""")

s.page("gostinitsy.html", "Проживание – «Казанская весна»", """
<h1>Проживание и транспорт</h1>
<p>Гостиница «Кремлёвская набережная»: от 4 200 ₽ за ночь. Хостел у колледжа: 900 рублей.</p>
<p>Проезд в метро — 45 руб.</p>
""")

s.page("partnery.html", "Партнёры – «Казанская весна»", """
<h1>Партнёры</h1>
<p>Призовой фонд конкурса — 300 000 ₽. Генеральный партнёр — музыкальный магазин «Клавир».</p>
""")

P = ["index.html", "vznosy.html", "zayavka.html", "onlain.html", "polozhenie.html", "dostupnost.html"]
ENTRY = entry(s, name="Kazan Spring International Young Pianists' Competition 2027 (children's music foundation, Kazan, Russia)",
    languages=["ru", "tt"], fees=[(4500, "RUB"), (3000, "RUB"), (2000, "RUB")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["other"], account_required=False,
    registration_form=(11, 8, ["birth_date", "id_document", "affiliation", "phone"]), min_age=7,
    accessibility_statement=True, access_services=[], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=P,
    evidence={
        "languages": [Q("index.html", "Конкурс пройдёт с 19 по 24 апреля 2027 года в концертном зале музыкального колледжа."),
                      Q("index.html", "Яшь пианистларның «Казан язы» халыкара бәйгесе 2027 елның апрелендә уза.", "Tatar section without lang")],
        "un_languages": [N("ru")],
        "fees": [Q("vznosy.html", "Очное участие: 4 500 ₽"), Q("vznosy.html", "Онлайн-категория (видеопрослушивание): 3 000 рублей"),
                 Q("vznosy.html", "Мастер-класс члена жюри (по желанию): 2 000 руб. за урок"),
                 Q("index.html", "Катнашу өчен взнос — 4 500 сум.", "Tatar restatement in roubles: no new entry"),
                 Q("gostinitsy.html", "от 4 200 ₽ за ночь", "hotel, hostel, metro: not fees"),
                 Q("partnery.html", "Призовой фонд конкурса — 300 000 ₽.", "prize fund: not a fee")],
        "free_option": [Q("vznosy.html", "Вход на конкурсные прослушивания и гала-концерт для зрителей свободный.")],
        "fee_support": [Q("vznosy.html", "Участникам из сельских музыкальных школ Татарстана компенсируется стоимость проезда")],
        "remote_participation": [Q("onlain.html", "Жюри оценивает записи по тем же критериям, что и очные выступления.", "judged online category")],
        "captcha": [M("zayavka.html", '<div class="smart-captcha"', "Yandex SmartCaptcha: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (name, birth date, birth certificate/passport number, music school, teacher, parent's phone, e-mail, category select, programme textarea, video file, consent checkbox); 8 marked (обязательно); sensitive birth_date, id_document, affiliation, phone", "zayavka.html"),
                              Q("zayavka.html", "Номер свидетельства о рождении или паспорта (обязательно)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "Приглашаются пианисты от 7 до 16 лет")],
        "accessibility_statement": [Q("dostupnost.html", "Если участнику или зрителю нужна помощь, напишите нам", "contact for access needs")],
        "access_services": [Q("dostupnost.html", "лифта нет", "second floor without lift: no wheelchair_access"),
                            Q("dostupnost.html", "Сурдоперевод не предусмотрен.", "negated")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "the only video has captions")],
        "pdf_only_documents": [Q("polozhenie.html", "Положение о конкурсе доступно только в формате PDF")],
    })
