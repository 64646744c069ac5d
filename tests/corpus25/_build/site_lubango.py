from lib import *

NAV = [("index.html", "Início"), ("precos.html", "Preços"), ("inscricao.html", "Inscrição"), ("programa.html", "Programa"),
       ("acessibilidade.html", "Acessibilidade"), ("patrocinio.html", "Patrocínio"), ("alojamento.html", "Alojamento"), ("vagas.html", "Vagas")]
s = mk("forum-jornalismo-comunitario-lubango", "Fórum de Jornalismo Comunitário – Lubango 2027", "pt-AO", "#a34a00", "FJC", NAV,
       foot={"pt-AO": "<p>Rede de Rádios Comunitárias da Huíla · Lubango · forum@rrch.example.ao</p>"})
placeholder_media(s, "media/radio.mp4")
s.page("index.html", "Fórum de Jornalismo Comunitário – Lubango 2027", """
<h1>Fórum de Jornalismo Comunitário 2027</h1>
<p>Wakolapo! De 14 a 16 de junho de 2027, a Rede de Rádios Comunitárias da Huíla junta jornalistas, locutores e estudantes no Lubango para oficinas de reportagem, verificação de factos e rádio em línguas nacionais.</p>
<p>O debate público de encerramento, na Praça do Cristo Rei, é gratuito e aberto a todos.</p>
<p><a href="@inscricao.html">Inscrever-me</a> · <a href="@relatorio-2025.html">Relatório do fórum 2025</a></p>
""" + video("media/radio.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The Community Journalism Forum brings radio presenters, reporters and journalism students to Lubango for three days of workshops. The closing public debate is free. Journalists in other provinces can follow the workshops on Google Meet and put their questions to the trainers live.</p>
</section>
""")
s.page("precos.html", "Preços", """
<h1>Preços</h1>
<ul><li>Jornalistas e locutores: 15.000 Kz</li><li>Estudantes de jornalismo: 7.500 kwanzas</li></ul>
<p>O preço inclui almoços e o material das oficinas.</p>
""")
s.page("inscricao.html", "Inscrição", """
<h1>Inscrição</h1>
<p>A inscrição é feita num <a href="https://docs.google.com/forms/d/e/fjc-lubango-2027/viewform">formulário Google</a>. É preciso iniciar sessão com uma conta Google para o preencher.</p>
<p>O fórum é para maiores de 18 anos.</p>
<h2>Perguntas</h2>
<form action="@inscricao.html" method="post">""" + fld("n", "Nome") + fld("e", "E-mail", "email") + fld("p", "Pergunta", "textarea") + """
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-00000000lub0"></div><button type="submit">Enviar</button></form>
""")
s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul><li>14 de junho: oficina de reportagem de proximidade.</li><li>15 de junho: verificação de factos; as sessões da manhã também decorrem no Google Meet, com perguntas em direto dos participantes à distância.</li><li>16 de junho: rádio em línguas nacionais e debate público.</li></ul>
""")
s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>A sala do Centro Cultural tem rampa de acesso e lugares para cadeiras de rodas.</p>
<p>As sessões plenárias têm intérprete de língua gestual angolana e interpretação entre português e umbundu.</p>
""")
s.page("patrocinio.html", "Patrocínio", """
<h1>Patrocínio</h1>
<p>Pacote de patrocinador principal: 1.200.000 Kz. Banca de exposição: 90.000 Kz.</p>
""")
s.page("alojamento.html", "Alojamento", """
<h1>Alojamento e transporte</h1>
<p>Pensão parceira: 18.000 Kz por noite. O candongueiro do aeroporto ao centro custa cerca de 300 Kz.</p>
""")
s.page("vagas.html", "Vagas", """
<h1>Vagas nas rádios da rede</h1>
<p>Repórter para a Rádio Comunitária do Chibia: salário de 180.000 Kz por mês.</p>
""")
ENTRY = entry(s, name="Community Journalism Forum, Lubango 2027 (community radio network)",
    languages=["pt", "en"], fees=[(15000, "AOA"), (7500, "AOA")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=True,
    registration_form=None, registration_host="docs.google.com", min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "precos.html", "inscricao.html", "programa.html", "acessibilidade.html"],
    deliberate_404=["relatorio-2025.html"],
    evidence={
        "languages": [Q("index.html", "a Rede de Rádios Comunitárias da Huíla junta jornalistas"), M("index.html", '<section lang="en">'),
                      Q("index.html", "The Community Journalism Forum brings radio presenters, reporters and journalism students to Lubango"),
                      N("'Wakolapo!' is an Umbundu greeting: not content")],
        "un_languages": [N("en")],
        "fees": [Q("precos.html", "Jornalistas e locutores: 15.000 Kz", "15000 AOA"), Q("precos.html", "Estudantes de jornalismo: 7.500 kwanzas", "7500 AOA"),
                 Q("patrocinio.html", "Pacote de patrocinador principal: 1.200.000 Kz.", "sponsor, stand: not fees"),
                 Q("alojamento.html", "Pensão parceira: 18.000 Kz por noite.", "lodging, candongueiro: not fees"),
                 Q("vagas.html", "salário de 180.000 Kz por mês", "salary: not a fee")],
        "free_option": [Q("index.html", "é gratuito e aberto a todos")],
        "fee_support": [Q("precos.html", "Estudantes de jornalismo: 7.500 kwanzas", "student rate below 15000")],
        "remote_participation": [Q("programa.html", "as sessões da manhã também decorrem no Google Meet, com perguntas em direto dos participantes à distância")],
        "captcha": [M("inscricao.html", '<div class="h-captcha"', "on the question form")],
        "account_required": [Q("inscricao.html", "É preciso iniciar sessão com uma conta Google para o preencher.")],
        "registration_form": [N("registration on a Google Form; the only own form is a 3-field question form", "inscricao.html")],
        "registration_host": [M("inscricao.html", 'href="https://docs.google.com/forms/d/e/fjc-lubango-2027/viewform"')],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscricao.html", "O fórum é para maiores de 18 anos.")],
        "accessibility_statement": [Q("acessibilidade.html", "A sala do Centro Cultural tem rampa de acesso e lugares para cadeiras de rodas.")],
        "access_services": [Q("acessibilidade.html", "tem rampa de acesso e lugares para cadeiras de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "têm intérprete de língua gestual angolana e interpretação entre português e umbundu", "sign_language, interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/radio.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
