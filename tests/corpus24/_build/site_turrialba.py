from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción"), ("programa.html", "Programa"),
       ("preguntas.html", "Preguntas frecuentes"), ("accesibilidad.html", "Accesibilidad"),
       ("expositores.html", "Expositores"), ("hospedaje.html", "Hospedaje"), ("tienda.html", "Tienda")]
s = mk("congreso-apicultura-turrialba", "Congreso Nacional de Apicultura Tropical", "es-CR", "#b8860b", "AP", NAV,
       foot={"es-CR": "<p>Red de Apicultores del Atlántico (ficticia) · Turrialba, Cartago · congreso@example.cr</p>"})
placeholder_media(s, "media/colmenas.mp4")
vtt(s, "media/colmenas.es.vtt", "Bienvenida al congreso")

s.page("index.html", "Congreso Nacional de Apicultura Tropical", """
<h1>VI Congreso Nacional de Apicultura Tropical</h1>
<p>Del 8 al 10 de setiembre de 2027, apicultoras y apicultores de todo el país se reúnen en Turrialba para hablar de abejas sin aguijón, varroa, floración del café y mercados de miel.</p>
<p>Vea cómo <a href="@inscripcion.html">inscribirse</a>, el <a href="@programa.html">programa</a> y las <a href="@preguntas.html">preguntas frecuentes</a>. Información de <a href="@accesibilidad.html">accesibilidad</a>.</p>
<section>
<h2>For international visitors</h2>
<p>The National Tropical Beekeeping Congress is held in Spanish, with talks on stingless bees, varroa control and honey markets. Tickets are sold through an online ticketing site; see the registration page for prices.</p>
</section>
""")

s.page("inscripcion.html", "Inscripción", """
<h1>Inscripción y precios</h1>
<div class="cards">
<div class="card"><h2>Pase del congreso (3 días)</h2><span class="price">₡45 000</span></div>
<div class="card"><h2>Gira de campo al apiario experimental</h2><span class="price">₡12 500</span></div>
</div>
<p>No hay descuentos ni becas en esta edición.</p>
<p>La venta de entradas se hace en eTicket: <a href="https://www.eticket.cr/">comprar en www.eticket.cr</a>. Para comprar es necesario crear una cuenta en eTicket.</p>
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul><li>Miércoles: sanidad apícola y control de varroa</li><li>Jueves: meliponicultura y polinización del café</li><li>Viernes: gira de campo y mercados de miel</li></ul>
<p>Las charlas se transmiten por Facebook Live solo para verlas; las preguntas se hacen en la sala.</p>
""" + video("media/colmenas.mp4", track="media/colmenas.es.vtt", track_lang="es", label="Español"))

q = "".join([fld("qn", "Nombre"), fld("qe", "Correo electrónico", "email"), fld("qm", "Su pregunta", "textarea")])
s.page("preguntas.html", "Preguntas frecuentes", f"""
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Hay edad mínima?</summary><p>El congreso está abierto a mayores de 18 años.</p></details>
<details open><summary>¿Necesito cuenta en eTicket?</summary><p>Sí, eTicket pide registrarse con correo y contraseña antes de pagar.</p></details>
<h2>¿Otra pregunta?</h2>
<form action="@preguntas.html" method="post">{q}
<div class="frc-captcha" data-sitekey="frc-placeholder-cr"></div>
<button type="submit">Enviar</button></form>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El auditorio del centro agronómico tiene rampa de acceso y baño adaptado para silla de ruedas.</p>
<p>Las plenarias contarán con interpretación en Lengua de Señas Costarricense (LESCO) y subtítulos en tiempo real.</p>
<p>Consultas de accesibilidad: accesible@example.cr.</p>
""")

s.page("expositores.html", "Expositores", """
<h1>Expositores y patrocinio</h1>
<p>Stand de 3×3 m en la feria apícola: ₡180 000. Patrocinio oro: ₡1 500 000.</p>
""")

s.page("hospedaje.html", "Hospedaje", """
<h1>Hospedaje y transporte</h1>
<p>Cabinas cerca del centro: ₡28 000 por noche. Bus San José–Turrialba: ₡1 450.</p>
""")

s.page("tienda.html", "Tienda", """
<h1>Tienda del congreso</h1>
<p>Miel de abeja jicote (250 g): ₡6 000. Velo y guantes: ₡14 000.</p>
""")

ENTRY = entry(s, name="National Tropical Beekeeping Congress 2027 (beekeepers' network, Turrialba)",
    languages=["es", "en"],
    fees=[(45000, "CRC"), (12500, "CRC")],
    free_option=False, fee_support=False, remote_participation=False, captcha=["friendlycaptcha"],
    account_required=True, registration_form=None, registration_host="www.eticket.cr",
    min_age=18, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "inscripcion.html", "programa.html", "preguntas.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "apicultoras y apicultores de todo el país se reúnen en Turrialba"),
                      Q("index.html", "The National Tropical Beekeeping Congress is held in Spanish", "English section without lang")],
        "un_languages": [N("es, en")],
        "fees": [Q("inscripcion.html", "Pase del congreso (3 días) ₡45 000", "45000 CRC"),
                 Q("inscripcion.html", "Gira de campo al apiario experimental ₡12 500", "field visit: 12500 CRC"),
                 Q("expositores.html", "Stand de 3×3 m en la feria apícola: ₡180 000.", "stand, sponsorship: not fees"),
                 Q("hospedaje.html", "Cabinas cerca del centro: ₡28 000 por noche.", "lodging, bus: not fees"),
                 Q("tienda.html", "Miel de abeja jicote (250 g): ₡6 000.", "shop items: not fees")],
        "free_option": [N("fees stated, nothing said about a free way", "inscripcion.html")],
        "fee_support": [Q("inscripcion.html", "No hay descuentos ni becas en esta edición.")],
        "remote_participation": [Q("programa.html", "Las charlas se transmiten por Facebook Live solo para verlas; las preguntas se hacen en la sala.")],
        "captcha": [M("preguntas.html", '<div class="frc-captcha"', "on the FAQ question form")],
        "account_required": [Q("inscripcion.html", "Para comprar es necesario crear una cuenta en eTicket.")],
        "registration_form": [N("no own registration form; the 3-field FAQ question form is not one", "preguntas.html")],
        "registration_host": [M("inscripcion.html", 'href="https://www.eticket.cr/"')],
        "registration_pdf_only": [N("tickets online")],
        "min_age": [Q("preguntas.html", "El congreso está abierto a mayores de 18 años.")],
        "accessibility_statement": [Q("accesibilidad.html", "El auditorio del centro agronómico tiene rampa de acceso y baño adaptado para silla de ruedas.")],
        "access_services": [Q("accesibilidad.html", "tiene rampa de acceso y baño adaptado para silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "Lengua de Señas Costarricense (LESCO)", "sign_language"),
                            Q("accesibilidad.html", "subtítulos en tiempo real", "captions")],
        "videos_without_captions": [M("programa.html", 'kind="captions"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
