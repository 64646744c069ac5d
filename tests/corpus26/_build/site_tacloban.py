"""National disaster-risk-reduction conference (made-up DRR practitioners' network, Tacloban, Philippines): tl, a
whole English page declared lang="tl"."""
from lib import *

NAV = [("index.html", "Home"), ("bayad.html", "Bayad"), ("rehistro.html", "Magparehistro"), ("online.html", "Online na pagdalo"),
       ("accessibility.html", "Accessibility"), ("english.html", "English"), ("tuluyan.html", "Tuluyan at biyahe"),
       ("isponsor.html", "Mga isponsor")]
s = mk("kumperensya-pagbawas-panganib-sakuna-tacloban", "Pambansang Kumperensya sa Pagbawas ng Panganib sa Sakuna",
       "tl", "#b5431b", "DRR", NAV,
       foot={"tl": "<p>Samahan ng mga Tagapamahala ng Sakuna (kathang-isip), Real Street, Lungsod ng Tacloban · drr2027@sakuna.example.ph</p>"})

s.page("index.html", "Pambansang Kumperensya sa Pagbawas ng Panganib sa Sakuna 2027", """
<h1>Pambansang Kumperensya sa Pagbawas ng Panganib sa Sakuna 2027</h1>
<p>Mula Nobyembre 8 hanggang 10, 2027, magtitipon sa Tacloban ang mga opisyal ng MDRRMO, guro, nars, boluntaryo ng barangay at mananaliksik upang pag-usapan ang paghahanda sa bagyo, storm surge at lindol.</p>
<p>Kasabay ito ng paggunita sa mga nasalanta ng Yolanda. May mga plenaryo, workshop sa evacuation planning at pagbisita sa mga bagong evacuation center.</p>
<ul>
<li><a href="@bayad.html">Bayad sa pagpaparehistro</a></li>
<li><a href="@rehistro.html">Magparehistro</a></li>
<li><a href="@online.html">Online na pagdalo</a></li>
<li><a href="@accessibility.html">Accessibility</a></li>
<li><a href="@english.html">English information</a></li>
</ul>
""" + video("media/paggunita.mp4"))
placeholder_media(s, "media/paggunita.mp4")

s.page("bayad.html", "Bayad – Kumperensya sa Sakuna 2027", """
<h1>Bayad sa pagpaparehistro</h1>
<ul>
<li>Regular na delegado: ₱3,500</li>
<li>Mga estudyante: ₱1,500</li>
<li>Online na delegado (Zoom): PHP 1,000</li>
</ul>
<p>Libre ang pagpaparehistro para sa mga boluntaryo ng Barangay Disaster Risk Reduction and Management Committee (BDRRMC) na may sulat mula sa kanilang kapitan.</p>
<p>Kasama sa bayad ang tanghalian at merienda sa tatlong araw.</p>
""")

s.page("rehistro.html", "Magparehistro – Kumperensya sa Sakuna 2027", """
<h1>Magparehistro</h1>
<p>Sagutan ang form bago mag-Oktubre 25, 2027.</p>
<form action="@rehistro.html" method="post">
""" + fld("pangalan", "Buong pangalan (kailangan)") + fld("email", "Email (kailangan)", "email")
    + fld("mobile", "Mobile number (kailangan)", "tel") + fld("philsys", "PhilSys number (kailangan)")
    + fld("opisina", "Opisina, LGU o paaralan (kailangan)")
    + fld("kategorya", "Kategorya (kailangan)", "select", opts=["Regular", "Estudyante", "Online", "Boluntaryo ng BDRRMC"])
    + radios("kasarian", "Kasarian", ["Babae", "Lalaki", "Iba pa"])
    + fld("workshop", "Sasali ako sa workshop sa evacuation planning", "checkbox")
    + fld("larawan", "Larawan para sa ID ng delegado", "file")
    + fld("pangangailangan", "Mga pangangailangan sa accessibility", "textarea") + """
<div class="frc-captcha" data-sitekey="FCM-sakuna-example"></div>
<button type="submit">Ipadala</button>
</form>
""")

s.page("online.html", "Online na pagdalo – Kumperensya sa Sakuna 2027", """
<h1>Online na pagdalo</h1>
<p>Mapapanood ng mga online na delegado ang lahat ng plenaryo sa Zoom at makapagtatanong sila nang live sa mga tagapagsalita sa pamamagitan ng Q&amp;A.</p>
<p>Panoorin kung paano sumali:</p>
""" + video("media/paano-sumali.mp4"))
placeholder_media(s, "media/paano-sumali.mp4")

