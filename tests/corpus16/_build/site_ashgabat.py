"""Ashgabat (Turkmenistan) schoolchildren's programming olympiad; ru, tk section, English page declared lang="ru"."""
from lib import mk, Q, M, N, entry

NAV = [("index.html", "Главная"), ("uchastie.html", "Условия участия"), ("onlain-tur.html", "Онлайн-тур"),
       ("registratsiya.html", "Регистрация на финал"), ("dostupnost.html", "Доступность"), ("prizy.html", "Призы"),
       ("prozhivanie.html", "Проживание"), ("en/index.html", "English")]
s = mk("olimpiada-po-informatike-ashkhabad", "Открытая олимпиада школьников по информатике", "ru", "#3c4fa0", "ОИ",
       NAV, foot={"ru": '<p>Ассоциация учителей информатики (пример) — Ашхабад — <a href="mailto:olimp@informatika.example.tm">olimp@informatika.example.tm</a></p>'})
s.pdf("docs/programma-2027.pdf", "Olimpiada po informatike 2027\nProgramma\n15 marta: otkrytie\n16 marta: pervyi tur\n17 marta: vtoroi tur i nagrazhdenie")

s.page("index.html", "Открытая олимпиада школьников по информатике 2027", """
<h1>Открытая олимпиада школьников по информатике — 2027</h1>
<p>Отборочный тур проходит онлайн в феврале, финал — 15–17 марта 2027 года в Ашхабаде. Приглашаются школьники в возрасте от четырнадцати до восемнадцати лет.</p>
<p>Программа олимпиады публикуется только в формате PDF: <a href="@docs/programma-2027.pdf">программа (PDF)</a>.</p>
<section lang="tk">
<h2>Türkmen dilinde</h2>
<p>Informatika boýunça açyk mekdep olimpiadasy 2027-nji ýylyň mart aýynda Aşgabat şäherinde geçiriler. Saýlaw tapgyry fewral aýynda onlaýn görnüşde bolar.</p>
<p>Welaýatlardan gelen okuwçylar üçin finala gatnaşmak mugtdyr, ýol we ýaşaýyş çykdajylaryny guramaçylyk komiteti töleýär.</p>
</section>
<p><a href="@uchastie.html">Условия участия</a> · <a href="@onlain-tur.html">Онлайн-тур</a> · <a href="@registratsiya.html">Регистрация на финал</a> · <a href="@dostupnost.html">Доступность</a> · <a href="@en/index.html" hreflang="en">English</a></p>
""", alternates=[("en", "en/index.html")])

s.page("uchastie.html", "Условия участия", """
<h1>Условия участия</h1>
<ul>
<li>Регистрационный взнос для участия в финале: 50 манатов.</li>
<li>Для иностранных участников: 30 долларов США.</li>
</ul>
<p>Для школьников из велаятов участие в финале бесплатное; проезд и проживание оплачивает оргкомитет.</p>
""")

s.page("onlain-tur.html", "Онлайн-тур", """
<h1>Отборочный онлайн-тур</h1>
<p>Отборочный тур проходит онлайн на платформе Codeforces: участники решают задачи из дома или из школы, результаты видны сразу.</p>
<p>Для участия нужна учётная запись Codeforces: <a href="https://codeforces.com/group/oi-ashgabat-2027/contests">группа олимпиады на Codeforces</a>.</p>
""")

s.page("registratsiya.html", "Регистрация на финал", """
<h1>Регистрация на финал</h1>
<p>Поля с пометкой (обязательное) нужно заполнить.</p>
<form action="@registratsiya.html" method="post">
  <label for="fio">Фамилия и имя (обязательное)</label><input type="text" id="fio" name="fio">
  <label for="dr">Дата рождения (обязательное)</label><input type="date" id="dr" name="dr">
  <label for="shkola">Школа (обязательное)</label><input type="text" id="shkola" name="shkola">
  <label for="klass">Класс (обязательное)</label><select id="klass" name="klass"><option>8</option><option>9</option><option>10</option><option>11</option></select>
  <label for="velayat">Велаят</label><select id="velayat" name="velayat"><option>Ахалский</option><option>Балканский</option><option>Дашогузский</option><option>Лебапский</option><option>Марыйский</option><option>г. Ашхабад</option></select>
  <label for="tel">Телефон родителя (обязательное)</label><input type="tel" id="tel" name="tel">
  <label for="email">Электронная почта (обязательное)</label><input type="email" id="email" name="email">
  <label for="cf">Логин на Codeforces (обязательное)</label><input type="text" id="cf" name="cf">
  <fieldset><legend>Язык программирования</legend>
    <input type="radio" id="y1" name="yazyk" value="cpp"><label for="y1">C++</label>
    <input type="radio" id="y2" name="yazyk" value="py"><label for="y2">Python</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="soglasie" name="soglasie"><label for="soglasie">Согласие родителей получено (обязательное)</label></div>
  <div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
  <button type="submit">Отправить</button>
</form>
""")

