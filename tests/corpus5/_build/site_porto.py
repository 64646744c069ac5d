"""University open-science week (pt-PT) with an English page."""
from lib import make, video, placeholder_media, vtt

NAV = {"pt": [("index.html", "Início"), ("inscricao.html", "Inscrição"), ("participacao-remota.html", "Participação remota"),
              ("acessibilidade.html", "Acessibilidade"), ("oradores.html", "Oradores"), ("oportunidades.html", "Oportunidades"),
              ("info-pratica.html", "Informação prática"), ("en/index.html", "English")],
       "en": [("en/index.html", "Home"), ("inscricao.html", "Registration (Portuguese)"), ("index.html", "Português")]}
FOOT = {"pt": "<p>Semana da Ciência Aberta · Universidade do Porto Litoral (fictícia) · cienciaaberta@uplitoral.example.pt</p>",
        "en": "<p>Open Science Week · cienciaaberta@uplitoral.example.pt</p>"}
s = make("semana-ciencia-aberta-porto", name="Semana da Ciência Aberta 2026", lang="pt-PT", colour="#5b2a86", logo="SCA",
         navs=NAV, foot=FOOT, langs={"pt": [("en/index.html", "EN")], "en": [("index.html", "PT")]},
         skip={"pt": "Saltar para o conteúdo"}, homes={"en": "en/index.html"})
for m in ("media/convite-2026.mp4", "media/2025-sessao-dados-fair.mp4", "media/2025-mesa-redonda.mp4"):
    placeholder_media(s, m)
vtt(s, "media/convite-2026.pt.vtt", "Olá! Este ano a Semana da Ciência Aberta decorre de 19 a 23 de outubro.")
s.pdf("docs/programa-sca-2026.pdf", "Semana da Ciencia Aberta 2026\nPrograma completo\n19 a 23 de outubro")

s.page("index.html", "Semana da Ciência Aberta 2026", """
<h1>Semana da Ciência Aberta 2026</h1>
<p>De 19 a 23 de outubro, a Biblioteca e os Serviços de Investigação da Universidade organizam uma semana de oficinas, conversas e sessões práticas sobre acesso aberto, dados FAIR, software de investigação e ciência cidadã. As sessões decorrem no Auditório da Biblioteca e em simultâneo pela Zoom.</p>
<p>Entrada livre e gratuita, mediante inscrição. A semana é aberta a toda a comunidade académica e ao público em geral.</p>
<ul>
  <li><a href="docs/programa-sca-2026.pdf">Programa completo (PDF, 240 KB)</a></li>
  <li><a href="@inscricao.html">Inscrição</a></li>
  <li><a href="@participacao-remota.html">Participar à distância</a></li>
  <li><a href="@acessibilidade.html">Acessibilidade</a></li>
</ul>
""" + video("media/convite-2026.mp4", track="media/convite-2026.pt.vtt", track_lang="pt", label="Português") + """
""")

s.page("inscricao.html", "Inscrição — Semana da Ciência Aberta 2026", """
<h1>Inscrição</h1>
<p>A participação é gratuita. A inscrição serve apenas para sabermos quantas pessoas esperar em cada sessão e para enviar a ligação Zoom.</p>
<form action="@inscricao.html" method="post">
  <label for="nome">Nome (obrigatório)</label><input type="text" id="nome" name="nome">
  <label for="email">Endereço de e-mail (obrigatório)</label><input type="email" id="email" name="email">
  <label for="inst">Instituição / unidade orgânica (obrigatório)</label><input type="text" id="inst" name="instituicao">
  <fieldset><legend>Vínculo (obrigatório)</legend>
    <input type="radio" id="v1" name="vinculo" value="estudante"> <label for="v1">Estudante</label>
    <input type="radio" id="v2" name="vinculo" value="docente"> <label for="v2">Docente ou investigador(a)</label>
    <input type="radio" id="v3" name="vinculo" value="tecnico"> <label for="v3">Técnico(a)</label>
    <input type="radio" id="v4" name="vinculo" value="externo"> <label for="v4">Público externo</label>
  </fieldset>
  <label for="orcid">ORCID iD (opcional)</label><input type="text" id="orcid" name="orcid">
  <fieldset><legend>Sessões com lugares limitados</legend>
    <div class="check"><input type="checkbox" id="s1" name="s_dados"> <label for="s1">Oficina de planos de gestão de dados</label></div>
    <div class="check"><input type="checkbox" id="s2" name="s_wikidata"> <label for="s2">Maratona Wikidata</label></div>
    <div class="check"><input type="checkbox" id="s3" name="s_software"> <label for="s3">Citação de software de investigação</label></div>
  </fieldset>
  <label for="nec">Necessidades de acessibilidade</label><textarea id="nec" name="necessidades"></textarea>
  <div class="check"><input type="checkbox" id="rgpd" name="rgpd"> <label for="rgpd">Autorizo o tratamento dos meus dados para esta inscrição (obrigatório)</label></div>
  <div class="frc-captcha" data-sitekey="FCMSCA2026EXAMPLEKEY" data-lang="pt"></div>
  <button type="submit">Inscrever-me</button>
</form>
""")

