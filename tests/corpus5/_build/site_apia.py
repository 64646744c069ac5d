"""Pacific islands digital forum in Apia (en) with a French section for New Caledonia / Wallis and Futuna."""
from lib import make, video, placeholder_media, vtt

NAV = {"en": [("index.html", "Home"), ("programme.html", "Programme"),
              ("virtual.html", "Virtual pass"), ("bursaries.html", "Bursaries"), ("access.html", "Access"),
              ("exhibit.html", "Exhibit"), ("travel.html", "Travel to Samoa")]}
FOOT = {"en": "<p>Pacific Digital Futures Forum · Apia, Samoa · hello@pdff.example.ws</p>"}
s = make("pacific-digital-futures-apia", name="Pacific Digital Futures Forum 2026", lang="en", colour="#00708a",
         logo="PDF", navs=NAV, foot=FOOT,
         extra_css=".price .cur { font-size: 1rem; margin-inline-end: .15rem; }\n")
for m in ("media/pdff-2025-highlights.mp4", "media/virtual-how-to.mp4"):
    placeholder_media(s, m)
vtt(s, "media/pdff-2025-highlights.en.vtt", "Talofa lava and welcome to the Pacific Digital Futures Forum.")
vtt(s, "media/virtual-how-to.en.vtt", "This short video shows how to ask a question from the virtual pass.")
s.pdf("docs/pdff-2026-programme.pdf", "Pacific Digital Futures Forum 2026\nProgramme\nDay 1 Connectivity\nDay 2 Digital public services")

s.page("index.html", "Pacific Digital Futures Forum 2026 — Apia, 4–6 August", """
<h1>Talofa lava! Pacific Digital Futures Forum 2026</h1>
<p>Three days in Apia for everyone building the digital Pacific: ministries and regulators, telecom operators, island start-ups, librarians, teachers and community groups from Samoa, Tonga, Fiji, Vanuatu, Kiribati and beyond. This year's theme is resilient connectivity after cyclones and cable cuts.</p>
<p><a class="button" href="@tickets.html">Get your ticket</a> <a href="@virtual.html">Join virtually</a> · <a href="@bursaries.html">Pacific bursaries</a> · <a href="@access.html">Access</a></p>
""" + video("media/pdff-2025-highlights.mp4", track="media/pdff-2025-highlights.en.vtt") + """
<section lang="fr">
<h2>Informations en français</h2>
<p>Les délégations de Nouvelle-Calédonie, de Wallis-et-Futuna et de Polynésie française sont les bienvenues au Forum. Les sessions se déroulent en anglais, mais notre équipe d'accueil parle français et peut vous aider à l'arrivée à l'aéroport de Faleolo comme au centre de conférences.</p>
<p>Les billets s'achètent en ligne sur la même page que pour les autres participants. Pour toute question en français, écrivez à bonjour@pdff.example.ws.</p>
</section>
<p>Fa'afetai to our host, the Samoa Digital Society.</p>
""")

s.page("tickets.html", "Tickets — Pacific Digital Futures Forum 2026", """
<h1>Tickets</h1>
<p>All tickets include the three conference days, morning and afternoon tea and lunch. Prices include 15% VAGST.</p>
<div class="cards">
  <div class="card"><h2>Pacific Islands delegate</h2><span class="price"><span class="cur">WS$</span><span class="amt">250</span></span><p>For residents of Pacific Island countries and territories.</p></div>
  <div class="card"><h2>Pacific student</h2><span class="price"><span class="cur">WS$</span><span class="amt">90</span></span><p>Full-time students at a Pacific school, college or university; bring your student card.</p></div>
  <div class="card"><h2>International delegate</h2><span class="price"><span class="amt">320</span> <span class="cur">NZD</span></span><p>For delegates from outside the Pacific Islands, including Australia and New Zealand.</p></div>
  <div class="card"><h2>Virtual pass</h2><span class="price"><span class="cur">WS$</span><span class="amt">40</span></span><p>Live stream of every session with questions to speakers. <a href="@virtual.html">How it works</a>.</p></div>
</div>
<p>Tickets are sold through <a href="https://events.humanitix.com/pdff-apia-2026">our Humanitix event page</a>. You do not need a Humanitix account: enter your name and e-mail at checkout and pay by card.</p>
<p>Under-18s are welcome with a parent or teacher; there is no lower age limit.</p>
""")

