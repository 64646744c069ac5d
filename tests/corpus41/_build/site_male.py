"""Malé, Maldives: a network operators' group meeting on submarine cables, IXPs and DNS (en-MV, with Dhivehi
sections). Fees in an MVR and a USD column; free remote participation over Zoom; own portal (account)."""
from lib import mk, Q, M, N, entry, fld, radios

SLUG = "mvnog-network-operators-meeting-male"
NAV = [("index.html", "Home"), ("fees.html", "Passes"), ("register.html", "Register / log in"),
       ("remote.html", "Remote participation"), ("fellowships.html", "Fellowships"), ("venue.html", "Venue & travel"),
       ("sponsors.html", "Sponsors"), ("jobs.html", "Jobs board")]
FOOT = ('<p>MVNOG – Maldives Network Operators Group (example), Malé · '
        '<a href="mailto:hello@mvnog.example.mv">hello@mvnog.example.mv</a></p>')
s = mk(SLUG, "MVNOG 5 – Maldives Network Operators Group", "en-MV", "#006d77", "MV", NAV, foot={"en-MV": FOOT})

FREE = "Remote participation over Zoom is free: register as a remote participant and you will receive the link."
QUEUE = ("Remote participants ask questions through the virtual microphone queue, which the session chair calls "
         "in turn with the room microphones.")
FELLOW = ("Fellowships cover the full pass, a return ferry or domestic flight and three nights of lodging for "
          "engineers working on the atolls.")
ACC = ("To register you create an MVNOG account; the same account is used for fellowship applications and the "
       "slides archive.")
MINOR = "Under-16s must be accompanied by a parent or guardian."
STEP = "Hulhumalé Convention Hall (example) is step-free and has a lift to the tutorial rooms on the first floor."
CART = "Live captioning (CART) is provided for all plenary sessions."
SIGN = "A Maldivian sign language interpreter is available on request (please ask by 10 April)."

s.page("index.html", "MVNOG 5 – Hulhumalé, 24–25 April 2027", f"""
<h1>MVNOG 5</h1>
<p>Hulhumalé, 24–25 April 2027 · two days of talks and a tutorial day for network engineers of the Maldives.</p>
<p>Topics: the new submarine cable landings, the Malé internet exchange point, DNS resilience and satellite backup
links for the outer atolls. Passes are on the <a href="@fees.html">passes page</a>; {FREE[0].lower() + FREE[1:]}</p>
<ul><li><a href="@register.html">Create your account and register</a></li><li><a href="@remote.html">Join remotely</a></li>
<li><a href="@fellowships.html">Apply for a fellowship</a></li></ul>
<section lang="dv" dir="rtl">
<h2>ދިވެހިބަހުން</h2>
<p>ދިވެހިރާއްޖޭގެ ނެޓްވޯކް އޮޕަރޭޓަރުންގެ ފަސްވަނަ ބައްދަލުވުން 2027 ވަނަ އަހަރުގެ އޭޕްރީލް 24 އާއި 25 ގައި ހުޅުމާލޭގައި ބާއްވާނެއެވެ.
މި ބައްދަލުވުމުގައި ސަބްމެރިން ކޭބަލްތަކާއި، އިންޓަނެޓް އެކްސްޗޭންޖް ޕޮއިންޓާއި، ޑީއެންއެސްގެ މައުޟޫތަކާ ބެހޭގޮތުން ވާހަކަ ދައްކާނެއެވެ.</p>
<p>ޒޫމް މެދުވެރިކޮށް ދުރުން ބައިވެރިވުމަކީ ހިލޭ ކަމެކެވެ. ރަށްރަށުގައި މަސައްކަތްކުރާ އިންޖިނިއަރުންނަށް ފެލޯޝިޕް ލިބެން ހުރެއެވެ.</p>
</section>
""")

s.page("fees.html", "Passes", f"""
<h1>Passes</h1>
<table>
<caption>MVNOG 5 passes (GST included)</caption>
<tr><th>Pass</th><th>MVR</th><th>USD</th></tr>
<tr><td>Full conference pass (24–25 April)</td><td>1,540</td><td>100</td></tr>
<tr><td>Student pass (with a valid student card)</td><td>385</td><td>25</td></tr>
<tr><td>Tutorial day, add-on (23 April: BGP security and RPKI)</td><td>770</td><td>50</td></tr>
</table>
<p>Residents of the Maldives pay in MVR; international participants may pay in USD by card.</p>
<p class="note">{FREE}</p>
<section lang="dv" dir="rtl">
<p>ފުރިހަމަ ޕާސް: 1,540 ރުފިޔާ. ދަރިވަރުންގެ ޕާސް: 385 ރުފިޔާ. ޓިއުޓޯރިއަލް ދުވަސް: 770 ރުފިޔާ. ޒޫމް މެދުވެރިކޮށް ބައިވެރިވުމަކީ ހިލޭ ކަމެކެވެ.</p>
</section>
""")

