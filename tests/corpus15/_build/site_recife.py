"""Municipal health conference of a (fictional) municipal health council, Recife (pt-BR)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Início"), ("inscricao.html", "Inscrição"), ("participacao.html", "Participação e apoio"),
       ("acessibilidade.html", "Acessibilidade"), ("eixos.html", "Eixos temáticos"), ("noticias.html", "Notícias"),
       ("como-chegar.html", "Como chegar"), ("etapas.html", "Etapas distritais")]
s = mk("conferencia-municipal-saude-recife", "14ª Conferência Municipal de Saúde do Recife", "pt-BR", "#00695c", "CMS",
       NAV, foot={"pt-BR": '<p>Conselho Municipal de Saúde (instituição fictícia) · Recife, Pernambuco · '
                           '<a href="mailto:conferencia@example.br">conferencia@example.br</a></p>'})
placeholder_media(s, "media/chamada.mp4")

s.page("index.html", "14ª Conferência Municipal de Saúde do Recife", f"""
<h1>14ª Conferência Municipal de Saúde do Recife</h1>
<p>Dias 18 e 19 de junho de 2027, no Centro de Convenções. Usuárias e usuários do SUS, trabalhadores da saúde e
gestores debatem as propostas das etapas distritais e elegem a delegação para a Conferência Estadual.</p>
<ul>
  <li><a href="@inscricao.html">Inscrição de participantes</a></li>
  <li><a href="@participacao.html">Participação, transmissão e apoio</a></li>
  <li><a href="@acessibilidade.html">Acessibilidade e espaço infantil</a></li>
  <li><a href="@relatorio-13.html">Relatório da 13ª Conferência</a></li>
</ul>
<h2>Chamada da conferência</h2>
{video("media/chamada.mp4")}
""")

s.page("inscricao.html", "Inscrição", """
<h1>Inscrição de participantes</h1>
<p>Podem se inscrever pessoas a partir de 16 anos, moradoras do Recife. Os campos marcados (obrigatório) devem ser preenchidos.</p>
<form action="@inscricao.html" method="post">
  <label for="nome">Nome completo (obrigatório)</label><input type="text" id="nome" name="nome">
  <label for="cpf">CPF (obrigatório)</label><input type="text" id="cpf" name="cpf">
  <label for="nasc">Data de nascimento (obrigatório)</label><input type="date" id="nasc" name="nasc">
  <label for="tel">Telefone ou WhatsApp (obrigatório)</label><input type="tel" id="tel" name="tel">
  <label for="email">E-mail</label><input type="email" id="email" name="email">
  <label for="ds">Distrito sanitário</label><select id="ds" name="ds"><option>DS I</option><option>DS II</option><option>DS III</option><option>DS IV</option><option>DS V</option><option>DS VI</option><option>DS VII</option><option>DS VIII</option></select>
  <fieldset><legend>Segmento (obrigatório)</legend>
    <input type="radio" id="s1" name="seg" value="u"><label for="s1">Usuário(a)</label>
    <input type="radio" id="s2" name="seg" value="t"><label for="s2">Trabalhador(a) da saúde</label>
    <input type="radio" id="s3" name="seg" value="g"><label for="s3">Gestor(a) ou prestador(a)</label>
  </fieldset>
  <label for="ent">Entidade, movimento ou conselho que representa</label><input type="text" id="ent" name="ent">
  <div class="check"><input type="checkbox" id="libras" name="libras"><label for="libras">Preciso de intérprete de Libras</label></div>
  <div class="check"><input type="checkbox" id="crianca" name="crianca"><label for="crianca">Vou levar criança ao espaço infantil</label></div>
  <div class="frc-captcha" data-sitekey="FCMFAKECORPUSKEY01"></div>
  <button type="submit">Enviar inscrição</button>
