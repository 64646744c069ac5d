from lib import *

NAV = [("index.html", "Início"), ("participar.html", "Como participar"), ("inscricao.html", "Inscrição"),
       ("regimento.html", "Regimento"), ("acessibilidade.html", "Acessibilidade"), ("noticias.html", "Notícias"),
       ("transporte.html", "Como chegar"), ("selecao.html", "Seleção pública")]
FOOT = {"pt-BR": '<p>Conselho Municipal de Saúde de Porto Alegre (site fictício) · Av. João Pessoa 1040, Porto Alegre · '
        '<a href="mailto:conferencia@cms-poa.example.br">conferencia@cms-poa.example.br</a></p>'}
s = mk("conferencia-municipal-saude-porto-alegre", "10ª Conferência Municipal de Saúde de Porto Alegre", "pt-BR", "#1f7a3a", "CMS",
       NAV, foot=FOOT)
placeholder_media(s, "media/abertura-2023.mp4")
placeholder_media(s, "media/como-participar.mp4")

s.page("index.html", "10ª Conferência Municipal de Saúde de Porto Alegre", """
<h1>10ª Conferência Municipal de Saúde de Porto Alegre</h1>
<p>Nos dias 19 e 20 de junho de 2027, usuárias e usuários do SUS, trabalhadores da saúde e gestores se reúnem no
Ginásio Tesourinha para avaliar a saúde na cidade, aprovar propostas para o Plano Municipal de Saúde e eleger os
delegados para a conferência estadual.</p>
<h2>Como participar (vídeo)</h2>
VIDEO2
<h2>Abertura da 9ª Conferência</h2>
VIDEO1
<p><a href="@relatorio-2023.html">Relatório final da 9ª Conferência (2023)</a></p>
""".replace("VIDEO1", video("media/abertura-2023.mp4")).replace("VIDEO2", video("media/como-participar.mp4")))

s.page("participar.html", "Como participar", """
<h1>Como participar</h1>
<p>A participação é gratuita e aberta a toda a população. Metade das vagas de delegado é reservada a usuários do SUS,
um quarto a trabalhadores e um quarto a gestores e prestadores.</p>
<p>Os delegados inscritos recebem vale-transporte para os dois dias da conferência e almoço no local.</p>
<p>Não há participação remota: as plenárias e os grupos de trabalho são presenciais.</p>
""")

FORM = "".join([
    fld("nome", "Nome completo (obrigatório)", req=True),
    fld("cpf", "CPF (obrigatório)", req=True),
    fld("nasc", "Data de nascimento (obrigatório)", "date", req=True),
    fld("tel", "Telefone ou WhatsApp (obrigatório)", "tel", req=True),
    fld("email", "E-mail", "email"),
    radios("seg", "Segmento (obrigatório)", ["Usuário", "Trabalhador da saúde", "Gestor ou prestador"], req=True),
    fld("ent", "Entidade ou conselho local que representa"),
    fld("reg", "Região de saúde (obrigatório)", "select", req=True,
        opts=["Centro", "Norte", "Leste", "Sul", "Restinga", "Partenon", "Glória"]),
    fld("inf", "Preciso do espaço infantil", "checkbox"),
    fld("lib", "Preciso de intérprete de Libras", "checkbox"),
])
s.page("inscricao.html", "Inscrição", f"""
<h1>Inscrição de delegados</h1>
<p>Podem se inscrever pessoas a partir dos 16 anos que morem, trabalhem ou estudem em Porto Alegre.</p>
<form action="@inscricao.html" method="post">
{FORM}
<div class="g-recaptcha" data-sitekey="6LcPOAsaude2027conferencia"></div>
<button type="submit">Enviar inscrição</button>
</form>
""")

