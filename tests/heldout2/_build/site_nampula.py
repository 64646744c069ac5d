from lib import *

NAV = [("index.html", "Início"), ("participar.html", "Participar e intervir"), ("documentos.html", "Documentos"),
       ("acessibilidade.html", "Acessibilidade"), ("perguntas.html", "Perguntas frequentes"), ("alojamento.html", "Alojamento"),
       ("vagas.html", "Vagas")]
s = mk("consulta-publica-lei-ciberseguranca-nampula", "Consulta Pública sobre a Proposta de Lei de Cibersegurança — Nampula", "pt-MZ",
       "#8a1c1c", "CN", NAV,
       foot={"pt-MZ": "<p>Direcção Provincial de Transportes e Comunicações de Nampula (entidade fictícia) — consulta@dptc-nampula.example.mz</p>"})

s.page("index.html", "Consulta pública — Proposta de Lei de Cibersegurança", """
<h1>Consulta pública sobre a Proposta de Lei de Cibersegurança</h1>
<p class="saudacao">Salama!</p>
<p>A Direcção Provincial de Transportes e Comunicações convida cidadãos, operadoras, universidades e organizações da sociedade civil para a sessão provincial de consulta pública sobre a Proposta de Lei de Cibersegurança, no dia 16 de Julho de 2027, das 8h30 às 13h00, na sala de conferências do Conselho Municipal de Nampula.</p>
<p>A participação na consulta é gratuita. A consulta está aberta a cidadãos maiores de 18 anos.</p>
<p><a href="@participar.html">Pedir para intervir</a> · <a href="@documentos.html">Ler a proposta de lei</a> · <a href="@relatorios/consulta-2025.html">Relatório da consulta de 2025</a></p>
<section lang="en">
<h2>In English</h2>
<p>The Provincial Directorate of Transport and Communications invites citizens, operators, universities and civil-society organisations to the provincial public consultation on the draft Cybersecurity Law on 16 July 2027 in Nampula. Taking part is free of charge.</p>
<p>People from the districts can take the floor over Zoom. Requests to speak are made with the online form; the draft law can be downloaded as a PDF.</p>
</section>
""")

