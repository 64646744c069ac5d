from lib import *
SLUG = "congreso-estudiantes-odontologia-leon"
NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción"), ("virtual.html", "Modalidad virtual"), ("accesibilidad.html", "Accesibilidad"),
       ("programa.html", "Programa"), ("patrocinio.html", "Patrocinio"), ("hospedaje.html", "Hospedaje"), ("noticias.html", "Noticias")]
s = mk(SLUG, "CONEO 2027", "es-NI", "#6c3483", "CO", NAV,
       foot={"es-NI": "<p>Asociación de Estudiantes de Odontología · León, Nicaragua · coneo@odonto.example.ni</p>"})
placeholder_media(s, "media/coneo.mp4"); vtt(s, "media/coneo-es.vtt", "Bienvenidos")
s.write("img/codigo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7K4P2</text></svg>\n')
s.page("index.html", "Congreso Nacional de Estudiantes de Odontología", f"""
<h1>XII Congreso Nacional de Estudiantes de Odontología</h1>
<p>Tres días de conferencias, casos clínicos y talleres para estudiantes y profesionales de la odontología, del 3 al 5 de septiembre de 2027 en León.</p>
<p><a href="@inscripcion.html">Inscripción y cuotas</a> · <a href="@virtual.html">Modalidad virtual</a> · <a href="@accesibilidad.html">Accesibilidad</a></p>
{video("media/coneo.mp4", track="media/coneo-es.vtt", track_lang="es", label="Español")}
<section lang="miq">
<h2>Miskitu bila ra</h2>
<p>Kongres na ra dentista lan nani bui daiwan sut wal aisi. Witin nani León ra balbia.</p>
</section>
""")
s.page("inscripcion.html", "Inscripción", f"""
<h1>Inscripción y cuotas</h1>
<p>Cuota única para estudiantes y profesionales: C$ 2,500.00. Taller precongreso de endodoncia: C$ 900.00.</p>
<p>Todos los participantes pagan la inscripción, incluidos los ponentes. No hay becas, descuentos ni apoyo de transporte.</p>
<p>Los campos marcados con (obligatorio) deben completarse.</p>
<form action="@inscripcion.html" method="post">
{fld("nombre", "Nombre completo (obligatorio)")}
{fld("correo", "Correo electrónico (obligatorio)", "email")}
{fld("tel", "Teléfono (obligatorio)", "tel")}
{fld("cedula", "Número de cédula (obligatorio)")}
{fld("uni", "Universidad (obligatorio)")}
{radios("modalidad", "Modalidad (obligatorio)", ["Presencial", "Virtual"])}
{fld("taller", "Inscribirme al taller precongreso", "checkbox")}
{fld("talla", "Talla de camiseta", "select", opts=["S", "M", "L", "XL"])}
<p><img src="@img/codigo.svg" alt="Código de verificación" width="120" height="40"></p>
{fld("codigo", "Escriba el código de verificación (obligatorio)")}
<button type="submit">Inscribirme</button>
</form>
""")
s.page("virtual.html", "Modalidad virtual", """
<h1>Modalidad virtual</h1>
<p>La participación virtual cuesta C$ 1,000.00. Las y los participantes virtuales presentan sus casos clínicos por Zoom y responden preguntas en vivo.</p>
""")
s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El auditorio no cuenta con rampa ni ascensor.</p>
<p>Habrá intérprete de LSN (lengua de señas nicaragüense) en la inauguración.</p>
<p>Para cualquier necesidad de accesibilidad, escriba a acceso@odonto.example.ni.</p>
""")
s.page("programa.html", "Programa", """
<h1>Programa</h1><p>Conferencia magistral: «Salud bucal de adolescentes de 12 a 17 años».</p>
""")
s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio</h1><p>Paquete de patrocinio oro: C$ 150,000.00; stand comercial: C$ 18,000.00.</p>
""")
s.page("hospedaje.html", "Hospedaje", """
<h1>Hospedaje</h1><p>Hoteles en el centro desde C$ 1,800 por noche; bus Managua–León C$ 60.</p>
""")
s.page("noticias.html", "Noticias", """
<h1>Noticias</h1><p>El premio al mejor caso clínico es de C$ 20,000.</p>
""")
ENTRY = entry(s, name="12th National Congress of Dentistry Students (dentistry students' association, León, Nicaragua)",
    languages=["es"], fees=[(2500, "NIO"), (900, "NIO"), (1000, "NIO")], free_option=False, fee_support=False,
    remote_participation=True, captcha=["image"], account_required=False,
    registration_form=(9, 7, ["phone", "id_document", "affiliation"]), registration_host=None, min_age=None,
    accessibility_statement=True, access_services=["sign_language"], videos_without_captions=0,
    participation_pages=["index.html", "inscripcion.html", "virtual.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "Tres días de conferencias, casos clínicos y talleres"),
                      M("index.html", '<section lang="miq">', "Miskito section: no ISO 639-1 code, not listable")],
        "un_languages": [N("es")],
        "fees": [Q("inscripcion.html", "Cuota única para estudiantes y profesionales: C$ 2,500.00.", "C$ on a Nicaraguan site: NIO (not CAD)"),
                 Q("inscripcion.html", "Taller precongreso de endodoncia: C$ 900.00."),
                 Q("virtual.html", "La participación virtual cuesta C$ 1,000.00.", "paid virtual participation with live questions: fee"),
                 Q("patrocinio.html", "Paquete de patrocinio oro: C$ 150,000.00", "sponsorship, stand, hotel, bus, prize: not fees")],
        "free_option": [Q("inscripcion.html", "Todos los participantes pagan la inscripción, incluidos los ponentes.")],
        "fee_support": [Q("inscripcion.html", "No hay becas, descuentos ni apoyo de transporte.", "single rate, nothing else: false")],
        "remote_participation": [Q("virtual.html", "presentan sus casos clínicos por Zoom y responden preguntas en vivo")],
        "captcha": [M("inscripcion.html", 'alt="Código de verificación"', "self-hosted image code: image")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("inscripcion.html: 9 fields: name, e-mail, phone, cédula, university, modality radio (=1), workshop checkbox, T-shirt select, code box. Required (obligatorio): name, e-mail, phone, cédula, university, modality, code = 7. Sensitive: phone, id_document (cédula), affiliation (university).", "inscripcion.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age stated; a talk on adolescents aged 12 to 17 is not a limit", "programa.html")],
        "accessibility_statement": [Q("accesibilidad.html", "Para cualquier necesidad de accesibilidad, escriba a acceso@odonto.example.ni.")],
        "access_services": [Q("accesibilidad.html", "El auditorio no cuenta con rampa ni ascensor.", "negation: no wheelchair_access"),
                            Q("accesibilidad.html", "Habrá intérprete de LSN (lengua de señas nicaragüense) en la inauguración.")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
