"""Municipal citizens' assembly (Barcelona): Spanish and Catalan."""
import struct, zlib
from lib import make, video, placeholder_media


def tiny_png(w=120, h=40):
    raw = b"".join(b"\x00" + bytes([200, 200, 200]) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


NAV = {"es": [("index.html", "Inicio"), ("como-participar.html", "Cómo participar"), ("inscripcion.html", "Apúntate al sorteo"),
              ("votacion.html", "Votación en línea"), ("compensacion.html", "Compensación"), ("accesibilidad.html", "Accesibilidad"),
              ("noticias.html", "Noticias"), ("presupuesto.html", "Presupuesto del proceso"), ("ca/index.html", "Català")],
       "ca": [("ca/index.html", "Inici"), ("ca/com-participar.html", "Com participar"), ("inscripcion.html", "Inscripció (formulari en castellà)"),
              ("index.html", "Castellano")]}
FOOT = {"es": "<p>Ayuntamiento (ficticio) · Oficina de Participación · asamblea@participacio.example.cat</p>",
        "ca": "<p>Ajuntament (fictici) · Oficina de Participació · asamblea@participacio.example.cat</p>"}
s = make("asamblea-ciudadana-vivienda-bcn", name="Asamblea Ciudadana sobre Vivienda de Barcelona", lang="es", colour="#c8102e",
         logo="ACV", navs=NAV, foot=FOOT, langs={"es": [("ca/index.html", "Català")], "ca": [("index.html", "Castellano")]},
         brand={"es": "Asamblea Ciudadana sobre Vivienda", "ca": "Assemblea Ciutadana sobre l'Habitatge"},
         skip={"es": "Ir al contenido", "ca": "Ves al contingut"}, homes={"ca": "ca/index.html"})
placeholder_media(s, "media/que-es-la-asamblea.mp4")
s.write("captcha/codigo.png", tiny_png())
s.pdf("docs/calendario-sesiones.pdf", "Asamblea Ciudadana sobre Vivienda\nCalendario de sesiones\nSesion 1: 7 de marzo\nSesion 2: 21 de marzo")

s.page("index.html", "Asamblea Ciudadana sobre Vivienda — Barcelona", """
<h1>Asamblea Ciudadana sobre Vivienda</h1>
<p>Cien vecinas y vecinos elegidos por sorteo, con la diversidad de edad, género, barrio y origen de la ciudad, se reunirán seis sábados entre marzo y junio para estudiar el problema de la vivienda y hacer recomendaciones al Ayuntamiento. El gobierno municipal se ha comprometido a responder cada recomendación por escrito.</p>
<p>Participar es gratuito. <a href="@como-participar.html">Cómo participar</a> · <a href="@inscripcion.html">Apúntate al sorteo</a> · <a href="@votacion.html">Vota las propuestas en línea</a></p>
<p><a href="docs/calendario-sesiones.pdf">Calendario de las sesiones (PDF)</a></p>
""" + video("media/que-es-la-asamblea.mp4") + """
""")

s.page("como-participar.html", "Cómo participar — Asamblea Ciudadana sobre Vivienda", """
<h1>Cómo participar</h1>
<ol>
  <li>Apúntate al sorteo antes del 31 de enero. Puede hacerlo cualquier persona empadronada en la ciudad que tenga 16 años o más, tenga o no la nacionalidad española.</li>
  <li>En febrero se sortean las cien personas miembros y cincuenta suplentes.</li>
  <li>Las propuestas finales se someten a una votación en línea abierta a toda la ciudad.</li>
</ol>
<p>Participar es gratuito y las personas miembros reciben una <a href="@compensacion.html">compensación por sesión</a>.</p>
""")

s.page("inscripcion.html", "Apúntate al sorteo — Asamblea Ciudadana sobre Vivienda", """
<h1>Apúntate al sorteo</h1>
<p>Necesitamos algunos datos para comprobar el padrón y para que el sorteo refleje la diversidad de la ciudad. Los campos con * son obligatorios.</p>
<form action="@inscripcion.html" method="post">
  <label for="nom">Nombre *</label><input type="text" id="nom" name="nombre" required>
  <label for="ape">Apellidos *</label><input type="text" id="ape" name="apellidos" required>
  <label for="dni">DNI o NIE *</label><input type="text" id="dni" name="dni" required>
  <label for="fn">Fecha de nacimiento *</label><input type="date" id="fn" name="fecha_nacimiento" required>
  <label for="dir">Dirección postal *</label><input type="text" id="dir" name="direccion" required>
  <label for="barrio">Barrio</label><select id="barrio" name="barrio"><option>Ciutat Vella</option><option>Eixample</option><option>Sants-Montjuïc</option><option>Nou Barris</option><option>Sant Martí</option></select>
  <label for="tel">Teléfono *</label><input type="tel" id="tel" name="telefono" required>
  <label for="mail">Correo electrónico</label><input type="email" id="mail" name="correo">
  <fieldset><legend>Género *</legend>
    <input type="radio" id="g1" name="genero" value="mujer" required> <label for="g1">Mujer</label>
    <input type="radio" id="g2" name="genero" value="hombre"> <label for="g2">Hombre</label>
    <input type="radio" id="g3" name="genero" value="nb"> <label for="g3">No binario</label>
    <input type="radio" id="g4" name="genero" value="nd"> <label for="g4">Prefiero no decirlo</label>
  </fieldset>
  <label for="idioma">Idioma preferido para las sesiones</label><select id="idioma" name="idioma"><option>Castellano</option><option>Català</option></select>
  <p><img src="@captcha/codigo.png" alt="Código de verificación" width="120" height="40"></p>
  <label for="cap">Escribe los caracteres de la imagen *</label><input type="text" id="cap" name="captcha" required autocomplete="off">
  <div class="check"><input type="checkbox" id="ok" name="consentimiento" required> <label for="ok">He leído la información sobre protección de datos *</label></div>
  <button type="submit">Apuntarme</button>
</form>
""")

s.page("votacion.html", "Votación en línea — Asamblea Ciudadana sobre Vivienda", """
<h1>Votación en línea</h1>
<p>Del 15 al 30 de junio, cualquier persona empadronada de 16 años o más puede votar en línea las recomendaciones de la Asamblea, y también dejar comentarios que la Asamblea leerá en su última sesión. Para votar solo se pide el número de DNI o NIE y la fecha de nacimiento; no hace falta crear ninguna cuenta.</p>
""")

s.page("compensacion.html", "Compensación — Asamblea Ciudadana sobre Vivienda", """
<h1>Compensación para las personas miembros</h1>
<p>Para que nadie deje de participar por motivos económicos, cada persona miembro recibe 60 € por sesión para cubrir el transporte, las comidas y el cuidado de hijos o personas dependientes.</p>
<p>Además, quien viva lejos del lugar de las sesiones recibe una tarjeta de transporte.</p>
""")

s.page("accesibilidad.html", "Accesibilidad — Asamblea Ciudadana sobre Vivienda", """
<h1>Accesibilidad</h1>
<ul>
  <li>Las sesiones se celebran en el Centro Cívico del Mercado, accesible en silla de ruedas.</li>
  <li>Intérpretes de lengua de signos catalana (LSC) en todas las sesiones plenarias.</li>
  <li>Espacio infantil gratuito para niñas y niños de 3 a 12 años durante las sesiones.</li>
  <li>Bucle magnético en la sala plenaria.</li>
</ul>
<p>Si necesitas otro apoyo, escríbenos a accesibilidad@participacio.example.cat.</p>
""")

s.page("ca/index.html", "Assemblea Ciutadana sobre l'Habitatge", """
<h1>Assemblea Ciutadana sobre l'Habitatge</h1>
<p>Cent veïnes i veïns escollits per sorteig, amb la diversitat d'edat, gènere, barri i origen de la ciutat, es reuniran sis dissabtes entre març i juny per estudiar el problema de l'habitatge i fer recomanacions a l'Ajuntament.</p>
<p>Participar és gratuït. <a href="@ca/com-participar.html">Com participar</a></p>
""", lang="ca")

s.page("ca/com-participar.html", "Com participar — Assemblea Ciutadana sobre l'Habitatge", """
<h1>Com participar</h1>
<p>Pot inscriure's al sorteig qualsevol persona empadronada a la ciutat que tingui 16 anys o més. Les persones membres reben 60 € per sessió per cobrir el transport i les cures.</p>
<p>Les sessions tenen intèrprets de llengua de signes catalana i espai infantil. Les recomanacions finals es voten en línia, sense necessitat de crear cap compte.</p>
""", lang="ca")

s.page("noticias.html", "Noticias — Asamblea Ciudadana sobre Vivienda", """
<h1>Noticias</h1>
<h2>Registro de viviendas vacías: lo que sabemos</h2>
<p>El alquiler medio en la ciudad es de 1.150 € al mes, un 38 % más que hace cinco años.</p>
<h2>Precio del alquiler: ¿tope o incentivo?</h2>
<p>La sesión 3 escuchará a expertas de las dos posiciones. Esa sesión incluye comida gratuita para las personas miembros.</p>
""")

s.page("presupuesto.html", "Presupuesto del proceso — Asamblea Ciudadana sobre Vivienda", """
<h1>Presupuesto del proceso</h1>
<table><tr><th>Concepto</th><th>Importe</th></tr>
<tr><td>Compensaciones a miembros</td><td>36.000 €</td></tr>
<tr><td>Facilitación y sorteo</td><td>95.000 €</td></tr>
<tr><td>Total</td><td>420.000 €</td></tr>
</table>
<p>Billete sencillo de metro: 2,90 €.</p>
""")

EXPECTED = '''
  # Municipal citizens' assembly by sortition (Barcelona). Spanish site with Catalan pages. Free;
  # 60 € per session compensation for transport and care (support); citywide online vote without an
  # account; sortition form with DNI/NIE, birth date, postal address, phone, gender and a self-hosted
  # image code whose text box counts; 16 or older; LSC, free childcare, wheelchair (a hearing loop is
  # not a listed service); calendar only as PDF; one uncaptioned video. Distractors: average rent,
  # process budget, metro fare, "comida gratuita"; news titles "Registro de viviendas vacías",
  # "Precio del alquiler…".
  - id: asamblea-ciudadana-vivienda-bcn
    name: Asamblea Ciudadana sobre Vivienda de Barcelona
    start: index.html
    expected:
      languages: [ca, es]
      un_languages: [es]
      fees: []
      free_option: true
      fee_support: true
      remote_participation: true
      captcha: [image]
      account_required: false
      registration_form: {fields: 12, required: 9, sensitive: [address, birth_date, gender, id_document, phone]}
      registration_host: null
      registration_pdf_only: false
      min_age: 16
      accessibility_statement: true
      access_services: [childcare, sign_language, wheelchair_access]
      videos_without_captions: 1
      pdf_only_documents: true
    participation_pages: [index.html, como-participar.html, inscripcion.html, votacion.html, compensacion.html, accesibilidad.html, ca/index.html, ca/com-participar.html]
    deliberate_404: []
    evidence:
      languages:
        - {page: index.html, quote: "Cien vecinas y vecinos elegidos por sorteo, con la diversidad de edad, género, barrio y origen de la ciudad"}
        - {page: ca/index.html, quote: "Cent veïnes i veïns escollits per sorteig, amb la diversitat d'edat, gènere, barri i origen de la ciutat"}
      un_languages:
        - {note: "es; ca is not a UN language"}
      fees:
        - {note: "no fee"}
        - {page: compensacion.html, quote: "cada persona miembro recibe 60 € por sesión", note: "a payment TO participants: not a fee"}
        - {page: noticias.html, quote: "El alquiler medio en la ciudad es de 1.150 € al mes", note: "statistic: not a fee"}
        - {page: presupuesto.html, quote: "Total 420.000 €", note: "budget: not a fee (also metro 2,90 €)"}
      free_option:
        - {page: index.html, quote: "Participar es gratuito."}
        - {page: ca/index.html, quote: "Participar és gratuït."}
      fee_support:
        - {page: compensacion.html, quote: "Para que nadie deje de participar por motivos económicos, cada persona miembro recibe 60 € por sesión para cubrir el transporte, las comidas y el cuidado de hijos o personas dependientes.", note: "financial support to take part"}
      remote_participation:
        - {page: votacion.html, quote: "cualquier persona empadronada de 16 años o más puede votar en línea las recomendaciones de la Asamblea"}
      captcha:
        - {page: inscripcion.html, markup: '<img src="captcha/codigo.png" alt="Código de verificación"', note: "self-hosted image code"}
      account_required:
        - {page: votacion.html, quote: "no hace falta crear ninguna cuenta"}
      registration_form:
        - {page: inscripcion.html, note: "nombre*, apellidos*, dni*, fecha_nacimiento*, direccion*, barrio, telefono*, correo, genero* (radio = 1), idioma, captcha* (text box of the image code), consentimiento* = 12 fields, 9 required. Sensitive: id_document, birth_date, address, phone, gender."}
        - {page: inscripcion.html, quote: "Escribe los caracteres de la imagen *"}
      registration_host:
        - {note: "form on the site"}
      registration_pdf_only:
        - {note: "online form"}
      min_age:
        - {page: como-participar.html, quote: "cualquier persona empadronada en la ciudad que tenga 16 años o más"}
        - {page: ca/com-participar.html, quote: "que tingui 16 anys o més"}
        - {page: accesibilidad.html, quote: "para niñas y niños de 3 a 12 años", note: "childcare ages: not a limit"}
      accessibility_statement:
        - {page: accesibilidad.html, quote: "Si necesitas otro apoyo, escríbenos a accesibilidad@participacio.example.cat."}
      access_services:
        - {page: accesibilidad.html, quote: "accesible en silla de ruedas", note: "wheelchair_access"}
        - {page: accesibilidad.html, quote: "Intérpretes de lengua de signos catalana (LSC) en todas las sesiones plenarias.", note: "sign_language"}
        - {page: accesibilidad.html, quote: "Espacio infantil gratuito para niñas y niños de 3 a 12 años durante las sesiones.", note: "childcare"}
        - {page: accesibilidad.html, quote: "Bucle magnético en la sala plenaria.", note: "hearing loop: not a listed service"}
      videos_without_captions:
        - {page: index.html, markup: '<video controls preload="none" width="640" src="media/que-es-la-asamblea.mp4">', note: "no track"}
      pdf_only_documents:
        - {page: index.html, markup: '<a href="docs/calendario-sesiones.pdf">Calendario de las sesiones (PDF)</a>', note: "the session calendar exists only as a PDF"}
'''
