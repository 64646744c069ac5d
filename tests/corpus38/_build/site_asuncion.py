"""Asuncion, Paraguay: multistakeholder consultation on a data-protection bill (Spanish, Guarani section with lang)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "consulta-datos-personales-asuncion"
NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción y uso de la palabra"), ("virtual.html", "Participar por Zoom"),
       ("accesibilidad.html", "Accesibilidad"), ("preguntas.html", "Preguntas frecuentes"), ("anteproyecto.html", "El anteproyecto"),
       ("empleo.html", "Convocatoria"), ("hospedaje.html", "Hospedaje")]
FOOT = {"es-PY": "<p>Mesa Multisectorial de Gobernanza Digital del Paraguay · Avda. Mariscal López 1840, Asunción · "
                 "consulta@mesadigital.example.org.py</p>"}
s = mk(SLUG, "Consulta sobre la ley de protección de datos personales", "es-PY", "#b5651d", "MGD", {"es-PY": NAV}, foot=FOOT)
placeholder_media(s, "media/convocatoria.mp4")
s.pdf("docs/anteproyecto-datos-personales.pdf", "Anteproyecto de ley de proteccion de datos personales\nCapitulo I Disposiciones generales")

T_INTRO = "La Mesa Multisectorial de Gobernanza Digital convoca a una consulta pública sobre el anteproyecto de ley de protección de datos personales"
T_GN = "Mesa Multisectorial ohenói opavave paraguáipe oñemongeta hag̃ua léi pyahu rehe"
T_PDF = "El anteproyecto de ley está disponible solo en formato PDF"
s.page("index.html", "Consulta multisectorial — Protección de datos personales", f"""
<h1>Consulta multisectorial sobre el anteproyecto de ley de protección de datos personales</h1>
<p>{T_INTRO}, los días 22 y 23 de abril de 2027 en el Centro Cultural de la República, Asunción. Empresas, universidades, organizaciones sociales, periodistas y ciudadanía pueden opinar y pedir la palabra.</p>
<p>{T_PDF}: <a href="@docs/anteproyecto-datos-personales.pdf">descargar el anteproyecto (PDF)</a>.</p>
{video("media/convocatoria.mp4")}
<section lang="gn">
<h2>Guaraníme</h2>
<p>{T_GN}, oñangarekótava umi marandu ñandejehegua rehe. Ñembyaty oikóta 22 ha 23 jasyrundýpe Asunción-pe.</p>
<p>Ikatu reñe'ẽ ha'ejevýpe térã Zoom rupive. Oĩta ñe'ẽasaha guaraní–castellano.</p>
</section>
""")

FORM = "\n".join([
    fld("name", "Nombre y apellido (dato exigido)"),
    fld("ci", "Número de cédula de identidad (dato exigido)"),
    fld("email", "Correo electrónico (dato exigido)", "email"),
    fld("phone", "Teléfono o WhatsApp", "tel"),
    fld("org", "Organización o institución"),
    fld("sector", "Sector", "select", opts=["Sector público", "Empresas", "Academia", "Sociedad civil", "Periodismo", "Ciudadanía"]),
    fld("dep", "Departamento", "select", opts=["Capital", "Central", "Alto Paraná", "Itapúa", "Otro"]),
    fld("arts", "Artículos del anteproyecto sobre los que hablará"),
    fld("summary", "Resumen de su intervención", "textarea", req=True),
    radios("mode", "Modalidad", ["Presencial en Asunción", "Por Zoom"], req=True),
    fld("rules", "Acepto las reglas de la consulta (cinco minutos por intervención)", "checkbox", req=True),
])
T_GFORM = "Para asistir como público, anótese en el formulario de Google"
T_AGE = "Pueden pedir la palabra personas mayores de 18 años"
s.page("inscripcion.html", "Inscripción — Consulta sobre datos personales", f"""
<h1>Inscripción y uso de la palabra</h1>
<p>{T_GFORM}: <a href="https://docs.google.com/forms/d/e/1FAIpQLSc-consulta-datos-2027/viewform">formulario de asistencia</a>.</p>
<h2>Solicitud para hacer uso de la palabra</h2>
<p>{T_AGE}, a título personal o en representación de una organización. Las solicitudes se reciben hasta el 15 de abril.</p>
<form action="@inscripcion.html" method="post">
{FORM}
<div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-mgdpy2027"></div>
<button type="submit">Enviar solicitud</button>
</form>
""")

T_ZOOM = "Quienes se conecten por Zoom pueden pedir la palabra levantando la mano"
s.page("virtual.html", "Participar por Zoom — Consulta sobre datos personales", f"""
<h1>Participar por Zoom</h1>
<p>{T_ZOOM}; la moderadora les dará la palabra en el orden de la lista, igual que a las personas presentes en la sala.</p>
<p>El enlace se envía a quienes marcaron “Por Zoom” en la solicitud.</p>
""")

T_SIGN = "Contaremos con intérpretes de lengua de señas paraguaya (LSPy) y subtitulado en vivo en todas las sesiones"
T_RAMP = "El salón está en planta baja, con rampa de acceso, y un ascensor lleva a los baños adaptados"
T_CHILD = "Habrá un espacio de cuidado infantil con cuidadoras"
T_INT = "Se ofrece interpretación guaraní–castellano"
s.page("accesibilidad.html", "Accesibilidad — Consulta sobre datos personales", f"""
<h1>Accesibilidad</h1>
<ul>
<li>{T_SIGN}.</li>
<li>{T_RAMP}.</li>
<li>{T_CHILD} para niñas y niños de 3 a 10 años.</li>
<li>{T_INT}.</li>
</ul>
<p>Consultas de accesibilidad: accesibilidad@mesadigital.example.org.py</p>
""")

T_BUS = "Habrá buses sin costo desde Ciudad del Este y Encarnación"
T_NOACC = "No hace falta tener una cuenta de Google para completar el formulario de asistencia"
s.page("preguntas.html", "Preguntas frecuentes — Consulta sobre datos personales", f"""
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Necesito una cuenta de Google?</summary><p>{T_NOACC}.</p></details>
<details open><summary>Vivo en el interior, ¿cómo llego?</summary><p>{T_BUS} el 22 de abril a las 5:00; reserve su lugar por correo.</p></details>
<details open><summary>¿Se publicarán las intervenciones?</summary><p>Sí, el informe final incluirá un resumen de todas las intervenciones.</p></details>
""")

s.page("anteproyecto.html", "El anteproyecto — Consulta sobre datos personales", """
<h1>Qué propone el anteproyecto</h1>
<p>Crea una Agencia de Protección de Datos Personales, regula el consentimiento y establece multas de hasta ₲ 750.000.000 para quienes traten datos sin base legal.</p>
""")

s.page("empleo.html", "Convocatoria — Mesa Multisectorial", """
<h1>Convocatoria: consultoría jurídica</h1>
<p>Buscamos una persona para sistematizar los aportes de la consulta. Honorarios: Gs. 9.500.000 mensuales durante tres meses.</p>
""")

s.page("hospedaje.html", "Hospedaje — Consulta sobre datos personales", """
<h1>Hospedaje y transporte</h1>
<p>Hotel cercano al centro cultural: ₲ 380.000 por noche. Pasaje de ómnibus urbano: Gs. 2.300.</p>
""")

PP = ["index.html", "inscripcion.html", "virtual.html", "accesibilidad.html", "preguntas.html"]
ENTRY = entry(
    s, name="Multistakeholder Consultation on the Personal Data Protection Bill (Multistakeholder Table on Digital Governance of Paraguay, Asunción, Paraguay)",
    languages=["es", "gn"],
    fees=[],
    free_option=None, fee_support=True, remote_participation=True,
    captcha=["hcaptcha"], account_required=False,
    registration_form=(11, 6, ["id_document", "phone", "affiliation"]), registration_host="docs.google.com",
    min_age=18, accessibility_statement=True,
    access_services=["sign_language", "captions", "wheelchair_access", "childcare", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=PP,
    evidence={
        "languages": [Q("index.html", T_INTRO), Q("index.html", T_GN, "Guarani section with lang=gn (two paragraphs)")],
        "un_languages": [N("es")],
        "fees": [N("no price of taking part stated", "inscripcion.html"),
                 Q("anteproyecto.html", "multas de hasta ₲ 750.000.000", "fines in the bill: not a fee"),
                 Q("empleo.html", "Gs. 9.500.000 mensuales", "consultancy fee: not a fee"),
                 Q("hospedaje.html", "₲ 380.000 por noche", "hotel: not a fee")],
        "free_option": [N("silent on the cost of taking part (free buses are transport support, not a statement on cost)", "preguntas.html")],
        "fee_support": [Q("preguntas.html", T_BUS, "FAQ only")],
        "remote_participation": [Q("virtual.html", T_ZOOM)],
        "captcha": [M("inscripcion.html", '<div class="h-captcha"')],
        "account_required": [Q("preguntas.html", T_NOACC)],
        "registration_form": [N("request to speak, 11 fields: name, cédula, e-mail, phone, organisation, sector select, department select, "
                                "articles, summary textarea, mode radio, rules checkbox; required: 3 marked (dato exigido) + summary + "
                                "mode + rules = 6", "inscripcion.html"),
                              Q("inscripcion.html", "Número de cédula de identidad (dato exigido)")],
        "registration_host": [M("inscripcion.html", 'href="https://docs.google.com/forms/d/e/1FAIpQLSc-consulta-datos-2027/viewform"')],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("inscripcion.html", T_AGE)],
        "accessibility_statement": [Q("accesibilidad.html", T_RAMP)],
        "access_services": [Q("accesibilidad.html", T_SIGN, "sign_language and captions"), Q("accesibilidad.html", T_RAMP, "wheelchair_access"),
                            Q("accesibilidad.html", T_CHILD, "childcare"), Q("accesibilidad.html", T_INT, "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/convocatoria.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", T_PDF)],
    })
