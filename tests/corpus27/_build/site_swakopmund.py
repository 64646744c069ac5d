from lib import *

NAV = [("index.html", "Home"), ("passes.html", "Passes &amp; prices"), ("programme.html", "Programme"),
       ("access.html", "Access"), ("faq.html", "FAQ"), ("stay.html", "Where to stay"),
       ("sponsors.html", "Sponsors"), ("shop.html", "Festival shop")]
FOOT = {"en-NA": '<p>Namib Coast Bird Club (a made-up club) · 14 Strand Street, Swakopmund · '
        '<a href="mailto:festival@namibcoastbirds.example.na">festival@namibcoastbirds.example.na</a></p>'}
s = mk("namib-coast-birding-festival-swakopmund", "Namib Coast Birding Festival 2027", "en-NA", "#c2731b", "NCB", NAV, foot=FOOT)

s.page("index.html", "Namib Coast Birding Festival 2027", """
<h1>Namib Coast Birding Festival 2027</h1>
<p>From 7 to 10 October 2027 the Namib Coast Bird Club invites birders of every level to Swakopmund and Walvis Bay:
guided walks along the lagoon and the saltworks, evening talks on migrant waders, a lagoon photography workshop and
the Youth Bird Challenge for school learners.</p>
<p>Flamingos, Damara terns and tens of thousands of Palaearctic waders gather here in spring; the festival count
feeds into the national waterbird census.</p>
<div>
<h2>Voëlfees aan die Namib-kus</h2>
<p>Welkom by die Namib-kus Voëlfees! Vir vier dae in Oktober stap ons saam met kenners langs die strandmeer van
Walvisbaai en die soutpanne van Swakopmund. Daar is gidsstappe vir beginners en ervare voëlkykers, aandpraatjies oor
trekvoëls en 'n fotografiewerkswinkel by die strandmeer.</p>
<p>Kaartjies word aanlyn bespreek; lees asseblief die vrae en antwoorde vir al die besonderhede.</p>
</div>
""")

