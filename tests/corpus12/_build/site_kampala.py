from lib import mk, Q, M, N, entry

NAV = [("index.html", "Home"), ("delegates.html", "Delegate registration"), ("fees.html", "Fees and refunds"),
       ("access.html", "Access at the assembly"), ("contact.html", "Contact"), ("news.html", "News"), ("jobs.html", "Vacancies"),
       ("travel.html", "Travel and lodging")]
s = mk("national-disability-union-general-assembly-kampala", "United Disability Voices Uganda — 12th General Assembly", "en-UG", "#5b2a86", "UD", NAV,
       foot={"en-UG": "<p>United Disability Voices Uganda (UDVU), Plot 14 Ntinda, Kampala — assembly@udvu.example.org</p>"})
s.pdf("docs/delegate-nomination-form.pdf", "UDVU 12th General Assembly\nDelegate nomination form\nName:\nBranch:\nSignature of branch chairperson:")
s.page("index.html", "UDVU 12th General Assembly", """
<h1>12th General Assembly, 9–11 September 2027</h1>
<p>Every three years our member branches meet in Kampala to elect the national executive, adopt resolutions and review the strategic plan on inclusive education, employment and accessible elections.</p>
<section lang="sw"><h2>Kwa Kiswahili</h2><p>Mkutano Mkuu wa kumi na mbili utafanyika Kampala tarehe 9 hadi 11 Septemba 2027. Matawi yote yanaombwa kuteua wajumbe wao na kutuma fomu za uteuzi kabla ya tarehe 31 Julai. Wajumbe watachagua kamati tendaji ya taifa.</p></section>
<p><a class="button" href="@delegates.html">Register delegates</a></p>
""")
s.page("delegates.html", "Delegate registration", """
<h1>Delegate registration</h1>
<p>Each branch nominates up to three delegates. To register, download the <a href="@docs/delegate-nomination-form.pdf">delegate nomination form (PDF)</a>, have it signed by the branch chairperson and e-mail the scan to assembly@udvu.example.org by 31 July. There is no online registration.</p>
<p>Youth delegates must be at least 18 years old on the first day of the assembly.</p>
<p>The assembly is held in person only. Proxy votes and online voting are not accepted under the constitution.</p>
""")
s.page("fees.html", "Fees and refunds", """
<h1>Fees</h1>
<table><tr><th>Category</th><th>Fee</th></tr>
<tr><td>Branch delegate (3 days, meals included)</td><td>UGX 80,000</td></tr>
<tr><td>Observer from a partner organisation</td><td>USD 50</td></tr></table>
<p>Delegates from branches outside the Central Region receive a transport refund of up to UGX 60,000 on presenting their bus tickets.</p>
<p>Branches must also be up to date with the annual subscription of UGX 20,000 per branch.</p>
""")
s.page("access.html", "Access at the assembly", """
<h1>Access at the assembly</h1>
<p>The venue has ramps at every entrance, a lift and accessible toilets on every floor.</p>
<p>Ugandan Sign Language interpreters work in every session, and real-time captioning (CART) is shown on a screen beside the podium.</p>
<p>Documents are available in Braille and large print. Personal assistants are welcome in the hall.</p>
<p>Please tell us your access requirements on the <a href="@contact.html">contact form</a> at least three weeks ahead.</p>
""")
s.page("contact.html", "Contact", """
<h1>Contact the assembly secretariat</h1>
<form action="@contact.html" method="post">
<label for="n">Your name</label><input type="text" id="n" name="n">
<label for="e">E-mail or phone</label><input type="text" id="e" name="e">
<label for="m">Your access needs or question</label><textarea id="m" name="m"></textarea>
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">Send</button></form>
""")
s.page("news.html", "News", """
<h1>News</h1>
<p>UDVU has signed a three-year partnership worth USD 250,000 with a development partner to train district disability councils.</p>
<p>Our report on the registration of persons with disabilities in the national ID system is out.</p>
""")
s.page("jobs.html", "Vacancies", """
<h1>Vacancies</h1>
<p>Programme officer, inclusive employment — gross salary UGX 3,200,000 per month. Persons with disabilities are strongly encouraged to apply.</p>
""")
s.page("travel.html", "Travel and lodging", """
<h1>Travel and lodging</h1>
<p>Rooms at the partner hotel cost UGX 120,000 per night. A boda-boda from the taxi park costs about UGX 5,000; accessible minibuses can be booked through the secretariat.</p>
""")
ENTRY = entry(s, name="United Disability Voices Uganda 12th General Assembly (disability-rights organisation's assembly, Kampala)",
    languages=["en", "sw"], fees=[(80000, "UGX"), (50, "USD")], free_option=False, fee_support=True,
    remote_participation=False, captcha=["recaptcha"], account_required=False, registration_form=None,
    registration_pdf_only=True, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "cart"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "delegates.html", "fees.html", "access.html", "contact.html"],
    evidence={
        "languages": [Q("index.html", "Every three years our member branches meet in Kampala"), Q("index.html", "Mkutano Mkuu wa kumi na mbili utafanyika Kampala", "Swahili section (lang=sw)")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "UGX 80,000"), Q("fees.html", "USD 50", "observer fee"),
                 Q("fees.html", "transport refund of up to UGX 60,000", "support, not a fee"),
                 Q("fees.html", "annual subscription of UGX 20,000 per branch", "membership dues"),
                 Q("news.html", "partnership worth USD 250,000", "grant"), Q("jobs.html", "gross salary UGX 3,200,000 per month", "salary"),
                 Q("travel.html", "Rooms at the partner hotel cost UGX 120,000 per night.", "hotel; boda-boda fare")],
        "free_option": [N("fees stated, nothing offered free: false")],
        "fee_support": [Q("fees.html", "Delegates from branches outside the Central Region receive a transport refund")],
        "remote_participation": [Q("delegates.html", "The assembly is held in person only. Proxy votes and online voting are not accepted")],
        "captcha": [M("contact.html", '<div class="g-recaptcha"', "contact form on a participation page (access needs): counts")],
        "account_required": [N("no account")],
        "registration_form": [N("registration only by a PDF nomination form; the contact form is an enquiry form, never the registration form")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("delegates.html", "download the delegate nomination form (PDF)"), Q("delegates.html", "There is no online registration.")],
        "min_age": [Q("delegates.html", "Youth delegates must be at least 18 years old")],
        "accessibility_statement": [Q("access.html", "Please tell us your access requirements on the contact form")],
        "access_services": [Q("access.html", "The venue has ramps at every entrance, a lift and accessible toilets"),
                            Q("access.html", "Ugandan Sign Language interpreters work in every session"),
                            Q("access.html", "real-time captioning (CART) is shown on a screen", "CART named: cart only"),
                            Q("access.html", "Documents are available in Braille and large print.", "not a service")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("delegates.html", "download the delegate nomination form (PDF)", "registration form only as PDF")],
    })
