from lib import *

NAV = [("index.html", "首页"), ("feiyong.html", "报名费"), ("baoming.html", "代表报名"), ("changjian-wenti.html", "常见问题"),
       ("wuzhangai.html", "无障碍"), ("weiyuanhui.html", "委员会议题"), ("zanzhu.html", "赞助"), ("xinwen.html", "新闻")]
s = mk("jinbian-huaxiao-moni-lianheguo-dahui", "金边华校模拟联合国大会 2027", "zh-Hans-KH", "#1d4f91", "MUN", NAV,
       foot={"zh-Hans-KH": "<p>柬埔寨华校青年交流协会 · 金边桑园区莫尼旺大道 88 号 · mun@huaxiao-qingnian.example.kh</p>"})
placeholder_media(s, "media/2026-huiyi.mp4")
s.pdf("docs/yishi-guize-2027.pdf", "Rules of procedure 2027\nRoll call, motions, draft resolutions, voting")

s.page("index.html", "金边华校模拟联合国大会 2027", """
<h1>第五届金边华校模拟联合国大会</h1>
<p>2027年7月10日至12日，来自金边、马德望、暹粒和西哈努克港十二所华校的学生将扮演各国外交官，用中文辩论粮食安全、湄公河水资源与青年就业。</p>
<p>议事规则仅提供PDF版本，请代表们会前自行下载阅读：<a href="@docs/yishi-guize-2027.pdf">议事规则（PDF）</a>。</p>
""" + video("media/2026-huiyi.mp4") + """
<p><a href="@feiyong.html">查看报名费</a> · <a href="@baoming.html">立即报名</a></p>
<section lang="km">
<h2>សេចក្តីជូនដំណឹងជាភាសាខ្មែរ</h2>
<p>សន្និបាតគំរូអង្គការសហប្រជាជាតិ សម្រាប់សិស្សសាលាចិន ឆ្នាំ២០២៧ នឹងប្រព្រឹត្តទៅនៅភ្នំពេញ ពីថ្ងៃទី ១០ ដល់ថ្ងៃទី ១២ ខែកក្កដា។ សិស្សដែលមានអាយុចាប់ពី ១៣ ឆ្នាំឡើងទៅ អាចចុះឈ្មោះជាប្រតិភូ ឬជាអ្នកសង្កេតការណ៍។</p>
<p>ថ្លៃចុះឈ្មោះសម្រាប់ប្រតិភូគឺ ១៦០,០០០ រៀល។ សិស្សដែលមានការលំបាកផ្នែកហិរញ្ញវត្ថុ អាចស្នើសុំការលើកលែងថ្លៃទាំងស្រុង។ មហាសន្និបាតមានការបកប្រែផ្ទាល់ពីភាសាខ្មែរទៅភាសាចិន។</p>
</section>
""")

s.page("feiyong.html", "报名费", """
<h1>报名费</h1>
<div class="cards">
<div class="card"><h2>正式代表</h2><span class="price">160,000瑞尔<small>含会议资料、两天午餐与结业证书</small></span></div>
<div class="card"><h2>观察员</h2><span class="price">60,000瑞尔<small>旁听全部会议，不参与投票</small></span></div>
<div class="card"><h2>线上代表</h2><span class="price">100,000瑞尔<small>通过Zoom出席委员会会议</small></span></div>
</div>
<p class="note">家庭经济困难的学生可由班主任推荐，申请全额减免报名费。</p>
<p>线上代表通过Zoom参加委员会会议，可以举牌发言、提交决议草案并参加投票。</p>
""")

s.page("baoming.html", "代表报名", """
<h1>代表报名表</h1>
<p>本届大会面向年满十三岁的初中及高中学生。</p>
<form action="@baoming.html" method="post" enctype="multipart/form-data">
""" + fld("xingming", "姓名（此项必填）") + fld("xuexiao", "就读学校（此项必填）")
  + fld("nianji", "年级", "select", opts=["初一", "初二", "初三", "高一", "高二", "高三"])
  + fld("shengri", "出生日期（此项必填）", "date") + fld("zhengjian", "身份证或护照号码")
  + fld("jiazhang", "家长电话（此项必填）", "tel") + fld("youxiang", "电子邮件", "email")
  + fld("weiyuanhui", "首选委员会", "select", opts=["粮农组织", "湄公河委员会", "国际劳工组织", "安理会"])
  + radios("fangshi", "参会方式", ["现场", "线上（Zoom）", "观察员"])
  + fld("zhaopian", "证件照（用于代表证）", "file")
  + fld("tongyi", "家长已阅读并同意参会须知", "checkbox", req=True) + """
<div id="TencentCaptcha" class="tcaptcha-embed" data-appid="190000000"></div>
<button type="submit">提交报名</button>
</form>
""")

