"""Academic ICT4D conference, Macau: Traditional Chinese, a Portuguese section with lang; MOP and USD columns."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "首頁"), ("feiyong.html", "註冊費"), ("zhuce.html", "網上註冊"), ("xianshang.html", "線上發表"),
       ("wuzhangai.html", "無障礙"), ("zhengwen.html", "論文徵集"), ("zhusu.html", "住宿交通"), ("zanzhu.html", "贊助")]
FOOT = {"zh-Hant-MO": "<p>澳門數碼發展研究學會 — 澳門氹仔徐日昇寅公馬路 88 號。電郵：ict4d@example.mo</p>"}
s = mk("aomen-zixun-tongxun-fazhan-xueshu-huiyi", "澳門資訊通訊科技促進發展國際學術會議 2027", "zh-Hant-MO",
       "#1d4e89", "澳", NAV, foot=FOOT)
placeholder_media(s, "media/huigu-2026.mp4")

s.page("index.html", "澳門資訊通訊科技促進發展國際學術會議 2027", """
<h1>澳門資訊通訊科技促進發展國際學術會議 2027</h1>
<p>2027年11月18日至20日，澳門數碼發展研究學會邀請各地學者、研究生及實務工作者，就數碼包容、社區網絡及公共數據等議題發表論文，交流資訊通訊科技促進發展的研究成果。</p>
<p>專題討論：12至17歲青少年的網絡使用與數碼素養。</p>
<p>請先閱讀<a href="@feiyong.html">註冊費</a>，再完成<a href="@zhuce.html">網上註冊</a>；未能親臨的作者可選擇<a href="@xianshang.html">線上發表</a>。</p>
<h2>2026年會議回顧</h2>
""" + video("media/huigu-2026.mp4") + """
<section lang="pt">
<h2>Em português</h2>
<p>A Conferência Académica Internacional de Macau sobre TIC para o Desenvolvimento decorre de 18 a 20 de novembro de 2027. Investigadores, estudantes de pós-graduação e profissionais apresentam trabalhos sobre inclusão digital, redes comunitárias e dados públicos.</p>
<p>As inscrições fazem-se no formulário em chinês; para esclarecimentos em português, escreva para ict4d@example.mo.</p>
</section>
""")

s.page("feiyong.html", "註冊費", """
<h1>註冊費</h1>
<table><caption>註冊費（本澳作者以澳門元繳費，海外作者以美元繳費）</caption>
<tr><th>類別</th><th>澳門元 (MOP)</th><th>美元 (USD)</th></tr>
<tr><td>一般註冊</td><td>2,400</td><td>300</td></tr>
<tr><td>學生註冊（須附學生證明）</td><td>1,200</td><td>150</td></tr>
<tr><td>線上發表（Zoom，附即時問答）</td><td>800</td><td>100</td></tr>
</table>
<h2>免費旁聽</h2>
<p>開幕主題演講免費開放予本澳中學師生旁聽，須預先以電郵登記。</p>
<h2>旅費資助</h2>
<p>來自最不發達國家的論文作者可申請最高 US$600 的旅費資助，截止日期為2027年8月31日。</p>
""")

s.page("zhuce.html", "網上註冊", """
<h1>網上註冊</h1>
<p>填妥以下表格即完成註冊，毋須開設帳戶。</p>
<form action="@zhuce.html" method="post" enctype="multipart/form-data">
""" + "\n".join([
    fld("name", "姓名（必須提供）"),
    fld("email", "電郵（必須提供）", "email"),
    fld("idno", "身份證或護照號碼（必須提供）"),
    fld("org", "所屬機構（必須提供）"),
    fld("region", "國家／地區", "select", opts=["澳門", "香港", "中國內地", "葡萄牙", "莫桑比克", "東帝汶", "其他"]),
    fld("orcid", "ORCID iD"),
    fld("tel", "電話", "tel"),
    radios("cat", "註冊類別", ["一般註冊", "學生註冊", "線上發表"], req=True),
    fld("paper", "論文編號"),
    fld("proof", "學生證明（學生註冊適用）", "file"),
    fld("meal", "膳食需要", "select", opts=["無", "素食", "清真", "其他"]),
    fld("consent", "本人同意大會按私隱政策處理個人資料", "checkbox", req=True),
]) + """
<div id="captcha-element" class="captcha-box"><div id="aliyunCaptcha-sliding-wrapper"><div id="aliyunCaptcha-sliding-slider"></div><div id="aliyunCaptcha-sliding-text">請按住滑塊，拖動到最右邊</div></div></div>
<button id="captcha-button" type="submit">提交註冊</button>
</form>
""")

s.page("xianshang.html", "線上發表", """
<h1>線上發表</h1>
<p>未能來澳的作者可選擇線上發表。線上發表者透過 Zoom 報告，並即時回答現場及線上聽眾的提問。</p>
<p>線上發表的費用見<a href="@feiyong.html">註冊費</a>一頁。</p>
""")

s.page("wuzhangai.html", "無障礙", """
<h1>無障礙安排</h1>
<p>會場設有升降機及無障礙洗手間，輪椅使用者可直達各會議室。</p>
<p>主題演講提供即時字幕（中、英文）。</p>
<p>可應要求安排澳門手語傳譯，請於會前兩星期通知 access@example.mo。</p>
""")

s.page("zhengwen.html", "論文徵集", """
<h1>論文徵集</h1>
<p>請以英文或中文提交論文摘要，並附 ORCID iD。錄取論文將收錄於會議論文集；論文集印刷本每冊 MOP 250（另購）。</p>
<p><a href="@lunwen-2025.html">2025年論文集</a></p>
""")

s.page("zhusu.html", "住宿交通", """
<h1>住宿及交通</h1>
<p>合作酒店每晚 HK$1,100 起（含早餐）。由外港碼頭乘輕軌往會場，車費約 MOP 6。</p>
""")

s.page("zanzhu.html", "贊助", """
<h1>贊助及展位</h1>
<ul>
<li>金級贊助：MOP 80,000</li>
<li>銀級贊助：MOP 40,000</li>
<li>展位（兩日）：MOP 6,000</li>
</ul>
""")

ENTRY = entry(
    s, name="Macau International Academic Conference on ICT for Development 2027 (Macau Society for Digital Development Research, Macau)",
    languages=["zh", "pt"],
    fees=[(2400, "MOP"), (1200, "MOP"), (800, "MOP"), (300, "USD"), (150, "USD"), (100, "USD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["other"], account_required=False,
    registration_form=(12, 6, ["id_document", "affiliation", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "captions", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "zhuce.html", "xianshang.html", "wuzhangai.html"],
    deliberate_404=["lunwen-2025.html"],
    evidence={
        "languages": [Q("index.html", "澳門數碼發展研究學會邀請各地學者、研究生及實務工作者"),
                      M("index.html", '<section lang="pt">', "Portuguese section (two paragraphs)")],
        "un_languages": [N("zh")],
        "fees": [Q("feiyong.html", "一般註冊 2,400 300", "2400 MOP and 300 USD (one column per currency)"),
                 Q("feiyong.html", "學生註冊（須附學生證明） 1,200 150", "1200 MOP and 150 USD"),
                 Q("feiyong.html", "線上發表（Zoom，附即時問答） 800 100", "800 MOP and 100 USD: virtual presentation"),
                 Q("feiyong.html", "最高 US$600 的旅費資助", "travel grant: not a fee"),
                 Q("zhengwen.html", "論文集印刷本每冊 MOP 250（另購）", "proceedings volume: not a fee"),
                 Q("zhusu.html", "合作酒店每晚 HK$1,100 起", "hotel (HKD): not a fee"),
                 Q("zhusu.html", "車費約 MOP 6", "light rail: not a fee"),
                 Q("zanzhu.html", "金級贊助：MOP 80,000", "sponsor: not a fee"),
                 Q("zanzhu.html", "展位（兩日）：MOP 6,000", "exhibitor booth: not a fee")],
        "free_option": [Q("feiyong.html", "開幕主題演講免費開放予本澳中學師生旁聽")],
        "fee_support": [Q("feiyong.html", "學生註冊（須附學生證明） 1,200 150", "student rate below the general rate"),
                        Q("feiyong.html", "來自最不發達國家的論文作者可申請最高 US$600 的旅費資助")],
        "remote_participation": [Q("xianshang.html", "線上發表者透過 Zoom 報告，並即時回答現場及線上聽眾的提問")],
        "captcha": [M("zhuce.html", '<div id="captcha-element" class="captcha-box"><div id="aliyunCaptcha-sliding-wrapper">', "Alibaba Cloud CAPTCHA 2.0: other")],
        "account_required": [Q("zhuce.html", "毋須開設帳戶")],
        "registration_form": [N("12 fields: name, e-mail, ID/passport number, institution, region select, ORCID iD, phone, category radio, paper ID, student-proof file, meal select, consent checkbox; required: 4 marked （必須提供） + radio + consent = 6; ORCID iD not an ID", "zhuce.html"),
                              Q("zhuce.html", "身份證或護照號碼（必須提供）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "專題討論：12至17歲青少年的網絡使用與數碼素養", "talk topic: not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "會場設有升降機及無障礙洗手間，輪椅使用者可直達各會議室")],
        "access_services": [Q("wuzhangai.html", "輪椅使用者可直達各會議室", "wheelchair_access"),
                            Q("wuzhangai.html", "主題演講提供即時字幕", "captions"),
                            Q("wuzhangai.html", "可應要求安排澳門手語傳譯", "sign_language on request")],
        "videos_without_captions": [M("index.html", 'src="media/huigu-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
