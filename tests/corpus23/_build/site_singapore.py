from lib import *

NAV = [("index.html", "首页"), ("feiyong.html", "费用"), ("baoming.html", "剧团报名"), ("zhangcheng.html", "比赛章程"),
       ("wuzhangai.html", "无障碍"), ("zanzhu.html", "赞助"), ("changdi.html", "场地与交通"), ("zhaopin.html", "招聘")]
s = mk("xinjiapo-xiaoyuan-huawen-xijujie", "新加坡校园华文戏剧节 2027", "zh-Hans-SG", "#b0303a", "戏", NAV,
       foot={"zh-Hans-SG": "<p>狮城华文戏剧推广协会 · xiju@huawenxiju-sg.example.sg</p>"})

s.page("index.html", "新加坡校园华文戏剧节 2027", """
<h1>新加坡校园华文戏剧节 2027</h1>
<p>第九届校园华文戏剧节将于2027年7月在维多利亚剧院及三所社区俱乐部举行。中学与初级学院的华文剧团以原创短剧参赛，
另有面向学生和教师的编剧与表演工作坊。</p>
<p>所有公开演出免费入场，欢迎家长和公众观赏。剧团报名请看<a href="@baoming.html">剧团报名</a>，往届剧照见
<a href="@jingcai-2026.html">2026精彩回顾</a>。</p>
<video controls preload="none" width="640" src="media/yugao.mp4"></video>
<section lang="en">
<h2>About the festival</h2>
<p>The Singapore Schools Chinese Drama Festival invites secondary-school and junior-college Chinese drama clubs to
stage short original plays. Public performances are free. Teachers register their troupe online; the rules are
published as a PDF on the rules page, and the festival offers playwriting and acting workshops for students.</p>
</section>
""")
placeholder_media(s, "media/yugao.mp4")

s.page("feiyong.html", "费用", """
<h1>费用</h1>
<table><caption>报名及工作坊费用</caption>
<tr><th>项目</th><th>费用</th></tr>
<tr><td>剧团参赛费（每校一团）</td><td>新元120</td></tr>
<tr><td>编剧工作坊（两个下午）</td><td>S$45</td></tr>
<tr><td>编剧工作坊 · 学生价</td><td>S$25</td></tr>
</table>
<p>公开演出一律免费入场，无需门票。</p>
<p>决赛当晚在网上直播，仅供观看，不设线上互动。</p>
""")

s.page("baoming.html", "剧团报名", f"""
<h1>剧团报名</h1>
<p>由带队老师填写。标有（必填）的栏目必须填写。</p>
<form action="@baoming.html" method="post">
{fld("xingming", "带队老师姓名（必填）")}
{fld("dianyou", "电邮（必填）", "email")}
{fld("shouji", "手机号码（必填）", "tel")}
{fld("xuexiao", "学校名称（必填）")}
{fld("nric", "NRIC号码（必填）")}
{fld("renshu", "剧团人数", "select", opts=["5-8人", "9-12人", "13-16人"])}
{fld("jumu", "剧目名称（必填）")}
{fld("juben", "上传剧本（PDF）（必填）", "file")}
{radios("leibie", "组别", ["中学组", "初院组"])}
{fld("tongyi", "本人已阅读比赛章程并同意遵守（必填）", "checkbox")}
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">提交报名</button>
</form>
<p>参赛演员须年满十三岁。</p>
""")

s.page("zhangcheng.html", "比赛章程", """
<h1>比赛章程</h1>
<p>比赛章程仅提供PDF版本：<a href="@docs/zhangcheng-2027.pdf">下载比赛章程（PDF）</a>。</p>
<p>冠军剧团奖金新元1,500，最佳编剧奖新元500。</p>
""")
s.pdf("docs/zhangcheng-2027.pdf", "Xiju 2027 rules\nEach school may enter one troupe.")

s.page("wuzhangai.html", "无障碍", """
<h1>无障碍服务</h1>
<p>维多利亚剧院设有无障碍入口和轮椅座位，电梯可达各层。</p>
<p>决赛之夜提供新加坡手语（SgSL）翻译。</p>
<p>如有其他需要，请电邮 wuzhangai@huawenxiju-sg.example.sg 与我们联系。</p>
""")
s.page("zanzhu.html", "赞助", """
<h1>赞助</h1><p>冠名赞助新元8,000；工作坊赞助新元2,000。</p>
""")
s.page("changdi.html", "场地与交通", """
<h1>场地与交通</h1><p>维多利亚剧院，邻近政府大厦地铁站。社区俱乐部排练室租用每小时新元30（不属于报名费用）。</p>
""")
s.page("zhaopin.html", "招聘", """
<h1>招聘</h1><p>招聘兼职舞台监督一名，月薪新元2,800。</p>
""")

ENTRY = entry(s, name="Singapore Schools Chinese Drama Festival 2027 (drama society, Singapore)",
    languages=["zh", "en"], fees=[(120, "SGD"), (45, "SGD"), (25, "SGD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["recaptcha"],
    account_required=False, registration_form=(10, 8, ["phone", "affiliation", "id_document"]),
    min_age=13, accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "zhangcheng.html", "wuzhangai.html"],
    deliberate_404=["jingcai-2026.html"],
    evidence={
        "languages": [Q("index.html", "中学与初级学院的华文剧团以原创短剧参赛"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Singapore Schools Chinese Drama Festival invites")],
        "un_languages": [N("zh, en")],
        "fees": [Q("feiyong.html", "剧团参赛费（每校一团） 新元120", "per-troupe fee 120 SGD"),
                 Q("feiyong.html", "编剧工作坊（两个下午） S$45", "45 SGD"),
                 Q("feiyong.html", "编剧工作坊 · 学生价 S$25", "25 SGD"),
                 Q("zhangcheng.html", "冠军剧团奖金新元1,500", "prizes: not fees"),
                 Q("zanzhu.html", "冠名赞助新元8,000", "sponsorship: not a fee"),
                 Q("changdi.html", "社区俱乐部排练室租用每小时新元30", "venue hire: not a fee"),
                 Q("zhaopin.html", "月薪新元2,800", "salary: not a fee")],
        "free_option": [Q("feiyong.html", "公开演出一律免费入场，无需门票。")],
        "fee_support": [Q("feiyong.html", "编剧工作坊 · 学生价 S$25", "student rate below S$45")],
        "remote_participation": [Q("feiyong.html", "决赛当晚在网上直播，仅供观看，不设线上互动。")],
        "captcha": [M("baoming.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account or login mentioned")],
        "registration_form": [N("10 fields (teacher's name, e-mail, phone, school, NRIC, troupe-size select, play title, "
                                "script file, category radio, rules checkbox); 8 marked （必填）; sensitive phone, "
                                "affiliation, id_document", "baoming.html"),
                              Q("baoming.html", "NRIC号码（必填）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("baoming.html", "参赛演员须年满十三岁。", "13, in words")],
        "accessibility_statement": [Q("wuzhangai.html", "维多利亚剧院设有无障碍入口和轮椅座位，电梯可达各层。")],
        "access_services": [Q("wuzhangai.html", "设有无障碍入口和轮椅座位", "wheelchair_access"),
                            Q("wuzhangai.html", "决赛之夜提供新加坡手语（SgSL）翻译。", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/yugao.mp4"></video>', "no track")],
        "pdf_only_documents": [Q("zhangcheng.html", "比赛章程仅提供PDF版本"),
                               M("zhangcheng.html", 'href="docs/zhangcheng-2027.pdf"')],
    })