</form>
""")

s.page("participacao.html", "Participação e apoio", """
<h1>Participação, transmissão e apoio</h1>
<p>A Secretaria de Saúde fornece vale-transporte (ida e volta) e lanche a todas as pessoas inscritas, nos dois dias.</p>
<p>A abertura e as plenárias serão transmitidas pelo YouTube apenas para acompanhar: não há participação remota, e as
propostas só podem ser apresentadas e votadas presencialmente.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade e espaço infantil</h1>
<p>O Centro de Convenções é acessível para cadeiras de rodas, com rampas e banheiros adaptados.</p>
<p>Todas as plenárias contam com intérpretes de Libras e com audiodescrição.</p>
<p>Haverá espaço de recreação infantil com monitoras para crianças de 2 a 10 anos.</p>
<p>Para outras necessidades, fale com a comissão de acessibilidade: acessibilidade@example.br.</p>
""")

s.page("eixos.html", "Eixos temáticos", """
<h1>Eixos temáticos</h1>
<ul>
  <li>Cadastro e registro de usuários na atenção básica</li>
  <li>Saúde de adolescentes de 10 a 19 anos</li>
  <li>Acessibilidade nas unidades de saúde</li>
</ul>
""")

s.page("noticias.html", "Notícias", """
<h1>Notícias</h1>
<p>O orçamento municipal da saúde para 2028 é de R$ 2,3 bilhões, e será debatido no eixo de financiamento.</p>
<p>Seleção de apoiadores para a conferência: bolsa de R$ 1.200 por mês.</p>
""")

s.page("como-chegar.html", "Como chegar", """
<h1>Como chegar</h1>
<p>Ônibus: linhas que param no Centro de Convenções, passagem R$ 4,10. Estacionamento gratuito no local.</p>
""")

s.page("etapas.html", "Etapas distritais", """
<h1>Etapas distritais</h1>
<p>As oito etapas distritais aconteceram em abril e maio de 2027 e aprovaram 212 propostas.</p>
""")

ENTRY = entry(
    s, name="14th Municipal Health Conference of Recife (fictional municipal health council)",
    languages=["pt"], fees=[],
    free_option=None, fee_support=True, remote_participation=False, captcha=["friendlycaptcha"],
    account_required=False, registration_form=(10, 5, ["id_document", "birth_date", "phone", "affiliation"]),
    min_age=16, accessibility_statement=True, access_services=["childcare", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscricao.html", "participacao.html", "acessibilidade.html"],
    deliberate_404=["relatorio-13.html"],
    evidence={
        "languages": [Q("index.html", "Usuárias e usuários do SUS, trabalhadores da saúde e gestores")],
        "un_languages": [N("none: Portuguese only")],
        "fees": [N("no price of taking part stated"),
                 Q("noticias.html", "R$ 2,3 bilhões", "budget, stipend: not fees"),
                 Q("como-chegar.html", "passagem R$ 4,10", "bus fare: not a fee")],
        "free_option": [N("nothing said about the cost of taking part (transport vouchers and snack only)"),
                        Q("como-chegar.html", "Estacionamento gratuito no local.", "free parking: not about taking part")],
        "fee_support": [Q("participacao.html", "fornece vale-transporte (ida e volta) e lanche a todas as pessoas inscritas")],
        "remote_participation": [Q("participacao.html", "apenas para acompanhar: não há participação remota")],
        "captcha": [M("inscricao.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields: nome, CPF, birth date, phone, e-mail, district select, segment radio (=1), entity, "
                                "two checkboxes. Required ((obrigatório)): nome, CPF, birth date, phone, segment = 5. Sensitive: "
                                "id_document (CPF), birth_date, phone, affiliation (entity); district select not sensitive.",
                                "inscricao.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("inscricao.html", "Podem se inscrever pessoas a partir de 16 anos"),
                    Q("eixos.html", "Saúde de adolescentes de 10 a 19 anos", "topic, not a limit"),
                    Q("acessibilidade.html", "para crianças de 2 a 10 anos", "childcare ages, not a limit")],
        "accessibility_statement": [Q("acessibilidade.html", "Para outras necessidades, fale com a comissão de acessibilidade")],
        "access_services": [Q("acessibilidade.html", "é acessível para cadeiras de rodas"),
                            Q("acessibilidade.html", "Todas as plenárias contam com intérpretes de Libras e com audiodescrição.",
                              "Libras = sign_language; audio description is not a service"),
                            Q("acessibilidade.html", "espaço de recreação infantil com monitoras")],
        "videos_without_captions": [M("index.html", 'src="media/chamada.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
