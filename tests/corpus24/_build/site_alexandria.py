from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "الرئيسية"), ("rusum.html", "الرسوم"), ("tasjil.html", "التسجيل"), ("barnamaj.html", "البرنامج"),
       ("wusul.html", "إتاحة المكان"), ("ruaat.html", "الرعاة والعارضون"), ("iqama.html", "الإقامة والتنقل"),
       ("wazaif.html", "وظائف")]
s = mk("mutamar-handasat-alsawahil-aliskandariya", "مؤتمر الإسكندرية الثالث لهندسة السواحل", "ar-EG", "#0b5f7a", "سو",
       NAV, dir="rtl", foot={"ar-EG": "<p>قسم الهندسة البحرية، كلية الهندسة، جامعة المنارة الأهلية، الإسكندرية — coastal@example.edu.eg</p>"})
placeholder_media(s, "media/shatt.mp4")
s.pdf("docs/qalib-almulakhas.pdf", "Abstract template\nTitle, authors, 250 words")

s.page("index.html", "مؤتمر الإسكندرية الثالث لهندسة السواحل", """
<h1>مؤتمر الإسكندرية الثالث لهندسة السواحل ٢٠٢٧</h1>
<p>يلتقي المهندسون والباحثون والطلبة يومي ١٨ و١٩ مارس ٢٠٢٧ في مبنى المؤتمرات بالشاطبي لمناقشة حماية الشواطئ من النحر وارتفاع منسوب البحر.</p>
<p>اقرأ <a href="@rusum.html">الرسوم</a> ثم <a href="@tasjil.html">سجّل</a>، وراجع <a href="@barnamaj.html">البرنامج</a> و<a href="@wusul.html">معلومات الإتاحة</a>. أوراق الدورات السابقة في <a href="@abhath-2025.html">أرشيف ٢٠٢٥</a>.</p>
""" + video("media/shatt.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The Alexandria Coastal Engineering Conference brings together engineers, researchers and students working on beach erosion, harbours and sea-level rise. Papers may be presented in Arabic or English, with interpretation between the two languages in the main hall.</p>
</section>
""")

s.page("rusum.html", "رسوم المشاركة", """
<h1>رسوم المشاركة</h1>
<table><caption>رسوم التسجيل</caption>
<tr><th>الفئة</th><th>الرسوم (جنيه مصري)</th></tr>
<tr><td>المهندسون والباحثون</td><td>٢٬٥٠٠</td></tr>
<tr><td>طلبة البكالوريوس والدراسات العليا</td><td>٨٠٠</td></tr>
</table>
<p>ورشة النمذجة العددية للأمواج (قبل المؤتمر بيوم): ١٬٢٠٠ ج.م إضافية.</p>
<p>المشاركون من خارج مصر: ٢٠٠ دولار أمريكي تشمل الحقيبة والغداء.</p>
<p class="note">لا توجد تسجيلات مجانية؛ يسدد المتحدثون ورؤساء الجلسات الرسوم أيضًا.</p>
""")

form = "".join([
    fld("name", "الاسم الكامل (إلزامي)"), fld("email", "البريد الإلكتروني (إلزامي)", "email"),
    fld("phone", "رقم الهاتف المحمول (إلزامي)", "tel"), fld("nid", "الرقم القومي أو رقم جواز السفر (إلزامي)"),
    fld("org", "الجامعة أو جهة العمل (إلزامي)"),
    fld("cat", "فئة التسجيل (إلزامي)", "select", opts=["مهندس/باحث", "طالب", "من خارج مصر"]),
    fld("title", "عنوان الورقة (إن وجدت)"), fld("abs", "ملف الملخص", "file"),
    fld("ws", "أرغب في حضور ورشة النمذجة العددية", "checkbox"),
    fld("ok", "أوافق على شروط المؤتمر (إلزامي)", "checkbox")])
s.page("tasjil.html", "التسجيل", f"""
<h1>استمارة التسجيل</h1>
<p>يُرسل رابط الدفع إلى بريدك بعد مراجعة الاستمارة. قالب الملخص متاح <a href="@docs/qalib-almulakhas.pdf">بصيغة PDF</a>.</p>
<form action="@tasjil.html" method="post">{form}
<div class="g-recaptcha" data-sitekey="6Lc-placeholder-alex"></div>
<button type="submit">إرسال</button></form>
""")

s.page("barnamaj.html", "البرنامج", """
<h1>برنامج المؤتمر</h1>
<h2>اليوم الأول</h2><ul><li>٩:٠٠ الافتتاح</li><li>١٠:٠٠ جلسة النحر الشاطئي</li><li>١٤:٠٠ جلسة الموانئ الصغيرة</li></ul>
<h2>اليوم الثاني</h2><ul><li>٩:٠٠ جلسة ارتفاع منسوب البحر</li><li>١٣:٠٠ الجلسة الختامية</li></ul>
<p>يمكن للباحثين الذين يتعذر سفرهم عرض أوراقهم عبر Microsoft Teams والإجابة على أسئلة القاعة مباشرة.</p>
""")

s.page("wusul.html", "إتاحة المكان", """
<h1>إتاحة المكان</h1>
<p>قاعة المؤتمرات في الطابق الأرضي ومداخلها مهيأة للكراسي المتحركة، ويوجد مصعد إلى قاعات الورش.</p>
<p>تتوفر ترجمة فورية بين العربية والإنجليزية في القاعة الرئيسية.</p>
<p>لا تتوفر ترجمة نصية فورية في هذه الدورة.</p>
<p>لأي احتياج خاص راسلونا على access@example.edu.eg قبل أسبوعين.</p>
<p lang="en">The main hall is on the ground floor and step-free; write to access@example.edu.eg for any support you need.</p>
""")

s.page("ruaat.html", "الرعاة والعارضون", """
<h1>الرعاة والعارضون</h1>
<ul><li>الراعي البلاتيني: ٣٠٠٬٠٠٠ ج.م</li><li>الراعي الفضي: ١٢٠٬٠٠٠ ج.م</li><li>جناح عرض (٣×٣ م): ٤٥٬٠٠٠ ج.م</li></ul>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق الكورنيش: ٣٬٢٠٠ ج.م لليلة. تذكرة ترام الرمل: ١٠ جنيهات. القطار من القاهرة: من ١٥٠ جنيهًا.</p>
""")

s.page("wazaif.html", "وظائف", """
<h1>وظائف في المختبر</h1>
<p>مساعد باحث في نمذجة الأمواج — الراتب ١٨٬٠٠٠ ج.م شهريًا.</p>
""")

ENTRY = entry(s, name="Alexandria Coastal Engineering Conference 2027 (university department, Alexandria)",
    languages=["ar", "en"],
    fees=[(2500, "EGP"), (800, "EGP"), (1200, "EGP"), (200, "USD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(10, 7, ["phone", "id_document", "affiliation"]),
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "barnamaj.html", "wusul.html"],
    deliberate_404=["abhath-2025.html"],
    evidence={
        "languages": [Q("index.html", "يلتقي المهندسون والباحثون والطلبة يومي ١٨ و١٩ مارس ٢٠٢٧"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Alexandria Coastal Engineering Conference brings together engineers")],
        "un_languages": [N("ar, en")],
        "fees": [Q("rusum.html", "المهندسون والباحثون ٢٬٥٠٠", "2500 EGP (currency in the column header)"),
                 Q("rusum.html", "طلبة البكالوريوس والدراسات العليا ٨٠٠", "800 EGP"),
                 Q("rusum.html", "١٬٢٠٠ ج.م إضافية", "add-on workshop: 1200 EGP"),
                 Q("rusum.html", "المشاركون من خارج مصر: ٢٠٠ دولار أمريكي", "200 USD"),
                 Q("ruaat.html", "الراعي البلاتيني: ٣٠٠٬٠٠٠ ج.م", "sponsorship and stand: not fees"),
                 Q("iqama.html", "فندق الكورنيش: ٣٬٢٠٠ ج.م لليلة.", "hotel, tram, train: not fees"),
                 Q("wazaif.html", "الراتب ١٨٬٠٠٠ ج.م شهريًا", "salary: not a fee")],
        "free_option": [Q("rusum.html", "لا توجد تسجيلات مجانية؛ يسدد المتحدثون ورؤساء الجلسات الرسوم أيضًا.")],
        "fee_support": [Q("rusum.html", "طلبة البكالوريوس والدراسات العليا ٨٠٠", "student rate below 2500")],
        "remote_participation": [Q("barnamaj.html", "عرض أوراقهم عبر Microsoft Teams والإجابة على أسئلة القاعة مباشرة")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account or login")],
        "registration_form": [N("10 fields (name, e-mail, phone, national ID or passport, university, category select, paper title, abstract file, workshop checkbox, consent checkbox); 7 marked (إلزامي); sensitive phone, id_document, affiliation", "tasjil.html"),
                              Q("tasjil.html", "الرقم القومي أو رقم جواز السفر (إلزامي)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wusul.html", "قاعة المؤتمرات في الطابق الأرضي ومداخلها مهيأة للكراسي المتحركة")],
        "access_services": [Q("wusul.html", "ومداخلها مهيأة للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة فورية بين العربية والإنجليزية", "interpretation"),
                            Q("wusul.html", "لا تتوفر ترجمة نصية فورية في هذه الدورة.", "negation: no captions")],
        "videos_without_captions": [M("index.html", 'src="media/shatt.mp4">', "no track")],
        "pdf_only_documents": [N("programme in HTML; the PDF is an abstract template only", "barnamaj.html")],
    })
