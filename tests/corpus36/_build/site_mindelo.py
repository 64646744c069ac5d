from lib import *

NAV = [("index.html", "Escola de verão"), ("precos.html", "Preços"), ("inscricao.html", "Inscrição"), ("online.html", "Participar online"),
       ("acessibilidade.html", "Acessibilidade"), ("loja.html", "Loja"), ("alojamento.html", "Alojamento"), ("patrocinio.html", "Patrocínio")]
s = mk("escola-verao-astronomia-mindelo", "Escola de Verão de Astronomia – Mindelo", "pt-CV", "#22223b", "EA", NAV,
       foot={"pt-CV": "<p>Associação Céu Escuro de São Vicente (fictícia) · Rua de Lisboa 31, Mindelo · escola@ceu-escuro.example.cv</p>"})

s.page("index.html", "Escola de Verão de Astronomia 2027", """
<h1>Escola de Verão de Astronomia 2027</h1>
<p>De 2 a 7 de agosto de 2027, a Associação Céu Escuro traz a Mindelo astrónomos de universidades lusófonas para uma semana de aulas, oficinas de montagem de telescópios e noites de observação no Monte Verde. Há um módulo para jovens dos 13 aos 17 anos e um programa completo para estudantes universitários e professores.</p>
<section>
<h2>Na kriolu</h2>
<p>Skola di veron di astronomia ta fazedu na Mindelu di 2 ti 7 di agostu. Nu ta spia strela na Monti Verdi tudu noti, ku telskópiu ki nos propi ta monta. Mininus di 13 ti 17 anu tanbê pode bem.</p>
</section>
<p><a href="@precos.html">Preços</a> · <a href="@inscricao.html">Inscreva-se</a></p>
""")

s.page("precos.html", "Preços", """
<h1>Preços</h1>
<table>
<tr><th>Modalidade</th><th>Preço</th></tr>
<tr><td>Inscrição geral (presencial)</td><td>4.500$00</td></tr>
<tr><td>Estudantes (presencial)</td><td>2.000$00</td></tr>
<tr><td>Passe online (aulas por Zoom)</td><td>1.500$00</td></tr>
</table>
<p>Nenhuma inscrição é isenta de pagamento, nem a dos monitores.</p>
""")

s.page("inscricao.html", "Inscrição", f"""
<h1>Formulário de inscrição</h1>
<p>Inscrição sem criação de conta.</p>
<form action="@inscricao.html" method="post">
{fld("nome", "Nome completo (não pode ficar vazio)")}
{fld("cni", "Número do CNI (não pode ficar vazio)")}
{fld("nasc", "Data de nascimento", "date")}
{fld("tlm", "Telemóvel (não pode ficar vazio)", "tel")}
{fld("email", "E-mail", "email", req=True)}
{fld("escola", "Escola ou universidade")}
{fld("ilha", "Ilha de residência", "select", opts=["São Vicente", "Santo Antão", "Santiago", "Sal", "Fogo", "Outra"])}
{radios("modo", "Modalidade", ["Presencial", "Passe online"], req=True)}
{fld("encarregado", "Nome do encarregado de educação (menores)")}
{fld("noite", "Quero participar nas noites de observação", "checkbox")}
{fld("aceito", "Aceito o regulamento da escola", "checkbox", req=True)}
<div class="frc-captcha" data-sitekey="FCMMINDELO2027"></div>
<button type="submit">Enviar inscrição</button>
</form>
""")

s.page("online.html", "Participar online", """
<h1>Participar online</h1>
<p>Com o passe online, quem está noutras ilhas ou na diáspora acompanha as aulas por Zoom e faz perguntas aos professores em direto, no fim de cada aula.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>As aulas decorrem no auditório do Centro Cultural, com rampa na entrada e lugares para cadeira de rodas.</p>
<p>Intérprete de língua gestual cabo-verdiana a pedido, até 15 de julho.</p>
""")

s.page("loja.html", "Loja", """
<h1>Loja</h1>
<p>Telescópio refrator 70 mm: 38.000$00. Planisfério celeste: 1.200$00.</p>
""")

s.page("alojamento.html", "Alojamento", """
<h1>Alojamento e viagem</h1>
<p>Pensões no centro de Mindelo a partir de 55 € por noite. Barco para Santo Antão: 900$00 por trajeto.</p>
""")

s.page("patrocinio.html", "Patrocínio", """
<h1>Patrocínio</h1>
<p>Patrocinador principal: 150.000$00.</p>
""")

ENTRY = entry(s, name="Astronomy summer school 2027 (dark-sky association of São Vicente, Mindelo, Cape Verde)",
    languages=["pt"],
    fees=[(4500, "CVE"), (2000, "CVE"), (1500, "CVE")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False, registration_form=(11, 6, ["id_document", "birth_date", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=13, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "precos.html", "inscricao.html", "online.html", "acessibilidade.html"],
    evidence={
        "languages": [Q("index.html", "a Associação Céu Escuro traz a Mindelo astrónomos de universidades lusófonas"),
                      Q("index.html", "Skola di veron di astronomia ta fazedu na Mindelu", "Kriolu section without lang: not listable")],
        "un_languages": [N("none: pt is not a UN language")],
        "fees": [Q("precos.html", "4.500$00"), Q("precos.html", "2.000$00", "students"), Q("precos.html", "1.500$00", "paid online pass with questions"),
                 Q("loja.html", "Telescópio refrator 70 mm: 38.000$00.", "goods: not a fee"),
                 Q("alojamento.html", "a partir de 55 € por noite", "EUR lodging: not a fee"),
                 Q("alojamento.html", "Barco para Santo Antão: 900$00 por trajeto.", "boat fare: not a fee"),
                 Q("patrocinio.html", "150.000$00", "sponsor: not a fee")],
        "free_option": [Q("precos.html", "Nenhuma inscrição é isenta de pagamento, nem a dos monitores.")],
        "fee_support": [Q("precos.html", "Estudantes (presencial)", "student rate 2000 below 4500")],
        "remote_participation": [Q("online.html", "acompanha as aulas por Zoom e faz perguntas aos professores em direto")],
        "captcha": [M("inscricao.html", '<div class="frc-captcha"')],
        "account_required": [Q("inscricao.html", "Inscrição sem criação de conta.")],
        "registration_form": [N("11 fields: name, CNI, birth date, mobile, e-mail, school/university, island select, mode radio, guardian's name, observation checkbox, rules checkbox; required: 3 marked (não pode ficar vazio) + e-mail + radio + rules (required attr) = 6", "inscricao.html"),
                              Q("inscricao.html", "Número do CNI (não pode ficar vazio)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "Há um módulo para jovens dos 13 aos 17 anos")],
        "accessibility_statement": [Q("acessibilidade.html", "com rampa na entrada e lugares para cadeira de rodas")],
        "access_services": [Q("acessibilidade.html", "com rampa na entrada e lugares para cadeira de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "Intérprete de língua gestual cabo-verdiana a pedido", "sign_language on request")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
