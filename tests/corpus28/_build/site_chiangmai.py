"""Tea growers' seminar, Chiang Mai (zh-Hans-TH, Thai section with lang)."""
from lib import *

NAV = [("index.html", "首页"), ("feiyong.html", "费用"), ("baoming.html", "报名"), ("xianshang.html", "线上报告"),
       ("wuzhangai.html", "无障碍与翻译"), ("chashi.html", "茶市行情"), ("zhusu.html", "住宿交通"), ("zanzhu.html", "赞助")]
s = mk("qingmai-chaye-zhongzhi-yantaohui", "清迈高山茶种植研讨会", "zh-Hans-TH", "#4d6b1f", "茶", NAV,
       foot={"zh-Hans-TH": '<p>泰北华人茶业联谊会（虚构）· 清迈 · tea@lanna-tea.example.co.th</p>'})

s.page("index.html", "第六届清迈高山茶种植研讨会", """
<h1>第六届清迈高山茶种植研讨会</h1>
<p>2027年1月14日至16日，清迈湄林县。研讨会由泰北华人茶业联谊会主办，聚焦乌龙茶园的土壤改良、采摘期管理和小农茶叶合作社的销售渠道。
第三天安排茶园实地考察。</p>
<p>请先阅读<a href="@feiyong.html">费用说明</a>，然后<a href="@baoming.html">在线报名</a>。</p>
<section lang="th">
<h2>ภาษาไทย</h2>
<p>การสัมมนาการปลูกชาบนพื้นที่สูงครั้งที่หก จัดขึ้นที่อำเภอแม่ริม จังหวัดเชียงใหม่ ระหว่างวันที่ 14–16 มกราคม 2570
เกษตรกรผู้ปลูกชาชำระค่าลงทะเบียน 500 บาท ผู้แทนบริษัท 2,500 บาท และการศึกษาดูงานสวนชา 800 บาท
มีล่ามแปลภาษาจีน–ไทยตลอดการสัมมนา</p>
</section>
""")

s.page("feiyong.html", "费用 — 清迈高山茶种植研讨会", """
<h1>报名费用</h1>
<ul>
  <li>茶农代表：500 泰铢（含三天午餐）</li>
  <li>企业及贸易商代表：2,500 泰铢</li>
  <li>第三天茶园实地考察（含车辆和午餐）：另付 ฿800</li>
</ul>
<p class="note">本届不设免费名额，演讲嘉宾同样需要缴费。</p>
<p>主办方不提供差旅补贴，也没有学生价，请各位自行安排。</p>
""")

s.page("baoming.html", "报名 — 清迈高山茶种植研讨会", """
<h1>在线报名</h1>
<p>标有（必填项）的栏目必须填写。未满18岁须由家长陪同出席。</p>
<form action="@baoming.html" method="post">
""" + fld("name", "姓名（必填项）") + fld("pass", "护照或泰国身份证号码（必填项）") + fld("tel", "电话（必填项）", "tel")
    + fld("mail", "电邮（必填项）", "email") + fld("farm", "茶园或公司名称（必填项）")
    + fld("role", "身份", "select", opts=["茶农", "企业或贸易商", "研究人员"])
    + radios("talk", "论文报告方式", ["现场报告", "线上报告", "不作报告"])
    + fld("visit", "报名参加茶园考察", "checkbox") + fld("abstract", "论文摘要（PDF 或 Word）", "file") + """
<div class="frc-captcha" data-sitekey="lanna-tea-demo"></div>
<button type="submit">提交报名</button>
</form>
""")

s.page("xianshang.html", "线上报告 — 清迈高山茶种植研讨会", """
<h1>线上报告</h1>
<p>无法亲自到清迈的研究人员可以通过 Zoom 作线上报告。报告结束后，主持人会把现场听众的提问转给线上报告人，由报告人当场回答。</p>
<p>线上报告人同样按所属身份缴纳报名费。</p>
""")

