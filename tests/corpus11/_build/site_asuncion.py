from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

SLUG = "congreso-paraguayo-enfermeria-asuncion"
NAV = [("index.html", "Inicio"), ("programa.html", "Programa"), ("inscripciones.html", "Inscripciones"),
       ("accesibilidad.html", "Accesibilidad"), ("expositores.html", "Expositores"),
       ("hospedaje.html", "Hospedaje"), ("socios.html", "Asociación")]
s = mk(SLUG, "XV Congreso Paraguayo de Enfermería 2027", "es-PY", "#0b6e4f", "CPE", NAV,
       foot={"es-PY": "<p>Asociación de Profesionales de Enfermería (ficticia) · congreso@enfermeria-py.example.py</p>"})
placeholder_media(s, "media/congreso-2026.mp4")
vtt(s, "media/congreso-2026.es.vtt", "Bienvenidas y bienvenidos al congreso.")
placeholder_media(s, "media/testimonios.mp4")

s.page("index.html", "XV Congreso Paraguayo de Enfermería", """
<h1>XV Congreso Paraguayo de Enfermería</h1>
<p>Asunción, 22 al 24 de setiembre de 2027. El congreso reúne a licenciadas y licenciados en enfermería, auxiliares y estudiantes de todo el país para actualizar la atención primaria, la salud materna y la salud en comunidades indígenas.</p>
<section lang="gn">
<h2>Tereguahẽ porãite</h2>
<p>Ko aty guasúpe oñembyaty umi tasyo rehegua mba'apohára ha temimbo'e opaite tetã rembe'ýgui, oñemongeta hag̃ua tesãi rehe, sy ha mitã resãi rehe ha ava tekoha resãi rehe.</p>
</section>
<p><a href="@inscripciones.html">Inscripciones</a></p>
""" + video("media/congreso-2026.mp4", track="media/congreso-2026.es.vtt", track_lang="es") + video("media/testimonios.mp4") + """
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul><li>Conferencia: Aranceles hospitalarios y acceso a la salud</li><li>Taller: Registro de vacunación en comunidades</li></ul>
""")

s.page("inscripciones.html", "Inscripciones", """
<h1>Inscripciones</h1>
<table><tr><th>Categoría</th><th>Arancel</th></tr>
<tr><td>Profesionales</td><td>Gs. 350.000</td></tr>
<tr><td>Estudiantes de enfermería</td><td>₲ 150.000</td></tr>
<tr><td>Participantes del exterior</td><td>USD 80</td></tr>
<tr><td><a href="@virtual.html">Modalidad virtual</a></td><td>Gs. 100.000</td></tr></table>
<p>No hay inscripciones gratuitas; los disertantes también abonan el arancel.</p>
<p>La venta de entradas se realiza en Passline: <a href="https://www.passline.com/eventos/congreso-enfermeria-2027">comprar en Passline</a>. Para comprar es necesario crear una cuenta en Passline.</p>
<h2>¿Consultas?</h2>
<form action="@inscripciones.html" method="post">
  <label for="n">Nombre</label><input type="text" id="n" name="n">
  <label for="c">Correo electrónico *</label><input type="email" id="c" name="c" required>
  <label for="q">Tu consulta *</label><textarea id="q" name="q" required></textarea>
  <div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
  <button type="submit">Enviar consulta</button>
</form>
""")

s.page("virtual.html", "Modalidad virtual", """
<h1>Modalidad virtual</h1>
<p>Quienes se inscriben en la modalidad virtual siguen las conferencias en vivo y envían preguntas a los disertantes por el chat de la plataforma.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El centro de convenciones es accesible para personas en silla de ruedas.</p>
<p>Las conferencias centrales cuentan con intérpretes de Lengua de Señas Paraguaya y subtitulado en tiempo real.</p>
<p>Para otros ajustes escribinos a accesibilidad@enfermeria-py.example.py.</p>
""")

