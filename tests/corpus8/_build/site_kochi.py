"""Indian state-level Internet Governance Forum (Kerala), Kochi. English with a Malayalam section; nothing said
about the cost of taking part; rupee amounts with lakh separators as distractors."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Home"), ("programme.html", "Programme"), ("register.html", "Register"),
       ("fellowships.html", "Fellowships"), ("youth-igf.html", "Youth IGF"), ("remote.html", "Remote participation"),
       ("accessibility.html", "Accessibility"), ("travel.html", "Travel &amp; stay"), ("partners.html", "Partners")]
s = mk("kerala-internet-governance-forum-kochi", "Kerala Internet Governance Forum 2027", "en-IN", "#2e7d32", "KIGF", NAV,
       foot={"en-IN": '<p>Kerala Internet Governance Forum · Secretariat c/o Digital Commons Kerala (fictitious), Kakkanad, '
                      'Kochi · secretariat@kigf.example.in</p><p><a href="@reports/kigf-2026-report.html">KIGF 2026 report</a></p>'})

s.page("index.html", "Kerala Internet Governance Forum 2027 — Kochi", """
<h1>Kerala Internet Governance Forum 2027</h1>
<p class="lead">Kochi · 8–9 October 2027 · Marine Drive Convention Hall</p>
<p>The Kerala IGF is the state's multistakeholder platform on internet policy. Government departments, internet
service providers, start-ups, civil society, academia and young people discuss connectivity in the high ranges and
coastal villages, digital public infrastructure, online safety and content in Indian languages, and feed their
messages into the India IGF.</p>
<p><a href="@register.html">Register</a> · <a href="@fellowships.html">Apply for a fellowship</a> · <a href="@remote.html">Join remotely</a></p>
<section>
  <h2>മലയാളം</h2>
  <p>കേരള ഇന്റർനെറ്റ് ഭരണ ഫോറം 2027 ഒക്ടോബർ 8, 9 തീയതികളിൽ കൊച്ചിയിൽ നടക്കും. സർക്കാർ, സ്വകാര്യ മേഖല, സിവിൽ സമൂഹം,
  അക്കാദമിക് സമൂഹം, യുവജനങ്ങൾ എന്നിവരുടെ പ്രതിനിധികൾ ഇന്റർനെറ്റ് നയത്തെക്കുറിച്ച് ചർച്ച ചെയ്യും. എല്ലാ പ്ലീനറി
  സെഷനുകളിലും മലയാളം–ഇംഗ്ലീഷ് വിവർത്തനം ലഭ്യമാണ്. രജിസ്ട്രേഷൻ ഫോം ഈ വെബ്സൈറ്റിൽ ലഭ്യമാണ്.</p>
</section>
""")

s.page("programme.html", "Programme — Kerala IGF 2027", """
<h1>Programme</h1>
<h2>Day 1</h2>
<ul>
  <li>Opening plenary: connecting the high ranges</li>
  <li>Right of way charges and licence fees: what they mean for local ISPs</li>
  <li>Registration of domain names in Malayalam script (IDNs)</li>
</ul>
<h2>Day 2</h2>
<ul>
  <li>Indian languages on the internet: beyond English and Hindi</li>
  <li>Youth IGF Kerala messages</li>
  <li>Closing plenary and KIGF messages</li>
</ul>
""")

s.page("register.html", "Register — Kerala IGF 2027", """
<h1>Register</h1>
<p>Registration is required for entry to the venue. Fields marked * are mandatory.</p>
<form action="@register.html" method="post">
  <label for="name">Full name *</label><input type="text" id="name" name="name" required>
  <label for="email">Email *</label><input type="email" id="email" name="email" required>
  <label for="mobile">Mobile number *</label><input type="tel" id="mobile" name="mobile" required>
  <label for="org">Organisation / institution *</label><input type="text" id="org" name="org">
  <label for="group">Stakeholder group *</label>
  <select id="group" name="group" required><option>Government</option><option>Private sector</option><option>Civil society</option>
    <option>Academia</option><option>Technical community</option><option>Student / youth</option></select>
  <fieldset><legend>Gender</legend>
    <input type="radio" id="g1" name="gender" value="f"> <label for="g1">Woman</label>
    <input type="radio" id="g2" name="gender" value="m"> <label for="g2">Man</label>
    <input type="radio" id="g3" name="gender" value="o"> <label for="g3">Another identity / prefer not to say</label>
  </fieldset>
  <label for="district">District</label>
  <select id="district" name="district"><option>Ernakulam</option><option>Thiruvananthapuram</option><option>Kozhikode</option><option>Idukki</option><option>Other</option></select>
  <div class="check"><input type="checkbox" id="youth" name="youth"> <label for="youth">I will attend the Youth IGF track</label></div>
  <div class="check"><input type="checkbox" id="consent" name="consent" required> <label for="consent">I agree to the privacy notice *</label></div>
  <div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-kigf2027demo"></div>
  <button type="submit">Register</button>