s.page("wuzhangai.html", "无障碍与翻译 — 清迈高山茶种植研讨会", """
<h1>无障碍与翻译</h1>
<p>会场在度假村一楼，入口设有坡道，轮椅可通行。</p>
<p>全程提供中泰同声传译。本次研讨会不提供手语翻译。</p>
""")

s.page("chashi.html", "茶市行情 — 清迈高山茶种植研讨会", """
<h1>茶市行情（供讨论参考）</h1>
<p>2026年秋茶收购价：乌龙毛茶每公斤 180 泰铢；精制金萱每公斤 650 泰铢。</p>
""")

s.page("zhusu.html", "住宿交通 — 清迈高山茶种植研讨会", """
<h1>住宿与交通</h1>
<p>会场度假村协议价每晚 1,400 泰铢。从清迈古城乘双条车到湄林约 60 泰铢。</p>
""")

s.page("zanzhu.html", "赞助 — 清迈高山茶种植研讨会", """
<h1>赞助方案</h1>
<p>金牌赞助 30,000 泰铢；展位 4,000 泰铢。</p>
""")

ENTRY = entry(s, name="Chiang Mai highland tea growing seminar 2027 (Chinese-Thai tea association, Chiang Mai, Thailand)",
    languages=["zh", "th"],
    fees=[(500, "THB"), (2500, "THB"), (800, "THB")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False, registration_form=(9, 5, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "xianshang.html", "wuzhangai.html"],
    evidence={
        "languages": [Q("index.html", "聚焦乌龙茶园的土壤改良、采摘期管理和小农茶叶合作社的销售渠道"),
                      M("index.html", '<section lang="th">', "Thai section with lang"),
                      Q("index.html", "การสัมมนาการปลูกชาบนพื้นที่สูงครั้งที่หก")],
        "un_languages": [N("zh")],
        "fees": [Q("feiyong.html", "茶农代表：500 泰铢（含三天午餐）"),
                 Q("feiyong.html", "企业及贸易商代表：2,500 泰铢"),
                 Q("feiyong.html", "第三天茶园实地考察（含车辆和午餐）：另付 ฿800", "field visit of the seminar: a fee"),
                 Q("index.html", "เกษตรกรผู้ปลูกชาชำระค่าลงทะเบียน 500 บาท", "Thai restatement: no new entry"),
                 Q("chashi.html", "乌龙毛茶每公斤 180 泰铢", "produce prices: not fees"),
                 Q("zhusu.html", "会场度假村协议价每晚 1,400 泰铢。", "hotel, songthaew: not fees"),
                 Q("zanzhu.html", "金牌赞助 30,000 泰铢", "sponsor: not a fee")],
        "free_option": [Q("feiyong.html", "本届不设免费名额，演讲嘉宾同样需要缴费。")],
        "fee_support": [Q("feiyong.html", "主办方不提供差旅补贴，也没有学生价", "growers' rate is a category rate, not support")],
        "remote_participation": [Q("xianshang.html", "主持人会把现场听众的提问转给线上报告人，由报告人当场回答。")],
        "captcha": [M("baoming.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, passport/ID, phone, e-mail, farm or company, role select, talk radio, visit checkbox, abstract file); 5 marked （必填项）; sensitive id_document, phone, affiliation", "baoming.html"),
                              Q("baoming.html", "护照或泰国身份证号码（必填项）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("baoming.html", "未满18岁须由家长陪同出席。", "accompaniment rule: not a minimum age")],
        "accessibility_statement": [Q("wuzhangai.html", "会场在度假村一楼，入口设有坡道，轮椅可通行。")],
        "access_services": [Q("wuzhangai.html", "入口设有坡道，轮椅可通行", "wheelchair_access"),
                            Q("wuzhangai.html", "全程提供中泰同声传译。", "interpretation"),
                            Q("wuzhangai.html", "本次研讨会不提供手语翻译。", "sign language negated")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
