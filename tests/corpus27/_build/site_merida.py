from lib import *

NAV = [("index.html", "Inicio"), ("cuotas.html", "Cuotas"), ("registro.html", "Registro"),
       ("virtual.html", "Modalidad virtual"), ("accesibilidad.html", "Accesibilidad"),
       ("hospedaje.html", "Hospedaje y traslados"), ("patrocinio.html", "Patrocinio"), ("bolsa.html", "Bolsa de trabajo")]
FOOT = {"es-MX": '<p>Sociedad Peninsular de Arqueología (institución ficticia) · Calle 60 núm. 412, Centro, Mérida, Yucatán · '
        '<a href="mailto:congreso@arqueologia-peninsular.example.mx">congreso@arqueologia-peninsular.example.mx</a></p>'}
s = mk("congreso-arqueologia-maya-merida", "XII Congreso Peninsular de Arqueología y Patrimonio Maya", "es-MX", "#8a5a12", "CPA",
       NAV, foot=FOOT)
placeholder_media(s, "media/conferencia-magistral-2026.mp4")

s.page("index.html", "XII Congreso Peninsular de Arqueología y Patrimonio Maya", """
<h1>XII Congreso Peninsular de Arqueología y Patrimonio Maya</h1>
<p><em>Ki'imak in wóol in k'amikech!</em></p>
<p>Del 22 al 25 de septiembre de 2027, la Sociedad Peninsular de Arqueología reúne en Mérida a investigadoras,
investigadores, estudiantes y comunidades custodias del patrimonio para discutir excavaciones recientes, conservación
de sitios, arqueología comunitaria y manejo de cenotes.</p>
<p>Las mesas de trabajo se organizan en seis ejes temáticos; las ponencias pueden presentarse en persona o en modalidad virtual.</p>
<h2>Conferencia magistral 2026</h2>
VIDEO
<h2>For international participants</h2>
<p>Papers may be presented in Spanish or English. Abstracts of up to 300 words are due on 30 April 2027, and every
panel has at least one chair who can take questions in English.</p>
<p>Registration, fees and the virtual modality are explained on the Spanish pages of this site.</p>
<p><a href="@memorias-2025.html">Memorias del XI Congreso (2025)</a></p>
""".replace("VIDEO", video("media/conferencia-magistral-2026.mp4")))

s.page("cuotas.html", "Cuotas de inscripción", """
<h1>Cuotas de inscripción</h1>
<table>
<caption>Cuotas de inscripción (MXN)</caption>
<tr><th>Categoría</th><th>Hasta el 30 de abril</th><th>Después del 30 de abril</th></tr>
<tr><td>Profesionales</td><td>$2,800</td><td>$3,400</td></tr>
<tr><td>Estudiantes de licenciatura y posgrado</td><td>$900</td><td>$900</td></tr>
<tr><td>Ponencia virtual</td><td>$1,200</td><td>$1,200</td></tr>
</table>
<p>No hay inscripciones gratuitas: las y los ponentes también pagan su cuota.</p>
<p>Recorrido opcional a Uxmal organizado por Mayab Tours: $1,650 por persona, se contrata directamente con la agencia.</p>
""")

FORM = "".join([
    fld("nombre", "Nombre(s) (obligatorio)", req=True),
    fld("apellidos", "Apellidos (obligatorio)", req=True),
    fld("correo", "Correo electrónico (obligatorio)", "email", req=True),
    fld("pass1", "Contraseña (obligatorio)", "password", req=True),
    fld("pass2", "Confirmar contraseña (obligatorio)", "password", req=True),
    fld("curp", "CURP o número de pasaporte (obligatorio)", req=True),
    fld("inst", "Institución (obligatorio)", req=True),
    fld("pais", "País de residencia", "select", opts=["México", "Guatemala", "Belice", "Otro"]),
    fld("cat", "Categoría (obligatorio)", "select", req=True, opts=["Profesional", "Estudiante", "Ponencia virtual"]),
    fld("tel", "Teléfono"),
    fld("aviso", "Acepto el aviso de privacidad (obligatorio)", "checkbox", req=True),
])
s.page("registro.html", "Registro", f"""
<h1>Registro</h1>
<p>Para inscribirse es necesario crear una cuenta en el portal del congreso. Con la cuenta podrá enviar su resumen,
pagar la cuota y descargar su constancia.</p>
<form action="@registro.html" method="post">
{FORM}
<div class="g-recaptcha" data-sitekey="6LcMeridaArqueologia2027"></div>
<button type="submit">Crear cuenta</button>
</form>
""")

