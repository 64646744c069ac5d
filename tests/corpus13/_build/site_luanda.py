"""Data journalism and transparency conference of a (made-up) media-development NGO (Luanda): pt-AO, English page
with hreflang."""
from lib import mk, placeholder_media, video, Q, M, N, entry

SLUG = "conferencia-jornalismo-dados-transparencia-luanda"
NAV = [("index.html", "Início"), ("inscricao.html", "Inscrição"), ("online.html", "Participar online"),
       ("informacoes.html", "Informações"), ("premio.html", "Prémio"), ("alojamento.html", "Alojamento"),
       ("patrocinio.html", "Patrocínio"), ("vagas.html", "Vagas"), ("en.html", "English")]
FOOT = ('<p>Centro de Jornalismo e Cidadania (fictício) — Maianga, Luanda · '
        '<a href="mailto:info@cjc-angola.example.org">info@cjc-angola.example.org</a></p>')
s = mk(SLUG, "Conferência de Jornalismo de Dados e Transparência 2027", "pt-AO", "#b91c1c", "JD", NAV, foot={"pt-AO": FOOT})
placeholder_media(s, "media/abertura-2026.mp4")
ALT = [("pt-AO", "index.html"), ("en", "en.html")]

s.page("index.html", "Conferência de Jornalismo de Dados e Transparência — Luanda 2027", """
<h1>Conferência de Jornalismo de Dados e Transparência</h1>
<p>Luanda, 23 e 24 de setembro de 2027 · Centro Cultural da Maianga</p>
<p>Jornalistas, programadores, activistas e funcionários públicos discutem como usar dados abertos para fiscalizar
orçamentos, contratos públicos e serviços municipais. Dois dias de painéis, oficinas práticas e a entrega do Prémio
de Jornalismo de Dados.</p>
<ul>
  <li><a href="@inscricao.html">Inscrição</a></li>
  <li><a href="@online.html">Participar online</a></li>
  <li><a href="@informacoes.html">Informações para participantes</a></li>
  <li><a href="@edicao-2025.html">Edição de 2025</a></li>
</ul>
<h2>Abertura da edição de 2026</h2>
""" + video("media/abertura-2026.mp4") + """
""", alternates=ALT)

s.page("inscricao.html", "Inscrição", """
<h1>Inscrição</h1>
<p>Idade mínima: 18 anos. As vagas para as oficinas são limitadas e atribuídas por ordem de inscrição.</p>
<form action="@inscricao.html" method="post">
  <label for="nm">Nome completo (obrigatório)</label><input type="text" id="nm" name="nome">
  <label for="em">E-mail (obrigatório)</label><input type="email" id="em" name="email">
  <label for="tl">Telefone (obrigatório)</label><input type="tel" id="tl" name="telefone">
  <label for="bi">Número do Bilhete de Identidade (obrigatório)</label><input type="text" id="bi" name="bi">
  <label for="org">Órgão de comunicação ou organização (obrigatório)</label><input type="text" id="org" name="organizacao">
  <label for="fu">Função</label>
  <select id="fu" name="funcao"><option>Jornalista</option><option>Programador/a</option><option>Activista</option><option>Estudante</option><option>Funcionário/a público/a</option></select>
  <label for="pv">Província</label>
  <select id="pv" name="provincia"><option>Luanda</option><option>Benguela</option><option>Huíla</option><option>Cabinda</option><option>Outra</option></select>
  <fieldset><legend>Como vai participar? (obrigatório)</legend>
    <input type="radio" id="p1" name="modo" value="presencial"> <label for="p1">Presencialmente</label>
    <input type="radio" id="p2" name="modo" value="online"> <label for="p2">Online</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="nl" name="novidades"> <label for="nl">Quero receber novidades do Centro</label></div>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAA-cjc-example"></div>
  <button type="submit">Enviar inscrição</button>
</form>
""")

s.page("online.html", "Participar online", """
<h1>Participar online</h1>
<p>Todos os painéis são transmitidos na plataforma da conferência. Os participantes online podem colocar perguntas aos
oradores pelo chat e votar nas sondagens de cada painel; as perguntas são lidas pela moderação na sala.</p>
<p>O link de acesso é enviado por e-mail a quem se inscreveu na modalidade online.</p>
""")

