"""Municipal people's congress legislative hearing on a draft regulation (Chengdu): zh-CN, English notice page
declared lang="zh-CN"."""
from lib import mk, placeholder_media, video, Q, M, N, entry

SLUG = "chengdu-zengshe-dianti-guiding-lifa-tingzhenghui"
NAV = [("index.html", "听证公告"), ("baoming.html", "网上报名"), ("xuzhi.html", "参加须知"), ("wuzhangai.html", "无障碍服务"),
       ("beijing.html", "立法背景"), ("jiaotong.html", "交通指引"), ("wangqi.html", "往期听证"), ("en.html", "English")]
FOOT = '<p>成都市人大常委会法制工作委员会（示例） · 联系电话 028-0000 0000 · <a href="mailto:tingzheng@cdrd.example.cn">tingzheng@cdrd.example.cn</a></p>'
s = mk(SLUG, "《既有住宅增设电梯管理规定（草案）》立法听证会", "zh-CN", "#a31515", "听证", NAV, foot={"zh-CN": FOOT})
placeholder_media(s, "media/wangqi2025.mp4")
s.pdf("files/caoan.pdf", "Draft regulation on installing lifts in existing residential buildings\nArticle 1 ...\nArticle 12: cost sharing")
s.write("img/yzm.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><rect width="90" height="30" fill="#eee"/>'
        '<text x="10" y="21" font-size="18" font-family="monospace" fill="#333">7K3Q</text></svg>\n')

s.page("index.html", "立法听证会公告", """
<h1>关于举行《成都市既有住宅增设电梯管理规定（草案）》立法听证会的公告</h1>
<p>为广泛听取社会各方面意见，市人大常委会法制工作委员会定于2027年3月18日上午9时在市人大常委会机关第一会议室举行立法听证会，
现就有关事项公告如下。</p>
<h2>一、听证事项</h2>
<p>增设电梯的业主同意比例、费用分摊规则、低楼层业主补偿等问题。草案全文见：<a href="@files/caoan.pdf">《规定（草案）》全文（PDF）</a>。</p>
<h2>二、报名</h2>
<p>听证陈述人15名、旁听人30名，通过<a href="@baoming.html">网上报名</a>产生。报名及参加听证不收取任何费用。具体要求请阅读<a href="@xuzhi.html">参加须知</a>。</p>
<p>需要无障碍服务的报名人请见<a href="@wuzhangai.html">无障碍服务</a>。Foreign residents: <a href="@en.html">notice in English</a>.</p>
<h2>往期听证会回放</h2>
""" + video("media/wangqi2025.mp4") + """
""")

s.page("baoming.html", "网上报名", """
<h1>网上报名</h1>
<h2>报名条件</h2>
<p>年满十八周岁、具有完全民事行为能力的本市常住居民，以及与听证事项有利害关系的单位代表，均可报名。报名截止时间：2027年3月5日17时。</p>
<p>标有 * 的为必填项。</p>
<form action="@baoming.html" method="post">
  <fieldset><legend>报名类别 *</legend>
    <input type="radio" id="t1" name="type" value="chenshu" required> <label for="t1">听证陈述人</label>
    <input type="radio" id="t2" name="type" value="pangting"> <label for="t2">旁听人</label>
  </fieldset>
  <label for="xm">姓名 *</label><input type="text" id="xm" name="name" required>
  <label for="sfz">身份证号码 *</label><input type="text" id="sfz" name="id_number" required>
  <label for="sj">手机号码 *</label><input type="tel" id="sj" name="mobile" required>
  <label for="qx">所在区（市）县 *</label>
  <select id="qx" name="district" required><option value="">请选择</option><option>锦江区</option><option>青羊区</option><option>金牛区</option><option>武侯区</option><option>成华区</option><option>其他</option></select>
  <label for="dw">工作单位</label><input type="text" id="dw" name="employer">
  <fieldset><legend>是否为拟加装电梯住宅的业主</legend>
    <input type="radio" id="o1" name="owner" value="y"> <label for="o1">是</label>
    <input type="radio" id="o2" name="owner" value="n"> <label for="o2">否</label>
  </fieldset>
  <label for="yd">陈述意见要点（陈述人填写，500字以内）</label><textarea id="yd" name="points" rows="6"></textarea>
  <label for="yzm">验证码 *</label>
  <img src="@img/yzm.svg" alt="验证码" width="90" height="30">
  <input type="text" id="yzm" name="captcha" required>
  <button type="submit">提交报名</button>
</form>
""")

s.page("xuzhi.html", "参加须知", """
<h1>参加须知</h1>
<ol>
  <li>报名参加听证会不收取任何费用。</li>
  <li>听证陈述人、旁听人参加听证会的交通、食宿费用自理。</li>
  <li>陈述人每人陈述时间不超过5分钟；旁听人不发言，可在会后提交书面意见。</li>
  <li>听证会现场进行网络直播，仅供观看，网络观众不能发言或提问，也不设线上陈述。</li>
  <li>请携带本人身份证原件入场。</li>
</ol>
""")

