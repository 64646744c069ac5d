from lib import mk, Q, M, N, entry, video, placeholder_media
NAV = {"ar": [("index.html", "الرئيسية"), ("tasjeel.html", "التسجيل"), ("minah.html", "منح السفر"), ("buad.html", "المشاركة عن بعد"),
              ("funduq.html", "الإقامة"), ("jaeza.html", "الجائزة"), ("en/index.html", "English")],
       "en": [("en/index.html", "Home"), ("index.html", "العربية")]}
s = mk("muntada-hurriyat-alilam-amman", "منتدى حرية الإعلام", "ar", "#b71c1c", "حإ", NAV, dir="rtl", foot={"ar": "<p>الأمانة · forum@media-freedom.example.jo</p>"})
placeholder_media(s, "media/khitab.mp4")
s.page("index.html", "منتدى حرية الإعلام ٢٠٢٧ — عمّان", """
<h1>منتدى حرية الإعلام ٢٠٢٧</h1>
<p>عمّان، ٢٠–٢١ نيسان. يلتقي الصحفيون والمحامون ومنظمات المجتمع المدني لمناقشة سلامة الصحفيين وحماية المصادر وتنظيم المحتوى الرقمي في المنطقة العربية.</p>
<p><a href="@tasjeel.html">التسجيل</a></p>
""" + video("media/khitab.mp4") + "\n")
s.page("tasjeel.html", "التسجيل", """
<h1>التسجيل</h1>
<form action="@tasjeel.html" method="post">
  <label for="n">الاسم</label><input type="text" id="n" name="name" required>
  <label for="e">البريد الإلكتروني</label><input type="email" id="e" name="email" required>
  <label for="h">الهاتف</label><input type="tel" id="h" name="phone">
  <label for="o">المؤسسة الإعلامية</label><input type="text" id="o" name="outlet" required>
  <label for="p">صورة شخصية لبطاقة الدخول</label><input type="file" id="p" name="photo" accept="image/*" required>
  <div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
  <button type="submit">تسجيل</button>
</form>
<p>تتوفر ترجمة فورية بين العربية والإنجليزية. لا تتوفر ترجمة إلى لغة الإشارة هذا العام.</p>
""")
s.page("minah.html", "منح السفر", """<h1>منح السفر</h1><p>يقدم المنتدى منح سفر تغطي تذكرة الطيران والإقامة لعشرين صحفيًا مستقلًا من اليمن والسودان وليبيا، مع بدل يومي قدره ٣٠ دينارًا أردنيًا.</p>""")
s.page("buad.html", "المشاركة عن بعد", """<h1>المشاركة عن بعد</h1><p>يمكن للمشاركين عن بعد عبر زووم طرح الأسئلة على المتحدثين والمداخلة في الجلسات الحوارية.</p>""")
s.page("funduq.html", "الإقامة", """<h1>الإقامة والتأشيرة</h1><p>فندق الشميساني: ٨٥ دينار أردني لليلة. رسوم التأشيرة عند الوصول: 40 JOD. سيارة أجرة من المطار: نحو ٢٥ دينارًا.</p>""")
s.page("jaeza.html", "الجائزة", """<h1>جائزة الصحافة الاستقصائية</h1><p>قيمة الجائزة ٥٬٠٠٠ دولار أمريكي. من جلسات المنتدى: «تسجيل المواقع الإخبارية: قيود جديدة» و«لغة خطاب الكراهية».</p>""")
s.page("en/index.html", "Media Freedom Forum 2027 — Amman", """
<h1>Media Freedom Forum 2027</h1>
<p>Amman, 20–21 April. Journalists, lawyers and civil society organisations meet to discuss the safety of journalists, source protection and the regulation
of digital content in the Arab region. Remote participants can ask questions and take part in the discussions on Zoom.</p>
""", lang="en")
ENTRY = entry(s, name="منتدى حرية الإعلام (Arabic-language media freedom forum)",
    languages=["ar", "en"], free_option=None, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(5, 4, ["phone", "affiliation", "photo"]), accessibility_statement=False, access_services=["interpretation"],
    videos_without_captions=1, participation_pages=["index.html", "tasjeel.html", "minah.html", "buad.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "يلتقي الصحفيون والمحامون ومنظمات المجتمع المدني"), Q("en/index.html", "Journalists, lawyers and civil society organisations meet")],
        "un_languages": [N("ar and en")],
        "fees": [N("nothing about a participation fee"), Q("minah.html", "بدل يومي قدره ٣٠ دينارًا أردنيًا", "per diem"),
                 Q("funduq.html", "رسوم التأشيرة عند الوصول: 40 JOD.", "visa, hotel, taxi"), Q("jaeza.html", "قيمة الجائزة ٥٬٠٠٠ دولار أمريكي.", "prize")],
        "free_option": [N("the site says nothing about the cost of taking part: null")],
        "fee_support": [Q("minah.html", "يقدم المنتدى منح سفر تغطي تذكرة الطيران والإقامة")],
        "remote_participation": [Q("buad.html", "يمكن للمشاركين عن بعد عبر زووم طرح الأسئلة على المتحدثين")],
        "captcha": [M("tasjeel.html", '<div class="cf-turnstile"')], "account_required": [N("none")],
        "registration_form": [N("5 fields: name, email, phone (optional), media outlet (affiliation), photo (file); 4 required", "tasjeel.html")],
        "registration_host": [N("native")], "registration_pdf_only": [N("HTML form")], "min_age": [N("none")],
        "accessibility_statement": [N("interpretation alone; no provisions or contact")],
        "access_services": [Q("tasjeel.html", "تتوفر ترجمة فورية بين العربية والإنجليزية."), Q("tasjeel.html", "لا تتوفر ترجمة إلى لغة الإشارة هذا العام.", "negation")],
        "videos_without_captions": [M("index.html", 'src="media/khitab.mp4">')], "pdf_only_documents": [N("no PDF")],
    })
