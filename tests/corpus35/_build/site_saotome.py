from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
S = "coloquio-professores-educacao-fisica-sao-tome"
NAV = [("index.html", "Colóquio"), ("custos.html", "Custos"), ("inscricao.html", "Inscrição"), ("transmissao.html", "Transmissão"),
       ("acessibilidade.html", "Acessibilidade"), ("english.html", "English"), ("viagem.html", "Viagem"), ("patrocinadores.html", "Patrocinadores")]
s = mk(S, "Colóquio de Professores de Educação Física, São Tomé", "pt-ST", "#c05a00", "CPEF", NAV,
       foot={"pt-ST": '<p>Associação de Professores de Educação Física de STP, Avenida Marginal, São Tomé — coloquio@apef.example.st</p>'})
placeholder_media(s, "media/abertura.mp4")
s.pdf("docs/programa-coloquio.pdf", "Coloquio de Professores de Educacao Fisica 2027 - programa\nDia 1: jogos tradicionais\nDia 2: avaliacao")
s.page("index.html", "Colóquio de Educação Física 2027", """
<h1>Colóquio Nacional de Professores de Educação Física 2027</h1>
<p>Dois dias no Pavilhão Gimnodesportivo de São Tomé para partilhar práticas de educação física nas escolas básicas e secundárias das duas ilhas: jogos tradicionais, inclusão de alunos com deficiência, avaliação e desporto escolar.</p>
<p lang="cri">Bwa dja, pofesolo!</p>
<ul>
<li><a href="@custos.html">Custos</a></li>
<li><a href="@inscricao.html">Inscrição</a></li>
<li><a href="@transmissao.html">Transmissão</a></li>
<li><a href="@acessibilidade.html">Acessibilidade</a></li>
<li><a href="@english.html">Information in English</a></li>
</ul>
<p>O programa completo só está disponível em PDF: <a href="@docs/programa-coloquio.pdf">programa (PDF)</a>.</p>
""" + video("media/abertura.mp4"))
s.page("custos.html", "Custos", """
<h1>Custos de inscrição</h1>
<ul>
<li>Professores: Db 750</li>
<li>Estudantes do ISP (futuros professores): Db 300</li>
<li>Clínica de voleibol de praia do colóquio (opcional): Db 200</li>
</ul>
<p>Não há inscrições gratuitas, nem para os palestrantes.</p>
""")
s.page("inscricao.html", "Inscrição", """
<h1>Inscrição</h1>
<p>A sessão «Jovens professores» é para docentes até 35 anos.</p>
<form action="@inscricao.html" method="post">
""" + fld("nome", "Nome completo (de preenchimento obrigatório)") + fld("bi", "Número do BI (de preenchimento obrigatório)") +
fld("nascimento", "Data de nascimento", "date") + fld("telefone", "Telefone (de preenchimento obrigatório)", "tel") +
fld("email", "E-mail (de preenchimento obrigatório)", "email") + fld("escola", "Escola onde lecciona") +
fld("numprof", "Número de professor") + radios("categoria", "Categoria", ["Professor", "Estudante do ISP"], req=True) +
fld("volei", "Quero a clínica de voleibol de praia", "checkbox") +
fld("distrito", "Distrito", "select", opts=["Água Grande", "Mé-Zóchi", "Cantagalo", "Lobata", "Lembá", "Caué", "Pagué (Príncipe)"]) + """
<div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-000000000002"></div>
<button type="submit">Inscrever-me</button>
</form>
""")
s.page("transmissao.html", "Transmissão", """
<h1>Transmissão</h1>
<p>A cerimónia de abertura será transmitida na página do Facebook da Associação, só para assistir.</p>
""")
s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O pavilhão tem rampa na entrada e casa de banho adaptada para cadeira de rodas.</p>
<p>Não há intérprete de língua gestual nesta edição.</p>
""")
s.page("english.html", "Information in English", """
<h1>Information for visiting coaches</h1>
<p>The national colloquium of physical education teachers takes place over two days at the São Tomé sports hall. Sessions are in Portuguese.</p>
<p>Registration costs STN 750 for teachers and STN 300 for students of the teacher-training institute. Register with the online form.</p>
""", lang="pt-ST")
s.page("viagem.html", "Viagem", """
<h1>Viagem e estadia</h1>
<p>Voo Lisboa–São Tomé: cerca de 700 € ida e volta.</p>
<p>Pensão perto do pavilhão: Db 900 por noite. Mototáxi no centro: Db 30.</p>
""")
s.page("patrocinadores.html", "Patrocinadores", """
<h1>Patrocinadores</h1>
<p>Patrocínio oficial do colóquio: Db 20 000.</p>
""")
ENTRY = entry(s, name="National colloquium of physical education teachers 2027 (PE teachers' association, São Tomé)",
    languages=["pt", "en"], fees=[(750, "STN"), (300, "STN"), (200, "STN")], free_option=False, fee_support=True,
    remote_participation=False, captcha=["hcaptcha"], account_required=False,
    registration_form=(10, 5, ["id_document", "birth_date", "phone", "affiliation"]), min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "custos.html", "inscricao.html", "transmissao.html", "acessibilidade.html", "english.html"],
    evidence={
        "languages": [Q("index.html", "Dois dias no Pavilhão Gimnodesportivo de São Tomé"),
                      M("english.html", '<html lang="pt-ST">', "English page declared pt-ST"),
                      Q("english.html", "The national colloquium of physical education teachers takes place over two days"),
                      M("index.html", '<p lang="cri">', "Forro greeting: not listable")],
        "un_languages": [N("en")],
        "fees": [Q("custos.html", "Professores: Db 750", "750 STN"),
                 Q("custos.html", "Estudantes do ISP (futuros professores): Db 300", "300 STN"),
                 Q("custos.html", "Clínica de voleibol de praia do colóquio (opcional): Db 200", "200 STN add-on"),
                 Q("english.html", "Registration costs STN 750 for teachers", "English restatement: no new entry"),
                 Q("viagem.html", "cerca de 700 €", "EUR flight, pension, moto-taxi: not fees"),
                 Q("patrocinadores.html", "Db 20 000", "sponsor: not a fee")],
        "free_option": [Q("custos.html", "Não há inscrições gratuitas, nem para os palestrantes.")],
        "fee_support": [Q("custos.html", "Estudantes do ISP (futuros professores): Db 300", "student-teacher rate below 750")],
        "remote_participation": [Q("transmissao.html", "será transmitida na página do Facebook da Associação, só para assistir", "watch only")],
        "captcha": [M("inscricao.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields: name, BI, birth date, phone, e-mail, school, teacher number (not ID), category radio, volleyball checkbox, district select; required: 4 marked (de preenchimento obrigatório) + radio (required attr) = 5", "inscricao.html"),
                              Q("inscricao.html", "Número do BI (de preenchimento obrigatório)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscricao.html", "A sessão «Jovens professores» é para docentes até 35 anos.", "a maximum, not a limit")],
        "accessibility_statement": [Q("acessibilidade.html", "O pavilhão tem rampa na entrada e casa de banho adaptada para cadeira de rodas.")],
        "access_services": [Q("acessibilidade.html", "O pavilhão tem rampa na entrada e casa de banho adaptada para cadeira de rodas.", "wheelchair_access"),
                            Q("acessibilidade.html", "Não há intérprete de língua gestual nesta edição.", "negated")],
        "videos_without_captions": [M("index.html", 'src="media/abertura.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "O programa completo só está disponível em PDF")],
    })
