"""Disability-rights convention, Durban. English with an isiZulu section. Rand fees ("R1 850", "R650"), a paid
virtual delegate pass with online voting (remote true), all delegates pay (free_option false), travel bursaries;
hCaptcha; "(required)" markers; SA ID; SASL, live captioning, wheelchair; exhibition, hotel and shuttle in rand;
a captioned welcome video; a 404."""
from lib import mk, Q, M, N, entry, placeholder_media, vtt

NAV = [("index.html", "Home"), ("programme.html", "Programme"), ("registration.html", "Register"), ("fees.html", "Fees"),
       ("virtual.html", "Virtual delegates"), ("bursaries.html", "Bursaries"), ("accessibility.html", "Access"),
       ("exhibitors.html", "Exhibitors"), ("travel.html", "Travel &amp; stay")]
s = mk("disability-rights-convention-durban", "National Disability Rights Convention 2027", "en-ZA", "#6d28d9", "NDRC",
       NAV, foot={"en-ZA": "<p>National Disability Rights Convention · eThekwini · convention@ndrc.example.org.za</p>"})

ABOUT = ("The Convention brings together organisations of persons with disabilities, government, employers and "
         "researchers to review progress on the rights of persons with disabilities in South Africa and to adopt "
         "resolutions for the next five years.")
ZU = ("Umhlangano Kazwelonke Wamalungelo Abantu Abakhubazekile uhlanganisa izinhlangano zabantu abakhubazekile, "
      "uhulumeni, abaqashi nabacwaningi ukuze kuxoxwe ngokufinyelela, ngemisebenzi nangemfundo. Ukubhalisa kuvuliwe "
      "kuze kube umhla ka-31 Julayi.")
ALL_PAY = "All delegates, including delegates with disabilities, pay the registration fee; there are no complimentary places."
VIRTUAL = ("Virtual delegates follow the plenary online, submit questions and vote on the Convention's resolutions "
           "through the online platform.")
BURSARY = ("Travel bursaries for delegates from rural DPOs cover return travel by bus or air and two nights' "
           "accommodation in Durban.")
SASL = "South African Sign Language (SASL) interpreters at every session."
CAPS = "Live captioning on the plenary screens and on the virtual platform."
WHEEL = "The ICC is fully wheelchair accessible, with accessible toilets on every level."
BRAILLE = "Programmes in Braille and large print on request."
CONTACT = "Access queries: access@ndrc.example.org.za or call 031 000 0000."

placeholder_media(s, "media/welcome-sasl.mp4")
vtt(s, "media/welcome-sasl-en.vtt", "Welcome to the National Disability Rights Convention")
s.page("index.html", "National Disability Rights Convention 2027 — Durban", f"""
<h1>National Disability Rights Convention 2027</h1>
<p class="note">Durban ICC · 19–21 August 2027 · "Nothing about us without us"</p>
<p>{ABOUT}</p>
<p><a class="button" href="@registration.html">Register</a> <a href="@fees.html">Fees</a> · <a href="@virtual.html">Virtual delegates</a> ·
<a href="@bursaries.html">Travel bursaries</a> · <a href="@accessibility.html">Access</a></p>
<h2>Ngesizulu</h2>
<p>{ZU}</p>
<h2>Welcome message in SASL</h2>
<video controls preload="none" width="640" src="@media/welcome-sasl.mp4">
  <track kind="captions" src="@media/welcome-sasl-en.vtt" srclang="en" label="English" default>
</video>
""")

s.page("registration.html", "Register — National Disability Rights Convention 2027", """
<h1>Delegate registration</h1>
<form action="@registration.html" method="post">
  <label for="n">Full name (required)</label><input type="text" id="n" name="name">
  <label for="e">Email (required)</label><input type="email" id="e" name="email" required>
  <label for="c">Cellphone number (required)</label><input type="tel" id="c" name="cell">
  <label for="id">SA ID or passport number (required)</label><input type="text" id="id" name="id_number">
  <label for="o">Organisation / DPO (required)</label><input type="text" id="o" name="organisation">
  <label for="cat">Delegate category</label>
  <select id="cat" name="category" aria-required="true"><option value="">Select</option><option>Delegate</option>
  <option>DPO member delegate</option><option>Virtual delegate</option></select>
  <label for="acc">Access requirements</label><textarea id="acc" name="access"></textarea>
  <fieldset><legend>Will a personal assistant accompany you?</legend>
    <input type="radio" id="pa1" name="pa" value="yes"><label for="pa1">Yes</label>
    <input type="radio" id="pa2" name="pa" value="no"><label for="pa2">No</label>
  </fieldset>
  <label for="fmt">Preferred document format</label>
  <select id="fmt" name="format"><option>E-text</option><option>Braille</option><option>Large print</option><option>Easy read</option></select>
  <div class="check"><input type="checkbox" id="ok" name="consent" required><label for="ok">I accept the POPIA privacy notice</label></div>
  <div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-000000000002"></div>
  <button type="submit">Register</button>
</form>
""")