s.page("informacoes.html", "Informações para participantes", """
<h1>Informações para participantes</h1>
<p>Credenciação a partir das 8h00 no átrio do Centro Cultural. Traga o comprovativo de inscrição.</p>
<p>Os painéis têm interpretação simultânea português–inglês.</p>
<p>Almoço e café são servidos no local.</p>
""")

s.page("premio.html", "Prémio de Jornalismo de Dados", """
<h1>Prémio de Jornalismo de Dados 2027</h1>
<p>O melhor trabalho recebe 1.000.000 Kz e uma bolsa de formação. Candidaturas até 31 de julho.</p>
""")

s.page("alojamento.html", "Alojamento", """
<h1>Alojamento e transporte</h1>
<p>Hotéis parceiros a partir de Kz 45.000 por noite. Um candongueiro na cidade custa cerca de Kz 300; táxi do aeroporto cerca de Kz 10.000.</p>
""")

s.page("patrocinio.html", "Patrocínio", """
<h1>Patrocínio</h1>
<p>Patrocinador principal AOA 2.500.000 · Mesa de exposição AOA 250.000.</p>
<p>Painel em destaque: «O Orçamento Geral do Estado em números: 25 biliões de kwanzas explicados».</p>
""")

s.page("vagas.html", "Vagas", """
<h1>Vagas</h1>
<p>O Centro recruta um/a editor/a de dados. Salário: Kz 350.000 mensais.</p>
""")

s.page("en.html", "Data Journalism and Transparency Conference — English", """
<h1>Data Journalism and Transparency Conference</h1>
<p>Luanda, 23–24 September 2027. Journalists, developers, activists and civil servants discuss how to use open data
to scrutinise budgets, public contracts and municipal services. Panels are interpreted Portuguese–English.</p>
<p>Online participants can put questions to the speakers in the chat and vote in the panel polls. Please register
with the <a href="@inscricao.html">form in Portuguese</a>; you must be 18 or older.</p>
""", lang="en", alternates=ALT)

ENTRY = entry(
    s, name="Data Journalism and Transparency Conference 2027 (media NGO, Luanda)",
    languages=["pt", "en"], fees=[], free_option=None, fee_support=False, remote_participation=True,
    captcha=["turnstile"], account_required=False,
    registration_form=(9, 6, ["phone", "id_document", "affiliation"]), min_age=18, accessibility_statement=False,
    access_services=["interpretation"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscricao.html", "online.html", "informacoes.html", "en.html"],
    deliberate_404=["edicao-2025.html"],
    evidence={
        "languages": [Q("index.html", "Jornalistas, programadores, activistas e funcionários públicos"),
                      Q("en.html", "Journalists, developers, activists and civil servants discuss", "English page, lang=en, hreflang")],
        "un_languages": [N("en")],
        "fees": [N("nothing said about the cost of taking part"),
                 Q("premio.html", "O melhor trabalho recebe 1.000.000 Kz", "prize"),
                 Q("alojamento.html", "Hotéis parceiros a partir de Kz 45.000 por noite.", "hotel, candongueiro, taxi"),
                 Q("patrocinio.html", "Patrocinador principal AOA 2.500.000", "sponsor/exhibitor"),
                 Q("vagas.html", "Salário: Kz 350.000 mensais.", "salary"),
                 Q("patrocinio.html", "25 biliões de kwanzas explicados", "panel title")],
        "free_option": [N("the site never says whether taking part costs anything or is free")],
        "fee_support": [N("no support, waiver or reduced rate mentioned; the training bursary is part of the prize for the best work, not support for taking part")],
        "remote_participation": [Q("online.html", "Os participantes online podem colocar perguntas aos oradores pelo chat e votar nas sondagens")],
        "captcha": [M("inscricao.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form")],
        "registration_form": [N("9 fields: name, e-mail, phone, BI number, outlet/organisation, role select, province "
                                "select, mode radio (=1), newsletter checkbox. Required ((obrigatório)): name, e-mail, phone, "
                                "BI, organisation, mode = 6. Sensitive: phone, id_document, affiliation.", "inscricao.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("inscricao.html", "Idade mínima: 18 anos.")],
        "accessibility_statement": [Q("informacoes.html", "Os painéis têm interpretação simultânea português–inglês.",
                                      "interpretation alone, no provision and no access contact: false")],
        "access_services": [Q("informacoes.html", "Os painéis têm interpretação simultânea português–inglês.")],
        "videos_without_captions": [M("index.html", 'src="media/abertura-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
