from lib import mk, Q, M, N, entry, fld, video, placeholder_media
NAV = [("index.html", "Início"), ("participacao.html", "Participação e custos"), ("inscricao.html", "Inscrição"),
       ("ilhas.html", "Delegados das outras ilhas"), ("acessibilidade.html", "Acessibilidade"), ("patrocinios.html", "Patrocínios"),
       ("alojamento.html", "Alojamento"), ("mercado.html", "Mercado do peixe")]
s = mk("forum-pesca-artesanal-sao-vicente-mindelo", "Fórum da Pesca Artesanal de Barlavento — Mindelo 2027", "pt-CV", "#01579b", "PA", NAV,
       foot={"pt-CV": "<p>Associação de Pescadores e Peixeiras de São Vicente — forum@pescabarlavento.example.cv</p>"})
placeholder_media(s, "media/botes.mp4")
s.page("index.html", "Fórum da Pesca Artesanal de Barlavento", """
<h1>Fórum da Pesca Artesanal de Barlavento</h1>
<p>Nôs tud junt! Nos dias 15 e 16 de outubro de 2027, pescadores, peixeiras, investigadores e técnicos das câmaras municipais reúnem-se no Mindelo para discutir a gestão das zonas de pesca, a conservação do pescado e a segurança no mar.</p>
<p>Veja a <a href="@participacao.html">participação e custos</a> e faça a <a href="@inscricao.html">inscrição</a>.</p>
""" + video("media/botes.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The Windward Islands Artisanal Fisheries Forum brings fishers, fish sellers, researchers and municipal staff together in Mindelo for two days of discussion on fishing zones, fish handling and safety at sea. Fishers and fish sellers take part free of charge.</p>
</section>
""")
s.page("participacao.html", "Participação e custos", """
<h1>Participação e custos</h1>
<p>Pescadores e peixeiras inscrevem-se gratuitamente.</p>
<p>Investigadores, técnicos e organizações não governamentais: 2.500$00.</p>
<p>Estudantes: 1.000$00.</p>
<p>O fórum é aberto a maiores de 16 anos.</p>
""")
s.page("inscricao.html", "Inscrição", """
<h1>Inscrição</h1>
<p>A inscrição faz-se num formulário Google: <a href="https://docs.google.com/forms/d/e/1FAIpQLSd-exemplo-pesca/viewform">abrir o formulário de inscrição</a>.</p>
<p>Não é preciso ter conta Google para preencher o formulário.</p>
""")
s.page("ilhas.html", "Delegados das outras ilhas", """
<h1>Delegados das outras ilhas</h1>
<p>A travessia de barco de Santo Antão é gratuita para os delegados das associações de pescadores.</p>
<p>Quem não puder viajar participa por Zoom a partir da câmara municipal da sua ilha, com direito a palavra nos debates.</p>
""")
s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O salão do Centro Cultural tem rampa de acesso e casa de banho adaptada.</p>
<p>As sessões plenárias contam com intérprete de língua gestual cabo-verdiana.</p>
<p>Diga-nos o que precisa:</p>
<form action="@acessibilidade.html" method="post">
""" + fld("nome", "Nome") + fld("contacto", "Telefone ou e-mail") + fld("pedido", "O seu pedido", "textarea") + """
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">Enviar</button>
</form>
""")
s.page("patrocinios.html", "Patrocínios", """
<h1>Patrocínios</h1>
<p>Patrocinador principal: 150.000$00. Banca de exposição: 10.000$00.</p>
""")
s.page("alojamento.html", "Alojamento", """
<h1>Alojamento</h1>
<p>Pensão na Rua de Lisboa: 4.500$00 por noite. Barco Porto Novo–Mindelo: 2.600$00 por viagem.</p>
""")
s.page("mercado.html", "Mercado do peixe", """
<h1>Mercado do peixe</h1>
<p>Preço médio da cavala este mês: 400$00 o quilo.</p>
""")
ENTRY = entry(s, name="Windward Islands Artisanal Fisheries Forum 2027 (fishers' and fish sellers' association, Mindelo)",
    languages=["pt", "en"], fees=[(2500, "CVE"), (1000, "CVE")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=None, registration_host="docs.google.com", min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "participacao.html", "inscricao.html", "ilhas.html", "acessibilidade.html"],
    evidence={
        "languages": [Q("index.html", "pescadores, peixeiras, investigadores e técnicos das câmaras municipais reúnem-se no Mindelo"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Windward Islands Artisanal Fisheries Forum brings fishers, fish sellers"),
                      Q("index.html", "Nôs tud junt!", "Kriolu greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("en")],
        "fees": [Q("participacao.html", "Investigadores, técnicos e organizações não governamentais: 2.500$00.", "2500 CVE"),
                 Q("participacao.html", "Estudantes: 1.000$00.", "1000 CVE"),
                 Q("patrocinios.html", "Patrocinador principal: 150.000$00. Banca de exposição: 10.000$00.", "sponsor and stand: not fees"),
                 Q("alojamento.html", "Pensão na Rua de Lisboa: 4.500$00 por noite.", "lodging and ferry: not fees"),
                 Q("mercado.html", "Preço médio da cavala este mês: 400$00 o quilo.", "fish price: not a fee")],
        "free_option": [Q("participacao.html", "Pescadores e peixeiras inscrevem-se gratuitamente.")],
        "fee_support": [Q("ilhas.html", "A travessia de barco de Santo Antão é gratuita para os delegados das associações de pescadores."),
                        Q("participacao.html", "Estudantes: 1.000$00.", "student rate")],
        "remote_participation": [Q("ilhas.html", "participa por Zoom a partir da câmara municipal da sua ilha, com direito a palavra nos debates.")],
        "captcha": [M("acessibilidade.html", '<div class="h-captcha"', "on the access-needs form")],
        "account_required": [Q("inscricao.html", "Não é preciso ter conta Google para preencher o formulário.")],
        "registration_form": [N("no registration form on the site (Google Form); the 3-field access form is not it")],
        "registration_host": [M("inscricao.html", 'href="https://docs.google.com/forms/d/e/1FAIpQLSd-exemplo-pesca/viewform"')],
        "registration_pdf_only": [N("Google Form")],
        "min_age": [Q("participacao.html", "O fórum é aberto a maiores de 16 anos.")],
        "accessibility_statement": [Q("acessibilidade.html", "O salão do Centro Cultural tem rampa de acesso e casa de banho adaptada.")],
        "access_services": [Q("acessibilidade.html", "tem rampa de acesso e casa de banho adaptada", "wheelchair_access"),
                            Q("acessibilidade.html", "intérprete de língua gestual cabo-verdiana", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/botes.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
