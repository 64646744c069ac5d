"""Hong Kong volunteer-run open-source community conference. Traditional Chinese (zh-HK), English page whose
<html lang> says zh-HK. HK$ prices, Eventbrite with login."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "主頁"), ("programme.html", "議程"), ("tickets.html", "門票"), ("diversity.html", "多元資助計劃"),
       ("remote.html", "遙距參與"), ("accessibility.html", "無障礙"), ("venue.html", "場地及住宿"),
       ("sponsors.html", "贊助"), ("jobs.html", "招聘"), ("en/index.html", "English")]
s = mk("hong-kong-open-community-conf", "香港開放社群大會 2027", "zh-HK", "#c2185b", "HKOC", NAV,
       langs={"zh-HK": [("en/index.html", "English")]},
       foot={"zh-HK": "<p>香港開放社群大會由義工籌辦 · hello@hkocc.example.hk · 行為守則適用於所有參加者</p>"})

s.page("index.html", "香港開放社群大會 2027", """
<h1>香港開放社群大會 2027</h1>
<p class="lead">2027 年 11 月 20 至 21 日 · 九龍塘社區學院禮堂</p>
<p>香港開放社群大會是由義工籌辦的年度聚會，讓開源軟件開發者、開放數據愛好者、設計師、教師和學生交流經驗。
兩日共有四十多場講座、工作坊和閃電演講，以廣東話、英語及普通話進行。</p>
<ul>
  <li><a href="@tickets.html">購買門票</a></li>
  <li><a href="@diversity.html">申請多元資助計劃</a></li>
  <li><a href="@remote.html">遙距講者須知</a></li>
</ul>
<h2>2026 年主題演講重溫</h2>
""" + video("media/keynote-2026.mp4", track="media/keynote-2026.zh.vtt", track_kind="subtitles", track_lang="zh-HK", label="中文字幕") + """
<h2>閃電演講精華</h2>
""" + video("media/lightning-2026.mp4") + "\n")
placeholder_media(s, "media/keynote-2026.mp4")
placeholder_media(s, "media/lightning-2026.mp4")
vtt(s, "media/keynote-2026.zh.vtt", "歡迎來到香港開放社群大會。")

s.page("programme.html", "議程 — 香港開放社群大會 2027", """
<h1>議程</h1>
<ul>
  <li>以 Playwright 自動化無障礙測試（Accessibility testing）</li>
  <li>多語言網站的翻譯工作流程：languages、locales 與 fallback</li>
  <li>開源項目的註冊商標與登記（registration）問題</li>
  <li>雲端服務收費（fees）背後的開源維護成本</li>
</ul>
""")

s.page("tickets.html", "門票 — 香港開放社群大會 2027", """
<h1>門票</h1>
<table>
  <thead><tr><th>票種</th><th>價錢</th><th>備註</th></tr></thead>
  <tbody>
    <tr><td>早鳥票</td><td>HK$380</td><td>9 月 30 日前</td></tr>
    <tr><td>正價票</td><td>HK$480</td><td></td></tr>
    <tr><td>學生票</td><td>HK$120</td><td>須出示有效學生證</td></tr>
    <tr><td>Rust 入門工作坊（另外收費）</td><td>港幣 200 元</td><td>名額 30 人</td></tr>
  </tbody>
</table>
<p>大會義工可免費入場，並獲贈紀念 T 恤。</p>
<p>兒童編程工作坊適合 8 至 12 歲兒童參加，須由家長陪同，費用已包括在家長的門票內。</p>
<p>門票經 Eventbrite 發售。購票前須先登入或註冊 Eventbrite 帳戶。</p>
<p><a class="button" href="https://www.eventbrite.hk/e/hkocc-2027-tickets">前往 Eventbrite 購票</a></p>
""")

s.page("diversity.html", "多元資助計劃 — 香港開放社群大會 2027", """
<h1>多元資助計劃</h1>
<p>為了讓更多人參與，大會為學生、少數族裔人士、基層家庭成員和殘疾人士提供免費門票及交通津貼。</p>
<p>請於 9 月 15 日前填寫申請，並電郵至 diversity@hkocc.example.hk 簡述你希望參加的原因。</p>
""")

s.page("remote.html", "遙距參與 — 香港開放社群大會 2027", """
<h1>遙距參與</h1>
<p>未能親身來港的講者可透過視像遙距演講，並即時回答現場及網上觀眾的提問。</p>
<p>所有講座均會在網上直播，網上觀眾可在 Matrix 聊天室提問，由主持人代為發問。</p>
""")

s.page("accessibility.html", "無障礙 — 香港開放社群大會 2027", """
<h1>無障礙安排</h1>
<p>主題演講設有香港手語傳譯。</p>
<p>主禮堂的所有講座均設即時字幕，顯示於講台旁的螢幕上。</p>
<p>場地設有輪椅通道、升降機及暢通易達洗手間。</p>
<p>如有其他無障礙需要，請電郵 access@hkocc.example.hk 與我們聯絡。</p>
""")

s.page("venue.html", "場地及住宿 — 香港開放社群大會 2027", """
<h1>場地及住宿</h1>
<p>九龍塘社區學院禮堂：港鐵九龍塘站 C2 出口步行五分鐘，由中環出發車費約 HK$12。</p>
<p>合作酒店：九龍塘旅舍，每晚 HK$1,100 起（雙人房）。</p>
""")

s.page("sponsors.html", "贊助 — 香港開放社群大會 2027", """
<h1>贊助計劃</h1>
<ul>
  <li>鑽石贊助：HK$30,000</li>
  <li>金贊助：HK$15,000</li>
  <li>社區攤位：HK$2,000</li>
