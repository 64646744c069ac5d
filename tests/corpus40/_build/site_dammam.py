"""Dammam (Saudi Arabia): a telecom and space regulator's public consultation session on a draft regulatory
framework for satellite broadband (non-geostationary constellations) and its spectrum. Arabic (rtl), English page."""
from lib import *

NAV = [("index.html", "الرئيسية"), ("wathiqa.html", "المسودة محل التشاور"), ("tasjil.html", "التسجيل وطلب الكلمة"),
       ("an-bud.html", "المشاركة عن بُعد"), ("wusul.html", "المكان وإمكانية الوصول"), ("asila.html", "الأسئلة الشائعة"),
       ("akhbar.html", "الأخبار"), ("wazaif.html", "الوظائف")]
NAV_EN = [("en/index.html", "English"), ("index.html", "العربية"), ("tasjil.html", "Registration (Arabic form)"),
          ("wusul.html", "Venue (Arabic)")]
s = mk("jalsat-tashawur-alinternet-alfadai-dammam", "الهيئة الوطنية لتنظيم الاتصالات والفضاء — جلسة تشاور عامة", "ar-SA",
       "#0b6e4f", "ه‌ت", {"ar-SA": NAV, "en": NAV_EN}, dir="rtl",
       langs={"ar-SA": [("en/index.html", "English")], "en": [("index.html", "العربية")]},
       homes={"en": "en/index.html"},
       foot={"ar-SA": "<p>الهيئة الوطنية لتنظيم الاتصالات والفضاء — فرع المنطقة الشرقية، الدمام. البريد: istishara@nrta.example.sa</p>",
             "en": "<p>National Regulatory Authority for Telecommunications and Space — Eastern Province branch, Dammam. E-mail: istishara@nrta.example.sa</p>"})

FREE = "حضور جلسة التشاور والمشاركة فيها دون أي رسوم، حضوريًا أو عن بُعد."
s.page("index.html", "جلسة التشاور العامة حول الإطار التنظيمي للإنترنت الفضائي", f"""
<h1>جلسة تشاور عامة: مسودة الإطار التنظيمي لخدمات النطاق العريض عبر الأقمار الصناعية</h1>
<p>تدعو الهيئة الوطنية لتنظيم الاتصالات والفضاء مقدّمي الخدمات والمشغّلين والجامعات والجمعيات الأهلية والمستخدمين إلى
جلسة تشاور عامة حول مسودة الإطار التنظيمي لخدمات النطاق العريض عبر كوكبات الأقمار الصناعية غير المستقرة بالنسبة للأرض،
وحول ترتيبات استخدام نطاقات الطيف الترددي Ku وKa.</p>
<ul>
<li>الموعد: الثلاثاء ١٦ مارس ٢٠٢٧، من الساعة ٩:٠٠ صباحًا حتى ١:٣٠ ظهرًا.</li>
<li>المكان: قاعة الشرقية للمؤتمرات، مبنى فرع الهيئة، حي الشاطئ، الدمام.</li>
<li>{FREE}</li>
</ul>
<p>للاطلاع على المسودة ومحاور النقاش انتقل إلى صفحة <a href="@wathiqa.html">المسودة محل التشاور</a>، ثم سجّل
حضورك أو اطلب الكلمة من صفحة <a href="@tasjil.html">التسجيل</a>. يمكن المشاركة كذلك <a href="@an-bud.html">عن بُعد</a>.</p>
<p>ملخص الآراء الواردة في جولة التشاور السابقة متاح في <a href="@mulakhas-alaraa.html">صفحة ملخص الآراء</a>.</p>
<p><a href="@en/index.html">Information in English</a></p>
""")

