from lib import *

NAV = [("index.html", "Inicio"), ("cuotas.html", "Cuotas"), ("inscripcion.html", "Inscripción"), ("preguntas.html", "Preguntas"),
       ("accesibilidad.html", "Accesibilidad"), ("tienda.html", "Equipos"), ("alojamiento.html", "Alojamiento"), ("historia.html", "Historia del radioclub")]
s = mk("taller-radioaficionados-emergencias-santiago-de-cuba", "Taller de Comunicaciones de Emergencia – Radioclub de Oriente", "es-CU", "#b23a48", "RE", NAV,
       foot={"es-CU": "<p>Radioclub de Oriente (ficticio) · Calle Heredia 214, Santiago de Cuba · taller@radioclub-oriente.example.cu</p>"})
s.pdf("docs/planilla-inscripcion.pdf", "Taller de comunicaciones de emergencia 2027\nPlanilla de inscripcion\nNombre y apellidos:\nIndicativo:\nMunicipio:\nFirma:")

s.page("index.html", "Taller de Comunicaciones de Emergencia 2027", """
<h1>Taller de Comunicaciones de Emergencia 2027</h1>
<p>Antes de cada temporada ciclónica, el Radioclub de Oriente reúne a radioaficionados, estudiantes y voluntarios para practicar cómo mantener comunicada a la provincia cuando caen la electricidad y la telefonía. Del 10 al 14 de mayo de 2027 armaremos antenas de campaña, ensayaremos partes de daños y haremos un simulacro de red con las estaciones de Guantánamo y Granma.</p>
<p><a href="@cuotas.html">Cuotas</a> · <a href="@inscripcion.html">Cómo inscribirse</a> · <a href="@simulacro-2026.html">Informe del simulacro 2026</a></p>
""")

s.page("cuotas.html", "Cuotas", """
<h1>Cuotas del taller</h1>
<table>
<tr><th>Participante</th><th>Cuota</th></tr>
<tr><td>Radioaficionados y público general</td><td>3 000 CUP</td></tr>
<tr><td>Estudiantes de telecomunicaciones de la Universidad de Oriente</td><td>1 200 CUP</td></tr>
</table>
<p>Los miembros de la red provincial de emergencia de radioaficionados no abonan cuota.</p>
""")

s.page("inscripcion.html", "Inscripción", """
<h1>Cómo inscribirse</h1>
<p>No hay inscripción en línea. Descargue la <a href="@docs/planilla-inscripcion.pdf">planilla de inscripción (PDF)</a>, llénela y entréguela en la sede del radioclub o envíela escaneada por correo antes del 20 de abril.</p>
<p>Pueden participar personas a partir de los quince años; los menores de edad traen la firma de su madre, padre o tutor.</p>
<h2>¿Tiene una duda?</h2>
<form action="@inscripcion.html" method="post">
<label for="q_nombre">Nombre</label><input type="text" id="q_nombre" name="q_nombre">
<label for="q_correo">Correo</label><input type="email" id="q_correo" name="q_correo">
<label for="q_texto">Pregunta</label><textarea id="q_texto" name="q_texto" rows="3"></textarea>
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAoriente0000"></div>
<button type="submit">Enviar</button>
</form>
""")

s.page("preguntas.html", "Preguntas", """
<h1>Preguntas frecuentes</h1>
<details><summary>¿Puedo participar desde otra provincia por radio o internet?</summary><p>No. La participación es solo presencial: el taller es práctico y el simulacro se hace desde la sede.</p></details>
<details><summary>¿Necesito licencia de radioaficionado?</summary><p>No es obligatoria para el taller.</p></details>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>Las clases son en la sala de la planta baja, con rampa en la entrada lateral.</p>
<p>Contamos con una intérprete de lengua de señas cubana para las sesiones teóricas.</p>
""")

s.page("tienda.html", "Equipos", """
<h1>Equipos a la venta</h1>
<p>Kit de antena dipolo: 4 500 CUP. Transceptor portátil usado: 250 USD.</p>
""")

s.page("alojamiento.html", "Alojamiento", """
<h1>Alojamiento y viaje</h1>
<p>Casas particulares cerca de la sede: desde 25 USD por noche. Pasaje en ómnibus desde Holguín: unos 600 CUP.</p>
""")

s.page("historia.html", "Historia del radioclub", """
<h1>Historia del radioclub</h1>
<p>Fundado por un grupo de aficionados en 1958, el radioclub apoyó las comunicaciones durante varios huracanes.</p>
""")

ENTRY = entry(s, name="Emergency communications workshop 2027 (amateur radio club, Santiago de Cuba, Cuba)",
    languages=["es"],
    fees=[(3000, "CUP"), (1200, "CUP")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["turnstile"],
    account_required=False, registration_form=None,
    registration_host=None, registration_pdf_only=True, min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "cuotas.html", "inscripcion.html", "preguntas.html", "accesibilidad.html"],
    deliberate_404=["simulacro-2026.html"],
    evidence={
        "languages": [Q("index.html", "el Radioclub de Oriente reúne a radioaficionados, estudiantes y voluntarios")],
        "un_languages": [N("es")],
        "fees": [Q("cuotas.html", "3 000 CUP"), Q("cuotas.html", "1 200 CUP", "students"),
                 Q("tienda.html", "Kit de antena dipolo: 4 500 CUP. Transceptor portátil usado: 250 USD.", "goods: not fees"),
                 Q("alojamiento.html", "desde 25 USD por noche", "lodging: not a fee"),
                 Q("alojamiento.html", "unos 600 CUP", "bus: not a fee")],
        "free_option": [Q("cuotas.html", "Los miembros de la red provincial de emergencia de radioaficionados no abonan cuota.")],
        "fee_support": [Q("cuotas.html", "Estudiantes de telecomunicaciones de la Universidad de Oriente", "student rate below 3000"),
                        Q("cuotas.html", "no abonan cuota", "free for one group")],
        "remote_participation": [Q("preguntas.html", "La participación es solo presencial", "FAQ only")],
        "captcha": [M("inscripcion.html", '<div class="cf-turnstile"', "on the question form")],
        "account_required": [N("paper registration, no account")],
        "registration_form": [N("only a 3-field question form: not a registration form", "inscripcion.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("inscripcion.html", "No hay inscripción en línea."),
                                  M("inscripcion.html", 'href="docs/planilla-inscripcion.pdf"')],
        "min_age": [Q("inscripcion.html", "Pueden participar personas a partir de los quince años")],
        "accessibility_statement": [Q("accesibilidad.html", "con rampa en la entrada lateral")],
        "access_services": [Q("accesibilidad.html", "Las clases son en la sala de la planta baja, con rampa en la entrada lateral.", "wheelchair_access"),
                            Q("accesibilidad.html", "intérprete de lengua de señas cubana", "sign_language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("inscripcion.html", "planilla de inscripción (PDF)", "registration form only as PDF")],
    })
