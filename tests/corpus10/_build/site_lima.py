"""National congress of librarians and archivists of Peru (professional association), Lima.
es-PE with a Quechua section; soles written "S/" and "S/."; everyone pays; Joinnus with account."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

SLUG = "congreso-nacional-bibliotecarios-archiveros-lima"
s = mk(SLUG, "XXI Congreso Nacional de Bibliotecarios y Archiveros del Perú", "es-PE", "#8c1d18", "CNB",
       [("index.html", "Inicio"), ("inscripcion.html", "Inscripción"), ("becas.html", "Becas"),
        ("virtual.html", "Participación virtual"), ("accesibilidad.html", "Accesibilidad"),
        ("programa.html", "Programa"), ("alojamiento.html", "Alojamiento"), ("stands.html", "Expositores")],
       foot={"es-PE": '<p>Colegio de Bibliotecarios del Perú (ficticio) · <a href="@bolsa.html">Bolsa de trabajo</a> · '
                      'congreso@cnb-peru.example.org</p>'})

placeholder_media(s, "media/saludo.mp4")
vtt(s, "media/saludo.vtt", "Bienvenidas y bienvenidos al congreso.")

s.page("index.html", "Congreso Nacional de Bibliotecarios y Archiveros 2027", f"""
<h1>XXI Congreso Nacional de Bibliotecarios y Archiveros del Perú</h1>
<p>Lima, 9 al 11 de setiembre de 2027 · Centro Cultural de la Universidad (ficticio), Cercado de Lima.</p>
<p>El congreso reúne a bibliotecarios, archiveros y gestores de información de todas las regiones del país para
debatir sobre acceso abierto, memoria y servicios de lectura en comunidades rurales.</p>
<p><a href="@inscripcion.html">Inscríbete aquí</a> · <a href="@becas.html">Becas de pasaje</a> ·
<a href="@virtual.html">Participa en línea</a></p>
{video("media/saludo.mp4", track="media/saludo.vtt", track_lang="es", label="Español")}
<section lang="qu">
<h2>Runasimipi</h2>
<p>Kay hatun huñunakuypi llapan suyukunamanta bibliotecariokuna, archiverokunapas tantakunqaku. Ayllukunapi
ñawinchaymanta, qillqasqa yachaykunata waqaychaymanta, runasimipi qillqasqa mayt'ukunamantawan rimarisunchik.
Llapa runakunapaqmi kay tantanakuy, hamuychik.</p>
</section>
""")

s.page("inscripcion.html", "Inscripción", """
<h1>Inscripción</h1>
<table>
  <caption>Tarifas de inscripción</caption>
  <tr><th>Categoría</th><th>Tarifa</th></tr>
  <tr><td>Colegiados hábiles</td><td>S/ 250</td></tr>
  <tr><td>No colegiados</td><td>S/ 380</td></tr>
  <tr><td>Estudiantes de pregrado</td><td>S/. 120</td></tr>
  <tr><td>Participación virtual (con chat y voto)</td><td>S/ 60</td></tr>
</table>
<p>Todos los participantes, incluidos los ponentes, abonan la inscripción.</p>
<p>La venta de entradas se realiza en <a href="https://www.joinnus.com/events/congreso-bibliotecarios-2027">Joinnus</a>.
Para comprar en Joinnus debes iniciar sesión o crear una cuenta.</p>
""")

s.page("becas.html", "Becas de pasaje", """
<h1>Becas de pasaje</h1>
<p>El Colegio otorga 40 becas de pasaje para bibliotecarios de regiones, de hasta S/ 800 por persona.</p>
<p>Los estudiantes de pregrado pagan una tarifa reducida.</p>
<p>Envía tu solicitud a becas@cnb-peru.example.org antes del 15 de julio.</p>
""")

s.page("virtual.html", "Participación virtual", """
<h1>Participación virtual</h1>
<p>Los participantes virtuales pueden formular preguntas por el chat moderado y votar en la asamblea general del Colegio.</p>
<p>La plataforma se enviará a quienes hayan pagado la tarifa virtual.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El auditorio cuenta con rampas y ascensor para personas usuarias de sillas de ruedas.</p>
<p>Ofrecemos interpretación simultánea español–quechua en las sesiones plenarias.</p>
<p>Este año no contaremos con intérpretes de lengua de señas peruana.</p>
<p>Si requieres algún ajuste, escríbenos a accesibilidad@cnb-peru.example.org.</p>
""")

s.pdf("docs/programa.pdf", "Programa del XXI Congreso Nacional de Bibliotecarios\n9 al 11 de setiembre de 2027")
s.page("programa.html", "Programa", """
<h1>Programa</h1>
<p><a href="@docs/programa.pdf">Descargar el programa (PDF)</a></p>
<h2>Jueves 9</h2>
<ul>
  <li>Lenguas originarias en el catálogo: experiencias regionales</li>
  <li>Registro de autoridades y datos enlazados</li>
  <li>Tarifas de préstamo interbibliotecario: ¿quién paga?</li>
