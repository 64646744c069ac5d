from lib import *

NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("signup.html", "Delegate portal"), ("eposter.html", "E-posters"),
       ("access.html", "Access & crèche"), ("sponsors.html", "Sponsors"), ("stay.html", "Stay in Shillong"), ("jobs.html", "Jobs")]
s = mk("northeast-nursing-research-conference-shillong", "North East Nursing Research Conference 2027", "en-IN",
       "#5a2d82", "NE", NAV, foot={"en-IN": "<p>Society of Nurse Researchers, North East Chapter · nerc@nursingne.example.in</p>"})

s.page("index.html", "North East Nursing Research Conference 2027", """
<h1>North East Nursing Research Conference 2027</h1>
<p>Kumno! Nurses, midwives, nurse educators and nursing students from the eight north-eastern states meet at the
State Convention Centre, Shillong, on 4–6 November 2027 to share research on rural maternal care, palliative care
and community health.</p>
<p>Read about <a href="@fees.html">fees</a>, create your account in the <a href="@signup.html">delegate portal</a> and
browse the <a href="@abstracts-2026.html">2026 abstract book</a>.</p>
<video controls preload="none" width="640" src="media/welcome.mp4"></video>
<section lang="hi">
<h2>हिन्दी में जानकारी</h2>
<p>पूर्वोत्तर नर्सिंग अनुसंधान सम्मेलन 4 से 6 नवंबर 2027 तक शिलांग के राज्य सम्मेलन केंद्र में होगा। नर्सें, दाइयाँ,
नर्सिंग शिक्षक और छात्र अपने शोध प्रस्तुत करेंगे। पंजीकरण के लिए प्रतिनिधि पोर्टल पर खाता बनाना आवश्यक है।</p>
</section>
""")
placeholder_media(s, "media/welcome.mp4")

s.page("fees.html", "Fees", """
<h1>Registration fees</h1>
<table><caption>Delegate fees (INR)</caption>
<tr><th>Category</th><th>Fee</th></tr>
<tr><td>Delegate</td><td>₹3,500</td></tr>
<tr><td>Nursing student (B.Sc./GNM)</td><td>₹1,500</td></tr>
<tr><td>Pre-conference workshop on qualitative methods</td><td>Rs. 800</td></tr>
<tr><td>Online e-poster presentation</td><td>₹1,000</td></tr>
</table>
<p>Fees include lunch and tea on all three days.</p>
""")

s.page("signup.html", "Delegate portal", f"""
<h1>Create your delegate account</h1>
<p>Registration is only possible through a delegate account. Fields marked (required) are compulsory.</p>
<form action="@signup.html" method="post">
{fld("fullname", "Full name (required)")}
{fld("email", "E-mail (required)", "email")}
{fld("password", "Password (required)", "password")}
{fld("password2", "Confirm password (required)", "password")}
{fld("mobile", "Mobile number (required)", "tel")}
{fld("institution", "College, hospital or institution (required)")}
{fld("council", "Nursing council registration number")}
{fld("state", "State", "select", opts=["Meghalaya", "Assam", "Manipur", "Mizoram", "Nagaland", "Tripura", "Arunachal Pradesh", "Sikkim"])}
{radios("category", "Category (required)", ["Delegate", "Nursing student", "E-poster presenter"])}
{fld("consent", "I agree to the privacy notice (required)", "checkbox")}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">Create account</button>
</form>
<h2>Already registered?</h2>
<form action="@signup.html" method="post">
{fld("login", "E-mail", "email")}
{fld("loginpw", "Password", "password")}
<button type="submit">Log in</button>
</form>
""")

s.page("eposter.html", "E-posters", """
<h1>E-posters</h1>
<p>Presenters who cannot travel can present their e-poster online: each presenter has five minutes on Google Meet and
then answers live questions from the judges and the audience.</p>
<p>Download the <a href="@docs/abstract-template.pdf">abstract template (PDF)</a>; the full programme is on this site.</p>
""")
s.pdf("docs/abstract-template.pdf", "NERC 2027 abstract template\nTitle, authors, 250 words")

