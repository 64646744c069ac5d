from lib import *

NAV = [("index.html", "الرئيسية"), ("dirasa.html", "دراسة الأثر"), ("musharaka.html", "كيف تشارك"),
       ("tasjil.html", "طلب مداخلة"), ("wusul.html", "الوصول والتسهيلات"), ("iqama.html", "الإقامة والتنقل"),
       ("wazaif.html", "وظائف المشروع"), ("akhbar.html", "الأخبار")]
FOOT = {"ar-JO": '<p>وحدة المشاركة المجتمعية — شركة خليج العقبة للتحلية (اسم افتراضي) · شارع الكورنيش، العقبة · '
        '<a href="mailto:istima@aqaba-tahliya.example.jo">istima@aqaba-tahliya.example.jo</a></p>'}
s = mk("jalsat-istima-tahliya-aqaba", "جلسة الاستماع العامة لمحطة تحلية العقبة", "ar-JO", "#0b6e7a", "عقبة", NAV,
       foot=FOOT, dir="rtl")

s.page("index.html", "جلسة الاستماع العامة — دراسة الأثر البيئي والاجتماعي لمحطة تحلية العقبة", """
<h1>جلسة الاستماع العامة حول دراسة الأثر البيئي والاجتماعي لمحطة تحلية العقبة</h1>
<p>تدعو شركة خليج العقبة للتحلية، بالتنسيق مع وزارة البيئة، سكان العقبة والقرى المجاورة والصيادين والغواصين وأصحاب
المنشآت السياحية إلى جلسة استماع عامة يوم السبت ١٣ آذار ٢٠٢٧ من الساعة العاشرة صباحًا في قاعة بلدية العقبة.</p>
<p>تُعرض في الجلسة نتائج الدراسة: موقع خط السحب البحري، ومصب المياه المالحة المركّزة، وأثر الأعمال على الشعاب
المرجانية والشاطئ الجنوبي، وخطة الإدارة البيئية خلال الإنشاء والتشغيل. تُسجَّل جميع الملاحظات في محضر رسمي يُرفق
بالدراسة النهائية.</p>
<ul>
<li><a href="@dirasa.html">اقرأ ملخص الدراسة</a></li>
<li><a href="@musharaka.html">كيف تشارك في القاعة أو عن بُعد</a></li>
<li><a href="@tasjil.html">قدّم طلب مداخلة</a></li>
<li><a href="@taqrir-jalsat-2025.html">تقرير جلسة التشاور الأولى (٢٠٢٥)</a></li>
</ul>
<section lang="en" dir="ltr">
<h2>Summary in English</h2>
<p>The Gulf of Aqaba Desalination Company is holding a public hearing on the environmental and social impact
assessment of the planned seawater desalination plant south of the port. Residents, fishers, dive operators and
hotel owners can comment on the intake pipeline, the brine outfall near the coral reef and the environmental
management plan; every comment is recorded in the official minutes attached to the final assessment.</p>
<p>The hearing itself is held in Arabic; written comments in English are accepted through the request form.</p>
</section>
""")

s.page("dirasa.html", "ملخص دراسة الأثر البيئي والاجتماعي", """
<h1>دراسة الأثر البيئي والاجتماعي</h1>
<p>أعدّ مكتب استشاري مستقل الدراسة خلال عامي ٢٠٢٥ و٢٠٢٦، وهي متاحة للتحميل بصيغة PDF فقط
(<a href="@dirasa/dirasat-alathar-aqaba-2027.pdf">تحميل الدراسة الكاملة، PDF</a>).</p>
<h2>أرقام المشروع</h2>
<ul>
<li>الطاقة الإنتاجية المخطط لها: ٣٠٠ مليون متر مكعب سنويًا.</li>
<li>الكلفة التقديرية للمشروع: ١٤٠ مليون دينار أردني.</li>
<li>التعرفة المقترحة لبيع المياه المحلاة للسلطة: ٠٫٨٥٠ د.أ للمتر المكعب، وهي من البنود المطروحة للنقاش في الجلسة.</li>
</ul>
<p>تبيّن الدراسة أن مصب المياه المالحة سيكون على عمق ٣٠ مترًا وعلى بعد ٨٠٠ متر من أقرب شعاب مرجانية.</p>
""")
s.pdf("dirasa/dirasat-alathar-aqaba-2027.pdf", "Aqaba desalination plant - environmental and social impact assessment\nDraft for public hearing, March 2027\nIntake, brine outfall, coral reef monitoring, management plan")

