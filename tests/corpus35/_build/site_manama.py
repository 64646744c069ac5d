from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt
S = "mutamar-tamrid-almanzili-manama"
NAV = [("index.html", "المؤتمر"), ("rusum.html", "الرسوم"), ("bawwaba.html", "بوابة التسجيل"), ("online.html", "التذكرة الإلكترونية"),
       ("wusul.html", "إمكانية الوصول"), ("urdu.html", "اردو"), ("rua.html", "الرعاة"), ("wazaif.html", "وظائف")]
s = mk(S, "مؤتمر التمريض المنزلي ٢٠٢٧", "ar-BH", "#0b5e6b", "تمريض", NAV, dir="rtl",
       foot={"ar-BH": '<p>جمعية ممرضي الرعاية المنزلية، المنامة — info@tamrid-manzili.example.bh</p>'})
placeholder_media(s, "media/kalima.mp4")
vtt(s, "media/kalima.vtt", "كلمة رئيسة الجمعية")
s.page("index.html", "مؤتمر التمريض المنزلي ٢٠٢٧", """
<h1>المؤتمر الخليجي الثالث للتمريض المنزلي</h1>
<p>يجمع المؤتمر ممرضات وممرضي الرعاية المنزلية ومساعديهم يومي ٩ و١٠ أبريل ٢٠٢٧ في مركز المؤتمرات بالمنامة لمناقشة رعاية كبار السن في البيوت والتأهيل بعد الجلطات.</p>
<ul>
<li><a href="@rusum.html">الرسوم</a></li>
<li><a href="@bawwaba.html">إنشاء حساب في بوابة المؤتمر</a></li>
<li><a href="@online.html">الحضور عبر الإنترنت</a></li>
<li><a href="@wusul.html">إمكانية الوصول</a></li>
<li><a href="@urdu.html">معلومات لمساعدي الرعاية بالأردية</a></li>
</ul>
<h2>البرنامج</h2>
<p>اليوم الأول: الجروح المزمنة، التغذية الأنبوبية. اليوم الثاني: رعاية مرضى الخرف في البيت، أخلاقيات الزيارة المنزلية.</p>
""" + video("media/kalima.mp4", track="media/kalima.vtt", track_lang="ar", label="العربية"))
s.page("rusum.html", "الرسوم", """
<h1>رسوم المؤتمر</h1>
<table>
<tr><th>الفئة</th><th>الرسوم (د.ب)</th></tr>
<tr><td>أعضاء جمعية ممرضي الرعاية المنزلية</td><td>٤٥٫٠٠٠</td></tr>
<tr><td>غير الأعضاء</td><td>٦٠٫٠٠٠</td></tr>
<tr><td>طلبة التمريض</td><td>١٥٫٠٠٠</td></tr>
<tr><td>التذكرة الإلكترونية</td><td>٢٠٫٠٠٠</td></tr>
</table>
<p>لا توجد تسجيلات مجانية، حتى المتحدثون يسددون الرسوم.</p>
<p>يشترط في المشارك ألا يقل عمره عن ٢١ عامًا.</p>
""")
s.page("bawwaba.html", "بوابة التسجيل", """
<h1>إنشاء حساب في بوابة المؤتمر</h1>
<p>التسجيل ودفع الرسوم يتمان من حسابكم في البوابة.</p>
<form action="@bawwaba.html" method="post">
""" + fld("ism", "الاسم الكامل (مطلوب تعبئته)") + fld("cpr", "الرقم الشخصي (مطلوب تعبئته)") +
fld("nhra", "رقم ترخيص الهيئة الوطنية لتنظيم المهن الصحية") + fld("jiha", "جهة العمل (مستشفى أو مركز رعاية منزلية)") +
fld("hatif", "رقم الهاتف", "tel") + fld("barid", "البريد الإلكتروني (مطلوب تعبئته)", "email") +
fld("jinsiya", "الجنسية", "select", opts=["بحرينية", "هندية", "فلبينية", "باكستانية", "أخرى"]) +
fld("kalima", "كلمة المرور (مطلوب تعبئته)", "password") + fld("takid", "تأكيد كلمة المرور (مطلوب تعبئته)", "password") +
radios("fia", "فئة التسجيل", ["عضو", "غير عضو", "طالب تمريض", "تذكرة إلكترونية"], req=True) +
fld("khususiya", "أوافق على سياسة الخصوصية", "checkbox", req=True) + """
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">إنشاء الحساب</button>
</form>
<h2>لديكم حساب؟</h2>
<form action="@bawwaba.html" method="post">
""" + fld("d-barid", "البريد الإلكتروني", "email") + fld("d-kalima", "كلمة المرور", "password") + """
<button type="submit">دخول</button>
</form>
""")
s.page("online.html", "التذكرة الإلكترونية", """
<h1>الحضور عبر الإنترنت</h1>
<p>يطرح حاملو التذكرة الإلكترونية أسئلتهم على المتحدثين مباشرة عبر Webex، ويُقرأ سؤالهم في القاعة.</p>
""")
s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة المؤتمرات في الطابق الأول ويصلها مصعد يتسع للكراسي المتحركة.</p>
<p>ترجمة نصية فورية على الشاشة في الجلسات العامة، ومترجم للغة الإشارة البحرينية في الافتتاح والجلسات العامة.</p>
""")
s.page("urdu.html", "ہوم کیئر معاونین کے لیے", """
<h1>ہوم کیئر معاونین کے لیے معلومات</h1>
<p>یہ کانفرنس گھروں میں بزرگوں کی دیکھ بھال کرنے والی نرسوں اور معاونین کے لیے ہے۔ تمام سیشن عربی اور انگریزی میں ہوں گے۔</p>
<p>فیس: ممبران ۴۵ دینار، غیر ممبران ۶۰ دینار، نرسنگ کے طلبہ ۱۵ دینار۔ رجسٹریشن کانفرنس پورٹل پر اکاؤنٹ بنا کر ہوتی ہے۔</p>
""", lang="ar-BH", dir="rtl")
s.page("rua.html", "الرعاة", """
<h1>رعاية المؤتمر</h1>
<p>جناح عرض للشركات: ٣٬٠٠٠ د.ب.</p>
""")
s.page("wazaif.html", "وظائف", """
<h1>وظائف شاغرة لدى الأعضاء</h1>
<p>ممرضة رعاية منزلية، راتب يبدأ من ٦٥٠ د.ب شهريًا.</p>
<p>للمشاركين القادمين من دبي: فندق الشريك هناك ٥٥٠ درهمًا إماراتيًا لليلة قبل الرحلة.</p>
""")
ENTRY = entry(s, name="Gulf home-care nursing conference 2027 (home-care nurses' society, Manama, Bahrain)",
    languages=["ar", "ur"], fees=[(45, "BHD"), (60, "BHD"), (15, "BHD"), (20, "BHD")], free_option=False, fee_support=True,
    remote_participation=True, captcha=["recaptcha"], account_required=True,
    registration_form=(11, 7, ["id_document", "affiliation", "phone", "nationality"]), min_age=21,
    accessibility_statement=True, access_services=["wheelchair_access", "captions", "sign_language"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "rusum.html", "bawwaba.html", "online.html", "wusul.html", "urdu.html"],
    evidence={
        "languages": [Q("index.html", "يجمع المؤتمر ممرضات وممرضي الرعاية المنزلية ومساعديهم"),
                      M("urdu.html", '<html lang="ar-BH" dir="rtl">', "Urdu page declared ar-BH"),
                      Q("urdu.html", "یہ کانفرنس گھروں میں بزرگوں کی دیکھ بھال کرنے والی نرسوں اور معاونین کے لیے ہے۔")],
        "un_languages": [N("ar")],
        "fees": [M("rusum.html", "<th>الرسوم (د.ب)</th>", "currency in column header"),
                 Q("rusum.html", "أعضاء جمعية ممرضي الرعاية المنزلية ٤٥٫٠٠٠", "45 BHD member (category)"),
                 Q("rusum.html", "غير الأعضاء ٦٠٫٠٠٠", "60 BHD"), Q("rusum.html", "طلبة التمريض ١٥٫٠٠٠", "15 BHD students"),
                 Q("rusum.html", "التذكرة الإلكترونية ٢٠٫٠٠٠", "20 BHD online pass with questions"),
                 Q("urdu.html", "ممبران ۴۵ دینار", "Urdu restatement: no new entry"),
                 Q("rua.html", "٣٬٠٠٠ د.ب", "exhibitor: not a fee"),
                 Q("wazaif.html", "٥٥٠ درهمًا إماراتيًا", "AED hotel and salary: not fees")],
        "free_option": [Q("rusum.html", "لا توجد تسجيلات مجانية، حتى المتحدثون يسددون الرسوم.")],
        "fee_support": [Q("rusum.html", "طلبة التمريض ١٥٫٠٠٠", "student rate below 45/60")],
        "remote_participation": [Q("online.html", "يطرح حاملو التذكرة الإلكترونية أسئلتهم على المتحدثين مباشرة عبر Webex")],
        "captcha": [M("bawwaba.html", '<div class="g-recaptcha"')],
        "account_required": [Q("bawwaba.html", "التسجيل ودفع الرسوم يتمان من حسابكم في البوابة."),
                             N("own portal sign-up with password and confirmation")],
        "registration_form": [N("sign-up: 11 fields: name, CPR, NHRA licence (not ID), employer, phone, e-mail, nationality select, password, confirmation, category radio, privacy checkbox; required: 5 marked (مطلوب تعبئته) + radio + checkbox (required attr) = 7; the 2-field login form is not it", "bawwaba.html"),
                              Q("bawwaba.html", "الرقم الشخصي (مطلوب تعبئته)")],
        "registration_host": [N("own portal only")],
        "registration_pdf_only": [N("online portal")],
        "min_age": [Q("rusum.html", "يشترط في المشارك ألا يقل عمره عن ٢١ عامًا.")],
        "accessibility_statement": [Q("wusul.html", "قاعة المؤتمرات في الطابق الأول ويصلها مصعد يتسع للكراسي المتحركة.")],
        "access_services": [Q("wusul.html", "ويصلها مصعد يتسع للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "ترجمة نصية فورية على الشاشة في الجلسات العامة", "captions"),
                            Q("wusul.html", "ومترجم للغة الإشارة البحرينية", "sign_language")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/kalima.vtt"', "captioned video only")],
        "pdf_only_documents": [N("programme in HTML; no PDF")],
    })
