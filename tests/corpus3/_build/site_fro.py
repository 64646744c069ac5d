"""FRO 2026, Lima (modelled on LACNIC / LACNOG regional operator meetings)."""
from lib import Site, css, nav

NAV_ES = [("index.html", "Inicio"), ("agenda.html", "Agenda"), ("inscripcion.html", "Inscripción"),
          ("becas.html", "Becas"), ("participacion-remota.html", "Participación remota"),
          ("hoteles.html", "Alojamiento"), ("patrocinio.html", "Patrocinio"), ("faq.html", "Preguntas frecuentes")]
NAV_EN = [("en/index.html", "Home"), ("en/registration.html", "Registration"), ("becas.html", "Fellowships (ES)"),
          ("participacion-remota.html", "Remote participation (ES)")]


def header(path, lang):
    items = NAV_EN if lang == "en" else NAV_ES
    return f"""<nav class="navbar navbar-expand-lg navbar-dark bg-primary" aria-label="{'Main' if lang == 'en' else 'Principal'}">
  <div class="container bar">
    <a class="navbar-brand brand" href="@index.html"><img src="@img/logo.svg" alt="FRO" width="40" height="40"> FRO 2026 Lima</a>
    <div class="langs dropdown">
      <a href="@index.html" hreflang="es" lang="es">Español</a>
      <a href="@en/index.html" hreflang="en" lang="en">English</a>
    </div>
  </div>
</nav>
<header class="top">{nav(items, path, label='Secciones' if lang != 'en' else 'Sections', cls='nav nav-pills')}</header>
<main class="container">"""


def footer(path, lang):
    return """</main>
<footer class="foot bg-light"><div class="container">
  <p>Foro Regional de Operadores de Red · Secretaría: Av. José Pardo 231, Miraflores, Lima 15074, Perú · info@fro-lac.example.net · +51 1 555 0142</p>
  <p><a href="@codigo-de-conducta.html">Código de conducta</a> · <a href="@faq.html">Preguntas frecuentes</a> · © 2026 FRO</p>
</div></footer>"""


s = Site("foro-operadores-red-lima", name="FRO 2026", lang="es", css=css("#1f4e9c"),
         logo_text="FRO", colour="#1f4e9c", header=header, footer=footer)
ALT = [("es", "index.html"), ("en", "en/index.html")]

s.page("index.html", "FRO 2026 – Foro Regional de Operadores de Red – Lima, 14 al 18 de septiembre", """
<div class="p-5 mb-4 bg-light rounded-3">
  <h1 class="display-5">FRO 2026 Lima</h1>
  <p class="lead">Del 14 al 18 de septiembre de 2026 · Centro de Convenciones de Lima · presencial y remoto</p>
</div>
<p>El Foro Regional de Operadores de Red reúne a ingenieros de redes, proveedores de acceso a internet,
  puntos de intercambio de tráfico, académicos y reguladores de América Latina y el Caribe. Durante cinco días
  habrá tutoriales, foros técnicos sobre enrutamiento, IPv6, seguridad y redes comunitarias, y el tradicional
  Foro de Políticas.</p>
<div class="row">
  <div class="col-md-4"><h2 class="h4">Inscripción</h2><p>Tarifa anticipada hasta el 15 de agosto. <a href="@inscripcion.html">Inscríbete</a>.</p></div>
  <div class="col-md-4"><h2 class="h4">Becas</h2><p>Becas de viaje para estudiantes, mujeres en tecnología y operadores pequeños. <a href="@becas.html">Postula</a>.</p></div>
  <div class="col-md-4"><h2 class="h4">Desde cualquier lugar</h2><p>La <a href="@participacion-remota.html">participación remota</a> es gratuita.</p></div>
</div>
<p>Todas las sesiones del Foro de Políticas cuentan con interpretación simultánea español–inglés–portugués.</p>
""", alternates=ALT)

