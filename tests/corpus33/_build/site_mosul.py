from lib import *

NAV = [("index.html", "الرئيسية"), ("rusum.html", "الرسوم"), ("tasjil.html", "التسجيل"), ("asila.html", "أسئلة شائعة"),
       ("wusul.html", "الوصول والإتاحة"), ("ruaat.html", "الرعاة"), ("iqama.html", "الإقامة والتنقل"), ("wazaif.html", "وظائف")]
FOOT = {"ar-IQ": '<p>جمعية حرفيي الموصل القديمة للتراث المعماري — شارع النجفي، الموصل. بريد: warsha@turath-mosul.example.iq</p>'
        '<p><a href="@arshif-2024.html">أرشيف دورة ٢٠٢٤</a></p>'}
s = mk("warshat-turath-albinaa-almawsil", "ورشة ترميم البيوت التراثية في الموصل ٢٠٢٧", "ar-IQ", "#7a4a23", "مو", NAV,
       dir="rtl", foot=FOOT)

s.page("index.html", "ورشة ترميم البيوت التراثية – الموصل", f"""
<h1>ورشة ترميم البيوت التراثية في الموصل القديمة</h1>
<p lang="syr">ܫܠܡܐ ܥܠܝܟܘܢ</p>
<p>تجمع هذه الورشة البنّائين والنحّاتين والمهندسين الشباب لخمسة أيام في بيت التراث بمحلة الميدان، لنتعلّم معًا إعادة بناء
الأقواس والعقود الحجرية وتركيب ألواح المرمر الموصلي كما كان يفعل الأسطوات القدامى.</p>
<p>تُعقد الورشة من ١٢ إلى ١٦ نيسان ٢٠٢٧. اطّلع على <a href="@rusum.html">الرسوم</a> ثم املأ <a href="@tasjil.html">استمارة التسجيل</a>.</p>
<p><a href="@docs/barnamaj-2027.pdf">البرنامج التفصيلي للأيام الخمسة (PDF، ٢٠٠ ك.ب)</a> — لا توجد نسخة أخرى من البرنامج.</p>
{video("media/bayt-altutunji.mp4")}
<p>مقطع قصير من ترميم بيت التوتونجي في دورة العام الماضي.</p>
<section lang="ku">
<h2>بە کوردی</h2>
<p>ئەم وۆرکشۆپە وەستا و بەردتاشەکان و ئەندازیارە گەنجەکان کۆدەکاتەوە بۆ نۆژەنکردنەوەی خانووە کۆنەکانی شاری موسڵ.
کرێی بەشداری ٧٥٬٠٠٠ دینارە بۆ وەستاکان و ٢٥٬٠٠٠ دینار بۆ خوێندکاران. وەرگێڕانی ڕاستەوخۆ لە نێوان عەرەبی و کوردی لە هەموو
دانیشتنەکاندا هەیە.</p>
</section>
""")

s.page("rusum.html", "الرسوم", """
<h1>رسوم المشاركة</h1>
<table>
<caption>رسوم ورشة ٢٠٢٧</caption>
<tr><th>الفئة</th><th>الرسم</th></tr>
<tr><td>البنّاؤون والمقاولون والمهندسون</td><td>٧٥٬٠٠٠ د.ع</td></tr>
<tr><td>طلبة العمارة والهندسة المدنية والفنون</td><td>٢٥٬٠٠٠ د.ع</td></tr>
<tr><td>مالكو البيوت التراثية المسجّلة لدى مفتشية آثار نينوى</td><td>دون رسوم</td></tr>
</table>
<h2>ورشة إضافية</h2>
<p>ورشة نحت المرمر الموصلي (اليوم السادس، اختيارية): ٤٠٬٠٠٠ د.ع للمشارك، وتشمل الأدوات.</p>
<p>تُدفع الرسوم نقدًا عند الوصول في اليوم الأول.</p>
""")

s.page("tasjil.html", "التسجيل", f"""
<h1>استمارة التسجيل</h1>
<p>التسجيل متاح لمن أتمّ السابعة عشرة من عمره. الحقول التي تحمل عبارة «يلزم ملؤه» ضرورية.</p>
<form action="@tasjil.html" method="post">
{fld("name", "الاسم الرباعي (يلزم ملؤه)")}
{fld("nid", "رقم البطاقة الوطنية الموحدة (يلزم ملؤه)")}
{fld("dob", "تاريخ الميلاد", "date")}
{fld("tel", "رقم الهاتف أو واتساب (يلزم ملؤه)", "tel")}
{fld("email", "البريد الإلكتروني", "email")}
{fld("work", "الورشة أو الجهة التي تعمل فيها")}
{fld("guild", "رقم بطاقة نقابة البنّائين (إن وجد)")}
{fld("gov", "المحافظة", "select", opts=["نينوى", "أربيل", "دهوك", "كركوك", "بغداد", "أخرى"])}
{radios("cat", "فئة المشاركة (يلزم ملؤه)", ["بنّاء أو مقاول أو مهندس", "طالب", "مالك بيت تراثي"])}
{fld("marmar", "أرغب في ورشة نحت المرمر الإضافية", "checkbox")}
{fld("ok", "أوافق على استخدام بياناتي لأغراض الورشة فقط", "checkbox", req=True)}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">إرسال</button>
</form>
""")

