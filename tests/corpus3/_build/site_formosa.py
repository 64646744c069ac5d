"""Formosa Open Web Summit 2026, Taipei (modelled on COSCUP / PyCon TW / g0v summit sites)."""
from lib import Site, css, nav, video, placeholder_media, vtt

NAV_EN = [("index.html", "Home"), ("talks.html", "Talks"), ("tickets.html", "Tickets"),
          ("financial-aid.html", "Financial Aid"), ("online.html", "Join Online"),
          ("accessibility.html", "Accessibility"), ("faq.html", "FAQ"), ("venue.html", "Venue &amp; Hotels"),
          ("sponsors.html", "Sponsors"), ("jobs.html", "Job Fair")]
NAV_ZH = [("zh-tw/index.html", "首頁"), ("zh-tw/tickets.html", "票務資訊"), ("talks.html", "議程（英文）"),
          ("financial-aid.html", "財務補助（英文）"), ("accessibility.html", "無障礙（英文）")]


def header(path, lang):
    if lang.startswith("zh"):
        switch = '<a href="@index.html" hreflang="en" lang="en">English</a>'
        items = NAV_ZH
        label = "主選單"
    else:
        switch = '<a href="@zh-tw/index.html" hreflang="zh-Hant-TW" lang="zh-Hant-TW">中文</a>'
        items = NAV_EN
        label = "Main"
    return f"""<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <div class="bar">
    <a class="brand" href="@index.html"><img src="@img/logo.svg" alt="" width="40" height="40"> Formosa Open Web Summit 2026</a>
    <p class="langs">{switch}</p>
  </div>
  {nav(items, path, label=label)}
</header>
<main id="main">"""


def footer(path, lang):
    if lang.startswith("zh"):
        return """</main>
<footer class="foot"><div>
  <p>福爾摩沙開放網路高峰會籌備團隊 · 臺北市南港區經貿二路 1 號 · contact@fows.example.tw</p>
  <p><a href="@zh-tw/index.html">首頁</a> · <a href="@coc.html">行為準則</a> · © 2026 FOWS</p>
</div></footer>"""
    return """</main>
<footer class="foot"><div>
  <p>Formosa Open Web Summit organising team · Hall 4, Taipei Nangang Exhibition Center, No. 1 Jingmao 2nd Rd, Nangang District, Taipei 115 · contact@fows.example.tw</p>
  <p><a href="@coc.html">Code of Conduct</a> · <a href="@about.html">About</a> · <a href="@faq.html">FAQ</a> · © 2026 FOWS · Content licensed CC BY-SA 4.0</p>
</div></footer>"""


s = Site("formosa-open-web-summit", name="Formosa Open Web Summit 2026", lang="en",
         css=css("#7a2e8e"), logo_text="FW", colour="#7a2e8e", header=header, footer=footer)
ALT = [("en", "index.html"), ("zh-Hant-TW", "zh-tw/index.html")]
placeholder_media(s, "media/fows-2025-recap.mp4")
vtt(s, "media/fows-2025-recap.en.vtt", "[upbeat music] Welcome to the Formosa Open Web Summit.")

s.page("index.html", "Formosa Open Web Summit 2026 · Taipei · 8–9 August", f"""
<h1>Formosa Open Web Summit 2026</h1>
<p><strong>8–9 August 2026 · Taipei Nangang Exhibition Center, Hall 4 · and online</strong></p>
<p>FOWS is a two-day, community-run conference about the open web: web standards, open source, civic tech
  and the people who build them. Since our first meetup in 2014 we have grown into a gathering of more than
  2,000 developers, designers, researchers and activists from across Asia.</p>
<p>Talks run in four tracks (R0–R3) in Mandarin and English. Keynotes are in English with Mandarin interpretation.</p>
<h2>Join us</h2>
<ul>
  <li><a href="@tickets.html">Get your ticket</a> — early bird sale ends 31 May 2026.</li>
  <li>Can't make it to Taipei? <a href="@online.html">Join online</a> with an Online Pass.</li>
  <li>Need help with the cost of attending? <a href="@financial-aid.html">Apply for financial aid</a> by 15 May.</li>
  <li>Read about <a href="@accessibility.html">accessibility at FOWS</a> and the <a href="@faq.html">FAQ</a>.</li>
</ul>
<h2>FOWS 2025 in 90 seconds</h2>
{video("media/fows-2025-recap.mp4", track="media/fows-2025-recap.en.vtt", label="English")}
<h2>Thank you, sponsors</h2>
<p>FOWS is possible because of our sponsors. <a href="@sponsors.html">Become a sponsor</a> or visit the
  <a href="@jobs.html">job fair</a> to meet companies that are hiring.</p>
<p><a href="@2025/index.html">Looking for FOWS 2025?</a></p>
""", alternates=ALT)

