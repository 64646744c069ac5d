"""Research software engineering meeting of a university consortium (Lisbon).
pt-PT with an English page; € and R$ for participants from Brazilian institutions; add-on tutorial; everyone pays;
pretix without account; Turnstile only on the travel-grant form (no registration form); elétrico, metro, taxi."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

SLUG = "encontro-engenharia-software-investigacao-lisboa"
s = mk(SLUG, "Encontro Nacional de Engenharia de Software de Investigação 2027", "pt-PT", "#004c6d", "RSE",
       [("index.html", "Início"), ("inscricao.html", "Inscrição"), ("bolsas.html", "Bolsas"), ("remoto.html", "Participação remota"),
        ("acessibilidade.html", "Acessibilidade"), ("programa.html", "Programa"), ("alojamento.html", "Alojamento"),
        ("en.html", "English")],
       foot={"pt-PT": '<p>Consórcio universitário RSE-PT (fictício) · <a href="@patrocinio.html">Patrocínio</a> · '
                      '<a href="@vagas.html">Vagas</a> · geral@rse-pt.example.pt</p>'})

placeholder_media(s, "media/keynote-2026.mp4")
vtt(s, "media/keynote-2026.vtt", "Bom dia a todos.")
placeholder_media(s, "media/teaser-2027.mp4")

s.page("index.html", "Encontro Nacional de Engenharia de Software de Investigação 2027", f"""
<h1>Encontro Nacional de Engenharia de Software de Investigação 2027</h1>
<p>Lisboa, 6 a 8 de outubro de 2027 · Faculdade de Ciências (auditório fictício)</p>
<p>O encontro reúne engenheiros de software de investigação, cientistas e bibliotecários que desenvolvem e mantêm o
software usado na ciência, para partilhar práticas de ciência aberta e reprodutível.</p>
<p><a href="@inscricao.html">Inscrições</a> · <a href="@remoto.html">Participar remotamente</a> · <a href="@en.html">English</a></p>
<h2>Keynote de 2026</h2>
{video("media/keynote-2026.mp4", track="media/keynote-2026.vtt", track_lang="pt", label="Português")}
<h2>Teaser 2027</h2>
{video("media/teaser-2027.mp4")}
""")

s.page("en.html", "Portuguese Research Software Engineering Meeting 2027", """
<h1>Portuguese Research Software Engineering Meeting 2027</h1>
<p>The meeting brings together research software engineers, scientists and librarians who build and maintain the
software used in science, to share open and reproducible research practice. Most talks are in Portuguese.</p>
<p>Registration: EUR 180; students EUR 90; participants from Brazilian institutions R$ 550; optional tutorial EUR 40.</p>
<p>Remote participants can ask questions in the chat and present posters online.</p>
""", lang="en")

s.page("inscricao.html", "Inscrição", """
<h1>Inscrição</h1>
<table>
  <tr><th>Tipo</th><th>Valor</th></tr>
  <tr><td>Inscrição geral</td><td>180 €</td></tr>
  <tr><td>Estudantes</td><td>90 €</td></tr>
  <tr><td>Participantes de instituições brasileiras (pagamento em reais)</td><td>R$ 550</td></tr>
  <tr><td>Tutorial pré-conferência (opcional)</td><td>40 €</td></tr>
</table>
<p>Não há inscrições gratuitas; os oradores também pagam a inscrição.</p>
<p>As inscrições fazem-se no <a href="https://pretix.eu/rse-pt/2027/">pretix</a>. A compra no pretix não exige criar conta.</p>
""")

s.page("bolsas.html", "Bolsas de viagem", """
<h1>Bolsas de viagem</h1>
<p>Bolsas de viagem até 500 € para investigadores em início de carreira.</p>
<form action="@bolsas.html" method="post">
  <label for="nome">Nome *</label><input type="text" id="nome" name="nome" required>
  <label for="email">Email *</label><input type="email" id="email" name="email" required>
  <label for="inst">Instituição</label><input type="text" id="inst" name="inst">
  <label for="mot">Motivação *</label><textarea id="mot" name="mot" required></textarea>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAAexamplePT"></div>
  <button type="submit">Candidatar</button>
</form>
""")

s.page("remoto.html", "Participação remota", """
<h1>Participação remota</h1>
<p>A participação remota inclui perguntas via chat aos oradores e apresentação de posters online.</p>
<p>Os participantes remotos pagam a mesma inscrição.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O auditório tem acesso sem degraus e lugares para cadeiras de rodas.</p>
<p>Legendagem em tempo real em todas as sessões plenárias.</p>
<p>Interpretação em Língua Gestual Portuguesa mediante pedido até 15 de setembro.</p>
<p>Contacto: acessibilidade@rse-pt.example.pt</p>
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul>
  <li>Custom kernels em GPUs para climatologia</li>
  <li>Linguagens de programação para ciência reprodutível</li>
  <li>Registo de software em repositórios institucionais</li>
  <li>Taxas de publicação em acesso aberto: quem paga?</li>
