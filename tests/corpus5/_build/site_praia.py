"""OpenStreetMap-style community conference in Praia, Cabo Verde: Portuguese, English page, Spanish section."""
from lib import make, video, placeholder_media, vtt

NAV = {"pt": [("index.html", "Início"), ("programa.html", "Programa"), ("bilhetes.html", "Bilhetes"), ("bolsas.html", "Bolsas de viagem"),
              ("remoto.html", "Participar à distância"), ("acessibilidade.html", "Acessibilidade"), ("patrocinio.html", "Patrocínio"),
              ("viagem.html", "Viagem e alojamento"), ("en/index.html", "English")],
       "en": [("en/index.html", "Home"), ("bilhetes.html", "Tickets (Portuguese)"), ("index.html", "Português")]}
FOOT = {"pt": "<p>State of the Map Lusófono 2026 · Comunidade OSM Cabo Verde (fictícia) · ola@sotm-lusofono.example.cv</p>",
        "en": "<p>State of the Map Lusófono 2026 · ola@sotm-lusofono.example.cv</p>"}
s = make("state-of-the-map-lusofono-praia", name="State of the Map Lusófono 2026", lang="pt", colour="#7ebc6f", logo="OSM",
         navs=NAV, foot=FOOT, langs={"pt": [("en/index.html", "EN")], "en": [("index.html", "PT")]},
         skip={"pt": "Saltar para o conteúdo"}, homes={"en": "en/index.html"})
for m in ("media/sotm-2025-abertura.mp4", "media/sotm-2025-mapatona.mp4"):
    placeholder_media(s, m)
vtt(s, "media/sotm-2025-abertura.pt.vtt", "Bom dia a todas e a todos.")
vtt(s, "media/sotm-2025-mapatona.chapters.vtt", "Capítulo 1: abertura da mapatona")

s.page("index.html", "State of the Map Lusófono 2026 — Praia, Cabo Verde", """
<h1>State of the Map Lusófono 2026</h1>
<p>A conferência das comunidades OpenStreetMap dos países de língua portuguesa: 16 e 17 de maio, no campus do Palmarejo, na cidade da Praia, com apresentações, oficinas e uma mapatona pelas ruas do Plateau.</p>
<p>Mapeadores, urbanistas, equipas humanitárias e estudantes de Cabo Verde, Angola, Moçambique, Brasil, Portugal, Guiné-Bissau, São Tomé e Príncipe e Timor-Leste encontram-se para partilhar projetos e planear o próximo ano.</p>
<p><a class="button" href="@bilhetes.html">Bilhetes</a> <a href="@bolsas.html">Bolsas de viagem</a> · <a href="@remoto.html">Participar à distância</a> · <a href="@acessibilidade.html">Acessibilidade</a></p>
<h2>Abertura de 2025</h2>
""" + video("media/sotm-2025-abertura.mp4", track="media/sotm-2025-abertura.pt.vtt", track_lang="pt", label="Português") + """
<h2>Mapatona de 2025</h2>
""" + video("media/sotm-2025-mapatona.mp4", track="media/sotm-2025-mapatona.chapters.vtt", track_kind="chapters", track_lang="pt", label="Capítulos") + """
<section lang="es">
<h2>Para la comunidad hispanohablante</h2>
<p>Las comunidades OpenStreetMap de Guinea Ecuatorial y de América Latina también están invitadas. Las charlas son en portugués, con interpretación al inglés en las plenarias, y muchas personas del equipo hablan español.</p>
<p>Si quieres presentar tu proyecto a distancia o pedir una beca de viaje, escríbenos en español a ola@sotm-lusofono.example.cv y te responderemos en tu idioma.</p>
</section>
""")

s.page("bilhetes.html", "Bilhetes — State of the Map Lusófono 2026", """
<h1>Bilhetes</h1>
<table><caption>Bilhetes para os dois dias (preços em escudos cabo-verdianos)</caption>
<tr><th>Bilhete</th><th>Preço</th><th>Para quem</th></tr>
<tr><td>Comunitário — pague o que puder</td><td>1.000$00, 2.500$00 ou 5.000$00</td><td>Mapeadores e voluntários a título individual: escolha o valor que pode pagar; todos dão acesso ao mesmo</td></tr>
<tr><td>Institucional</td><td>15.000$00</td><td>Quem vem em nome de uma empresa, governo ou agência</td></tr>
<tr><td>Apoiante</td><td>30 000 CVE</td><td>Bilhete individual de quem quer ajudar a pagar as bolsas</td></tr>
<tr><td>Estudante cabo-verdiano</td><td>Gratuito</td><td>Com cartão de estudante válido</td></tr>
</table>
<p>Os bilhetes, incluindo o gratuito, reservam-se em <a href="https://lu.ma/sotm-lusofono-2026">lu.ma/sotm-lusofono-2026</a>. Não é preciso criar conta na Luma: basta o nome e o e-mail.</p>
<p>Não há idade mínima; menores de 14 anos vêm acompanhados por um adulto.</p>
""")

