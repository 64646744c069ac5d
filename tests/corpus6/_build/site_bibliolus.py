from lib import mk, Q, M, N, entry, video, placeholder_media
NAV = [("index.html", "Início"), ("inscricoes.html", "Inscrições"), ("faq.html", "Perguntas frequentes"), ("acessibilidade.html", "Acessibilidade"),
       ("associacao.html", "Associe-se"), ("hospedagem.html", "Hospedagem"), ("vagas.html", "Vagas"), ("programacao.html", "Programação")]
s = mk("congresso-bibliotecas-belo-horizonte", "Congresso Lusófono de Bibliotecas", "pt-BR", "#5d4037", "CB", NAV,
       foot={"pt-BR": "<p>Associação Mineira de Bibliotecários · congresso@bibliotecas-mg.example.org.br</p>"})
placeholder_media(s, "media/chamada.mp4")
V = video("media/chamada.mp4")
s.page("index.html", "Congresso Lusófono de Bibliotecas — Belo Horizonte", """
<h1>Congresso Lusófono de Bibliotecas</h1>
<p>Belo Horizonte, 4 a 7 de outubro. Bibliotecárias e bibliotecários do Brasil, de Portugal, de Angola e de Moçambique discutem leitura, acervos digitais e bibliotecas comunitárias.</p>
<section lang="es"><h2>Colegas hispanohablantes</h2><p>El congreso recibe ponencias en español. Las mesas con participantes de Uruguay y Paraguay se realizarán
en español, y la biblioteca anfitriona organiza visitas guiadas en español a su colección de obras raras.</p></section>
""" + V + "\n")
s.page("inscricoes.html", "Inscrições", """
<h1>Inscrições</h1>
<table><tr><th>Categoria</th><th>Valor</th></tr><tr><td>Profissionais</td><td>R$ 350,00</td></tr><tr><td>Associados</td><td>R$ 250,00</td></tr>
<tr><td>Estudantes de graduação</td><td>R$ 150,00</td></tr></table>
<p>As inscrições são feitas pela <a href="https://www.sympla.com.br/evento/congresso-lusofono-bibliotecas/0000000">Sympla</a>; é preciso criar uma conta na Sympla para concluir a compra.</p>
<p>O congresso é presencial.</p>
""" + V + "\n")
s.page("faq.html", "Perguntas frequentes", """
<h1>Perguntas frequentes</h1>
<details><summary>Trabalho numa biblioteca comunitária. Pago inscrição?</summary><p>Não. Profissionais e voluntários de bibliotecas comunitárias têm inscrição gratuita; escreva para congresso@bibliotecas-mg.example.org.br.</p></details>
<details><summary>Há limite de idade?</summary><p>Não há limite de idade.</p></details>
""")
s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>Todas as mesas terão intérpretes de Libras e legendagem ao vivo no telão. O auditório tem acesso para cadeira de rodas. Dúvidas: acessibilidade@bibliotecas-mg.example.org.br.</p>
""")
s.page("associacao.html", "Associe-se", """<h1>Associe-se</h1><p>Anuidade da associação: R$ 120,00 (estudantes R$ 60,00).</p>""")
s.page("hospedagem.html", "Hospedagem", """<h1>Hospedagem</h1><p>Hotel Savassi: diária de R$ 280,00. Excursão opcional a Ouro Preto (agência parceira): R$ 190.</p>""")
s.page("vagas.html", "Vagas", """<h1>Vagas</h1><p>Bibliotecário(a) de referência — salário R$ 6.500,00.</p>""")
s.page("programacao.html", "Programação", """<h1>Programação</h1><ul><li>Custos de digitalização de acervos</li><li>Linguagens documentárias em tempos de IA</li></ul>""")
ENTRY = entry(s, name="Congresso Lusófono de Bibliotecas (Portuguese-language library congress)",
    languages=["pt", "es"], fees=[(350, "BRL"), (250, "BRL"), (150, "BRL")], free_option=True, fee_support=True, remote_participation=False,
    account_required=True, registration_host="www.sympla.com.br", accessibility_statement=True,
    access_services=["sign_language", "captions", "wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "inscricoes.html", "faq.html", "acessibilidade.html"],
    evidence={
        "languages": [Q("index.html", "Bibliotecárias e bibliotecários do Brasil"), Q("index.html", "El congreso recibe ponencias en español.", "a Spanish section")],
        "un_languages": [N("es")],
        "fees": [Q("inscricoes.html", "Profissionais R$ 350,00"), Q("inscricoes.html", "Associados R$ 250,00"), Q("inscricoes.html", "Estudantes de graduação R$ 150,00"),
                 Q("associacao.html", "Anuidade da associação: R$ 120,00", "membership dues, not fees"),
                 Q("hospedagem.html", "diária de R$ 280,00", "hotel, optional tour — not fees"), Q("vagas.html", "salário R$ 6.500,00", "salary")],
        "free_option": [Q("faq.html", "Profissionais e voluntários de bibliotecas comunitárias têm inscrição gratuita", "only in the FAQ")],
        "fee_support": [Q("inscricoes.html", "Estudantes de graduação R$ 150,00", "reduced student rate")],
        "remote_participation": [Q("inscricoes.html", "O congresso é presencial.")],
        "captcha": [N("none")], "account_required": [Q("inscricoes.html", "é preciso criar uma conta na Sympla para concluir a compra")],
        "registration_form": [N("Sympla")],
        "registration_host": [M("inscricoes.html", 'href="https://www.sympla.com.br/evento/congresso-lusofono-bibliotecas/0000000"')],
        "registration_pdf_only": [N("Sympla")], "min_age": [Q("faq.html", "Não há limite de idade.")],
        "accessibility_statement": [Q("acessibilidade.html", "Dúvidas: acessibilidade@bibliotecas-mg.example.org.br.")],
        "access_services": [Q("acessibilidade.html", "intérpretes de Libras e legendagem ao vivo no telão"), Q("acessibilidade.html", "acesso para cadeira de rodas")],
        "videos_without_captions": [M("index.html", 'src="media/chamada.mp4">', "the same uncaptioned file on two pages = 1")],
        "pdf_only_documents": [N("no PDF")],
    })
