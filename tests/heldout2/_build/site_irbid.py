from lib import *

NAV = [("index.html", "الرئيسية"), ("tasjil.html", "تسجيل المدارس"), ("an-buad.html", "المشاركة عن بُعد"),
       ("taysir.html", "الإتاحة"), ("asila.html", "أسئلة شائعة"), ("ruat.html", "الشركاء والرعاة"),
       ("wazaif.html", "فرص عمل"), ("en/partners.html", "English")]
s = mk("muntada-almadaris-lilinternet-alamin-irbid", "منتدى المدارس للإنترنت الآمن والحقوق الرقمية — إربد", "ar-JO",
       "#7a2e8c", "إ", NAV, dir="rtl",
       foot={"ar-JO": "<p>جمعية سلامة الطفل الرقمية (جمعية افتراضية) — شارع الجامعة، إربد — forum@salama-raqmiya.example.jo</p>"})

s.page("index.html", "منتدى المدارس للإنترنت الآمن — إربد ٢٠٢٧", """
<h1>منتدى المدارس للإنترنت الآمن والحقوق الرقمية</h1>
<p>تنظّم جمعية سلامة الطفل الرقمية منتداها السنوي يوم السبت ١٣ آذار ٢٠٢٧ في قاعة المؤتمرات بإربد، بمشاركة طلبة المدارس ومعلميهم وخبراء من هيئة تنظيم قطاع الاتصالات والمجتمع المدني.</p>
<p>المنتدى مخصص لطلبة المدارس من سن الثالثة عشرة إلى السابعة عشرة، ويتناول التنمّر الإلكتروني وحماية البيانات الشخصية وحق الطلبة في المشاركة في صنع سياسات الإنترنت.</p>
<p>المشاركة في المنتدى مجانية لجميع المدارس الحكومية والخاصة.</p>
<h2>فيلم المنتدى الماضي</h2>
<video controls preload="none" width="640" src="@media/muntada-2026.mp4">
  <track kind="captions" src="@media/muntada-2026.ar.vtt" srclang="ar" label="العربية" default>
</video>
""")
placeholder_media(s, "media/muntada-2026.mp4")
vtt(s, "media/muntada-2026.ar.vtt", "أهلًا بكم في منتدى المدارس")

form = "".join([
    fld("madrasa", "اسم المدرسة (لا يُترك دون تعبئة)"),
    fld("mudiriya", "مديرية التربية والتعليم (لا يُترك دون تعبئة)", "select", opts=["قصبة إربد", "الرمثا", "الكورة", "بني كنانة", "الأغوار الشمالية"]),
    fld("muallim", "اسم المعلم المشرف (لا يُترك دون تعبئة)"),
    fld("raqm", "الرقم الوطني للمعلم (لا يُترك دون تعبئة)"),
    fld("hatif", "هاتف المعلم (لا يُترك دون تعبئة)", "tel"),
    fld("barid", "البريد الإلكتروني (لا يُترك دون تعبئة)", "email"),
    fld("adad", "عدد الطلبة المشاركين"),
    fld("saf", "الصف", "select", opts=["السابع", "الثامن", "التاسع", "العاشر", "الحادي عشر"]),
    fld("asma", "أسماء الطلبة (لا يُترك دون تعبئة)", "textarea"),
    fld("muwafaqa", "حصلنا على موافقة أولياء أمور الطلبة المشاركين (لا يُترك دون تعبئة)", "checkbox"),
    fld("mulahazat", "ملاحظات", "textarea"),
])
s.page("tasjil.html", "تسجيل المدارس", f"""
<h1>تسجيل فرق المدارس</h1>
<p>يسجّل المعلم المشرف فريق مدرسته (حتى ثمانية طلبة) قبل ٢٠ شباط ٢٠٢٧.</p>
<form action="@tasjil.html" method="post">
{form}
<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
<button type="submit">تسجيل الفريق</button>
</form>
""")

s.page("an-buad.html", "المشاركة عن بُعد", """
<h1>المشاركة عن بُعد</h1>
<p>يمكن للمدارس البعيدة الانضمام إلى الجلسات عبر Microsoft Teams، ويطرح الطلبة أسئلتهم على المتحدثين مباشرة بالصوت أو عبر المحادثة.</p>
<p>يُرسل رابط الاجتماع إلى المعلم المشرف بعد تأكيد التسجيل.</p>
""")

s.page("taysir.html", "الإتاحة", """
<h1>الإتاحة</h1>
<p>قاعة المؤتمرات مجهزة بمنحدرات ومصعد ودورات مياه مهيأة لمستخدمي الكراسي المتحركة.</p>
<p>يرافق مترجم لغة الإشارة الأردنية جميع الجلسات.</p>
<p>تُعرض ترجمة نصية فورية على الشاشة في الجلسات العامة.</p>
<p>يتوفر ركن للأطفال بإشراف مربيات لإخوة الطلبة الصغار (من ٣ إلى ٨ سنوات).</p>
<p>للاستفسار عن أي احتياج: taysir@salama-raqmiya.example.jo</p>
""")

