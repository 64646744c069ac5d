"""Binational (Tijuana–San Diego) design & hardware fair run by two universities.
es-MX with an English page; MX$ / $… MXN / US$; free Sunday exhibition with an RSVP form (reCAPTCHA); Boletia
without account; remote teams present by video call; children's workshops 8–12; trolley, parking, Uber, hotel."""
from lib import mk, Q, M, N, entry

SLUG = "feria-binacional-diseno-hardware-tijuana"
ALT = [("es", "index.html"), ("en", "en/index.html")]
s = mk(SLUG, "Feria Binacional de Diseño y Hardware 2027", "es-MX", "#5b2a86", "FB",
       {"es-MX": [("index.html", "Inicio"), ("boletos.html", "Boletos"), ("visitantes.html", "Domingo abierto"),
                  ("remoto.html", "Equipos remotos"), ("accesibilidad.html", "Accesibilidad"), ("programa.html", "Programa"),
                  ("hospedaje.html", "Hospedaje y cruce")],
        "en": [("en/index.html", "Home"), ("boletos.html", "Tickets (Spanish)")]},
       langs={"es-MX": [("en/index.html", "English")], "en": [("index.html", "Español")]},
       homes={"en": "en/index.html"},
       foot={"es-MX": '<p>Universidades de la frontera (ficticias) · <a href="@patrocinios.html">Patrocinios</a> · feria@binacional.example.mx</p>',
             "en": '<p>Border universities (fictional) · feria@binacional.example.mx</p>'})

s.page("index.html", "Feria Binacional de Diseño y Hardware 2027", """
<h1>Feria Binacional de Diseño y Hardware 2027</h1>
<p>Tijuana, 22 al 24 de octubre de 2027 · Centro de Convenciones de la Frontera (ficticio)</p>
<p>Equipos de estudiantes, maquiladoras, talleres comunitarios y diseñadores de ambos lados de la frontera muestran
prototipos de hardware abierto, diseño industrial y electrónica.</p>
<p><a href="@boletos.html">Boletos</a> · <a href="@visitantes.html">Domingo abierto al público</a> · <a href="@remoto.html">Participar a distancia</a></p>
""", alternates=ALT)

s.page("en/index.html", "Binational Design & Hardware Fair 2027", """
<h1>Binational Design &amp; Hardware Fair 2027</h1>
<p>Tijuana, October 22–24, 2027 · Border Convention Center (fictional)</p>
<p>Student teams, manufacturers, community workshops and designers from both sides of the border show open hardware
prototypes, industrial design and electronics.</p>
<p>General pass: $600 MXN or US$ 35; students: MX$ 250. The Sunday public exhibition is free with an RSVP.</p>
<p>Teams that cannot cross the border can present by video call.</p>
""", lang="en", alternates=ALT)

s.page("boletos.html", "Boletos", """
<h1>Boletos</h1>
<table>
  <tr><th>Pase</th><th>Precio</th></tr>
  <tr><td>Pase general (3 días)</td><td>MX$ 600</td></tr>
  <tr><td>Estudiantes</td><td>MX$ 250</td></tr>
  <tr><td>Pase general comprado desde EE. UU.</td><td>US$ 35</td></tr>
</table>
<p>Compra en <a href="https://www.boletia.com/eventos/feria-binacional-2027">Boletia</a>. Puedes comprar como invitado, sin crear cuenta.</p>
<p>Estudiantes de Mexicali y Ensenada pueden pedir apoyo de transporte a feria@binacional.example.mx.</p>
""")

s.page("visitantes.html", "Domingo abierto", """
<h1>Domingo abierto al público</h1>
<p>La exhibición pública del domingo es gratuita con registro previo.</p>
<p>Habrá talleres infantiles de soldadura para niñas y niños de 8 a 12 años.</p>
<form action="@visitantes.html" method="post">
  <label for="nombre">Nombre</label>
  <input type="text" id="nombre" name="nombre" required>
  <label for="correo">Correo (obligatorio)</label>
  <input type="email" id="correo" name="correo">
  <label for="ciudad">Ciudad</label>
  <input type="text" id="ciudad" name="ciudad">
  <fieldset><legend>¿Cruzas desde San Diego?</legend>
    <input type="radio" id="c1" name="cruce" value="si"> <label for="c1">Sí</label>
    <input type="radio" id="c2" name="cruce" value="no"> <label for="c2">No</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="aviso" name="aviso"> <label for="aviso">Acepto el aviso de privacidad *</label></div>
  <div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
  <button type="submit">Registrarme</button>
</form>
""")

