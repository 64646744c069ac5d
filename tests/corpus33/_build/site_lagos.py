from lib import *

NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Register"), ("faq.html", "FAQ"),
       ("access.html", "Access"), ("sponsors.html", "Sponsors"), ("stay.html", "Where to stay"), ("jobs.html", "Jobs")]
FOOT = {"en-NG": '<p>Lagos Lagoon Boat Operators\' Safety Network, Ebute-Ero jetty, Lagos Island. safety@lagoonboats.example.ng</p>'
        '<p><a href="@reports/2025-report.html">2025 report</a></p>'}
s = mk("lagos-lagoon-boat-operators-safety-workshop", "Lagoon Boat Operators' Water-Safety Workshop 2027", "en-NG",
       "#0b5d7a", "LB", NAV, foot=FOOT)

s.page("index.html", "Lagoon Boat Operators' Water-Safety Workshop", f"""
<h1>Lagoon Boat Operators' Water-Safety Workshop 2027</h1>
<p>Three days on the jetty and on the water for the people who carry Lagos across its lagoon: boat captains, boat boys,
jetty marshals and the volunteers who pull passengers out when things go wrong. We cover overloading, night navigation,
life-jacket drills and first response.</p>
<p>15–17 September 2027 at the Ebute-Ero training jetty. Read the <a href="@fees.html">fees</a>, then <a href="@register.html">register</a>.</p>
<p>Partners can download our <a href="@docs/sponsor-prospectus.pdf">sponsor prospectus (PDF)</a>.</p>
{video("media/drill-2026.mp4")}
<section lang="yo">
<h2>Ní èdè Yorùbá</h2>
<p>Ìdánilẹ́kọ̀ọ́ ọlọ́jọ́ mẹ́ta yìí wà fún àwọn awakọ̀ ojú omi, àwọn ọmọ ọkọ̀ àti àwọn olùyọ̀ǹda tí ń gbà àwọn èrò là lórí
adágún Èkó. Owó ìforúkọsílẹ̀ jẹ́ ₦35,000 fún àwọn awakọ̀, ₦10,000 fún àwọn akọ́ṣẹ́mọṣẹ́.</p>
</section>
""")

s.page("fees.html", "Fees", """
<h1>Fees</h1>
<div class="cards">
<div class="card"><h2>Boat operators and captains</h2><span class="price">₦35,000</span></div>
<div class="card"><h2>Apprentices and boat boys</h2><span class="price">₦10,000<small>for those still learning the trade</small></span></div>
<div class="card"><h2>Volunteers of the boat-safety brigade</h2><span class="price">No charge</span></div>
</div>
<p>Fees cover lunch, the practical drills and a certificate.</p>
""")

s.page("register.html", "Register", f"""
<h1>Registration</h1>
<p>The workshop is open to people aged twenty-one and above. Fields marked "(fill this in)" cannot be left empty.</p>
<form action="@register.html" method="post">
{fld("fullname", "Full name (fill this in)")}
{fld("nin", "National Identification Number, NIN (fill this in)")}
{fld("dob", "Date of birth", "date")}
{fld("phone", "Phone number (fill this in)", "tel")}
{fld("email", "E-mail", "email")}
{fld("union", "Boat union or company")}
{fld("licence", "Boat operator's licence number")}
{fld("state", "State", "select", opts=["Lagos", "Ogun", "Ondo", "Delta", "Other"])}
{radios("cat", "Category (fill this in)", ["Operator or captain", "Apprentice or boat boy", "Safety-brigade volunteer"])}
{fld("jacket", "I will bring my own life jacket", "checkbox")}
{fld("consent", "I agree to take part in the water drills (fill this in)", "checkbox")}
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">Send registration</button>
</form>
""")

