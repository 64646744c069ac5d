"""International conference on community-led climate adaptation (Dhaka): en-BD, Bengali section."""
from lib import mk, placeholder_media, video, Q, M, N, entry

SLUG = "community-led-adaptation-conference-dhaka"
NAV = [("index.html", "Home"), ("programme.html", "Programme"), ("fees.html", "Fees"), ("register.html", "Register"),
       ("online.html", "Join online"), ("access.html", "Access"),
       ("travel.html", "Travel"), ("sponsors.html", "Sponsors"), ("jobs.html", "Jobs")]
FOOT = ('<p>Organised by the Delta Adaptation Research Centre (fictional), Dhanmondi, Dhaka · '
        '<a href="mailto:cla2027@darc.example.org">cla2027@darc.example.org</a></p>')
s = mk(SLUG, "CLA 2027 — Community-Led Adaptation Conference", "en-BD", "#2f7d32", "CLA", NAV, foot={"en-BD": FOOT})
placeholder_media(s, "media/char-islands.mp4")
placeholder_media(s, "media/cla2026-closing.mp4")

s.page("index.html", "CLA 2027 — Community-Led Adaptation Conference, Dhaka", """
<h1>CLA 2027: Community-Led Adaptation Conference</h1>
<p>14–16 February 2027 · Dhaka and online</p>
<p>Farmers' groups, women-led cooperatives, local governments, researchers and funders meet to share what works
when communities lead their own adaptation to floods, salinity and heat. This year's theme: money that reaches the
last mile.</p>
<p><a href="@fees.html">Fees</a> · <a href="@register.html">Register</a> · <a href="@online.html">Join online</a> ·
<a href="@access.html">Access</a></p>
<section lang="bn">
<h2>বাংলায়</h2>
<p>কমিউনিটি-নেতৃত্বাধীন অভিযোজন সম্মেলন ২০২৭ ঢাকায় ১৪–১৬ ফেব্রুয়ারি অনুষ্ঠিত হবে। বাংলাদেশি অংশগ্রহণকারীদের নিবন্ধন
ফি ৫,০০০ টাকা এবং শিক্ষার্থীদের জন্য ২,৫০০ টাকা। তৃণমূল পর্যায়ের কর্মীদের জন্য ভ্রমণ বৃত্তি রয়েছে। সব প্লেনারি অধিবেশনে
বাংলা–ইংরেজি দোভাষী এবং বাংলা ইশারা ভাষার দোভাষী থাকবেন।</p>
</section>
<h2>Film: life on the char islands</h2>
""" + video("media/char-islands.mp4") + """
<h2>Closing plenary of CLA 2026</h2>
""" + video("media/cla2026-closing.mp4") + """
""")

s.page("fees.html", "Fees", """
<h1>Registration fees</h1>
<table>
  <tr><th>Category</th><th>In-person</th></tr>
  <tr><td>Participants based in Bangladesh</td><td>৳ 5,000</td></tr>
  <tr><td>Students based in Bangladesh</td><td>Tk 2,500</td></tr>
  <tr><td>International participants</td><td>USD 250</td></tr>
  <tr><td>International students</td><td>US$ 120</td></tr>
</table>
<p>Virtual pass (all plenaries and online sessions): USD 60.</p>
<p>There are no complimentary registrations: speakers and session organisers also register and pay the fee of
their category. Grassroots practitioners can apply for a <a href="@bursaries.html">travel bursary</a>.</p>
""")

s.page("bursaries.html", "Travel bursaries", """
<h1>Travel bursaries</h1>
<p>Thanks to our funders, forty travel bursaries of up to USD 1,000 are available for grassroots practitioners and
community leaders from least developed countries. Bursaries cover the flight and four nights in the conference
hotel; bursary holders pay the registration fee of their category. Apply by 15 November with a one-page description of your community's work.</p>
""")

s.page("register.html", "Register", """
<h1>Register</h1>
<p>Registration runs through the conference portal: create your account below, then choose your category and pay
by card or bKash. Already have an account? Log in.</p>
<h2>Create an account</h2>
<p>Fields marked (mandatory) must be filled in.</p>
<form action="@register.html" method="post">
  <label for="nm">Full name (mandatory)</label><input type="text" id="nm" name="name">
  <label for="em">Email (mandatory)</label><input type="email" id="em" name="email">
  <label for="pw">Password (mandatory)</label><input type="password" id="pw" name="password">
  <label for="pw2">Confirm password (mandatory)</label><input type="password" id="pw2" name="password2">
  <label for="ct">Country of residence</label>
  <select id="ct" name="country"><option>Bangladesh</option><option>India</option><option>Nepal</option><option>Kenya</option><option>Other</option></select>
  <label for="org">Organisation (mandatory)</label><input type="text" id="org" name="organisation">
  <label for="jt">Job title</label><input type="text" id="jt" name="job_title">
  <label for="mob">Mobile number</label><input type="tel" id="mob" name="mobile">
  <label for="cat">Participant category (mandatory)</label>
  <select id="cat" name="category"><option>Bangladesh</option><option>Bangladesh student</option><option>International</option><option>International student</option><option>Virtual</option></select>
  <div class="check"><input type="checkbox" id="tc" name="terms"> <label for="tc">I accept the terms and the privacy policy (mandatory)</label></div>
  <div class="g-recaptcha" data-sitekey="6Lc-darc-example"></div>
  <button type="submit">Create account</button>
</form>
<h2>Log in</h2>
<form action="@register.html" method="post">
  <label for="lem">Email</label><input type="email" id="lem" name="login_email">
  <label for="lpw">Password</label><input type="password" id="lpw" name="login_password">
  <button type="submit">Log in</button>
</form>
""")

