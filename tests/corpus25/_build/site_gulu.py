from lib import *

NAV = [("index.html", "Home"), ("fees.html", "Registration fees"), ("register.html", "Register"), ("programme.html", "Programme"),
       ("access.html", "Access"), ("exhibitors.html", "Exhibitors"), ("travel.html", "Travel & stay"), ("jobs.html", "Jobs board")]
s = mk("northern-uganda-libraries-archives-conference-gulu", "Northern Uganda Libraries & Archives Conference 2027", "en-UG",
       "#5b3f8c", "LAC", NAV, foot={"en-UG": "<p>Northern Uganda Library Network · P.O. Box 118, Gulu · lac2027@nuln.example.ug</p>"})
placeholder_media(s, "media/reading-room.mp4")
s.page("index.html", "Northern Uganda Libraries & Archives Conference 2027", """
<h1>Northern Uganda Libraries &amp; Archives Conference 2027</h1>
<p>Apwoyo! From 8 to 10 September 2027 the Northern Uganda Library Network meets at Gulu University to talk about community archives, oral history collections and school libraries across the region.</p>
<p>Keynotes and panels will be streamed on YouTube for viewing only; questions are taken from the floor in the hall.</p>
<p><a href="@register.html">Register now</a> · <a href="@proceedings-2025.html">2025 proceedings</a></p>
""" + video("media/reading-room.mp4") + """
<section lang="sw">
<h2>Kwa Kiswahili</h2>
<p>Mkutano wa Maktaba na Kumbukumbu za Kaskazini mwa Uganda utafanyika Gulu tarehe 8 hadi 10 Septemba 2027. Wakutubi, watunzaji wa kumbukumbu na walimu wanakaribishwa kujiandikisha kupitia fomu yetu ya mtandaoni.</p>
</section>
""")
s.page("fees.html", "Registration fees", """
<h1>Registration fees</h1>
<table><tr><th>Category</th><th>Fee</th></tr>
<tr><td>Delegates from Uganda</td><td>UGX 250,000</td></tr>
<tr><td>Students (with a valid ID)</td><td>USh 80,000</td></tr>
<tr><td>International delegates</td><td>US$ 120</td></tr></table>
<p>The fee covers lunches, tea and the conference bag.</p>
<h2>Travel bursaries</h2>
<p>Twenty travel bursaries are available for librarians from district and school libraries in Acholi, Lango and West Nile. Apply by e-mail before 30 June.</p>
""")
form = "".join([fld("nm", "Full name (required)"), fld("em", "E-mail (required)", "email"), fld("ph", "Phone number (required)", "tel"),
    fld("inst", "Library, archive or institution (required)"),
    fld("nat", "Nationality (required)", "select", opts=["Ugandan", "Kenyan", "South Sudanese", "Other"]),
    fld("cat", "Registration category (required)", "select", opts=["Delegate", "Student", "International"]),
    fld("title", "Title of your paper (if presenting)"), fld("abs", "Abstract (PDF or Word)", "file"),
    fld("diet", "Dietary needs", "select", opts=["None", "Vegetarian", "Halal"]),
    fld("ok", "I agree that my details are shared with the organisers (required)", "checkbox")])
s.page("register.html", "Register", f"""
<h1>Register</h1>
<form action="@register.html" method="post">{form}
<div class="frc-captcha" data-sitekey="FCMDEMOGULU"></div><button type="submit">Submit registration</button></form>
""")
s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul><li>Wednesday: opening keynote on community archives after conflict.</li><li>Thursday: parallel sessions on school libraries and digitisation.</li><li>Friday: visit to the Gulu public library and closing plenary.</li></ul>
""")
s.page("access.html", "Access", """
<h1>Access</h1>
<p>The university's main hall has a ramp at the front entrance and wheelchair-accessible toilets.</p>
<p>Ugandan Sign Language interpreters will work in all plenary sessions, and live captioning (CART) is provided on the hall screen.</p>
<p>We are sorry that there is no interpretation into Acholi this year.</p>
""")
s.page("exhibitors.html", "Exhibitors", """
<h1>Exhibitors and sponsors</h1>
<p>Exhibition table: UGX 600,000 for three days. Gold sponsorship: UGX 5,000,000.</p>
""")
s.page("travel.html", "Travel & stay", """
<h1>Travel and stay</h1>
<p>Bus from Kampala to Gulu: about UGX 40,000 one way. Partner guest house: UGX 90,000 per night with breakfast.</p>
""")
s.page("jobs.html", "Jobs board", """
<h1>Jobs board</h1>
<p>Records officer, Gulu District Archives — salary UGX 1,800,000 per month.</p>
""")
ENTRY = entry(s, name="Northern Uganda Libraries & Archives Conference 2027 (library network, Gulu)",
    languages=["en", "sw"], fees=[(250000, "UGX"), (80000, "UGX"), (120, "USD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(10, 7, ["phone", "affiliation", "nationality"]), min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "cart"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "programme.html", "access.html"],
    deliberate_404=["proceedings-2025.html"],
    evidence={
        "languages": [Q("index.html", "the Northern Uganda Library Network meets at Gulu University"), M("index.html", '<section lang="sw">'),
                      Q("index.html", "Mkutano wa Maktaba na Kumbukumbu za Kaskazini mwa Uganda utafanyika Gulu"),
                      N("'Apwoyo!' is an Acholi greeting: not content")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "UGX 250,000", "250000 UGX"), Q("fees.html", "USh 80,000", "80000 UGX"), Q("fees.html", "US$ 120", "120 USD"),
                 Q("exhibitors.html", "Exhibition table: UGX 600,000 for three days.", "stand and sponsorship: not fees"),
                 Q("travel.html", "Bus from Kampala to Gulu: about UGX 40,000 one way.", "bus, guest house: not fees"),
                 Q("jobs.html", "salary UGX 1,800,000 per month", "salary: not a fee")],
        "free_option": [N("fees stated, nothing said about a free way: false", "fees.html")],
        "fee_support": [Q("fees.html", "Students (with a valid ID)", "student rate"),
                        Q("fees.html", "Twenty travel bursaries are available for librarians from district and school libraries")],
        "remote_participation": [Q("index.html", "Keynotes and panels will be streamed on YouTube for viewing only; questions are taken from the floor in the hall.")],
        "captcha": [M("register.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, e-mail, phone, institution, nationality select, category select, paper title, abstract file, diet select, consent checkbox); 7 marked (required); sensitive phone, affiliation, nationality", "register.html"),
                              Q("register.html", "Nationality (required)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("access.html", "The university's main hall has a ramp at the front entrance and wheelchair-accessible toilets.")],
        "access_services": [Q("access.html", "has a ramp at the front entrance and wheelchair-accessible toilets", "wheelchair_access"),
                            Q("access.html", "Ugandan Sign Language interpreters will work in all plenary sessions", "sign_language"),
                            Q("access.html", "live captioning (CART) is provided on the hall screen", "cart only"),
                            Q("access.html", "there is no interpretation into Acholi this year", "negation: no interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/reading-room.mp4">', "no track")],
        "pdf_only_documents": [N("programme in HTML", "programme.html")],
    })
