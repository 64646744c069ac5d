"""Cusco: a community-tourism network's national meeting (es-PE; Quechua and English sections with lang)."""
from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción"), ("solicitud.html", "Cupos para comuneros"),
       ("accesibilidad.html", "Accesibilidad"), ("programa.html", "Programa"), ("alojamiento.html", "Alojamiento"),
       ("artesania.html", "Feria artesanal"), ("mapa.html", "Cómo llegar")]
s = mk("encuentro-turismo-comunitario-cusco", "VI Encuentro Nacional de Turismo Comunitario", "es-PE", "#9c4a12", "ETC", NAV,
       foot={"es-PE": "<p>Red Andina de Turismo Comunitario — encuentro@turismocomunitario.example.pe</p>"})

s.page("index.html", "VI Encuentro Nacional de Turismo Comunitario", """
<h1>VI Encuentro Nacional de Turismo Comunitario — Cusco 2027</h1>
<p>Emprendimientos comunales, guías locales, municipios y universidades se reúnen del 8 al 10 de septiembre en Urubamba para compartir cómo se organiza el turismo desde las comunidades.</p>
<section lang="qu">
<h2>Ayllukunapa turismo tinkuy</h2>
<p>Ayllukunamanta runakuna, kamachikuqkuna, yachay wasikunapas Urubambapi huñukunqaku, imaynatas llaqtanchikmanta turismota kamachinchik chayta rimanakunapaq.</p>
</section>
<section lang="en">
<h2>In English</h2>
<p>Community tourism ventures, local guides, municipalities and universities meet in Urubamba from 8 to 10 September to share how tourism is run by the communities themselves.</p>
<p>The general fee is S/ 180; members of the host communities take part free of charge.</p>
</section>
""")

s.page("inscripcion.html", "Inscripción", """
<h1>Inscripción</h1>
<table><caption>Tarifas</caption>
<tr><th>Categoría</th><th>Tarifa</th></tr>
<tr><td>Participante general</td><td>S/ 180</td></tr>
<tr><td>Estudiantes universitarios</td><td>S/ 90</td></tr>
<tr><td>Visita de campo a Misminay (opcional)</td><td>S/. 95</td></tr>
</table>
<p>Las y los comuneros de las comunidades anfitrionas participan gratis: solicita tu cupo en <a href="@solicitud.html">este formulario</a>.</p>
<p>Ofrecemos apoyo de pasajes para guías comunitarios que vienen de otras regiones (hasta 20 personas).</p>
<p>La compra de entradas se hace en <a href="https://www.joinnus.com/events/turismo-comunitario-cusco-2027">Joinnus</a>. Para comprar en Joinnus necesitas crear una cuenta.</p>
<p>Pueden participar personas a partir de los dieciséis años.</p>
<p>El encuentro es solo presencial; no habrá transmisión ni participación en línea.</p>
""")

form = "".join([
    fld("nombre", "Nombres y apellidos (obligatorio)", req=True),
    fld("dni", "DNI (obligatorio)", req=True),
    fld("cel", "Celular o WhatsApp (obligatorio)", "tel", req=True),
    fld("comunidad", "Comunidad campesina o asociación (obligatorio)", req=True),
    fld("correo", "Correo electrónico", "email"),
    fld("idioma", "Idioma preferido", "select", opts=["Castellano", "Quechua", "Aimara"]),
    radios("visita", "¿Participará en la visita de campo?", ["Sí", "No"]),
    fld("acepto", "Acepto que la Red guarde mis datos para el encuentro (obligatorio)", "checkbox", req=True),
])
s.page("solicitud.html", "Cupos para comuneros", f"""
<h1>Solicitud de cupo gratuito para comuneros</h1>
<form action="@solicitud.html" method="post">
{form}
<div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-example-cus"></div>
<button type="submit">Enviar solicitud</button>
</form>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>Este año el salón del encuentro está en un segundo piso, sin rampa ni ascensor.</p>
<p>Si necesitas apoyo para llegar o moverte, escríbenos a apoyo@turismocomunitario.example.pe y organizamos la ayuda con el equipo de voluntarios.</p>
<p>Habrá interpretación quechua–castellano en todas las plenarias.</p>
""")

