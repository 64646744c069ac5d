"""Nuku'alofa (Tonga): a youth network's national youth internet governance forum, with Zoom hubs on Vava'u and
Ha'apai. English (en-TO) with a Tongan section (lang="to")."""
from lib import *

NAV = [("index.html", "Home"), ("register.html", "Register"), ("travel-support.html", "Travel support"),
       ("hubs.html", "Island hubs"), ("venue.html", "Venue & access"), ("programme.html", "Programme"),
       ("faq.html", "FAQ"), ("partners.html", "Partners")]
s = mk("tonga-youth-igf-nukualofa", "Tonga Youth Internet Governance Forum 2027", "en-TO", "#c8102e", "TYIGF", NAV,
       foot={"en-TO": "<p>Tonga Youth Digital Network, Taufa'ahau Road, Nuku'alofa. youthigf@tydn.example.to</p>"})

FREE = "Taking part is free for every youth delegate."
AGE = "The forum is open to young people aged fifteen to twenty-nine living in Tonga."
TO1 = ("Ko e Fakataha ʻa e Toʻutupu ki he Puleʻi ʻo e ʻInitaneti ʻi Tonga ʻe fai ʻi Nukuʻalofa ʻi he ʻaho 20 mo e 21 ʻo "
       "Sepitema 2027. ʻOku ʻatā ki he toʻutupu kotoa pē ʻoku taʻu 15 ki he 29 ʻoku nofo ʻi Tonga.")
TO2 = ("ʻOku taʻetotongi ʻa e kau mai. ʻE totongi ʻe he Kautaha ʻa e vakapuna mo e vaka ki he toʻutupu mei Vavaʻu, "
       "Haʻapai mo ʻEua. ʻE lava ke kau mai ʻa e toʻutupu ʻi Neiafu mo Pangai ʻi he Zoom ʻo lea mo fili.")
s.page("index.html", "Tonga Youth IGF 2027", f"""
<h1>Tonga Youth Internet Governance Forum 2027</h1>
<p>20–21 September 2027, Nuku'alofa, with hubs in Neiafu and Pangai. Young Tongans discuss affordable
connectivity, online safety, digital skills and the Pacific's voice in internet governance, and agree the
youth messages that go to the Pacific IGF.</p>
<p>{FREE} {AGE}</p>
<ul><li><a href="@register.html">Register as a youth delegate</a></li>
<li><a href="@travel-support.html">Travel support for outer-island delegates</a></li>
<li><a href="@hubs.html">Joining from the island hubs</a></li></ul>
<h2>Watch: what is internet governance?</h2>
""" + video("media/what-is-igf.mp4", track="media/what-is-igf.en.vtt", track_lang="en", label="English") + f"""
<section lang="to">
<h2>Lea faka-Tonga</h2>
<p>{TO1}</p>
<p>{TO2}</p>
</section>
""")
placeholder_media(s, "media/what-is-igf.mp4")
vtt(s, "media/what-is-igf.en.vtt", "Internet governance is how we decide together how the internet works.")

form = "".join([
    fld("name", "Full name (must enter)"),
    fld("dob", "Date of birth (must enter)", "date"),
    radios("gender", "Gender", ["Female", "Male", "Other / prefer not to say"]),
    fld("island", "Island (must enter)", "select", False, ["Tongatapu", "Vava'u", "Ha'apai", "'Eua", "Niuatoputapu", "Niuafo'ou"]),
    fld("school", "School or organisation (must enter)"),
    fld("email", "E-mail (must enter)", "email"),
    fld("phone", "Phone", "tel"),
    fld("gname", "Parent or guardian's name (delegates under 18)"),
    fld("gphone", "Parent or guardian's phone (delegates under 18)", "tel"),
    radios("mode", "Where will you take part?", ["In person in Nuku'alofa", "Neiafu hub (Vava'u)", "Pangai hub (Ha'apai)"], True),
    fld("coc", "I have read the code of conduct", "checkbox", True),
])
s.page("register.html", "Register", f"""
<h1>Register as a youth delegate</h1>
<p>{AGE} Registration closes on 30 August 2027.</p>
<form action="@register.html" method="post">
{form}
<div class="frc-captcha" data-sitekey="FCMexampleTongaYouthIGF"></div>
<button type="submit">Send registration</button>
</form>
""")

