from lib import mk, Q, M, N, entry, video, placeholder_media, vtt, fld, radios

NAV = [("index.html", "首页"), ("canguan.html", "免费参观"), ("canzhan.html", "创客参展申请"), ("gongzuofang.html", "工作坊"),
       ("wuzhangai.html", "无障碍"), ("shangye.html", "商业展位与赞助"), ("jiaotong.html", "交通住宿"), ("xinwen.html", "新闻")]
s = mk("chengdu-chuangke-jie", "成都创客节 2027", "zh-Hans-CN", "#1f5fa8", "创客", NAV,
       foot={"zh-Hans-CN": "<p>成都开源硬件协会 · 成都市武侯区 · makerfaire@kaiyuan.example.cn</p>"})
placeholder_media(s, "media/xuanchuan.mp4")
placeholder_media(s, "media/hanjie.mp4")
vtt(s, "media/hanjie-zh.vtt", "先把烙铁预热到三百度")
s.pdf("docs/changguan-ditu.pdf", "Chengdu Maker Faire 2027 - venue map\nHall 1: makers  Hall 2: workshops")
s.write("img/yanzhengma.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><text x="8" y="22" font-size="18">K7Q4</text></svg>\n')

s.page("index.html", "成都创客节 2027", f"""
<h1>成都创客节 2027</h1>
<p>9月18日至19日，东郊记忆园区。两百多个个人创客、学生团队和社区实验室展示自己做的机器人、乐器、农业传感器和修好的旧家电。参观免费，需在活动行上预约；焊接、无人机等工作坊单独收费。</p>
<p><a href="@canguan.html">预约免费参观</a> · <a href="@canzhan.html">创客参展申请</a> · <a href="@gongzuofang.html">工作坊</a> · <a href="@docs/changguan-ditu.pdf">场馆地图（PDF）</a></p>
<h2>去年的创客节</h2>
{video("media/xuanchuan.mp4")}
<h2>焊接工作坊花絮</h2>
{video("media/hanjie.mp4", track="media/hanjie-zh.vtt", track_lang="zh", label="中文字幕")}
<section lang="en">
<h2>In English</h2>
<p>Chengdu Maker Faire brings more than two hundred independent makers, student teams and community labs to the Eastern Suburb Memory park on 18–19 September. Entry for visitors is free with a booking on Huodongxing; the soldering and drone workshops have their own fees. Makers can apply for a free exhibition table.</p>
</section>
""")

s.page("canguan.html", "免费参观", """
<h1>免费参观预约</h1>
<p>参观创客节免费，但需提前预约：请在<a href="https://www.huodongxing.com/event/chengdu-maker-faire-2027">活动行</a>上领取免费门票。领取门票需使用微信登录活动行账号。</p>
<p>12岁以下儿童须由家长陪同入场。</p>
""")

form = "\n".join([
    fld("m-team", "团队或个人创客名称 *", req=True),
    fld("m-name", "联系人姓名 *", req=True),
    fld("m-phone", "手机号 *", "tel", req=True),
    fld("m-idno", "身份证号码 *", req=True),
    fld("m-mail", "电子邮件 *", "email", req=True),
    fld("m-cat", "作品类别", "select", opts=["机器人", "电子乐器", "农业与环境", "修复与再造", "其他"]),
    fld("m-desc", "作品简介 *", "textarea", req=True),
    fld("m-file", "作品说明文件（PDF）", "file"),
    fld("m-power", "需要220V电源", "checkbox"),
])
s.page("canzhan.html", "创客参展申请", f"""
<h1>创客参展申请</h1>
<p>创客展位对个人创客、学生团队和社区实验室免费，每个团队一张桌子。商业公司请看<a href="@shangye.html">商业展位</a>。带 * 的为必填项。</p>
<form action="@canzhan.html" method="post">
<input type="hidden" name="year" value="2027">
{form}
<label for="m-code">图形验证码 *</label>
<img src="@img/yanzhengma.svg" alt="图形验证码" width="90" height="30"> <input type="text" id="m-code" name="m-code" required>
<button type="submit">提交申请</button>
</form>
""")

s.page("gongzuofang.html", "工作坊", """
<h1>工作坊</h1>
<div class="cards">
<div class="card"><h2>焊接入门工作坊</h2><span class="price">¥68</span><p>两小时，做一个会闪的小徽章。适合十岁及以上，材料费已含。</p></div>
<div class="card"><h2>无人机组装工作坊</h2><span class="price">人民币120元</span><p>半天，组装并试飞一架小型四轴飞行器。</p></div>
</div>
<p>工作坊不设学生优惠；参加者交通、住宿自理。</p>
<p>本届创客节仅线下举办，不设线上展区或线上工作坊。</p>
<p>工作坊名额在活动行上与免费门票一同领取。</p>
""")

s.page("wuzhangai.html", "无障碍", """
<h1>无障碍信息</h1>
<p>展馆一层全部无障碍通行，设无障碍卫生间，服务台可免费借用轮椅。</p>
<p>本届活动不提供手语翻译。</p>
<p>如需协助，请联系 wuzhangai@kaiyuan.example.cn。</p>
""")

s.page("shangye.html", "商业展位与赞助", """
<h1>商业展位与赞助</h1>
<p>企业商业展位每个 3,000元（两天）。冠名赞助 200,000元。市集区出售开发板套件，每套 ¥99。</p>
""")

s.page("jiaotong.html", "交通住宿", """
<h1>交通与住宿</h1>
<p>地铁2号线东郊记忆站下车，票价2—6元。园区附近的青年旅舍每晚 358元起。</p>
""")

s.page("xinwen.html", "新闻", """
<h1>新闻</h1>
<ul><li>8月1日：创客参展申请开放</li><li>7月15日：工作坊导师名单公布</li></ul>
<p><a href="@2026-huigu.html">2026年创客节回顾</a></p>
""")

ENTRY = entry(s,
    name="Chengdu Maker Faire 2027 (open-hardware association, Chengdu)",
    languages=["zh", "en"],
    fees=[(68, "CNY"), (120, "CNY")],
    free_option=True, fee_support=False, remote_participation=False, captcha=["image"],
    account_required=True, registration_form=(10, 7, ["affiliation", "id_document", "phone"]),
    registration_host="www.huodongxing.com", min_age=10, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "canguan.html", "canzhan.html", "gongzuofang.html", "wuzhangai.html"],
    deliberate_404=["2026-huigu.html"],
    evidence={
        "languages": [Q("index.html", "两百多个个人创客、学生团队和社区实验室展示自己做的机器人"),
                      Q("index.html", "Chengdu Maker Faire brings more than two hundred independent makers, student teams and community labs"),
                      M("index.html", '<section lang="en">')],
        "un_languages": [N("zh, en")],
        "fees": [Q("gongzuofang.html", "焊接入门工作坊 ¥68", "68 CNY"),
                 Q("gongzuofang.html", "无人机组装工作坊 人民币120元", "120 CNY"),
                 Q("shangye.html", "企业商业展位每个 3,000元（两天）。冠名赞助 200,000元。市集区出售开发板套件，每套 ¥99。",
                   "commercial stands, sponsorship and kits sold at the market: not fees"),
                 Q("jiaotong.html", "票价2—6元", "metro and hostel: not fees")],
        "free_option": [Q("canguan.html", "参观创客节免费，但需提前预约"),
                        Q("canzhan.html", "创客展位对个人创客、学生团队和社区实验室免费")],
        "fee_support": [Q("gongzuofang.html", "工作坊不设学生优惠；参加者交通、住宿自理。", "no reduction, own travel and lodging: false")],
        "remote_participation": [Q("gongzuofang.html", "本届创客节仅线下举办，不设线上展区或线上工作坊。")],
        "captcha": [M("canzhan.html", '<img src="img/yanzhengma.svg" alt="图形验证码"', "self-hosted image code: image")],
        "account_required": [Q("canguan.html", "领取门票需使用微信登录活动行账号。", "Huodongxing with WeChat sign-in: true")],
        "registration_form": [N("canzhan.html: maker's application to exhibit, 10 fields: team or maker name, contact name, phone, ID-card number, e-mail, category select, description textarea, description PDF file, power checkbox, image-code box; hidden input not counted. Required (required attribute or '*'): team, name, phone, ID number, e-mail, description, code = 7. Sensitive: affiliation (team), phone, id_document (身份证号码); the category select and the project file are not sensitive.")],
        "registration_host": [M("canguan.html", 'href="https://www.huodongxing.com/event/chengdu-maker-faire-2027"')],
        "registration_pdf_only": [N("HTML form and platform")],
        "min_age": [Q("gongzuofang.html", "适合十岁及以上", "10"),
                    Q("canguan.html", "12岁以下儿童须由家长陪同入场。", "accompaniment rule: not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "展馆一层全部无障碍通行，设无障碍卫生间，服务台可免费借用轮椅。")],
        "access_services": [Q("wuzhangai.html", "展馆一层全部无障碍通行", "wheelchair_access"),
                            Q("wuzhangai.html", "本届活动不提供手语翻译。", "negation: no sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/xuanchuan.mp4">', "no track"),
                                    M("index.html", 'kind="captions" src="media/hanjie-zh.vtt"', "this one has captions")],
        "pdf_only_documents": [Q("index.html", "场馆地图（PDF）", "a venue map: not a participation document")],
    })
