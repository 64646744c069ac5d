"""Russian-language cybersecurity forum in Bishkek: ru site, one English page."""
from lib import make, video, placeholder_media, vtt

NAV = {"ru": [("index.html", "Главная"), ("programma.html", "Программа"), ("uchastie.html", "Стоимость участия"),
              ("registratsiya.html", "Регистрация"), ("onlain.html", "Онлайн-трансляция"), ("ctf.html", "CTF"),
              ("partnery.html", "Партнёрам"), ("vakansii.html", "Вакансии"), ("prozhivanie.html", "Проживание и трансфер"),
              ("en/index.html", "English")],
       "en": [("en/index.html", "Home"), ("registratsiya.html", "Registration (Russian)"), ("index.html", "Русский")]}
FOOT = {"ru": "<p>Центральноазиатский форум по кибербезопасности · Бишкек · info@cacf.example.kg</p>",
        "en": "<p>Central Asian Cybersecurity Forum · Bishkek · info@cacf.example.kg</p>"}
s = make("kiberforum-bishkek", name="Центральноазиатский форум по кибербезопасности 2026", lang="ru", colour="#1a237e", logo="CA",
         navs=NAV, foot=FOOT, brand={"ru": "Форум по кибербезопасности", "en": "Central Asian Cybersecurity Forum"},
         langs={"ru": [("en/index.html", "EN")], "en": [("index.html", "RU")]},
         skip={"ru": "Перейти к содержанию"}, homes={"en": "en/index.html"})
placeholder_media(s, "media/cacf-2025-itogi.mp4")
placeholder_media(s, "media/cacf-2025-ctf.mp4")
vtt(s, "media/cacf-2025-itogi.ru.vtt", "Итоги форума 2025 года.")
s.pdf("docs/programma-cacf-2026.pdf", "CACF 2026 programme\nDay 1: threat landscape\nDay 2: incident response")

s.page("index.html", "Центральноазиатский форум по кибербезопасности 2026 — Бишкек", """
<h1>Кош келиңиздер! Центральноазиатский форум по кибербезопасности 2026</h1>
<p>Форум пройдёт 14–15 октября в конгресс-холле «Ала-Тоо» в Бишкеке. Специалисты по информационной безопасности из Кыргызстана, Казахстана, Узбекистана, Таджикистана и других стран обсудят атаки на банки и госсистемы, реагирование на инциденты и подготовку кадров.</p>
<p>В программе — два пленарных заседания, три тематические секции, выставка и соревнования CTF.</p>
<p><a href="@uchastie.html">Стоимость участия</a> · <a href="@registratsiya.html">Регистрация</a> · <a href="@onlain.html">Онлайн-трансляция</a></p>
<h2>Итоги форума 2025</h2>
""" + video("media/cacf-2025-itogi.mp4", track="media/cacf-2025-itogi.ru.vtt", track_lang="ru", label="Русский") + """
<h2>Финал CTF 2025</h2>
""" + video("media/cacf-2025-ctf.mp4") + """
""")

s.page("uchastie.html", "Стоимость участия — Форум по кибербезопасности 2026", """
<h1>Стоимость участия</h1>
<table>
<tr><th>Пакет</th><th>Стоимость</th><th>Что входит</th></tr>
<tr><td>Стандарт</td><td>4 500 сом</td><td>Все заседания и секции, выставка, кофе-брейки</td></tr>
<tr><td>Бизнес</td><td>12 000 сом</td><td>Всё из пакета «Стандарт», места в первых рядах, бизнес-лаунж</td></tr>
<tr><td>Иностранные участники (пакет «Стандарт»)</td><td>55 USD</td><td>Оплата картой в долларах</td></tr>
</table>
<p>Участие во всех форматах платное. Бесплатных билетов, скидок и грантов на участие нет.</p>
<p>Синхронный перевод пленарных заседаний на английский язык входит в стоимость.</p>
""")

