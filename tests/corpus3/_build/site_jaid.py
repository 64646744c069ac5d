"""JAID 2026, Buenos Aires (modelled on Argentine academic meetings such as JAIIO/SADIO and university congresses)."""
from lib import Site, css, nav

NAV = [("index.html", "Inicio"), ("programa.html", "Programa"), ("inscripcion.html", "Inscripción y aranceles"),
       ("becas.html", "Becas"), ("virtual.html", "Asistencia virtual"), ("alojamiento.html", "Alojamiento"),
       ("auspicios.html", "Auspicios"), ("informacoes.html", "Em português"), ("contacto.html", "Contacto")]


def header(path, lang):
    return f"""<div id="wrapper">
<header class="top" id="header">
  <div class="bar">
    <a class="brand" href="@index.html"><img src="@img/logo.svg" alt="JAID" width="44" height="44"> JAID 2026 · Jornadas Argentinas de Informática y Derecho</a>
  </div>
  {nav(NAV, path, label="Menú")}
</header>
<main id="content" class="entry-content">"""


def footer(path, lang):
    return """</main>
<footer class="foot" id="footer"><div>
  <p>JAID 2026 · Facultad de Derecho, Universidad de Buenos Aires · Av. Figueroa Alcorta 2263, C1425CKB, Ciudad Autónoma de Buenos Aires · jaid@jaid.example.org.ar</p>
</div></footer>
</div>"""


s = Site("jornadas-informatica-derecho", name="JAID 2026", lang="es-AR", css=css("#37474f"),
         logo_text="JAID", colour="#37474f", header=header, footer=footer)

s.page("index.html", "JAID 2026 – Jornadas Argentinas de Informática y Derecho – Buenos Aires", """
<h1>JAID 2026 — Jornadas Argentinas de Informática y Derecho</h1>
<p><strong>1 al 3 de octubre de 2026 · Facultad de Derecho (UBA), Buenos Aires · modalidad híbrida</strong></p>
<p>Las Jornadas reúnen a juristas, informáticos, docentes, estudiantes y funcionarios judiciales para debatir
  sobre protección de datos, inteligencia artificial en la justicia, delitos informáticos y gobierno digital. En
  su edición número 14, las JAID recibirán trabajos de toda Iberoamérica.</p>
<ul>
  <li><a href="@inscripcion.html">Inscripción y aranceles</a></li>
  <li><a href="@becas.html">Becas para estudiantes</a></li>
  <li><a href="@virtual.html">Asistencia virtual</a> sin cargo</li>
  <li><a href="@informacoes.html">Informações em português</a></li>
</ul>
""")

s.page("inscripcion.html", "Inscripción y aranceles – JAID 2026", """
<h1>Inscripción y aranceles</h1>
<p>Los valores están expresados en pesos argentinos (ARS) para participantes residentes en la Argentina y en
  dólares estadounidenses para participantes del exterior.</p>
<table>
  <thead><tr><th scope="col">Categoría</th><th scope="col">Arancel</th></tr></thead>
  <tbody>
    <tr><td>Socios de la Asociación de Informática Jurídica</td><td>$ 45.000</td></tr>
    <tr><td>No socios</td><td>$ 60.000</td></tr>
    <tr><td>Estudiantes de grado (con certificado de alumno regular)</td><td>$ 15.000</td></tr>
    <tr><td>Participantes del exterior</td><td>USD 120</td></tr>
    <tr><td>Estudiantes del exterior</td><td>USD 40</td></tr>
    <tr><td>Asistencia virtual</td><td>Sin cargo, con inscripción previa</td></tr>
  </tbody>
</table>
<p>El pago se realiza por transferencia bancaria o Mercado Pago una vez recibida la confirmación de la inscripción. Se emite factura C.</p>
<h2>Formulario de inscripción</h2>
<form action="@inscripcion.html" method="post">
  <label for="nya">Nombre y apellido (obligatorio)</label>
  <input type="text" id="nya" name="nombre_apellido" required>
  <label for="dni">DNI o pasaporte (obligatorio)</label>
  <input type="text" id="dni" name="dni" required>
  <label for="mail">Correo electrónico (obligatorio)</label>
  <input type="email" id="mail" name="email" required>
  <label for="inst">Institución o lugar de trabajo (obligatorio)</label>
  <input type="text" id="inst" name="institucion" required>
  <label for="cat">Categoría (obligatorio)</label>
  <select id="cat" name="categoria" required>
    <option>Socio/a</option><option>No socio/a</option><option>Estudiante</option><option>Exterior</option><option>Estudiante del exterior</option>
  </select>
  <fieldset>
    <legend>Modalidad (obligatorio)</legend>
    <input type="radio" id="mod1" name="modalidad" value="presencial" required> <label for="mod1">Presencial</label>
    <input type="radio" id="mod2" name="modalidad" value="virtual"> <label for="mod2">Virtual (sin cargo)</label>
  </fieldset>
  <label for="tel">Teléfono celular (opcional)</label>
  <input type="tel" id="tel" name="celular">
  <label for="iva">Condición frente al IVA (obligatorio)</label>
  <select id="iva" name="condicion_iva" required>
    <option>Consumidor final</option><option>Monotributista</option><option>Responsable inscripto</option><option>Exento</option>
  </select>
  <p class="check"><input type="checkbox" id="acepto" name="acepto" required>
    <label for="acepto">Acepto que mis datos se usen para la organización de las Jornadas (obligatorio)</label></p>
  <div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-000000000002"></div>
  <button type="submit">Enviar</button>
</form>
""")

