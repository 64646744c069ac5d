"""US community tech conference, Pittsburgh. English, a Spanish page declared lang="en". $ tickets (individual,
corporate, student, tutorial add-on), free community tickets, opportunity grants with a Turnstile-protected
application form (not registration), Eventbrite as a guest, in person only, youth track 13-17, ASL + CART
(named) + kids' room 4-12 + wheelchair; sponsor, salary, hotel and parking prices."""
from lib import mk, Q, M, N, entry, placeholder_media, vtt

NAV = [("index.html", "Home"), ("schedule.html", "Schedule"), ("tickets.html", "Tickets"), ("grants.html", "Opportunity grants"),
       ("youth.html", "Youth track"), ("accessibility.html", "Accessibility"), ("sponsors.html", "Sponsors"),
       ("jobs.html", "Job board"), ("travel.html", "Travel &amp; hotel")]
NAV_ES = [("es/index.html", "Inicio"), ("tickets.html", "Tickets (inglés)"), ("accessibility.html", "Accesibilidad (inglés)")]
s = mk("three-rivers-community-tech-conf", {"en": "Three Rivers Community Tech Conference",
                                             "es": "Conferencia Comunitaria de Tecnología Three Rivers"},
       "en", "#b45309", "3RC", {"en": NAV, "es": NAV_ES},
       langs={"en": [("es/index.html", "Español")], "es": [("index.html", "English")]},
       foot={"en": "<p>Three Rivers Community Tech is run by volunteers · hello@threerivers-tech.example.org · Code of conduct</p>"},
       homes={"en": "index.html", "es": "es/index.html"})

ABOUT = ("Three Rivers Community Tech is a volunteer-run, two-day conference for programmers, designers, librarians and "
         "community organizers from across western Pennsylvania and beyond.")
FREE = ("We set aside 100 free community tickets for anyone for whom the price is a barrier. No questions asked: choose "
        "\"Community ticket\" at checkout.")
GUEST = "Tickets are sold on Eventbrite; you can check out as a guest without creating an account."
INPERSON = "There is no livestream or virtual ticket this year. Talks are recorded and posted within a month."
GRANT = "Opportunity grants cover travel and lodging up to $800 for people from groups underrepresented in tech."
YOUTH = "The Youth Track is open to ages 13 to 17 and is free with a registered parent or guardian."
ASL = "ASL interpreters for all keynotes and the main hall."
CART = "CART captioning on the main-hall screens for every session."
KIDS = "A kids' room for ages 4 to 12, free and staffed by licensed caregivers."
WHEEL = "Both venues are wheelchair accessible, with accessible restrooms on every floor."
CONTACT = "Questions or access requests: access@threerivers-tech.example.org — we answer within two days."
ES = ("La Conferencia Comunitaria de Tecnología Three Rivers es un encuentro de dos días organizado por voluntarios para "
      "programadores, diseñadores, bibliotecarios y organizadores comunitarios del oeste de Pensilvania.")

placeholder_media(s, "media/keynote-2026.mp4")
placeholder_media(s, "media/welcome-asl.mp4")
vtt(s, "media/welcome-asl-en.vtt", "Welcome to Three Rivers Community Tech")
s.page("index.html", "Three Rivers Community Tech Conference 2027 — Pittsburgh", f"""
<h1>Three Rivers Community Tech Conference 2027</h1>
<p class="note">September 17–18, 2027 · Carnegie Library Lecture Hall &amp; Union Project, Pittsburgh, PA</p>
<p>{ABOUT}</p>
<p><a class="button" href="@tickets.html">Get tickets</a> <a href="@grants.html">Opportunity grants</a> ·
<a href="@youth.html">Youth track</a> · <a href="@accessibility.html">Accessibility</a></p>
<h2>Last year's opening keynote</h2>
<video controls preload="none" width="640" src="@media/keynote-2026.mp4"></video>
""")

s.page("tickets.html", "Tickets — Three Rivers Community Tech 2027", f"""
<h1>Tickets</h1>
<div class="cards">
  <div class="card"><h2>Individual</h2><span class="price">$150</span></div>
  <div class="card"><h2>Corporate</h2><span class="price">$400<small>your employer pays</small></span></div>
  <div class="card"><h2>Student</h2><span class="price">$25<small>with a valid student ID</small></span></div>
  <div class="card"><h2>Tutorial day add-on</h2><span class="price">$75<small>Thursday, in addition to a conference ticket</small></span></div>
</div>
<p>{FREE}</p>
<p>{GUEST} <a class="button" href="https://www.eventbrite.com/e/three-rivers-community-tech-2027-tickets-100000000000">Buy on Eventbrite</a></p>
<p>{INPERSON}</p>
""")

s.page("grants.html", "Opportunity grants — Three Rivers Community Tech 2027", f"""
<h1>Opportunity grants</h1>
<p>{GRANT} Grantees also get a free ticket. Apply by July 1.</p>
<form action="@grants.html" method="post">
  <label for="gn">Name</label><input type="text" id="gn" name="name" required>
  <label for="ge">Email</label><input type="email" id="ge" name="email" required>
  <label for="gc">Where will you travel from?</label><input type="text" id="gc" name="from" required>
  <label for="ga">Amount requested (USD)</label><input type="number" id="ga" name="amount">
  <label for="gt">Tell us a bit about yourself</label><textarea id="gt" name="about" required></textarea>
  <div class="check"><input type="checkbox" id="gs" name="first_time"><label for="gs">I am a first-time speaker</label></div>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAAthreerivers00"></div>
  <button type="submit">Apply for a grant</button>
</form>
""")

