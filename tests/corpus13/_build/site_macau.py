"""Community arts festival with a civic forum (Macau): zh-Hant-MO, Portuguese section."""
from lib import mk, placeholder_media, video, Q, M, N, entry

SLUG = "jiequ-yishujie-gongmin-luntan-macau"
NAV = [("index.html", "首頁"), ("luntan.html", "市民論壇"), ("piao.html", "工作坊及門票"), ("chengxu.html", "節目表"),
       ("wuzhangai.html", "無障礙服務"), ("jiaotong.html", "交通及住宿"), ("zanzhu.html", "贊助"), ("zhiyuan.html", "招募")]
FOOT = '<p>街區藝術節籌委會（虛構團體）· 澳門新馬路 · <a href="mailto:info@jqysj.example.org">info@jqysj.example.org</a></p>'
s = mk(SLUG, "街區藝術節 2027 · 市民論壇", "zh-Hant-MO", "#b5452a", "街區", NAV, foot={"zh-Hant-MO": FOOT})
placeholder_media(s, "media/huigu2026.mp4")

s.page("index.html", "街區藝術節 2027 · 市民論壇", """
<h1>街區藝術節 2027</h1>
<p>2027年11月12日至14日 · 澳門下環街及周邊街區</p>
<p>連續三天，藝術家、街坊和社團一起把老街區變成舞台：藝墟、街頭演出、工作坊，還有由居民主導的「市民論壇」，討論舊區活化、
公共空間與社區文化的未來。</p>
<p>藝墟及市民論壇免費入場，論壇須預先<a href="@luntan.html">網上登記</a>。工作坊及閉幕音樂會須購票，詳見<a href="@piao.html">工作坊及門票</a>。</p>
<p><a href="@wuzhangai.html">無障礙服務</a> · <a href="@chengxu.html">節目表</a></p>
<section lang="pt">
<h2>Em português</h2>
<p>O Festival de Arte dos Bairros decorre de 12 a 14 de novembro de 2027 na Rua da Praia do Manduco e nas ruas
vizinhas. A feira de arte e o Fórum Cívico são de entrada livre; para o fórum pede-se inscrição prévia no formulário
em chinês. Os workshops custam MOP 150 (estudantes e idosos MOP 75) e o concerto de encerramento tem bilhetes à venda
na Macau Ticket. O fórum tem interpretação simultânea para português.</p>
</section>
<h2>2026 年回顧</h2>
""" + video("media/huigu2026.mp4") + """
""")

s.page("luntan.html", "市民論壇", """
<h1>市民論壇：誰的街區？</h1>
<p>11月13日（星期六）下午2時至6時 · 下環街坊會禮堂</p>
<p>論壇免費參加，名額二百人，請先登記。三個場次：「舊區活化與租金」、「街頭表演與公共空間」、「長者與社區藝術」。</p>
<h2>網上參與</h2>
<p>未能到場的市民可觀看網上直播，並透過 Slido 即時向講者提問，主持人會在每節問答環節讀出網上提問。</p>
<h2>登記表格</h2>
<p>標示「(必須填寫)」的欄位必須填寫。</p>
<form action="@luntan.html" method="post">
  <label for="nm">姓名 (必須填寫)</label><input type="text" id="nm" name="name">
  <label for="em">電郵 (必須填寫)</label><input type="email" id="em" name="email">
  <label for="tel">手提電話 (必須填寫)</label><input type="tel" id="tel" name="mobile">
  <label for="age">年齡組別</label>
  <select id="age" name="age_group" required><option value="">請選擇</option><option>18歲以下</option><option>18–35歲</option><option>36–64歲</option><option>65歲或以上</option></select>
  <label for="par">居住堂區</label>
  <select id="par" name="parish"><option>風順堂區</option><option>大堂區</option><option>花地瑪堂區</option><option>氹仔</option><option>路環</option><option>非澳門居民</option></select>
  <label for="org">所屬團體或學校</label><input type="text" id="org" name="organisation">
  <fieldset><legend>參加場次</legend>
    <div class="check"><input type="checkbox" id="s1" name="s1"> <label for="s1">舊區活化與租金</label></div>
    <div class="check"><input type="checkbox" id="s2" name="s2"> <label for="s2">街頭表演與公共空間</label></div>
    <div class="check"><input type="checkbox" id="s3" name="s3"> <label for="s3">長者與社區藝術</label></div>
  </fieldset>
  <label for="q">想向講者提出的問題</label><textarea id="q" name="question" rows="3"></textarea>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-jqysj"></div>
  <button type="submit">提交登記</button>
</form>
""")

s.page("piao.html", "工作坊及門票", """
<h1>工作坊及門票</h1>
<h2>工作坊</h2>
<table>
  <tr><th>項目</th><th>票價</th></tr>
  <tr><td>絲網印刷、街頭攝影、社區口述歷史工作坊（每節）</td><td>MOP$150</td></tr>
  <tr><td>學生及65歲或以上長者（每節）</td><td>MOP$75</td></tr>
  <tr><td>親子拼貼工作坊（一大一小）</td><td>MOP$150</td></tr>
</table>
<p>親子拼貼工作坊適合6歲或以上兒童，須由家長陪同。工作坊報名請電郵 workshop@jqysj.example.org，現場以現金或澳門通付款。</p>
<h2>閉幕音樂會</h2>
<p>11月14日晚上8時，下環街露天舞台。門票每張澳門元220元，於 <a href="https://www.macauticket.com/">澳門售票網</a> 發售，無須註冊帳戶，可以訪客身份購票。</p>
<h2>免費節目</h2>
<p>藝墟、街頭演出及市民論壇均免費入場。</p>
""")

