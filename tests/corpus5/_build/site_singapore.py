"""Chinese-language developer conference in Singapore: zh-CN site, English pages with a Malay section."""
from lib import make, video, placeholder_media

NAV = {"zh": [("index.html", "首页"), ("agenda.html", "议程"), ("online.html", "线上直播"),
              ("access.html", "无障碍"), ("sponsors.html", "赞助"), ("jobs.html", "招聘"), ("venue.html", "交通与住宿")],
       "en": [("en/index.html", "Home"), ("en/tickets.html", "Tickets"), ("index.html", "中文")]}
FOOT = {"zh": "<p>狮城开发者大会 · 新加坡 · hello@lcdevcon.example.sg</p>",
        "en": "<p>Lion City DevCon · Singapore · hello@lcdevcon.example.sg</p>"}
s = make("lion-city-devcon-sg", name="狮城开发者大会 Lion City DevCon 2026", lang="zh-CN", colour="#d7261e", logo="LC",
         navs=NAV, foot=FOOT, brand={"zh": "狮城开发者大会 2026", "en": "Lion City DevCon 2026"},
         langs={"zh": [("en/index.html", "English")], "en": [("index.html", "中文")]},
         skip={"zh": "跳到正文"}, homes={"en": "en/index.html"})
placeholder_media(s, "media/lcdevcon-2025.mp4")

s.page("index.html", "狮城开发者大会 2026 — 新加坡", """
<h1>狮城开发者大会 2026</h1>
<p>10 月 17 日至 18 日，新加坡博览中心。两天、三个分会场、四十多场技术分享，内容涵盖云原生、编程语言、前端工程和开源社区运营。讲者来自新加坡、马来西亚、中国大陆、台湾和香港的开发者社区。</p>
<p>去年参会者年龄从 16 岁到 68 岁不等，欢迎各个阶段的开发者。</p>
<p><a class="button" href="@tickets.html">立即购票</a> <a href="@online.html">线上直播</a> · <a href="@access.html">无障碍信息</a></p>
<h2>2025 年大会回顾</h2>
""" + video("media/lcdevcon-2025.mp4") + """
""")

s.page("tickets.html", "购票 — 狮城开发者大会 2026", """
<h1>购票</h1>
<table><caption>门票（两天）</caption>
<tr><th>票种</th><th>金额</th><th>币种</th><th>说明</th></tr>
<tr><td>标准票</td><td>180</td><td>SGD</td><td>两天全部分会场、午餐</td></tr>
<tr><td>学生票</td><td>60</td><td>SGD</td><td>全日制学生，入场时出示学生证</td></tr>
<tr><td>工作坊日（10 月 16 日）</td><td>120</td><td>SGD</td><td>会前一天的动手工作坊，需自带电脑</td></tr>
</table>
<p>通过 <a href="https://www.eventbrite.sg/e/lion-city-devcon-2026-tickets-880012345">Eventbrite 活动页面</a>购票。Eventbrite 无需注册账号，可以访客身份购票。</p>
<p>会场提供免费 Wi-Fi。</p>
""")

s.page("online.html", "线上直播 — 狮城开发者大会 2026", """
<h1>线上直播</h1>
<p>主会场的主题演讲会在官网直播，无需购票即可观看。直播仅供观看，不设线上提问或互动环节。</p>
""")

s.page("access.html", "无障碍 — 狮城开发者大会 2026", """
<h1>无障碍信息</h1>
<ul>
  <li>会场设有轮椅通道、电梯和无障碍洗手间，三个分会场都可以轮椅进入。</li>
  <li>主会场提供中英文同声传译，可在入口领取耳机。</li>
  <li>今年暂不提供手语翻译。</li>
</ul>
<p>如有其他无障碍需求，请在 10 月 1 日前发邮件至 access@lcdevcon.example.sg。</p>
""")

