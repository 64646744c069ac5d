from lib import *

NAV = [("index.html", "الرئيسية"), ("rusum.html", "معاليم التسجيل"), ("tasjil.html", "التسجيل"),
       ("an-buad.html", "المشاركة عن بُعد"), ("taysir.html", "الإتاحة"), ("barnamaj.html", "البرنامج"),
       ("ruat.html", "الرعاة"), ("iqama.html", "الإقامة والتنقل"), ("wazaif.html", "عروض شغل")]
s = mk("mutamar-hawkamat-aldhakaa-safaqis", "المؤتمر الدولي لحوكمة الذكاء الاصطناعي والسياسات الرقمية — صفاقس", "ar-TN",
       "#0b5d5a", "ص", NAV, dir="rtl",
       foot={"ar-TN": "<p>كلية العلوم الاقتصادية والتصرف (جامعة افتراضية) — طريق المطار، صفاقس — colloque@fseg-sfax.example.tn</p>"})

s.page("index.html", "المؤتمر الدولي لحوكمة الذكاء الاصطناعي — صفاقس ٢٠٢٧", """
<h1>المؤتمر الدولي لحوكمة الذكاء الاصطناعي والسياسات الرقمية</h1>
<p>تنظّم كلية العلوم الاقتصادية والتصرف بصفاقس دورتها الثالثة من المؤتمر الدولي أيام ٢٢ و٢٣ و٢٤ أفريل ٢٠٢٧، بمشاركة باحثين وممثلين عن الهيئات التعديلية والمجتمع المدني والقطاع الخاص.</p>
<p>محاور المؤتمر: تنظيم أنظمة الذكاء الاصطناعي، حماية المعطيات الشخصية، الحوكمة متعددة الأطراف للإنترنت، والعدالة الرقمية في المنطقة المغاربية.</p>
<ul><li><a href="@rusum.html">معاليم التسجيل</a></li><li><a href="@tasjil.html">استمارة التسجيل</a></li>
<li><a href="@an-buad.html">المداخلات الافتراضية</a></li><li><a href="@taysir.html">الإتاحة وذوو الإعاقة</a></li>
<li><a href="@ar/archive-2024.html">أرشيف دورة ٢٠٢٤</a></li></ul>
<h2>كلمة رئيسة اللجنة العلمية</h2>
<video controls preload="none" width="640" src="@media/kalima.mp4"></video>
<section class="fr">
<h2>Le colloque en bref</h2>
<p>La Faculté des sciences économiques et de gestion de Sfax organise du 22 au 24 avril 2027 son troisième colloque international sur la gouvernance de l'intelligence artificielle et les politiques numériques. Les communications peuvent être présentées en arabe, en français ou en anglais ; une interprétation simultanée est assurée en séance plénière.</p>
<p>Les frais d'inscription sont de 250 DT pour les enseignants-chercheurs et les professionnels, de 80 DT pour les doctorants et de 100 DT pour une communication virtuelle ; les participants venant de l'étranger paient respectivement 120 €, 40 € ou 50 €. La conférence inaugurale est ouverte gratuitement aux étudiants de l'Université de Sfax.</p>
</section>
""")
placeholder_media(s, "media/kalima.mp4")

s.page("rusum.html", "معاليم التسجيل", """
<h1>معاليم التسجيل</h1>
<table><caption>معاليم المشاركة في المؤتمر</caption>
<tr><th>الفئة</th><th>المقيمون في تونس (د.ت)</th><th>المشاركون من الخارج (€)</th></tr>
<tr><td>الأساتذة الباحثون والمهنيون</td><td>٢٥٠٫٠٠٠</td><td>120</td></tr>
<tr><td>طلبة الدكتوراه</td><td>٨٠٫٠٠٠</td><td>40</td></tr>
<tr><td>مداخلة افتراضية عبر Zoom</td><td>١٠٠٫٠٠٠</td><td>50</td></tr>
</table>
<p>تشمل المعاليم الحقيبة العلمية ووجبتي الغداء واستراحات القهوة.</p>
<p class="note">تُفتح محاضرة الافتتاح يوم ٢٢ أفريل مجانًا لطلبة جامعة صفاقس بعد الاستظهار ببطاقة الطالب.</p>
<p>رسوم نشر المقالات المحكّمة في العدد الخاص لمجلة شريكة (APC) قدرها ١٥٠ € تدفع مباشرة للناشر، وهي ليست من معاليم المؤتمر.</p>
""")

