"""Climate summit of Pacific coastal cities by a (fictional) municipal network, Valparaíso (es-CL; English page, Mapudungun section)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Inicio"), ("entradas.html", "Entradas"), ("becas.html", "Becas"), ("programa.html", "Programa"),
       ("accesibilidad.html", "Accesibilidad"), ("auspicios.html", "Auspicios"), ("alojamiento.html", "Alojamiento"),
       ("en/index.html", "English")]
NAV_EN = [("en/index.html", "Summit (English)"), ("index.html", "Español"), ("entradas.html", "Tickets (Spanish)")]
s = mk("cumbre-ciudades-costeras-clima-valparaiso", "Cumbre de Ciudades Costeras y Clima 2027", "es-CL", "#00587a", "CCC",
       {"es-CL": NAV, "en": NAV_EN},
       foot={"es-CL": '<p>Red de Municipios Costeros del Pacífico Sur (ficticia) · Valparaíso · cumbre@example.cl</p>',
             "en": '<p>South Pacific Coastal Municipalities Network (fictional) · cumbre@example.cl</p>'})
placeholder_media(s, "media/cumbre-2026.mp4")

s.page("index.html", "Cumbre de Ciudades Costeras y Clima 2027 – Valparaíso", f"""
<h1>Cumbre de Ciudades Costeras y Clima 2027</h1>
<p>Alcaldías, equipos técnicos, organizaciones vecinales y pescadores artesanales de la costa del Pacífico Sur se
reúnen en el Parque Cultural de Valparaíso el 9 y 10 de septiembre de 2027 para compartir planes de adaptación a
marejadas, incendios forestales y sequía.</p>
<ul>
  <li><a href="@entradas.html">Entradas y pase virtual</a></li>
  <li><a href="@becas.html">Becas para dirigentes vecinales</a></li>
  <li><a href="@accesibilidad.html">Accesibilidad</a></li>
  <li><a href="@en/index.html" hreflang="en">English</a></li>
</ul>
<section lang="arn">
<h2>Mapudungun mew</h2>
<p>Mari mari kom pu che. Tüfa chi trawün mew, ngütramkayaiñ ta lafken, ko ka mapu mew, chumngechi ta mogeleaiñ
kishu ñi lof mew. Kom pu che amuaymün.</p>
</section>
<h2>Resumen de la Cumbre 2026</h2>
{video("media/cumbre-2026.mp4")}
""", alternates=[("es", "index.html"), ("en", "en/index.html")])

s.page("entradas.html", "Entradas", """
<h1>Entradas</h1>
<table>
  <caption>Valores de inscripción</caption>
  <tr><th>Categoría</th><th>Preventa (hasta el 31 de julio)</th><th>General</th></tr>
  <tr><th>Público general</th><td>$45.000</td><td>$55.000</td></tr>
  <tr><th>Funcionarios municipales</th><td>$30.000</td><td>$30.000</td></tr>
  <tr><th>Estudiantes</th><td>$20.000</td><td>$20.000</td></tr>
  <tr><th>Participantes del extranjero</th><td>US$ 60</td><td>US$ 75</td></tr>
  <tr><th>Pase virtual (transmisión, sin interacción)</th><td>$10.000</td><td>$10.000</td></tr>
</table>
<p>El pase virtual da acceso a la transmisión en vivo, sin interacción: no se pueden hacer preguntas ni votar en línea.</p>
<p>Las entradas se compran en Passline como invitado, sin crear una cuenta:</p>
<p><a class="button" href="https://www.passline.com/eventos/cumbre-ciudades-costeras-clima-2027">Comprar en Passline</a></p>
""")

s.page("becas.html", "Becas", """
<h1>Becas para dirigentes vecinales</h1>
<p>La Red otorga 40 becas de inscripción (exención total del pago) a dirigentes de juntas de vecinos, comités de
agua potable rural y sindicatos de pescadores artesanales. Las becas incluyen también el pasaje en bus desde la
comuna de origen.</p>
<p>Postulación por correo a becas@example.cl hasta el 15 de julio, indicando la organización y la comuna.</p>
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul>
  <li>Registro de marejadas: diez años de datos en la bahía</li>
  <li>Personas mayores de 80 años en olas de calor: protocolos comunales</li>
  <li>La lengua del territorio: toponimia mapuche y riesgo costero</li>
</ul>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El Parque Cultural de Valparaíso es accesible en silla de ruedas: rampas, ascensor y baños accesibles.</p>
<p>Las sesiones plenarias cuentan con subtitulado en tiempo real en español y con intérprete de lengua de señas chilena.</p>
<p>Escríbanos para solicitar apoyos de accesibilidad:</p>
<form action="@accesibilidad.html" method="post">
  <label for="n">Nombre</label><input type="text" id="n" name="n">
  <label for="c">Correo</label><input type="email" id="c" name="c">
  <label for="m">¿Qué apoyo necesita?</label><textarea id="m" name="m"></textarea>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000002"></div>
  <button type="submit">Enviar</button>
