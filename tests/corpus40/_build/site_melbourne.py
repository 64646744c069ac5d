"""Melbourne (Australia): a Chinese community family-services NGO's forum on children's online safety, tickets on
Humanitix beside an own free-ticket application. Chinese (zh-Hans-AU) with an English section (lang="en")."""
from lib import *

NAV = [("index.html", "首页"), ("piaojia.html", "票价与购票"), ("mianfei.html", "免费票申请"), ("qinzi.html", "亲子工作坊"),
       ("xianshang.html", "线上参加"), ("changdi.html", "场地与无障碍"), ("changjian.html", "常见问题"),
       ("zanzhu.html", "赞助与捐款"), ("zhaopin.html", "招聘")]
s = mk("moerben-ertong-wangluo-anquan-luntan", "墨尔本华人社区儿童网络安全论坛 2027", "zh-Hans-AU", "#d35400", "童安", NAV,
       foot={"zh-Hans-AU": "<p>墨尔本华人家庭服务中心 · Box Hill, VIC 3128 · forum@mcfsc.example.org.au</p>"})

EN1 = ("The Melbourne Chinese Community Forum on Children's Online Safety takes place on Saturday 13 March 2027 at the "
       "Box Hill Community Hub, with talks for parents on screen time, gaming, cyberbullying and scams.")
EN2 = ("Adult tickets cost A$25, student and concession tickets A$10, and the parent-child workshop A$15 per family. Parents "
       "holding a Health Care Card can apply for free tickets. Online participants can ask the experts questions over Zoom.")
s.page("index.html", "墨尔本华人社区儿童网络安全论坛 2027", f"""
<h1>墨尔本华人社区儿童网络安全论坛 2027</h1>
<p>2027年3月13日（星期六），Box Hill社区中心。论坛邀请网络安全专家、学校老师和心理辅导员，与家长一起讨论屏幕时间、网络游戏、网络欺凌和网络诈骗。</p>
<ul><li><a href="@piaojia.html">票价与购票</a></li><li><a href="@mianfei.html">申请免费票</a></li>
<li><a href="@xianshang.html">线上参加</a></li></ul>
<h2>去年论坛回顾</h2>
""" + video("media/luntan-2026.mp4") + f"""
<section lang="en">
<h2>In English</h2>
<p>{EN1}</p>
<p>{EN2}</p>
</section>
""")
placeholder_media(s, "media/luntan-2026.mp4")

NOACC = "在Humanitix购票无需创建账户。"
FREE = "持有政府优惠卡（Health Care Card 或 Pensioner Concession Card）的家长可申请免费门票。"
s.page("piaojia.html", "票价与购票", f"""
<h1>票价与购票</h1>
<table>
<tr><th>票种</th><th>票价（澳元）</th></tr>
<tr><td>成人票</td><td>A$25</td></tr>
<tr><td>学生及优惠卡持有人票</td><td>A$10</td></tr>
<tr><td>亲子工作坊（附加，每个家庭）</td><td>A$15</td></tr>
</table>
<p>线上参加同样需要购票，价格相同。</p>
<p>请在 <a href="https://www.humanitix.com/au/events/melb-chinese-child-online-safety-2027">Humanitix 购票页面</a> 购票。{NOACC}</p>
<p>{FREE} 请填写<a href="@mianfei.html">免费票申请表</a>。</p>
""")

form = "".join([
    fld("name", "家长姓名（请务必填写）"),
    fld("email", "电子邮箱（请务必填写）", "email"),
    fld("mobile", "手机号码（请务必填写）", "tel"),
    fld("suburb", "居住区", "select", False, ["Box Hill", "Glen Waverley", "Doncaster", "Clayton", "Footscray", "其他"]),
    fld("kidage", "孩子年龄段", "select", False, ["3至7岁", "8至12岁", "13至17岁"]),
    fld("cardtype", "优惠卡类型（请务必填写）", "select", False, ["Health Care Card", "Pensioner Concession Card"]),
    fld("cardno", "优惠卡号码"),
    radios("mode", "参加方式", ["现场参加", "线上参加（Zoom）"], True),
    fld("workshop", "同时报名亲子工作坊", "checkbox"),
    fld("lang", "语言偏好", "select", False, ["普通话", "粤语", "英语"]),
    fld("agree", "我同意主办方按隐私政策使用以上信息", "checkbox", True),
])
s.page("mianfei.html", "免费票申请", f"""
<h1>免费票申请</h1>
<p>{FREE} 名额有限，先到先得。</p>
<form action="@mianfei.html" method="post">
{form}
<div class="frc-captcha" data-sitekey="FCMexampleMelbourneForum"></div>
<button type="submit">提交申请</button>
</form>
""")

WS = "亲子工作坊适合8至12岁儿童与家长一同参加。"
s.page("qinzi.html", "亲子工作坊", f"""
<h1>亲子工作坊：一起制定家庭上网约定</h1>
<p>{WS} 工作坊由论坛主办方的社工带领，下午2点至3点半，每个家庭另付A$15。</p>
""")

