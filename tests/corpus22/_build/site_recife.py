from lib import mk, placeholder_media, video, Q, M, N, entry, fld

NAV = [("index.html", "Início"), ("valores.html", "Valores"), ("inscricao.html", "Inscrição"), ("feira.html", "A feira"),
       ("acessibilidade.html", "Acessibilidade"), ("espanol.html", "Español"), ("expositores.html", "Expositores"),
       ("hospedagem.html", "Hospedagem")]
s = mk("feira-economia-solidaria-recife", "Feira e Seminário Nordestino de Economia Solidária 2027", "pt-BR", "#d35400", "ES",
       NAV, foot={"pt-BR": "<p>Fórum Nordestino de Economia Solidária (fictício) · contato@ecosol-ne.example.org.br</p>"})
placeholder_media(s, "media/feira.mp4")

s.page("index.html", "Feira e Seminário Nordestino de Economia Solidária", """
<h1>Feira e Seminário Nordestino de Economia Solidária 2027</h1>
<p>De 9 a 12 de setembro de 2027, no Cais do Sertão, no Recife, cooperativas, bancos comunitários e grupos de artesãs de
nove estados se encontram para uma feira aberta e um seminário sobre crédito solidário, comercialização e autogestão.</p>
<p>Veja os <a href="@valores.html">valores do seminário</a> e faça a <a href="@inscricao.html">inscrição</a>.
Memória da edição anterior: <a href="@memoria-2026.html">2026</a>.</p>
""" + video("media/feira.mp4"))

s.page("valores.html", "Valores", """
<h1>Valores do seminário</h1>
<ul>
<li>Inscrição no seminário (três dias, com almoço): R$ 80,00</li>
<li>Estudantes: R$ 40,00</li>
</ul>
<p>A entrada na feira é gratuita e aberta ao público.</p>
<p>Grupos de empreendimentos do interior recebem ajuda de custo para o transporte até o Recife.</p>
""")

q = "".join([fld("dn", "Nome"), fld("de", "E-mail", "email"), fld("dm", "Sua dúvida", "textarea")])
s.page("inscricao.html", "Inscrição", f"""
<h1>Inscrição</h1>
<p>As inscrições no seminário são feitas pela <a href="https://www.even3.com.br/seminario-ecosol-ne-2027/">Even3</a>;
é preciso criar uma conta na Even3 para se inscrever.</p>
<p>O seminário é aberto a participantes a partir de 16 anos.</p>
<h2>Dúvidas</h2>
<form action="@inscricao.html" method="post">{q}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAplaceholderREC"></div>
<button type="submit">Enviar</button></form>
""")

s.page("feira.html", "A feira", """
<h1>A feira</h1>
<p>Mais de 200 bancas de artesanato, agricultura familiar e alimentação. As mesas do seminário serão transmitidas pelo
YouTube apenas para assistir; perguntas só presencialmente.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O Cais do Sertão tem acesso para cadeira de rodas em todos os pavimentos.</p>
<p>As mesas do seminário têm intérpretes de Libras.</p>
<p>Há um espaço infantil com monitoras para crianças de 3 a 10 anos durante o seminário.</p>
<p>Outras necessidades: acessibilidade@ecosol-ne.example.org.br</p>
""")

s.page("espanol.html", "Feria y Seminario de Economía Solidaria", """
<h1>Feria y Seminario del Nordeste de Economía Solidaria 2027</h1>
<p>Del 9 al 12 de septiembre de 2027, en el Cais do Sertão de Recife, cooperativas, bancos comunitarios y grupos de
artesanas se reúnen en una feria abierta y un seminario. La entrada a la feria es gratuita; la inscripción al seminario
cuesta 80 reales (estudiantes 40 reales) y se hace en la plataforma Even3, donde hay que crear una cuenta. Las mesas
tienen intérpretes de Libras y hay un espacio infantil con monitoras.</p>
""")

s.page("expositores.html", "Expositores", """
<h1>Expositores</h1>
<p>Banca de expositor na feira (4 dias): R$ 150,00. Cota de patrocínio: R$ 10.000,00.</p>
<p>Exemplos de produtos: rede de dormir R$ 120,00; mel de abelha nativa R$ 35,00.</p>
""")

s.page("hospedagem.html", "Hospedagem", """
<h1>Hospedagem e transporte</h1>
<p>Pousada no Bairro do Recife: R$ 180,00 a diária. Ônibus Caruaru–Recife: R$ 32,00.</p>
""")

ENTRY = entry(
    s, name="Northeast Solidarity Economy Fair and Seminar 2027 (solidarity economy forum, Recife)",
    languages=["pt", "es"],
    fees=[(80, "BRL"), (40, "BRL")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["turnstile"],
    account_required=True, registration_form=None,
    registration_host="www.even3.com.br", registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "childcare"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "valores.html", "inscricao.html", "feira.html", "acessibilidade.html", "espanol.html"],
    deliberate_404=["memoria-2026.html"],
    evidence={
        "languages": [Q("index.html", "cooperativas, bancos comunitários e grupos de artesãs de nove estados se encontram"),
                      M("espanol.html", '<html lang="pt-BR">', "Spanish page declared pt-BR: Spanish"),
                      Q("espanol.html", "cooperativas, bancos comunitarios y grupos de artesanas se reúnen en una feria abierta")],
        "un_languages": [N("es")],
        "fees": [Q("valores.html", "Inscrição no seminário (três dias, com almoço): R$ 80,00", "80 BRL"),
                 Q("valores.html", "Estudantes: R$ 40,00", "40 BRL"),
                 Q("espanol.html", "cuesta 80 reales (estudiantes 40 reales)", "Spanish restatement, no new entries"),
                 Q("expositores.html", "Banca de expositor na feira (4 dias): R$ 150,00.", "stand, sponsorship, goods: not fees"),
                 Q("hospedagem.html", "Pousada no Bairro do Recife: R$ 180,00 a diária.", "lodging and bus: not fees")],
        "free_option": [Q("valores.html", "A entrada na feira é gratuita e aberta ao público.")],
        "fee_support": [Q("valores.html", "Estudantes: R$ 40,00", "student rate"),
                        Q("valores.html", "Grupos de empreendimentos do interior recebem ajuda de custo para o transporte")],
        "remote_participation": [Q("feira.html", "transmitidas pelo YouTube apenas para assistir; perguntas só presencialmente.")],
        "captcha": [M("inscricao.html", '<div class="cf-turnstile"', "on the question form")],
        "account_required": [Q("inscricao.html", "é preciso criar uma conta na Even3 para se inscrever.")],
        "registration_form": [N("no own registration form; the 3-field question form is not one")],
        "registration_host": [M("inscricao.html", 'href="https://www.even3.com.br/seminario-ecosol-ne-2027/"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [Q("inscricao.html", "O seminário é aberto a participantes a partir de 16 anos.", "16")],
        "accessibility_statement": [Q("acessibilidade.html", "O Cais do Sertão tem acesso para cadeira de rodas em todos os pavimentos.")],
        "access_services": [Q("acessibilidade.html", "acesso para cadeira de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "As mesas do seminário têm intérpretes de Libras.", "sign_language"),
                            Q("acessibilidade.html", "Há um espaço infantil com monitoras", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/feira.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
