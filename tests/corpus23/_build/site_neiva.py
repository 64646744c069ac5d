from lib import *

NAV = [("index.html", "Inicio"), ("tarifas.html", "Tarifas"), ("inscripcion.html", "Inscripción"),
       ("transmision.html", "Transmisión"), ("accesibilidad.html", "Accesibilidad"), ("expositores.html", "Expositores"),
       ("viaje.html", "Viaje y hospedaje"), ("tienda.html", "Tienda")]
s = mk("congreso-cafes-especiales-huila-neiva", "Congreso de Cafés Especiales del Huila 2027", "es-CO", "#6b3e26", "CH",
       NAV, foot={"es-CO": "<p>Red de Asociaciones Cafeteras del Sur del Huila · congreso@cafeshuila.example.co</p>"})

s.page("index.html", "Congreso de Cafés Especiales del Huila 2027", """
<h1>Congreso de Cafés Especiales del Huila</h1>
<p>Del 22 al 24 de septiembre de 2027, en el Centro de Convenciones José Eustasio Rivera de Neiva, productores,
catadores, tostadores y estudiantes de agronomía se reúnen para hablar de calidad, fermentaciones y precios justos.</p>
<p>Consulte las <a href="@tarifas.html">tarifas</a> y haga su <a href="@inscripcion.html">inscripción en línea</a>.</p>
<video controls preload="none" width="640" src="media/finca.mp4"></video>
<section>
<h2>For international buyers</h2>
<p>The Huila Specialty Coffee Congress brings together growers, cuppers, roasters and agronomy students for three
days of talks, cupping sessions and direct-trade meetings. International buyers register with the same online form
and pay the general rate shown on the rates page.</p>
</section>
""")
placeholder_media(s, "media/finca.mp4")

s.page("tarifas.html", "Tarifas", """
<h1>Tarifas</h1>
<table><caption>Inscripción al congreso</caption>
<tr><th>Categoría</th><th>Valor</th></tr>
<tr><td>General</td><td>$ 350.000</td></tr>
<tr><td>Estudiantes de agronomía</td><td>$ 150.000</td></tr>
<tr><td>Taller de catación (cupos limitados)</td><td>COP 90.000</td></tr>
</table>
<p class="note">Los caficultores con cédula cafetera vigente se inscriben gratis: la Red asume el valor de su inscripción.</p>
""")

s.page("inscripcion.html", "Inscripción", f"""
<h1>Inscripción</h1>
<p>Los campos marcados (obligatorio) deben diligenciarse.</p>
<form action="@inscripcion.html" method="post">
{fld("nombre", "Nombre completo (obligatorio)")}
{fld("correo", "Correo electrónico (obligatorio)", "email")}
{fld("cedula", "Número de cédula (obligatorio)")}
{fld("celular", "Celular (obligatorio)", "tel")}
{fld("nacimiento", "Fecha de nacimiento", "date")}
{fld("finca", "Finca, asociación o empresa (obligatorio)")}
{fld("municipio", "Municipio", "select", opts=["Pitalito", "Garzón", "La Plata", "Neiva", "Otro"])}
{radios("perfil", "Perfil (obligatorio)", ["Caficultor", "Estudiante", "Tostador o comprador", "Otro"])}
{fld("taller", "Deseo inscribirme al taller de catación", "checkbox")}
{fld("alimentacion", "Alimentación", "select", opts=["Sin restricciones", "Vegetariana", "Sin gluten"])}
{fld("datos", "Autorizo el tratamiento de mis datos personales (obligatorio)", "checkbox")}
<div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
<button type="submit">Inscribirme</button>
</form>
<p>El congreso está dirigido a mayores de 18 años.</p>
""")

