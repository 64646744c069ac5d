from lib import mk, Q, M, N, entry, video, placeholder_media
NAV = [("index.html", "Início"), ("inscricao.html", "Inscrição"), ("portal.html", "Portal do participante"), ("acessibilidade.html", "Acessibilidade"),
       ("programa.html", "Programa"), ("patrocinio.html", "Patrocínio"), ("viagem.html", "Viagem e vistos"), ("vagas.html", "Vagas"), ("en.html", "English")]
s = mk("forum-lusofono-economia-digital-luanda", "Fórum Lusófono de Economia Digital 2027", "pt-AO", "#b45309", "FLED", NAV,
       foot={"pt-AO": "<p>Secretariado: secretariado@fled-luanda.example.ao · Luanda</p>"})
placeholder_media(s, "media/abertura-2026.mp4")
s.page("index.html", "Fórum Lusófono de Economia Digital", f"""
<h1>Fórum Lusófono de Economia Digital 2027</h1>
<p>Luanda, 16 e 17 de junho de 2027, Centro de Convenções de Talatona. Reguladores, operadores, bancos e startups de Angola, Moçambique, Cabo Verde, Guiné-Bissau, São Tomé e Príncipe, Brasil, Portugal e Timor-Leste debatem pagamentos móveis, identidade digital e conectividade.</p>
{video("media/abertura-2026.mp4")}
""")
s.page("inscricao.html", "Inscrição e taxas", """
<h1>Inscrição e taxas de participação</h1>
<table><tr><th>Categoria</th><th>Taxa</th></tr>
<tr><td>Delegado residente em Angola</td><td>Kz 75.000,00</td></tr>
<tr><td>Estudante universitário</td><td>Kz 25.000,00</td></tr>
<tr><td>Delegado não residente</td><td>USD 150</td></tr></table>
<p>Não há entradas gratuitas: todos os participantes, incluindo oradores, pagam a taxa de inscrição.</p>
<p>O fórum é exclusivamente presencial. Só podem inscrever-se maiores de 18 anos.</p>
<p>A inscrição faz-se no <a href="@portal.html">Portal do participante</a>, com conta pessoal.</p>
""")
s.page("portal.html", "Portal do participante", """
<h1>Criar conta no Portal do participante</h1>
<p>Para se inscrever é obrigatório criar uma conta.</p>
<form action="@portal.html" method="post">
<input type="hidden" name="action" value="signup">
<label for="n">Nome completo *</label><input type="text" id="n" name="n" required>
<label for="e">E-mail *</label><input type="email" id="e" name="e" required>
<label for="p1">Palavra-passe *</label><input type="password" id="p1" name="p1" required>
<label for="p2">Confirmar palavra-passe *</label><input type="password" id="p2" name="p2" required>
<label for="bi">N.º do BI ou passaporte (obrigatório)</label><input type="text" id="bi" name="bi">
<label for="nac">Nacionalidade *</label><select id="nac" name="nac" required><option>Angolana</option><option>Moçambicana</option><option>Cabo-verdiana</option><option>Outra</option></select>
<label for="inst">Instituição *</label><input type="text" id="inst" name="inst">
<label for="tel">Telefone</label><input type="tel" id="tel" name="tel">
<label for="cat">Categoria *</label><select id="cat" name="cat" aria-required="true"><option>Residente</option><option>Estudante</option><option>Não residente</option></select>
<div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-000000000002"></div>
<button type="submit">Criar conta</button></form>
""")
s.page("acessibilidade.html", "Acessibilidade e idiomas", """
<h1>Idiomas</h1>
<p>As sessões plenárias têm interpretação simultânea português–inglês.</p>
""")
s.page("programa.html", "Programa", """
<h1>Programa</h1><ul><li>Taxas de interligação e preços de dados móveis</li><li>Registo de SIM e identidade digital</li></ul>
""")
s.page("patrocinio.html", "Patrocínio", """
<h1>Patrocínio</h1><p>Patrocinador diamante: Kz 15.000.000,00. Stand: Kz 1.200.000,00.</p>
""")
s.page("viagem.html", "Viagem e vistos", """
<h1>Viagem e vistos</h1><p>Hotel Talatona: Kz 95.000 por noite. Visto de curta duração: USD 120. Câmbio indicativo: 1 USD = 915 Kz.</p>
""")
s.page("vagas.html", "Vagas", """
<h1>Vagas</h1><p>Analista de pagamentos móveis — salário Kz 850.000 mensais.</p>
""")
s.page("en.html", "Lusophone Digital Economy Forum", """
<h1>Lusophone Digital Economy Forum 2027</h1>
<p>Luanda, 16–17 June 2027. Regulators, operators, banks and start-ups from the Portuguese-speaking countries discuss mobile payments, digital identity and connectivity.</p>
<p>Registration fees: AOA 75,000 for residents of Angola, AOA 25,000 for students, USD 150 for non-residents. There are no free passes. Participants must be over 18.</p>
""", lang="pt-AO")
ENTRY = entry(s, name="Fórum Lusófono de Economia Digital 2027 (Lusophone-Africa digital-economy forum, Luanda)",
    languages=["en", "pt"], fees=[(75000, "AOA"), (25000, "AOA"), (150, "USD")], free_option=False, fee_support=True,
    remote_participation=False, captcha=["hcaptcha"], account_required=True,
    registration_form=(9, 8, ["affiliation", "id_document", "nationality", "phone"]), min_age=18,
    accessibility_statement=False, access_services=["interpretation"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscricao.html", "portal.html", "acessibilidade.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "Reguladores, operadores, bancos e startups de Angola, Moçambique"),
                      Q("en.html", "Regulators, operators, banks and start-ups from the Portuguese-speaking countries", "English page with lang=pt-AO")],
        "un_languages": [N("en")],
        "fees": [Q("inscricao.html", "Delegado residente em Angola Kz 75.000,00"), Q("inscricao.html", "Estudante universitário Kz 25.000,00"),
                 Q("inscricao.html", "Delegado não residente USD 150"),
                 Q("patrocinio.html", "Stand: Kz 1.200.000,00.", "exhibition"), Q("viagem.html", "Hotel Talatona: Kz 95.000 por noite.", "hotel"),
                 Q("viagem.html", "Visto de curta duração: USD 120.", "visa"), Q("viagem.html", "Câmbio indicativo: 1 USD = 915 Kz.", "exchange rate"),
                 Q("vagas.html", "salário Kz 850.000 mensais", "salary"), Q("programa.html", "Taxas de interligação e preços de dados móveis", "session")],
        "free_option": [Q("inscricao.html", "Não há entradas gratuitas: todos os participantes, incluindo oradores, pagam a taxa de inscrição.")],
        "fee_support": [Q("inscricao.html", "Estudante universitário Kz 25.000,00", "reduced student rate")],
        "remote_participation": [Q("inscricao.html", "O fórum é exclusivamente presencial.")],
        "captcha": [M("portal.html", '<div class="h-captcha"')],
        "account_required": [Q("portal.html", "Para se inscrever é obrigatório criar uma conta.")],
        "registration_form": [N("9 fields: nome, e-mail, palavra-passe, confirmação, BI/passaporte, nacionalidade, instituição, telefone, categoria; hidden action not counted; required: all but telefone = 8 (BI by (obrigatório), instituição by *, categoria aria-required). Sensitive: id_document, nationality, affiliation, phone.", "portal.html")],
        "registration_host": [N("own portal")], "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("inscricao.html", "Só podem inscrever-se maiores de 18 anos.")],
        "accessibility_statement": [N("only interpretation is mentioned: not a statement", "acessibilidade.html")],
        "access_services": [Q("acessibilidade.html", "As sessões plenárias têm interpretação simultânea português–inglês.")],
        "videos_without_captions": [M("index.html", 'src="media/abertura-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