s.page("virtual.html", "Modalidad virtual", """
<h1>Modalidad virtual</h1>
<p>Las y los ponentes virtuales presentan en vivo por Zoom dentro de su mesa y responden las preguntas del público en
la sala, que el moderador lee en voz alta.</p>
<p>La cuota de ponencia virtual incluye el acceso a todas las transmisiones del congreso.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El Centro de Convenciones Siglo XXI cuenta con rampas y elevador a todas las salas, y con sanitarios accesibles.</p>
<p>Hay intérpretes de Lengua de Señas Mexicana (LSM) disponibles previa solicitud, con dos semanas de anticipación.</p>
<p>No contamos con subtitulado en vivo.</p>
<p>Escríbanos a <a href="mailto:accesibilidad@arqueologia-peninsular.example.mx">accesibilidad@arqueologia-peninsular.example.mx</a>.</p>
""")

s.page("hospedaje.html", "Hospedaje y traslados", """
<h1>Hospedaje y traslados</h1>
<p>Hotel Casa del Henequén: $1,480 por noche en habitación doble. Autobús ADO desde Cancún: $620.</p>
""")

s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio</h1>
<p>Paquete patrocinador Jade: $60,000; stand para editoriales: $4,500.</p>
""")

s.page("bolsa.html", "Bolsa de trabajo", """
<h1>Bolsa de trabajo</h1>
<p>Proyecto de salvamento en Campeche busca arqueóloga o arqueólogo de campo: $22,000 mensuales.</p>
""")

ENTRY = entry(s, name="XII Peninsular Congress of Maya Archaeology and Heritage 2027 (archaeological society, Mérida, Mexico)",
    languages=["es", "en"], fees=[(2800, "MXN"), (3400, "MXN"), (900, "MXN"), (1200, "MXN")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["recaptcha"], account_required=True,
    registration_form=(11, 9, ["id_document", "affiliation", "phone"]), registration_host=None,
    registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "cuotas.html", "registro.html", "virtual.html", "accesibilidad.html"],
    deliberate_404=["memorias-2025.html"],
    evidence={
        "languages": [Q("index.html", "la Sociedad Peninsular de Arqueología reúne en Mérida a investigadoras"),
                      Q("index.html", "Papers may be presented in Spanish or English. Abstracts of up to 300 words are due on 30 April 2027",
                        "English section without a lang attribute: counts"),
                      Q("index.html", "Ki'imak in wóol in k'amikech!", "Yucatec Maya greeting: not listable")],
        "un_languages": [N("es, en")],
        "fees": [Q("cuotas.html", "Cuotas de inscripción (MXN)", "currency from the caption"),
                 Q("cuotas.html", "Profesionales $2,800 $3,400", "2800 early, 3400 late"),
                 Q("cuotas.html", "Estudiantes de licenciatura y posgrado $900 $900", "900 (one entry)"),
                 Q("cuotas.html", "Ponencia virtual $1,200 $1,200", "virtual presenter fee 1200"),
                 Q("cuotas.html", "Recorrido opcional a Uxmal organizado por Mayab Tours: $1,650 por persona", "agency tour: not a fee"),
                 Q("hospedaje.html", "Hotel Casa del Henequén: $1,480 por noche", "hotel, bus, sponsors, salaries: not fees")],
        "free_option": [Q("cuotas.html", "No hay inscripciones gratuitas: las y los ponentes también pagan su cuota.")],
        "fee_support": [Q("cuotas.html", "Estudiantes de licenciatura y posgrado $900", "student rate below the professional fee")],
        "remote_participation": [Q("virtual.html", "Las y los ponentes virtuales presentan en vivo por Zoom dentro de su mesa y responden las preguntas del público")],
        "captcha": [M("registro.html", '<div class="g-recaptcha"')],
        "account_required": [Q("registro.html", "Para inscribirse es necesario crear una cuenta en el portal del congreso.")],
        "registration_form": [N("portal sign-up: 11 fields (first names, surnames, e-mail, password, confirmation, CURP/passport, institution, country select, category select, phone, privacy checkbox); 9 marked (obligatorio); sensitive id_document, affiliation, phone", "registro.html"),
                              Q("registro.html", "CURP o número de pasaporte (obligatorio)")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online portal")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accesibilidad.html", "cuenta con rampas y elevador a todas las salas")],
        "access_services": [Q("accesibilidad.html", "rampas y elevador a todas las salas", "wheelchair_access"),
                            Q("accesibilidad.html", "Hay intérpretes de Lengua de Señas Mexicana (LSM) disponibles previa solicitud", "sign_language"),
                            Q("accesibilidad.html", "No contamos con subtitulado en vivo.", "captions negated")],
        "videos_without_captions": [M("index.html", 'src="media/conferencia-magistral-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
