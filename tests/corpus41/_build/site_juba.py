"""Juba, South Sudan: a civil-society secretariat's national internet governance forum with Zoom hubs (en-SS, with
Arabic sections). Free; SSP and USD only as distractors."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt

SLUG = "south-sudan-igf-juba"
NAV = [("index.html", "Home"), ("register.html", "Register"), ("programme.html", "Programme"),
       ("hubs.html", "Regional hubs"), ("travel.html", "Travel support"), ("access.html", "Accessibility"),
       ("sponsors.html", "Partners"), ("news.html", "News")]
FOOT = ('<p>South Sudan IGF Secretariat, hosted by the Equatoria Digital Rights Network (example), Hai Malakal, Juba · '
        '<a href="mailto:info@ssigf.example.org">info@ssigf.example.org</a> · <a href="@report-2025.html">2025 report</a></p>')
s = mk(SLUG, "South Sudan Internet Governance Forum 2027", "en-SS", "#1b4f8a", "SSIGF", NAV, foot={"en-SS": FOOT},
       newsletter={"en-SS": ("Forum newsletter", "Subscribe")})
placeholder_media(s, "media/ssigf-2026.mp4")
vtt(s, "media/ssigf-2026.vtt", "Welcome to the South Sudan Internet Governance Forum.")

FREE = "Participation in the forum is free of charge for everyone."
REMOTE = ("Participants at the hubs in Wau and Bor join every plenary over Zoom: they ask questions and take the floor "
          "in the same way as delegates in the hall.")
TRAVEL = ("We pay bus tickets, or flights where roads are closed, for delegates from Wau, Malakal, Bor and Aweil who "
          "are selected by the hub committees.")
YOUTH = "The Youth Track (9 March, afternoon) is for secondary-school students aged 14 to 17, nominated by their schools."
RAMP = "The Nyakuron Cultural Centre hall is step-free, with a ramp at the main entrance and an accessible toilet."
SIGN = "South Sudanese Sign Language interpreters will work in all plenary sessions."
INTERP = "English–Arabic interpretation is provided in the plenary sessions."
NOCAP = "Live captions are not available this year."
AR_FREE = "المشاركة في المنتدى مجانية للجميع."

s.page("index.html", "South Sudan Internet Governance Forum 2027", f"""
<h1>South Sudan Internet Governance Forum 2027</h1>
<p>Juba, 9–10 March 2027 · Nyakuron Cultural Centre and hubs in Wau and Bor</p>
<p>The national IGF brings together government, the regulator, mobile operators, universities, journalists and
community groups to discuss affordable access, network shutdowns, online hate speech and the national data
strategy. {FREE}</p>
<ul><li><a href="@register.html">Register now</a></li><li><a href="@hubs.html">Join from a regional hub</a></li>
<li><a href="@travel.html">Travel support for delegates from the states</a></li></ul>
<h2>Highlights of 2026</h2>
{video("media/ssigf-2026.mp4", track="media/ssigf-2026.vtt", track_lang="en", label="English")}
<section lang="ar" dir="rtl">
<h2>بالعربية</h2>
<p>يُعقد منتدى حوكمة الإنترنت في جنوب السودان في جوبا يومي ٩ و١٠ مارس ٢٠٢٧، ويجمع الحكومة وهيئة الاتصالات
وشركات الهاتف المحمول والجامعات والصحفيين ومجموعات المجتمع المحلي. {AR_FREE}</p>
<p>يمكن للمشاركين في مركزي واو وبور متابعة الجلسات العامة عبر زووم وطرح الأسئلة وأخذ الكلمة. تتوفر ترجمة فورية
بين الإنجليزية والعربية في الجلسات العامة، ويمكن التسجيل عبر الاستمارة في صفحة التسجيل.</p>
</section>
""")

FORM = "".join([
    fld("name", "Full name (entry needed)"),
    fld("idno", "National ID or passport number (entry needed)"),
    fld("email", "E-mail (entry needed)", "email"),
    fld("phone", "Phone or WhatsApp number (entry needed)", "tel"),
    fld("org", "Organisation"),
    fld("group", "Stakeholder group (entry needed)", "select",
        opts=["Government", "Private sector", "Civil society", "Academia", "Technical community", "Media", "Youth"]),
    fld("state", "State", "select", opts=["Central Equatoria", "Western Bahr el Ghazal", "Jonglei", "Upper Nile",
                                          "Northern Bahr el Ghazal", "Other"]),
    radios("gender", "Gender", ["Woman", "Man", "Prefer not to say"]),
    radios("where", "Where will you take part? (entry needed)", ["Juba hall", "Wau hub", "Bor hub"]),
    fld("youth", "I am a secondary-school student registering for the Youth Track", "checkbox"),
    fld("consent", "I agree that my name may appear in the participants list", "checkbox", req=True),
])
s.page("register.html", "Register", f"""
<h1>Register for SSIGF 2027</h1>
<p>Registration closes on 28 February 2027. {FREE}</p>
<form action="@register.html" method="post">
{FORM}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAexample-ssigf"></div>
<button type="submit">Send registration</button>
</form>
<section lang="ar" dir="rtl"><p>التسجيل مفتوح حتى ٢٨ فبراير ٢٠٢٧. {AR_FREE} يُرجى اختيار مكان المشاركة: قاعة جوبا أو مركز واو أو مركز بور.</p></section>
""")

s.page("programme.html", "Programme", f"""
<h1>Programme</h1>
<h2>Day 1 – 9 March</h2>
<ul><li>Opening plenary: connecting the states</li><li>Network disruptions and the right to information</li>
<li>Youth Track: safe and creative internet use</li></ul>
<p>{YOUTH}</p>
<h2>Day 2 – 10 March</h2>
<ul><li>Hate speech online and community media</li><li>The national data strategy</li><li>Closing plenary and messages</li></ul>
""")

s.page("hubs.html", "Regional hubs", f"""
<h1>Regional hubs</h1>
<p>{REMOTE}</p>
<p>Hub sessions take place at the University of Wau and at the Bor Community Radio hall. Each hub has a moderator
who passes the microphone to hub participants when the chair gives them the floor.</p>
""")

s.page("travel.html", "Travel support and accommodation", f"""
<h1>Travel support and accommodation</h1>
<p>{TRAVEL} The value of the support is up to US$ 400 per delegate, paid directly to the transport company.</p>
<h2>Where to stay in Juba</h2>
<ul><li>Riverside guest house (example): SSP 95,000 per night</li><li>Hotel near the airport: US$ 120 per night</li></ul>
<p>A boda-boda ride in town costs about SSP 3,000.</p>
""")

s.page("access.html", "Accessibility", f"""
<h1>Accessibility</h1>
<p>{RAMP}</p>
<p>{SIGN}</p>
<p>{INTERP}</p>
<p>{NOCAP}</p>
<p>Tell us about any other access needs at <a href="mailto:access@ssigf.example.org">access@ssigf.example.org</a>.</p>
""")

s.page("sponsors.html", "Partners", """
<h1>Partner with SSIGF</h1>
<table><tr><th>Package</th><th>Contribution</th></tr>
<tr><td>Lead partner</td><td>US$ 5,000</td></tr><tr><td>Session partner</td><td>US$ 2,000</td></tr>
<tr><td>Exhibition table</td><td>SSP 450,000</td></tr></table>
""")

s.page("news.html", "News", """
<h1>News</h1>
<article><h2>We are hiring: programme officer</h2><p>The Secretariat is recruiting a programme officer (12-month
contract, US$ 1,800 per month).</p></article>
""")

ENTRY = entry(
    s, name="South Sudan Internet Governance Forum 2027 (Juba)",
    languages=["en", "ar"], fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"],
    account_required=False, registration_form=(11, 7, ["id_document", "phone", "affiliation", "gender"]),
    registration_host=None, registration_pdf_only=False, min_age=14, accessibility_statement=True,
    access_services=["interpretation", "sign_language", "wheelchair_access"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "register.html", "programme.html", "hubs.html", "travel.html", "access.html"],
    deliberate_404=["report-2025.html"],
    evidence={
        "languages": [N("English site with Arabic sections (lang=\"ar\") of two paragraphs on index.html and one on register.html"),
                      Q("index.html", AR_FREE)],
        "un_languages": [N("ar and en")],
        "fees": [Q("index.html", FREE, "free forum: fees []"),
                 Q("travel.html", "The value of the support is up to US$ 400 per delegate", "travel support: not a fee"),
                 Q("travel.html", "Riverside guest house (example): SSP 95,000 per night", "hotel: not a fee"),
                 Q("sponsors.html", "Lead partner US$ 5,000", "sponsor package: not a fee"),
                 Q("news.html", "US$ 1,800 per month", "salary: not a fee")],
        "free_option": [Q("index.html", FREE)],
        "fee_support": [Q("travel.html", TRAVEL)],
        "remote_participation": [Q("hubs.html", REMOTE)],
        "captcha": [M("register.html", '<div class="cf-turnstile"')],
        "account_required": [N("no account: a plain form")],
        "registration_form": [N("register.html: 11 fields (name, ID/passport, e-mail, phone/WhatsApp, organisation, stakeholder select, state select, gender radio, attendance radio, youth checkbox, consent checkbox); 7 required (6 with '(entry needed)', consent with `required`); sensitive: id_document, phone, affiliation, gender")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("programme.html", YOUTH, "a programme of the event: its lower bound counts")],
        "accessibility_statement": [Q("access.html", RAMP)],
        "access_services": [Q("access.html", RAMP), Q("access.html", SIGN), Q("access.html", INTERP),
                            Q("access.html", NOCAP, "negation: no captions")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/ssigf-2026.vtt"', "captioned: 0")],
        "pdf_only_documents": [N("programme in HTML; no PDF")],
    })
