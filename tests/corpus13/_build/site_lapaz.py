"""National community-based tourism congress of a (made-up) network (La Paz): es-BO, Aymara section."""
from lib import mk, Q, M, N, entry

SLUG = "congreso-turismo-comunitario-la-paz"
NAV = [("index.html", "Inicio"), ("programa.html", "Programa"), ("inscripcion.html", "Inscripción y tarifas"),
       ("virtual.html", "Participación virtual"), ("accesibilidad.html", "Accesibilidad"), ("hospedaje.html", "Hospedaje"),
       ("auspicios.html", "Auspicios")]
FOOT = ('<p>Red Boliviana de Turismo Comunitario (ficticia) — Sopocachi, La Paz · '
        '<a href="mailto:congreso@rbtc.example.bo">congreso@rbtc.example.bo</a></p>')
s = mk(SLUG, "III Congreso Nacional de Turismo Comunitario", "es-BO", "#9d174d", "TC", NAV, foot={"es-BO": FOOT})

s.page("index.html", "III Congreso Nacional de Turismo Comunitario — La Paz 2027", """
<h1>III Congreso Nacional de Turismo Comunitario</h1>
<p>La Paz, 12 al 14 de agosto de 2027 · Casa de la Cultura</p>
<p>Emprendimientos comunitarios del altiplano, los valles y la Amazonía, gobiernos municipales, universidades y
operadores de turismo se reúnen para compartir experiencias sobre cómo el turismo puede fortalecer a las comunidades
sin poner en riesgo su territorio ni su cultura.</p>
<ul>
  <li><a href="@inscripcion.html">Inscripción y tarifas</a></li>
  <li><a href="@virtual.html">Presentar una ponencia por videoconferencia</a></li>
  <li><a href="@accesibilidad.html">Accesibilidad e interpretación</a></li>
  <li><a href="@memorias-2025.html">Memorias del congreso 2025</a></li>
</ul>
<section lang="ay">
<h2>Aymar arun</h2>
<p>Jallalla! Aka jach'a tantachawixa Chuqiyapu markanwa lurasini, 2027 maran agosto phaxsinxa. Ayllunakana turismo
lurir jaqinakaxa inakiw mantapxani. Taqi arsuwinakaxa aymar arunsa kastillanu arunsa jaqukipatawa. Juk'ampi
yatiñatakixa, congreso@rbtc.example.bo ukar qillqt'apxita.</p>
</section>
""")

s.page("inscripcion.html", "Inscripción y tarifas", """
<h1>Inscripción y tarifas</h1>
<table>
  <tr><th>Categoría</th><th>Tarifa</th></tr>
  <tr><td>Profesionales e instituciones</td><td>Bs 350</td></tr>
  <tr><td>Estudiantes universitarios</td><td>Bs. 150</td></tr>
  <tr><td>Participantes del extranjero</td><td>USD 80</td></tr>
  <tr><td>Comunarias y comunarios de emprendimientos comunitarios</td><td>Sin costo</td></tr>
</table>
<p>La inscripción incluye materiales, refrigerios y el almuerzo de los tres días.</p>
<h2>Formulario de inscripción</h2>
<form action="@inscripcion.html" method="post">
  <label for="nom">Nombres y apellidos (obligatorio)</label><input type="text" id="nom" name="nombre">
  <label for="ci">Cédula de identidad (obligatorio)</label><input type="text" id="ci" name="ci">
  <label for="co">Correo electrónico (obligatorio)</label><input type="email" id="co" name="correo">
  <label for="cel">Celular (obligatorio)</label><input type="tel" id="cel" name="celular">
  <label for="org">Comunidad, emprendimiento u organización (obligatorio)</label><input type="text" id="org" name="organizacion">
  <label for="dep">Departamento</label>
  <select id="dep" name="departamento"><option>La Paz</option><option>Oruro</option><option>Potosí</option><option>Cochabamba</option><option>Beni</option><option>Pando</option><option>Otro país</option></select>
  <fieldset><legend>Categoría (obligatorio)</legend>
    <input type="radio" id="k1" name="categoria" value="prof"> <label for="k1">Profesional</label>
    <input type="radio" id="k2" name="categoria" value="est"> <label for="k2">Estudiante</label>
    <input type="radio" id="k3" name="categoria" value="com"> <label for="k3">Comunaria/o</label>
    <input type="radio" id="k4" name="categoria" value="ext"> <label for="k4">Extranjero</label>
  </fieldset>
  <fieldset><legend>Sexo</legend>
    <input type="radio" id="x1" name="sexo" value="f"> <label for="x1">Mujer</label>
    <input type="radio" id="x2" name="sexo" value="m"> <label for="x2">Hombre</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="pon" name="ponencia"> <label for="pon">Presentaré una ponencia</label></div>
  <label for="mod">Modalidad de la ponencia</label>
  <select id="mod" name="modalidad"><option>Presencial</option><option>Por videoconferencia</option></select>
  <div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-rbtc"></div>
  <button type="submit">Inscribirme</button>
</form>
""")

