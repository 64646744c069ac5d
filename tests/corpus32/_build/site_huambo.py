from lib import mk, Q, M, N, entry, fld, radios
NAV = [("index.html", "Início"), ("precos.html", "Preços"), ("inscricao.html", "Inscrição"), ("perguntas.html", "Perguntas"),
       ("acessibilidade.html", "Acessibilidade"), ("english.html", "English"), ("parceiros.html", "Parceiros"), ("alojamento.html", "Alojamento")]
s = mk("workshop-educacao-risco-minas-huambo", "Workshop de Educação sobre o Risco de Minas — Huambo", "pt-AO", "#c0392b", "ERM", NAV,
       foot={"pt-AO": "<p>Associação Terra Segura do Planalto (fictícia), Rua Norton de Matos 40, Huambo. <a href=\"mailto:workshop@terrasegura.example.ao\">workshop@terrasegura.example.ao</a></p>"})
s.page("index.html", "Workshop de Educação sobre o Risco de Minas 2027", """
<h1>Workshop de Educação sobre o Risco de Minas 2027</h1>
<p>Wakolapo! O workshop forma activistas comunitários que ensinam às crianças e aos camponeses do Planalto Central a reconhecer engenhos explosivos e a avisar as equipas de desminagem. De 8 a 10 de Março de 2027, no Centro Cultural do Huambo.</p>
<p><a href="@precos.html">Preços</a> · <a href="@inscricao.html">Inscrição</a> · <a href="@english.html">English</a></p>
""")
s.page("precos.html", "Preços", """
<h1>Preços de participação</h1>
<ul>
<li>ONG, empresas e instituições: 25.000 Kz</li>
<li>Estudantes: 10.000 Kz</li>
<li>Activistas comunitários voluntários: gratuito</li>
</ul>
""")
s.page("inscricao.html", "Inscrição", """
<h1>Ficha de inscrição</h1>
<form action="@inscricao.html" method="post">
""" + fld("nome", "Nome completo (obrigatório)") + fld("bi", "Número do BI (obrigatório)") + fld("nasc", "Data de nascimento", "date")
  + fld("tel", "Telefone (obrigatório)", "tel") + fld("mail", "E-mail", "email") + fld("org", "Organização ou comunidade (obrigatório)")
  + fld("prov", "Província", "select", opts=["Huambo", "Bié", "Benguela", "Cuando Cubango"])
  + radios("sexo", "Sexo (obrigatório)", ["Feminino", "Masculino"]) + radios("modo", "Participação", ["Presencial", "Pelo Microsoft Teams"])
  + fld("decl", "Declaro que as informações são verdadeiras", "checkbox", req=True) + """
<div class="g-recaptcha" data-sitekey="6Lc-huambo-demo"></div>
<button type="submit">Enviar</button>
</form>
<p>O workshop é só para maiores de dezoito anos.</p>
""")
s.page("perguntas.html", "Perguntas", """
<h1>Perguntas frequentes</h1>
<details open><summary>Posso participar a partir do Bié?</summary><p>Sim. Os participantes à distância entram pelo Microsoft Teams e fazem perguntas aos formadores durante as sessões.</p></details>
<details open><summary>É preciso criar conta?</summary><p>Não, basta a ficha de inscrição.</p></details>
""")
s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O Centro Cultural tem rampa na entrada principal e a sala fica no rés-do-chão, acessível em cadeira de rodas.</p>
<p>Haverá intérprete de Língua Gestual Angolana nas sessões plenárias.</p>
<p>Não há legendagem em tempo real.</p>
<p>Contacto: <a href="mailto:acesso@terrasegura.example.ao">acesso@terrasegura.example.ao</a></p>
""")
s.page("english.html", "Workshop in English", """
<h1>Mine-risk education workshop 2027</h1>
<p>This workshop trains community activists who teach children and farmers on the Central Plateau to recognise explosive remnants and to alert demining teams.</p>
<p>Organisations pay AOA 25,000 and students AOA 10,000; volunteer community activists take part free of charge. Remote participants join over Microsoft Teams and can ask questions.</p>
""", lang="pt-AO")
s.page("parceiros.html", "Parceiros", """
<h1>Parceiros</h1>
<p>Pacote de patrocínio: 1.500.000 Kz.</p>
""")
s.page("alojamento.html", "Alojamento", """
<h1>Alojamento</h1>
<p>Hotel no centro: 35.000 Kz por noite. Candongueiro do Bailundo: 1.000 Kz.</p>
""")
ENTRY = entry(s, name="Mine-risk education workshop 2027 (community safety association, Huambo, Angola)",
    languages=["pt", "en"], fees=[(25000, "AOA"), (10000, "AOA")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(10, 6, ["id_document", "birth_date", "phone", "affiliation", "gender"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=0,
    participation_pages=["index.html", "precos.html", "inscricao.html", "perguntas.html", "acessibilidade.html", "english.html"],
    evidence={
        "languages": [Q("index.html", "O workshop forma activistas comunitários"), M("english.html", '<html lang="pt-AO">', "English page declared pt-AO"),
                      Q("english.html", "This workshop trains community activists who teach children and farmers"),
                      Q("index.html", "Wakolapo!", "Umbundu greeting: not content, not listable")],
        "un_languages": [N("en")],
        "fees": [Q("precos.html", "ONG, empresas e instituições: 25.000 Kz"), Q("precos.html", "Estudantes: 10.000 Kz"),
                 Q("english.html", "Organisations pay AOA 25,000 and students AOA 10,000", "English restatement: no new entry"),
                 Q("parceiros.html", "Pacote de patrocínio: 1.500.000 Kz.", "sponsor: not a fee"),
                 Q("alojamento.html", "Hotel no centro: 35.000 Kz por noite.", "hotel, candongueiro: not fees")],
        "free_option": [Q("precos.html", "Activistas comunitários voluntários: gratuito")],
        "fee_support": [Q("precos.html", "Estudantes: 10.000 Kz", "student rate")],
        "remote_participation": [Q("perguntas.html", "Sim. Os participantes à distância entram pelo Microsoft Teams e fazem perguntas aos formadores durante as sessões.")],
        "captcha": [M("inscricao.html", '<div class="g-recaptcha"')],
        "account_required": [Q("perguntas.html", "Não, basta a ficha de inscrição.")],
        "registration_form": [N("10 fields (name, BI, birth date, phone, e-mail, organisation, province select, sex radio, mode radio, declaration checkbox); required: 5 marked (obrigatório) + declaration = 6", "inscricao.html"),
                              Q("inscricao.html", "Número do BI (obrigatório)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscricao.html", "O workshop é só para maiores de dezoito anos.")],
        "accessibility_statement": [Q("acessibilidade.html", "O Centro Cultural tem rampa na entrada principal e a sala fica no rés-do-chão, acessível em cadeira de rodas.")],
        "access_services": [Q("acessibilidade.html", "acessível em cadeira de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "Haverá intérprete de Língua Gestual Angolana nas sessões plenárias.", "sign_language"),
                            Q("acessibilidade.html", "Não há legendagem em tempo real.", "captions negated")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF document")],
    })
