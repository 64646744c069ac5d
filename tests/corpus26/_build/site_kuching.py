"""Traditional Chinese medicine symposium (made-up TCM practitioners' association, Kuching, Sarawak, Malaysia):
zh-Hans-MY, a whole English page declared lang="zh-Hans-MY"."""
from lib import *

NAV = [("index.html", "首页"), ("feiyong.html", "费用"), ("baoming.html", "报名"), ("wuzhangai.html", "无障碍"),
       ("english.html", "English"), ("zhusu.html", "住宿交通"), ("zanzhu.html", "赞助商"), ("zhaopin.html", "诊所招聘")]
s = mk("shalayue-zhongyiyao-yantaohui-gujin", "砂拉越中医药学术研讨会", "zh-Hans-MY", "#2f6b3a", "中医", NAV,
       foot={"zh-Hans-MY": "<p>砂拉越中医师公会（虚构）· 古晋亚答街 · tcm2027@sarawak-tcm.example.my</p>"})

s.page("index.html", "2027砂拉越中医药学术研讨会 · 古晋", """
<h1>2027砂拉越中医药学术研讨会</h1>
<p>砂拉越中医师公会将于2027年9月4日至5日在古晋河畔会议厅举办年度学术研讨会，主题为“热带气候与脾胃病调治”。</p>
<p>研讨会包括专题演讲、病例讨论及针灸实操工作坊；9月4日晚另设面向公众的健康讲座。</p>
<ul>
<li><a href="@feiyong.html">报名费用</a></li>
<li><a href="@baoming.html">网上报名</a></li>
<li><a href="@wuzhangai.html">无障碍设施</a></li>
<li><a href="@english.html">Information in English</a></li>
</ul>
""" + video("media/2026-huigu.mp4"))
placeholder_media(s, "media/2026-huigu.mp4")

s.page("feiyong.html", "费用 · 砂拉越中医药学术研讨会", """
<h1>报名费用</h1>
<ul>
<li>研讨会注册（两天）：RM350</li>
<li>中医院校学生：RM150（须出示学生证）</li>
<li>针灸实操工作坊（加购）：令吉120</li>
</ul>
<p>9月4日晚的公众健康讲座“雨季养生”免费入场，无须报名，欢迎民众参加。</p>
<p>本研讨会只设现场参与，不提供线上参会。</p>
<p>会场另有药材商展销，所售产品价格由商家自订。</p>
""")

s.page("baoming.html", "报名 · 砂拉越中医药学术研讨会", """
<h1>网上报名</h1>
<p>针灸实操工作坊只限年满十八岁的注册中医师或中医院校学生参加。</p>
<form action="@baoming.html" method="post">
""" + fld("name", "姓名（必填）") + fld("ic", "身份证号码（必填）") + fld("tel", "手机号码（必填）", "tel")
    + fld("email", "电邮（必填）", "email") + fld("clinic", "诊所或服务单位（必填）")
    + fld("reg", "中医执业注册编号") + fld("cat", "参会类别（必填）", "select", opts=["一般注册", "学生"])
    + fld("ws", "加购针灸实操工作坊", "checkbox") + radios("sex", "性别", ["男", "女"]) + """
<div class="cf-turnstile" data-sitekey="0x4AAAA-sarawak-tcm-example"></div>
<button type="submit">提交</button>
</form>
""")

s.page("wuzhangai.html", "无障碍 · 砂拉越中医药学术研讨会", """
<h1>无障碍设施</h1>
<p>河畔会议厅设有斜坡及电梯，方便轮椅进出各会议室。</p>
<p>开幕式及公众健康讲座提供马来西亚手语（BIM）翻译。</p>
<p>如需其他协助，请电邮 access@sarawak-tcm.example.my。</p>
""")

