"""Forum of young community mediators, a peacebuilding youth network, Bissau (pt-GW, fr section with lang, Kriol greeting)."""
from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Início"), ("programa.html", "Programa"), ("inscricao.html", "Inscrição"), ("transporte.html", "Transporte"),
       ("acessibilidade.html", "Acessibilidade"), ("parceiros.html", "Parceiros"), ("alojamento.html", "Alojamento"),
       ("noticias.html", "Notícias")]
FOOT = {"pt-GW": "<p>Rede de Jovens Mediadores para a Paz, Avenida Amílcar Cabral, Bissau. forum@mediadores.example.gw</p>"}
s = mk("forum-jovens-mediadores-comunitarios-bissau", "Fórum de Jovens Mediadores Comunitários 2027", "pt-GW", "#d4a017", "JM", NAV, foot=FOOT)

s.page("index.html", "Fórum de Jovens Mediadores Comunitários 2027", """
<h1>Fórum de Jovens Mediadores Comunitários</h1>
<p>Bon dia, mindjeris ku omis!</p>
<p>Nos dias 24 e 25 de maio de 2027, jovens que resolvem conflitos de terra, de família e entre vizinhos nas suas tabancas encontram-se em Bissau para trocar experiências, aprender técnicas de escuta e preparar uma rede nacional de mediadores.</p>
<p>A participação no fórum é gratuita para todos os jovens inscritos.</p>
<section lang="fr">
<h2>Pour nos invités du Sénégal et de Guinée</h2>
<p>Le forum des jeunes médiateurs communautaires se tient à Bissau les 24 et 25 mai 2027. Les jeunes médiateurs des pays voisins sont les bienvenus ; une interprétation entre le portugais et le français est assurée pendant les plénières.</p>
<p>La participation est gratuite ; l'inscription se fait sur la page en portugais.</p>
</section>
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul>
<li>Dia 1: conflitos de terra e de caju; oficina de escuta ativa.</li>
<li>Dia 2: mediação familiar; eleição da coordenação da rede.</li>
</ul>
<p>O fórum é presencial. Não há participação online nem transmissão das sessões.</p>
""")

form = ('<form action="@inscricao.html" method="post">'
        + fld("nome", "Nome completo (obrigatório)") + fld("bi", "Número do BI (obrigatório)")
        + fld("nascimento", "Data de nascimento (obrigatório)", "date")
        + radios("sexo", "Sexo", ["Feminino", "Masculino"])
        + fld("regiao", "Região", "select", True, ["SAB", "Bafatá", "Gabú", "Cacheu", "Oio", "Biombo", "Quinara", "Tombali", "Bolama-Bijagós"])
        + fld("telefone", "Telefone (obrigatório)", "tel") + fld("email", "E-mail", "email")
        + fld("associacao", "Associação ou grupo de jovens")
        + fld("oficina", "Quero participar na oficina de escuta ativa", "checkbox")
        + fld("necessidades", "Necessidades especiais", "textarea")
        + '<div class="h-captcha" data-sitekey="20000000-example-gw-forum"></div>'
        + '<button type="submit">Enviar inscrição</button></form>')
s.page("inscricao.html", "Inscrição", """
<h1>Inscrição</h1>
<p>O fórum é aberto a jovens mediadores dos 16 aos 30 anos, indicados pela sua associação ou comunidade.</p>
""" + form)

s.page("transporte.html", "Transporte", """
<h1>Transporte das regiões</h1>
<p>A organização paga o transporte de ida e volta dos participantes das regiões e das ilhas Bijagós, e oferece alojamento em Bissau durante as duas noites.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>A sala da Casa dos Direitos tem rampa de acesso e casa de banho adaptada para cadeira de rodas.</p>
<p>Não há intérprete de língua gestual neste fórum.</p>
<p>Há interpretação entre português e francês nas plenárias.</p>
<p>Para pedidos de apoio: acessibilidade@mediadores.example.gw</p>
""")

s.page("parceiros.html", "Parceiros", """
<h1>Parceiros</h1>
<p>Pacote de parceiro: 2.000.000 F CFA; mesa de exposição para ONG: 50.000 F CFA.</p>
""")

s.page("alojamento.html", "Alojamento", """
<h1>Alojamento e deslocações</h1>
<p>Pensão no centro de Bissau: 15.000 F CFA por noite. Toca-toca na cidade: 150 FCFA; barco para Bubaque: 5.000 F CFA.</p>
""")

s.page("noticias.html", "Notícias", """
<h1>Notícias</h1>
<p>Preço da castanha de caju fixado em 375 F CFA por quilo nesta campanha.</p>
<p>Prémio para a melhor história de mediação: 100.000 F CFA.</p>
""")

ENTRY = entry(
    s, name="Forum of young community mediators 2027 (youth peacebuilding network, Bissau, Guinea-Bissau)",
    languages=["pt", "fr"], fees=[],
    free_option=True, fee_support=True, remote_participation=False, captcha=["hcaptcha"], account_required=False,
    registration_form=(10, 5, ["id_document", "birth_date", "gender", "phone", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "programa.html", "inscricao.html", "transporte.html", "acessibilidade.html"],
    evidence={
        "languages": [Q("index.html", "jovens que resolvem conflitos de terra, de família e entre vizinhos nas suas tabancas"),
                      M("index.html", '<section lang="fr">', "French section with lang"),
                      Q("index.html", "Les jeunes médiateurs des pays voisins sont les bienvenus"),
                      Q("index.html", "Bon dia, mindjeris ku omis!", "Kriol greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("fr")],
        "fees": [Q("index.html", "A participação no fórum é gratuita para todos os jovens inscritos.", "free: fees []"),
                 Q("parceiros.html", "Pacote de parceiro: 2.000.000 F CFA", "partner and stand: not fees"),
                 Q("alojamento.html", "Pensão no centro de Bissau: 15.000 F CFA por noite.", "lodging, fares: not fees"),
                 Q("noticias.html", "Preço da castanha de caju fixado em 375 F CFA por quilo nesta campanha.", "produce price and prize: not fees")],
        "free_option": [Q("index.html", "A participação no fórum é gratuita para todos os jovens inscritos.")],
        "fee_support": [Q("transporte.html", "A organização paga o transporte de ida e volta dos participantes das regiões")],
        "remote_participation": [Q("programa.html", "Não há participação online nem transmissão das sessões.")],
        "captcha": [M("inscricao.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, BI, birth date, sex radio, region select, phone, e-mail, association, workshop checkbox, needs); required: 4 marked (obrigatório) + region select = 5; sensitive id_document, birth_date, gender, phone, affiliation", "inscricao.html"),
                              Q("inscricao.html", "Número do BI (obrigatório)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscricao.html", "O fórum é aberto a jovens mediadores dos 16 aos 30 anos")],
        "accessibility_statement": [Q("acessibilidade.html", "A sala da Casa dos Direitos tem rampa de acesso")],
        "access_services": [Q("acessibilidade.html", "tem rampa de acesso e casa de banho adaptada para cadeira de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "Não há intérprete de língua gestual neste fórum.", "sign language negated"),
                            Q("acessibilidade.html", "Há interpretação entre português e francês nas plenárias.", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF document")],
    })
