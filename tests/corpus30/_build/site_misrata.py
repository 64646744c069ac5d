"""School librarians' forum, education office's school-library unit, Misrata (ar-LY, en section with lang)."""
from lib import mk, Q, M, N, entry, fld

NAV = [("index.html", "الرئيسية"), ("barnamaj.html", "البرنامج"), ("tasjil.html", "التسجيل"), ("asila.html", "أسئلة شائعة"),
       ("wusul.html", "إمكانية الوصول"), ("maarid.html", "معرض الكتاب"), ("iqama.html", "السفر والإقامة"), ("ruat.html", "الرعاة")]
FOOT = {"ar-LY": "<p>وحدة المكتبات المدرسية – مكتب التعليم مصراتة، شارع طرابلس. maktabat@taalim.example.ly</p>"}
s = mk("multaqa-umana-almaktabat-almadrasiya-misrata", "ملتقى أمناء المكتبات المدرسية – مصراتة ٢٠٢٧", "ar-LY", "#1d5c63", "مك",
       NAV, foot=FOOT, dir="rtl")

s.page("index.html", "ملتقى أمناء المكتبات المدرسية", """
<h1>ملتقى أمناء المكتبات المدرسية</h1>
<p>تنظّم وحدة المكتبات المدرسية بمكتب التعليم مصراتة ملتقاها الثاني يومي ٢٢ و٢٣ أبريل ٢٠٢٧ في قاعة المركز الثقافي، ويجمع أمناء المكتبات ومعلمي القراءة من المدن الليبية لتبادل الخبرات في تنظيم المكتبات وتشجيع القراءة.</p>
<p>المشاركة في الملتقى مجانية لجميع أمناء المكتبات المدرسية ومعلمي القراءة، ويشترط التسجيل المسبق.</p>
<section lang="en">
<h2>For guests from abroad</h2>
<p>The second School Librarians' Forum brings together librarians and reading teachers from across Libya in Misrata on 22 and 23 April 2027. Sessions are held in Arabic; guests who need a summary in English can ask the desk at the entrance.</p>
<p>Taking part is free of charge, but every participant has to register in advance through the registration page.</p>
</section>
""")

s.page("barnamaj.html", "البرنامج", """
<h1>برنامج الملتقى</h1>
<ul>
<li>اليوم الأول: تصنيف الكتب في المكتبات الصغيرة، وجلسة حول أدب اليافعين من ١٢ إلى ١٥ سنة.</li>
<li>اليوم الثاني: ورشة نوادي القراءة، وزيارة مكتبة مدرسة الشهيد.</li>
</ul>
<p>الملتقى حضوري فقط، ولن تُبثّ الجلسات عبر الإنترنت.</p>
""")

s.page("tasjil.html", "التسجيل", """
<h1>التسجيل</h1>
<p>يتم التسجيل عبر نموذج Google: <a href="https://docs.google.com/forms/d/e/1FAIpQLSc-misrata-maktabat/viewform">نموذج التسجيل في الملتقى</a>.</p>
<p>يتطلّب النموذج تسجيل الدخول بحساب Google لرفع صورة الإفادة الوظيفية.</p>
<p>آخر أجل للتسجيل: ١٠ أبريل ٢٠٢٧.</p>
""")

qform = ('<form action="@asila.html" method="post">'
         + fld("ism", "الاسم") + fld("barid", "البريد الإلكتروني", "email") + fld("sual", "سؤالك", "textarea")
         + '<div class="cf-turnstile" data-sitekey="0x4AAAA-example-misrata"></div>'
         + '<button type="submit">أرسل السؤال</button></form>')
s.page("asila.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details open><summary>هل هناك رسوم؟</summary><p>لا، المشاركة مجانية.</p></details>
<details open><summary>هل تُغطّى تكاليف السفر؟</summary><p>لا يتحمّل المنظمون تكاليف السفر أو الإقامة؛ يتكفّل كل مشارك أو مدرسته بها.</p></details>
<details open><summary>هل يمكن المشاركة عن بُعد؟</summary><p>لا، جميع الجلسات حضورية.</p></details>
<h2>أرسل سؤالًا</h2>
""" + qform)

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة المركز الثقافي في الطابق الأول ويصلها مصعد يتسع لكرسي متحرك، ودورات المياه مهيّأة.</p>
<p>يمكن توفير مترجم لغة الإشارة الليبية عند الطلب قبل أسبوعين.</p>
<p>لا تتوفر ترجمة نصية فورية للجلسات.</p>
<p>للاستفسار: wusul@taalim.example.ly</p>
""")

