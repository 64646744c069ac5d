"""Bissau (Guinea-Bissau) national consultation on a draft land law; pt-GW, French page declared lang="pt-GW", Kriol section."""
from lib import mk, video, placeholder_media, Q, M, N, entry

NAV = [("index.html", "Início"), ("sessoes.html", "Sessões regionais"), ("radio.html", "Participar pela rádio"),
       ("intervir.html", "Pedido de intervenção"), ("acessibilidade.html", "Acessibilidade"), ("noticias.html", "Notícias"),
       ("parceiros.html", "Parceiros"), ("fr/index.html", "Français")]
s = mk("consulta-nacional-lei-terra-bissau", "Consulta Nacional sobre a Lei da Terra", "pt-GW", "#8a5a00", "CLT",
       NAV, foot={"pt-GW": '<p>Comissão da Consulta Nacional (exemplo) — Bissau — <a href="mailto:consulta@leiterra.example.gw">consulta@leiterra.example.gw</a></p>'})
placeholder_media(s, "media/consulta.mp4")
s.pdf("docs/anteprojeto-lei-terra.pdf", "Anteprojeto de Lei da Terra\nCapitulo I: Disposicoes gerais\nCapitulo II: Direitos consuetudinarios das tabancas")
s.write("img/codigo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22" font-family="monospace">7kQ2m</text></svg>\n')

s.page("index.html", "Consulta Nacional sobre a Lei da Terra", f"""
<h1>Consulta Nacional sobre o Anteprojeto de Lei da Terra</h1>
<p>De março a maio de 2027 realizam-se sessões de consulta em todas as regiões do país e no Setor Autónomo de Bissau.</p>
<p>O anteprojeto de lei está disponível apenas em PDF: <a href="@docs/anteprojeto-lei-terra.pdf">anteprojeto-lei-terra.pdf</a>.</p>
<section lang="pov">
<p>Konsulta di lei di tera na tudu rejion. Bo pudi bin fala bu ideia na sesons ku na radiu.</p>
</section>
{video("media/consulta.mp4")}
<p><a href="@sessoes.html">Sessões regionais</a> · <a href="@radio.html">Participar pela rádio</a> · <a href="@intervir.html">Pedido de intervenção</a> · <a href="@acessibilidade.html">Acessibilidade</a> · <a href="@fr/index.html" hreflang="fr">Français</a></p>
""", alternates=[("fr", "fr/index.html")])

s.page("sessoes.html", "Sessões regionais", """
<h1>Sessões regionais</h1>
<p>As sessões regionais são abertas a todas as pessoas interessadas: agricultores, pescadores, mulheres das tabancas, régulos, associações e autoridades locais.</p>
<p>Podem intervir nas sessões pessoas a partir dos dezasseis anos.</p>
<p>O transporte dos representantes das tabancas até à sede da região é assegurado pela comissão.</p>
""")

s.page("radio.html", "Participar pela rádio", """
<h1>Participar pela rádio</h1>
<p>Cada sessão é transmitida pelas rádios comunitárias. Durante a transmissão, os ouvintes podem telefonar para o número 955 000 000 e intervir em directo; as intervenções ficam registadas na ata da sessão.</p>
""")

s.page("intervir.html", "Pedido de intervenção", """
<h1>Pedido de intervenção</h1>
<p>Quem quiser apresentar uma intervenção preparada numa sessão regional pode inscrever-se aqui.</p>
<form action="@intervir.html" method="post">
  <label for="nome">Nome (campo obrigatório)</label><input type="text" id="nome" name="nome">
  <label for="tel">Telefone (campo obrigatório)</label><input type="tel" id="tel" name="tel">
  <label for="regiao">Região (campo obrigatório)</label><select id="regiao" name="regiao"><option>Bafatá</option><option>Biombo</option><option>Bolama-Bijagós</option><option>Cacheu</option><option>Gabú</option><option>Oio</option><option>Quinara</option><option>Tombali</option><option>SAB</option></select>
  <label for="org">Organização ou associação</label><input type="text" id="org" name="org">
  <label for="tema">Tema da intervenção</label><select id="tema" name="tema"><option>Terras comunitárias</option><option>Mulheres e terra</option><option>Concessões</option></select>
  <label for="resumo">Resumo da intervenção (campo obrigatório)</label><textarea id="resumo" name="resumo"></textarea>
  <p><img src="@img/codigo.svg" alt="código de verificação" width="120" height="40"></p>
  <label for="codigo">Escreva o código de verificação (campo obrigatório)</label><input type="text" id="codigo" name="codigo">
  <button type="submit">Enviar pedido</button>
</form>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>As sessões realizam-se em salas térreas, acessíveis a cadeiras de rodas.</p>
<p>Há interpretação para crioulo, balanta e fula em todas as sessões.</p>
<p>Para outras necessidades, contacte a Sra. Fatumata Baldé: <a href="mailto:acesso@leiterra.example.gw">acesso@leiterra.example.gw</a>.</p>
""")

s.page("fr/index.html", "Consultation nationale sur la loi foncière", """
<h1>Consultation nationale sur l'avant-projet de loi foncière</h1>
<p>De mars à mai 2027, des séances de consultation ont lieu dans toutes les régions de Guinée-Bissau. Les organisations des pays voisins qui travaillent avec les communautés frontalières peuvent y assister.</p>
<p>Les séances sont retransmises par les radios communautaires et les auditeurs peuvent intervenir par téléphone. L'avant-projet n'existe qu'en portugais, au format PDF.</p>
""", lang="pt-GW", header_lang="pt-GW")

s.page("noticias.html", "Notícias", """
<h1>Notícias</h1>
<p>A sessão de Gabú reuniu mais de trezentas pessoas. Os facilitadores recebem um subsídio diário de 5 000 F CFA.</p>
""")

s.page("parceiros.html", "Parceiros", """
<h1>Parceiros</h1>
<p>A consulta conta com o apoio de organizações camponesas e de associações de mulheres. Candonga de Bissau a Bafatá: cerca de 1 500 F CFA.</p>
""")

ENTRY = entry(
    s, name="National consultation on the draft land law (consultation commission, Bissau, Guinea-Bissau)",
    languages=["pt", "fr"],
    fees=[],
    free_option=None, fee_support=True, remote_participation=True, captcha=["image"], account_required=False,
    registration_form=(7, 5, ["phone", "affiliation"]), registration_host=None, min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "sessoes.html", "radio.html", "intervir.html", "acessibilidade.html", "fr/index.html"],
    evidence={
        "languages": [Q("index.html", "De março a maio de 2027 realizam-se sessões de consulta em todas as regiões do país"),
                      Q("fr/index.html", "des séances de consultation ont lieu dans toutes les régions de Guinée-Bissau", "whole French page declared lang=\"pt-GW\": French"),
                      Q("index.html", "Konsulta di lei di tera na tudu rejion.", "Kriol (lang=pov): no ISO 639-1 code, not listed")],
        "un_languages": [N("fr")],
        "fees": [N("no price of taking part is stated"),
                 Q("noticias.html", "subsídio diário de 5 000 F CFA", "per diem: not a fee"),
                 Q("parceiros.html", "cerca de 1 500 F CFA", "transport fare: not a fee")],
        "free_option": [Q("sessoes.html", "As sessões regionais são abertas a todas as pessoas interessadas", "open to all, no word on cost: null")],
        "fee_support": [Q("sessoes.html", "O transporte dos representantes das tabancas até à sede da região é assegurado pela comissão.")],
        "remote_participation": [Q("radio.html", "os ouvintes podem telefonar para o número 955 000 000 e intervir em directo")],
        "captcha": [M("intervir.html", 'alt="código de verificação"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("intervir.html: 7 fields: name, phone, region select, organisation, topic select, summary "
                                "textarea, verification-code text box. Required ((campo obrigatório)): name, phone, region, "
                                "summary, code = 5. Sensitive: phone, affiliation (organisation).", "intervir.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("sessoes.html", "Podem intervir nas sessões pessoas a partir dos dezasseis anos.", "16 in words")],
        "accessibility_statement": [Q("acessibilidade.html", "Para outras necessidades, contacte a Sra. Fatumata Baldé")],
        "access_services": [Q("acessibilidade.html", "As sessões realizam-se em salas térreas, acessíveis a cadeiras de rodas."),
                            Q("acessibilidade.html", "Há interpretação para crioulo, balanta e fula em todas as sessões.")],
        "videos_without_captions": [M("index.html", 'src="media/consulta.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "O anteprojeto de lei está disponível apenas em PDF")],
    })
