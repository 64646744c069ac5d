from lib import mk, placeholder_media, video, Q, M, N, entry, fld, radios

NAV = [("index.html", "首页"), ("feiyong.html", "注册费用"), ("zhuce.html", "报名"), ("xianshang.html", "线上参会"),
       ("wuzhangai.html", "无障碍服务"), ("zanzhu.html", "赞助与展位"), ("zhusu.html", "住宿交通"), ("zhaopin.html", "招聘信息")]
s = mk("kunming-gaoyuan-hupo-baohu-luntan", "高原湖泊保护论坛 2027 · 昆明", "zh-Hans-CN", "#1d5f8a", "湖", NAV,
       foot={"zh-Hans-CN": "<p>滇池流域公益环保联盟 · forum@gaoyuanhu.example.cn</p>"})
placeholder_media(s, "media/dianchi.mp4")

s.page("index.html", "高原湖泊保护论坛 2027", """
<h1>高原湖泊保护论坛 2027</h1>
<p>论坛于2027年9月17日至18日在昆明滇池会议中心举行，邀请环保社会组织、社区代表、研究人员和基层工作人员，
交流湖泊治理、湿地修复与社区监测的经验。</p>
<p>请先查看<a href="@feiyong.html">注册费用</a>，再填写<a href="@zhuce.html">报名表</a>。往届资料：<a href="@wangjie-2026.html">2026年论坛回顾</a>。</p>
""" + video("media/dianchi.mp4") + """
<section lang="en">
<h2>About the forum (English)</h2>
<p>The Plateau Lakes Conservation Forum brings together environmental NGOs, community representatives, researchers and
local officials in Kunming to share practice on lake governance, wetland restoration and community monitoring. The
in-person registration is CNY 680 and the online pass CNY 200; online participants can put questions to the panels
through Tencent Meeting.</p>
</section>
""")

s.page("feiyong.html", "注册费用", """
<h1>注册费用</h1>
<table><caption>2027年论坛注册费</caption>
<tr><th>类别</th><th>费用</th></tr>
<tr><td>现场参会（含两天午餐和资料）</td><td>人民币680元</td></tr>
<tr><td>线上参会</td><td>200元</td></tr>
</table>
<p class="note">本届论坛不设免费名额，演讲嘉宾同样缴纳注册费。不设学生优惠，也不提供差旅资助。</p>
""")

form = "".join([
    fld("xm", "姓名（必填）"), fld("yx", "电子邮箱（必填）", "email"), fld("sj", "手机号码（必填）", "tel"),
    fld("sfz", "身份证号码（必填）"), fld("dw", "工作单位（必填）"),
    radios("xb", "性别", ["男", "女", "不愿透露"]),
    radios("fs", "参会方式（必填）", ["现场", "线上"]),
    fld("flt", "分论坛", "select", opts=["湖泊治理", "湿地修复", "社区监测"]),
    fld("yinshi", "饮食要求", "select", opts=["无", "素食", "清真"]),
    fld("fp", "需要开具发票", "checkbox"),
    fld("ty", "我已阅读并同意个人信息处理说明（必填）", "checkbox"),
])
s.page("zhuce.html", "报名", f"""
<h1>在线报名</h1>
<p>标注“（必填）”的项目必须填写。提交后三个工作日内发送缴费通知。</p>
<form action="@zhuce.html" method="post">{form}
<div class="geetest_captcha" data-captcha-id="gt-placeholder-kunming"></div>
<button type="submit">提交报名</button></form>
""")

s.page("xianshang.html", "线上参会", """
<h1>线上参会</h1>
<p>线上参会者通过腾讯会议进入各场讨论，可在会议中实时向发言嘉宾提问，主持人将现场宣读并请嘉宾回答。</p>
<p>会议链接在缴费后发送到报名邮箱。</p>
""")

s.page("wuzhangai.html", "无障碍服务", """
<h1>无障碍服务</h1>
<p>会场设有无障碍坡道和无障碍电梯，轮椅可通行。</p>
<p>主会场提供中文实时字幕。本次论坛不提供手语翻译。</p>
<p>如有其他需要，请在9月1日前发邮件至 wza@gaoyuanhu.example.cn。</p>
""")

s.page("zanzhu.html", "赞助与展位", """
<h1>赞助与展位</h1>
<p>战略合作伙伴：人民币80,000元；标准展位（3米×2米）：6,000元。</p>
""")

s.page("zhusu.html", "住宿交通", """
<h1>住宿交通</h1>
<p>协议酒店：滇池湖畔酒店，大床房每晚450元。</p>
<p>长水机场至会场出租车约120元，地铁转公交约8元。</p>
""")

s.page("zhaopin.html", "招聘信息", """
<h1>招聘信息</h1>
<p>联盟招聘项目官员一名，工作地点昆明，月薪8,000元至10,000元。</p>
""")

ENTRY = entry(
    s, name="Plateau Lakes Conservation Forum 2027 (environmental NGO alliance, Kunming)",
    languages=["zh", "en"],
    fees=[(680, "CNY"), (200, "CNY")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["other"],
    account_required=False, registration_form=(11, 7, ["phone", "id_document", "affiliation", "gender"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "captions"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "zhuce.html", "xianshang.html", "wuzhangai.html"],
    deliberate_404=["wangjie-2026.html"],
    evidence={
        "languages": [Q("index.html", "交流湖泊治理、湿地修复与社区监测的经验"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Plateau Lakes Conservation Forum brings together environmental NGOs")],
        "un_languages": [N("zh, en")],
        "fees": [Q("feiyong.html", "现场参会（含两天午餐和资料） 人民币680元", "680 CNY"),
                 Q("feiyong.html", "线上参会 200元", "online pass with questions: 200 CNY"),
                 Q("index.html", "The in-person registration is CNY 680 and the online pass CNY 200", "English restatement, no new entries"),
                 Q("zanzhu.html", "战略合作伙伴：人民币80,000元", "sponsorship and stand: not fees"),
                 Q("zhusu.html", "大床房每晚450元", "hotel, taxi, metro: not fees"),
                 Q("zhaopin.html", "月薪8,000元至10,000元", "salary: not a fee")],
        "free_option": [Q("feiyong.html", "本届论坛不设免费名额，演讲嘉宾同样缴纳注册费。")],
        "fee_support": [Q("feiyong.html", "不设学生优惠，也不提供差旅资助。")],
        "remote_participation": [Q("xianshang.html", "线上参会者通过腾讯会议进入各场讨论，可在会议中实时向发言嘉宾提问")],
        "captcha": [M("zhuce.html", '<div class="geetest_captcha"', "GeeTest: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (name, e-mail, phone, ID number, employer, gender radio, mode radio, session "
                                "select, diet select, invoice checkbox, consent checkbox); 7 marked （必填）; sensitive phone, "
                                "id_document, affiliation, gender", "zhuce.html"),
                              Q("zhuce.html", "身份证号码（必填）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wuzhangai.html", "会场设有无障碍坡道和无障碍电梯，轮椅可通行。")],
        "access_services": [Q("wuzhangai.html", "轮椅可通行", "wheelchair_access"),
                            Q("wuzhangai.html", "主会场提供中文实时字幕。", "captions"),
                            Q("wuzhangai.html", "本次论坛不提供手语翻译。", "negation: no sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/dianchi.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