s.page("en/index.html", "Lion City DevCon 2026 — Singapore", """
<h1>Lion City DevCon 2026</h1>
<p>17–18 October at Singapore Expo: two days, three tracks and more than forty talks on cloud-native systems, programming languages, front-end engineering and running open-source communities. Most talks are in Mandarin; the main hall has simultaneous interpretation between Mandarin and English.</p>
<p><a href="@en/tickets.html">Tickets</a></p>
<h2>DevCon 2025 in two minutes</h2>
""" + video("media/lcdevcon-2025.mp4") + """
<section lang="ms">
<h2>Maklumat dalam Bahasa Melayu</h2>
<p>Persidangan ini terbuka kepada semua pembangun perisian dari Singapura, Malaysia dan seluruh rantau ini. Tiket boleh dibeli melalui Eventbrite tanpa perlu membuka akaun.</p>
<p>Dewan utama menyediakan terjemahan serentak antara bahasa Mandarin dan bahasa Inggeris, dan semua dewan boleh dimasuki dengan kerusi roda.</p>
</section>
""", lang="en")

s.page("en/tickets.html", "Tickets — Lion City DevCon 2026", """
<h1>Tickets</h1>
<ul>
  <li>Standard, two days: S$ 180</li>
  <li>Student, two days: S$ 60 (full-time students, ID at the door)</li>
  <li>Workshop day, 16 October: S$ 120</li>
</ul>
<p>Buy on <a href="https://www.eventbrite.sg/e/lion-city-devcon-2026-tickets-880012345">Eventbrite</a>; guest checkout, no account needed. The keynote live stream is watch-only.</p>
""", lang="en")

s.page("agenda.html", "议程 — 狮城开发者大会 2026", """
<h1>议程</h1>
<ul>
  <li>Free Threading in Python 3.14：去掉 GIL 之后</li>
  <li>自定义（Custom）算子在推理框架中的实现</li>
  <li>Language Server Protocol 实战</li>
  <li>定价（Pricing）API 的设计与演进</li>
  <li>黑客松颁奖（奖金 S$5,000）</li>
</ul>
""")

s.page("sponsors.html", "赞助 — 狮城开发者大会 2026", """
<h1>赞助方案</h1>
<table><tr><th>级别</th><th>金额</th><th>权益</th></tr>
<tr><td>钻石赞助</td><td>S$30,000</td><td>主会场演讲 20 分钟、展位、十张标准票</td></tr>
<tr><td>金牌赞助</td><td>S$15,000</td><td>展位、五张标准票</td></tr>
</table>
""")

s.page("jobs.html", "招聘 — 狮城开发者大会 2026", """
<h1>招聘墙</h1>
<ul>
  <li>高级后端工程师（Go），月薪 S$6,500–9,000</li>
  <li>开发者关系经理，月薪 S$7,000 起</li>
</ul>
""")

s.page("venue.html", "交通与住宿 — 狮城开发者大会 2026", """
<h1>交通与住宿</h1>
<p>乘地铁至博览站（Expo），车费约 S$1.90；从樟宜机场打车约 S$25。</p>
<p>合作酒店：博览酒店 S$260／晚。马来西亚来宾参考汇率：1 SGD ≈ 3.45 MYR。</p>
""")

