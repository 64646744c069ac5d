"""Brazilian favela-tech festival, Rio de Janeiro. Portuguese, Spanish page declared as pt-BR; R$ tickets on Even3."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Início"), ("programacao.html", "Programação"), ("ingressos.html", "Ingressos"),
       ("hackathon.html", "Hackathon"), ("ao-vivo.html", "Ao vivo"), ("acessibilidade.html", "Acessibilidade"),
       ("feira.html", "Feira e patrocínio"), ("vagas.html", "Vagas"), ("es/index.html", "Español")]
s = mk("festival-favela-tech-rio", "Festival Favela Tech 2027", "pt-BR", "#e65100", "FFT", NAV,
       langs={"pt-BR": [("es/index.html", "Español")]},
       foot={"pt-BR": "<p>Festival Favela Tech · Coletivo Laje Digital (fictício) · Complexo da Maré, Rio de Janeiro · "
                      "contato@favelatech.example.com.br</p>"})

s.page("index.html", "Festival Favela Tech 2027 — Complexo da Maré", """
<h1>Festival Favela Tech 2027</h1>
<p class="lead">Complexo da Maré, Rio de Janeiro · 14 e 15 de agosto de 2027 · Lona Cultural da Maré</p>
<p>Dois dias de tecnologia feita na favela e para a favela: oficinas de programação e robótica, debates sobre
internet comunitária, dados e segurança pública, feira de empreendedores, batalha de rima com beats eletrônicos e um
hackathon de 24 horas.</p>
<p>Garanta seu <a href="@ingressos.html">ingresso</a> — para quem mora em favela é de graça.</p>
<h2>Como foi o Festival 2026</h2>
""" + video("media/festival-2026.mp4") + """
<p>¿Hablas español? <a href="@es/index.html">Información en español</a>.</p>
""")
placeholder_media(s, "media/festival-2026.mp4")

s.page("programacao.html", "Programação — Festival Favela Tech 2027", """
<h1>Programação</h1>
<ul>
  <li>Internet comunitária na Maré: custos, taxas e quem paga a conta</li>
  <li>Cadastro de moradores e privacidade de dados</li>
  <li>Idiomas da quebrada: gírias, tradução automática e inteligência artificial</li>
  <li>Oficina de robótica com sucata (vagas limitadas)</li>
</ul>
""")

s.page("ingressos.html", "Ingressos — Festival Favela Tech 2027", """
<h1>Ingressos</h1>
<p>A entrada é gratuita para moradores de favelas e estudantes de escolas públicas: basta retirar o ingresso
gratuito e apresentar comprovante na entrada.</p>
<table>
  <thead><tr><th>Ingresso</th><th>Valor</th></tr></thead>
  <tbody>
    <tr><td>Morador de favela / estudante de escola pública</td><td>Gratuito</td></tr>
    <tr><td>Ingresso apoiador (dois dias)</td><td>R$ 50,00</td></tr>
    <tr><td>Meia-entrada (estudantes, professores e pessoas acima de 60 anos)</td><td>R$ 25,00</td></tr>
  </tbody>
</table>
<p>A oficina de robótica com sucata custa R$ 30 por pessoa (material incluso) e tem 40 vagas.</p>
<h2>Auxílio-transporte</h2>
<p>Quem vem de outras favelas da Região Metropolitana pode pedir auxílio-transporte: a organização paga a passagem
de ida e volta. Peça no formulário do Even3.</p>
<p>Os ingressos são emitidos pelo Even3, só com nome e e-mail, sem criar conta:
<a href="https://www.even3.com.br/favelatech2027/">retirar ou comprar ingresso no Even3</a>.</p>
""")

s.page("hackathon.html", "Hackathon — Festival Favela Tech 2027", """
<h1>Hackathon Favela Tech</h1>
<p>24 horas para criar soluções para os desafios da Maré: mobilidade, enchentes e acesso à saúde.</p>
<p>Participação a partir de 14 anos; menores de 18 precisam de autorização assinada pelos responsáveis.</p>
<p>Prêmios: R$ 10.000 para a equipe vencedora e R$ 5.000 para o segundo lugar.</p>
<p>A inscrição no hackathon é feita no mesmo <a href="@ingressos.html">link de ingressos</a>.</p>
""")

s.page("ao-vivo.html", "Ao vivo — Festival Favela Tech 2027", """
<h1>Ao vivo</h1>
<p>Os debates do palco principal serão transmitidos ao vivo no nosso canal do YouTube, só para assistir: nesta
edição não haverá perguntas nem participação do público online.</p>
""")

s.page("acessibilidade.html", "Acessibilidade — Festival Favela Tech 2027", """
<h1>Acessibilidade</h1>
<p>Todas as mesas do palco principal terão intérprete de Libras.</p>
<p>A Lona Cultural tem rampas de acesso e banheiro adaptado para cadeira de rodas.</p>
<p>Teremos audiodescrição na abertura.</p>
<p>O Espaço Kids recebe crianças de 2 a 10 anos, com educadoras, durante todo o festival.</p>
<p>Ainda não teremos legendagem ao vivo nesta edição.</p>
<p>Dúvidas ou pedidos de acessibilidade: acessibilidade@favelatech.example.com.br.</p>
""")

s.page("feira.html", "Feira e patrocínio — Festival Favela Tech 2027", """
<h1>Feira de empreendedores e patrocínio</h1>
<p>Barraca na feira de empreendedores da Maré: R$ 150 pelos dois dias.</p>
<p>Cota de patrocínio master: R$ 80.000. Cota apoio: R$ 15.000.</p>
""")

s.page("vagas.html", "Vagas — Festival Favela Tech 2027", """
<h1>Mural de vagas</h1>
<ul>
  <li>Desenvolvedora júnior (React) — R$ 4.200/mês — híbrido, Bonsucesso</li>
  <li>Analista de dados pleno — R$ 6.500/mês — remoto</li>
