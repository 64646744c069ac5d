from lib import mk, Q, M, N, entry

SLUG = "nanya-dongnanya-qingnian-chuangxinying-kunming"
NAV = [("index.html", "首页"), ("richeng.html", "日程"), ("baoming.html", "报名"), ("yingfei.html", "营费与资助"),
       ("wuzhangai.html", "无障碍"), ("zanzhu.html", "合作伙伴"), ("jiaotong.html", "交通住宿"), ("en.html", "English")]
s = mk(SLUG, "南亚东南亚青年创新营 2027", "zh-CN", "#d62828", "青创", NAV,
       foot={"zh-CN": "<p>青年创新交流中心（虚构） · camp@youth-innov.example.cn</p>"})
s.write("img/yzm.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="36"><text x="8" y="26" font-size="20">8W2M</text></svg>\n')
s.pdf("docs/richeng-2027.pdf", "Camp schedule 2027")

s.page("index.html", "南亚东南亚青年创新营 2027", """
<h1>南亚东南亚青年创新营 2027</h1>
<p>昆明，2027年7月12日至18日。创新营邀请中国、老挝、越南、泰国、缅甸、孟加拉国等国家的青年，围绕跨境电商、数字农业和绿色能源组队开展创新项目。</p>
<section lang="lo">
<h2>ຍິນດີຕ້ອນຮັບ</h2>
<p>ຄ່າຍນີ້ເຊີນຊວນໄວໜຸ່ມຈາກຈີນ, ລາວ, ຫວຽດນາມ, ໄທ ແລະ ມຽນມາ ມາຮ່ວມກັນສ້າງໂຄງການນະວັດຕະກໍາ ກ່ຽວກັບການຄ້າອອນລາຍ, ກະສິກໍາດີຈີຕອນ ແລະ ພະລັງງານສີຂຽວ.</p>
</section>
<p>营员年龄须在16至25岁之间。本营不设线上参与，开幕式仅在视频号直播供观看。</p>
<p><a href="@baoming.html">立即报名</a> · <a href="@yingfei.html">营费与资助</a></p>
""")

s.page("richeng.html", "日程", """
<h1>日程</h1>
<p>详细日程仅提供PDF版本：<a href="@docs/richeng-2027.pdf">下载日程（PDF）</a>。</p>
""")

s.page("baoming.html", "报名", """
<h1>报名</h1>
<p>报名前须先注册账号，已有账号请直接登录。</p>
<h2>注册账号</h2>
<form action="@baoming.html" method="post">
  <label for="yhm">用户名（必填）</label><input type="text" id="yhm" name="yhm">
  <label for="mm">密码（必填）</label><input type="password" id="mm" name="mm">
  <label for="qrmm">确认密码（必填）</label><input type="password" id="qrmm" name="qrmm">
  <label for="xm">姓名（必填）</label><input type="text" id="xm" name="xm">
  <label for="zj">身份证或护照号码（必填）</label><input type="text" id="zj" name="zj">
  <label for="cs">出生日期</label><input type="date" id="cs" name="cs">
  <label for="xx">学校或单位</label><input type="text" id="xx" name="xx">
  <label for="sj">手机号码（必填）</label><input type="tel" id="sj" name="sj">
  <fieldset><legend>性别</legend>
    <input type="radio" id="xb1" name="xb" value="f"><label for="xb1">女</label>
    <input type="radio" id="xb2" name="xb" value="m"><label for="xb2">男</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="xy" name="xy" required><label for="xy">我已阅读并同意《营员守则》</label></div>
  <p><img src="@img/yzm.svg" alt="图形验证码" width="100" height="36"></p>
  <label for="yzm">图形验证码（必填）</label><input type="text" id="yzm" name="yzm">
  <button type="submit">注册</button>
</form>
<h2>登录</h2>
<form action="@baoming.html" method="post">
  <label for="dl-yhm">用户名</label><input type="text" id="dl-yhm" name="dl-yhm">
  <label for="dl-mm">密码</label><input type="password" id="dl-mm" name="dl-mm">
  <button type="submit">登录</button>
</form>
""")

s.page("yingfei.html", "营费与资助", """
<h1>营费与资助</h1>
<table><tr><th>类别</th><th>营费</th></tr>
<tr><td>国内营员（含食宿）</td><td>人民币 1,800 元</td></tr>
<tr><td>国内营员（不含食宿）</td><td>¥800</td></tr>
<tr><td>国际营员（含食宿）</td><td>USD 260</td></tr></table>
<p>家庭经济困难的学生免收营费，并可申请往返交通补贴。</p>
""")

s.page("wuzhangai.html", "无障碍", """
<h1>无障碍</h1>
<p>营地教学楼和宿舍设有无障碍坡道和电梯，可供轮椅使用者通行。</p>
<p>如有其他特殊需要，请发邮件至 access@youth-innov.example.cn。</p>
""")

s.page("zanzhu.html", "合作伙伴", """
<h1>合作伙伴</h1>
<p>冠名合作：人民币 200,000 元；展位：¥6,000。优秀项目奖金 ¥30,000。</p>
<p>招聘：营地项目助理，月薪 6,500 元。</p>
""")

s.page("jiaotong.html", "交通住宿", """
<h1>交通住宿</h1>
<p>地铁单程 2–6 元；机场出租车约 120 元。营外酒店每晚 ¥350 起。老挝营员可乘中老铁路，万象至昆明二等座约 560 元。</p>
""")

s.page("en.html", "South and Southeast Asia Youth Innovation Camp 2027", """
<h1>South and Southeast Asia Youth Innovation Camp 2027</h1>
<p>The camp invites young people from China, Laos, Vietnam, Thailand, Myanmar, Bangladesh and other countries to work in teams on cross-border e-commerce, digital farming and green energy.</p>
<p>Camp fee: CNY 1,800 with meals and lodging, CNY 800 without; international campers USD 260. Students from low-income families pay no fee. Campers must be 16 to 25. Registration requires an account.</p>
""", lang="en")

ENTRY = entry(s, name="南亚东南亚青年创新营 2027 (regional youth innovation camp, Kunming)",
    languages=["zh", "lo", "en"], fees=[(1800, "CNY"), (800, "CNY"), (260, "USD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["image"], account_required=True,
    registration_form=(11, 8, ["id_document", "birth_date", "affiliation", "phone", "gender"]),
    min_age=16, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "baoming.html", "yingfei.html", "wuzhangai.html", "richeng.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "创新营邀请中国、老挝、越南、泰国、缅甸、孟加拉国等国家的青年"),
                      Q("index.html", "ຄ່າຍນີ້ເຊີນຊວນໄວໜຸ່ມຈາກຈີນ", "Lao section (lang=lo)"),
                      Q("en.html", "The camp invites young people from China, Laos, Vietnam")],
        "un_languages": [N("zh, en")],
        "fees": [Q("yingfei.html", "国内营员（含食宿） 人民币 1,800 元", "人民币…元 = CNY"),
                 Q("yingfei.html", "国内营员（不含食宿） ¥800", "¥ on a mainland site = CNY"),
                 Q("yingfei.html", "国际营员（含食宿） USD 260"),
                 Q("en.html", "Camp fee: CNY 1,800 with meals and lodging, CNY 800 without; international campers USD 260.", "same amounts"),
                 Q("zanzhu.html", "冠名合作：人民币 200,000 元；展位：¥6,000。优秀项目奖金 ¥30,000。", "sponsor, booth, prize"),
                 Q("zanzhu.html", "月薪 6,500 元", "salary"),
                 Q("jiaotong.html", "地铁单程 2–6 元；机场出租车约 120 元。营外酒店每晚 ¥350 起。老挝营员可乘中老铁路，万象至昆明二等座约 560 元。", "metro, taxi, hotel, train")],
        "free_option": [Q("yingfei.html", "家庭经济困难的学生免收营费", "free for one group")],
        "fee_support": [Q("yingfei.html", "家庭经济困难的学生免收营费，并可申请往返交通补贴。", "waiver + travel subsidy")],
        "remote_participation": [Q("index.html", "本营不设线上参与，开幕式仅在视频号直播供观看。", "watch-only: false")],
        "captcha": [M("baoming.html", '<img src="img/yzm.svg" alt="图形验证码"', "self-hosted image code")],
        "account_required": [Q("baoming.html", "报名前须先注册账号"), Q("en.html", "Registration requires an account.")],
        "registration_form": [N("account sign-up form (the login form is not counted). 11 fields: 用户名, 密码, 确认密码, 姓名, 身份证或护照号码, 出生日期, 学校或单位, 手机号码, 性别 (radio=1), 守则 checkbox, image-code text box. Required: 用户名, 密码, 确认密码, 姓名, 证件号, 手机, 验证码 by '（必填）' + checkbox (required) = 8. Sensitive: id_document, birth_date, affiliation, phone, gender.", "baoming.html")],
        "registration_host": [N("own site")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("index.html", "营员年龄须在16至25岁之间。", "range: 16")],
        "accessibility_statement": [Q("wuzhangai.html", "如有其他特殊需要，请发邮件至 access@youth-innov.example.cn。")],
        "access_services": [Q("wuzhangai.html", "可供轮椅使用者通行")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("richeng.html", "详细日程仅提供PDF版本")],
    })