s.page("programa.html", "Programa", "<h1>Programa</h1><p>Día 1: mesas de experiencias. Día 2: talleres de precios justos. Día 3: visita de campo y clausura.</p>")
s.page("alojamiento.html", "Alojamiento", """
<h1>Alojamiento y transporte</h1>
<p>Hostal Sol de Urubamba: S/ 120 por noche. El tren a Aguas Calientes cuesta desde US$ 65; el colectivo Cusco–Urubamba, S/ 10.</p>
""")
s.page("artesania.html", "Feria artesanal", "<h1>Feria artesanal</h1><p>Chalinas de alpaca desde S/ 85 y cerámica de Pucará desde S/ 30, vendidas por las asociaciones.</p>")
s.pdf("docs/mapa-local.pdf", "Mapa del local - Urubamba (placeholder)")
s.page("mapa.html", "Cómo llegar", '<h1>Cómo llegar</h1><p><a href="@docs/mapa-local.pdf">Mapa del local (PDF)</a></p><p>A dos cuadras de la plaza de armas de Urubamba.</p>')

ENTRY = entry(
    s, name="VI National Community Tourism Meeting 2027 (community-tourism network, Cusco)",
    languages=["es", "qu", "en"],
    fees=[(180, "PEN"), (90, "PEN"), (95, "PEN")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["hcaptcha"],
    account_required=True, registration_form=(8, 5, ["id_document", "phone", "affiliation"]),
    registration_host="www.joinnus.com", min_age=16, accessibility_statement=True,
    access_services=["interpretation"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "inscripcion.html", "solicitud.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "Emprendimientos comunales, guías locales, municipios y universidades se reúnen"),
                      M("index.html", '<section lang="qu">', "Quechua section with lang"),
                      Q("index.html", "Ayllukunamanta runakuna, kamachikuqkuna, yachay wasikunapas Urubambapi huñukunqaku"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "Community tourism ventures, local guides, municipalities and universities meet in Urubamba")],
        "un_languages": [N("es, en")],
        "fees": [Q("inscripcion.html", "Participante general S/ 180", "180 PEN"),
                 Q("inscripcion.html", "Estudiantes universitarios S/ 90", "90 PEN"),
                 Q("inscripcion.html", "Visita de campo a Misminay (opcional) S/. 95", "field visit of the event: 95 PEN"),
                 Q("index.html", "The general fee is S/ 180", "English restatement, no new entry"),
                 Q("alojamiento.html", "Hostal Sol de Urubamba: S/ 120 por noche.", "hostel, train (USD), colectivo: not fees"),
                 Q("artesania.html", "Chalinas de alpaca desde S/ 85", "crafts sold: not fees")],
        "free_option": [Q("inscripcion.html", "Las y los comuneros de las comunidades anfitrionas participan gratis")],
        "fee_support": [Q("inscripcion.html", "Ofrecemos apoyo de pasajes para guías comunitarios que vienen de otras regiones", "also the student rate")],
        "remote_participation": [Q("inscripcion.html", "El encuentro es solo presencial; no habrá transmisión ni participación en línea.")],
        "captcha": [M("solicitud.html", '<div class="h-captcha"')],
        "account_required": [Q("inscripcion.html", "Para comprar en Joinnus necesitas crear una cuenta.")],
        "registration_form": [N("free-place application: 8 fields (name, DNI, mobile, community, e-mail, language select, field-visit radio, consent checkbox); 5 marked (obligatorio); sensitive id_document, phone, affiliation", "solicitud.html"),
                              Q("solicitud.html", "DNI (obligatorio)")],
        "registration_host": [M("inscripcion.html", 'href="https://www.joinnus.com/events/turismo-comunitario-cusco-2027"')],
        "registration_pdf_only": [N("online registration")],
        "min_age": [Q("inscripcion.html", "Pueden participar personas a partir de los dieciséis años.", "16, in words")],
        "accessibility_statement": [Q("accesibilidad.html", "Si necesitas apoyo para llegar o moverte, escríbenos a apoyo@turismocomunitario.example.pe", "contact for access needs beside stairs")],
        "access_services": [Q("accesibilidad.html", "en un segundo piso, sin rampa ni ascensor.", "negation: no wheelchair_access"),
                            Q("accesibilidad.html", "Habrá interpretación quechua–castellano en todas las plenarias.", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("only a PDF venue map, not a participation document", "mapa.html")],
    })
