from lib import *

NAV = [("index.html", "首页"), ("baoming.html", "报名办法"), ("guicheng.html", "竞赛规程"),
       ("changguan.html", "比赛场馆"), ("zixun.html", "赛事咨询"), ("jiangli.html", "奖励办法"),
       ("zhusu.html", "住宿与交通"), ("yongpin.html", "围棋用品")]
FOOT = {"zh-CN": '<p>西昌市青少年围棋协会（虚构机构）· 西昌市航天大道 12 号 · '
        '<a href="mailto:saishi@xichang-weiqi.example.cn">saishi@xichang-weiqi.example.cn</a></p>'}
s = mk("xichang-qingshaonian-weiqi-gongkaisai", "2027 西昌青少年围棋公开赛", "zh-CN", "#2d5a27", "围棋", NAV, foot=FOOT)
s.write("img/yanzhengma.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="32"><rect width="96" height="32" fill="#eee"/>'
        '<text x="10" y="22" font-family="monospace" font-size="18" fill="#333">7K3Q</text></svg>\n')

s.page("index.html", "2027 西昌青少年围棋公开赛", """
<h1>2027 西昌青少年围棋公开赛</h1>
<p>西昌市青少年围棋协会将于 2027 年 7 月 24 日至 26 日在西昌市体育中心举办第七届青少年围棋公开赛。比赛分为少儿组、
少年组和段位组，采用积分编排制，每方用时 30 分钟。</p>
<p>欢迎凉山州及周边地区的围棋爱好者参赛，请仔细阅读<a href="@baoming.html">报名办法</a>和<a href="@guicheng.html">竞赛规程</a>。</p>
""")

s.page("baoming.html", "报名办法", """
<h1>报名办法</h1>
<p>参赛选手须为6至16岁的青少年，以 2027 年 7 月 24 日的年龄为准。</p>
<p>报名费：每人 120 元；3 月 1 日以后报名的，每人 150 元。凉山州农村学校选手免收报名费，报名表上由学校盖章即可。</p>
<p>请下载<a href="@files/baomingbiao-2027.pdf">报名表（PDF）</a>，填写后扫描发送至 saishi@xichang-weiqi.example.cn。本赛事不接受网上报名。</p>
<p>本次比赛不设线上对局，所有对局均在赛场进行。</p>
""")
s.pdf("files/baomingbiao-2027.pdf", "Xichang Youth Go Open 2027 - entry form\nName / date of birth / school / group / rank certificate no. / guardian phone\nSend to saishi@xichang-weiqi.example.cn")

s.page("guicheng.html", "竞赛规程", """
<h1>竞赛规程</h1>
<p>完整的竞赛规程（分组、编排、贴目、计时和违规处理）仅提供 PDF 版本：<a href="@files/jingsai-guicheng-2027.pdf">下载竞赛规程（PDF）</a>。</p>
""")
s.pdf("files/jingsai-guicheng-2027.pdf", "Xichang Youth Go Open 2027 - competition rules\nGroups, pairing, komi 7.5, 30 minutes per player")

s.page("changguan.html", "比赛场馆", """
<h1>比赛场馆</h1>
<p>比赛在西昌市体育中心一楼的综合馆进行，正门设有无障碍坡道，轮椅可直达对局区。</p>
<p>现场不提供手语翻译。</p>
<p>有特殊需要的选手，请在报名时告知，或联系赛事组的吉克老师：0834-000-1127。</p>
""")

s.page("zixun.html", "赛事咨询", """
<h1>赛事咨询</h1>
<form action="@zixun.html" method="post">
<label for="z-name">姓名</label><input type="text" id="z-name" name="z-name">
<label for="z-phone">联系电话</label><input type="tel" id="z-phone" name="z-phone">
<label for="z-q">问题</label><textarea id="z-q" name="z-q" rows="4"></textarea>
<p><img src="@img/yanzhengma.svg" alt="验证码图片" width="96" height="32"></p>
<label for="z-code">验证码</label><input type="text" id="z-code" name="z-code">
<button type="submit">提交咨询</button>
</form>
""")

s.page("jiangli.html", "奖励办法", """
<h1>奖励办法</h1>
<p>各组前八名颁发证书和奖杯，段位组冠军奖金 3000 元，亚军 1500 元。</p>
""")

s.page("zhusu.html", "住宿与交通", """
<h1>住宿与交通</h1>
<p>邛海宾馆为参赛队提供优惠价：标准间 260 元/晚。</p>
<p>从西昌西站乘 6 路公交车到体育中心，票价 2 元。</p>
""")

s.page("yongpin.html", "围棋用品", """
<h1>围棋用品</h1>
<p>赛场服务台出售围棋书籍和棋具：云子一副 380 元，《少儿围棋入门》每本 45 元。</p>
""")

ENTRY = entry(s, name="Xichang Youth Go Open 2027 (youth Go association, Xichang, China)",
    languages=["zh"], fees=[(120, "CNY"), (150, "CNY")], free_option=True, fee_support=True,
    remote_participation=False, captcha=["image"], account_required=False, registration_form=None,
    registration_host=None, registration_pdf_only=True, min_age=6, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "baoming.html", "guicheng.html", "changguan.html", "zixun.html"],
    evidence={
        "languages": [Q("index.html", "西昌市青少年围棋协会将于 2027 年 7 月 24 日至 26 日在西昌市体育中心举办第七届青少年围棋公开赛")],
        "un_languages": [N("zh")],
        "fees": [Q("baoming.html", "报名费：每人 120 元；3 月 1 日以后报名的，每人 150 元。", "entry 120, late entry 150 CNY"),
                 Q("jiangli.html", "段位组冠军奖金 3000 元", "prizes: not fees"),
                 Q("zhusu.html", "标准间 260 元/晚", "hotel and bus: not fees"),
                 Q("yongpin.html", "云子一副 380 元", "goods: not fees")],
        "free_option": [Q("baoming.html", "凉山州农村学校选手免收报名费", "free for one group")],
        "fee_support": [Q("baoming.html", "凉山州农村学校选手免收报名费", "waiver for one group: support")],
        "remote_participation": [Q("baoming.html", "本次比赛不设线上对局，所有对局均在赛场进行。")],
        "captcha": [M("zixun.html", '<img src="img/yanzhengma.svg" alt="验证码图片"', "self-hosted image code on the question form")],
        "account_required": [N("PDF entry form by e-mail, no account")],
        "registration_form": [N("no online registration form; the question form with an image code is not one", "zixun.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("baoming.html", "本赛事不接受网上报名。"),
                                  M("baoming.html", 'href="files/baomingbiao-2027.pdf"')],
        "min_age": [Q("baoming.html", "参赛选手须为6至16岁的青少年", "lower bound 6")],
        "accessibility_statement": [Q("changguan.html", "正门设有无障碍坡道，轮椅可直达对局区。")],
        "access_services": [Q("changguan.html", "轮椅可直达对局区", "wheelchair_access"),
                            Q("changguan.html", "现场不提供手语翻译。", "sign language negated")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [M("baoming.html", 'href="files/baomingbiao-2027.pdf"', "entry form only as PDF"),
                               M("guicheng.html", 'href="files/jingsai-guicheng-2027.pdf"', "rules only as PDF")],
    })
