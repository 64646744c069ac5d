"""Taiwan open culture & digital archives conference, hosted by a university library (Taipei).
zh-Hant-TW with an English section; NTD in a neighbouring table cell; free option only in the FAQ."""
from lib import mk, Q, M, N, entry, video, placeholder_media

SLUG = "taiwan-open-culture-digital-archives-taipei"
s = mk(SLUG, "臺灣開放文化與數位典藏研討會 2027", "zh-Hant-TW", "#7a3b69", "開",
       [("index.html", "首頁"), ("baoming.html", "報名"), ("xianshang.html", "線上參與"),
        ("wuzhangai.html", "無障礙"), ("yicheng.html", "議程"), ("zanzhu.html", "贊助"), ("zhusu.html", "住宿與交通")],
       foot={"zh-Hant-TW": '<p>主辦：國立北臺大學圖書館 · <a href="@zhengcai.html">徵才</a> · '
                            '聯絡 info@opencult-tw.example.org</p>'})

placeholder_media(s, "media/recap-2026.mp4")

s.page("index.html", "臺灣開放文化與數位典藏研討會 2027", f"""
<h1>臺灣開放文化與數位典藏研討會 2027</h1>
<p>2027 年 5 月 14–15 日，國立北臺大學圖書館國際會議廳。</p>
<p>本研討會邀請圖書館、博物館、檔案館與社群夥伴，分享開放授權、數位典藏與公眾參與的實務經驗。</p>
<ul>
  <li><a href="@baoming.html">報名與費用</a></li>
  <li><a href="@faq.html">常見問題 FAQ</a></li>
  <li><a href="@xianshang.html">線上參與方式</a></li>
  <li><a href="@wuzhangai.html">無障礙服務</a></li>
  <li><a href="@2026.html">2026 年活動回顧</a></li>
</ul>
<h2>2026 年精彩回顧</h2>
{video("media/recap-2026.mp4")}
<section lang="en">
<h2>In English</h2>
<p>The conference brings together libraries, museums, archives and community partners to share practice in open
licensing, digital archives and public participation. Talks are mostly in Mandarin with some sessions in English.</p>
<p>General registration is NT$1,800; students pay NT$600. See the registration page for details.</p>
</section>
""")

s.page("baoming.html", "報名與費用", """
<h1>報名與費用</h1>
<p>報名截止日期為 2027 年 4 月 30 日。費用含兩日午餐與會議資料。</p>
<table>
  <caption>報名費</caption>
  <tr><th>身分</th><th>金額</th><th>幣別</th></tr>
  <tr><td>一般</td><td>1,800</td><td>NTD</td></tr>
  <tr><td>學生（需出示學生證）</td><td>600</td><td>NTD</td></tr>
  <tr><td>數位典藏實作工作坊（加購）</td><td>500</td><td>NTD</td></tr>
</table>
<p>東部及離島地區的學生可申請交通補助，每人最高 NT$3,000，請於報名後來信申請。</p>
<h2>報名表</h2>
<form action="@baoming.html" method="post">
  <label for="name">姓名 *</label>
  <input type="text" id="name" name="name" required>
  <label for="email">電子郵件 *</label>
  <input type="email" id="email" name="email" required>
  <label for="org">服務單位（必填）</label>
  <input type="text" id="org" name="org">
  <label for="cat">身分</label>
  <select id="cat" name="cat"><option>一般</option><option>學生</option></select>
  <label for="tel">聯絡電話</label>
  <input type="tel" id="tel" name="tel">
  <div class="check"><input type="checkbox" id="ws" name="ws"> <label for="ws">加購數位典藏實作工作坊</label></div>
  <label for="diet">飲食偏好</label>
  <select id="diet" name="diet"><option>葷食</option><option>素食</option></select>
  <div class="check"><input type="checkbox" id="agree" name="agree" required> <label for="agree">我同意主辦單位依個資法處理報名資料 *</label></div>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAAexampleTW"></div>
  <button type="submit">送出報名</button>
</form>
""")

s.page("faq.html", "常見問題", """
<h1>常見問題</h1>
<details open><summary>有免費參加的方式嗎？</summary>
<p>有。大會志工及本校在學學生可免費參加，請來信 info@opencult-tw.example.org 索取免費報名碼。</p></details>
<details open><summary>可以開收據嗎？</summary>
<p>可以，報名時請於備註填寫抬頭與統一編號。</p></details>
<details open><summary>現場可以報名嗎？</summary>
<p>名額有限，現場不受理報名。</p></details>
""")

s.page("xianshang.html", "線上參與", """
<h1>線上參與</h1>
<p>所有議程皆同步直播。線上與會者可透過 Slido 即時提問並參與議題投票。</p>
<p>直播連結將於會前一週寄給已報名者。</p>
""")

s.page("wuzhangai.html", "無障礙服務", """
<h1>無障礙服務</h1>
<p>會場設有無障礙坡道、電梯及無障礙廁所。</p>
<p>主題演講提供台灣手語翻譯。</p>
<p>全程提供即時聽打字幕，投影於講台旁的螢幕。</p>
<p>如有其他需求，請來信 access@opencult-tw.example.org。</p>
""")