s.page("wuzhangai.html", "無障礙服務", """
<h1>無障礙服務</h1>
<ul>
  <li>市民論壇設澳門手語傳譯及實時字幕。</li>
  <li>論壇提供粵語、普通話及葡萄牙語即時傳譯。</li>
  <li>下環街坊會禮堂設無障礙通道及升降機，輪椅使用者可直達。</li>
</ul>
<p>如有其他需要，請於11月1日前致電 +853 2800 0000 或電郵 access@jqysj.example.org，我們會盡力安排。</p>
""")

s.page("chengxu.html", "節目表", """
<h1>節目表</h1>
<ul>
  <li>11月12日 藝墟開幕；講座「社區藝術的成本：一場街頭演出要花多少澳門元？」</li>
  <li>11月13日 市民論壇；放映會「為長者而設的字幕：本地電影的無障礙版本」</li>
  <li>11月14日 土生葡人方言（Patuá）朗讀會；閉幕音樂會</li>
</ul>
""")

s.page("jiaotong.html", "交通及住宿", """
<h1>交通及住宿</h1>
<p>由香港乘噴射飛航往外港碼頭，單程經濟位 HK$175 起。市內巴士車資澳門元6元。</p>
<p>合作酒店為外地藝術家提供優惠房價，每晚 HK$980 起（含早餐）。</p>
""")

s.page("zanzhu.html", "贊助", """
<h1>贊助計劃</h1>
<p>主要贊助 MOP 50,000；社區夥伴 MOP 10,000；藝墟攤位每個 MOP 600（三天）。</p>
""")

s.page("zhiyuan.html", "招募", """
<h1>招募</h1>
<p>誠聘項目助理（合約六個月），月薪澳門元18,000元。另招募義工，提供膳食及紀念品。</p>
""")

ENTRY = entry(
    s, name="Community Arts Festival 2027 with a civic forum (residents' festival committee, Macau)",
    languages=["zh", "pt"], fees=[(150, "MOP"), (75, "MOP"), (220, "MOP")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(10, 4, ["phone", "affiliation"]),
    registration_host="www.macauticket.com", min_age=6, accessibility_statement=True,
    access_services=["sign_language", "captions", "interpretation", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "luntan.html", "piao.html", "wuzhangai.html"],
    evidence={
        "languages": [Q("index.html", "連續三天，藝術家、街坊和社團一起把老街區變成舞台"),
                      Q("index.html", "O Festival de Arte dos Bairros decorre de 12 a 14 de novembro de 2027", "Portuguese section")],
        "un_languages": [N("zh")],
        "fees": [Q("piao.html", "MOP$150", "workshop per session (also the parent-child workshop: same amount)"),
                 Q("piao.html", "MOP$75", "students and seniors"),
                 Q("piao.html", "門票每張澳門元220元", "closing concert ticket: a fee of the event"),
                 Q("index.html", "Os workshops custam MOP 150 (estudantes e idosos MOP 75)", "same fees in Portuguese"),
                 Q("jiaotong.html", "單程經濟位 HK$175 起", "ferry, bus, hotel: not fees"),
                 Q("zanzhu.html", "主要贊助 MOP 50,000", "sponsor and fair stall, not fees"),
                 Q("zhiyuan.html", "月薪澳門元18,000元", "salary"),
                 Q("chengxu.html", "一場街頭演出要花多少澳門元？", "talk title")],
        "free_option": [Q("piao.html", "藝墟、街頭演出及市民論壇均免費入場。"),
                        Q("luntan.html", "論壇免費參加，名額二百人，請先登記。")],
        "fee_support": [Q("piao.html", "學生及65歲或以上長者（每節）", "half-price rate MOP$75 below MOP$150")],
        "remote_participation": [Q("luntan.html", "並透過 Slido 即時向講者提問，主持人會在每節問答環節讀出網上提問")],
        "captcha": [M("luntan.html", '<div class="h-captcha"')],
        "account_required": [Q("piao.html", "無須註冊帳戶，可以訪客身份購票"), N("own forum form without account")],
        "registration_form": [N("10 fields: name, e-mail, mobile, age-group select, parish select, organisation/school, "
                                "three session checkboxes, question textarea. Required: name, e-mail, mobile ((必須填寫)) and "
                                "age group (required attribute) = 4. Sensitive: phone, affiliation (age group and parish "
                                "not sensitive).", "luntan.html")],
        "registration_host": [M("piao.html", 'href="https://www.macauticket.com/"', "concert tickets; the forum has its own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("piao.html", "親子拼貼工作坊適合6歲或以上兒童", "programme for children: 6")],
        "accessibility_statement": [Q("wuzhangai.html", "如有其他需要，請於11月1日前致電 +853 2800 0000 或電郵 access@jqysj.example.org")],
        "access_services": [Q("wuzhangai.html", "市民論壇設澳門手語傳譯及實時字幕。"),
                            Q("wuzhangai.html", "論壇提供粵語、普通話及葡萄牙語即時傳譯。"),
                            Q("wuzhangai.html", "輪椅使用者可直達")],
        "videos_without_captions": [M("index.html", 'src="media/huigu2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
