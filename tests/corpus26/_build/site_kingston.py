"""Caribbean early-childhood educators' conference (made-up association, Kingston, Jamaica): en-JM, Patois greeting."""
from lib import *

NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("virtual.html", "Virtual delegates"), ("access.html", "Access"),
       ("faq.html", "FAQ & registration"), ("sponsors.html", "Sponsors"), ("travel.html", "Hotels & travel"),
       ("jobs.html", "Jobs board")]
s = mk("caribbean-early-childhood-educators-conference-kingston", "Caribbean Early Childhood Educators' Conference",
       "en-JM", "#1f5f99", "ECE", NAV,
       foot={"en-JM": "<p>Caribbean Early Years Practitioners' Association (fictional), Hope Road, Kingston 6 · info@ece-caribbean.example.org</p>"})

s.page("index.html", "Caribbean Early Childhood Educators' Conference 2027 – Kingston", """
<h1>Caribbean Early Childhood Educators' Conference 2027</h1>
<p>Wah gwaan, teachers!</p>
<p>Practitioners from basic schools, infant departments and daycares across the region meet at the Jamaica Conference Centre in Kingston on 21–23 October 2027 to share what works in play-based learning, nutrition and early literacy.</p>
<p>Three days of keynotes, classroom demonstrations and a practitioners' marketplace of ideas. Delegates who cannot travel can join as virtual delegates.</p>
<ul>
<li><a href="@fees.html">Registration fees</a></li>
<li><a href="@virtual.html">Virtual delegates</a></li>
<li><a href="@access.html">Access and inclusion</a></li>
<li><a href="@faq.html">FAQ and how to register</a></li>
<li><a href="@photos-2025.html">Photos from the 2025 conference</a></li>
</ul>
<h2>Highlights from 2025</h2>
""" + video("media/highlights-2025.mp4", track="media/highlights-2025.vtt", track_lang="en", label="English") + """
""")
placeholder_media(s, "media/highlights-2025.mp4")
vtt(s, "media/highlights-2025.vtt", "Welcome to the conference")

s.page("fees.html", "Fees – Caribbean ECE Conference 2027", """
<h1>Registration fees</h1>
<table>
<tr><th>Category</th><th>Early bird (until 30 April)</th><th>Standard</th></tr>
<tr><td>Association members</td><td>J$15,000</td><td>J$18,500</td></tr>
<tr><td>Non-members</td><td>J$19,000</td><td>J$22,500</td></tr>
<tr><td>Full-time students (teachers' colleges)</td><td>J$7,500</td><td>J$7,500</td></tr>
<tr><td>Overseas delegates</td><td>US$150</td><td>US$150</td></tr>
<tr><td>Virtual delegate pass</td><td>J$6,000</td><td>J$6,000</td></tr>
</table>
<p>Fees include lunch on all three days and the conference bag. Association membership for 2027 (J$4,000 a year) is paid separately.</p>
<p>A limited number of bursaries covering registration and bus fare are available for practitioners from rural basic schools; apply to bursaries@ece-caribbean.example.org by 31 July.</p>
""")

s.page("virtual.html", "Virtual delegates – Caribbean ECE Conference 2027", """
<h1>Virtual delegates</h1>
<p>The keynotes and the afternoon panels are broadcast on Zoom. Virtual delegates see the slides, and during each Q&amp;A they can raise a hand or type a question, which the chair puts to the speakers live.</p>
<p>The virtual delegate pass costs J$6,000 and is bought like any other ticket.</p>
""")

s.page("access.html", "Access – Caribbean ECE Conference 2027", """
<h1>Access and inclusion</h1>
<p>The Jamaica Conference Centre is step-free throughout, with lifts to every meeting room and accessible washrooms on each floor.</p>
<p>Jamaican Sign Language (JSL) interpreters work at all plenary sessions.</p>
<p>Plenaries also have real-time captioning (CART) shown on a screen beside the stage.</p>
<h2>Tell us what you need</h2>
<form action="@access.html" method="post">
""" + fld("a-name", "Name") + fld("a-email", "Email", "email") + fld("a-need", "What support would help you take part?", "textarea") + """
<div class="h-captcha" data-sitekey="ece-caribbean-example-key"></div>
<button type="submit">Send</button>
</form>
""")

