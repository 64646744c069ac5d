from lib import *

NAV = [("index.html", "الرئيسية"), ("rusum.html", "الرسوم"), ("tasjil.html", "التسجيل"), ("barnamaj.html", "البرنامج"),
       ("wusul.html", "إمكانية الوصول"), ("ruaat.html", "الرعاة"), ("iqama.html", "الإقامة"), ("akhbar.html", "الأخبار")]
s = mk("multaqa-alkhatt-alarabi-alkuwait", "ملتقى الكويت للخط العربي ٢٠٢٧", "ar-KW", "#7a3b12", "خط", NAV, dir="rtl",
       foot={"ar-KW": "<p>جمعية أصدقاء الحرف العربي · الشويخ، الكويت · info@khatt-kw.example.org</p>"})
placeholder_media(s, "media/qalam.mp4")
s.page("index.html", "ملتقى الكويت للخط العربي ٢٠٢٧", """
<h1>ملتقى الكويت للخط العربي ٢٠٢٧</h1>
<p>من ٩ إلى ١٢ فبراير ٢٠٢٧ تجمع جمعية أصدقاء الحرف العربي الخطاطين والطلبة وهواة الزخرفة في مركز الشويخ الثقافي، لأربعة أيام من الورش والمحاضرات ومعرض لأعمال الخط بالقصب والحبر.</p>
<p>المعرض والمحاضرات العامة مفتوحة للجمهور مجانًا، أما ورش الثلث والديواني والرقعة فبرسوم وعدد مقاعد محدود.</p>
<p><a href="@rusum.html">الرسوم</a> · <a href="@tasjil.html">سجّل في ورشة</a> · <a href="@ajnihat-2025.html">أرشيف دورة ٢٠٢٥</a></p>
<h2>فيلم الدورة السابقة</h2>
""" + video("media/qalam.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The Kuwait Arabic Calligraphy Gathering runs four days of workshops, lectures and an exhibition of reed-pen work in Shuwaikh. The exhibition and the public lectures are free; workshops are paid and places are limited.</p>
<p>Those who cannot travel can join the online Diwani workshop on Zoom for KWD 10.000; the tutor corrects each participant's letters live on camera.</p>
</section>
""")
s.page("rusum.html", "الرسوم", """
<h1>رسوم الورش</h1>
<table><caption>رسوم المشاركة</caption>
<tr><th>الفئة</th><th>الرسم</th></tr>
<tr><td>ورشة حضورية (أربعة أيام)</td><td>٣٥٫٠٠٠ د.ك</td></tr>
<tr><td>طلبة المدارس والجامعات</td><td>١٥ د.ك</td></tr>
<tr><td>ورشة الديواني عبر الإنترنت</td><td>KWD 10.000</td></tr>
</table>
<p>يشمل الرسم الورق والأحبار والأقلام المستعملة في الورشة.</p>
<p class="note">الدخول إلى المعرض والمحاضرات العامة مجاني لجميع الزوار دون تسجيل.</p>
<p>تُباع في ركن الجمعية أقلام القصب بسعر ٢ د.ك للقلم، ودفاتر التمرين بسعر ٣٫٥٠٠ د.ك.</p>
""")
form = "".join([
    fld("name", "الاسم الكامل (إلزامي)"), fld("email", "البريد الإلكتروني (إلزامي)", "email"),
    fld("phone", "رقم الهاتف (إلزامي)", "tel"), fld("civil", "الرقم المدني (إلزامي)"),
    fld("org", "المدرسة أو جهة العمل"),
    fld("ws", "الورشة (إلزامي)", "select", opts=["الثلث", "الديواني", "الرقعة", "الديواني عبر الإنترنت"]),
    radios("lvl", "المستوى", ["مبتدئ", "متوسط", "متقدم"]),
    fld("sample", "نموذج من خطك (صورة)", "file"),
    fld("ok", "أوافق على شروط الملتقى (إلزامي)", "checkbox")])
s.page("tasjil.html", "التسجيل", f"""
<h1>التسجيل في الورش</h1>
<p>املأ الاستمارة لحجز مقعدك. يُشترط أن يكون المشارك من سن الخامسة عشرة فما فوق.</p>
<form action="@tasjil.html" method="post">{form}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">إرسال</button></form>
""")
s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج</h1>
<ul><li>الثلاثاء ٩ فبراير: افتتاح المعرض ومحاضرة عامة عن تاريخ خط الثلث.</li>
<li>الأربعاء والخميس: الورش الحضورية صباحًا، وورشة الديواني عبر Zoom مساءً مع تصحيح مباشر لحروف كل مشارك.</li>
<li>الجمعة ١٢ فبراير: عرض أعمال المشاركين وتوزيع الشهادات.</li></ul>
""")
s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعات مركز الشويخ الثقافي مجهزة بمنحدرات ومداخل واسعة للكراسي المتحركة.</p>
<p>يرافق مترجم بلغة الإشارة الكويتية المحاضرات العامة.</p>
<p>لأي احتياج آخر راسلونا على access@khatt-kw.example.org قبل أسبوع من الملتقى.</p>
""")
s.page("ruaat.html", "الرعاة", """
<h1>فرص الرعاية</h1>
<p>الراعي الذهبي: ٢٬٥٠٠ د.ك، ويشمل شعار الراعي في المعرض.</p>
<p>جناح عرض لدور النشر والمكتبات: ٤٠٠ د.ك للأيام الأربعة.</p>
""")
s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق الخليج الأزرق: ٣٢ د.ك لليلة شاملة الإفطار.</p>
<p>سيارة الأجرة من المطار إلى الشويخ نحو ٦ د.ك.</p>
""")
s.page("akhbar.html", "الأخبار", """
<h1>الأخبار</h1>
<p>أُعلنت أسماء لجنة تحكيم جائزة الملتقى للخطاطين الشباب، وقيمة الجائزة الأولى ٧٥٠ د.ك.</p>
""")
ENTRY = entry(s, name="Kuwait Arabic Calligraphy Gathering 2027 (calligraphy association, Kuwait)",
    languages=["ar", "en"], fees=[(35, "KWD"), (15, "KWD"), (10, "KWD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(9, 6, ["phone", "id_document", "affiliation"]), min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "barnamaj.html", "wusul.html"],
    deliberate_404=["ajnihat-2025.html"],
    evidence={
        "languages": [Q("index.html", "تجمع جمعية أصدقاء الحرف العربي الخطاطين والطلبة"), M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Kuwait Arabic Calligraphy Gathering runs four days of workshops")],
        "un_languages": [N("ar, en")],
        "fees": [Q("rusum.html", "٣٥٫٠٠٠ د.ك", "35 KWD (three decimals)"), Q("rusum.html", "١٥ د.ك", "students 15 KWD"),
                 Q("rusum.html", "KWD 10.000", "online workshop 10 KWD; restated in the English section, no new entry"),
                 Q("rusum.html", "أقلام القصب بسعر ٢ د.ك للقلم", "shop goods: not fees"),
                 Q("ruaat.html", "الراعي الذهبي: ٢٬٥٠٠ د.ك", "sponsorship and stand: not fees"),
                 Q("iqama.html", "فندق الخليج الأزرق: ٣٢ د.ك لليلة", "hotel and taxi: not fees"),
                 Q("akhbar.html", "وقيمة الجائزة الأولى ٧٥٠ د.ك", "prize: not a fee")],
        "free_option": [Q("rusum.html", "الدخول إلى المعرض والمحاضرات العامة مجاني لجميع الزوار دون تسجيل.")],
        "fee_support": [Q("rusum.html", "طلبة المدارس والجامعات", "student rate 15 below 35")],
        "remote_participation": [Q("index.html", "the tutor corrects each participant's letters live on camera"),
                                 Q("barnamaj.html", "وورشة الديواني عبر Zoom مساءً مع تصحيح مباشر لحروف كل مشارك")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, e-mail, phone, civil ID, school or employer, workshop select, level radio, sample file, terms checkbox); 6 marked (إلزامي); sensitive phone, id_document, affiliation", "tasjil.html"),
                              Q("tasjil.html", "الرقم المدني (إلزامي)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("tasjil.html", "يُشترط أن يكون المشارك من سن الخامسة عشرة فما فوق.", "15 in words")],
        "accessibility_statement": [Q("wusul.html", "مجهزة بمنحدرات ومداخل واسعة للكراسي المتحركة")],
        "access_services": [Q("wusul.html", "مجهزة بمنحدرات ومداخل واسعة للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "يرافق مترجم بلغة الإشارة الكويتية المحاضرات العامة.", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/qalam.mp4">', "no track")],
        "pdf_only_documents": [N("programme in HTML; no PDF", "barnamaj.html")],
    })
