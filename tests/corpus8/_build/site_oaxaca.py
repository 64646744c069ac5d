"""Mexican gathering of indigenous and community media, Oaxaca. Spanish only (Zapotec greeting); "$" = pesos."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "Inicio"), ("convocatoria.html", "Convocatoria y cuotas"), ("registro.html", "Registro"),
       ("apoyos.html", "Apoyos de traslado"), ("radio-en-vivo.html", "Radio en vivo"), ("accesibilidad.html", "Accesibilidad y cuidados"),
       ("programa.html", "Programa"), ("hospedaje.html", "Hospedaje"), ("tianguis.html", "Tianguis y donativos")]
s = mk("encuentro-medios-indigenas-oaxaca", "Encuentro de Medios Comunitarios e Indígenas 2027", "es-MX", "#b5451b", "EMCI", NAV,
       foot={"es-MX": "<p>Encuentro de Medios Comunitarios e Indígenas · Red de Comunicadores del Sur (ficticia) · "
                      "Calle Macedonio Alcalá 301, Oaxaca de Juárez · encuentro@mediosindigenas.example.mx</p>"})

s.page("index.html", "Encuentro de Medios Comunitarios e Indígenas 2027 — Oaxaca", """
<h1>Encuentro de Medios Comunitarios e Indígenas 2027</h1>
<p class="lead"><strong>Padiuxi!</strong> Oaxaca de Juárez, 22 al 25 de julio de 2027</p>
<p>Radios comunitarias, televisoras indígenas, colectivos de video, periodistas y comunicadoras de pueblos
originarios de México y Centroamérica nos reunimos cuatro días para compartir experiencias, defender el derecho a
la comunicación y fortalecer nuestras redes.</p>
<p>Habrá mesas de diálogo, talleres de producción radiofónica, proyecciones y una transmisión especial en vivo con
radios de toda la región.</p>
<p>Lee la <a href="@convocatoria.html">convocatoria</a> y haz tu <a href="@registro.html">registro</a>.</p>
<h2>Memoria en video del Encuentro 2025</h2>
""" + video("media/memoria-2025.mp4", track="media/memoria-2025.es.vtt", track_lang="es", label="Español") + """
<h2>Saludo de las radios zapotecas</h2>
""" + video("media/saludo-radios.mp4") + "\n")
placeholder_media(s, "media/memoria-2025.mp4")
placeholder_media(s, "media/saludo-radios.mp4")
vtt(s, "media/memoria-2025.es.vtt", "Bienvenidas y bienvenidos al Encuentro.")

s.page("convocatoria.html", "Convocatoria y cuotas — Encuentro de Medios 2027", """
<h1>Convocatoria</h1>
<p>Convocamos a radios comunitarias e indígenas, colectivos de comunicación, periodistas independientes y
estudiantes de comunicación a participar en el Encuentro.</p>
<h2>Cuotas</h2>
<p>La participación es gratuita para medios comunitarios, radios indígenas y colectivos de comunicación.</p>
<p>Instituciones, universidades y organizaciones no gubernamentales aportan una cuota de recuperación de $1,500 MXN
por persona, que ayuda a cubrir los alimentos de todas y todos.</p>
<p>Taller de producción de pódcast con teléfono celular (cupo de 25 personas, costo: $300 pesos, incluye materiales).</p>
<h2>Taller de periodismo juvenil</h2>
<p>Para jóvenes de 15 a 24 años de comunidades indígenas, del 23 al 24 de julio. Las y los menores de edad deben
traer una carta de permiso firmada por su madre, padre o tutor.</p>
""")

s.page("registro.html", "Registro — Encuentro de Medios 2027", """
<h1>Registro</h1>
<p>Llena el formulario antes del 30 de junio. Los campos con (obligatorio) son necesarios.</p>
<form action="@registro.html" method="post">
  <label for="nombre">Nombre completo (obligatorio)</label><input type="text" id="nombre" name="nombre" required>
  <label for="medio">Medio, radio o colectivo (obligatorio)</label><input type="text" id="medio" name="medio" required>
  <label for="pueblo">Pueblo o comunidad</label><input type="text" id="pueblo" name="pueblo">
  <label for="estado">Estado o país (obligatorio)</label><input type="text" id="estado" name="estado" required>
  <label for="correo">Correo electrónico (obligatorio)</label><input type="email" id="correo" name="correo" required>
  <label for="tel">Teléfono o WhatsApp (obligatorio)</label><input type="tel" id="tel" name="tel">
  <label for="nac">Fecha de nacimiento</label><input type="date" id="nac" name="nacimiento">
  <label for="lenguas">Lenguas que hablas</label><input type="text" id="lenguas" name="lenguas">
  <div class="check"><input type="checkbox" id="hosp" name="hospedaje"> <label for="hosp">Necesito hospedaje solidario</label></div>
  <div class="check"><input type="checkbox" id="acepto" name="acepto" required> <label for="acepto">Acepto el aviso de privacidad (obligatorio)</label></div>
  <div class="g-recaptcha" data-sitekey="6LeMEDIOSoax2027-demo"></div>
  <button type="submit">Registrarme</button>
