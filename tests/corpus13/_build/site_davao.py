"""Regional youth peace summit of a (made-up) Mindanao youth network (Davao City): en-PH, Tagalog section."""
from lib import mk, placeholder_media, video, vtt, Q, M, N, entry

SLUG = "mindanao-youth-peace-summit-davao"
NAV = [("index.html", "Home"), ("programme.html", "Programme"), ("register.html", "Register"), ("faq.html", "FAQ"),
       ("accessibility.html", "Accessibility"), ("travel.html", "Travel & Stay"), ("partners.html", "Partners"),
       ("jobs.html", "Jobs")]
FOOT = ('<p>Mindanao Youth for Peace Network (fictional) · Bajada, Davao City · '
        '<a href="mailto:summit@myp-network.example.ph">summit@myp-network.example.ph</a></p>')
s = mk(SLUG, "Mindanao Youth Peace Summit 2027", "en-PH", "#1d5e9e", "MYPS", NAV, foot={"en-PH": FOOT},
       newsletter={"en-PH": ("Get summit updates", "Subscribe")})
placeholder_media(s, "media/recap2026.mp4")
placeholder_media(s, "media/message.mp4")
vtt(s, "media/message.en.vtt", "Welcome to the summit")

s.page("index.html", "Mindanao Youth Peace Summit 2027 — Davao City", """
<h1>Mindanao Youth Peace Summit 2027</h1>
<p>20–22 August 2027 · Davao City Recreation Center</p>
<p>Three days of dialogue, workshops and planning for young peacebuilders from every province of Mindanao, the
Bangsamoro region and the Sulu archipelago. Delegates draft the Youth Peace Agenda that we present to regional
and local governments in October.</p>
<p><a class="button" href="@register.html">Register as a delegate</a> <a href="@faq.html">Questions? Read the FAQ</a></p>
<p>Access: <a href="@accessibility.html">sign language, captions and venue access</a>.</p>
<section lang="tl">
<h2>Sa Filipino</h2>
<p>Ang Mindanao Youth Peace Summit ay pagtitipon ng mga kabataang lider mula sa iba't ibang probinsya ng Mindanao.
Bukas ito sa mga kabataang may edad 15 hanggang 30. Ang bayad sa pagpaparehistro ay ₱1,500 para sa mga delegado at
₱750 para sa mga estudyante; libre para sa mga delegadong katutubo na inendorso ng kanilang tribal council. May
Filipino Sign Language interpreter sa lahat ng plenaryo.</p>
</section>
<h2>Summit 2026 in two minutes</h2>
""" + video("media/recap2026.mp4") + """
<h2>A message from last year's delegates</h2>
""" + video("media/message.mp4", track="media/message.en.vtt") + """
""")

s.page("register.html", "Register", """
<h1>Delegate registration</h1>
<p>The summit is open to young people aged 15 to 30 who are active in a youth organization, school council or
community group in Mindanao. Delegates under 18 need a parent's signed consent on arrival.</p>
<table>
  <caption>Registration fee (covers meals, kit and summit materials)</caption>
  <tr><th>Delegate type</th><th>Fee</th></tr>
  <tr><td>Regular delegate</td><td>₱1,500</td></tr>
  <tr><td>Student delegate (with valid school ID)</td><td>PHP 750</td></tr>
</table>
<p>Fields marked * are required.</p>
<form action="@register.html" method="post">
  <label for="fn">Full name *</label><input type="text" id="fn" name="full_name" required>
  <label for="em">Email *</label><input type="email" id="em" name="email" required>
  <label for="mob">Mobile number *</label><input type="tel" id="mob" name="mobile" required>
  <label for="dob">Date of birth *</label><input type="date" id="dob" name="dob" required>
  <label for="org">School or organization *</label><input type="text" id="org" name="organization" required>
  <label for="prov">Province</label>
  <select id="prov" name="province"><option>Davao del Sur</option><option>Cotabato</option><option>Lanao del Sur</option><option>Maguindanao del Norte</option><option>Sulu</option><option>Other</option></select>
  <fieldset><legend>Delegate type *</legend>
    <input type="radio" id="d1" name="dtype" value="regular" required> <label for="d1">Regular</label>
    <input type="radio" id="d2" name="dtype" value="student"> <label for="d2">Student</label>
    <input type="radio" id="d3" name="dtype" value="ip"> <label for="d3">IP youth delegate (endorsed by a tribal council)</label>
  </fieldset>
  <label for="diet">Dietary needs</label><input type="text" id="diet" name="diet">
  <label for="ec">Emergency contact number</label><input type="tel" id="ec" name="emergency">
  <label for="photo">2x2 ID photo (for your delegate badge)</label><input type="file" id="photo" name="photo" accept="image/*">
  <div class="check"><input type="checkbox" id="cons" name="consent" required> <label for="cons">I agree to the summit's code of conduct and data privacy notice *</label></div>
  <button type="submit">Submit registration</button>
</form>
""")

s.page("faq.html", "FAQ", """
<h1>Frequently asked questions</h1>
<details open><summary>Do IP youth delegates pay the registration fee?</summary>
<p>No. Indigenous Peoples (IP) youth delegates endorsed by their tribal council register for free. Choose "IP youth
delegate" in the form and bring the endorsement letter.</p></details>
<details open><summary>Is there help with travel costs?</summary>
<p>Yes. Delegates travelling from outside Davao Region can apply for a travel subsidy of up to ₱3,000, reimbursed
on presentation of bus or ferry tickets.</p></details>
<details open><summary>Can I join online?</summary>
<p>The plenaries are streamed on Facebook Live for viewing only. Online viewers cannot ask questions or vote on the
Youth Peace Agenda; only delegates in the hall take part in the workshops and the voting.</p></details>
<details open><summary>Can I pay on site?</summary>
<p>Yes, in cash at the registration desk on 20 August, or by GCash after you receive the confirmation e-mail.</p></details>
""")

