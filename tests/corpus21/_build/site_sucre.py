from lib import mk, Q, M, N, entry, fld, radios
NAV = [("index.html", "Inicio"), ("costos.html", "Costos"), ("inscripcion.html", "Inscripción"),
       ("modalidad-virtual.html", "Modalidad virtual"), ("accesibilidad.html", "Accesibilidad"),
       ("auspiciantes.html", "Auspiciantes"), ("hospedaje.html", "Hospedaje y viaje"), ("tienda.html", "Tienda")]
s = mk("congreso-medicina-tradicional-andina-sucre", "III Congreso de Medicina Tradicional Andina — Sucre", "es-BO", "#2f6b1f", "MT", NAV,
       foot={"es-BO": "<p>Red Boliviana de Salud Intercultural — congreso@saludintercultural.example.bo</p>"})
s.page("index.html", "III Congreso de Medicina Tradicional Andina", """
<h1>III Congreso de Medicina Tradicional Andina</h1>
<p>Del 8 al 10 de septiembre de 2027 en la Casa de la Libertad de Sucre, personal de salud, investigadores y médicos tradicionales dialogan sobre la atención intercultural del parto, las plantas medicinales y la articulación entre hospitales y sabios comunitarios.</p>
<p>Consulte los <a href="@costos.html">costos</a>, la <a href="@inscripcion.html">inscripción</a> y la <a href="@modalidad-virtual.html">modalidad virtual</a>. Las memorias anteriores están en <a href="@memorias-2025.html">Memorias 2025</a>.</p>
<section lang="ay">
<h2>Aymar arun</h2>
<p>Aka jach'a tantachawinxa Sucre markana wakicht'atawa. Qulliri jaqinakasa, yatiqirinakasa, hospital irnaqirinakasa mayacht'asipxani, qullanaka tuqita, wawa uñjaña tuqita ukhamaraki ayllu yatiñanaka tuqita aruskipañataki.</p>
</section>
""")
s.page("costos.html", "Costos", """
<h1>Costos de inscripción</h1>
<ul>
<li>Profesionales de salud e investigadores: Bs 350</li>
<li>Estudiantes con matrícula vigente: Bs. 120</li>
<li>Modalidad virtual: 100 bolivianos</li>
</ul>
<p>Las médicas y los médicos tradicionales con credencial de su organización participan gratis.</p>
""")
s.page("inscripcion.html", "Inscripción", """
<h1>Formulario de inscripción</h1>
<p>Solo pueden inscribirse personas mayores de 18 años.</p>
<form action="@inscripcion.html" method="post">
""" + fld("nombre", "Nombre completo (obligatorio)") + fld("correo", "Correo electrónico (obligatorio)", "email")
  + fld("ci", "Número de cédula de identidad (CI) (obligatorio)") + fld("cel", "Celular (obligatorio)", "tel")
  + fld("inst", "Institución u organización")
  + radios("cat", "Categoría (obligatorio)", ["Profesional", "Estudiante", "Médico tradicional"])
  + radios("mod", "Modalidad (obligatorio)", ["Presencial", "Virtual"])
  + fld("dep", "Departamento", "select", opts=["Chuquisaca", "La Paz", "Cochabamba", "Potosí", "Oruro", "Otro"])
  + fld("resumen", "Resumen de ponencia (opcional)", "file")
  + fld("acepto", "Acepto el tratamiento de mis datos (obligatorio)", "checkbox") + """
<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
<button type="submit">Inscribirme</button>
</form>
""")
s.page("modalidad-virtual.html", "Modalidad virtual", """
<h1>Modalidad virtual</h1>
<p>Quienes elijan la modalidad virtual siguen las mesas por Jitsi Meet y pueden hacer preguntas en vivo a las y los ponentes; también pueden presentar su ponencia a distancia.</p>
""")
s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>La Casa de la Libertad cuenta con rampa de acceso y baño adaptado para personas en silla de ruedas.</p>
<p>Habrá interpretación quechua–castellano y aimara–castellano en las plenarias.</p>
<p>Este año no contamos con intérprete de lengua de señas boliviana.</p>
<p>Para necesidades específicas escriba a accesible@saludintercultural.example.bo.</p>
""")
s.page("auspiciantes.html", "Auspiciantes", """
<h1>Auspiciantes</h1>
<p>Auspicio principal: Bs 15.000. Stand para laboratorios: Bs 2.500.</p>
""")
s.page("hospedaje.html", "Hospedaje y viaje", """
<h1>Hospedaje y viaje</h1>
<p>Hotel colonial en el centro: Bs 280 la noche. Flota La Paz–Sucre: desde Bs 80.</p>
""")
s.page("tienda.html", "Tienda", """
<h1>Tienda del congreso</h1>
<p>Manual de plantas medicinales de los valles: Bs 35.</p>
""")
ENTRY = entry(s, name="Third Andean Traditional Medicine Congress (intercultural-health network, Sucre)",
    languages=["es", "ay"], fees=[(350, "BOB"), (120, "BOB"), (100, "BOB")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"],
    account_required=False, registration_form=(10, 7, ["id_document", "phone", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "costos.html", "inscripcion.html", "modalidad-virtual.html", "accesibilidad.html"],
    deliberate_404=["memorias-2025.html"],
    evidence={
        "languages": [Q("index.html", "personal de salud, investigadores y médicos tradicionales dialogan"), M("index.html", '<section lang="ay">', "Aymara section with lang"),
                      Q("index.html", "Aka jach'a tantachawinxa Sucre markana wakicht'atawa.")],
        "un_languages": [N("es")],
        "fees": [Q("costos.html", "Profesionales de salud e investigadores: Bs 350", "350 BOB"),
                 Q("costos.html", "Estudiantes con matrícula vigente: Bs. 120", "120 BOB"),
                 Q("costos.html", "Modalidad virtual: 100 bolivianos", "virtual with questions: 100 BOB"),
                 Q("auspiciantes.html", "Auspicio principal: Bs 15.000.", "sponsorship and stand: not fees"),
                 Q("hospedaje.html", "Hotel colonial en el centro: Bs 280 la noche.", "hotel and bus: not fees"),
                 Q("tienda.html", "Manual de plantas medicinales de los valles: Bs 35.", "shop item: not a fee")],
        "free_option": [Q("costos.html", "Las médicas y los médicos tradicionales con credencial de su organización participan gratis.")],
        "fee_support": [Q("costos.html", "Estudiantes con matrícula vigente: Bs. 120", "student rate below 350")],
        "remote_participation": [Q("modalidad-virtual.html", "pueden hacer preguntas en vivo a las y los ponentes")],
        "captcha": [M("inscripcion.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, e-mail, CI, mobile, institution, category radio, modality radio, department select, abstract file, consent checkbox); 7 marked (obligatorio); sensitive id_document, phone, affiliation", "inscripcion.html"),
                              Q("inscripcion.html", "Número de cédula de identidad (CI) (obligatorio)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "Solo pueden inscribirse personas mayores de 18 años.")],
        "accessibility_statement": [Q("accesibilidad.html", "La Casa de la Libertad cuenta con rampa de acceso y baño adaptado para personas en silla de ruedas.")],
        "access_services": [Q("accesibilidad.html", "rampa de acceso y baño adaptado para personas en silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "Habrá interpretación quechua–castellano y aimara–castellano en las plenarias.", "interpretation"),
                            Q("accesibilidad.html", "Este año no contamos con intérprete de lengua de señas boliviana.", "negation: no sign_language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