s.page("faq.html", "FAQ", """
<h1>Frequently asked questions</h1>
<details open><summary>Can harbour masters from Badagry and Epe follow the classroom sessions?</summary>
<p>Yes. The classroom sessions are on Zoom and harbour masters joining from outside Lagos can put their questions to the trainers live.</p></details>
<details><summary>Do I need an account?</summary><p>No account is needed; the form is enough.</p></details>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The training shed has a ramp from the road and a step-free path to the pontoon; the practical drills can be adapted for wheelchair users.</p>
<p>Nigerian Sign Language (NSL) interpreters will be with us on all three days, and classroom sessions have live captioning (CART).</p>
<p>Questions about access: access@lagoonboats.example.ng.</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsors and stalls</h1>
<p>Headline sponsor: ₦2,500,000. Approved life jackets are sold at the stall for ₦18,000 each.</p>
""")

s.page("stay.html", "Where to stay", """
<h1>Where to stay</h1>
<p>Guest houses on the island from ₦30,000 a night; a danfo from Oshodi to CMS costs about ₦800.</p>
""")

s.page("jobs.html", "Jobs", """
<h1>Jobs</h1>
<p>Training officer wanted, ₦450,000 a month.</p>
""")

placeholder_media(s, "media/drill-2026.mp4")
s.pdf("docs/sponsor-prospectus.pdf", "Lagoon safety workshop 2027 - sponsor prospectus")

ENTRY = entry(
    s, name="Lagoon boat operators' water-safety workshop 2027 (boat operators' safety network, Lagos, Nigeria)",
    languages=["en", "yo"], fees=[(35000, "NGN"), (10000, "NGN")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(11, 5, ["id_document", "birth_date", "phone", "affiliation"]), min_age=21,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "cart"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "faq.html", "access.html"],
    deliberate_404=["reports/2025-report.html"],
    evidence={
        "languages": [Q("index.html", "Three days on the jetty and on the water"), M("index.html", '<section lang="yo">'),
                      Q("index.html", "Ìdánilẹ́kọ̀ọ́ ọlọ́jọ́ mẹ́ta yìí wà fún àwọn awakọ̀ ojú omi")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "₦35,000"), Q("fees.html", "₦10,000"),
                 Q("index.html", "Owó ìforúkọsílẹ̀ jẹ́ ₦35,000 fún àwọn awakọ̀", "Yoruba restatement: no new entry"),
                 Q("sponsors.html", "Approved life jackets are sold at the stall for ₦18,000 each.", "sponsor, goods: not fees"),
                 Q("stay.html", "Guest houses on the island from ₦30,000 a night", "lodging, danfo: not fees"),
                 Q("jobs.html", "₦450,000 a month", "salary")],
        "free_option": [Q("fees.html", "Volunteers of the boat-safety brigade", "priced 'No charge'")],
        "fee_support": [Q("fees.html", "Apprentices and boat boys", "apprentice rate below operators'")],
        "remote_participation": [Q("faq.html", "can put their questions to the trainers live")],
        "captcha": [M("register.html", '<div class="g-recaptcha"')],
        "account_required": [Q("faq.html", "No account is needed; the form is enough.")],
        "registration_form": [N("11 fields: name, NIN, birth date, phone, e-mail, union/company, licence no. (not ID), "
                                "state select, category radio, life-jacket checkbox, consent checkbox; required: 5 marked "
                                "(fill this in)", "register.html"), Q("register.html", "National Identification Number, NIN (fill this in)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", "The workshop is open to people aged twenty-one and above.")],
        "accessibility_statement": [Q("access.html", "The training shed has a ramp from the road")],
        "access_services": [Q("access.html", "the practical drills can be adapted for wheelchair users", "wheelchair_access"),
                            Q("access.html", "Nigerian Sign Language (NSL) interpreters", "sign_language"),
                            Q("access.html", "classroom sessions have live captioning (CART)", "cart only")],
        "videos_without_captions": [M("index.html", 'src="media/drill-2026.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "sponsor prospectus (PDF)", "the only PDF is a sponsor prospectus: not a participation document")],
    })
