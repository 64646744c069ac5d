from lib import *
SLUG = "oficinas-jornalismo-comunitario-maputo"
NAV = [("index.html", "Início"), ("oficinas.html", "Oficinas"), ("inscricao.html", "Inscrição"), ("acessibilidade.html", "Acessibilidade"),
       ("duvidas.html", "Dúvidas"), ("parceiros.html", "Parceiros"), ("alojamento.html", "Alojamento"), ("arquivo.html", "Arquivo")]
s = mk(SLUG, "Oficinas de Jornalismo Comunitário", "pt-MZ", "#16a085", "OJC", NAV,
       foot={"pt-MZ": "<p>Fórum das Rádios Comunitárias · Maputo · oficinas@forc.example.mz</p>"})
placeholder_media(s, "media/radio.mp4")
s.pdf("docs/ficha-inscricao-2027.pdf", "Ficha de inscricao 2027")
s.page("index.html", "Oficinas de Jornalismo Comunitário 2027", f"""
<h1>Oficinas de Jornalismo Comunitário 2027</h1>
<p>Xewani! Seis oficinas práticas de reportagem, edição de áudio e ética para jornalistas de rádios comunitárias, de março a agosto de 2027 em Maputo.</p>
<p><a href="@oficinas.html">Oficinas e taxas</a> · <a href="@inscricao.html">Inscrição</a> · <a href="@acessibilidade.html">Acessibilidade</a> · <a href="@duvidas.html">Dúvidas</a></p>
{video("media/radio.mp4")}
<section lang="en">
<h2>In English</h2>
<p>The Community Journalism Workshops are run by the Forum of Community Radios. Registration is only by the PDF form, and members of affiliated community radios take part free of charge.</p>
</section>
""")
s.page("oficinas.html", "Oficinas", """
<h1>Oficinas e taxas</h1>
<p>Taxa de participação: 1.500,00 MT por oficina; estudantes de jornalismo pagam 750 meticais.</p>
<p>Para membros de rádios comunitárias filiadas no Fórum, a participação é gratuita.</p>
<p>As oficinas são presenciais e não têm participação à distância.</p>
<p>Podem participar pessoas com pelo menos dezoito anos.</p>
""")
s.page("inscricao.html", "Inscrição", """
<h1>Inscrição</h1>
<p>A inscrição faz-se apenas pela ficha em PDF: <a href="@docs/ficha-inscricao-2027.pdf">Ficha de inscrição (PDF)</a>. Preencha, assine e envie para oficinas@forc.example.mz.</p>
<p>Não há inscrição online.</p>
""")
s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>As salas ficam no rés-do-chão, sem degraus.</p>
<p>Intérprete de Língua de Sinais Moçambicana disponível a pedido.</p>
""")
s.page("duvidas.html", "Dúvidas", f"""
<h1>Dúvidas</h1>
<p>Envie-nos a sua pergunta.</p>
<form action="@duvidas.html" method="post">
<label for="dn">Nome</label><input type="text" id="dn" name="dn">
<label for="de">E-mail</label><input type="email" id="de" name="de">
<label for="dp">Pergunta</label><textarea id="dp" name="dp"></textarea>
<div class="h-captcha" data-sitekey="forc-example"></div>
<button type="submit">Enviar</button>
</form>
""")
s.page("parceiros.html", "Parceiros", """
<h1>Parceiros</h1><p>Pacote de patrocínio de uma oficina: 120.000,00 MT.</p>
""")
s.page("alojamento.html", "Alojamento", """
<h1>Alojamento e transporte</h1><p>Pensões na Baixa desde 2.500 MT por noite; chapa da Matola 30 MT.</p>
""")
s.page("arquivo.html", "Arquivo", """
<h1>Arquivo</h1><p>Vaga: editor/a de áudio, salário de 28.000 MT por mês.</p>
""")
ENTRY = entry(s, name="Community Journalism Workshops 2027 (forum of community radios, Maputo, Mozambique)",
    languages=["pt", "en"], fees=[(1500, "MZN"), (750, "MZN")], free_option=True, fee_support=True, remote_participation=False,
    captcha=["hcaptcha"], account_required=False, registration_form=None, registration_host=None,
    registration_pdf_only=True, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "oficinas.html", "inscricao.html", "acessibilidade.html", "duvidas.html"],
    evidence={
        "languages": [Q("index.html", "Seis oficinas práticas de reportagem, edição de áudio e ética"),
                      Q("index.html", "The Community Journalism Workshops are run by the Forum of Community Radios.", "English section; the Changana greeting is not content")],
        "un_languages": [N("en")],
        "fees": [Q("oficinas.html", "Taxa de participação: 1.500,00 MT por oficina; estudantes de jornalismo pagam 750 meticais.", "1500 and 750 MZN"),
                 Q("parceiros.html", "120.000,00 MT", "sponsorship, guest house, chapa, salary: not fees")],
        "free_option": [Q("oficinas.html", "Para membros de rádios comunitárias filiadas no Fórum, a participação é gratuita.")],
        "fee_support": [Q("oficinas.html", "estudantes de jornalismo pagam 750 meticais")],
        "remote_participation": [Q("oficinas.html", "As oficinas são presenciais e não têm participação à distância.")],
        "captcha": [M("duvidas.html", '<div class="h-captcha"', "on the question form")],
        "account_required": [N("PDF form by e-mail, no account")],
        "registration_form": [N("no HTML registration form; the 3-field question form is not one")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("inscricao.html", "A inscrição faz-se apenas pela ficha em PDF"), Q("inscricao.html", "Não há inscrição online.")],
        "min_age": [Q("oficinas.html", "Podem participar pessoas com pelo menos dezoito anos.", "18 in words")],
        "accessibility_statement": [Q("acessibilidade.html", "As salas ficam no rés-do-chão, sem degraus.")],
        "access_services": [Q("acessibilidade.html", "no rés-do-chão, sem degraus"), Q("acessibilidade.html", "Intérprete de Língua de Sinais Moçambicana disponível a pedido.")],
        "videos_without_captions": [M("index.html", 'src="media/radio.mp4">', "no track")],
        "pdf_only_documents": [M("inscricao.html", 'href="docs/ficha-inscricao-2027.pdf"', "registration form only as PDF")],
    })
