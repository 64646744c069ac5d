from lib import mk, Q, M, N, entry, fld, radios
s = mk("consulta-publica-pesca-artesanal-sao-tome", "Consulta pública — Plano de Gestão da Pesca Artesanal 2027", "pt-ST", "#1d5fa8", "PGP",
       [("index.html", "Consulta"), ("participar.html", "Como participar"), ("inscricao.html", "Pedir a palavra"),
        ("principe.html", "Participar a partir do Príncipe"), ("acessibilidade.html", "Acessibilidade"),
        ("peixe.html", "Preços do pescado"), ("alojamento.html", "Alojamento"), ("parceiros.html", "Parceiros")],
       foot={"pt-ST": "<p>Direção das Pescas · Fórum dos Pescadores e Palaiês · consulta@pescas.example.st</p>"})
s.pdf("files/proposta-plano-gestao-pesca-2027.pdf", "Proposta de Plano de Gestao da Pesca Artesanal 2027\nZonas de pesca, epocas de defeso, licencas")
s.page("index.html", "Consulta pública sobre a pesca artesanal", """
<h1>Consulta pública sobre o Plano de Gestão da Pesca Artesanal</h1>
<p>Bô tadji! A Direção das Pescas e o Fórum dos Pescadores e Palaiês convidam pescadores, palaiês, armadores de canoas e associações comunitárias a discutir a proposta de plano de gestão: zonas de pesca, épocas de defeso para o peixe-voador e o novo regime de licenças.</p>
<p>A sessão pública realiza-se a 8 de maio de 2027, das 9h às 15h, no Salão Paroquial de Neves. A proposta está disponível apenas em <a href="@files/proposta-plano-gestao-pesca-2027.pdf">PDF (proposta do plano)</a>.</p>
<p>O relatório da consulta de 2024 pode ser consultado <a href="@relatorio-2024.html">aqui</a>.</p>
""")
s.page("participar.html", "Como participar", """
<h1>Como participar</h1>
<p>A participação é gratuita e aberta a todas as pessoas maiores de 16 anos que vivam ou trabalhem nas comunidades piscatórias.</p>
<p>Os pescadores e palaiês das comunidades de Malanza, Ribeira Afonso e Porto Alegre recebem um subsídio de transporte no dia da sessão.</p>
<p>Quem quiser intervir deve <a href="@inscricao.html">pedir a palavra</a> até 30 de abril.</p>
""")
s.page("inscricao.html", "Pedir a palavra", """
<h1>Pedido de intervenção</h1>
<form action="@inscricao.html" method="post">
""" + fld("nome", "Nome completo (obrigatório)") + fld("bi", "Número do BI (obrigatório)") + fld("tel", "Telemóvel (obrigatório)", "tel")
    + fld("mail", "Correio eletrónico", "email") + fld("assoc", "Associação ou cooperativa de pesca")
    + fld("com", "Comunidade", "select", opts=["Neves", "Malanza", "Ribeira Afonso", "Porto Alegre", "Santo António (Príncipe)", "Outra"])
    + radios("tema", "Tema da intervenção", ["Zonas de pesca", "Épocas de defeso", "Licenças"], req=True)
    + radios("modo", "Vou intervir", ["Na sala", "Por Zoom (Príncipe)"]) + fld("resumo", "Resumo da intervenção", "textarea") + """
<div class="g-recaptcha" data-sitekey="6LcSaoTomeExampleKey00000000000000000000"></div>
<button type="submit">Enviar pedido</button>
</form>
""")
s.page("principe.html", "Participar a partir do Príncipe", """
<h1>Participar a partir do Príncipe</h1>
<p>Na Casa da Cultura de Santo António haverá uma ligação por Zoom: os participantes do Príncipe podem pedir a palavra e intervir em direto como os que estão na sala.</p>
""")
s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O Salão Paroquial fica no rés-do-chão e tem rampa de acesso para cadeiras de rodas.</p>
<p>Haverá um espaço infantil com monitoras para os filhos das palaiês durante a sessão.</p>
<p>Não há intérprete de língua gestual nesta sessão.</p>
""")
s.page("peixe.html", "Preços do pescado", """
<h1>Preços de referência do pescado</h1>
<p>Peixe-voador: 60 dobras o molho; atum: 150 dobras o quilo. A proposta prevê uma licença anual de canoa a motor de 500 dobras e um subsídio ao combustível de 20 Db por litro.</p>
""")
s.page("alojamento.html", "Alojamento", """
<h1>Alojamento e transporte</h1>
<p>Pensões em Neves a partir de 800 dobras por noite. O voo de Libreville custa cerca de 180 000 F CFA.</p>
""")
s.page("parceiros.html", "Parceiros", """
<h1>Parceiros</h1>
<p>A consulta conta com o apoio de organizações de cooperação; o orçamento da sessão é de 250 000 dobras.</p>
""")
ENTRY = entry(s, name="Public consultation on the artisanal fisheries management plan 2027 (fisheries directorate, São Tomé)",
    languages=["pt"], fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(9, 4, ["id_document", "phone", "affiliation"]), min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "childcare"], videos_without_captions=0,
    pdf_only_documents=True,
    participation_pages=["index.html", "participar.html", "inscricao.html", "principe.html", "acessibilidade.html"],
    deliberate_404=["relatorio-2024.html"],
    evidence={
        "languages": [Q("index.html", "convidam pescadores, palaiês, armadores de canoas e associações comunitárias", "Forro greeting only: not listable")],
        "un_languages": [N("none (pt)")],
        "fees": [N("taking part is free: no fee"),
                 Q("peixe.html", "uma licença anual de canoa a motor de 500 dobras", "fish prices, licence fee and fuel subsidy under consultation: not fees"),
                 Q("alojamento.html", "cerca de 180 000 F CFA", "pension, flight (XAF): not fees"),
                 Q("parceiros.html", "o orçamento da sessão é de 250 000 dobras", "budget: not a fee")],
        "free_option": [Q("participar.html", "A participação é gratuita")],
        "fee_support": [Q("participar.html", "recebem um subsídio de transporte no dia da sessão")],
        "remote_participation": [Q("principe.html", "os participantes do Príncipe podem pedir a palavra e intervir em direto")],
        "captcha": [M("inscricao.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("request to speak: 9 fields (name, BI, mobile, e-mail, association, community, topic radio, mode radio, summary); 3 marked (obrigatório) + topic radio required = 4; sensitive id_document, phone, affiliation", "inscricao.html"),
                              Q("inscricao.html", "Número do BI (obrigatório)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("participar.html", "aberta a todas as pessoas maiores de 16 anos")],
        "accessibility_statement": [Q("acessibilidade.html", "tem rampa de acesso para cadeiras de rodas")],
        "access_services": [Q("acessibilidade.html", "fica no rés-do-chão e tem rampa de acesso para cadeiras de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "Haverá um espaço infantil com monitoras", "childcare"),
                            Q("acessibilidade.html", "Não há intérprete de língua gestual nesta sessão.", "sign language negated")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [M("index.html", 'href="files/proposta-plano-gestao-pesca-2027.pdf"', "draft plan only as PDF")],
    })
