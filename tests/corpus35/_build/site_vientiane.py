from lib import mk, Q, M, N, entry, video, placeholder_media
S = "laowo-zhongwen-daoyou-peixunban-wanxiang"
NAV = [("index.html", "首页"), ("feiyong.html", "费用"), ("baoming.html", "报名"), ("changdi.html", "场地与无障碍"),
       ("changjian.html", "常见问题"), ("lvyou.html", "线路推荐"), ("zhaopin.html", "导游招聘"), ("xinwen.html", "协会新闻")]
s = mk(S, "万象中文导游培训班", "zh-Hans-LA", "#9c1c2b", "导游", NAV,
       foot={"zh-Hans-LA": '<p>老挝中文导游协会 · 万象市西沙达纳县 · peixun@daoyou-la.example.la</p>'})
placeholder_media(s, "media/shijiang.mp4")
s.page("index.html", "万象中文导游培训班 2027", """
<h1>第五期中文导游培训班</h1>
<p>老挝中文导游协会于2027年3月在万象举办为期十天的中文导游培训，内容包括琅勃拉邦与万荣线路讲解、中老铁路旅客接待和导游职业规范。</p>
<ul>
<li><a href="@feiyong.html">培训费用</a></li>
<li><a href="@baoming.html">报名方式</a></li>
<li><a href="@changdi.html">场地与无障碍</a></li>
<li><a href="@changjian.html">常见问题</a></li>
</ul>
""" + video("media/shijiang.mp4") + """
<section lang="lo">
<h2>ພາສາລາວ</h2>
<p>ສະມາຄົມມັກຄຸເທດພາສາຈີນລາວ ຈັດຫຼັກສູດຝຶກອົບຮົມສິບວັນ ຢູ່ນະຄອນຫຼວງວຽງຈັນ ໃນເດືອນມີນາ 2027.</p>
<p>ຄ່າຝຶກອົບຮົມ 1.500.000 ກີບ; ສະມາຊິກສະມາຄົມ 800.000 ກີບ. ການລົງທະບຽນເຮັດຜ່ານແບບຟອມອອນລາຍ.</p>
</section>
""")
s.page("feiyong.html", "培训费用", """
<h1>培训费用</h1>
<p>培训费：1.500.000基普（含教材和午餐）。</p>
<p>协会会员：800.000基普。</p>
<p>本培训班不设免费名额，也不提供交通或住宿补贴，也没有任何减免。</p>
""")
s.page("baoming.html", "报名", """
<h1>报名方式</h1>
<p>报名通过问卷星填写，需先用微信登录：<a href="https://www.wjx.cn/vm/daoyou2027.aspx">打开报名问卷</a>。</p>
<p>报名者须年满二十岁，并持有汉语水平考试四级或同等证明。</p>
""")
s.page("changdi.html", "场地与无障碍", """
<h1>场地与无障碍</h1>
<p>培训教室在协会大楼三楼，没有电梯。行动不便的学员请提前联系我们，我们会尽量安排：wuzhangai@daoyou-la.example.la。</p>
<p>开班仪式提供老挝语–中文交替传译。</p>
""")
s.page("changjian.html", "常见问题", """
<h1>常见问题</h1>
<details open><summary>可以在线参加吗？</summary><p>不可以。培训仅限线下，不设线上课程。</p></details>
<details open><summary>结业后发证书吗？</summary><p>考核合格者获得协会结业证书。</p></details>
""")
s.page("lvyou.html", "线路推荐", """
<h1>线路推荐</h1>
<p>万荣两日游（旅行社报价）：2.200.000基普/人。</p>
<p>万象市区嘟嘟车包车半天约250.000基普。</p>
""")
s.page("zhaopin.html", "导游招聘", """
<h1>导游招聘</h1>
<p>琅勃拉邦某旅行社招聘中文导游，月薪6.000.000基普起。</p>
<p>培训期间可入住协会合作宾馆，每晚350.000基普。</p>
""")
s.page("xinwen.html", "协会新闻", """
<h1>协会新闻</h1>
<p>第四期培训班共有四十二名学员结业。</p>
<p><a href="@xinwen/2026-jieye.html">第四期结业典礼图片</a></p>
""")
ENTRY = entry(s, name="Chinese-language tour guides' training course 2027 (Lao Chinese-speaking guides' association, Vientiane)",
    languages=["zh", "lo"], fees=[(1500000, "LAK"), (800000, "LAK")], free_option=False, fee_support=False,
    remote_participation=False, captcha=[], account_required=True, registration_form=None,
    registration_host="www.wjx.cn", min_age=20, accessibility_statement=True, access_services=["interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "changdi.html", "changjian.html"],
    deliberate_404=["xinwen/2026-jieye.html"],
    evidence={
        "languages": [Q("index.html", "老挝中文导游协会于2027年3月在万象举办为期十天的中文导游培训"),
                      M("index.html", '<section lang="lo">', "Lao section, two paragraphs"),
                      Q("index.html", "ສະມາຄົມມັກຄຸເທດພາສາຈີນລາວ ຈັດຫຼັກສູດຝຶກອົບຮົມສິບວັນ")],
        "un_languages": [N("zh")],
        "fees": [Q("feiyong.html", "培训费：1.500.000基普（含教材和午餐）。", "1500000 LAK"),
                 Q("feiyong.html", "协会会员：800.000基普。", "800000 LAK member (category rate)"),
                 Q("index.html", "ຄ່າຝຶກອົບຮົມ 1.500.000 ກີບ", "Lao restatement: no new entry"),
                 Q("lvyou.html", "2.200.000基普/人", "agency tour and tuk-tuk: not fees"),
                 Q("zhaopin.html", "月薪6.000.000基普起", "salary and hotel: not fees")],
        "free_option": [Q("feiyong.html", "本培训班不设免费名额")],
        "fee_support": [Q("feiyong.html", "也不提供交通或住宿补贴，也没有任何减免", "member rate is a category, not support")],
        "remote_participation": [Q("changjian.html", "不可以。培训仅限线下，不设线上课程。", "FAQ")],
        "captcha": [N("no CAPTCHA: registration goes to wjx.cn; no own form")],
        "account_required": [Q("baoming.html", "报名通过问卷星填写，需先用微信登录")],
        "registration_form": [N("no own registration form")],
        "registration_host": [M("baoming.html", 'href="https://www.wjx.cn/vm/daoyou2027.aspx"')],
        "registration_pdf_only": [N("online questionnaire")],
        "min_age": [Q("baoming.html", "报名者须年满二十岁")],
        "accessibility_statement": [Q("changdi.html", "行动不便的学员请提前联系我们", "contact beside third floor without lift")],
        "access_services": [Q("changdi.html", "培训教室在协会大楼三楼，没有电梯。", "no wheelchair_access"),
                            Q("changdi.html", "开班仪式提供老挝语–中文交替传译。", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/shijiang.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
