from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Inicio"), ("audiencia.html", "Cómo participar"), ("solicitud.html", "Solicitud para hablar"),
       ("zoom.html", "Participar por Zoom"), ("borrador.html", "Borrador del reglamento"), ("noticias.html", "Noticias"),
       ("hoteles.html", "Hoteles y transporte"), ("empleos.html", "Empleos municipales")]
FOOT = '<p>Alcaldía Municipal de La Ceiba, Atlántida — Gerencia de Movilidad (ficticia) — audiencia@laceiba-movilidad.example.hn</p>'
s = mk("consulta-reglamento-mototaxis-la-ceiba", "Consulta pública: reglamento de mototaxis 2027", "es-HN", "#e07b00", "LC",
       NAV, foot={"es-HN": FOOT})
s.pdf("docs/borrador-reglamento-mototaxis.pdf", "Borrador del Reglamento Municipal de Mototaxis\nLa Ceiba, 2027")

s.page("index.html", "Consulta pública: reglamento de mototaxis", """
<h1>Consulta pública sobre el reglamento de mototaxis</h1>
<p>Buiti binafi.</p>
<p>La Alcaldía somete a consulta el nuevo reglamento que ordena las rutas, paradas, seguros y tarifas de los mototaxis en los barrios de La Ceiba. Queremos escuchar a conductores, dueños, pasajeros y vecinos antes de llevarlo a la corporación municipal.</p>
<p>Audiencia: sábado 20 de febrero de 2027, 9:00, Salón de Cabildo Abierto.</p>
<section>
<h2>In English</h2>
<p>The city is consulting residents on a new by-law for mototaxis: routes, stands, insurance and fares. Drivers, owners, passengers and neighbours can ask to speak at the hearing in the town hall or over Zoom.</p>
</section>
""")

s.page("audiencia.html", "Cómo participar", """
<h1>Cómo participar en la audiencia</h1>
<p>La audiencia está abierta a todos los vecinos. Pueden inscribirse para hablar los vecinos mayores de dieciocho años; cada intervención dura tres minutos.</p>
<p>La municipalidad no paga viáticos ni transporte a los participantes.</p>
<p>Habrá interpretación español–garífuna durante toda la audiencia.</p>
""")

s.page("solicitud.html", "Solicitud para hablar", """
<h1>Solicitud para intervenir</h1>
<form action="@solicitud.html" method="post">
""" + fld("nombre", "Nombre completo (requerido)") + fld("dni", "Número de identidad (DNI) (requerido)")
  + fld("tel", "Teléfono (requerido)", "tel") + fld("correo", "Correo electrónico", "email")
  + fld("barrio", "Barrio o colonia", "select", opts=["La Isla", "El Sauce", "Barrio Inglés", "Satélite", "Otro"])
  + fld("org", "Organización que representa") + radios("modo", "Modalidad", ["presencial", "por Zoom"])
  + fld("tema", "Tema de su intervención", "textarea")
  + fld("acepto", "Acepto las reglas de la audiencia", "checkbox", req=True) + """
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">Enviar solicitud</button>
</form>
""")

s.page("zoom.html", "Participar por Zoom", """
<h1>Participar por Zoom</h1>
<p>Quienes se inscriban en la modalidad por Zoom pueden intervenir levantando la mano; la moderadora les dará la palabra en el orden de la lista.</p>
""")

s.page("borrador.html", "Borrador del reglamento", """
<h1>Borrador del reglamento</h1>
<p>El borrador solo está disponible en PDF: <a href="@docs/borrador-reglamento-mototaxis.pdf">descargar el borrador</a>.</p>
<p>El borrador propone una tarifa de L25 por viaje dentro del casco urbano, un permiso de operación de L1,500 al año y multas de L500 por circular sin seguro.</p>
""")

s.page("noticias.html", "Noticias", """
<h1>Noticias</h1>
<p>La Alcaldía entregó 40 chalecos reflectivos a conductores de mototaxi del barrio La Isla.</p>
""")

s.page("hoteles.html", "Hoteles y transporte", """
<h1>Hoteles y transporte</h1>
<p>Hotel Costa Norte: L1,200 la noche. Bus San Pedro Sula–La Ceiba: L180.</p>
""")

s.page("empleos.html", "Empleos municipales", """
<h1>Empleos municipales</h1>
<p>Inspector de transporte: L14,500 mensuales.</p>
""")

ENTRY = entry(s, name="Public consultation on the mototaxi by-law 2027 (municipality, La Ceiba, Honduras)",
    languages=["es", "en"], fees=[], free_option=None, fee_support=False, remote_participation=True,
    captcha=["recaptcha"], account_required=False,
    registration_form=(9, 4, ["id_document", "phone", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=18, accessibility_statement=False, access_services=["interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "audiencia.html", "solicitud.html", "zoom.html", "borrador.html"],
    evidence={
        "languages": [Q("index.html", "La Alcaldía somete a consulta el nuevo reglamento"),
                      Q("index.html", "The city is consulting residents on a new by-law for mototaxis", "English section without lang"),
                      Q("index.html", "Buiti binafi.", "Garifuna greeting: not listable")],
        "un_languages": [N("en, es")],
        "fees": [N("nothing said on the cost of taking part: fees []"),
                 Q("borrador.html", "un permiso de operación de L1,500 al año", "fare, permit, fines under consultation: not fees"),
                 Q("hoteles.html", "Hotel Costa Norte: L1,200 la noche.", "hotel, bus: not fees"),
                 Q("empleos.html", "Inspector de transporte: L14,500 mensuales.", "salary: not a fee")],
        "free_option": [Q("audiencia.html", "La audiencia está abierta a todos los vecinos.", "open to all, nothing on cost: null")],
        "fee_support": [Q("audiencia.html", "La municipalidad no paga viáticos ni transporte a los participantes.")],
        "remote_participation": [Q("zoom.html", "pueden intervenir levantando la mano")],
        "captcha": [M("solicitud.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("request to speak: 9 fields (name, DNI, phone, e-mail, barrio select, organisation, modality radio, topic textarea, rules checkbox); required: 3 marked (requerido) + checkbox = 4", "solicitud.html"),
                              Q("solicitud.html", "Número de identidad (DNI) (requerido)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("audiencia.html", "Pueden inscribirse para hablar los vecinos mayores de dieciocho años")],
        "accessibility_statement": [N("only interpretation; no access provision or contact")],
        "access_services": [Q("audiencia.html", "Habrá interpretación español–garífuna durante toda la audiencia.", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("borrador.html", "El borrador solo está disponible en PDF", "draft by-law only as PDF")],
    })
