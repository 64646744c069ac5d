from lib import *

NAV = [("index.html", "Encuentro"), ("costos.html", "Costos"), ("inscripcion.html", "Inscripción"), ("preguntas.html", "Preguntas"),
       ("accesibilidad.html", "Accesibilidad"), ("auspiciadores.html", "Auspiciadores"), ("hospedaje.html", "Hospedaje"),
       ("noticias.html", "Noticias")]
s = mk("encuentro-huertos-urbanos-el-alto", "Encuentro de Huertos Urbanos de El Alto 2027", "es-BO", "#2f7d32", "HU", NAV,
       foot={"es-BO": "<p>Red de Huertos Familiares de El Alto — Av. 6 de Marzo, Zona 12 de Octubre. huertos@red-elalto.example.bo</p>"})

s.page("index.html", "Encuentro de Huertos Urbanos", f"""
<h1>Encuentro de Huertos Urbanos de El Alto</h1>
<p>Dos días para compartir lo que aprendimos cultivando a 4.000 metros: carpas solares, compost con guano, semillas de
papa nativa y la venta de verduras en las ferias zonales.</p>
<p>Sábado 14 y domingo 15 de agosto de 2027, en la sede de la Red. Revise los <a href="@costos.html">costos</a> y
complete la <a href="@inscripcion.html">inscripción</a>.</p>
{video("media/carpa-solar.mp4")}
<section lang="ay">
<h2>Aymar arun</h2>
<p>Aka tantachawixa El Alto markan yapuchirinakataki, panqar uta yapunaka, wanu ukhamaraki ch'uqi jathanaka uñt'añataki.
Institucionanakax Bs 180 payllapxani, yatiqirinakax Bs 60. Aymar arut kastill arur jaqukipañaw utjani.</p>
</section>
""")

s.page("costos.html", "Costos", """
<h1>Costos de participación</h1>
<table><caption>Aportes (en bolivianos)</caption>
<tr><th>Participante</th><th>Aporte</th></tr>
<tr><td>Instituciones, ONG y técnicos municipales</td><td>Bs 180</td></tr>
<tr><td>Estudiantes de agronomía</td><td>Bs 60</td></tr>
<tr><td>Huerteras y huerteros de juntas vecinales afiliadas a la Red</td><td>Sin costo</td></tr>
</table>
<p>Visita guiada a las carpas solares del Distrito 8 (domingo por la tarde): Bs 40 por persona.</p>
""")

s.page("inscripcion.html", "Inscripción", f"""
<h1>Inscripción</h1>
<p>Pueden inscribirse personas desde los quince años. Los campos con «(dato obligatorio)» no pueden quedar vacíos.</p>
<form action="@inscripcion.html" method="post">
{fld("nombre", "Nombre completo (dato obligatorio)")}
{fld("ci", "Cédula de identidad (CI) (dato obligatorio)")}
{fld("cel", "Celular (dato obligatorio)", "tel")}
{fld("correo", "Correo electrónico", "email")}
{fld("org", "Junta vecinal u organización")}
{fld("distrito", "Distrito", "select", opts=["Distrito 1", "Distrito 3", "Distrito 8", "Distrito 14", "Otro"])}
{radios("cat", "Categoría (dato obligatorio)", ["Institución u ONG", "Estudiante", "Huertera/o afiliada/o"])}
{radios("sexo", "Sexo", ["Mujer", "Hombre"])}
{fld("visita", "Quiero la visita a las carpas solares", "checkbox")}
{fld("acepto", "Acepto el uso de mis datos para el Encuentro (dato obligatorio)", "checkbox")}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAC3DHQFLr1GavRN"></div>
<button type="submit">Inscribirme</button>
</form>
""")

