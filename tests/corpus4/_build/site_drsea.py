"""Digital Rights Summit East Africa, Nairobi: a RightsCon-style summit. English with a Swahili
section on the home page (and a one-word Swahili greeting elsewhere). Fees in "3,500 KES", "KSh 2,000"
and USD; free tickets for Kenyan students stated ONLY in the FAQ; M-Pesa paybill numbers that are not
prices. Ticket Tailor. Paid virtual pass with real participation. Travel support. 18+. Captions, KSL,
wheelchair, no childcare. Three videos, two of them without captions."""
from lib import Site, chrome, css, video, placeholder_media, vtt

NAV = [("index.html", "Home"), ("tickets.html", "Tickets"), ("virtual.html", "Join virtually"),
       ("travel-support.html", "Travel support"), ("accessibility.html", "Accessibility"), ("programme.html", "Programme"),
       ("hotels.html", "Hotels &amp; getting here"), ("sponsors.html", "Sponsors"), ("jobs.html", "Jobs board"), ("faq.html", "FAQ")]
FOOT = {"en": '<p>Digital Rights Summit East Africa is hosted by the Haki Dijitali Collective (fictional), Westlands, Nairobi. '
              '<a href="mailto:summit@drsea.example.ke">summit@drsea.example.ke</a></p>'}
H, F = chrome("Digital Rights Summit East Africa 2026", {"en": NAV}, foot=FOOT)
s = Site("nairobi-digital-rights-summit", name="Digital Rights Summit East Africa 2026", lang="en-KE",
         css=css("#5b2a86"), logo_text="DRS", colour="#5b2a86", header=H, footer=F)
placeholder_media(s, "media/drsea-2025-aftermovie.mp4")
placeholder_media(s, "media/how-virtual-works.mp4")
placeholder_media(s, "media/virtual-tour-venue.mp4")
vtt(s, "media/virtual-tour-venue.en.vtt", "Welcome to the Kenyatta Gardens Conference Centre.")

s.page("index.html", "Digital Rights Summit East Africa 2026 – Nairobi, 3–5 June", f"""
<h1>Digital Rights Summit East Africa 2026</h1>
<p>Nairobi, 3–5 June 2026 · Kenyatta Gardens Conference Centre and online.</p>
<p>Karibu! For three days, activists, journalists, technologists, lawyers and policy makers from across
East Africa and beyond come together to defend rights online: privacy, free expression, digital ID,
platform accountability and internet shutdowns.</p>
<p><a class="button" href="@tickets.html">Get your ticket</a> · <a href="@virtual.html">Join virtually</a></p>
<section lang="sw">
<h2>Kwa washiriki wanaozungumza Kiswahili</h2>
<p>Mkutano huu unawaleta pamoja wanaharakati, waandishi wa habari, wataalamu wa teknolojia na
wanasheria kutoka Afrika Mashariki kujadili haki za kidijitali. Kila siku kuna vikao maalum
vinavyoendeshwa kwa Kiswahili, hasa kuhusu faragha na uhuru wa kujieleza mtandaoni.</p>
<p>Ukiwa na swali lolote kuhusu tiketi au usafiri, tuandikie kwa Kiswahili kupitia summit@drsea.example.ke.</p>
</section>
<h2>Relive DRSEA 2025</h2>
{video("media/drsea-2025-aftermovie.mp4")}
""")

s.page("tickets.html", "Tickets – Digital Rights Summit East Africa 2026", """
<h1>Tickets</h1>
<table>
<caption>Ticket prices</caption>
<tr><th>Ticket</th><th>Price</th></tr>
<tr><td>In person — residents of East African Community countries</td><td>3,500 KES</td></tr>
<tr><td>In person — international</td><td>USD 120</td></tr>
<tr><td>Virtual pass — East Africa</td><td>KSh 2,000</td></tr>
<tr><td>Virtual pass — rest of the world</td><td>USD 20</td></tr>
</table>
<p>Tickets are sold on Ticket Tailor:
<a href="https://www.tickettailor.com/events/hakidijitali/1409922">buy your ticket</a>.</p>
<h2>Paying with M-Pesa</h2>
<p>Prefer M-Pesa? Use Paybill number 522533 and account number DRSEA26, then forward the confirmation
SMS to tickets@drsea.example.ke; we send your ticket within 24 hours.</p>
""")

