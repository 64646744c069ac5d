"""«Цифровой Урал — 2026», Екатеринбург (modelled on Russian regional IT forums and the Russian IGF)."""
from lib import Site, css, nav

NAV_RU = [("index.html", "Главная"), ("programma.html", "Программа"), ("uchastie.html", "Участие и стоимость"),
          ("online.html", "Онлайн-участие"), ("molodezh.html", "Молодёжный трек"), ("dostupnost.html", "Доступная среда"),
          ("prozhivanie.html", "Проживание"), ("partneram.html", "Партнёрам"), ("vakansii.html", "Вакансии")]
NAV_EN = [("en/index.html", "About the forum"), ("uchastie.html", "Participation (RU)")]


def header(path, lang):
    items = NAV_EN if lang == "en" else NAV_RU
    return f"""<div class="wrapper">
<header class="top header">
  <div class="bar">
    <a class="brand logo" href="@index.html"><img src="@img/logo.svg" alt="" width="44" height="44"> Цифровой Урал — 2026</a>
    <div class="header__right">
      <span class="langs"><a href="@index.html" lang="ru" hreflang="ru">RU</a> | <a href="@en/index.html" lang="en" hreflang="en">EN</a></span>
      <a class="button header__lk" href="@lk.html">Личный кабинет</a>
    </div>
  </div>
  {nav(items, path, label='Меню' if lang != 'en' else 'Menu', cls='menu')}
</header>
<main class="content">"""


def footer(path, lang):
    return """</main>
<footer class="foot footer"><div>
  <p>АНО «Центр цифрового развития Урала» · 620014, г. Екатеринбург, ул. Малышева, д. 51, офис 1407 · +7 343 555-20-26 · forum@digitalural.example.ru</p>
  <p><a href="@dostupnost.html">Доступная среда</a> · <a href="@politika.html">Политика обработки персональных данных</a> · © 2026</p>
</div></footer>
</div>"""


s = Site("tsifrovoy-ural", name="Цифровой Урал — 2026", lang="ru", css=css("#b3261e"),
         logo_text="ЦУ", colour="#b3261e", header=header, footer=footer)
ALT = [("ru", "index.html"), ("en", "en/index.html")]

s.page("index.html", "Форум «Цифровой Урал — 2026» · Екатеринбург, 22–24 апреля", """
<section class="hero">
  <h1>Форум «Цифровой Урал — 2026»</h1>
  <p><strong>22–24 апреля 2026 года · Екатеринбург-ЭКСПО · очно и онлайн</strong></p>
</section>
<p>Межрегиональный форум о цифровой трансформации, управлении интернетом и информационной безопасности. В
  программе — пленарное заседание, более 40 секций и круглых столов, выставка отечественных решений и
  молодёжный трек. Ожидается свыше 5 000 участников из 30 регионов России и стран СНГ; форум проводится в
  седьмой раз.</p>
<h2>Как принять участие</h2>
<ul>
  <li><a href="@uchastie.html">Условия участия и стоимость</a></li>
  <li>Регистрация проходит в <a href="@lk.html">личном кабинете</a> участника.</li>
  <li><a href="@online.html">Онлайн-участие</a> бесплатно — с возможностью задавать вопросы и выступать.</li>
  <li><a href="@molodezh.html">Молодёжный трек</a> для школьников старших классов и студентов.</li>
  <li><a href="@dostupnost.html">Доступная среда</a>: сурдоперевод и субтитры.</li>
</ul>
""", alternates=ALT)

s.page("uchastie.html", "Участие и стоимость · Цифровой Урал — 2026", """
<h1>Участие и стоимость</h1>
<p>Для участия в форуме необходимо зарегистрироваться в <a href="@lk.html">личном кабинете</a>: войдите в
  свою учётную запись или создайте новую. После подтверждения регистрации в личном кабинете появится
  электронный билет с QR-кодом.</p>
<table>
  <caption>Организационный взнос</caption>
  <thead><tr><th scope="col">Формат участия</th><th scope="col">Стоимость</th><th scope="col">Что входит</th></tr></thead>
  <tbody>
    <tr><td>Очное участие «Стандарт»</td><td>12 000 ₽</td><td>Все секции, выставка, кофе-брейки, материалы</td></tr>
    <tr><td>Очное участие «Бизнес»</td><td>35 000 руб.</td><td>«Стандарт», бизнес-зона, деловой ужин 23 апреля</td></tr>
    <tr><td>Онлайн-участие</td><td>бесплатно</td><td>Трансляции всех залов, чат с вопросами, «Открытый микрофон»</td></tr>
  </tbody>
</table>
<p>Цены указаны с учётом НДС 20 %. Оплата — банковской картой в личном кабинете или по счёту для юридических лиц.</p>
<p class="note">Скидки и льготы по организационному взносу, а также компенсация проезда и проживания участникам не предусмотрены.</p>
""")

