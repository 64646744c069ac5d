from lib import *

NAV = [("index.html", "首頁"), ("feiyong.html", "報名費"), ("baoming.html", "隊伍報名"), ("xianshang.html", "線上組"),
       ("wuzhangai.html", "無障礙"), ("tagalog.html", "Tagalog"), ("xinwen.html", "最新消息"), ("zanzhu.html", "贊助")]
s = mk("feihua-zhongxuesheng-bianlunsai-manila", "菲華中學生華語辯論賽", "zh-Hant-PH", "#8a1538", "辯", NAV,
       foot={"zh-Hant-PH": "<p>菲華青年文教協會（虛構機構）· 馬尼拉岷倫洛區王彬街 488 號 · debate@tsinoy-youth.example.ph</p>"})
placeholder_media(s, "media/juesai.mp4")
vtt(s, "media/juesai.vtt", "正方第一辯：主席、各位評判……")
s.write("img/yanzhengma.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><text x="8" y="21" font-size="18">k7P2q</text></svg>\n')

s.page("index.html", "第十二屆菲華中學生華語辯論賽", f"""
<h1>第十二屆菲華中學生華語辯論賽</h1>
<p>本屆比賽於2027年8月7日至9日在馬尼拉岷倫洛區舉行，邀請全菲華校組隊參加。每隊三名辯手及一名指導老師，初賽採用奧瑞岡式賽制，決賽題目於開幕式公布。</p>
<p lang="nan">Lí-hó! Hoan-gêng ta̍k-ê lâi pí-sài.</p>
<h2>去年決賽精華（附字幕）</h2>
{video("media/juesai.mp4", track="media/juesai.vtt", track_kind="captions", track_lang="zh-Hant", label="中文字幕")}
<p><a href="@feiyong.html">報名費</a> · <a href="@baoming.html">立即報名</a> · <a href="@tagalog.html">Basahin sa Tagalog</a></p>
""")

s.page("feiyong.html", "報名費", """
<h1>報名費</h1>
<table>
<tr><th>組別</th><th>每隊報名費</th></tr>
<tr><td>現場組（馬尼拉）</td><td>₱3,200</td></tr>
<tr><td>線上組（Zoom）</td><td>₱1,800</td></tr>
</table>
<p>指導老師工作坊「如何帶領辯論隊」另收費，每人₱650，可於報名表中勾選。</p>
<p>沒有免繳報名費的隊伍，主辦學校的隊伍也照常繳費。</p>
<p>本會不提供旅費或住宿補助，報名費亦無折扣。</p>
""")

s.page("baoming.html", "隊伍報名", f"""
<h1>隊伍報名表</h1>
<p>參賽者須為十四至十八歲的中學生。報名不需註冊帳號，填妥本表即可。</p>
<form action="@baoming.html" method="post">
{fld("school", "學校名稱（必答）")}
{radios("div", "組別", ["現場組", "線上組"], req=True)}
<fieldset><legend>指導老師</legend>
{fld("c_name", "姓名（必答）")}
{fld("c_phone", "手機號碼（必答）", "tel")}
{fld("c_email", "電郵", "email", req=True)}
</fieldset>
<fieldset><legend>辯手</legend>
{fld("d1_name", "一辯姓名（必答）")}
{fld("d1_grade", "一辯年級", "select", opts=["初一", "初二", "初三", "高一", "高二"])}
{fld("d2_name", "二辯姓名")}
{fld("d2_grade", "二辯年級", "select", opts=["初一", "初二", "初三", "高一", "高二"])}
{fld("d3_name", "三辯姓名")}
{fld("d3_grade", "三辯年級", "select", opts=["初一", "初二", "初三", "高一", "高二"])}
{fld("stuid", "隊長學生證號碼")}
</fieldset>
{fld("ws", "指導老師參加工作坊（₱650）", "checkbox")}
<p><img src="@img/yanzhengma.svg" alt="驗證碼圖片" width="90" height="30"></p>
{fld("code", "請輸入圖中驗證碼（必答）")}
{fld("consent", "家長已同意學生參賽", "checkbox", req=True)}
<button type="submit">送出報名</button>
</form>
""")

s.page("xianshang.html", "線上組", """
<h1>線上組</h1>
<p>來自宿霧、三寶顏、納卯等地的學校可報名線上組。線上組的隊伍透過Zoom即時與對手辯論，評判同樣即場提問與評分。</p>
""")

s.page("wuzhangai.html", "無障礙", """
<h1>無障礙安排</h1>
<p>比賽禮堂位於地面層，入口設有輪椅坡道。</p>
<p>決賽設即時字幕，投影於台側螢幕。</p>
<p>如有其他需要，請電郵 access@tsinoy-youth.example.ph。</p>
""")

s.page("tagalog.html", "Paligsahan sa Debate – Tagalog", """
<h1>Paligsahan sa Debate ng mga Estudyanteng Tsinoy</h1>
<p>Ang paligsahan ay bukas sa mga estudyante ng hayskul na labing-apat hanggang labing-walong taong gulang mula sa mga paaralang Tsino sa buong Pilipinas. Gaganapin ito sa Binondo, Maynila, mula Agosto 7 hanggang 9, 2027.</p>
<p>Ang bayad ay ₱3,200 bawat koponan para sa harapang dibisyon at ₱1,800 bawat koponan para sa online na dibisyon sa Zoom. Walang libreng pagpaparehistro at walang tulong sa pamasahe.</p>
<p>Ang bulwagan ay nasa unang palapag at may rampa para sa wheelchair.</p>
""", lang="zh-Hant-PH")

s.page("xinwen.html", "最新消息", """
<h1>最新消息</h1>
<p>香港評判來回機票約HK$1,400，由贊助商負擔。</p>
<p>合作酒店每晚₱2,900起。從王彬街坐吉普尼到會場，車資約₱13。</p>
<p>冠軍隊伍可獲₱20,000獎學金。</p>
<p><a href="@2026-jieguo.html">2026年比賽結果</a></p>
""")

s.page("zanzhu.html", "贊助", """
<h1>贊助方案</h1>
<p>金級贊助：₱150,000，含決賽現場冠名。</p>
""")

ENTRY = entry(s, name="12th Chinese-Filipino secondary schools' Mandarin debate tournament (Tsinoy youth education association, Manila, Philippines)",
    languages=["zh", "tl"],
    fees=[(3200, "PHP"), (1800, "PHP"), (650, "PHP")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["image"],
    account_required=False, registration_form=(15, 8, ["affiliation", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=14, accessibility_statement=True,
    access_services=["wheelchair_access", "captions"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "feiyong.html", "baoming.html", "xianshang.html", "wuzhangai.html", "tagalog.html"],
    deliberate_404=["2026-jieguo.html"],
    evidence={
        "languages": [Q("index.html", "邀請全菲華校組隊參加"),
                      M("tagalog.html", '<html lang="zh-Hant-PH">', "whole page in Tagalog declared zh-Hant-PH"),
                      Q("tagalog.html", "Ang paligsahan ay bukas sa mga estudyante ng hayskul"),
                      M("index.html", '<p lang="nan">', "Hokkien greeting: not listable")],
        "un_languages": [N("zh")],
        "fees": [Q("feiyong.html", "₱3,200", "per team, in person"),
                 Q("feiyong.html", "₱1,800", "per team, online division"),
                 Q("feiyong.html", "每人₱650", "coaches' workshop"),
                 Q("tagalog.html", "Ang bayad ay ₱3,200 bawat koponan", "Tagalog restatement: no new entry"),
                 Q("xinwen.html", "HK$1,400", "HKD flight: not a fee"),
                 Q("xinwen.html", "合作酒店每晚₱2,900起", "hotel: not a fee"),
                 Q("xinwen.html", "車資約₱13", "jeepney: not a fee"),
                 Q("xinwen.html", "冠軍隊伍可獲₱20,000獎學金", "prize: not a fee"),
                 Q("zanzhu.html", "₱150,000", "sponsor: not a fee")],
        "free_option": [Q("feiyong.html", "沒有免繳報名費的隊伍，主辦學校的隊伍也照常繳費。")],
        "fee_support": [Q("feiyong.html", "本會不提供旅費或住宿補助，報名費亦無折扣。")],
        "remote_participation": [Q("xianshang.html", "線上組的隊伍透過Zoom即時與對手辯論")],
        "captcha": [M("baoming.html", 'alt="驗證碼圖片"', "self-hosted image code")],
        "account_required": [Q("baoming.html", "報名不需註冊帳號")],
        "registration_form": [N("15 fields: school, division radio, coach name, phone, e-mail, 3 debaters' names and grade selects, captain's student card number (not an ID), workshop checkbox, image-code box, consent checkbox; required: 5 marked （必答） + division radio + e-mail + consent (required attr) = 8", "baoming.html"),
                              Q("baoming.html", "學校名稱（必答）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("baoming.html", "參賽者須為十四至十八歲的中學生")],
        "accessibility_statement": [Q("wuzhangai.html", "入口設有輪椅坡道")],
        "access_services": [Q("wuzhangai.html", "入口設有輪椅坡道", "wheelchair_access"),
                            Q("wuzhangai.html", "決賽設即時字幕", "captions")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/juesai.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