s.page("registratsiya.html", "Регистрация — Форум по кибербезопасности 2026", """
<h1>Регистрация</h1>
<p>Чтобы зарегистрироваться, создайте личный кабинет участника: в нём вы оплачиваете пакет и получаете электронный пропуск. Участие в форуме — с 18 лет. В рамках форума также проходит школьная лига CTF для учащихся от 14 лет.</p>
<p>Поля, отмеченные звёздочкой (*), обязательны.</p>
<form action="@registratsiya.html" method="post">
  <label for="fio">ФИО *</label><input type="text" id="fio" name="fio">
  <label for="email">Электронная почта *</label><input type="email" id="email" name="email">
  <label for="pw">Пароль *</label><input type="password" id="pw" name="password">
  <label for="pw2">Повторите пароль *</label><input type="password" id="pw2" name="password2">
  <label for="tel">Телефон *</label><input type="tel" id="tel" name="phone">
  <label for="org">Компания или организация *</label><input type="text" id="org" name="company">
  <label for="pos">Должность</label><input type="text" id="pos" name="position">
  <label for="pass">Серия и номер паспорта (обязательно)</label><input type="text" id="pass" name="passport">
  <label for="dob">Дата рождения (обязательно)</label><input type="date" id="dob" name="birth_date">
  <label for="cat">Категория участника</label><select id="cat" name="category"><option>Госсектор</option><option>Банки и финансы</option><option>Телеком</option><option>Вуз</option><option>Другое</option></select>
  <div class="check"><input type="checkbox" id="pd" name="consent"> <label for="pd">Согласен на обработку персональных данных *</label></div>
  <div class="smart-captcha" data-sitekey="ysc1_CacfExampleSiteKey000000000000000"></div>
  <button type="submit">Создать личный кабинет</button>
</form>
<p>Данные паспорта нужны для оформления пропуска в конгресс-холл.</p>
""")

s.page("onlain.html", "Онлайн-трансляция — Форум по кибербезопасности 2026", """
<h1>Онлайн-трансляция</h1>
<p>Пленарные заседания транслируются на сайте форума. Трансляция только для просмотра: задавать вопросы и выступать онлайн нельзя.</p>
""")

s.page("en/index.html", "Central Asian Cybersecurity Forum 2026 — Bishkek", """
<h1>Central Asian Cybersecurity Forum 2026</h1>
<p>14–15 October, Ala-Too Congress Hall, Bishkek. Security specialists from Kyrgyzstan, Kazakhstan, Uzbekistan, Tajikistan and beyond discuss attacks on banks and government systems, incident response and training.</p>
<p>Participation is paid: Standard KGS 4,500, Business KGS 12,000, or USD 55 for foreign participants. There are no free tickets, discounts or grants. Plenary sessions have simultaneous interpretation into English; the online stream is watch-only.</p>
<p>Registration (in Russian) requires a personal account.</p>
""", lang="en")

s.page("programma.html", "Программа — Форум по кибербезопасности 2026", """
<h1>Программа</h1>
<p><a href="docs/programma-cacf-2026.pdf">Скачать программу (PDF)</a></p>
<h2>14 октября</h2>
<ul><li>Бесплатные VPN: кто за них платит?</li><li>Регистрация доменов-двойников и фишинг в регионе</li><li>Языковые модели в работе SOC</li></ul>
<h2>15 октября</h2>
<ul><li>Реагирование на инциденты в банках</li><li>Подготовка кадров: вузы и работодатели</li></ul>
""")

s.page("ctf.html", "CTF — Форум по кибербезопасности 2026", """
<h1>Соревнования CTF</h1>
<p>Командный CTF для студентов и специалистов. Призовой фонд — 500 000 сом.</p>
""")

s.page("partnery.html", "Партнёрам — Форум по кибербезопасности 2026", """
<h1>Партнёрам</h1>
<ul>
  <li>Генеральный партнёр — 1 500 000 сом</li>
  <li>Партнёр секции — 600 000 сом</li>
  <li>Выставочный стенд 3×3 м — 250 000 сом</li>
</ul>
""")

s.page("vakansii.html", "Вакансии — Форум по кибербезопасности 2026", """
<h1>Вакансии партнёров</h1>
<ul>
  <li>Аналитик SOC (банк), зарплата от 120 000 сом</li>
  <li>Пентестер, зарплата 1 800–2 500 USD</li>
</ul>
""")

s.page("prozhivanie.html", "Проживание и трансфер — Форум по кибербезопасности 2026", """
<h1>Проживание и трансфер</h1>
<p>Гостиница «Ак-Кеме»: от 3 800 сом за ночь. Такси по городу — 300–400 сом. Бесплатный трансфер из аэропорта «Манас» для участников пакета «Бизнес».</p>
<p>Курс для справки: 1 USD = 87,5 сом.</p>
""")

