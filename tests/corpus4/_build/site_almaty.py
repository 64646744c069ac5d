"""Eurasian Internet Governance Forum, Almaty. Russian, a Kazakh page whose <html lang> says "ru",
and an English page. Says nothing about the cost of taking part: only hotels, taxi, partner packages
and grant amounts in tenge. Travel grants; remote speakers; youth session 16–25, main programme 18+.
Sign language (сурдоперевод) and interpretation. Video with a subtitles track."""
from lib import Site, chrome, css, video, placeholder_media, vtt

NAV = [("index.html", "Главная"), ("registraciya.html", "Регистрация"), ("online.html", "Онлайн-участие"),
       ("granty.html", "Гранты на участие"), ("molodezh.html", "Молодёжная сессия"), ("dostupnost.html", "Доступность"),
       ("programma.html", "Программа"), ("prozhivanie.html", "Проживание"), ("partnery.html", "Партнёрам")]
NAV_EN = [("en.html", "About (English)"), ("registraciya.html", "Registration (Russian)"), ("online.html", "Online (Russian)")]
LANGS = {"ru": [("kz.html", "Қазақша"), ("en.html", "English")], "en": [("index.html", "Русский"), ("kz.html", "Қазақша")]}
FOOT = {"ru": '<p>Оргкомитет ЕАФУИ, г. Алматы, пр. Абая, 52 (вымышленный адрес). '
              '<a href="mailto:forum@eafui.example.kz">forum@eafui.example.kz</a></p>',
        "en": '<p>EAIGF Organising Committee, 52 Abay Avenue, Almaty (fictional). '
              '<a href="mailto:forum@eafui.example.kz">forum@eafui.example.kz</a></p>'}
H, F = chrome({"ru": "ЕАФУИ-2026", "en": "EAIGF 2026"}, {"ru": NAV, "en": NAV_EN}, langs=LANGS, foot=FOOT,
              skip={"ru": "Перейти к содержанию", "en": "Skip to content"})
s = Site("evraziyskiy-forum-almaty", name="Евразийский форум по управлению интернетом 2026", lang="ru",
         css=css("#00798c"), logo_text="ЕАФ", colour="#00798c", header=H, footer=F)
placeholder_media(s, "media/itogi-2025.mp4")
vtt(s, "media/itogi-2025.ru.vtt", "Добро пожаловать на форум.")

s.page("index.html", "Евразийский форум по управлению интернетом 2026 — Алматы, 16–17 сентября", f"""
<h1>Евразийский форум по управлению интернетом 2026</h1>
<p>16–17 сентября 2026 года, Алматы, конгресс-центр «Медеу» (вымышленный).</p>
<p>Форум — открытая площадка, где государственные органы, бизнес, техническое сообщество,
академические круги и гражданское общество стран Центральной Азии и Кавказа обсуждают будущее
интернета в регионе. Итоги дискуссий передаются на глобальный Форум по управлению интернетом.</p>
<ul>
<li><a href="@registraciya.html">Регистрация участников</a></li>
<li><a href="@online.html">Онлайн-участие</a></li>
<li><a href="@granty.html">Гранты на участие</a></li>
<li><a href="@molodezh.html">Молодёжная сессия</a></li>
<li><a href="@dostupnost.html">Доступность</a></li>
</ul>
<h2>Итоги форума 2025 года</h2>
{video("media/itogi-2025.mp4", track="media/itogi-2025.ru.vtt", track_kind="subtitles", track_lang="ru", label="Русский")}
""", alternates=[("ru", "index.html"), ("en", "en.html")])

s.page("registraciya.html", "Регистрация — ЕАФУИ-2026", """
<h1>Регистрация участников</h1>
<p>Регистрация открыта до 1 сентября. Поля, отмеченные звёздочкой (<span class="req">*</span>), обязательны.
Участие в основной программе — с 18 лет.</p>
<form action="@registraciya.html" method="post">
<label for="fio">ФИО <span class="req">*</span></label><input type="text" id="fio" name="fio" required>
<label for="email">Электронная почта <span class="req">*</span></label><input type="email" id="email" name="email" required>
<label for="org">Организация <span class="req">*</span></label><input type="text" id="org" name="org" required>
<label for="dolzh">Должность</label><input type="text" id="dolzh" name="dolzh">
<label for="strana">Страна <span class="req">*</span></label>
<select id="strana" name="strana" required><option value="">—</option><option>Казахстан</option><option>Кыргызстан</option>
<option>Узбекистан</option><option>Таджикистан</option><option>Туркменистан</option><option>Армения</option>
<option>Азербайджан</option><option>Грузия</option><option>Другая</option></select>
<label for="gruppa">Группа заинтересованных сторон <span class="req">*</span></label>
<select id="gruppa" name="gruppa" required><option value="">—</option><option>Государство</option><option>Бизнес</option>
<option>Техническое сообщество</option><option>Академическое сообщество</option><option>Гражданское общество</option></select>
<fieldset><legend>Формат участия <span class="req">*</span></legend>
<input type="radio" id="f1" name="format" value="ochno" required><label for="f1">Очно</label>
<input type="radio" id="f2" name="format" value="online"><label for="f2">Онлайн</label>
</fieldset>
<label for="tel">Телефон</label><input type="tel" id="tel" name="tel">
<div class="check"><input type="checkbox" id="surdo" name="surdo"><label for="surdo">Мне нужен сурдоперевод</label></div>
<div class="check"><input type="checkbox" id="pd" name="pd" required><label for="pd">Я согласен(на) на обработку персональных данных <span class="req">*</span></label></div>
<button type="submit">Зарегистрироваться</button>
</form>
""")

