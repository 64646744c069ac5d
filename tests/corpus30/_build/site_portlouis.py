"""Symposium on the history of the Chinese-language press, a clan association, Port Louis (zh-Hans-MU, fr section with lang, Kreol greeting)."""
from lib import mk, Q, M, N, entry, fld

NAV = [("index.html", "首页"), ("feiyong.html", "费用"), ("zhuce.html", "注册"), ("xianshang.html", "线上旁听"),
       ("wuzhangai.html", "无障碍与翻译"), ("zanzhu.html", "赞助"), ("zhusu.html", "住宿交通"), ("shudian.html", "书店")]
FOOT = {"zh-Hans-MU": '<p>毛里求斯南顺会馆文史组 · 路易港皇家街 12 号 · presse@huiguan.example.mu</p>'
                      '<p><a href="@2023-lunwenji.html">2023 年论文集</a></p>'}
s = mk("maoliqiusi-huawen-baokan-shi-yantaohui", "毛里求斯华文报刊史研讨会 2027", "zh-Hans-MU", "#b22222", "报", NAV, foot=FOOT)

s.page("index.html", "毛里求斯华文报刊史研讨会 2027", """
<h1>毛里求斯华文报刊史研讨会</h1>
<p>Bienvini tou dimounn!</p>
<p>南顺会馆文史组将于 2027 年 9 月 18 日至 19 日在路易港唐人街会馆礼堂举办第三届华文报刊史研讨会，回顾《中华日报》等本地华文报纸一百多年来的历史，邀请研究者、报人后代及收藏者发表论文。</p>
<p>开幕公开讲座免费开放给公众，无须注册；论文发表及两天的研讨会须注册并付费。</p>
<section lang="fr">
<h2>Colloque sur la presse chinoise à Maurice</h2>
<p>La section d'histoire de l'association Nam Shun organise les 18 et 19 septembre 2027, dans la salle de l'association au Chinatown de Port-Louis, un colloque sur plus d'un siècle de presse en langue chinoise à Maurice. Une interprétation entre le chinois et le français est assurée pour toutes les séances.</p>
<p>Droits d'inscription : 2 500 roupies, 1 500 roupies pour les membres de l'association. La conférence inaugurale est gratuite et ouverte à tous.</p>
</section>
""")

s.page("feiyong.html", "费用", """
<h1>注册费用</h1>
<ul>
<li>一般参加者：2,500卢比（Rs 2,500）</li>
<li>南顺会馆会员：1,500卢比（Rs 1,500）</li>
</ul>
<p>本次研讨会不设减免或资助，交通及住宿自理。</p>
<p>开幕公开讲座免费。</p>
""")

login = ('<form class="login" action="@zhuce.html" method="post"><h2>已有账户？登录</h2>'
         + fld("login_user", "用户名") + fld("login_pw", "密码", "password")
         + '<button type="submit">登录</button></form>')
signup = ('<form action="@zhuce.html" method="post"><h2>新用户注册</h2>'
          + fld("user", "用户名（必填）") + fld("pw", "密码（必填）", "password") + fld("pw2", "确认密码（必填）", "password")
          + fld("name", "姓名（必填）") + fld("nic", "身份证号码 (NIC)（必填）") + fld("email", "电邮（必填）", "email")
          + fld("tel", "电话", "tel") + fld("huiyuan", "会馆会员编号") + fld("jigou", "所属机构（大学、报社、会馆）")
          + fld("leibie", "参加类别", "select", True, ["一般参加者", "会员", "论文发表人"])
          + '<div id="mcaptcha__widget-container"><label data-mcaptcha_url="https://captcha.huiguan.example.mu/widget/?sitekey=presse27">验证</label></div>'
          + '<button type="submit">创建账户并注册</button></form>')
s.page("zhuce.html", "注册", """
<h1>注册</h1>
<p>参加研讨会须先在会馆网站建立个人账户，再以账户完成注册及缴费。</p>
""" + login + signup)

s.page("xianshang.html", "线上旁听", """
<h1>线上旁听</h1>
<p>所有论文发表将在会馆的视频频道直播。线上旁听仅供观看，不能提问或发言。</p>
<p>直播链接：<a href="https://www.youtube.com/@namshun-example">YouTube 频道</a></p>
""")

