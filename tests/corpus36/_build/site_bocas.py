from lib import *

NAV = [("index.html", "Consulta"), ("participar.html", "Cómo participar"), ("intervenir.html", "Solicitar la palabra"),
       ("zoom.html", "Participar por Zoom"), ("accesibilidad.html", "Accesibilidad"), ("presupuesto.html", "Presupuesto del plan"),
       ("noticias.html", "Noticias"), ("visitar.html", "Visitar Bocas")]
s = mk("consulta-plan-manejo-costero-bocas-del-toro", "Consulta pública del Plan de Manejo Costero de Bocas del Toro", "es-PA", "#13795b", "PC", NAV,
       foot={"es-PA": "<p>Comisión Provincial de Manejo Costero (ficticia) · Calle 3, Bocas del Toro · consulta@costa-bocas.example.pa</p>"})
placeholder_media(s, "media/audiencia.mp4")
s.pdf("docs/borrador-plan-costero.pdf", "Borrador del Plan de Manejo Costero\nBocas del Toro 2027-2032\nCapitulo 1: manglares\nCapitulo 2: pesca")

s.page("index.html", "Consulta pública – Plan de Manejo Costero", f"""
<h1>Consulta pública del Plan de Manejo Costero 2027–2032</h1>
<p>La Comisión Provincial invita a residentes, pescadores, operadores turísticos y comunidades de la comarca a opinar sobre el borrador del plan que ordenará el uso de manglares, arrecifes y playas durante los próximos cinco años. Las audiencias se celebran en Isla Colón el 6 y 7 de marzo de 2027.</p>
<p>El borrador completo solo está disponible en PDF: <a href="@docs/borrador-plan-costero.pdf">descargar el borrador (PDF, 3 MB)</a>.</p>
<section>
<h2>Ngäbere</h2>
<p>Nitre Ngäbe jökrä tä niere kukwe ye mika gare. Kä ja tibien ne ye ngwane ni ruäre ñaka ketarete. Ni jökrä rika mrö Isla Colón känti.</p>
</section>
<h2>Resumen de la primera audiencia</h2>
{video("media/audiencia.mp4")}
<p><a href="@participar.html">Cómo participar</a> · <a href="@actas-2024.html">Actas de la consulta de 2024</a></p>
""")

s.page("participar.html", "Cómo participar", """
<h1>Cómo participar</h1>
<p>La consulta está abierta a todas las personas interesadas. Puede asistir y escuchar, entregar observaciones por escrito o solicitar la palabra.</p>
<p>Habrá lanchas gratuitas desde Isla Bastimentos, Isla Cristóbal y Punta Laurel para quienes asistan a las audiencias; avise a su representante de corregimiento.</p>
<p>Los menores de edad pueden intervenir acompañados de una persona adulta.</p>
""")

s.page("intervenir.html", "Solicitar la palabra", f"""
<h1>Solicitar la palabra</h1>
<form action="@intervenir.html" method="post">
{fld("nombre", "Nombre completo (campo necesario)")}
{fld("cedula", "Cédula (campo necesario)")}
{fld("org", "Comunidad u organización que representa")}
{fld("correg", "Corregimiento", "select", opts=["Bocas del Toro", "Bastimentos", "Cauchero", "Punta Laurel", "Tierra Oscura", "Otro"])}
{fld("tel", "Teléfono (campo necesario)", "tel")}
{fld("correo", "Correo electrónico", "email")}
{fld("tema", "Tema", "select", opts=["Manglares", "Arrecifes", "Pesca artesanal", "Turismo", "Playas"])}
{radios("modo", "¿Cómo intervendrá?", ["En la sala", "Por Zoom"], req=True)}
{fld("interp", "Necesito interpretación ngäbere–español", "checkbox")}
{fld("resumen", "Resumen de su intervención", "textarea")}
{fld("acepto", "Acepto que mi intervención conste en el acta", "checkbox", req=True)}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-bocas0000001"></div>
<button type="submit">Enviar solicitud</button>
</form>
<p>No se necesita crear una cuenta.</p>
""")

