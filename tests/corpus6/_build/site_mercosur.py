from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = {"es": [("index.html", "Inicio"), ("inscripcion.html", "Inscripción"), ("participacion-remota.html", "Participación a distancia"),
              ("agenda.html", "Agenda"), ("accesibilidad.html", "Accesibilidad"), ("hoteles.html", "Alojamiento"), ("documentos.html", "Documentos")],
       "pt": [("pt/index.html", "Início"), ("pt/inscricao.html", "Inscrição"), ("agenda.html", "Agenda (es)")]}
LANGS = {"es": [("pt/index.html", "Português")], "pt": [("index.html", "Español")]}
FOOT = {"es": "<p>Secretaría de la Consulta · consulta@comercio-digital.example.org · Montevideo</p>",
        "pt": "<p>Secretaria da Consulta · consulta@comercio-digital.example.org · Montevidéu</p>"}
s = mk("consulta-mercosur-comercio-digital", "Consulta Regional sobre Comercio Digital", "es", "#1b5e20", "CD",
       NAV, langs=LANGS, foot=FOOT, homes={"es": "index.html", "pt": "pt/index.html"})
placeholder_media(s, "media/apertura.mp4")
vtt(s, "media/apertura.es.vtt", "Bienvenidas y bienvenidos a la consulta.")

s.page("index.html", "Consulta Regional sobre Comercio Digital — Montevideo", """
<h1>Consulta Regional sobre Comercio Digital</h1>
<p>Del 9 al 11 de junio, en el Centro de Convenciones Rambla Sur (Montevideo), gobiernos, empresas, academia y sociedad civil de los
Estados Partes revisan el borrador de principios sobre comercio electrónico transfronterizo, firma digital y protección del consumidor en línea.</p>
<p class="note">La participación en la consulta es gratuita, presencial o a distancia. Cupos limitados: <a href="@inscripcion.html">inscribite aquí</a>.</p>
<h2>Video de apertura de la edición anterior</h2>
""" + video("media/apertura.mp4", track="media/apertura.es.vtt", track_lang="es", label="Español") + """
<p>Consultá también la <a href="@participacion-remota.html">participación a distancia</a> y la página de <a href="@accesibilidad.html">accesibilidad</a>.</p>
""", alternates=[("es", "index.html"), ("pt", "pt/index.html")])

FORM_ES = """
<form action="@inscripcion.html" method="post">
  <label for="nom">Nombre <span class="req">*</span></label><input type="text" id="nom" name="nombre" required>
  <label for="ape">Apellido <span class="req">*</span></label><input type="text" id="ape" name="apellido" required>
  <label for="mail">Correo electrónico <span class="req">*</span></label><input type="email" id="mail" name="correo" required>
  <label for="pais">País de residencia</label><select id="pais" name="pais" required><option>Argentina</option><option>Brasil</option><option>Paraguay</option><option>Uruguay</option><option>Otro</option></select>
  <label for="sec">Sector</label><select id="sec" name="sector"><option>Gobierno</option><option>Sector privado</option><option>Academia</option><option>Sociedad civil</option></select>
  <label for="org">Organización (obligatorio)</label><input type="text" id="org" name="organizacion">
  <label for="cargo">Cargo</label><input type="text" id="cargo" name="cargo">
  <p class="check"><input type="checkbox" id="ok" name="consentimiento" required> <label for="ok">Acepto el tratamiento de mis datos para esta consulta</label></p>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
  <button type="submit">Enviar inscripción</button>
</form>"""
s.page("inscripcion.html", "Inscripción — Consulta Regional sobre Comercio Digital", """
<h1>Inscripción</h1>
<p>La inscripción no tiene costo. Completá el formulario; recibirás la confirmación por correo. Los campos marcados son obligatorios.</p>
""" + FORM_ES)

s.page("participacion-remota.html", "Participación a distancia", """
<h1>Participación a distancia</h1>
<p>Quienes se inscriban en la modalidad a distancia recibirán un enlace a la sala virtual. En cada mesa de consulta, las personas conectadas
pueden pedir la palabra levantando la mano en la plataforma y presentar comentarios orales de hasta tres minutos, con el mismo orden de
oradores que la sala.</p>
<p>Además, la Secretaría ofrece apoyo para pasajes aéreos a representantes de organizaciones de la sociedad civil de Paraguay y del interior de los países; se solicita en el formulario de inscripción.</p>
""")

s.page("accesibilidad.html", "Accesibilidad", """
<h1>Accesibilidad</h1>
<ul>
  <li>El Centro de Convenciones tiene rampas, ascensores y baños accesibles para personas en silla de ruedas.</li>
  <li>Las sesiones plenarias cuentan con interpretación a Lengua de Señas Uruguaya.</li>
  <li>Habrá interpretación simultánea español–portugués en todas las mesas.</li>
</ul>
<p>Si necesitás otro ajuste, escribí a accesibilidad@comercio-digital.example.org antes del 25 de mayo.</p>
""")

s.page("agenda.html", "Agenda", """
<h1>Agenda</h1>
<table><tr><th>Día</th><th>Mesa</th></tr>
<tr><td>9 de junio</td><td>Costos de la logística transfronteriza para pequeñas empresas</td></tr>
<tr><td>10 de junio</td><td>Registro de firmas digitales y reconocimiento mutuo</td></tr>
<tr><td>11 de junio</td><td>Idiomas y etiquetado de productos en plataformas</td></tr></table>
""")

