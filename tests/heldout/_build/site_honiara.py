"""Honiara, Solomon Islands: a telecommunications regulator's public consultation on universal access (en-SB, Pijin section)."""
from lib import *

SLUG = "universal-access-consultation-honiara"
NAME = "Public Consultation on the Universal Access Framework — Telecommunications Authority"
NAV = [("index.html", "Home"), ("participate.html", "How to participate"), ("paper.html", "Consultation paper"),
       ("languages.html", "Languages"), ("faq.html", "FAQ"), ("notices.html", "Notices"), ("about.html", "About")]
s = mk(SLUG, NAME, "en-SB", "#004f6e", "TA", NAV,
       foot={"en-SB": "<p>Telecommunications Authority (made-up), Mendana Avenue, Honiara — consult@ta.example.sb</p>"})

P = "index.html"
s.page(P, NAME, """
<h1>Public consultation on the Universal Access Framework</h1>
<p>The Authority invites operators, provincial governments, churches, community groups and members of the public to comment on its proposed framework for extending mobile and internet coverage to rural wards. Public sessions will be held on 3–4 August 2027 at the Heritage Park conference room, Honiara. The consultation is open to all.</p>
<p><a href="@participate.html">How to participate</a></p>
<h2>Recording of the 2025 session</h2>
""" + video("media/session-2025.mp4") + """
<section lang="pis">
<h2>Long Pijin</h2>
<p>Authority hem laekem evriwan fo talem tingting bilong olketa abaotem plan fo mekem network hem kasem olketa vilij long provins. Olketa miting bae stap long Honiara long mans Ogas.</p>
</section>
""")
placeholder_media(s, "media/session-2025.mp4")

s.page("participate.html", "How to participate", """
<h1>How to participate</h1>
<p>To attend or present a submission, fill in the registration form on Microsoft Forms: <a href="https://forms.office.com/r/TAuaf2027">forms.office.com/r/TAuaf2027</a>. You must sign in with a Microsoft account to open the form.</p>
<p>Submissions can also be presented over Microsoft Teams: remote presenters speak to the panel and answer the panel's questions live.</p>
<p>Written comments may be e-mailed until 31 August 2027.</p>
""")

s.page("paper.html", "Consultation paper", """
<h1>Consultation paper</h1>
<p>The consultation paper is available as a PDF only: <a href="@docs/uaf-consultation-paper.pdf">download (PDF)</a>.</p>
<p>The paper proposes a universal access levy of 1.5% of operators' gross revenue and a rural fund of SI$ 12 million.</p>
""")
s.pdf("docs/uaf-consultation-paper.pdf", "Universal Access Framework\nConsultation paper\nQuestions 1-12")

s.page("languages.html", "Languages", """
<h1>Languages</h1>
<p>English–Pijin interpretation will be available in the public sessions.</p>
<p>We are unable to provide sign language interpretation.</p>
""")

s.page("faq.html", "FAQ", """
<h1>Frequently asked questions</h1>
<details><summary>Who can take part?</summary><p>The consultation is open to everyone.</p></details>
<details><summary>Will my travel be paid?</summary><p>The Authority cannot cover travel or accommodation for participants.</p></details>
""")

s.page("notices.html", "Notices", """
<h1>Notices</h1>
<p>Nearby hotel: SI$ 1,350 per night. Bus fare from Kukum: SI$ 5.</p>
<p>Vacancy: Consumer Affairs Officer, SBD 9,800 per month.</p>
<p><a href="@hearing-2025.html">2025 hearing report</a></p>
""")

s.page("about.html", "About", """
<h1>About the Authority</h1>
<p>The Authority licenses telecommunications operators and manages the radio spectrum.</p>
""")

ENTRY = entry(s, name="Universal Access Framework consultation, Honiara", languages=["en"],
    fees=[], free_option=None, fee_support=False, remote_participation=True, captcha=[],
    account_required=True, registration_form=None, registration_host="forms.office.com",
    registration_pdf_only=False, min_age=None, accessibility_statement=False,
    access_services=["interpretation"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "participate.html", "paper.html", "languages.html", "faq.html"],
    deliberate_404=["hearing-2025.html"],
    evidence={
        "languages": [Q(P, "The Authority invites operators, provincial governments, churches"),
                      M(P, '<section lang="pis">', "Pijin section: no ISO 639-1 code, not listable")],
        "un_languages": [N("en")],
        "fees": [N("no price of taking part"),
                 Q("paper.html", "a rural fund of SI$ 12 million", "subject of the consultation: not a fee"),
                 Q("notices.html", "Nearby hotel: SI$ 1,350 per night.", "hotel: not a fee"),
                 Q("notices.html", "Vacancy: Consumer Affairs Officer, SBD 9,800 per month.", "salary: not a fee")],
        "free_option": [N("nothing said on the cost of taking part"), Q("faq.html", "The consultation is open to everyone.")],
        "fee_support": [Q("faq.html", "The Authority cannot cover travel or accommodation for participants.")],
        "remote_participation": [Q("participate.html", "remote presenters speak to the panel and answer the panel's questions live.")],
        "captcha": [N("no form on the site")],
        "account_required": [Q("participate.html", "You must sign in with a Microsoft account to open the form.")],
        "registration_form": [N("no own form; Microsoft Forms only")],
        "registration_host": [M("participate.html", 'href="https://forms.office.com/r/TAuaf2027"')],
        "registration_pdf_only": [N("online form on Microsoft Forms")],
        "min_age": [Q(P, "The consultation is open to all.", "not a limit")],
        "accessibility_statement": [Q("languages.html", "English–Pijin interpretation will be available in the public sessions.", "interpretation alone with a sign-language negation: no statement")],
        "access_services": [Q("languages.html", "English–Pijin interpretation will be available in the public sessions."),
                            Q("languages.html", "We are unable to provide sign language interpretation.", "negation")],
        "videos_without_captions": [M(P, 'src="media/session-2025.mp4">')],
        "pdf_only_documents": [Q("paper.html", "The consultation paper is available as a PDF only")],
    })