s.page("online.html", "Join online", """
<h1>Join online</h1>
<p>Virtual delegates follow every plenary on Zoom, put questions to the speakers through the Q&amp;A panel, and can
present in the online poster gallery with a live ten-minute discussion slot.</p>
<p>The virtual pass is bought through the same portal account (see <a href="@fees.html">fees</a>).</p>
""")

s.page("access.html", "Access", """
<h1>Access and inclusion</h1>
<ul>
  <li>Live captioning (CART) in English for all plenaries, in the hall and on Zoom.</li>
  <li>Bangla Sign Language interpretation in all plenaries.</li>
  <li>Simultaneous interpretation Bangla–English in the main hall.</li>
  <li>The venue is step-free and wheelchair accessible, including the stage and the poster hall.</li>
</ul>
<p>For other access needs, contact our access team at access@darc.example.org before 31 January.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme highlights</h1>
<ul>
  <li>Loss and damage: where is the USD 100 billion?</li>
  <li>Sign language in cyclone early-warning messages</li>
  <li>Women aged over 60 and heat: a study from Rajshahi</li>
</ul>
""")

s.page("travel.html", "Travel", """
<h1>Travel and hotels</h1>
<p>Conference hotel rate: BDT 9,500 per night. A CNG auto-rickshaw from the airport to Dhanmondi costs around Tk 600.
Visa on arrival for eligible nationalities: USD 51.</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsorship</h1>
<p>Lead sponsor USD 15,000 · Session sponsor USD 5,000 · Exhibition table ৳ 60,000.</p>
""")

s.page("jobs.html", "Jobs", """
<h1>Jobs</h1>
<p>Research Officer, community adaptation (Khulna), BDT 60,000 per month. Apply by 10 January.</p>
""")

ENTRY = entry(
    s, name="CLA 2027 Community-Led Adaptation Conference (research centre, Dhaka)",
    languages=["en", "bn"], fees=[(5000, "BDT"), (2500, "BDT"), (250, "USD"), (120, "USD"), (60, "USD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["recaptcha"], account_required=True,
    registration_form=(10, 7, ["affiliation", "phone"]), min_age=None, accessibility_statement=True,
    access_services=["cart", "sign_language", "interpretation", "wheelchair_access"], videos_without_captions=2,
    pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "online.html", "bursaries.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "Farmers' groups, women-led cooperatives, local governments"),
                      Q("index.html", "কমিউনিটি-নেতৃত্বাধীন অভিযোজন সম্মেলন ২০২৭ ঢাকায়", "Bengali section")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "৳ 5,000"), Q("fees.html", "Tk 2,500", "BDT"), Q("fees.html", "USD 250"),
                 Q("fees.html", "US$ 120"), Q("fees.html", "Virtual pass (all plenaries and online sessions): USD 60."),
                 Q("index.html", "ফি ৫,০০০ টাকা এবং শিক্ষার্থীদের জন্য ২,৫০০ টাকা", "same fees in Bengali digits, no new entry"),
                 Q("bursaries.html", "travel bursaries of up to USD 1,000", "bursary, not a fee"),
                 Q("travel.html", "Conference hotel rate: BDT 9,500 per night.", "hotel, CNG, visa: not fees"),
                 Q("sponsors.html", "Exhibition table ৳ 60,000.", "sponsor/exhibitor"),
                 Q("jobs.html", "BDT 60,000 per month", "salary"),
                 Q("programme.html", "Loss and damage: where is the USD 100 billion?", "talk title")],
        "free_option": [Q("fees.html", "There are no complimentary registrations: speakers and session organisers also register and pay"),
                        Q("bursaries.html", "bursary holders pay the registration fee of their category.", "bursaries do not waive the fee")],
        "fee_support": [Q("bursaries.html", "Bursaries cover the flight and four nights in the conference hotel"),
                        Q("fees.html", "Students based in Bangladesh", "student rate")],
        "remote_participation": [Q("online.html", "put questions to the speakers through the Q&A panel")],
        "captcha": [M("register.html", '<div class="g-recaptcha"')],
        "account_required": [Q("register.html", "Registration runs through the conference portal: create your account below")],
        "registration_form": [N("account sign-up form, 10 fields: name, e-mail, password, confirmation, country select, "
                                "organisation, job title, mobile, category select, terms checkbox. Required ((mandatory)): "
                                "name, e-mail, password, confirmation, organisation, category, terms = 7. Sensitive: "
                                "affiliation, phone (country not sensitive). The login form is not counted.", "register.html")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit; 'women aged over 60' is a talk title", "programme.html")],
        "accessibility_statement": [Q("access.html", "For other access needs, contact our access team at access@darc.example.org")],
        "access_services": [Q("access.html", "Live captioning (CART) in English for all plenaries", "CART named: cart only"),
                            Q("access.html", "Bangla Sign Language interpretation in all plenaries."),
                            Q("access.html", "Simultaneous interpretation Bangla–English in the main hall."),
                            Q("access.html", "The venue is step-free and wheelchair accessible")],
        "videos_without_captions": [M("index.html", 'src="media/char-islands.mp4">', "no track"),
                                    M("index.html", 'src="media/cla2026-closing.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
