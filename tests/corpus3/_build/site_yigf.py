"""Asia Pacific Youth IGF 2026, Kuala Lumpur (modelled on yIGF / APrIGF youth programme sites)."""
from lib import Site, css, nav

NAV_EN = [("index.html", "Home"), ("programme.html", "Programme"), ("apply.html", "Apply"), ("fellowship.html", "Fellowship"),
          ("remote-hubs.html", "Remote hubs"), ("access.html", "Access needs"), ("travel.html", "Travel &amp; stay"),
          ("faq.html", "FAQ")]
NAV_MS = [("ms/index.html", "Utama"), ("apply.html", "Mohon (EN)"), ("fellowship.html", "Fellowship (EN)")]
NAV_ZH = [("zh/index.html", "首页"), ("apply.html", "报名（英文）"), ("fellowship.html", "资助（英文）")]


def header(path, lang):
    items = {"ms": NAV_MS, "zh-Hans-MY": NAV_ZH}.get(lang, NAV_EN)
    return f"""<header class="top">
  <div class="bar">
    <a class="brand" href="@index.html"><img src="@img/logo.svg" alt="" width="44" height="44"> Asia Pacific Youth IGF 2026</a>
    <p class="langs"><a href="@index.html" hreflang="en" lang="en">English</a> <a href="@ms/index.html" hreflang="ms" lang="ms">Bahasa Melayu</a> <a href="@zh/index.html" hreflang="zh-Hans" lang="zh-Hans">中文</a></p>
  </div>
  {nav(items, path)}
</header>
<main>"""


def footer(path, lang):
    return """</main>
<footer class="foot"><div>
  <p>Asia Pacific Youth IGF organising committee · hosted by youth volunteers from across the region · youth@apyigf.example.asia</p>
  <p><a href="@access.html">Access needs</a> · <a href="@faq.html">FAQ</a></p>
</div></footer>"""


s = Site("ap-youth-igf-kl", name="Asia Pacific Youth IGF 2026", lang="en", css=css("#5e35b1"),
         logo_text="yIGF", colour="#5e35b1", header=header, footer=footer)
ALT = [("en", "index.html"), ("ms", "ms/index.html"), ("zh-Hans", "zh/index.html")]

s.page("index.html", "Asia Pacific Youth IGF 2026 · Kuala Lumpur · 24–25 August", """
<h1>Asia Pacific Youth Internet Governance Forum 2026</h1>
<p><strong>24–25 August 2026 · Kuala Lumpur, Malaysia · plus remote hubs across the region</strong></p>
<p>The Youth IGF is a forum run by young people for young people. Over two days, youth from the Asia-Pacific
  discuss connectivity, online safety, digital rights and the future of the internet, and take a joint youth
  statement to the regional IGF that follows.</p>
<ul>
  <li><a href="@apply.html">Apply to take part</a> by 15 June.</li>
  <li><a href="@fellowship.html">Youth fellowships</a> cover travel to Kuala Lumpur.</li>
  <li>Join from a <a href="@remote-hubs.html">remote hub</a> near you.</li>
  <li>Tell us about your <a href="@access.html">access needs</a>.</li>
</ul>
""", alternates=ALT)

s.page("apply.html", "Apply · Asia Pacific Youth IGF 2026", """
<h1>Apply to take part</h1>
<p>The Youth IGF is open to young people aged eighteen to thirty who live in the Asia-Pacific region. You don't
  need any previous experience of internet governance — curiosity is enough.</p>
<p>We do not charge participants anything: your seat, lunches and workshop materials are covered by our partners.
  You only need to get yourself to Kuala Lumpur (or to a remote hub) — and if that is the hard part, apply for a
  <a href="@fellowship.html">fellowship</a>.</p>
<p>Applications are made through our Google Form: <a class="button" href="https://forms.gle/ApYIGF2026KLapply">Apply now</a>.
  The form takes about 10 minutes. Applications close on 15 June; we reply to everyone by 10 July.</p>
""")

s.page("fellowship.html", "Fellowship · Asia Pacific Youth IGF 2026", """
<h1>Youth fellowship</h1>
<p>Around 40 fellowships are available for applicants from developing economies and Pacific small island states.
  A fellowship covers a return economy flight, four nights in shared accommodation near the venue and a daily
  stipend of RM 120 for meals and local transport.</p>
<p>Tick "I would like to apply for a fellowship" in the application form and answer the extra questions.</p>
""")

