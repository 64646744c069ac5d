from lib import *

NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Register"), ("faq.html", "FAQ"),
       ("access.html", "Access"), ("partners.html", "Partners"), ("prices.html", "Cocoa prices"), ("vacancies.html", "Vacancies")]
s = mk("ashanti-cocoa-field-school-facilitators-retreat", "Ashanti Cocoa Field School Facilitators' Retreat 2027", "en-GH",
       "#5b3a1e", "FFS", NAV,
       foot={"en-GH": "<p>Cocoa Learning Circles Ghana · Plot 22, Ahodwo Roundabout Road, Kumasi · retreat@cocoacircles.example.com.gh</p>"})
placeholder_media(s, "media/grafting-demo.mp4")

s.page("index.html", "Ashanti Cocoa Field School Facilitators' Retreat 2027", """
<h1>Facilitators' Retreat 2027</h1>
<p>Every season our facilitators run farmer field schools under the cocoa trees of Ashanti, Ahafo and Bono. In August 2027 we bring them together for five days at the Ejisu retreat centre to swap methods, practise side-grafting and rehabilitation of old farms, and plan next season's sessions with their cooperatives.</p>
""" + video("media/grafting-demo.mp4") + """
<p>See the <a href="@fees.html">fees</a>, then <a href="@register.html">register</a>.</p>
<section lang="tw">
<h2>Akwaaba – Twi nsɛm</h2>
<p>Yɛrefrɛ kookoo kuayɛfoɔ a wɔkyerɛkyerɛ afoforɔ nyinaa sɛ wɔmmra Ejisu nhyiamu yi. Nnansa nnum yi yɛbɛsua sɛnea yɛhwɛ kookoo nnua, sɛnea yɛsiesie mfuo dedaw, ne sɛnea yɛkyerɛkyerɛ kuayɛfoɔ foforɔ.</p>
<p>Ɛka no yɛ GH₵ 1,450 ma ahyehyɛdeɛ adwumayɛfoɔ. Kuayɛfoɔ a wɔn kuo apaw wɔn no ntua hwee. Yɛbɛkyerɛ nsɛm no ase wɔ Twi ne Borɔfo mu.</p>
</section>
""")

s.page("fees.html", "Fees", """
<h1>Retreat fees (full board included)</h1>
<table>
<tr><th>Participant</th><th>Fee</th></tr>
<tr><td>Facilitators employed by NGOs, licensed buying companies or government</td><td>GH₵ 1,450</td></tr>
<tr><td>Farmer-facilitators paid by their cooperative</td><td>GH₵ 600</td></tr>
<tr><td>Students of agricultural colleges</td><td>GH₵ 350</td></tr>
</table>
<p>Lead farmers nominated by one of our member cocoa cooperatives attend at no cost.</p>
<p>Tro-tro fares to Ejisu are refunded on the first day for every farmer-facilitator and lead farmer; bring your tickets.</p>
""")

s.page("register.html", "Register", """
<h1>Registration</h1>
<p>The retreat is open to facilitators aged nineteen and over.</p>
<form action="@register.html" method="post">
""" + fld("name", "Full name (please complete)") + fld("ghanacard", "Ghana Card number (please complete)")
  + fld("phone", "Phone or WhatsApp (please complete)", "tel") + fld("email", "Email", "email")
  + fld("org", "Organisation or cooperative (please complete)")
  + fld("region", "Region", "select", opts=["Ashanti", "Ahafo", "Bono", "Bono East", "Western North", "Eastern"])
  + radios("role", "Your role", ["Facilitator", "Farmer-facilitator", "Lead farmer", "Student"])
  + radios("gender", "Gender", ["Female", "Male", "Prefer not to say"])
  + fld("grafting", "I will join the side-grafting practical (day 3)", "checkbox")
  + fld("consent", "I agree to the retreat's code of conduct", "checkbox", req=True) + """
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-kumasi000001"></div>
<button type="submit">Register</button>
</form>
""")

s.page("faq.html", "FAQ", """
<h1>Questions</h1>
<dl>
<dt>Can I follow the retreat online?</dt><dd>No online option: every session happens on a demonstration farm or in the hall at Ejisu.</dd>
<dt>Do I need an account?</dt><dd>No, the registration form is all you need.</dd>
<dt>How do I get to Ejisu?</dt><dd>From Accra, the STC bus to Kumasi costs about GH₵ 120; a tro-tro from Kejetia to Ejisu is about GH₵ 8.</dd>
</dl>
""")

