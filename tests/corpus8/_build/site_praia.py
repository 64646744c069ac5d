"""Cape Verdean Atlantic blue- and digital-economy forum, Praia. Portuguese (escudo amounts like 5.000$00),
French section, English page declared as pt-CV."""
from lib import mk, Q, M, N, entry

NAV = [("index.html", "Início"), ("programa.html", "Programa"), ("taxas.html", "Taxas de inscrição"),
       ("inscricao.html", "Inscrição"), ("bolsas.html", "Bolsas"), ("online.html", "Participação online"),
       ("alojamento.html", "Alojamento e viagem"), ("patrocinio.html", "Patrocínio"), ("en/index.html", "English")]
s = mk("forum-atlantico-economia-azul-digital-praia", "Fórum Atlântico de Economia Azul e Digital 2027", "pt-CV",
       "#005b96", "FAD", NAV, langs={"pt-CV": [("en/index.html", "English")]},
       foot={"pt-CV": "<p>Fórum Atlântico de Economia Azul e Digital · Plateau, Praia, Cabo Verde · forum@atlantico-azul.example.cv</p>"})

s.page("index.html", "Fórum Atlântico de Economia Azul e Digital 2027 — Praia", """
<h1>Fórum Atlântico de Economia Azul e Digital 2027</h1>
<p class="lead"><em>Nhos ben-bindu!</em> Praia, Cabo Verde · 5 a 7 de maio de 2027 · Palácio da Assembleia</p>
<p>O Fórum reúne governos, operadores de cabos submarinos, portos, empresas de pesca, universidades e jovens
empreendedores de Cabo Verde, dos países africanos de língua portuguesa e da África Ocidental para debater a
conectividade das ilhas, a economia do mar e a transformação digital.</p>
<p>Consulte as <a href="@taxas.html">taxas de inscrição</a> e faça a sua <a href="@inscricao.html">inscrição</a>.</p>
<section>
  <h2>Participants francophones</h2>
  <p>Le Forum accueille les délégations du Sénégal, de la Guinée, du Mali et de la Côte d'Ivoire. Les séances
  plénières bénéficient d'une interprétation simultanée en français, et le secrétariat répond à vos questions en
  français à l'adresse francophonie@atlantico-azul.example.cv.</p>
</section>
""")

s.page("programa.html", "Programa — Fórum Atlântico 2027", """
<h1>Programa</h1>
<p>O programa detalhado está disponível apenas em PDF: <a href="@docs/programa-forum-atlantico-2027.pdf">Programa do Fórum (PDF)</a>.</p>
<h2>Hackathon Jovem Azul</h2>
<p>No dia 6 de maio, o Hackathon Jovem Azul desafia equipas de jovens dos 18 aos 29 anos a criar soluções digitais
para a pesca artesanal.</p>
<p>Prémio para a equipa vencedora: 300.000$00 e incubação durante seis meses.</p>
""")
s.pdf("docs/programa-forum-atlantico-2027.pdf", "Forum Atlantico de Economia Azul e Digital 2027\nPrograma\n5 a 7 de maio, Praia")

s.page("taxas.html", "Taxas de inscrição — Fórum Atlântico 2027", """
<h1>Taxas de inscrição</h1>
<table>
  <thead><tr><th>Categoria</th><th>Taxa</th></tr></thead>
  <tbody>
    <tr><td>Participantes residentes em Cabo Verde</td><td>5.000$00</td></tr>
    <tr><td>Estudantes (com cartão de estudante)</td><td>1.500$00</td></tr>
    <tr><td>Participantes estrangeiros</td><td>100 €</td></tr>
  </tbody>
</table>
<p>Todos os participantes pagam a taxa de inscrição, incluindo oradores e membros do governo. A participação online
tem a mesma taxa.</p>
<p>A taxa inclui a pasta do participante, os almoços e o jantar de encerramento.</p>
""")

