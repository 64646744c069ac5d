from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
NAV = [("index.html", "首页"), ("feiyong.html", "费用与名额"), ("baoming.html", "报名"), ("yingdi.html", "营地与无障碍"),
       ("english.html", "English"), ("zanzhu.html", "赞助商"), ("jiaotong.html", "交通"), ("xinwen.html", "新闻")]
s = mk("shalayue-huaqing-lingxiu-peixunying-sibu", "砂拉越华青领袖培训营 2027", "zh-Hans-MY", "#b35900", "营", NAV,
       foot={"zh-Hans-MY": "<p>砂拉越华人社团青年团联合会（诗巫） — camp@huaqing.example.my</p>"})
placeholder_media(s, "media/ying1.mp4"); placeholder_media(s, "media/ying2.mp4")
s.write("img/yanzhengma.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><text x="5" y="22" font-size="18">7K3P</text></svg>\n')
s.page("index.html", "砂拉越华青领袖培训营 2027", """
<h1>砂拉越华青领袖培训营 2027</h1>
<p>第十二届华青领袖培训营将于2027年6月10日至13日在诗巫郊外的营地举行，四天三夜的课程包括社团管理、公开演讲、团队合作和社区服务实践。</p>
<p>请先阅读<a href="@feiyong.html">费用与名额</a>，再填写<a href="@baoming.html">报名表格</a>。</p>
""" + video("media/ying1.mp4") + video("media/ying2.mp4") + """
<section lang="ms">
<h2>Kem Kepimpinan Belia</h2>
<p>Kem Kepimpinan Belia Cina Sarawak diadakan di Sibu selama empat hari. Peserta belajar pengurusan persatuan, pengucapan awam dan kerja berpasukan, serta menjalankan projek khidmat masyarakat bersama penduduk setempat.</p>
</section>
""")
s.page("feiyong.html", "费用与名额", """
<h1>费用与名额</h1>
<p>营费：RM 280（包括三晚住宿、膳食及T恤）。</p>
<p>属会青年团团员：令吉180。</p>
<p>来自内陆长屋及偏远地区的青年可申请全额免费名额，共二十个，由大会审核。</p>
<p>本营会只限实体参与，不设网上课程。</p>
""")
s.page("baoming.html", "报名", """
<h1>报名表格</h1>
<form action="@baoming.html" method="post">
""" + fld("name", "姓名（必填）") + fld("dob", "出生日期（必填）", "date") + fld("ic", "身份证号码（MyKad）（必填）")
  + fld("hp", "手机号码（必填）", "tel") + fld("school", "就读学校或服务单位（必填）")
  + radios("sex", "性别（必填）", ["男", "女"]) + fld("tee", "T恤尺码", "select", opts=["S", "M", "L", "XL"])
  + fld("parent", "未满十八岁者须家长同意，我已取得家长同意（必填）", "checkbox") + """
<p><img src="@img/yanzhengma.svg" alt="验证码图片" width="90" height="30"></p>
""" + fld("code", "请输入图中的验证码（必填）") + """
<button type="submit">提交报名</button>
</form>
""")
s.page("yingdi.html", "营地与无障碍", """
<h1>营地与无障碍</h1>
<p>参加者须年满十六岁至二十五岁。</p>
<p>营地宿舍在二楼，没有电梯，也没有无障碍厕所。</p>
<p>如有行动或其他特别需要，请在报名前联系 access@huaqing.example.my，我们会尽量安排。</p>
""")
s.page("english.html", "Youth Leadership Camp in English", """
<h1>Sarawak Chinese Youth Leadership Camp 2027</h1>
<p>The twelfth camp runs from 10 to 13 June 2027 at a campsite outside Sibu. Over four days participants aged sixteen to twenty-five learn how to run an association, speak in public and plan a community-service project.</p>
<p>The camp fee is RM 280; members of affiliated youth sections pay RM 180. Twenty free places are reserved for young people from longhouses and remote areas. The registration form is in Chinese only.</p>
""", lang="zh-Hans-MY")
s.page("zanzhu.html", "赞助商", """
<h1>赞助商</h1>
<p>金级赞助：RM 5,000。银级赞助：RM 2,000。</p>
""")
s.page("jiaotong.html", "交通", """
<h1>交通</h1>
<p>从加帛搭快艇到诗巫单程约RM 45；营地巴士由诗巫市区免费接送。</p>
""")
s.page("xinwen.html", "新闻", """
<h1>新闻</h1>
<p>上届营员在社区服务日为长屋小学筹得RM 3,600善款。</p>
""")
ENTRY = entry(s, name="Sarawak Chinese Youth Leadership Camp 2027 (Chinese associations' youth federation, Sibu)",
    languages=["zh", "ms", "en"], fees=[(280, "MYR"), (180, "MYR")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["image"],
    account_required=False, registration_form=(9, 8, ["birth_date", "id_document", "phone", "affiliation", "gender"]),
    min_age=16, accessibility_statement=True, access_services=[],
    videos_without_captions=2, pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "yingdi.html", "english.html"],
    evidence={
        "languages": [Q("index.html", "第十二届华青领袖培训营将于2027年6月10日至13日"), M("index.html", '<section lang="ms">', "Malay section with lang"),
                      Q("index.html", "Kem Kepimpinan Belia Cina Sarawak diadakan di Sibu selama empat hari."),
                      M("english.html", '<html lang="zh-Hans-MY">', "English page declared zh-Hans-MY"),
                      Q("english.html", "The twelfth camp runs from 10 to 13 June 2027 at a campsite outside Sibu.")],
        "un_languages": [N("zh, en")],
        "fees": [Q("feiyong.html", "营费：RM 280", "280 MYR"), Q("feiyong.html", "属会青年团团员：令吉180。", "member-association rate: 180 MYR"),
                 Q("english.html", "The camp fee is RM 280; members of affiliated youth sections pay RM 180.", "English restatement, no new entries"),
                 Q("zanzhu.html", "金级赞助：RM 5,000。", "sponsorship: not a fee"),
                 Q("jiaotong.html", "从加帛搭快艇到诗巫单程约RM 45", "express boat: not a fee"),
                 Q("xinwen.html", "筹得RM 3,600善款", "donation: not a fee")],
        "free_option": [Q("feiyong.html", "来自内陆长屋及偏远地区的青年可申请全额免费名额")],
        "fee_support": [Q("feiyong.html", "来自内陆长屋及偏远地区的青年可申请全额免费名额", "free places for one group; the member rate is not support")],
        "remote_participation": [Q("feiyong.html", "本营会只限实体参与，不设网上课程。")],
        "captcha": [M("baoming.html", 'alt="验证码图片"', "self-hosted image code"), Q("baoming.html", "请输入图中的验证码（必填）")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, birth date, MyKad number, mobile, school or unit, gender radio, T-shirt select, parental-consent checkbox, code box); 8 marked （必填）; sensitive birth_date, id_document, phone, affiliation, gender", "baoming.html"),
                              Q("baoming.html", "身份证号码（MyKad）（必填）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("yingdi.html", "参加者须年满十六岁至二十五岁。", "16 in words")],
        "accessibility_statement": [Q("yingdi.html", "如有行动或其他特别需要，请在报名前联系 access@huaqing.example.my")],
        "access_services": [Q("yingdi.html", "营地宿舍在二楼，没有电梯，也没有无障碍厕所。", "negation: no wheelchair_access; no service")],
        "videos_without_captions": [M("index.html", 'src="media/ying1.mp4">', "no track"), M("index.html", 'src="media/ying2.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
