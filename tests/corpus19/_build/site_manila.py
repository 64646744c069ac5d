from lib import mk, Q, M, N, entry, video, placeholder_media, fld, radios

NAV = [("index.html", "首页"), ("baoming.html", "报名与费用"), ("xianshang.html", "线上参会"), ("wuzhangai.html", "无障碍"),
       ("richeng.html", "日程"), ("zanzhu.html", "赞助与展位"), ("zhusu.html", "住宿与交通"), ("zhaopin.html", "教师招聘")]
s = mk("feilvbin-huawen-jiaoshi-yantaohui-manila", "菲律宾华文教师研讨会 2027", "zh-Hans-PH", "#b22234", "华教", NAV,
       foot={"zh-Hans-PH": "<p>菲华教育协进会（马尼拉王彬街）· seminar@huajiao.example.ph</p>"})
placeholder_media(s, "media/huigu.mp4")

s.page("index.html", "菲律宾华文教师研讨会 2027", f"""
<h1>第十二届菲律宾华文教师研讨会</h1>
<p>2027年5月21日至22日在马尼拉举行。研讨会面向全菲各地华校的华文教师和师范生，主题为“双语环境下的华文阅读教学”，设有专题讲座、示范课和分组工作坊。</p>
<p><a href="@baoming.html">报名与费用</a> · <a href="@xianshang.html">线上参会</a> · <a href="@wuzhangai.html">无障碍信息</a> · <a href="@lishi.html">历届回顾</a></p>
{video("media/huigu.mp4")}
<section lang="en">
<h2>English</h2>
<p>The twelfth Philippine Chinese-Language Teachers' Seminar meets in Manila on 21–22 May 2027. It is open to Chinese-language teachers of Filipino-Chinese schools across the country and to student teachers, with lectures, demonstration lessons and workshops. Teachers can also join online and ask questions over Zoom.</p>
</section>
<section lang="tl">
<h2>Filipino</h2>
<p>Ang ikalabindalawang seminar ng mga guro ng wikang Tsino ay gaganapin sa Maynila sa Mayo 21 at 22, 2027. Bukas ito sa mga guro mula sa lahat ng paaralang Filipino-Tsino sa bansa at sa mga estudyanteng nag-aaral maging guro. Maaari ring sumali online sa pamamagitan ng Zoom.</p>
</section>
""")

form = "\n".join([
    fld("t-name", "姓名（必填）", req=True),
    fld("t-mail", "电子邮件（必填）", "email", req=True),
    fld("t-phone", "手机号码（必填）", "tel"),
    radios("t-gender", "性别", ["女", "男", "不愿透露"]),
    fld("t-school", "任教学校（必填）"),
    fld("t-grade", "任教年级", "select", opts=["幼稚园", "小学", "中学"]),
    radios("t-mode", "参会方式（必填）", ["现场（马尼拉）", "线上（Zoom）"]),
    fld("t-ws1", "工作坊A：绘本共读", "checkbox"),
    fld("t-ws2", "工作坊B：汉字游戏设计", "checkbox"),
    fld("t-prc", "PRC 教师执照号码（如有）"),
    fld("t-diet", "饮食要求", "select", opts=["无", "素食", "清真"]),
])
s.page("baoming.html", "报名与费用", f"""
<h1>报名与费用</h1>
<table><caption>报名费（菲律宾比索）</caption><thead><tr><th>类别</th><th>费用</th></tr></thead><tbody>
<tr><td>在职教师（现场）</td><td>₱2,500</td></tr>
<tr><td>师范生（凭学生证，现场）</td><td>₱1,200</td></tr>
<tr><td>线上参会</td><td>₱800</td></tr>
</tbody></table>
<p>报名费含两天的午餐和讲义。报名截止日期：2027年5月7日。</p>
<h2>报名表</h2>
<form action="@baoming.html" method="post">
<input type="hidden" name="edition" value="12">
{form}
<div class="cf-turnstile" data-sitekey="0x4AAAA-made-up-manila"></div>
<button type="submit">提交报名</button>
</form>
""")

s.page("xianshang.html", "线上参会", """
<h1>线上参会</h1>
<p>外省教师可选择线上参会：专题讲座和示范课通过 Zoom 直播，线上参会者可以在问答环节举手发言或在聊天区提问，主持人会请讲者现场回答。</p>
<p>线上参会费为 ₱800，链接在缴费后以电子邮件发送。</p>
""")

s.page("wuzhangai.html", "无障碍", """
<h1>无障碍信息</h1>
<p>会场位于王彬街文化中心二楼，设有电梯，轮椅使用者可乘电梯到达会场，一楼有无障碍洗手间。</p>
<p>全体大会提供普通话—英语同声传译。</p>
<p>如有其他需要，请写信至 access@huajiao.example.ph。</p>
""")