form = "".join([
    fld("nom", "الاسم واللقب (معلومة يجب تقديمها)"),
    fld("courriel", "البريد الإلكتروني (معلومة يجب تقديمها)", "email"),
    fld("hatif", "رقم الهاتف", "tel"),
    fld("cin", "رقم بطاقة التعريف الوطنية أو جواز السفر (معلومة يجب تقديمها)"),
    fld("jinsiya", "الجنسية (معلومة يجب تقديمها)", "select", opts=["تونسية", "جزائرية", "ليبية", "مغربية", "أخرى"]),
    fld("muassasa", "المؤسسة الجامعية أو جهة العمل (معلومة يجب تقديمها)"),
    fld("fia", "فئة التسجيل (معلومة يجب تقديمها)", "select", opts=["أستاذ باحث أو مهني", "طالب دكتوراه", "مداخلة افتراضية"]),
    fld("unwan", "عنوان المداخلة (إن وجدت)"),
    fld("mulakhas", "ملخص المداخلة (ملف PDF)", "file"),
    fld("itaha", "احتياجات الإتاحة", "textarea"),
    fld("muwafaqa", "أوافق على معالجة معطياتي الشخصية لغرض التسجيل (معلومة يجب تقديمها)", "checkbox"),
])
s.page("tasjil.html", "استمارة التسجيل", f"""
<h1>استمارة التسجيل</h1>
<p>يُرجى ملء الاستمارة قبل ٣١ مارس ٢٠٢٧. تُرسل تعليمات الدفع عن طريق البريد الإلكتروني بعد قبول التسجيل.</p>
<form action="@tasjil.html" method="post">
{form}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">إرسال التسجيل</button>
</form>
""")

s.page("an-buad.html", "المشاركة عن بُعد", """
<h1>المداخلات الافتراضية</h1>
<p>يمكن للباحثين الذين يتعذّر عليهم السفر تقديم مداخلاتهم عن بُعد عبر Zoom والإجابة مباشرة عن أسئلة الحاضرين في القاعة، مقابل معلوم المداخلة الافتراضية.</p>
<p>يُرسل رابط الجلسة إلى المتدخلين قبل يومين من موعدها، ويتولى رئيس الجلسة نقل الكلمة إليهم.</p>
""")

s.page("taysir.html", "الإتاحة", """
<h1>الإتاحة وذوو الإعاقة</h1>
<p>يقع المدرج الرئيسي في الطابق الأرضي ويمكن الوصول إليه عبر منحدر للكراسي المتحركة، وتوجد دورة مياه مهيأة.</p>
<p>تتوفر ترجمة إلى لغة الإشارة التونسية عند الطلب قبل ١٥ أفريل.</p>
<p>تُؤمَّن ترجمة فورية بين العربية والفرنسية والإنجليزية في الجلسات العامة.</p>
<p>لا تتوفر ترجمة نصية فورية في هذه الدورة.</p>
<p>لأي احتياج خاص: acces@fseg-sfax.example.tn</p>
""")

s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج</h1>
<p>البرنامج التفصيلي للجلسات متاح بصيغة PDF فقط.</p>
<p><a href="@docs/barnamaj-2027.pdf">تحميل البرنامج (PDF)</a></p>
""")
s.pdf("docs/barnamaj-2027.pdf", "Programme du colloque - Sfax 2027\n22 avril: ouverture\n23 avril: ateliers\n24 avril: cloture")

s.page("ruat.html", "الرعاة", """
<h1>باقات الرعاية</h1>
<ul><li>الراعي الذهبي: ٨٬٠٠٠ د.ت</li><li>الراعي الفضي: ٤٬٥٠٠ د.ت</li><li>جناح عرض: ١٬٢٠٠ د.ت</li></ul>
""")
s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>نزل شريك قرب الكلية: غرفة فردية ١٢٠ د.ت لليلة، غرفة مزدوجة ١٦٠ د.ت.</p>
<p>اللواج بين تونس العاصمة وصفاقس: حوالي ٢٢ د.ت للمقعد.</p>
""")
s.page("wazaif.html", "عروض شغل", """
<h1>عروض شغل</h1>
<p>مساعد بحث في مشروع حوكمة المعطيات لمدة ١٢ شهرًا، الأجر الشهري ١٬٣٠٠ د.ت.</p>
""")