s.page("maarid.html", "معرض الكتاب", """
<h1>معرض كتب الأطفال</h1>
<p>تعرض دور النشر كتب الأطفال بأسعار تبدأ من ٥ دنانير ليبية (٥ د.ل) للكتاب.</p>
<p>إيجار طاولة العرض لدور النشر: ١٥٠ د.ل لليومين.</p>
""")

s.page("iqama.html", "السفر والإقامة", """
<h1>السفر والإقامة</h1>
<p>فندق المدينة: ٢٢٠ دينار ليبي لليلة.</p>
<p>رحلة طرابلس – مصراتة بالحافلة: ٢٥ د.ل، وتذكرة الطيران من بنغازي: نحو ٣٥٠ د.ل.</p>
""")

s.page("ruat.html", "الرعاة", """
<h1>الرعاة</h1>
<p>رعاية ذهبية: ٥٬٠٠٠ دينار ليبي، ورعاية فضية: ٢٬٠٠٠ دينار ليبي.</p>
<p>جائزة أفضل مكتبة مدرسية: ١٬٠٠٠ د.ل.</p>
""")

ENTRY = entry(
    s, name="School librarians' forum 2027 (education office's school-library unit, Misrata, Libya)",
    languages=["ar", "en"], fees=[],
    free_option=True, fee_support=False, remote_participation=False, captcha=["turnstile"], account_required=True,
    registration_form=None, registration_host="docs.google.com", registration_pdf_only=False, min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "barnamaj.html", "tasjil.html", "asila.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "ويجمع أمناء المكتبات ومعلمي القراءة من المدن الليبية"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "Sessions are held in Arabic; guests who need a summary in English can ask the desk at the entrance.")],
        "un_languages": [N("ar, en")],
        "fees": [Q("index.html", "المشاركة في الملتقى مجانية لجميع أمناء المكتبات المدرسية ومعلمي القراءة", "free: fees []"),
                 Q("maarid.html", "بأسعار تبدأ من ٥ دنانير ليبية (٥ د.ل) للكتاب", "books and stand: not fees"),
                 Q("iqama.html", "فندق المدينة: ٢٢٠ دينار ليبي لليلة.", "hotel, bus, flight: not fees"),
                 Q("ruat.html", "رعاية ذهبية: ٥٬٠٠٠ دينار ليبي", "sponsor and prize: not fees")],
        "free_option": [Q("index.html", "المشاركة في الملتقى مجانية لجميع أمناء المكتبات المدرسية ومعلمي القراءة"),
                        Q("index.html", "Taking part is free of charge")],
        "fee_support": [Q("asila.html", "لا يتحمّل المنظمون تكاليف السفر أو الإقامة؛ يتكفّل كل مشارك أو مدرسته بها.")],
        "remote_participation": [Q("barnamaj.html", "الملتقى حضوري فقط، ولن تُبثّ الجلسات عبر الإنترنت."),
                                 Q("asila.html", "لا، جميع الجلسات حضورية.")],
        "captcha": [M("asila.html", '<div class="cf-turnstile"', "on the FAQ question form")],
        "account_required": [Q("tasjil.html", "يتطلّب النموذج تسجيل الدخول بحساب Google لرفع صورة الإفادة الوظيفية.")],
        "registration_form": [N("registration only through a Google Form; the only own form is a 3-field question form", "asila.html")],
        "registration_host": [M("tasjil.html", 'href="https://docs.google.com/forms/d/e/1FAIpQLSc-misrata-maktabat/viewform"')],
        "registration_pdf_only": [N("online Google Form")],
        "min_age": [Q("barnamaj.html", "وجلسة حول أدب اليافعين من ١٢ إلى ١٥ سنة", "talk topic: not a limit"),
                    N("no age limit stated")],
        "accessibility_statement": [Q("wusul.html", "قاعة المركز الثقافي في الطابق الأول ويصلها مصعد يتسع لكرسي متحرك")],
        "access_services": [Q("wusul.html", "ويصلها مصعد يتسع لكرسي متحرك، ودورات المياه مهيّأة", "wheelchair_access"),
                            Q("wusul.html", "يمكن توفير مترجم لغة الإشارة الليبية عند الطلب قبل أسبوعين.", "sign_language on request"),
                            Q("wusul.html", "لا تتوفر ترجمة نصية فورية للجلسات.", "captions negated")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("programme is an HTML page; no PDF")],
    })
