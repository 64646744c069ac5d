"""Multistakeholder consultation on a national AI policy, Quito (Ecuador): Spanish, a Kichwa section with lang="qu"."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Inicio"), ("participacion.html", "Cómo participar"), ("intervenir.html", "Pedir la palabra"),
       ("accesibilidad.html", "Accesibilidad"), ("preguntas.html", "Preguntas frecuentes"), ("documentos.html", "Documentos"),
       ("noticias.html", "Noticias"), ("equipo.html", "Trabaja con nosotros")]
FOOT = {"es-EC": "<p>Mesa Multiactor de Gobernanza Digital — Av. 10 de Agosto N21-55, Quito. consulta@example.ec</p>"}
s = mk("consulta-multiactor-politica-ia-quito", "Consulta multiactor sobre la Política Nacional de Inteligencia Artificial",
       "es-EC", "#5b21b6", "IA", NAV, foot=FOOT)
placeholder_media(s, "media/convocatoria.mp4")
s.pdf("docs/borrador-politica-ia.pdf", "Borrador de la Politica Nacional de Inteligencia Artificial\n1. Principios\n2. Datos\n3. Trabajo")

s.page("index.html", "Consulta multiactor sobre la Política Nacional de IA", """
<h1>Consulta multiactor sobre la Política Nacional de Inteligencia Artificial</h1>
<p>Quito, 22 y 23 de abril de 2027. La Mesa Multiactor de Gobernanza Digital invita a organizaciones sociales, universidades, empresas, comunidad técnica, pueblos y nacionalidades a comentar el borrador de la política y a proponer cambios.</p>
<p>El borrador de la Política Nacional de Inteligencia Artificial está disponible solo en PDF: <a href="@docs/borrador-politica-ia.pdf">descargar el borrador (PDF)</a>.</p>
<p>Lea <a href="@participacion.html">cómo participar</a> y, si quiere intervenir, <a href="@intervenir.html">pida la palabra</a>.</p>
""" + video("media/convocatoria.mp4") + """
<section lang="qu">
<h2>Kichwa shimipi</h2>
<p>Kay tantanakuypika Ecuador mamallaktapi yuyay antawa kamachikunamanta rimanakunchik. Tukuy llaktakunata, warmikunata, wamrakunata shamuchun minkanchik, paykunapak yuyaykunata willachun.</p>
<p>Kichwa shimipi rimana munakpika, kichwa–castellano tikrachikkuna tiyanmi. Tapuykunata kay antawillaman kachapay: consulta@example.ec.</p>
</section>
""")

s.page("participacion.html", "Cómo participar", """
<h1>Cómo participar</h1>
<p>Participar en la consulta es gratuito. Puede asistir a la sala en Quito o conectarse por Zoom.</p>
<p>Quienes se conecten por Zoom pueden pedir la palabra levantando la mano; los turnos se alternan entre la sala y la conexión virtual.</p>
<p>No cubrimos pasajes, hospedaje ni viáticos.</p>
""")

s.page("intervenir.html", "Pedir la palabra", """
<h1>Pedir la palabra</h1>
<p>Pueden intervenir personas mayores de 16 años. Cada intervención dura cinco minutos.</p>
<form action="@intervenir.html" method="post">
""" + "\n".join([
    fld("nombre", "Nombres y apellidos (dato imprescindible)"),
    fld("cedula", "Número de cédula (dato imprescindible)"),
    fld("correo", "Correo electrónico (dato imprescindible)", "email"),
    fld("tel", "Teléfono", "tel"),
    fld("org", "Organización o colectivo"),
    fld("sector", "Sector", "select", opts=["Sociedad civil", "Academia", "Sector privado", "Sector público", "Comunidad técnica"]),
    fld("prov", "Provincia", "select", opts=["Pichincha", "Guayas", "Azuay", "Imbabura", "Napo", "Otra"]),
    radios("eje", "Eje temático", ["Datos y privacidad", "Trabajo y automatización", "Educación", "Pueblos y nacionalidades"], req=True),
    radios("modalidad", "Modalidad", ["Presencial en Quito", "Virtual por Zoom"]),
    fld("resumen", "Resumen de la intervención (dato imprescindible)", "textarea"),
]) + """
<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
<button type="submit">Enviar solicitud</button>
</form>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>Habrá intérpretes de lengua de señas ecuatoriana (LSEC) en todas las sesiones.</p>
<p>Subtitulado en vivo en la pantalla de la sala y en Zoom.</p>
<p>La sala tiene rampa y ascensor, y baños accesibles.</p>
<p>Espacio infantil con cuidadoras para niñas y niños de 3 a 10 años.</p>
<p>Interpretación kichwa–castellano en la sala y en Zoom.</p>
""")

s.page("preguntas.html", "Preguntas frecuentes", """
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Necesito crear una cuenta?</summary><p>No. Basta con el formulario para pedir la palabra; para asistir sin intervenir no hace falta inscribirse.</p></details>
<details open><summary>¿Puedo enviar comentarios por escrito?</summary><p>Sí, hasta el 30 de abril, a consulta@example.ec.</p></details>
<details open><summary>¿Se graban las sesiones?</summary><p>Sí; las grabaciones se publican una semana después.</p></details>
""")

s.page("documentos.html", "Documentos", """
<h1>Documentos</h1>
<p>El borrador se publica en PDF en la página de inicio. La relatoría de la consulta se publicará en mayo.</p>
""")

s.page("noticias.html", "Noticias", """
<h1>Noticias</h1>
<p>El borrador prevé un presupuesto de US$ 12 millones en cinco años para el plan de capacidades en IA.</p>
<p>Hoteles cercanos desde $48 la noche; el pasaje de bus urbano cuesta $0,45.</p>
<p><a href="@consulta-2025.html">Consulta de 2025 sobre datos abiertos</a></p>
""")

s.page("equipo.html", "Trabaja con nosotros", """
<h1>Trabaja con nosotros</h1>
<p>Buscamos un consultor o una consultora de relatoría: honorarios de $2.800 mensuales durante tres meses.</p>
""")

ENTRY = entry(
    s, name="Multistakeholder consultation on the National Artificial Intelligence Policy 2027 (Multistakeholder Digital Governance Table, Quito, Ecuador)",
    languages=["es", "qu"],
    fees=[],
    free_option=True, fee_support=False, remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(10, 5, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["sign_language", "captions", "wheelchair_access", "childcare", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "participacion.html", "intervenir.html", "accesibilidad.html", "preguntas.html"],
    deliberate_404=["consulta-2025.html"],
    evidence={
        "languages": [Q("index.html", "La Mesa Multiactor de Gobernanza Digital invita a organizaciones sociales"),
                      M("index.html", '<section lang="qu">', "Kichwa section (two paragraphs): qu")],
        "un_languages": [N("es")],
        "fees": [Q("participacion.html", "Participar en la consulta es gratuito.", "no fee"),
                 Q("noticias.html", "presupuesto de US$ 12 millones", "budget under consultation: not a fee"),
                 Q("noticias.html", "desde $48 la noche", "hotel: not a fee"),
                 Q("noticias.html", "cuesta $0,45", "bus: not a fee"),
                 Q("equipo.html", "honorarios de $2.800 mensuales", "consultant's fees: not a fee")],
        "free_option": [Q("participacion.html", "Participar en la consulta es gratuito.")],
        "fee_support": [Q("participacion.html", "No cubrimos pasajes, hospedaje ni viáticos.")],
        "remote_participation": [Q("participacion.html", "Quienes se conecten por Zoom pueden pedir la palabra levantando la mano")],
        "captcha": [M("intervenir.html", '<div class="cf-turnstile"')],
        "account_required": [Q("preguntas.html", "¿Necesito crear una cuenta? No.")],
        "registration_form": [N("request to speak, 10 fields: name, cédula, e-mail, phone, organisation, sector select, province select, axis radio, mode radio, summary textarea; required: 4 marked (dato imprescindible) + axis radio = 5", "intervenir.html"),
                              Q("intervenir.html", "Número de cédula (dato imprescindible)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("intervenir.html", "Pueden intervenir personas mayores de 16 años."),
                    Q("accesibilidad.html", "para niñas y niños de 3 a 10 años", "childcare ages: not a limit")],
        "accessibility_statement": [Q("accesibilidad.html", "La sala tiene rampa y ascensor, y baños accesibles.")],
        "access_services": [Q("accesibilidad.html", "intérpretes de lengua de señas ecuatoriana (LSEC)", "sign_language"),
                            Q("accesibilidad.html", "Subtitulado en vivo en la pantalla de la sala y en Zoom.", "captions"),
                            Q("accesibilidad.html", "La sala tiene rampa y ascensor", "wheelchair_access"),
                            Q("accesibilidad.html", "Espacio infantil con cuidadoras", "childcare"),
                            Q("accesibilidad.html", "Interpretación kichwa–castellano", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/convocatoria.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "El borrador de la Política Nacional de Inteligencia Artificial está disponible solo en PDF")],
    })