s.page("tickets.html", "Tickets · FOWS 2026", """
<h1>Tickets</h1>
<p>All tickets are sold through KKTIX, Taiwan's ticketing platform. Ticket sales open on 1 April 2026 at 12:00 (UTC+8).</p>
<div class="cards">
  <div class="card">
    <h2>Early Bird</h2>
    <div class="price"><span class="amount">2,400</span><small>NTD / person</small></div>
    <p>Until 31 May 2026 or until sold out. Both days, lunch and the after-party.</p>
  </div>
  <div class="card">
    <h2>Regular</h2>
    <div class="price"><span class="amount">3,200</span><small>NTD / person</small></div>
    <p>From 1 June 2026. Both days, lunch and the after-party.</p>
  </div>
  <div class="card">
    <h2>Student</h2>
    <div class="price"><span class="amount">1,000</span><small>NTD / person</small></div>
    <p>Bring a valid student ID to check-in. Both days and lunch.</p>
  </div>
  <div class="card">
    <h2>Patron</h2>
    <div class="price"><span class="amount">8,000</span><small>NTD / person</small></div>
    <p>An individual sponsor ticket: admission to both days plus a limited-edition hoodie and your name on our
      website. Thank you for keeping FOWS independent!</p>
  </div>
  <div class="card">
    <h2>Online Pass</h2>
    <div class="price"><span class="amount">Free</span><small>register on KKTIX</small></div>
    <p>Live video of all four tracks, the Q&amp;A panel and the online hallway. See <a href="@online.html">Join Online</a>.</p>
  </div>
</div>
<h2>How to get a ticket</h2>
<ol>
  <li>You need a KKTIX account to get any ticket, including the free Online Pass. Sign up at kktix.com before sales open.</li>
  <li>Choose your ticket on our <a href="https://fows.kktix.cc/events/fows-2026">KKTIX event page</a> and pay by credit card, ATM transfer or at a convenience store.</li>
  <li>Your QR code arrives by email. Show it at check-in on 8 August from 08:30.</li>
</ol>
<p class="note">Need an invoice with your company's tax ID (統一編號)? Enter it at checkout on KKTIX. Group orders of
  10 tickets or more get 10% off — write to tickets@fows.example.tw.</p>
<p>Financial aid recipients receive a ticket code instead of paying; see <a href="@financial-aid.html">Financial Aid</a>.</p>
""")

s.page("financial-aid.html", "Financial Aid · FOWS 2026", """
<h1>Financial Aid</h1>
<p>We want FOWS to be open to everyone who would benefit from it, regardless of income. Our financial aid
  programme is funded by our Patron ticket holders and sponsors.</p>
<h2>What it covers</h2>
<ul>
  <li>A free Regular ticket (you receive a ticket code for KKTIX).</li>
  <li>For participants travelling from elsewhere in Taiwan: a travel grant of up to NT$ 5,000 for train or bus tickets.</li>
  <li>For participants travelling from outside Taiwan: a grant of up to NT$ 20,000 towards flights and lodging.</li>
</ul>
<h2>Who can apply</h2>
<p>Students, unemployed people, community organisers, and anyone for whom the ticket price or the trip is a
  barrier. Speakers may apply too. We give priority to first-time attendees and people from groups that are
  under-represented in tech.</p>
<h2>How to apply</h2>
<p>Write to aid@fows.example.tw by <strong>15 May 2026</strong> with a few lines about yourself, what you hope
  to get out of FOWS, and an estimate of your travel costs. We reply by 31 May. Grants are paid by bank
  transfer after the event against receipts.</p>
""")

