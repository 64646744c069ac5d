"""Parents' and teachers' forum of a (fictional) federation of Chinese schools, Bandar Seri Begawan (zh-Hans-BN; Malay section)."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "首页"), ("feiyong.html", "费用"), ("baoming.html", "报名"), ("zhibo.html", "直播"),
       ("wuzhangai.html", "无障碍"), ("richeng.html", "议程"), ("zanzhu.html", "赞助与募捐"), ("zhusu.html", "交通住宿")]
s = mk("huaxiao-jiazhang-jiaoshi-luntan-bandar-seri-begawan", "汶莱华校家长与教师论坛 2027", "zh-Hans-BN", "#c0392b", "论坛",
       NAV, foot={"zh-Hans-BN": '<p>汶莱华校联合会（虚构机构）· 斯里巴加湾市 · <a href="mailto:forum@example.bn">forum@example.bn</a></p>'})
placeholder_media(s, "media/luntan-2026.mp4")
vtt(s, "media/luntan-2026-zh.vtt", "欢迎参加华校家长与教师论坛")
s.write("img/yanzhengma.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" '
        'font-family="monospace" font-size="22" transform="rotate(-4 60 20)">7K3QX</text></svg>\n')

s.page("index.html", "汶莱华校家长与教师论坛 2027", f"""
<h1>汶莱华校家长与教师论坛 2027</h1>
<p>2027年8月14日（星期六）在斯里巴加湾市中华中学礼堂举行。论坛邀请家长、教师与校董一起讨论华文教学、
双语学习与学生心理健康。</p>
<ul>
  <li><a href="@feiyong.html">费用与免费名额</a></li>
  <li><a href="@baoming.html">网上报名</a></li>
  <li><a href="@zhibo.html">网上直播</a></li>
  <li><a href="@wuzhangai.html">无障碍与传译</a></li>
  <li><a href="@2026-huigu.html">2026年论坛回顾</a></li>
</ul>
<section lang="ms">
<h2>Forum Ibu Bapa dan Guru 2027</h2>
<p>Forum ini diadakan pada 14 Ogos 2027 di dewan Sekolah Chung Hwa, Bandar Seri Begawan. Ibu bapa, guru dan ahli
lembaga sekolah akan berbincang tentang pengajaran bahasa Cina, pembelajaran dwibahasa dan kesihatan mental pelajar.</p>
<p>Yuran: BND 20 (umum) dan BND 10 (pelajar institusi pengajian tinggi); guru sekolah ahli adalah percuma.
Terjemahan serentak bahasa Melayu disediakan.</p>
</section>
<h2>2026年论坛精华</h2>
{video("media/luntan-2026.mp4", track="media/luntan-2026-zh.vtt", track_lang="zh", label="中文")}
""")

s.page("feiyong.html", "费用", """
<h1>费用</h1>
<table>
  <tr><th>类别</th><th>报名费</th></tr>
  <tr><td>一般参加者（含午餐及资料）</td><td>每位B$20</td></tr>
  <tr><td>大专学生</td><td>每位B$10</td></tr>
  <tr><td>本会会员学校教师</td><td>免费</td></tr>
</table>
<p>报名费请于论坛当天在报到处缴付。</p>
""")

s.page("baoming.html", "报名", """
<h1>网上报名</h1>
<p>标有【必填】的栏目必须填写。</p>
<form action="@baoming.html" method="post">
  <label for="xm">姓名【必填】</label><input type="text" id="xm" name="xm">
  <label for="sfz">身份证号码【必填】</label><input type="text" id="sfz" name="sfz">
  <label for="sj">手机号码【必填】</label><input type="tel" id="sj" name="sj">
  <label for="yx">电子邮件</label><input type="email" id="yx" name="yx">
  <label for="xx">学校或单位【必填】</label><input type="text" id="xx" name="xx">
  <fieldset><legend>身份【必填】</legend>
    <input type="radio" id="sf1" name="sf" value="parent"><label for="sf1">家长</label>
    <input type="radio" id="sf2" name="sf" value="teacher"><label for="sf2">教师</label>
    <input type="radio" id="sf3" name="sf" value="student"><label for="sf3">大专学生</label>
  </fieldset>
  <label for="nj">孩子就读年级</label><select id="nj" name="nj"><option>幼儿园</option><option>小学</option><option>中学</option></select>
  <fieldset><legend>午餐</legend>
    <input type="radio" id="wc1" name="wc" value="h"><label for="wc1">荤食</label>
    <input type="radio" id="wc2" name="wc" value="s"><label for="wc2">素食</label>
  </fieldset>
  <img src="@img/yanzhengma.svg" alt="验证码图片" width="120" height="40">
  <label for="yzm">请输入图片中的验证码【必填】</label><input type="text" id="yzm" name="yzm">
  <div class="check"><input type="checkbox" id="ty" name="ty"><label for="ty">我同意主办单位使用以上资料处理报名【必填】</label></div>
  <button type="submit">提交报名</button>