s.page("inscripcion.html", "Inscripción – FRO 2026 Lima", """
<h1>Inscripción</h1>
<p>La inscripción presencial incluye acceso a todas las sesiones y tutoriales, almuerzos, coffee breaks y el
  evento social del miércoles. Puedes pagar en dólares estadounidenses o en soles peruanos.</p>
<table class="table table-striped">
  <caption>Cuotas de inscripción</caption>
  <thead>
    <tr><th scope="col" rowspan="2">Categoría</th><th scope="colgroup" colspan="2">Tarifa anticipada (hasta el 15/08)</th><th scope="colgroup" colspan="2">Tarifa regular (desde el 16/08)</th></tr>
    <tr><th scope="col">USD</th><th scope="col">Soles</th><th scope="col">USD</th><th scope="col">Soles</th></tr>
  </thead>
  <tbody>
    <tr><th scope="row">General</th><td>USD 180</td><td>S/ 670</td><td>USD 230</td><td>S/ 855</td></tr>
    <tr><th scope="row">Estudiante</th><td>USD 60</td><td>S/ 225</td><td>USD 60</td><td>S/ 225</td></tr>
    <tr><th scope="row">Participación remota</th><td colspan="4">Gratuita (requiere inscripción)</td></tr>
  </tbody>
</table>
<p class="small">Los montos en soles se calcularon con un tipo de cambio de S/ 3.72 por dólar e incluyen IGV. Los
  becarios del FRO están exonerados de la cuota.</p>

<section class="note">
  <h2>Informações para participantes do Brasil</h2>
  <p>Participantes do Brasil podem pagar a inscrição em dólares com cartão de crédito internacional; o valor é
    o mesmo da tabela acima e a cobrança aparece na fatura convertida para reais pela operadora do cartão. As
    sessões do Fórum de Políticas têm interpretação simultânea para o português. Se você precisar de uma carta
    de convite para solicitar apoio da sua empresa ou universidade, escreva para a secretaria informando seu nome
    completo e o número do passaporte. A participação remota é gratuita e também permite fazer perguntas.</p>
</section>

<h2>Formulario de inscripción</h2>
<form action="@inscripcion.html" method="post" class="needs-validation">
  <input type="hidden" name="evento" value="fro2026">
  <div class="mb-3"><label for="nombres" class="form-label">Nombres *</label>
    <input type="text" class="form-control" id="nombres" name="nombres" required></div>
  <div class="mb-3"><label for="apellidos" class="form-label">Apellidos *</label>
    <input type="text" class="form-control" id="apellidos" name="apellidos" required></div>
  <div class="mb-3"><label for="correo" class="form-label">Correo electrónico *</label>
    <input type="email" class="form-control" id="correo" name="correo" required></div>
  <div class="mb-3"><label for="pais" class="form-label">País de residencia *</label>
    <select class="form-select" id="pais" name="pais_residencia" required>
      <option value="">Selecciona…</option><option>Argentina</option><option>Bolivia</option><option>Brasil</option>
      <option>Chile</option><option>Colombia</option><option>Ecuador</option><option>México</option><option>Perú</option><option>Otro</option>
    </select></div>
  <div class="mb-3"><label for="org" class="form-label">Organización *</label>
    <input type="text" class="form-control" id="org" name="organizacion" autocomplete="organization" required></div>
  <div class="mb-3"><label for="tipo" class="form-label">Tipo de organización</label>
    <select class="form-select" id="tipo" name="tipo_org">
      <option>Operador / ISP</option><option>IXP</option><option>Academia</option><option>Gobierno / regulador</option><option>Sociedad civil</option>
    </select></div>
  <fieldset class="mb-3"><legend class="form-label">Modalidad *</legend>
    <input type="radio" id="m1" name="modalidad" value="presencial" required> <label for="m1">Presencial</label>
    <input type="radio" id="m2" name="modalidad" value="remota"> <label for="m2">Remota (gratuita)</label>
  </fieldset>
  <div class="mb-3"><label for="tel" class="form-label">Teléfono móvil (opcional)</label>
    <input type="tel" class="form-control" id="tel" name="telefono"></div>
  <div class="mb-3"><label for="doc" class="form-label">Número de DNI, carné de extranjería o pasaporte * <small>(requerido por el centro de convenciones para emitir tu credencial)</small></label>
    <input type="text" class="form-control" id="doc" name="documento" required></div>
  <div class="mb-3 form-check check"><input type="checkbox" class="form-check-input" id="coc" name="acepta_codigo" required>
    <label class="form-check-label" for="coc">Acepto el código de conducta *</label></div>
  <div class="frc-captcha" data-sitekey="FCMGD0FRO2026LIMA" data-lang="es"></div>
  <button type="submit" class="btn btn-primary">Enviar inscripción</button>
</form>
<p>Tras enviar el formulario recibirás un enlace de pago (tarjeta o transferencia). Los participantes remotos reciben el enlace de la sala virtual.</p>
""", alternates=[("es", "inscripcion.html"), ("en", "en/registration.html")])

