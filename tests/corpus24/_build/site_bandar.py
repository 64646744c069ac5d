from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "首页"), ("feiyong.html", "费用"), ("baoming.html", "报名"), ("kecheng.html", "课程"),
       ("wuzhangai.html", "无障碍"), ("zanzhu.html", "赞助"), ("zhusu.html", "住宿交通"), ("zhaopin.html", "招聘")]
s = mk("wenlai-huawen-jiaoshi-yanxiying", "汶莱华文教师研习营", "zh-Hans-BN", "#a4161a", "研", NAV,
       foot={"zh-Hans-BN": "<p>汶莱华校教师联谊会 · 斯里巴加湾市 · yanxi@example.com.bn</p>"})
s.pdf("docs/kecheng-2027.pdf", "Programme 2027\nDay 1 Pinyin teaching\nDay 2 Reading")

s.page("index.html", "汶莱华文教师研习营", """
<h1>2027年汶莱华文教师研习营</h1>
<p>研习营于6月14日至17日在斯里巴加湾市举行，邀请本地及邻国华文教师一同交流识字教学、朗读与课堂评估的经验。</p>
<p>请先阅读<a href="@feiyong.html">费用</a>说明，再到<a href="@baoming.html">报名</a>页面建立账户。往届资料见<a href="@2025-huigu.html">2025年回顾</a>。</p>
<section lang="en">
<h2>In English</h2>
<p>The Brunei Chinese Teachers' Training Camp is a four-day workshop for teachers of Mandarin in primary and secondary schools. Sessions are taught in Mandarin, with Malay interpretation in the plenary.</p>
</section>
<section>
<h2>Dalam Bahasa Melayu</h2>
<p>Kem latihan ini terbuka kepada guru bahasa Cina dari sekolah kerajaan dan sekolah swasta di seluruh negara. Sesi pleno disediakan dengan tafsiran ke bahasa Melayu.</p>
</section>
""")

s.page("feiyong.html", "费用", """
<h1>研习营费用</h1>
<table><caption>报名费</caption>
<tr><th>类别</th><th>费用</th></tr>
<tr><td>会员学校教师</td><td>汶币180元</td></tr>
<tr><td>非会员学校教师</td><td>B$260</td></tr>
<tr><td>师范生（实习教师）优惠价</td><td>B$90</td></tr>
<tr><td>线上课程证（Zoom）</td><td>BND 60</td></tr>
</table>
<p>本营不设免费名额，讲师以外所有学员均须缴费。</p>
""")

form = "".join([
    fld("cname", "中文姓名（必填）"), fld("email", "电子邮件（必填）", "email"),
    fld("pw", "密码（必填）", "password"), fld("pw2", "确认密码（必填）", "password"),
    fld("tel", "手机号码（必填）", "tel"), fld("ic", "身份证号码（黄卡或紫卡）（必填）"),
    fld("school", "任教学校（必填）"),
    fld("subj", "任教科目", "select", opts=["华文", "数学", "其他"]),
    radios("lvl", "任教阶段", ["小学", "中学"]),
    fld("ok", "我同意研习营的个人资料政策（必填）", "checkbox")])
s.page("baoming.html", "报名", f"""
<h1>建立学员账户并报名</h1>
<p>报名须先在本站建立学员账户；缴费及领取证书均须登录。</p>
<form action="@baoming.html" method="post">{form}
<div class="geetest_captcha" data-captcha-id="gt-placeholder-bn"></div>
<button type="submit">建立账户</button></form>
<h2>已有账户？</h2>
<form action="@baoming.html" method="post"><label for="le">电子邮件</label><input type="email" id="le" name="le">
<label for="lp">密码</label><input type="password" id="lp" name="lp"><button type="submit">登录</button></form>
""")

s.page("kecheng.html", "课程", """
<h1>课程安排</h1>
<p>详细课程表仅提供PDF版：<a href="@docs/kecheng-2027.pdf">下载课程表（PDF）</a>。</p>
<p>线上课程证学员通过Zoom参加全部讲座，可在聊天室提问，讲师现场回答。</p>
""")

