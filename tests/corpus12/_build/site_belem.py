from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Início"), ("inscricao.html", "Inscrição das rádios"), ("remota.html", "Participação remota"), ("apoio.html", "Apoio de viagem"),
       ("acessibilidade.html", "Acessibilidade"), ("editais.html", "Editais"), ("noticias.html", "Notícias"), ("contato.html", "Contato")]
s = mk("assembleia-rede-amazonica-radios-comunitarias-belem", "Assembleia da Rede Amazônica de Rádios Comunitárias 2027", "pt-BR", "#2e7d32", "RA", NAV,
       foot={"pt-BR": '<p>Rede Amazônica de Rádios Comunitárias · Belém (PA) · <a href="@carta-2025.html">Carta de Santarém 2025</a> · <a href="@fotos.html">Fotos</a></p>'})
placeholder_media(s, "media/chamada.mp4")
s.page("index.html", "Assembleia da Rede 2027", f"""
<h1>Assembleia Geral da Rede Amazônica de Rádios Comunitárias</h1>
<p>De 3 a 5 de setembro de 2027, em Belém, rádios comunitárias do Pará, Amazonas, Amapá e Acre se reúnem para eleger a coordenação, aprovar a carta política e trocar experiências de jornalismo ribeirinho e indígena.</p>
<section lang="es"><h2>En español</h2><p>Las radios comunitarias de la Amazonía peruana, colombiana y boliviana están invitadas como observadoras. Habrá una mesa de intercambio en español sobre licencias, sostenibilidad y cobertura de conflictos socioambientales.</p></section>
{video("media/chamada.mp4")}
""")
s.page("inscricao.html", "Inscrição", """
<h1>Inscrição das rádios</h1>
<p>Cada rádio associada inscreve uma pessoa delegada. Jovens comunicadores a partir de 16 anos podem ser delegados com autorização da rádio.</p>
<form action="@inscricao.html" method="post">
<label for="r">Nome da rádio *</label><input type="text" id="r" name="radio">
<label for="resp">Pessoa delegada *</label><input type="text" id="resp" name="resp">
<label for="cpf">CPF *</label><input type="text" id="cpf" name="cpf">
<label for="mun">Município *</label><input type="text" id="mun" name="mun">
<label for="w">WhatsApp *</label><input type="tel" id="w" name="whats">
<label for="e">E-mail</label><input type="email" id="e" name="email">
<p class="check"><input type="checkbox" id="t" name="termo"><label for="t">Li o regimento da assembleia</label></p>
<div class="frc-captcha" data-sitekey="FCMGD0000000001"></div>
<button type="submit">Inscrever</button></form>
""")
s.page("remota.html", "Participação remota", """
<h1>Participação remota</h1>
<p>Rádios que não puderem vir a Belém participam pela plataforma de videoconferência: falam nos grupos de trabalho e votam na eleição da coordenação.</p>
""")
s.page("apoio.html", "Apoio de viagem", """
<h1>Apoio de viagem</h1>
<p>A Rede cobre a passagem de barco ou ônibus de uma pessoa por rádio associada e oferece hospedagem solidária em casas de famílias.</p>
<p>Como referência: barco Santarém–Belém, rede na 2ª classe, cerca de R$ 250; quarto de hotel no centro, R$ 180.</p>
""")
s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O auditório é acessível para cadeirantes. As plenárias terão intérprete de Libras e legendas em tempo real no telão.</p>
<p>Dúvidas sobre acessibilidade: fale com a coordenação pelo <a href="@contato.html">formulário de contato</a>.</p>
""")
s.page("editais.html", "Editais", """
<h1>Editais</h1>
<p>Edital de apoio a rádios comunitárias: até R$ 15.000 por projeto. A renovação da licença de radiodifusão comunitária tem taxa de R$ 600 junto ao ministério.</p>
""")
s.page("noticias.html", "Notícias", """
<h1>Notícias</h1>
<p>A mensalidade da Rede continua R$ 30 por rádio. Vaga de produtor(a) de conteúdo: salário de R$ 3.200.</p>
""")
s.page("contato.html", "Contato", """
<h1>Contato</h1>
<form action="@contato.html" method="post">
<label for="cn">Nome</label><input type="text" id="cn" name="n">
<label for="cm">Mensagem</label><textarea id="cm" name="m"></textarea>
<button type="submit">Enviar</button></form>
""")
ENTRY = entry(s, name="Amazon Community Radio Network Assembly 2027 (community-media network assembly, Belém)",
    languages=["pt", "es"], fees=[], free_option=None, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False, registration_form=(7, 5, ["affiliation", "id_document", "phone"]), min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscricao.html", "remota.html", "apoio.html", "acessibilidade.html"],
    deliberate_404=["carta-2025.html", "fotos.html"],
    evidence={
        "languages": [Q("index.html", "rádios comunitárias do Pará, Amazonas, Amapá e Acre se reúnem"), Q("index.html", "Las radios comunitarias de la Amazonía peruana, colombiana y boliviana", "Spanish section (lang=es)")],
        "un_languages": [N("es")],
        "fees": [N("nothing said about the cost of taking part"), Q("apoio.html", "barco Santarém–Belém, rede na 2ª classe, cerca de R$ 250", "travel; hotel"),
                 Q("editais.html", "até R$ 15.000 por projeto", "grant; licence fee"), Q("noticias.html", "A mensalidade da Rede continua R$ 30 por rádio.", "membership dues; salary")],
        "free_option": [N("no fee and no 'gratuito': nothing said about the cost of taking part: null (travel covered is support)")],
        "fee_support": [Q("apoio.html", "A Rede cobre a passagem de barco ou ônibus de uma pessoa por rádio associada")],
        "remote_participation": [Q("remota.html", "falam nos grupos de trabalho e votam na eleição da coordenação")],
        "captcha": [M("inscricao.html", '<div class="frc-captcha"')],
        "account_required": [N("no account")],
        "registration_form": [N("7 fields: radio name, delegate, CPF, município, WhatsApp, e-mail, checkbox; no required attributes; '*' markers on 5. Sensitive: affiliation (radio = organisation), id_document (CPF), phone (WhatsApp).", "inscricao.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("inscricao.html", "Jovens comunicadores a partir de 16 anos podem ser delegados")],
        "accessibility_statement": [Q("acessibilidade.html", "O auditório é acessível para cadeirantes.")],
        "access_services": [Q("acessibilidade.html", "As plenárias terão intérprete de Libras e legendas em tempo real no telão.", "sign language; captions"),
                            Q("acessibilidade.html", "O auditório é acessível para cadeirantes.")],
        "videos_without_captions": [M("index.html", 'src="media/chamada.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
