"""Lusaka: a farmers' union's national indaba on climate-smart agriculture (en-ZM; a Nyanja section)."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "Home"), ("programme.html", "Programme"), ("delegates.html", "Delegates"), ("faq.html", "FAQ"),
       ("access.html", "Access &amp; languages"), ("stay.html", "Stay in Lusaka"), ("seedfair.html", "Seed fair"),
       ("news.html", "News")]
FOOT = ('<p>Zambia Smallholder Farmers\' Union (ZSFU), Plot 2231 Kafue Road, Lusaka — '
        '<a href="mailto:indaba@zsfu.example.org.zm">indaba@zsfu.example.org.zm</a> — +260 211 000 777</p>')
s = mk("smallholder-farmers-indaba-lusaka", "National Smallholder Farmers' Indaba 2027", "en-ZM", "#2e7d32", "ZS", NAV,
       foot={"en-ZM": FOOT})
placeholder_media(s, "media/indaba-invite.mp4")
vtt(s, "media/indaba-invite-en.vtt", "Welcome to the Indaba")

s.page("index.html", "National Smallholder Farmers' Indaba 2027 — Lusaka", f"""
<h1>National Smallholder Farmers' Indaba 2027</h1>
<p><strong>Climate-smart farming: from the field to the policy table<br>3–4 March 2027, Showgrounds Main Hall, Lusaka</strong></p>
<p>The rains are shorter and the dry spells longer. For two days, smallholder farmers from every province sit down
with extension officers, researchers, seed companies and the Ministry to agree what the next Farmer Input Support
Programme should look like. The resolutions of the Indaba will be presented to Parliament's Committee on
Agriculture in April.</p>
<ul>
  <li><a href="delegates.html">Who takes part and how delegates are nominated</a></li>
  <li><a href="faq.html">Questions about taking part, registration and joining from home</a></li>
  <li><a href="access.html">Access and languages</a></li>
</ul>
{video("media/indaba-invite.mp4", track="media/indaba-invite-en.vtt", track_lang="en", label="English")}
<section lang="ny">
  <h2>Mu Chinyanja</h2>
  <p>Bungwe la alimi ang'onoang'ono likuitana alimi onse ku msonkhano wa dziko lonse pa 3 ndi 4 March 2027 ku
  Lusaka. Tidzakambirana za ulimi wosamala nyengo, mbewu zopirira chilala komanso thandizo la boma kwa alimi.
  Boma lililonse lidzatumiza nthumwi ziwiri, ndipo zokambirana zidzamasuliridwa m'Chinyanja ndi m'Chibemba.</p>
</section>
""")

s.page("programme.html", "Programme — Farmers' Indaba 2027", """
<h1>Programme</h1>
<h2>Wednesday 3 March</h2>
<ol>
  <li>Opening by the Union President</li>
  <li>Fertiliser at K1,050 a bag: who can still afford it?</li>
  <li>Free-range village chickens: a business for young farmers</li>
  <li>Group work by province</li>
</ol>
<h2>Thursday 4 March</h2>
<ol>
  <li>Drought-tolerant seed: what the trials show</li>
  <li>Debate and vote on the Indaba resolutions</li>
  <li>Closing</li>
</ol>
""")

s.page("delegates.html", "Delegates — Farmers' Indaba 2027", """
<h1>Delegates</h1>
<p>Each district farmers' association nominates two delegates, at least one of them a woman. Youth delegates must
be aged 18–35; every province sends at least four.</p>
<p>Transport to Lusaka and two nights' accommodation are reimbursed for nominated district delegates on
presentation of bus tickets and receipts. Delegates also receive a daily subsistence allowance of K400.</p>
<p>Observers from cooperatives, NGOs and the private sector are welcome in the hall but do not vote.</p>
""")

s.page("faq.html", "FAQ — Farmers' Indaba 2027", """
<h1>Frequently asked questions</h1>
<details><summary>How do I register?</summary>
<p>Delegates and observers register with the online form at
<a href="https://form.jotform.com/270311234567890">form.jotform.com/270311234567890</a>. You do not need an account;
your district coordinator can also fill it in for you.</p></details>
<details><summary>Can I take part without travelling to Lusaka?</summary>
<p>Yes. Farmers who cannot travel can join on Zoom from the district offices and raise their hand to speak in the
group work and the debate on resolutions. The sessions are also on Radio Maria's farmer programme, with a phone-in
line for questions.</p></details>
<details><summary>Will there be seed to take home?</summary>
<p>Each delegate receives a pack of drought-tolerant maize seed worth about K85.</p></details>
""")

s.page("access.html", "Access and languages — Farmers' Indaba 2027", """
<h1>Access and languages</h1>
<p>The Main Hall has ramps at both entrances and accessible toilets. A Zambian Sign Language interpreter will work
in all plenary sessions.</p>
<p>Plenaries are in English with interpretation into Nyanja and Bemba. A live captioning (CART) service shows
what is said in English on the screen beside the stage.</p>
<p>For any other need, contact Mr Chanda Mwale on +260 977 000 123 before 20 February.</p>
""")

s.page("stay.html", "Stay in Lusaka — Farmers' Indaba 2027", """
<h1>Staying in Lusaka</h1>
<ul>
  <li>Kafue Road Lodge: K1,100 per night, breakfast included.</li>
  <li>Intercity bus from Chipata to Lusaka: about K180.</li>
  <li>Minibus from the Intercity terminus to the Showgrounds: K12.</li>
