"""City citizens' assembly on climate, members drawn by lot (València): es-ES, Valencian (Catalan) section."""
from lib import mk, placeholder_media, video, vtt, Q, M, N, entry

SLUG = "asamblea-ciudadana-clima-valencia"
NAV = [("index.html", "Inicio"), ("como-funciona.html", "Cómo funciona"), ("sorteo.html", "Inscripción al sorteo"),
       ("condiciones.html", "Condiciones"), ("accesibilidad.html", "Accesibilidad"), ("sesiones.html", "Sesiones"),
       ("transporte.html", "Cómo llegar"), ("empleo.html", "Empleo")]
FOOT = ('<p>Oficina de Participación Ciudadana (ficticia) · Plaza del Ayuntamiento, València · '
        '<a href="mailto:asamblea@participa-vlc.example.es">asamblea@participa-vlc.example.es</a></p>')
s = mk(SLUG, "Asamblea Ciudadana por el Clima de València", "es-ES", "#0e7490", "AC", NAV, foot={"es-ES": FOOT})
placeholder_media(s, "media/que-es.mp4")
placeholder_media(s, "media/testimonios.mp4")
vtt(s, "media/que-es.es.vtt", "¿Qué es una asamblea ciudadana?")

s.page("index.html", "Asamblea Ciudadana por el Clima de València", """
<h1>Asamblea Ciudadana por el Clima</h1>
<p>Cien vecinas y vecinos de València, elegidos por sorteo para reflejar la diversidad de la ciudad, se reunirán durante
seis sábados entre febrero y mayo de 2027 para responder a una pregunta: ¿cómo reducimos a la mitad las emisiones de
la ciudad antes de 2035 de forma justa?</p>
<p>Sus recomendaciones se debatirán en el Pleno municipal. <a href="@sorteo.html">Inscríbete en el sorteo</a> antes del 15 de diciembre.</p>
<p><a href="@condiciones.html">Participación gratuita y compensación</a> · <a href="@accesibilidad.html">Accesibilidad y cuidado infantil</a></p>
<section lang="ca">
<h2>En valencià</h2>
<p>L'Assemblea Ciutadana pel Clima reunirà cent persones de València triades per sorteig. Es trobaran sis dissabtes,
de febrer a maig de 2027, per a proposar com reduir les emissions de la ciutat de manera justa. La participació és
gratuïta i cada membre rep una compensació per sessió. Les sessions es fan en castellà i en valencià, amb
interpretació en llengua de signes.</p>
</section>
""" + video("media/que-es.mp4", track="media/que-es.es.vtt", track_lang="es", label="Español") + """
<h2>Testimonios de la asamblea de 2025</h2>
""" + video("media/testimonios.mp4") + """
""")

s.page("como-funciona.html", "Cómo funciona", """
<h1>Cómo funciona</h1>
<p>Entre todas las personas inscritas, un sorteo estratificado por edad, género, barrio y nivel de estudios elige a
los cien miembros y a veinte suplentes. Las sesiones combinan exposiciones de especialistas, trabajo en grupos
pequeños y votaciones.</p>
""")

s.page("sorteo.html", "Inscripción al sorteo", """
<h1>Inscripción al sorteo</h1>
<p>Pueden inscribirse las personas empadronadas en la ciudad con 16 años cumplidos a 1 de febrero de 2027.</p>
<form action="@sorteo.html" method="post">
  <label for="n">Nombre (obligatorio)</label><input type="text" id="n" name="nombre" required>
  <label for="a">Apellidos (obligatorio)</label><input type="text" id="a" name="apellidos" required>
  <label for="dni">DNI/NIE (obligatorio)</label><input type="text" id="dni" name="dni" required>
  <label for="fn">Fecha de nacimiento (obligatorio)</label><input type="date" id="fn" name="nacimiento" required>
  <label for="g">Género (obligatorio)</label>
  <select id="g" name="genero" required><option value="">Elige</option><option>Mujer</option><option>Hombre</option><option>No binario</option><option>Prefiero no decirlo</option></select>
  <label for="d">Distrito (obligatorio)</label>
  <select id="d" name="distrito" required><option value="">Elige</option><option>Ciutat Vella</option><option>Benimaclet</option><option>Poblats Marítims</option><option>Campanar</option><option>Pobles del Sud</option></select>
  <label for="t">Teléfono (obligatorio)</label><input type="tel" id="t" name="telefono" required>
  <label for="e">Correo electrónico</label><input type="email" id="e" name="email">
  <label for="ne">Nivel de estudios</label>
  <select id="ne" name="estudios"><option>Sin estudios</option><option>Primarios</option><option>Secundarios</option><option>Universitarios</option></select>
  <div class="check"><input type="checkbox" id="pp" name="privacidad" required> <label for="pp">He leído la política de privacidad (obligatorio)</label></div>
  <div class="frc-captcha" data-sitekey="FCMVLCPARTICIPAEXAMPLE"></div>
  <button type="submit">Apuntarme al sorteo</button>
</form>
""")

