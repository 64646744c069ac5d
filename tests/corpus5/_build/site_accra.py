"""Girls' coding camp in Accra (en only)."""
from lib import make, video, placeholder_media

NAV = {"en": [("index.html", "Home"), ("camp-fees.html", "Camp fees"), ("apply.html", "Apply"), ("scholarships.html", "Scholarships"),
              ("faq.html", "FAQ"), ("access.html", "Access"), ("mentors.html", "Become a mentor"), ("partners.html", "Partners"),
              ("getting-there.html", "Getting there")]}
FOOT = {"en": "<p>Code Queens Camp · East Legon, Accra · hello@codequeens.example.com.gh · "
              "<a href=\"@partners.html#donate\">Donate a laptop</a></p>"}
s = make("code-queens-camp-accra", name="Code Queens Summer Camp 2026", lang="en", colour="#c2185b", logo="CQ", navs=NAV, foot=FOOT)
placeholder_media(s, "media/camp-2025-film.mp4")
s.pdf("docs/camp-timetable-2026.pdf", "Code Queens Summer Camp 2026 - timetable\n08:30 arrival\n09:00 coding block\n13:00 lunch\n14:00 projects")

s.page("index.html", "Code Queens Summer Camp 2026 — Accra", """
<h1>Akwaaba! Code Queens Summer Camp 2026</h1>
<p>A week of coding, robotics and web design for girls aged 12 to 17, from 3 to 8 August at the Legon Innovation Hub in Accra. Campers build a website or an app in teams, guided by women working in tech in Ghana, and present it to parents on the last day.</p>
<p><a class="button" href="@apply.html">Apply now</a> <a href="@camp-fees.html">Camp fees</a> · <a href="@scholarships.html">Scholarships</a> · <a href="@faq.html">FAQ</a> · <a href="@access.html">Access</a></p>
<p><a href="docs/camp-timetable-2026.pdf">Daily timetable (PDF)</a></p>
<h2>Camp 2025 in three minutes</h2>
""" + video("media/camp-2025-film.mp4") + """
""")

s.page("camp-fees.html", "Camp fees — Code Queens 2026", """
<h1>Camp fees</h1>
<div class="cards">
  <div class="card"><h2>Residential camp</h2><p class="price">GH₵ 1,200</p><p>Six days, five nights in the hostel, all meals, a free camp T-shirt.</p></div>
  <div class="card"><h2>Day camp</h2><p class="price">GH₵ 450</p><p>Six days, 8:30 to 16:30, lunch and snacks.</p></div>
</div>
<p>Fees are paid by mobile money or bank transfer after your place is confirmed.</p>
""")

s.page("apply.html", "Apply — Code Queens 2026", """
<h1>Apply for Code Queens 2026</h1>
<p>A parent or guardian fills in this form. Fields marked (required) must be completed.</p>
<form action="@apply.html" method="post">
  <label for="cname">Camper's full name (required)</label><input type="text" id="cname" name="camper_name">
  <label for="dob">Camper's date of birth (required)</label><input type="date" id="dob" name="camper_dob">
  <label for="school">Camper's school (required)</label><input type="text" id="school" name="school">
  <label for="addr">Home address or area (required)</label><input type="text" id="addr" name="address">
  <label for="pname">Parent or guardian's name (required)</label><input type="text" id="pname" name="parent_name">
  <label for="pphone">Parent or guardian's phone (required)</label><input type="tel" id="pphone" name="parent_phone">
  <label for="pmail">Parent or guardian's e-mail (required)</label><input type="email" id="pmail" name="parent_email">
  <fieldset><legend>Camp option (required)</legend>
    <input type="radio" id="o1" name="option" value="residential"> <label for="o1">Residential</label>
    <input type="radio" id="o2" name="option" value="day"> <label for="o2">Day camp</label>
  </fieldset>
  <label for="shirt">T-shirt size</label><select id="shirt" name="tshirt"><option>S</option><option>M</option><option>L</option><option>XL</option></select>
  <label for="med">Allergies, medication or other needs</label><textarea id="med" name="medical"></textarea>
  <div class="check"><input type="checkbox" id="photo" name="photo_consent"> <label for="photo">Code Queens may use photos of my child in its reports</label></div>
  <div class="check"><input type="checkbox" id="terms" name="terms"> <label for="terms">I accept the camp rules (required)</label></div>
  <div class="g-recaptcha" data-sitekey="6LdCodeQueensInvisibleExampleKey0000000" data-size="invisible"></div>
  <button type="submit">Send application</button>
</form>
""")

s.page("scholarships.html", "Scholarships — Code Queens 2026", """
<h1>Scholarships</h1>
<p>No girl should miss the camp because of money. Scholarships cover the full residential fee and transport to Accra for up to 40 campers from outside Greater Accra, and half the day-camp fee for 30 girls from Accra public schools.</p>
<p>Write "scholarship" in the subject line of an e-mail to scholarships@codequeens.example.com.gh and tell us a little about your daughter. Decisions are sent by 1 July.</p>
""")

s.page("faq.html", "FAQ — Code Queens 2026", """
<h1>Frequently asked questions</h1>
<details open><summary>Is there a free place?</summary><p>Not at the moment: every place is paid, by the family or by a scholarship.</p></details>
<details open><summary>My daughter is 11. Can she come?</summary><p>Not this year. The minimum age is 12 on the first day of camp.</p></details>
<details open><summary>Does my daughter need a laptop?</summary><p>No, the hub lends every camper a laptop for the week.</p></details>
<details open><summary>Can she join online?</summary><p>No, the camp only takes place in person.</p></details>
""")

