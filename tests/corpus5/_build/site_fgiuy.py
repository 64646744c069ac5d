"""Uruguayan national IGF (es), English summary page, a Portuguese page served with lang="es"."""
from lib import make, video, placeholder_media, vtt

NAV = {"es": [("index.html", "Inicio"), ("programa.html", "Programa"), ("inscripcion.html", "Inscripción"),
              ("participacion-remota.html", "Participación remota"), ("apoyo-traslados.html", "Apoyo para traslados"),
              ("accesibilidad.html", "Accesibilidad"), ("patrocinio.html", "Patrocinio"), ("alojamiento.html", "Alojamiento")],
       "en": [("en/index.html", "Home (English)"), ("index.html", "Español"), ("inscripcion.html", "Registration (Spanish)")],
       "pt": [("pt/index.html", "Início (português)"), ("index.html", "Español"), ("inscripcion.html", "Inscrição (em espanhol)")]}
LANGS = {k: [("index.html", "ES"), ("en/index.html", "EN"), ("pt/index.html", "PT")] for k in ("es", "en", "pt")}
FOOT = {"es": "<p>Foro de Gobernanza de Internet del Uruguay · Secretaría técnica: contacto@fgi-uy.example.org · "
              "<a href=\"@2025/index.html\">Edición 2025</a></p>",
        "en": "<p>Uruguay Internet Governance Forum · contacto@fgi-uy.example.org</p>",
        "pt": "<p>Fórum de Governança da Internet do Uruguai · contacto@fgi-uy.example.org</p>"}
s = make("foro-gobernanza-internet-uy", name="Foro de Gobernanza de Internet del Uruguay 2026", lang="es",
         colour="#0b5394", logo="FGI", navs=NAV, langs=LANGS, foot=FOOT,
         skip={"es": "Saltar al contenido", "en": "Skip to content", "pt": "Pular para o conteúdo"},
         homes={"en": "en/index.html", "pt": "pt/index.html"})
placeholder_media(s, "media/fgi-2025-resumen.mp4")
vtt(s, "media/fgi-2025-resumen.es.vtt", "Bienvenidas y bienvenidos al Foro de Gobernanza de Internet.")

s.page("index.html", "FGI Uruguay 2026 — Montevideo, 17 y 18 de setiembre", """
<h1>Foro de Gobernanza de Internet del Uruguay 2026</h1>
<p>El FGI Uruguay reúne cada año a gobierno, academia, sociedad civil, comunidad técnica y sector privado para discutir cómo queremos que sea Internet en el país. La edición 2026 se realiza el 17 y 18 de setiembre en la Sala Rincón del Centro Cultural del Puerto, en Montevideo, y en línea.</p>
<p>Este año los ejes son la conectividad en el interior, la inteligencia artificial en el Estado y la protección de datos de niñas, niños y adolescentes.</p>
<ul>
  <li><a href="@inscripcion.html">Inscribite</a> — las inscripciones cierran el 10 de setiembre.</li>
  <li><a href="@participacion-remota.html">Cómo participar a distancia</a></li>
  <li><a href="@apoyo-traslados.html">Apoyo para traslados desde el interior</a></li>
  <li><a href="@accesibilidad.html">Accesibilidad</a></li>
</ul>
<h2>Resumen de la edición 2025</h2>
""" + video("media/fgi-2025-resumen.mp4", track="media/fgi-2025-resumen.es.vtt", track_lang="es", label="Español") + """
<p>¿Venís de Brasil? Leé la <a href="@pt/index.html">información en portugués</a>. International visitors: <a href="@en/index.html">summary in English</a>.</p>
""")