s.page("virtual.html", "Virtual pass — Pacific Digital Futures Forum 2026", """
<h1>Virtual pass</h1>
<p>Internet in the outer islands can be slow and flights are expensive, so every session is streamed at low bandwidth. With the virtual pass you can post questions in the Q&amp;A tab; moderators put them to the speakers alongside questions from the room, and virtual delegates vote in the closing poll on the Forum's priorities.</p>
""" + video("media/virtual-how-to.mp4", track="media/virtual-how-to.en.vtt") + """
<p>The stream is captioned live in English.</p>
""")

s.page("bursaries.html", "Pacific bursaries — Pacific Digital Futures Forum 2026", """
<h1>Pacific bursaries</h1>
<p>Thanks to our development partners we offer 30 bursaries for delegates from the smaller island states (Kiribati, Tuvalu, Nauru, Niue, Tokelau and the Cook Islands). A bursary covers the return airfare to Apia, four nights of accommodation and a Pacific Islands delegate ticket.</p>
<p>Apply by 15 May with a short letter from your organisation to bursaries@pdff.example.ws.</p>
""")

s.page("access.html", "Access — Pacific Digital Futures Forum 2026", """
<h1>Access</h1>
<p>The Forum is held in the Tanoa Fale conference centre, which is on one level with a ramp from the car park and an accessible toilet. Wheelchair users can reach every room.</p>
<p>Live captions in English are shown on a screen in the main hall and in the stream.</p>
<p>If you have an access need we have not thought of, tell us at access@pdff.example.ws or on +685 20 000 and we will do our best to meet it.</p>
""")

s.page("programme.html", "Programme — Pacific Digital Futures Forum 2026", """
<h1>Programme</h1>
<p><a href="docs/pdff-2026-programme.pdf">Download the programme (PDF)</a></p>
<h2>Tuesday 4 August — Connectivity</h2>
<ul><li>Free and Open Source Tools for Island Governments</li><li>Registering a .ws Domain: Lessons for Small Registries</li><li>When the Cable Breaks: Satellite Backup in Tonga</li></ul>
<h2>Wednesday 5 August — Services</h2>
<ul><li>Accessible Payments for Remittance Families</li><li>Digital ID in the Pacific: Who Decides?</li></ul>
<h2>Thursday 6 August — Futures</h2>
<ul><li>Pacific Innovation Prize final (prize: A$ 10,000)</li><li>Closing fono and poll results</li></ul>
""")

s.page("exhibit.html", "Exhibit — Pacific Digital Futures Forum 2026", """
<h1>Exhibit and sponsor</h1>
<table><caption>Packages</caption>
<tr><th>Package</th><th>Price</th><th>Includes</th></tr>
<tr><td>Exhibition table</td><td>WS$ 3,500</td><td>Table, two chairs, two exhibitor passes</td></tr>
<tr><td>Coconut sponsor</td><td>NZ$ 6,000</td><td>Logo on the stage, four delegate tickets</td></tr>
<tr><td>Reef partner</td><td>NZ$ 15,000</td><td>Keynote introduction, eight delegate tickets</td></tr>
</table>
""")

s.page("travel.html", "Travel to Samoa — Pacific Digital Futures Forum 2026", """
<h1>Travel to Samoa</h1>
<p>Flights land at Faleolo International Airport. A return flight Nadi–Apia costs from FJ$ 890; Auckland–Apia from NZ$ 640.</p>
<p>The Forum shuttle from the airport costs WS$ 60 each way. Partner hotels: Vailima Bay Hotel WS$ 420 per night, Mulinu'u Lodge WS$ 210 per night.</p>
<p>Exchange rates used on this page: NZ$1 = WS$1.62, FJ$1 = WS$1.21.</p>
""")

