from lib import *

NAV = [("index.html", "მთავარი"), ("gadasakhadi.html", "საფასური"), ("registratsia.html", "რეგისტრაცია"),
       ("onlain.html", "ონლაინ მონაწილეობა"), ("khelmisatsvdomoba.html", "ხელმისაწვდომობა"), ("programa.html", "პროგრამა"),
       ("sponsorebi.html", "სპონსორები"), ("sastumro.html", "განთავსება"), ("vakansiebi.html", "ვაკანსიები")]
s = mk("personaluri-monatsemebis-konferentsia-kutaisi", "პერსონალური მონაცემებისა და ხელოვნური ინტელექტის სამართლის კონფერენცია — ქუთაისი", "ka",
       "#7c2d12", "ქკ", NAV,
       foot={"ka": "<p>იურიდიული ფაკულტეტი (გამოგონილი უნივერსიტეტი), ქუთაისი — conference@law-kutaisi.example.ge</p>"})

s.page("index.html", "პერსონალური მონაცემებისა და AI სამართლის კონფერენცია 2027", """
<h1>პერსონალური მონაცემებისა და ხელოვნური ინტელექტის სამართლის კონფერენცია</h1>
<p>2027 წლის 15-16 აპრილს ქუთაისში იურიდიული ფაკულტეტი მასპინძლობს მკვლევრებს, იურისტებს, სახელმწიფო უწყებებსა და სამოქალაქო ორგანიზაციებს, რათა განიხილონ პერსონალური მონაცემების დაცვა, ალგორითმული გადაწყვეტილებები და ციფრული უფლებები.</p>
<p>კონფერენციაში მონაწილეობა შეუძლიათ 18 წლის ასაკიდან.</p>
<p><a href="@gadasakhadi.html">საფასური</a> · <a href="@registratsia.html">რეგისტრაცია</a> · <a href="@momkhseneblebi.html">მომხსენებლები</a></p>
<h2>ვიდეო: 2026 წლის კონფერენცია</h2>
<video controls preload="none" width="640" src="@media/konferentsia-2026.mp4"></video>
<section lang="en">
<h2>In English</h2>
<p>On 15 and 16 April 2027 the Faculty of Law in Kutaisi hosts researchers, lawyers, public agencies and civil-society organisations to discuss personal data protection, algorithmic decision-making and digital rights.</p>
<p>Registration: general GEL 120, students GEL 40, online participation over Zoom with questions GEL 60. Participants must be 18 or older.</p>
</section>
""")
placeholder_media(s, "media/konferentsia-2026.mp4")

s.page("gadasakhadi.html", "საფასური", """
<h1>რეგისტრაციის საფასური</h1>
<ul>
<li>ზოგადი მონაწილეობა — 120 ₾</li>
<li>სტუდენტები — 40 ₾</li>
<li>ონლაინ მონაწილეობა (Zoom, კითხვებით) — 60 ₾</li>
</ul>
<p>უფასო ბილეთები არ გვაქვს; მომხსენებლებიც იხდიან რეგისტრაციის საფასურს.</p>
""")

form = "".join([
    fld("sakheli", "სახელი და გვარი (აუცილებლად შესავსები)"),
    fld("elfosta", "ელფოსტა (აუცილებლად შესავსები)", "email"),
    fld("telefoni", "ტელეფონი", "tel"),
    fld("piradi", "პირადი ნომერი (აუცილებლად შესავსები)"),
    fld("org", "უნივერსიტეტი ან ორგანიზაცია (აუცილებლად შესავსები)"),
    fld("tipi", "მონაწილეობის ტიპი (აუცილებლად შესავსები)", "select", opts=["ზოგადი", "სტუდენტი", "ონლაინ"]),
    fld("satauri", "მოხსენების სათაური"),
    fld("seqtsia", "სექცია", "select", opts=["მონაცემთა დაცვა", "ხელოვნური ინტელექტი", "ციფრული უფლებები"]),
    fld("sachiroebebi", "სპეციალური საჭიროებები", "textarea"),
    fld("tankhmoba", "ვეთანხმები პერსონალური მონაცემების დამუშავებას (აუცილებლად შესავსები)", "checkbox"),
])
s.page("registratsia.html", "რეგისტრაცია", f"""
<h1>რეგისტრაცია</h1>
<p>რეგისტრაცია სრულდება 2027 წლის 1 აპრილს. გადახდის ინსტრუქციას ელფოსტით მიიღებთ.</p>
<form action="@registratsia.html" method="post">
{form}
<altcha-widget challengeurl="/api/altcha-challenge"></altcha-widget>
<button type="submit">რეგისტრაცია</button>
</form>
""")

s.page("onlain.html", "ონლაინ მონაწილეობა", """
<h1>ონლაინ მონაწილეობა</h1>
<p>ონლაინ მონაწილეები Zoom-ით უერთდებიან სესიებს და პირდაპირ ეთერში უსვამენ კითხვებს მომხსენებლებს.</p>
""")