</form>
""")

s.page("fellowships.html", "Fellowships — Kerala IGF 2027", """
<h1>KIGF fellowships</h1>
<p>Thirty fellowships support young people, community network volunteers and women from rural districts to attend
the Forum in person. Fellows get their train or bus fares reimbursed up to ₹10,000 and two nights of shared
accommodation in Kochi.</p>
<p>Apply by 31 July with a 300-word statement to fellowships@kigf.example.in.</p>
""")

s.page("youth-igf.html", "Youth IGF — Kerala IGF 2027", """
<h1>Youth IGF Kerala</h1>
<p>The Youth IGF track on 9 October is open to participants aged 18 to 30. Young participants prepare the youth
messages that are presented at the closing plenary.</p>
<p>Tick "Youth IGF track" in the <a href="@register.html">registration form</a>.</p>
""")

s.page("remote.html", "Remote participation — Kerala IGF 2027", """
<h1>Remote participation</h1>
<p>All sessions are on Zoom. Remote participants can join the speaking queue and take the floor, and remote hubs in
Kozhikode and Kannur connect as groups.</p>
<h2>Recordings from KIGF 2026</h2>
""" + video("media/kigf-2026-opening.mp4") + "\n" + video("media/kigf-2026-youth.mp4") + "\n")
placeholder_media(s, "media/kigf-2026-opening.mp4")
placeholder_media(s, "media/kigf-2026-youth.mp4")

s.page("accessibility.html", "Accessibility — Kerala IGF 2027", """
<h1>Accessibility</h1>
<p>The Marine Drive Convention Hall is wheelchair accessible, with ramps, a lift and accessible toilets.</p>
<p>Indian Sign Language interpreters will be present at all plenary sessions.</p>
<p>Live captioning in English and Malayalam is provided in the main hall and on the Zoom stream.</p>
<p>Plenary sessions have Malayalam–English interpretation.</p>
<p>Please write to access@kigf.example.in about any other requirement.</p>
""")

s.page("travel.html", "Travel and stay — Kerala IGF 2027", """
<h1>Travel and stay</h1>
<ul>
  <li>Hotel Backwater Residency, Marine Drive — ₹4,500 per night</li>
  <li>Auto-rickshaw from Ernakulam Junction railway station: about Rs 150</li>
  <li>Kochi Metro, Aluva to Maharaja's College: ₹50</li>
</ul>
""")

s.page("partners.html", "Partners — Kerala IGF 2027", """
<h1>Partner with KIGF</h1>
<ul>
  <li>Platinum partner: ₹5,00,000</li>
  <li>Gold partner: Rs. 2,50,000</li>
  <li>Exhibition table: INR 25,000</li>
</ul>
""")

ENTRY = entry(
    s, name="Kerala Internet Governance Forum 2027 (Indian state-level IGF, Kochi)",
    languages=["en", "ml"], fees=[], free_option=None, fee_support=True, remote_participation=True,
    captcha=["hcaptcha"], account_required=False, registration_form=(9, 6, ["phone", "affiliation", "gender"]),
    registration_host=None, min_age=18, accessibility_statement=True,
    access_services=["captions", "interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=2, pdf_only_documents=False,
    participation_pages=["index.html", "register.html", "fellowships.html", "youth-igf.html", "remote.html", "accessibility.html"],
    deliberate_404=["reports/kigf-2026-report.html"],
    evidence={
        "languages": [
            Q("index.html", "The Kerala IGF is the state's multistakeholder platform on internet policy."),
            Q("index.html", "കേരള ഇന്റർനെറ്റ് ഭരണ ഫോറം 2027 ഒക്ടോബർ 8, 9 തീയതികളിൽ കൊച്ചിയിൽ നടക്കും.", "Malayalam section on the English home page"),
        ],
        "un_languages": [N("en")],
        "fees": [
            N("no participation fee is stated anywhere"),
            Q("fellowships.html", "Fellows get their train or bus fares reimbursed up to ₹10,000", "grant amount, not a fee"),
            Q("travel.html", "Hotel Backwater Residency, Marine Drive — ₹4,500 per night", "hotel, not a fee"),
            Q("travel.html", "Auto-rickshaw from Ernakulam Junction railway station: about Rs 150", "transport, not a fee"),
            Q("partners.html", "Platinum partner: ₹5,00,000", "sponsorship (lakh separators), not a fee"),
            Q("partners.html", "Exhibition table: INR 25,000", "exhibition, not a fee"),
            Q("programme.html", "Right of way charges and licence fees: what they mean for local ISPs", "session title"),
        ],
        "free_option": [N("the site says nothing about the cost of taking part (neither a fee nor free): null")],
        "fee_support": [Q("fellowships.html", "Thirty fellowships support young people, community network volunteers and women from rural districts to attend the Forum in person.")],
        "remote_participation": [Q("remote.html", "Remote participants can join the speaking queue and take the floor")],
        "captcha": [M("register.html", '<div class="h-captcha" data-sitekey=')],
        "account_required": [N("no account")],
        "registration_form": [
            M("register.html", '<label for="org">Organisation / institution *</label><input type="text" id="org" name="org">'),
            N("9 fields: name, email, mobile, organisation, stakeholder group, gender (radio group = 1), district, youth checkbox, "
              "consent checkbox. Required: name, email, mobile, organisation ('*' only), group, consent = 6. Sensitive: phone, "
              "affiliation, gender. District and stakeholder group are not sensitive."),
        ],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("youth-igf.html", "The Youth IGF track on 9 October is open to participants aged 18 to 30.")],
        "accessibility_statement": [Q("accessibility.html", "Please write to access@kigf.example.in about any other requirement.")],
        "access_services": [
            Q("accessibility.html", "The Marine Drive Convention Hall is wheelchair accessible"),
            Q("accessibility.html", "Indian Sign Language interpreters will be present at all plenary sessions."),
            Q("accessibility.html", "Live captioning in English and Malayalam is provided in the main hall and on the Zoom stream."),
            Q("accessibility.html", "Plenary sessions have Malayalam–English interpretation."),
        ],
        "videos_without_captions": [
            M("remote.html", '<video controls preload="none" width="640" src="media/kigf-2026-opening.mp4">'),
            M("remote.html", '<video controls preload="none" width="640" src="media/kigf-2026-youth.mp4">', "two distinct videos, no tracks: 2"),
        ],
        "pdf_only_documents": [N("no PDF")],
    })
