"""2026 数字丝路合作论坛, 杭州 (modelled on World Internet Conference / WAIC / China IGF-style sites)."""
from lib import Site, css, nav, video, placeholder_media

NAV_ZH = [("index.html", "首页"), ("yicheng.html", "大会议程"), ("baoming.html", "参会报名"), ("zizhu.html", "青年资助计划"),
          ("xianshang.html", "线上参会"), ("jiudian.html", "酒店与交通"), ("hezuo.html", "合作伙伴招募"),
          ("zhaopin.html", "人才招聘"), ("faq.html", "常见问题")]
NAV_EN = [("en/index.html", "Home"), ("baoming.html", "Registration (Chinese)"), ("faq.html", "FAQ (Chinese)")]


def header(path, lang):
    en = lang == "en"
    items = NAV_EN if en else NAV_ZH
    return f"""<div class="header-wrap">
<header class="top">
  <div class="bar">
    <a class="brand" href="@index.html"><img src="@img/logo.svg" alt="" width="44" height="44"> 2026 数字丝路合作论坛</a>
    <div class="langs"><a href="@index.html" lang="zh-CN" hreflang="zh-CN">中文</a> <a href="@en/index.html" lang="en" hreflang="en">EN</a>
      <a href="@denglu.html">登录</a> | <a href="@zhuce.html">注册</a></div>
  </div>
  {nav(items, path, label='Main' if en else '主导航')}
</header>
</div>
<main class="main-content">"""


def footer(path, lang):
    return """</main>
<footer class="foot"><div>
  <p>主办单位：数字丝路合作论坛组委会 · 地址：浙江省杭州市萧山区奔竞大道 353 号 · 电话：0571-8888 2026 · 邮箱：forum@dsrf.example.cn</p>
  <p>浙ICP备2026000000号-1 · <a href="@faq.html">常见问题</a></p>
</div></footer>"""


s = Site("digital-silk-road-forum", name="2026 数字丝路合作论坛", lang="zh-CN", css=css("#c62828"),
         logo_text="丝路", colour="#c62828", header=header, footer=footer)
