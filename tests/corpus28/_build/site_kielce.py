"""Rural women's clubs congress, Kielce (pl-PL, Ukrainian page with lang="uk")."""
from lib import *

NAV = [("index.html", "Strona główna"), ("udzial.html", "Udział"), ("zgloszenia.html", "Zgłoszenia"),
       ("dostepnosc.html", "Dostępność"), ("uk.html", "Українською"), ("dotacje.html", "Dotacje dla kół"),
       ("konkurs.html", "Konkurs kulinarny"), ("noclegi.html", "Noclegi i dojazd")]
s = mk("zjazd-kol-gospodyn-wiejskich-kielce", "Świętokrzyski Zjazd Kół Gospodyń Wiejskich 2027", "pl-PL", "#a11d4b", "KGW", NAV,
       foot={"pl-PL": '<p>Świętokrzyskie Forum Kół Gospodyń Wiejskich (fikcyjne) · Kielce · biuro@forumkgw.example.pl</p>'})
placeholder_media(s, "media/pierogi-i-piesni.mp4")
s.pdf("dokumenty/karta-zgloszenia-zjazd-2027.pdf", "Karta zgloszenia - Swietokrzyski Zjazd KGW 2027\nNazwa kola:\nImie i nazwisko delegatki:\nPodpis przewodniczacej:")

s.page("index.html", "Świętokrzyski Zjazd Kół Gospodyń Wiejskich 2027", """
<h1>Świętokrzyski Zjazd Kół Gospodyń Wiejskich</h1>
<p>5–6 czerwca 2027, Targi Kielce. Delegatki kół z całego województwa spotykają się, żeby wymienić się doświadczeniami:
jak prowadzić koło jako stowarzyszenie, jak rozliczyć dotację, jak przyciągnąć młodsze członkinie. Jest też konkurs
kulinarny i wieczór pieśni ludowych.</p>
<p><a href="@udzial.html">Kto może przyjechać</a> · <a href="@zgloszenia.html">Karta zgłoszenia</a> · <a href="@uk.html">Інформація українською</a></p>
""" + video("media/pierogi-i-piesni.mp4") + """
""")

s.page("udzial.html", "Udział — Zjazd Kół Gospodyń Wiejskich", """
<h1>Udział w zjeździe</h1>
<p>Każde koło zarejestrowane w województwie świętokrzyskim może wysłać do trzech delegatek. Delegatką może zostać członkini koła,
która ma ukończone 16 lat.</p>
<p>Zwracamy koszty dojazdu delegatkom z powiatów, na podstawie biletów lub ryczałtu za przejazd samochodem.</p>
<p>Zjazd odbywa się wyłącznie stacjonarnie; nie przewidujemy udziału zdalnego.</p>
""")

s.page("zgloszenia.html", "Zgłoszenia — Zjazd Kół Gospodyń Wiejskich", """
<h1>Zgłoszenia</h1>
<p>Nie prowadzimy rejestracji online. Prosimy pobrać kartę zgłoszenia, wypełnić ją, podpisać przez przewodniczącą koła i odesłać
pocztą lub skan e-mailem na adres zgloszenia@forumkgw.example.pl do 30 kwietnia.</p>
<p><a href="@dokumenty/karta-zgloszenia-zjazd-2027.pdf">Karta zgłoszenia (PDF, 90 KB)</a></p>
<h2>Masz pytanie?</h2>
<form action="@zgloszenia.html" method="post">
""" + fld("imie", "Imię") + fld("email", "E-mail", "email") + fld("pytanie", "Pytanie", "textarea") + """
<div class="g-recaptcha" data-sitekey="6Lc-forumkgw-demo"></div>
<button type="submit">Wyślij pytanie</button>
</form>
""")

s.page("dostepnosc.html", "Dostępność — Zjazd Kół Gospodyń Wiejskich", """
<h1>Dostępność</h1>
<p>Hala obrad jest na parterze, z podjazdem dla wózków i toaletą dostosowaną.</p>
<p>Obrady tłumaczy tłumaczka polskiego języka migowego (PJM). Nie zapewniamy napisów na żywo.</p>
""")

