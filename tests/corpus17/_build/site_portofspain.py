from lib import *
SLUG = "pan-in-the-community-workshops-port-of-spain"
NAV = [("index.html", "Home"), ("workshops.html", "Workshops & fees"), ("register.html", "Register"), ("access.html", "Access"),
       ("faq.html", "FAQ"), ("sponsors.html", "Sponsors"), ("getting-here.html", "Getting here"), ("news.html", "News")]
s = mk(SLUG, "Pan in the Community", "en-TT", "#d35400", "PAN", NAV,
       foot={"en-TT": "<p>Community Steelbands Association · Belmont, Port of Spain · pan@csa.example.tt</p>"})
placeholder_media(s, "media/panyard.mp4")
s.page("index.html", "Pan in the Community – Workshop Series 2027", f"""
<h1>Pan in the Community: Workshop Series 2027</h1>
<p>Wha' going on, pannist!</p>
<p>Four-week steelpan workshops in tuning basics, reading music and arranging, held in the panyard of the Belmont Harmonites from February to May.</p>
<p><a href="@workshops.html">Workshops &amp; fees</a> · <a href="@register.html">Register</a> · <a href="@access.html">Access</a> · <a href="@faq.html">FAQ</a> · <a href="@results-2025.html">Panorama results 2025</a></p>
{video("media/panyard.mp4")}
<section lang="es">
<h2>Talleres de steelpan en español</h2>
<p>Los talleres también están abiertos a músicos venezolanos que viven en Trinidad. Un monitor bilingüe acompaña cada grupo y las partituras se explican en inglés y en español.</p>
</section>
""")
s.page("workshops.html", "Workshops & fees", """
<h1>Workshops and fees</h1>
<ul>
<li>Each four-week workshop: $350</li>
<li>Youth (under 18): $150 per workshop</li>
<li>Arranging masterclass with a Panorama arranger: $600</li>
</ul>
<p>Players of registered community steelbands take part free of charge.</p>
<p>Participants from Tobago get their inter-island ferry fare refunded.</p>
<p>The workshops are open to players aged twelve and over; players under 18 need a parent's consent.</p>
<p>All workshops are in person only; sessions are not streamed.</p>
""")
s.page("register.html", "Register", f"""
<h1>Register</h1>
<p>Fields marked * are required.</p>
<form action="@register.html" method="post">
{fld("name", "Full name *")}
{fld("email", "Email *", "email")}
{fld("phone", "Phone / WhatsApp *", "tel")}
{fld("dob", "Date of birth *", "date")}
{fld("band", "Steelband (if any)")}
{fld("instr", "Instrument *", "select", opts=["Tenor", "Double seconds", "Guitar pan", "Cello", "Bass"])}
{fld("w1", "Tuning basics", "checkbox")}
{fld("w2", "Reading music", "checkbox")}
{fld("w3", "Arranging masterclass", "checkbox")}
{fld("parent", "A parent has agreed (players under 18)", "checkbox")}
<div class="g-recaptcha" data-sitekey="pan-example"></div>
<button type="submit">Send</button>
</form>
""")
s.page("access.html", "Access", """
<h1>Access</h1>
<p>The panyard is step-free from the street and has an accessible toilet.</p>
<p>We regret that we cannot provide sign language interpretation.</p>
<p>Tell us what you need: access@csa.example.tt.</p>
""")
s.page("faq.html", "FAQ", """
<h1>FAQ</h1>
<details open><summary>Do I need my own pan?</summary><p>No. Borrowed pans need a refundable deposit of $500.</p></details>
<details><summary>Can I follow online?</summary><p>No, there is no online participation.</p></details>
""")
s.page("sponsors.html", "Sponsors", """
<h1>Sponsors</h1><p>Title sponsorship of the series: $25,000. Banner at the panyard: $2,000.</p>
""")
s.page("getting-here.html", "Getting here", """
<h1>Getting here</h1><p>Maxi-taxis from the city centre cost $8; parking nearby $20 a day.</p>
""")
s.page("news.html", "News", """
<h1>News</h1><p>The Harmonites won $10,000 at the 2026 Panorama semi-final. The association is hiring a music tutor at $9,000 a month.</p>
""")
ENTRY = entry(s, name="Pan in the Community steelpan workshop series 2027 (community steelbands association, Port of Spain, Trinidad and Tobago)",
    languages=["en", "es"], fees=[(350, "TTD"), (150, "TTD"), (600, "TTD")], free_option=True, fee_support=True,
    remote_participation=False, captcha=["recaptcha"], account_required=False,
    registration_form=(10, 5, ["phone", "birth_date", "affiliation"]), registration_host=None, min_age=12,
    accessibility_statement=True, access_services=["wheelchair_access"], videos_without_captions=1,
    deliberate_404=["results-2025.html"],
    participation_pages=["index.html", "workshops.html", "register.html", "access.html", "faq.html"],
    evidence={
        "languages": [Q("index.html", "Four-week steelpan workshops in tuning basics"),
                      Q("index.html", "Los talleres también están abiertos a músicos venezolanos que viven en Trinidad.", "Spanish section with lang=es; the Creole greeting is not content")],
        "un_languages": [N("en, es")],
        "fees": [Q("workshops.html", "Each four-week workshop: $350", "$ alone on a Trinidadian site: TTD"),
                 Q("workshops.html", "Youth (under 18): $150 per workshop"),
                 Q("workshops.html", "Arranging masterclass with a Panorama arranger: $600"),
                 Q("faq.html", "Borrowed pans need a refundable deposit of $500.", "refundable deposit: not a fee"),
                 Q("sponsors.html", "Title sponsorship of the series: $25,000.", "sponsorship, maxi-taxi, parking, prize, salary: not fees")],
        "free_option": [Q("workshops.html", "Players of registered community steelbands take part free of charge.")],
        "fee_support": [Q("workshops.html", "Participants from Tobago get their inter-island ferry fare refunded."), Q("workshops.html", "Youth (under 18): $150 per workshop")],
        "remote_participation": [Q("workshops.html", "All workshops are in person only; sessions are not streamed."), Q("faq.html", "No, there is no online participation.")],
        "captcha": [M("register.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("register.html: 10 fields: name, e-mail, phone, birth date, steelband, instrument select, three workshop checkboxes, parent checkbox. Required (*): name, e-mail, phone, birth date, instrument = 5. Sensitive: phone, birth_date, affiliation (steelband).", "register.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("workshops.html", "open to players aged twelve and over", "12 in words; parental consent is not a limit")],
        "accessibility_statement": [Q("access.html", "The panyard is step-free from the street and has an accessible toilet.")],
        "access_services": [Q("access.html", "step-free from the street"), Q("access.html", "We regret that we cannot provide sign language interpretation.", "negation")],
        "videos_without_captions": [M("index.html", 'src="media/panyard.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
