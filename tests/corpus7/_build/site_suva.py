"""Pacific islands digital forum, Suva. English with a French section (no lang attribute) and a Fijian greeting.
FJD rates in a table whose currency is only in the caption/header, early and standard rates, a USD observer rate,
free for Pacific civil society and students; reCAPTCHA; remote hubs; uncaptioned keynote video."""
from lib import mk, Q, M, N, entry, placeholder_media

NAV = [("index.html", "Home"), ("programme.html", "Programme"), ("register.html", "Register"), ("fees.html", "Rates"),
       ("travel-support.html", "Travel support"), ("remote.html", "Remote hubs"), ("accessibility.html", "Access"),
       ("venue.html", "Venue &amp; hotels"), ("sponsors.html", "Partners")]
s = mk("pacific-digital-futures-forum-suva", "Pacific Digital Futures Forum 2027", "en", "#0b6e79", "PDF",
       NAV, foot={"en": "<p>Pacific Digital Futures Forum · Suva, Fiji · hello@pdff.example.org</p>"})

FR = ("Les participants de Nouvelle-Calédonie, de Polynésie française et de Wallis-et-Futuna sont les bienvenus. "
      "L'interprétation entre l'anglais et le français est assurée pendant les séances plénières, et notre équipe "
      "répond à vos questions en français à l'adresse francophonie@pdff.example.org.")
ABOUT = ("The Forum brings together governments, regulators, operators, civil society and young innovators from "
         "across the Blue Pacific to shape an affordable, resilient and inclusive digital future.")
FREE = "Pacific civil society, youth and students"
TRAVEL = ("Travel support covers a return economy airfare and four nights of accommodation for participants from the "
          "Smaller Island States (Cook Islands, Kiribati, Nauru, Niue, Palau, Republic of the Marshall Islands and Tuvalu).")
HUBS = ("Participants at the remote hubs in Apia, Honiara, Port Vila and Nukuʻalofa can take the floor by video link "
        "during every plenary, and online participants can post questions for the panels.")
CAPTIONS = "Live captioning is provided for all plenary sessions, on screen in the room and on the stream."
WHEEL = "The conference centre, its meeting rooms and toilets are wheelchair accessible, with ramps at the main entrance."
ACCESS = "Tell us about any access requirements in the registration form or write to access@pdff.example.org."
OBS = "Observers from outside the Pacific region pay USD 300."

placeholder_media(s, "media/keynote-2026.mp4")
s.page("index.html", "Pacific Digital Futures Forum 2027 — Suva, Fiji", f"""
<h1>Pacific Digital Futures Forum 2027</h1>
<p><strong>Bula vinaka!</strong> 9–11 June 2027, Grand Pacific Conference Centre, Suva, Fiji.</p>
<p>{ABOUT}</p>
<p><a class="button" href="@register.html">Register now</a> · <a href="@fees.html">Registration rates</a> ·
<a href="@travel-support.html">Travel support</a> · <a href="@remote.html">Join from a remote hub</a> ·
<a href="@accessibility.html">Accessibility</a></p>
<h2>Participants francophones</h2>
<p>{FR}</p>
<h2>Watch the 2026 keynote</h2>
<video controls preload="none" width="640" src="@media/keynote-2026.mp4"></video>
<p>"Cables, clouds and canoes" — keynote by Dr Mele Tupou, 2026 Forum.</p>
""")