EXPECTED = '''
  # Chinese-language developer conference (Singapore). zh-CN site with English pages and a Malay
  # section. Ticket table with the amount and the code in neighbouring cells ("180" | "SGD"), English
  # "S$ 180"; a paid workshop day; everyone pays, never said; student rate; watch-only stream;
  # Eventbrite (www.eventbrite.sg) as a guest; interpretation and wheelchair access, sign language
  # negated; ages of past attendees are not a limit; the same uncaptioned video file on two pages counts once.
  # Distractors: sponsors with included tickets, salaries, hackathon prize, MRT, taxi, hotel, SGD→MYR
  # rate, "免费 Wi-Fi", free-to-watch stream; titles "Free Threading…", "自定义（Custom）算子…",
  # "Language Server Protocol…", "定价（Pricing）API…". The Chinese tickets page is linked only from
  # the home page.
  - id: lion-city-devcon-sg
    name: 狮城开发者大会 Lion City DevCon 2026
    start: index.html
    expected:
      languages: [en, ms, zh]
      un_languages: [en, zh]
      fees:
        - {amount: 180.0, currency: SGD}
        - {amount: 60.0, currency: SGD}
        - {amount: 120.0, currency: SGD}
      free_option: false
      fee_support: true
      remote_participation: false
      captcha: []
      account_required: false
      registration_form: null
      registration_host: www.eventbrite.sg
      registration_pdf_only: false
      min_age: null
      accessibility_statement: true
      access_services: [interpretation, wheelchair_access]
      videos_without_captions: 1
      pdf_only_documents: false
    participation_pages: [index.html, tickets.html, online.html, access.html, en/index.html, en/tickets.html]
    deliberate_404: []
    evidence:
      languages:
        - {page: index.html, quote: "两天、三个分会场、四十多场技术分享，内容涵盖云原生、编程语言、前端工程和开源社区运营。"}
        - {page: en/index.html, quote: "two days, three tracks and more than forty talks on cloud-native systems"}
        - {page: en/index.html, quote: "Persidangan ini terbuka kepada semua pembangun perisian dari Singapura, Malaysia dan seluruh rantau ini.", note: "Malay section of two paragraphs"}
      un_languages:
        - {note: "en, zh; ms is not a UN language"}
      fees:
        - {page: tickets.html, quote: "标准票 180 SGD 两天全部分会场、午餐", note: "amount and code in neighbouring cells"}
        - {page: tickets.html, quote: "学生票 60 SGD"}
        - {page: tickets.html, quote: "工作坊日（10 月 16 日） 120 SGD"}
        - {page: en/tickets.html, quote: "Standard, two days: S$ 180"}
        - {page: sponsors.html, quote: "钻石赞助 S$30,000", note: "sponsorship: not a fee (also S$15,000)"}
        - {page: jobs.html, quote: "月薪 S$6,500–9,000", note: "salary: not a fee"}
        - {page: agenda.html, quote: "黑客松颁奖（奖金 S$5,000）", note: "prize: not a fee"}
        - {page: venue.html, quote: "合作酒店：博览酒店 S$260／晚。", note: "hotel: not a fee (also MRT S$1.90, taxi S$25, exchange rate)"}
      free_option:
        - {note: "every ticket has a price (not said in words): false"}
        - {page: tickets.html, quote: "会场提供免费 Wi-Fi。", note: "free Wi-Fi: not a free option"}
        - {page: online.html, quote: "无需购票即可观看。直播仅供观看，不设线上提问或互动环节。", note: "a free watch-only stream is not a way to take part"}
      fee_support:
        - {page: tickets.html, quote: "学生票 60 SGD 全日制学生，入场时出示学生证", note: "student rate"}
      remote_participation:
        - {page: online.html, quote: "直播仅供观看，不设线上提问或互动环节。"}
        - {page: en/tickets.html, quote: "The keynote live stream is watch-only."}
      captcha:
        - {note: "no CAPTCHA"}
      account_required:
        - {page: tickets.html, quote: "Eventbrite 无需注册账号，可以访客身份购票。"}
      registration_form:
        - {note: "no form on the site"}
      registration_host:
        - {page: tickets.html, markup: 'href="https://www.eventbrite.sg/e/lion-city-devcon-2026-tickets-880012345"'}
      registration_pdf_only:
        - {note: "tickets online"}
      min_age:
        - {page: index.html, quote: "去年参会者年龄从 16 岁到 68 岁不等", note: "ages of past attendees: not a limit; no limit is stated"}
      accessibility_statement:
        - {page: access.html, quote: "如有其他无障碍需求，请在 10 月 1 日前发邮件至 access@lcdevcon.example.sg。"}
      access_services:
        - {page: access.html, quote: "三个分会场都可以轮椅进入", note: "wheelchair_access"}
        - {page: access.html, quote: "主会场提供中英文同声传译", note: "interpretation"}
        - {page: access.html, quote: "今年暂不提供手语翻译。", note: "negated"}
      videos_without_captions:
        - {page: index.html, markup: '<video controls preload="none" width="640" src="media/lcdevcon-2025.mp4">', note: "no track"}
        - {page: en/index.html, markup: '<video controls preload="none" width="640" src="../media/lcdevcon-2025.mp4">', note: "the same file again: one video"}
      pdf_only_documents:
        - {note: "no PDF"}
'''
