"""Disability-rights conference in La Paz: Spanish site, English page."""
from lib import make, video, placeholder_media, vtt

NAV = {"es": [("index.html", "Inicio"), ("programa.html", "Programa"), ("tarifas.html", "Tarifas"), ("inscripcion.html", "Inscripción"),
              ("becas.html", "Becas"), ("virtual.html", "Participación virtual"), ("accesibilidad.html", "Accesibilidad"),
              ("hospedaje.html", "Hospedaje"), ("donar.html", "Donar"), ("empleo.html", "Trabaja con nosotros")],
       "en": [("en/index.html", "Home"), ("tarifas.html", "Fees (Spanish)"), ("index.html", "Español")]}
FOOT = {"es": "<p>Encuentro Andino de Vida Independiente · Red Andina de Personas con Discapacidad (ficticia) · encuentro@redandina.example.bo</p>",
        "en": "<p>Andean Independent Living Gathering · encuentro@redandina.example.bo</p>"}
s = make("encuentro-vida-independiente-lapaz", name="Encuentro Andino de Vida Independiente 2026", lang="es-BO",
         colour="#1d5c2e", logo="EVI", navs=NAV, foot=FOOT, langs={"es": [("en/index.html", "English")], "en": [("index.html", "Español")]},
         skip={"es": "Ir al contenido"}, homes={"en": "en/index.html"})
for m in ("media/bienvenida-lsb.mp4", "media/como-inscribirse.mp4"):
    placeholder_media(s, m)
vtt(s, "media/bienvenida-lsb.es.vtt", "Bienvenidas y bienvenidos al Encuentro Andino de Vida Independiente.")
vtt(s, "media/como-inscribirse.es.vtt", "En este video explicamos cómo llenar el formulario de inscripción.")
vtt(s, "media/como-inscribirse.en.vtt", "This video explains how to fill in the registration form.")

s.page("index.html", "Encuentro Andino de Vida Independiente 2026 — La Paz", """
<h1>Encuentro Andino de Vida Independiente 2026</h1>
<p>Del 12 al 14 de noviembre, en el Centro de Convenciones de Sopocachi, La Paz, y en línea.</p>
<p>Personas con discapacidad, sus organizaciones, familias, asistentes personales y autoridades de Bolivia, Perú, Ecuador y Colombia se reúnen para evaluar cómo se cumple la Convención sobre los Derechos de las Personas con Discapacidad y para aprobar una declaración regional sobre vida independiente.</p>
<p>Nada sobre nosotros sin nosotros.</p>
""" + video("media/bienvenida-lsb.mp4", track="media/bienvenida-lsb.es.vtt", track_lang="es", label="Español") + """
<p><a href="@tarifas.html">Tarifas</a> · <a href="@inscripcion.html">Inscripción</a> · <a href="@becas.html">Becas</a> · <a href="@virtual.html">Participación virtual</a> · <a href="@accesibilidad.html">Accesibilidad</a></p>
""")

s.page("tarifas.html", "Tarifas — Encuentro Andino de Vida Independiente", """
<h1>Tarifas de inscripción</h1>
<table><caption>Participación presencial, tres días</caption>
<tr><th>Categoría</th><th>Inscripción</th></tr>
<tr><td>General</td><td>Bs 150</td></tr>
<tr><td>Personas con discapacidad y estudiantes</td><td>Bs. 50</td></tr>
<tr><td>Participantes de fuera de Bolivia</td><td>USD 40</td></tr>
<tr><td>Participación virtual</td><td>Gratuita</td></tr>
</table>
<p>Las y los asistentes personales y los intérpretes que acompañan a una persona inscrita no pagan inscripción.</p>
""")

