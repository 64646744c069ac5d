from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción"), ("en-linea.html", "Participación en línea"),
       ("accesibilidad.html", "Accesibilidad"), ("programa.html", "Programa"), ("viaje.html", "Viaje y hotel"),
       ("patrocinio.html", "Patrocinio"), ("empleo.html", "Empleo")]
s = mk("jornadas-meteorologia-clima-malabo", "Jornadas Nacionales de Meteorología y Clima 2027", "es-GQ", "#00599c", "JMC", NAV,
       foot={"es-GQ": "<p>Sociedad Ecuatoguineana de Meteorología · Malabo · jornadas@meteo.example.gq</p>"})

s.page("index.html", "Jornadas Nacionales de Meteorología y Clima 2027", """
<h1>Jornadas Nacionales de Meteorología y Clima — Malabo 2027</h1>
<p>Del 15 al 17 de marzo de 2027, meteorólogos, docentes, técnicos de estaciones y estudiantes de Bioko y de la Región Continental se reúnen en el Centro Cultural de Malabo para hablar de lluvias extremas, del nivel del mar y de los datos abiertos del clima.</p>
<p><a href="@inscripcion.html">Inscripción y cuotas</a> · <a href="@en-linea.html">Participación en línea</a> · <a href="@accesibilidad.html">Accesibilidad</a></p>
<section lang="fr">
<h2>En français</h2>
<p>Les Journées nationales de météorologie et de climat réunissent à Malabo, du 15 au 17 mars 2027, des météorologues, des enseignants et des étudiants de Bioko et de la Région continentale. Les communications peuvent être présentées en espagnol ou en français, avec interprétation simultanée. Il est possible de participer en ligne par Microsoft Teams et de poser des questions.</p>
</section>
<section>
<h2>Em português</h2>
<p>As Jornadas Nacionais de Meteorologia e Clima reúnem em Malabo, de 15 a 17 de março de 2027, meteorologistas, professores e estudantes de toda a Guiné Equatorial. Os participantes de Ano Bom e de países vizinhos podem apresentar a sua comunicação em linha e responder às perguntas da sala.</p>
</section>
""")

form = "\n".join([
    fld("j-nom", "Nombre (obligatorio)", req=True),
    fld("j-ape", "Apellidos (obligatorio)", req=True),
    fld("j-mail", "Correo electrónico (obligatorio)", "email", req=True),
    fld("j-tel", "Teléfono (obligatorio)", "tel", req=True),
    fld("j-dip", "Número de DIP o de pasaporte (obligatorio)", req=True),
    fld("j-inst", "Institución"),
    fld("j-cargo", "Cargo"),
    radios("j-cat", "Categoría (obligatorio)", ["Participante", "Miembro de la Sociedad"], req=True),
    radios("j-mod", "Modalidad (obligatorio)", ["Presencial en Malabo", "En línea por Teams"], req=True),
    fld("j-prov", "Provincia", "select", opts=["Bioko Norte", "Bioko Sur", "Litoral", "Centro Sur", "Kié-Ntem", "Wele-Nzas", "Annobón", "Djibloho", "Extranjero"]),
    fld("j-res", "Resumen de la ponencia (opcional)", "file"),
    fld("j-ok", "Acepto el tratamiento de mis datos", "checkbox", req=True),
])
s.page("inscripcion.html", "Inscripción", f"""
<h1>Inscripción y cuotas</h1>
<table><thead><tr><th>Categoría</th><th>Cuota</th></tr></thead><tbody>
<tr><td>Participantes</td><td>25.000 FCFA</td></tr>
<tr><td>Miembros de la Sociedad (al corriente de pago)</td><td>15.000 FCFA</td></tr>
<tr><td>Participación en línea (Teams, con preguntas)</td><td>10.000 FCFA</td></tr>
</tbody></table>
<p>Los ponentes también abonan la inscripción. No hay reducciones ni ayudas de viaje.</p>
<form action="@inscripcion.html" method="post">
{form}
<div class="frc-captcha" data-sitekey="FCMGD-made-up-malabo"></div>
<button type="submit">Enviar inscripción</button>
</form>
""")

