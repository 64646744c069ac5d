"""Public consultation on a draft mining law by a made-up national consultation commission (Paramaribo). nl-SR;
Javanese section without lang; a Sranantongo greeting."""
from lib import mk, Q, M, N, entry, fld

SLUG = "inspraak-mijnbouwwet-paramaribo"
NAV = [("index.html", "Home"), ("bijeenkomsten.html", "Inspraakbijeenkomsten"), ("ontwerp.html", "Ontwerpwet"),
       ("aanmelden.html", "Aanmelden om in te spreken"), ("toegankelijkheid.html", "Toegankelijkheid"),
       ("vervoer.html", "Reizen en overnachten"), ("nieuws.html", "Nieuws"), ("vacatures.html", "Vacatures")]
s = mk(SLUG, "Inspraak Mijnbouwwet 2027", "nl-SR", "#1f6f5c", "IMW", NAV,
       foot={"nl-SR": "<p>Nationale Commissie Inspraak Mijnbouwwet · Paramaribo · inspraak@mijnbouwwet.example.sr</p>"})
s.write("img/code.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="30"><text x="8" y="22" '
        'font-size="18" font-family="monospace">R8MX2</text></svg>\n')
s.pdf("docs/ontwerp-mijnbouwwet-2027.pdf", "Ontwerp Mijnbouwwet 2027\nHoofdstuk 1 Algemene bepalingen\n"
      "Hoofdstuk 4 Kleinschalige goudwinning\nHoofdstuk 6 Heffingen")

s.page("index.html", "Inspraak Mijnbouwwet 2027", """
<h1>Inspraak over de nieuwe Mijnbouwwet</h1>
<p>De regering wil de Mijnbouwwet vernieuwen. Voordat de ontwerpwet naar De Nationale Assemblée gaat, kunnen
bewoners, dorpen, goudzoekers, bedrijven en organisaties hun mening geven tijdens inspraakbijeenkomsten in
Paramaribo, Brokopondo en Albina, in maart 2027.</p>
<p>Lees de <a href="@ontwerp.html">ontwerpwet</a>, bekijk de <a href="@bijeenkomsten.html">bijeenkomsten</a> en
<a href="@aanmelden.html">meld u aan om in te spreken</a>.</p>
<p lang="srn">Fa waka!</p>
<h2>Ing basa Jawa</h2>
<p>Pamaréntah ngajak kabèh warga kanggo mènèhi panemu babagan rancangan undhang-undhang pertambangan sing anyar.
Patemon dianakaké ing Paramaribo, Brokopondo lan Albina ing sasi Maret 2027. Wong sing manggon ing pedalaman olèh
ganti ongkos lelungan, lan ana juru basa Jawa ing saben patemon.</p>
""")

s.page("bijeenkomsten.html", "Inspraakbijeenkomsten", """
<h1>Inspraakbijeenkomsten</h1>
<ul>
<li>Paramaribo, Congreshal — zaterdag 6 maart 2027, 9.00–13.00 uur</li>
<li>Brokopondo, Ressortraadgebouw — zaterdag 13 maart 2027, 10.00–14.00 uur</li>
<li>Albina, Districtscommissariaat — zaterdag 20 maart 2027, 10.00–14.00 uur</li>
</ul>
<p>Iedereen die in Suriname woont kan inspreken.</p>
<p>Via Zoom kunt u ook inspreken: steek uw digitale hand op en de voorzitter geeft u het woord.</p>
<p>Deelnemers uit het binnenland krijgen een reiskostenvergoeding van SRD 250 per bijeenkomst.</p>
<p>Aparte sessie: jongeren van 15 tot 24 jaar en kleinschalige goudwinning.</p>
""")

s.page("ontwerp.html", "Ontwerpwet", """
<h1>De ontwerpwet</h1>
<p>Het ontwerp van de Mijnbouwwet 2027 is alleen als PDF beschikbaar:
<a href="@docs/ontwerp-mijnbouwwet-2027.pdf">ontwerp Mijnbouwwet 2027 (PDF)</a>.</p>
<p>De ontwerpwet stelt onder meer een concessieheffing van SRD 15.000 per jaar voor kleinschalige goudwinning voor.</p>
""")

form = "".join([
    fld("naam", "Naam (verplicht)"),
    fld("idnr", "ID-nummer (verplicht)"),
    fld("tel", "Telefoonnummer (verplicht)", "tel"),
    fld("email", "E-mail", "email"),
    fld("district", "District (verplicht)", "select", opts=["Paramaribo", "Wanica", "Brokopondo", "Marowijne", "Sipaliwini", "ander district"]),
    fld("org", "Namens welke organisatie of welk dorp spreekt u in?"),
    fld("bijeenkomst", "Bijeenkomst (verplicht)", "select", opts=["Paramaribo", "Brokopondo", "Albina", "Via Zoom"]),
    fld("onderwerp", "Onderwerp van uw inbreng", "textarea"),
    fld("tolk", "Ik heb een tolk Sranantongo of Javaans nodig", "checkbox"),
])
s.page("aanmelden.html", "Aanmelden om in te spreken", f"""
<h1>Aanmelden om in te spreken</h1>
<p>Wie wil inspreken, meldt zich vooraf aan. U krijgt vijf minuten spreektijd.</p>
<form action="@aanmelden.html" method="post">
{form}
<p><img src="@img/code.svg" alt="beveiligingscode" class="code-img" width="100" height="30"></p>
<label for="code">Typ de beveiligingscode (verplicht)</label><input type="text" id="code" name="code">
<button type="submit">Aanmelden</button>
</form>
""")

