"""São Tomé: a fishers' federation's national conference on artisanal fishing and the blue economy (pt-ST; an English
page declared lang="pt-ST"; a Forro section that cannot be listed)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Início"), ("programa.html", "Programa"), ("inscricao.html", "Inscrição e preços"),
       ("formulario.html", "Formulário"), ("remoto.html", "Participar à distância"),
       ("acessibilidade.html", "Acessibilidade"), ("estadia.html", "Estadia"), ("patrocinio.html", "Patrocínio"),
       ("en.html", "English")]
FOOT = ('<p>Federação das Associações de Pescadores e Palaiês (FAPP), Avenida Marginal 12 de Julho (endereço fictício), '
        'São Tomé — <a href="mailto:conferencia@fapp.example.st">conferencia@fapp.example.st</a></p>')
s = mk("conferencia-pesca-artesanal-economia-azul-sao-tome", "Conferência Nacional da Pesca Artesanal 2027", "pt-ST",
       "#00838f", "FAPP", NAV, foot={"pt-ST": FOOT})
placeholder_media(s, "media/praia-pescadores.mp4")

s.page("index.html", "Conferência Nacional sobre Pesca Artesanal e Economia Azul — São Tomé 2027", f"""
<h1>Conferência Nacional sobre Pesca Artesanal e Economia Azul</h1>
<p><strong>21 e 22 de maio de 2027 · Salão Nobre do Palácio dos Congressos · São Tomé</strong></p>
<p>Das praias de Neves, Ribeira Afonso e Santo António do Príncipe sai quase todo o peixe que comemos. Mas as
canoas vão cada vez mais longe, o combustível sobe e os barcos industriais estrangeiros pescam perto da costa.
Pescadores, palaiês, investigadores, o Governo e os parceiros de cooperação sentam-se dois dias à mesma mesa
para discutir o novo plano de gestão das pescas e o que pode ser, na prática, uma economia azul para as comunidades.</p>
<ul>
  <li><a href="inscricao.html">Inscrição, preços e participação gratuita das comunidades</a></li>
  <li><a href="remoto.html">Apresentar uma comunicação à distância</a></li>
  <li><a href="acessibilidade.html">Acessibilidade e interpretação</a></li>
  <li><a href="en.html">Information in English</a></li>
</ul>
{video("media/praia-pescadores.mp4")}
<section lang="cri">
  <h2>Na lungwa santome</h2>
  <p>Ngê pixkadô ku palaiê, nón ka kwê nala konferénsa sê pa fla di pixi ku di mali. Dôsu dja, 21 ku 22 di
  mé, na Palaxu di Kongresu. Ngê di asosiason di kumunidadji ka pega paga fa.</p>
</section>
""")

s.page("programa.html", "Programa — Conferência da Pesca Artesanal 2027", """
<h1>Programa</h1>
<h2>Sexta-feira, 21 de maio</h2>
<ul>
  <li>Abertura oficial</li>
  <li>Painel: o quilo de peixe voador a 40 dobras — quem ganha com o preço na praia?</li>
  <li>Mesa-redonda: palaiês, crédito e conservação do pescado</li>
</ul>
<h2>Sábado, 22 de maio</h2>
<ul>
  <li>Sessão de comunicações (presenciais e à distância)</li>
  <li>Fórum dos jovens pescadores até 35 anos</li>
  <li>Leitura e aprovação das recomendações</li>
</ul>
""")

s.page("inscricao.html", "Inscrição e preços — Conferência da Pesca Artesanal 2027", """
<h1>Inscrição e preços</h1>
<table>
  <caption>Taxa de inscrição (inclui almoço e materiais)</caption>
  <tr><th>Categoria</th><th>Valor</th></tr>
  <tr><td>Participantes nacionais (instituições, ONG, empresas)</td><td>500 dobras</td></tr>
  <tr><td>Estudantes</td><td>STN 250</td></tr>
  <tr><td>Participantes estrangeiros</td><td>€ 40</td></tr>
