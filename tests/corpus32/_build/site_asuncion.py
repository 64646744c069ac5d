from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
NAV = [("index.html", "Inicio"), ("costos.html", "Costos"), ("inscripcion.html", "Inscripción"), ("preguntas.html", "Preguntas"),
       ("accesibilidad.html", "Accesibilidad"), ("auspicios.html", "Auspicios"), ("alojamiento.html", "Alojamiento"), ("precios.html", "Precios del material")]
s = mk("encuentro-recicladores-asuncion", "Encuentro Nacional de Recicladores — Asunción", "es-PY", "#4a7d1e", "ER", NAV,
       foot={"es-PY": "<p>Red de Cooperativas de Reciclaje Ñepyrũ (ficticia), Avda. Artigas 1450, Asunción. <a href=\"mailto:encuentro@nepyru-recicla.example.com.py\">encuentro@nepyru-recicla.example.com.py</a></p>"})
placeholder_media(s, "media/cateura.mp4")
s.page("index.html", "Encuentro Nacional de Recicladores 2027", """
<h1>Encuentro Nacional de Recicladores 2027</h1>
<p>Recicladoras y recicladores de base de Cateura, Ciudad del Este, Encarnación y Concepción se reúnen el 18 y 19 de septiembre de 2027 en el Centro Cultural del Bañado para debatir la ley de envases, la seguridad en los vertederos y la venta conjunta del material.</p>
""" + video("media/cateura.mp4") + """
<p><a href="@costos.html">Costos</a> · <a href="@inscripcion.html">Inscripción</a> · <a href="@memoria-2025.html">Memoria 2025</a></p>
<section>
<h2>Guaraníme</h2>
<p>Ko aty guasúpe oñembyaty umi tapicha ombyatýva mba'e ojepoi va'ekue Cateura, Ciudad del Este ha Encarnación-gui. Oñemongeta hína léi pyahu rehe ha mba'éichapa ikatu oñemba'apo porãve.</p>
<p>Umi cooperativa rembiapoha ndohepymeẽmo'ãi mba'eve oike hag̃ua.</p>
</section>
""")
s.page("costos.html", "Costos", """
<h1>Costos de participación</h1>
<table><caption>Cuota de inscripción</caption>
<tr><th>Categoría</th><th>Cuota</th></tr>
<tr><td>Organizaciones, municipios y empresas</td><td>Gs. 150.000</td></tr>
<tr><td>Estudiantes universitarios</td><td>Gs. 60.000</td></tr>
<tr><td>Socios de cooperativas de recicladores</td><td>Sin costo</td></tr>
</table>
<p>A los recicladores del interior se les reintegra el pasaje de ómnibus presentando el boleto.</p>
""")
s.page("inscripcion.html", "Inscripción", """
<h1>Inscripción</h1>
<form action="@inscripcion.html" method="post">
""" + fld("nom", "Nombre y apellido (obligatorio)") + fld("ci", "Cédula de identidad (obligatorio)") + fld("tel", "Teléfono o WhatsApp (obligatorio)", "tel")
  + fld("mail", "Correo electrónico", "email") + fld("coop", "Cooperativa u organización (obligatorio)")
  + fld("dep", "Departamento", "select", opts=["Central", "Alto Paraná", "Itapúa", "Concepción"])
  + radios("cat", "Categoría (obligatorio)", ["Socio de cooperativa", "Organización", "Estudiante"])
  + radios("mod", "Modalidad", ["Presencial", "Por Zoom"]) + fld("acep", "Acepto el reglamento del encuentro", "checkbox", req=True) + """
<div id="arkose-enforcement" data-public-key="ARK-NEPYRU"></div>
<button type="submit">Inscribirme</button>
</form>
<p>Pueden participar personas desde los dieciséis años.</p>
""")
s.page("preguntas.html", "Preguntas frecuentes", """
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Se puede participar a distancia?</summary><p>Sí: quienes se inscriban por Zoom pueden pedir la palabra en las plenarias y votar las conclusiones.</p></details>
<details open><summary>¿Hace falta crear una cuenta?</summary><p>No, basta con el formulario.</p></details>
""")
s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El Centro Cultural tiene rampa de acceso y baño adaptado para personas en silla de ruedas.</p>
<p>Habrá intérpretes de lengua de señas paraguaya (LSPy) e interpretación español–guaraní en todas las plenarias.</p>
<p>Consultas: <a href="mailto:accesible@nepyru-recicla.example.com.py">accesible@nepyru-recicla.example.com.py</a></p>
""")
s.page("auspicios.html", "Auspicios", """
<h1>Auspicios</h1>
<p>Auspicio oro: Gs. 5.000.000.</p>
""")
s.page("alojamiento.html", "Alojamiento", """
<h1>Alojamiento</h1>
<p>Hotel del centro: Gs. 280.000 por noche. Pasaje de colectivo: Gs. 3.400.</p>
""")
s.page("precios.html", "Precios del material", """
<h1>Precios del material</h1>
<p>Cartón: Gs. 1.200 el kilo. PET: Gs. 2.500 el kilo.</p>
""")
ENTRY = entry(s, name="National recyclers' meeting 2027 (recycling cooperatives' network, Asunción, Paraguay)",
    languages=["es", "gn"], fees=[(150000, "PYG"), (60000, "PYG")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["arkose"], account_required=False,
    registration_form=(9, 6, ["id_document", "phone", "affiliation"]), min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=1,
    participation_pages=["index.html", "costos.html", "inscripcion.html", "preguntas.html", "accesibilidad.html"],
    deliberate_404=["memoria-2025.html"],
    evidence={
        "languages": [Q("index.html", "Recicladoras y recicladores de base de Cateura"),
                      Q("index.html", "Ko aty guasúpe oñembyaty umi tapicha ombyatýva mba'e ojepoi va'ekue", "Guaraní section without lang")],
        "un_languages": [N("es")],
        "fees": [Q("costos.html", "Gs. 150.000", "150000 PYG"), Q("costos.html", "Gs. 60.000", "60000 PYG students"),
                 Q("auspicios.html", "Auspicio oro: Gs. 5.000.000.", "sponsor: not a fee"),
                 Q("alojamiento.html", "Hotel del centro: Gs. 280.000 por noche.", "hotel, colectivo: not fees"),
                 Q("precios.html", "Cartón: Gs. 1.200 el kilo.", "material prices: not fees")],
        "free_option": [Q("costos.html", "Socios de cooperativas de recicladores", "row: Sin costo")],
        "fee_support": [Q("costos.html", "A los recicladores del interior se les reintegra el pasaje de ómnibus presentando el boleto."),
                        Q("costos.html", "Estudiantes universitarios", "student rate")],
        "remote_participation": [Q("preguntas.html", "Sí: quienes se inscriban por Zoom pueden pedir la palabra en las plenarias y votar las conclusiones.")],
        "captcha": [M("inscripcion.html", '<div id="arkose-enforcement"')],
        "account_required": [Q("preguntas.html", "No, basta con el formulario.")],
        "registration_form": [N("9 fields (name, cédula, phone, e-mail, cooperative, department select, category radio, modality radio, consent checkbox); required: 5 marked (obligatorio) + consent = 6", "inscripcion.html"),
                              Q("inscripcion.html", "Cédula de identidad (obligatorio)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "Pueden participar personas desde los dieciséis años.")],
        "accessibility_statement": [Q("accesibilidad.html", "El Centro Cultural tiene rampa de acceso y baño adaptado para personas en silla de ruedas.")],
        "access_services": [Q("accesibilidad.html", "rampa de acceso y baño adaptado para personas en silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "Habrá intérpretes de lengua de señas paraguaya (LSPy) e interpretación español–guaraní en todas las plenarias.", "sign_language and interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/cateura.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
