from lib import mk, Q, M, N, entry, fld, video, placeholder_media
S = "taller-periodismo-ambiental-bata"
NAV = [("index.html", "Inicio"), ("cuotas.html", "Cuotas"), ("inscripcion.html", "Inscripción"), ("preguntas.html", "Preguntas"),
       ("accesibilidad.html", "Accesibilidad"), ("hoteles.html", "Viaje y hoteles"), ("premios.html", "Premio"), ("noticias.html", "Noticias")]
s = mk(S, "Taller de Periodismo Ambiental, Bata", "es-GQ", "#2f6b2f", "TPA", NAV,
       foot={"es-GQ": '<p>Red de Periodistas Ambientales de Guinea Ecuatorial, Paseo Marítimo, Bata — taller@periodismoverde.example.gq</p>'})
placeholder_media(s, "media/manglar.mp4")
s.pdf("docs/ficha-inscripcion.pdf", "Ficha de inscripcion - Taller de Periodismo Ambiental 2027\nNombre:\nMedio:\nTelefono:")
s.page("index.html", "Taller de Periodismo Ambiental 2027", """
<h1>Taller de Periodismo Ambiental 2027</h1>
<p>Cinco días en Bata para aprender a investigar y contar la tala ilegal, la pesca en los manglares del estuario del Muni y la erosión de la costa, con salidas a las comunidades de Mbini y Cogo.</p>
<ul>
<li><a href="@cuotas.html">Cuotas</a></li>
<li><a href="@inscripcion.html">Cómo inscribirse</a></li>
<li><a href="@preguntas.html">Preguntas frecuentes</a></li>
<li><a href="@accesibilidad.html">Accesibilidad</a></li>
</ul>
<h2>Programa</h2>
<p>Lunes: fuentes y datos abiertos. Martes: salida al manglar. Miércoles: radio comunitaria. Jueves: seguridad digital. Viernes: presentación de reportajes. Una de las charlas trata de cómo viven la deforestación los niños de 6 a 12 años.</p>
""" + video("media/manglar.mp4") + """
<section>
<h2>Fang</h2>
<p>Bia lôte bôt be nkobe a Bata mbu ngon ôsu, ngul bôt be ne ayem tsili afan ye minlô mi mendzim.</p>
<p>Nkap ye mbo a ne 35.000 FCFA; bôt be radio ya nnam be ne ke kañ nkap.</p>
</section>
""")
s.page("cuotas.html", "Cuotas", """
<h1>Cuotas de participación</h1>
<ul>
<li>Periodistas en ejercicio: 35.000 FCFA</li>
<li>Estudiantes de periodismo de la UNGE: 15.000 FCFA</li>
</ul>
<p>Los voluntarios de las radios comunitarias participan gratis.</p>
<p>Los menores de 16 años que asistan a la jornada abierta deben venir acompañados.</p>
""")
s.page("inscripcion.html", "Inscripción", """
<h1>Cómo inscribirse</h1>
<p>No hay inscripción en línea. Descargue la <a href="@docs/ficha-inscripcion.pdf">ficha de inscripción (PDF)</a>, llénela y entréguela en la sede de la Red o envíela escaneada a taller@periodismoverde.example.gq.</p>
<h2>¿Tiene una duda?</h2>
<form action="@inscripcion.html" method="post">
""" + fld("q-nombre", "Nombre") + fld("q-correo", "Correo", "email") + fld("q-pregunta", "Su pregunta", "textarea") + """
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAperiodismo"></div>
<button type="submit">Enviar pregunta</button>
</form>
""")
s.page("preguntas.html", "Preguntas", """
<h1>Preguntas frecuentes</h1>
<details open><summary>Vivo en Malabo y no puedo viajar. ¿Puedo participar?</summary><p>Sí. Los periodistas de Malabo pueden seguir las sesiones por Zoom y hacer preguntas a los ponentes en directo.</p></details>
<details open><summary>¿Se entrega certificado?</summary><p>Sí, a quienes asistan a cuatro de los cinco días.</p></details>
""")
s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>La sala del taller está en planta baja, con rampa de acceso.</p>
<p>En las visitas a las comunidades habrá interpretación fang–español.</p>
""")
s.page("hoteles.html", "Viaje y hoteles", """
<h1>Viaje y hoteles</h1>
<p>Vuelo desde Madrid: unos 650 € ida y vuelta.</p>
<p>Hotel junto al paseo marítimo: 25.000 FCFA la noche. Taxi en la ciudad: 500 FCFA.</p>
""")
s.page("premios.html", "Premio", """
<h1>Premio al mejor reportaje</h1>
<p>El mejor reportaje del taller recibirá 200.000 FCFA y una grabadora.</p>
""")
s.page("noticias.html", "Noticias", """
<h1>Noticias</h1>
<p>La Red firmó un convenio con tres radios comunitarias de la región continental.</p>
""")
ENTRY = entry(s, name="Environmental journalism workshop 2027 (environmental journalists' network, Bata, Equatorial Guinea)",
    languages=["es"], fees=[(35000, "XAF"), (15000, "XAF")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["turnstile"], account_required=False, registration_form=None,
    registration_pdf_only=True, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "cuotas.html", "inscripcion.html", "preguntas.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "Cinco días en Bata para aprender a investigar y contar la tala ilegal"),
                      Q("index.html", "Bia lôte bôt be nkobe a Bata", "Fang section without lang: not listable")],
        "un_languages": [N("es")],
        "fees": [Q("cuotas.html", "Periodistas en ejercicio: 35.000 FCFA", "35000 XAF"),
                 Q("cuotas.html", "Estudiantes de periodismo de la UNGE: 15.000 FCFA", "15000 XAF"),
                 Q("index.html", "Nkap ye mbo a ne 35.000 FCFA", "Fang restatement: no new entry"),
                 Q("hoteles.html", "unos 650 € ida y vuelta", "EUR flight, hotel, taxi: not fees"),
                 Q("premios.html", "200.000 FCFA", "prize: not a fee")],
        "free_option": [Q("cuotas.html", "Los voluntarios de las radios comunitarias participan gratis.")],
        "fee_support": [Q("cuotas.html", "Estudiantes de periodismo de la UNGE: 15.000 FCFA", "student rate below 35000; free group")],
        "remote_participation": [Q("preguntas.html", "pueden seguir las sesiones por Zoom y hacer preguntas a los ponentes en directo", "FAQ only")],
        "captcha": [M("inscripcion.html", '<div class="cf-turnstile"', "on the question form")],
        "account_required": [N("PDF form by hand or e-mail; no account")],
        "registration_form": [N("only a 3-field question form online; registration is a PDF", "inscripcion.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("inscripcion.html", "No hay inscripción en línea.")],
        "min_age": [Q("cuotas.html", "Los menores de 16 años que asistan a la jornada abierta deben venir acompañados.", "accompaniment rule, not a limit"),
                    Q("index.html", "los niños de 6 a 12 años", "talk topic, not a limit")],
        "accessibility_statement": [Q("accesibilidad.html", "La sala del taller está en planta baja, con rampa de acceso.")],
        "access_services": [Q("accesibilidad.html", "La sala del taller está en planta baja, con rampa de acceso.", "wheelchair_access"),
                            Q("accesibilidad.html", "habrá interpretación fang–español", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/manglar.mp4">', "no track")],
        "pdf_only_documents": [M("inscripcion.html", 'href="docs/ficha-inscripcion.pdf"', "registration form only as PDF")],
    })