TRAVEL = "The network pays return flights or ferry tickets for delegates from Vava'u, Ha'apai and 'Eua who choose to come to Nuku'alofa, and arranges shared lodging."
s.page("travel-support.html", "Travel support", f"""
<h1>Travel support</h1>
<p>{TRAVEL}</p>
<p>For reference, a return domestic flight from Vava'u costs about T$350 and the ferry to 'Eua about T$40; each
travel award is worth up to T$900 including lodging. Apply by ticking the in-person option and writing to us.</p>
""")

HUB = "Delegates at the hubs in Neiafu (Vava'u) and Pangai (Ha'apai) join over Zoom, take the floor in every session and vote on the youth messages."
s.page("hubs.html", "Island hubs", f"""
<h1>Joining from the island hubs</h1>
<p>{HUB}</p>
<p>Each hub has a facilitator, a projector and a stable connection provided by our partners.</p>
""")

RAMP = "The Tupou Youth Centre hall is step-free, with a ramp from the car park and an accessible toilet."
SIGN = "Sign language interpretation can be arranged on request."
INT = "Sessions are interpreted between Tongan and English."
s.page("venue.html", "Venue & access", f"""
<h1>Venue and accessibility</h1>
<p>Tupou Youth Centre, Nuku'alofa.</p>
<ul><li>{RAMP}</li><li>{SIGN}</li><li>{INT}</li><li>We are not able to offer live captioning.</li></ul>
<p>Write to access@tydn.example.to with any access needs.</p>
<p>Hotels near the centre cost from T$180 per night; delegates with travel awards stay in shared lodging.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<p>Day one: connectivity and affordability; online safety. Day two: digital skills; drafting the youth messages.</p>
<p><a href="@docs/tyigf-2027-programme.pdf">Download the programme (PDF)</a>. The programme is only available as a PDF.</p>
""")
s.pdf("docs/tyigf-2027-programme.pdf", "Tonga Youth IGF 2027 - Programme\n20 September: Connectivity and affordability; Online safety\n21 September: Digital skills; Youth messages")

s.page("faq.html", "FAQ", f"""
<h1>FAQ</h1>
<details open><summary>Does it cost anything?</summary><p>{FREE}</p></details>
<details open><summary>I live on an outer island. Can I take part?</summary><p>{HUB}</p></details>
<details open><summary>Who can take part?</summary><p>{AGE} Delegates under 18 give a parent's or guardian's contact.</p></details>
""")

s.page("partners.html", "Partners", """
<h1>Partners</h1>
<p>Partnership packages: Gold partner T$2,000; Silver partner T$1,000; hub connectivity partner (in kind).</p>
""")

ENTRY = entry(s, name="Tonga Youth Internet Governance Forum 2027 (Nuku'alofa)",
    languages=["en", "to"],
    fees=[],
    free_option=True, fee_support=True, remote_participation=True,
    captcha=["friendlycaptcha"], account_required=False,
    registration_form=(11, 7, ["affiliation", "birth_date", "gender", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=15,
    accessibility_statement=True, access_services=["interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "register.html", "travel-support.html", "hubs.html", "venue.html", "programme.html", "faq.html"],
    evidence={
        "languages": [M("index.html", '<section lang="to">', "Tongan section of two paragraphs")],
        "un_languages": [N("en only")],
        "fees": [Q("index.html", FREE), Q("travel-support.html", "each travel award is worth up to T$900 including lodging", "travel support: not a fee"),
                 Q("venue.html", "Hotels near the centre cost from T$180 per night", "hotel: not a fee"),
                 Q("partners.html", "Gold partner T$2,000", "sponsor: not a fee")],
        "free_option": [Q("index.html", FREE)],
        "fee_support": [Q("travel-support.html", TRAVEL)],
        "remote_participation": [Q("hubs.html", HUB)],
        "captcha": [M("register.html", '<div class="frc-captcha" data-sitekey="FCMexampleTongaYouthIGF"></div>')],
        "account_required": [N("own form, no account", "register.html")],
        "registration_form": [N("name*, date of birth*, gender radio, island*, school/organisation*, e-mail*, phone, guardian name, guardian phone, mode radio (required), code-of-conduct checkbox (required) = 11 fields, 7 required", "register.html")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", AGE)],
        "accessibility_statement": [Q("venue.html", RAMP)],
        "access_services": [Q("venue.html", RAMP), Q("venue.html", SIGN), Q("venue.html", INT),
                            Q("venue.html", "We are not able to offer live captioning.", "negation")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/what-is-igf.en.vtt"', "the only video has captions")],
        "pdf_only_documents": [Q("programme.html", "The programme is only available as a PDF.")],
    })
