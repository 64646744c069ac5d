"""Szeged (Hungary) startup weekend with paid tickets and scholarship tickets; hu, en section with lang."""
from lib import mk, video, placeholder_media, Q, M, N, entry

NAV = [("index.html", "Főoldal"), ("jegyek.html", "Jegyek"), ("osztondij.html", "Ösztöndíjas jegy"),
       ("akadalymentesseg.html", "Akadálymentesség"), ("gyik.html", "GYIK"), ("dijak.html", "Díjak és támogatók"),
       ("allasok.html", "Állások"), ("szallas.html", "Szállás és közlekedés")]
s = mk("startup-hetvege-szeged", "Szegedi Startup Hétvége 2027", "hu", "#6b2c91", "SSH",
       NAV, foot={"hu": '<p>Szegedi Innovációs Egyesület (példa) — Szeged — <a href="mailto:hetvege@szie.example.hu">hetvege@szie.example.hu</a></p>'})
placeholder_media(s, "media/hetvege2026.mp4")

s.page("index.html", "Szegedi Startup Hétvége 2027", f"""
<h1>Szegedi Startup Hétvége 2027</h1>
<p>54 óra alatt ötletből működő prototípus: 2027. április 9–11., Szeged, Dugonics tér. Csapatok, mentorok és egy vasárnap esti zsűri várja a résztvevőket.</p>
<p>Jegyet a jegy.hu oldalon lehet vásárolni; a részletek a <a href="@jegyek.html">Jegyek</a> oldalon.</p>
<section lang="en">
<h2>In English</h2>
<p>Szeged Startup Weekend brings developers, designers and business students together for 54 hours to build a prototype. Mentoring and the final pitches are in Hungarian and English.</p>
<p>Tickets are sold on jegy.hu, which requires a jegy.hu account. Twenty scholarship tickets are available for students of the University of Szeged.</p>
</section>
{video("media/hetvege2026.mp4")}
<p><a href="@jegyek.html">Jegyek</a> · <a href="@osztondij.html">Ösztöndíjas jegy</a> · <a href="@akadalymentesseg.html">Akadálymentesség</a> · <a href="@gyik.html">GYIK</a> · <a href="@2025-galeria.html">2025-ös galéria</a></p>
""")

s.page("jegyek.html", "Jegyek", """
<h1>Jegyek</h1>
<table>
<thead><tr><th>Jegytípus</th><th>Early bird (március 1-ig)</th><th>Normál</th></tr></thead>
<tbody>
<tr><th>Résztvevő</th><td>8 900 Ft</td><td>12 900 Ft</td></tr>
<tr><th>Diák</th><td>4 900 Ft</td><td>4 900 Ft</td></tr>
</tbody>
</table>
<p>A jegyvásárláshoz jegy.hu-fiók szükséges: <a href="https://www.jegy.hu/program/szegedi-startup-hetvege-2027">jegyek a jegy.hu oldalon</a>.</p>
<p>A szegedi egyetemisták közül 20 fő ingyenes ösztöndíjas jegyet kaphat; pályázni az <a href="@osztondij.html">ösztöndíj-űrlapon</a> lehet.</p>
""")

s.page("osztondij.html", "Ösztöndíjas jegy", """
<h1>Pályázat ösztöndíjas (ingyenes) jegyre</h1>
<p>A (kötelező) jelölésű mezőket ki kell tölteni.</p>
<form action="@osztondij.html" method="post" enctype="multipart/form-data">
  <label for="nev">Név (kötelező)</label><input type="text" id="nev" name="nev">
  <label for="email">E-mail (kötelező)</label><input type="email" id="email" name="email">
  <label for="tel">Telefonszám (kötelező)</label><input type="tel" id="tel" name="tel">
  <label for="egyetem">Egyetem és kar (kötelező)</label><input type="text" id="egyetem" name="egyetem">
  <label for="szul">Születési dátum</label><input type="date" id="szul" name="szul">
  <label for="szerep">Szerep</label><select id="szerep" name="szerep"><option>Fejlesztő</option><option>Dizájner</option><option>Üzleti</option></select>
  <label for="motivacio">Motivációs levél (kötelező)</label><textarea id="motivacio" name="motivacio"></textarea>
  <label for="igazolas">Hallgatói jogviszony-igazolás (kötelező)</label><input type="file" id="igazolas" name="igazolas">
  <div class="check"><input type="checkbox" id="adat" name="adat"><label for="adat">Hozzájárulok az adataim kezeléséhez (kötelező)</label></div>
  <div id="arkose-enforcement" class="arkose-labs" data-pkey="11111111-2222-3333-4444-555555555555"></div>
  <button type="submit">Pályázat beküldése</button>
</form>
""")

s.page("akadalymentesseg.html", "Akadálymentesség", """
<h1>Akadálymentesség</h1>
<p>A helyszín akadálymentes, az emeleti termek lifttel érhetők el.</p>
<p>Magyar jelnyelvi tolmácsot igény esetén biztosítunk a nyitó- és a záróeseményen.</p>
<p>Szombaton 9 és 17 óra között gyermekfelügyeletet tartunk a résztvevők gyermekeinek.</p>
<p>Egyéb igényeiddel keresd Tóth Esztert: <a href="mailto:akadalymentes@szie.example.hu">akadalymentes@szie.example.hu</a>.</p>
""")

