"""Urban mobility & transport-data congress (professional, paid), Medellín.
es-CO; Col$ / "$… COP" / COP with "." thousands; everyone pays; account wall with a sign-up form and Friendly
Captcha; in person only; tram, metrocable, parking, taxi and hotel prices; agenda only as PDF."""
from lib import mk, Q, M, N, entry, video, placeholder_media

SLUG = "congreso-movilidad-urbana-datos-medellin"
s = mk(SLUG, "Congreso Internacional de Movilidad Urbana y Datos 2027", "es-CO", "#b35900", "MU",
       [("index.html", "Inicio"), ("tarifas.html", "Tarifas"), ("cuenta.html", "Inscripción"), ("agenda.html", "Agenda"),
        ("accesibilidad.html", "Accesibilidad"), ("movilidad.html", "Alojamiento y transporte"), ("patrocinio.html", "Patrocinio")],
       foot={"es-CO": '<p>Corporación Ciudad en Movimiento (ficticia) · <a href="@empleo.html">Empleo</a> · '
                      '<a href="@preguntas.html">Preguntas frecuentes</a> · congreso@movilidad-med.example.co</p>'})

placeholder_media(s, "media/promo.mp4")
s.pdf("docs/agenda-academica.pdf", "Agenda academica 2027\nCongreso Internacional de Movilidad Urbana y Datos")

s.page("index.html", "Congreso Internacional de Movilidad Urbana y Datos 2027", f"""
<h1>Congreso Internacional de Movilidad Urbana y Datos 2027</h1>
<p>Medellín, 3 y 4 de noviembre de 2027 · Plaza Mayor (ficticia)</p>
<p>Durante dos días, autoridades de tránsito, operadores de transporte, academia y empresas de tecnología discuten
cómo usar los datos para una movilidad más segura, limpia y equitativa.</p>
<p>Ejes temáticos: tarifas del transporte público, registro de vehículos eléctricos y lenguaje claro en la señalización.</p>
<p><a href="@tarifas.html">Tarifas</a> · <a href="@cuenta.html">Inscríbete</a> · <a href="@preguntas.html">Preguntas frecuentes</a></p>
{video("media/promo.mp4")}
""")

s.page("tarifas.html", "Tarifas", """
<h1>Tarifas de inscripción</h1>
<table>
  <tr><th>Categoría</th><th>Valor</th></tr>
  <tr><td>Profesionales</td><td>Col$ 650.000</td></tr>
  <tr><td>Sector público</td><td>$480.000 COP</td></tr>
  <tr><td>Estudiantes de pregrado y posgrado</td><td>COP 320.000</td></tr>
  <tr><td>Participantes internacionales</td><td>USD 180</td></tr>
</table>
<p>Los ponentes también deben inscribirse y pagar la tarifa correspondiente. No hay entradas gratuitas.</p>
<p>La inscripción incluye refrigerios, almuerzos y certificado de asistencia.</p>
""")

s.page("cuenta.html", "Inscripción", """
<h1>Inscripción</h1>
<p>Para inscribirte debes crear una cuenta en nuestro portal; después podrás pagar en línea.</p>
<h2>Ya tengo cuenta</h2>
<form class="login" action="@cuenta.html" method="post">
  <label for="lmail">Correo</label><input type="email" id="lmail" name="lmail">
  <label for="lpass">Contraseña</label><input type="password" id="lpass" name="lpass">
  <button type="submit">Ingresar</button>
</form>
<h2>Crear cuenta</h2>
<form action="@cuenta.html" method="post">
  <label for="nombre">Nombre *</label>
  <input type="text" id="nombre" name="nombre" required>
  <label for="apellidos">Apellidos *</label>
  <input type="text" id="apellidos" name="apellidos" required>
  <label for="tipodoc">Tipo de documento *</label>
  <select id="tipodoc" name="tipodoc"><option>Cédula de ciudadanía</option><option>Cédula de extranjería</option><option>Pasaporte</option></select>
  <label for="numdoc">Número de documento *</label>
  <input type="text" id="numdoc" name="numdoc">
  <label for="correo">Correo electrónico *</label>
  <input type="email" id="correo" name="correo" required>
  <label for="celular">Celular *</label>
  <input type="tel" id="celular" name="celular">
  <label for="entidad">Entidad o empresa</label>
  <input type="text" id="entidad" name="entidad">
  <label for="cargo">Cargo</label>
  <input type="text" id="cargo" name="cargo">
  <label for="pass">Contraseña *</label>
  <input type="password" id="pass" name="pass" required>
  <label for="pass2">Confirmar contraseña *</label>
  <input type="password" id="pass2" name="pass2" required>
  <div class="check"><input type="checkbox" id="datos" name="datos"> <label for="datos">Acepto la política de tratamiento de datos *</label></div>
  <div class="frc-captcha" data-sitekey="FCMEXAMPLEKEY01"></div>
  <button type="submit">Crear cuenta</button>
</form>
""")

