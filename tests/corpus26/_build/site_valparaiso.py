"""Civic open-data hackathon (made-up open-data foundation, Valparaíso, Chile): es-CL, English section without lang."""
from lib import *

NAV = [("index.html", "Inicio"), ("participa.html", "Cómo participar"), ("inscripcion.html", "Inscripción"),
       ("bases.html", "Bases"), ("accesibilidad.html", "Accesibilidad"), ("premios.html", "Premios y auspicios"),
       ("alojamiento.html", "Alojamiento"), ("noticias.html", "Noticias")]
s = mk("hackaton-datos-abiertos-valparaiso", "Hackatón Cívico de Datos Abiertos Valparaíso", "es-CL", "#5b2c83", "HDA", NAV,
       foot={"es-CL": "<p>Fundación Cerro Abierto (ficticia), Cerro Alegre, Valparaíso · hola@cerroabierto.example.cl</p>"})

s.page("index.html", "Hackatón Cívico de Datos Abiertos Valparaíso 2027", """
<h1>Hackatón Cívico de Datos Abiertos 2027</h1>
<p>Durante 48 horas, equipos de programadoras, diseñadores, vecinos y estudiantes crean herramientas con datos públicos sobre los ascensores, las micros y el riesgo de incendio en los cerros de Valparaíso.</p>
<p>Nos vemos el 15 y 16 de mayo de 2027 en el Centro Cultural Ex Cárcel, o en línea desde cualquier región.</p>
<ul>
<li><a href="@participa.html">Cómo participar</a></li>
<li><a href="@inscripcion.html">Inscribe a tu equipo</a></li>
<li><a href="@bases.html">Bases del hackatón</a></li>
<li><a href="@accesibilidad.html">Accesibilidad</a></li>
</ul>
""" + video("media/hackaton-2026.mp4") + """
<section>
<h2>For international teams</h2>
<p>Teams from outside Chile are welcome to join online. Taking part costs nothing, and the final demos are judged over a video call, so you only need a laptop and a stable connection.</p>
</section>
""")
placeholder_media(s, "media/hackaton-2026.mp4")

s.page("participa.html", "Cómo participar – Hackatón Valparaíso", """
<h1>Cómo participar</h1>
<p>La participación es gratuita para todos los equipos, presenciales y en línea. Incluye comida durante ambos días.</p>
<p>Reembolsamos el pasaje de bus interurbano a los equipos que viajen desde otras regiones, presentando los boletos.</p>
<p>Los equipos en línea trabajan desde donde estén, reciben mentorías por Jitsi y presentan su demo en vivo al jurado por videollamada, respondiendo sus preguntas.</p>
""")