s.page("lk.html", "Личный кабинет · Цифровой Урал — 2026", """
<h1>Личный кабинет участника</h1>
<form action="@lk.html" method="post" class="form form--login">
  <label for="login">E-mail</label>
  <input type="email" id="login" name="login" autocomplete="username" required>
  <label for="pw">Пароль</label>
  <input type="password" id="pw" name="password" autocomplete="current-password" required>
  <button type="submit">Войти</button>
</form>
<p>Нет учётной записи? <a href="@registracia.html">Зарегистрируйтесь</a> — без учётной записи подать заявку на участие нельзя.</p>
""")

s.page("registracia.html", "Создание учётной записи · Цифровой Урал — 2026", """
<h1>Создание учётной записи</h1>
<p>Поля, отмеченные звёздочкой, обязательны для заполнения.</p>
<form action="@registracia.html" method="post" class="form form--register">
  <label for="f">Фамилия *</label>
  <input type="text" id="f" name="last_name" autocomplete="family-name" aria-required="true">
  <label for="i">Имя *</label>
  <input type="text" id="i" name="first_name" autocomplete="given-name" aria-required="true">
  <label for="o">Отчество</label>
  <input type="text" id="o" name="middle_name" autocomplete="additional-name">
  <label for="em">E-mail *</label>
  <input type="email" id="em" name="email" autocomplete="email" aria-required="true">
  <label for="ph">Мобильный телефон *</label>
  <input type="tel" id="ph" name="phone" autocomplete="tel" placeholder="+7 (___) ___-__-__" aria-required="true">
  <label for="bd">Дата рождения *</label>
  <input type="text" id="bd" name="birthdate" placeholder="ДД.ММ.ГГГГ" aria-required="true">
  <label for="org">Организация (место работы или учёбы) *</label>
  <input type="text" id="org" name="company" aria-required="true">
  <fieldset>
    <legend>Формат участия *</legend>
    <input type="radio" id="fmt1" name="format" value="offline" aria-required="true"> <label for="fmt1">Очно</label>
    <input type="radio" id="fmt2" name="format" value="online"> <label for="fmt2">Онлайн</label>
  </fieldset>
  <label for="p1">Пароль *</label>
  <input type="password" id="p1" name="password" autocomplete="new-password" aria-required="true">
  <label for="p2">Повторите пароль *</label>
  <input type="password" id="p2" name="password2" autocomplete="new-password" aria-required="true">
  <label for="cq">Защита от спама: сколько будет семь плюс пять? *</label>
  <input type="text" id="cq" name="captcha_answer" inputmode="numeric" aria-required="true">
  <p class="check"><input type="checkbox" id="pd" name="pd_agree" aria-required="true">
    <label for="pd">Я даю согласие на обработку персональных данных в соответствии с 152-ФЗ *</label></p>
  <button type="submit">Создать учётную запись</button>
</form>
""")

s.page("online.html", "Онлайн-участие · Цифровой Урал — 2026", """
<h1>Онлайн-участие</h1>
<p>Онлайн-участие в форуме бесплатное — достаточно создать учётную запись и выбрать формат «Онлайн».</p>
<ul>
  <li>Трансляции пленарного заседания и всех секций на платформе форума.</li>
  <li>Вопросы спикерам в чате секции: модераторы зачитывают их вместе с вопросами из зала.</li>
  <li>Голосование по резолюции форума в личном кабинете.</li>
  <li>Секция «Открытый микрофон»: онлайн-участники выступают по видеосвязи (заявка до 15 апреля).</li>
</ul>
""")

s.page("molodezh.html", "Молодёжный трек · Цифровой Урал — 2026", """
<h1>Молодёжный трек</h1>
<p>Молодёжный трек проходит 24 апреля: хакатон по кибербезопасности, карьерная сессия и дебаты о цифровых
  правах. К участию приглашаются школьники, студенты и молодые специалисты в возрасте от четырнадцати до
  тридцати пяти лет. Несовершеннолетние участники допускаются при наличии письменного согласия родителей или
  законных представителей.</p>
<p>Участники трека регистрируются в личном кабинете так же, как остальные участники, и отмечают «Молодёжный трек» в анкете.</p>
""")

