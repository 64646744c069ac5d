from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Home"), ("fees.html", "Fees and support"), ("register.html", "Register"),
       ("online.html", "Join online"), ("access.html", "Access"), ("sponsors.html", "Sponsors"),
       ("travel.html", "Travel and lodging"), ("jobs.html", "Jobs")]
s = mk("liberia-midwives-scientific-meeting-gbarnga", "Liberia Midwives Scientific Meeting 2027", "en-LR", "#6b2e83", "LM",
       NAV, foot={"en-LR": "<p>Liberian Association of Midwives (made-up) · meeting@midwives-lr.example.org</p>"})

s.page("index.html", "Liberia Midwives Scientific Meeting 2027", """
<h1>Liberia Midwives Scientific Meeting 2027</h1>
<p class="greet">Ì ní sɛ̂ɛ — a Kpelle welcome to Gbarnga.</p>
<p>Midwives, midwifery tutors, students and community health assistants from all fifteen counties meet at Cuttington
University's conference hall in Gbarnga, Bong County, from 8 to 10 June 2027 to share research on maternal and newborn
care, emergency obstetric referral and respectful care.</p>
<p>Read about <a href="@fees.html">fees and travel stipends</a>, then <a href="@register.html">create your delegate account</a>.
Last year's abstracts: <a href="@abstracts-2026.html">2026 book of abstracts</a>.</p>
""")

s.page("fees.html", "Fees and support", """
<h1>Fees and support</h1>
<table><caption>Registration fees</caption>
<tr><th>Delegate</th><th>Fee</th></tr>
<tr><td>Practising midwives and tutors</td><td>L$9,500</td></tr>
<tr><td>Midwifery students</td><td>L$3,000</td></tr>
<tr><td>Participants from outside Liberia</td><td>US$120</td></tr>
</table>
<p>Community health assistants attend free of charge; they still need a delegate account.</p>
<p>Travel stipends are available for midwives working in Grand Kru, River Gee, Maryland and Sinoe counties. Apply by e-mail
to stipends@midwives-lr.example.org before 15 April.</p>
""")

form = "".join([
    fld("fn", "Full name (required)"), fld("em", "E-mail (required)", "email"),
    fld("pw", "Password (required)", "password"), fld("pw2", "Confirm password (required)", "password"),
    fld("ph", "Phone number (required)", "tel"), fld("lic", "LMNC licence number (required)"),
    fld("fac", "Health facility or school (required)"),
    fld("cty", "County (required)", "select", opts=["Bomi", "Bong", "Grand Kru", "Lofa", "Margibi", "Montserrado", "Nimba", "Sinoe"]),
    radios("cat", "Delegate category (required)", ["Midwife or tutor", "Student", "Community health assistant", "From abroad"]),
    fld("nir", "National ID (NIR) number (optional)"),
    fld("cons", "I agree that my details are kept by the Association (required)", "checkbox"),
])
login = fld("le", "E-mail", "email") + fld("lp", "Password", "password")
s.page("register.html", "Register", f"""
<h1>Create your delegate account</h1>
<p>Registration works through a delegate account on this site: sign up once, then log in to pay and upload your abstract.</p>
<form action="@register.html" method="post">{form}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">Create account</button></form>
<h2>Already registered?</h2>
<form class="login" action="@register.html" method="post">{login}<button type="submit">Log in</button></form>
""")

s.page("online.html", "Join online", """
<h1>Join online</h1>
<p>All plenary sessions are on Zoom. Online delegates can ask questions live through the Zoom Q&amp;A, and the chair
puts them to the speakers. Online delegates register and pay like everyone else.</p>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The conference hall has step-free entry and accessible toilets for wheelchair users.</p>
<p>Liberian Sign Language interpreters work in every plenary session.</p>
<p>A supervised children's room, staffed by two nurses, is open during sessions for delegates' babies and toddlers.</p>
<p>Tell us about any other access need at access@midwives-lr.example.org.</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsors and exhibitors</h1>
<p>Gold sponsor US$3,000; exhibition table for the three days L$45,000.</p>
""")

s.page("travel.html", "Travel and lodging", """
<h1>Travel and lodging</h1>
<p>Guest houses near the campus charge about L$4,000 a night. A shared taxi from Monrovia to Gbarnga costs around L$1,500.</p>
""")

s.page("jobs.html", "Jobs", """
<h1>Job board</h1>
<p>County health team, Nimba: clinical midwife, salary US$450 a month. Mission hospital, Lofa: midwifery tutor, L$95,000 a month.</p>
""")

ENTRY = entry(
    s, name="Liberia Midwives Scientific Meeting 2027 (midwives' association, Gbarnga)",
    languages=["en"],
    fees=[(9500, "LRD"), (3000, "LRD"), (120, "USD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=True, registration_form=(11, 10, ["phone", "affiliation", "id_document"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "childcare"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "online.html", "access.html"],
    deliberate_404=["abstracts-2026.html"],
    evidence={
        "languages": [Q("index.html", "Midwives, midwifery tutors, students and community health assistants from all fifteen counties"),
                      Q("index.html", "Ì ní sɛ̂ɛ — a Kpelle welcome to Gbarnga.", "Kpelle greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Practising midwives and tutors L$9,500", "9500 LRD"),
                 Q("fees.html", "Midwifery students L$3,000", "3000 LRD"),
                 Q("fees.html", "Participants from outside Liberia US$120", "120 USD"),
                 Q("sponsors.html", "Gold sponsor US$3,000; exhibition table for the three days L$45,000.", "sponsorship and table: not fees"),
                 Q("travel.html", "Guest houses near the campus charge about L$4,000 a night.", "lodging and taxi: not fees"),
                 Q("jobs.html", "clinical midwife, salary US$450 a month", "salary: not a fee")],
        "free_option": [Q("fees.html", "Community health assistants attend free of charge")],
        "fee_support": [Q("fees.html", "Midwifery students L$3,000", "student rate"),
                        Q("fees.html", "Travel stipends are available for midwives working in Grand Kru")],
        "remote_participation": [Q("online.html", "Online delegates can ask questions live through the Zoom Q&A")],
        "captcha": [M("register.html", '<div class="h-captcha"')],
        "account_required": [Q("register.html", "Registration works through a delegate account on this site")],
        "registration_form": [N("11 fields (name, e-mail, password, confirmation, phone, licence number, facility, county "
                                "select, category radio, NIR number, consent checkbox); 10 marked (required); sensitive "
                                "phone, affiliation, id_document (NIR, optional); licence number not an ID; login form "
                                "beside it not counted", "register.html"),
                              Q("register.html", "National ID (NIR) number (optional)")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online sign-up")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("access.html", "The conference hall has step-free entry and accessible toilets for wheelchair users.")],
        "access_services": [Q("access.html", "accessible toilets for wheelchair users", "wheelchair_access"),
                            Q("access.html", "Liberian Sign Language interpreters work in every plenary session.", "sign_language"),
                            Q("access.html", "A supervised children's room, staffed by two nurses", "childcare")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
