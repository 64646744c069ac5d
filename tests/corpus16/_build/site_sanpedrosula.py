"""San Pedro Sula (Honduras) youth job fair; es-HN, en section with lang, Garifuna section (lang="cab", not listable)."""
from lib import mk, video, placeholder_media, Q, M, N, entry

NAV = [("index.html", "Inicio"), ("participar.html", "Cómo participar"), ("apoyo.html", "Bono de transporte"),
       ("preguntas.html", "Preguntas frecuentes"), ("accesibilidad.html", "Accesibilidad"), ("empresas.html", "Empresas y vacantes"),
       ("cursos.html", "Cursos de aliados"), ("ubicacion.html", "Cómo llegar")]
s = mk("feria-empleo-juvenil-san-pedro-sula", "Feria de Empleo Juvenil del Valle de Sula", "es-HN", "#005f99", "FEJ",
       NAV, foot={"es-HN": '<p>Red Juvenil de Empleo del Valle de Sula (ejemplo) — San Pedro Sula — <a href="mailto:feria@redjuvenil.example.hn">feria@redjuvenil.example.hn</a></p>'})
placeholder_media(s, "media/feria2026.mp4")

s.page("index.html", "Feria de Empleo Juvenil del Valle de Sula 2027", f"""
<h1>Feria de Empleo Juvenil del Valle de Sula 2027</h1>
<p>Sábado 17 de abril de 2027 en el Centro de Convenciones de San Pedro Sula: más de cuarenta empresas, entrevistas en el día y talleres cortos sobre hoja de vida y entrevistas.</p>
<p>Dirigida a jóvenes de dieciocho a veintinueve años que buscan su primer empleo o una pasantía.</p>
<section lang="en">
<h2>Information in English</h2>
<p>Job seekers from Roatán, Utila and Guanaja are welcome at the Sula Valley Youth Job Fair. Employers from the tourism and call-centre sectors will interview in English on the day.</p>
<p>To take part you need a Computrabajo account; sign up on the "How to take part" page.</p>
</section>
<section lang="cab">
<p>Buiti binafi! Wadaga lun íbagari lun sun wügüriña hama wáruguñu ha gürigia.</p>
</section>
{video("media/feria2026.mp4")}
<p><a href="@participar.html">Cómo participar</a> · <a href="@apoyo.html">Bono de transporte</a> · <a href="@preguntas.html">Preguntas frecuentes</a> · <a href="@accesibilidad.html">Accesibilidad</a> · <a href="@feria-2025.html">Feria 2025</a></p>
""")

s.page("participar.html", "Cómo participar", """
<h1>Cómo participar</h1>
<p>Para participar debes crear una cuenta en Computrabajo y postular a la feria desde tu perfil: <a href="https://hn.computrabajo.com/feria-empleo-juvenil-sps-2027">postular en Computrabajo</a>.</p>
<p>Lleva tu hoja de vida impresa y tu tarjeta de identidad el día de la feria.</p>
""")

s.page("apoyo.html", "Bono de transporte", """
<h1>Bono de transporte</h1>
<p>Los jóvenes de municipios rurales del departamento de Cortés reciben un bono de transporte de L 150 al registrarse en la entrada.</p>
""")

s.page("preguntas.html", "Preguntas frecuentes", """
<h1>Preguntas frecuentes</h1>
<details><summary>¿Puedo hacer las entrevistas por videollamada?</summary>
<p>No. Las entrevistas son presenciales; este año no hay feria virtual.</p></details>
<details><summary>¿Qué documentos necesito?</summary>
<p>Hoja de vida impresa y tarjeta de identidad.</p></details>
<h2>Envíanos tu pregunta</h2>
<form action="@preguntas.html" method="post">
  <label for="nombre">Nombre</label><input type="text" id="nombre" name="nombre">
  <label for="correo">Correo electrónico</label><input type="email" id="correo" name="correo">
  <label for="pregunta">Tu pregunta</label><textarea id="pregunta" name="pregunta"></textarea>
  <div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
  <button type="submit">Enviar</button>
</form>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El Centro de Convenciones tiene rampas en la entrada principal y ascensor hasta el salón de talleres.</p>
<p>Habrá intérpretes de LESHO (Lengua de Señas Hondureña) en los talleres y en el módulo de información.</p>
<p>Si necesitas otro apoyo, escribe a Karla Meléndez: <a href="mailto:accesibilidad@redjuvenil.example.hn">accesibilidad@redjuvenil.example.hn</a>.</p>
""")

