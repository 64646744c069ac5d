"""Hackatón de Datos Abiertos Medellín (Open Data Day style). Spanish, plus an English page whose
<html lang> says "es". Free; transport support; remote teams pitch live; Google Forms; from age 14.
Peso amounts everywhere (prizes, sponsors, hotel, metro) but no fee. The registration page is
linked only from the home page. No accessibility content. One uncaptioned video."""
from lib import Site, chrome, css, video, placeholder_media

NAV = [("index.html", "Inicio"), ("retos.html", "Retos"), ("remoto.html", "Equipos remotos"), ("apoyos.html", "Apoyos"),
       ("premios.html", "Premios"), ("aliados.html", "Aliados"), ("llegar.html", "Cómo llegar"), ("faq.html", "Preguntas"),
       ("english.html", "English")]
FOOT = {"es": '<p>Hackatón de Datos Abiertos Medellín · Corporación Datos al Barrio (ficticia) · '
              '<a href="mailto:hola@hackdatos-med.example.co">hola@hackdatos-med.example.co</a> · '
              '<a href="@edicion-2025.html">Edición 2025</a></p>'}
H, F = chrome("Hackatón de Datos Abiertos Medellín", {"es": NAV}, foot=FOOT, skip={"es": "Ir al contenido"})
s = Site("hackaton-datos-abiertos-medellin", name="Hackatón de Datos Abiertos Medellín 2026", lang="es-CO",
         css=css("#c0392b"), logo_text="HDA", colour="#c0392b", header=H, footer=F)
placeholder_media(s, "media/resumen-2025.mp4")

s.page("index.html", "Hackatón de Datos Abiertos Medellín 2026 – 7 y 8 de marzo", f"""
<h1>Hackatón de Datos Abiertos Medellín 2026</h1>
<p>Sábado 7 y domingo 8 de marzo de 2026, Parque Explora y en línea. Con motivo del Día de los Datos
Abiertos, equipos de tres a cinco personas tienen 30 horas para construir herramientas con los datos
públicos de la ciudad: movilidad, calidad del aire, presupuesto participativo y más.</p>
<p><a class="button" href="@inscripcion.html">Inscríbete</a></p>
<h2>Así fue la edición 2025</h2>
{video("media/resumen-2025.mp4")}
<p>¿Quieres ver los proyectos del año pasado? Están en la página de la <a href="@edicion-2025.html">edición 2025</a>.</p>
""")

s.page("inscripcion.html", "Inscripción – Hackatón de Datos Abiertos Medellín 2026", """
<h1>Inscripción</h1>
<p>La participación es gratuita. Incluye refrigerios, almuerzo del sábado y del domingo y camiseta.</p>
<p>Pueden participar personas desde los 14 años. Quienes sean menores de edad deben traer la
autorización firmada por su madre, padre o acudiente.</p>
<p>Inscríbete, solo o con tu equipo, en nuestro
<a href="https://docs.google.com/forms/d/e/1FAIpQLSd4tH4ckMed2026xYzq8Pa1Lm/viewform">formulario de Google</a>
antes del 25 de febrero. Si vienes sin equipo, te ayudamos a encontrar uno el sábado por la mañana.</p>
""")

s.page("remoto.html", "Equipos remotos – Hackatón de Datos Abiertos Medellín 2026", """
<h1>Equipos remotos</h1>
<p>Si no puedes venir a Medellín, puedes inscribir un equipo remoto desde cualquier municipio de
Colombia. Los equipos remotos trabajan desde su ciudad, reciben mentorías por videollamada y
presentan su demo en vivo ante el jurado el domingo, en la misma ronda que los equipos presenciales.</p>
<p>Compiten por los mismos premios y pueden votar en el premio del público.</p>
""")

s.page("apoyos.html", "Apoyos – Hackatón de Datos Abiertos Medellín 2026", """
<h1>Apoyos para participar</h1>
<p>Para que nadie se quede por fuera, ofrecemos un auxilio de transporte a participantes que vivan
fuera del Valle de Aburrá: cubrimos el pasaje de bus intermunicipal ida y vuelta hasta por $ 150.000
por persona.</p>
<p>También prestamos portátiles a quien no tenga uno. Solicítalos en el formulario de inscripción.</p>
""")

s.page("english.html", "Medellín Open Data Hackathon 2026 in English", """
<h1>Medellín Open Data Hackathon 2026</h1>
<p>On 7 and 8 March 2026, teams of three to five people have 30 hours to build tools with the city's
open data, at Parque Explora and online. Taking part is free, and meals during both days are on us.</p>
<p>International participants are welcome in remote teams: you work from home, get mentoring by video
call and pitch your demo live to the jury on Sunday. Mentoring and judging are in Spanish, but the
jury accepts pitches in English.</p>
<p>Registration is through our Google form, linked from the Spanish registration page. Anyone aged
14 or over can take part; participants under 18 need a signed consent form from a parent or guardian.</p>
""")

s.page("faq.html", "Preguntas frecuentes – Hackatón de Datos Abiertos Medellín 2026", """
<h1>Preguntas frecuentes</h1>
<h2>¿Necesito una cuenta de Google para inscribirme?</h2>
<p>No. El formulario no pide iniciar sesión; solo tu nombre, tu correo y los datos de tu equipo.</p>
<h2>¿Tengo que saber programar?</h2>
<p>No. Los mejores equipos mezclan programación, diseño, periodismo y conocimiento del barrio.</p>
<h2>¿Los datos son abiertos?</h2>
<p>Sí. Todos los conjuntos de datos del reto tienen licencia abierta.</p>
""")

s.page("retos.html", "Retos – Hackatón de Datos Abiertos Medellín 2026", """
<h1>Retos 2026</h1>
<ol>
<li>Lenguaje claro en trámites: reescribir los formularios más usados de la Alcaldía.</li>
<li>Costos del transporte público: cuánto gasta un hogar de estrato 2 en moverse.</li>
<li>Aire limpio: alertas tempranas con los datos de las estaciones de calidad del aire.</li>
</ol>
""")

s.page("premios.html", "Premios – Hackatón de Datos Abiertos Medellín 2026", """
<h1>Premios</h1>
<ul>
<li>Primer puesto: Col$ 12.000.000 y acompañamiento de seis meses.</li>
<li>Segundo puesto: $ 6.000.000 COP.</li>
<li>Premio del público: $ 3.000.000.</li>
</ul>
""")

s.page("aliados.html", "Aliados – Hackatón de Datos Abiertos Medellín 2026", """
<h1>Sé aliado del Hackatón</h1>
<ul>
<li>Aliado Platino: $ 40.000.000 COP — nombra un reto y participa en el jurado.</li>
<li>Aliado Oro: $ 18.000.000 COP.</li>
<li>Aliado Comunitario: $ 5.000.000 COP.</li>
</ul>
""")

s.page("llegar.html", "Cómo llegar – Hackatón de Datos Abiertos Medellín 2026", """
<h1>Cómo llegar y dónde dormir</h1>
<p>Parque Explora queda junto a la estación Universidad del Metro. El pasaje del Metro cuesta $ 3.570.</p>
<p>Hoteles cercanos: Hotel Carabobo, desde $ 190.000 por noche; Hostal La Playa, $ 65.000 por cama.</p>
""")
