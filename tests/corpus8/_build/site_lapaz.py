"""Andean multistakeholder dialogue on water governance, La Paz (Bolivia). Spanish, English summary page."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Inicio"), ("programa.html", "Programa"), ("costos.html", "Costos de participación"),
       ("inscripcion.html", "Inscripción"), ("becas.html", "Becas"), ("participacion-virtual.html", "Participación virtual"),
       ("accesibilidad.html", "Accesibilidad"), ("hospedaje.html", "Hospedaje y traslados"),
       ("patrocinio.html", "Patrocinio"), ("en/index.html", "English")]
NAV_EN = [("en/index.html", "Home"), ("index.html", "Español")]
FOOT = {"es": '<p>Diálogo Andino sobre Gobernanza del Agua · Plataforma Andina del Agua · Av. Arce 2190, La Paz · '
              'contacto@dialogoagua.example.org</p><p><a href="@documentos/relatoria-2025.html">Relatoría 2025</a></p>',
        "en": '<p>Andean Dialogue on Water Governance · contact@dialogoagua.example.org</p>'}
s = mk("dialogo-andino-gobernanza-agua-la-paz", {"es": "Diálogo Andino del Agua 2027", "en": "Andean Water Dialogue 2027"},
       "es-BO", "#0b5c7a", "DAA", {"es": NAV, "en": NAV_EN}, foot=FOOT,
       langs={"es": [("en/index.html", "English")], "en": [("index.html", "Español")]})

s.page("index.html", "Diálogo Andino sobre Gobernanza del Agua 2027 — La Paz", """
<h1>Diálogo Andino sobre Gobernanza del Agua 2027</h1>
<p class="lead"><strong>Jallalla!</strong> La Paz, 14 al 16 de abril de 2027 · Centro de Convenciones Illimani</p>
<p>El Diálogo reúne a autoridades nacionales y municipales, organizaciones de regantes, comunidades indígenas
originarias campesinas, empresas de agua potable, universidades y organismos de cooperación de Bolivia, Perú,
Ecuador, Colombia y Chile para acordar recomendaciones sobre la gestión de cuencas, el agua potable y el cambio
climático en los Andes.</p>
<p>La tercera edición se organiza en mesas de consulta temáticas. Las recomendaciones de cada mesa se votan en la
plenaria final y se entregan a los ministerios del agua de la región.</p>
<h2>Cómo participar</h2>
<ul>
  <li><a href="@inscripcion.html">Inscríbase</a> antes del 20 de marzo de 2027.</li>
  <li>Revise los <a href="@costos.html">costos de participación</a> y las <a href="@becas.html">becas para líderes comunitarios</a>.</li>
  <li>¿No puede viajar? Conozca la <a href="@participacion-virtual.html">participación virtual</a>.</li>
</ul>
<h2>El Diálogo 2025 en tres minutos</h2>
""" + video("media/dialogo-2025.mp4") + """
<p>Summary in English: <a href="@en/index.html">Andean Dialogue on Water Governance</a>.</p>
""")
placeholder_media(s, "media/dialogo-2025.mp4")

s.page("programa.html", "Programa — Diálogo Andino del Agua 2027", """
<h1>Programa</h1>
<h2>Miércoles 14 de abril</h2>
<ul>
  <li>09:00 Inauguración y palabras de las autoridades</li>
  <li>10:30 Panel: Tarifas de agua potable y el derecho humano al agua</li>
  <li>14:00 Mesa de consulta 1: Registro comunitario de fuentes de agua y pozos</li>
</ul>
<h2>Jueves 15 de abril</h2>
<ul>
  <li>09:00 Glaciares y seguridad hídrica en la cordillera Real</li>
  <li>11:00 Mesa de consulta 2: Lenguas originarias en la gestión comunitaria del agua</li>
  <li>15:00 Visita de campo a la planta de Achachicala (cupo limitado)</li>
</ul>
<h2>Viernes 16 de abril</h2>
<ul>
  <li>09:30 Plenaria: votación de las recomendaciones</li>
  <li>12:00 Clausura</li>