s.page("wathiqa.html", "المسودة محل التشاور", """
<h1>المسودة محل التشاور</h1>
<p>تتناول المسودة شروط الترخيص لمقدّمي خدمات الإنترنت الفضائي، ومتطلبات محطات البوابة الأرضية، وحماية المستخدمين، وآلية
تنسيق الطيف مع الأنظمة الأرضية القائمة.</p>
<h2>أبرز ما تقترحه المسودة</h2>
<ul>
<li>رسوم ترخيص سنوية مقترحة قدرها ٢٬٥٠٠٬٠٠٠ ريال سعودي لكل مقدّم خدمة.</li>
<li>مقابل مالي مقترح لاستخدام الطيف قدره ١٢٠٬٠٠٠ ريال لكل ميغاهرتز سنويًا.</li>
<li>غرامة مقترحة تصل إلى ٥٠٠٬٠٠٠ ريال عند تشغيل محطة أرضية دون تصريح.</li>
</ul>
<p>هذه المبالغ جزء من المسودة المعروضة للنقاش، وترحّب الهيئة بالملاحظات عليها.</p>
<p><a href="@pdf/musawwada-alitar-altanzimi.pdf">تنزيل مسودة الإطار التنظيمي (PDF، ٤٨ صفحة)</a> — المسودة متاحة بصيغة PDF فقط.</p>
<h2>مقطع تعريفي</h2>
""" + video("media/taarif-almusawwada.mp4") + """
<p>آخر موعد لاستلام الملاحظات المكتوبة: ٣١ مارس ٢٠٢٧.</p>
""")
s.pdf("pdf/musawwada-alitar-altanzimi.pdf", "Draft regulatory framework for satellite broadband services (NGSO)\nNational Regulatory Authority for Telecommunications and Space\nConsultation draft, 2027\nChapter 1: Licensing\nChapter 2: Gateway earth stations\nChapter 3: Spectrum coordination (Ku, Ka)")
placeholder_media(s, "media/taarif-almusawwada.mp4")

NOACC = "لا يلزم إنشاء حساب للتسجيل؛ يكفي تعبئة النموذج أدناه."
form = "".join([
    fld("name", "الاسم الكامل (حقل لا يُترك فارغًا)"),
    fld("idno", "رقم الهوية الوطنية أو الإقامة (حقل لا يُترك فارغًا)"),
    fld("org", "الجهة أو المنظمة (حقل لا يُترك فارغًا)"),
    fld("group", "فئة أصحاب المصلحة", "select", True, ["مقدّم خدمة أو مشغّل", "جهة حكومية", "جامعة أو مركز بحثي", "جمعية أهلية", "مستخدم أو فرد"]),
    fld("email", "البريد الإلكتروني", "email", True),
    fld("mobile", "رقم الجوال", "tel"),
    fld("city", "المدينة", "select", False, ["الدمام", "الخبر", "الأحساء", "الرياض", "جدة", "أخرى"]),
    radios("mode", "طريقة المشاركة", ["حضوريًا في الدمام", "عن بُعد عبر Microsoft Teams"], True),
    fld("speak", "أرغب في إلقاء مداخلة شفهية (خمس دقائق)", "checkbox"),
    fld("topic", "موضوع المداخلة (اختياري)", "textarea"),
    fld("file", "ملاحظات مكتوبة (ملف PDF، اختياري)", "file"),
    fld("consent", "أوافق على نشر ملخص مداخلتي في تقرير التشاور", "checkbox", True),
])
s.page("tasjil.html", "التسجيل وطلب الكلمة", f"""
<h1>التسجيل وطلب الكلمة</h1>
<p>سجّل حضورك سواء كنت ستحضر في الدمام أو ستشارك عن بُعد. {NOACC}</p>
<form action="@tasjil.html" method="post">
{form}
<div class="g-recaptcha" data-sitekey="6Lc-nrta-example-dammam"></div>
<button type="submit">إرسال الطلب</button>
</form>
<p>تُرسل إليك رسالة تأكيد تتضمن رابط الجلسة على Microsoft Teams إن اخترت المشاركة عن بُعد.</p>
""")

REMOTE = "يمكن للمشاركين عن بُعد طلب الكلمة برفع اليد في Microsoft Teams، وسيمنحهم رئيس الجلسة الكلمة بالتناوب مع الحاضرين في القاعة."
s.page("an-bud.html", "المشاركة عن بُعد", f"""
<h1>المشاركة عن بُعد</h1>
<p>تُعقد الجلسة بصيغة هجينة. يصلك رابط Microsoft Teams بعد التسجيل.</p>
<p>{REMOTE}</p>
<p>كما تُبث الجلسة مباشرة على قناة الهيئة في YouTube للمتابعة والمشاهدة فقط؛ لا تُستقبل المداخلات عبر البث.</p>
<p>يُنصح بتجربة الاتصال قبل الجلسة بعشر دقائق، وباستخدام سماعات للحد من الصدى.</p>
""")