</form>
""")

s.page("apoyos.html", "Apoyos de traslado — Encuentro de Medios 2027", """
<h1>Apoyos de traslado y hospedaje</h1>
<p>Contamos con apoyos para cubrir el transporte y el hospedaje solidario de comunicadoras y comunicadores de
comunidades indígenas que vienen de lejos. Da prioridad a mujeres y jóvenes.</p>
<p>Solicítalo marcando la casilla en el registro y escribiendo a apoyos@mediosindigenas.example.mx.</p>
""")

s.page("radio-en-vivo.html", "Radio en vivo — Encuentro de Medios 2027", """
<h1>Radio en vivo</h1>
<p>Las mesas de diálogo se transmiten en vivo por radio y por internet. Desde cualquier comunidad, la audiencia
puede enviar preguntas y mensajes de voz por WhatsApp, que se leen al aire y responden las y los ponentes.</p>
<p>Las radios que quieran enlazarse a la transmisión deben escribir a enlace@mediosindigenas.example.mx.</p>
""")

s.page("accesibilidad.html", "Accesibilidad y cuidados — Encuentro de Medios 2027", """
<h1>Accesibilidad y cuidados</h1>
<p>La inauguración y la clausura contarán con interpretación en Lengua de Señas Mexicana (LSM).</p>
<p>Habrá interpretación entre zapoteco, mixe y español en las mesas de diálogo.</p>
<p>Contaremos con un espacio de cuidado infantil para niñas y niños de 3 a 10 años durante las actividades.</p>
<p>Les pedimos una disculpa: las sedes del centro histórico tienen escalones y no son accesibles para sillas de ruedas.</p>
<p>Si tienes alguna necesidad, escríbenos a cuidados@mediosindigenas.example.mx.</p>
""")

s.page("programa.html", "Programa — Encuentro de Medios 2027", """
<h1>Programa</h1>
<p>El programa completo está disponible únicamente en PDF: <a href="@docs/programa-encuentro-2027.pdf">descargar el programa</a>.</p>
<p>Algunas de las mesas:</p>
<ul>
  <li>Concesiones de radio y registro ante el Instituto Federal de Telecomunicaciones</li>
  <li>Nuestras lenguas al aire: producción en lenguas originarias</li>
  <li>Tarifas eléctricas y sostenibilidad de las radios comunitarias</li>
</ul>
""")
s.pdf("docs/programa-encuentro-2027.pdf", "Encuentro de Medios Comunitarios e Indigenas 2027\nPrograma\n22 al 25 de julio")

s.page("hospedaje.html", "Hospedaje — Encuentro de Medios 2027", """
<h1>Hospedaje</h1>
<ul>
  <li>Hotel Casa Verde (centro): $650 MXN por noche</li>
  <li>Autobús Ciudad de México–Oaxaca: alrededor de $480</li>
