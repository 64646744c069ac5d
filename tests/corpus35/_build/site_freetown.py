from lib import mk, Q, M, N, entry, fld, radios
S = "freetown-lifeguard-swim-instructor-course"
NAV = [("index.html", "Course"), ("fees.html", "Fees"), ("apply.html", "Apply"), ("faq.html", "FAQ"), ("access.html", "Access"),
       ("shop.html", "Club shop"), ("sponsors.html", "Sponsors"), ("getting-here.html", "Getting here")]
s = mk(S, "Lifeguard & Swim Instructor Course, Freetown", "en-SL", "#0a4c8b", "LSC", NAV,
       foot={"en-SL": '<p>Lumley Beach Lifesaving Association, Aberdeen Road, Freetown — course@lifesaving.example.sl</p>'})
s.page("index.html", "Lifeguard & Swim Instructor Course 2027", """
<h1>Lifeguard &amp; Swim Instructor Course 2027</h1>
<p>Twelve days of pool and open-water training for people who want to keep Freetown's beaches safe and teach children to swim. Graduates receive the Association's beach lifeguard certificate.</p>
<ul>
<li><a href="@fees.html">Course fees</a></li>
<li><a href="@apply.html">Application form</a></li>
<li><a href="@faq.html">Questions</a></li>
<li><a href="@access.html">Access and health needs</a></li>
</ul>
<section>
<h2>Na Krio</h2>
<p>Di kos na fo pipul we want fo sev layf na wata ɛn tich pikin dɛm fo swim. I go de fo twɛlv dez na di pul ɛn na Lumley Bich.</p>
<p>Di kos fi na Le 1,500. Una fo apply bifo di ɛnd of Mach.</p>
</section>
""")
s.page("fees.html", "Fees", """
<h1>Course fees</h1>
<ul>
<li>Course fee: Le 1,500 (that is Le 1,500,000 in old leones)</li>
<li>Members of registered community lifeguard clubs: Le 900</li>
<li>Open-water rescue day on Lumley Beach, run by the course (optional): Le 350</li>
</ul>
<p>There are no free places on this course; instructors' assistants pay too.</p>
<p>We offer no bursaries, and we cannot refund transport.</p>
""")
s.page("apply.html", "Apply", """
<h1>Application form</h1>
<p>Applicants must be at least seventeen on the first day of the course.</p>
<form action="@apply.html" method="post">
""" + fld("name", "Full name (must fill)") + fld("nin", "NIN (National Identification Number) (must fill)") +
fld("dob", "Date of birth (must fill)", "date") + fld("phone", "Phone (must fill)", "tel") + fld("email", "Email", "email") +
fld("club", "Lifeguard club (if any)") + fld("cert", "Lifeguard certificate number (if you have one)") +
radios("swim", "Can you swim 200 metres without stopping?", ["Yes", "No"], req=True) +
fld("shift", "Preferred shift", "select", opts=["Morning", "Afternoon"]) +
fld("medical", "I declare that I am fit to train in water", "checkbox", req=True) + """
<div class="g-recaptcha" data-sitekey="6LdSLcourse000000000000000000000000000"></div>
<button type="submit">Apply</button>
</form>
""")
s.page("faq.html", "FAQ", """
<h1>Questions</h1>
<details open><summary>Is there an online part?</summary><p>No. Every session is in the pool or on the beach, in person only.</p></details>
<details open><summary>Do I need my own kit?</summary><p>Bring swimwear and a towel; fins and rescue tubes are lent by the Association.</p></details>
""")
s.page("access.html", "Access", """
<h1>Access and health needs</h1>
<p>The pool deck is not wheelchair accessible.</p>
<p>If you have a health condition or a disability we should know about, write to coach@lifesaving.example.sl before the course.</p>
<p>We have no sign language interpreter for this course.</p>
""")
s.page("shop.html", "Club shop", """
<h1>Club shop</h1>
<p>Association swimsuit: Le 250. Whistle and lanyard: Le 40.</p>
""")
s.page("sponsors.html", "Sponsors", """
<h1>Sponsors</h1>
<p>Rescue-board sponsorship: Le 12,000 per board, with your name on it.</p>
""")
s.page("getting-here.html", "Getting here", """
<h1>Getting here</h1>
<p>Okada from the city centre to Lumley: about Le 30.</p>
<p>Participants from Monrovia: the bus costs about L$4,500.</p>
<p>Guest-house rooms in Aberdeen from Le 600 a night.</p>
""")
ENTRY = entry(s, name="Lifeguard and swim instructor course 2027 (beach lifesaving association, Freetown, Sierra Leone)",
    languages=["en"], fees=[(1500, "SLE"), (900, "SLE"), (350, "SLE")], free_option=False, fee_support=False,
    remote_participation=False, captcha=["recaptcha"], account_required=False,
    registration_form=(10, 6, ["id_document", "birth_date", "phone", "affiliation"]), min_age=17,
    accessibility_statement=True, access_services=[], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "apply.html", "faq.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "Twelve days of pool and open-water training"),
                      Q("index.html", "Di kos na fo pipul we want fo sev layf na wata", "Krio section without lang: not listable")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Course fee: Le 1,500 (that is Le 1,500,000 in old leones)", "1500 SLE; old-leone restatement no new entry"),
                 Q("fees.html", "Members of registered community lifeguard clubs: Le 900", "900 SLE (category rate)"),
                 Q("fees.html", "Open-water rescue day on Lumley Beach, run by the course (optional): Le 350", "350 SLE add-on"),
                 Q("index.html", "Di kos fi na Le 1,500.", "Krio restatement: no new entry"),
                 Q("shop.html", "Association swimsuit: Le 250.", "shop: not a fee"),
                 Q("sponsors.html", "Le 12,000 per board", "sponsor: not a fee"),
                 Q("getting-here.html", "L$4,500", "LRD bus, okada, guest-house: not fees")],
        "free_option": [Q("fees.html", "There are no free places on this course; instructors' assistants pay too.")],
        "fee_support": [Q("fees.html", "We offer no bursaries, and we cannot refund transport.", "club rate is a category, not support")],
        "remote_participation": [Q("faq.html", "No. Every session is in the pool or on the beach, in person only.", "FAQ")],
        "captcha": [M("apply.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields: name, NIN, birth date, phone, email, club, certificate number (not ID), swim radio, shift select, fitness checkbox; required: 4 marked (must fill) + radio + checkbox (required attr) = 6", "apply.html"),
                              Q("apply.html", "NIN (National Identification Number) (must fill)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("apply.html", "Applicants must be at least seventeen on the first day of the course.")],
        "accessibility_statement": [Q("access.html", "If you have a health condition or a disability we should know about, write to coach@lifesaving.example.sl")],
        "access_services": [Q("access.html", "The pool deck is not wheelchair accessible.", "no wheelchair_access"),
                            Q("access.html", "We have no sign language interpreter for this course.", "negated")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
