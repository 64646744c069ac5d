from lib import *
s = mk("satellite-licensing-hearing-victoria", "Island Communications Authority of Seychelles", "en-SC", "#1d5b79", "ICA",
       [("index.html", "Home"), ("hearing.html", "Public hearing"), ("present.html", "Present your views"), ("documents.html", "Documents"),
        ("access.html", "Accessibility"), ("faq.html", "FAQ"), ("tariffs.html", "Licence fees"), ("careers.html", "Careers")],
       foot={"en-SC": "<p>Island Communications Authority, Independence Avenue, Victoria, Mahé. hearings@ica-sc.example.sc</p>"})
INV = "The Authority invites operators, consumers and civil society to present their views on the draft rules for satellite internet licensing at a public hearing on 6 October at the International Conference Centre, Victoria."
FR = "L'Autorité invite le public à présenter ses observations sur le projet de règles relatives aux licences d'internet par satellite lors d'une audition publique le 6 octobre à Victoria. Le formulaire de demande d'intervention est disponible en PDF."
KREOL = "Lotorite i envit piblik pour donn zot lopinyon lor bann nouvo regleman pour internet par satelit."
PDFONLY = "There is no online registration: download the request-to-present form (PDF), fill it in and hand it in at our office or e-mail it to hearings@ica-sc.example.sc."
TV = "The hearing is held in person only; it is broadcast live on SBC TV."
FERRY = "Ferry fares from Praslin and La Digue are refunded to members of the public who present their views."
OPEN = "The hearing is open to all."
RAMP = "The hall is on the ground floor, with a ramp at the main entrance."
SIGN = "A Seychelles sign language interpreter will be present throughout the hearing."
INTERP = "Interpretation between English and Kreol Seselwa is provided."
FEE = "Proposed annual licence fee for satellite operators: SCR 250,000."
s.page("index.html", "Public hearing on satellite internet licensing", f"""
<h1>Public hearing: draft rules for satellite internet licensing</h1>
<p>{INV}</p>
<p><a href="@present.html">Present your views</a> · <a href="@documents.html">Draft rules</a></p>
<section lang="fr"><h2>En français</h2><p>{FR}</p></section>
<p lang="crs">{KREOL}</p>
""")
s.page("hearing.html", "Public hearing", f"<h1>About the hearing</h1><p>{TV}</p><p>{OPEN}</p><p>Each speaker has five minutes.</p>")
s.page("present.html", "Present your views", f"""
<h1>Present your views</h1>
<p>{PDFONLY}</p>
<p><a href="@docs/request-to-present.pdf">Request-to-present form (PDF)</a></p>
""")
s.pdf("docs/request-to-present.pdf", "Request to present views - satellite licensing hearing\nName: ...\nOrganisation: ...")
s.page("documents.html", "Documents", """
<h1>Documents</h1>
<p>The draft rules are published as PDF only: <a href="@docs/draft-rules.pdf">Draft satellite licensing rules (PDF)</a>.</p>
<p><a href="@docs/annex-b.html">Annex B: consultation responses 2025</a></p>
""")
s.pdf("docs/draft-rules.pdf", "Draft rules for satellite internet licensing")
s.page("access.html", "Accessibility", f"<h1>Accessibility</h1><p>{RAMP}</p><p>{SIGN}</p><p>{INTERP}</p>")
s.page("faq.html", "FAQ", f"""
<h1>Frequently asked questions</h1>
<details open><summary>Do you help with travel from the inner islands?</summary><p>{FERRY}</p></details>
<h2>Ask a question</h2>
<form action="@faq.html" method="post">
""" + fld("qn", "Name") + fld("qe", "Email", "email") + fld("qq", "Your question", "textarea") + """
<p><img src="@img/code.svg" alt="security code" width="120" height="40"></p>
""" + fld("qc", "Type the characters in the image") + """
<button type="submit">Send</button></form>
""")
s.write("img/code.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7KX4P</text></svg>\n')
s.page("tariffs.html", "Licence fees", f"<h1>Licence fees under consultation</h1><p>{FEE}</p><p>Hotel near the centre: SCR 2,100 per night. Bus fare: SCR 12.</p>")
s.page("careers.html", "Careers", "<h1>Careers</h1><p>Spectrum engineer, SCR 38,000 per month.</p>")
P = "index.html hearing.html present.html documents.html access.html faq.html".split()
ENTRY = entry(s, name="Public hearing on satellite internet licensing — Victoria", languages=["en", "fr"], fees=[],
    free_option=None, fee_support=True, remote_participation=False, captcha=["image"], account_required=False,
    registration_form=None, registration_host=None, registration_pdf_only=True, min_age=None,
    accessibility_statement=True, access_services=["interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=True, participation_pages=P, deliberate_404=["docs/annex-b.html"],
    evidence={
     "languages": [Q("index.html", INV), Q("index.html", FR, "French section"), Q("index.html", KREOL, "Kreol Seselwa: no ISO 639-1 code")],
     "un_languages": [N("en, fr")],
     "fees": [Q("tariffs.html", FEE, "licence fee under consultation: not a fee")],
     "free_option": [N("the site says nothing on the cost of taking part", "index.html")],
     "fee_support": [Q("faq.html", FERRY)],
     "remote_participation": [Q("hearing.html", TV)],
     "captcha": [M("faq.html", 'alt="security code"')],
     "account_required": [Q("present.html", PDFONLY)],
     "registration_form": [N("no online registration form; the FAQ question form (3 fields + code) is not one", "faq.html")],
     "registration_host": [N("none")],
     "registration_pdf_only": [Q("present.html", PDFONLY)],
     "min_age": [Q("hearing.html", OPEN)],
     "accessibility_statement": [Q("access.html", RAMP)],
     "access_services": [Q("access.html", RAMP), Q("access.html", SIGN), Q("access.html", INTERP)],
     "videos_without_captions": [N("no video")],
     "pdf_only_documents": [Q("documents.html", "The draft rules are published as PDF only")],
    })