</table>
<p>Pescadores, palaiês e membros das associações comunitárias participam gratuitamente: basta indicar a sua
associação no formulário.</p>
<p>A viagem de barco desde o Príncipe e o alojamento em São Tomé são pagos pela Federação para dois delegados de
cada associação do Príncipe.</p>
<p><a class="button" href="formulario.html">Preencher o formulário de inscrição</a></p>
""")

s.page("formulario.html", "Formulário de inscrição — Conferência da Pesca Artesanal 2027", """
<h1>Formulário de inscrição</h1>
<p>Os campos com (obrigatório) devem ser preenchidos.</p>
<form action="formulario.html" method="post">
  <label for="nome">Nome completo (obrigatório)</label>
  <input type="text" id="nome" name="nome">
  <label for="email">E-mail (obrigatório)</label>
  <input type="email" id="email" name="email">
  <label for="tel">Telefone (obrigatório)</label>
  <input type="tel" id="tel" name="tel">
  <label for="org">Organização ou associação</label>
  <input type="text" id="org" name="org">
  <fieldset>
    <legend>Categoria (obrigatório)</legend>
    <input type="radio" id="c1" name="cat" value="com"> <label for="c1">Pescador/a, palaiê ou associação comunitária</label>
    <input type="radio" id="c2" name="cat" value="nac"> <label for="c2">Participante nacional</label>
    <input type="radio" id="c3" name="cat" value="est"> <label for="c3">Estudante</label>
    <input type="radio" id="c4" name="cat" value="ext"> <label for="c4">Participante estrangeiro</label>
  </fieldset>
  <fieldset>
    <legend>Modalidade (obrigatório)</legend>
    <input type="radio" id="m1" name="mod" value="pres"> <label for="m1">Presencial</label>
    <input type="radio" id="m2" name="mod" value="dist"> <label for="m2">Comunicação à distância</label>
  </fieldset>
  <label for="ilha">Ilha</label>
  <select id="ilha" name="ilha"><option>São Tomé</option><option>Príncipe</option><option>Outro país</option></select>
  <label for="bi">Número do BI</label>
  <input type="text" id="bi" name="bi">
  <div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-000000000002"></div>
  <button type="submit">Enviar inscrição</button>
</form>
""")

s.page("remoto.html", "Participar à distância — Conferência da Pesca Artesanal 2027", """
<h1>Participar à distância</h1>
<p>Investigadores e técnicos que não possam viajar até São Tomé podem apresentar a sua comunicação por Zoom na
sessão de sábado. A apresentação é projetada no salão e, no fim, o autor responde em direto às perguntas dos
participantes.</p>
<p>Escolha «Comunicação à distância» no formulário de inscrição; a taxa é a da sua categoria.</p>
""")

s.page("acessibilidade.html", "Acessibilidade — Conferência da Pesca Artesanal 2027", """
<h1>Acessibilidade e interpretação</h1>
<p>O Salão Nobre tem rampa de acesso e casa de banho adaptada no rés-do-chão.</p>
<p>Haverá interpretação português-inglês nas sessões plenárias. Este ano não há intérprete de língua gestual.</p>
<p>Para pedir apoio (acompanhante, lugar reservado, documentos em letra grande), contacte a secretaria:
+239 222 0000 ou conferencia@fapp.example.st.</p>
""")

s.page("estadia.html", "Estadia — Conferência da Pesca Artesanal 2027", """
<h1>Estadia e transporte</h1>
<ul>
  <li>Hotel Marginal (parceiro): € 60 por noite com pequeno-almoço.</li>
  <li>Navio Príncipe – São Tomé: cerca de 350 dobras por pessoa.</li>
  <li>Moto-táxi na cidade: 25 dobras.</li>
