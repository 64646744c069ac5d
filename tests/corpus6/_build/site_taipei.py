from lib import mk, Q, M, N, entry, video, placeholder_media, vtt
NAV = {"zh-TW": [("index.html", "首頁"), ("tickets.html", "票種"), ("access.html", "無障礙服務"), ("online.html", "線上參與"), ("sponsor.html", "贊助方案"),
                 ("hotel.html", "交通住宿"), ("jobs.html", "徵才"), ("en/index.html", "English")],
       "en": [("en/index.html", "Home"), ("index.html", "中文")]}
s = mk("taipei-accessibility-conference", "台北數位無障礙研討會", "zh-TW", "#1565c0", "無", NAV, foot={"zh-TW": "<p>數位平權協會 · info@a11y-tw.example.org.tw</p>"})
for v in ("media/keynote.mp4", "media/panel.mp4"):
    placeholder_media(s, v)
vtt(s, "media/keynote.zh.vtt", "歡迎"); vtt(s, "media/panel.ad.vtt", "口述影像")
s.page("index.html", "台北數位無障礙研討會 2027", """
<h1>台北數位無障礙研討會 2027</h1>
<p>十一月六日至七日於台北舉行，匯集網頁開發者、設計師、身心障礙者團體與政府單位，討論網站無障礙規範、輔助科技與無障礙的數位公共服務。</p>
<p><a href="@tickets.html">票種與報名</a> · <a href="@access.html">無障礙服務</a></p>
""" + video("media/keynote.mp4", track="media/keynote.zh.vtt", track_lang="zh-TW", label="中文字幕") + "\n"
  + video("media/panel.mp4", track="media/panel.ad.vtt", track_kind="descriptions", track_lang="zh-TW", label="口述影像") + "\n")
s.page("tickets.html", "票種", """
<h1>票種與報名</h1>
<div class="cards">
<div class="card"><h2>一般票</h2><span class="price">NT$1,500</span></div>
<div class="card"><h2>學生票</h2><span class="price"><span class="amt">600</span> <span class="cur">NTD</span></span></div>
<div class="card"><h2>線上票</h2><span class="price">NT$300</span><p>線上參與者可即時提問。</p></div>
</div>
<p>身心障礙者及其陪同者一名免費入場。報名請至 <a href="https://kktix.com/events/a11y-tw-2027">KKTIX</a>，需先登入 KKTIX 會員。</p>
""")
s.page("access.html", "無障礙服務", """
<h1>無障礙服務</h1>
<ul><li>全程提供即時聽打字幕。</li><li>主場次提供台灣手語翻譯。</li><li>會場設有輪椅通道與無障礙廁所。</li><li>部分影片提供口述影像。</li></ul>
<p>如有其他需求，請來信 access@a11y-tw.example.org.tw。</p>
""")
s.page("online.html", "線上參與", """<h1>線上參與</h1><p>購買線上票的參與者可透過直播平台即時向講者提問，並參與分組討論。</p>""")
s.page("sponsor.html", "贊助方案", """<h1>贊助方案</h1><p>金級贊助 NT$50,000；攤位 NT$15,000。</p>""")
s.page("hotel.html", "交通住宿", """<h1>交通住宿</h1><p>合作飯店每晚 NT$2,800 起。搭乘捷運至市政府站，單程約 NT$25。</p>""")
s.page("jobs.html", "徵才", """<h1>徵才</h1><p>無障礙測試工程師，月薪 NT$55,000 起。</p>""")
s.page("en/index.html", "Taipei Digital Accessibility Conference 2027", """
<h1>Taipei Digital Accessibility Conference 2027</h1>
<p>Taipei, 6–7 November. Web developers, designers, disability organisations and government agencies meet to discuss accessibility standards,
assistive technology and accessible digital public services. General ticket NT$1,500, students NTD 600, online ticket NT$300; disabled people
and one companion attend free.</p>
""", lang="en")
ENTRY = entry(s, name="台北數位無障礙研討會 (Chinese-language accessibility conference)",
    languages=["zh", "en"], fees=[(1500, "TWD"), (600, "TWD"), (300, "TWD")], free_option=True, fee_support=True, remote_participation=True,
    account_required=True, registration_host="kktix.com", accessibility_statement=True,
    access_services=["captions", "sign_language", "wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "tickets.html", "access.html", "online.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "匯集網頁開發者、設計師、身心障礙者團體與政府單位"), Q("en/index.html", "Web developers, designers, disability organisations")],
        "un_languages": [N("zh and en")],
        "fees": [Q("tickets.html", "一般票 NT$1,500"), Q("tickets.html", "學生票 600 NTD", "amount and code in neighbouring spans"), Q("tickets.html", "線上票 NT$300"),
                 Q("sponsor.html", "金級贊助 NT$50,000", "sponsor/booth"), Q("hotel.html", "每晚 NT$2,800 起", "hotel, metro"), Q("jobs.html", "月薪 NT$55,000 起", "salary")],
        "free_option": [Q("tickets.html", "身心障礙者及其陪同者一名免費入場。", "free for one group")],
        "fee_support": [Q("tickets.html", "學生票 600 NTD", "reduced student rate")],
        "remote_participation": [Q("online.html", "購買線上票的參與者可透過直播平台即時向講者提問")],
        "captcha": [N("none")], "account_required": [Q("tickets.html", "需先登入 KKTIX 會員")], "registration_form": [N("KKTIX")],
        "registration_host": [M("tickets.html", 'href="https://kktix.com/events/a11y-tw-2027"')], "registration_pdf_only": [N("KKTIX")],
        "min_age": [N("none stated")],
        "accessibility_statement": [Q("access.html", "如有其他需求，請來信 access@a11y-tw.example.org.tw。")],
        "access_services": [Q("access.html", "全程提供即時聽打字幕。", "real-time captioning = captions (CART not named)"), Q("access.html", "主場次提供台灣手語翻譯。"),
                            Q("access.html", "會場設有輪椅通道與無障礙廁所。"), Q("access.html", "部分影片提供口述影像。", "audio description is not a service")],
        "videos_without_captions": [M("index.html", '<track kind="descriptions"', "panel.mp4 has only a descriptions track")],
        "pdf_only_documents": [N("no PDF")],
    })