</ul>
<p>Descargue también el <a href="@docs/programa-2027.pdf">programa en PDF</a>.</p>
""")
s.pdf("docs/programa-2027.pdf", "Dialogo Andino sobre Gobernanza del Agua 2027\nPrograma\n14 al 16 de abril, La Paz")

s.page("costos.html", "Costos de participación — Diálogo Andino del Agua 2027", """
<h1>Costos de participación</h1>
<p>La cuota de participación cubre los materiales, los refrigerios y los almuerzos de los tres días.</p>
<table>
  <caption>Cuota de participación</caption>
  <thead><tr><th scope="col">Categoría</th><th scope="col">Cuota (Bs)</th></tr></thead>
  <tbody>
    <tr><th scope="row">Instituciones públicas, empresas y cooperación</th><td>350</td></tr>
    <tr><th scope="row">Estudiantes universitarios (con carnet vigente)</th><td>150</td></tr>
    <tr><th scope="row">Comunidades indígenas originarias campesinas y organizaciones de regantes</th><td>Sin costo</td></tr>
  </tbody>
</table>
<p>Los participantes de otros países pueden pagar el equivalente de USD 80 por transferencia internacional.</p>
<p>El pago se realiza por depósito bancario o QR Simple después de recibir la confirmación de su inscripción.</p>
<p>La participación virtual no tiene costo.</p>
""")

s.page("inscripcion.html", "Inscripción — Diálogo Andino del Agua 2027", """
<h1>Inscripción</h1>
<p>Complete el formulario. Los campos marcados con (obligatorio) deben llenarse.</p>
<form action="@gracias.html" method="post">
  <label for="nombre">Nombres (obligatorio)</label><input type="text" id="nombre" name="nombre" required>
  <label for="apellidos">Apellidos (obligatorio)</label><input type="text" id="apellidos" name="apellidos" required>
  <label for="correo">Correo electrónico (obligatorio)</label><input type="email" id="correo" name="correo" required>
  <label for="institucion">Institución u organización (obligatorio)</label><input type="text" id="institucion" name="institucion">
  <label for="sector">Sector</label>
  <select id="sector" name="sector"><option>Gobierno nacional</option><option>Gobierno municipal</option>
    <option>Organización de regantes</option><option>Comunidad indígena originaria campesina</option>
    <option>Empresa de agua</option><option>Academia</option><option>Cooperación</option></select>
  <label for="pais">País (obligatorio)</label>
  <select id="pais" name="pais" required><option>Bolivia</option><option>Chile</option><option>Colombia</option>
    <option>Ecuador</option><option>Perú</option><option>Otro</option></select>
  <label for="telefono">Teléfono o WhatsApp</label><input type="tel" id="telefono" name="telefono">
  <fieldset><legend>Modalidad (obligatorio)</legend>
    <input type="radio" id="mod-p" name="modalidad" value="presencial"> <label for="mod-p">Presencial</label>
    <input type="radio" id="mod-v" name="modalidad" value="virtual"> <label for="mod-v">Virtual</label>
  </fieldset>
  <label for="apoyos">Necesidades de accesibilidad o interpretación</label><textarea id="apoyos" name="apoyos"></textarea>
  <div class="check"><input type="checkbox" id="datos" name="datos" required>
    <label for="datos">Acepto el tratamiento de mis datos personales (obligatorio)</label></div>
  <input type="hidden" name="edicion" value="2027">
  <div class="frc-captcha" data-sitekey="FCMG2K7DIALOGOAGUA" data-lang="es"></div>
  <button type="submit">Enviar inscripción</button>