s.page("wuzhangai.html", "无障碍与翻译", """
<h1>无障碍与翻译</h1>
<p>会场在二楼，没有电梯，也没有轮椅通道。如有行动不便或其他需要，请提前联系 access@huiguan.example.mu，我们会尽量安排。</p>
<p>所有场次提供中法双语传译。</p>
""")

s.page("zanzhu.html", "赞助", """
<h1>赞助</h1>
<p>金级赞助：Rs 50,000；银级赞助：Rs 20,000。</p>
""")

s.page("zhusu.html", "住宿交通", """
<h1>住宿与交通</h1>
<p>唐人街附近旅馆每晚约 Rs 3,200。</p>
<p>机场至路易港的出租车约 Rs 1,500；从留尼汪来的机票约 180 €。</p>
<p>地铁（Metro Express）单程 Rs 40。</p>
""")

s.page("shudian.html", "书店", """
<h1>会馆书店</h1>
<p>《毛里求斯华人报业百年》每本 Rs 800。</p>
<p>2019 年论文集每本 Rs 500。</p>
""")

ENTRY = entry(
    s, name="Symposium on the history of the Chinese-language press 2027 (Nam Shun clan association, Port Louis, Mauritius)",
    languages=["zh", "fr"],
    fees=[(2500, "MUR"), (1500, "MUR")],
    free_option=True, fee_support=False, remote_participation=False, captcha=["other"], account_required=True,
    registration_form=(10, 7, ["id_document", "phone", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=None, accessibility_statement=True, access_services=["interpretation"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "zhuce.html", "xianshang.html", "wuzhangai.html"],
    deliberate_404=["2023-lunwenji.html"],
    evidence={
        "languages": [Q("index.html", "回顾《中华日报》等本地华文报纸一百多年来的历史"),
                      M("index.html", '<section lang="fr">', "French section with lang"),
                      Q("index.html", "Une interprétation entre le chinois et le français est assurée pour toutes les séances."),
                      Q("index.html", "Bienvini tou dimounn!", "Mauritian Creole greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("zh, fr")],
        "fees": [Q("feiyong.html", "一般参加者：2,500卢比（Rs 2,500）", "2500 MUR"),
                 Q("feiyong.html", "南顺会馆会员：1,500卢比（Rs 1,500）", "member rate 1500 MUR (category rate)"),
                 Q("index.html", "Droits d'inscription : 2 500 roupies", "restated in French: no new entries"),
                 Q("zanzhu.html", "金级赞助：Rs 50,000", "sponsor: not a fee"),
                 Q("zhusu.html", "唐人街附近旅馆每晚约 Rs 3,200。", "hotel, taxi, flight (EUR), metro: not fees"),
                 Q("shudian.html", "《毛里求斯华人报业百年》每本 Rs 800。", "books: not fees")],
        "free_option": [Q("index.html", "开幕公开讲座免费开放给公众，无须注册")],
        "fee_support": [Q("feiyong.html", "本次研讨会不设减免或资助，交通及住宿自理。", "member rate is not support")],
        "remote_participation": [Q("xianshang.html", "线上旁听仅供观看，不能提问或发言。")],
        "captcha": [M("zhuce.html", '<div id="mcaptcha__widget-container">', "mCaptcha: other")],
        "account_required": [Q("zhuce.html", "参加研讨会须先在会馆网站建立个人账户")],
        "registration_form": [N("sign-up form: 10 fields (user name, password, confirmation, name, NIC, e-mail, phone, member number, institution, category select); required: 6 marked （必填） + category select = 7; sensitive id_document, phone, affiliation (member number not an ID); the login form is not counted", "zhuce.html"),
                              Q("zhuce.html", "身份证号码 (NIC)（必填）")],
        "registration_host": [N("own portal only; the YouTube link is a stream")],
        "registration_pdf_only": [N("online sign-up")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wuzhangai.html", "如有行动不便或其他需要，请提前联系 access@huiguan.example.mu", "contact for access needs")],
        "access_services": [Q("wuzhangai.html", "会场在二楼，没有电梯，也没有轮椅通道。", "no wheelchair_access"),
                            Q("wuzhangai.html", "所有场次提供中法双语传译。", "interpretation")],
        "videos_without_captions": [N("no video element")],
        "pdf_only_documents": [N("no PDF document")],
    })