s.page("zoom.html", "Participar por Zoom", """
<h1>Participar por Zoom</h1>
<p>Quien no pueda viajar a Isla Colón puede conectarse por Zoom, levantar la mano y tomar la palabra en el mismo turno que las personas de la sala.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El salón comunal tiene rampa de acceso y baño adaptado.</p>
<p>Las audiencias tendrán subtitulado en tiempo real en pantalla, intérprete de lengua de señas panameña (LSP) e interpretación ngäbere–español.</p>
<p>Habrá una guardería con cuidadoras para niñas y niños durante las audiencias.</p>
""")

s.page("presupuesto.html", "Presupuesto del plan", """
<h1>Presupuesto del plan</h1>
<p>El borrador prevé B/. 2.400.000 para restaurar manglares y B/. 650.000 para boyas de amarre.</p>
""")

s.page("noticias.html", "Noticias", """
<h1>Noticias</h1>
<p>El pasaje de lancha entre Almirante e Isla Colón cuesta $6 por trayecto.</p>
""")

s.page("visitar.html", "Visitar Bocas", """
<h1>Visitar Bocas</h1>
<p>Hostales desde $35 la noche; hoteles frente al mar desde $90.</p>
""")

ENTRY = entry(s, name="Public consultation on the coastal management plan 2027–2032 (provincial coastal commission, Bocas del Toro, Panama)",
    languages=["es"], fees=[],
    free_option=None, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(11, 5, ["id_document", "affiliation", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "captions", "sign_language", "interpretation", "childcare"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "participar.html", "intervenir.html", "zoom.html", "accesibilidad.html"],
    deliberate_404=["actas-2024.html"],
    evidence={
        "languages": [Q("index.html", "La Comisión Provincial invita a residentes, pescadores, operadores turísticos"),
                      Q("index.html", "Nitre Ngäbe jökrä tä niere kukwe ye mika gare.", "Ngäbere section without lang: not listable")],
        "un_languages": [N("es")],
        "fees": [Q("participar.html", "La consulta está abierta a todas las personas interesadas.", "no price of taking part at all: fees []"),
                 Q("presupuesto.html", "B/. 2.400.000", "budget under consultation (PAB): not a fee"),
                 Q("noticias.html", "cuesta $6 por trayecto", "boat fare (USD): not a fee"),
                 Q("visitar.html", "Hostales desde $35 la noche", "lodging: not a fee")],
        "free_option": [N("the site says nothing on the cost of taking part (open to all, free boats): null", "participar.html")],
        "fee_support": [Q("participar.html", "Habrá lanchas gratuitas desde Isla Bastimentos, Isla Cristóbal y Punta Laurel")],
        "remote_participation": [Q("zoom.html", "puede conectarse por Zoom, levantar la mano y tomar la palabra")],
        "captcha": [M("intervenir.html", '<div class="h-captcha"')],
        "account_required": [Q("intervenir.html", "No se necesita crear una cuenta.")],
        "registration_form": [N("11 fields: name, cédula, community/organisation, corregimiento select, phone, e-mail, topic select, mode radio, interpretation checkbox, summary textarea, consent checkbox; required: 3 marked (campo necesario) + mode radio + consent (required attr) = 5", "intervenir.html"),
                              Q("intervenir.html", "Cédula (campo necesario)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online request form")],
        "min_age": [Q("participar.html", "Los menores de edad pueden intervenir acompañados de una persona adulta.", "accompaniment rule: no minimum age")],
        "accessibility_statement": [Q("accesibilidad.html", "El salón comunal tiene rampa de acceso y baño adaptado.")],
        "access_services": [Q("accesibilidad.html", "El salón comunal tiene rampa de acceso y baño adaptado.", "wheelchair_access"),
                            Q("accesibilidad.html", "subtitulado en tiempo real", "captions"),
                            Q("accesibilidad.html", "intérprete de lengua de señas panameña (LSP)", "sign_language"),
                            Q("accesibilidad.html", "interpretación ngäbere–español", "interpretation"),
                            Q("accesibilidad.html", "Habrá una guardería con cuidadoras", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/audiencia.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "El borrador completo solo está disponible en PDF")],
    })
