"""Santiago de los Caballeros (Dominican Republic): an ICT industry association's cybersecurity congress. Spanish with
an English page declared lang="es-DO". Pages and labels written together."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

SLUG = "congreso-ciberseguridad-cibao-santiago"
NAV = [("index.html", "Inicio"), ("entradas.html", "Entradas"), ("solicitud-estudiantes.html", "Entrada estudiantil"),
       ("virtual.html", "Pase virtual"), ("accesibilidad.html", "Accesibilidad"), ("english.html", "English"),
       ("patrocinio.html", "Patrocinio"), ("empleos.html", "Empleos"), ("hoteles.html", "Hoteles y transporte")]
FOOT = {"es-DO": "<p>© 2027 Asociación de Empresas TIC del Cibao (ASETIC) · Santiago de los Caballeros · "
                 "congreso@asetic.example.do</p>"}
s = mk(SLUG, "Congreso de Ciberseguridad del Cibao", "es-DO", "#0f3b5f", "CCC", NAV, foot=FOOT,
       newsletter={"es-DO": ("Recibe noticias del congreso", "Suscribirme")})

AGE = "El congreso está abierto a personas mayores de 16 años."
NOFREE = "No hay entradas de cortesía; los ponentes también se inscriben."
UEPA = "Las entradas se venden en Uepa Tickets; para comprar necesitas una cuenta en Uepa Tickets."
STUD = ("Los estudiantes deben enviar primero la solicitud de entrada estudiantil; tras la verificación reciben un "
        "código para comprar la entrada a RD$ 2,000.")
VIRT = ("Con el pase virtual sigues todas las conferencias por Zoom y haces preguntas en vivo, que el moderador plantea "
        "a los panelistas.")
WHEEL = "El centro de convenciones tiene rampa en la entrada principal y ascensor hasta el salón del segundo piso."
CAP = "Las conferencias principales tienen subtítulos en tiempo real en español."
NOSIGN = "No contamos con intérprete de lengua de señas este año."
EN1 = ("The Cibao Cybersecurity Congress brings security teams, banks, universities, internet providers and public "
       "agencies together in Santiago de los Caballeros on 16 and 17 November 2027.")
EN2 = ("Tickets: general RD$ 6,500, ASETIC members RD$ 4,800, university students RD$ 2,000, hands-on "
       "incident-response workshop RD$ 3,500 and virtual pass with live questions on Zoom RD$ 2,500. Tickets are sold "
       "on Uepa Tickets, which requires an account.")
EN3 = "The venue has a ramp and a lift, and the main talks have real-time Spanish captions."

FORM = ('<form action="@solicitud-estudiantes.html" method="post">'
        + fld("nombre", "Nombre completo (campo requerido)")
        + fld("cedula", "Cédula (campo requerido)")
        + fld("correo", "Correo electrónico (campo requerido)", "email")
        + fld("telefono", "Teléfono", "tel")
        + fld("universidad", "Universidad (campo requerido)")
        + fld("carrera", "Carrera", "select",
              opts=["Ingeniería en Sistemas", "Ingeniería Telemática", "Ciencias de la Computación", "Derecho", "Otra"])
        + fld("anio", "Año de estudio", "select", opts=["1.º", "2.º", "3.º", "4.º", "5.º o más"])
        + fld("carne", "Carné estudiantil vigente (campo requerido)", "file")
        + fld("conducta", "Acepto el código de conducta del congreso", "checkbox", req=True)
        + '<div class="cf-turnstile" data-sitekey="0x4AAAAAAASETIC2027stud"></div>'
        + '<button type="submit">Enviar solicitud</button></form>')

placeholder_media(s, "media/ccc-2026-resumen.mp4")
vtt(s, "media/ccc-2026-resumen.es.vtt", "Bienvenidos al Congreso de Ciberseguridad del Cibao.")
s.page("index.html", "Congreso de Ciberseguridad del Cibao 2027", f"""
<h1>Congreso de Ciberseguridad del Cibao 2027</h1>
<p class="note">Santiago de los Caballeros, 16–17 de noviembre de 2027.</p>
<p>La Asociación de Empresas TIC del Cibao (ASETIC) reúne a equipos de seguridad, bancos, universidades, proveedores de internet y entidades públicas para dos días de conferencias, talleres y ejercicios prácticos sobre respuesta a incidentes, protección de infraestructuras críticas y privacidad.</p>
<p>{AGE}</p>
<p>Consulta las <a href="@entradas.html">entradas</a> o el <a href="@virtual.html">pase virtual</a>.</p>
<h2>Resumen 2026</h2>
{video("media/ccc-2026-resumen.mp4", track="media/ccc-2026-resumen.es.vtt", track_lang="es", label="Español")}
""")

s.page("entradas.html", "Entradas", f"""
<h1>Entradas</h1>
<table>
<tr><th>Entrada</th><th>Precio</th></tr>
<tr><td>General (dos días)</td><td>RD$ 6,500</td></tr>
<tr><td>Miembros de ASETIC</td><td>RD$ 4,800</td></tr>
<tr><td>Estudiantes universitarios</td><td>RD$ 2,000</td></tr>
<tr><td>Taller práctico de respuesta a incidentes (complemento, 17 de noviembre)</td><td>RD$ 3,500</td></tr>
<tr><td>Pase virtual con preguntas en vivo por Zoom</td><td>RD$ 2,500</td></tr>
</table>
<p>{NOFREE}</p>
<p>{UEPA} <a href="https://www.uepatickets.com/eventos/congreso-ciberseguridad-cibao-2027">Comprar en Uepa Tickets</a></p>
<p>{STUD} <a href="@solicitud-estudiantes.html">Solicitud de entrada estudiantil</a></p>
""")

s.page("solicitud-estudiantes.html", "Solicitud de entrada estudiantil", f"""
<h1>Solicitud de entrada estudiantil</h1>
<p>Completa este formulario para obtener el código de la entrada estudiantil. Verificamos las solicitudes en un plazo de tres días hábiles.</p>
{FORM}
""")

s.page("virtual.html", "Pase virtual", f"""
<h1>Pase virtual</h1>
<p>{VIRT}</p>
<p>El pase virtual cuesta RD$ 2,500 y no incluye el taller práctico.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", f"""
<h1>Accesibilidad</h1>
<p>{WHEEL}</p>
<p>{CAP}</p>
<p>{NOSIGN}</p>
<p>Para otras necesidades escríbenos a accesibilidad@asetic.example.do.</p>
""")

s.page("english.html", "Cibao Cybersecurity Congress — English", f"""
<h1>Cibao Cybersecurity Congress 2027</h1>
<p>{EN1}</p>
<p>{EN2}</p>
<p>{EN3}</p>
""")

s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio</h1>
<ul>
  <li>Patrocinador platino: US$ 10,000</li>
  <li>Stand en la zona de exhibición: US$ 1,500</li>
  <li>Voucher de examen de certificación ofrecido por un patrocinador: US$ 250</li>
</ul>
""")

