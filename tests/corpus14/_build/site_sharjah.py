"""Sharjah: a teachers' league's international symposium on Arabic in digital education (ar-AE, rtl; en page)."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = {"ar-AE": [("index.html", "الرئيسية"), ("barnamaj.html", "البرنامج"), ("rusum.html", "الرسوم والمشاركة"),
                 ("hisab.html", "التسجيل"), ("wusul.html", "إمكانية الوصول"), ("iqama.html", "الإقامة"),
                 ("wazaif.html", "وظائف")],
       "en": [("en.html", "Symposium in English"), ("index.html", "العربية")]}
FOOT = {"ar-AE": '<p>رابطة معلّمي العربية — ص.ب ٦١٢٠، الشارقة، الإمارات العربية المتحدة — '
                 '<a href="mailto:nadwa@rabita-arabiya.example.ae">nadwa@rabita-arabiya.example.ae</a></p>',
        "en": '<p>Arabic Teachers\' League, PO Box 6120, Sharjah, UAE — nadwa@rabita-arabiya.example.ae</p>'}
s = mk("nadwa-duwaliya-arabiya-taalim-raqmi-sharjah", "الندوة الدولية الثالثة: العربية في التعليم الرقمي", "ar-AE",
       "#0b6e4f", "ن٣", NAV, foot=FOOT, dir="rtl",
       langs={"ar-AE": [("en.html", "English")], "en": [("index.html", "العربية")]})
placeholder_media(s, "media/nadwa2026.mp4")
vtt(s, "media/nadwa2026-ar.vtt", "مرحبًا بكم في الندوة")
s.pdf("media/barnamaj-nadwa-2027.pdf", "Third International Symposium - Arabic in Digital Education\n"
      "Programme, 18-19 February 2027\nDay 1: Opening; Apps for early readers\nDay 2: Assessment online; Closing")

ALT = [("ar", "index.html"), ("en", "en.html")]

s.page("index.html", "الندوة الدولية الثالثة: العربية في التعليم الرقمي — الشارقة", f"""
<h1>الندوة الدولية الثالثة: العربية في التعليم الرقمي</h1>
<p><strong>١٨–١٩ فبراير ٢٠٢٧ — قاعة المؤتمرات الكبرى، مركز الساحل الثقافي، الشارقة</strong></p>
<p>تنظم رابطة معلّمي العربية ندوتها الدولية الثالثة لمناقشة ما تغيّر في تعليم العربية منذ انتقلت الصفوف إلى
الشاشات: المنصات التعليمية، والتقويم الإلكتروني، وتطبيقات القراءة المبكرة، وتدريب المعلمين عن بعد. تستقبل الندوة
معلمين وموجّهين وباحثين من دول الخليج والمشرق والمغرب العربي.</p>
<ul>
  <li><a href="rusum.html">رسوم الحضور وتقديم البحوث عن بعد</a></li>
  <li><a href="hisab.html">إنشاء حساب على بوابة الندوة والتسجيل</a></li>
  <li><a href="barnamaj.html">البرنامج</a> — <a href="media/barnamaj-nadwa-2027.pdf">البرنامج التفصيلي (PDF، ٩٠ ك.ب)</a></li>
  <li><a href="wusul.html">إمكانية الوصول لأصحاب الهمم</a></li>
</ul>
<h2>من الندوة الثانية</h2>
{video("media/nadwa2026.mp4", track="media/nadwa2026-ar.vtt", track_lang="ar", label="العربية")}
""", alternates=ALT)

s.page("barnamaj.html", "البرنامج — الندوة الدولية الثالثة", """
<h1>البرنامج</h1>
<p>البرنامج التفصيلي بأسماء المتحدثين ومواعيد الجلسات متاح في ملف واحد:
<a href="media/barnamaj-nadwa-2027.pdf">تنزيل البرنامج التفصيلي (PDF)</a>. لا تتوفر نسخة منه على صفحات الموقع.</p>
<h2>محاور الندوة</h2>
<ol>
  <li>تطبيقات القراءة المبكرة للأطفال من ٤ إلى ٨ سنوات: ماذا تقول الدراسات؟</li>
  <li>كم يكلّف تطبيق تعليمي جيد؟ تجربة مدرسة أنفقت ٢٠٠ ألف درهم</li>
  <li>التقويم الإلكتروني في امتحانات نهاية المرحلة</li>
  <li>المعلم بين الصف الحضوري والصف الافتراضي</li>
