from lib import *

NAV = [("index.html", "Bogga hore"), ("qiimaha.html", "Qiimaha"), ("diiwaangelin.html", "Is-diiwaangelin"),
       ("barnaamijka.html", "Barnaamijka"), ("helitaanka.html", "Helitaanka"), ("bandhig.html", "Bandhigga"),
       ("hoyga.html", "Hoyga iyo gaadiidka"), ("shaqooyin.html", "Shaqooyin")]
s = mk("shirweynaha-ganacsatada-haweenka-muqdisho", "Shirweynaha Ganacsatada Haweenka 2027", "so", "#4a6fa5", "SGH", NAV,
       foot={"so": "<p>Ururka Ganacsatada Haweenka Soomaaliyeed · shir@ganacsatada-haween.example.so</p>"})

s.page("index.html", "Shirweynaha Ganacsatada Haweenka 2027 — Muqdisho", """
<h1>Shirweynaha Ganacsatada Haweenka Soomaaliyeed</h1>
<p>Ururka Ganacsatada Haweenka wuxuu shirkiisa sanadlaha ah ku qabanayaa Muqdisho 14 ilaa 15 Maarso 2027. Haweenka
ganacsiga yar iyo kuwa dhexe, bangiyada, iyo hay'adaha horumarinta ayaa ka wada hadli doona amaahda, suuqyada iyo
tababarka xirfadaha.</p>
<p>Eeg <a href="@qiimaha.html">qiimaha ka qaybgalka</a> oo <a href="@diiwaangelin.html">is-diiwaangeli</a>. Warbixinta
shirkii hore: <a href="@warbixin-2026.html">2026</a>.</p>
<video controls preload="none" width="640" src="media/shir.mp4"></video>
<section lang="en">
<h2>In English</h2>
<p>The Somali Women Entrepreneurs' Summit brings owners of small and medium businesses, banks and development agencies
together in Mogadishu to discuss credit, markets and skills. Women from displaced-persons camps attend free of
charge; the registration form is in Somali, and the Summit hall has a supervised children's room.</p>
</section>
<section>
<h2>بالعربية</h2>
<p>تعقد رابطة سيدات الأعمال الصوماليات مؤتمرها السنوي في مقديشو يومي ١٤ و١٥ مارس ٢٠٢٧، بمشاركة صاحبات المشاريع
الصغيرة والمتوسطة والمصارف وهيئات التنمية، لمناقشة التمويل والأسواق والتدريب المهني.</p>
</section>
""")
placeholder_media(s, "media/shir.mp4")

s.page("qiimaha.html", "Qiimaha", """
<h1>Qiimaha ka qaybgalka</h1>
<table><caption>Kharashka is-diiwaangelinta</caption>
<tr><th>Qaybta</th><th>Qiimaha</th></tr>
<tr><td>Ka qaybgale guud</td><td>$40</td></tr>
<tr><td>Ardayda jaamacadaha</td><td>15 doollar</td></tr>
</table>
<p class="note">Haweenka ka yimaada xeryaha barakacayaasha waa bilaash, kharash kama bixinayaan.</p>
""")

s.page("diiwaangelin.html", "Is-diiwaangelin", f"""
<h1>Foomka is-diiwaangelinta</h1>
<p>Meelaha ay ku qoran tahay (waa qasab) waa in la buuxiyaa.</p>
<form action="@diiwaangelin.html" method="post">
{fld("magac", "Magaca oo buuxa (waa qasab)")}
{fld("email", "Iimaylka", "email")}
{fld("telefoon", "Lambarka telefoonka (waa qasab)", "tel")}
{fld("dhalasho", "Taariikhda dhalashada (waa qasab)", "date")}
{fld("aqoonsi", "Lambarka kaarka aqoonsiga qaranka (waa qasab)")}
{fld("shirkad", "Magaca ganacsiga ama shirkadda (waa qasab)")}
{fld("gobol", "Gobolka", "select", opts=["Banaadir", "Shabeellaha Hoose", "Hiiraan", "Bay", "Kale"])}
{fld("nooc", "Nooca ganacsiga", "select", opts=["Cunto", "Dhar", "Adeeg", "Beeraha", "Kale"])}
{radios("qayb", "Qaybta aad rabto (waa qasab)", ["Amaahda", "Suuqyada", "Tababarka"])}
{fld("ogol", "Waan ogolahay in xogtayda loo isticmaalo shirka (waa qasab)", "checkbox")}
<button type="submit">Dir</button>
</form>
<p>Ka qaybgalayaashu waa inay jiraan ugu yaraan 18 sano.</p>
""")

