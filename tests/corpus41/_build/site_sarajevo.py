"""Sarajevo, Bosnia and Herzegovina: a spectrum regulator's public consultation on draft rules for assigning 5G
spectrum (bs, with an English page declared lang="bs"). Free; BAM only as distractors; Zoom with raised hands."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "javne-konsultacije-5g-spektar-sarajevo"
NAV = [("index.html", "Početna"), ("nacrt.html", "Nacrt pravila"), ("konsultacije.html", "Konsultacije"),
       ("prijava.html", "Prijava"), ("pristupacnost.html", "Pristupačnost"), ("english.html", "English"),
       ("smjestaj.html", "Smještaj i prevoz"), ("novosti.html", "Novosti")]
FOOT = ('<p>Agencija za radiofrekvencijski spektar BiH (primjer), Sarajevo · '
        '<a href="mailto:konsultacije@dars.example.ba">konsultacije@dars.example.ba</a> · '
        '<a href="@konsultacije-2025.html">Konsultacije 2025</a></p>')
s = mk(SLUG, "Javne konsultacije o dodjeli spektra za 5G", "bs", "#002395", "5G", NAV, foot={"bs": FOOT})
placeholder_media(s, "media/5g-objasnjenje.mp4")

FREE = "Učešće u javnim konsultacijama je besplatno."
NOSUP = "Agencija ne snosi troškove putovanja ni smještaja učesnika."
REMOTE = ("Učesnici koji se priključe putem Zooma mogu tražiti riječ podizanjem ruke i izlagati svoje komentare kao i "
          "učesnici u sali.")
NOCAPTCHA = "Ovaj obrazac ne koristi CAPTCHA."
FLOOR = "Sala za sastanke nalazi se na drugom spratu, bez lifta."
CONTACT = "Za posebne potrebe pristupa javite se na pristup@dars.example.ba najkasnije sedam dana prije sastanka."
SIGN = "Obezbijeđeno je tumačenje na bosanski znakovni jezik."
PDFONLY = "Nacrt pravila dostupan je samo u PDF formatu."
OPEN = "Konsultacije su otvorene za sve zainteresovane."
EN_FREE = "Taking part in the public consultation is free of charge."

s.page("index.html", "Javne konsultacije o dodjeli spektra za 5G", f"""
<h1>Javne konsultacije o Nacrtu pravila za dodjelu spektra za 5G</h1>
<p>Agencija poziva operatore, proizvođače opreme, udruženja potrošača, općine i građane da komentarišu Nacrt pravila
za dodjelu frekvencija u opsezima 3,6 GHz i 26 GHz. Javni sastanak održava se u Sarajevu 3. marta 2027. godine.</p>
<p>{FREE} {OPEN}</p>
<ul><li><a href="@nacrt.html">Nacrt pravila</a></li><li><a href="@konsultacije.html">Tok konsultacija i učešće putem Zooma</a></li>
<li><a href="@prijava.html">Prijava za učešće</a></li></ul>
{video("media/5g-objasnjenje.mp4")}
""")

s.page("nacrt.html", "Nacrt pravila", f"""
<h1>Nacrt pravila</h1>
<p>{PDFONLY} <a href="@docs/nacrt-pravila-5g.pdf">Preuzmite nacrt (PDF)</a></p>
<p>Nacrt predviđa aukciju u kojoj početna cijena za blok od 10 MHz u opsegu 3,6 GHz iznosi 4.500.000 KM, te godišnju
naknadu za korištenje spektra od 120.000 KM po operatoru.</p>
""")

s.page("konsultacije.html", "Konsultacije", f"""
<h1>Tok konsultacija</h1>
<ul><li>3. mart 2027, 10:00 – predstavljanje Nacrta</li><li>10:45 – izlaganja prijavljenih učesnika (do pet minuta)</li>
<li>13:00 – odgovori Agencije i zaključci</li></ul>
<p>{REMOTE}</p>
<p>Pisani komentari primaju se do 17. marta 2027.</p>
""")

FORM = "".join([
    fld("ime", "Ime i prezime (obavezno polje)"),
    fld("jmbg", "JMBG (obavezno polje)"),
    fld("email", "E-mail (obavezno polje)", "email"),
    fld("tel", "Telefon", "tel"),
    fld("org", "Organizacija ili kompanija (obavezno polje)"),
    fld("kat", "Kategorija učesnika", "select", opts=["Operator", "Proizvođač opreme", "Udruženje", "Općina", "Građanin/ka"]),
    radios("nacin", "Način učešća (obavezno polje)", ["U sali", "Putem Zooma"]),
    fld("izlaganje", "Želim usmeno izlagati komentare", "checkbox"),
    fld("sazetak", "Sažetak komentara", "textarea"),
    fld("dokument", "Pisani komentar (PDF ili DOCX)", "file"),
])
s.page("prijava.html", "Prijava", f"""
<h1>Prijava za učešće</h1>
<p>Prijave su otvorene do 24. februara 2027. {NOCAPTCHA}</p>
<form action="@prijava.html" method="post">
{FORM}
<button type="submit">Pošalji prijavu</button>
</form>
""")

s.page("pristupacnost.html", "Pristupačnost", f"""
<h1>Pristupačnost</h1>
<p>{FLOOR}</p>
<p>{CONTACT}</p>
<p>{SIGN}</p>
""")

s.page("english.html", "Public consultation on 5G spectrum assignment", f"""
<h1>Public consultation on the draft rules for assigning 5G spectrum</h1>
<p>The Agency invites operators, equipment makers, consumer associations, municipalities and citizens to comment on the
draft rules for assigning the 3.6 GHz and 26 GHz bands. The public meeting takes place in Sarajevo on 3 March 2027.</p>
<p>{EN_FREE} Participants who join over Zoom can ask for the floor by raising their hand and present their comments in
the same way as those in the room. Register with the form (in Bosnian) by 24 February 2027.</p>
<p>The meeting room is on the second floor without a lift; write to us about access needs. Bosnian sign language
interpretation is provided.</p>
""", lang="bs")

s.page("smjestaj.html", "Smještaj i prevoz", """
<h1>Smještaj i prevoz</h1>
<ul><li>Hotel u centru grada: od 150 KM po noći.</li><li>Karta za tramvaj: 1,80 KM.</li><li>Taksi od aerodroma: oko 25 KM.</li></ul>
""")

s.page("novosti.html", "Novosti", """
<h1>Novosti</h1>
<article><h2>Agencija zapošljava</h2><p>Inženjer za upravljanje spektrom, neto plata 2.800 KM.</p></article>
""")
s.pdf("docs/nacrt-pravila-5g.pdf", "Nacrt pravila za dodjelu spektra za 5G - za javne konsultacije")

ENTRY = entry(
    s, name="Javne konsultacije o dodjeli spektra za 5G (Sarajevo)",
    languages=["bs", "en"], fees=[],
    free_option=True, fee_support=False, remote_participation=True, captcha=[],
    account_required=False, registration_form=(10, 5, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["sign_language"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "nacrt.html", "konsultacije.html", "prijava.html", "pristupacnost.html",
                         "english.html"],
    deliberate_404=["konsultacije-2025.html"],
    evidence={
        "languages": [N("Bosnian site and a whole English page declared lang=\"bs\" (english.html): English"),
                      Q("english.html", EN_FREE)],
        "un_languages": [N("en only")],
        "fees": [Q("index.html", FREE, "free consultation: fees []"),
                 Q("nacrt.html", "početna cijena za blok od 10 MHz u opsegu 3,6 GHz iznosi 4.500.000 KM", "spectrum price under consultation: not a fee"),
                 Q("smjestaj.html", "Karta za tramvaj: 1,80 KM.", "tram fare: not a fee"),
                 Q("novosti.html", "neto plata 2.800 KM", "salary: not a fee")],
        "free_option": [Q("index.html", FREE), Q("english.html", EN_FREE)],
        "fee_support": [Q("konsultacije.html", "Pisani komentari primaju se do 17. marta 2027.", "irrelevant"),
                        N("no support; the Agency says so:", "index.html")] and [N("no support of any kind is offered; see the statement quoted on the FAQ-like line below")] and [],
        "remote_participation": [Q("konsultacije.html", REMOTE)],
        "captcha": [Q("prijava.html", NOCAPTCHA, "a sentence, no widget: none")],
        "account_required": [N("no account")],
        "registration_form": [N("prijava.html: 10 fields (name, JMBG, e-mail, phone, organisation, category select, mode radio, oral-statement checkbox, summary textarea, file); 5 required with '(obavezno polje)' (name, JMBG, e-mail, organisation, mode legend); sensitive: id_document, phone, affiliation")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", OPEN, "open to all: no age")],
        "accessibility_statement": [Q("pristupacnost.html", CONTACT), Q("pristupacnost.html", FLOOR, "second floor without a lift: no wheelchair_access")],
        "access_services": [Q("pristupacnost.html", SIGN), Q("pristupacnost.html", FLOOR, "negation: no wheelchair_access")],
        "videos_without_captions": [M("index.html", 'src="media/5g-objasnjenje.mp4">')],
        "pdf_only_documents": [Q("nacrt.html", PDFONLY)],
    })
