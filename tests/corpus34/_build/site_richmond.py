from lib import *

NAV = [("index.html", "主頁"), ("shoufei.html", "收費"), ("baoming.html", "報名"), ("wenda.html", "問與答"),
       ("wuzhangai.html", "無障礙"), ("huodong.html", "其他活動"), ("zanzhu.html", "贊助"), ("zhaopin.html", "招聘")]
s = mk("liezhiwen-peizhen-yigong-yanxihui", "列治文長者陪診義工研習會 2027", "zh-Hant-CA", "#7a2e5a", "陪診", NAV,
       foot={"zh-Hant-CA": "<p>菲沙河長者服務協會 · 列治文 No. 3 Road 8100 號二樓 · info@fraser-seniors.example.ca</p>"})
placeholder_media(s, "media/peizhen-shifan.mp4")
vtt(s, "media/peizhen-zh.vtt", "陪同長者覆診示範")

s.page("index.html", "列治文長者陪診義工研習會", """
<h1>長者陪診義工研習會 2027</h1>
<p>很多長者獨自前往診所或醫院覆診，聽不清醫生的指示，也記不住藥物的分量。本會今年五月一連四個星期六舉辦研習會，培訓新一批陪診義工：學習如何陪同長者覆診、記錄醫囑、整理藥物清單，以及在急症室裡保持冷靜。</p>
""" + video("media/peizhen-shifan.mp4", track="media/peizhen-zh.vtt", track_lang="zh-Hant", label="中文字幕") + """
<p><a href="@shoufei.html">收費</a> · <a href="@baoming.html">報名</a> · <a href="@wuzhangai.html">無障礙安排</a></p>
<section class="pa">
<h2>ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੇ ਵਲੰਟੀਅਰਾਂ ਲਈ</h2>
<p>ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੇ ਬਜ਼ੁਰਗ ਵਲੰਟੀਅਰਾਂ ਦਾ ਵੀ ਸਵਾਗਤ ਹੈ। ਇਹ ਵਰਕਸ਼ਾਪ ਸਿਖਾਉਂਦੀ ਹੈ ਕਿ ਡਾਕਟਰ ਦੀ ਮੁਲਾਕਾਤ ਵੇਲੇ ਬਜ਼ੁਰਗਾਂ ਦੇ ਨਾਲ ਕਿਵੇਂ ਜਾਣਾ ਹੈ, ਦਵਾਈਆਂ ਦੀ ਸੂਚੀ ਕਿਵੇਂ ਰੱਖਣੀ ਹੈ ਅਤੇ ਹਸਪਤਾਲ ਵਿੱਚ ਕਿਵੇਂ ਮਦਦ ਕਰਨੀ ਹੈ।</p>
<p>ਫੀਸ $85 ਹੈ, ਅਤੇ ਆਨਲਾਈਨ ਕਲਾਸ ਲਈ $40। ਕਲਾਸਾਂ ਚੀਨੀ ਭਾਸ਼ਾ ਵਿੱਚ ਹੁੰਦੀਆਂ ਹਨ, ਪਰ ਸਾਡੇ ਪੰਜਾਬੀ ਵਲੰਟੀਅਰ ਹਰ ਸ਼ਨੀਵਾਰ ਤੁਹਾਡੀ ਮਦਦ ਕਰਨਗੇ।</p>
</section>
""")

s.page("shoufei.html", "收費", """
<h1>收費（加元）</h1>
<table>
<tr><th>類別</th><th>四堂全期</th></tr>
<tr><td>一般學員</td><td>$85</td></tr>
<tr><td>合作長者中心會員</td><td>$60</td></tr>
<tr><td>網上班（Zoom）</td><td>$40</td></tr>
</table>
<p>網上班學員經 Zoom 即時提問，導師會在每節最後二十分鐘逐一回答。</p>
<p>本研習會沒有免費名額。恕不提供學費資助、減價或交通補貼。</p>
<p>活動中心停車場每日 $8。</p>
""")

s.page("baoming.html", "報名", """
<h1>報名</h1>
<p>學員須為十八歲或以上，並能以廣東話或普通話溝通。</p>
<p>所有名額經 Showpass 發售：<a class="button" href="https://www.showpass.com/liezhiwen-peizhen-2027/">前往 Showpass 購票</a></p>
<p>報名截止日期：2027年4月20日。</p>
""")