s.page("en-linea.html", "Participación en línea", """
<h1>Participación en línea</h1>
<p>Las sesiones se transmiten por Microsoft Teams. Los participantes en línea pueden hacer preguntas por el chat o con el micrófono, y los ponentes de Annobón y del extranjero pueden presentar su comunicación a distancia y responder a las preguntas de la sala.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>La sala de conferencias del Centro Cultural está en la primera planta y tiene ascensor; es accesible en silla de ruedas.</p>
<p>Habrá interpretación simultánea español–francés en todas las sesiones plenarias.</p>
<p>Para otras necesidades, escriba a jornadas@meteo.example.gq.</p>
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul><li>15 de marzo: inauguración; lluvias extremas en Bioko</li><li>16 de marzo: nivel del mar en Bata y Annobón</li><li>17 de marzo: datos abiertos y estaciones escolares</li></ul>
""")

s.page("viaje.html", "Viaje y hotel", """
<h1>Viaje y hotel</h1>
<p>Vuelo Bata–Malabo desde 45.000 FCFA. Hotel cercano al Centro Cultural: 60.000 FCFA la noche. Taxi compartido en la ciudad: 500 FCFA.</p>
""")

s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio</h1>
<p>Stand de exposición para empresas de instrumentos: 500.000 FCFA. Patrocinio principal: 2.000.000 FCFA.</p>
""")

s.page("empleo.html", "Empleo", """
<h1>Ofertas de empleo</h1>
<p>Técnico de estación meteorológica en Evinayong — salario 350.000 FCFA al mes.</p>
""")

ENTRY = entry(s,
    name="National Meteorology and Climate Days, Malabo 2027 (meteorological society, Malabo)",
    languages=["es", "fr", "pt"],
    fees=[(25000, "XAF"), (15000, "XAF"), (10000, "XAF")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False, registration_form=(12, 8, ["affiliation", "id_document", "phone"]),
    registration_host=None, min_age=None, accessibility_statement=True,
    access_services=["interpretation", "wheelchair_access"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "inscripcion.html", "en-linea.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "meteorólogos, docentes, técnicos de estaciones y estudiantes de Bioko"),
                      Q("index.html", "Les Journées nationales de météorologie et de climat réunissent à Malabo"),
                      M("index.html", '<section lang="fr">'),
                      Q("index.html", "As Jornadas Nacionais de Meteorologia e Clima reúnem em Malabo",
                        "Portuguese section without a lang attribute: counts")],
        "un_languages": [N("es, fr")],
        "fees": [Q("inscripcion.html", "Participantes 25.000 FCFA", "25000 XAF (Equatoguinean site)"),
                 Q("inscripcion.html", "Miembros de la Sociedad (al corriente de pago) 15.000 FCFA", "member rate: a fee"),
                 Q("inscripcion.html", "Participación en línea (Teams, con preguntas) 10.000 FCFA", "online with questions: a fee"),
                 Q("viaje.html", "Vuelo Bata–Malabo desde 45.000 FCFA", "flight, hotel, taxi: not fees"),
                 Q("patrocinio.html", "Stand de exposición para empresas de instrumentos: 500.000 FCFA", "stand and sponsorship: not fees"),
                 Q("empleo.html", "salario 350.000 FCFA al mes", "salary: not a fee")],
        "free_option": [Q("inscripcion.html", "Los ponentes también abonan la inscripción.")],
        "fee_support": [Q("inscripcion.html", "No hay reducciones ni ayudas de viaje.", "the member rate is a category rate, not support")],
        "remote_participation": [Q("en-linea.html", "Los participantes en línea pueden hacer preguntas por el chat o con el micrófono")],
        "captcha": [M("inscripcion.html", '<div class="frc-captcha"')],
        "account_required": [N("own form without password; no platform", "inscripcion.html")],
        "registration_form": [N("inscripcion.html: 12 fields: first name, surnames, e-mail, phone, DIP or passport number, institution, position, category radio group, mode radio group, province select, abstract file, data consent checkbox. Required (required attribute or '(obligatorio)'): first name, surnames, e-mail, phone, DIP/passport, category, mode, consent = 8. Sensitive: phone, id_document, affiliation (institution); province and position are not sensitive.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accesibilidad.html", "tiene ascensor; es accesible en silla de ruedas.")],
        "access_services": [Q("accesibilidad.html", "es accesible en silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "Habrá interpretación simultánea español–francés en todas las sesiones plenarias.", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF; programme in HTML")],
    })
