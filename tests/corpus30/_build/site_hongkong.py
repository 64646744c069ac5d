"""Community-theatre facilitators' training course, community arts association, Hong Kong (zh-Hant-HK, English page declared zh-Hant-HK)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt

NAV = [("index.html", "首頁"), ("shoufei.html", "收費"), ("baoming.html", "報名"), ("xianshang.html", "網上參與"),
       ("wuzhangai.html", "無障礙"), ("en/index.html", "English"), ("zanzhu.html", "贊助與場地"), ("zhaopin.html", "招聘")]
FOOT = {"zh-Hant-HK": '<p>香港社區劇場協會 — 九龍深水埗基隆街 88 號 3 樓。電郵：course@communitytheatre.example.hk</p>'
                      '<p><a href="@2025-huigu.html">2025 年課程回顧</a></p>'}
s = mk("xianggang-shequ-juchang-daoshi-peixun", "社區劇場導師培訓課程 2027", "zh-Hant-HK", "#8a1538", "劇", NAV, foot=FOOT)
placeholder_media(s, "media/kecheng-jieshao.mp4")
vtt(s, "media/kecheng-jieshao.vtt", "歡迎參加社區劇場導師培訓課程")
placeholder_media(s, "media/luntan-juchang.mp4")

s.page("index.html", "社區劇場導師培訓課程 2027", """
<h1>社區劇場導師培訓課程 2027</h1>
<p>香港社區劇場協會今年夏天再辦導師培訓課程，為社工、教師及業餘劇團成員提供論壇劇場、口述歷史劇場及長者劇場的帶領技巧。課程於 2027 年 7 月 3 日至 8 月 14 日逢星期六在深水埗排練室舉行，共七堂。</p>
<p>未滿十八歲須由家長陪同出席。</p>
""" + video("media/kecheng-jieshao.mp4", track="media/kecheng-jieshao.vtt", track_lang="zh-Hant", label="中文字幕") + """
<p>今年課程亦會討論為十二至十五歲青少年設計的學校劇場活動。</p>
""")

s.page("shoufei.html", "收費", """
<h1>課程收費</h1>
<table>
<caption>收費（港幣）</caption>
<tr><th>類別</th><th>費用</th></tr>
<tr><td>一般學員</td><td>港幣1,800元</td></tr>
<tr><td>全日制學生</td><td>港幣900元</td></tr>
<tr><td>網上課程（Zoom，可即時提問）</td><td>港幣600元</td></tr>
</table>
<p>另設論壇劇場實習工作坊（自選）：每位 HK$450。</p>
<p>本課程不設免費名額，導師及講者亦需付費。</p>
""")

form = ('<form action="@baoming.html" method="post">'
        + fld("name", "姓名（必填）") + fld("hkid", "香港身份證號碼（必填）") + fld("email", "電郵（必填）", "email")
        + fld("tel", "電話", "tel") + fld("org", "所屬劇團或機構")
        + fld("leibie", "報名類別", "select", True, ["一般學員", "全日制學生", "網上課程"])
        + fld("gongzuofang", "參加論壇劇場實習工作坊（HK$450）", "checkbox")
        + radios("xingbie", "性別", ["男", "女", "不透露"])
        + fld("yinshi", "飲食要求", "select", False, ["無", "素食", "清真"])
        + fld("beizhu", "備註", "textarea")
        + '<div class="frc-captcha" data-sitekey="FCMG-example-hk-theatre"></div>'
        + '<button type="submit">提交報名</button></form>')
s.page("baoming.html", "報名", """
<h1>網上報名</h1>
<p>名額四十個，額滿即止。報名後我們會以電郵寄出繳費方法。</p>
""" + form)

s.page("xianshang.html", "網上參與", """
<h1>網上參與</h1>
<p>未能親身出席的學員可選網上課程，透過 Zoom 參與理論部分，並可在每節的答問時間即時向導師提問。</p>
<p>實習工作坊只在排練室進行。</p>
""")

s.page("wuzhangai.html", "無障礙", """
<h1>無障礙安排</h1>
<p>排練室位於三樓，大廈設有升降機，入口及洗手間均可供輪椅使用。</p>
<p>如需香港手語傳譯，請於開課前兩星期通知我們。所有理論課均提供即時字幕。</p>
<p>查詢：access@communitytheatre.example.hk</p>
<h2>去年論壇劇場片段</h2>
""" + video("media/luntan-juchang.mp4"))

s.page("en/index.html", "Community Theatre Facilitators' Course 2027 (English)", """
<h1>Community Theatre Facilitators' Course 2027</h1>
<p>The Hong Kong Community Theatre Association runs its facilitators' course on seven Saturdays from 3 July to 14 August 2027 in our Sham Shui Po rehearsal room. It covers forum theatre, oral-history theatre and theatre with older people.</p>
<p>Fees: general HK$1,800, full-time students HK$900, online course on Zoom with live questions HK$600; optional forum-theatre practice workshop HK$450. There are no free places; facilitators and speakers also pay.</p>
<p>Register on the <a href="@baoming.html">registration page</a> (in Chinese). The building has a lift and is wheelchair accessible; Hong Kong Sign Language interpretation can be booked two weeks ahead.</p>
""")

s.page("zanzhu.html", "贊助與場地", """
<h1>贊助與場地租用</h1>
<p>課程贊助：港幣20,000元起，可於場刊刊登標誌。</p>
<p>排練室租用（非課程時段）：每小時港幣280元。</p>
<p>鄰近港鐵深水埗站，附近賓館每晚約港幣650元。</p>
""")

s.page("zhaopin.html", "招聘", """
<h1>招聘</h1>
<p>協會招聘兼職劇場導師，時薪港幣250元。</p>
<p>全職項目主任，月薪港幣22,000元起。</p>
""")

ENTRY = entry(
    s, name="Community-theatre facilitators' training course 2027 (community theatre association, Hong Kong)",
    languages=["zh", "en"],
    fees=[(1800, "HKD"), (900, "HKD"), (600, "HKD"), (450, "HKD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(10, 4, ["id_document", "phone", "affiliation", "gender"]), registration_host=None,
    registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "shoufei.html", "baoming.html", "xianshang.html", "wuzhangai.html", "en/index.html"],
    deliberate_404=["2025-huigu.html"],
    evidence={
        "languages": [Q("index.html", "為社工、教師及業餘劇團成員提供論壇劇場、口述歷史劇場及長者劇場的帶領技巧"),
                      M("en/index.html", '<html lang="zh-Hant-HK">', "English page declared zh-Hant-HK"),
                      Q("en/index.html", "It covers forum theatre, oral-history theatre and theatre with older people.")],
        "un_languages": [N("zh, en")],
        "fees": [Q("shoufei.html", "港幣1,800元", "1800 HKD"), Q("shoufei.html", "港幣900元", "student 900 HKD"),
                 Q("shoufei.html", "港幣600元", "paid online course with live questions 600 HKD"),
                 Q("shoufei.html", "另設論壇劇場實習工作坊（自選）：每位 HK$450。", "add-on workshop 450 HKD"),
                 Q("en/index.html", "Fees: general HK$1,800, full-time students HK$900", "restated in English: no new entries"),
                 Q("zanzhu.html", "課程贊助：港幣20,000元起", "sponsor, room hire, guest house: not fees"),
                 Q("zhaopin.html", "時薪港幣250元", "salary: not a fee")],
        "free_option": [Q("shoufei.html", "本課程不設免費名額，導師及講者亦需付費。")],
        "fee_support": [Q("shoufei.html", "全日制學生", "student rate 900 below 1800")],
        "remote_participation": [Q("xianshang.html", "透過 Zoom 參與理論部分，並可在每節的答問時間即時向導師提問")],
        "captcha": [M("baoming.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, HKID, e-mail, phone, group/organisation, category select, workshop checkbox, gender radio, diet select, notes); required: 3 marked （必填） + category select = 4; sensitive id_document, phone, affiliation, gender", "baoming.html"),
                              Q("baoming.html", "香港身份證號碼（必填）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "未滿十八歲須由家長陪同出席。", "accompaniment rule: not a limit"),
                    Q("index.html", "今年課程亦會討論為十二至十五歲青少年設計的學校劇場活動。", "talk topic: not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "大廈設有升降機，入口及洗手間均可供輪椅使用。")],
        "access_services": [Q("wuzhangai.html", "入口及洗手間均可供輪椅使用", "wheelchair_access"),
                            Q("wuzhangai.html", "如需香港手語傳譯，請於開課前兩星期通知我們。", "sign_language on request"),
                            Q("wuzhangai.html", "所有理論課均提供即時字幕。", "captions")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "intro video captioned"),
                                    M("wuzhangai.html", 'src="../media/luntan-juchang.mp4">'.replace("../", ""), "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