s.page("access.html", "Access — Code Queens 2026", """
<h1>Access</h1>
<p>The Legon Innovation Hub is on the ground floor with a ramp at the entrance and an accessible toilet, and the hostel has two wheelchair-accessible rooms. Campers who use wheelchairs are very welcome.</p>
<p>Tell us about any access or learning needs when you apply, or call Adwoa on +233 30 000 0000; we will plan with you before camp starts.</p>
""")

s.page("mentors.html", "Become a mentor — Code Queens 2026", """
<h1>Become a mentor</h1>
<p>We are looking for 15 women developers and designers. Mentors receive a stipend of GH₵ 800 for the week plus transport.</p>
""")

s.page("partners.html", "Partners — Code Queens 2026", """
<h1>Partners</h1>
<table><tr><th>Package</th><th>Amount</th></tr>
<tr><td>Gold partner</td><td>GH₵ 50,000</td></tr>
<tr><td>Silver partner</td><td>GH₵ 25,000</td></tr>
</table>
<h2 id="donate">Donate</h2>
<p>GH₵ 200 buys a year of internet data for a camper's club; GH₵ 3,500 refurbishes a laptop. Hackathon prizes: GH₵ 5,000 in total. We use US$1 = GH₵ 15.20 for donations from abroad.</p>
""")

s.page("getting-there.html", "Getting there — Code Queens 2026", """
<h1>Getting there</h1>
<p>From Madina, a trotro to the Legon gate costs about GH₵ 8. A Bolt from Kotoka airport is about GH₵ 60.</p>
""")

EXPECTED = '''
  # Youth coding camp for girls (Accra). English only, with a Twi greeting. "GH₵ 1,200" and
  # "GH₵ 450"; every place paid (FAQ); scholarships; parent form with "(required)" markers and no
  # required attributes: child's date of birth, school, home address, parent phone; invisible
  # reCAPTCHA markup; ages 12 to 17 and "minimum age is 12"; in person only; wheelchair-accessible hub;
  # timetable only as PDF; one uncaptioned video. Distractors: "a free camp T-shirt", mentor stipend,
  # partner packages, donation amounts, prizes, exchange rate, trotro, Bolt.
  - id: code-queens-camp-accra
    name: Code Queens Summer Camp 2026
    start: index.html
    expected:
      languages: [en]
      un_languages: [en]
      fees:
        - {amount: 1200.0, currency: GHS}
        - {amount: 450.0, currency: GHS}
      free_option: false
      fee_support: true
      remote_participation: false
      captcha: [recaptcha]
      account_required: false
      registration_form: {fields: 12, required: 9, sensitive: [address, affiliation, birth_date, phone]}
      registration_host: null
      registration_pdf_only: false
      min_age: 12
      accessibility_statement: true
      access_services: [wheelchair_access]
      videos_without_captions: 1
      pdf_only_documents: true
    participation_pages: [index.html, camp-fees.html, apply.html, scholarships.html, faq.html, access.html]
    deliberate_404: []
    evidence:
      languages:
        - {page: index.html, quote: "A week of coding, robotics and web design for girls aged 12 to 17"}
        - {page: index.html, quote: "Akwaaba!", note: "one Twi word: not a language offered"}
      un_languages:
        - {note: "en"}
      fees:
        - {page: camp-fees.html, quote: "Residential camp GH₵ 1,200"}
        - {page: camp-fees.html, quote: "Day camp GH₵ 450"}
        - {page: mentors.html, quote: "Mentors receive a stipend of GH₵ 800", note: "stipend: not a fee"}
        - {page: partners.html, quote: "Gold partner GH₵ 50,000", note: "partner package: not a fee (also GH₵ 25,000, donations GH₵ 200 / 3,500, prizes GH₵ 5,000, exchange rate)"}
        - {page: getting-there.html, quote: "a trotro to the Legon gate costs about GH₵ 8", note: "transport: not a fee (also Bolt GH₵ 60)"}
      free_option:
        - {page: faq.html, quote: "Not at the moment: every place is paid, by the family or by a scholarship."}
        - {page: camp-fees.html, quote: "a free camp T-shirt", note: "not a free way to take part"}
      fee_support:
        - {page: scholarships.html, quote: "Scholarships cover the full residential fee and transport to Accra for up to 40 campers"}
      remote_participation:
        - {page: faq.html, quote: "No, the camp only takes place in person."}
      captcha:
        - {page: apply.html, markup: '<div class="g-recaptcha" data-sitekey="6LdCodeQueensInvisibleExampleKey0000000" data-size="invisible">'}
      account_required:
        - {note: "a form; no account"}
      registration_form:
        - {page: apply.html, note: "camper_name, camper_dob, school, address, parent_name, parent_phone, parent_email, option (radio = 1), tshirt, medical (textarea), photo_consent, terms = 12; '(required)' on all but tshirt, medical and photo_consent = 9. Sensitive: birth_date, affiliation (school), address, phone."}
        - {page: apply.html, quote: "Camper's date of birth (required)"}
      registration_host:
        - {note: "form on the site"}
      registration_pdf_only:
        - {note: "online form"}
      min_age:
        - {page: index.html, quote: "for girls aged 12 to 17"}
        - {page: faq.html, quote: "The minimum age is 12 on the first day of camp."}
      accessibility_statement:
        - {page: access.html, quote: "Tell us about any access or learning needs when you apply"}
      access_services:
        - {page: access.html, quote: "the hostel has two wheelchair-accessible rooms. Campers who use wheelchairs are very welcome.", note: "wheelchair_access"}
      videos_without_captions:
        - {page: index.html, markup: '<video controls preload="none" width="640" src="media/camp-2025-film.mp4">', note: "no track"}
      pdf_only_documents:
        - {page: index.html, markup: '<a href="docs/camp-timetable-2026.pdf">Daily timetable (PDF)</a>', note: "the timetable exists only as a PDF"}
'''
