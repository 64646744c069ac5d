"""Bilbao (Spain, Basque Country): an IT professionals' association's congress on digital accessibility.
Spanish (es-ES) with a Basque section (lang="eu")."""
from lib import *

NAV = [("index.html", "Inicio"), ("programa.html", "Programa"), ("precios.html", "Precios"), ("inscripcion.html", "Inscripción"),
       ("taller.html", "Taller WCAG"), ("accesibilidad.html", "Accesibilidad y sede"), ("preguntas.html", "Preguntas frecuentes"),
       ("patrocinio.html", "Patrocinio"), ("asociate.html", "Asóciate")]
s = mk("congreso-accesibilidad-digital-bilbao", "Congreso de Accesibilidad Digital 2027 — Bilbao", "es-ES", "#005f73", "CAD", NAV,
       foot={"es-ES": "<p>Asociación Vasca de Profesionales de Tecnologías de la Información (AVPTI), Alameda de Urquijo, Bilbao. congreso@avpti.example.eus</p>"})

EU1 = ("Irisgarritasun Digitalaren Kongresua Bilbon egingo da, 2027ko azaroaren 18an eta 19an. Web, aplikazio eta "
       "dokumentu irisgarriei buruzko hitzaldiak eta tailerrak izango dira.")
EU2 = ("Sarrera orokorrak 180 euro balio du, AVPTIko bazkideek 120 euro ordaintzen dute eta ikasleek eta langabeek 40 euro. "
       "Kongresua aurrez aurrekoa da; zeinu-hizkuntzako interpretazioa, zuzeneko azpitituluak eta haurtzaindegia izango dira.")
s.page("index.html", "Congreso de Accesibilidad Digital 2027", f"""
<h1>Congreso de Accesibilidad Digital 2027</h1>
<p>18 y 19 de noviembre de 2027, Palacio Euskalduna, Bilbao. Dos días sobre la Directiva europea de accesibilidad,
auditorías WCAG 2.2, administración electrónica accesible y diseño con personas con discapacidad.</p>
<ul><li><a href="@precios.html">Precios</a></li><li><a href="@inscripcion.html">Inscripción</a></li>
<li><a href="@accesibilidad.html">Accesibilidad del congreso</a></li></ul>
""" + video("media/presentacion-2027.mp4", track="media/presentacion-2027.es.vtt", track_lang="es", label="Español") + f"""
<section lang="eu">
<h2>Euskaraz</h2>
<p>{EU1}</p>
<p>{EU2}</p>
</section>
""")
placeholder_media(s, "media/presentacion-2027.mp4")
vtt(s, "media/presentacion-2027.es.vtt", "Bienvenidas y bienvenidos al Congreso de Accesibilidad Digital.")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<h2>Jueves 18</h2><ul><li>Apertura: la Directiva europea de accesibilidad en 2027</li><li>Mesa: administración electrónica accesible</li></ul>
<h2>Viernes 19</h2><ul><li>Ponencias: WCAG 2.2 en la práctica</li><li>Mesa: diseñar con personas con discapacidad</li><li>Clausura</li></ul>
""")

ALLPAY = "Todas las personas asistentes, incluidas las ponentes, abonan su entrada."
s.page("precios.html", "Precios", f"""
<h1>Precios</h1>
<table>
<tr><th>Entrada</th><th>Precio (IVA incluido)</th></tr>
<tr><td>General</td><td>180 €</td></tr>
<tr><td>Personas asociadas a la AVPTI</td><td>120 €</td></tr>
<tr><td>Estudiantes y personas desempleadas</td><td>40 €</td></tr>
<tr><td>Taller de auditoría WCAG (complemento, 17 de noviembre)</td><td>60 €</td></tr>
</table>
<p>{ALLPAY}</p>
""")

NOCAP = "Este formulario no usa CAPTCHA."
form = "".join([
    fld("nombre", "Nombre (obligatorio rellenar)"),
    fld("apellidos", "Apellidos (obligatorio rellenar)"),
    fld("email", "Correo electrónico (obligatorio rellenar)", "email"),
    fld("tel", "Teléfono", "tel"),
    fld("org", "Organización o empresa"),
    fld("tipo", "Tipo de entrada", "select", True, ["General — 180 €", "Persona asociada — 120 €", "Estudiante o persona desempleada — 40 €"]),
    fld("socio", "Número de colegiado/a o de persona asociada (si aplica)"),
    fld("dni", "DNI/NIE, para la factura (obligatorio rellenar)"),
    fld("taller", "Añadir el taller de auditoría WCAG (60 €)", "checkbox"),
    fld("necesidades", "Necesidades de accesibilidad", "textarea"),
    fld("menu", "Menú", "select", False, ["Sin preferencia", "Vegetariano", "Sin gluten", "Otro"]),
    fld("priv", "Acepto la política de privacidad", "checkbox", True),
])
s.page("inscripcion.html", "Inscripción", f"""
<h1>Inscripción</h1>
<p>{NOCAP} Si tienes cualquier dificultad para completarlo, escríbenos y te inscribimos por correo o por teléfono.</p>
<form action="@inscripcion.html" method="post">
{form}
<button type="submit">Inscribirme</button>
</form>
""")

s.page("taller.html", "Taller WCAG", """
<h1>Taller de auditoría WCAG</h1>
<p>El 17 de noviembre, víspera del congreso, el equipo docente de la AVPTI imparte un taller práctico de cuatro horas
para auditar un sitio real con lectores de pantalla. Es un complemento de la entrada al congreso y cuesta 60 €.</p>
""")

STEP = "El Palacio Euskalduna tiene entradas sin escalones y ascensores a todas las salas del congreso."
LSE = "Interpretación en lengua de signos española (LSE) en todas las sesiones."
SUB = "Subtitulado en directo en castellano y euskera en la sala principal."
INT = "Interpretación simultánea euskera–castellano."
KIDS = "Espacio infantil con monitoras para niñas y niños de 3 a 10 años, durante todo el congreso."
s.page("accesibilidad.html", "Accesibilidad y sede", f"""
<h1>Accesibilidad y sede</h1>
<ul><li>{STEP}</li><li>{LSE}</li><li>{SUB}</li><li>{INT}</li><li>{KIDS}</li>
<li>Bucle magnético en la sala principal.</li></ul>
<p>Para cualquier otra necesidad, escribe a accesibilidad@avpti.example.eus.</p>
<h2>Cómo llegar y dónde alojarse</h2>
<p>Metro: parada San Mamés (billete sencillo 1,70 €). Hoteles concertados desde 95 € la noche.</p>
""")

INPERSON = "El congreso es solo presencial. La retransmisión en streaming, con subtítulos, es solo para visualizar; no se recogen preguntas en línea."
s.page("preguntas.html", "Preguntas frecuentes", f"""
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Puedo participar en línea?</summary><p>{INPERSON}</p></details>
<details open><summary>¿Hay entradas gratuitas?</summary><p>No. {ALLPAY} Hay una tarifa reducida para estudiantes y personas desempleadas.</p></details>
<details open><summary>¿Hay límite de edad?</summary><p>No hay límite de edad.</p></details>
""")

s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio</h1>
<p>Patrocinio principal: 3.000 €. Stand en la zona de exposición: 800 €.</p>
""")
s.page("asociate.html", "Asóciate", """
<h1>Asóciate a la AVPTI</h1>
<p>La cuota anual de la asociación es de 90 € (45 € para estudiantes). Las personas asociadas tienen precio reducido en el congreso.</p>
""")