SIGNUP = "".join([
    fld("name", "Full name (must provide)"),
    fld("email", "E-mail (must provide)", "email"),
    fld("pw", "Password (must provide)", "password"),
    fld("pw2", "Confirm password (must provide)", "password"),
    fld("org", "Organisation (must provide)"),
    fld("title", "Job title"),
    fld("atoll", "Atoll or country", "select", opts=["Malé", "Addu", "Haa Alif", "Laamu", "Other atoll", "Outside the Maldives"]),
    fld("mobile", "Mobile number", "tel"),
    fld("pass", "Pass type (must provide)", "select", opts=["Full pass", "Student pass", "Full pass + tutorial day",
                                                           "Remote participant (free)"]),
    fld("asn", "ASN of your network (if any)"),
    fld("coc", "I accept the MVNOG code of conduct", "checkbox", req=True),
])
s.page("register.html", "Register / log in", f"""
<h1>Register</h1>
<p>{ACC}</p>
<h2>Create your account</h2>
<form action="@register.html" method="post" class="signup">
{SIGNUP}
<div id="arkose-enforcement" class="arkose-labs" data-pkey="11111111-2222-3333-4444-555555555555"></div>
<button type="submit">Create account and register</button>
</form>
<h2>Already have an account?</h2>
<form action="@register.html" method="post" class="login">
{fld("login-email", "E-mail", "email")}{fld("login-pw", "Password", "password")}
<button type="submit">Log in</button>
</form>
<p>{MINOR}</p>
""")

s.page("remote.html", "Remote participation", f"""
<h1>Remote participation</h1>
<p>{FREE}</p>
<p>{QUEUE}</p>
<p>The tutorial day is in person only.</p>
""")

s.page("fellowships.html", "Fellowships", f"""
<h1>Fellowships</h1>
<p>{FELLOW} A fellowship is worth about US$ 600. Applications close on 1 March 2027; log in to your account to apply.</p>
""")

s.page("venue.html", "Venue & travel", f"""
<h1>Venue & travel</h1>
<p>{STEP}</p>
<p>{CART}</p>
<p>{SIGN}</p>
<h2>Getting there and staying</h2>
<ul><li>Public ferry Malé–Hulhumalé: MVR 10 per trip; speedboat transfer from the airport MVR 25.</li>
<li>Partner hotel in Hulhumalé: MVR 1,200 per night.</li><li>Seaplane transfers to resort islands from US$ 450.</li></ul>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsor MVNOG 5</h1>
<p>Platinum US$ 8,000 · Gold US$ 4,000 · Coffee break US$ 1,500. Full details in the
<a href="@docs/mvnog5-sponsor-prospectus.pdf">sponsor prospectus (PDF)</a>.</p>
""")

s.page("jobs.html", "Jobs board", """
<h1>Jobs board</h1>
<ul><li>NOC engineer, Malé – MVR 25,000 per month.</li><li>DNS operations intern – MVR 8,000 per month.</li></ul>
""")
s.pdf("docs/mvnog5-sponsor-prospectus.pdf", "MVNOG 5 sponsor prospectus\nPlatinum, Gold, Coffee break")

ENTRY = entry(
    s, name="MVNOG 5 – Maldives Network Operators Group (Hulhumalé)",
    languages=["en", "dv"],
    fees=[(1540, "MVR"), (385, "MVR"), (770, "MVR"), (100, "USD"), (25, "USD"), (50, "USD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["arkose"],
    account_required=True, registration_form=(11, 7, ["affiliation", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["cart", "sign_language", "wheelchair_access"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "remote.html", "fellowships.html", "venue.html"],
    evidence={
        "languages": [N("English site with Dhivehi sections (lang=\"dv\") of two paragraphs on index.html and one on fees.html"),
                      M("index.html", '<section lang="dv" dir="rtl">')],
        "un_languages": [N("en only")],
        "fees": [Q("fees.html", "Full conference pass (24–25 April) 1,540 100"),
                 Q("fees.html", "Student pass (with a valid student card) 385 25"),
                 Q("fees.html", "Tutorial day, add-on (23 April: BGP security and RPKI) 770 50"),
                 N("table with an MVR and a USD column: one entry per amount and currency"),
                 Q("fellowships.html", "A fellowship is worth about US$ 600.", "fellowship value: not a fee"),
                 Q("sponsors.html", "Platinum US$ 8,000", "sponsor package: not a fee"),
                 Q("venue.html", "Partner hotel in Hulhumalé: MVR 1,200 per night.", "hotel: not a fee"),
                 Q("jobs.html", "NOC engineer, Malé – MVR 25,000 per month.", "salary: not a fee")],
        "free_option": [Q("fees.html", FREE, "free remote participation beside paid passes")],
        "fee_support": [Q("fellowships.html", FELLOW), Q("fees.html", "Student pass (with a valid student card) 385 25")],
        "remote_participation": [Q("remote.html", QUEUE)],
        "captcha": [M("register.html", '<div id="arkose-enforcement" class="arkose-labs"')],
        "account_required": [Q("register.html", ACC)],
        "registration_form": [N("register.html sign-up: 11 fields (name, e-mail, password, confirmation, organisation, job title, atoll/country select, mobile, pass-type select, ASN, code-of-conduct checkbox); 7 required (6 with '(must provide)', the checkbox with `required`); sensitive: affiliation, phone; ASN and job title are not; the 2-field login form is not it")],
        "registration_host": [N("own portal only")],
        "registration_pdf_only": [N("online sign-up")],
        "min_age": [Q("register.html", MINOR, "accompaniment rule: not a minimum age")],
        "accessibility_statement": [Q("venue.html", STEP)],
        "access_services": [Q("venue.html", STEP), Q("venue.html", CART, "CART named: cart only"), Q("venue.html", SIGN)],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("sponsors.html", "sponsor prospectus (PDF)", "sponsor prospectus: not a participation document")],
    })
