"""Caribbean regional ICT week, Bridgetown (Barbados). English with a Spanish section; BBD and USD columns."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "Home"), ("programme.html", "Programme"), ("passes.html", "Passes &amp; rates"),
       ("register.html", "Register"), ("fellowships.html", "Fellowships"), ("youth-summit.html", "Youth Summit"),
       ("accessibility.html", "Accessibility"), ("exhibit.html", "Exhibit &amp; sponsor"), ("travel.html", "Travel &amp; hotels"),
       ("careers.html", "Careers fair"), ("faq.html", "FAQ")]
s = mk("caribbean-ict-week-bridgetown", "Caribbean ICT Week 2027", "en-BB", "#00677f", "CIW", NAV,
       foot={"en-BB": "<p>Caribbean ICT Week is convened by the Caribbean Digital Policy Secretariat (made-up), "
                      "Hastings, Christ Church, Barbados · ictweek@cdps.example.org</p>"},
       newsletter={"en-BB": ("Get the ICT Week bulletin", "Subscribe")})

s.page("index.html", "Caribbean ICT Week 2027 — Bridgetown, Barbados", """
<h1>Caribbean ICT Week 2027</h1>
<p class="lead">Bridgetown, Barbados · 7–11 June 2027 · Garrison Savannah Conference Centre</p>
<p>Ministers, regulators, operators, entrepreneurs and young innovators from across CARICOM and the wider
Caribbean meet for a week of policy dialogue, the regulators' roundtable, the Caribbean Youth Summit and the
innovation expo.</p>
<ul>
  <li><a href="@passes.html">Delegate passes and rates</a></li>
  <li><a href="@register.html">Register now</a></li>
  <li><a href="@fellowships.html">Fellowships for member-state participants</a></li>
</ul>
<section>
  <h2>Participantes de habla hispana</h2>
  <p>Damos la bienvenida a las delegaciones de Cuba, República Dominicana, Puerto Rico y los países de Centroamérica.
  Las sesiones plenarias contarán con interpretación simultánea del inglés al español, y el equipo de la Secretaría
  responderá sus consultas en español en el correo espanol@cdps.example.org.</p>
</section>
<h2>Highlights of ICT Week 2026</h2>
""" + video("media/ictweek-2026-highlights.mp4", track="media/ictweek-2026-highlights.en.vtt", track_lang="en", label="English") + "\n")
placeholder_media(s, "media/ictweek-2026-highlights.mp4")
vtt(s, "media/ictweek-2026-highlights.en.vtt", "Welcome to Caribbean ICT Week.")

s.page("programme.html", "Programme — Caribbean ICT Week 2027", """
<h1>Programme</h1>
<h2>Monday 7 June — Policy day</h2>
<ul>
  <li>Opening ceremony</li>
  <li>Spectrum licence fees in small markets: who pays for 5G?</li>
  <li>Registration of .bb and .tt domain names: lessons from two registries</li>
</ul>
<h2>Tuesday 8 June — Caribbean Youth Summit</h2>
<h2>Wednesday 9 June — Regulators' roundtable (closed session)</h2>
<h2>Thursday 10 – Friday 11 June — Innovation expo and pitch competition</h2>
<p>The winning start-up of the pitch competition receives a US$10,000 grant and a booth at ICT Week 2028.</p>
""")

s.page("passes.html", "Passes and rates — Caribbean ICT Week 2027", """
<h1>Passes and rates</h1>
<p>All rates are per person. Pay in Barbados dollars or in US dollars.</p>
<table>
  <thead><tr><th scope="col">Pass</th><th scope="col">BBD</th><th scope="col">USD</th></tr></thead>
  <tbody>
    <tr><th scope="row">Full-week delegate pass</th><td>900</td><td>450</td></tr>
    <tr><th scope="row">Day pass</th><td>250</td><td>125</td></tr>
    <tr><th scope="row">Students (valid ID required)</th><td>100</td><td>50</td></tr>
  </tbody>
