"""Andean Choir Meeting of a made-up choral foundation (Mérida, Venezuela). es-VE only."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

SLUG = "encuentro-coral-andino-merida"
NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción"), ("bases.html", "Bases"),
       ("accesibilidad.html", "Accesibilidad"), ("preguntas.html", "Preguntas"), ("alojamiento.html", "Alojamiento"),
       ("patrocinadores.html", "Patrocinadores"), ("premios.html", "Premios")]
s = mk(SLUG, "XII Encuentro Coral Andino", "es-VE", "#6b2d8c", "ECA", NAV,
       foot={"es-VE": "<p>Fundación Coral de los Andes · Mérida, Venezuela · encuentro@coralandes.example.ve</p>"})
placeholder_media(s, "media/coro-2026.mp4")
placeholder_media(s, "media/entrevista.mp4")
vtt(s, "media/entrevista-es.vtt", "Entrevista con la directora artística")
s.pdf("docs/bases-2027.pdf", "XII Encuentro Coral Andino - Bases\nCategorias: infantil, juvenil, adultos, virtual\n"
      "Repertorio: dos obras, una latinoamericana\nJurado: tres directores")

s.page("index.html", "XII Encuentro Coral Andino", """
<h1>XII Encuentro Coral Andino</h1>
<p>Del 8 al 12 de julio de 2027, coros infantiles, juveniles y de adultos de todo el país se reúnen en Mérida para
cantar, aprender y competir en cuatro categorías, con conciertos abiertos en plazas e iglesias.</p>
<p>Revisa las <a href="@bases.html">bases</a> y la <a href="@inscripcion.html">inscripción</a>.</p>
<h2>Así sonó el encuentro de 2026</h2>
""" + video("media/coro-2026.mp4") + """
<h2>Entrevista con la directora artística</h2>
""" + video("media/entrevista.mp4", track="media/entrevista-es.vtt", track_lang="es", label="Español") + """
""")

s.page("inscripcion.html", "Inscripción", """
<h1>Inscripción</h1>
<ul>
<li>Inscripción por coro (categorías presenciales): $40</li>
<li>Categoría virtual (video grabado, evaluado por el jurado): $15 por coro</li>
<li>Taller de técnica vocal para cantantes individuales: Bs. 1.200,00</li>
</ul>
<p>Los montos en dólares pueden pagarse también en su equivalente en bolívares a la tasa oficial del BCV del día del pago.</p>
<p>Los conciertos en la Plaza Bolívar y en la Catedral son gratuitos para el público.</p>
<p>No contamos con becas ni apoyo de transporte; cada coro cubre su viaje y su alojamiento.</p>
<p>La inscripción se hace en un <a href="https://docs.google.com/forms/d/e/1FAIpQLSd-coral-andino-2027/viewform">formulario
de Google</a>. Debes iniciar sesión con una cuenta de Google para subir el video y la partitura.</p>
""")

s.page("bases.html", "Bases", """
<h1>Bases del encuentro</h1>
<p>Categoría infantil: cantantes de ocho a catorce años. Categoría juvenil: de quince a veintiún años. Categoría de
adultos: sin límite de edad.</p>
<p>En la categoría virtual, los coros que no pueden viajar envían un video grabado de dos obras, que el jurado evalúa
junto con los coros presentes.</p>
<p>Las bases completas del encuentro están disponibles solo en PDF: <a href="@docs/bases-2027.pdf">bases 2027 (PDF)</a>.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El Aula Magna de la universidad tiene rampas de acceso y ascensor para sillas de ruedas.</p>
<p>Para cualquier necesidad de acceso, escribe a encuentro@coralandes.example.ve.</p>
""")

form = "".join([fld("n", "Nombre"), fld("c", "Correo", "email"), fld("p", "Tu pregunta", "textarea")])
s.page("preguntas.html", "Preguntas", f"""
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Podemos participar sin viajar a Mérida?</summary><p>Sí, en la categoría virtual.</p></details>
<details open><summary>¿Hay alojamiento para los coros?</summary><p>No; consulta la lista de posadas.</p></details>
<h2>Envíanos tu pregunta</h2>
<form action="@preguntas.html" method="post">
{form}
<div class="g-recaptcha" data-sitekey="6Lc-coral-andino-merida"></div>
<button type="submit">Enviar</button>
</form>
""")

s.page("alojamiento.html", "Alojamiento", """
<h1>Alojamiento y viaje</h1>
<p>Posadas en el centro desde $25 por noche. Pasaje de autobús Caracas–Mérida: unos $30.</p>
""")

s.page("patrocinadores.html", "Patrocinadores", """
<h1>Patrocinadores</h1>
<p>Patrocinio de una categoría: $500.</p>
""")

s.page("premios.html", "Premios", """
<h1>Premios</h1>
<p>Gran premio del encuentro: $1.000 y una gira por los Andes.</p>
""")

ENTRY = entry(
    s, name="12th Andean Choir Meeting (choral foundation, Mérida, Venezuela)",
    languages=["es"],
    fees=[(40, "USD"), (15, "USD"), (1200, "VES")],
    free_option=True, fee_support=False, remote_participation=True, captcha=["recaptcha"],
    account_required=True, registration_form=None,
    registration_host="docs.google.com", registration_pdf_only=False, min_age=8, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "inscripcion.html", "bases.html", "accesibilidad.html", "preguntas.html"],
    evidence={
        "languages": [Q("index.html", "coros infantiles, juveniles y de adultos de todo el país se reúnen en Mérida")],
        "un_languages": [N("es")],
        "fees": [Q("inscripcion.html", "Inscripción por coro (categorías presenciales): $40", "\"$\" on a Venezuelan site: 40 USD"),
                 Q("inscripcion.html", "Categoría virtual (video grabado, evaluado por el jurado): $15 por coro", "15 USD"),
                 Q("inscripcion.html", "Taller de técnica vocal para cantantes individuales: Bs. 1.200,00", "1200 VES"),
                 Q("inscripcion.html", "en su equivalente en bolívares a la tasa oficial del BCV", "no amount: no entry"),
                 Q("alojamiento.html", "Posadas en el centro desde $25 por noche.", "lodging, bus: not fees"),
                 Q("patrocinadores.html", "Patrocinio de una categoría: $500.", "sponsorship: not a fee"),
                 Q("premios.html", "Gran premio del encuentro: $1.000", "prize: not a fee")],
        "free_option": [Q("inscripcion.html", "Los conciertos en la Plaza Bolívar y en la Catedral son gratuitos para el público.",
                          "free audience entry beside paid registration")],
        "fee_support": [Q("inscripcion.html", "No contamos con becas ni apoyo de transporte", "false")],
        "remote_participation": [Q("bases.html", "los coros que no pueden viajar envían un video grabado de dos obras, que el jurado evalúa",
                                   "judged virtual category")],
        "captcha": [M("preguntas.html", '<div class="g-recaptcha"', "on the question form")],
        "account_required": [Q("inscripcion.html", "Debes iniciar sesión con una cuenta de Google para subir el video y la partitura.")],
        "registration_form": [N("no own registration form (Google Form); the 3-field question form is not one")],
        "registration_host": [M("inscripcion.html", 'href="https://docs.google.com/forms/d/e/1FAIpQLSd-coral-andino-2027/viewform"')],
        "registration_pdf_only": [N("Google Form")],
        "min_age": [Q("bases.html", "Categoría infantil: cantantes de ocho a catorce años.", "8")],
        "accessibility_statement": [Q("accesibilidad.html", "El Aula Magna de la universidad tiene rampas de acceso y ascensor para sillas de ruedas.")],
        "access_services": [Q("accesibilidad.html", "rampas de acceso y ascensor para sillas de ruedas", "wheelchair_access")],
        "videos_without_captions": [M("index.html", 'src="media/coro-2026.mp4">', "no track"),
                                    M("index.html", 'src="media/entrevista-es.vtt"', "the interview has captions")],
        "pdf_only_documents": [Q("bases.html", "Las bases completas del encuentro están disponibles solo en PDF", "rules only as PDF")],
    })
