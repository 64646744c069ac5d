"""Singapore Youth Chinese Theatre Festival: a made-up Chinese theatre association's festival with youth workshops.
zh-Hans-SG; English and Tamil sections with lang."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "xinjiapo-huawen-qingnian-xijujie"
NAV = [("index.html", "首页"), ("piaowu.html", "票务"), ("gongzuofang.html", "青年戏剧工作坊"), ("wuzhangai.html", "无障碍服务"),
       ("changjian-wenti.html", "常见问题"), ("jiaotong.html", "交通与住宿"), ("zanzhu.html", "赞助"), ("zhaopin.html", "招聘")]
s = mk(SLUG, "新加坡青年华文戏剧节", "zh-Hans-SG", "#8c1d40", "剧", NAV,
       foot={"zh-Hans-SG": "<p>狮城华文剧艺协会 · 新加坡 · info@shicheng-theatre.example.sg</p>"},
       newsletter={"zh-Hans-SG": ("订阅电子报", "订阅")})
placeholder_media(s, "media/trailer.mp4")
s.pdf("docs/sponsor-deck.pdf", "Singapore Youth Chinese Theatre Festival 2027\nSponsorship packages\nGold S$5,000 / Silver S$2,500")

s.page("index.html", "2027新加坡青年华文戏剧节", """
<h1>2027新加坡青年华文戏剧节</h1>
<p>新加坡青年华文戏剧节于2027年11月12日至21日举行，汇集本地与区域的青年剧团，带来十二部华语原创剧目、
社区剧场演出和青年戏剧工作坊。</p>
<p>社区剧场的演出在各区民众俱乐部举行，欢迎全家大小一起观赏。</p>
<h2>艺术节预告片</h2>
""" + video("media/trailer.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The Singapore Youth Chinese Theatre Festival runs from 12 to 21 November 2027 with twelve new Mandarin plays by
young companies from Singapore and the region, community theatre performances in neighbourhood clubs, and youth
theatre workshops. Performances are in Mandarin with Chinese and English surtitles.</p>
</section>
<section lang="ta">
<h2>தமிழில்</h2>
<p>சிங்கப்பூர் இளைஞர் சீன நாடக விழா 2027 நவம்பர் 12 முதல் 21 வரை நடைபெறுகிறது. சமூக மன்றங்களில் நடைபெறும்
சமூக அரங்க நிகழ்ச்சிகளுக்கு அனுமதி இலவசம்; முன்பதிவு அவசியம். நாடகங்கள் மாண்டரின் மொழியில், சீன மற்றும் ஆங்கில
வசன வரிகளுடன் நடைபெறும்.</p>
</section>
<p><a href="@wangjie.html">往届回顾</a></p>
""")

s.page("piaowu.html", "票务", """
<h1>票务</h1>
<table>
<caption>演出票价（新元）</caption>
<thead><tr><th scope="col">票种</th><th scope="col">每张</th></tr></thead>
<tbody>
<tr><th scope="row">标准票</th><td>38</td></tr>
<tr><th scope="row">学生／乐龄（六十岁以上）</th><td>22</td></tr>
<tr><th scope="row">社区剧场演出</th><td>免费（须预约）</td></tr>
</tbody>
</table>
<p>购票通过 <a href="https://www.sistic.com.sg/events/syctf2027">SISTIC</a> 进行。购票须先注册 SISTIC 账户并登录。</p>
<p>社区剧场演出的免费座位请在各民众俱乐部柜台预约。</p>
""")

form = "".join([
    fld("name", "姓名（必填）"),
    fld("email", "电子邮件（必填）", "email"),
    fld("mobile", "手机号码（必填）", "tel"),
    fld("dob", "出生日期（必填）", "date"),
    fld("school", "学校或工作单位"),
    radios("gender", "性别", ["男", "女", "不愿透露"]),
    fld("ws", "工作坊（必填）", "select", opts=["表演", "编剧", "舞台技术"]),
    fld("slot1", "周末上午班", "checkbox"),
    fld("slot2", "平日晚间班", "checkbox"),
    fld("exp", "过往戏剧经验", "textarea"),
    fld("agree", "我同意活动条款（必填）", "checkbox"),
])
s.page("gongzuofang.html", "青年戏剧工作坊", f"""
<h1>青年戏剧工作坊</h1>
<p>工作坊招收十五至二十五岁青年，为期四个周末，由资深导演与编剧带领，结业时在社区剧场公开呈现。</p>
<p>青年戏剧工作坊每人 S$120（含剧本与材料费）。</p>
<h2>报名表</h2>
<form action="@gongzuofang.html" method="post">
{form}
<div class="frc-captcha" data-sitekey="FCMG-sg-youth-theatre"></div>
<button type="submit">提交报名</button>
</form>
""")

s.page("wuzhangai.html", "无障碍服务", """
<h1>无障碍服务</h1>
<p>维多利亚剧院与各民众俱乐部剧场均设有轮椅座位与无障碍通道，购票时请选择“轮椅座位”。</p>
<p>11月16日晚场设新加坡手语（SgSL）传译。</p>
<p>所有演出均配有中英文舞台字幕（翻译字幕）。</p>
<p>如有其他无障碍需求，请电邮 access@shicheng-theatre.example.sg。</p>
""")

