from lib import mk, Q, M, N, entry

NAV = [("index.html", "Home"), ("register.html", "Register"), ("passes.html", "Passes"), ("agenda.html", "Agenda"), ("exhibit.html", "Exhibit"),
       ("pitch.html", "Pitch competition"), ("travel.html", "Travel & hotels"), ("careers.html", "Careers")]
s = mk("west-africa-fintech-summit-accra", "West Africa Fintech Summit", "en", "#e65100", "WF", NAV,
       foot={"en": "<p>West Africa Fintech Summit · delegates@wafintech.example.com.gh · Accra</p>"})

s.page("index.html", "West Africa Fintech Summit 2027 — Accra", """
<h1>West Africa Fintech Summit 2027</h1>
<p>Two days at the Labadi conference centre (Accra, 3–4 November) on mobile money interoperability, open banking and cross-border payments in ECOWAS.</p>
<section lang="fr"><h2>Pour les délégués francophones</h2>
<p>Le sommet accueille chaque année des banques, des régulateurs et des jeunes entreprises du Sénégal, de Côte d'Ivoire, du Togo et du Bénin.
Les sessions principales sont en anglais ; un espace de réseautage francophone est prévu le deuxième jour, avec des rencontres entre
investisseurs et porteurs de projets.</p></section>
<p><a href="@passes.html">See passes</a> · <a href="@register.html">Register</a></p>
""")

s.page("passes.html", "Passes", """
<h1>Delegate passes</h1>
<table><tr><th>Pass</th><th>Ghana residents</th><th>International</th></tr>
<tr><td>Full delegate (2 days)</td><td>GH₵ 1,200</td><td>USD 150</td></tr>
<tr><td>Student delegate (with valid ID)</td><td>GH₵ 400</td><td>USD 50</td></tr>
<tr><td>Virtual pass (livestream of the main stage, viewing only)</td><td colspan="2">USD 40</td></tr></table>
<p>Payment by card or mobile money at registration.</p>
""")

s.page("register.html", "Register", """
<h1>Register</h1>
<form action="@register.html" method="post">
  <label for="fn">Full name</label><input type="text" id="fn" name="full_name" required>
  <label for="em">Email</label><input type="email" id="em" name="email" required>
  <label for="ph">Mobile number</label><input type="tel" id="ph" name="phone" required>
  <label for="co">Company / institution</label><input type="text" id="co" name="company" required>
  <label for="role">Job title</label><input type="text" id="role" name="job_title">
  <fieldset><legend>Pass</legend>
    <input type="radio" id="p1" name="pass" value="full" required><label for="p1">Full delegate</label>
    <input type="radio" id="p2" name="pass" value="student"><label for="p2">Student</label>
    <input type="radio" id="p3" name="pass" value="virtual"><label for="p3">Virtual</label></fieldset>
  <label for="card">Card number</label><input type="text" id="card" name="card_number" inputmode="numeric" required>
  <label for="exp">Expiry (MM/YY)</label><input type="text" id="exp" name="card_expiry" required>
  <input type="hidden" name="utm" value="site">
  <div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
  <button type="submit">Pay and register</button>
</form>
<p>Delegates must be 18 or older.</p>
""")

s.page("agenda.html", "Agenda", """
<h1>Agenda</h1><ul><li>Pricing cross-border transfers: who pays?</li><li>Registration of payment service providers</li><li>Language and trust in USSD menus</li></ul>
""")
s.page("exhibit.html", "Exhibit", """
<h1>Exhibit and sponsor</h1><p>Exhibition booth (3 m × 3 m): USD 3,000. Headline sponsor package: USD 25,000, includes ten delegate passes.</p>
""")
s.page("pitch.html", "Pitch competition", """
<h1>Pitch competition</h1><p>Ten start-ups pitch on day two. First prize: USD 10,000; runner-up: GH₵ 50,000.</p>
""")
s.page("travel.html", "Travel & hotels", """
<h1>Travel and hotels</h1><p>Partner hotel rate: GH₵ 1,850 per night. Airport taxi about GH₵ 150. Reference rate: USD 1 = GH₵ 15.20. Ghana visa on arrival: USD 150.</p>
""")
s.page("careers.html", "Careers", """
<h1>Careers at our partners</h1><p>Senior backend engineer, Accra — GH₵ 25,000 per month. Compliance analyst — GH₵ 14,000 per month.</p>
""")

ENTRY = entry(s, name="West Africa Fintech Summit (West African fintech summit)",
    languages=["en", "fr"], fees=[(1200, "GHS"), (150, "USD"), (400, "GHS"), (50, "USD"), (40, "USD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["recaptcha"], account_required=False,
    registration_form=(8, 7, ["phone", "affiliation", "payment"]), min_age=18, accessibility_statement=False,
    participation_pages=["index.html", "passes.html", "register.html"],
    evidence={
        "languages": [Q("index.html", "Two days at the Labadi conference centre"),
                      M("index.html", '<section lang="fr"><h2>Pour les délégués francophones</h2>', "a French section of a full paragraph")],
        "un_languages": [N("en and fr")],
        "fees": [Q("passes.html", "Full delegate (2 days) GH₵ 1,200 USD 150"), Q("passes.html", "Student delegate (with valid ID) GH₵ 400 USD 50"),
                 Q("passes.html", "Virtual pass (livestream of the main stage, viewing only) USD 40", "paid virtual pass is a fee"),
                 Q("exhibit.html", "Exhibition booth (3 m × 3 m): USD 3,000.", "exhibition/sponsor, not a fee"),
                 Q("pitch.html", "First prize: USD 10,000", "prize, not a fee"),
                 Q("travel.html", "Partner hotel rate: GH₵ 1,850 per night.", "hotel, taxi, exchange rate, visa — not fees; the visa fee USD 150 equals a ticket price but is not one"),
                 Q("careers.html", "GH₵ 25,000 per month", "salary, not a fee")],
        "free_option": [N("fees are stated and nothing is free (everyone pays, not said outright)")],
        "fee_support": [Q("passes.html", "Student delegate (with valid ID) GH₵ 400", "reduced student rate")],
        "remote_participation": [Q("passes.html", "livestream of the main stage, viewing only", "watch-only")],
        "captcha": [M("register.html", '<div class="g-recaptcha" data-sitekey=')],
        "account_required": [N("no account or login")],
        "registration_form": [N("8 fields: full name, email, mobile, company, job title, pass (radio group), card number, expiry; "
                                "7 with the required attribute (not job title); sensitive phone, affiliation (company/institution), payment "
                                "(card). The hidden input does not count.", "register.html")],
        "registration_host": [N("native form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("register.html", "Delegates must be 18 or older.")],
        "accessibility_statement": [N("nothing about accessibility")],
        "access_services": [N("none")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
