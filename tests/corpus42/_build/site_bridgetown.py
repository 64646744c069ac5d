from lib import *
s = mk("caribnog-operators-meeting-bridgetown", "CaribNet Operators Group", "en-BB", "#00267f", "CN",
       [("index.html", "Home"), ("passes.html", "Passes"), ("signup.html", "Sign up"), ("remote.html", "Remote participation"),
        ("fellowships.html", "Fellowships"), ("venue.html", "Venue & access"), ("sponsor.html", "Sponsor"), ("jobs.html", "Jobs")],
       foot={"en-BB": "<p>CaribNet Operators Group, Hastings, Christ Church, Barbados. meet@caribnet-og.example.org</p>"})
REMOTE = "Remote participation over Zoom is free of charge: remote attendees join the virtual microphone queue and put their questions to the presenters live."
FEL = "Fellowships cover the full pass, airfare and lodging for engineers from small island operators; each fellowship is worth about US$1,200."
STU = "Students pay the reduced student pass."
CONSENT = "Participants under 18 need a parent's written consent."
STEP = "The Lloyd Erskine Sandiford Centre hall is step-free, with a lift to the breakout rooms."
CART = "All plenary sessions have live captioning (CART)."
SIGN = "Barbados Sign Language interpretation is available on request; write to access@caribnet-og.example.org two weeks ahead."
SPON = "Platinum sponsor: US$15,000"
HOTEL = "Partner hotel rate: BDS$420 per night."
s.page("index.html", "CaribNet 27 — Bridgetown", f"""
<h1>CaribNet 27: IXPs, DNS and routing security</h1>
<p>18–20 August, Lloyd Erskine Sandiford Centre, Bridgetown. Tutorials, peering forum and DNS day.</p>
<p><a href="@passes.html">Passes</a> · <a href="@signup.html">Create your attendee account</a> · <a href="@remote.html">Join remotely</a></p>
{video("media/recap.mp4", track="media/recap.vtt", track_lang="en")}
<p><a href="@presentations-26.html">Presentations from CaribNet 26</a></p>
""")
placeholder_media(s, "media/recap.mp4"); vtt(s, "media/recap.vtt", "Welcome to CaribNet.")
s.page("passes.html", "Passes", f"""
<h1>Passes</h1>
<table><caption>Conference passes</caption>
<tr><th>Pass</th><th>BDS$</th><th>US$</th></tr>
<tr><td>Full pass (3 days)</td><td>300</td><td>150</td></tr>
<tr><td>Student pass</td><td>80</td><td>40</td></tr>
</table>
<p>{STU} {REMOTE}</p>
<p>The sponsor prospectus is available as a <a href="@docs/prospectus.pdf">PDF</a>.</p>
""")
s.pdf("docs/prospectus.pdf", "CaribNet 27 sponsor prospectus")
s.page("signup.html", "Sign up", """
<h1>Create your attendee account</h1>
<p>Registration requires an attendee account on this portal. Already registered? Log in below.</p>
<form action="@signup.html" method="post">
""" + fld("fn", "First name (please fill)") + fld("ln", "Last name (please fill)") + fld("em", "Email (please fill)", "email")
 + fld("pw", "Password (please fill)", "password") + fld("pw2", "Confirm password (please fill)", "password")
 + fld("org", "Organisation (please fill)") + fld("asn", "ASN (if any)")
 + fld("ctry", "Country of residence (please fill)", "select", opts=["Barbados", "Jamaica", "Trinidad and Tobago", "Other"])
 + fld("mob", "Mobile phone", "tel") + fld("nat", "Nationality", "select", opts=["Barbadian", "Guyanese", "Other"])
 + fld("tee", "T-shirt size", "select", opts=["S", "M", "L", "XL"]) + fld("coc", "I accept the code of conduct (please fill)", "checkbox")
 + """
<div class="frc-captcha" data-sitekey="caribnet-fc"></div>
<button type="submit">Create account</button>
</form>
<h2>Log in</h2>
<form action="@signup.html" method="post">""" + fld("le", "Email", "email") + fld("lp", "Password", "password") + """<button type="submit">Log in</button></form>
""")
s.page("remote.html", "Remote participation", f"<h1>Remote participation</h1><p>{REMOTE}</p><p>{CONSENT}</p>")
s.page("fellowships.html", "Fellowships", f"<h1>Fellowships</h1><p>{FEL}</p>")
s.page("venue.html", "Venue & access", f"<h1>Venue and access</h1><p>{STEP}</p><p>{CART}</p><p>{SIGN}</p><p>{HOTEL}</p><p>ZR van fare from the airport: BDS$3.50.</p>")
s.page("sponsor.html", "Sponsor", f"<h1>Sponsorship</h1><p>{SPON}</p><p>Coffee-break sponsor: US$3,000</p>")
s.page("jobs.html", "Jobs", "<h1>Jobs</h1><p>Network engineer at a member ISP, BDS$6,500 per month.</p>")
P = "index.html passes.html signup.html remote.html fellowships.html venue.html".split()
ENTRY = entry(s, name="CaribNet 27 — Bridgetown", languages=["en"], fees=[(300, "BBD"), (150, "USD"), (80, "BBD"), (40, "USD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=True,
    registration_form=(12, 8, ["affiliation", "nationality", "phone"]), registration_host=None, registration_pdf_only=False,
    min_age=None, accessibility_statement=True, access_services=["cart", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False, participation_pages=P, deliberate_404=["presentations-26.html"],
    evidence={
     "languages": [Q("index.html", "CaribNet 27: IXPs, DNS and routing security")],
     "un_languages": [N("en")],
     "fees": [N("table BDS$/US$ columns: 300/150 full, 80/40 student", "passes.html"), Q("sponsor.html", SPON, "not a fee"),
              Q("fellowships.html", FEL, "fellowship value: not a fee"), Q("venue.html", HOTEL, "not a fee")],
     "free_option": [Q("remote.html", REMOTE)],
     "fee_support": [Q("passes.html", STU), Q("fellowships.html", FEL)],
     "remote_participation": [Q("remote.html", REMOTE)],
     "captcha": [M("signup.html", 'class="frc-captcha"')],
     "account_required": [Q("signup.html", "Registration requires an attendee account on this portal.")],
     "registration_form": [N("sign-up: first*, last*, email*, password*, confirm*, organisation*, ASN, country*, mobile, nationality, T-shirt, code of conduct*; 12 fields, 8 required; login form not counted", "signup.html")],
     "registration_host": [N("own portal")],
     "registration_pdf_only": [N("online portal")],
     "min_age": [Q("remote.html", CONSENT, "consent rule: not a limit")],
     "accessibility_statement": [Q("venue.html", STEP)],
     "access_services": [Q("venue.html", STEP), Q("venue.html", CART), Q("venue.html", SIGN)],
     "videos_without_captions": [M("index.html", '<track kind="captions"')],
     "pdf_only_documents": [Q("passes.html", "The sponsor prospectus is available as a PDF.", "sponsor prospectus: not a participation document")],
    })
