from lib import *
SLUG = "nurses-midwives-scientific-conference-kampala"
NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("registration.html", "Register"), ("virtual.html", "Virtual delegates"),
       ("programme.html", "Programme"), ("accessibility.html", "Accessibility"), ("exhibitors.html", "Exhibitors"), ("travel.html", "Travel & stay")]
s = mk(SLUG, "UNMSC 2027", "en-UG", "#2b7a3d", "UN", NAV,
       foot={"en-UG": "<p>Uganda Nurses and Midwives Scientific Society · Mulago Hill, Kampala · conf@unmss.example.ug</p>"},
       newsletter={"en-UG": ("Newsletter", "Subscribe")})
placeholder_media(s, "media/welcome.mp4")
s.pdf("docs/programme-2027.pdf", "UNMSC 2027 programme")
s.page("index.html", "UNMSC 2027 – Kampala", f"""
<h1>9th Uganda Nurses and Midwives Scientific Conference</h1>
<p>Three days of research, clinical skills and policy for nurses and midwives, 14–16 April 2027, Kampala.</p>
<p><a href="@fees.html">Fees</a> · <a href="@registration.html">Register</a> · <a href="@virtual.html">Virtual delegates</a> · <a href="@programme.html">Programme</a> · <a href="@accessibility.html">Accessibility</a></p>
{video("media/welcome.mp4")}
<section lang="lg">
<h2>Mwaniriziddwa</h2>
<p>Olukungaana luno lugatta abasawo abajjanjabi n'abazaalisa okuva mu disitulikiti zonna eza Uganda. Okwewandiisa kukolebwa ku mukutu guno, era abatasobola kujja basobola okwetaba ku Zoom.</p>
</section>
""")
s.page("fees.html", "Fees", """
<h1>Registration fees</h1>
<table><caption>Fees in Uganda shillings (UGX)</caption>
<tr><th>Category</th><th>Early (until 31 January)</th><th>Late</th></tr>
<tr><th>Society members</th><td>250,000</td><td>300,000</td></tr>
<tr><th>Non-members</th><td>350,000</td><td>400,000</td></tr>
<tr><th>Nursing and midwifery students</th><td>100,000</td><td>100,000</td></tr>
<tr><th>Virtual delegates</th><td>150,000</td><td>150,000</td></tr></table>
<p>There are no complimentary registrations; presenters also pay the fee of their category.</p>
""")
s.page("registration.html", "Register", f"""
<h1>Delegate registration</h1>
<p>Fields marked * are required.</p>
<form action="@registration.html" method="post">
{fld("name", "Full name *")}
{fld("email", "Email *", "email")}
{fld("phone", "Phone *", "tel")}
{fld("nin", "National ID number (NIN) *")}
{fld("pin", "Nursing Council PIN *")}
{fld("work", "Hospital or health facility *")}
{fld("cat", "Category *", "select", opts=["Member", "Non-member", "Student", "Virtual delegate"])}
{fld("district", "District", "select", opts=["Kampala", "Gulu", "Mbarara", "Other"])}
{radios("gender", "Gender", ["Female", "Male"])}
{fld("diet", "Dietary needs", "select", opts=["None", "Vegetarian", "Halal"])}
{fld("abstract", "Abstract (if presenting)", "file")}
{fld("consent", "I agree to the privacy notice *", "checkbox")}
<div class="mtcaptcha" data-sitekey="unmsc-example"></div>
<button type="submit">Register</button>
</form>
""")
s.page("virtual.html", "Virtual delegates", """
<h1>Virtual delegates</h1>
<p>Virtual delegates follow all plenaries on Zoom, ask questions live through the Q&amp;A and can present e-posters in the online poster session.</p>
""")
s.page("programme.html", "Programme", """
<h1>Programme</h1>
<p>The detailed programme is available as a PDF only: <a href="@docs/programme-2027.pdf">Programme 2027 (PDF)</a>.</p>
<p>Open to registered nurses, midwives and students of nursing and midwifery.</p>
""")
s.page("accessibility.html", "Accessibility", """
<h1>Accessibility</h1>
<p>The conference centre has step-free access and a lift to all halls.</p>
<p>Uganda Sign Language interpreters will work in all plenary sessions. Live captions are not available this year.</p>
<p>Write to access@unmss.example.ug with any access need.</p>
""")
s.page("exhibitors.html", "Exhibitors", """
<h1>Exhibitors and sponsors</h1>
<p>Exhibition booth UGX 3,500,000; gold sponsorship UGX 20,000,000.</p>
""")
s.page("travel.html", "Travel & stay", """
<h1>Travel and accommodation</h1>
<p>Partner hotel rooms from UGX 280,000 per night. A boda-boda ride from the taxi park costs about UGX 5,000.</p>
<p>We are hiring: conference coordinator, UGX 2,400,000 a month.</p>
""")
ENTRY = entry(s, name="9th Uganda Nurses and Midwives Scientific Conference (nurses' and midwives' scientific society, Kampala, Uganda)",
    languages=["en", "lg"], fees=[(250000, "UGX"), (300000, "UGX"), (350000, "UGX"), (400000, "UGX"), (100000, "UGX"), (150000, "UGX")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["other"], account_required=False,
    registration_form=(12, 8, ["phone", "id_document", "affiliation", "gender"]), registration_host=None, min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "fees.html", "registration.html", "virtual.html", "programme.html", "accessibility.html"],
    evidence={
        "languages": [Q("index.html", "Three days of research, clinical skills and policy for nurses and midwives"),
                      Q("index.html", "Olukungaana luno lugatta abasawo abajjanjabi n'abazaalisa okuva mu disitulikiti zonna eza Uganda.", "Luganda section with lang=lg")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Fees in Uganda shillings (UGX)", "currency only in the caption"),
                 M("fees.html", "<tr><th>Society members</th><td>250,000</td><td>300,000</td></tr>"),
                 M("fees.html", "<tr><th>Non-members</th><td>350,000</td><td>400,000</td></tr>"),
                 M("fees.html", "<tr><th>Nursing and midwifery students</th><td>100,000</td><td>100,000</td></tr>", "one entry"),
                 M("fees.html", "<tr><th>Virtual delegates</th><td>150,000</td><td>150,000</td></tr>", "paid virtual pass with live questions: fee"),
                 Q("exhibitors.html", "Exhibition booth UGX 3,500,000", "booth, sponsorship, hotel, boda-boda, salary: not fees")],
        "free_option": [Q("fees.html", "There are no complimentary registrations; presenters also pay the fee of their category.")],
        "fee_support": [M("fees.html", "<td>100,000</td>", "student rate below the other rates")],
        "remote_participation": [Q("virtual.html", "ask questions live through the Q&A and can present e-posters in the online poster session")],
        "captcha": [M("registration.html", '<div class="mtcaptcha"', "MTCaptcha: other vendor")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("registration.html: 12 fields: name, e-mail, phone, NIN, Nursing Council PIN, facility, category select, district select, gender radio (=1), diet select, abstract file, consent checkbox. Required (*): name, e-mail, phone, NIN, PIN, facility, category, consent = 8. Sensitive: phone, id_document (NIN; the Council PIN is not one), affiliation, gender. Newsletter not counted.", "registration.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("programme.html", "Open to registered nurses, midwives and students of nursing and midwifery.", "no age stated")],
        "accessibility_statement": [Q("accessibility.html", "The conference centre has step-free access and a lift to all halls.")],
        "access_services": [Q("accessibility.html", "step-free access and a lift"), Q("accessibility.html", "Uganda Sign Language interpreters will work in all plenary sessions."),
                            Q("accessibility.html", "Live captions are not available this year.", "negation: no captions")],
        "videos_without_captions": [M("index.html", 'src="media/welcome.mp4">', "no track")],
        "pdf_only_documents": [Q("programme.html", "The detailed programme is available as a PDF only")],
    })
