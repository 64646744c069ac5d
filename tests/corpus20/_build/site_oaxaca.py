"""Oaxaca: a women potters' collective's meeting of traditional pottery (es-MX; English section without lang, Zapotec greeting)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Inicio"), ("boletos.html", "Boletos y becas"), ("talleres.html", "Talleres y charlas"),
       ("accesibilidad.html", "Accesibilidad"), ("mercado.html", "Mercado de barro"), ("hospedaje.html", "Hospedaje"),
       ("concurso.html", "Concurso de piezas"), ("patrocinio.html", "Patrocinio")]
s = mk("encuentro-alfareras-oaxaca", "Encuentro de Alfareras de Oaxaca 2027", "es-MX", "#a0522d", "Barro", NAV,
       foot={"es-MX": "<p>Colectiva Manos de Barro A.C. — hola@manosdebarro.example.mx</p>"})
placeholder_media(s, "media/horno.mp4")

s.page("index.html", "Encuentro de Alfareras de Oaxaca 2027", """
<h1>Encuentro de Alfareras de Oaxaca 2027</h1>
<p>Tres días en San Bartolo Coyotepec para aprender de las maestras del barro negro, del barro rojo y del bruñido, con talleres, charlas en el patio y un mercado de piezas. Del 22 al 24 de octubre de 2027.</p>
<p>Padiuxi! Guendaliza'a.</p>
<p><a href="@boletos.html">Compra tu pase</a> · <a href="@memoria-2025.html">Memoria del encuentro 2025</a></p>
""" + video("media/horno.mp4") + """
<h2>Potters' Meeting, in English</h2>
<p>Three days in San Bartolo Coyotepec to learn from master potters of black clay, red clay and burnishing, with hands-on workshops, talks in the courtyard and a market of pieces. The courtyard talks are free; the general pass and the workshops are paid.</p>
""")

s.page("boletos.html", "Boletos y becas", """
<h1>Boletos y becas</h1>
<table><caption>Pases</caption>
<tr><th>Pase</th><th>Precio</th></tr>
<tr><td>Pase general (tres días, incluye talleres de modelado)</td><td>$1,500</td></tr>
<tr><td>Estudiantes con credencial</td><td>$750</td></tr>
<tr><td>Taller de bruñido con piedra (cupo 15)</td><td>$650 MXN</td></tr>
</table>
<p>Las charlas del patio son libres y gratuitas para todo el público.</p>
<p>Ofrecemos becas de hospedaje y comida para alfareras de comunidades de la Sierra Sur y la Mixteca.</p>
<p>Los pases se venden en <a href="https://boletia.com/eventos/encuentro-alfareras-oaxaca-2027">Boletia</a>; puedes comprar como invitado, sin registrarte.</p>
""")

s.page("talleres.html", "Talleres y charlas", """
<h1>Talleres y charlas</h1>
<ul>
<li>Modelado de cántaros con la maestra Rosalía Mateo.</li>
<li>Bruñido con piedra de río.</li>
<li>Taller infantil de barro para niñas y niños de 7 a 12 años (incluido en el pase del adulto acompañante).</li>
</ul>
<p>Transmitiremos las charlas del patio por Facebook Live, solo para ver; las preguntas se hacen en persona.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El patio y los talleres están a nivel de calle y son accesibles en silla de ruedas.</p>
<p>Habrá intérprete de Lengua de Señas Mexicana en todas las charlas del patio.</p>
<p>Contamos con una ludoteca con cuidadoras para niñas y niños de 2 a 6 años mientras sus familias toman los talleres.</p>
""")

s.page("mercado.html", "Mercado de barro", "<h1>Mercado de barro</h1><p>Cántaros de barro negro desde $350 y comales desde $120, vendidos directamente por las alfareras.</p>")
s.page("hospedaje.html", "Hospedaje", "<h1>Hospedaje</h1><p>Posada en Coyotepec: $900 la noche. Colectivo desde el centro de Oaxaca: $25.</p>")
s.page("concurso.html", "Concurso de piezas", "<h1>Concurso de piezas</h1><p>Primer lugar: $20,000 y una exposición en la Ciudad de México.</p>")
s.page("patrocinio.html", "Patrocinio", "<h1>Patrocinio</h1><p>Paquete padrino: $40,000; stand en el mercado: $2,500.</p>")

ENTRY = entry(
    s, name="Oaxaca Women Potters' Meeting 2027 (potters' collective, San Bartolo Coyotepec)",
    languages=["es", "en"],
    fees=[(1500, "MXN"), (750, "MXN"), (650, "MXN")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=False, registration_form=None, registration_host="boletia.com", min_age=7,
    accessibility_statement=True, access_services=["childcare", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "boletos.html", "talleres.html", "accesibilidad.html"],
    deliberate_404=["memoria-2025.html"],
    evidence={
        "languages": [Q("index.html", "Tres días en San Bartolo Coyotepec para aprender de las maestras del barro negro"),
                      Q("index.html", "Three days in San Bartolo Coyotepec to learn from master potters of black clay", "English section without lang"),
                      Q("index.html", "Padiuxi! Guendaliza'a.", "Zapotec greeting: no ISO 639-1 code, not content")],
        "un_languages": [N("es, en")],
        "fees": [Q("boletos.html", "Pase general (tres días, incluye talleres de modelado) $1,500", "$ alone on a Mexican site: 1500 MXN"),
                 Q("boletos.html", "Estudiantes con credencial $750", "750 MXN"),
                 Q("boletos.html", "Taller de bruñido con piedra (cupo 15) $650 MXN", "add-on workshop: 650 MXN"),
                 Q("mercado.html", "Cántaros de barro negro desde $350", "pottery sold: not fees"),
                 Q("hospedaje.html", "Posada en Coyotepec: $900 la noche.", "lodging and colectivo: not fees"),
                 Q("concurso.html", "Primer lugar: $20,000", "prize: not a fee"),
                 Q("patrocinio.html", "Paquete padrino: $40,000; stand en el mercado: $2,500.", "not fees")],
        "free_option": [Q("boletos.html", "Las charlas del patio son libres y gratuitas para todo el público.")],
        "fee_support": [Q("boletos.html", "Ofrecemos becas de hospedaje y comida para alfareras de comunidades", "also the student rate")],
        "remote_participation": [Q("talleres.html", "Transmitiremos las charlas del patio por Facebook Live, solo para ver; las preguntas se hacen en persona.")],
        "captcha": [N("no CAPTCHA, no form")],
        "account_required": [Q("boletos.html", "puedes comprar como invitado, sin registrarte.")],
        "registration_form": [N("no form on the site")],
        "registration_host": [M("boletos.html", 'href="https://boletia.com/eventos/encuentro-alfareras-oaxaca-2027"')],
        "registration_pdf_only": [N("platform tickets")],
        "min_age": [Q("talleres.html", "Taller infantil de barro para niñas y niños de 7 a 12 años", "children's workshop of the event: 7")],
        "accessibility_statement": [Q("accesibilidad.html", "El patio y los talleres están a nivel de calle y son accesibles en silla de ruedas.")],
        "access_services": [Q("accesibilidad.html", "accesibles en silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "Habrá intérprete de Lengua de Señas Mexicana", "sign_language"),
                            Q("accesibilidad.html", "una ludoteca con cuidadoras para niñas y niños de 2 a 6 años", "childcare (ages not a limit)")],
        "videos_without_captions": [M("index.html", 'src="media/horno.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