s.page("transmision.html", "Transmisión", """
<h1>Transmisión en vivo</h1>
<p>Las conferencias se transmiten por YouTube. Quienes sigan la transmisión pueden enviar preguntas por el chat: una
moderadora las lee a los panelistas en cada bloque de preguntas.</p>
<p>La transmisión tiene subtitulado en vivo en español.</p>
<video controls preload="none" width="640" src="media/resumen.mp4">
  <track kind="captions" src="media/resumen-es.vtt" srclang="es" label="Español" default>
</video>
""")
placeholder_media(s, "media/resumen.mp4")
vtt(s, "media/resumen-es.vtt", "Bienvenidos al congreso")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El centro de convenciones tiene rampas en todas las entradas y baños accesibles; el auditorio es accesible en silla de ruedas.</p>
<p>Habrá intérprete de lengua de señas colombiana (LSC) en las conferencias centrales.</p>
<p>Escríbanos a accesibilidad@cafeshuila.example.co si necesita otro apoyo.</p>
""")
s.page("expositores.html", "Expositores", """
<h1>Expositores y patrocinio</h1><p>Stand de 3 × 3 m: $ 2.500.000. Patrocinio oro: $ 15.000.000. Premio al mejor lote: $ 8.000.000.</p>
""")
s.page("viaje.html", "Viaje y hospedaje", """
<h1>Viaje y hospedaje</h1><p>Hotel Yaguará: $ 210.000 la noche. Bus Bogotá–Neiva: desde $ 65.000.</p>
""")
s.page("tienda.html", "Tienda", """
<h1>Tienda del congreso</h1><p>Café de origen, libra de 500 g: $ 38.000. Camiseta: $ 45.000.</p>
""")

ENTRY = entry(s, name="Huila Specialty Coffee Congress 2027 (growers' network, Neiva)",
    languages=["es", "en"], fees=[(350000, "COP"), (150000, "COP"), (90000, "COP")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False, registration_form=(11, 7, ["id_document", "phone", "birth_date", "affiliation"]),
    min_age=18, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tarifas.html", "inscripcion.html", "transmision.html", "accesibilidad.html"],
    evidence={
        "languages": [Q("index.html", "productores, catadores, tostadores y estudiantes de agronomía se reúnen"),
                      Q("index.html", "The Huila Specialty Coffee Congress brings together growers", "English section without lang")],
        "un_languages": [N("es, en")],
        "fees": [Q("tarifas.html", "General $ 350.000", "350000 COP"),
                 Q("tarifas.html", "Estudiantes de agronomía $ 150.000", "150000 COP"),
                 Q("tarifas.html", "Taller de catación (cupos limitados) COP 90.000", "90000 COP"),
                 Q("expositores.html", "Stand de 3 × 3 m: $ 2.500.000.", "stand, sponsorship, prize: not fees"),
                 Q("viaje.html", "Hotel Yaguará: $ 210.000 la noche.", "hotel and bus: not fees"),
                 Q("tienda.html", "Café de origen, libra de 500 g: $ 38.000.", "shop items: not fees")],
        "free_option": [Q("tarifas.html", "Los caficultores con cédula cafetera vigente se inscriben gratis")],
        "fee_support": [Q("tarifas.html", "Estudiantes de agronomía $ 150.000", "student rate"),
                        Q("tarifas.html", "la Red asume el valor de su inscripción", "free places for one group")],
        "remote_participation": [Q("transmision.html", "pueden enviar preguntas por el chat: una moderadora las lee a los panelistas")],
        "captcha": [M("inscripcion.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account or login mentioned")],
        "registration_form": [N("11 fields (name, e-mail, cédula, mobile, birth date, farm/association/company, "
                                "municipality select, profile radio, workshop checkbox, diet select, data consent); 7 "
                                "marked (obligatorio); sensitive id_document, phone, birth_date, affiliation",
                                "inscripcion.html"),
                              Q("inscripcion.html", "Número de cédula (obligatorio)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "El congreso está dirigido a mayores de 18 años.")],
        "accessibility_statement": [Q("accesibilidad.html", "el auditorio es accesible en silla de ruedas")],
        "access_services": [Q("accesibilidad.html", "el auditorio es accesible en silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "intérprete de lengua de señas colombiana (LSC)", "sign_language"),
                            Q("transmision.html", "La transmisión tiene subtitulado en vivo en español.", "captions")],
        "videos_without_captions": [M("index.html", 'src="media/finca.mp4"></video>', "no track"),
                                    M("transmision.html", '<track kind="captions" src="media/resumen-es.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