s.page("inscripcion.html", "Inscripción – Hackatón Valparaíso", """
<h1>Inscripción de equipos</h1>
<p>Equipos de dos o tres personas. Pueden inscribirse personas desde los 16 años; las menores de 18 necesitan la autorización firmada de su madre, padre o tutor.</p>
<form action="@inscripcion.html" method="post">
<fieldset><legend>Equipo</legend>
""" + fld("team", "Nombre del equipo (obligatorio)") + fld("temail", "Correo del equipo (obligatorio)", "email") + """
</fieldset>
<fieldset><legend>Líder</legend>
""" + fld("lname", "Nombre completo (obligatorio)") + fld("lrut", "RUT (obligatorio)") + fld("lphone", "Teléfono (obligatorio)", "tel")
    + fld("linst", "Universidad, liceo u organización") + """
</fieldset>
<fieldset><legend>Integrantes</legend>
""" + fld("m2name", "Integrante 2: nombre") + fld("m2rut", "Integrante 2: RUT") + fld("m3name", "Integrante 3: nombre")
    + fld("m3rut", "Integrante 3: RUT") + """
</fieldset>
""" + radios("mode", "Modalidad (obligatorio)", ["Presencial", "En línea"])
    + fld("reto", "Reto", "select", opts=["Ascensores", "Transporte", "Incendios"])
    + fld("bases", "Acepto las bases (obligatorio)", "checkbox") + """
<p><img src="@img/codigo.svg" alt="Código de la imagen" width="120" height="40"></p>
""" + fld("captcha", "Escribe el código de la imagen (obligatorio)") + """
<button type="submit">Inscribir equipo</button>
</form>
""")
s.write("img/codigo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22" font-family="monospace">K7Q4P</text></svg>\n')

s.page("bases.html", "Bases – Hackatón Valparaíso", """
<h1>Bases del hackatón</h1>
<p>1. Cada equipo elige un reto y usa al menos un conjunto de datos públicos.</p>
<p>2. El código se publica con licencia libre al terminar el evento.</p>
<p>3. El jurado evalúa impacto, uso de datos y calidad de la demo; los equipos en línea compiten en igualdad de condiciones.</p>
""")

s.page("accesibilidad.html", "Accesibilidad – Hackatón Valparaíso", """
<h1>Accesibilidad</h1>
<p>El Centro Cultural Ex Cárcel tiene acceso sin escalones, ascensor a la sala de trabajo y baños accesibles.</p>
<p>Contamos con intérprete de lengua de señas chilena para la premiación; si lo necesitas durante las mentorías, pídelo al inscribirte.</p>
<p>Las presentaciones finales se transmiten con subtitulado en vivo.</p>
""")

s.page("premios.html", "Premios y auspicios – Hackatón Valparaíso", """
<h1>Premios y auspicios</h1>
<p>Primer lugar: $1.500.000; segundo lugar: $800.000; premio del público: $300.000.</p>
<p>Auspicio principal: $2.000.000.</p>
""")

s.page("alojamiento.html", "Alojamiento – Hackatón Valparaíso", """
<h1>Alojamiento y cómo llegar</h1>
<p>Hostal en Cerro Concepción: $22.000 por noche en habitación compartida.</p>
<p>Un colectivo desde el plan cuesta unos $900; el ascensor Reina Victoria, $100.</p>
""")

s.page("noticias.html", "Noticias – Hackatón Valparaíso", """
<h1>Noticias</h1>
<p>Revisa las <a href="@bases-2025.html">bases de la edición 2025</a> y los proyectos ganadores.</p>
<p>El proyecto ganador de 2026 ya funciona en tres juntas de vecinos.</p>
""")

P = ["index.html", "participa.html", "inscripcion.html", "bases.html", "accesibilidad.html"]
ENTRY = entry(s, name="Civic Open-Data Hackathon Valparaíso 2027 (open-data foundation, Valparaíso, Chile)",
    languages=["es", "en"], fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=["image"],
    account_required=False, registration_form=(14, 8, ["id_document", "phone", "affiliation"]), min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions"],
    videos_without_captions=1, pdf_only_documents=False, participation_pages=P, deliberate_404=["bases-2025.html"],
    evidence={
        "languages": [Q("index.html", "Durante 48 horas, equipos de programadoras, diseñadores, vecinos y estudiantes crean herramientas"),
                      Q("index.html", "Teams from outside Chile are welcome to join online.", "English section without lang")],
        "un_languages": [N("es, en")],
        "fees": [Q("participa.html", "La participación es gratuita para todos los equipos", "fees []"),
                 Q("premios.html", "Primer lugar: $1.500.000", "prizes and sponsorship: not fees"),
                 Q("alojamiento.html", "Hostal en Cerro Concepción: $22.000 por noche", "hostel, colectivo: not fees")],
        "free_option": [Q("participa.html", "La participación es gratuita para todos los equipos, presenciales y en línea.")],
        "fee_support": [Q("participa.html", "Reembolsamos el pasaje de bus interurbano a los equipos que viajen desde otras regiones")],
        "remote_participation": [Q("participa.html", "presentan su demo en vivo al jurado por videollamada, respondiendo sus preguntas")],
        "captcha": [M("inscripcion.html", 'alt="Código de la imagen"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("14 fields (team name, team e-mail, leader name, RUT, phone, institution, two members' names and RUTs, mode radio, challenge select, rules checkbox, image-code box); 8 marked (obligatorio); sensitive id_document, phone, affiliation", "inscripcion.html"),
                              Q("inscripcion.html", "RUT (obligatorio)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "Pueden inscribirse personas desde los 16 años", "consent rule for minors is not a limit")],
        "accessibility_statement": [Q("accesibilidad.html", "tiene acceso sin escalones, ascensor a la sala de trabajo y baños accesibles")],
        "access_services": [Q("accesibilidad.html", "acceso sin escalones", "wheelchair_access"),
                            Q("accesibilidad.html", "Contamos con intérprete de lengua de señas chilena para la premiación", "sign_language"),
                            Q("accesibilidad.html", "Las presentaciones finales se transmiten con subtitulado en vivo.", "captions")],
        "videos_without_captions": [M("index.html", 'src="media/hackaton-2026.mp4">', "no track")],
        "pdf_only_documents": [N("rules in HTML, no PDF")],
    })