s.page("khelmisatsvdomoba.html", "ხელმისაწვდომობა", """
<h1>ხელმისაწვდომობა</h1>
<p>შენობას აქვს ლიფტი და პანდუსი ეტლით მოსარგებლეთათვის.</p>
<p>ქართული ჟესტური ენის თარჯიმანი ხელმისაწვდომია მოთხოვნით, 5 აპრილამდე.</p>
<p>პლენარულ სესიებზე სინქრონული თარგმანი ქართულ-ინგლისურად.</p>
<p>საკონტაქტო ელფოსტა: access@law-kutaisi.example.ge</p>
""")

s.page("programa.html", "პროგრამა", """
<h1>პროგრამა</h1>
<p>კონფერენციის პროგრამა ხელმისაწვდომია მხოლოდ PDF ფორმატში.</p>
<p><a href="@docs/programa-2027.pdf">პროგრამის ჩამოტვირთვა (PDF)</a></p>
""")
s.pdf("docs/programa-2027.pdf", "Conference programme - Kutaisi 2027\n15 April\n16 April")

s.page("sponsorebi.html", "სპონსორები", """
<h1>სპონსორობა</h1>
<ul><li>გენერალური სპონსორი — 8 000 ₾</li><li>საგამოფენო სტენდი — 1 200 ₾</li></ul>
""")
s.page("sastumro.html", "განთავსება", """
<h1>განთავსება და ტრანსპორტი</h1>
<p>სასტუმრო ცენტრში — ღამე 150 ₾-დან. მარშრუტკა ქალაქში — 1 ₾.</p>
""")
s.page("vakansiebi.html", "ვაკანსიები", """
<h1>ვაკანსიები</h1>
<p>მკვლევარი ასისტენტი, ხელფასი 1 800 ₾ თვეში.</p>
""")

P = ["index.html", "gadasakhadi.html", "registratsia.html", "onlain.html", "khelmisatsvdomoba.html", "programa.html"]
ENTRY = entry(s, name="პერსონალური მონაცემებისა და ხელოვნური ინტელექტის სამართლის კონფერენცია — ქუთაისი", languages=["en", "ka"],
    fees=[(120, "GEL"), (40, "GEL"), (60, "GEL")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["other"], account_required=False,
    registration_form=(10, 6, ["phone", "id_document", "affiliation"]),
    min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=1,
    pdf_only_documents=True, participation_pages=P, deliberate_404=["momkhseneblebi.html"],
    evidence={
        "languages": [Q("index.html", "ქუთაისში იურიდიული ფაკულტეტი მასპინძლობს მკვლევრებს"),
                      Q("index.html", "On 15 and 16 April 2027 the Faculty of Law in Kutaisi hosts researchers", "English section of two paragraphs with lang=en")],
        "un_languages": [N("en only")],
        "fees": [Q("gadasakhadi.html", "ზოგადი მონაწილეობა — 120 ₾"), Q("gadasakhadi.html", "სტუდენტები — 40 ₾"),
                 Q("gadasakhadi.html", "ონლაინ მონაწილეობა (Zoom, კითხვებით) — 60 ₾"),
                 Q("index.html", "general GEL 120, students GEL 40", "restated: no new entry"),
                 Q("sponsorebi.html", "გენერალური სპონსორი — 8 000 ₾", "sponsor: not a fee"),
                 Q("sastumro.html", "ღამე 150 ₾-დან", "hotel: not a fee"),
                 Q("vakansiebi.html", "ხელფასი 1 800 ₾ თვეში", "salary: not a fee")],
        "free_option": [Q("gadasakhadi.html", "უფასო ბილეთები არ გვაქვს; მომხსენებლებიც იხდიან რეგისტრაციის საფასურს.")],
        "fee_support": [Q("gadasakhadi.html", "სტუდენტები — 40 ₾", "student rate")],
        "remote_participation": [Q("onlain.html", "ონლაინ მონაწილეები Zoom-ით უერთდებიან სესიებს და პირდაპირ ეთერში უსვამენ კითხვებს მომხსენებლებს.")],
        "captcha": [M("registratsia.html", "<altcha-widget", "ALTCHA: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, e-mail, phone, personal number, university/organisation, type select, paper title, section select, needs textarea, consent checkbox); 6 marked (აუცილებლად შესავსები); sensitive phone, id_document, affiliation", "registratsia.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "კონფერენციაში მონაწილეობა შეუძლიათ 18 წლის ასაკიდან.")],
        "accessibility_statement": [Q("khelmisatsvdomoba.html", "შენობას აქვს ლიფტი და პანდუსი ეტლით მოსარგებლეთათვის.")],
        "access_services": [Q("khelmisatsvdomoba.html", "შენობას აქვს ლიფტი და პანდუსი ეტლით მოსარგებლეთათვის.", "wheelchair_access"),
                            Q("khelmisatsvdomoba.html", "ქართული ჟესტური ენის თარჯიმანი ხელმისაწვდომია მოთხოვნით", "sign_language"),
                            Q("khelmisatsvdomoba.html", "პლენარულ სესიებზე სინქრონული თარგმანი ქართულ-ინგლისურად.", "interpretation")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/konferentsia-2026.mp4"></video>')],
        "pdf_only_documents": [Q("programa.html", "კონფერენციის პროგრამა ხელმისაწვდომია მხოლოდ PDF ფორმატში.")],
    })
