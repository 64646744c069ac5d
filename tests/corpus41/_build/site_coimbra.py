"""Coimbra, Portugal: a university faculty's national congress on digital skills and media literacy (pt-PT, with an
English section). Fees in EUR in an early and a regular column; free public opening and closing sessions."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "congresso-competencias-digitais-coimbra"
NAV = [("index.html", "Início"), ("inscricoes.html", "Inscrições e preços"), ("programa.html", "Programa"),
       ("apresentacao-virtual.html", "Apresentação virtual"), ("acessibilidade.html", "Acessibilidade"),
       ("faq.html", "Perguntas frequentes"), ("alojamento.html", "Alojamento"), ("patrocinios.html", "Patrocínios")]
FOOT = ('<p>Faculdade de Ciências da Educação (exemplo), Coimbra · '
        '<a href="mailto:cncd2027@example.pt">cncd2027@example.pt</a> · <a href="@edicao-2025.html">Edição de 2025</a></p>')
s = mk(SLUG, "Congresso Nacional de Competências Digitais e Literacia Mediática 2027", "pt-PT", "#5b2a86", "CD", NAV,
       foot={"pt-PT": FOOT})
placeholder_media(s, "media/cncd-convite.mp4")

FREE = "A sessão de abertura e a conferência pública de encerramento são de entrada livre, sem inscrição."
REMOTE = ("Os autores que não possam deslocar-se a Coimbra apresentam a sua comunicação via Zoom e respondem em direto "
          "às perguntas da sala.")
RAMP = "O auditório é acessível em cadeira de rodas, com rampa à entrada e lugares reservados."
LGP = "Interpretação em Língua Gestual Portuguesa nas sessões plenárias."
LEG = "Legendagem em tempo real nas sessões plenárias."
EN_FEES = ("Registration fees: professionals €90 until 15 March and €120 afterwards; students €30 and €40; optional "
           "workshop €25; virtual presentation via Zoom €60.")

s.page("index.html", "Congresso Nacional de Competências Digitais e Literacia Mediática 2027", f"""
<h1>Congresso Nacional de Competências Digitais e Literacia Mediática</h1>
<p>Coimbra, 6 e 7 de maio de 2027</p>
<p>Professores, bibliotecários, investigadores e decisores públicos discutem como ensinar competências digitais,
combater a desinformação nas escolas e medir a literacia mediática da população. {FREE}</p>
<ul><li><a href="@inscricoes.html">Inscrições e preços</a></li><li><a href="@apresentacao-virtual.html">Apresentar à distância</a></li></ul>
{video("media/cncd-convite.mp4")}
<section lang="en">
<h2>In English</h2>
<p>The national congress on digital skills and media literacy takes place in Coimbra on 6–7 May 2027. Papers may be
presented in Portuguese or English; authors who cannot travel present over Zoom and answer the audience's questions
live.</p>
<p>{EN_FEES} The opening session and the closing public lecture are free and open to all.</p>
</section>
""")

FORM = "".join([
    fld("nome", "Nome completo (dado necessário)"),
    fld("email", "E-mail (dado necessário)", "email"),
    fld("tel", "Telefone", "tel"),
    fld("inst", "Instituição (dado necessário)"),
    fld("cat", "Categoria (dado necessário)", "select", opts=["Profissional", "Estudante"]),
    fld("nif", "NIF (para a fatura)"),
    fld("morada", "Morada para a fatura"),
    fld("oficina", "Inscrevo-me também na oficina prática (25 €)", "checkbox"),
    radios("modalidade", "Modalidade (dado necessário)", ["Presencial", "Apresentação virtual via Zoom"]),
    fld("comprovativo", "Comprovativo de estudante", "file"),
    fld("necessidades", "Necessidades de acessibilidade", "textarea"),
    fld("privacidade", "Li e aceito a política de privacidade", "checkbox", req=True),
])
s.page("inscricoes.html", "Inscrições e preços", f"""
<h1>Inscrições e preços</h1>
<table>
<caption>Taxas de inscrição</caption>
<tr><th>Categoria</th><th>Até 15 de março</th><th>A partir de 16 de março</th></tr>
<tr><td>Profissionais</td><td>90 €</td><td>120 €</td></tr>
<tr><td>Estudantes</td><td>30 €</td><td>40 €</td></tr>
<tr><td>Oficina prática «Avaliar a literacia digital» (opcional)</td><td colspan="2">25 €</td></tr>
<tr><td>Apresentação virtual via Zoom</td><td colspan="2">60 €</td></tr>
</table>
<p>{FREE}</p>
<h2>Formulário de inscrição</h2>
<form action="@inscricoes.html" method="post">
{FORM}
<div class="g-recaptcha" data-sitekey="6LcExampleCoimbraKey000000000000000000000"></div>
<button type="submit">Enviar inscrição</button>
</form>
""")

s.page("programa.html", "Programa", f"""
<h1>Programa</h1>
<p><strong>6 de maio:</strong> sessão de abertura (entrada livre); painéis sobre currículo digital e desinformação;
oficina prática «Avaliar a literacia digital» (opcional, paga).</p>
<p><strong>7 de maio:</strong> comunicações; conferência pública de encerramento (entrada livre).</p>
<p>{FREE}</p>
""")

s.page("apresentacao-virtual.html", "Apresentação virtual", f"""
<h1>Apresentação virtual</h1>
<p>{REMOTE}</p>
<p>A apresentação virtual tem uma taxa própria de 60 €. As restantes sessões não são transmitidas.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", f"""
<h1>Acessibilidade</h1>
<p>{RAMP}</p>
<p>{LGP}</p>
<p>{LEG}</p>
<p>Para outras necessidades, contacte <a href="mailto:acessibilidade@example.pt">acessibilidade@example.pt</a>.</p>
""")

s.page("faq.html", "Perguntas frequentes", f"""
<h1>Perguntas frequentes</h1>
<details open><summary>Há desconto para estudantes?</summary><p>Sim: 30 € até 15 de março e 40 € depois, em vez de 90 € e 120 €.</p></details>
<details open><summary>Posso assistir sem pagar?</summary><p>{FREE}</p></details>
<details open><summary>As atas são impressas?</summary><p>As atas em livro impresso custam 20 € e são vendidas à parte; a versão digital é gratuita para os inscritos.</p></details>
""")

s.page("alojamento.html", "Alojamento", """
<h1>Alojamento e transportes</h1>
<ul><li>Hotéis parceiros na Baixa de Coimbra: desde 75 € por noite.</li><li>Residência universitária: 28 € por noite.</li>
<li>Comboio Lisboa–Coimbra: desde 15,90 €.</li></ul>
""")

s.page("patrocinios.html", "Patrocínios", """
<h1>Patrocínios</h1>
<p>Patrocinador principal: 5 000 € · Patrocinador de sessão: 1 500 € · Mesa de exposição: 400 €.</p>
""")

ENTRY = entry(
    s, name="Congresso Nacional de Competências Digitais e Literacia Mediática 2027 (Coimbra)",
    languages=["pt", "en"],
    fees=[(90, "EUR"), (120, "EUR"), (30, "EUR"), (40, "EUR"), (25, "EUR"), (60, "EUR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(12, 6, ["phone", "affiliation", "address"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["captions", "sign_language", "wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "inscricoes.html", "programa.html", "apresentacao-virtual.html",
                         "acessibilidade.html", "faq.html"],
    deliberate_404=["edicao-2025.html"],
    evidence={
        "languages": [N("Portuguese site with an English section (lang=\"en\") of two paragraphs on index.html"),
                      M("index.html", '<section lang="en">')],
        "un_languages": [N("en only")],
        "fees": [Q("inscricoes.html", "Profissionais 90 € 120 €"), Q("inscricoes.html", "Estudantes 30 € 40 €"),
                 Q("inscricoes.html", "Oficina prática «Avaliar a literacia digital» (opcional) 25 €"),
                 Q("inscricoes.html", "Apresentação virtual via Zoom 60 €"),
                 Q("index.html", EN_FEES, "restated in English: no new entry"),
                 Q("faq.html", "As atas em livro impresso custam 20 € e são vendidas à parte", "proceedings sold separately: not a fee"),
                 Q("alojamento.html", "Hotéis parceiros na Baixa de Coimbra: desde 75 € por noite.", "hotel: not a fee"),
                 Q("patrocinios.html", "Patrocinador principal: 5 000 €", "sponsor package: not a fee")],
        "free_option": [Q("inscricoes.html", FREE)],
        "fee_support": [Q("faq.html", "Sim: 30 € até 15 de março e 40 € depois, em vez de 90 € e 120 €.")],
        "remote_participation": [Q("apresentacao-virtual.html", REMOTE)],
        "captcha": [M("inscricoes.html", '<div class="g-recaptcha"')],
        "account_required": [N("no account: a plain form")],
        "registration_form": [N("inscricoes.html: 12 fields (name, e-mail, phone, institution, category select, NIF, billing address, workshop checkbox, mode radio, student-proof file, access-needs textarea, privacy checkbox); 6 required (5 with '(dado necessário)', privacy with `required`); sensitive: phone, affiliation, address; the NIF (tax number) is not an ID")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("acessibilidade.html", RAMP)],
        "access_services": [Q("acessibilidade.html", RAMP), Q("acessibilidade.html", LGP), Q("acessibilidade.html", LEG)],
        "videos_without_captions": [M("index.html", 'src="media/cncd-convite.mp4">')],
        "pdf_only_documents": [N("no PDF; the programme is in HTML")],
    })
