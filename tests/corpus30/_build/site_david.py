"""Public hearing on the urban tree plan, municipality of David, Chiriquí (es-PA, en section without lang)."""
from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Inicio"), ("audiencia.html", "La audiencia"), ("palabra.html", "Pedir la palabra"), ("zoom.html", "Participar por Zoom"),
       ("accesibilidad.html", "Accesibilidad"), ("presupuesto.html", "Presupuesto del plan"), ("vivero.html", "Vivero municipal"),
       ("noticias.html", "Noticias")]
FOOT = {"es-PA": '<p>Municipio de David, Dirección de Ambiente, Avenida Central. audiencia.arboles@david.example.pa</p>'
                 '<p><a href="@actas/acta-2025.html">Acta de la audiencia 2025</a></p>'}
s = mk("audiencia-publica-arbolado-urbano-david", "Audiencia pública: Plan de Arbolado Urbano de David", "es-PA", "#2e7d32", "PA", NAV, foot=FOOT)
s.pdf("docs/borrador-plan-arbolado.pdf", "Borrador - Plan de Arbolado Urbano de David 2027-2035")
s.write("img/codigo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#eee"/><text x="12" y="27" font-size="20" font-family="monospace">7KQ4P</text></svg>\n')

s.page("index.html", "Audiencia pública: Plan de Arbolado Urbano", """
<h1>Audiencia pública sobre el Plan de Arbolado Urbano 2027–2035</h1>
<p>El Municipio de David somete a consulta el borrador del plan que define qué calles y parques recibirán árboles nuevos, qué especies se plantarán y cómo se cuidarán los árboles existentes. La audiencia será el sábado 13 de marzo de 2027 a las 9:00 en el salón de la Junta Comunal de David Sur.</p>
<p><a href="@docs/borrador-plan-arbolado.pdf">Borrador del plan (PDF)</a>. El borrador solo está disponible en PDF; hay copias impresas en la Junta Comunal.</p>
<section>
<h2>In English</h2>
<p>The Municipality of David is holding a public hearing on its draft urban tree plan on Saturday 13 March 2027 at 9 a.m. in the David Sur community hall. Residents can ask to speak in the hall or over Zoom.</p>
<p>The draft plan is only available as a PDF in Spanish; printed copies can be picked up at the community hall.</p>
</section>
""")

s.page("audiencia.html", "La audiencia", """
<h1>Cómo funciona la audiencia</h1>
<p>Cada persona inscrita tiene cinco minutos para opinar sobre el borrador. Las propuestas se anotan en el acta y el equipo técnico responde por escrito en un mes.</p>
<p>Habrá bus gratuito desde los corregimientos de San Pablo Viejo, Las Lomas y Chiriquí, con salida a las 7:30 desde cada casa comunal.</p>
""")

form = ('<form action="@palabra.html" method="post">'
        + fld("nombre", "Nombre completo (requerido)") + fld("cedula", "Cédula (requerido)")
        + fld("corregimiento", "Corregimiento", "select", True, ["David", "David Sur", "San Pablo Viejo", "Las Lomas", "Chiriquí", "Pedregal"])
        + fld("telefono", "Teléfono", "tel") + fld("correo", "Correo electrónico (requerido)", "email")
        + fld("organizacion", "Organización o junta a la que representa (si aplica)")
        + radios("modalidad", "Modalidad (requerido)", ["En el salón", "Por Zoom"])
        + fld("tema", "Tema de su intervención", "textarea")
        + '<p><img src="@img/codigo.svg" alt="Código de verificación" width="120" height="40"></p>'
        + fld("codigo", "Escriba el código de la imagen", "text", True)
        + '<button type="submit">Enviar solicitud</button></form>')
s.page("palabra.html", "Pedir la palabra", """
<h1>Solicitud para tomar la palabra</h1>
<p>Pueden pedir la palabra personas de diecisiete años en adelante que vivan o trabajen en el distrito de David.</p>
""" + form)

s.page("zoom.html", "Participar por Zoom", """
<h1>Participar por Zoom</h1>
<p>Quien se inscriba en la modalidad Zoom recibirá el enlace el día anterior. Para hablar, levante la mano en Zoom y la moderadora le dará la palabra en su turno, igual que en el salón.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El salón está en planta baja y tiene entrada sin escalones.</p>
<p>Puede solicitar intérprete de lengua de señas panameña (LSP) hasta el 5 de marzo.</p>
<p>Habrá interpretación entre español y ngäbere para las comunidades de la comarca que lo pidan.</p>
<p>Contacto: accesibilidad@david.example.pa</p>
""")

s.page("presupuesto.html", "Presupuesto del plan", """
<h1>Presupuesto del plan (en consulta)</h1>
<p>El borrador prevé una inversión de B/. 850,000 en ocho años, de los cuales B/. 120,000 son para riego.</p>
<p>Poda de árboles en riesgo: B/. 45 por árbol, a cargo del municipio.</p>
""")

s.page("vivero.html", "Vivero municipal", """
<h1>Vivero municipal</h1>
<p>Plantones de guayacán y corotú: B/. 3.50 cada uno. Bolsa de abono: $6.</p>
""")

s.page("noticias.html", "Noticias", """
<h1>Noticias</h1>
<p>El bus urbano mantiene la tarifa de $0.50; el taxi dentro de David cuesta unos $2.</p>
<p>Se abre la convocatoria para jardineros municipales, salario de B/. 650 al mes.</p>
""")

ENTRY = entry(
    s, name="Public hearing on the urban tree plan 2027 (municipality of David, Chiriquí, Panama)",
    languages=["es", "en"], fees=[],
    free_option=None, fee_support=True, remote_participation=True, captcha=["image"], account_required=False,
    registration_form=(9, 6, ["id_document", "phone", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=17, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=0,
    pdf_only_documents=True,
    participation_pages=["index.html", "audiencia.html", "palabra.html", "zoom.html", "accesibilidad.html"],
    deliberate_404=["actas/acta-2025.html"],
    evidence={
        "languages": [Q("index.html", "El Municipio de David somete a consulta el borrador del plan"),
                      Q("index.html", "The Municipality of David is holding a public hearing on its draft urban tree plan", "English section without lang")],
        "un_languages": [N("es, en")],
        "fees": [N("no price of taking part"),
                 Q("presupuesto.html", "El borrador prevé una inversión de B/. 850,000 en ocho años", "budget under consultation: not a fee"),
                 Q("vivero.html", "Plantones de guayacán y corotú: B/. 3.50 cada uno.", "goods: not fees"),
                 Q("noticias.html", "El bus urbano mantiene la tarifa de $0.50", "fares and salary: not fees")],
        "free_option": [N("the hearing says nothing on the cost of taking part (free bus only): null")],
        "fee_support": [Q("audiencia.html", "Habrá bus gratuito desde los corregimientos de San Pablo Viejo, Las Lomas y Chiriquí")],
        "remote_participation": [Q("zoom.html", "Para hablar, levante la mano en Zoom y la moderadora le dará la palabra en su turno")],
        "captcha": [M("palabra.html", '<img src="img/codigo.svg" alt="Código de verificación"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("request to speak: 9 fields (name, cédula, corregimiento select, phone, e-mail, organisation, mode radio, topic, image-code box); required: 4 marked (requerido) + select + code box = 6; sensitive id_document, phone, affiliation", "palabra.html"),
                              Q("palabra.html", "Cédula (requerido)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("palabra.html", "Pueden pedir la palabra personas de diecisiete años en adelante")],
        "accessibility_statement": [Q("accesibilidad.html", "El salón está en planta baja y tiene entrada sin escalones.")],
        "access_services": [Q("accesibilidad.html", "El salón está en planta baja y tiene entrada sin escalones.", "wheelchair_access"),
                            Q("accesibilidad.html", "Puede solicitar intérprete de lengua de señas panameña (LSP)", "sign_language"),
                            Q("accesibilidad.html", "Habrá interpretación entre español y ngäbere", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("index.html", "El borrador solo está disponible en PDF", "draft plan only as PDF")],
    })
