"""Cochabamba, Bolivia: Andean community networks summit (Spanish, Quechua section without lang)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "cumbre-redes-comunitarias-cochabamba"
NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción"), ("cuotas.html", "Cuotas"), ("becas.html", "Becas"),
       ("accesibilidad.html", "Accesibilidad"), ("preguntas.html", "Preguntas frecuentes"), ("patrocinio.html", "Patrocinio"),
       ("convocatoria.html", "Trabaja con nosotras")]
FOOT = {"es-BO": "<p>Colectivo Conectando Valles · Calle Jordán 455, Cochabamba · cumbre@conectandovalles.example.bo</p>"}
s = mk(SLUG, "Cumbre Andina de Redes Comunitarias 2027", "es-BO", "#2d6a4f", "CARC", {"es-BO": NAV}, foot=FOOT)
placeholder_media(s, "media/cumbre-2025.mp4")

T_INTRO = "La Cumbre Andina de Redes Comunitarias reúne a comunidades que construyen y gestionan su propia conectividad"
T_QU = "Kay jatun tantakuypi runakuna llaqtankupaq internetta ruwasqankumanta parlanqanku"
s.page("index.html", "Cumbre Andina de Redes Comunitarias 2027", f"""
<h1>Cumbre Andina de Redes Comunitarias 2027</h1>
<p>{T_INTRO}: redes rurales de Bolivia, Perú, Ecuador y Paraguay, radios comunitarias, universidades y autoridades de telecomunicaciones. Del 19 al 21 de agosto de 2027 en Cochabamba.</p>
<p>Habrá talleres de instalación de antenas, mesas sobre espectro para comunidades y una feria de tecnologías apropiadas.</p>
{video("media/cumbre-2025.mp4")}
<p><a href="@memoria-2025.html">Memoria de la cumbre 2025</a></p>
<section>
<h2>Runasimipi</h2>
<p>{T_QU}. Cochabamba llaqtapi kanqa, agosto killapi, 19 p'unchaymanta 21 p'unchaykama.</p>
<p>Ayllukunamanta jamuq runakunaqa mana imatapas paganqankuchu. Runasimimanta castellanoman t'ikrakunqa.</p>
</section>
""")

FORM = "\n".join([
    fld("name", "Nombre completo (casilla obligatoria)"),
    fld("ci", "CI o pasaporte (casilla obligatoria)"),
    fld("dob", "Fecha de nacimiento", "date"),
    fld("email", "Correo electrónico (casilla obligatoria)", "email"),
    fld("cel", "Celular o WhatsApp", "tel"),
    fld("org", "Red comunitaria u organización"),
    fld("dep", "Departamento", "select", opts=["Cochabamba", "La Paz", "Potosí", "Santa Cruz", "Otro"]),
    fld("country", "País de residencia", "select", opts=["Bolivia", "Perú", "Ecuador", "Paraguay", "Otro"]),
    radios("cat", "Categoría", ["Organización, empresa o institución", "Estudiante", "Integrante de red comunitaria"], req=True),
    fld("taller", "Taller", "select", opts=["Antenas y enlaces", "Gestión comunitaria", "Espectro y regulación"]),
    fld("beca", "Solicito beca de viaje", "checkbox"),
    fld("acepto", "Acepto el código de convivencia de la cumbre", "checkbox", req=True),
])
s.page("inscripcion.html", "Inscripción — Cumbre Andina de Redes Comunitarias", f"""
<h1>Inscripción</h1>
<p>Complete el formulario. Le enviaremos los datos para el pago de la cuota, si corresponde.</p>
<form action="@inscripcion.html" method="post">
{FORM}
<div class="frc-captcha" data-sitekey="FCMCARC2027COCHABAMBA"></div>
<button type="submit">Inscribirme</button>
</form>
""")

T_FREE = "Las y los integrantes de redes comunitarias participan sin costo"
T_AGE = "Pueden inscribirse personas desde los diecisiete años"
T_DON = "Puede hacer un aporte voluntario al fondo de equipos de la red Ch'aska (sugerido Bs 50)"
s.page("cuotas.html", "Cuotas — Cumbre Andina de Redes Comunitarias", f"""
<h1>Cuotas de inscripción</h1>
<table>
<caption>Cuotas por categoría</caption>
<tr><th>Categoría</th><th>Participantes de Bolivia (Bs)</th><th>Participantes de otros países (US$)</th></tr>
<tr><td>Organizaciones, empresas e instituciones</td><td>420</td><td>60</td></tr>
<tr><td>Estudiantes</td><td>140</td><td>20</td></tr>
<tr><td>Integrantes de redes comunitarias</td><td>sin costo</td><td>sin costo</td></tr>
</table>
<p>{T_FREE}. La cuota incluye almuerzos y materiales.</p>
<p>{T_AGE}.</p>
<p>{T_DON}; no es parte de la cuota.</p>
""")

T_BECA = "Ofrecemos becas de viaje de hasta US$ 300 para integrantes de redes comunitarias de Perú, Ecuador y Paraguay"
s.page("becas.html", "Becas — Cumbre Andina de Redes Comunitarias", f"""
<h1>Becas de viaje</h1>
<p>{T_BECA}, y pasajes de bus para quienes vienen del Chapare y del norte de Potosí.</p>
<p>Marque “Solicito beca de viaje” en el formulario de inscripción antes del 30 de junio.</p>
""")

T_NOREMOTE = "No: la cumbre es solo presencial; no habrá transmisión ni participación virtual"
s.page("preguntas.html", "Preguntas frecuentes — Cumbre Andina de Redes Comunitarias", f"""
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Se puede participar en línea?</summary><p>{T_NOREMOTE}.</p></details>
<details open><summary>¿Dónde me alojo?</summary><p>Hay hostales cerca del coliseo desde Bs 280 la noche. El trufi desde la terminal cuesta Bs 3.</p></details>
<details open><summary>¿Puedo pagar en dólares?</summary><p>Sí, las personas de otros países pagan la cuota en US$.</p></details>
""")

T_RAMP = "El coliseo tiene rampa de acceso y baños adaptados para sillas de ruedas"
T_SIGN = "Habrá intérpretes de lengua de señas boliviana (LSB) en las plenarias"
T_INT = "Ofrecemos interpretación quechua–castellano en las plenarias"
s.page("accesibilidad.html", "Accesibilidad — Cumbre Andina de Redes Comunitarias", f"""
<h1>Accesibilidad</h1>
<p>{T_RAMP}.</p>
<p>{T_SIGN}.</p>
<p>{T_INT}.</p>
<p>Escríbanos si necesita otro apoyo: acceso@conectandovalles.example.bo</p>
""")

s.page("patrocinio.html", "Patrocinio — Cumbre Andina de Redes Comunitarias", """
<h1>Patrocinio</h1>
<p>Patrocinador principal: Bs 35.000. Stand en la feria: Bs 2.800.</p>
<p>Las antenas y enrutadores que vende el stand de un patrocinador (desde Bs 900) no forman parte de la cumbre.</p>
""")

s.page("convocatoria.html", "Convocatoria — Colectivo Conectando Valles", """
<h1>Convocatoria: facilitadoras de talleres</h1>
<p>Buscamos dos facilitadoras para la preparación de la cumbre, con un pago de Bs 6.500 mensuales durante cuatro meses.</p>
""")

PP = ["index.html", "inscripcion.html", "cuotas.html", "becas.html", "preguntas.html", "accesibilidad.html"]
ENTRY = entry(
    s, name="Andean Community Networks Summit 2027 (Conectando Valles Collective, Cochabamba, Bolivia)",
    languages=["es", "qu"],
    fees=[(420, "BOB"), (140, "BOB"), (60, "USD"), (20, "USD")],
    free_option=True, fee_support=True, remote_participation=False,
    captcha=["friendlycaptcha"], account_required=False,
    registration_form=(12, 5, ["id_document", "birth_date", "phone", "affiliation"]),
    min_age=17, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=PP, deliberate_404=["memoria-2025.html"],
    evidence={
        "languages": [Q("index.html", T_INTRO), Q("index.html", T_QU, "Quechua section without lang (two paragraphs)")],
        "un_languages": [N("es")],
        "fees": [Q("cuotas.html", "Organizaciones, empresas e instituciones 420 60", "420 BOB (column Bs) and 60 USD (column US$)"),
                 Q("cuotas.html", "Estudiantes 140 20", "140 BOB and 20 USD"),
                 Q("cuotas.html", "Integrantes de redes comunitarias sin costo sin costo", "free row: the free option, not an entry"),
                 Q("cuotas.html", T_DON, "voluntary contribution: not a fee"),
                 Q("becas.html", T_BECA, "travel grant: not a fee"),
                 Q("preguntas.html", "desde Bs 280 la noche", "lodging: not a fee"),
                 Q("patrocinio.html", "Patrocinador principal: Bs 35.000", "sponsor: not a fee"),
                 Q("convocatoria.html", "Bs 6.500 mensuales", "pay: not a fee")],
        "free_option": [Q("cuotas.html", T_FREE)],
        "fee_support": [Q("cuotas.html", "Estudiantes 140 20", "student rate"), Q("becas.html", T_BECA)],
        "remote_participation": [Q("preguntas.html", T_NOREMOTE, "FAQ only")],
        "captcha": [M("inscripcion.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account", "inscripcion.html")],
        "registration_form": [N("12 fields: name, CI/passport, birth date, e-mail, mobile, network/organisation, department select, "
                                "country-of-residence select, category radio, workshop select, grant checkbox, code checkbox; required: 3 "
                                "marked (casilla obligatoria) + category + code = 5", "inscripcion.html"),
                              Q("inscripcion.html", "CI o pasaporte (casilla obligatoria)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("cuotas.html", T_AGE)],
        "accessibility_statement": [Q("accesibilidad.html", T_RAMP)],
        "access_services": [Q("accesibilidad.html", T_RAMP, "wheelchair_access"), Q("accesibilidad.html", T_SIGN, "sign_language"),
                            Q("accesibilidad.html", T_INT, "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/cumbre-2025.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