s.page("virtual.html", "Join virtually – Digital Rights Summit East Africa 2026", f"""
<h1>Join virtually</h1>
<p>Virtual pass holders are part of the summit, not just viewers. You can:</p>
<ul>
<li>ask questions to every panel through the moderated Q&amp;A;</li>
<li>speak in the online breakout sessions, which run alongside the in-room ones;</li>
<li>host a virtual session if your proposal is accepted.</li>
</ul>
<h2>How the virtual platform works</h2>
{video("media/how-virtual-works.mp4")}
<h2>A tour of the venue</h2>
{video("media/virtual-tour-venue.mp4", track="media/virtual-tour-venue.en.vtt", label="English")}
""")

s.page("travel-support.html", "Travel support – Digital Rights Summit East Africa 2026", """
<h1>Travel Support Programme</h1>
<p>We support around 60 participants from grassroots organisations and under-resourced communities
every year. Travel support covers your in-person ticket, a return bus or economy flight, and up to
four nights of accommodation, up to a total of USD 800 per person.</p>
<p>Applications close on 28 February. Apply by e-mail to travel@drsea.example.ke.</p>
<h2>Donate to the Travel Support Programme</h2>
<p>Every donation helps one more grassroots activist reach Nairobi. Donations are not tickets and do not give access to the summit.</p>
<form action="@travel-support.html" method="post" class="donate">
<fieldset><legend>Donation amount</legend>
<input type="radio" id="d1" name="amount" value="1000"><label for="d1">KSh 1,000</label>
<input type="radio" id="d2" name="amount" value="2500"><label for="d2">KSh 2,500</label>
<input type="radio" id="d3" name="amount" value="5000"><label for="d3">KSh 5,000</label>
</fieldset>
<label for="dname">Your name</label><input type="text" id="dname" name="dname">
<label for="demail">E-mail for the receipt</label><input type="email" id="demail" name="demail" required>
<label for="dphone">M-Pesa phone number</label><input type="tel" id="dphone" name="dphone" required>
<button type="submit">Donate with M-Pesa</button>
</form>
""")

s.page("accessibility.html", "Accessibility – Digital Rights Summit East Africa 2026", """
<h1>Accessibility</h1>
<p>Our access team is here to help: e-mail access@drsea.example.ke or ask at the information desk.</p>
<ul>
<li>Real-time captioning in English is shown on screen for all plenaries and in the virtual platform.</li>
<li>Kenyan Sign Language (KSL) interpreters work on the main stage throughout the summit.</li>
<li>All venue spaces are wheelchair accessible, and we can lend a wheelchair on request.</li>
</ul>
<p>We are not able to offer childcare this year.</p>
""")

s.page("faq.html", "FAQ – Digital Rights Summit East Africa 2026", """
<h1>Frequently asked questions</h1>
<h2>Is there a free ticket?</h2>
<p>Yes: students enrolled at a Kenyan university or TVET college attend in person for free. Just show
your valid student ID at the registration desk.</p>
<h2>Is there a minimum age?</h2>
<p>Yes, all attendees must be 18 or older.</p>
<h2>Do I need an account?</h2>
<p>No, you don't need an account with us or with Ticket Tailor.</p>
""")

s.page("programme.html", "Programme – Digital Rights Summit East Africa 2026", """
<h1>Programme</h1>
<ul>
<li>3 June: Opening plenary; Digital ID and exclusion; Shutdowns in election years.</li>
<li>4 June: Data protection enforcement; Content moderation in Kiswahili.</li>
<li>5 June: Surveillance exports; Closing plenary.</li>
</ul>
""")

s.page("hotels.html", "Hotels and getting here – Digital Rights Summit East Africa 2026", """
<h1>Hotels and getting here</h1>
<ul>
<li>Gardens Hotel (summit rate): KSh 9,800 per night, breakfast included.</li>
<li>Westlands Backpackers: KES 2,500 per night.</li>
</ul>
<p>A matatu into town costs about KSh 80; the SGR train from Mombasa costs KSh 3,000 in economy.
Visitors need an electronic Travel Authorisation (eTA), which costs USD 30.</p>
<p>Coming from Southern Africa? Return flights from Johannesburg start at about R4,200.</p>
""")

s.page("sponsors.html", "Sponsors – Digital Rights Summit East Africa 2026", """
<h1>Sponsor the summit</h1>
<ul>
<li>Lead sponsor: USD 15,000</li>
<li>Session sponsor: USD 5,000</li>
</ul>
""")

s.page("jobs.html", "Jobs board – Digital Rights Summit East Africa 2026", """
<h1>Jobs board</h1>
<ul>
<li>Digital Security Trainer, Nairobi — KSh 350,000 per month.</li>
<li>Policy Officer (12-month contract) — USD 2,400 per month.</li>
</ul>
""")
