"""Luanda, Angola: women-in-technology conference (Portuguese, English section with lang, Kimbundu greeting)."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media

SLUG = "conferencia-mulheres-tecnologia-luanda"
NAV = [("index.html", "Início"), ("bilhetes.html", "Bilhetes"), ("transmissao.html", "Transmissão"),
       ("acessibilidade.html", "Acessibilidade"), ("contacto.html", "Contacto"), ("patrocinio.html", "Patrocínio"),
       ("vagas.html", "Vagas"), ("estadia.html", "Estadia")]
FOOT = {"pt-AO": "<p>Rede Kianda de Mulheres em TIC · Rua Rainha Ginga 118, Luanda · ola@kianda.example.ao</p>"}
s = mk(SLUG, "Conferência Mulheres na Tecnologia Angola 2027", "pt-AO", "#9d0208", "MNT", {"pt-AO": NAV}, foot=FOOT)
placeholder_media(s, "media/mnt-2026.mp4")

T_INTRO = "A Conferência Mulheres na Tecnologia Angola reúne programadoras, engenheiras, estudantes e empreendedoras"
T_EN = "The Women in Technology Conference Angola brings together developers, engineers, students and founders"
s.page("index.html", "Mulheres na Tecnologia Angola 2027", f"""
<h1>Conferência Mulheres na Tecnologia Angola 2027</h1>
<p lang="kmb">Kiambote!</p>
<p>{T_INTRO} de todo o país nos dias 4 e 5 de junho de 2027, no Centro de Convenções de Talatona, em Luanda.</p>
<p>O programa inclui palestras sobre carreira, inteligência artificial, cibersegurança e financiamento de startups, e uma trilha para raparigas do ensino secundário.</p>
{video("media/mnt-2026.mp4")}
<p><a href="@edicao-2026.html">Reveja a edição de 2026</a></p>
<section lang="en">
<h2>In English</h2>
<p>{T_EN} from all over Angola on 4 and 5 June 2027 at the Talatona Convention Centre in Luanda.</p>
<p>Tickets: AOA 25,000 general admission, AOA 10,000 for students and AOA 15,000 for the optional cybersecurity bootcamp. Sessions are in Portuguese; the keynotes are also given in English.</p>
</section>
""")

T_NOFREE = "Não há inscrições gratuitas; as oradoras também compram bilhete"
T_BOOT = "Bootcamp de cibersegurança (opcional, na véspera, organizado pela conferência): 15.000 Kz"
T_HOST = "Os bilhetes são vendidos na Eventbrite, sem criar conta: basta indicar nome e e-mail"
T_AGE = "A trilha «Meninas que Programam» é para raparigas dos 14 aos 18 anos"
T_DON = "Pode doar 5.000 Kz ao fundo de bolsas da Rede Kianda"
s.page("bilhetes.html", "Bilhetes — Mulheres na Tecnologia Angola", f"""
<h1>Bilhetes</h1>
<ul>
<li>Bilhete geral: 25.000 Kz</li>
<li>Estudantes (com cartão válido): 10.000 Kz</li>
<li>{T_BOOT}</li>
</ul>
<p>{T_NOFREE}.</p>
<p>{T_HOST}. <a href="https://www.eventbrite.com/e/mulheres-na-tecnologia-angola-2027-tickets-771204">Comprar na Eventbrite</a></p>
<p>{T_AGE}, acompanhadas pelas suas escolas; o bilhete de estudante aplica-se.</p>
<p>{T_DON}; a doação não substitui o bilhete.</p>
""")

T_STREAM = "A transmissão no YouTube é apenas para assistir; as perguntas são feitas só na sala"
s.page("transmissao.html", "Transmissão — Mulheres na Tecnologia Angola", f"""
<h1>Transmissão</h1>
<p>{T_STREAM}.</p>
<p>As gravações ficam disponíveis no canal da Rede Kianda uma semana depois.</p>
""")

T_RAMP = "O auditório fica no rés-do-chão, com rampa à entrada e casa de banho adaptada"
T_SIGN = "Haverá interpretação em Língua Gestual Angolana nas sessões plenárias"
T_CAP = "Haverá legendagem em tempo real no ecrã principal"
T_CHILD = "Temos um espaço infantil com monitoras para crianças dos 2 aos 8 anos"
s.page("acessibilidade.html", "Acessibilidade — Mulheres na Tecnologia Angola", f"""
<h1>Acessibilidade</h1>
<ul>
<li>{T_RAMP}.</li>
<li>{T_SIGN}.</li>
<li>{T_CAP}.</li>
<li>{T_CHILD}.</li>
</ul>
<p>Outras necessidades: acesso@kianda.example.ao</p>
""")

s.page("contacto.html", "Contacto — Mulheres na Tecnologia Angola", f"""
<h1>Contacto</h1>
<form action="@contacto.html" method="post">
{fld("cname", "Nome")}
{fld("cemail", "E-mail", "email")}
{fld("cmsg", "Mensagem", "textarea")}
<div class="g-recaptcha" data-sitekey="6Lc-kianda-mnt-2027-placeholder"></div>
<button type="submit">Enviar</button>
</form>
""")

s.page("patrocinio.html", "Patrocínio — Mulheres na Tecnologia Angola", """
<h1>Patrocínio</h1>
<p>Patrocínio Ouro: 4.500.000 Kz. Patrocínio Prata: 2.000.000 Kz. Stand na área de exposição: 600.000 Kz.</p>
""")

s.page("vagas.html", "Vagas — Rede Kianda", """
<h1>Vaga: coordenadora de programas</h1>
<p>Contrato de um ano, 850.000 Kz por mês. Candidaturas para vagas@kianda.example.ao.</p>
""")

s.page("estadia.html", "Estadia — Mulheres na Tecnologia Angola", """
<h1>Estadia e transporte</h1>
<p>Hotel parceiro em Talatona: 95.000 Kz por noite. Um candongueiro do centro até Talatona custa cerca de 300 Kz. Voo Lubango–Luanda: cerca de US$ 120.</p>
""")

PP = ["index.html", "bilhetes.html", "transmissao.html", "acessibilidade.html", "contacto.html"]
ENTRY = entry(
    s, name="Women in Technology Conference Angola 2027 (Kianda Network of Women in ICT, Luanda, Angola)",
    languages=["pt", "en"],
    fees=[(25000, "AOA"), (10000, "AOA"), (15000, "AOA")],
    free_option=False, fee_support=True, remote_participation=False,
    captcha=["recaptcha"], account_required=False,
    registration_form=None, registration_host="www.eventbrite.com",
    min_age=14, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "childcare"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=PP, deliberate_404=["edicao-2026.html"],
    evidence={
        "languages": [Q("index.html", T_INTRO), Q("index.html", T_EN, "English section with lang=en (two paragraphs)"),
                      M("index.html", '<p lang="kmb">Kiambote!</p>', "Kimbundu greeting: not content")],
        "un_languages": [N("en")],
        "fees": [Q("bilhetes.html", "Bilhete geral: 25.000 Kz"), Q("bilhetes.html", "Estudantes (com cartão válido): 10.000 Kz"),
                 Q("bilhetes.html", T_BOOT, "paid bootcamp of the conference itself"),
                 Q("index.html", "AOA 25,000 general admission", "restated in English: no new entry"),
                 Q("bilhetes.html", T_DON, "donation: not a fee"),
                 Q("patrocinio.html", "Patrocínio Ouro: 4.500.000 Kz", "sponsor: not a fee"),
                 Q("vagas.html", "850.000 Kz por mês", "salary: not a fee"),
                 Q("estadia.html", "95.000 Kz por noite", "hotel: not a fee")],
        "free_option": [Q("bilhetes.html", T_NOFREE)],
        "fee_support": [Q("bilhetes.html", "Estudantes (com cartão válido): 10.000 Kz", "student rate")],
        "remote_participation": [Q("transmissao.html", T_STREAM)],
        "captcha": [M("contacto.html", '<div class="g-recaptcha"', "on the contact form")],
        "account_required": [Q("bilhetes.html", T_HOST)],
        "registration_form": [N("no own registration form; the 3-field contact form is not one", "contacto.html")],
        "registration_host": [M("bilhetes.html", 'href="https://www.eventbrite.com/e/mulheres-na-tecnologia-angola-2027-tickets-771204"')],
        "registration_pdf_only": [N("platform")],
        "min_age": [Q("bilhetes.html", T_AGE)],
        "accessibility_statement": [Q("acessibilidade.html", T_RAMP)],
        "access_services": [Q("acessibilidade.html", T_RAMP, "wheelchair_access"), Q("acessibilidade.html", T_SIGN, "sign_language"),
                            Q("acessibilidade.html", T_CAP, "captions"), Q("acessibilidade.html", T_CHILD, "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/mnt-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