s.page("online.html", "Join Online · FOWS 2026", """
<h1>Join Online</h1>
<p>Every session in tracks R0–R3 is streamed live to holders of the <strong>Online Pass</strong>, which costs
  nothing — you only need to register for it on KKTIX (see <a href="@tickets.html">Tickets</a>).</p>
<h2>Take part, don't just watch</h2>
<ul>
  <li>Post questions to speakers in the Q&amp;A panel next to each stream; session chairs read them out alongside questions from the room.</li>
  <li>Sign up for a 5-minute remote lightning talk on day 2: you present over video and the hall sees you on the big screen.</li>
  <li>Drop into the online hallway (a video room per track) to meet other attendees between sessions.</li>
</ul>
<p>Recordings are published on our video channel about two weeks after the summit.</p>
""")

s.page("accessibility.html", "Accessibility · FOWS 2026", """
<h1>Accessibility</h1>
<p>We want everyone to be able to take part in FOWS. If something below does not meet your needs, tell us at
  access@fows.example.tw or call +886 2 2725 5200 ext. 4 and we will work it out with you.</p>
<h2>At the venue</h2>
<ul>
  <li>Hall 4 has step-free access from the MRT exit and the taxi drop-off; all four track rooms are wheelchair accessible, with reserved spaces in the front rows.</li>
  <li>Accessible restrooms are on every floor.</li>
  <li>A quiet room is open during both days.</li>
</ul>
<h2>During talks</h2>
<ul>
  <li>Real-time captioning in Mandarin and English is shown on a screen beside the stage in R0 and R1, and in the online stream.</li>
  <li>Taiwan Sign Language (TSL) interpretation is provided for the keynotes and the closing session.</li>
</ul>
<h2>Childcare</h2>
<p>A childcare room run by licensed carers is open from 09:00 to 17:30 on both days for children aged 3 to 10.
  It is free of charge for ticket holders, but places are limited: book by 20 July.</p>
""")

s.page("faq.html", "FAQ · FOWS 2026", """
<h1>Frequently asked questions</h1>
<details open><summary>Do I need to register for the Online Pass?</summary>
  <p>Yes. The Online Pass is free, but it is still a KKTIX ticket: register for it on our KKTIX event page
    and you will receive the stream link by email the day before the summit.</p></details>
<details open><summary>Can I transfer my ticket?</summary>
  <p>Yes, until 31 July, from your KKTIX account. After that, tickets are tied to the name on the order.</p></details>
<details open><summary>Can I get a refund?</summary>
  <p>Until 30 June we refund tickets minus KKTIX's 10% handling charge. After that we cannot refund, but you may transfer your ticket.</p></details>
<details open><summary>KKTIX asked me to solve a puzzle before paying. Is that you?</summary>
  <p>That is KKTIX's own bot protection (a CAPTCHA) during checkout. If it blocks you, write to tickets@fows.example.tw
    and we will issue your ticket by hand.</p></details>
<details open><summary>Is lunch included?</summary>
  <p>Lunch is included with all in-person tickets. Vegetarian and vegan options are available; tell us about allergies when you register.</p></details>
<details open><summary>Is there an age limit?</summary>
  <p>No. Young attendees are welcome; under-16s should come with an adult.</p></details>
""")

s.page("talks.html", "Talks · FOWS 2026", """
<h1>Talks</h1>
<p>Selected talks from the 2026 programme. The full schedule with rooms and times will be published in July.</p>
<ul>
  <li><a href="@talks/css-custom-properties.html">Beyond Theming: CSS Custom Properties at Scale</a> — Lin Yu-Ting (R0, English)</li>
  <li><a href="@talks/language-server.html">Writing a Language Server for Your Own DSL</a> — Marco Bianchi (R1, English)</li>
  <li><a href="@talks/rtl-design-systems.html">Accommodating Right-to-Left Scripts in Design Systems</a> — Huda Al-Sayed (R2, English)</li>
  <li>Taiwanese Hokkien on the Web: Fonts, Input and Romanisation — Tân Bí-hōa (R3, Mandarin)</li>
  <li>Civic Tech After 10 Years of g0v-Style Hackathons — Chen Wei (R0, Mandarin)</li>
  <li>Web Performance Budgets for Slow Networks — Priya Nair (R1, English)</li>
</ul>
""")

