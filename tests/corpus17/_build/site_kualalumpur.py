from lib import *
SLUG = "duzhong-jiqiren-dasai-jilongpo"
NAV = [("index.html", "首页"), ("feiyong.html", "报名费"), ("baoming.html", "队伍报名"), ("guize.html", "比赛规则"),
       ("changdi.html", "场地与无障碍"), ("zanzhu.html", "赞助"), ("zhusu.html", "住宿"), ("xinwen.html", "新闻")]
s = mk(SLUG, "全国独中机器人大赛", "zh-Hans-MY", "#c0392b", "机", NAV,
       foot={"zh-Hans-MY": "<p>独中科技教育工委会 · 吉隆坡 · robot@dzkj.example.my</p>"})
placeholder_media(s, "media/2026.mp4")
s.pdf("docs/guize-2027.pdf", "Robot competition rules 2027")
s.page("index.html", "全国独中机器人大赛", f"""
<h1>2027年全国独中机器人大赛</h1>
<p>大赛由独中科技教育工委会主办，将于2027年7月在吉隆坡举行，分初中组与高中组，每队三名学生及一名指导老师。</p>
<p><a href="@feiyong.html">报名费</a> · <a href="@baoming.html">队伍报名</a> · <a href="@guize.html">比赛规则</a> · <a href="@changdi.html">场地与无障碍</a> · <a href="@2025-jieguo.html">2025年成绩</a></p>
{video("media/2026.mp4")}
<section lang="ms">
<h2>Pertandingan Robot Sekolah Menengah Persendirian Cina</h2>
<p>Pertandingan ini terbuka kepada pasukan dari semua sekolah menengah persendirian Cina di Malaysia. Setiap pasukan terdiri daripada tiga pelajar dan seorang guru pembimbing. Pendaftaran dibuat melalui borang dalam talian di laman ini.</p>
</section>
""")
s.page("feiyong.html", "报名费", """
<h1>报名费</h1>
<table><caption>每队报名费</caption>
<tr><th></th><th>早鸟报名（令吉）</th><th>正常报名（令吉）</th></tr>
<tr><th>初中组</th><td>150</td><td>200</td></tr>
<tr><th>高中组</th><td>180</td><td>200</td></tr></table>
<p>所有队伍均须缴付报名费，不设豁免。</p>
<p>家境困难的学生可向工委会申请每人RM 50交通津贴。</p>
<p>本届比赛不设线上组，所有队伍须到场比赛。</p>
""")
s.page("baoming.html", "队伍报名", f"""
<h1>队伍报名表</h1>
<p>标有（必填）的栏位必须填写。</p>
<form action="@baoming.html" method="post">
<fieldset><legend>队伍资料</legend>
{fld("team", "队名（必填）")}
{fld("school", "学校（必填）")}
{radios("level", "组别（必填）", ["初中组", "高中组"])}
</fieldset>
<fieldset><legend>指导老师</legend>
{fld("tname", "老师姓名（必填）")}
{fld("tphone", "老师电话（必填）", "tel")}
{fld("temail", "老师电邮（必填）", "email")}
</fieldset>
<fieldset><legend>队员</legend>
{fld("m1", "队员一姓名（必填）")}
{fld("m1dob", "队员一出生日期（必填）", "date")}
{fld("m2", "队员二姓名（必填）")}
{fld("m2dob", "队员二出生日期（必填）", "date")}
{fld("m3", "队员三姓名")}
{fld("m3dob", "队员三出生日期", "date")}
{fld("photo", "队伍合照", "file")}
</fieldset>
{fld("consent", "家长已同意孩子参赛（必填）", "checkbox")}
<div class="frc-captcha" data-sitekey="dzkj-example"></div>
<button type="submit">提交报名</button>
</form>
""")
s.page("guize.html", "比赛规则", """
<h1>比赛规则</h1>
<p>参赛者须年满十二岁，并就读于独立中学。</p>
<p>完整比赛规则只提供PDF版本：<a href="@docs/guize-2027.pdf">下载比赛规则（PDF）</a>。</p>
""")
s.page("changdi.html", "场地与无障碍", """
<h1>场地与无障碍</h1>
<p>会场设有无障碍坡道及电梯，轮椅使用者可进入所有比赛场地。</p>
<p>开幕礼提供马来西亚手语（BIM）翻译。</p>
""")
s.page("zanzhu.html", "赞助", """
<h1>赞助配套</h1>
<p>白金赞助 RM 20,000；金级赞助 RM 12,000；展位每个 RM 1,500。</p>
""")
s.page("zhusu.html", "住宿", """
<h1>住宿与交通</h1>
<p>合作酒店每晚 RM 230 起；轻快铁单程约 RM 3。</p>
""")
s.page("xinwen.html", "新闻", """
<h1>新闻</h1>
<p>工委会招聘全职机器人教练，月薪 RM 4,200。</p>
""")
ENTRY = entry(s, name="National Chinese Independent Secondary Schools Robotics Competition 2027 (science-education committee, Kuala Lumpur, Malaysia)",
    languages=["zh", "ms"], fees=[(150, "MYR"), (180, "MYR"), (200, "MYR")], free_option=False, fee_support=True,
    remote_participation=False, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(14, 11, ["affiliation", "phone", "birth_date", "photo"]), registration_host=None, min_age=12,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=1,
    pdf_only_documents=True, deliberate_404=["2025-jieguo.html"],
    participation_pages=["index.html", "feiyong.html", "baoming.html", "guize.html", "changdi.html"],
    evidence={
        "languages": [Q("index.html", "分初中组与高中组，每队三名学生及一名指导老师"),
                      Q("index.html", "Pertandingan ini terbuka kepada pasukan dari semua sekolah menengah persendirian Cina di Malaysia.", "Malay section with lang=ms")],
        "un_languages": [N("zh")],
        "fees": [M("feiyong.html", "<th>早鸟报名（令吉）</th><th>正常报名（令吉）</th>", "currency only in the column headers: MYR"),
                 M("feiyong.html", "<tr><th>初中组</th><td>150</td><td>200</td></tr>", "150, 200 MYR"),
                 M("feiyong.html", "<tr><th>高中组</th><td>180</td><td>200</td></tr>", "180 MYR; 200 repeated: one entry"),
                 Q("feiyong.html", "每人RM 50交通津贴", "transport allowance: support, not a fee"),
                 Q("zanzhu.html", "白金赞助 RM 20,000", "sponsorship, stands, hotel, LRT, salary: not fees")],
        "free_option": [Q("feiyong.html", "所有队伍均须缴付报名费，不设豁免。", "false")],
        "fee_support": [Q("feiyong.html", "家境困难的学生可向工委会申请每人RM 50交通津贴。")],
        "remote_participation": [Q("feiyong.html", "本届比赛不设线上组，所有队伍须到场比赛。", "false")],
        "captcha": [M("baoming.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("baoming.html: 14 fields: team name, school, level radio (=1), teacher name, phone, e-mail, three members' names and birth dates (6), team photo file, consent checkbox. Required （必填）: team, school, level, teacher name, phone, e-mail, member 1 and 2 names and birth dates, consent = 11. Sensitive: affiliation (school), phone, birth_date, photo.", "baoming.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("guize.html", "参赛者须年满十二岁", "12 in words")],
        "accessibility_statement": [Q("changdi.html", "会场设有无障碍坡道及电梯")],
        "access_services": [Q("changdi.html", "轮椅使用者可进入所有比赛场地"), Q("changdi.html", "开幕礼提供马来西亚手语（BIM）翻译。")],
        "videos_without_captions": [M("index.html", 'src="media/2026.mp4">', "no track")],
        "pdf_only_documents": [Q("guize.html", "完整比赛规则只提供PDF版本")],
    })
