from lib import *

NAV = [("index.html", "الرئيسية"), ("warash.html", "الورش والرسوم"), ("hajz.html", "الحجز"),
       ("asila.html", "الأسئلة الشائعة"), ("wusul.html", "الوصول الميسر"), ("shuraka.html", "الشركاء"),
       ("matjar.html", "المتجر"), ("safar.html", "السفر والإقامة")]
s = mk("multaqa-mutatawii-alshiab-almanama", "ملتقى متطوعي الشعاب المرجانية ٢٠٢٧", "ar-BH", "#0e7c86", "شعاب", NAV,
       dir="rtl", foot={"ar-BH": "<p>جمعية أصدقاء البحر — المنامة، البحرين — info@shiab-bh.example.org</p>"})

s.page("index.html", "ملتقى متطوعي الشعاب المرجانية — المنامة", """
<h1>ملتقى متطوعي الشعاب المرجانية</h1>
<p>تدعو جمعية أصدقاء البحر الغواصين والطلبة وهواة البيئة البحرية إلى ملتقاها السنوي في مركز المحرق الثقافي
وشاطئ البسيتين من ٥ إلى ٧ نوفمبر ٢٠٢٧: محاضرات عن ابيضاض المرجان، وحملة تنظيف للشاطئ، وورش غوص ومراقبة.</p>
<p>المحاضرات وحملة تنظيف الشاطئ مجانية ومفتوحة للجميع، أما الورش فبرسوم: انظروا <a href="@warash.html">الورش والرسوم</a>.</p>
<video controls preload="none" width="640" src="media/shiab.mp4">
  <track kind="captions" src="media/shiab-ar.vtt" srclang="ar" label="العربية" default>
</video>
<section lang="en">
<h2>In English</h2>
<p>The Reef Volunteers Meetup brings divers, students and anyone who cares about Bahrain's coral reefs to Muharraq
for three days of talks, a beach clean-up at Busaiteen and hands-on diving and reef-survey workshops. Talks and the
clean-up are free; workshops are booked through our ticketing partner, as explained on the booking page.</p>
</section>
""")
placeholder_media(s, "media/shiab.mp4")
vtt(s, "media/shiab-ar.vtt", "مرحبًا بكم في ملتقى متطوعي الشعاب")

s.page("warash.html", "الورش والرسوم", """
<h1>الورش والرسوم</h1>
<ul>
<li>ورشة الغوص ومسح الشعاب (يومان، تشمل المعدات): ٢٥ د.ب</li>
<li>ورشة التصوير تحت الماء: ١٥٫٥٠٠ د.ب</li>
<li>المحاضرات وحملة تنظيف الشاطئ: مجانًا</li>
</ul>
<p>لا توجد منح أو تخفيضات على رسوم الورش هذا العام.</p>
<p>تُبث المحاضرات مباشرة على إنستغرام للمشاهدة فقط، ولا تُستقبل أسئلة عبر البث.</p>
""")

s.page("hajz.html", "الحجز", f"""
<h1>الحجز</h1>
<p>يتم حجز مقاعد الورش عبر منصة بلاتينوم ليست: <a href="https://bahrain.platinumlist.net/">احجز على Platinumlist</a>.</p>
<p>للاستفسار قبل الحجز أرسلوا سؤالكم:</p>
<form action="@hajz.html" method="post">
{fld("ism", "الاسم")}
{fld("barid", "البريد الإلكتروني", "email")}
{fld("sual", "سؤالك", "textarea")}
<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
<button type="submit">إرسال السؤال</button>
</form>
""")

s.page("asila.html", "الأسئلة الشائعة", """
<h1>الأسئلة الشائعة</h1>
<details open><summary>هل أحتاج إلى حساب للحجز؟</summary>
<p>نعم، يتطلب الحجز على بلاتينوم ليست إنشاء حساب على المنصة وتسجيل الدخول قبل الدفع.</p></details>
<details open><summary>هل هناك حد أدنى للعمر؟</summary>
<p>لا يقل عمر المشارك في ورشة الغوص عن أربعة عشر عامًا، ويُشترط حضور ولي الأمر لمن هم دون الثامنة عشرة.</p></details>
<details open><summary>هل يمكن استئجار قارب خاص؟</summary>
<p>يمكن استئجار قارب من الشركاء بسعر ٦٠ د.ب للرحلة، وهذا خارج رسوم الملتقى.</p></details>
""")

