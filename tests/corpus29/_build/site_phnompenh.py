from lib import mk, Q, M, N, entry, fld, radios
s = mk("jianpuzhai-huawen-jiaoshi-peixunban-jinbian", "柬埔寨华文教师寒假培训班（金边）", "zh-Hans-KH", "#b8232f", "华教",
       [("index.html", "首页"), ("peixunfei.html", "培训费"), ("baoming.html", "报名"), ("xianshang.html", "线上班"),
        ("changdi.html", "场地与语言"), ("zanzhu.html", "赞助单位"), ("zhusu.html", "住宿交通"), ("zhaopin.html", "招聘")],
       foot={"zh-Hans-KH": "<p>柬埔寨华文教育协会 · peixun@huajiao.example.kh</p>"})
s.write("img/yanzhengma.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7K4Q</text></svg>\n')
s.page("index.html", "2027年寒假华文教师培训班", """
<h1>2027年寒假华文教师培训班</h1>
<p>柬埔寨华文教育协会将于2027年1月11日至16日在金边端华学校举办寒假华文教师培训班，内容包括汉语拼音教学、识字与阅读、课堂管理及华文教材使用。</p>
<p>培训对象为全柬各华校的在职教师及准备任教的青年教师。结业者获发协会证书。</p>
<section lang="km">
<h2>សេចក្តីជូនដំណឹងជាភាសាខ្មែរ</h2>
<p>សមាគមអប់រំភាសាចិននៅកម្ពុជា នឹងរៀបចំវគ្គបណ្តុះបណ្តាលគ្រូបង្រៀនភាសាចិន នៅសាលាទួនហ្វា ក្នុងរាជធានីភ្នំពេញ ពីថ្ងៃទី១១ ដល់ថ្ងៃទី១៦ ខែមករា ឆ្នាំ២០២៧។</p>
<p>ថ្លៃសិក្សាផ្ទាល់គឺ ២០០,០០០ រៀល ហើយថ្នាក់អនឡាញគឺ ១២០,០០០ រៀល។ គ្រូដែលមិនចេះភាសាចិនច្រើន អាចទទួលបានការបកប្រែពីភាសាខ្មែរ។</p>
</section>
""")
s.page("peixunfei.html", "培训费", """
<h1>培训费</h1>
<ul>
<li>面授班（六天，含午餐及教材）：200,000瑞尔</li>
<li>线上班（腾讯会议，每晚两小时）：120,000瑞尔</li>
</ul>
<p>本次培训不设免费名额，亦不设任何减免；交通、食宿费用自理。</p>
<p>培训费请于报到时以现金缴交，或转账至协会账户。</p>
""")
s.page("baoming.html", "报名表", """
<h1>网上报名表</h1>
<form action="@baoming.html" method="post">
""" + fld("xm", "姓名（必填）") + radios("xb", "性别", ["男", "女"]) + fld("cs", "出生日期", "date")
    + fld("zj", "身份证或护照号码（必填）") + fld("sj", "手机（必填）", "tel") + fld("yx", "电子邮箱（必填）", "email")
    + fld("xx", "任教学校（必填）") + fld("jl", "教龄", "select", opts=["未任教", "1-3年", "4-10年", "10年以上"])
    + radios("fs", "培训方式", ["面授班", "线上班"], req=True) + fld("zs", "上传教师证或在读证明", "file") + """
<p><img src="@img/yanzhengma.svg" alt="验证码图片" width="120" height="40"></p>
""" + fld("yzm", "请输入图中验证码") + """
<button type="submit">提交</button>
</form>
""")
s.page("xianshang.html", "线上班", """
<h1>线上班</h1>
<p>线上班通过腾讯会议进行，学员可开麦或在聊天区提问，讲师当场解答，并会布置课后练习。</p>
<p>线上班学员完成全部课时及作业后同样获发证书。</p>
""")
s.page("changdi.html", "场地与语言", """
<h1>场地与授课语言</h1>
<p>面授班在端华学校新教学楼三楼的多功能厅上课。</p>
<p>授课以普通话为主，部分讲座提供高棉语—中文交替传译。</p>
""")
s.page("zanzhu.html", "赞助单位", """
<h1>赞助单位</h1>
<p>冠名赞助：40,000,000瑞尔；教材赞助：8,000,000瑞尔。感谢各侨团及商会的支持。</p>
""")
s.page("zhusu.html", "住宿交通", """
<h1>住宿与交通</h1>
<p>外省学员可入住学校附近的湄公宾馆，每晚约100,000瑞尔。市内可乘嘟嘟车，单程约8,000瑞尔。</p>
""")
s.page("zhaopin.html", "招聘", """
<h1>华校招聘</h1>
<p>暹粒某华校招聘小学华文教师两名，月薪3,200,000瑞尔起，包住宿。</p>
""")
ENTRY = entry(s, name="Winter training course for Chinese-language teachers 2027 (Chinese education association, Phnom Penh)",
    languages=["zh", "km"], fees=[(200000, "KHR"), (120000, "KHR")], free_option=False, fee_support=False,
    remote_participation=True, captcha=["image"], account_required=False,
    registration_form=(11, 6, ["gender", "birth_date", "id_document", "phone", "affiliation"]), min_age=None,
    accessibility_statement=False, access_services=["interpretation"], videos_without_captions=0,
    participation_pages=["index.html", "peixunfei.html", "baoming.html", "xianshang.html", "changdi.html"],
    evidence={
        "languages": [Q("index.html", "柬埔寨华文教育协会将于2027年1月11日至16日在金边端华学校举办寒假华文教师培训班"),
                      M("index.html", '<section lang="km">', "Khmer section with lang"),
                      Q("index.html", "នឹងរៀបចំវគ្គបណ្តុះបណ្តាលគ្រូបង្រៀនភាសាចិន")],
        "un_languages": [N("zh")],
        "fees": [Q("peixunfei.html", "面授班（六天，含午餐及教材）：200,000瑞尔"),
                 Q("peixunfei.html", "线上班（腾讯会议，每晚两小时）：120,000瑞尔", "online class with live questions: a fee"),
                 Q("index.html", "ថ្លៃសិក្សាផ្ទាល់គឺ ២០០,០០០ រៀល", "Khmer restatement: no new entries"),
                 Q("zanzhu.html", "冠名赞助：40,000,000瑞尔", "sponsors: not fees"),
                 Q("zhusu.html", "每晚约100,000瑞尔", "hotel and tuk-tuk: not fees"),
                 Q("zhaopin.html", "月薪3,200,000瑞尔起", "salary: not a fee")],
        "free_option": [Q("peixunfei.html", "本次培训不设免费名额")],
        "fee_support": [Q("peixunfei.html", "亦不设任何减免；交通、食宿费用自理。")],
        "remote_participation": [Q("xianshang.html", "学员可开麦或在聊天区提问，讲师当场解答")],
        "captcha": [M("baoming.html", 'alt="验证码图片"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (name, gender radio, birth date, ID/passport, phone, e-mail, school, years select, mode radio, certificate file, code box); 5 marked （必填） + mode radio required = 6; sensitive gender, birth_date, id_document, phone, affiliation", "baoming.html"),
                              Q("baoming.html", "身份证或护照号码（必填）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [N("only interpretation and a third-floor room mentioned; no provision or contact", "changdi.html")],
        "access_services": [Q("changdi.html", "部分讲座提供高棉语—中文交替传译", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
