from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Register"), ("online.html", "Join online"),
       ("access.html", "Access"), ("sponsors.html", "Sponsors and stands"), ("travel.html", "Travel and lodging"),
       ("jobs.html", "Jobs")]
FOOT = '<p>Ngamiland Community Animal Health Workers\' Network — Private Bag 17, Maun (made up) — forum@ngami-cahw.example.bw</p>'
s = mk("ngamiland-animal-health-workers-forum", "Ngamiland Community Animal Health Workers' Forum 2027", "en-BW",
       "#2f6b2f", "CAHW", NAV, foot={"en-BW": FOOT})

s.page("index.html", "Ngamiland Community Animal Health Workers' Forum 2027", """
<h1>Community Animal Health Workers' Forum 2027</h1>
<p>Two days in Maun for the community animal health workers, farmers and veterinary officers who keep cattle and goats healthy along the edges of the Okavango Delta. We will share what worked against foot-and-mouth outbreaks, tick-borne disease and predator losses.</p>
<p>Dates: 9–10 September 2027, Maun Education Park hall. Notes from the last forum are in the <a href="@forum-2025.html">2025 archive</a>.</p>
<p>The youth session is for farmers under 35 who are starting their own herds.</p>
<section lang="tn">
<h2>Ka Setswana</h2>
<p>Foramo eno e kopanya badiri ba boitekanelo jwa diruiwa mo metseng, balemi le badiredi ba bongaka jwa diruiwa. Balemi ba mekgatlho e e leng maloko ba tsena mahala.</p>
<p>Tuelo ya baemedi ke P850, baithuti ba duela P400.</p>
</section>
""")

s.page("fees.html", "Fees", """
<h1>Registration fees</h1>
<table>
<caption>Forum fees (Botswana pula)</caption>
<tr><th>Category</th><th>Fee</th></tr>
<tr><td>Delegate (NGOs, companies, government)</td><td>P850</td></tr>
<tr><td>Student (with student card)</td><td>P400</td></tr>
<tr><td>Cattle-post field visit on day two (optional, run by the forum)</td><td>P150</td></tr>
</table>
<p>Farmers from member farmers' associations attend free of charge; ask your association's secretary for a code.</p>
""")

s.page("register.html", "Register", """
<h1>Register for the forum</h1>
<form action="@register.html" method="post">
""" + fld("name", "Full name (must be completed)") + fld("omang", "Omang number (must be completed)")
  + fld("tel", "Mobile phone (must be completed)", "tel") + fld("email", "E-mail", "email")
  + fld("org", "Organisation or farmers' association")
  + fld("district", "District", "select", opts=["Ngamiland", "Okavango", "Chobe", "Ghanzi", "Other"])
  + radios("role", "I am a", ["farmer", "community animal health worker", "veterinary officer", "other"])
  + fld("visit", "I will join the cattle-post field visit", "checkbox")
  + fld("diet", "Meals", "select", opts=["no preference", "vegetarian", "halal"])
  + fld("consent", "I agree that my details are kept for this forum only", "checkbox", req=True) + """
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">Send registration</button>
</form>
""")

s.page("online.html", "Join online", """
<h1>Join online</h1>
<p>Online delegates join on Google Meet and can put questions to each session's panel through the moderator.</p>
<p>The Meet link is sent two days before the forum.</p>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The hall at Maun Education Park is step-free, with an accessible toilet next to the entrance.</p>
<p>Botswana Sign Language interpreters can be booked on request until 20 August.</p>
<p>There will be no live captioning this year.</p>
""")

s.page("sponsors.html", "Sponsors and stands", """
<h1>Sponsors and stands</h1>
<p>Gold sponsor package: P25,000. Exhibition stand: P3,500.</p>
<p>The vaccine suppliers' stand sells blackleg vaccine at P45 per dose.</p>
""")

s.page("travel.html", "Travel and lodging", """
<h1>Travel and lodging</h1>
<p>Riverside lodge: P1,100 per night with breakfast.</p>
<p>Flights Gaborone–Maun from about P2,400 return; a taxi from Maun airport costs P60.</p>
""")

s.page("jobs.html", "Jobs", """
<h1>Jobs</h1>
<p>Field veterinary assistant, Shakawe: P9,800 per month.</p>
""")

ENTRY = entry(s, name="Ngamiland community animal health workers' forum 2027 (community animal health workers' network, Maun, Botswana)",
    languages=["en", "tn"],
    fees=[(850, "BWP"), (400, "BWP"), (150, "BWP")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(10, 4, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "online.html", "access.html"],
    deliberate_404=["forum-2025.html"],
    evidence={
        "languages": [Q("index.html", "Two days in Maun for the community animal health workers"),
                      M("index.html", '<section lang="tn">', "Setswana section with lang"),
                      Q("index.html", "Foramo eno e kopanya badiri ba boitekanelo jwa diruiwa mo metseng")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "P850", "850 BWP"), Q("fees.html", "P400", "student 400 BWP"),
                 Q("fees.html", "Cattle-post field visit on day two (optional, run by the forum)", "field visit 150 BWP"),
                 Q("index.html", "Tuelo ya baemedi ke P850, baithuti ba duela P400.", "Setswana restatement: no new entry"),
                 Q("sponsors.html", "The vaccine suppliers' stand sells blackleg vaccine at P45 per dose.", "vaccine, sponsor, stand: not fees"),
                 Q("travel.html", "Riverside lodge: P1,100 per night with breakfast.", "lodge, flights, taxi: not fees"),
                 Q("jobs.html", "P9,800 per month", "salary: not a fee")],
        "free_option": [Q("fees.html", "Farmers from member farmers' associations attend free of charge")],
        "fee_support": [Q("fees.html", "Student (with student card)", "student rate"),
                        Q("fees.html", "Farmers from member farmers' associations attend free of charge", "free for one group")],
        "remote_participation": [Q("online.html", "Online delegates join on Google Meet and can put questions to each session's panel through the moderator.")],
        "captcha": [M("register.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, Omang, phone, e-mail, organisation, district select, role radio, field-visit checkbox, meals select, consent checkbox); required: 3 marked (must be completed) + consent = 4", "register.html"),
                              Q("register.html", "Omang number (must be completed)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "The youth session is for farmers under 35", "maximum age: not a limit")],
        "accessibility_statement": [Q("access.html", "The hall at Maun Education Park is step-free, with an accessible toilet next to the entrance.")],
        "access_services": [Q("access.html", "is step-free, with an accessible toilet", "wheelchair_access"),
                            Q("access.html", "Botswana Sign Language interpreters can be booked on request", "sign_language"),
                            Q("access.html", "There will be no live captioning this year.", "captions negated")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF document")],
    })
