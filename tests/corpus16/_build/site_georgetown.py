"""Georgetown (Guyana) hinterland teachers' professional development institute; en-GY, es section without lang."""
from lib import mk, video, placeholder_media, Q, M, N, entry

NAV = [("index.html", "Home"), ("fees.html", "Fees and travel support"), ("register.html", "Register"),
       ("online.html", "Joining from the regions"), ("access.html", "Access"), ("travel.html", "Hotels and transport"),
       ("vacancies.html", "Vacancies"), ("about.html", "About")]
s = mk("hinterland-teachers-institute-georgetown", "Hinterland Teachers' Summer Institute 2027", "en-GY", "#0f6d5c", "HTI",
       NAV, foot={"en-GY": '<p>Guyana Rural Educators\' Network — Georgetown — <a href="mailto:institute@gren.example.gy">institute@gren.example.gy</a></p>'})
placeholder_media(s, "media/institute.mp4")
s.pdf("docs/timetable-2027.pdf", "Hinterland Teachers' Summer Institute 2027\nTimetable\nMonday 2 August: opening plenary, literacy strand\nTuesday 3 August: numeracy strand\nWednesday 4 August: multigrade classrooms")

s.page("index.html", "Hinterland Teachers' Summer Institute 2027", f"""
<h1>Hinterland Teachers' Summer Institute 2027</h1>
<p>Five days of practical workshops for teachers in hinterland and riverain schools, 2&ndash;6 August 2027 at Cyril Potter College of Education, Turkeyen.</p>
<p>The detailed timetable is available as a <a href="@docs/timetable-2027.pdf">PDF download (timetable-2027.pdf)</a>; there is no web version.</p>
<h2>Información para docentes venezolanos</h2>
<div>
<p>Los docentes venezolanos que trabajan en escuelas de las regiones fronterizas también pueden inscribirse en el instituto. Las sesiones son en inglés, pero habrá un grupo de apoyo en español para la planificación de clases.</p>
<p>El formulario de inscripción está en inglés; si necesitan ayuda, escriban a la coordinación y les responderemos en español.</p>
</div>
{video("media/institute.mp4")}
<p><a href="@fees.html">Fees and travel support</a> · <a href="@register.html">Register</a> · <a href="@online.html">Joining from the regions</a> · <a href="@access.html">Access</a></p>
""")

s.page("fees.html", "Fees and travel support", """
<h1>Fees and travel support</h1>
<table>
<thead><tr><th>Category</th><th>Registration fee</th></tr></thead>
<tbody>
<tr><th>Teachers in public schools</th><td>Free &mdash; the Ministry of Education pays your registration</td></tr>
<tr><th>Teachers in private schools</th><td>$15,000</td></tr>
<tr><th>Trainee teachers at CPCE</th><td>$6,000</td></tr>
<tr><th>Teachers from outside Guyana</th><td>US$75</td></tr>
</tbody>
</table>
<p>Air fares from Lethem, Mabaruma, Kamarang and Mahdia to Georgetown are paid for hinterland teachers who are accepted. The detailed <a href="@docs/timetable-2027.pdf">timetable (PDF)</a> shows which days you need to be in Georgetown.</p>
""")

s.page("register.html", "Register", """
<h1>Registration</h1>
<p>Fields marked * are required.</p>
<form action="@register.html" method="post">
  <input type="hidden" name="edition" value="2027">
  <label for="name">Full name *</label><input type="text" id="name" name="name">
  <label for="email">Email *</label><input type="email" id="email" name="email">
  <label for="phone">Phone *</label><input type="tel" id="phone" name="phone">
  <label for="school">School *</label><input type="text" id="school" name="school">
  <label for="region">Region *</label><select id="region" name="region"><option>Region 1</option><option>Region 7</option><option>Region 8</option><option>Region 9</option><option>Other</option></select>
  <label for="tsc">Teaching Service Commission file number</label><input type="text" id="tsc" name="tsc">
  <label for="nid">National ID card number</label><input type="text" id="nid" name="nid">
  <label for="subject">Main subject</label><select id="subject" name="subject"><option>Literacy</option><option>Mathematics</option><option>Science</option></select>
  <label for="diet">Dietary needs</label><select id="diet" name="diet"><option>None</option><option>Vegetarian</option><option>Halal</option></select>
  <div class="check"><input type="checkbox" id="lodging" name="lodging"><label for="lodging">I need accommodation in Georgetown</label></div>
  <div class="check"><input type="checkbox" id="conduct" name="conduct"><label for="conduct">I agree to the code of conduct *</label></div>
  <div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
  <button type="submit">Submit</button>
</form>
""")