s.page("barnaamijka.html", "Barnaamijka", """
<h1>Barnaamijka</h1>
<p>Maalinta 1aad: amaahda iyo bangiyada. Maalinta 2aad: suuqyada iyo tababarka.</p>
<p>Kulamada waxaa si toos ah looga daawan karaa YouTube oo kaliya; su'aalo laguma soo diri karo.</p>
""")

s.page("helitaanka.html", "Helitaanka", """
<h1>Helitaanka iyo adeegyada</h1>
<p>Hoolka shirka wuxuu ku yaal dabaqa hoose, waxaana gali kara kuraasta lugaha (wheelchair).</p>
<p>Waxaa jira xannaanada carruurta oo ay ilaalinayaan shaqaale tababaran inta shirku socdo.</p>
<p>Dhammaan kulamada waxaa lagu turjumayaa Soomaali iyo Ingiriis.</p>
<p>Wixii baahi gaar ah la xiriir: helitaan@ganacsatada-haween.example.so</p>
""")
s.page("bandhig.html", "Bandhigga", """
<h1>Bandhigga ganacsiga</h1><p>Miis bandhig: $250. Kafaala-qaadka weyn: $5,000.</p>
""")
s.page("hoyga.html", "Hoyga iyo gaadiidka", """
<h1>Hoyga iyo gaadiidka</h1><p>Hudheelka Liido: $70 habeenkii. Bajaaj magaalada gudaheeda: qiyaastii $2.</p>
""")
s.page("shaqooyin.html", "Shaqooyin", """
<h1>Shaqooyin</h1><p>Isku-duwaha mashruuca: mushahar $900 bishii.</p>
""")

ENTRY = entry(s, name="Somali Women Entrepreneurs' Summit 2027 (women's business association, Mogadishu)",
    languages=["so", "en", "ar"], fees=[(40, "USD"), (15, "USD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=False, registration_form=(10, 7, ["phone", "birth_date", "id_document", "affiliation"]),
    min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "childcare", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "qiimaha.html", "diiwaangelin.html", "barnaamijka.html", "helitaanka.html"],
    deliberate_404=["warbixin-2026.html"],
    evidence={
        "languages": [Q("index.html", "Ururka Ganacsatada Haweenka wuxuu shirkiisa sanadlaha ah ku qabanayaa Muqdisho"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Somali Women Entrepreneurs' Summit brings owners of small and medium businesses"),
                      Q("index.html", "تعقد رابطة سيدات الأعمال الصوماليات مؤتمرها السنوي في مقديشو", "Arabic section without lang")],
        "un_languages": [N("en, ar")],
        "fees": [Q("qiimaha.html", "Ka qaybgale guud $40", "40 USD"),
                 Q("qiimaha.html", "Ardayda jaamacadaha 15 doollar", "15 USD"),
                 Q("bandhig.html", "Miis bandhig: $250.", "stand and sponsorship: not fees"),
                 Q("hoyga.html", "Hudheelka Liido: $70 habeenkii.", "hotel and bajaj: not fees"),
                 Q("shaqooyin.html", "mushahar $900 bishii", "salary: not a fee")],
        "free_option": [Q("qiimaha.html", "Haweenka ka yimaada xeryaha barakacayaasha waa bilaash")],
        "fee_support": [Q("qiimaha.html", "Ardayda jaamacadaha 15 doollar", "student rate"),
                        Q("qiimaha.html", "Haweenka ka yimaada xeryaha barakacayaasha waa bilaash", "free for one group")],
        "remote_participation": [Q("barnaamijka.html", "Kulamada waxaa si toos ah looga daawan karaa YouTube oo kaliya; su'aalo laguma soo diri karo.")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, e-mail, phone, birth date, national ID card number, business, region "
                                "select, business-type select, session radio, consent checkbox); 7 marked (waa qasab); "
                                "sensitive phone, birth_date, id_document, affiliation", "diiwaangelin.html"),
                              Q("diiwaangelin.html", "Lambarka kaarka aqoonsiga qaranka (waa qasab)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("diiwaangelin.html", "Ka qaybgalayaashu waa inay jiraan ugu yaraan 18 sano.")],
        "accessibility_statement": [Q("helitaanka.html", "waxaana gali kara kuraasta lugaha (wheelchair)"),
                                    Q("helitaanka.html", "Wixii baahi gaar ah la xiriir")],
        "access_services": [Q("helitaanka.html", "waxaana gali kara kuraasta lugaha (wheelchair)", "wheelchair_access"),
                            Q("helitaanka.html", "Waxaa jira xannaanada carruurta oo ay ilaalinayaan shaqaale tababaran", "childcare"),
                            Q("helitaanka.html", "waxaa lagu turjumayaa Soomaali iyo Ingiriis", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/shir.mp4"></video>', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