s.page("asila.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details open><summary>أسكن في أربيل، هل أستطيع المتابعة دون السفر إلى الموصل؟</summary>
<p>نعم. تُنقل الجلسات النظرية عبر Google Meet إلى مكتبي الجمعية في أربيل ودهوك، ويطرح الحاضرون هناك أسئلتهم على المدرّبين مباشرةً.</p></details>
<details><summary>هل أحتاج إلى إنشاء حساب؟</summary><p>لا، تكفي استمارة التسجيل.</p></details>
<details><summary>هل توجد شهادة؟</summary><p>نعم، شهادة حضور من الجمعية.</p></details>
""")

s.page("wusul.html", "الوصول والإتاحة", """
<h1>الوصول والإتاحة</h1>
<p>تقع قاعة بيت التراث في الطابق الأرضي، وممراتها مستوية بلا درجات ويمكن التنقل فيها بالكرسي المتحرك.</p>
<p>تتوفر ترجمة فورية بين العربية والكردية في جميع الجلسات.</p>
<p>لن يتوفر مترجم للغة الإشارة في هذه الدورة، ونعتذر عن ذلك.</p>
<p>لأي احتياج آخر راسلونا على wusul@turath-mosul.example.iq قبل أسبوع من الورشة.</p>
""")

s.page("ruaat.html", "الرعاة", """
<h1>الرعاة والمعرض</h1>
<p>الرعاية الذهبية: ٥٬٠٠٠٬٠٠٠ د.ع، والرعاية الفضية: ٢٬٥٠٠٬٠٠٠ د.ع.</p>
<p>يبيع معرض الحرفيين ألواح المرمر الموصلي بسعر ١٥٠٬٠٠٠ د.ع للوح الواحد.</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق قريب من الجسر العتيق: ٦٠٬٠٠٠ د.ع لليلة.</p>
<p>أجرة التاكسي من مرآب الموصل الموحد نحو ١٠٬٠٠٠ د.ع.</p>
""")

s.page("wazaif.html", "وظائف", """
<h1>وظائف لدى مشاريع الترميم</h1>
<p>مطلوب مشرف موقع براتب ٩٠٠٬٠٠٠ د.ع شهريًا.</p>
""")

placeholder_media(s, "media/bayt-altutunji.mp4")
s.pdf("docs/barnamaj-2027.pdf", "Mosul heritage houses restoration workshop 2027\nProgramme, 12-16 April")

P = "rusum.html"
ENTRY = entry(
    s, name="Heritage-house restoration workshop 2027 (old-city craftsmen's association, Mosul, Iraq)",
    languages=["ar", "ku"],
    fees=[(75000, "IQD"), (25000, "IQD"), (40000, "IQD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(11, 5, ["id_document", "birth_date", "phone", "affiliation"]),
    min_age=17, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "asila.html", "wusul.html"],
    deliberate_404=["arshif-2024.html"],
    evidence={
        "languages": [Q("index.html", "تجمع هذه الورشة البنّائين والنحّاتين والمهندسين الشباب"),
                      M("index.html", '<section lang="ku">', "Kurdish (Sorani) section with lang"),
                      Q("index.html", "ئەم وۆرکشۆپە وەستا و بەردتاشەکان"),
                      M("index.html", '<p lang="syr">', "Syriac greeting: not listable")],
        "un_languages": [N("ar")],
        "fees": [Q(P, "٧٥٬٠٠٠ د.ع", "75000 IQD masons/engineers"), Q(P, "٢٥٬٠٠٠ د.ع", "25000 IQD students"),
                 Q(P, "ورشة نحت المرمر الموصلي (اليوم السادس، اختيارية): ٤٠٬٠٠٠ د.ع للمشارك", "add-on workshop: 40000 IQD"),
                 Q("index.html", "کرێی بەشداری ٧٥٬٠٠٠ دینارە", "Kurdish restatement: no new entry"),
                 Q("ruaat.html", "ألواح المرمر الموصلي بسعر ١٥٠٬٠٠٠ د.ع", "sponsor packages and slabs sold: not fees"),
                 Q("iqama.html", "٦٠٬٠٠٠ د.ع لليلة", "hotel, taxi: not fees"),
                 Q("wazaif.html", "٩٠٠٬٠٠٠ د.ع شهريًا", "salary: not a fee")],
        "free_option": [Q(P, "مالكو البيوت التراثية المسجّلة لدى مفتشية آثار نينوى", "row 'دون رسوم': free for one group")],
        "fee_support": [Q(P, "طلبة العمارة والهندسة المدنية والفنون", "student rate below masons' rate")],
        "remote_participation": [Q("asila.html", "ويطرح الحاضرون هناك أسئلتهم على المدرّبين مباشرةً", "Google Meet with questions (FAQ only)")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [Q("asila.html", "لا، تكفي استمارة التسجيل.")],
        "registration_form": [N("11 fields: name, national card no., birth date, phone, e-mail, workplace, guild card no. "
                                "(not ID), governorate select, category radio, add-on checkbox, consent checkbox; "
                                "required: 4 marked (يلزم ملؤه) + consent (required attr) = 5", "tasjil.html"),
                              Q("tasjil.html", "رقم البطاقة الوطنية الموحدة (يلزم ملؤه)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("tasjil.html", "التسجيل متاح لمن أتمّ السابعة عشرة من عمره.")],
        "accessibility_statement": [Q("wusul.html", "ويمكن التنقل فيها بالكرسي المتحرك")],
        "access_services": [Q("wusul.html", "ممراتها مستوية بلا درجات ويمكن التنقل فيها بالكرسي المتحرك", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة فورية بين العربية والكردية في جميع الجلسات.", "interpretation"),
                            Q("wusul.html", "لن يتوفر مترجم للغة الإشارة في هذه الدورة", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/bayt-altutunji.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "لا توجد نسخة أخرى من البرنامج", "programme only as PDF")],
    })
