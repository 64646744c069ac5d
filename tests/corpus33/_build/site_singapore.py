from lib import *

NAV = [("index.html", "首页"), ("shoufei.html", "收费"), ("baoming.html", "报名"), ("changjian.html", "常见问题"),
       ("wuzhangai.html", "无障碍"), ("zanzhu.html", "赞助"), ("zhusu.html", "住宿交通"), ("zhaopin.html", "招聘")]
FOOT = {"zh-Hans-SG": '<p>新加坡小贩文化传承协会 · 芽笼东2道 · apprentice@hawker-heritage.example.sg</p>'
        '<p><a href="@2025-huigu.html">2025年回顾</a></p>'}
s = mk("xiaofan-chuancheng-xuetu-peixunying", "小贩传承学徒培训营 2027", "zh-Hans-SG", "#b3361e", "小贩", NAV, foot=FOOT)

s.page("index.html", "小贩传承学徒培训营", f"""
<h1>小贩传承学徒培训营 2027</h1>
<p>为期十天的培训营由资深摊主带领年轻学徒，学习炒粿条、叻沙汤底和手工糕点的传统做法，同时了解食品安全、成本计算与摊位经营。</p>
<p>培训营于2027年6月7日至16日在芽笼东社区厨房举行。请先阅读<a href="@shoufei.html">收费</a>，再前往<a href="@baoming.html">报名</a>。</p>
{video("media/laksa-demo.mp4", track="media/laksa-demo.vtt", track_lang="zh", label="中文字幕")}
<section lang="ta">
<h2>தமிழில்</h2>
<p>இந்த பத்து நாள் பயிற்சி முகாமில் அனுபவமிக்க உணவங்காடி கடைக்காரர்கள் இளம் பயிற்சியாளர்களுக்கு பாரம்பரிய சமையல் முறைகளைக்
கற்றுத் தருகிறார்கள். பொதுக் கட்டணம் S$280, மாணவர்களுக்கு S$120. பதிவு Luma தளத்தில் மட்டுமே நடைபெறும்.</p>
</section>
""")

s.page("shoufei.html", "收费", """
<h1>收费标准</h1>
<table><caption>2027年培训营费用（新元）</caption>
<tr><th>类别</th><th>费用</th></tr>
<tr><td>一般学员（十天全程）</td><td>S$280</td></tr>
<tr><td>全日制学生（凭学生证）</td><td>S$120</td></tr>
<tr><td>线上理论模块（Zoom直播，可提问）</td><td>S$90</td></tr>
<tr><td>本会属下小贩中心的现任摊主</td><td>免费</td></tr>
</table>
<p>青少年体验组：年满十四岁即可参加，费用与学生相同。</p>
""")

s.page("baoming.html", "报名", """
<h1>报名方式</h1>
<p>报名须在 Luma 平台完成，需先以 Luma 账户登录：<a href="https://lu.ma/hawker-apprentice-2027">前往报名页面</a>。本会网站不设报名表。</p>
<h2>向我们提问</h2>
<form action="@baoming.html" method="post">
<label for="q-name">姓名</label><input type="text" id="q-name" name="q-name">
<label for="q-mail">电邮</label><input type="email" id="q-mail" name="q-mail">
<label for="q-text">问题</label><textarea id="q-text" name="q-text"></textarea>
<div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
<button type="submit">发送</button>
</form>
""")

s.page("changjian.html", "常见问题", """
<h1>常见问题</h1>
<details open><summary>人不在新加坡，可以参加吗？</summary>
<p>可以报名线上理论模块：导师通过Zoom直播授课，学员可随时举手或在聊天栏提问，导师当场回答。实操课只在现场进行。</p></details>
<details><summary>需要自备厨具吗？</summary><p>不需要，社区厨房提供全部厨具。</p></details>
""")

s.page("wuzhangai.html", "无障碍", """
<h1>无障碍安排</h1>
<p>培训中心设有电梯，轮椅可直达三楼厨房教室，厨台也有一张降低高度的工作台。</p>
<p>理论课设有实时字幕。如需新加坡手语（SgSL）翻译，请在开营两周前告知我们。</p>
""")

s.page("zanzhu.html", "赞助", """
<h1>赞助与合作</h1>
<p>金级赞助：S$8,000。小贩中心摊位月租参考：约S$1,500（与培训营无关）。</p>
""")

s.page("zhusu.html", "住宿交通", """
<h1>住宿交通</h1>
<p>附近酒店每晚约S$160；地铁阿裕尼站步行五分钟，车资约S$1.20。</p>
""")

s.page("zhaopin.html", "招聘", """
<h1>招聘</h1>
<p>本会招聘项目助理一名，月薪S$3,200。</p>
""")

placeholder_media(s, "media/laksa-demo.mp4")
vtt(s, "media/laksa-demo.vtt", "叻沙汤底要先炒香料。")

P = "shoufei.html"
ENTRY = entry(
    s, name="Hawker heritage apprentices' training camp 2027 (hawker culture association, Singapore)",
    languages=["zh", "ta"], fees=[(280, "SGD"), (120, "SGD"), (90, "SGD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=True,
    registration_form=None, registration_host="lu.ma", min_age=14, accessibility_statement=True,
    access_services=["wheelchair_access", "captions", "sign_language"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "shoufei.html", "baoming.html", "changjian.html", "wuzhangai.html"],
    deliberate_404=["2025-huigu.html"],
    evidence={
        "languages": [Q("index.html", "为期十天的培训营由资深摊主带领年轻学徒"), M("index.html", '<section lang="ta">'),
                      Q("index.html", "இந்த பத்து நாள் பயிற்சி முகாமில்")],
        "un_languages": [N("zh")],
        "fees": [Q(P, "S$280"), Q(P, "S$120"), Q(P, "线上理论模块（Zoom直播，可提问）", "paid online module S$90 with questions"),
                 Q("index.html", "பொதுக் கட்டணம் S$280, மாணவர்களுக்கு S$120", "Tamil restatement: no new entry"),
                 Q("zanzhu.html", "金级赞助：S$8,000", "sponsor and stall rent: not fees"),
                 Q("zhusu.html", "附近酒店每晚约S$160", "hotel, MRT: not fees"), Q("zhaopin.html", "月薪S$3,200", "salary")],
        "free_option": [Q(P, "本会属下小贩中心的现任摊主", "row '免费': free for one group")],
        "fee_support": [Q(P, "全日制学生（凭学生证）", "student rate below general")],
        "remote_participation": [Q("changjian.html", "学员可随时举手或在聊天栏提问，导师当场回答")],
        "captcha": [M("baoming.html", '<div class="frc-captcha"', "on the question form")],
        "account_required": [Q("baoming.html", "报名须在 Luma 平台完成，需先以 Luma 账户登录")],
        "registration_form": [Q("baoming.html", "本会网站不设报名表。", "only a 3-field question form")],
        "registration_host": [M("baoming.html", 'href="https://lu.ma/hawker-apprentice-2027"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [Q(P, "青少年体验组：年满十四岁即可参加")],
        "accessibility_statement": [Q("wuzhangai.html", "培训中心设有电梯，轮椅可直达三楼厨房教室")],
        "access_services": [Q("wuzhangai.html", "轮椅可直达三楼厨房教室", "wheelchair_access"),
                            Q("wuzhangai.html", "理论课设有实时字幕。", "captions"),
                            Q("wuzhangai.html", "如需新加坡手语（SgSL）翻译，请在开营两周前告知我们。", "sign_language")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
