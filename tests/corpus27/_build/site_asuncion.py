from lib import *

NAV = [("index.html", "Inicio"), ("asambleas.html", "Asambleas barriales"), ("votacion.html", "Votación en línea"),
       ("inscripcion.html", "Inscripción de delegados"), ("accesibilidad.html", "Accesibilidad"),
       ("noticias.html", "Noticias"), ("transporte.html", "Cómo llegar"), ("convocatorias.html", "Convocatorias laborales")]
FOOT = {"es-PY": '<p>Dirección de Participación Ciudadana — Municipalidad de Asunción (sitio ficticio) · Avda. Mariscal López 5120 · '
        '<a href="mailto:presupuesto@asuncion-participa.example.py">presupuesto@asuncion-participa.example.py</a></p>'}
s = mk("presupuesto-participativo-asuncion", "Presupuesto Participativo Asunción 2028", "es-PY", "#1d5fa8", "PP", NAV, foot=FOOT)
placeholder_media(s, "media/como-funciona.mp4")
vtt(s, "media/como-funciona.es.vtt", "Así funciona el presupuesto participativo")

s.page("index.html", "Presupuesto Participativo Asunción 2028", """
<h1>Presupuesto Participativo Asunción 2028</h1>
<p>Las vecinas y los vecinos de Asunción deciden en qué se invierte una parte del presupuesto municipal de 2028:
veredas, plazas, iluminación, desagües y centros comunitarios. Entre junio y agosto de 2027 se realizan asambleas en
cada uno de los 68 barrios; en octubre se vota en línea.</p>
<h2>Así funciona</h2>
VIDEO
<section lang="gn">
<h2>Ñe'ẽ guaraníme</h2>
<p>Mba'éichapa, Asunción retãygua! Ko ary, ñande barrio-kuéra oiporavóta mba'e tembiapo ojejapóta ára oúvape.
Eju asamblea-pe ne barriope, emombe'u ne remiandu ha eiporavo umi proyecto iporãvéva ne rembiguáicha.</p>
<p>Asamblea-kuéra oñemboguata castellano ha guaraníme, ha ikatu reporandu mba'eve ne ñe'ẽme.</p>
</section>
<p><a href="@resultados-2025.html">Resultados del ciclo 2025</a></p>
""".replace("VIDEO", video("media/como-funciona.mp4", track="media/como-funciona.es.vtt", track_lang="es", label="Español")))

s.page("asambleas.html", "Asambleas barriales", """
<h1>Asambleas barriales</h1>
<p>La participación en las asambleas es libre y gratuita. Cada asamblea elige dos delegadas o delegados que defienden
los proyectos del barrio ante el Consejo del Presupuesto Participativo.</p>
<p>Cada barrio puede presentar proyectos por un tope de Gs. 450.000.000, y el fondo total del ciclo es de
Gs. 30.000.000.000.</p>
<p>No se cubren pasajes ni viáticos para asistir a las asambleas.</p>
<p>El anteproyecto de presupuesto municipal que se discute está disponible solo en PDF:
<a href="@docs/anteproyecto-presupuesto-2028.pdf">descargar el anteproyecto (PDF)</a>.</p>
""")
s.pdf("docs/anteproyecto-presupuesto-2028.pdf", "Municipalidad de Asuncion - anteproyecto de presupuesto 2028\nFondo de presupuesto participativo: Gs. 30.000.000.000")

s.page("votacion.html", "Votación en línea", """
<h1>Votación en línea</h1>
<p>Del 1 al 15 de octubre de 2027, cualquier vecina o vecino inscripto puede votar en línea los proyectos de su barrio
desde el celular o la computadora. Los tres proyectos más votados de cada barrio entran al presupuesto 2028.</p>
""")