s.page("becas.html", "Becas – JAID 2026", """
<h1>Becas</h1>
<p>La organización otorga 30 becas para estudiantes de universidades públicas del interior del país. Cada beca
  cubre el arancel completo de inscripción y hasta $ 150.000 de ayuda para traslado y alojamiento.</p>
<p>Postulaciones hasta el 31 de julio a becas@jaid.example.org.ar, con certificado de alumno regular y una nota
  de un docente.</p>
""")

s.page("virtual.html", "Asistencia virtual – JAID 2026", """
<h1>Asistencia virtual</h1>
<p>Todas las sesiones se transmiten por videoconferencia. La asistencia virtual es sin cargo, con inscripción
  previa. Los asistentes virtuales podrán formular preguntas por el chat moderado y presentar sus trabajos en las
  sesiones híbridas, con los mismos tiempos que los expositores presenciales.</p>
<p>Se emiten certificados de asistencia virtual.</p>
""")

s.page("informacoes.html", "JAID 2026 – Informações em português", """
<h1>Informações para participantes do Brasil e de Portugal</h1>
<p>As Jornadas Argentinas de Informática e Direito acontecem de 1 a 3 de outubro de 2026 na Faculdade de
  Direito da Universidade de Buenos Aires, em formato híbrido. Aceitamos trabalhos escritos em português.</p>
<p>A taxa de inscrição para participantes do exterior é de USD 120, e de USD 40 para estudantes. A participação
  virtual é gratuita, mediante inscrição prévia, e permite fazer perguntas e apresentar trabalhos nas sessões
  híbridas.</p>
<p>O formulário de inscrição está em espanhol. Escolha a categoria "Exterior" e informe o número do seu
  passaporte. O pagamento pode ser feito por transferência internacional.</p>
""", lang="es")

s.page("programa.html", "Programa – JAID 2026", """
<h1>Programa preliminar</h1>
<ul>
  <li>Conferencia inaugural: Inteligencia artificial y debido proceso</li>
  <li>Panel: Lenguaje claro en sentencias judiciales</li>
  <li>Taller: Costumbre, contrato y blockchain</li>
  <li>Mesa: Protección de datos personales y la reforma de la Ley 25.326</li>
</ul>
""")

s.page("alojamiento.html", "Alojamiento – JAID 2026", """
<h1>Alojamiento y traslados</h1>
<p>Hoteles con convenio: Hotel Recoleta Plaza, desde $ 85.000 por noche en habitación doble; Hostel Palermo,
  desde $ 28.000 por persona. Un remís desde el aeropuerto de Ezeiza cuesta alrededor de $ 35.000; el colectivo
  8, menos de $ 1.000.</p>
""")

s.page("auspicios.html", "Auspicios – JAID 2026", """
<h1>Auspicios</h1>
<ul>
  <li>Auspicio Oro: $ 2.500.000</li>
  <li>Auspicio Plata: $ 1.200.000</li>
  <li>Stand institucional: $ 600.000</li>
</ul>
""")

s.page("contacto.html", "Contacto – JAID 2026", """
<h1>Contacto</h1>
<p>Escribinos a jaid@jaid.example.org.ar o llamanos al +54 11 4809-5600 (interno 2263), de lunes a viernes de 10 a 16.</p>
""")