s.page("inscripcion.html", "Inscripción — Encuentro Andino de Vida Independiente", """
<h1>Inscripción</h1>
<p>Pueden inscribirse personas a partir de los 16 años. Los campos con * son obligatorios. Este formulario no usa CAPTCHA; si tienes dificultades para llenarlo, llámanos al +591 2 000 0000 y lo llenamos contigo.</p>
""" + video("media/como-inscribirse.mp4", track="media/como-inscribirse.es.vtt", track_lang="es", label="Español") + """
<form action="@inscripcion.html" method="post">
  <label for="nom">Nombres *</label><input type="text" id="nom" name="nombres" required>
  <label for="ape">Apellidos *</label><input type="text" id="ape" name="apellidos" required>
  <label for="ci">Carnet de identidad o pasaporte *</label><input type="text" id="ci" name="documento" required>
  <label for="fn">Fecha de nacimiento *</label><input type="date" id="fn" name="fecha_nacimiento" required>
  <label for="tel">Teléfono o WhatsApp *</label><input type="tel" id="tel" name="telefono" required>
  <label for="mail">Correo electrónico</label><input type="email" id="mail" name="correo">
  <label for="org">Organización a la que perteneces</label><input type="text" id="org" name="organizacion">
  <fieldset><legend>Modalidad *</legend>
    <input type="radio" id="mo1" name="modalidad" value="presencial" required> <label for="mo1">Presencial</label>
    <input type="radio" id="mo2" name="modalidad" value="virtual"> <label for="mo2">Virtual</label>
  </fieldset>
  <fieldset><legend>¿Qué ajustes necesitas?</legend>
    <div class="check"><input type="checkbox" id="aj1" name="aj_lsb"> <label for="aj1">Intérprete de LSB</label></div>
    <div class="check"><input type="checkbox" id="aj2" name="aj_cart"> <label for="aj2">Transcripción CART</label></div>
    <div class="check"><input type="checkbox" id="aj3" name="aj_guia"> <label for="aj3">Guía intérprete o acompañamiento</label></div>
    <div class="check"><input type="checkbox" id="aj4" name="aj_braille"> <label for="aj4">Materiales en braille</label></div>
  </fieldset>
  <label for="otros">Otros ajustes</label><textarea id="otros" name="otros"></textarea>
  <div class="check"><input type="checkbox" id="ok" name="consentimiento" required> <label for="ok">Acepto el tratamiento de mis datos personales *</label></div>
  <button type="submit">Enviar</button>
</form>
""")

s.page("becas.html", "Becas — Encuentro Andino de Vida Independiente", """
<h1>Becas</h1>
<p>Tenemos 25 becas para personas con discapacidad que viven fuera de La Paz. La beca cubre la inscripción, el pasaje de bus o de avión (hasta USD 300) y tres noches de hospedaje accesible, también para una persona de apoyo si la necesitas.</p>
<p>Escribe a becas@redandina.example.bo contándonos de dónde vienes y qué ajustes necesitas.</p>
""")

s.page("virtual.html", "Participación virtual — Encuentro Andino de Vida Independiente", """
<h1>Participación virtual</h1>
<p>La participación virtual es gratuita. Desde la plataforma puedes hacer preguntas por el chat o pedir la palabra en video en las mesas de trabajo, y votar la declaración final junto con las personas que están en la sala.</p>
<p>Las sesiones virtuales tienen intérprete de LSB en pantalla y transcripción CART.</p>
""")

s.page("accesibilidad.html", "Accesibilidad — Encuentro Andino de Vida Independiente", """
<h1>Accesibilidad</h1>
<p>El Encuentro lo organizan personas con discapacidad, y queremos que nadie se quede afuera. Si necesitas algún ajuste que no está en esta lista, escríbenos a accesibilidad@redandina.example.bo o llámanos.</p>
<ul>
  <li>Intérpretes de Lengua de Señas Boliviana (LSB) en todas las sesiones, presenciales y virtuales.</li>
  <li>Servicio CART en español (transcripción en tiempo real por estenotipistas) en la sala principal y en línea.</li>
  <li>Centro de convenciones accesible para sillas de ruedas: rampas, ascensor y baños accesibles en cada piso.</li>
  <li>Espacio de cuidado infantil para niñas y niños de 2 a 8 años, durante todo el día.</li>
  <li>Programa en braille y en lectura fácil, y audiodescripción de los videos.</li>
</ul>
<p>No habrá interpretación al inglés ni a otros idiomas orales.</p>
""")

