from lib import *
SLUG = "multaqa-kuwait-saydala-sariria"
NAV = [("index.html", "الرئيسية"), ("tasjil.html", "التسجيل"), ("barnamaj.html", "البرنامج"), ("asila.html", "الأسئلة الشائعة"),
       ("wusul.html", "إمكانية الوصول"), ("ruat.html", "الرعاة"), ("fanadiq.html", "الفنادق"), ("en/index.html", "English")]
NAV_EN = [("en/index.html", "Home"), ("index.html", "العربية")]
s = mk(SLUG, {"ar-KW": "ملتقى الكويت السابع للصيدلة السريرية", "en": "7th Kuwait Clinical Pharmacy Meeting"}, "ar-KW", "#0b6e4f", "KCP",
       {"ar-KW": NAV, "en": NAV_EN}, dir="rtl",
       foot={"ar-KW": "<p>الجمعية الكويتية للصيدلة السريرية — info@kcp.example.kw</p>", "en": "<p>Kuwait Clinical Pharmacy Society — info@kcp.example.kw</p>"},
       newsletter={"ar-KW": ("النشرة البريدية", "اشترك")})
placeholder_media(s, "media/promo.mp4")
s.page("index.html", "ملتقى الكويت السابع للصيدلة السريرية", f"""
<h1>ملتقى الكويت السابع للصيدلة السريرية</h1>
<p>يعقد الملتقى يومي ١١ و١٢ فبراير ٢٠٢٧ في مركز المؤتمرات بمدينة الكويت، ويجمع صيادلة المستشفيات والمجتمع وطلبة كليات الصيدلة لمناقشة سلامة الدواء والرعاية الصيدلانية.</p>
<p>التسجيل مفتوح عبر <a href="@tasjil.html">صفحة التسجيل</a>، وتجدون تفاصيل الرسوم في <a href="@asila.html">الأسئلة الشائعة</a>.</p>
{video("media/promo.mp4")}
<p><a href="@barnamaj.html">البرنامج العلمي</a> · <a href="@wusul.html">إمكانية الوصول</a> · <a href="@en/index.html" hreflang="en">English</a></p>
""", alternates=[("en", "en/index.html")])
s.page("tasjil.html", "التسجيل", f"""
<h1>إنشاء حساب والتسجيل</h1>
<p>يتطلب التسجيل إنشاء حساب في بوابة الملتقى. الحقول المشار إليها بكلمة (مطلوب) إلزامية.</p>
<form action="@tasjil.html" method="post">
{fld("name", "الاسم الكامل (مطلوب)")}
{fld("email", "البريد الإلكتروني (مطلوب)", "email")}
{fld("pw", "كلمة المرور (مطلوب)", "password")}
{fld("pw2", "تأكيد كلمة المرور (مطلوب)", "password")}
{fld("phone", "رقم الهاتف (مطلوب)", "tel")}
{fld("civil", "الرقم المدني (مطلوب)")}
{fld("hosp", "جهة العمل (المستشفى أو الصيدلية)")}
{fld("cat", "فئة التسجيل (مطلوب)", "select", opts=["عضو في الجمعية", "غير عضو", "طالب صيدلة"])}
{fld("ws", "أرغب في حضور ورشة ما قبل الملتقى")}
{fld("terms", "أوافق على الشروط والأحكام (مطلوب)", "checkbox")}
<input type="hidden" name="src" value="web">
<div class="g-recaptcha" data-sitekey="6LcKCP-example"></div>
<button type="submit">إنشاء الحساب</button>
</form>
""".replace('<label for="ws">أرغب في حضور ورشة ما قبل الملتقى</label><input type="text" id="ws" name="ws">', fld("ws", "أرغب في حضور ورشة ما قبل الملتقى", "checkbox")))
s.page("asila.html", "الأسئلة الشائعة", """
<h1>الأسئلة الشائعة</h1>
<details open><summary>كم تبلغ رسوم التسجيل؟</summary><p>رسوم التسجيل لأعضاء الجمعية ٢٥٫٠٠٠ د.ك، ولغير الأعضاء ٤٠٫٠٠٠ د.ك، ولطلبة كليات الصيدلة ١٠٫٠٠٠ د.ك عند إبراز البطاقة الجامعية.</p></details>
<details><summary>هل ورشة ما قبل الملتقى مشمولة؟</summary><p>لا، رسوم ورشة ما قبل الملتقى حول الجرعات عند الأطفال ١٥ دينارًا كويتيًا إضافية.</p></details>
<details><summary>هل توجد تذاكر مجانية؟</summary><p>لا توجد تذاكر مجانية، ويدفع المتحدثون رسوم التسجيل أيضًا.</p></details>
<details><summary>هل يمكن المشاركة عن بُعد؟</summary><p>تُبث الجلسات العامة مباشرة للمشاهدة فقط، ولا يمكن طرح الأسئلة أو تقديم الملصقات عن بُعد.</p></details>
<details><summary>هل يلزم عمر معين؟</summary><p>الملتقى موجّه للصيادلة وطلبة الصيدلة، ولا يوجد شرط عمري.</p></details>
""")
s.page("barnamaj.html", "البرنامج العلمي", """
<h1>البرنامج العلمي</h1>
<table><tr><th>الوقت</th><th>الجلسة</th></tr>
<tr><td>٩:٠٠</td><td>الافتتاح وكلمة رئيس الجمعية</td></tr>
<tr><td>١٠:٣٠</td><td>محاضرة: إتاحة الصيدليات لذوي الإعاقة الحركية</td></tr>
<tr><td>١٢:٠٠</td><td>سلامة الأدوية عالية الخطورة في العناية المركزة</td></tr>
<tr><td>١٤:٠٠</td><td>عرض الملصقات العلمية</td></tr></table>
<p>تُعرض الجلسات العامة على قناة الملتقى للمشاهدة فقط.</p>
""")
s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة المؤتمرات في الطابق الأول ويمكن الوصول إليها بالمصعد، وتتوفر مواقف قريبة ومدخل بمنحدر للكراسي المتحركة.</p>
<p>نعتذر: لا يتوفر مترجم لغة إشارة في هذه الدورة.</p>
<p>لطلبات الوصول الخاصة راسلوا access@kcp.example.kw قبل أسبوعين من الملتقى.</p>
""")
s.page("ruat.html", "الرعاة", """
<h1>باقات الرعاية والمعارض</h1>
<table><tr><th>الباقة</th><th>السعر</th></tr><tr><td>الراعي الذهبي</td><td>٣٬٠٠٠ د.ك</td></tr><tr><td>جناح عرض ٩ م²</td><td>٨٥٠ د.ك</td></tr></table>
""")
s.page("fanadiq.html", "الفنادق", """
<h1>الفنادق والمواصلات</h1>
<p>أسعار خاصة للمشاركين: فندق الخليج ٤٥ د.ك لليلة، وفندق السالمية ٣٢ د.ك لليلة. سيارة الأجرة من المطار حوالي ٦ د.ك.</p>
""")
s.page("en/index.html", "7th Kuwait Clinical Pharmacy Meeting", """
<h1>7th Kuwait Clinical Pharmacy Meeting</h1>
<p>The meeting takes place on 11 and 12 February 2027 at the conference centre in Kuwait City and brings together hospital and community pharmacists and pharmacy students.</p>
<p>Registration requires an account on the meeting portal. Fees are KWD 25.000 for society members, KWD 40.000 for non-members and KWD 10.000 for pharmacy students.</p>
<p>The plenary sessions are streamed for viewing only. The hall is reached by lift and the entrance has a ramp.</p>
""", lang="en", dir="ltr", alternates=[("ar", "index.html")])

ENTRY = entry(s, name="7th Kuwait Clinical Pharmacy Meeting (clinical pharmacy society, Kuwait City)",
    languages=["ar", "en"], fees=[(25, "KWD"), (40, "KWD"), (10, "KWD"), (15, "KWD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["recaptcha"], account_required=True,
    registration_form=(10, 8, ["phone", "id_document", "affiliation"]), registration_host=None,
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "tasjil.html", "asila.html", "barnamaj.html", "wusul.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "يجمع صيادلة المستشفيات والمجتمع وطلبة كليات الصيدلة"),
                      Q("en/index.html", "brings together hospital and community pharmacists and pharmacy students", "whole English page")],
        "un_languages": [N("ar, en")],
        "fees": [Q("asila.html", "رسوم التسجيل لأعضاء الجمعية ٢٥٫٠٠٠ د.ك، ولغير الأعضاء ٤٠٫٠٠٠ د.ك، ولطلبة كليات الصيدلة ١٠٫٠٠٠ د.ك", "fees only in the FAQ: 25, 40, 10 KWD (three decimals after ٫)"),
                 Q("asila.html", "رسوم ورشة ما قبل الملتقى حول الجرعات عند الأطفال ١٥ دينارًا كويتيًا إضافية", "pre-conference workshop: 15 KWD"),
                 Q("en/index.html", "Fees are KWD 25.000 for society members", "English restatement, no new entries"),
                 Q("ruat.html", "٣٬٠٠٠ د.ك", "sponsorship and stand: not fees"),
                 Q("fanadiq.html", "فندق الخليج ٤٥ د.ك لليلة", "hotels, taxi: not fees")],
        "free_option": [Q("asila.html", "لا توجد تذاكر مجانية، ويدفع المتحدثون رسوم التسجيل أيضًا.", "fees stated, nothing free: false")],
        "fee_support": [Q("asila.html", "ولطلبة كليات الصيدلة ١٠٫٠٠٠ د.ك", "student rate below the member rate")],
        "remote_participation": [Q("asila.html", "تُبث الجلسات العامة مباشرة للمشاهدة فقط، ولا يمكن طرح الأسئلة أو تقديم الملصقات عن بُعد.", "watch-only: false")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [Q("tasjil.html", "يتطلب التسجيل إنشاء حساب في بوابة الملتقى."),
                             M("tasjil.html", 'type="password" id="pw2"', "sign-up form with password and confirmation")],
        "registration_form": [N("tasjil.html: 10 fields: name, e-mail, password, confirmation, phone, civil ID, employer, category select, workshop checkbox, terms checkbox; hidden not counted; newsletter form in the footer not counted. Required (مطلوب): name, e-mail, password, confirmation, phone, civil ID, category, terms = 8. Sensitive: phone, id_document (الرقم المدني), affiliation (hospital or pharmacy).", "tasjil.html")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("asila.html", "ولا يوجد شرط عمري", "no age limit")],
        "accessibility_statement": [Q("wusul.html", "لطلبات الوصول الخاصة راسلوا access@kcp.example.kw"),
                                    Q("barnamaj.html", "محاضرة: إتاحة الصيدليات لذوي الإعاقة الحركية", "talk title, not a statement")],
        "access_services": [Q("wusul.html", "مدخل بمنحدر للكراسي المتحركة"),
                            Q("wusul.html", "لا يتوفر مترجم لغة إشارة في هذه الدورة", "negation: no sign language")],
        "videos_without_captions": [M("index.html", 'src="media/promo.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
