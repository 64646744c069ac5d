from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

SLUG = "olimpiada-andina-robotica-escolar-quito"
NAV = [("index.html", "Inicio"), ("bases.html", "Bases"), ("inscripcion.html", "Inscripción"),
       ("en-linea.html", "Ronda en línea"), ("apoyo.html", "Apoyo de transporte"), ("accesibilidad.html", "Accesibilidad"),
       ("premios.html", "Premios y auspicios"), ("llegar.html", "Cómo llegar"), ("noticias.html", "Noticias"), ("voluntariado.html", "Voluntariado"), ("en.html", "English")]
s = mk(SLUG, "Olimpiada Andina de Robótica Escolar 2027", "es-EC", "#c1121f", "OAR", NAV,
       foot={"es-EC": '<p>Fundación Robótica Andina (ficticia) · <a href="@resultados-2026.html">Resultados 2026</a> · <a href="@galeria.html">Galería</a> · olimpiada@robotica-andina.example.ec</p>'})
placeholder_media(s, "media/final-2026.mp4")
vtt(s, "media/final-2026.es.vtt", "Bienvenidos a la gran final.")
s.pdf("docs/bases-2027.pdf", "Bases de la Olimpiada Andina de Robotica Escolar 2027")

ALT = [("es", "index.html"), ("en", "en.html")]
s.page("index.html", "Olimpiada Andina de Robótica Escolar 2027", """
<h1>Olimpiada Andina de Robótica Escolar 2027</h1>
<p>Quito, 20 al 22 de agosto de 2027. Equipos de colegios de Ecuador, Colombia, Perú y Bolivia diseñan y programan robots que resuelven retos de agua, agricultura y rescate en montaña.</p>
<p><a href="@inscripcion.html">Inscribe a tu equipo</a></p>
<h2>La final de 2026</h2>
""" + video("media/final-2026.mp4", track="media/final-2026.es.vtt", track_lang="es") + """
""", alternates=ALT)

s.page("bases.html", "Bases", """
<h1>Bases del concurso</h1>
<p>Categoría Junior: de 10 a 13 años. Categoría Senior: de 14 a 18 años. Cada equipo tiene un mentor o mentora mayor de 18 años.</p>
<p>Los robots deben medir como máximo 30 × 30 cm. También puedes descargar las <a href="@docs/bases-2027.pdf">bases en PDF</a>.</p>
""")

s.page("inscripcion.html", "Inscripción", """
<h1>Inscripción</h1>
<p>Inscripción por equipo: $40. Estudiante individual (categoría libre): USD 15.</p>
<p>Los equipos de colegios fiscales no pagan inscripción.</p>
<form action="@inscripcion.html" method="post">
  <fieldset><legend>Equipo</legend>
    <label for="equipo">Nombre del equipo <span class="req">*</span></label><input type="text" id="equipo" name="equipo">
    <label for="colegio">Colegio <span class="req">*</span></label><input type="text" id="colegio" name="colegio">
    <fieldset><legend>Categoría <span class="req">*</span></legend>
      <input type="radio" id="cj" name="cat" value="junior"><label for="cj">Junior</label>
      <input type="radio" id="cs" name="cat" value="senior"><label for="cs">Senior</label>
    </fieldset>
    <label for="ciudad">Ciudad</label><select id="ciudad" name="ciudad"><option>Quito</option><option>Guayaquil</option><option>Cuenca</option><option>Otra</option></select>
  </fieldset>
  <fieldset><legend>Mentor o mentora</legend>
    <label for="m-nombre">Nombres y apellidos <span class="req">*</span></label><input type="text" id="m-nombre" name="m-nombre">
    <label for="m-cedula">Cédula o pasaporte <span class="req">*</span></label><input type="text" id="m-cedula" name="m-cedula">
    <label for="m-cel">Celular <span class="req">*</span></label><input type="tel" id="m-cel" name="m-cel">
    <label for="m-correo">Correo electrónico <span class="req">*</span></label><input type="email" id="m-correo" name="m-correo">
  </fieldset>
  <fieldset><legend>Integrantes</legend>
    <label for="i1">Integrante 1 <span class="req">*</span></label><input type="text" id="i1" name="i1">
    <label for="f1">Fecha de nacimiento 1 <span class="req">*</span></label><input type="date" id="f1" name="f1">
    <label for="i2">Integrante 2</label><input type="text" id="i2" name="i2">
    <label for="f2">Fecha de nacimiento 2</label><input type="date" id="f2" name="f2">
    <label for="i3">Integrante 3</label><input type="text" id="i3" name="i3">
    <label for="f3">Fecha de nacimiento 3</label><input type="date" id="f3" name="f3">
  </fieldset>
  <div class="check"><input type="checkbox" id="aut" name="aut" required><label for="aut">Cuento con la autorización de los representantes legales</label></div>
  <div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
  <button type="submit">Inscribir equipo</button>
</form>
""")

s.page("en-linea.html", "Ronda en línea", """
<h1>Ronda clasificatoria en línea</h1>
<p>Los equipos de Galápagos y de la Amazonía pueden competir en línea en la ronda clasificatoria: presentan su robot por videollamada en vivo y responden las preguntas del jurado.</p>
""")

