"""Mérida (Venezuela): a civil-society network's Andean open-data meeting, registration through a Google Form.
Spanish (es-VE) with an English page declared lang="es-VE" and a Wayuu greeting."""
from lib import *

NAV = [("index.html", "Inicio"), ("inscripcion.html", "Inscripción"), ("precios.html", "Precios"),
       ("taller.html", "Taller de visualización"), ("en-linea.html", "Participación en línea"), ("sede.html", "Sede y accesibilidad"),
       ("preguntas.html", "Preguntas frecuentes"), ("english.html", "English"), ("apoyo.html", "Apóyanos"), ("empleo.html", "Empleo")]
s = mk("encuentro-andino-datos-abiertos-merida", "Encuentro Andino de Datos Abiertos 2027 — Mérida", "es-VE", "#6a2c91", "EADA", NAV,
       foot={"es-VE": "<p>Red Venezolana de Datos Abiertos (RVDA), Av. 3 Independencia, Mérida. encuentro@rvda.example.org.ve</p>"})

FREEDAY = "El primer día (jornada de apertura, 21 de octubre) es abierto y gratuito con inscripción previa."
s.page("index.html", "Encuentro Andino de Datos Abiertos 2027", f"""
<h1>Encuentro Andino de Datos Abiertos 2027</h1>
<p>Del 21 al 23 de octubre de 2027 en Mérida. Periodistas de datos, personas que investigan, funcionarias y
funcionarios, desarrolladores y organizaciones comunitarias de los países andinos se reúnen para hablar de datos
abiertos, transparencia presupuestaria y datos para la salud pública.</p>
<p>{FREEDAY}</p>
<p class="note">Wayuunaiki: «Jamaya pia?»</p>
<ul><li><a href="@inscripcion.html">Inscríbete</a></li><li><a href="@precios.html">Precios</a></li>
<li><a href="@en-linea.html">Participa en línea</a></li></ul>
<h2>Así fue el Encuentro 2026</h2>
""" + video("media/encuentro-2026.mp4") + """
<p>Las memorias del encuentro anterior están en la <a href="@memorias-2026.html">página de memorias</a>.</p>
""")
placeholder_media(s, "media/encuentro-2026.mp4")

NOACC = "El formulario de Google no requiere cuenta de Google: basta con un correo electrónico."
s.page("inscripcion.html", "Inscripción", f"""
<h1>Inscripción</h1>
<p>La inscripción se hace en un formulario de Google: <a href="https://docs.google.com/forms/d/e/1FAIpQLSexample-eada2027/viewform">formulario de inscripción del Encuentro</a>.</p>
<p>{NOACC} Al final del formulario eliges la modalidad (presencial o en línea) y el tipo de entrada.</p>
<p>Recibirás por correo las instrucciones de pago.</p>
""")

BS = "Los precios pueden pagarse en dólares o en su equivalente en bolívares a la tasa oficial del BCV del día."
s.page("precios.html", "Precios", f"""
<h1>Precios</h1>
<ul>
<li>Entrada general (tres días): $30</li>
<li>Estudiantes (con carnet vigente): $10</li>
<li>Taller de visualización de datos (22 de octubre, cupo limitado): $15</li>
</ul>
<p>{FREEDAY}</p>
<p>{BS}</p>
""")

s.page("taller.html", "Taller de visualización de datos", """
<h1>Taller de visualización de datos</h1>
<p>Taller práctico del propio Encuentro, el 22 de octubre de 9:00 a 13:00: limpieza de datos presupuestarios y gráficos
accesibles con herramientas libres. Tiene un costo de $15 y se reserva en el formulario de inscripción.</p>
""")

ONLINE = "Las personas inscritas en la modalidad en línea siguen las sesiones por Jitsi Meet y hacen preguntas a los ponentes, que la moderación lee en voz alta en la sala."
s.page("en-linea.html", "Participación en línea", f"""
<h1>Participación en línea</h1>
<p>{ONLINE}</p>
<p>La participación en línea tiene el mismo precio que la presencial; el enlace de Jitsi Meet llega por correo.</p>
""")

RAMP = "El Aula Magna del Centro Cultural Tulio Febres Cordero tiene rampa de acceso y ascensor."
LSV = "Habrá intérprete de lengua de señas venezolana (LSV) en todas las plenarias."
s.page("sede.html", "Sede y accesibilidad", f"""
<h1>Sede y accesibilidad</h1>
<p>Centro Cultural Tulio Febres Cordero, Mérida.</p>
<ul><li>{RAMP}</li><li>{LSV}</li></ul>
<p>Si necesitas otro apoyo, escríbenos a accesibilidad@rvda.example.org.ve.</p>
<h2>Alojamiento y transporte</h2>
<p>Posadas cercanas desde $25 la noche. El pasaje de autobús desde Caracas cuesta alrededor de Bs. 1.850.</p>
""")