s.page("empleos.html", "Empleos", """
<h1>Bolsa de empleo</h1>
<ul>
  <li>Analista SOC: RD$ 85,000 mensuales.</li>
  <li>Especialista en pruebas de penetración: RD$ 120,000 mensuales.</li>
</ul>
""")

s.page("hoteles.html", "Hoteles y transporte", """
<h1>Hoteles y transporte</h1>
<ul>
  <li>Hotel en el centro de Santiago: RD$ 4,200 por noche.</li>
  <li>Guagua Santo Domingo – Santiago: RD$ 420.</li>
  <li>Concho en la ciudad: RD$ 35.</li>
</ul>
""")

ENTRY = entry(
    s, name="Congreso de Ciberseguridad del Cibao 2027 (Santiago de los Caballeros)",
    languages=["es", "en"], fees=[(6500, "DOP"), (4800, "DOP"), (2000, "DOP"), (3500, "DOP"), (2500, "DOP")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=True,
    registration_form=(9, 6, ["id_document", "phone", "affiliation"]), registration_host="www.uepatickets.com",
    registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "captions"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "entradas.html", "solicitud-estudiantes.html", "virtual.html",
                         "accesibilidad.html", "english.html"],
    evidence={
        "languages": [Q("index.html", "La Asociación de Empresas TIC del Cibao (ASETIC) reúne"),
                      Q("english.html", EN1, "English page declared lang=\"es-DO\"")],
        "un_languages": [N("es and en")],
        "fees": [Q("entradas.html", "General (dos días) RD$ 6,500"),
                 Q("entradas.html", "Miembros de ASETIC RD$ 4,800", "member rate: a fee (category, not support)"),
                 Q("entradas.html", "Estudiantes universitarios RD$ 2,000"),
                 Q("entradas.html", "Taller práctico de respuesta a incidentes (complemento, 17 de noviembre) RD$ 3,500"),
                 Q("entradas.html", "Pase virtual con preguntas en vivo por Zoom RD$ 2,500"),
                 Q("english.html", EN2, "restated in English: no new entries"),
                 Q("patrocinio.html", "Patrocinador platino: US$ 10,000", "not a fee"),
                 Q("patrocinio.html", "Voucher de examen de certificación ofrecido por un patrocinador: US$ 250", "not a fee"),
                 Q("empleos.html", "Analista SOC: RD$ 85,000 mensuales.", "not a fee"),
                 Q("hoteles.html", "Hotel en el centro de Santiago: RD$ 4,200 por noche.", "not a fee")],
        "free_option": [Q("entradas.html", NOFREE)],
        "fee_support": [Q("entradas.html", "Estudiantes universitarios RD$ 2,000", "student rate")],
        "remote_participation": [Q("virtual.html", VIRT)],
        "captcha": [M("solicitud-estudiantes.html", '<div class="cf-turnstile"')],
        "account_required": [Q("entradas.html", UEPA)],
        "registration_form": [N("student-ticket application: name*, cédula* (id_document), email*, phone (phone), "
                                "university* (affiliation), career select, year select, student card file* (not an "
                                "ID), code-of-conduct checkbox (required attribute) = 9 fields, 6 required; new marker "
                                "(campo requerido)")],
        "registration_host": [M("entradas.html", 'href="https://www.uepatickets.com/eventos/congreso-ciberseguridad-cibao-2027"')],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("index.html", AGE)],
        "accessibility_statement": [Q("accesibilidad.html", WHEEL)],
        "access_services": [Q("accesibilidad.html", WHEEL, "wheelchair_access"),
                            Q("accesibilidad.html", CAP, "captions"),
                            Q("accesibilidad.html", NOSIGN, "sign language negated")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