s.page("faq.html", "FAQ – Caribbean ECE Conference 2027", """
<h1>Frequently asked questions</h1>
<details open><summary>How do I register?</summary><p>All tickets, including the virtual pass, are sold through <a href="https://www.eventbrite.com/e/caribbean-ece-conference-2027-tickets-000000000">Eventbrite</a>. You can check out as a guest, without creating an account.</p></details>
<details><summary>Can I pay at the door?</summary><p>No, please register online by 10 October.</p></details>
<details><summary>Is there a certificate?</summary><p>Yes, a certificate of 18 professional development hours.</p></details>
""")

s.page("sponsors.html", "Sponsors – Caribbean ECE Conference 2027", """
<h1>Sponsors and exhibitors</h1>
<p>Gold sponsor package: J$750,000. Marketplace booth: J$60,000.</p>
<p>Publishers may sell children's books at their booths.</p>
""")

s.page("travel.html", "Hotels & travel – Caribbean ECE Conference 2027", """
<h1>Hotels and travel</h1>
<p>Partner hotel on Knutsford Boulevard: US$135 per night.</p>
<p>A route taxi from Half Way Tree to downtown costs about J$200; a JUTC bus is J$120.</p>
""")

s.page("jobs.html", "Jobs board – Caribbean Early Years Practitioners' Association", """
<h1>Jobs board</h1>
<p>Basic school principal, St. Catherine: J$3,200,000 per year.</p>
<p>Early childhood practitioner, Montego Bay: J$1,450,000 per year.</p>
""")

P = ["index.html", "fees.html", "virtual.html", "access.html", "faq.html"]
ENTRY = entry(s, name="Caribbean Early Childhood Educators' Conference 2027 (early-years association, Kingston, Jamaica)",
    languages=["en"],
    fees=[(15000, "JMD"), (18500, "JMD"), (19000, "JMD"), (22500, "JMD"), (7500, "JMD"), (150, "USD"), (6000, "JMD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=None, registration_host="www.eventbrite.com", min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "cart"], videos_without_captions=0,
    pdf_only_documents=False, participation_pages=P, deliberate_404=["photos-2025.html"],
    evidence={
        "languages": [Q("index.html", "Practitioners from basic schools, infant departments and daycares across the region meet"),
                      Q("index.html", "Wah gwaan, teachers!", "Patois greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Association members J$15,000 J$18,500", "member rate: category rate, two amounts"),
                 Q("fees.html", "Non-members J$19,000 J$22,500"),
                 Q("fees.html", "Full-time students (teachers' colleges) J$7,500 J$7,500", "one entry"),
                 Q("fees.html", "Overseas delegates US$150 US$150", "150 USD"),
                 Q("fees.html", "Virtual delegate pass J$6,000 J$6,000", "virtual pass with live Q&A"),
                 Q("fees.html", "Association membership for 2027 (J$4,000 a year) is paid separately.", "membership dues: not a fee"),
                 Q("sponsors.html", "Gold sponsor package: J$750,000. Marketplace booth: J$60,000.", "not fees"),
                 Q("travel.html", "Partner hotel on Knutsford Boulevard: US$135 per night.", "hotel and fares: not fees"),
                 Q("jobs.html", "J$3,200,000 per year", "salary: not a fee")],
        "free_option": [N("fees stated, nothing said about a free way: false", "fees.html")],
        "fee_support": [Q("fees.html", "A limited number of bursaries covering registration and bus fare are available"),
                        Q("fees.html", "Full-time students (teachers' colleges) J$7,500", "student rate")],
        "remote_participation": [Q("virtual.html", "they can raise a hand or type a question, which the chair puts to the speakers live")],
        "captcha": [M("access.html", '<div class="h-captcha"', "on the access-needs form")],
        "account_required": [Q("faq.html", "You can check out as a guest, without creating an account.")],
        "registration_form": [N("no own registration form; the 3-field access form is not one", "access.html")],
        "registration_host": [M("faq.html", 'href="https://www.eventbrite.com/e/caribbean-ece-conference-2027-tickets-000000000"', "link only in the FAQ")],
        "registration_pdf_only": [N("Eventbrite")],
        "min_age": [N("no age limit")],
        "accessibility_statement": [Q("access.html", "The Jamaica Conference Centre is step-free throughout, with lifts to every meeting room")],
        "access_services": [Q("access.html", "step-free throughout", "wheelchair_access"),
                            Q("access.html", "Jamaican Sign Language (JSL) interpreters work at all plenary sessions.", "sign_language"),
                            Q("access.html", "real-time captioning (CART)", "cart only")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
