"""Macau: a youth volunteering federation's forum (zh-Hant-MO; Portuguese section with lang, English page declared zh-Hant-MO)."""
from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "首頁"), ("feiyong.html", "費用"), ("baoming.html", "報名"), ("wuzhangai.html", "無障礙"),
       ("en.html", "English"), ("jiaotong.html", "交通住宿"), ("zanzhu.html", "贊助"), ("huigu.html", "歷屆回顧")]
s = mk("aomen-qingnian-yigong-luntan", "2027澳門青年義工論壇", "zh-Hant-MO", "#8a1538", "義工", NAV,
       foot={"zh-Hant-MO": "<p>澳門青年義工聯會 — forum@yigong.example.mo</p>"})
s.write("captcha/yanzhengma.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7K3Q9</text></svg>\n')

s.page("index.html", "2027澳門青年義工論壇", """
<h1>2027澳門青年義工論壇</h1>
<p>論壇邀請本澳青年、社服機構及學校義工隊，分享社區服務、長者陪伴和災後支援的經驗。2027年6月19日至20日於塔石體育館舉行。</p>
<section lang="pt">
<h2>Fórum da Juventude Voluntária de Macau</h2>
<p>O fórum reúne jovens, associações de serviço social e equipas de voluntariado das escolas para partilharem experiências de apoio comunitário, companhia a idosos e resposta a tufões.</p>
<p>A entrada no fórum é gratuita; os workshops custam 150 patacas.</p>
</section>
""")

s.page("feiyong.html", "費用", """
<h1>費用</h1>
<p>論壇主場（專題演講及分享環節）免費入場，但須預先報名。</p>
<table><caption>工作坊費用（每節）</caption>
<tr><th>類別</th><th>費用</th></tr>
<tr><td>一般</td><td>澳門元150</td></tr>
<tr><td>全日制學生</td><td>MOP 80</td></tr>
</table>
<p>本屆論壇不設網上參與，所有環節只在現場進行。</p>
""")

form = "".join([
    fld("name", "姓名 *", req=True),
    fld("email", "電郵 *", "email", req=True),
    fld("tel", "電話 *", "tel", req=True),
    fld("dob", "出生日期 *", "date", req=True),
    fld("bir", "澳門居民身份證號碼 *", req=True),
    fld("org", "就讀學校／服務機構 *", req=True),
    radios("sex", "性別", ["男", "女", "不透露"]),
    fld("ws1", "工作坊A：長者陪伴技巧", "checkbox"),
    fld("ws2", "工作坊B：颱風後社區支援", "checkbox"),
    fld("tshirt", "義工T恤尺碼", "select", opts=["S", "M", "L", "XL"]),
    fld("code", "驗證碼 *", req=True),
])
s.page("baoming.html", "報名", f"""
<h1>網上報名</h1>
<p>參加者須為14歲或以上；18歲以下須附家長同意書。</p>
<form action="@baoming.html" method="post">
{form}
<p><img src="@captcha/yanzhengma.svg" alt="驗證碼圖片" width="120" height="40"></p>
<button type="submit">提交</button>
</form>
""")

s.page("wuzhangai.html", "無障礙", """
<h1>無障礙安排</h1>
<p>會場設有電梯，輪椅使用者可直達各會議室。</p>
<p>主論壇提供粵語、葡語即時傳譯。</p>
<p>本屆論壇不設實時字幕。</p>
<p>如有其他需要，請致電 2855 0000 或電郵 access@yigong.example.mo。</p>
""")

s.page("en.html", "Macau Youth Volunteer Forum 2027", """
<h1>Macau Youth Volunteer Forum 2027</h1>
<p>The forum brings together young people, social-service organisations and school volunteer teams to share their experience of community service, befriending older people and recovery work after typhoons.</p>
<p>Entry to the main forum is free with registration. Each workshop costs MOP 150, or MOP 80 for full-time students. There is no online participation this year.</p>
<p>Registration is in Chinese only; participants must be 14 or older.</p>
""")

s.page("jiaotong.html", "交通住宿", """
<h1>交通住宿</h1>
<p>由香港乘船往外港碼頭單程約港元175元。合作酒店每晚澳門元900起。</p>
""")
s.page("zanzhu.html", "贊助", "<h1>贊助</h1><p>白金贊助澳門元30,000，攤位每個澳門元3,000。</p>")
s.page("huigu.html", "歷屆回顧", "<h1>歷屆回顧</h1><p>2025年論壇共有800多名青年參加。</p>")

ENTRY = entry(
    s, name="Macau Youth Volunteer Forum 2027 (youth volunteering federation, Macau)",
    languages=["zh", "pt", "en"],
    fees=[(150, "MOP"), (80, "MOP")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["image"],
    account_required=False,
    registration_form=(11, 7, ["phone", "birth_date", "id_document", "affiliation", "gender"]),
    registration_host=None, min_age=14, accessibility_statement=True,
    access_services=["interpretation", "wheelchair_access"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "wuzhangai.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "論壇邀請本澳青年、社服機構及學校義工隊"),
                      M("index.html", '<section lang="pt">', "Portuguese section with lang"),
                      Q("index.html", "O fórum reúne jovens, associações de serviço social e equipas de voluntariado"),
                      M("en.html", '<html lang="zh-Hant-MO">', "English page with a wrong lang: counts as English"),
                      Q("en.html", "The forum brings together young people, social-service organisations")],
        "un_languages": [N("zh, en")],
        "fees": [Q("feiyong.html", "一般 澳門元150", "150 MOP"),
                 Q("feiyong.html", "全日制學生 MOP 80", "80 MOP"),
                 Q("index.html", "os workshops custam 150 patacas", "Portuguese restatement, no new entry"),
                 Q("en.html", "Each workshop costs MOP 150, or MOP 80 for full-time students.", "English restatement"),
                 Q("jiaotong.html", "單程約港元175元", "ferry (HKD) and hotel: not fees"),
                 Q("zanzhu.html", "白金贊助澳門元30,000", "sponsorship and stands: not fees")],
        "free_option": [Q("feiyong.html", "論壇主場（專題演講及分享環節）免費入場，但須預先報名。")],
        "fee_support": [Q("feiyong.html", "全日制學生 MOP 80", "student rate below 150")],
        "remote_participation": [Q("feiyong.html", "本屆論壇不設網上參與，所有環節只在現場進行。")],
        "captcha": [M("baoming.html", '<img src="captcha/yanzhengma.svg" alt="驗證碼圖片"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (name, e-mail, phone, birth date, Macau ID number, school/organisation, gender radio, two workshop checkboxes, T-shirt select, image-code box); 7 marked *; sensitive phone, birth_date, id_document, affiliation, gender", "baoming.html"),
                              Q("baoming.html", "澳門居民身份證號碼 *")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("baoming.html", "參加者須為14歲或以上", "14")],
        "accessibility_statement": [Q("wuzhangai.html", "會場設有電梯，輪椅使用者可直達各會議室。")],
        "access_services": [Q("wuzhangai.html", "輪椅使用者可直達各會議室", "wheelchair_access"),
                            Q("wuzhangai.html", "主論壇提供粵語、葡語即時傳譯。", "interpretation"),
                            Q("wuzhangai.html", "本屆論壇不設實時字幕。", "negation: no captions")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
