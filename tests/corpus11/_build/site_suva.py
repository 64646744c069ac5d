from lib import mk, Q, M, N, entry, video, placeholder_media

SLUG = "pacific-teachers-congress-suva"
NAV = [("index.html", "Home"), ("programme.html", "Programme"), ("register.html", "Registration"),
       ("online.html", "Join online"), ("support.html", "Travel help"), ("access.html", "Access"),
       ("travel.html", "Getting to Suva"), ("partners.html", "Partners")]
s = mk(SLUG, "Pacific Teachers' Congress 2027", "en-FJ", "#006d77", "PTC", NAV,
       foot={"en-FJ": '<p>Pacific Teachers\' Network (fictional) · <a href="@faq.html">FAQ</a> · <a href="@congress-2025.html">2025 report</a> · congress@pacific-teachers.example.fj</p>'},
       newsletter={"en-FJ": ("Newsletter e-mail", "Subscribe")})
placeholder_media(s, "media/teacher-stories.mp4")

s.page("index.html", "Pacific Teachers' Congress 2027", """
<h1>Pacific Teachers' Congress 2027</h1>
<p>Suva, 5–7 July 2027. Three days for early-childhood, primary and secondary teachers from across the Pacific to share classroom practice in climate education, literacy in home languages and inclusive schooling.</p>
<section lang="fj">
<h2>Bula vinaka</h2>
<p>Na soqoni oqo e sureti ira na qasenivuli mai na veiyasana kece ni Pasifika me ra veivosaki me baleta na vuli ni draki veisau, na wilivola ena vosa vakaitikotiko kei na vuli e okati ira kece na gone.</p>
</section>
<section lang="hi">
<h2>नमस्ते</h2>
<p>यह सम्मेलन पूरे प्रशांत क्षेत्र के शिक्षकों को जलवायु शिक्षा, मातृभाषा में साक्षरता और समावेशी शिक्षा पर अपने अनुभव साझा करने के लिए आमंत्रित करता है। पंजीकरण और यात्रा सहायता की जानकारी अंग्रेज़ी पृष्ठों पर है।</p>
</section>
<p><a href="@register.html">Register</a> · <a href="@faq.html">Questions? Read the FAQ</a></p>
<h2>Teacher stories</h2>
""" + video("media/teacher-stories.mp4") + """
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul><li>Keynote: Teaching in the languages of the Pacific</li><li>Workshop: Registration of early-childhood centres</li><li>Panel: School fees and who pays them</li></ul>
""")

s.page("register.html", "Registration", """
<h1>Registration</h1>
<div class="cards">
<div class="card"><h2>Registered teachers</h2><span class="price">FJ$150</span></div>
<div class="card"><h2>Pre-service teachers</h2><span class="price">F$ 60<small>student teachers at a teachers' college</small></span></div>
<div class="card"><h2>Delegates from other Pacific countries</h2><span class="price">USD 120</span></div>
<div class="card"><h2>Hands-on science kits workshop (add-on)</h2><span class="price">FJD 25</span></div>
</div>
<p>Registration and payment are handled by TryBooking: <a href="https://www.trybooking.com/events/landing/pacific-teachers-2027">book your place on TryBooking</a>. No TryBooking account is needed.</p>
""")

s.page("faq.html", "FAQ", """
<h1>Frequently asked questions</h1>
<details open><summary>Can teacher aides attend?</summary><p>Yes. Teacher aides from rural and maritime schools attend free of charge; write to us and we will send you a free code.</p></details>
<details open><summary>Is there an age limit?</summary><p>No. Retired teachers are most welcome.</p></details>
""")

s.page("online.html", "Join online", """
<h1>Join online</h1>
<p>Teachers on outer islands can join on Zoom: online participants present in the breakout rooms and ask questions to the keynote speakers in the chat.</p>
""")