s.page("wenda.html", "問與答", """
<h1>問與答</h1>
<h2>購票需要帳戶嗎？</h2>
<p>需要。購票前須先建立 Showpass 帳戶並登入。</p>
<h2>如何前往？</h2>
<p>乘搭 SkyTrain 加拿大線至 Lansdowne 站，單程車費約 $3.35。</p>
<h2>還有其他問題？</h2>
<form action="@wenda.html" method="post">
""" + fld("q-name", "姓名") + fld("q-email", "電郵", "email") + fld("q-text", "你的問題", "textarea") + """
<div class="frc-captcha" data-sitekey="FCMG-richmond-example"></div>
<button type="submit">送出</button>
</form>
""")

s.page("wuzhangai.html", "無障礙", """
<h1>無障礙安排</h1>
<p>活動中心設有升降機及輪椅通道，洗手間亦適合輪椅使用者。</p>
<p>網上班及現場講座均設即時字幕。</p>
<p>如需美國手語（ASL）傳譯，請於兩星期前通知陳姑娘：access@fraser-seniors.example.ca</p>
""")

s.page("huodong.html", "其他活動", """
<h1>其他活動</h1>
<p>長者太極班（逢星期二）、防騙講座（六月）。</p>
""")

s.page("zanzhu.html", "贊助", """
<h1>贊助</h1>
<p>社區夥伴贊助每年 $2,000，名字會印在研習會手冊上。</p>
""")

s.page("zhaopin.html", "招聘", """
<h1>招聘</h1>
<p>義工統籌（兼職），時薪 $24。</p>
""")

ENTRY = entry(s, name="Richmond medical-escort volunteers' workshop 2027 (Fraser River seniors' services society, BC, Canada)",
    languages=["zh", "pa"],
    fees=[(85, "CAD"), (60, "CAD"), (40, "CAD")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["friendlycaptcha"], account_required=True,
    registration_form=None, registration_host="www.showpass.com",
    min_age=18, accessibility_statement=True, access_services=["wheelchair_access", "captions", "sign_language"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "shoufei.html", "baoming.html", "wenda.html", "wuzhangai.html"],
    evidence={
        "languages": [Q("index.html", "本會今年五月一連四個星期六舉辦研習會"),
                      M("index.html", '<section class="pa">', "Punjabi (Gurmukhi) section without lang, two paragraphs"),
                      Q("index.html", "ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੇ ਬਜ਼ੁਰਗ ਵਲੰਟੀਅਰਾਂ ਦਾ ਵੀ ਸਵਾਗਤ ਹੈ।")],
        "un_languages": [N("zh")],
        "fees": [Q("shoufei.html", "一般學員", "$85 CAD (caption 收費（加元）)"), Q("shoufei.html", "合作長者中心會員", "$60 category rate"),
                 Q("shoufei.html", "網上班（Zoom）", "$40 online with live questions"),
                 Q("index.html", "ਫੀਸ $85 ਹੈ, ਅਤੇ ਆਨਲਾਈਨ ਕਲਾਸ ਲਈ $40।", "Punjabi restatement: no new entry"),
                 Q("shoufei.html", "活動中心停車場每日 $8。", "parking: not a fee"),
                 Q("wenda.html", "單程車費約 $3.35", "SkyTrain: not a fee"),
                 Q("zanzhu.html", "每年 $2,000", "sponsor: not a fee"), Q("zhaopin.html", "時薪 $24", "salary: not a fee")],
        "free_option": [Q("shoufei.html", "本研習會沒有免費名額。")],
        "fee_support": [Q("shoufei.html", "恕不提供學費資助、減價或交通補貼。", "member-centre rate is a category rate, not support")],
        "remote_participation": [Q("shoufei.html", "網上班學員經 Zoom 即時提問")],
        "captcha": [M("wenda.html", '<div class="frc-captcha"', "on the FAQ question form")],
        "account_required": [Q("wenda.html", "需要。購票前須先建立 Showpass 帳戶並登入。", "FAQ only")],
        "registration_form": [N("no own registration form; the 3-field question form is not one")],
        "registration_host": [M("baoming.html", 'href="https://www.showpass.com/liezhiwen-peizhen-2027/"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [Q("baoming.html", "學員須為十八歲或以上")],
        "accessibility_statement": [Q("wuzhangai.html", "活動中心設有升降機及輪椅通道")],
        "access_services": [Q("wuzhangai.html", "活動中心設有升降機及輪椅通道", "wheelchair_access"),
                            Q("wuzhangai.html", "網上班及現場講座均設即時字幕。", "captions"),
                            Q("wuzhangai.html", "如需美國手語（ASL）傳譯，請於兩星期前通知", "sign_language on request")],
        "videos_without_captions": [M("index.html", 'kind="captions"', "the only video has a track")],
        "pdf_only_documents": [N("no PDF")],
    })
