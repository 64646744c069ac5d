"""Mayagüez, Puerto Rico: a university department's congress on resilient connectivity and community networks
(es-PR, with an English section). Fees in "$" (USD); tickets on Eventbrite (guest) beside an own free-ticket
application for community-network volunteers; paid watch-only online pass."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "congreso-conectividad-resiliente-mayaguez"
NAV = [("index.html", "Inicio"), ("costos.html", "Costos"), ("inscripcion.html", "Inscripción"),
       ("programa.html", "Programa"), ("accesibilidad.html", "Accesibilidad"), ("hospedaje.html", "Hospedaje"),
       ("auspicios.html", "Auspicios"), ("empleos.html", "Empleos")]
FOOT = ('<p>Departamento de Ingeniería Eléctrica y de Computadoras, Recinto Universitario (ejemplo) de Mayagüez · '
        '<a href="mailto:conectividad@example.pr">conectividad@example.pr</a> · <a href="@congreso-2025.html">Congreso 2025</a></p>')
s = mk(SLUG, "Congreso de Conectividad Resiliente y Redes Comunitarias 2027", "es-PR", "#00704a", "CR", NAV,
       foot={"es-PR": FOOT})
placeholder_media(s, "media/redes-montana.mp4")

FREE = ("Las personas voluntarias de las redes comunitarias de los municipios de la montaña se inscriben gratis "
        "mediante la solicitud de boleto gratuito.")
ONLINE = ("Pase en línea: da acceso solo a la transmisión en vivo; las preguntas se hacen únicamente desde la sala.")
GUEST = "Los boletos se compran en Eventbrite como invitado, sin crear una cuenta."
AGE = "El congreso está abierto a personas mayores de 16 años."
RAMP = "El anfiteatro tiene rampa y ascensor, y espacios reservados para sillas de ruedas."
LSPR = "Intérpretes de lengua de señas puertorriqueña (LSPR) en todas las sesiones plenarias."
SUB = "Subtitulado en vivo en español e inglés en las plenarias."

s.page("index.html", "Congreso de Conectividad Resiliente y Redes Comunitarias 2027", f"""
<h1>Congreso de Conectividad Resiliente y Redes Comunitarias</h1>
<p>Mayagüez, 18 y 19 de marzo de 2027</p>
<p>Después de cada huracán, las redes comunitarias de la montaña han sido las primeras en reconectar a sus vecinos.
Este congreso reúne a ingenieros, municipios, cooperativas y voluntarios para hablar de enlaces de radio, energía
solar, respaldo satelital y planes de emergencia. {FREE}</p>
<ul><li><a href="@costos.html">Costos</a></li><li><a href="@inscripcion.html">Inscripción</a></li></ul>
{video("media/redes-montana.mp4")}
<section lang="en">
<h2>In English</h2>
<p>The Resilient Connectivity and Community Networks Congress takes place in Mayagüez on 18–19 March 2027. General
registration is $150, students pay $40, the optional hands-on workshop costs $35 and the online pass (livestream only,
no questions) costs $50.</p>
<p>Volunteers of the community networks of the mountain municipalities register free of charge through the free-ticket
application. All plenaries have Puerto Rican Sign Language interpreters and live captions in Spanish and English.</p>
</section>
""")

s.page("costos.html", "Costos", f"""
<h1>Costos</h1>
<table>
<tr><th>Modalidad</th><th>Costo</th></tr>
<tr><td>Registro general</td><td>$150</td></tr>
<tr><td>Estudiantes (con identificación vigente)</td><td>$40</td></tr>
<tr><td>Taller práctico de radioenlaces y paneles solares (opcional, 17 de marzo)</td><td>$35</td></tr>
<tr><td>{ONLINE}</td><td>$50</td></tr>
</table>
<p>{FREE}</p>
""")

FORM = "".join([
    fld("nombre", "Nombre completo (información requerida)"),
    fld("correo", "Correo electrónico (información requerida)", "email"),
    fld("telefono", "Teléfono (información requerida)", "tel"),
    fld("municipio", "Municipio (información requerida)", "select",
        opts=["Adjuntas", "Jayuya", "Utuado", "Lares", "Maricao", "Orocovis", "Otro"]),
    fld("red", "Red comunitaria a la que pertenece (información requerida)"),
    fld("funcion", "Función en la red", "select", opts=["Instalación", "Mantenimiento", "Coordinación", "Otra"]),
    fld("anios", "Años como voluntario/a", "select", opts=["Menos de 1", "1 a 3", "Más de 3"]),
    fld("taller", "Deseo inscribirme también en el taller práctico", "checkbox"),
    fld("aprender", "¿Qué le gustaría aprender?", "textarea"),
    fld("consent", "Confirmo que soy voluntario/a de una red comunitaria", "checkbox", req=True),
])
s.page("inscripcion.html", "Inscripción", f"""
<h1>Inscripción</h1>
<h2>Boletos</h2>
<p>{GUEST}</p>
<p><a class="button" href="https://www.eventbrite.com/e/congreso-conectividad-resiliente-2027-tickets-123456789">Comprar boletos en Eventbrite</a></p>
<p>{AGE}</p>
<h2>Solicitud de boleto gratuito para voluntarios de redes comunitarias</h2>
<p>{FREE}</p>
<form action="@inscripcion.html" method="post">
{FORM}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAexample-mayaguez"></div>
<button type="submit">Enviar solicitud</button>
</form>
""")

s.page("programa.html", "Programa", f"""
<h1>Programa</h1>
<p><strong>17 de marzo:</strong> taller práctico de radioenlaces y paneles solares (opcional).</p>
<p><strong>18 de marzo:</strong> lecciones de los huracanes; respaldo satelital; energía para las torres.</p>
<p><strong>19 de marzo:</strong> planes municipales de emergencia; financiamiento de redes comunitarias.</p>
<p>{ONLINE}</p>
""")

s.page("accesibilidad.html", "Accesibilidad", f"""
<h1>Accesibilidad</h1>
<p>{RAMP}</p>
<p>{LSPR}</p>
<p>{SUB}</p>
""")

s.page("hospedaje.html", "Hospedaje", """
<h1>Hospedaje y transporte</h1>
<ul><li>Parador (ejemplo) cerca del recinto: $129 por noche.</li><li>Hospedería universitaria: $65 por noche.</li>
<li>Carro público desde San Juan: alrededor de $25.</li></ul>
""")

s.page("auspicios.html", "Auspicios", """
<h1>Auspicios</h1>
<p>Auspicio platino $10,000 · Auspicio oro $5,000 · Mesa de exhibición $750. Un auspiciador vende en su mesa kits
solares para torres comunitarias a $300.</p>
""")

s.page("empleos.html", "Empleos", """
<h1>Empleos</h1>
<p>Ingeniero/a de redes para la cooperativa de telecomunicaciones de la montaña: $52,000 anuales.</p>
""")

ENTRY = entry(
    s, name="Congreso de Conectividad Resiliente y Redes Comunitarias 2027 (Mayagüez)",
    languages=["es", "en"],
    fees=[(150, "USD"), (40, "USD"), (35, "USD"), (50, "USD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["turnstile"],
    account_required=False, registration_form=(10, 6, ["phone", "affiliation"]),
    registration_host="www.eventbrite.com", registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["captions", "sign_language", "wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "costos.html", "inscripcion.html", "programa.html", "accesibilidad.html"],
    deliberate_404=["congreso-2025.html"],
    evidence={
        "languages": [N("Spanish site with an English section (lang=\"en\") of two paragraphs on index.html"),
                      M("index.html", '<section lang="en">')],
        "un_languages": [N("es and en")],
        "fees": [Q("costos.html", "Registro general $150"), Q("costos.html", "Estudiantes (con identificación vigente) $40"),
                 Q("costos.html", "Taller práctico de radioenlaces y paneles solares (opcional, 17 de marzo) $35"),
                 Q("costos.html", f"{ONLINE} $50", "paid watch-only pass: a fee"),
                 Q("hospedaje.html", "Parador (ejemplo) cerca del recinto: $129 por noche.", "hotel: not a fee"),
                 Q("auspicios.html", "Auspicio platino $10,000", "sponsor package: not a fee"),
                 Q("auspicios.html", "kits solares para torres comunitarias a $300", "goods sold by a sponsor: not a fee"),
                 Q("empleos.html", "$52,000 anuales", "salary: not a fee")],
        "free_option": [Q("costos.html", FREE)],
        "fee_support": [Q("costos.html", "Estudiantes (con identificación vigente) $40")],
        "remote_participation": [Q("programa.html", ONLINE, "paid online pass to the stream only")],
        "captcha": [M("inscripcion.html", '<div class="cf-turnstile"')],
        "account_required": [Q("inscripcion.html", GUEST)],
        "registration_form": [N("inscripcion.html free-ticket application: 10 fields (name, e-mail, phone, municipality select, community network, role select, years select, workshop checkbox, textarea, confirmation checkbox); 6 required (5 with '(información requerida)', the confirmation with `required`); sensitive: phone, affiliation")],
        "registration_host": [M("inscripcion.html", 'href="https://www.eventbrite.com/e/congreso-conectividad-resiliente-2027-tickets-123456789"')],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("inscripcion.html", AGE)],
        "accessibility_statement": [Q("accesibilidad.html", RAMP)],
        "access_services": [Q("accesibilidad.html", RAMP), Q("accesibilidad.html", LSPR), Q("accesibilidad.html", SUB)],
        "videos_without_captions": [M("index.html", 'src="media/redes-montana.mp4">')],
        "pdf_only_documents": [N("no PDF")],
    })