s.page("youth.html", "Youth track — Three Rivers Community Tech 2027", f"""
<h1>Youth Track</h1>
<p>{YOUTH} Workshops cover game making, soldering and how the internet works.</p>
""")

s.page("accessibility.html", "Accessibility — Three Rivers Community Tech 2027", f"""
<h1>Accessibility</h1>
<ul><li>{ASL}</li><li>{CART}</li><li>{KIDS}</li><li>{WHEEL}</li></ul>
<p>{CONTACT}</p>
<h2>Welcome message in ASL</h2>
<video controls preload="none" width="640" src="@media/welcome-asl.mp4">
  <track kind="captions" src="@media/welcome-asl-en.vtt" srclang="en" label="English" default>
</video>
""")

s.page("schedule.html", "Schedule — Three Rivers Community Tech 2027", """
<h1>Schedule</h1>
<ul>
  <li>Custom Elements for everyone</li>
  <li>Registration-free COM in 2027? A love letter to legacy code</li>
  <li>Languages we lost: COBOL in city government</li>
  <li>Late fees, library fines and the data behind fine-free libraries</li>
</ul>
""")

s.page("sponsors.html", "Sponsors — Three Rivers Community Tech 2027", """
<h1>Sponsor us</h1>
<ul><li>Keystone sponsor — $5,000</li><li>Bridge sponsor — $2,500</li><li>Community table — $300</li></ul>
""")

s.page("jobs.html", "Job board — Three Rivers Community Tech 2027", """
<h1>Job board</h1>
<ul><li>Senior Data Engineer, Allegheny County — $95,000–$120,000</li><li>Front-end developer (contract) — $65/hour</li></ul>
""")

s.page("travel.html", "Travel &amp; hotel — Three Rivers Community Tech 2027", """
<h1>Travel and hotel</h1>
<p>Room block at the Oakland Inn: $189/night until August 20. Garage parking near the library is $12/day.</p>
<p>The 28X airport flyer bus costs $2.75.</p>
""")

s.page("es/index.html", "Conferencia Comunitaria de Tecnología Three Rivers 2027", f"""
<h1>Conferencia Comunitaria de Tecnología Three Rivers 2027</h1>
<p>17 y 18 de septiembre de 2027, Pittsburgh. {ES}</p>
<p>Entradas: individual $150, estudiantes $25. Reservamos 100 entradas comunitarias gratuitas para quien no pueda
pagar el precio. Hay intérpretes de lengua de señas americana (ASL) y una sala infantil. Las charlas son en inglés.</p>
""", lang="en", header_lang="es")

ENTRY = entry(
    s, name="Three Rivers Community Tech Conference 2027 (US community conference)",
    languages=["en", "es"], fees=[(150, "USD"), (400, "USD"), (25, "USD"), (75, "USD")], free_option=True,
    fee_support=True, remote_participation=False, captcha=["turnstile"], account_required=False,
    registration_form=None, registration_host="www.eventbrite.com", min_age=13, accessibility_statement=True,
    access_services=["cart", "childcare", "sign_language", "wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "tickets.html", "grants.html", "youth.html", "accessibility.html", "es/index.html"],
    evidence={
        "languages": [Q("index.html", ABOUT), Q("es/index.html", ES), M("es/index.html", '<html lang="en">',
                      "Spanish page declared as English")],
        "un_languages": [N("en, es")],
        "fees": [Q("tickets.html", "Individual $150"), Q("tickets.html", "Corporate $400"), Q("tickets.html", "Student $25"),
                 Q("tickets.html", "Tutorial day add-on $75", "paid add-on: a fee"),
                 Q("grants.html", GRANT, "grant amount, not a fee"),
                 Q("sponsors.html", "Keystone sponsor — $5,000", "sponsorship, not a fee"),
                 Q("jobs.html", "$95,000–$120,000", "salary, not a fee"),
                 Q("travel.html", "$189/night", "hotel, not a fee"), Q("travel.html", "$12/day", "parking, not a fee"),
                 Q("schedule.html", "Late fees, library fines and the data behind fine-free libraries", "talk title")],
        "free_option": [Q("tickets.html", FREE), Q("youth.html", YOUTH)],
        "fee_support": [Q("grants.html", GRANT), Q("tickets.html", "Student $25", "reduced rate")],
        "remote_participation": [Q("tickets.html", INPERSON)],
        "captcha": [M("grants.html", '<div class="cf-turnstile" data-sitekey=', "on the grant-application form")],
        "account_required": [Q("tickets.html", GUEST)],
        "registration_form": [N("registration is on Eventbrite; the only form on the site is the grant application, "
                                "which is not a registration form")],
        "registration_host": [M("tickets.html", 'href="https://www.eventbrite.com/e/three-rivers-community-tech-2027-tickets-100000000000"')],
        "registration_pdf_only": [N("platform")],
        "min_age": [Q("youth.html", YOUTH, "youth-track range 13-17: lower bound 13"),
                    Q("accessibility.html", KIDS, "childcare ages, not a limit")],
        "accessibility_statement": [Q("accessibility.html", CONTACT)],
        "access_services": [Q("accessibility.html", ASL), Q("accessibility.html", CART), Q("accessibility.html", KIDS),
                            Q("accessibility.html", WHEEL)],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/keynote-2026.mp4"></video>'),
                                    M("accessibility.html", '<track kind="captions" src="media/welcome-asl-en.vtt"')],
        "pdf_only_documents": [N("no PDF")],
    })
