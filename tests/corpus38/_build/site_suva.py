"""Suva, Fiji: Pacific youth internet governance forum (English, Fijian section with lang)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "pacific-youth-igf-suva"
NAV = [("index.html", "Home"), ("register.html", "Register"), ("support.html", "Cost and travel support"),
       ("online.html", "Join online"), ("access.html", "Access"), ("partners.html", "Partners"),
       ("volunteer.html", "Work with us"), ("news.html", "News")]
FOOT = {"en-FJ": "<p>Pacific Digital Youth Collective, 14 Gordon Street, Suva, Fiji · hello@pdyc.example.org.fj</p>"}
s = mk(SLUG, "Pacific Youth Internet Governance Forum 2027", "en-FJ", "#006d77", "PYIGF", {"en-FJ": NAV}, foot=FOOT,
       newsletter={"en-FJ": ("Forum updates by e-mail", "Subscribe")})
placeholder_media(s, "media/pyigf-2026.mp4")
s.pdf("docs/programme-2027.pdf", "Pacific Youth IGF 2027 - programme\nDay 1 plenary, Day 2 workshops, Day 3 youth statement")

T_INTRO = "The Pacific Youth Internet Governance Forum brings young people from across the Pacific to Suva on 12 to 14 July 2027"
T_FJ = "Na Bose ni iTabagone ni Pasifika me baleta na Veiliutaki ni Internet ena vakayacori e Suva"
T_PDF = "The detailed programme is available as a PDF only"
s.page("index.html", "Pacific Youth IGF 2027", f"""
<h1>Pacific Youth Internet Governance Forum 2027</h1>
<p>{T_INTRO} to debate connectivity, online safety, climate data and digital rights, and to agree a Pacific Youth Statement for the global IGF.</p>
<p>{T_PDF}: <a href="@docs/programme-2027.pdf">download the programme (PDF, 180 KB)</a>.</p>
{video("media/pyigf-2026.mp4")}
<p><a href="@past-forums.html">Past forums</a></p>
<section lang="fj">
<h2>Vosa Vakaviti</h2>
<p>{T_FJ} mai na ika 12 ki na ika 14 ni Julai 2027. Era na veivosaki kina na itabagone mai na veiyanuyanu kece ni Pasifika me baleta na internet, na veitaqomaki ena initaneti kei na draki veisau.</p>
<p>Ke o via vakaitavi, vola na yacamu ena tabana ni veivakaitavitaki. E rawa talega ni o vakaitavi mai na Zoom.</p>
</section>
""")

FORM = "\n".join([
    fld("name", "Full name (answer required)"),
    fld("dob", "Date of birth", "date", req=True),
    fld("email", "Email (answer required)", "email"),
    fld("mobile", "Mobile or WhatsApp number", "tel"),
    fld("country", "Country where you live", "select", opts=["Fiji", "Tonga", "Samoa", "Vanuatu", "Tuvalu", "Kiribati", "Solomon Islands", "Other"]),
    fld("island", "Island or province"),
    fld("org", "School, university or youth group"),
    fld("idno", "Passport or birth registration number"),
    radios("gender", "Gender", ["Woman", "Man", "Non-binary", "Prefer not to say"]),
    radios("mode", "How will you take part?", ["In person in Suva", "Online over Zoom"], req=True),
    fld("travel", "I am applying for travel support", "checkbox"),
    fld("coc", "I agree to the forum's code of conduct", "checkbox", req=True),
])
T_AGE = "The forum is open to young people aged sixteen to thirty"
s.page("register.html", "Register — Pacific Youth IGF 2027", f"""
<h1>Register as a youth delegate</h1>
<p>{T_AGE}. Registration closes on 15 June 2027.</p>
<form action="@register.html" method="post">
{FORM}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAApyigf2027suva"></div>
<button type="submit">Send my registration</button>
</form>
""")

T_FREE = "Taking part is free for every youth delegate and observer"
T_TRAVEL = "We cover return flights and three nights' lodging for youth delegates from the outer islands and from Tonga, Vanuatu, Samoa, Tuvalu and Kiribati"
T_FELLOW = "ten research fellowships of FJ$1,500 each"
s.page("support.html", "Cost and travel support — Pacific Youth IGF 2027", f"""
<h1>Cost and travel support</h1>
<p>{T_FREE}. There is no registration fee.</p>
<p>{T_TRAVEL}. Tick the travel-support box on the registration form.</p>
<p>Our partners also fund {T_FELLOW} for young researchers who present a paper at the forum.</p>
""")

T_REMOTE = "Delegates who join over Zoom can take the floor in every session and vote on the Pacific Youth Statement"
s.page("online.html", "Join online — Pacific Youth IGF 2027", f"""
<h1>Join online</h1>
<p>{T_REMOTE}. Choose “Online over Zoom” when you register; the link is e-mailed two days before the forum.</p>
<p>Low on data? Sessions are also streamed on Facebook to watch only.</p>
""")

T_STEP = "The University Hall venue is step-free, with a ramp at the main entrance and an accessible toilet"
T_SIGN = "Fiji Sign Language interpreters can be arranged on request"
T_CART = "Live captioning (CART) is provided in the plenary hall"
s.page("access.html", "Access — Pacific Youth IGF 2027", f"""
<h1>Access</h1>
<p>{T_STEP}.</p>
<p>{T_SIGN} until 30 June.</p>
<p>{T_CART}.</p>
<p>Tell us what you need: access@pdyc.example.org.fj</p>
""")

T_DON = "Give FJ$50 to cover a delegate's mobile data for the forum"
s.page("partners.html", "Partners — Pacific Youth IGF 2027", f"""
<h1>Partners</h1>
<p>Pacific Champion partner: FJ$10,000. Island partner: FJ$4,000. Community partner: in kind.</p>
<p>{T_DON}.</p>
""")

s.page("volunteer.html", "Work with us — Pacific Youth IGF 2027", """
<h1>Youth rapporteurs wanted</h1>
<p>We are hiring six youth rapporteurs for the three forum days, paid FJ$95 per day. Send a short letter to jobs@pdyc.example.org.fj.</p>
""")

s.page("news.html", "News — Pacific Youth IGF 2027", """
<h1>News</h1>
<h2>Getting to Suva</h2>
<p>Partner hotel near the campus: FJ$210 per night. The overnight ferry from Savusavu to Suva costs about FJ$95; a bus from Nadi is about FJ$20.</p>
""")

PP = ["index.html", "register.html", "support.html", "online.html", "access.html"]
ENTRY = entry(
    s, name="Pacific Youth Internet Governance Forum 2027 (Pacific Digital Youth Collective, Suva, Fiji)",
    languages=["en", "fj"],
    fees=[],
    free_option=True, fee_support=True, remote_participation=True,
    captcha=["turnstile"], account_required=False,
    registration_form=(12, 5, ["birth_date", "phone", "affiliation", "id_document", "gender"]),
    min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "cart"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=PP, deliberate_404=["past-forums.html"],
    evidence={
        "languages": [Q("index.html", T_INTRO), Q("index.html", T_FJ, "Fijian section with lang=fj (two paragraphs)")],
        "un_languages": [N("en")],
        "fees": [Q("support.html", "There is no registration fee", "free forum: no price of taking part"),
                 Q("support.html", T_FELLOW, "fellowship: not a fee"),
                 Q("partners.html", "Pacific Champion partner: FJ$10,000", "sponsor: not a fee"),
                 Q("partners.html", T_DON, "donation: not a fee"),
                 Q("volunteer.html", "paid FJ$95 per day", "daily pay: not a fee"),
                 Q("news.html", "FJ$210 per night", "hotel: not a fee")],
        "free_option": [Q("support.html", T_FREE)],
        "fee_support": [Q("support.html", T_TRAVEL)],
        "remote_participation": [Q("online.html", T_REMOTE)],
        "captcha": [M("register.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account or login", "register.html")],
        "registration_form": [N("12 fields: name, birth date, e-mail, mobile, country-of-residence select, island, school/university/youth "
                                "group, passport or birth registration number, gender radio, mode radio, travel checkbox, code-of-conduct "
                                "checkbox; required: 2 marked (answer required) + birth date + mode + code of conduct = 5", "register.html"),
                              Q("register.html", "Passport or birth registration number")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", T_AGE)],
        "accessibility_statement": [Q("access.html", T_STEP)],
        "access_services": [Q("access.html", T_STEP, "wheelchair_access"), Q("access.html", T_SIGN, "sign_language"),
                            Q("access.html", T_CART, "cart only")],
        "videos_without_captions": [M("index.html", 'src="media/pyigf-2026.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", T_PDF)],
    })
