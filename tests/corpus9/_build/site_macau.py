from lib import mk, Q, M, N, entry, video, placeholder_media, vtt
NAV = [("index.html", "首頁"), ("fees.html", "參加費用"), ("register.html", "登記"), ("online.html", "網上參與"), ("access.html", "無障礙"),
       ("programme.html", "議程"), ("exhibit.html", "展覽及贊助"), ("travel.html", "交通住宿"), ("careers.html", "職位空缺"), ("en.html", "English")]
s = mk("forum-cidade-inteligente-macau", "澳門智慧城市論壇 2027", "zh-Hant-MO", "#a11d33", "MSC", NAV,
       foot={"zh-Hant-MO": "<p>秘書處：secretariat@smartcity-macau.example.mo</p>"})
placeholder_media(s, "media/forum-2026.mp4"); vtt(s, "media/forum-2026.zh.vtt", "歡迎")
s.page("index.html", "澳門智慧城市論壇 2027", f"""
<h1>澳門智慧城市論壇 2027</h1>
<p>2027年11月4日至5日，澳門旅遊塔會展娛樂中心。論壇匯聚粵港澳大灣區及葡語國家的政府部門、企業與學者，探討智慧交通、數字政府及跨境數據流通。</p>
<section lang="pt"><h2>Em português</h2>
<p>O Fórum de Cidade Inteligente de Macau reúne governos, empresas e universidades da Grande Baía e dos países de língua portuguesa para debater mobilidade inteligente, governo digital e fluxos de dados transfronteiriços. Haverá interpretação simultânea para português em todas as sessões.</p></section>
{video("media/forum-2026.mp4", track="media/forum-2026.zh.vtt", track_lang="zh-Hant", label="中文字幕")}
""")
s.page("fees.html", "參加費用", """
<h1>參加費用</h1>
<table><caption>費用（澳門元 MOP）</caption><tr><th>類別</th><th>費用</th></tr>
<tr><td>現場參加（兩天）</td><td>1,200</td></tr><tr><td>全日制學生</td><td>600</td></tr><tr><td>網上互動證（可提問及參與投票）</td><td>300</td></tr></table>
<p>所有參加者（包括講者）均須繳付參加費，恕不設免費名額。</p>
""")
s.page("register.html", "登記", """
<h1>網上登記</h1>
<form action="@register.html" method="post">
<input type="hidden" name="id" value="msc2027"><input type="hidden" name="action" value="submit">
<label for="nm">姓名 *</label><input type="text" id="nm" name="nm" required>
<label for="em">電郵 *</label><input type="email" id="em" name="em" required>
<label for="org">機構 *</label><input type="text" id="org" name="org" required>
<label for="pos">職位</label><input type="text" id="pos" name="pos">
<label for="tel">電話 *</label><input type="tel" id="tel" name="tel" required>
<label for="idt">證件類別</label><select id="idt" name="idt"><option>澳門居民身份證</option><option>護照</option><option>港澳居民來往內地通行證</option></select>
<label for="idn">證件號碼（必填）</label><input type="text" id="idn" name="idn">
<fieldset><legend>參加方式 *</legend><input type="radio" id="p1" name="mode" value="onsite"><label for="p1">現場</label><input type="radio" id="p2" name="mode" value="online"><label for="p2">網上互動</label></fieldset>
<label for="diet">飲食需要</label><textarea id="diet" name="diet"></textarea>
<div class="g-recaptcha" data-sitekey="6Lc-msc-2027-example"></div>
<button type="submit">提交</button></form>
""")
s.page("online.html", "網上參與", """
<h1>網上參與</h1><p>持網上互動證的參加者可於各分論壇即時提問，並參與閉幕環節的投票。</p>
""")
s.page("access.html", "無障礙", """
<h1>無障礙安排</h1>
<p>會場設有輪椅通道及無障礙洗手間。</p>
<p>全體大會提供粵語、普通話、葡語及英語同聲傳譯。</p>
<p>本年度不設手語翻譯。</p>
<p>如有特別需要，請聯絡 access@smartcity-macau.example.mo。</p>
""")
s.page("programme.html", "議程", """
<h1>議程</h1><ul><li>跨境數據：登記制度與費用</li><li>多語言政府服務</li></ul>
""")
s.page("exhibit.html", "展覽及贊助", """
<h1>展覽及贊助</h1><p>標準展位 MOP 18,000；鑽石贊助 MOP 250,000。</p>
""")
s.page("travel.html", "交通住宿", """
<h1>交通住宿</h1><p>合作酒店房價 MOP 980 起。香港至澳門噴射飛航船票約 HK$175。匯率：1 港元兌 1.03 澳門元。</p>
""")
s.page("careers.html", "職位空缺", """
<h1>職位空缺</h1><p>數據工程師，月薪 MOP 28,000–35,000。</p>
""")
s.page("en.html", "Macau Smart City Forum 2027", """
<h1>Macau Smart City Forum 2027</h1>
<p>4–5 November 2027, Macau Tower Convention Centre. The forum brings together public bodies, companies and universities from the Greater Bay Area and Portuguese-speaking countries.</p>
<p>Fees: MOP 1,200 on site, MOP 600 for full-time students, MOP 300 for the online interactive pass. Every participant, speakers included, pays.</p>
""", lang="en")
ENTRY = entry(s, name="澳門智慧城市論壇 2027 (Macau smart-city forum, traditional Chinese with Portuguese and English)",
    languages=["en", "pt", "zh"], fees=[(1200, "MOP"), (600, "MOP"), (300, "MOP")], free_option=False, fee_support=True,
    remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(9, 6, ["affiliation", "id_document", "phone"]), min_age=None,
    accessibility_statement=True, access_services=["interpretation", "wheelchair_access"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "online.html", "access.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "論壇匯聚粵港澳大灣區及葡語國家的政府部門、企業與學者"),
                      Q("index.html", "O Fórum de Cidade Inteligente de Macau reúne governos, empresas e universidades", "Portuguese section"),
                      Q("en.html", "The forum brings together public bodies, companies and universities")],
        "un_languages": [N("zh, en")],
        "fees": [Q("fees.html", "費用（澳門元 MOP）", "currency only in the caption"), Q("fees.html", "現場參加（兩天） 1,200"),
                 Q("fees.html", "全日制學生 600"), Q("fees.html", "網上互動證（可提問及參與投票） 300", "paid online pass with questions and votes"),
                 Q("exhibit.html", "標準展位 MOP 18,000", "exhibition"), Q("travel.html", "合作酒店房價 MOP 980 起。", "hotel"),
                 Q("travel.html", "船票約 HK$175", "transport"), Q("careers.html", "月薪 MOP 28,000–35,000", "salary"),
                 Q("programme.html", "跨境數據：登記制度與費用", "session title")],
        "free_option": [Q("fees.html", "所有參加者（包括講者）均須繳付參加費，恕不設免費名額。")],
        "fee_support": [Q("fees.html", "全日制學生 600", "reduced student rate")],
        "remote_participation": [Q("online.html", "持網上互動證的參加者可於各分論壇即時提問，並參與閉幕環節的投票。")],
        "captcha": [M("register.html", '<div class="g-recaptcha"')], "account_required": [N("no account")],
        "registration_form": [N("9 fields: 姓名, 電郵, 機構, 職位, 電話, 證件類別, 證件號碼, 參加方式 (radio=1), 飲食需要; hidden id/action not counted; required: 姓名, 電郵, 機構, 電話 (attribute), 證件號碼 ((必填) marker only), 參加方式 (legend *) = 6. Sensitive: affiliation, phone, id_document.", "register.html")],
        "registration_host": [N("own form")], "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit")],
        "accessibility_statement": [Q("access.html", "如有特別需要，請聯絡 access@smartcity-macau.example.mo。")],
        "access_services": [Q("access.html", "會場設有輪椅通道及無障礙洗手間。"), Q("access.html", "全體大會提供粵語、普通話、葡語及英語同聲傳譯。"),
                            Q("access.html", "本年度不設手語翻譯。", "negation")],
        "videos_without_captions": [M("index.html", 'kind="captions"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
