"""Public hearing on a desalination plan and water tariff (made-up municipal water office, Mindelo, São Vicente,
Cabo Verde): pt-CV, Kriolu greeting."""
from lib import *

NAV = [("index.html", "Início"), ("audicao.html", "A audição"), ("pedido.html", "Pedido de intervenção"),
       ("documentos.html", "Documentos"), ("acessibilidade.html", "Acessibilidade"), ("tarifa.html", "Tarifa e orçamento"),
       ("transporte.html", "Como chegar"), ("emprego.html", "Emprego")]
s = mk("audicao-publica-agua-mindelo", "Audição Pública sobre a Água de São Vicente", "pt-CV", "#006d8f", "ÁGUA", NAV,
       foot={"pt-CV": "<p>Gabinete Municipal da Água (fictício), Rua de Lisboa, Mindelo · audicao@agua-soncent.example.cv</p>"})

s.page("index.html", "Audição Pública sobre a Água de São Vicente 2027", """
<h1>Audição pública: plano de dessalinização e tarifa da água</h1>
<p>Bon dia, povo di Soncent!</p>
<p>O Gabinete Municipal da Água apresenta o plano para uma nova unidade de dessalinização em Lazareto e a proposta de nova tarifa social, e quer ouvir moradores, comerciantes e associações comunitárias.</p>
<p>A audição realiza-se no dia 10 de abril de 2027, às 17h00, no Salão Nobre dos Paços do Concelho, e é aberta a todos os munícipes.</p>
<ul>
<li><a href="@audicao.html">Como participar</a></li>
<li><a href="@pedido.html">Pedir a palavra</a></li>
<li><a href="@documentos.html">Documentos em consulta</a></li>
<li><a href="@acessibilidade.html">Acessibilidade</a></li>
<li><a href="@ata-2025.html">Ata da audição de 2025</a></li>
</ul>
<h2>Gravação da sessão de apresentação</h2>
""" + video("media/apresentacao.mp4"))
placeholder_media(s, "media/apresentacao.mp4")

s.page("audicao.html", "A audição – Água de São Vicente", """
<h1>Como participar</h1>
<p>Cada pessoa inscrita tem até quatro minutos para intervir. As intervenções podem ser feitas na sala ou à distância.</p>
<p>Quem estiver noutra ilha ou não puder sair de casa pode intervir por Zoom, levantando a mão virtual quando a mesa abrir as inscrições de cada bloco.</p>
<p>Podem pedir a palavra os maiores de 16 anos residentes no concelho.</p>
<p>A Câmara não paga transporte nem ajudas de custo aos participantes.</p>
""")

s.page("pedido.html", "Pedido de intervenção – Água de São Vicente", """
<h1>Pedido de intervenção</h1>
<p>Os campos marcados com * são obrigatórios. Prazo: 7 de abril de 2027.</p>
<form action="@pedido.html" method="post">
""" + fld("nome", "Nome completo *") + fld("tel", "Telefone *", "tel") + fld("email", "E-mail", "email")
    + fld("cni", "Número do CNI ou BI *")
    + fld("zona", "Zona de residência", "select", opts=["Monte Sossego", "Ribeira Bote", "Chã de Alecrim", "Calhau", "Outra"])
    + fld("org", "Associação ou organização que representa")
    + fld("tema", "Tema *", "select", opts=["Dessalinização", "Tarifa social", "Distribuição"])
    + fld("resumo", "Resumo da intervenção *", "textarea") + fld("zoom", "Quero intervir por Zoom", "checkbox") + """
<div class="g-recaptcha" data-sitekey="6Lc-agua-soncent-example"></div>
<button type="submit">Enviar pedido</button>
</form>
""")

s.page("documentos.html", "Documentos – Água de São Vicente", """
<h1>Documentos em consulta</h1>
<p>O plano de dessalinização e a proposta de tarifa estão disponíveis apenas em PDF: <a href="@docs/plano-dessalinizacao.pdf">Plano e proposta de tarifa (PDF)</a>.</p>
<p>Exemplares impressos podem ser consultados na receção da Câmara.</p>
""")
s.pdf("docs/plano-dessalinizacao.pdf", "Plano de dessalinizacao de Sao Vicente\nProposta de tarifa social\nVersao para audicao publica")

