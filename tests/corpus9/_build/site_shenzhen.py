from lib import mk, Q, M, N, entry, video, placeholder_media
NAV = [("index.html", "首页"), ("baoming.html", "报名"), ("gongzuofang.html", "工作坊"), ("changdi.html", "场地与无障碍"),
       ("yicheng.html", "议程"), ("zanzhu.html", "赞助与展位"), ("zhaopin.html", "招聘"), ("zhusu.html", "住宿交通")]
s = mk("shenzhen-yingjian-chuangke-jihui", "深圳硬件创客聚会 2027", "zh-CN", "#0f766e", "SZH", NAV,
       foot={"zh-CN": "<p>联系我们：meetup@szhw.example.cn · 深圳市南山区</p>"})
placeholder_media(s, "media/2026-huigu.mp4")
s.page("index.html", "深圳硬件创客聚会 2027", f"""
<h1>深圳硬件创客聚会 2027</h1>
<p>2027年5月22日（周六），深圳华强北创客空间。一天的开源硬件分享、PCB 设计交流和元器件市场导览，欢迎工程师、学生和爱好者参加。</p>
<section><h2>For international makers</h2>
<p>The Shenzhen Hardware Meetup is a one-day community gathering in Huaqiangbei for open-hardware talks, PCB design clinics and a guided walk through the electronics market. Talks are in Mandarin; volunteers help English speakers on the day. Entry is free with registration.</p></section>
{video("media/2026-huigu.mp4")}
""")
s.page("baoming.html", "报名", """
<h1>报名参加</h1>
<p>本次聚会免费参加，需提前报名。</p>
<p>报名通过 <a href="https://www.bagevent.com/event/8812345">百格活动</a> 进行，需使用微信登录后报名。</p>
<p>线上直播（仅观看）在B站同步进行，无需报名。</p>
<p>12岁以下儿童须由家长陪同入场。</p>
""")
s.page("gongzuofang.html", "工作坊", """
<h1>付费工作坊</h1>
<p>下午的“从零焊接一块 LoRa 开发板”工作坊名额30人，材料费 ¥80，报名时一并支付。</p>
<p>青少年创客营面向10至14岁的青少年，由导师带领完成一个小型机器人项目。</p>
""")
s.page("changdi.html", "场地与无障碍", """
<h1>场地与无障碍</h1>
<p>创客空间位于一楼，设有无障碍通道和无障碍卫生间，轮椅可直达所有活动区域。</p>
<p>如有其他需要，请提前联系 access@szhw.example.cn。</p>
""")
s.page("yicheng.html", "议程", """
<h1>议程</h1><ul><li>报名系统之外：社区如何管理线下活动</li><li>语言模型在边缘设备上的部署</li><li>元器件关税与费用变化对小批量生产的影响</li></ul>
""")
s.page("zanzhu.html", "赞助与展位", """
<h1>赞助与展位</h1><p>冠名赞助 ¥20,000；展位 ¥3,000/个。</p>
""")
s.page("zhaopin.html", "招聘", """
<h1>招聘墙</h1><p>嵌入式工程师，月薪 15k–25k；硬件产品经理，年薪 ¥300,000 起。</p>
""")
s.page("zhusu.html", "住宿交通", """
<h1>住宿交通</h1><p>附近酒店约 ¥288/晚。地铁华强北站下车，票价约 ¥4。</p>
""")
ENTRY = entry(s, name="深圳硬件创客聚会 2027 (Shenzhen open-hardware community meetup)",
    languages=["en", "zh"], fees=[(80, "CNY")], free_option=True, fee_support=False, remote_participation=False,
    captcha=[], account_required=True, registration_form=None, registration_host="www.bagevent.com", min_age=10,
    accessibility_statement=True, access_services=["wheelchair_access"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "baoming.html", "gongzuofang.html", "changdi.html"],
    evidence={
        "languages": [Q("index.html", "一天的开源硬件分享、PCB 设计交流和元器件市场导览"),
                      Q("index.html", "The Shenzhen Hardware Meetup is a one-day community gathering in Huaqiangbei", "English section")],
        "un_languages": [N("zh, en")],
        "fees": [Q("gongzuofang.html", "材料费 ¥80，报名时一并支付", "paid add-on workshop"),
                 Q("zanzhu.html", "冠名赞助 ¥20,000；展位 ¥3,000/个。", "sponsor/booth"), Q("zhaopin.html", "月薪 15k–25k", "salary"),
                 Q("zhusu.html", "附近酒店约 ¥288/晚。", "hotel"), Q("yicheng.html", "元器件关税与费用变化对小批量生产的影响", "talk title")],
        "free_option": [Q("baoming.html", "本次聚会免费参加，需提前报名。")],
        "fee_support": [N("no waiver, grant or reduced rate")],
        "remote_participation": [Q("baoming.html", "线上直播（仅观看）在B站同步进行", "watch-only")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [Q("baoming.html", "需使用微信登录后报名")],
        "registration_form": [N("registration only on the platform")],
        "registration_host": [M("baoming.html", 'href="https://www.bagevent.com/event/8812345"')],
        "registration_pdf_only": [N("no PDF")],
        "min_age": [Q("gongzuofang.html", "青少年创客营面向10至14岁的青少年", "programme age range: lower bound"),
                    Q("baoming.html", "12岁以下儿童须由家长陪同入场。", "accompaniment, not a limit")],
        "accessibility_statement": [Q("changdi.html", "如有其他需要，请提前联系 access@szhw.example.cn。")],
        "access_services": [Q("changdi.html", "轮椅可直达所有活动区域")],
        "videos_without_captions": [M("index.html", 'src="media/2026-huigu.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