</ul>
""")

s.page("seedfair.html", "Seed fair — Farmers' Indaba 2027", """
<h1>Seed and equipment fair</h1>
<p>Seed companies, input dealers and cooperatives can book a stand in the Showgrounds next to the hall.</p>
<table>
  <tr><th>Stand</th><th>Price</th></tr>
  <tr><td>Standard stand (3 m × 3 m)</td><td>ZMW 2,500</td></tr>
  <tr><td>Cooperative stand</td><td>K500</td></tr>
</table>
""")

s.page("news.html", "News — ZSFU", """
<h1>News</h1>
<p>12 November 2026: provincial coordinators appointed for the 2027 Indaba.</p>
<p>2 October 2026: <a href="resolutions-2025.html">resolutions of the 2025 Indaba</a> presented to the Ministry.</p>
""")

ENTRY = entry(
    s, name="National Smallholder Farmers' Indaba 2027 (farmers' union, Lusaka)",
    languages=["en", "ny"],
    fees=[], free_option=None, fee_support=True, remote_participation=True,
    captcha=[], account_required=False, registration_form=None, registration_host="form.jotform.com",
    min_age=18, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation", "cart"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "delegates.html", "faq.html", "access.html"],
    deliberate_404=["resolutions-2025.html"],
    evidence={
        "languages": [Q("index.html", "For two days, smallholder farmers from every province sit down"),
                      Q("index.html", "Bungwe la alimi ang'onoang'ono likuitana alimi onse",
                        "Nyanja (Chichewa, ny) section with lang=ny")],
        "un_languages": [N("en")],
        "fees": [N("no price of taking part anywhere", "delegates.html"),
                 Q("delegates.html", "daily subsistence allowance of K400", "DSA, not a fee"),
                 Q("faq.html", "worth about K85", "seed pack given, not a fee"),
                 Q("stay.html", "K1,100 per night", "hotel, bus, minibus: not fees"),
                 Q("seedfair.html", "ZMW 2,500", "exhibitor stand, not a fee"),
                 Q("programme.html", "Fertiliser at K1,050 a bag", "talk title, not a fee")],
        "free_option": [N("nothing said about the cost of taking part; 'Free-range' is a talk title", "programme.html")],
        "fee_support": [Q("delegates.html", "Transport to Lusaka and two nights' accommodation are reimbursed for nominated district delegates")],
        "remote_participation": [Q("faq.html", "join on Zoom from the district offices and raise their hand to speak")],
        "captcha": [N("no form on the site")],
        "account_required": [Q("faq.html", "You do not need an account")],
        "registration_form": [N("no own form; Jotform link in the FAQ")],
        "registration_host": [M("faq.html", 'href="https://form.jotform.com/270311234567890"', "only in the FAQ")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("delegates.html", "Youth delegates must be aged 18–35", "18")],
        "accessibility_statement": [Q("access.html", "For any other need, contact Mr Chanda Mwale")],
        "access_services": [Q("access.html", "The Main Hall has ramps at both entrances"),
                            Q("access.html", "A Zambian Sign Language interpreter will work in all plenary sessions."),
                            Q("access.html", "with interpretation into Nyanja and Bemba"),
                            Q("access.html", "A live captioning (CART) service", "CART named: cart only")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/indaba-invite-en.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF; programme in HTML")],
    })