s.page("expositores.html", "Expositores", """
<h1>Expositores</h1>
<p>Stand comercial de 3 × 3 m: USD 1.500. Patrocinio oro: Gs. 25.000.000.</p>
""")

s.page("hospedaje.html", "Hospedaje", """
<h1>Hospedaje y traslados</h1>
<p>Hotel sede: Gs. 420.000 la noche. Pasaje de ómnibus: Gs. 2.300. Taxi desde el aeropuerto: unos Gs. 60.000.</p>
""")

s.page("socios.html", "Asociación", """
<h1>La Asociación</h1>
<p>Cuota social: Gs. 50.000 mensuales. Bolsa de trabajo: enfermera jefa de sala, salario Gs. 6.500.000.</p>
""")

ENTRY = entry(s, name="XV Congreso Paraguayo de Enfermería 2027 (nursing congress, Asunción)",
    languages=["es", "gn"], fees=[(350000, "PYG"), (150000, "PYG"), (80, "USD"), (100000, "PYG")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=True,
    registration_form=None, registration_host="www.passline.com",
    min_age=None, accessibility_statement=True, access_services=["captions", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscripciones.html", "virtual.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "El congreso reúne a licenciadas y licenciados en enfermería"),
                      Q("index.html", "Ko aty guasúpe oñembyaty umi tasyo rehegua mba'apohára", "Guaraní section (lang=gn)")],
        "un_languages": [N("es")],
        "fees": [Q("inscripciones.html", "Profesionales Gs. 350.000", "Gs. = PYG; '.' thousands separator"),
                 Q("inscripciones.html", "Estudiantes de enfermería ₲ 150.000"),
                 Q("inscripciones.html", "Participantes del exterior USD 80"),
                 Q("inscripciones.html", "Modalidad virtual Gs. 100.000", "paid interactive virtual participation"),
                 Q("expositores.html", "Stand comercial de 3 × 3 m: USD 1.500. Patrocinio oro: Gs. 25.000.000.", "stand, sponsor"),
                 Q("hospedaje.html", "Hotel sede: Gs. 420.000 la noche. Pasaje de ómnibus: Gs. 2.300. Taxi desde el aeropuerto: unos Gs. 60.000.", "hotel, bus, taxi"),
                 Q("socios.html", "Cuota social: Gs. 50.000 mensuales. Bolsa de trabajo: enfermera jefa de sala, salario Gs. 6.500.000.", "membership dues, salary"),
                 Q("programa.html", "Aranceles hospitalarios y acceso a la salud", "session title")],
        "free_option": [Q("inscripciones.html", "No hay inscripciones gratuitas; los disertantes también abonan el arancel.")],
        "fee_support": [Q("inscripciones.html", "Estudiantes de enfermería ₲ 150.000", "reduced student rate")],
        "remote_participation": [Q("virtual.html", "envían preguntas a los disertantes por el chat de la plataforma")],
        "captcha": [M("inscripciones.html", '<div class="cf-turnstile"', "on the enquiry form of a participation page: counts")],
        "account_required": [Q("inscripciones.html", "Para comprar es necesario crear una cuenta en Passline.")],
        "registration_form": [N("no registration form on the site (Passline); the 3-field enquiry form is not one", "inscripciones.html")],
        "registration_host": [M("inscripciones.html", 'href="https://www.passline.com/eventos/congreso-enfermeria-2027"')],
        "registration_pdf_only": [N("platform")],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [Q("accesibilidad.html", "Para otros ajustes escribinos a accesibilidad@enfermeria-py.example.py.")],
        "access_services": [Q("accesibilidad.html", "El centro de convenciones es accesible para personas en silla de ruedas."),
                            Q("accesibilidad.html", "Las conferencias centrales cuentan con intérpretes de Lengua de Señas Paraguaya y subtitulado en tiempo real.", "sign language; real-time subtitling = captions")],
        "videos_without_captions": [M("index.html", 'src="media/testimonios.mp4">', "no track; the other video has one")],
        "pdf_only_documents": [N("no PDF")],
    })