s.write("img/codigo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7K3QP</text></svg>\n')
form = "".join([
    fld("nome", "Nome completo (preenchimento necessário)"),
    fld("email", "Correio electrónico", "email"),
    fld("tel", "Telefone (preenchimento necessário)", "tel"),
    fld("bi", "Número do BI (preenchimento necessário)"),
    fld("inst", "Instituição ou organização"),
    fld("distrito", "Distrito (preenchimento necessário)", "select", opts=["Cidade de Nampula", "Angoche", "Moma", "Eráti", "Monapo", "Outro"]),
    fld("sector", "Sector", "select", opts=["Cidadão", "Sociedade civil", "Academia", "Operadora", "Sector público"]),
    fld("tema", "Tema da intervenção (preenchimento necessário)", "textarea"),
    radios("modalidade", "Modalidade (preenchimento necessário)", ["Presencial", "Por Zoom"]),
    '<p><img src="@img/codigo.svg" alt="código da imagem" width="120" height="40"></p>',
    fld("codigo", "Escreva o código da imagem (preenchimento necessário)"),
])
s.page("participar.html", "Participar e intervir", f"""
<h1>Participar e intervir</h1>
<p>Quem deseja intervir na sessão deve preencher o pedido de intervenção até 9 de Julho de 2027. Cada intervenção tem até cinco minutos.</p>
<p>Os participantes dos distritos podem intervir por Zoom, levantando a mão para pedir a palavra; a ligação é enviada por SMS depois do pedido.</p>
<form action="@participar.html" method="post">
{form}
<button type="submit">Enviar pedido</button>
</form>
""")

s.page("documentos.html", "Documentos", """
<h1>Documentos da consulta</h1>
<p>A Proposta de Lei de Cibersegurança está disponível apenas em formato PDF.</p>
<p><a href="@docs/proposta-lei-ciberseguranca.pdf">Proposta de Lei de Cibersegurança (PDF)</a></p>
<p>A proposta prevê multas de 50.000,00 MT a 500.000,00 MT para entidades que não comuniquem incidentes.</p>
""")
s.pdf("docs/proposta-lei-ciberseguranca.pdf", "Proposta de Lei de Ciberseguranca\nCapitulo I - Disposicoes gerais")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>A sala fica no rés-do-chão e tem rampa de acesso para cadeiras de rodas.</p>
<p>Haverá intérprete de Língua de Sinais Moçambicana durante toda a sessão.</p>
<p>Interpretação português–emakhuwa.</p>
<p>Não há legendagem em tempo real.</p>
<p>Necessidades específicas: acesso@dptc-nampula.example.mz</p>
""")

s.page("perguntas.html", "Perguntas frequentes", """
<h1>Perguntas frequentes</h1>
<details><summary>Tenho de pagar para participar?</summary><p>Não. A consulta é aberta e gratuita.</p></details>
<details><summary>Vivo num distrito distante. Há apoio para o transporte?</summary><p>Os participantes vindos dos distritos de Angoche, Moma e Eráti são reembolsados das despesas de chapa mediante apresentação dos bilhetes.</p></details>
<details><summary>Posso enviar comentários por escrito?</summary><p>Sim, por correio electrónico até 23 de Julho de 2027.</p></details>
""")

s.page("alojamento.html", "Alojamento", """
<h1>Alojamento e transporte</h1>
<p>Hotéis no centro: a partir de 3.500,00 MT por noite. Um chapa dentro da cidade custa cerca de 30 MT.</p>
""")
s.page("vagas.html", "Vagas", """
<h1>Vagas</h1>
<p>Consultor jurídico para a sistematização da consulta, 45.000,00 MT por mês, três meses.</p>
""")

P = ["index.html", "participar.html", "documentos.html", "acessibilidade.html", "perguntas.html"]
ENTRY = entry(s, name="Consulta Pública sobre a Proposta de Lei de Cibersegurança — Nampula", languages=["en", "pt"],
    fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=["image"], account_required=False,
    registration_form=(10, 7, ["phone", "id_document", "affiliation"]),
    min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=0,
    pdf_only_documents=True, participation_pages=P, deliberate_404=["relatorios/consulta-2025.html"],
    evidence={
        "languages": [Q("index.html", "A Direcção Provincial de Transportes e Comunicações convida cidadãos"),
                      Q("index.html", "The Provincial Directorate of Transport and Communications invites citizens", "English section of two paragraphs with lang=en"),
                      Q("index.html", "Salama!", "Emakhuwa greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("en only (pt is not a UN language)")],
        "fees": [Q("index.html", "A participação na consulta é gratuita."),
                 Q("documentos.html", "multas de 50.000,00 MT a 500.000,00 MT", "fines in the draft: not a fee"),
                 Q("alojamento.html", "a partir de 3.500,00 MT por noite", "hotel: not a fee"),
                 Q("vagas.html", "45.000,00 MT por mês", "salary: not a fee")],
        "free_option": [Q("index.html", "A participação na consulta é gratuita.")],
        "fee_support": [Q("perguntas.html", "são reembolsados das despesas de chapa mediante apresentação dos bilhetes", "FAQ")],
        "remote_participation": [Q("participar.html", "Os participantes dos distritos podem intervir por Zoom, levantando a mão para pedir a palavra")],
        "captcha": [M("participar.html", 'alt="código da imagem"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("request to speak: 10 fields (nome, e-mail, telefone, BI, instituição, distrito select, sector select, tema textarea, modalidade radio, código da imagem); 7 marked (preenchimento necessário); sensitive phone, id_document, affiliation", "participar.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "A consulta está aberta a cidadãos maiores de 18 anos.")],
        "accessibility_statement": [Q("acessibilidade.html", "A sala fica no rés-do-chão e tem rampa de acesso para cadeiras de rodas.")],
        "access_services": [Q("acessibilidade.html", "A sala fica no rés-do-chão e tem rampa de acesso para cadeiras de rodas.", "wheelchair_access"),
                            Q("acessibilidade.html", "Haverá intérprete de Língua de Sinais Moçambicana durante toda a sessão.", "sign_language"),
                            Q("acessibilidade.html", "Interpretação português–emakhuwa.", "interpretation"),
                            Q("acessibilidade.html", "Não há legendagem em tempo real.", "negation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("documentos.html", "A Proposta de Lei de Cibersegurança está disponível apenas em formato PDF.")],
    })