s.page("english.html", "Sarawak TCM Symposium 2027 – English", """
<h1>Sarawak Traditional Chinese Medicine Symposium 2027</h1>
<p>The Sarawak association of TCM practitioners invites practitioners and students to its annual symposium at the Riverside Convention Hall in Kuching on 4–5 September 2027.</p>
<p>Registration costs RM350 for two days, RM150 for students of TCM colleges, and the hands-on acupuncture workshop is an extra RM120.</p>
<p>The public health talk on the evening of 4 September is free and open to everyone. The symposium is held in person only.</p>
<p>The hall has ramps and a lift; the opening and the public talk are interpreted into Malaysian Sign Language (BIM).</p>
""", lang="zh-Hans-MY")

s.page("zhusu.html", "住宿交通 · 砂拉越中医药学术研讨会", """
<h1>住宿与交通</h1>
<p>河畔酒店：每晚RM220起。</p>
<p>从古晋国际机场乘Grab到会场约RM30。</p>
""")

s.page("zanzhu.html", "赞助商 · 砂拉越中医药学术研讨会", """
<h1>赞助商</h1>
<p>金级赞助：RM8,000；展位：RM1,500。</p>
<p>特别鸣谢本地药材行及针具厂商的支持。</p>
""")

s.page("zhaopin.html", "诊所招聘 · 砂拉越中医师公会", """
<h1>会员诊所招聘</h1>
<p>美里某中医诊所诚聘驻诊医师，月薪RM4,500至RM6,000。</p>
<p>古晋针灸中心招聘助理，月薪RM2,200。</p>
""")

P = ["index.html", "feiyong.html", "baoming.html", "wuzhangai.html", "english.html"]
ENTRY = entry(s, name="Sarawak Traditional Chinese Medicine Symposium 2027 (TCM practitioners' association, Kuching, Malaysia)",
    languages=["zh", "en"], fees=[(350, "MYR"), (150, "MYR"), (120, "MYR")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["turnstile"], account_required=False,
    registration_form=(9, 6, ["id_document", "phone", "affiliation", "gender"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=False, participation_pages=P,
    evidence={
        "languages": [Q("index.html", "砂拉越中医师公会将于2027年9月4日至5日在古晋河畔会议厅举办年度学术研讨会"),
                      M("english.html", '<html lang="zh-Hans-MY">', "whole English page with a wrong lang"),
                      Q("english.html", "The Sarawak association of TCM practitioners invites practitioners and students to its annual symposium")],
        "un_languages": [N("zh, en")],
        "fees": [Q("feiyong.html", "研讨会注册（两天）：RM350"),
                 Q("feiyong.html", "中医院校学生：RM150"),
                 Q("feiyong.html", "针灸实操工作坊（加购）：令吉120", "add-on workshop 120 MYR; English restatement no new entries"),
                 Q("zhusu.html", "每晚RM220起", "hotel and Grab: not fees"),
                 Q("zanzhu.html", "金级赞助：RM8,000；展位：RM1,500。", "sponsorship, stand: not fees"),
                 Q("zhaopin.html", "月薪RM4,500至RM6,000", "salary: not a fee")],
        "free_option": [Q("feiyong.html", "9月4日晚的公众健康讲座“雨季养生”免费入场")],
        "fee_support": [Q("feiyong.html", "中医院校学生：RM150", "student rate below 350")],
        "remote_participation": [Q("feiyong.html", "本研讨会只设现场参与，不提供线上参会。")],
        "captcha": [M("baoming.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, MyKad number, phone, e-mail, clinic, practitioner registration number, category select, workshop checkbox, sex radio); 6 marked （必填）; sensitive id_document, phone, affiliation, gender", "baoming.html"),
                              Q("baoming.html", "身份证号码（必填）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("baoming.html", "针灸实操工作坊只限年满十八岁的注册中医师或中医院校学生参加", "18 in words, workshop of the event")],
        "accessibility_statement": [Q("wuzhangai.html", "河畔会议厅设有斜坡及电梯，方便轮椅进出各会议室。")],
        "access_services": [Q("wuzhangai.html", "方便轮椅进出各会议室", "wheelchair_access"),
                            Q("wuzhangai.html", "开幕式及公众健康讲座提供马来西亚手语（BIM）翻译。", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/2026-huigu.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
