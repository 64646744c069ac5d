"""Belém (Brazil): a civil-society collective's meeting of Amazonian community networks, registration on Sympla.
Portuguese (pt-BR) with a Spanish section without a lang attribute and a Nheengatu greeting."""
from lib import *

NAV = [("index.html", "Início"), ("inscricoes.html", "Inscrições"), ("valores.html", "Valores"), ("apoio.html", "Apoio de transporte"),
       ("programacao.html", "Programação"), ("local.html", "Local e acessibilidade"), ("perguntas.html", "Perguntas frequentes"),
       ("parceiros.html", "Parceiros"), ("vagas.html", "Vagas")]
s = mk("encontro-redes-comunitarias-amazonia-belem", "Encontro de Redes Comunitárias da Amazônia 2027 — Belém", "pt-BR", "#1b7a3d", "ERCA", NAV,
       foot={"pt-BR": "<p>Coletivo Amazônia Conectada · Travessa Padre Eutíquio, Belém (PA) · encontro@amazoniaconectada.example.org.br</p>"})

ES1 = ("El Encuentro de Redes Comunitarias de la Amazonía se realiza en Belém del 4 al 6 de agosto de 2027 y reúne a redes "
       "comunitarias, proveedores locales e investigadores de los países amazónicos.")
ES2 = ("La inscripción cuesta R$ 120,00 por persona, R$ 250,00 para instituciones y R$ 40,00 para estudiantes, y es gratuita "
       "para integrantes de redes comunitarias. Habrá traducción simultánea portugués–español.")
s.page("index.html", "Encontro de Redes Comunitárias da Amazônia 2027", f"""
<h1>Encontro de Redes Comunitárias da Amazônia 2027</h1>
<p>De 4 a 6 de agosto de 2027, em Belém. Três dias de troca entre redes comunitárias, provedores locais,
pesquisadoras e pesquisadores e comunidades ribeirinhas, quilombolas e indígenas sobre conectividade
significativa, espectro para redes comunitárias e sustentabilidade.</p>
<p class="note">Nheengatu: «Puranga ara!»</p>
<ul><li><a href="@inscricoes.html">Inscrições</a></li><li><a href="@valores.html">Valores</a></li>
<li><a href="@apoio.html">Apoio de transporte para as comunidades</a></li></ul>
""" + video("media/encontro-2026.mp4") + f"""
<p>Leia o <a href="@relatorio-2026.html">relatório do encontro de 2026</a>.</p>
<section>
<h2>En español</h2>
<p>{ES1}</p>
<p>{ES2}</p>
</section>
""")
placeholder_media(s, "media/encontro-2026.mp4")

ACC = "Para se inscrever na Sympla é preciso ter uma conta na Sympla (cadastro gratuito)."
s.page("inscricoes.html", "Inscrições", f"""
<h1>Inscrições</h1>
<p>As inscrições são feitas pela Sympla: <a href="https://www.sympla.com.br/evento/encontro-redes-comunitarias-amazonia-2027/2345678">página do encontro na Sympla</a>.</p>
<p>{ACC}</p>
<p>Integrantes de redes comunitárias escolhem na Sympla o ingresso «Rede comunitária — gratuito» e informam o nome da rede.</p>
""")

FREE = "A inscrição é gratuita para integrantes de redes comunitárias e de comunidades ribeirinhas, quilombolas e indígenas."
s.page("valores.html", "Valores", f"""
<h1>Valores</h1>
<ul>
<li>Inscrição institucional (ONGs, universidades, empresas): R$ 250,00</li>
<li>Pessoa física: R$ 120,00</li>
<li>Estudante: R$ 40,00</li>
</ul>
<p>{FREE}</p>
""")

BOAT = "O Coletivo paga o transporte de barco das delegações das comunidades do Marajó e do Baixo Tocantins."
s.page("apoio.html", "Apoio de transporte", f"""
<h1>Apoio de transporte</h1>
<p>{BOAT} Para referência, a passagem de barco de Breves a Belém custa cerca de R$ 180,00 por trecho.</p>
<p>Pedidos de apoio até 30 de junho, pelo e-mail apoio@amazoniaconectada.example.org.br.</p>
""")

s.page("programacao.html", "Programação", """
<h1>Programação</h1>
<p>Rodas de conversa, oficinas de instalação de antenas e plenárias sobre políticas públicas.</p>
<p><a href="@docs/programacao-erca-2027.pdf">Programação completa (PDF)</a> — disponível somente em PDF.</p>
""")
s.pdf("docs/programacao-erca-2027.pdf", "Encontro de Redes Comunitarias da Amazonia 2027 - Programacao\n4/8: abertura, rodas de conversa\n5/8: oficinas de antenas, espectro\n6/8: plenaria final, carta de Belem")

