"""Spanish university congress on digital accessibility, Valencia. Spanish, a Valencian (Catalan) page declared
lang="es", an English page. Fees in a table whose currency is only in the header (€), a late fee only in the
FAQ, a paid add-on workshop and a paid virtual presenter mode (remote true); everyone pays (free_option false);
self-hosted image code; DNI; LSE, live subtitles, wheelchair; an uncaptioned sign-language video."""
from lib import mk, Q, M, N, entry, placeholder_media

NAV = [("index.html", "Inicio"), ("programa.html", "Programa"), ("cuotas.html", "Cuotas"), ("inscripcion.html", "Inscripción"),
       ("virtual.html", "Modalidad virtual"), ("accesibilidad.html", "Accesibilidad"), ("preguntas.html", "Preguntas frecuentes"),
       ("alojamiento.html", "Alojamiento"), ("patrocinio.html", "Patrocinio")]
NAV_VA = [("va/index.html", "Inici"), ("inscripcion.html", "Inscripció"), ("cuotas.html", "Quotes")]
NAV_EN = [("en/index.html", "Home"), ("inscripcion.html", "Registration (Spanish)"), ("cuotas.html", "Fees (Spanish)")]
s = mk("congreso-universitario-accesibilidad-valencia",
       {"es": "Congreso Universitario de Accesibilidad Digital", "ca": "Congrés Universitari d'Accessibilitat Digital",
        "en": "University Congress on Digital Accessibility"},
       "es", "#9d174d", "CUAD", {"es": NAV, "ca": NAV_VA, "en": NAV_EN},
       langs={"es": [("va/index.html", "Valencià"), ("en/index.html", "English")],
              "ca": [("index.html", "Castellano"), ("en/index.html", "English")],
              "en": [("index.html", "Castellano"), ("va/index.html", "Valencià")]},
       foot={"es": "<p>Cátedra de Accesibilidad Digital · Universidad Politécnica (ficticia) de Valencia · cuad@upv-cuad.example.es</p>"},
       homes={"es": "index.html", "ca": "va/index.html", "en": "en/index.html"})

ABOUT = ("El Congreso reúne a profesorado, estudiantado, personal técnico y asociaciones de personas con discapacidad "
         "para compartir investigación y buenas prácticas sobre accesibilidad digital en la universidad.")
ALL_PAY = "Todas las personas participantes, incluidas las ponentes, deben abonar la cuota de inscripción."
LATE = "Sí: a partir del 1 de marzo de 2027 la inscripción general cuesta 150 €."
VIRTUAL = ("Las comunicaciones en modalidad virtual se presentan en directo por videoconferencia, y sus autoras y autores "
           "responden a las preguntas del público de la sala.")
CAPS = "Todas las sesiones cuentan con subtitulado en directo en castellano."
LSE = "Las sesiones plenarias se interpretan a lengua de signos española (LSE)."
WHEEL = "El Paraninfo y las aulas del congreso son accesibles en silla de ruedas."
CONTACT = ("Si necesita algún ajuste razonable (materiales en lectura fácil, reserva de plaza, perro de asistencia...), "
           "escriba a accesibilidad@upv-cuad.example.es.")
VA = ("El Congrés reunix professorat, estudiantat, personal tècnic i associacions de persones amb discapacitat per a "
      "compartir investigació i bones pràctiques sobre accessibilitat digital a la universitat.")
EN = ("The Congress brings together teaching staff, students, technical staff and associations of disabled people to "
      "share research and good practice on digital accessibility at university.")

s.page("index.html", "Congreso Universitario de Accesibilidad Digital 2027 — Valencia", f"""
<h1>V Congreso Universitario de Accesibilidad Digital</h1>
<p class="note">Valencia, 14–16 de abril de 2027 · Paraninfo del campus de Vera · presencial y virtual</p>
<p>{ABOUT}</p>
<p><a class="button" href="@inscripcion.html">Inscripción</a> <a href="@cuotas.html">Cuotas</a> ·
<a href="@virtual.html">Modalidad virtual</a> · <a href="@accesibilidad.html">Accesibilidad</a> ·
<a href="@preguntas.html">Preguntas frecuentes</a></p>
""")

s.page("cuotas.html", "Cuotas — Congreso Universitario de Accesibilidad Digital", f"""
<h1>Cuotas de inscripción</h1>
<table>
  <tr><th>Modalidad</th><th>Importe (€, IVA incluido)</th></tr>
  <tr><td>Inscripción general</td><td>120</td></tr>
  <tr><td>Reducida (estudiantes y personas desempleadas)</td><td>60</td></tr>
  <tr><td>Modalidad virtual (presentar en línea)</td><td>80</td></tr>
  <tr><td>Taller precongreso «Auditoría con lectores de pantalla» (opcional)</td><td>30</td></tr>
</table>
<p>{ALL_PAY} La cuota incluye la documentación, los cafés y el certificado de asistencia.</p>
""")

