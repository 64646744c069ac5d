from lib import mk, Q, M, N, entry, fld, radios
S = "maoliqiusi-huayi-qingnian-chuangye-gongzuofang"
NAV = [("index.html", "首頁"), ("feiyong.html", "費用"), ("baoming.html", "報名"), ("xianshang.html", "線上路演"),
       ("wuzhangai.html", "無障礙"), ("zanzhu.html", "贊助"), ("jiangxiang.html", "獎項"), ("xinwen.html", "消息")]
s = mk(S, "模里西斯華裔青年創業工作坊", "zh-Hant-MU", "#b3541e", "創業", NAV,
       foot={"zh-Hant-MU": '<p>路易港華人商會青年部 · 路易港皇家街 · chuangye@shanghui.example.mu</p>'})
s.write("img/yanzhengma.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7K4Q2</text></svg>\n')
s.page("index.html", "華裔青年創業工作坊 2027", """
<h1>第二屆華裔青年創業工作坊</h1>
<p>路易港華人商會青年部邀請有創業構想的青年，於2027年5月參加為期三天的工作坊，學習商業計劃、財務預測與小額融資，最後一晚在唐人街舉行公開路演。</p>
<ul>
<li><a href="@feiyong.html">費用</a></li>
<li><a href="@baoming.html">網上報名</a></li>
<li><a href="@xianshang.html">未能到場？線上路演</a></li>
<li><a href="@wuzhangai.html">無障礙安排</a></li>
</ul>
<section>
<h2>An kreol</h2>
<p>Lazenes Sinwa Moris ki ena enn lide biznes kapav vinn dan atelye trwa zour-la dan Port-Louis. Nou pou aprann fer enn plan biznes ek prezant li devan enn zury.</p>
<p>Pri atelye-la Rs 3,500 (roupi); pou bann etidyan Rs 1,500. Lasware pitch dan Chinatown ouver pou tou dimounn gratis.</p>
</section>
""")
s.page("feiyong.html", "費用", """
<h1>費用</h1>
<div class="cards">
<div class="card"><span class="price">Rs 3,500<small>一般參加者</small></span></div>
<div class="card"><span class="price">Rs 1,500<small>全日制學生（須出示學生證）</small></span></div>
<div class="card"><span class="price">Rs 800<small>加選：一對一路演輔導</small></span></div>
</div>
<p>公開路演之夜免費入場，歡迎親友到唐人街觀看。</p>
""")
s.page("baoming.html", "報名", """
<h1>網上報名</h1>
<p>參加者須為18至35歲的青年。</p>
<form action="@baoming.html" method="post">
""" + fld("xingming", "姓名（必須填寫此欄）") + fld("nic", "身份證號碼（必須填寫此欄）") + fld("shengri", "出生日期", "date") +
fld("shouji", "手機號碼（必須填寫此欄）", "tel") + fld("dianyou", "電郵（必須填寫此欄）", "email") +
fld("xuexiao", "就讀學校或公司名稱") + fld("xiangmu", "創業項目簡介", "textarea") +
radios("fangshi", "參加方式", ["現場", "Zoom"]) + fld("fudao", "加選一對一路演輔導", "checkbox") + """
<p><img src="@img/yanzhengma.svg" alt="驗證碼圖片" width="120" height="40"></p>
""" + fld("yzm", "請輸入圖中驗證碼", req=True) + """
<button type="submit">提交</button>
</form>
""")
s.page("xianshang.html", "線上路演", """
<h1>線上路演</h1>
<p>未能到場的團隊可透過 Zoom 向評審路演，並即場回答評審的提問。</p>
""")
s.page("wuzhangai.html", "無障礙", """
<h1>無障礙安排</h1>
<p>會場設有斜坡通道，輪椅可直達。</p>
<p>主題演講提供即時字幕；如有需要，可預約模里西斯手語傳譯。</p>
""")
s.page("zanzhu.html", "贊助", """
<h1>贊助方案</h1>
<p>金級贊助 Rs 50,000，含展位及標誌露出。</p>
""")
s.page("jiangxiang.html", "獎項", """
<h1>路演獎項</h1>
<p>冠軍團隊獲得塞席爾創業考察行程及15,000塞席爾盧比創業金。</p>
""")
s.page("xinwen.html", "消息", """
<h1>消息</h1>
<p>商會共享辦公室開放出租，月租 Rs 9,000。</p>
""")
ENTRY = entry(s, name="Young Chinese-Mauritian entrepreneurs' workshop 2027 (chamber of commerce youth wing, Port Louis)",
    languages=["zh"], fees=[(3500, "MUR"), (1500, "MUR"), (800, "MUR")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["image"], account_required=False,
    registration_form=(10, 5, ["id_document", "birth_date", "phone", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "captions", "sign_language"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "xianshang.html", "wuzhangai.html"],
    evidence={
        "languages": [Q("index.html", "路易港華人商會青年部邀請有創業構想的青年"),
                      Q("index.html", "Lazenes Sinwa Moris ki ena enn lide biznes", "Mauritian Creole section without lang: not listable")],
        "un_languages": [N("zh")],
        "fees": [Q("feiyong.html", "Rs 3,500", "3500 MUR"), Q("feiyong.html", "Rs 1,500", "1500 MUR students"),
                 Q("feiyong.html", "Rs 800", "800 MUR add-on coaching"),
                 Q("index.html", "Pri atelye-la Rs 3,500 (roupi)", "Creole restatement: no new entry"),
                 Q("zanzhu.html", "金級贊助 Rs 50,000", "sponsor: not a fee"),
                 Q("jiangxiang.html", "15,000塞席爾盧比創業金", "SCR prize: not a fee"),
                 Q("xinwen.html", "月租 Rs 9,000", "office rent: not a fee")],
        "free_option": [Q("feiyong.html", "公開路演之夜免費入場")],
        "fee_support": [Q("feiyong.html", "全日制學生（須出示學生證）", "student rate 1500 below 3500")],
        "remote_participation": [Q("xianshang.html", "未能到場的團隊可透過 Zoom 向評審路演，並即場回答評審的提問。")],
        "captcha": [M("baoming.html", '<img src="img/yanzhengma.svg" alt="驗證碼圖片"', "self-hosted image code")],
        "account_required": [N("own form, no account mentioned")],
        "registration_form": [N("10 fields: name, NIC, birth date, mobile, e-mail, school/company, project textarea, mode radio, coaching checkbox, image-code box; required: 4 marked （必須填寫此欄） + code box (required attr) = 5", "baoming.html"),
                              Q("baoming.html", "身份證號碼（必須填寫此欄）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("baoming.html", "參加者須為18至35歲的青年。")],
        "accessibility_statement": [Q("wuzhangai.html", "會場設有斜坡通道，輪椅可直達。")],
        "access_services": [Q("wuzhangai.html", "會場設有斜坡通道，輪椅可直達。", "wheelchair_access"),
                            Q("wuzhangai.html", "主題演講提供即時字幕", "captions"),
                            Q("wuzhangai.html", "可預約模里西斯手語傳譯", "sign_language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
