from lib import *
SLUG = "bienal-arquitectura-social-rosario"
NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción"), ("programa.html", "Programa"), ("accesibilidad.html", "Accesibilidad"),
       ("preguntas.html", "Preguntas"), ("auspicios.html", "Auspicios"), ("alojamiento.html", "Alojamiento"), ("prensa.html", "Prensa")]
s = mk(SLUG, "Bienal de Arquitectura Social", "es-AR", "#34495e", "BAS", NAV,
       foot={"es-AR": "<p>Colegio de Arquitectos, Distrito Rosario · bienal@bas.example.ar</p>"})
placeholder_media(s, "media/bienal.mp4")
s.pdf("docs/programa-bienal-2027.pdf", "Programa Bienal 2027")
s.page("index.html", "Bienal de Arquitectura Social de Rosario", f"""
<h1>3.ª Bienal de Arquitectura Social de Rosario</h1>
<p>Jornadas participativas sobre vivienda, barrios populares y espacio público, del 20 al 23 de octubre de 2027 en la costanera de Rosario.</p>
<p>Las charlas abiertas en la plaza son libres y gratuitas.</p>
<p><a href="@inscripcion.html">Inscripción</a> · <a href="@programa.html">Programa</a> · <a href="@accesibilidad.html">Accesibilidad</a> · <a href="@preguntas.html">Preguntas frecuentes</a> · <a href="@bienal-2024.html">Bienal 2024</a></p>
{video("media/bienal.mp4")}
<section lang="en">
<h2>For international visitors</h2>
<p>The Rosario Biennial of Social Architecture brings together architects, neighbourhood organisations and students. Tickets are sold on Eventbrite; the open talks in the square need no ticket.</p>
</section>
""")
s.page("inscripcion.html", "Inscripción", """
<h1>Inscripción</h1>
<table><tr><th>Modalidad</th><th>Valor</th></tr>
<tr><td>Inscripción general (cuatro jornadas)</td><td>$85.000</td></tr>
<tr><td>Estudiantes de arquitectura</td><td>$30.000</td></tr>
<tr><td>Visita guiada de obra en barrio Ludueña</td><td>$12.000</td></tr></table>
<p>La inscripción se hace en <a href="https://www.eventbrite.com.ar/e/bienal-arquitectura-social-rosario-2027">Eventbrite</a>, sin necesidad de crear una cuenta.</p>
<p>Podés participar a partir de los dieciséis años.</p>
""")
s.page("programa.html", "Programa", """
<h1>Programa</h1>
<p>El programa completo se publica solo en PDF: <a href="@docs/programa-bienal-2027.pdf">Programa 2027 (PDF)</a>.</p>
<p>Taller destacado: «Diseño universal y accesibilidad en la vivienda social».</p>
<p>Las mesas se transmiten por YouTube solo para ver; las preguntas se hacen en la sala.</p>
""")
s.page("accesibilidad.html", "Accesibilidad", f"""
<h1>Accesibilidad</h1>
<p>Todas las sedes tienen rampa y baño accesible.</p>
<p>Las mesas centrales cuentan con intérpretes de LSA y subtítulos en vivo.</p>
<p>Escribinos si necesitás algún apoyo:</p>
<form action="@accesibilidad.html" method="post">
<label for="an">Nombre</label><input type="text" id="an" name="an">
<label for="ae">Correo</label><input type="email" id="ae" name="ae">
<label for="am">Mensaje</label><textarea id="am" name="am"></textarea>
<div class="h-captcha" data-sitekey="bas-example"></div>
<button type="submit">Enviar</button>
</form>
""")
s.page("preguntas.html", "Preguntas", """
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Hay becas?</summary><p>No hay becas, pero los estudiantes pagan una tarifa reducida.</p></details>
<details><summary>¿Puedo participar en línea?</summary><p>No: la transmisión es solo para ver y no hay participación a distancia.</p></details>
""")
s.page("auspicios.html", "Auspicios", """
<h1>Auspicios</h1><p>Stand en la feria de materiales: $1.200.000. Premio a la mejor obra social: $3.000.000.</p>
""")
s.page("alojamiento.html", "Alojamiento", """
<h1>Alojamiento</h1><p>Hoteles cercanos desde $95.000 la noche; un remís desde la terminal cuesta unos $9.000.</p>
""")
s.page("prensa.html", "Prensa", """
<h1>Prensa</h1><p>Búsqueda laboral: coordinador/a de sede, sueldo $1.100.000 mensuales.</p>
""")
ENTRY = entry(s, name="3rd Rosario Biennial of Social Architecture (architects' college, Rosario, Argentina)",
    languages=["es", "en"], fees=[(85000, "ARS"), (30000, "ARS"), (12000, "ARS")], free_option=True, fee_support=True,
    remote_participation=False, captcha=["hcaptcha"], account_required=False, registration_form=None,
    registration_host="www.eventbrite.com.ar", min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=1, pdf_only_documents=True,
    deliberate_404=["bienal-2024.html"],
    participation_pages=["index.html", "inscripcion.html", "programa.html", "accesibilidad.html", "preguntas.html"],
    evidence={
        "languages": [Q("index.html", "Jornadas participativas sobre vivienda, barrios populares y espacio público"),
                      Q("index.html", "The Rosario Biennial of Social Architecture brings together architects, neighbourhood organisations and students.", "English section")],
        "un_languages": [N("en, es")],
        "fees": [M("inscripcion.html", "<td>$85.000</td>", "$ alone on an Argentine site: ARS, '.' thousands: 85000"),
                 M("inscripcion.html", "<td>$30.000</td>"), M("inscripcion.html", "<td>$12.000</td>", "guided site visit of the event: fee"),
                 Q("auspicios.html", "Stand en la feria de materiales: $1.200.000.", "stand, prize, hotel, remís, salary: not fees")],
        "free_option": [Q("index.html", "Las charlas abiertas en la plaza son libres y gratuitas.")],
        "fee_support": [Q("preguntas.html", "No hay becas, pero los estudiantes pagan una tarifa reducida.", "student rate: true")],
        "remote_participation": [Q("programa.html", "Las mesas se transmiten por YouTube solo para ver; las preguntas se hacen en la sala."),
                                 Q("preguntas.html", "no hay participación a distancia")],
        "captcha": [M("accesibilidad.html", '<div class="h-captcha"', "on the access contact form")],
        "account_required": [Q("inscripcion.html", "sin necesidad de crear una cuenta")],
        "registration_form": [N("no own registration form: Eventbrite; the 3-field access contact form is not one")],
        "registration_host": [M("inscripcion.html", 'href="https://www.eventbrite.com.ar/e/bienal-arquitectura-social-rosario-2027"')],
        "registration_pdf_only": [N("ticket platform")],
        "min_age": [Q("inscripcion.html", "Podés participar a partir de los dieciséis años.", "16 in words")],
        "accessibility_statement": [Q("accesibilidad.html", "Todas las sedes tienen rampa y baño accesible."),
                                    Q("programa.html", "«Diseño universal y accesibilidad en la vivienda social»", "workshop title, not a statement")],
        "access_services": [Q("accesibilidad.html", "Las mesas centrales cuentan con intérpretes de LSA y subtítulos en vivo."), Q("accesibilidad.html", "tienen rampa")],
        "videos_without_captions": [M("index.html", 'src="media/bienal.mp4">', "no track")],
        "pdf_only_documents": [Q("programa.html", "El programa completo se publica solo en PDF")],
    })
