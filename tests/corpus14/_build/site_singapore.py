"""Singapore: a residents' network's town-hall dialogue on a neighbourhood renewal plan (zh-Hans-SG; en and ms sections)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "首页"), ("canjia.html", "如何参与"), ("jihua.html", "更新计划草案"), ("wenda.html", "常见问题"),
       ("wuzhangai.html", "无障碍与语言"), ("jiaotong.html", "交通"), ("huigu.html", "往届回顾")]
FOOT = ('<p>大巴窑东居民网络 · 大巴窑东民众俱乐部，Lorong 8 Toa Payoh 第 93 座（虚构地址）· '
        '<a href="mailto:duihua@tpe-residents.example.sg">duihua@tpe-residents.example.sg</a></p>')
s = mk("linli-duihuahui-toa-payoh-east", "大巴窑东邻里对话会 2027", "zh-Hans-SG", "#c0392b", "对话", NAV,
       foot={"zh-Hans-SG": FOOT})
placeholder_media(s, "media/duihua2025.mp4")

s.page("index.html", "大巴窑东邻里对话会 2027：我们的邻里更新计划", f"""
<h1>大巴窑东邻里对话会 2027</h1>
<p><strong>2027年1月16日（星期六）下午2时至5时 · 大巴窑东民众俱乐部多用途礼堂 · 同步在线进行</strong></p>
<p>邻里更新计划草案已经出炉：新的有盖走道、组屋楼下的休闲空间、小贩中心翻新、更多的乐龄健身角……
哪些该先做？哪些不需要？居民网络邀请各位街坊邻里一起来谈，您的意见将整理成报告，交给市镇理事会和建屋发展局参考。</p>
<p><a class="button" href="canjia.html">如何报名参与</a></p>
<ul>
  <li><a href="jihua.html">阅读更新计划草案摘要</a></li>
  <li><a href="wenda.html">常见问题</a></li>
  <li><a href="wuzhangai.html">无障碍设施、传译与儿童看护</a></li>
</ul>
<h2>2025年对话会片段</h2>
{video("media/duihua2025.mp4")}
<section lang="en">
  <h2>In English</h2>
  <p>The Toa Payoh East Residents' Network invites all residents to a town-hall dialogue on the draft
  Neighbourhood Renewal Plan on Saturday 16 January 2027, 2 pm to 5 pm, at the community club and online.
  Tell us which covered walkways, void-deck spaces and fitness corners matter most to you. Taking part is free;
  sign up through the form on the <a href="canjia.html">How to take part</a> page.</p>
</section>
<section lang="ms">
  <h2>Dalam Bahasa Melayu</h2>
  <p>Rangkaian Penduduk Toa Payoh East menjemput semua penduduk ke dialog kejiranan tentang draf Pelan
  Pembaharuan Kejiranan pada hari Sabtu, 16 Januari 2027, jam 2 hingga 5 petang, di kelab masyarakat dan secara
  dalam talian. Penyertaan adalah percuma dan jurubahasa Bahasa Melayu disediakan di dewan.</p>
</section>
""")

s.page("canjia.html", "如何参与 — 大巴窑东邻里对话会 2027", """
<h1>如何参与</h1>
<h2>谁可以参加</h2>
<p>凡年满十五岁、居住在大巴窑东选区的居民均可报名。参加对话会完全免费。</p>
<h2>报名</h2>
<p>请通过政府表格平台 FormSG 报名，填写前须先以 Singpass 登录，以便我们确认您的居住地址。名额 250 个，额满即止。</p>
<p><a class="button" href="https://form.gov.sg/6720aa11b2c3d4e5f6a7b8c9">前往 FormSG 报名表格</a></p>
<h2>在线参与</h2>
<p>无法亲临现场的居民可通过 Zoom 参与：在讨论环节可以“举手”发言，也可参与现场的即时投票，选出最优先的三个项目。
Zoom 链接将在活动前一天以电邮发送给已报名者。</p>
""")

s.page("wenda.html", "常见问题 — 大巴窑东邻里对话会 2027", """
<h1>常见问题</h1>
<details><summary>参加要付费吗？</summary>
<p>不用。对话会免费参加。每位出席者可在签到处领取一张 S$5 的小贩中心餐券，作为答谢。</p></details>
<details><summary>有交通津贴吗？</summary>
<p>本活动不提供交通津贴。民众俱乐部距离大巴窑地铁站步行约十分钟。</p></details>
<details><summary>可以带孩子来吗？</summary>
<p>可以。12岁以下儿童须由成人陪同；礼堂旁设有儿童游戏角，由志愿者看管。</p></details>
<details><summary>一定要会说华语吗？</summary>
<p>不必。现场有英语、马来语和淡米尔语传译。</p></details>
""")

s.page("wuzhangai.html", "无障碍与语言 — 大巴窑东邻里对话会 2027", """
<h1>无障碍设施与语言</h1>
<ul>
  <li>多用途礼堂位于底层，入口设有斜坡，适合轮椅使用者；现场设有无障碍厕所。</li>
  <li>讨论以华语和英语进行，现场提供华语、英语、马来语及淡米尔语的同声传译（耳机在签到处领取）。</li>
  <li>本次活动没有手语翻译，敬请见谅。</li>
  <li>对话进行期间，礼堂旁的儿童游戏角由受过训练的志愿者看管，适合3至10岁的孩子。</li>
