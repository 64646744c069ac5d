from lib import mk, Q, M, N, entry

SLUG = "cimeira-sociedade-civil-clima-dili"
NAV = [("index.html", "Início"), ("programa.html", "Programa"), ("inscricao.html", "Inscrição"),
       ("apoio.html", "Apoio de transporte"), ("transmissao.html", "Transmissão"), ("acessibilidade.html", "Acessibilidade"),
       ("informacoes.html", "Informações práticas"), ("en.html", "English")]
s = mk(SLUG, "Cimeira da Sociedade Civil sobre Clima e Agricultura 2027", "pt-TL", "#e36414", "CSC", NAV,
       foot={"pt-TL": '<p>Fórum das ONG (fictício) · <a href="@relatorio-2025.html">Relatório 2025</a> · cimeira@forum-ong.example.tl</p>'})

s.page("index.html", "Cimeira da Sociedade Civil sobre Clima e Agricultura 2027", """
<h1>Cimeira da Sociedade Civil sobre Clima e Agricultura</h1>
<p>Díli, 12 e 13 de maio de 2027. A cimeira reúne organizações não governamentais, grupos de agricultores, cooperativas e jovens de todos os municípios para discutir a adaptação às alterações climáticas e a segurança alimentar.</p>
<section lang="tet">
<h2>Benvindu</h2>
<p>Sorumutu ida ne'e halibur organizasaun naun-governamentál sira, grupu agrikultór sira, kooperativa no joven sira husi munisípiu hotu atu koalia kona-ba mudansa klimátika no seguransa ai-han.</p>
</section>
<p><a href="@inscricao.html">Inscreva-se</a></p>
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul><li>Painel: Taxas de irrigação e quem as paga</li><li>Sessão da juventude</li><li>Mesa-redonda: Registo de terras comunitárias</li></ul>
<p>A sessão da juventude é aberta a jovens dos 15 aos 24 anos.</p>
""")

s.page("inscricao.html", "Inscrição", """
<h1>Inscrição</h1>
<table><tr><th>Categoria</th><th>Taxa de inscrição</th></tr>
<tr><td>Organizações internacionais e agências</td><td>US$ 150</td></tr>
<tr><td>ONG nacionais e cooperativas</td><td>$20</td></tr>
<tr><td>Estudantes e grupos comunitários</td><td>gratuito</td></tr></table>
<form action="@inscricao.html" method="post">
  <label for="nome">Nome completo (obrigatório)</label><input type="text" id="nome" name="nome">
  <label for="org">Organização (obrigatório)</label><input type="text" id="org" name="org">
  <label for="tipo">Tipo de organização</label><select id="tipo" name="tipo"><option>ONG nacional</option><option>Cooperativa</option><option>Internacional</option><option>Estudante</option></select>
  <label for="mun">Município</label><select id="mun" name="mun"><option>Díli</option><option>Baucau</option><option>Oecusse</option><option>Ataúro</option></select>
  <label for="tel">Telemóvel (obrigatório)</label><input type="tel" id="tel" name="tel">
  <label for="email">Email</label><input type="email" id="email" name="email">
  <fieldset><legend>Sexo</legend>
    <input type="radio" id="s1" name="sexo" value="f"><label for="s1">Feminino</label>
    <input type="radio" id="s2" name="sexo" value="m"><label for="s2">Masculino</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="interp" name="interp"><label for="interp">Preciso de interpretação em tétum</label></div>
  <div class="check"><input type="checkbox" id="dados" name="dados" required><label for="dados">Aceito o tratamento dos meus dados</label></div>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
  <button type="submit">Enviar</button>
</form>
""")

s.page("apoio.html", "Apoio de transporte", """
<h1>Apoio de transporte</h1>
<p>Os participantes dos municípios e de Ataúro recebem um subsídio de transporte e alojamento partilhado durante a cimeira.</p>
""")

s.page("transmissao.html", "Transmissão", """
<h1>Transmissão</h1>
<p>A cimeira será transmitida em direto no Facebook; não há participação à distância: as perguntas e as votações fazem-se apenas na sala.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O centro de convenções tem rampa de acesso e casa de banho adaptada para cadeiras de rodas.</p>
<p>Haverá interpretação tétum–português–inglês em todas as sessões. Não haverá intérprete de língua gestual.</p>
<p>Necessidades específicas: acesso@forum-ong.example.tl.</p>
""")

