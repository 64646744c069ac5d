"""Quetzaltenango (Guatemala): a government secretariat's regional public consultation on a national open-data policy.
Spanish with a K'iche' section without a lang attribute. Pages and labels written together."""
from lib import mk, Q, M, N, entry, fld

SLUG = "consulta-politica-datos-abiertos-xela"
NAV = [("index.html", "Inicio"), ("participar.html", "Cómo participar"), ("documentos.html", "Documentos"),
       ("transmision.html", "Transmisión"), ("accesibilidad.html", "Accesibilidad"), ("preguntas.html", "Preguntas"),
       ("presupuesto.html", "Presupuesto de la política"), ("convocatorias.html", "Convocatorias")]
FOOT = {"es-GT": "<p>© 2027 Secretaría de Gobierno Digital y Datos Abiertos (SEGDA) · Sede regional de Quetzaltenango · "
                 "consulta.xela@segda.example.gt</p>"}
s = mk(SLUG, "Consulta pública sobre la Política Nacional de Datos Abiertos", "es-GT", "#2f5d8a", "SEGDA", NAV,
       foot=FOOT)

KI1 = ("Ri Secretaría kakib'ij chke ri winaq rech kakib'ij ri kich'ob'ik chirij ri k'ak' pixab' rech ri jaqalik "
       "etamab'al. Ri nimaq'ij kab'an pa Xelajuj No'j pa 8 rech julio 2027.")
KI2 = ("We kaj kach'aw pa ri nimaq'ij, chatz'ib'aj ri wuj PDF xuquje' chaya' pa ri ja rech ri Secretaría pa "
       "Xelajuj No'j.")
PDFONLY = ("No hay inscripción en línea: para intervenir, descargue la solicitud de intervención en PDF, llénela y "
           "entréguela en la oficina departamental o envíela escaneada a consulta.xela@segda.example.gt.")
AGE = "Para hacer uso de la palabra es necesario ser mayor de 18 años."
ORAL = "Las intervenciones orales son solo presenciales; cada persona dispone de cinco minutos."
PDFDOC = "El borrador de la política y la solicitud de intervención están disponibles solo en PDF."
STREAM = "La sesión se transmite por YouTube solo para seguirla; no se reciben preguntas ni intervenciones en línea."
SIGN = "Habrá intérpretes de LENSEGUA durante toda la sesión."
CAP = "Las intervenciones se proyectan con subtitulado en vivo."
WHEEL = "El salón está en la planta baja, con rampa de acceso y sanitario adaptado para sillas de ruedas."
INTERP = "Se ofrece interpretación K'iche'–español para quienes deseen intervenir en su idioma."
CHILD = "Contaremos con un espacio de cuidado infantil con cuidadoras para niñas y niños de 3 a 10 años."
BUS = ("La Secretaría pone un bus gratuito desde Totonicapán y San Marcos; sale a las 6:30 del parque central de cada "
       "cabecera.")

s.write("img/codigo.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40">'
        '<rect width="120" height="40" fill="#eee"/><text x="12" y="28" font-family="monospace" font-size="22" '
        'fill="#333" transform="rotate(-4 60 20)">7K4Q9</text></svg>\n')
QFORM = ('<form action="@preguntas.html" method="post">'
         + fld("nombre", "Nombre") + fld("correo", "Correo electrónico", "email")
         + fld("pregunta", "Su pregunta", "textarea")
         + '<p><img src="@img/codigo.svg" alt="Código de verificación" width="120" height="40"></p>'
         + fld("codigo", "Escriba el código que ve en la imagen")
         + '<button type="submit">Enviar pregunta</button></form>')

s.page("index.html", "Consulta pública sobre la Política Nacional de Datos Abiertos — Quetzaltenango", f"""
<h1>Consulta pública regional sobre la Política Nacional de Datos Abiertos</h1>
<p class="note">Sede Quetzaltenango — 8 de julio de 2027, de 9:00 a 14:00, Salón de la Casa de la Cultura.</p>
<p>La Secretaría de Gobierno Digital y Datos Abiertos (SEGDA) somete a consulta el borrador de la Política Nacional de Datos Abiertos 2027–2032. En la sede de Quetzaltenango se escucharán las opiniones de municipalidades, universidades, organizaciones indígenas, periodistas, empresas y ciudadanía de la región occidental.</p>
<p>Lea el <a href="@documentos.html">borrador</a>, vea <a href="@participar.html">cómo pedir la palabra</a> y consulte la información de <a href="@accesibilidad.html">accesibilidad</a>.</p>
<section>
<h2>Pa K'iche'</h2>
<p>{KI1}</p>
<p>{KI2}</p>
</section>
""")

s.page("participar.html", "Cómo participar", f"""
<h1>Cómo participar</h1>
<p>{PDFONLY}</p>
<p>{AGE}</p>
<p>{ORAL}</p>
<p>El público puede asistir sin solicitud previa hasta completar el aforo del salón. También se reciben comentarios escritos por correo hasta el 31 de julio de 2027.</p>
<p><a href="@documentos/solicitud-intervencion.pdf">Solicitud de intervención (PDF)</a></p>
""")

