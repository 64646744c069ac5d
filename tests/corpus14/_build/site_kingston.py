"""Kingston: a regional association's early-childhood educators' conference (en-JM; a Jamaican Patois section)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Home"), ("programme.html", "Programme"), ("fees.html", "Fees"), ("register.html", "Register"),
       ("faq.html", "FAQ"), ("access.html", "Access"), ("hotels.html", "Hotels &amp; travel"),
       ("sponsors.html", "Sponsors"), ("jobs.html", "Jobs")]
FOOT = ('<p>Caribbean Association of Early Childhood Educators (CAECE), 14 Hope Gardens Road, Kingston 6, Jamaica — '
        '<a href="mailto:conference@caece.example.org">conference@caece.example.org</a></p>')
s = mk("caribbean-early-childhood-educators-conference-kingston", "CAECE Conference 2027", "en-JM", "#00794f", "CA",
       NAV, foot={"en-JM": FOOT}, newsletter={"en-JM": ("Conference news by e-mail:", "Subscribe")})
placeholder_media(s, "media/caece-2025-highlights.mp4")

s.page("index.html", "CAECE Conference 2027 — Kingston, Jamaica", f"""
<h1>Small Hands, Big Futures</h1>
<p><strong>The 12th Biennial Conference of the Caribbean Association of Early Childhood Educators<br>
9–11 April 2027, Liguanea Conference Centre, Kingston</strong></p>
<p>Three days for basic-school teachers, practitioners, principals, inspectors and researchers from across the
region to share what works in the classroom: play-based literacy, nurturing children with special needs, working
with parents, and keeping small centres afloat. Expect hands-on workshops, school visits in Kingston and St Andrew,
and plenty of time to reason with colleagues from Barbados to Belize.</p>
<p><a class="button" href="register.html">Register now</a> <a href="fees.html">See the fees</a></p>
<h2>Highlights from 2025</h2>
{video("media/caece-2025-highlights.mp4")}
<section lang="jam">
  <h2>Inna fi wi own words</h2>
  <p>Yuh a teach di likkle pickney dem? Dis conference a fi yuh. Come share weh yuh know, learn new ting an
  meet teacha from all bout di Caribbean. Wi a keep it a Liguanea inna April, so mark yuh calendar from now.</p>
</section>
""")

s.page("programme.html", "Programme — CAECE Conference 2027", """
<h1>Programme at a glance</h1>
<h2>Friday 9 April</h2>
<ul>
  <li>Opening plenary: Counting the cost — what a J$2 billion investment in basic schools has bought</li>
  <li>Workshop: Language-rich play for children aged 0 to 3</li>
  <li>Workshop: Captioned picture-book videos for toddlers — do the words on screen help?</li>
</ul>
<h2>Saturday 10 April</h2>
<ul>
  <li>Panel: Every child belongs — accessibility and inclusion in the early years classroom</li>
  <li>Site visits to four basic schools in Kingston and St Andrew</li>
</ul>
<h2>Sunday 11 April</h2>
<ul>
  <li>Research café: Speaking Patois and English in the classroom</li>
  <li>Closing plenary and awards</li>
</ul>
""")

s.page("fees.html", "Fees — CAECE Conference 2027", """
<h1>Registration fees</h1>
<table>
  <caption>Full conference (three days, lunches and materials included)</caption>
  <tr><th>Category</th><th>Fee</th></tr>
  <tr><td>CAECE members (2027 dues paid)</td><td>J$18,500</td></tr>
  <tr><td>Non-members (Jamaica)</td><td>JMD 24,000</td></tr>
  <tr><td>Overseas delegates</td><td>US$150</td></tr>
  <tr><td>Pre-conference workshop, 8 April (optional add-on)</td><td>J$4,000</td></tr>
</table>
<p>There are no complimentary passes: presenters register and pay like all delegates.</p>
<p>We regret that no bursaries, sponsorships or reduced rates are available this year. Schools may pay for their
staff with one invoice.</p>
<p>Annual CAECE membership is J$6,000 and can be paid separately through the Association's office.</p>
""")

s.page("register.html", "Register — CAECE Conference 2027", """
<h1>Register for the conference</h1>
<p>Fields marked * are required. You will receive an invoice by e-mail; payment is by bank transfer or card.</p>
<form action="register.html" method="post">
  <label for="fn">First name *</label>
  <input type="text" id="fn" name="fn">
  <label for="ln">Last name *</label>
  <input type="text" id="ln" name="ln">
  <label for="em">E-mail *</label>
  <input type="email" id="em" name="em">
  <label for="ph">Phone *</label>
  <input type="tel" id="ph" name="ph">
  <label for="sc">School or early childhood centre *</label>
  <input type="text" id="sc" name="sc">
  <label for="pa">Parish *</label>
  <select id="pa" name="pa"><option>Kingston</option><option>St Andrew</option><option>St Catherine</option><option>Clarendon</option><option>St James</option><option>Other / overseas</option></select>
  <fieldset>
    <legend>Registration category *</legend>
    <input type="radio" id="c1" name="cat" value="member"> <label for="c1">CAECE member</label>
    <input type="radio" id="c2" name="cat" value="non"> <label for="c2">Non-member</label>
    <input type="radio" id="c3" name="cat" value="overseas"> <label for="c3">Overseas delegate</label>
  </fieldset>
  <label for="mn">CAECE membership number</label>
  <input type="text" id="mn" name="mn">
  <label for="trn">TRN (Taxpayer Registration Number)</label>
  <input type="text" id="trn" name="trn">
  <div class="check"><input type="checkbox" id="w1" name="w1"> <label for="w1">Pre-conference workshop on 8 April</label></div>
  <div class="check"><input type="checkbox" id="w2" name="w2"> <label for="w2">I would like to join a school visit on 10 April</label></div>
  <div class="frc-captcha" data-sitekey="FCMGCAECE2027DEMO"></div>
  <button type="submit">Submit registration</button>
