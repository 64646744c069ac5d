from lib import *
s = mk("duomenu-centru-energijos-konferencija-kaunas", "Lietuvos duomenų centrų asociacija", "lt", "#006a44", "LDCA",
       [("index.html", "Pradžia"), ("bilietai.html", "Bilietai"), ("internetu.html", "Dalyvavimas internetu"), ("prieinamumas.html", "Prieinamumas"),
        ("programa.html", "Programa"), ("remejams.html", "Rėmėjams"), ("nariams.html", "Nariams"), ("en.html", "English")],
       foot={"lt": "<p>Lietuvos duomenų centrų asociacija, Laisvės al. 10, Kaunas. konferencija@ldca.example.lt</p>"})
STD = "Standartinis bilietas – 180 €"
MEM = "Asociacijos narių bilietas – 120 €"
STU = "Studentų bilietas – 40 €"
ONL = "Bilietas internetu – 50 €"
NOFREE = "Nemokamų bilietų nėra."
SLIDO = "Bilietą internetu įsigiję dalyviai stebi transliaciją ir per Slido užduoda klausimus, kuriuos moderatorius perduoda pranešėjams."
BIL = "Bilietai parduodami tik per bilietai.lt; norint įsigyti bilietą, reikia prisijungti prie bilietai.lt paskyros."
EN = "The Baltic Data Centres and Energy Conference takes place in Kaunas on 9 November. Standard tickets cost 180 EUR, association members pay 120 EUR, students 40 EUR and online tickets with questions via Slido 50 EUR. There are no free tickets. Tickets are sold only through bilietai.lt and you need a bilietai.lt account."
STEP = "Žalgirio arenos konferencijų salė pritaikyta žmonėms, judantiems neįgaliojo vežimėliu."
INTERP = "Vyks sinchroninis vertimas iš lietuvių į anglų kalbą ir atvirkščiai."
NOSIGN = "Gestų kalbos vertimo nebus."
CONTACT = "Dėl prieinamumo poreikių rašykite prieinamumas@ldca.example.lt."
DUES = "Metinis asociacijos nario mokestis – 1 500 €."
SPON = "Generalinio rėmėjo paketas – 12 000 €"
s.page("index.html", "Baltijos duomenų centrų ir energijos konferencija 2027", f"""
<h1>Baltijos duomenų centrų ir energijos konferencija 2027</h1>
<p>Lapkričio 9 d., Kaunas. Energijos efektyvumas, atliekinė šiluma ir tinklų patikimumas.</p>
<p><a href="@bilietai.html">Bilietai</a> · <a href="@en.html">English</a></p>
{video("media/2026.mp4")}
""")
placeholder_media(s, "media/2026.mp4")
s.page("bilietai.html", "Bilietai", f"""
<h1>Bilietai</h1><ul><li>{STD}</li><li>{MEM}</li><li>{STU}</li><li>{ONL}</li></ul>
<p>{NOFREE}</p><p>{BIL}</p>
<p><a class="button" href="https://www.bilietai.lt/renginiai/ldca-konferencija-2027">Pirkti bilietą</a></p>
""")
s.page("internetu.html", "Dalyvavimas internetu", f"<h1>Dalyvavimas internetu</h1><p>{SLIDO}</p>")
s.page("prieinamumas.html", "Prieinamumas", f"<h1>Prieinamumas</h1><p>{STEP}</p><p>{INTERP}</p><p>{NOSIGN}</p><p>{CONTACT}</p>")
s.page("programa.html", "Programa", "<h1>Programa</h1><p>9.00 Atidarymas. 10.00 Atliekinės šilumos panaudojimas. 14.00 Diskusija apie elektros tinklus.</p>")
s.page("remejams.html", "Rėmėjams", f"<h1>Rėmėjams</h1><p>{SPON}</p><p>Viešbutis: nuo 85 € už naktį. Autobusas iš Vilniaus: 8 €.</p>")
s.page("nariams.html", "Nariams", f"<h1>Nariams</h1><p>{DUES}</p><p>Darbo skelbimas: duomenų centro inžinierius, 3 200 € per mėnesį.</p>")
s.page("en.html", "English", f"<h1>Baltic Data Centres and Energy Conference</h1><p>{EN}</p>", lang="en")
P = "index.html bilietai.html internetu.html prieinamumas.html en.html".split()
ENTRY = entry(s, name="Baltijos duomenų centrų ir energijos konferencija — Kaunas", languages=["lt", "en"],
    fees=[(180, "EUR"), (120, "EUR"), (40, "EUR"), (50, "EUR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=[], account_required=True,
    registration_form=None, registration_host="www.bilietai.lt", registration_pdf_only=False, min_age=None,
    accessibility_statement=True, access_services=["interpretation", "wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=False, participation_pages=P,
    evidence={
     "languages": [Q("index.html", "Lapkričio 9 d., Kaunas."), Q("en.html", EN, "English page")],
     "un_languages": [N("en")],
     "fees": [Q("bilietai.html", STD), Q("bilietai.html", MEM, "members' rate: a category fee"), Q("bilietai.html", STU), Q("bilietai.html", ONL),
              Q("en.html", EN, "restated: no new entry"), Q("nariams.html", DUES, "dues: not a fee"), Q("remejams.html", SPON, "sponsor: not a fee")],
     "free_option": [Q("bilietai.html", NOFREE)],
     "fee_support": [Q("bilietai.html", STU)],
     "remote_participation": [Q("internetu.html", SLIDO)],
     "captcha": [N("no form and no CAPTCHA on the site")],
     "account_required": [Q("bilietai.html", BIL)],
     "registration_form": [N("no own form; tickets through bilietai.lt")],
     "registration_host": [M("bilietai.html", 'href="https://www.bilietai.lt/renginiai/ldca-konferencija-2027"')],
     "registration_pdf_only": [N("ticket platform")],
     "min_age": [N("no age stated")],
     "accessibility_statement": [Q("prieinamumas.html", STEP)],
     "access_services": [Q("prieinamumas.html", STEP), Q("prieinamumas.html", INTERP), Q("prieinamumas.html", NOSIGN, "negation")],
     "videos_without_captions": [M("index.html", 'src="media/2026.mp4">')],
     "pdf_only_documents": [N("programme in HTML", "programa.html")],
    })
