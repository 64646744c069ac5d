"""Community muralists' meeting, a murals collective and the municipal culture house, León (es-NI, en section with lang, Miskito greeting)."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media

NAV = [("index.html", "Inicio"), ("cuotas.html", "Cuotas"), ("inscripcion.html", "Inscripción"), ("preguntas.html", "Preguntas"),
       ("accesibilidad.html", "Accesibilidad"), ("patrocinio.html", "Patrocinio"), ("hospedaje.html", "Hospedaje"),
       ("tienda.html", "Tienda")]
FOOT = {"es-NI": "<p>Colectivo Muros que Hablan y Casa de Cultura de León, de la Catedral 2 c. al norte. encuentro@muros.example.ni</p>"}
s = mk("encuentro-muralistas-comunitarios-leon", "Encuentro de Muralistas Comunitarios 2027", "es-NI", "#c4561b", "MC", NAV, foot=FOOT)
placeholder_media(s, "media/mural-sutiava-2025.mp4")

s.page("index.html", "Encuentro de Muralistas Comunitarios 2027", """
<h1>Encuentro de Muralistas Comunitarios</h1>
<p>Naksa! — saludo de las y los muralistas de la Costa Caribe.</p>
<p>Del 5 al 9 de febrero de 2027, muralistas de barrios, escuelas y comunidades de toda Nicaragua pintan juntos tres muros en Sutiava y comparten técnicas de diseño participativo con vecinas y vecinos.</p>
""" + video("media/mural-sutiava-2025.mp4") + """
<section lang="en">
<h2>For international muralists</h2>
<p>Community muralists from Nicaragua and abroad paint three walls together in the Sutiava neighbourhood of León from 5 to 9 February 2027. The working language is Spanish; a few volunteers can help with English during the painting days.</p>
<p>Registration and fees are on the Spanish pages; young people from León's neighbourhoods take part for free.</p>
</section>
""")

s.page("cuotas.html", "Cuotas", """
<h1>Cuotas de participación</h1>
<ul>
<li>Cuota general: C$1,200</li>
<li>Estudiantes de arte o de secundaria: C$500</li>
<li>Taller de pigmentos naturales (opcional): C$350 adicionales</li>
</ul>
<p>Las y los jóvenes de los barrios de León participan gratis si se inscriben a través de su casa comunal.</p>
<p>Las cuotas incluyen pintura, brochas y almuerzo durante los cinco días.</p>
""")

form = ('<form action="@inscripcion.html" method="post">'
        + fld("nombre", "Nombre completo (obligatorio)") + fld("cedula", "Número de cédula (obligatorio)")
        + fld("nacimiento", "Fecha de nacimiento", "date") + fld("correo", "Correo electrónico (obligatorio)", "email")
        + fld("telefono", "Teléfono o WhatsApp", "tel") + fld("colectivo", "Colectivo, escuela o casa comunal")
        + fld("categoria", "Categoría", "select", True, ["General", "Estudiante", "Joven de barrio (gratis)"])
        + fld("taller", "Quiero el taller de pigmentos naturales (C$350)", "checkbox")
        + fld("camiseta", "Talla de camiseta", "select", False, ["S", "M", "L", "XL"])
        + fld("portafolio", "Fotos de murales anteriores", "file")
        + '<div id="arkose-enforcement" class="arkose-labs" data-pkey="EXAMPLE-LEON-MURALES"></div>'
        + '<button type="submit">Inscribirme</button></form>')
s.page("inscripcion.html", "Inscripción", """
<h1>Inscripción</h1>
<p>Pueden inscribirse muralistas desde los quince años; las personas menores de edad traen un permiso firmado por su madre, padre o tutor.</p>
""" + form)

s.page("preguntas.html", "Preguntas frecuentes", """
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Se puede participar en línea?</summary><p>No. El encuentro es presencial: no habrá transmisión ni participación virtual.</p></details>
<details open><summary>¿Hay ayuda para viajar?</summary><p>Las y los estudiantes pagan la cuota reducida; no hay otras becas.</p></details>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>La Casa de Cultura tiene rampa en la entrada y los murales están en calles planas y pavimentadas.</p>
<p>Habrá intérprete de lengua de señas nicaragüense (LSN) en la inauguración y en las charlas.</p>
<p>Un espacio infantil con cuidadoras recibe a niñas y niños de 3 a 10 años mientras sus familias pintan.</p>
<p>Escríbanos a accesibilidad@muros.example.ni si necesita algo más.</p>
""")

s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio</h1>
<p>Paquete de patrocinio de un muro: C$40,000. Stand para ferreterías y tiendas de pintura: C$3,000.</p>
""")