ENTRY = entry(s, name="Congreso de Accesibilidad Digital 2027 (Bilbao)",
    languages=["es", "eu"],
    fees=[(180, "EUR"), (120, "EUR"), (40, "EUR"), (60, "EUR")],
    free_option=False, fee_support=True, remote_participation=False,
    captcha=[], account_required=False,
    registration_form=(12, 6, ["affiliation", "id_document", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=None,
    accessibility_statement=True,
    access_services=["captions", "childcare", "interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "precios.html", "inscripcion.html", "taller.html", "accesibilidad.html", "preguntas.html"],
    evidence={
        "languages": [M("index.html", '<section lang="eu">', "Basque section of two paragraphs")],
        "un_languages": [N("es only")],
        "fees": [Q("precios.html", "General 180 €"), Q("precios.html", "Personas asociadas a la AVPTI 120 €", "category rate"),
                 Q("precios.html", "Estudiantes y personas desempleadas 40 €"),
                 Q("precios.html", "Taller de auditoría WCAG (complemento, 17 de noviembre) 60 €"),
                 Q("index.html", EU2, "restated in Basque: no new entry"),
                 Q("asociate.html", "La cuota anual de la asociación es de 90 € (45 € para estudiantes).", "membership dues: not a fee"),
                 Q("patrocinio.html", "Patrocinio principal: 3.000 €.", "sponsor: not a fee"),
                 Q("accesibilidad.html", "Hoteles concertados desde 95 € la noche.", "hotel: not a fee")],
        "free_option": [Q("precios.html", ALLPAY)],
        "fee_support": [Q("precios.html", "Estudiantes y personas desempleadas 40 €")],
        "remote_participation": [Q("preguntas.html", INPERSON)],
        "captcha": [Q("inscripcion.html", NOCAP, "a sentence, no widget")],
        "account_required": [N("own form without password", "inscripcion.html")],
        "registration_form": [N("nombre*, apellidos*, e-mail*, teléfono, organización, tipo (required), nº de colegiado/asociado (not an ID), DNI/NIE*, taller checkbox, necesidades textarea, menú, privacidad checkbox (required) = 12 fields, 6 required", "inscripcion.html")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("preguntas.html", "No hay límite de edad.")],
        "accessibility_statement": [Q("accesibilidad.html", STEP)],
        "access_services": [Q("accesibilidad.html", STEP), Q("accesibilidad.html", LSE), Q("accesibilidad.html", SUB),
                            Q("accesibilidad.html", INT), Q("accesibilidad.html", KIDS),
                            Q("accesibilidad.html", "Bucle magnético en la sala principal.", "induction loop: not a service")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/presentacion-2027.es.vtt"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
