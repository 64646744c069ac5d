from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt
NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Register"), ("online.html", "Join online"),
       ("access.html", "Access"), ("sponsors.html", "Sponsors"), ("travel.html", "Travel and stay"), ("jobs.html", "Jobs")]
s = mk("zambezi-disability-rights-youth-summit-livingstone", "Zambezi Disability Rights Youth Summit 2027", "en-ZM", "#00695c", "ZY", NAV,
       foot={"en-ZM": "<p>Zambezi Youth Disability Network — summit@zydn.example.zm</p>"})
placeholder_media(s, "media/voices.mp4")
vtt(s, "media/voices-en.vtt", "Young leaders speak about inclusion")
s.page("index.html", "Zambezi Disability Rights Youth Summit", """
<h1>Zambezi Disability Rights Youth Summit 2027</h1>
<p>Mwapoleni mukwai! For three days in August, young disabled leaders, self-advocates and allies meet in Livingstone to share campaign strategies, learn about the disability law and plan action in their districts.</p>
<p>Read about <a href="@fees.html">fees and bursaries</a>, <a href="@register.html">create your summit account</a> or <a href="@online.html">join online</a>.</p>
""" + video("media/voices.mp4", track="media/voices-en.vtt", label="English") + """
<section lang="ny">
<h2>M'Chinyanja</h2>
<p>Msonkhano wa achinyamata olumala udzachitikira ku Livingstone kwa masiku atatu mu mwezi wa Ogasiti. Achinyamata adzaphunzira za malamulo a ufulu wa anthu olumala ndi kukonzekera ntchito m'madera awo.</p>
</section>
""")
s.page("fees.html", "Fees and bursaries", """
<h1>Fees and bursaries</h1>
<ul>
<li>Delegate (three days, meals included): K350</li>
<li>Students: K150</li>
<li>Online delegate: ZMW 100</li>
</ul>
<p>Youth delegates of member organisations of persons with disabilities attend free of charge.</p>
<p>Travel bursaries cover the bus fare for delegates from rural districts; apply when you register.</p>
""")
s.page("register.html", "Register", """
<h1>Create your summit account</h1>
<p>Registration is done by creating an account on the summit portal. Fields marked (required) must be filled in.</p>
<form action="@register.html" method="post">
""" + fld("fullname", "Full name (required)") + fld("email", "E-mail (required)", "email")
  + fld("pw", "Password (required)", "password") + fld("pw2", "Confirm password (required)", "password")
  + fld("phone", "Mobile number (required)", "tel") + fld("nrc", "NRC number (required)")
  + fld("org", "Organisation") + fld("dtype", "Type of disability (optional)", "select", opts=["Prefer not to say", "Physical", "Visual", "Hearing", "Intellectual", "Psychosocial", "None"])
  + fld("need1", "I need a Zambian Sign Language interpreter", "checkbox") + fld("need2", "I need real-time captioning", "checkbox")
  + fld("need3", "I will bring a personal assistant", "checkbox")
  + fld("consent", "I agree to the code of conduct (required)", "checkbox") + """
<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
<button type="submit">Create account</button>
</form>
<h2>Already registered?</h2>
<form action="@register.html" method="post">
""" + fld("login-email", "E-mail", "email") + fld("login-pw", "Password", "password") + """
<button type="submit">Log in</button>
</form>
""")
s.page("online.html", "Join online", """
<h1>Join online</h1>
<p>Online delegates follow the plenaries on Zoom and put their questions to the panel live, by voice or in the chat.</p>
""")
s.page("access.html", "Access", """
<h1>Access at the summit</h1>
<p>The summit is for young people aged 18 to 35.</p>
<p>The conference centre is step-free with wheelchair-accessible toilets and rooms.</p>
<p>All plenaries have Zambian Sign Language interpreters and real-time captioning (CART).</p>
<p>Please note that there is no crèche at the venue.</p>
<p>Tell us your access needs at access@zydn.example.zm.</p>
""")
s.page("sponsors.html", "Sponsors", """
<h1>Sponsors</h1>
<p>Gold partner package: K40,000. Exhibition table: K2,500.</p>
""")
s.page("travel.html", "Travel and stay", """
<h1>Travel and stay</h1>
<p>Lodge rooms near the centre from K650 a night. Bus from Lusaka: K280 one way.</p>
""")
s.page("jobs.html", "Jobs", """
<h1>Jobs</h1>
<p>Programme officer, inclusive education, K12,000 per month.</p>
""")
ENTRY = entry(s, name="Zambezi Disability Rights Youth Summit 2027 (youth disability network, Livingstone)",
    languages=["en", "ny"], fees=[(350, "ZMW"), (150, "ZMW"), (100, "ZMW")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"],
    account_required=True, registration_form=(12, 7, ["phone", "id_document", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "cart"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "online.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "young disabled leaders, self-advocates and allies meet in Livingstone"),
                      M("index.html", '<section lang="ny">', "Chichewa/Nyanja section with lang"),
                      Q("index.html", "Msonkhano wa achinyamata olumala udzachitikira ku Livingstone"),
                      Q("index.html", "Mwapoleni mukwai!", "Bemba greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Delegate (three days, meals included): K350", "350 ZMW"), Q("fees.html", "Students: K150", "150 ZMW"),
                 Q("fees.html", "Online delegate: ZMW 100", "online with live questions: 100 ZMW"),
                 Q("sponsors.html", "Gold partner package: K40,000. Exhibition table: K2,500.", "sponsor and table: not fees"),
                 Q("travel.html", "Lodge rooms near the centre from K650 a night. Bus from Lusaka: K280 one way.", "lodging and bus: not fees"),
                 Q("jobs.html", "Programme officer, inclusive education, K12,000 per month.", "salary: not a fee")],
        "free_option": [Q("fees.html", "Youth delegates of member organisations of persons with disabilities attend free of charge.")],
        "fee_support": [Q("fees.html", "Travel bursaries cover the bus fare for delegates from rural districts"), Q("fees.html", "Students: K150", "student rate")],
        "remote_participation": [Q("online.html", "Online delegates follow the plenaries on Zoom and put their questions to the panel live")],
        "captcha": [M("register.html", '<div class="cf-turnstile"')],
        "account_required": [Q("register.html", "Registration is done by creating an account on the summit portal.")],
        "registration_form": [N("12 fields (name, e-mail, password, confirmation, mobile, NRC, organisation, disability-type select, three access-needs checkboxes, code-of-conduct checkbox); 7 marked (required); sensitive phone, id_document (NRC), affiliation; the login form is not it", "register.html"),
                              Q("register.html", "NRC number (required)")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online portal")],
        "min_age": [Q("access.html", "The summit is for young people aged 18 to 35.")],
        "accessibility_statement": [Q("access.html", "The conference centre is step-free with wheelchair-accessible toilets and rooms.")],
        "access_services": [Q("access.html", "step-free with wheelchair-accessible toilets", "wheelchair_access"),
                            Q("access.html", "All plenaries have Zambian Sign Language interpreters and real-time captioning (CART).", "sign_language; CART named: cart only"),
                            Q("access.html", "Please note that there is no crèche at the venue.", "negation: no childcare")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/voices-en.vtt"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
