"""XXXI Congreso Nacional de Bibliotecarios y Archivistas, Guadalajara. Spanish (Mexico).
Fees in "$1,800.00 MXN", "MX$600" and USD; exhibitor stands, hotel, Macrobús, IVA. Registration
only by PDF form + bank deposit; programme only as PDF. Becas. Webcast only. Ramps and lifts.
A talk about sign language is not a service; a single English title does not make a language."""
from lib import Site, chrome, css

NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción y cuotas"), ("becas.html", "Becas"),
       ("programa.html", "Programa"), ("conferencistas.html", "Conferencistas"), ("accesibilidad.html", "Accesibilidad"),
       ("expositores.html", "Expositores"), ("hospedaje.html", "Hospedaje"), ("convocatoria.html", "Convocatoria de ponencias")]
FOOT = {"es": '<p>Asociación Mexicana de Profesionales de la Información (ficticia) · Av. Juárez 976, Guadalajara, Jal. · '
              '<a href="mailto:congreso@ampi.example.mx">congreso@ampi.example.mx</a></p>'}
H, F = chrome("XXXI Congreso Nacional de Bibliotecarios y Archivistas", {"es": NAV}, foot=FOOT, skip={"es": "Saltar al contenido"})
s = Site("congreso-bibliotecarios-guadalajara", name="XXXI Congreso Nacional de Bibliotecarios y Archivistas",
         lang="es-MX", css=css("#6b2c91"), logo_text="CNBA", colour="#6b2c91", header=H, footer=F)

s.page("index.html", "XXXI Congreso Nacional de Bibliotecarios y Archivistas – Guadalajara 2026", """
<h1>XXXI Congreso Nacional de Bibliotecarios y Archivistas</h1>
<p>Guadalajara, Jalisco, del 14 al 16 de octubre de 2026, Expo Guadalajara.</p>
<p>Lema: «Bibliotecas abiertas, comunidades vivas».</p>
<p>Conferencia inaugural: “Libraries as Open Infrastructure”.</p>
<p>Durante tres días, profesionales de bibliotecas públicas, universitarias y escolares, así como de
archivos históricos y administrativos de todo el país, comparten experiencias, proyectos y
herramientas. Habrá talleres precongreso, sesiones de ponencias, exposición comercial y visitas.</p>
<ul>
<li><a href="@inscripcion.html">Inscripción y cuotas</a></li>
<li><a href="@becas.html">Becas para bibliotecarios municipales</a></li>
<li><a href="@programa.html">Programa general</a></li>
<li><a href="@accesibilidad.html">Accesibilidad</a></li>
</ul>
<p>Las conferencias magistrales se transmitirán por Facebook Live.</p>
""")

s.page("inscripcion.html", "Inscripción y cuotas – XXXI CNBA", """
<h1>Inscripción y cuotas</h1>
<table>
<caption>Cuotas de recuperación</caption>
<tr><th>Categoría</th><th>Cuota</th></tr>
<tr><td>Asociados al corriente de sus cuotas</td><td>$1,800.00 MXN</td></tr>
<tr><td>No asociados</td><td>$2,400.00 MXN</td></tr>
<tr><td>Estudiantes de licenciatura (con credencial vigente)</td><td>$900.00 MXN</td></tr>
<tr><td>Participantes del extranjero</td><td>USD 150</td></tr>
<tr><td>Taller precongreso (opcional, 13 de octubre)</td><td>MX$600</td></tr>
</table>
<p>Todas las cuotas están en pesos mexicanos e incluyen IVA, salvo la de participantes del extranjero.</p>
<h2>Cómo inscribirse</h2>
<ol>
<li>Descargue la <a href="@docs/ficha-inscripcion-cnba2026.pdf">ficha de inscripción (PDF, 140 KB)</a>, llénela y fírmela.</li>
<li>Realice el depósito o la transferencia a la cuenta de la Asociación que aparece en la ficha.</li>
<li>Envíe la ficha escaneada y el comprobante de pago a inscripciones@ampi.example.mx.</li>
</ol>
<p>La inscripción queda confirmada cuando recibe nuestro correo de confirmación.</p>
""")
s.pdf("docs/ficha-inscripcion-cnba2026.pdf", """Ficha de inscripcion - XXXI Congreso Nacional de Bibliotecarios y Archivistas
Nombre completo: ____________________
Institucion: ____________________
Correo electronico: ____________________
Categoria: asociado / no asociado / estudiante / extranjero
Firma: ____________________""")

s.page("becas.html", "Becas – XXXI CNBA", """
<h1>Becas</h1>
<p>La Asociación otorga 25 becas a personal de bibliotecas públicas de municipios con menos de 50,000
habitantes. La beca cubre la cuota de inscripción y un apoyo de hospedaje de hasta $3,000 MXN.</p>
<p>Envíe su solicitud con una carta de su presidencia municipal a becas@ampi.example.mx antes del 31 de julio.</p>
""")

s.page("programa.html", "Programa – XXXI CNBA", """
<h1>Programa general</h1>
<p>El programa completo, con horarios, salas y talleres, está disponible únicamente en PDF.</p>
<p><a href="@docs/programa-general-cnba2026.pdf">Programa general (PDF, 1.2 MB)</a></p>
""")
s.pdf("docs/programa-general-cnba2026.pdf", """Programa general - XXXI CNBA 2026
13 de octubre: talleres precongreso
14 de octubre: inauguracion, conferencia inaugural, sesiones de ponencias
15 de octubre: sesiones de ponencias, exposicion comercial
16 de octubre: visitas y clausura""")

s.page("accesibilidad.html", "Accesibilidad – XXXI CNBA", """
<h1>Accesibilidad</h1>
<p>Expo Guadalajara cuenta con rampas, elevadores y sanitarios adaptados para personas usuarias de
silla de ruedas. En el auditorio principal hay espacios reservados para sillas de ruedas.</p>
<p>Si necesita algún apoyo para participar, escriba a accesibilidad@ampi.example.mx.</p>
""")

s.page("conferencistas.html", "Conferencistas – XXXI CNBA", """
<h1>Conferencistas y ponencias destacadas</h1>
<ul>
<li>Mtra. Lucía Herrera — «Servicios bibliotecarios en Lengua de Señas Mexicana: la experiencia de Zapopan»</li>
<li>Dr. Ernesto Villaseñor — «Costos reales de la digitalización en archivos municipales»</li>
<li>Lic. Ana Paula Ríos — «Libraries as Open Infrastructure»</li>
</ul>
""")

s.page("expositores.html", "Expositores – XXXI CNBA", """
<h1>Exposición comercial</h1>
<ul>
<li>Stand sencillo (3 × 2 m): $35,000.00 MXN + IVA</li>
<li>Stand doble: $62,000.00 MXN + IVA</li>
</ul>
<p>Cada stand incluye dos gafetes de expositor. Precios más IVA (16%).</p>
""")

s.page("hospedaje.html", "Hospedaje – XXXI CNBA", """
<h1>Hospedaje y traslados</h1>
<p>Hotel sede: Hotel Minerva, tarifa de convenio $1,650 MXN por noche en habitación doble.</p>
<p>El pasaje del Macrobús cuesta $9.50. Un viaje en aplicación desde el aeropuerto cuesta alrededor de $350.
Estacionamiento gratuito en la Expo.</p>
""")

s.page("convocatoria.html", "Convocatoria de ponencias – XXXI CNBA", """
<h1>Convocatoria de ponencias</h1>
<p>Reciba propuestas hasta el 15 de junio. No se cobra por enviar ponencias; las personas ponentes
aceptadas deben inscribirse al Congreso.</p>
""")