s.page("bolsas.html", "Bolsas de viagem — State of the Map Lusófono 2026", """
<h1>Bolsas de viagem</h1>
<p>Oferecemos 20 bolsas de viagem a mapeadores ativos de Angola, Moçambique, Guiné-Bissau, São Tomé e Príncipe e Timor-Leste. A bolsa paga a passagem aérea até à Praia e três noites de alojamento.</p>
<p>Candidaturas até 15 de fevereiro, com o seu nome de utilizador OSM, para bolsas@sotm-lusofono.example.cv.</p>
""")

s.page("remoto.html", "Participar à distância — State of the Map Lusófono 2026", """
<h1>Participar à distância</h1>
<p>Quem não puder viajar pode apresentar à distância: as apresentações remotas são feitas ao vivo por videochamada, projetadas no auditório, e a pessoa responde às perguntas da sala e do chat no fim.</p>
<p>As plenárias são transmitidas e quem assiste online pode enviar perguntas pelo chat, lidas pela moderação.</p>
""")

s.page("acessibilidade.html", "Acessibilidade — State of the Map Lusófono 2026", """
<h1>Acessibilidade</h1>
<ul>
  <li>O auditório e as salas de oficina do campus do Palmarejo são acessíveis a cadeiras de rodas, com rampa e elevador.</li>
  <li>Legendagem ao vivo em português nas plenárias, no ecrã e na transmissão.</li>
  <li>Interpretação simultânea português–inglês nas plenárias.</li>
  <li>Este ano não teremos intérpretes de língua gestual.</li>
</ul>
<p>Precisa de outra coisa para participar? Escreva para acesso@sotm-lusofono.example.cv.</p>
""")

s.page("en/index.html", "State of the Map Lusófono 2026 — in English", """
<h1>State of the Map Lusófono 2026</h1>
<p>The conference of the OpenStreetMap communities of Portuguese-speaking countries takes place on 16 and 17 May at the Palmarejo campus in Praia, Cabo Verde. Talks are mostly in Portuguese; plenaries have interpretation into English and live Portuguese captions.</p>
<p>Tickets are priced in Cabo Verde escudos, and students from Cabo Verde attend free of charge. Mappers from other Lusophone African countries and Timor-Leste can apply for a travel grant, and anyone can present remotely over a live video call.</p>
""", lang="en")

s.page("programa.html", "Programa — State of the Map Lusófono 2026", """
<h1>Programa</h1>
<ul>
  <li>Custom map styles with MapLibre (em inglês)</li>
  <li>Free and open geodata for disaster response</li>
  <li>Registo predial e OpenStreetMap na Praia</li>
  <li>Microbolsas de mapeamento: resultados de 2025</li>
  <li>Mapatona no Plateau</li>
</ul>
""")

s.page("patrocinio.html", "Patrocínio — State of the Map Lusófono 2026", """
<h1>Patrocínio</h1>
<table><tr><th>Nível</th><th>Contribuição</th></tr>
<tr><td>Ouro</td><td>5.000 €</td></tr>
<tr><td>Prata</td><td>250.000$00</td></tr>
<tr><td>Comunidade</td><td>50.000$00</td></tr>
</table>
<p>As microbolsas de mapeamento de 2026 têm o valor de 50.000$00 por projeto.</p>
""")

s.page("viagem.html", "Viagem e alojamento — State of the Map Lusófono 2026", """
<h1>Viagem e alojamento</h1>
<p>Voos Lisboa–Praia desde 420 €. Um táxi do aeroporto ao Plateau custa cerca de 600$00; o hiace (aluguer) custa 100$00.</p>
<p>Hotel Prainha: 8.500$00 por noite. Residencial Kaza: 4.200$00 por noite.</p>
<p>Câmbio fixo: 1 € = 110$265.</p>
""")

