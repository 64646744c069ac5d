"""Bissau, Guinea-Bissau: a UN-style sub-regional centre's forum on digital public goods and digital identity
(pt-GW, with a French section and a Kriol greeting). Free; registration on Indico (account); in person only;
interpretation only (no accessibility statement)."""
from lib import mk, Q, M, N, entry, fld

SLUG = "forum-bens-publicos-digitais-bissau"
NAV = [("index.html", "Início"), ("inscricao.html", "Inscrição"), ("programa.html", "Programa"),
       ("bolsas.html", "Bolsas"), ("pratico.html", "Informações práticas"), ("faq.html", "Perguntas frequentes"),
       ("noticias.html", "Notícias")]
FOOT = ('<p>Centro Sub-regional das Nações Unidas para a Governação Digital na África Ocidental (exemplo), Bissau · '
        '<a href="mailto:forum-bpd@example.org">forum-bpd@example.org</a></p>')
s = mk(SLUG, "Fórum Regional sobre Bens Públicos Digitais e Identidade Digital 2027", "pt-GW", "#2a6f97", "BPD", NAV,
       foot={"pt-GW": FOOT})

FREE = "A participação no fórum é gratuita."
INDICO = ("As inscrições fazem-se na plataforma Indico das Nações Unidas; é necessário criar uma conta Indico antes "
          "de preencher o formulário de inscrição.")
FELLOW = ("O Centro oferece bolsas que cobrem a viagem de avião e o alojamento a participantes da sociedade civil de "
          "Cabo Verde, São Tomé e Príncipe e dos países da CEDEAO.")
INPERSON = ("O fórum é apenas presencial. As sessões plenárias são transmitidas no YouTube para acompanhar, sem "
            "possibilidade de intervenção à distância.")
INTERP = "Interpretação simultânea português–francês–inglês em todas as sessões."
NOSIGN = "Não há intérprete de língua gestual."
PDFONLY = "A agenda provisória está disponível apenas em PDF."
FR_FREE = "La participation au forum est gratuite."

s.page("index.html", "Fórum Regional sobre Bens Públicos Digitais e Identidade Digital", f"""
<h1>Fórum Regional sobre Bens Públicos Digitais e Identidade Digital</h1>
<p>Bon bindu! Bissau, 15 e 16 de junho de 2027</p>
<p>Governos, reguladores, bancos centrais, programadores e organizações da sociedade civil da África Ocidental e dos
países de língua portuguesa discutem software aberto para serviços públicos, sistemas de identidade digital
inclusivos e proteção de dados. {FREE}</p>
<ul><li><a href="@inscricao.html">Como se inscrever</a></li><li><a href="@bolsas.html">Bolsas de participação</a></li></ul>
<section lang="fr">
<h2>En français</h2>
<p>Le Forum régional sur les biens publics numériques et l'identité numérique se tient à Bissau les 15 et 16 juin
2027. Il réunit gouvernements, régulateurs, banques centrales, développeurs et société civile de l'Afrique de l'Ouest
et des pays lusophones. {FR_FREE}</p>
<p>L'inscription se fait sur la plateforme Indico des Nations Unies, avec un compte Indico. Des bourses couvrent le
voyage et l'hébergement de participants de la société civile. Les séances sont interprétées entre le portugais, le
français et l'anglais.</p>
</section>
""")

s.page("inscricao.html", "Inscrição", f"""
<h1>Inscrição</h1>
<p>{INDICO}</p>
<p><a class="button" href="https://indico.un.org/event/98765/registrations/">Inscrever-me no Indico</a></p>
<p>As inscrições encerram a 15 de maio de 2027. {FREE}</p>
""")

s.page("programa.html", "Programa", f"""
<h1>Programa</h1>
<p>Dia 1: bens públicos digitais nos serviços do Estado; identidade digital e inclusão financeira.</p>
<p>Dia 2: proteção de dados; cooperação regional; recomendações finais.</p>
<p>{PDFONLY} <a href="@docs/agenda-provisoria-forum-bpd-2027.pdf">Descarregar a agenda provisória (PDF)</a></p>
""")