s.page("hospedaje.html", "Hospedaje", """
<h1>Hospedaje y transporte</h1>
<p>Hostal en el centro desde C$700 la noche. Bus Managua–León: C$60; taxi desde la terminal: C$40.</p>
""")

s.page("tienda.html", "Tienda", """
<h1>Tienda del colectivo</h1>
<p>Juego de pigmentos de tierra: C$280. Camiseta del encuentro: C$350.</p>
""")

ENTRY = entry(
    s, name="Community muralists' meeting 2027 (murals collective and municipal culture house, León, Nicaragua)",
    languages=["es", "en"],
    fees=[(1200, "NIO"), (500, "NIO"), (350, "NIO")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["arkose"], account_required=False,
    registration_form=(10, 4, ["id_document", "birth_date", "phone", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "childcare"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "cuotas.html", "inscripcion.html", "preguntas.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "muralistas de barrios, escuelas y comunidades de toda Nicaragua pintan juntos tres muros en Sutiava"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The working language is Spanish; a few volunteers can help with English during the painting days."),
                      Q("index.html", "Naksa!", "Miskito greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("es, en")],
        "fees": [Q("cuotas.html", "Cuota general: C$1,200", "1200 NIO"),
                 Q("cuotas.html", "Estudiantes de arte o de secundaria: C$500", "500 NIO"),
                 Q("cuotas.html", "Taller de pigmentos naturales (opcional): C$350 adicionales", "add-on workshop 350 NIO"),
                 Q("patrocinio.html", "Paquete de patrocinio de un muro: C$40,000.", "sponsor and stand: not fees"),
                 Q("hospedaje.html", "Hostal en el centro desde C$700 la noche.", "hostel, bus, taxi: not fees"),
                 Q("tienda.html", "Camiseta del encuentro: C$350.", "goods: not fees (same amount as the workshop, already one entry)")],
        "free_option": [Q("cuotas.html", "Las y los jóvenes de los barrios de León participan gratis")],
        "fee_support": [Q("cuotas.html", "Estudiantes de arte o de secundaria: C$500", "student rate below 1200; free for one group")],
        "remote_participation": [Q("preguntas.html", "El encuentro es presencial: no habrá transmisión ni participación virtual.")],
        "captcha": [M("inscripcion.html", '<div id="arkose-enforcement" class="arkose-labs"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, cédula, birth date, e-mail, phone, collective/school, category select, workshop checkbox, T-shirt select, portfolio file); required: 3 marked (obligatorio) + category select = 4; sensitive id_document, birth_date, phone, affiliation", "inscripcion.html"),
                              Q("inscripcion.html", "Número de cédula (obligatorio)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "Pueden inscribirse muralistas desde los quince años"),
                    Q("accesibilidad.html", "niñas y niños de 3 a 10 años", "childcare ages: not a limit")],
        "accessibility_statement": [Q("accesibilidad.html", "La Casa de Cultura tiene rampa en la entrada")],
        "access_services": [Q("accesibilidad.html", "tiene rampa en la entrada y los murales están en calles planas y pavimentadas", "wheelchair_access"),
                            Q("accesibilidad.html", "Habrá intérprete de lengua de señas nicaragüense (LSN)", "sign_language"),
                            Q("accesibilidad.html", "Un espacio infantil con cuidadoras", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/mural-sutiava-2025.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