s.page("dostupnost.html", "Доступная среда · Цифровой Урал — 2026", """
<h1>Доступная среда</h1>
<p>Мы стремимся, чтобы форум был доступен для людей с инвалидностью.</p>
<ul>
  <li>Пленарное заседание и секции главного зала сопровождаются сурдопереводом.</li>
  <li>Субтитры в реальном времени выводятся на экраны главного зала и в онлайн-трансляцию.</li>
</ul>
<p>Если вам нужно сопровождение по площадке или другие условия, напишите на access@digitalural.example.ru не позднее чем за 10 дней до форума.</p>
""")

s.page("programma.html", "Программа · Цифровой Урал — 2026", """
<h1>Программа</h1>
<h2>22 апреля</h2>
<ul>
  <li>10:00 Пленарное заседание «Технологический суверенитет регионов»</li>
  <li>13:00 Языковые модели для государственных услуг</li>
  <li>15:00 Язык программирования как инструмент импортозамещения</li>
</ul>
<h2>23 апреля</h2>
<ul>
  <li>10:00 Управление интернетом: региональная повестка</li>
  <li>14:00 Кибербезопасность промышленных систем</li>
</ul>
<h2>24 апреля</h2>
<ul><li>Молодёжный трек</li></ul>
""")

s.page("prozhivanie.html", "Проживание · Цифровой Урал — 2026", """
<h1>Проживание и трансфер</h1>
<p>Партнёрские гостиницы предоставляют участникам специальные цены:</p>
<ul>
  <li>«Хаятт Ридженси Екатеринбург» — от 9 800 ₽ за ночь;</li>
  <li>«Новотель Екатеринбург Центр» — от 6 500 ₽ за ночь;</li>
  <li>хостел «Урал» — 1 400 руб. за место.</li>
</ul>
<p>Трансфер из аэропорта Кольцово до МВЦ «Екатеринбург-ЭКСПО» — 1 200 ₽ (по предварительной заявке). Такси из
  аэропорта до центра — около 900 руб.</p>
""")

s.page("partneram.html", "Партнёрам · Цифровой Урал — 2026", """
<h1>Партнёрам форума</h1>
<table>
  <thead><tr><th scope="col">Пакет</th><th scope="col">Стоимость</th></tr></thead>
  <tbody>
    <tr><td>Генеральный партнёр</td><td>1 500 000 ₽</td></tr>
    <tr><td>Официальный партнёр</td><td>750 000 ₽</td></tr>
    <tr><td>Партнёр секции</td><td>250 000 ₽</td></tr>
    <tr><td>Выставочный стенд 6 м²</td><td>180 000 руб.</td></tr>
  </tbody>
</table>
""")

s.page("vakansii.html", "Вакансии партнёров · Цифровой Урал — 2026", """
<h1>Вакансии партнёров</h1>
<ul>
  <li>Senior Go-разработчик — от 350 000 ₽ на руки, гибрид.</li>
  <li>Аналитик данных — 180 000–240 000 руб., офис в Екатеринбурге.</li>
  <li>Стажёр SOC-аналитик — 60 000 ₽, для студентов последних курсов.</li>
</ul>
""")

s.page("politika.html", "Политика обработки персональных данных · Цифровой Урал — 2026", """
<h1>Политика обработки персональных данных</h1>
<p>Оператор обрабатывает персональные данные участников (ФИО, контактные данные, дату рождения, место работы)
  для регистрации и проведения форума в соответствии с Федеральным законом № 152-ФЗ. Данные хранятся на
  серверах в Российской Федерации и удаляются через 3 года после форума.</p>
""")

s.page("en/index.html", "Digital Urals Forum 2026 · Yekaterinburg, 22–24 April", """
<h1>Digital Urals Forum 2026</h1>
<p><strong>22–24 April 2026 · Yekaterinburg-EXPO · in person and online</strong></p>
<p>An inter-regional forum on digital transformation, internet governance and information security, with a
  plenary, more than 40 sessions, an exhibition and a youth track. Most sessions are in Russian.</p>
<h2>Participation</h2>
<p>Register through the participant account (in Russian): you need to create an account to apply.
  In-person participation costs RUB 12,000 (Standard) or RUB 35,000 (Business, with the business lounge and the
  dinner). Online participation is free and lets you ask questions in the chat and speak in the Open Microphone session.
  No discounts or travel support are available.</p>
<p>The plenary and the main hall have Russian Sign Language interpretation and real-time subtitles.</p>
""", lang="en", alternates=ALT)
