from lib import *

NAV = [("index.html", "首頁"), ("xuefei.html", "學費"), ("baoming.html", "報名表"), ("wenda.html", "問答"),
       ("yuyan.html", "語言與翻譯"), ("canfang.html", "清邁參訪"), ("zhusu.html", "住宿"), ("shudian.html", "書店")]
s = mk("manderele-huawen-jiaoshi-xiezuo-yanxiban", "曼德勒華文教師寫作研習班 2027", "zh-Hant-MM", "#1f5f8b", "研習", NAV,
       foot={"zh-Hant-MM": "<p>曼德勒華文教育聯誼會 · 第35街 · yanxi@mdy-huajiao.example.mm</p>"})

s.page("index.html", "曼德勒華文教師寫作研習班", f"""
<h1>華文教師寫作教學研習班</h1>
<p>本研習班為期六天，協助上緬甸各地華校的老師設計作文課、批改習作，並分享以緬華生活為題材的教材。</p>
<p>日期：2027年4月19日至24日（潑水節後）。地點：曼德勒福慶學校禮堂。請閱讀<a href="@xuefei.html">學費</a>並填寫<a href="@baoming.html">報名表</a>。</p>
{video("media/zuowen-ke.mp4")}
<section>
<h2>မြန်မာဘာသာဖြင့်</h2>
<p>ဤသင်တန်းသည် အထက်မြန်မာပြည်ရှိ တရုတ်စာသင်ကျောင်းများမှ ဆရာ၊ ဆရာမများအတွက် စာစီစာကုံးသင်ကြားနည်း
သင်တန်းဖြစ်ပါသည်။ ဆရာများအတွက် သင်တန်းကြေး ၅၀,၀၀၀ ကျပ်၊ ကျောင်းသားများအတွက် ၂၀,၀၀၀ ကျပ် ဖြစ်ပါသည်။
တရုတ်-မြန်မာ စကားပြန် ရှိပါသည်။</p>
</section>
""")

s.page("xuefei.html", "學費", """
<h1>學費</h1>
<ul>
<li>在職華文教師：50,000緬幣</li>
<li>師範班及高中畢業班學生：20,000緬幣</li>
<li>加選：書法小班（兩個下午）15,000緬幣</li>
</ul>
<p>所有學員均須繳費，講師亦不例外；學費用於教材與午膳。</p>
""")

s.page("baoming.html", "報名表", f"""
<h1>報名表</h1>
<p>標有「請務必填寫」的欄位不可留空。本表格不使用驗證碼。</p>
<form action="@baoming.html" method="post">
{fld("xm", "姓名（請務必填寫）")}
{fld("nrc", "國民登記證號碼 NRC（請務必填寫）")}
{fld("xx", "任教學校（請務必填寫）")}
{fld("sj", "手機號碼（請務必填寫）", "tel")}
{fld("em", "電郵", "email")}
{fld("nj", "教授年級", "select", opts=["幼稚班", "小學", "初中", "高中"])}
{radios("sf", "身份（請務必填寫）", ["在職教師", "師範班或高中學生"])}
{fld("sf2", "加選書法小班", "checkbox")}
{fld("ly", "想在研習班討論的問題", "textarea")}
<button type="submit">送出</button>
</form>
<p>未滿十六歲學生須由家長陪同出席。</p>
""")

s.page("wenda.html", "問答", """
<h1>常見問答</h1>
<details open><summary>身在臘戍，可以線上參加嗎？</summary><p>本研習班只設實體課堂，不提供線上參加，也沒有直播。</p></details>
<details><summary>有沒有減免？</summary><p>學生價已是優惠價，另無其他減免。</p></details>
""")

s.page("yuyan.html", "語言與翻譯", """
<h1>語言與翻譯</h1>
<p>研習以華語進行；邀請緬甸教育局官員致詞的開幕禮設有華緬雙語傳譯。</p>
""")

s.page("canfang.html", "清邁參訪", """
<h1>會後清邁華校參訪（自由參加）</h1>
<p>由仰光一家旅行社承辦，團費4,500泰銖，另付機票。</p>
""")

s.page("zhusu.html", "住宿", """
<h1>住宿交通</h1>
<p>學校附近旅館每晚約35,000緬幣；從車站乘三輪車約3,000緬幣。</p>
""")

s.page("shudian.html", "書店", """
<h1>書店</h1>
<p>《緬華作文範本》每本8,000緬幣。</p>
""")

placeholder_media(s, "media/zuowen-ke.mp4")

ENTRY = entry(
    s, name="Chinese-school teachers' writing workshop 2027 (Chinese education fellowship, Mandalay, Myanmar)",
    languages=["zh", "my"], fees=[(50000, "MMK"), (20000, "MMK"), (15000, "MMK")],
    free_option=False, fee_support=True, remote_participation=False, captcha=[], account_required=False,
    registration_form=(9, 5, ["id_document", "affiliation", "phone"]), min_age=None, accessibility_statement=False,
    access_services=["interpretation"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "xuefei.html", "baoming.html", "wenda.html", "yuyan.html"],
    evidence={
        "languages": [Q("index.html", "本研習班為期六天"), Q("index.html", "ဤသင်တန်းသည် အထက်မြန်မာပြည်ရှိ",
                      "Burmese section without lang")],
        "un_languages": [N("zh")],
        "fees": [Q("xuefei.html", "在職華文教師：50,000緬幣"), Q("xuefei.html", "師範班及高中畢業班學生：20,000緬幣"),
                 Q("xuefei.html", "加選：書法小班（兩個下午）15,000緬幣"),
                 Q("index.html", "ဆရာများအတွက် သင်တန်းကြေး ၅၀,၀၀၀ ကျပ်", "Burmese restatement: no new entry"),
                 Q("canfang.html", "團費4,500泰銖", "optional tour by an agency (THB): not a fee"),
                 Q("zhusu.html", "學校附近旅館每晚約35,000緬幣", "lodging, trishaw: not fees"),
                 Q("shudian.html", "每本8,000緬幣", "book: not a fee")],
        "free_option": [Q("xuefei.html", "所有學員均須繳費，講師亦不例外")],
        "fee_support": [Q("xuefei.html", "師範班及高中畢業班學生：20,000緬幣", "student rate below teachers'")],
        "remote_participation": [Q("wenda.html", "本研習班只設實體課堂，不提供線上參加，也沒有直播。", "FAQ only")],
        "captcha": [Q("baoming.html", "本表格不使用驗證碼。", "no CAPTCHA")],
        "account_required": [N("own form, no account", "baoming.html")],
        "registration_form": [N("9 fields: name, NRC, school, mobile, e-mail, grade select, status radio, calligraphy "
                                "checkbox, textarea; required: 5 marked （請務必填寫） (name, NRC, school, mobile, status legend)",
                                "baoming.html"), Q("baoming.html", "國民登記證號碼 NRC（請務必填寫）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("baoming.html", "未滿十六歲學生須由家長陪同出席。", "accompaniment rule: not a minimum age")],
        "accessibility_statement": [N("only interpretation is mentioned; no provision, no contact", "yuyan.html")],
        "access_services": [Q("yuyan.html", "開幕禮設有華緬雙語傳譯", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/zuowen-ke.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