s.page("register.html", "Register — Pacific Digital Futures Forum 2027", """
<h1>Register</h1>
<p>Fields marked <span class="req">*</span> are required. Registration closes on 21 May 2027.</p>
<form action="@register.html" method="post">
  <input type="hidden" name="form_id" value="pdff27">
  <label for="fn">First name <span class="req">*</span></label><input type="text" id="fn" name="first_name" required>
  <label for="ln">Last name <span class="req">*</span></label><input type="text" id="ln" name="last_name" required>
  <label for="em">Email <span class="req">*</span></label><input type="email" id="em" name="email" required>
  <label for="mob">Mobile / WhatsApp</label><input type="tel" id="mob" name="mobile">
  <label for="cty">Country or territory <span class="req">*</span></label>
  <select id="cty" name="country" required><option value="">Choose…</option><option>Fiji</option><option>Samoa</option>
  <option>Tonga</option><option>Vanuatu</option><option>Solomon Islands</option><option>Other</option></select>
  <label for="org">Organisation <span class="req">*</span></label><input type="text" id="org" name="organisation">
  <fieldset><legend>Delegate category <span class="req">*</span></legend>
    <input type="radio" id="c1" name="category" value="gov" required><label for="c1">Government / private sector</label>
    <input type="radio" id="c2" name="category" value="cso"><label for="c2">Civil society, youth or student</label>
    <input type="radio" id="c3" name="category" value="obs"><label for="c3">Observer from outside the region</label>
  </fieldset>
  <label for="diet">Dietary requirements</label><textarea id="diet" name="diet"></textarea>
  <label for="acc">Access requirements</label><textarea id="acc" name="access"></textarea>
  <div class="check"><input type="checkbox" id="ts" name="travel_support"><label for="ts">I am applying for travel support</label></div>
  <div class="check"><input type="checkbox" id="ok" name="consent" required><label for="ok">I agree to the privacy notice <span class="req">*</span></label></div>
  <div class="g-recaptcha" data-sitekey="6Lc-pdff-example-sitekey-0000000000000"></div>
  <button type="submit">Submit registration</button>
</form>
""")

s.page("fees.html", "Registration rates — Pacific Digital Futures Forum 2027", f"""
<h1>Registration rates</h1>
<table>
  <caption>Registration rates (FJD, incl. VAT)</caption>
  <tr><th>Category</th><th>Early (until 31 March)</th><th>Standard</th></tr>
  <tr><td>Government and private-sector delegates</td><td>380</td><td>450</td></tr>
  <tr><td>{FREE}</td><td>No charge</td><td>No charge</td></tr>
</table>
<p>{OBS} Rates include lunches, refreshments and the forum reception.</p>
<p>Rates are payable by bank transfer or card on arrival. Delegates from the Smaller Island States can also
<a href="@travel-support.html">apply for travel support</a>.</p>
""")

s.page("travel-support.html", "Travel support — Pacific Digital Futures Forum 2027", f"""
<h1>Travel support</h1>
<p>{TRAVEL}</p>
<p>Tick "I am applying for travel support" in the <a href="@register.html">registration form</a> before 15 April 2027.
Priority goes to women, young people and persons with disabilities.</p>
""")

s.page("remote.html", "Remote hubs — Pacific Digital Futures Forum 2027", f"""
<h1>Remote hubs and online participation</h1>
<p>{HUBS}</p>
<p>Hubs are hosted by national universities and telecom regulators. Register as usual and pick your hub in the
"Access requirements" box, or simply follow the stream.</p>
""")

s.page("accessibility.html", "Accessibility — Pacific Digital Futures Forum 2027", f"""
<h1>Accessibility</h1>
<p>{WHEEL}</p>
<p>{CAPTIONS}</p>
<p>{ACCESS}</p>
""")

s.page("programme.html", "Programme — Pacific Digital Futures Forum 2027", """
<h1>Programme</h1>
<h2>Wednesday 9 June</h2>
<ul>
  <li>09:00 Opening and "talanoa" dialogue</li>
  <li>10:30 Roaming fees and the cost of connectivity in small island states</li>
  <li>14:00 Registration of .fj and .ws domain names: lessons from ccTLD managers</li>
</ul>
<h2>Thursday 10 June</h2>
<ul>
  <li>09:00 Pacific languages online: keyboards, fonts and voice assistants</li>
  <li>14:00 Youth hackathon final — the winning team receives a F$5,000 prize</li>
</ul>
""")

