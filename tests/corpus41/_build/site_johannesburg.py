"""Johannesburg, South Africa: a Chinese community association's forum on digital safety, online scams and
misinformation (zh-Hans-ZA, with an English section). Fees in ZAR ("R"); tickets on Howler as a guest; no own
registration form; Friendly Captcha on the FAQ question form."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media

SLUG = "nanfei-huaren-shuzi-anquan-luntan-johannesburg"
NAV = [("index.html", "首页"), ("tickets.html", "门票"), ("program.html", "议程"), ("access.html", "无障碍与托儿"),
       ("faq.html", "常见问题"), ("travel.html", "交通住宿"), ("sponsors.html", "赞助"), ("donate.html", "支持我们")]
FOOT = ('<p>南非华人社区数字素养协会（示例），约翰内斯堡 Cyrildene · '
        '<a href="mailto:forum@cn-digital.example.org.za">forum@cn-digital.example.org.za</a></p>')
s = mk(SLUG, "2027南非华人数字安全与反诈骗论坛", "zh-Hans-ZA", "#b22222", "数安", NAV, foot={"zh-Hans-ZA": FOOT})
placeholder_media(s, "media/fanzha-2026.mp4")

NOFREE = "本论坛不设免费票，讲者及义工亦须购票。"
ONLINE = "无法到场的朋友可通过Zoom线上参加，并在问答环节直接向讲者提问。"
ONLINE_TICKET = "线上参加者同样需购买普通票或长者及学生票，购票后获取Zoom链接。"
GUEST = "门票通过Howler平台销售，可以访客身份购票，无需注册账户。"
MINOR = "12岁以下儿童须由成人陪同。"
RAMP = "会场设有坡道和电梯，轮椅可通行。"
SASL = "全体大会提供南非手语（SASL）翻译。"
INTERP = "提供普通话、粤语与英语之间的同声传译。"
CARE = "会场设有儿童看护角，由受过培训的义工照看3至10岁儿童。"

s.page("index.html", "2027南非华人数字安全与反诈骗论坛", f"""
<h1>2027南非华人数字安全与反诈骗论坛</h1>
<p>约翰内斯堡，2027年5月15日（星期六）</p>
<p>电信诈骗、虚假投资群、网上谣言——越来越多的侨胞和小商户受到伤害。本论坛邀请警方、银行、律师和数字素养讲师，
用普通话和粤语讲解如何识别诈骗、保护个人资料、辨别虚假信息。</p>
<ul><li><a href="@tickets.html">购票</a></li><li><a href="@program.html">议程与线上参加</a></li></ul>
{video("media/fanzha-2026.mp4")}
<section lang="en">
<h2>In English</h2>
<p>The 2027 Chinese Community Digital Safety and Anti-Scam Forum takes place in Johannesburg on 15 May 2027. Tickets:
general ZAR 250; seniors (60+) and students ZAR 100; add-on phone-security workshop ZAR 80. There are no free tickets;
speakers and volunteers buy tickets too.</p>
<p>Those who cannot attend in person can join over Zoom and put questions to the speakers in the Q&amp;A. The plenary
has South African Sign Language interpreters and Mandarin/Cantonese–English interpretation.</p>
</section>
""")

s.page("tickets.html", "门票", f"""
<h1>门票</h1>
<table>
<tr><th>票种</th><th>价格</th></tr>
<tr><td>普通票</td><td>R250</td></tr>
<tr><td>长者（60岁以上）及学生票</td><td>R100</td></tr>
<tr><td>加购：手机安全设置工作坊（下午）</td><td>R80</td></tr>
</table>
<p class="note">{NOFREE}</p>
<p>{ONLINE_TICKET}</p>
<p>{GUEST}</p>
<p><a class="button" href="https://www.howler.co.za/events/2027-cn-digital-safety-forum">前往Howler购票</a></p>
""")

s.page("program.html", "议程", f"""
<h1>议程</h1>
<ul><li>09:30 开幕：侨社面对的网络诈骗</li><li>10:30 警方讲解：常见电信诈骗手法</li>
<li>11:30 银行讲解：保护网上银行账户</li><li>14:00 手机安全设置工作坊（需加购）</li><li>15:30 辨别网上谣言与虚假信息</li></ul>
<h2>线上参加</h2>
<p>{ONLINE}</p>
<p>{ONLINE_TICKET}</p>
""")

s.page("access.html", "无障碍与托儿", f"""
<h1>无障碍与托儿服务</h1>
<p>{RAMP}</p>
<p>{SASL}</p>
<p>{INTERP}</p>
<p>{CARE}</p>
""")

QFORM = "".join([fld("q-name", "姓名"), fld("q-email", "电邮", "email"), fld("q-text", "您的问题", "textarea")])
s.page("faq.html", "常见问题", f"""
<h1>常见问题</h1>
<details open><summary>有优惠票吗？</summary><p>有，长者（60岁以上）及学生票R100，普通票R250。</p></details>
<details open><summary>有免费票吗？</summary><p>{NOFREE}</p></details>
<details open><summary>可以带孩子来吗？</summary><p>{MINOR} {CARE}</p></details>
<details open><summary>需要注册账户吗？</summary><p>{GUEST}</p></details>
<h2>向我们提问</h2>
<form action="@faq.html" method="post">
{QFORM}
<div class="frc-captcha" data-sitekey="FCMGEXAMPLE0JOBURG"></div>
<button type="submit">发送</button>
</form>
""")

s.page("travel.html", "交通住宿", """
<h1>交通住宿</h1>
<ul><li>豪登列车（Gautrain）机场至Sandton站单程约R180。</li><li>合作酒店：每晚R1 200起。</li>
<li>会场停车：每天R50。</li></ul>
""")

s.page("sponsors.html", "赞助", """
<h1>赞助方案</h1>
<p>钻石赞助 R50 000 · 金牌赞助 R20 000 · 展位 R5 000</p>
""")

s.page("donate.html", "支持我们", """
<h1>支持我们的反诈骗宣传</h1>
<p>您的捐款将用于印制中文防骗手册。可选择捐款金额：R100、R250或R500。</p>
""")

ENTRY = entry(
    s, name="2027南非华人数字安全与反诈骗论坛（约翰内斯堡）",
    languages=["zh", "en"], fees=[(250, "ZAR"), (100, "ZAR"), (80, "ZAR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False, registration_form=None, registration_host="www.howler.co.za",
    registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["childcare", "interpretation", "sign_language", "wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "tickets.html", "program.html", "access.html", "faq.html"],
    evidence={
        "languages": [N("Chinese site with an English section (lang=\"en\") of two paragraphs on index.html"),
                      M("index.html", '<section lang="en">')],
        "un_languages": [N("zh and en")],
        "fees": [Q("tickets.html", "普通票 R250"), Q("tickets.html", "长者（60岁以上）及学生票 R100"),
                 Q("tickets.html", "加购：手机安全设置工作坊（下午） R80"),
                 Q("index.html", "Tickets: general ZAR 250; seniors (60+) and students ZAR 100; add-on phone-security workshop ZAR 80.", "restated in English: no new entry"),
                 Q("donate.html", "可选择捐款金额：R100、R250或R500。", "donations: not fees"),
                 Q("sponsors.html", "钻石赞助 R50 000", "sponsor package: not a fee"),
                 Q("travel.html", "合作酒店：每晚R1 200起。", "hotel: not a fee")],
        "free_option": [Q("tickets.html", NOFREE)],
        "fee_support": [Q("faq.html", "有，长者（60岁以上）及学生票R100，普通票R250。")],
        "remote_participation": [Q("program.html", ONLINE)],
        "captcha": [M("faq.html", '<div class="frc-captcha"', "on the 3-field question form of the FAQ")],
        "account_required": [Q("tickets.html", GUEST)],
        "registration_form": [N("no own registration form: tickets on Howler; the 3-field question form is not one")],
        "registration_host": [M("tickets.html", 'href="https://www.howler.co.za/events/2027-cn-digital-safety-forum"')],
        "registration_pdf_only": [N("tickets online")],
        "min_age": [Q("faq.html", MINOR, "accompaniment rule: not a minimum age; childcare ages are not limits")],
        "accessibility_statement": [Q("access.html", RAMP)],
        "access_services": [Q("access.html", RAMP), Q("access.html", SASL), Q("access.html", INTERP), Q("access.html", CARE)],
        "videos_without_captions": [M("index.html", 'src="media/fanzha-2026.mp4">')],
        "pdf_only_documents": [N("no PDF")],
    })