</form>
""")
s.page("gracias.html", "Gracias — Diálogo Andino del Agua 2027", """
<h1>¡Gracias!</h1>
<p>Recibirá un correo de confirmación en las próximas 48 horas.</p>
""")

s.page("becas.html", "Becas — Diálogo Andino del Agua 2027", """
<h1>Becas para líderes comunitarios</h1>
<p>Gracias al apoyo de la cooperación, el Diálogo cubre el pasaje terrestre o aéreo y el alojamiento de
40 dirigentes de organizaciones de regantes y de comunidades indígenas de los cinco países.</p>
<p>Las personas becadas reciben además un viático de Bs 200 por día para alimentación y transporte local.</p>
<p>Postule hasta el 1 de marzo escribiendo a becas@dialogoagua.example.org con una carta de su organización.</p>
""")

s.page("participacion-virtual.html", "Participación virtual — Diálogo Andino del Agua 2027", """
<h1>Participación virtual</h1>
<p>Todas las sesiones se transmiten por Zoom con interpretación. Las personas conectadas por Zoom pueden pedir la
palabra en las mesas de consulta levantando la mano virtual y votan las recomendaciones en la plenaria final
desde la misma plataforma.</p>
<p>Para recibir el enlace, elija la modalidad «Virtual» en el <a href="@inscripcion.html">formulario de inscripción</a>.</p>
""")

s.page("accesibilidad.html", "Accesibilidad — Diálogo Andino del Agua 2027", """
<h1>Accesibilidad</h1>
<p>El Centro de Convenciones Illimani cuenta con rampas, ascensor y baños accesibles para personas en silla de ruedas.</p>
<p>La inauguración y las plenarias contarán con intérpretes de Lengua de Señas Boliviana (LSB).</p>
<p>Ofrecemos interpretación simultánea entre castellano, quechua y aymara en todas las mesas de consulta.</p>
<p>Este año no habrá subtitulado en vivo.</p>
<p>La Paz está a 3.640 metros de altura: si tiene alguna condición de salud, consulte a su médico antes de viajar.</p>
<p>Escríbanos a accesibilidad@dialogoagua.example.org para cualquier necesidad de apoyo.</p>
""")

s.page("hospedaje.html", "Hospedaje y traslados — Diálogo Andino del Agua 2027", """
<h1>Hospedaje y traslados</h1>
<h2>Hoteles con tarifa preferencial</h2>
<ul>
  <li>Hotel Sajama (a 2 cuadras de la sede): Bs 480 por noche, habitación doble con desayuno</li>
  <li>Hostal Sopocachi: USD 35 por noche</li>
</ul>
<h2>Traslados</h2>
<p>Un taxi desde el aeropuerto de El Alto cuesta alrededor de Bs 80. El teleférico (línea Roja) cuesta Bs 3 por tramo.</p>
""")

s.page("patrocinio.html", "Patrocinio — Diálogo Andino del Agua 2027", """
<h1>Patrocinio</h1>
<table>
  <thead><tr><th>Paquete</th><th>Aporte</th></tr></thead>
  <tbody>
    <tr><td>Patrocinador principal</td><td>USD 5.000</td></tr>
    <tr><td>Stand institucional en la feria del agua</td><td>Bs 2.800</td></tr>
  </tbody>
