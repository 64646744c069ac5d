"""Port Louis (Mauritius) Chinese-language teachers' workshop series; zh-Hans-MU, fr section, Kreol greeting."""
from lib import mk, video, placeholder_media, vtt, Q, M, N, entry

NAV = [("index.html", "首页"), ("feiyong.html", "费用"), ("baoming.html", "报名"), ("xianshang.html", "线上参加"),
       ("wuzhangai.html", "无障碍"), ("kecheng.html", "课程安排"), ("zhusu.html", "住宿交通"), ("zanzhu.html", "赞助")]
s = mk("huawen-jiaoshi-yanxiban-luyigang", "毛里求斯华文教师研习班", "zh-Hans-MU", "#b0302a", "华",
       NAV, foot={"zh-Hans-MU": '<p>毛里求斯华文教育促进会 — 路易港唐人街 — <a href="mailto:yanxi@huajiao.example.mu">yanxi@huajiao.example.mu</a></p>'})
placeholder_media(s, "media/yanxi.mp4")
vtt(s, "media/yanxi.zh.vtt", "欢迎参加华文教师研习班")

s.page("index.html", "毛里求斯华文教师研习班 2027", f"""
<h1>2027 年毛里求斯华文教师研习班</h1>
<p>研习班于 2027 年 5 月每个星期六在路易港举行，共四次，面向毛里求斯各周末中文学校和公立学校的华文教师。</p>
<p>Bonzour ek byenvini !</p>
<section lang="fr">
<h2>En français</h2>
<p>L'atelier de formation des enseignants de chinois se tient à Port-Louis les quatre samedis de mai 2027. Il s'adresse aux enseignants des écoles chinoises du week-end et des écoles publiques de Maurice.</p>
<p>Les frais et le formulaire d'inscription figurent sur les pages en chinois ; les enseignants de Rodrigues peuvent suivre les séances en ligne et intervenir dans les discussions.</p>
</section>
{video("media/yanxi.mp4", track="media/yanxi.zh.vtt", track_lang="zh", label="中文字幕")}
<p><a href="@feiyong.html">费用</a> · <a href="@baoming.html">报名</a> · <a href="@xianshang.html">线上参加</a> · <a href="@wuzhangai.html">无障碍</a></p>
""")

s.page("feiyong.html", "费用", """
<h1>研习费用</h1>
<ul>
<li>在职教师：每人 Rs 2 500（毛里求斯卢比），含四次研习、教材和午餐。</li>
<li>师范学院在读学生：每人 Rs 1 200，报名时须上传学生证明。</li>
</ul>
<p>所有学员均须缴费，本研习班不设免费名额。</p>
<p>线上学员费用与现场学员相同。</p>
""")

s.page("baoming.html", "报名", """
<h1>报名表</h1>
<p>标有（必填项）的栏目必须填写。</p>
<form action="@baoming.html" method="post" enctype="multipart/form-data">
  <label for="xm">姓名（必填项）</label><input type="text" id="xm" name="xm">
  <label for="yx">电子邮件（必填项）</label><input type="email" id="yx" name="yx">
  <label for="sj">手机号码（必填项）</label><input type="tel" id="sj" name="sj">
  <label for="xx">任教学校（必填项）</label><input type="text" id="xx" name="xx">
  <label for="jl">教龄（必填项）</label><select id="jl" name="jl"><option>1年以下</option><option>1至5年</option><option>5年以上</option></select>
  <label for="nj">任教年级</label><select id="nj" name="nj"><option>幼儿班</option><option>小学</option><option>中学</option></select>
  <fieldset><legend>参加场次</legend>
    <input type="checkbox" id="c1" name="c1"><label for="c1">5月1日</label>
    <input type="checkbox" id="c2" name="c2"><label for="c2">5月8日</label>
    <input type="checkbox" id="c3" name="c3"><label for="c3">5月15日</label>
    <input type="checkbox" id="c4" name="c4"><label for="c4">5月22日</label>
  </fieldset>
  <fieldset><legend>参加方式（必填项）</legend>
    <input type="radio" id="f1" name="fs" value="xc"><label for="f1">现场</label>
    <input type="radio" id="f2" name="fs" value="xs"><label for="f2">线上（腾讯会议）</label>
  </fieldset>
  <label for="zm">师范生证明</label><input type="file" id="zm" name="zm">
  <label for="bz">备注</label><textarea id="bz" name="bz"></textarea>
  <div class="geetest_captcha" id="geetest-box" data-captcha-id="647f5ed2ed8acb4be36784e01556bb71"></div>
  <button type="submit">提交报名</button>
</form>
""")

