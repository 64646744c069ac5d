"""Abuja: a library and information practitioners' association's annual conference (en-NG; Hausa section with lang, Yoruba greeting)."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

NAV = [("index.html", "Home"), ("registration.html", "Registration & fees"), ("virtual.html", "Virtual delegates"),
       ("programme.html", "Programme"), ("accessibility.html", "Accessibility"), ("sponsors.html", "Sponsors & exhibitors"),
       ("hotels.html", "Hotels & travel"), ("jobs.html", "Jobs board")]
s = mk("alipn-annual-conference-abuja", "ALIPN Annual Conference 2027", "en-NG", "#1f4e3d", "ALIPN", NAV,
       foot={"en-NG": "<p>Association of Library and Information Practitioners of Nigeria — secretariat@alipn.example.ng</p>"})
placeholder_media(s, "media/welcome.mp4")
placeholder_media(s, "media/venue-tour.mp4")
vtt(s, "media/venue-tour.en.vtt", "This is the main entrance of the conference centre.")

s.page("index.html", "ALIPN Annual Conference 2027", """
<h1>ALIPN Annual Conference 2027: Open Knowledge for Every Community</h1>
<p>Librarians, archivists and information officers from all 36 states meet in Abuja from 14 to 17 June 2027 for four days of papers, workshops and visits to public and school libraries.</p>
<p><a href="@registration.html">Register</a> · <a href="@gallery-2026.html">Photos from 2026</a></p>
""" + video("media/welcome.mp4") + """
<p>E kaabo! We look forward to welcoming you.</p>
<section lang="ha">
<h2>Taron shekara a Abuja</h2>
<p>Ma'aikatan dakunan karatu da masu adana bayanai daga dukkan jihohi za su hadu a Abuja daga 14 zuwa 17 ga Yuni 2027 domin gabatar da takardu, bitoci da ziyarar dakunan karatu na jama'a da na makarantu.</p>
</section>
""")

s.page("registration.html", "Registration & fees", """
<h1>Registration and fees</h1>
<table><caption>Conference fees</caption>
<tr><th>Category</th><th>Fee</th></tr>
<tr><td>Delegate</td><td>₦45,000</td></tr>
<tr><td>Student (with valid ID)</td><td>₦15,000</td></tr>
<tr><td>Virtual delegate</td><td>₦20,000</td></tr>
<tr><td>International delegate</td><td>US$120</td></tr>
</table>
<p>There are no complimentary registrations; speakers and session chairs also register and pay the delegate fee.</p>
<p>Registration and payment are handled by <a href="https://tix.africa/discover/alipn-conference-2027">Tix</a>. You will need to create a Tix account before you can buy a delegate pass.</p>
""")

s.page("virtual.html", "Virtual delegates", """
<h1>Virtual delegates</h1>
<p>Virtual delegates join every plenary and workshop on Zoom and can put questions to the speakers live through the Q&amp;A panel; a moderator reads them out in the hall.</p>
""")

s.pdf("docs/alipn-2027-programme.pdf", "ALIPN Annual Conference 2027\nProgramme (placeholder)")
s.page("programme.html", "Programme", """
<h1>Programme</h1>
<p>The full programme is available as a PDF only: <a href="@docs/alipn-2027-programme.pdf">ALIPN 2027 programme (PDF, 1.8 MB)</a>.</p>
<p>The best paper by a young professional receives the Adaeze Okafor Prize of ₦250,000.</p>
""")

form = "".join([fld("an", "Your name"), fld("ae", "E-mail", "email"), fld("aq", "What do you need?", "textarea")])
s.page("accessibility.html", "Accessibility", f"""
<h1>Accessibility</h1>
<p>The conference centre has step-free entrances, wheelchair spaces in every hall and an accessible toilet on each floor.</p>
<p>Nigerian Sign Language interpreters can be arranged on request for plenary sessions.</p>
<p>We are unable to provide live captions this year.</p>
""" + video("media/venue-tour.mp4", track="media/venue-tour.en.vtt") + f"""
<h2>Tell us what you need</h2>
<form action="@accessibility.html" method="post">
{form}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAA-example-alipn"></div>
<button type="submit">Send</button>
</form>
""")

s.page("sponsors.html", "Sponsors & exhibitors", """
<h1>Sponsors and exhibitors</h1>
<p>Platinum sponsor ₦3,500,000; exhibition stand (3 m × 3 m) ₦400,000.</p>
""")
s.page("hotels.html", "Hotels & travel", """
<h1>Hotels and travel</h1>
<p>Partner hotel in Wuse II from ₦85,000 per night. Airport shuttle ₦12,000 each way.</p>
""")
s.page("jobs.html", "Jobs board", """
<h1>Jobs board</h1>
<p>Systems librarian, federal university library: ₦420,000 per month.</p>
""")

ENTRY = entry(
    s, name="ALIPN Annual Conference 2027 (library and information practitioners' association, Abuja)",
    languages=["en", "ha"],
    fees=[(45000, "NGN"), (15000, "NGN"), (20000, "NGN"), (120, "USD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["turnstile"],
    account_required=True, registration_form=None, registration_host="tix.africa", min_age=None,
    accessibility_statement=True, access_services=["sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "registration.html", "virtual.html", "programme.html", "accessibility.html"],
    deliberate_404=["gallery-2026.html"],
    evidence={
        "languages": [Q("index.html", "Librarians, archivists and information officers from all 36 states meet in Abuja"),
                      M("index.html", '<section lang="ha">', "Hausa section with lang"),
                      Q("index.html", "Ma'aikatan dakunan karatu da masu adana bayanai daga dukkan jihohi"),
                      Q("index.html", "E kaabo!", "Yoruba greeting: not content")],
        "un_languages": [N("en")],
        "fees": [Q("registration.html", "Delegate ₦45,000", "45000 NGN"),
                 Q("registration.html", "Student (with valid ID) ₦15,000", "15000 NGN"),
                 Q("registration.html", "Virtual delegate ₦20,000", "20000 NGN (virtual pass with live questions)"),
                 Q("registration.html", "International delegate US$120", "120 USD"),
                 Q("programme.html", "Adaeze Okafor Prize of ₦250,000", "prize: not a fee"),
                 Q("sponsors.html", "Platinum sponsor ₦3,500,000; exhibition stand (3 m × 3 m) ₦400,000.", "not fees"),
                 Q("hotels.html", "Partner hotel in Wuse II from ₦85,000 per night. Airport shuttle ₦12,000 each way.", "not fees"),
                 Q("jobs.html", "₦420,000 per month", "salary: not a fee")],
        "free_option": [Q("registration.html", "There are no complimentary registrations; speakers and session chairs also register and pay the delegate fee.")],
        "fee_support": [Q("registration.html", "Student (with valid ID) ₦15,000", "student rate below the delegate fee")],
        "remote_participation": [Q("virtual.html", "Virtual delegates join every plenary and workshop on Zoom and can put questions to the speakers live")],
        "captcha": [M("accessibility.html", '<div class="cf-turnstile"', "Turnstile on the access-needs form")],
        "account_required": [Q("registration.html", "You will need to create a Tix account before you can buy a delegate pass.")],
        "registration_form": [N("no own registration form; the 3-field access-needs form is not one")],
        "registration_host": [M("registration.html", 'href="https://tix.africa/discover/alipn-conference-2027"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accessibility.html", "The conference centre has step-free entrances, wheelchair spaces in every hall")],
        "access_services": [Q("accessibility.html", "wheelchair spaces in every hall", "wheelchair_access"),
                            Q("accessibility.html", "Nigerian Sign Language interpreters can be arranged on request", "sign_language"),
                            Q("accessibility.html", "We are unable to provide live captions this year.", "negation: no captions")],
        "videos_without_captions": [M("index.html", 'src="media/welcome.mp4">', "no track"),
                                    M("accessibility.html", '<track kind="captions"', "venue tour has captions")],
        "pdf_only_documents": [Q("programme.html", "The full programme is available as a PDF only", "programme only as PDF")],
    })
