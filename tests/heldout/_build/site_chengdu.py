"""Chengdu, China: a university law school's symposium on data governance and digital policy (zh-Hans-CN, en section)."""
from lib import *

SLUG = "shuju-zhili-shuzi-zhengce-yantaohui-chengdu"
NAME = "2027 数据治理与数字政策学术研讨会（成都）"
NAV = [("index.html", "首页"), ("baoming.html", "报名"), ("feiyong.html", "费用"), ("jiangzuo.html", "公开讲座"),
       ("xianshang.html", "线上报告"), ("richeng.html", "日程"), ("wuzhangai.html", "无障碍服务"),
       ("zanzhu.html", "赞助与招聘")]
s = mk(SLUG, NAME, "zh-Hans-CN", "#b22222", "数治", NAV,
       foot={"zh-Hans-CN": "<p>西蜀大学法学院数字法治研究中心（虚构） · 成都 · symposium@dg.example.cn</p>"})

P = "index.html"
s.page(P, NAME, """
<h1>2027 数据治理与数字政策学术研讨会</h1>
<p>研讨会将于2027年11月6日至7日在成都举行，围绕数据跨境流动、个人信息保护、算法治理和公共数据开放展开讨论，欢迎高校师生、研究人员、企业和社会组织参加。</p>
<p><a href="@baoming.html">立即报名</a> · <a href="@jiangzuo.html">免费公开讲座</a></p>
<section lang="en">
<h2>English</h2>
<p>The 2027 Symposium on Data Governance and Digital Policy takes place in Chengdu on 6–7 November 2027. Topics include cross-border data flows, personal information protection, algorithm governance and open public data. The registration fee is CNY 800, or CNY 200 for students; a hands-on workshop costs CNY 300. Presenters who cannot travel may present online over Tencent Meeting and answer questions from the room.</p>
</section>
""")

s.page("baoming.html", "报名", """
<h1>报名方式</h1>
<p>本次研讨会通过活动行报名并缴费：<a href="https://www.huodongxing.com/event/5270011">www.huodongxing.com/event/5270011</a>。报名需使用微信登录活动行账号。</p>
""")

s.page("feiyong.html", "费用", """
<h1>注册费用</h1>
<table><tr><th>类别</th><th>费用</th></tr>
<tr><td>一般参会者</td><td>¥800</td></tr>
<tr><td>学生（凭学生证）</td><td>¥200</td></tr>
<tr><td>数据合规实务工作坊（另行报名）</td><td>¥300</td></tr></table>
<p>11月6日晚的公开讲座免费向公众开放，需在本网站预约。</p>
""")

s.page("jiangzuo.html", "公开讲座", """
<h1>免费公开讲座：人工智能时代的个人信息保护</h1>
<p>讲座免费，欢迎市民参加。12岁以下儿童须由成人陪同。</p>
<form action="@jiangzuo.html" method="post">
""" + fld("xm", "姓名（必填信息）") + fld("sj", "手机号（必填信息）", "tel") + fld("yx", "电子邮箱（必填信息）", "email")
  + fld("dw", "工作单位或学校") + fld("sf", "身份", "select", opts=["学生", "教师", "公众"]) + """
<p><img src="@img/captcha.svg" alt="验证码" width="120" height="40"></p>
""" + fld("yzm", "请输入图片中的验证码（必填信息）") + """
<button type="submit">提交预约</button>
</form>
""")
s.write("img/captcha.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">8Y3KD</text></svg>\n')

s.page("xianshang.html", "线上报告", """
<h1>线上报告</h1>
<p>无法到场的报告人可通过腾讯会议进行线上报告，并实时回答现场听众的提问。</p>
""")

s.page("richeng.html", "日程", """
<h1>会议日程</h1>
<p>详细日程仅提供PDF版本：<a href="@docs/richeng-2027.pdf">下载日程（PDF）</a>。</p>
""")
s.pdf("docs/richeng-2027.pdf", "Symposium programme 2027\nDay 1\nDay 2")

s.page("wuzhangai.html", "无障碍服务", """
<h1>无障碍服务</h1>
<p>会场设有无障碍电梯和轮椅通道。</p>
<p>主会场提供实时字幕。</p>
<p>全体会议提供中英同声传译。</p>
<p>本次会议不提供手语翻译。</p>
<p>如有无障碍需求，请联系 access@dg.example.cn。</p>
""")

s.page("zanzhu.html", "赞助与招聘", """
<h1>赞助与招聘</h1>
<p>金牌赞助：¥50,000；展位：¥8,000。</p>
<p>招聘：研究中心科研助理，月薪¥8,000。</p>
<p>合作酒店：¥450/晚。地铁至会场：¥4。</p>
""")

ENTRY = entry(s, name="Symposium on data governance and digital policy, Chengdu", languages=["zh", "en"],
    fees=[(800, "CNY"), (200, "CNY"), (300, "CNY")], free_option=True, fee_support=True, remote_participation=True,
    captcha=["image"], account_required=True, registration_form=(6, 4, ["phone", "affiliation"]),
    registration_host="www.huodongxing.com", registration_pdf_only=False, min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access", "captions", "interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "baoming.html", "feiyong.html", "jiangzuo.html", "xianshang.html", "richeng.html", "wuzhangai.html"],
    evidence={
        "languages": [Q(P, "围绕数据跨境流动、个人信息保护、算法治理和公共数据开放展开讨论"),
                      M(P, '<section lang="en">', "English section")],
        "un_languages": [N("zh and en")],
        "fees": [Q("feiyong.html", "一般参会者 ¥800"), Q("feiyong.html", "学生（凭学生证） ¥200"),
                 Q("feiyong.html", "数据合规实务工作坊（另行报名） ¥300"),
                 Q(P, "The registration fee is CNY 800, or CNY 200 for students", "restated, no new entry"),
                 Q("zanzhu.html", "金牌赞助：¥50,000", "sponsor: not a fee"),
                 Q("zanzhu.html", "招聘：研究中心科研助理，月薪¥8,000。", "salary: not a fee"),
                 Q("zanzhu.html", "合作酒店：¥450/晚。", "hotel: not a fee")],
        "free_option": [Q("feiyong.html", "11月6日晚的公开讲座免费向公众开放，需在本网站预约。")],
        "fee_support": [Q("feiyong.html", "学生（凭学生证） ¥200", "student rate below another fee")],
        "remote_participation": [Q("xianshang.html", "无法到场的报告人可通过腾讯会议进行线上报告，并实时回答现场听众的提问。")],
        "captcha": [M("jiangzuo.html", 'alt="验证码"', "self-hosted image code on the lecture RSVP form")],
        "account_required": [Q("baoming.html", "报名需使用微信登录活动行账号。")],
        "registration_form": [Q("jiangzuo.html", "手机号（必填信息）"),
                              N("free-lecture RSVP: name, mobile, email, employer/school, status, image-code box = 6 fields, 4 with '（必填信息）'")],
        "registration_host": [M("baoming.html", 'href="https://www.huodongxing.com/event/5270011"')],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("jiangzuo.html", "12岁以下儿童须由成人陪同。", "accompaniment rule: not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "会场设有无障碍电梯和轮椅通道。")],
        "access_services": [Q("wuzhangai.html", "主会场提供实时字幕。"), Q("wuzhangai.html", "全体会议提供中英同声传译。"),
                            Q("wuzhangai.html", "本次会议不提供手语翻译。", "negation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("richeng.html", "详细日程仅提供PDF版本")],
    })
