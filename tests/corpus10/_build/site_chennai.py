"""Tamil language computing conference of a scholarly society (Chennai).
en-IN with a whole Tamil page declared lang="en-IN"; ₹ / Rs. / ரூ. / USD; everyone pays; image CAPTCHA; remote
presentation; programme only as PDF; interpretation only (no accessibility statement)."""
from lib import mk, Q, M, N, entry

SLUG = "tamil-computing-conference-chennai"
s = mk(SLUG, "International Conference on Tamil Computing 2027", "en-IN", "#9b2335", "TC",
       [("index.html", "Home"), ("registration.html", "Registration"), ("grants.html", "Travel grants"),
        ("remote.html", "Remote presentation"), ("programme.html", "Programme"), ("topics.html", "Call for papers"),
        ("accommodation.html", "Accommodation"), ("ta/index.html", "தமிழ்")],
       foot={"en-IN": '<p>Tamil Computing Society (fictional) · <a href="@sponsorship.html">Sponsorship</a> · '
                      '<a href="@jobs.html">Jobs</a> · tcc2027@tamilcomputing.example.in</p>'})

s.write("img/captcha.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" '
        'fill="#eee"/><text x="12" y="28" font-size="22" font-family="monospace" fill="#333">7K4QX</text></svg>\n')
s.pdf("docs/programme-tcc2027.pdf", "International Conference on Tamil Computing 2027\nDetailed programme")

s.page("index.html", "International Conference on Tamil Computing 2027", """
<h1>International Conference on Tamil Computing 2027</h1>
<p>12–14 December 2027 · Anna Centenary Hall (fictional), Chennai</p>
<p>Researchers, font designers, developers and teachers meet to present work on Tamil language technology: input
methods, fonts, speech, machine translation and language resources.</p>
<p><a href="@registration.html">Register</a> · <a href="@remote.html">Present remotely</a> · <a href="@ta/index.html">தமிழில் படிக்க</a></p>
""")

s.page("ta/index.html", "தமிழ் இணைய மாநாடு 2027", """
<h1>தமிழ்க் கணிமை பன்னாட்டு மாநாடு 2027</h1>
<p>தமிழ்க் கணிமை பன்னாட்டு மாநாடு 2027 டிசம்பர் 12 முதல் 14 வரை சென்னையில் நடைபெறுகிறது. தமிழ் உள்ளீட்டு முறைகள்,
எழுத்துருக்கள், பேச்சு அறிதல், இயந்திர மொழிபெயர்ப்பு ஆகிய துறைகளில் ஆய்வாளர்களும் மென்பொருள் உருவாக்குநர்களும் தங்கள்
ஆய்வுகளைப் பகிர்ந்து கொள்கின்றனர்.</p>
<p>பதிவுக் கட்டணம்: இந்தியப் பேராளர்கள் ₹2,500; மாணவர்கள் ரூ. 1,000; வெளிநாட்டுப் பேராளர்கள் USD 120.</p>
<p>பதிவு செய்ய <a href="@registration.html">பதிவுப் பக்கத்தைப்</a> பார்க்கவும்.</p>
""")

s.page("registration.html", "Registration", """
<h1>Registration</h1>
<table>
  <tr><th>Category</th><th>Fee</th></tr>
  <tr><td>Indian delegates</td><td>₹2,500</td></tr>
  <tr><td>Indian students</td><td>Rs. 1,000</td></tr>
  <tr><td>Overseas delegates</td><td>USD 120</td></tr>
</table>
<p>There are no complimentary registrations; every presenting author registers and pays.</p>
<p>Simultaneous interpretation between Tamil and English is provided in the main hall.</p>
<form action="@registration.html" method="post" enctype="multipart/form-data">
  <label for="name">Full name *</label>
  <input type="text" id="name" name="name">
  <label for="email">Email *</label>
  <input type="email" id="email" name="email">
  <label for="inst">Institution *</label>
  <input type="text" id="inst" name="inst">
  <label for="cat">Category *</label>
  <select id="cat" name="cat"><option>Indian delegate</option><option>Indian student</option><option>Overseas delegate</option></select>
  <label for="country">Country</label>
  <select id="country" name="country"><option>India</option><option>Sri Lanka</option><option>Malaysia</option><option>Singapore</option><option>Other</option></select>
  <label for="paper">Paper ID (authors)</label>
  <input type="text" id="paper" name="paper">
  <label for="phone">Mobile number</label>
  <input type="tel" id="phone" name="phone">
  <label for="photo">Photograph for your badge</label>
  <input type="file" id="photo" name="photo" accept="image/*">
  <p><img src="@img/captcha.svg" alt="Security code" width="120" height="40"></p>
  <label for="code">Enter the code shown in the image *</label>
  <input type="text" id="code" name="code">
  <button type="submit">Submit registration</button>
</form>
""")