s.page("talks/css-custom-properties.html", "Beyond Theming: CSS Custom Properties at Scale · FOWS 2026", """
<h1>Beyond Theming: CSS Custom Properties at Scale</h1>
<p><strong>Lin Yu-Ting</strong> · R0 · 8 August, 14:00–14:40 · English</p>
<p>Custom properties started as a way to swap colours for dark mode. In a design system used by 40 product
  teams, they became our API: component tokens, responsive spacing, and runtime configuration. This talk
  covers naming conventions, fallbacks, the cost of inheritance, and what we learned when we registered our
  properties with <code>@property</code>.</p>
<p>Level: intermediate. Slides will be linked here after the talk.</p>
""")

s.page("talks/language-server.html", "Writing a Language Server for Your Own DSL · FOWS 2026", """
<h1>Writing a Language Server for Your Own DSL</h1>
<p><strong>Marco Bianchi</strong> · R1 · 8 August, 11:00–11:40 · English</p>
<p>The Language Server Protocol lets one implementation give every editor completion, diagnostics and
  go-to-definition. We walk through building a language server for a small configuration language, from the
  parser to incremental updates, and show how we test it.</p>
""")

s.page("talks/rtl-design-systems.html", "Accommodating Right-to-Left Scripts in Design Systems · FOWS 2026", """
<h1>Accommodating Right-to-Left Scripts in Design Systems</h1>
<p><strong>Huda Al-Sayed</strong> · R2 · 9 August, 10:00–10:40 · English</p>
<p>Logical properties, bidirectional text, mirrored icons that should not be mirrored, and the numbers that
  stay left-to-right: a practical tour of making a component library work in Arabic, Hebrew and Persian.</p>
""")

s.page("sponsors.html", "Sponsors · FOWS 2026", """
<h1>Sponsor FOWS 2026</h1>
<p>Reach 2,000 engineers and makers. All packages include a logo on our website and slides.</p>
<table>
  <caption>Sponsorship packages (prices exclude 5% business tax)</caption>
  <thead><tr><th scope="col">Package</th><th scope="col">Price</th><th scope="col">Booth</th><th scope="col">Included tickets</th></tr></thead>
  <tbody>
    <tr><th scope="row">Titanium</th><td>NT$ 300,000</td><td>Double booth</td><td>8</td></tr>
    <tr><th scope="row">Gold</th><td>NT$ 150,000</td><td>Booth</td><td>4</td></tr>
    <tr><th scope="row">Silver</th><td>NT$ 60,000</td><td>Table</td><td>2</td></tr>
    <tr><th scope="row">Community partner</th><td>NT$ 10,000</td><td>—</td><td>1</td></tr>
  </tbody>
</table>
<p>Add-ons: lanyard sponsor NT$ 80,000; coffee bar NT$ 50,000. Contact sponsor@fows.example.tw.</p>
""")

s.page("jobs.html", "Job Fair · FOWS 2026", """
<h1>Job Fair</h1>
<p>Our sponsors are hiring. Meet them at their booths in the Hall 4 foyer.</p>
<article class="card"><h2>Senior Frontend Engineer — Lumen Labs (Taipei, hybrid)</h2>
  <p>React, TypeScript, accessibility. Annual salary NT$ 1,400,000 – 2,000,000, 14 months.</p></article>
<article class="card"><h2>Site Reliability Engineer — Harbor Cloud (Kaohsiung or remote)</h2>
  <p>Kubernetes, Go. Monthly salary NT$ 85,000 – 120,000.</p></article>
<article class="card"><h2>Developer Relations Intern — OpenMap Taiwan</h2>
  <p>Six months, 20 hours a week, NT$ 220 per hour.</p></article>
""")

s.page("venue.html", "Venue & Hotels · FOWS 2026", """
<h1>Venue &amp; Hotels</h1>
<h2>Getting there</h2>
<p>Taipei Nangang Exhibition Center, Hall 4 is next to MRT Nangang Exhibition Center Station (Bannan and Wenhu
  lines, exit 3). A single MRT ride from Taipei Main Station costs NT$ 25 with an EasyCard. A taxi from
  Songshan Airport takes about 15 minutes and costs around NT$ 250; from Taoyuan Airport allow NT$ 1,300.</p>
<h2>Where to stay</h2>
<table>
  <caption>Partner hotels (mention "FOWS" when booking)</caption>
  <thead><tr><th scope="col">Hotel</th><th scope="col">Room rate per night</th><th scope="col">Distance</th></tr></thead>
  <tbody>
    <tr><td>Courtyard Taipei Nangang</td><td>NT$ 4,200</td><td>5 min walk</td></tr>
    <tr><td>Nangang Park Hostel</td><td>NT$ 900 (dorm bed)</td><td>2 MRT stops</td></tr>
  </tbody>
</table>
<p>Parking at the exhibition center costs NT$ 40 per hour.</p>
""")

