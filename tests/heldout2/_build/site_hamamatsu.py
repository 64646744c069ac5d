from lib import *

NAV = [("index.html", "Início"), ("ingressos.html", "Ingressos"), ("programa.html", "Programa"),
       ("transmissao.html", "Transmissão"), ("acessibilidade.html", "Acessibilidade"), ("patrocinio.html", "Patrocínio"),
       ("como-chegar.html", "Como chegar"), ("vagas.html", "Vagas")]
s = mk("forum-inclusao-digital-comunidade-brasileira-hamamatsu", "Fórum de Inclusão Digital da Comunidade Brasileira — Hamamatsu", "pt-BR",
       "#1b7f3b", "FI", NAV,
       foot={"pt-BR": "<p>Associação Brasil-Hamamatsu de Apoio às Famílias (associação fictícia) — forum@abhaf.example.jp</p>"})

s.page("index.html", "Fórum de Inclusão Digital — Hamamatsu 2027", """
<h1>Fórum de Inclusão Digital da Comunidade Brasileira</h1>
<p>No domingo, 24 de outubro de 2027, famílias brasileiras, professores, prefeitura e organizações de apoio a migrantes se reúnem no centro comunitário de Hamamatsu para debater acesso à internet, golpes online, proteção de dados das crianças e serviços públicos digitais em português.</p>
<p>Crianças e adolescentes até 15 anos entram gratuitamente.</p>
<p><a href="@ingressos.html">Ingressos</a> · <a href="@programa.html">Programa</a> · <a href="@palestrantes.html">Palestrantes</a></p>
<h2>Convite em vídeo</h2>
<video controls preload="none" width="640" src="@media/convite.mp4">
  <track kind="captions" src="@media/convite.pt.vtt" srclang="pt" label="Português" default>
</video>
<section lang="ja">
<h2>日本語のご案内</h2>
<p>浜松に暮らすブラジル人家族のためのデジタル・インクルージョン・フォーラムを2027年10月24日（日）に浜松市の市民センターで開催します。インターネットへのアクセス、ネット詐欺、子どもの個人情報の保護、ポルトガル語で使える行政のデジタルサービスについて話し合います。</p>
<p>参加費は一般1,500円、学生500円、保護者向けワークショップ1,000円です。15歳以下は無料です。チケットはPeatixで販売します。当日はポルトガル語と日本語の同時通訳があります。</p>
</section>
""")
placeholder_media(s, "media/convite.mp4")
vtt(s, "media/convite.pt.vtt", "Venha para o fórum")

s.page("ingressos.html", "Ingressos", """
<h1>Ingressos</h1>
<ul>
<li>Ingresso geral: ¥1.500 (1.500 ienes)</li>
<li>Estudantes (com carteirinha): ¥500</li>
<li>Oficina para pais sobre segurança digital (opcional, 14h): ¥1.000</li>
</ul>
<p>Crianças e adolescentes até 15 anos não pagam.</p>
<p>Os ingressos são vendidos pelo Peatix: <a href="https://peatix.com/event/forum-inclusao-digital-hamamatsu-2027">comprar no Peatix</a>. Para comprar é preciso criar uma conta Peatix (ou entrar com uma conta existente).</p>
""")

s.page("programa.html", "Programa", """
<h1>Programa</h1>
<p>O programa completo, com horários e salas, está disponível apenas em PDF.</p>
<p><a href="@docs/programa-forum-2027.pdf">Baixar o programa (PDF)</a></p>
<p>Destaque: oficina de programação para crianças de 8 a 12 anos, gratuita, com vagas limitadas (inscrição no local).</p>
<p>No estande da editora parceira estará à venda o livro "Família Conectada" por ¥1.300 (cerca de R$ 45).</p>
""")
s.pdf("docs/programa-forum-2027.pdf", "Programa do Forum de Inclusao Digital - Hamamatsu 2027\n10h abertura\n14h oficina para pais")

s.page("transmissao.html", "Transmissão", """
<h1>Transmissão ao vivo</h1>
<p>O fórum é apenas presencial. Haverá transmissão ao vivo pelo YouTube, apenas para assistir; não será possível enviar perguntas pela transmissão.</p>
""")

s.page("acessibilidade.html", "Acessibilidade", """
<h1>Acessibilidade</h1>
<p>O centro comunitário tem elevador e acesso para cadeiras de rodas em todos os andares.</p>
<p>Haverá interpretação simultânea português–japonês em todas as mesas.</p>
<p>Não há intérprete de língua de sinais nesta edição.</p>
<p>Espaço infantil com monitoras para crianças de 2 a 7 anos, durante todo o evento.</p>
<p>Dúvidas sobre acessibilidade: acesso@abhaf.example.jp</p>
""")

