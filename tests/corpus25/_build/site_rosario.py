from lib import *

NAV = [("index.html", "Inicio"), ("audiencia.html", "La audiencia"), ("oradores.html", "Pedir la palabra"), ("proyecto.html", "El proyecto"),
       ("accesibilidad.html", "Accesibilidad"), ("presupuesto.html", "Presupuesto"), ("como-llegar.html", "Cómo llegar"), ("novedades.html", "Novedades")]
s = mk("audiencia-publica-ciclovias-rosario", "Audiencia pública: Red de ciclovías del Oeste – Rosario", "es-AR", "#1f6f4a", "Bici", NAV,
       foot={"es-AR": "<p>Secretaría de Movilidad, Municipalidad de Rosario · audiencia@movilidad-ros.example.ar</p>"})
placeholder_media(s, "media/recorrido.mp4")
s.pdf("docs/proyecto-ciclovias.pdf", "Proyecto Red de ciclovias del Oeste\nTrazados propuestos\nPresupuesto estimado")
s.page("index.html", "Audiencia pública: Red de ciclovías del Oeste", """
<h1>Audiencia pública: Red de ciclovías del Oeste</h1>
<p>La Municipalidad convoca a vecinas, vecinos, ciclistas y organizaciones barriales a opinar sobre el proyecto de 38 km de ciclovías para los distritos Oeste y Sudoeste, el sábado 6 de marzo de 2027 en el Centro Municipal de Distrito Oeste.</p>
<p>Quien quiera hablar debe anotarse en la <a href="@oradores.html">lista de oradores</a>. <a href="@audiencia-2024.html">Actas de la audiencia 2024</a></p>
""" + video("media/recorrido.mp4"))
s.page("audiencia.html", "La audiencia", """
<h1>Cómo funciona la audiencia</h1>
<p>Cada orador dispone de cinco minutos. La audiencia se transmite por Zoom: quienes sigan desde su casa pueden levantar la mano virtual y tomar la palabra por turno, igual que en la sala.</p>
<p>La Municipalidad no paga viáticos ni traslados a los participantes.</p>
""")
form = "".join([fld("nm", "Nombre y apellido *"), fld("em", "Correo electrónico *", "email"), fld("dni", "DNI *"),
    fld("tel", "Teléfono", "tel"), fld("org", "Organización o club (si representa a una)"),
    fld("barrio", "Barrio *", "select", opts=["Empalme Graneros", "Bella Vista", "Godoy", "Otro"]),
    fld("tema", "Tema de su intervención *", "select", opts=["Trazado", "Seguridad vial", "Estacionamiento", "Otro"]),
    fld("txt", "Resumen de lo que quiere decir", "textarea"), fld("ok", "Acepto el reglamento de la audiencia *", "checkbox")])
s.page("oradores.html", "Pedir la palabra", f"""
<h1>Inscripción de oradores</h1>
<p>Pueden anotarse personas a partir de los 16 años que vivan o trabajen en Rosario.</p>
<form action="@oradores.html" method="post">{form}
<div class="g-recaptcha" data-sitekey="6LeDemoRosarioKey"></div><button type="submit">Anotarme</button></form>
""")
s.page("proyecto.html", "El proyecto", """
<h1>El proyecto</h1>
<p>El proyecto completo está disponible únicamente en <a href="@docs/proyecto-ciclovias.pdf">PDF (12 MB)</a>.</p>
<p>Propone ciclovías bidireccionales sobre avenida Mendoza y calle Córdoba, con nuevas estaciones de bicicletas públicas.</p>
""")
s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El salón del Centro Municipal está en planta baja, con acceso para sillas de ruedas.</p>
<p>Habrá intérpretes de lengua de señas argentina (LSA) durante toda la audiencia.</p>
<p>Este año no contamos con subtitulado en vivo.</p>
""")
s.page("presupuesto.html", "Presupuesto", """
<h1>Presupuesto del proyecto</h1>
<p>La obra tiene un presupuesto estimado de $ 850.000.000, financiado por el Fondo de Movilidad Sustentable.</p>
""")
s.page("como-llegar.html", "Cómo llegar", """
<h1>Cómo llegar</h1>
<p>Líneas de colectivo 128 y 136; el boleto cuesta $ 940. El alquiler de bicicleta pública es de $ 600 por hora.</p>
""")
s.page("novedades.html", "Novedades", """
<h1>Novedades</h1>
<p>La Secretaría de Movilidad busca un analista de datos; remuneración bruta $ 1.450.000 mensuales.</p>
""")
ENTRY = entry(s, name="Public hearing on the western bike-lane network, Rosario (municipal mobility office)",
    languages=["es"], fees=[], free_option=None, fee_support=False, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(9, 6, ["id_document", "phone", "affiliation"]), min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "audiencia.html", "oradores.html", "proyecto.html", "accesibilidad.html"],
    deliberate_404=["audiencia-2024.html"],
    evidence={
        "languages": [Q("index.html", "La Municipalidad convoca a vecinas, vecinos, ciclistas y organizaciones barriales")],
        "un_languages": [N("es")],
        "fees": [N("no word on the cost of taking part", "audiencia.html"),
                 Q("presupuesto.html", "presupuesto estimado de $ 850.000.000", "budget under hearing: not a fee"),
                 Q("como-llegar.html", "el boleto cuesta $ 940", "bus fare and bike rental: not fees"),
                 Q("novedades.html", "remuneración bruta $ 1.450.000 mensuales", "salary: not a fee")],
        "free_option": [N("invites people to speak and says nothing about cost: null", "oradores.html")],
        "fee_support": [Q("audiencia.html", "La Municipalidad no paga viáticos ni traslados a los participantes.")],
        "remote_participation": [Q("audiencia.html", "pueden levantar la mano virtual y tomar la palabra por turno")],
        "captcha": [M("oradores.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("request to speak: 9 fields (name, e-mail, DNI, phone, organisation, barrio select, topic select, textarea, rules checkbox); 6 marked *; sensitive id_document, phone, affiliation", "oradores.html"),
                              Q("oradores.html", "DNI *")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("oradores.html", "Pueden anotarse personas a partir de los 16 años")],
        "accessibility_statement": [Q("accesibilidad.html", "El salón del Centro Municipal está en planta baja, con acceso para sillas de ruedas.")],
        "access_services": [Q("accesibilidad.html", "con acceso para sillas de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "Habrá intérpretes de lengua de señas argentina (LSA)", "sign_language"),
                            Q("accesibilidad.html", "Este año no contamos con subtitulado en vivo.", "negation: no captions")],
        "videos_without_captions": [M("index.html", 'src="media/recorrido.mp4">', "no track")],
        "pdf_only_documents": [Q("proyecto.html", "El proyecto completo está disponible únicamente en PDF (12 MB).", "draft plan only as PDF")],
    })