s.page("gyik.html", "GYIK", """
<h1>Gyakori kérdések</h1>
<details><summary>Lehet online részt venni?</summary>
<p>Nem, a hétvége csak személyes részvétellel működik; a döntőt sem közvetítjük.</p></details>
<details><summary>Jöhetnek kiskorúak?</summary>
<p>18 év alattiak szülői beleegyező nyilatkozattal vehetnek részt.</p></details>
""")

s.page("dijak.html", "Díjak és támogatók", """
<h1>Díjak és támogatók</h1>
<p>A győztes csapat 1 000 000 Ft befektetési ajánlatot és hat hónap inkubációt kap. Fő támogatói csomag: 1 500 000 Ft.</p>
""")

s.page("allasok.html", "Állások", """
<h1>Állások</h1>
<p>Közösségi menedzser (részmunkaidő), bruttó 650 000 Ft havonta.</p>
""")

s.page("szallas.html", "Szállás és közlekedés", """
<h1>Szállás és közlekedés</h1>
<p>Kollégiumi szoba: 6 500 Ft/éj. Villamosjegy: 530 Ft.</p>
""")

ENTRY = entry(
    s, name="Szeged Startup Weekend 2027 (innovation association, Szeged, Hungary)",
    languages=["hu", "en"],
    fees=[(8900, "HUF"), (12900, "HUF"), (4900, "HUF")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["arkose"], account_required=True,
    registration_form=(9, 7, ["phone", "affiliation", "birth_date"]), registration_host="www.jegy.hu", min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "jegyek.html", "osztondij.html", "akadalymentesseg.html", "gyik.html"],
    deliberate_404=["2025-galeria.html"],
    evidence={
        "languages": [Q("index.html", "54 óra alatt ötletből működő prototípus"),
                      Q("index.html", "Szeged Startup Weekend brings developers, designers and business students together", "English section with lang=en (two paragraphs)")],
        "un_languages": [N("en")],
        "fees": [M("jegyek.html", "<tr><th>Résztvevő</th><td>8 900 Ft</td><td>12 900 Ft</td></tr>", "8900 and 12900 HUF"),
                 M("jegyek.html", "<tr><th>Diák</th><td>4 900 Ft</td><td>4 900 Ft</td></tr>", "4900 HUF, one entry"),
                 Q("dijak.html", "1 000 000 Ft befektetési ajánlatot", "investment prize and sponsorship: not fees"),
                 Q("allasok.html", "bruttó 650 000 Ft havonta", "salary: not a fee"),
                 Q("szallas.html", "Villamosjegy: 530 Ft.", "lodging and tram: not fees")],
        "free_option": [Q("jegyek.html", "A szegedi egyetemisták közül 20 fő ingyenes ösztöndíjas jegyet kaphat", "free scholarship tickets")],
        "fee_support": [Q("jegyek.html", "A szegedi egyetemisták közül 20 fő ingyenes ösztöndíjas jegyet kaphat"),
                        M("jegyek.html", "<tr><th>Diák</th><td>4 900 Ft</td>", "student rate")],
        "remote_participation": [Q("gyik.html", "Nem, a hétvége csak személyes részvétellel működik; a döntőt sem közvetítjük.")],
        "captcha": [M("osztondij.html", '<div id="arkose-enforcement" class="arkose-labs"', "Arkose Labs: arkose")],
        "account_required": [Q("jegyek.html", "A jegyvásárláshoz jegy.hu-fiók szükséges")],
        "registration_form": [N("osztondij.html (scholarship-ticket application): 9 fields: name, e-mail, phone, university and "
                                "faculty, birth date, role select, motivation textarea, student-status file, consent checkbox. "
                                "Required ((kötelező)): all but birth date and role = 7. Sensitive: phone, affiliation, "
                                "birth_date.", "osztondij.html")],
        "registration_host": [M("jegyek.html", 'href="https://www.jegy.hu/program/szegedi-startup-hetvege-2027"')],
        "registration_pdf_only": [N("online")],
        "min_age": [N("no minimum age stated"),
                    Q("gyik.html", "18 év alattiak szülői beleegyező nyilatkozattal vehetnek részt.", "parental consent for minors: not a minimum age")],
        "accessibility_statement": [Q("akadalymentesseg.html", "Egyéb igényeiddel keresd Tóth Esztert")],
        "access_services": [Q("akadalymentesseg.html", "A helyszín akadálymentes, az emeleti termek lifttel érhetők el."),
                            Q("akadalymentesseg.html", "Magyar jelnyelvi tolmácsot igény esetén biztosítunk"),
                            Q("akadalymentesseg.html", "gyermekfelügyeletet tartunk a résztvevők gyermekeinek", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/hetvege2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
