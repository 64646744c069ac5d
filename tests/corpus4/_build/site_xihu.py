"""West Lake Open Source Conference, Hangzhou. Simplified Chinese, plus an English page (/en/).
Paid tickets in ¥ / 元 / CNY; "no free tickets" stated; no student rate or travel support (stated).
Tickets on Huodongxing with a login. Watch-only livestream. Interpretation + wheelchair access.
The only video has a chapters track (no captions). Talk titles with Custom / Language."""
from lib import Site, chrome, css, video, placeholder_media

NAV = [("index.html", "首页"), ("piaowu.html", "购票"), ("yicheng.html", "日程"), ("zhibo.html", "直播"),
       ("wuzhangai.html", "无障碍"), ("jiaotong.html", "交通住宿"), ("zanzhu.html", "赞助合作"), ("zhaopin.html", "招聘墙"),
       ("faq.html", "常见问题")]
NAV_EN = [("en/index.html", "About"), ("piaowu.html", "Tickets (Chinese)"), ("yicheng.html", "Schedule (Chinese)")]
LANGS = {"zh-CN": [("en/index.html", "English")], "en": [("index.html", "中文")]}
FOOT = {"zh-CN": '<p>西湖开源技术大会组委会（虚构）· 杭州市西湖区 · <a href="mailto:hello@xihu-oss.example.cn">hello@xihu-oss.example.cn</a></p>',
        "en": '<p>West Lake Open Source Conference organising committee (fictional), Hangzhou. '
              '<a href="mailto:hello@xihu-oss.example.cn">hello@xihu-oss.example.cn</a></p>'}
H, F = chrome({"zh-CN": "西湖开源技术大会 2026", "en": "West Lake Open Source Conference 2026"},
              {"zh-CN": NAV, "en": NAV_EN}, langs=LANGS, foot=FOOT,
              skip={"zh-CN": "跳到正文", "en": "Skip to content"}, homes={"zh-CN": "index.html", "en": "en/index.html"})
s = Site("xihu-open-source-conference", name="西湖开源技术大会 2026", lang="zh-CN",
         css=css("#b8322a"), logo_text="西湖", colour="#b8322a", header=H, footer=F)
placeholder_media(s, "media/huigu-2025.mp4")
s.write("media/huigu-2025.chapters.vtt", "WEBVTT\n\n00:00:00.000 --> 00:01:00.000\n开幕\n\n00:01:00.000 --> 00:03:00.000\n主题演讲\n")
ALT = [("zh-CN", "index.html"), ("en", "en/index.html")]

s.page("index.html", "西湖开源技术大会 2026 · 杭州 · 11月7日—8日", f"""
<h1>西湖开源技术大会 2026</h1>
<p>2026年11月7日至8日，杭州国际博览中心（虚构）。两天时间，四个分会场，六十余场技术分享，
话题涵盖云原生、数据库、开源治理、AI 基础设施与开源社区运营。</p>
<p><a class="button" href="@piaowu.html">立即购票</a></p>
<h2>2025 大会回顾</h2>
{video("media/huigu-2025.mp4", track="media/huigu-2025.chapters.vtt", track_kind="chapters", track_lang="zh", label="章节")}
<p>会场全程提供免费 Wi-Fi。</p>
""", alternates=ALT)

s.page("piaowu.html", "购票 · 西湖开源技术大会 2026", """
<h1>购票</h1>
<table>
<caption>票种与价格</caption>
<tr><th>票种</th><th>价格</th><th>说明</th></tr>
<tr><td>早鸟票</td><td>¥199</td><td>9月30日前购买，含两天全部分会场</td></tr>
<tr><td>标准票</td><td>299 元</td><td>含两天全部分会场</td></tr>
<tr><td>企业票</td><td>¥1,280</td><td>含两天门票、午餐及会后资料，可开具增值税专用发票</td></tr>
<tr><td>动手工作坊（加购）</td><td>人民币 150 元</td><td>11月8日下午，限 40 人，须同时持有大会门票</td></tr>
</table>
<p>所有参会者均需购票入场，大会不设免费票。</p>
<p>门票在活动行发售：<a href="https://www.huodongxing.com/event/7741560123400">前往活动行购票</a>。购票前需登录活动行账号（可用手机号注册）。</p>
""")

s.page("zhibo.html", "直播 · 西湖开源技术大会 2026", """
<h1>线上直播</h1>
<p>主会场的主题演讲将在大会视频号同步直播。线上直播仅供观看，无法提问或参与讨论；各分会场不提供直播，会后一周内上传录像。</p>
""")