</ul>
""")

s.page("tianguis.html", "Tianguis y donativos — Encuentro de Medios 2027", """
<h1>Tianguis de la comunicación</h1>
<p>Las radios y colectivos pueden vender sus materiales en el tianguis. Mesa para venta: $200 por los cuatro días.</p>
<h2>Donativos</h2>
<p>El Encuentro se sostiene con aportes solidarios. Puedes apoyar con donativos desde $100 por transferencia.</p>
""")

ENTRY = entry(
    s, name="Encuentro de Medios Comunitarios e Indígenas 2027 (Mexican indigenous and community media gathering, Oaxaca)",
    languages=["es"], fees=[(1500, "MXN"), (300, "MXN")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(10, 6, ["affiliation", "phone", "birth_date"]), registration_host=None,
    min_age=15, accessibility_statement=True, access_services=["sign_language", "interpretation", "childcare"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "convocatoria.html", "registro.html", "apoyos.html", "radio-en-vivo.html",
                         "accesibilidad.html", "programa.html"],
    evidence={
        "languages": [
            Q("index.html", "Radios comunitarias, televisoras indígenas, colectivos de video, periodistas y comunicadoras de pueblos originarios"),
            Q("index.html", "Padiuxi!", "Zapotec greeting only (and Zapotec has no ISO 639-1 code)"),
        ],
        "un_languages": [N("es")],
        "fees": [
            Q("convocatoria.html", "aportan una cuota de recuperación de $1,500 MXN por persona"),
            Q("convocatoria.html", "Taller de producción de pódcast con teléfono celular (cupo de 25 personas, costo: $300 pesos, incluye materiales).", "paid add-on workshop"),
            Q("hospedaje.html", "Hotel Casa Verde (centro): $650 MXN por noche", "hotel, not a fee"),
            Q("hospedaje.html", "Autobús Ciudad de México–Oaxaca: alrededor de $480", "transport, not a fee"),
            Q("tianguis.html", "Mesa para venta: $200 por los cuatro días.", "market stall, not a fee (+)"),
            Q("tianguis.html", "Puedes apoyar con donativos desde $100 por transferencia.", "donation, not a fee"),
            Q("programa.html", "Tarifas eléctricas y sostenibilidad de las radios comunitarias", "session title"),
        ],
        "free_option": [Q("convocatoria.html", "La participación es gratuita para medios comunitarios, radios indígenas y colectivos de comunicación.")],
        "fee_support": [Q("apoyos.html", "Contamos con apoyos para cubrir el transporte y el hospedaje solidario de comunicadoras y comunicadores de comunidades indígenas que vienen de lejos.")],
        "remote_participation": [Q("radio-en-vivo.html", "la audiencia puede enviar preguntas y mensajes de voz por WhatsApp, que se leen al aire y responden las y los ponentes.")],
        "captcha": [M("registro.html", '<div class="g-recaptcha" data-sitekey=')],
        "account_required": [N("no account")],
        "registration_form": [
            M("registro.html", '<label for="tel">Teléfono o WhatsApp (obligatorio)</label><input type="tel" id="tel" name="tel">'),
            N("10 fields: nombre, medio, pueblo, estado, correo, teléfono, fecha de nacimiento, lenguas, hospedaje checkbox, "
              "acepto checkbox. Required: nombre, medio, estado, correo, teléfono ('(obligatorio)' only), acepto = 6. "
              "Sensitive: affiliation (medio), phone, birth_date. Pueblo/estado/lenguas are not sensitive."),
        ],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [
            Q("convocatoria.html", "Para jóvenes de 15 a 24 años de comunidades indígenas", "youth workshop: lower bound 15"),
            Q("accesibilidad.html", "para niñas y niños de 3 a 10 años", "childcare ages, not a limit"),
        ],
        "accessibility_statement": [Q("accesibilidad.html", "Si tienes alguna necesidad, escríbenos a cuidados@mediosindigenas.example.mx.")],
        "access_services": [
            Q("accesibilidad.html", "La inauguración y la clausura contarán con interpretación en Lengua de Señas Mexicana (LSM)."),
            Q("accesibilidad.html", "Habrá interpretación entre zapoteco, mixe y español en las mesas de diálogo."),
            Q("accesibilidad.html", "Contaremos con un espacio de cuidado infantil para niñas y niños de 3 a 10 años durante las actividades."),
            Q("accesibilidad.html", "las sedes del centro histórico tienen escalones y no son accesibles para sillas de ruedas.", "negation: no wheelchair access"),
        ],
        "videos_without_captions": [
            M("index.html", '<track kind="captions" src="media/memoria-2025.es.vtt"', "captioned"),
            M("index.html", '<video controls preload="none" width="640" src="media/saludo-radios.mp4">', "no track: 1"),
        ],
        "pdf_only_documents": [Q("programa.html", "El programa completo está disponible únicamente en PDF")],
    })
