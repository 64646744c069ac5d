"""Drupal Camp Wisła (Kraków): a DrupalCon-style community camp. English + Polish pages (/pl/).
Ticket cards with the amount and "zł" in neighbouring elements, euro prices for buyers abroad, a
free Contribution Day, pretix (no account), watch-only stream. The tickets page is linked only from
the home page. Talk titles with Custom / Language / Accommodation."""
from lib import Site, chrome, css, video, placeholder_media, vtt

NAV_EN = [("index.html", "Home"), ("schedule.html", "Schedule"), ("diversity.html", "Diversity tickets"),
          ("accessibility.html", "Accessibility"), ("venue.html", "Venue"), ("sponsors.html", "Sponsors"), ("jobs.html", "Jobs")]
NAV_PL = [("pl/index.html", "Start"), ("pl/bilety.html", "Bilety"), ("schedule.html", "Program (EN)"),
          ("accessibility.html", "Dostępność (EN)")]
LANGS = {"en": [("pl/index.html", "Polski")], "pl": [("index.html", "English")]}
FOOT = {"en": '<p>Drupal Camp Wisła is run by volunteers of the Kraków Drupal Association (fictional). '
              '<a href="mailto:hello@drupalcamp-wisla.example.pl">hello@drupalcamp-wisla.example.pl</a></p>',
        "pl": '<p>Drupal Camp Wisła organizują wolontariusze Krakowskiego Stowarzyszenia Drupala (fikcyjnego). '
              '<a href="mailto:hello@drupalcamp-wisla.example.pl">hello@drupalcamp-wisla.example.pl</a></p>'}
H, F = chrome("Drupal Camp Wisła 2026", {"en": NAV_EN, "pl": NAV_PL}, langs=LANGS, foot=FOOT,
              skip={"en": "Skip to content", "pl": "Przejdź do treści"}, homes={"en": "index.html", "pl": "pl/index.html"})
CARD_CSS = ".amount { font-size: 1.8rem; font-weight: 700; } .cur { font-size: 1rem; margin-inline-start: .2rem; }\n"
s = Site("drupal-camp-wisla", name="Drupal Camp Wisła 2026", lang="en", css=css("#0678be", CARD_CSS),
         logo_text="DCW", colour="#0678be", header=H, footer=F)
placeholder_media(s, "media/keynote-2025.mp4")
vtt(s, "media/keynote-2025.en.vtt", "Thank you all for coming to Kraków.")
placeholder_media(s, "media/lightning-talks-2025.mp4")

s.page("index.html", "Drupal Camp Wisła 2026 – Kraków, 12–14 June", f"""
<h1>Drupal Camp Wisła 2026</h1>
<p>Kraków, 12–14 June 2026, Zabłocie Congress Centre. Two days of talks on Drupal, PHP, front-end and
open-source project life, followed by a Contribution Day on Sunday.</p>
<p><a class="button" href="@tickets.html">Buy tickets</a></p>
<h2>Watch last year's keynote</h2>
{video("media/keynote-2025.mp4", track="media/keynote-2025.en.vtt", label="English")}
<h2>Lightning talks 2025</h2>
{video("media/lightning-talks-2025.mp4")}
<p>Every talk is livestreamed on our video channel, and recordings are online within a week.</p>
""", alternates=[("en", "index.html"), ("pl", "pl/index.html")])

s.page("tickets.html", "Tickets – Drupal Camp Wisła 2026", """
<h1>Tickets</h1>
<p>A ticket gets you into both conference days (Friday and Saturday), lunch, coffee and the Saturday party.
Prices include 23% VAT.</p>
<div class="cards">
<div class="card"><h2>Early bird</h2><p><span class="amount">249</span><span class="cur">zł</span></p><p>Until 31 March</p></div>
<div class="card"><h2>Regular</h2><p><span class="amount">349</span><span class="cur">zł</span></p><p>From 1 April</p></div>
<div class="card"><h2>Student</h2><p><span class="amount">99</span><span class="cur">zł</span></p><p>Valid student ID checked at the door</p></div>
<div class="card"><h2>Individual sponsor</h2><p><span class="amount">799</span><span class="cur">zł</span></p><p>A regular ticket plus your name on the website and a hoodie</p></div>
</div>
<p>Paying from outside Poland? pretix also sells the same tickets in euros: Early bird €60 ·
Regular €85 · Student €25 · Individual sponsor €190.</p>
<h2>Contribution Day</h2>
<p>Sunday's Contribution Day is free for everyone. Pick the free “Contribution Day” ticket in the shop
so that we know how many people to expect.</p>
<p><a class="button" href="https://pretix.eu/dcwisla/2026/">Get your ticket on pretix</a></p>
<p>You don't need a pretix account: checkout works as a guest with just your e-mail address.</p>
<p>Can't afford a ticket? See <a href="@diversity.html">Diversity tickets</a>.</p>
""")

s.page("diversity.html", "Diversity tickets – Drupal Camp Wisła 2026", """
<h1>Diversity tickets</h1>
<p>We set aside 30 regular tickets for people from groups under-represented in tech and for people
who can't afford a ticket. Selected applicants get a ticket code for pretix at no cost, and can also
ask for up to €300 towards travel and accommodation.</p>
<p>Apply by 30 April by writing to diversity@drupalcamp-wisla.example.pl. A small team of volunteers reviews
applications and answers within two weeks.</p>
""")

