"""Chinese heritage-language teachers' seminar (made-up teachers' association, Yokohama, Japan): zh-Hans-JP,
Japanese section with lang."""
from lib import *

NAV = [("index.html", "首页"), ("feiyong.html", "参会费用"), ("baoming.html", "报名"), ("xianshang.html", "线上参会"),
       ("richeng.html", "日程"), ("wuzhangai.html", "无障碍"), ("zhusu.html", "住宿交通"), ("zanzhu.html", "赞助与书展")]
s = mk("riben-huawen-jiaoyu-yantaohui-hengbin", "第十届日本华文教育研讨会", "zh-Hans-JP", "#a3162b", "华教", NAV,
       foot={"zh-Hans-JP": "<p>日本华文教师协会（虚构）· 横滨市中区 · seminar@huajiao.example.jp</p>"})

s.page("index.html", "第十届日本华文教育研讨会 · 横滨", """
<h1>第十届日本华文教育研讨会</h1>
<p>日本华文教师协会将于2027年7月17日至18日在横滨中华街附近的港湾会馆举办第十届研讨会，主题为“在日华裔儿童的中文读写教学”。</p>
<p>研讨会设主旨演讲、分组论文发表和两场教学工作坊，欢迎周末中文学校、华侨学校及大学的教师参加。</p>
<ul>
<li><a href="@feiyong.html">参会费用</a></li>
<li><a href="@baoming.html">在线报名</a></li>
<li><a href="@xianshang.html">线上参会</a></li>
<li><a href="@richeng.html">会议日程</a></li>
<li><a href="@wuzhangai.html">无障碍信息</a></li>
<li><a href="@huigu-2025.html">2025年研讨会回顾</a></li>
</ul>
""" + video("media/xuanchuan.mp4") + """
<section lang="ja">
<h2>日本語のご案内</h2>
<p>日本華文教師協会は、横浜で第十回華文教育研究会を開催します。中国語教育に関わる先生方であれば、日本語での発表も歓迎します。</p>
<p>会場に来られない方は、オンライン参加枠でZoomから各セッションを視聴し、チャットで発表者に質問することができます。</p>
</section>
""")
placeholder_media(s, "media/xuanchuan.mp4")

s.page("feiyong.html", "参会费用 · 日本华文教育研讨会", """
<h1>参会费用</h1>
<table>
<tr><th>类别</th><th>费用</th></tr>
<tr><td>协会会员</td><td>8,000日元</td></tr>
<tr><td>非会员</td><td>12,000日元</td></tr>
<tr><td>全日制学生（凭学生证）</td><td>3,000円</td></tr>
<tr><td>线上参会</td><td>¥4,000</td></tr>
</table>
<p>本研讨会不设免费名额，演讲嘉宾亦需缴纳参会费。</p>
<p>费用包含两天午餐及会议资料。协会年费（3,000日元）另行缴纳，不属于参会费。</p>
""")

s.page("baoming.html", "报名 · 日本华文教育研讨会", """
<h1>在线报名</h1>
<p>报名截止日期：2027年6月30日。提交后请按确认邮件中的说明银行转账。</p>
<form action="@baoming.html" method="post">
""" + fld("name", "姓名（必填）") + fld("email", "电子邮箱（必填）", "email") + fld("tel", "联系电话（必填）", "tel")
    + fld("school", "所属学校或机构（必填）")
    + radios("cat", "参会类别（必填）", ["会员", "非会员", "学生", "线上参会"])
    + fld("licence", "教师资格证号（如有）")
    + fld("ws1", "报名工作坊A：绘本共读", "checkbox") + fld("ws2", "报名工作坊B：汉字游戏", "checkbox")
    + fld("diet", "饮食要求", "select", opts=["无", "素食", "清真"]) + fld("card", "学生证扫描件（学生类别）", "file") + """
<div class="geetest_captcha" data-captcha-id="huajiao-example"></div>
<button type="submit">提交报名</button>
</form>
""")

s.page("xianshang.html", "线上参会 · 日本华文教育研讨会", """
<h1>线上参会</h1>
<p>无法前往横滨的老师可选择线上参会（¥4,000）。所有全体会议和分组发表均通过Zoom直播。</p>
<p>线上参会者可在每场发表后的讨论时间通过Zoom举手或在聊天框中实时提问，主持人会依次请发表人回答。</p>
<p>会后一个月内可观看录像。</p>
""")

