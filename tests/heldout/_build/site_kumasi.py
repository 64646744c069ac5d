"""Kumasi, Ghana: a youth network's Ashanti youth internet governance forum with Zoom hubs (en-GH, Twi section)."""
from lib import *

SLUG = "ashanti-youth-igf-kumasi"
NAME = "Ashanti Youth Internet Governance Forum 2027"
NAV = [("index.html", "Home"), ("register.html", "Register"), ("programme.html", "Programme"),
       ("hubs.html", "Online hubs"), ("support.html", "Travel support"), ("access.html", "Accessibility"),
       ("partners.html", "Partners"), ("practical.html", "Practical info")]
s = mk(SLUG, NAME, "en-GH", "#8a5a00", "AYF", NAV,
       foot={"en-GH": "<p>Ashanti Youth Digital Network, Adum, Kumasi — hello@ayigf.example.org</p>"})

P = "index.html"
s.page(P, NAME, """
<h1>Ashanti Youth Internet Governance Forum 2027</h1>
<p>The forum brings together students, young professionals and youth groups on 12–13 June 2027 at the Great Hall, Kumasi, to discuss affordable data, online safety and digital jobs. It is open to young people aged fifteen to thirty-five.</p>
<p>Participation is free for every youth delegate.</p>
<p><a href="@register.html">Register as a delegate</a></p>
<h2>Watch last year's highlights</h2>
""" + video("media/highlights.mp4", track="media/highlights.en.vtt", track_lang="en", label="English") + """
<section lang="tw">
<h2>Twi</h2>
<p>Akwaaba! Mmerantee ne mmabaa a wɔadi mfe dunum kosi aduasa anum no, mo nyinaa mobɛtumi aba nhyiamu yi ase. Obiara rentua sika biara. Sɛ wote Tamale anaa Sunyani a, wobɛtumi afa Zoom so aka w'adwene na woatow aba.</p>
</section>
""")
placeholder_media(s, "media/highlights.mp4")
vtt(s, "media/highlights.en.vtt", "Welcome to the Ashanti Youth IGF.")

s.page("register.html", "Register", """
<h1>Delegate registration</h1>
<form action="@register.html" method="post">
""" + fld("name", "Full name (do not skip)") + fld("email", "Email (do not skip)", "email")
  + fld("phone", "WhatsApp number (do not skip)", "tel") + fld("dob", "Date of birth (do not skip)", "date")
  + radios("sex", "Sex (do not skip)", ["Female", "Male"])
  + fld("card", "Ghana Card number (do not skip)") + fld("org", "School or organisation (do not skip)")
  + fld("region", "Region (do not skip)", "select", opts=["Ashanti", "Bono", "Ahafo", "Northern", "Other"])
  + fld("group", "Stakeholder group", "select", opts=["Student", "Civil society", "Private sector", "Government"])
  + fld("hub", "Where will you take part?", "select", opts=["Kumasi (in person)", "Tamale hub (Zoom)", "Sunyani hub (Zoom)"])
  + fld("tshirt", "T-shirt size", "select", opts=["S", "M", "L", "XL"])
  + fld("consent", "I agree to be photographed", "checkbox") + """
<div class="frc-captcha" data-sitekey="FCMGEMUD0000000"></div>
<button type="submit">Register</button>
</form>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<table><tr><th>Time</th><th>Session</th></tr>
<tr><td>Day 1, 09:00</td><td>Opening and youth statement</td></tr>
<tr><td>Day 1, 11:00</td><td>Affordable data for students</td></tr>
<tr><td>Day 2, 10:00</td><td>Online safety and harassment</td></tr>
<tr><td>Day 2, 15:00</td><td>Vote on the Ashanti youth messages</td></tr></table>
""")

s.page("hubs.html", "Online hubs", """
<h1>Online hubs</h1>
<p>Hubs in Tamale and Sunyani join every session over Zoom. Hub delegates take the floor in the debates and vote on the youth messages with the delegates in Kumasi.</p>
""")

s.page("support.html", "Travel support", """
<h1>Travel support</h1>
<p>Delegates travelling from the Bono, Ahafo and Northern regions get their tro-tro and bus fares refunded (up to GH₵ 250) on presenting their tickets.</p>
""")

s.page("access.html", "Accessibility", """
<h1>Accessibility</h1>
<p>The Great Hall has a ramp at the main entrance and an accessible lift to the gallery.</p>
<p>Live captioning (CART) is shown on the main screen for all plenaries.</p>
<p>Ghanaian Sign Language interpreters work at every session.</p>
<p>Tell us about any access need at access@ayigf.example.org.</p>
""")

s.page("partners.html", "Partners", """
<h1>Partner packages</h1>
<ul><li>Gold partner: GH₵ 60,000</li><li>Silver partner: GH₵ 30,000</li><li>Exhibition table: GH₵ 5,000</li></ul>
""")

s.page("practical.html", "Practical info", """
<h1>Practical information</h1>
<p>Garden City Hotel: GH₵ 900 per night. Tro-tro from Kejetia to the Great Hall: GH₵ 8.</p>
<p>We are hiring youth rapporteurs (paid): GH₵ 400 per day.</p>
""")

ENTRY = entry(s, name="Ashanti Youth Internet Governance Forum, Kumasi", languages=["en", "tw"],
    fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False,
    registration_form=(12, 8, ["phone", "birth_date", "gender", "id_document", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "cart", "sign_language"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "register.html", "programme.html", "hubs.html", "support.html", "access.html"],
    evidence={
        "languages": [Q(P, "The forum brings together students, young professionals and youth groups"),
                      M(P, '<section lang="tw">', "Twi section of a paragraph")],
        "un_languages": [N("en only")],
        "fees": [Q(P, "Participation is free for every youth delegate."),
                 Q("support.html", "(up to GH₵ 250)", "fare refund: not a fee"),
                 Q("partners.html", "Gold partner: GH₵ 60,000", "sponsor: not a fee"),
                 Q("practical.html", "Garden City Hotel: GH₵ 900 per night.", "hotel: not a fee"),
                 Q("practical.html", "We are hiring youth rapporteurs (paid): GH₵ 400 per day.", "pay: not a fee")],
        "free_option": [Q(P, "Participation is free for every youth delegate.")],
        "fee_support": [Q("support.html", "Delegates travelling from the Bono, Ahafo and Northern regions get their tro-tro and bus fares refunded")],
        "remote_participation": [Q("hubs.html", "Hub delegates take the floor in the debates and vote on the youth messages")],
        "captcha": [M("register.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [Q("register.html", "Ghana Card number (do not skip)"),
                              N("12 fields: name, email, WhatsApp, date of birth, sex, Ghana Card, school/organisation, region, stakeholder group, hub, T-shirt, photo consent; 8 with '(do not skip)'")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q(P, "It is open to young people aged fifteen to thirty-five.")],
        "accessibility_statement": [Q("access.html", "The Great Hall has a ramp at the main entrance and an accessible lift to the gallery.")],
        "access_services": [Q("access.html", "Live captioning (CART) is shown on the main screen for all plenaries.", "CART named: cart only"),
                            Q("access.html", "Ghanaian Sign Language interpreters work at every session.")],
        "videos_without_captions": [M(P, '<track kind="captions"', "the only video has captions")],
        "pdf_only_documents": [N("programme in HTML; no PDF")],
    })
