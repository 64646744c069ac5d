from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "主頁"), ("tickets.html", "門票"), ("free.html", "免費門票申請"), ("access.html", "無障礙服務"),
       ("programme.html", "節目"), ("sponsors.html", "贊助計劃"), ("transport.html", "交通"), ("careers.html", "招聘")]
s = mk("wuzhangai-keji-shequ-ri-hongkong", "無障礙科技社區日 2027", "zh-Hant-HK", "#e35205", "無", NAV,
       foot={"zh-Hant-HK": "<p>主辦：共融科技協會（香港）· info@a11ytech-hk.example.org</p>"})
placeholder_media(s, "media/highlights.mp4"); vtt(s, "media/highlights-zh.vtt", "歡迎")
s.page("index.html", "無障礙科技社區日 2027", f"""
<h1>無障礙科技社區日 2027</h1>
<p>一年一度的無障礙科技社區日將於2027年11月6日在九龍灣舉行，展示輔助科技、無障礙網頁設計及共融職場的最新實踐，歡迎殘疾人士、照顧者、設計師及開發者參加。</p>
<section lang="en"><h2>In English</h2><p>Accessibility Tech Community Day brings together disabled people, carers, designers and developers in Kowloon Bay on 6 November 2027. Most sessions are in Cantonese with English slides; the advanced workshop is taught in English.</p></section>
{video("media/highlights.mp4", track="media/highlights-zh.vtt", track_lang="zh-HK", label="中文字幕")}
""")
s.page("tickets.html", "門票", """
<h1>門票</h1>
<table><tr><th>類別</th><th>票價</th></tr>
<tr><td>一般門票</td><td>HK$120</td></tr><tr><td>全日制學生</td><td>HK$60</td></tr><tr><td>殘疾人士及一名陪同照顧者</td><td>免費（請<a href="@free.html">網上申請</a>）</td></tr>
<tr><td>進階無障礙測試工作坊（另加）</td><td>港幣300元</td></tr></table>
<p>門票經 Ticketflap 發售，購票前須先登記 Ticketflap 帳戶：<a href="https://www.ticketflap.com/a11y-tech-day-2027">前往 www.ticketflap.com 購票</a>。</p>
<p>兒童工作坊「用觸覺寫程式」適合8至12歲兒童參加。</p>
<p>網上直播只供觀看，不設提問或投票。</p>
""")
s.page("free.html", "免費門票申請", """
<h1>殘疾人士免費門票申請</h1>
<form action="@free.html" method="post">
<label for="n">姓名（必填）</label><input type="text" id="n" name="name">
<label for="e">電郵（必填）</label><input type="email" id="e" name="email">
<label for="t">聯絡電話（必填）</label><input type="tel" id="t" name="tel">
<label for="k">殘疾類別</label><select id="k" name="kind"><option>視障</option><option>聽障</option><option>肢體傷殘</option><option>其他</option></select>
<p class="check"><input type="checkbox" id="c" name="carer"><label for="c">有一名照顧者陪同</label></p>
<label for="s">需要的支援</label><textarea id="s" name="support"></textarea>
<button type="submit">提交申請</button></form>
""")
s.page("access.html", "無障礙服務", """
<h1>無障礙服務</h1>
<p>場地設有輪椅通道及暢通易達洗手間。主題演講提供香港手語傳譯及即時字幕。</p>
<p>如有其他無障礙需要，請於10月20日前電郵 access@a11ytech-hk.example.org。</p>
""")
s.page("programme.html", "節目", """
<h1>節目</h1>
<ul><li>10:00 主題演講：無障礙設計不是額外成本</li><li>14:00 進階無障礙測試工作坊</li><li>15:30 兒童工作坊：用觸覺寫程式</li></ul>
""")
s.page("sponsors.html", "贊助計劃", """
<h1>贊助計劃</h1>
<p>白金贊助 HK$80,000；金贊助 HK$40,000；展位 HK$8,000。</p>
""")
s.page("transport.html", "交通", """
<h1>交通</h1>
<p>乘港鐵至九龍灣站，成人單程車費約HK$12；由站步行約5分鐘，沿途設有斜道。</p>
""")
s.page("careers.html", "招聘", """
<h1>招聘</h1>
<p>項目主任（無障礙測試），月薪HK$28,000至HK$32,000。</p>
""")
ENTRY = entry(s, name="Accessibility Tech Community Day 2027 (NGO community day, Hong Kong)",
    languages=["zh", "en"], fees=[(120, "HKD"), (60, "HKD"), (300, "HKD")], free_option=True, fee_support=True,
    remote_participation=False, captcha=[], account_required=True, registration_form=(6, 3, ["phone"]),
    registration_host="www.ticketflap.com", min_age=8, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "tickets.html", "free.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "一年一度的無障礙科技社區日將於2027年11月6日在九龍灣舉行"), Q("index.html", "Accessibility Tech Community Day brings together disabled people", "English section (lang=en)")],
        "un_languages": [N("zh, en")],
        "fees": [Q("tickets.html", "HK$120"), Q("tickets.html", "HK$60", "student ticket"), Q("tickets.html", "港幣300元", "paid add-on workshop: HKD 300"),
                 Q("sponsors.html", "白金贊助 HK$80,000", "sponsor/booth"), Q("transport.html", "成人單程車費約HK$12", "MTR fare"),
                 Q("careers.html", "月薪HK$28,000至HK$32,000", "salary")],
        "free_option": [Q("tickets.html", "殘疾人士及一名陪同照顧者")],
        "fee_support": [Q("tickets.html", "全日制學生", "student rate HK$60 below HK$120")],
        "remote_participation": [Q("tickets.html", "網上直播只供觀看，不設提問或投票。", "watch-only")],
        "captcha": [N("no CAPTCHA on the site's pages")],
        "account_required": [Q("tickets.html", "購票前須先登記 Ticketflap 帳戶")],
        "registration_form": [N("the free-ticket application for disabled people is a registration form (an application to take part): 6 fields: name, e-mail, phone, disability select, carer checkbox, support textarea; required by （必填）: 3. Sensitive: phone (disability type is not in the list).", "free.html")],
        "registration_host": [M("tickets.html", 'href="https://www.ticketflap.com/a11y-tech-day-2027"')],
        "registration_pdf_only": [N("no PDF")],
        "min_age": [Q("tickets.html", "兒童工作坊「用觸覺寫程式」適合8至12歲兒童參加。", "children's workshop of the event: lower bound 8")],
        "accessibility_statement": [Q("access.html", "如有其他無障礙需要，請於10月20日前電郵")],
        "access_services": [Q("access.html", "場地設有輪椅通道及暢通易達洗手間。主題演講提供香港手語傳譯及即時字幕。", "wheelchair, sign language, live captions")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/highlights-zh.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
