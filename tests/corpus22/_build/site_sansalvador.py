from lib import mk, Q, M, N, entry, fld

NAV = [("index.html", "Inicio"), ("participar.html", "Pedir la palabra"), ("audiencias.html", "Audiencias"),
       ("documentos.html", "Documentos"), ("accesibilidad.html", "Accesibilidad"), ("tarifas.html", "Propuesta tarifaria"),
       ("presupuesto.html", "Presupuesto"), ("empleo.html", "Empleo")]
s = mk("consulta-plan-movilidad-san-salvador", "Consulta pública: Plan de Movilidad Urbana 2027–2035", "es-SV", "#0f5c9c", "PM",
       NAV, foot={"es-SV": "<p>Oficina de Planificación Metropolitana (ficticia) · consulta@movilidad-ss.example.gob.sv</p>"})
s.pdf("docs/borrador-plan-movilidad.pdf", "Borrador del Plan de Movilidad Urbana 2027-2035\nCapitulo 1 Diagnostico")

s.page("index.html", "Consulta pública del Plan de Movilidad Urbana", """
<h1>Consulta pública del Plan de Movilidad Urbana 2027–2035</h1>
<p>La Oficina de Planificación Metropolitana abre la consulta sobre el borrador del plan: nuevas rutas de buses, carriles
para bicicletas, aceras seguras y la reorganización de las paradas del centro histórico. Cualquier persona puede pedir la
palabra en las audiencias de distrito.</p>
<p>Leé el <a href="@documentos.html">borrador</a>, revisá el <a href="@audiencias.html">calendario</a> y
<a href="@participar.html">pedí la palabra</a>.</p>
<div class="en">
<h2>Public consultation on the Urban Mobility Plan</h2>
<p>The Metropolitan Planning Office is consulting on the draft Urban Mobility Plan for 2027 to 2035: new bus routes,
cycle lanes, safer pavements and the reorganisation of stops in the historic centre. Anyone may ask to speak at the
district hearings; requests to speak are made with the form on this site, and the draft plan can be downloaded as a PDF.</p>
</div>
""")

form = "".join([
    fld("nom", "Nombre completo *"), fld("cor", "Correo electrónico *", "email"), fld("dui", "Número de DUI *"),
    fld("tel", "Teléfono *", "tel"), fld("org", "Organización o colectivo (si representa a uno)"),
    fld("dis", "Distrito de la audiencia *", "select", opts=["San Salvador Centro", "Mejicanos", "Soyapango", "Apopa"]),
    fld("tema", "Tema *", "select", opts=["Rutas de buses", "Ciclovías", "Aceras", "Paradas"]),
    fld("res", "Resumen de su intervención *", "textarea"),
    fld("ok", "Acepto que mi nombre figure en el acta *", "checkbox"),
])
s.page("participar.html", "Pedir la palabra", f"""
<h1>Pedir la palabra</h1>
<p>Pueden intervenir personas mayores de dieciocho años; cada intervención dura tres minutos.</p>
<p>La oficina no entrega viáticos ni paga el transporte a las audiencias.</p>
<form action="@participar.html" method="post">{form}
<div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-000000000002"></div>
<button type="submit">Enviar solicitud</button></form>
""")

s.page("audiencias.html", "Audiencias", """
<h1>Calendario de audiencias</h1>
<ul><li>San Salvador Centro: 12 de mayo, 17:00</li><li>Mejicanos: 14 de mayo, 17:00</li>
<li>Soyapango: 19 de mayo, 17:00</li><li>Apopa: 21 de mayo, 17:00</li></ul>
<p>Las audiencias se transmiten por Facebook Live solo para seguirlas; para intervenir hay que estar presente en la sala.</p>
""")

s.page("documentos.html", "Documentos", """
<h1>Documentos de la consulta</h1>
<p>El borrador del plan se publica únicamente en PDF: <a href="@docs/borrador-plan-movilidad.pdf">borrador del Plan de Movilidad (PDF)</a>.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad de las audiencias</h1>
<p>Todas las salas de audiencia están en planta baja y son accesibles en silla de ruedas.</p>
<p>Cada audiencia cuenta con intérprete de lengua de señas salvadoreña (LESSA).</p>
<p>Otras necesidades: accesibilidad@movilidad-ss.example.gob.sv</p>
""")

s.page("tarifas.html", "Propuesta tarifaria", """
<h1>Propuesta tarifaria en consulta</h1>
<p>El borrador propone una tarifa única de $0.35 por viaje en las rutas troncales y un pase mensual de US$15.</p>
""")

s.page("presupuesto.html", "Presupuesto", """
<h1>Presupuesto del plan</h1>
<p>Inversión estimada en ciclovías: $12 millones; aceras del centro histórico: $8.5 millones.</p>
""")

s.page("empleo.html", "Empleo", """
<h1>Convocatoria de empleo</h1>
<p>Técnico/a de movilidad para la oficina: salario de $1,100 mensuales.</p>
""")

ENTRY = entry(
    s, name="Public consultation on the Urban Mobility Plan 2027-2035 (metropolitan planning office, San Salvador)",
    languages=["es", "en"],
    fees=[],
    free_option=None, fee_support=False, remote_participation=False, captcha=["hcaptcha"],
    account_required=False, registration_form=(9, 8, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "participar.html", "audiencias.html", "documentos.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "La Oficina de Planificación Metropolitana abre la consulta sobre el borrador del plan"),
                      Q("index.html", "The Metropolitan Planning Office is consulting on the draft Urban Mobility Plan",
                        "English section without lang")],
        "un_languages": [N("es, en")],
        "fees": [N("no word on the cost of taking part"),
                 Q("tarifas.html", "una tarifa única de $0.35 por viaje en las rutas troncales y un pase mensual de US$15",
                   "fares under consultation: not fees"),
                 Q("presupuesto.html", "Inversión estimada en ciclovías: $12 millones", "budget under consultation: not a fee"),
                 Q("empleo.html", "salario de $1,100 mensuales", "salary: not a fee")],
        "free_option": [N("the consultation says nothing about the cost of taking part: null")],
        "fee_support": [Q("participar.html", "La oficina no entrega viáticos ni paga el transporte a las audiencias.")],
        "remote_participation": [Q("audiencias.html", "Las audiencias se transmiten por Facebook Live solo para seguirlas; para intervenir hay que estar presente en la sala.")],
        "captcha": [M("participar.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, e-mail, DUI, phone, organisation, district select, topic select, summary "
                                "textarea, consent checkbox); 8 marked *; sensitive id_document, phone, affiliation",
                                "participar.html"),
                              Q("participar.html", "Número de DUI *")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("participar.html", "Pueden intervenir personas mayores de dieciocho años", "18 in words")],
        "accessibility_statement": [Q("accesibilidad.html", "Todas las salas de audiencia están en planta baja y son accesibles en silla de ruedas.")],
        "access_services": [Q("accesibilidad.html", "son accesibles en silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "intérprete de lengua de señas salvadoreña (LESSA)", "sign_language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("documentos.html", "El borrador del plan se publica únicamente en PDF"),
                               M("documentos.html", 'href="docs/borrador-plan-movilidad.pdf"')],
    })
