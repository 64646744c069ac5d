"""Beira (Mozambique): an NGO's national conference on child online protection. Portuguese with an English section
without a lang attribute. Pages and labels written together."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "conferencia-proteccao-crianca-online-beira"
NAV = [("index.html", "Início"), ("inscricao.html", "Inscrição"), ("taxas.html", "Taxas"), ("online.html", "Participar online"),
       ("painel-jovem.html", "Painel Jovem"), ("acessibilidade.html", "Acessibilidade"), ("perguntas.html", "Perguntas frequentes"),
       ("apoiar.html", "Apoiar")]
FOOT = {"pt-MZ": "<p>© 2027 Associação Moçambicana para a Infância Digital (AMID) · Beira, Sofala · conferencia@amid.example.mz</p>"}
s = mk(SLUG, "Conferência Nacional sobre Protecção da Criança Online", "pt-MZ", "#c0392b", "AMID", NAV, foot=FOOT)

EN1 = ("The National Conference on Child Online Protection brings teachers, parents, social workers, police, telecom "
       "operators and young people together in Beira on 26–27 August 2027.")
EN2 = ("Fees: MZN 2,500 for professionals and organisations, MZN 750 for students and MZN 1,200 for online "
       "participation with live questions.")
ONLINE = ("Os participantes online acompanham as sessões pelo Google Meet e colocam perguntas ao vivo aos oradores, "
          "lidas pela moderação.")
YOUTH = ("O Painel Jovem reúne adolescentes dos 13 aos 17 anos, que participam com autorização escrita dos pais ou "
         "encarregados de educação.")
WHEEL = "O auditório tem rampa de acesso e lugares reservados para cadeiras de rodas."
SIGN = "Todas as sessões plenárias têm interpretação em Língua de Sinais Moçambicana."
CHILD = "Há um espaço infantil com monitoras para crianças dos 3 aos 10 anos durante as sessões."
FREE = "Sim: os professores de escolas públicas inscrevem-se gratuitamente, apresentando o cartão de professor."

FORM = ('<form action="@inscricao.html" method="post">'
        + fld("nome", "Nome completo (resposta obrigatória)")
        + fld("bi", "Número do BI (resposta obrigatória)")
        + fld("nasc", "Data de nascimento", "date")
        + fld("tel", "Telefone (resposta obrigatória)", "tel")
        + fld("email", "Correio electrónico (resposta obrigatória)", "email")
        + fld("inst", "Instituição ou organização")
        + fld("cat", "Categoria (resposta obrigatória)", "select",
              opts=["Profissional ou organização", "Estudante", "Professor de escola pública", "Participação online"])
        + fld("prov", "Província", "select",
              opts=["Cabo Delgado", "Gaza", "Inhambane", "Manica", "Maputo Cidade", "Maputo Província", "Nampula",
                    "Niassa", "Sofala", "Tete", "Zambézia"])
        + radios("modo", "Modalidade", ["Presencial na Beira", "Online (Google Meet)"], req=True)
        + fld("nec", "Necessidades de acessibilidade", "textarea")
        + fld("fotos", "Autorizo o uso de fotografias em que apareço", "checkbox")
        + '<div class="h-captcha" data-sitekey="amid-beira-2027-hc"></div>'
        + '<button type="submit">Enviar inscrição</button></form>')

placeholder_media(s, "media/conferencia-2026.mp4")
s.page("index.html", "Conferência Nacional sobre Protecção da Criança Online 2027", f"""
<h1>Conferência Nacional sobre Protecção da Criança Online 2027</h1>
<p class="note">Beira, 26–27 de Agosto de 2027.</p>
<p>A Associação Moçambicana para a Infância Digital reúne professores, pais, assistentes sociais, polícia, operadoras de telecomunicações e jovens para debater a segurança das crianças na internet, o ciberbullying, a exploração sexual online e a educação digital nas escolas.</p>
<p>Veja as <a href="@taxas.html">taxas</a>, faça a <a href="@inscricao.html">inscrição</a> e conheça o <a href="@painel-jovem.html">Painel Jovem</a>.</p>
<p>Relatório da edição anterior: <a href="@relatorio-2026.html">conferência de 2026</a>.</p>
<h2>Vídeo da edição de 2026</h2>
{video("media/conferencia-2026.mp4")}
<section>
<h2>About the conference (English)</h2>
<p>{EN1}</p>
<p>{EN2}</p>
</section>
""")

s.page("inscricao.html", "Inscrição", f"""
<h1>Inscrição</h1>
<p>Preencha o formulário até 10 de Agosto de 2027. O pagamento faz-se por M-Pesa ou transferência bancária depois da confirmação.</p>
{FORM}
""")

s.page("taxas.html", "Taxas", """
<h1>Taxas de inscrição</h1>
<table>
<tr><th>Categoria</th><th>Taxa</th></tr>
<tr><td>Profissionais e organizações</td><td>2.500,00 MT</td></tr>
<tr><td>Estudantes</td><td>750,00 MT</td></tr>
<tr><td>Participação online com perguntas ao vivo (Google Meet)</td><td>1.200,00 MT</td></tr>
</table>
<p>A taxa inclui almoço, lanche e certificado de participação.</p>
""")

s.page("online.html", "Participar online", f"""
<h1>Participar online</h1>
<p>{ONLINE}</p>
<p>A ligação do Google Meet é enviada por correio electrónico na véspera da conferência.</p>
""")

s.page("painel-jovem.html", "Painel Jovem", f"""
<h1>Painel Jovem</h1>
<p>{YOUTH}</p>
<p>Os jovens preparam, com apoio de facilitadores, recomendações que apresentam na sessão de encerramento.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", f"""
<h1>Acessibilidade</h1>
<p>{WHEEL}</p>
<p>{SIGN}</p>
<p>{CHILD}</p>
<p>Para outras necessidades, contacte acessibilidade@amid.example.mz.</p>
""")

s.page("perguntas.html", "Perguntas frequentes", f"""
<h1>Perguntas frequentes</h1>
<details open><summary>Há inscrições gratuitas?</summary><p>{FREE}</p></details>
<details open><summary>Onde posso ficar?</summary><p>Hotéis na Ponta-Gêa a partir de 4.500,00 MT por noite; alguns aceitam pagamento em rands, cerca de R 650 por noite.</p></details>
<details open><summary>Como chego ao local?</summary><p>De chapa a partir do centro da cidade: 30,00 MT.</p></details>
""")

s.page("apoiar.html", "Apoiar", """
<h1>Apoiar a conferência</h1>
<ul>
  <li>Patrocínio ouro: 250.000,00 MT</li>
  <li>Guia para pais e encarregados (livro): 350,00 MT</li>
  <li>Doação: 500,00 MT ou outro valor</li>
