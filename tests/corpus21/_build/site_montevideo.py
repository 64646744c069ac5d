from lib import mk, Q, M, N, entry, video, placeholder_media, vtt
NAV = [("index.html", "Inicio"), ("talleres.html", "Talleres y precios"), ("inscripciones.html", "Inscripciones"),
       ("accesibilidad.html", "Accesibilidad"), ("preguntas.html", "Preguntas frecuentes"), ("tienda.html", "Tienda"),
       ("alojamiento.html", "Alojamiento"), ("trabajo.html", "Trabajo")]
s = mk("talleres-murga-candombe-montevideo", "Encuentro de Murga y Candombe Barrial 2027", "es-UY", "#c2185b", "MC", NAV,
       foot={"es-UY": "<p>Cooperativa Cultural Barrio Sur — hola@murgaycandombe.example.uy</p>"})
placeholder_media(s, "media/llamadas.mp4"); placeholder_media(s, "media/coro.mp4")
vtt(s, "media/coro-es.vtt", "Ensayo del coro de murga")
s.page("index.html", "Encuentro de Murga y Candombe Barrial", """
<h1>Encuentro de Murga y Candombe Barrial 2027</h1>
<p>Durante enero, el club social del Barrio Sur abre talleres de percusión de candombe, canto y puesta en escena de murga para vecinas y vecinos de todas las edades, con ensayos abiertos los viernes de noche.</p>
<p>Mirá los <a href="@talleres.html">talleres y precios</a> y cómo <a href="@inscripciones.html">inscribirte</a>.</p>
""" + video("media/llamadas.mp4") + video("media/coro.mp4", track="media/coro-es.vtt", track_lang="es", label="Español") + """
<section>
<h2>Para quem vem do Brasil</h2>
<p>O Encontro de Murga e Candombe reúne oficinas de percussão, canto e encenação no bairro Sul de Montevidéu durante todo o mês de janeiro. Os ensaios abertos das sextas-feiras são gratuitos e qualquer pessoa pode assistir e tocar junto com as cuerdas de tambores.</p>
</section>
""")
s.page("talleres.html", "Talleres y precios", """
<h1>Talleres y precios</h1>
<table><caption>Talleres de enero</caption>
<tr><th>Taller (cuatro semanas)</th><th>Precio</th></tr>
<tr><td>Percusión de candombe</td><td>$ 900</td></tr>
<tr><td>Canto y puesta en escena de murga</td><td>$ 900</td></tr>
<tr><td>Estudiantes (cualquier taller)</td><td>$ 450</td></tr>
</table>
<p>Los ensayos abiertos de los viernes son gratuitos y no requieren inscripción.</p>
""")
s.page("inscripciones.html", "Inscripciones", """
<h1>Inscripciones</h1>
<p>Las inscripciones a los talleres se venden por Tickantel: <a href="https://tickantel.com.uy/inicio/">tickantel.com.uy</a>.</p>
<p>Para comprar tenés que crear una cuenta en Tickantel e iniciar sesión.</p>
""")
s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El salón del club es accesible en silla de ruedas y tiene baño adaptado.</p>
<p>La muestra final cuenta con interpretación en lengua de señas uruguaya (LSU).</p>
<p>Durante los talleres funciona un espacio de cuidados para niñas y niños de 3 a 10 años con educadoras.</p>
""")
s.page("preguntas.html", "Preguntas frecuentes", """
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Desde qué edad puedo anotarme?</summary><p>Los talleres son para personas desde los catorce años; menores de 18 con autorización de un adulto.</p></details>
<details open><summary>¿Se puede participar a distancia?</summary><p>No: los talleres son solo presenciales y no se transmiten.</p></details>
""")
s.page("tienda.html", "Tienda", """
<h1>Tienda</h1>
<p>Tambor chico artesanal: $ 4.500. Remera del encuentro: $ 600.</p>
""")
s.page("alojamiento.html", "Alojamiento", """
<h1>Alojamiento</h1>
<p>Hostel en Ciudad Vieja: $ 1.100 la noche. Boleto urbano: $ 58.</p>
""")
s.page("trabajo.html", "Trabajo", """
<h1>Trabajo</h1>
<p>Buscamos tallerista de percusión para el programa de verano, sueldo $ 38.000 mensuales.</p>
""")
ENTRY = entry(s, name="Neighbourhood Murga and Candombe Gathering 2027 (cultural cooperative, Montevideo)",
    languages=["es", "pt"], fees=[(900, "UYU"), (450, "UYU")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=True, registration_form=None, registration_host="tickantel.com.uy", min_age=14,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "talleres.html", "inscripciones.html", "accesibilidad.html", "preguntas.html"],
    evidence={
        "languages": [Q("index.html", "el club social del Barrio Sur abre talleres de percusión de candombe"),
                      Q("index.html", "O Encontro de Murga e Candombe reúne oficinas de percussão", "Portuguese section without lang")],
        "un_languages": [N("es")],
        "fees": [Q("talleres.html", "Percusión de candombe $ 900", "900 UYU ('$' alone on a Uruguayan site; one entry)"),
                 Q("talleres.html", "Estudiantes (cualquier taller) $ 450", "450 UYU"),
                 Q("tienda.html", "Tambor chico artesanal: $ 4.500.", "shop items: not fees"),
                 Q("alojamiento.html", "Hostel en Ciudad Vieja: $ 1.100 la noche.", "hostel and bus: not fees"),
                 Q("trabajo.html", "sueldo $ 38.000 mensuales", "salary: not a fee")],
        "free_option": [Q("talleres.html", "Los ensayos abiertos de los viernes son gratuitos y no requieren inscripción.")],
        "fee_support": [Q("talleres.html", "Estudiantes (cualquier taller) $ 450", "student rate below 900")],
        "remote_participation": [Q("preguntas.html", "No: los talleres son solo presenciales y no se transmiten.")],
        "captcha": [N("no CAPTCHA, no form")],
        "account_required": [Q("inscripciones.html", "Para comprar tenés que crear una cuenta en Tickantel e iniciar sesión.")],
        "registration_form": [N("no form; registration through Tickantel")],
        "registration_host": [M("inscripciones.html", 'href="https://tickantel.com.uy/inicio/"')],
        "registration_pdf_only": [N("Tickantel")],
        "min_age": [Q("preguntas.html", "Los talleres son para personas desde los catorce años", "14 in words")],
        "accessibility_statement": [Q("accesibilidad.html", "El salón del club es accesible en silla de ruedas y tiene baño adaptado.")],
        "access_services": [Q("accesibilidad.html", "accesible en silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "interpretación en lengua de señas uruguaya (LSU)", "sign_language"),
                            Q("accesibilidad.html", "un espacio de cuidados para niñas y niños de 3 a 10 años con educadoras", "childcare (ages are not a limit)")],
        "videos_without_captions": [M("index.html", 'src="media/llamadas.mp4">', "no track; the second video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
