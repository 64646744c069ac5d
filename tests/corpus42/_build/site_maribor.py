from lib import *
s = mk("posvet-odprti-podatki-maribor", "Mestna občina Maribor — Posvet o odprtih podatkih", "sl", "#5b2c83", "MB",
       [("index.html", "Domov"), ("posvet.html", "O posvetu"), ("prijava.html", "Prijava"), ("na-daljavo.html", "Sodelovanje na daljavo"),
        ("dostopnost.html", "Dostopnost"), ("vprasanja.html", "Vprašanja"), ("strategija.html", "Osnutek strategije"), ("en.html", "English")],
       foot={"sl": "<p>Mestna občina Maribor, Ulica heroja Staneta 1, Maribor. odprtipodatki@maribor.example.si</p>"})
FREE = "Sodelovanje na posvetu je brezplačno."
ZOOM = "Na delavnice se lahko pridružite prek Zooma, sodelujete v razpravi in glasujete o prednostnih nalogah."
NOREF = "Stroškov prevoza ne povrnemo."
YOUTH = "Posebna delavnica je namenjena mladim od 15 do 19 let."
LIFT = "Dvorana Mestne občine je v prvem nadstropju, do nje vodi dvigalo, primerno za invalidske vozičke."
SZJ = "Plenarni del bo tolmačen v slovenski znakovni jezik."
CAP = "Zagotovljeno bo podnaslavljanje v živo."
KIDS = "Med delavnicami bo na voljo varstvo otrok z vzgojiteljicami."
BUD = "Osnutek strategije predvideva 350.000 € za odprti podatkovni portal."
EN = "The City of Maribor invites residents to a participatory consultation on its open data strategy on 16 and 17 October. Taking part is free. You can join the workshops over Zoom, take part in the discussion and vote on priorities. There is a youth workshop for people aged 15 to 19."
s.page("index.html", "Posvet o odprtih podatkih 2027", f"""
<h1>Posvet o strategiji odprtih podatkov Mestne občine Maribor</h1>
<p>16. in 17. oktober, Mestna hiša. {FREE}</p>
<p><a href="@prijava.html">Prijava</a> · <a href="@strategija.html">Osnutek strategije</a> · <a href="@en.html">English</a></p>
{video("media/vabilo.mp4")}
<p><a href="@porocilo-2025.html">Poročilo posveta 2025</a></p>
""")
placeholder_media(s, "media/vabilo.mp4")
s.page("posvet.html", "O posvetu", f"<h1>O posvetu</h1><p>Delavnice: podatki o prometu, okolje, proračun.</p><p>{YOUTH}</p>")
s.page("prijava.html", "Prijava", """
<h1>Prijava na delavnice</h1>
<form action="@prijava.html" method="post">
""" + fld("ime", "Ime (obvezen vnos)") + fld("pri", "Priimek (obvezen vnos)") + fld("em", "E-pošta (obvezen vnos)", "email")
 + fld("tel", "Telefon", "tel") + fld("ck", "Četrtna skupnost (obvezen vnos)", "select", opts=["Center", "Tabor", "Tezno", "Studenci", "Drugo"])
 + fld("sk", "Starostna skupina", "select", opts=["15-19", "20-39", "40-64", "65+"])
 + fld("d1", "Delavnica: promet", "checkbox") + fld("d2", "Delavnica: okolje", "checkbox") + fld("d3", "Delavnica: proračun", "checkbox")
 + fld("ok", "Strinjam se z obdelavo osebnih podatkov (obvezen vnos)", "checkbox") + """
<div class="frc-captcha" data-sitekey="mb-odprti"></div>
<button type="submit">Prijava</button></form>
""")
s.page("na-daljavo.html", "Sodelovanje na daljavo", f"<h1>Sodelovanje na daljavo</h1><p>{ZOOM}</p>")
s.page("dostopnost.html", "Dostopnost", f"<h1>Dostopnost</h1><p>{LIFT}</p><p>{SZJ}</p><p>{CAP}</p><p>{KIDS}</p>")
s.page("vprasanja.html", "Vprašanja", f"""<h1>Pogosta vprašanja</h1>
<details open><summary>Ali povrnete potne stroške?</summary><p>{NOREF} Parkirišče pri Mestni hiši stane 1,20 € na uro, izposoja kolesa MBajk 1 € na dan.</p></details>""")
s.page("strategija.html", "Osnutek strategije", f"""<h1>Osnutek strategije</h1><p>Osnutek je na voljo samo v obliki PDF: <a href="@docs/osnutek.pdf">osnutek strategije (PDF)</a>.</p><p>{BUD}</p>""")
s.pdf("docs/osnutek.pdf", "Osnutek strategije odprtih podatkov MOM")
s.page("en.html", "English", f"<h1>Open data consultation</h1><p>{EN}</p>", lang="sl")
P = "index.html posvet.html prijava.html na-daljavo.html dostopnost.html vprasanja.html strategija.html en.html".split()
ENTRY = entry(s, name="Posvet o odprtih podatkih — Maribor", languages=["sl", "en"], fees=[],
    free_option=True, fee_support=False, remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(10, 5, ["phone"]), registration_host=None, registration_pdf_only=False, min_age=15,
    accessibility_statement=True, access_services=["captions", "childcare", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True, participation_pages=P, deliberate_404=["porocilo-2025.html"],
    evidence={
     "languages": [Q("index.html", FREE), Q("en.html", EN, "English page declared lang=sl")],
     "un_languages": [N("en")],
     "fees": [Q("index.html", FREE), Q("strategija.html", BUD, "budget under consultation: not a fee")],
     "free_option": [Q("index.html", FREE)],
     "fee_support": [Q("vprasanja.html", NOREF)],
     "remote_participation": [Q("na-daljavo.html", ZOOM)],
     "captcha": [M("prijava.html", 'class="frc-captcha"')],
     "account_required": [N("own form, no account", "prijava.html")],
     "registration_form": [N("10 fields: ime*, priimek*, e-pošta*, telefon, četrtna skupnost*, starostna skupina, 3 workshop checkboxes, consent*; 5 required", "prijava.html")],
     "registration_host": [N("own form")],
     "registration_pdf_only": [N("online form")],
     "min_age": [Q("posvet.html", YOUTH)],
     "accessibility_statement": [Q("dostopnost.html", LIFT)],
     "access_services": [Q("dostopnost.html", LIFT), Q("dostopnost.html", SZJ), Q("dostopnost.html", CAP), Q("dostopnost.html", KIDS)],
     "videos_without_captions": [M("index.html", 'src="media/vabilo.mp4">')],
     "pdf_only_documents": [Q("strategija.html", "Osnutek je na voljo samo v obliki PDF")],
    })
