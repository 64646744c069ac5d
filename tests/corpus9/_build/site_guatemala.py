from lib import mk, Q, M, N, entry, video, placeholder_media
NAV = [("index.html", "Inicio"), ("cuotas.html", "Cuotas"), ("inscripcion.html", "Inscripción"), ("accesibilidad.html", "Accesibilidad"),
       ("agenda.html", "Agenda"), ("hospedaje.html", "Hospedaje"), ("patrocinios.html", "Patrocinios"), ("bolsa.html", "Bolsa de empleo")]
s = mk("cumbre-municipal-gobierno-abierto-quetzaltenango", "Cumbre Municipal de Gobierno Abierto 2027", "es-GT", "#1d4ed8", "CMGA", NAV,
       foot={"es-GT": "<p>Asociación de Municipios del Occidente · cumbre@municipios-occidente.example.gt</p>"})
placeholder_media(s, "media/cumbre-2026.mp4")
s.pdf("docs/agenda-2027.pdf", "Agenda Cumbre Municipal 2027\nDia 1\nDia 2")
s.page("index.html", "Cumbre Municipal de Gobierno Abierto", f"""
<h1>Cumbre Municipal de Gobierno Abierto 2027</h1>
<p>Xelajú (Quetzaltenango), 14 y 15 de octubre de 2027. Alcaldías, consejos comunitarios de desarrollo (COCODE), consejos juveniles y organizaciones de sociedad civil del occidente de Guatemala comparten prácticas de transparencia, presupuesto participativo y datos abiertos municipales.</p>
<p>Utz iwachalal! (saludo en k'iche')</p>
<p>La cumbre es presencial; la plenaria de apertura se transmitirá en Facebook Live.</p>
{video("media/cumbre-2026.mp4")}
""")
s.page("cuotas.html", "Cuotas de participación", """
<h1>Cuotas de participación</h1>
<ul><li>Funcionarios municipales y ONG: Q 450</li><li>Consejos juveniles municipales: Q150</li><li>Participantes internacionales: USD 60</li></ul>
<p>Las y los representantes de COCODE participan sin costo, con inscripción previa.</p>
<p>Los Consejos Juveniles (de 15 a 29 años) tienen su propio encuentro el primer día.</p>
""")
s.page("inscripcion.html", "Inscripción", """
<h1>Inscripción</h1>
<form action="@inscripcion.html" method="post">
<input type="hidden" name="id" value="cmga27">
<label for="nom">Nombre completo (obligatorio)</label><input type="text" id="nom" name="nom">
<label for="dpi">Número de DPI o pasaporte (obligatorio)</label><input type="text" id="dpi" name="dpi">
<label for="cor">Correo electrónico (obligatorio)</label><input type="email" id="cor" name="cor">
<label for="tel">Teléfono</label><input type="tel" id="tel" name="tel">
<label for="mun">Municipio</label><input type="text" id="mun" name="mun">
<label for="ins">Institución u organización</label><input type="text" id="ins" name="ins">
<label for="cat">Categoría (obligatorio)</label><select id="cat" name="cat"><option>Municipalidad</option><option>COCODE</option><option>Consejo juvenil</option><option>ONG</option><option>Internacional</option></select>
<div class="check"><input type="checkbox" id="ok" name="ok"><label for="ok">Acepto el aviso de privacidad (obligatorio)</label></div>
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAcmga27"></div>
<button type="submit">Inscribirme</button></form>
<p>El programa completo está disponible únicamente en <a href="@docs/agenda-2027.pdf">PDF (agenda 2027)</a>.</p>
""")
s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El Centro Intercultural de Quetzaltenango cuenta con rampas y baños accesibles para personas usuarias de silla de ruedas.</p>
<p>Habrá interpretación k'iche'–español y mam–español en las mesas de trabajo, e intérpretes de LENSEGUA (lengua de señas de Guatemala) en la plenaria.</p>
<p>Consultas sobre accesibilidad: accesibilidad@municipios-occidente.example.gt</p>
""")
s.page("agenda.html", "Agenda", """
<h1>Agenda</h1><ul><li>Tasas municipales y arbitrios: ¿cómo publicarlos?</li><li>Registro de la propiedad y catastro abierto</li><li>Idiomas mayas en los portales municipales</li></ul>
<p><a href="@docs/memoria-2026.html">Memoria 2026</a></p>
""")
s.page("hospedaje.html", "Hospedaje", """
<h1>Hospedaje</h1><p>Hotel Modelo: Q 380 por noche. Bus desde la capital: Q 70.</p>
""")
s.page("patrocinios.html", "Patrocinios", """
<h1>Patrocinios</h1><p>Patrocinador oro: Q 25,000. Stand: Q 2,500.</p>
""")
s.page("bolsa.html", "Bolsa de empleo", """
<h1>Bolsa de empleo</h1><p>Analista de datos municipales — salario Q 9,500 mensuales.</p>
""")
ENTRY = entry(s, name="Cumbre Municipal de Gobierno Abierto 2027 (Guatemalan municipal open-government summit, Quetzaltenango)",
    languages=["es"], fees=[(450, "GTQ"), (150, "GTQ"), (60, "USD")], free_option=True, fee_support=True,
    remote_participation=False, captcha=["turnstile"], account_required=False,
    registration_form=(8, 5, ["affiliation", "id_document", "phone"]), min_age=15, accessibility_statement=True,
    access_services=["interpretation", "sign_language", "wheelchair_access"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "cuotas.html", "inscripcion.html", "accesibilidad.html"],
    deliberate_404=["docs/memoria-2026.html"],
    evidence={
        "languages": [Q("index.html", "Alcaldías, consejos comunitarios de desarrollo (COCODE), consejos juveniles"),
                      Q("index.html", "Utz iwachalal! (saludo en k'iche')", "K'iche' greeting: no ISO 639-1 code, not content")],
        "un_languages": [N("es")],
        "fees": [Q("cuotas.html", "Funcionarios municipales y ONG: Q 450"), Q("cuotas.html", "Consejos juveniles municipales: Q150"),
                 Q("cuotas.html", "Participantes internacionales: USD 60"), Q("hospedaje.html", "Hotel Modelo: Q 380 por noche.", "hotel"),
                 Q("hospedaje.html", "Bus desde la capital: Q 70.", "transport"), Q("patrocinios.html", "Stand: Q 2,500.", "exhibition"),
                 Q("bolsa.html", "salario Q 9,500 mensuales", "salary"), Q("agenda.html", "Tasas municipales y arbitrios: ¿cómo publicarlos?", "session title")],
        "free_option": [Q("cuotas.html", "Las y los representantes de COCODE participan sin costo, con inscripción previa.")],
        "fee_support": [Q("cuotas.html", "Consejos juveniles municipales: Q150", "reduced youth rate")],
        "remote_participation": [Q("index.html", "La cumbre es presencial; la plenaria de apertura se transmitirá en Facebook Live.", "watch-only")],
        "captcha": [M("inscripcion.html", '<div class="cf-turnstile"')], "account_required": [N("no account")],
        "registration_form": [N("8 fields: nombre, DPI/pasaporte, correo, teléfono, municipio, institución, categoría, privacy checkbox; hidden id not counted; required by (obligatorio) marker only: nombre, DPI, correo, categoría, checkbox = 5. Sensitive: id_document, phone, affiliation.", "inscripcion.html")],
        "registration_host": [N("own form")], "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("cuotas.html", "Los Consejos Juveniles (de 15 a 29 años) tienen su propio encuentro el primer día.")],
        "accessibility_statement": [Q("accesibilidad.html", "Consultas sobre accesibilidad: accesibilidad@municipios-occidente.example.gt")],
        "access_services": [Q("accesibilidad.html", "baños accesibles para personas usuarias de silla de ruedas"),
                            Q("accesibilidad.html", "Habrá interpretación k'iche'–español y mam–español en las mesas de trabajo"),
                            Q("accesibilidad.html", "intérpretes de LENSEGUA (lengua de señas de Guatemala) en la plenaria")],
        "videos_without_captions": [M("index.html", 'src="media/cumbre-2026.mp4">', "no track")],
        "pdf_only_documents": [Q("inscripcion.html", "El programa completo está disponible únicamente en PDF (agenda 2027).")],
    })
