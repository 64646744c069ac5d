from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt

NAV = [("index.html", "首頁"), ("feiyong.html", "費用"), ("baoming.html", "報名"), ("xianshang.html", "線上課程"),
       ("wuzhangai.html", "無障礙"), ("zanzhu.html", "贊助"), ("zhusu.html", "住宿交通"), ("zhaopin.html", "招聘")]
FOOT = '<p>澳門長者數碼共融協會 — 澳門新口岸宋玉生廣場（虛構地址）— info@silverdigital.example.mo</p>'
s = mk("aomen-zhangzhe-shuma-daoshi-peixun", "長者數碼導師培訓課程2027", "zh-Hant-MO", "#b0302a", "數碼", NAV,
       foot={"zh-Hant-MO": FOOT})
placeholder_media(s, "media/daoshi-2026.mp4")
placeholder_media(s, "media/zhangzhe-fangtan.mp4")
vtt(s, "media/daoshi-2026.vtt", "導師示範如何使用手機支付")

s.page("index.html", "長者數碼導師培訓課程2027", """
<h1>長者數碼導師培訓課程2027</h1>
<p>課程培訓義工和社工成為「數碼導師」，在社區中心教長者使用手機、網上預約醫療服務和辨識網上詐騙。</p>
<p>上課日期：2027年5月8日至6月12日逢星期六，地點：下環區長者活動中心。</p>
<p>往年課程回顧見<a href="@huigu-2025.html">2025年課程</a>。</p>
""" + video("media/daoshi-2026.mp4", track="media/daoshi-2026.vtt", track_lang="zh-Hant", label="中文字幕") + """
""" + video("media/zhangzhe-fangtan.mp4") + """
<section lang="pt">
<h2>Informação em português</h2>
<p>O curso forma voluntários e assistentes sociais para ensinarem os idosos a usar o telemóvel, marcar consultas online e reconhecer burlas na internet. As aulas são em cantonense, mas os formadores respondem a perguntas em português.</p>
</section>
""")

s.page("feiyong.html", "費用", """
<h1>課程費用</h1>
<table>
<caption>學費（六節課）</caption>
<tr><th>類別</th><th>費用</th></tr>
<tr><td>一般學員</td><td>MOP$600</td></tr>
<tr><td>全日制學生</td><td>MOP$300</td></tr>
<tr><td>線上課程（Zoom）</td><td>MOP$250</td></tr>
</table>
<p>附加工作坊「長者防騙實務」（選修）：MOP$120。</p>
<p>長者義工免費參加（須由所屬服務中心推薦）。</p>
""")

s.page("baoming.html", "報名", """
<h1>網上報名</h1>
<p>課程對象：年滿十六歲人士。未滿十八歲須由家長簽署同意書。</p>
<form action="@baoming.html" method="post">
""" + fld("name", "姓名（必填）") + fld("bir", "澳門居民身份證號碼（必填）")
  + radios("sex", "性別", ["男", "女", "不願透露"]) + fld("dob", "出生日期", "date")
  + fld("tel", "電話（必填）", "tel") + fld("email", "電郵（必填）", "email") + fld("org", "服務機構")
  + fld("mode", "上課形式", "select", opts=["現場", "線上"]) + fld("extra", "報讀附加工作坊", "checkbox")
  + fld("agree", "本人同意收集個人資料聲明", "checkbox", req=True) + """
<div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
<button type="submit">提交報名</button>
</form>
""")

s.page("xianshang.html", "線上課程", """
<h1>線上課程</h1>
<p>線上學員透過Zoom同步上課，可在每節課的問答環節即時向導師提問。</p>
<p>線上課程毋須註冊Zoom帳戶。</p>
""")

s.page("wuzhangai.html", "無障礙", """
<h1>無障礙安排</h1>
<p>場地設升降機，輪椅可直達課室。</p>
<p>可應要求安排澳門手語翻譯，請於開課兩星期前通知。</p>
<p>所有講座設即時字幕。</p>
""")

s.page("zanzhu.html", "贊助", """
<h1>贊助計劃</h1>
<p>白金贊助：MOP$20,000；金贊助：MOP$10,000。</p>
<p>合作商戶以優惠價出售長者平板電腦：每部MOP$1,980。</p>
""")

s.page("zhusu.html", "住宿交通", """
<h1>住宿及交通</h1>
<p>外地學員可入住海灣酒店，每晚HK$850（港元）。</p>
<p>巴士車費：每程MOP$6。</p>
""")

s.page("zhaopin.html", "招聘", """
<h1>招聘</h1>
<p>社區數碼主任（全職）：月薪MOP$18,000起。</p>
""")

ENTRY = entry(s, name="Digital mentors for older people training course 2027 (senior digital inclusion association, Macau)",
    languages=["zh", "pt"],
    fees=[(600, "MOP"), (300, "MOP"), (250, "MOP"), (120, "MOP")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(10, 5, ["id_document", "gender", "birth_date", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "xianshang.html", "wuzhangai.html"],
    deliberate_404=["huigu-2025.html"],
    evidence={
        "languages": [Q("index.html", "課程培訓義工和社工成為「數碼導師」"),
                      M("index.html", '<section lang="pt">', "Portuguese section with lang"),
                      Q("index.html", "O curso forma voluntários e assistentes sociais")],
        "un_languages": [N("zh")],
        "fees": [Q("feiyong.html", "MOP$600", "600 MOP"), Q("feiyong.html", "MOP$300", "student 300 MOP"),
                 Q("feiyong.html", "線上課程（Zoom）", "online course 250 MOP"),
                 Q("feiyong.html", "附加工作坊「長者防騙實務」（選修）：MOP$120。", "add-on workshop 120 MOP"),
                 Q("zanzhu.html", "每部MOP$1,980", "tablet sold, sponsor: not fees"),
                 Q("zhusu.html", "每晚HK$850（港元）", "hotel (HKD), bus: not fees"),
                 Q("zhaopin.html", "月薪MOP$18,000起", "salary: not a fee")],
        "free_option": [Q("feiyong.html", "長者義工免費參加（須由所屬服務中心推薦）。")],
        "fee_support": [Q("feiyong.html", "全日制學生", "student rate 300 below 600")],
        "remote_participation": [Q("xianshang.html", "線上學員透過Zoom同步上課，可在每節課的問答環節即時向導師提問。")],
        "captcha": [M("baoming.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account; no Zoom account needed", "xianshang.html")],
        "registration_form": [N("10 fields (name, Macau ID, sex radio, birth date, phone, e-mail, organisation, mode select, workshop checkbox, consent checkbox); required: 4 marked （必填） + consent = 5", "baoming.html"),
                              Q("baoming.html", "澳門居民身份證號碼（必填）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("baoming.html", "課程對象：年滿十六歲人士。"),
                    Q("baoming.html", "未滿十八歲須由家長簽署同意書。", "consent rule: not the limit")],
        "accessibility_statement": [Q("wuzhangai.html", "場地設升降機，輪椅可直達課室。")],
        "access_services": [Q("wuzhangai.html", "輪椅可直達課室", "wheelchair_access"),
                            Q("wuzhangai.html", "可應要求安排澳門手語翻譯", "sign_language"),
                            Q("wuzhangai.html", "所有講座設即時字幕。", "captions")],
        "videos_without_captions": [M("index.html", 'src="media/zhangzhe-fangtan.mp4">', "no track; the other video has captions")],
        "pdf_only_documents": [N("no PDF document")],
    })
