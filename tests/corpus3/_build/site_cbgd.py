"""CBGD 2026, Recife (modelled on Brazilian academic society congresses: SBC/CSBC, SBBD, Python Brasil)."""
from lib import Site, css, nav

NAV = [("index.html", "Início"), ("chamada-de-trabalhos.html", "Chamada de trabalhos"),
       ("programacao.html", "Programação"), ("inscricoes.html", "Inscrições"), ("auxilios.html", "Auxílios"),
       ("hospedagem.html", "Hospedagem e transporte"), ("acessibilidade.html", "Acessibilidade"),
       ("patrocinio.html", "Patrocínio"), ("faq.html", "Dúvidas frequentes")]


def header(path, lang):
    if lang == "en":
        items = [("en/index.html", "International participants"), ("index.html", "Português")]
    else:
        items = NAV
    return f"""<div id="page" class="site">
<a class="skip" href="#content">Pular para o conteúdo</a>
<header id="masthead" class="top site-header">
  <div class="bar">
    <a class="brand" href="@index.html" rel="home"><img src="@img/logo.svg" alt="" width="44" height="44"> CBGD 2026 · Congresso Brasileiro de Governança de Dados</a>
    <p class="langs"><a href="@index.html" hreflang="pt-BR" lang="pt-BR">PT</a> <a href="@en/index.html" hreflang="en" lang="en">EN</a> <a class="button" href="@area-do-participante.html">Área do participante</a></p>
  </div>
  {nav(items, path, label="Menu principal", cls="main-navigation")}
</header>
<div id="content" class="site-content"><main id="primary" class="site-main">"""


def footer(path, lang):
    return """</main></div>
<footer id="colophon" class="foot site-footer"><div>
  <form class="newsletter" action="@index.html" method="post">
    <label for="nl-email">Receba as novidades do CBGD por e-mail</label>
    <input type="email" id="nl-email" name="EMAIL" placeholder="seu@email.com"> <button type="submit">Assinar</button>
  </form>
  <p>Sociedade Brasileira de Governança de Dados (SBGD) · CNPJ 12.345.678/0001-90 · Rua da Aurora, 1200, sala 304, Boa Vista, Recife – PE, 50050-000 · contato@cbgd.example.org.br · (81) 3333-4455</p>
  <p><a href="@acessibilidade.html">Acessibilidade</a> · <a href="@faq.html">Dúvidas frequentes</a> · <a href="@vagas.html">Mural de vagas</a> · Orgulhosamente feito com WordPress</p>
</div></footer>
</div>"""


s = Site("congresso-governanca-dados", name="CBGD 2026", lang="pt-BR",
         css=css("#00695c"), logo_text="GD", colour="#00695c", header=header, footer=footer)
ALT = [("pt-BR", "index.html"), ("en", "en/index.html")]

s.pdf("docs/programacao-cbgd-2026.pdf", """CBGD 2026 - Programacao completa
Recife, 21 a 23 de outubro de 2026 - Centro de Convencoes de Pernambuco
Quarta 21/10 09:00 Abertura - Auditorio Tabocas
Quarta 21/10 10:00 Palestra magna: Dados abertos e politicas publicas
Quinta 22/10 09:00 Sessoes tecnicas 1 a 6
Sexta 23/10 16:00 Encerramento e premiacao""")