s.page("venue.html", "Venue and hotels — Pacific Digital Futures Forum 2027", """
<h1>Venue and hotels</h1>
<p>Grand Pacific Conference Centre, Victoria Parade, Suva.</p>
<table>
  <tr><th>Hotel</th><th>Delegate rate per night</th></tr>
  <tr><td>Harbourside Suva</td><td>FJ$ 289</td></tr>
  <tr><td>Tanoa Lodge</td><td>FJ$ 165</td></tr>
</table>
<p>A taxi from Nausori Airport costs about F$35; the express bus from Nadi takes four hours (F$24).
Most Pacific Islands Forum nationals do not need a visa for Fiji.</p>
""")

s.page("sponsors.html", "Partners — Pacific Digital Futures Forum 2027", """
<h1>Partner with the Forum</h1>
<ul>
  <li>Platinum partner — FJD 25,000</li>
  <li>Gold partner — FJD 12,500</li>
  <li>Exhibition booth (3 m × 3 m) — F$3,500</li>
</ul>
<p>Contact partners@pdff.example.org.</p>
""")

ENTRY = entry(
    s, name="Pacific Digital Futures Forum 2027 (Pacific islands digital forum)",
    languages=["en", "fr"], fees=[(380, "FJD"), (450, "FJD"), (300, "USD")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(11, 7, ["affiliation", "phone"]), registration_host=None, min_age=None,
    accessibility_statement=True, access_services=["captions", "interpretation", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "register.html", "fees.html", "travel-support.html", "remote.html",
                         "accessibility.html"],
    evidence={
        "languages": [Q("index.html", ABOUT), Q("index.html", FR, "French section on the English home page, no lang attribute"),
                      Q("index.html", "Bula vinaka!", "Fijian greeting only: not a language offered")],
        "un_languages": [N("en, fr")],
        "fees": [Q("fees.html", "Registration rates (FJD, incl. VAT)", "currency only in the table caption"),
                 Q("fees.html", "Government and private-sector delegates 380 450"), Q("fees.html", OBS),
                 Q("sponsors.html", "Platinum partner — FJD 25,000", "sponsorship, not a fee"),
                 Q("sponsors.html", "Exhibition booth (3 m × 3 m) — F$3,500", "exhibition, not a fee"),
                 Q("venue.html", "FJ$ 289", "hotel, not a fee"),
                 Q("venue.html", "A taxi from Nausori Airport costs about F$35", "transport, not a fee"),
                 Q("programme.html", "the winning team receives a F$5,000 prize", "prize, not a fee"),
                 Q("programme.html", "Roaming fees and the cost of connectivity in small island states", "talk title")],
        "free_option": [Q("fees.html", "Pacific civil society, youth and students No charge No charge")],
        "fee_support": [Q("travel-support.html", TRAVEL)],
        "remote_participation": [Q("remote.html", HUBS)],
        "captcha": [M("register.html", '<div class="g-recaptcha" data-sitekey=')],
        "account_required": [N("no account or login; the form is sent directly")],
        "registration_form": [M("register.html", '<label for="org">Organisation <span class="req">*</span></label><input type="text" id="org" name="organisation">'),
                              N("11 fields: first name, last name, email, mobile, country, organisation, category (radio group = 1), "
                                "dietary, access, travel-support checkbox, consent checkbox; hidden form_id not counted. Required: "
                                "first, last, email, country, organisation (* marker only), category, consent = 7. Sensitive: "
                                "affiliation (organisation), phone (mobile). Country is not sensitive.")],
        "registration_host": [N("own form, no platform")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit; 'youth' named without ages")],
        "accessibility_statement": [Q("accessibility.html", ACCESS)],
        "access_services": [Q("accessibility.html", CAPTIONS), Q("accessibility.html", WHEEL),
                            Q("index.html", "L'interprétation entre l'anglais et le français est assurée pendant les séances plénières")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/keynote-2026.mp4"></video>')],
        "pdf_only_documents": [N("no PDF documents; programme in HTML")],
    })