s.page("richeng.html", "日程 · 日本华文教育研讨会", """
<h1>会议日程</h1>
<p>7月17日：开幕式、主旨演讲“继承语读写能力的培养”、分组发表。</p>
<p>7月18日：工作坊、圆桌讨论“面向3至12岁儿童的中文教学”、闭幕式。</p>
<p>详细日程仅提供PDF版本：<a href="@docs/richeng-2027.pdf">下载详细日程（PDF）</a>。</p>
""")
s.pdf("docs/richeng-2027.pdf", "Di shi jie Riben Huawen jiaoyu yantaohui\nRicheng / Programme\n17-18 July 2027")

s.page("wuzhangai.html", "无障碍 · 日本华文教育研讨会", """
<h1>无障碍信息</h1>
<p>港湾会馆会场位于二楼，设有电梯，轮椅使用者可直达会场及洗手间。</p>
<p>本次研讨会不提供手语翻译。</p>
<p>如有其他需要，请在报名时或最迟于7月1日前联系 access@huajiao.example.jp。</p>
""")

s.page("zhusu.html", "住宿交通 · 日本华文教育研讨会", """
<h1>住宿与交通</h1>
<p>合作酒店：港未来商务酒店，单人间每晚9,800日元。</p>
<p>从东京站乘JR京滨东北线至关内站约40分钟，车费约570日元。</p>
""")

s.page("zanzhu.html", "赞助与书展 · 日本华文教育研讨会", """
<h1>赞助与书展</h1>
<p>出版社展位：每个展位30,000日元。</p>
<p>会场书展出售儿童中文绘本，每册1,200日元起。</p>
""")

P = ["index.html", "feiyong.html", "baoming.html", "xianshang.html", "richeng.html", "wuzhangai.html"]
ENTRY = entry(s, name="10th Japan Chinese Heritage-Language Education Seminar 2027 (teachers' association, Yokohama, Japan)",
    languages=["zh", "ja"],
    fees=[(8000, "JPY"), (12000, "JPY"), (3000, "JPY"), (4000, "JPY")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["other"], account_required=False,
    registration_form=(10, 5, ["phone", "affiliation"]), min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=P, deliberate_404=["huigu-2025.html"],
    evidence={
        "languages": [Q("index.html", "日本华文教师协会将于2027年7月17日至18日在横滨中华街附近的港湾会馆举办第十届研讨会"),
                      M("index.html", '<section lang="ja">', "Japanese section with lang"),
                      Q("index.html", "中国語教育に関わる先生方であれば、日本語での発表も歓迎します。")],
        "un_languages": [N("zh")],
        "fees": [Q("feiyong.html", "8,000日元", "member rate 8000 JPY (category rate)"),
                 Q("feiyong.html", "12,000日元", "non-member 12000 JPY"),
                 Q("feiyong.html", "3,000円", "students 3000 JPY"),
                 Q("feiyong.html", "¥4,000", "online pass 4000 JPY (yen on a site in Japan)"),
                 Q("feiyong.html", "协会年费（3,000日元）另行缴纳，不属于参会费", "membership dues: not a fee"),
                 Q("zhusu.html", "单人间每晚9,800日元", "hotel and train: not fees"),
                 Q("zanzhu.html", "每个展位30,000日元", "stand and books: not fees")],
        "free_option": [Q("feiyong.html", "本研讨会不设免费名额，演讲嘉宾亦需缴纳参会费。")],
        "fee_support": [Q("feiyong.html", "全日制学生（凭学生证）", "student rate 3000 below 8000/12000")],
        "remote_participation": [Q("xianshang.html", "线上参会者可在每场发表后的讨论时间通过Zoom举手或在聊天框中实时提问")],
        "captcha": [M("baoming.html", '<div class="geetest_captcha"', "GeeTest: other")],
        "account_required": [N("own form without password, no account")],
        "registration_form": [N("10 fields (name, e-mail, phone, school, category radio, teacher licence, two workshop checkboxes, diet select, student-card file); 5 marked （必填）; sensitive phone, affiliation; licence number not an ID", "baoming.html"),
                              Q("baoming.html", "所属学校或机构（必填）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age limit stated"), Q("richeng.html", "面向3至12岁儿童的中文教学", "talk topic: not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "设有电梯，轮椅使用者可直达会场及洗手间")],
        "access_services": [Q("wuzhangai.html", "轮椅使用者可直达会场", "wheelchair_access"),
                            Q("wuzhangai.html", "本次研讨会不提供手语翻译。", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/xuanchuan.mp4">', "no track")],
        "pdf_only_documents": [Q("richeng.html", "详细日程仅提供PDF版本")],
    })
