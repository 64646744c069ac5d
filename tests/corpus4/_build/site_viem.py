"""VIEM 31 — an IETF/RIPE-style engineering meeting in Prague. English, with a Czech section on
the fees page. EUR and CZK in neighbouring table columns (currency only in the column header)."""
from lib import Site, chrome, css, video, placeholder_media, vtt

NAV = [("index.html", "Home"), ("register.html", "Register"), ("fees.html", "Fees"),
       ("remote.html", "Remote participation"), ("fellowship.html", "Fellowship"),
       ("access.html", "Accessibility"), ("agenda.html", "Agenda"), ("venue.html", "Venue &amp; hotels"),
       ("sponsors.html", "Sponsors"), ("faq.html", "FAQ")]
FOOT = ('<p>VIEM is organised by the Vltava Network Operators Association, z. s., Na Poříčí 1047/26, '
        'Praha 1. Contact: <a href="mailto:meeting@viem.example.eu">meeting@viem.example.eu</a> · '
        '<a href="@code-of-conduct.html">Code of Conduct</a> · <a href="@2025/index.html">VIEM 30 archive</a></p>')
H, F = chrome("VIEM 31 Prague", {"en": NAV, "cs": NAV}, foot={"en": FOOT},
              newsletter={"en": ("Meeting announcements by e-mail", "Subscribe"),
                          "cs": ("Meeting announcements by e-mail", "Subscribe")})
s = Site("vltava-internet-engineering-meeting", name="VIEM 31 – Vltava Internet Engineering Meeting",
         lang="en", css=css("#1f5f8b"), logo_text="V31", colour="#1f5f8b", header=H, footer=F)

placeholder_media(s, "media/viem30-opening-plenary.mp4")
vtt(s, "media/viem30-opening-plenary.en.vtt", "Good morning and welcome to VIEM 30.")

s.page("index.html", "VIEM 31 – Vltava Internet Engineering Meeting, Prague, 20–24 April 2026", f"""
<h1>VIEM 31 — Prague, 20–24 April 2026</h1>
<p>The Vltava Internet Engineering Meeting brings together the people who run networks in Central
and Eastern Europe: operators, registry staff, researchers, regulators and anyone curious about
how packets really move. Five days of working groups, a plenary, tutorials and a two-day
hackathon at the Karlín Conference Centre.</p>
<p>Vítejte v Praze!</p>
<h2>Take part</h2>
<ul>
<li><a href="@register.html">Register</a> — in person or remotely.</li>
<li><a href="@fees.html">Fees and payment</a></li>
<li><a href="@remote.html">How remote participation works</a></li>
<li><a href="@fellowship.html">The VIEM Fellowship</a> for engineers from developing economies</li>
<li><a href="@access.html">Accessibility and access needs</a></li>
</ul>
<h2>Watch the VIEM 30 opening plenary</h2>
{video("media/viem30-opening-plenary.mp4", track="media/viem30-opening-plenary.en.vtt", label="English")}
<p>Looking for last year's slides? They are in the <a href="@2025/index.html">VIEM 30 archive</a>.</p>
""")

s.page("fees.html", "Fees – VIEM 31", """
<h1>Meeting fees</h1>
<p>One registration covers all working groups, the plenary, the tutorials and the hackathon, plus
coffee breaks and lunch on every meeting day.</p>
<table>
<caption>Registration fees for VIEM 31</caption>
<thead><tr><th scope="col">Ticket</th><th scope="col">EUR</th><th scope="col">CZK</th></tr></thead>
<tbody>
<tr><td>Early bird (paid by 15 February)</td><td>420</td><td>10 500</td></tr>
<tr><td>Standard</td><td>520</td><td>13 000</td></tr>
<tr><td>Student (valid student card)</td><td>120</td><td>3 000</td></tr>
<tr><td>One-day pass (any single day)</td><td>210</td><td>5 250</td></tr>
<tr><td>Remote participation</td><td colspan="2">No charge</td></tr>
</tbody>
</table>
<p>All prices include 21 % Czech VAT. The koruna prices are fixed for this meeting at a rate of
25 CZK per euro; you pay whichever column you choose when you register.</p>
<p>Cancellations received before 1 March are refunded minus a handling fee of 15 %. After that
date we can transfer your registration to a colleague at no cost.</p>
<section lang="cs">
<h2>Pro účastníky z Česka</h2>
<p>Účastníci s českou fakturační adresou mohou platit v korunách bankovním převodem na účet
spolku. Standardní registrace stojí 13 000 Kč včetně DPH, studentská registrace 3 000 Kč.
Daňový doklad vám pošleme e-mailem do pěti pracovních dnů od připsání platby.</p>
<p>Potřebujete-li fakturu na zaměstnavatele, uveďte při registraci název organizace a my vás
požádáme o doplnění IČO. Vzdálená účast je zdarma, stačí se zaregistrovat.</p>
</section>
<p><a class="button" href="@register.html">Go to the registration form</a></p>
""")

