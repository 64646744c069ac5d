"""National community-tourism congress (made-up network of community-tourism associations, Sucre, Bolivia): es-BO,
Quechua section with lang."""
from lib import *

NAV = [("index.html", "Inicio"), ("costos.html", "Costos"), ("inscripcion.html", "Inscripción"),
       ("virtual.html", "Participación virtual"), ("accesibilidad.html", "Accesibilidad"), ("hospedaje.html", "Hospedaje"),
       ("auspicios.html", "Auspiciadores"), ("artesania.html", "Feria artesanal")]
s = mk("congreso-turismo-comunitario-sucre", "Congreso Nacional de Turismo Comunitario", "es-BO", "#8c2f39", "TC", NAV,
       foot={"es-BO": "<p>Red Boliviana de Turismo Comunitario (ficticia), calle Bolívar, Sucre · congreso@turismocomunitario.example.bo</p>"})

s.page("index.html", "Congreso Nacional de Turismo Comunitario 2027 – Sucre", """
<h1>IV Congreso Nacional de Turismo Comunitario</h1>
<p>Del 23 al 25 de septiembre de 2027, emprendimientos comunitarios de los valles, el altiplano y la Amazonía se reúnen en Sucre para debatir sobre precios justos, cuidado del territorio y promoción digital.</p>
<p>El programa incluye mesas de trabajo, ponencias presenciales y virtuales y una salida de campo a Tarabuco.</p>
<ul>
<li><a href="@costos.html">Costos de participación</a></li>
<li><a href="@inscripcion.html">Inscripción</a></li>
<li><a href="@virtual.html">Participación virtual</a></li>
<li><a href="@accesibilidad.html">Accesibilidad</a></li>
<li><a href="@memoria-2025.html">Memoria del congreso 2025</a></li>
</ul>
""" + video("media/tarabuco.mp4") + """
<section lang="qu">
<h2>Runasimipi</h2>
<p>Kay hatun tantanakuyqa ayllukunapa turismonmantam. Ayllukunamanta hamuq kamachikuqkunaqa mana imatapas pagankuchu.</p>
<p>Rimanakuykunaqa runasimipi kastillanupipas kanqa; tikrachiqkuna yanapanqa.</p>
</section>
""")
placeholder_media(s, "media/tarabuco.mp4")

s.page("costos.html", "Costos – Congreso de Turismo Comunitario", """
<h1>Costos de participación</h1>
<ul>
<li>Participantes en general: Bs. 350</li>
<li>Estudiantes universitarios: Bs 120</li>
<li>Salida de campo a Tarabuco (opcional, incluye transporte y almuerzo): Bs. 180</li>
</ul>
<p>Las y los delegados de las comunidades anfitrionas del congreso participan gratis; basta con la carta de su organización.</p>
<p>La cuota incluye refrigerios y materiales.</p>
""")

s.page("inscripcion.html", "Inscripción – Congreso de Turismo Comunitario", """
<h1>Inscripción</h1>
<p>La inscripción se realiza en un <a href="https://docs.google.com/forms/d/e/1FAIpQLSe-turismo-comunitario-2027/viewform">formulario de Google</a>. Para enviarlo hay que iniciar sesión con una cuenta de Google, porque se adjunta el comprobante de pago.</p>
<p>El pago se hace por depósito bancario o QR antes de llenar el formulario.</p>
<h2>¿Tienes dudas? Escríbenos</h2>
<form action="@inscripcion.html" method="post">
""" + fld("c-name", "Nombre") + fld("c-email", "Correo electrónico", "email") + fld("c-msg", "Consulta", "textarea") + """
<div class="h-captcha" data-sitekey="turismo-comunitario-example"></div>
<button type="submit">Enviar consulta</button>
</form>
""")

s.page("virtual.html", "Participación virtual – Congreso de Turismo Comunitario", """
<h1>Participación virtual</h1>
<p>Quienes no puedan viajar pueden presentar su ponencia por Zoom en las mesas virtuales; el público en la sala y en línea hace preguntas al final de cada ponencia.</p>
<p>La participación virtual se inscribe en el mismo formulario y tiene el costo general.</p>
""")