s.page("coc.html", "Code of Conduct · FOWS 2026", """
<h1>Code of Conduct</h1>
<p>FOWS is dedicated to a harassment-free experience for everyone, regardless of gender, sexual orientation,
  disability, appearance, body size, race, ethnicity, age, religion, or technology choices. Report problems to
  any staff member in a purple T-shirt or at coc@fows.example.tw.</p>
""")

s.page("about.html", "About · FOWS 2026", """
<h1>About FOWS</h1>
<p>The Formosa Open Web Summit is organised by volunteers from Taiwan's open source communities. We are not
  a company; ticket income pays for the venue, video and food, and any surplus funds next year's financial aid.</p>
""")

# Traditional Chinese version
s.page("zh-tw/index.html", "福爾摩沙開放網路高峰會 2026 · 臺北 · 8 月 8–9 日", """
<h1>福爾摩沙開放網路高峰會 2026</h1>
<p><strong>2026 年 8 月 8–9 日 · 臺北南港展覽館 4 館 · 同步線上參與</strong></p>
<p>FOWS 是由社群志工籌辦的年度研討會，主題涵蓋網頁標準、開放原始碼、公民科技，以及打造開放網路的人們。從 2014 年的小型聚會開始，如今已成為匯集亞洲各地兩千多位開發者、設計師、研究者與倡議者的盛會。</p>
<p>議程分為 R0 至 R3 四軌，以華語和英語進行；主題演講以英語進行，並提供華語口譯。</p>
<h2>如何參加</h2>
<ul>
  <li>請至<a href="@zh-tw/tickets.html">票務資訊</a>購票；早鳥票販售至 5 月 31 日。</li>
  <li>無法親臨現場？可以索取免費的線上票，於線上即時提問並參與閃電講。</li>
  <li>如果票價或交通費讓您卻步，歡迎申請<a href="@financial-aid.html">財務補助</a>（說明頁為英文，申請可使用中文）。</li>
  <li>現場提供中英文即時字幕、台灣手語翻譯與托育服務，詳見<a href="@accessibility.html">無障礙資訊</a>。</li>
</ul>
""", lang="zh-Hant-TW", alternates=ALT)

s.page("zh-tw/tickets.html", "票務資訊 · FOWS 2026", """
<h1>票務資訊</h1>
<p>所有票券皆透過 KKTIX 販售，需先註冊 KKTIX 會員帳號才能取票（包含免費的線上票）。售票時間：2026 年 4 月 1 日中午 12 點起。</p>
<table>
  <caption>票種與票價</caption>
  <thead><tr><th scope="col">票種</th><th scope="col">票價</th><th scope="col">說明</th></tr></thead>
  <tbody>
    <tr><td>早鳥票</td><td>NT$2,400</td><td>販售至 5 月 31 日或售完為止，含兩日議程、午餐與會後派對</td></tr>
    <tr><td>一般票</td><td>NT$3,200</td><td>6 月 1 日起販售</td></tr>
    <tr><td>學生票</td><td>NT$1,000</td><td>報到時請出示有效學生證</td></tr>
    <tr><td>個人贊助票</td><td>NT$8,000</td><td>含入場、紀念帽T，並於官網列名致謝</td></tr>
    <tr><td>線上票</td><td>免費</td><td>可觀看四軌直播、於問答區提問</td></tr>
  </tbody>
</table>
<p>付款方式：信用卡、ATM 轉帳、超商代碼繳費。需要開立統一編號發票者請於結帳時填寫。</p>
<p><a class="button" href="https://fows.kktix.cc/events/fows-2026">前往 KKTIX 購票</a></p>
""", lang="zh-Hant-TW", alternates=[("en", "tickets.html"), ("zh-Hant-TW", "zh-tw/tickets.html")])