STEP = "تقع قاعة الشرقية للمؤتمرات في الطابق الأرضي، ويؤدي إليها مدخل بمنحدر مناسب للكراسي المتحركة، وتتوفر دورات مياه مهيأة."
SIGN = "يتوفر مترجم بلغة الإشارة السعودية طوال الجلسة."
CAPT = "تُعرض ترجمة نصية فورية باللغة العربية على الشاشة الرئيسية."
INTERP = "تتوفر ترجمة فورية بين العربية والإنجليزية عبر سماعات توزَّع عند المدخل."
s.page("wusul.html", "المكان وإمكانية الوصول", f"""
<h1>المكان وإمكانية الوصول</h1>
<p>قاعة الشرقية للمؤتمرات، مبنى فرع الهيئة، حي الشاطئ، الدمام. تتوفر مواقف مجانية أمام المبنى.</p>
<h2>إمكانية الوصول</h2>
<ul>
<li>{STEP}</li>
<li>{SIGN}</li>
<li>{CAPT}</li>
<li>{INTERP}</li>
</ul>
<p>لأي احتياجات أخرى تتعلق بإمكانية الوصول، راسلونا قبل الجلسة بأسبوع على access@nrta.example.sa.</p>
<h2>الإقامة والتنقل</h2>
<p>فنادق قريبة من مقر الجلسة على كورنيش الدمام بأسعار تبدأ من ٤٥٠ ريالًا لليلة. أجرة سيارة الأجرة من مطار الملك فهد الدولي نحو ١٢٠ ريالًا.</p>
""")

ALLOW = "يُصرف بدل تنقل لممثلي الجمعيات الأهلية القادمين من خارج المنطقة الشرقية بعد اعتماد طلب التسجيل."
s.page("asila.html", "الأسئلة الشائعة", f"""
<h1>الأسئلة الشائعة</h1>
<details open><summary>هل للمشاركة رسوم؟</summary><p>لا. {FREE}</p></details>
<details open><summary>هل تدعم الهيئة تكاليف الحضور؟</summary><p>{ALLOW} ولا تتحمل الهيئة تكاليف الإقامة.</p></details>
<details open><summary>هل أحتاج إلى حساب في بوابة الهيئة؟</summary><p>{NOACC}</p></details>
<details open><summary>هل هناك حد أدنى للعمر؟</summary><p>الجلسة مفتوحة للعموم، ويُرحَّب بطلاب الجامعات.</p></details>
<details open><summary>هل يمكنني إرسال ملاحظات مكتوبة فقط؟</summary><p>نعم، عبر نموذج التسجيل أو بالبريد الإلكتروني حتى ٣١ مارس ٢٠٢٧.</p></details>
""")

EN_FREE = "Attending and speaking at the consultation session is free of charge, in person or remotely."
EN_REMOTE = "Remote participants join through Microsoft Teams and can ask for the floor by raising their hand."
s.page("en/index.html", "Public consultation on satellite broadband — English summary", f"""
<h1>Public consultation on the draft satellite broadband framework</h1>
<p>The National Regulatory Authority for Telecommunications and Space invites operators, service providers,
universities, civil-society organisations and users to a public consultation session on its draft regulatory
framework for broadband services delivered by non-geostationary satellite constellations, and on the use of the
Ku and Ka spectrum bands.</p>
<ul>
<li>Date: Tuesday 16 March 2027, 9:00–13:30.</li>
<li>Venue: Al-Sharqiya Conference Hall, Authority branch building, Al-Shati district, Dammam.</li>
<li>{EN_FREE}</li>
<li>{EN_REMOTE}</li>
<li>Arabic–English simultaneous interpretation is provided in the hall.</li>
</ul>
<p>The registration form is in Arabic; international operators may also write to istishara@nrta.example.sa.</p>
""", lang="en", dir="ltr")

