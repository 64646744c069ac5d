from lib import mk, Q, M, N, entry, fld, radios
NAV = [("index.html", "Inicio"), ("tarifas.html", "Tarifas"), ("inscripcion.html", "Inscripción"), ("preguntas.html", "Preguntas"),
       ("idiomas.html", "Idiomas"), ("tienda.html", "Tienda"), ("hospedaje.html", "Hospedaje"), ("auspiciadores.html", "Auspiciadores")]
s = mk("taller-tejedoras-tintes-naturales-cusco", "Taller de Tejedoras: Tintes Naturales — Cusco", "es-PE", "#a8321e", "TT", NAV,
       foot={"es-PE": "<p>Asociación Awaq Warmikuna (ficticia), Calle Tullumayo 312, Cusco. <a href=\"mailto:taller@awaq-warmikuna.example.pe\">taller@awaq-warmikuna.example.pe</a></p>"})
s.page("index.html", "Taller de Tintes Naturales 2027", """
<h1>Taller de Tintes Naturales 2027</h1>
<p>Durante tres días, tejedoras de Chinchero, Pitumarca y Accha comparten recetas de tintes con cochinilla, chilca y q'olle, y aprenden a fijar colores sin químicos. Del 6 al 8 de octubre de 2027 en el local comunal de San Blas.</p>
<section lang="qu">
<h2>Runasimipi</h2>
<p>Kay yachachinakuypiqa awaq warmikuna Chinchero, Pitumarca, Accha llaqtakunamanta hamunku. Paykuna willanakunqaku imaynatam kukuchinilla, chillka, q'olle qurakunawan llimphinku chayta.</p>
<p>Kimsa p'unchaw kanqa, San Blas llaqtapi, octubre killapi.</p>
</section>
<p><a href="@tarifas.html">Tarifas</a> · <a href="@inscripcion.html">Inscripción</a></p>
""")
s.page("tarifas.html", "Tarifas", """
<h1>Tarifas</h1>
<ul>
<li>Inscripción general: S/ 180</li>
<li>Socias de asociaciones de tejedoras afiliadas: S/ 120</li>
<li>Visita opcional a los talleres de Chinchero (con movilidad): S/ 60</li>
</ul>
<p>No hay inscripciones gratuitas. No ofrecemos becas, descuentos ni apoyo para pasajes.</p>
""")
s.page("inscripcion.html", "Inscripción", """
<h1>Ficha de inscripción</h1>
<p>Los campos con * son obligatorios.</p>
<form action="@inscripcion.html" method="post">
""" + fld("nom", "Nombres *") + fld("ape", "Apellidos *") + fld("dni", "DNI *") + fld("nac", "Fecha de nacimiento *", "date")
  + fld("cel", "Celular *", "tel") + fld("mail", "Correo electrónico", "email") + fld("asoc", "Asociación de tejedoras o comunidad")
  + radios("sexo", "Sexo", ["Mujer", "Hombre"]) + fld("visita", "Voy a la visita a Chinchero", "checkbox") + fld("com", "Comentarios", "textarea") + """
<div class="h-captcha" data-sitekey="20000000-cusco"></div>
<button type="submit">Enviar</button>
</form>
<p>Se aceptan participantes desde los catorce años.</p>
""")
s.page("preguntas.html", "Preguntas", """
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Se transmitirá por internet?</summary><p>No. El taller es solo presencial, porque se trabaja con ollas y lana.</p></details>
<details open><summary>¿Necesito una cuenta?</summary><p>No, solo la ficha.</p></details>
""")
s.page("idiomas.html", "Idiomas", """
<h1>Idiomas del taller</h1>
<p>Las sesiones se dan en quechua con interpretación quechua–español para las participantes que no hablan quechua.</p>
""")
s.page("tienda.html", "Tienda", """
<h1>Tienda de la asociación</h1>
<p>Manta tejida en telar de cintura: S/ 350. Chullo de alpaca: S/ 75.</p>
""")
s.page("hospedaje.html", "Hospedaje", """
<h1>Hospedaje</h1>
<p>Hostal en San Blas: S/ 90 la noche. Colectivo Cusco–Chinchero: S/ 6.</p>
""")
s.page("auspiciadores.html", "Auspiciadores", """
<h1>Auspiciadores</h1>
<p>Paquete de auspicio: S/ 4,000.</p>
""")
ENTRY = entry(s, name="Andean weavers' natural dyes workshop 2027 (weavers' association, Cusco, Peru)",
    languages=["es", "qu"], fees=[(180, "PEN"), (120, "PEN"), (60, "PEN")], free_option=False, fee_support=False,
    remote_participation=False, captcha=["hcaptcha"], account_required=False,
    registration_form=(10, 5, ["id_document", "birth_date", "phone", "affiliation", "gender"]), min_age=14,
    accessibility_statement=False, access_services=["interpretation"], videos_without_captions=0,
    participation_pages=["index.html", "tarifas.html", "inscripcion.html", "preguntas.html", "idiomas.html"],
    evidence={
        "languages": [Q("index.html", "Durante tres días, tejedoras de Chinchero"), M("index.html", '<section lang="qu">', "Quechua section"),
                      Q("index.html", "Kay yachachinakuypiqa awaq warmikuna Chinchero, Pitumarca, Accha llaqtakunamanta hamunku.")],
        "un_languages": [N("es")],
        "fees": [Q("tarifas.html", "Inscripción general: S/ 180"), Q("tarifas.html", "Socias de asociaciones de tejedoras afiliadas: S/ 120", "member rate: a fee, not support"),
                 Q("tarifas.html", "Visita opcional a los talleres de Chinchero (con movilidad): S/ 60", "field visit of the workshop: a fee"),
                 Q("tienda.html", "Manta tejida en telar de cintura: S/ 350.", "goods: not fees"),
                 Q("hospedaje.html", "Hostal en San Blas: S/ 90 la noche.", "hostal, colectivo: not fees"),
                 Q("auspiciadores.html", "Paquete de auspicio: S/ 4,000.", "sponsor: not a fee")],
        "free_option": [Q("tarifas.html", "No hay inscripciones gratuitas.")],
        "fee_support": [Q("tarifas.html", "No ofrecemos becas, descuentos ni apoyo para pasajes.")],
        "remote_participation": [Q("preguntas.html", "No. El taller es solo presencial, porque se trabaja con ollas y lana.")],
        "captcha": [M("inscripcion.html", '<div class="h-captcha"')],
        "account_required": [Q("preguntas.html", "No, solo la ficha.")],
        "registration_form": [N("10 fields (given names, surnames, DNI, birth date, mobile, e-mail, association, sex radio, visit checkbox, comments); required: 5 marked *", "inscripcion.html"),
                              Q("inscripcion.html", "DNI *")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "Se aceptan participantes desde los catorce años.")],
        "accessibility_statement": [N("only interpretation is mentioned; no provision, no access contact", "idiomas.html")],
        "access_services": [Q("idiomas.html", "con interpretación quechua–español", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF document")],
    })