s.page("inscricao.html", "Inscrição — Fórum Atlântico 2027", """
<h1>Inscrição</h1>
<form action="@inscricao.html" method="post">
  <label for="nome">Nome completo (obrigatório)</label><input type="text" id="nome" name="nome" required>
  <label for="email">E-mail (obrigatório)</label><input type="email" id="email" name="email" required>
  <label for="tel">Telefone (obrigatório)</label><input type="tel" id="tel" name="tel" required>
  <label for="inst">Instituição (obrigatório)</label><input type="text" id="inst" name="instituicao">
  <label for="cargo">Cargo</label><input type="text" id="cargo" name="cargo">
  <label for="nac">Nacionalidade (obrigatório)</label><input type="text" id="nac" name="nacionalidade" required>
  <label for="doc">N.º de passaporte ou BI (obrigatório)</label><input type="text" id="doc" name="documento">
  <fieldset><legend>Modalidade de participação (obrigatório)</legend>
    <input type="radio" id="m1" name="modalidade" value="presencial" required> <label for="m1">Presencial</label>
    <input type="radio" id="m2" name="modalidade" value="online"> <label for="m2">Online</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="w1" name="workshop-cabos"> <label for="w1">Workshop: cabos submarinos</label></div>
  <div class="check"><input type="checkbox" id="w2" name="workshop-pesca"> <label for="w2">Workshop: pesca e dados</label></div>
  <div class="check"><input type="checkbox" id="img" name="imagem"> <label for="img">Autorizo o uso da minha imagem</label></div>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-praia2027demo"></div>
  <button type="submit">Enviar</button>
</form>
""")

s.page("bolsas.html", "Bolsas — Fórum Atlântico 2027", """
<h1>Bolsas de participação</h1>
<p>O Fórum oferece 20 bolsas a jovens das ilhas do Fogo, Brava, Maio e Santo Antão, que cobrem a viagem inter-ilhas,
o alojamento na Praia e a taxa de inscrição.</p>
<p>Candidaturas até 15 de março para bolsas@atlantico-azul.example.cv.</p>
""")

s.page("online.html", "Participação online — Fórum Atlântico 2027", """
<h1>Participação online</h1>
<p>Os participantes online podem intervir nos painéis e fazer perguntas aos oradores através da plataforma do Fórum,
com o mesmo tempo de palavra que os participantes na sala.</p>
<p>O link de acesso é enviado depois do pagamento da taxa de inscrição.</p>
""")

s.page("alojamento.html", "Alojamento e viagem — Fórum Atlântico 2027", """
<h1>Alojamento e viagem</h1>
<ul>
  <li>Hotel Pérola do Plateau: 8.500$00 por noite, pequeno-almoço incluído</li>
  <li>Táxi do Aeroporto Nelson Mandela ao Plateau: cerca de 1.000$00</li>
  <li>Taxa de Segurança Aeroportuária (TSA), paga no pré-registo EASE: 3.400$00</li>
</ul>
<p>O escudo tem paridade fixa com o euro: 1 € = 110,265$00.</p>
""")

s.page("patrocinio.html", "Patrocínio — Fórum Atlântico 2027", """
<h1>Patrocínio</h1>
<ul>
  <li>Patrocinador Oceano: 2.500.000$00</li>
  <li>Stand na feira da economia azul: 150.000$00</li>
</ul>
""")

s.page("en/index.html", "Atlantic Blue and Digital Economy Forum 2027 — Praia", """
<h1>Atlantic Blue and Digital Economy Forum 2027</h1>
<p>Praia, Cabo Verde, 5–7 May 2027, Assembly Palace.</p>
<p>The Forum brings together governments, submarine-cable operators, ports, fishing companies, universities and young
entrepreneurs from Cabo Verde, the Portuguese-speaking African countries and West Africa to discuss island
connectivity, the ocean economy and digital transformation.</p>
<p>Registration fees: CVE 5,000 for residents of Cabo Verde, CVE 1,500 for students and EUR 100 for participants from
abroad. Every participant pays the fee, including speakers. Online participants can take the floor in the panels.</p>
<p>Plenary sessions are interpreted between Portuguese, English and French. The registration form is in Portuguese:
<a href="@inscricao.html">registration</a>.</p>
""", lang="pt-CV")

