from lib import *

NAV = [("index.html", "Home"), ("rates.html", "Rates"), ("register.html", "Register"), ("virtual.html", "Virtual delegates"),
       ("access.html", "Access"), ("sponsors.html", "Sponsors"), ("travel.html", "Travel & stay"), ("careers.html", "Careers")]
s = mk("northern-shea-value-chain-forum-tamale", "Northern Shea Value Chain Forum 2027", "en-GH", "#8a6d1d", "NS",
       NAV, foot={"en-GH": "<p>Northern Shea Collectors' Alliance · forum@sheaforum-tamale.example.com.gh</p>"})

s.page("index.html", "Northern Shea Value Chain Forum 2027", """
<h1>Northern Shea Value Chain Forum 2027</h1>
<p>Desiba! From 9 to 11 June 2027 the Northern Shea Collectors' Alliance brings women collectors' groups, processors,
exporters, researchers and district officers to the Modern City Hotel conference hall in Tamale to talk about fair
prices for nuts, butter quality and access to export markets.</p>
<p>See the <a href="@rates.html">delegate rates</a> and <a href="@register.html">register</a>.</p>
<section lang="fr">
<h2>Pour nos voisins francophones</h2>
<p>Le forum accueille aussi les coopératives de karité du Burkina Faso et du Togo. Les délégués paient le tarif
international indiqué sur la page des tarifs et s'inscrivent par la même plateforme de billetterie. Les débats ont
lieu en anglais et en dagbani.</p>
</section>
""")

s.page("rates.html", "Rates", """
<h1>Delegate rates</h1>
<table><caption>Forum registration</caption>
<tr><th>Delegate category</th><th>Rate</th></tr>
<tr><td>Standard delegate (Ghana)</td><td>GH₵ 600</td></tr>
<tr><td>Member cooperative of the Alliance</td><td>GH₵ 250</td></tr>
<tr><td>International delegate</td><td>US$ 90</td></tr>
<tr><td>Virtual delegate (Zoom, with live questions)</td><td>GH₵ 200</td></tr>
</table>
<p>There are no complimentary passes: speakers and organisers register at the standard rate.</p>
<p>We are not able to offer sponsorships or travel support this year.</p>
""")

s.page("register.html", "Register", f"""
<h1>Register</h1>
<p>Registration and payment go through Eventbrite:
<a href="https://www.eventbrite.com/e/northern-shea-value-chain-forum-2027-tickets-000000000">Register on Eventbrite</a>.
You can check out as a guest, without an Eventbrite account.</p>
<h2>Questions before you register?</h2>
<form action="@register.html" method="post">
{fld("qname", "Your name")}
{fld("qmail", "E-mail", "email")}
{fld("qtext", "Your question", "textarea")}
<div class="mtcaptcha"></div>
<button type="submit">Send</button>
</form>
""")

s.page("virtual.html", "Virtual delegates", """
<h1>Virtual delegates</h1>
<p>Virtual delegates follow every plenary on Zoom and can ask questions live: the chair takes one online question after
each presentation. The link is sent with your Eventbrite confirmation.</p>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The conference hall is on the ground floor with a ramp at the main entrance and is wheelchair accessible.</p>
<p>All plenaries have Dagbani–English interpretation. Live captions are not available.</p>
<p>For other access needs write to access@sheaforum-tamale.example.com.gh.</p>
""")
s.page("sponsors.html", "Sponsors", """
<h1>Sponsors and exhibitors</h1><p>Gold sponsor: GH₵ 45,000. Exhibition booth: GH₵ 3,500.</p>
""")
s.page("travel.html", "Travel & stay", """
<h1>Travel and stay</h1><p>Modern City Hotel: GH₵ 950 per night. Accra–Tamale flight from GH₵ 1,400; VIP bus GH₵ 280.</p>
""")
s.page("careers.html", "Careers", """
<h1>Careers</h1><p>Field officer, West Mamprusi: GH₵ 4,200 per month.</p>
""")

ENTRY = entry(s, name="Northern Shea Value Chain Forum 2027 (collectors' alliance, Tamale)",
    languages=["en", "fr"], fees=[(600, "GHS"), (250, "GHS"), (90, "USD"), (200, "GHS")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["other"],
    account_required=False, registration_form=None, registration_host="www.eventbrite.com",
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "rates.html", "register.html", "virtual.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "brings women collectors' groups, processors, exporters"),
                      M("index.html", '<section lang="fr">', "French section with lang"),
                      Q("index.html", "Le forum accueille aussi les coopératives de karité du Burkina Faso et du Togo."),
                      N("the Dagbani greeting \"Desiba!\" is not content, and Dagbani has no ISO 639-1 code")],
        "un_languages": [N("en, fr")],
        "fees": [Q("rates.html", "Standard delegate (Ghana) GH₵ 600", "600 GHS"),
                 Q("rates.html", "Member cooperative of the Alliance GH₵ 250", "250 GHS (category rate)"),
                 Q("rates.html", "International delegate US$ 90", "90 USD"),
                 Q("rates.html", "Virtual delegate (Zoom, with live questions) GH₵ 200", "200 GHS"),
                 Q("sponsors.html", "Gold sponsor: GH₵ 45,000.", "sponsorship, booth: not fees"),
                 Q("travel.html", "Modern City Hotel: GH₵ 950 per night.", "hotel, flight, bus: not fees"),
                 Q("careers.html", "GH₵ 4,200 per month", "salary: not a fee")],
        "free_option": [Q("rates.html", "There are no complimentary passes: speakers and organisers register at the standard rate.")],
        "fee_support": [Q("rates.html", "We are not able to offer sponsorships or travel support this year."),
                        N("the member-cooperative rate is a category rate, not support")],
        "remote_participation": [Q("virtual.html", "Virtual delegates follow every plenary on Zoom and can ask questions live")],
        "captcha": [M("register.html", '<div class="mtcaptcha">', "MTCaptcha on the question form: other")],
        "account_required": [Q("register.html", "You can check out as a guest, without an Eventbrite account.")],
        "registration_form": [N("no own registration form; the 3-field question form is not one", "register.html")],
        "registration_host": [M("register.html", 'href="https://www.eventbrite.com/e/northern-shea-value-chain-forum-2027-tickets-000000000"')],
        "registration_pdf_only": [N("registration on Eventbrite")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("access.html", "with a ramp at the main entrance and is wheelchair accessible")],
        "access_services": [Q("access.html", "is wheelchair accessible", "wheelchair_access"),
                            Q("access.html", "All plenaries have Dagbani–English interpretation.", "interpretation"),
                            Q("access.html", "Live captions are not available.", "negation: no captions")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
