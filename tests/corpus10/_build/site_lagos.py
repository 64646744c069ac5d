"""Music & creative-tech conference (Lagos).
en-NG with a Yoruba section; ₦ / NGN; paid watch-only virtual pass; free Youth Day said only in the FAQ, with an
RSVP form on its own page; no-account checkout said only in the FAQ; /tickets/ and FAQ linked from home; a 404."""
from lib import mk, Q, M, N, entry, video, placeholder_media

SLUG = "lagos-music-creative-tech-conference"
s = mk(SLUG, "Lagos Music & Creative Tech Conference 2027", "en-NG", "#006b3f", "LM",
       [("index.html", "Home"), ("lineup.html", "Line-up"), ("youth-day.html", "Youth Day"), ("accessibility.html", "Access"),
        ("partners.html", "Partners"), ("accommodation.html", "Accommodation")],
       foot={"en-NG": '<p>Lagos Creative Industries Collective (fictional) · <a href="@careers.html">Careers</a> · '
                      'hello@lmct.example.ng</p>'})

placeholder_media(s, "media/aftermovie-2026.mp4")

s.page("index.html", "Lagos Music & Creative Tech Conference 2027", f"""
<h1>Lagos Music &amp; Creative Tech Conference 2027</h1>
<p>4–6 March 2027 · Lagoon Arts Hall (fictional), Victoria Island, Lagos</p>
<p>Three days of talks, studio clinics and showcases for artists, producers, developers and the people who build
Africa's music business.</p>
<p><a class="button" href="@tickets/">Get tickets</a> <a class="button" href="@faq.html">FAQ</a></p>
<p><a href="@press-kit.html">Press kit</a></p>
<h2>2026 aftermovie</h2>
{video("media/aftermovie-2026.mp4")}
<section lang="yo">
<h2>Ní èdè Yorùbá</h2>
<p>Àpérò yìí ń kó àwọn olórin, olùgbéjáde orin àti àwọn onímọ̀ ẹ̀rọ jọ láti jíròrò nípa ọjọ́ iwájú orin àti iṣẹ́ ọnà
ní Áfíríkà. Ẹ wá darapọ̀ mọ́ wa ní Èkó fún ọjọ́ mẹ́ta ti ẹ̀kọ́, ìfihàn àti ìbáṣepọ̀.</p>
</section>
""")

s.page("tickets/index.html", "Tickets", """
<h1>Tickets</h1>
<table>
  <tr><th>Pass</th><th>Price</th></tr>
  <tr><td>Regular pass (3 days)</td><td>₦25,000</td></tr>
  <tr><td>Student pass</td><td>₦10,000</td></tr>
  <tr><td>VIP pass (front seats + mixer)</td><td>NGN 60,000</td></tr>
  <tr><td>Virtual pass (livestream)</td><td>₦5,000</td></tr>
</table>
<p>Tickets are sold on <a href="https://tix.africa/discover/lagos-music-creative-tech-2027">Tix Africa</a>.</p>
""")

s.page("faq.html", "FAQ", """
<h1>Frequently asked questions</h1>
<details open><summary>Do I need an account to buy tickets?</summary>
<p>No. Tix Africa lets you check out as a guest.</p></details>
<details open><summary>Is there a free option?</summary>
<p>Yes. Youth Day on Friday is free for secondary-school students; RSVP on the Youth Day page.</p></details>
<details open><summary>Can virtual pass holders ask questions?</summary>
<p>No. The livestream is watch-only; questions are taken only from the room.</p></details>
<details open><summary>Can I get a refund?</summary><p>Tickets can be transferred but not refunded.</p></details>
""")

s.page("youth-day.html", "Youth Day", """
<h1>Youth Day</h1>
<p>Youth Day (Friday 5 March) is for secondary-school students aged 13 to 18: beat-making clinics, a songwriting camp
and a careers panel.</p>
<h2>RSVP</h2>
<form action="@youth-day.html" method="post">
  <label for="name">Student's full name *</label>
  <input type="text" id="name" name="name">
  <label for="school">School *</label>
  <input type="text" id="school" name="school">
  <label for="class">Class</label>
  <select id="class" name="class"><option>JSS3</option><option>SS1</option><option>SS2</option><option>SS3</option></select>
  <label for="dob">Date of birth *</label>
  <input type="date" id="dob" name="dob">
  <label for="gphone">Parent or guardian's phone *</label>
  <input type="tel" id="gphone" name="gphone">
  <label for="email">Email (optional)</label>
  <input type="email" id="email" name="email">
  <div class="check"><input type="checkbox" id="ok" name="ok"> <label for="ok">My parent or guardian agrees *</label></div>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAAexampleNG"></div>
  <button type="submit">Send RSVP</button>
</form>
""")

s.page("accessibility.html", "Access", """
<h1>Access</h1>
<p>The Lagoon Arts Hall has step-free access and accessible toilets.</p>
<p>Nigerian Sign Language interpreters work on the main stage.</p>
<p>We do not offer live captioning this year.</p>
<p>For access requests, write to access@lmct.example.ng.</p>
""")

