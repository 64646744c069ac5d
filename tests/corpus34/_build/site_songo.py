from lib import *

NAV = [("index.html", "Início"), ("taxas.html", "Taxas"), ("inscricao.html", "Inscrição"), ("perguntas.html", "Perguntas"),
       ("acessibilidade.html", "Acessibilidade"), ("alojamento.html", "Alojamento"), ("mercado.html", "Preços do pescado"), ("patrocinadores.html", "Patrocinadores")]
s = mk("intercambio-conselhos-comunitarios-pesca-songo", "Intercâmbio dos Conselhos Comunitários de Pesca – Songo 2027", "pt-MZ",
       "#1f6f8b", "CCP", NAV,
       foot={"pt-MZ": "<p>Fórum das Pescas do Lago Cahora Bassa · Bairro Chinhenda, Songo, Tete · intercambio@forumpescas.example.co.mz</p>"})
placeholder_media(s, "media/kapenta.mp4")

s.page("index.html", "Intercâmbio dos Conselhos Comunitários de Pesca 2027", """
<h1>Intercâmbio dos Conselhos Comunitários de Pesca</h1>
<p>De 23 a 26 de agosto de 2027, os Conselhos Comunitários de Pesca (CCP) das margens do lago Cahora Bassa encontram-se no Songo com fiscais, pesquisadores e compradores de kapenta para trocar experiências sobre épocas de defeso, redes legais e acesso ao mercado.</p>
<p>Os CCP de Zumbo e Magoé participam por Zoom a partir das sedes distritais e intervêm nos debates como os presentes.</p>
""" + video("media/kapenta.mp4") + """
<section lang="ny">
<h2>M'Chichewa</h2>
<p>Msonkhano uwu ndi wa makomiti a usodzi a m'midzi ya m'mphepete mwa nyanja ya Cahora Bassa. Tidzakambirana za kusamalira nsomba, malamulo a usodzi ndi momwe tingagulitsire kapenta pa mtengo wabwino.</p>
<p>Mamembala a makomiti a usodzi salipira kanthu. Padzakhala omasulira pakati pa Chipwitikizi ndi Chichewa m'misonkhano yonse.</p>
</section>
<p><a href="@taxas.html">Taxas</a> · <a href="@inscricao.html">Inscrição</a></p>
""")

s.page("taxas.html", "Taxas", """
<h1>Taxas de inscrição</h1>
<table>
<tr><th>Categoria</th><th>MZN</th><th>ZAR</th></tr>
<tr><td>ONG, empresas e instituições</td><td>3.000,00 MT</td><td>R 850</td></tr>
<tr><td>Estudantes</td><td>800,00 MT</td><td>R 230</td></tr>
</table>
<p>Os membros dos Conselhos Comunitários de Pesca participam gratuitamente.</p>
<p>O transporte de barco dos CCP das margens do lago até ao Songo é pago pela organização.</p>
""")

s.page("inscricao.html", "Inscrição", """
<h1>Ficha de inscrição</h1>
<p>O intercâmbio é aberto a maiores de dezasseis anos.</p>
<form action="@inscricao.html" method="post">
""" + fld("nome", "Nome completo (preenchimento obrigatório)") + fld("bi", "Número do BI (preenchimento obrigatório)")
  + fld("tel", "Telefone (preenchimento obrigatório)", "tel") + fld("org", "CCP ou organização")
  + fld("distrito", "Distrito (preenchimento obrigatório)", "select", opts=["Cahora Bassa", "Magoé", "Zumbo", "Marávia", "Outro"])
  + radios("funcao", "Função", ["Pescador/a", "Fiscal comunitário", "Comerciante", "Técnico/a"])
  + radios("sexo", "Sexo", ["Feminino", "Masculino"])
  + fld("nasc", "Data de nascimento", "date")
  + fld("aceito", "Aceito as regras do intercâmbio", "checkbox", req=True) + """
<div class="frc-captcha" data-sitekey="FCMG-songo-example"></div>
<button type="submit">Enviar</button>
</form>
""")

