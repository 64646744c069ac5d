"""Penang (Malaysia): a seniors' association's forum on digital inclusion for older people. Simplified Chinese with a
Malay section. Pages and labels written together."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "binglang-leling-shuma-baorong-luntan"
NAV = [("index.html", "首页"), ("baoming.html", "报名"), ("feiyong.html", "费用"), ("wuzhangai.html", "无障碍服务"),
       ("changjian-wenti.html", "常见问题"), ("zanzhu.html", "赞助"), ("juankuan.html", "捐款"),
       ("jiaotong.html", "交通与住宿")]
FOOT = {"zh-Hans-MY": "<p>© 2027 槟州乐龄数码关怀协会 · 乔治市 · 电邮 forum@seniordigital.example.my</p>"}
s = mk(SLUG, "槟州乐龄数码关怀协会", "zh-Hans-MY", "#b35c00", "乐龄", NAV, foot=FOOT)

MS1 = ("Forum Keterangkuman Digital Warga Emas Pulau Pinang 2027 menghimpunkan warga emas, keluarga, pekerja sosial, "
       "pustakawan, syarikat telekomunikasi dan agensi kerajaan untuk membincangkan keselamatan dalam talian, "
       "pencegahan penipuan dan perkhidmatan kerajaan elektronik.")
MS2 = ("Yuran penyertaan ialah RM80 untuk orang awam dan RM30 untuk pelajar institusi pengajian tinggi. Warga emas "
       "berumur 60 tahun ke atas menyertai secara percuma. Forum ini diadakan secara bersemuka sahaja.")
WORKSHOP = "加购：亲子数码工作坊（下午场，适合8至12岁儿童与祖父母一同参加），每个家庭RM20。"
NOACC = "报名无需注册账号，填写下表即可。"
WHEEL = "论坛在社区礼堂底层举行，入口设有斜坡，轮椅使用者可直达会场及无障碍洗手间。"
SIGN = "主题演讲及圆桌对话设有马来西亚手语（BIM）翻译。"
CAP = "大屏幕提供实时字幕（华文）。"
INTERP = "全场提供华语与马来语同步传译，可向服务台领取耳机。"
INPERSON = "本论坛只设实体活动，不设线上参与。Facebook直播只供观看，无法提问。"

FORM = ('<form action="@baoming.html" method="post">'
        + fld("name", "姓名（必须填写此项）")
        + fld("ic", "身份证号码（MyKad）（必须填写此项）")
        + fld("phone", "手机号码（必须填写此项）", "tel")
        + fld("email", "电邮", "email")
        + fld("agegroup", "年龄组别", "select", opts=["18岁以下", "18至59岁", "60至69岁", "70岁或以上"])
        + fld("org", "所属团体或乐龄中心")
        + radios("ticket", "票种（必须填写此项）", ["一般公众 RM80", "大专院校学生 RM30", "60岁或以上乐龄人士（免费）"])
        + fld("workshop", "加购亲子数码工作坊（每个家庭RM20）", "checkbox")
        + fld("needs", "需要的协助（如轮椅、手语翻译、字幕）", "textarea")
        + fld("diet", "饮食", "select", opts=["无特别要求", "素食", "清真"])
        + fld("agree", "本人同意主办单位使用以上资料处理报名", "checkbox", req=True)
        + '<div class="vaptchaContainer" style="width: 300px;height: 36px;"><div class="vaptcha-init-main">'
          '<div class="vaptcha-init-loading"><span class="vaptcha-text">Loading VAPTCHA...</span></div></div></div>'
        + '<button type="submit">提交报名</button></form>')

placeholder_media(s, "media/luntan-2026.mp4")
s.page("index.html", "2027槟城乐龄数码包容论坛", f"""
<h1>2027槟城乐龄数码包容论坛</h1>
<p class="note">日期：2027年6月19日 上午9时至下午5时　地点：乔治市社区礼堂</p>
<p>由槟州乐龄数码关怀协会主办的第三届论坛，邀请乐龄人士、家属、社工、图书馆员、电信业者与政府部门，一同探讨长者上网安全、网络诈骗防范、电子政府服务与数码技能培训。</p>
<p>论坛设有主题演讲、圆桌对话、手机实操辅导以及亲子数码工作坊。请先查看<a href="@feiyong.html">费用</a>，然后<a href="@baoming.html">在线报名</a>。</p>
<h2>2026年论坛回顾</h2>
{video("media/luntan-2026.mp4")}
<section lang="ms">
<h2>Ringkasan dalam Bahasa Melayu</h2>
<p>{MS1}</p>
<p>{MS2}</p>
</section>
""")

s.page("feiyong.html", "参加费用", f"""
<h1>参加费用</h1>
<table>
<tr><th>票种</th><th>费用</th></tr>
<tr><td>一般公众</td><td>RM80</td></tr>
<tr><td>大专院校学生（须出示学生证）</td><td>RM30</td></tr>
<tr><td>60岁或以上乐龄人士</td><td>免费</td></tr>
</table>
<p>{WORKSHOP}</p>
<p>费用包括午餐、茶点及论坛资料袋。付款方式：报名后以网上银行转账。</p>
""")

s.page("baoming.html", "报名", f"""
<h1>报名</h1>
<p>{NOACC}</p>
<p>标有“必须填写此项”的栏位必须填写。报名截止日期：2027年6月5日。</p>
{FORM}
""")

s.page("wuzhangai.html", "无障碍服务", f"""
<h1>无障碍服务</h1>
<p>{WHEEL}</p>
<p>{SIGN}</p>
<p>{CAP}</p>
<p>{INTERP}</p>
<p>如有其他需要，请在报名表中注明或致电04-200 0000。</p>
""")

s.page("changjian-wenti.html", "常见问题", f"""
<h1>常见问题</h1>
<details open><summary>可以在线参加吗？</summary><p>{INPERSON}</p></details>
<details open><summary>乐龄人士怎样免费参加？</summary><p>60岁或以上人士报名时选择“乐龄人士（免费）”票种，当天出示身份证即可。</p></details>
<details open><summary>有交通津贴吗？</summary><p>本会不提供交通津贴，但可协助安排共乘。</p></details>
<details open><summary>孩子可以参加吗？</summary><p>亲子数码工作坊欢迎儿童与祖父母一同参加；其他环节欢迎家属陪同。</p></details>
""")

s.page("zanzhu.html", "赞助", """
<h1>赞助配套</h1>
<ul>
  <li>白金赞助：RM15,000</li>
  <li>金级赞助：RM8,000</li>
  <li>展位：RM1,500</li>