</ul>
""")

s.page("es/index.html", "Festival Favela Tech 2027 — en español", """
<h1>Festival Favela Tech 2027</h1>
<p>Complejo da Maré, Río de Janeiro, 14 y 15 de agosto de 2027.</p>
<p>Dos días de tecnología hecha en la favela y para la favela: talleres de programación y robótica, debates sobre
internet comunitaria, datos y seguridad pública, una feria de emprendedores y un hackatón de 24 horas.</p>
<p>La entrada es gratuita para habitantes de favelas y estudiantes de escuelas públicas. La entrada de apoyo cuesta
R$ 50 y la media entrada R$ 25; el taller de robótica cuesta R$ 30. Las entradas se emiten en Even3 sin crear cuenta.</p>
<p>Todas las mesas del escenario principal tienen intérprete de Libras (lengua de señas brasileña).</p>
""")

ENTRY = entry(
    s, name="Festival Favela Tech 2027 (Brazilian favela-tech festival, Rio de Janeiro)",
    languages=["pt", "es"], fees=[(50, "BRL"), (25, "BRL"), (30, "BRL")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=False, registration_form=None, registration_host="www.even3.com.br",
    min_age=14, accessibility_statement=True, access_services=["sign_language", "wheelchair_access", "childcare"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "ingressos.html", "hackathon.html", "ao-vivo.html", "acessibilidade.html", "es/index.html"],
    evidence={
        "languages": [
            Q("index.html", "Dois dias de tecnologia feita na favela e para a favela: oficinas de programação e robótica"),
            Q("es/index.html", "Dos días de tecnología hecha en la favela y para la favela: talleres de programación y robótica"),
            M("es/index.html", '<html lang="pt-BR">', "Spanish page declared as Portuguese"),
        ],
        "un_languages": [N("es (pt is not a UN language)")],
        "fees": [
            Q("ingressos.html", "Ingresso apoiador (dois dias) R$ 50,00"),
            Q("ingressos.html", "Meia-entrada (estudantes, professores e pessoas acima de 60 anos) R$ 25,00"),
            Q("ingressos.html", "A oficina de robótica com sucata custa R$ 30 por pessoa (material incluso)", "paid add-on workshop"),
            Q("es/index.html", "La entrada de apoyo cuesta R$ 50 y la media entrada R$ 25; el taller de robótica cuesta R$ 30."),
            Q("hackathon.html", "Prêmios: R$ 10.000 para a equipe vencedora", "prize, not a fee"),
            Q("feira.html", "Barraca na feira de empreendedores da Maré: R$ 150 pelos dois dias.", "exhibitor stall, not a fee"),
            Q("feira.html", "Cota de patrocínio master: R$ 80.000.", "sponsorship, not a fee"),
            Q("vagas.html", "Analista de dados pleno — R$ 6.500/mês", "salary, not a fee"),
            Q("programacao.html", "Internet comunitária na Maré: custos, taxas e quem paga a conta", "talk title"),
        ],
        "free_option": [Q("ingressos.html", "A entrada é gratuita para moradores de favelas e estudantes de escolas públicas")],
        "fee_support": [
            Q("ingressos.html", "Quem vem de outras favelas da Região Metropolitana pode pedir auxílio-transporte: a organização paga a passagem de ida e volta."),
            Q("ingressos.html", "Meia-entrada (estudantes, professores e pessoas acima de 60 anos) R$ 25,00", "reduced rate"),
        ],
        "remote_participation": [Q("ao-vivo.html", "só para assistir: nesta edição não haverá perguntas nem participação do público online.", "watch-only stream: false")],
        "captcha": [N("no form on the site")],
        "account_required": [Q("ingressos.html", "Os ingressos são emitidos pelo Even3, só com nome e e-mail, sem criar conta")],
        "registration_form": [N("no registration form on the site (Even3)")],
        "registration_host": [M("ingressos.html", 'href="https://www.even3.com.br/favelatech2027/"')],
        "registration_pdf_only": [N("Even3")],
        "min_age": [
            Q("hackathon.html", "Participação a partir de 14 anos", "hackathon: 14"),
            Q("acessibilidade.html", "O Espaço Kids recebe crianças de 2 a 10 anos", "childcare ages, not a limit"),
        ],
        "accessibility_statement": [Q("acessibilidade.html", "Dúvidas ou pedidos de acessibilidade: acessibilidade@favelatech.example.com.br.")],
        "access_services": [
            Q("acessibilidade.html", "Todas as mesas do palco principal terão intérprete de Libras."),
            Q("acessibilidade.html", "A Lona Cultural tem rampas de acesso e banheiro adaptado para cadeira de rodas."),
            Q("acessibilidade.html", "O Espaço Kids recebe crianças de 2 a 10 anos, com educadoras, durante todo o festival."),
            Q("acessibilidade.html", "Teremos audiodescrição na abertura.", "audio description: not a service"),
            Q("acessibilidade.html", "Ainda não teremos legendagem ao vivo nesta edição.", "negation: no captions"),
        ],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/festival-2026.mp4">', "no track: 1")],
        "pdf_only_documents": [N("no PDF")],
    })
