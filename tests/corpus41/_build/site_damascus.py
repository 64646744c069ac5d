"""Damascus, Syria: a government body's public consultation sessions on a draft personal data protection law
(ar-SY, rtl, with an English page declared lang="ar-SY"). Free; SYP only as distractors."""
from lib import mk, Q, M, N, entry, fld, radios

SLUG = "tashawur-mashru-qanun-himayat-albayanat-dimashq"
NAV = [("index.html", "الرئيسية"), ("draft.html", "مشروع القانون"), ("sessions.html", "جلسات التشاور"),
       ("register.html", "طلب المشاركة"), ("access.html", "إمكانية الوصول"), ("faq.html", "أسئلة متكررة"),
       ("english.html", "English"), ("news.html", "الأخبار")]
FOOT = ('<p>الهيئة الوطنية للتحول الرقمي (مثال)، ساحة المحافظة، دمشق · '
        '<a href="mailto:tashawur@example.sy">tashawur@example.sy</a></p>')
s = mk(SLUG, "التشاور العام حول مشروع قانون حماية البيانات الشخصية", "ar-SY", "#7a1f2b", "ب‌ش", NAV,
       foot={"ar-SY": FOOT}, dir="rtl")
s.write("img/code.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#eee"/>'
        '<text x="12" y="28" font-family="monospace" font-size="22" fill="#333">7K3QX</text></svg>\n')

FREE = "المشاركة في جلسات التشاور مجانية ومفتوحة لجميع المواطنين والجهات المعنية."
STREAM = "تُبث الجلسات مباشرة على يوتيوب للمشاهدة فقط، ولا تُطرح الأسئلة والمداخلات إلا من داخل القاعة."
WRITTEN = "يمكن إرسال الملاحظات المكتوبة على مشروع القانون بالبريد الإلكتروني حتى ٣٠ يناير ٢٠٢٧، وتُنشر خلاصتها بعد انتهاء الجلسات."
BUS = "تتحمل الهيئة أجور النقل بالحافلة للمشاركين القادمين من حلب وحمص واللاذقية، على أن يُرسَل طلب بذلك قبل أسبوع من الجلسة."
AGE = "يحق المشاركة لكل من أتمّ الثامنة عشرة من عمره."
LIFT = "القاعة في الطابق الثاني من مبنى الهيئة، ويمكن الوصول إليها بمصعد يتسع لكرسي متحرك."
SIGN = "يتوفر مترجم للغة الإشارة السورية في جميع الجلسات."
NOCAP = "لا تتوفر ترجمة نصية فورية."
PDFONLY = "مشروع القانون متاح بصيغة PDF فقط."

s.page("index.html", "التشاور العام حول مشروع قانون حماية البيانات الشخصية", f"""
<h1>التشاور العام حول مشروع قانون حماية البيانات الشخصية</h1>
<p>تدعو الهيئة الوطنية للتحول الرقمي المواطنين والشركات والجامعات ومنظمات المجتمع المدني إلى المشاركة في
ثلاث جلسات تشاور عامة حول مشروع قانون حماية البيانات الشخصية، في دمشق من ١٢ إلى ١٤ يناير ٢٠٢٧.</p>
<p>{FREE}</p>
<ul>
<li><a href="@draft.html">الاطلاع على مشروع القانون</a></li>
<li><a href="@sessions.html">مواعيد الجلسات والبث المباشر</a></li>
<li><a href="@register.html">طلب الحضور أو المداخلة</a></li>
<li><a href="@access.html">إمكانية الوصول</a></li>
</ul>
""")

s.page("draft.html", "مشروع القانون", f"""
<h1>مشروع قانون حماية البيانات الشخصية</h1>
<p>{PDFONLY} <a href="@docs/mashru-qanun-himayat-albayanat.pdf">تنزيل مشروع القانون (PDF)</a></p>
<p>من أبرز أحكام المشروع: إنشاء سجل لمعالجي البيانات، وحق الأفراد في الاطلاع على بياناتهم وتصحيحها، وفرض غرامة
من ٥٠٬٠٠٠٬٠٠٠ إلى ٢٠٠٬٠٠٠٬٠٠٠ ل.س على الجهات التي تسرّب البيانات الشخصية.</p>
""")

