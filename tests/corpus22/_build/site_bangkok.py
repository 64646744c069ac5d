from lib import mk, placeholder_media, video, Q, M, N, entry, fld

NAV = [("index.html", "首页"), ("feiyong.html", "工作坊费用"), ("baoming.html", "报名购票"), ("huodong.html", "展览与示范"),
       ("wuzhangai.html", "无障碍"), ("english.html", "English"), ("zanzhu.html", "赞助与文创"), ("wenda.html", "常见问题")]
s = mk("bangkok-huaren-qingnian-shufajie", "曼谷华人青年书法节 2027", "zh-Hans-TH", "#9b1c1c", "书", NAV,
       foot={"zh-Hans-TH": "<p>泰华青年书画会 · shufa@qingnian-shufa.example.th</p>"})
placeholder_media(s, "media/bimo.mp4")

s.page("index.html", "曼谷华人青年书法节 2027", """
<h1>曼谷华人青年书法节 2027</h1>
<p>书法节于2027年11月5日至7日在曼谷耀华力路华侨文化中心举行，设有楷书、行书和篆刻工作坊，以及面向公众的书法展览和现场挥毫示范。</p>
<p>工作坊费用见<a href="@feiyong.html">此页</a>，门票与报名请到<a href="@baoming.html">报名购票</a>。</p>
""" + video("media/bimo.mp4") + """
<section lang="th">
<h2>เทศกาลพู่กันจีนเยาวชน</h2>
<p>เทศกาลพู่กันจีนสำหรับเยาวชนจัดขึ้นที่ศูนย์วัฒนธรรมเยาวราช ระหว่างวันที่ 5 ถึง 7 พฤศจิกายน 2570 มีเวิร์กช็อปการเขียนอักษรจีน
นิทรรศการ และการสาธิตการเขียนพู่กันซึ่งเข้าชมได้ฟรี ผู้ที่สนใจเวิร์กช็อปต้องซื้อบัตรผ่านเว็บไซต์จำหน่ายบัตร</p>
</section>
""")

s.page("feiyong.html", "工作坊费用", """
<h1>工作坊费用</h1>
<ul>
<li>每个工作坊（两节课，含纸墨）：泰铢800</li>
<li>学生价（凭学生证）：฿400</li>
</ul>
<p>书法展览和现场挥毫示范免费开放，无需购票。</p>
""")

q = "".join([fld("qn", "姓名"), fld("qe", "电子邮箱", "email"), fld("qq", "您的问题", "textarea")])
s.page("baoming.html", "报名购票", f"""
<h1>报名购票</h1>
<p>工作坊名额通过 <a href="https://www.thaiticketmajor.com/">ThaiTicketMajor</a> 售出，购票前须先登录 ThaiTicketMajor 会员账户。</p>
<h2>咨询</h2>
<form action="@baoming.html" method="post">{q}<button type="submit">发送</button></form>
""")

s.page("huodong.html", "展览与示范", """
<h1>展览与现场示范</h1>
<p>三天均有青年书法作品展和名家现场挥毫，另有篆刻体验和书法史讲座。</p>
""")

s.page("wuzhangai.html", "无障碍", """
<h1>无障碍信息</h1>
<p>文化中心正门设有坡道，展厅和工作坊教室均可供轮椅进入。</p>
<p>开幕式提供泰国手语翻译。如需协助，请联系 fuwu@qingnian-shufa.example.th。</p>
""")

s.page("english.html", "Bangkok Chinese Youth Calligraphy Festival", """
<h1>Bangkok Chinese Youth Calligraphy Festival 2027</h1>
<p>The festival takes place at the Chinese cultural centre on Yaowarat Road from 5 to 7 November 2027. Workshops in
regular script, running script and seal carving cost 800 baht each (students 400 baht), and tickets are sold through
ThaiTicketMajor, where a member login is needed. The exhibition and the live brush demonstrations are free. The
festival is in person only. The centre has a ramp at the main entrance and the opening ceremony has Thai Sign
Language interpretation.</p>
""")

