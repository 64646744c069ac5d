"""Mzuzu (Malawi): a youth network's national youth internet governance forum. English with a Chichewa section and a
Tumbuka greeting. Pages and labels written together."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "malawi-youth-igf-mzuzu"
NAV = [("index.html", "Home"), ("register.html", "Register"), ("hubs.html", "Zoom hubs"),
       ("programme.html", "Programme"), ("access.html", "Accessibility"), ("faq.html", "FAQ"),
       ("partners.html", "Partners"), ("get-involved.html", "Get involved")]
FOOT = {"en-MW": "<p>© 2027 Malawi Youth Internet Governance Network · Mzuzu · hello@myign.example.mw</p>"}
s = mk(SLUG, "Malawi Youth Internet Governance Forum", "en-MW", "#1d5c3a", "MYIGF", NAV, foot=FOOT,
       newsletter={"en-MW": ("Get forum news by email", "Subscribe")})

NY1 = ("Bwalo la Achinyamata la Kayendetsedwe ka Intaneti ku Malawi limasonkhanitsa achinyamata ochokera m'maboma "
       "onse kuti akambirane za ufulu pa intaneti, chitetezo cha pa intaneti ndi mwayi wa ntchito za digito.")
NY2 = ("Kutenga nawo mbali ndi kwaulere. Amene sangathe kubwera ku Mzuzu angathe kutenga nawo mbali kudzera pa Zoom "
       "m'malo a Blantyre, Lilongwe ndi Zomba.")
FREE = "Taking part is free of charge for every delegate."
AGE = "Delegates must be young people aged fifteen to thirty-five."
REMOTE = ("Delegates who cannot travel to Mzuzu join through Zoom hubs in Blantyre, Lilongwe and Zomba. Hub delegates "
          "take the floor in every session and vote on the youth messages with the delegates in the hall.")
PDF = "The full programme is available as a PDF only"
WHEEL = ("The Great Hall of the Mzuzu University campus has ramps at both entrances and an accessible toilet on the "
         "same level.")
SIGN = "Malawian Sign Language interpreters will work in all plenary sessions."
NOCAP = "There is no live captioning this year."
FARES = "We refund bus fares from Blantyre, Lilongwe and Zomba up to MK 25,000 per delegate on presentation of tickets."

FORM = ('<form action="@register.html" method="post">'
        + fld("name", "Full name (required field)")
        + fld("dob", "Date of birth (required field)", "date")
        + radios("gender", "Gender", ["Female", "Male", "Prefer not to say"])
        + fld("district", "District (required field)", "select",
              opts=["Chitipa", "Karonga", "Rumphi", "Mzimba", "Nkhata Bay", "Lilongwe", "Blantyre", "Zomba", "Other"])
        + fld("phone", "Mobile or WhatsApp number (required field)", "tel")
        + fld("email", "Email", "email")
        + fld("org", "School, college or youth organisation (required field)")
        + fld("nid", "National ID number (leave blank if you do not yet have one)")
        + radios("mode", "How will you take part?", ["In person in Mzuzu", "At a Zoom hub (Blantyre, Lilongwe or Zomba)"],
                 req=True)
        + fld("needs", "Access needs", "textarea")
        + fld("coc", "I agree to the youth forum code of conduct (required field)", "checkbox")
        + '<div class="frc-captcha" data-sitekey="FCMYIGF2027MZUZU"></div>'
        + '<button type="submit">Register</button></form>')

placeholder_media(s, "media/myigf-2026.mp4")
s.page("index.html", "Malawi Youth Internet Governance Forum 2027", f"""
<p class="note">Mwawuka uli! Greetings from the North.</p>
<h1>Malawi Youth Internet Governance Forum 2027</h1>
<p>Mzuzu University, 20–21 August 2027. The Malawi Youth Internet Governance Network brings young people from every district together to discuss internet rights, online safety, affordable access and digital jobs, and to agree on youth messages for the national and regional internet governance forums.</p>
<p>Read the <a href="@programme.html">programme</a>, <a href="@register.html">register as a delegate</a>, or join from a <a href="@hubs.html">Zoom hub</a>.</p>
<h2>Highlights of 2026</h2>
{video("media/myigf-2026.mp4")}
<section lang="ny">
<h2>M'Chichewa</h2>
<p>{NY1}</p>
<p>{NY2}</p>
</section>
""")

s.page("register.html", "Register as a delegate", f"""
<h1>Register as a delegate</h1>
<p>{FREE}</p>
<p>{AGE}</p>
<p>Fields marked (required field) must be completed. Registration closes on 31 July 2027.</p>
{FORM}
""")

s.page("hubs.html", "Zoom hubs", f"""
<h1>Zoom hubs</h1>
<p>{REMOTE}</p>
<p>Each hub is hosted by a youth organisation with a projector, a reliable connection and a facilitator who passes the microphone to hub delegates.</p>
""")

s.pdf("programme/myigf-2027-programme.pdf", "Malawi Youth Internet Governance Forum 2027\nMzuzu, 20-21 August 2027\nProgramme")
s.page("programme.html", "Programme", f"""
<h1>Programme</h1>
<p>{PDF}: <a href="@programme/myigf-2027-programme.pdf">MYIGF 2027 programme (PDF, 3 pages)</a>.</p>
<p>Day one: opening, youth and online safety, affordable data. Day two: digital jobs, drafting and adopting the youth messages.</p>
<p>Looking back: <a href="@reports/2026-report.html">report of the 2026 forum</a>.</p>
""")

s.page("access.html", "Accessibility", f"""
<h1>Accessibility</h1>
<p>{WHEEL}</p>
<p>{SIGN}</p>
<p>{NOCAP}</p>
<p>A breastfeeding room is available next to the registration desk.</p>
<p>Tell us about any other access needs at access@myign.example.mw.</p>
""")

s.page("faq.html", "FAQ", f"""
<h1>Frequently asked questions</h1>
<details open><summary>Is there help with transport?</summary><p>{FARES}</p></details>
<details open><summary>Where can I stay?</summary><p>Lodges near the campus charge from MK 35,000 a night; delegates book their own rooms.</p></details>
<details open><summary>Is the forum streamed?</summary><p>Yes, plenaries are also streamed on Facebook; hub delegates take part through Zoom.</p></details>
<details open><summary>Who can take part?</summary><p>Students, young workers and members of youth organisations from every district.</p></details>
""")

s.page("partners.html", "Partners", """
<h1>Partner with us</h1>
<ul>
  <li>Platinum partner: MK 3,500,000</li>
  <li>Gold partner: MK 1,500,000</li>
  <li>Exhibition table: MK 250,000</li>
