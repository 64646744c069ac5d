"""Southern African solar mini-grid conference (made-up energy association, Livingstone, Zambia): en-ZM, Tonga greeting."""
from lib import *

NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Register"), ("programme.html", "Programme"),
       ("access.html", "Access"), ("exhibit.html", "Exhibit"), ("stay.html", "Stay & tours"), ("careers.html", "Careers")]
s = mk("southern-africa-mini-grid-conference-livingstone", "Southern Africa Solar Mini-Grid Conference", "en-ZM",
       "#c07a00", "SMG", NAV,
       foot={"en-ZM": "<p>Zambezi Off-Grid Energy Association (fictional), Mosi-oa-Tunya Road, Livingstone · conf@offgrid-zambezi.example.org</p>"})

s.page("index.html", "Southern Africa Solar Mini-Grid Conference 2027 – Livingstone", """
<h1>Southern Africa Solar Mini-Grid Conference 2027</h1>
<p>Mwabuka buti!</p>
<p>Engineers, utility planners, community technicians and financiers gather in Livingstone on 8–10 June 2027 to compare notes on building and running solar mini-grids for rural health posts, schools and fishing camps.</p>
<p>The programme mixes technical papers, tariff workshops and a field visit to a working mini-grid on the Zambezi.</p>
<ul>
<li><a href="@fees.html">Fees</a></li>
<li><a href="@register.html">Create your delegate account</a></li>
<li><a href="@programme.html">Programme</a></li>
<li><a href="@access.html">Access</a></li>
</ul>
""")

s.page("fees.html", "Fees – Solar Mini-Grid Conference 2027", """
<h1>Fees</h1>
<ul>
<li>Delegates from the region: K4,500</li>
<li>Full-time students: K1,200</li>
<li>International delegates: US$250</li>
<li>Field visit to the Simonga mini-grid (optional, 9 June): K650</li>
</ul>
<p>There are no complimentary passes; speakers also register and pay the delegate fee.</p>
<p>Travel grants are available for community technicians from districts of North-Western and Luapula provinces. Apply when you create your account.</p>
<p>The sessions are streamed on YouTube for viewing only; no questions can be taken online.</p>
""")

s.page("register.html", "Register – Solar Mini-Grid Conference 2027", """
<h1>Create your delegate account</h1>
<p>Registration works through a delegate account on this site. After signing up you can pay, book the field visit and upload your slides.</p>
<p>Delegates must be 18 years or older.</p>
<form action="@register.html" method="post">
""" + fld("name", "Full name *") + fld("email", "Email *", "email") + fld("pw", "Password *", "password")
    + fld("pw2", "Confirm password *", "password") + fld("phone", "Phone *", "tel")
    + fld("nrc", "NRC or passport number *") + fld("org", "Organisation or company *")
    + fld("country", "Country of residence", "select", opts=["Zambia", "Zimbabwe", "Botswana", "Malawi", "Other"])
    + fld("cat", "Delegate category *", "select", opts=["Regional delegate", "Student", "International"])
    + fld("visit", "Book the field visit", "checkbox")
    + fld("diet", "Dietary needs", "select", opts=["None", "Vegetarian", "Halal"]) + """
<div class="frc-captcha" data-sitekey="FCM-offgrid-zambezi-example"></div>
<button type="submit">Create account</button>
</form>
<p>Already registered? <a href="@register.html#login">Log in</a>.</p>
""")

s.page("programme.html", "Programme – Solar Mini-Grid Conference 2027", """
<h1>Programme</h1>
<p>Day 1: opening, keynote on productive use of power; Day 2: field visit and tariff workshop; Day 3: papers and closing.</p>
<p>The detailed programme is available as a PDF only: <a href="@docs/programme-2027.pdf">Programme (PDF)</a>.</p>
""")
s.pdf("docs/programme-2027.pdf", "Southern Africa Solar Mini-Grid Conference 2027\nProgramme\n8-10 June, Livingstone")