s.page("en/index.html", "Andean Independent Living Gathering 2026 — La Paz", """
<h1>Andean Independent Living Gathering 2026</h1>
<p>From 12 to 14 November in La Paz and online, disabled people, their organisations, families, personal assistants and officials from Bolivia, Peru, Ecuador and Colombia meet to review how the Convention on the Rights of Persons with Disabilities is being implemented. Sessions are in Spanish with Bolivian Sign Language and CART in Spanish; there is no English interpretation.</p>
<p>Online participation is free, and online participants can speak in the working groups and vote on the final declaration. In-person fees and the registration form are on the Spanish pages.</p>
""", lang="en")

s.page("programa.html", "Programa — Encuentro Andino de Vida Independiente", """
<h1>Programa</h1>
<ul>
  <li>Accesible no es lo mismo que usable: transporte público en El Alto</li>
  <li>Lengua de señas en la escuela: experiencias de Cochabamba</li>
  <li>¿Quién paga la inclusión? Costos de la vida independiente</li>
  <li>Inscripción de las organizaciones en el registro nacional</li>
  <li>Aprobación de la declaración regional</li>
</ul>
""")

s.page("hospedaje.html", "Hospedaje — Encuentro Andino de Vida Independiente", """
<h1>Hospedaje y transporte</h1>
<p>Hotel Illimani (habitaciones accesibles): Bs 420 la noche. Hostal Sopocachi: Bs 180 la noche.</p>
<p>El teleférico cuesta Bs 3 por tramo; un taxi desde el aeropuerto de El Alto, unos Bs 80.</p>
""")

s.page("donar.html", "Donar — Encuentro Andino de Vida Independiente", """
<h1>Apoya el Encuentro</h1>
<p>Tu donación paga intérpretes y becas.</p>
<form action="@donar.html" method="post">
  <fieldset><legend>Monto</legend>
    <input type="radio" id="d1" name="monto" value="100"> <label for="d1">Bs 100</label>
    <input type="radio" id="d2" name="monto" value="250"> <label for="d2">Bs 250</label>
    <input type="radio" id="d3" name="monto" value="500"> <label for="d3">Bs 500</label>
  </fieldset>
  <label for="dmail">Correo</label><input type="email" id="dmail" name="correo">
  <button type="submit">Donar</button>
</form>
""")

s.page("empleo.html", "Trabaja con nosotros — Red Andina", """
<h1>Trabaja con nosotros</h1>
<p>Coordinador/a de incidencia regional. Sueldo: Bs 7.500 mensuales. Se valorará ser una persona con discapacidad.</p>
""")