s.page("remoto.html", "Equipos remotos", """
<h1>Equipos remotos</h1>
<p>Los equipos que no puedan cruzar la frontera pueden presentar su prototipo por videollamada ante el jurado y responder preguntas.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>Las naves del centro de convenciones son accesibles en silla de ruedas.</p>
<p>Intérpretes de Lengua de Señas Mexicana (LSM) y de ASL en el escenario principal.</p>
<p>Interpretación simultánea español–inglés en las charlas magistrales.</p>
<p>Escríbenos a acceso@binacional.example.mx si necesitas algún apoyo.</p>
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul>
  <li>Custom PCBs en la industria maquiladora</li>
  <li>Lenguajes de programación para microcontroladores</li>
  <li>Aranceles y registro de importación de componentes</li>
  <li>Premiación de prototipos</li>
</ul>
""")

s.page("patrocinios.html", "Patrocinios", """
<h1>Patrocinios y expositores</h1>
<p>Patrocinio oro: US$ 5,000. Stand para expositores: MX$ 4,500.</p>
<p>Premio al mejor prototipo: US$ 2,000.</p>
""")

s.page("hospedaje.html", "Hospedaje y cruce", """
<h1>Hospedaje y cruce fronterizo</h1>
<p>Hotel en Zona Río: MX$ 1,700 por noche (US$ 95).</p>
<p>Estacionamiento del recinto: $80 MXN por día.</p>
<p>Trolley de San Diego a San Ysidro: US$ 2.50. Uber de la garita al recinto: aprox. MX$ 120.</p>
""")

ENTRY = entry(
    s, name="Feria Binacional de Diseño y Hardware 2027 (cross-border universities' design & hardware fair, Tijuana)",
    languages=["es", "en"],
    fees=[(600, "MXN"), (250, "MXN"), (35, "USD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(5, 3, []), registration_host="www.boletia.com", min_age=8, accessibility_statement=True,
    access_services=["sign_language", "interpretation", "wheelchair_access"], videos_without_captions=0,
    participation_pages=["index.html", "boletos.html", "visitantes.html", "remoto.html", "accesibilidad.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "Equipos de estudiantes, maquiladoras, talleres comunitarios y diseñadores"),
                      Q("en/index.html", "Student teams, manufacturers, community workshops and designers")],
        "un_languages": [N("es, en")],
        "fees": [Q("boletos.html", "Pase general (3 días) MX$ 600"),
                 Q("boletos.html", "Estudiantes MX$ 250"),
                 Q("boletos.html", "Pase general comprado desde EE. UU. US$ 35"),
                 Q("en/index.html", "General pass: $600 MXN or US$ 35; students: MX$ 250.", "same amounts"),
                 Q("patrocinios.html", "Patrocinio oro: US$ 5,000. Stand para expositores: MX$ 4,500.", "sponsor, exhibitor"),
                 Q("patrocinios.html", "Premio al mejor prototipo: US$ 2,000.", "prize"),
                 Q("hospedaje.html", "Hotel en Zona Río: MX$ 1,700 por noche (US$ 95).", "hotel"),
                 Q("hospedaje.html", "Estacionamiento del recinto: $80 MXN por día.", "parking"),
                 Q("hospedaje.html", "Trolley de San Diego a San Ysidro: US$ 2.50. Uber de la garita al recinto: aprox. MX$ 120.", "trolley, ride"),
                 Q("programa.html", "Aranceles y registro de importación de componentes", "talk title")],
        "free_option": [Q("visitantes.html", "La exhibición pública del domingo es gratuita con registro previo.")],
        "fee_support": [Q("boletos.html", "Estudiantes MX$ 250", "reduced student rate"),
                        Q("boletos.html", "Estudiantes de Mexicali y Ensenada pueden pedir apoyo de transporte")],
        "remote_participation": [Q("remoto.html", "pueden presentar su prototipo por videollamada ante el jurado y responder preguntas")],
        "captcha": [M("visitantes.html", '<div class="g-recaptcha"')],
        "account_required": [Q("boletos.html", "Puedes comprar como invitado, sin crear cuenta.")],
        "registration_form": [N("Sunday RSVP: 5 fields: nombre, correo, ciudad, cruce (radio=1), privacy checkbox. Required: nombre "
                                "(required), correo ((obligatorio)), aviso ('*') = 3. Nothing sensitive.", "visitantes.html")],
        "registration_host": [M("boletos.html", 'href="https://www.boletia.com/eventos/feria-binacional-2027"')],
        "registration_pdf_only": [N("platform and HTML form")],
        "min_age": [Q("visitantes.html", "talleres infantiles de soldadura para niñas y niños de 8 a 12 años", "children's workshop: lower bound")],
        "accessibility_statement": [Q("accesibilidad.html", "Escríbenos a acceso@binacional.example.mx si necesitas algún apoyo.")],
        "access_services": [Q("accesibilidad.html", "Las naves del centro de convenciones son accesibles en silla de ruedas."),
                            Q("accesibilidad.html", "Intérpretes de Lengua de Señas Mexicana (LSM) y de ASL"),
                            Q("accesibilidad.html", "Interpretación simultánea español–inglés en las charlas magistrales.")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
