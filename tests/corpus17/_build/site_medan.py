from lib import *
SLUG = "mianlan-huawen-shigejie"
NAV = [("index.html", "首页"), ("piaowu.html", "票务"), ("huodong.html", "活动"), ("faq.html", "常见问题"),
       ("wuzhangai.html", "无障碍"), ("cishan.html", "捐款"), ("zanzhu.html", "赞助"), ("zhusu.html", "住宿")]
s = mk(SLUG, "棉兰华文诗歌节", "zh-Hans-ID", "#1f5f8b", "诗", NAV,
       foot={"zh-Hans-ID": "<p>苏北华文文学协会 · 棉兰 · puisi@shige.example.id</p>"})
placeholder_media(s, "media/langsong.mp4"); vtt(s, "media/langsong-zh.vtt", "欢迎")
s.page("index.html", "棉兰华文诗歌节", f"""
<h1>第五届棉兰华文诗歌节</h1>
<p>诗歌节由苏北华文文学协会主办，2027年5月在棉兰举行，包括朗诵会、诗歌创作工作坊和线上朗诵。</p>
<p>开幕朗诵会免费入场，无须购票。</p>
<p><a href="@piaowu.html">票务</a> · <a href="@huodong.html">活动</a> · <a href="@faq.html">常见问题</a> · <a href="@wuzhangai.html">无障碍</a></p>
{video("media/langsong.mp4", track="media/langsong-zh.vtt", track_lang="zh", label="中文")}
<section>
<h2>Festival Puisi Mandarin Medan</h2>
<p>Festival ini diselenggarakan oleh perkumpulan sastra Tionghoa Sumatera Utara. Pembacaan puisi pembukaan gratis untuk umum, sedangkan tiket terusan dijual melalui Loket. Penyair dari luar Medan dapat membacakan puisi secara daring melalui Zoom.</p>
</section>
""")
s.page("piaowu.html", "票务", """
<h1>票务</h1>
<div class="cards">
<div class="card"><span class="price">Rp 150.000<small>三天通票</small></span></div>
<div class="card"><span class="price">Rp 75.000<small>学生票（凭学生证）</small></span></div>
</div>
<p>门票只在 <a href="https://loket.com/event/shigejie-medan-2027">Loket</a> 出售，购票前须以 Loket 账号登录。</p>
""")
s.page("huodong.html", "活动", """
<h1>活动</h1>
<ul>
<li>开幕朗诵会（免费）</li>
<li>诗歌创作工作坊（另收费，详见常见问题）</li>
<li>线上诗歌朗诵：外地诗人可通过 Zoom 上台朗诵，并与评委现场交流。</li>
<li>讲座：谈谈十二岁孩子写的诗</li>
</ul>
""")
s.page("faq.html", "常见问题", """
<h1>常见问题</h1>
<details open><summary>工作坊要另外付费吗？</summary><p>是的，诗歌创作工作坊每人 Rp 200.000，含讲义。</p></details>
<details><summary>有年龄限制吗？</summary><p>诗歌节欢迎所有年龄的诗歌爱好者。</p></details>
<details><summary>可以用印尼语朗诵吗？</summary><p>可以，朗诵会现场提供印尼语—华语口译。</p></details>
""")
s.page("wuzhangai.html", "无障碍", """
<h1>无障碍信息</h1>
<p>主会场位于会馆二楼，没有电梯，轮椅使用者不便进入。</p>
<p>如有任何无障碍需要，请通过下方表格联系我们，我们会尽量安排。</p>
<form action="@wuzhangai.html" method="post">
<label for="qn">姓名</label><input type="text" id="qn" name="qn">
<label for="qe">电邮</label><input type="email" id="qe" name="qe">
<label for="qm">您的需要</label><textarea id="qm" name="qm"></textarea>
<div class="cf-turnstile" data-sitekey="shige-example"></div>
<button type="submit">发送</button>
</form>
""")
s.page("cishan.html", "捐款", """
<h1>支持诗歌节</h1>
<p>建议捐款 Rp 50.000，所得用于出版青年诗人诗集。</p>
""")
s.page("zanzhu.html", "赞助", """
<h1>赞助</h1>
<p>主赞助商配套 Rp 25.000.000；书摊每个 Rp 1.000.000。</p>
""")
s.page("zhusu.html", "住宿", """
<h1>住宿与交通</h1>
<p>会场附近酒店每晚约 Rp 450.000；三轮车（becak）车资约 Rp 20.000。</p>
""")
ENTRY = entry(s, name="5th Medan Chinese Poetry Festival (Chinese literature association, Medan, Indonesia)",
    languages=["zh", "id"], fees=[(150000, "IDR"), (75000, "IDR"), (200000, "IDR")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["turnstile"], account_required=True, registration_form=None,
    registration_host="loket.com", min_age=None, accessibility_statement=True, access_services=["interpretation"],
    videos_without_captions=0,
    participation_pages=["index.html", "piaowu.html", "huodong.html", "faq.html", "wuzhangai.html"],
    evidence={
        "languages": [Q("index.html", "包括朗诵会、诗歌创作工作坊和线上朗诵"),
                      Q("index.html", "Festival ini diselenggarakan oleh perkumpulan sastra Tionghoa Sumatera Utara.", "Indonesian section without lang: id")],
        "un_languages": [N("zh")],
        "fees": [Q("piaowu.html", "Rp 150.000 三天通票", "150000 IDR"), Q("piaowu.html", "Rp 75.000 学生票（凭学生证）", "75000 IDR"),
                 Q("faq.html", "诗歌创作工作坊每人 Rp 200.000", "workshop price only in the FAQ: 200000 IDR"),
                 Q("cishan.html", "建议捐款 Rp 50.000", "donation: not a fee"),
                 Q("zanzhu.html", "主赞助商配套 Rp 25.000.000", "sponsorship, book stalls, hotel, becak: not fees")],
        "free_option": [Q("index.html", "开幕朗诵会免费入场，无须购票。")],
        "fee_support": [Q("piaowu.html", "学生票（凭学生证）", "student rate below the pass")],
        "remote_participation": [Q("huodong.html", "外地诗人可通过 Zoom 上台朗诵，并与评委现场交流。")],
        "captcha": [M("wuzhangai.html", '<div class="cf-turnstile"', "on the access-needs contact form")],
        "account_required": [Q("piaowu.html", "购票前须以 Loket 账号登录")],
        "registration_form": [N("no registration form: tickets on Loket; the 3-field access-needs form is a contact form")],
        "registration_host": [M("piaowu.html", 'href="https://loket.com/event/shigejie-medan-2027"')],
        "registration_pdf_only": [N("ticket platform")],
        "min_age": [Q("faq.html", "诗歌节欢迎所有年龄的诗歌爱好者。"), Q("huodong.html", "讲座：谈谈十二岁孩子写的诗", "talk title, not a limit")],
        "accessibility_statement": [Q("wuzhangai.html", "如有任何无障碍需要，请通过下方表格联系我们", "contact for access needs")],
        "access_services": [Q("wuzhangai.html", "没有电梯，轮椅使用者不便进入", "negation: no wheelchair_access"),
                            Q("faq.html", "朗诵会现场提供印尼语—华语口译", "interpretation")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
