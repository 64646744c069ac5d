"""Young journalists' fact-checking bootcamp, media-literacy NGO, Banjul (en-GM, Wolof section without lang)."""
from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("apply.html", "Apply"), ("online.html", "Online pass"),
       ("access.html", "Access"), ("sponsors.html", "Partners"), ("jobs.html", "Media jobs"), ("stay.html", "Where to stay")]
FOOT = {"en-GM": '<p>VeriGambia Media Lab, Kairaba Avenue, Serrekunda. bootcamp@verigambia.example.gm</p>'
                 '<p><a href="@reports/2026-bootcamp-report.html">2026 bootcamp report</a></p>'}
s = mk("gambia-young-journalists-factchecking-bootcamp", "Young Journalists' Fact-Checking Bootcamp 2027", "en-GM", "#2f3e9e", "FC",
       NAV, foot=FOOT)

s.page("index.html", "Young Journalists' Fact-Checking Bootcamp 2027", """
<h1>Young Journalists' Fact-Checking Bootcamp 2027</h1>
<p>Five days of hands-on training in verification, open-source research and election reporting, from 12 to 16 July 2027 at the Media Lab in Kairaba Avenue. The bootcamp is open to journalists aged 18 to 35 working for newspapers, radio stations or online outlets in The Gambia.</p>
<section>
<h2>Ci wolof</h2>
<p>Ñu ngi leen di woo, yeen taskat yu ndaw yi, ci bootcamp bi ngir jàng ni ñuy saytu dëgg ci xibaar yi. Mu ngi am ci Kairaba Avenue, ci fan yu juróom, ci weeru sulet 2027.</p>
<p>Radio yi ak yéenekaay yi ñoo war a yónni seen taskat yu ndaw. Bindal sa tur ci xët wi ñu tudde Apply.</p>
</section>
""")

s.page("fees.html", "Fees", """
<h1>Fees</h1>
<table>
<caption>Bootcamp fees (dalasi)</caption>
<tr><th>Ticket</th><th>Fee</th></tr>
<tr><td>Working journalist</td><td>D2,500</td></tr>
<tr><td>Journalism student</td><td>D1,000</td></tr>
<tr><td>Online pass (Google Meet, live questions)</td><td>D800</td></tr>
</table>
<p>There are no free registrations; trainers' own newsrooms pay for their staff too.</p>
<p>Lunch and tea are included in all in-person tickets.</p>
""")

form = ('<form action="@apply.html" method="post">'
        + fld("name", "Full name (must be filled)") + fld("nid", "National ID card number (must be filled)")
        + fld("press", "Press card number (if you have one)") + fld("dob", "Date of birth (must be filled)", "date")
        + fld("email", "E-mail (must be filled)", "email") + fld("phone", "Phone or WhatsApp", "tel")
        + fld("newsroom", "Newsroom, radio station or outlet")
        + radios("ticket", "Ticket (must be filled)", ["Working journalist", "Journalism student", "Online pass"])
        + fld("region", "Region", "select", False, ["Banjul", "Kanifing", "West Coast", "North Bank", "Central River", "Upper River", "Lower River"])
        + radios("gender", "Gender", ["Woman", "Man", "Prefer not to say"])
        + fld("story", "Link to one story you published")
        + fld("consent", "I agree to the bootcamp's code of conduct", "checkbox", True)
        + '<div class="h-captcha" data-sitekey="10000000-example-gm-bootcamp"></div>'
        + '<button type="submit">Send application</button></form>')
s.page("apply.html", "Apply", """
<h1>Apply for a place</h1>
<p>Thirty places in Serrekunda and forty online passes. We confirm places by e-mail within a week.</p>
""" + form)

s.page("online.html", "Online pass", """
<h1>Online pass</h1>
<p>Journalists outside the Greater Banjul Area can follow every session on Google Meet, ask the trainers questions live and hand in the daily verification exercise online.</p>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The Media Lab's training room is step-free from the street and has an accessible toilet.</p>
<p>A Gambian sign language interpreter will be present on all five days, and live captioning (CART) is provided on the main screen.</p>
<p>Questions about access: access@verigambia.example.gm.</p>
""")

s.page("sponsors.html", "Partners", """
<h1>Partners</h1>
<p>Partner package D60,000: logo on all materials and a session slot. Exhibition table for tech companies D8,000.</p>
<p>Best verification story prize: D15,000.</p>
""")

s.page("jobs.html", "Media jobs", """
<h1>Media jobs</h1>
<p>Fact-checker, online outlet in Bakau: D14,000 a month.</p>
<p>Radio producer, community station in Brikama: D11,500 a month.</p>
""")

s.page("stay.html", "Where to stay", """
<h1>Where to stay</h1>
<p>Guest house in Kololi from D1,800 a night. Taxi from Banjul ferry terminal about D400; ferry Barra–Banjul D50.</p>
""")

ENTRY = entry(
    s, name="Young journalists' fact-checking bootcamp 2027 (media-literacy NGO, Serrekunda/Banjul, The Gambia)",
    languages=["en", "wo"],
    fees=[(2500, "GMD"), (1000, "GMD"), (800, "GMD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(12, 6, ["id_document", "birth_date", "phone", "affiliation", "gender"]), registration_host=None,
    registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "cart"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "apply.html", "online.html", "access.html"],
    deliberate_404=["reports/2026-bootcamp-report.html"],
    evidence={
        "languages": [Q("index.html", "Five days of hands-on training in verification, open-source research and election reporting"),
                      Q("index.html", "Ñu ngi leen di woo, yeen taskat yu ndaw yi, ci bootcamp bi ngir jàng ni ñuy saytu dëgg ci xibaar yi.", "Wolof section without lang")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Bootcamp fees (dalasi)", "currency in caption"),
                 Q("fees.html", "D2,500", "2500 GMD"), Q("fees.html", "D1,000", "student 1000 GMD"),
                 Q("fees.html", "D800", "paid online pass with live questions 800 GMD"),
                 Q("sponsors.html", "Partner package D60,000", "sponsor, exhibition table, prize: not fees"),
                 Q("jobs.html", "D14,000 a month", "salary: not a fee"),
                 Q("stay.html", "Guest house in Kololi from D1,800 a night.", "lodging, taxi, ferry: not fees")],
        "free_option": [Q("fees.html", "There are no free registrations; trainers' own newsrooms pay for their staff too.")],
        "fee_support": [Q("fees.html", "Journalism student", "student rate 1000 below 2500")],
        "remote_participation": [Q("online.html", "can follow every session on Google Meet, ask the trainers questions live")],
        "captcha": [M("apply.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("12 fields (name, national ID, press card, date of birth, e-mail, phone, newsroom, ticket radio, region select, gender radio, story link, consent checkbox); required: 5 marked (must be filled) + consent = 6; sensitive id_document, birth_date, phone, affiliation, gender (press card number not an ID)", "apply.html"),
                              Q("apply.html", "National ID card number (must be filled)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "The bootcamp is open to journalists aged 18 to 35")],
        "accessibility_statement": [Q("access.html", "The Media Lab's training room is step-free from the street and has an accessible toilet.")],
        "access_services": [Q("access.html", "step-free from the street", "wheelchair_access"),
                            Q("access.html", "A Gambian sign language interpreter will be present on all five days", "sign_language"),
                            Q("access.html", "live captioning (CART) is provided on the main screen", "cart only")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF document")],
    })