s.write("img/codigo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="130" height="40"><rect width="130" height="40" fill="#f1f1f1"/>'
        '<text x="10" y="28" font-size="22" font-family="monospace" transform="rotate(3 65 20)">Q8ZP3W</text></svg>\n')
s.page("inscripcion.html", "Inscripción — Congreso Universitario de Accesibilidad Digital", """
<h1>Formulario de inscripción</h1>
<p>Los campos marcados con (*) son obligatorios.</p>
<form action="@inscripcion.html" method="post">
  <label for="nom">Nombre (*)</label><input type="text" id="nom" name="nombre">
  <label for="ape">Apellidos (*)</label><input type="text" id="ape" name="apellidos">
  <label for="cor">Correo electrónico (*)</label><input type="email" id="cor" name="correo" required>
  <label for="dni">DNI, NIE o pasaporte (*)</label><input type="text" id="dni" name="documento">
  <label for="uni">Universidad o entidad (*)</label><input type="text" id="uni" name="entidad">
  <label for="cuo">Tipo de cuota (*)</label>
  <select id="cuo" name="cuota" required><option value="">Seleccione…</option><option>General</option><option>Reducida</option></select>
  <fieldset><legend>Modalidad (*)</legend>
    <input type="radio" id="m1" name="modalidad" value="presencial"><label for="m1">Presencial</label>
    <input type="radio" id="m2" name="modalidad" value="virtual"><label for="m2">Virtual</label>
  </fieldset>
  <label for="nec">Necesidades de accesibilidad</label><textarea id="nec" name="necesidades"></textarea>
  <div class="check"><input type="checkbox" id="tal" name="taller"><label for="tal">Deseo inscribirme en el taller precongreso</label></div>
  <p><img src="@img/codigo.svg" alt="Código de seguridad" width="130" height="40"></p>
  <label for="cod">Escriba los caracteres de la imagen (*)</label><input type="text" id="cod" name="codigo">
  <div class="check"><input type="checkbox" id="pri" name="privacidad" required><label for="pri">Acepto la política de privacidad (*)</label></div>
  <button type="submit">Enviar inscripción</button>
</form>
""")

s.page("virtual.html", "Modalidad virtual — Congreso Universitario de Accesibilidad Digital", f"""
<h1>Modalidad virtual</h1>
<p>{VIRTUAL}</p>
<p>La modalidad virtual tiene su propia cuota (ver <a href="@cuotas.html">cuotas</a>).</p>
""")

placeholder_media(s, "media/presentacion-lse.mp4")
s.page("accesibilidad.html", "Accesibilidad — Congreso Universitario de Accesibilidad Digital", f"""
<h1>Accesibilidad del congreso</h1>
<ul><li>{CAPS}</li><li>{LSE}</li><li>{WHEEL}</li><li>Las salas disponen de bucle magnético.</li></ul>
<p>{CONTACT}</p>
<h2>Presentación del congreso en LSE</h2>
<video controls preload="none" width="640" src="@media/presentacion-lse.mp4"></video>
""")

s.page("preguntas.html", "Preguntas frecuentes — Congreso Universitario de Accesibilidad Digital", f"""
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Hay cuota tardía?</summary><p>{LATE}</p></details>
<details open><summary>¿Se puede asistir de forma gratuita?</summary><p>No. Todas las modalidades tienen cuota; la reducida es para estudiantes y personas desempleadas.</p></details>
<details open><summary>¿Cómo pago?</summary><p>Con tarjeta o transferencia, tras enviar el formulario de inscripción.</p></details>
""")

s.pdf("docs/programa-cuad-2027.pdf", "V Congreso Universitario de Accesibilidad Digital\nPrograma")
s.page("programa.html", "Programa — Congreso Universitario de Accesibilidad Digital", """
<h1>Programa</h1>
<p>También disponible en <a href="@docs/programa-cuad-2027.pdf">PDF</a>.</p>
<ul>
  <li>Accesibilidad de los formularios de registro en la sede electrónica universitaria</li>
  <li>Idiomas, lectura fácil y lenguaje claro en la docencia virtual</li>
  <li>Tasas académicas y brecha digital del estudiantado con discapacidad</li>
</ul>
""")

s.page("alojamiento.html", "Alojamiento — Congreso Universitario de Accesibilidad Digital", """
<h1>Alojamiento y transporte</h1>
<p>Hotel Campus Vera: 85 € por noche en habitación individual. Billete sencillo de metro: 1,50 €.</p>
""")

