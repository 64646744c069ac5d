from lib import mk, Q, M, N, entry, video, placeholder_media
NAV = [("index.html", "الرئيسية"), ("tadhakir.html", "التذاكر"), ("banat.html", "مسار طالبات الثانوية"), ("wusul.html", "إمكانية الوصول"),
       ("barnamaj.html", "البرنامج"), ("ruaat.html", "الرعاة"), ("wazaif.html", "الوظائف"), ("funduq.html", "الإقامة")]
NAV_EN = [("en/index.html", "Home"), ("en/tickets.html", "Tickets")]
s = mk("multaqa-almaraa-dhakaa-istinai-kuwait", "ملتقى المرأة في الذكاء الاصطناعي ٢٠٢٧", "ar-KW", "#5b2a86", "WAI",
       {"ar-KW": NAV, "en": NAV_EN}, dir="rtl", langs={"ar-KW": [("en/index.html", "English")], "en": [("index.html", "العربية")]},
       foot={"ar-KW": "<p>للتواصل: info@wai-kuwait.example.com</p>", "en": "<p>Contact: info@wai-kuwait.example.com</p>"})
placeholder_media(s, "media/promo.mp4")
ALT = [("ar", "index.html"), ("en", "en/index.html")]
s.page("index.html", "ملتقى المرأة في الذكاء الاصطناعي", f"""
<h1>ملتقى المرأة في الذكاء الاصطناعي ٢٠٢٧</h1>
<p>الكويت، ١٤–١٥ أبريل ٢٠٢٧ — مركز الشيخ جابر الأحمد الثقافي. يجمع الملتقى الباحثات ورائدات الأعمال والمهندسات من دول الخليج لمناقشة مستقبل الذكاء الاصطناعي في المنطقة.</p>
<p><a href="@tadhakir.html">احجزي تذكرتك</a> · <a href="@banat.html">مسار طالبات الثانوية</a></p>
{video("media/promo.mp4")}
""", alternates=ALT)
s.page("tadhakir.html", "التذاكر", """
<h1>أسعار التذاكر</h1>
<table><tr><th>الفئة</th><th>السعر</th></tr>
<tr><td>تذكرة عامة (يومان)</td><td>٤٥ د.ك</td></tr>
<tr><td>طالبات الجامعات</td><td>١٥ د.ك</td></tr>
<tr><td>ورشة «بناء النماذج العربية» (إضافية)</td><td>٢٥ د.ك</td></tr></table>
<p>الحضور شخصي فقط، وتُنشر التسجيلات بعد الملتقى.</p>
<p>يتم الشراء عبر منصة <a href="https://www.platinumlist.net/ar/event-tickets/wai-kuwait-2027">Platinumlist</a>، ويتطلب الشراء إنشاء حساب على المنصة.</p>
""", alternates=ALT)
s.page("banat.html", "مسار طالبات الثانوية", """
<h1>مسار طالبات الثانوية</h1>
<p>مسار مجاني لطالبات المدارس الثانوية من سن ١٥ إلى ١٨ سنة، يتضمن ورشة برمجة وجلسة إرشاد مع باحثات.</p>
<form action="@banat.html" method="post">
<input type="hidden" name="id" value="track-girls">
<label for="name">اسم الطالبة *</label><input type="text" id="name" name="name" required>
<label for="dob">تاريخ الميلاد *</label><input type="date" id="dob" name="dob" required>
<label for="city">المدينة</label><input type="text" id="city" name="city">
<label for="grade">الصف</label><select id="grade" name="grade"><option>العاشر</option><option>الحادي عشر</option><option>الثاني عشر</option></select>
<label for="email">البريد الإلكتروني *</label><input type="email" id="email" name="email">
<label for="gphone">هاتف ولي الأمر *</label><input type="tel" id="gphone" name="gphone">
<div class="check"><input type="checkbox" id="consent" name="consent" required><label for="consent">أوافق بصفتي ولي الأمر *</label></div>
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">إرسال الطلب</button></form>
""", alternates=ALT)
s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>القاعة مهيأة للكراسي المتحركة ومواقف السيارات قريبة من المدخل.</p>
<p>تتوفر ترجمة فورية بين العربية والإنجليزية في القاعة الرئيسية.</p>
<p>لا تتوفر لغة الإشارة هذا العام.</p>
<p>لأي احتياجات خاصة راسلونا على access@wai-kuwait.example.com</p>
""", alternates=ALT)
s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج</h1>
<ul><li>اللغات العربية في النماذج اللغوية الكبيرة</li><li>رسوم الحوسبة السحابية على الشركات الناشئة</li><li>التسجيل الآمن للبيانات الصحية</li></ul>
""", alternates=ALT)
s.page("ruaat.html", "الرعاة", """
<h1>باقات الرعاية</h1>
<p>الراعي البلاتيني: ١٠٬٠٠٠ د.ك — الراعي الذهبي: ٥٬٠٠٠ د.ك — جناح عرض: ١٬٥٠٠ د.ك</p>
<p>جائزة أفضل مشروع ناشئ: ٣٬٠٠٠ د.ك</p>
""", alternates=ALT)
s.page("wazaif.html", "الوظائف", """
<h1>لوحة الوظائف</h1>
<p>مهندسة تعلم آلي — الراتب ١٬٢٠٠ د.ك شهرياً. محللة بيانات — ٨٥٠ د.ك شهرياً.</p>
""", alternates=ALT)
s.page("funduq.html", "الإقامة", """
<h1>الإقامة</h1><p>فندق الشاطئ: ٦٥ د.ك لليلة الواحدة. سيارة أجرة من المطار نحو ٧ د.ك.</p>
""", alternates=ALT)
s.page("en/index.html", "Women in AI Forum Kuwait 2027", """
<h1>Women in AI Forum 2027</h1>
<p>Kuwait City, 14–15 April 2027, at the Sheikh Jaber Al-Ahmad Cultural Centre. The forum brings together researchers, founders and engineers from across the Gulf to discuss the future of artificial intelligence in the region.</p>
<p>A free track for secondary-school girls aged 15 to 18 runs alongside the main programme (application in Arabic).</p>
<p><a href="@en/tickets.html">Tickets</a></p>
""", lang="en", dir="ltr", alternates=ALT)
s.page("en/tickets.html", "Tickets", """
<h1>Tickets</h1>
<p>General pass (two days): KWD 45.000. University students: KWD 15.000. Add-on workshop "Building Arabic models": KWD 25.000.</p>
<p>Attendance is in person only. Tickets are sold on <a href="https://www.platinumlist.net/event-tickets/wai-kuwait-2027">Platinumlist</a>; you need a Platinumlist account to buy.</p>
""", lang="en", dir="ltr", alternates=ALT)
ENTRY = entry(s, name="ملتقى المرأة في الذكاء الاصطناعي 2027 (Gulf women-in-AI forum, Kuwait)",
    languages=["ar", "en"], fees=[(45, "KWD"), (15, "KWD"), (25, "KWD")], free_option=True, fee_support=True,
    remote_participation=False, captcha=["hcaptcha"], account_required=True,
    registration_form=(7, 5, ["birth_date", "phone"]), registration_host="www.platinumlist.net",
    min_age=15, accessibility_statement=True, access_services=["interpretation", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tadhakir.html", "banat.html", "wusul.html", "en/index.html", "en/tickets.html"],
    evidence={
        "languages": [Q("index.html", "يجمع الملتقى الباحثات ورائدات الأعمال والمهندسات من دول الخليج"),
                      Q("en/index.html", "The forum brings together researchers, founders and engineers from across the Gulf")],
        "un_languages": [N("ar, en")],
        "fees": [Q("tadhakir.html", "تذكرة عامة (يومان) ٤٥ د.ك"), Q("tadhakir.html", "طالبات الجامعات ١٥ د.ك"),
                 Q("tadhakir.html", "ورشة «بناء النماذج العربية» (إضافية) ٢٥ د.ك", "paid add-on workshop"),
                 Q("en/tickets.html", "General pass (two days): KWD 45.000.", "same amounts in English, three decimals"),
                 Q("ruaat.html", "جناح عرض: ١٬٥٠٠ د.ك", "sponsor/booth, not a fee"),
                 Q("ruaat.html", "جائزة أفضل مشروع ناشئ: ٣٬٠٠٠ د.ك", "prize"),
                 Q("wazaif.html", "الراتب ١٬٢٠٠ د.ك شهرياً", "salary"), Q("funduq.html", "فندق الشاطئ: ٦٥ د.ك لليلة الواحدة", "hotel"),
                 Q("barnamaj.html", "رسوم الحوسبة السحابية على الشركات الناشئة", "session title")],
        "free_option": [Q("banat.html", "مسار مجاني لطالبات المدارس الثانوية", "free for one group")],
        "fee_support": [Q("tadhakir.html", "طالبات الجامعات ١٥ د.ك", "reduced student rate")],
        "remote_participation": [Q("tadhakir.html", "الحضور شخصي فقط، وتُنشر التسجيلات بعد الملتقى.")],
        "captcha": [M("banat.html", '<div class="h-captcha"')],
        "account_required": [Q("tadhakir.html", "ويتطلب الشراء إنشاء حساب على المنصة")],
        "registration_form": [N("track application form: name, date of birth, city, grade, email, guardian phone, consent = 7; required by attribute or '*': name, dob, email, guardian phone, consent = 5 (city, grade unmarked). Sensitive: birth_date, phone.", "banat.html")],
        "registration_host": [M("tadhakir.html", 'href="https://www.platinumlist.net/ar/event-tickets/wai-kuwait-2027"')],
        "registration_pdf_only": [N("HTML form and platform")],
        "min_age": [Q("banat.html", "من سن ١٥ إلى ١٨ سنة", "lower bound of the school track")],
        "accessibility_statement": [Q("wusul.html", "لأي احتياجات خاصة راسلونا على access@wai-kuwait.example.com")],
        "access_services": [Q("wusul.html", "القاعة مهيأة للكراسي المتحركة"), Q("wusul.html", "تتوفر ترجمة فورية بين العربية والإنجليزية"),
                            Q("wusul.html", "لا تتوفر لغة الإشارة هذا العام.", "negation: no sign language")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/promo.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