s.page("preguntas.html", "Preguntas", """
<h1>Preguntas frecuentes</h1>
<details open><summary>Vivo en Viacha, ¿puedo participar sin viajar?</summary>
<p>Sí: las mesas de trabajo se conectan por Zoom y quienes participen en línea pueden pedir la palabra y votar las conclusiones.</p></details>
<details><summary>¿Necesito crear una cuenta?</summary><p>No, basta con el formulario.</p></details>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>La sede tiene rampa en la entrada y baño accesible en planta baja.</p>
<p>Contaremos con intérprete de lengua de señas boliviana (LSB) y con interpretación aymara–castellano en todas las mesas.</p>
<p>Habrá un wawa wasi con cuidadoras para niñas y niños de 2 a 6 años durante los dos días.</p>
""")

s.page("auspiciadores.html", "Auspiciadores", """
<h1>Auspiciadores y feria</h1>
<p>Auspicio principal: Bs 7.000. En la feria se venden plantines de lechuga a Bs 5 la docena.</p>
""")

s.page("hospedaje.html", "Hospedaje", """
<h1>Hospedaje y transporte</h1>
<p>Hostal cerca de la Ceja desde Bs 120 la noche. Pasaje de minibús Bs 1,50 y teleférico Bs 3.</p>
<p>Para visitantes de Jujuy: el bus desde La Quiaca cuesta unos 25.000 pesos argentinos.</p>
""")

s.page("noticias.html", "Noticias", """
<h1>Noticias</h1>
<p>La Red ya cuenta con 230 huertos familiares en nueve distritos.</p>
""")

placeholder_media(s, "media/carpa-solar.mp4")

P = "costos.html"
ENTRY = entry(
    s, name="Urban gardens meeting 2027 (family gardens network, El Alto, Bolivia)",
    languages=["es", "ay"], fees=[(180, "BOB"), (60, "BOB"), (40, "BOB")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(10, 5, ["id_document", "phone", "affiliation", "gender"]), min_age=15,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation", "childcare"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "costos.html", "inscripcion.html", "preguntas.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "Dos días para compartir lo que aprendimos"), M("index.html", '<section lang="ay">'),
                      Q("index.html", "Aka tantachawixa El Alto markan yapuchirinakataki")],
        "un_languages": [N("es")],
        "fees": [Q(P, "Bs 180"), Q(P, "Bs 60"), Q(P, "Bs 40 por persona", "paid field visit of the meeting"),
                 Q("index.html", "Institucionanakax Bs 180 payllapxani", "Aymara restatement: no new entry"),
                 Q("auspiciadores.html", "Auspicio principal: Bs 7.000.", "sponsor, seedlings: not fees"),
                 Q("hospedaje.html", "Hostal cerca de la Ceja desde Bs 120 la noche.", "lodging, fares, ARS bus: not fees")],
        "free_option": [Q(P, "Huerteras y huerteros de juntas vecinales afiliadas a la Red", "'Sin costo': free for one group")],
        "fee_support": [Q(P, "Estudiantes de agronomía", "student rate below institutions'")],
        "remote_participation": [Q("preguntas.html", "quienes participen en línea pueden pedir la palabra y votar las conclusiones")],
        "captcha": [M("inscripcion.html", '<div class="cf-turnstile"')],
        "account_required": [Q("preguntas.html", "No, basta con el formulario.")],
        "registration_form": [N("10 fields: name, CI, mobile, e-mail, organisation, district select, category radio, sex "
                                "radio, visit checkbox, consent checkbox; required: 5 marked (dato obligatorio)", "inscripcion.html"),
                              Q("inscripcion.html", "Cédula de identidad (CI) (dato obligatorio)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "Pueden inscribirse personas desde los quince años.")],
        "accessibility_statement": [Q("accesibilidad.html", "La sede tiene rampa en la entrada y baño accesible en planta baja.")],
        "access_services": [Q("accesibilidad.html", "La sede tiene rampa en la entrada", "wheelchair_access"),
                            Q("accesibilidad.html", "intérprete de lengua de señas boliviana (LSB)", "sign_language"),
                            Q("accesibilidad.html", "interpretación aymara–castellano en todas las mesas", "interpretation"),
                            Q("accesibilidad.html", "Habrá un wawa wasi con cuidadoras", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/carpa-solar.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
