"""Alexandria, Egypt: a university faculty's international conference on digital policy and AI (ar-EG, rtl)."""
from lib import *

SLUG = "mutamar-alsiyasat-alraqamiya-aliskandariya"
NAME = "المؤتمر الدولي للسياسات الرقمية والذكاء الاصطناعي — الإسكندرية ٢٠٢٧"
NAV = [("index.html", "الرئيسية"), ("registration.html", "التسجيل"), ("fees.html", "الرسوم"),
       ("virtual.html", "العرض الافتراضي"), ("programme.html", "البرنامج"), ("access.html", "إتاحة الوصول"),
       ("sponsors.html", "الرعاة"), ("travel.html", "السفر والإقامة")]
s = mk(SLUG, NAME, "ar-EG", "#0b5d7a", "ISK", NAV, dir="rtl",
       foot={"ar-EG": "<p>كلية الدراسات القانونية والرقمية، جامعة ساحل المتوسط، الإسكندرية — info@conf.example.eg</p>"})

s.page("index.html", "الرئيسية — " + NAME, """
<h1>المؤتمر الدولي للسياسات الرقمية والذكاء الاصطناعي</h1>
<p>تنظّم كلية الدراسات القانونية والرقمية بجامعة ساحل المتوسط مؤتمرها الدولي الثالث يومي ٢٠ و٢١ مايو ٢٠٢٧ في الإسكندرية، حول حوكمة الذكاء الاصطناعي وحماية البيانات والوصول إلى الإنترنت.</p>
<p>يُقبل تقديم الأبحاث حضوريًا أو افتراضيًا. آخر موعد للتسجيل: ٣٠ أبريل ٢٠٢٧.</p>
<p><a href="@registration.html">سجّل الآن</a> · <a href="@fees.html">الرسوم</a> · <a href="@archive-2025.html">مؤتمر ٢٠٢٥</a></p>
<h2>فيديو تعريفي</h2>
""" + video("media/promo.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The Faculty of Legal and Digital Studies of Mediterranean Coast University holds its third international conference on digital policy and artificial intelligence on 20–21 May 2027 in Alexandria. Papers may be presented in person or virtually over Zoom. Registration fees are EGP 1,500 for academics and professionals and EGP 500 for students; participants from outside Egypt pay US$100 and US$40. Sessions are interpreted between Arabic and English.</p>
</section>
""")
placeholder_media(s, "media/promo.mp4")

s.page("fees.html", "الرسوم", """
<h1>رسوم التسجيل</h1>
<table>
<caption>رسوم المشاركة في المؤتمر</caption>
<tr><th>الفئة</th><th>الرسوم (جنيه مصري) للمشاركين من داخل مصر</th><th>الرسوم (دولار أمريكي) للمشاركين من خارج مصر</th></tr>
<tr><td>أكاديميون ومهنيون</td><td>١٬٥٠٠</td><td>١٠٠</td></tr>
<tr><td>طلاب (بكالوريوس ودراسات عليا)</td><td>٥٠٠</td><td>٤٠</td></tr>
<tr><td>تقديم بحث افتراضي عبر Zoom</td><td>٨٠٠</td><td>٦٠</td></tr>
</table>
<p>لا توجد تسجيلات مجانية؛ يسجّل المتحدثون ويدفعون الرسوم أيضًا.</p>
<p class="note">رسوم نشر البحث في مجلة الكلية (APC) بعد التحكيم: ٢٥٠ دولارًا أمريكيًا، وهي مستقلة عن رسوم المؤتمر.</p>
""")

s.page("registration.html", "التسجيل", """
<h1>استمارة التسجيل</h1>
<form action="@registration.html" method="post">
""" + fld("name", "الاسم الكامل (حقل واجب الإدخال)") + fld("email", "البريد الإلكتروني (حقل واجب الإدخال)", "email")
  + fld("phone", "رقم الهاتف (حقل واجب الإدخال)", "tel") + fld("nid", "الرقم القومي أو رقم جواز السفر (حقل واجب الإدخال)")
  + fld("org", "الجامعة أو جهة العمل (حقل واجب الإدخال)")
  + fld("nat", "الجنسية (حقل واجب الإدخال)", "select", opts=["مصرية", "أخرى"])
  + fld("cat", "فئة التسجيل (حقل واجب الإدخال)", "select", opts=["أكاديمي / مهني", "طالب", "عرض افتراضي"])
  + fld("title", "عنوان البحث") + fld("abstract", "ملخص البحث", "file") + fld("needs", "احتياجات الوصول", "textarea")
  + fld("news", "أرغب في تلقي أخبار الكلية", "checkbox") + """
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">إرسال</button>
</form>
""")

s.page("virtual.html", "العرض الافتراضي", """
<h1>تقديم الأبحاث افتراضيًا</h1>
<p>يمكن للباحثين الذين يتعذر عليهم السفر تقديم أبحاثهم افتراضيًا عبر Zoom، ويجيب الباحث مباشرة عن أسئلة الحضور في القاعة ورئيس الجلسة.</p>
<p>رسوم العرض الافتراضي مذكورة في صفحة <a href="@fees.html">الرسوم</a>.</p>
""")

s.page("programme.html", "البرنامج", """
<h1>برنامج المؤتمر</h1>
<p>البرنامج التفصيلي للجلسات متاح بصيغة PDF فقط.</p>
<p><a href="@docs/programme-2027.pdf">تحميل البرنامج (PDF)</a></p>
""")
s.pdf("docs/programme-2027.pdf", "Programme 2027\nDay 1: AI governance\nDay 2: Data protection")

s.page("access.html", "إتاحة الوصول", """
<h1>إتاحة الوصول</h1>
<p>قاعة المؤتمرات في الطابق الأرضي ويمكن الوصول إليها بالكراسي المتحركة عبر منحدر عند المدخل الرئيسي.</p>
<p>تتوفر ترجمة بلغة الإشارة المصرية عند الطلب قبل ١٥ أبريل.</p>
<p>ترجمة فورية بين العربية والإنجليزية في الجلسات العامة.</p>
<p>لا تتوفر ترجمة نصية فورية.</p>
<p>لأي احتياجات خاصة بالوصول، راسلونا على access@conf.example.eg.</p>
""")

s.page("sponsors.html", "الرعاة", """
<h1>باقات الرعاية</h1>
<ul><li>الراعي البلاتيني: ٢٠٠٬٠٠٠ جنيه مصري</li><li>الراعي الذهبي: ١٠٠٬٠٠٠ جنيه مصري</li><li>جناح عرض: ٢٥٬٠٠٠ جنيه مصري</li></ul>
""")

s.page("travel.html", "السفر والإقامة", """
<h1>السفر والإقامة</h1>
<p>فندق الكورنيش: ١٬٨٠٠ جنيه مصري لليلة. تذكرة ترام الرمل: ٥ جنيهات.</p>
<h2>وظائف</h2>
<p>مطلوب مساعد بحث للمؤتمر براتب ١٢٬٠٠٠ جنيه مصري شهريًا.</p>
""")

P = "index.html"
ENTRY = entry(s, name="International Conference on Digital Policy and AI, Alexandria", languages=["ar", "en"],
    fees=[(1500, "EGP"), (500, "EGP"), (800, "EGP"), (100, "USD"), (40, "USD"), (60, "USD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(11, 7, ["phone", "id_document", "affiliation", "nationality"]), registration_host=None,
    registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "registration.html", "fees.html", "virtual.html", "programme.html", "access.html"],
    deliberate_404=["archive-2025.html"],
    evidence={
        "languages": [Q(P, "تنظّم كلية الدراسات القانونية والرقمية بجامعة ساحل المتوسط مؤتمرها الدولي الثالث"),
                      M(P, '<section lang="en">', "English section of a paragraph")],
        "un_languages": [N("ar and en")],
        "fees": [Q("fees.html", "أكاديميون ومهنيون ١٬٥٠٠ ١٠٠", "EGP column and USD column (one column per currency)"),
                 Q("fees.html", "طلاب (بكالوريوس ودراسات عليا) ٥٠٠ ٤٠"),
                 Q("fees.html", "تقديم بحث افتراضي عبر Zoom ٨٠٠ ٦٠"),
                 Q("fees.html", "رسوم نشر البحث في مجلة الكلية (APC) بعد التحكيم: ٢٥٠ دولارًا أمريكيًا", "APC: not a fee"),
                 Q("sponsors.html", "الراعي البلاتيني: ٢٠٠٬٠٠٠ جنيه مصري", "sponsor: not a fee"),
                 Q("travel.html", "فندق الكورنيش: ١٬٨٠٠ جنيه مصري لليلة.", "hotel: not a fee"),
                 Q(P, "Registration fees are EGP 1,500 for academics and professionals and EGP 500 for students", "restated, no new entry")],
        "free_option": [Q("fees.html", "لا توجد تسجيلات مجانية؛ يسجّل المتحدثون ويدفعون الرسوم أيضًا.")],
        "fee_support": [Q("fees.html", "طلاب (بكالوريوس ودراسات عليا) ٥٠٠ ٤٠", "student rate below another fee")],
        "remote_participation": [Q("virtual.html", "يمكن للباحثين الذين يتعذر عليهم السفر تقديم أبحاثهم افتراضيًا عبر Zoom، ويجيب الباحث مباشرة عن أسئلة الحضور في القاعة ورئيس الجلسة.")],
        "captcha": [M("registration.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account or login")],
        "registration_form": [Q("registration.html", "الرقم القومي أو رقم جواز السفر (حقل واجب الإدخال)"),
                              N("11 fields: name, email, phone, national ID/passport, university/employer, nationality, category, paper title, abstract file, access needs, newsletter checkbox; 7 with the marker '(حقل واجب الإدخال)'")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("access.html", "قاعة المؤتمرات في الطابق الأرضي ويمكن الوصول إليها بالكراسي المتحركة عبر منحدر عند المدخل الرئيسي.")],
        "access_services": [Q("access.html", "تتوفر ترجمة بلغة الإشارة المصرية عند الطلب قبل ١٥ أبريل."),
                            Q("access.html", "ترجمة فورية بين العربية والإنجليزية في الجلسات العامة."),
                            Q("access.html", "لا تتوفر ترجمة نصية فورية.", "negation: no captions")],
        "videos_without_captions": [M(P, 'src="media/promo.mp4">')],
        "pdf_only_documents": [Q("programme.html", "البرنامج التفصيلي للجلسات متاح بصيغة PDF فقط.")],
    })
