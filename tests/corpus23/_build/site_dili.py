from lib import *

NAV = [("index.html", "Início"), ("participar.html", "Como participar"), ("inscricao.html", "Inscrição das equipas"),
       ("regulamento.html", "Regulamento"), ("acessibilidade.html", "Acessibilidade"), ("premios.html", "Prémios"),
       ("patrocinadores.html", "Patrocinadores"), ("alojamento.html", "Alojamento")]
s = mk("feira-ciencia-juvenil-dili", "Feira de Ciência Juvenil de Díli 2027", "pt-TL", "#0b5394", "FC", NAV,
       foot={"pt-TL": "<p>Rede de Professores de Ciências de Timor-Leste · feira@ciencia-dili.example.tl</p>"})

s.page("index.html", "Feira de Ciência Juvenil de Díli 2027", """
<h1>Feira de Ciência Juvenil de Díli</h1>
<p>A quinta Feira de Ciência Juvenil decorre a 20 e 21 de Agosto de 2027 no pavilhão do Centro de Convenções de Díli.
Equipas de alunos das escolas básicas e secundárias apresentam projectos sobre água, energia, saúde e agricultura.</p>
<p>Leia <a href="@participar.html">como participar</a> e o <a href="@regulamento.html">regulamento</a>.</p>
<section lang="tet">
<h2>Iha lia-tetun</h2>
<p>Feira Siénsia Joventude nian halo iha loron 20 no 21 fulan-agostu 2027 iha Sentru Konvensaun Díli. Eskola hotu-hotu
bele haruka ekipa ida ho estudante na'in rua no profesór ida. Partisipasaun la selu.</p>
</section>
<section>
<h2>For visitors and partners</h2>
<p>The Dili Youth Science Fair brings school teams from every municipality of Timor-Leste to present projects on water,
energy, health and farming. Taking part is free for all schools, and the organisers pay transport for teams from
outside Dili. Visitors are welcome on both days.</p>
</section>
""")

s.page("participar.html", "Como participar", """
<h1>Como participar</h1>
<p>A participação é gratuita para todas as escolas, públicas e privadas.</p>
<p>A organização paga o transporte das equipas que vêm dos municípios e o alojamento numa escola de Díli.</p>
<p>Podem participar alunos dos 12 aos 18 anos, em equipas de dois, com um professor responsável.</p>
<p>Não há participação à distância: os projectos são apresentados no pavilhão.</p>
""")

s.page("inscricao.html", "Inscrição das equipas", f"""
<h1>Inscrição das equipas</h1>
<p>Os campos com (obrigatório) têm de ser preenchidos.</p>
<form action="@inscricao.html" method="post">
<fieldset><legend>Escola e professor</legend>
{fld("escola", "Nome da escola (obrigatório)")}
{fld("municipio", "Município (obrigatório)", "select", opts=["Díli", "Baucau", "Bobonaro", "Ermera", "Lautém", "Oecusse", "Outro"])}
{fld("professor", "Nome do professor (obrigatório)")}
{fld("telprof", "Telefone do professor (obrigatório)", "tel")}
{fld("emailprof", "E-mail do professor (obrigatório)", "email")}
</fieldset>
<fieldset><legend>Projecto</legend>
{fld("titulo", "Título do projecto (obrigatório)")}
{fld("area", "Área", "select", opts=["Água", "Energia", "Saúde", "Agricultura"])}
</fieldset>
<fieldset><legend>Alunos</legend>
{fld("aluno1", "Nome do aluno 1 (obrigatório)")}
{fld("nasc1", "Data de nascimento do aluno 1 (obrigatório)", "date")}
{fld("aluno2", "Nome do aluno 2")}
{fld("nasc2", "Data de nascimento do aluno 2", "date")}
</fieldset>
{fld("cartaz", "Cartaz do projecto (PDF ou imagem)", "file")}
{fld("autorizacao", "Os encarregados de educação autorizaram a participação (obrigatório)", "checkbox")}
<div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
<button type="submit">Inscrever a equipa</button>
</form>
""")

s.page("regulamento.html", "Regulamento", """
<h1>Regulamento</h1>
<p>Cada escola pode inscrever até três equipas. Os projectos são avaliados por um júri de professores universitários.</p>
<p>O cartaz deve ter no máximo 90 × 120 cm.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O pavilhão é térreo e acessível a cadeiras de rodas, com casas de banho adaptadas.</p>
<p>Alunos com necessidades específicas podem contactar a organização: acesso@ciencia-dili.example.tl.</p>
""")
s.page("premios.html", "Prémios", """
<h1>Prémios</h1><p>1.º lugar: $500 para a escola. 2.º lugar: $300. Prémio do público: $150.</p>
""")
s.page("patrocinadores.html", "Patrocinadores", """
<h1>Patrocinadores</h1><p>Patrocínio de um prémio: a partir de $1.000. Donativos para material de laboratório são bem-vindos.</p>
""")
s.page("alojamento.html", "Alojamento", """
<h1>Alojamento para visitantes</h1><p>Hotel na Avenida de Portugal: $45 por noite. Microlete na cidade: $0,25.</p>
""")

ENTRY = entry(s, name="Dili Youth Science Fair 2027 (science teachers' network, Dili)",
    languages=["pt", "en"], fees=[], free_option=True, fee_support=True, remote_participation=False,
    captcha=["friendlycaptcha"], account_required=False,
    registration_form=(13, 9, ["affiliation", "phone", "birth_date"]),
    min_age=12, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "participar.html", "inscricao.html", "regulamento.html", "acessibilidade.html"],
    evidence={
        "languages": [Q("index.html", "Equipas de alunos das escolas básicas e secundárias apresentam projectos"),
                      Q("index.html", "The Dili Youth Science Fair brings school teams from every municipality", "English section without lang"),
                      M("index.html", '<section lang="tet">', "Tetum section: Tetum has no ISO 639-1 code and cannot be listed")],
        "un_languages": [N("en")],
        "fees": [N("no price of taking part"),
                 Q("premios.html", "1.º lugar: $500 para a escola.", "prizes: not fees"),
                 Q("patrocinadores.html", "Patrocínio de um prémio: a partir de $1.000.", "sponsorship: not a fee"),
                 Q("alojamento.html", "Hotel na Avenida de Portugal: $45 por noite.", "hotel and microlet: not fees")],
        "free_option": [Q("participar.html", "A participação é gratuita para todas as escolas, públicas e privadas.")],
        "fee_support": [Q("participar.html", "A organização paga o transporte das equipas que vêm dos municípios")],
        "remote_participation": [Q("participar.html", "Não há participação à distância")],
        "captcha": [M("inscricao.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("team form, 13 fields (school, municipality select, teacher's name, phone, e-mail, project "
                                "title, area select, two pupils' names and birth dates, poster file, authorisation "
                                "checkbox); 9 marked (obrigatório); sensitive affiliation, phone, birth_date",
                                "inscricao.html"),
                              Q("inscricao.html", "Data de nascimento do aluno 1 (obrigatório)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("participar.html", "Podem participar alunos dos 12 aos 18 anos", "lower bound 12")],
        "accessibility_statement": [Q("acessibilidade.html", "O pavilhão é térreo e acessível a cadeiras de rodas")],
        "access_services": [Q("acessibilidade.html", "acessível a cadeiras de rodas", "wheelchair_access")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF; the rules are an HTML page")],
    })
