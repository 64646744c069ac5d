from lib import *

NAV = [("index.html", "Inicio"), ("costos.html", "Costos"), ("inscripcion.html", "Inscripción"),
       ("accesibilidad.html", "Accesibilidad"), ("preguntas.html", "Preguntas frecuentes"), ("auspicios.html", "Auspicios"),
       ("alojamiento.html", "Alojamiento"), ("empleos.html", "Bolsa de trabajo")]
s = mk("jornadas-software-libre-soberania-digital-cochabamba", "Jornadas de Software Libre y Soberanía Digital — Cochabamba", "es-BO",
       "#c0392b", "JS", NAV,
       foot={"es-BO": "<p>Comunidad de Software Libre del Valle (asociación ficticia) — Av. Ballivián, Cochabamba — jornadas@swlibre-valle.example.bo</p>"})

s.page("index.html", "Jornadas de Software Libre y Soberanía Digital 2027", """
<h1>Jornadas de Software Libre y Soberanía Digital</h1>
<p>Del 19 al 21 de agosto de 2027, desarrolladoras, estudiantes, funcionarios públicos y organizaciones sociales se reúnen en Cochabamba para debatir sobre software libre en el Estado, protección de datos personales y gobernanza de internet en Bolivia.</p>
<p>Pueden participar personas desde los quince años cumplidos.</p>
<p><a href="@costos.html">Costos</a> · <a href="@inscripcion.html">Inscribirse</a> · <a href="@programa.html">Programa</a></p>
<h2>Resumen de las Jornadas 2026</h2>
<video controls preload="none" width="640" src="@media/jornadas-2026.mp4"></video>
<section lang="qu">
<h2>Qhichwa simipi</h2>
<p>Kay Jornadas nisqapiqa software libre nisqamanta, datos personales nisqakunata jark'aymanta, internet kamachiymantawan rimanakusun. Agosto killapi, Qhochapampa llaqtapi tantakusun.</p>
<p>Tukuy runakuna chaskisqa kanku, chunka phichqayuq watayuq kaspaqa. Qhichwa simimanta castellano simiman t'ikraqkuna kanqa.</p>
</section>
""")
placeholder_media(s, "media/jornadas-2026.mp4")

s.page("costos.html", "Costos", """
<h1>Costos de inscripción</h1>
<ul>
<li>Entrada general: Bs 150</li>
<li>Estudiantes universitarios: Bs 50</li>
<li>Taller de auditoría de privacidad (opcional): Bs 80</li>
<li>Participantes del exterior: US$ 30</li>
</ul>
<p>No hay entradas gratuitas; las y los ponentes también pagan su inscripción.</p>
""")

form = "".join([
    fld("nombres", "Nombres (dato que no puede faltar)"),
    fld("apellidos", "Apellidos (dato que no puede faltar)"),
    fld("correo", "Correo electrónico (dato que no puede faltar)", "email"),
    fld("celular", "Celular", "tel"),
    fld("ci", "Cédula de identidad (CI) (dato que no puede faltar)"),
    fld("org", "Universidad, organización o empresa"),
    fld("depto", "Departamento (dato que no puede faltar)", "select", opts=["Cochabamba", "La Paz", "Santa Cruz", "Oruro", "Potosí", "Otro / exterior"]),
    fld("entrada", "Tipo de entrada (dato que no puede faltar)", "select", opts=["General", "Estudiante", "Exterior"]),
    fld("taller", "Quiero inscribirme al taller de auditoría de privacidad", "checkbox"),
    radios("genero", "Género", ["Mujer", "Hombre", "Otro"]),
    fld("codigo", "Acepto el código de conducta (dato que no puede faltar)", "checkbox"),
])
s.page("inscripcion.html", "Inscripción", f"""
<h1>Inscripción</h1>
<p>Después de enviar el formulario recibirás los datos para el pago por QR.</p>
<form action="@inscripcion.html" method="post">
{form}
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">Inscribirme</button>
</form>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El auditorio está en planta baja y tiene rampa de acceso; hay baños accesibles.</p>
<p>Habrá interpretación en lengua de señas boliviana (LSB) en todas las plenarias.</p>
<p>Subtitulado en vivo en la sala principal.</p>
<p>Interpretación quechua–castellano en el panel de apertura.</p>
<p>Consultas de accesibilidad: accesibilidad@swlibre-valle.example.bo</p>
""")

