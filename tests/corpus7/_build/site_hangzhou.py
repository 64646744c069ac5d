"""Chinese-mainland open-source summit, Hangzhou. Simplified Chinese, English mirror page. ¥ tickets (early bird,
regular, student, paid workshop add-on), CNY/RMB on the English page, free tickets for contributors, free online
participation with live questions, Huodongxing with a login, sponsor/job/hotel prices, a 404."""
from lib import mk, Q, M, N, entry, placeholder_media, vtt

NAV_ZH = [("index.html", "首页"), ("agenda.html", "议程"), ("tickets.html", "门票与报名"), ("online.html", "线上参会"),
          ("accessibility.html", "无障碍"), ("sponsors.html", "赞助合作"), ("jobs.html", "招聘墙"), ("hotel.html", "酒店交通")]
NAV_EN = [("en/index.html", "Home"), ("tickets.html", "Tickets (Chinese)"), ("agenda.html", "Agenda (Chinese)")]
s = mk("kaiyuan-shengtai-fenghui-hangzhou", {"zh": "开源生态峰会 2027", "en": "Open Source Ecosystem Summit 2027"},
       "zh-CN", "#c2410c", "OSS", {"zh-CN": NAV_ZH, "en": NAV_EN},
       langs={"zh-CN": [("en/index.html", "English")], "en": [("index.html", "中文")]},
       foot={"zh-CN": "<p>开源生态峰会组委会 · contact@oss-summit.example.cn · 浙ICP备00000000号</p>",
             "en": "<p>Open Source Ecosystem Summit Organising Committee · contact@oss-summit.example.cn</p>"},
       homes={"zh-CN": "index.html", "en": "en/index.html"})

ABOUT = "开源生态峰会汇聚开发者、维护者、企业与高校，围绕开源治理、供应链安全、开源教育和社区可持续发展展开交流。"
PLATFORM = "所有门票均通过活动行售卖，购票前需登录活动行账号并完成实名认证。"
FREE = "开源贡献者（过去一年内向任一开源项目提交过被合并的代码或文档）可申请免费门票，名额 300 张。"
SCHOL = "多样性奖学金为来自中西部地区高校的学生提供免费门票及往返高铁二等座车费。"
ONLINE = "线上参会免费，无需购票。线上观众可在直播间实时提问，主持人将挑选问题请嘉宾现场回答。"
WHEEL = "会场设有无障碍通道、无障碍电梯和无障碍卫生间，轮椅使用者可独立到达所有分会场。"
CAPS = "主论坛全程提供实时中文字幕。"
NOSIGN = "今年暂不提供手语翻译。"
A11Y = "如需无障碍协助，请在活动前一周发送邮件至 a11y@oss-summit.example.cn。"
EN = ("The Open Source Ecosystem Summit brings together developers, maintainers, companies and universities to "
      "discuss open-source governance, supply-chain security, open-source education and sustainable communities.")

s.page("index.html", "开源生态峰会 2027 · 杭州", f"""
<h1>开源生态峰会 2027 · 杭州</h1>
<p class="note">2027 年 5 月 15–16 日 · 杭州国际博览中心</p>
<p>{ABOUT}</p>
<p><a class="button" href="@tickets.html">购票报名</a> <a href="@online.html">线上参会</a> · <a href="@accessibility.html">无障碍服务</a></p>
<h2>亮点</h2>
<ul><li>60+ 场技术演讲</li><li>8 个动手工作坊</li><li>开源市集与社区展台</li></ul>
""")

s.page("tickets.html", "门票与报名 · 开源生态峰会 2027", f"""
<h1>门票与报名</h1>
<table>
  <caption>门票价格</caption>
  <tr><th>票种</th><th>价格</th><th>说明</th></tr>
  <tr><td>早鸟票</td><td>¥299</td><td>截至 3 月 31 日</td></tr>
  <tr><td>普通票</td><td>¥399</td><td>两天全部主会场与分会场</td></tr>
  <tr><td>学生票</td><td>¥99</td><td>入场时需出示学生证</td></tr>
  <tr><td>工作坊加购</td><td>¥199</td><td>需另购会议门票，每场限 40 人</td></tr>
</table>
<p>{PLATFORM}</p>
<p><a class="button" href="https://www.huodongxing.com/event/7000000000000">前往活动行购票</a></p>
<h2>免费门票与奖学金</h2>
<p>{FREE}</p>
<p>{SCHOL}</p>
""")

placeholder_media(s, "media/2026-keynote.mp4")
placeholder_media(s, "media/2026-panel.mp4")
vtt(s, "media/2026-keynote-zh.vtt", "欢迎来到开源生态峰会")
s.page("online.html", "线上参会 · 开源生态峰会 2027", f"""
<h1>线上参会</h1>
<p>{ONLINE}</p>
<p>直播将在大会官网和合作视频平台同步进行。</p>
<h2>往届回放</h2>
<p>2026 主题演讲：</p>
<video controls preload="none" width="640" src="@media/2026-keynote.mp4">
  <track kind="subtitles" src="@media/2026-keynote-zh.vtt" srclang="zh" label="中文" default>
</video>
<p>2026 圆桌：开源与高校教育</p>
<video controls preload="none" width="640" src="@media/2026-panel.mp4"></video>
""")

s.page("accessibility.html", "无障碍 · 开源生态峰会 2027", f"""
<h1>无障碍服务</h1>
<p>{WHEEL}</p>
<p>{CAPS}{NOSIGN}</p>
<p>{A11Y}</p>
""")

