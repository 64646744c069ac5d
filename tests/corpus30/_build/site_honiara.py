"""Market vendors' forum, market vendors' association, Honiara (en-SB, Pijin greeting)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Home"), ("programme.html", "Programme"), ("register.html", "How to register"), ("faq.html", "FAQ"),
       ("access.html", "Access & children"), ("sponsors.html", "Sponsors"), ("travel.html", "Getting here"),
       ("prices.html", "Market prices")]
FOOT = {"en-SB": "<p>Honiara Central Market Vendors' Association, Mendana Avenue, Honiara. forum@marketvendors.example.sb</p>"}
s = mk("honiara-market-vendors-forum", "Market Vendors' Forum 2027", "en-SB", "#0b6e4f", "MV", NAV, foot=FOOT)
placeholder_media(s, "media/forum-2025-highlights.mp4")
s.pdf("docs/registration-form-2027.pdf", "Market Vendors' Forum 2027 - registration form\nName:\nMarket:\nPhone:")

s.page("index.html", "Market Vendors' Forum 2027", """
<h1>Market Vendors' Forum 2027</h1>
<p>Iumi welkam olketa!</p>
<p>Vendors from Honiara Central Market and from provincial markets in Auki, Gizo, Tulagi and Kirakira meet for two days, 8 and 9 June 2027, at the Vendors' Hall to talk about stall allocation, clean water, safety at night and savings clubs.</p>
<p>The forum is free for every market vendor, including vendors from provincial markets. See <a href="@register.html">how to register</a>.</p>
""" + video("media/forum-2025-highlights.mp4") + """
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul>
<li>Day 1: stall allocation and fees under the new market by-law (for discussion); safety for women vendors after dark.</li>
<li>Day 2: savings clubs; youth vendors' stream; election of the vendors' committee.</li>
</ul>
<p>The youth vendors' stream is open to vendors aged sixteen to twenty-five.</p>
""")

s.page("register.html", "How to register", """
<h1>How to register</h1>
<p>There is no online registration. Download the <a href="@docs/registration-form-2027.pdf">registration form (PDF)</a>, fill it in and hand it in at the association's office at the market, or give it to your market's vendor representative.</p>
<p>The registration form is only available as a PDF; printed copies are at the office.</p>
<p>Vendors from the provinces: your boat fare to Honiara and back is refunded at the forum when you show your ticket.</p>
""")

s.page("faq.html", "FAQ", """
<h1>Frequently asked questions</h1>
<details open><summary>Does it cost anything?</summary><p>No. Attending the forum costs nothing.</p></details>
<details open><summary>Can I join by phone or online?</summary><p>No, the forum is in person only this year; there is no online or phone participation.</p></details>
<details open><summary>Can I bring my children?</summary><p>Yes, see the access page for the children's corner.</p></details>
""")

s.page("access.html", "Access & children", """
<h1>Access and children</h1>
<p>The Vendors' Hall is on the ground floor with a ramp at the main door, and the toilets can be used by wheelchair users.</p>
<p>A children's corner with minders from the Mothers' Union is open during both days for children aged two to ten.</p>
<p>Tell us about any access needs by calling the office or writing to access@marketvendors.example.sb.</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsors</h1>
<p>Gold sponsor package SI$15,000; silver package SI$6,000. Sponsors get a stand at the hall.</p>
""")

s.page("travel.html", "Getting here", """
<h1>Getting here and staying</h1>
<p>Ship fare Auki–Honiara about SI$250 one way; Gizo–Honiara about SI$600.</p>
<p>Bus within Honiara: $3. Rooms at the Point Cruz motel from SI$450 a night.</p>
""")

s.page("prices.html", "Market prices", """
<h1>This week's market prices</h1>
<p>Betel nut: SI$10 a heap. Sweet potato: SI$20 a heap. Cabbage: SI$15 a bundle.</p>
""")

ENTRY = entry(
    s, name="Market vendors' forum 2027 (central market vendors' association, Honiara, Solomon Islands)",
    languages=["en"], fees=[],
    free_option=True, fee_support=True, remote_participation=False, captcha=[], account_required=False,
    registration_form=None, registration_host=None, registration_pdf_only=True, min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "childcare"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "programme.html", "register.html", "faq.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "Vendors from Honiara Central Market and from provincial markets"),
                      Q("index.html", "Iumi welkam olketa!", "Pijin greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("en")],
        "fees": [Q("index.html", "The forum is free for every market vendor", "free: fees []"),
                 Q("sponsors.html", "Gold sponsor package SI$15,000", "sponsor: not a fee"),
                 Q("travel.html", "Ship fare Auki–Honiara about SI$250 one way", "fares, motel: not fees"),
                 Q("prices.html", "Betel nut: SI$10 a heap.", "produce: not fees"),
                 Q("programme.html", "stall allocation and fees under the new market by-law (for discussion)", "subject of the forum: not a fee")],
        "free_option": [Q("index.html", "The forum is free for every market vendor, including vendors from provincial markets."),
                        Q("faq.html", "No. Attending the forum costs nothing.")],
        "fee_support": [Q("register.html", "your boat fare to Honiara and back is refunded at the forum when you show your ticket.")],
        "remote_participation": [Q("faq.html", "the forum is in person only this year; there is no online or phone participation.")],
        "captcha": [N("no form at all")],
        "account_required": [N("PDF form, no account")],
        "registration_form": [N("no HTML registration form (PDF only)")],
        "registration_host": [N("no platform")],
        "registration_pdf_only": [Q("register.html", "There is no online registration."),
                                  M("register.html", 'href="docs/registration-form-2027.pdf"')],
        "min_age": [Q("programme.html", "The youth vendors' stream is open to vendors aged sixteen to twenty-five."),
                    Q("access.html", "for children aged two to ten", "childcare ages: not a limit")],
        "accessibility_statement": [Q("access.html", "The Vendors' Hall is on the ground floor with a ramp at the main door")],
        "access_services": [Q("access.html", "the toilets can be used by wheelchair users", "wheelchair_access"),
                            Q("access.html", "A children's corner with minders from the Mothers' Union is open during both days", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/forum-2025-highlights.mp4">', "no track")],
        "pdf_only_documents": [Q("register.html", "The registration form is only available as a PDF", "registration form only as PDF")],
    })
