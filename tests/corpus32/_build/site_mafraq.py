from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
NAV = [("index.html", "الرئيسية"), ("rusum.html", "الرسوم"), ("tasjil.html", "التسجيل"), ("asila.html", "أسئلة شائعة"),
       ("wusul.html", "الوصول والتسهيلات"), ("ruaat.html", "الرعاة"), ("iqama.html", "الإقامة والتنقل"), ("wazaif.html", "وظائف")]
s = mk("warshat-bunat-alsaharij-almafraq", "ورشة بُناة آبار جمع مياه الأمطار — المفرق", "ar-JO", "#2b6f8a", "ماء", NAV,
       dir="rtl", foot={"ar-JO": "<p>جمعية حصاد الندى للتنمية الريفية، شارع الجامعة، المفرق. <a href=\"mailto:warsha@nada-harvest.example.jo\">warsha@nada-harvest.example.jo</a></p>"})
placeholder_media(s, "media/sahrij-2026.mp4")
s.page("index.html", "ورشة بُناة آبار جمع مياه الأمطار ٢٠٢٧", """
<h1>ورشة بُناة آبار جمع مياه الأمطار ٢٠٢٧</h1>
<p>تلتقي في هذه الورشة فرق البناء القروية التي تحفر وتبطّن آبار جمع مياه الأمطار (السهاريج) في البادية الشمالية، من ١٤ إلى ١٦ نيسان ٢٠٢٧ في مركز شباب المفرق.</p>
<p>برنامج الأيام الثلاثة: تبطين الآبار بالإسمنت، فحص جودة المياه، صيانة المزاريب، وجلسة عن دور المرأة في لجان المياه القروية.</p>
""" + video("media/sahrij-2026.mp4") + """
<p>اقرأ عن <a href="@rusum.html">الرسوم</a> و<a href="@tasjil.html">التسجيل</a>، وتصفّح <a href="@arshif-2025.html">أرشيف ورشة ٢٠٢٥</a>.</p>
<section lang="en">
<h2>In English</h2>
<p>This three-day workshop brings together the village building crews who dig and line rainwater-harvesting cisterns in the northern Badia. Sessions are held in Arabic with interpretation into English for visiting engineers.</p>
<p>Builders pay JOD 30.000 and students JOD 15.000; women from member village water committees take part free of charge.</p>
</section>
""")
s.page("rusum.html", "الرسوم", """
<h1>رسوم المشاركة</h1>
<table><caption>رسوم الورشة</caption>
<tr><th>الفئة</th><th>الرسم</th></tr>
<tr><td>بنّاء أو فنّي</td><td>٣٠٫٠٠٠ د.أ</td></tr>
<tr><td>طالب هندسة أو زراعة</td><td>١٥٫٠٠٠ د.أ</td></tr>
<tr><td>عضوات لجان المياه القروية الأعضاء في الجمعية</td><td>مجانًا</td></tr>
</table>
<p>الزيارة الميدانية إلى بئر نموذجية في قرية الباعج (اليوم الثالث، اختيارية): ١٠٫٠٠٠ د.أ إضافية للشخص.</p>
<p class="note">يُدفع الرسم نقدًا عند الوصول أو بالتحويل عبر «كليك».</p>
""")
s.page("tasjil.html", "التسجيل", """
<h1>استمارة التسجيل</h1>
<form action="@tasjil.html" method="post">
""" + fld("name", "الاسم الكامل (خانة مطلوبة)") + fld("natid", "الرقم الوطني (خانة مطلوبة)") + fld("dob", "تاريخ الميلاد", "date")
  + fld("phone", "رقم الهاتف (خانة مطلوبة)", "tel") + fld("email", "البريد الإلكتروني (خانة مطلوبة)", "email")
  + fld("org", "الجمعية أو اللجنة القروية") + fld("gov", "المحافظة", "select", opts=["المفرق", "إربد", "الزرقاء", "جرش"])
  + radios("cat", "الفئة (خانة مطلوبة)", ["بنّاء أو فنّي", "طالب", "عضوة لجنة مياه قروية"])
  + fld("visit", "أرغب في الزيارة الميدانية", "checkbox") + fld("ok", "أوافق على شروط المشاركة", "checkbox", req=True) + """
<div class="g-recaptcha" data-sitekey="6Lc-mafraq-demo-key"></div>
<button type="submit">إرسال</button>
</form>
<p>يقتصر التسجيل على من بلغ سن الثامنة عشرة، لأن العمل يجري في حفر عميقة.</p>
""")
s.page("asila.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details open><summary>هل يمكن المشاركة عن بُعد؟</summary><p>نعم، تنضم فرق الطفيلة ومعان عبر «زوم» من مكاتب المحافظات، وتطرح أسئلتها على المدرّبين مباشرة.</p></details>
<details open><summary>هل توجد مساعدة للطلاب؟</summary><p>للطلاب رسم مخفّض، وعضوات لجان المياه القروية معفيّات من الرسم.</p></details>
<details open><summary>هل أحتاج إلى حساب؟</summary><p>لا، تكفي استمارة التسجيل.</p></details>
""")
s.page("wusul.html", "الوصول والتسهيلات", """
<h1>الوصول والتسهيلات</h1>
<p>قاعة مركز الشباب في الطابق الأرضي، ومدخلها مزوّد بمنحدر يناسب الكراسي المتحركة.</p>
<p>تتوفر ترجمة بلغة الإشارة الأردنية عند الطلب قبل أسبوع.</p>
<p>لا تتوفر ترجمة نصية فورية للجلسات.</p>
<p>لطلبات التسهيلات: <a href="mailto:wusul@nada-harvest.example.jo">wusul@nada-harvest.example.jo</a></p>
""")
s.page("ruaat.html", "الرعاة", """
<h1>الرعاة</h1>
<p>باقة الراعي الرئيسي: ٢٬٥٠٠٫٠٠٠ د.أ. خزانات مياه بلاستيكية من الراعي تُباع في المعرض بسعر ٤٥٠٫٠٠٠ د.أ للخزان.</p>
""")
s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق البادية: ٣٨٫٠٠٠ د.أ لليلة. حافلة «جت» من عمّان إلى المفرق: ٢٫٥٠٠ د.أ.</p>
""")
s.page("wazaif.html", "وظائف", """
<h1>وظائف</h1>
<p>مطلوب مهندس موارد مائية، راتب ٩٠٠٫٠٠٠ د.أ شهريًا.</p>
""")
ENTRY = entry(s, name="Rainwater-harvesting cistern builders' workshop 2027 (rural development association, Mafraq, Jordan)",
    languages=["ar", "en"], fees=[(30, "JOD"), (15, "JOD"), (10, "JOD")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(10, 6, ["id_document", "birth_date", "phone", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=1,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "asila.html", "wusul.html"],
    deliberate_404=["arshif-2025.html"],
    evidence={
        "languages": [Q("index.html", "تلتقي في هذه الورشة فرق البناء القروية"), M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "This three-day workshop brings together the village building crews")],
        "un_languages": [N("ar, en")],
        "fees": [Q("rusum.html", "٣٠٫٠٠٠ د.أ", "30 JOD builders"), Q("rusum.html", "١٥٫٠٠٠ د.أ", "15 JOD students"),
                 Q("rusum.html", "١٠٫٠٠٠ د.أ إضافية للشخص", "field visit of the workshop: 10 JOD"),
                 Q("index.html", "Builders pay JOD 30.000 and students JOD 15.000", "English restatement: no new entry"),
                 Q("ruaat.html", "باقة الراعي الرئيسي: ٢٬٥٠٠٫٠٠٠ د.أ.", "sponsor and tanks sold: not fees"),
                 Q("iqama.html", "فندق البادية: ٣٨٫٠٠٠ د.أ لليلة.", "hotel, JETT bus: not fees"),
                 Q("wazaif.html", "راتب ٩٠٠٫٠٠٠ د.أ شهريًا", "salary: not a fee")],
        "free_option": [Q("rusum.html", "عضوات لجان المياه القروية الأعضاء في الجمعية", "row priced مجانًا: free for one group")],
        "fee_support": [Q("rusum.html", "طالب هندسة أو زراعة", "student rate below builders' rate")],
        "remote_participation": [Q("asila.html", "نعم، تنضم فرق الطفيلة ومعان عبر «زوم» من مكاتب المحافظات، وتطرح أسئلتها على المدرّبين مباشرة.")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [Q("asila.html", "لا، تكفي استمارة التسجيل.")],
        "registration_form": [N("10 fields (name, national number, birth date, phone, e-mail, association, governorate select, category radio, field-visit checkbox, consent checkbox); required: 5 marked (خانة مطلوبة) + consent = 6", "tasjil.html"),
                              Q("tasjil.html", "الرقم الوطني (خانة مطلوبة)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("tasjil.html", "يقتصر التسجيل على من بلغ سن الثامنة عشرة")],
        "accessibility_statement": [Q("wusul.html", "قاعة مركز الشباب في الطابق الأرضي، ومدخلها مزوّد بمنحدر يناسب الكراسي المتحركة.")],
        "access_services": [Q("wusul.html", "مزوّد بمنحدر يناسب الكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة بلغة الإشارة الأردنية عند الطلب", "sign_language"),
                            Q("wusul.html", "لا تتوفر ترجمة نصية فورية للجلسات.", "captions negated"),
                            Q("index.html", "with interpretation into English for visiting engineers", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/sahrij-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