s.page("passes.html", "Passes and prices", """
<h1>Passes and prices</h1>
<table>
<caption>Festival prices (NAD)</caption>
<tr><th>Item</th><th>Price</th></tr>
<tr><td>Festival pass (talks, Youth Bird Challenge, lagoon count)</td><td>650</td></tr>
<tr><td>Guided saltworks walk, led by festival guides</td><td>180</td></tr>
<tr><td>Lagoon photography workshop</td><td>420</td></tr>
</table>
<p>There are no free passes: our guides and speakers buy a pass too.</p>
<p>We are unable to offer bursaries, concessions or travel subsidies.</p>
<p>Optional extra, run by an independent operator: Pelican Point boat cruise with Sandwich Harbour Tours, N$1 150 per person,
booked directly with them.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<p>The day-by-day programme (walk start times, talk titles, meeting points) is available as a PDF only:
<a href="@docs/ncbf-2027-programme.pdf">download the programme (PDF)</a>.</p>
""")
s.pdf("docs/ncbf-2027-programme.pdf", "Namib Coast Birding Festival 2027 - programme\n7 Oct: lagoon walk, evening talk\n8 Oct: saltworks walk\n9 Oct: Youth Bird Challenge\n10 Oct: lagoon count")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The lagoon bird hide is reached by a wheelchair-accessible boardwalk, and the talks venue at the Swakopmund
Museum hall has a ramp at the side entrance.</p>
<p>Namibian Sign Language interpreting can be arranged for the evening talks on request.</p>
<p>Tell us what you need at <a href="mailto:access@namibcoastbirds.example.na">access@namibcoastbirds.example.na</a>.</p>
""")

s.page("faq.html", "Frequently asked questions", """
<h1>Frequently asked questions</h1>
<details open><summary>How do I book?</summary>
<p>All passes, walks and the workshop are booked on Quicket: <a href="https://www.quicket.co.za/events/228019-namib-coast-birding-festival-2027/">Namib Coast Birding Festival on Quicket</a>.
You can check out as a guest, without an account.</p></details>
<details open><summary>Who can enter the Youth Bird Challenge?</summary>
<p>The Youth Bird Challenge is open to learners aged 12 to 18, in teams of three with a teacher. Every learner needs a festival pass.</p></details>
<details open><summary>Can I follow the talks online?</summary>
<p>No. The festival is in person only and the talks are not streamed.</p></details>
""")

s.page("stay.html", "Where to stay", """
<h1>Where to stay</h1>
<p>Desert Breeze Guest House: N$980 per room per night. Shuttle from Walvis Bay airport: N$350 one way.</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsors</h1>
<p>Become a Flamingo sponsor for N$25 000 or a Tern sponsor for N$8 000; exhibitor tables cost N$1 500.</p>
""")

s.page("shop.html", "Festival shop", """
<h1>Festival shop</h1>
<p>Field guide to the birds of the Namib coast: N$395. Festival cap: N$180.</p>
""")

ENTRY = entry(s, name="Namib Coast Birding Festival 2027 (bird club, Swakopmund, Namibia)",
    languages=["en", "af"], fees=[(650, "NAD"), (180, "NAD"), (420, "NAD")],
    free_option=False, fee_support=False, remote_participation=False, captcha=[], account_required=False,
    registration_form=None, registration_host="www.quicket.co.za", registration_pdf_only=False, min_age=12,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "passes.html", "programme.html", "access.html", "faq.html"],
    evidence={
        "languages": [Q("index.html", "the Namib Coast Bird Club invites birders of every level to Swakopmund and Walvis Bay"),
                      Q("index.html", "Welkom by die Namib-kus Voëlfees! Vir vier dae in Oktober stap ons saam met kenners",
                        "Afrikaans section without a lang attribute: counts")],
        "un_languages": [N("en")],
        "fees": [Q("passes.html", "Festival prices (NAD)", "currency from the caption"),
                 Q("passes.html", "Festival pass (talks, Youth Bird Challenge, lagoon count) 650"),
                 Q("passes.html", "Guided saltworks walk, led by festival guides 180", "walk run by the festival: a fee"),
                 Q("passes.html", "Lagoon photography workshop 420"),
                 Q("passes.html", "Pelican Point boat cruise with Sandwich Harbour Tours, N$1 150 per person", "operator's trip: not a fee"),
                 Q("stay.html", "Desert Breeze Guest House: N$980 per room per night.", "lodging, shuttle, sponsors, goods: not fees")],
        "free_option": [Q("passes.html", "There are no free passes: our guides and speakers buy a pass too.")],
        "fee_support": [Q("passes.html", "We are unable to offer bursaries, concessions or travel subsidies.")],
        "remote_participation": [Q("faq.html", "No. The festival is in person only and the talks are not streamed.")],
        "captcha": [N("no form with a CAPTCHA (no form at all)")],
        "account_required": [Q("faq.html", "You can check out as a guest, without an account.")],
        "registration_form": [N("no own registration form")],
        "registration_host": [M("faq.html", 'href="https://www.quicket.co.za/events/228019-namib-coast-birding-festival-2027/"', "link only in the FAQ")],
        "registration_pdf_only": [N("platform booking")],
        "min_age": [Q("faq.html", "The Youth Bird Challenge is open to learners aged 12 to 18", "lower bound 12")],
        "accessibility_statement": [Q("access.html", "The lagoon bird hide is reached by a wheelchair-accessible boardwalk")],
        "access_services": [Q("access.html", "wheelchair-accessible boardwalk", "wheelchair_access"),
                            Q("access.html", "Namibian Sign Language interpreting can be arranged for the evening talks on request.", "sign_language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [M("programme.html", 'href="docs/ncbf-2027-programme.pdf"', "programme only as PDF")],
    })
