"""Mozambican national digital-governance conference, Maputo. Portuguese (Mozambique) with an English page.
Fees in meticais ("2.500,00 MT") and USD; everyone pays, including speakers (free_option false); student rate;
a paid watch-only stream (fee, remote false); hCaptcha; BI/passport, photo; programme only as PDF; a 404;
exhibition, sponsor, hotel, visa, transfer and salary prices."""
from lib import mk, Q, M, N, entry

NAV = [("index.html", "Início"), ("programa.html", "Programa"), ("taxas.html", "Taxas"), ("inscricao.html", "Inscrição"),
       ("acessibilidade.html", "Acessibilidade"), ("expositores.html", "Expositores"), ("alojamento.html", "Alojamento e vistos"),
       ("vagas.html", "Vagas")]
NAV_EN = [("en/index.html", "Home"), ("taxas.html", "Fees (Portuguese)"), ("inscricao.html", "Registration (Portuguese)")]
s = mk("conferencia-governacao-digital-maputo", {"pt": "Conferência Nacional de Governação Digital",
                                                  "en": "National Digital Governance Conference"},
       "pt-MZ", "#047857", "CGD", {"pt-MZ": NAV, "en": NAV_EN},
       langs={"pt-MZ": [("en/index.html", "English")], "en": [("index.html", "Português")]},
       foot={"pt-MZ": "<p>Comissão Organizadora · Av. Julius Nyerere, Maputo · cngd@governacao-digital.example.co.mz</p>"},
       homes={"pt-MZ": "index.html", "en": "en/index.html"})

ABOUT = ("A Conferência reúne instituições do Estado, autarquias, sector privado, academia e sociedade civil para "
         "discutir a transformação digital da administração pública em Moçambique")
ALL_PAY = "Todos os participantes, incluindo oradores e moderadores, pagam a taxa de inscrição."
STREAM = "Acesso à transmissão online (apenas assistir, sem perguntas nem intervenções)"
WHEEL = ("O Centro Internacional de Conferências tem rampas, elevador e casas de banho adaptadas, e é acessível a "
         "utilizadores de cadeira de rodas.")
CONTACT = "Para necessidades específicas de acessibilidade contacte acessibilidade@governacao-digital.example.co.mz."
NOSIGN = "Nesta edição não haverá interpretação em língua de sinais."
PDF = "O programa está disponível apenas em PDF."
EN = ("The Conference brings together state institutions, municipalities, the private sector, academia and civil "
      "society to discuss the digital transformation of public administration in Mozambique.")

s.page("index.html", "Conferência Nacional de Governação Digital 2027 — Maputo", f"""
<h1>Conferência Nacional de Governação Digital 2027</h1>
<p class="note">Maputo, 7 e 8 de Outubro de 2027 — Centro Internacional de Conferências Joaquim Chissano</p>
<p>{ABOUT}.</p>
<p><a class="button" href="@inscricao.html">Inscreva-se</a> <a href="@taxas.html">Taxas de inscrição</a> ·
<a href="@programa.html">Programa</a> · <a href="@acessibilidade.html">Acessibilidade</a></p>
""")

s.page("taxas.html", "Taxas de inscrição — Conferência Nacional de Governação Digital", f"""
<h1>Taxas de inscrição</h1>
<table>
  <tr><th>Categoria</th><th>Valor</th></tr>
  <tr><td>Participantes nacionais</td><td>2.500,00 MT</td></tr>
  <tr><td>Estudantes (com cartão válido)</td><td>750,00 MT</td></tr>
  <tr><td>Participantes internacionais</td><td>USD 120</td></tr>
  <tr><td>{STREAM}</td><td>500,00 MT</td></tr>
</table>
<p>{ALL_PAY} A taxa inclui pasta, almoços e certificado.</p>
<p>Pagamento por M-Pesa, e-Mola ou transferência bancária. Câmbio de referência: 1 USD = 63,90 MT.</p>
""")

s.page("inscricao.html", "Inscrição — Conferência Nacional de Governação Digital", """
<h1>Ficha de inscrição</h1>
<p>Os campos assinalados com * são obrigatórios. Depois de submeter a ficha receberá os dados para pagamento.</p>
<form action="@inscricao.html" method="post">
  <label for="n">Nome *</label><input type="text" id="n" name="nome">
  <label for="a">Apelido *</label><input type="text" id="a" name="apelido">
  <label for="e">Correio electrónico</label><input type="email" id="e" name="email" required>
  <label for="t">Telefone (M-Pesa) *</label><input type="tel" id="t" name="telefone">
  <label for="bi">Nº do BI ou Passaporte (obrigatório)</label><input type="text" id="bi" name="documento">
  <label for="i">Instituição *</label><input type="text" id="i" name="instituicao">
  <label for="c">Cargo</label><input type="text" id="c" name="cargo">
  <label for="cat">Categoria</label>
  <select id="cat" name="categoria" required><option value="">—</option><option>Participante nacional</option>
  <option>Estudante</option><option>Participante internacional</option><option>Transmissão online</option></select>
  <label for="f">Fotografia tipo passe (para o crachá)</label><input type="file" id="f" name="foto" accept="image/*" required>
  <div class="check"><input type="checkbox" id="ok" name="consentimento" required><label for="ok">Declaro que os dados são verdadeiros</label></div>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
  <button type="submit">Submeter inscrição</button>
</form>
""")

s.page("acessibilidade.html", "Acessibilidade — Conferência Nacional de Governação Digital", f"""
<h1>Acessibilidade</h1>
<p>{WHEEL}</p>
<p>{NOSIGN}</p>
<p>{CONTACT}</p>
""")

