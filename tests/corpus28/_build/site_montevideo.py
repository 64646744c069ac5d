"""Italo-Uruguayan genealogy days, Montevideo (es-UY, Italian section with lang)."""
from lib import *

NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción y aranceles"), ("formulario.html", "Formulario"),
       ("virtual.html", "Modalidad virtual"), ("accesibilidad.html", "Accesibilidad"), ("archivos.html", "Archivos y trámites"),
       ("alojamiento.html", "Alojamiento"), ("auspicios.html", "Auspicios")]
s = mk("jornadas-genealogia-italouruguaya-montevideo", "XI Jornadas de Genealogía Ítalo-Uruguaya", "es-UY", "#2c4a7a", "JG", NAV,
       foot={"es-UY": '<p>Centro de Estudios Genealógicos Ítalo-Uruguayos (ficticio) · Montevideo · jornadas@cegiu.example.uy</p>'})
placeholder_media(s, "media/barco-1911.mp4")
s.pdf("docs/programa-jornadas-2027.pdf", "XI Jornadas de Genealogia Italo-Uruguaya\nPrograma\nViernes: ponencias\nSabado: taller de paleografia")

s.page("index.html", "XI Jornadas de Genealogía Ítalo-Uruguaya — Montevideo", """
<h1>XI Jornadas de Genealogía Ítalo-Uruguaya</h1>
<p>15 y 16 de octubre de 2027, Casa de los Inmigrantes, Ciudad Vieja. Dos días para quienes buscan a sus bisabuelos
ligures, piamonteses o calabreses en libros parroquiales, listas de pasajeros y registros consulares.</p>
<p>El programa completo se publica solo en PDF: <a href="@docs/programa-jornadas-2027.pdf">programa de las Jornadas (PDF)</a>.</p>
<p><a href="@inscripcion.html">Aranceles</a> · <a href="@formulario.html">Inscribirse</a></p>
""" + video("media/barco-1911.mp4") + """
<section lang="it">
<h2>In italiano</h2>
<p>Le Giornate di genealogia italo-uruguaiana riuniscono ricercatori, archivisti e discendenti di emigrati per due giorni
di relazioni e laboratori. Le relazioni si tengono in spagnolo, ma chi arriva dall'Italia può porre domande in italiano:
i moderatori le tradurranno in sala.</p>
</section>
""")

s.page("inscripcion.html", "Inscripción y aranceles — Jornadas de Genealogía", """
<h1>Inscripción y aranceles</h1>
<table>
  <tr><th>Modalidad</th><th>Arancel</th></tr>
  <tr><td>Inscripción general presencial</td><td>$ 2.400</td></tr>
  <tr><td>Socios del Centro al día con la cuota</td><td>$ 1.500</td></tr>
  <tr><td>Participación virtual (con preguntas)</td><td>$ 800</td></tr>
</table>
<p>Taller de paleografía de actas parroquiales italianas (sábado de mañana, cupo 25): $ 900 adicionales.</p>
<p class="note">No hay inscripciones gratuitas. Tampoco ofrecemos becas ni descuentos más allá de la tarifa de socios.</p>
""")

s.page("formulario.html", "Formulario — Jornadas de Genealogía", """
<h1>Formulario de inscripción</h1>
<p>Los campos con * son obligatorios.</p>
<form action="@formulario.html" method="post">
""" + fld("nombre", "Nombre y apellido *") + fld("ci", "Cédula de identidad *") + fld("correo", "Correo electrónico *", "email")
    + fld("tel", "Teléfono", "tel") + fld("inst", "Institución o archivo (si corresponde)")
    + radios("mod", "Modalidad", ["Presencial", "Virtual"]) + fld("taller", "Agregar taller de paleografía", "checkbox")
    + fld("socio", "Número de socio del Centro") + fld("apellidos", "Apellidos que investiga", "textarea") + """
<div id="arkose-enforcement" class="arkose-labs" data-public-key="cegiu-demo"></div>
<button type="submit">Inscribirme</button>
</form>
""")