s.page("becas.html", "Becas – FRO 2026 Lima", """
<h1>Programa de becas</h1>
<p>El FRO ofrece alrededor de 60 becas para que personas de la región que no podrían costear el viaje participen
  presencialmente. Cada beca cubre:</p>
<ul>
  <li>pasaje aéreo en clase económica hasta Lima;</li>
  <li>hasta 4 noches de hotel en habitación compartida;</li>
  <li>exoneración de la cuota de inscripción.</li>
</ul>
<p>Pueden postular estudiantes, mujeres en tecnología, operadores de redes comunitarias y personal técnico de
  proveedores pequeños. Los becarios se comprometen a asistir a todo el evento y a compartir lo aprendido en su comunidad.</p>
<p>Plazo de postulación: 30 de junio de 2026. Resultados: 20 de julio. Escribe a becas@fro-lac.example.net.</p>
""")

s.page("participacion-remota.html", "Participación remota – FRO 2026 Lima", """
<h1>Participación remota</h1>
<p>Todas las sesiones plenarias, foros técnicos y el Foro de Políticas se transmiten por una plataforma de
  videoconferencia. La participación remota es gratuita, pero requiere <a href="@inscripcion.html">inscripción</a>
  en la modalidad «Remota».</p>
<ul>
  <li>Podrás hacer preguntas por el chat moderado y pedir la palabra: un moderador remoto te da el micrófono en la cola de intervenciones.</li>
  <li>En el Foro de Políticas, los participantes remotos pueden presentar y defender propuestas igual que los presenciales.</li>
  <li>Los tutoriales tienen laboratorios en línea para quienes siguen a distancia.</li>
</ul>
""")

s.page("faq.html", "Preguntas frecuentes – FRO 2026 Lima", """
<h1>Preguntas frecuentes</h1>
<h2>¿La inscripción incluye los almuerzos?</h2>
<p>Sí, la inscripción presencial incluye almuerzos y coffee breaks de lunes a viernes.</p>
<h2>¿Puedo pagar en soles?</h2>
<p>Sí. Si tienes una tarjeta emitida en el Perú puedes pagar en soles; de lo contrario, en dólares.</p>
<h2>¿Necesito visa para viajar a Perú?</h2>
<p>Consulta en el consulado peruano de tu país. La secretaría emite cartas de invitación a quienes estén inscritos.</p>
<h2>¿Hay descuentos para grupos?</h2>
<p>No. El único valor reducido es el de estudiantes.</p>
""")

s.page("agenda.html", "Agenda – FRO 2026 Lima", """
<h1>Agenda preliminar</h1>
<table class="table">
  <thead><tr><th scope="col">Día</th><th scope="col">Sesión</th></tr></thead>
  <tbody>
    <tr><td>Lunes 14</td><td>Tutorial: Lenguajes de programación para automatizar redes (Python y Go)</td></tr>
    <tr><td>Lunes 14</td><td>Tutorial: RPKI de principio a fin</td></tr>
    <tr><td>Martes 15</td><td>BGP Custom Communities en la práctica: experiencias de tres IXP</td></tr>
    <tr><td>Miércoles 16</td><td>Foro de Políticas (interpretación ES–EN–PT)</td></tr>
    <tr><td>Jueves 17</td><td>Redes comunitarias en la Amazonía: costos y sostenibilidad</td></tr>
    <tr><td>Viernes 18</td><td>Plenaria de cierre</td></tr>
  </tbody>
</table>
""")