s.pdf("docs/programa-cngd-2027.pdf", "Conferencia Nacional de Governacao Digital 2027\nPrograma\n7 de Outubro: Abertura")
s.page("programa.html", "Programa — Conferência Nacional de Governação Digital", f"""
<h1>Programa</h1>
<p>{PDF} <a href="@docs/programa-cngd-2027.pdf">Descarregar o programa (PDF, 350 KB)</a></p>
<p>Os resumos das sessões serão publicados na <a href="@programa-detalhado.html">página do programa detalhado</a>.</p>
""")

s.page("expositores.html", "Expositores — Conferência Nacional de Governação Digital", """
<h1>Expositores e patrocinadores</h1>
<ul><li>Stand de exposição (9 m²): 45.000,00 MT</li><li>Patrocínio Ouro: USD 10.000</li>
<li>Patrocínio Prata: 250.000,00 MT</li></ul>
""")

s.page("alojamento.html", "Alojamento e vistos — Conferência Nacional de Governação Digital", """
<h1>Alojamento, transporte e vistos</h1>
<p>Hotel parceiro: Hotel Marginal, USD 95 por noite (pequeno-almoço incluído).</p>
<p>Transfer do aeroporto: 1.500,00 MT por trajecto.</p>
<p>Visto de fronteira para participantes internacionais: USD 50, pago à chegada.</p>
""")

s.page("vagas.html", "Vagas — Conferência Nacional de Governação Digital", """
<h1>Vagas de emprego dos parceiros</h1>
<ul><li>Analista de Sistemas (Maputo) — salário: MZN 85.000/mês</li><li>Gestor de Projectos de Governo Electrónico — a combinar</li></ul>
""")

s.page("en/index.html", "National Digital Governance Conference 2027 — Maputo", f"""
<h1>National Digital Governance Conference 2027</h1>
<p>Maputo, 7–8 October 2027. {EN}</p>
<p>Registration fee: MZN 2,500 for national participants, MZN 750 for students, USD 120 for international participants;
watching the online stream costs MZN 500. Everyone pays the fee, including speakers.</p>
<p>Registration is in Portuguese: <a href="@inscricao.html">registration form</a>.</p>
""", lang="en", header_lang="en")

ENTRY = entry(
    s, name="Conferência Nacional de Governação Digital 2027 (Mozambican conference)",
    languages=["pt", "en"], fees=[(2500, "MZN"), (750, "MZN"), (500, "MZN"), (120, "USD")], free_option=False,
    fee_support=True, remote_participation=False, captcha=["hcaptcha"], account_required=False,
    registration_form=(10, 9, ["affiliation", "id_document", "phone", "photo"]), min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access"], videos_without_captions=0,
    pdf_only_documents=True,
    participation_pages=["index.html", "taxas.html", "inscricao.html", "acessibilidade.html", "programa.html",
                         "en/index.html"],
    deliberate_404=["programa-detalhado.html"],
    evidence={
        "languages": [Q("index.html", ABOUT), Q("en/index.html", EN)],
        "un_languages": [N("en only; pt is not a UN language")],
        "fees": [Q("taxas.html", "Participantes nacionais 2.500,00 MT"), Q("taxas.html", "Estudantes (com cartão válido) 750,00 MT"),
                 Q("taxas.html", "Participantes internacionais USD 120"),
                 Q("taxas.html", STREAM + " 500,00 MT", "paid watch-only stream: a fee"),
                 Q("taxas.html", "1 USD = 63,90 MT", "exchange rate, not a fee"),
                 Q("expositores.html", "Stand de exposição (9 m²): 45.000,00 MT", "exhibition, not a fee"),
                 Q("expositores.html", "Patrocínio Ouro: USD 10.000", "sponsorship, not a fee"),
                 Q("alojamento.html", "USD 95 por noite", "hotel, not a fee"),
                 Q("alojamento.html", "Visto de fronteira para participantes internacionais: USD 50", "visa, not a fee"),
                 Q("alojamento.html", "Transfer do aeroporto: 1.500,00 MT por trajecto.", "transport, not a fee"),
                 Q("vagas.html", "salário: MZN 85.000/mês", "salary, not a fee")],
        "free_option": [Q("taxas.html", ALL_PAY, "everyone pays; nothing free: false")],
        "fee_support": [Q("taxas.html", "Estudantes (com cartão válido) 750,00 MT", "reduced student rate below 2.500,00 MT")],
        "remote_participation": [Q("taxas.html", STREAM, "watch-only: false")],
        "captcha": [M("inscricao.html", '<div class="h-captcha" data-sitekey=')],
        "account_required": [N("no account")],
        "registration_form": [M("inscricao.html", '<label for="bi">Nº do BI ou Passaporte (obrigatório)</label>'),
                              N("10 fields: nome, apelido, email, telefone, BI/passaporte, instituição, cargo, categoria, "
                                "fotografia (file), consent. Required: all but cargo = 9 (nome, apelido, telefone, "
                                "instituição by '*', BI by '(obrigatório)', the rest by `required`). Sensitive: phone, "
                                "id_document, affiliation, photo.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form; only the programme is a PDF")],
        "min_age": [N("no age limit")],
        "accessibility_statement": [Q("acessibilidade.html", CONTACT), Q("acessibilidade.html", WHEEL)],
        "access_services": [Q("acessibilidade.html", WHEEL), Q("acessibilidade.html", NOSIGN, "negation: no sign language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programa.html", PDF)],
    })