s.page("virtual.html", "Modalidad virtual — Jornadas de Genealogía", """
<h1>Modalidad virtual</h1>
<p>Las ponencias se transmiten por Zoom. Quienes participan en forma virtual pueden hacer preguntas por el chat o pedir la palabra,
y los ponentes responden en vivo.</p>
""")

s.page("accesibilidad.html", "Accesibilidad — Jornadas de Genealogía", """
<h1>Accesibilidad</h1>
<p>El salón de actos está en el primer piso y se llega por ascensor; la entrada desde la calle Piedras no tiene escalones.</p>
<p>Lamentablemente no contamos con intérprete de lengua de señas en esta edición.</p>
""")

s.page("archivos.html", "Archivos y trámites — Jornadas de Genealogía", """
<h1>Archivos y trámites útiles</h1>
<p>Una partida del Registro Civil cuesta $ 350. La copia digital de una lista de pasajeros del puerto, $ 220 por hoja.</p>
""")

s.page("alojamiento.html", "Alojamiento — Jornadas de Genealogía", """
<h1>Alojamiento</h1>
<p>Hotel en Ciudad Vieja: $ 3.200 la noche. Ómnibus desde Salto: $ 1.450 aproximadamente.</p>
""")

s.page("auspicios.html", "Auspicios — Jornadas de Genealogía", """
<h1>Auspicios</h1>
<p>Auspiciante principal $ 25.000; mesa para editoriales y libreros $ 4.000.</p>
""")

ENTRY = entry(s, name="Italo-Uruguayan genealogy days 2027 (genealogy centre, Montevideo, Uruguay)",
    languages=["es", "it"],
    fees=[(2400, "UYU"), (1500, "UYU"), (800, "UYU"), (900, "UYU")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["arkose"],
    account_required=False, registration_form=(9, 3, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "inscripcion.html", "formulario.html", "virtual.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "Dos días para quienes buscan a sus bisabuelos"),
                      M("index.html", '<section lang="it">', "Italian section with lang"),
                      Q("index.html", "Le Giornate di genealogia italo-uruguaiana riuniscono ricercatori")],
        "un_languages": [N("es")],
        "fees": [Q("inscripcion.html", "$ 2.400"), Q("inscripcion.html", "$ 1.500", "member rate: a fee"),
                 Q("inscripcion.html", "$ 800", "virtual with questions: a fee"),
                 Q("inscripcion.html", "$ 900 adicionales", "add-on workshop"),
                 Q("archivos.html", "Una partida del Registro Civil cuesta $ 350.", "certificates: not fees"),
                 Q("alojamiento.html", "Hotel en Ciudad Vieja: $ 3.200 la noche.", "hotel, bus: not fees"),
                 Q("auspicios.html", "Auspiciante principal $ 25.000", "sponsor: not a fee")],
        "free_option": [Q("inscripcion.html", "No hay inscripciones gratuitas.")],
        "fee_support": [Q("inscripcion.html", "Tampoco ofrecemos becas ni descuentos más allá de la tarifa de socios.", "member rate not support")],
        "remote_participation": [Q("virtual.html", "pueden hacer preguntas por el chat o pedir la palabra, y los ponentes responden en vivo.")],
        "captcha": [M("formulario.html", '<div id="arkose-enforcement"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, cédula, e-mail, phone, institution, mode radio, workshop checkbox, member number, surnames textarea); 3 marked *; sensitive id_document, phone, affiliation (member number not an ID)", "formulario.html"),
                              Q("formulario.html", "Cédula de identidad *")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accesibilidad.html", "El salón de actos está en el primer piso y se llega por ascensor")],
        "access_services": [Q("accesibilidad.html", "la entrada desde la calle Piedras no tiene escalones.", "wheelchair_access (lift, step-free)"),
                            Q("accesibilidad.html", "no contamos con intérprete de lengua de señas en esta edición.", "negation")],
        "videos_without_captions": [M("index.html", 'src="media/barco-1911.mp4">', "no track")],
        "pdf_only_documents": [M("index.html", 'href="docs/programa-jornadas-2027.pdf"', "programme only as PDF")],
    })