</ol>
""", alternates=ALT)

s.page("rusum.html", "الرسوم والمشاركة — الندوة الدولية الثالثة", """
<h1>الرسوم وأشكال المشاركة</h1>
<table>
  <caption>رسوم الندوة (تشمل الحقيبة والغداء في اليومين)</caption>
  <tr><th>فئة المشاركة</th><th>الرسم</th></tr>
  <tr><td>حضور كامل لليومين</td><td>٤٥٠ درهمًا</td></tr>
  <tr><td>طلبة الجامعات (بإبراز البطاقة الجامعية)</td><td>٢٠٠ درهم</td></tr>
  <tr><td>تقديم بحث عن بعد</td><td>١٥٠ درهمًا</td></tr>
</table>
<p>لا توجد تذاكر مجانية، ويدفع المتحدثون ومقدمو البحوث رسوم الحضور كغيرهم.</p>
<h2>تقديم البحوث عن بعد</h2>
<p>يمكن للباحثين المقيمين خارج الدولة تقديم بحوثهم عن بعد عبر منصة Microsoft Teams في جلسات مباشرة مخصصة،
والإجابة عن أسئلة الحضور في القاعة بعد كل عرض. يُختار هذا الخيار عند التسجيل.</p>
<p>الدفع إلكترونيًا من حسابكم على بوابة الندوة بعد قبول التسجيل.</p>
""", alternates=ALT)

s.page("hisab.html", "التسجيل — الندوة الدولية الثالثة", """
<h1>التسجيل في الندوة</h1>
<p>يتم التسجيل في الندوة ودفع الرسوم ومتابعة البحوث من خلال حساب شخصي على بوابة الندوة. أنشئ حسابًا أولًا، ثم
أكمل التسجيل من لوحة الحساب. الحقول المعلّمة بـ * إلزامية.</p>
<h2>إنشاء حساب جديد</h2>
<form action="hisab.html" method="post" class="signup">
  <label for="ism">الاسم الكامل *</label>
  <input type="text" id="ism" name="ism">
  <label for="bareed">البريد الإلكتروني *</label>
  <input type="email" id="bareed" name="bareed">
  <label for="kalima">كلمة المرور *</label>
  <input type="password" id="kalima" name="kalima">
  <label for="takid">تأكيد كلمة المرور *</label>
  <input type="password" id="takid" name="takid">
  <label for="jawwal">رقم الهاتف المتحرك *</label>
  <input type="tel" id="jawwal" name="jawwal">
  <label for="jinsiya">الجنسية *</label>
  <select id="jinsiya" name="jinsiya"><option>الإمارات</option><option>سلطنة عُمان</option><option>الأردن</option><option>المغرب</option><option>أخرى</option></select>
  <label for="hawiya">رقم الهوية الإماراتية أو رقم جواز السفر</label>
  <input type="text" id="hawiya" name="hawiya">
  <label for="jiha">جهة العمل</label>
  <input type="text" id="jiha" name="jiha">
  <fieldset>
    <legend>نوع المشاركة *</legend>
    <input type="radio" id="n1" name="naw" value="hudur"> <label for="n1">حضوري</label>
    <input type="radio" id="n2" name="naw" value="anbud"> <label for="n2">تقديم بحث عن بعد</label>
  </fieldset>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
  <button type="submit">إنشاء الحساب</button>