s.page("dostupnost.html", "Доступность", """
<h1>Доступность</h1>
<p>Финал проходит в здании лицея, где есть пандус и лифт.</p>
<p>Если участнику нужны особые условия, напишите Мерджен Аннаевой: <a href="mailto:dostup@informatika.example.tm">dostup@informatika.example.tm</a>.</p>
""")

s.page("en/index.html", "Open Schools Informatics Olympiad — English", """
<h1>Open Schools Informatics Olympiad 2027</h1>
<p>The qualifying round is held online on Codeforces in February; the final takes place in Ashgabat on 15&ndash;17 March 2027 for students aged fourteen to eighteen.</p>
<p>The registration fee for the final is 50 manat; foreign participants pay 30 US dollars. Students from the provinces take part in the final free of charge.</p>
<p>You need a Codeforces account for the online round. The final's registration form is in Russian.</p>
""", lang="ru", header_lang="ru")

s.page("prizy.html", "Призы", """
<h1>Призы</h1>
<p>Победитель получает ноутбук и премию 1000 манатов.</p>
""")

s.page("prozhivanie.html", "Проживание", """
<h1>Проживание</h1>
<p>Гостиница рядом с лицеем: 350 манатов за ночь. Такси из аэропорта — около 20 манатов.</p>
""")

ENTRY = entry(
    s, name="Open Schools Informatics Olympiad 2027 (informatics teachers' association, Ashgabat, Turkmenistan)",
    languages=["ru", "tk", "en"],
    fees=[(50, "TMT"), (30, "USD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=True,
    registration_form=(10, 8, ["birth_date", "affiliation", "phone"]), registration_host="codeforces.com", min_age=14,
    accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "uchastie.html", "onlain-tur.html", "registratsiya.html", "dostupnost.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "Отборочный тур проходит онлайн в феврале"),
                      Q("index.html", "Welaýatlardan gelen okuwçylar üçin finala gatnaşmak mugtdyr", "Turkmen section with lang=tk (two paragraphs)"),
                      Q("en/index.html", "The qualifying round is held online on Codeforces in February", "whole English page declared lang=\"ru\": English")],
        "un_languages": [N("ru, en")],
        "fees": [Q("uchastie.html", "Регистрационный взнос для участия в финале: 50 манатов.", "\"манатов\" on a Turkmen site: 50 TMT"),
                 Q("uchastie.html", "Для иностранных участников: 30 долларов США.", "30 USD"),
                 Q("en/index.html", "The registration fee for the final is 50 manat", "English restatement, no new entries"),
                 Q("prizy.html", "премию 1000 манатов", "prize: not a fee"),
                 Q("prozhivanie.html", "350 манатов за ночь", "hotel and taxi: not fees")],
        "free_option": [Q("uchastie.html", "Для школьников из велаятов участие в финале бесплатное")],
        "fee_support": [Q("uchastie.html", "проезд и проживание оплачивает оргкомитет")],
        "remote_participation": [Q("onlain-tur.html", "Отборочный тур проходит онлайн на платформе Codeforces: участники решают задачи из дома или из школы")],
        "captcha": [M("registratsiya.html", '<div class="cf-turnstile"')],
        "account_required": [Q("onlain-tur.html", "Для участия нужна учётная запись Codeforces")],
        "registration_form": [N("registratsiya.html: 10 fields: name, birth date, school, grade select, velayat select, parent's "
                                "phone, e-mail, Codeforces login, language radio (=1), consent checkbox. Required "
                                "((обязательное)): name, birth date, school, grade, phone, e-mail, login, consent = 8. "
                                "Sensitive: birth_date, affiliation (school), phone.", "registratsiya.html")],
        "registration_host": [M("onlain-tur.html", 'href="https://codeforces.com/group/oi-ashgabat-2027/contests"')],
        "registration_pdf_only": [N("HTML form and Codeforces")],
        "min_age": [Q("index.html", "Приглашаются школьники в возрасте от четырнадцати до восемнадцати лет.", "14 in words")],
        "accessibility_statement": [Q("dostupnost.html", "Если участнику нужны особые условия, напишите Мерджен Аннаевой")],
        "access_services": [Q("dostupnost.html", "Финал проходит в здании лицея, где есть пандус и лифт.")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("index.html", "Программа олимпиады публикуется только в формате PDF")],
    })