s.page("wuzhangai.html", "无障碍 · 西湖开源技术大会 2026", """
<h1>无障碍与参会支持</h1>
<p>如您需要任何协助，请在大会前一周发送邮件至 access@xihu-oss.example.cn，我们会尽力安排。</p>
<ul>
<li>会场设有无障碍坡道、无障碍电梯和无障碍卫生间，轮椅使用者可直达所有分会场。</li>
<li>主会场提供中英文同声传译，可在签到处领取同传耳机。</li>
</ul>
""")

s.page("faq.html", "常见问题 · 西湖开源技术大会 2026", """
<h1>常见问题</h1>
<h2>有学生票或差旅资助吗？</h2>
<p>本届大会不提供学生优惠、费用减免或差旅资助。</p>
<h2>有年龄限制吗？</h2>
<p>本大会不设年龄限制，未满 14 周岁的青少年须由监护人陪同。</p>
<h2>可以退票吗？</h2>
<p>10月31日前可在活动行申请退票，收取 10% 手续费。</p>
""")

s.page("en/index.html", "West Lake Open Source Conference 2026 · Hangzhou", """
<h1>West Lake Open Source Conference 2026</h1>
<p>7–8 November 2026, Hangzhou International Expo Centre (fictional). Four tracks and more than sixty
talks on cloud native, databases, open-source governance, AI infrastructure and community building.
Most talks are in Chinese; the main hall has Chinese–English simultaneous interpretation.</p>
<p>Tickets: early bird CNY 199, standard CNY 299, corporate CNY 1,280, and the hands-on workshop add-on
CNY 150. Every attendee needs a paid ticket; there are no free tickets. Tickets are sold on Huodongxing,
which asks you to log in with a Huodongxing account (a Chinese mobile number makes sign-up easiest).</p>
<p>The keynotes are livestreamed for viewing only.</p>
""", lang="en", alternates=ALT)

s.page("yicheng.html", "日程 · 西湖开源技术大会 2026", """
<h1>日程</h1>
<ul>
<li>11月7日 上午：开幕式与主题演讲</li>
<li>11月7日 下午：<a href="@talks/custom-operator.html">自定义 Kubernetes Operator 实战（Custom Operators in Production）</a></li>
<li>11月8日 上午：<a href="@talks/polyglot-runtime.html">多语言运行时：Polyglot Language Runtime 的设计取舍</a></li>
<li>11月8日 下午：动手工作坊；闭幕</li>
</ul>
""")

s.page("talks/custom-operator.html", "自定义 Kubernetes Operator 实战 · 西湖开源技术大会 2026", """
<h1>自定义 Kubernetes Operator 实战（Custom Operators in Production）</h1>
<p>分享一个数据库团队如何用自定义 Operator 管理上千个实例，以及踩过的坑。</p>
""")

s.page("talks/polyglot-runtime.html", "多语言运行时 · 西湖开源技术大会 2026", """
<h1>多语言运行时：Polyglot Language Runtime 的设计取舍</h1>
<p>在同一个运行时里同时支持 JavaScript、Python 和 WebAssembly，要付出哪些代价？</p>
""")

s.page("jiaotong.html", "交通住宿 · 西湖开源技术大会 2026", """
<h1>交通与住宿</h1>
<ul>
<li>协议酒店：博览中心酒店，协议价 ¥480/晚（含早）。</li>
<li>青年旅舍：床位 ¥95 起。</li>
</ul>
<p>地铁 6 号线博览中心站下车，单程票价 4 元；从萧山机场打车约 ¥110。会场地下停车场收费 10 元/小时。</p>
""")

s.page("zanzhu.html", "赞助合作 · 西湖开源技术大会 2026", """
<h1>赞助合作</h1>
<ul>
<li>钻石赞助：¥300,000，含展位、主会场演讲 15 分钟及 10 张企业票</li>
<li>黄金赞助：¥150,000，含展位及 5 张企业票</li>
<li>社区赞助：¥30,000</li>
</ul>
""")

s.page("zhaopin.html", "招聘墙 · 西湖开源技术大会 2026", """
<h1>招聘墙</h1>
<ul>
<li>高级 Go 开发工程师（杭州）：月薪 25k—40k，14 薪。</li>
<li>开源社区运营：月薪 15k—22k。</li>
</ul>
""")
