"""Bahrain Arabic Calligraphy Forum: a calligraphers' society's workshops and exhibition (Manama). ar-BH, rtl;
an English page declared lang="ar"."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "multaqa-albahrain-lilkhatt-alarabi"
NAV_AR = [("index.html", "الرئيسية"), ("warash.html", "الورش والرسوم"), ("tasjil.html", "التسجيل"),
          ("wusul.html", "إمكانية الوصول"), ("maarad.html", "المعرض والمسابقة"), ("raa.html", "الرعاة"),
          ("iqama.html", "الإقامة والتنقل"), ("en/index.html", "English")]
NAV_EN = [("en/index.html", "Home"), ("warash.html", "Workshops (Arabic)"), ("tasjil.html", "Register (Arabic)"),
          ("index.html", "العربية")]
s = mk(SLUG, {"ar": "ملتقى البحرين للخط العربي", "en": "Bahrain Arabic Calligraphy Forum"}, "ar-BH", "#7a4b1f", "خط",
       {"ar": NAV_AR, "en": NAV_EN}, dir="rtl", homes={"en": "en/index.html"},
       foot={"ar": "<p>جمعية البحرين للخط العربي والزخرفة — المنامة، ص.ب ٢٠٢٠ — info@khatt.example.bh</p>",
             "en": "<p>Bahrain Society for Arabic Calligraphy and Ornament — Manama — info@khatt.example.bh</p>"},
       newsletter={"ar": ("اشترك في النشرة البريدية", "اشتراك"), "en": ("Newsletter", "Subscribe")})
placeholder_media(s, "media/promo.mp4")

s.page("index.html", "ملتقى البحرين للخط العربي ٢٠٢٧", """
<h1>ملتقى البحرين للخط العربي ٢٠٢٧</h1>
<p>يجمع الملتقى الخطاطين الهواة والمحترفين وطلبة الفنون في أسبوع من الورش التطبيقية والمحاضرات ومعرض اللوحات،
من ٦ إلى ١٢ فبراير ٢٠٢٧ في مركز الفنون بالمنامة.</p>
<p>الدخول إلى معرض اللوحات ومحاضرات المساء مجاني ولا يتطلب تسجيلًا. أما الورش التطبيقية فمدفوعة، وتجدون
تفاصيلها في صفحة <a href="@warash.html">الورش والرسوم</a>.</p>
<p>تبلغ قيمة الجائزة الأولى في مسابقة الملتقى ١٬٠٠٠ د.ب، وتُعلن النتائج في حفل الختام.</p>
<h2>شاهد إعلان الملتقى</h2>
""" + video("media/promo.mp4") + """
<ul>
<li><a href="@tasjil.html">سجّل في ورشة</a></li>
<li><a href="@wusul.html">إمكانية الوصول والخدمات</a></li>
<li><a href="@en/index.html">Information in English</a></li>
</ul>
""")

s.page("warash.html", "الورش والرسوم", """
<h1>الورش التطبيقية والرسوم</h1>
<p>تُقام الورش صباحًا بين الساعة ٩ و١٢ ظهرًا، ويشمل رسمها الورق والأحبار والأقلام المستخدمة داخل الورشة.</p>
<table>
<caption>رسوم الورش التطبيقية</caption>
<thead><tr><th scope="col">الورشة</th><th scope="col">حتى ٣١ يناير (د.ب)</th><th scope="col">بعد ٣١ يناير (د.ب)</th></tr></thead>
<tbody>
<tr><th scope="row">خط الرقعة للمبتدئين</th><td>٣٥٫٠٠٠</td><td>٤٠٫٠٠٠</td></tr>
<tr><th scope="row">خط الثلث للمتقدمين</th><td>٥٠٫٠٠٠</td><td>٥٥٫٠٠٠</td></tr>
<tr><th scope="row">طلبة المدارس والجامعات (أي ورشة)</th><td>١٥٫٠٠٠</td><td>١٥٫٠٠٠</td></tr>
</tbody>
</table>
<h2>الورشة عن بُعد</h2>
<p>ورشة عن بُعد عبر زووم لخط النسخ: يرسل المشاركون تمارينهم ويصحح الأستاذ أعمالهم مباشرة أثناء الجلسة، ورسومها
٢٠ دينارًا بحرينيًا.</p>
<h2>من يمكنه المشاركة؟</h2>
<p>يُقبل المشاركون من سن الثانية عشرة فما فوق، ويحتاج من هم دون الثامنة عشرة إلى موافقة ولي الأمر.</p>
<p class="note">سعر الطلبة مخفّض ويشترط إبراز البطاقة الجامعية أو المدرسية عند الحضور.</p>
""")

form = "".join([
    fld("name", 'الاسم الكامل <span class="req">*</span>', req=True),
    fld("email", 'البريد الإلكتروني <span class="req">*</span>', "email", req=True),
    fld("phone", 'رقم الهاتف <span class="req">*</span>', "tel"),
    fld("dob", 'تاريخ الميلاد <span class="req">*</span>', "date"),
    fld("cpr", "الرقم الشخصي (CPR)"),
    fld("ws", 'الورشة <span class="req">*</span>', "select", req=True,
        opts=["خط الرقعة للمبتدئين", "خط الثلث للمتقدمين", "خط النسخ عن بُعد"]),
    radios("level", "مستواك في الخط", ["مبتدئ", "متوسط", "متقدم"]),
    fld("school", "المدرسة أو الجامعة (للطلبة)"),
    fld("portfolio", "نماذج من أعمالك السابقة", "file"),
    fld("terms", 'أوافق على شروط المشاركة <span class="req">*</span>', "checkbox"),
])
s.page("tasjil.html", "التسجيل في الورش", f"""
<h1>التسجيل في الورش</h1>
<p>الحقول المعلّمة بـ * إلزامية. يصلكم تأكيد بالبريد الإلكتروني مع طريقة الدفع خلال يومين.</p>
<form action="@tasjil.html" method="post">
<input type="hidden" name="edition" value="2027">
{form}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAB-khatt-bh"></div>
<button type="submit">إرسال الطلب</button>
</form>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول والخدمات</h1>
<p>تقام الورش في الطابق الأرضي من مركز الفنون، والمدخل مجهز بمنحدر للكراسي المتحركة، وتتوفر دورة مياه مهيأة.</p>
<p>يتوفر ركن للأطفال بإشراف مربيات أثناء ورش المساء، للأطفال من ٣ إلى ٨ سنوات.</p>
<p>لا تتوفر ترجمة بلغة الإشارة في هذه الدورة.</p>
<p>لطلبات الوصول الخاصة راسلونا على access@khatt.example.bh قبل أسبوع من الملتقى.</p>
""")

s.page("en/index.html", "Bahrain Arabic Calligraphy Forum 2027", """
<h1>Bahrain Arabic Calligraphy Forum 2027</h1>
<p>The forum brings amateur and professional calligraphers and art students together for a week of hands-on
workshops, talks and an exhibition, from 6 to 12 February 2027 at the Arts Centre in Manama.</p>
<p>Entry to the exhibition and the evening talks is free. Workshop fees are BHD 35.000 for beginners and BHD 50.000
for advanced calligraphers until 31 January, and BHD 15.000 for school and university students.</p>
<p>The online Naskh class on Zoom lets you send your exercises and have them corrected live by the teacher.</p>
<p>Registration is in Arabic only; write to info@khatt.example.bh if you need help filling in the form.</p>
""", lang="ar", header_lang="en", dir="ltr")

s.page("maarad.html", "المعرض والمسابقة", """
<h1>المعرض والمسابقة</h1>
<p>يعرض الملتقى أكثر من مئة لوحة لخطاطين من الخليج. تبلغ جوائز المسابقة ١٬٠٠٠ د.ب للمركز الأول و٥٠٠ د.ب للثاني.</p>
<p>متجر المعرض يبيع أطقم الأقلام والأحبار بسعر ٨ د.ب للطقم.</p>
<h2>محاضرات المساء</h2>
<ul>
<li>محاضرة: الخط العربي وذوو الإعاقة البصرية — تجارب في اللمس والحروف البارزة</li>
<li>محاضرة: تاريخ المصاحف المخطوطة في البحرين</li>
</ul>
""")

s.page("raa.html", "الرعاة", """
<h1>الرعاة والعارضون</h1>
<p>باقة الراعي الذهبي ٢٬٥٠٠ د.ب، والراعي الفضي ١٬٢٠٠ د.ب، وجناح العرض ٣٠٠ د.ب طوال الأسبوع.</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق اللؤلؤة ٤٢ د.ب لليلة شاملة الإفطار. أجرة سيارة الأجرة من المطار نحو ٥ د.ب.</p>
""")

ENTRY = entry(
    s, name="Bahrain Arabic Calligraphy Forum 2027 (calligraphers' society, Manama)",
    languages=["ar", "en"],
    fees=[(35, "BHD"), (40, "BHD"), (50, "BHD"), (55, "BHD"), (15, "BHD"), (20, "BHD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"],
    account_required=False, registration_form=(10, 6, ["phone", "birth_date", "id_document", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=12, accessibility_statement=True,
    access_services=["wheelchair_access", "childcare"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "warash.html", "tasjil.html", "wusul.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "يجمع الملتقى الخطاطين الهواة والمحترفين وطلبة الفنون"),
                      Q("en/index.html", "The forum brings amateur and professional calligraphers and art students together",
                        "whole English page, declared lang=\"ar\": English"),
                      M("en/index.html", '<html lang="ar">', "wrong declaration")],
        "un_languages": [N("ar, en")],
        "fees": [Q("warash.html", "حتى ٣١ يناير (د.ب)", "currency only in the column headers"),
                 Q("warash.html", "خط الرقعة للمبتدئين ٣٥٫٠٠٠ ٤٠٫٠٠٠", "35 and 40 BHD (three decimals after ٫)"),
                 Q("warash.html", "خط الثلث للمتقدمين ٥٠٫٠٠٠ ٥٥٫٠٠٠", "50 and 55 BHD"),
                 Q("warash.html", "طلبة المدارس والجامعات (أي ورشة) ١٥٫٠٠٠ ١٥٫٠٠٠", "15 BHD in both columns: one entry"),
                 Q("warash.html", "ورسومها ٢٠ دينارًا بحرينيًا", "paid online class with live correction: 20 BHD"),
                 Q("en/index.html", "Workshop fees are BHD 35.000 for beginners", "English restatement, no new entries"),
                 Q("index.html", "تبلغ قيمة الجائزة الأولى في مسابقة الملتقى ١٬٠٠٠ د.ب", "prize: not a fee"),
                 Q("maarad.html", "متجر المعرض يبيع أطقم الأقلام والأحبار بسعر ٨ د.ب للطقم", "shop: not a fee"),
                 Q("raa.html", "باقة الراعي الذهبي ٢٬٥٠٠ د.ب", "sponsors and stands: not fees"),
                 Q("iqama.html", "فندق اللؤلؤة ٤٢ د.ب لليلة", "hotel and taxi: not fees")],
        "free_option": [Q("index.html", "الدخول إلى معرض اللوحات ومحاضرات المساء مجاني ولا يتطلب تسجيلًا.",
                          "free exhibition and talks beside paid workshops")],
        "fee_support": [Q("warash.html", "طلبة المدارس والجامعات (أي ورشة)", "student rate below the other rates"),
                        Q("warash.html", "سعر الطلبة مخفّض")],
        "remote_participation": [Q("warash.html", "يرسل المشاركون تمارينهم ويصحح الأستاذ أعمالهم مباشرة أثناء الجلسة",
                                   "online class with live correction: true")],
        "captcha": [M("tasjil.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form without password; no platform", "tasjil.html")],
        "registration_form": [N("tasjil.html: 10 fields: name, e-mail, phone, birth date, CPR number, workshop select, "
                                "level radio group, school or university, portfolio file, terms checkbox; hidden input and "
                                "footer newsletter not counted. Required (required attribute or *): name, e-mail, phone, "
                                "birth date, workshop, terms = 6. Sensitive: phone, birth_date, id_document (CPR, the "
                                "Bahraini personal number), affiliation (school or university).")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("warash.html", "يُقبل المشاركون من سن الثانية عشرة فما فوق", "12; guardian consent under 18 is not a limit"),
                    Q("wusul.html", "للأطفال من ٣ إلى ٨ سنوات", "childcare ages: not a limit")],
        "accessibility_statement": [Q("wusul.html", "والمدخل مجهز بمنحدر للكراسي المتحركة"),
                                    Q("wusul.html", "لطلبات الوصول الخاصة راسلونا على access@khatt.example.bh"),
                                    Q("maarad.html", "محاضرة: الخط العربي وذوو الإعاقة البصرية", "talk title, not a statement")],
        "access_services": [Q("wusul.html", "تقام الورش في الطابق الأرضي من مركز الفنون، والمدخل مجهز بمنحدر للكراسي المتحركة",
                              "wheelchair_access"),
                            Q("wusul.html", "يتوفر ركن للأطفال بإشراف مربيات أثناء ورش المساء", "childcare"),
                            Q("wusul.html", "لا تتوفر ترجمة بلغة الإشارة في هذه الدورة.", "negation: no sign language")],
        "videos_without_captions": [M("index.html", 'src="media/promo.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