s.page("access.html", "Access – Solar Mini-Grid Conference 2027", """
<h1>Access</h1>
<p>All conference halls are on the ground floor, with ramps at both entrances and an accessible washroom.</p>
<p>Zambian Sign Language interpreters can be arranged on request; please tell us two weeks ahead.</p>
<p>The field visit involves a walk on sandy paths; a vehicle can take delegates with reduced mobility to the panels.</p>
""")

s.page("exhibit.html", "Exhibit – Solar Mini-Grid Conference 2027", """
<h1>Exhibit and sponsor</h1>
<p>Exhibition stand (3 m × 3 m): K18,000. Platinum sponsorship: US$12,000.</p>
""")

s.page("stay.html", "Stay & tours – Solar Mini-Grid Conference 2027", """
<h1>Stay and tours</h1>
<p>Riverside lodge: K1,900 per night. Backpackers' dorm: K350.</p>
<p>Tour operators offer a Victoria Falls tour for US$30 and a sunset cruise from US$70.</p>
<p>Flights Lusaka–Livingstone start at about K2,600.</p>
""")

s.page("careers.html", "Careers – Zambezi Off-Grid Energy Association", """
<h1>Careers in off-grid energy</h1>
<p>Mini-grid site technician, Mongu: K9,500 per month.</p>
<p>Project engineer, Lusaka: K22,000 per month.</p>
""")

P = ["index.html", "fees.html", "register.html", "programme.html", "access.html"]
ENTRY = entry(s, name="Southern Africa Solar Mini-Grid Conference 2027 (off-grid energy association, Livingstone, Zambia)",
    languages=["en"], fees=[(4500, "ZMW"), (1200, "ZMW"), (250, "USD"), (650, "ZMW")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["friendlycaptcha"],
    account_required=True, registration_form=(11, 8, ["phone", "id_document", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=0, pdf_only_documents=True, participation_pages=P,
    evidence={
        "languages": [Q("index.html", "Engineers, utility planners, community technicians and financiers gather in Livingstone"),
                      Q("index.html", "Mwabuka buti!", "Tonga greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Delegates from the region: K4,500"), Q("fees.html", "Full-time students: K1,200"),
                 Q("fees.html", "International delegates: US$250"),
                 Q("fees.html", "Field visit to the Simonga mini-grid (optional, 9 June): K650", "paid field visit of the event"),
                 Q("exhibit.html", "Exhibition stand (3 m × 3 m): K18,000.", "stand, sponsorship: not fees"),
                 Q("stay.html", "Riverside lodge: K1,900 per night.", "lodge, tours, flights: not fees"),
                 Q("careers.html", "K9,500 per month", "salary: not a fee")],
        "free_option": [Q("fees.html", "There are no complimentary passes; speakers also register and pay the delegate fee.")],
        "fee_support": [Q("fees.html", "Travel grants are available for community technicians"),
                        Q("fees.html", "Full-time students: K1,200", "student rate")],
        "remote_participation": [Q("fees.html", "The sessions are streamed on YouTube for viewing only; no questions can be taken online.")],
        "captcha": [M("register.html", '<div class="frc-captcha"')],
        "account_required": [Q("register.html", "Registration works through a delegate account on this site."),
                             M("register.html", 'type="password" id="pw2"')],
        "registration_form": [N("11 fields (name, e-mail, password, confirmation, phone, NRC/passport, organisation, country select, category select, field-visit checkbox, diet select); 8 with *; sensitive phone, id_document, affiliation", "register.html"),
                              Q("register.html", "NRC or passport number *")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online sign-up")],
        "min_age": [Q("register.html", "Delegates must be 18 years or older.")],
        "accessibility_statement": [Q("access.html", "All conference halls are on the ground floor, with ramps at both entrances")],
        "access_services": [Q("access.html", "with ramps at both entrances", "wheelchair_access"),
                            Q("access.html", "Zambian Sign Language interpreters can be arranged on request", "sign_language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programme.html", "The detailed programme is available as a PDF only")],
    })