s.page("changjian-wenti.html", "常见问题", """
<h1>常见问题</h1>
<h2>需要注册账号吗？</h2><p>不需要，填写报名表即可。</p>
<h2>外省代表怎么来金边？</h2><p>暹粒至金边大巴单程约 60,000瑞尔，车费自理；市内可搭嘟嘟车，每程约 8,000瑞尔。</p>
<h2>最佳代表团有什么奖励？</h2><p>日本一家教育基金会资助最佳代表团赴东京交流，每人补助 150,000日元。</p>
""")

s.page("wuzhangai.html", "无障碍", """
<h1>无障碍与语言服务</h1>
<p>会场一楼设有无障碍坡道，轮椅可直达会议厅。</p>
<p>全体大会提供高棉语—中文同声传译。</p>
<p>现场没有手语翻译。如有其他需要，请联系林老师：access@huaxiao-qingnian.example.kh</p>
""")

s.page("weiyuanhui.html", "委员会议题", """
<h1>委员会议题</h1>
<ul><li>粮农组织：洞里萨湖渔业与粮食安全</li><li>湄公河委员会：上下游用水分配</li><li>国际劳工组织：东南亚青年就业</li></ul>
""")

s.page("zanzhu.html", "赞助", """
<h1>赞助方案</h1>
<p>金牌赞助：4,000,000瑞尔，银牌赞助：2,000,000瑞尔。</p>
""")

s.page("xinwen.html", "新闻", """
<h1>新闻</h1>
<p>第四届大会圆满落幕。<a href="@2025-huigu.html">回顾2025年大会</a></p>
""")

ENTRY = entry(s, name="Phnom Penh Chinese schools' Model UN conference 2027 (Chinese-school youth exchange association, Cambodia)",
    languages=["zh", "km"],
    fees=[(160000, "KHR"), (60000, "KHR"), (100000, "KHR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["other"], account_required=False,
    registration_form=(11, 5, ["affiliation", "birth_date", "id_document", "phone", "photo"]),
    min_age=13, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "changjian-wenti.html", "wuzhangai.html"],
    deliberate_404=["2025-huigu.html"],
    evidence={
        "languages": [Q("index.html", "来自金边、马德望、暹粒和西哈努克港十二所华校的学生"),
                      M("index.html", '<section lang="km">', "Khmer section with lang, two paragraphs"),
                      Q("index.html", "ថ្លៃចុះឈ្មោះសម្រាប់ប្រតិភូគឺ ១៦០,០០០ រៀល។")],
        "un_languages": [N("zh")],
        "fees": [Q("feiyong.html", "160,000瑞尔", "delegate"), Q("feiyong.html", "60,000瑞尔", "observer"),
                 Q("feiyong.html", "100,000瑞尔", "online delegate (Zoom, speaking and voting)"),
                 Q("index.html", "១៦០,០០០ រៀល", "Khmer restatement: no new entry"),
                 Q("changjian-wenti.html", "暹粒至金边大巴单程约 60,000瑞尔", "bus and tuk-tuk: not fees"),
                 Q("changjian-wenti.html", "每人补助 150,000日元", "prize grant in JPY: not a fee"),
                 Q("zanzhu.html", "金牌赞助：4,000,000瑞尔", "sponsor: not a fee")],
        "free_option": [Q("feiyong.html", "家庭经济困难的学生可由班主任推荐，申请全额减免报名费。", "full waiver for one group")],
        "fee_support": [Q("feiyong.html", "申请全额减免报名费", "waiver")],
        "remote_participation": [Q("feiyong.html", "线上代表通过Zoom参加委员会会议，可以举牌发言、提交决议草案并参加投票。")],
        "captcha": [M("baoming.html", '<div id="TencentCaptcha" class="tcaptcha-embed"', "Tencent Captcha: other")],
        "account_required": [Q("changjian-wenti.html", "不需要，填写报名表即可。")],
        "registration_form": [N("11 fields: name, school, grade select, birth date, ID/passport no., parent's phone, e-mail, committee select, mode radio, photo file, parental consent checkbox; required: 4 marked （此项必填） + consent (required attr) = 5", "baoming.html"),
                              Q("baoming.html", "家长电话（此项必填）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("baoming.html", "本届大会面向年满十三岁的初中及高中学生。")],
        "accessibility_statement": [Q("wuzhangai.html", "会场一楼设有无障碍坡道，轮椅可直达会议厅。")],
        "access_services": [Q("wuzhangai.html", "会场一楼设有无障碍坡道，轮椅可直达会议厅。", "wheelchair_access"),
                            Q("wuzhangai.html", "全体大会提供高棉语—中文同声传译。", "interpretation"),
                            Q("wuzhangai.html", "现场没有手语翻译。", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/2026-huiyi.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "议事规则仅提供PDF版本", "rules of procedure only as PDF")],
    })
