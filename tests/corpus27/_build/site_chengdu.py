from lib import *

NAV = [("index.html", "首页"), ("piaowu.html", "票务与报名"), ("zizhu.html", "差旅资助"),
       ("wuzhangai.html", "无障碍与咨询"), ("en.html", "English"), ("zanzhu.html", "赞助合作"),
       ("zhaopin.html", "招聘墙"), ("jiudian.html", "住宿交通")]
FOOT = {"zh-CN": '<p>蜀地开源协作社（虚构机构）· 成都市高新区天府三街 88 号 · '
        '<a href="mailto:hi@shudi-opensource.example.cn">hi@shudi-opensource.example.cn</a></p>'}
s = mk("chengdu-kaiyuan-kaifazhe-dahui", "2027 成都开源开发者大会", "zh-CN", "#b4411c", "开源", NAV, foot=FOOT)
placeholder_media(s, "media/zhuti-yanjiang-2026.mp4")
vtt(s, "media/zhuti-yanjiang-2026.zh.vtt", "欢迎来到成都开源开发者大会")

s.page("index.html", "2027 成都开源开发者大会", """
<h1>2027 成都开源开发者大会</h1>
<p>2027 年 5 月 15 日至 16 日，蜀地开源协作社在成都天府软件园会议中心举办第五届开源开发者大会。两天内共有四个分会场：
编译器与工具链、数据库、开源硬件、开源社区治理，另设动手工作坊和项目展示区。</p>
<p>大会面向开发者、维护者、高校学生和所有关心开源的人，议程和讲者名单将在三月公布。</p>
<h2>2026 年主题演讲回放</h2>
VIDEO
<ul>
<li><a href="@piaowu.html">购票与报名</a></li>
<li><a href="@huigu-2025.html">2025 年大会回顾</a></li>
<li><a href="@en.html">Information in English</a></li>
</ul>
""".replace("VIDEO", video("media/zhuti-yanjiang-2026.mp4", track="media/zhuti-yanjiang-2026.zh.vtt", track_lang="zh", label="中文字幕")))

s.page("piaowu.html", "票务与报名", """
<h1>票务与报名</h1>
<table>
<caption>大会门票</caption>
<tr><th>票种</th><th>早鸟价（3 月 31 日前）</th><th>标准价</th></tr>
<tr><td>两日通票</td><td>¥399</td><td>¥599</td></tr>
<tr><td>学生票（需出示学生证）</td><td>¥99</td><td>¥99</td></tr>
<tr><td>线上直播票</td><td>¥49</td><td>¥49</td></tr>
</table>
<p>线上直播票仅可观看主会场直播，不能提问或参与讨论。</p>
<p>动手工作坊（5 月 16 日下午，限 40 人）：另加 ¥200，含开发板一块。</p>
<p>开源社区志愿者可免费参会，志愿者名额在活动行页面单独申请。</p>
<p>所有门票均通过活动行发售：<a href="https://www.huodongxing.com/event/5270300118800">在活动行购票</a>。购票前需使用微信登录活动行账号。</p>
<p>未满16岁须由监护人陪同参会。</p>
""")

s.page("zizhu.html", "差旅资助", """
<h1>差旅资助</h1>
<p>大会为来自西部地区高校的学生和首次参会的开源维护者提供差旅资助，最高报销往返火车票和两晚住宿。</p>
<p>申请截止日期为 4 月 10 日，请将简历和参与开源项目的说明发送至
<a href="mailto:zizhu@shudi-opensource.example.cn">zizhu@shudi-opensource.example.cn</a>。</p>
""")

s.page("wuzhangai.html", "无障碍与咨询", """
<h1>无障碍与咨询</h1>
<p>会议中心设有无障碍通道和电梯，各分会场均可乘轮椅到达，一楼设有无障碍卫生间。</p>
<p>主会场所有演讲提供实时字幕，显示在舞台两侧的屏幕上。本届大会不提供手语翻译。</p>
<h2>有问题？给我们留言</h2>
<form action="@wuzhangai.html" method="post">
<label for="q-name">称呼</label><input type="text" id="q-name" name="q-name">
<label for="q-mail">邮箱（必填）</label><input type="email" id="q-mail" name="q-mail" required>
<label for="q-text">您的问题（必填）</label><textarea id="q-text" name="q-text" rows="4" required></textarea>
<div class="frc-captcha" data-sitekey="FCMSHUDI2027"></div>
<button type="submit">提交</button>
</form>
""")

