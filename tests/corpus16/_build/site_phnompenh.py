"""Phnom Penh (Cambodia) secondary-school science and innovation fair; zh-Hans-KH, Khmer section."""
from lib import mk, video, placeholder_media, Q, M, N, entry

NAV = [("index.html", "首页"), ("canzhan.html", "参展须知与费用"), ("baoming.html", "团队报名"), ("wuzhangai.html", "无障碍"),
       ("jiangxiang.html", "奖项与赞助"), ("zhusu.html", "住宿交通"), ("xinwen.html", "新闻"), ("pingwei.html", "评审团")]
s = mk("zhongxuesheng-keji-chuangxin-zhan-jinbian", "柬华中学生科技创新展", "zh-Hans-KH", "#1d5f8a", "科",
       NAV, foot={"zh-Hans-KH": '<p>柬华中学生科技创新展组委会 — 金边 — <a href="mailto:kczhan@jianhua-edu.example.kh">kczhan@jianhua-edu.example.kh</a></p>'})
placeholder_media(s, "media/kczhan2026.mp4")
placeholder_media(s, "media/zhanshi-shifan.mp4")

s.page("index.html", "第九届柬华中学生科技创新展", f"""
<h1>第九届柬华中学生科技创新展</h1>
<p>2027 年 3 月 20 日至 21 日在金边端华学校体育馆举行，欢迎全柬华校及各省中学组队参展。</p>
<section lang="km">
<h2>ព័ត៌មានជាភាសាខ្មែរ</h2>
<p>ពិព័រណ៍វិទ្យាសាស្ត្រ និងនវានុវត្តន៍សម្រាប់សិស្សមធ្យមសិក្សា នឹងប្រារព្ធធ្វើនៅរាជធានីភ្នំពេញ នៅថ្ងៃទី២០ និង២១ ខែមីនា ឆ្នាំ២០២៧។</p>
<p>ក្រុមមកពីសាលាសមាជិកចូលរួមដោយឥតគិតថ្លៃ។ សិស្សដែលមានអាយុពី ១២ ដល់ ១៨ ឆ្នាំអាចចុះឈ្មោះជាក្រុមបាន។</p>
</section>
{video("media/kczhan2026.mp4")}
<p><a href="@canzhan.html">参展须知与费用</a> · <a href="@baoming.html">团队报名</a> · <a href="@wuzhangai.html">无障碍</a> · <a href="@2025-huigu.html">2025 年回顾</a></p>
""")

s.page("canzhan.html", "参展须知与费用", f"""
<h1>参展须知与费用</h1>
<p>参赛学生须为12至18岁在校中学生，每队二至三人，另由一名指导老师带队。</p>
<h2>报名费</h2>
<p>柬华理事总会属校的参赛队伍免费参展。</p>
<p>非属校队伍每队报名费 40 美元（或 160,000 瑞尔），于报到时缴纳。</p>
<p>本届科创展只接受现场展示，不设线上参赛。</p>
<h2>展示示范</h2>
{video("media/zhanshi-shifan.mp4")}
""")

s.page("baoming.html", "团队报名", """
<h1>团队报名表</h1>
<p>标有［必填］的栏目必须填写。</p>
<form action="@baoming.html" method="post" enctype="multipart/form-data">
  <fieldset><legend>团队</legend>
    <label for="dm">队名［必填］</label><input type="text" id="dm" name="dm">
    <label for="xx">学校［必填］</label><input type="text" id="xx" name="xx">
    <label for="lb">参赛类别［必填］</label><select id="lb" name="lb"><option>环境与能源</option><option>机器人</option><option>生命科学</option></select>
  </fieldset>
  <fieldset><legend>指导老师</legend>
    <label for="lsxm">姓名［必填］</label><input type="text" id="lsxm" name="lsxm">
    <label for="lssj">手机［必填］</label><input type="tel" id="lssj" name="lssj">
    <label for="lsyx">电子邮件［必填］</label><input type="email" id="lsyx" name="lsyx">
  </fieldset>
  <fieldset><legend>队员1</legend>
    <label for="y1">姓名［必填］</label><input type="text" id="y1" name="y1">
    <label for="y1r">出生日期［必填］</label><input type="date" id="y1r" name="y1r">
  </fieldset>
  <fieldset><legend>队员2</legend>
    <label for="y2">姓名［必填］</label><input type="text" id="y2" name="y2">
    <label for="y2r">出生日期［必填］</label><input type="date" id="y2r" name="y2r">
  </fieldset>
  <fieldset><legend>队员3（选填）</legend>
    <label for="y3">姓名</label><input type="text" id="y3" name="y3">
    <label for="y3r">出生日期</label><input type="date" id="y3r" name="y3r">
  </fieldset>
  <label for="jj">项目简介［必填］</label><textarea id="jj" name="jj"></textarea>
  <label for="zp">团队照片</label><input type="file" id="zp" name="zp" accept="image/*">
  <div class="check"><input type="checkbox" id="ty" name="ty"><label for="ty">本人已阅读并同意参展须知［必填］</label></div>
  <div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
  <button type="submit">提交</button>
</form>
""")

