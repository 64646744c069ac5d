from lib import *
s = mk("consulta-inclusion-digital-santa-tecla", "Alcaldía de Santa Tecla — Consulta ciudadana", "es-SV", "#0047ab", "ST",
       [("index.html", "Inicio"), ("consulta.html", "La consulta"), ("inscripcion.html", "Inscripción"), ("virtual.html", "Participación virtual"),
        ("accesibilidad.html", "Accesibilidad"), ("preguntas.html", "Preguntas frecuentes"), ("plan.html", "Plan WiFi"), ("empleo.html", "Empleo")],
       foot={"es-SV": "<p>Alcaldía de Santa Tecla, La Libertad, El Salvador. consulta@santatecla.example.sv</p>"})
FREE = "La participación es gratuita y abierta a todas las personas que viven o trabajan en el municipio."
ZOOM = "Quien no pueda asistir puede unirse por Zoom a las mesas de trabajo, pedir la palabra y votar las prioridades del plan."
BUS = "Sí: habrá un bus gratuito desde los cantones rurales hasta la Casa de la Cultura."
YOUTH = "La mesa juvenil está abierta a jóvenes de 14 a 17 años."
NOCAP = "Este formulario no usa CAPTCHA."
RAMP = "La Casa de la Cultura tiene rampa de acceso y baños adaptados para sillas de ruedas."
LESSA = "Habrá intérprete de lengua de señas salvadoreña (LESSA) en las plenarias."
KIDS = "Ofrecemos un espacio de cuido infantil con cuidadoras durante las mesas de trabajo."
BUDGET = "El plan propone una inversión de $1.2 millones en puntos de WiFi público."
s.page("index.html", "Consulta ciudadana sobre inclusión digital", f"""
<h1>Consulta ciudadana: Plan municipal de WiFi público e inclusión digital</h1>
<p>Niltze! Sábado 8 y domingo 9 de mayo, Casa de la Cultura de Santa Tecla.</p>
<p>{FREE}</p>
<p><a href="@inscripcion.html">Inscríbase</a> · <a href="@plan.html">Lea el borrador del plan</a></p>
{video("media/invitacion.mp4")}
<p><a href="@resultados-2025.html">Resultados de la consulta 2025</a></p>
""")
placeholder_media(s, "media/invitacion.mp4")
s.page("consulta.html", "La consulta", f"<h1>Cómo funciona</h1><p>Las mesas de trabajo discuten conectividad en colonias, alfabetización digital y trámites en línea.</p><p>{YOUTH}</p>")
s.page("inscripcion.html", "Inscripción", f"""
<h1>Inscripción a las mesas</h1>
<form action="@inscripcion.html" method="post">
""" + fld("nom", "Nombre completo (respuesta necesaria)") + fld("dui", "Número de DUI (respuesta necesaria)") + fld("tel", "Teléfono (respuesta necesaria)", "tel")
 + fld("em", "Correo electrónico", "email") + fld("col", "Colonia o cantón (respuesta necesaria)", "select", opts=["Centro", "Las Delicias", "Cantón Las Granadillas", "Otro"])
 + fld("edad", "Grupo de edad", "select", opts=["14-17", "18-29", "30-59", "60+"])
 + radios("mesa", "Mesa de trabajo (respuesta necesaria)", ["Conectividad", "Alfabetización digital", "Trámites en línea", "Mesa juvenil"])
 + fld("cuido", "Necesito el espacio de cuido infantil", "checkbox") + fld("com", "Comentarios", "textarea") + f"""
<p>{NOCAP}</p>
<button type="submit">Inscribirme</button></form>
<p>No necesita crear una cuenta.</p>
""")
s.page("virtual.html", "Participación virtual", f"<h1>Participación virtual</h1><p>{ZOOM}</p>")
s.page("accesibilidad.html", "Accesibilidad", f"<h1>Accesibilidad</h1><p>{RAMP}</p><p>{LESSA}</p><p>{KIDS}</p>")
s.page("preguntas.html", "Preguntas frecuentes", f"""
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Hay transporte desde la zona rural?</summary><p>{BUS}</p></details>
""")
s.page("plan.html", "Plan WiFi", f"""<h1>Borrador del plan</h1><p>El borrador está disponible solo en PDF: <a href="@docs/plan-wifi.pdf">Plan municipal de WiFi (PDF)</a>.</p><p>{BUDGET}</p>""")
s.pdf("docs/plan-wifi.pdf", "Borrador Plan municipal de WiFi publico - Santa Tecla")
s.page("empleo.html", "Empleo", "<h1>Empleo</h1><p>Facilitador/a de mesas: $650 mensuales. Parqueo en la Casa de la Cultura: $1 por hora.</p>")
P = "index.html consulta.html inscripcion.html virtual.html accesibilidad.html preguntas.html plan.html".split()
ENTRY = entry(s, name="Consulta ciudadana sobre inclusión digital — Santa Tecla", languages=["es"], fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=[], account_required=False,
    registration_form=(9, 5, ["id_document", "phone"]), registration_host=None, registration_pdf_only=False, min_age=14,
    accessibility_statement=True, access_services=["childcare", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True, participation_pages=P, deliberate_404=["resultados-2025.html"],
    evidence={
     "languages": [Q("index.html", FREE), N("Niltze: Nawat greeting, not content")],
     "un_languages": [N("es")],
     "fees": [Q("index.html", FREE), Q("plan.html", BUDGET, "budget under consultation: not a fee")],
     "free_option": [Q("index.html", FREE)],
     "fee_support": [Q("preguntas.html", BUS)],
     "remote_participation": [Q("virtual.html", ZOOM)],
     "captcha": [Q("inscripcion.html", NOCAP, "a sentence, not a CAPTCHA")],
     "account_required": [Q("inscripcion.html", "No necesita crear una cuenta.")],
     "registration_form": [N("9 fields: nombre*, DUI*, teléfono*, correo, colonia*, grupo de edad, mesa radio*, cuido checkbox, comentarios; 5 required", "inscripcion.html")],
     "registration_host": [N("own form")],
     "registration_pdf_only": [N("online form")],
     "min_age": [Q("consulta.html", YOUTH)],
     "accessibility_statement": [Q("accesibilidad.html", RAMP)],
     "access_services": [Q("accesibilidad.html", RAMP), Q("accesibilidad.html", LESSA), Q("accesibilidad.html", KIDS)],
     "videos_without_captions": [M("index.html", 'src="media/invitacion.mp4">')],
     "pdf_only_documents": [Q("plan.html", "El borrador está disponible solo en PDF")],
    })
