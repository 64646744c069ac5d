from lib import *

NAV = [("index.html", "首頁"), ("piaowu.html", "票務"), ("mianfei.html", "免費票申請"), ("xianshang.html", "線上參與"),
       ("wuzhangai.html", "無障礙資訊"), ("zanzhu.html", "贊助方案"), ("jiaotong.html", "交通住宿"), ("zhaopin.html", "工作機會")]
s = mk("gaoxiong-shuwei-renquan-luntan", "高雄數位人權論壇", "zh-Hant-TW", "#c2410c", "數", NAV,
       foot={"zh-Hant-TW": "<p>南方數位人權協會（虛構團體）— 高雄市前金區 — forum@south-dr.example.tw</p>"})

s.page("index.html", "2027 高雄數位人權論壇", """
<h1>2027 高雄數位人權論壇</h1>
<p>南方數位人權協會將於2027年11月20日（六）在高雄舉辦年度論壇，邀請公民團體、學者、政府機關與科技業者，討論網路言論自由、個人資料保護、數位身分證與平台問責。</p>
<p>未滿16歲須由家長陪同。</p>
<p><a href="@piaowu.html">購票</a> · <a href="@mianfei.html">身心障礙者免費票</a> · <a href="@yicheng.html">議程</a></p>
<h2>論壇介紹影片</h2>
<video controls preload="none" width="640" src="@media/jieshao.mp4">
  <track kind="captions" src="@media/jieshao.zh.vtt" srclang="zh-Hant" label="中文字幕" default>
</video>
<section lang="en">
<h2>In English</h2>
<p>The Southern Digital Rights Association holds its annual forum in Kaohsiung on Saturday 20 November 2027, bringing together civil society, academics, government agencies and tech companies to discuss online expression, personal data, digital ID and platform accountability.</p>
<p>Tickets are sold on KKTIX: general NT$800, students NT$300, add-on privacy self-defence workshop NT$500. Disabled participants and one companion attend free of charge on application.</p>
</section>
""")
placeholder_media(s, "media/jieshao.mp4")
vtt(s, "media/jieshao.zh.vtt", "歡迎參加高雄數位人權論壇")

s.page("piaowu.html", "票務", """
<h1>票務資訊</h1>
<ul>
<li>一般票：新臺幣800元</li>
<li>學生票：新臺幣300元（入場請出示學生證）</li>
<li>加購工作坊「個資自保實作」：新臺幣500元</li>
</ul>
<p>票券於 KKTIX 販售：<a href="https://kktix.com/events/kh-digital-rights-2027">前往 KKTIX 購票</a>。購票需登入 KKTIX 會員帳號。</p>
<p>身心障礙者及一名陪同者免費參加，請填寫<a href="@mianfei.html">免費票申請表</a>。</p>
""")

