"""São Tomé: a communications regulator's public consultation on draft rules for the .st domain (pt-ST, fr section)."""
from lib import *

SLUG = "consulta-publica-dominio-st-sao-tome"
NAME = "Consulta Pública sobre o Regulamento do Domínio .st"
NAV = [("index.html", "Início"), ("participar.html", "Como participar"), ("regulamento.html", "Projeto de regulamento"),
       ("faq.html", "Perguntas frequentes"), ("acessibilidade.html", "Acessibilidade"), ("noticias.html", "Notícias"),
       ("sobre.html", "Sobre")]
s = mk(SLUG, NAME, "pt-ST", "#0a6b5b", ".ST", NAV,
       foot={"pt-ST": "<p>Autoridade Reguladora das Comunicações (fictícia), São Tomé — consulta@arc.example.st</p>"})

P = "index.html"
s.page(P, NAME, """
<h1>Consulta pública sobre o regulamento do domínio .st</h1>
<p>Bô-dja! A Autoridade convida operadores, registradores, empresas, associações e cidadãos a pronunciarem-se sobre o projeto de regulamento de atribuição e gestão de nomes de domínio .st. A sessão pública realiza-se a 5 de novembro de 2027 na sede da Autoridade, em São Tomé.</p>
<p>A consulta é aberta a todos.</p>
<p><a href="@participar.html">Como participar</a></p>
""" + video("media/apresentacao.mp4", track="media/apresentacao.pt.vtt", track_lang="pt", label="Português") + """
<section lang="fr">
<h2>En français</h2>
<p>L'Autorité invite les opérateurs, les bureaux d'enregistrement, les entreprises, les associations et les citoyens à donner leur avis sur le projet de règlement des noms de domaine .st. La séance publique a lieu le 5 novembre 2027 au siège de l'Autorité. Les demandes d'intervention se font au moyen du formulaire PDF.</p>
</section>
""")
placeholder_media(s, "media/apresentacao.mp4")
vtt(s, "media/apresentacao.pt.vtt", "Apresentação da consulta pública.")

s.page("participar.html", "Como participar", """
<h1>Como participar</h1>
<p>Não há inscrição online: descarregue o formulário de pedido de intervenção (PDF), preencha-o e entregue-o na sede da Autoridade ou envie-o por e-mail até 25 de outubro.</p>
<p><a href="@docs/pedido-intervencao.pdf">Formulário de pedido de intervenção (PDF)</a></p>
<p>A sessão pública é apenas presencial; será transmitida em direto pela TVS.</p>
""")
s.pdf("docs/pedido-intervencao.pdf", "Pedido de intervencao\nNome\nEntidade\nTema da intervencao")

s.page("regulamento.html", "Projeto de regulamento", """
<h1>Projeto de regulamento</h1>
<p>O projeto de regulamento está disponível apenas em PDF: <a href="@docs/projeto-regulamento.pdf">descarregar (PDF)</a>.</p>
<p>O projeto propõe uma taxa anual de Db 350 por domínio .st registado por residentes.</p>
""")
s.pdf("docs/projeto-regulamento.pdf", "Projeto de regulamento do dominio .st\nArtigo 1")

s.page("faq.html", "Perguntas frequentes", """
<h1>Perguntas frequentes</h1>
<details><summary>As despesas de viagem são pagas?</summary><p>A Autoridade não suporta despesas de deslocação nem de alojamento dos participantes.</p></details>
<details><summary>Posso participar a partir do Príncipe?</summary><p>A sessão é presencial; pode enviar comentários escritos por e-mail.</p></details>
<h2>Envie a sua pergunta</h2>
<form action="@faq.html" method="post">
""" + fld("qnome", "Nome") + fld("qemail", "E-mail", "email") + fld("qtexto", "Pergunta", "textarea") + """
<p><img src="@img/codigo.svg" alt="código da imagem" width="120" height="40"></p>
""" + fld("qcodigo", "Escreva o código da imagem") + """
<button type="submit">Enviar</button>
</form>
""")
s.write("img/codigo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7K4QZ</text></svg>\n')

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>A sala de audiências fica no rés-do-chão, com rampa de acesso.</p>
<p>Haverá interpretação português–francês durante a sessão.</p>
""")

s.page("noticias.html", "Notícias", """
<h1>Notícias e informações práticas</h1>
<p>Hotel Miramar: Db 2.400 por noite. Táxi do aeroporto: Db 50.</p>
<p>Vaga: técnico jurídico, Db 18.000 por mês.</p>
<p><a href="@consulta-2024.html">Relatório da consulta de 2024</a></p>
""")

s.page("sobre.html", "Sobre", """
<h1>Sobre a Autoridade</h1>
<p>A Autoridade regula as comunicações eletrónicas e gere o domínio .st.</p>
""")

ENTRY = entry(s, name="Public consultation on the .st domain rules, São Tomé", languages=["pt", "fr"],
    fees=[], free_option=None, fee_support=False, remote_participation=False, captcha=["image"],
    account_required=False, registration_form=None, registration_host=None, registration_pdf_only=True,
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "participar.html", "regulamento.html", "faq.html", "acessibilidade.html"],
    deliberate_404=["consulta-2024.html"],
    evidence={
        "languages": [Q(P, "A Autoridade convida operadores, registradores, empresas, associações e cidadãos"),
                      M(P, '<section lang="fr">', "French section"), Q(P, "Bô-dja!", "Forro greeting: not content")],
        "un_languages": [N("fr")],
        "fees": [N("no price of taking part"),
                 Q("regulamento.html", "uma taxa anual de Db 350 por domínio .st", "subject of the consultation: not a fee"),
                 Q("noticias.html", "Hotel Miramar: Db 2.400 por noite.", "hotel: not a fee"),
                 Q("noticias.html", "Vaga: técnico jurídico, Db 18.000 por mês.", "salary: not a fee")],
        "free_option": [N("nothing said on the cost of taking part"), Q(P, "A consulta é aberta a todos.")],
        "fee_support": [Q("faq.html", "A Autoridade não suporta despesas de deslocação nem de alojamento dos participantes.")],
        "remote_participation": [Q("participar.html", "A sessão pública é apenas presencial; será transmitida em direto pela TVS.")],
        "captcha": [M("faq.html", 'alt="código da imagem"', "self-hosted image code on the question form")],
        "account_required": [N("no account")],
        "registration_form": [N("only a PDF request form; the FAQ question form (3 fields and an image-code box) is not it")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("participar.html", "Não há inscrição online: descarregue o formulário de pedido de intervenção (PDF)")],
        "min_age": [Q(P, "A consulta é aberta a todos.", "not a limit")],
        "accessibility_statement": [Q("acessibilidade.html", "A sala de audiências fica no rés-do-chão, com rampa de acesso.")],
        "access_services": [Q("acessibilidade.html", "Haverá interpretação português–francês durante a sessão.")],
        "videos_without_captions": [M(P, '<track kind="captions"', "captioned")],
        "pdf_only_documents": [Q("regulamento.html", "O projeto de regulamento está disponível apenas em PDF"),
                               Q("participar.html", "Formulário de pedido de intervenção (PDF)")],
    })
