"""IndicFOSS Conf 2026, Bengaluru (modelled on PyCon India, IndiaFOSS and Hasgeek-run conferences)."""
from lib import Site, css, nav

NAV = [("index.html", "Home"), ("talks.html", "Talks"), ("tickets.html", "Tickets"), ("financial-aid.html", "Financial aid"),
       ("accessibility.html", "Accessibility"), ("venue.html", "Venue"), ("sponsors.html", "Sponsors"),
       ("jobs.html", "Jobs board"), ("faq.html", "FAQ")]


def header(path, lang):
    return f"""<header class="top">
  <div class="bar">
    <a class="brand" href="@index.html"><img src="@img/logo.svg" alt="" width="44" height="44"> IndicFOSS Conf 2026</a>
    <a class="button" href="@tickets.html">Buy tickets</a>
  </div>
  {nav(NAV, path)}
</header>
<main>"""


def footer(path, lang):
    return """</main>
<footer class="foot"><div>
  <p>IndicFOSS Conf is a volunteer-run, not-for-profit conference. hello@indicfoss.example.in</p>
  <p><a href="@coc.html">Code of Conduct</a> · <a href="@faq.html">FAQ</a> · Built with a static site generator.</p>
</div></footer>"""


s = Site("indicfoss-conf", name="IndicFOSS Conf 2026", lang="en-IN", css=css("#e65100"),
         logo_text="IF", colour="#e65100", header=header, footer=footer)

s.page("index.html", "IndicFOSS Conf 2026 · Bengaluru · 17–18 January", """
<h1>IndicFOSS Conf 2026</h1>
<p><strong>17–18 January 2026 · NIMHANS Convention Centre, Bengaluru</strong></p>
<p>Two days of talks, workshops and hallway conversations about free and open source software for Indian
  languages: fonts and input methods, localisation, speech and language technology, and the communities behind
  them. This is our 6th edition, with 900+ attendees expected.</p>
<ul>
  <li><a href="@tickets.html">Tickets</a> — early bird until 30 November.</li>
  <li><a href="@financial-aid.html">Financial aid</a> for students and contributors.</li>
  <li><a href="@accessibility.html">Accessibility</a> at the venue and in the hall.</li>
  <li>Questions? Read the <a href="@faq.html">FAQ</a>.</li>
</ul>
<p>Free lunch, unlimited filter coffee and a hack room open till late on both days.</p>
""")

s.page("tickets.html", "Tickets · IndicFOSS Conf 2026", """
<h1>Tickets</h1>
<p>Tickets are sold on Hasgeek. <a class="button" href="https://hasgeek.com/indicfoss/2026/">Buy on Hasgeek</a></p>
<ul class="tickets">
  <li><strong>Early bird</strong> — ₹1,500 (until 30 November 2025)</li>
  <li><strong>Regular</strong> — Rs. 2,500</li>
  <li><strong>Student</strong> — INR 750 (show a valid college ID at the desk)</li>
  <li><strong>Corporate</strong> — ₹6,000 + 18% GST (includes a GST invoice in your company's name)</li>
</ul>
<p>Individual tickets include GST. All tickets include lunch on both days and the conference T-shirt.
  Tickets are non-refundable but transferable until 10 January.</p>
""")

s.page("financial-aid.html", "Financial aid · IndicFOSS Conf 2026", """
<h1>Financial aid</h1>
<p>If the ticket or the trip to Bengaluru is what stops you from coming, apply for financial aid. It covers your
  ticket and up to ₹10,000 towards travel and stay, reimbursed against bills.</p>
<p>We prioritise students, first-time attendees, contributors to Indian-language FOSS projects, and people from
  outside the metro cities. Apply by 15 November using the form we email to the announcement list, or write to
  aid@indicfoss.example.in.</p>
""")

s.page("accessibility.html", "Accessibility · IndicFOSS Conf 2026", """
<h1>Accessibility</h1>
<p>NIMHANS Convention Centre has ramps at both entrances, a lift to the upper hall and wheelchair-accessible
  toilets on the ground floor. Reserved seating is available near the front of each hall.</p>
<p>All talks in the main hall have live captions in English on a screen beside the stage. Keynotes have Indian
  Sign Language (ISL) interpretation.</p>
<p>If you need anything else to attend comfortably, write to access@indicfoss.example.in and we will do our best.</p>
""")

