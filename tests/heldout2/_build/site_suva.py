from lib import *

NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Register"), ("remote.html", "Remote participation"),
       ("fellowships.html", "Fellowships"), ("accessibility.html", "Accessibility"), ("sponsors.html", "Sponsors"),
       ("venue.html", "Venue & travel"), ("jobs.html", "Job board")]
s = mk("pacific-network-operators-meeting-suva", "PINOG 9 — Pacific Islands Network Operators Group, Suva", "en-FJ",
       "#00607a", "P9", NAV,
       foot={"en-FJ": "<p>Pacific Islands Network Operators Group (a made-up community) — secretariat@pinog.example.fj</p>"})

s.page("index.html", "PINOG 9 — Suva, 14–17 September 2027", """
<h1>PINOG 9: Pacific Islands Network Operators Group meeting</h1>
<p>PINOG 9 brings together network engineers, IXP operators, DNS administrators and regulators from across the Pacific in Suva from 14 to 17 September 2027: one tutorial day followed by three conference days on routing security, submarine-cable resilience and IPv6.</p>
<p><a href="@fees.html">Fees</a> · <a href="@register.html">Register</a> · <a href="@fellowships.html">Apply for a fellowship</a> · <a href="@programme-2027.html">Programme</a></p>
<h2>Highlights from PINOG 8</h2>
<video controls preload="none" width="640" src="@media/pinog8.mp4">
  <track kind="captions" src="@media/pinog8.en.vtt" srclang="en" label="English" default>
</video>
<section lang="fj">
<h2>Vosa Vakaviti</h2>
<p>Na soqo oqo e dua na gauna me ra sota kina na dau cakacaka ena network mai na veivanua ni Pasifika. Era na vulica vata na veika me baleta na routing, na DNS kei na IXP ena loma ni va na siga.</p>
<p>E rawa ni ko vakaitavi mai na nomu vanua ena Zoom ka taroga na nomu taro vei ira na vakamacala. Era na soli talega na fellowship vei ira na gone vuli kei na dau cakacaka mai na yanuyanu lalai.</p>
</section>
""")
placeholder_media(s, "media/pinog8.mp4")
vtt(s, "media/pinog8.en.vtt", "Welcome to PINOG 8")

s.page("fees.html", "Registration fees", """
<h1>Registration fees</h1>
<table><caption>PINOG 9 passes</caption>
<tr><th>Pass</th><th>FJ$</th><th>US$</th></tr>
<tr><td>Full conference pass (3 days)</td><td>FJ$450</td><td>US$200</td></tr>
<tr><td>Student pass (with student card)</td><td>FJ$120</td><td>US$55</td></tr>
<tr><td>Tutorial day (add-on)</td><td>FJ$150</td><td>US$70</td></tr>
</table>
<p>Participants from Fiji pay in FJ$; participants from other countries pay in US$.</p>
<p>There are no complimentary passes; speakers register too.</p>
""")

form = "".join([
    fld("fullname", "Full name (mandatory entry)"),
    fld("email", "E-mail (mandatory entry)", "email"),
    fld("password", "Password (mandatory entry)", "password"),
    fld("password2", "Confirm password (mandatory entry)", "password"),
    fld("org", "Organisation (mandatory entry)"),
    fld("country", "Country of residence (mandatory entry)", "select", opts=["Fiji", "Samoa", "Tonga", "Vanuatu", "Kiribati", "Other"]),
    fld("asn", "Autonomous system number (ASN), if any"),
    fld("mobile", "Mobile phone", "tel"),
    fld("passport", "Passport number (only if you need a visa support letter)"),
    fld("pass", "Pass type (mandatory entry)", "select", opts=["Full conference", "Student", "Full conference + tutorial day"]),
    fld("diet", "Dietary needs", "select", opts=["None", "Vegetarian", "Halal", "Other"]),
    fld("coc", "I accept the PINOG code of conduct (mandatory entry)", "checkbox"),
])
s.page("register.html", "Register", f"""
<h1>Create your PINOG account and register</h1>
<p>Registration is done through a PINOG account. Create an account below; you will pay by card after confirming your e-mail.</p>
<form action="@register.html" method="post">
{form}
<div id="arkose-enforcement" class="arkose-labs"></div>
<button type="submit">Create account</button>
</form>
<h2>Already have an account?</h2>
<form action="@register.html" method="post">
<label for="l-email">E-mail</label><input type="email" id="l-email" name="l-email">
<label for="l-pw">Password</label><input type="password" id="l-pw" name="l-pw">
<button type="submit">Log in</button>
</form>
""")

s.page("remote.html", "Remote participation", """
<h1>Remote participation</h1>
<p>All conference sessions are streamed on Zoom. Remote participants can join the microphone queue over Zoom and ask questions to the presenters, with the same priority as people in the room.</p>
<p>The Zoom link is sent to registered participants; remote participation needs a registration with any pass.</p>
""")

