"""Semana do Software Livre do Cerrado (Goiânia): a FISL/Python Brasil-style community conference.
Portuguese, with a substantial English section on the tickets page. "Livre" everywhere but nothing is
free: lots, meia-entrada, supporter ticket, paid workshop. Tickets on Sympla with a Sympla account.
Diversity grants give selected people free tickets (fee_support, not free_option)."""
from lib import Site, chrome, css, video, placeholder_media, vtt

NAV = [("index.html", "Início"), ("ingressos.html", "Ingressos"), ("bolsas.html", "Bolsas"),
       ("programacao.html", "Programação"), ("acessibilidade.html", "Acessibilidade"), ("hospedagem.html", "Hospedagem"),
       ("patrocinio.html", "Patrocínio"), ("vagas.html", "Vagas"), ("faq.html", "Perguntas frequentes")]
FOOT = {"pt-BR": '<p>Semana do Software Livre do Cerrado — Associação Cerrado Livre (fictícia), Goiânia/GO. '
                 '<a href="mailto:contato@sslc.example.org.br">contato@sslc.example.org.br</a></p>'}
H, F = chrome("Semana do Software Livre do Cerrado", {"pt-BR": NAV}, foot=FOOT, skip={"pt-BR": "Pular para o conteúdo"})
s = Site("semana-software-livre-cerrado", name="Semana do Software Livre do Cerrado 2026", lang="pt-BR",
         css=css("#3d7a1f"), logo_text="SSL", colour="#3d7a1f", header=H, footer=F)
placeholder_media(s, "media/abertura-2025.mp4")
vtt(s, "media/abertura-2025.pt.vtt", "Bom dia, Cerrado! Sejam bem-vindas e bem-vindos.")

s.page("index.html", "Semana do Software Livre do Cerrado 2026 – Goiânia, 6 a 8 de agosto", f"""
<h1>Semana do Software Livre do Cerrado 2026</h1>
<p>De 6 a 8 de agosto, no Centro de Convenções de Goiânia. Três dias de palestras, oficinas e
conversas sobre software livre, dados abertos e comunidades de tecnologia do Centro-Oeste.</p>
<p>Desde 2012 a Semana reúne estudantes, pessoas desenvolvedoras, servidoras públicas e quem mais
quiser entender por que a liberdade do software importa.</p>
<p><a class="button" href="@ingressos.html">Garanta seu ingresso</a></p>
<h2>Relembre a abertura de 2025</h2>
{video("media/abertura-2025.mp4", track="media/abertura-2025.pt.vtt", track_lang="pt", label="Português")}
""")

s.page("ingressos.html", "Ingressos – Semana do Software Livre do Cerrado 2026", """
<h1>Ingressos</h1>
<p>Os ingressos são vendidos pela Sympla. O ingresso dá acesso aos três dias de palestras, ao
coffee break e ao happy hour de encerramento.</p>
<table>
<caption>Valores dos ingressos</caption>
<tr><th>Ingresso</th><th>Valor</th></tr>
<tr><td>1º lote (até 30 de junho)</td><td>R$ 120,00</td></tr>
<tr><td>2º lote</td><td>R$ 160,00</td></tr>
<tr><td>Meia-entrada (estudantes, professores da rede pública e pessoas com deficiência)</td><td>R$ 60,00</td></tr>
<tr><td>Ingresso Apoiador — acesso aos três dias, camiseta e seu nome no site</td><td>R$ 300,00</td></tr>
<tr><td>Oficina de Rust para iniciantes (sábado de manhã, 20 vagas, vendida à parte)</td><td>R$ 40,00</td></tr>
</table>
<p><a class="button" href="https://www.sympla.com.br/evento/semana-do-software-livre-do-cerrado-2026/2750011">Comprar na Sympla</a></p>
<p>Para comprar é preciso entrar com uma conta Sympla; se você ainda não tem, o cadastro na Sympla é gratuito.</p>
<section lang="en">
<h2>For visitors from abroad</h2>
<p>Tickets are sold in Brazilian reais on Sympla, which accepts international credit cards. The first
batch costs BRL 120 and the second batch BRL 160; the supporter ticket is BRL 300. The reduced
meia-entrada price is defined by Brazilian law and needs a Brazilian student or teacher ID.</p>
<p>Most talks are in Portuguese. A handful of talks by international speakers are in English or
Spanish; they are marked in the programme. If you have questions before buying, write to us in English
at contato@sslc.example.org.br.</p>
</section>
""")

s.page("bolsas.html", "Bolsas de diversidade – Semana do Software Livre do Cerrado 2026", """
<h1>Bolsas de diversidade</h1>
<p>Queremos uma Semana mais parecida com o Brasil. Por isso oferecemos 40 bolsas para mulheres,
pessoas negras, indígenas, LGBTQIA+ e pessoas com deficiência.</p>
<ul>
<li>A bolsa inclui um ingresso do 2º lote sem custo, enviado pela Sympla.</li>
<li>Para quem mora a mais de 100 km de Goiânia, há também um auxílio-viagem de até R$ 400,00.</li>
</ul>
<p>Inscrições para as bolsas até 31 de maio, pelo e-mail bolsas@sslc.example.org.br. A seleção é feita
pela comissão de diversidade.</p>
""")

