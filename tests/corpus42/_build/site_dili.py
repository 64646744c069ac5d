from lib import *
s = mk("forum-juventude-governanca-internet-dili", "Rede Juventude Digital Timor-Leste", "pt-TL", "#dc241f", "RJD",
       [("index.html", "Início"), ("forum.html", "O fórum"), ("inscricao.html", "Inscrição"), ("apoio.html", "Transporte e alojamento"),
        ("acessibilidade.html", "Acessibilidade"), ("programa.html", "Programa"), ("parceiros.html", "Parceiros")],
       foot={"pt-TL": "<p>Rede Juventude Digital, Avenida de Portugal, Díli. forum@rjd.example.tl</p>"})
FREE = "A participação no fórum é gratuita para todos os delegados."
AGE = "O fórum destina-se a jovens dos 15 aos 30 anos."
HUB = "Os núcleos de Baucau e Maliana ligam-se por Zoom, tomam a palavra e votam as recomendações finais."
SUP = "O fórum paga o transporte e o alojamento dos delegados que vêm dos municípios."
PERD = "Cada delegado dos municípios recebe ainda $10 por dia para refeições."
TET = "Forum Foin-sa'e nian kona-ba governasaun internet sei hala'o iha Dili. Partisipasaun la selu."
EN = "The Timor-Leste Youth Internet Governance Forum is free for all delegates aged 15 to 30. Delegates from the municipalities have their travel and lodging paid, and the hubs in Baucau and Maliana join over Zoom with the right to speak and vote."
STEP = "A sala do Centro de Convenções é acessível em cadeira de rodas."
SIGN = "Há intérprete de língua gestual timorense a pedido."
INTERP = "Interpretação tétum–português em todas as sessões."
SPON = "Parceiro principal: $5.000"
s.page("index.html", "Fórum da Juventude sobre Governação da Internet 2027", f"""
<h1>Fórum da Juventude sobre Governação da Internet — Timor-Leste 2027</h1>
<p>Díli, 2 e 3 de julho. {FREE}</p>
<p><a href="@inscricao.html">Inscreva-se</a> · <a href="@programa.html">Programa</a></p>
{video("media/forum-2026.mp4")}
<section lang="en"><h2>In English</h2><p>{EN}</p></section>
<p lang="tet">{TET}</p>
<p><a href="@galeria.html">Galeria de fotos</a></p>
""")
placeholder_media(s, "media/forum-2026.mp4")
s.page("forum.html", "O fórum", f"<h1>O fórum</h1><p>{AGE}</p><p>{HUB}</p>")
s.page("inscricao.html", "Inscrição", """
<h1>Inscrição de delegados</h1>
<form action="@inscricao.html" method="post">
""" + fld("nome", "Nome completo (tem de preencher)") + fld("dn", "Data de nascimento (tem de preencher)", "date")
 + radios("sexo", "Sexo (tem de preencher)", ["Feminino", "Masculino"]) + fld("id", "N.º do cartão de eleitor ou BI (tem de preencher)")
 + fld("tel", "Telefone (tem de preencher)", "tel") + fld("em", "Email", "email")
 + fld("mun", "Município (tem de preencher)", "select", opts=["Díli", "Baucau", "Bobonaro", "Oecusse", "Outro"])
 + fld("org", "Escola ou organização (tem de preencher)") + radios("modo", "Participação (tem de preencher)", ["Presencial em Díli", "Núcleo por Zoom"])
 + fld("pais", "Tenho autorização dos pais (menores de 18)", "checkbox") + fld("of", "Quero participar na oficina de segurança digital", "checkbox") + """
<div id="arkose-enforcement" class="arkose-labs"></div>
<button type="submit">Enviar inscrição</button></form>
""")
s.page("apoio.html", "Transporte e alojamento", f"<h1>Transporte e alojamento</h1><p>{SUP}</p><p>{PERD}</p>")
s.page("acessibilidade.html", "Acessibilidade", f"<h1>Acessibilidade</h1><p>{STEP}</p><p>{SIGN}</p><p>{INTERP}</p>")
s.page("programa.html", "Programa", "<h1>Programa</h1><p>Dia 1: direitos digitais e segurança online. Dia 2: conectividade rural e recomendações.</p>")
s.page("parceiros.html", "Parceiros", f"<h1>Parceiros</h1><p>{SPON}</p><p>Hotel em Díli: $45 por noite. Microlet: $0,25.</p>")
P = "index.html forum.html inscricao.html apoio.html acessibilidade.html".split()
ENTRY = entry(s, name="Fórum da Juventude sobre Governação da Internet — Díli", languages=["pt", "en"], fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=["arkose"], account_required=False,
    registration_form=(11, 8, ["affiliation", "birth_date", "gender", "id_document", "phone"]), registration_host=None,
    registration_pdf_only=False, min_age=15, accessibility_statement=True,
    access_services=["interpretation", "sign_language", "wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=False, participation_pages=P, deliberate_404=["galeria.html"],
    evidence={
     "languages": [Q("index.html", FREE), Q("index.html", EN, "English section"), Q("index.html", TET, "Tetum: no ISO 639-1 code")],
     "un_languages": [N("en")],
     "fees": [Q("index.html", FREE), Q("apoio.html", PERD, "per diem: not a fee"), Q("parceiros.html", SPON, "sponsor: not a fee")],
     "free_option": [Q("index.html", FREE)],
     "fee_support": [Q("apoio.html", SUP)],
     "remote_participation": [Q("forum.html", HUB)],
     "captcha": [M("inscricao.html", 'id="arkose-enforcement"')],
     "account_required": [N("own form, no account", "inscricao.html")],
     "registration_form": [N("11 fields: nome*, nascimento*, sexo radio*, cartão de eleitor/BI*, telefone*, email, município*, escola/organização*, participação radio*, 2 checkboxes; 8 required", "inscricao.html")],
     "registration_host": [N("own form")],
     "registration_pdf_only": [N("online form")],
     "min_age": [Q("forum.html", AGE)],
     "accessibility_statement": [Q("acessibilidade.html", STEP)],
     "access_services": [Q("acessibilidade.html", STEP), Q("acessibilidade.html", SIGN), Q("acessibilidade.html", INTERP)],
     "videos_without_captions": [M("index.html", 'src="media/forum-2026.mp4">')],
     "pdf_only_documents": [N("programme in HTML", "programa.html")],
    })
