from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
NAV = [("index.html", "首页"), ("shoufei.html", "收费标准"), ("zhuce.html", "注册报名"), ("wenda.html", "常见问答"),
       ("wuzhangai.html", "无障碍与翻译"), ("shangdian.html", "扎染小店"), ("zhusu.html", "住宿"), ("zanzhu.html", "合作伙伴")]
s = mk("dali-zharan-chuanchengren-yanxiuban", "大理白族扎染传承人研修班", "zh-Hans-CN", "#2c3e8f", "扎染", NAV,
       foot={"zh-Hans-CN": "<p>苍洱扎染技艺保护协会（虚构）　大理市周城村　<a href=\"mailto:yanxi@canger-dye.example.cn\">yanxi@canger-dye.example.cn</a></p>"})
placeholder_media(s, "media/zharan.mp4")
s.write("img/yanzhengma.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><text x="8" y="21" font-size="18">7K3Q</text></svg>\n')
s.page("index.html", "大理白族扎染传承人研修班（2027）", """
<h1>大理白族扎染传承人研修班（2027）</h1>
<p>“恰吧”（白语问候）！本研修班面向扎染作坊的年轻传承人，学习板蓝根染料发酵、扎花针法和作坊经营，2027年5月8日至12日在周城村文化站举办。</p>
""" + video("media/zharan.mp4") + """
<p><a href="@shoufei.html">收费标准</a>　<a href="@zhuce.html">注册报名</a>　<a href="@huigu-2025.html">2025年回顾</a></p>
<section>
<h2>For international participants</h2>
<p>This five-day course is for young holders of the Bai tie-dye tradition. Participants learn how to ferment indigo from banlangen roots, how to tie the patterns and how to run a family workshop.</p>
<p>The course fee is CNY 1,200; students pay CNY 600. There are no free places.</p>
</section>
""")
s.page("shoufei.html", "收费标准", """
<h1>收费标准</h1>
<ul>
<li>研修班学费：¥1,200（含材料）</li>
<li>在校学生：¥600（凭学生证）</li>
<li>加选“植物染色进阶”工作坊：¥300</li>
</ul>
<p>本研修班不设免费名额。</p>
""")
s.page("zhuce.html", "注册报名", """
<h1>注册报名</h1>
<p>报名须先在本站注册个人账户，审核通过后方可选课。</p>
<h2>已有账户？登录</h2>
<form class="login" action="@zhuce.html" method="post">
""" + fld("lu", "用户名") + fld("lp", "密码", "password") + """
<button type="submit">登录</button>
</form>
<h2>新用户注册</h2>
<form action="@zhuce.html" method="post">
""" + fld("user", "用户名（必填）") + fld("pw", "密码（必填）", "password") + fld("pw2", "确认密码（必填）", "password")
  + fld("name", "姓名（必填）") + fld("sfz", "身份证号码（必填）") + fld("tel", "手机号码（必填）", "tel")
  + fld("mail", "电子邮箱", "email") + fld("unit", "所在作坊或单位")
  + radios("xb", "性别", ["女", "男"]) + fld("kc", "课程", "select", opts=["研修班", "研修班＋工作坊"]) + """
<p><img src="@img/yanzhengma.svg" alt="图形验证码" width="90" height="30"></p>
""" + fld("yzm", "图形验证码（必填）") + """
<button type="submit">注册</button>
</form>
<p>学员须年满十六周岁。</p>
""")
s.page("wenda.html", "常见问答", """
<h1>常见问答</h1>
<details open><summary>可以线上参加吗？</summary><p>本研修班仅限线下参加，不提供线上参与。</p></details>
<details open><summary>有没有减免？</summary><p>在校学生可享半价。</p></details>
""")
s.page("wuzhangai.html", "无障碍与翻译", """
<h1>无障碍与翻译</h1>
<p>研修教室在文化站二楼，没有电梯。行动不便的学员请提前联系我们，我们会把部分课程安排在一楼院子里：<a href="mailto:bangzhu@canger-dye.example.cn">bangzhu@canger-dye.example.cn</a>。</p>
<p>现场提供白语—普通话翻译。</p>
""")
s.page("shangdian.html", "扎染小店", """
<h1>扎染小店</h1>
<p>蓝染围巾每条¥85，桌布¥160。</p>
""")
s.page("zhusu.html", "住宿", """
<h1>住宿</h1>
<p>周城客栈标准间¥260/晚；大理古城至周城公交票价¥3。</p>
""")
s.page("zanzhu.html", "合作伙伴", """
<h1>合作伙伴</h1>
<p>冠名合作：¥30,000。</p>
""")
ENTRY = entry(s, name="Bai tie-dye heritage holders' course 2027 (tie-dye heritage association, Dali, Yunnan, China)",
    languages=["zh", "en"], fees=[(1200, "CNY"), (600, "CNY"), (300, "CNY")], free_option=False, fee_support=True,
    remote_participation=False, captcha=["image"], account_required=True,
    registration_form=(11, 7, ["id_document", "phone", "affiliation", "gender"]), min_age=16,
    accessibility_statement=True, access_services=["interpretation"], videos_without_captions=1,
    participation_pages=["index.html", "shoufei.html", "zhuce.html", "wenda.html", "wuzhangai.html"],
    deliberate_404=["huigu-2025.html"],
    evidence={
        "languages": [Q("index.html", "本研修班面向扎染作坊的年轻传承人"), Q("index.html", "This five-day course is for young holders of the Bai tie-dye tradition.", "English section without lang"),
                      Q("index.html", "“恰吧”（白语问候）！", "Bai greeting: not content, not listable")],
        "un_languages": [N("zh, en")],
        "fees": [Q("shoufei.html", "研修班学费：¥1,200（含材料）", "1200 CNY"), Q("shoufei.html", "在校学生：¥600（凭学生证）", "600 CNY"),
                 Q("shoufei.html", "加选“植物染色进阶”工作坊：¥300", "add-on workshop: 300 CNY"),
                 Q("index.html", "The course fee is CNY 1,200; students pay CNY 600.", "English restatement: no new entry"),
                 Q("shangdian.html", "蓝染围巾每条¥85，桌布¥160。", "goods sold: not fees"),
                 Q("zhusu.html", "周城客栈标准间¥260/晚", "inn, bus: not fees"), Q("zanzhu.html", "冠名合作：¥30,000。", "sponsor: not a fee")],
        "free_option": [Q("shoufei.html", "本研修班不设免费名额。"), Q("index.html", "There are no free places.")],
        "fee_support": [Q("shoufei.html", "在校学生：¥600（凭学生证）", "student rate below course fee")],
        "remote_participation": [Q("wenda.html", "本研修班仅限线下参加，不提供线上参与。", "FAQ only")],
        "captcha": [M("zhuce.html", 'alt="图形验证码"', "self-hosted image code")],
        "account_required": [Q("zhuce.html", "报名须先在本站注册个人账户，审核通过后方可选课。")],
        "registration_form": [N("sign-up form: 11 fields (user name, password, confirmation, name, ID number, mobile, e-mail, workshop/unit, sex radio, course select, image-code box); required: 7 marked （必填）; the login form beside it is not the registration form", "zhuce.html"),
                              Q("zhuce.html", "身份证号码（必填）")],
        "registration_host": [N("own portal only")],
        "registration_pdf_only": [N("online sign-up")],
        "min_age": [Q("zhuce.html", "学员须年满十六周岁。")],
        "accessibility_statement": [Q("wuzhangai.html", "行动不便的学员请提前联系我们", "contact for access needs beside no lift")],
        "access_services": [Q("wuzhangai.html", "研修教室在文化站二楼，没有电梯。", "no wheelchair_access"),
                            Q("wuzhangai.html", "现场提供白语—普通话翻译。", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/zharan.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
