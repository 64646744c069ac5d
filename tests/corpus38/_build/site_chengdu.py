"""Chengdu, China: open-source technology conference (Simplified Chinese, English page declared zh-CN)."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

SLUG = "chengdu-kaiyuan-jishu-dahui"
NAV = [("index.html", "首页"), ("piaowu.html", "票务"), ("xuesheng.html", "学生票申请"), ("zhibo.html", "直播"),
       ("wuzhangai.html", "无障碍"), ("zanzhu.html", "赞助"), ("zhaopin.html", "招聘")]
NAV_EN = [("en/index.html", "English"), ("index.html", "中文首页"), ("piaowu.html", "Tickets (Chinese)")]
FOOT = {"zh-CN": "<p>蜀都开源社区促进会 · 成都市武侯区科华北路 65 号 · hello@shuduoss.example.cn</p>",
        "en": "<p>Shudu Open Source Community Association · 65 Kehua North Road, Chengdu · hello@shuduoss.example.cn</p>"}
s = mk(SLUG, {"zh-CN": "2027 成都开源技术大会", "en": "Chengdu Open Source Conference 2027"}, "zh-CN", "#c0392b", "开源",
       {"zh-CN": NAV, "en": NAV_EN}, langs={"zh-CN": [("en/index.html", "English")], "en": [("index.html", "中文")]},
       foot=FOOT)
placeholder_media(s, "media/huigu-2026.mp4")
vtt(s, "media/huigu-2026.vtt", "欢迎来到成都开源技术大会")
s.pdf("docs/zanzhu-2027.pdf", "Chengdu Open Source Conference 2027 - sponsorship prospectus\nDiamond, Gold, Community")

T_INTRO = "2027 成都开源技术大会将于 9 月 18 日至 19 日在成都高新区举办"
s.page("index.html", "2027 成都开源技术大会", f"""
<h1>2027 成都开源技术大会</h1>
<p>{T_INTRO}，由蜀都开源社区促进会主办。大会设有主论坛、云原生、开源硬件、开源治理与合规等八个分论坛，以及面向社区项目的展区。</p>
<p>欢迎开发者、维护者、高校学生和企业开源办公室的朋友参加。议程将于 8 月公布。</p>
<h2>2026 年大会回顾</h2>
{video("media/huigu-2026.mp4", track="media/huigu-2026.vtt", track_lang="zh", label="中文字幕")}
<p><a href="@2026/index.html">查看 2026 年大会页面</a></p>
""")

T_FREE = "展区与社区摊位向公众免费开放，凭免费登记入场"
T_AGE = "年满十六周岁方可购票入场"
T_ACC = "在百格活动购票需使用微信扫码登录百格账号"
T_PARTY = "“开源之夜”派对由赞助商云栈科技主办，门票¥88在赞助商页面另行销售，不属于大会议程"
s.page("piaowu.html", "票务 — 2027 成都开源技术大会", f"""
<h1>票务</h1>
<ul>
<li>普通票 ¥399（含两天会议及午餐）</li>
<li>学生票 ¥99（需先提交<a href="@xuesheng.html">学生票申请</a>并通过审核）</li>
<li>工作坊加购票 ¥199（可选，第二天下午的动手工作坊，由大会主办）</li>
</ul>
<p>{T_FREE}（在百格活动选择“展区免费票”）。</p>
<p>所有门票均在百格活动出售：<a href="https://www.bagevent.com/event/chengdu-oss-2027">前往百格活动购票</a>。{T_ACC}。</p>
<p>{T_AGE}。</p>
<p>{T_PARTY}。</p>
<h2>交通与住宿</h2>
<p>合作酒店协议价 ¥420/晚（含早餐）。地铁 1 号线至天府五街站，单程票价约 ¥4。</p>
""")

FORM = "\n".join([
    fld("name", "姓名（此栏必填）"),
    fld("school", "学校（此栏必填）"),
    fld("sid", "学生证号"),
    fld("email", "电子邮箱（此栏必填）", "email"),
    fld("mobile", "手机号码", "tel"),
    fld("grade", "年级", "select", opts=["本科一年级", "本科二年级", "本科三年级", "本科四年级", "硕士", "博士"]),
    fld("card", "学生证扫描件", "file", req=True),
    fld("ws", "想参加的工作坊", "select", opts=["不参加", "为开源项目提交第一个补丁", "开源许可证合规入门", "RISC-V 开发板实践"]),
    fld("hotel", "需要住宿推荐", "checkbox"),
    fld("coc", "我已阅读并同意大会行为准则", "checkbox", req=True),
])
YIDUN = ('<div id="captcha_div" class="ne-captcha"><div class="yidun yidun-light yidun--float yidun--jigsaw">'
         '<div class="yidun_panel"></div><div class="yidun_control"><div class="yidun_slider"></div>'
         '<div class="yidun_tips"><span class="yidun_tips__text">向右拖动滑块填充拼图</span></div></div></div></div>')
s.page("xuesheng.html", "学生票申请 — 2027 成都开源技术大会", f"""
<h1>学生票申请</h1>
<p>全日制在校学生可申请学生票。审核通过后，我们会把百格活动的学生票购票码发送到你的邮箱。</p>
<form action="@xuesheng.html" method="post">
{FORM}
{YIDUN}
<button type="submit">提交申请</button>
</form>
""")

T_STREAM = "主论坛在B站直播，仅供观看，线上观众无法提问"
s.page("zhibo.html", "直播 — 2027 成都开源技术大会", f"""
<h1>直播</h1>
<p>{T_STREAM}。分论坛不直播，会后一周内上传录像。</p>
""")

T_WHEEL = "主会场设在一楼，设有无障碍通道和无障碍卫生间，轮椅可直达"
T_CAP = "主论坛提供实时字幕"
T_NOSIGN = "本届大会不提供手语翻译"
s.page("wuzhangai.html", "无障碍 — 2027 成都开源技术大会", f"""
<h1>无障碍信息</h1>
<p>{T_WHEEL}。</p>
<p>{T_CAP}（中文）。{T_NOSIGN}。</p>
<p>如有其他无障碍需求，请在 9 月 1 日前发邮件至 access@shuduoss.example.cn。</p>
""")

T_EN = "The Chengdu Open Source Conference takes place on 18 and 19 September 2027 in the Chengdu High-tech Zone"
s.page("en/index.html", "Chengdu Open Source Conference 2027", f"""
<h1>Chengdu Open Source Conference 2027</h1>
<p>{T_EN}, organised by the Shudu Open Source Community Association. It has a main forum, eight tracks (cloud native, open hardware, open-source governance and compliance and more) and an expo area for community projects.</p>
<p>Tickets: regular ticket CNY 399 (two days and lunch); student ticket CNY 99 after an approved student-ticket application; optional hands-on workshop CNY 199. Entry to the expo area is free with a free registration. You must be sixteen or older to attend.</p>
<p>Tickets are sold on BagEvent, which needs a WeChat login. The main forum is streamed on Bilibili to watch only. The main hall is on the ground floor and step-free, with live Chinese captions in the main forum.</p>
""", lang="zh-CN", header_lang="en")

s.page("zanzhu.html", "赞助 — 2027 成都开源技术大会", """
<h1>赞助合作</h1>
<p>钻石赞助 ¥80,000；金牌赞助 ¥40,000；社区展位 ¥12,000（3m×2m）。</p>
<p><a href="@docs/zanzhu-2027.pdf">下载赞助方案（PDF）</a></p>
""")

s.page("zhaopin.html", "招聘 — 2027 成都开源技术大会", """
<h1>招聘：社区运营（全职）</h1>
<p>负责社区活动与大会志愿者协调，月薪 ¥9,000–12,000，五险一金。简历请发送至 jobs@shuduoss.example.cn。</p>
""")

PP = ["index.html", "piaowu.html", "xuesheng.html", "zhibo.html", "wuzhangai.html", "en/index.html"]
ENTRY = entry(
    s, name="Chengdu Open Source Conference 2027 (Shudu Open Source Community Association, Chengdu, China)",
    languages=["zh", "en"],
    fees=[(399, "CNY"), (99, "CNY"), (199, "CNY")],
    free_option=True, fee_support=True, remote_participation=False,
    captcha=["other"], account_required=True,
    registration_form=(10, 5, ["affiliation", "phone"]), registration_host="www.bagevent.com",
    min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "captions"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=PP, deliberate_404=["2026/index.html"],
    evidence={
        "languages": [Q("index.html", T_INTRO), Q("en/index.html", T_EN, "English page declared lang=zh-CN")],
        "un_languages": [N("en, zh")],
        "fees": [Q("piaowu.html", "普通票 ¥399"), Q("piaowu.html", "学生票 ¥99"),
                 Q("piaowu.html", "工作坊加购票 ¥199（可选，第二天下午的动手工作坊，由大会主办）", "add-on workshop of the conference itself"),
                 Q("en/index.html", "regular ticket CNY 399", "restated in English: no new entry"),
                 Q("piaowu.html", T_PARTY, "party sold by a sponsor: not a fee"),
                 Q("piaowu.html", "合作酒店协议价 ¥420/晚", "hotel: not a fee"),
                 Q("zanzhu.html", "钻石赞助 ¥80,000", "sponsor: not a fee"),
                 Q("zhaopin.html", "月薪 ¥9,000–12,000", "salary: not a fee")],
        "free_option": [Q("piaowu.html", T_FREE)],
        "fee_support": [Q("piaowu.html", "学生票 ¥99", "student rate")],
        "remote_participation": [Q("zhibo.html", T_STREAM)],
        "captcha": [M("xuesheng.html", '<div class="yidun yidun-light yidun--float yidun--jigsaw">', "NetEase Yidun: other")],
        "account_required": [Q("piaowu.html", T_ACC)],
        "registration_form": [N("student-ticket application, 10 fields: name, school, student card number, e-mail, mobile, grade select, "
                                "student-card scan file, workshop select, hotel checkbox, code-of-conduct checkbox; required: 3 marked "
                                "（此栏必填） + file (required attr) + code of conduct = 5; student card number not an ID", "xuesheng.html"),
                              Q("xuesheng.html", "学校（此栏必填）")],
        "registration_host": [M("piaowu.html", 'href="https://www.bagevent.com/event/chengdu-oss-2027"')],
        "registration_pdf_only": [N("platform and online application")],
        "min_age": [Q("piaowu.html", T_AGE)],
        "accessibility_statement": [Q("wuzhangai.html", T_WHEEL)],
        "access_services": [Q("wuzhangai.html", T_WHEEL, "wheelchair_access"), Q("wuzhangai.html", T_CAP, "captions"),
                            Q("wuzhangai.html", T_NOSIGN, "no sign language (negation)")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/huigu-2026.vtt"', "captioned: 0")],
        "pdf_only_documents": [Q("zanzhu.html", "下载赞助方案（PDF）", "sponsor prospectus: not a participation document")],
    })