s.page("sessions.html", "جلسات التشاور", f"""
<h1>جلسات التشاور</h1>
<table>
<tr><th>التاريخ</th><th>المحور</th></tr>
<tr><td>١٢ يناير ٢٠٢٧</td><td>حقوق الأفراد والموافقة</td></tr>
<tr><td>١٣ يناير ٢٠٢٧</td><td>التزامات الشركات ونقل البيانات عبر الحدود</td></tr>
<tr><td>١٤ يناير ٢٠٢٧</td><td>هيئة الرقابة والعقوبات</td></tr>
</table>
<h2>البث والملاحظات المكتوبة</h2>
<p>{STREAM}</p>
<p>{WRITTEN}</p>
""")

FORM = "".join([
    fld("name", "الاسم الثلاثي (لا بد من تعبئته)"),
    fld("nat-no", "الرقم الوطني (لا بد من تعبئته)"),
    fld("mobile", "رقم الهاتف المحمول (لا بد من تعبئته)", "tel"),
    fld("email", "البريد الإلكتروني", "email"),
    fld("gov", "المحافظة", "select", opts=["دمشق", "ريف دمشق", "حلب", "حمص", "حماة", "اللاذقية", "طرطوس", "أخرى"]),
    fld("sector", "الفئة التي تنتمي إليها", "select", opts=["مواطن", "شركة", "جامعة", "منظمة مجتمع مدني", "جهة حكومية"]),
    fld("org", "الجهة التي تمثلها (إن وجدت)"),
    radios("mode", "نوع المشاركة (لا بد من تعبئته)", ["حضور فقط", "حضور وطلب مداخلة"]),
    fld("summary", "ملخص المداخلة المقترحة", "textarea"),
    '<p><img src="@img/code.svg" alt="رمز التحقق" width="120" height="40"></p>',
    fld("code", "اكتب رمز التحقق الظاهر في الصورة (لا بد من تعبئته)"),
])
s.page("register.html", "طلب المشاركة", f"""
<h1>طلب الحضور أو المداخلة</h1>
<p>يرجى ملء الطلب قبل ٥ يناير ٢٠٢٧. تُمنح المداخلات (٥ دقائق لكل متحدث) حسب ترتيب وصول الطلبات.</p>
<form action="@register.html" method="post">
{FORM}
<button type="submit">إرسال الطلب</button>
</form>
""")

s.page("access.html", "إمكانية الوصول", f"""
<h1>إمكانية الوصول</h1>
<p>{LIFT}</p>
<p>{SIGN}</p>
<p>{NOCAP}</p>
<p>للاستفسار عن أي ترتيبات أخرى: <a href="mailto:wusul@example.sy">wusul@example.sy</a>.</p>
""")

s.page("faq.html", "أسئلة متكررة", f"""
<h1>أسئلة متكررة</h1>
<details open><summary>من يمكنه المشاركة؟</summary><p>{AGE} ولا حاجة إلى دعوة مسبقة، لكن طلب المداخلة يجب أن يصل قبل ٥ يناير.</p></details>
<details open><summary>هل هناك تكاليف؟</summary><p>{FREE}</p></details>
<details open><summary>أسكن خارج دمشق، هل من دعم للتنقل؟</summary><p>{BUS}</p></details>
<details open><summary>أين يمكنني الإقامة؟</summary><p>تتراوح أسعار الفنادق القريبة بين ٣٥٠٬٠٠٠ و٤٥٠٬٠٠٠ ل.س لليلة، وأجرة السرفيس داخل المدينة نحو ٥٬٠٠٠ ل.س.</p></details>
<details open><summary>هل أستطيع المداخلة عبر الإنترنت؟</summary><p>{STREAM}</p></details>
""")

