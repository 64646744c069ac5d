"""Community gardening exchange, Singapore (zh-SG; English page declared lang="zh-SG")."""
from lib import *

NAV = [("index.html", "首页"), ("piaowu.html", "票务"), ("zhuce.html", "注册报名"), ("zhibo.html", "线上直播"),
       ("wuzhangai.html", "无障碍"), ("en.html", "English"), ("jiaotong.html", "交通住宿"), ("zanzhu.html", "赞助与摊位")]
s = mk("xinjiapo-shequ-yuanyi-jiaoliuhui", "新加坡社区园艺交流会 2027", "zh-SG", "#2f7d32", "园", NAV,
       foot={"zh-SG": '<p>新加坡社区花园网络（虚构）· 联络：hello@kampunggarden.example.sg</p>'})
placeholder_media(s, "media/zhongzi-jiaohuan.mp4")

s.page("index.html", "新加坡社区园艺交流会 2027", """
<h1>新加坡社区园艺交流会 2027</h1>
<p>三月二十日至二十一日，义顺社区俱乐部。来自组屋楼下菜园、学校花圃和屋顶农场的园丁们齐聚一堂，交流种子、土壤和邻里故事。</p>
<p>今年主题：“一块菜地，一条走廊”。<a href="@piaowu.html">查看票价</a>，或先<a href="@zhuce.html">注册账户</a>。
往届精彩回顾请看<a href="@huigu-2025.html">2025 年回顾</a>。</p>
<h2>种子交换角花絮</h2>
""" + video("media/zhongzi-jiaohuan.mp4") + """
""")

s.page("piaowu.html", "票务 — 新加坡社区园艺交流会", """
<h1>票务</h1>
<table>
  <caption>两天通行证（新元）</caption>
  <tr><th>票种</th><th>价格</th></tr>
  <tr><td>一般通行证</td><td>120</td></tr>
  <tr><td>社区花园网络会员</td><td>90</td></tr>
</table>
<p>加购：厨余堆肥实作工作坊 S$35（每场二十人，适合10岁及以上）。</p>
<p class="note">周六上午的三场公开讲座免费入场，无需购票，座满即止。</p>
<p>本届不设津贴、学生优惠或减免名额，敬请见谅。</p>
""")

s.page("zhuce.html", "注册报名 — 新加坡社区园艺交流会", """
<h1>注册报名</h1>
<p>购票前须先注册交流会账户；注册后登录即可选择票种并付款。</p>
<form action="@zhuce.html" method="post">
""" + fld("name", "姓名（必填）") + fld("nric", "身份证号码 NRIC（必填）") + fld("email", "电邮（必填）", "email")
    + fld("phone", "手机号码（必填）", "tel") + fld("pw", "密码（必填）", "password") + fld("pw2", "确认密码（必填）", "password")
    + fld("garden", "所属社区花园或团体") + fld("ticket", "票种", "select", opts=["一般通行证", "会员通行证"])
    + fld("compost", "加购堆肥工作坊", "checkbox") + fld("terms", "我同意个人资料保护条款", "checkbox", req=True) + """
<div class="geetest_captcha" data-captcha-id="kampung-2027-demo"></div>
<button type="submit">创建账户</button>
</form>
""")

s.page("zhibo.html", "线上直播 — 新加坡社区园艺交流会", """
<h1>线上直播</h1>
<p>主会场的开幕和闭幕环节会在 YouTube 同步直播。直播仅供观看，线上观众无法提问或发言；如需参与讨论，请到现场。</p>
""")

s.page("wuzhangai.html", "无障碍 — 新加坡社区园艺交流会", """
<h1>无障碍安排</h1>
<p>义顺社区俱乐部的礼堂和花园都有无障碍通道，轮椅可直达。</p>
<p>公开讲座配备新加坡手语（SgSL）翻译和实时字幕。</p>
<p>其他需要请电邮 access@kampunggarden.example.sg。</p>
""")