EXPECTED = '''
  # Disability-rights conference (La Paz, Bolivia). Spanish (es-BO) with an English page. "Bs 150",
  # "Bs. 50", "USD 40"; virtual participation free with speaking and voting; reduced rate for disabled
  # people and students, becas; long registration form with ID number, birth date, phone; a
  # four-checkbox "ajustes" group; "no usa CAPTCHA"; from age 16; LSB, CART (named), childcare ages
  # 2–8, wheelchair; braille, easy read and audio description are not services; "No habrá
  # interpretación"; both videos captioned. Distractors: donation form with Bs amounts, hotels,
  # teleférico, taxi, salary, the beca's USD 300 cap; talk titles "Accesible no es lo mismo…", "Lengua
  # de señas en la escuela", "¿Quién paga…? Costos…", "Inscripción de las organizaciones…".
  - id: encuentro-vida-independiente-lapaz
    name: Encuentro Andino de Vida Independiente 2026
    start: index.html
    expected:
      languages: [en, es]
      un_languages: [en, es]
      fees:
        - {amount: 150.0, currency: BOB}
        - {amount: 50.0, currency: BOB}
        - {amount: 40.0, currency: USD}
      free_option: true
      fee_support: true
      remote_participation: true
      captcha: []
      account_required: false
      registration_form: {fields: 14, required: 7, sensitive: [affiliation, birth_date, id_document, phone]}
      registration_host: null
      registration_pdf_only: false
      min_age: 16
      accessibility_statement: true
      access_services: [cart, childcare, sign_language, wheelchair_access]
      videos_without_captions: 0
      pdf_only_documents: false
    participation_pages: [index.html, tarifas.html, inscripcion.html, becas.html, virtual.html, accesibilidad.html, en/index.html]
    deliberate_404: []
    evidence:
      languages:
        - {page: index.html, quote: "Personas con discapacidad, sus organizaciones, familias, asistentes personales y autoridades de Bolivia, Perú, Ecuador y Colombia se reúnen"}
        - {page: en/index.html, quote: "disabled people, their organisations, families, personal assistants and officials from Bolivia, Peru, Ecuador and Colombia meet"}
      un_languages:
        - {note: "en, es"}
      fees:
        - {page: tarifas.html, quote: "General Bs 150", note: "boliviano, BOB"}
        - {page: tarifas.html, quote: "Personas con discapacidad y estudiantes Bs. 50"}
        - {page: tarifas.html, quote: "Participantes de fuera de Bolivia USD 40"}
        - {page: becas.html, quote: "el pasaje de bus o de avión (hasta USD 300)", note: "grant cap: not a fee"}
        - {page: donar.html, quote: "Bs 250", note: "donation amounts: not fees (also Bs 100, Bs 500)"}
        - {page: hospedaje.html, quote: "Hotel Illimani (habitaciones accesibles): Bs 420 la noche.", note: "hotel: not a fee (also Bs 180, teleférico Bs 3, taxi Bs 80)"}
        - {page: empleo.html, quote: "Sueldo: Bs 7.500 mensuales.", note: "salary: not a fee"}
      free_option:
        - {page: tarifas.html, quote: "Participación virtual Gratuita"}
        - {page: virtual.html, quote: "La participación virtual es gratuita."}
      fee_support:
        - {page: becas.html, quote: "Tenemos 25 becas para personas con discapacidad que viven fuera de La Paz."}
        - {page: tarifas.html, quote: "Personas con discapacidad y estudiantes Bs. 50", note: "reduced rate"}
      remote_participation:
        - {page: virtual.html, quote: "puedes hacer preguntas por el chat o pedir la palabra en video en las mesas de trabajo, y votar la declaración final"}
      captcha:
        - {page: inscripcion.html, quote: "Este formulario no usa CAPTCHA"}
      account_required:
        - {note: "a form; no account"}
      registration_form:
        - {page: inscripcion.html, note: "nombres*, apellidos*, documento*, fecha_nacimiento*, telefono*, correo, organizacion, modalidad* (radio = 1), four ajustes checkboxes, otros (textarea), consentimiento* (checkbox) = 14 fields, 7 required (each has both * and required). Sensitive: id_document, birth_date, phone, affiliation. The donation form is not a registration form."}
        - {page: inscripcion.html, quote: "Carnet de identidad o pasaporte *"}
      registration_host:
        - {note: "form on the site"}
      registration_pdf_only:
        - {note: "online form"}
      min_age:
        - {page: inscripcion.html, quote: "Pueden inscribirse personas a partir de los 16 años."}
        - {page: accesibilidad.html, quote: "para niñas y niños de 2 a 8 años", note: "childcare ages: not a limit"}
      accessibility_statement:
        - {page: accesibilidad.html, quote: "Si necesitas algún ajuste que no está en esta lista, escríbenos a accesibilidad@redandina.example.bo"}
      access_services:
        - {page: accesibilidad.html, quote: "Intérpretes de Lengua de Señas Boliviana (LSB) en todas las sesiones", note: "sign_language"}
        - {page: accesibilidad.html, quote: "Servicio CART en español (transcripción en tiempo real por estenotipistas)", note: "cart (named); not also captions"}
        - {page: accesibilidad.html, quote: "Centro de convenciones accesible para sillas de ruedas", note: "wheelchair_access"}
        - {page: accesibilidad.html, quote: "Espacio de cuidado infantil para niñas y niños de 2 a 8 años", note: "childcare"}
        - {page: accesibilidad.html, quote: "Programa en braille y en lectura fácil, y audiodescripción de los videos.", note: "not services in the list"}
        - {page: accesibilidad.html, quote: "No habrá interpretación al inglés ni a otros idiomas orales.", note: "negated: no interpretation"}
      videos_without_captions:
        - {page: index.html, markup: '<track kind="captions" src="media/bienvenida-lsb.es.vtt"'}
        - {page: inscripcion.html, markup: '<track kind="captions" src="media/como-inscribirse.es.vtt"', note: "both videos captioned"}
      pdf_only_documents:
        - {note: "no PDF"}
'''
