from lib import mk, Q, M, N, entry, video, placeholder_media, vtt, fld, radios

NAV = [("index.html", "Início"), ("inscricao.html", "Inscrição"), ("apoios.html", "Transporte e substituição"),
       ("acessibilidade.html", "Acessibilidade"), ("transmissao.html", "Transmissão"), ("programa.html", "Programa"),
       ("alojamento.html", "Alojamento"), ("donativos.html", "Donativos")]
s = mk("jornadas-cuidadores-informais-evora", "Jornadas de Cuidadores Informais do Alentejo 2027", "pt-PT", "#5b2a86", "JCI", NAV,
       foot={"pt-PT": "<p>Associação de Cuidadores do Alentejo · Rua do Raimundo, Évora · jornadas@cuidadores.example.pt</p>"})
placeholder_media(s, "media/testemunhos.mp4")
vtt(s, "media/testemunhos-pt.vtt", "Cuido da minha mãe há sete anos")
placeholder_media(s, "media/jornadas2026.mp4")

s.page("index.html", "Jornadas de Cuidadores Informais do Alentejo 2027", f"""
<h1>Jornadas de Cuidadores Informais do Alentejo</h1>
<p>Dias 12 e 13 de junho de 2027, no Auditório do Colégio do Espírito Santo, em Évora. Dois dias para quem cuida de um familiar com dependência: partilhar experiências, conhecer os direitos do Estatuto do Cuidador Informal e conversar com técnicos de saúde e de ação social.</p>
<p>As inscrições estão abertas a cuidadores, familiares e profissionais. <a href="@inscricao.html">Inscreva-se</a> · <a href="@apoios.html">Transporte e substituição do cuidador</a> · <a href="@acessibilidade.html">Acessibilidade</a></p>
{video("media/testemunhos.mp4", track="media/testemunhos-pt.vtt", track_lang="pt", label="Português")}
<section lang="es">
<h2>En español</h2>
<p>Las Jornadas de Personas Cuidadoras del Alentejo se celebran en Évora los días 12 y 13 de junio de 2027. Son para quienes cuidan de un familiar dependiente, también desde Badajoz y Extremadura. Habrá transporte desde las parroquias rurales y un servicio que sustituye a la persona cuidadora en casa mientras asiste.</p>
</section>
""")

form = "\n".join([
    fld("c-nome", "Nome (obrigatório)", req=True),
    fld("c-tel", "Telefone (obrigatório)", "tel", req=True),
    fld("c-mail", "E-mail", "email"),
    fld("c-nasc", "Data de nascimento", "date"),
    fld("c-freg", "Freguesia de residência (obrigatório)", "select", req=True, opts=["Évora (cidade)", "Arraiolos", "Montemor-o-Novo", "Reguengos de Monsaraz", "Vendas Novas", "Outra"]),
    radios("c-cuida", "É cuidador(a) informal? (obrigatório)", ["Sim", "Não, sou familiar", "Sou profissional"], req=True),
    fld("c-transp", "Preciso de transporte a partir da minha freguesia", "checkbox"),
    fld("c-subst", "Preciso do serviço de substituição do cuidador", "checkbox"),
    fld("c-nif", "NIF (opcional, para a declaração de presença)"),
    fld("c-acess", "Necessidades de acessibilidade", "textarea"),
])
s.page("inscricao.html", "Inscrição", f"""
<h1>Inscrição</h1>
<p>Preencha o formulário até 31 de maio. Confirmamos a inscrição por telefone.</p>
<form action="@inscricao.html" method="post">
{form}
<button type="submit">Enviar inscrição</button>
</form>
""")

s.page("apoios.html", "Transporte e substituição", """
<h1>Transporte e substituição do cuidador</h1>
<p>Garantimos transporte gratuito a partir das freguesias rurais do distrito de Évora, com carrinhas adaptadas.</p>
<p>Para que possa vir, uma equipa de ajudantes familiares fica com a pessoa que cuida em sua casa durante as Jornadas (serviço de substituição gratuito, a pedir no formulário).</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O auditório é acessível em cadeira de rodas, com lugares reservados e casa de banho adaptada.</p>
<p>Todas as sessões têm interpretação em Língua Gestual Portuguesa e legendagem em tempo real no ecrã do auditório.</p>
<p>Há um espaço de acolhimento para crianças dos 3 aos 10 anos, com monitoras, durante as sessões.</p>
<p>Dúvidas: acessibilidade@cuidadores.example.pt ou 266 000 000.</p>
""")

