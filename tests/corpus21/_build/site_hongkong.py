from lib import mk, Q, M, N, entry, fld, video, placeholder_media
NAV = [("index.html", "首頁"), ("shoufei.html", "收費"), ("baoming.html", "報名"), ("xianshang.html", "網上參與"),
       ("wuzhangai.html", "無障礙"), ("zanzhu.html", "贊助"), ("zhusu.html", "住宿及交通"), ("zhaopin.html", "招聘")]
s = mk("xianggang-shehui-gongzuo-shiwu-yantaohui", "香港社會工作實務研討會 2027", "zh-Hant-HK", "#5b2a86", "社", NAV,
       foot={"zh-Hant-HK": "<p>香港前線社工實務學會 — seminar@shegong.example.hk</p>"})
placeholder_media(s, "media/qianxian.mp4")
s.page("index.html", "香港社會工作實務研討會 2027", """
<h1>香港社會工作實務研討會 2027</h1>
<p>研討會於2027年5月21至22日在灣仔會議中心舉行，邀請前線社工、督導及社工系學者分享外展、家庭及長者服務的實務經驗，設專題演講、工作坊及個案討論。</p>
<p>詳情請參閱<a href="@shoufei.html">收費</a>、<a href="@baoming.html">報名</a>及<a href="@xianshang.html">網上參與</a>。往屆資料見<a href="@huigu-2026.html">往屆回顧</a>。</p>
""" + video("media/qianxian.mp4") + """
<section lang="en">
<h2>About the seminar</h2>
<p>The Hong Kong Social Work Practice Seminar brings frontline social workers, supervisors and academics together for two days of keynotes, workshops and case discussions on outreach, family and elderly services.</p>
<p>Tickets are sold through Cityline; an online pass lets you follow the sessions and send questions to the speakers.</p>
</section>
""")
s.page("shoufei.html", "收費", """
<h1>收費</h1>
<table><caption>報名費</caption>
<tr><th>類別</th><th>早鳥（4月1日前）</th><th>正價</th></tr>
<tr><td>現場參加（兩天）</td><td>HK$1,200</td><td>港幣1,500元</td></tr>
<tr><td>網上參與證</td><td>HK$600</td><td>HK$600</td></tr>
</table>
<p>本研討會不設學生優惠，亦不提供任何資助或減免。</p>
""")
s.page("baoming.html", "報名", """
<h1>報名</h1>
<p>所有門票均經城市電腦售票網發售：<a href="https://www.cityline.com/zh_HK/Events.html">前往 Cityline 購票</a>。</p>
<p>購票前須先登入 Cityline 會員帳戶；未有帳戶者請先註冊成為會員。</p>
""")
s.page("xianshang.html", "網上參與", """
<h1>網上參與</h1>
<p>持網上參與證者可經 Zoom 收看所有專題演講，並透過 Slido 即時提問，主持人會把問題轉交講者回答。</p>
""")
s.page("wuzhangai.html", "無障礙", """
<h1>無障礙安排</h1>
<p>會議中心設輪椅通道及升降機，主會場預留輪椅位置。</p>
<p>所有專題演講設香港手語傳譯及即時字幕。</p>
<p>如有其他需要，請填寫以下表格：</p>
<form action="@wuzhangai.html" method="post">
""" + fld("n", "姓名") + fld("e", "電郵", "email") + fld("need", "所需安排", "textarea") + """
<div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
<button type="submit">提交</button>
</form>
""")
s.page("zanzhu.html", "贊助", """
<h1>贊助及展位</h1>
<p>白金贊助：HK$80,000。機構展位：HK$6,500。</p>
""")
s.page("zhusu.html", "住宿及交通", """
<h1>住宿及交通</h1>
<p>灣仔酒店優惠價每晚HK$980。港鐵灣仔站步行約十分鐘。</p>
""")
s.page("zhaopin.html", "招聘", """
<h1>招聘</h1>
<p>某長者中心招聘註冊社工，月薪HK$32,000。</p>
""")
ENTRY = entry(s, name="Hong Kong Social Work Practice Seminar 2027 (social workers' practice society, Hong Kong)",
    languages=["zh", "en"], fees=[(1200, "HKD"), (1500, "HKD"), (600, "HKD")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=True, registration_form=None, registration_host="www.cityline.com",
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "shoufei.html", "baoming.html", "xianshang.html", "wuzhangai.html"],
    deliberate_404=["huigu-2026.html"],
    evidence={
        "languages": [Q("index.html", "研討會於2027年5月21至22日在灣仔會議中心舉行"), M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Hong Kong Social Work Practice Seminar brings frontline social workers")],
        "un_languages": [N("zh, en")],
        "fees": [Q("shoufei.html", "現場參加（兩天） HK$1,200 港幣1,500元", "1200 and 1500 HKD"),
                 Q("shoufei.html", "網上參與證 HK$600 HK$600", "online pass with questions: 600 HKD (one entry)"),
                 Q("zanzhu.html", "白金贊助：HK$80,000。機構展位：HK$6,500。", "sponsorship and stand: not fees"),
                 Q("zhusu.html", "灣仔酒店優惠價每晚HK$980。", "hotel: not a fee"),
                 Q("zhaopin.html", "月薪HK$32,000", "salary: not a fee")],
        "free_option": [N("fees stated, nothing said about a free way")],
        "fee_support": [Q("shoufei.html", "本研討會不設學生優惠，亦不提供任何資助或減免。")],
        "remote_participation": [Q("xianshang.html", "並透過 Slido 即時提問，主持人會把問題轉交講者回答。")],
        "captcha": [M("wuzhangai.html", '<div class="frc-captcha"', "on the access-needs form")],
        "account_required": [Q("baoming.html", "購票前須先登入 Cityline 會員帳戶")],
        "registration_form": [N("no registration form; the only form is a 3-field access-needs form", "wuzhangai.html")],
        "registration_host": [M("baoming.html", 'href="https://www.cityline.com/zh_HK/Events.html"')],
        "registration_pdf_only": [N("tickets on Cityline")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wuzhangai.html", "會議中心設輪椅通道及升降機，主會場預留輪椅位置。")],
        "access_services": [Q("wuzhangai.html", "會議中心設輪椅通道及升降機", "wheelchair_access"),
                            Q("wuzhangai.html", "所有專題演講設香港手語傳譯及即時字幕。", "sign_language, captions")],
        "videos_without_captions": [M("index.html", 'src="media/qianxian.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
