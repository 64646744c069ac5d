"""Arequipa, Peru: a civil-society network's southern Andean meeting on community networks and digital rights (es-PE, qu section)."""
from lib import *

SLUG = "encuentro-redes-comunitarias-arequipa"
NAME = "Encuentro Sur Andino de Redes Comunitarias y Derechos Digitales 2027"
NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción"), ("tarifas.html", "Tarifas"),
       ("remoto.html", "Participación remota"), ("apoyo.html", "Apoyo de viaje"), ("accesibilidad.html", "Accesibilidad"),
       ("patrocinio.html", "Patrocinio"), ("practico.html", "Información práctica")]
s = mk(SLUG, NAME, "es-PE", "#6b3fa0", "RC", NAV,
       foot={"es-PE": "<p>Colectivo Andino de Conectividad (ficticio), Arequipa — hola@redesandinas.example.pe</p>"})

P = "index.html"
s.page(P, NAME, """
<h1>Encuentro Sur Andino de Redes Comunitarias y Derechos Digitales</h1>
<p>Del 18 al 20 de agosto de 2027, en el Centro Cultural de Arequipa, redes comunitarias, comunidades campesinas, universidades y organizaciones sociales del sur andino se reúnen para compartir experiencias de conectividad rural, espectro comunitario y derechos digitales.</p>
<p><a href="@inscripcion.html">Inscríbete</a> · <a href="@tarifas.html">Tarifas</a> · <a href="@memoria-2025.html">Memoria 2025</a></p>
""" + video("media/encuentro-2025.mp4") + """
<section lang="qu">
<h2>Runasimipi</h2>
<p>Kay hatun tinkuypiqa ayllukunapa internet llikankunamanta rimasunchis. Ayllukunapa llikanpi llamk'aqkunaqa mana qullqiwanmi yaykunqaku. Runasimipi rimayta atinki, tiksimuyu rimaykunaqa castellanoman t'ikrasqa kanqa.</p>
</section>
""")
placeholder_media(s, "media/encuentro-2025.mp4")

s.page("tarifas.html", "Tarifas", """
<h1>Tarifas de inscripción</h1>
<table><tr><th>Categoría</th><th>Tarifa</th></tr>
<tr><td>Organizaciones e instituciones</td><td>S/ 120</td></tr>
<tr><td>Estudiantes</td><td>S/ 40</td></tr>
<tr><td>Taller de instalación de antenas (organizado por el Encuentro, opcional)</td><td>S/ 30</td></tr></table>
<p>Los integrantes de redes comunitarias y de comunidades campesinas se inscriben gratis.</p>
""")

s.page("inscripcion.html", "Inscripción", """
<h1>Formulario de inscripción</h1>
<p>Pueden inscribirse personas mayores de 16 años.</p>
<form action="@inscripcion.html" method="post">
""" + fld("nombre", "Nombre completo (rellenar sin falta)") + fld("correo", "Correo electrónico (rellenar sin falta)", "email")
  + fld("cel", "Celular (rellenar sin falta)", "tel") + fld("dni", "DNI (rellenar sin falta)")
  + fld("org", "Organización o red comunitaria (rellenar sin falta)")
  + fld("cat", "Categoría (rellenar sin falta)", "select", opts=["Organización", "Estudiante", "Red comunitaria / comunidad campesina"])
  + fld("region", "Región", "select", opts=["Arequipa", "Puno", "Cusco", "Moquegua", "Tacna", "Otra"])
  + fld("taller", "Taller de instalación de antenas", "checkbox")
  + fld("idioma", "Idioma de preferencia", "select", opts=["Castellano", "Quechua", "Aimara"])
  + fld("necesidades", "Necesidades de accesibilidad", "textarea") + """
<div class="mtcaptcha"></div>
<button type="submit">Enviar</button>
</form>
""")

s.page("remoto.html", "Participación remota", """
<h1>Participación remota</h1>
<p>Las mesas se transmiten por Zoom y quienes participan a distancia hacen preguntas a los ponentes en vivo.</p>
""")