s.page("inscripcion.html", "Inscripción — FGI Uruguay 2026", """
<h1>Inscripción</h1>
<p>El FGI Uruguay está abierto a cualquier persona interesada, tanto en la sala como en línea. Pedimos que te inscribas antes del 10 de setiembre para organizar el espacio y enviarte el enlace de conexión.</p>
<p>Pueden participar personas de todas las edades; no hay edad mínima.</p>
<p>Los campos marcados con <span class="req">*</span> son obligatorios.</p>
<form action="@inscripcion.html" method="post">
  <label for="nombre">Nombre *</label><input type="text" id="nombre" name="nombre" required>
  <label for="apellido">Apellido *</label><input type="text" id="apellido" name="apellido" required>
  <label for="correo">Correo electrónico *</label><input type="email" id="correo" name="correo" required>
  <label for="org">Organización o institución (opcional)</label><input type="text" id="org" name="organizacion">
  <label for="sector">Sector *</label>
  <select id="sector" name="sector" required><option value="">Elegí una opción</option><option>Gobierno</option><option>Academia</option><option>Sociedad civil</option><option>Comunidad técnica</option><option>Sector privado</option></select>
  <label for="depto">Departamento donde vivís</label>
  <select id="depto" name="departamento"><option>Montevideo</option><option>Canelones</option><option>Salto</option><option>Rivera</option><option>Otro</option></select>
  <fieldset><legend>¿Cómo vas a participar? *</legend>
    <input type="radio" id="m1" name="modalidad" value="sala" required> <label for="m1">En la sala</label>
    <input type="radio" id="m2" name="modalidad" value="remoto"> <label for="m2">En línea</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="acepto" name="acepto" required> <label for="acepto">Acepto que mis datos se usen solo para organizar el Foro *</label></div>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAAfgiUyExampleKey" data-theme="light"></div>
  <button type="submit">Enviar inscripción</button>
</form>
""")

s.page("participacion-remota.html", "Participación remota — FGI Uruguay 2026", """
<h1>Participación remota</h1>
<p>Todas las sesiones se transmiten por una sala de videoconferencia. Quienes se conecten en línea pueden pedir la palabra con la mano virtual: la moderación alterna las intervenciones de la sala y las remotas, y cada persona tiene hasta tres minutos, igual que en la sala.</p>
<p>También se puede escribir preguntas en el chat; un relator del equipo las lee en voz alta.</p>
<p>El enlace llega por correo a quienes se inscribieron en la modalidad en línea.</p>
""")

s.page("apoyo-traslados.html", "Apoyo para traslados — FGI Uruguay 2026", """
<h1>Apoyo para traslados desde el interior</h1>
<p>Para que el Foro no sea solo montevideano, cubrimos el pasaje de ómnibus de ida y vuelta a Montevideo de hasta 40 personas que vivan en otros departamentos, con prioridad para jóvenes y organizaciones comunitarias.</p>
<p>Para pedirlo, escribí a traslados@fgi-uy.example.org antes del 1.º de setiembre contando desde dónde viajás y en qué sesiones te interesa participar. Te respondemos en una semana.</p>
""")

s.page("accesibilidad.html", "Accesibilidad — FGI Uruguay 2026", """
<h1>Accesibilidad</h1>
<p>Queremos que todas las personas puedan participar del Foro. Si necesitás algún apoyo que no figura aquí, escribinos a accesibilidad@fgi-uy.example.org y lo vemos juntos.</p>
<ul>
  <li>Todas las sesiones plenarias cuentan con intérpretes de Lengua de Señas Uruguaya (LSU), en la sala y en la transmisión.</li>
  <li>Subtitulado en vivo en español, en pantalla y en la transmisión, para todas las sesiones.</li>
  <li>La Sala Rincón tiene acceso sin escalones, baño accesible y lugares reservados para personas en silla de ruedas.</li>
</ul>
""")

s.page("en/index.html", "Uruguay IGF 2026 — summary in English", """
<h1>Uruguay Internet Governance Forum 2026</h1>
<p>The Uruguay IGF is the national, multistakeholder forum where government, academia, civil society, the technical community and companies discuss Internet policy for the country. The 2026 forum takes place on 17 and 18 September in Montevideo and online. Sessions are held in Spanish.</p>
<p>Anyone can take part, in the room or online; online participants can ask for the floor just like people in the room. Registration uses the Spanish form on our <a href="@inscripcion.html">Inscripción</a> page.</p>
<p>Plenary sessions have Uruguayan Sign Language interpreters and live Spanish subtitles. Questions about access: accesibilidad@fgi-uy.example.org.</p>
""", lang="en")

