"""Pearl River Delta Library & Archives Congress, Hong Kong. English + Traditional Chinese (/zh-hk/).
Fee tables with the currency only in the column header ("Fee (HK$)", "費用（港元）"). Everyone pays,
never said outright. hCaptcha. In person only. Captions, HKSL and spoken interpretation."""
from lib import Site, chrome, css, video, placeholder_media

NAV_EN = [("index.html", "Home"), ("registration.html", "Registration &amp; fees"), ("support.html", "Bursaries"),
          ("access.html", "Access"), ("programme.html", "Programme"), ("exhibition.html", "Exhibition"),
          ("travel.html", "Travel &amp; hotels"), ("careers.html", "Careers board")]
NAV_ZH = [("zh-hk/index.html", "首頁"), ("zh-hk/registration.html", "登記及費用"), ("support.html", "資助（英文）"),
          ("zh-hk/access.html", "無障礙"), ("programme.html", "議程（英文）")]
LANGS = {"en": [("zh-hk/index.html", "繁體中文")], "zh-Hant-HK": [("index.html", "English")]}
FOOT = {"en": '<p>PRDLAC Secretariat, c/o Hong Kong Library Association (fictional), 12/F, 88 Hennessy Road, Wan Chai. '
              '<a href="mailto:congress@prdlac.example.hk">congress@prdlac.example.hk</a></p>',
        "zh-Hant-HK": '<p>大會秘書處：灣仔軒尼詩道88號12樓。電郵：<a href="mailto:congress@prdlac.example.hk">congress@prdlac.example.hk</a></p>'}
H, F = chrome({"en": "PRDLAC 2026", "zh-Hant-HK": "珠三角圖書館及檔案學術會議 2026"},
              {"en": NAV_EN, "zh-Hant-HK": NAV_ZH}, langs=LANGS, foot=FOOT,
              skip={"en": "Skip to content", "zh-Hant-HK": "跳至主要內容"},
              homes={"en": "index.html", "zh-Hant-HK": "zh-hk/index.html"})
s = Site("prd-library-archives-congress", name="Pearl River Delta Library & Archives Congress 2026",
         lang="en", css=css("#7a1f3d"), logo_text="PRD", colour="#7a1f3d", header=H, footer=F)
placeholder_media(s, "media/prdlac-2025-highlights.mp4")
ZH = "zh-Hant-HK"

s.page("index.html", "PRDLAC 2026 – Pearl River Delta Library & Archives Congress, Hong Kong", f"""
<h1>Pearl River Delta Library &amp; Archives Congress 2026</h1>
<p>3–5 December 2026 · Hong Kong Central Library Lecture Theatre and the University Conference Hall, Pok Fu Lam.</p>
<p>Librarians, archivists, records managers and digital-humanities researchers from Hong Kong, Macao
and Guangdong meet for three days of papers, panels and visits. This year's theme is
<em>Collections for everyone: access, memory and community</em>.</p>
<ul>
<li><a href="@registration.html">Registration and fees</a></li>
<li><a href="@support.html">Bursaries for early-career professionals</a></li>
<li><a href="@access.html">Access and accessibility</a></li>
</ul>
<h2>Highlights of PRDLAC 2025 in Macao</h2>
{video("media/prdlac-2025-highlights.mp4")}
<p>Free Wi-Fi is available throughout both venues.</p>
""", alternates=[("en", "index.html"), ("zh-Hant-HK", "zh-hk/index.html")])

