from lib import *

NAV = [("index.html", "Ahabanza"), ("amafaranga.html", "Amafaranga"), ("kwiyandikisha.html", "Kwiyandikisha"), ("ibibazo.html", "Ibibazo"),
       ("kugerwaho.html", "Kugerwaho"), ("nederlands.html", "Nederlands"), ("ibiciro.html", "Ibiciro ku isoko"), ("abaterankunga.html", "Abaterankunga")]
s = mk("inteko-rusange-amakoperative-ibirayi-musanze", "Inteko Rusange y'Amakoperative y'Abahinzi b'Ibirayi 2027", "rw", "#4a7a1e", "IBR",
       NAV, foot={"rw": "<p>Ihuriro ry'Amakoperative y'Abahinzi b'Ibirayi · Umuhanda NM 14, Musanze · inteko@ibirayi-ihuriro.example.rw</p>"})
placeholder_media(s, "media/inteko-2026.mp4")

s.page("index.html", "Inteko Rusange 2027", """
<h1>Inteko Rusange y'Amakoperative y'Abahinzi b'Ibirayi</h1>
<p>Ku itariki ya 2 n'iya 3 Ukwakira 2027, intumwa z'amakoperative y'abahinzi b'ibirayi bo mu Majyaruguru n'Iburengerazuba zizahurira i Musanze. Tuzaganira ku mbuto nziza, ku biciro by'isoko no ku buryo bwo guhangana n'indwara y'imyumbi.</p>
<p>Intumwa zitabashije kugera i Musanze zishobora gukurikira inama kuri Zoom, gutanga ibitekerezo no gutora imyanzuro nk'abandi.</p>
""" + video("media/inteko-2026.mp4") + """
<p><a href="@amafaranga.html">Amafaranga</a> · <a href="@kwiyandikisha.html">Kwiyandikisha</a> · <a href="@nederlands.html">Nederlands</a></p>
""")

s.page("amafaranga.html", "Amafaranga", """
<h1>Amafaranga yo kwitabira</h1>
<p>Intumwa za koperative z'abanyamuryango ntizishyura amafaranga yo kwitabira.</p>
<p>Abahagarariye ibigo by'ubucuruzi n'imiryango itegamiye kuri Leta: 25,000 Frw.</p>
<p>Urugendo shuri ku butaka butuburirwaho imbuto (ku wa gatandatu, ku bushake): 8,000 Frw.</p>
""")

s.page("kwiyandikisha.html", "Kwiyandikisha", """
<h1>Kwiyandikisha</h1>
<p>Abitabira bagomba kuba bafite nibura imyaka cumi n'umunani.</p>
<form action="@kwiyandikisha.html" method="post">
""" + fld("amazina", "Amazina yombi (birakenewe)") + fld("indangamuntu", "Nomero y'indangamuntu (birakenewe)")
  + fld("telefone", "Telefone (birakenewe)", "tel") + fld("imeri", "Imeri", "email")
  + fld("koperative", "Koperative cyangwa ikigo (birakenewe)")
  + fld("akarere", "Akarere", "select", opts=["Musanze", "Burera", "Nyabihu", "Rubavu", "Gicumbi"])
  + radios("igitsina", "Igitsina", ["Gore", "Gabo"])
  + radios("uruhare", "Uruhare", ["Intumwa ya koperative", "Uhagarariye ikigo", "Umushyitsi"])
  + fld("urugendo", "Nzitabira urugendo shuri (8,000 Frw)", "checkbox")
  + fld("kwemera", "Nemera amategeko agenga inteko", "checkbox", req=True) + """
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-musanze00001"></div>
<button type="submit">Ohereza</button>
</form>
""")

s.page("ibibazo.html", "Ibibazo", """
<h1>Ibibazo bikunze kubazwa</h1>
<h2>Itike y'imodoka izasubizwa?</h2>
<p>Yego: itike y'imodoka isubizwa intumwa za koperative ziturutse mu turere twa kure; muzane itike yanyu.</p>
<h2>Nkeneye konti?</h2>
<p>Oya, ifishi irahagije.</p>
<h2>Ndarara he?</h2>
<p>Hoteli yo hafi: 35,000 Frw ku ijoro. Moto ivuye ku isoko kugera aho inama ibera: 1,000 Frw.</p>
""")

s.page("kugerwaho.html", "Kugerwaho", """
<h1>Kugerwaho n'abantu bose</h1>
<p>Icyumba cy'inama kiri hasi, kandi kigerwaho n'abakoresha igare ry'abafite ubumuga.</p>
<p>Hazaba umusemuzi w'ururimi rw'amarenga, ndetse n'ubusemuzi hagati y'Ikinyarwanda n'Icyongereza.</p>
<p>Ufite ikindi ukeneye, andikira Uwase Claudine: kugerwaho@ibirayi-ihuriro.example.rw</p>
""")

