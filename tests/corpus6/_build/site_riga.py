from lib import mk, Q, M, N, entry

NAV = {"lv": [("index.html", "Sākums"), ("biletes.html", "Biļetes"), ("tiessaiste.html", "Tiešsaistē"), ("pieejamiba.html", "Piekļūstamība"),
              ("programma.html", "Programma"), ("viesnicas.html", "Viesnīcas"), ("atbalstitaji.html", "Atbalstītāji"), ("en/index.html", "English"), ("ru/index.html", "Русский")],
       "en": [("en/index.html", "Home"), ("en/tickets.html", "Tickets"), ("index.html", "Latviski")],
       "ru": [("ru/index.html", "Главная"), ("index.html", "Latviski")]}
s = mk("atklatas-parvaldes-forums-riga", "Atklātās pārvaldes forums", "lv", "#8e1b1b", "AP", NAV,
       foot={"lv": "<p>Biedrība “Atvērtā valsts” · forums@atverta-valsts.example.lv</p>"})

s.page("index.html", "Atklātās pārvaldes forums 2027 — Rīga", """
<h1>Atklātās pārvaldes forums 2027</h1>
<p>Divas dienas Rīgā (17.–18. maijā) par atvērtajiem datiem, līdzdalības budžetu un valsts pārvaldes pārskatāmību Baltijas valstīs.
Forumā piedalās ministriju darbinieki, pašvaldības, žurnālisti un nevalstiskās organizācijas.</p>
<p><a href="@biletes.html">Biļetes</a> · <a href="@tiessaiste.html">Dalība tiešsaistē</a> · <a href="@pieejamiba.html">Piekļūstamība</a></p>
""")

s.page("biletes.html", "Biļetes", """
<h1>Biļetes</h1>
<div class="cards">
<div class="card"><h2>Standarta biļete</h2><span class="price">40 €</span><p>Abas dienas klātienē, pusdienas un kafija.</p></div>
<div class="card"><h2>Studentu biļete</h2><span class="price">15,00 EUR</span><p>Ar derīgu studenta apliecību.</p></div>
<div class="card"><h2>Dalība tiešsaistē</h2><span class="price">Bez maksas</span><p>Tiešsaistes dalība ir bez maksas visiem reģistrētajiem.</p></div>
</div>
<p>Biļetes pārdod <a href="https://pretix.eu/atvertavalsts/forums2027/">pretix</a>; konts nav vajadzīgs.</p>
""")

s.page("tiessaiste.html", "Dalība tiešsaistē", """
<h1>Dalība tiešsaistē</h1>
<p>Tiešsaistes dalībnieki var uzdot jautājumus runātājiem un balsot par darba grupu ieteikumiem kopā ar zālē esošajiem.</p>
""")

s.page("pieejamiba.html", "Piekļūstamība", """
<h1>Piekļūstamība</h1>
<p>Norises vieta ir pieejama cilvēkiem ratiņkrēslā. Plenārsesijās nodrošinām tulkošanu latviešu zīmju valodā un sinhrono tulkošanu
latviešu–angļu valodā. Par citām vajadzībām rakstiet uz piekluve@atverta-valsts.example.lv.</p>
""")

s.page("programma.html", "Programma", """
<h1>Programma</h1>
<ul><li>Valodas tehnoloģijas valsts pārvaldes pakalpojumos</li><li>Reģistrācijas datu atvēršana: uzņēmumu reģistrs</li><li>Cenas un iepirkumi: atvērtie līgumi</li></ul>
""")

s.page("viesnicas.html", "Viesnīcas", """
<h1>Viesnīcas un transports</h1>
<p>Viesnīca “Daugava”: 89 € par nakti. Autobuss 22 no lidostas līdz centram: 2 EUR. Stāvvieta pie norises vietas: 3 € stundā.</p>
""")

s.page("atbalstitaji.html", "Atbalstītāji", """
<h1>Atbalstītāji</h1>
<p>Zelta atbalstītāja pakete: 2 500 €; sudraba: 1 200 €. Izstādes galds: 400 EUR.</p>
""")

