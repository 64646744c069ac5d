from lib import *
s = mk("aomen-rengong-zhineng-zhengce-yantaohui", "澳門濠江大學法學院 — 人工智能政策研討會", "zh-Hant-MO", "#8a1538", "AI",
       [("index.html", "首頁"), ("fees.html", "報名費"), ("register.html", "報名"), ("online.html", "線上參與"),
        ("access.html", "無障礙"), ("programme.html", "議程"), ("sponsors.html", "贊助"), ("hotels.html", "住宿")],
       foot={"zh-Hant-MO": "<p>澳門氹仔大學大馬路1號 濠江大學法學院 ai-policy@hjuniv.example.mo</p>"})
GEN = "一般參加者：澳門元 MOP$800"
STU = "全日制學生：澳門元 MOP$300"
WS = "附加工作坊「演算法審計實務」：澳門元 MOP$200"
LECT = "開幕晚間公開講座免費入場，毋須繳付報名費。"
PT = "O Simpósio sobre Políticas de Inteligência Artificial realiza-se em Macau a 20 e 21 de Novembro. A inscrição geral custa 800 patacas e a de estudantes 300 patacas; a palestra pública de abertura é gratuita. Há interpretação simultânea entre cantonense, português e inglês."
ONLINE = "海外講者可透過 Zoom 線上發表論文，並即時回答現場及線上聽眾的提問。"
KIDS = "未滿十六歲須由家長陪同。"
STEP = "會場設有無障礙通道及升降機，方便輪椅使用者進出。"
SIGN = "全部主題演講均設澳門手語傳譯。"
CAP = "主會場提供即時字幕。"
INTERP = "設粵語、葡萄牙語及英語同聲傳譯。"
SPON = "白金贊助：澳門元 50,000"
HOTEL = "合作酒店：每晚港元 1,100 起。"
s.page("index.html", "人工智能政策研討會 2027", f"""
<h1>人工智能政策研討會 2027</h1>
<p>11月20至21日 · 澳門氹仔 · 學術界、政府、業界及公民社會共同探討人工智能治理。</p>
<p>{LECT}</p>
<p><a href="@fees.html">報名費</a> · <a href="@register.html">立即報名</a></p>
{video("media/teaser.mp4")}
<section lang="pt"><h2>Em português</h2><p>{PT}</p></section>
""")
placeholder_media(s, "media/teaser.mp4")
s.page("fees.html", "報名費", f"""
<h1>報名費</h1>
<ul><li>{GEN}</li><li>{STU}</li><li>{WS}</li></ul>
<p>{LECT}</p>
""")
s.page("register.html", "報名", """
<h1>網上報名</h1>
<form action="@register.html" method="post">
""" + fld("n", "姓名（必須作答）") + fld("id", "身份證或護照號碼（必須作答）") + fld("ph", "電話（必須作答）", "tel")
 + fld("em", "電郵（必須作答）", "email") + fld("org", "所屬機構（必須作答）")
 + fld("cat", "身份類別（必須作答）", "select", opts=["一般", "全日制學生"]) + fld("ws", "報名附加工作坊", "checkbox")
 + radios("mode", "參與方式（必須作答）", ["現場", "線上發表"]) + fld("title", "論文題目") + fld("abs", "摘要檔案", "file")
 + fld("diet", "膳食要求", "select", opts=["無", "素食", "清真"]) + """
<div class="h-captcha" data-sitekey="mo-ai-policy"></div>
<button type="submit">提交</button>
</form>
<p>毋須註冊帳戶。</p>
""")
s.page("online.html", "線上參與", f"""
<h1>線上參與</h1>
<p>{ONLINE}</p>
<p>{KIDS}</p>
""")
s.page("access.html", "無障礙", f"""
<h1>無障礙安排</h1>
<p>{STEP}</p><p>{SIGN}</p><p>{CAP}</p><p>{INTERP}</p>
""")
s.page("programme.html", "議程", """
<h1>議程</h1>
<p>詳細議程只提供 PDF 版本：<a href="@docs/programme.pdf">議程（PDF）</a>。</p>
""")
s.pdf("docs/programme.pdf", "AI Policy Symposium Macau 2027 - Programme")
s.page("sponsors.html", "贊助", f"<h1>贊助方案</h1><p>{SPON}</p><p>金贊助：澳門元 30,000</p>")
s.page("hotels.html", "住宿", f"<h1>住宿</h1><p>{HOTEL}</p>")
P = "index.html fees.html register.html online.html access.html programme.html".split()
ENTRY = entry(s, name="人工智能政策研討會 — 澳門", languages=["zh", "pt"], fees=[(800, "MOP"), (300, "MOP"), (200, "MOP")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(11, 7, ["affiliation", "id_document", "phone"]), registration_host=None, registration_pdf_only=False,
    min_age=None, accessibility_statement=True,
    access_services=["captions", "interpretation", "sign_language", "wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=True, participation_pages=P,
    evidence={
     "languages": [Q("index.html", LECT), Q("index.html", PT, "Portuguese section")],
     "un_languages": [N("zh only (pt is not a UN language)")],
     "fees": [Q("fees.html", GEN), Q("fees.html", STU), Q("fees.html", WS), Q("index.html", PT, "restated: no new entry"),
              Q("sponsors.html", SPON, "sponsor: not a fee"), Q("hotels.html", HOTEL, "hotel: not a fee")],
     "free_option": [Q("fees.html", LECT)],
     "fee_support": [Q("fees.html", STU)],
     "remote_participation": [Q("online.html", ONLINE)],
     "captcha": [M("register.html", 'class="h-captcha"')],
     "account_required": [Q("register.html", "毋須註冊帳戶。")],
     "registration_form": [N("11 fields: name*, ID/passport*, phone*, email*, organisation*, category*, workshop checkbox, mode radio*, title, abstract file, diet; 7 required", "register.html")],
     "registration_host": [N("own form")],
     "registration_pdf_only": [N("online form")],
     "min_age": [Q("online.html", KIDS, "accompaniment rule: not a limit")],
     "accessibility_statement": [Q("access.html", STEP)],
     "access_services": [Q("access.html", STEP), Q("access.html", SIGN), Q("access.html", CAP), Q("access.html", INTERP)],
     "videos_without_captions": [M("index.html", 'src="media/teaser.mp4">')],
     "pdf_only_documents": [Q("programme.html", "詳細議程只提供 PDF 版本")],
    })
