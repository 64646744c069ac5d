"""Windhoek, Namibia: a telecom regulator's public hearing (English, Afrikaans page declared en-NA)."""
from lib import mk, Q, M, N, entry, fld

SLUG = "ncsra-public-hearing-qos-windhoek"
NAV = [("index.html", "Home"), ("hearing.html", "Attend the hearing"), ("submissions.html", "Submissions"),
       ("questions.html", "Ask a question"), ("access.html", "Access"), ("af/index.html", "Afrikaans"),
       ("documents.html", "Documents"), ("vacancies.html", "Vacancies")]
NAV_AF = [("af/index.html", "Afrikaans"), ("index.html", "English"), ("submissions.html", "Submissions (English)")]
FOOT = {"en": "<p>Namibian Communications and Spectrum Regulatory Authority (NCSRA), 21 Robert Mugabe Avenue, Windhoek · "
              "hearings@ncsra.example.na</p>"}
s = mk(SLUG, "NCSRA Public Hearing on Mobile Broadband Quality of Service", "en-NA", "#1d3557", "NCSRA",
       {"en": NAV, "af": NAV_AF}, foot=FOOT)
s.write("img/security-code.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" '
        'fill="#eee"/><text x="12" y="28" font-size="22" font-family="monospace" transform="rotate(-4 60 20)">7KQ2W</text></svg>\n')
s.pdf("docs/notice-oral-submission.pdf", "NCSRA - Notice of intention to make an oral submission\nName, organisation, contact, topic, language")
s.pdf("docs/draft-qos-regulations.pdf", "Draft Quality of Service Regulations for Mobile Broadband 2027\nPart 1 Definitions\nPart 2 Targets")

T_INTRO = "The Namibian Communications and Spectrum Regulatory Authority invites the public to a hearing on the draft Quality of Service Regulations for Mobile Broadband"
s.page("index.html", "Public Hearing on Mobile Broadband Quality of Service", f"""
<h1>Public Hearing: Draft Quality of Service Regulations for Mobile Broadband</h1>
<p lang="ng">Wa lalapo!</p>
<p>{T_INTRO}, on 17 and 18 March 2027 in Windhoek. The draft sets minimum download speeds, call-drop limits and reporting duties for mobile operators.</p>
<p>Consumers, operators, civil-society groups and regional councils are invited to comment in writing or in person.</p>
<p><a href="@hearings-2026.html">Results of the 2026 hearing on number portability</a></p>
""", header_lang="en")

T_FREE = "Attendance is free of charge and open to all"
T_NOSUP = "The Authority does not pay transport costs or a per diem to attendees"
s.page("hearing.html", "Attend the hearing — NCSRA", f"""
<h1>Attend the hearing</h1>
<p>The hearing runs from 09:00 to 16:00 on both days at the NCSRA auditorium, 21 Robert Mugabe Avenue. {T_FREE}.</p>
<p>{T_NOSUP}.</p>
<h2>Getting there</h2>
<p>Guest-houses near the venue charge from N$ 1 350 per night. A shared taxi from the city centre costs about N$ 14.</p>
""", header_lang="en")

T_PDFONLY = "There is no online registration: complete the Notice of Intention to Make an Oral Submission (PDF) and hand it in at our offices or e-mail it to hearings@ncsra.example.na"
T_TEAMS = "Persons in the regions may present their oral submission over Microsoft Teams; the chairperson will call on them in turn"
T_DRAFT = "The draft regulations are published as a PDF only"
s.page("submissions.html", "Submissions — NCSRA", f"""
<h1>Written and oral submissions</h1>
<h2>Oral submissions</h2>
<p>{T_PDFONLY} by 5 March 2027: <a href="@docs/notice-oral-submission.pdf">Notice of Intention (PDF)</a>.</p>
<p>{T_TEAMS}. Indicate this on the notice.</p>
<h2>Written submissions</h2>
<p>{T_DRAFT}: <a href="@docs/draft-qos-regulations.pdf">Draft Quality of Service Regulations (PDF)</a>. Written comments may be e-mailed until 31 March 2027.</p>
""", header_lang="en")

s.page("questions.html", "Ask a question — NCSRA", """
<h1>Ask a question about the hearing</h1>
<form action="@questions.html" method="post">
""" + fld("qname", "Your name") + fld("qemail", "E-mail", "email") + fld("qtext", "Your question", "textarea") + """
<p><img src="@img/security-code.svg" alt="Security code" width="120" height="40"></p>
""" + fld("code", "Type the security code shown in the image") + """
<button type="submit">Send</button>
</form>
""", header_lang="en")

