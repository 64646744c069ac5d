"""Ukrainian digital-rights forum, Lviv. Ukrainian with an English section on the home page. Free; train fares
reimbursed for frontline communities; offline only (no stream) with two uncaptioned recordings; reCAPTCHA;
"(обов'язково)" markers; from 16 (16-17 with parental consent); Ukrainian Sign Language, wheelchair, no
interpretation this year; donations, partner package, hotel and train in hryvnias."""
from lib import mk, Q, M, N, entry, placeholder_media

NAV = [("index.html", "Головна"), ("prohrama.html", "Програма"), ("reiestratsiia.html", "Реєстрація"),
       ("kompensatsiia.html", "Компенсація проїзду"), ("format.html", "Формат"), ("dostupnist.html", "Доступність"),
       ("prozhyvannia.html", "Проживання"), ("partnery.html", "Партнерам"), ("pidtrymka.html", "Підтримати")]
s = mk("forum-tsyfrovi-prava-lviv", "Львівський форум цифрових прав", "uk", "#1e40af", "ЦП", NAV,
       foot={"uk": "<p>ГО «Цифрові права» · Львів · forum@tsyfrovi-prava.example.org.ua</p>"})

ABOUT = ("Форум об'єднує правозахисників, журналістів, IT-фахівців і представників органів влади, щоб говорити про "
         "свободу слова, захист персональних даних і безпеку в інтернеті під час війни")
EN = ("For international guests: the Lviv Digital Rights Forum brings together human-rights defenders, journalists, "
      "technologists and public officials to discuss freedom of expression, personal data protection and online "
      "safety in wartime. Sessions are in Ukrainian; some panels are held in English. Participation is free, but "
      "places are limited, so please register in advance.")
FREE = "Участь у форумі безкоштовна, але кількість місць обмежена."
AGE = "Форум відкритий для учасників від 16 років; учасники віком 16–17 років реєструються за письмовою згодою батьків."
COMP = ("Ми компенсуємо квитки на потяг (плацкарт або 2 клас Інтерсіті) учасникам із прифронтових і деокупованих "
        "громад")
OFFLINE = "Форум відбувається тільки офлайн: онлайн-трансляції не буде. Записи виступів ми опублікуємо згодом."
WHEEL = "Приміщення Палацу мистецтв доступне для людей на кріслах колісних: пандус біля головного входу, ліфт, адаптована вбиральня."
SIGN = "Пленарні сесії перекладаються українською жестовою мовою."
NOINT = "Синхронного перекладу англійською цього року не буде."
CONTACT = "Якщо вам потрібна інша підтримка, напишіть нам: access@tsyfrovi-prava.example.org.ua"

s.page("index.html", "Львівський форум цифрових прав 2027", f"""
<h1>Львівський форум цифрових прав 2027</h1>
<p class="note">Львів, 12–13 червня 2027 · Палац мистецтв</p>
<p>{ABOUT}.</p>
<p><a class="button" href="@reiestratsiia.html">Зареєструватися</a> · <a href="@kompensatsiia.html">Компенсація проїзду</a> ·
<a href="@format.html">Формат і записи</a> · <a href="@dostupnist.html">Доступність</a></p>
<h2>In English</h2>
<p>{EN}</p>
""")

s.page("reiestratsiia.html", "Реєстрація — Львівський форум цифрових прав", f"""
<h1>Реєстрація</h1>
<p>{FREE} {AGE}</p>
<form action="@reiestratsiia.html" method="post">
  <label for="pib">Прізвище та ім'я (обов'язково)</label><input type="text" id="pib" name="pib">
  <label for="em">Email</label><input type="email" id="em" name="email" required>
  <label for="tel">Телефон (обов'язково)</label><input type="tel" id="tel" name="phone">
  <label for="org">Організація / медіа</label><input type="text" id="org" name="org">
  <label for="misto">Місто</label>
  <select id="misto" name="city"><option>Львів</option><option>Київ</option><option>Харків</option><option>Одеса</option>
  <option>Інше</option></select>
  <label for="tg">Нік у Telegram</label><input type="text" id="tg" name="telegram">
  <fieldset><legend>Чи потрібна вам компенсація проїзду? (обов'язково)</legend>
    <input type="radio" id="k1" name="komp" value="yes"><label for="k1">Так</label>
    <input type="radio" id="k2" name="komp" value="no"><label for="k2">Ні</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="ok" name="consent" required><label for="ok">Погоджуюся на обробку персональних даних</label></div>
  <div class="g-recaptcha" data-sitekey="6Lc-lviv-example-sitekey-000000000000"></div>
  <button type="submit">Надіслати</button>
</form>
""")

s.page("kompensatsiia.html", "Компенсація проїзду — Львівський форум цифрових прав", f"""
<h1>Компенсація проїзду</h1>
<p>{COMP}. Позначте це у формі реєстрації та збережіть квитки.</p>
""")

