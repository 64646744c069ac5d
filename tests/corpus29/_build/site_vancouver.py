from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt
s = mk("huayi-zhangzhe-koushu-lishi-yantaohui-wengehua", "溫哥華華裔長者口述歷史研討會", "zh-Hant-CA", "#1f6f5c", "口述",
       [("index.html", "首頁"), ("piaojia.html", "票價"), ("shenqing.html", "義工免費通行證"), ("xianshang.html", "線上參加"),
        ("wuzhangai.html", "無障礙"), ("en/index.html", "English"), ("zanzhu.html", "贊助"), ("zhusu.html", "住宿交通")],
       foot={"zh-Hant-CA": "<p>卑詩華裔社區歷史學會 · info@koushu.example.ca</p>"})
placeholder_media(s, "media/zhangzhe-fangtan.mp4")
placeholder_media(s, "media/zoom-zhiyin.mp4")
vtt(s, "media/zoom-zhiyin.vtt", "如何在 Zoom 舉手提問")
s.page("index.html", "溫哥華華裔長者口述歷史研討會 2027", """
<h1>溫哥華華裔長者口述歷史研討會 2027</h1>
<p>卑詩華裔社區歷史學會誠邀長者、家屬、義工及研究人員，於2027年4月24日（星期六）在華埠中華文化中心聚首，分享鐵路華工後代、餐館家族及唐人街街坊的口述故事。</p>
<p>下午設有口述歷史錄音工作坊，教大家用手機為家中長輩錄音及整理逐字稿。</p>
<p>去年的活動花絮可在<a href="@2025-huigu.html">2025年回顧</a>重溫。</p>
<h2>長者訪談片段</h2>
""" + video("media/zhangzhe-fangtan.mp4"))
s.page("piaojia.html", "票價", """
<h1>票價</h1>
<table>
<caption>所有價格以加元計算，已含稅</caption>
<tr><th>類別</th><th>價格</th></tr>
<tr><td>研討會通行證</td><td>$45</td></tr>
<tr><td>本會會員</td><td>$30</td></tr>
<tr><td>全日制學生</td><td>$20</td></tr>
<tr><td>口述歷史錄音工作坊（另購）</td><td>$25</td></tr>
</table>
<p>門票經 <a href="https://www.tickettailor.com/events/koushu-example/2027">Ticket Tailor</a> 出售，可以訪客身份購票，無需註冊帳戶。</p>
<p>長者中心的義工可免費參加，請填寫<a href="@shenqing.html">義工免費通行證申請表</a>。</p>
""")
s.page("shenqing.html", "義工免費通行證", """
<h1>義工免費通行證申請表</h1>
<p>凡在大溫地區長者中心服務的義工，均可申請免費通行證，名額一百個，先到先得。</p>
<form action="@shenqing.html" method="post">
""" + fld("xm", "姓名 (必填)") + fld("dy", "電郵 (必填)", "email") + fld("dh", "電話", "tel")
    + fld("zx", "所屬長者中心", required := "text", True) + fld("nz", "義工服務年資", "select", opts=["一年以下", "一至五年", "五年以上"])
    + fld("cs", "出生日期", "date") + fld("d1", "出席上午環節", "checkbox") + fld("d2", "出席下午工作坊", "checkbox")
    + fld("ys", "飲食需要", "select", opts=["無", "素食", "清真", "其他"]) + fld("bz", "備註", "textarea") + """
<button type="submit">提交申請</button>
</form>
<p>未滿16歲須由家長陪同出席。</p>
""")
s.page("xianshang.html", "線上參加", """
<h1>線上參加</h1>
<p>上午的分享環節同步在 Zoom 進行。線上參加者可透過 Zoom 舉手或在聊天室提問，主持人會即時轉達給講者，講者當場回答。</p>
<p>Zoom 連結會在活動前兩天電郵給已購票或獲批通行證的人士。</p>
""" + video("media/zoom-zhiyin.mp4", track="media/zoom-zhiyin.vtt", track_lang="zh-Hant", label="中文字幕"))
s.page("wuzhangai.html", "無障礙", """
<h1>無障礙安排</h1>
<p>中華文化中心設有無障礙入口及升降機，輪椅使用者可到達所有會場。</p>
<p>上午環節設有實時字幕，投射在講台旁的屏幕上，並提供粵語—英語即場傳譯。</p>
<p>如有其他需要，請聯絡李婉儀：access@koushu.example.ca</p>
""")
s.page("en/index.html", "Chinese-Canadian Elders' Oral History Symposium 2027", """
<h1>Chinese-Canadian Elders' Oral History Symposium 2027</h1>
<p>On Saturday 24 April 2027 the BC Chinese Community History Society brings elders, families, volunteers and researchers together at the Chinese Cultural Centre in Chinatown to share stories of railway workers' descendants, restaurant families and Chinatown neighbours.</p>
<p>Symposium pass $45; Society members $30; full-time students $20; the afternoon recording workshop is an extra $25. Tickets are sold through Ticket Tailor, where you can check out as a guest.</p>
<p>Volunteers of seniors' centres can apply for a free pass (application form in Chinese). The morning sessions are also on Zoom, and online participants can raise a hand or type questions for the speakers.</p>
<p>The Centre has a step-free entrance and a lift; live captions and Cantonese–English interpretation are provided in the morning.</p>
""", lang="zh-Hant-CA")
s.page("zanzhu.html", "贊助", """
<h1>贊助計劃</h1>
<p>金贊助 $2,500（大會刊物全版廣告）；銀贊助 $1,000；社區攤位 $150。</p>
""")
s.page("zhusu.html", "住宿交通", """
<h1>住宿及交通</h1>
<p>合作酒店華埠旅館每晚 $189 起。乘搭架空列車至 Stadium–Chinatown 站，單程車費 $3.35。</p>
""")
ENTRY = entry(s, name="Chinese-Canadian elders' oral history symposium 2027 (community history society, Vancouver)",
    languages=["zh", "en"], fees=[(45, "CAD"), (30, "CAD"), (20, "CAD"), (25, "CAD")], free_option=True,
    fee_support=True, remote_participation=True, captcha=[], account_required=False,
    registration_form=(10, 3, ["phone", "affiliation", "birth_date"]), registration_host="www.tickettailor.com",
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "captions", "interpretation"],
    videos_without_captions=1,
    participation_pages=["index.html", "piaojia.html", "shenqing.html", "xianshang.html", "wuzhangai.html", "en/index.html"],
    deliberate_404=["2025-huigu.html"],
    evidence={
        "languages": [Q("index.html", "卑詩華裔社區歷史學會誠邀長者、家屬、義工及研究人員"),
                      M("en/index.html", '<html lang="zh-Hant-CA">', "English page declared in Chinese"),
                      Q("en/index.html", "brings elders, families, volunteers and researchers together at the Chinese Cultural Centre")],
        "un_languages": [N("en, zh")],
        "fees": [Q("piaojia.html", "所有價格以加元計算，已含稅", "currency only in the caption; $ alone = CAD"),
                 Q("piaojia.html", "研討會通行證 $45", "45; member 30 (category); student 20; workshop 25"),
                 Q("en/index.html", "Symposium pass $45; Society members $30; full-time students $20", "restated: no new entries"),
                 Q("zanzhu.html", "金贊助 $2,500", "sponsor packages: not fees"),
                 Q("zhusu.html", "每晚 $189 起", "hotel and SkyTrain: not fees")],
        "free_option": [Q("piaojia.html", "長者中心的義工可免費參加")],
        "fee_support": [Q("piaojia.html", "全日制學生 $20", "student rate below 45")],
        "remote_participation": [Q("xianshang.html", "線上參加者可透過 Zoom 舉手或在聊天室提問，主持人會即時轉達給講者")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [Q("piaojia.html", "可以訪客身份購票，無需註冊帳戶")],
        "registration_form": [N("10 fields (name, e-mail, phone, centre, years select, birth date, 2 checkboxes, diet select, notes); 2 marked (必填) + centre required = 3; sensitive phone, affiliation, birth_date", "shenqing.html"),
                              Q("shenqing.html", "姓名 (必填)")],
        "registration_host": [M("piaojia.html", 'href="https://www.tickettailor.com/events/koushu-example/2027"')],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("shenqing.html", "未滿16歲須由家長陪同出席。", "accompaniment rule: not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "中華文化中心設有無障礙入口及升降機")],
        "access_services": [Q("wuzhangai.html", "輪椅使用者可到達所有會場", "wheelchair_access"),
                            Q("wuzhangai.html", "上午環節設有實時字幕", "captions"),
                            Q("wuzhangai.html", "並提供粵語—英語即場傳譯", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/zhangzhe-fangtan.mp4">', "no track; the Zoom guide video has a track")],
        "pdf_only_documents": [N("no PDF")],
    })
