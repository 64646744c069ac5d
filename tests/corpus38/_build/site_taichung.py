"""Taichung, Taiwan: accessibility-in-ICT conference (Traditional Chinese, English section with lang)."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

SLUG = "taichung-zixun-wuzhangai-yantaohui"
NAV = [("index.html", "首頁"), ("baoming.html", "報名"), ("feiyong.html", "費用"), ("xianshang.html", "線上參與"),
       ("wuzhangai.html", "無障礙服務"), ("changjian.html", "常見問題"), ("zhanshi.html", "展示攤位"),
       ("jiaotong.html", "交通住宿")]
FOOT = {"zh-Hant-TW": "<p>中臺灣數位近用協會｜臺中市西區民權路 312 號 5 樓｜service@cdaa.example.tw</p>"}
s = mk(SLUG, "2027 臺中資訊無障礙研討會", "zh-Hant-TW", "#1f5f99", "近用", {"zh-Hant-TW": NAV}, foot=FOOT)
placeholder_media(s, "media/2026-huiyi.mp4")
vtt(s, "media/2026-huiyi.vtt", "歡迎參加臺中資訊無障礙研討會")

T_INTRO = "2027 臺中資訊無障礙研討會將於 11 月 6 日在臺中國際會議中心舉行"
s.page("index.html", "2027 臺中資訊無障礙研討會", f"""
<h1>2027 臺中資訊無障礙研討會</h1>
<p lang="nan">逐家好！</p>
<p>{T_INTRO}，主題為「每個人都能用的數位服務」。議程涵蓋網站無障礙規範、政府數位服務的可及性、輔助科技與 AI 的應用，以及身心障礙者的親身經驗分享。</p>
<p>本研討會由中臺灣數位近用協會主辦，歡迎開發者、設計師、公務人員與身心障礙團體參加。</p>
{video("media/2026-huiyi.mp4", track="media/2026-huiyi.vtt", track_lang="zh-Hant", label="中文字幕")}
""")

T_HOST = "一般票、學生票與線上參與票請至BeClass報名"
T_FREE = "身心障礙者本人免費參加"
FORM = "\n".join([
    fld("name", "姓名（務必填寫）"),
    fld("idno", "身分證字號（務必填寫）"),
    fld("email", "電子郵件（務必填寫）", "email"),
    fld("mobile", "手機", "tel"),
    fld("dtype", "障礙類別", "select", opts=["視覺障礙", "聽覺障礙", "肢體障礙", "學習障礙", "其他", "不便透露"]),
    fld("need_sign", "需要手語翻譯", "checkbox"),
    fld("need_cap", "需要聽打字幕", "checkbox"),
    fld("need_wc", "需要輪椅座位", "checkbox"),
    fld("proof", "身心障礙證明影本", "file", req=True),
    fld("consent", "我同意主辦單位依個資法使用以上資料", "checkbox", req=True),
])
s.page("baoming.html", "報名 — 2027 臺中資訊無障礙研討會", f"""
<h1>報名方式</h1>
<p>{T_HOST}：<a href="https://www.beclass.com/rid=2847aa1c5f0e6">前往BeClass報名頁面</a>。</p>
<h2>身心障礙者免費票申請</h2>
<p>{T_FREE}，請填寫以下申請表，審核後以電子郵件寄送入場序號。</p>
<form action="@baoming.html" method="post">
{FORM}
<div class="frc-captcha" data-sitekey="FCMTAICHUNG2027A11Y"></div>
<button type="submit">送出申請</button>
</form>
""")

T_DON = "歡迎捐款支持協會的輔具借用基金，建議每份新臺幣500元"
s.page("feiyong.html", "費用 — 2027 臺中資訊無障礙研討會", f"""
<h1>費用</h1>
<table>
<caption>2027 年報名費</caption>
<tr><th>票種</th><th>費用</th></tr>
<tr><td>一般票</td><td>新臺幣1,200元</td></tr>
<tr><td>學生票（須出示學生證）</td><td>新臺幣400元</td></tr>
<tr><td>線上參與票（可即時提問）</td><td>新臺幣300元</td></tr>
</table>
<p>{T_FREE}，詳見<a href="@baoming.html">報名頁</a>的免費票申請表。</p>
<p>{T_DON}，捐款不屬於報名費。</p>
<section lang="en">
<h2>Fees in English</h2>
<p>General ticket NT$1,200; students NT$400; online ticket with live questions NT$300. Disabled participants attend free of charge after a short application. Tickets are booked on BeClass.</p>
</section>
""")

T_REMOTE = "線上參與者可透過 Slido 即時提問，由主持人轉達講者現場回答"
s.page("xianshang.html", "線上參與 — 2027 臺中資訊無障礙研討會", f"""
<h1>線上參與</h1>
<p>購買線上參與票即可收看全部議程直播。{T_REMOTE}。</p>
<p>線上直播同步提供即時聽打字幕。</p>
""")

T_SIGN = "全程提供台灣手語翻譯與即時聽打字幕"
T_WHEEL = "會場為無階梯設計，設有輪椅座位與無障礙廁所"
T_CHILD = "親子托育區由專業保母照顧"
s.page("wuzhangai.html", "無障礙服務 — 2027 臺中資訊無障礙研討會", f"""
<h1>無障礙服務</h1>
<ul>
<li>{T_SIGN}。</li>
<li>{T_WHEEL}。</li>
<li>{T_CHILD}（2至6歲，請事先預約）。</li>
<li>提供點字與大字版議程。</li>
</ul>
<p>其他需求請聯絡 access@cdaa.example.tw 或來電 04-2222-0000。</p>
""")

T_ACC = "在BeClass報名不需註冊會員，填寫資料即可完成"
T_KIDS = "十二歲以下兒童須由成人陪同"
s.page("changjian.html", "常見問題 — 2027 臺中資訊無障礙研討會", f"""
<h1>常見問題</h1>
<details open><summary>報名需要先註冊帳號嗎？</summary><p>{T_ACC}。</p></details>
<details open><summary>可以帶小孩參加嗎？</summary><p>可以，{T_KIDS}，也可使用親子托育區。</p></details>
<details open><summary>可以退票嗎？</summary><p>10 月 20 日前可全額退費。</p></details>
""")

s.page("zhanshi.html", "展示攤位 — 2027 臺中資訊無障礙研討會", """
<h1>展示攤位</h1>
<p>輔具廠商與數位服務團隊可租用展示攤位，每攤新臺幣25,000元（含桌椅與電源）。</p>
""")

s.page("jiaotong.html", "交通住宿 — 2027 臺中資訊無障礙研討會", """
<h1>交通與住宿</h1>
<p>合作飯店優惠價每晚新臺幣2,800元。高鐵臺北至臺中單程票價約新臺幣700元，臺中站有免費接駁車。</p>
""")

PP = ["index.html", "baoming.html", "feiyong.html", "xianshang.html", "wuzhangai.html", "changjian.html"]
ENTRY = entry(
    s, name="Taichung Conference on Accessible ICT 2027 (Central Taiwan Digital Access Association, Taichung, Taiwan)",
    languages=["zh", "en"],
    fees=[(1200, "TWD"), (400, "TWD"), (300, "TWD")],
    free_option=True, fee_support=True, remote_participation=True,
    captcha=["friendlycaptcha"], account_required=False,
    registration_form=(10, 5, ["id_document", "phone"]), registration_host="www.beclass.com",
    min_age=None, accessibility_statement=True,
    access_services=["sign_language", "captions", "wheelchair_access", "childcare"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=PP,
    evidence={
        "languages": [Q("index.html", T_INTRO), M("feiyong.html", '<section lang="en">', "English section"),
                      M("index.html", '<p lang="nan">逐家好！</p>', "Taiwanese Hokkien greeting: not content")],
        "un_languages": [N("en, zh")],
        "fees": [Q("feiyong.html", "一般票 新臺幣1,200元"), Q("feiyong.html", "學生票（須出示學生證） 新臺幣400元"),
                 Q("feiyong.html", "線上參與票（可即時提問） 新臺幣300元"),
                 Q("feiyong.html", "General ticket NT$1,200", "restated in English: no new entry"),
                 Q("feiyong.html", T_DON, "donation: not a fee"),
                 Q("zhanshi.html", "每攤新臺幣25,000元", "exhibitor booth: not a fee"),
                 Q("jiaotong.html", "合作飯店優惠價每晚新臺幣2,800元", "hotel: not a fee")],
        "free_option": [Q("baoming.html", T_FREE)],
        "fee_support": [Q("feiyong.html", "學生票（須出示學生證） 新臺幣400元", "student rate"), Q("feiyong.html", T_FREE)],
        "remote_participation": [Q("xianshang.html", T_REMOTE)],
        "captcha": [M("baoming.html", '<div class="frc-captcha"')],
        "account_required": [Q("changjian.html", T_ACC, "FAQ only")],
        "registration_form": [N("free-ticket application, 10 fields: name, 身分證字號, e-mail, mobile, disability-type select, three "
                                "service checkboxes, disability-certificate file, consent checkbox; required: 3 marked （務必填寫） + "
                                "file + consent = 5", "baoming.html"),
                              Q("baoming.html", "身分證字號（務必填寫）")],
        "registration_host": [M("baoming.html", 'href="https://www.beclass.com/rid=2847aa1c5f0e6"')],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("changjian.html", T_KIDS, "accompaniment rule: not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", T_WHEEL)],
        "access_services": [Q("wuzhangai.html", T_SIGN, "sign_language and captions (聽打字幕)"),
                            Q("wuzhangai.html", T_WHEEL, "wheelchair_access"), Q("wuzhangai.html", T_CHILD, "childcare")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/2026-huiyi.vtt"', "captioned: 0")],
        "pdf_only_documents": [N("no PDF")],
    })
