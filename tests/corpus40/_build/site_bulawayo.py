"""Bulawayo (Zimbabwe): a civil-society network's summit on information integrity, misinformation and elections.
English (en-ZW) with an isiNdebele section (lang="nd") and a Shona greeting."""
from lib import *

NAV = [("index.html", "Home"), ("programme.html", "Programme"), ("tickets.html", "Tickets"), ("register.html", "Register"),
       ("bootcamp.html", "Fact-checking bootcamp"), ("attend.html", "Venue & access"), ("faq.html", "FAQ"),
       ("sponsors.html", "Sponsors"), ("jobs.html", "Jobs")]
s = mk("bulawayo-information-integrity-summit", "Information Integrity Summit 2027 — Bulawayo", "en-ZW", "#b3541e", "IIS", NAV,
       foot={"en-ZW": "<p>Southern Africa Information Integrity Network (SAIIN), 14 Fort Street, Bulawayo. summit@saiin.example.org</p>"})

ND = ("Umhlangano weNhlanhla yoLwazi oluQotho uzakuba seBulawayo mhla ka-8 lo-9 kuNhlangulana 2027. Sinxusa izintatheli, "
      "abasebenzi bemisakazo yemiphakathi, abafundi lezinhlangano zomphakathi ukuthi bahlanganyele ekukhulumeni ngokusabalala "
      "kwamanga ngesikhathi sokhetho.")
ND2 = ("Imali yokungena ngu-US$60 kubathunywa, US$35 ezinhlanganweni zomphakathi, lo-US$15 kubafundi. Abasebenzi "
       "abazinikeleyo bemisakazo yemiphakathi lezintatheli zabantu bangena mahala.")