s.page("registration.html", "Registration and fees – PRDLAC 2026", """
<h1>Registration and fees</h1>
<table>
<caption>Registration fees</caption>
<thead><tr><th scope="col">Category</th><th scope="col">Fee (HK$)</th></tr></thead>
<tbody>
<tr><td>Member of a partner association</td><td>1,480</td></tr>
<tr><td>Non-member</td><td>1,880</td></tr>
<tr><td>Full-time student (copy of student card required)</td><td>680</td></tr>
<tr><td>Day registration (one day of your choice)</td><td>880</td></tr>
<tr><td>Pre-congress workshop on web archiving, 2 December (add-on)</td><td>350</td></tr>
</tbody>
</table>
<p>Fees include the congress bag, lunches and the welcome reception. Payment by FPS, cheque or
credit card; we send payment instructions after you submit the form.</p>
<h2 id="form">Registration form</h2>
<p>Fields marked * are required.</p>
<form action="@registration.html" method="post">
<label for="name">Full name in English *</label><input type="text" id="name" name="name" required>
<label for="cname">Name in Chinese</label><input type="text" id="cname" name="cname">
<label for="email">Email *</label><input type="email" id="email" name="email" required>
<label for="inst">Institution *</label><input type="text" id="inst" name="inst" required>
<label for="pos">Position</label><input type="text" id="pos" name="pos">
<label for="mobile">Mobile phone *</label><input type="tel" id="mobile" name="mobile" required>
<label for="member">Membership number (members only)</label><input type="text" id="member" name="member">
<label for="cat">Registration category *</label>
<select id="cat" name="cat" required><option value="">Please choose</option><option>Member</option>
<option>Non-member</option><option>Full-time student</option><option>Day registration</option></select>
<div class="check"><input type="checkbox" id="ws" name="ws"><label for="ws">Add the pre-congress workshop</label></div>
<label for="diet">Dietary preference</label>
<select id="diet" name="diet"><option>No preference</option><option>Vegetarian</option><option>Halal</option><option>Other</option></select>
<div class="check"><input type="checkbox" id="pics" name="pics" required><label for="pics">I have read the Personal Information Collection Statement *</label></div>
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-prdlac000001"></div>
<button type="submit">Submit registration</button>
</form>
""", alternates=[("en", "registration.html"), ("zh-Hant-HK", "zh-hk/registration.html")])

s.page("support.html", "Bursaries – PRDLAC 2026", """
<h1>Bursaries</h1>
<p>The congress offers twenty bursaries to early-career librarians and archivists (up to five years
in the profession) and to staff of small community libraries.</p>
<p>A bursary waives the registration fee and pays up to HK$2,000 towards travel and accommodation.
Apply by 15 September with a short statement to bursary@prdlac.example.hk.</p>
<p>Full-time students can also register at the reduced student rate shown on the registration page.</p>
""")

s.page("access.html", "Access – PRDLAC 2026", """
<h1>Access and accessibility</h1>
<p>Please tell us what you need to take part: email access@prdlac.example.hk at least two weeks before
the congress, or note it in your registration.</p>
<ul>
<li>Live captions in English and Chinese are displayed for all plenary sessions.</li>
<li>Hong Kong Sign Language interpretation is provided for the opening ceremony and the keynote lectures.</li>
<li>Simultaneous interpretation between Cantonese, Putonghua and English is available in the Lecture Theatre.</li>
</ul>
<h2>The congress is in person only</h2>
<p>Sessions are not streamed and cannot be joined online. Slides are shared with registered delegates after the congress.</p>
""", alternates=[("en", "access.html"), ("zh-Hant-HK", "zh-hk/access.html")])

s.page("zh-hk/index.html", "2026 珠江三角洲圖書館及檔案學術會議", f"""
<h1>2026 珠江三角洲圖書館及檔案學術會議</h1>
<p>2026年12月3日至5日，香港中央圖書館演講廳及薄扶林大學會議廳。</p>
<p>來自香港、澳門及廣東的圖書館員、檔案工作者、文件管理人員及數碼人文研究者齊聚三天，發表論文、
參與專題討論及參觀。今年主題為「人人可用的館藏：開放、記憶與社群」。</p>
<ul>
<li><a href="@zh-hk/registration.html">登記及費用</a></li>
<li><a href="@zh-hk/access.html">無障礙安排</a></li>
</ul>
{video("media/prdlac-2025-highlights.mp4")}
""", lang=ZH, alternates=[("en", "index.html"), ("zh-Hant-HK", "zh-hk/index.html")])

