"""Civil-society digital inclusion summit, Dili (Timor-Leste): Portuguese, a Tetum section without lang (not
listable), an English page declared lang="pt-TL"; USD fees; Tally registration; Facebook stream to watch only."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Início"), ("inscricao.html", "Inscrição"), ("apoio.html", "Apoios"), ("transmissao.html", "Transmissão"),
       ("acessibilidade.html", "Acessibilidade"), ("en/index.html", "English"), ("doacoes.html", "Doações e patrocínios"),
       ("alojamento.html", "Alojamento")]
FOOT = {"pt-TL": "<p>Rede de Organizações da Sociedade Civil para a Inclusão Digital — Rua de Balide, Díli. cimeira@example.tl</p>"}
s = mk("cimeira-inclusao-digital-dili", "Cimeira da Sociedade Civil para a Inclusão Digital 2027", "pt-TL", "#be123c", "ID",
       NAV, foot=FOOT)
placeholder_media(s, "media/cimeira-2026.mp4")

s.page("index.html", "Cimeira da Sociedade Civil para a Inclusão Digital 2027", """
<h1>Cimeira da Sociedade Civil para a Inclusão Digital 2027</h1>
<p>Díli, 15 e 16 de agosto de 2027. A Rede de Organizações da Sociedade Civil para a Inclusão Digital reúne associações comunitárias, escolas, cooperativas e ativistas para discutir o acesso à internet nos municípios, a literacia digital e os serviços públicos em linha.</p>
<p>Veja a <a href="@inscricao.html">inscrição</a> e os <a href="@apoio.html">apoios</a>.</p>
""" + video("media/cimeira-2026.mp4") + """
<section>
<h2>Iha lian Tetun</h2>
<p>Sosiedade sivil nia enkontru kona-ba inkluzaun dijitál sei halo iha Díli, loron 15 no 16 fulan-Agostu 2027. Organizasaun komunitária, eskola, kooperativa no ativista sira bele mai partisipa no koalia kona-ba internet iha munisípiu sira.</p>
<p>Ba pergunta iha lian Tetun, haruka email ba cimeira@example.tl.</p>
</section>
""")

s.page("inscricao.html", "Inscrição", """
<h1>Inscrição</h1>
<p>Taxas de inscrição: organizações e instituições $40; estudantes $10.</p>
<p>A inscrição faz-se no formulário Tally: <a href="https://tally.so/r/cimeira-dili-2027">inscrever-me no Tally</a> — não é preciso criar conta.</p>
<p>Podem inscrever-se participantes a partir dos 16 anos.</p>
<h2>Dúvidas</h2>
<form action="@inscricao.html" method="post">
""" + "\n".join([
    fld("nome", "Nome"),
    fld("email", "Correio eletrónico", "email"),
    fld("pergunta", "A sua pergunta", "textarea"),
]) + """
<div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
<button type="submit">Enviar pergunta</button>
</form>
""")

s.page("apoio.html", "Apoios", """
<h1>Apoios</h1>
<p>Os voluntários comunitários das organizações da rede inscrevem-se gratuitamente.</p>
<p>Reembolsamos os bilhetes de autocarro dos participantes vindos dos municípios, mediante apresentação do bilhete.</p>
""")

s.page("transmissao.html", "Transmissão", """
<h1>Transmissão</h1>
<p>As sessões plenárias serão transmitidas no Facebook apenas para assistir; as perguntas fazem-se só na sala.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O centro de conferências tem rampa de acesso e casas de banho adaptadas.</p>
<p>Interpretação tétum–português nas sessões plenárias.</p>
<p>Haverá intérpretes de língua gestual timorense nas plenárias.</p>
""")

s.page("en/index.html", "Civil Society Summit for Digital Inclusion 2027", """
<h1>Civil Society Summit for Digital Inclusion 2027</h1>
<p>Dili, 15–16 August 2027. The Civil Society Network for Digital Inclusion brings together community associations, schools, cooperatives and activists to discuss internet access in the municipalities, digital literacy and online public services.</p>
<p>Registration fees: organisations and institutions US$40; students US$10. Community volunteers of member organisations register free of charge. Registration is on Tally; no account is needed.</p>
<p>The plenary sessions are streamed on Facebook for viewing only.</p>
""", lang="pt-TL")

s.page("doacoes.html", "Doações e patrocínios", """
<h1>Doações e patrocínios</h1>
<p>Doações a partir de $5 apoiam os reembolsos de transporte. Patrocínio institucional: $2.000.</p>
""")

s.page("alojamento.html", "Alojamento", """
<h1>Alojamento e transporte</h1>
<p>Hotéis a partir de $45 por noite; o microlet custa $0,25.</p>
<p>Voos Darwin–Díli a partir de US$ 390.</p>
<p><a href="@cimeira-2026.html">Relatório da cimeira de 2026</a></p>
""")

ENTRY = entry(
    s, name="Civil Society Summit for Digital Inclusion 2027 (Civil Society Network for Digital Inclusion, Dili, Timor-Leste)",
    languages=["pt", "en"],
    fees=[(40, "USD"), (10, "USD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["friendlycaptcha"], account_required=False,
    registration_form=None,
    registration_host="tally.so", registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscricao.html", "apoio.html", "transmissao.html", "acessibilidade.html", "en/index.html"],
    deliberate_404=["cimeira-2026.html"],
    evidence={
        "languages": [Q("index.html", "A Rede de Organizações da Sociedade Civil para a Inclusão Digital reúne associações comunitárias"),
                      M("en/index.html", '<html lang="pt-TL">', "whole page in English declared pt-TL: English"),
                      Q("index.html", "Sosiedade sivil nia enkontru kona-ba inkluzaun dijitál", "Tetum section: no ISO 639-1 code, not listable")],
        "un_languages": [N("en")],
        "fees": [Q("inscricao.html", "organizações e instituições $40; estudantes $10", "40 and 10 USD"),
                 Q("en/index.html", "US$40; students US$10", "restated: no new entry"),
                 Q("doacoes.html", "Doações a partir de $5", "donation: not a fee"),
                 Q("doacoes.html", "Patrocínio institucional: $2.000.", "sponsor: not a fee"),
                 Q("alojamento.html", "a partir de $45 por noite", "hotel: not a fee"),
                 Q("alojamento.html", "o microlet custa $0,25", "microlet: not a fee"),
                 Q("alojamento.html", "a partir de US$ 390", "flight: not a fee")],
        "free_option": [Q("apoio.html", "Os voluntários comunitários das organizações da rede inscrevem-se gratuitamente.")],
        "fee_support": [Q("apoio.html", "Reembolsamos os bilhetes de autocarro dos participantes vindos dos municípios"),
                        Q("inscricao.html", "estudantes $10", "student rate")],
        "remote_participation": [Q("transmissao.html", "As sessões plenárias serão transmitidas no Facebook apenas para assistir; as perguntas fazem-se só na sala.")],
        "captcha": [M("inscricao.html", '<div class="frc-captcha"', "on the question form")],
        "account_required": [Q("inscricao.html", "não é preciso criar conta")],
        "registration_form": [N("registration goes through Tally; the 3-field question form is not a registration form", "inscricao.html")],
        "registration_host": [M("inscricao.html", 'href="https://tally.so/r/cimeira-dili-2027"')],
        "registration_pdf_only": [N("Tally")],
        "min_age": [Q("inscricao.html", "Podem inscrever-se participantes a partir dos 16 anos.")],
        "accessibility_statement": [Q("acessibilidade.html", "O centro de conferências tem rampa de acesso e casas de banho adaptadas.")],
        "access_services": [Q("acessibilidade.html", "tem rampa de acesso", "wheelchair_access"),
                            Q("acessibilidade.html", "Interpretação tétum–português nas sessões plenárias.", "interpretation"),
                            Q("acessibilidade.html", "intérpretes de língua gestual timorense", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/cimeira-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
