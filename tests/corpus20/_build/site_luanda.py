"""Luanda: a youth entrepreneurship network's fair and bootcamp (pt-AO; English section with lang, Kimbundu greeting)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Início"), ("bootcamp.html", "Feira e bootcamp"), ("inscricao.html", "Inscrição"),
       ("mentorias.html", "Mentorias online"), ("acessibilidade.html", "Acessibilidade"), ("expositores.html", "Expositores"),
       ("emprego.html", "Bolsa de emprego"), ("transporte.html", "Transporte e alojamento")]
s = mk("feira-empreendedorismo-jovem-luanda", "Feira do Empreendedorismo Jovem 2027", "pt-AO", "#c0392b", "FEJ", NAV,
       foot={"pt-AO": "<p>Rede Jovem Empreende Angola — feira@jovemempreende.example.ao</p>"})
placeholder_media(s, "media/feira.mp4")
placeholder_media(s, "media/mentoria.mp4")

s.page("index.html", "Feira do Empreendedorismo Jovem 2027", """
<h1>Feira do Empreendedorismo Jovem 2027</h1>
<p>Dois dias de feira, palestras e pitch no Centro de Convenções de Talatona, de 9 a 10 de Outubro de 2027, seguidos de um bootcamp de três dias para jovens com projectos de negócio.</p>
<p>Kiambote! Sejam bem-vindos.</p>
<p><a href="@inscricao.html">Inscreva-se</a> · <a href="@edicao-2025.html">Edição 2025</a></p>
""" + video("media/feira.mp4") + """
<section lang="en">
<h2>Youth Entrepreneurship Fair</h2>
<p>Two days of exhibitions, talks and pitching at the Talatona Convention Centre, followed by a three-day bootcamp for young people with a business idea. Entry to the fair is free; the bootcamp costs 25,000 kwanzas.</p>
</section>
""")

s.page("bootcamp.html", "Feira e bootcamp", """
<h1>Feira e bootcamp</h1>
<p>A entrada na feira é gratuita, mediante inscrição.</p>
<table><caption>Bootcamp de 3 dias</caption>
<tr><th>Categoria</th><th>Preço</th></tr>
<tr><td>Participante</td><td>25.000 Kz</td></tr>
<tr><td>Estudantes universitários</td><td>15.000 kwanzas</td></tr>
</table>
""")

form = "".join([
    fld("nome", "Nome completo (obrigatório)", req=True),
    fld("email", "E-mail (obrigatório)", "email", req=True),
    fld("tel", "Telefone (obrigatório)", "tel", req=True),
    fld("nasc", "Data de nascimento (obrigatório)", "date", req=True),
    fld("bi", "Número do BI (obrigatório)", req=True),
    fld("inst", "Instituição de ensino ou empresa"),
    fld("prov", "Província (obrigatório)", "select", req=True, opts=["Luanda", "Benguela", "Huíla", "Huambo", "Outra"]),
    radios("area", "Área do projecto (obrigatório)", ["Agro-negócio", "Tecnologia", "Moda", "Serviços"], req=True),
    fld("pitch", "Apresentação do projecto (PDF)", "file"),
    fld("boot", "Quero inscrever-me no bootcamp", "checkbox"),
    fld("termos", "Aceito os termos e a política de privacidade (obrigatório)", "checkbox", req=True),
])
s.page("inscricao.html", "Inscrição", f"""
<h1>Inscrição</h1>
<p>A feira e o bootcamp destinam-se a jovens dos 18 aos 35 anos.</p>
<form action="@inscricao.html" method="post">
{form}
<div class="g-recaptcha" data-sitekey="6Lc-example-fej"></div>
<button type="submit">Enviar</button>
</form>
""")

s.page("mentorias.html", "Mentorias online", """
<h1>Mentorias online</h1>
<p>Depois do bootcamp, as mentorias de seguimento decorrem online no Google Meet, com perguntas e respostas em directo com os mentores.</p>
""" + video("media/mentoria.mp4"))

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O pavilhão tem rampas e casas de banho adaptadas para cadeiras de rodas.</p>
<p>Não há intérprete de língua gestual nesta edição.</p>
""")

s.page("expositores.html", "Expositores", "<h1>Expositores</h1><p>Stand de 9 m²: 350.000 Kz. Patrocínio ouro: 2.500.000 Kz.</p>")
s.page("emprego.html", "Bolsa de emprego", "<h1>Bolsa de emprego</h1><p>Assistente de marketing digital, salário 180.000 Kz por mês.</p>")
s.page("transporte.html", "Transporte e alojamento", "<h1>Transporte e alojamento</h1><p>Candongueiro do centro a Talatona: 300 Kz. Hotel parceiro: 45.000 Kz por noite.</p>")

ENTRY = entry(
    s, name="Youth Entrepreneurship Fair 2027 (youth entrepreneurship network, Luanda)",
    languages=["pt", "en"],
    fees=[(25000, "AOA"), (15000, "AOA")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(11, 8, ["phone", "birth_date", "id_document", "affiliation"]),
    registration_host=None, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=2, pdf_only_documents=False,
    participation_pages=["index.html", "bootcamp.html", "inscricao.html", "mentorias.html", "acessibilidade.html"],
    deliberate_404=["edicao-2025.html"],
    evidence={
        "languages": [Q("index.html", "Dois dias de feira, palestras e pitch no Centro de Convenções de Talatona"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "Two days of exhibitions, talks and pitching at the Talatona Convention Centre"),
                      Q("index.html", "Kiambote!", "Kimbundu greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("en")],
        "fees": [Q("bootcamp.html", "Participante 25.000 Kz", "25000 AOA"),
                 Q("bootcamp.html", "Estudantes universitários 15.000 kwanzas", "15000 AOA"),
                 Q("index.html", "the bootcamp costs 25,000 kwanzas", "English restatement, no new entry"),
                 Q("expositores.html", "Stand de 9 m²: 350.000 Kz. Patrocínio ouro: 2.500.000 Kz.", "not fees"),
                 Q("emprego.html", "salário 180.000 Kz por mês", "salary: not a fee"),
                 Q("transporte.html", "Candongueiro do centro a Talatona: 300 Kz. Hotel parceiro: 45.000 Kz por noite.", "not fees")],
        "free_option": [Q("bootcamp.html", "A entrada na feira é gratuita, mediante inscrição.")],
        "fee_support": [Q("bootcamp.html", "Estudantes universitários 15.000 kwanzas", "student rate below 25000")],
        "remote_participation": [Q("mentorias.html", "as mentorias de seguimento decorrem online no Google Meet, com perguntas e respostas em directo com os mentores.")],
        "captcha": [M("inscricao.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (name, e-mail, phone, birth date, BI number, institution or company, province select, area radio, pitch file, bootcamp checkbox, terms checkbox); 8 marked (obrigatório); sensitive phone, birth_date, id_document, affiliation", "inscricao.html"),
                              Q("inscricao.html", "Número do BI (obrigatório)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscricao.html", "destinam-se a jovens dos 18 aos 35 anos.", "18")],
        "accessibility_statement": [Q("acessibilidade.html", "O pavilhão tem rampas e casas de banho adaptadas para cadeiras de rodas.")],
        "access_services": [Q("acessibilidade.html", "adaptadas para cadeiras de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "Não há intérprete de língua gestual nesta edição.", "negation: no sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/feira.mp4">', "no track"),
                                    M("mentorias.html", 'src="media/mentoria.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