s.page("grants.html", "Travel grants", """
<h1>Travel grants</h1>
<p>Research students presenting a paper may apply for a travel grant of up to ₹8,000.</p>
<p>Indian students also pay a reduced registration fee.</p>
""")

s.page("remote.html", "Remote presentation", """
<h1>Remote presentation</h1>
<p>Authors who cannot travel may present their paper live via Google Meet, and online delegates can put questions to the speakers.</p>
<p>Remote presenters register at the same rates.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<p>The detailed programme is available only as a PDF.</p>
<p><a href="@docs/programme-tcc2027.pdf">Download the programme (PDF)</a></p>
""")

s.page("topics.html", "Call for papers", """
<h1>Call for papers: topics</h1>
<ul>
  <li>Tamil language models and tokenisers</li>
  <li>Custom fonts and Unicode normalisation</li>
  <li>Registration of Tamil domain names</li>
  <li>Speech recognition for dialects</li>
</ul>
""")

s.page("accommodation.html", "Accommodation", """
<h1>Accommodation</h1>
<p>University guest house: ₹1,800 per night. Hotel near Guindy: ₹4,800 per night.</p>
<p>An auto-rickshaw from Chennai Central costs about Rs 350; the metro costs ₹40.</p>
""")

s.page("sponsorship.html", "Sponsorship", """
<h1>Sponsorship</h1>
<p>Platinum sponsor: ₹5,00,000. Exhibition stall: ₹40,000.</p>
""")

s.page("jobs.html", "Jobs", """
<h1>Jobs</h1>
<p>Research assistant (Tamil NLP), ₹35,000 per month.</p>
""")

ENTRY = entry(
    s, name="International Conference on Tamil Computing 2027 (scholarly society's language-computing conference, Chennai)",
    languages=["en", "ta"],
    fees=[(2500, "INR"), (1000, "INR"), (120, "USD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["image"], account_required=False,
    registration_form=(9, 5, ["affiliation", "phone", "photo"]), min_age=None, accessibility_statement=False,
    access_services=["interpretation"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "registration.html", "grants.html", "remote.html", "programme.html", "ta/index.html"],
    evidence={
        "languages": [Q("index.html", "Researchers, font designers, developers and teachers meet to present work on Tamil language technology"),
                      Q("ta/index.html", "தமிழ் உள்ளீட்டு முறைகள், எழுத்துருக்கள், பேச்சு அறிதல்", "whole page in Tamil with lang=en-IN")],
        "un_languages": [N("en")],
        "fees": [Q("registration.html", "Indian delegates ₹2,500"),
                 Q("registration.html", "Indian students Rs. 1,000"),
                 Q("registration.html", "Overseas delegates USD 120"),
                 Q("ta/index.html", "இந்தியப் பேராளர்கள் ₹2,500; மாணவர்கள் ரூ. 1,000; வெளிநாட்டுப் பேராளர்கள் USD 120.", "same amounts in Tamil"),
                 Q("grants.html", "a travel grant of up to ₹8,000", "grant, not a fee"),
                 Q("accommodation.html", "University guest house: ₹1,800 per night. Hotel near Guindy: ₹4,800 per night.", "lodging"),
                 Q("accommodation.html", "An auto-rickshaw from Chennai Central costs about Rs 350; the metro costs ₹40.", "transport"),
                 Q("sponsorship.html", "Platinum sponsor: ₹5,00,000. Exhibition stall: ₹40,000.", "sponsor, exhibitor"),
                 Q("jobs.html", "Research assistant (Tamil NLP), ₹35,000 per month.", "salary")],
        "free_option": [Q("registration.html", "There are no complimentary registrations; every presenting author registers and pays.")],
        "fee_support": [Q("grants.html", "Research students presenting a paper may apply for a travel grant"),
                        Q("registration.html", "Indian students Rs. 1,000", "reduced student rate")],
        "remote_participation": [Q("remote.html", "Authors who cannot travel may present their paper live via Google Meet")],
        "captcha": [M("registration.html", 'src="img/captcha.svg" alt="Security code"', "self-hosted image code")],
        "account_required": [N("no account; own form")],
        "registration_form": [N("9 fields: name, email, institution, category select, country select, paper ID, mobile, photo file, "
                                "image-code text box. Required by '*' only: name, email, institution, category, code = 5. "
                                "Sensitive: affiliation (institution), phone, photo; country is not sensitive.", "registration.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [N("no accessibility provisions and no access contact; interpretation alone is not one")],
        "access_services": [Q("registration.html", "Simultaneous interpretation between Tamil and English is provided in the main hall.")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programme.html", "The detailed programme is available only as a PDF.")],
    })