s.page("accessibility.html", "Accessibility – Drupal Camp Wisła 2026", """
<h1>Accessibility</h1>
<p>Tell us what you need to enjoy the camp at access@drupalcamp-wisla.example.pl, or drop by the
registration desk on the day.</p>
<ul>
<li>Talks on the main stage have live captions written by human captioners, shown on the screen next to the slides.</li>
<li>Keynotes are interpreted into Polish Sign Language (PJM).</li>
<li>The Zabłocie Congress Centre is step-free and wheelchair accessible, with accessible toilets on both floors.</li>
<li>Free childcare for children aged 2 to 10 is available on Friday and Saturday; book a place by 1 June.</li>
</ul>
<p>All talks are in English and there is no interpretation into other spoken languages.</p>
<p>The livestream is for watching only: questions are taken from the room.</p>
""")

s.page("pl/index.html", "Drupal Camp Wisła 2026 – Kraków, 12–14 czerwca", """
<h1>Drupal Camp Wisła 2026</h1>
<p>Kraków, 12–14 czerwca 2026, Centrum Kongresowe Zabłocie. Dwa dni prelekcji o Drupalu, PHP,
front-endzie i życiu projektów open source, a w niedzielę Dzień Kontrybucji.</p>
<p>Wszystkie prelekcje są po angielsku. Bilety kupisz na stronie <a href="@pl/bilety.html">Bilety</a>.</p>
<p>Organizatorami są wolontariusze; jeśli chcesz pomóc przy rejestracji lub nagraniach, napisz do nas.</p>
""", lang="pl", alternates=[("en", "index.html"), ("pl", "pl/index.html")])

s.page("pl/bilety.html", "Bilety – Drupal Camp Wisła 2026", """
<h1>Bilety</h1>
<ul>
<li>Early bird (do 31 marca): 249 zł brutto</li>
<li>Regularny (od 1 kwietnia): 349 zł brutto</li>
<li>Studencki: 99 zł brutto</li>
<li>Sponsor indywidualny: 799 zł brutto</li>
</ul>
<p>Dzień Kontrybucji w niedzielę jest bezpłatny — wystarczy wybrać bezpłatny bilet w sklepie.</p>
<p><a class="button" href="https://pretix.eu/dcwisla/2026/">Kup bilet w pretix</a></p>
<p>Faktury VAT wystawiamy automatycznie po zakupie.</p>
""", lang="pl", alternates=[("en", "tickets.html"), ("pl", "pl/bilety.html")])

s.page("schedule.html", "Schedule – Drupal Camp Wisła 2026", """
<h1>Schedule</h1>
<ul>
<li>Friday 10:00 — <a href="@talks/config-custom-modules.html">Config Split and Custom Modules: Keeping Five Environments Sane</a></li>
<li>Friday 14:00 — <a href="@talks/language-module.html">Multilingual Deep Dive: the Language Module and Content Translation</a></li>
<li>Saturday 11:00 — <a href="@talks/accommodation-booking.html">Building an Accommodation Booking Platform with Drupal Commerce</a></li>
<li>Sunday — Contribution Day</li>
</ul>
""")

s.page("talks/config-custom-modules.html", "Config Split and Custom Modules – Drupal Camp Wisła 2026", """
<h1>Config Split and Custom Modules: Keeping Five Environments Sane</h1>
<p>How an agency manages configuration for dozens of sites with Config Split, and when a custom module is the right answer.</p>
""")

s.page("talks/language-module.html", "Multilingual Deep Dive – Drupal Camp Wisła 2026", """
<h1>Multilingual Deep Dive: the Language Module and Content Translation</h1>
<p>Language negotiation, translatable fields and the pitfalls of translating configuration.</p>
""")

s.page("talks/accommodation-booking.html", "Building an Accommodation Booking Platform – Drupal Camp Wisła 2026", """
<h1>Building an Accommodation Booking Platform with Drupal Commerce</h1>
<p>A case study of a holiday-rental site: availability calendars, payment providers and 40,000 listings.</p>
""")

s.page("venue.html", "Venue – Drupal Camp Wisła 2026", """
<h1>Venue and hotels</h1>
<p>Zabłocie Congress Centre, ul. Lipowa 9, Kraków.</p>
<ul>
<li>Hotel Podgórze: 420 zł per night for camp attendees (code DCW26).</li>
<li>Hostel Kazimierz: from 95 zł per bed.</li>
</ul>
<p>Parking at the venue costs 40 zł per day. A single tram ticket costs 4,60 zł; a ride from the airport with a ride-hailing app is about 90 zł.</p>
""")

s.page("sponsors.html", "Sponsors – Drupal Camp Wisła 2026", """
<h1>Sponsors</h1>
<ul>
<li>Gold: 20 000 zł netto — booth, 10-minute talk, 4 tickets</li>
<li>Silver: 9 000 zł netto — booth, 2 tickets</li>
<li>Community: 2 500 zł netto — logo</li>
</ul>
""")

s.page("jobs.html", "Jobs – Drupal Camp Wisła 2026", """
<h1>Job board</h1>
<ul>
<li>Senior Drupal Developer, Kraków or remote — 15 000–22 000 zł brutto per month (employment contract) or 150–190 zł/h (B2B).</li>
<li>Junior Front-end Developer — 7 000–9 500 zł brutto per month.</li>
</ul>
""")