s.page("akhbar.html", "الأخبار", """
<h1>الأخبار</h1>
<article><h2>الهيئة تطرح مسودة إطار الإنترنت الفضائي للتشاور العام</h2>
<p>طرحت الهيئة مسودة تقترح رسوم ترخيص سنوية قدرها ٢٬٥٠٠٬٠٠٠ ريال سعودي، وتدعو إلى المشاركة في جلسة التشاور بالدمام.</p></article>
<article><h2>نتائج تجربة خدمات الاتصال الفضائي في المناطق النائية</h2>
<p>أظهرت التجربة تحسنًا في سرعات الاتصال في عدد من القرى الحدودية.</p></article>
""")
s.page("wazaif.html", "الوظائف", """
<h1>الوظائف</h1>
<ul>
<li>أخصائي تنسيق الطيف الترددي — الدمام — راتب شهري يبدأ من ١٨٬٠٠٠ ريال.</li>
<li>محلل سياسات تنظيمية — الرياض — راتب شهري يبدأ من ١٥٬٥٠٠ ريال.</li>
</ul>
""")

ENTRY = entry(s, name="جلسة تشاور عامة حول الإطار التنظيمي للإنترنت الفضائي (الدمام)",
    languages=["ar", "en"],
    fees=[],
    free_option=True, fee_support=True, remote_participation=True,
    captcha=["recaptcha"], account_required=False,
    registration_form=(12, 7, ["id_document", "affiliation", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=None,
    accessibility_statement=True,
    access_services=["captions", "interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "wathiqa.html", "tasjil.html", "an-bud.html", "wusul.html", "asila.html", "en/index.html"],
    deliberate_404=["mulakhas-alaraa.html"],
    evidence={
        "languages": [N("Arabic site (ar-SA); a whole English page with lang=\"en\"", "en/index.html")],
        "un_languages": [N("ar and en")],
        "fees": [Q("index.html", FREE),
                 Q("wathiqa.html", "رسوم ترخيص سنوية مقترحة قدرها ٢٬٥٠٠٬٠٠٠ ريال سعودي لكل مقدّم خدمة.", "subject of the consultation: not a fee"),
                 Q("wathiqa.html", "مقابل مالي مقترح لاستخدام الطيف قدره ١٢٠٬٠٠٠ ريال لكل ميغاهرتز سنويًا.", "subject of the consultation: not a fee"),
                 Q("wusul.html", "بأسعار تبدأ من ٤٥٠ ريالًا لليلة", "hotel: not a fee"),
                 Q("wazaif.html", "راتب شهري يبدأ من ١٨٬٠٠٠ ريال", "salary: not a fee")],
        "free_option": [Q("index.html", FREE), Q("en/index.html", EN_FREE)],
        "fee_support": [Q("asila.html", ALLOW, "transport allowance for civil-society representatives from other regions (FAQ only)")],
        "remote_participation": [Q("an-bud.html", REMOTE), Q("an-bud.html", "للمتابعة والمشاهدة فقط", "the YouTube stream alone would not count")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha" data-sitekey="6Lc-nrta-example-dammam"></div>')],
        "account_required": [Q("tasjil.html", NOACC)],
        "registration_form": [N("request to attend or speak: name*, national ID/iqama*, organisation*, stakeholder group (required), e-mail (required), mobile, city, attendance mode radio (required), speak checkbox, topic textarea, file, consent checkbox (required) = 12 fields, 7 required; id_document, affiliation, phone", "tasjil.html")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("asila.html", "الجلسة مفتوحة للعموم", "open to the public: no minimum age")],
        "accessibility_statement": [Q("wusul.html", STEP)],
        "access_services": [Q("wusul.html", STEP), Q("wusul.html", SIGN), Q("wusul.html", CAPT), Q("wusul.html", INTERP)],
        "videos_without_captions": [M("wathiqa.html", '<video controls preload="none" width="640" src="media/taarif-almusawwada.mp4">')],
        "pdf_only_documents": [Q("wathiqa.html", "المسودة متاحة بصيغة PDF فقط.")],
    })
