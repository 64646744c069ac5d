"""Lubango, Angola: a youth network's provincial youth internet governance forum with Google Meet hubs (pt-AO)."""
from lib import *

SLUG = "forum-juvenil-governacao-internet-lubango"
NAME = "Fórum Juvenil de Governação da Internet da Huíla 2027"
NAV = [("index.html", "Início"), ("inscricao.html", "Inscrição"), ("programa.html", "Programa"),
       ("nucleos.html", "Núcleos online"), ("apoio.html", "Apoio à deslocação"), ("acessibilidade.html", "Acessibilidade"),
       ("patrocinadores.html", "Patrocinadores"), ("informacoes.html", "Informações úteis")]
s = mk(SLUG, NAME, "pt-AO", "#a0192e", "FJH", NAV,
       foot={"pt-AO": "<p>Rede Jovem Digital da Huíla (fictícia), Lubango — geral@fjgi.example.ao</p>"})

P = "index.html"
s.page(P, NAME, """
<h1>Fórum Juvenil de Governação da Internet da Huíla</h1>
<p>Nos dias 23 e 24 de outubro de 2027, no Instituto Superior Politécnico do Lubango, jovens da Huíla e das províncias vizinhas debatem o preço dos dados móveis, a segurança online e o emprego digital.</p>
<p>A participação é gratuita para todos os delegados.</p>
<p><a href="@inscricao.html">Inscreve-te</a></p>
""" + video("media/forum-2026.mp4") + """
<section>
<h2>In English</h2>
<p>The Huíla Youth Internet Governance Forum takes place on 23–24 October 2027 in Lubango. Young people from Huíla and the neighbouring provinces discuss mobile data prices, online safety and digital jobs. Participation is free, and delegates from Namibe and Cunene join through online hubs.</p>
</section>
""")
placeholder_media(s, "media/forum-2026.mp4")

s.page("inscricao.html", "Inscrição", """
<h1>Inscrição de delegados</h1>
<p>Podem participar jovens dos 16 aos 30 anos.</p>
<form action="@inscricao.html" method="post">
""" + fld("nome", "Nome completo (campo a preencher)") + fld("email", "E-mail (campo a preencher)", "email")
  + fld("tel", "Telefone / WhatsApp (campo a preencher)", "tel") + fld("nasc", "Data de nascimento (campo a preencher)", "date")
  + radios("sexo", "Sexo (campo a preencher)", ["Feminino", "Masculino"])
  + fld("bi", "Número do BI (campo a preencher)") + fld("org", "Escola, universidade ou organização (campo a preencher)")
  + fld("prov", "Província", "select", opts=["Huíla", "Namibe", "Cunene", "Outra"])
  + fld("nucleo", "Núcleo de participação", "select", opts=["Lubango (presencial)", "Namibe (Google Meet)", "Ondjiva (Google Meet)"])
  + fld("tshirt", "Tamanho da T-shirt", "select", opts=["S", "M", "L", "XL"])
  + fld("foto", "Autorizo fotografias", "checkbox") + """
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">Enviar</button>
</form>
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul><li>Dia 1: abertura, painel sobre o preço dos dados, oficina de segurança online.</li>
<li>Dia 2: emprego digital, votação das mensagens da juventude da Huíla.</li></ul>
""")

s.page("nucleos.html", "Núcleos online", """
<h1>Núcleos online</h1>
<p>Os núcleos do Namibe e de Ondjiva participam pelo Google Meet, tomam a palavra nos debates e votam as mensagens finais.</p>
""")

s.page("apoio.html", "Apoio à deslocação", """
<h1>Apoio à deslocação</h1>
<p>O fórum paga o transporte dos delegados vindos do Namibe e do Cunene e uma ajuda de custo de 5.000 Kz por dia.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>A sala principal tem rampa de acesso e casas de banho adaptadas.</p>
<p>Intérprete de Língua Gestual Angolana disponível a pedido.</p>
<p>Interpretação português–umbundu nas plenárias.</p>
<p>Não há legendagem em tempo real.</p>
<p>Contacto para necessidades de acesso: acesso@fjgi.example.ao</p>
""")

s.page("patrocinadores.html", "Patrocinadores", """
<h1>Patrocinadores</h1>
<p>Patrocinador principal: 2.000.000 Kz. Stand de exposição: 250.000 Kz.</p>
""")

s.page("informacoes.html", "Informações úteis", """
<h1>Informações úteis</h1>
<p>Hotel Serra da Chela: 45.000 Kz por noite. Candongueiro do centro ao instituto: 200 Kz.</p>
""")

ENTRY = entry(s, name="Huíla Youth Internet Governance Forum, Lubango", languages=["pt", "en"],
    fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False,
    registration_form=(11, 7, ["phone", "birth_date", "gender", "id_document", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "inscricao.html", "programa.html", "nucleos.html", "apoio.html", "acessibilidade.html"],
    evidence={
        "languages": [Q(P, "jovens da Huíla e das províncias vizinhas debatem o preço dos dados móveis"),
                      Q(P, "The Huíla Youth Internet Governance Forum takes place on 23–24 October 2027 in Lubango.", "English section without lang")],
        "un_languages": [N("en")],
        "fees": [Q(P, "A participação é gratuita para todos os delegados."),
                 Q("apoio.html", "uma ajuda de custo de 5.000 Kz por dia", "per diem: not a fee"),
                 Q("patrocinadores.html", "Patrocinador principal: 2.000.000 Kz.", "sponsor: not a fee"),
                 Q("informacoes.html", "Hotel Serra da Chela: 45.000 Kz por noite.", "hotel: not a fee")],
        "free_option": [Q(P, "A participação é gratuita para todos os delegados.")],
        "fee_support": [Q("apoio.html", "O fórum paga o transporte dos delegados vindos do Namibe e do Cunene")],
        "remote_participation": [Q("nucleos.html", "Os núcleos do Namibe e de Ondjiva participam pelo Google Meet, tomam a palavra nos debates e votam as mensagens finais.")],
        "captcha": [M("inscricao.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [Q("inscricao.html", "Número do BI (campo a preencher)"),
                              N("11 fields: name, email, phone/WhatsApp, birth date, sex, BI, school/organisation, province, hub, T-shirt, photo consent; 7 with the marker")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscricao.html", "Podem participar jovens dos 16 aos 30 anos.")],
        "accessibility_statement": [Q("acessibilidade.html", "A sala principal tem rampa de acesso e casas de banho adaptadas.")],
        "access_services": [Q("acessibilidade.html", "Intérprete de Língua Gestual Angolana disponível a pedido."),
                            Q("acessibilidade.html", "Interpretação português–umbundu nas plenárias."),
                            Q("acessibilidade.html", "Não há legendagem em tempo real.", "negation")],
        "videos_without_captions": [M(P, 'src="media/forum-2026.mp4">')],
        "pdf_only_documents": [N("no PDF; programme in HTML")],
    })