</table>
<h2>Complimentary passes</h2>
<p>Government delegates nominated by CARICOM member states receive complimentary full-week passes. The Caribbean
Youth Summit on Tuesday is free for all young participants.</p>
<h2>Virtual pass</h2>
<p>Can't travel? The virtual pass (US$35) gives you the livestream of every plenary and the recordings for 30 days.
Please note that questions cannot be taken from online viewers.</p>
<p>Passes are sold on our ticketing page: see <a href="@register.html">Register</a>.</p>
""")

s.page("register.html", "Register — Caribbean ICT Week 2027", """
<h1>Register</h1>
<p>Registration and payment are handled by our ticketing partner. You do not need an account: enter your name and
e-mail address, choose your pass and pay by card.</p>
<p><a class="button" href="https://www.tickettailor.com/events/cdps/ictweek2027">Get your pass on Ticket Tailor</a></p>
<p>Government delegates: your ministry sends the nomination letter to ictweek@cdps.example.org; the Secretariat
then registers you.</p>
<p>Questions about invoices or group bookings: accounts@cdps.example.org.</p>
""")

s.page("fellowships.html", "Fellowships — Caribbean ICT Week 2027", """
<h1>ICT Week fellowships</h1>
<p>The Secretariat offers 25 fellowships to participants from member states who could not otherwise attend. A
fellowship covers a return economy airfare to Barbados, five nights at a partner hotel and a full-week pass.</p>
<p>Fellows also receive a daily allowance of US$60.</p>
<p>Apply by 15 March 2027 with a short motivation letter to fellowships@cdps.example.org.</p>
""")

s.page("youth-summit.html", "Caribbean Youth Summit — Caribbean ICT Week 2027", """
<h1>Caribbean Youth Summit</h1>
<p>Tuesday 8 June, Garrison Savannah Conference Centre, Hall B.</p>
<p>The Youth Summit is open to young people from sixteen to twenty-five years old who live in the Caribbean.
Participation is free; lunch is provided.</p>
<p>Participants under eighteen need a consent form signed by a parent or guardian, which we send after
registration.</p>
<p>Choose "Youth Summit (free)" on the <a href="@register.html">ticketing page</a>.</p>
""")

s.page("accessibility.html", "Accessibility — Caribbean ICT Week 2027", """
<h1>Accessibility</h1>
<p>The Garrison Savannah Conference Centre is wheelchair accessible: there is level access from the car park, a
lift to the upper hall and accessible washrooms on both floors.</p>
<p>Barbados Sign Language interpreters will work at the opening ceremony and at all plenary sessions.</p>
<p>If you have an access requirement, please tell us at access@cdps.example.org at least two weeks before the event.</p>
""")

s.page("exhibit.html", "Exhibit and sponsor — Caribbean ICT Week 2027", """
<h1>Exhibit and sponsor</h1>
<table>
  <thead><tr><th>Package</th><th>Price</th></tr></thead>
  <tbody>
    <tr><td>Platinum sponsor</td><td>US$25,000</td></tr>
    <tr><td>Gold sponsor</td><td>US$12,000</td></tr>
    <tr><td>Expo booth (3 m × 3 m)</td><td>BDS$5,000</td></tr>
    <tr><td>Start-up table</td><td>BDS$600</td></tr>
  </tbody>
</table>
<p>Exhibitor packages include two full-week passes.</p>
""")

s.page("travel.html", "Travel and hotels — Caribbean ICT Week 2027", """
<h1>Travel and hotels</h1>
<h2>Hotels</h2>
<ul>
  <li>Bayview Inn, Hastings — BBD $320 per night including breakfast</li>
  <li>Rockley Guest House — US$95 per night</li>
</ul>
<h2>Getting around</h2>
<p>A taxi from Grantley Adams International Airport to Hastings costs about Bds$60. Public buses cost BBD 3.50.</p>
<h2>Visas and currency</h2>
<p>CARICOM nationals do not need a visa. The Barbados dollar is fixed at BBD 2 = USD 1; Eastern Caribbean
dollars (EC$) can be changed at the airport.</p>
""")

s.page("faq.html", "FAQ — Caribbean ICT Week 2027", """
<h1>Frequently asked questions</h1>
<h2>Is there a group rate?</h2>
<p>Yes. Organisations registering five or more delegates together pay BBD 800 (USD 400) per full-week pass. Write
to accounts@cdps.example.org for a group code before you book.</p>
<h2>Can I change the name on my pass?</h2>
<p>Yes, free of charge until 31 May.</p>
<h2>Is there a dress code?</h2>
<p>Business casual. The opening ceremony is business attire.</p>
""")

s.page("careers.html", "Careers fair — Caribbean ICT Week 2027", """
<h1>Careers fair</h1>
<ul>
  <li>Network engineer, Bridgetown — BBD 96,000 per annum</li>
  <li>Cybersecurity analyst, Port of Spain — TT$18,000 per month</li>
  <li>Product designer (remote) — US$55,000–65,000 a year</li>