T_RAMP = "The hearing takes place in the ground-floor auditorium of the Authority, reached by a ramp from the car park"
T_SIGN = "Namibian Sign Language interpreters will be present at all sessions"
T_INT = "Simultaneous interpretation between English, Afrikaans and Oshiwambo is provided"
s.page("access.html", "Access — NCSRA", f"""
<h1>Access</h1>
<p>{T_RAMP}.</p>
<p>{T_SIGN}.</p>
<p>{T_INT}.</p>
<p>For other access needs, call 061 000 0000 or write to access@ncsra.example.na.</p>
""", header_lang="en")

T_AF = "Die Owerheid nooi die publiek na 'n openbare verhoor oor die konsepregulasies vir die diensgehalte van mobiele breëband"
s.page("af/index.html", "Openbare verhoor — NCSRA", f"""
<h1>Openbare verhoor oor diensgehalte van mobiele breëband</h1>
<p>{T_AF}, op 17 en 18 Maart 2027 in Windhoek. Die konsep stel minimum aflaaisnelhede en perke vir afgebreekte oproepe vas.</p>
<p>Bywoning is gratis en oop vir almal. Wie mondelings wil praat, vul die kennisgewing (PDF) in en gee dit by ons kantoor in of e-pos dit; daar is geen aanlyn registrasie nie. Mense in die streke kan hulle voorlegging oor Microsoft Teams lewer.</p>
<p>Die saal is op die grondvloer en met 'n oprit bereikbaar. Tolke vir Namibiese Gebaretaal is by alle sessies teenwoordig.</p>
""", lang="en-NA", header_lang="af")

s.page("documents.html", "Documents — NCSRA", """
<h1>Documents</h1>
<p>Current fee schedule (for information): annual spectrum licence fee for a national mobile operator N$ 1 250 000; type-approval fee per device model N$ 4 500.</p>
<p>The draft regulations propose a penalty of up to N$ 500 000 for each quarter in which an operator misses a target.</p>
""", header_lang="en")

s.page("vacancies.html", "Vacancies — NCSRA", """
<h1>Vacancies</h1>
<p>Senior Economist, Market Analysis: N$ 720 000 per annum, plus benefits. Closing date 28 February 2027.</p>
""", header_lang="en")

PP = ["index.html", "hearing.html", "submissions.html", "questions.html", "access.html", "af/index.html"]
ENTRY = entry(
    s, name="Public Hearing on the Draft Quality of Service Regulations for Mobile Broadband (Namibian Communications and Spectrum Regulatory Authority, Windhoek, Namibia)",
    languages=["en", "af"],
    fees=[],
    free_option=True, fee_support=False, remote_participation=True,
    captcha=["image"], account_required=False,
    registration_form=None, registration_host=None, registration_pdf_only=True,
    min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=PP, deliberate_404=["hearings-2026.html"],
    evidence={
        "languages": [Q("index.html", T_INTRO), Q("af/index.html", T_AF, "Afrikaans page declared lang=en-NA"),
                      M("index.html", '<p lang="ng">Wa lalapo!</p>', "Oshiwambo greeting: not content")],
        "un_languages": [N("en")],
        "fees": [Q("hearing.html", T_FREE, "free hearing: no price of taking part"),
                 Q("documents.html", "annual spectrum licence fee for a national mobile operator N$ 1 250 000", "licence fee: not a fee of taking part"),
                 Q("hearing.html", "Guest-houses near the venue charge from N$ 1 350 per night", "lodging: not a fee"),
                 Q("vacancies.html", "N$ 720 000 per annum", "salary: not a fee")],
        "free_option": [Q("hearing.html", T_FREE)],
        "fee_support": [Q("hearing.html", T_NOSUP)],
        "remote_participation": [Q("submissions.html", T_TEAMS)],
        "captcha": [M("questions.html", '<img src="img/security-code.svg" alt="Security code"', "self-hosted image code on the question form")],
        "account_required": [N("PDF notice, no account", "submissions.html")],
        "registration_form": [N("no online registration form; the question form (3 fields + code) is not one", "questions.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("submissions.html", T_PDFONLY)],
        "min_age": [N("open to all; no age stated", "hearing.html")],
        "accessibility_statement": [Q("access.html", T_RAMP)],
        "access_services": [Q("access.html", T_RAMP, "wheelchair_access"), Q("access.html", T_SIGN, "sign_language"),
                            Q("access.html", T_INT, "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("submissions.html", T_DRAFT), Q("submissions.html", T_PDFONLY)],
    })
