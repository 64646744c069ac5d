"""Open-source conference, Hong Kong: Traditional Chinese, an English section without lang; HKD; Eventbrite guest
checkout beside an own free-ticket application."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt

NAV = [("index.html", "首頁"), ("piaowu.html", "門票"), ("zizhu.html", "多元共融資助"), ("zhibo.html", "網上直播"),
       ("wuzhangai.html", "無障礙"), ("zanzhu.html", "贊助及捐款"), ("zhaopin.html", "招聘"), ("jiaotong.html", "交通住宿")]
FOOT = {"zh-Hant-HK": "<p>香港開放源碼社群協會 — 香港九龍塘達之路 78 號。電郵：hello@example.hk</p>"}
s = mk("xianggang-kaiyuan-dahui", "香港開源大會 2027", "zh-Hant-HK", "#c2410c", "開", NAV, foot=FOOT)
placeholder_media(s, "media/keynote-2026.mp4")
vtt(s, "media/keynote-2026.zh.vtt", "歡迎來到香港開源大會")

s.page("index.html", "香港開源大會 2027", """
<h1>香港開源大會 2027</h1>
<p>2027年7月10日至11日，香港開放源碼社群協會在九龍塘舉辦第十屆香港開源大會，超過六十場講座、工作坊及社群聚會，主題包括開放數據、自由軟件授權及公共數碼基建。</p>
<p>購票及資助詳情見<a href="@piaowu.html">門票</a>及<a href="@zizhu.html">多元共融資助</a>；未能到場可收看<a href="@zhibo.html">網上直播</a>。</p>
<section>
<h2>About HKOSC</h2>
<p>The Hong Kong Open Source Conference is a community-run, two-day gathering of developers, researchers, students and public-sector technologists. Talks are in Cantonese, Mandarin and English, and every session is recorded.</p>
<p>Tickets are sold on Eventbrite. Students, job seekers and first-time women contributors can apply for a free diversity ticket through our own form.</p>
</section>
""")

s.page("piaowu.html", "門票", """
<h1>門票</h1>
<ul>
<li>一般票：HK$480</li>
<li>學生票：HK$120（須出示有效學生證）</li>
<li>個人贊助票：HK$1,500（包括兩日入場、紀念T恤，名字列於鳴謝名單）</li>
</ul>
<p><a href="https://www.eventbrite.hk/e/hong-kong-open-source-conference-2027-tickets-000000000000">於 Eventbrite 購票</a>：以訪客身份購票，毋須建立帳戶。</p>
<p>開源社群義工可免費入場，請電郵 volunteer@example.hk 登記。</p>
<h2>兒童工作坊</h2>
<p>兒童開源編程工作坊適合8至12歲兒童參加，名額二十個，須由家長陪同。</p>
""")

s.page("zizhu.html", "多元共融資助", """
<h1>多元共融資助</h1>
<p>學生、失業人士及首次參加的女性開發者可申請免費門票，名額五十個。</p>
<form action="@zizhu.html" method="post">
""" + "\n".join([
    fld("name", "姓名（不可留空）"),
    fld("email", "電郵（不可留空）", "email"),
    fld("tel", "電話", "tel"),
    fld("org", "學校或機構"),
    fld("status", "身份類別", "select", opts=["學生", "失業／待業", "首次參加的女性開發者", "其他"]),
    fld("proj", "曾參與的開源項目"),
    fld("reason", "申請原因（不可留空）", "textarea"),
    fld("access", "我需要輪椅通道", "checkbox"),
    fld("consent", "本人確認以上資料屬實", "checkbox", req=True),
]) + """
<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
<button type="submit">遞交申請</button>
</form>
""")

s.page("zhibo.html", "網上直播", """
<h1>網上直播</h1>
<p>主題演講將於網上直播，只供觀看；提問只限現場觀眾。</p>
<h2>2026年主題演講重溫</h2>
""" + video("media/keynote-2026.mp4", track="media/keynote-2026.zh.vtt", track_lang="zh-Hant", label="中文字幕") + """
""")

s.page("wuzhangai.html", "無障礙", """
<h1>無障礙</h1>
<p>會場位於地面層，設有輪椅通道及無障礙洗手間。</p>
<p>本屆不提供即時字幕。</p>
<p>如有其他需要，請電郵 access@example.hk。</p>
""")

s.page("zanzhu.html", "贊助及捐款", """
<h1>贊助及捐款</h1>
<p>企業贊助套餐：白金 HK$60,000、金 HK$30,000，包括攤位及標誌展示。</p>
<p>歡迎個人捐款支持大會運作，HK$200 起，不包括入場。</p>
""")

s.page("zhaopin.html", "招聘", """
<h1>招聘</h1>
<p>贊助機構職位：軟件工程師（開源維護），月薪 HK$35,000 起。</p>
<p>大會項目統籌（合約），月薪 HK$22,000。</p>
""")

s.page("jiaotong.html", "交通住宿", """
<h1>交通及住宿</h1>
<p>由中環乘港鐵往九龍塘，單程車費約 HK$12。附近酒店每晚 HK$900 起。</p>
""")

ENTRY = entry(
    s, name="Hong Kong Open Source Conference 2027 (Hong Kong Open Source Community Association, Hong Kong)",
    languages=["zh", "en"],
    fees=[(480, "HKD"), (120, "HKD"), (1500, "HKD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["turnstile"], account_required=False,
    registration_form=(9, 4, ["phone", "affiliation"]),
    registration_host="www.eventbrite.hk", registration_pdf_only=False, min_age=8, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "piaowu.html", "zizhu.html", "zhibo.html", "wuzhangai.html"],
    evidence={
        "languages": [Q("index.html", "香港開放源碼社群協會在九龍塘舉辦第十屆香港開源大會"),
                      Q("index.html", "The Hong Kong Open Source Conference is a community-run, two-day gathering of developers", "English section without lang (two paragraphs)")],
        "un_languages": [N("zh, en")],
        "fees": [Q("piaowu.html", "一般票：HK$480"),
                 Q("piaowu.html", "學生票：HK$120"),
                 Q("piaowu.html", "個人贊助票：HK$1,500", "individual sponsor ticket includes the pass: a fee"),
                 Q("zanzhu.html", "白金 HK$60,000、金 HK$30,000", "corporate sponsor: not a fee"),
                 Q("zanzhu.html", "HK$200 起，不包括入場", "donation: not a fee"),
                 Q("zhaopin.html", "月薪 HK$35,000 起", "salary: not a fee"),
                 Q("jiaotong.html", "單程車費約 HK$12", "MTR: not a fee"),
                 Q("jiaotong.html", "附近酒店每晚 HK$900 起", "hotel: not a fee")],
        "free_option": [Q("piaowu.html", "開源社群義工可免費入場"),
                        Q("zizhu.html", "可申請免費門票")],
        "fee_support": [Q("piaowu.html", "學生票：HK$120", "student rate"),
                        Q("zizhu.html", "學生、失業人士及首次參加的女性開發者可申請免費門票")],
        "remote_participation": [Q("zhibo.html", "主題演講將於網上直播，只供觀看；提問只限現場觀眾。", "watch only")],
        "captcha": [M("zizhu.html", '<div class="cf-turnstile"')],
        "account_required": [Q("piaowu.html", "以訪客身份購票，毋須建立帳戶")],
        "registration_form": [N("free-ticket application, 9 fields: name, e-mail, phone, school/organisation, status select, projects, reason textarea, wheelchair checkbox, consent checkbox; required: 3 marked （不可留空） + consent = 4", "zizhu.html"),
                              Q("zizhu.html", "申請原因（不可留空）")],
        "registration_host": [M("piaowu.html", 'href="https://www.eventbrite.hk/e/hong-kong-open-source-conference-2027-tickets-000000000000"')],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("piaowu.html", "兒童開源編程工作坊適合8至12歲兒童參加", "a programme of the event: lower bound 8")],
        "accessibility_statement": [Q("wuzhangai.html", "會場位於地面層，設有輪椅通道及無障礙洗手間")],
        "access_services": [Q("wuzhangai.html", "設有輪椅通道", "wheelchair_access"),
                            Q("wuzhangai.html", "本屆不提供即時字幕", "captions negated")],
        "videos_without_captions": [M("zhibo.html", '<track kind="captions" src="media/keynote-2026.zh.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
