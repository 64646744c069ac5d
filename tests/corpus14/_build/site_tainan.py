"""Tainan: a civic foundation's residential youth deliberation camp (zh-Hant-TW; an English page declared zh-Hant-TW)."""
from lib import mk, Q, M, N, entry

NAV = [("index.html", "首頁"), ("kecheng.html", "課程內容"), ("baoming.html", "報名與費用"), ("mianfei.html", "免費名額申請"),
       ("wuzhangai.html", "無障礙服務"), ("jiaotong.html", "交通住宿"), ("zanzhu.html", "贊助合作"), ("en.html", "English")]
FOOT = ('<p>財團法人台南公民審議基金會（虛構）· 台南市中西區河畔路 18 號 · '
        '<a href="mailto:camp@tn-deliberation.example.tw">camp@tn-deliberation.example.tw</a></p>')
s = mk("qingnian-shenyi-ying-tainan", "2027 青年審議營：城市的河流", "zh-Hant-TW", "#1f5f8b", "審議", NAV,
       foot={"zh-Hant-TW": FOOT})

s.page("index.html", "2027 青年審議營：城市的河流 — 台南", """
<h1>2027 青年審議營：城市的河流</h1>
<p><strong>2027年7月20日至22日（三天兩夜）· 台南市運河青年活動中心</strong></p>
<p>運河要加蓋停車場，還是還給市民散步？上游的工業區該怎麼管？三天裡，六十位來自全台的青年會先聽專家、
里長和漁民怎麼說，再分組討論，最後以公民共識會議的方式寫出一份給市議會的建議書。</p>
<p>不需要任何專業背景，只需要願意聽、願意說。</p>
<ul>
  <li><a href="kecheng.html">三天的課程與審議流程</a></li>
  <li><a href="baoming.html">報名方式與營隊費用</a></li>
  <li><a href="mianfei.html">中低收入戶及原住民族學生免費名額</a></li>
  <li><a href="wuzhangai.html">無障礙服務</a></li>
</ul>
""")

s.page("kecheng.html", "課程內容 — 2027 青年審議營", """
<h1>課程內容</h1>
<table>
  <caption>營隊流程</caption>
  <tr><th>日期</th><th>上午</th><th>下午</th><th>晚上</th></tr>
  <tr><td>7/20</td><td>始業式、什麼是審議民主</td><td>專題：河川整治預算新臺幣 12 億元花在哪裡？</td><td>小組破冰</td></tr>
  <tr><td>7/21</td><td>運河現地踏查</td><td>座談：18歲公民權——投票年齡該不該下修？</td><td>分組審議</td></tr>
  <tr><td>7/22</td><td>共識會議</td><td>建議書發表與結業</td><td>—</td></tr>
</table>
<p>講師：陳怡君（成功大學水利系）、林建宏（安南區里長）、黃美玲（運河漁民協會）。</p>
""")

s.page("baoming.html", "報名與費用 — 2027 青年審議營", """
<h1>報名與費用</h1>
<h2>參加對象</h2>
<p>16至22歲的青年，不限科系與職業。未滿18歲者須附家長同意書（報到時繳交）。</p>
<h2>營隊費用</h2>
<div class="cards">
  <div class="card"><h3>早鳥優惠（5月31日前）</h3><span class="price">NT$1,800</span></div>
  <div class="card"><h3>一般報名</h3><span class="price">新臺幣2,400元</span></div>
</div>
<p>費用包含兩晚住宿、六餐、保險、講義與踏查交通。</p>
<h2>如何報名</h2>
<p>本營隊透過 Accupass 活動通售票，報名須先登入 Accupass 活動通會員（可用 Email 或 Facebook 註冊）。</p>
<p><a class="button" href="https://www.accupass.com/event/2701150930221234567890">前往 Accupass 報名</a></p>
<p>本營隊為全程住宿的實體活動，不提供線上參與，也沒有直播。</p>
<p>符合資格者可改為<a href="mianfei.html">申請免費名額</a>，不必在 Accupass 購票。</p>
""")