</ul>
<h2>Viernes 10</h2>
<ul><li>Archivos comunitarios y memoria</li><li>Asamblea general del Colegio</li></ul>
""")

s.page("alojamiento.html", "Alojamiento y transporte", """
<h1>Alojamiento y transporte</h1>
<p>Hotel Miraflores Centro: S/ 220 por noche, desayuno incluido.</p>
<p>Taxi desde el aeropuerto: S/ 60 aproximadamente.</p>
<p>Metropolitano: S/ 3.50 por viaje.</p>
""")

s.page("stands.html", "Expositores", """
<h1>Expositores</h1>
<p>Stand de 3 x 2 m: S/ 4 500 (incluye dos credenciales de expositor).</p>
<p>Auspicio de la cena de clausura: S/ 12 000.</p>
""")

s.page("bolsa.html", "Bolsa de trabajo", """
<h1>Bolsa de trabajo</h1>
<p>Biblioteca municipal busca jefe de biblioteca, sueldo S/ 3 800 mensuales.</p>
""")

ENTRY = entry(
    s, name="XXI Congreso Nacional de Bibliotecarios y Archiveros del Perú (professional association congress, Lima)",
    languages=["es", "qu"],
    fees=[(250, "PEN"), (380, "PEN"), (120, "PEN"), (60, "PEN")],
    free_option=False, fee_support=True, remote_participation=True, captcha=[], account_required=True,
    registration_form=None, registration_host="www.joinnus.com", min_age=None, accessibility_statement=True,
    access_services=["interpretation", "wheelchair_access"], videos_without_captions=0,
    participation_pages=["index.html", "inscripcion.html", "becas.html", "virtual.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "El congreso reúne a bibliotecarios, archiveros y gestores de información"),
                      Q("index.html", "Kay hatun huñunakuypi llapan suyukunamanta bibliotecariokuna", "Quechua section (lang=qu)")],
        "un_languages": [N("es")],
        "fees": [Q("inscripcion.html", "Colegiados hábiles S/ 250", "member rate"),
                 Q("inscripcion.html", "No colegiados S/ 380"),
                 Q("inscripcion.html", "Estudiantes de pregrado S/. 120", "S/. = soles"),
                 Q("inscripcion.html", "Participación virtual (con chat y voto) S/ 60", "paid interactive virtual pass"),
                 Q("becas.html", "de hasta S/ 800 por persona", "bursary, not a fee"),
                 Q("alojamiento.html", "Hotel Miraflores Centro: S/ 220 por noche", "hotel"),
                 Q("alojamiento.html", "Taxi desde el aeropuerto: S/ 60 aproximadamente.", "taxi, same amount as the virtual pass"),
                 Q("alojamiento.html", "Metropolitano: S/ 3.50 por viaje.", "bus"),
                 Q("stands.html", "Stand de 3 x 2 m: S/ 4 500", "exhibitor"),
                 Q("bolsa.html", "sueldo S/ 3 800 mensuales", "salary"),
                 Q("programa.html", "Tarifas de préstamo interbibliotecario: ¿quién paga?", "session title")],
        "free_option": [Q("inscripcion.html", "Todos los participantes, incluidos los ponentes, abonan la inscripción.",
                          "fees stated, nothing free: false")],
        "fee_support": [Q("becas.html", "El Colegio otorga 40 becas de pasaje para bibliotecarios de regiones"),
                        Q("inscripcion.html", "Estudiantes de pregrado S/. 120", "reduced student rate")],
        "remote_participation": [Q("virtual.html", "Los participantes virtuales pueden formular preguntas por el chat moderado y votar")],
        "captcha": [N("no CAPTCHA; tickets on Joinnus")],
        "account_required": [Q("inscripcion.html", "Para comprar en Joinnus debes iniciar sesión o crear una cuenta.")],
        "registration_form": [N("no form on the site; registration only on Joinnus")],
        "registration_host": [M("inscripcion.html", 'href="https://www.joinnus.com/events/congreso-bibliotecarios-2027"')],
        "registration_pdf_only": [N("platform, not a PDF")],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [Q("accesibilidad.html", "Si requieres algún ajuste, escríbenos a accesibilidad@cnb-peru.example.org.")],
        "access_services": [Q("accesibilidad.html", "El auditorio cuenta con rampas y ascensor para personas usuarias de sillas de ruedas."),
                            Q("accesibilidad.html", "Ofrecemos interpretación simultánea español–quechua"),
                            Q("accesibilidad.html", "Este año no contaremos con intérpretes de lengua de señas peruana.",
                              "negation: no sign_language")],
        "videos_without_captions": [M("index.html", 'srclang="es"', "the only video has a captions track")],
        "pdf_only_documents": [Q("programa.html", "Registro de autoridades y datos enlazados", "programme in HTML as well as PDF")],
    })