s.page("index.html", "Information Integrity Summit 2027", f"""
<h1>Information Integrity Summit 2027</h1>
<p class="note">Mauya kuSummit!</p>
<p>Two days on misinformation, election integrity and the future of public-interest media in Southern Africa,
at Bulawayo City Hall on 8–9 June 2027. Journalists, fact-checkers, election observers, researchers, platform
representatives and community media meet to share what works.</p>
<ul>
<li><a href="@tickets.html">Tickets and prices</a></li>
<li><a href="@register.html">Register</a></li>
<li><a href="@bootcamp.html">Fact-checking bootcamp (add-on, 7 June)</a></li>
<li><a href="@attend.html">Venue, accessibility and livestream</a></li>
</ul>
<h2>Highlights of the 2026 summit</h2>
""" + video("media/highlights-2026.mp4") + f"""
<section lang="nd">
<h2>NgesiNdebele</h2>
<p>{ND}</p>
<p>{ND2}</p>
</section>
""")
placeholder_media(s, "media/highlights-2026.mp4")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<h2>Tuesday 8 June</h2>
<ul><li>Opening plenary: elections and the information ecosystem</li><li>Panel: platform accountability in the region</li>
<li>Workshops: community radio and rumour management</li></ul>
<h2>Wednesday 9 June</h2>
<ul><li>Plenary: protecting journalists online</li><li>Panel: researchers' access to platform data</li><li>Closing statement</li></ul>
<p>Speaker biographies are on the <a href="@speakers-2027.html">speakers page</a>.</p>
""")

FREEP = "Volunteers of community radio stations and citizen journalists from our member hubs attend free of charge: choose the free place in the registration form."
ZIG = "Payable in US dollars, or the equivalent in ZiG at the official interbank rate on the day of payment."
s.page("tickets.html", "Tickets", f"""
<h1>Tickets</h1>
<table>
<caption>Summit tickets (both days, lunch included)</caption>
<tr><th>Ticket</th><th>Price</th></tr>
<tr><td>Delegate</td><td>US$60</td></tr>
<tr><td>NGO / civil-society organisation</td><td>US$35</td></tr>
<tr><td>Student (with a valid student card)</td><td>US$15</td></tr>
<tr><td>Add-on: fact-checking bootcamp on 7 June</td><td>US$20</td></tr>
</table>
<p>{ZIG}</p>
<p>{FREEP}</p>
""")

form = "".join([
    fld("name", "Full name (required entry)"),
    fld("email", "E-mail (required entry)", "email"),
    fld("mobile", "Mobile or WhatsApp number (required entry)", "tel"),
    fld("org", "Organisation or newsroom (required entry)"),
    fld("idno", "National ID or passport number (required entry)"),
    radios("gender", "Gender", ["Woman", "Man", "Prefer to self-describe", "Prefer not to say"]),
    fld("ticket", "Ticket", "select", True, ["Delegate — US$60", "NGO / CSO — US$35", "Student — US$15",
        "Free place — community radio volunteer or citizen journalist"]),
    fld("bootcamp", "Add the fact-checking bootcamp (US$20)", "checkbox"),
    fld("diet", "Dietary needs", "select", False, ["None", "Vegetarian", "Halal", "Other"]),
    fld("access", "Access needs we should know about", "textarea"),
    fld("consent", "I agree to the summit's code of conduct", "checkbox", True),
])
AGE = "Delegates must be eighteen years or older."
s.page("register.html", "Register", f"""
<h1>Register</h1>
<p>{AGE} Registration closes on 25 May 2027.</p>
<form action="@register.html" method="post">
{form}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAA-bulawayo-example"></div>
<button type="submit">Register</button>
</form>
""")

s.page("bootcamp.html", "Fact-checking bootcamp", """
<h1>Fact-checking bootcamp</h1>
<p>A one-day hands-on training on 7 June 2027, the day before the summit, run by the summit's own trainers:
verification of images and video, tracing coordinated campaigns, safe working practices for fact-checkers.</p>
<p>The bootcamp is an add-on to a summit ticket and costs US$20. Places are limited to 40.</p>
""")

RAMP = "The City Hall auditorium has a ramp at the main entrance and wheelchair spaces in the front row."
ZSL = "Zimbabwe Sign Language interpreters work at all plenary sessions."
INT = "Plenaries are interpreted between English, isiNdebele and Shona."
STREAM = "The plenary sessions are streamed on YouTube to watch only; questions are taken in the hall only."
s.page("attend.html", "Venue & access", f"""
<h1>Venue, accessibility and livestream</h1>
<p>Bulawayo City Hall, corner of Fife Street and Leopold Takawira Avenue.</p>
<h2>Accessibility</h2>
<ul><li>{RAMP}</li><li>{ZSL}</li><li>{INT}</li><li>There is no live captioning this year.</li></ul>
<p>Tell us about other access needs in the registration form or write to access@saiin.example.org.</p>
<h2>Livestream</h2>
<p>{STREAM}</p>
<h2>Getting here and staying</h2>
<p>Coaches from Harare cost about US$20 one way. Partner hotels near City Hall offer rooms from US$85 per night.</p>
""")

BURS = "We offer ten travel bursaries covering bus fare and two nights' lodging for delegates from Matabeleland North and Matabeleland South."
s.page("faq.html", "FAQ", f"""
<h1>Frequently asked questions</h1>
<details open><summary>Is there any financial support?</summary><p>{BURS} Students pay the reduced student price.</p></details>
<details open><summary>Can I take part online?</summary><p>{STREAM}</p></details>
<details open><summary>Can I pay in ZiG?</summary><p>{ZIG}</p></details>
<details open><summary>Is there an age limit?</summary><p>{AGE}</p></details>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsor the summit</h1>
<ul><li>Platinum sponsor: US$5,000</li><li>Gold sponsor: US$2,500</li><li>Exhibition table: US$250</li></ul>
<h2>Support independent fact-checking</h2>
<p>Individuals can donate to our regional fact-checking fund; a suggested donation is US$10.</p>
""")
s.page("jobs.html", "Jobs", """
<h1>Work with us</h1>
<p>Programme Officer, Media and Elections (Bulawayo): US$1,200 per month, two-year contract.</p>
<p>Summit rapporteurs (two positions): US$40 per day for three days.</p>
""")

ENTRY = entry(s, name="Information Integrity Summit 2027 (Bulawayo)",
    languages=["en", "nd"],
    fees=[(60, "USD"), (35, "USD"), (15, "USD"), (20, "USD")],
    free_option=True, fee_support=True, remote_participation=False,
    captcha=["turnstile"], account_required=False,
    registration_form=(11, 7, ["affiliation", "gender", "id_document", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=18,
    accessibility_statement=True, access_services=["interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tickets.html", "register.html", "bootcamp.html", "attend.html", "faq.html"],
    deliberate_404=["speakers-2027.html"],
    evidence={
        "languages": [M("index.html", '<section lang="nd">', "isiNdebele section of two paragraphs; the Shona line 'Mauya kuSummit!' is a greeting only")],
        "un_languages": [N("en only")],
        "fees": [Q("tickets.html", "Delegate US$60"), Q("tickets.html", "NGO / civil-society organisation US$35", "category rate"),
                 Q("tickets.html", "Student (with a valid student card) US$15"), Q("tickets.html", "Add-on: fact-checking bootcamp on 7 June US$20"),
                 Q("tickets.html", ZIG, "ZiG equivalent without an amount: no entry"),
                 Q("index.html", ND2, "restated in isiNdebele: no new entry"),
                 Q("sponsors.html", "Platinum sponsor: US$5,000", "sponsor: not a fee"),
                 Q("sponsors.html", "a suggested donation is US$10", "donation: not a fee"),
                 Q("attend.html", "rooms from US$85 per night", "hotel: not a fee"),
                 Q("jobs.html", "US$1,200 per month", "salary: not a fee")],
        "free_option": [Q("tickets.html", FREEP)],
        "fee_support": [Q("faq.html", BURS), Q("tickets.html", "Student (with a valid student card) US$15")],
        "remote_participation": [Q("attend.html", STREAM)],
        "captcha": [M("register.html", '<div class="cf-turnstile" data-sitekey="0x4AAAAAAA-bulawayo-example"></div>')],
        "account_required": [N("own form, no password or account", "register.html")],
        "registration_form": [N("name*, e-mail*, mobile/WhatsApp*, organisation*, ID/passport*, gender radio, ticket select (required), bootcamp checkbox, diet select, access textarea, consent checkbox (required) = 11 fields, 7 required", "register.html")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", AGE)],
        "accessibility_statement": [Q("attend.html", RAMP)],
        "access_services": [Q("attend.html", RAMP), Q("attend.html", ZSL), Q("attend.html", INT),
                            Q("attend.html", "There is no live captioning this year.", "negation")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/highlights-2026.mp4">')],
        "pdf_only_documents": [N("programme in HTML; no PDF")],
    })