s.page("condiciones.html", "Condiciones de participación", """
<h1>Condiciones de participación</h1>
<ul>
  <li>La participación es gratuita.</li>
  <li>Cada miembro recibe una compensación de 50 € por sesión completa, y el Ayuntamiento reembolsa los gastos de desplazamiento.</li>
  <li>Las sesiones son presenciales en La Petxina. Se retransmiten en directo para quien quiera seguirlas, pero no es posible participar ni votar en línea.</li>
</ul>
""")

s.page("accesibilidad.html", "Accesibilidad y cuidados", """
<h1>Accesibilidad y cuidados</h1>
<p>Todas las sesiones plenarias tienen interpretación en lengua de signos española (LSE) y subtitulado en directo.</p>
<p>La Petxina es accesible en silla de ruedas y dispone de aseos adaptados.</p>
<p>Hay un servicio gratuito de cuidado infantil para niñas y niños de 3 a 12 años durante las sesiones.</p>
<p>Si necesitas otro apoyo, llama al 962 000 000 o escribe a accesible@participa-vlc.example.es.</p>
""")

s.page("sesiones.html", "Sesiones", """
<h1>Sesiones</h1>
<ol>
  <li>6 de febrero — ¿Cuánto cuesta la transición? 3.000 millones de euros en diez años</li>
  <li>27 de febrero — Movilidad: la EMT y el carril bici</li>
  <li>20 de marzo — Vivienda y calor: personas mayores de 65 años</li>
  <li>17 de abril — Votación de las recomendaciones</li>
</ol>
""")

s.page("transporte.html", "Cómo llegar", """
<h1>Cómo llegar a La Petxina</h1>
<p>Autobús EMT líneas 7 y 81; el bono de 10 viajes cuesta 10 €. Aparcamiento público a 1,80 € la hora.</p>
""")

s.page("empleo.html", "Empleo", """
<h1>Empleo</h1>
<p>La entidad facilitadora busca dinamizador/a de grupos para las sesiones: contrato de seis meses, 2.100 € brutos al mes.</p>
""")

ENTRY = entry(
    s, name="Citizens' Assembly on Climate (city participation office, València)",
    languages=["es", "ca"], fees=[], free_option=True, fee_support=True, remote_participation=False,
    captcha=["friendlycaptcha"], account_required=False,
    registration_form=(10, 8, ["id_document", "birth_date", "gender", "phone"]), min_age=16,
    accessibility_statement=True, access_services=["sign_language", "captions", "wheelchair_access", "childcare"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "sorteo.html", "condiciones.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "Cien vecinas y vecinos de València, elegidos por sorteo"),
                      Q("index.html", "L'Assemblea Ciutadana pel Clima reunirà cent persones de València", "Valencian (ca) section")],
        "un_languages": [N("es")],
        "fees": [Q("condiciones.html", "La participación es gratuita.", "no fee"),
                 Q("condiciones.html", "Cada miembro recibe una compensación de 50 € por sesión completa", "stipend, not a fee"),
                 Q("transporte.html", "el bono de 10 viajes cuesta 10 €", "bus and parking"),
                 Q("empleo.html", "2.100 € brutos al mes", "salary"),
                 Q("sesiones.html", "3.000 millones de euros en diez años", "session title")],
        "free_option": [Q("condiciones.html", "La participación es gratuita."),
                        Q("index.html", "La participació és gratuïta")],
        "fee_support": [Q("condiciones.html", "el Ayuntamiento reembolsa los gastos de desplazamiento")],
        "remote_participation": [Q("condiciones.html", "Se retransmiten en directo para quien quiera seguirlas, pero no es posible participar ni votar en línea.")],
        "captcha": [M("sorteo.html", '<div class="frc-captcha"')],
        "account_required": [N("own form")],
        "registration_form": [N("lottery sign-up, 10 fields: first name, surnames, DNI/NIE, birth date, gender select, "
                                "district select, phone, e-mail, education select, privacy checkbox. Required "
                                "((obligatorio) and required): all but e-mail and education = 8. Sensitive: id_document, "
                                "birth_date, gender, phone (district and education not sensitive).", "sorteo.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("sorteo.html", "con 16 años cumplidos", "16; childcare ages 3-12 are not a limit")],
        "accessibility_statement": [Q("accesibilidad.html", "Si necesitas otro apoyo, llama al 962 000 000")],
        "access_services": [Q("accesibilidad.html", "interpretación en lengua de signos española (LSE) y subtitulado en directo."),
                            Q("accesibilidad.html", "La Petxina es accesible en silla de ruedas"),
                            Q("accesibilidad.html", "Hay un servicio gratuito de cuidado infantil")],
        "videos_without_captions": [M("index.html", 'src="media/testimonios.mp4">', "no track; que-es.mp4 is captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
