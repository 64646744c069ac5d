from lib import *

NAV = [("index.html", "Home"), ("hearing.html", "Take part in the hearing"), ("documents.html", "Consultation documents"),
       ("accessibility.html", "Accessibility"), ("faq.html", "FAQ"), ("visiting.html", "Visiting Blantyre"),
       ("vacancies.html", "Vacancies")]
s = mk("sim-registration-regulations-hearing-blantyre", "Communications Regulatory Council of Malawi — Public Hearing", "en-MW",
       "#1d4e89", "CR", NAV,
       foot={"en-MW": "<p>Communications Regulatory Council of Malawi (a made-up body), Chichiri, Blantyre — hearings@crcm.example.mw</p>"})

s.page("index.html", "Public hearing on the draft SIM Registration and Data Retention Regulations", """
<h1>Public hearing: draft SIM Registration and Data Retention Regulations, 2027</h1>
<p>The Council will hold a public hearing on the draft Communications (SIM Registration and Data Retention) Regulations on Wednesday 9 June 2027 from 09:00 at the Council Chamber, Chichiri, Blantyre. The hearing is open to all members of the public.</p>
<p>Individuals, consumer groups, operators and civil-society organisations may make oral submissions. Written comments may also be sent until 31 May 2027.</p>
<p><a href="@hearing.html">How to make an oral submission</a> · <a href="@documents.html">Read the draft regulations</a> · <a href="@reports/hearing-2025.html">Report of the 2025 hearing</a></p>
<h2>Video: the 2025 hearing on mobile money tariffs</h2>
<video controls preload="none" width="640" src="@media/hearing-2025.mp4"></video>
<section lang="ny">
<h2>M'Chichewa</h2>
<p>Bungwe la CRCM likuitanira anthu onse ku msonkhano wokambirana za malamulo atsopano a kalembera wa ma SIM khadi ndi kusunga zidziwitso. Msonkhanowu udzachitika Lachitatu pa 9 June 2027 ku Chichiri, Blantyre.</p>
<p>Ngati mukufuna kulankhula pamsonkhanowu, lembani fomu yomwe ili patsamba la zikalata ndipo muitumize ku ofesi yathu kapena pa imelo. Padzakhala omasulira a Chichewa ndi Chingerezi komanso omasulira a chinenero chamanja.</p>
</section>
""")
placeholder_media(s, "media/hearing-2025.mp4")

s.page("hearing.html", "How to make an oral submission", """
<h1>How to make an oral submission</h1>
<p>Anyone who wishes to speak at the hearing must complete the Notice of Intention to Make an Oral Submission (PDF) and hand it in at the Council's offices in Chichiri or e-mail it to hearings@crcm.example.mw by 31 May 2027.</p>
<p><a href="@docs/notice-of-intention.pdf">Notice of Intention to Make an Oral Submission (PDF)</a></p>
<p class="note">There is no online registration.</p>
<p>Oral submissions are heard in person in the Council Chamber. Each speaker has up to ten minutes.</p>
""")
s.pdf("docs/notice-of-intention.pdf", "Notice of Intention to Make an Oral Submission\nName:\nOrganisation:\nPhone:\nTopic:")

s.page("documents.html", "Consultation documents", """
<h1>Consultation documents</h1>
<p>The draft regulations are available as a PDF only.</p>
<ul><li><a href="@docs/draft-sim-regulations-2027.pdf">Draft Communications (SIM Registration and Data Retention) Regulations, 2027 (PDF)</a></li>
<li><a href="@docs/notice-of-intention.pdf">Notice of Intention to Make an Oral Submission (PDF)</a></li></ul>
<p>Among other things, the draft proposes a SIM replacement fee of MK 2,500 and a penalty of MK 5,000,000 for operators that fail to keep records.</p>
""")
s.pdf("docs/draft-sim-regulations-2027.pdf", "Draft Communications [SIM Registration and Data Retention] Regulations 2027\nPart I - Preliminary")

s.page("accessibility.html", "Accessibility", """
<h1>Accessibility</h1>
<p>The Council Chamber is on the ground floor and has a ramp at the main entrance and an accessible toilet.</p>
<p>Malawian Sign Language interpreters will be present throughout the hearing.</p>
<p>Interpretation between Chichewa and English will be provided.</p>
<p>We are unable to provide live captioning at this hearing.</p>
<p>If you have other access needs, call +265 1 000 000 or write to hearings@crcm.example.mw.</p>
""")

