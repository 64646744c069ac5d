from lib import mk, placeholder_media, video, Q, M, N, entry, fld, radios

NAV = [("index.html", "Inicio"), ("costos.html", "Costos"), ("inscripcion.html", "Inscripción"),
       ("clases.html", "Clases magistrales"), ("accesibilidad.html", "Accesibilidad"), ("auspiciantes.html", "Auspiciantes"),
       ("alojamiento.html", "Alojamiento"), ("tienda.html", "Tienda")]
s = mk("encuentro-arpa-paraguaya-asuncion", "Encuentro Nacional del Arpa Paraguaya 2027", "es-PY", "#2f6b2f", "AP", NAV,
       foot={"es-PY": "<p>Asociación de Arpistas del Paraguay · encuentro@arpa-py.example.com.py</p>"})
placeholder_media(s, "media/arpa.mp4")

s.page("index.html", "Encuentro Nacional del Arpa Paraguaya 2027", """
<h1>Encuentro Nacional del Arpa Paraguaya 2027</h1>
<p>Del 20 al 24 de octubre de 2027, arpistas de todo el país se reúnen en el Centro Cultural de la República El Cabildo,
en Asunción, para clases magistrales de polca, guarania y compuesto, y para conciertos abiertos en la Plaza de los Héroes.</p>
<p>Consultá los <a href="@costos.html">costos</a> y completá la <a href="@inscripcion.html">inscripción</a>.
Fotos del encuentro anterior: <a href="@galeria-2026.html">galería 2026</a>.</p>
""" + video("media/arpa.mp4") + """
<section lang="gn">
<h2>Arpa Paraguái Ñembyaty</h2>
<p>Ko ary arpa ñembopu ha mbo'esyry ojejapóta Asunción-pe, jasypa ha ára 20 guive 24 peve. Umi purahéi ñembopu Plaza de los
Héroes-pe ndojehepyme'ẽi, opavave ikatu oho. Mbo'esyrýpe guarã eñemboheraguapy ko kuatiarogue rupive.</p>
</section>
""")

s.page("costos.html", "Costos", """
<h1>Costos</h1>
<ul>
<li>Clase magistral (tres sesiones): Gs. 150.000</li>
<li>Estudiantes de conservatorio: Gs. 75.000</li>
</ul>
<p>Los conciertos en la Plaza de los Héroes son gratuitos y abiertos a todo público.</p>
""")

form = "".join([
    fld("nom", "Nombre y apellido (obligatorio)"), fld("cor", "Correo electrónico (obligatorio)", "email"),
    fld("ci", "Cédula de identidad (obligatorio)"), fld("tel", "Teléfono (obligatorio)", "tel"),
    fld("fn", "Fecha de nacimiento (obligatorio)", "date"), fld("esc", "Escuela de música o conservatorio"),
    radios("niv", "Nivel (obligatorio)", ["Inicial", "Intermedio", "Avanzado"]),
    fld("cla", "Clase magistral (obligatorio)", "select", opts=["Polca", "Guarania", "Compuesto", "Arpa y canto"]),
    fld("arpa", "Traigo mi propia arpa", "checkbox"),
    fld("ok", "Acepto el reglamento del encuentro (obligatorio)", "checkbox"),
])
s.page("inscripcion.html", "Inscripción", f"""
<h1>Inscripción a las clases magistrales</h1>
<p>Pueden inscribirse arpistas desde los doce años cumplidos.</p>
<form action="@inscripcion.html" method="post">{form}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAplaceholderASU"></div>
<button type="submit">Inscribirme</button></form>
""")

s.page("clases.html", "Clases magistrales", """
<h1>Clases magistrales</h1>
<p>Cada clase magistral se dicta en sala y también por Zoom: los alumnos en línea tocan su pieza ante el maestro y hacen
preguntas en vivo, igual que los presenciales.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El Cabildo tiene rampa de acceso y ascensor; las salas de clase son accesibles en silla de ruedas.</p>
<p>Los conciertos de la plaza cuentan con intérprete de lengua de señas paraguaya (LSPy).</p>
<p>Consultas: accesible@arpa-py.example.com.py</p>
""")

s.page("auspiciantes.html", "Auspiciantes", """
<h1>Auspiciantes</h1>
<p>Auspicio principal: Gs. 25.000.000. Stand de luthería en la plaza: Gs. 1.200.000.</p>
""")

s.page("alojamiento.html", "Alojamiento", """
<h1>Alojamiento y traslados</h1>
<p>Hostal del Centro: Gs. 180.000 la noche. Ómnibus desde Encarnación: Gs. 90.000.</p>
""")

s.page("tienda.html", "Tienda", """
<h1>Tienda del encuentro</h1>
<p>Juego de cuerdas para arpa: Gs. 45.000. Cancionero de guaranias: Gs. 60.000.</p>
""")

ENTRY = entry(
    s, name="National Paraguayan Harp Gathering 2027 (harpists' association, Asunción)",
    languages=["es", "gn"],
    fees=[(150000, "PYG"), (75000, "PYG")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"],
    account_required=False, registration_form=(10, 8, ["id_document", "phone", "birth_date", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=12, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "costos.html", "inscripcion.html", "clases.html", "accesibilidad.html"],
    deliberate_404=["galeria-2026.html"],
    evidence={
        "languages": [Q("index.html", "arpistas de todo el país se reúnen en el Centro Cultural de la República El Cabildo"),
                      M("index.html", '<section lang="gn">', "Guaraní section with lang"),
                      Q("index.html", "Ko ary arpa ñembopu ha mbo'esyry ojejapóta Asunción-pe")],
        "un_languages": [N("es")],
        "fees": [Q("costos.html", "Clase magistral (tres sesiones): Gs. 150.000", "150000 PYG"),
                 Q("costos.html", "Estudiantes de conservatorio: Gs. 75.000", "75000 PYG"),
                 Q("auspiciantes.html", "Auspicio principal: Gs. 25.000.000.", "sponsorship and stand: not fees"),
                 Q("alojamiento.html", "Hostal del Centro: Gs. 180.000 la noche.", "hostel and bus: not fees"),
                 Q("tienda.html", "Juego de cuerdas para arpa: Gs. 45.000.", "shop items: not fees")],
        "free_option": [Q("costos.html", "Los conciertos en la Plaza de los Héroes son gratuitos y abiertos a todo público.")],
        "fee_support": [Q("costos.html", "Estudiantes de conservatorio: Gs. 75.000", "student rate")],
        "remote_participation": [Q("clases.html", "los alumnos en línea tocan su pieza ante el maestro y hacen preguntas en vivo")],
        "captcha": [M("inscripcion.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, e-mail, cédula, phone, birth date, music school, level radio, class "
                                "select, own-harp checkbox, rules checkbox); 8 marked (obligatorio); sensitive id_document, "
                                "phone, birth_date, affiliation", "inscripcion.html"),
                              Q("inscripcion.html", "Cédula de identidad (obligatorio)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "Pueden inscribirse arpistas desde los doce años cumplidos.", "12 in words")],
        "accessibility_statement": [Q("accesibilidad.html", "El Cabildo tiene rampa de acceso y ascensor")],
        "access_services": [Q("accesibilidad.html", "las salas de clase son accesibles en silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "intérprete de lengua de señas paraguaya (LSPy)", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/arpa.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