</ul>
<p>Individuals can donate MK 10,000 to cover one delegate's bus fare.</p>
""")

s.page("get-involved.html", "Get involved", """
<h1>Get involved</h1>
<h2>Rapporteurs</h2>
<p>We are looking for four rapporteurs to document the sessions. Rapporteurs are paid MK 40,000 per day.</p>
<h2>Volunteers</h2>
<p>Volunteers help at registration and in the hubs and receive a certificate.</p>
""")

ENTRY = entry(
    s, name="Malawi Youth Internet Governance Forum 2027 (Mzuzu)",
    languages=["en", "ny"], fees=[], free_option=True, fee_support=True, remote_participation=True,
    captcha=["friendlycaptcha"], account_required=False,
    registration_form=(11, 7, ["birth_date", "gender", "phone", "affiliation", "id_document"]),
    registration_host=None, registration_pdf_only=False, min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "register.html", "hubs.html", "programme.html", "access.html", "faq.html"],
    deliberate_404=["reports/2026-report.html"],
    evidence={
        "languages": [Q("index.html", "The Malawi Youth Internet Governance Network brings young people"),
                      Q("index.html", NY1, "Chichewa section with lang=\"ny\" (two paragraphs)"),
                      N("the Tumbuka greeting Mwawuka uli! is not content")],
        "un_languages": [N("en")],
        "fees": [Q("register.html", FREE, "no price of taking part"),
                 Q("faq.html", FARES, "fare refund: not a fee"),
                 Q("partners.html", "Platinum partner: MK 3,500,000", "sponsor: not a fee"),
                 Q("partners.html", "donate MK 10,000", "donation: not a fee"),
                 Q("get-involved.html", "Rapporteurs are paid MK 40,000 per day", "daily pay: not a fee"),
                 Q("faq.html", "Lodges near the campus charge from MK 35,000 a night", "lodging: not a fee")],
        "free_option": [Q("register.html", FREE)],
        "fee_support": [Q("faq.html", FARES, "bus fares refunded (FAQ only)")],
        "remote_participation": [Q("hubs.html", REMOTE)],
        "captcha": [M("register.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no login or account anywhere")],
        "registration_form": [N("name*, date of birth* (birth_date), gender radio (gender), district select*, mobile or "
                                "WhatsApp* (phone), email, school/college/youth organisation* (affiliation), national ID "
                                "number (id_document), mode radio (required attribute), access needs, code-of-conduct "
                                "checkbox* = 11 fields, 7 required; new marker (required field)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", AGE)],
        "accessibility_statement": [Q("access.html", WHEEL)],
        "access_services": [Q("access.html", WHEEL, "wheelchair_access"), Q("access.html", SIGN, "sign_language"),
                            Q("access.html", NOCAP, "captions negated"),
                            Q("access.html", "A breastfeeding room is available", "not childcare")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/myigf-2026.mp4">',
                                      "no track")],
        "pdf_only_documents": [Q("programme.html", PDF)],
    })