s.page("accessibility.html", "Accessibility", """
<h1>Accessibility</h1>
<ul>
  <li>Filipino Sign Language (FSL) interpreters at every plenary and in one workshop track.</li>
  <li>Live captions in English on the main hall screens during plenaries.</li>
  <li>The Recreation Center is wheelchair accessible, with a ramp at the main entrance and accessible restrooms.</li>
  <li>A breastfeeding room is available next to the registration desk.</li>
</ul>
<p>Tell us what you need in the registration form or write to access@myp-network.example.ph.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul>
  <li>Plenary: Ages 15 to 30 — who counts as youth in the Bangsamoro?</li>
  <li>Workshop: Budget watch — tracking a ₱1 billion local peace fund</li>
  <li>Workshop: Closed captions and FSL on local TV news</li>
  <li>Workshop: Peace messages in Cebuano, Maguindanaon and Tausug</li>
</ul>
""")

s.page("travel.html", "Travel & Stay", """
<h1>Travel and accommodation</h1>
<p>Partner hotel rates start at ₱2,800 per night (twin room, breakfast included). A taxi from Davao airport costs
about ₱250; the jeepney fare in the city starts at ₱13. Parking at the venue is ₱50 per day.</p>
""")

s.page("partners.html", "Partners", """
<h1>Partner with us</h1>
<p>Peace Partner package ₱50,000 · Exhibitor booth ₱8,000 for three days · Meal sponsor ₱25,000.</p>
""")

s.page("jobs.html", "Jobs", """
<h1>Jobs in the network</h1>
<p>Youth Program Officer (Cotabato City), PHP 35,000 per month, one-year contract. Send your CV by 30 June.</p>
""")

ENTRY = entry(
    s, name="Mindanao Youth Peace Summit 2027 (regional youth network, Davao City)",
    languages=["en", "tl"], fees=[(1500, "PHP"), (750, "PHP")], free_option=True, fee_support=True,
    remote_participation=False, captcha=[], account_required=False,
    registration_form=(11, 7, ["phone", "birth_date", "affiliation", "photo"]), min_age=15,
    accessibility_statement=True, access_services=["sign_language", "captions", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "register.html", "faq.html", "accessibility.html"],
    evidence={
        "languages": [Q("index.html", "Three days of dialogue, workshops and planning for young peacebuilders"),
                      Q("index.html", "Ang Mindanao Youth Peace Summit ay pagtitipon ng mga kabataang lider", "Tagalog section")],
        "un_languages": [N("en")],
        "fees": [Q("register.html", "Regular delegate ₱1,500"), Q("register.html", "PHP 750", "students"),
                 Q("index.html", "₱1,500 para sa mga delegado at ₱750 para sa mga estudyante", "same fees in Tagalog"),
                 Q("faq.html", "travel subsidy of up to ₱3,000", "support, not a fee"),
                 Q("travel.html", "Partner hotel rates start at ₱2,800 per night", "hotel, taxi, jeepney, parking: not fees"),
                 Q("partners.html", "Exhibitor booth ₱8,000", "sponsor/exhibitor"),
                 Q("jobs.html", "PHP 35,000 per month", "salary"),
                 Q("programme.html", "tracking a ₱1 billion local peace fund", "talk title")],
        "free_option": [Q("faq.html", "Indigenous Peoples (IP) youth delegates endorsed by their tribal council register for free.",
                          "free for one group, in the FAQ")],
        "fee_support": [Q("faq.html", "can apply for a travel subsidy of up to ₱3,000"),
                        Q("register.html", "Student delegate (with valid school ID) PHP 750", "student rate")],
        "remote_participation": [Q("faq.html", "The plenaries are streamed on Facebook Live for viewing only. Online viewers cannot ask questions or vote")],
        "captcha": [N("no CAPTCHA on the registration form", "register.html")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields: full name, e-mail, mobile, date of birth, school/organization, province select, "
                                "delegate type radio (=1), dietary needs, emergency contact number, photo file, consent "
                                "checkbox. Required (* and required): name, e-mail, mobile, birth date, organization, "
                                "delegate type, consent = 7. Sensitive: phone, birth_date, affiliation, photo. The footer "
                                "newsletter form is not counted.", "register.html")],
        "registration_host": [N("own form; Facebook Live is a watch-only stream")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("register.html", "The summit is open to young people aged 15 to 30", "range: 15")],
        "accessibility_statement": [Q("accessibility.html", "Tell us what you need in the registration form or write to access@myp-network.example.ph.")],
        "access_services": [Q("accessibility.html", "Filipino Sign Language (FSL) interpreters at every plenary"),
                            Q("accessibility.html", "Live captions in English on the main hall screens during plenaries."),
                            Q("accessibility.html", "The Recreation Center is wheelchair accessible"),
                            Q("accessibility.html", "A breastfeeding room is available", "not childcare")],
        "videos_without_captions": [M("index.html", 'src="media/recap2026.mp4">', "no track; message.mp4 has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