s.page("regimento.html", "Regimento", """
<h1>Regimento da conferência</h1>
<p>O regimento (composição, eleição de delegados, votação das propostas) está disponível somente em PDF:
<a href="@docs/regimento-10-conferencia.pdf">baixar o regimento (PDF)</a>.</p>
""")
s.pdf("docs/regimento-10-conferencia.pdf", "10a Conferencia Municipal de Saude de Porto Alegre - Regimento\nComposicao, delegados, votacao")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O Ginásio Tesourinha tem rampas de acesso e banheiros adaptados; há lugares reservados para cadeiras de rodas no plenário.</p>
<p>Todas as plenárias terão intérpretes de Libras e legendagem em tempo real no telão.</p>
<p>Um espaço infantil com monitoras recebe crianças de 2 a 10 anos durante os trabalhos.</p>
""")

s.page("noticias.html", "Notícias", """
<h1>Notícias</h1>
<p>O orçamento da saúde do município para 2027 é de R$ 2,1 bilhões, segundo a Secretaria Municipal de Saúde.</p>
""")

s.page("transporte.html", "Como chegar", """
<h1>Como chegar</h1>
<p>Linhas de ônibus T5 e 343 param em frente ao ginásio; a passagem custa R$ 4,80.</p>
""")

s.page("selecao.html", "Seleção pública", """
<h1>Seleção pública</h1>
<p>Agente comunitário de saúde, 40 horas semanais: R$ 2.400,00 por mês.</p>
""")

ENTRY = entry(s, name="10th Municipal Health Conference of Porto Alegre 2027 (municipal health council, Porto Alegre, Brazil)",
    languages=["pt"], fees=[], free_option=True, fee_support=True, remote_participation=False, captcha=["recaptcha"],
    account_required=False, registration_form=(10, 6, ["id_document", "birth_date", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "childcare"], videos_without_captions=2,
    pdf_only_documents=True,
    participation_pages=["index.html", "participar.html", "inscricao.html", "regimento.html", "acessibilidade.html"],
    deliberate_404=["relatorio-2023.html"],
    evidence={
        "languages": [Q("index.html", "usuárias e usuários do SUS, trabalhadores da saúde e gestores se reúnem no Ginásio Tesourinha")],
        "un_languages": [N("none (Portuguese)")],
        "fees": [N("no price of taking part: fees []"),
                 Q("noticias.html", "R$ 2,1 bilhões", "health budget: not a fee"),
                 Q("transporte.html", "a passagem custa R$ 4,80", "bus fare: not a fee"),
                 Q("selecao.html", "R$ 2.400,00 por mês", "salary: not a fee")],
        "free_option": [Q("participar.html", "A participação é gratuita e aberta a toda a população.")],
        "fee_support": [Q("participar.html", "Os delegados inscritos recebem vale-transporte para os dois dias da conferência", "transport vouchers")],
        "remote_participation": [Q("participar.html", "Não há participação remota: as plenárias e os grupos de trabalho são presenciais.")],
        "captcha": [M("inscricao.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, CPF, birth date, phone, e-mail, segment radio, entity, health region select, two checkboxes); 6 marked (obrigatório); sensitive id_document, birth_date, phone, affiliation", "inscricao.html"),
                              Q("inscricao.html", "CPF (obrigatório)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscricao.html", "Podem se inscrever pessoas a partir dos 16 anos")],
        "accessibility_statement": [Q("acessibilidade.html", "O Ginásio Tesourinha tem rampas de acesso e banheiros adaptados")],
        "access_services": [Q("acessibilidade.html", "há lugares reservados para cadeiras de rodas no plenário", "wheelchair_access"),
                            Q("acessibilidade.html", "Todas as plenárias terão intérpretes de Libras e legendagem em tempo real no telão.", "sign_language and captions"),
                            Q("acessibilidade.html", "Um espaço infantil com monitoras recebe crianças de 2 a 10 anos", "childcare (ages are not a limit)")],
        "videos_without_captions": [M("index.html", 'src="media/como-participar.mp4">', "no track"),
                                    M("index.html", 'src="media/abertura-2023.mp4">', "no track")],
        "pdf_only_documents": [M("regimento.html", 'href="docs/regimento-10-conferencia.pdf"', "rules only as PDF")],
    })
