"""National congress of seniors' councils of a (fictional) federation, Lublin (pl; Ukrainian section)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Strona główna"), ("oplaty.html", "Opłaty"), ("zgloszenia.html", "Zgłoszenia"),
       ("dostepnosc.html", "Dostępność"), ("pytania.html", "Pytania i transmisja"), ("program.html", "Program"),
       ("noclegi.html", "Noclegi i dojazd"), ("partnerzy.html", "Partnerzy")]
s = mk("kongres-rad-seniorow-lublin", "VII Ogólnopolski Kongres Rad Seniorów", "pl", "#ad1457", "KRS", NAV,
       foot={"pl": '<p>Federacja Rad Seniorów (organizacja fikcyjna) · Lublin · '
                   '<a href="mailto:kongres@example.pl">kongres@example.pl</a></p>'})
placeholder_media(s, "media/kongres-2026.mp4")
s.pdf("files/karta-zgloszenia-2027.pdf", "Karta zgloszenia - VII Kongres Rad Seniorow\nImie i nazwisko:\nGmina:\nTelefon:\nPodpis:")

s.page("index.html", "VII Ogólnopolski Kongres Rad Seniorów – Lublin 2027", f"""
<h1>VII Ogólnopolski Kongres Rad Seniorów</h1>
<p>Lublin, 23–24 września 2027, Centrum Spotkania Kultur. Członkinie i członkowie gminnych rad seniorów z całej Polski
rozmawiają o opiece wytchnieniowej, transporcie na wsi i udziale starszych osób w budżetach obywatelskich.</p>
<ul>
  <li><a href="@oplaty.html">Opłaty i udział bezpłatny</a></li>
  <li><a href="@zgloszenia.html">Jak się zgłosić</a></li>
  <li><a href="@dostepnosc.html">Dostępność</a></li>
  <li><a href="@pytania.html">Pytania i transmisja</a></li>
</ul>
<section lang="uk">
<h2>Для учасників з України</h2>
<p>Конгрес рад сеньйорів запрошує також літніх людей з України, які живуть у Люблінському воєводстві. Участь коштує
150 злотих; для членів рад сеньйорів з малих гмін — безкоштовно. Реєстрація відбувається лише через паперову картку
заявки, яку треба надіслати поштою або електронною поштою.</p>
</section>
<h2>Kongres 2026 w skrócie</h2>
{video("media/kongres-2026.mp4")}
""")

s.page("oplaty.html", "Opłaty", """
<h1>Opłaty</h1>
<p>Opłata konferencyjna: 150 zł (obiad, przerwy kawowe i materiały).</p>
<p>Członkowie rad seniorów z gmin do 20 tys. mieszkańców uczestniczą bezpłatnie.</p>
""")

s.page("zgloszenia.html", "Zgłoszenia", """
<h1>Jak się zgłosić</h1>
<p>W Kongresie mogą uczestniczyć osoby, które ukończyły 60 lat, oraz opiekunowie osób z niepełnosprawnościami.</p>
<p>Nie prowadzimy rejestracji internetowej. Wypełnioną i podpisaną kartę zgłoszenia prosimy przesłać pocztą lub
e-mailem do 31 sierpnia.</p>
<p><a href="@files/karta-zgloszenia-2027.pdf">Karta zgłoszenia (PDF)</a></p>
""")

s.page("dostepnosc.html", "Dostępność", """
<h1>Dostępność</h1>
<p>Sala kongresowa jest dostępna dla osób poruszających się na wózkach; są windy i toalety dostosowane.</p>
<p>Obrady tłumaczy tłumacz polskiego języka migowego (PJM), a na ekranie wyświetlamy napisy na żywo.</p>
<p>W sali działa pętla indukcyjna.</p>
<p>Potrzeby związane z dostępnością prosimy zgłaszać koordynatorce, pani Marii Kowalczyk: dostepnosc@example.pl.</p>
""")

s.page("pytania.html", "Pytania i transmisja", """
<h1>Pytania i transmisja</h1>
<p>Kongres będzie transmitowany na żywo, bez możliwości zadawania pytań online.</p>
<h2>Najczęstsze pytania</h2>
<details><summary>Czy warsztaty „Smartfon bez tajemnic” są płatne?</summary><p>Tak, warsztaty dodatkowe w drugim dniu kosztują 40 zł, płatne przy zapisie na miejscu.</p></details>
<details><summary>Czy można przyjść z opiekunem?</summary><p>Tak, opiekun osoby z niepełnosprawnością wchodzi razem z nią.</p></details>
<p>Pytania do organizatorów:</p>
<form action="@pytania.html" method="post">
  <label for="imie">Imię</label><input type="text" id="imie" name="imie">
  <label for="mail">E-mail</label><input type="email" id="mail" name="mail">
  <label for="pyt">Pytanie</label><textarea id="pyt" name="pyt"></textarea>
  <div class="g-recaptcha" data-sitekey="6LcFakeKeyForCorpusOnly000000000000002"></div>
  <button type="submit">Wyślij</button>