s.page("register.html", "Register – VIEM 31", """
<h1>Register for VIEM 31</h1>
<p>Fill in the form below. You will receive a confirmation e-mail with a payment link for
in-person tickets, or with your VIEM Live access details if you attend remotely. Fields marked
with <span class="req">*</span> are required.</p>
<form action="@register.html" method="post" id="registration">
<input type="hidden" name="meeting" value="viem31">
<label for="given">Given name <span class="req">*</span></label>
<input type="text" id="given" name="given" required autocomplete="given-name">
<label for="family">Family name <span class="req">*</span></label>
<input type="text" id="family" name="family" required autocomplete="family-name">
<label for="email">E-mail <span class="req">*</span></label>
<input type="email" id="email" name="email" required autocomplete="email">
<label for="org">Organisation (shown on your badge)</label>
<input type="text" id="org" name="org" autocomplete="organization">
<label for="country">Country <span class="req">*</span></label>
<select id="country" name="country" required>
<option value="">Choose…</option><option>Czechia</option><option>Slovakia</option><option>Poland</option>
<option>Austria</option><option>Hungary</option><option>Ukraine</option><option>Other</option>
</select>
<fieldset>
<legend>Attendance <span class="req">*</span></legend>
<input type="radio" id="att-site" name="attendance" value="onsite" required><label for="att-site">In person in Prague</label>
<input type="radio" id="att-remote" name="attendance" value="remote"><label for="att-remote">Remote</label>
</fieldset>
<label for="ticket">Ticket <span class="req">*</span></label>
<select id="ticket" name="ticket" required>
<option value="">Choose…</option><option>Early bird</option><option>Standard</option><option>Student</option>
<option>One-day pass</option><option>Remote (no charge)</option>
</select>
<label for="diet">Dietary requirements</label>
<textarea id="diet" name="diet" rows="2"></textarea>
<div class="check"><input type="checkbox" id="announce" name="announce"><label for="announce">Send me VIEM meeting announcements</label></div>
<div class="check"><input type="checkbox" id="coc" name="coc" required><label for="coc">I have read and accept the Code of Conduct <span class="req">*</span></label></div>
<div class="cf-turnstile" data-sitekey="0x4AAAAAAADnPIDROzbs0Aaj" data-theme="light"></div>
<button type="submit">Register</button>
</form>
<p>Questions about registration? Write to <a href="mailto:registration@viem.example.eu">registration@viem.example.eu</a>.</p>
""")

s.page("remote.html", "Remote participation – VIEM 31", """
<h1>Taking part remotely</h1>
<p>Remote participation costs nothing. Register with the attendance type “Remote” and we send you
a personal link to VIEM Live, our meeting tool, a few days before the meeting.</p>
<h2>Speaking at the microphone from home</h2>
<p>Every session page in VIEM Live has a “Join the queue” button. Session chairs alternate between
the microphone lines in the room and the remote queue, so your question or comment is heard in the
hall over the room speakers, just like anyone else's.</p>
<h2>Presenting remotely</h2>
<p>Working group chairs accept remote presentations. Upload your slides at least 24 hours before
your slot; on the day you share your audio and video from VIEM Live and the chair advances the
slides for you.</p>
<h2>Polls and consensus</h2>
<p>Remote participants see the same show-of-hands polls as the room and can answer them in VIEM Live.</p>
""")

s.page("fellowship.html", "Fellowship – VIEM 31", """
<h1>The VIEM Fellowship</h1>
<p>The Fellowship helps engineers from developing economies and from small networks take part in
VIEM in person. Up to twelve fellows are selected for each meeting.</p>
<h2>What a fellowship covers</h2>
<ul>
<li>The standard meeting fee is waived.</li>
<li>A return economy flight or train ticket to Prague.</li>
<li>Five nights at the meeting hotel.</li>
<li>A daily allowance of €45 for meals and local transport.</li>
</ul>
<h2>How to apply</h2>
<p>Send a short motivation letter and a reference from your employer or university to
<a href="mailto:fellowship@viem.example.eu">fellowship@viem.example.eu</a> by 10 January 2026.
Decisions are announced at the end of January.</p>
""")

s.page("access.html", "Accessibility – VIEM 31", """
<h1>Accessibility</h1>
<p>We want every participant to be able to follow and contribute to VIEM 31. If you have an access
requirement, or if anything below does not work for you, e-mail
<a href="mailto:access@viem.example.eu">access@viem.example.eu</a> and we will work it out with you
before the meeting.</p>
<h2>Captions</h2>
<p>The plenary and all working group sessions in Hall A have live captioning by a professional
captioner. The captions are shown on a screen next to the slides and in VIEM Live for remote
participants.</p>
<h2>The venue</h2>
<p>The Karlín Conference Centre is step-free. All meeting rooms can be reached by lift and are
wheelchair accessible, and there is an accessible toilet on each floor.</p>
<h2>Language</h2>
<p>All sessions are held in English without interpretation. Slides are published before each
session so that you can read along.</p>
""")

