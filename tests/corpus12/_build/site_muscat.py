from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "الرئيسية"), ("tasjil.html", "التسجيل"), ("rusum.html", "رسوم المشاركة"), ("faq.html", "أسئلة شائعة"),
       ("wusul.html", "إمكانية الوصول"), ("barnamaj.html", "البرنامج"), ("shuraka.html", "الشركاء والرعاة"),
       ("iqama.html", "الإقامة والسفر"), ("en.html", "English")]
s = mk("muntada-shabab-arabi-manakh-muscat", "منتدى الشباب العربي للعمل المناخي ٢٠٢٧", "ar-OM", "#0b6e4f", "مش", NAV,
       dir="rtl", foot={"ar-OM": "<p>الأمانة الفنية لمنتدى الشباب العربي — مسقط، سلطنة عُمان — info@ayf-climate.example.org</p>"})
placeholder_media(s, "media/teaser.mp4")
s.page("index.html", "منتدى الشباب العربي للعمل المناخي ٢٠٢٧", f"""
<h1>منتدى الشباب العربي للعمل المناخي</h1>
<p>يجمع المنتدى شبابًا من الدول العربية الأعضاء لمناقشة التكيّف مع ندرة المياه والطاقة المتجددة والوظائف الخضراء، وذلك في مسقط من ١٢ إلى ١٤ أكتوبر ٢٠٢٧.</p>
<p>يُعقد المنتدى بالتعاون مع المجالس الوطنية للشباب، ويُختتم بإعلان مسقط الشبابي الذي يُرفع إلى الاجتماع الوزاري.</p>
<p><a class="button" href="@tasjil.html">سجّل الآن</a> · <a href="@rusum.html">رسوم المشاركة</a> · <a href="@en.html">English version</a></p>
<h2>فيلم تعريفي</h2>
{video("media/teaser.mp4")}
""")
s.page("tasjil.html", "التسجيل", """
<h1>استمارة التسجيل</h1>
<p>يُشترط أن يكون عمر المشارك بين 18 و35 عامًا في تاريخ انعقاد المنتدى.</p>
<form action="@tasjil.html" method="post">
<label for="n">الاسم الكامل *</label><input type="text" id="n" name="name" required>
<label for="e">البريد الإلكتروني *</label><input type="email" id="e" name="email" required>
<label for="p">رقم الهاتف *</label><input type="tel" id="p" name="phone" required>
<label for="nat">الجنسية *</label><select id="nat" name="nationality" required><option>عُمان</option><option>مصر</option><option>الأردن</option><option>أخرى</option></select>
<label for="dob">تاريخ الميلاد *</label><input type="date" id="dob" name="dob" required>
<label for="org">الجامعة أو الجهة</label><input type="text" id="org" name="org">
<label for="pp">رقم جواز السفر</label><input type="text" id="pp" name="passport">
<fieldset><legend>الفئة</legend><input type="radio" id="c1" name="cat" value="student"><label for="c1">طالب</label> <input type="radio" id="c2" name="cat" value="pro"><label for="c2">مهني</label></fieldset>
<input type="hidden" name="src" value="web">
<p class="check"><input type="checkbox" id="ok" name="ok" required><label for="ok">أوافق على مدونة السلوك *</label></p>
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">إرسال</button>
</form>
""")
s.page("rusum.html", "رسوم المشاركة", """
<h1>رسوم المشاركة</h1>
<table><caption>رسوم التسجيل</caption>
<tr><th>الفئة</th><th>الرسوم</th></tr>
<tr><td>المشاركون من دول مجلس التعاون</td><td>25 ر.ع.</td></tr>
<tr><td>الطلاب (ببطاقة سارية)</td><td>OMR 10.000</td></tr>
<tr><td>المشاركون من خارج المنطقة العربية</td><td>65 دولارًا أمريكيًا</td></tr>
</table>
<p>تشمل الرسوم الوجبات والحقيبة والنقل بين الفندق ومكان الانعقاد.</p>
<p>يموّل المنتدى تذاكر السفر والإقامة لمندوبَين اثنين من كل دولة من الدول الأقل نموًا.</p>
""")
s.page("faq.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details open><summary>هل يدفع المندوبون المرشحون من المجالس الوطنية للشباب؟</summary><p>لا، لا يدفع المندوبون الذين ترشحهم المجالس الوطنية للشباب أي رسوم تسجيل.</p></details>
<details open><summary>هل يمكن المشاركة عن بُعد؟</summary><p>نعم، يمكن للمشاركين عن بُعد طرح الأسئلة والتصويت على توصيات الإعلان عبر المنصة الافتراضية.</p></details>
<details open><summary>هل تُسترد الرسوم؟</summary><p>تُسترد الرسوم كاملة عند الإلغاء قبل ٣٠ يومًا من المنتدى.</p></details>
""")
s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة المؤتمرات مهيأة لمستخدمي الكراسي المتحركة، وتتوفر مصاعد ودورات مياه مجهزة.</p>
<p>تُقدَّم ترجمة فورية إلى لغة الإشارة العربية في الجلسات العامة، وترجمة فورية بين العربية والإنجليزية.</p>
<p>للاستفسار عن احتياجات الوصول الأخرى يُرجى مراسلة access@ayf-climate.example.org قبل ٢٠ سبتمبر.</p>
""")
s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج</h1>
<ul><li>اليوم الأول: الافتتاح وجلسة «رسوم الكربون وأثرها على الاقتصادات العربية»</li>
<li>اليوم الثاني: ورش عن تحلية المياه والطاقة الشمسية</li><li>اليوم الثالث: صياغة إعلان مسقط الشبابي</li></ul>
""")
s.page("shuraka.html", "الشركاء والرعاة", """
<h1>باقات الرعاية</h1>
<p>الراعي البلاتيني: 5,000 ر.ع. — الراعي الذهبي: 2,500 ر.ع. — جناح عرض في المعرض المصاحب: 400 ر.ع.</p>
<p>جائزة أفضل مبادرة شبابية: منحة قدرها 2,000 دولار أمريكي لتنفيذ المشروع.</p>
""")
s.page("iqama.html", "الإقامة والسفر", """
<h1>الإقامة والسفر</h1>
<p>أسعار الفندق الشريك تبدأ من 45 ر.ع. لليلة شاملة الإفطار.</p>
<p>التأشيرة السياحية الإلكترونية لعُمان تكلف 5 ر.ع. تقريبًا، وأجرة سيارة الأجرة من المطار نحو 8 ر.ع.</p>
""")
s.page("en.html", "Arab Youth Climate Forum 2027", """
<h1>Arab Youth Climate Forum 2027</h1>
<p>The forum brings young people from Arab member states to Muscat from 12 to 14 October 2027 to discuss water scarcity, renewable energy and green jobs.</p>
<p>Registration fees are OMR 25 for participants from Gulf states, OMR 10 for students and USD 65 for participants from outside the Arab region. Delegates nominated by national youth councils pay no registration fee.</p>
<p>The venue is wheelchair accessible; Arabic Sign Language and Arabic–English interpretation are provided in plenary sessions.</p>
""", lang="en", dir="ltr")
ENTRY = entry(s, name="Arab Youth Climate Forum 2027 (Arab League-style youth forum, Muscat)",
    languages=["ar", "en"], fees=[(25, "OMR"), (10, "OMR"), (65, "USD")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(9, 6, ["phone", "nationality", "birth_date", "affiliation", "id_document"]),
    min_age=18, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tasjil.html", "rusum.html", "faq.html", "wusul.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "يجمع المنتدى شبابًا من الدول العربية الأعضاء"), Q("en.html", "The forum brings young people from Arab member states", "whole page in English (lang=en)")],
        "un_languages": [N("ar, en")],
        "fees": [Q("rusum.html", "25 ر.ع.", "OMR (ر.ع.)"), Q("rusum.html", "OMR 10.000", "three decimals: 10 OMR"),
                 Q("rusum.html", "65 دولارًا أمريكيًا", "USD"), Q("en.html", "Registration fees are OMR 25", "same fees in English, no new entry"),
                 Q("shuraka.html", "الراعي البلاتيني: 5,000 ر.ع.", "sponsor/exhibitor, not a fee"),
                 Q("shuraka.html", "منحة قدرها 2,000 دولار أمريكي", "prize grant, not a fee"),
                 Q("iqama.html", "أسعار الفندق الشريك تبدأ من 45 ر.ع. لليلة", "hotel"),
                 Q("iqama.html", "التأشيرة السياحية الإلكترونية لعُمان تكلف 5 ر.ع. تقريبًا", "visa and taxi"),
                 Q("barnamaj.html", "رسوم الكربون وأثرها على الاقتصادات العربية", "session title (carbon fees)")],
        "free_option": [Q("faq.html", "لا يدفع المندوبون الذين ترشحهم المجالس الوطنية للشباب أي رسوم تسجيل", "free for one group, in the FAQ")],
        "fee_support": [Q("rusum.html", "يموّل المنتدى تذاكر السفر والإقامة لمندوبَين اثنين"), Q("rusum.html", "OMR 10.000", "student rate below OMR 25")],
        "remote_participation": [Q("faq.html", "يمكن للمشاركين عن بُعد طرح الأسئلة والتصويت على توصيات الإعلان عبر المنصة الافتراضية")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields: name, e-mail, phone, nationality select, birth date, organisation, passport number, category radio (=1), code-of-conduct checkbox; hidden src not counted. Required (required + *): name, e-mail, phone, nationality, birth date, checkbox = 6. Sensitive: phone, nationality, birth_date, affiliation, id_document.", "tasjil.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("tasjil.html", "يُشترط أن يكون عمر المشارك بين 18 و35 عامًا", "range: lower bound 18")],
        "accessibility_statement": [Q("wusul.html", "للاستفسار عن احتياجات الوصول الأخرى يُرجى مراسلة access@ayf-climate.example.org")],
        "access_services": [Q("wusul.html", "قاعة المؤتمرات مهيأة لمستخدمي الكراسي المتحركة"),
                            Q("wusul.html", "تُقدَّم ترجمة فورية إلى لغة الإشارة العربية في الجلسات العامة، وترجمة فورية بين العربية والإنجليزية.")],
        "videos_without_captions": [M("index.html", 'src="media/teaser.mp4">', "no track")],
        "pdf_only_documents": [N("programme in HTML; no PDF")],
    })
