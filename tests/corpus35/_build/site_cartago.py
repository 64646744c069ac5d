from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
S = "taller-festival-cimarronas-mascaradas-cartago"
NAV = [("index.html", "Inicio"), ("costos.html", "Costos"), ("inscripcion.html", "Inscripción"), ("preguntas.html", "Preguntas"),
       ("accesibilidad.html", "Accesibilidad"), ("tienda.html", "Tienda"), ("patrocinio.html", "Patrocinio"), ("hospedaje.html", "Hospedaje")]
s = mk(S, "Taller-Festival de Cimarronas y Mascaradas, Cartago", "es-CR", "#8a1538", "TFC", NAV,
       foot={"es-CR": '<p>Asociación Cultural Cimarronas del Valle, Cartago centro — taller@cimarronas.example.cr</p>'})
placeholder_media(s, "media/desfile.mp4")
s.page("index.html", "Taller-Festival de Cimarronas 2027", """
<h1>Taller-Festival de Cimarronas y Mascaradas 2027</h1>
<p>Durante cuatro días, músicos de cimarronas de todo el país ensayan repertorio tradicional con maestros de banda, y artesanos enseñan a modelar y pintar máscaras de papel maché. El festival cierra con un desfile por el centro de Cartago.</p>
<ul>
<li><a href="@costos.html">Costos</a></li>
<li><a href="@inscripcion.html">Formulario de inscripción</a></li>
<li><a href="@preguntas.html">Preguntas frecuentes</a></li>
<li><a href="@accesibilidad.html">Accesibilidad</a></li>
</ul>
""" + video("media/desfile.mp4"))
s.page("costos.html", "Costos", """
<h1>Costos</h1>
<table>
<tr><th>Modalidad</th><th>Costo</th></tr>
<tr><td>Músicos de bandas y cimarronas</td><td>₡25 000</td></tr>
<tr><td>Estudiantes de música (con carné)</td><td>₡12 000</td></tr>
<tr><td>Taller infantil de mascaradas</td><td>₡5 000</td></tr>
</table>
<p>El desfile de mascaradas y los conciertos en la plaza son gratuitos para todo el público.</p>
""")
s.page("inscripcion.html", "Inscripción", """
<h1>Formulario de inscripción</h1>
<p>El taller infantil de mascaradas es para niñas y niños de 9 a 13 años; el taller de música es para bandas y estudiantes.</p>
<form action="@inscripcion.html" method="post">
""" + fld("nombre", "Nombre completo (dato requerido)") + fld("cedula", "Número de cédula (dato requerido)") +
fld("nacimiento", "Fecha de nacimiento", "date") + fld("telefono", "Teléfono (dato requerido)", "tel") +
fld("correo", "Correo electrónico (dato requerido)", "email") + fld("banda", "Banda, cimarrona o escuela de música") +
fld("instrumento", "Instrumento", "select", opts=["Trompeta", "Clarinete", "Bombardino", "Redoblante", "Bombo", "Ninguno"]) +
radios("modalidad", "Modalidad", ["Músico", "Estudiante de música", "Taller infantil"], req=True) +
fld("encargado", "Nombre de la persona encargada (solo taller infantil)") +
fld("fotos", "Autorizo el uso de fotografías", "checkbox") + fld("reglamento", "Acepto el reglamento del taller", "checkbox", req=True) + """
<div id="arkose-enforcement" class="arkose-labs"></div>
<button type="submit">Inscribirme</button>
</form>
""")
s.page("preguntas.html", "Preguntas", """
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Se puede participar en línea?</summary><p>No hay modalidad virtual: los ensayos y los talleres son presenciales.</p></details>
<details open><summary>¿Debo llevar instrumento?</summary><p>Sí, salvo la percusión grande, que presta la Asociación.</p></details>
""")
s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El salón de ensayo está en planta baja y tiene rampa en la entrada principal.</p>
<p>Los conciertos de la plaza contarán con intérprete de LESCO.</p>
<p>Habrá un espacio de cuido infantil con cuidadoras durante los ensayos de la tarde.</p>
""")
s.page("tienda.html", "Tienda", """
<h1>Tienda de la Asociación</h1>
<p>Trompeta usada revisada: ₡180 000. Máscara pintada a mano: ₡35 000.</p>
""")
s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio</h1>
<p>Paquete de patrocinio del desfile: ₡500 000.</p>
<p><a href="@memoria-2026.html">Memoria del festival 2026</a></p>
""")
s.page("hospedaje.html", "Hospedaje", """
<h1>Hospedaje y transporte</h1>
<p>Hotel frente a la basílica: ₡28 000 la noche.</p>
<p>Bandas que vienen de Nicaragua: el bus desde Managua cuesta cerca de C$ 900 por persona.</p>
""")
ENTRY = entry(s, name="Cimarrona and mascarada festival-workshop 2027 (cultural association, Cartago, Costa Rica)",
    languages=["es"], fees=[(25000, "CRC"), (12000, "CRC"), (5000, "CRC")], free_option=True, fee_support=True,
    remote_participation=False, captcha=["arkose"], account_required=False,
    registration_form=(11, 6, ["id_document", "birth_date", "phone", "affiliation"]), min_age=9,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "costos.html", "inscripcion.html", "preguntas.html", "accesibilidad.html"],
    deliberate_404=["memoria-2026.html"],
    evidence={
        "languages": [Q("index.html", "Durante cuatro días, músicos de cimarronas de todo el país ensayan repertorio tradicional")],
        "un_languages": [N("es")],
        "fees": [Q("costos.html", "Músicos de bandas y cimarronas ₡25 000", "25000 CRC"),
                 Q("costos.html", "Estudiantes de música (con carné) ₡12 000", "12000 CRC"),
                 Q("costos.html", "Taller infantil de mascaradas ₡5 000", "5000 CRC children's workshop"),
                 Q("tienda.html", "Trompeta usada revisada: ₡180 000.", "shop: not a fee"),
                 Q("patrocinio.html", "₡500 000", "sponsor: not a fee"),
                 Q("hospedaje.html", "C$ 900", "NIO bus and hotel: not fees")],
        "free_option": [Q("costos.html", "El desfile de mascaradas y los conciertos en la plaza son gratuitos para todo el público.")],
        "fee_support": [Q("costos.html", "Estudiantes de música (con carné) ₡12 000", "student rate below 25000")],
        "remote_participation": [Q("preguntas.html", "No hay modalidad virtual: los ensayos y los talleres son presenciales.", "FAQ")],
        "captcha": [M("inscripcion.html", '<div id="arkose-enforcement" class="arkose-labs">')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields: name, cédula, birth date, phone, e-mail, band/school, instrument select, modality radio, guardian name, photo-consent checkbox, rules checkbox; required: 4 marked (dato requerido) + radio + rules checkbox (required attr) = 6", "inscripcion.html"),
                              Q("inscripcion.html", "Número de cédula (dato requerido)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "El taller infantil de mascaradas es para niñas y niños de 9 a 13 años", "programme of the event: 9")],
        "accessibility_statement": [Q("accesibilidad.html", "El salón de ensayo está en planta baja y tiene rampa en la entrada principal.")],
        "access_services": [Q("accesibilidad.html", "El salón de ensayo está en planta baja y tiene rampa", "wheelchair_access"),
                            Q("accesibilidad.html", "contarán con intérprete de LESCO", "sign_language"),
                            Q("accesibilidad.html", "espacio de cuido infantil con cuidadoras", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/desfile.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
