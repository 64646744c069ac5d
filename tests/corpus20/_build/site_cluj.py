"""Cluj-Napoca: a youth workers' association's national conference on non-formal education (ro; Hungarian section with lang, English page declared ro)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt

NAV = [("index.html", "Acasă"), ("taxe.html", "Taxe și sprijin"), ("cont.html", "Înscriere"), ("online.html", "Online"),
       ("accesibilitate.html", "Accesibilitate"), ("en.html", "English"), ("cazare.html", "Cazare"), ("parteneri.html", "Parteneri")]
s = mk("conferinta-educatie-nonformala-cluj", "Conferința Națională de Educație Nonformală 2027", "ro", "#006d77", "ENF", NAV,
       foot={"ro": "<p>Asociația Lucrătorilor de Tineret — conferinta@tineret.example.ro</p>"})
placeholder_media(s, "media/invitatie.mp4")
vtt(s, "media/invitatie.ro.vtt", "Vă așteptăm la Cluj!")

s.page("index.html", "Conferința Națională de Educație Nonformală 2027", """
<h1>Conferința Națională de Educație Nonformală 2027</h1>
<p>Trei zile de ateliere, studii de caz și schimburi de practici pentru lucrători de tineret, profesori și facilitatori, la Cluj-Napoca, între 23 și 25 septembrie 2027.</p>
<p><a href="@cont.html">Creează-ți contul</a> · <a href="@editia-2025.html">Ediția 2025</a></p>
""" + video("media/invitatie.mp4", track="media/invitatie.ro.vtt", track_lang="ro", label="Română") + """
<section lang="hu">
<h2>Magyarul</h2>
<p>Háromnapos konferencia ifjúsági munkásoknak, tanároknak és trénereknek Kolozsváron, műhelymunkákkal és jó gyakorlatok cseréjével. A műhelyek egy része magyar nyelven zajlik.</p>
</section>
""")

s.page("taxe.html", "Taxe și sprijin", """
<h1>Taxe de participare</h1>
<table><caption>Taxe</caption>
<tr><th>Categorie</th><th>Taxă</th></tr>
<tr><td>Participant</td><td>350 lei</td></tr>
<tr><td>Studenți și elevi</td><td>150 lei</td></tr>
<tr><td>Participare online</td><td>100 RON</td></tr>
<tr><td>Participanți din străinătate</td><td>70 €</td></tr>
</table>
<p>Voluntarii conferinței participă gratuit.</p>
<p>Decontăm transportul pentru participanții din mediul rural, pe baza biletelor.</p>
""")

form = "".join([
    fld("nume", "Nume și prenume (obligatoriu)", req=True),
    fld("email", "E-mail (obligatoriu)", "email", req=True),
    fld("parola", "Parolă (obligatoriu)", "password", req=True),
    fld("parola2", "Confirmă parola (obligatoriu)", "password", req=True),
    fld("tel", "Telefon (obligatoriu)", "tel", req=True),
    fld("cnp", "CNP (obligatoriu)", req=True),
    fld("org", "Organizație sau școală"),
    radios("gen", "Gen", ["Feminin", "Masculin", "Prefer să nu spun"]),
    fld("judet", "Județ (obligatoriu)", "select", req=True, opts=["Cluj", "Bihor", "Mureș", "Alt județ"]),
    fld("vol", "Mă înscriu ca voluntar", "checkbox"),
    fld("termeni", "Accept termenii și condițiile (obligatoriu)", "checkbox", req=True),
])
login = fld("le", "E-mail", "email") + fld("lp", "Parolă", "password")
s.page("cont.html", "Înscriere", f"""
<h1>Înscriere: creează-ți contul</h1>
<p>Înscrierea se face prin contul de participant. Participanții trebuie să fi împlinit vârsta de șaisprezece ani.</p>
<form action="@cont.html" method="post">
{form}
<div class="h-captcha" data-sitekey="30000000-ffff-ffff-ffff-example-enf"></div>
<button type="submit">Creează contul</button>
</form>
<h2>Ai deja cont?</h2>
<form action="@cont.html" method="post">{login}<button type="submit">Intră în cont</button></form>
""")

s.page("online.html", "Online", """
<h1>Participare online</h1>
<p>Atelierele online au loc pe Zoom: participanții vorbesc, pun întrebări și lucrează în grupuri mici alături de cei din sală.</p>
""")

s.page("accesibilitate.html", "Accesibilitate", """
<h1>Accesibilitate</h1>
<p>Clădirea are lift, iar sala mare este accesibilă persoanelor în scaun rulant.</p>
<p>Sesiunile plenare au interpretare în limbaj mimico-gestual și subtitrare live (CART).</p>
<p>Pentru alte nevoi, scrieți-ne la acces@tineret.example.ro.</p>
""")

s.page("en.html", "National Conference on Non-formal Education 2027", """
<h1>National Conference on Non-formal Education 2027</h1>
<p>Three days of workshops, case studies and exchanges of practice for youth workers, teachers and facilitators in Cluj-Napoca. Participants from abroad pay 70 euros; online workshops on Zoom let you speak and ask questions.</p>
<p>Registration is through a participant account; the form is in Romanian.</p>
""", lang="ro")

s.page("cazare.html", "Cazare", "<h1>Cazare</h1><p>Cămin studențesc: 90 lei pe noapte. Hotel partener: 320 lei pe noapte. Bilet de autobuz CTP: 3 lei.</p>")
s.page("parteneri.html", "Parteneri", "<h1>Parteneri</h1><p>Pachet de partener principal: 8.000 lei; stand în foaier: 1.200 lei.</p>")

ENTRY = entry(
    s, name="National Conference on Non-formal Education 2027 (youth workers' association, Cluj-Napoca)",
    languages=["ro", "hu", "en"],
    fees=[(350, "RON"), (150, "RON"), (100, "RON"), (70, "EUR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=True, registration_form=(11, 8, ["phone", "id_document", "affiliation", "gender"]),
    registration_host=None, min_age=16, accessibility_statement=True,
    access_services=["cart", "sign_language", "wheelchair_access"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "taxe.html", "cont.html", "online.html", "accesibilitate.html", "en.html"],
    deliberate_404=["editia-2025.html"],
    evidence={
        "languages": [Q("index.html", "Trei zile de ateliere, studii de caz și schimburi de practici"),
                      M("index.html", '<section lang="hu">', "Hungarian section with lang"),
                      Q("index.html", "Háromnapos konferencia ifjúsági munkásoknak, tanároknak és trénereknek"),
                      M("en.html", '<html lang="ro">', "English page declared ro: counts as English"),
                      Q("en.html", "Three days of workshops, case studies and exchanges of practice")],
        "un_languages": [N("en")],
        "fees": [Q("taxe.html", "Participant 350 lei", "350 RON"),
                 Q("taxe.html", "Studenți și elevi 150 lei", "150 RON"),
                 Q("taxe.html", "Participare online 100 RON", "100 RON"),
                 Q("taxe.html", "Participanți din străinătate 70 €", "70 EUR"),
                 Q("en.html", "Participants from abroad pay 70 euros", "English restatement, no new entry"),
                 Q("cazare.html", "Cămin studențesc: 90 lei pe noapte.", "dorm, hotel, bus: not fees"),
                 Q("parteneri.html", "Pachet de partener principal: 8.000 lei; stand în foaier: 1.200 lei.", "not fees")],
        "free_option": [Q("taxe.html", "Voluntarii conferinței participă gratuit.")],
        "fee_support": [Q("taxe.html", "Decontăm transportul pentru participanții din mediul rural", "also the student rate")],
        "remote_participation": [Q("online.html", "Atelierele online au loc pe Zoom: participanții vorbesc, pun întrebări")],
        "captcha": [M("cont.html", '<div class="h-captcha"')],
        "account_required": [Q("cont.html", "Înscrierea se face prin contul de participant.", "own sign-up with password and confirmation")],
        "registration_form": [N("portal sign-up: 11 fields (name, e-mail, password, confirmation, phone, CNP, organisation, gender radio, county select, volunteer checkbox, terms checkbox); 8 marked (obligatoriu); sensitive phone, id_document, affiliation, gender; the 2-field login form is not it", "cont.html"),
                              Q("cont.html", "CNP (obligatoriu)")],
        "registration_host": [N("own portal only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("cont.html", "Participanții trebuie să fi împlinit vârsta de șaisprezece ani.", "16, in words")],
        "accessibility_statement": [Q("accesibilitate.html", "Clădirea are lift, iar sala mare este accesibilă persoanelor în scaun rulant.")],
        "access_services": [Q("accesibilitate.html", "accesibilă persoanelor în scaun rulant", "wheelchair_access"),
                            Q("accesibilitate.html", "interpretare în limbaj mimico-gestual și subtitrare live (CART)", "sign_language; CART named: cart only")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
