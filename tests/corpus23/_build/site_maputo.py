from lib import *

NAV = [("index.html", "Início"), ("oficinas.html", "Oficinas e preços"), ("inscricao.html", "Inscrição"),
       ("online.html", "Oficinas online"), ("acessibilidade.html", "Acessibilidade"), ("patrocinio.html", "Patrocínio"),
       ("alojamento.html", "Alojamento"), ("loja.html", "Loja")]
s = mk("festival-marrabenta-oficinas-maputo", "Festival de Marrabenta 2027 — Oficinas", "pt-MZ", "#1b7a4a", "FM", NAV,
       foot={"pt-MZ": "<p>Associação Cultural Xitimela · Maputo · festival@marrabenta.example.co.mz</p>"})

s.page("index.html", "Festival de Marrabenta 2027", """
<h1>Festival de Marrabenta 2027</h1>
<p>De 1 a 4 de Fevereiro de 2027, a Associação Cultural Xitimela enche a Baixa de Maputo de marrabenta: concertos ao
ar livre, bailes e oficinas de dança, guitarra e percussão com músicos de várias gerações.</p>
<p>Conheça as <a href="@oficinas.html">oficinas e preços</a> e as <a href="@fotos-2026.html">fotos de 2026</a>.</p>
<video controls preload="none" width="640" src="media/baile.mp4"></video>
<section lang="en">
<h2>In English</h2>
<p>The Marrabenta Festival fills downtown Maputo with open-air concerts, dances and workshops in marrabenta dance,
guitar and percussion. Concerts are free; workshops are paid and can be joined in person or online. Sign-up runs
through a Google Form, for which you need to be signed in to a Google account.</p>
</section>
""")
placeholder_media(s, "media/baile.mp4")

s.page("oficinas.html", "Oficinas e preços", """
<h1>Oficinas e preços</h1>
<table><caption>Oficinas (quatro sessões)</caption>
<tr><th>Modalidade</th><th>Preço</th></tr>
<tr><td>Oficina de dança, guitarra ou percussão</td><td>1.500,00 MT</td></tr>
<tr><td>Estudantes (com cartão)</td><td>750 meticais</td></tr>
</table>
<p>Os concertos ao ar livre na Praça 25 de Junho são gratuitos e abertos a todos.</p>
<p>As oficinas são para participantes a partir dos 14 anos.</p>
""")

s.page("inscricao.html", "Inscrição", f"""
<h1>Inscrição nas oficinas</h1>
<p>A inscrição faz-se num formulário Google:
<a href="https://docs.google.com/forms/d/e/1FAIpQLSf-marrabenta-2027/viewform">abrir o formulário de inscrição</a>.
É preciso iniciar sessão numa conta Google para o preencher.</p>
<h2>Dúvidas</h2>
<form action="@inscricao.html" method="post">
{fld("nome", "Nome")}
{fld("email", "E-mail", "email")}
{fld("duvida", "A sua dúvida", "textarea")}
<div id="arkose-enforcement" class="arkose-labs"></div>
<button type="submit">Enviar</button>
</form>
""")

s.page("online.html", "Oficinas online", """
<h1>Oficinas online</h1>
<p>Quem está fora de Maputo pode seguir as oficinas pelo Google Meet com a câmara ligada: os professores corrigem os
passos e respondem a perguntas ao vivo. O preço é o mesmo das oficinas presenciais.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O palco e a plateia da Praça 25 de Junho são acessíveis em cadeira de rodas e há casas de banho adaptadas.</p>
<p>Os concertos de abertura e encerramento têm intérprete de língua de sinais moçambicana.</p>
<p>Contacto para necessidades específicas: acesso@marrabenta.example.co.mz</p>
""")
s.page("patrocinio.html", "Patrocínio", """
<h1>Patrocínio</h1><p>Patrocinador principal: 350.000,00 MT. Banca de comida na praça: 6.000,00 MT.</p>
""")
s.page("alojamento.html", "Alojamento", """
<h1>Alojamento e transporte</h1><p>Pensão na Baixa: 2.800,00 MT por noite. Chapa desde a Matola: 25 MT.</p>
""")
s.page("loja.html", "Loja", """
<h1>Loja</h1><p>Capulana do festival: 900 MT. CD da compilação: 600 MT.</p>
""")

ENTRY = entry(s, name="Marrabenta Festival 2027 workshops (cultural association, Maputo)",
    languages=["pt", "en"], fees=[(1500, "MZN"), (750, "MZN")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["arkose"],
    account_required=True, registration_form=None, registration_host="docs.google.com",
    min_age=14, accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "oficinas.html", "inscricao.html", "online.html", "acessibilidade.html"],
    deliberate_404=["fotos-2026.html"],
    evidence={
        "languages": [Q("index.html", "a Associação Cultural Xitimela enche a Baixa de Maputo de marrabenta"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Marrabenta Festival fills downtown Maputo with open-air concerts")],
        "un_languages": [N("en")],
        "fees": [Q("oficinas.html", "Oficina de dança, guitarra ou percussão 1.500,00 MT", "1500 MZN"),
                 Q("oficinas.html", "Estudantes (com cartão) 750 meticais", "750 MZN"),
                 Q("patrocinio.html", "Patrocinador principal: 350.000,00 MT.", "sponsorship and food stall: not fees"),
                 Q("alojamento.html", "Pensão na Baixa: 2.800,00 MT por noite.", "guest house and chapa: not fees"),
                 Q("loja.html", "Capulana do festival: 900 MT.", "shop items: not fees")],
        "free_option": [Q("oficinas.html", "Os concertos ao ar livre na Praça 25 de Junho são gratuitos e abertos a todos.")],
        "fee_support": [Q("oficinas.html", "Estudantes (com cartão) 750 meticais", "student rate")],
        "remote_participation": [Q("online.html", "os professores corrigem os passos e respondem a perguntas ao vivo")],
        "captcha": [M("inscricao.html", '<div id="arkose-enforcement" class="arkose-labs">')],
        "account_required": [Q("inscricao.html", "É preciso iniciar sessão numa conta Google para o preencher.")],
        "registration_form": [N("registration on a Google Form; the 3-field question form is not one", "inscricao.html")],
        "registration_host": [M("inscricao.html", 'href="https://docs.google.com/forms/d/e/1FAIpQLSf-marrabenta-2027/viewform"')],
        "registration_pdf_only": [N("Google Form")],
        "min_age": [Q("oficinas.html", "As oficinas são para participantes a partir dos 14 anos.")],
        "accessibility_statement": [Q("acessibilidade.html", "são acessíveis em cadeira de rodas")],
        "access_services": [Q("acessibilidade.html", "são acessíveis em cadeira de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "intérprete de língua de sinais moçambicana", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/baile.mp4"></video>', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