s.page("patrocinio.html", "Patrocinio — Congreso Universitario de Accesibilidad Digital", """
<h1>Patrocinio</h1>
<ul><li>Patrocinador principal: 3.000 €</li><li>Stand en el vestíbulo: 600 €</li></ul>
""")

s.page("va/index.html", "Congrés Universitari d'Accessibilitat Digital 2027", f"""
<h1>V Congrés Universitari d'Accessibilitat Digital</h1>
<p>València, 14–16 d'abril de 2027. {VA}</p>
<p>La inscripció general costa 120 € i la reduïda 60 €. <a href="@inscripcion.html">Inscripció (en castellà)</a></p>
""", lang="es", header_lang="ca")

s.page("en/index.html", "University Congress on Digital Accessibility 2027 — Valencia", f"""
<h1>5th University Congress on Digital Accessibility</h1>
<p>Valencia, 14–16 April 2027, in person and online. {EN}</p>
<p>Fees: EUR 120 general, EUR 60 reduced, EUR 80 to present online. <a href="@inscripcion.html">Registration (in Spanish)</a></p>
""", lang="en", header_lang="en")

ENTRY = entry(
    s, name="Congreso Universitario de Accesibilidad Digital 2027 (Spanish university accessibility congress)",
    languages=["es", "ca", "en"], fees=[(120, "EUR"), (60, "EUR"), (80, "EUR"), (30, "EUR"), (150, "EUR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["image"], account_required=False,
    registration_form=(11, 9, ["affiliation", "id_document"]), min_age=None, accessibility_statement=True,
    access_services=["captions", "sign_language", "wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "cuotas.html", "inscripcion.html", "virtual.html", "accesibilidad.html",
                         "preguntas.html", "va/index.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", ABOUT), Q("va/index.html", VA), M("va/index.html", '<html lang="es">',
                      "Valencian (ca) page declared as Spanish"), Q("en/index.html", EN)],
        "un_languages": [N("es, en; ca is not a UN language")],
        "fees": [Q("cuotas.html", "Importe (€, IVA incluido)", "currency only in the column header"),
                 Q("cuotas.html", "Inscripción general 120"), Q("cuotas.html", "Reducida (estudiantes y personas desempleadas) 60"),
                 Q("cuotas.html", "Modalidad virtual (presentar en línea) 80"),
                 Q("cuotas.html", "Taller precongreso «Auditoría con lectores de pantalla» (opcional) 30", "paid add-on workshop"),
                 Q("preguntas.html", LATE, "late fee only in the FAQ"),
                 Q("alojamiento.html", "85 € por noche", "hotel, not a fee"),
                 Q("alojamiento.html", "Billete sencillo de metro: 1,50 €", "transport, not a fee"),
                 Q("patrocinio.html", "Patrocinador principal: 3.000 €", "sponsorship, not a fee"),
                 Q("patrocinio.html", "Stand en el vestíbulo: 600 €", "exhibition, not a fee")],
        "free_option": [Q("cuotas.html", ALL_PAY), Q("preguntas.html", "No. Todas las modalidades tienen cuota")],
        "fee_support": [Q("cuotas.html", "Reducida (estudiantes y personas desempleadas) 60", "reduced rate below 120")],
        "remote_participation": [Q("virtual.html", VIRTUAL)],
        "captcha": [M("inscripcion.html", '<img src="img/codigo.svg" alt="Código de seguridad"'),
                    Q("inscripcion.html", "Escriba los caracteres de la imagen (*)")],
        "account_required": [N("no account")],
        "registration_form": [M("inscripcion.html", '<label for="dni">DNI, NIE o pasaporte (*)</label>'),
                              N("11 fields: nombre, apellidos, correo, DNI, entidad, tipo de cuota, modalidad (radio group), "
                                "necesidades, taller checkbox, image-code box, privacy checkbox. Required (by '(*)' or "
                                "`required`): all but necesidades and taller = 9. Sensitive: id_document, affiliation.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit")],
        "accessibility_statement": [Q("accesibilidad.html", CONTACT)],
        "access_services": [Q("accesibilidad.html", CAPS), Q("accesibilidad.html", LSE), Q("accesibilidad.html", WHEEL),
                            Q("accesibilidad.html", "Las salas disponen de bucle magnético.", "hearing loop: not one of the services")],
        "videos_without_captions": [M("accesibilidad.html", '<video controls preload="none" width="640" src="media/presentacion-lse.mp4"></video>',
                                      "sign-language video without a captions track")],
        "pdf_only_documents": [N("the programme is in HTML, PDF only as an extra copy")],
    })
