"""Horizons Summit 2026, San José, Costa Rica (modelled on RightsCon and similar human-rights-and-tech summits)."""
from lib import Site, css, nav, video, placeholder_media, vtt

NAV = [("index.html", "Home"), ("sessions.html", "Sessions"), ("tickets.html", "Tickets"),
       ("participation-support.html", "Participation Support"), ("online.html", "Online"),
       ("accessibility.html", "Accessibility"), ("travel.html", "Travel &amp; Hotels"), ("faq.html", "FAQ"),
       ("partners.html", "Partner with us"), ("jobs.html", "Jobs")]


def header(path, lang):
    return f"""<header class="top">
  <div class="bar">
    <a class="brand" href="@index.html"><img src="@img/logo.svg" alt="" width="44" height="44"> Horizons Summit 2026</a>
    <a class="button donate" href="@donate.html">Donate</a>
  </div>
  {nav(NAV, path)}
</header>
<main id="main">"""


def footer(path, lang):
    return """</main>
<footer class="foot"><div>
  <p>Horizons Summit is convened by the Horizons Digital Rights Coalition, a fiscally sponsored project. summit@horizons.example.org</p>
  <p><a href="@privacy.html">Privacy</a> · <a href="@accessibility.html">Accessibility</a> · <a href="@donate.html">Donate</a></p>
</div></footer>
<div class="cookie" role="region" aria-label="Cookie notice">We use only essential cookies. <button type="button">OK</button></div>"""


s = Site("horizons-summit-costa-rica", name="Horizons Summit 2026", lang="en", css=css("#0d6e4f"),
         logo_text="HZ", colour="#0d6e4f", header=header, footer=footer)
placeholder_media(s, "media/horizons-welcome.mp4")
vtt(s, "media/horizons-welcome.en.vtt", "Welcome to Horizons Summit in San José.")

s.page("index.html", "Horizons Summit 2026 · Human Rights & Technology · San José, Costa Rica · 19–22 May", f"""
<h1>Horizons Summit 2026</h1>
<p><strong>19–22 May 2026 · Centro de Convenciones de Costa Rica, San José · and online</strong></p>
<p>Horizons is where activists, technologists, policymakers, journalists and companies meet to work on human
  rights in the digital age. Four days, more than 400 sessions, and a program shaped by an open call in which
  anyone can propose a session.</p>
<h2>Be there</h2>
<ul>
  <li><a href="@tickets.html">Tickets</a> are priced by the income level of your country, and online participation is free.</li>
  <li>Our <a href="@participation-support.html">Participation Support Program</a> covers travel, lodging and tickets for people who could not otherwise join.</li>
  <li>Join and speak in sessions <a href="@online.html">online</a>.</li>
  <li>Read how we make the summit <a href="@accessibility.html">accessible</a>, and the <a href="@faq.html">FAQ</a>.</li>
</ul>
{video("media/horizons-welcome.mp4", track="media/horizons-welcome.en.vtt")}
<p class="note">Horizons is free for thousands of people because others chip in. <a href="@donate.html">Give $25 to the Participation Fund</a>.</p>
""")

s.page("tickets.html", "Tickets · Horizons Summit 2026", """
<h1>Tickets</h1>
<p>In-person ticket prices depend on where you live, using the World Bank's country income groups. Tickets are
  sold through Eventbrite; <a href="https://www.eventbrite.com/e/horizons-summit-2026-tickets-880000000000">get your ticket</a>.</p>
<table>
  <caption>In-person tickets (US dollars)</caption>
  <thead><tr><th scope="col">Ticket</th><th scope="col">High-income countries</th><th scope="col">Upper-middle-income countries</th><th scope="col">Low- and lower-middle-income countries</th></tr></thead>
  <tbody>
    <tr><th scope="row">Standard</th><td>US$ 450</td><td>US$ 250</td><td>US$ 95</td></tr>
    <tr><th scope="row">Student / grassroots nonprofit</th><td>US$ 150</td><td>US$ 95</td><td>US$ 45</td></tr>
    <tr><th scope="row">Solidarity (pays for your ticket and part of another participant's)</th><td colspan="3">US$ 650</td></tr>
    <tr><th scope="row">Online</th><td colspan="3">Free</td></tr>
  </tbody>
</table>
<p>Residents of Costa Rica can pay in colones: ₡25 000 for a standard ticket and ₡10 000 for students.</p>
<p>Can't afford any of these? Apply to the <a href="@participation-support.html">Participation Support Program</a> for a ticket waiver.</p>

<h2>Entradas: información en español</h2>
<p>El precio de las entradas presenciales depende del nivel de ingreso del país donde vives, según la
  clasificación del Banco Mundial. Una entrada estándar cuesta US$ 450, US$ 250 o US$ 95, y la entrada para
  estudiantes y organizaciones de base cuesta US$ 150, US$ 95 o US$ 45. Las personas residentes en Costa Rica
  pueden pagar en colones: ₡25.000 la entrada estándar y ₡10.000 la de estudiantes. La participación en línea es
  gratuita y permite intervenir en las sesiones. Si no puedes pagar, solicita una exoneración a través del
  Programa de Apoyo a la Participación. Las plenarias cuentan con intérpretes de LESCO.</p>
""")