s.page("support.html", "Travel help", """
<h1>Travel help</h1>
<p>The congress pays an inter-island ferry subsidy to teachers from Lau, Lomaiviti and Rotuma.</p>
<p>Pre-service teachers pay a reduced rate.</p>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The university hall is wheelchair accessible, with an accessible toilet on the ground floor.</p>
<p>Fiji Sign Language interpreters work at all plenaries, and live captions are shown on the main screen.</p>
<p>A crèche for children aged 1 to 5 is open during sessions.</p>
<p>Tell us what you need at access@pacific-teachers.example.fj.</p>
""")

s.page("travel.html", "Getting to Suva", """
<h1>Getting to Suva</h1>
<p>Ferry from Savusavu: FJ$ 95 one way. Partner hotel: FJD 210 per night. Local bus: F$1.20.</p>
""")

s.page("partners.html", "Partners", """
<h1>Partners and jobs</h1>
<p>Congress partner: FJ$ 5,000. Union membership dues stay at FJ$ 12 per month.</p>
<p>Vacancy: literacy coordinator, salary FJ$ 38,000 a year.</p>
""")

ENTRY = entry(s, name="Pacific Teachers' Congress 2027 (regional teachers' congress, Suva)",
    languages=["en", "fj", "hi"], fees=[(150, "FJD"), (60, "FJD"), (120, "USD"), (25, "FJD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=[], account_required=False,
    registration_form=None, registration_host="www.trybooking.com",
    min_age=None, accessibility_statement=True,
    access_services=["captions", "childcare", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "register.html", "faq.html", "online.html", "support.html", "access.html"],
    deliberate_404=["congress-2025.html"],
    evidence={
        "languages": [Q("index.html", "Three days for early-childhood, primary and secondary teachers"),
                      Q("index.html", "Na soqoni oqo e sureti ira na qasenivuli", "Fijian section (lang=fj)"),
                      Q("index.html", "यह सम्मेलन पूरे प्रशांत क्षेत्र के शिक्षकों को", "Hindi section (lang=hi)")],
        "un_languages": [N("en")],
        "fees": [Q("register.html", "Registered teachers FJ$150", "FJ$ = FJD"),
                 Q("register.html", "Pre-service teachers F$ 60", "F$ = FJD"),
                 Q("register.html", "Delegates from other Pacific countries USD 120"),
                 Q("register.html", "Hands-on science kits workshop (add-on) FJD 25", "paid add-on workshop"),
                 Q("travel.html", "Ferry from Savusavu: FJ$ 95 one way. Partner hotel: FJD 210 per night. Local bus: F$1.20.", "ferry, hotel, bus"),
                 Q("partners.html", "Congress partner: FJ$ 5,000. Union membership dues stay at FJ$ 12 per month.", "sponsor, membership dues"),
                 Q("partners.html", "salary FJ$ 38,000 a year", "salary"),
                 Q("programme.html", "Panel: School fees and who pays them", "session title")],
        "free_option": [Q("faq.html", "Teacher aides from rural and maritime schools attend free of charge", "only in the FAQ (linked from home and footer)")],
        "fee_support": [Q("support.html", "The congress pays an inter-island ferry subsidy"),
                        Q("register.html", "Pre-service teachers F$ 60", "reduced rate")],
        "remote_participation": [Q("online.html", "online participants present in the breakout rooms and ask questions")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [Q("register.html", "No TryBooking account is needed.")],
        "registration_form": [N("no registration form on the site (TryBooking); the footer newsletter form is not one")],
        "registration_host": [M("register.html", 'href="https://www.trybooking.com/events/landing/pacific-teachers-2027"')],
        "registration_pdf_only": [N("platform")],
        "min_age": [Q("faq.html", "No. Retired teachers are most welcome."),
                    Q("access.html", "A crèche for children aged 1 to 5 is open during sessions.", "childcare ages: not a limit")],
        "accessibility_statement": [Q("access.html", "Tell us what you need at access@pacific-teachers.example.fj.")],
        "access_services": [Q("access.html", "The university hall is wheelchair accessible"),
                            Q("access.html", "Fiji Sign Language interpreters work at all plenaries, and live captions are shown on the main screen.", "sign language; live captions = captions"),
                            Q("access.html", "A crèche for children aged 1 to 5 is open during sessions.", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/teacher-stories.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
