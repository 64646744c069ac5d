"""Municipal open-data hackathon of a (fictional) civic-tech association, San José (es-CR; English section)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Inicio"), ("participar.html", "Cómo participar"), ("taller.html", "Taller previo"),
       ("preguntas.html", "Preguntas frecuentes"), ("accesibilidad.html", "Accesibilidad"), ("retos.html", "Retos"),
       ("premios.html", "Premios"), ("patrocinio.html", "Patrocinio")]
s = mk("hackaton-datos-abiertos-municipales-san-jose", "Hackatón de Datos Abiertos Municipales 2027", "es-CR", "#1d4e89",
       "HDA", NAV, foot={"es-CR": '<p>Asociación Código Cívico (ficticia) · Barrio Escalante, San José · '
                                 '<a href="mailto:hola@example.cr">hola@example.cr</a></p>'})
placeholder_media(s, "media/resumen-2026.mp4")

s.page("index.html", "Hackatón de Datos Abiertos Municipales 2027 – San José", f"""
<h1>Hackatón de Datos Abiertos Municipales 2027</h1>
<p>Del 5 al 7 de marzo de 2027, equipos de programadoras, diseñadores y vecinos trabajan con los datos abiertos de
las municipalidades del Gran Área Metropolitana: presupuestos, recolección de residuos, patentes y transporte.</p>
<ul>
  <li><a href="@participar.html">Cómo participar (inscripción en Devpost)</a></li>
  <li><a href="@taller.html">Taller previo de Python para datos</a></li>
  <li><a href="@preguntas.html">Preguntas frecuentes</a></li>
  <li><a href="@accesibilidad.html">Accesibilidad</a></li>
  <li><a href="@ganadores-2026.html">Proyectos ganadores 2026</a></li>
</ul>
<section lang="en">
<h2>In English</h2>
<p>The Municipal Open Data Hackathon is a weekend of building tools with the open data of Costa Rica's municipalities.
Teams of two to five people can join on site in San José or online, and present their demo to the jury. English-speaking
participants are welcome; mentors speak Spanish and English.</p>
</section>
<h2>Así fue la edición 2026</h2>
{video("media/resumen-2026.mp4")}
""")

s.page("participar.html", "Cómo participar", """
<h1>Cómo participar</h1>
<p>Pueden participar personas a partir de 15 años; las menores de 18 necesitan una autorización firmada por su madre,
padre o persona encargada.</p>
<p>Participar en el hackatón es gratis. La inscripción de equipos se hace en Devpost:</p>
<p><a class="button" href="https://devpost.com/hackathons/hackaton-datos-municipales-2027">Inscribir a mi equipo en Devpost</a></p>
<p class="note">Para inscribirse necesitás una cuenta de Devpost (gratuita); cada integrante debe crear la suya.</p>
<h2>Participación virtual</h2>
<p>Los equipos pueden participar de forma virtual durante todo el fin de semana y presentar su demo por videollamada
ante el jurado, que les hace preguntas en vivo.</p>
""")

s.page("taller.html", "Taller previo de Python para datos", """
<h1>Taller previo: Python para datos municipales</h1>
<p>Sábado 27 de febrero, de 9:00 a 13:00, en el Centro de Innovación Cívica. Cupo de 30 personas.</p>
<ul>
  <li>Tarifa general: ₡8 500</li>
  <li>Estudiantes con carné vigente: ₡4 000</li>
</ul>
<p>Los campos marcados (obligatorio) deben completarse.</p>
<form action="@taller.html" method="post">
  <label for="nombre">Nombre completo (obligatorio)</label><input type="text" id="nombre" name="nombre">
  <label for="correo">Correo electrónico (obligatorio)</label><input type="email" id="correo" name="correo">
  <label for="tel">Teléfono (obligatorio)</label><input type="tel" id="tel" name="tel">
  <label for="cedula">Número de cédula (obligatorio)</label><input type="text" id="cedula" name="cedula">
  <label for="inst">Institución, universidad o empresa</label><input type="text" id="inst" name="inst">
  <fieldset><legend>Nivel de Python</legend>
    <input type="radio" id="n1" name="nivel" value="0"><label for="n1">Nunca lo he usado</label>
    <input type="radio" id="n2" name="nivel" value="1"><label for="n2">Básico</label>
  </fieldset>
  <fieldset><legend>Tarifa (obligatorio)</legend>
    <input type="radio" id="t1" name="tarifa" value="general"><label for="t1">General</label>
    <input type="radio" id="t2" name="tarifa" value="estudiante"><label for="t2">Estudiante</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="compu" name="compu"><label for="compu">Traeré mi propia computadora</label></div>
  <div class="frc-captcha" data-sitekey="FCMFAKECORPUSKEY00"></div>
  <button type="submit">Inscribirme al taller</button>