s.page("wuzhangai.html", "无障碍", """
<h1>无障碍与语言服务</h1>
<p>展馆位于一楼，入口设有坡道，可供轮椅通行。</p>
<p>颁奖典礼提供高棉语—中文同声传译。</p>
<p>有特殊需要的师生请提前联系郑老师：<a href="mailto:wuzhangai@jianhua-edu.example.kh">wuzhangai@jianhua-edu.example.kh</a>。</p>
""")

s.page("jiangxiang.html", "奖项与赞助", """
<h1>奖项与赞助</h1>
<p>一等奖 500 美元及奖杯，二等奖 300 美元，三等奖 150 美元。</p>
<p>冠名赞助 10,000 美元。</p>
""")

s.page("zhusu.html", "住宿交通", """
<h1>住宿与交通</h1>
<p>外省队伍可入住学校附近的合作旅馆，每晚 25 美元。从旅馆乘嘟嘟车到会场约 8,000 瑞尔。</p>
""")

s.page("xinwen.html", "新闻", """
<h1>新闻</h1>
<p>第八届科创展圆满落幕，共有来自十一个省份的六十二支队伍参展。</p>
""")

s.page("pingwei.html", "评审团", """
<h1>评审团</h1>
<p>评审团由金边皇家大学和柬埔寨理工学院的九位教师组成，评审标准包括创新性、科学性和现场讲解。</p>
""")

ENTRY = entry(
    s, name="9th Cambodian-Chinese secondary-school science and innovation fair (Chinese schools' association, Phnom Penh)",
    languages=["zh", "km"],
    fees=[(40, "USD"), (160000, "KHR")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(15, 12, ["affiliation", "phone", "birth_date", "photo"]), registration_host=None, min_age=12,
    accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=2, pdf_only_documents=False,
    participation_pages=["index.html", "canzhan.html", "baoming.html", "wuzhangai.html"],
    deliberate_404=["2025-huigu.html"],
    evidence={
        "languages": [Q("index.html", "欢迎全柬华校及各省中学组队参展"),
                      Q("index.html", "ក្រុមមកពីសាលាសមាជិកចូលរួមដោយឥតគិតថ្លៃ។", "Khmer section with lang=km (two paragraphs)")],
        "un_languages": [N("zh")],
        "fees": [Q("canzhan.html", "非属校队伍每队报名费 40 美元（或 160,000 瑞尔）", "same team fee in two currencies: 40 USD and 160000 KHR"),
                 Q("jiangxiang.html", "一等奖 500 美元及奖杯", "prizes and sponsorship: not fees"),
                 Q("zhusu.html", "每晚 25 美元", "lodging and tuk-tuk: not fees")],
        "free_option": [Q("canzhan.html", "柬华理事总会属校的参赛队伍免费参展。", "free for member schools' teams")],
        "fee_support": [Q("canzhan.html", "柬华理事总会属校的参赛队伍免费参展。", "waiver for one group: support")],
        "remote_participation": [Q("canzhan.html", "本届科创展只接受现场展示，不设线上参赛。")],
        "captcha": [M("baoming.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("baoming.html: 15 fields: team name, school, category select; teacher name, mobile, e-mail; "
                                "members 1-3 name and birth date (6); project summary textarea; team photo file; agreement "
                                "checkbox. Required (［必填］): all but member 3's two fields and the photo = 12. Sensitive: "
                                "affiliation (school), phone, birth_date, photo.", "baoming.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("canzhan.html", "参赛学生须为12至18岁在校中学生", "12")],
        "accessibility_statement": [Q("wuzhangai.html", "有特殊需要的师生请提前联系郑老师")],
        "access_services": [Q("wuzhangai.html", "展馆位于一楼，入口设有坡道，可供轮椅通行。"),
                            Q("wuzhangai.html", "颁奖典礼提供高棉语—中文同声传译。")],
        "videos_without_captions": [M("index.html", 'src="media/kczhan2026.mp4">', "no track"),
                                    M("canzhan.html", 'src="media/zhanshi-shifan.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