s.page("empresas.html", "Empresas y vacantes", """
<h1>Empresas y vacantes</h1>
<p>Stand para empresas: L 8,000. Vacantes destacadas: agente bilingüe de centro de llamadas, L 16,500 mensuales; auxiliar de bodega, L 12,500 mensuales.</p>
""")

s.page("cursos.html", "Cursos de aliados", """
<h1>Cursos de aliados</h1>
<p>Nuestro aliado Instituto Sula Idiomas ofrece un curso de inglés para centros de llamadas por Lps. 1,500 al mes.</p>
""")

s.page("ubicacion.html", "Cómo llegar", """
<h1>Cómo llegar</h1>
<p>Bus urbano desde el centro: L 22. Estacionamiento del Centro de Convenciones: L 40 por día.</p>
""")

ENTRY = entry(
    s, name="Sula Valley Youth Job Fair 2027 (youth employment network, San Pedro Sula, Honduras)",
    languages=["es", "en"],
    fees=[],
    free_option=None, fee_support=True, remote_participation=False, captcha=["friendlycaptcha"], account_required=True,
    registration_form=None, registration_host="hn.computrabajo.com", min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "participar.html", "apoyo.html", "preguntas.html", "accesibilidad.html"],
    deliberate_404=["feria-2025.html"],
    evidence={
        "languages": [Q("index.html", "más de cuarenta empresas, entrevistas en el día"),
                      Q("index.html", "Employers from the tourism and call-centre sectors will interview in English on the day.", "English section with lang=en (two paragraphs)"),
                      Q("index.html", "Buiti binafi!", "Garifuna (lang=cab): no ISO 639-1 code, not listed")],
        "un_languages": [N("es, en")],
        "fees": [N("no price of taking part is stated"),
                 Q("empresas.html", "Stand para empresas: L 8,000.", "stands and salaries: not fees"),
                 Q("cursos.html", "curso de inglés para centros de llamadas por Lps. 1,500 al mes", "a sponsor's course: not a fee of the event"),
                 Q("apoyo.html", "bono de transporte de L 150", "transport allowance: not a fee"),
                 Q("ubicacion.html", "Bus urbano desde el centro: L 22.", "bus and parking: not fees")],
        "free_option": [N("nothing said about the cost of taking part: null")],
        "fee_support": [Q("apoyo.html", "Los jóvenes de municipios rurales del departamento de Cortés reciben un bono de transporte de L 150")],
        "remote_participation": [Q("preguntas.html", "Las entrevistas son presenciales; este año no hay feria virtual.")],
        "captcha": [M("preguntas.html", '<div class="frc-captcha"', "on the question form of the FAQ")],
        "account_required": [Q("participar.html", "Para participar debes crear una cuenta en Computrabajo")],
        "registration_form": [N("no own registration form; the 3-field question form is not one")],
        "registration_host": [M("participar.html", 'href="https://hn.computrabajo.com/feria-empleo-juvenil-sps-2027"')],
        "registration_pdf_only": [N("online on Computrabajo")],
        "min_age": [Q("index.html", "Dirigida a jóvenes de dieciocho a veintinueve años", "18 in words")],
        "accessibility_statement": [Q("accesibilidad.html", "Si necesitas otro apoyo, escribe a Karla Meléndez")],
        "access_services": [Q("accesibilidad.html", "tiene rampas en la entrada principal y ascensor"),
                            Q("accesibilidad.html", "Habrá intérpretes de LESHO (Lengua de Señas Hondureña)")],
        "videos_without_captions": [M("index.html", 'src="media/feria2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