s.page("pt/index.html", "FGI Uruguai 2026 — informações em português", """
<h1>Fórum de Governança da Internet do Uruguai 2026</h1>
<p>Muitas pessoas da fronteira, de Rivera e Santana do Livramento, acompanham o Fórum todos os anos. Por isso reunimos aqui as informações principais em português.</p>
<p>O Fórum acontece nos dias 17 e 18 de setembro em Montevidéu e também pela internet. Qualquer pessoa pode participar, presencialmente ou on-line, mas é preciso fazer a inscrição no formulário da página Inscripción, que está em espanhol.</p>
<p>Quem mora fora de Montevidéu pode pedir ajuda com a passagem de ônibus: escreva para traslados@fgi-uy.example.org. As sessões plenárias contam com intérpretes de língua de sinais uruguaia e legendas ao vivo em espanhol.</p>
""", lang="es", header_lang="pt")

s.page("programa.html", "Programa — FGI Uruguay 2026", """
<h1>Programa</h1>
<h2>Jueves 17</h2>
<ul>
  <li>09:30 Apertura</li>
  <li>10:00 Acceso gratuito a Internet en escuelas rurales: ¿qué aprendimos?</li>
  <li>11:30 Registro de dominios .uy y confianza en línea</li>
  <li>14:00 Lenguas, contenidos locales y algoritmos</li>
</ul>
<h2>Viernes 18</h2>
<ul>
  <li>09:30 Inteligencia artificial en el Estado uruguayo</li>
  <li>11:00 Datos de niñas, niños y adolescentes en plataformas educativas</li>
  <li>15:00 Cierre y mensajes del Foro</li>
</ul>
""")

s.page("patrocinio.html", "Patrocinio — FGI Uruguay 2026", """
<h1>Patrocinio</h1>
<p>El Foro se sostiene con aportes de organizaciones que comparten sus objetivos. Los patrocinadores no eligen temas ni oradores.</p>
<table><caption>Categorías de patrocinio</caption>
<tr><th>Categoría</th><th>Aporte</th><th>Incluye</th></tr>
<tr><td>Oro</td><td>US$ 3.000</td><td>Logo en la sala y en la transmisión</td></tr>
<tr><td>Plata</td><td>US$ 1.500</td><td>Logo en el sitio web</td></tr>
<tr><td>Colaborador</td><td>$ 45.000 (pesos uruguayos)</td><td>Mención en la apertura</td></tr>
</table>
""")

s.page("alojamiento.html", "Alojamiento y transporte — FGI Uruguay 2026", """
<h1>Alojamiento y transporte</h1>
<p>Hoteles cercanos al Centro Cultural del Puerto:</p>
<ul>
  <li>Hotel Rambla Sur: habitación doble desde $U 3.200 por noche.</li>
  <li>Hostel Ciudad Vieja: cama en cuarto compartido $U 950.</li>
</ul>
<p>El boleto urbano cuesta $ 55. Un taxi desde la Terminal Tres Cruces sale unos $ 400.</p>
""")