s.page("lineup.html", "Line-up", """
<h1>Line-up</h1>
<ul>
  <li>Custom sample packs and royalties</li>
  <li>Registration of music rights with collecting societies</li>
  <li>The language of Afrobeats lyrics</li>
  <li>Streaming fees explained</li>
</ul>
""")

s.page("partners.html", "Partners", """
<h1>Partners and exhibitors</h1>
<p>Headline partner: ₦15,000,000. Exhibition booth: ₦750,000.</p>
<p>Beat battle prize: ₦2,000,000.</p>
""")

s.page("accommodation.html", "Accommodation", """
<h1>Accommodation</h1>
<p>Partner hotel in Victoria Island: ₦85,000 per night.</p>
<p>A ride-hailing taxi from the airport costs about ₦12,000; the BRT bus costs ₦500.</p>
<p>Travelling from Nairobi? Return flights start at about KSh 95,000.</p>
""")

s.page("careers.html", "Careers", """
<h1>Careers</h1>
<p>Junior sound engineer, ₦450,000 per month.</p>
""")

ENTRY = entry(
    s, name="Lagos Music & Creative Tech Conference 2027 (music & creative-tech conference, Lagos)",
    languages=["en", "yo"],
    fees=[(25000, "NGN"), (10000, "NGN"), (60000, "NGN"), (5000, "NGN")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["turnstile"], account_required=False,
    registration_form=(7, 5, ["affiliation", "birth_date", "phone"]), registration_host="tix.africa", min_age=13,
    accessibility_statement=True, access_services=["sign_language", "wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "tickets/index.html", "faq.html", "youth-day.html", "accessibility.html"],
    deliberate_404=["press-kit.html"],
    evidence={
        "languages": [Q("index.html", "Three days of talks, studio clinics and showcases"),
                      Q("index.html", "Àpérò yìí ń kó àwọn olórin, olùgbéjáde orin àti àwọn onímọ̀ ẹ̀rọ jọ", "Yoruba section (lang=yo)")],
        "un_languages": [N("en")],
        "fees": [Q("tickets/index.html", "Regular pass (3 days) ₦25,000"),
                 Q("tickets/index.html", "Student pass ₦10,000"),
                 Q("tickets/index.html", "VIP pass (front seats + mixer) NGN 60,000"),
                 Q("tickets/index.html", "Virtual pass (livestream) ₦5,000", "paid watch-only stream: a fee"),
                 Q("partners.html", "Headline partner: ₦15,000,000. Exhibition booth: ₦750,000.", "sponsor, exhibitor"),
                 Q("partners.html", "Beat battle prize: ₦2,000,000.", "prize"),
                 Q("accommodation.html", "Partner hotel in Victoria Island: ₦85,000 per night.", "hotel"),
                 Q("accommodation.html", "A ride-hailing taxi from the airport costs about ₦12,000; the BRT bus costs ₦500.", "transport"),
                 Q("accommodation.html", "Return flights start at about KSh 95,000.", "flight"),
                 Q("careers.html", "Junior sound engineer, ₦450,000 per month.", "salary"),
                 Q("lineup.html", "Streaming fees explained", "talk title")],
        "free_option": [Q("faq.html", "Yes. Youth Day on Friday is free for secondary-school students", "only in the FAQ")],
        "fee_support": [Q("tickets/index.html", "Student pass ₦10,000", "reduced student rate")],
        "remote_participation": [Q("faq.html", "No. The livestream is watch-only; questions are taken only from the room.")],
        "captcha": [M("youth-day.html", '<div class="cf-turnstile"')],
        "account_required": [Q("faq.html", "No. Tix Africa lets you check out as a guest.", "only in the FAQ")],
        "registration_form": [N("Youth Day RSVP: 7 fields: name, school, class select, date of birth, guardian phone, email, consent "
                                "checkbox. Required by '*' only: name, school, date of birth, guardian phone, consent = 5. "
                                "Sensitive: affiliation (school), birth_date, phone.", "youth-day.html")],
        "registration_host": [M("tickets/index.html", 'href="https://tix.africa/discover/lagos-music-creative-tech-2027"')],
        "registration_pdf_only": [N("platform and HTML form")],
        "min_age": [Q("youth-day.html", "is for secondary-school students aged 13 to 18", "Youth Day programme: lower bound")],
        "accessibility_statement": [Q("accessibility.html", "For access requests, write to access@lmct.example.ng.")],
        "access_services": [Q("accessibility.html", "The Lagoon Arts Hall has step-free access and accessible toilets."),
                            Q("accessibility.html", "Nigerian Sign Language interpreters work on the main stage."),
                            Q("accessibility.html", "We do not offer live captioning this year.", "negation: no captions")],
        "videos_without_captions": [M("index.html", 'src="media/aftermovie-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
