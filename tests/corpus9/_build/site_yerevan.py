from lib import mk, Q, M, N, entry, video, placeholder_media, vtt
NAV = [("index.html", "Главная"), ("bilety.html", "Билеты"), ("studentam.html", "Студентам"), ("dostupnost.html", "Доступность"),
       ("doklady.html", "Доклады"), ("partnery.html", "Партнёрам"), ("vakansii.html", "Вакансии"), ("gostinitsy.html", "Где жить"), ("en.html", "English")]
s = mk("yerevan-devconf-2027", "Yerevan DevConf 2027", "ru", "#c2410c", "YDC", NAV,
       foot={"ru": "<p>Организатор: АНО «Ереван Девелоперс» · hello@yerevan-devconf.example.am</p>"})
placeholder_media(s, "media/keynote-2026.mp4"); placeholder_media(s, "media/panel-2026.mp4"); vtt(s, "media/keynote-2026.ru.vtt", "Добрый день")
s.page("index.html", "Yerevan DevConf 2027 — конференция разработчиков", f"""
<h1>Yerevan DevConf 2027</h1>
<p>Русскоязычная конференция разработчиков в Ереване, 18–19 сентября 2027 года, Tumo Center. Два дня докладов о бэкенде, мобильной разработке и инфраструктуре, воркшопы и нетворкинг для тех, кто переехал в Армению, и для местного сообщества.</p>
<section lang="hy"><h2>Հայերեն</h2>
<p>Yerevan DevConf-ը ծրագրավորողների համաժողով է, որը տեղի կունենա Երևանում սեպտեմբերի 18–19-ին։ Զեկույցները հիմնականում ռուսերեն են, բայց հայալեզու բաժինը կներկայացնի տեղական ստարտափներ։ Ուսանողների համար մուտքն անվճար է։</p></section>
<h2>Записи 2026 года</h2>
{video("media/keynote-2026.mp4", track="media/keynote-2026.ru.vtt", track_lang="ru", label="Русские субтитры")}
{video("media/panel-2026.mp4")}
""")
s.page("bilety.html", "Билеты", """
<h1>Билеты</h1>
<table><tr><th>Билет</th><th>Цена</th></tr>
<tr><td>Early bird (до 1 июля)</td><td>25 000 ֏</td></tr>
<tr><td>Стандарт</td><td>35 000 драмов / 8 500 ₽</td></tr>
<tr><td>Онлайн-билет: трансляция обоих залов (только просмотр)</td><td>5 000 ֏</td></tr></table>
<p>Оплата из России рублями возможна через партнёра. Студентам вход бесплатный — см. раздел <a href="@studentam.html">«Студентам»</a>.</p>
<p>Билеты продаются на <a href="https://timepad.ru/event/2741883/">Timepad</a>; регистрация без создания аккаунта, билет приходит на e-mail.</p>
<p>Дети до 14 лет проходят только в сопровождении взрослых.</p>
""")
s.page("studentam.html", "Студентам", """
<h1>Студентам</h1>
<p>Для студентов вход бесплатный, количество мест ограничено. Заполните заявку на студенческий билет.</p>
<p>Diversity-грант: для десяти участниц и участников из регионов Армении мы оплачиваем дорогу до Еревана и проживание.</p>
<form action="@studentam.html" method="post">
<input type="hidden" name="action" value="student-ticket">
<label for="nm">Имя и фамилия *</label><input type="text" id="nm" name="nm" required>
<label for="em">E-mail *</label><input type="email" id="em" name="em" required>
<label for="uni">Вуз *</label><input type="text" id="uni" name="uni" required>
<label for="kurs">Курс</label><select id="kurs" name="kurs"><option>1</option><option>2</option><option>3</option><option>4</option><option>Магистратура</option></select>
<label for="city">Город</label><input type="text" id="city" name="city">
<label for="tg">Telegram</label><input type="text" id="tg" name="tg">
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAydc27example"></div>
<button type="submit">Отправить заявку</button></form>
""")
s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Площадка оборудована пандусом и лифтом, есть доступный туалет: все залы доступны для участников на креслах-колясках.</p>
<p>На главной сцене работают субтитры в реальном времени на русском и английском.</p>
<p>Если вам нужна помощь на площадке, напишите на access@yerevan-devconf.example.am.</p>
""")
s.page("doklady.html", "Доклады", """
<h1>Доклады</h1><ul><li>Регистрация пользователей без боли: passkeys в 2027 году</li><li>Языки для бэкенда: Kotlin против Go</li><li>Комиссии платёжных шлюзов в Армении: разбор</li></ul>
""")
s.page("partnery.html", "Партнёрам", """
<h1>Партнёрам</h1><p>Генеральный партнёр — от 1 500 000 ֏. Стенд в холле — 400 000 драмов.</p>
""")
s.page("vakansii.html", "Вакансии", """
<h1>Вакансии партнёров</h1><p>Senior Go-разработчик — зарплата от 1 600 000 ֏ в месяц. QA-инженер — от 800 000 драмов.</p>
""")
s.page("gostinitsy.html", "Где жить", """
<h1>Где жить</h1><p>Отель Ani Plaza — 45 000 ֏ за ночь. Такси от аэропорта Звартноц — около 3 000 ֏. Курс: 1 ₽ ≈ 4,3 ֏.</p>
""")
s.page("en.html", "Yerevan DevConf — English", """
<h1>Yerevan DevConf 2027 in English</h1>
<p>A Russian-language developer conference in Yerevan on 18–19 September 2027, with a few talks in English and Armenian. Tickets cost AMD 35,000 (early bird AMD 25,000); students get in free.</p>
""", lang="en")
ENTRY = entry(s, name="Yerevan DevConf 2027 (Russian-language developer conference, Armenia)",
    languages=["en", "hy", "ru"], fees=[(25000, "AMD"), (35000, "AMD"), (8500, "RUB"), (5000, "AMD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["turnstile"], account_required=False,
    registration_form=(6, 3, ["affiliation"]), registration_host="timepad.ru", min_age=None,
    accessibility_statement=True, access_services=["captions", "wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "bilety.html", "studentam.html", "dostupnost.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "Русскоязычная конференция разработчиков в Ереване"),
                      Q("index.html", "Yerevan DevConf-ը ծրագրավորողների համաժողով է", "Armenian section"),
                      Q("en.html", "A Russian-language developer conference in Yerevan on 18–19 September 2027")],
        "un_languages": [N("ru, en")],
        "fees": [Q("bilety.html", "Early bird (до 1 июля) 25 000 ֏"), Q("bilety.html", "Стандарт 35 000 драмов / 8 500 ₽", "same price in two currencies: two entries"),
                 Q("bilety.html", "Онлайн-билет: трансляция обоих залов (только просмотр) 5 000 ֏", "paid watch-only stream is a fee"),
                 Q("en.html", "Tickets cost AMD 35,000 (early bird AMD 25,000)"),
                 Q("partnery.html", "Стенд в холле — 400 000 драмов.", "exhibition"), Q("vakansii.html", "зарплата от 1 600 000 ֏ в месяц", "salary"),
                 Q("gostinitsy.html", "Отель Ani Plaza — 45 000 ֏ за ночь.", "hotel"), Q("gostinitsy.html", "Курс: 1 ₽ ≈ 4,3 ֏.", "exchange rate"),
                 Q("doklady.html", "Комиссии платёжных шлюзов в Армении: разбор", "talk title")],
        "free_option": [Q("studentam.html", "Для студентов вход бесплатный, количество мест ограничено.")],
        "fee_support": [Q("studentam.html", "мы оплачиваем дорогу до Еревана и проживание")],
        "remote_participation": [Q("bilety.html", "Онлайн-билет: трансляция обоих залов (только просмотр)", "watch-only: not remote participation")],
        "captcha": [M("studentam.html", '<div class="cf-turnstile"')],
        "account_required": [Q("bilety.html", "регистрация без создания аккаунта")],
        "registration_form": [N("student-ticket application (a request to take part): name, e-mail, вуз, курс, город, telegram = 6; required 3 (name, e-mail, вуз); hidden 'action' not counted; sensitive: affiliation (вуз)", "studentam.html")],
        "registration_host": [M("bilety.html", 'href="https://timepad.ru/event/2741883/"')],
        "registration_pdf_only": [N("no PDF")],
        "min_age": [Q("bilety.html", "Дети до 14 лет проходят только в сопровождении взрослых.", "accompaniment rule, not a minimum age")],
        "accessibility_statement": [Q("dostupnost.html", "Если вам нужна помощь на площадке, напишите на access@yerevan-devconf.example.am.")],
        "access_services": [Q("dostupnost.html", "все залы доступны для участников на креслах-колясках"), Q("dostupnost.html", "субтитры в реальном времени на русском и английском")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/panel-2026.mp4">', "1 of 2 videos has no track")],
        "pdf_only_documents": [N("no PDF")],
    })
