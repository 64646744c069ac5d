from lib import *

NAV = [("index.html", "Home"), ("about.html", "The forum"), ("faq.html", "FAQ"), ("programme.html", "Programme"),
       ("access.html", "Access"), ("partners.html", "Partners"), ("shop.html", "Forum shop"), ("stories.html", "Stories")]
s = mk("pacific-youth-ocean-forum-suva", "Pacific Youth Ocean Forum 2027", "en-FJ", "#0a5f8f", "PYO", NAV,
       foot={"en-FJ": "<p>Pacific Youth Ocean Network · Laucala Bay, Suva · forum@pyon.example.fj</p>"})
placeholder_media(s, "media/reef.mp4"); vtt(s, "media/reef.vtt", "Bula and welcome")
s.pdf("docs/programme-2027.pdf", "Pacific Youth Ocean Forum 2027 - programme\nDay 1 opening\nDay 2 commissions\nDay 3 declaration vote")
s.page("index.html", "Pacific Youth Ocean Forum 2027", """
<h1>Pacific Youth Ocean Forum 2027</h1>
<p>Young people from across the Pacific meet in Suva from 4 to 6 August 2027 to draft a youth declaration on reefs, fisheries and sea-level rise.</p>
<p>Taking part is free for all youth delegates. Delegates from the outer islands and from other Pacific countries have their flights and lodging covered by the network.</p>
<p>Youth groups who cannot travel join the commissions on Microsoft Teams, speak in the debates and vote on the final declaration.</p>
<p>Ni sa bula vinaka! Na bose oqo e dau sureti ira na itabagone mai na veiyanuyanu kece me ra veitalanoa me baleta na veikau ni waitui kei na qoliqoli. E sega ni saumi na kena curu.</p>
""" + video("media/reef.mp4", track="media/reef.vtt", track_lang="en", label="English"))
s.page("about.html", "The forum", """
<h1>About the forum</h1>
<p>The forum has three commissions: reefs and mangroves, coastal fisheries, and climate migration. Each commission drafts a chapter of the declaration.</p>
<p>Registration details are in our <a href="@faq.html">FAQ</a>.</p>
""")
s.page("faq.html", "FAQ", """
<h1>Frequently asked questions</h1>
<details><summary>Who can take part?</summary><p>Young people aged sixteen to twenty-nine who live in a Pacific Island country.</p></details>
<details><summary>How do I register?</summary><p>Fill in the delegate form on <a href="https://ee.kobotoolbox.org/x/pyof2027">KoboToolbox</a>. No account is needed, and the form works offline on a phone.</p></details>
<details><summary>Do I have to pay?</summary><p>No. There is no registration fee for delegates.</p></details>
<h2>Ask us something</h2>
<form action="@faq.html" method="post">""" + fld("qn", "Name") + fld("qe", "E-mail", "email") + fld("qq", "Your question", "textarea") + """
<div class="mtcaptcha" data-sitekey="MTPublic-demoSuva"></div><button type="submit">Send</button></form>
""")
s.page("programme.html", "Programme", """
<h1>Programme</h1>
<p>The full programme is available as a <a href="@docs/programme-2027.pdf">PDF</a> only.</p>
""")
s.page("access.html", "Access", """
<h1>Access</h1>
<p>The forum hall at the university is on one level with step-free, wheelchair-accessible entrances.</p>
<p>Fiji Sign Language interpreters are booked for all plenary sessions.</p>
<p>Please note there is no childcare at the venue.</p>
""")
s.page("partners.html", "Partners", """
<h1>Partners</h1>
<p>Reef partner package: FJ$ 8,000. Community partner package: FJ$ 1,500.</p>
""")
s.page("shop.html", "Forum shop", """
<h1>Forum shop</h1>
<p>Forum T-shirt FJ$ 35. Reusable bottle FJ$ 20. A bus from Nausori to Suva costs about FJ$ 3.</p>
""")
s.page("stories.html", "Stories", """
<h1>Stories from 2025</h1>
<p>Delegates from Kiribati and Tuvalu led the commission on climate migration.</p>
""")
ENTRY = entry(s, name="Pacific Youth Ocean Forum 2027 (youth network, Suva)",
    languages=["en", "fj"], fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=["other"],
    account_required=False, registration_form=None, registration_host="ee.kobotoolbox.org", min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=0,
    pdf_only_documents=True,
    participation_pages=["index.html", "about.html", "faq.html", "programme.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "Young people from across the Pacific meet in Suva"),
                      Q("index.html", "Na bose oqo e dau sureti ira na itabagone mai na veiyanuyanu kece", "Fijian paragraph without lang")],
        "un_languages": [N("en")],
        "fees": [Q("index.html", "Taking part is free for all youth delegates.", "no price of taking part"),
                 Q("partners.html", "Reef partner package: FJ$ 8,000.", "partner packages: not fees"),
                 Q("shop.html", "Forum T-shirt FJ$ 35.", "shop items and bus fare: not fees")],
        "free_option": [Q("index.html", "Taking part is free for all youth delegates."), Q("faq.html", "There is no registration fee for delegates.")],
        "fee_support": [Q("index.html", "have their flights and lodging covered by the network")],
        "remote_participation": [Q("index.html", "join the commissions on Microsoft Teams, speak in the debates and vote on the final declaration")],
        "captcha": [M("faq.html", '<div class="mtcaptcha"', "MTCaptcha: other")],
        "account_required": [Q("faq.html", "No account is needed, and the form works offline on a phone.")],
        "registration_form": [N("registration on KoboToolbox; the only own form is a 3-field question form", "faq.html")],
        "registration_host": [M("faq.html", 'href="https://ee.kobotoolbox.org/x/pyof2027"', "given in the FAQ only")],
        "registration_pdf_only": [N("online form on KoboToolbox")],
        "min_age": [Q("faq.html", "Young people aged sixteen to twenty-nine", "16 in words, FAQ only")],
        "accessibility_statement": [Q("access.html", "on one level with step-free, wheelchair-accessible entrances")],
        "access_services": [Q("access.html", "wheelchair-accessible entrances", "wheelchair_access"),
                            Q("access.html", "Fiji Sign Language interpreters are booked for all plenary sessions.", "sign_language"),
                            Q("access.html", "there is no childcare at the venue", "negation")],
        "videos_without_captions": [M("index.html", 'kind="captions"', "the only video has captions")],
        "pdf_only_documents": [Q("programme.html", "The full programme is available as a PDF only.")],
    })
