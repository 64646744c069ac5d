"""Aden (Yemen): a private university's international scientific conference on artificial intelligence and
public policy. Arabic (rtl) with an English call-for-papers section without a lang attribute."""
from lib import *

NAV = [("index.html", "الرئيسية"), ("dawat-albuhuth.html", "دعوة لتقديم الأوراق"), ("rusum.html", "رسوم المشاركة"),
       ("tasjil.html", "التسجيل"), ("barnamaj.html", "البرنامج"), ("makan.html", "المكان والإقامة"),
       ("asila.html", "أسئلة متكررة"), ("ruat.html", "الرعاة")]
s = mk("mutamar-aden-aldhakaa-alistinai-walsiyasat", "المؤتمر العلمي الدولي الثالث للذكاء الاصطناعي والسياسات العامة — عدن",
       "ar-YE", "#8a1c2b", "ذا", NAV, dir="rtl",
       foot={"ar-YE": "<p>كلية الحاسبات وتقنية المعلومات — الجامعة الأهلية للعلوم الحديثة، خور مكسر، عدن. البريد: aipc@ausm.example.ye</p>"})

s.page("index.html", "المؤتمر العلمي الدولي الثالث للذكاء الاصطناعي والسياسات العامة", """
<h1>المؤتمر العلمي الدولي الثالث للذكاء الاصطناعي والسياسات العامة</h1>
<p>تنظم كلية الحاسبات وتقنية المعلومات في الجامعة الأهلية للعلوم الحديثة بعدن مؤتمرها العلمي الدولي الثالث بعنوان
«حوكمة الذكاء الاصطناعي في الدول الهشة: التشريع، والبيانات، والخدمات العامة»، يومي ١٢ و١٣ مايو ٢٠٢٧.</p>
<p>يستقبل المؤتمر أوراقًا بحثية في محاور: أطر تنظيم الذكاء الاصطناعي، وحماية البيانات الشخصية، والذكاء الاصطناعي في الخدمات
الحكومية، والتحيّز الخوارزمي واللغة العربية.</p>
<ul>
<li><a href="@dawat-albuhuth.html">دعوة لتقديم الأوراق</a> (مع ملخص بالإنجليزية)</li>
<li><a href="@rusum.html">رسوم المشاركة</a></li>
<li><a href="@tasjil.html">استمارة التسجيل</a></li>
<li><a href="@barnamaj.html">البرنامج</a></li>
</ul>
""")

VIRT = "يمكن للباحثين من خارج عدن تقديم أوراقهم افتراضيًا عبر Zoom والإجابة عن أسئلة الحضور مباشرة."
s.page("dawat-albuhuth.html", "دعوة لتقديم الأوراق", f"""
<h1>دعوة لتقديم الأوراق</h1>
<p>تُرسل الملخصات (٣٠٠ كلمة) حتى ١٥ مارس ٢٠٢٧، ويُبلَّغ أصحاب الأوراق المقبولة في ٥ أبريل ٢٠٢٧.</p>
<p>{VIRT}</p>
<p>تُنشر الأوراق المتميزة في مجلة الجامعة المحكّمة، وتبلغ رسوم النشر في المجلة ١٠٠ دولار أمريكي للبحث، وهي مستقلة عن رسوم المؤتمر.</p>
<section>
<h2>Call for papers (summary in English)</h2>
<p>The Third International Scientific Conference on Artificial Intelligence and Public Policy will be held in Aden on
12–13 May 2027. We invite papers on AI regulation, personal data protection, AI in government services and
algorithmic bias in Arabic-language systems. Abstracts of 300 words are due on 15 March 2027.</p>
<p>Registration fees: academics and researchers YER 25,000 or US$ 60 for participants from outside Yemen; students
YER 10,000 or US$ 25; virtual presentation over Zoom YER 15,000 or US$ 40. Authors presenting online answer the
audience's questions live.</p>
</section>
""")

