from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Register"), ("faq.html", "FAQ"),
       ("access.html", "Access"), ("sponsors.html", "Sponsors"), ("travel.html", "Getting here"), ("shop.html", "Supplies")]
s = mk("st-thomas-shelter-managers-training", "St Thomas Community Shelter Managers' Training", "en-JM", "#1d7a3a", "SM", NAV,
       foot={"en-JM": "<p>East Coast Community Resilience Network (fictional), 14 Queen Street, Morant Bay. <a href=\"mailto:training@eastcoast-resilience.example.jm\">training@eastcoast-resilience.example.jm</a></p>"})
placeholder_media(s, "media/drill-2026.mp4")
s.page("index.html", "Community Shelter Managers' Training 2027", """
<h1>Community Shelter Managers' Training 2027</h1>
<p>Wah gwaan! Before each hurricane season, church halls and schools across St Thomas open as emergency shelters. This two-day training, on 22 and 23 May 2027 at the Morant Bay Parish Church hall, prepares the volunteers who run them: registering evacuees, managing water and food, keeping records and looking after people with disabilities and older residents.</p>
""" + video("media/drill-2026.mp4") + """
<p>See <a href="@fees.html">fees</a>, <a href="@register.html">register</a> or read the <a href="@report-2026.html">2026 training report</a>.</p>
""")
s.page("fees.html", "Fees", """
<h1>Fees</h1>
<table><caption>Training fees (Jamaican dollars)</caption>
<tr><th>Category</th><th>Fee</th></tr>
<tr><td>Standard (agencies, businesses, churches)</td><td>J$8,500</td></tr>
<tr><td>Youth (aged 18 to 24)</td><td>J$4,000</td></tr>
<tr><td>Volunteers of community disaster committees</td><td>No charge</td></tr>
</table>
<p>Lunch and the shelter manager's handbook are included.</p>
""")
s.page("register.html", "Register", """
<h1>Register</h1>
<form action="@register.html" method="post">
""" + fld("name", "Full name (to be filled)") + fld("trn", "TRN (to be filled)") + fld("dob", "Date of birth", "date")
  + fld("phone", "Phone (to be filled)", "tel") + fld("email", "Email (to be filled)", "email")
  + fld("org", "Organisation or community group") + fld("parish", "Parish", "select", opts=["St Thomas", "Portland", "St Andrew", "Other"])
  + radios("ticket", "Ticket type (to be filled)", ["Standard", "Youth", "Disaster committee volunteer"])
  + fld("diet", "Dietary needs", "textarea") + fld("consent", "I agree to the code of conduct", "checkbox", req=True) + """
<div class="frc-captcha" data-sitekey="FCMSTTHOMAS"></div>
<button type="submit">Send registration</button>
</form>
<p>Participants must be eighteen years of age or older.</p>
""")
s.page("faq.html", "FAQ", """
<h1>Frequently asked questions</h1>
<details open><summary>Can I join from Portland or St Mary?</summary><p>Yes. Remote participants join on Zoom and can ask the trainers questions live.</p></details>
<details open><summary>Is there help with costs?</summary><p>Young people pay the youth rate, and committee volunteers pay nothing.</p></details>
<details open><summary>Do I need an account?</summary><p>No, just fill in the registration form.</p></details>
""")
s.page("access.html", "Access", """
<h1>Access</h1>
<p>The church hall is wheelchair accessible, with a ramp at the side entrance and an accessible toilet.</p>
<p>Jamaican Sign Language (JSL) interpreters will be present both days, and all sessions have live captioning (CART).</p>
<p>Tell us about any other needs: <a href="mailto:access@eastcoast-resilience.example.jm">access@eastcoast-resilience.example.jm</a></p>
""")
s.page("sponsors.html", "Sponsors", """
<h1>Sponsors</h1>
<p>Shelter sponsor package: J$250,000. Our partner hotel in Morant Bay offers rooms at US$95 a night.</p>
""")
s.page("travel.html", "Getting here", """
<h1>Getting here</h1>
<p>Route taxi from Yallahs: J$350. Coaster bus from Half-Way-Tree: J$600.</p>
""")
s.page("shop.html", "Supplies", """
<h1>Shelter supplies</h1>
<p>Portable generator: J$145,000. Shelter first-aid kit: J$12,000.</p>
""")
ENTRY = entry(s, name="St Thomas community shelter managers' training 2027 (community resilience network, Morant Bay, Jamaica)",
    languages=["en"], fees=[(8500, "JMD"), (4000, "JMD")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(10, 6, ["id_document", "birth_date", "phone", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "cart"], videos_without_captions=1,
    participation_pages=["index.html", "fees.html", "register.html", "faq.html", "access.html"],
    deliberate_404=["report-2026.html"],
    evidence={
        "languages": [Q("index.html", "This two-day training"), Q("index.html", "Wah gwaan!", "Patois greeting: not content, not listable")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "J$8,500", "8500 JMD"), Q("fees.html", "J$4,000", "4000 JMD youth"),
                 Q("sponsors.html", "Shelter sponsor package: J$250,000.", "sponsor and hotel (USD): not fees"),
                 Q("travel.html", "Route taxi from Yallahs: J$350.", "fares: not fees"), Q("shop.html", "Portable generator: J$145,000.", "goods: not fees")],
        "free_option": [Q("fees.html", "Volunteers of community disaster committees", "row: No charge")],
        "fee_support": [Q("fees.html", "Youth (aged 18 to 24)", "youth rate below standard")],
        "remote_participation": [Q("faq.html", "Yes. Remote participants join on Zoom and can ask the trainers questions live.")],
        "captcha": [M("register.html", '<div class="frc-captcha"')],
        "account_required": [Q("faq.html", "No, just fill in the registration form.")],
        "registration_form": [N("10 fields (name, TRN, birth date, phone, email, organisation, parish select, ticket radio, dietary textarea, consent checkbox); required: 5 marked (to be filled) + consent = 6", "register.html"),
                              Q("register.html", "TRN (to be filled)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", "Participants must be eighteen years of age or older.")],
        "accessibility_statement": [Q("access.html", "The church hall is wheelchair accessible, with a ramp at the side entrance and an accessible toilet.")],
        "access_services": [Q("access.html", "The church hall is wheelchair accessible", "wheelchair_access"),
                            Q("access.html", "Jamaican Sign Language (JSL) interpreters will be present both days", "sign_language"),
                            Q("access.html", "all sessions have live captioning (CART)", "cart only")],
        "videos_without_captions": [M("index.html", 'src="media/drill-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
