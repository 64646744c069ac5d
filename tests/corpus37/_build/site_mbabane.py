"""Community networks summit, Mbabane (Eswatini): English, a siSwati section with lang; SZL and ZAR columns."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Register"), ("remote.html", "Remote participation"),
       ("access.html", "Access"), ("faq.html", "FAQ"), ("sponsors.html", "Sponsors"), ("travel.html", "Travel and stay")]
FOOT = {"en-SZ": "<p>Eswatini Community Connectivity Trust, Plot 412 Mhlambanyatsi Road, Mbabane. summit@example.sz</p>"}
s = mk("eswatini-community-networks-summit", "Southern Africa Community Networks Summit 2027", "en-SZ", "#166534", "CN",
       NAV, foot=FOOT)
placeholder_media(s, "media/summit-2025.mp4")

s.page("index.html", "Southern Africa Community Networks Summit 2027", """
<h1>Southern Africa Community Networks Summit 2027</h1>
<p>Mbabane, 14–16 September 2027. The Eswatini Community Connectivity Trust brings together community network operators, regulators, researchers and funders from across Southern Africa to share what works in connecting rural villages, and to agree a joint statement to regional regulators.</p>
<p>See the <a href="@fees.html">fees</a>, then <a href="@register.html">register</a>. Delegates who cannot travel can take part through <a href="@remote.html">remote participation</a>.</p>
<h2>Highlights from 2025</h2>
""" + video("media/summit-2025.mp4") + """
<section lang="ss">
<h2>NgesiSwati</h2>
<p>Sawubona! Ingcungcuto yemanethiwekhi emiphakatsi yaseNingizimu ye-Afrika itawubanjwa eMbabane kusukela mhla ti-14 kuya kuti-16 kuNyoni 2027. Labahlanganyeli bavela emiphakatsini, etinhlanganweni nasetikolweni, bacoce ngekutsi i-inthanethi ingafinyelela njani etindzaweni temakhaya.</p>
<p>Kubhalisa kwentiwa ngelifomu lelisesiNgisi; uma unemibuto ngesiSwati, bhalela ku-summit@example.sz.</p>
</section>
""")

s.page("fees.html", "Fees", """
<h1>Registration fees</h1>
<table><caption>Registration fees (the lilangeni is at par with the rand; pay in either)</caption>
<tr><th>Category</th><th>SZL (E)</th><th>ZAR (R)</th></tr>
<tr><td>Organisations and companies</td><td>E1,800</td><td>R1,800</td></tr>
<tr><td>Community network members</td><td>E450</td><td>R450</td></tr>
<tr><td>Students</td><td>E300</td><td>R300</td></tr>
</table>
<p>The fee covers the three days, lunches and the summit dinner.</p>
<p>There are no free registrations at this summit; speakers register as well.</p>
""")

s.page("register.html", "Register", """
<h1>Register</h1>
<p>Delegates must be aged 18 or older. No account is needed; fill in the form below.</p>
<form action="@register.html" method="post">
""" + "\n".join([
    fld("name", "Full name (must be answered)"),
    fld("email", "Email (must be answered)", "email"),
    fld("tel", "Phone or WhatsApp", "tel"),
    fld("org", "Organisation or community network (must be answered)"),
    fld("country", "Country of residence", "select", opts=["Eswatini", "South Africa", "Mozambique", "Lesotho", "Botswana", "Other"]),
    fld("pin", "Eswatini PIN or passport number (must be answered)"),
    fld("dob", "Date of birth", "date"),
    radios("cat", "Registration category", ["Organisation or company", "Community network member", "Student"], req=True),
    radios("mode", "Attendance", ["In Mbabane", "Remote on Zoom"]),
    fld("diet", "Dietary needs", "select", opts=["None", "Vegetarian", "Halal", "Other"]),
    fld("coc", "I accept the summit's code of conduct", "checkbox", req=True),
]) + """
<div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
<button type="submit">Send registration</button>
</form>
""")

s.page("remote.html", "Remote participation", """
<h1>Remote participation</h1>
<p>Remote delegates join the plenary on Zoom, can raise a hand to take the floor and vote on the summit statement. Remote delegates pay the registration fee of their category.</p>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The conference hall is step-free, with a ramp at the main entrance and an accessible toilet on the same floor.</p>
<p>siSwati–English interpretation is provided in the plenary.</p>
<p>Eswatini Sign Language interpreters can be arranged on request; write to access@example.sz three weeks ahead.</p>
""")

s.page("faq.html", "FAQ", """
<h1>Frequently asked questions</h1>
<details open><summary>Is there any financial help?</summary>
<p>Yes: travel bursaries of up to E2,500 are available for operators of rural community networks. Apply by e-mail to bursaries@example.sz before 30 June.</p></details>
<details open><summary>Can I pay in rand?</summary>
<p>Yes, at par, by bank transfer or on site.</p></details>
<details open><summary>Is there a group discount?</summary>
<p>No.</p></details>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsors and exhibitors</h1>
<p>Gold sponsor: E60,000. Exhibition table for the three days: E4,500.</p>
<h2>Work with us</h2>
<p>Summit coordinator (six-month contract), monthly salary E22,000. Rapporteurs are paid a daily fee of E1,200.</p>
""")

s.page("travel.html", "Travel and stay", """
<h1>Travel and stay</h1>
<p>Guest-house rooms near the venue from E950 per night. A kombi from the Mbabane bus rank costs about E25.</p>
<p>Airport shuttle from King Mswati III International Airport: R350 one way.</p>
<p><a href="@summit-2025-report.html">Report of the 2025 summit</a></p>
""")

ENTRY = entry(
    s, name="Southern Africa Community Networks Summit 2027 (Eswatini Community Connectivity Trust, Mbabane, Eswatini)",
    languages=["en", "ss"],
    fees=[(1800, "SZL"), (450, "SZL"), (300, "SZL"), (1800, "ZAR"), (450, "ZAR"), (300, "ZAR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(11, 6, ["phone", "affiliation", "id_document", "birth_date"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "remote.html", "access.html", "faq.html"],
    deliberate_404=["summit-2025-report.html"],
    evidence={
        "languages": [Q("index.html", "The Eswatini Community Connectivity Trust brings together community network operators"),
                      M("index.html", '<section lang="ss">', "siSwati section (two paragraphs)")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Organisations and companies E1,800 R1,800", "1800 SZL and 1800 ZAR"),
                 Q("fees.html", "Community network members E450 R450", "450 SZL and 450 ZAR (category rate)"),
                 Q("fees.html", "Students E300 R300", "300 SZL and 300 ZAR"),
                 Q("faq.html", "travel bursaries of up to E2,500", "bursary: not a fee"),
                 Q("sponsors.html", "Gold sponsor: E60,000", "sponsor: not a fee"),
                 Q("sponsors.html", "Exhibition table for the three days: E4,500", "exhibitor: not a fee"),
                 Q("sponsors.html", "monthly salary E22,000", "salary: not a fee"),
                 Q("sponsors.html", "daily fee of E1,200", "rapporteurs' pay: not a fee"),
                 Q("travel.html", "from E950 per night", "guest house: not a fee"),
                 Q("travel.html", "about E25", "kombi: not a fee"),
                 Q("travel.html", "R350 one way", "airport shuttle (ZAR): not a fee")],
        "free_option": [Q("fees.html", "There are no free registrations at this summit; speakers register as well.")],
        "fee_support": [Q("fees.html", "Students E300 R300", "student rate below the others"),
                        Q("faq.html", "travel bursaries of up to E2,500 are available for operators of rural community networks", "FAQ")],
        "remote_participation": [Q("remote.html", "Remote delegates join the plenary on Zoom, can raise a hand to take the floor and vote on the summit statement.")],
        "captcha": [M("register.html", '<div class="frc-captcha"')],
        "account_required": [Q("register.html", "No account is needed")],
        "registration_form": [N("11 fields: name, e-mail, phone, organisation, country select, PIN/passport, birth date, category radio, attendance radio, diet select, code-of-conduct checkbox; required: 4 marked (must be answered) + category radio + checkbox = 6", "register.html"),
                              Q("register.html", "Eswatini PIN or passport number (must be answered)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", "Delegates must be aged 18 or older.")],
        "accessibility_statement": [Q("access.html", "The conference hall is step-free, with a ramp at the main entrance")],
        "access_services": [Q("access.html", "step-free, with a ramp at the main entrance", "wheelchair_access"),
                            Q("access.html", "siSwati–English interpretation is provided in the plenary.", "interpretation"),
                            Q("access.html", "Eswatini Sign Language interpreters can be arranged on request", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/summit-2025.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