P = ["index.html", "rusum.html", "tasjil.html", "an-buad.html", "taysir.html", "barnamaj.html"]
ENTRY = entry(s, name="المؤتمر الدولي لحوكمة الذكاء الاصطناعي والسياسات الرقمية — صفاقس", languages=["ar", "fr"],
    fees=[(250, "TND"), (80, "TND"), (100, "TND"), (120, "EUR"), (40, "EUR"), (50, "EUR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(11, 7, ["phone", "id_document", "nationality", "affiliation"]),
    min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=1,
    pdf_only_documents=True, participation_pages=P, deliberate_404=["ar/archive-2024.html"],
    evidence={
        "languages": [Q("index.html", "تنظّم كلية العلوم الاقتصادية والتصرف بصفاقس دورتها الثالثة من المؤتمر الدولي"),
                      Q("index.html", "La Faculté des sciences économiques et de gestion de Sfax organise du 22 au 24 avril 2027 son troisième colloque international", "French section of two paragraphs without a lang attribute: fr")],
        "un_languages": [N("ar and fr are UN languages")],
        "fees": [Q("rusum.html", "الأساتذة الباحثون والمهنيون ٢٥٠٫٠٠٠ 120", "250 TND (column د.ت, three decimals) and 120 EUR (column €)"),
                 Q("rusum.html", "طلبة الدكتوراه ٨٠٫٠٠٠ 40", "80 TND and 40 EUR"),
                 Q("rusum.html", "مداخلة افتراضية عبر Zoom ١٠٠٫٠٠٠ 50", "100 TND and 50 EUR"),
                 Q("index.html", "Les frais d'inscription sont de 250 DT pour les enseignants-chercheurs et les professionnels", "restated in the French section: no new entry"),
                 Q("rusum.html", "رسوم نشر المقالات المحكّمة في العدد الخاص لمجلة شريكة (APC) قدرها ١٥٠ €", "APC: not a fee"),
                 Q("ruat.html", "الراعي الذهبي: ٨٬٠٠٠ د.ت", "sponsor package: not a fee"),
                 Q("iqama.html", "غرفة فردية ١٢٠ د.ت لليلة", "hotel: not a fee"),
                 Q("wazaif.html", "الأجر الشهري ١٬٣٠٠ د.ت", "salary: not a fee")],
        "free_option": [Q("rusum.html", "تُفتح محاضرة الافتتاح يوم ٢٢ أفريل مجانًا لطلبة جامعة صفاقس", "free opening lecture for one group")],
        "fee_support": [Q("rusum.html", "طلبة الدكتوراه ٨٠٫٠٠٠ 40", "doctoral-student rate below the general rate")],
        "remote_participation": [Q("an-buad.html", "تقديم مداخلاتهم عن بُعد عبر Zoom والإجابة مباشرة عن أسئلة الحاضرين في القاعة")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account or login", "tasjil.html")],
        "registration_form": [N("11 fields (name, e-mail, phone, CIN/passport, nationality select, institution, category select, paper title, abstract file, access-needs textarea, consent checkbox); 7 marked (معلومة يجب تقديمها); sensitive phone, id_document, nationality, affiliation", "tasjil.html")],
        "registration_host": [N("no third-party platform")],
        "registration_pdf_only": [N("online form", "tasjil.html")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("taysir.html", "يقع المدرج الرئيسي في الطابق الأرضي ويمكن الوصول إليه عبر منحدر للكراسي المتحركة")],
        "access_services": [Q("taysir.html", "يقع المدرج الرئيسي في الطابق الأرضي ويمكن الوصول إليه عبر منحدر للكراسي المتحركة", "wheelchair_access"),
                            Q("taysir.html", "تتوفر ترجمة إلى لغة الإشارة التونسية عند الطلب", "sign_language"),
                            Q("taysir.html", "تُؤمَّن ترجمة فورية بين العربية والفرنسية والإنجليزية", "interpretation"),
                            Q("taysir.html", "لا تتوفر ترجمة نصية فورية في هذه الدورة.", "negation: no captions")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/kalima.mp4"></video>', "no track")],
        "pdf_only_documents": [Q("barnamaj.html", "البرنامج التفصيلي للجلسات متاح بصيغة PDF فقط.")],
    })
