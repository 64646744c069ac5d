from lib import mk, Q, M, N, entry, fld

NAV = [("index.html", "Início"), ("participar.html", "Como participar"), ("sessoes.html", "Sessões"),
       ("documentos.html", "Documentos"), ("acessibilidade.html", "Acessibilidade"), ("orcamento.html", "Orçamento"),
       ("transporte.html", "Transporte"), ("vagas.html", "Vagas")]
s = mk("consulta-gestao-mangal-cacheu", "Consulta pública sobre o Plano de Gestão do Mangal de Cacheu", "pt-GW", "#3d6b35",
       "MG", NAV, foot={"pt-GW": "<p>Gabinete de Planificação Costeira (fictício) · Cacheu · mangal@example.gw</p>"})
s.pdf("docs/ficha-inscricao-delegados.pdf", "Ficha de inscricao\nNome\nTabanca\nAssinatura")
s.pdf("docs/proposta-plano-mangal.pdf", "Proposta de Plano de Gestao do Mangal 2027-2032")

s.page("index.html", "Consulta pública sobre o mangal de Cacheu", """
<h1>Consulta pública: Plano de Gestão do Mangal de Cacheu 2027–2032</h1>
<p>Kuma ku bu sta? As comunidades que vivem do mangal — pescadoras de ostras, orizicultores e apanhadores de lenha — são convidadas a discutir as regras propostas para o corte, a pesca e a recuperação das bolanhas.</p>
<p>Saiba <a href="@participar.html">como participar</a>, veja o calendário das <a href="@sessoes.html">sessões</a>, leia os <a href="@documentos.html">documentos</a> e a informação sobre <a href="@acessibilidade.html">acessibilidade</a>.</p>
<section lang="fr">
<h2>En français</h2>
<p>Une consultation publique sur le plan de gestion de la mangrove de Cacheu se tient dans quatre tabancas. Les délégués des villages voisins du Sénégal peuvent y assister comme observateurs ; les débats ont lieu en portugais et en kriol.</p>
</section>
""")

q = "".join([fld("pn", "Nome"), fld("pt", "Telefone", "tel"), fld("pq", "A sua pergunta", "textarea")])
s.page("participar.html", "Como participar", f"""
<h1>Como participar</h1>
<p>A participação nas sessões não tem qualquer custo.</p>
<p>Não há inscrição online: descarregue a <a href="@docs/ficha-inscricao-delegados.pdf">ficha de inscrição de delegado (PDF)</a>, preencha-a com o chefe de tabanca e entregue-a no gabinete do sector.</p>
<p>Podem inscrever-se pessoas a partir dos 18 anos.</p>
<p>A travessia de canoa dos delegados das ilhas é paga pela organização.</p>
<h2>Tem uma dúvida?</h2>
<form action="@participar.html" method="post">{q}
<div class="cf-turnstile" data-sitekey="0x-placeholder-gw"></div>
<button type="submit">Enviar</button></form>
""")

s.page("sessoes.html", "Sessões", """
<h1>Sessões</h1>
<ul><li>3 de março — Cacheu (sede)</li><li>5 de março — Calequisse</li><li>8 de março — Jeta</li><li>10 de março — Caió</li></ul>
<p>Não há participação à distância: as sessões são presenciais em cada tabanca.</p>
""")

s.page("documentos.html", "Documentos", """
<h1>Documentos</h1>
<p>A proposta de plano só está disponível em PDF: <a href="@docs/proposta-plano-mangal.pdf">Proposta de Plano de Gestão do Mangal (PDF)</a>.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>A sala da sede em Cacheu fica no rés-do-chão e tem rampa para cadeira de rodas.</p>
<p>Haverá interpretação entre português e kriol em todas as sessões.</p>
<p>Para outras necessidades contacte mangal@example.gw.</p>
""")

s.page("orcamento.html", "Orçamento", """
<h1>Orçamento em consulta</h1>
<p>Fundo de replantação do mangal: 45 000 000 F CFA em cinco anos. Taxa proposta por licença de corte: 5 000 FCFA.</p>
""")

s.page("transporte.html", "Transporte", """
<h1>Transporte</h1>
<p>Toca-toca Bissau–Cacheu: 2 500 F CFA. Canoa para Jeta: 1 000 F CFA.</p>
""")

s.page("vagas.html", "Vagas", """
<h1>Vagas</h1>
<p>Animador/a comunitário/a de campo: 150 000 F CFA por mês.</p>
""")

ENTRY = entry(s, name="Cacheu Mangrove Management Plan public consultation 2027 (coastal planning office, Cacheu)",
    languages=["pt", "fr"],
    fees=[],
    free_option=True, fee_support=True, remote_participation=False, captcha=["turnstile"],
    account_required=False, registration_form=None, registration_host=None, registration_pdf_only=True,
    min_age=18, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "participar.html", "sessoes.html", "documentos.html", "acessibilidade.html"],
    evidence={
        "languages": [Q("index.html", "As comunidades que vivem do mangal"),
                      M("index.html", '<section lang="fr">', "French section with lang"),
                      Q("index.html", "Une consultation publique sur le plan de gestion de la mangrove de Cacheu"),
                      Q("index.html", "Kuma ku bu sta?", "Kriol greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("fr")],
        "fees": [Q("participar.html", "A participação nas sessões não tem qualquer custo.", "no price of taking part"),
                 Q("orcamento.html", "Fundo de replantação do mangal: 45 000 000 F CFA em cinco anos.", "fund and licence fee under consultation: not fees"),
                 Q("transporte.html", "Toca-toca Bissau–Cacheu: 2 500 F CFA.", "fares: not fees"),
                 Q("vagas.html", "150 000 F CFA por mês", "salary: not a fee")],
        "free_option": [Q("participar.html", "A participação nas sessões não tem qualquer custo.")],
        "fee_support": [Q("participar.html", "A travessia de canoa dos delegados das ilhas é paga pela organização.")],
        "remote_participation": [Q("sessoes.html", "Não há participação à distância: as sessões são presenciais em cada tabanca.")],
        "captcha": [M("participar.html", '<div class="cf-turnstile"', "on the question form")],
        "account_required": [N("PDF form, no account")],
        "registration_form": [N("no online registration form; the 3-field question form is not one", "participar.html")],
        "registration_host": [N("no platform")],
        "registration_pdf_only": [Q("participar.html", "Não há inscrição online"),
                                  M("participar.html", 'href="docs/ficha-inscricao-delegados.pdf"')],
        "min_age": [Q("participar.html", "Podem inscrever-se pessoas a partir dos 18 anos.")],
        "accessibility_statement": [Q("acessibilidade.html", "A sala da sede em Cacheu fica no rés-do-chão e tem rampa para cadeira de rodas.")],
        "access_services": [Q("acessibilidade.html", "tem rampa para cadeira de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "Haverá interpretação entre português e kriol em todas as sessões.", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("documentos.html", "A proposta de plano só está disponível em PDF"),
                               M("participar.html", 'href="docs/ficha-inscricao-delegados.pdf"', "registration form only as PDF")],
    })