s.page("faq.html", "Frequently asked questions", """
<h1>Frequently asked questions</h1>
<details><summary>Can I follow the hearing from home?</summary><p>The hearing will be broadcast live on national radio. Listeners cannot phone in, and oral submissions can only be made in person.</p></details>
<details><summary>Will the Council pay my transport?</summary><p>The Council does not refund travel costs or pay allowances to participants.</p></details>
<details><summary>Can I send a written comment instead?</summary><p>Yes, by e-mail or by post until 31 May 2027.</p></details>
<h2>Ask a question</h2>
<form action="@faq.html" method="post">
<label for="q-name">Name *</label><input type="text" id="q-name" name="q-name" required>
<label for="q-email">E-mail *</label><input type="email" id="q-email" name="q-email" required>
<label for="q-text">Your question *</label><textarea id="q-text" name="q-text" rows="4" required></textarea>
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">Send</button>
</form>
""")

s.page("visiting.html", "Visiting Blantyre", """
<h1>Visiting Blantyre</h1>
<p>Hotels near Chichiri charge from MK 95,000 per night. A minibus from Limbe to Chichiri costs about MK 1,000; from Zomba about MK 3,000.</p>
""")
s.page("vacancies.html", "Vacancies", """
<h1>Vacancies</h1>
<p>Compliance Officer (Consumer Affairs), Blantyre. Salary: MK 1,450,000 per month.</p>
""")

P = ["index.html", "hearing.html", "documents.html", "accessibility.html", "faq.html"]
ENTRY = entry(s, name="Communications Regulatory Council of Malawi — public hearing on draft SIM regulations", languages=["en", "ny"],
    fees=[], free_option=None, fee_support=False, remote_participation=False, captcha=["recaptcha"], account_required=False,
    registration_form=None, registration_pdf_only=True, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=1,
    pdf_only_documents=True, participation_pages=P, deliberate_404=["reports/hearing-2025.html"],
    evidence={
        "languages": [Q("index.html", "The Council will hold a public hearing on the draft Communications"),
                      Q("index.html", "Bungwe la CRCM likuitanira anthu onse ku msonkhano", "Chichewa section of two paragraphs with lang=ny")],
        "un_languages": [N("en only (ny is not a UN language)")],
        "fees": [N("no price of taking part"),
                 Q("documents.html", "a SIM replacement fee of MK 2,500", "subject of the draft: not a fee"),
                 Q("visiting.html", "Hotels near Chichiri charge from MK 95,000 per night.", "hotel: not a fee"),
                 Q("vacancies.html", "Salary: MK 1,450,000 per month.", "salary: not a fee")],
        "free_option": [Q("index.html", "The hearing is open to all members of the public.", "nothing said about the cost of taking part: null")],
        "fee_support": [Q("faq.html", "The Council does not refund travel costs or pay allowances to participants.")],
        "remote_participation": [Q("faq.html", "The hearing will be broadcast live on national radio. Listeners cannot phone in, and oral submissions can only be made in person.")],
        "captcha": [M("faq.html", '<div class="g-recaptcha"', "on the FAQ question form")],
        "account_required": [N("no account; PDF notice")],
        "registration_form": [N("no online registration form; the 3-field question form is not one", "faq.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("hearing.html", "There is no online registration."),
                                  Q("hearing.html", "must complete the Notice of Intention to Make an Oral Submission (PDF) and hand it in")],
        "min_age": [Q("index.html", "The hearing is open to all members of the public.", "no age limit")],
        "accessibility_statement": [Q("accessibility.html", "The Council Chamber is on the ground floor and has a ramp at the main entrance")],
        "access_services": [Q("accessibility.html", "The Council Chamber is on the ground floor and has a ramp at the main entrance", "wheelchair_access"),
                            Q("accessibility.html", "Malawian Sign Language interpreters will be present throughout the hearing.", "sign_language"),
                            Q("accessibility.html", "Interpretation between Chichewa and English will be provided.", "interpretation"),
                            Q("accessibility.html", "We are unable to provide live captioning at this hearing.", "negation")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/hearing-2025.mp4"></video>')],
        "pdf_only_documents": [Q("documents.html", "The draft regulations are available as a PDF only."),
                               Q("hearing.html", "Notice of Intention to Make an Oral Submission (PDF)")],
    })
