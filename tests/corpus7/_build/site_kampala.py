"""East African school of internet governance, Kampala. English with a Swahili section. Fellows pay nothing;
self-funded places priced in USD and UGX (the same price in two currencies); per diem and exchange rate;
online cohort that speaks and presents; age range in words (twenty to thirty-five); Friendly Captcha;
nationality, gender, birth date; no live captioning (negation); programme only as PDF."""
from lib import mk, Q, M, N, entry

NAV = [("index.html", "Home"), ("apply.html", "Apply"), ("fees.html", "Fees &amp; fellowships"), ("online.html", "Online cohort"),
       ("accessibility.html", "Accessibility"), ("programme.html", "Programme"), ("travel.html", "Travel &amp; visas"),
       ("partners.html", "Partners")]
s = mk("east-africa-school-internet-governance-kampala", "East Africa School on Internet Governance", "en", "#15803d",
       "EASIG", NAV, foot={"en": "<p>EASIG Secretariat · Kampala, Uganda · school@easig.example.org</p>"})

ABOUT = ("The East Africa School on Internet Governance is a one-week intensive course that prepares young "
         "professionals, students, journalists and public servants to take part in internet policy processes.")
SW = ("Shule ya Afrika Mashariki ya Utawala wa Mtandao inawaleta pamoja vijana, wanafunzi, wanahabari na watumishi wa "
      "umma kujifunza jinsi sera za mtandao zinavyoundwa. Maombi yako wazi kwa raia wa nchi zote za Jumuiya ya Afrika "
      "Mashariki, na masomo yatafanyika kwa Kiingereza.")
AGE = "Applicants must be aged between twenty and thirty-five on the first day of the School."
FELLOWS = "Selected fellows pay no tuition: the fellowship covers tuition, accommodation and meals for the whole week."
SELF = "Self-funded participants who are not selected for a fellowship may attend for USD 250 (UGX 950,000)."
PERDIEM = "Fellows also receive a daily allowance of USD 30."
ONLINE = ("Remote fellows in the online cohort join the live sessions on Zoom, speak in the discussions and present "
          "their group work to the faculty on the last day.")
WHEEL = "The training centre is wheelchair accessible, with a ramp at the entrance, a lift and an accessible toilet."
NOCAPS = "Live captioning is not available this year; slides are shared with participants before each session."
CONTACT = "Tell us about any access needs in your application or write to access@easig.example.org."
PDF = "The full programme is available as a PDF only."

s.page("index.html", "East Africa School on Internet Governance 2027 — Kampala", f"""
<h1>East Africa School on Internet Governance 2027</h1>
<p class="note">Kampala, Uganda · 2–7 August 2027 · in person and online cohort</p>
<p>{ABOUT}</p>
<p><a class="button" href="@apply.html">Apply by 31 May</a> <a href="@fees.html">Fees and fellowships</a> ·
<a href="@online.html">Online cohort</a> · <a href="@accessibility.html">Accessibility</a> · <a href="@programme.html">Programme</a></p>
<h2>Kwa Kiswahili</h2>
<p>{SW}</p>
""")

s.page("apply.html", "Apply — East Africa School on Internet Governance", f"""
<h1>Apply</h1>
<p>{AGE} Fields marked * are required.</p>
<form action="@apply.html" method="post">
  <label for="fn">Full name *</label><input type="text" id="fn" name="name" required>
  <label for="em">Email *</label><input type="email" id="em" name="email" required>
  <label for="ph">Phone (with country code) *</label><input type="tel" id="ph" name="phone">
  <label for="na">Nationality *</label>
  <select id="na" name="nationality"><option value="">Select</option><option>Burundian</option><option>Congolese (DRC)</option>
  <option>Kenyan</option><option>Rwandan</option><option>Somali</option><option>South Sudanese</option><option>Tanzanian</option>
  <option>Ugandan</option></select>
  <fieldset><legend>Gender</legend>
    <input type="radio" id="g1" name="gender" value="f"><label for="g1">Female</label>
    <input type="radio" id="g2" name="gender" value="m"><label for="g2">Male</label>
    <input type="radio" id="g3" name="gender" value="x"><label for="g3">Prefer not to say</label>
  </fieldset>
  <label for="dob">Date of birth *</label><input type="date" id="dob" name="dob" required>
  <label for="org">Organisation or university</label><input type="text" id="org" name="org">
  <label for="mo">Motivation statement (max. 300 words) *</label><textarea id="mo" name="motivation" required></textarea>
  <label for="cv">CV (PDF, optional)</label><input type="file" id="cv" name="cv">
  <label for="tr">Cohort *</label>
  <select id="tr" name="cohort" required><option value="">Select</option><option>In person, Kampala</option><option>Online</option></select>
  <div class="check"><input type="checkbox" id="ok" name="consent" required><label for="ok">I confirm the information is correct *</label></div>
  <div class="frc-captcha" data-sitekey="FCMEASIG000000000000"></div>
  <button type="submit">Submit application</button>
</form>
""")