s.page("acessibilidade.html", "Acessibilidade – Água de São Vicente", """
<h1>Acessibilidade</h1>
<p>O Salão Nobre tem rampa de acesso pela Rua de Lisboa e lugares reservados para pessoas em cadeira de rodas.</p>
<p>Uma intérprete de língua gestual cabo-verdiana acompanha toda a sessão.</p>
<p>Não há legendagem em tempo real nesta audição.</p>
""")

s.page("tarifa.html", "Tarifa e orçamento – Água de São Vicente", """
<h1>Tarifa e orçamento em discussão</h1>
<p>A proposta fixa o primeiro escalão da tarifa social em 150$00 por metro cúbico.</p>
<p>O investimento previsto na unidade de dessalinização é de 2.400.000.000$00.</p>
""")

s.page("transporte.html", "Como chegar – Água de São Vicente", """
<h1>Como chegar</h1>
<p>Um hiace de Ribeira Bote até à Praça Nova custa 50$00; o táxi, cerca de 300$00.</p>
<p>Barco São Vicente–Santo Antão: 900$00 por viagem.</p>
""")

s.page("emprego.html", "Emprego – Gabinete Municipal da Água", """
<h1>Ofertas de emprego</h1>
<p>Técnico de manutenção da rede: 65.000$00 por mês.</p>
""")

P = ["index.html", "audicao.html", "pedido.html", "documentos.html", "acessibilidade.html"]
ENTRY = entry(s, name="Public hearing on the São Vicente desalination plan and water tariff 2027 (municipal water office, Mindelo, Cabo Verde)",
    languages=["pt"], fees=[], free_option=None, fee_support=False, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(9, 5, ["phone", "id_document", "affiliation"]), min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=1,
    pdf_only_documents=True, participation_pages=P, deliberate_404=["ata-2025.html"],
    evidence={
        "languages": [Q("index.html", "O Gabinete Municipal da Água apresenta o plano para uma nova unidade de dessalinização em Lazareto"),
                      Q("index.html", "Bon dia, povo di Soncent!", "Kriolu greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("none (pt)")],
        "fees": [N("no price of taking part"),
                 Q("tarifa.html", "150$00 por metro cúbico", "tariff under hearing: not a fee"),
                 Q("tarifa.html", "2.400.000.000$00", "budget: not a fee"),
                 Q("transporte.html", "Um hiace de Ribeira Bote até à Praça Nova custa 50$00", "fares: not fees"),
                 Q("emprego.html", "65.000$00 por mês", "salary: not a fee")],
        "free_option": [Q("index.html", "é aberta a todos os munícipes", "nothing said on cost: null")],
        "fee_support": [Q("audicao.html", "A Câmara não paga transporte nem ajudas de custo aos participantes.")],
        "remote_participation": [Q("audicao.html", "pode intervir por Zoom, levantando a mão virtual")],
        "captcha": [M("pedido.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, phone, e-mail, CNI/BI, zone select, organisation, topic select, summary, Zoom checkbox); 5 with *; sensitive phone, id_document, affiliation", "pedido.html"),
                              Q("pedido.html", "Número do CNI ou BI *")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("audicao.html", "Podem pedir a palavra os maiores de 16 anos residentes no concelho.")],
        "accessibility_statement": [Q("acessibilidade.html", "O Salão Nobre tem rampa de acesso pela Rua de Lisboa")],
        "access_services": [Q("acessibilidade.html", "lugares reservados para pessoas em cadeira de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "Uma intérprete de língua gestual cabo-verdiana acompanha toda a sessão.", "sign_language"),
                            Q("acessibilidade.html", "Não há legendagem em tempo real nesta audição.", "captions negated")],
        "videos_without_captions": [M("index.html", 'src="media/apresentacao.mp4">', "no track")],
        "pdf_only_documents": [Q("documentos.html", "estão disponíveis apenas em PDF")],
    })
