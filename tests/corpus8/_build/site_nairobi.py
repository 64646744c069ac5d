"""Kenyan women-in-tech residential bootcamp (Nairobi organisers, camp in Naivasha). English with a Swahili section;
cost and account details only in the FAQ; applicant account with password; Friendly Captcha."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "Home"), ("the-camp.html", "The camp"), ("eligibility.html", "Who can apply"),
       ("faq.html", "FAQ"), ("apply.html", "Apply"), ("accessibility.html", "Accessibility &amp; care"),
       ("partners.html", "Partner with us"), ("careers.html", "Careers board"), ("alumni.html", "Alumni")]
s = mk("she-codes-savannah-bootcamp-nairobi", "She Codes Savannah Bootcamp 2027", "en-KE", "#6a1b9a", "SCS", NAV,
       foot={"en-KE": "<p>She Codes Savannah (fictitious), Kilimani, Nairobi · hello@shecodes-savannah.example.co.ke</p>"},
       newsletter={"en-KE": ("Join our mailing list", "Join")})

s.page("index.html", "She Codes Savannah Bootcamp 2027", """
<h1>She Codes Savannah Bootcamp 2027</h1>
<p class="lead">A three-week residential coding camp for young women · Naivasha, Kenya · 5–23 July 2027</p>
<p>Sixty young women from all 47 counties learn web development, data skills and product design from women
engineers, build a project in teams and meet employers on the final demo day in Nairobi.</p>
<p><a href="@eligibility.html">Who can apply</a> · <a href="@faq.html">Questions about costs and the application</a> · <a href="@apply.html">Apply now</a></p>
<section>
  <h2>Kwa Kiswahili</h2>
  <p>Kambi ya She Codes Savannah ni kwa wanawake vijana wenye umri wa miaka 18 hadi 26 kutoka kaunti zote za Kenya.
  Washiriki hujifunza kutengeneza tovuti, kuchambua data na kubuni bidhaa za kidijitali kwa wiki tatu. Malazi,
  chakula na nauli ya kwenda Naivasha vinagharamiwa na waandaaji. Maombi yanafungwa tarehe 30 Aprili 2027.</p>
</section>
<h2>Meet the 2026 cohort</h2>
""" + video("media/cohort-2026.mp4", track="media/cohort-2026.en.vtt", track_lang="en", label="English") + "\n")
placeholder_media(s, "media/cohort-2026.mp4")
vtt(s, "media/cohort-2026.en.vtt", "We are the 2026 cohort of She Codes Savannah.")

s.page("the-camp.html", "The camp — She Codes Savannah 2027", """
<h1>The camp</h1>
<p>Week 1: HTML, CSS and accessibility basics. Week 2: JavaScript and data. Week 3: team projects and demo day.</p>
<p>The camp is residential and in person only; there is no online option this year.</p>
<p>Talks include "Mobile money fees and the people they leave out" and "Registration flows that work on a feature phone".</p>
""")

s.page("eligibility.html", "Who can apply — She Codes Savannah 2027", """
<h1>Who can apply</h1>
<ul>
  <li>Young women aged 18 to 26 on 5 July 2027</li>
  <li>Living in Kenya, with a national ID</li>
  <li>No coding experience needed — curiosity is</li>
</ul>
<p>Young mothers are very welcome: see <a href="@accessibility.html">accessibility and care</a>.</p>
""")

s.page("faq.html", "FAQ — She Codes Savannah 2027", """
<h1>Frequently asked questions</h1>
<details open><summary>Is there a fee?</summary>
<p>No. The bootcamp is fully funded by our partners: there is no tuition fee, and accommodation and meals at the camp
are covered.</p></details>
<details open><summary>How do I get to Naivasha?</summary>
<p>Every participant receives a transport stipend of KSh 3,000 to cover the return fare from her home county.</p></details>
<details open><summary>How do I apply?</summary>
<p>Create an applicant account on our portal (you need an email address and a password), then fill in the
application form. You can save your answers and come back later.</p></details>
<details open><summary>Can I take part online?</summary>
<p>No, the camp is only in person.</p></details>
""")

s.page("apply.html", "Apply — She Codes Savannah 2027", """
<h1>Apply</h1>
<p>Create your applicant account and submit your application. Fields marked * are required.</p>
<form action="@apply.html" method="post" enctype="multipart/form-data">
  <label for="fullname">Full name *</label><input type="text" id="fullname" name="fullname" required>
  <label for="email">Email *</label><input type="email" id="email" name="email" required>
  <label for="pw">Create a password *</label><input type="password" id="pw" name="password" required>
  <label for="pw2">Repeat the password *</label><input type="password" id="pw2" name="password2" required>
  <label for="phone">Phone number (M-Pesa) *</label><input type="tel" id="phone" name="phone" required>
  <label for="dob">Date of birth *</label><input type="date" id="dob" name="dob" required>
  <fieldset><legend>Gender *</legend>
    <input type="radio" id="gf" name="gender" value="woman"> <label for="gf">Woman</label>
    <input type="radio" id="gn" name="gender" value="nonbinary"> <label for="gn">Non-binary</label>
  </fieldset>
  <label for="county">County of residence *</label>
  <select id="county" name="county" required><option>Nairobi</option><option>Kisumu</option><option>Mombasa</option><option>Turkana</option><option>Other county</option></select>
  <label for="nid">National ID number *</label><input type="text" id="nid" name="national_id" required>
  <label for="edu">Highest level of education</label>
  <select id="edu" name="education"><option>Secondary (KCSE)</option><option>Certificate / diploma</option><option>University</option></select>
  <label for="cv">CV (optional)</label><input type="file" id="cv" name="cv">
  <label for="why">Why do you want to join the camp? *</label><textarea id="why" name="why" required></textarea>
  <div class="check"><input type="checkbox" id="consent" name="consent" required> <label for="consent">I confirm that my information is correct *</label></div>
  <div class="frc-captcha" data-sitekey="FCMSCS2027NAIROBI"></div>
  <button type="submit">Create account and apply</button>