</table>
<p>Contacto: alianzas@dialogoagua.example.org</p>
""")

s.page("en/index.html", "Andean Dialogue on Water Governance 2027 — La Paz", """
<h1>Andean Dialogue on Water Governance 2027</h1>
<p>La Paz, Bolivia, 14–16 April 2027.</p>
<p>The Dialogue brings together national and municipal authorities, irrigators' associations, indigenous
communities, water utilities, universities and development partners from five Andean countries to agree on
recommendations for watershed management, drinking water and climate adaptation.</p>
<p>Working sessions are in Spanish, with interpretation into Quechua and Aymara. The participation fee is Bs 350
(Bolivian bolivianos); university students pay Bs 150, participants from abroad USD 80, and indigenous
communities and irrigators' associations take part free of charge. Online participants can take the floor and
vote through Zoom.</p>
<p>Please register on the <a href="@inscripcion.html">Spanish registration page</a>; write to
contact@dialogoagua.example.org if you need help in English.</p>
""", lang="en", header_lang="en")

ENTRY = entry(
    s, name="Diálogo Andino sobre Gobernanza del Agua 2027 (Andean multistakeholder water-governance dialogue, La Paz)",
    languages=["es", "en"],
    fees=[(350, "BOB"), (150, "BOB"), (80, "USD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False, registration_form=(10, 7, ["affiliation", "phone"]), registration_host=None,
    min_age=None, accessibility_statement=True,
    access_services=["sign_language", "interpretation", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "costos.html", "inscripcion.html", "becas.html", "participacion-virtual.html",
                         "accesibilidad.html", "en/index.html"],
    deliberate_404=["documentos/relatoria-2025.html"],
    evidence={
        "languages": [
            Q("index.html", "El Diálogo reúne a autoridades nacionales y municipales, organizaciones de regantes, comunidades indígenas originarias campesinas"),
            Q("en/index.html", "The Dialogue brings together national and municipal authorities, irrigators' associations, indigenous communities"),
            Q("index.html", "Jallalla!", "Aymara greeting only: not a language offered"),
        ],
        "un_languages": [N("es, en")],
        "fees": [
            Q("costos.html", "Categoría Cuota (Bs)", "currency only in the column header"),
            Q("costos.html", "Instituciones públicas, empresas y cooperación 350"),
            Q("costos.html", "Estudiantes universitarios (con carnet vigente) 150"),
            Q("costos.html", "Los participantes de otros países pueden pagar el equivalente de USD 80 por transferencia internacional."),
            Q("en/index.html", "The participation fee is Bs 350 (Bolivian bolivianos); university students pay Bs 150, participants from abroad USD 80"),
            Q("becas.html", "un viático de Bs 200 por día", "per diem (grant amount), not a fee"),
            Q("hospedaje.html", "Bs 480 por noche", "hotel, not a fee"),
            Q("hospedaje.html", "Hostal Sopocachi: USD 35 por noche", "hotel, not a fee"),
            Q("hospedaje.html", "Un taxi desde el aeropuerto de El Alto cuesta alrededor de Bs 80.", "transport, not a fee"),
            Q("patrocinio.html", "Patrocinador principal USD 5.000", "sponsorship, not a fee"),
            Q("patrocinio.html", "Stand institucional en la feria del agua Bs 2.800", "exhibition stand, not a fee"),
            Q("programa.html", "Panel: Tarifas de agua potable y el derecho humano al agua", "session title, not a fee"),
        ],
        "free_option": [
            Q("costos.html", "Comunidades indígenas originarias campesinas y organizaciones de regantes Sin costo"),
            Q("costos.html", "La participación virtual no tiene costo."),
        ],
        "fee_support": [
            Q("becas.html", "el Diálogo cubre el pasaje terrestre o aéreo y el alojamiento de 40 dirigentes de organizaciones de regantes y de comunidades indígenas de los cinco países."),
            Q("costos.html", "Estudiantes universitarios (con carnet vigente) 150", "reduced student rate"),
        ],
        "remote_participation": [
            Q("participacion-virtual.html", "Las personas conectadas por Zoom pueden pedir la palabra en las mesas de consulta levantando la mano virtual y votan las recomendaciones en la plenaria final"),
        ],
        "captcha": [M("inscripcion.html", '<div class="frc-captcha" data-sitekey=')],
        "account_required": [N("no account or login; the form is sent directly")],
        "registration_form": [
            M("inscripcion.html", '<label for="institucion">Institución u organización (obligatorio)</label><input type="text" id="institucion" name="institucion">'),
            N("10 fields: nombres, apellidos, correo, institución, sector, país, teléfono, modalidad (radio group = 1), "
              "necesidades (textarea), datos checkbox; hidden 'edicion' not counted. Required: nombres, apellidos, correo, "
              "institución ((obligatorio) marker only), país, modalidad (legend marker), datos = 7. Sensitive: affiliation "
              "(institución), phone. País and sector are not sensitive."),
        ],
        "registration_host": [N("own form, no platform")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [
            Q("accesibilidad.html", "Escríbanos a accesibilidad@dialogoagua.example.org para cualquier necesidad de apoyo."),
            Q("accesibilidad.html", "El Centro de Convenciones Illimani cuenta con rampas, ascensor y baños accesibles para personas en silla de ruedas."),
        ],
        "access_services": [
            Q("accesibilidad.html", "El Centro de Convenciones Illimani cuenta con rampas, ascensor y baños accesibles para personas en silla de ruedas."),
            Q("accesibilidad.html", "La inauguración y las plenarias contarán con intérpretes de Lengua de Señas Boliviana (LSB)."),
            Q("accesibilidad.html", "Ofrecemos interpretación simultánea entre castellano, quechua y aymara en todas las mesas de consulta."),
            Q("accesibilidad.html", "Este año no habrá subtitulado en vivo.", "negation: no captions"),
        ],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/dialogo-2025.mp4">', "no <track>: 1 video without captions")],
        "pdf_only_documents": [
            Q("programa.html", "Descargue también el programa en PDF.", "the programme is HTML; the PDF is an extra copy"),
        ],
    })