s.page("fellowships.html", "Fellowships", """
<h1>Fellowships</h1>
<p>PINOG offers up to 15 fellowships to engineers and students from Pacific island countries. A fellowship covers the return airfare, lodging for four nights and the full conference pass, worth up to US$1,800.</p>
<p>Apply by 30 June 2027 by e-mail with a short CV and a statement of motivation.</p>
""")

s.page("accessibility.html", "Accessibility", """
<h1>Accessibility</h1>
<p>The conference centre of the venue hotel has step-free access from the street and a lift to the ballroom level.</p>
<p>Live captioning (CART) is provided for all plenary sessions.</p>
<p>Fiji Sign Language interpretation can be arranged on request; please tell us by 31 August.</p>
<p>Contact: access@pinog.example.fj</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsorship</h1>
<ul><li>Platinum: US$8,000</li><li>Gold: US$5,000</li><li>Coffee break: FJ$3,500</li></ul>
<p><a href="@docs/sponsor-prospectus.pdf">Sponsor prospectus (PDF)</a></p>
""")
s.pdf("docs/sponsor-prospectus.pdf", "PINOG 9 Sponsor prospectus\nPlatinum USD 8000\nGold USD 5000")

s.page("venue.html", "Venue and travel", """
<h1>Venue and travel</h1>
<p>Delegate room rate at the venue hotel: FJ$280 per night including breakfast.</p>
<p>A taxi from the Suva bus stand costs about FJ$15; the Nadi–Suva flight is about FJ$180 one way.</p>
""")
s.page("jobs.html", "Job board", """
<h1>Job board</h1>
<p>Network Engineer (IXP operations), Suva — FJ$52,000 per year.</p>
<p>DNS Administrator, Apia — salary negotiable.</p>
""")

P = ["index.html", "fees.html", "register.html", "remote.html", "fellowships.html", "accessibility.html"]
ENTRY = entry(s, name="PINOG 9 — Pacific Islands Network Operators Group meeting, Suva", languages=["en", "fj"],
    fees=[(450, "FJD"), (120, "FJD"), (150, "FJD"), (200, "USD"), (55, "USD"), (70, "USD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["arkose"], account_required=True,
    registration_form=(12, 8, ["affiliation", "phone", "id_document"]),
    min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "cart", "sign_language"], videos_without_captions=0,
    pdf_only_documents=False, participation_pages=P, deliberate_404=["programme-2027.html"],
    evidence={
        "languages": [Q("index.html", "PINOG 9 brings together network engineers"),
                      Q("index.html", "Na soqo oqo e dua na gauna me ra sota kina na dau cakacaka ena network", "Fijian section of two paragraphs with lang=fj")],
        "un_languages": [N("en only")],
        "fees": [Q("fees.html", "Full conference pass (3 days) FJ$450 US$200"),
                 Q("fees.html", "Student pass (with student card) FJ$120 US$55"),
                 Q("fees.html", "Tutorial day (add-on) FJ$150 US$70"),
                 Q("fellowships.html", "worth up to US$1,800", "fellowship value: not a fee"),
                 Q("sponsors.html", "Gold: US$5,000", "sponsor: not a fee"),
                 Q("venue.html", "FJ$280 per night", "hotel: not a fee"),
                 Q("jobs.html", "FJ$52,000 per year", "salary: not a fee")],
        "free_option": [Q("fees.html", "There are no complimentary passes; speakers register too.")],
        "fee_support": [Q("fellowships.html", "A fellowship covers the return airfare, lodging for four nights and the full conference pass"),
                        Q("fees.html", "Student pass (with student card) FJ$120 US$55")],
        "remote_participation": [Q("remote.html", "Remote participants can join the microphone queue over Zoom and ask questions to the presenters")],
        "captcha": [M("register.html", '<div id="arkose-enforcement" class="arkose-labs"></div>')],
        "account_required": [Q("register.html", "Registration is done through a PINOG account.")],
        "registration_form": [N("portal sign-up: 12 fields (name, e-mail, password, confirmation, organisation, country select, ASN, mobile, passport number, pass select, diet select, code-of-conduct checkbox); 8 marked (mandatory entry); sensitive affiliation, phone, id_document; ASN not sensitive; the 2-field login form is not it", "register.html")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online portal")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accessibility.html", "step-free access from the street and a lift to the ballroom level")],
        "access_services": [Q("accessibility.html", "step-free access from the street and a lift to the ballroom level", "wheelchair_access"),
                            Q("accessibility.html", "Live captioning (CART) is provided for all plenary sessions.", "cart only"),
                            Q("accessibility.html", "Fiji Sign Language interpretation can be arranged on request", "sign_language")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/pinog8.en.vtt"')],
        "pdf_only_documents": [Q("sponsors.html", "Sponsor prospectus (PDF)", "sponsor prospectus is not a participation document")],
    })
