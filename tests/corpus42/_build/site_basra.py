from lib import *
s = mk("tashawur-laihat-alhawiya-alraqamiya-basra", "وزارة الاتصالات — مديرية الحكومة الإلكترونية (البصرة)", "ar-IQ", "#0b5d4b", "وز",
       [("index.html", "الرئيسية"), ("consultation.html", "عن جلسات التشاور"), ("register.html", "طلب الحضور أو المداخلة"),
        ("draft.html", "مسودة اللائحة"), ("access.html", "إمكانية الوصول"), ("faq.html", "أسئلة شائعة"), ("news.html", "الأخبار والوظائف")],
       dir="rtl", foot={"ar-IQ": "<p>مديرية الحكومة الإلكترونية، شارع الكورنيش، البصرة. consult@egov-basra.example.iq</p>"})
FREE = "المشاركة في جلسات التشاور مجانية لجميع المواطنين والمنظمات، ولا توجد أي رسوم."
ZOOM = "يمكن المشاركة عن بُعد عبر Zoom، ويطلب المشارك الكلمة برفع اليد ثم يُمنح دقيقتين للمداخلة."
YT = "كما تُبث الجلسات على YouTube للمشاهدة فقط."
AGE = "التسجيل متاح لمن أتمّ الثامنة عشرة من العمر."
NOSUP = "لا تتحمل الوزارة أجور النقل أو الإقامة للمشاركين من المحافظات الأخرى."
KU = "بەشداریکردن لە دانیشتنەکانی ڕاوێژکاری بێبەرامبەرە بۆ هەموو هاوڵاتیان. دەتوانن لە ڕێگەی Zoom بەشدار بن و دەست بەرز بکەنەوە بۆ قسەکردن. وەرگێڕانی هاوکاتی عەرەبی–کوردی دابین دەکرێت."
RAMP = "تُعقد الجلسات في قاعة الطابق الأرضي في مبنى المديرية، مع منحدر عند المدخل الرئيسي ومرافق صحية مهيأة لمستخدمي الكراسي المتحركة."
SIGN = "يتوفر مترجم للغة الإشارة العراقية في جميع الجلسات."
INTERP = "تتوفر ترجمة فورية بين العربية والكردية."
NOCAP = "لا تتوفر ترجمة نصية فورية في هذه الدورة."
CONTACT = "لأي احتياجات خاصة بالوصول، راسلوا access@egov-basra.example.iq قبل الجلسة بثلاثة أيام."
FINE = "تقترح المسودة غرامة قدرها ٥٠٠٬٠٠٠ د.ع على الجهات التي تتأخر في ربط خدماتها بالهوية الرقمية."
HOTEL = "فندق قريب من المديرية: ٩٠٬٠٠٠ د.ع لليلة الواحدة."
s.page("index.html", "جلسات التشاور العام حول مسودة لائحة الهوية الرقمية", f"""
<h1>التشاور العام: مسودة لائحة الهوية الرقمية والخدمات الإلكترونية</h1>
<p>تدعو مديرية الحكومة الإلكترونية المواطنين ومنظمات المجتمع المدني والقطاع الخاص والأكاديميين إلى جلسات تشاور عامة حول مسودة اللائحة، يومي ١٤ و١٥ آذار في البصرة.</p>
<p>{FREE}</p>
<p><a href="@register.html">قدّم طلب الحضور أو المداخلة</a> — <a href="@consultation.html">كيف تجري الجلسات</a></p>
{video("media/intro.mp4")}
<section lang="ku"><h2>بە کوردی</h2><p>{KU}</p></section>
<p><a href="@report-2025.html">تقرير جلسات ٢٠٢٥</a></p>
""")
placeholder_media(s, "media/intro.mp4")
s.page("consultation.html", "عن جلسات التشاور", f"""
<h1>كيف تجري جلسات التشاور</h1>
<p>تبدأ كل جلسة بعرض موجز لأحد فصول المسودة، ثم تُفتح الكلمة للحضور.</p>
<p>{ZOOM} {YT}</p>
<p>{AGE}</p>
""")
s.page("register.html", "طلب الحضور أو المداخلة", """
<h1>طلب الحضور أو المداخلة</h1>
<form action="@register.html" method="post">
""" + fld("n", "الاسم الكامل (حقل مطلوب ملؤه)") + fld("id", "رقم البطاقة الوطنية الموحدة (حقل مطلوب ملؤه)")
 + fld("ph", "رقم الهاتف (حقل مطلوب ملؤه)", "tel") + fld("em", "البريد الإلكتروني (حقل مطلوب ملؤه)", "email")
 + fld("gov", "المحافظة (حقل مطلوب ملؤه)", "select", opts=["البصرة", "ميسان", "ذي قار", "أخرى"]) + fld("org", "الجهة أو المنظمة")
 + radios("grp", "الفئة (حقل مطلوب ملؤه)", ["مواطن", "مجتمع مدني", "قطاع خاص", "أكاديمي"])
 + fld("spk", "أرغب في تقديم مداخلة", "checkbox") + fld("sum", "ملخص المداخلة", "textarea") + fld("file", "مرفق (اختياري)", "file")
 + """
<div class="g-recaptcha" data-sitekey="6Lc-basra-consult"></div>
<button type="submit">إرسال الطلب</button>
</form>
<p>لا يلزم إنشاء حساب لتقديم الطلب.</p>
""")
s.page("draft.html", "مسودة اللائحة", f"""
<h1>مسودة اللائحة</h1>
<p>المسودة متاحة بصيغة PDF فقط: <a href="@docs/draft-regulation.pdf">مسودة لائحة الهوية الرقمية (PDF)</a>.</p>
<p>{FINE}</p>
""")
s.pdf("docs/draft-regulation.pdf", "Draft regulation on digital identity - Basra consultation\nChapter 1 ...")
s.page("access.html", "إمكانية الوصول", f"""
<h1>إمكانية الوصول</h1>
<p>{RAMP}</p><p>{SIGN}</p><p>{INTERP}</p><p>{NOCAP}</p><p>{CONTACT}</p>
""")
s.page("faq.html", "أسئلة شائعة", f"""
<h1>أسئلة شائعة</h1>
<details open><summary>هل تُدفع أجور السفر؟</summary><p>{NOSUP}</p></details>
<details open><summary>هل أحتاج إلى حساب؟</summary><p>لا، يكفي ملء النموذج.</p></details>
""")
s.page("news.html", "الأخبار والوظائف", f"""
<h1>الأخبار والوظائف</h1>
<p>{HOTEL}</p>
<p>وظيفة شاغرة: مقرر للجلسات، براتب شهري قدره ١٬٢٠٠٬٠٠٠ د.ع.</p>
""")
P = "index.html consultation.html register.html draft.html access.html faq.html".split()
ENTRY = entry(s, name="التشاور العام حول مسودة لائحة الهوية الرقمية — البصرة", languages=["ar", "ku"], fees=[],
    free_option=True, fee_support=False, remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(10, 6, ["id_document", "phone", "affiliation"]), registration_host=None, registration_pdf_only=False,
    min_age=18, accessibility_statement=True, access_services=["interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True, participation_pages=P, deliberate_404=["report-2025.html"],
    evidence={
     "languages": [Q("index.html", FREE), Q("index.html", KU, "Sorani Kurdish section (ku)")],
     "un_languages": [N("ar only")],
     "fees": [Q("index.html", FREE), Q("draft.html", FINE, "fine in the draft: not a fee"), Q("news.html", HOTEL, "hotel: not a fee")],
     "free_option": [Q("index.html", FREE)],
     "fee_support": [Q("faq.html", NOSUP)],
     "remote_participation": [Q("consultation.html", ZOOM)],
     "captcha": [M("register.html", 'class="g-recaptcha"')],
     "account_required": [Q("register.html", "لا يلزم إنشاء حساب لتقديم الطلب.")],
     "registration_form": [N("10 fields: name*, national card number*, phone*, email*, governorate*, organisation, group radio*, speak checkbox, summary, file; 6 required", "register.html")],
     "registration_host": [N("own form only")],
     "registration_pdf_only": [N("online form")],
     "min_age": [Q("consultation.html", AGE)],
     "accessibility_statement": [Q("access.html", RAMP)],
     "access_services": [Q("access.html", SIGN), Q("access.html", INTERP), Q("access.html", RAMP), Q("access.html", NOCAP, "negation")],
     "videos_without_captions": [M("index.html", 'src="media/intro.mp4">')],
     "pdf_only_documents": [Q("draft.html", "المسودة متاحة بصيغة PDF فقط")],
    })