</form>
""")

s.page("auspicios.html", "Auspicios", """
<h1>Auspicios</h1>
<p>Auspiciador principal: UF 180. Auspiciador: UF 90. Stand en la feria de soluciones: $850.000.</p>
""")

s.page("alojamiento.html", "Alojamiento", """
<h1>Alojamiento y traslados</h1>
<p>Hoteles en el cerro Alegre desde $68.000 la noche. Bus desde Santiago: $7.500. Trolebús: $450.</p>
""")

s.page("en/index.html", "Coastal Cities and Climate Summit 2027", """
<h1>Coastal Cities and Climate Summit 2027</h1>
<p>Mayors, technical staff, neighbourhood organisations and small-scale fishers from the South Pacific coast meet at
the Parque Cultural de Valparaíso on 9–10 September 2027. Tickets: general public $45.000 (early) or $55.000, municipal
staff $30.000, students $20.000, participants from abroad US$ 60 or US$ 75, virtual pass $10.000 (viewing only, no
questions online). Forty full fee waivers are granted to neighbourhood leaders.</p>
<p>Most sessions are in Spanish with live captions in Spanish and Chilean Sign Language interpretation.</p>
""", lang="en", alternates=[("es", "index.html"), ("en", "en/index.html")])

ENTRY = entry(
    s, name="Coastal Cities and Climate Summit 2027 (fictional municipal network, Valparaíso)",
    languages=["es", "en"],
    fees=[(45000, "CLP"), (55000, "CLP"), (30000, "CLP"), (20000, "CLP"), (10000, "CLP"), (60, "USD"), (75, "USD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["hcaptcha"],
    account_required=False, registration_form=None, registration_host="www.passline.com",
    min_age=None, accessibility_statement=True, access_services=["captions", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "entradas.html", "becas.html", "accesibilidad.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "Alcaldías, equipos técnicos, organizaciones vecinales"),
                      Q("en/index.html", "Mayors, technical staff, neighbourhood organisations", "whole English page"),
                      M("index.html", '<section lang="arn">', "Mapudungun: no ISO 639-1 code, not listable")],
        "un_languages": [N("en, es")],
        "fees": [M("entradas.html", "<tr><th>Público general</th><td>$45.000</td><td>$55.000</td></tr>", "'$' on a Chilean site: CLP"),
                 M("entradas.html", "<tr><th>Funcionarios municipales</th><td>$30.000</td><td>$30.000</td></tr>", "one entry"),
                 M("entradas.html", "<tr><th>Estudiantes</th><td>$20.000</td><td>$20.000</td></tr>"),
                 M("entradas.html", "<tr><th>Participantes del extranjero</th><td>US$ 60</td><td>US$ 75</td></tr>"),
                 M("entradas.html", "<tr><th>Pase virtual (transmisión, sin interacción)</th><td>$10.000</td>",
                   "paid watch-only pass: a fee"),
                 Q("en/index.html", "general public $45.000 (early) or $55.000", "restated in English: no new entries"),
                 Q("auspicios.html", "Auspiciador principal: UF 180.", "sponsor packages and stand: not fees"),
                 Q("alojamiento.html", "Hoteles en el cerro Alegre desde $68.000 la noche.", "hotel, bus, trolley: not fees")],
        "free_option": [Q("becas.html", "40 becas de inscripción (exención total del pago) a dirigentes de juntas de vecinos",
                          "free for one group")],
        "fee_support": [Q("becas.html", "40 becas de inscripción (exención total del pago)"),
                        M("entradas.html", "<tr><th>Estudiantes</th><td>$20.000</td>", "student rate")],
        "remote_participation": [Q("entradas.html", "sin interacción: no se pueden hacer preguntas ni votar en línea")],
        "captcha": [M("accesibilidad.html", '<div class="h-captcha"', "on the accessibility contact form")],
        "account_required": [Q("entradas.html", "Las entradas se compran en Passline como invitado, sin crear una cuenta")],
        "registration_form": [N("no registration form: tickets on Passline; the 3-field accessibility contact form is not one")],
        "registration_host": [M("entradas.html", 'href="https://www.passline.com/eventos/cumbre-ciudades-costeras-clima-2027"')],
        "registration_pdf_only": [N("online tickets")],
        "min_age": [N("no age limit"), Q("programa.html", "Personas mayores de 80 años en olas de calor", "talk title, not a limit")],
        "accessibility_statement": [Q("accesibilidad.html", "Escríbanos para solicitar apoyos de accesibilidad:")],
        "access_services": [Q("accesibilidad.html", "es accesible en silla de ruedas"),
                            Q("accesibilidad.html", "subtitulado en tiempo real en español y con intérprete de lengua de señas chilena")],
        "videos_without_captions": [M("index.html", 'src="media/cumbre-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
