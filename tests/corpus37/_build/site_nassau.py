"""Caribbean network operators' meeting, Nassau (Bahamas): English, a Spanish section without lang; BSD and USD
columns; registration on Whova (account); a fellowship application (not a registration form)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Home"), ("register.html", "Register"), ("virtual.html", "Virtual pass"),
       ("fellowship.html", "Fellowships"), ("access.html", "Accessibility"), ("sponsors.html", "Sponsors"),
       ("venue.html", "Venue and hotel"), ("jobs.html", "Job board")]
FOOT = {"en-BS": "<p>Lucayan Network Operators' Group, PO Box N-0000, Nassau, The Bahamas. info@example.bs</p>"}
s = mk("lucayan-network-operators-meeting-nassau", "LucNOG 5 — Lucayan Network Operators' Group meeting", "en-BS",
       "#0e7490", "LN", NAV, foot=FOOT)
placeholder_media(s, "media/lucnog4.mp4")
s.pdf("docs/lucnog5-sponsor-prospectus.pdf", "LucNOG 5 sponsor prospectus\nPlatinum US$15,000\nGold US$8,000")

s.page("index.html", "LucNOG 5 — Nassau, March 2027", """
<h1>LucNOG 5 — Nassau, 9–11 March 2027</h1>
<p>The Lucayan Network Operators' Group meets for three days of talks, peering sessions and hands-on tutorials on routing security, IPv6 and submarine-cable resilience for network engineers, ISPs and internet exchange points across the Caribbean.</p>
<p>Passes and registration are on the <a href="@register.html">Register</a> page. A paid <a href="@virtual.html">virtual pass</a> is available, and engineers from the smaller islands can apply for a <a href="@fellowship.html">fellowship</a>.</p>
<p>Attendees under 16 must be accompanied by a parent or guardian.</p>
<h2>LucNOG 4 in three minutes</h2>
""" + video("media/lucnog4.mp4") + """
<section>
<h2>Información en español</h2>
<p>LucNOG 5 reúne en Nassau, del 9 al 11 de marzo de 2027, a ingenieros de redes, proveedores de internet y puntos de intercambio de todo el Caribe para tres días de charlas, sesiones de peering y talleres prácticos sobre seguridad del enrutamiento e IPv6.</p>
<p>La inscripción se hace en Whova, en inglés. Si tiene preguntas en español, escriba a info@example.bs.</p>
</section>
""")

s.page("register.html", "Register", """
<h1>Passes and registration</h1>
<table><caption>Passes (the Bahamian dollar is at par with the US dollar; pay in either)</caption>
<tr><th>Pass</th><th>BSD</th><th>USD</th></tr>
<tr><td>Full conference pass</td><td>B$350</td><td>US$350</td></tr>
<tr><td>Student pass</td><td>B$75</td><td>US$75</td></tr>
<tr><td>Virtual pass (livestream)</td><td>B$50</td><td>US$50</td></tr>
</table>
<p>There are no complimentary passes; speakers and volunteers register too.</p>
<p>Registration and payment are handled on Whova: <a href="https://whova.com/portal/registration/lucnog5_202703/">register on Whova</a>. You will need to create a Whova account to complete registration.</p>
""")

s.page("virtual.html", "Virtual pass", """
<h1>Virtual pass</h1>
<p>The virtual pass gives access to the livestream of the plenary only. Questions are taken from the room only; there is no remote speaking or remote Q&amp;A.</p>
""")

s.page("fellowship.html", "Fellowships", """
<h1>LucNOG fellowships</h1>
<p>LucNOG fellowships cover the full conference pass, return airfare and four nights' lodging for network engineers from the smaller Caribbean islands. Airfare is reimbursed up to US$1,200.</p>
<h2>Apply for a fellowship</h2>
<p>Fields marked * are required.</p>
<form action="@fellowship.html" method="post" enctype="multipart/form-data">
""" + "\n".join([
    fld("name", "Full name *"),
    fld("email", "Email *", "email"),
    fld("tel", "Phone", "tel"),
    fld("employer", "Employer or network *"),
    fld("country", "Country", "select", opts=["Turks and Caicos", "Dominica", "Montserrat", "Anguilla", "Grenada", "Other"]),
    fld("role", "Role", "select", opts=["Network engineer", "Systems administrator", "Student", "Other"]),
    fld("years", "Years of experience", "select", opts=["0-2", "3-5", "6-10", "More than 10"]),
    fld("statement", "Why should we fund you? *", "textarea"),
    fld("cv", "CV (PDF)", "file"),
    fld("regonly", "If no fellowship is available, I would still like help with the pass", "checkbox"),
    fld("consent", "I agree that the fellowship committee may contact my employer *", "checkbox"),
]) + """
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">Send application</button>
</form>
""")

s.page("access.html", "Accessibility", """
<h1>Accessibility</h1>
<p>The hotel ballroom and breakout rooms are step-free, and accessible restrooms are on the same level.</p>
<p>Live captioning (CART) is provided in the main room.</p>
<p>For any other access need, write to access@example.bs.</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsors</h1>
<p>Platinum sponsor US$15,000; Gold sponsor US$8,000; exhibit table US$2,500.</p>
<p><a href="@docs/lucnog5-sponsor-prospectus.pdf">Sponsor prospectus (PDF)</a></p>
""")

s.page("venue.html", "Venue and hotel", """
<h1>Venue and hotel</h1>
<p>Room rate at the conference hotel: B$229 per night plus tax. A jitney ride downtown costs B$1.25.</p>
<p>Flights from Miami from about US$280 return.</p>
""")

s.page("jobs.html", "Job board", """
<h1>Job board</h1>
<p>Network engineer, Nassau — salary B$65,000 per year.</p>
<p>NOC technician, Freeport — B$38,000 per year.</p>
<p><a href="@lucnog4-slides.html">Slides from LucNOG 4</a></p>
""")

ENTRY = entry(
    s, name="LucNOG 5, Lucayan Network Operators' Group meeting 2027 (Nassau, The Bahamas)",
    languages=["en", "es"],
    fees=[(350, "BSD"), (75, "BSD"), (50, "BSD"), (350, "USD"), (75, "USD"), (50, "USD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["recaptcha"], account_required=True,
    registration_form=None,
    registration_host="whova.com", registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "cart"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "register.html", "virtual.html", "fellowship.html", "access.html"],
    deliberate_404=["lucnog4-slides.html"],
    evidence={
        "languages": [Q("index.html", "The Lucayan Network Operators' Group meets for three days of talks"),
                      Q("index.html", "LucNOG 5 reúne en Nassau, del 9 al 11 de marzo de 2027, a ingenieros de redes", "Spanish section without lang (two paragraphs)")],
        "un_languages": [N("en, es")],
        "fees": [Q("register.html", "Full conference pass B$350 US$350", "350 BSD and 350 USD"),
                 Q("register.html", "Student pass B$75 US$75", "75 BSD and 75 USD"),
                 Q("register.html", "Virtual pass (livestream) B$50 US$50", "paid watch-only pass: 50 BSD and 50 USD"),
                 Q("fellowship.html", "Airfare is reimbursed up to US$1,200.", "fellowship: not a fee"),
                 Q("sponsors.html", "Platinum sponsor US$15,000", "sponsor: not a fee"),
                 Q("sponsors.html", "exhibit table US$2,500", "exhibitor: not a fee"),
                 Q("venue.html", "B$229 per night plus tax", "hotel: not a fee"),
                 Q("venue.html", "B$1.25", "jitney: not a fee"),
                 Q("venue.html", "about US$280 return", "flight: not a fee"),
                 Q("jobs.html", "salary B$65,000 per year", "salary: not a fee")],
        "free_option": [Q("register.html", "There are no complimentary passes; speakers and volunteers register too.")],
        "fee_support": [Q("fellowship.html", "LucNOG fellowships cover the full conference pass, return airfare and four nights' lodging"),
                        Q("register.html", "Student pass B$75 US$75", "student rate")],
        "remote_participation": [Q("virtual.html", "Questions are taken from the room only; there is no remote speaking or remote Q&A.", "paid watch-only virtual pass")],
        "captcha": [M("fellowship.html", '<div class="g-recaptcha"', "on the fellowship application: counts")],
        "account_required": [Q("register.html", "You will need to create a Whova account to complete registration.")],
        "registration_form": [N("registration goes through Whova; the 11-field fellowship application is a travel-grant application, not a registration form", "fellowship.html")],
        "registration_host": [M("register.html", 'href="https://whova.com/portal/registration/lucnog5_202703/"')],
        "registration_pdf_only": [N("Whova")],
        "min_age": [Q("index.html", "Attendees under 16 must be accompanied by a parent or guardian.", "accompaniment rule: not a limit")],
        "accessibility_statement": [Q("access.html", "The hotel ballroom and breakout rooms are step-free")],
        "access_services": [Q("access.html", "step-free, and accessible restrooms are on the same level", "wheelchair_access"),
                            Q("access.html", "Live captioning (CART) is provided in the main room.", "cart only")],
        "videos_without_captions": [M("index.html", 'src="media/lucnog4.mp4">', "no track")],
        "pdf_only_documents": [Q("sponsors.html", "Sponsor prospectus (PDF)", "sponsor prospectus: not a participation document")],
    })