s.page("preguntas.html", "Preguntas frecuentes", """
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Habrá transmisión en línea?</summary><p>No. El congreso es exclusivamente presencial.</p></details>
<details open><summary>¿Pueden asistir menores de edad?</summary><p>El congreso está dirigido a mayores de 18 años.</p></details>
<details open><summary>¿Hay descuentos?</summary><p>Solo la tarifa de estudiantes. No hay entradas gratuitas ni becas.</p></details>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El centro de convenciones cuenta con rampas, ascensores y baños accesibles para personas en silla de ruedas.</p>
<p>Si necesitas ajustes razonables, escríbenos a accesibilidad@movilidad-med.example.co.</p>
""")

s.page("agenda.html", "Agenda", """
<h1>Agenda académica</h1>
<p>La agenda académica completa está disponible únicamente en PDF.</p>
<p><a href="@docs/agenda-academica.pdf">Descargar la agenda académica (PDF, 1 página)</a></p>
""")

s.page("movilidad.html", "Alojamiento y transporte", """
<h1>Alojamiento y transporte</h1>
<p>Hotel aliado en El Poblado: $ 320.000 COP por noche.</p>
<p>Tranvía de Ayacucho y Metrocable: $3.550 por viaje con tarjeta Cívica.</p>
<p>Parqueadero del centro de convenciones: $5.000 la hora.</p>
<p>Taxi desde el aeropuerto José María Córdova: aproximadamente $95.000.</p>
""")

s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio y muestra comercial</h1>
<p>Patrocinador oro: COP 60.000.000.</p>
<p>Stand de 9 m²: Col$ 18.000.000.</p>
""")

s.page("empleo.html", "Empleo", """
<h1>Ofertas de empleo</h1>
<p>Analista de datos de movilidad, salario $ 6.500.000 mensuales.</p>
""")

ENTRY = entry(
    s, name="Congreso Internacional de Movilidad Urbana y Datos 2027 (urban mobility congress, Medellín)",
    languages=["es"],
    fees=[(650000, "COP"), (480000, "COP"), (320000, "COP"), (180, "USD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["friendlycaptcha"], account_required=True,
    registration_form=(11, 9, ["id_document", "phone", "affiliation"]), min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "tarifas.html", "cuenta.html", "preguntas.html", "accesibilidad.html", "agenda.html"],
    evidence={
        "languages": [Q("index.html", "autoridades de tránsito, operadores de transporte, academia y empresas de tecnología")],
        "un_languages": [N("es")],
        "fees": [Q("tarifas.html", "Profesionales Col$ 650.000", "Col$ = COP; '.' thousands"),
                 Q("tarifas.html", "Sector público $480.000 COP"),
                 Q("tarifas.html", "Estudiantes de pregrado y posgrado COP 320.000"),
                 Q("tarifas.html", "Participantes internacionales USD 180"),
                 Q("movilidad.html", "Hotel aliado en El Poblado: $ 320.000 COP por noche.", "hotel, same amount as the student rate"),
                 Q("movilidad.html", "Tranvía de Ayacucho y Metrocable: $3.550 por viaje", "tram"),
                 Q("movilidad.html", "Parqueadero del centro de convenciones: $5.000 la hora.", "parking"),
                 Q("movilidad.html", "Taxi desde el aeropuerto José María Córdova: aproximadamente $95.000.", "taxi"),
                 Q("patrocinio.html", "Patrocinador oro: COP 60.000.000.", "sponsor"),
                 Q("patrocinio.html", "Stand de 9 m²: Col$ 18.000.000.", "exhibitor"),
                 Q("empleo.html", "salario $ 6.500.000 mensuales", "salary"),
                 Q("index.html", "Ejes temáticos: tarifas del transporte público", "topic, not a price")],
        "free_option": [Q("tarifas.html", "Los ponentes también deben inscribirse y pagar la tarifa correspondiente. No hay entradas gratuitas.")],
        "fee_support": [Q("tarifas.html", "Estudiantes de pregrado y posgrado COP 320.000", "reduced student rate"),
                        Q("preguntas.html", "Solo la tarifa de estudiantes. No hay entradas gratuitas ni becas.", "no bursaries, but the student rate")],
        "remote_participation": [Q("preguntas.html", "No. El congreso es exclusivamente presencial.")],
        "captcha": [M("cuenta.html", '<div class="frc-captcha"')],
        "account_required": [Q("cuenta.html", "Para inscribirte debes crear una cuenta en nuestro portal")],
        "registration_form": [N("account sign-up form (the login form beside it is not counted). 11 fields: nombre, apellidos, tipo "
                                "de documento select, número de documento, correo, celular, entidad, cargo, contraseña, confirmar, "
                                "data-policy checkbox. Required ('*' or required): all but entidad and cargo = 9. Sensitive: "
                                "id_document, phone, affiliation.", "cuenta.html")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("preguntas.html", "El congreso está dirigido a mayores de 18 años.")],
        "accessibility_statement": [Q("accesibilidad.html", "Si necesitas ajustes razonables, escríbenos a accesibilidad@movilidad-med.example.co.")],
        "access_services": [Q("accesibilidad.html", "rampas, ascensores y baños accesibles para personas en silla de ruedas")],
        "videos_without_captions": [M("index.html", 'src="media/promo.mp4">', "no track")],
        "pdf_only_documents": [Q("agenda.html", "La agenda académica completa está disponible únicamente en PDF.")],
    })