s.page("changjian-wenti.html", "常见问题", """
<h1>常见问题</h1>
<details open><summary>可以在线观看吗？</summary><p>本届艺术节不设线上参与，演出不作直播。</p></details>
<details open><summary>儿童可以入场吗？</summary><p>十二岁以下儿童须由成人陪同。</p></details>
<details open><summary>有优惠吗？</summary><p>学生及乐龄人士凭证件购买优惠票，每张22新元。</p></details>
""")

s.page("jiaotong.html", "交通与住宿", """
<h1>交通与住宿</h1>
<p>乘地铁至政府大厦站，单程车资约 S$1.50。合作酒店每晚 S$180 起。</p>
""")

s.page("zanzhu.html", "赞助", """
<h1>赞助机会</h1>
<p>金级赞助 S$5,000，银级赞助 S$2,500。<a href="@docs/sponsor-deck.pdf">赞助方案（PDF）</a></p>
""")

s.page("zhaopin.html", "招聘", """
<h1>招聘</h1>
<p>舞台监督（合约）——月薪 S$3,200。前台志愿者——提供交通津贴每日 S$15。</p>
""")

ENTRY = entry(
    s, name="Singapore Youth Chinese Theatre Festival 2027 (Chinese theatre association, Singapore)",
    languages=["zh", "en", "ta"],
    fees=[(38, "SGD"), (22, "SGD"), (120, "SGD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["friendlycaptcha"],
    account_required=True, registration_form=(11, 6, ["phone", "birth_date", "affiliation", "gender"]),
    registration_host="www.sistic.com.sg", registration_pdf_only=False, min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "piaowu.html", "gongzuofang.html", "wuzhangai.html", "changjian-wenti.html"],
    deliberate_404=["wangjie.html"],
    evidence={
        "languages": [Q("index.html", "新加坡青年华文戏剧节于2027年11月12日至21日举行"),
                      Q("index.html", "The Singapore Youth Chinese Theatre Festival runs from 12 to 21 November 2027",
                        "English section with lang"),
                      Q("index.html", "சிங்கப்பூர் இளைஞர் சீன நாடக விழா 2027 நவம்பர் 12 முதல் 21 வரை நடைபெறுகிறது.",
                        "Tamil section with lang")],
        "un_languages": [N("en, zh")],
        "fees": [Q("piaowu.html", "演出票价（新元）", "currency only in the caption"),
                 Q("piaowu.html", "标准票 38", "38 SGD"),
                 Q("piaowu.html", "学生／乐龄（六十岁以上） 22", "22 SGD"),
                 Q("gongzuofang.html", "青年戏剧工作坊每人 S$120（含剧本与材料费）。", "120 SGD"),
                 Q("changjian-wenti.html", "每张22新元", "FAQ restatement, no new entry"),
                 Q("jiaotong.html", "合作酒店每晚 S$180 起。", "MRT fare and hotel: not fees"),
                 Q("zanzhu.html", "金级赞助 S$5,000", "sponsorship: not a fee"),
                 Q("zhaopin.html", "月薪 S$3,200", "salary and volunteer allowance: not fees")],
        "free_option": [Q("piaowu.html", "社区剧场演出 免费（须预约）", "free community performances beside paid tickets")],
        "fee_support": [Q("piaowu.html", "学生／乐龄（六十岁以上） 22", "student and senior rate below 38")],
        "remote_participation": [Q("changjian-wenti.html", "本届艺术节不设线上参与，演出不作直播。", "false")],
        "captcha": [M("gongzuofang.html", '<div class="frc-captcha"')],
        "account_required": [Q("piaowu.html", "购票须先注册 SISTIC 账户并登录。")],
        "registration_form": [N("gongzuofang.html: workshop application, 11 fields: name, e-mail, mobile, birth date, "
                                "school or workplace, gender radio group, workshop select, two slot checkboxes, experience "
                                "textarea, consent checkbox. Required (（必填）): name, e-mail, mobile, birth date, workshop, "
                                "consent = 6. Sensitive: phone, birth_date, affiliation, gender.")],
        "registration_host": [M("piaowu.html", 'href="https://www.sistic.com.sg/events/syctf2027"')],
        "registration_pdf_only": [N("tickets on SISTIC, HTML workshop form")],
        "min_age": [Q("gongzuofang.html", "工作坊招收十五至二十五岁青年", "15"),
                    Q("changjian-wenti.html", "十二岁以下儿童须由成人陪同。", "accompaniment rule: not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "均设有轮椅座位与无障碍通道")],
        "access_services": [Q("wuzhangai.html", "维多利亚剧院与各民众俱乐部剧场均设有轮椅座位与无障碍通道", "wheelchair_access"),
                            Q("wuzhangai.html", "11月16日晚场设新加坡手语（SgSL）传译。", "sign_language"),
                            Q("wuzhangai.html", "所有演出均配有中英文舞台字幕（翻译字幕）。", "surtitles: translation, not captions")],
        "videos_without_captions": [M("index.html", 'src="media/trailer.mp4">', "no track")],
        "pdf_only_documents": [Q("zanzhu.html", "赞助方案（PDF）", "sponsor brochure only: not a participation document")],
    })