s.page("fees.html", "Fees — National Disability Rights Convention 2027", f"""
<h1>Registration fees</h1>
<table>
  <caption>Fees (ZAR, VAT included)</caption>
  <tr><th>Category</th><th>Fee</th></tr>
  <tr><td>Delegate</td><td>R1 850</td></tr>
  <tr><td>DPO member delegate</td><td>R650</td></tr>
  <tr><td>Virtual delegate</td><td>R350</td></tr>
</table>
<p>{ALL_PAY}</p>
""")

s.page("virtual.html", "Virtual delegates — National Disability Rights Convention 2027", f"""
<h1>Virtual delegates</h1>
<p>{VIRTUAL}</p>
<p>The virtual platform works with screen readers and on low-bandwidth connections.</p>
""")

s.page("bursaries.html", "Bursaries — National Disability Rights Convention 2027", f"""
<h1>Travel bursaries</h1>
<p>{BURSARY} Apply through your provincial DPO federation before 30 June.</p>
""")

s.page("accessibility.html", "Access — National Disability Rights Convention 2027", f"""
<h1>Access at the Convention</h1>
<ul><li>{SASL}</li><li>{CAPS}</li><li>{WHEEL}</li><li>{BRAILLE}</li><li>A quiet room is open throughout.</li></ul>
<p>{CONTACT}</p>
""")

s.page("programme.html", "Programme — National Disability Rights Convention 2027", """
<h1>Programme</h1>
<ul>
  <li>Reasonable accommodation at work: who pays the fees?</li>
  <li>Registration of DPOs as non-profit organisations: a practical guide</li>
  <li>Sign languages as official languages: SASL after 2023</li>
</ul>
<p><a href="@speakers.html">Meet the speakers</a></p>
""")

s.page("exhibitors.html", "Exhibitors — National Disability Rights Convention 2027", """
<h1>Exhibitors and sponsors</h1>
<ul><li>Exhibition stand (3 m × 2 m): R8 500</li><li>Session sponsorship: R25 000</li></ul>
""")

s.page("travel.html", "Travel and stay — National Disability Rights Convention 2027", """
<h1>Travel and stay</h1>
<p>Partner hotels have accessible rooms from R1 200 per night.</p>
<p>Accessible shuttle from King Shaka International Airport: R450 per trip.</p>
""")

ENTRY = entry(
    s, name="National Disability Rights Convention 2027 (disability-rights convention)",
    languages=["en", "zu"], fees=[(1850, "ZAR"), (650, "ZAR"), (350, "ZAR")], free_option=False, fee_support=True,
    remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(10, 7, ["affiliation", "id_document", "phone"]), min_age=None, accessibility_statement=True,
    access_services=["captions", "sign_language", "wheelchair_access"], videos_without_captions=0,
    participation_pages=["index.html", "registration.html", "fees.html", "virtual.html", "bursaries.html",
                         "accessibility.html"],
    deliberate_404=["speakers.html"],
    evidence={
        "languages": [Q("index.html", ABOUT), Q("index.html", ZU, "isiZulu section on the English home page")],
        "un_languages": [N("en only; zu is not a UN language")],
        "fees": [Q("fees.html", "Fees (ZAR, VAT included)"), Q("fees.html", "Delegate R1 850"),
                 Q("fees.html", "DPO member delegate R650"), Q("fees.html", "Virtual delegate R350"),
                 Q("exhibitors.html", "Exhibition stand (3 m × 2 m): R8 500", "exhibition, not a fee"),
                 Q("exhibitors.html", "Session sponsorship: R25 000", "sponsorship, not a fee"),
                 Q("travel.html", "from R1 200 per night", "hotel, not a fee"),
                 Q("travel.html", "R450 per trip", "shuttle, not a fee"),
                 Q("programme.html", "Reasonable accommodation at work: who pays the fees?", "talk title")],
        "free_option": [Q("fees.html", ALL_PAY)],
        "fee_support": [Q("bursaries.html", BURSARY), Q("fees.html", "DPO member delegate R650", "reduced member rate")],
        "remote_participation": [Q("virtual.html", VIRTUAL)],
        "captcha": [M("registration.html", '<div class="h-captcha" data-sitekey=')],
        "account_required": [N("no account")],
        "registration_form": [M("registration.html", '<label for="id">SA ID or passport number (required)</label>'),
                              N("10 fields: name, email, cellphone, ID/passport, organisation, category, access "
                                "requirements, personal-assistant radio group, document format, consent. Required: name, "
                                "cellphone, ID, organisation ('(required)' markers), email, consent (`required`), category "
                                "(aria-required) = 7. Sensitive: phone, id_document, affiliation.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit")],
        "accessibility_statement": [Q("accessibility.html", CONTACT)],
        "access_services": [Q("accessibility.html", SASL), Q("accessibility.html", CAPS), Q("accessibility.html", WHEEL),
                            Q("accessibility.html", BRAILLE, "Braille on request: not one of the services")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/welcome-sasl-en.vtt"')],
        "pdf_only_documents": [N("no PDF")],
    })
