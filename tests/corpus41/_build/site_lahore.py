"""Lahore, Pakistan: a provincial assembly committee's public hearing on a women's online safety bill (ur-PK, rtl,
with an English section and a Punjabi (Shahmukhi) section). Silent on cost; PDF-only request form; in person only."""
from lib import mk, Q, M, N, entry

SLUG = "punjab-assembly-online-safety-bill-hearing-lahore"
NAV = [("index.html", "صفحۂ اول"), ("bill.html", "بل کا مسودہ"), ("request.html", "درخواست فارم"),
       ("hearing.html", "سماعت کا شیڈول"), ("access.html", "رسائی"), ("faq.html", "عام سوالات"), ("travel.html", "سفر و قیام")]
FOOT = ('<p>کمیٹی سیکرٹریٹ، قائمہ کمیٹی برائے ترقیٔ نسواں (مثال)، صوبائی اسمبلی پنجاب، لاہور · '
        '<a href="mailto:committee-wd@example.pk">committee-wd@example.pk</a></p>')
s = mk(SLUG, "پنجاب خواتین کے آن لائن تحفظ کا بل: عوامی سماعت", "ur-PK", "#01411c", "سماعت", NAV,
       foot={"ur-PK": FOOT}, dir="rtl")

PDFREQ = ("رائے پیش کرنے کی درخواست کا فارم صرف پی ڈی ایف میں دستیاب ہے۔ اسے پُر کر کے کمیٹی سیکرٹریٹ میں جمع کرائیں "
          "یا ای میل کریں۔ آن لائن رجسٹریشن کی سہولت موجود نہیں ہے۔")
PDFBILL = "بل کا مسودہ صرف پی ڈی ایف میں دستیاب ہے۔"
AGE = "درخواست دہندہ کی عمر اٹھارہ سال یا اس سے زائد ہونی چاہیے۔"
INPERSON = "سماعت صرف بالمشافہ ہوگی۔ کارروائی اسمبلی ٹی وی پر براہِ راست نشر کی جائے گی۔"
NOALLOW = "کمیٹی کسی قسم کا سفری یا رہائشی الاؤنس ادا نہیں کرے گی۔"
RAMP = "کمیٹی روم گراؤنڈ فلور پر ہے اور وہیل چیئر کے لیے ریمپ موجود ہے۔"
PSL = "سماعت کے دوران پاکستانی اشاروں کی زبان (PSL) کا مترجم موجود ہوگا۔"
NOINT = "انگریزی ترجمے کی سہولت نہیں ہوگی۔"

s.page("index.html", "پنجاب خواتین کے آن لائن تحفظ کا بل: عوامی سماعت", f"""
<h1>پنجاب خواتین کے آن لائن تحفظ کا بل ۲۰۲۶: عوامی سماعت</h1>
<p>صوبائی اسمبلی پنجاب کی قائمہ کمیٹی برائے ترقیٔ نسواں ۲۸ جنوری ۲۰۲۷ کو لاہور میں عوامی سماعت منعقد کر رہی ہے۔
شہری، طالبات، اساتذہ، صحافی، وکلا اور سول سوسائٹی کی تنظیمیں بل پر اپنی رائے پیش کر سکتی ہیں۔</p>
<ul><li><a href="@bill.html">بل کا مسودہ پڑھیں</a></li><li><a href="@request.html">رائے پیش کرنے کی درخواست</a></li>
<li><a href="@hearing.html">سماعت کا شیڈول</a></li></ul>
<section lang="en" dir="ltr">
<h2>In English</h2>
<p>The Standing Committee on Women Development of the Provincial Assembly of the Punjab holds a public hearing on the
Punjab Women's Online Safety Bill 2026 in Lahore on 28 January 2027. Citizens, students, teachers, journalists, lawyers
and civil-society organisations may present their views.</p>
<p>To present views, download the request form (PDF only), fill it in and hand it in at the Committee Secretariat or
e-mail it; there is no online registration. The hearing is held in person only and is broadcast live on Assembly TV.</p>
</section>
<section lang="pa-Arab" dir="rtl">
<h2>پنجابی وچ</h2>
<p>پنجاب اسمبلی دی قائمہ کمیٹی برائے ترقیٔ نسواں ۲۸ جنوری ۲۰۲۷ نوں لاہور وچ عوامی سماعت کر رہی اے۔ ایس سماعت وچ
عورتاں دی آن لائن حفاظت دے بل اُتے لوکاں دی رائے سنی جاوے گی۔</p>
<p>جیہڑے شہری اپنی گل رکھنا چاہندے نیں، اوہ درخواست دا فارم ڈاؤن لوڈ کر کے بھرن تے کمیٹی سیکرٹریٹ وچ جمع کروان یا
ای میل کرن۔ سماعت صرف آمنے سامنے ہووے گی تے اسمبلی ٹی وی اُتے وکھائی جاوے گی۔</p>
</section>
""")