</ul>
""")

s.page("patrocinio.html", "Patrocínio — Conferência da Pesca Artesanal 2027", """
<h1>Patrocínio e emprego</h1>
<p>Patrocinador principal: 25 000 dobras (logótipo, stand e intervenção na abertura).</p>
<h2>Vaga</h2>
<p>A FAPP procura um técnico de extensão para o Príncipe: 12 000 dobras por mês.</p>
""")

s.page("en.html", "National Conference on Artisanal Fishing and the Blue Economy — in English", """
<h1>National Conference on Artisanal Fishing and the Blue Economy</h1>
<p>21–22 May 2027, Palace of Congresses, São Tomé. Fishers, fish traders (palaiês), researchers, the Government
and cooperation partners meet for two days to discuss the new fisheries management plan.</p>
<p>Registration: 500 dobras for national participants, 250 dobras for students, € 40 for foreign participants.
Fishers, palaiês and members of community associations take part free of charge.</p>
<p>Researchers who cannot travel may present their paper on Zoom and answer questions live. Plenary sessions
are interpreted between Portuguese and English.</p>
""", header_lang="pt-ST")

ENTRY = entry(
    s, name="National Conference on Artisanal Fishing and the Blue Economy 2027 (fishers' federation, São Tomé)",
    languages=["pt", "en"],
    fees=[(500, "STN"), (250, "STN"), (40, "EUR")],
    free_option=True, fee_support=True, remote_participation=True,
    captcha=["hcaptcha"], account_required=False,
    registration_form=(8, 5, ["phone", "affiliation", "id_document"]),
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscricao.html", "formulario.html", "remoto.html", "acessibilidade.html",
                         "en.html"],
    evidence={
        "languages": [Q("index.html", "Das praias de Neves, Ribeira Afonso e Santo António do Príncipe"),
                      Q("en.html", "Fishers, fish traders (palaiês), researchers, the Government",
                        "whole page in English although declared lang=pt-ST"),
                      M("en.html", '<html lang="pt-ST">', "wrong lang attribute"),
                      Q("index.html", "Ngê pixkadô ku palaiê", "Forro section (lang=cri): no ISO 639-1 code")],
        "un_languages": [N("en")],
        "fees": [Q("inscricao.html", "500 dobras", "500 STN"),
                 Q("inscricao.html", "STN 250", "students: 250 STN"),
                 Q("inscricao.html", "€ 40", "foreign participants: 40 EUR"),
                 Q("en.html", "Registration: 500 dobras for national participants, 250 dobras for students, € 40",
                   "same fees, no new entry"),
                 Q("estadia.html", "€ 60 por noite", "hotel, boat, moto-taxi: not fees"),
                 Q("patrocinio.html", "25 000 dobras", "sponsor, not a fee"),
                 Q("patrocinio.html", "12 000 dobras por mês", "salary, not a fee"),
                 Q("programa.html", "o quilo de peixe voador a 40 dobras", "talk title, not a fee")],
        "free_option": [Q("inscricao.html", "Pescadores, palaiês e membros das associações comunitárias participam gratuitamente")],
        "fee_support": [Q("inscricao.html", "A viagem de barco desde o Príncipe e o alojamento em São Tomé são pagos pela Federação"),
                        Q("inscricao.html", "STN 250", "student rate")],
        "remote_participation": [Q("remoto.html", "podem apresentar a sua comunicação por Zoom"),
                                 Q("remoto.html", "o autor responde em direto às perguntas dos participantes")],
        "captcha": [M("formulario.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("8 fields: name, e-mail, phone, organisation, category radio (=1), modality radio (=1), "
                                "island select, BI number. Required ((obrigatório)): name, e-mail, phone, category, "
                                "modality = 5. Sensitive: phone, affiliation, id_document (island select is not).",
                                "formulario.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("programa.html", "Fórum dos jovens pescadores até 35 anos", "a maximum, not a minimum age")],
        "accessibility_statement": [Q("acessibilidade.html", "Para pedir apoio (acompanhante, lugar reservado, documentos em letra grande)")],
        "access_services": [Q("acessibilidade.html", "O Salão Nobre tem rampa de acesso"),
                            Q("acessibilidade.html", "Haverá interpretação português-inglês nas sessões plenárias."),
                            Q("acessibilidade.html", "Este ano não há intérprete de língua gestual.", "no sign language (negation)")],
        "videos_without_captions": [M("index.html", 'src="media/praia-pescadores.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