s.page("faq.html", "FAQ – VIEM 31", """
<h1>Frequently asked questions</h1>
<details open><summary>Do I need an account to register?</summary>
<p>No. The registration form is all you need; there is no login.</p></details>
<details open><summary>Can I pay by invoice?</summary>
<p>Yes. Tick the invoice option in the payment e-mail and we send an invoice to your organisation.</p></details>
<details open><summary>I registered for the wrong ticket. What now?</summary>
<p>Write to registration@viem.example.eu with your confirmation number and we will change it.</p></details>
<details open><summary>Is there a hackathon prize?</summary>
<p>No prizes, just good company and a lot of coffee.</p></details>
""")

s.page("agenda.html", "Agenda – VIEM 31", """
<h1>Agenda</h1>
<table>
<caption>Working groups and plenary</caption>
<tr><th>Day</th><th>Sessions</th></tr>
<tr><td>Monday</td><td>Tutorials; hackathon opens</td></tr>
<tr><td>Tuesday</td><td>Opening plenary; Registry Operations WG; Routing WG</td></tr>
<tr><td>Wednesday</td><td>DNS WG: <a href="@sessions/custom-resolvers.html">Custom DNS Resolvers at Scale</a>; IPv6 WG</td></tr>
<tr><td>Thursday</td><td>Database WG: <a href="@sessions/language-tags.html">Language Tags in RDAP Responses</a>; Address Policy WG</td></tr>
<tr><td>Friday</td><td>Closing plenary</td></tr>
</table>
""")

s.page("sessions/custom-resolvers.html", "Custom DNS Resolvers at Scale – VIEM 31", """
<h1>Custom DNS Resolvers at Scale</h1>
<p>DNS working group, Wednesday 11:00, Hall A.</p>
<p>A mid-sized access network replaced its vendor resolvers with a custom build. The talk covers
cache sizing, response-policy zones and what broke during the migration.</p>
""")

s.page("sessions/language-tags.html", "Language Tags in RDAP Responses – VIEM 31", """
<h1>Language Tags in RDAP Responses</h1>
<p>Database working group, Thursday 14:00, Hall B.</p>
<p>Registration data contains names and addresses in many scripts. This session proposes how to
mark the language of contact data in RDAP responses with BCP 47 language tags.</p>
""")

s.page("venue.html", "Venue and hotels – VIEM 31", """
<h1>Venue and hotels</h1>
<p>The meeting takes place at the Karlín Conference Centre, Křižíkova 40, Praha 8 (metro B, Křižíkova).</p>
<h2>Hotels</h2>
<table>
<tr><th>Hotel</th><th>Rate per night</th></tr>
<tr><td>Hotel Na Vltavě (meeting hotel, 5 minutes' walk)</td><td>3 400 Kč incl. breakfast</td></tr>
<tr><td>Karlín Apartments</td><td>2 150 Kč</td></tr>
<tr><td>Hostel Letná</td><td>from 690 Kč per bed</td></tr>
</table>
<h2>Getting around</h2>
<p>A 30-minute public transport ticket costs 30 Kč and a 24-hour ticket 120 Kč. The airport express
bus to the main station costs 100 Kč; a taxi from the airport to Karlín is about 650 Kč.</p>
<p>Many shops accept euros at a poor rate (often 1 EUR = 22 CZK); pay in koruna or by card.</p>
""")

s.page("sponsors.html", "Sponsors – VIEM 31", """
<h1>Sponsor VIEM 31</h1>
<table>
<tr><th>Package</th><th>Price</th><th>Includes</th></tr>
<tr><td>Host sponsor</td><td>€60,000</td><td>Welcome address, logo on badges, six complimentary registrations</td></tr>
<tr><td>Connectivity sponsor</td><td>€25,000</td><td>Logo on the network SSID, two complimentary registrations</td></tr>
<tr><td>Coffee break sponsor</td><td>€6,500</td><td>Signage at the coffee stations</td></tr>
</table>
<p>Contact <a href="mailto:sponsors@viem.example.eu">sponsors@viem.example.eu</a>.</p>
""")

s.page("code-of-conduct.html", "Code of Conduct – VIEM 31", """
<h1>Code of Conduct</h1>
<p>VIEM is a professional meeting. Treat everyone with respect, in the room, online and in the
hallway. Harassment is not tolerated. Report problems to the conduct team at
conduct@viem.example.eu or to any staff member with a blue lanyard.</p>
""")