STUD = "طلاب الدراسات العليا والبكالوريوس"
s.page("rusum.html", "رسوم المشاركة", f"""
<h1>رسوم المشاركة</h1>
<table>
<caption>رسوم التسجيل في المؤتمر</caption>
<thead><tr><th>الفئة</th><th>(ريال يمني)</th><th>(دولار أمريكي) للمشاركين من خارج اليمن</th></tr></thead>
<tbody>
<tr><td>أعضاء هيئة التدريس والباحثون</td><td>٢٥٬٠٠٠</td><td>٦٠</td></tr>
<tr><td>{STUD}</td><td>١٠٬٠٠٠</td><td>٢٥</td></tr>
<tr><td>تقديم الورقة افتراضيًا عبر Zoom (مع أسئلة الحضور)</td><td>١٥٬٠٠٠</td><td>٤٠</td></tr>
</tbody>
</table>
<p>تشمل الرسوم حقيبة المؤتمر ووجبتي الغداء وشهادة المشاركة. تُدفع الرسوم نقدًا عند التسجيل في مقر المؤتمر أو بحوالة مصرفية.</p>
<p>رسوم النشر في مجلة الجامعة (١٠٠ دولار أمريكي) لا تدخل في رسوم المؤتمر.</p>
""")

form = "".join([
    fld("name", "الاسم الكامل (مطلوب إلزامًا)"),
    fld("email", "البريد الإلكتروني (مطلوب إلزامًا)", "email"),
    fld("wa", "رقم الواتساب (مطلوب إلزامًا)", "tel"),
    fld("inst", "الجامعة أو المؤسسة (مطلوب إلزامًا)"),
    fld("degree", "الدرجة العلمية", "select", False, ["بكالوريوس", "ماجستير", "دكتوراه", "أخرى"]),
    fld("country", "بلد الإقامة", "select", False, ["اليمن", "مصر", "السعودية", "عُمان", "الأردن", "أخرى"]),
    radios("cat", "فئة التسجيل", ["عضو هيئة تدريس أو باحث", "طالب", "تقديم افتراضي"], True),
    radios("pres", "طريقة التقديم", ["حضوري في عدن", "افتراضي عبر Zoom"]),
    fld("title", "عنوان الورقة"),
    fld("abstract", "ملف الملخص (Word أو PDF)", "file"),
    fld("idno", "رقم البطاقة الشخصية أو جواز السفر (مطلوب إلزامًا) — لإصدار الشهادة"),
])
s.page("tasjil.html", "التسجيل", f"""
<h1>استمارة التسجيل</h1>
<p>يُرجى تعبئة الاستمارة لكل مشارك، سواء كان مقدّم ورقة أو حاضرًا.</p>
<form action="@tasjil.html" method="post">
{form}
<div class="h-captcha" data-sitekey="10000000-aden-example-0000-000000000001"></div>
<button type="submit">تسجيل</button>
</form>
""")