s.page("index.html", "CBGD 2026 – Congresso Brasileiro de Governança de Dados – Recife, 21 a 23 de outubro", """
<article class="page">
<h1 class="entry-title">CBGD 2026 — Congresso Brasileiro de Governança de Dados</h1>
<p class="lead"><strong>21 a 23 de outubro de 2026 · Centro de Convenções de Pernambuco, Recife/Olinda</strong></p>
<p>O CBGD reúne pesquisadores, gestores públicos, profissionais de dados e estudantes para discutir
  governança, qualidade, privacidade e abertura de dados. Em sua 9ª edição, o congresso espera receber mais de
  1.200 participantes e terá 48 sessões técnicas, 6 minicursos e o Workshop de Teses e Dissertações.</p>
<h2>Participe</h2>
<ul>
  <li><a href="@inscricoes.html">Inscrições abertas</a> — o 1º lote vai até 30 de junho.</li>
  <li>Estudantes podem solicitar <a href="@auxilios.html">auxílio para participação</a> até 31 de julho.</li>
  <li>Confira os recursos de <a href="@acessibilidade.html">acessibilidade</a> do evento.</li>
  <li><a href="@docs/programacao-cbgd-2026.pdf">Programação completa (PDF, 240 KB)</a></li>
</ul>
<h2>Datas importantes</h2>
<ul>
  <li>Submissão de artigos: até 10 de maio de 2026</li>
  <li>Notificação de aceite: 30 de junho de 2026</li>
  <li>Fim do 1º lote de inscrições: 30 de junho de 2026</li>
</ul>
<p>Realização: SBGD · Apoio: Universidade Federal de Pernambuco · <a href="@patrocinio.html">Seja patrocinador</a></p>
<p><a href="@2025/">Edição 2025</a> · <a href="@chamada-de-trabalhos.html">Chamada de trabalhos</a></p>
</article>
""", alternates=ALT)

s.page("inscricoes.html", "Inscrições – CBGD 2026", """
<article class="page">
<h1 class="entry-title">Inscrições</h1>
<p>As inscrições são feitas exclusivamente pela <a href="@area-do-participante.html">Área do Participante</a>.
  <strong>Para se inscrever, crie sua conta</strong> (ou entre com a conta que você usou em edições anteriores),
  escolha a categoria e efetue o pagamento.</p>
<h2>Investimento</h2>
<table>
  <caption>Valores das inscrições (em reais)</caption>
  <thead><tr><th scope="col">Categoria</th><th scope="col">1º lote (até 30/6)</th><th scope="col">2º lote (1/7 a 15/9)</th><th scope="col">No local</th></tr></thead>
  <tbody>
    <tr><th scope="row">Profissional associado à SBGD</th><td>R$ 850,00</td><td>R$ 1.050,00</td><td>R$ 1.250,00</td></tr>
    <tr><th scope="row">Profissional não associado</th><td>R$ 1.100,00</td><td>R$ 1.350,00</td><td>R$ 1.600,00</td></tr>
    <tr><th scope="row">Estudante (graduação ou pós-graduação)</th><td>R$ 450,00</td><td>R$ 550,00</td><td>R$ 650,00</td></tr>
  </tbody>
</table>
<p>Minicursos são opcionais e cobrados à parte: R$ 120,00 por minicurso (vagas limitadas).</p>
<p class="note">Não há inscrições gratuitas: todos os participantes, inclusive palestrantes convidados e autores de
  trabalhos, pagam a inscrição. Cada trabalho aceito precisa de pelo menos um autor inscrito até 15/9.</p>
<h2>Pagamento</h2>
<p>Pix, boleto bancário ou cartão de crédito em até 3x sem juros. A nota fiscal é emitida em até 10 dias
  úteis. Cancelamentos até 30/9 têm reembolso de 70% do valor pago.</p>
<p>Estudantes selecionados pelo <a href="@auxilios.html">Programa de Apoio à Participação</a> recebem isenção da taxa de inscrição.</p>
</article>
""")

s.page("area-do-participante.html", "Área do Participante – CBGD 2026", """
<article class="page">
<h1 class="entry-title">Área do Participante</h1>
<p>Entre com seu e-mail e senha para se inscrever, emitir boletos, baixar recibos e certificados.</p>
<form action="@area-do-participante.html" method="post" class="login">
  <label for="log-email">E-mail</label>
  <input type="email" id="log-email" name="log" autocomplete="username" required>
  <label for="log-pass">Senha</label>
  <input type="password" id="log-pass" name="pwd" autocomplete="current-password" required>
  <button type="submit">Entrar</button>
</form>
<p><a href="@area-do-participante.html#lost">Esqueceu a senha?</a></p>
<p>Ainda não tem conta? <a href="@criar-conta.html">Crie sua conta</a> — ela é necessária para fazer a inscrição.</p>
</article>
""")

