"""Gamboa Birding Festival of a made-up ornithological society (Panama). es-PA; English section with lang; a Guna
greeting."""
from lib import mk, Q, M, N, entry, video, placeholder_media

SLUG = "festival-aves-gamboa"
NAV = [("index.html", "Inicio"), ("entradas.html", "Entradas"), ("programa.html", "Programa"),
       ("accesibilidad.html", "Accesibilidad"), ("hospedaje.html", "Hospedaje y transporte"),
       ("patrocinio.html", "Patrocinio"), ("voluntariado.html", "Voluntariado y empleo"), ("noticias.html", "Noticias")]
s = mk(SLUG, "Festival de Aves de Gamboa 2027", "es-PA", "#2d6a2d", "FAG", NAV,
       foot={"es-PA": "<p>Sociedad Ornitológica del Canal · Gamboa, Panamá · festival@aves-canal.example.pa</p>"},
       newsletter={"es-PA": ("Boletín del festival", "Suscribirme")})
placeholder_media(s, "media/tucanes.mp4")
s.pdf("docs/programa-2027.pdf", "Festival de Aves de Gamboa 2027\nPrograma\nViernes: charlas y salida al Camino del Oleoducto\n"
      "Sabado: excursiones en bote y charlas\nDomingo: conteo y clausura")

s.page("index.html", "Festival de Aves de Gamboa 2027", """
<h1>Festival de Aves de Gamboa 2027</h1>
<p>Del 19 al 21 de febrero de 2027, Gamboa recibe a observadores de aves principiantes y expertos con excursiones
guiadas por el Camino del Oleoducto y el lago Gatún, charlas de especialistas y un mercado de productores locales.</p>
<p>Consulta las <a href="@entradas.html">entradas</a>, el <a href="@programa.html">programa</a> y la información de
<a href="@accesibilidad.html">accesibilidad</a>.</p>
""" + video("media/tucanes.mp4") + """
<section lang="en">
<h2>For visitors from abroad</h2>
<p>The Gamboa Birding Festival offers guided walks along Pipeline Road, boat trips on Gatún Lake and talks by
researchers from 19 to 21 February 2027. Most guides speak English, and the talks at the visitor centre are open to
everyone. Tickets are sold online and can be paid by card.</p>
</section>
<p lang="cuk">Nuedi!</p>
<p><a href="@galeria.html">Galería de fotos 2026</a></p>
""")

s.page("entradas.html", "Entradas", """
<h1>Entradas</h1>
<ul>
<li>Pase del festival (tres días): B/. 25.00</li>
<li>Excursiones guiadas de observación (cada una): B/. 45.00</li>
</ul>
<p>Las charlas en el centro de visitantes son gratuitas y no requieren entrada.</p>
<p>No hay descuentos ni becas para esta edición.</p>
<p>Las excursiones están abiertas a participantes a partir de los diez años; los menores de dieciséis van
acompañados de un adulto.</p>
<p>Las entradas se venden en <a href="https://www.eventbrite.com/e/festival-aves-gamboa-2027">Eventbrite</a>, sin
necesidad de crear una cuenta: basta un correo electrónico.</p>
<p>La tienda del centro alquila binoculares por B/. 10.00 al día.</p>
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<p>El programa completo está disponible solo en PDF: <a href="@docs/programa-2027.pdf">descargar el programa (PDF)</a>.</p>
<h2>Charlas destacadas</h2>
<ul>
<li>Rapaces migratorias sobre el Canal</li>
<li>Observación de aves con discapacidad visual: el canto como guía</li>
<li>Aves del Darién y comunidades emberá</li>
</ul>
<p>Las charlas se transmiten en vivo por YouTube solo para ver; no se reciben preguntas en línea.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El sendero del centro de visitantes está adaptado para sillas de ruedas, igual que el auditorio y los baños.</p>
<p>Las charlas del sábado cuentan con intérprete de lengua de señas panameña (LSP).</p>
<p>Si necesitas algún ajuste, escríbenos a accesible@aves-canal.example.pa.</p>
""")

