"""Consultation on rebuilding the old-city souq (made-up municipal reconstruction office, Mosul, Iraq): ar-IQ, rtl,
Kurdish (Sorani) section with lang."""
from lib import *

NAV = [("index.html", "الرئيسية"), ("musharaka.html", "كيف تشارك"), ("wathaiq.html", "الوثائق"),
       ("wusul.html", "إمكانية الوصول"), ("asila.html", "أسئلة شائعة"), ("mizaniya.html", "الميزانية والإيجارات"),
       ("naql.html", "الوصول إلى القاعة"), ("wazaif.html", "وظائف")]
s = mk("tashawur-suq-almawsil-alqadim", "مشاورة إعادة إعمار سوق الموصل القديم", "ar-IQ", "#7a4a12", "سوق", NAV, dir="rtl",
       foot={"ar-IQ": "<p>مكتب إعادة إعمار المدينة القديمة (جهة وهمية)، شارع نينوى، الموصل. البريد: souq@mosul-rebuild.example.iq</p>"})

s.page("index.html", "مشاورة إعادة إعمار سوق الموصل القديم", """
<h1>مشاورة عامة: إعادة إعمار سوق الموصل القديم</h1>
<p>يدعو مكتب إعادة إعمار المدينة القديمة أصحاب المحلات والحرفيين وسكان الأحياء المجاورة إلى ثلاث جلسات استماع حول مخطط إعادة بناء سوق السراي وسوق العطارين.</p>
<p>تُعقد الجلسات أيام ٦ و١٣ و٢٠ مارس ٢٠٢٧ في قاعة الربيعين الثقافية من الساعة العاشرة صباحًا.</p>
<p>المشاركة في الجلسات مجانية ومفتوحة لجميع السكان، ولا تُستوفى أي رسوم لطلب الكلمة.</p>
<ul>
<li><a href="@musharaka.html">كيف تشارك وتطلب الكلمة</a></li>
<li><a href="@wathaiq.html">مسودة المخطط</a></li>
<li><a href="@wusul.html">إمكانية الوصول والترجمة</a></li>
<li><a href="@asila.html">أسئلة شائعة</a></li>
</ul>
<h2>جولة مصورة في السوق</h2>
""" + video("media/suq-jawla.mp4", track="media/suq-jawla.vtt", track_lang="ar", label="العربية") + """
<section lang="ku" dir="rtl">
<h2>بە کوردی</h2>
<p>ئەم ڕاوێژکارییە گشتییە بۆ هەموو دانیشتووانی مووسڵ و خاوەن دووکانەکانی بازاڕی کۆن کراوەیە. بەشداریکردن بێبەرامبەرە.</p>
<p>لە هەر سێ دانیشتنەکەدا وەرگێڕانی ڕاستەوخۆ لە نێوان عەرەبی و کوردیدا دابین دەکرێت، و دەتوانن بە کوردی قسە بکەن.</p>
</section>
""")
placeholder_media(s, "media/suq-jawla.mp4")
vtt(s, "media/suq-jawla.vtt", "جولة في سوق السراي")

s.page("musharaka.html", "كيف تشارك | مشاورة سوق الموصل", """
<h1>كيف تشارك</h1>
<p>يمكن لأي مواطن حضور الجلسات دون حجز. لمن يرغب في إلقاء كلمة (خمس دقائق) يجب تعبئة استمارة طلب الكلمة.</p>
<p>استمارة طلب الكلمة متاحة بصيغة PDF فقط: <a href="@docs/talab-kalima.pdf">تنزيل استمارة طلب الكلمة (PDF)</a>. تُطبع وتُملأ وتُسلَّم إلى مكتب الاستعلامات في مبنى البلدية قبل الجلسة بثلاثة أيام.</p>
<p>لا يوجد تسجيل إلكتروني لطلب الكلمة.</p>
<p>يُشترط أن يكون المتحدث من سن الثامنة عشرة فما فوق ومن سكان محافظة نينوى.</p>
<p>الجلسات حضورية فقط، ولا تتوفر مشاركة عن بُعد، وتُنشر الملخصات المكتوبة بعد كل جلسة.</p>
<p>تُوفَّر حافلات مجانية لنقل المشاركين من الساحل الأيسر وحي الزنجيلي إلى القاعة والعودة بعد الجلسة.</p>
""")
s.pdf("docs/talab-kalima.pdf", "Talab kalima - istimarat al-mushawara\nAl-ism:\nRaqm al-hatif:\nAl-mawdu:")

s.page("wathaiq.html", "الوثائق | مشاورة سوق الموصل", """
<h1>وثائق المشاورة</h1>
<p>مسودة مخطط إعادة إعمار السوق متاحة بصيغة PDF فقط: <a href="@docs/musawadat-almukhattat.pdf">مسودة المخطط (PDF، ٤٠ صفحة)</a>.</p>
<p>تتضمن المسودة توزيع المحلات ومسارات المشاة وموقع الخان الجديد.</p>
<p>تُقبل الملاحظات المكتوبة حتى ٢٧ مارس ٢٠٢٧.</p>
""")
s.pdf("docs/musawadat-almukhattat.pdf", "Musawadat mukhattat suq al-Mawsil al-qadim\nDraft plan")