s.page("richeng.html", "日程", """
<h1>日程</h1>
<ul><li>5月21日 09:00 开幕式与主题讲座：双语家庭的孩子怎样读中文</li><li>5月21日 14:00 示范课（小学三年级）</li><li>5月22日 09:00 分组工作坊</li><li>5月22日 15:00 闭幕与优秀教案颁奖（奖金 ₱10,000）</li></ul>
""")

s.page("zanzhu.html", "赞助与展位", """
<h1>赞助与展位</h1>
<p>出版社及教具厂商可租用展位，每个展位 ₱15,000（两天）。金牌赞助 ₱80,000，含大会手册全页广告。</p>
""")

s.page("zhusu.html", "住宿与交通", """
<h1>住宿与交通</h1>
<p>合作酒店：岷伦洛酒店标准间每晚 ₱3,800（含早餐）。</p>
<p>从尼诺·阿基诺国际机场乘 Grab 到会场约 ₱450；吉普尼单程约 ₱13。</p>
""")

s.page("zhaopin.html", "教师招聘", """
<h1>教师招聘</h1>
<ul><li>宿务某中学招聘中学华文教师，月薪 ₱28,000，提供宿舍。</li><li>马尼拉某小学招聘幼稚园华文教师，月薪 ₱22,000。</li></ul>
<p>招聘信息由学校提供，研讨会不负责录用。</p>
""")

ENTRY = entry(s,
    name="Philippine Chinese-Language Teachers' Seminar 2027 (Chinese education association, Manila)",
    languages=["zh", "en", "tl"],
    fees=[(2500, "PHP"), (1200, "PHP"), (800, "PHP")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["turnstile"],
    account_required=False, registration_form=(11, 5, ["affiliation", "gender", "phone"]),
    registration_host=None, min_age=None, accessibility_statement=True,
    access_services=["interpretation", "wheelchair_access"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "baoming.html", "xianshang.html", "wuzhangai.html"],
    deliberate_404=["lishi.html"],
    evidence={
        "languages": [Q("index.html", "研讨会面向全菲各地华校的华文教师和师范生"),
                      Q("index.html", "The twelfth Philippine Chinese-Language Teachers' Seminar meets in Manila"),
                      Q("index.html", "Ang ikalabindalawang seminar ng mga guro ng wikang Tsino ay gaganapin sa Maynila",
                        "Filipino/Tagalog section: tl"),
                      M("index.html", '<section lang="tl">')],
        "un_languages": [N("zh, en")],
        "fees": [Q("baoming.html", "报名费（菲律宾比索）", "currency in the caption; the cells also carry ₱"),
                 Q("baoming.html", "在职教师（现场） ₱2,500", "2500 PHP"),
                 Q("baoming.html", "师范生（凭学生证，现场） ₱1,200", "1200 PHP"),
                 Q("baoming.html", "线上参会 ₱800", "800 PHP (online with questions)"),
                 Q("richeng.html", "奖金 ₱10,000", "prize: not a fee"),
                 Q("zanzhu.html", "每个展位 ₱15,000", "stands and sponsorship: not fees"),
                 Q("zhusu.html", "标准间每晚 ₱3,800", "hotel, Grab, jeepney: not fees"),
                 Q("zhaopin.html", "月薪 ₱28,000", "job-board salaries: not fees")],
        "free_option": [N("fees stated, nothing said about a free way to take part: false")],
        "fee_support": [Q("baoming.html", "师范生（凭学生证，现场） ₱1,200", "student-teacher rate below the teacher rate")],
        "remote_participation": [Q("xianshang.html", "线上参会者可以在问答环节举手发言或在聊天区提问，主持人会请讲者现场回答。")],
        "captcha": [M("baoming.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form without password; no platform", "baoming.html")],
        "registration_form": [N("baoming.html: 11 fields: name, e-mail, phone, gender radio group, school, grade select, attendance-mode radio group, two workshop checkboxes, PRC licence number, diet select; hidden input not counted. Required (required attribute or '（必填）'): name, e-mail, phone, school, mode = 5. Sensitive: phone, gender, affiliation (school); the PRC teacher licence number is not an id_document, grade and diet selects are not sensitive.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wuzhangai.html", "设有电梯，轮椅使用者可乘电梯到达会场"),
                                    Q("wuzhangai.html", "如有其他需要，请写信至 access@huajiao.example.ph。")],
        "access_services": [Q("wuzhangai.html", "轮椅使用者可乘电梯到达会场", "wheelchair_access"),
                            Q("wuzhangai.html", "全体大会提供普通话—英语同声传译。", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/huigu.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