</ul>
<p>赞助商现场推出长者平板电脑优惠价RM699（由赞助商直接销售）。</p>
""")

s.page("juankuan.html", "捐款", """
<h1>支持我们</h1>
<p>您的捐款让更多乐龄人士免费学习使用手机。可捐款RM50、RM100或任意数额。</p>
""")

s.page("jiaotong.html", "交通与住宿", """
<h1>交通与住宿</h1>
<p>Rapid Penang巴士车资RM1.40起；槟城渡轮单程RM2。</p>
<p>乔治市酒店每晚约RM180起，请自行预订。</p>
""")

ENTRY = entry(
    s, name="2027槟城乐龄数码包容论坛",
    languages=["zh", "ms"], fees=[(80, "MYR"), (30, "MYR"), (20, "MYR")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["other"], account_required=False,
    registration_form=(11, 5, ["id_document", "phone", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=8, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "interpretation"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "baoming.html", "feiyong.html", "wuzhangai.html", "changjian-wenti.html"],
    evidence={
        "languages": [Q("index.html", "由槟州乐龄数码关怀协会主办的第三届论坛"),
                      Q("index.html", MS1, "Malay section with lang=\"ms\" (two paragraphs)")],
        "un_languages": [N("zh")],
        "fees": [Q("feiyong.html", "一般公众 RM80"), Q("feiyong.html", "大专院校学生（须出示学生证） RM30"),
                 Q("feiyong.html", WORKSHOP, "paid add-on workshop of the forum itself: 20 MYR"),
                 Q("index.html", MS2, "restated in Malay: no new entries"),
                 Q("zanzhu.html", "白金赞助：RM15,000", "sponsor: not a fee"),
                 Q("zanzhu.html", "长者平板电脑优惠价RM699", "goods sold by a sponsor: not a fee"),
                 Q("juankuan.html", "可捐款RM50、RM100或任意数额", "donation: not a fee"),
                 Q("jiaotong.html", "乔治市酒店每晚约RM180起", "hotel: not a fee")],
        "free_option": [Q("feiyong.html", "60岁或以上乐龄人士 免费", "free for one group")],
        "fee_support": [Q("feiyong.html", "大专院校学生（须出示学生证） RM30", "student rate below RM80"),
                        Q("feiyong.html", "60岁或以上乐龄人士 免费", "free for one group")],
        "remote_participation": [Q("changjian-wenti.html", INPERSON, "in person only; the stream is watch-only")],
        "captcha": [M("baoming.html", '<div class="vaptchaContainer"', "VAPTCHA: other")],
        "account_required": [Q("baoming.html", NOACC)],
        "registration_form": [N("name*, MyKad* (id_document), mobile* (phone), email, age-group select, organisation "
                                "or seniors' centre (affiliation), ticket radio* (marker in legend), workshop checkbox, "
                                "needs textarea, diet select, consent checkbox (required attribute) = 11 fields, 5 "
                                "required; new marker （必须填写此项）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("feiyong.html", WORKSHOP, "a programme of the forum for children aged 8 to 12: 8; the free "
                      "tier for seniors aged 60 or over is a free group, not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", WHEEL)],
        "access_services": [Q("wuzhangai.html", WHEEL, "wheelchair_access"), Q("wuzhangai.html", SIGN, "sign_language"),
                            Q("wuzhangai.html", CAP, "captions"), Q("wuzhangai.html", INTERP, "interpretation")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/luntan-2026.mp4">',
                                      "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