s.page("virtual.html", "Participación virtual", """
<h1>Ponencias por videoconferencia</h1>
<p>Quienes no puedan viajar a La Paz pueden presentar su ponencia por Zoom en las mesas de trabajo y responder en vivo a
las preguntas del público. El público virtual también puede enviar preguntas por el chat, que la moderación lee en sala.</p>
<p>La tarifa es la misma que la de la participación presencial de su categoría.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad e interpretación</h1>
<p>Las plenarias cuentan con interpretación simultánea castellano–aymara y con intérprete de lengua de señas boliviana.</p>
<p>La Casa de la Cultura es accesible para personas en silla de ruedas por el ingreso de la calle Potosí, con ascensor al salón principal.</p>
<p>Si necesita otro apoyo, escríbanos a accesible@rbtc.example.bo al inscribirse.</p>
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul>
  <li>Jóvenes de 18 a 25 años como guías comunitarios: experiencias del lago Titicaca</li>
  <li>Precio justo: ¿cuánto debe cobrar una comunidad por noche? (de Bs 120 a Bs 300)</li>
  <li>Guías turísticas en aymara, quechua y guaraní</li>
</ul>
""")

s.page("hospedaje.html", "Hospedaje", """
<h1>Hospedaje y transporte</h1>
<p>Hoteles en el centro desde Bs 280 la noche. Pasaje de teleférico Bs 3; minibús Bs 1,50. Estacionamiento cercano Bs 10 por día.</p>
""")

s.page("auspicios.html", "Auspicios", """
<h1>Auspicios y feria</h1>
<p>Auspicio principal Bs 10.000. Los emprendimientos pueden vender sus productos en la feria: puesto Bs 200 por los tres días.</p>
""")

ENTRY = entry(
    s, name="3rd National Congress of Community-Based Tourism (community tourism network, La Paz)",
    languages=["es", "ay"], fees=[(350, "BOB"), (150, "BOB"), (80, "USD")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(10, 6, ["id_document", "phone", "affiliation", "gender"]), min_age=None,
    accessibility_statement=True, access_services=["interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "inscripcion.html", "virtual.html", "accesibilidad.html"],
    deliberate_404=["memorias-2025.html"],
    evidence={
        "languages": [Q("index.html", "Emprendimientos comunitarios del altiplano, los valles y la Amazonía"),
                      Q("index.html", "Aka jach'a tantachawixa Chuqiyapu markanwa lurasini", "Aymara section")],
        "un_languages": [N("es")],
        "fees": [Q("inscripcion.html", "Bs 350"), Q("inscripcion.html", "Bs. 150"), Q("inscripcion.html", "USD 80"),
                 Q("programa.html", "(de Bs 120 a Bs 300)", "talk title"),
                 Q("hospedaje.html", "Hoteles en el centro desde Bs 280 la noche.", "hotel, cable car, minibus, parking"),
                 Q("auspicios.html", "Auspicio principal Bs 10.000.", "sponsor and fair stall")],
        "free_option": [Q("inscripcion.html", "Comunarias y comunarios de emprendimientos comunitarios Sin costo")],
        "fee_support": [Q("inscripcion.html", "Estudiantes universitarios Bs. 150", "student rate; waiver for comunarios")],
        "remote_participation": [Q("virtual.html", "pueden presentar su ponencia por Zoom en las mesas de trabajo y responder en vivo")],
        "captcha": [M("inscripcion.html", '<div class="h-captcha"')],
        "account_required": [N("own form")],
        "registration_form": [N("10 fields: name, CI, e-mail, mobile, community/organisation, department select, category "
                                "radio (=1), sex radio (=1), paper checkbox, modality select. Required ((obligatorio)): "
                                "name, CI, e-mail, mobile, organisation, category = 6. Sensitive: id_document, phone, "
                                "affiliation, gender.", "inscripcion.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit; 'youth aged 18 to 25' is a talk title", "programa.html")],
        "accessibility_statement": [Q("accesibilidad.html", "Si necesita otro apoyo, escríbanos a accesible@rbtc.example.bo")],
        "access_services": [Q("accesibilidad.html", "interpretación simultánea castellano–aymara y con intérprete de lengua de señas boliviana"),
                            Q("accesibilidad.html", "es accesible para personas en silla de ruedas")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
