"""Amazonian Congress of Agroecology and Sociobiodiversity of a made-up agroecology association (Belém). pt-BR;
Spanish section with lang; a Nheengatu greeting."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt

SLUG = "congresso-agroecologia-sociobiodiversidade-belem"
NAV = [("index.html", "Início"), ("inscricoes.html", "Inscrições"), ("isencao.html", "Pedido de isenção"),
       ("programacao.html", "Programação"), ("acessibilidade.html", "Acessibilidade"), ("hospedagem.html", "Hospedagem"),
       ("expositores.html", "Feira e patrocínio"), ("vagas.html", "Vagas")]
s = mk(SLUG, "III Congresso Amazônico de Agroecologia e Sociobiodiversidade", "pt-BR", "#3f7d20", "CAA", NAV,
       foot={"pt-BR": "<p>Associação Amazônica de Agroecologia · Belém (PA) · congresso@agroecologia-amazonia.example.br</p>"},
       newsletter={"pt-BR": ("Receba as novidades", "Cadastrar")})
placeholder_media(s, "media/chamada.mp4")
vtt(s, "media/chamada-pt.vtt", "Venha para o congresso em Belém")
s.pdf("docs/programacao-2027.pdf", "III Congresso Amazonico de Agroecologia\nProgramacao 14-17 de setembro de 2027")

s.page("index.html", "III Congresso Amazônico de Agroecologia e Sociobiodiversidade", """
<h1>III Congresso Amazônico de Agroecologia e Sociobiodiversidade</h1>
<p>De 14 a 17 de setembro de 2027, em Belém, agricultoras e agricultores, povos indígenas, comunidades ribeirinhas e
quilombolas, estudantes e pesquisadores se encontram para trocar experiências de agroecologia na Amazônia.</p>
<p>Veja as <a href="@inscricoes.html">inscrições</a> e o <a href="@isencao.html">pedido de isenção</a>.</p>
""" + video("media/chamada.mp4", track="media/chamada-pt.vtt", track_lang="pt", label="Português") + """
<section lang="es">
<h2>En español</h2>
<p>El Congreso Amazónico de Agroecología se celebra en Belém del 14 al 17 de septiembre de 2027. Los agricultores
familiares, los pueblos indígenas y las comunidades tradicionales están exentos de la cuota de inscripción. Las
ponencias también pueden presentarse en línea por videoconferencia, con debate.</p>
</section>
<p lang="yrl">Puranga ara!</p>
""")

s.page("inscricoes.html", "Inscrições", """
<h1>Inscrições</h1>
<table>
<caption>Valores de inscrição (R$)</caption>
<thead><tr><th scope="col">Categoria</th><th scope="col">até 30/6</th><th scope="col">a partir de 1/7</th></tr></thead>
<tbody>
<tr><th scope="row">Profissionais</th><td>280,00</td><td>340,00</td></tr>
<tr><th scope="row">Estudantes de pós-graduação</th><td>150,00</td><td>180,00</td></tr>
<tr><th scope="row">Estudantes de graduação</th><td>80,00</td><td>80,00</td></tr>
</tbody>
</table>
<p>Modalidade online (apresentação de trabalho por videoconferência, com debate ao vivo): R$ 100,00.</p>
<p>Agricultoras e agricultores familiares, povos indígenas e comunidades tradicionais são isentos da taxa de
inscrição: preencham o <a href="@isencao.html">formulário de isenção</a>.</p>
<p>Jovens a partir de dezesseis anos podem se inscrever, com autorização dos responsáveis se tiverem menos de dezoito.</p>
<p>As inscrições pagas são feitas na <a href="https://www.even3.com.br/cabs2027/">Even3</a>. Para se inscrever é
necessário criar uma conta na Even3.</p>
""")

form = "".join([
    fld("nome", "Nome completo (obrigatório)"),
    fld("cpf", "CPF (obrigatório)"),
    fld("tel", "Telefone ou WhatsApp (obrigatório)", "tel"),
    fld("email", "E-mail", "email"),
    fld("assoc", "Comunidade, associação ou cooperativa (obrigatório)"),
    fld("mun", "Município (obrigatório)", "select", opts=["Belém", "Abaetetuba", "Cametá", "Santarém", "Marabá", "Outro"]),
    fld("caf", "Número do CAF (Cadastro Nacional da Agricultura Familiar)"),
    radios("seg", "Segmento (obrigatório)", ["Agricultura familiar", "Povo indígena", "Comunidade quilombola", "Comunidade ribeirinha"]),
    fld("hosp", "Preciso de hospedagem solidária", "checkbox"),
    fld("decl", "Declaração da associação ou comunidade", "file"),
])
s.page("isencao.html", "Pedido de isenção", f"""
<h1>Pedido de isenção</h1>
<p>Preencha este formulário para participar sem pagar a taxa de inscrição.</p>
<form action="@isencao.html" method="post">
{form}
<div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-caa-belem"></div>
<button type="submit">Enviar pedido</button>
</form>
""")

s.page("programacao.html", "Programação", """
<h1>Programação</h1>
<h2>14 de setembro</h2>
<ul><li>Abertura com a mística das comunidades</li><li>Feira da sociobiodiversidade</li></ul>
<h2>15 e 16 de setembro</h2>
<ul><li>Rodas de conversa e apresentação de trabalhos (presenciais e online)</li><li>Visitas a quintais agroflorestais</li></ul>
<h2>17 de setembro</h2>
<ul><li>Plenária final e carta de Belém</li></ul>
<p>A mesma programação também pode ser baixada em <a href="@docs/programacao-2027.pdf">PDF</a>.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O centro de convenções tem rampas e elevadores e é acessível para cadeiras de rodas.</p>
<p>Interpretação em Libras em todas as plenárias.</p>
<p>Ciranda infantil com educadoras durante todo o congresso, para crianças de 2 a 10 anos.</p>
<p>Outras necessidades: acessibilidade@agroecologia-amazonia.example.br.</p>
""")

s.page("hospedagem.html", "Hospedagem", """
<h1>Hospedagem e transporte</h1>
<p>Hotéis parceiros a partir de R$ 250 por noite. Barco Belém–Marajó: R$ 45.</p>
""")

s.page("expositores.html", "Feira e patrocínio", """
<h1>Feira e patrocínio</h1>
<p>Estande na feira da sociobiodiversidade: R$ 600. Cota de patrocínio: R$ 20.000.</p>
""")

s.page("vagas.html", "Vagas", """
<h1>Vagas</h1>
<p>Técnico agrícola para assistência técnica em Cametá — salário de R$ 3.200.</p>
""")

ENTRY = entry(
    s, name="3rd Amazonian Congress of Agroecology and Sociobiodiversity (agroecology association, Belém)",
    languages=["pt", "es"],
    fees=[(280, "BRL"), (340, "BRL"), (150, "BRL"), (180, "BRL"), (80, "BRL"), (100, "BRL")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=True, registration_form=(10, 6, ["id_document", "phone", "affiliation"]),
    registration_host="www.even3.com.br", registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "childcare"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "inscricoes.html", "isencao.html", "programacao.html", "acessibilidade.html"],
    evidence={
        "languages": [Q("index.html", "agricultoras e agricultores, povos indígenas, comunidades ribeirinhas e quilombolas"),
                      Q("index.html", "El Congreso Amazónico de Agroecología se celebra en Belém", "Spanish section with lang"),
                      M("index.html", '<p lang="yrl">Puranga ara!</p>', "Nheengatu greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("es")],
        "fees": [Q("inscricoes.html", "Valores de inscrição (R$)", "currency only in the caption"),
                 Q("inscricoes.html", "Profissionais 280,00 340,00", "280 and 340 BRL"),
                 Q("inscricoes.html", "Estudantes de pós-graduação 150,00 180,00", "150 and 180 BRL"),
                 Q("inscricoes.html", "Estudantes de graduação 80,00 80,00", "80 BRL in both columns: one entry"),
                 Q("inscricoes.html", "Modalidade online (apresentação de trabalho por videoconferência, com debate ao vivo): R$ 100,00.", "100 BRL"),
                 Q("hospedagem.html", "Hotéis parceiros a partir de R$ 250 por noite.", "hotel, boat: not fees"),
                 Q("expositores.html", "Estande na feira da sociobiodiversidade: R$ 600.", "stand, sponsorship: not fees"),
                 Q("vagas.html", "salário de R$ 3.200", "salary: not a fee")],
        "free_option": [Q("inscricoes.html", "são isentos da taxa de inscrição", "exemption for one group")],
        "fee_support": [Q("inscricoes.html", "Agricultoras e agricultores familiares, povos indígenas e comunidades tradicionais são isentos da taxa de inscrição"),
                        Q("inscricoes.html", "Estudantes de graduação 80,00", "student rates")],
        "remote_participation": [Q("inscricoes.html", "apresentação de trabalho por videoconferência, com debate ao vivo")],
        "captcha": [M("isencao.html", '<div class="h-captcha"')],
        "account_required": [Q("inscricoes.html", "Para se inscrever é necessário criar uma conta na Even3.")],
        "registration_form": [N("isencao.html: exemption application, 10 fields: name, CPF, phone/WhatsApp, e-mail, "
                                "community or association, municipality select, CAF number, segment radio group, lodging "
                                "checkbox, declaration file. Required ((obrigatório)): name, CPF, phone, association, "
                                "municipality, segment = 6. Sensitive: id_document (CPF), phone, affiliation; the CAF "
                                "farmer-registry number is not an ID document.")],
        "registration_host": [M("inscricoes.html", 'href="https://www.even3.com.br/cabs2027/"')],
        "registration_pdf_only": [N("Even3 and HTML form")],
        "min_age": [Q("inscricoes.html", "Jovens a partir de dezesseis anos podem se inscrever", "16"),
                    Q("acessibilidade.html", "para crianças de 2 a 10 anos", "childcare ages: not a limit")],
        "accessibility_statement": [Q("acessibilidade.html", "O centro de convenções tem rampas e elevadores e é acessível para cadeiras de rodas.")],
        "access_services": [Q("acessibilidade.html", "é acessível para cadeiras de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "Interpretação em Libras em todas as plenárias.", "sign_language"),
                            Q("acessibilidade.html", "Ciranda infantil com educadoras durante todo o congresso", "childcare")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/chamada-pt.vtt"', "the only video has captions")],
        "pdf_only_documents": [Q("programacao.html", "A mesma programação também pode ser baixada em PDF", "programme also in HTML: not PDF-only")],
    })