s.page("asila.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details><summary>هل يدفع الطلبة رسومًا؟</summary><p>لا، المشاركة مجانية ولا توجد أي رسوم تسجيل.</p></details>
<details><summary>كيف تصل المدارس البعيدة؟</summary><p>تتحمّل الجمعية أجور الحافلات للمدارس القادمة من ألوية الرمثا والكورة وبني كنانة. تبلغ كلفة الحافلة الواحدة نحو ٦٥ دينارًا أردنيًا وتدفعها الجمعية مباشرة لشركة النقل.</p></details>
<details><summary>هل يمكن لطالب عمره ١٢ سنة المشاركة؟</summary><p>المنتدى مخصص للفئة العمرية المذكورة في الصفحة الرئيسية.</p></details>
""")

s.page("ruat.html", "الشركاء والرعاة", """
<h1>الشركاء والرعاة</h1>
<ul><li>راعٍ رئيسي: ٣٬٠٠٠ د.أ</li><li>راعٍ داعم: ١٬٠٠٠ د.أ</li></ul>
""")
s.page("wazaif.html", "فرص عمل", """
<h1>فرص عمل</h1>
<p>منسق متطوعين بدوام جزئي براتب ٤٥٠ دينارًا أردنيًا شهريًا.</p>
""")
s.page("en/partners.html", "Schools Safer Internet Forum — for partners", """
<h1>Schools Safer Internet and Digital Rights Forum, Irbid</h1>
<p>The Digital Child Safety Association holds its annual schools forum on Saturday 13 March 2027 in Irbid. Pupils aged 13 to 17 and their teachers discuss cyberbullying, personal data and young people's voice in internet policy with experts from the regulator, civil society and industry.</p>
<p>Participation is free for all schools. Schools from remote districts can join over Microsoft Teams. Partner organisations who wish to run a workshop should write to forum@salama-raqmiya.example.jo.</p>
<p>Also see the <a href="@en/programme.html">programme in English</a>.</p>
""", lang="en", dir="ltr")

P = ["index.html", "tasjil.html", "an-buad.html", "taysir.html", "asila.html", "en/partners.html"]
ENTRY = entry(s, name="منتدى المدارس للإنترنت الآمن والحقوق الرقمية — إربد", languages=["ar", "en"],
    fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(11, 8, ["affiliation", "id_document", "phone"]),
    min_age=13, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "childcare"], videos_without_captions=0,
    pdf_only_documents=False, participation_pages=P, deliberate_404=["en/programme.html"],
    evidence={
        "languages": [Q("index.html", "تنظّم جمعية سلامة الطفل الرقمية منتداها السنوي"),
                      M("en/partners.html", '<html lang="en">', "whole page in English")],
        "un_languages": [N("ar and en")],
        "fees": [Q("index.html", "المشاركة في المنتدى مجانية لجميع المدارس الحكومية والخاصة."),
                 Q("asila.html", "تبلغ كلفة الحافلة الواحدة نحو ٦٥ دينارًا أردنيًا", "bus hire paid by the organiser: not a fee"),
                 Q("ruat.html", "راعٍ رئيسي: ٣٬٠٠٠ د.أ", "sponsor package: not a fee"),
                 Q("wazaif.html", "براتب ٤٥٠ دينارًا أردنيًا شهريًا", "salary: not a fee")],
        "free_option": [Q("index.html", "المشاركة في المنتدى مجانية لجميع المدارس الحكومية والخاصة.")],
        "fee_support": [Q("asila.html", "تتحمّل الجمعية أجور الحافلات للمدارس القادمة من ألوية الرمثا والكورة وبني كنانة.", "bus hire for remote districts (FAQ)")],
        "remote_participation": [Q("an-buad.html", "يمكن للمدارس البعيدة الانضمام إلى الجلسات عبر Microsoft Teams، ويطرح الطلبة أسئلتهم على المتحدثين مباشرة")],
        "captcha": [M("tasjil.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account", "tasjil.html")],
        "registration_form": [N("11 fields (school, directorate select, teacher, national number, teacher's phone, e-mail, number of pupils, grade select, pupils' names, parental-consent checkbox, notes); 8 marked (لا يُترك دون تعبئة); sensitive affiliation, id_document, phone", "tasjil.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [N("online form", "tasjil.html")],
        "min_age": [Q("index.html", "المنتدى مخصص لطلبة المدارس من سن الثالثة عشرة إلى السابعة عشرة"),
                    Q("taysir.html", "(من ٣ إلى ٨ سنوات)", "childcare ages: not a limit")],
        "accessibility_statement": [Q("taysir.html", "قاعة المؤتمرات مجهزة بمنحدرات ومصعد")],
        "access_services": [Q("taysir.html", "قاعة المؤتمرات مجهزة بمنحدرات ومصعد ودورات مياه مهيأة لمستخدمي الكراسي المتحركة.", "wheelchair_access"),
                            Q("taysir.html", "يرافق مترجم لغة الإشارة الأردنية جميع الجلسات.", "sign_language"),
                            Q("taysir.html", "تُعرض ترجمة نصية فورية على الشاشة في الجلسات العامة.", "captions"),
                            Q("taysir.html", "يتوفر ركن للأطفال بإشراف مربيات", "childcare")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/muntada-2026.ar.vtt"', "the only video is captioned")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