s.page("access.html", "Access & crèche", """
<h1>Access and crèche</h1>
<p>The convention centre has a lift to every floor and wheelchair-accessible halls and toilets.</p>
<p>An Indian Sign Language interpreter can be arranged on request.</p>
<p>A crèche run by trained staff is open during sessions for children aged 1 to 6.</p>
<p>Write to access@nursingne.example.in about any other needs.</p>
""")
s.page("sponsors.html", "Sponsors", """
<h1>Sponsors</h1><p>Platinum sponsor: ₹5,00,000. Exhibition stall: ₹40,000.</p>
""")
s.page("stay.html", "Stay in Shillong", """
<h1>Stay in Shillong</h1><p>Pinewood guest house: ₹2,800 per night. Shared taxi from Guwahati airport: about ₹600.</p>
""")
s.page("jobs.html", "Jobs", """
<h1>Jobs</h1><p>Staff nurse, district hospital: ₹38,000 per month. Travel grant of ₹10,000 from a partner university for PhD scholars is handled by that university.</p>
""")

ENTRY = entry(s, name="North East Nursing Research Conference 2027 (nurse researchers' society, Shillong)",
    languages=["en", "hi"], fees=[(3500, "INR"), (1500, "INR"), (800, "INR"), (1000, "INR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=True, registration_form=(10, 8, ["phone", "affiliation"]),
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "signup.html", "eposter.html", "access.html"],
    deliberate_404=["abstracts-2026.html"],
    evidence={
        "languages": [Q("index.html", "Nurses, midwives, nurse educators and nursing students from the eight north-eastern states"),
                      M("index.html", '<section lang="hi">', "Hindi section with lang"),
                      Q("index.html", "पूर्वोत्तर नर्सिंग अनुसंधान सम्मेलन 4 से 6 नवंबर 2027 तक"),
                      N("the Khasi greeting \"Kumno!\" is not content")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Delegate ₹3,500", "3500 INR"),
                 Q("fees.html", "Nursing student (B.Sc./GNM) ₹1,500", "1500 INR"),
                 Q("fees.html", "Pre-conference workshop on qualitative methods Rs. 800", "800 INR"),
                 Q("fees.html", "Online e-poster presentation ₹1,000", "1000 INR"),
                 Q("sponsors.html", "Exhibition stall: ₹40,000.", "sponsorship and stall: not fees"),
                 Q("stay.html", "Pinewood guest house: ₹2,800 per night.", "guest house and taxi: not fees"),
                 Q("jobs.html", "Staff nurse, district hospital: ₹38,000 per month.", "salary and grant: not fees")],
        "free_option": [N("fees stated, nothing said about a free way", "fees.html")],
        "fee_support": [Q("fees.html", "Nursing student (B.Sc./GNM) ₹1,500", "student rate below ₹3,500")],
        "remote_participation": [Q("eposter.html", "then answers live questions from the judges and the audience")],
        "captcha": [M("signup.html", '<div class="h-captcha"')],
        "account_required": [Q("signup.html", "Registration is only possible through a delegate account.")],
        "registration_form": [N("sign-up form: 10 fields (name, e-mail, password, confirmation, mobile, institution, "
                                "council number, state select, category radio, consent); 8 marked (required); "
                                "sensitive phone, affiliation; council registration number not an ID; the login form "
                                "is not counted", "signup.html"),
                              Q("signup.html", "Mobile number (required)")],
        "registration_host": [N("own portal only")],
        "registration_pdf_only": [N("online portal")],
        "min_age": [N("no age stated; crèche ages are not a limit")],
        "accessibility_statement": [Q("access.html", "The convention centre has a lift to every floor and wheelchair-accessible halls and toilets.")],
        "access_services": [Q("access.html", "wheelchair-accessible halls", "wheelchair_access"),
                            Q("access.html", "An Indian Sign Language interpreter can be arranged on request.", "sign_language"),
                            Q("access.html", "A crèche run by trained staff is open during sessions", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/welcome.mp4"></video>', "no track")],
        "pdf_only_documents": [Q("eposter.html", "the full programme is on this site", "the PDF is an abstract template only")],
    })
