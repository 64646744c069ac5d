from lib import *

NAV = [("index.html", "Camp"), ("fees.html", "Camp fee"), ("apply.html", "Apply"), ("faq.html", "FAQ"),
       ("access.html", "Access"), ("store.html", "Kit store"), ("travel.html", "Visiting families"), ("partners.html", "Partners")]
s = mk("castries-youth-robotics-coding-camp", "Castries Youth Robotics and Coding Camp", "en-LC", "#0077b6", "RC", NAV,
       foot={"en-LC": "<p>Helen Island Tech Youth Foundation (fictitious) · 17 Chaussée Road, Castries · camp@helen-tech.example.lc</p>"})
placeholder_media(s, "media/robot-demo.mp4")

s.page("index.html", "Youth Robotics and Coding Camp 2027", f"""
<h1>Youth Robotics and Coding Camp 2027</h1>
<p>Three weeks of building, wiring and programming small robots at the St Aloysius school lab in Castries, from 5 to 23 July 2027. Campers work in teams of four and show their robots to families on the last afternoon.</p>
<section>
<h2>An Kwéyòl</h2>
<p>Bonjou tout moun! Kan wobotik-la sé pou timoun ki ni douz a sèz lanné. I ka fèt an lékòl Sen Aloysius an Kastwi, an mwa Jiyè. Timoun-yan ka apwann fè wobo épi ékwi pwogwanm.</p>
</section>
{video("media/robot-demo.mp4")}
<p><a href="@apply.html">Apply now</a></p>
""")

s.page("fees.html", "Camp fee", """
<h1>Camp fee</h1>
<p>The camp fee is EC$420 for the three weeks, snacks and a camp T-shirt included.</p>
<p>Optional drone weekend (17–18 July), run by our own instructors at the camp: EC$120.</p>
<p>There is no free place at camp, and we are not able to offer bursaries or transport this year.</p>
""")

fc = '<div class="frc-captcha" data-sitekey="FCMCASTRIES2027"></div>'
s.page("apply.html", "Apply", f"""
<h1>Application form</h1>
<p>The camp is for young people of ages 12 to 16. A parent or guardian fills in this form; no account is needed.</p>
<form action="@apply.html" method="post">
<fieldset><legend>Camper</legend>
{fld("c_name", "Camper's full name (cannot be left blank)")}
{fld("c_dob", "Date of birth (cannot be left blank)", "date")}
{fld("c_school", "School")}
{fld("tshirt", "T-shirt size", "select", opts=["S", "M", "L", "XL"])}
</fieldset>
<fieldset><legend>Parent or guardian</legend>
{fld("p_name", "Full name (cannot be left blank)")}
{fld("p_phone", "Phone number (cannot be left blank)", "tel")}
{fld("p_email", "E-mail", "email", req=True)}
{fld("district", "District", "select", opts=["Castries", "Gros Islet", "Soufrière", "Vieux Fort", "Other"])}
</fieldset>
{fld("drone", "Add the drone weekend (EC$120)", "checkbox")}
{fld("health", "Allergies or health information", "textarea")}
{fld("photo_ok", "Photos of my child may be shared on the camp page", "checkbox")}
{fld("rules", "I have read the camp rules", "checkbox", req=True)}
{fc}
<button type="submit">Send application</button>
</form>
""")

s.page("faq.html", "FAQ", """
<h1>FAQ</h1>
<details><summary>Can my child join online?</summary><p>The camp is on site only; the robots stay in the lab.</p></details>
<details><summary>Does my child need a laptop?</summary><p>No, the lab provides all computers.</p></details>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The lab is on the ground floor with step-free access for wheelchair users, and the accessible toilet is next door.</p>
""")

s.page("store.html", "Kit store", """
<h1>Kit store</h1>
<p>Take-home robotics kit: EC$260. Spare servo motors: EC$18 each.</p>
""")

s.page("travel.html", "Visiting families", """
<h1>Visiting families</h1>
<p>Hotels near Rodney Bay start at US$140 per night. Flights from Barbados cost about BDS$450 return.</p>
<p>We are hiring two assistant instructors for the summer at EC$2,800 per month.</p>
""")

s.page("partners.html", "Partners", """
<h1>Partners</h1>
<p>Become a partner: EC$8,000 supports one lab team for the whole camp.</p>
""")

ENTRY = entry(s, name="Youth robotics and coding camp 2027 (tech youth foundation, Castries, Saint Lucia)",
    languages=["en"],
    fees=[(420, "XCD"), (120, "XCD")],
    free_option=False, fee_support=False, remote_participation=False, captcha=["friendlycaptcha"],
    account_required=False, registration_form=(12, 6, ["birth_date", "affiliation", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=12, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "apply.html", "faq.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "Three weeks of building, wiring and programming small robots"),
                      Q("index.html", "Bonjou tout moun! Kan wobotik-la sé pou timoun ki ni douz a sèz lanné.", "Kwéyòl section without lang: not listable")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "The camp fee is EC$420"), Q("fees.html", "run by our own instructors at the camp: EC$120", "paid add-on of the camp itself"),
                 Q("store.html", "Take-home robotics kit: EC$260.", "goods: not a fee"),
                 Q("travel.html", "Hotels near Rodney Bay start at US$140 per night.", "hotel: not a fee"),
                 Q("travel.html", "BDS$450 return", "BBD flight: not a fee"),
                 Q("travel.html", "EC$2,800 per month", "salary: not a fee"),
                 Q("partners.html", "EC$8,000", "sponsor: not a fee")],
        "free_option": [Q("fees.html", "There is no free place at camp")],
        "fee_support": [Q("fees.html", "we are not able to offer bursaries or transport this year")],
        "remote_participation": [Q("faq.html", "The camp is on site only", "FAQ only")],
        "captcha": [M("apply.html", '<div class="frc-captcha"')],
        "account_required": [Q("apply.html", "no account is needed")],
        "registration_form": [N("12 fields: camper name, birth date, school, T-shirt select, parent name, phone, e-mail, district select, drone checkbox, health textarea, photo checkbox, rules checkbox; required: 4 marked (cannot be left blank) + e-mail + rules (required attr) = 6", "apply.html"),
                              Q("apply.html", "Date of birth (cannot be left blank)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("apply.html", "The camp is for young people of ages 12 to 16.")],
        "accessibility_statement": [Q("access.html", "The lab is on the ground floor with step-free access for wheelchair users")],
        "access_services": [Q("access.html", "step-free access for wheelchair users", "wheelchair_access")],
        "videos_without_captions": [M("index.html", 'src="media/robot-demo.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