ENTRY = entry(
    s, name="Fórum Atlântico de Economia Azul e Digital 2027 (Cape Verdean Atlantic forum, Praia)",
    languages=["pt", "fr", "en"], fees=[(5000, "CVE"), (1500, "CVE"), (100, "EUR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(11, 7, ["phone", "affiliation", "nationality", "id_document"]),
    registration_host=None, min_age=18, accessibility_statement=False, access_services=["interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "taxas.html", "inscricao.html", "bolsas.html", "online.html", "programa.html", "en/index.html"],
    evidence={
        "languages": [
            Q("index.html", "O Fórum reúne governos, operadores de cabos submarinos, portos, empresas de pesca, universidades e jovens empreendedores"),
            Q("index.html", "Le Forum accueille les délégations du Sénégal, de la Guinée, du Mali et de la Côte d'Ivoire. Les séances plénières bénéficient d'une interprétation simultanée en français",
              "French section on the Portuguese home page"),
            Q("en/index.html", "The Forum brings together governments, submarine-cable operators, ports, fishing companies, universities and young entrepreneurs"),
            M("en/index.html", '<html lang="pt-CV">', "English page declared as Portuguese"),
            Q("index.html", "Nhos ben-bindu!", "Cape Verdean Creole greeting only"),
        ],
        "un_languages": [N("fr, en")],
        "fees": [
            Q("taxas.html", "Participantes residentes em Cabo Verde 5.000$00", "escudo notation: 5000 CVE (+)"),
            Q("taxas.html", "Estudantes (com cartão de estudante) 1.500$00"),
            Q("taxas.html", "Participantes estrangeiros 100 €"),
            Q("en/index.html", "Registration fees: CVE 5,000 for residents of Cabo Verde, CVE 1,500 for students and EUR 100 for participants from abroad."),
            Q("programa.html", "Prémio para a equipa vencedora: 300.000$00", "prize, not a fee"),
            Q("alojamento.html", "Hotel Pérola do Plateau: 8.500$00 por noite", "hotel, not a fee"),
            Q("alojamento.html", "Táxi do Aeroporto Nelson Mandela ao Plateau: cerca de 1.000$00", "transport, not a fee"),
            Q("alojamento.html", "Taxa de Segurança Aeroportuária (TSA), paga no pré-registo EASE: 3.400$00", "airport/visa-type tax, not a fee"),
            Q("alojamento.html", "1 € = 110,265$00", "exchange rate, not a fee"),
            Q("patrocinio.html", "Patrocinador Oceano: 2.500.000$00", "sponsorship, not a fee"),
            Q("patrocinio.html", "Stand na feira da economia azul: 150.000$00", "exhibition, not a fee"),
        ],
        "free_option": [Q("taxas.html", "Todos os participantes pagam a taxa de inscrição, incluindo oradores e membros do governo. A participação online tem a mesma taxa.")],
        "fee_support": [
            Q("bolsas.html", "O Fórum oferece 20 bolsas a jovens das ilhas do Fogo, Brava, Maio e Santo Antão, que cobrem a viagem inter-ilhas, o alojamento na Praia e a taxa de inscrição."),
            Q("taxas.html", "Estudantes (com cartão de estudante) 1.500$00", "reduced student rate"),
        ],
        "remote_participation": [Q("online.html", "Os participantes online podem intervir nos painéis e fazer perguntas aos oradores através da plataforma do Fórum")],
        "captcha": [M("inscricao.html", '<div class="h-captcha" data-sitekey=')],
        "account_required": [N("no account")],
        "registration_form": [
            M("inscricao.html", '<label for="doc">N.º de passaporte ou BI (obrigatório)</label><input type="text" id="doc" name="documento">'),
            N("11 fields: nome, e-mail, telefone, instituição, cargo, nacionalidade, passaporte/BI, modalidade (radio group = 1), "
              "two workshop checkboxes, image-consent checkbox. Required: nome, e-mail, telefone, instituição and passaporte "
              "('(obrigatório)' only), nacionalidade, modalidade = 7. Sensitive: phone, affiliation, nationality, id_document."),
        ],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("programa.html", "equipas de jovens dos 18 aos 29 anos", "hackathon range: lower bound 18")],
        "accessibility_statement": [N("no accessibility provisions or contact; interpretation alone is not one")],
        "access_services": [Q("en/index.html", "Plenary sessions are interpreted between Portuguese, English and French.")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programa.html", "O programa detalhado está disponível apenas em PDF")],
    })
