from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "首页"), ("feiyong.html", "费用"), ("zhuce.html", "注册报名"), ("changjian.html", "常见问题"),
       ("wuzhangai.html", "无障碍"), ("zanzhu.html", "赞助与比赛"), ("zhusu.html", "住宿交通"), ("shangdian.html", "商店")]
FOOT = '<p>槟城龙狮教练联谊会 — 乔治市本头公巷（虚构）— camp@pglionco.example.my</p>'
s = mk("bincheng-shiwu-jiaolian-yanxiying", "槟城舞狮教练研习营2027", "zh-Hans-MY", "#c8102e", "狮", NAV,
       foot={"zh-Hans-MY": FOOT})
placeholder_media(s, "media/yanxiying-2026.mp4")

s.page("index.html", "槟城舞狮教练研习营2027", """
<h1>槟城舞狮教练研习营2027</h1>
<p>研习营为各地龙狮团的教练而设，内容包括桩阵安全、少年学员训练方法和传统鼓乐。</p>
<p>日期：2027年7月3日至4日，地点：乔治市华人大会堂礼堂。</p>
""" + video("media/yanxiying-2026.mp4") + """
<section>
<h2>Maklumat dalam Bahasa Melayu</h2>
<p>Kem latihan ini terbuka kepada jurulatih tarian singa dari seluruh Malaysia. Sesi utama disampaikan dalam bahasa Mandarin dengan terjemahan serentak ke bahasa Melayu, dan peserta perlu mendaftar akaun di laman ini.</p>
<p>Yuran jurulatih ialah RM180, manakala ahli kumpulan tarian singa berdaftar membayar RM150.</p>
</section>
""")

s.page("feiyong.html", "费用", """
<h1>研习营费用</h1>
<ul>
<li>教练：RM180</li>
<li>注册龙狮团团员：RM150</li>
<li>附加鼓乐工作坊（选修）：RM50</li>
</ul>
<p>不设免费名额，评审和讲师同样需要缴费。</p>
<p>不设学生价，也不提供交通或住宿补贴。</p>
""")

s.page("zhuce.html", "注册报名", """
<h1>注册账户并报名</h1>
<p>报名前须先在本网站注册账户。学员须年满十二岁。</p>
<h2>已有账户？登录</h2>
<form action="@zhuce.html" method="post">
""" + fld("lu", "用户名") + fld("lp", "密码", "password") + """
<button type="submit">登录</button>
</form>
<h2>注册新账户</h2>
<form action="@zhuce.html" method="post">
""" + fld("user", "用户名 *") + fld("pw", "密码 *", "password") + fld("pw2", "确认密码 *", "password")
  + fld("name", "姓名 *") + fld("ic", "身份证号码（MyKad）*") + fld("tel", "电话 *", "tel") + fld("email", "电邮 *", "email")
  + fld("troupe", "所属龙狮团") + fld("dob", "出生日期", "date")
  + fld("agree", "我同意研习营的安全守则", "checkbox", req=True) + """
<div id="arkose-enforcement" class="arkose-labs" data-pkey="PENANG-LION-2027"></div>
<button type="submit">注册并报名</button>
</form>
""")

s.page("changjian.html", "常见问题", """
<h1>常见问题</h1>
<details open><summary>可以线上参加吗？</summary><p>研习营只在现场进行，不设线上参与。</p></details>
<details open><summary>需要自备器材吗？</summary><p>请自备鼓和钹；狮头由大会提供练习用。</p></details>
""")

s.page("wuzhangai.html", "无障碍", """
<h1>无障碍信息</h1>
<p>礼堂位于二楼，没有电梯。</p>
<p>如有行动不便或其他需要，请联系 access@pglionco.example.my，我们会尽量安排。</p>
<p>主讲环节提供华语—马来语传译。</p>
""")

s.page("zanzhu.html", "赞助与比赛", """
<h1>赞助与比赛</h1>
<p>金狮赞助配套：RM8,000。</p>
<p>研习营结业日同场举行桩阵邀请赛，冠军奖金RM3,000。</p>
""")

s.page("zhusu.html", "住宿交通", """
<h1>住宿交通</h1>
<p>会馆旅舍：每晚RM95。</p>
<p>从槟城机场乘Grab到会场约RM35。</p>
""")

s.page("shangdian.html", "商店", """
<h1>器材商店</h1>
<p>佛山式狮头连狮被：每套RM1,200。</p>
<p>练习鼓槌：每对RM25。</p>
""")

ENTRY = entry(s, name="Penang lion-dance coaches' training camp 2027 (lion-dance coaches' association, George Town, Malaysia)",
    languages=["zh", "ms"],
    fees=[(180, "MYR"), (150, "MYR"), (50, "MYR")],
    free_option=False, fee_support=False, remote_participation=False, captcha=["arkose"], account_required=True,
    registration_form=(10, 8, ["id_document", "phone", "affiliation", "birth_date"]),
    registration_host=None, registration_pdf_only=False, min_age=12, accessibility_statement=True,
    access_services=["interpretation"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "zhuce.html", "changjian.html", "wuzhangai.html"],
    evidence={
        "languages": [Q("index.html", "研习营为各地龙狮团的教练而设"),
                      Q("index.html", "Kem latihan ini terbuka kepada jurulatih tarian singa dari seluruh Malaysia.", "Malay section without lang")],
        "un_languages": [N("zh")],
        "fees": [Q("feiyong.html", "教练：RM180", "180 MYR"), Q("feiyong.html", "注册龙狮团团员：RM150", "member rate 150 MYR (category rate)"),
                 Q("feiyong.html", "附加鼓乐工作坊（选修）：RM50", "add-on workshop 50 MYR"),
                 Q("index.html", "Yuran jurulatih ialah RM180", "Malay restatement: no new entry"),
                 Q("shangdian.html", "每套RM1,200", "lion head sold: not a fee"),
                 Q("zanzhu.html", "冠军奖金RM3,000", "prize, sponsor: not fees"),
                 Q("zhusu.html", "每晚RM95", "hostel, Grab: not fees")],
        "free_option": [Q("feiyong.html", "不设免费名额，评审和讲师同样需要缴费。")],
        "fee_support": [Q("feiyong.html", "不设学生价，也不提供交通或住宿补贴。", "member rate is not support")],
        "remote_participation": [Q("changjian.html", "研习营只在现场进行，不设线上参与。")],
        "captcha": [M("zhuce.html", '<div id="arkose-enforcement"')],
        "account_required": [Q("zhuce.html", "报名前须先在本网站注册账户。")],
        "registration_form": [N("sign-up: 10 fields (username, password, confirmation, name, MyKad, phone, e-mail, troupe, birth date, rules checkbox); required: 7 marked * + checkbox = 8; login form not it", "zhuce.html"),
                              Q("zhuce.html", "身份证号码（MyKad）*")],
        "registration_host": [N("own portal only")],
        "registration_pdf_only": [N("online sign-up")],
        "min_age": [Q("zhuce.html", "学员须年满十二岁。")],
        "accessibility_statement": [Q("wuzhangai.html", "如有行动不便或其他需要，请联系 access@pglionco.example.my")],
        "access_services": [Q("wuzhangai.html", "礼堂位于二楼，没有电梯。", "no wheelchair_access"),
                            Q("wuzhangai.html", "主讲环节提供华语—马来语传译。", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/yanxiying-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