</ul>
""")

ENTRY = entry(
    s, name="Caribbean ICT Week 2027 (Caribbean regional ICT policy week, Bridgetown)",
    languages=["en", "es"],
    fees=[(900, "BBD"), (450, "USD"), (800, "BBD"), (400, "USD"), (250, "BBD"), (125, "USD"), (100, "BBD"), (50, "USD"),
          (35, "USD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=False, registration_form=None, registration_host="www.tickettailor.com",
    min_age=16, accessibility_statement=True, access_services=["interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "passes.html", "register.html", "fellowships.html", "youth-summit.html",
                         "accessibility.html", "faq.html"],
    evidence={
        "languages": [
            Q("index.html", "Ministers, regulators, operators, entrepreneurs and young innovators from across CARICOM and the wider Caribbean"),
            Q("index.html", "Damos la bienvenida a las delegaciones de Cuba, República Dominicana, Puerto Rico y los países de Centroamérica. Las sesiones plenarias contarán con interpretación simultánea del inglés al español",
              "Spanish section on the English home page, no lang attribute"),
        ],
        "un_languages": [N("en, es")],
        "fees": [
            Q("passes.html", "Pass BBD USD", "currencies only in the column headers; the same price in two currencies gives two entries"),
            Q("passes.html", "Full-week delegate pass 900 450"),
            Q("passes.html", "Day pass 250 125"),
            Q("passes.html", "Students (valid ID required) 100 50"),
            Q("faq.html", "Organisations registering five or more delegates together pay BBD 800 (USD 400) per full-week pass.",
              "group rate stated only in the FAQ; one price in two currencies gives two entries"),
            Q("passes.html", "The virtual pass (US$35) gives you the livestream of every plenary and the recordings for 30 days.", "paid watch-only stream: a fee"),
            Q("fellowships.html", "Fellows also receive a daily allowance of US$60.", "allowance (grant amount), not a fee"),
            Q("programme.html", "receives a US$10,000 grant", "prize, not a fee"),
            Q("programme.html", "Spectrum licence fees in small markets: who pays for 5G?", "talk title"),
            Q("exhibit.html", "Platinum sponsor US$25,000", "sponsorship, not a fee"),
            Q("exhibit.html", "Expo booth (3 m × 3 m) BDS$5,000", "exhibition, not a fee"),
            Q("travel.html", "Bayview Inn, Hastings — BBD $320 per night including breakfast", "hotel, not a fee"),
            Q("travel.html", "A taxi from Grantley Adams International Airport to Hastings costs about Bds$60.", "transport, not a fee"),
            Q("travel.html", "The Barbados dollar is fixed at BBD 2 = USD 1", "exchange rate, not a fee"),
            Q("careers.html", "Network engineer, Bridgetown — BBD 96,000 per annum", "salary, not a fee"),
        ],
        "free_option": [
            Q("passes.html", "Government delegates nominated by CARICOM member states receive complimentary full-week passes. The Caribbean Youth Summit on Tuesday is free for all young participants."),
        ],
        "fee_support": [
            Q("fellowships.html", "A fellowship covers a return economy airfare to Barbados, five nights at a partner hotel and a full-week pass."),
            Q("passes.html", "Students (valid ID required) 100 50", "reduced student rate"),
        ],
        "remote_participation": [
            Q("passes.html", "Please note that questions cannot be taken from online viewers.", "watch-only virtual pass: false"),
        ],
        "captcha": [N("no form on the site except the one-field newsletter; tickets on Ticket Tailor")],
        "account_required": [Q("register.html", "You do not need an account: enter your name and e-mail address, choose your pass and pay by card.")],
        "registration_form": [N("no registration form on the site (Ticket Tailor; ministries send nomination letters); the footer newsletter form is not one")],
        "registration_host": [M("register.html", 'href="https://www.tickettailor.com/events/cdps/ictweek2027"')],
        "registration_pdf_only": [N("registration on Ticket Tailor")],
        "min_age": [
            Q("youth-summit.html", "The Youth Summit is open to young people from sixteen to twenty-five years old who live in the Caribbean.", "age in words: 16"),
            Q("youth-summit.html", "Participants under eighteen need a consent form signed by a parent or guardian", "consent, not a limit"),
        ],
        "accessibility_statement": [
            Q("accessibility.html", "If you have an access requirement, please tell us at access@cdps.example.org at least two weeks before the event."),
        ],
        "access_services": [
            Q("accessibility.html", "The Garrison Savannah Conference Centre is wheelchair accessible"),
            Q("accessibility.html", "Barbados Sign Language interpreters will work at the opening ceremony and at all plenary sessions."),
            Q("index.html", "Las sesiones plenarias contarán con interpretación simultánea del inglés al español",
              "spoken-language interpretation (stated in the Spanish section)"),
        ],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/ictweek-2026-highlights.en.vtt"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF documents")],
    })