s.page("zh-hk/registration.html", "登記及費用 – 2026 珠三角圖書館及檔案學術會議", """
<h1>登記及費用</h1>
<table>
<caption>登記費用</caption>
<thead><tr><th scope="col">類別</th><th scope="col">費用（港元）</th></tr></thead>
<tbody>
<tr><td>合作協會會員</td><td>1,480</td></tr>
<tr><td>非會員</td><td>1,880</td></tr>
<tr><td>全日制學生（須附學生證副本）</td><td>680</td></tr>
<tr><td>單日登記</td><td>880</td></tr>
<tr><td>會前網頁存檔工作坊（12月2日，另加）</td><td>350</td></tr>
</tbody>
</table>
<p>費用包括會議袋、午餐及歡迎酒會。請填寫<a href="@registration.html#form">網上登記表格（英文）</a>，我們會以電郵通知付款方法。</p>
<p>早期職涯的圖書館及檔案工作者可申請<a href="@support.html">資助</a>。</p>
""", lang=ZH, alternates=[("en", "registration.html"), ("zh-Hant-HK", "zh-hk/registration.html")])

s.page("zh-hk/access.html", "無障礙安排 – 2026 珠三角圖書館及檔案學術會議", """
<h1>無障礙安排</h1>
<p>如需任何協助，請於會議前兩星期電郵至 access@prdlac.example.hk。</p>
<ul>
<li>所有全體會議均設中英文即時字幕。</li>
<li>開幕典禮及主題演講設香港手語傳譯。</li>
<li>演講廳提供粵語、普通話及英語同聲傳譯。</li>
</ul>
<p>本屆會議只設現場參與，不設網上直播或網上參與。</p>
""", lang=ZH, alternates=[("en", "access.html"), ("zh-Hant-HK", "zh-hk/access.html")])

s.page("programme.html", "Programme – PRDLAC 2026", """
<h1>Programme</h1>
<table>
<tr><th>Day</th><th>Selected papers</th></tr>
<tr><td>3 December</td><td>Keynote: Community archives after the pandemic; Custom Metadata Crosswalks for Oral History Collections</td></tr>
<tr><td>4 December</td><td>The Language of the Catalogue: Cantonese Romanisation in Subject Headings; A Registry of Archival Repositories in the Greater Bay Area</td></tr>
<tr><td>5 December</td><td>Visits: Hong Kong Public Records Office, university special collections</td></tr>
</table>
""")

s.page("exhibition.html", "Exhibition – PRDLAC 2026", """
<h1>Exhibition and sponsorship</h1>
<p>Vendors of library systems, conservation supplies and digitisation services can book a booth.</p>
<ul>
<li>Standard booth (3 m × 2 m): HK$28,000, includes two complimentary delegate registrations.</li>
<li>Table-top display: HK$9,500.</li>
<li>Welcome reception sponsor: HK$45,000.</li>
</ul>
""")

s.page("travel.html", "Travel and hotels – PRDLAC 2026", """
<h1>Travel and hotels</h1>
<ul>
<li>Harbourview Hotel (partner rate): HK$1,150 per night.</li>
<li>YMCA Guesthouse: from HK$620 per night.</li>
</ul>
<p>The Airport Express to Hong Kong station costs HK$115; an MTR ride across town is around HK$12.
A taxi from the airport to Causeway Bay is about HK$350. For reference, HK$1 is roughly RMB 0.92.</p>
""")

s.page("careers.html", "Careers board – PRDLAC 2026", """
<h1>Careers board</h1>
<ul>
<li>Assistant Librarian (Systems), university library — HK$38,000–46,000 per month.</li>
<li>Project Archivist, two-year contract — HK$31,500 per month.</li>
</ul>
""")