</ul>
""")

ENTRY = entry(
    s, name="Conferência Nacional sobre Protecção da Criança Online 2027 (Beira)",
    languages=["pt", "en"], fees=[(2500, "MZN"), (750, "MZN"), (1200, "MZN")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(11, 6, ["id_document", "birth_date", "phone", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=13, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "childcare"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "inscricao.html", "taxas.html", "online.html", "painel-jovem.html",
                         "acessibilidade.html", "perguntas.html"],
    deliberate_404=["relatorio-2026.html"],
    evidence={
        "languages": [Q("index.html", "A Associação Moçambicana para a Infância Digital reúne"),
                      Q("index.html", EN1, "English section without a lang attribute (two paragraphs)")],
        "un_languages": [N("en")],
        "fees": [Q("taxas.html", "Profissionais e organizações 2.500,00 MT"), Q("taxas.html", "Estudantes 750,00 MT"),
                 Q("taxas.html", "Participação online com perguntas ao vivo (Google Meet) 1.200,00 MT"),
                 Q("index.html", EN2, "restated in English: no new entries"),
                 Q("perguntas.html", "cerca de R 650 por noite", "hotel: not a fee"),
                 Q("apoiar.html", "Guia para pais e encarregados (livro): 350,00 MT", "goods: not a fee"),
                 Q("apoiar.html", "Doação: 500,00 MT ou outro valor", "donation: not a fee"),
                 Q("apoiar.html", "Patrocínio ouro: 250.000,00 MT", "sponsor: not a fee")],
        "free_option": [Q("perguntas.html", FREE, "free for one group, said only in the FAQ")],
        "fee_support": [Q("taxas.html", "Estudantes 750,00 MT", "student rate"),
                        Q("perguntas.html", FREE, "free for one group")],
        "remote_participation": [Q("online.html", ONLINE)],
        "captcha": [M("inscricao.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account anywhere")],
        "registration_form": [N("name*, BI number* (id_document), date of birth (birth_date), phone* (phone), email*, "
                                "institution (affiliation), category select*, province select, mode radio (required "
                                "attribute), access needs, photo-consent checkbox = 11 fields, 6 required; new marker "
                                "(resposta obrigatória)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("painel-jovem.html", YOUTH, "youth panel of the conference: 13; childcare ages 3-10 are not a limit")],
        "accessibility_statement": [Q("acessibilidade.html", WHEEL)],
        "access_services": [Q("acessibilidade.html", WHEEL, "wheelchair_access"),
                            Q("acessibilidade.html", SIGN, "sign_language"),
                            Q("acessibilidade.html", CHILD, "childcare")],
        "videos_without_captions": [M("index.html",
                                      '<video controls preload="none" width="640" src="media/conferencia-2026.mp4">',
                                      "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