</form>
""")

s.page("accessibility.html", "Accessibility and care — She Codes Savannah 2027", """
<h1>Accessibility and care</h1>
<p>The camp venue in Naivasha has step-free access, accessible rooms and accessible bathrooms for wheelchair users.</p>
<p>Kenyan Sign Language interpretation can be arranged for the whole camp if you tell us by 1 May.</p>
<p>Young mothers can bring their baby: a childcare room with a caregiver is open during sessions for babies under two.</p>
<p>Tell us about any access need at access@shecodes-savannah.example.co.ke.</p>
""")

s.page("partners.html", "Partner with us — She Codes Savannah 2027", """
<h1>Partner with us</h1>
<ul>
  <li>Cohort partner (funds 20 places): KES 1,500,000</li>
  <li>Demo-day sponsor: KSh 400,000</li>
</ul>
""")

s.page("careers.html", "Careers board — She Codes Savannah 2027", """
<h1>Careers board</h1>
<ul>
  <li>Junior front-end developer, Westlands — KSh 150,000 per month</li>
  <li>Data analyst intern, Upper Hill — KES 45,000 monthly stipend</li>
</ul>
""")

s.page("alumni.html", "Alumni — She Codes Savannah 2027", """
<h1>Alumni</h1>
<p>Our alumni fund pays for laptops for the next cohort. Alumni and friends can give KSh 2,500 or any amount by M-Pesa.</p>
<p>Parents visiting demo day can stay at the Lakeside Guest House in Naivasha for KSh 6,000 per night; the matatu
from Nairobi costs about KSh 400.</p>
""")

ENTRY = entry(
    s, name="She Codes Savannah Bootcamp 2027 (Kenyan women-in-tech residential camp)",
    languages=["en", "sw"], fees=[], free_option=True, fee_support=True, remote_participation=False,
    captcha=["friendlycaptcha"], account_required=True,
    registration_form=(13, 11, ["phone", "birth_date", "gender", "id_document"]), registration_host=None,
    min_age=18, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "eligibility.html", "faq.html", "apply.html", "accessibility.html"],
    evidence={
        "languages": [
            Q("index.html", "Sixty young women from all 47 counties learn web development, data skills and product design"),
            Q("index.html", "Kambi ya She Codes Savannah ni kwa wanawake vijana wenye umri wa miaka 18 hadi 26 kutoka kaunti zote za Kenya.",
              "Swahili section on the English home page"),
        ],
        "un_languages": [N("en")],
        "fees": [
            Q("faq.html", "there is no tuition fee, and accommodation and meals at the camp are covered.", "no fee"),
            Q("faq.html", "Every participant receives a transport stipend of KSh 3,000", "stipend (support amount), not a fee"),
            Q("partners.html", "Cohort partner (funds 20 places): KES 1,500,000", "sponsorship, not a fee"),
            Q("careers.html", "Junior front-end developer, Westlands — KSh 150,000 per month", "salary, not a fee"),
            Q("alumni.html", "Alumni and friends can give KSh 2,500 or any amount by M-Pesa.", "donation, not a fee"),
            Q("alumni.html", "KSh 6,000 per night", "guest house, not a fee"),
            Q("the-camp.html", "Mobile money fees and the people they leave out", "talk title"),
        ],
        "free_option": [Q("faq.html", "No. The bootcamp is fully funded by our partners: there is no tuition fee", "only in the FAQ")],
        "fee_support": [Q("faq.html", "Every participant receives a transport stipend of KSh 3,000 to cover the return fare from her home county.")],
        "remote_participation": [Q("faq.html", "No, the camp is only in person.")],
        "captcha": [M("apply.html", '<div class="frc-captcha" data-sitekey=')],
        "account_required": [
            Q("faq.html", "Create an applicant account on our portal (you need an email address and a password), then fill in the application form."),
            M("apply.html", '<input type="password" id="pw2" name="password2" required>'),
        ],
        "registration_form": [
            M("apply.html", '<label for="nid">National ID number *</label><input type="text" id="nid" name="national_id" required>'),
            N("13 fields of the application (application to take part = registration form): full name, email, password, "
              "password repeat, phone, date of birth, gender (radio group = 1), county, national ID, education, CV file, "
              "motivation, consent. Required: all but education and CV = 11. Sensitive: phone, birth_date, gender, "
              "id_document. County of residence is not sensitive. The footer mailing-list form is not a registration form."),
        ],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("eligibility.html", "Young women aged 18 to 26 on 5 July 2027"),
                    Q("accessibility.html", "for babies under two", "childcare ages, not a limit")],
        "accessibility_statement": [Q("accessibility.html", "Tell us about any access need at access@shecodes-savannah.example.co.ke.")],
        "access_services": [
            Q("accessibility.html", "The camp venue in Naivasha has step-free access, accessible rooms and accessible bathrooms for wheelchair users."),
            Q("accessibility.html", "Kenyan Sign Language interpretation can be arranged for the whole camp if you tell us by 1 May.", "on request: counts (+)"),
            Q("accessibility.html", "a childcare room with a caregiver is open during sessions for babies under two."),
        ],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/cohort-2026.en.vtt"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