s.page("en.html", "Singapore Community Gardening Exchange 2027", """
<h1>Singapore Community Gardening Exchange 2027</h1>
<p>Two days at Yishun Community Club for anyone who grows food between HDB blocks, on rooftops or in school plots. Swap seeds,
compare soil, hear how other estates run their gardens.</p>
<p>Two-day pass S$120; garden network members S$90; composting workshop add-on S$35. The three Saturday-morning public talks are
free, no ticket needed. You need an account to buy tickets (Chinese registration page).</p>
<p>The opening and closing are streamed on YouTube for watching only.</p>
<p>Wheelchair access throughout; SgSL interpreters and live captions at the public talks.</p>
""", lang="zh-SG")

s.page("jiaotong.html", "交通住宿 — 新加坡社区园艺交流会", """
<h1>交通与住宿</h1>
<p>地铁义顺站步行八分钟，车资约 S$1.50。外地来宾可入住附近酒店，每晚约 S$180 起。</p>
""")

s.page("zanzhu.html", "赞助与摊位 — 新加坡社区园艺交流会", """
<h1>赞助与摊位</h1>
<p>冠名赞助 S$3,000；农具和种苗摊位每天 S$200。</p>
""")

ENTRY = entry(s, name="Singapore community gardening exchange 2027 (community garden network, Singapore)",
    languages=["zh", "en"],
    fees=[(120, "SGD"), (90, "SGD"), (35, "SGD")],
    free_option=True, fee_support=False, remote_participation=False, captcha=["other"],
    account_required=True, registration_form=(10, 7, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=10, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "piaowu.html", "zhuce.html", "zhibo.html", "wuzhangai.html", "en.html"],
    deliberate_404=["huigu-2025.html"],
    evidence={
        "languages": [Q("index.html", "来自组屋楼下菜园、学校花圃和屋顶农场的园丁们齐聚一堂"),
                      M("en.html", '<html lang="zh-SG">', "whole English page declared zh-SG: English"),
                      Q("en.html", "Two days at Yishun Community Club for anyone who grows food between HDB blocks")],
        "un_languages": [N("en, zh")],
        "fees": [Q("piaowu.html", "两天通行证（新元）", "currency only in the caption"),
                 Q("piaowu.html", "社区花园网络会员", "member rate 90: a fee (category rate)"),
                 Q("piaowu.html", "加购：厨余堆肥实作工作坊 S$35"),
                 Q("en.html", "Two-day pass S$120; garden network members S$90; composting workshop add-on S$35.", "restated in English: no new entry"),
                 Q("jiaotong.html", "每晚约 S$180 起", "hotel, MRT fare: not fees"),
                 Q("zanzhu.html", "冠名赞助 S$3,000；农具和种苗摊位每天 S$200。", "sponsor, stalls: not fees")],
        "free_option": [Q("piaowu.html", "周六上午的三场公开讲座免费入场，无需购票，座满即止。")],
        "fee_support": [Q("piaowu.html", "本届不设津贴、学生优惠或减免名额，敬请见谅。", "member rate is not support")],
        "remote_participation": [Q("zhibo.html", "直播仅供观看，线上观众无法提问或发言")],
        "captcha": [M("zhuce.html", '<div class="geetest_captcha"', "GeeTest: other")],
        "account_required": [Q("zhuce.html", "购票前须先注册交流会账户")],
        "registration_form": [N("own account sign-up: 10 fields (name, NRIC, e-mail, phone, password, confirmation, garden, ticket select, workshop checkbox, terms checkbox); 6 marked （必填） + terms required = 7; sensitive id_document, phone, affiliation", "zhuce.html"),
                              Q("zhuce.html", "身份证号码 NRIC（必填）")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online sign-up")],
        "min_age": [Q("piaowu.html", "适合10岁及以上", "workshop of the event: 10")],
        "accessibility_statement": [Q("wuzhangai.html", "义顺社区俱乐部的礼堂和花园都有无障碍通道，轮椅可直达。")],
        "access_services": [Q("wuzhangai.html", "轮椅可直达", "wheelchair_access"),
                            Q("wuzhangai.html", "公开讲座配备新加坡手语（SgSL）翻译和实时字幕。", "sign_language, captions")],
        "videos_without_captions": [M("index.html", 'src="media/zhongzi-jiaohuan.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
