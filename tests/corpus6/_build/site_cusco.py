from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = {"es": [("index.html", "Inicio"), ("entradas.html", "Entradas"), ("becas.html", "Becas"), ("jovenes.html", "Jóvenes hablantes"),
              ("programa.html", "Programa"), ("turismo.html", "Turismo"), ("videos.html", "Videos"), ("en/index.html", "English")],
       "en": [("en/index.html", "Home"), ("entradas.html", "Tickets (es)")]}
s = mk("encuentro-lenguas-originarias-cusco", "Encuentro de Lenguas Originarias y Tecnología", "es", "#6a1b9a", "LO", NAV,
       foot={"es": "<p>Colectivo Rimaq Tech · encuentro@lenguas-tec.example.pe · <a href=\"@prensa.html\">Prensa</a></p>"})
for v in ("media/teclado.mp4", "media/corpus.mp4"):
    placeholder_media(s, v)
vtt(s, "media/teclado.es.vtt", "Presentación del teclado.")

s.page("index.html", "Encuentro de Lenguas Originarias y Tecnología — Cusco", """
<h1>Encuentro de Lenguas Originarias y Tecnología</h1>
<p>Tres días en Cusco (21–23 de agosto) para hablantes, docentes, lingüistas y desarrolladores que crean teclados, correctores, diccionarios
y traductores para el quechua, el aimara, el asháninka y otras lenguas originarias.</p>
<p><a href="@entradas.html">Entradas</a> · <a href="@becas.html">Becas de viaje</a> · <a href="@jovenes.html">Taller de jóvenes hablantes</a></p>
""")

s.page("entradas.html", "Entradas", """
<h1>Entradas</h1>
<table><tr><th>Tipo de entrada</th><th>Precio</th></tr>
<tr><td>Público general (tres días)</td><td>60 soles</td></tr>
<tr><td>Hablantes y estudiantes de pueblos indígenas u originarios</td><td>Entrada libre y gratuita</td></tr></table>
<p>Las entradas se reservan en <a href="https://www.eventbrite.com/e/encuentro-lenguas-originarias-tecnologia-000000000000">Eventbrite</a>.</p>
<p>Interpretación quechua–castellano en las plenarias.</p>
""")

s.page("becas.html", "Becas de viaje", """
<h1>Becas de viaje</h1>
<p>Ofrecemos 30 becas que cubren el pasaje en bus y el alojamiento para hablantes que vienen de comunidades de Apurímac, Puno y la Amazonía.
Postula antes del 15 de julio escribiendo a becas@lenguas-tec.example.pe.</p>
""")

s.page("jovenes.html", "Taller de jóvenes hablantes", """
<h1>Taller de jóvenes hablantes</h1>
<p>Un taller de dos días para crear contenido digital en lengua originaria, para jóvenes de 16 a 29 años. Cupos: 40.</p>
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul><li>Modelos de lenguaje para el quechua sureño</li><li>Registro de variantes dialectales en diccionarios abiertos</li>
<li>Precio de la conectividad en comunidades rurales</li><li>Accesibilidad de teclados móviles</li></ul>
<p>Ver también la <a href="@programa-completo.html">versión imprimible</a>.</p>
""")

s.page("turismo.html", "Turismo", """
<h1>Turismo en Cusco</h1>
<p>La agencia Inti Viajes (no organizada por el Encuentro) ofrece una excursión opcional a Sacsayhuamán por S/ 45 por persona.
Hospedajes cercanos desde S/ 120 por noche. El boleto turístico parcial cuesta 70 soles.</p>
""")

s.page("videos.html", "Videos", """
<h1>Videos de la edición anterior</h1>
<h2>Un teclado para el aimara</h2>
""" + video("media/teclado.mp4", track="media/teclado.es.vtt", track_kind="subtitles", track_lang="es", label="Español") + """
<h2>Corpus orales en asháninka</h2>
""" + video("media/corpus.mp4") + "\n")

s.page("prensa.html", "Prensa", """
<h1>Prensa</h1><p>Contacto de prensa: prensa@lenguas-tec.example.pe.</p>
""")

s.page("en/index.html", "Gathering on Indigenous Languages and Technology — Cusco", """
<h1>Gathering on Indigenous Languages and Technology</h1>
<p>Three days in Cusco (21–23 August) for speakers, teachers, linguists and developers building keyboards, spell checkers, dictionaries
and translation tools for Quechua, Aymara, Asháninka and other Indigenous languages. The general ticket costs 60 soles; speakers and
students from Indigenous communities attend free of charge. Travel grants are available for speakers from rural communities.</p>
""", lang="en")

ENTRY = entry(s, name="Encuentro de Lenguas Originarias y Tecnología (Indigenous languages and technology gathering)",
    languages=["es", "en"], fees=[(60, "PEN")], free_option=True, fee_support=True, remote_participation=False,
    account_required=False, registration_host="www.eventbrite.com", min_age=16, accessibility_statement=False,
    access_services=["interpretation"], videos_without_captions=1,
    participation_pages=["index.html", "entradas.html", "becas.html", "jovenes.html", "en/index.html"],
    deliberate_404=["programa-completo.html"],
    evidence={
        "languages": [Q("index.html", "Tres días en Cusco (21–23 de agosto) para hablantes, docentes, lingüistas y desarrolladores"),
                      Q("en/index.html", "Three days in Cusco (21–23 August) for speakers, teachers, linguists and developers")],
        "un_languages": [N("es and en")],
        "fees": [Q("entradas.html", "Público general (tres días) 60 soles"),
                 Q("turismo.html", "excursión opcional a Sacsayhuamán por S/ 45 por persona", "optional tour by an agency, not a fee"),
                 Q("turismo.html", "Hospedajes cercanos desde S/ 120 por noche", "lodging, not a fee"),
                 Q("turismo.html", "El boleto turístico parcial cuesta 70 soles.", "tourist ticket, not a fee")],
        "free_option": [Q("entradas.html", "Hablantes y estudiantes de pueblos indígenas u originarios Entrada libre y gratuita", "free for one group")],
        "fee_support": [Q("becas.html", "Ofrecemos 30 becas que cubren el pasaje en bus y el alojamiento")],
        "remote_participation": [N("nothing about remote participation")],
        "captcha": [N("no CAPTCHA markup")],
        "account_required": [N("nothing says an account is needed")],
        "registration_form": [N("no native form")],
        "registration_host": [M("entradas.html", 'href="https://www.eventbrite.com/e/encuentro-lenguas-originarias-tecnologia-000000000000"')],
        "registration_pdf_only": [N("Eventbrite")],
        "min_age": [Q("jovenes.html", "para jóvenes de 16 a 29 años", "range, lower bound 16")],
        "accessibility_statement": [N("no accessibility provisions or contact; interpretation alone is not a statement")],
        "access_services": [Q("entradas.html", "Interpretación quechua–castellano en las plenarias.")],
        "videos_without_captions": [M("videos.html", 'src="media/corpus.mp4">', "corpus.mp4 has no track; teclado.mp4 has a subtitles track")],
        "pdf_only_documents": [N("no PDF")],
    })
