from lib import mk, Q, M, N, entry, fld, video, placeholder_media
NAV = [("index.html", "首頁"), ("feiyong.html", "費用"), ("baoming.html", "報名"), ("changjian.html", "常見問題"),
       ("wuzhangai.html", "無障礙服務"), ("zanzhu.html", "贊助單位"), ("zhusu.html", "住宿交通"), ("xinwen.html", "最新消息")]
s = mk("hualien-zuyu-jiaoshi-yanxiying", "花蓮族語教師研習營", "zh-Hant-TW", "#b0452a", "族語", NAV,
       foot={"zh-Hant-TW": "<p>洄瀾族語教育協會　花蓮市中正路 88 號（虛構）　<a href=\"mailto:camp@huilan-lang.example.tw\">camp@huilan-lang.example.tw</a></p>"})
placeholder_media(s, "media/yanxi-2026.mp4")
s.page("index.html", "花蓮族語教師研習營 2027", """
<h1>花蓮族語教師研習營 2027</h1>
<p>Nga'ay ho! 歡迎！本研習營邀請阿美族、太魯閣族、撒奇萊雅族等族語老師，交流沉浸式教學、繪本製作與族語評量方法。2027年7月12日至14日於花蓮市文化局演藝廳舉行。</p>
""" + video("media/yanxi-2026.mp4") + """
<p>詳見<a href="@feiyong.html">費用</a>與<a href="@baoming.html">報名方式</a>。</p>
<section lang="ja">
<h2>日本語のご案内</h2>
<p>この研修キャンプは、台湾東部の先住民族の言語を教える教師のためのものです。没入型の授業づくりや絵本の制作について三日間学びます。</p>
<p>参加費は一般1,500台湾ドル、学生800台湾ドルです。現職の族語教師は無料です。</p>
</section>
""")
s.page("feiyong.html", "費用", """
<h1>報名費用</h1>
<table><caption>費用一覽</caption>
<tr><th>身分</th><th>費用</th></tr>
<tr><td>一般（研究人員、家長、社會人士）</td><td>新臺幣1,500元</td></tr>
<tr><td>大專學生</td><td>新臺幣800元</td></tr>
<tr><td>線上課程（Google Meet，可即時提問）</td><td>NT$600</td></tr>
<tr><td>在職族語老師</td><td>免費</td></tr>
</table>
<p>加選工作坊「苧麻織布與族語詞彙」：NT$400（限額20人）。</p>
""")
s.page("baoming.html", "報名", """
<h1>報名方式</h1>
<p>本研習營透過 <a href="https://www.accupass.com/event/2027hualien-zuyu">Accupass 活動通</a> 報名，須先登入 Accupass 會員帳號才能完成報名。</p>
<p>參加者須年滿二十歲。</p>
<p>線上課程的學員可在 Google Meet 上即時提問，與講師對話。</p>
""")
s.page("changjian.html", "常見問題", """
<h1>常見問題</h1>
<details open><summary>沒有 Accupass 帳號可以報名嗎？</summary><p>不行，請先免費註冊 Accupass 會員。</p></details>
<details open><summary>有交通補助嗎？</summary><p>大專學生享優惠價；在職族語老師免報名費。</p></details>
<h2>提問</h2>
<form action="@changjian.html" method="post">
""" + fld("n", "姓名") + fld("e", "電子郵件", "email") + fld("q", "問題", "textarea") + """
<div class="h-captcha" data-sitekey="10000000-hualien"></div>
<button type="submit">送出</button>
</form>
""")
s.page("wuzhangai.html", "無障礙服務", """
<h1>無障礙服務</h1>
<p>演藝廳設有無障礙坡道與電梯，輪椅使用者可直接進入會場。</p>
<p>全程提供台灣手語翻譯與即時聽打字幕。</p>
<p>如有其他需求，請來信 <a href="mailto:access@huilan-lang.example.tw">access@huilan-lang.example.tw</a>。</p>
""")
s.page("zanzhu.html", "贊助單位", """
<h1>贊助單位</h1>
<p>金級贊助：新臺幣50,000元。會場販售手工月桃蓆，每件新臺幣1,200元。</p>
""")
s.page("zhusu.html", "住宿交通", """
<h1>住宿交通</h1>
<p>合作旅館雙人房每晚新臺幣2,400元；臺北至花蓮太魯閣號車票新臺幣440元。</p>
""")
s.page("xinwen.html", "最新消息", """
<h1>最新消息</h1>
<p>2026年研習營成果繪本已上架圖書館。</p>
""")
ENTRY = entry(s, name="Hualien indigenous-language teachers' training camp 2027 (indigenous-language education association, Hualien, Taiwan)",
    languages=["zh", "ja"], fees=[(1500, "TWD"), (800, "TWD"), (600, "TWD"), (400, "TWD")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["hcaptcha"], account_required=True, registration_form=None,
    registration_host="www.accupass.com", min_age=20, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=1,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "changjian.html", "wuzhangai.html"],
    evidence={
        "languages": [Q("index.html", "本研習營邀請阿美族、太魯閣族、撒奇萊雅族等族語老師"), M("index.html", '<section lang="ja">', "Japanese section"),
                      Q("index.html", "この研修キャンプは、台湾東部の先住民族の言語を教える教師のためのものです。"),
                      Q("index.html", "Nga'ay ho!", "Amis greeting: not content, not listable")],
        "un_languages": [N("zh")],
        "fees": [Q("feiyong.html", "新臺幣1,500元", "1500 TWD"), Q("feiyong.html", "新臺幣800元", "800 TWD student"),
                 Q("feiyong.html", "NT$600", "paid online course with live questions: 600 TWD"),
                 Q("feiyong.html", "加選工作坊「苧麻織布與族語詞彙」：NT$400", "add-on workshop: 400 TWD"),
                 Q("index.html", "参加費は一般1,500台湾ドル、学生800台湾ドルです。", "Japanese restatement: no new entry"),
                 Q("zanzhu.html", "金級贊助：新臺幣50,000元。", "sponsor, mats sold: not fees"),
                 Q("zhusu.html", "合作旅館雙人房每晚新臺幣2,400元", "hotel, train: not fees")],
        "free_option": [Q("feiyong.html", "在職族語老師", "row priced 免費: free for one group")],
        "fee_support": [Q("feiyong.html", "大專學生", "student rate below general rate")],
        "remote_participation": [Q("baoming.html", "線上課程的學員可在 Google Meet 上即時提問，與講師對話。")],
        "captcha": [M("changjian.html", '<div class="h-captcha"', "on the FAQ question form")],
        "account_required": [Q("baoming.html", "須先登入 Accupass 會員帳號才能完成報名"), Q("changjian.html", "不行，請先免費註冊 Accupass 會員。")],
        "registration_form": [N("no own registration form; FAQ question form has 3 fields", "changjian.html")],
        "registration_host": [M("baoming.html", 'href="https://www.accupass.com/event/2027hualien-zuyu"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [Q("baoming.html", "參加者須年滿二十歲。")],
        "accessibility_statement": [Q("wuzhangai.html", "演藝廳設有無障礙坡道與電梯，輪椅使用者可直接進入會場。")],
        "access_services": [Q("wuzhangai.html", "輪椅使用者可直接進入會場", "wheelchair_access"),
                            Q("wuzhangai.html", "全程提供台灣手語翻譯與即時聽打字幕。", "sign_language and captions")],
        "videos_without_captions": [M("index.html", 'src="media/yanxi-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