s.page("criar-conta.html", "Criar conta – CBGD 2026", """
<article class="page">
<h1 class="entry-title">Criar conta</h1>
<p>Campos marcados com <span class="req">*</span> são obrigatórios.</p>
<form action="@criar-conta.html" method="post" class="wpcf7-form">
  <input type="hidden" name="_wpnonce" value="9f3a1c2b7e">
  <label for="nome">Nome completo <span class="req">*</span></label>
  <input type="text" id="nome" name="nome" autocomplete="name" required>
  <label for="cracha">Nome para o crachá</label>
  <input type="text" id="cracha" name="nome_cracha">
  <label for="email">E-mail <span class="req">*</span></label>
  <input type="email" id="email" name="email" autocomplete="email" required>
  <label for="doc">CPF (brasileiros) ou número do passaporte (estrangeiros) <span class="req">*</span></label>
  <input type="text" id="doc" name="documento" required>
  <label for="nasc">Data de nascimento <span class="req">*</span></label>
  <input type="date" id="nasc" name="nascimento" autocomplete="bday" required>
  <label for="cel">Celular / WhatsApp <span class="req">*</span></label>
  <input type="tel" id="cel" name="celular" autocomplete="tel" required>
  <label for="inst">Instituição ou empresa <span class="req">*</span></label>
  <input type="text" id="inst" name="instituicao" autocomplete="organization" required>
  <fieldset>
    <legend>Categoria <span class="req">*</span></legend>
    <input type="radio" id="cat1" name="categoria" value="associado" required> <label for="cat1">Profissional associado à SBGD</label><br>
    <input type="radio" id="cat2" name="categoria" value="nao-associado"> <label for="cat2">Profissional não associado</label><br>
    <input type="radio" id="cat3" name="categoria" value="estudante"> <label for="cat3">Estudante</label>
  </fieldset>
  <label for="acess">Precisa de algum recurso de acessibilidade? (opcional)</label>
  <textarea id="acess" name="acessibilidade" rows="3"></textarea>
  <label for="senha">Senha (mínimo 8 caracteres) <span class="req">*</span></label>
  <input type="password" id="senha" name="senha" autocomplete="new-password" required>
  <label for="senha2">Confirme a senha <span class="req">*</span></label>
  <input type="password" id="senha2" name="senha2" autocomplete="new-password" required>
  <p class="check"><input type="checkbox" id="termos" name="termos" required>
    <label for="termos">Li e aceito os termos de uso e a política de privacidade (LGPD) <span class="req">*</span></label></p>
  <div class="g-recaptcha" data-sitekey="6LdCBGD2026xxxxxxxxxxxxxxxxxxxxxxxxxxxx" data-theme="light"></div>
  <button type="submit">Criar conta</button>
</form>
</article>
""")

s.page("auxilios.html", "Auxílios – CBGD 2026", """
<article class="page">
<h1 class="entry-title">Programa de Apoio à Participação Estudantil</h1>
<p>O CBGD 2026 oferecerá até 40 auxílios para estudantes de graduação e pós-graduação. Cada auxílio inclui:</p>
<ul>
  <li>isenção da taxa de inscrição;</li>
  <li>auxílio-viagem de até R$ 1.500,00 para passagens e hospedagem, pago por reembolso mediante comprovantes.</li>
</ul>
<p>Têm prioridade estudantes de instituições das regiões Norte e Nordeste, estudantes negros, indígenas e com
  deficiência, e autores de trabalhos aceitos.</p>
<h2>Como solicitar</h2>
<p>Depois de criar sua conta na <a href="@area-do-participante.html">Área do Participante</a>, preencha a
  solicitação de auxílio até 31 de julho de 2026, anexando comprovante de matrícula e uma carta do orientador.
  O resultado sai em 20 de agosto.</p>
</article>
""")

