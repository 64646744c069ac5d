from lib import mk, Q, M, N, entry

SLUG = "kongres-mladih-sindikalaca-sarajevo"
NAV = [("index.html", "Početna"), ("program.html", "Program"), ("kotizacija.html", "Kotizacija i prijava"),
       ("pristupacnost.html", "Pristupačnost"), ("smjestaj.html", "Smještaj"),
       ("solidarnost.html", "Fond solidarnosti"), ("en.html", "English")]
s = mk(SLUG, "Regionalni kongres mladih sindikalaca 2027", "bs", "#b3261e", "RKS", NAV,
       foot={"bs": "<p>Savez sindikata (fiktivni) · kongres@sindikat-mladi.example.ba</p>"})

s.page("index.html", "Regionalni kongres mladih sindikalaca 2027", """
<h1>Regionalni kongres mladih sindikalaca</h1>
<p>Sarajevo, 14–16. maj 2027. Kongres okuplja mlade članove sindikata iz Bosne i Hercegovine, Srbije, Crne Gore, Sjeverne Makedonije i Albanije da razgovaraju o platama, sigurnosti na radu i radu preko digitalnih platformi.</p>
<p>Kongres se održava isključivo uživo; glasanje na daljinu nije moguće.</p>
<p><a href="@kotizacija.html">Kotizacija i prijava delegata</a></p>
""")

s.page("program.html", "Program", """
<h1>Program</h1>
<ul><li>Plenarna sesija: Minimalna plata i troškovi života</li>
<li>Radionica: Registracija sindikata na digitalnim platformama</li>
<li>Forum mladih radnika</li></ul>
<p>Forum mladih radnika otvoren je za članove do 35 godina.</p>
""")

s.page("kotizacija.html", "Kotizacija i prijava", """
<h1>Kotizacija</h1>
<table><tr><th>Kategorija</th><th>Kotizacija</th></tr>
<tr><td>Delegati članica Saveza</td><td>80 KM</td></tr>
<tr><td>Gosti i posmatrači</td><td>120 KM</td></tr>
<tr><td>Delegati iz inostranstva</td><td>60 €</td></tr></table>
<p>Kotizaciju plaćaju svi učesnici, uključujući i izlagače. Kotizacija pokriva materijale, ručkove i kafe-pauze. Delegati iz manjih opština mogu tražiti <a href="@podrska.html">naknadu putnih troškova</a>.</p>
<h2>Prijava delegata</h2>
<form action="@kotizacija.html" method="post">
  <label for="ime">Ime i prezime (obavezno)</label><input type="text" id="ime" name="ime">
  <label for="jmbg">JMBG (obavezno)</label><input type="text" id="jmbg" name="jmbg">
  <label for="sindikat">Sindikalna organizacija (obavezno)</label><input type="text" id="sindikat" name="sindikat">
  <label for="clan">Broj članske karte</label><input type="text" id="clan" name="clan">
  <label for="tel">Telefon</label><input type="tel" id="tel" name="tel">
  <label for="email">E-mail (obavezno)</label><input type="email" id="email" name="email">
  <fieldset><legend>Vrsta učešća (obavezno)</legend>
    <input type="radio" id="v1" name="vrsta" value="delegat"><label for="v1">Delegat</label>
    <input type="radio" id="v2" name="vrsta" value="gost"><label for="v2">Gost / posmatrač</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="smjestaj" name="smjestaj"><label for="smjestaj">Trebam smještaj</label></div>
  <button type="submit">Pošalji prijavu</button>
</form>
""")

s.page("podrska.html", "Putni troškovi", """
<h1>Putni troškovi</h1>
<p>Savez pokriva putne troškove delegata iz manjih opština i ruralnih područja (autobuska karta i jedno noćenje).</p>
""")

s.page("pristupacnost.html", "Pristupačnost", """
<h1>Pristupačnost</h1>
<p>Kongresna dvorana je pristupačna za osobe u invalidskim kolicima.</p>
<p>Plenarne sesije se prevode na bosanski znakovni jezik.</p>
<p>Za ostale potrebe pišite na pristup@sindikat-mladi.example.ba.</p>
""")

