from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Home"), ("registration.html", "Registration & fees"), ("programme.html", "Programme"),
       ("accessibility.html", "Accessibility"), ("urdu.html", "اردو"), ("sponsors.html", "Sponsors"),
       ("travel.html", "Travel & stay"), ("jobs.html", "Jobs")]
s = mk("dryland-agronomy-symposium-faisalabad", "South Asian Dryland Agronomy Symposium", "en-PK", "#2f6b2f", "DA",
       NAV, foot={"en-PK": "<p>Department of Agronomy, Lyallpur Institute of Agriculture (fictional), Faisalabad · sadas@example.edu.pk</p>"})
placeholder_media(s, "media/wheat-trials.mp4")
s.pdf("docs/abstract-template.pdf", "Abstract template\n300 words, Times 11")

s.page("index.html", "South Asian Dryland Agronomy Symposium 2027", """
<h1>South Asian Dryland Agronomy Symposium 2027</h1>
<p>On 2–4 February 2027 agronomists, soil scientists, extension workers and farmers meet in Faisalabad to compare what works on rain-fed land: drought-tolerant wheat lines, zero tillage, and water harvesting in the Thal and Pothohar.</p>
<p>Read about <a href="@registration.html">registration and fees</a>, the <a href="@programme.html">programme</a>, <a href="@accessibility.html">accessibility</a> and the <a href="@urdu.html">Urdu page</a>. Last year's photo gallery is <a href="@gallery-2026.html">here</a>.</p>
""" + video("media/wheat-trials.mp4"))

form = "".join([
    fld("name", "Full name (required)"), fld("email", "E-mail (required)", "email"), fld("mob", "Mobile number (required)", "tel"),
    fld("cnic", "CNIC number (required)"), fld("inst", "University or institution (required)"),
    fld("cat", "Category (required)", "select", opts=["Delegate", "Student", "Virtual presenter", "Foreign delegate"]),
    radios("gender", "Gender", ["Woman", "Man", "Prefer not to say"]),
    fld("abs", "Abstract (PDF or Word)", "file"), fld("dinner", "I will attend the symposium dinner", "checkbox"),
    fld("consent", "I agree to the privacy notice (required)", "checkbox")])
s.page("registration.html", "Registration and fees", f"""
<h1>Registration and fees</h1>
<table><caption>Registration fees</caption>
<tr><th>Category</th><th>Fee</th></tr>
<tr><td>Pakistani delegates</td><td>Rs. 6,000</td></tr>
<tr><td>Students (with valid card)</td><td>Rs 2,500</td></tr>
<tr><td>Virtual presenters (Zoom)</td><td>PKR 3,000</td></tr>
<tr><td>Foreign delegates</td><td>US$ 150</td></tr>
</table>
<p>Farmers nominated by the district's village councils attend free of charge.</p>
<p>Use the <a href="@docs/abstract-template.pdf">abstract template (PDF)</a>.</p>
<form action="@registration.html" method="post">{form}
<div class="cf-turnstile" data-sitekey="0x-placeholder-fsd"></div>
<button type="submit">Register</button></form>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul><li>Day 1: drought-tolerant cultivars</li><li>Day 2: soil moisture and zero tillage</li><li>Day 3: field trip to the rain-fed research station</li></ul>
<p>Virtual presenters give their talks live on Zoom and take questions from the hall and from online participants.</p>
""")

s.page("accessibility.html", "Accessibility", """
<h1>Accessibility</h1>
<p>The senate hall has a step-free entrance and a wheelchair-accessible toilet.</p>
<p>A Pakistan Sign Language (PSL) interpreter can be arranged on request for the plenary sessions.</p>
<p>There is no crèche at the venue.</p>
<p>Write to access@example.edu.pk with any access needs.</p>
""")