RAMP = "O Galpão Cultural tem rampa na entrada e banheiros acessíveis para cadeira de rodas."
LIBRAS = "Intérpretes de Libras em todas as plenárias."
CIR = "Ciranda infantil com educadoras durante todo o encontro."
INT = "Tradução simultânea português–espanhol para as delegações dos países vizinhos."
INPERSON = "O encontro é presencial; não haverá participação remota. A Rádio Comunitária Guajará transmite as plenárias ao vivo."
s.page("local.html", "Local e acessibilidade", f"""
<h1>Local e acessibilidade</h1>
<p>Galpão Cultural do Porto, Belém.</p>
<ul><li>{RAMP}</li><li>{LIBRAS}</li><li>{CIR}</li><li>{INT}</li></ul>
<p>{INPERSON}</p>
<p>Hotéis próximos a partir de R$ 220,00 a diária.</p>
""")

AGE = "A participação é aberta a pessoas a partir dos 16 anos."
s.page("perguntas.html", "Perguntas frequentes", f"""
<h1>Perguntas frequentes</h1>
<details open><summary>Posso participar on-line?</summary><p>{INPERSON}</p></details>
<details open><summary>Preciso de conta na Sympla?</summary><p>{ACC}</p></details>
<details open><summary>Há idade mínima?</summary><p>{AGE}</p></details>
<h2>Envie sua pergunta</h2>
<form action="@perguntas.html" method="post">
{fld("qnome", "Nome")}{fld("qemail", "E-mail", "email")}{fld("qtexto", "Pergunta", "textarea")}
<div class="h-captcha" data-sitekey="20000000-belem-example-0000-000000000002"></div>
<button type="submit">Enviar</button>
</form>
""")

s.page("parceiros.html", "Parceiros", """
<h1>Parceiros e apoio</h1>
<p>Cota de patrocínio: R$ 5.000,00. O parceiro Conecta Rios vende o kit de antena e roteador por R$ 650,00 no seu site.</p>
<p>Contribuição voluntária para o fundo das redes comunitárias: qualquer valor.</p>
""")
s.page("vagas.html", "Vagas", """
<h1>Vagas</h1>
<p>Articulador(a) territorial no Marajó: R$ 3.200,00 mensais.</p>
""")

ENTRY = entry(s, name="Encontro de Redes Comunitárias da Amazônia 2027 (Belém)",
    languages=["es", "pt"],
    fees=[(250, "BRL"), (120, "BRL"), (40, "BRL")],
    free_option=True, fee_support=True, remote_participation=False,
    captcha=["hcaptcha"], account_required=True,
    registration_form=None, registration_host="www.sympla.com.br", registration_pdf_only=False, min_age=16,
    accessibility_statement=True, access_services=["childcare", "interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "inscricoes.html", "valores.html", "apoio.html", "programacao.html", "local.html", "perguntas.html"],
    deliberate_404=["relatorio-2026.html"],
    evidence={
        "languages": [Q("index.html", ES1, "Spanish section of two paragraphs without a lang attribute; the Nheengatu line is a greeting only")],
        "un_languages": [N("es only (pt is not a UN language)")],
        "fees": [Q("valores.html", "Inscrição institucional (ONGs, universidades, empresas): R$ 250,00"), Q("valores.html", "Pessoa física: R$ 120,00"),
                 Q("valores.html", "Estudante: R$ 40,00"), Q("index.html", ES2, "restated in Spanish: no new entry"),
                 Q("apoio.html", "a passagem de barco de Breves a Belém custa cerca de R$ 180,00 por trecho", "boat fare: not a fee"),
                 Q("parceiros.html", "Cota de patrocínio: R$ 5.000,00.", "sponsor: not a fee"),
                 Q("parceiros.html", "vende o kit de antena e roteador por R$ 650,00 no seu site", "goods sold by a partner: not a fee"),
                 Q("local.html", "Hotéis próximos a partir de R$ 220,00 a diária.", "hotel: not a fee"),
                 Q("vagas.html", "R$ 3.200,00 mensais", "salary: not a fee")],
        "free_option": [Q("valores.html", FREE)],
        "fee_support": [Q("apoio.html", BOAT), Q("valores.html", "Estudante: R$ 40,00"), Q("valores.html", FREE)],
        "remote_participation": [Q("local.html", INPERSON)],
        "captcha": [M("perguntas.html", '<div class="h-captcha" data-sitekey="20000000-belem-example-0000-000000000002"></div>', "on the 3-field question form")],
        "account_required": [Q("inscricoes.html", ACC)],
        "registration_form": [N("no own registration form; the 3-field question form is never it", "perguntas.html")],
        "registration_host": [M("inscricoes.html", 'href="https://www.sympla.com.br/evento/encontro-redes-comunitarias-amazonia-2027/2345678"')],
        "registration_pdf_only": [N("Sympla")],
        "min_age": [Q("perguntas.html", AGE)],
        "accessibility_statement": [Q("local.html", RAMP)],
        "access_services": [Q("local.html", RAMP), Q("local.html", LIBRAS), Q("local.html", CIR), Q("local.html", INT)],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/encontro-2026.mp4">')],
        "pdf_only_documents": [Q("programacao.html", "disponível somente em PDF")],
    })