s.page("wusul.html", "إمكانية الوصول | مشاورة سوق الموصل", """
<h1>إمكانية الوصول والترجمة</h1>
<p>قاعة الربيعين في الطابق الأرضي، ومدخلها مهيأ للكراسي المتحركة بمنحدر من جهة الشارع.</p>
<p>يحضر مترجم بلغة الإشارة العراقية جميع الجلسات.</p>
<p>تتوفر ترجمة فورية بين العربية والكردية عبر سماعات توزع عند المدخل.</p>
<p>لأي احتياجات أخرى اتصلوا بنا على souq@mosul-rebuild.example.iq.</p>
""")

s.page("asila.html", "أسئلة شائعة | مشاورة سوق الموصل", """
<h1>أسئلة شائعة</h1>
<details><summary>هل أحتاج إلى دعوة؟</summary><p>لا، الحضور مفتوح للجميع.</p></details>
<details><summary>هل يمكنني إرسال ملاحظاتي مكتوبة؟</summary><p>نعم، في صندوق الملاحظات بالقاعة أو بالبريد الإلكتروني.</p></details>
<h2>أرسل سؤالك</h2>
<form action="@asila.html" method="post">
""" + fld("q-name", "الاسم") + fld("q-email", "البريد الإلكتروني", "email") + fld("q-text", "سؤالك", "textarea") + """
<button type="submit">إرسال</button>
</form>
""")

s.page("mizaniya.html", "الميزانية والإيجارات | مشاورة سوق الموصل", """
<h1>الميزانية والإيجارات المقترحة</h1>
<p>تبلغ الكلفة التقديرية لإعادة الإعمار ١٢ مليار دينار عراقي.</p>
<p>الإيجار الشهري المقترح للمحل الصغير ٣٥٠٬٠٠٠ د.ع، وهو من الموضوعات المطروحة للنقاش في الجلسات.</p>
""")

s.page("naql.html", "الوصول إلى القاعة | مشاورة سوق الموصل", """
<h1>الوصول إلى القاعة</h1>
<p>أجرة سيارة الأجرة من الجسر العتيق إلى القاعة نحو ٥٬٠٠٠ د.ع.</p>
<p>يتوفر موقف سيارات أمام القاعة.</p>
""")

s.page("wazaif.html", "وظائف | مكتب إعادة الإعمار", """
<h1>وظائف شاغرة</h1>
<p>مهندس موقع (عقد سنة): راتب شهري ١٬٢٠٠٬٠٠٠ د.ع.</p>
<p>مساعد إداري: راتب شهري ٦٥٠٬٠٠٠ د.ع.</p>
""")

P = ["index.html", "musharaka.html", "wathaiq.html", "wusul.html", "asila.html"]
ENTRY = entry(s, name="Consultation on rebuilding the old-city souq of Mosul 2027 (municipal reconstruction office, Mosul, Iraq)",
    languages=["ar", "ku"], fees=[], free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=False, registration_form=None, registration_host=None, registration_pdf_only=True,
    min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=0, pdf_only_documents=True, participation_pages=P,
    evidence={
        "languages": [Q("index.html", "يدعو مكتب إعادة إعمار المدينة القديمة أصحاب المحلات والحرفيين"),
                      M("index.html", '<section lang="ku" dir="rtl">', "Kurdish (Sorani) section with lang"),
                      Q("index.html", "ئەم ڕاوێژکارییە گشتییە بۆ هەموو دانیشتووانی مووسڵ")],
        "un_languages": [N("ar")],
        "fees": [N("no price of taking part (fees [])"),
                 Q("mizaniya.html", "الإيجار الشهري المقترح للمحل الصغير ٣٥٠٬٠٠٠ د.ع", "rent under consultation: not a fee"),
                 Q("mizaniya.html", "١٢ مليار دينار عراقي", "budget: not a fee"),
                 Q("naql.html", "نحو ٥٬٠٠٠ د.ع", "taxi: not a fee"),
                 Q("wazaif.html", "راتب شهري ١٬٢٠٠٬٠٠٠ د.ع", "salary: not a fee")],
        "free_option": [Q("index.html", "المشاركة في الجلسات مجانية ومفتوحة لجميع السكان")],
        "fee_support": [Q("musharaka.html", "تُوفَّر حافلات مجانية لنقل المشاركين من الساحل الأيسر وحي الزنجيلي")],
        "remote_participation": [Q("musharaka.html", "الجلسات حضورية فقط، ولا تتوفر مشاركة عن بُعد")],
        "captcha": [N("the 3-field question form has no CAPTCHA", "asila.html")],
        "account_required": [N("PDF form handed in, no account")],
        "registration_form": [N("registration only by PDF; the 3-field question form is not a registration form", "asila.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("musharaka.html", "استمارة طلب الكلمة متاحة بصيغة PDF فقط"),
                                  Q("musharaka.html", "لا يوجد تسجيل إلكتروني لطلب الكلمة.")],
        "min_age": [Q("musharaka.html", "يُشترط أن يكون المتحدث من سن الثامنة عشرة فما فوق", "18 in words")],
        "accessibility_statement": [Q("wusul.html", "ومدخلها مهيأ للكراسي المتحركة بمنحدر من جهة الشارع")],
        "access_services": [Q("wusul.html", "ومدخلها مهيأ للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "يحضر مترجم بلغة الإشارة العراقية جميع الجلسات.", "sign_language"),
                            Q("wusul.html", "تتوفر ترجمة فورية بين العربية والكردية", "interpretation")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "the only video has captions")],
        "pdf_only_documents": [Q("wathaiq.html", "مسودة مخطط إعادة إعمار السوق متاحة بصيغة PDF فقط"),
                               Q("musharaka.html", "استمارة طلب الكلمة متاحة بصيغة PDF فقط")],
    })