s.page("apoyo.html", "Apoyo de viaje", """
<h1>Apoyo de viaje</h1>
<p>Reembolsamos los pasajes de bus a los delegados de redes comunitarias de Puno y Cusco.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El auditorio tiene rampa y ascensor.</p>
<p>Intérprete de lengua de señas peruana en las plenarias.</p>
<p>Subtitulado en vivo en castellano en la pantalla principal.</p>
<p>Espacio de cuidado infantil con cuidadoras para niñas y niños de 2 a 8 años.</p>
<p>Interpretación quechua–castellano en todas las mesas.</p>
""")

s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio</h1>
<p>Patrocinador principal: US$ 3,000. Stand institucional: S/ 5,000.</p>
""")

s.page("practico.html", "Información práctica", """
<h1>Información práctica</h1>
<p>Hostal Santa Catalina: S/ 180 por noche. Combi al centro: S/ 1.50.</p>
<p>Convocatoria: coordinador(a) de proyecto, S/ 4,500 mensuales.</p>
""")

ENTRY = entry(s, name="Southern Andean meeting on community networks and digital rights, Arequipa", languages=["es", "qu"],
    fees=[(120, "PEN"), (40, "PEN"), (30, "PEN")], free_option=True, fee_support=True, remote_participation=True,
    captcha=["other"], account_required=False, registration_form=(10, 6, ["phone", "id_document", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "childcare", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscripcion.html", "tarifas.html", "remoto.html", "apoyo.html", "accesibilidad.html"],
    deliberate_404=["memoria-2025.html"],
    evidence={
        "languages": [Q(P, "redes comunitarias, comunidades campesinas, universidades y organizaciones sociales del sur andino"),
                      M(P, '<section lang="qu">', "Quechua section")],
        "un_languages": [N("es")],
        "fees": [Q("tarifas.html", "Organizaciones e instituciones S/ 120"), Q("tarifas.html", "Estudiantes S/ 40"),
                 Q("tarifas.html", "Taller de instalación de antenas (organizado por el Encuentro, opcional) S/ 30"),
                 Q("patrocinio.html", "Patrocinador principal: US$ 3,000.", "sponsor: not a fee"),
                 Q("practico.html", "Hostal Santa Catalina: S/ 180 por noche.", "hotel: not a fee"),
                 Q("practico.html", "coordinador(a) de proyecto, S/ 4,500 mensuales.", "salary: not a fee")],
        "free_option": [Q("tarifas.html", "Los integrantes de redes comunitarias y de comunidades campesinas se inscriben gratis.")],
        "fee_support": [Q("tarifas.html", "Estudiantes S/ 40"), Q("apoyo.html", "Reembolsamos los pasajes de bus a los delegados de redes comunitarias de Puno y Cusco.")],
        "remote_participation": [Q("remoto.html", "quienes participan a distancia hacen preguntas a los ponentes en vivo.")],
        "captcha": [M("inscripcion.html", '<div class="mtcaptcha">', "MTCaptcha: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [Q("inscripcion.html", "DNI (rellenar sin falta)"),
                              N("10 fields: name, email, mobile, DNI, organisation, category, region, workshop checkbox, language, access needs; 6 with the marker")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "Pueden inscribirse personas mayores de 16 años.")],
        "accessibility_statement": [Q("accesibilidad.html", "El auditorio tiene rampa y ascensor.")],
        "access_services": [Q("accesibilidad.html", "Intérprete de lengua de señas peruana en las plenarias."),
                            Q("accesibilidad.html", "Subtitulado en vivo en castellano en la pantalla principal."),
                            Q("accesibilidad.html", "Espacio de cuidado infantil con cuidadoras para niñas y niños de 2 a 8 años."),
                            Q("accesibilidad.html", "Interpretación quechua–castellano en todas las mesas.")],
        "videos_without_captions": [M(P, 'src="media/encuentro-2025.mp4">')],
        "pdf_only_documents": [N("no PDF")],
    })