s.page("wuzhangai.html", "无障碍服务", """
<h1>无障碍服务</h1>
<p>会议楼设有无障碍通道及无障碍电梯，乘坐轮椅的报名人可由北门进入。</p>
<p>听证会全程提供手语翻译。本次听证会不提供实时字幕，书面材料可提供大字版。</p>
<p>如需其他协助，请于3月10日前致电 028-0000 0001 联系会务组。</p>
""")

s.page("beijing.html", "立法背景", """
<h1>立法背景</h1>
<p>截至2026年底，全市已有约4,200台既有住宅加装电梯。按现行政策，每台电梯财政补贴最高20万元，其余费用由业主按楼层分摊，
高楼层每户分摊约3万元。草案拟对补贴标准和分摊比例作出规定。</p>
""")

s.page("jiaotong.html", "交通指引", """
<h1>交通指引</h1>
<p>乘坐地铁1号线至天府广场站，单程票价2元。周边停车场收费每小时5元，建议绿色出行。</p>
""")

s.page("wangqi.html", "往期听证", """
<h1>往期听证</h1>
<ul>
  <li>2025年：《养犬管理条例（修订草案）》立法听证会</li>
  <li>2024年：《城市公园条例（草案）》立法听证会 —— 老年人及残疾人无障碍设施的专题陈述</li>
</ul>
""")

s.page("en.html", "Public hearing on lifts in existing residential buildings — notice in English", """
<h1>Public legislative hearing: installing lifts in existing residential buildings</h1>
<p>The Legislative Affairs Commission of the Municipal People's Congress will hold a public hearing on the draft
regulation on 18 March 2027 at 9 a.m. Residents of the city aged 18 or over, including foreign residents, may apply
to speak or to attend as observers. Registration and attendance are free; travel and meals are at your own expense.</p>
<p>The hearing is held in Chinese, with Chinese Sign Language interpretation. It is streamed online for viewing only.
Please register with the <a href="@baoming.html">Chinese form</a> by 5 March.</p>
""")

ENTRY = entry(
    s, name="Legislative hearing on the draft regulation on lifts in existing housing (municipal people's congress, Chengdu)",
    languages=["zh", "en"], fees=[], free_option=True, fee_support=False, remote_participation=False,
    captcha=["image"], account_required=False, registration_form=(9, 6, ["id_document", "phone", "affiliation"]),
    min_age=18, accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "baoming.html", "xuzhi.html", "wuzhangai.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "为广泛听取社会各方面意见"),
                      Q("en.html", "The Legislative Affairs Commission of the Municipal People's Congress will hold a public hearing",
                        "whole page in English although declared lang=zh-CN"),
                      M("en.html", '<html lang="zh-CN">', "wrong lang attribute")],
        "un_languages": [N("zh, en")],
        "fees": [Q("xuzhi.html", "报名参加听证会不收取任何费用。", "no fee"),
                 Q("beijing.html", "每台电梯财政补贴最高20万元", "subsidy and cost share are the subject of the draft, not fees"),
                 Q("jiaotong.html", "单程票价2元", "metro fare and parking, not fees")],
        "free_option": [Q("index.html", "报名及参加听证不收取任何费用。"),
                        Q("en.html", "Registration and attendance are free")],
        "fee_support": [Q("xuzhi.html", "听证陈述人、旁听人参加听证会的交通、食宿费用自理。", "at own expense: no support")],
        "remote_participation": [Q("xuzhi.html", "听证会现场进行网络直播，仅供观看，网络观众不能发言或提问，也不设线上陈述。")],
        "captcha": [M("baoming.html", '<img src="img/yzm.svg" alt="验证码"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields: category radio (=1), name, ID number, mobile, district select, employer, owner "
                                "radio (=1), points textarea, image-code text box. Required (*): category, name, ID "
                                "number, mobile, district, code = 6. Sensitive: id_document, phone, affiliation.",
                                "baoming.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("baoming.html", "年满十八周岁、具有完全民事行为能力的本市常住居民", "18 in Chinese numerals"),
                    Q("en.html", "aged 18 or over")],
        "accessibility_statement": [Q("wuzhangai.html", "如需其他协助，请于3月10日前致电 028-0000 0001 联系会务组。")],
        "access_services": [Q("wuzhangai.html", "会议楼设有无障碍通道及无障碍电梯，乘坐轮椅的报名人可由北门进入。"),
                            Q("wuzhangai.html", "听证会全程提供手语翻译。"),
                            Q("wuzhangai.html", "本次听证会不提供实时字幕", "no captions (negation); large print is not a service")],
        "videos_without_captions": [M("index.html", 'src="media/wangqi2025.mp4">', "no track")],
        "pdf_only_documents": [M("index.html", 'href="files/caoan.pdf"', "the draft under hearing only as PDF")],
    })
