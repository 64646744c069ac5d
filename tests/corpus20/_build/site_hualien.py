"""Hualien: an indigenous-language association's language revitalisation workshop (zh-Hant-TW; English section with lang, Amis section)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "首頁"), ("baoming.html", "報名與費用"), ("shenqing.html", "族語老師免費名額"),
       ("xianshang.html", "線上參與"), ("wuzhangai.html", "無障礙服務"), ("zhusu.html", "交通住宿"),
       ("zanzhu.html", "贊助夥伴"), ("zhaopin.html", "人才招募")]
s = mk("zuyu-fuzhen-gongzuofang-hualien", "2027花蓮族語復振工作坊", "zh-Hant-TW", "#2d6a2e", "族語", NAV,
       foot={"zh-Hant-TW": "<p>東海岸族語推廣協會 — hello@zuyu.example.tw</p>"})
placeholder_media(s, "media/buluo.mp4")

s.page("index.html", "2027花蓮族語復振工作坊", """
<h1>2027花蓮族語復振工作坊</h1>
<p>三天的課程邀請部落耆老、族語老師與大學研究者，一起討論沉浸式教學、族語繪本與社區廣播。地點在花蓮市的文化園區，日期為2027年4月9日至11日。</p>
<p><a href="@baoming.html">立即報名</a>　<a href="@2025-huigu.html">2025年活動回顧</a></p>
""" + video("media/buluo.mp4") + """
<section lang="ami"><h2>Nga'ay ho</h2><p>Nga'ay ho, mi'aca kita to sowal.</p></section>
<section lang="en">
<h2>About the workshop</h2>
<p>The Hualien Language Revitalisation Workshop is three days of sessions on immersion teaching, picture books in indigenous languages and community radio, with elders, language teachers and researchers.</p>
<p>Registration costs NT$1,200 (students NT$600); indigenous-language teachers can apply for a free place.</p>
</section>
""")

s.page("baoming.html", "報名與費用", """
<h1>報名與費用</h1>
<table><caption>報名費</caption>
<tr><th>身分</th><th>費用</th></tr>
<tr><td>一般報名</td><td>新臺幣1,200元</td></tr>
<tr><td>大專院校學生</td><td>NT$600</td></tr>
<tr><td>線上參與</td><td>NT$300</td></tr>
</table>
<p>現職族語老師免費參加（名額40名），請填寫<a href="@shenqing.html">免費名額申請表</a>。</p>
<p>居住在偏遠部落的耆老可申請交通補助，由協會實報實銷。</p>
<p>付費報名一律透過 <a href="https://kktix.com/events/zuyu-2027-hualien">KKTIX 售票頁</a>，購票需先登入KKTIX會員帳號。</p>
<p>參加者須年滿十六歲。</p>
""")

form = "".join([
    fld("name", "姓名（必填）", req=True),
    fld("email", "電子郵件（必填）", "email", req=True),
    fld("mobile", "手機（必填）", "tel", req=True),
    fld("pid", "身分證字號（必填）", req=True),
    fld("school", "服務學校（必填）", req=True),
    fld("tribe", "族別", "select", opts=["阿美族", "太魯閣族", "布農族", "撒奇萊雅族", "其他"]),
    fld("teach", "教授族語別", "select", opts=["海岸阿美語", "太魯閣語", "其他"]),
    radios("mode", "參加方式（必填）", ["現場", "線上"], req=True),
    fld("consent", "同意本會蒐集個人資料（必填）", "checkbox", req=True),
])
s.page("shenqing.html", "族語老師免費名額", f"""
<h1>族語老師免費名額申請</h1>
<p>名額有限，依申請順序審核，3月15日截止。</p>
<form action="@shenqing.html" method="post">
{form}
<div class="frc-captcha" data-sitekey="FCMexampleZUYU"></div>
<button type="submit">送出申請</button>
</form>
""")

s.page("xianshang.html", "線上參與", """
<h1>線上參與</h1>
<p>線上參與者透過Google Meet加入全部場次，可在每場討論時間開麥克風或以聊天室向講者提問。</p>
""")

s.page("wuzhangai.html", "無障礙服務", """
<h1>無障礙服務</h1>
<p>主場館設有無障礙坡道與電梯，輪椅使用者可自由進出各教室。</p>
<p>開幕與全體場次提供台灣手語翻譯及即時聽打字幕。</p>
<p>如需其他協助，請於3月20日前來信 access@zuyu.example.tw。</p>
""")

s.page("zhusu.html", "交通住宿", """
<h1>交通住宿</h1>
<p>台北至花蓮自強號單程新臺幣440元；合作民宿每晚1,800元起。</p>
""")
s.page("zanzhu.html", "贊助夥伴", "<h1>贊助夥伴</h1><p>金級贊助新臺幣50,000元，可於會場設置展示攤位。</p>")
s.page("zhaopin.html", "人才招募", "<h1>人才招募</h1><p>協會徵求族語教材編輯一名，月薪新臺幣38,000元。</p>")

ENTRY = entry(
    s, name="Hualien Language Revitalisation Workshop 2027 (indigenous-language association, Hualien)",
    languages=["zh", "en"],
    fees=[(1200, "TWD"), (600, "TWD"), (300, "TWD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=True, registration_form=(9, 7, ["phone", "id_document", "affiliation"]),
    registration_host="kktix.com", min_age=16, accessibility_statement=True,
    access_services=["captions", "sign_language", "wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "baoming.html", "shenqing.html", "xianshang.html", "wuzhangai.html"],
    deliberate_404=["2025-huigu.html"],
    evidence={
        "languages": [Q("index.html", "三天的課程邀請部落耆老、族語老師與大學研究者"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Hualien Language Revitalisation Workshop is three days of sessions"),
                      Q("index.html", "Nga'ay ho, mi'aca kita to sowal.", "Amis greeting: no ISO 639-1 code, not content")],
        "un_languages": [N("zh, en")],
        "fees": [Q("baoming.html", "一般報名 新臺幣1,200元", "1200 TWD"),
                 Q("baoming.html", "大專院校學生 NT$600", "600 TWD"),
                 Q("baoming.html", "線上參與 NT$300", "300 TWD (online pass)"),
                 Q("index.html", "Registration costs NT$1,200 (students NT$600)", "English restatement, no new entries"),
                 Q("zhusu.html", "自強號單程新臺幣440元", "train and B&B: not fees"),
                 Q("zanzhu.html", "金級贊助新臺幣50,000元", "sponsorship: not a fee"),
                 Q("zhaopin.html", "月薪新臺幣38,000元", "salary: not a fee")],
        "free_option": [Q("baoming.html", "現職族語老師免費參加（名額40名）")],
        "fee_support": [Q("baoming.html", "居住在偏遠部落的耆老可申請交通補助", "travel subsidy; also the student rate")],
        "remote_participation": [Q("xianshang.html", "線上參與者透過Google Meet加入全部場次，可在每場討論時間開麥克風或以聊天室向講者提問。")],
        "captcha": [M("shenqing.html", '<div class="frc-captcha"')],
        "account_required": [Q("baoming.html", "購票需先登入KKTIX會員帳號")],
        "registration_form": [N("free-place application: 9 fields (name, e-mail, mobile, ID number, school, tribe select, language select, mode radio, consent checkbox); 7 marked （必填）; sensitive phone, id_document, affiliation (tribe not sensitive)", "shenqing.html"),
                              Q("shenqing.html", "身分證字號（必填）")],
        "registration_host": [M("baoming.html", 'href="https://kktix.com/events/zuyu-2027-hualien"')],
        "registration_pdf_only": [N("online registration")],
        "min_age": [Q("baoming.html", "參加者須年滿十六歲。", "16")],
        "accessibility_statement": [Q("wuzhangai.html", "主場館設有無障礙坡道與電梯")],
        "access_services": [Q("wuzhangai.html", "輪椅使用者可自由進出各教室", "wheelchair_access"),
                            Q("wuzhangai.html", "開幕與全體場次提供台灣手語翻譯及即時聽打字幕。", "sign_language, captions")],
        "videos_without_captions": [M("index.html", 'src="media/buluo.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