s.page("remote-hubs.html", "Remote hubs · Asia Pacific Youth IGF 2026", """
<h1>Remote hubs</h1>
<p>Can't come to KL? Remote hubs in Dhaka, Suva, Kathmandu and Manila are connected to every session. Hub
  participants take the floor through their hub moderator, vote on the youth statement and present in the
  closing session.</p>
<p>You can also join individually online: choose "remote" in the application form and you will receive a link
  that lets you speak in the breakout groups.</p>
""")

s.page("access.html", "Access needs · Asia Pacific Youth IGF 2026", """
<h1>Access needs</h1>
<p>We want everyone to be able to take part fully. If you have a disability or any other access need, tell us
  in the application form or email access@apyigf.example.asia, and we will work with you and the venue on what you need.</p>
<p>There is a prayer room and a quiet room at the venue.</p>
""")

s.page("faq.html", "FAQ · Asia Pacific Youth IGF 2026", """
<h1>FAQ</h1>
<h2>I am 31. Can I still apply?</h2>
<p>The forum is for people aged 18 to 30 on the first day of the event, but you are welcome at the regional IGF that follows.</p>
<h2>Do I need a visa for Malaysia?</h2>
<p>Many nationalities can enter visa-free for up to 30 days. We send invitation letters to accepted participants.</p>
<h2>Which language is the forum in?</h2>
<p>Sessions are in English. Breakout groups in Bahasa Melayu and Mandarin are organised on request.</p>
""")

s.page("programme.html", "Programme · Asia Pacific Youth IGF 2026", """
<h1>Programme</h1>
<ul>
  <li>Opening: Youth Voices in Internet Governance</li>
  <li>Language and Local Content: Who Builds the Web in Our Languages?</li>
  <li>Customary Law and Community Data in the Pacific</li>
  <li>Online Safety Without Surveillance</li>
  <li>Drafting the Youth Statement</li>
</ul>
""")

s.page("travel.html", "Travel & stay · Asia Pacific Youth IGF 2026", """
<h1>Travel and stay</h1>
<p>The venue is a 5-minute walk from KL Sentral. From KLIA, the KLIA Ekspres train costs RM 55 one way; a
  ride-hailing car costs about RM 80. Budget hostels near KL Sentral cost from RM 90 a night; the partner
  hotel offers rooms at RM 310 per night.</p>
""")

s.page("ms/index.html", "Forum Tadbir Urus Internet Belia Asia Pasifik 2026 · Kuala Lumpur", """
<h1>Forum Tadbir Urus Internet Belia Asia Pasifik 2026</h1>
<p><strong>24–25 Ogos 2026 · Kuala Lumpur, Malaysia · serta hab jarak jauh di seluruh rantau</strong></p>
<p>Youth IGF ialah forum yang dikendalikan oleh golongan muda untuk golongan muda. Selama dua hari, belia dari
  Asia Pasifik membincangkan ketersambungan, keselamatan dalam talian, hak digital dan masa depan internet.</p>
<p>Forum ini terbuka kepada belia berumur lapan belas hingga tiga puluh tahun yang tinggal di rantau Asia Pasifik.
  Penyertaan tidak dikenakan sebarang bayaran. Permohonan dibuat melalui Borang Google sebelum 15 Jun.</p>
<p>Fellowship disediakan untuk peserta dari ekonomi membangun dan negara pulau kecil Pasifik, meliputi tiket
  penerbangan, penginapan dan elaun harian. Anda juga boleh menyertai dari hab jarak jauh di Dhaka, Suva,
  Kathmandu dan Manila dan mengambil bahagian dalam perbincangan.</p>
""", lang="ms", alternates=ALT)

s.page("zh/index.html", "2026 亚太青年互联网治理论坛 · 吉隆坡", """
<h1>2026 亚太青年互联网治理论坛</h1>
<p><strong>2026年8月24日至25日 · 马来西亚吉隆坡 · 以及区域内各远程参会点</strong></p>
<p>青年互联网治理论坛由青年主办、为青年服务。两天里，来自亚太地区的青年将讨论网络连接、网络安全、数字权利和互联网的未来。</p>
<p>论坛面向居住在亚太地区、年龄在十八至三十岁之间的青年。参加论坛不收取任何费用。请在6月15日前通过谷歌表单报名。</p>
<p>来自发展中经济体和太平洋小岛屿国家的申请人可申请青年资助，资助涵盖往返机票、住宿和每日津贴。您也可以在达卡、苏瓦、加德满都和马尼拉的远程参会点参加讨论并发言。</p>
""", lang="zh-Hans-MY", alternates=ALT)