EXPECTED = '''
  # Pacific islands digital forum (Apia, Samoa). English with a French section. Ticket cards with the
  # currency and the amount in neighbouring <span>s (WS$ = Samoan tala, WST) and one trailing "NZD";
  # everyone pays, never said; a paid virtual pass with questions and a poll; bursaries and a student
  # rate; Humanitix without account; live captions, wheelchair; under-18s welcome, "no lower age
  # limit". Distractors: exhibition/sponsor packages, airfares in FJ$/NZ$, shuttle, hotels, exchange
  # rates, prize in A$, VAGST percentage; talk titles "Free and Open Source…", "Registering…",
  # "Accessible Payments…"; greetings "Talofa lava", "Fa'afetai". The tickets page is linked only from
  # the home page.
  - id: pacific-digital-futures-apia
    name: Pacific Digital Futures Forum 2026
    start: index.html
    expected:
      languages: [en, fr]
      un_languages: [en, fr]
      fees:
        - {amount: 250.0, currency: WST}
        - {amount: 90.0, currency: WST}
        - {amount: 320.0, currency: NZD}
        - {amount: 40.0, currency: WST}
      free_option: false
      fee_support: true
      remote_participation: true
      captcha: []
      account_required: false
      registration_form: null
      registration_host: events.humanitix.com
      registration_pdf_only: false
      min_age: null
      accessibility_statement: true
      access_services: [captions, wheelchair_access]
      videos_without_captions: 0
      pdf_only_documents: false
    participation_pages: [index.html, tickets.html, virtual.html, bursaries.html, access.html]
    deliberate_404: []
    evidence:
      languages:
        - {page: index.html, quote: "Three days in Apia for everyone building the digital Pacific"}
        - {page: index.html, quote: "Les délégations de Nouvelle-Calédonie, de Wallis-et-Futuna et de Polynésie française sont les bienvenues au Forum.", note: "French section of two paragraphs"}
        - {page: index.html, quote: "Talofa lava!", note: "a Samoan greeting (and Fa'afetai): not a language offered"}
      un_languages:
        - {note: "en, fr"}
      fees:
        - {page: tickets.html, quote: "Pacific Islands delegate WS$250", note: "WS$ = Samoan tala (WST)"}
        - {page: tickets.html, quote: "Pacific student WS$90"}
        - {page: tickets.html, quote: "International delegate 320 NZD"}
        - {page: tickets.html, quote: "Virtual pass WS$40 Live stream of every session with questions to speakers."}
        - {page: tickets.html, quote: "Prices include 15% VAGST.", note: "tax percentage: not a fee"}
        - {page: exhibit.html, quote: "Exhibition table WS$ 3,500", note: "exhibition/sponsor packages: not fees (also NZ$ 6,000, NZ$ 15,000)"}
        - {page: travel.html, quote: "A return flight Nadi–Apia costs from FJ$ 890", note: "airfare: not a fee (also NZ$ 640, shuttle WS$ 60, hotels WS$ 420 / WS$ 210, exchange rates)"}
        - {page: programme.html, quote: "Pacific Innovation Prize final (prize: A$ 10,000)", note: "prize money: not a fee"}
      free_option:
        - {note: "every ticket, the virtual pass included, has a price; nothing is free (not said in words): false"}
      fee_support:
        - {page: bursaries.html, quote: "A bursary covers the return airfare to Apia, four nights of accommodation and a Pacific Islands delegate ticket."}
        - {page: tickets.html, quote: "Full-time students at a Pacific school, college or university", note: "student rate"}
      remote_participation:
        - {page: virtual.html, quote: "moderators put them to the speakers alongside questions from the room, and virtual delegates vote in the closing poll"}
      captcha:
        - {note: "no CAPTCHA on the site"}
      account_required:
        - {page: tickets.html, quote: "You do not need a Humanitix account"}
      registration_form:
        - {note: "no form on the site; tickets on Humanitix"}
      registration_host:
        - {page: tickets.html, markup: 'href="https://events.humanitix.com/pdff-apia-2026"'}
      registration_pdf_only:
        - {note: "tickets online"}
      min_age:
        - {page: tickets.html, quote: "Under-18s are welcome with a parent or teacher; there is no lower age limit."}
      accessibility_statement:
        - {page: access.html, quote: "If you have an access need we have not thought of, tell us at access@pdff.example.ws"}
      access_services:
        - {page: access.html, quote: "Live captions in English are shown on a screen in the main hall and in the stream.", note: "captions"}
        - {page: access.html, quote: "Wheelchair users can reach every room.", note: "wheelchair_access"}
      videos_without_captions:
        - {page: index.html, markup: '<track kind="captions" src="media/pdff-2025-highlights.en.vtt"'}
        - {page: virtual.html, markup: '<track kind="captions" src="media/virtual-how-to.en.vtt"', note: "both videos have captions"}
      pdf_only_documents:
        - {page: programme.html, quote: "Download the programme (PDF)", note: "the programme is also an HTML page: not PDF-only"}
'''