s.page("patrocinio.html", "Patrocínio", """
<h1>Patrocínio</h1>
<ul><li>Patrocinador principal: ¥300.000</li><li>Estande de empresa: ¥50.000</li></ul>
""")
s.page("como-chegar.html", "Como chegar", """
<h1>Como chegar</h1>
<p>Trem JR de Toyohashi a Hamamatsu: ¥680. Hotel perto da estação: a partir de ¥8.500 por noite.</p>
""")
s.page("vagas.html", "Vagas", """
<h1>Vagas</h1>
<p>Intérprete português–japonês para o dia do fórum: ¥1.800 por hora.</p>
""")

P = ["index.html", "ingressos.html", "programa.html", "transmissao.html", "acessibilidade.html"]
ENTRY = entry(s, name="Fórum de Inclusão Digital da Comunidade Brasileira — Hamamatsu", languages=["ja", "pt"],
    fees=[(1500, "JPY"), (500, "JPY"), (1000, "JPY")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[], account_required=True,
    registration_form=None, registration_host="peatix.com", min_age=8, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation", "childcare"], videos_without_captions=0,
    pdf_only_documents=True, participation_pages=P, deliberate_404=["palestrantes.html"],
    evidence={
        "languages": [Q("index.html", "famílias brasileiras, professores, prefeitura e organizações de apoio a migrantes"),
                      Q("index.html", "浜松に暮らすブラジル人家族のためのデジタル・インクルージョン・フォーラム", "Japanese section of two paragraphs with lang=ja")],
        "un_languages": [N("none: pt and ja are not UN languages")],
        "fees": [Q("ingressos.html", "Ingresso geral: ¥1.500 (1.500 ienes)", "JPY 1500 ('.' thousands separator)"),
                 Q("ingressos.html", "Estudantes (com carteirinha): ¥500"),
                 Q("ingressos.html", "Oficina para pais sobre segurança digital (opcional, 14h): ¥1.000"),
                 Q("index.html", "参加費は一般1,500円、学生500円、保護者向けワークショップ1,000円です。", "restated: no new entry"),
                 Q("programa.html", "por ¥1.300 (cerca de R$ 45)", "book sold: not a fee"),
                 Q("patrocinio.html", "Patrocinador principal: ¥300.000", "sponsor: not a fee"),
                 Q("como-chegar.html", "a partir de ¥8.500 por noite", "hotel: not a fee"),
                 Q("vagas.html", "¥1.800 por hora", "pay: not a fee")],
        "free_option": [Q("index.html", "Crianças e adolescentes até 15 anos entram gratuitamente.", "free for one group"),
                        Q("programa.html", "oficina de programação para crianças de 8 a 12 anos, gratuita")],
        "fee_support": [Q("ingressos.html", "Estudantes (com carteirinha): ¥500", "student rate")],
        "remote_participation": [Q("transmissao.html", "O fórum é apenas presencial. Haverá transmissão ao vivo pelo YouTube, apenas para assistir")],
        "captcha": [N("no CAPTCHA; tickets on Peatix")],
        "account_required": [Q("ingressos.html", "Para comprar é preciso criar uma conta Peatix")],
        "registration_form": [N("no own registration form (only the footer-less site; tickets on Peatix)")],
        "registration_host": [M("ingressos.html", 'href="https://peatix.com/event/forum-inclusao-digital-hamamatsu-2027"')],
        "registration_pdf_only": [N("platform")],
        "min_age": [Q("programa.html", "oficina de programação para crianças de 8 a 12 anos", "programme of the event: 8"),
                    Q("index.html", "Crianças e adolescentes até 15 anos entram gratuitamente.", "free group, not a limit")],
        "accessibility_statement": [Q("acessibilidade.html", "O centro comunitário tem elevador e acesso para cadeiras de rodas")],
        "access_services": [Q("acessibilidade.html", "O centro comunitário tem elevador e acesso para cadeiras de rodas", "wheelchair_access"),
                            Q("acessibilidade.html", "Haverá interpretação simultânea português–japonês", "interpretation"),
                            Q("acessibilidade.html", "Não há intérprete de língua de sinais nesta edição.", "negation"),
                            Q("acessibilidade.html", "Espaço infantil com monitoras", "childcare")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/convite.pt.vtt"')],
        "pdf_only_documents": [Q("programa.html", "O programa completo, com horários e salas, está disponível apenas em PDF.")],
    })