s.page("access.html", "Access", """
<h1>Access at the retreat</h1>
<p>The retreat centre's hall and dormitory block are step-free and wheelchair accessible; the demonstration farm has a firm path to the first plots.</p>
<p>A Ghanaian Sign Language interpreter is available on request. Plenaries have Twi–English interpretation and live captioning (CART).</p>
<p>Tell Akosua Mensah about any access need: access@cocoacircles.example.com.gh</p>
<p>Rooms at the nearby Ejisu guest house cost GH₵ 380 a night if you prefer not to stay in the dormitory.</p>
""")

s.page("partners.html", "Partners", """
<h1>Partners</h1>
<p>A UK chocolate maker supports the retreat with a partner package of £2,500.</p>
""")

s.page("prices.html", "Cocoa prices", """
<h1>Farmgate price this season</h1>
<p>GH₵ 3,228.75 per 64 kg bag (announced by the regulator in October).</p>
""")

s.page("vacancies.html", "Vacancies", """
<h1>Vacancies</h1>
<p>Field officer, Ahafo region: GH₵ 4,200 a month. <a href="@vacancies-2026.html">Past vacancies</a></p>
""")

ENTRY = entry(s, name="Ashanti cocoa field school facilitators' retreat 2027 (Cocoa Learning Circles Ghana, Kumasi)",
    languages=["en", "tw"],
    fees=[(1450, "GHS"), (600, "GHS"), (350, "GHS")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["hcaptcha"], account_required=False,
    registration_form=(10, 5, ["id_document", "phone", "affiliation", "gender"]),
    min_age=19, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation", "cart"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "faq.html", "access.html"],
    deliberate_404=["vacancies-2026.html"],
    evidence={
        "languages": [Q("index.html", "Every season our facilitators run farmer field schools under the cocoa trees"),
                      M("index.html", '<section lang="tw">', "Twi section with lang"),
                      Q("index.html", "Yɛrefrɛ kookoo kuayɛfoɔ a wɔkyerɛkyerɛ afoforɔ nyinaa")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "GH₵ 1,450"), Q("fees.html", "GH₵ 600", "category rate, a fee"), Q("fees.html", "GH₵ 350", "students"),
                 Q("index.html", "Ɛka no yɛ GH₵ 1,450", "Twi restatement: no new entry"),
                 Q("faq.html", "the STC bus to Kumasi costs about GH₵ 120", "fares: not fees"),
                 Q("access.html", "GH₵ 380 a night", "guest house: not a fee"),
                 Q("partners.html", "£2,500", "sponsor in GBP: not a fee"),
                 Q("prices.html", "GH₵ 3,228.75 per 64 kg bag", "cocoa price: not a fee"),
                 Q("vacancies.html", "GH₵ 4,200 a month", "salary: not a fee")],
        "free_option": [Q("fees.html", "Lead farmers nominated by one of our member cocoa cooperatives attend at no cost.")],
        "fee_support": [Q("fees.html", "Tro-tro fares to Ejisu are refunded"), Q("fees.html", "Students of agricultural colleges")],
        "remote_participation": [Q("faq.html", "No online option: every session happens on a demonstration farm", "FAQ only")],
        "captcha": [M("register.html", '<div class="h-captcha"')],
        "account_required": [Q("faq.html", "No, the registration form is all you need.")],
        "registration_form": [N("10 fields: name, Ghana Card, phone, e-mail, organisation, region select, role radio, gender radio, grafting checkbox, consent checkbox; required: 4 marked (please complete) + consent (required attr) = 5", "register.html"),
                              Q("register.html", "Ghana Card number (please complete)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", "open to facilitators aged nineteen and over")],
        "accessibility_statement": [Q("access.html", "step-free and wheelchair accessible")],
        "access_services": [Q("access.html", "hall and dormitory block are step-free and wheelchair accessible", "wheelchair_access"),
                            Q("access.html", "A Ghanaian Sign Language interpreter is available on request.", "sign_language"),
                            Q("access.html", "Plenaries have Twi–English interpretation and live captioning (CART).", "interpretation; CART named: cart only")],
        "videos_without_captions": [M("index.html", 'src="media/grafting-demo.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
