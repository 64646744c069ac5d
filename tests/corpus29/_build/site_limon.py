from lib import mk, Q, M, N, entry, fld
s = mk("encuentro-voluntariado-tortugas-marinas-limon", "Encuentro Nacional de Voluntariado en Tortugas Marinas — Limón 2027", "es-CR", "#127a8a", "TM",
       [("index.html", "Inicio"), ("cuotas.html", "Cuotas"), ("inscripcion.html", "Inscripción"), ("programa.html", "Programa"),
        ("accesibilidad.html", "Accesibilidad"), ("alojamiento.html", "Alojamiento"), ("patrocinadores.html", "Patrocinadores"),
        ("tienda.html", "Tienda")],
       foot={"es-CR": "<p>Asociación Caribeña de Conservación de Tortugas · encuentro@tortugas.example.cr</p>"})
s.page("index.html", "Encuentro Nacional de Voluntariado en Tortugas Marinas 2027", """
<h1>Encuentro Nacional de Voluntariado en Tortugas Marinas 2027</h1>
<p>Del 19 al 21 de marzo de 2027 reunimos en Limón a voluntarias y voluntarios de playas de anidación del Caribe y del Pacífico, guías locales, biólogos y estudiantes, para revisar protocolos de patrullaje, manejo de viveros y trabajo con las comunidades costeras.</p>
<p>La última noche saldremos en patrulla a la playa Westfalia con los equipos locales.</p>
<div class="caribbean">
<h2>A word from the Limón patrols</h2>
<p>Many of our patrol volunteers grew up speaking Limón English, so some sessions will switch between Spanish and English. Come ready to walk on soft sand at night, bring a red-light torch and a raincoat, and don't forget that the turtles always come first.</p>
<p>Local patrol volunteers from Cahuita, Westfalia and Moín can join the meeting for free; just tell us your patrol group when you register.</p>
</div>
""")
s.page("cuotas.html", "Cuotas", """
<h1>Cuotas</h1>
<ul>
<li>Inscripción general: ₡25 000</li>
<li>Estudiantes universitarios: ₡10 000</li>
<li>Taller de patrullaje nocturno (opcional, cupo limitado): ₡8 000</li>
</ul>
<p class="note">Las personas voluntarias de los grupos de patrullaje locales de Limón no pagan inscripción.</p>
""")
s.page("inscripcion.html", "Inscripción", """
<h1>Formulario de inscripción</h1>
<form action="@inscripcion.html" method="post">
""" + fld("nom", "Nombre completo (obligatorio)") + fld("ced", "Cédula o pasaporte (obligatorio)")
    + fld("fn", "Fecha de nacimiento (obligatorio)", "date") + fld("cor", "Correo electrónico (obligatorio)", "email")
    + fld("tel", "Teléfono o WhatsApp", "tel") + fld("org", "Organización, universidad o grupo de patrullaje")
    + fld("cat", "Categoría", "select", True, ["General", "Estudiante", "Voluntariado local"])
    + fld("tn", "Me inscribo en el taller de patrullaje nocturno", "checkbox")
    + fld("cam", "Talla de camiseta", "select", opts=["S", "M", "L", "XL"]) + fld("ali", "Restricciones alimentarias", "textarea") + """
<div id="arkose-enforcement" class="arkose-labs" data-public-key="1A2B3C4D-LIMON-2027"></div>
<button type="submit">Inscribirme</button>
</form>
""")
s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul><li>Viernes: protocolos de patrullaje y registro de datos</li><li>Sábado: viveros, educación ambiental y turismo responsable</li><li>Domingo: patrulla nocturna en Westfalia (solo mayores de 18 años)</li></ul>
<p>El encuentro es solo presencial: no habrá transmisión en vivo ni participación virtual.</p>
""")
s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El salón comunal donde nos reunimos está en un segundo piso sin ascensor, y el sendero de playa no es accesible en silla de ruedas. Si tienen alguna necesidad, escríbannos a accesible@tortugas.example.cr y buscaremos soluciones.</p>
<p>Este año no contamos con intérprete de LESCO.</p>
""")
s.page("alojamiento.html", "Alojamiento", """
<h1>Alojamiento y transporte</h1>
<p>Cabinas en Cahuita desde ₡22 000 por noche. El bus desde San José (Gran Terminal del Caribe) cuesta ₡3 400.</p>
""")
s.page("patrocinadores.html", "Patrocinadores", """
<h1>Patrocinadores</h1>
<p>Patrocinio Carey: ₡1 500 000. Patrocinio Baula: ₡600 000.</p>
""")
s.page("tienda.html", "Tienda", """
<h1>Tienda solidaria</h1>
<p>Camisetas del encuentro ₡9 000; botellas reutilizables ₡6 500. Lo recaudado financia el vivero de Moín.</p>
""")
ENTRY = entry(s, name="National sea-turtle volunteers' meeting 2027 (Caribbean turtle conservation association, Limón, Costa Rica)",
    languages=["es", "en"], fees=[(25000, "CRC"), (10000, "CRC"), (8000, "CRC")], free_option=True, fee_support=True,
    remote_participation=False, captcha=["arkose"], account_required=False,
    registration_form=(10, 5, ["id_document", "birth_date", "phone", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=[], videos_without_captions=0,
    participation_pages=["index.html", "cuotas.html", "inscripcion.html", "programa.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "reunimos en Limón a voluntarias y voluntarios de playas de anidación"),
                      Q("index.html", "Many of our patrol volunteers grew up speaking Limón English", "English section without lang")],
        "un_languages": [N("en, es")],
        "fees": [Q("cuotas.html", "Inscripción general: ₡25 000"), Q("cuotas.html", "Estudiantes universitarios: ₡10 000"),
                 Q("cuotas.html", "Taller de patrullaje nocturno (opcional, cupo limitado): ₡8 000"),
                 Q("alojamiento.html", "Cabinas en Cahuita desde ₡22 000 por noche.", "lodging and bus: not fees"),
                 Q("patrocinadores.html", "Patrocinio Carey: ₡1 500 000.", "not a fee"),
                 Q("tienda.html", "Camisetas del encuentro ₡9 000", "goods: not fees")],
        "free_option": [Q("cuotas.html", "Las personas voluntarias de los grupos de patrullaje locales de Limón no pagan inscripción.")],
        "fee_support": [Q("cuotas.html", "Estudiantes universitarios: ₡10 000", "student rate; free for one group")],
        "remote_participation": [Q("programa.html", "El encuentro es solo presencial: no habrá transmisión en vivo ni participación virtual.")],
        "captcha": [M("inscripcion.html", '<div id="arkose-enforcement"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, cédula/passport, birth date, e-mail, phone, organisation, category select, workshop checkbox, T-shirt, diet); 4 marked (obligatorio) + category required = 5; sensitive id_document, birth_date, phone, affiliation", "inscripcion.html"),
                              Q("inscripcion.html", "Cédula o pasaporte (obligatorio)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("programa.html", "patrulla nocturna en Westfalia (solo mayores de 18 años)")],
        "accessibility_statement": [Q("accesibilidad.html", "escríbannos a accesible@tortugas.example.cr y buscaremos soluciones")],
        "access_services": [Q("accesibilidad.html", "el sendero de playa no es accesible en silla de ruedas", "no wheelchair_access"),
                            Q("accesibilidad.html", "Este año no contamos con intérprete de LESCO.", "sign language negated")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