s.page("hospedaje.html", "Hospedaje y transporte", """
<h1>Hospedaje y transporte</h1>
<p>Hotel en Gamboa desde B/. 95.00 por noche. Bus desde la terminal de Albrook: B/. 1.25. Taxi desde la ciudad: unos US$30.</p>
""")

s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio</h1>
<p>Patrocinador principal: B/. 3,000.00. Mesa en el mercado de productores: B/. 40.00 por día.</p>
""")

s.page("voluntariado.html", "Voluntariado y empleo", """
<h1>Voluntariado y empleo</h1>
<p>Buscamos guía naturalista para la temporada: salario de B/. 900.00 mensuales.</p>
""")

s.page("noticias.html", "Noticias", """
<h1>Noticias</h1>
<p>En 2026 los participantes registraron 312 especies en tres días.</p>
""")

ENTRY = entry(
    s, name="Gamboa Birding Festival 2027 (ornithological society, Gamboa, Panama)",
    languages=["es", "en"],
    fees=[(25, "PAB"), (45, "PAB")],
    free_option=True, fee_support=False, remote_participation=False, captcha=[],
    account_required=False, registration_form=None,
    registration_host="www.eventbrite.com", registration_pdf_only=False, min_age=10, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "entradas.html", "programa.html", "accesibilidad.html"],
    deliberate_404=["galeria.html"],
    evidence={
        "languages": [Q("index.html", "Gamboa recibe a observadores de aves principiantes y expertos"),
                      Q("index.html", "The Gamboa Birding Festival offers guided walks along Pipeline Road", "English section with lang"),
                      M("index.html", '<p lang="cuk">Nuedi!</p>', "Guna greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("en, es")],
        "fees": [Q("entradas.html", "Pase del festival (tres días): B/. 25.00", "25 PAB"),
                 Q("entradas.html", "Excursiones guiadas de observación (cada una): B/. 45.00", "45 PAB"),
                 Q("entradas.html", "La tienda del centro alquila binoculares por B/. 10.00 al día.", "shop rental: not a fee"),
                 Q("hospedaje.html", "Hotel en Gamboa desde B/. 95.00 por noche.", "hotel, bus, taxi: not fees"),
                 Q("patrocinio.html", "Patrocinador principal: B/. 3,000.00.", "sponsorship, market stall: not fees"),
                 Q("voluntariado.html", "salario de B/. 900.00 mensuales", "salary: not a fee")],
        "free_option": [Q("entradas.html", "Las charlas en el centro de visitantes son gratuitas y no requieren entrada.")],
        "fee_support": [Q("entradas.html", "No hay descuentos ni becas para esta edición.", "false")],
        "remote_participation": [Q("programa.html", "Las charlas se transmiten en vivo por YouTube solo para ver; no se reciben preguntas en línea.", "watch-only: false")],
        "captcha": [N("no CAPTCHA; no form but the newsletter")],
        "account_required": [Q("entradas.html", "sin necesidad de crear una cuenta")],
        "registration_form": [N("no own registration form (tickets on Eventbrite); newsletter not counted")],
        "registration_host": [M("entradas.html", 'href="https://www.eventbrite.com/e/festival-aves-gamboa-2027"')],
        "registration_pdf_only": [N("tickets online")],
        "min_age": [Q("entradas.html", "Las excursiones están abiertas a participantes a partir de los diez años", "10")],
        "accessibility_statement": [Q("accesibilidad.html", "El sendero del centro de visitantes está adaptado para sillas de ruedas"),
                                    Q("programa.html", "Observación de aves con discapacidad visual: el canto como guía", "talk title, not a statement")],
        "access_services": [Q("accesibilidad.html", "está adaptado para sillas de ruedas, igual que el auditorio y los baños", "wheelchair_access"),
                            Q("accesibilidad.html", "Las charlas del sábado cuentan con intérprete de lengua de señas panameña (LSP).", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/tucanes.mp4">', "no track")],
        "pdf_only_documents": [Q("programa.html", "El programa completo está disponible solo en PDF", "programme only as PDF")],
    })
