"""Atlantic Canada newcomer settlement-sector conference (Halifax).
en-CA; "$52CAD" and "$28.00CAN"; a whole Spanish page with lang="en-CA" and a Spanish section without lang on the
registration page; "real-time captioning" (not CART); hybrid Q&A; childcare; a 404."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

SLUG = "atlantic-newcomer-settlement-conference-halifax"
s = mk(SLUG, "Atlantic Newcomer Settlement Conference 2027", "en-CA", "#1f4e79", "AN",
       [("index.html", "Home"), ("register.html", "Register"), ("bursaries.html", "Bursaries"), ("hybrid.html", "Join online"),
        ("accessibility.html", "Accessibility"), ("programme.html", "Programme"), ("accommodation.html", "Accommodation"),
        ("sponsors.html", "Sponsors")],
       foot={"en-CA": '<p>Atlantic Settlement Agencies Network (fictional) · <a href="@jobs.html">Job board</a> · '
                      '<a href="@es.html">Español</a> · info@settle-atlantic.example.ca</p>'})

placeholder_media(s, "media/welcome.mp4")
vtt(s, "media/welcome.vtt", "Welcome to Kjipuktuk, Halifax.")

s.page("index.html", "Atlantic Newcomer Settlement Conference 2027", f"""
<h1>Atlantic Newcomer Settlement Conference 2027</h1>
<p>October 18–19, 2027 · Harbourfront Convention Centre (fictional), Halifax, Nova Scotia</p>
<p>Two days for settlement workers, language instructors, employers and newcomers themselves to share what works
in welcoming people to Atlantic Canada.</p>
<ul>
  <li><a href="@tickets/">Tickets</a></li>
  <li><a href="@register.html">Register</a></li>
  <li><a href="@hybrid.html">Join online</a></li>
  <li><a href="@es.html">Información en español</a></li>
  <li><a href="@report-2026.html">Read the 2026 report</a></li>
</ul>
{video("media/welcome.mp4", track="media/welcome.vtt", track_lang="en", label="English")}
""")

s.page("tickets/index.html", "Tickets", """
<h1>Tickets</h1>
<div class="cards">
  <div class="card"><h2>General</h2><span class="price">$140 CAD</span></div>
  <div class="card"><h2>Community agency staff</h2><span class="price">$52CAD</span></div>
  <div class="card"><h2>Students and newcomer volunteers</h2><span class="price">$28.00CAN</span></div>
</div>
<p>Newcomers who arrived in Canada in the last two years attend free of charge. Choose “Newcomer (free)” on the registration form.</p>
<p>The Newcomer Youth Caucus on day two is open to newcomer youth aged 16 to 24.</p>
<p><a href="@register.html">Go to the registration form</a></p>
""")

s.page("register.html", "Register", """
<h1>Register</h1>
<form action="@register.html" method="post">
  <label for="first">First name *</label>
  <input type="text" id="first" name="first" required>
  <label for="last">Last name *</label>
  <input type="text" id="last" name="last" required>
  <label for="email">Email *</label>
  <input type="email" id="email" name="email" required>
  <label for="phone">Phone (optional)</label>
  <input type="tel" id="phone" name="phone">
  <label for="org">Organization</label>
  <input type="text" id="org" name="org">
  <label for="role">Your role</label>
  <select id="role" name="role"><option>Settlement worker</option><option>Language instructor</option><option>Employer</option><option>Newcomer</option></select>
  <fieldset><legend>Ticket type *</legend>
    <input type="radio" id="t1" name="ticket" value="general"> <label for="t1">General</label>
    <input type="radio" id="t2" name="ticket" value="agency"> <label for="t2">Community agency staff</label>
    <input type="radio" id="t3" name="ticket" value="student"> <label for="t3">Student / volunteer</label>
    <input type="radio" id="t4" name="ticket" value="newcomer"> <label for="t4">Newcomer (free)</label>
  </fieldset>
  <label for="lang">Preferred language</label>
  <select id="lang" name="lang"><option>English</option><option>Français</option><option>Español</option><option>العربية</option></select>
  <label for="needs">Access needs</label>
  <textarea id="needs" name="needs"></textarea>
  <div class="check"><input type="checkbox" id="consent" name="consent" required> <label for="consent">I agree to the privacy notice *</label></div>
  <div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
  <button type="submit">Register</button>