EXPECTED = '''
  # OpenStreetMap-style community conference (Praia, Cabo Verde). Portuguese, an English page and a
  # Spanish section. Cabo Verde escudos written "2.500$00" / "15.000$00" (the $ is the decimal sign)
  # and "30 000 CVE"; a pay-what-you-can ticket with three fixed amounts; an individual supporter ticket; free for Cabo Verdean students (one group);
  # travel grants; remote presenters; Luma (lu.ma) without account; live captions, interpretation,
  # wheelchair, sign language negated; "no minimum age"; one video with captions, one with only a
  # chapters track. Distractors: sponsorship in € and $00, mapping micro-grants, flights, taxi, hiace,
  # hotels, fixed exchange rate; talk titles "Custom map styles…", "Free and open geodata…",
  # "Registo predial…".
  - id: state-of-the-map-lusofono-praia
    name: State of the Map Lusófono 2026
    start: index.html
    expected:
      languages: [en, es, pt]
      un_languages: [en, es]
      fees:
        - {amount: 1000.0, currency: CVE}
        - {amount: 2500.0, currency: CVE}
        - {amount: 5000.0, currency: CVE}
        - {amount: 15000.0, currency: CVE}
        - {amount: 30000.0, currency: CVE}
      free_option: true
      fee_support: true
      remote_participation: true
      captcha: []
      account_required: false
      registration_form: null
      registration_host: lu.ma
      registration_pdf_only: false
      min_age: null
      accessibility_statement: true
      access_services: [captions, interpretation, wheelchair_access]
      videos_without_captions: 1
      pdf_only_documents: false
    participation_pages: [index.html, bilhetes.html, bolsas.html, remoto.html, acessibilidade.html, en/index.html]
    deliberate_404: []
    evidence:
      languages:
        - {page: index.html, quote: "A conferência das comunidades OpenStreetMap dos países de língua portuguesa"}
        - {page: en/index.html, quote: "The conference of the OpenStreetMap communities of Portuguese-speaking countries takes place on 16 and 17 May"}
        - {page: index.html, quote: "Las comunidades OpenStreetMap de Guinea Ecuatorial y de América Latina también están invitadas.", note: "Spanish section of two paragraphs"}
      un_languages:
        - {note: "en, es; pt is not a UN language"}
      fees:
        - {page: bilhetes.html, quote: "Comunitário — pague o que puder 1.000$00, 2.500$00 ou 5.000$00", note: "pay-what-you-can with three fixed choices, all prices of the same ticket; 2.500$00 = CVE 2500 (the $ is the escudo's decimal sign)"}
        - {page: bilhetes.html, quote: "Institucional 15.000$00"}
        - {page: bilhetes.html, quote: "Apoiante 30 000 CVE Bilhete individual de quem quer ajudar a pagar as bolsas", note: "individual supporter ticket: a fee"}
        - {page: patrocinio.html, quote: "Ouro 5.000 €", note: "sponsorship: not a fee (also 250.000$00, 50.000$00, micro-grants 50.000$00)"}
        - {page: viagem.html, quote: "Hotel Prainha: 8.500$00 por noite.", note: "hotel: not a fee (also flights 420 €, taxi 600$00, hiace 100$00, exchange rate)"}
      free_option:
        - {page: bilhetes.html, quote: "Estudante cabo-verdiano Gratuito Com cartão de estudante válido"}
        - {page: en/index.html, quote: "students from Cabo Verde attend free of charge"}
      fee_support:
        - {page: bolsas.html, quote: "Oferecemos 20 bolsas de viagem a mapeadores ativos"}
      remote_participation:
        - {page: remoto.html, quote: "as apresentações remotas são feitas ao vivo por videochamada, projetadas no auditório"}
      captcha:
        - {note: "no CAPTCHA"}
      account_required:
        - {page: bilhetes.html, quote: "Não é preciso criar conta na Luma: basta o nome e o e-mail."}
      registration_form:
        - {note: "no form on the site; tickets on Luma"}
      registration_host:
        - {page: bilhetes.html, markup: 'href="https://lu.ma/sotm-lusofono-2026"'}
      registration_pdf_only:
        - {note: "tickets online"}
      min_age:
        - {page: bilhetes.html, quote: "Não há idade mínima; menores de 14 anos vêm acompanhados por um adulto."}
      accessibility_statement:
        - {page: acessibilidade.html, quote: "Precisa de outra coisa para participar? Escreva para acesso@sotm-lusofono.example.cv."}
      access_services:
        - {page: acessibilidade.html, quote: "são acessíveis a cadeiras de rodas, com rampa e elevador", note: "wheelchair_access"}
        - {page: acessibilidade.html, quote: "Legendagem ao vivo em português nas plenárias", note: "captions"}
        - {page: acessibilidade.html, quote: "Interpretação simultânea português–inglês nas plenárias.", note: "interpretation"}
        - {page: acessibilidade.html, quote: "Este ano não teremos intérpretes de língua gestual.", note: "negated"}
      videos_without_captions:
        - {page: index.html, markup: '<track kind="captions" src="media/sotm-2025-abertura.pt.vtt"', note: "captioned"}
        - {page: index.html, markup: '<track kind="chapters" src="media/sotm-2025-mapatona.chapters.vtt"', note: "only a chapters track: counts as without captions"}
      pdf_only_documents:
        - {note: "no PDF"}
'''