s.page("uk.html", "З'їзд сільських жіночих клубів — інформація українською", """
<h1>Свєнтокшиський з'їзд сільських жіночих клубів</h1>
<p>5–6 червня 2027 року в Кельцах зустрінуться делегатки сільських жіночих клубів (KGW) з усього воєводства. Українські жінки,
які входять до клубів або створили власні групи в селах регіону, теж можуть приїхати як делегатки.</p>
<p>Реєстрація лише через паперову анкету у форматі PDF: її треба заповнити, підписати в голови клубу і надіслати поштою або
електронною поштою. Онлайн-реєстрації немає.</p>
<p>Організатори повертають витрати на проїзд делегаткам із повітів. Зала на першому поверсі, є пандус для візків.</p>
""", lang="uk")

s.page("dotacje.html", "Dotacje dla kół — Zjazd Kół Gospodyń Wiejskich", """
<h1>Dotacje dla kół</h1>
<p>W tym roku koła mogą wnioskować o dotację do 5 000 zł na stroje, sprzęt kuchenny lub warsztaty rękodzieła.</p>
""")

s.page("konkurs.html", "Konkurs kulinarny — Zjazd Kół Gospodyń Wiejskich", """
<h1>Konkurs kulinarny „Smaki Gór Świętokrzyskich”</h1>
<p>Nagroda główna: 3 000 zł dla koła. Wyróżnienia: po 500 zł.</p>
""")

s.page("noclegi.html", "Noclegi i dojazd — Zjazd Kół Gospodyń Wiejskich", """
<h1>Noclegi i dojazd</h1>
<p>Hotel przy targach: 180 zł za noc ze śniadaniem. Bilet autobusowy z Ostrowca do Kielc: około 25 zł.</p>
""")

ENTRY = entry(s, name="Świętokrzyskie rural women's clubs congress 2027 (federation of rural women's clubs, Kielce, Poland)",
    languages=["pl", "uk"],
    fees=[],
    free_option=None, fee_support=True, remote_participation=False, captcha=["recaptcha"],
    account_required=False, registration_form=None, registration_host=None, registration_pdf_only=True,
    min_age=16, accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "udzial.html", "zgloszenia.html", "dostepnosc.html", "uk.html"],
    evidence={
        "languages": [Q("index.html", "Delegatki kół z całego województwa spotykają się, żeby wymienić się doświadczeniami"),
                      M("uk.html", '<html lang="uk">', "whole Ukrainian page"),
                      Q("uk.html", "Українські жінки, які входять до клубів або створили власні групи в селах регіону")],
        "un_languages": [N("none")],
        "fees": [N("nothing said about a price of taking part: fees []"),
                 Q("dotacje.html", "dotację do 5 000 zł", "grant: not a fee"),
                 Q("konkurs.html", "Nagroda główna: 3 000 zł dla koła.", "prize: not a fee"),
                 Q("noclegi.html", "Hotel przy targach: 180 zł za noc ze śniadaniem.", "hotel, bus: not fees")],
        "free_option": [N("nothing said on the cost of taking part (travel refund only): null")],
        "fee_support": [Q("udzial.html", "Zwracamy koszty dojazdu delegatkom z powiatów")],
        "remote_participation": [Q("udzial.html", "Zjazd odbywa się wyłącznie stacjonarnie; nie przewidujemy udziału zdalnego.")],
        "captcha": [M("zgloszenia.html", '<div class="g-recaptcha"', "on the question form")],
        "account_required": [N("PDF card, no account")],
        "registration_form": [N("no online registration form; the 3-field question form is not one", "zgloszenia.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("zgloszenia.html", "Nie prowadzimy rejestracji online."),
                                  M("zgloszenia.html", 'href="dokumenty/karta-zgloszenia-zjazd-2027.pdf"')],
        "min_age": [Q("udzial.html", "która ma ukończone 16 lat.")],
        "accessibility_statement": [Q("dostepnosc.html", "Hala obrad jest na parterze, z podjazdem dla wózków i toaletą dostosowaną.")],
        "access_services": [Q("dostepnosc.html", "z podjazdem dla wózków", "wheelchair_access"),
                            Q("dostepnosc.html", "Obrady tłumaczy tłumaczka polskiego języka migowego (PJM).", "sign_language"),
                            Q("dostepnosc.html", "Nie zapewniamy napisów na żywo.", "captions negated")],
        "videos_without_captions": [M("index.html", 'src="media/pierogi-i-piesni.mp4">', "no track")],
        "pdf_only_documents": [M("zgloszenia.html", 'href="dokumenty/karta-zgloszenia-zjazd-2027.pdf"', "registration card only as PDF")],
    })