s.page("bill.html", "بل کا مسودہ", f"""
<h1>بل کا مسودہ</h1>
<p>{PDFBILL} <a href="@docs/punjab-women-online-safety-bill-2026.pdf">مسودہ ڈاؤن لوڈ کریں (PDF)</a></p>
<p>بل کی اہم شقیں: آن لائن ہراسانی کی شکایت کے لیے خصوصی سیل، متاثرہ خواتین کی تصاویر فوری ہٹانے کا طریقہ کار، اور
خلاف ورزی پر پانچ لاکھ روپے تک جرمانہ۔</p>
""")

s.page("request.html", "رائے پیش کرنے کی درخواست", f"""
<h1>رائے پیش کرنے کی درخواست</h1>
<p>{PDFREQ}</p>
<p><a href="@docs/request-to-present-views.pdf">درخواست فارم ڈاؤن لوڈ کریں (PDF)</a></p>
<p>{AGE} درخواستیں ۲۰ جنوری ۲۰۲۷ تک وصول کی جائیں گی۔</p>
""")

s.page("hearing.html", "سماعت کا شیڈول", f"""
<h1>سماعت کا شیڈول</h1>
<table>
<tr><th>وقت</th><th>نشست</th></tr>
<tr><td>صبح ۱۰ بجے</td><td>افتتاحی کلمات اور بل کا تعارف</td></tr>
<tr><td>صبح ۱۰:۳۰ بجے</td><td>شہریوں اور تنظیموں کی آرا (ہر مقرر کے لیے پانچ منٹ)</td></tr>
<tr><td>دوپہر ۲ بجے</td><td>کمیٹی کے سوالات اور اختتام</td></tr>
</table>
<p>{INPERSON}</p>
""")

s.page("access.html", "رسائی", f"""
<h1>رسائی</h1>
<p>{RAMP}</p>
<p>{PSL}</p>
<p>{NOINT}</p>
<p>کسی اور سہولت کے لیے کمیٹی سیکرٹریٹ سے رابطہ کریں: <a href="mailto:committee-wd@example.pk">committee-wd@example.pk</a>۔</p>
""")

s.page("faq.html", "عام سوالات", f"""
<h1>عام سوالات</h1>
<details open><summary>کیا میں آن لائن شرکت کر سکتی ہوں؟</summary><p>{INPERSON}</p></details>
<details open><summary>کیا سفر کا خرچ ملے گا؟</summary><p>{NOALLOW}</p></details>
<details open><summary>کون رائے دے سکتا ہے؟</summary><p>{AGE}</p></details>
""")

s.page("travel.html", "سفر و قیام", """
<h1>سفر و قیام</h1>
<ul><li>اسمبلی کے قریب ہوٹل: 12,000 روپے فی رات سے۔</li><li>میٹرو بس کا کرایہ: 30 روپے۔</li>
<li>ریلوے اسٹیشن سے اسمبلی تک رکشہ: تقریباً 300 روپے۔</li></ul>
""")
s.pdf("docs/punjab-women-online-safety-bill-2026.pdf", "Punjab Women's Online Safety Bill 2026 - draft for public hearing")
s.pdf("docs/request-to-present-views.pdf", "Request to present views - Standing Committee on Women Development\nName / CNIC / Address / Summary of views")

ENTRY = entry(
    s, name="پنجاب خواتین کے آن لائن تحفظ کا بل: عوامی سماعت (لاہور)",
    languages=["ur", "en", "pa"], fees=[],
    free_option=None, fee_support=False, remote_participation=False, captcha=[],
    account_required=False, registration_form=None, registration_host=None, registration_pdf_only=True,
    min_age=18, accessibility_statement=True, access_services=["sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "bill.html", "request.html", "hearing.html", "access.html", "faq.html"],
    evidence={
        "languages": [N("Urdu site (ur-PK) with an English section (lang=\"en\") and a Punjabi Shahmukhi section (lang=\"pa-Arab\"), two paragraphs each, on index.html"),
                      M("index.html", '<section lang="en" dir="ltr">'), M("index.html", '<section lang="pa-Arab" dir="rtl">')],
        "un_languages": [N("en only")],
        "fees": [N("no price of taking part anywhere"),
                 Q("bill.html", "خلاف ورزی پر پانچ لاکھ روپے تک جرمانہ", "fine in the bill under hearing: not a fee"),
                 Q("travel.html", "اسمبلی کے قریب ہوٹل: 12,000 روپے فی رات سے۔", "hotel: not a fee")],
        "free_option": [N("the hearing says nothing on the cost of taking part: null")],
        "fee_support": [Q("faq.html", NOALLOW)],
        "remote_participation": [Q("hearing.html", INPERSON, "in person only; TV broadcast to watch")],
        "captcha": [N("no form at all")],
        "account_required": [N("no account")],
        "registration_form": [N("no online form: PDF request form only")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("request.html", PDFREQ)],
        "min_age": [Q("request.html", AGE)],
        "accessibility_statement": [Q("access.html", RAMP)],
        "access_services": [Q("access.html", RAMP), Q("access.html", PSL), Q("access.html", NOINT, "negation: no interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("bill.html", PDFBILL), Q("request.html", PDFREQ)],
    })