s.page("accesibilidad.html", "Accesibilidad – Congreso de Turismo Comunitario", """
<h1>Accesibilidad</h1>
<p>El auditorio de la Casa de la Cultura tiene una rampa en la entrada principal y el salón está en planta baja.</p>
<p>Habrá interpretación quechua–castellano en todas las plenarias.</p>
<p>Este año no contamos con intérprete de lengua de señas.</p>
<p>Para cualquier necesidad, escriban a congreso@turismocomunitario.example.bo.</p>
""")

s.page("hospedaje.html", "Hospedaje – Congreso de Turismo Comunitario", """
<h1>Hospedaje y transporte</h1>
<p>Hostal colonial cerca de la plaza: Bs 180 la noche. Bus cama La Paz–Sucre: desde Bs 150.</p>
<p>Un micro en la ciudad cuesta Bs 1,50.</p>
""")

s.page("auspicios.html", "Auspiciadores – Congreso de Turismo Comunitario", """
<h1>Auspiciadores</h1>
<p>Paquete de auspicio principal: Bs 15.000. Stand institucional: Bs 1.200.</p>
""")

s.page("artesania.html", "Feria artesanal – Congreso de Turismo Comunitario", """
<h1>Feria artesanal</h1>
<p>Tejidos de Tarabuco desde Bs 250; cerámica de Huayculi desde Bs 60.</p>
""")

P = ["index.html", "costos.html", "inscripcion.html", "virtual.html", "accesibilidad.html"]
ENTRY = entry(s, name="4th National Community Tourism Congress 2027 (community-tourism network, Sucre, Bolivia)",
    languages=["es", "qu"], fees=[(350, "BOB"), (120, "BOB"), (180, "BOB")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=True,
    registration_form=None, registration_host="docs.google.com", min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=P, deliberate_404=["memoria-2025.html"],
    evidence={
        "languages": [Q("index.html", "emprendimientos comunitarios de los valles, el altiplano y la Amazonía se reúnen en Sucre"),
                      M("index.html", '<section lang="qu">', "Quechua section with lang"),
                      Q("index.html", "Kay hatun tantanakuyqa ayllukunapa turismonmantam.")],
        "un_languages": [N("es")],
        "fees": [Q("costos.html", "Participantes en general: Bs. 350"), Q("costos.html", "Estudiantes universitarios: Bs 120"),
                 Q("costos.html", "Salida de campo a Tarabuco (opcional, incluye transporte y almuerzo): Bs. 180", "paid field visit of the event"),
                 Q("hospedaje.html", "Hostal colonial cerca de la plaza: Bs 180 la noche.", "hostel, bus: not fees"),
                 Q("auspicios.html", "Paquete de auspicio principal: Bs 15.000.", "sponsorship, stand: not fees"),
                 Q("artesania.html", "Tejidos de Tarabuco desde Bs 250", "crafts: not fees")],
        "free_option": [Q("costos.html", "Las y los delegados de las comunidades anfitrionas del congreso participan gratis")],
        "fee_support": [Q("costos.html", "Estudiantes universitarios: Bs 120", "student rate below 350"),
                        Q("costos.html", "participan gratis", "free for one group")],
        "remote_participation": [Q("virtual.html", "pueden presentar su ponencia por Zoom en las mesas virtuales; el público en la sala y en línea hace preguntas")],
        "captcha": [M("inscripcion.html", '<div class="h-captcha"', "on the 3-field question form")],
        "account_required": [Q("inscripcion.html", "Para enviarlo hay que iniciar sesión con una cuenta de Google")],
        "registration_form": [N("Google Form only; the 3-field question form is not a registration form", "inscripcion.html")],
        "registration_host": [M("inscripcion.html", 'href="https://docs.google.com/forms/d/e/1FAIpQLSe-turismo-comunitario-2027/viewform"')],
        "registration_pdf_only": [N("Google Form")],
        "min_age": [N("no age limit")],
        "accessibility_statement": [Q("accesibilidad.html", "tiene una rampa en la entrada principal y el salón está en planta baja")],
        "access_services": [Q("accesibilidad.html", "tiene una rampa en la entrada principal", "wheelchair_access"),
                            Q("accesibilidad.html", "Habrá interpretación quechua–castellano en todas las plenarias.", "interpretation"),
                            Q("accesibilidad.html", "Este año no contamos con intérprete de lengua de señas.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/tarabuco.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
