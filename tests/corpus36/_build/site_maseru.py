from lib import *

NAV = [("index.html", "Home"), ("fees.html", "Fees and support"), ("register.html", "How to register"),
       ("faq.html", "Questions"), ("access.html", "Access"), ("shop.html", "Equipment shop"),
       ("wool-prices.html", "Wool market"), ("sponsors.html", "Sponsors")]
s = mk("maseru-wool-mohair-shearers-course", "Maseru Wool and Mohair Shearers' Course", "en-LS", "#5b4a9b", "WM", NAV,
       foot={"en-LS": "<p>Highlands Shearing Skills Trust (fictitious) · Plot 41, Moshoeshoe Road, Maseru · course@highland-shearing.example.ls</p>"})
placeholder_media(s, "media/blade-shearing.mp4")
s.pdf("docs/registration-form.pdf", "Shearers course 2027 - registration form\nName:\nDistrict:\nShed / association:\nSignature:")

s.page("index.html", "Shearers' Course 2027 – Maseru", f"""
<h1>Wool and Mohair Shearers' Course 2027</h1>
<p>Two weeks of blade and machine shearing in the training shed at Ha Foso, outside Maseru, from 5 to 16 July 2027. Trainees learn to shear a Merino ewe or an Angora goat cleanly, to class wool on the table and to keep their hands and the animals safe.</p>
<section lang="st">
<h2>Ka Sesotho</h2>
<p>Thupelo ea ho kuta boea le moheire e tla tšoareloa Ha Foso ho tloha la 5 ho isa la 16 Phupjane 2027. Tefo ea thupelo ke M650. Bakuti ba khethiloeng ke mekhatlo ea bona ea balemi ba boea ha ba lefe letho.</p>
<p>Ho ingolisa, tlatsa foromo ea PDF 'me u e ise ofising ea setereke sa heno.</p>
</section>
<h2>Watch last year's trainees</h2>
{video("media/blade-shearing.mp4")}
<p><a href="@fees.html">Fees and support</a> · <a href="@register.html">How to register</a> · <a href="@gallery-2026.html">Photo gallery 2026</a></p>
""")

s.page("fees.html", "Fees and support", """
<h1>Fees and support</h1>
<p>The course fee is M650 (maloti) for the two weeks, lunch and overalls included.</p>
<p>Shearers nominated by their wool growers' association pay nothing: the association's letter replaces the fee.</p>
<p>Keep your taxi tickets: fares from Mokhotlong, Thaba-Tseka and Qacha's Nek are paid back on the first Friday.</p>
""")

s.page("register.html", "How to register", """
<h1>How to register</h1>
<p>Registration is on paper only. Download the <a href="@docs/registration-form.pdf">registration form (PDF)</a>, fill it in and hand it in at your district agriculture office or at the shed by 15 June. We do not take registrations online or by phone.</p>
<p>Trainees must be aged eighteen or over on the first day of the course.</p>
""")

s.page("faq.html", "Questions", """
<h1>Questions</h1>
<details><summary>Can I follow the course from home?</summary><p>No. There is no remote participation: shearing can only be learnt with your hands on the animal.</p></details>
<details><summary>Do I need my own shears?</summary><p>No, the shed lends hand pieces and blades during the course.</p></details>
<details><summary>Is there a certificate?</summary><p>Yes, trainees who pass the final test receive a certificate from the Trust.</p></details>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The shearing shed is not wheelchair accessible: the floor is raised and reached by a wooden ramp too steep for chairs. Please tell us about any access needs before you register, so that we can plan with you: access@highland-shearing.example.ls.</p>
<p>Instructors teach in Sesotho and English, with Sesotho–English interpretation during the classroom sessions.</p>
""")

s.page("shop.html", "Equipment shop", """
<h1>Equipment shop</h1>
<ul><li>Blade shears, pair: M1,200</li><li>Sharpening stone: M180</li></ul>
""")

s.page("wool-prices.html", "Wool market", """
<h1>Wool market</h1>
<p>Last auction: fine Merino wool M85 per kg, kid mohair M210 per kg.</p>
<p>Intercape bus from Bloemfontein to Maseru: about R380.</p>
<p>Guest house near the shed: M550 per night.</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsors</h1>
<p>Shed sponsor package: M25,000 per season.</p>
""")

ENTRY = entry(s, name="Wool and mohair shearers' course 2027 (Highland shearing skills trust, Maseru, Lesotho)",
    languages=["en", "st"],
    fees=[(650, "LSL")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=False, registration_form=None,
    registration_host=None, registration_pdf_only=True, min_age=18, accessibility_statement=True,
    access_services=["interpretation"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "fees.html", "register.html", "faq.html", "access.html"],
    deliberate_404=["gallery-2026.html"],
    evidence={
        "languages": [Q("index.html", "Two weeks of blade and machine shearing in the training shed at Ha Foso"),
                      M("index.html", '<section lang="st">'),
                      Q("index.html", "Thupelo ea ho kuta boea le moheire e tla tšoareloa Ha Foso")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "The course fee is M650 (maloti)"),
                 Q("index.html", "Tefo ea thupelo ke M650.", "Sesotho restatement: no new entry"),
                 Q("shop.html", "Blade shears, pair: M1,200", "goods: not a fee"),
                 Q("wool-prices.html", "fine Merino wool M85 per kg", "wool price: not a fee"),
                 Q("wool-prices.html", "about R380", "ZAR bus: not a fee"),
                 Q("wool-prices.html", "M550 per night", "guest house: not a fee"),
                 Q("sponsors.html", "M25,000 per season", "sponsor: not a fee")],
        "free_option": [Q("fees.html", "Shearers nominated by their wool growers' association pay nothing")],
        "fee_support": [Q("fees.html", "fares from Mokhotlong, Thaba-Tseka and Qacha's Nek are paid back on the first Friday"),
                        Q("fees.html", "Shearers nominated by their wool growers' association pay nothing", "free for one group")],
        "remote_participation": [Q("faq.html", "There is no remote participation", "FAQ only")],
        "captcha": [N("no CAPTCHA, no form")],
        "account_required": [N("paper registration, no account")],
        "registration_form": [N("no HTML registration form: PDF only")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("register.html", "Registration is on paper only."),
                                  Q("register.html", "We do not take registrations online or by phone."),
                                  M("register.html", 'href="docs/registration-form.pdf"')],
        "min_age": [Q("register.html", "Trainees must be aged eighteen or over")],
        "accessibility_statement": [Q("access.html", "Please tell us about any access needs before you register")],
        "access_services": [Q("access.html", "The shearing shed is not wheelchair accessible", "wheelchair negated"),
                            Q("access.html", "with Sesotho–English interpretation during the classroom sessions", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/blade-shearing.mp4">', "no track")],
        "pdf_only_documents": [Q("register.html", "Download the registration form (PDF)", "registration form only as PDF")],
    })
