from lib import mk, Q, M, N, entry, fld, video, placeholder_media

NAV = [("index.html", "Home"), ("take-part.html", "Take part"), ("programme.html", "Programme"), ("faq.html", "FAQ"),
       ("access.html", "Access"), ("partners.html", "Partners"), ("stay.html", "Getting here"),
       ("opportunities.html", "Opportunities")]
s = mk("malawi-youth-climate-assembly-lilongwe", "Malawi Youth Climate Assembly", "en-MW", "#1b7f5b", "YC", NAV,
       foot={"en-MW": "<p>Green Shire Youth Network (fictional) · Area 3, Lilongwe · assembly@example.mw</p>"})
placeholder_media(s, "media/assembly-2026.mp4")

s.page("index.html", "Malawi Youth Climate Assembly 2027", """
<h1>Malawi Youth Climate Assembly 2027</h1>
<p>Young people from all three regions meet in Lilongwe on 21–23 October 2027 to debate and vote on a youth position for the national adaptation plan: floods in the Shire valley, charcoal, and school tree nurseries.</p>
<p>Find out how to <a href="@take-part.html">take part</a>, see the <a href="@programme.html">programme</a>, the <a href="@faq.html">FAQ</a> and <a href="@access.html">access information</a>.</p>
""" + video("media/assembly-2026.mp4") + """
<section>
<h2>M'Chichewa</h2>
<p>Msonkhano uwu ndi wa achinyamata ochokera m'madera onse a Malawi. Tidzakambirana za kusintha kwa nyengo, madzi osefukira ndi kubzala mitengo m'sukulu. Padzakhala womasulira pakati pa Chichewa ndi Chingerezi.</p>
</section>
""")

s.page("take-part.html", "Take part", """
<h1>Take part as a delegate</h1>
<p>Taking part is free for all delegates. Each youth group, school club or university society may send two delegates.</p>
<p>We refund minibus fares for delegates travelling from the Northern and Southern regions; keep your tickets.</p>
<p>Register your delegates on our Jotform form: <a href="https://form.jotform.com/myca2027/delegates">delegate registration on form.jotform.com</a>. No account is needed to fill it in.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul><li>Thursday: opening and regional caucuses</li><li>Friday: working groups on floods, energy and forests</li><li>Saturday: plenary vote on the youth position</li></ul>
<p>Youth groups that cannot travel can join the plenary on Google Meet, speak in the working groups and vote on the resolutions.</p>
""")

q = "".join([fld("qn", "Your name"), fld("qe", "E-mail", "email"), fld("qq", "Question", "textarea")])
s.page("faq.html", "FAQ", f"""
<h1>Frequently asked questions</h1>
<details open><summary>Who can be a delegate?</summary><p>Young people aged fourteen to thirty who belong to a youth group, club or society.</p></details>
<details open><summary>Do under-18s need permission?</summary><p>Yes, delegates under 18 bring a form signed by a parent or guardian.</p></details>
<h2>Ask us</h2>
<form action="@faq.html" method="post">{q}
<div class="frc-captcha" data-sitekey="frc-placeholder-mw"></div>
<button type="submit">Send</button></form>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The assembly hall at the community centre is wheelchair accessible, with a ramp at the main door.</p>
<p>Malawian Sign Language interpreters will work in the plenary.</p>
<p>Chichewa–English interpretation is provided in every session.</p>
<p>Tell us about any other needs: access@example.mw.</p>
""")

s.page("partners.html", "Partners", """
<h1>Partners</h1>
<p>Partner package: MK 2,500,000. Exhibition table: MK 150,000.</p>
""")

s.page("stay.html", "Getting here", """
<h1>Getting here</h1>
<p>Minibus Blantyre–Lilongwe: about MK 18,000. Youth hostel: MK 25,000 per night.</p>
""")

s.page("opportunities.html", "Opportunities", """
<h1>Opportunities</h1>
<p>Youth climate officer (12-month contract): MK 650,000 per month.</p>
<p>Support our work with a donation of any amount.</p>
""")

ENTRY = entry(s, name="Malawi Youth Climate Assembly 2027 (youth network, Lilongwe)",
    languages=["en", "ny"],
    fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False, registration_form=None, registration_host="form.jotform.com",
    min_age=14, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "take-part.html", "programme.html", "faq.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "Young people from all three regions meet in Lilongwe"),
                      Q("index.html", "Msonkhano uwu ndi wa achinyamata ochokera m'madera onse a Malawi.", "Chichewa section without lang")],
        "un_languages": [N("en")],
        "fees": [Q("take-part.html", "Taking part is free for all delegates.", "no price of taking part"),
                 Q("partners.html", "Partner package: MK 2,500,000.", "partner package, table: not fees"),
                 Q("stay.html", "Minibus Blantyre–Lilongwe: about MK 18,000.", "fare, hostel: not fees"),
                 Q("opportunities.html", "MK 650,000 per month", "salary, donation: not fees")],
        "free_option": [Q("take-part.html", "Taking part is free for all delegates.")],
        "fee_support": [Q("take-part.html", "We refund minibus fares for delegates travelling from the Northern and Southern regions")],
        "remote_participation": [Q("programme.html", "can join the plenary on Google Meet, speak in the working groups and vote on the resolutions.")],
        "captcha": [M("faq.html", '<div class="frc-captcha"', "on the FAQ question form")],
        "account_required": [Q("take-part.html", "No account is needed to fill it in.")],
        "registration_form": [N("no own registration form; the 3-field question form is not one", "faq.html")],
        "registration_host": [M("take-part.html", 'href="https://form.jotform.com/myca2027/delegates"')],
        "registration_pdf_only": [N("online form on Jotform")],
        "min_age": [Q("faq.html", "Young people aged fourteen to thirty who belong to a youth group, club or society.", "14, in words")],
        "accessibility_statement": [Q("access.html", "The assembly hall at the community centre is wheelchair accessible, with a ramp at the main door.")],
        "access_services": [Q("access.html", "is wheelchair accessible", "wheelchair_access"),
                            Q("access.html", "Malawian Sign Language interpreters will work in the plenary.", "sign_language"),
                            Q("access.html", "Chichewa–English interpretation is provided in every session.", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/assembly-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
