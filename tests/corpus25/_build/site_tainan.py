from lib import *

NAV = [("index.html", "首頁"), ("feiyong.html", "報名費用"), ("zhuce.html", "註冊報名"), ("yicheng.html", "議程"),
       ("wuzhangai.html", "無障礙服務"), ("zanzhu.html", "贊助與展位"), ("zhusu.html", "住宿交通"), ("zhaopin.html", "徵才")]
s = mk("tainan-changzhao-yantaohui", "2027 臺南社區長期照顧研討會", "zh-Hant-TW", "#2f6b3a", "長照", NAV,
       foot={"zh-Hant-TW": "<p>臺南社區照顧協會 · ltc2027@tn-care.example.tw</p>"})
s.pdf("docs/yicheng-2027.pdf", "2027 Tainan LTC Symposium - programme\nDay 1 plenary\nDay 2 workshops")
s.page("index.html", "2027 臺南社區長期照顧研討會", """
<h1>2027 臺南社區長期照顧研討會</h1>
<p>2027年5月15日至16日於臺南市成功大學國際會議廳舉行，邀請居家服務員、護理師、社工與研究者交流社區長照的實務經驗。</p>
<p>本研討會採實體與線上並行：線上票可觀看所有場次，並可透過 Slido 提問，由主持人轉交講者現場回答。</p>
<p><a href="@zhuce.html">立即註冊</a> · <a href="@lunwen-2026.html">2026 論文集</a></p>
<section lang="en">
<h2>English summary</h2>
<p>The Tainan Community Long-Term Care Symposium brings home-care workers, nurses and researchers together on 15–16 May 2027. Online ticket holders can send questions through Slido, which the moderator puts to the speakers.</p>
</section>
""")
s.page("feiyong.html", "報名費用", """
<h1>報名費用</h1>
<table><tr><th>票種</th><th>費用</th></tr>
<tr><td>一般實體票</td><td>新臺幣1,800元</td></tr>
<tr><td>學生實體票（憑學生證）</td><td>NT$600</td></tr>
<tr><td>線上票</td><td>TWD 800</td></tr></table>
<p>本研討會不設免費名額，講者及主持人亦須繳交報名費。</p>
""")
reg = "".join([fld("em", "電子郵件（必填）", "email"), fld("pw", "密碼（必填）", "password"), fld("pw2", "確認密碼（必填）", "password"),
    fld("nm", "姓名（必填）"), fld("ph", "手機號碼（必填）", "tel"), fld("idn", "身分證字號（必填）"),
    fld("org", "服務機構（必填）"), fld("job", "職類", "select", opts=["護理師", "社工", "居家服務員", "研究者", "其他"]),
    radios("meal", "午餐", ["葷食", "素食"]), fld("agree", "我同意個人資料蒐集聲明（必填）", "checkbox")])
s.page("zhuce.html", "註冊報名", f"""
<h1>註冊報名</h1>
<p>報名須先建立研討會帳號，完成後登入即可選擇票種並繳費。</p>
<h2>建立帳號</h2>
<form action="@zhuce.html" method="post">{reg}
<div class="g-recaptcha" data-sitekey="6LeDemoTainanKey"></div><button type="submit">建立帳號</button></form>
<h2>已有帳號？</h2>
<form action="@zhuce.html" method="post">{fld("lem", "電子郵件", "email")}{fld("lpw", "密碼", "password")}<button type="submit">登入</button></form>
""")
s.page("yicheng.html", "議程", """
<h1>議程</h1>
<p>完整議程請下載：<a href="@docs/yicheng-2027.pdf">2027 研討會議程（PDF）</a>。網頁版議程將不另行提供。</p>
""")
s.page("wuzhangai.html", "無障礙服務", """
<h1>無障礙服務</h1>
<p>國際會議廳設有無障礙電梯及輪椅席位。</p>
<p>開幕式與專題演講提供台灣手語翻譯及即時聽打字幕。</p>
<p>如有其他需求，請於5月1日前來信 access@tn-care.example.tw。</p>
""")
s.page("zanzhu.html", "贊助與展位", """
<h1>贊助與展位</h1>
<p>金級贊助新臺幣120,000元；輔具廠商展位每攤新臺幣15,000元。</p>
""")
s.page("zhusu.html", "住宿交通", """
<h1>住宿交通</h1>
<p>合作飯店雙人房每晚NT$2,600起。臺北至臺南高鐵單程約新臺幣1,350元。</p>
""")
s.page("zhaopin.html", "徵才", """
<h1>協會徵才</h1>
<p>社區據點督導一名，月薪新臺幣42,000元起。</p>
""")
ENTRY = entry(s, name="Tainan Community Long-Term Care Symposium 2027 (care association, Tainan)",
    languages=["zh", "en"], fees=[(1800, "TWD"), (600, "TWD"), (800, "TWD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["recaptcha"], account_required=True,
    registration_form=(10, 8, ["phone", "id_document", "affiliation"]), min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "feiyong.html", "zhuce.html", "yicheng.html", "wuzhangai.html"],
    deliberate_404=["lunwen-2026.html"],
    evidence={
        "languages": [Q("index.html", "邀請居家服務員、護理師、社工與研究者交流社區長照的實務經驗"), M("index.html", '<section lang="en">'),
                      Q("index.html", "The Tainan Community Long-Term Care Symposium brings home-care workers")],
        "un_languages": [N("zh, en")],
        "fees": [Q("feiyong.html", "新臺幣1,800元", "1800 TWD"), Q("feiyong.html", "NT$600", "600 TWD"), Q("feiyong.html", "TWD 800", "online ticket with Slido questions"),
                 Q("zanzhu.html", "金級贊助新臺幣120,000元", "sponsorship, stand: not fees"),
                 Q("zhusu.html", "合作飯店雙人房每晚NT$2,600起", "hotel and train: not fees"),
                 Q("zhaopin.html", "月薪新臺幣42,000元起", "salary: not a fee")],
        "free_option": [Q("feiyong.html", "本研討會不設免費名額，講者及主持人亦須繳交報名費。")],
        "fee_support": [Q("feiyong.html", "學生實體票（憑學生證）", "student rate 600 below 1800")],
        "remote_participation": [Q("index.html", "線上票可觀看所有場次，並可透過 Slido 提問，由主持人轉交講者現場回答")],
        "captcha": [M("zhuce.html", '<div class="g-recaptcha"')],
        "account_required": [Q("zhuce.html", "報名須先建立研討會帳號，完成後登入即可選擇票種並繳費。")],
        "registration_form": [N("own portal sign-up: 10 fields (e-mail, password, confirmation, name, phone, 身分證字號, organisation, job select, meal radio, consent); 8 marked （必填）; the login form beside it is not the registration form", "zhuce.html"),
                              Q("zhuce.html", "身分證字號（必填）")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online sign-up")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wuzhangai.html", "國際會議廳設有無障礙電梯及輪椅席位。")],
        "access_services": [Q("wuzhangai.html", "國際會議廳設有無障礙電梯及輪椅席位。", "wheelchair_access"),
                            Q("wuzhangai.html", "開幕式與專題演講提供台灣手語翻譯及即時聽打字幕。", "sign_language and captions")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("yicheng.html", "網頁版議程將不另行提供。", "programme only as PDF")],
    })