s.page("hoteles.html", "Alojamiento y traslados", """
<h1>Alojamiento y traslados</h1>
<table><caption>Hoteles con convenio (por noche, desayuno incluido)</caption>
<tr><th>Hotel</th><th>Habitación simple</th><th>Habitación doble</th></tr>
<tr><td>Hotel Puerto Viejo</td><td>3.900 pesos uruguayos</td><td>4.600 pesos uruguayos</td></tr>
<tr><td>Posada del Cerro</td><td>UYU 2.750</td><td>UYU 3.300</td></tr></table>
<p>El taxi desde el Aeropuerto de Carrasco cuesta alrededor de $ 1.500. Tipo de cambio de referencia: 1 USD = 40 pesos uruguayos.</p>
""")

s.page("documentos.html", "Documentos", """
<h1>Documentos</h1>
<p>Borrador de principios (versión HTML en preparación) y notas conceptuales de cada mesa se publicarán aquí.</p>
<p>Para patrocinar la recepción de cierre (paquetes desde USD 2.000), escribí a alianzas@comercio-digital.example.org.</p>
""")

s.page("pt/index.html", "Consulta Regional sobre Comércio Digital — Montevidéu", """
<h1>Consulta Regional sobre Comércio Digital</h1>
<p>De 9 a 11 de junho, no Centro de Convenções Rambla Sul (Montevidéu), governos, empresas, academia e sociedade civil dos Estados Partes
revisam o rascunho de princípios sobre comércio eletrônico transfronteiriço, assinatura digital e proteção do consumidor on-line.</p>
<p class="note">A participação na consulta é gratuita, presencial ou a distância. Vagas limitadas: <a href="@pt/inscricao.html">inscreva-se aqui</a>.</p>
<p>Participantes conectados podem pedir a palavra em cada mesa. Haverá interpretação simultânea espanhol–português e em Língua de Sinais Uruguaia nas plenárias.</p>
""", lang="pt-BR", alternates=[("es", "index.html"), ("pt", "pt/index.html")])

s.page("pt/inscricao.html", "Inscrição", """
<h1>Inscrição</h1>
<p>A inscrição é gratuita. Formulário resumido; os campos com asterisco são obrigatórios.</p>
<form action="@pt/inscricao.html" method="post">
  <label for="nome">Nome completo <span class="req">*</span></label><input type="text" id="nome" name="nome" required>
  <label for="email">E-mail <span class="req">*</span></label><input type="email" id="email" name="email" required>
  <label for="org">Organização (obrigatório)</label><input type="text" id="org" name="organizacao">
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
  <button type="submit">Enviar</button>
</form>
""", lang="pt-BR")

P = "participacion-remota.html"
ENTRY = entry(s, name="Consulta Regional sobre Comercio Digital (Mercosur-style consultation)",
    languages=["es", "pt"], free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(8, 6, ["affiliation"]), accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"],
    participation_pages=["index.html", "inscripcion.html", P, "accesibilidad.html", "pt/index.html", "pt/inscricao.html"],
    evidence={
        "languages": [Q("index.html", "gobiernos, empresas, academia y sociedad civil de los Estados Partes revisan el borrador"),
                      Q("pt/index.html", "governos, empresas, academia e sociedade civil dos Estados Partes revisam o rascunho"),
                      M("pt/index.html", '<html lang="pt-BR">')],
        "un_languages": [N("es only; pt is not a UN language")],
        "fees": [Q("inscripcion.html", "La inscripción no tiene costo."),
                 Q("hoteles.html", "3.900 pesos uruguayos", "hotel, not a fee"),
                 Q("hoteles.html", "El taxi desde el Aeropuerto de Carrasco cuesta alrededor de $ 1.500.", "taxi, not a fee"),
                 Q("hoteles.html", "1 USD = 40 pesos uruguayos", "exchange rate, not a fee"),
                 Q("documentos.html", "paquetes desde USD 2.000", "sponsorship, not a fee")],
        "free_option": [Q("index.html", "La participación en la consulta es gratuita, presencial o a distancia.")],
        "fee_support": [Q(P, "la Secretaría ofrece apoyo para pasajes aéreos a representantes de organizaciones de la sociedad civil")],
        "remote_participation": [Q(P, "las personas conectadas pueden pedir la palabra levantando la mano en la plataforma y presentar comentarios orales")],
        "captcha": [M("inscripcion.html", '<div class="h-captcha" data-sitekey=')],
        "account_required": [N("no account or login anywhere; the form is sent directly")],
        "registration_form": [M("inscripcion.html", '<label for="org">Organización (obligatorio)</label>',
                                "8 fields (nombre, apellido, correo, país, sector, organización, cargo, consent checkbox); required: "
                                "nombre, apellido, correo (required + *), país (required attribute), organización ((obligatorio)), consent "
                                "(required) = 6; sensitive: affiliation. País de residencia and Sector are not sensitive. The pt form has 3 fields."),],
        "registration_host": [N("native form, no platform")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accesibilidad.html", "Si necesitás otro ajuste, escribí a accesibilidad@comercio-digital.example.org")],
        "access_services": [Q("accesibilidad.html", "baños accesibles para personas en silla de ruedas"),
                            Q("accesibilidad.html", "interpretación a Lengua de Señas Uruguaya"),
                            Q("accesibilidad.html", "Habrá interpretación simultánea español–portugués en todas las mesas.")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/apertura.es.vtt"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