s.page("online.html", "Онлайн-участие — ЕАФУИ-2026", """
<h1>Онлайн-участие</h1>
<p>Все сессии форума проходят в гибридном формате. Зарегистрированные онлайн-участники получают
ссылку на Zoom за день до начала.</p>
<p>Онлайн-участники могут задавать вопросы выступающим, брать слово в открытом микрофоне — модератор
даёт им слово наравне с участниками в зале — и голосовать за приоритетные темы итогового документа.</p>
<p>Спикеры, которые не могут приехать, выступают дистанционно.</p>
""")

s.page("granty.html", "Гранты на участие — ЕАФУИ-2026", """
<h1>Гранты на участие</h1>
<p>Оргкомитет предоставляет 30 грантов представителям гражданского общества, молодёжи и
академического сообщества из стран региона.</p>
<p>Грант покрывает авиабилет эконом-класса, проживание на две ночи и суточные в размере 15 000 ₸.
Общая сумма гранта — до 250 000 тенге.</p>
<p>Заявки принимаются до 15 июля по адресу granty@eafui.example.kz.</p>
""")

s.page("molodezh.html", "Молодёжная сессия — ЕАФУИ-2026", """
<h1>Молодёжная сессия</h1>
<p>Накануне форума, 15 сентября, проходит Молодёжная сессия. Она открыта для участников в возрасте от
шестнадцати до двадцати пяти лет. Участники готовят молодёжное заявление, которое зачитывается на открытии форума.</p>
<p>Для участия в Молодёжной сессии отметьте её в форме регистрации или напишите на youth@eafui.example.kz.</p>
""")

s.page("dostupnost.html", "Доступность — ЕАФУИ-2026", """
<h1>Доступность</h1>
<p>Если вам нужна помощь или особые условия для участия, напишите на access@eafui.example.kz или
отметьте это в форме регистрации.</p>
<ul>
<li>Пленарные заседания сопровождаются сурдопереводом на русский жестовый язык.</li>
<li>Обеспечивается синхронный перевод на казахский, русский и английский языки.</li>
</ul>
""")

s.page("kz.html", "Еуразиялық интернетті басқару форумы 2026", """
<h1>Еуразиялық интернетті басқару форумы 2026</h1>
<p>Форум 2026 жылғы 16–17 қыркүйекте Алматы қаласында өтеді. Бұл — Орталық Азия мен Кавказ
елдерінің мемлекеттік органдары, бизнес, техникалық қоғамдастық, ғылыми орта және азаматтық қоғам
өкілдері аймақтағы интернеттің болашағын талқылайтын ашық алаң.</p>
<p>Қатысушылар залда да, онлайн да сөз сөйлеп, сұрақ қоя алады. Тіркелу үшін орыс тіліндегі
тіркеу формасын толтырыңыз. Пленарлық отырыстарда қазақ, орыс және ағылшын тілдеріне ілеспе аударма
қамтамасыз етіледі.</p>
""", alternates=[("ru", "index.html"), ("en", "en.html")])

s.page("en.html", "Eurasian Internet Governance Forum 2026 — Almaty", """
<h1>Eurasian Internet Governance Forum 2026</h1>
<p>Almaty, 16–17 September 2026. The Forum is an open platform where governments, business, the
technical community, academia and civil society from Central Asia and the Caucasus discuss the future
of the Internet in the region. Its conclusions feed into the global Internet Governance Forum.</p>
<p>All sessions are hybrid: online participants can put questions to speakers, take the floor at the
open microphone and vote on the priorities of the outcome document.</p>
<p>Registration is through the <a href="@registraciya.html">registration form</a> (in Russian). Travel
grants are available for civil society, youth and academic participants from the region.</p>
""", lang="en", alternates=[("ru", "index.html"), ("en", "en.html")])

s.page("programma.html", "Программа — ЕАФУИ-2026", """
<h1>Программа</h1>
<ul>
<li>16 сентября: открытие; пленарная сессия «Доступ к интернету в сельских районах»; секция «Языковое разнообразие в сети (Language Diversity Online)».</li>
<li>17 сентября: секция «Кибербезопасность и доверие»; закрытие и принятие итогового документа.</li>
</ul>
""")

s.page("prozhivanie.html", "Проживание — ЕАФУИ-2026", """
<h1>Проживание и транспорт</h1>
<ul>
<li>Гостиница «Алатау» (рядом с площадкой): от 38 000 ₸ за ночь.</li>
<li>Хостел «Достык»: 9 500 тг за место.</li>
</ul>
<p>Такси из аэропорта до центра стоит около 4 000 тенге. Проезд в метро — 120 ₸.</p>
""")

s.page("partnery.html", "Партнёрам — ЕАФУИ-2026", """
<h1>Партнёрские пакеты</h1>
<ul>
<li>Генеральный партнёр — 15 000 000 ₸</li>
<li>Партнёр сессии — 5 000 000 ₸</li>
</ul>
""")