s.page("participation-support.html", "Participation Support Program · Horizons Summit 2026", """
<h1>Participation Support Program</h1>
<p>Each year we support around 300 people from civil society, grassroots movements and at-risk communities
  who could not otherwise attend. Support can include:</p>
<ul>
  <li>a free in-person ticket (ticket waiver);</li>
  <li>a return flight and four nights at a partner hotel;</li>
  <li>a stipend of USD 50 per day for meals and local transport;</li>
  <li>visa application support.</li>
</ul>
<p>Applications open 1 December and close 15 January. Priority goes to people from the Global Majority, from
  communities affected by the issues on the program, and to first-time participants.</p>
""")

s.page("online.html", "Online participation · Horizons Summit 2026", """
<h1>Online participation</h1>
<p>Online tickets are free. With an online ticket you can:</p>
<ul>
  <li>join every hybrid session live and raise your hand to speak;</li>
  <li>host an online-only session from the open call;</li>
  <li>meet other participants in the online networking space.</li>
</ul>
""")

s.page("accessibility.html", "Accessibility · Horizons Summit 2026", """
<h1>Accessibility</h1>
<p>We are working to make Horizons accessible to disabled participants. Tell us what you need when you get your
  ticket, or write to access@horizons.example.org — we will follow up with you personally.</p>
<ul>
  <li>CART (Communication Access Realtime Translation) in English and Spanish for all plenaries and the main session rooms.</li>
  <li>LESCO (Costa Rican Sign Language) and International Sign interpretation for plenaries.</li>
  <li>The convention center is wheelchair accessible, with step-free routes, accessible bathrooms and reserved seating.</li>
  <li>Free on-site childcare for children from 6 months to 12 years old, with registration in advance.</li>
</ul>
""")

s.page("faq.html", "FAQ · Horizons Summit 2026", """
<h1>FAQ</h1>
<h2>Is there an age requirement?</h2>
<p>Participants must be 18 or older to attend on their own. Young people aged 13 to 17 may attend with a parent or guardian.</p>
<h2>Can I get a refund?</h2>
<p>Tickets can be refunded until 1 April through Eventbrite, minus Eventbrite's fees.</p>
<h2>Do I need a visa to travel to Costa Rica?</h2>
<p>Many nationalities do not. Participation Support recipients get help with visa applications.</p>
<h2>Which languages will sessions be in?</h2>
<p>Sessions run in English or Spanish; the session page says which.</p>
""")

s.page("donate.html", "Donate · Horizons Summit 2026", """
<h1>Support the Participation Fund</h1>
<p>Every gift helps someone from an affected community take part.</p>
<form action="@donate.html" method="post" class="donate-form">
  <fieldset><legend>Choose an amount</legend>
    <input type="radio" id="d25" name="amount" value="25"> <label for="d25">$25</label>
    <input type="radio" id="d50" name="amount" value="50"> <label for="d50">$50</label>
    <input type="radio" id="d100" name="amount" value="100"> <label for="d100">$100</label>
    <input type="radio" id="d250" name="amount" value="250"> <label for="d250">$250</label>
  </fieldset>
  <label for="other">Other amount (USD)</label>
  <input type="text" id="other" name="other_amount">
  <button type="submit">Continue to payment</button>
</form>
""")

s.page("sessions.html", "Sessions · Horizons Summit 2026", """
<h1>Featured sessions</h1>
<ul>
  <li>Language Justice in Content Moderation</li>
  <li>Custom Firmware for Community Networks: Risks and Rights</li>
  <li>Reasonable Accommodation in Algorithmic Hiring</li>
  <li>Internet Shutdowns in Elections: 2026 Watchlist</li>
  <li>Indigenous Data Sovereignty in Central America</li>
</ul>
""")

s.page("partners.html", "Partner with us · Horizons Summit 2026", """
<h1>Partner with Horizons</h1>
<p>Partnership packages start at USD 15,000. Exhibition booths are US$ 4,500. All partners agree to our
  partnership principles; partners have no influence over the program.</p>
""")

s.page("jobs.html", "Jobs · Horizons Summit 2026", """
<h1>Jobs at the Horizons Coalition and our partners</h1>
<ul>
  <li>Program Manager, Latin America — remote in the Americas — USD 72,000–85,000 per year.</li>
  <li>Oficial de comunicaciones — San José — ₡1.350.000 mensuales.</li>
</ul>
""")

s.page("travel.html", "Travel & Hotels · Horizons Summit 2026", """
<h1>Travel and hotels</h1>
<p>Partner hotels near the convention center offer rooms from $139 per night. An airport shuttle from Juan
  Santamaría International Airport costs $25 each way; a taxi costs about ₡15 000 (US$ 30).</p>
""")

s.page("privacy.html", "Privacy · Horizons Summit 2026", """
<h1>Privacy notice</h1>
<p>This website does not use analytics, advertising cookies or CAPTCHA challenges. Ticket purchases happen on
  Eventbrite, whose own privacy policy applies. We use the data you give us at registration only to run the summit.</p>
""")