</ul>
<p>如需其他协助，请在报名时注明，或电邮 <a href="mailto:access@tpe-residents.example.sg">access@tpe-residents.example.sg</a>。</p>
""")

s.page("jihua.html", "更新计划草案摘要 — 大巴窑东", """
<h1>邻里更新计划草案摘要</h1>
<p>草案涵盖第 88 至 101 座组屋，总预算约 S$5,600万，由政府承担大部分费用。</p>
<table>
  <caption>主要项目</caption>
  <tr><th>项目</th><th>说明</th></tr>
  <tr><td>有盖走道</td><td>连接巴士站、小贩中心与各座组屋</td></tr>
  <tr><td>楼下休闲空间</td><td>棋盘桌、社区花园</td></tr>
  <tr><td>乐龄健身角</td><td>两处，靠近活动中心</td></tr>
</table>
<p>根据现行计划，翻新完成后部分住户需分担的费用估计为每户 S$1,200 至 S$2,800，视单位大小而定。这也是对话会要讨论的问题之一。</p>
""")

s.page("jiaotong.html", "交通 — 大巴窑东邻里对话会 2027", """
<h1>交通</h1>
<p>地铁：南北线大巴窑站，A 出口步行十分钟。巴士：8、26、142 号。</p>
<p>民众俱乐部露天停车场：每半小时 S$0.60，星期六下午收费至5时。</p>
""")

s.page("huigu.html", "往届回顾 — 大巴窑东邻里对话会", """
<h1>2025年对话会回顾</h1>
<p>2025年的对话会有 212 位居民出席，其中 46 位在线参与。大家最关心的是有盖走道和小贩中心的通风。</p>
<p><a href="baogao-2025.html">下载2025年对话会报告</a></p>
""")

ENTRY = entry(
    s, name="Toa Payoh East Neighbourhood Dialogue 2027 (residents' network town hall, Singapore)",
    languages=["zh", "en", "ms"],
    fees=[], free_option=True, fee_support=False, remote_participation=True,
    captcha=[], account_required=True, registration_form=None, registration_host="form.gov.sg",
    min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation", "childcare"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "canjia.html", "wenda.html", "wuzhangai.html"],
    deliberate_404=["baogao-2025.html"],
    evidence={
        "languages": [Q("index.html", "邻里更新计划草案已经出炉"),
                      Q("index.html", "The Toa Payoh East Residents' Network invites all residents to a town-hall dialogue",
                        "English section (lang=en)"),
                      Q("index.html", "Rangkaian Penduduk Toa Payoh East menjemput semua penduduk",
                        "Malay section (lang=ms)")],
        "un_languages": [N("zh, en")],
        "fees": [Q("canjia.html", "参加对话会完全免费。", "no price of taking part"),
                 Q("wenda.html", "每位出席者可在签到处领取一张 S$5 的小贩中心餐券", "meal voucher given, not a fee"),
                 Q("jihua.html", "每户 S$1,200 至 S$2,800", "household cost share under discussion, not a fee"),
                 Q("jiaotong.html", "每半小时 S$0.60", "parking, not a fee")],
        "free_option": [Q("canjia.html", "参加对话会完全免费。"), Q("wenda.html", "不用。对话会免费参加。")],
        "fee_support": [Q("wenda.html", "本活动不提供交通津贴。", "no support")],
        "remote_participation": [Q("canjia.html", "可以“举手”发言，也可参与现场的即时投票")],
        "captcha": [N("no form on the site (footer has none either); registration on FormSG", "canjia.html")],
        "account_required": [Q("canjia.html", "填写前须先以 Singpass 登录", "Singpass login needed for the form")],
        "registration_form": [N("no own registration form", "canjia.html")],
        "registration_host": [M("canjia.html", 'href="https://form.gov.sg/6720aa11b2c3d4e5f6a7b8c9"')],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("canjia.html", "凡年满十五岁、居住在大巴窑东选区的居民均可报名", "15 in words"),
                    Q("wenda.html", "12岁以下儿童须由成人陪同", "not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "如需其他协助，请在报名时注明")],
        "access_services": [Q("wuzhangai.html", "入口设有斜坡，适合轮椅使用者"),
                            Q("wuzhangai.html", "现场提供华语、英语、马来语及淡米尔语的同声传译"),
                            Q("wuzhangai.html", "本次活动没有手语翻译，敬请见谅。", "no sign language (negation)"),
                            Q("wuzhangai.html", "礼堂旁的儿童游戏角由受过训练的志愿者看管", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/duihua2025.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF on the site; the 2025 report link is broken")],
    })
