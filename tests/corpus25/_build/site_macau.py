from lib import *

NAV = [("index.html", "首頁"), ("gongzuofang.html", "工作坊與收費"), ("baoming.html", "報名"), ("wuzhangai.html", "無障礙"),
       ("english.html", "English"), ("jiangzuo.html", "公開講座"), ("zhusu.html", "住宿"), ("huigu.html", "往屆回顧")]
s = mk("aomen-qingnian-fanyi-gongzuofang", "澳門青年翻譯工作坊 2027", "zh-Hant-MO", "#8a1c4a", "譯", NAV,
       foot={"zh-Hant-MO": "<p>澳門青年譯者學會 · traducao@mo-yt.example.mo</p>"})
placeholder_media(s, "media/huigu.mp4"); placeholder_media(s, "media/jiangzuo.mp4"); vtt(s, "media/jiangzuo.vtt", "歡迎")
s.page("index.html", "澳門青年翻譯工作坊 2027", """
<h1>澳門青年翻譯工作坊 2027</h1>
<p>2027年7月19日至23日，澳門青年譯者學會於塔石藝文館舉辦為期五天的中葡、中英翻譯工作坊，由資深譯者帶領學員逐句修改譯稿。</p>
<p>工作坊只限現場參與，不設網上課堂。</p>
<section lang="pt">
<h2>Em português</h2>
<p>A Associação de Jovens Tradutores de Macau organiza, de 19 a 23 de julho de 2027, uma oficina de tradução chinês-português e chinês-inglês no Edifício do Tap Seac. As sessões são apenas presenciais e as palestras públicas de fim de tarde são gratuitas.</p>
</section>
""" + video("media/jiangzuo.mp4", track="media/jiangzuo.vtt", track_lang="zh-Hant", label="中文字幕"))
s.page("gongzuofang.html", "工作坊與收費", """
<h1>工作坊與收費</h1>
<p>五天工作坊學費：澳門元350（包括講義及茶點）。</p>
<p>每晚的公開講座免費入場，歡迎市民參加。</p>
<p>本會不設學費減免或資助。</p>
<h2>2026 工作坊花絮</h2>
""" + video("media/huigu.mp4"))
form = "".join([fld("nm", "姓名（必填）"), fld("em", "電郵（必填）", "email"), fld("ph", "電話（必填）", "tel"),
    fld("dob", "出生日期（必填）", "date"), fld("sch", "就讀學校或工作單位"),
    fld("pair", "語言組合（必填）", "select", opts=["中葡", "中英"]), radios("lv", "程度", ["初級", "進階"]),
    fld("parent", "未滿十八歲者須家長同意（必填）", "checkbox")])
s.page("baoming.html", "報名", f"""
<h1>報名</h1>
<p>參加者須年滿十四歲。名額四十人，額滿即止。</p>
<form action="@baoming.html" method="post">{form}
<div class="geetest_captcha" data-captcha-id="demo-macau"></div><button type="submit">提交</button></form>
""")
s.page("wuzhangai.html", "無障礙", """
<h1>無障礙安排</h1>
<p>塔石藝文館設有斜道及升降機，輪椅人士可直達課室。</p>
<p>工作坊期間設兒童看顧角，由義工照顧三至十歲兒童。</p>
<p>現場不提供手語翻譯。</p>
""")
s.page("english.html", "Youth Translation Workshop", """
<h1>Macau Youth Translation Workshop 2027</h1>
<p>Five days of Chinese–Portuguese and Chinese–English translation practice with senior translators, 19–23 July 2027, Tap Seac.</p>
<p>The workshop fee is MOP 350, including handouts and tea breaks. Evening public talks are free. Participants must be at least fourteen. Sessions are in person only.</p>
""", lang="zh-Hant-MO")
s.page("jiangzuo.html", "公開講座", """
<h1>公開講座</h1>
<p>7月20日：「澳門街道名稱的翻譯」。7月22日：「法律文本中的葡文術語」。</p>
""")
s.page("zhusu.html", "住宿", """
<h1>住宿</h1>
<p>外地學員可入住合作青年旅舍，每晚HK$380。</p>
""")
s.page("huigu.html", "往屆回顧", """
<h1>往屆回顧</h1>
<p>2026年共有三十八名學員完成工作坊，最佳譯稿獎獎金澳門元2,000。</p>
""")
ENTRY = entry(s, name="Macau Youth Translation Workshop 2027 (young translators' association, Macau)",
    languages=["zh", "pt", "en"], fees=[(350, "MOP")], free_option=True, fee_support=False, remote_participation=False,
    captcha=["other"], account_required=False, registration_form=(8, 6, ["phone", "birth_date", "affiliation"]),
    min_age=14, accessibility_statement=True, access_services=["wheelchair_access", "childcare"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "gongzuofang.html", "baoming.html", "wuzhangai.html", "english.html"],
    evidence={
        "languages": [Q("index.html", "澳門青年譯者學會於塔石藝文館舉辦為期五天的中葡、中英翻譯工作坊"), M("index.html", '<section lang="pt">'),
                      Q("index.html", "A Associação de Jovens Tradutores de Macau organiza"),
                      M("english.html", '<html lang="zh-Hant-MO">', "English page declared zh-Hant-MO: English"),
                      Q("english.html", "Five days of Chinese–Portuguese and Chinese–English translation practice")],
        "un_languages": [N("zh, en")],
        "fees": [Q("gongzuofang.html", "五天工作坊學費：澳門元350", "350 MOP"),
                 Q("english.html", "The workshop fee is MOP 350", "restatement: no new entry"),
                 Q("zhusu.html", "每晚HK$380", "hostel: not a fee"), Q("huigu.html", "最佳譯稿獎獎金澳門元2,000", "prize: not a fee")],
        "free_option": [Q("gongzuofang.html", "每晚的公開講座免費入場，歡迎市民參加。")],
        "fee_support": [Q("gongzuofang.html", "本會不設學費減免或資助。")],
        "remote_participation": [Q("index.html", "工作坊只限現場參與，不設網上課堂。")],
        "captcha": [M("baoming.html", '<div class="geetest_captcha"', "GeeTest: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("8 fields (name, e-mail, phone, birth date, school or employer, language-pair select, level radio, parental-consent checkbox); 6 marked （必填）; sensitive phone, birth_date, affiliation", "baoming.html"),
                              Q("baoming.html", "出生日期（必填）")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("baoming.html", "參加者須年滿十四歲。", "14 in words")],
        "accessibility_statement": [Q("wuzhangai.html", "塔石藝文館設有斜道及升降機，輪椅人士可直達課室。")],
        "access_services": [Q("wuzhangai.html", "輪椅人士可直達課室", "wheelchair_access"),
                            Q("wuzhangai.html", "工作坊期間設兒童看顧角，由義工照顧三至十歲兒童。", "childcare (ages are not a limit)"),
                            Q("wuzhangai.html", "現場不提供手語翻譯。", "negation: no sign_language")],
        "videos_without_captions": [M("gongzuofang.html", 'src="media/huigu.mp4">', "no track"), M("index.html", 'kind="captions"', "index video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