s.page("apoyo.html", "Apoyo de transporte", """
<h1>Apoyo de transporte</h1>
<p>La fundación entrega ayuda de transporte a los equipos de provincias que pasan a la final.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El coliseo es accesible para sillas de ruedas y tiene baños adaptados.</p>
<p>Este año no contamos con intérprete de lengua de señas.</p>
""")

s.page("premios.html", "Premios y auspicios", """
<h1>Premios y auspicios</h1>
<p>Primer lugar: $500 en equipos para el colegio. Auspicio principal: USD 3.000.</p>
<p>Kit de robótica opcional en la tienda del auspiciante: $120.</p>
""")

s.page("llegar.html", "Cómo llegar", """
<h1>Cómo llegar</h1>
<p>Hostal cercano: $55 por noche. Trolebús: $0,35. Taxi desde el aeropuerto: unos $30.</p>
""")

s.page("noticias.html", "Noticias", """
<h1>Noticias</h1>
<p>El colegio ganador de 2026 recibió una beca de estudios de $2.000 para su capitán, otorgada por la universidad auspiciante.</p>
""")

s.page("voluntariado.html", "Voluntariado", """
<h1>Voluntariado</h1>
<p>Buscamos jueces voluntarios. También ofrecemos un puesto de coordinador técnico con sueldo de $1.100 mensuales.</p>
""")

s.page("en.html", "Andean School Robotics Olympiad 2027", """
<h1>Andean School Robotics Olympiad 2027</h1>
<p>School teams from Ecuador, Colombia, Peru and Bolivia design and program robots that solve challenges about water, farming and mountain rescue.</p>
<p>Team registration is USD 40; individual students pay USD 15. Teams from public schools do not pay.</p>
""", lang="en", alternates=ALT)

ENTRY = entry(s, name="Olimpiada Andina de Robótica Escolar 2027 (school robotics olympiad, Quito)",
    languages=["es", "en"], fees=[(40, "USD"), (15, "USD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(15, 10, ["affiliation", "id_document", "phone", "birth_date"]),
    min_age=10, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    deliberate_404=["resultados-2026.html", "galeria.html"],
    participation_pages=["index.html", "inscripcion.html", "bases.html", "en-linea.html", "apoyo.html", "accesibilidad.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "Equipos de colegios de Ecuador, Colombia, Perú y Bolivia diseñan"),
                      Q("en.html", "School teams from Ecuador, Colombia, Peru and Bolivia design")],
        "un_languages": [N("es, en")],
        "fees": [Q("inscripcion.html", "Inscripción por equipo: $40.", "$ in dollarised Ecuador = USD"),
                 Q("inscripcion.html", "Estudiante individual (categoría libre): USD 15."),
                 Q("en.html", "Team registration is USD 40; individual students pay USD 15.", "same amounts"),
                 Q("premios.html", "Primer lugar: $500 en equipos para el colegio. Auspicio principal: USD 3.000.", "prize, sponsor"),
                 Q("premios.html", "Kit de robótica opcional en la tienda del auspiciante: $120.", "optional merchandise sold by a sponsor"),
                 Q("llegar.html", "Hostal cercano: $55 por noche. Trolebús: $0,35. Taxi desde el aeropuerto: unos $30.", "lodging, trolleybus, taxi"),
                 Q("noticias.html", "una beca de estudios de $2.000 para su capitán", "scholarship prize"),
                 Q("voluntariado.html", "sueldo de $1.100 mensuales", "salary")],
        "free_option": [Q("inscripcion.html", "Los equipos de colegios fiscales no pagan inscripción.")],
        "fee_support": [Q("apoyo.html", "La fundación entrega ayuda de transporte a los equipos de provincias")],
        "remote_participation": [Q("en-linea.html", "presentan su robot por videollamada en vivo y responden las preguntas del jurado")],
        "captcha": [M("inscripcion.html", '<div class="frc-captcha"')],
        "account_required": [N("no account; own form")],
        "registration_form": [N("15 fields: team name, school, category (radio=1), city select; mentor name, ID/passport, mobile, e-mail; member 1 name and birth date, member 2 name and birth date, member 3 name and birth date; guardians' authorisation checkbox. Required: 9 by '*' (team, school, category legend, mentor name, ID, mobile, e-mail, member 1, birth date 1) + authorisation (required) = 10. Sensitive: affiliation (school), id_document, phone, birth_date.", "inscripcion.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("bases.html", "Categoría Junior: de 10 a 13 años.", "range: 10; the mentors' 18 is higher")],
        "accessibility_statement": [Q("accesibilidad.html", "El coliseo es accesible para sillas de ruedas y tiene baños adaptados.", "stated provisions")],
        "access_services": [Q("accesibilidad.html", "El coliseo es accesible para sillas de ruedas"),
                            Q("accesibilidad.html", "Este año no contamos con intérprete de lengua de señas.", "negation")],
        "videos_without_captions": [M("index.html", 'srclang="es"', "the only video has a captions track")],
        "pdf_only_documents": [Q("bases.html", "Categoría Junior: de 10 a 13 años.", "rules in HTML as well as PDF")],
    })
