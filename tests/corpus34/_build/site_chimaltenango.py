from lib import *

NAV = [("index.html", "Inicio"), ("cuotas.html", "Cuotas"), ("inscripcion.html", "Inscripción"), ("preguntas.html", "Preguntas"),
       ("accesibilidad.html", "Accesibilidad"), ("catala.html", "Català"), ("patrocinio.html", "Patrocinio"), ("tienda.html", "Tienda")]
s = mk("congreso-comadronas-tradicionales-chimaltenango", "Congreso de Comadronas Tradicionales – Chimaltenango 2027", "es-GT",
       "#8a1c4a", "CCT", NAV,
       foot={"es-GT": "<p>Red de Comadronas Ixoq' Ajq'omanel · 3a. avenida 5-20, zona 2, Chimaltenango · congreso@ixoqajqomanel.example.org.gt</p>"})
placeholder_media(s, "media/comadronas.mp4")

s.page("index.html", "Congreso de Comadronas Tradicionales 2027", """
<h1>Congreso de Comadronas Tradicionales</h1>
<p lang="cak">¡Saqarik!</p>
<p>Del 8 al 10 de septiembre de 2027 nos reunimos en el salón municipal de Chimaltenango más de trescientas comadronas, enfermeras y promotoras para hablar de partos seguros, del respeto a la medicina maya y de la relación con los servicios de salud.</p>
<p>Las comadronas de los distritos de salud de Patzún y Tecpán pueden tomar la palabra por Zoom desde su puesto de salud y votar las conclusiones del congreso.</p>
""" + video("media/comadronas.mp4") + """
<p><a href="@cuotas.html">Cuotas</a> · <a href="@inscripcion.html">Inscripción</a> · <a href="@catala.html">En català</a></p>
""")

s.page("cuotas.html", "Cuotas", """
<h1>Cuotas de participación</h1>
<p>Las comadronas tradicionales no pagan cuota: su participación es gratuita.</p>
<p>Profesionales de salud y personal de ONG: Q150 por los tres días.</p>
<p>Taller de plantas medicinales con las abuelas comadronas (sábado, opcional): Q75.</p>
""")

s.page("inscripcion.html", "Inscripción", """
<h1>Formulario de inscripción</h1>
<p>Pueden inscribirse participantes desde los 17 años cumplidos.</p>
<form action="@inscripcion.html" method="post">
""" + fld("nombre", "Nombre completo (no dejar en blanco)") + fld("dpi", "Número de DPI (no dejar en blanco)")
  + fld("nac", "Fecha de nacimiento", "date") + fld("tel", "Teléfono (no dejar en blanco)", "tel")
  + fld("correo", "Correo electrónico", "email")
  + fld("muni", "Municipio (no dejar en blanco)", "select", opts=["Chimaltenango", "Patzún", "Tecpán", "Comalapa", "Otro"])
  + fld("org", "Organización o puesto de salud")
  + fld("idioma", "Idioma en que prefiere participar", "select", opts=["Kaqchikel", "Español", "K'iche'"])
  + radios("cat", "Categoría", ["Comadrona", "Profesional de salud", "Personal de ONG"])
  + fld("taller", "Me inscribo al taller de plantas medicinales (Q75)", "checkbox")
  + fld("consent", "Acepto que mis datos se usen para organizar el congreso", "checkbox", req=True) + """
<div id="arkose-enforcement" class="arkose-labs" data-pkey="CHIMAL-EXAMPLE"></div>
<button type="submit">Inscribirme</button>
</form>
""")

s.page("preguntas.html", "Preguntas", """
<h1>Preguntas frecuentes</h1>
<h2>¿Me devuelven el pasaje?</h2>
<p>Sí: reembolsamos el pasaje de camioneta a las comadronas que vienen de las aldeas; guarde su boleto. El pasaje de Patzún a Chimaltenango cuesta unos Q10.</p>
<h2>¿Dónde me puedo hospedar?</h2>
<p>El hostal San Juan ofrece habitaciones a Q180 la noche.</p>
<h2>¿Necesito crear una cuenta?</h2>
<p>No, solo llene el formulario.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<p>El salón municipal tiene rampa en la entrada principal y sanitarios para personas en silla de ruedas.</p>
<p>Contaremos con intérpretes de LENSEGUA en las plenarias y con interpretación kaqchikel–español en todas las mesas.</p>
<p>Habrá un espacio de cuidado infantil con cuidadoras para los hijos de las participantes.</p>
<p>Para otras necesidades escriba a Rosa Chicol: acceso@ixoqajqomanel.example.org.gt</p>
""")