s.page("acessibilidade.html", "Acessibilidade – Semana do Software Livre do Cerrado 2026", """
<h1>Acessibilidade</h1>
<p>Se você precisa de algum recurso para participar, conte para a gente pelo e-mail
acessibilidade@sslc.example.org.br até 15 de julho.</p>
<ul>
<li>Intérpretes de Libras em todas as palestras do auditório principal.</li>
<li>O Centro de Convenções tem rampas, elevador e banheiros acessíveis; as salas recebem pessoas em cadeira de rodas.</li>
<li>Audiodescrição na cerimônia de abertura.</li>
</ul>
""")

s.page("faq.html", "Perguntas frequentes – Semana do Software Livre do Cerrado 2026", """
<h1>Perguntas frequentes</h1>
<h2>Existe idade mínima?</h2>
<p>Não. A classificação indicativa do evento é livre; menores de 14 anos devem vir com uma pessoa responsável.</p>
<h2>Vai ter transmissão?</h2>
<p>A Semana é 100% presencial. As palestras do auditório principal são gravadas e publicadas depois no nosso canal de vídeos.</p>
<h2>Preciso de conta na Sympla?</h2>
<p>Sim, a Sympla pede login para finalizar a compra. Na hora do pagamento ela também pode mostrar uma verificação reCAPTCHA.</p>
<h2>Posso transferir meu ingresso?</h2>
<p>Pode, até 48 horas antes do evento, pela própria Sympla.</p>
""")

s.page("programacao.html", "Programação – Semana do Software Livre do Cerrado 2026", """
<h1>Programação</h1>
<ul>
<li>Quinta, 10h — <a href="@palestras/componentes-custom.html">Componentes Custom no Flutter sem dor de cabeça</a></li>
<li>Quinta, 14h — <a href="@palestras/free-software-estado.html">Free Software e o Estado brasileiro: 20 anos de migrações</a></li>
<li>Sexta, 9h — Language Server Protocol para quem escreve ferramentas (palestra em inglês)</li>
<li>Sexta, 15h — Custos ocultos da nuvem para prefeituras pequenas</li>
<li>Sábado, 9h — Oficina de Rust para iniciantes</li>
</ul>
""")

s.page("palestras/componentes-custom.html", "Componentes Custom no Flutter – SSLC 2026", """
<h1>Componentes Custom no Flutter sem dor de cabeça</h1>
<p>Como criar widgets customizados reutilizáveis, testáveis e acessíveis. Palestra de nível intermediário.</p>
""")

s.page("palestras/free-software-estado.html", "Free Software e o Estado brasileiro – SSLC 2026", """
<h1>Free Software e o Estado brasileiro: 20 anos de migrações</h1>
<p>Um balanço das migrações para software livre em órgãos públicos federais e estaduais, do
entusiasmo dos anos 2000 às contratações em nuvem de hoje.</p>
""")

s.page("hospedagem.html", "Hospedagem – Semana do Software Livre do Cerrado 2026", """
<h1>Hospedagem e como chegar</h1>
<ul>
<li>Hotel Parque Cerrado (parceiro): diária a partir de R$ 289,00 com café da manhã.</li>
<li>Hostel Vila Boa: R$ 85,00 por pessoa em quarto compartilhado.</li>
</ul>
<p>Do aeroporto ao Centro de Convenções, uma corrida de aplicativo custa cerca de R$ 35. A passagem de ônibus urbano custa R$ 4,30.</p>
""")

s.page("patrocinio.html", "Patrocínio – Semana do Software Livre do Cerrado 2026", """
<h1>Seja patrocinador</h1>
<table>
<tr><th>Cota</th><th>Investimento</th><th>Contrapartidas</th></tr>
<tr><td>Ouro</td><td>R$ 25.000</td><td>Estande, logo no palco e 5 ingressos cortesia</td></tr>
<tr><td>Prata</td><td>R$ 12.000</td><td>Logo no site e 2 ingressos cortesia</td></tr>
<tr><td>Apoio</td><td>R$ 4.000</td><td>Logo no site</td></tr>
</table>
""")

s.page("vagas.html", "Vagas – Semana do Software Livre do Cerrado 2026", """
<h1>Mural de vagas</h1>
<ul>
<li>Pessoa desenvolvedora Python pleno — CLT, R$ 9.000 a R$ 14.000, híbrido em Goiânia.</li>
<li>Estágio em infraestrutura — bolsa de R$ 1.800 por mês.</li>
</ul>
""")
