from lib import *

NAV = [("index.html", "Inicio"), ("costos.html", "Costos"), ("inscripcion.html", "Inscripción"), ("preguntas.html", "Preguntas"),
       ("acceso.html", "Acceso"), ("aliados.html", "Aliados"), ("galeria.html", "Galería"), ("empleos.html", "Empleos")]
s = mk("diplomado-promotoras-salud-bateyes-la-romana", "Diplomado de Promotoras de Salud de Bateyes 2027", "es-DO", "#0f5f8c", "PSB",
       NAV, foot={"es-DO": "<p>Fundación Caña y Salud · Calle Duarte 41, La Romana · diplomado@canaysalud.example.org.do</p>"})
placeholder_media(s, "media/promotoras.mp4")
s.write("img/codigo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">K7PQ2</text></svg>\n')

s.page("index.html", "Diplomado de Promotoras de Salud de Bateyes", """
<h1>Diplomado de Promotoras de Salud de Bateyes</h1>
<p>Doce sábados, de febrero a abril de 2027, para formar a las promotoras que visitan las casas de los bateyes de La Romana y San Pedro de Macorís: prevención del dengue, salud materna, agua segura y primeros auxilios.</p>
""" + video("media/promotoras.mp4") + """
<p><a href="@costos.html">Costos</a> · <a href="@inscripcion.html">Inscripción</a> · <a href="@acceso.html">Acceso</a></p>
<section lang="ht">
<h2>An kreyòl ayisyen</h2>
<p>Diplomad sa a se pou pwomotè sante ki travay nan batey yo. Klas yo fèt an panyòl, men gen entèprèt kreyòl ayisyen nan tout sesyon yo, e ou ka poze kesyon w nan lang pa w.</p>
<p>Pri a se RD$ 4,800 pou moun ki travay nan ONG. Si w ap soti Ayiti, bis ki soti Wanament rive La Romana koute anviwon 1,500 goud.</p>
</section>
""")

s.page("costos.html", "Costos", """
<h1>Costos</h1>
<p>Personal de ONG e instituciones de salud: RD$ 4,800 por el diplomado completo.</p>
<p>Módulo en línea de primeros auxilios psicológicos (Google Meet, con preguntas en vivo a la facilitadora): RD$ 1,200.</p>
<p>No hay becas completas ni inscripciones gratuitas.</p>
""")

s.page("inscripcion.html", "Inscripción", """
<h1>Inscripción</h1>
<p>Para inscribirse hay que tener 18 años o más.</p>
<form action="@inscripcion.html" method="post">
""" + fld("nombre", "Nombre y apellidos (indispensable)") + fld("cedula", "Cédula o pasaporte (indispensable)")
  + fld("tel", "Teléfono o WhatsApp (indispensable)", "tel") + fld("correo", "Correo electrónico", "email")
  + fld("inst", "Institución u organización")
  + fld("prov", "Provincia", "select", opts=["La Romana", "San Pedro de Macorís", "La Altagracia", "Otra"])
  + radios("modalidad", "Modalidad", ["Presencial", "Solo módulo en línea"])
  + fld("nac", "Nacionalidad", "select", opts=["Dominicana", "Haitiana", "Otra"]) + """
<p><img src="@img/codigo.svg" alt="Código de seguridad" width="120" height="40"></p>
""" + fld("codigo", "Escriba los caracteres de la imagen", req=True)
  + fld("acepto", "Acepto el reglamento del diplomado", "checkbox", req=True) + """
<button type="submit">Enviar inscripción</button>
</form>
""")

s.page("preguntas.html", "Preguntas", """
<h1>Preguntas frecuentes</h1>
<h2>¿Hay precio para estudiantes?</h2>
<p>Sí. Las estudiantes de enfermería pagan RD$ 2,400, la mitad del costo.</p>
<h2>¿Cómo llego?</h2>
<p>La guagua desde San Pedro de Macorís cuesta unos RD$ 150.</p>
<h2>¿Tengo que abrir una cuenta?</h2>
<p>No hace falta ninguna cuenta.</p>
""")

s.page("acceso.html", "Acceso", """
<h1>Acceso</h1>
<p>El aula del diplomado está en un segundo piso sin ascensor. Si necesita otra aula o algún apoyo, llame a Yokasta Peña al 809-555-0142 antes de inscribirse.</p>
<p>Hay interpretación criollo haitiano–español en todas las sesiones.</p>
""")

s.page("aliados.html", "Aliados", """
<h1>Aliados</h1>
<p>Aporte de aliado institucional: RD$ 50,000 por edición.</p>
""")

s.page("galeria.html", "Galería", """
<h1>Galería</h1>
<p>Fotos de la graduación de 2026.</p>
""")

s.page("empleos.html", "Empleos", """
<h1>Empleos</h1>
<p>Coordinadora de campo: RD$ 28,000 mensuales. <a href="@empleos/archivo.html">Convocatorias anteriores</a></p>
""")

ENTRY = entry(s, name="Batey health promoters' diploma course 2027 (Caña y Salud foundation, La Romana, Dominican Republic)",
    languages=["es", "ht"],
    fees=[(4800, "DOP"), (1200, "DOP"), (2400, "DOP")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["image"], account_required=False,
    registration_form=(10, 5, ["id_document", "phone", "affiliation", "nationality"]),
    min_age=18, accessibility_statement=True, access_services=["interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "costos.html", "inscripcion.html", "preguntas.html", "acceso.html"],
    deliberate_404=["empleos/archivo.html"],
    evidence={
        "languages": [Q("index.html", "Doce sábados, de febrero a abril de 2027"),
                      M("index.html", '<section lang="ht">', "Haitian Creole section with lang"),
                      Q("index.html", "Diplomad sa a se pou pwomotè sante ki travay nan batey yo.")],
        "un_languages": [N("es")],
        "fees": [Q("costos.html", "Personal de ONG e instituciones de salud: RD$ 4,800 por el diplomado completo."),
                 Q("costos.html", "RD$ 1,200", "paid online module with live questions"),
                 Q("preguntas.html", "Las estudiantes de enfermería pagan RD$ 2,400, la mitad del costo.", "student rate, FAQ only"),
                 Q("index.html", "Pri a se RD$ 4,800", "Haitian Creole restatement: no new entry"),
                 Q("index.html", "anviwon 1,500 goud", "bus in HTG: not a fee"),
                 Q("preguntas.html", "cuesta unos RD$ 150", "guagua: not a fee"),
                 Q("aliados.html", "RD$ 50,000", "sponsor: not a fee"), Q("empleos.html", "RD$ 28,000 mensuales", "salary: not a fee")],
        "free_option": [Q("costos.html", "No hay becas completas ni inscripciones gratuitas.")],
        "fee_support": [Q("preguntas.html", "Las estudiantes de enfermería pagan RD$ 2,400, la mitad del costo.", "student rate, FAQ only")],
        "remote_participation": [Q("costos.html", "Módulo en línea de primeros auxilios psicológicos (Google Meet, con preguntas en vivo a la facilitadora)")],
        "captcha": [M("inscripcion.html", '<img src="img/codigo.svg" alt="Código de seguridad"', "self-hosted image code")],
        "account_required": [Q("preguntas.html", "No hace falta ninguna cuenta.")],
        "registration_form": [N("10 fields: name, cédula/passport, phone, e-mail, institution, province select, mode radio, nationality select, image-code box (required attr), consent checkbox (required attr); required: 3 marked (indispensable) + 2 = 5", "inscripcion.html"),
                              Q("inscripcion.html", "Cédula o pasaporte (indispensable)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "Para inscribirse hay que tener 18 años o más.")],
        "accessibility_statement": [Q("acceso.html", "Si necesita otra aula o algún apoyo, llame a Yokasta Peña", "contact for access needs")],
        "access_services": [Q("acceso.html", "El aula del diplomado está en un segundo piso sin ascensor.", "no wheelchair_access"),
                            Q("acceso.html", "Hay interpretación criollo haitiano–español en todas las sesiones.", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/promotoras.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