s.page("perguntas.html", "Perguntas", """
<h1>Perguntas frequentes</h1>
<h2>Preciso de criar uma conta?</h2><p>Não, basta a ficha.</p>
<h2>Venho do Malawi. Como chego?</h2><p>O autocarro de Blantyre a Tete custa cerca de MK 25,000; de Tete ao Songo há chapas por 250,00 MT.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>A sala do centro comunitário tem rampa e casas de banho adaptadas a cadeiras de rodas.</p>
<p>Teremos intérpretes de Língua de Sinais Moçambicana e interpretação português–chichewa em todas as sessões.</p>
<p>Contacto para necessidades específicas: Celeste Banda, acesso@forumpescas.example.co.mz</p>
""")

s.page("alojamento.html", "Alojamento", """
<h1>Alojamento</h1>
<p>Pensão Lago Azul: 1.800,00 MT por noite. Aluguer de barco para visita à albufeira: 4.500,00 MT por dia.</p>
""")

s.page("mercado.html", "Preços do pescado", """
<h1>Preços do pescado</h1>
<p>Kapenta seca, Songo: 350,00 MT o quilo.</p>
""")

s.page("patrocinadores.html", "Patrocinadores", """
<h1>Patrocinadores</h1>
<p>Pacote de patrocínio: 75.000,00 MT.</p>
""")

ENTRY = entry(s, name="Community fisheries councils' exchange 2027 (Cahora Bassa lake fisheries forum, Songo, Mozambique)",
    languages=["pt", "ny"],
    fees=[(3000, "MZN"), (850, "ZAR"), (800, "MZN"), (230, "ZAR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(9, 5, ["id_document", "phone", "affiliation", "gender", "birth_date"]),
    min_age=16, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "taxas.html", "inscricao.html", "perguntas.html", "acessibilidade.html"],
    evidence={
        "languages": [Q("index.html", "os Conselhos Comunitários de Pesca (CCP) das margens do lago Cahora Bassa"),
                      M("index.html", '<section lang="ny">', "Chichewa section with lang"),
                      Q("index.html", "Mamembala a makomiti a usodzi salipira kanthu.")],
        "un_languages": [N("pt is not a UN language: empty")],
        "fees": [Q("taxas.html", "3.000,00 MT"), Q("taxas.html", "R 850", "same price in ZAR: own entry"),
                 Q("taxas.html", "800,00 MT", "students"), Q("taxas.html", "R 230", "students, ZAR"),
                 Q("perguntas.html", "MK 25,000", "bus (MWK) and chapa: not fees"),
                 Q("alojamento.html", "1.800,00 MT por noite", "pensão and boat hire: not fees"),
                 Q("mercado.html", "350,00 MT o quilo", "fish price: not a fee"), Q("patrocinadores.html", "75.000,00 MT", "sponsor: not a fee")],
        "free_option": [Q("taxas.html", "Os membros dos Conselhos Comunitários de Pesca participam gratuitamente.")],
        "fee_support": [Q("taxas.html", "O transporte de barco dos CCP das margens do lago até ao Songo é pago pela organização.")],
        "remote_participation": [Q("index.html", "participam por Zoom a partir das sedes distritais e intervêm nos debates")],
        "captcha": [M("inscricao.html", '<div class="frc-captcha"')],
        "account_required": [Q("perguntas.html", "Não, basta a ficha.")],
        "registration_form": [N("9 fields: name, BI, phone, CCP/organisation, district select, role radio, sex radio, birth date, consent checkbox; required: 4 marked (preenchimento obrigatório) + consent (required attr) = 5", "inscricao.html"),
                              Q("inscricao.html", "Número do BI (preenchimento obrigatório)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscricao.html", "O intercâmbio é aberto a maiores de dezasseis anos.")],
        "accessibility_statement": [Q("acessibilidade.html", "tem rampa e casas de banho adaptadas a cadeiras de rodas")],
        "access_services": [Q("acessibilidade.html", "tem rampa e casas de banho adaptadas a cadeiras de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "Teremos intérpretes de Língua de Sinais Moçambicana", "sign_language"),
                            Q("acessibilidade.html", "interpretação português–chichewa em todas as sessões", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/kapenta.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