s.page("xianshang.html", "线上参加", """
<h1>线上参加</h1>
<p>罗德里格斯岛的教师可通过腾讯会议在线参加全部四次研习，并在分组讨论中发言、提问。</p>
<p>会议链接将在开课前一天以电子邮件发送。</p>
""")

s.page("wuzhangai.html", "无障碍", """
<h1>无障碍信息</h1>
<p>研习地点位于华人商会大楼二楼，设有电梯，可供轮椅使用。</p>
<p>现场不提供手语翻译。</p>
<p>如有其他无障碍需求，请联系林秀梅老师：<a href="mailto:wuzhangai@huajiao.example.mu">wuzhangai@huajiao.example.mu</a>。</p>
""")

s.page("kecheng.html", "课程安排", """
<h1>课程安排</h1>
<ol>
<li>3至6岁幼儿华文启蒙教学法</li>
<li>汉字书写与多媒体教学</li>
<li>克里奥尔语背景学生的中文语音教学</li>
<li>华文测试（HSK）备考指导</li>
</ol>
""")

s.page("zhusu.html", "住宿交通", """
<h1>住宿与交通</h1>
<p>外地学员可入住唐人街附近的合作酒店，每晚 Rs 4 800。从罗斯希尔乘巴士到路易港单程约 Rs 35。</p>
""")

s.page("zanzhu.html", "赞助", """
<h1>赞助与合作</h1>
<p>金牌赞助：Rs 100 000；银牌赞助：Rs 50 000。感谢华人商会和多家侨团的支持。</p>
""")

ENTRY = entry(
    s, name="Chinese-language teachers' workshop series 2027 (Chinese education association, Port Louis, Mauritius)",
    languages=["zh", "fr"],
    fees=[(2500, "MUR"), (1200, "MUR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["other"], account_required=False,
    registration_form=(13, 6, ["phone", "affiliation"]), registration_host=None, min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "xianshang.html", "wuzhangai.html"],
    evidence={
        "languages": [Q("index.html", "研习班于 2027 年 5 月每个星期六在路易港举行"),
                      Q("index.html", "Il s'adresse aux enseignants des écoles chinoises du week-end et des écoles publiques de Maurice.",
                        "French section with lang=fr (two paragraphs)"),
                      Q("index.html", "Bonzour ek byenvini !", "Mauritian Creole greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("zh, fr")],
        "fees": [Q("feiyong.html", "在职教师：每人 Rs 2 500（毛里求斯卢比）", "2500 MUR"),
                 Q("feiyong.html", "师范学院在读学生：每人 Rs 1 200", "1200 MUR"),
                 Q("zhusu.html", "每晚 Rs 4 800", "hotel and bus: not fees"),
                 Q("zanzhu.html", "金牌赞助：Rs 100 000", "sponsorship: not a fee")],
        "free_option": [Q("feiyong.html", "所有学员均须缴费，本研习班不设免费名额。")],
        "fee_support": [Q("feiyong.html", "师范学院在读学生：每人 Rs 1 200", "pre-service (student) teacher rate")],
        "remote_participation": [Q("xianshang.html", "罗德里格斯岛的教师可通过腾讯会议在线参加全部四次研习，并在分组讨论中发言、提问。")],
        "captcha": [M("baoming.html", '<div class="geetest_captcha"', "GeeTest: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("baoming.html: 13 fields: name, e-mail, mobile, school, years-of-service select, grade select, "
                                "four session checkboxes (4), mode radio (=1), student-certificate file, remarks textarea. "
                                "Required (（必填项）): name, e-mail, mobile, school, years of service, mode = 6. Sensitive: "
                                "phone, affiliation (school).", "baoming.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit stated"),
                    Q("kecheng.html", "3至6岁幼儿华文启蒙教学法", "course title, not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "如有其他无障碍需求，请联系林秀梅老师")],
        "access_services": [Q("wuzhangai.html", "研习地点位于华人商会大楼二楼，设有电梯，可供轮椅使用。"),
                            Q("wuzhangai.html", "现场不提供手语翻译。", "no sign language (negation)")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/yanxi.zh.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