s.pdf("documentos/borrador-politica-datos-abiertos.pdf", "SEGDA - Borrador de la Politica Nacional de Datos Abiertos 2027-2032")
s.pdf("documentos/solicitud-intervencion.pdf", "SEGDA - Consulta publica Quetzaltenango\nSolicitud de intervencion\nNombre / DPI / Organizacion / Tema")
s.page("documentos.html", "Documentos", f"""
<h1>Documentos de la consulta</h1>
<p>{PDFDOC}</p>
<ul>
  <li><a href="@documentos/borrador-politica-datos-abiertos.pdf">Borrador de la Política Nacional de Datos Abiertos (PDF, 38 páginas)</a></li>
  <li><a href="@documentos/solicitud-intervencion.pdf">Solicitud de intervención (PDF)</a></li>
  <li><a href="@informe-2025.html">Informe de la consulta de 2025</a></li>
</ul>
""")

s.page("transmision.html", "Transmisión", f"""
<h1>Transmisión</h1>
<p>{STREAM}</p>
<p>La grabación quedará disponible en el canal de la Secretaría.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", f"""
<h1>Accesibilidad</h1>
<p>{WHEEL}</p>
<p>{SIGN}</p>
<p>{CAP}</p>
<p>{INTERP}</p>
<p>{CHILD}</p>
<p>Si necesita otro apoyo, escriba a accesibilidad@segda.example.gt.</p>
""")

s.page("preguntas.html", "Preguntas frecuentes", f"""
<h1>Preguntas frecuentes</h1>
<details open><summary>¿Cómo llego desde otros municipios?</summary><p>{BUS}</p></details>
<details open><summary>¿Dónde puedo alojarme?</summary><p>Hay hoteles en el centro de Xela desde Q 350 por noche; el bus extraurbano desde la capital cuesta unos Q 60.</p></details>
<details open><summary>¿Puedo enviar comentarios por escrito?</summary><p>Sí, por correo electrónico hasta el 31 de julio de 2027.</p></details>
<h2>Envíenos su pregunta</h2>
{QFORM}
""")

s.page("presupuesto.html", "Presupuesto de la política", """
<h1>Presupuesto estimado de la política</h1>
<p>El borrador estima una inversión de Q 45 millones en cinco años, de los cuales Q 6,500,000 se destinan al portal nacional de datos abiertos y Q 2,000,000 a la capacitación de municipalidades.</p>
""")

s.page("convocatorias.html", "Convocatorias", """
<h1>Convocatorias</h1>
<p>Consultor o consultora en datos abiertos: Q 14,000 mensuales, contrato de seis meses.</p>
<p>Facilitadores de la consulta: Q 600 por día.</p>
""")

ENTRY = entry(
    s, name="Consulta pública regional sobre la Política Nacional de Datos Abiertos (Quetzaltenango)",
    languages=["es"], fees=[], free_option=None, fee_support=True, remote_participation=False, captcha=["image"],
    account_required=False, registration_form=None, registration_host=None, registration_pdf_only=True, min_age=18,
    accessibility_statement=True,
    access_services=["sign_language", "captions", "wheelchair_access", "interpretation", "childcare"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "participar.html", "documentos.html", "transmision.html", "accesibilidad.html",
                         "preguntas.html"],
    deliberate_404=["informe-2025.html"],
    evidence={
        "languages": [Q("index.html", "La Secretaría de Gobierno Digital y Datos Abiertos (SEGDA) somete a consulta"),
                      Q("index.html", KI1, "K'iche' section without lang: no ISO 639-1 code, not listable")],
        "un_languages": [N("es")],
        "fees": [N("no price of taking part anywhere"),
                 Q("presupuesto.html", "Q 45 millones en cinco años", "budget under consultation: not a fee"),
                 Q("convocatorias.html", "Q 14,000 mensuales", "salary: not a fee"),
                 Q("preguntas.html", "desde Q 350 por noche", "hotel: not a fee")],
        "free_option": [N("nothing said about the cost of taking part (the public may attend, people may ask to speak); "
                          "the free bus is transport, not a statement on cost: null")],
        "fee_support": [Q("preguntas.html", BUS, "free bus from other departments (FAQ)")],
        "remote_participation": [Q("transmision.html", STREAM), Q("participar.html", ORAL)],
        "captcha": [M("preguntas.html", '<img src="img/codigo.svg" alt="Código de verificación"',
                      "self-hosted image code on the question form")],
        "account_required": [N("no account: PDF request")],
        "registration_form": [Q("participar.html", PDFONLY, "no online form; the question form (4 fields with the "
                                "image-code box) is not a registration form")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("participar.html", PDFONLY)],
        "min_age": [Q("participar.html", AGE)],
        "accessibility_statement": [Q("accesibilidad.html", WHEEL)],
        "access_services": [Q("accesibilidad.html", WHEEL, "wheelchair_access"),
                            Q("accesibilidad.html", SIGN, "sign_language"), Q("accesibilidad.html", CAP, "captions"),
                            Q("accesibilidad.html", INTERP, "interpretation"),
                            Q("accesibilidad.html", CHILD, "childcare")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("documentos.html", PDFDOC)],
    })