s.page("catala.html", "Congrés de llevadores tradicionals", """
<h1>Congrés de llevadores tradicionals de Chimaltenango</h1>
<p>Aquesta pàgina és per a les entitats catalanes que donen suport a la xarxa de llevadores des de fa deu anys.</p>
<p>Del 8 al 10 de setembre de 2027, més de tres-centes llevadores, infermeres i promotores de salut es troben a Chimaltenango per parlar de parts segurs, del respecte a la medicina maia i de la relació amb els serveis públics de salut.</p>
<p>Les llevadores tradicionals no paguen cap quota. Les persones que vinguin de Catalunya poden inscriure's amb el mateix formulari en castellà.</p>
""")

s.page("patrocinio.html", "Patrocinio", """
<h1>Patrocinio</h1>
<p>Paquete de patrocinio institucional: Q5,000 (logotipo en materiales y stand).</p>
""")

s.page("tienda.html", "Tienda", """
<h1>Tienda de la red</h1>
<p>Manojo de plantas medicinales secas: Q25. Güipil bordado por las socias: Q650.</p>
""")

ENTRY = entry(s, name="Traditional midwives' congress 2027 (midwives' network, Chimaltenango, Guatemala)",
    languages=["es", "ca"],
    fees=[(150, "GTQ"), (75, "GTQ")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["arkose"], account_required=False,
    registration_form=(11, 5, ["id_document", "birth_date", "phone", "affiliation"]),
    min_age=17, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation", "childcare"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "cuotas.html", "inscripcion.html", "preguntas.html", "accesibilidad.html", "catala.html"],
    evidence={
        "languages": [Q("index.html", "nos reunimos en el salón municipal de Chimaltenango"),
                      M("catala.html", '<html lang="es-GT">', "whole Catalan page declared es-GT"),
                      Q("catala.html", "Les llevadores tradicionals no paguen cap quota."),
                      M("index.html", '<p lang="cak">', "Kaqchikel greeting: not listable")],
        "un_languages": [N("es")],
        "fees": [Q("cuotas.html", "Profesionales de salud y personal de ONG: Q150 por los tres días."),
                 Q("cuotas.html", "Taller de plantas medicinales con las abuelas comadronas (sábado, opcional): Q75.", "add-on workshop"),
                 Q("preguntas.html", "unos Q10", "bus fare and hostal: not fees"),
                 Q("patrocinio.html", "Q5,000", "sponsor: not a fee"), Q("tienda.html", "Q25", "shop items: not fees")],
        "free_option": [Q("cuotas.html", "Las comadronas tradicionales no pagan cuota: su participación es gratuita.")],
        "fee_support": [Q("preguntas.html", "reembolsamos el pasaje de camioneta a las comadronas que vienen de las aldeas", "FAQ; also the free group")],
        "remote_participation": [Q("index.html", "pueden tomar la palabra por Zoom desde su puesto de salud y votar las conclusiones del congreso.")],
        "captcha": [M("inscripcion.html", '<div id="arkose-enforcement"')],
        "account_required": [Q("preguntas.html", "No, solo llene el formulario.")],
        "registration_form": [N("11 fields: name, DPI, birth date, phone, e-mail, municipality select, organisation, language select, category radio, workshop checkbox, consent checkbox; required: 4 marked (no dejar en blanco) + consent (required attr) = 5", "inscripcion.html"),
                              Q("inscripcion.html", "Número de DPI (no dejar en blanco)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscripcion.html", "desde los 17 años cumplidos")],
        "accessibility_statement": [Q("accesibilidad.html", "El salón municipal tiene rampa en la entrada principal")],
        "access_services": [Q("accesibilidad.html", "sanitarios para personas en silla de ruedas", "wheelchair_access"),
                            Q("accesibilidad.html", "Contaremos con intérpretes de LENSEGUA en las plenarias", "sign_language"),
                            Q("accesibilidad.html", "interpretación kaqchikel–español en todas las mesas", "interpretation"),
                            Q("accesibilidad.html", "Habrá un espacio de cuidado infantil con cuidadoras", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/comadronas.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