</form>
""")

s.page("program.html", "Program", """
<h1>Program</h1>
<ul>
  <li>Rejestracja seniorów w e-usługach gminy</li>
  <li>Seniorzy powyżej 80 lat: samotność i sąsiedzka pomoc</li>
  <li>Język urzędowy a zrozumiałość pism</li>
</ul>
""")

s.page("noclegi.html", "Noclegi i dojazd", """
<h1>Noclegi i dojazd</h1>
<p>Hotel partnerski: 220 zł za noc ze śniadaniem. Bilet komunikacji miejskiej: 3,80 zł. Parking: 5 zł za godzinę.</p>
""")

s.page("partnerzy.html", "Partnerzy", """
<h1>Partnerzy</h1>
<p>Kongres otrzymał dotację 1,2 mln zł z programu rządowego. Pakiet partnera: 15 000 zł.</p>
""")

ENTRY = entry(
    s, name="7th National Congress of Seniors' Councils (fictional federation, Lublin)",
    languages=["pl", "uk"], fees=[(150, "PLN"), (40, "PLN")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["recaptcha"],
    account_required=False, registration_form=None, registration_pdf_only=True,
    min_age=60, accessibility_statement=True, access_services=["captions", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "oplaty.html", "zgloszenia.html", "dostepnosc.html", "pytania.html"],
    evidence={
        "languages": [Q("index.html", "Członkinie i członkowie gminnych rad seniorów z całej Polski"),
                      Q("index.html", "Конгрес рад сеньйорів запрошує також літніх людей з України", "Ukrainian section (lang=uk)")],
        "un_languages": [N("none")],
        "fees": [Q("oplaty.html", "Opłata konferencyjna: 150 zł"),
                 Q("pytania.html", "Tak, warsztaty dodatkowe w drugim dniu kosztują 40 zł", "add-on workshop fee, only in the FAQ: a fee"),
                 Q("index.html", "Участь коштує 150 злотих", "restated in Ukrainian: no new entry"),
                 Q("noclegi.html", "Hotel partnerski: 220 zł za noc ze śniadaniem.", "hotel, transport, parking: not fees"),
                 Q("partnerzy.html", "Pakiet partnera: 15 000 zł.", "grant, partner package: not fees")],
        "free_option": [Q("oplaty.html", "Członkowie rad seniorów z gmin do 20 tys. mieszkańców uczestniczą bezpłatnie.")],
        "fee_support": [Q("oplaty.html", "uczestniczą bezpłatnie", "waiver for one group")],
        "remote_participation": [Q("pytania.html", "bez możliwości zadawania pytań online")],
        "captcha": [M("pytania.html", '<div class="g-recaptcha"', "on the question form")],
        "account_required": [N("no account")],
        "registration_form": [N("no online registration; the 3-field question form is not a registration form")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("zgloszenia.html", "Nie prowadzimy rejestracji internetowej."),
                                  M("zgloszenia.html", 'href="files/karta-zgloszenia-2027.pdf"')],
        "min_age": [Q("zgloszenia.html", "osoby, które ukończyły 60 lat"),
                    Q("program.html", "Seniorzy powyżej 80 lat", "talk title, not a limit")],
        "accessibility_statement": [Q("dostepnosc.html", "Potrzeby związane z dostępnością prosimy zgłaszać koordynatorce")],
        "access_services": [Q("dostepnosc.html", "dostępna dla osób poruszających się na wózkach"),
                            Q("dostepnosc.html", "Obrady tłumaczy tłumacz polskiego języka migowego (PJM), a na ekranie wyświetlamy napisy na żywo."),
                            Q("dostepnosc.html", "W sali działa pętla indukcyjna.", "induction loop: not a service")],
        "videos_without_captions": [M("index.html", 'src="media/kongres-2026.mp4">', "no track")],
        "pdf_only_documents": [M("zgloszenia.html", 'href="files/karta-zgloszenia-2027.pdf"', "registration card only as PDF")],
    })