s.page("faq.html", "FAQ · IndicFOSS Conf 2026", """
<h1>FAQ</h1>
<h3>Can I attend online?</h3>
<p>There is no online ticket. Keynotes are livestreamed on our video channel for anyone to watch, but questions
  and workshops are in-person only. All talk recordings go online a month later.</p>
<h3>Is there a minimum age?</h3>
<p>Attendees must be 16 or older. Attendees under 18 need a consent form signed by a parent.</p>
<h3>Can I get an invoice?</h3>
<p>Yes. Buy a Corporate ticket for a GST invoice; other tickets get a receipt from Hasgeek.</p>
<h3>Do speakers need a ticket?</h3>
<p>Yes, every attendee needs a ticket. Speakers can apply for financial aid like anyone else.</p>
""")

s.page("talks.html", "Talks · IndicFOSS Conf 2026", """
<h1>Talks</h1>
<ul>
  <li><a href="@talks/custom-hooks-for-input-methods.html">Custom Hooks for Indic Input Methods in React</a></li>
  <li><a href="@talks/language-models-for-indic-scripts.html">Small Language Models for Indic Scripts</a></li>
  <li><a href="@talks/accommodating-legacy-encodings.html">Accommodating Legacy Encodings: From ISCII to Unicode</a></li>
  <li>Building a Tamil Spell Checker with Hunspell</li>
  <li>Community Localisation Sprints That Last</li>
</ul>
""")

s.page("talks/custom-hooks-for-input-methods.html", "Custom Hooks for Indic Input Methods in React · IndicFOSS Conf 2026", """
<h1>Custom Hooks for Indic Input Methods in React</h1>
<p>Speaker: Aditi Rao · Main hall · 17 January, 11:30</p>
<p>Composition events, transliteration keyboards and cursor positions in contenteditable: we packaged three
  years of bug fixes into a set of custom hooks. This talk walks through them.</p>
""")

s.page("talks/language-models-for-indic-scripts.html", "Small Language Models for Indic Scripts · IndicFOSS Conf 2026", """
<h1>Small Language Models for Indic Scripts</h1>
<p>Speaker: Karthik Subramanian · Main hall · 17 January, 14:00</p>
<p>Tokenisers that split conjuncts badly, training data that is mostly romanised, and how a 300M-parameter model
  trained on curated Kannada and Telugu text beat a much larger one.</p>
""")

s.page("talks/accommodating-legacy-encodings.html", "Accommodating Legacy Encodings · IndicFOSS Conf 2026", """
<h1>Accommodating Legacy Encodings: From ISCII to Unicode</h1>
<p>Speaker: Farhan Qureshi · Hall B · 18 January, 10:00</p>
<p>Government archives are still full of ISCII and font-specific encodings. We show the converters we built and
  what we learned about Urdu and Sindhi text along the way.</p>
""")

s.page("sponsors.html", "Sponsors · IndicFOSS Conf 2026", """
<h1>Sponsor IndicFOSS Conf</h1>
<table>
  <thead><tr><th scope="col">Tier</th><th scope="col">Contribution</th><th scope="col">Passes</th></tr></thead>
  <tbody>
    <tr><td>Platinum</td><td>₹5,00,000</td><td>8</td></tr>
    <tr><td>Gold</td><td>₹3,00,000</td><td>5</td></tr>
    <tr><td>Silver</td><td>₹1,50,000</td><td>2</td></tr>
    <tr><td>Community table</td><td>₹25,000</td><td>1</td></tr>
  </tbody>
</table>
<p>All amounts exclude 18% GST.</p>
""")

s.page("jobs.html", "Jobs board · IndicFOSS Conf 2026", """
<h1>Jobs board</h1>
<ul>
  <li>Backend engineer (Go), Bengaluru — ₹18–24 LPA</li>
  <li>Developer advocate, remote — ₹25,00,000 – ₹32,00,000 per annum</li>
  <li>Localisation intern (Marathi), Pune — stipend Rs. 25,000/month</li>
</ul>
""")

s.page("venue.html", "Venue · IndicFOSS Conf 2026", """
<h1>Venue and travel</h1>
<p>NIMHANS Convention Centre, Hosur Road, Bengaluru. The nearest metro station is Lakkasandra (Pink Line); a
  metro ride from Majestic costs ₹30–60. An auto-rickshaw from Koramangala costs about ₹150.</p>
<p>Partner hotel: Lemon Tree Hosur Road, ₹6,500 + GST per night with breakfast, code IFC26.</p>
""")

s.page("coc.html", "Code of Conduct · IndicFOSS Conf 2026", """
<h1>Code of Conduct</h1>
<p>IndicFOSS Conf is a harassment-free conference for everyone. Contact any volunteer in an orange badge, or call the
  response team listed on your badge.</p>
""")