</ul>
""")

s.page("alojamento.html", "Alojamento", """
<h1>Alojamento</h1>
<p>Residência universitária: 45 € por noite. Hotel na Alameda: 95 € por noite.</p>
<p>Metro: 1,80 € por viagem. Elétrico 28: 3,10 € a bordo. Táxi do aeroporto: 15–20 €.</p>
""")

s.page("vagas.html", "Vagas", """
<h1>Vagas</h1>
<p>Engenheiro/a de software de investigação júnior: 1.650 € brutos mensais.</p>
""")

s.page("patrocinio.html", "Patrocínio", """
<h1>Patrocínio</h1>
<p>Patrocínio ouro: 2.500 €. Mesa de exposição: 600 €.</p>
""")

ENTRY = entry(
    s, name="Encontro Nacional de Engenharia de Software de Investigação 2027 (university consortium RSE meeting, Lisbon)",
    languages=["pt", "en"],
    fees=[(180, "EUR"), (90, "EUR"), (550, "BRL"), (40, "EUR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=None, registration_host="pretix.eu", min_age=None, accessibility_statement=True,
    access_services=["captions", "sign_language", "wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "inscricao.html", "bolsas.html", "remoto.html", "acessibilidade.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "O encontro reúne engenheiros de software de investigação, cientistas e bibliotecários"),
                      Q("en.html", "The meeting brings together research software engineers, scientists and librarians")],
        "un_languages": [N("en")],
        "fees": [Q("inscricao.html", "Inscrição geral 180 €"),
                 Q("inscricao.html", "Estudantes 90 €"),
                 Q("inscricao.html", "Participantes de instituições brasileiras (pagamento em reais) R$ 550", "R$ = BRL"),
                 Q("inscricao.html", "Tutorial pré-conferência (opcional) 40 €", "paid add-on tutorial"),
                 Q("en.html", "Registration: EUR 180; students EUR 90; participants from Brazilian institutions R$ 550; optional tutorial EUR 40.",
                   "same amounts"),
                 Q("bolsas.html", "Bolsas de viagem até 500 €", "grant, not a fee"),
                 Q("alojamento.html", "Residência universitária: 45 € por noite. Hotel na Alameda: 95 € por noite.", "lodging"),
                 Q("alojamento.html", "Metro: 1,80 € por viagem. Elétrico 28: 3,10 € a bordo. Táxi do aeroporto: 15–20 €.", "metro, tram, taxi"),
                 Q("vagas.html", "1.650 € brutos mensais", "salary"),
                 Q("patrocinio.html", "Patrocínio ouro: 2.500 €. Mesa de exposição: 600 €.", "sponsor, exhibitor"),
                 Q("programa.html", "Taxas de publicação em acesso aberto: quem paga?", "talk title")],
        "free_option": [Q("inscricao.html", "Não há inscrições gratuitas; os oradores também pagam a inscrição.")],
        "fee_support": [Q("bolsas.html", "Bolsas de viagem até 500 € para investigadores em início de carreira."),
                        Q("inscricao.html", "Estudantes 90 €", "reduced student rate")],
        "remote_participation": [Q("remoto.html", "A participação remota inclui perguntas via chat aos oradores e apresentação de posters online.")],
        "captcha": [M("bolsas.html", '<div class="cf-turnstile"', "on the travel-grant form: counts")],
        "account_required": [Q("inscricao.html", "A compra no pretix não exige criar conta.")],
        "registration_form": [N("no registration form on the site (pretix); the travel-grant application is not one")],
        "registration_host": [M("inscricao.html", 'href="https://pretix.eu/rse-pt/2027/"')],
        "registration_pdf_only": [N("platform")],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [Q("acessibilidade.html", "Contacto: acessibilidade@rse-pt.example.pt")],
        "access_services": [Q("acessibilidade.html", "O auditório tem acesso sem degraus e lugares para cadeiras de rodas."),
                            Q("acessibilidade.html", "Legendagem em tempo real em todas as sessões plenárias.", "captions"),
                            Q("acessibilidade.html", "Interpretação em Língua Gestual Portuguesa mediante pedido", "on request counts")],
        "videos_without_captions": [M("index.html", 'src="media/teaser-2027.mp4">', "no track; the keynote video has one")],
        "pdf_only_documents": [N("programme in HTML, no PDF")],
    })