</form>
<h2>لديك حساب؟</h2>
<form action="hisab.html" method="post" class="login">
  <label for="l-bareed">البريد الإلكتروني</label>
  <input type="email" id="l-bareed" name="l-bareed">
  <label for="l-kalima">كلمة المرور</label>
  <input type="password" id="l-kalima" name="l-kalima">
  <button type="submit">دخول</button>
</form>
""", alternates=ALT)

s.page("wusul.html", "إمكانية الوصول — الندوة الدولية الثالثة", """
<h1>إمكانية الوصول</h1>
<ul>
  <li>قاعة المؤتمرات مجهزة بمنحدرات ومصعد، وتتوفر مواقف مخصصة لأصحاب الهمم أمام المدخل الرئيسي.</li>
  <li>تُترجم الجلسة الافتتاحية والجلسة الختامية إلى لغة الإشارة الإماراتية.</li>
  <li>تُعرض ترجمة نصية فورية باللغة العربية على شاشة جانبية في جميع الجلسات.</li>
  <li>لا تتوفر ترجمة فورية إلى الإنجليزية، لكن ملخصات البحوث منشورة بالإنجليزية.</li>
</ul>
<p>لطلب أي ترتيبات أخرى راسلوا فريق الندوة على <a href="mailto:wusul@rabita-arabiya.example.ae">wusul@rabita-arabiya.example.ae</a>.</p>
""", alternates=ALT)

s.page("en.html", "Third International Symposium: Arabic in Digital Education — Sharjah", """
<h1>Third International Symposium: Arabic in Digital Education</h1>
<p><strong>18–19 February 2027, Al Sahil Cultural Centre, Sharjah</strong></p>
<p>The Arabic Teachers' League invites teachers, supervisors and researchers to two days on teaching Arabic
since classrooms moved to screens: learning platforms, online assessment, early-reading apps and remote
teacher training. Sessions are held in Arabic; abstracts are published in English.</p>
<h2>Fees</h2>
<p>Full attendance AED 450; university students AED 200; remote paper presentation (live on Microsoft Teams,
with questions from the hall) AED 150. There are no free tickets.</p>
<p>Registration and payment go through a personal account on the symposium portal: please create one on the
<a href="hisab.html">registration page</a> (in Arabic).</p>
<p>The hall has ramps and a lift; opening and closing sessions are interpreted into Emirati Sign Language and
all sessions have live Arabic captions on a side screen.</p>
""", lang="en", dir="ltr", header_lang="en", alternates=ALT)

s.page("iqama.html", "الإقامة والتنقل — الندوة الدولية الثالثة", """
<h1>الإقامة والتنقل</h1>
<p>فندق الواجهة البحرية (على بعد ١٠ دقائق سيرًا): ٣٨٠ درهمًا لليلة للغرفة الفردية مع الإفطار، بسعر خاص
لضيوف الندوة حتى ١ فبراير.</p>
<p>سيارة الأجرة من مطار الشارقة الدولي إلى المركز: حوالي ٤٠ درهمًا. مواقف السيارات متعددة الطوابق: ٤ دراهم
للساعة.</p>
""")

s.page("wazaif.html", "وظائف — رابطة معلّمي العربية", """
<h1>لوحة الوظائف</h1>
<dl>
  <dt>معلم لغة عربية للمرحلة المتوسطة — مدرسة خاصة، الشارقة</dt>
  <dd>الراتب ١٤٬٠٠٠ درهم شهريًا مع السكن. آخر موعد ٣٠ يناير.</dd>
  <dt>مصمم محتوى تعليمي رقمي — دوام جزئي</dt>
  <dd>٢٥٠ درهمًا للساعة، عمل عن بعد.</dd>