placeholder_media(s, "media/forum-2026-plenarna.mp4")
placeholder_media(s, "media/forum-2026-panel-media.mp4")
s.page("format.html", "Формат — Львівський форум цифрових прав", f"""
<h1>Формат форуму</h1>
<p>{OFFLINE}</p>
<h2>Записи 2026 року</h2>
<p>Пленарна сесія «Свобода слова в умовах воєнного стану»</p>
<video controls preload="none" width="640" src="@media/forum-2026-plenarna.mp4"></video>
<p>Панель «Медіа та платформи»</p>
<video controls preload="none" width="640" src="@media/forum-2026-panel-media.mp4"></video>
""")

s.page("dostupnist.html", "Доступність — Львівський форум цифрових прав", f"""
<h1>Доступність</h1>
<p>{WHEEL}</p>
<p>{SIGN} {NOINT}</p>
<p>Під час повітряної тривоги учасників супроводжують до укриття в підвалі; до нього можна спуститися ліфтом.</p>
<p>{CONTACT}</p>
""")

s.page("pidtrymka.html", "Підтримати — Львівський форум цифрових прав", """
<h1>Підтримати форум</h1>
<p>Форум безкоштовний завдяки донатам. Підтримайте нас: 200 грн, 500 грн або будь-яка сума на банку.</p>
""")

s.page("partnery.html", "Партнерам — Львівський форум цифрових прав", """
<h1>Партнерські пакети</h1>
<ul><li>Генеральний партнер — 120 000 грн</li><li>Партнерський пакет — 40 000 грн</li></ul>
""")

s.page("prozhyvannia.html", "Проживання — Львівський форум цифрових прав", """
<h1>Проживання та дорога</h1>
<p>Готелі поруч із Палацом мистецтв: від 1 400 грн за ніч. Потяг Інтерсіті Київ — Львів: від 650 грн.</p>
""")

s.page("prohrama.html", "Програма — Львівський форум цифрових прав", """
<h1>Програма</h1>
<ul>
  <li>Реєстрація ЗМІ: нові правила та ризики для незалежних медіа</li>
  <li>Мови меншин в онлайн-просторі</li>
  <li>Комісії платіжних сервісів і фінансування громадських організацій</li>
</ul>
""")

ENTRY = entry(
    s, name="Львівський форум цифрових прав 2027 (Ukrainian digital-rights forum)",
    languages=["uk", "en"], fees=[], free_option=True, fee_support=True, remote_participation=False,
    captcha=["recaptcha"], account_required=False, registration_form=(8, 5, ["affiliation", "phone"]), min_age=16,
    accessibility_statement=True, access_services=["sign_language", "wheelchair_access"], videos_without_captions=2,
    participation_pages=["index.html", "reiestratsiia.html", "kompensatsiia.html", "format.html", "dostupnist.html"],
    evidence={
        "languages": [Q("index.html", ABOUT), Q("index.html", EN, "English section on the Ukrainian home page")],
        "un_languages": [N("en only; uk is not a UN language")],
        "fees": [Q("reiestratsiia.html", FREE),
                 Q("pidtrymka.html", "Підтримайте нас: 200 грн, 500 грн або будь-яка сума", "donation, not a fee"),
                 Q("partnery.html", "Партнерський пакет — 40 000 грн", "sponsorship, not a fee"),
                 Q("prozhyvannia.html", "від 1 400 грн за ніч", "hotel, not a fee"),
                 Q("prozhyvannia.html", "Потяг Інтерсіті Київ — Львів: від 650 грн", "train, not a fee")],
        "free_option": [Q("reiestratsiia.html", FREE)],
        "fee_support": [Q("kompensatsiia.html", COMP)],
        "remote_participation": [Q("format.html", OFFLINE)],
        "captcha": [M("reiestratsiia.html", '<div class="g-recaptcha" data-sitekey=')],
        "account_required": [N("no account")],
        "registration_form": [M("reiestratsiia.html", "<legend>Чи потрібна вам компенсація проїзду? (обов'язково)</legend>"),
                              N("8 fields: ПІБ, email, телефон, організація, місто, Telegram, компенсація (radio group), "
                                "consent. Required: ПІБ and телефон ((обов'язково)), email, компенсація (legend marker), "
                                "consent = 5. Sensitive: phone, affiliation.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("reiestratsiia.html", AGE)],
        "accessibility_statement": [Q("dostupnist.html", CONTACT), Q("dostupnist.html", WHEEL)],
        "access_services": [Q("dostupnist.html", WHEEL), Q("dostupnist.html", SIGN),
                            Q("dostupnist.html", NOINT, "negation: no interpretation")],
        "videos_without_captions": [M("format.html", 'src="media/forum-2026-plenarna.mp4"></video>'),
                                    M("format.html", 'src="media/forum-2026-panel-media.mp4"></video>')],
        "pdf_only_documents": [N("no PDF")],
    })