s.page("informacoes.html", "Informações práticas", """
<h1>Informações práticas</h1>
<p>Hotel parceiro: US$ 85 por noite. Microlete: 25 cêntimos. Táxi do aeroporto: $10. Visto à chegada: US$ 30.</p>
<p>Patrocínio da cimeira: US$ 2.000. Vaga: oficial de programa, salário de US$ 600 por mês.</p>
""")

s.page("en.html", "Civil Society Summit on Climate and Agriculture 2027", """
<h1>Civil Society Summit on Climate and Agriculture</h1>
<p>The summit brings together non-governmental organisations, farmers' groups, cooperatives and young people from every municipality to discuss climate adaptation and food security.</p>
<p>Registration: USD 150 for international organisations and agencies, USD 20 for national NGOs and cooperatives, free for students and community groups.</p>
""", lang="en")

ENTRY = entry(s, name="Cimeira da Sociedade Civil sobre Clima e Agricultura 2027 (civil-society summit, Díli)",
    languages=["pt", "en"], fees=[(150, "USD"), (20, "USD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["hcaptcha"], account_required=False,
    registration_form=(9, 4, ["affiliation", "phone", "gender"]),
    min_age=15, accessibility_statement=True, access_services=["interpretation", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "inscricao.html", "programa.html", "apoio.html", "transmissao.html", "acessibilidade.html", "en.html"],
    deliberate_404=["relatorio-2025.html"],
    evidence={
        "languages": [Q("index.html", "A cimeira reúne organizações não governamentais"),
                      Q("en.html", "The summit brings together non-governmental organisations"),
                      Q("index.html", "Sorumutu ida ne'e halibur organizasaun", "Tetum section: Tetum has no ISO 639-1 code, not listed")],
        "un_languages": [N("en")],
        "fees": [Q("inscricao.html", "Organizações internacionais e agências US$ 150"),
                 Q("inscricao.html", "ONG nacionais e cooperativas $20", "$ in dollarised Timor-Leste = USD"),
                 Q("en.html", "Registration: USD 150 for international organisations and agencies, USD 20 for national NGOs and cooperatives", "same amounts"),
                 Q("informacoes.html", "Hotel parceiro: US$ 85 por noite. Microlete: 25 cêntimos. Táxi do aeroporto: $10. Visto à chegada: US$ 30.", "hotel, minibus, taxi, visa"),
                 Q("informacoes.html", "Patrocínio da cimeira: US$ 2.000. Vaga: oficial de programa, salário de US$ 600 por mês.", "sponsor, salary"),
                 Q("programa.html", "Painel: Taxas de irrigação e quem as paga", "session title")],
        "free_option": [Q("inscricao.html", "Estudantes e grupos comunitários gratuito")],
        "fee_support": [Q("apoio.html", "recebem um subsídio de transporte e alojamento partilhado")],
        "remote_participation": [Q("transmissao.html", "não há participação à distância: as perguntas e as votações fazem-se apenas na sala.", "watch-only stream: false")],
        "captcha": [M("inscricao.html", '<div class="h-captcha"')],
        "account_required": [N("no account; own form")],
        "registration_form": [N("9 fields: nome, organização, tipo select, município select, telemóvel, email, sexo (radio=1), interpretation checkbox, data consent checkbox. Required: nome, organização, telemóvel by '(obrigatório)' + consent (required) = 4. Sensitive: affiliation, phone, gender.", "inscricao.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("programa.html", "A sessão da juventude é aberta a jovens dos 15 aos 24 anos.", "range: 15")],
        "accessibility_statement": [Q("acessibilidade.html", "Necessidades específicas: acesso@forum-ong.example.tl.")],
        "access_services": [Q("acessibilidade.html", "O centro de convenções tem rampa de acesso e casa de banho adaptada para cadeiras de rodas."),
                            Q("acessibilidade.html", "Haverá interpretação tétum–português–inglês em todas as sessões."),
                            Q("acessibilidade.html", "Não haverá intérprete de língua gestual.", "negation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
