from lib import *

NAV = [("index.html", "首页"), ("feiyong.html", "费用"), ("baoming.html", "报名"), ("lunwen.html", "论文发表"),
       ("wuzhangai.html", "无障碍协助"), ("zhanlan.html", "展位与赞助"), ("yaocai.html", "药材订购"), ("jiaotong.html", "交通住宿")]
s = mk("wenlai-zhongyiyao-yantaohui", "文莱中医药研讨会 2027", "zh-Hans-BN", "#2f5d50", "中医", NAV,
       foot={"zh-Hans-BN": "<p>文莱华社中医药学会（虚构） · 斯里巴加湾市加东区 23 号 · symposium@bn-tcm.example.bn</p>"})
placeholder_media(s, "media/tuina.mp4")

s.page("index.html", "文莱中医药研讨会 2027", f"""
<h1>第五届文莱中医药研讨会</h1>
<p>研讨会将于2027年10月15日至17日在斯里巴加湾市举行，主题为“热带气候下的常见病调理”。三天议程包括主题演讲、论文发表与实操工作坊，欢迎执业中医师、针灸师及中医院校学生参加。</p>
<p>10月16日（星期六）晚上的公开讲座“药膳与家庭保健”免费开放给公众，无需报名。</p>
<section lang="ms">
<h2>Ringkasan dalam Bahasa Melayu</h2>
<p>Simposium Perubatan Tradisional Cina Brunei akan diadakan di Bandar Seri Begawan dari 15 hingga 17 Oktober 2027. Yuran penyertaan ialah B$180 bagi pengamal dan B$60 bagi pelajar (ringgit Brunei). Kuliah umum pada malam Sabtu adalah percuma untuk orang ramai.</p>
<p>Kertas kerja boleh dibentangkan melalui Zoom dan penyampai akan menjawab soalan peserta secara langsung.</p>
</section>
<h2>往届工作坊片段</h2>
{video("media/tuina.mp4")}
<p><a href="@baoming.html">立即报名</a> · <a href="@chengguo-2025.html">2025年论文集</a></p>
""")

s.page("feiyong.html", "费用", """
<h1>报名费用</h1>
<ul>
<li>执业者：B$180（含三天午餐及论文摘要集）</li>
<li>中医院校在读学生：B$60</li>
<li>推拿实操工作坊（10月17日下午，名额30人）：另收B$45</li>
</ul>
<p>星期六晚间公开讲座免费入场。</p>
""")

s.page("baoming.html", "报名", f"""
<h1>在线报名表</h1>
<p>报名无须开设账户。</p>
<form action="@baoming.html" method="post">
{fld("name", "姓名（必需填写）")}
{fld("ic", "身份证号码（必需填写）")}
{fld("phone", "电话（必需填写）", "tel")}
{fld("email", "电邮", "email", req=True)}
{fld("org", "诊所或院校")}
{fld("regno", "中医执业注册编号（学生免填）")}
{radios("cat", "报名类别", ["执业者 B$180", "学生 B$60"], req=True)}
{fld("ws", "参加推拿实操工作坊（B$45）", "checkbox")}
{fld("diet", "饮食需要", "select", opts=["无", "素食", "清真"])}
{fld("abs", "论文摘要（如发表论文）", "file")}
<div class="g-recaptcha" data-sitekey="6LdBrunei000000000000000000000000000tcm"></div>
<button type="submit">提交</button>
</form>
<p>未满十六岁者须由家长陪同出席公开讲座。</p>
""")

s.page("lunwen.html", "论文发表", """
<h1>论文发表</h1>
<p>无法亲临文莱的作者可通过Zoom发表论文，每篇15分钟，随后由现场及线上听众提问，作者即时回答。</p>
<p>摘要截止日期：2027年8月31日。</p>
""")

s.page("wuzhangai.html", "无障碍协助", """
<h1>无障碍协助</h1>
<p>如需无障碍协助（例如座位安排或陪同），请至少提前一周联系秘书处：access@bn-tcm.example.bn。</p>
<p>本次研讨会不设手语翻译。</p>
""")

s.page("zhanlan.html", "展位与赞助", """
<h1>展位与赞助</h1>
<p>展位（3米×3米）：B$1,200。主要赞助：B$5,000。</p>
""")

s.page("yaocai.html", "药材订购", """
<h1>药材订购</h1>
<p>会场药材摊位：五指毛桃汤包每盒B$28，陈皮每包B$15。</p>
""")

s.page("jiaotong.html", "交通住宿", """
<h1>交通与住宿</h1>
<p>合作酒店双人房每晚B$95起。</p>
<p>从美里乘长途巴士至斯里巴加湾约RM40（令吉）。</p>
""")

ENTRY = entry(s, name="5th Brunei Chinese medicine symposium 2027 (Chinese medicine society, Bandar Seri Begawan, Brunei)",
    languages=["zh", "ms"],
    fees=[(180, "BND"), (60, "BND"), (45, "BND")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(10, 5, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=[], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "lunwen.html", "wuzhangai.html"],
    deliberate_404=["chengguo-2025.html"],
    evidence={
        "languages": [Q("index.html", "欢迎执业中医师、针灸师及中医院校学生参加"),
                      M("index.html", '<section lang="ms">'),
                      Q("index.html", "Simposium Perubatan Tradisional Cina Brunei akan diadakan di Bandar Seri Begawan")],
        "un_languages": [N("zh")],
        "fees": [Q("feiyong.html", "执业者：B$180"), Q("feiyong.html", "中医院校在读学生：B$60"),
                 Q("feiyong.html", "另收B$45", "paid hands-on workshop"),
                 Q("index.html", "Yuran penyertaan ialah B$180 bagi pengamal dan B$60 bagi pelajar", "Malay restatement: no new entry"),
                 Q("zhanlan.html", "展位（3米×3米）：B$1,200。主要赞助：B$5,000。", "stand and sponsor: not fees"),
                 Q("yaocai.html", "五指毛桃汤包每盒B$28", "goods: not a fee"),
                 Q("jiaotong.html", "合作酒店双人房每晚B$95起", "hotel: not a fee"),
                 Q("jiaotong.html", "约RM40（令吉）", "MYR bus: not a fee")],
        "free_option": [Q("index.html", "免费开放给公众，无需报名"), Q("feiyong.html", "星期六晚间公开讲座免费入场。")],
        "fee_support": [Q("feiyong.html", "中医院校在读学生：B$60", "student rate below B$180")],
        "remote_participation": [Q("lunwen.html", "无法亲临文莱的作者可通过Zoom发表论文，每篇15分钟，随后由现场及线上听众提问，作者即时回答。")],
        "captcha": [M("baoming.html", '<div class="g-recaptcha"')],
        "account_required": [Q("baoming.html", "报名无须开设账户。")],
        "registration_form": [N("10 fields: name, IC number, phone, e-mail, clinic/school, practitioner registration number (not an ID), category radio, workshop checkbox, diet select, abstract file; required: 3 marked （必需填写） + e-mail + category radio (required attr) = 5", "baoming.html"),
                              Q("baoming.html", "身份证号码（必需填写）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("baoming.html", "未满十六岁者须由家长陪同出席公开讲座。", "accompaniment rule: not a minimum age")],
        "accessibility_statement": [Q("wuzhangai.html", "如需无障碍协助（例如座位安排或陪同），请至少提前一周联系秘书处", "contact for access needs")],
        "access_services": [Q("wuzhangai.html", "本次研讨会不设手语翻译。", "sign language negated; no services")],
        "videos_without_captions": [M("index.html", 'src="media/tuina.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