</form>
""")

s.page("zhibo.html", "直播", """
<h1>网上直播</h1>
<p>论坛将在YouTube频道直播，仅供观看；提问只限现场参加者。</p>
""")

s.page("wuzhangai.html", "无障碍与传译", """
<h1>无障碍与传译</h1>
<p>中华中学礼堂设有轮椅坡道与无障碍洗手间。</p>
<p>现场提供马来语与华语同声传译。</p>
<p>如有特别需要，请联络秘书处林老师：access@example.bn。</p>
""")

s.page("richeng.html", "议程", """
<h1>议程</h1>
<ul>
  <li>12岁以下儿童的华文阅读习惯</li>
  <li>家长如何协助孩子办理升学注册</li>
  <li>语言政策与双语教育</li>
</ul>
""")

s.page("zanzhu.html", "赞助与募捐", """
<h1>赞助与募捐</h1>
<p>金级赞助：B$5,000；银级赞助：B$2,000。</p>
<p>华校建校基金募捐目标汶币五十万元，欢迎家长随意乐捐。</p>
""")

s.page("zhusu.html", "交通住宿", """
<h1>交通住宿</h1>
<p>外区参加者可入住市区酒店，每晚约B$95。巴士车资B$1，停车免费。</p>
""")

ENTRY = entry(
    s, name="Parents' and Teachers' Forum of Chinese Schools 2027 (fictional federation, Bandar Seri Begawan)",
    languages=["zh", "ms"], fees=[(20, "BND"), (10, "BND")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["image"],
    account_required=False, registration_form=(10, 7, ["id_document", "phone", "affiliation"]),
    min_age=None, accessibility_statement=True, access_services=["interpretation", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "zhibo.html", "wuzhangai.html"],
    deliberate_404=["2026-huigu.html"],
    evidence={
        "languages": [Q("index.html", "论坛邀请家长、教师与校董一起讨论华文教学"),
                      Q("index.html", "Forum ini diadakan pada 14 Ogos 2027 di dewan Sekolah Chung Hwa", "Malay section (lang=ms)")],
        "un_languages": [N("zh")],
        "fees": [Q("feiyong.html", "每位B$20", "20 BND"), Q("feiyong.html", "每位B$10", "students: 10 BND"),
                 Q("index.html", "Yuran: BND 20 (umum) dan BND 10", "restated in Malay: no new entries"),
                 Q("zanzhu.html", "金级赞助：B$5,000", "sponsorship and donation: not fees"),
                 Q("zhusu.html", "每晚约B$95", "hotel, bus: not fees")],
        "free_option": [Q("feiyong.html", "本会会员学校教师", "free for member-school teachers (one group)")],
        "fee_support": [Q("feiyong.html", "大专学生", "student rate B$10 below B$20; also the waiver for member-school teachers")],
        "remote_participation": [Q("zhibo.html", "论坛将在YouTube频道直播，仅供观看；提问只限现场参加者。")],
        "captcha": [M("baoming.html", '<img src="img/yanzhengma.svg" alt="验证码图片"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields: 姓名, 身份证号码, 手机, e-mail, school/unit, 身份 radio (=1), grade select, lunch "
                                "radio (=1), captcha text box, consent checkbox. Required (【必填】): name, IC, phone, school, "
                                "身份, captcha, consent = 7. Sensitive: id_document, phone, affiliation.", "baoming.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit"), Q("richeng.html", "12岁以下儿童的华文阅读习惯", "talk title, not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "如有特别需要，请联络秘书处林老师")],
        "access_services": [Q("wuzhangai.html", "中华中学礼堂设有轮椅坡道与无障碍洗手间。"),
                            Q("wuzhangai.html", "现场提供马来语与华语同声传译。")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/luntan-2026-zh.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