s.page("preguntas.html", "Preguntas frecuentes", """
<h1>Preguntas frecuentes</h1>
<details><summary>¿Puedo participar en línea?</summary><p>Las Jornadas son solo presenciales; no hay modalidad virtual. Las charlas se graban y se publican en nuestro canal una semana después.</p></details>
<details><summary>¿Hay descuentos?</summary><p>Solo la entrada para estudiantes universitarios con carnet vigente.</p></details>
""")

s.page("auspicios.html", "Auspicios", """
<h1>Auspicios</h1>
<ul><li>Auspicio oro: Bs 7.000</li><li>Stand de empresa: Bs 1.500</li></ul>
""")
s.page("alojamiento.html", "Alojamiento", """
<h1>Alojamiento y transporte</h1>
<p>Hoteles cercanos desde Bs 280 por noche. El pasaje de trufi en la ciudad cuesta Bs 2,50.</p>
""")
s.page("empleos.html", "Bolsa de trabajo", """
<h1>Bolsa de trabajo</h1>
<p>Desarrollador/a backend en cooperativa tecnológica, Bs 9.000 mensuales.</p>
""")

P = ["index.html", "costos.html", "inscripcion.html", "accesibilidad.html", "preguntas.html"]
ENTRY = entry(s, name="Jornadas de Software Libre y Soberanía Digital — Cochabamba", languages=["es", "qu"],
    fees=[(150, "BOB"), (50, "BOB"), (80, "BOB"), (30, "USD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["recaptcha"], account_required=False,
    registration_form=(11, 7, ["phone", "id_document", "affiliation", "gender"]),
    min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "interpretation"], videos_without_captions=1,
    pdf_only_documents=False, participation_pages=P, deliberate_404=["programa.html"],
    evidence={
        "languages": [Q("index.html", "desarrolladoras, estudiantes, funcionarios públicos y organizaciones sociales se reúnen en Cochabamba"),
                      Q("index.html", "Kay Jornadas nisqapiqa software libre nisqamanta", "Quechua section of two paragraphs with lang=qu")],
        "un_languages": [N("es only")],
        "fees": [Q("costos.html", "Entrada general: Bs 150"), Q("costos.html", "Estudiantes universitarios: Bs 50"),
                 Q("costos.html", "Taller de auditoría de privacidad (opcional): Bs 80"),
                 Q("costos.html", "Participantes del exterior: US$ 30", "price for participants from abroad: USD entry"),
                 Q("auspicios.html", "Auspicio oro: Bs 7.000", "sponsor: not a fee"),
                 Q("alojamiento.html", "Hoteles cercanos desde Bs 280 por noche.", "hotel: not a fee"),
                 Q("empleos.html", "Bs 9.000 mensuales", "salary: not a fee")],
        "free_option": [Q("costos.html", "No hay entradas gratuitas; las y los ponentes también pagan su inscripción.")],
        "fee_support": [Q("costos.html", "Estudiantes universitarios: Bs 50", "student rate")],
        "remote_participation": [Q("preguntas.html", "Las Jornadas son solo presenciales; no hay modalidad virtual. Las charlas se graban y se publican en nuestro canal una semana después.")],
        "captcha": [M("inscripcion.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (nombres, apellidos, correo, celular, CI, organización, departamento select, entrada select, taller checkbox, género radio, código checkbox); 7 marked (dato que no puede faltar); sensitive phone, id_document, affiliation, gender", "inscripcion.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "Pueden participar personas desde los quince años cumplidos.")],
        "accessibility_statement": [Q("accesibilidad.html", "El auditorio está en planta baja y tiene rampa de acceso")],
        "access_services": [Q("accesibilidad.html", "El auditorio está en planta baja y tiene rampa de acceso", "wheelchair_access"),
                            Q("accesibilidad.html", "Habrá interpretación en lengua de señas boliviana (LSB)", "sign_language"),
                            Q("accesibilidad.html", "Subtitulado en vivo en la sala principal.", "captions"),
                            Q("accesibilidad.html", "Interpretación quechua–castellano en el panel de apertura.", "interpretation")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/jornadas-2026.mp4"></video>')],
        "pdf_only_documents": [N("no PDF")],
    })