s.page("toegankelijkheid.html", "Toegankelijkheid", """
<h1>Toegankelijkheid</h1>
<p>Alle zalen zijn rolstoeltoegankelijk.</p>
<p>Bij elke bijeenkomst zijn tolken Sranantongo en Javaans aanwezig.</p>
<p>Heeft u iets anders nodig om deel te nemen? Bel 0597-000000 of mail toegang@mijnbouwwet.example.sr.</p>
""")

s.page("vervoer.html", "Reizen en overnachten", """
<h1>Reizen en overnachten</h1>
<p>Hotel in Paramaribo vanaf SRD 1.800 per nacht. Bus Paramaribo–Albina: SRD 150. Boot vanaf Atjoni: ongeveer SRD 400.</p>
""")

s.page("nieuws.html", "Nieuws", """
<h1>Nieuws</h1>
<p>Het fonds voor dorpsprojecten verdeelt dit jaar subsidies tot SRD 50.000 per dorp.</p>
""")

s.page("vacatures.html", "Vacatures", """
<h1>Vacatures</h1>
<p>Beleidsmedewerker mijnbouw — salaris SRD 18.000 per maand.</p>
""")

ENTRY = entry(
    s, name="Public consultation on the Mining Act 2027 (national consultation commission, Paramaribo)",
    languages=["nl", "jv"],
    fees=[],
    free_option=None, fee_support=True, remote_participation=True, captcha=["image"],
    account_required=False, registration_form=(10, 6, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "bijeenkomsten.html", "ontwerp.html", "aanmelden.html", "toegankelijkheid.html"],
    evidence={
        "languages": [Q("index.html", "kunnen bewoners, dorpen, goudzoekers, bedrijven en organisaties hun mening geven"),
                      Q("index.html", "Pamaréntah ngajak kabèh warga kanggo mènèhi panemu", "Javanese section without lang"),
                      M("index.html", '<p lang="srn">Fa waka!</p>', "Sranantongo greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("none of the six UN languages")],
        "fees": [N("nothing said about a price of taking part", "bijeenkomsten.html"),
                 Q("bijeenkomsten.html", "een reiskostenvergoeding van SRD 250 per bijeenkomst", "transport refund: not a fee"),
                 Q("ontwerp.html", "een concessieheffing van SRD 15.000 per jaar", "levy under consultation: not a fee"),
                 Q("vervoer.html", "Hotel in Paramaribo vanaf SRD 1.800 per nacht.", "hotel, bus, boat: not fees"),
                 Q("nieuws.html", "subsidies tot SRD 50.000 per dorp", "grants: not fees"),
                 Q("vacatures.html", "salaris SRD 18.000 per maand", "salary: not a fee")],
        "free_option": [Q("bijeenkomsten.html", "Iedereen die in Suriname woont kan inspreken.", "open to all, no word on cost: null")],
        "fee_support": [Q("bijeenkomsten.html", "Deelnemers uit het binnenland krijgen een reiskostenvergoeding")],
        "remote_participation": [Q("bijeenkomsten.html", "Via Zoom kunt u ook inspreken: steek uw digitale hand op en de voorzitter geeft u het woord.")],
        "captcha": [M("aanmelden.html", 'alt="beveiligingscode" class="code-img"', "self-hosted SVG code: image")],
        "account_required": [N("own form without password", "aanmelden.html")],
        "registration_form": [N("aanmelden.html: speaker registration, 10 fields: name, ID number, phone, e-mail, district "
                                "select, organisation or village, meeting select, topic textarea, interpreter checkbox, "
                                "security-code text box. Required ((verplicht)): name, ID number, phone, district, meeting, "
                                "code = 6. Sensitive: id_document, phone, affiliation.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("bijeenkomsten.html", "Aparte sessie: jongeren van 15 tot 24 jaar en kleinschalige goudwinning.",
                      "session topic: not a limit; no age stated")],
        "accessibility_statement": [Q("toegankelijkheid.html", "Alle zalen zijn rolstoeltoegankelijk.")],
        "access_services": [Q("toegankelijkheid.html", "Alle zalen zijn rolstoeltoegankelijk.", "wheelchair_access"),
                            Q("toegankelijkheid.html", "Bij elke bijeenkomst zijn tolken Sranantongo en Javaans aanwezig.", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("ontwerp.html", "Het ontwerp van de Mijnbouwwet 2027 is alleen als PDF beschikbaar",
                                 "draft law under consultation only as PDF")],
    })