s.page("bolsas.html", "Bolsas", f"""
<h1>Bolsas de participação</h1>
<p>{FELLOW}</p>
<p>Os bolseiros recebem ainda um subsídio diário (DSA) de US$ 180. Candidaturas até 30 de abril de 2027 através da
conta Indico.</p>
""")

s.page("pratico.html", "Informações práticas", f"""
<h1>Informações práticas</h1>
<p>Local: Centro de Conferências (exemplo), Avenida dos Combatentes da Liberdade da Pátria, Bissau.</p>
<p>{INTERP}</p>
<p>{NOSIGN}</p>
<h2>Alojamento e deslocações</h2>
<ul><li>Hotéis recomendados: de 35.000 a 60.000 F CFA por noite.</li><li>Táxi no centro da cidade: cerca de 1.000 F CFA.</li></ul>
""")

QFORM = "".join([fld("q-nome", "Nome"), fld("q-email", "E-mail", "email"), fld("q-pergunta", "A sua pergunta", "textarea")])
s.page("faq.html", "Perguntas frequentes", f"""
<h1>Perguntas frequentes</h1>
<details open><summary>Quanto custa participar?</summary><p>{FREE}</p></details>
<details open><summary>Posso participar à distância?</summary><p>{INPERSON}</p></details>
<details open><summary>Preciso de uma conta?</summary><p>{INDICO}</p></details>
<h2>Envie-nos a sua pergunta</h2>
<form action="@faq.html" method="post">
{QFORM}
<div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-000000000002"></div>
<button type="submit">Enviar</button>
</form>
""")

s.page("noticias.html", "Notícias", """
<h1>Notícias</h1>
<article><h2>Lançado o fundo regional de bens públicos digitais</h2><p>O fundo concederá até US$ 2 milhões em
subvenções a projetos de software aberto para serviços públicos em 2027.</p></article>
""")
s.pdf("docs/agenda-provisoria-forum-bpd-2027.pdf", "Agenda provisoria - Forum Regional sobre Bens Publicos Digitais\nBissau, 15-16 de junho de 2027")

ENTRY = entry(
    s, name="Fórum Regional sobre Bens Públicos Digitais e Identidade Digital 2027 (Bissau)",
    languages=["pt", "fr"], fees=[],
    free_option=True, fee_support=True, remote_participation=False, captcha=["hcaptcha"],
    account_required=True, registration_form=None, registration_host="indico.un.org",
    registration_pdf_only=False, min_age=None, accessibility_statement=False,
    access_services=["interpretation"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "inscricao.html", "programa.html", "bolsas.html", "pratico.html", "faq.html"],
    evidence={
        "languages": [N("Portuguese site with a French section (lang=\"fr\") of two paragraphs on index.html; the Kriol greeting 'Bon bindu!' is not content"),
                      Q("index.html", FR_FREE)],
        "un_languages": [N("fr only (pt is not a UN language)")],
        "fees": [Q("index.html", FREE, "free forum: fees []"),
                 Q("bolsas.html", "Os bolseiros recebem ainda um subsídio diário (DSA) de US$ 180.", "DSA: not a fee"),
                 Q("pratico.html", "Hotéis recomendados: de 35.000 a 60.000 F CFA por noite.", "hotels: not a fee"),
                 Q("noticias.html", "O fundo concederá até US$ 2 milhões", "grant fund: not a fee")],
        "free_option": [Q("index.html", FREE)],
        "fee_support": [Q("bolsas.html", FELLOW)],
        "remote_participation": [Q("faq.html", INPERSON)],
        "captcha": [M("faq.html", '<div class="h-captcha"', "on the 3-field question form of the FAQ")],
        "account_required": [Q("inscricao.html", INDICO)],
        "registration_form": [N("no own registration form: registration on Indico; the 3-field question form of the FAQ is not one")],
        "registration_host": [M("inscricao.html", 'href="https://indico.un.org/event/98765/registrations/"')],
        "registration_pdf_only": [N("registration on Indico")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("pratico.html", INTERP, "interpretation alone (with a sign-language negation): no statement")],
        "access_services": [Q("pratico.html", INTERP), Q("pratico.html", NOSIGN, "negation: no sign_language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programa.html", PDFONLY)],
    })