EXPECTED = '''
  # Russian-language cybersecurity forum (Bishkek). Russian site with one English page. "4 500 сом"
  # (Kyrgyz som, KGS), "12 000 сом", "55 USD"; "Участие во всех форматах платное. Бесплатных
  # билетов, скидок и грантов на участие нет." (free_option false, fee_support false); watch-only
  # stream; personal account with password; Yandex SmartCaptcha markup (other); "*" and
  # "(обязательно)" markers without required attributes; passport, birth date, phone, company; 18+
  # but a school CTF league from 14 (min 14); only interpretation, no accessibility statement;
  # programme in HTML and PDF; one of two videos uncaptioned. Distractors: CTF prize, partner packages,
  # stand, salaries, hotel, taxi, exchange rate, free airport transfer; titles "Бесплатные VPN…",
  # "Регистрация доменов-двойников…", "Языковые модели…"; a Kyrgyz greeting.
  - id: kiberforum-bishkek
    name: Центральноазиатский форум по кибербезопасности 2026
    start: index.html
    expected:
      languages: [en, ru]
      un_languages: [en, ru]
      fees:
        - {amount: 4500.0, currency: KGS}
        - {amount: 12000.0, currency: KGS}
        - {amount: 55.0, currency: USD}
      free_option: false
      fee_support: false
      remote_participation: false
      captcha: [other]
      account_required: true
      registration_form: {fields: 11, required: 9, sensitive: [affiliation, birth_date, id_document, phone]}
      registration_host: null
      registration_pdf_only: false
      min_age: 14
      accessibility_statement: false
      access_services: [interpretation]
      videos_without_captions: 1
      pdf_only_documents: false
    participation_pages: [index.html, uchastie.html, registratsiya.html, onlain.html, en/index.html]
    deliberate_404: []
    evidence:
      languages:
        - {page: index.html, quote: "Специалисты по информационной безопасности из Кыргызстана, Казахстана, Узбекистана, Таджикистана и других стран обсудят"}
        - {page: en/index.html, quote: "Security specialists from Kyrgyzstan, Kazakhstan, Uzbekistan, Tajikistan and beyond discuss attacks"}
        - {page: index.html, quote: "Кош келиңиздер!", note: "a Kyrgyz greeting: not a language offered"}
      un_languages:
        - {note: "en, ru"}
      fees:
        - {page: uchastie.html, quote: "Стандарт 4 500 сом", note: "Kyrgyz som, KGS"}
        - {page: uchastie.html, quote: "Бизнес 12 000 сом"}
        - {page: uchastie.html, quote: "Иностранные участники (пакет «Стандарт») 55 USD"}
        - {page: en/index.html, quote: "Standard KGS 4,500, Business KGS 12,000, or USD 55 for foreign participants"}
        - {page: ctf.html, quote: "Призовой фонд — 500 000 сом.", note: "prize: not a fee"}
        - {page: partnery.html, quote: "Выставочный стенд 3×3 м — 250 000 сом", note: "partner/stand: not fees"}
        - {page: vakansii.html, quote: "зарплата от 120 000 сом", note: "salary: not a fee (also 1 800–2 500 USD)"}
        - {page: prozhivanie.html, quote: "Гостиница «Ак-Кеме»: от 3 800 сом за ночь.", note: "hotel: not a fee (also taxi, exchange rate)"}
      free_option:
        - {page: uchastie.html, quote: "Участие во всех форматах платное. Бесплатных билетов, скидок и грантов на участие нет."}
        - {page: prozhivanie.html, quote: "Бесплатный трансфер из аэропорта «Манас»", note: "free transfer: not a free option"}
      fee_support:
        - {page: uchastie.html, quote: "Бесплатных билетов, скидок и грантов на участие нет."}
        - {page: en/index.html, quote: "There are no free tickets, discounts or grants."}
      remote_participation:
        - {page: onlain.html, quote: "Трансляция только для просмотра: задавать вопросы и выступать онлайн нельзя."}
      captcha:
        - {page: registratsiya.html, markup: '<div class="smart-captcha" data-sitekey="ysc1_CacfExampleSiteKey000000000000000">', note: "Yandex SmartCaptcha widget markup: other"}
      account_required:
        - {page: registratsiya.html, quote: "Чтобы зарегистрироваться, создайте личный кабинет участника"}
      registration_form:
        - {page: registratsiya.html, note: "fio*, email*, password*, password2*, phone*, company*, position, passport (обязательно), birth_date (обязательно), category, consent* = 11 fields, 9 required. Sensitive: phone, affiliation (company), id_document (passport), birth_date."}
        - {page: registratsiya.html, quote: "Серия и номер паспорта (обязательно)"}
      registration_host:
        - {note: "account and form on the site"}
      registration_pdf_only:
        - {note: "online form"}
      min_age:
        - {page: registratsiya.html, quote: "Участие в форуме — с 18 лет. В рамках форума также проходит школьная лига CTF для учащихся от 14 лет.", note: "lowest stated minimum: 14"}
      accessibility_statement:
        - {note: "no accessibility provisions and no contact for access needs; interpretation alone is not a statement"}
      access_services:
        - {page: uchastie.html, quote: "Синхронный перевод пленарных заседаний на английский язык входит в стоимость.", note: "interpretation"}
      videos_without_captions:
        - {page: index.html, markup: '<track kind="captions" src="media/cacf-2025-itogi.ru.vtt"', note: "captioned"}
        - {page: index.html, markup: '<video controls preload="none" width="640" src="media/cacf-2025-ctf.mp4">', note: "no track"}
      pdf_only_documents:
        - {page: programma.html, quote: "Скачать программу (PDF)", note: "the programme is also an HTML page: not PDF-only"}
'''