</form>
<section>
<h2>Información en español</h2>
<p>Si prefieres inscribirte en español, puedes llenar este mismo formulario: escribe tu nombre, tu correo y el tipo
de entrada. Las personas recién llegadas en los últimos dos años no pagan. Nuestro equipo responde consultas en
español en info@settle-atlantic.example.ca.</p>
</section>
""")

s.page("es.html", "Información en español", """
<h1>Congreso Atlántico de Asentamiento de Personas Recién Llegadas 2027</h1>
<p>Los días 18 y 19 de octubre de 2027 reunimos en Halifax a trabajadoras y trabajadores de asentamiento, docentes de
idiomas, empleadores y a las propias personas recién llegadas para compartir lo que funciona.</p>
<p>Entrada general: 140 $ CAD; personal de agencias comunitarias: 52 $ CAD; estudiantes y voluntarios: 28 $ CAD.
Las personas que llegaron a Canadá en los últimos dos años participan gratis.</p>
<p>Hay subtitulado en tiempo real, interpretación al español en la sala principal y cuidado infantil gratuito.</p>
<p>Para inscribirte, usa el <a href="@register.html">formulario de inscripción</a>.</p>
""", header_lang="en-CA")

s.page("bursaries.html", "Travel bursaries", """
<h1>Travel bursaries</h1>
<p>Travel bursaries of up to $400 CAD are available for staff of rural settlement agencies.</p>
<p>Apply by August 31 at bursaries@settle-atlantic.example.ca. Students and volunteers already pay a reduced rate.</p>
""")

s.page("hybrid.html", "Join online", """
<h1>Join online</h1>
<p>Every plenary is hybrid. Online attendees can ask questions in the Q&amp;A and join breakout discussions on Zoom.</p>
<p>Online attendance uses the same tickets as in-person attendance.</p>
""")

s.page("accessibility.html", "Accessibility", """
<h1>Accessibility</h1>
<p>The venue is wheelchair accessible, with step-free entrances and accessible washrooms.</p>
<p>All plenary sessions have real-time captioning on the main screen.</p>
<p>ASL and LSQ interpretation is provided for plenaries.</p>
<p>Interpretation between English, French, Arabic and Spanish is available in the main hall.</p>
<p>Free on-site childcare for children aged 2 to 10.</p>
<p>Tell us what you need at access@settle-atlantic.example.ca.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul>
  <li>Custom intake forms that newcomers can actually fill in</li>
  <li>Language benchmarks (CLB) and employment outcomes</li>
  <li>Registration of foreign credentials: a provincial update</li>
  <li>Hidden fees in remittances</li>
  <li>Newcomer Youth Caucus</li>