EXPECTED = '''
  # Uruguayan national IGF (Latin American national IGF). Spanish site, an English summary page and a
  # Portuguese page for border participants that is served with lang="es". Nothing said about what
  # taking part costs (free_option null), travel support (bus fares) for people from the interior;
  # remote participants take the floor; Turnstile markup;
  # LSU, live Spanish subtitles, step-free room. Distractors: sponsorship in US$ and pesos, hotel
  # "$U", bus and taxi "$"; talk titles "Acceso gratuito…", "Registro de dominios…", "Lenguas…".
  - id: foro-gobernanza-internet-uy
    name: Foro de Gobernanza de Internet del Uruguay 2026
    start: index.html
    expected:
      languages: [en, es, pt]
      un_languages: [en, es]
      fees: []
      free_option: null
      fee_support: true
      remote_participation: true
      captcha: [turnstile]
      account_required: false
      registration_form: {fields: 8, required: 6, sensitive: [affiliation]}
      registration_host: null
      registration_pdf_only: false
      min_age: null
      accessibility_statement: true
      access_services: [captions, sign_language, wheelchair_access]
      videos_without_captions: 0
      pdf_only_documents: false
    participation_pages: [index.html, inscripcion.html, participacion-remota.html, apoyo-traslados.html, accesibilidad.html, en/index.html, pt/index.html]
    deliberate_404: [2025/index.html]
    evidence:
      languages:
        - {page: index.html, quote: "El FGI Uruguay reúne cada año a gobierno, academia, sociedad civil, comunidad técnica y sector privado"}
        - {page: en/index.html, quote: "The Uruguay IGF is the national, multistakeholder forum where government, academia, civil society"}
        - {page: pt/index.html, quote: "Muitas pessoas da fronteira, de Rivera e Santana do Livramento, acompanham o Fórum todos os anos.", note: "whole page in Portuguese although <html lang> says es"}
        - {page: pt/index.html, markup: '<html lang="es">'}
      un_languages:
        - {note: "en and es are UN languages; pt is not"}
      fees:
        - {note: "no price of taking part anywhere"}
        - {page: patrocinio.html, quote: "Oro US$ 3.000", note: "sponsorship: not a fee (also US$ 1.500 and $ 45.000 pesos)"}
        - {page: alojamiento.html, quote: "habitación doble desde $U 3.200 por noche", note: "hotel: not a fee (also $U 950, bus $ 55, taxi $ 400)"}
      free_option:
        - {note: "the site never says whether taking part costs anything (no price, no 'free'): null. Paying bus fares for people from the interior is support, not a statement about the cost of taking part."}
        - {page: inscripcion.html, quote: "El FGI Uruguay está abierto a cualquier persona interesada, tanto en la sala como en línea.", note: "open to anyone, nothing said about cost"}
        - {page: programa.html, quote: "Acceso gratuito a Internet en escuelas rurales", note: "talk title, not a free option (and not a participation page)"}
      fee_support:
        - {page: apoyo-traslados.html, quote: "cubrimos el pasaje de ómnibus de ida y vuelta a Montevideo de hasta 40 personas que vivan en otros departamentos"}
      remote_participation:
        - {page: participacion-remota.html, quote: "Quienes se conecten en línea pueden pedir la palabra con la mano virtual"}
      captcha:
        - {page: inscripcion.html, markup: '<div class="cf-turnstile" data-sitekey="0x4AAAAAAAfgiUyExampleKey"'}
      account_required:
        - {note: "a form without any account or login; no ticket platform"}
      registration_form:
        - {page: inscripcion.html, note: "nombre*, apellido*, correo*, organización (opcional), sector*, departamento, modalidad* (radio group = 1), acepto* (checkbox) = 8 fields, 6 required; organización = affiliation; departamento is residence, sector a stakeholder group: not sensitive"}
        - {page: inscripcion.html, quote: "Organización o institución (opcional)"}
      registration_host:
        - {note: "registration is a form on the site"}
      registration_pdf_only:
        - {note: "online form"}
      min_age:
        - {page: inscripcion.html, quote: "Pueden participar personas de todas las edades; no hay edad mínima."}
      accessibility_statement:
        - {page: accesibilidad.html, quote: "Si necesitás algún apoyo que no figura aquí, escribinos a accesibilidad@fgi-uy.example.org"}
      access_services:
        - {page: accesibilidad.html, quote: "Todas las sesiones plenarias cuentan con intérpretes de Lengua de Señas Uruguaya (LSU)", note: "sign_language"}
        - {page: accesibilidad.html, quote: "Subtitulado en vivo en español, en pantalla y en la transmisión", note: "live subtitles = captions"}
        - {page: accesibilidad.html, quote: "lugares reservados para personas en silla de ruedas", note: "wheelchair_access"}
      videos_without_captions:
        - {page: index.html, markup: '<track kind="captions" src="media/fgi-2025-resumen.es.vtt"', note: "the only video has captions"}
      pdf_only_documents:
        - {note: "no PDF on the site"}
'''
