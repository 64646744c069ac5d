"""Mathematics teachers' conference, Nampula (pt-MZ, Changana greeting: not listable)."""
from lib import *

NAV = [("index.html", "Início"), ("inscricao.html", "Inscrição e taxas"), ("formulario.html", "Formulário"),
       ("online.html", "Participação online"), ("acessibilidade.html", "Acessibilidade"), ("alojamento.html", "Alojamento e viagem"),
       ("patrocinio.html", "Patrocínio"), ("livraria.html", "Livraria")]
s = mk("conferencia-professores-matematica-nampula", "III Conferência Nacional de Professores de Matemática", "pt-MZ", "#b5541c", "CPM", NAV,
       foot={"pt-MZ": '<p>Associação Moçambicana de Professores de Matemática (fictícia) · Nampula · secretaria@ampm.example.mz</p>'})
placeholder_media(s, "media/fracoes-na-sala.mp4")

s.page("index.html", "III Conferência Nacional de Professores de Matemática — Nampula 2027", """
<h1>III Conferência Nacional de Professores de Matemática</h1>
<p>De 26 a 28 de Agosto de 2027, na Universidade Rovuma, em Nampula. Professores do ensino primário e secundário, formadores
dos IFP e estudantes de licenciatura partilham experiências sobre turmas numerosas, frações, geometria com materiais locais
e avaliação sem fotocópias.</p>
<p>Xewani! — saudação da delegação de Gaza, que vem pela primeira vez.</p>
<p><a href="@inscricao.html">Taxas</a> · <a href="@formulario.html">Inscrever-se</a> · <a href="@actas-2025.html">Actas da conferência de 2025</a></p>
""" + video("media/fracoes-na-sala.mp4") + """
""")

s.page("inscricao.html", "Inscrição e taxas — Conferência de Professores de Matemática", """
<h1>Inscrição e taxas</h1>
<ul>
  <li>Professores e formadores: 1.500,00 MT</li>
  <li>Estudantes de licenciatura em ensino de Matemática: 500 MT</li>
  <li>Oficina de GeoGebra no telemóvel (opcional, vagas limitadas): 750 MT</li>
</ul>
<p class="note">Não há inscrições gratuitas, nem para oradores.</p>
""")

s.page("formulario.html", "Formulário — Conferência de Professores de Matemática", """
<h1>Formulário de inscrição</h1>
<form action="@formulario.html" method="post">
""" + fld("nome", "Nome completo (obrigatório)") + fld("bi", "Número do BI (obrigatório)")
    + radios("sexo", "Sexo", ["Feminino", "Masculino"]) + fld("tel", "Telefone (obrigatório)", "tel") + fld("email", "E-mail", "email")
    + fld("escola", "Escola ou instituição (obrigatório)") + fld("prov", "Província", "select", opts=["Nampula", "Zambézia", "Cabo Delgado", "Niassa", "Outra"])
    + fld("nuit", "Número de funcionário (NUIT não é pedido)") + fld("cat", "Categoria", "select", opts=["Professor/a", "Formador/a", "Estudante"])
    + fld("geogebra", "Inscrever-me na oficina de GeoGebra", "checkbox") + """
<div class="h-captcha" data-sitekey="ampm-demo"></div>
<button type="submit">Enviar</button>
</form>
""")

s.page("online.html", "Participação online — Conferência de Professores de Matemática", """
<h1>Participação online</h1>
<p>Professores de distritos distantes podem apresentar a sua comunicação por Google Meet. A sala faz perguntas no fim e o
apresentador responde em directo.</p>
""")

s.page("acessibilidade.html", "Acessibilidade — Conferência de Professores de Matemática", """
<h1>Acessibilidade</h1>
<p>O auditório fica no rés-do-chão e tem rampa na entrada principal.</p>
<p>Haverá intérprete de língua de sinais moçambicana nas sessões plenárias. Não há legendagem em tempo real.</p>
""")

s.page("alojamento.html", "Alojamento e viagem — Conferência de Professores de Matemática", """
<h1>Alojamento e viagem</h1>
<p>Residencial perto da universidade: 3.500 MT por noite. Chapa do centro: 20 MT. Autocarro Joanesburgo–Nampula: cerca de R 1 200.</p>
""")

s.page("patrocinio.html", "Patrocínio — Conferência de Professores de Matemática", """
<h1>Patrocínio</h1>
<p>Patrocinador principal 150.000,00 MT; banca de editoras 8.000 MT.</p>
""")

s.page("livraria.html", "Livraria — Conferência de Professores de Matemática", """
<h1>Livraria</h1>
<p>Caderno de actividades de geometria: 350 MT. Kit de sólidos em madeira: 1.200 MT.</p>
""")

ENTRY = entry(s, name="National mathematics teachers' conference 2027 (teachers' association, Nampula, Mozambique)",
    languages=["pt"],
    fees=[(1500, "MZN"), (500, "MZN"), (750, "MZN")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(10, 4, ["id_document", "gender", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscricao.html", "formulario.html", "online.html", "acessibilidade.html"],
    deliberate_404=["actas-2025.html"],
    evidence={
        "languages": [Q("index.html", "Professores do ensino primário e secundário, formadores dos IFP e estudantes de licenciatura"),
                      Q("index.html", "Xewani! — saudação da delegação de Gaza", "Changana greeting: not content")],
        "un_languages": [N("none")],
        "fees": [Q("inscricao.html", "Professores e formadores: 1.500,00 MT"),
                 Q("inscricao.html", "Estudantes de licenciatura em ensino de Matemática: 500 MT"),
                 Q("inscricao.html", "Oficina de GeoGebra no telemóvel (opcional, vagas limitadas): 750 MT"),
                 Q("alojamento.html", "Residencial perto da universidade: 3.500 MT por noite.", "lodging, chapa, bus (ZAR): not fees"),
                 Q("patrocinio.html", "Patrocinador principal 150.000,00 MT", "sponsor: not a fee"),
                 Q("livraria.html", "Caderno de actividades de geometria: 350 MT.", "goods: not fees")],
        "free_option": [Q("inscricao.html", "Não há inscrições gratuitas, nem para oradores.")],
        "fee_support": [Q("inscricao.html", "Estudantes de licenciatura em ensino de Matemática: 500 MT", "student rate")],
        "remote_participation": [Q("online.html", "A sala faz perguntas no fim e o apresentador responde em directo.")],
        "captcha": [M("formulario.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, BI, sex radio, phone, e-mail, school, province select, staff number, category select, workshop checkbox); 4 marked (obrigatório); sensitive id_document, gender, phone, affiliation", "formulario.html"),
                              Q("formulario.html", "Número do BI (obrigatório)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("acessibilidade.html", "O auditório fica no rés-do-chão e tem rampa na entrada principal.")],
        "access_services": [Q("acessibilidade.html", "tem rampa na entrada principal", "wheelchair_access"),
                            Q("acessibilidade.html", "Haverá intérprete de língua de sinais moçambicana nas sessões plenárias.", "sign_language"),
                            Q("acessibilidade.html", "Não há legendagem em tempo real.", "negation")],
        "videos_without_captions": [M("index.html", 'src="media/fracoes-na-sala.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
