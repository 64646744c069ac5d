from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Inicio"), ("valores.html", "Valores"), ("inscripcion.html", "Inscripción"),
       ("virtual.html", "Participación virtual"), ("accesibilidad.html", "Accesibilidad"), ("auspicios.html", "Auspicios"),
       ("alojamiento.html", "Alojamiento y viaje"), ("tienda.html", "Tienda")]
FOOT = '<p>Red de Guardaparques Comunitarios del Sur — General Lagos 1234, Valdivia (ficticio) — jornadas@guardaparques-sur.example.cl</p>'
s = mk("jornadas-guardaparques-comunitarios-valdivia", "Jornadas de Guardaparques Comunitarios 2027", "es-CL", "#1f5f3a",
       "GPC", NAV, foot={"es-CL": FOOT})
placeholder_media(s, "media/jornadas-2026.mp4")
s.write("img/codigo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7kQ4m</text></svg>\n')

s.page("index.html", "Jornadas de Guardaparques Comunitarios 2027", """
<h1>Jornadas de Guardaparques Comunitarios 2027</h1>
<p>Mari mari.</p>
<p>Tres días para quienes cuidan bosques, humedales y senderos en áreas protegidas comunitarias del sur de Chile: monitoreo de fauna, manejo de visitantes y prevención de incendios.</p>
<p>Del 14 al 16 de octubre de 2027 en el Centro Cultural El Austral, Valdivia. Revisa la <a href="@memoria-2025.html">memoria 2025</a>.</p>
""" + video("media/jornadas-2026.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The gathering brings together community park rangers from southern Chile to share field methods for wildlife monitoring, visitor management and fire prevention. Sessions are in Spanish; the general fee is CLP 45,000 and volunteer rangers from Mapuche-Huilliche communities take part free of charge.</p>
</section>
""")

s.page("valores.html", "Valores", """
<h1>Valores de inscripción</h1>
<table>
<caption>Valores en pesos chilenos</caption>
<tr><th>Categoría</th><th>Valor</th></tr>
<tr><td>General</td><td>$45.000</td></tr>
<tr><td>Estudiantes</td><td>$20.000</td></tr>
<tr><td>Salida a terreno al Parque Oncol (opcional, organizada por las Jornadas)</td><td>$15.000</td></tr>
</table>
<p>La inscripción es gratis para guardaparques voluntarios de comunidades mapuche-huilliche.</p>
<p>Los menores de 14 años deben venir con un adulto a la salida a terreno.</p>
""")

s.page("inscripcion.html", "Inscripción", """
<h1>Formulario de inscripción</h1>
<form action="@inscripcion.html" method="post">
""" + fld("nombre", "Nombre completo (obligatorio)") + fld("rut", "RUT (obligatorio)")
  + fld("correo", "Correo electrónico (obligatorio)", "email") + fld("fono", "Teléfono", "tel")
  + fld("org", "Organización, parque o comunidad (obligatorio)")
  + fld("comuna", "Comuna", "select", opts=["Valdivia", "Corral", "Panguipulli", "La Unión", "Otra"])
  + radios("modalidad", "Modalidad", ["presencial", "virtual"])
  + fld("terreno", "Me inscribo en la salida a terreno", "checkbox")
  + fld("comida", "Alimentación", "select", opts=["sin restricción", "vegetariana", "vegana"]) + """
<p><img src="@img/codigo.svg" alt="Código de verificación" width="120" height="40"></p>
""" + fld("codigo", "Código de la imagen (obligatorio)")
  + fld("acepto", "Acepto el tratamiento de mis datos", "checkbox", req=True) + """
<button type="submit">Inscribirme</button>
</form>
""")

s.page("virtual.html", "Participación virtual", """
<h1>Participación virtual</h1>
<p>Quienes elijan la modalidad virtual participan por Zoom y pueden hacer preguntas en vivo a los expositores después de cada bloque.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El centro cultural tiene rampa de acceso y baño accesible para sillas de ruedas.</p>
<p>Habrá intérprete de lengua de señas chilena (LSCh) en las plenarias.</p>
<p>No contamos con subtitulado en vivo.</p>
""")

s.page("auspicios.html", "Auspicios", """
<h1>Auspicios</h1>
<p>Auspicio principal: $1.500.000. Stand en el hall: $180.000.</p>
""")

s.page("alojamiento.html", "Alojamiento y viaje", """
<h1>Alojamiento y viaje</h1>
<p>Hostal Calle-Calle: $32.000 la noche.</p>
<p>Bus Santiago–Valdivia: desde $28.000. Arriendo de kayak con un operador turístico: $25.000 por medio día.</p>
""")

s.page("tienda.html", "Tienda", """
<h1>Tienda</h1>
<p>Binoculares 8x42: $89.000. Guía de aves del bosque valdiviano: $18.000.</p>
""")

ENTRY = entry(s, name="Community park rangers' gathering 2027 (community park rangers' network, Valdivia, Chile)",
    languages=["es", "en"],
    fees=[(45000, "CLP"), (20000, "CLP"), (15000, "CLP")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["image"], account_required=False,
    registration_form=(11, 6, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "valores.html", "inscripcion.html", "virtual.html", "accesibilidad.html"],
    deliberate_404=["memoria-2025.html"],
    evidence={
        "languages": [Q("index.html", "Tres días para quienes cuidan bosques, humedales y senderos"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The gathering brings together community park rangers from southern Chile"),
                      Q("index.html", "Mari mari.", "Mapudungun greeting: not listable")],
        "un_languages": [N("en, es")],
        "fees": [Q("valores.html", "$45.000", "45000 CLP"), Q("valores.html", "$20.000", "student 20000 CLP"),
                 Q("valores.html", "Salida a terreno al Parque Oncol (opcional, organizada por las Jornadas)", "field trip 15000 CLP"),
                 Q("index.html", "the general fee is CLP 45,000", "English restatement: no new entry"),
                 Q("auspicios.html", "Auspicio principal: $1.500.000.", "sponsor, stand: not fees"),
                 Q("alojamiento.html", "Hostal Calle-Calle: $32.000 la noche.", "hostel, bus, kayak rental: not fees"),
                 Q("tienda.html", "Binoculares 8x42: $89.000.", "goods: not fees")],
        "free_option": [Q("valores.html", "La inscripción es gratis para guardaparques voluntarios de comunidades mapuche-huilliche.")],
        "fee_support": [Q("valores.html", "Estudiantes", "student rate"),
                        Q("valores.html", "La inscripción es gratis para guardaparques voluntarios", "free for one group")],
        "remote_participation": [Q("virtual.html", "participan por Zoom y pueden hacer preguntas en vivo a los expositores")],
        "captcha": [M("inscripcion.html", '<img src="img/codigo.svg" alt="Código de verificación"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (name, RUT, e-mail, phone, organisation, comuna select, modality radio, field-trip checkbox, meals select, image-code box, consent checkbox); required: 5 marked (obligatorio) + consent = 6", "inscripcion.html"),
                              Q("inscripcion.html", "RUT (obligatorio)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("valores.html", "Los menores de 14 años deben venir con un adulto a la salida a terreno.", "accompaniment rule: not a limit")],
        "accessibility_statement": [Q("accesibilidad.html", "El centro cultural tiene rampa de acceso y baño accesible para sillas de ruedas.")],
        "access_services": [Q("accesibilidad.html", "rampa de acceso y baño accesible para sillas de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "Habrá intérprete de lengua de señas chilena (LSCh) en las plenarias.", "sign_language"),
                            Q("accesibilidad.html", "No contamos con subtitulado en vivo.", "captions negated")],
        "videos_without_captions": [M("index.html", 'src="media/jornadas-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