s.page("fees.html", "Fees and fellowships — East Africa School on Internet Governance", f"""
<h1>Fees and fellowships</h1>
<p>{FELLOWS} {PERDIEM}</p>
<p>{SELF} Indicative rate: 1 USD ≈ 3,800 UGX.</p>
""")

s.page("online.html", "Online cohort — East Africa School on Internet Governance", f"""
<h1>Online cohort</h1>
<p>{ONLINE}</p>
<p>Online fellows receive a data bundle of 20 GB for the week.</p>
""")

s.page("accessibility.html", "Accessibility — East Africa School on Internet Governance", f"""
<h1>Accessibility</h1>
<p>{WHEEL}</p>
<p>{NOCAPS}</p>
<p>{CONTACT}</p>
""")

s.pdf("docs/easig-2027-programme.pdf", "East Africa School on Internet Governance 2027\nProgramme\nDay 1: Internet governance basics")
s.page("programme.html", "Programme — East Africa School on Internet Governance", f"""
<h1>Programme</h1>
<p>{PDF} <a href="@docs/easig-2027-programme.pdf">Download the programme (PDF, 290 KB)</a></p>
<p>Topics include data protection, cybersecurity, content moderation, domain names, affordable access and digital taxes
and fees on mobile money.</p>
""")

s.page("travel.html", "Travel and visas — East Africa School on Internet Governance", """
<h1>Travel and visas</h1>
<p>Participants from outside the East African Community may need the East Africa Tourist Visa (USD 100).</p>
<p>Guest houses near the venue cost about UGX 180,000 per night. A boda boda ride from the city centre costs around UGX 10,000.</p>
""")

s.page("partners.html", "Partners — East Africa School on Internet Governance", """
<h1>Partner with us</h1>
<p>A partner package of USD 5,000 funds five fellowships and carries your logo on all materials.</p>
""")

ENTRY = entry(
    s, name="East Africa School on Internet Governance 2027 (East African school of internet governance)",
    languages=["en", "sw"], fees=[(250, "USD"), (950000, "UGX")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(11, 8, ["affiliation", "birth_date", "gender", "nationality", "phone"]), min_age=20,
    accessibility_statement=True, access_services=["wheelchair_access"], videos_without_captions=0,
    pdf_only_documents=True,
    participation_pages=["index.html", "apply.html", "fees.html", "online.html", "accessibility.html", "programme.html"],
    evidence={
        "languages": [Q("index.html", ABOUT), Q("index.html", SW, "Swahili section on the English home page")],
        "un_languages": [N("en only; sw is not a UN language")],
        "fees": [Q("fees.html", SELF, "one price stated in two currencies: two entries"),
                 Q("fees.html", PERDIEM, "per diem, not a fee"), Q("fees.html", "1 USD ≈ 3,800 UGX", "exchange rate"),
                 Q("travel.html", "East Africa Tourist Visa (USD 100)", "visa, not a fee"),
                 Q("travel.html", "UGX 180,000 per night", "lodging, not a fee"),
                 Q("travel.html", "around UGX 10,000", "transport, not a fee"),
                 Q("partners.html", "A partner package of USD 5,000", "sponsorship, not a fee")],
        "free_option": [Q("fees.html", FELLOWS)],
        "fee_support": [Q("fees.html", FELLOWS)],
        "remote_participation": [Q("online.html", ONLINE)],
        "captcha": [M("apply.html", '<div class="frc-captcha" data-sitekey=')],
        "account_required": [N("no account")],
        "registration_form": [M("apply.html", '<label for="na">Nationality *</label>'),
                              N("the application form: 11 fields (name, email, phone, nationality, gender radio group, date of "
                                "birth, organisation, motivation, CV file, cohort, consent). Required: name, email, phone (*), "
                                "nationality (*), date of birth, motivation, cohort, consent = 8. Sensitive: phone, "
                                "nationality, gender, birth_date, affiliation.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("apply.html", AGE, "twenty in words")],
        "accessibility_statement": [Q("accessibility.html", CONTACT), Q("accessibility.html", WHEEL)],
        "access_services": [Q("accessibility.html", WHEEL), Q("accessibility.html", NOCAPS, "negation: no captions")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programme.html", PDF)],
    })