s.page("nederlands.html", "Algemene vergadering van de aardappelcoöperaties", """
<h1>Algemene vergadering van de aardappelcoöperaties</h1>
<p>Deze pagina is bedoeld voor onze Belgische en Nederlandse partners, die de coöperaties al jaren steunen met pootgoed en opleiding.</p>
<p>Op 2 en 3 oktober 2027 komen de afgevaardigden van de coöperaties uit het noorden en het westen van Rwanda samen in Musanze om te praten over goed pootgoed, marktprijzen en de strijd tegen de aardappelziekte.</p>
<p>De bijdrage voor bedrijven en ngo's bedraagt 25,000 Frw; afgevaardigden van aangesloten coöperaties betalen niets. Partners kunnen zich met hetzelfde formulier inschrijven.</p>
""")

s.page("ibiciro.html", "Ibiciro ku isoko", """
<h1>Ibiciro by'ibirayi ku isoko</h1>
<p>Ibirayi bya Kinigi: 450 Frw ku kilo. <a href="@ibiciro-2026.html">Ibiciro by'umwaka ushize</a></p>
""")

s.page("abaterankunga.html", "Abaterankunga", """
<h1>Abaterankunga</h1>
<p>Inkunga y'umuterankunga mukuru: 2,000,000 Frw.</p>
""")

ENTRY = entry(s, name="General assembly of potato growers' cooperatives 2027 (potato cooperatives' federation, Musanze, Rwanda)",
    languages=["rw", "nl"],
    fees=[(25000, "RWF"), (8000, "RWF")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(10, 5, ["id_document", "phone", "affiliation", "gender"]),
    min_age=18, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "amafaranga.html", "kwiyandikisha.html", "ibibazo.html", "kugerwaho.html", "nederlands.html"],
    deliberate_404=["ibiciro-2026.html"],
    evidence={
        "languages": [Q("index.html", "intumwa z'amakoperative y'abahinzi b'ibirayi bo mu Majyaruguru n'Iburengerazuba zizahurira i Musanze"),
                      M("nederlands.html", '<html lang="rw">', "whole Dutch page declared rw"),
                      Q("nederlands.html", "Deze pagina is bedoeld voor onze Belgische en Nederlandse partners")],
        "un_languages": [N("none")],
        "fees": [Q("amafaranga.html", "Abahagarariye ibigo by'ubucuruzi n'imiryango itegamiye kuri Leta: 25,000 Frw."),
                 Q("amafaranga.html", "(ku wa gatandatu, ku bushake): 8,000 Frw.", "paid field visit of the assembly"),
                 Q("nederlands.html", "De bijdrage voor bedrijven en ngo's bedraagt 25,000 Frw", "Dutch restatement: no new entry"),
                 Q("ibibazo.html", "35,000 Frw ku ijoro", "hotel and moto: not fees"),
                 Q("ibiciro.html", "450 Frw ku kilo", "potato price: not a fee"), Q("abaterankunga.html", "2,000,000 Frw", "sponsor: not a fee")],
        "free_option": [Q("amafaranga.html", "Intumwa za koperative z'abanyamuryango ntizishyura amafaranga yo kwitabira.")],
        "fee_support": [Q("ibibazo.html", "itike y'imodoka isubizwa intumwa za koperative ziturutse mu turere twa kure", "fare refund (FAQ); also the free group")],
        "remote_participation": [Q("index.html", "zishobora gukurikira inama kuri Zoom, gutanga ibitekerezo no gutora imyanzuro nk'abandi.")],
        "captcha": [M("kwiyandikisha.html", '<div class="h-captcha"')],
        "account_required": [Q("ibibazo.html", "Oya, ifishi irahagije.")],
        "registration_form": [N("10 fields: names, ID number, phone, e-mail, cooperative/organisation, district select, sex radio, role radio, field-visit checkbox, consent checkbox; required: 4 marked (birakenewe) + consent (required attr) = 5", "kwiyandikisha.html"),
                              Q("kwiyandikisha.html", "Nomero y'indangamuntu (birakenewe)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("kwiyandikisha.html", "Abitabira bagomba kuba bafite nibura imyaka cumi n'umunani.")],
        "accessibility_statement": [Q("kugerwaho.html", "Icyumba cy'inama kiri hasi, kandi kigerwaho n'abakoresha igare ry'abafite ubumuga.")],
        "access_services": [Q("kugerwaho.html", "kigerwaho n'abakoresha igare ry'abafite ubumuga", "wheelchair_access"),
                            Q("kugerwaho.html", "Hazaba umusemuzi w'ururimi rw'amarenga", "sign_language"),
                            Q("kugerwaho.html", "ubusemuzi hagati y'Ikinyarwanda n'Icyongereza", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/inteko-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
