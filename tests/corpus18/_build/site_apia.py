"""Pacific Code Bootcamp, an eight-week coding course of a made-up digital skills trust (Apia). en-WS; Samoan
section with lang."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "pacific-code-bootcamp-apia"
NAV = [("index.html", "Home"), ("course.html", "Course and fees"), ("apply.html", "Apply"), ("access.html", "Access"),
       ("faq.html", "FAQ"), ("stay.html", "Stay in Apia"), ("sponsors.html", "Sponsors"), ("jobs.html", "Jobs board")]
s = mk(SLUG, "Pacific Code Bootcamp 2027", "en-WS", "#1d5fa8", "PCB", NAV,
       foot={"en-WS": "<p>Apia Digital Skills Trust, Innovation Hub, Vaitele — hello@pacificcode.example.ws</p>"},
       newsletter={"en-WS": ("Newsletter", "Subscribe")})
placeholder_media(s, "media/bootcamp.mp4")

s.page("index.html", "Pacific Code Bootcamp 2027", """
<h1>Pacific Code Bootcamp 2027</h1>
<p>An eight-week evening course in web development and data for young people and career changers, from 1 March to
23 April 2027 at the Innovation Hub in Vaitele, Apia. Classes run Monday to Thursday, 5:30 to 8:30 pm.</p>
<p>See the <a href="@course.html">course and fees</a>, then <a href="@apply.html">apply</a>. Applications close on
31 January.</p>
""" + video("media/bootcamp.mp4") + """
<section lang="sm">
<h2>Fa'amatalaga i le gagana Samoa</h2>
<p>O le polokalame a'oa'oga lenei i le tusiaina o polokalame faakomepiuta e faia i Apia i afiafi mo vaiaso e valu. E
mafai ona auai tamaiti a'oga mai Savai'i i luga o le initaneti ma fesili i faiaoga. E tatala le avanoa mo tagata uma
e sefulu ono tausaga ma luga atu, ma e iai ni avanoa e lua sefulu e le totogia.</p>
</section>
<p><a href="@alumni.html">Meet our 2026 graduates</a></p>
""")

s.page("course.html", "Course and fees", """
<h1>Course and fees</h1>
<p>The bootcamp is open to anyone aged sixteen and over.</p>
<h2>Fees</h2>
<p>Course fee: WS$350 for the eight weeks.</p>
<p>Twenty scholarship places: the course fee is waived for applicants from households on the senior citizens' or
disability benefit, and for young people not in school or work.</p>
<p>Laptop loan: a refundable deposit of WS$100, returned at the end of the course.</p>
<p>Once accepted, you pay the course fee on <a href="https://ti.to/apia-code/bootcamp-2027">ti.to</a>; no account is
needed, you pay as a guest.</p>
<h2>Joining from Savai'i</h2>
<p>Evening classes are streamed live on Zoom for students from Savai'i, who ask questions and do the pair exercises
online with the class.</p>
""")

form = "".join([
    fld("name", "Full name (required)"),
    fld("email", "E-mail (required)", "email"),
    fld("mobile", "Mobile number (required)", "tel"),
    fld("dob", "Date of birth (required)", "date"),
    fld("district", "District (required)", "select", opts=["Tuamasaga", "A'ana", "Aiga-i-le-Tai", "Atua", "Va'a-o-Fonoti",
                                                            "Savai'i districts"]),
    fld("org", "School or workplace"),
    radios("track", "Track", ["Web development", "Data"]),
    radios("mode", "How will you join?", ["At the hub in Vaitele", "Online from Savai'i"]),
    fld("scholar", "I am applying for a scholarship place", "checkbox"),
    fld("why", "Why do you want to join? (required)", "textarea"),
    fld("cv", "CV (optional)", "file"),
])
s.page("apply.html", "Apply", f"""
<h1>Apply</h1>
<form action="@apply.html" method="post">
{form}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-pcb-apia"></div>
<button type="submit">Send application</button>
</form>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The Innovation Hub is on the ground floor with step-free access from the car park and is wheelchair accessible.</p>
<p>If you need anything to take part, e-mail access@pacificcode.example.ws.</p>
""")

s.page("faq.html", "FAQ", """
<h1>FAQ</h1>
<details open><summary>Do I need my own laptop?</summary><p>No, you can borrow one against a refundable deposit.</p></details>
<details open><summary>I live in Savai'i. Can I still take part?</summary><p>Yes. Join the evening classes live on Zoom and
ask questions like everyone else.</p></details>
<details open><summary>Is there a demo day?</summary><p>Yes, on 23 April. Families are welcome.</p></details>
""")

s.page("stay.html", "Stay in Apia", """
<h1>Stay in Apia</h1>
<p>Guest fale near the hub from WS$120 a night. The ferry from Salelologa to Mulifanua costs WS$15.</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsors</h1>
<p>Gold partner WS$8,000; silver partner WS$4,000.</p>
""")

s.page("jobs.html", "Jobs board", """
<h1>Jobs board</h1>
<p>Junior web developer, Apia — WS$28,000 a year. Data clerk, Salelologa — WS$19,500 a year.</p>
""")

ENTRY = entry(
    s, name="Pacific Code Bootcamp 2027 (digital skills trust, Apia)",
    languages=["en", "sm"],
    fees=[(350, "WST")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(11, 6, ["phone", "birth_date", "affiliation"]),
    registration_host="ti.to", registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "course.html", "apply.html", "access.html", "faq.html"],
    deliberate_404=["alumni.html"],
    evidence={
        "languages": [Q("index.html", "An eight-week evening course in web development and data"),
                      Q("index.html", "O le polokalame a'oa'oga lenei i le tusiaina o polokalame faakomepiuta",
                        "Samoan section with lang")],
        "un_languages": [N("en")],
        "fees": [Q("course.html", "Course fee: WS$350 for the eight weeks.", "350 WST"),
                 Q("course.html", "a refundable deposit of WS$100", "refundable deposit: not a fee"),
                 Q("stay.html", "Guest fale near the hub from WS$120 a night.", "lodging, ferry: not fees"),
                 Q("sponsors.html", "Gold partner WS$8,000", "sponsorship: not a fee"),
                 Q("jobs.html", "WS$28,000 a year", "salaries: not fees")],
        "free_option": [Q("course.html", "Twenty scholarship places: the course fee is waived", "free for one group")],
        "fee_support": [Q("course.html", "the course fee is waived for applicants from households on the senior citizens' or disability benefit")],
        "remote_participation": [Q("course.html", "Evening classes are streamed live on Zoom for students from Savai'i, who ask questions and do the pair exercises online")],
        "captcha": [M("apply.html", '<div class="h-captcha"')],
        "account_required": [Q("course.html", "no account is needed, you pay as a guest.")],
        "registration_form": [N("apply.html: 11 fields: name, e-mail, mobile, birth date, district select, school or "
                                "workplace, track radio group, mode radio group, scholarship checkbox, motivation "
                                "textarea, CV file. Required ((required)): name, e-mail, mobile, birth date, district, "
                                "motivation = 6. Sensitive: phone, birth_date, affiliation.")],
        "registration_host": [M("course.html", 'href="https://ti.to/apia-code/bootcamp-2027"', "fee paid on ti.to")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("course.html", "The bootcamp is open to anyone aged sixteen and over.", "16")],
        "accessibility_statement": [Q("access.html", "The Innovation Hub is on the ground floor with step-free access from the car park and is wheelchair accessible.")],
        "access_services": [Q("access.html", "is wheelchair accessible", "wheelchair_access")],
        "videos_without_captions": [M("index.html", 'src="media/bootcamp.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