s.page("participacao-remota.html", "Participação remota — Semana da Ciência Aberta 2026", """
<h1>Participar à distância</h1>
<p>Todas as sessões do auditório são transmitidas pela Zoom. Quem assiste à distância pode colocar perguntas no chat; o moderador lê-as em voz alta e o orador responde como às perguntas da sala. Nas oficinas, os participantes remotos trabalham em salas de grupo com um tutor.</p>
<h2>Gravações da edição de 2025</h2>
""" + video("media/2025-sessao-dados-fair.mp4") + "\n" + video("media/2025-mesa-redonda.mp4") + """
""")

s.page("acessibilidade.html", "Acessibilidade — Semana da Ciência Aberta 2026", """
<h1>Acessibilidade</h1>
<p>O Auditório da Biblioteca tem entrada sem degraus e lugares reservados para pessoas em cadeira de rodas, e há uma casa de banho adaptada no mesmo piso.</p>
<p>As sessões de abertura e de encerramento têm interpretação em Língua Gestual Portuguesa (LGP).</p>
<p>Se precisar de outro apoio, indique-o no formulário de inscrição ou escreva para acessibilidade@uplitoral.example.pt.</p>
""")

s.page("en/index.html", "Open Science Week 2026", """
<h1>Open Science Week 2026</h1>
<p>From 19 to 23 October the University Library and Research Office run a week of workshops, talks and hands-on sessions on open access, FAIR data, research software and citizen science. Sessions are in Portuguese, in the Library Auditorium and live on Zoom, where remote participants can ask questions in the chat.</p>
<p>Admission is free; please register with the Portuguese form so that we know how many people to expect.</p>
""", lang="en")

s.page("oradores.html", "Oradores — Semana da Ciência Aberta 2026", """
<h1>Oradores e sessões em destaque</h1>
<h2>Free as in Freedom: licenças abertas para dados e código</h2>
<p>Rita Calado, Biblioteca. O que muda quando escolhemos CC BY, CC0 ou MIT.</p>
<h2>Custos ocultos da publicação em acesso aberto</h2>
<p>Nuno Pires, Serviços de Investigação. Uma taxa de processamento de artigos (APC) de 1.500 € numa revista híbrida é paga duas vezes quando a biblioteca também paga a assinatura.</p>
<h2>Language-agnostic metadata for repositories</h2>
<p>Dr. Helen Moor (in English). Multilingual titles and abstracts in institutional repositories.</p>
""")

s.page("oportunidades.html", "Oportunidades — Semana da Ciência Aberta 2026", """
<h1>Oportunidades</h1>
<h2>Bolsa de Investigação — gestão de dados de investigação</h2>
<p>Uma bolsa para licenciado(a), 12 meses, valor mensal de 1 309,64 €, no gabinete de apoio à ciência aberta.</p>
<h2>Prémio Ciência Aberta 2026</h2>
<p>Distingue um projeto de ciência cidadã da Universidade; valor do prémio: 2 500 €.</p>
""")

s.page("info-pratica.html", "Informação prática — Semana da Ciência Aberta 2026", """
<h1>Informação prática</h1>
<p>Metro: estação Pólo Universitário, linha D; bilhete Andante Z2 por 1,45 €.</p>
<p>A cantina serve a refeição social a 2,75 €. O parque de estacionamento custa 1,20 € por hora.</p>
""")

