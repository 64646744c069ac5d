"""Telecom regulator's public hearing, Tegucigalpa (Honduras): Spanish, a Garifuna greeting; silent on cost; PDF-only
request to speak; image code on the question form."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Inicio"), ("inscripcion.html", "Solicitar intervención"), ("participacion.html", "Cómo asistir"),
       ("accesibilidad.html", "Accesibilidad"), ("consultas.html", "Consultas"), ("proyecto.html", "El proyecto"),
       ("noticias.html", "Noticias"), ("institucion.html", "La institución")]
FOOT = {"es-HN": "<p>Ente Regulador de Telecomunicaciones y Radiodifusión (ERTR) — Colonia Palmira, Tegucigalpa. audiencia@example.hn</p>"}
s = mk("audiencia-publica-reglamento-espectro-tegucigalpa", "Audiencia pública: Reglamento de Uso Compartido del Espectro",
       "es-HN", "#1e3a8a", "ER", NAV, foot=FOOT)
s.pdf("docs/proyecto-reglamento-espectro.pdf", "Proyecto de Reglamento de Uso Compartido del Espectro\nArticulo 1. Objeto\nArticulo 2. Definiciones")
s.pdf("docs/solicitud-intervencion.pdf", "Solicitud de intervencion - audiencia publica\nNombre:\nIdentidad:\nOrganizacion:\nTema:")
s.write("img/codigo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#eee"/>'
        '<text x="12" y="27" font-family="monospace" font-size="20">K7R2P</text></svg>\n')

s.page("index.html", "Audiencia pública — Reglamento de Uso Compartido del Espectro", """
<h1>Audiencia pública sobre el proyecto de Reglamento de Uso Compartido del Espectro</h1>
<p lang="cab">Buiti binafi!</p>
<p>El Ente Regulador de Telecomunicaciones y Radiodifusión convoca a operadores, radios comunitarias, municipalidades, academia y ciudadanía a la audiencia pública del 3 de junio de 2027, a las 9:00, en su sede de Tegucigalpa, para escuchar observaciones al proyecto de reglamento.</p>
<p>El proyecto de reglamento está disponible únicamente en PDF: <a href="@docs/proyecto-reglamento-espectro.pdf">descargar el proyecto (PDF)</a>.</p>
<p>Para intervenir, lea <a href="@inscripcion.html">cómo solicitar la palabra</a>.</p>
""")

s.page("inscripcion.html", "Solicitar intervención", """
<h1>Solicitar intervención</h1>
<p>No hay inscripción en línea. Descargue el <a href="@docs/solicitud-intervencion.pdf">formulario de solicitud de intervención (PDF)</a>, llénelo y entréguelo en la recepción del ERTR o envíelo escaneado a audiencia@example.hn antes del 27 de mayo.</p>
<p>Pueden solicitar la palabra personas mayores de dieciocho años, a título personal o en representación de una organización.</p>
<p>Cada intervención dura un máximo de siete minutos.</p>
""")

s.page("participacion.html", "Cómo asistir", """
<h1>Cómo asistir</h1>
<p>La audiencia es abierta al público hasta completar el aforo de la sala.</p>
<p>Habrá un bus gratuito desde Choluteca y otro desde Comayagua el día de la audiencia; reserve su asiento al teléfono 2200-0000.</p>
<p>La audiencia se transmitirá en vivo por YouTube solo para seguimiento; las intervenciones son únicamente presenciales.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>La sala de audiencias está en el segundo piso y el edificio no tiene ascensor.</p>
<p>Para necesidades de accesibilidad, escriba a accesibilidad@example.hn y buscaremos una solución con usted.</p>
<p>Habrá intérprete de LESHO (lengua de señas hondureña) durante toda la audiencia.</p>
""")

s.page("consultas.html", "Consultas", """
<h1>Consultas</h1>
<p>Envíenos sus preguntas sobre el procedimiento de la audiencia.</p>
<form action="@consultas.html" method="post">
""" + "\n".join([
    fld("nombre", "Nombre"),
    fld("correo", "Correo electrónico", "email"),
    fld("pregunta", "Su pregunta", "textarea"),
]) + """
<p><img src="@img/codigo.svg" alt="Código de seguridad" width="120" height="40"></p>
""" + fld("codigo", "Escriba el código de la imagen") + """
<button type="submit">Enviar</button>
</form>
""")

s.page("proyecto.html", "El proyecto", """
<h1>El proyecto de reglamento</h1>
<p>El proyecto propone una tasa anual de L 185.000 por MHz para el uso compartido de bandas y un canon de L 2.500 por estación de radio comunitaria.</p>
<p>Texto completo en la página de inicio (PDF).</p>
""")

s.page("noticias.html", "Noticias", """
<h1>Noticias</h1>
<p>Hoteles cercanos a la sede desde L 1.900 la noche. El bus interurbano desde San Pedro Sula cuesta unos L 120.</p>
""")

s.page("institucion.html", "La institución", """
<h1>La institución</h1>
<p>El ERTR regula los servicios de telecomunicaciones y radiodifusión y administra el espectro radioeléctrico.</p>
""")

ENTRY = entry(
    s, name="Public hearing on the draft Spectrum Sharing Regulation 2027 (Telecommunications and Broadcasting Regulator, Tegucigalpa, Honduras)",
    languages=["es"],
    fees=[],
    free_option=None, fee_support=True, remote_participation=False, captcha=["image"], account_required=False,
    registration_form=None,
    registration_host=None, registration_pdf_only=True, min_age=18, accessibility_statement=True,
    access_services=["sign_language"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "inscripcion.html", "participacion.html", "accesibilidad.html", "consultas.html"],
    evidence={
        "languages": [Q("index.html", "El Ente Regulador de Telecomunicaciones y Radiodifusión convoca a operadores"),
                      M("index.html", '<p lang="cab">Buiti binafi!</p>', "Garifuna greeting: not listable, not content")],
        "un_languages": [N("es")],
        "fees": [N("nothing on the cost of taking part", "participacion.html"),
                 Q("proyecto.html", "tasa anual de L 185.000 por MHz", "subject of the hearing: not a fee"),
                 Q("proyecto.html", "canon de L 2.500 por estación", "subject of the hearing: not a fee"),
                 Q("noticias.html", "desde L 1.900 la noche", "hotel: not a fee"),
                 Q("noticias.html", "unos L 120", "bus: not a fee")],
        "free_option": [Q("participacion.html", "La audiencia es abierta al público hasta completar el aforo de la sala.", "open to all, nothing on cost: null (the free bus is transport)")],
        "fee_support": [Q("participacion.html", "Habrá un bus gratuito desde Choluteca y otro desde Comayagua")],
        "remote_participation": [Q("participacion.html", "La audiencia se transmitirá en vivo por YouTube solo para seguimiento; las intervenciones son únicamente presenciales.")],
        "captcha": [M("consultas.html", '<img src="img/codigo.svg" alt="Código de seguridad"', "self-hosted image code on the question form")],
        "account_required": [N("PDF form; no account")],
        "registration_form": [N("registration is a PDF form; the question form (3 fields + image code) is not a registration form", "consultas.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("inscripcion.html", "No hay inscripción en línea. Descargue el formulario de solicitud de intervención (PDF)")],
        "min_age": [Q("inscripcion.html", "Pueden solicitar la palabra personas mayores de dieciocho años")],
        "accessibility_statement": [Q("accesibilidad.html", "Para necesidades de accesibilidad, escriba a accesibilidad@example.hn")],
        "access_services": [Q("accesibilidad.html", "La sala de audiencias está en el segundo piso y el edificio no tiene ascensor.", "no wheelchair access"),
                            Q("accesibilidad.html", "Habrá intérprete de LESHO (lengua de señas hondureña)", "sign_language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("index.html", "El proyecto de reglamento está disponible únicamente en PDF"),
                               Q("inscripcion.html", "formulario de solicitud de intervención (PDF)")],
    })