s.page("mianfei.html", "免費名額申請 — 2027 青年審議營", """
<h1>免費名額申請</h1>
<p>我們保留十二個免費名額給中低收入戶家庭的青年及原住民族學生，錄取者免繳營隊費用。來自澎湖、金門、馬祖、
綠島及蘭嶼的學員另可申請往返交通補助，每人最高新臺幣1,000元。</p>
<p>※為必填欄位。</p>
<form action="mianfei.html" method="post">
  <label for="xm">※ 姓名</label>
  <input type="text" id="xm" name="xm">
  <label for="sr">※ 出生日期</label>
  <input type="date" id="sr" name="sr">
  <label for="sfz">※ 身分證字號</label>
  <input type="text" id="sfz" name="sfz">
  <label for="sj">※ 手機</label>
  <input type="tel" id="sj" name="sj">
  <label for="em">※ Email</label>
  <input type="email" id="em" name="em">
  <label for="xx">※ 就讀學校</label>
  <input type="text" id="xx" name="xx">
  <fieldset>
    <legend>※ 申請身分</legend>
    <input type="radio" id="sf1" name="sf" value="low"> <label for="sf1">中低收入戶</label>
    <input type="radio" id="sf2" name="sf" value="ind"> <label for="sf2">原住民族學生</label>
  </fieldset>
  <label for="zm">※ 證明文件（證明書影本或戶口名簿）</label>
  <input type="file" id="zm" name="zm">
  <label for="ys">飲食需求</label>
  <select id="ys" name="ys"><option>葷食</option><option>素食</option><option>清真</option></select>
  <div class="check"><input type="checkbox" id="jz" name="jz"> <label for="jz">我已取得家長或監護人同意（未滿18歲者）</label></div>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAAtn-demo"></div>
  <button type="submit">送出申請</button>
</form>
""")

s.page("wuzhangai.html", "無障礙服務 — 2027 青年審議營", """
<h1>無障礙服務</h1>
<ul>
  <li>青年活動中心宿舍設有兩間無障礙房間，所有教室皆有電梯可達。</li>
  <li>全程提供聽打服務（即時文字轉譯），顯示於主講台旁的螢幕。</li>
  <li>可申請台灣手語翻譯，請於6月15日前提出。</li>
</ul>
<p>其他需求請來信 <a href="mailto:access@tn-deliberation.example.tw">access@tn-deliberation.example.tw</a> 或撥打 06-000-1234，我們會與您一起安排。</p>
""")

s.page("en.html", "Youth Deliberation Camp 2027 — in English", """
<h1>Youth Deliberation Camp 2027: The City's Rivers</h1>
<p>For three days (20–22 July 2027) sixty young people aged 16 to 22 from all over Taiwan stay at the Canal
Youth Activity Centre in Tainan, listen to engineers, ward chiefs and fishers, deliberate in small groups and write
a set of recommendations for the City Council. Sessions are in Mandarin.</p>
<p>The camp fee is TWD 2,400 (early bird TWD 1,800 until 31 May) and covers two nights, meals, insurance and
field trips. Tickets are sold on Accupass, which asks you to log in. Twelve free places are kept for young people
from low-income households and Indigenous students.</p>
<p>Accessible rooms, real-time speech-to-text and Taiwan Sign Language on request are available.</p>
""", header_lang="zh-Hant-TW")

s.page("jiaotong.html", "交通住宿 — 2027 青年審議營", """
<h1>交通與住宿</h1>
<p>營隊期間住宿已含在費用內。提早抵達者可參考：運河旁民宿雙人房每晚約 NT$2,200。</p>
<p>高鐵台北到台南自由座 NT$1,350，再轉乘高鐵接駁公車 H31 至市區（票價 NT$30）。</p>
""")