s.page("wuzhangai.html", "无障碍", """
<h1>无障碍与语言服务</h1>
<p>会场设有电梯及无障碍洗手间，轮椅可通行。</p>
<p>研习营提供华语与马来语之间的同声传译。</p>
<p>本届不提供手语翻译。</p>
<p>如有其他需要，请联系 access@example.com.bn。</p>
""")

s.page("zanzhu.html", "赞助", """
<h1>赞助方案</h1>
<p>金级赞助：汶币5,000元；展位：汶币800元。</p>
""")

s.page("zhusu.html", "住宿交通", """
<h1>住宿与交通</h1>
<p>合作酒店每晚B$95起。机场德士约B$25。</p>
""")

s.page("zhaopin.html", "招聘", """
<h1>华校招聘</h1>
<p>中学华文教师一名，月薪B$2,400起。</p>
""")

ENTRY = entry(s, name="Brunei Chinese Teachers' Training Camp 2027 (teachers' association, Bandar Seri Begawan)",
    languages=["zh", "en", "ms"],
    fees=[(180, "BND"), (260, "BND"), (90, "BND"), (60, "BND")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["other"],
    account_required=True, registration_form=(10, 8, ["phone", "id_document", "affiliation"]),
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "kecheng.html", "wuzhangai.html"],
    deliberate_404=["2025-huigu.html"],
    evidence={
        "languages": [Q("index.html", "邀请本地及邻国华文教师一同交流识字教学"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Brunei Chinese Teachers' Training Camp is a four-day workshop"),
                      Q("index.html", "Kem latihan ini terbuka kepada guru bahasa Cina", "Malay section without lang")],
        "un_languages": [N("zh, en")],
        "fees": [Q("feiyong.html", "会员学校教师 汶币180元", "180 BND (member-school rate: category)"),
                 Q("feiyong.html", "非会员学校教师 B$260", "260 BND"),
                 Q("feiyong.html", "师范生（实习教师）优惠价 B$90", "90 BND"),
                 Q("feiyong.html", "线上课程证（Zoom） BND 60", "online pass: 60 BND"),
                 Q("zanzhu.html", "金级赞助：汶币5,000元", "sponsorship, stand: not fees"),
                 Q("zhusu.html", "合作酒店每晚B$95起", "hotel, taxi: not fees"),
                 Q("zhaopin.html", "月薪B$2,400起", "salary: not a fee")],
        "free_option": [Q("feiyong.html", "本营不设免费名额，讲师以外所有学员均须缴费。")],
        "fee_support": [Q("feiyong.html", "师范生（实习教师）优惠价 B$90", "trainee-teacher rate below 180/260")],
        "remote_participation": [Q("kecheng.html", "线上课程证学员通过Zoom参加全部讲座，可在聊天室提问，讲师现场回答。")],
        "captcha": [M("baoming.html", '<div class="geetest_captcha"', "GeeTest: other")],
        "account_required": [Q("baoming.html", "报名须先在本站建立学员账户"),
                             M("baoming.html", 'type="password" id="pw2"')],
        "registration_form": [N("10 fields (Chinese name, e-mail, password, confirmation, phone, IC number, school, subject select, level radio, consent checkbox); 8 marked （必填）; sensitive phone, id_document, affiliation; login form not counted", "baoming.html"),
                              Q("baoming.html", "身份证号码（黄卡或紫卡）（必填）")],
        "registration_host": [N("own portal only")],
        "registration_pdf_only": [N("online sign-up")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wuzhangai.html", "会场设有电梯及无障碍洗手间，轮椅可通行。")],
        "access_services": [Q("wuzhangai.html", "轮椅可通行", "wheelchair_access"),
                            Q("wuzhangai.html", "研习营提供华语与马来语之间的同声传译。", "interpretation"),
                            Q("wuzhangai.html", "本届不提供手语翻译。", "negation: no sign_language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("kecheng.html", "详细课程表仅提供PDF版"), M("kecheng.html", 'href="docs/kecheng-2027.pdf"')],
    })
