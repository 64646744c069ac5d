from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
S = "apia-youth-climate-voices-summit"
NAV = [("index.html", "Summit"), ("fees.html", "Fees"), ("register.html", "Register"), ("online.html", "Joining from Savai'i"),
       ("access.html", "Access"), ("partners.html", "Partners"), ("travel.html", "Travel"), ("news.html", "News")]
s = mk(S, "Youth Climate Voices Summit, Apia", "en-WS", "#1d6f42", "YCV", NAV,
       foot={"en-WS": '<p>National Youth Climate Network, Beach Road, Apia — summit@youthclimate.example.ws</p>'},
       newsletter={"en-WS": ("Summit updates by e-mail", "Sign up")})
placeholder_media(s, "media/talanoa.mp4")
s.page("index.html", "Youth Climate Voices Summit 2027", """
<h1>Youth Climate Voices Summit 2027</h1>
<p>Three days in Apia for young people from every district to put their questions on sea-level rise, water and cyclone recovery to ministers, and to agree a youth statement for the Pacific Islands Forum.</p>
<ul>
<li><a href="@fees.html">What it costs</a></li>
<li><a href="@register.html">Delegate registration</a></li>
<li><a href="@online.html">Taking part from Savai'i</a></li>
<li><a href="@access.html">Access and support</a></li>
</ul>
""" + video("media/talanoa.mp4") + """
<section lang="sm">
<h2>Fa'amatalaga i le gagana Samoa</h2>
<p>O le fonotaga a le autalavou e uiga i suiga o le tau o le a faia i Apia mo aso e tolu. E mafai e tupulaga mai nu'u uma ona auai ma fa'asoa o latou manatu.</p>
<p>O le totogi mo sui auai e WS$80 tala; mo tamaiti a'oga e WS$40 tala. O sui filifilia e le aumaga po'o le aualuma e le totogia.</p>
</section>
""")
s.page("fees.html", "Fees", """
<h1>What it costs</h1>
<table>
<tr><th>Category</th><th>Registration</th></tr>
<tr><td>Delegate</td><td>WS$80</td></tr>
<tr><td>Secondary-school students</td><td>WS$40</td></tr>
<tr><td>Observers from NGOs, churches and agencies</td><td>WS$150</td></tr>
</table>
<p>Delegates nominated by a village youth group (aumaga or aualuma) register at no cost.</p>
<p>Ferry fares from Savai'i are reimbursed for nominated delegates on showing the ticket.</p>
""")
s.page("register.html", "Register", """
<h1>Delegate registration</h1>
<p>The summit is open to young people aged 15 to 24; observers may be any age.</p>
<form action="@register.html" method="post">
""" + fld("name", "Full name (needed)") + fld("dob", "Date of birth (needed)", "date") +
fld("idno", "Passport or national ID number") + fld("mobile", "Mobile number (needed)", "tel") +
fld("email", "Email", "email") + fld("group", "Village youth group or school") +
fld("island", "Island", "select", opts=["Upolu", "Savai'i", "Manono", "Apolima"]) +
radios("type", "Registration type", ["Delegate", "Secondary-school student", "Observer"], req=True) +
fld("why", "Why do you want to take part?", "textarea") + fld("veg", "I need a vegetarian lunch", "checkbox") +
fld("parent", "A parent or guardian agrees (under 18s)", "checkbox") + """
<div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
<button type="submit">Send registration</button>
</form>
""")
s.page("online.html", "Joining from Savai'i", """
<h1>Taking part from Savai'i</h1>
<p>Delegates on Savai'i who cannot cross can join the youth plenary over Zoom and speak in the caucus rounds like everyone in the hall.</p>
""")
s.page("access.html", "Access", """
<h1>Access and support</h1>
<p>The conference hall is step-free, with a ramp at the side entrance.</p>
<p>Samoan sign language interpreters work at every plenary, and live captions run on the main screen.</p>
<p>Tell us what you need: access@youthclimate.example.ws</p>
""")
s.page("partners.html", "Partners", """
<h1>Partners</h1>
<p>Summit partner package: WS$5,000, with a stand in the foyer.</p>
""")
s.page("travel.html", "Travel", """
<h1>Travel</h1>
<p>Ferry Salelologa–Mulifanua: WS$15 each way.</p>
<p>Guests from Tonga: return flights cost about T$420.</p>
<p>Hotels near the hall start at WS$180 a night.</p>
""")
s.page("news.html", "News", """
<h1>News</h1>
<p>Last year's youth statement was presented to the Prime Minister.</p>
<p><a href="@statement-2026.html">Read the 2026 statement</a></p>
""")
ENTRY = entry(s, name="Youth Climate Voices Summit 2027 (national youth climate network, Apia, Samoa)",
    languages=["en", "sm"], fees=[(80, "WST"), (40, "WST"), (150, "WST")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(11, 4, ["birth_date", "id_document", "phone", "affiliation"]), min_age=15,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "online.html", "access.html"],
    deliberate_404=["statement-2026.html"],
    evidence={
        "languages": [Q("index.html", "Three days in Apia for young people from every district"),
                      M("index.html", '<section lang="sm">', "Samoan section, two paragraphs"),
                      Q("index.html", "O le fonotaga a le autalavou e uiga i suiga o le tau")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Delegate WS$80", "80 WST"), Q("fees.html", "Secondary-school students WS$40", "40 WST"),
                 Q("fees.html", "Observers from NGOs, churches and agencies WS$150", "150 WST"),
                 Q("index.html", "O le totogi mo sui auai e WS$80 tala", "Samoan restatement: no new entry"),
                 Q("partners.html", "WS$5,000", "sponsor: not a fee"),
                 Q("travel.html", "T$420", "TOP flight, ferry, hotel: not fees")],
        "free_option": [Q("fees.html", "Delegates nominated by a village youth group (aumaga or aualuma) register at no cost.")],
        "fee_support": [Q("fees.html", "Ferry fares from Savai'i are reimbursed for nominated delegates"),
                        Q("fees.html", "Secondary-school students WS$40", "student rate below 80")],
        "remote_participation": [Q("online.html", "can join the youth plenary over Zoom and speak in the caucus rounds")],
        "captcha": [M("register.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields: name, birth date, passport/ID, mobile, email, youth group/school, island select, type radio, why textarea, vegetarian checkbox, parent checkbox; required: 3 marked (needed) + radio (required attr) = 4", "register.html"),
                              Q("register.html", "Date of birth (needed)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", "The summit is open to young people aged 15 to 24")],
        "accessibility_statement": [Q("access.html", "The conference hall is step-free, with a ramp at the side entrance.")],
        "access_services": [Q("access.html", "The conference hall is step-free, with a ramp at the side entrance.", "wheelchair_access"),
                            Q("access.html", "Samoan sign language interpreters work at every plenary", "sign_language"),
                            Q("access.html", "live captions run on the main screen", "captions")],
        "videos_without_captions": [M("index.html", 'src="media/talanoa.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