</dl>
""")

ENTRY = entry(
    s, name="Third International Symposium: Arabic in Digital Education (teachers' league, Sharjah)",
    languages=["ar", "en"],
    fees=[(450, "AED"), (200, "AED"), (150, "AED")],
    free_option=False, fee_support=True, remote_participation=True,
    captcha=["hcaptcha"], account_required=True,
    registration_form=(9, 7, ["phone", "nationality", "id_document", "affiliation"]),
    min_age=None, accessibility_statement=True, access_services=["captions", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "rusum.html", "hisab.html", "wusul.html", "barnamaj.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "تنظم رابطة معلّمي العربية ندوتها الدولية الثالثة"),
                      Q("en.html", "The Arabic Teachers' League invites teachers, supervisors and researchers"),
                      M("en.html", '<html lang="en">')],
        "un_languages": [N("ar, en")],
        "fees": [Q("rusum.html", "٤٥٠ درهمًا", "Arabic-Indic digits, درهم on an Emirati site: 450 AED"),
                 Q("rusum.html", "٢٠٠ درهم", "students: 200 AED"),
                 Q("rusum.html", "١٥٠ درهمًا", "remote paper presentation: 150 AED"),
                 Q("en.html", "Full attendance AED 450; university students AED 200; remote paper presentation",
                   "same fees in English, no new entry"),
                 Q("iqama.html", "٣٨٠ درهمًا لليلة", "hotel, taxi, parking: not fees"),
                 Q("wazaif.html", "الراتب ١٤٬٠٠٠ درهم شهريًا مع السكن", "salary, not a fee"),
                 Q("barnamaj.html", "تجربة مدرسة أنفقت ٢٠٠ ألف درهم", "talk title, not a fee")],
        "free_option": [Q("rusum.html", "لا توجد تذاكر مجانية، ويدفع المتحدثون ومقدمو البحوث رسوم الحضور كغيرهم.")],
        "fee_support": [Q("rusum.html", "طلبة الجامعات (بإبراز البطاقة الجامعية)", "student rate 200 AED below 450 AED")],
        "remote_participation": [Q("rusum.html", "تقديم بحوثهم عن بعد عبر منصة Microsoft Teams في جلسات مباشرة مخصصة، "
                                   "والإجابة عن أسئلة الحضور في القاعة بعد كل عرض")],
        "captcha": [M("hisab.html", '<div class="h-captcha"')],
        "account_required": [Q("hisab.html", "يتم التسجيل في الندوة ودفع الرسوم ومتابعة البحوث من خلال حساب شخصي على بوابة الندوة")],
        "registration_form": [N("sign-up form, 9 fields: name, e-mail, password, confirmation, mobile, nationality select, "
                                "Emirates ID / passport number, employer, participation type radio (=1). Required (*): name, "
                                "e-mail, password, confirmation, mobile, nationality, type = 7. Sensitive: phone, nationality, "
                                "id_document, affiliation. The login form (2 fields) is not the registration form.",
                                "hisab.html")],
        "registration_host": [N("own portal, no third-party platform")],
        "registration_pdf_only": [N("HTML sign-up form")],
        "min_age": [Q("barnamaj.html", "تطبيقات القراءة المبكرة للأطفال من ٤ إلى ٨ سنوات", "talk topic, not a limit")],
        "accessibility_statement": [Q("wusul.html", "لطلب أي ترتيبات أخرى راسلوا فريق الندوة")],
        "access_services": [Q("wusul.html", "قاعة المؤتمرات مجهزة بمنحدرات ومصعد"),
                            Q("wusul.html", "تُترجم الجلسة الافتتاحية والجلسة الختامية إلى لغة الإشارة الإماراتية."),
                            Q("wusul.html", "تُعرض ترجمة نصية فورية باللغة العربية على شاشة جانبية في جميع الجلسات.",
                              "real-time text = captions"),
                            Q("wusul.html", "لا تتوفر ترجمة فورية إلى الإنجليزية", "no interpretation (negation)")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/nadwa2026-ar.vtt"',
                                      "the only video has captions")],
        "pdf_only_documents": [Q("barnamaj.html", "لا تتوفر نسخة منه على صفحات الموقع.", "detailed programme only as PDF")],
    })