s.page("wusul.html", "الوصول الميسر", """
<h1>الوصول الميسر</h1>
<p>قاعة المحاضرات في مركز المحرق الثقافي مجهزة بمنحدر ومصعد ويمكن الوصول إليها بالكراسي المتحركة.</p>
<p>لا تتوفر ترجمة فورية إلى الإنجليزية أثناء المحاضرات.</p>
<p>لترتيبات خاصة تواصلوا مع منسقة الوصول: wusul@shiab-bh.example.org</p>
""")

s.page("shuraka.html", "الشركاء", """
<h1>الشركاء والرعاة</h1><p>باقة الراعي الذهبي: ٣٬٠٠٠ د.ب. باقة الراعي الفضي: ١٬٢٠٠ د.ب.</p>
""")
s.page("matjar.html", "المتجر", """
<h1>المتجر</h1><p>قميص الملتقى: ٦ د.ب. قارورة ماء قابلة لإعادة الاستخدام: ٣٫٥٠٠ د.ب. تبرع لصندوق حماية الشعاب: ١٠ د.ب.</p>
""")
s.page("safar.html", "السفر والإقامة", """
<h1>السفر والإقامة</h1><p>فندق اللؤلؤة في المحرق: ٣٨ د.ب لليلة. سيارة أجرة من المطار: نحو ٥ د.ب.</p>
""")

ENTRY = entry(s, name="Reef Volunteers Meetup 2027 (marine association, Manama)",
    languages=["ar", "en"], fees=[(25, "BHD"), (15.5, "BHD")],
    free_option=True, fee_support=False, remote_participation=False, captcha=["turnstile"],
    account_required=True, registration_form=None, registration_host="bahrain.platinumlist.net",
    min_age=14, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "warash.html", "hajz.html", "asila.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "تدعو جمعية أصدقاء البحر الغواصين والطلبة"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Reef Volunteers Meetup brings divers, students")],
        "un_languages": [N("ar, en")],
        "fees": [Q("warash.html", "ورشة الغوص ومسح الشعاب (يومان، تشمل المعدات): ٢٥ د.ب", "25 BHD"),
                 Q("warash.html", "ورشة التصوير تحت الماء: ١٥٫٥٠٠ د.ب", "15.5 BHD"),
                 Q("asila.html", "يمكن استئجار قارب من الشركاء بسعر ٦٠ د.ب للرحلة", "boat hire: not a fee"),
                 Q("shuraka.html", "باقة الراعي الذهبي: ٣٬٠٠٠ د.ب", "sponsorship: not a fee"),
                 Q("matjar.html", "قميص الملتقى: ٦ د.ب", "shop items and donation: not fees"),
                 Q("safar.html", "فندق اللؤلؤة في المحرق: ٣٨ د.ب لليلة", "hotel and taxi: not fees")],
        "free_option": [Q("warash.html", "المحاضرات وحملة تنظيف الشاطئ: مجانًا")],
        "fee_support": [Q("warash.html", "لا توجد منح أو تخفيضات على رسوم الورش هذا العام.")],
        "remote_participation": [Q("warash.html", "تُبث المحاضرات مباشرة على إنستغرام للمشاهدة فقط")],
        "captcha": [M("hajz.html", '<div class="cf-turnstile"', "on the question form")],
        "account_required": [Q("asila.html", "يتطلب الحجز على بلاتينوم ليست إنشاء حساب على المنصة", "said only in the FAQ")],
        "registration_form": [N("no own registration form; the 3-field question form is not one", "hajz.html")],
        "registration_host": [M("hajz.html", 'href="https://bahrain.platinumlist.net/"')],
        "registration_pdf_only": [N("online booking")],
        "min_age": [Q("asila.html", "لا يقل عمر المشارك في ورشة الغوص عن أربعة عشر عامًا", "14, in words, FAQ only")],
        "accessibility_statement": [Q("wusul.html", "مجهزة بمنحدر ومصعد ويمكن الوصول إليها بالكراسي المتحركة")],
        "access_services": [Q("wusul.html", "يمكن الوصول إليها بالكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "لا تتوفر ترجمة فورية إلى الإنجليزية", "negation: no interpretation")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/shiab-ar.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