</ul>
""")

s.page("accommodation.html", "Accommodation", """
<h1>Accommodation</h1>
<p>Harbourfront Hotel: $189 CAD per night, breakfast included.</p>
<p>Parking at the venue: $22 per day. Airport shuttle: $25 each way. A taxi from the airport costs about $70.</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsors and exhibitors</h1>
<p>Gold sponsor: $5,000 CAD. Exhibitor table: $650 CAD.</p>
""")

s.page("jobs.html", "Job board", """
<h1>Job board</h1>
<p>Settlement Counsellor, Cape Breton: $52,000–$58,000 CAD per year.</p>
<p>LINC Instructor, Moncton: $31.50 per hour.</p>
""")

ENTRY = entry(
    s, name="Atlantic Newcomer Settlement Conference 2027 (settlement-sector conference, Halifax)",
    languages=["en", "es"],
    fees=[(140, "CAD"), (52, "CAD"), (28, "CAD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(10, 5, ["phone", "affiliation"]), min_age=16, accessibility_statement=True,
    access_services=["captions", "sign_language", "interpretation", "childcare", "wheelchair_access"],
    videos_without_captions=0,
    participation_pages=["index.html", "tickets/index.html", "register.html", "bursaries.html", "hybrid.html",
                         "accessibility.html", "es.html"],
    deliberate_404=["report-2026.html"],
    evidence={
        "languages": [Q("index.html", "Two days for settlement workers, language instructors, employers and newcomers"),
                      Q("es.html", "reunimos en Halifax a trabajadoras y trabajadores de asentamiento",
                        "whole page in Spanish with lang=en-CA"),
                      Q("register.html", "Si prefieres inscribirte en español, puedes llenar este mismo formulario",
                        "Spanish section without a lang attribute")],
        "un_languages": [N("en, es")],
        "fees": [Q("tickets/index.html", "General $140 CAD"),
                 Q("tickets/index.html", "Community agency staff $52CAD", "$52CAD = 52 CAD"),
                 Q("tickets/index.html", "Students and newcomer volunteers $28.00CAN", "$28.00CAN = 28 CAD"),
                 Q("es.html", "Entrada general: 140 $ CAD; personal de agencias comunitarias: 52 $ CAD; estudiantes y voluntarios: 28 $ CAD.",
                   "same amounts"),
                 Q("bursaries.html", "Travel bursaries of up to $400 CAD", "bursary, not a fee"),
                 Q("accommodation.html", "Harbourfront Hotel: $189 CAD per night", "hotel"),
                 Q("accommodation.html", "Parking at the venue: $22 per day. Airport shuttle: $25 each way.", "parking, shuttle"),
                 Q("accommodation.html", "A taxi from the airport costs about $70.", "taxi"),
                 Q("sponsors.html", "Gold sponsor: $5,000 CAD. Exhibitor table: $650 CAD.", "sponsor, exhibitor"),
                 Q("jobs.html", "Settlement Counsellor, Cape Breton: $52,000–$58,000 CAD per year.", "salary"),
                 Q("programme.html", "Hidden fees in remittances", "talk title")],
        "free_option": [Q("tickets/index.html", "Newcomers who arrived in Canada in the last two years attend free of charge.")],
        "fee_support": [Q("bursaries.html", "Travel bursaries of up to $400 CAD are available for staff of rural settlement agencies."),
                        Q("tickets/index.html", "Students and newcomer volunteers $28.00CAN", "reduced rate")],
        "remote_participation": [Q("hybrid.html", "Online attendees can ask questions in the Q&A and join breakout discussions on Zoom.")],
        "captcha": [M("register.html", '<div class="g-recaptcha"')],
        "account_required": [N("no account; own form")],
        "registration_form": [N("10 fields: first, last, email, phone, organization, role select, ticket type (radio=1), preferred "
                                "language select, access needs textarea, consent checkbox. Required: first, last, email, consent "
                                "(required) + ticket type (legend *) = 5. Sensitive: phone, affiliation (organization).", "register.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("tickets/index.html", "is open to newcomer youth aged 16 to 24", "youth programme: lower bound"),
                    Q("accessibility.html", "Free on-site childcare for children aged 2 to 10.", "childcare ages, not a limit")],
        "accessibility_statement": [Q("accessibility.html", "Tell us what you need at access@settle-atlantic.example.ca.")],
        "access_services": [Q("accessibility.html", "The venue is wheelchair accessible"),
                            Q("accessibility.html", "All plenary sessions have real-time captioning on the main screen.",
                              "real-time captioning = captions; CART is not named"),
                            Q("accessibility.html", "ASL and LSQ interpretation is provided for plenaries."),
                            Q("accessibility.html", "Interpretation between English, French, Arabic and Spanish is available"),
                            Q("accessibility.html", "Free on-site childcare for children aged 2 to 10.")],
        "videos_without_captions": [M("index.html", 'srclang="en"', "the only video has a captions track")],
        "pdf_only_documents": [N("programme in HTML, no PDF")],
    })
