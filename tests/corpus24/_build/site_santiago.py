from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Inicio"), ("participar.html", "Pedir la palabra"), ("audiencias.html", "Audiencias"),
       ("documentos.html", "Documentos"), ("accesibilidad.html", "Accesibilidad"), ("presupuesto.html", "Presupuesto"),
       ("transporte.html", "Cómo llegar"), ("empleos.html", "Empleos")]
s = mk("consulta-drenaje-pluvial-santiago", "Consulta pública: Plan de Drenaje Pluvial de Santiago", "es-DO", "#1d4e89",
       "DP", NAV, foot={"es-DO": "<p>Ayuntamiento (ficticio) de Santiago de los Caballeros · consulta.drenaje@example.gob.do</p>"})
placeholder_media(s, "media/canadas.mp4")
s.pdf("docs/borrador-plan-drenaje.pdf", "Borrador del Plan de Drenaje Pluvial 2027-2035")

s.page("index.html", "Consulta pública del Plan de Drenaje Pluvial", """
<h1>Consulta pública del Plan de Drenaje Pluvial 2027–2035</h1>
<p>Cada temporada de lluvias las cañadas de Gurabo, Cienfuegos y La Joya se desbordan. El ayuntamiento somete a consulta el borrador del plan que decidirá qué obras se hacen primero y queremos escuchar a quienes viven junto a ellas.</p>
<p>Consulte las <a href="@audiencias.html">audiencias</a>, lea el <a href="@documentos.html">borrador</a> y <a href="@participar.html">pida la palabra</a>. Informe de la consulta anterior: <a href="@informe-2024.html">aquí</a>.</p>
""" + video("media/canadas.mp4") + """
<section lang="ht">
<h2>An kreyòl ayisyen</h2>
<p>Meri a ap fè yon konsiltasyon piblik sou plan pou dlo lapli nan kanal yo. Tout moun ki rete bò kanal yo ka vin pale nan odyans yo. Ap gen entèprèt kreyòl nan chak odyans.</p>
</section>
""")

form = "".join([
    fld("nom", "Nombre completo *"), fld("ced", "Cédula de identidad *"), fld("tel", "Teléfono o WhatsApp *", "tel"),
    fld("sector", "Sector donde vive *", "select", opts=["Gurabo", "Cienfuegos", "La Joya", "Otro"]),
    fld("org", "Junta de vecinos u organización (si aplica)"),
    fld("tema", "Tema de su intervención *", "select", opts=["Obras prioritarias", "Reubicación", "Mantenimiento"]),
    fld("res", "Resumen de su intervención *", "textarea"),
    fld("acepto", "Acepto que mi nombre aparezca en el acta *", "checkbox")])
s.page("participar.html", "Pedir la palabra", f"""
<h1>Solicitud para intervenir</h1>
<p>Las intervenciones duran cinco minutos. Los campos con * son obligatorios.</p>
<form action="@participar.html" method="post">{form}
<div class="h-captcha" data-sitekey="hc-placeholder-sdo"></div>
<button type="submit">Enviar solicitud</button></form>
""")

s.page("audiencias.html", "Audiencias", """
<h1>Audiencias públicas</h1>
<ul><li>12 de abril, 6:00 p. m. — Club de Gurabo</li><li>19 de abril, 6:00 p. m. — Liceo de Cienfuegos</li><li>26 de abril, 10:00 a. m. — Salón del Ayuntamiento</li></ul>
<p>También se puede participar por Zoom: levante la mano virtual y el moderador le dará la palabra en su turno.</p>
<p>Pueden intervenir las personas desde los 15 años.</p>
<p>El ayuntamiento no cubre transporte ni viáticos de quienes asistan.</p>
""")

s.page("documentos.html", "Documentos", """
<h1>Documentos de la consulta</h1>
<p>El borrador del plan está disponible solo en PDF: <a href="@docs/borrador-plan-drenaje.pdf">Borrador del Plan de Drenaje Pluvial (PDF, 1 página)</a>.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>Todas las audiencias se realizan en planta baja, con acceso en silla de ruedas.</p>
<p>Habrá intérprete de lengua de señas dominicana (LSRD) en cada audiencia.</p>
<p>Habrá interpretación español–criollo haitiano para quien la necesite.</p>
<p>Escríbanos a accesible@example.gob.do si necesita otro apoyo.</p>
""")

s.page("presupuesto.html", "Presupuesto del plan", """
<h1>Presupuesto en consulta</h1>
<p>Canalización de la cañada de Gurabo: RD$ 240 millones. Mantenimiento anual de imbornales: RD$ 18.500.000.</p>
""")

s.page("transporte.html", "Cómo llegar", """
<h1>Cómo llegar</h1>
<p>Concho por la ruta A: RD$ 35. Parqueo del ayuntamiento: 50 pesos.</p>
""")

s.page("empleos.html", "Empleos", """
<h1>Empleos municipales</h1>
<p>Ingeniero/a hidráulico/a para la unidad de drenaje: RD$ 85.000 mensuales.</p>
""")

ENTRY = entry(s, name="Stormwater Drainage Plan public consultation 2027 (municipality, Santiago de los Caballeros)",
    languages=["es", "ht"],
    fees=[],
    free_option=None, fee_support=False, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(8, 7, ["id_document", "phone", "affiliation"]),
    min_age=15, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "participar.html", "audiencias.html", "documentos.html", "accesibilidad.html"],
    deliberate_404=["informe-2024.html"],
    evidence={
        "languages": [Q("index.html", "Cada temporada de lluvias las cañadas de Gurabo, Cienfuegos y La Joya se desbordan."),
                      M("index.html", '<section lang="ht">', "Haitian Creole section with lang"),
                      Q("index.html", "Meri a ap fè yon konsiltasyon piblik sou plan pou dlo lapli nan kanal yo.")],
        "un_languages": [N("es")],
        "fees": [N("no price of taking part"),
                 Q("presupuesto.html", "Canalización de la cañada de Gurabo: RD$ 240 millones.", "budget under consultation: not a fee"),
                 Q("transporte.html", "Concho por la ruta A: RD$ 35.", "fare, parking: not fees"),
                 Q("empleos.html", "RD$ 85.000 mensuales", "salary: not a fee")],
        "free_option": [N("the site invites people to speak and says nothing about the cost of taking part")],
        "fee_support": [Q("audiencias.html", "El ayuntamiento no cubre transporte ni viáticos de quienes asistan.")],
        "remote_participation": [Q("audiencias.html", "También se puede participar por Zoom: levante la mano virtual y el moderador le dará la palabra en su turno.")],
        "captcha": [M("participar.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("8 fields (name, cédula, phone, sector select, organisation, topic select, summary textarea, consent checkbox); 7 marked *; sensitive id_document, phone, affiliation", "participar.html"),
                              Q("participar.html", "Cédula de identidad *")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("audiencias.html", "Pueden intervenir las personas desde los 15 años.")],
        "accessibility_statement": [Q("accesibilidad.html", "Todas las audiencias se realizan en planta baja, con acceso en silla de ruedas.")],
        "access_services": [Q("accesibilidad.html", "con acceso en silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "intérprete de lengua de señas dominicana (LSRD)", "sign_language"),
                            Q("accesibilidad.html", "interpretación español–criollo haitiano", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/canadas.mp4">', "no track")],
        "pdf_only_documents": [Q("documentos.html", "El borrador del plan está disponible solo en PDF"),
                               M("documentos.html", 'href="docs/borrador-plan-drenaje.pdf"')],
    })