s.page("online.html", "Joining from the regions", """
<h1>Joining from the regions</h1>
<p>Teachers in Regions 1, 7, 8 and 9 who cannot travel may join the afternoon sessions by video link from their Regional Education Office and take part in the group discussion.</p>
<p>Ask your Regional Education Officer to book the office's meeting room.</p>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The institute meets in the ground-floor hall of Cyril Potter College, reached by a ramp; the washrooms are wheelchair accessible.</p>
<p>A Guyanese Sign Language interpreter will work at all plenary sessions.</p>
<p>Tell us about any other access need: Ms Shondel Persaud, <a href="mailto:access@gren.example.gy">access@gren.example.gy</a>.</p>
""")

s.page("travel.html", "Hotels and transport", """
<h1>Hotels and transport</h1>
<p>Partner guest house in Turkeyen: $14,000 a night with breakfast. Minibus from Stabroek Market to Turkeyen: $100.</p>
<p>Domestic flights from Lethem cost around $38,000 one way.</p>
""")

s.page("vacancies.html", "Vacancies", """
<h1>Vacancies</h1>
<p>Programme officer (hinterland literacy), two-year contract, salary from $180,000 per month.</p>
""")

s.page("about.html", "About", """
<h1>About the network</h1>
<p>The Guyana Rural Educators' Network supports teachers in multigrade, hinterland and riverain schools since 2011.</p>
""")

ENTRY = entry(
    s, name="Hinterland Teachers' Summer Institute 2027 (rural educators' network, Georgetown, Guyana)",
    languages=["en", "es"],
    fees=[(15000, "GYD"), (6000, "GYD"), (75, "USD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(11, 6, ["phone", "affiliation", "id_document"]), registration_host=None, min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "fees.html", "register.html", "online.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "Five days of practical workshops for teachers in hinterland and riverain schools"),
                      Q("index.html", "Los docentes venezolanos que trabajan en escuelas de las regiones fronterizas también pueden inscribirse en el instituto.",
                        "Spanish section without a lang attribute (two paragraphs)")],
        "un_languages": [N("en, es")],
        "fees": [M("fees.html", "<tr><th>Teachers in private schools</th><td>$15,000</td></tr>", "\"$\" on a Guyanese site: 15000 GYD"),
                 M("fees.html", "<tr><th>Trainee teachers at CPCE</th><td>$6,000</td></tr>", "6000 GYD"),
                 M("fees.html", "<td>US$75</td>", "75 USD"),
                 Q("travel.html", "$14,000 a night with breakfast", "hotel, minibus, flights: not fees"),
                 Q("vacancies.html", "salary from $180,000 per month", "salary: not a fee")],
        "free_option": [M("fees.html", "<td>Free &mdash; the Ministry of Education pays your registration</td>", "free for public-school teachers")],
        "fee_support": [Q("fees.html", "Air fares from Lethem, Mabaruma, Kamarang and Mahdia to Georgetown are paid for hinterland teachers who are accepted."),
                        M("fees.html", "<th>Trainee teachers at CPCE</th><td>$6,000</td>", "trainee-teacher rate")],
        "remote_participation": [Q("online.html", "may join the afternoon sessions by video link from their Regional Education Office and take part in the group discussion")],
        "captcha": [M("register.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("register.html: 11 fields: name, e-mail, phone, school, region select, TSC file number, national "
                                "ID card number, subject select, dietary select, accommodation checkbox, code-of-conduct "
                                "checkbox; hidden not counted. Required (*): name, e-mail, phone, school, region, code of "
                                "conduct = 6. Sensitive: phone, affiliation (school), id_document (national ID card number; "
                                "the TSC file number is not one).", "register.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [Q("access.html", "Tell us about any other access need: Ms Shondel Persaud")],
        "access_services": [Q("access.html", "reached by a ramp; the washrooms are wheelchair accessible"),
                            Q("access.html", "A Guyanese Sign Language interpreter will work at all plenary sessions.")],
        "videos_without_captions": [M("index.html", 'src="media/institute.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "The detailed timetable is available as a PDF download (timetable-2027.pdf); there is no web version.")],
    })
