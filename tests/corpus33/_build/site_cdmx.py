from lib import *

NAV = [("index.html", "Hackatón"), ("registro.html", "Registro de equipos"), ("taller.html", "Taller previo"),
       ("preguntas.html", "Preguntas"), ("accesibilidad.html", "Accesibilidad"), ("premios.html", "Premios"),
       ("patrocinio.html", "Patrocinio"), ("llegar.html", "Cómo llegar")]
FOOT = {"es-MX": '<p>Colectivo Agua Abierta, A.C. — Calz. Ermita Iztapalapa, CDMX. hola@agua-abierta.example.mx</p>'
        '<p><a href="@ediciones/2025.html">Edición 2025</a></p>'}
s = mk("hackaton-datos-agua-iztapalapa", "Hackatón de Datos del Agua 2027", "es-MX", "#006d77", "H2O", NAV, foot=FOOT)

s.page("index.html", "Hackatón de Datos del Agua", f"""
<h1>Hackatón de Datos del Agua 2027</h1>
<p lang="oto">Ki hats'i!</p>
<p>Cuarenta y ocho horas para construir, con datos abiertos de pipas, fugas y tandeos, herramientas que ayuden a los
vecinos del oriente de la ciudad a saber cuándo y dónde llegará el agua.</p>
<p>Participar en el hackatón es gratuito. Del 22 al 24 de octubre de 2027 en la Utopía Meyehualco. Registre a su equipo en
<a href="@registro.html">Registro de equipos</a>.</p>
{video("media/hackaton-2025.mp4")}
{video("media/bienvenida.mp4", track="media/bienvenida.vtt", track_lang="es", label="Español")}
""")

s.page("registro.html", "Registro de equipos", f"""
<h1>Registro de equipos</h1>
<p>Equipos de dos o tres personas, a partir de los 16 años. Los campos con * son obligatorios.</p>
<form action="@registro.html" method="post">
{fld("equipo", "Nombre del equipo *")}
{fld("alcaldia", "Alcaldía", "select", opts=["Iztapalapa", "Tláhuac", "Milpa Alta", "Xochimilco", "Otra"])}
<fieldset><legend>Persona líder</legend>
{fld("l_nombre", "Nombre *")}
{fld("l_correo", "Correo *", "email")}
{fld("l_cel", "Celular *", "tel")}
</fieldset>
<fieldset><legend>Integrante 2</legend>
{fld("i2_nombre", "Nombre *")}
{fld("i2_correo", "Correo", "email")}
</fieldset>
<fieldset><legend>Integrante 3 (opcional)</legend>
{fld("i3_nombre", "Nombre")}
{fld("i3_correo", "Correo", "email")}
</fieldset>
{radios("reto", "Reto *", ["Fugas", "Pipas", "Tandeos"])}
{fld("acepto", "Acepto el código de conducta *", "checkbox")}
<div id="arkose-enforcement" class="arkose-labs" data-pkey="00000000-0000-0000-0000-000000000000"></div>
<button type="submit">Registrar equipo</button>
</form>
""")

s.page("taller.html", "Taller previo", """
<h1>Taller previo: Python para datos abiertos</h1>
<p>Sábado 16 de octubre, de 10 a 14 h. Cupo: 40 personas. Costo: $350.</p>
<p>Los boletos del taller se compran en <a href="https://www.eventbrite.com.mx/e/taller-python-datos-agua-2027">Eventbrite</a>
como invitado, sin crear una cuenta. El hackatón en sí no tiene costo.</p>
""")

s.page("preguntas.html", "Preguntas", """
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Podemos participar a distancia?</summary>
<p>Sí. Los equipos en línea trabajan desde casa y presentan su prototipo al jurado por videollamada en Jitsi el domingo.</p></details>
<details><summary>¿Hay apoyo para traslados?</summary>
<p>Los equipos de Milpa Alta y Tláhuac reciben apoyo de transporte de $200 por persona.</p></details>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>La Utopía tiene elevador y baños accesibles; todo el recinto es accesible en silla de ruedas.</p>
<p>Las presentaciones finales tendrán interpretación en Lengua de Señas Mexicana (LSM).</p>
""")

s.page("premios.html", "Premios", """
<h1>Premios</h1>
<p>Primer lugar: $40,000; segundo: $20,000.</p>
""")

s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio</h1>
<p>Paquete de patrocinio: $60,000 MXN.</p>
""")

s.page("llegar.html", "Cómo llegar", """
<h1>Cómo llegar</h1>
<p>Metro Constitución de 1917 (boleto $5). Hoteles en Iztapalapa desde $900 la noche.</p>
""")

placeholder_media(s, "media/hackaton-2025.mp4")
placeholder_media(s, "media/bienvenida.mp4")
vtt(s, "media/bienvenida.vtt", "Bienvenidas y bienvenidos al hackatón.")

ENTRY = entry(
    s, name="Water data hackathon 2027 (open-water collective, Iztapalapa, Mexico City)",
    languages=["es"], fees=[(350, "MXN")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["arkose"], account_required=False,
    registration_form=(11, 7, ["phone"]), registration_host="www.eventbrite.com.mx", min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "registro.html", "taller.html", "preguntas.html", "accesibilidad.html"],
    deliberate_404=["ediciones/2025.html"],
    evidence={
        "languages": [Q("index.html", "Cuarenta y ocho horas para construir"),
                      M("index.html", '<p lang="oto">', "Otomí greeting: not listable")],
        "un_languages": [N("es")],
        "fees": [Q("taller.html", "Costo: $350.", "paid pre-hackathon workshop"),
                 Q("preguntas.html", "apoyo de transporte de $200 por persona", "transport support: not a fee"),
                 Q("premios.html", "Primer lugar: $40,000", "prizes: not fees"),
                 Q("patrocinio.html", "Paquete de patrocinio: $60,000 MXN.", "sponsor: not a fee"),
                 Q("llegar.html", "Hoteles en Iztapalapa desde $900 la noche.", "metro, hotel: not fees")],
        "free_option": [Q("index.html", "Participar en el hackatón es gratuito.")],
        "fee_support": [Q("preguntas.html", "Los equipos de Milpa Alta y Tláhuac reciben apoyo de transporte")],
        "remote_participation": [Q("preguntas.html", "presentan su prototipo al jurado por videollamada en Jitsi")],
        "captcha": [M("registro.html", 'id="arkose-enforcement"')],
        "account_required": [Q("taller.html", "como invitado, sin crear una cuenta")],
        "registration_form": [N("11 fields: team name, alcaldía select, leader name/e-mail/mobile, member 2 name/e-mail, "
                                "member 3 name/e-mail, challenge radio, code-of-conduct checkbox; required (*): team, "
                                "leader name, e-mail, mobile, member 2 name, challenge, checkbox = 7", "registro.html")],
        "registration_host": [M("taller.html", 'href="https://www.eventbrite.com.mx/e/taller-python-datos-agua-2027"',
                                "beside the own team form")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("registro.html", "a partir de los 16 años")],
        "accessibility_statement": [Q("accesibilidad.html", "todo el recinto es accesible en silla de ruedas")],
        "access_services": [Q("accesibilidad.html", "accesible en silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "Lengua de Señas Mexicana (LSM)", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/hackaton-2025.mp4">', "no track; the other video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