s.page("acessibilidade.html", "Acessibilidade – CBGD 2026", """
<article class="page">
<h1 class="entry-title">Acessibilidade</h1>
<p>Queremos que todas as pessoas possam participar do CBGD. Informe suas necessidades no formulário de
  criação de conta ou escreva para acessibilidade@cbgd.example.org.br até 30 de setembro.</p>
<ul>
  <li>Intérpretes de Libras em todas as sessões plenárias e, mediante solicitação, nas sessões técnicas.</li>
  <li>O Centro de Convenções tem rampas, elevadores e banheiros adaptados; todos os auditórios têm espaços reservados para cadeirantes.</li>
  <li>Audiodescrição na cerimônia de abertura.</li>
  <li>Os anais são publicados em HTML e EPUB acessível.</li>
</ul>
</article>
""")

s.page("faq.html", "Dúvidas frequentes – CBGD 2026", """
<article class="page">
<h1 class="entry-title">Dúvidas frequentes</h1>
<h2>Preciso criar uma conta para me inscrever?</h2>
<p>Sim. Todas as inscrições são feitas pela Área do Participante, que exige cadastro com e-mail e senha.</p>
<h2>Posso participar a distância?</h2>
<p>As sessões plenárias serão transmitidas ao vivo no canal do congresso, mas não há participação remota:
  apresentações de trabalhos e perguntas são apenas presenciais.</p>
<h2>Estudantes pagam meia-entrada?</h2>
<p>A categoria Estudante já tem valor reduzido. Apresente comprovante de matrícula no credenciamento.</p>
<h2>Posso transferir minha inscrição?</h2>
<p>Sim, até 30/9, pela Área do Participante.</p>
<h2>Os certificados são digitais?</h2>
<p>Sim, ficam disponíveis na Área do Participante até 30 dias depois do evento.</p>
</article>
""")

s.page("programacao.html", "Programação – CBGD 2026", """
<article class="page">
<h1 class="entry-title">Programação</h1>
<p>A grade completa, com salas e horários de todas as sessões, está disponível em PDF:</p>
<p><a class="button" href="@docs/programacao-cbgd-2026.pdf">Baixar a programação (PDF, 240 KB)</a></p>
<p>Veja também a lista de <a href="@trabalhos-aceitos.html">trabalhos aceitos</a>.</p>
</article>
""")

s.page("trabalhos-aceitos.html", "Trabalhos aceitos – CBGD 2026", """
<article class="page">
<h1 class="entry-title">Trabalhos aceitos</h1>
<ol>
  <li>Custos ocultos do armazenamento em nuvem para dados abertos municipais — A. Farias, L. Mota (UFPE)</li>
  <li>Custom Elements e Web Components em portais de transparência — R. Lima (Serpro)</li>
  <li>Qualidade de dados em registros de saúde da Atenção Básica — M. Souza et al. (Fiocruz)</li>
  <li>Linguagem simples em painéis de dados públicos — J. Andrade (UnB)</li>
  <li>Anonimização de microdados educacionais e a LGPD — C. Pereira, T. Nunes (USP)</li>
  <li>Language Models and Portuguese Legal Texts: a Data Governance Perspective — P. Ribeiro (UFMG)</li>
</ol>
</article>
""")

s.page("chamada-de-trabalhos.html", "Chamada de trabalhos – CBGD 2026", """
<article class="page">
<h1 class="entry-title">Chamada de trabalhos</h1>
<p>Convidamos a submissão de artigos completos (até 12 páginas) e resumos estendidos (até 4 páginas) em
  português, inglês ou espanhol, no formato da SBC. As submissões são feitas pelo sistema JEMS até 10 de maio
  de 2026. Não há taxa de submissão.</p>
<p>Tópicos: governança e gestão de dados; qualidade de dados; privacidade e proteção de dados; dados abertos;
  interoperabilidade; ética e inteligência artificial; dados no setor público.</p>
</article>
""")