s.page("transmissao.html", "Transmissão", f"""
<h1>Transmissão</h1>
<p>As sessões plenárias são transmitidas no YouTube, apenas para assistir; não é possível intervir à distância.</p>
<h2>Vídeo das Jornadas de 2026</h2>
{video("media/jornadas2026.mp4")}
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<ul><li>12 de junho, 10h00: O Estatuto do Cuidador Informal, cinco anos depois</li><li>12 de junho, 15h00: Cuidar e trabalhar</li><li>13 de junho, 10h00: Descanso do cuidador</li></ul>
""")

s.page("alojamento.html", "Alojamento", """
<h1>Alojamento e viagem</h1>
<p>Hotel parceiro no centro histórico: 65 € por noite. Comboio Lisboa–Évora: 12,50 €.</p>
""")

s.page("donativos.html", "Donativos", """
<h1>Donativos</h1>
<p>Um donativo de 20 € paga uma manhã de substituição para um cuidador. IBAN no recibo.</p>
""")

ENTRY = entry(s,
    name="Alentejo Informal Caregivers' Days 2027 (caregivers' association, Évora)",
    languages=["pt", "es"],
    fees=[],
    free_option=None, fee_support=True, remote_participation=False, captcha=[],
    account_required=False, registration_form=(10, 4, ["birth_date", "phone"]),
    registration_host=None, min_age=None, accessibility_statement=True,
    access_services=["captions", "childcare", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscricao.html", "apoios.html", "acessibilidade.html", "transmissao.html"],
    evidence={
        "languages": [Q("index.html", "Dois dias para quem cuida de um familiar com dependência"),
                      Q("index.html", "Las Jornadas de Personas Cuidadoras del Alentejo se celebran en Évora"),
                      M("index.html", '<section lang="es">')],
        "un_languages": [N("es")],
        "fees": [N("no price of taking part anywhere"),
                 Q("alojamento.html", "Hotel parceiro no centro histórico: 65 € por noite. Comboio Lisboa–Évora: 12,50 €.", "hotel and train: not fees"),
                 Q("donativos.html", "Um donativo de 20 € paga uma manhã de substituição", "donation: not a fee")],
        "free_option": [Q("index.html", "As inscrições estão abertas a cuidadores, familiares e profissionais.",
                          "nothing said about the cost of taking part: null; 'gratuito' qualifies transport and the stand-in service, not participation")],
        "fee_support": [Q("apoios.html", "Garantimos transporte gratuito a partir das freguesias rurais do distrito de Évora"),
                        Q("apoios.html", "serviço de substituição gratuito", "stand-in carer service: support")],
        "remote_participation": [Q("transmissao.html", "As sessões plenárias são transmitidas no YouTube, apenas para assistir; não é possível intervir à distância.")],
        "captcha": [N("no CAPTCHA on the form")],
        "account_required": [N("own form without password; no platform", "inscricao.html")],
        "registration_form": [N("inscricao.html: 10 fields: name, phone, e-mail, birth date, parish select, caregiver radio group, transport checkbox, stand-in service checkbox, NIF, access-needs textarea. Required (required attribute or '(obrigatório)'): name, phone, parish, caregiver = 4. Sensitive: phone, birth_date; the NIF (tax number) is not an id_document, the parish select is not sensitive.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("acessibilidade.html", "Há um espaço de acolhimento para crianças dos 3 aos 10 anos", "childcare ages: not a limit")],
        "accessibility_statement": [Q("acessibilidade.html", "O auditório é acessível em cadeira de rodas, com lugares reservados e casa de banho adaptada.")],
        "access_services": [Q("acessibilidade.html", "O auditório é acessível em cadeira de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "interpretação em Língua Gestual Portuguesa", "sign_language"),
                            Q("acessibilidade.html", "legendagem em tempo real no ecrã do auditório", "captions"),
                            Q("acessibilidade.html", "espaço de acolhimento para crianças dos 3 aos 10 anos, com monitoras", "childcare"),
                            Q("apoios.html", "uma equipa de ajudantes familiares fica com a pessoa que cuida em sua casa", "stand-in carer at home: not a listed service")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/testemunhos-pt.vtt"', "captioned"),
                                    M("transmissao.html", 'src="media/jornadas2026.mp4">', "no track: 1")],
        "pdf_only_documents": [N("no PDF; programme in HTML")],
    })