ALT = [("zh-CN", "index.html"), ("en", "en/index.html")]
placeholder_media(s, "media/2025-huigu.mp4")
s.write("img/captcha.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="36"><rect width="100" height="36" fill="#eee"/><text x="10" y="25" font-size="20" font-family="monospace" fill="#333" transform="rotate(-4 50 18)">7kQ2</text></svg>\n')

s.page("index.html", "2026 数字丝路合作论坛 · 杭州 · 6月11日—13日", f"""
<div class="banner">
  <h1>2026 数字丝路合作论坛</h1>
  <p><strong>2026年6月11日—13日 · 杭州国际博览中心 · 线上线下同步</strong></p>
</div>
<p>数字丝路合作论坛由组委会联合多家高校和行业协会共同举办，今年为第十二届。论坛围绕数字基础设施、跨境数据流动、人工智能治理和数字技能等议题，邀请来自五十多个国家和地区的三千余名嘉宾参会。</p>
<h2>参会指南</h2>
<ul>
  <li><a href="@baoming.html">参会报名</a>：早鸟价截至5月15日。</li>
  <li><a href="@zizhu.html">青年资助计划</a>：面向发展中国家青年代表的差旅资助。</li>
  <li><a href="@xianshang.html">线上参会</a>：实时提问、参与分组讨论。</li>
  <li>更多问题请查看<a href="@faq.html">常见问题</a>。</li>
</ul>
<h2>2025年论坛回顾</h2>
{video("media/2025-huigu.mp4")}
""", alternates=ALT)

s.page("baoming.html", "参会报名 · 2026 数字丝路合作论坛", """
<h1>参会报名</h1>
<p>参会报名须先注册平台账号：请使用手机号<a href="@zhuce.html">注册</a>并<a href="@denglu.html">登录</a>后，在"个人中心"填写报名信息并缴费。</p>
<h2>参会费用</h2>
<table>
  <thead><tr><th scope="col">类别</th><th scope="col">费用</th><th scope="col">说明</th></tr></thead>
  <tbody>
    <tr><td>早鸟价（5月15日前缴费）</td><td>¥2,200 /人</td><td>含全部会议、资料及午餐</td></tr>
    <tr><td>标准价</td><td>人民币 2,800 元/人</td><td>含全部会议、资料及午餐</td></tr>
    <tr><td>团体价（同一单位5人及以上）</td><td>2400元/人</td><td>需统一缴费</td></tr>
  </tbody>
</table>
<p>缴费方式：微信支付、支付宝或银行对公转账。可开具增值税普通发票或专用发票。</p>
<p>报名截止时间：2026年6月5日。参会人员须年满十六周岁。</p>
""")

s.page("zhuce.html", "注册账号 · 2026 数字丝路合作论坛", """
<h1>注册账号</h1>
<p>带 * 的为必填项。</p>
<form action="@zhuce.html" method="post" class="reg-form">
  <label for="mobile">手机号 *</label>
  <input type="tel" id="mobile" name="mobile" required>
  <label for="imgcode">图形验证码 *</label>
  <input type="text" id="imgcode" name="img_code" required> <img src="@img/captcha.svg" alt="图形验证码，看不清？点击刷新" width="100" height="36">
  <label for="smscode">短信验证码 *</label>
  <input type="text" id="smscode" name="sms_code" required> <button type="button">获取验证码</button>
  <label for="pwd">设置密码 *</label>
  <input type="password" id="pwd" name="pwd" required>
  <label for="pwd2">确认密码 *</label>
  <input type="password" id="pwd2" name="pwd2" required>
  <label for="xm">姓名 *</label>
  <input type="text" id="xm" name="xm" required>
  <label for="zjlx">证件类型 *</label>
  <select id="zjlx" name="zjlx" required>
    <option>居民身份证</option><option>护照</option><option>港澳居民来往内地通行证</option><option>台湾居民来往大陆通行证</option>
  </select>
  <label for="zjhm">证件号码 *</label>
  <input type="text" id="zjhm" name="zjhm" required>
  <label for="dw">工作单位 *</label>
  <input type="text" id="dw" name="dw" required>
  <label for="yx">电子邮箱 *</label>
  <input type="email" id="yx" name="yx" required>
  <label for="zjz">证件照（选填，用于制作参会证）</label>
  <input type="file" id="zjz" name="zjz" accept="image/*">
  <p class="check"><input type="checkbox" id="xy" name="agree" required>
    <label for="xy">我已阅读并同意《用户协议》和《隐私政策》 *</label></p>
  <button type="submit">注册</button>
</form>
<p>已有账号？<a href="@denglu.html">立即登录</a></p>
""")

s.page("denglu.html", "登录 · 2026 数字丝路合作论坛", """
<h1>登录</h1>
<form action="@denglu.html" method="post" class="login-form">
  <label for="lm">手机号</label>
  <input type="tel" id="lm" name="mobile" required>
  <label for="lp">密码</label>
  <input type="password" id="lp" name="pwd" required>
  <label for="lc">图形验证码</label>
  <input type="text" id="lc" name="img_code" required> <img src="@img/captcha.svg" alt="图形验证码" width="100" height="36">
  <button type="submit">登录</button>
</form>
<p>还没有账号？<a href="@zhuce.html">注册</a></p>
""")

s.page("zizhu.html", "青年资助计划 · 2026 数字丝路合作论坛", """
<h1>青年资助计划</h1>
<p>为促进发展中国家青年参与数字治理对话，组委会设立"丝路青年资助计划"，为入选的青年代表提供差旅资助，包括往返经济舱机票和会期住宿，并免除参会费。每人资助上限为人民币 15,000 元。</p>
<p>申请条件：来自发展中国家、年龄在十八至三十五周岁之间、从事数字领域学习或工作的青年。</p>
<p>申请方式：注册并登录后，在"个人中心—资助申请"提交申请，截止日期为2026年4月20日。</p>
""")

s.page("xianshang.html", "线上参会 · 2026 数字丝路合作论坛", """
<h1>线上参会</h1>
<p>无法亲临杭州的嘉宾可以选择线上参会。登录后在"个人中心"选择"线上参会"即可获得会议平台链接。</p>
<ul>
  <li>观看主论坛和全部分论坛的实时直播；</li>
  <li>通过会议平台向演讲嘉宾实时提问，主持人现场选读；</li>
  <li>参与线上分组讨论并发言，讨论成果纳入论坛成果文件。</li>
</ul>
""")

s.page("faq.html", "常见问题 · 2026 数字丝路合作论坛", """
<h1>常见问题</h1>
<dl>
  <dt>问：学生可以免费参加吗？</dt>
  <dd>答：可以。在校学生凭有效学生证可免费参加6月13日全天的开放论坛，也可免费选择线上参会，均须提前注册报名。</dd>
  <dt>问：线上参会需要缴费吗？</dt>
  <dd>答：学生线上参会免费；其他线上参会者按标准价的一半缴费，即人民币 1,400 元。</dd>
  <dt>问：报名后可以退费吗？</dt>
  <dd>答：5月31日前申请可全额退费，之后不予退费，但可转让给同单位人员。</dd>
  <dt>问：现场是否提供翻译？</dt>
  <dd>答：主论坛提供中英同声传译，分论坛以中文为主。</dd>
  <dt>问：会场有免费无线网络吗？</dt>
  <dd>答：有，会场全覆盖免费 Wi-Fi。</dd>
</dl>
""")

s.page("yicheng.html", "大会议程 · 2026 数字丝路合作论坛", """
<h1>大会议程</h1>
<table>
  <thead><tr><th scope="col">时间</th><th scope="col">活动</th></tr></thead>
  <tbody>
    <tr><td>6月11日 上午</td><td>开幕式暨主论坛</td></tr>
    <tr><td>6月11日 下午</td><td>分论坛：多语言大模型与语言服务</td></tr>
    <tr><td>6月12日 全天</td><td>分论坛：跨境数据流动规则；数字技能与青年就业</td></tr>
    <tr><td>6月13日 全天</td><td>开放论坛（面向高校学生）</td></tr>
  </tbody>
</table>
""")

s.page("jiudian.html", "酒店与交通 · 2026 数字丝路合作论坛", """
<h1>酒店与交通</h1>
<h2>协议酒店</h2>
<ul>
  <li>杭州国际博览中心北辰大酒店：协议价 680 元/间·晚起（含早）</li>
  <li>萧山宾馆：协议价 460 元/间·晚</li>
</ul>
<h2>交通</h2>
<p>萧山国际机场至会场：机场大巴单程 30 元；出租车约 120 元，车程约 40 分钟。地铁 6 号线博览中心站下车，票价 2—7 元。</p>
""")

s.page("hezuo.html", "合作伙伴招募 · 2026 数字丝路合作论坛", """
<h1>合作伙伴招募</h1>
<table>
  <thead><tr><th scope="col">合作级别</th><th scope="col">合作金额</th></tr></thead>
  <tbody>
    <tr><td>战略合作伙伴</td><td>100万元</td></tr>
    <tr><td>钻石合作伙伴</td><td>50万元</td></tr>
    <tr><td>分论坛冠名</td><td>20万元</td></tr>
    <tr><td>标准展位（9㎡）</td><td>3.8万元</td></tr>
  </tbody>
</table>
""")

s.page("zhaopin.html", "人才招聘 · 2026 数字丝路合作论坛", """
<h1>人才招聘</h1>
<ul>
  <li>高级算法工程师（杭州）：月薪 30k—50k · 15薪</li>
  <li>数据合规专员（上海）：年薪 25—40 万元</li>
  <li>国际会议项目助理（杭州）：月薪 8,000—12,000 元</li>
</ul>
""")

s.page("en/index.html", "Digital Silk Road Cooperation Forum 2026 · Hangzhou · 11–13 June", """
<h1>Digital Silk Road Cooperation Forum 2026</h1>
<p><strong>11–13 June 2026 · Hangzhou International Expo Center · in person and online</strong></p>
<p>Now in its twelfth year, the Forum brings together more than 3,000 guests from over 50 countries and regions to
  discuss digital infrastructure, cross-border data flows, AI governance and digital skills.</p>
<h2>Registration</h2>
<p>Create an account with your mobile number, log in, and complete your registration in the personal centre
  (pages in Chinese). The registration fee is RMB 2,800 per person (CNY 2,200 if paid by 15 May; RMB 2,400 per person
  for groups of five or more from the same organisation).</p>
<p>Young people aged 18 to 35 from developing countries can apply to the Silk Road Youth Grant, which covers
  flights, accommodation and the registration fee. Online participants can put questions to speakers and join
  breakout discussions.</p>
<p>The main forum offers Chinese–English simultaneous interpretation.</p>
""", lang="en", alternates=ALT)
