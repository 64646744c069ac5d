"""Quetzaltenango: a citizens' water table's open town-hall meeting (cabildo abierto) on a draft water regulation
(es-GT; a K'iche' section that cannot be listed)."""
from lib import mk, Q, M, N, entry

NAV = [("index.html", "Inicio"), ("reglamento.html", "La propuesta"), ("participar.html", "¿Cómo participar?"),
       ("inscripcion.html", "Inscripción para hablar"), ("accesibilidad.html", "Accesibilidad"),
       ("preguntas.html", "Preguntas"), ("llegar.html", "Cómo llegar"), ("empleo.html", "Empleo")]
FOOT = ('<p>Mesa Ciudadana del Agua de Xela — 4a. calle 11-20, zona 1 (dirección ficticia), Quetzaltenango, Guatemala — '
        '<a href="mailto:cabildo@mesadelagua.example.gt">cabildo@mesadelagua.example.gt</a></p>')
s = mk("cabildo-abierto-agua-xela", "Cabildo abierto sobre el agua 2027", "es-GT", "#0a5c8a", "H2O", NAV,
       foot={"es-GT": FOOT})
s.pdf("docs/propuesta-reglamento-agua-2027.pdf",
      "Propuesta de Reglamento del Servicio de Agua Potable - version para cabildo abierto\n"
      "Articulo 1. Objeto\nArticulo 12. Tarifa basica\nArticulo 30. Sanciones")

s.page("index.html", "Cabildo abierto sobre el agua — Quetzaltenango, 20 de febrero de 2027", """
<h1>Cabildo abierto sobre el agua</h1>
<p><strong>Sábado 20 de febrero de 2027, de 9:00 a 13:00 · Salón de usos múltiples de la Casa de la Cultura, zona 1</strong></p>
<p>Hay colonias de Xela que reciben agua dos horas al día y otras que la tienen siempre. La Municipalidad preparó
una propuesta de reglamento del servicio de agua potable con nuevas tarifas, turnos y sanciones, y antes de
aprobarla el Concejo Municipal escuchará a vecinas y vecinos en un cabildo abierto convocado junto con la Mesa
Ciudadana del Agua. Lo que se diga quedará en el acta y el Concejo deberá responder por escrito.</p>
<ul>
  <li><a href="reglamento.html">Qué dice la propuesta de reglamento</a></li>
  <li><a href="participar.html">Quién puede participar y cómo</a></li>
  <li><a href="inscripcion.html">Inscribirse para tomar la palabra</a></li>
  <li><a href="accesibilidad.html">Accesibilidad e idiomas</a></li>
</ul>
<section lang="quc">
  <h2>Pa K'iche'</h2>
  <p>Utz iwach alaq! Ri Mesa Ciudadana del Agua kuya' ub'ixik che ri winaq rech ri tinamit Xelajuj chi keb'ul pa
  ri cabildo abierto chirij ri ja', pa ri juk'ab' q'ij rech febrero. Ri tzijonem xtb'an pa kastilan tzij xuquje' pa
  k'iche' tzij.</p>
</section>
""")

s.page("reglamento.html", "La propuesta de reglamento — Cabildo abierto sobre el agua", """
<h1>La propuesta de reglamento</h1>
<p>La propuesta completa (42 artículos) solo está disponible en PDF:
<a href="docs/propuesta-reglamento-agua-2027.pdf">Propuesta de Reglamento del Servicio de Agua Potable (PDF)</a>.</p>
<h2>Puntos principales</h2>
<ul>
  <li>Tarifa básica de Q 35 al mes por los primeros 20 metros cúbicos.</li>
  <li>Turnos de distribución publicados cada mes por colonia.</li>
  <li>Multa de Q 500 por conexiones ilícitas.</li>
</ul>
""")

s.page("participar.html", "¿Cómo participar? — Cabildo abierto sobre el agua", """
<h1>¿Cómo participar?</h1>
<p>El cabildo es abierto: cualquier persona puede entrar al salón y escuchar, hasta llenar el aforo de 300 personas.</p>
<p>Para tomar la palabra hay que inscribirse antes. Pueden inscribirse vecinas y vecinos mayores de dieciocho años
que presenten su DPI. Cada intervención dura tres minutos.</p>
<p>El cabildo se transmitirá en vivo por la página de
<a href="https://www.facebook.com/mesadelaguaxela">Facebook de la Mesa Ciudadana del Agua</a>, solo para verlo:
las preguntas y propuestas se reciben únicamente en el salón.</p>
<p>La Municipalidad no cubre gastos de transporte ni viáticos de los participantes.</p>
""")