s.page("urdu.html", "اردو میں معلومات", """
<h1>جنوبی ایشیا بارانی زراعت سمپوزیم ۲۰۲۷</h1>
<p>یہ سمپوزیم ۲ سے ۴ فروری تک فیصل آباد میں منعقد ہوگا۔ ماہرینِ زراعت، طلبہ اور کسان بارانی علاقوں میں گندم، پانی کے ذخیرے اور کم ہل چلانے کے تجربات پر بات کریں گے۔</p>
<p>پاکستانی مندوبین کی فیس ۶٬۰۰۰ روپے ہے۔ دیہی کونسلوں کے نامزد کسان مفت شرکت کر سکتے ہیں۔</p>
""", lang="ur", dir="rtl")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsorship and exhibition</h1>
<p>Gold sponsor: Rs. 750,000. Exhibition stall: Rs. 60,000. Best poster prize: Rs. 25,000.</p>
""")

s.page("travel.html", "Travel and stay", """
<h1>Travel and stay</h1>
<p>University guest house: Rs. 4,500 per night. Coach from Lahore: about Rs. 1,200. Rickshaw from the bus terminal: Rs. 300.</p>
""")

s.page("jobs.html", "Jobs", """
<h1>Jobs at the department</h1>
<p>Research associate, dryland wheat project: PKR 120,000 per month.</p>
""")

ENTRY = entry(s, name="South Asian Dryland Agronomy Symposium 2027 (agricultural university, Faisalabad)",
    languages=["en", "ur"],
    fees=[(6000, "PKR"), (2500, "PKR"), (3000, "PKR"), (150, "USD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"],
    account_required=False, registration_form=(10, 7, ["phone", "id_document", "affiliation", "gender"]),
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "registration.html", "programme.html", "accessibility.html", "urdu.html"],
    deliberate_404=["gallery-2026.html"],
    evidence={
        "languages": [Q("index.html", "agronomists, soil scientists, extension workers and farmers meet in Faisalabad"),
                      M("urdu.html", '<html lang="ur" dir="rtl">', "whole Urdu page"),
                      Q("urdu.html", "یہ سمپوزیم ۲ سے ۴ فروری تک فیصل آباد میں منعقد ہوگا۔")],
        "un_languages": [N("en")],
        "fees": [Q("registration.html", "Pakistani delegates Rs. 6,000", "6000 PKR"),
                 Q("registration.html", "Students (with valid card) Rs 2,500", "2500 PKR"),
                 Q("registration.html", "Virtual presenters (Zoom) PKR 3,000", "3000 PKR"),
                 Q("registration.html", "Foreign delegates US$ 150", "150 USD"),
                 Q("urdu.html", "پاکستانی مندوبین کی فیس ۶٬۰۰۰ روپے ہے۔", "Urdu restatement: no new entry"),
                 Q("sponsors.html", "Gold sponsor: Rs. 750,000.", "sponsorship, stall, prize: not fees"),
                 Q("travel.html", "University guest house: Rs. 4,500 per night.", "lodging, coach, rickshaw: not fees"),
                 Q("jobs.html", "PKR 120,000 per month", "salary: not a fee")],
        "free_option": [Q("registration.html", "Farmers nominated by the district's village councils attend free of charge.")],
        "fee_support": [Q("registration.html", "Students (with valid card) Rs 2,500", "student rate below 6000; free for one group")],
        "remote_participation": [Q("programme.html", "Virtual presenters give their talks live on Zoom and take questions from the hall and from online participants.")],
        "captcha": [M("registration.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, e-mail, mobile, CNIC, institution, category select, gender radio, abstract file, dinner checkbox, consent checkbox); 7 marked (required); sensitive phone, id_document, affiliation, gender", "registration.html"),
                              Q("registration.html", "CNIC number (required)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accessibility.html", "The senate hall has a step-free entrance and a wheelchair-accessible toilet.")],
        "access_services": [Q("accessibility.html", "a wheelchair-accessible toilet", "wheelchair_access"),
                            Q("accessibility.html", "A Pakistan Sign Language (PSL) interpreter can be arranged on request", "sign_language"),
                            Q("accessibility.html", "There is no crèche at the venue.", "negation: no childcare")],
        "videos_without_captions": [M("index.html", 'src="media/wheat-trials.mp4">', "no track")],
        "pdf_only_documents": [N("only an abstract template is a PDF", "registration.html")],
    })