EXPECTED = '''
  # University open-science week (Portugal). pt-PT site with an English page. "Entrada livre e
  # gratuita, mediante inscrição" (free); no financial support (a research "Bolsa" job and a prize are
  # not support); remote questions via Zoom chat; Friendly Captcha; "(obrigatório)" markers without
  # the required attribute; three session checkboxes; LGP at opening/closing, wheelchair; full
  # programme only as PDF; two uncaptioned recordings and one captioned video. Distractors: an APC of
  # 1.500 €, research-grant stipend, prize, metro, canteen, parking; "Free as in Freedom…",
  # "Custos ocultos…", "Language-agnostic metadata…" talk titles.
  - id: semana-ciencia-aberta-porto
    name: Semana da Ciência Aberta 2026
    start: index.html
    expected:
      languages: [en, pt]
      un_languages: [en]
      fees: []
      free_option: true
      fee_support: false
      remote_participation: true
      captcha: [friendlycaptcha]
      account_required: false
      registration_form: {fields: 10, required: 5, sensitive: [affiliation]}
      registration_host: null
      registration_pdf_only: false
      min_age: null
      accessibility_statement: true
      access_services: [sign_language, wheelchair_access]
      videos_without_captions: 2
      pdf_only_documents: true
    participation_pages: [index.html, inscricao.html, participacao-remota.html, acessibilidade.html, en/index.html]
    deliberate_404: []
    evidence:
      languages:
        - {page: index.html, quote: "a Biblioteca e os Serviços de Investigação da Universidade organizam uma semana de oficinas, conversas e sessões práticas"}
        - {page: en/index.html, quote: "the University Library and Research Office run a week of workshops, talks and hands-on sessions on open access"}
      un_languages:
        - {note: "en; pt is not a UN language"}
      fees:
        - {note: "no participation fee"}
        - {page: oradores.html, quote: "Uma taxa de processamento de artigos (APC) de 1.500 €", note: "article processing charge in a talk abstract: not a fee"}
        - {page: oportunidades.html, quote: "valor mensal de 1 309,64 €", note: "research-grant stipend: not a fee (also prize 2 500 €)"}
        - {page: info-pratica.html, quote: "A cantina serve a refeição social a 2,75 €.", note: "meal: not a fee (also metro 1,45 €, parking 1,20 €)"}
      free_option:
        - {page: index.html, quote: "Entrada livre e gratuita, mediante inscrição."}
        - {page: inscricao.html, quote: "A participação é gratuita."}
        - {page: en/index.html, quote: "Admission is free"}
      fee_support:
        - {note: "no waiver, grant or travel support for taking part"}
        - {page: oportunidades.html, quote: "Bolsa de Investigação — gestão de dados de investigação", note: "a research job funded by a 'bolsa': not support for taking part"}
      remote_participation:
        - {page: participacao-remota.html, quote: "Quem assiste à distância pode colocar perguntas no chat; o moderador lê-as em voz alta"}
      captcha:
        - {page: inscricao.html, markup: '<div class="frc-captcha" data-sitekey="FCMSCA2026EXAMPLEKEY"'}
      account_required:
        - {note: "a form; no account"}
      registration_form:
        - {page: inscricao.html, note: "nome, email, instituicao, vinculo (radio = 1), orcid, three session checkboxes, necessidades (textarea), rgpd (checkbox) = 10; '(obrigatório)' on nome, email, instituicao, vinculo, rgpd = 5. Sensitive: affiliation (instituição)."}
        - {page: inscricao.html, quote: "Instituição / unidade orgânica (obrigatório)"}
      registration_host:
        - {note: "form on the site"}
      registration_pdf_only:
        - {note: "online form"}
      min_age:
        - {note: "no age is mentioned"}
      accessibility_statement:
        - {page: acessibilidade.html, quote: "Se precisar de outro apoio, indique-o no formulário de inscrição ou escreva para acessibilidade@uplitoral.example.pt."}
      access_services:
        - {page: acessibilidade.html, quote: "As sessões de abertura e de encerramento têm interpretação em Língua Gestual Portuguesa (LGP).", note: "sign_language"}
        - {page: acessibilidade.html, quote: "lugares reservados para pessoas em cadeira de rodas", note: "wheelchair_access"}
      videos_without_captions:
        - {page: participacao-remota.html, markup: '<video controls preload="none" width="640" src="media/2025-sessao-dados-fair.mp4">'}
        - {page: participacao-remota.html, markup: '<video controls preload="none" width="640" src="media/2025-mesa-redonda.mp4">', note: "two recordings without a track; the invitation video on index.html has captions"}
      pdf_only_documents:
        - {page: index.html, markup: '<a href="docs/programa-sca-2026.pdf">Programa completo (PDF, 240 KB)</a>', note: "the full programme exists only as a PDF"}
'''
