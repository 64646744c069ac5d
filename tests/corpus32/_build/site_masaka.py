from lib import mk, Q, M, N, entry
NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Register"), ("faq.html", "FAQ"),
       ("access.html", "Access and childcare"), ("partners.html", "Partners"), ("stay.html", "Where to stay"), ("grants.html", "Legal aid fund")]
s = mk("masaka-community-paralegals-convening", "Greater Masaka Community Paralegals' Convening", "en-UG", "#8a2b5c", "CP", NAV,
       foot={"en-UG": "<p>Buddu Justice Access Network (fictional), Plot 9 Edward Avenue, Masaka. <a href=\"mailto:convening@buddu-justice.example.ug\">convening@buddu-justice.example.ug</a></p>"})
s.page("index.html", "Community Paralegals' Convening 2027", """
<h1>Community Paralegals' Convening 2027</h1>
<p>Community paralegals help neighbours with land disputes, inheritance, domestic violence cases and police bonds. The convening on 3 and 4 August 2027 at the Masaka Social Centre lets them share cases, meet magistrates and learn about the new land registration rules. A youth track is open to paralegals under 30.</p>
<section lang="lg">
<h2>Mu Luganda</h2>
<p>Olukuŋŋaana luno lwa ba paralegal ab'omu byalo abayamba abantu ku nsonga z'ettaka, obusika n'obutabanguko mu maka. Lujja kubeera ku Masaka Social Centre nga 3 ne 4 Agusito 2027.</p>
<p>Abakozi b'ebibiina basasula UGX 150,000, abayizi UGX 50,000. Ba paralegal ab'omu bibiina ebyegattira mu network tebasasula.</p>
</section>
<p><a href="@fees.html">Fees</a> · <a href="@register.html">How to register</a></p>
""")
s.page("fees.html", "Fees", """
<h1>Fees</h1>
<ul>
<li>NGO and government staff: UGX 150,000</li>
<li>Law and social-work students: UGX 50,000</li>
<li>Community paralegals of member networks: free</li>
</ul>
<p>Fees cover lunch, tea and the case handbook.</p>
""")
s.page("register.html", "Register", """
<h1>How to register</h1>
<p>Register on <a href="https://www.eventbrite.com/e/greater-masaka-paralegals-convening-2027">Eventbrite</a>. You can check out as a guest: no account needed. Paralegals choose the free ticket.</p>
""")
s.page("faq.html", "FAQ", """
<h1>Questions</h1>
<details open><summary>Will the convening be online?</summary><p>The plenary will be streamed on YouTube to watch only; questions and group work happen in the hall.</p></details>
<details open><summary>Can I bring my child?</summary><p>Yes, see the children's corner on the access page.</p></details>
""")
s.page("access.html", "Access and childcare", """
<h1>Access and childcare</h1>
<p>The Social Centre hall has a ramp and is wheelchair accessible.</p>
<p>Ugandan Sign Language (USL) interpreters will work in the plenary.</p>
<p>A children's corner with two minders is open during all sessions for children aged 2 to 10.</p>
<p>Contact for any access need: <a href="mailto:access@buddu-justice.example.ug">access@buddu-justice.example.ug</a></p>
""")
s.page("partners.html", "Partners", """
<h1>Partners</h1>
<p>Partner exhibition table: UGX 800,000.</p>
""")
s.page("stay.html", "Where to stay", """
<h1>Where to stay</h1>
<p>Guest houses near the centre charge from UGX 70,000 a night. A boda-boda from the taxi park costs UGX 3,000.</p>
""")
s.page("grants.html", "Legal aid fund", """
<h1>Legal aid fund</h1>
<p>Paralegal offices can apply for small grants of up to UGX 5,000,000 for mobile legal clinics.</p>
""")
ENTRY = entry(s, name="Greater Masaka community paralegals' convening 2027 (justice access network, Masaka, Uganda)",
    languages=["en", "lg"], fees=[(150000, "UGX"), (50000, "UGX")], free_option=True, fee_support=True,
    remote_participation=False, captcha=[], account_required=False, registration_form=None,
    registration_host="www.eventbrite.com", min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "childcare"], videos_without_captions=0,
    participation_pages=["index.html", "fees.html", "register.html", "faq.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "Community paralegals help neighbours with land disputes"), M("index.html", '<section lang="lg">', "Luganda section"),
                      Q("index.html", "Olukuŋŋaana luno lwa ba paralegal ab'omu byalo")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "NGO and government staff: UGX 150,000"), Q("fees.html", "Law and social-work students: UGX 50,000"),
                 Q("index.html", "Abakozi b'ebibiina basasula UGX 150,000, abayizi UGX 50,000.", "Luganda restatement: no new entry"),
                 Q("partners.html", "Partner exhibition table: UGX 800,000.", "exhibitor: not a fee"),
                 Q("stay.html", "Guest houses near the centre charge from UGX 70,000 a night.", "lodging, boda-boda: not fees"),
                 Q("grants.html", "small grants of up to UGX 5,000,000", "grants: not fees")],
        "free_option": [Q("fees.html", "Community paralegals of member networks: free")],
        "fee_support": [Q("fees.html", "Law and social-work students: UGX 50,000", "student rate below staff rate")],
        "remote_participation": [Q("faq.html", "The plenary will be streamed on YouTube to watch only; questions and group work happen in the hall.")],
        "captcha": [N("no CAPTCHA, no form")],
        "account_required": [Q("register.html", "You can check out as a guest: no account needed.")],
        "registration_form": [N("no own form: Eventbrite")],
        "registration_host": [M("register.html", 'href="https://www.eventbrite.com/e/greater-masaka-paralegals-convening-2027"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [Q("index.html", "A youth track is open to paralegals under 30.", "maximum only: no minimum age"),
                    Q("access.html", "for children aged 2 to 10", "childcare ages: not a limit")],
        "accessibility_statement": [Q("access.html", "The Social Centre hall has a ramp and is wheelchair accessible.")],
        "access_services": [Q("access.html", "The Social Centre hall has a ramp and is wheelchair accessible.", "wheelchair_access"),
                            Q("access.html", "Ugandan Sign Language (USL) interpreters will work in the plenary.", "sign_language"),
                            Q("access.html", "A children's corner with two minders is open during all sessions", "childcare")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF document")],
    })