s.page("en/index.html", "Open Government Forum 2027 — Riga", """
<h1>Open Government Forum 2027</h1>
<p>Two days in Riga (17–18 May) on open data, participatory budgeting and transparency of public administration in the Baltic states.
Ministries, municipalities, journalists and NGOs take part. Sessions are in Latvian and English with interpretation.</p>
<p><a href="@en/tickets.html">Tickets</a></p>
""", lang="en")

s.page("en/tickets.html", "Tickets", """
<h1>Tickets</h1>
<table><tr><th>Ticket</th><th>Price (EUR)</th></tr><tr><td>Standard, on site</td><td>40</td></tr><tr><td>Student, on site</td><td>15</td></tr>
<tr><td>Online (ask questions and vote remotely)</td><td>0</td></tr></table>
<p>Tickets are sold on <a href="https://pretix.eu/atvertavalsts/forums2027/">pretix</a>; no account is needed.</p>
""", lang="en")

s.page("ru/index.html", "Форум открытого управления 2027 — Рига", """
<h1>Форум открытого управления 2027</h1>
<p>Два дня в Риге (17–18 мая): открытые данные, бюджет участия и прозрачность государственного управления в странах Балтии.
Стандартный билет стоит 40 евро, студенческий — 15 евро, участие онлайн бесплатное. Онлайн-участники могут задавать вопросы и голосовать.</p>
<p>Программа на русском языке будет опубликована в апреле.</p>
""", lang="lv")

ENTRY = entry(s, name="Atklātās pārvaldes forums (Baltic open-government forum)",
    languages=["lv", "en", "ru"], fees=[(40, "EUR"), (15, "EUR")], free_option=True, fee_support=True, remote_participation=True,
    account_required=False, registration_host="pretix.eu", accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"],
    participation_pages=["index.html", "biletes.html", "tiessaiste.html", "pieejamiba.html", "en/index.html", "en/tickets.html", "ru/index.html"],
    evidence={
        "languages": [Q("index.html", "Divas dienas Rīgā (17.–18. maijā) par atvērtajiem datiem"),
                      Q("en/index.html", "Two days in Riga (17–18 May) on open data"),
                      Q("ru/index.html", "Два дня в Риге (17–18 мая): открытые данные", "Russian page with a wrong lang=\"lv\"")],
        "un_languages": [N("en and ru")],
        "fees": [Q("biletes.html", "Standarta biļete 40 €"), Q("biletes.html", "Studentu biļete 15,00 EUR"),
                 Q("en/tickets.html", "Standard, on site 40"), Q("ru/index.html", "Стандартный билет стоит 40 евро, студенческий — 15 евро"),
                 Q("viesnicas.html", "Viesnīca “Daugava”: 89 € par nakti.", "hotel, bus (2 EUR), parking — not fees"),
                 Q("atbalstitaji.html", "Zelta atbalstītāja pakete: 2 500 €", "sponsorship and exhibition table, not fees")],
        "free_option": [Q("biletes.html", "Tiešsaistes dalība ir bez maksas visiem reģistrētajiem.")],
        "fee_support": [Q("biletes.html", "Studentu biļete 15,00 EUR", "reduced student rate below 40 €")],
        "remote_participation": [Q("tiessaiste.html", "Tiešsaistes dalībnieki var uzdot jautājumus runātājiem un balsot")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [Q("en/tickets.html", "no account is needed.")],
        "registration_form": [N("no native form")],
        "registration_host": [M("biletes.html", 'href="https://pretix.eu/atvertavalsts/forums2027/"')],
        "registration_pdf_only": [N("pretix")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("pieejamiba.html", "Par citām vajadzībām rakstiet uz piekluve@atverta-valsts.example.lv.")],
        "access_services": [Q("pieejamiba.html", "Norises vieta ir pieejama cilvēkiem ratiņkrēslā."),
                            Q("pieejamiba.html", "tulkošanu latviešu zīmju valodā"), Q("pieejamiba.html", "sinhrono tulkošanu latviešu–angļu valodā")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
