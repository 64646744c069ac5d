from lib import mk, Q, M, N, entry, fld, video, placeholder_media
s = mk("encuentro-radios-comunitarias-quetzaltenango", "Encuentro de Radios Comunitarias de Occidente — Xelajú 2027", "es-GT", "#0b6e4f", "RC",
       [("index.html", "Inicio"), ("cuotas.html", "Cuotas"), ("virtual.html", "Participación virtual"),
        ("accesibilidad.html", "Accesibilidad"), ("preguntas.html", "Preguntas frecuentes"), ("patrocinio.html", "Patrocinio"),
        ("hospedaje.html", "Hospedaje"), ("premios.html", "Premio Voz del Pueblo")],
       foot={"es-GT": "<p>Red de Radios Comunitarias del Occidente · encuentro@radios.example.gt</p>"})
placeholder_media(s, "media/cabina-abierta.mp4")
s.page("index.html", "Encuentro de Radios Comunitarias 2027", """
<h1>Encuentro de Radios Comunitarias de Occidente 2027</h1>
<p>Del 6 al 8 de mayo de 2027, locutoras, locutores y técnicos de radios comunitarias de Quetzaltenango, Totonicapán, Sololá y San Marcos nos juntamos en la Casa de la Cultura de Xelajú para hablar de frecuencias, sostenibilidad y programación en idiomas mayas.</p>
<p>Habrá mesas sobre la ley de medios, un taller de radioteatro y un laboratorio de reporteros jóvenes, abierto a muchachas y muchachos desde los catorce años.</p>
""" + video("media/cabina-abierta.mp4") + """
<section lang="quc">
<h2>Pa qach'abal</h2>
<p>Utz apetik pa ri nimaq'ij re ri radios re ri tinamit. Are jun k'amb'al no'j chi kiwach ri aj radio, ri ajtz'ib' xuquje' ri ak'alab' ri keraj kech'aw pa ri k'iche' ch'abal.</p>
<p>Chuwe oxib' q'ij kujmulin pa Xelajuj No'j, kaqatzijoj ri qach'ab'al pa ri radio, xuquje' ri qasamaj chi kiwach ri tinamit.</p>
</section>
""")
s.page("cuotas.html", "Cuotas", """
<h1>Cuotas de participación</h1>
<p>Cuota general por persona: Q350 (incluye almuerzos y materiales).</p>
<p>Estudiantes de comunicación con carné vigente: Q150.</p>
<p>Las y los voluntarios de radios comunitarias miembros de la red participan sin costo.</p>
<p>El taller de radioteatro y el laboratorio de reporteros jóvenes están incluidos en la cuota.</p>
""")
s.page("virtual.html", "Participación virtual", """
<h1>Participación virtual</h1>
<p>Las radios que no puedan viajar podrán conectarse por Jitsi a las mesas de trabajo; la moderadora les dará la palabra y podrán hacer preguntas en vivo.</p>
<p>El enlace se envía a quienes se inscriban como participantes virtuales.</p>
""")
s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>La Casa de la Cultura tiene rampa en la entrada principal y el salón de actos está en planta baja.</p>
<p>Contaremos con intérpretes de LENSEGUA en las mesas plenarias y con interpretación k'iche'–español en todas las sesiones.</p>
""")
s.page("preguntas.html", "Preguntas frecuentes", """
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Cómo me inscribo?</summary><p>La inscripción se hace en este <a href="https://forms.office.com/r/RadiosXela2027">formulario de Microsoft Forms</a>. Para llenarlo hay que iniciar sesión con una cuenta de Microsoft (Outlook o Hotmail); si no tienen una, pueden crearla gratis.</p></details>
<details open><summary>¿Puedo inscribir a toda mi radio?</summary><p>Cada persona llena su propio formulario, indicando el nombre de su emisora.</p></details>
<details open><summary>¿Se puede pagar el día del encuentro?</summary><p>Sí, la cuota se paga en efectivo al llegar.</p></details>
<h2>¿Otra pregunta?</h2>
<form action="@preguntas.html" method="post">
""" + fld("n", "Nombre") + fld("c", "Correo electrónico", "email") + fld("p", "Su pregunta", "textarea") + """
<div class="g-recaptcha" data-sitekey="6LeXelaExampleKey000000000000000000000"></div>
<button type="submit">Enviar</button>
</form>
""")
s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio</h1>
<p>Paquete de patrocinio de mesa: Q4,000. Stand para proveedores de equipo de transmisión: Q1,200.</p>
""")
s.page("hospedaje.html", "Hospedaje", """
<h1>Hospedaje y transporte</h1>
<p>Hostales del centro histórico desde Q180 por noche. La camioneta desde Totonicapán cuesta Q10; desde la capital, el bus de primera cuesta unos Q95.</p>
""")
s.page("premios.html", "Premio Voz del Pueblo", """
<h1>Premio Voz del Pueblo</h1>
<p>El mejor programa en idioma maya recibirá Q5,000 y un equipo de grabación portátil.</p>
""")
ENTRY = entry(s, name="Western Guatemala community radio meeting 2027 (community radio network, Quetzaltenango)",
    languages=["es"], fees=[(350, "GTQ"), (150, "GTQ")], free_option=True, fee_support=True, remote_participation=True,
    captcha=["recaptcha"], account_required=True, registration_form=None, registration_host="forms.office.com", min_age=14,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=1,
    participation_pages=["index.html", "cuotas.html", "virtual.html", "accesibilidad.html", "preguntas.html"],
    evidence={
        "languages": [Q("index.html", "locutoras, locutores y técnicos de radios comunitarias de Quetzaltenango"),
                      M("index.html", '<section lang="quc">', "K'iche' section: no ISO 639-1 code, not listable")],
        "un_languages": [N("es")],
        "fees": [Q("cuotas.html", "Cuota general por persona: Q350"), Q("cuotas.html", "Estudiantes de comunicación con carné vigente: Q150."),
                 Q("patrocinio.html", "Paquete de patrocinio de mesa: Q4,000.", "sponsor and stand: not fees"),
                 Q("hospedaje.html", "Hostales del centro histórico desde Q180 por noche.", "hostel and bus fares: not fees"),
                 Q("premios.html", "recibirá Q5,000", "prize: not a fee")],
        "free_option": [Q("cuotas.html", "Las y los voluntarios de radios comunitarias miembros de la red participan sin costo.")],
        "fee_support": [Q("cuotas.html", "Estudiantes de comunicación con carné vigente: Q150.", "student rate and free places for one group")],
        "remote_participation": [Q("virtual.html", "podrán conectarse por Jitsi a las mesas de trabajo; la moderadora les dará la palabra y podrán hacer preguntas en vivo")],
        "captcha": [M("preguntas.html", '<div class="g-recaptcha"', "reCAPTCHA on the FAQ question form")],
        "account_required": [Q("preguntas.html", "Para llenarlo hay que iniciar sesión con una cuenta de Microsoft")],
        "registration_form": [N("no own registration form; the FAQ question form has 3 fields", "preguntas.html")],
        "registration_host": [M("preguntas.html", 'href="https://forms.office.com/r/RadiosXela2027"', "link only in the FAQ")],
        "registration_pdf_only": [N("online platform")],
        "min_age": [Q("index.html", "abierto a muchachas y muchachos desde los catorce años")],
        "accessibility_statement": [Q("accesibilidad.html", "La Casa de la Cultura tiene rampa en la entrada principal")],
        "access_services": [Q("accesibilidad.html", "tiene rampa en la entrada principal y el salón de actos está en planta baja", "wheelchair_access"),
                            Q("accesibilidad.html", "Contaremos con intérpretes de LENSEGUA en las mesas plenarias", "sign_language"),
                            Q("accesibilidad.html", "con interpretación k'iche'–español en todas las sesiones", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/cabina-abierta.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