s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج</h1>
<p>يضم المؤتمر أربع جلسات علمية وجلسة حوارية ختامية مع ممثلين عن الوزارات والقطاع الخاص والمجتمع المدني.</p>
<p><a href="@pdf/barnamaj-almutamar.pdf">تنزيل البرنامج التفصيلي (PDF)</a> — البرنامج متاح بصيغة PDF فقط.</p>
""")
s.pdf("pdf/barnamaj-almutamar.pdf", "Third International Conference on AI and Public Policy - Aden\nProgramme, 12-13 May 2027\nDay 1: Opening, Session 1 AI regulation, Session 2 Data protection\nDay 2: Session 3 AI in public services, Session 4 Arabic NLP and bias, Closing dialogue")

INTERP = "تُقدَّم ترجمة فورية بين العربية والإنجليزية في الجلسات العامة."
s.page("makan.html", "المكان والإقامة", f"""
<h1>المكان والإقامة</h1>
<p>يُعقد المؤتمر في قاعة المؤتمرات الكبرى بالحرم الجامعي، خور مكسر، عدن.</p>
<p>{INTERP} لا تتوفر ترجمة بلغة الإشارة في هذه الدورة.</p>
<h2>الإقامة والسفر</h2>
<p>فنادق قريبة من الحرم الجامعي بأسعار تبدأ من ٤٥٬٠٠٠ ريال يمني لليلة (أو نحو ١٥٠ ريالًا سعوديًا).</p>
<p>تبلغ تذكرة الطيران بين القاهرة وعدن نحو ٤٥٠ دولارًا أمريكيًا ذهابًا وإيابًا.</p>
""")

s.page("asila.html", "أسئلة متكررة", f"""
<h1>أسئلة متكررة</h1>
<details open><summary>هل يمكن المشاركة دون الحضور إلى عدن؟</summary><p>{VIRT}</p></details>
<details open><summary>هل هناك رسوم مخفّضة؟</summary><p>نعم، لفئة {STUD} كما في جدول <a href="@rusum.html">الرسوم</a>.</p></details>
<details open><summary>هل أحتاج إلى تأشيرة؟</summary><p>يتولى مكتب المؤتمر إرسال خطابات الدعوة للمشاركين من الخارج بعد التسجيل.</p></details>
""")

s.page("ruat.html", "الرعاة", """
<h1>فرص الرعاية</h1>
<ul>
<li>الراعي الذهبي: ٣٬٠٠٠ دولار أمريكي (شعار على المنصة وكلمة في الافتتاح).</li>
<li>الراعي الفضي: ١٬٥٠٠ دولار أمريكي.</li>
<li>ركن عرض في بهو المؤتمر: ٤٠٠ دولار أمريكي.</li>
</ul>
""")

ENTRY = entry(s, name="المؤتمر العلمي الدولي الثالث للذكاء الاصطناعي والسياسات العامة (عدن)",
    languages=["ar", "en"],
    fees=[(25000, "YER"), (10000, "YER"), (15000, "YER"), (60, "USD"), (25, "USD"), (40, "USD")],
    free_option=False, fee_support=True, remote_participation=True,
    captcha=["hcaptcha"], account_required=False,
    registration_form=(11, 6, ["affiliation", "id_document", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=None,
    accessibility_statement=False, access_services=["interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "dawat-albuhuth.html", "rusum.html", "tasjil.html", "barnamaj.html", "makan.html", "asila.html"],
    evidence={
        "languages": [N("Arabic site (ar-YE); an English call-for-papers section of two paragraphs without a lang attribute", "dawat-albuhuth.html")],
        "un_languages": [N("ar and en")],
        "fees": [M("rusum.html", "<th>(ريال يمني)</th><th>(دولار أمريكي) للمشاركين من خارج اليمن</th>"),
                 M("rusum.html", "<td>أعضاء هيئة التدريس والباحثون</td><td>٢٥٬٠٠٠</td><td>٦٠</td>"),
                 M("rusum.html", f"<td>{STUD}</td><td>١٠٬٠٠٠</td><td>٢٥</td>"),
                 M("rusum.html", "<td>تقديم الورقة افتراضيًا عبر Zoom (مع أسئلة الحضور)</td><td>١٥٬٠٠٠</td><td>٤٠</td>"),
                 Q("dawat-albuhuth.html", "academics and researchers YER 25,000 or US$ 60 for participants from outside Yemen", "restated in English: no new entry"),
                 Q("dawat-albuhuth.html", "وتبلغ رسوم النشر في المجلة ١٠٠ دولار أمريكي للبحث", "article-processing charge: not a fee"),
                 Q("makan.html", "بأسعار تبدأ من ٤٥٬٠٠٠ ريال يمني لليلة (أو نحو ١٥٠ ريالًا سعوديًا)", "hotel: not a fee"),
                 Q("ruat.html", "الراعي الذهبي: ٣٬٠٠٠ دولار أمريكي", "sponsor package: not a fee")],
        "free_option": [N("fees stated; nothing is said about any free way to take part", "rusum.html")],
        "fee_support": [M("rusum.html", f"<td>{STUD}</td><td>١٠٬٠٠٠</td><td>٢٥</td>", "student rate below the academics' rate")],
        "remote_participation": [Q("dawat-albuhuth.html", VIRT)],
        "captcha": [M("tasjil.html", '<div class="h-captcha" data-sitekey="10000000-aden-example-0000-000000000001"></div>')],
        "account_required": [N("own form without password; no account mentioned", "tasjil.html")],
        "registration_form": [N("name*, e-mail*, WhatsApp*, institution*, degree, country, category radio (required), presentation radio, paper title, abstract file, ID/passport number* = 11 fields, 6 required; phone (WhatsApp), affiliation, id_document", "tasjil.html")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("makan.html", INTERP, "interpretation alone, beside a sign-language negation: no statement")],
        "access_services": [Q("makan.html", INTERP), Q("makan.html", "لا تتوفر ترجمة بلغة الإشارة في هذه الدورة.", "negation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("barnamaj.html", "البرنامج متاح بصيغة PDF فقط.")],
    })
