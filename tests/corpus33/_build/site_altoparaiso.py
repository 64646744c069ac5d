from lib import *

NAV = [("index.html", "Oficina"), ("valores.html", "Valores"), ("inscricao.html", "Inscrição"), ("duvidas.html", "Dúvidas"),
       ("acessibilidade.html", "Acessibilidade"), ("loja.html", "Loja"), ("hospedagem.html", "Hospedagem"), ("noticias.html", "Notícias")]
s = mk("oficina-brigadistas-comunitarios-cerrado", "Oficina de Brigadistas Comunitários do Cerrado 2027", "pt-BR", "#c0561b",
       "BC", NAV, foot={"pt-BR": "<p>Rede Cerrado de Pé — Rua das Nascentes, Alto Paraíso de Goiás (GO). brigadas@cerradodepe.example.br</p>"})

s.page("index.html", "Oficina de Brigadistas Comunitários do Cerrado", f"""
<h1>Oficina de Brigadistas Comunitários do Cerrado</h1>
<p>Uma semana de formação prática para quem combate incêndios no Cerrado: queima prescrita, aceiros, uso do abafador,
primeiros socorros e comunicação por rádio entre as brigadas das comunidades.</p>
<p>De 5 a 10 de julho de 2027, na Chapada dos Veadeiros. Veja os <a href="@valores.html">valores</a> e faça a
<a href="@inscricao.html">inscrição</a>. O <a href="@docs/regulamento-2027.pdf">regulamento da oficina</a> está disponível apenas em PDF.</p>
{video("media/aceiro.mp4")}
<section lang="es">
<h2>En español</h2>
<p>Una semana de formación práctica para brigadistas que combaten incendios en el Cerrado y en la Chiquitanía: quemas
prescritas, cortafuegos, primeros auxilios y radio. Profesionales pagan R$ 180,00 y estudiantes R$ 60,00.</p>
</section>
""")

s.page("valores.html", "Valores", """
<h1>Valores da inscrição</h1>
<ul>
<li>Profissionais de órgãos ambientais e ONGs: R$ 180,00</li>
<li>Estudantes: R$ 60,00</li>
<li>Brigadistas voluntários de comunidades quilombolas e do território Kalunga: inscrição gratuita</li>
</ul>
""")

s.page("inscricao.html", "Inscrição", f"""
<h1>Inscrição</h1>
<p>Só podem participar pessoas com 18 anos completos, por causa do trabalho com fogo.</p>
<form action="@inscricao.html" method="post">
{fld("nome", "Nome completo (obrigatório)")}
{fld("cpf", "CPF (obrigatório)")}
{fld("nasc", "Data de nascimento (obrigatório)", "date")}
{fld("zap", "WhatsApp (obrigatório)", "tel")}
{fld("email", "E-mail", "email")}
{fld("brigada", "Brigada ou instituição")}
{fld("mun", "Município", "select", opts=["Alto Paraíso de Goiás", "Cavalcante", "Teresina de Goiás", "Outro"])}
{radios("cat", "Categoria (obrigatório)", ["Profissional", "Estudante", "Brigadista voluntário quilombola"])}
{fld("camiseta", "Tamanho da camiseta", "select", opts=["P", "M", "G", "GG"])}
{fld("termo", "Declaro estar apto(a) para atividades físicas em campo (obrigatório)", "checkbox")}
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">Enviar inscrição</button>
</form>
""")

s.page("duvidas.html", "Dúvidas", """
<h1>Dúvidas frequentes</h1>
<details open><summary>Dá para acompanhar pela internet?</summary><p>Não. A oficina é somente presencial, com atividades em campo.</p></details>
<details><summary>Preciso criar conta?</summary><p>Não, basta o formulário de inscrição.</p></details>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O auditório tem rampa e banheiro adaptado. As aulas teóricas terão intérprete de Libras e legendagem ao vivo.</p>
<p>Haverá espaço infantil com monitoras para filhos de brigadistas de 3 a 10 anos.</p>
""")

s.page("loja.html", "Loja", """
<h1>Loja da Rede</h1>
<p>Kit de EPI (luvas, óculos e balaclava): R$ 350,00. Abafador: R$ 95,00.</p>
""")

s.page("hospedagem.html", "Hospedagem", """
<h1>Hospedagem e transporte</h1>
<p>Pousadas a partir de R$ 220,00 a diária. Ônibus de Brasília: R$ 75,00. Brigadistas de Santa Cruz: ônibus até a fronteira por cerca de 300 bolivianos.</p>
""")

s.page("noticias.html", "Notícias", """
<h1>Notícias</h1>
<p>A Rede formou 120 brigadistas comunitários nos últimos três anos.</p>
""")

placeholder_media(s, "media/aceiro.mp4")
s.pdf("docs/regulamento-2027.pdf", "Oficina de Brigadistas 2027 - regulamento")

P = "valores.html"
ENTRY = entry(
    s, name="Community fire brigades' workshop 2027 (Cerrado network, Alto Paraíso de Goiás, Brazil)",
    languages=["pt", "es"], fees=[(180, "BRL"), (60, "BRL")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["recaptcha"], account_required=False,
    registration_form=(10, 6, ["id_document", "birth_date", "phone", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions", "childcare"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "valores.html", "inscricao.html", "duvidas.html", "acessibilidade.html"],
    evidence={
        "languages": [Q("index.html", "Uma semana de formação prática para quem combate incêndios no Cerrado"),
                      M("index.html", '<section lang="es">'), Q("index.html", "Una semana de formación práctica para brigadistas")],
        "un_languages": [N("es")],
        "fees": [Q(P, "R$ 180,00"), Q(P, "R$ 60,00"),
                 Q("index.html", "Profesionales pagan R$ 180,00 y estudiantes R$ 60,00.", "Spanish restatement: no new entry"),
                 Q("loja.html", "Kit de EPI (luvas, óculos e balaclava): R$ 350,00.", "goods: not fees"),
                 Q("hospedagem.html", "Pousadas a partir de R$ 220,00 a diária.", "lodging, buses (BOB): not fees")],
        "free_option": [Q(P, "Brigadistas voluntários de comunidades quilombolas e do território Kalunga: inscrição gratuita")],
        "fee_support": [Q(P, "Estudantes: R$ 60,00", "student rate")],
        "remote_participation": [Q("duvidas.html", "Não. A oficina é somente presencial, com atividades em campo.", "FAQ only")],
        "captcha": [M("inscricao.html", '<div class="g-recaptcha"')],
        "account_required": [Q("duvidas.html", "Não, basta o formulário de inscrição.")],
        "registration_form": [N("10 fields: name, CPF, birth date, WhatsApp, e-mail, brigade/institution, municipality "
                                "select, category radio, T-shirt select, fitness checkbox; required: 6 marked (obrigatório)",
                                "inscricao.html"), Q("inscricao.html", "CPF (obrigatório)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscricao.html", "Só podem participar pessoas com 18 anos completos")],
        "accessibility_statement": [Q("acessibilidade.html", "O auditório tem rampa e banheiro adaptado.")],
        "access_services": [Q("acessibilidade.html", "O auditório tem rampa e banheiro adaptado.", "wheelchair_access"),
                            Q("acessibilidade.html", "intérprete de Libras", "sign_language"),
                            Q("acessibilidade.html", "legendagem ao vivo", "captions"),
                            Q("acessibilidade.html", "Haverá espaço infantil com monitoras", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/aceiro.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "está disponível apenas em PDF", "rules (regulamento) only as PDF")],
    })