s.page("musharaka.html", "كيف تشارك", """
<h1>كيف تشارك في جلسة الاستماع</h1>
<h2>في القاعة</h2>
<p>الجلسة مفتوحة لجميع المهتمين. يُعطى كل متحدث سجّل طلب مداخلة خمس دقائق، وتُخصَّص الساعة الأخيرة لأسئلة الحضور
دون تسجيل مسبق.</p>
<h2>عن بُعد</h2>
<p>يمكن المشاركة عن بُعد عبر Microsoft Teams، ويستطيع المشاركون عن بُعد طلب الكلمة برفع اليد فيمنحهم مدير الجلسة
الدور نفسه الذي يُمنح للحضور في القاعة. يُرسل رابط الاجتماع إلى البريد الإلكتروني لمن يسجّل طلب مداخلة.</p>
<h2>النقل من القرى</h2>
<p>تسيّر الشركة حافلات مجانية من القويرة ووادي عربة والديسة إلى قاعة البلدية، تنطلق الساعة الثامنة صباحًا وتعود بعد
انتهاء الجلسة.</p>
""")

FORM = "".join([
    fld("name", "الاسم الكامل (مطلوب)", req=True),
    fld("natno", "الرقم الوطني (مطلوب)", req=True),
    fld("phone", "رقم الهاتف (مطلوب)", "tel", req=True),
    fld("email", "البريد الإلكتروني", "email"),
    fld("org", "الجهة التي تمثلها (إن وجدت)"),
    fld("area", "المنطقة", "select", opts=["العقبة", "القويرة", "وادي عربة", "الديسة", "أخرى"]),
    radios("mode", "طريقة المشاركة (مطلوب)", ["في القاعة", "عن بُعد عبر Teams"], req=True),
    fld("summary", "ملخص المداخلة (مطلوب)", "textarea", req=True),
    fld("minutes", "أوافق على ذكر اسمي في محضر الجلسة", "checkbox"),
])
s.page("tasjil.html", "طلب مداخلة", f"""
<h1>طلب مداخلة في جلسة الاستماع</h1>
<p>يُقبل طلب المداخلة من سن الثامنة عشرة فما فوق. آخر موعد لتقديم الطلبات يوم الخميس ١١ آذار ٢٠٢٧.</p>
<form action="@tasjil.html" method="post">
{FORM}
<div class="mtcaptcha" data-sitekey="MTPublic-aqaba2027"></div>
<button type="submit">إرسال الطلب</button>
</form>
""")

s.page("wusul.html", "الوصول والتسهيلات", """
<h1>الوصول والتسهيلات</h1>
<p>قاعة بلدية العقبة في الطابق الأرضي ولها مدخل بمنحدر للكراسي المتحركة من جهة الموقف الشرقي، ودورة مياه مهيأة.</p>
<p>يتوفر مترجم لغة الإشارة الأردنية طوال الجلسة، ويُعرض على الشاشة الكبيرة بجانب المتحدث.</p>
<p>لأي احتياجات أخرى تواصل مع منسقة الوصول هالة الرواشدة على <a href="mailto:wusul@aqaba-tahliya.example.jo">wusul@aqaba-tahliya.example.jo</a>
قبل الجلسة بثلاثة أيام على الأقل.</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق المرجان الأحمر (شريك إقامة): ٦٥ د.أ لليلة شاملة الإفطار.</p>
<p>أجرة سيارة الأجرة من المطار إلى وسط المدينة نحو ١٢ دينارًا أردنيًا، والحافلة السريعة من عمّان ٨٫٥٠٠ د.أ للتذكرة.</p>
""")

