"""Mandalay Traditional Chinese Medicine exchange meeting of a made-up TCM research society. zh-Hans-MM;
Burmese section with lang."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

SLUG = "miandian-zhongyiyao-jiaoliuhui-wacheng"
NAV = [("index.html", "首页"), ("baoming.html", "报名与费用"), ("biaodan.html", "在线报名表"), ("changdi.html", "场地与无障碍"),
       ("zhusu.html", "住宿与交通"), ("zanzhu.html", "赞助与展位"), ("zhaopin.html", "诊所招聘"), ("xinwen.html", "新闻")]
s = mk(SLUG, "第九届瓦城中医药交流会", "zh-Hans-MM", "#2f5d2a", "中医", NAV,
       foot={"zh-Hans-MM": "<p>瓦城中医药研究会 · 缅甸曼德勒 · tcm@wacheng-tcm.example.mm</p>"})
placeholder_media(s, "media/huigu.mp4")
vtt(s, "media/huigu-zh.vtt", "第八届瓦城中医药交流会回顾")
s.write("img/yzm.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><text x="8" y="22" '
        'font-size="18" font-family="monospace">7KQ4</text></svg>\n')

s.page("index.html", "第九届瓦城中医药交流会", """
<h1>第九届瓦城中医药交流会</h1>
<p>第九届瓦城中医药交流会将于2027年1月22日至24日在曼德勒云华会馆举行，邀请缅甸各地的中医师、针灸师、药材商
和中医学生交流临床经验，并设针灸实操与中药鉴别工作坊。</p>
<p>请先阅读<a href="@baoming.html">报名与费用</a>，再填写<a href="@biaodan.html">在线报名表</a>。</p>
<h2>上届回顾</h2>
""" + video("media/huigu.mp4", track="media/huigu-zh.vtt", track_lang="zh", label="中文字幕") + """
<section lang="my">
<h2>မြန်မာဘာသာဖြင့်</h2>
<p>မန္တလေး တရုတ်တိုင်းရင်းဆေး ဖလှယ်ပွဲကို ၂၀၂၇ ခုနှစ် ဇန်နဝါရီလ ၂၂ ရက်မှ ၂၄ ရက်အထိ မန္တလေးမြို့တွင် ကျင်းပမည်။
မှတ်ပုံတင်ကြေး ကျပ် ၅၀,၀၀၀ ဖြစ်ပြီး ကျောင်းသားများအတွက် ကျပ် ၂၀,၀၀၀ ဖြစ်သည်။ အသင်းဝင်များ အခမဲ့ တက်ရောက်နိုင်သည်။
အစည်းအဝေးတွင် တရုတ်-မြန်မာ စကားပြန် ရှိပါမည်။</p>
</section>
""")

s.page("baoming.html", "报名与费用", """
<h1>报名与费用</h1>
<ul>
<li>报名费：每人缅币 50,000 元（Ks 50,000），含三天午餐与资料。</li>
<li>中医院校学生：Ks 20,000。</li>
<li>外国学员：US$60。</li>
<li>线上参加（Zoom）：Ks 15,000。</li>
</ul>
<p>本会会员免费参加，但仍须填写报名表。</p>
<p>部分讲座在 Zoom 同步进行，线上学员可通过聊天框和语音向讲者提问。</p>
<p>参加者须年满十八周岁。</p>
""")

form = "".join([
    fld("name", "姓名（必须填写）"),
    fld("phone", "手机或 Viber 号码（必须填写）", "tel"),
    fld("email", "电子邮件", "email"),
    fld("nrc", "国民登记证（NRC）号码（必须填写）"),
    fld("clinic", "诊所或医院名称"),
    fld("member", "会员身份（必须填写）", "select", opts=["本会会员", "非会员", "中医院校学生", "外国学员"]),
    fld("s1", "针灸实操工作坊", "checkbox"),
    fld("s2", "中药鉴别工作坊", "checkbox"),
    fld("s3", "线上参加（Zoom）", "checkbox"),
])
s.page("biaodan.html", "在线报名表", f"""
<h1>在线报名表</h1>
<form action="@biaodan.html" method="post">
<input type="hidden" name="lang" value="zh">
{form}
<p><img src="@img/yzm.svg" alt="验证码" class="captcha-img" width="90" height="30"></p>
<label for="yzm">请输入图中的验证码（必须填写）</label><input type="text" id="yzm" name="yzm">
<button type="submit">提交</button>
</form>
""")

s.page("changdi.html", "场地与无障碍", """
<h1>场地与无障碍</h1>
<p>会场位于云华会馆二楼，没有电梯。</p>
<p>行动不便的学员请提前电邮 access@wacheng-tcm.example.mm，我们将安排在一楼分会场收看并参与讨论。</p>
<p>现场提供中缅双语传译。</p>
""")

s.page("zhusu.html", "住宿与交通", """
<h1>住宿与交通</h1>
<p>合作酒店每晚 Ks 60,000 起。仰光—曼德勒长途巴士单程约 Ks 25,000。</p>
""")

s.page("zanzhu.html", "赞助与展位", """
<h1>赞助与展位</h1>
<p>药材展位每个 Ks 300,000；大会主赞助 US$1,500。</p>
""")

s.page("zhaopin.html", "诊所招聘", """
<h1>诊所招聘</h1>
<p>曼德勒某中医诊所招聘针灸师一名，月薪 Ks 800,000，包住宿。</p>
""")

s.page("xinwen.html", "新闻", """
<h1>新闻</h1>
<p>中医义诊基金欢迎捐款，每份 Ks 10,000 起，用于偏远地区义诊。</p>
""")

ENTRY = entry(
    s, name="9th Mandalay Traditional Chinese Medicine Exchange Meeting (TCM research society, Mandalay)",
    languages=["zh", "my"],
    fees=[(50000, "MMK"), (20000, "MMK"), (60, "USD"), (15000, "MMK")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["image"],
    account_required=False, registration_form=(10, 5, ["phone", "id_document", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["interpretation"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "baoming.html", "biaodan.html", "changdi.html"],
    evidence={
        "languages": [Q("index.html", "邀请缅甸各地的中医师、针灸师、药材商"),
                      Q("index.html", "မန္တလေး တရုတ်တိုင်းရင်းဆေး ဖလှယ်ပွဲကို", "Burmese section with lang")],
        "un_languages": [N("zh")],
        "fees": [Q("baoming.html", "报名费：每人缅币 50,000 元（Ks 50,000）", "50000 MMK"),
                 Q("baoming.html", "中医院校学生：Ks 20,000。", "20000 MMK"),
                 Q("baoming.html", "外国学员：US$60。", "60 USD"),
                 Q("baoming.html", "线上参加（Zoom）：Ks 15,000。", "15000 MMK"),
                 Q("index.html", "မှတ်ပုံတင်ကြေး ကျပ် ၅၀,၀၀၀", "Burmese restatement in Burmese digits: no new entries"),
                 Q("zhusu.html", "合作酒店每晚 Ks 60,000 起。", "hotel and bus: not fees"),
                 Q("zanzhu.html", "药材展位每个 Ks 300,000", "stands, sponsorship: not fees"),
                 Q("zhaopin.html", "月薪 Ks 800,000", "salary: not a fee"),
                 Q("xinwen.html", "每份 Ks 10,000 起", "donation: not a fee")],
        "free_option": [Q("baoming.html", "本会会员免费参加", "free for members (one group)")],
        "fee_support": [Q("baoming.html", "中医院校学生：Ks 20,000。", "student rate"),
                        Q("baoming.html", "本会会员免费参加", "free for one group")],
        "remote_participation": [Q("baoming.html", "线上学员可通过聊天框和语音向讲者提问", "Zoom with questions")],
        "captcha": [M("biaodan.html", 'alt="验证码" class="captcha-img"', "self-hosted SVG code: image")],
        "account_required": [N("own form, no password, no platform", "biaodan.html")],
        "registration_form": [N("biaodan.html: 10 fields: name, phone/Viber, e-mail, NRC number, clinic, membership select, "
                                "three session checkboxes, image-code text box; hidden input not counted. Required "
                                "(（必须填写）): name, phone, NRC, membership, code = 5. Sensitive: phone, id_document (NRC), "
                                "affiliation (clinic or hospital).")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("baoming.html", "参加者须年满十八周岁。", "18")],
        "accessibility_statement": [Q("changdi.html", "行动不便的学员请提前电邮 access@wacheng-tcm.example.mm",
                                      "contact for access needs, although there is no lift")],
        "access_services": [Q("changdi.html", "会场位于云华会馆二楼，没有电梯。", "negation: no wheelchair_access"),
                            Q("changdi.html", "现场提供中缅双语传译。", "interpretation")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/huigu-zh.vtt"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
