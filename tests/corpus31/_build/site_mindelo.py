from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Início"), ("precos.html", "Preços"), ("inscricao.html", "Inscrição"),
       ("transmissao.html", "Transmissão"), ("acessibilidade.html", "Acessibilidade"), ("patrocinadores.html", "Patrocinadores"),
       ("viagem.html", "Viagem e alojamento"), ("loja.html", "Loja")]
FOOT = '<p>Associação de Professores de Música Tradicional de São Vicente — Rua de Lisboa, Mindelo (fictício) — encontro@musica-tradicional.example.cv</p>'
s = mk("encontro-professores-musica-tradicional-mindelo", "Encontro de Professores de Música Tradicional 2027", "pt-CV",
       "#1b4f9c", "EPM", NAV, foot={"pt-CV": FOOT})
placeholder_media(s, "media/encontro-2026.mp4")

s.page("index.html", "Encontro de Professores de Música Tradicional 2027", """
<h1>Encontro de Professores de Música Tradicional</h1>
<p>Nhos txiga!</p>
<p>Dois dias para professores de música das ilhas partilharem formas de ensinar morna, coladeira, funaná e batuku nas escolas e nos centros comunitários.</p>
<p>5 e 6 de novembro de 2027, Centro Cultural do Mindelo.</p>
""" + video("media/encontro-2026.mp4") + """
<section lang="fr">
<h2>En français</h2>
<p>La rencontre réunit des professeurs de musique du Cap-Vert et de la diaspora pour échanger sur l’enseignement de la morna et du funaná. Les séances sont en portugais ; une partie des ateliers peut être suivie avec l’aide de collègues francophones.</p>
</section>
""")

s.page("precos.html", "Preços", """
<h1>Preços de inscrição</h1>
<ul>
<li>Professores: 2.500$00</li>
<li>Estudantes de música: 1.000$00</li>
<li>Workshop de cavaquinho (opcional): 800$00</li>
</ul>
<p>Não há inscrições gratuitas, nem para os formadores.</p>
<p>Crianças até aos 12 anos acompanhadas por um adulto nos concertos de encerramento.</p>
""")

s.page("inscricao.html", "Inscrição", """
<h1>Ficha de inscrição</h1>
<form action="@inscricao.html" method="post">
""" + fld("nome", "Nome completo (obrigatório)") + fld("cni", "Número do CNI (obrigatório)")
  + fld("tel", "Telemóvel (obrigatório)", "tel") + fld("email", "E-mail (obrigatório)", "email")
  + fld("escola", "Escola de música ou instituição")
  + fld("ilha", "Ilha", "select", opts=["São Vicente", "Santo Antão", "Santiago", "Fogo", "Outra"])
  + fld("inst", "Instrumento principal", "select", opts=["violão", "cavaquinho", "violino", "gaita", "voz"])
  + fld("ws", "Inscrevo-me no workshop de cavaquinho", "checkbox")
  + radios("sexo", "Sexo", ["feminino", "masculino"])
  + fld("decl", "Declaro que os dados são verdadeiros", "checkbox", req=True) + """
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">Enviar</button>
</form>
""")

s.page("transmissao.html", "Transmissão", """
<h1>Transmissão</h1>
<p>As palestras são transmitidas no Facebook apenas para assistir; não há participação online nem perguntas pela transmissão.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O Centro Cultural tem rampa na entrada e elevador para a sala do primeiro andar.</p>
<p>Haverá legendagem em tempo real nas palestras.</p>
<p>Este ano não há intérprete de língua gestual.</p>
""")

s.page("patrocinadores.html", "Patrocinadores", """
<h1>Patrocinadores</h1>
<p>Patrocínio principal: 150.000$00.</p>
""")

s.page("viagem.html", "Viagem e alojamento", """
<h1>Viagem e alojamento</h1>
<p>Ferry Porto Novo–Mindelo: 900$00. Voo Praia–São Vicente: a partir de 7.000$00.</p>
<p>Pensão Porto Grande: 3.500$00 por noite.</p>
""")

s.page("loja.html", "Loja", """
<h1>Loja</h1>
<p>CD «Mornas de Ensino»: 1.500$00. Cavaquinho de estudo: 9.000$00.</p>
""")

ENTRY = entry(s, name="Traditional music teachers' meeting 2027 (traditional music teachers' association, Mindelo, Cape Verde)",
    languages=["pt", "fr"],
    fees=[(2500, "CVE"), (1000, "CVE"), (800, "CVE")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["hcaptcha"], account_required=False,
    registration_form=(10, 5, ["id_document", "phone", "affiliation", "gender"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "captions"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "precos.html", "inscricao.html", "transmissao.html", "acessibilidade.html"],
    evidence={
        "languages": [Q("index.html", "Dois dias para professores de música das ilhas partilharem formas de ensinar"),
                      M("index.html", '<section lang="fr">', "French section with lang"),
                      Q("index.html", "La rencontre réunit des professeurs de musique du Cap-Vert et de la diaspora"),
                      Q("index.html", "Nhos txiga!", "Kriolu greeting: not listable")],
        "un_languages": [N("fr")],
        "fees": [Q("precos.html", "Professores: 2.500$00", "2500 CVE"), Q("precos.html", "Estudantes de música: 1.000$00", "student 1000 CVE"),
                 Q("precos.html", "Workshop de cavaquinho (opcional): 800$00", "add-on workshop 800 CVE"),
                 Q("viagem.html", "Ferry Porto Novo–Mindelo: 900$00.", "ferry, flight, pension: not fees"),
                 Q("loja.html", "CD «Mornas de Ensino»: 1.500$00.", "goods: not fees"),
                 Q("patrocinadores.html", "Patrocínio principal: 150.000$00.", "sponsor: not a fee")],
        "free_option": [Q("precos.html", "Não há inscrições gratuitas, nem para os formadores.")],
        "fee_support": [Q("precos.html", "Estudantes de música: 1.000$00", "student rate")],
        "remote_participation": [Q("transmissao.html", "As palestras são transmitidas no Facebook apenas para assistir; não há participação online nem perguntas pela transmissão.")],
        "captcha": [M("inscricao.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, CNI, mobile, e-mail, school, island select, instrument select, workshop checkbox, sex radio, declaration checkbox); required: 4 marked (obrigatório) + declaration = 5", "inscricao.html"),
                              Q("inscricao.html", "Número do CNI (obrigatório)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("precos.html", "Crianças até aos 12 anos acompanhadas por um adulto nos concertos de encerramento.", "accompaniment rule: not a limit")],
        "accessibility_statement": [Q("acessibilidade.html", "O Centro Cultural tem rampa na entrada e elevador para a sala do primeiro andar.")],
        "access_services": [Q("acessibilidade.html", "rampa na entrada e elevador", "wheelchair_access"),
                            Q("acessibilidade.html", "Haverá legendagem em tempo real nas palestras.", "captions"),
                            Q("acessibilidade.html", "Este ano não há intérprete de língua gestual.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/encontro-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