s.page("wazaif.html", "وظائف المشروع", """
<h1>وظائف المشروع</h1>
<p>تعلن الشركة عن وظائف لأبناء المجتمع المحلي خلال فترة الإنشاء:</p>
<ul>
<li>فني صيانة مضخات — راتب شهري يبدأ من ٧٥٠ د.أ.</li>
<li>مراقب بيئي بحري — راتب شهري ٩٠٠ دينار أردني.</li>
</ul>
""")

s.page("akhbar.html", "الأخبار", """
<h1>الأخبار</h1>
<p>شاركت جمعية الغواصين في العقبة في مسح الشعاب المرجانية الذي استندت إليه الدراسة.</p>
<p>رصدت الشركة منحة بقيمة ٥٠٬٠٠٠ د.أ لبرنامج مراقبة الشعاب تديره الجامعة.</p>
""")

ENTRY = entry(s, name="Aqaba desalination plant EIA public hearing 2027 (water company, Aqaba, Jordan)",
    languages=["ar", "en"], fees=[], free_option=None, fee_support=True, remote_participation=True,
    captcha=["other"], account_required=False, registration_form=(9, 5, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "dirasa.html", "musharaka.html", "tasjil.html", "wusul.html"],
    deliberate_404=["taqrir-jalsat-2025.html"],
    evidence={
        "languages": [Q("index.html", "تدعو شركة خليج العقبة للتحلية، بالتنسيق مع وزارة البيئة"),
                      M("index.html", '<section lang="en" dir="ltr">', "English summary section with lang"),
                      Q("index.html", "The Gulf of Aqaba Desalination Company is holding a public hearing")],
        "un_languages": [N("ar, en")],
        "fees": [N("nothing said about a price of taking part: fees []"),
                 Q("dirasa.html", "الكلفة التقديرية للمشروع: ١٤٠ مليون دينار أردني.", "project cost under hearing: not a fee"),
                 Q("dirasa.html", "٠٫٨٥٠ د.أ للمتر المكعب", "water tariff under hearing: not a fee"),
                 Q("iqama.html", "فندق المرجان الأحمر (شريك إقامة): ٦٥ د.أ لليلة شاملة الإفطار.", "hotel, taxi, bus: not fees"),
                 Q("wazaif.html", "راتب شهري يبدأ من ٧٥٠ د.أ.", "salaries: not fees"),
                 Q("akhbar.html", "منحة بقيمة ٥٠٬٠٠٠ د.أ", "grant: not a fee")],
        "free_option": [Q("musharaka.html", "الجلسة مفتوحة لجميع المهتمين."),
                        N("open to all, free buses, but not a word on the cost of taking part: null")],
        "fee_support": [Q("musharaka.html", "تسيّر الشركة حافلات مجانية من القويرة ووادي عربة والديسة إلى قاعة البلدية",
                          "free buses from outlying villages: support")],
        "remote_participation": [Q("musharaka.html", "يمكن المشاركة عن بُعد عبر Microsoft Teams، ويستطيع المشاركون عن بُعد طلب الكلمة برفع اليد")],
        "captcha": [M("tasjil.html", '<div class="mtcaptcha"', "MTCaptcha: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, national number, phone, e-mail, organisation, area select, mode radio, summary textarea, minutes checkbox); 5 marked (مطلوب) / required; sensitive id_document, phone, affiliation", "tasjil.html"),
                              Q("tasjil.html", "الرقم الوطني (مطلوب)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online request form")],
        "min_age": [Q("tasjil.html", "يُقبل طلب المداخلة من سن الثامنة عشرة فما فوق.")],
        "accessibility_statement": [Q("wusul.html", "قاعة بلدية العقبة في الطابق الأرضي ولها مدخل بمنحدر للكراسي المتحركة")],
        "access_services": [Q("wusul.html", "ولها مدخل بمنحدر للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "يتوفر مترجم لغة الإشارة الأردنية طوال الجلسة", "sign_language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [M("dirasa.html", 'href="dirasa/dirasat-alathar-aqaba-2027.pdf"', "impact study under hearing only as PDF")],
    })