FORM = "".join([
    fld("nombre", "Nombre y apellido (obligatorio)", req=True),
    fld("ci", "Cédula de identidad (obligatorio)", req=True),
    fld("nac", "Fecha de nacimiento (obligatorio)", "date", req=True),
    fld("tel", "Teléfono o WhatsApp (obligatorio)", "tel", req=True),
    fld("correo", "Correo electrónico", "email"),
    fld("barrio", "Barrio (obligatorio)", "select", req=True, opts=["Chacarita", "Sajonia", "Trinidad", "Villa Morra", "Zeballos Cué"]),
    fld("org", "Comisión vecinal u organización"),
    radios("genero", "Género", ["Mujer", "Hombre", "Otro", "Prefiero no decir"]),
    fld("cuidado", "Necesito el espacio de cuidado infantil durante la asamblea", "checkbox"),
])
s.page("inscripcion.html", "Inscripción de delegados", f"""
<h1>Inscripción de delegadas y delegados barriales</h1>
<p>Pueden inscribirse como delegadas y delegados barriales las personas desde los dieciséis años que vivan en el barrio.</p>
<form action="@inscripcion.html" method="post">
{FORM}
<div id="arkose-enforcement" class="arkose-labs" data-public-key="ASU-PP-2028"></div>
<button type="submit">Inscribirme</button>
</form>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>Todas las asambleas se realizan en salones en planta baja, accesibles en silla de ruedas.</p>
<p>En cada asamblea hay intérpretes de lengua de señas paraguaya (LSPy).</p>
<p>Funciona un espacio de cuidado infantil con educadoras para niñas y niños de 2 a 10 años.</p>
<p>Consultas: <a href="mailto:accesible@asuncion-participa.example.py">accesible@asuncion-participa.example.py</a>.</p>
""")

s.page("noticias.html", "Noticias", """
<h1>Noticias</h1>
<p>En el ciclo 2025 se construyeron 41 plazas y 12 km de veredas con un presupuesto de Gs. 18.600.000.000.</p>
""")

s.page("transporte.html", "Cómo llegar", """
<h1>Cómo llegar</h1>
<p>El pasaje de ómnibus urbano cuesta Gs. 3.400; el estacionamiento municipal, Gs. 5.000 por hora.</p>
""")

s.page("convocatorias.html", "Convocatorias laborales", """
<h1>Convocatorias laborales</h1>
<p>Se buscan facilitadoras y facilitadores de asambleas: Gs. 4.500.000 mensuales por cuatro meses.</p>
""")

ENTRY = entry(s, name="Participatory Budget Asunción 2028 (municipal participation office, Asunción, Paraguay)",
    languages=["es", "gn"], fees=[], free_option=True, fee_support=False, remote_participation=True,
    captcha=["arkose"], account_required=False,
    registration_form=(9, 5, ["id_document", "birth_date", "phone", "affiliation", "gender"]),
    registration_host=None, registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "childcare"], videos_without_captions=0,
    pdf_only_documents=True,
    participation_pages=["index.html", "asambleas.html", "votacion.html", "inscripcion.html", "accesibilidad.html"],
    deliberate_404=["resultados-2025.html"],
    evidence={
        "languages": [Q("index.html", "Las vecinas y los vecinos de Asunción deciden en qué se invierte una parte del presupuesto municipal"),
                      M("index.html", '<section lang="gn">', "Guaraní section with lang"),
                      Q("index.html", "Eju asamblea-pe ne barriope, emombe'u ne remiandu")],
        "un_languages": [N("es")],
        "fees": [N("no price of taking part: fees []"),
                 Q("asambleas.html", "Cada barrio puede presentar proyectos por un tope de Gs. 450.000.000", "project ceiling under decision: not a fee"),
                 Q("transporte.html", "El pasaje de ómnibus urbano cuesta Gs. 3.400", "fares and parking: not fees"),
                 Q("convocatorias.html", "Gs. 4.500.000 mensuales", "salary: not a fee")],
        "free_option": [Q("asambleas.html", "La participación en las asambleas es libre y gratuita.")],
        "fee_support": [Q("asambleas.html", "No se cubren pasajes ni viáticos para asistir a las asambleas.")],
        "remote_participation": [Q("votacion.html", "cualquier vecina o vecino inscripto puede votar en línea los proyectos de su barrio")],
        "captcha": [M("inscripcion.html", '<div id="arkose-enforcement" class="arkose-labs"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, cédula, birth date, phone, e-mail, barrio select, neighbourhood commission, gender radio, childcare checkbox); 5 marked (obligatorio); sensitive id_document, birth_date, phone, affiliation, gender", "inscripcion.html"),
                              Q("inscripcion.html", "Cédula de identidad (obligatorio)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "las personas desde los dieciséis años")],
        "accessibility_statement": [Q("accesibilidad.html", "Todas las asambleas se realizan en salones en planta baja, accesibles en silla de ruedas.")],
        "access_services": [Q("accesibilidad.html", "accesibles en silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "intérpretes de lengua de señas paraguaya (LSPy)", "sign_language"),
                            Q("accesibilidad.html", "Funciona un espacio de cuidado infantil con educadoras", "childcare")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/como-funciona.es.vtt"', "captioned")],
        "pdf_only_documents": [M("asambleas.html", 'href="docs/anteproyecto-presupuesto-2028.pdf"', "draft budget only as PDF")],
    })