s.page("zanzhu.html", "贊助合作 — 台南公民審議基金會", """
<h1>贊助合作</h1>
<div class="cards">
  <div class="card"><h2>河流夥伴</h2><span class="price">NT$50,000</span><p>名稱露出於講義與背板。</p></div>
  <div class="card"><h2>營隊之友</h2><span class="price">NT$10,000</span><p>名稱露出於網站。</p></div>
</div>
""")

ENTRY = entry(
    s, name="Youth Deliberation Camp 2027: The City's Rivers (civic foundation, Tainan)",
    languages=["zh", "en"],
    fees=[(1800, "TWD"), (2400, "TWD")],
    free_option=True, fee_support=True, remote_participation=False,
    captcha=["turnstile"], account_required=True,
    registration_form=(10, 8, ["birth_date", "id_document", "phone", "affiliation"]),
    registration_host="www.accupass.com",
    min_age=16, accessibility_statement=True, access_services=["captions", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "baoming.html", "mianfei.html", "wuzhangai.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "三天裡，六十位來自全台的青年會先聽專家"),
                      Q("en.html", "For three days (20–22 July 2027) sixty young people aged 16 to 22",
                        "whole page in English although declared lang=zh-Hant-TW"),
                      M("en.html", '<html lang="zh-Hant-TW">', "wrong lang attribute")],
        "un_languages": [N("zh, en")],
        "fees": [Q("baoming.html", "NT$1,800", "early bird: 1800 TWD"),
                 Q("baoming.html", "新臺幣2,400元", "regular: 2400 TWD"),
                 Q("en.html", "The camp fee is TWD 2,400 (early bird TWD 1,800 until 31 May)", "same fees, no new entry"),
                 Q("mianfei.html", "每人最高新臺幣1,000元", "travel subsidy, not a fee"),
                 Q("kecheng.html", "河川整治預算新臺幣 12 億元花在哪裡？", "talk title, not a fee"),
                 Q("jiaotong.html", "高鐵台北到台南自由座 NT$1,350", "train, bus, B&B: not fees"),
                 Q("zanzhu.html", "NT$50,000", "sponsor, not a fee")],
        "free_option": [Q("mianfei.html", "我們保留十二個免費名額給中低收入戶家庭的青年及原住民族學生，錄取者免繳營隊費用。")],
        "fee_support": [Q("mianfei.html", "錄取者免繳營隊費用", "waiver for one group"),
                        Q("mianfei.html", "另可申請往返交通補助", "travel subsidy")],
        "remote_participation": [Q("baoming.html", "本營隊為全程住宿的實體活動，不提供線上參與，也沒有直播。")],
        "captcha": [M("mianfei.html", '<div class="cf-turnstile"')],
        "account_required": [Q("baoming.html", "報名須先登入 Accupass 活動通會員")],
        "registration_form": [N("free-place application, 10 fields: name, birth date, ID number, mobile, e-mail, school, "
                                "status radio (=1), proof file, diet select, parental-consent checkbox. Required (※, the form "
                                "says ※為必填欄位): name, birth date, ID, mobile, e-mail, school, status, proof = 8. "
                                "Sensitive: birth_date, id_document, phone, affiliation.", "mianfei.html")],
        "registration_host": [M("baoming.html", 'href="https://www.accupass.com/event/2701150930221234567890"')],
        "registration_pdf_only": [N("Accupass and an HTML form")],
        "min_age": [Q("baoming.html", "16至22歲的青年", "16"),
                    Q("kecheng.html", "18歲公民權——投票年齡該不該下修？", "session title, not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "其他需求請來信")],
        "access_services": [Q("wuzhangai.html", "青年活動中心宿舍設有兩間無障礙房間，所有教室皆有電梯可達。"),
                            Q("wuzhangai.html", "全程提供聽打服務（即時文字轉譯）", "captions"),
                            Q("wuzhangai.html", "可申請台灣手語翻譯")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF; the parental consent form is handed in on arrival")],
    })
