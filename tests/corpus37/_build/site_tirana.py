"""Women-in-tech conference, Tirana (Albania): Albanian, an English section with lang; ALL and EUR columns; own
portal sign-up (account) beside a login form; in person only (FAQ)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Kreu"), ("tarifat.html", "Tarifat"), ("regjistrimi.html", "Regjistrimi"), ("pyetje.html", "Pyetje të shpeshta"),
       ("aksesueshmeria.html", "Aksesueshmëria"), ("sponsoret.html", "Sponsorët"), ("vende-pune.html", "Vende pune"),
       ("akomodimi.html", "Akomodimi")]
FOOT = {"sq": "<p>Shoqata Gratë në Teknologji — Rruga e Kavajës 120, Tiranë. info@example.al</p>"}
s = mk("konferenca-grate-ne-teknologji-tirane", "Konferenca Gratë dhe Vajzat në Teknologji 2027", "sq", "#9d174d", "GT",
       NAV, foot=FOOT)
placeholder_media(s, "media/konferenca-2026.mp4")

s.page("index.html", "Konferenca Gratë dhe Vajzat në Teknologji 2027", """
<h1>Konferenca Gratë dhe Vajzat në Teknologji 2027</h1>
<p>Tiranë, 12–13 mars 2027. Shoqata Gratë në Teknologji mbledh zhvilluese, studiuese, sipërmarrëse dhe nxënëse për dy ditë me ligjërata, punëtori dhe takime mentorimi mbi inteligjencën artificiale, sigurinë kibernetike dhe të drejtat digjitale.</p>
<p>Shihni <a href="@tarifat.html">tarifat</a> dhe <a href="@regjistrimi.html">regjistrimin</a>.</p>
""" + video("media/konferenca-2026.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The Women and Girls in Technology Conference brings developers, researchers, founders and secondary-school students together in Tirana on 12–13 March 2027 for talks, workshops and mentoring on artificial intelligence, cybersecurity and digital rights.</p>
<p>Registration requires an account on the conference portal. Tickets cost 4 500 lekë or 40 euros; the conference takes place in person only.</p>
</section>
""")

s.page("tarifat.html", "Tarifat", """
<h1>Tarifat</h1>
<table><caption>Tarifat (pjesëmarrëset nga jashtë Shqipërisë paguajnë në euro)</caption>
<tr><th>Kategoria</th><th>Lekë (ALL)</th><th>Euro (EUR)</th></tr>
<tr><td>Biletë e plotë</td><td>4 500 lekë</td><td>40</td></tr>
<tr><td>Studente</td><td>1 500 lekë</td><td>13</td></tr>
</table>
<p>Nxënëset e shkollave të mesme, nga mosha 15 vjeç, marrin pjesë falas me regjistrim.</p>
""")

s.page("regjistrimi.html", "Regjistrimi", """
<h1>Regjistrimi</h1>
<p>Për t'u regjistruar duhet të krijoni një llogari në portalin e konferencës. Ky formular nuk përdor CAPTCHA.</p>
<h2>Krijo llogari</h2>
<form action="@regjistrimi.html" method="post">
""" + "\n".join([
    fld("emri", "Emri (duhet plotësuar)"),
    fld("mbiemri", "Mbiemri (duhet plotësuar)"),
    fld("email", "Email (duhet plotësuar)", "email"),
    fld("pw", "Fjalëkalimi (duhet plotësuar)", "password"),
    fld("pw2", "Konfirmo fjalëkalimin (duhet plotësuar)", "password"),
    fld("nid", "Numri personal (NID)"),
    fld("dl", "Datëlindja", "date"),
    fld("tel", "Telefoni", "tel"),
    fld("inst", "Institucioni, shkolla ose kompania"),
    radios("kat", "Kategoria", ["Biletë e plotë", "Studente", "Nxënëse e shkollës së mesme"], req=True),
    fld("kushtet", "Pranoj kushtet e pjesëmarrjes dhe kodin e sjelljes", "checkbox", req=True),
]) + """
<button type="submit">Krijo llogarinë</button>
</form>
<h2>Keni llogari?</h2>
<form action="@regjistrimi.html" method="post">
""" + fld("hyr-email", "Email", "email") + fld("hyr-pw", "Fjalëkalimi", "password") + """
<button type="submit">Hyr</button>
</form>
""")

s.page("pyetje.html", "Pyetje të shpeshta", """
<h1>Pyetje të shpeshta</h1>
<details open><summary>A mund të marr pjesë online?</summary><p>Jo. Konferenca zhvillohet vetëm me prani fizike; nuk ka pjesëmarrje online.</p></details>
<details open><summary>A ka zbritje për grupe?</summary><p>Jo, vetëm tarifa për studentet dhe hyrja falas për nxënëset.</p></details>
<details open><summary>A mund ta transferoj biletën?</summary><p>Po, deri më 1 mars, duke na shkruar në info@example.al.</p></details>
""")