s.page("preguntas.html", "Preguntas frecuentes", f"""
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Necesito una cuenta de Google?</summary><p>{NOACC}</p></details>
<details open><summary>¿Hay descuentos?</summary><p>Sí: la entrada para estudiantes cuesta $10. {FREEDAY}</p></details>
<details open><summary>¿Puedo pagar en bolívares?</summary><p>{BS}</p></details>
""")

EN1 = "The Andean Open Data Meeting takes place in Mérida, Venezuela, from 21 to 23 October 2027."
EN2 = "General ticket US$ 30; students US$ 10; data-visualisation workshop US$ 15. The opening day is free with registration."
s.page("english.html", "Andean Open Data Meeting 2027 — in English", f"""
<h1>Andean Open Data Meeting 2027</h1>
<p>{EN1} Data journalists, researchers, public officials, developers and community organisations from the Andean
countries meet to discuss open data, budget transparency and data for public health.</p>
<p>{EN2}</p>
<p>Registration is through a Google Form; no Google account is needed. Online participants follow the sessions on
Jitsi Meet and send questions that the moderators read out to the speakers.</p>
""")

s.page("apoyo.html", "Apóyanos", """
<h1>Apóyanos</h1>
<p>Patrocinio institucional: $500 (logo en la sede y en las memorias). Mesa de exhibición: $120.</p>
<p>Aporte voluntario a la red: sugerimos $5.</p>
""")
s.page("empleo.html", "Empleo", """
<h1>Empleo</h1>
<p>Buscamos analista de datos a medio tiempo: $600 mensuales.</p>
""")

ENTRY = entry(s, name="Encuentro Andino de Datos Abiertos 2027 (Mérida)",
    languages=["en", "es"],
    fees=[(30, "USD"), (10, "USD"), (15, "USD")],
    free_option=True, fee_support=True, remote_participation=True,
    captcha=[], account_required=False,
    registration_form=None, registration_host="docs.google.com", registration_pdf_only=False, min_age=None,
    accessibility_statement=True, access_services=["sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscripcion.html", "precios.html", "taller.html", "en-linea.html", "sede.html", "preguntas.html", "english.html"],
    deliberate_404=["memorias-2026.html"],
    evidence={
        "languages": [N("Spanish site; a whole English page declared lang=\"es-VE\"; the Wayuu line is a greeting only", "english.html")],
        "un_languages": [N("es and en")],
        "fees": [Q("precios.html", "Entrada general (tres días): $30"), Q("precios.html", "Estudiantes (con carnet vigente): $10"),
                 Q("precios.html", "Taller de visualización de datos (22 de octubre, cupo limitado): $15"),
                 Q("precios.html", BS, "bolívares equivalent without an amount: no entry"),
                 Q("english.html", EN2, "restated on the English page: no new entry"),
                 Q("sede.html", "Posadas cercanas desde $25 la noche.", "lodging: not a fee"),
                 Q("sede.html", "alrededor de Bs. 1.850", "bus fare: not a fee"),
                 Q("apoyo.html", "Aporte voluntario a la red: sugerimos $5.", "donation: not a fee"),
                 Q("empleo.html", "$600 mensuales", "salary: not a fee")],
        "free_option": [Q("precios.html", FREEDAY)],
        "fee_support": [Q("precios.html", "Estudiantes (con carnet vigente): $10")],
        "remote_participation": [Q("en-linea.html", ONLINE)],
        "captcha": [N("no CAPTCHA on any page; registration on a Google Form")],
        "account_required": [Q("inscripcion.html", NOACC)],
        "registration_form": [N("no own registration form (only the one-field newsletter-free footer); Google Form", "inscripcion.html")],
        "registration_host": [M("inscripcion.html", 'href="https://docs.google.com/forms/d/e/1FAIpQLSexample-eada2027/viewform"')],
        "registration_pdf_only": [N("online Google Form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("sede.html", RAMP)],
        "access_services": [Q("sede.html", RAMP), Q("sede.html", LSV)],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/encuentro-2026.mp4">')],
        "pdf_only_documents": [N("no PDF")],
    })
