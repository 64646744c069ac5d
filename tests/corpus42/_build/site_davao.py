from lib import *
s = mk("pampublikong-pagdinig-ordinansa-online-davao", "Sangguniang Panlungsod ng Davao — Komite sa Teknolohiya", "tl", "#0038a8", "SP",
       [("index.html", "Home"), ("pagdinig.html", "Ang pagdinig"), ("magparehistro.html", "Magparehistro"), ("zoom.html", "Sa Zoom"),
        ("accessibility.html", "Accessibility"), ("faq.html", "FAQ"), ("ordinansa.html", "Ang ordinansa")],
       foot={"tl": "<p>Sangguniang Panlungsod, City Hall, San Pedro St., Lungsod ng Davao. pagdinig@sp-davao.example.ph</p>"})
FREE = "Libre ang pagdalo at pagsasalita sa pagdinig."
ZOOM = "Maaaring sumali sa pamamagitan ng Zoom at magsalita sa pagtaas ng kamay kapag tinawag ng tagapangulo."
GF = "Magparehistro sa Google Form; kailangang mag-sign in sa Google account para maisumite ito."
AGE = "Ang mga nais magsalita ay dapat 18 taong gulang pataas."
NOALL = "Walang allowance sa pamasahe o pagkain para sa mga dadalo."
RAMP = "May rampa sa pasukan ng Session Hall at elevator papunta sa ikalawang palapag."
FSL = "May interpreter ng Filipino Sign Language (FSL) sa buong pagdinig."
NOCAP = "Walang live captioning sa pagdinig na ito."
INTERP = "May interpretasyon sa Cebuano, Filipino at Ingles."
FINE = "Ayon sa panukalang ordinansa, multang ₱5,000 ang ipapataw sa mga internet café na lalabag."
EN = "The Davao City Council holds a public hearing on the proposed ordinance on children's online safety in internet cafés and public Wi-Fi on 11 March. Attending and speaking is free. Register through a Google Form (a Google account is needed). Speakers must be 18 or older."
s.page("index.html", "Pampublikong pagdinig: ordinansa sa kaligtasan ng mga bata online", f"""
<h1>Pampublikong pagdinig sa panukalang ordinansa sa kaligtasan ng mga bata online</h1>
<p>Marso 11, 9:00 n.u., Session Hall, City Hall ng Davao. {FREE}</p>
<p><a href="@magparehistro.html">Magparehistro</a> · <a href="@ordinansa.html">Basahin ang panukala</a></p>
<section lang="en"><h2>In English</h2><p>{EN}</p></section>
<p><a href="@transcript-2025.html">Transcript ng nakaraang pagdinig</a></p>
""")
s.page("pagdinig.html", "Ang pagdinig", f"<h1>Ang pagdinig</h1><p>Bawat tagapagsalita ay may tatlong minuto.</p><p>{AGE}</p>")
s.page("magparehistro.html", "Magparehistro", f"""<h1>Magparehistro</h1><p>{GF}</p>
<p><a href="https://docs.google.com/forms/d/e/sp-davao-pagdinig/viewform">Google Form ng pagpaparehistro</a></p>""")
s.page("zoom.html", "Sa Zoom", f"<h1>Pagsali sa Zoom</h1><p>{ZOOM}</p>")
s.page("accessibility.html", "Accessibility", f"<h1>Accessibility</h1><p>{RAMP}</p><p>{FSL}</p><p>{NOCAP}</p><p>{INTERP}</p>")
s.page("faq.html", "FAQ", f"""<h1>Mga madalas itanong</h1>
<details open><summary>May bayad ba sa pamasahe?</summary><p>{NOALL} Pamasahe sa jeepney mula Toril: ₱25.</p></details>""")
s.page("ordinansa.html", "Ang ordinansa", f"""<h1>Ang panukalang ordinansa</h1><p>Ang panukala ay makukuha lamang bilang PDF: <a href="@docs/ordinansa.pdf">panukalang ordinansa (PDF)</a>.</p><p>{FINE}</p>""")
s.pdf("docs/ordinansa.pdf", "Proposed ordinance on childrens online safety - Davao City")
P = "index.html pagdinig.html magparehistro.html zoom.html accessibility.html faq.html ordinansa.html".split()
ENTRY = entry(s, name="Pampublikong pagdinig sa ordinansa sa kaligtasan online — Davao", languages=["tl", "en"], fees=[],
    free_option=True, fee_support=False, remote_participation=True, captcha=[], account_required=True,
    registration_form=None, registration_host="docs.google.com", registration_pdf_only=False, min_age=18,
    accessibility_statement=True, access_services=["interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=True, participation_pages=P, deliberate_404=["transcript-2025.html"],
    evidence={
     "languages": [Q("index.html", FREE), Q("index.html", EN, "English section")],
     "un_languages": [N("en")],
     "fees": [Q("index.html", FREE), Q("ordinansa.html", FINE, "fine in the ordinance: not a fee")],
     "free_option": [Q("index.html", FREE)],
     "fee_support": [Q("faq.html", NOALL)],
     "remote_participation": [Q("zoom.html", ZOOM)],
     "captcha": [N("no CAPTCHA on the site")],
     "account_required": [Q("magparehistro.html", GF)],
     "registration_form": [N("no own form")],
     "registration_host": [M("magparehistro.html", 'href="https://docs.google.com/forms/d/e/sp-davao-pagdinig/viewform"')],
     "registration_pdf_only": [N("Google Form")],
     "min_age": [Q("pagdinig.html", AGE)],
     "accessibility_statement": [Q("accessibility.html", RAMP)],
     "access_services": [Q("accessibility.html", RAMP), Q("accessibility.html", FSL), Q("accessibility.html", INTERP), Q("accessibility.html", NOCAP, "negation")],
     "videos_without_captions": [N("no video")],
     "pdf_only_documents": [Q("ordinansa.html", "Ang panukala ay makukuha lamang bilang PDF")],
    })