</form>
""")

s.page("preguntas.html", "Preguntas frecuentes", """
<h1>Preguntas frecuentes</h1>
<details><summary>¿Cuánto cuesta participar?</summary><p>Nada: el hackatón es gratuito. Solo el taller previo de Python tiene costo.</p></details>
<details><summary>¿Pagan transporte u hospedaje?</summary><p>Sí, para equipos de fuera del Gran Área Metropolitana: reembolsamos el pasaje de bus y ofrecemos hospedaje en el albergue universitario.</p></details>
<details><summary>¿Hay premios?</summary><p>Sí, consultá la página de premios.</p></details>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El Centro de Innovación Cívica es accesible en silla de ruedas: entrada sin gradas, ascensor y baño accesible.</p>
<p>Habrá intérprete de LESCO en la ceremonia de apertura y en las presentaciones finales.</p>
<p>Este año no contamos con subtitulado en vivo.</p>
<p>Si necesitás algún apoyo, escribinos a accesibilidad@example.cr.</p>
""")

s.page("retos.html", "Retos", """
<h1>Retos 2027</h1>
<ul>
  <li>Registro de patentes: ¿cuánto tarda una patente comercial?</li>
  <li>Aceras accesibles: mapa de rampas y aceras rotas</li>
  <li>Presupuesto municipal de ₡45 000 millones explicado a la ciudadanía</li>
</ul>
""")

s.page("premios.html", "Premios", """
<h1>Premios</h1>
<p>Primer lugar: ₡1 500 000. Segundo lugar: ₡750 000. Mención del público: ₡300 000 y un año de acompañamiento.</p>
""")

s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio</h1>
<p>Paquete Oro: USD 3.000. Paquete Plata: USD 1.500. Buscamos una persona coordinadora de mentorías, salario ₡650 000 mensuales (medio tiempo).</p>
<p>Bus desde el centro: ₡350. Parqueo en el edificio: ₡1 000 por día.</p>
""")

ENTRY = entry(
    s, name="Municipal Open Data Hackathon 2027 (fictional civic-tech association, San José, Costa Rica)",
    languages=["es", "en"], fees=[(8500, "CRC"), (4000, "CRC")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=True, registration_form=(8, 5, ["phone", "id_document", "affiliation"]),
    registration_host="devpost.com",
    min_age=15, accessibility_statement=True, access_services=["sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "participar.html", "taller.html", "preguntas.html", "accesibilidad.html"],
    deliberate_404=["ganadores-2026.html"],
    evidence={
        "languages": [Q("index.html", "equipos de programadoras, diseñadores y vecinos"),
                      Q("index.html", "The Municipal Open Data Hackathon is a weekend of building tools",
                        "English section with lang=en")],
        "un_languages": [N("en, es")],
        "fees": [Q("taller.html", "Tarifa general: ₡8 500", "paid add-on workshop of the event: 8500 CRC"),
                 Q("taller.html", "Estudiantes con carné vigente: ₡4 000", "4000 CRC"),
                 Q("premios.html", "Primer lugar: ₡1 500 000", "prizes: not fees"),
                 Q("patrocinio.html", "Paquete Oro: USD 3.000", "sponsor packages, salary, bus, parking: not fees"),
                 Q("retos.html", "Presupuesto municipal de ₡45 000 millones", "challenge title, not a fee")],
        "free_option": [Q("participar.html", "Participar en el hackatón es gratis."),
                        Q("preguntas.html", "Nada: el hackatón es gratuito.")],
        "fee_support": [Q("preguntas.html", "reembolsamos el pasaje de bus y ofrecemos hospedaje en el albergue universitario"),
                        Q("taller.html", "Estudiantes con carné vigente: ₡4 000", "student rate")],
        "remote_participation": [Q("participar.html", "presentar su demo por videollamada ante el jurado, que les hace preguntas en vivo")],
        "captcha": [M("taller.html", '<div class="frc-captcha"')],
        "account_required": [Q("participar.html", "Para inscribirse necesitás una cuenta de Devpost")],
        "registration_form": [N("workshop form, 8 fields: nombre, correo, teléfono, cédula, institución, nivel radio (=1), "
                                "tarifa radio (=1), computer checkbox. Required ((obligatorio)): nombre, correo, teléfono, "
                                "cédula, tarifa = 5. Sensitive: phone, id_document (cédula), affiliation.", "taller.html")],
        "registration_host": [M("participar.html", 'href="https://devpost.com/hackathons/hackaton-datos-municipales-2027"')],
        "registration_pdf_only": [N("online registration")],
        "min_age": [Q("participar.html", "Pueden participar personas a partir de 15 años")],
        "accessibility_statement": [Q("accesibilidad.html", "Si necesitás algún apoyo, escribinos a accesibilidad@example.cr.")],
        "access_services": [Q("accesibilidad.html", "es accesible en silla de ruedas"),
                            Q("accesibilidad.html", "Habrá intérprete de LESCO en la ceremonia de apertura"),
                            Q("accesibilidad.html", "Este año no contamos con subtitulado en vivo.", "no captions (negation)"),
                            Q("retos.html", "Aceras accesibles: mapa de rampas y aceras rotas", "challenge title, not a service")],
        "videos_without_captions": [M("index.html", 'src="media/resumen-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