EN_FREE = "Taking part in the consultation sessions is free of charge and open to all citizens and stakeholders."
s.page("english.html", "Public consultation on the draft Personal Data Protection Law", f"""
<h1>Public consultation on the draft Personal Data Protection Law</h1>
<p>The National Authority for Digital Transformation invites citizens, companies, universities and civil-society
organisations to three public consultation sessions on the draft Personal Data Protection Law, held in Damascus from
12 to 14 January 2027.</p>
<p>{EN_FREE} To attend or to ask for the floor, fill in the request form (in Arabic) before 5 January 2027.</p>
<p>The sessions are streamed live on YouTube to watch only; questions and statements are taken in the hall only.
Written comments on the draft may be sent by e-mail until 30 January 2027.</p>
<p>The hall is on the second floor and can be reached by a lift; a Syrian sign language interpreter works at every
session.</p>
""", lang="ar-SY", dir="ltr")

s.page("news.html", "الأخبار", """
<h1>الأخبار</h1>
<article><h2>إطلاق بوابة الدفع الإلكتروني للخدمات الحكومية</h2>
<p>أطلقت الهيئة بوابة تجريبية لدفع رسوم الخدمات الحكومية إلكترونيًا، وتبلغ عمولة العملية الواحدة ٢٬٠٠٠ ل.س.</p></article>
<article><h2>وظيفة شاغرة</h2>
<p>تعلن الهيئة عن حاجتها إلى محلل أمن معلومات براتب شهري قدره ٣٬٥٠٠٬٠٠٠ ل.س.</p></article>
""")
s.pdf("docs/mashru-qanun-himayat-albayanat.pdf", "Draft Personal Data Protection Law - for public consultation\nArticles 1-48")

ENTRY = entry(
    s, name="التشاور العام حول مشروع قانون حماية البيانات الشخصية (دمشق)",
    languages=["ar", "en"], fees=[],
    free_option=True, fee_support=True, remote_participation=False, captcha=["image"],
    account_required=False, registration_form=(10, 5, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["sign_language", "wheelchair_access"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "draft.html", "sessions.html", "register.html", "access.html", "faq.html",
                         "english.html"],
    evidence={
        "languages": [N("Arabic site (ar-SY) and a whole English page declared lang=\"ar-SY\" (english.html): English"),
                      Q("english.html", EN_FREE)],
        "un_languages": [N("ar and en")],
        "fees": [Q("index.html", FREE, "free consultation: fees []"),
                 Q("draft.html", "فرض غرامة من ٥٠٬٠٠٠٬٠٠٠ إلى ٢٠٠٬٠٠٠٬٠٠٠ ل.س", "fine in the draft law: not a fee"),
                 Q("faq.html", "تتراوح أسعار الفنادق القريبة بين ٣٥٠٬٠٠٠ و٤٥٠٬٠٠٠ ل.س لليلة", "hotels: not a fee"),
                 Q("news.html", "براتب شهري قدره ٣٬٥٠٠٬٠٠٠ ل.س", "salary: not a fee")],
        "free_option": [Q("index.html", FREE), Q("english.html", EN_FREE)],
        "fee_support": [Q("faq.html", BUS, "FAQ only")],
        "remote_participation": [Q("sessions.html", STREAM, "watch-only stream"), Q("sessions.html", WRITTEN, "written comments afterwards: not remote participation")],
        "captcha": [M("register.html", '<img src="img/code.svg" alt="رمز التحقق"'), N("self-hosted image code: image")],
        "account_required": [N("no account or login; the request form is sent as is")],
        "registration_form": [N("register.html: 10 fields (name, national number, mobile, e-mail, governorate select, stakeholder select, organisation, participation-type radio group, summary textarea, image-code text box); 5 required with the marker '(لا بد من تعبئته)' (name, national number, mobile, radio legend, code); sensitive: id_document, phone, affiliation")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("faq.html", AGE)],
        "accessibility_statement": [Q("access.html", LIFT)],
        "access_services": [Q("access.html", LIFT), Q("access.html", SIGN), Q("access.html", NOCAP, "negation: no captions")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("draft.html", PDFONLY)],
    })