s.page("accessibility.html", "Accessibility – Kumperensya sa Sakuna 2027", """
<h1>Accessibility</h1>
<p>May rampa at elevator ang Leyte Convention Center, at may mga palikuran para sa naka-wheelchair.</p>
<p>May Filipino Sign Language (FSL) interpreter sa lahat ng plenaryo.</p>
<p>Ipinapakita sa screen ang real-time captions ng mga plenaryo.</p>
<p>May child-minding area na binabantayan ng mga boluntaryo para sa mga anak ng mga delegado.</p>
""")

s.page("english.html", "DRR Conference 2027 – English", """
<h1>National Disaster Risk Reduction Conference 2027</h1>
<p>Disaster managers, teachers, nurses, barangay volunteers and researchers meet in Tacloban City on 8–10 November 2027 to share lessons on typhoon, storm-surge and earthquake preparedness.</p>
<p>Registration is ₱3,500, ₱1,500 for students and PHP 1,000 for online delegates, who can ask speakers questions live over Zoom. BDRRMC volunteers register for free.</p>
<p>The venue has ramps and a lift; plenaries have FSL interpreters and real-time captions.</p>
""", lang="tl")

s.page("tuluyan.html", "Tuluyan at biyahe – Kumperensya sa Sakuna 2027", """
<h1>Tuluyan at biyahe</h1>
<p>Partner hotel sa downtown: ₱2,800 bawat gabi.</p>
<p>Pamasahe sa jeepney sa loob ng lungsod: ₱13; tricycle papuntang venue: ₱50.</p>
""")

s.page("isponsor.html", "Mga isponsor – Kumperensya sa Sakuna 2027", """
<h1>Mga isponsor at exhibitor</h1>
<p>Gold sponsor: ₱250,000. Exhibit booth: ₱25,000.</p>
<p>Ibebenta sa booth ang mga go-bag sa halagang ₱1,200.</p>
""")

P = ["index.html", "bayad.html", "rehistro.html", "online.html", "accessibility.html", "english.html"]
ENTRY = entry(s, name="National Disaster Risk Reduction Conference 2027 (DRR practitioners' network, Tacloban, Philippines)",
    languages=["tl", "en"], fees=[(3500, "PHP"), (1500, "PHP"), (1000, "PHP")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(10, 6, ["phone", "id_document", "affiliation", "gender", "photo"]), min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions", "childcare"],
    videos_without_captions=2, pdf_only_documents=False, participation_pages=P,
    evidence={
        "languages": [Q("index.html", "magtitipon sa Tacloban ang mga opisyal ng MDRRMO, guro, nars, boluntaryo ng barangay at mananaliksik"),
                      M("english.html", '<html lang="tl">', "whole English page declared tl"),
                      Q("english.html", "Disaster managers, teachers, nurses, barangay volunteers and researchers meet in Tacloban City")],
        "un_languages": [N("en")],
        "fees": [Q("bayad.html", "Regular na delegado: ₱3,500"), Q("bayad.html", "Mga estudyante: ₱1,500"),
                 Q("bayad.html", "Online na delegado (Zoom): PHP 1,000", "online pass with live Q&A; English restatement no new entries"),
                 Q("tuluyan.html", "Partner hotel sa downtown: ₱2,800 bawat gabi.", "hotel, jeepney, tricycle: not fees"),
                 Q("isponsor.html", "Gold sponsor: ₱250,000. Exhibit booth: ₱25,000.", "sponsor, booth, go-bags: not fees")],
        "free_option": [Q("bayad.html", "Libre ang pagpaparehistro para sa mga boluntaryo ng Barangay Disaster Risk Reduction and Management Committee (BDRRMC)")],
        "fee_support": [Q("bayad.html", "Mga estudyante: ₱1,500", "student rate"), Q("bayad.html", "Libre ang pagpaparehistro para sa mga boluntaryo", "free for one group")],
        "remote_participation": [Q("online.html", "makapagtatanong sila nang live sa mga tagapagsalita sa pamamagitan ng Q&A")],
        "captcha": [M("rehistro.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, e-mail, mobile, PhilSys number, office/LGU/school, category select, gender radio, workshop checkbox, photo file, access-needs textarea); 6 marked (kailangan); sensitive phone, id_document, affiliation, gender, photo", "rehistro.html"),
                              Q("rehistro.html", "PhilSys number (kailangan)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age limit")],
        "accessibility_statement": [Q("accessibility.html", "May rampa at elevator ang Leyte Convention Center")],
        "access_services": [Q("accessibility.html", "May rampa at elevator", "wheelchair_access"),
                            Q("accessibility.html", "May Filipino Sign Language (FSL) interpreter sa lahat ng plenaryo.", "sign_language"),
                            Q("accessibility.html", "Ipinapakita sa screen ang real-time captions ng mga plenaryo.", "captions"),
                            Q("accessibility.html", "May child-minding area na binabantayan ng mga boluntaryo", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/paggunita.mp4">', "no track"),
                                    M("online.html", 'src="media/paano-sumali.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