s.page("en.html", "Chengdu Open Source Developers Conference 2027 — English", """
<h1>Chengdu Open Source Developers Conference 2027</h1>
<p>The fifth Chengdu Open Source Developers Conference takes place on 15 and 16 May 2027 at the Tianfu Software Park
conference centre, with tracks on compilers and toolchains, databases, open hardware and community governance.</p>
<p>Tickets are sold on Huodongxing, which needs a WeChat log-in: the two-day pass costs ¥399 until 31 March and
¥599 afterwards, the student pass ¥99, the online streaming pass ¥49 and the hands-on workshop ¥200 extra.
Volunteers of open-source communities attend free of charge.</p>
<p>The main hall has live captions in Chinese; there is no sign-language interpretation this year.</p>
""", lang="zh-CN")

s.page("zanzhu.html", "赞助合作", """
<h1>赞助合作</h1>
<ul>
<li>钻石赞助：¥80,000，含主会场展位和 20 分钟演讲。</li>
<li>黄金赞助：¥45,000，含展位一个。</li>
<li>社区展位：¥3,000。</li>
</ul>
""")

s.page("zhaopin.html", "招聘墙", """
<h1>招聘墙</h1>
<p>赞助企业正在招聘：</p>
<ul>
<li>数据库内核工程师，月薪 ¥25,000–¥40,000。</li>
<li>开发者关系经理，年薪 30 万元起。</li>
</ul>
""")

s.page("jiudian.html", "住宿交通", """
<h1>住宿交通</h1>
<p>合作酒店：天府锦程酒店，协议价 ¥420/晚（含早餐）。</p>
<p>乘坐地铁 1 号线至天府三街站，单程票价 ¥4；机场出租车约 ¥90。</p>
""")

ENTRY = entry(s, name="Chengdu Open Source Developers Conference 2027 (open-source association, Chengdu, China)",
    languages=["zh", "en"], fees=[(399, "CNY"), (599, "CNY"), (99, "CNY"), (49, "CNY"), (200, "CNY")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["friendlycaptcha"],
    account_required=True, registration_form=None, registration_host="www.huodongxing.com",
    registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "captions"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "piaowu.html", "zizhu.html", "wuzhangai.html", "en.html"],
    deliberate_404=["huigu-2025.html"],
    evidence={
        "languages": [Q("index.html", "蜀地开源协作社在成都天府软件园会议中心举办第五届开源开发者大会"),
                      M("en.html", '<html lang="zh-CN">', "English page declared zh-CN: counts as English"),
                      Q("en.html", "The fifth Chengdu Open Source Developers Conference takes place on 15 and 16 May 2027")],
        "un_languages": [N("zh, en")],
        "fees": [Q("piaowu.html", "两日通票 ¥399 ¥599", "399 early, 599 standard"),
                 Q("piaowu.html", "学生票（需出示学生证） ¥99 ¥99", "99 student (same in both columns: one entry)"),
                 Q("piaowu.html", "线上直播票 ¥49 ¥49", "paid watch-only pass: a fee"),
                 Q("piaowu.html", "另加 ¥200，含开发板一块", "add-on workshop"),
                 Q("en.html", "the two-day pass costs ¥399 until 31 March", "English restatement: no new entries"),
                 Q("zanzhu.html", "钻石赞助：¥80,000", "sponsor packages and stands: not fees"),
                 Q("zhaopin.html", "月薪 ¥25,000–¥40,000", "salaries: not fees"),
                 Q("jiudian.html", "协议价 ¥420/晚", "hotel, metro, taxi: not fees")],
        "free_option": [Q("piaowu.html", "开源社区志愿者可免费参会", "free for one group")],
        "fee_support": [Q("zizhu.html", "大会为来自西部地区高校的学生和首次参会的开源维护者提供差旅资助", "travel grants"),
                        Q("piaowu.html", "学生票（需出示学生证）", "student rate below the pass")],
        "remote_participation": [Q("piaowu.html", "线上直播票仅可观看主会场直播，不能提问或参与讨论。", "watch only: false")],
        "captcha": [M("wuzhangai.html", '<div class="frc-captcha"', "Friendly Captcha on the question form")],
        "account_required": [Q("piaowu.html", "购票前需使用微信登录活动行账号。")],
        "registration_form": [N("no own registration form; the 3-field question form is not one", "wuzhangai.html")],
        "registration_host": [M("piaowu.html", 'href="https://www.huodongxing.com/event/5270300118800"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [Q("piaowu.html", "未满16岁须由监护人陪同参会。", "accompaniment rule: not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "会议中心设有无障碍通道和电梯，各分会场均可乘轮椅到达")],
        "access_services": [Q("wuzhangai.html", "各分会场均可乘轮椅到达", "wheelchair_access"),
                            Q("wuzhangai.html", "主会场所有演讲提供实时字幕", "captions"),
                            Q("wuzhangai.html", "本届大会不提供手语翻译。", "sign language negated")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/zhuti-yanjiang-2026.zh.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