</ul>
""")

s.page("jobs.html", "招聘 — 香港開放社群大會 2027", """
<h1>招聘板</h1>
<ul>
  <li>後端工程師（Go），觀塘 — 月薪 HK$35,000–45,000</li>
  <li>前端工程師（兼職），遙距 — 時薪 HK$180</li>
</ul>
""")

s.page("en/index.html", "Hong Kong Open Community Conference 2027", """
<h1>Hong Kong Open Community Conference 2027</h1>
<p>20–21 November 2027, Kowloon Tong Community College Hall.</p>
<p>The conference is a volunteer-run gathering of open-source developers, open-data enthusiasts, designers, teachers
and students. Over two days there are more than forty talks, workshops and lightning talks in Cantonese, English
and Mandarin.</p>
<p>Tickets: early bird HK$380, regular HK$480, students HK$120; the Rust workshop costs HK$200 extra. Volunteers get
in for free. Tickets are sold on Eventbrite, where you need to log in or create an account.</p>
<p>Speakers who cannot travel to Hong Kong can give their talk by video and take questions live.</p>
<p>Keynotes have Hong Kong Sign Language interpretation and all talks in the main hall have live captions.</p>
""")

ENTRY = entry(
    s, name="香港開放社群大會 2027 (Hong Kong volunteer-run open-source community conference)",
    languages=["zh", "en"],
    fees=[(380, "HKD"), (480, "HKD"), (120, "HKD"), (200, "HKD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=[],
    account_required=True, registration_form=None, registration_host="www.eventbrite.hk",
    min_age=8, accessibility_statement=True, access_services=["captions", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tickets.html", "diversity.html", "remote.html", "accessibility.html", "en/index.html"],
    evidence={
        "languages": [
            Q("index.html", "香港開放社群大會是由義工籌辦的年度聚會，讓開源軟件開發者、開放數據愛好者、設計師、教師和學生交流經驗。"),
            Q("en/index.html", "The conference is a volunteer-run gathering of open-source developers, open-data enthusiasts, designers, teachers and students."),
            M("en/index.html", '<html lang="zh-HK">', "the English page is declared as Chinese"),
        ],
        "un_languages": [N("zh, en")],
        "fees": [
            Q("tickets.html", "早鳥票 HK$380"),
            Q("tickets.html", "正價票 HK$480"),
            Q("tickets.html", "學生票 HK$120"),
            Q("tickets.html", "Rust 入門工作坊（另外收費） 港幣 200 元", "paid add-on workshop: a fee"),
            Q("en/index.html", "Tickets: early bird HK$380, regular HK$480, students HK$120; the Rust workshop costs HK$200 extra."),
            Q("venue.html", "由中環出發車費約 HK$12", "transport, not a fee"),
            Q("venue.html", "每晚 HK$1,100 起（雙人房）", "hotel, not a fee"),
            Q("sponsors.html", "鑽石贊助：HK$30,000", "sponsorship, not a fee"),
            Q("sponsors.html", "社區攤位：HK$2,000", "booth, not a fee"),
            Q("jobs.html", "月薪 HK$35,000–45,000", "salary, not a fee"),
            Q("programme.html", "雲端服務收費（fees）背後的開源維護成本", "talk title"),
        ],
        "free_option": [Q("tickets.html", "大會義工可免費入場，並獲贈紀念 T 恤。", "free for one group (volunteers)"),
                        Q("diversity.html", "提供免費門票及交通津貼")],
        "fee_support": [Q("diversity.html", "大會為學生、少數族裔人士、基層家庭成員和殘疾人士提供免費門票及交通津貼。")],
        "remote_participation": [Q("remote.html", "未能親身來港的講者可透過視像遙距演講，並即時回答現場及網上觀眾的提問。")],
        "captcha": [N("no form on the site; tickets on Eventbrite")],
        "account_required": [Q("tickets.html", "購票前須先登入或註冊 Eventbrite 帳戶。")],
        "registration_form": [N("no registration form on the site; the diversity application is sent by e-mail")],
        "registration_host": [M("tickets.html", 'href="https://www.eventbrite.hk/e/hkocc-2027-tickets"')],
        "registration_pdf_only": [N("Eventbrite")],
        "min_age": [Q("tickets.html", "兒童編程工作坊適合 8 至 12 歲兒童參加", "a programme of the event for ages 8 to 12: lower bound 8 (+)")],
        "accessibility_statement": [Q("accessibility.html", "如有其他無障礙需要，請電郵 access@hkocc.example.hk 與我們聯絡。")],
        "access_services": [
            Q("accessibility.html", "主題演講設有香港手語傳譯。"),
            Q("accessibility.html", "主禮堂的所有講座均設即時字幕，顯示於講台旁的螢幕上。", "live captions"),
            Q("accessibility.html", "場地設有輪椅通道、升降機及暢通易達洗手間。"),
        ],
        "videos_without_captions": [
            M("index.html", '<track kind="subtitles" src="media/keynote-2026.zh.vtt"', "captioned (subtitles track)"),
            M("index.html", '<video controls preload="none" width="640" src="media/lightning-2026.mp4">', "no track: 1"),
        ],
        "pdf_only_documents": [N("no PDF")],
    })