</form>
""")

s.page("faq.html", "FAQ — CAECE Conference 2027", """
<h1>Frequently asked questions</h1>
<details><summary>Can I attend online?</summary>
<p>Not this year. There is no virtual attendance option and sessions will not be streamed; slides will be shared
with registered delegates afterwards.</p></details>
<details><summary>I am presenting. Do I still pay?</summary>
<p>Yes, every presenter registers at the rate of their category.</p></details>
<details><summary>Can my principal pay for several teachers?</summary>
<p>Yes. Register each teacher, then write to us for a single invoice in the school's name.</p></details>
<details><summary>Is there parking?</summary>
<p>Yes, the Centre's car park costs J$500 per day.</p></details>
""")

s.page("access.html", "Access — CAECE Conference 2027", """
<h1>Accessibility</h1>
<p>The Liguanea Conference Centre is step-free from the car park to all meeting rooms, and accessible toilets are
on both floors. Wheelchair users are welcome on the school visits; please tell us in advance so we can arrange a
suitable bus.</p>
<p>Jamaican Sign Language (JSL) interpretation will be provided for all plenary sessions.</p>
<p>We are unable to offer live captioning this year.</p>
<p>Anything else we can do? Call Ms Andrea Whyte on 876-000-4321 or e-mail access@caece.example.org.</p>
""")

s.page("hotels.html", "Hotels and travel — CAECE Conference 2027", """
<h1>Hotels and travel</h1>
<ul>
  <li>Hope Road Hotel: conference rate US$139 per night, breakfast included.</li>
  <li>Guest houses in Liguanea from J$9,500 per night.</li>
  <li>From Norman Manley International Airport, a taxi costs about US$35; a route taxi in town costs J$150.</li>
</ul>
""")

s.page("sponsors.html", "Sponsors and exhibitors — CAECE Conference 2027", """
<h1>Sponsors and exhibitors</h1>
<table>
  <tr><th>Package</th><th>Price</th></tr>
  <tr><td>Gold sponsor</td><td>J$350,000</td></tr>
  <tr><td>Silver sponsor</td><td>J$175,000</td></tr>
  <tr><td>Exhibition table (publishers, toy makers)</td><td>J$60,000</td></tr>
</table>
""")

s.page("jobs.html", "Jobs board — CAECE", """
<h1>Jobs board</h1>
<dl>
  <dt>Principal, community basic school, Portmore</dt><dd>J$3.2 million per annum. Apply by 31 January.</dd>
  <dt>Early childhood practitioner, Ocho Rios</dt><dd>J$145,000 per month.</dd>
</dl>
""")

ENTRY = entry(
    s, name="12th Biennial CAECE Conference (early-childhood educators' association, Kingston)",
    languages=["en"],
    fees=[(18500, "JMD"), (24000, "JMD"), (150, "USD"), (4000, "JMD")],
    free_option=False, fee_support=False, remote_participation=False,
    captcha=["friendlycaptcha"], account_required=False,
    registration_form=(11, 7, ["phone", "affiliation", "id_document"]),
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "faq.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "Three days for basic-school teachers, practitioners, principals"),
                      Q("index.html", "Yuh a teach di likkle pickney dem? Dis conference a fi yuh.",
                        "Jamaican Patois section (lang=jam): no ISO 639-1 code, cannot be listed")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "J$18,500", "members: 18500 JMD"),
                 Q("fees.html", "JMD 24,000", "non-members: 24000 JMD"),
                 Q("fees.html", "US$150", "overseas delegates: 150 USD"),
                 Q("fees.html", "J$4,000", "pre-conference workshop add-on: 4000 JMD"),
                 Q("fees.html", "Annual CAECE membership is J$6,000", "membership dues, not a fee"),
                 Q("faq.html", "costs J$500 per day", "parking, not a fee"),
                 Q("hotels.html", "conference rate US$139 per night", "hotel, taxi: not fees"),
                 Q("sponsors.html", "J$350,000", "sponsor/exhibitor, not a fee"),
                 Q("jobs.html", "J$3.2 million per annum", "salary, not a fee"),
                 Q("programme.html", "what a J$2 billion investment in basic schools has bought", "talk title")],
        "free_option": [Q("fees.html", "There are no complimentary passes: presenters register and pay like all delegates.")],
        "fee_support": [Q("fees.html", "We regret that no bursaries, sponsorships or reduced rates are available this year.",
                          "member rate is not support")],
        "remote_participation": [Q("faq.html", "There is no virtual attendance option and sessions will not be streamed")],
        "captcha": [M("register.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields: first name, last name, e-mail, phone, school/centre, parish select, category "
                                "radio (=1), membership number, TRN, two checkboxes. Required (*): first, last, e-mail, "
                                "phone, school, parish, category = 7. Sensitive: phone, affiliation, id_document (TRN). "
                                "Footer newsletter (1 field) not counted.", "register.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit; 'children aged 0 to 3' is a workshop topic", "programme.html")],
        "accessibility_statement": [Q("access.html", "Anything else we can do? Call Ms Andrea Whyte")],
        "access_services": [Q("access.html", "step-free from the car park to all meeting rooms"),
                            Q("access.html", "Jamaican Sign Language (JSL) interpretation will be provided for all plenary sessions."),
                            Q("access.html", "We are unable to offer live captioning this year.", "no captions (negation)"),
                            Q("programme.html", "Captioned picture-book videos for toddlers", "workshop title, not a service")],
        "videos_without_captions": [M("index.html", 'src="media/caece-2025-highlights.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
