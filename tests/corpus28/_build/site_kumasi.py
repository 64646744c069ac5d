"""Sickle cell patients' and carers' conference, Kumasi (en-GH, Twi section without lang)."""
from lib import *

NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Register"), ("livestream.html", "Livestream"),
       ("access.html", "Access"), ("travel.html", "Travel & hotels"), ("exhibitors.html", "Exhibitors"), ("jobs.html", "Jobs")]
s = mk("sickle-cell-patients-carers-conference-kumasi", "Ashanti Sickle Cell Conference 2027", "en-GH", "#9b1d20", "SC", NAV,
       foot={"en-GH": '<p>Ashanti Sickle Cell Support Association (fictional) · Kumasi · info@ascsa.example.gh</p>'})
placeholder_media(s, "media/living-with-scd.mp4")

s.page("index.html", "Ashanti Sickle Cell Conference 2027 — Kumasi", """
<h1>Ashanti Sickle Cell Conference 2027</h1>
<p>19 June 2027 is World Sickle Cell Day, and we are marking it with two days at the Kumasi Cultural Centre (18–19 June).
Patients, parents, nurses, doctors and students meet to talk about crisis care, school, work and hydroxyurea access.</p>
<p>See the <a href="@fees.html">fees</a> and <a href="@register.html">register here</a>.</p>
""" + video("media/living-with-scd.mp4") + """
<section>
<h2>Akwaaba</h2>
<p>Akwaaba! Yɛfrɛ wɔn a wɔwɔ sickle cell yareɛ ne wɔn abusuafoɔ nyinaa sɛ mommra nhyiamu yi. Ayarefoɔ ne wɔn a wɔhwɛ wɔn no
ntua hwee. Sɛ wohia mmoa wɔ akwantuo ho a, frɛ yɛn anaa kyerɛw yɛn krataa.</p>
</section>
""")

s.page("fees.html", "Fees — Ashanti Sickle Cell Conference", """
<h1>Fees</h1>
<table>
  <tr><th>Category</th><th>Fee</th></tr>
  <tr><td>Doctors, nurses and other health professionals</td><td>GH₵ 450</td></tr>
  <tr><td>Students (with ID)</td><td>GH₵ 150</td></tr>
  <tr><td>People living with sickle cell and their carers</td><td>Free</td></tr>
</table>
<p>We refund tro-tro and bus fares for patients and carers travelling from outside Kumasi; bring your tickets to the help desk.</p>
""")

s.page("register.html", "Register — Ashanti Sickle Cell Conference", """
<h1>Register</h1>
<p>Under-18s attend with a parent or guardian. The Teen Circle on day two is for young people living with sickle cell, aged 13 to 19.</p>
<form action="@register.html" method="post">
""" + fld("name", "Full name (required)") + fld("ghcard", "Ghana Card number (required)")
    + radios("gender", "Gender", ["Female", "Male", "Prefer not to say"])
    + fld("phone", "Phone or WhatsApp (required)", "tel") + fld("email", "Email", "email")
    + fld("role", "I am a", "select", opts=["Person living with sickle cell", "Parent or carer", "Health professional", "Student"])
    + fld("inst", "Hospital, school or institution") + fld("region", "Region", "select", opts=["Ashanti", "Bono", "Eastern", "Other"])
    + fld("teen", "Sign up for the Teen Circle", "checkbox") + fld("fare", "I will claim a fare refund", "checkbox") + """
<button type="submit">Register</button>
</form>
""")

s.page("livestream.html", "Livestream — Ashanti Sickle Cell Conference", """
<h1>Livestream</h1>
<p>The opening and the doctors' panel will be on our Facebook page. The stream is for viewing only; questions are taken in the hall.</p>
""")

s.page("access.html", "Access — Ashanti Sickle Cell Conference", """
<h1>Access</h1>
<p>The conference hall has ramps at the main entrance and a lift to the gallery.</p>
<p>We regret there will be no sign language interpretation this year.</p>
<p>A rest area with beds, water and a nurse is open all day for anyone in pain. Contact: access@ascsa.example.gh.</p>
""")

s.page("travel.html", "Travel & hotels — Ashanti Sickle Cell Conference", """
<h1>Travel and hotels</h1>
<p>Partner hotel near Adum: GH₵ 600 per night. STC bus from Accra about GH₵ 180; tro-tro from Ejisu about GH₵ 8.</p>
""")

s.page("exhibitors.html", "Exhibitors — Ashanti Sickle Cell Conference", """
<h1>Exhibitors</h1>
<p>Pharmaceutical booth GH₵ 3,000; NGO table GH₵ 500.</p>
""")

s.page("jobs.html", "Jobs — Ashanti Sickle Cell Conference", """
<h1>Jobs</h1>
<p>Haematology nurse, Kumasi clinic: GH₵ 4,200 a month. Community health worker, Obuasi: GH₵ 2,600 a month.</p>
""")

ENTRY = entry(s, name="Ashanti sickle cell conference 2027 (patients' association, Kumasi, Ghana)",
    languages=["en", "tw"],
    fees=[(450, "GHS"), (150, "GHS")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=False, registration_form=(10, 3, ["id_document", "gender", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=13, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "livestream.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "Patients, parents, nurses, doctors and students meet to talk about crisis care"),
                      Q("index.html", "Akwaaba! Yɛfrɛ wɔn a wɔwɔ sickle cell yareɛ ne wɔn abusuafoɔ nyinaa sɛ mommra nhyiamu yi.", "Twi section without lang")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "GH₵ 450"), Q("fees.html", "GH₵ 150", "student rate"),
                 Q("travel.html", "Partner hotel near Adum: GH₵ 600 per night.", "hotel, bus, tro-tro: not fees"),
                 Q("exhibitors.html", "Pharmaceutical booth GH₵ 3,000", "booths: not fees"),
                 Q("jobs.html", "GH₵ 4,200 a month", "salaries: not fees")],
        "free_option": [Q("fees.html", "People living with sickle cell and their carers")],
        "fee_support": [Q("fees.html", "We refund tro-tro and bus fares for patients and carers travelling from outside Kumasi"),
                        Q("fees.html", "Students (with ID)", "student rate")],
        "remote_participation": [Q("livestream.html", "The stream is for viewing only; questions are taken in the hall.")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, Ghana Card, gender radio, phone, e-mail, role select, institution, region select, two checkboxes); 3 marked (required); sensitive id_document, gender, phone, affiliation", "register.html"),
                              Q("register.html", "Ghana Card number (required)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", "The Teen Circle on day two is for young people living with sickle cell, aged 13 to 19.", "programme of the event: 13; the under-18 rule is not a limit")],
        "accessibility_statement": [Q("access.html", "The conference hall has ramps at the main entrance and a lift to the gallery.")],
        "access_services": [Q("access.html", "ramps at the main entrance and a lift", "wheelchair_access"),
                            Q("access.html", "We regret there will be no sign language interpretation this year.", "negation; rest area not a service")],
        "videos_without_captions": [M("index.html", 'src="media/living-with-scd.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