s.write("img/yanzhengma.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">4827</text></svg>\n')
form = "".join([
    fld("xingming", "姓名（請填寫此欄）"),
    fld("email", "電子郵件（請填寫此欄）", "email"),
    fld("shouji", "手機（請填寫此欄）", "tel"),
    fld("peitong", "陪同者姓名"),
    fld("leibie", "障礙類別", "select", opts=["肢體", "視覺", "聽覺", "其他"]),
    fld("xiezhu", "需要的協助", "textarea"),
    fld("zhengming", "身心障礙證明（上傳）（請填寫此欄）", "file"),
    fld("tongyi", "我同意隱私權政策（請填寫此欄）", "checkbox"),
    '<p><img src="@img/yanzhengma.svg" alt="驗證碼圖片" width="120" height="40"></p>',
    fld("yzm", "驗證碼（請填寫此欄）"),
])
s.page("mianfei.html", "免費票申請", f"""
<h1>身心障礙者免費票申請</h1>
<p>身心障礙者及一名陪同者可免費參加論壇。請於11月5日前送出申請。</p>
<form action="@mianfei.html" method="post">
{form}
<button type="submit">送出申請</button>
</form>
""")

s.page("xianshang.html", "線上參與", """
<h1>線上參與</h1>
<p>論壇全程網路直播。線上觀眾可透過 Slido 提問，主持人會將問題轉達給講者當場回答。</p>
""")

s.page("wuzhangai.html", "無障礙資訊", """
<h1>無障礙資訊</h1>
<p>會場設有無障礙電梯與坡道，並有無障礙廁所。</p>
<p>全程提供台灣手語翻譯。</p>
<p>主場次提供即時聽打字幕。</p>
<p>中英同步口譯（主場次）。</p>
<p>親子托育區由專業保母照顧2至6歲幼兒。</p>
<p>如有其他需求請來信：access@south-dr.example.tw</p>
""")

s.page("zanzhu.html", "贊助方案", """
<h1>贊助方案</h1>
<ul><li>金級贊助：新臺幣150,000元</li><li>攤位：新臺幣20,000元</li></ul>
""")
s.page("jiaotong.html", "交通住宿", """
<h1>交通住宿</h1>
<p>捷運單程票約新臺幣25元；合作飯店每晚新臺幣2,800元起。</p>
""")
s.page("zhaopin.html", "工作機會", """
<h1>工作機會</h1>
<p>專案助理（一年期），月薪新臺幣36,000元。</p>
""")

P = ["index.html", "piaowu.html", "mianfei.html", "xianshang.html", "wuzhangai.html"]
ENTRY = entry(s, name="高雄數位人權論壇", languages=["en", "zh"],
    fees=[(800, "TWD"), (300, "TWD"), (500, "TWD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["image"], account_required=True,
    registration_form=(9, 6, ["phone"]), registration_host="kktix.com",
    min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "interpretation", "childcare"], videos_without_captions=0,
    pdf_only_documents=False, participation_pages=P, deliberate_404=["yicheng.html"],
    evidence={
        "languages": [Q("index.html", "南方數位人權協會將於2027年11月20日（六）在高雄舉辦年度論壇"),
                      Q("index.html", "The Southern Digital Rights Association holds its annual forum in Kaohsiung", "English section of two paragraphs with lang=en")],
        "un_languages": [N("zh and en")],
        "fees": [Q("piaowu.html", "一般票：新臺幣800元"), Q("piaowu.html", "學生票：新臺幣300元"),
                 Q("piaowu.html", "加購工作坊「個資自保實作」：新臺幣500元"),
                 Q("index.html", "general NT$800, students NT$300, add-on privacy self-defence workshop NT$500", "restated: no new entry"),
                 Q("zanzhu.html", "金級贊助：新臺幣150,000元", "sponsor: not a fee"),
                 Q("jiaotong.html", "合作飯店每晚新臺幣2,800元起", "hotel: not a fee"),
                 Q("zhaopin.html", "月薪新臺幣36,000元", "salary: not a fee")],
        "free_option": [Q("piaowu.html", "身心障礙者及一名陪同者免費參加", "free for one group, on application")],
        "fee_support": [Q("piaowu.html", "學生票：新臺幣300元", "student rate")],
        "remote_participation": [Q("xianshang.html", "線上觀眾可透過 Slido 提問，主持人會將問題轉達給講者當場回答。")],
        "captcha": [M("mianfei.html", 'alt="驗證碼圖片"', "self-hosted image code on the free-ticket application")],
        "account_required": [Q("piaowu.html", "購票需登入 KKTIX 會員帳號。")],
        "registration_form": [N("free-ticket application: 9 fields (姓名, 電子郵件, 手機, 陪同者姓名, 障礙類別 select, 需要的協助, 證明 file, 同意 checkbox, 驗證碼); 6 marked （請填寫此欄）; sensitive phone only (disability card is not an ID document)", "mianfei.html")],
        "registration_host": [M("piaowu.html", 'href="https://kktix.com/events/kh-digital-rights-2027"')],
        "registration_pdf_only": [N("platform and online form")],
        "min_age": [Q("index.html", "未滿16歲須由家長陪同。", "accompaniment rule: not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "會場設有無障礙電梯與坡道")],
        "access_services": [Q("wuzhangai.html", "會場設有無障礙電梯與坡道", "wheelchair_access"),
                            Q("wuzhangai.html", "全程提供台灣手語翻譯。", "sign_language"),
                            Q("wuzhangai.html", "主場次提供即時聽打字幕。", "captions"),
                            Q("wuzhangai.html", "中英同步口譯（主場次）。", "interpretation"),
                            Q("wuzhangai.html", "親子托育區由專業保母照顧2至6歲幼兒。", "childcare")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/jieshao.zh.vtt"')],
        "pdf_only_documents": [N("no PDF")],
    })
