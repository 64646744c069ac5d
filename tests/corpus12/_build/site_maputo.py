from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Início"), ("inscricao.html", "Inscrição"), ("precos.html", "Preços"), ("online.html", "Participação online"),
       ("acessibilidade.html", "Acessibilidade"), ("feira.html", "Feira cooperativa"), ("alojamento.html", "Alojamento"), ("en.html", "English")]
s = mk("congresso-lusofono-cooperativas-maputo", "III Congresso Lusófono de Cooperativas", "pt-MZ", "#8a5a00", "CL", NAV,
       foot={"pt-MZ": "<p>União Nacional de Cooperativas de Moçambique · Av. 24 de Julho, Maputo · congresso@unacoop-mz.example.org</p>"})
placeholder_media(s, "media/convite.mp4")
s.page("index.html", "III Congresso Lusófono de Cooperativas", f"""
<h1>III Congresso Lusófono de Cooperativas — Maputo, 18 a 20 de agosto de 2027</h1>
<p>Cooperativas agrícolas, de poupança e crédito, de pesca e de habitação de Angola, Brasil, Cabo Verde, Guiné-Bissau, Moçambique, Portugal, São Tomé e Príncipe e Timor-Leste reúnem-se para discutir acesso a mercados, crédito e sucessão geracional.</p>
<p><a class="button" href="@inscricao.html">Inscreva-se</a> · <a href="@precos.html">Preços</a></p>
{video("media/convite.mp4")}
""")
s.page("inscricao.html", "Inscrição", """
<h1>Ficha de inscrição</h1>
<p>Campos com * são obrigatórios.</p>
<form action="@inscricao.html" method="post">
<label for="n">Nome *</label><input type="text" id="n" name="nome" required>
<label for="a">Apelido *</label><input type="text" id="a" name="apelido" required>
<label for="bi">N.º do Bilhete de Identidade ou passaporte *</label><input type="text" id="bi" name="bi" required>
<label for="c">Cooperativa ou instituição *</label><input type="text" id="c" name="coop" required>
<label for="p">Província / país</label><select id="p" name="prov"><option>Maputo Cidade</option><option>Gaza</option><option>Nampula</option><option>Outro país</option></select>
<label for="t">Telefone *</label><input type="tel" id="t" name="tel" required>
<label for="e">Correio electrónico *</label><input type="email" id="e" name="email" required>
<fieldset><legend>Sexo</legend><input type="radio" id="s1" name="sexo" value="f"><label for="s1">Feminino</label> <input type="radio" id="s2" name="sexo" value="m"><label for="s2">Masculino</label></fieldset>
<p class="check"><input type="checkbox" id="al" name="alojamento"><label for="al">Preciso de alojamento</label></p>
<p class="check"><input type="checkbox" id="d" name="decl" required><label for="d">Declaro que os dados são verdadeiros *</label></p>
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">Submeter</button></form>
""")
s.page("precos.html", "Preços", """
<h1>Preços de inscrição</h1>
<table><tr><th>Categoria</th><th>Valor</th></tr>
<tr><td>Membros de cooperativas filiadas</td><td>2.500 MT</td></tr>
<tr><td>Outros participantes nacionais</td><td>4.000,00 MT</td></tr>
<tr><td>Delegados estrangeiros</td><td>USD 120</td></tr></table>
<p>O valor inclui almoços, pasta do congresso e visita de campo. Não estão previstas bolsas nem reduções de preço nesta edição.</p>
<p>A quota anual das cooperativas filiadas (500 MT) é paga à parte.</p>
""")
s.page("online.html", "Participação online", """
<h1>Participação online</h1>
<p>Delegados que não possam viajar podem apresentar as suas comunicações por videoconferência e responder às perguntas da sala.</p>
""")
s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O Centro de Conferências dispõe de rampas e casas de banho adaptadas para cadeiras de rodas.</p>
<p>Haverá interpretação português–inglês nas plenárias e intérprete de Língua de Sinais Moçambicana na abertura e no encerramento.</p>
<p>Necessidades específicas: contacte acessibilidade@unacoop-mz.example.org.</p>
""")
s.page("feira.html", "Feira cooperativa", """
<h1>Feira cooperativa</h1>
<p>Stand de 9 m²: 15.000 MT. Patrocínio do jantar de gala: 250.000 MT. O Fundo de Crédito Cooperativo concede empréstimos até 500.000 MT às cooperativas expositoras.</p>
<p>Vaga: técnico de comunicação da União, salário de 35.000 MT mensais.</p>
""")
s.page("alojamento.html", "Alojamento", """
<h1>Alojamento e transporte</h1>
<p>Hotéis parceiros a partir de 4.800 MT por noite. O chapa entre a Baixa e o centro de conferências custa 20 MT.</p>
""")
s.page("en.html", "3rd Lusophone Cooperative Congress", """
<h1>3rd Lusophone Cooperative Congress — Maputo, 18–20 August 2027</h1>
<p>Agricultural, savings-and-credit, fishing and housing cooperatives from the Portuguese-speaking countries meet to discuss market access, credit and generational succession. Registration costs MZN 2,500 for members of affiliated cooperatives, MZN 4,000 for other national participants and USD 120 for foreign delegates.</p>
""", lang="en", alternates=[("pt-MZ", "index.html"), ("en", "en.html")])
ENTRY = entry(s, name="3rd Lusophone Cooperative Congress (cooperative congress, Maputo)",
    languages=["pt", "en"], fees=[(2500, "MZN"), (4000, "MZN"), (120, "USD")], free_option=False, fee_support=False,
    remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(10, 7, ["id_document", "affiliation", "phone", "gender"]), min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscricao.html", "precos.html", "online.html", "acessibilidade.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "Cooperativas agrícolas, de poupança e crédito"), Q("en.html", "Agricultural, savings-and-credit, fishing and housing cooperatives")],
        "un_languages": [N("en")],
        "fees": [Q("precos.html", "2.500 MT", "MT = MZN; '.' thousands separator"), Q("precos.html", "4.000,00 MT"), Q("precos.html", "USD 120"),
                 Q("en.html", "Registration costs MZN 2,500", "same fees"), Q("precos.html", "A quota anual das cooperativas filiadas (500 MT) é paga à parte.", "membership dues"),
                 Q("feira.html", "Stand de 9 m²: 15.000 MT.", "exhibitor; sponsorship; loans; salary"), Q("alojamento.html", "O chapa entre a Baixa e o centro de conferências custa 20 MT.", "transport; hotel")],
        "free_option": [N("fees stated, nothing offered free: false")],
        "fee_support": [Q("precos.html", "Não estão previstas bolsas nem reduções de preço nesta edição.", "the cooperative-member category rate is not a student rate")],
        "remote_participation": [Q("online.html", "podem apresentar as suas comunicações por videoconferência e responder às perguntas da sala")],
        "captcha": [M("inscricao.html", '<div class="g-recaptcha"')],
        "account_required": [N("no account")],
        "registration_form": [N("10 fields: nome, apelido, BI/passport, cooperative, province select, phone, e-mail, sex radio (=1), lodging checkbox, declaration checkbox. Required (* and required): nome, apelido, BI, cooperative, phone, e-mail, declaration = 7. Sensitive: id_document, affiliation, phone, gender.", "inscricao.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("acessibilidade.html", "Necessidades específicas: contacte acessibilidade@unacoop-mz.example.org.")],
        "access_services": [Q("acessibilidade.html", "rampas e casas de banho adaptadas para cadeiras de rodas"),
                            Q("acessibilidade.html", "Haverá interpretação português–inglês nas plenárias e intérprete de Língua de Sinais Moçambicana")],
        "videos_without_captions": [M("index.html", 'src="media/convite.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
