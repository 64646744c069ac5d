from lib import *
s = mk("conferencia-cabos-submarinos-satelite-mindelo", "Associação Cabo-verdiana de Operadores de Telecomunicações", "pt-CV", "#003893", "ACOT",
       [("index.html", "Início"), ("inscricoes.html", "Inscrições"), ("formulario.html", "Formulário"), ("transmissao.html", "Transmissão"),
        ("acessibilidade.html", "Acessibilidade"), ("programa.html", "Programa"), ("patrocinio.html", "Patrocínio"), ("alojamento.html", "Alojamento")],
       foot={"pt-CV": "<p>ACOT, Rua de Lisboa, Mindelo, São Vicente. conferencia@acot.example.cv</p>"})
GER = "Inscrição geral: 15.000$00"
EST = "Estudantes: 5.000$00"
VIS = "Visita técnica à estação de amarração do cabo submarino (opcional): 2.500$00"
OPEN = "A sessão pública de abertura é gratuita e aberta a todos."
EN = "The Atlantic Connectivity Conference on submarine cables and satellite links takes place in Mindelo on 22 and 23 April. General registration is CVE 15,000 and students pay CVE 5,000; the technical visit costs CVE 2,500. The public opening session is free."
YT = "As sessões são transmitidas no YouTube apenas para assistir; as perguntas são feitas só na sala."
RAMP = "O Centro Cultural do Mindelo tem rampa e elevador para cadeiras de rodas."
INTERP = "Haverá interpretação simultânea português–inglês."
SIGN = "As sessões plenárias têm intérprete de língua gestual cabo-verdiana."
SPON = "Patrocínio Ouro: 8.000 €"
HOTEL = "Hotel parceiro: 9.500$00 por noite."
s.page("index.html", "Conferência Atlântica de Conectividade 2027", f"""
<h1>Conferência Atlântica de Conectividade: cabos submarinos e satélite</h1>
<p>Bon dia! Mindelo, 22 e 23 de abril de 2027.</p>
<p>{OPEN}</p>
<p><a href="@inscricoes.html">Inscrições</a> · <a href="@formulario.html">Formulário de inscrição</a></p>
<section lang="en"><h2>In English</h2><p>{EN}</p></section>
""")
s.page("inscricoes.html", "Inscrições", f"""<h1>Valores de inscrição</h1><ul><li>{GER}</li><li>{EST}</li><li>{VIS}</li></ul><p>{OPEN}</p>""")
s.page("formulario.html", "Formulário", """
<h1>Formulário de inscrição</h1>
<form action="@formulario.html" method="post">
""" + fld("nome", "Nome completo (campo de preenchimento exigido)") + fld("emp", "Empresa ou instituição (campo de preenchimento exigido)")
 + fld("cargo", "Cargo") + fld("em", "Email (campo de preenchimento exigido)", "email") + fld("tel", "Telefone (campo de preenchimento exigido)", "tel")
 + fld("nif", "NIF (para a fatura)") + fld("cni", "N.º do CNI ou passaporte (campo de preenchimento exigido)")
 + fld("cat", "Categoria (campo de preenchimento exigido)", "select", opts=["Geral", "Estudante"])
 + fld("vis", "Inscrever-me na visita técnica", "checkbox") + fld("mor", "Morada de faturação", "textarea") + """
<div class="cf-turnstile" data-sitekey="0x4-acot"></div>
<button type="submit">Enviar</button></form>
<p>Não é preciso criar conta.</p>
""")
s.page("transmissao.html", "Transmissão", f"<h1>Transmissão</h1><p>{YT}</p>")
s.page("acessibilidade.html", "Acessibilidade", f"<h1>Acessibilidade</h1><p>{RAMP}</p><p>{INTERP}</p><p>{SIGN}</p>")
s.page("programa.html", "Programa", """<h1>Programa</h1><p>O programa está disponível apenas em PDF: <a href="@docs/programa.pdf">programa (PDF)</a>.</p>""")
s.pdf("docs/programa.pdf", "Conferencia Atlantica de Conectividade 2027 - programa")
s.page("patrocinio.html", "Patrocínio", f"<h1>Patrocínio</h1><p>{SPON}</p><p>Stand de exposição: 1.200 €</p>")
s.page("alojamento.html", "Alojamento", f"<h1>Alojamento e transporte</h1><p>{HOTEL}</p><p>Ferry Mindelo–Santo Antão: 1.000$00.</p><p>Vaga: técnico de redes, 120.000$00 mensais.</p>")
P = "index.html inscricoes.html formulario.html transmissao.html acessibilidade.html programa.html".split()
ENTRY = entry(s, name="Conferência Atlântica de Conectividade — Mindelo", languages=["pt", "en"],
    fees=[(15000, "CVE"), (5000, "CVE"), (2500, "CVE")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["turnstile"], account_required=False,
    registration_form=(10, 6, ["address", "affiliation", "id_document", "phone"]), registration_host=None, registration_pdf_only=False,
    min_age=None, accessibility_statement=True, access_services=["interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=True, participation_pages=P,
    evidence={
     "languages": [Q("index.html", OPEN), Q("index.html", EN, "English section"), N("Bon dia: Kriolu greeting, not content")],
     "un_languages": [N("en")],
     "fees": [Q("inscricoes.html", GER), Q("inscricoes.html", EST), Q("inscricoes.html", VIS), Q("index.html", EN, "restated: no new entry"),
              Q("patrocinio.html", SPON, "sponsor: not a fee"), Q("alojamento.html", HOTEL, "hotel: not a fee")],
     "free_option": [Q("inscricoes.html", OPEN)],
     "fee_support": [Q("inscricoes.html", EST)],
     "remote_participation": [Q("transmissao.html", YT)],
     "captcha": [M("formulario.html", 'class="cf-turnstile"')],
     "account_required": [Q("formulario.html", "Não é preciso criar conta.")],
     "registration_form": [N("10 fields: nome*, empresa*, cargo, email*, telefone*, NIF, CNI/passaporte*, categoria*, visita checkbox, morada de faturação; 6 required; NIF not an ID", "formulario.html")],
     "registration_host": [N("own form")],
     "registration_pdf_only": [N("online form")],
     "min_age": [N("no age stated")],
     "accessibility_statement": [Q("acessibilidade.html", RAMP)],
     "access_services": [Q("acessibilidade.html", RAMP), Q("acessibilidade.html", INTERP), Q("acessibilidade.html", SIGN)],
     "videos_without_captions": [N("no video")],
     "pdf_only_documents": [Q("programa.html", "O programa está disponível apenas em PDF")],
    })