s.page("smjestaj.html", "Smještaj", """
<h1>Smještaj i prevoz</h1>
<p>Hotel u blizini: 95 KM po noći s doručkom. Tramvajska karta: 1,80 KM. Taksi od aerodroma: oko 25 KM.</p>
<p>Oglas: Savez zapošljava pravnog savjetnika, neto plata 1.650 KM.</p>
""")

s.page("solidarnost.html", "Fond solidarnosti", """
<h1>Fond solidarnosti i članarina</h1>
<p>Članarina iznosi 1% neto plate mjesečno. Donacije u fond solidarnosti za otpuštene radnike: od 20 KM.</p>
""")

s.page("en.html", "Regional Young Trade Unionists' Congress 2027", """
<h1>Regional Young Trade Unionists' Congress</h1>
<p>The congress brings together young trade union members from Bosnia and Herzegovina, Serbia, Montenegro, North Macedonia and Albania to discuss wages, safety at work and platform work.</p>
<p>Registration fee: BAM 80 for delegates of member unions, BAM 120 for guests and observers, EUR 60 for delegates from abroad. Everyone pays the fee, speakers included. The congress is held in person only.</p>
""", lang="en")

ENTRY = entry(s, name="Regionalni kongres mladih sindikalaca 2027 (regional trade-union youth congress, Sarajevo)",
    languages=["bs", "en"], fees=[(80, "BAM"), (120, "BAM"), (60, "EUR")], free_option=False, fee_support=True,
    remote_participation=False, captcha=[], account_required=False,
    registration_form=(8, 5, ["id_document", "affiliation", "phone"]),
    min_age=None, accessibility_statement=True, access_services=["sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "kotizacija.html", "podrska.html", "pristupacnost.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "Kongres okuplja mlade članove sindikata"),
                      Q("en.html", "The congress brings together young trade union members")],
        "un_languages": [N("en")],
        "fees": [Q("kotizacija.html", "Delegati članica Saveza 80 KM", "KM = BAM"),
                 Q("kotizacija.html", "Gosti i posmatrači 120 KM"),
                 Q("kotizacija.html", "Delegati iz inostranstva 60 €"),
                 Q("en.html", "Registration fee: BAM 80 for delegates of member unions, BAM 120 for guests and observers, EUR 60 for delegates from abroad.", "same amounts"),
                 Q("smjestaj.html", "Hotel u blizini: 95 KM po noći s doručkom. Tramvajska karta: 1,80 KM. Taksi od aerodroma: oko 25 KM.", "hotel, tram, taxi"),
                 Q("smjestaj.html", "neto plata 1.650 KM", "salary"),
                 Q("solidarnost.html", "Članarina iznosi 1% neto plate mjesečno. Donacije u fond solidarnosti za otpuštene radnike: od 20 KM.", "membership dues, donation")],
        "free_option": [Q("kotizacija.html", "Kotizaciju plaćaju svi učesnici, uključujući i izlagače.", "everyone pays: false")],
        "fee_support": [Q("podrska.html", "Savez pokriva putne troškove delegata iz manjih opština i ruralnih područja")],
        "remote_participation": [Q("index.html", "Kongres se održava isključivo uživo; glasanje na daljinu nije moguće.")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [N("no account; own form")],
        "registration_form": [N("8 fields: ime, JMBG, sindikalna organizacija, broj članske karte, telefon, e-mail, vrsta učešća (radio=1), smještaj checkbox. Required by '(obavezno)': ime, JMBG, organizacija, e-mail, vrsta (legend) = 5. Sensitive: id_document (JMBG, the national personal number), affiliation, phone; a union membership card number is not an ID document.", "kotizacija.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("program.html", "Forum mladih radnika otvoren je za članove do 35 godina.", "a maximum age, not a minimum: null")],
        "accessibility_statement": [Q("pristupacnost.html", "Za ostale potrebe pišite na pristup@sindikat-mladi.example.ba.")],
        "access_services": [Q("pristupacnost.html", "Kongresna dvorana je pristupačna za osobe u invalidskim kolicima."),
                            Q("pristupacnost.html", "Plenarne sesije se prevode na bosanski znakovni jezik.")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