s.page("yicheng.html", "議程", """
<h1>議程</h1>
<h2>5 月 14 日</h2>
<ul>
  <li>09:30 開幕與主題演講：開放文化的下一個十年</li>
  <li>11:00 開放授權與 Custom 欄位設計</li>
  <li>13:30 原住民族語言資料庫的建置經驗</li>
  <li>15:30 報名系統的個資保護實務</li>
</ul>
<h2>5 月 15 日</h2>
<ul>
  <li>09:30 典藏費用與授權金：誰來付？</li>
  <li>11:00 數位典藏實作工作坊（需加購）</li>
  <li>14:00 閉幕座談</li>
</ul>
""")

s.page("zanzhu.html", "贊助方案", """
<h1>贊助方案</h1>
<table>
  <tr><th>方案</th><th>金額</th></tr>
  <tr><td>金級贊助</td><td>NT$200,000</td></tr>
  <tr><td>銀級贊助</td><td>NT$80,000</td></tr>
  <tr><td>展示攤位</td><td>NT$15,000</td></tr>
</table>
""")

s.page("zhusu.html", "住宿與交通 Accommodation", """
<h1>住宿與交通 Accommodation</h1>
<p>合作飯店每晚 NT$3,200 起，報名者享九折。</p>
<p>捷運單程票價約 NT$25，自臺北車站搭計程車約 NT$250。</p>
<p>港澳與會者：來回機票約 HK$2,500 起。</p>
""")

s.page("zhengcai.html", "徵才", """
<h1>徵才</h1>
<p>圖書館數位典藏組徵求專案助理一名，月薪 NT$42,000，意者請寄履歷。</p>
""")

ENTRY = entry(
    s, name="臺灣開放文化與數位典藏研討會 2027 (university-library open culture & digital archives conference, Taipei)",
    languages=["zh", "en"],
    fees=[(1800, "TWD"), (600, "TWD"), (500, "TWD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(8, 4, ["affiliation", "phone"]), min_age=None, accessibility_statement=True,
    access_services=["captions", "sign_language", "wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "baoming.html", "faq.html", "xianshang.html", "wuzhangai.html"],
    deliberate_404=["2026.html"],
    evidence={
        "languages": [Q("index.html", "本研討會邀請圖書館、博物館、檔案館與社群夥伴"),
                      Q("index.html", "The conference brings together libraries, museums, archives and community partners",
                        "English section (lang=en)")],
        "un_languages": [N("zh, en")],
        "fees": [Q("baoming.html", "一般 1,800 NTD", "currency only in the neighbouring cell"),
                 Q("baoming.html", "學生（需出示學生證） 600 NTD"),
                 Q("baoming.html", "數位典藏實作工作坊（加購） 500 NTD", "paid add-on workshop"),
                 Q("index.html", "General registration is NT$1,800; students pay NT$600.", "same amounts"),
                 Q("baoming.html", "每人最高 NT$3,000", "travel subsidy, not a fee"),
                 Q("zanzhu.html", "金級贊助 NT$200,000", "sponsor, not a fee"),
                 Q("zanzhu.html", "展示攤位 NT$15,000", "booth, not a fee"),
                 Q("zhusu.html", "合作飯店每晚 NT$3,200 起", "hotel, not a fee"),
                 Q("zhusu.html", "捷運單程票價約 NT$25，自臺北車站搭計程車約 NT$250。", "metro and taxi"),
                 Q("zhusu.html", "來回機票約 HK$2,500 起", "flight, not a fee"),
                 Q("zhengcai.html", "月薪 NT$42,000", "salary"),
                 Q("yicheng.html", "典藏費用與授權金：誰來付？", "session title")],
        "free_option": [Q("faq.html", "有。大會志工及本校在學學生可免費參加", "only in the FAQ, for volunteers and the host's students")],
        "fee_support": [Q("baoming.html", "學生（需出示學生證） 600 NTD", "reduced student rate"),
                        Q("baoming.html", "東部及離島地區的學生可申請交通補助", "travel subsidy")],
        "remote_participation": [Q("xianshang.html", "線上與會者可透過 Slido 即時提問並參與議題投票。")],
        "captcha": [M("baoming.html", '<div class="cf-turnstile"')],
        "account_required": [N("no account; own form")],
        "registration_form": [N("8 fields: 姓名, 電子郵件, 服務單位, 身分 select, 聯絡電話, workshop checkbox, 飲食偏好 select, "
                                "consent checkbox. Required: 姓名, 電子郵件 (required), 服務單位 (（必填）), consent (required) = 4. "
                                "Sensitive: affiliation (服務單位), phone.", "baoming.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [Q("wuzhangai.html", "如有其他需求，請來信 access@opencult-tw.example.org。")],
        "access_services": [Q("wuzhangai.html", "會場設有無障礙坡道、電梯及無障礙廁所。"),
                            Q("wuzhangai.html", "主題演講提供台灣手語翻譯。"),
                            Q("wuzhangai.html", "全程提供即時聽打字幕", "real-time speech-to-text = captions, not CART")],
        "videos_without_captions": [M("index.html", 'src="media/recap-2026.mp4">', "no track")],
        "pdf_only_documents": [N("programme in HTML, no PDF")],
    })
