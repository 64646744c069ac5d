from lib import *

NAV = [("index.html", "Inicio"), ("cuotas.html", "Cuotas"), ("inscripcion.html", "Inscripción"), ("excursion.html", "Excursión al Misti"),
       ("accesibilidad.html", "Accesibilidad"), ("auspicios.html", "Auspicios"), ("alojamiento.html", "Alojamiento"), ("contacto.html", "Contacto")]
s = mk("congreso-vulcanologia-arequipa", "XI Congreso Peruano de Vulcanología – Arequipa 2027", "es-PE", "#9c2f12", "CPV", NAV,
       foot={"es-PE": "<p>Sociedad Andina de Ciencias de la Tierra · Arequipa · cpv2027@sacit.example.pe</p>"})
placeholder_media(s, "media/misti.mp4")
s.page("index.html", "XI Congreso Peruano de Vulcanología", """
<h1>XI Congreso Peruano de Vulcanología</h1>
<p>Del 11 al 14 de octubre de 2027, la Sociedad Andina de Ciencias de la Tierra reúne en Arequipa a vulcanólogos, geólogos y gestores de riesgo para discutir el monitoreo de los volcanes del sur peruano.</p>
<p>Quienes no puedan viajar pueden exponer como ponentes virtuales por Zoom y responder en vivo las preguntas del auditorio.</p>
<p><a href="@inscripcion.html">Inscribirse</a> · <a href="@memorias-2025.html">Memorias 2025</a></p>
""" + video("media/misti.mp4") + """
<h2>For international delegates</h2>
<p>The Peruvian Volcanology Congress meets in Arequipa on 11–14 October 2027. Registration is handled through ConfTool; you will need a ConfTool account to register and pay. Virtual presenters give their talk on Zoom and take questions from the hall.</p>
""")
s.page("cuotas.html", "Cuotas", """
<h1>Cuotas de inscripción</h1>
<table><tr><th>Modalidad</th><th>Hasta el 31 de julio</th><th>Desde el 1 de agosto</th></tr>
<tr><td>Presencial</td><td>S/. 380</td><td>S/ 450</td></tr>
<tr><td>Ponente virtual (Zoom)</td><td>S/ 200</td><td>S/ 200</td></tr></table>
<p>No ofrecemos tarifas reducidas ni becas en esta edición.</p>
""")
s.page("inscripcion.html", "Inscripción", """
<h1>Inscripción</h1>
<p>La inscripción y el pago se realizan en <a href="https://www.conftool.net/cpv2027/">ConfTool</a>. Para inscribirse es necesario crear una cuenta de ConfTool.</p>
<h2>¿Dudas?</h2>
<form action="@inscripcion.html" method="post">""" + fld("n", "Nombre") + fld("e", "Correo", "email") + fld("m", "Consulta", "textarea") + """
<div class="cf-turnstile" data-sitekey="0x4AAAAAAADemoAqp"></div><button type="submit">Enviar</button></form>
""")
s.page("excursion.html", "Excursión al Misti", """
<h1>Excursión de campo al volcán Misti</h1>
<p>El 14 de octubre el congreso organiza una salida de campo a las laderas del Misti, guiada por el comité científico. Costo adicional: S/ 120 (incluye movilidad y almuerzo).</p>
""")
s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El auditorio está en el primer piso y cuenta con ascensor y espacios reservados para sillas de ruedas.</p>
<p>Las conferencias magistrales tendrán subtitulado en tiempo real en pantalla. A solicitud, contamos con intérpretes de lengua de señas peruana.</p>
""")
s.page("auspicios.html", "Auspicios", """
<h1>Auspicios</h1>
<p>Auspicio oro: S/ 15 000. Stand para empresas de instrumentación: S/ 3 500.</p>
""")
s.page("alojamiento.html", "Alojamiento", """
<h1>Alojamiento y transporte</h1>
<p>Hotel Los Tambos: S/ 220 por noche. Bus Lima–Arequipa desde S/ 90.</p>
""")
s.page("contacto.html", "Contacto", """
<h1>Contacto</h1>
<p>Secretaría: Dra. Rosa Quispe Mamani, cpv2027@sacit.example.pe</p>
""")
ENTRY = entry(s, name="XI Peruvian Volcanology Congress, Arequipa 2027 (earth-science society)",
    languages=["es", "en"], fees=[(380, "PEN"), (450, "PEN"), (200, "PEN"), (120, "PEN")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["turnstile"], account_required=True,
    registration_form=None, registration_host="www.conftool.net", min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "captions", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "cuotas.html", "inscripcion.html", "excursion.html", "accesibilidad.html"],
    deliberate_404=["memorias-2025.html"],
    evidence={
        "languages": [Q("index.html", "la Sociedad Andina de Ciencias de la Tierra reúne en Arequipa a vulcanólogos"),
                      Q("index.html", "The Peruvian Volcanology Congress meets in Arequipa on 11–14 October 2027.", "English section without lang")],
        "un_languages": [N("es, en")],
        "fees": [Q("cuotas.html", "S/. 380", "early 380 PEN"), Q("cuotas.html", "S/ 450", "450 PEN"), Q("cuotas.html", "S/ 200", "virtual presenter 200 PEN (one entry)"),
                 Q("excursion.html", "Costo adicional: S/ 120", "field trip of the congress: 120 PEN"),
                 Q("auspicios.html", "Auspicio oro: S/ 15 000.", "sponsorship, stand: not fees"),
                 Q("alojamiento.html", "Hotel Los Tambos: S/ 220 por noche.", "hotel, bus: not fees")],
        "free_option": [N("fees stated, nothing said about a free way", "cuotas.html")],
        "fee_support": [Q("cuotas.html", "No ofrecemos tarifas reducidas ni becas en esta edición.")],
        "remote_participation": [Q("index.html", "pueden exponer como ponentes virtuales por Zoom y responder en vivo las preguntas del auditorio")],
        "captcha": [M("inscripcion.html", '<div class="cf-turnstile"', "on the question form")],
        "account_required": [Q("inscripcion.html", "Para inscribirse es necesario crear una cuenta de ConfTool.")],
        "registration_form": [N("registration on ConfTool; the only own form is a 3-field question form", "inscripcion.html")],
        "registration_host": [M("inscripcion.html", 'href="https://www.conftool.net/cpv2027/"')],
        "registration_pdf_only": [N("online registration")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accesibilidad.html", "cuenta con ascensor y espacios reservados para sillas de ruedas")],
        "access_services": [Q("accesibilidad.html", "espacios reservados para sillas de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "tendrán subtitulado en tiempo real en pantalla", "captions"),
                            Q("accesibilidad.html", "contamos con intérpretes de lengua de señas peruana", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/misti.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