ZOOM = "线上参加者可通过Zoom实时向专家提问，主持人会在问答环节优先读出线上问题。"
s.page("xianshang.html", "线上参加", f"""
<h1>线上参加</h1>
<p>{ZOOM}</p>
<p>购票后，Zoom链接会通过电子邮件发送给您。</p>
""")

STEP = "会场位于地面层，设有无障碍通道，可供轮椅出入。"
AUSLAN = "主会场提供澳大利亚手语（Auslan）翻译。"
CAP = "主会场提供英文实时字幕。"
INT = "普通话、粤语与英语之间提供同声传译。"
KIDS = "儿童看护区由持证看护员照顾3至7岁儿童。"
s.page("changdi.html", "场地与无障碍", f"""
<h1>场地与无障碍</h1>
<p>Box Hill社区中心，Whitehorse Road，Box Hill。</p>
<ul><li>{STEP}</li><li>{AUSLAN}</li><li>{CAP}</li><li>{INT}</li><li>{KIDS}</li></ul>
<p>如有其他无障碍需求，请发邮件至 access@mcfsc.example.org.au。</p>
<p>交通：乘坐火车至Box Hill站，步行5分钟。附近停车场全天停车费A$12。</p>
""")

s.page("changjian.html", "常见问题", f"""
<h1>常见问题</h1>
<details open><summary>需要注册账户吗？</summary><p>{NOACC}</p></details>
<details open><summary>有优惠吗？</summary><p>学生及优惠卡持有人票价为A$10。{FREE}</p></details>
<details open><summary>孩子可以一起来吗？</summary><p>{WS} 年幼的孩子可以在儿童看护区。</p></details>
""")

s.page("zanzhu.html", "赞助与捐款", """
<h1>赞助与捐款</h1>
<p>企业赞助：A$1,500（会场展示和鸣谢）。</p>
<p>欢迎捐款支持我们的家庭服务，建议捐款A$20。</p>
<p>《家长网络安全指南》手册在会场出售，每本A$18。</p>
""")
s.page("zhaopin.html", "招聘", """
<h1>招聘</h1>
<p>兼职项目协调员（普通话/粤语）：时薪A$38。</p>
""")

ENTRY = entry(s, name="墨尔本华人社区儿童网络安全论坛 2027 (Melbourne)",
    languages=["en", "zh"],
    fees=[(25, "AUD"), (10, "AUD"), (15, "AUD")],
    free_option=True, fee_support=True, remote_participation=True,
    captcha=["friendlycaptcha"], account_required=False,
    registration_form=(11, 6, ["phone"]),
    registration_host="www.humanitix.com", registration_pdf_only=False, min_age=8,
    accessibility_statement=True,
    access_services=["captions", "childcare", "interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "piaojia.html", "mianfei.html", "qinzi.html", "xianshang.html", "changdi.html", "changjian.html"],
    evidence={
        "languages": [M("index.html", '<section lang="en">', "English section of two paragraphs")],
        "un_languages": [N("zh and en")],
        "fees": [Q("piaojia.html", "成人票 A$25"), Q("piaojia.html", "学生及优惠卡持有人票 A$10"), Q("piaojia.html", "亲子工作坊（附加，每个家庭） A$15"),
                 Q("index.html", EN2, "restated in English: no new entry"),
                 Q("zanzhu.html", "企业赞助：A$1,500（会场展示和鸣谢）。", "sponsor: not a fee"),
                 Q("zanzhu.html", "建议捐款A$20", "donation: not a fee"),
                 Q("zanzhu.html", "每本A$18", "goods sold: not a fee"),
                 Q("changdi.html", "附近停车场全天停车费A$12。", "parking: not a fee"),
                 Q("zhaopin.html", "时薪A$38", "salary: not a fee")],
        "free_option": [Q("piaojia.html", FREE)],
        "fee_support": [Q("piaojia.html", "学生及优惠卡持有人票 A$10"), Q("piaojia.html", FREE)],
        "remote_participation": [Q("xianshang.html", ZOOM)],
        "captcha": [M("mianfei.html", '<div class="frc-captcha" data-sitekey="FCMexampleMelbourneForum"></div>')],
        "account_required": [Q("piaojia.html", NOACC)],
        "registration_form": [N("free-ticket application: name*, e-mail*, mobile*, suburb, child's age group, card type*, card number (not an ID), mode radio (required), workshop checkbox, language, consent (required) = 11 fields, 6 required; phone", "mianfei.html")],
        "registration_host": [M("piaojia.html", 'href="https://www.humanitix.com/au/events/melb-chinese-child-online-safety-2027"')],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("qinzi.html", WS)],
        "accessibility_statement": [Q("changdi.html", STEP)],
        "access_services": [Q("changdi.html", STEP), Q("changdi.html", AUSLAN), Q("changdi.html", CAP), Q("changdi.html", INT), Q("changdi.html", KIDS)],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/luntan-2026.mp4">')],
        "pdf_only_documents": [N("no PDF")],
    })
