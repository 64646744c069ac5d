from lib import *

NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Registration"), ("questions.html", "Questions"),
       ("venue.html", "Venue & access"), ("sponsors.html", "Sponsors"), ("market.html", "Market report"), ("news.html", "News")]
s = mk("lae-coffee-extension-officers-roundtable", "Lae Coffee Extension Officers' Roundtable 2027", "en-PG", "#2f5d3a", "KOF",
       NAV, foot={"en-PG": "<p>Highlands Coffee Extension Network · Section 4, Milfordhaven Road, Lae · roundtable@hcen.example.org.pg</p>"})
s.pdf("docs/registration-form-2027.pdf", "Registration form - Coffee Extension Officers Roundtable 2027\nName:\nOrganisation:\nProvince:\nSignature of supervisor:")

s.page("index.html", "Coffee Extension Officers' Roundtable 2027", """
<h1>Coffee Extension Officers' Roundtable</h1>
<p>Extension officers from Morobe, Eastern Highlands, Jiwaka and Simbu meet in Lae from 14 to 16 June 2027 to compare notes on coffee berry borer, replanting of old gardens and getting fair prices to smallholders.</p>
<p>The roundtable is in person only; there is no livestream and no video link this year.</p>
<section class="tokpisin">
<h2>Long Tok Pisin</h2>
<p>Ol kofi ekstensen ofisa bilong Morobe, Eastern Highlands, Jiwaka na Simbu, yumi bung long Lae long mun Jun. Mipela bai toktok long sik bilong kofi, prais bilong kofi na ol niupela rot bilong helpim ol liklik fama.</p>
<p>Nogat onlain rejistresen: kisim pepa PDF na givim long ofis bilong DPI long provins bilong yu.</p>
</section>
<p><a href="@fees.html">Fees</a> · <a href="@register.html">How to register</a> · <a href="@venue.html">Venue</a></p>
""")

s.page("fees.html", "Fees", """
<h1>Registration fees</h1>
<ul>
<li>Officers of coffee companies, exporters and NGOs: K 450</li>
<li>Government extension officers (DPI, Coffee Industry Corporation): K 280</li>
</ul>
<p>The fee covers lunches, teas and the field day at Bulolo.</p>
<p>There are no complimentary places. We cannot cover travel, and there are no discounted places.</p>
""")

s.page("register.html", "Registration", """
<h1>How to register</h1>
<p>There is no online registration. Download the <a href="@docs/registration-form-2027.pdf">registration form (PDF)</a>, fill it in, have your supervisor sign it and hand it to your provincial DPI office by 15 May.</p>
<p>A session on young coffee growers under 30 is part of the programme.</p>
""")

s.page("questions.html", "Questions", """
<h1>Questions</h1>
<p>Ask us anything about the roundtable.</p>
<form action="@questions.html" method="post">
""" + fld("n", "Your name") + fld("e", "Email", "email") + fld("q", "Question", "textarea") + """
<div class="cf-turnstile" data-sitekey="0x4AAAA-lae-example"></div>
<button type="submit">Send</button>
</form>
""")

s.page("venue.html", "Venue & access", """
<h1>Venue</h1>
<p>Sessions are in the upstairs meeting room of the Lae Chamber building. The room is up one flight of stairs and there is no lift. If you need help with access, call Mary Kila on 7234 5678 or write to access@hcen.example.org.pg before 1 June and we will arrange a ground-floor room.</p>
<p>Accommodation: Lae Lodge, K 420 a night. A PMV from Nadzab airport to town is about K 20.</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsors</h1>
<p>A New Zealand development programme sponsors the field day with NZ$ 15,000. Exporter sponsorship packages start at K 8,000.</p>
""")

s.page("market.html", "Market report", """
<h1>Market report</h1>
<p>Parchment coffee, Goroka buying points: K 9.50 per kg.</p>
""")

s.page("news.html", "News", """
<h1>News</h1>
<p>Report of the 2026 roundtable: <a href="@reports/2026.html">read it here</a>.</p>
""")

ENTRY = entry(s, name="Coffee extension officers' roundtable 2027 (Highlands Coffee Extension Network, Lae, Papua New Guinea)",
    languages=["en"],
    fees=[(450, "PGK"), (280, "PGK")],
    free_option=False, fee_support=False, remote_participation=False, captcha=["turnstile"], account_required=False,
    registration_form=None, registration_pdf_only=True,
    min_age=None, accessibility_statement=True, access_services=[],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "fees.html", "register.html", "questions.html", "venue.html"],
    deliberate_404=["reports/2026.html"],
    evidence={
        "languages": [Q("index.html", "Extension officers from Morobe, Eastern Highlands, Jiwaka and Simbu meet in Lae"),
                      M("index.html", '<section class="tokpisin">', "Tok Pisin section without lang: no ISO 639-1 code, not listable")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Officers of coffee companies, exporters and NGOs: K 450"),
                 Q("fees.html", "Government extension officers (DPI, Coffee Industry Corporation): K 280", "category rate, a fee"),
                 Q("venue.html", "Lae Lodge, K 420 a night", "lodge and PMV: not fees"),
                 Q("sponsors.html", "NZ$ 15,000", "sponsor (NZD, PGK): not fees"),
                 Q("market.html", "K 9.50 per kg", "coffee price: not a fee")],
        "free_option": [Q("fees.html", "There are no complimentary places.")],
        "fee_support": [Q("fees.html", "We cannot cover travel, and there are no discounted places.", "government rate is a category rate")],
        "remote_participation": [Q("index.html", "The roundtable is in person only; there is no livestream and no video link this year.")],
        "captcha": [M("questions.html", '<div class="cf-turnstile"', "on the question form")],
        "account_required": [N("PDF registration; no account")],
        "registration_form": [N("no online registration form; the 3-field question form is not one")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("register.html", "There is no online registration. Download the registration form (PDF)")],
        "min_age": [Q("register.html", "A session on young coffee growers under 30", "a maximum/topic, not a minimum age: null")],
        "accessibility_statement": [Q("venue.html", "If you need help with access, call Mary Kila", "contact for access needs")],
        "access_services": [Q("venue.html", "The room is up one flight of stairs and there is no lift.", "no wheelchair access; no services")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("register.html", "Download the registration form (PDF)", "registration form only as PDF")],
    })