s.page("zanzhu.html", "赞助与文创", """
<h1>赞助与文创商品</h1>
<p>冠名赞助：฿150,000。文创商店：毛笔套装 ฿350，宣纸一刀 ฿280。</p>
""")

s.page("wenda.html", "常见问题", """
<h1>常见问题</h1>
<details open><summary>多大可以报名工作坊？</summary><p>工作坊对象为年满十岁的青少年及成年人。</p></details>
<details open><summary>可以现场报名吗？</summary><p>不可以，工作坊名额只在ThaiTicketMajor出售。</p></details>
<details open><summary>可以在线参加吗？</summary><p>本届书法节只限现场参加，不设线上课程。</p></details>
<details open><summary>附近有住宿吗？</summary><p>附近酒店每晚约฿1,200起。乘地铁MRT至龙莲寺站，单程约฿30。</p></details>
""")

ENTRY = entry(
    s, name="Bangkok Chinese Youth Calligraphy Festival 2027 (Thai-Chinese youth calligraphy society, Bangkok)",
    languages=["zh", "th", "en"],
    fees=[(800, "THB"), (400, "THB")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=True, registration_form=None,
    registration_host="www.thaiticketmajor.com", registration_pdf_only=False, min_age=10, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "wuzhangai.html", "english.html", "wenda.html"],
    evidence={
        "languages": [Q("index.html", "设有楷书、行书和篆刻工作坊"),
                      M("index.html", '<section lang="th">', "Thai section with lang"),
                      Q("index.html", "เทศกาลพู่กันจีนสำหรับเยาวชนจัดขึ้นที่ศูนย์วัฒนธรรมเยาวราช"),
                      M("english.html", '<html lang="zh-Hans-TH">', "English page declared zh-Hans-TH: English"),
                      Q("english.html", "The festival takes place at the Chinese cultural centre on Yaowarat Road")],
        "un_languages": [N("zh, en")],
        "fees": [Q("feiyong.html", "每个工作坊（两节课，含纸墨）：泰铢800", "800 THB"),
                 Q("feiyong.html", "学生价（凭学生证）：฿400", "400 THB"),
                 Q("english.html", "cost 800 baht each (students 400 baht)", "English restatement, no new entries"),
                 Q("zanzhu.html", "冠名赞助：฿150,000。", "sponsorship and shop items: not fees"),
                 Q("zanzhu.html", "毛笔套装 ฿350", "shop item: not a fee"),
                 Q("wenda.html", "附近酒店每晚约฿1,200起。", "hotel and MRT: not fees")],
        "free_option": [Q("feiyong.html", "书法展览和现场挥毫示范免费开放，无需购票。")],
        "fee_support": [Q("feiyong.html", "学生价（凭学生证）：฿400", "student rate below 800")],
        "remote_participation": [Q("wenda.html", "本届书法节只限现场参加，不设线上课程。", "only in the FAQ")],
        "captcha": [N("no CAPTCHA markup")],
        "account_required": [Q("baoming.html", "购票前须先登录 ThaiTicketMajor 会员账户。")],
        "registration_form": [N("no own registration form; the 3-field question form on baoming.html is not one")],
        "registration_host": [M("baoming.html", 'href="https://www.thaiticketmajor.com/"')],
        "registration_pdf_only": [N("ticket platform")],
        "min_age": [Q("wenda.html", "工作坊对象为年满十岁的青少年及成年人。", "10 in words, only in the FAQ")],
        "accessibility_statement": [Q("wuzhangai.html", "文化中心正门设有坡道，展厅和工作坊教室均可供轮椅进入。")],
        "access_services": [Q("wuzhangai.html", "展厅和工作坊教室均可供轮椅进入", "wheelchair_access"),
                            Q("wuzhangai.html", "开幕式提供泰国手语翻译。", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/bimo.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