s.page("patrocinio.html", "Patrocínio – CBGD 2026", """
<article class="page">
<h1 class="entry-title">Patrocínio</h1>
<p>Associe sua marca ao principal encontro de governança de dados do país.</p>
<table>
  <caption>Cotas de patrocínio</caption>
  <thead><tr><th scope="col">Cota</th><th scope="col">Investimento</th><th scope="col">Contrapartidas</th></tr></thead>
  <tbody>
    <tr><th scope="row">Diamante</th><td>R$ 80.000,00</td><td>Estande 18 m², palestra patrocinada, 10 inscrições de cortesia</td></tr>
    <tr><th scope="row">Ouro</th><td>R$ 40.000,00</td><td>Estande 9 m², 5 inscrições de cortesia</td></tr>
    <tr><th scope="row">Prata</th><td>R$ 20.000,00</td><td>Logo no site e nos crachás, 2 inscrições de cortesia</td></tr>
    <tr><th scope="row">Estande avulso</th><td>R$ 12.500,00</td><td>Estande 9 m² sem outras contrapartidas</td></tr>
  </tbody>
</table>
<p>Contato comercial: patrocinio@cbgd.example.org.br</p>
</article>
""")

s.page("hospedagem.html", "Hospedagem e transporte – CBGD 2026", """
<article class="page">
<h1 class="entry-title">Hospedagem e transporte</h1>
<h2>Hotéis parceiros</h2>
<table>
  <thead><tr><th scope="col">Hotel</th><th scope="col">Diária</th><th scope="col">Distância</th></tr></thead>
  <tbody>
    <tr><td>Hotel Mar Atlântico (Olinda)</td><td>a partir de R$ 389,00 (single, café incluso)</td><td>1,5 km</td></tr>
    <tr><td>Pousada Boa Viagem</td><td>R$ 210,00 (duplo)</td><td>9 km</td></tr>
  </tbody>
</table>
<p>Use o código CBGD2026 para 15% de desconto.</p>
<h2>Como chegar</h2>
<p>Traslado oficial aeroporto–hotéis parceiros: R$ 95,00 por trecho, com reserva até 15/10. Uma corrida por
  aplicativo do aeroporto até Olinda custa cerca de R$ 55. Estacionamento no Centro de Convenções: R$ 25,00 por dia.</p>
</article>
""")

s.page("vagas.html", "Mural de vagas – CBGD 2026", """
<article class="page">
<h1 class="entry-title">Mural de vagas</h1>
<p>Empresas e órgãos parceiros divulgam aqui suas oportunidades.</p>
<ul>
  <li><strong>Analista de Governança de Dados Pleno</strong> — Recife (híbrido) — R$ 9.500,00 a R$ 12.000,00 + benefícios.</li>
  <li><strong>Engenheira(o) de Dados Sênior</strong> — remoto — R$ 16.000,00 (CLT).</li>
  <li><strong>Estágio em ciência de dados</strong> — Porto Digital — bolsa-auxílio de R$ 1.800,00 + vale-transporte.</li>
</ul>
</article>
""")

# English page for international participants (language version)
s.page("en/index.html", "International participants – CBGD 2026", """
<article class="page">
<h1 class="entry-title">Information for international participants</h1>
<p>The Brazilian Congress on Data Governance (CBGD) takes place in Recife, Brazil, from 21 to 23 October 2026.
  Sessions are mostly in Portuguese; the keynotes and one technical track each day are in English.</p>
<h2>Registration</h2>
<p>To register, create an account in the Participant Area (the form is in Portuguese: <em>Criar conta</em>), then
  choose your category and pay by international credit card. Fees are in Brazilian reais:</p>
<ul>
  <li>SBGD member: BRL 850.00 until 30 June, BRL 1,050.00 until 15 September, BRL 1,250.00 on site;</li>
  <li>non-member: BRL 1,100.00, BRL 1,350.00 and BRL 1,600.00;</li>
  <li>student: BRL 450.00, BRL 550.00 and BRL 650.00;</li>
  <li>tutorials: BRL 120.00 each.</li>
</ul>
<p>There are no free registrations; invited speakers and authors register and pay like everyone else.</p>
<h2>Visas and travel</h2>
<p>Check whether you need a visa for Brazil well in advance. We can issue invitation letters once your
  registration is paid. Recife's international airport (REC) has direct flights from Lisbon, Miami and Buenos Aires.</p>
</article>
""", lang="en", alternates=ALT)