s.page("aksesueshmeria.html", "Aksesueshmëria", """
<h1>Aksesueshmëria</h1>
<p>Salla ndodhet në katin e dytë dhe ka ashensor; hyrja në ndërtesë është pa shkallë.</p>
<p>Interpretim në gjuhën e shenjave shqipe në seancat plenare.</p>
<p>Kënd për fëmijë me edukatore gjatë gjithë ditës.</p>
<p>Për nevoja të tjera shkruani në akses@example.al.</p>
""")

s.page("sponsoret.html", "Sponsorët", """
<h1>Sponsorët</h1>
<p>Paketa Platin: 8 000 €; paketa Ari: 4 000 €.</p>
<p>Sponsori ynë shet kupona provimi certifikimi në cloud me 120 € për pjesëmarrëset.</p>
""")

s.page("vende-pune.html", "Vende pune", """
<h1>Vende pune</h1>
<p>Zhvilluese software (Tiranë): paga 150 000 lekë në muaj.</p>
<p><a href="@konferenca-2026.html">Arkivi i konferencës 2026</a></p>
""")

s.page("akomodimi.html", "Akomodimi", """
<h1>Akomodimi dhe udhëtimi</h1>
<p>Hotele pranë sallës nga 6 000 lekë nata. Furgoni Durrës–Tiranë kushton 150 lekë.</p>
<p>Fluturime nga Roma nga 90 €.</p>
""")

ENTRY = entry(
    s, name="Women and Girls in Technology Conference 2027 (Women in Technology Association, Tirana, Albania)",
    languages=["sq", "en"],
    fees=[(4500, "ALL"), (1500, "ALL"), (40, "EUR"), (13, "EUR")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[], account_required=True,
    registration_form=(11, 7, ["id_document", "birth_date", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "childcare"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tarifat.html", "regjistrimi.html", "pyetje.html", "aksesueshmeria.html"],
    deliberate_404=["konferenca-2026.html"],
    evidence={
        "languages": [Q("index.html", "Shoqata Gratë në Teknologji mbledh zhvilluese, studiuese, sipërmarrëse dhe nxënëse"),
                      M("index.html", '<section lang="en">', "English section (two paragraphs)")],
        "un_languages": [N("en")],
        "fees": [Q("tarifat.html", "Biletë e plotë 4 500 lekë 40", "4500 ALL and 40 EUR"),
                 Q("tarifat.html", "Studente 1 500 lekë 13", "1500 ALL and 13 EUR"),
                 Q("index.html", "Tickets cost 4 500 lekë or 40 euros", "restated: no new entry"),
                 Q("sponsoret.html", "Paketa Platin: 8 000 €", "sponsor: not a fee"),
                 Q("sponsoret.html", "kupona provimi certifikimi në cloud me 120 €", "exam voucher sold by a sponsor: not a fee"),
                 Q("vende-pune.html", "paga 150 000 lekë në muaj", "salary: not a fee"),
                 Q("akomodimi.html", "nga 6 000 lekë nata", "hotel: not a fee"),
                 Q("akomodimi.html", "kushton 150 lekë", "furgon: not a fee"),
                 Q("akomodimi.html", "nga 90 €", "flight: not a fee")],
        "free_option": [Q("tarifat.html", "Nxënëset e shkollave të mesme, nga mosha 15 vjeç, marrin pjesë falas me regjistrim.")],
        "fee_support": [Q("tarifat.html", "Studente 1 500 lekë 13", "student rate"),
                        Q("tarifat.html", "marrin pjesë falas", "free for one group")],
        "remote_participation": [Q("pyetje.html", "Konferenca zhvillohet vetëm me prani fizike; nuk ka pjesëmarrje online.", "FAQ")],
        "captcha": [Q("regjistrimi.html", "Ky formular nuk përdor CAPTCHA.", "no CAPTCHA")],
        "account_required": [Q("regjistrimi.html", "Për t'u regjistruar duhet të krijoni një llogari në portalin e konferencës.")],
        "registration_form": [N("own portal sign-up, 11 fields: first name, surname, e-mail, password, confirmation, personal number, birth date, phone, institution, category radio, terms checkbox; required: 5 marked (duhet plotësuar) + radio + checkbox = 7; the 2-field login form is not it", "regjistrimi.html"),
                              Q("regjistrimi.html", "Konfirmo fjalëkalimin (duhet plotësuar)")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online portal")],
        "min_age": [Q("tarifat.html", "nga mosha 15 vjeç")],
        "accessibility_statement": [Q("aksesueshmeria.html", "Salla ndodhet në katin e dytë dhe ka ashensor; hyrja në ndërtesë është pa shkallë.")],
        "access_services": [Q("aksesueshmeria.html", "ka ashensor; hyrja në ndërtesë është pa shkallë", "wheelchair_access"),
                            Q("aksesueshmeria.html", "Interpretim në gjuhën e shenjave shqipe", "sign_language"),
                            Q("aksesueshmeria.html", "Kënd për fëmijë me edukatore", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/konferenca-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