s.page("agenda.html", "议程 · 开源生态峰会 2027", """
<h1>议程（第一天）</h1>
<ul>
  <li>09:30 开源许可证的费用与合规：企业如何避坑</li>
  <li>11:00 从注册到发布：npm 与 PyPI 的包注册机制</li>
  <li>14:00 编程语言社区的多语言文档实践</li>
  <li>15:30 Custom Resource Definitions 在生产环境中的演进</li>
</ul>
<p><a href="@agenda-day2.html">查看第二天议程</a></p>
""")

s.page("sponsors.html", "赞助合作 · 开源生态峰会 2027", """
<h1>赞助合作</h1>
<table>
  <tr><th>权益</th><th>价格</th></tr>
  <tr><td>钻石赞助</td><td>¥200,000</td></tr>
  <tr><td>黄金赞助</td><td>¥80,000</td></tr>
  <tr><td>标准展位（3×2 米）</td><td>¥30,000</td></tr>
</table>
""")

s.page("jobs.html", "招聘墙 · 开源生态峰会 2027", """
<h1>招聘墙</h1>
<ul>
  <li>高级后端工程师（杭州）— 月薪 25k–40k，16 薪</li>
  <li>开源社区运营经理（上海）— 年薪 ¥300,000–¥450,000</li>
</ul>
""")

s.page("hotel.html", "酒店交通 · 开源生态峰会 2027", """
<h1>酒店与交通</h1>
<p>协议酒店：博览中心酒店，协议价 ¥580/晚（含早）。</p>
<p>交通：地铁 6 号线博览中心站，单程 4 元；萧山机场大巴 ¥30。</p>
""")

s.page("en/index.html", "Open Source Ecosystem Summit 2027 — Hangzhou", f"""
<h1>Open Source Ecosystem Summit 2027</h1>
<p>15–16 May 2027, Hangzhou International Expo Center. {EN}</p>
<h2>Tickets</h2>
<p>Early bird CNY 299, regular CNY 399, students CNY 99, workshop add-on CNY 199 (all prices in RMB). Tickets are sold on
Huodongxing and need a Huodongxing account. Contributors to open-source projects can apply for a free ticket.</p>
<p>Online participation is free: online viewers can ask questions in the live-stream room.</p>
<h2>Selected talks</h2>
<ul>
  <li>Custom Resource Definitions in production</li>
  <li>Package registries and registration flows</li>
  <li>Languages of the open-source world</li>
</ul>
""", lang="en", header_lang="en")

ENTRY = entry(
    s, name="Open Source Ecosystem Summit 2027, Hangzhou (Chinese-mainland open-source summit)",
    languages=["zh", "en"], fees=[(299, "CNY"), (399, "CNY"), (99, "CNY"), (199, "CNY")], free_option=True,
    fee_support=True, remote_participation=True, captcha=[], account_required=True, registration_form=None,
    registration_host="www.huodongxing.com", min_age=None, accessibility_statement=True,
    access_services=["captions", "wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "tickets.html", "online.html", "accessibility.html", "en/index.html"],
    deliberate_404=["agenda-day2.html"],
    evidence={
        "languages": [Q("index.html", ABOUT), Q("en/index.html", EN)],
        "un_languages": [N("zh, en")],
        "fees": [Q("tickets.html", "早鸟票 ¥299"), Q("tickets.html", "普通票 ¥399"), Q("tickets.html", "学生票 ¥99"),
                 Q("tickets.html", "工作坊加购 ¥199", "paid add-on workshop of the event: a fee"),
                 Q("en/index.html", "Early bird CNY 299, regular CNY 399, students CNY 99, workshop add-on CNY 199 (all prices in RMB)"),
                 Q("sponsors.html", "钻石赞助 ¥200,000", "sponsorship, not a fee"),
                 Q("sponsors.html", "标准展位（3×2 米） ¥30,000", "exhibition, not a fee"),
                 Q("jobs.html", "年薪 ¥300,000–¥450,000", "salary, not a fee"),
                 Q("hotel.html", "协议价 ¥580/晚（含早）", "hotel, not a fee"),
                 Q("hotel.html", "萧山机场大巴 ¥30", "transport, not a fee"),
                 Q("agenda.html", "开源许可证的费用与合规：企业如何避坑", "talk title with 费用, not a fee page")],
        "free_option": [Q("tickets.html", FREE), Q("online.html", ONLINE)],
        "fee_support": [Q("tickets.html", SCHOL), Q("tickets.html", "学生票 ¥99", "reduced student rate")],
        "remote_participation": [Q("online.html", ONLINE)],
        "captcha": [N("no form and no CAPTCHA on the site")],
        "account_required": [Q("tickets.html", PLATFORM)],
        "registration_form": [N("no registration form on the site; tickets on Huodongxing")],
        "registration_host": [M("tickets.html", 'href="https://www.huodongxing.com/event/7000000000000"')],
        "registration_pdf_only": [N("platform, not PDF")],
        "min_age": [N("no age limit")],
        "accessibility_statement": [Q("accessibility.html", A11Y), Q("accessibility.html", WHEEL)],
        "access_services": [Q("accessibility.html", WHEEL), Q("accessibility.html", CAPS),
                            Q("accessibility.html", NOSIGN, "negation: no sign language")],
        "videos_without_captions": [M("online.html", '<video controls preload="none" width="640" src="media/2026-panel.mp4"></video>'),
                                    M("online.html", '<track kind="subtitles" src="media/2026-keynote-zh.vtt"', "the keynote has a subtitles track")],
        "pdf_only_documents": [N("no PDF")],
    })