s.page("patrocinio.html", "Patrocinio – FRO 2026 Lima", """
<h1>Oportunidades de patrocinio</h1>
<ul>
  <li>Patrocinador Platino: USD 12,000 (stand doble, 6 inscripciones, logo en el escenario)</li>
  <li>Patrocinador Oro: USD 8,000 (stand, 4 inscripciones)</li>
  <li>Patrocinador del evento social: USD 5,500</li>
  <li>Stand para empresas peruanas: S/ 9,500</li>
</ul>
<p>Contacto: patrocinio@fro-lac.example.net</p>
""")

s.page("hoteles.html", "Alojamiento – FRO 2026 Lima", """
<h1>Alojamiento y traslados</h1>
<p>Hotel sede: Westin Lima (San Isidro). Tarifa preferencial de USD 119 + impuestos por noche en habitación
  simple o doble, con desayuno, reservando hasta el 20 de agosto con el código FRO26.</p>
<p>Alternativa económica: Hostal Miraflores Park, desde S/ 140 por noche.</p>
<h2>Desde el aeropuerto</h2>
<p>El traslado oficial aeropuerto–hotel sede cuesta S/ 45 por persona. Un taxi autorizado desde el aeropuerto
  Jorge Chávez cuesta entre S/ 60 y S/ 75 según la zona.</p>
""")

s.page("codigo-de-conducta.html", "Código de conducta – FRO 2026 Lima", """
<h1>Código de conducta</h1>
<p>El FRO es un espacio libre de acoso para todas las personas. Cualquier incidente puede reportarse al equipo
  de la secretaría o a etica@fro-lac.example.net.</p>
""")

s.page("en/index.html", "FRO 2026 – Regional Network Operators Forum – Lima, 14–18 September", """
<h1>FRO 2026 Lima</h1>
<p class="lead">14–18 September 2026 · Lima Convention Center · in person and online</p>
<p>The Regional Network Operators Forum brings together network engineers, internet service providers,
  exchange points, researchers and regulators from Latin America and the Caribbean. The week includes
  tutorials, technical sessions on routing, IPv6, security and community networks, and the Policy Forum, with
  simultaneous interpretation between Spanish, English and Portuguese.</p>
<ul>
  <li><a href="@en/registration.html">Registration</a>: early rate until 15 August; remote participation is free of charge.</li>
  <li>Fellowships cover flights, hotel and the registration fee (<a href="@becas.html">details in Spanish</a>).</li>
  <li>Remote participants can ask questions and take the floor (<a href="@participacion-remota.html">details in Spanish</a>).</li>
</ul>
""", lang="en", alternates=ALT)

s.page("en/registration.html", "Registration – FRO 2026 Lima", """
<h1>Registration</h1>
<p>In-person registration covers all sessions and tutorials, lunches, coffee breaks and Wednesday's social
  event. You can pay in US dollars or in Peruvian soles (PEN).</p>
<table>
  <caption>Registration fees</caption>
  <thead><tr><th scope="col">Category</th><th scope="col">Early (until 15 Aug)</th><th scope="col">Regular (from 16 Aug)</th></tr></thead>
  <tbody>
    <tr><th scope="row">General</th><td>USD 180 / PEN 670</td><td>USD 230 / PEN 855</td></tr>
    <tr><th scope="row">Student</th><td>USD 60 / PEN 225</td><td>USD 60 / PEN 225</td></tr>
    <tr><th scope="row">Remote participation</th><td colspan="2">Free (registration required)</td></tr>
  </tbody>
</table>
<p>The registration form is in Spanish: <a href="@inscripcion.html#nombres">go to the form</a>. Fellows do not pay the fee.</p>
""", lang="en", alternates=[("es", "inscripcion.html"), ("en", "en/registration.html")])