s.page("inscripcion.html", "Inscripción para hablar — Cabildo abierto sobre el agua", """
<h1>Inscripción para tomar la palabra</h1>
<p>Los campos marcados (requerido) son necesarios. Cerramos la inscripción el jueves 18 de febrero a las 17:00.</p>
<form action="inscripcion.html" method="post">
  <label for="nombre">Nombre completo (requerido)</label>
  <input type="text" id="nombre" name="nombre">
  <label for="dpi">Número de DPI (requerido)</label>
  <input type="text" id="dpi" name="dpi">
  <label for="tel">Teléfono (requerido)</label>
  <input type="tel" id="tel" name="tel">
  <label for="correo">Correo electrónico</label>
  <input type="email" id="correo" name="correo">
  <label for="zona">Zona donde vive (requerido)</label>
  <select id="zona" name="zona"><option>Zona 1</option><option>Zona 3</option><option>Zona 5</option><option>Zona 7</option><option>Otra</option></select>
  <label for="org">Comunidad u organización que representa</label>
  <input type="text" id="org" name="org">
  <fieldset>
    <legend>Sexo</legend>
    <input type="radio" id="sx1" name="sexo" value="m"> <label for="sx1">Mujer</label>
    <input type="radio" id="sx2" name="sexo" value="h"> <label for="sx2">Hombre</label>
  </fieldset>
  <label for="tema">¿Sobre qué artículo o tema quiere hablar? (requerido)</label>
  <textarea id="tema" name="tema" rows="4"></textarea>
  <div class="frc-captcha" data-sitekey="FCMXELA2027DEMO"></div>
  <button type="submit">Inscribirme</button>
</form>
""")

s.page("accesibilidad.html", "Accesibilidad e idiomas — Cabildo abierto sobre el agua", """
<h1>Accesibilidad e idiomas</h1>
<p>El salón está en la planta baja y tiene rampa de acceso desde la calle; hay sillas reservadas en primera fila
para personas mayores y personas con discapacidad.</p>
<p>Dos intérpretes de lengua de señas de Guatemala (LENSEGUA) acompañarán todo el cabildo.</p>
<p>Habrá interpretación al k'iche' y al mam para quien la pida al entrar.</p>
<p>Si necesita otro apoyo, llame al 7700-0000 o escriba a cabildo@mesadelagua.example.gt.</p>
""")

s.page("preguntas.html", "Preguntas frecuentes — Cabildo abierto sobre el agua", """
<h1>Preguntas frecuentes</h1>
<details><summary>¿El cabildo decide el reglamento?</summary>
<p>No. El Concejo Municipal decide, pero debe responder por escrito a cada propuesta.</p></details>
<details><summary>¿Dónde puedo leer lo que se dijo en cabildos anteriores?</summary>
<p>En las <a href="actas-2026.html">actas de 2026</a>.</p></details>
""")

s.page("llegar.html", "Cómo llegar — Cabildo abierto sobre el agua", """
<h1>Cómo llegar</h1>
<p>Bus urbano rutas 6 y 13 (Q 1.50). Parqueo de la Casa de la Cultura: Q 10 la hora.</p>
""")

s.page("empleo.html", "Empleo — Mesa Ciudadana del Agua", """
<h1>Empleo</h1>
<p>Buscamos promotora o promotor comunitario para las colonias de la zona 7: Q 4,200 mensuales, medio tiempo.</p>
""")

ENTRY = entry(
    s, name="Open town-hall meeting (cabildo abierto) on the water regulation (citizens' water table, Quetzaltenango)",
    languages=["es"],
    fees=[], free_option=None, fee_support=False, remote_participation=False,
    captcha=["friendlycaptcha"], account_required=False,
    registration_form=(8, 5, ["id_document", "phone", "affiliation", "gender"]),
    min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "reglamento.html", "participar.html", "inscripcion.html", "accesibilidad.html"],
    deliberate_404=["actas-2026.html"],
    evidence={
        "languages": [Q("index.html", "Hay colonias de Xela que reciben agua dos horas al día"),
                      Q("index.html", "Ri Mesa Ciudadana del Agua kuya' ub'ixik",
                        "K'iche' section (lang=quc): no ISO 639-1 code, cannot be listed")],
        "un_languages": [N("es")],
        "fees": [N("no price of taking part anywhere", "participar.html"),
                 Q("reglamento.html", "Tarifa básica de Q 35 al mes", "water tariff under discussion, not a fee"),
                 Q("reglamento.html", "Multa de Q 500", "fine, not a fee"),
                 Q("llegar.html", "Q 10 la hora", "parking, bus: not fees"),
                 Q("empleo.html", "Q 4,200 mensuales", "salary, not a fee")],
        "free_option": [N("nothing said about the cost of taking part (open to anyone, but no word on cost)",
                          "participar.html")],
        "fee_support": [Q("participar.html", "La Municipalidad no cubre gastos de transporte ni viáticos de los participantes.")],
        "remote_participation": [Q("participar.html", "solo para verlo: las preguntas y propuestas se reciben únicamente en el salón")],
        "captcha": [M("inscripcion.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("speaker registration, 8 fields: name, DPI, phone, e-mail, zone select, organisation, sex "
                                "radio (=1), topic textarea. Required ((requerido)): name, DPI, phone, zone, topic = 5. "
                                "Sensitive: id_document, phone, affiliation, gender (zone select is not).",
                                "inscripcion.html")],
        "registration_host": [N("own form; Facebook is a watch-only stream, not registration")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("participar.html", "vecinas y vecinos mayores de dieciocho años", "18 in words")],
        "accessibility_statement": [Q("accesibilidad.html", "Si necesita otro apoyo, llame al 7700-0000")],
        "access_services": [Q("accesibilidad.html", "tiene rampa de acceso desde la calle"),
                            Q("accesibilidad.html", "Dos intérpretes de lengua de señas de Guatemala (LENSEGUA)"),
                            Q("accesibilidad.html", "Habrá interpretación al k'iche' y al mam")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("reglamento.html", "La propuesta completa (42 artículos) solo está disponible en PDF",
                                 "draft regulation discussed at the town hall")],
    })
