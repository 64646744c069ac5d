"""Muscat: an Omani marine-science society's symposium (ar-OM, rtl; English section with lang)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "الرئيسية"), ("rusum.html", "الرسوم والمنح"), ("tasjil.html", "التسجيل"),
       ("barnamaj.html", "البرنامج"), ("wusul.html", "إمكانية الوصول"), ("raeya.html", "الرعاة"),
       ("iqama.html", "الإقامة والتنقل"), ("wazaif.html", "وظائف")]
s = mk("nadwat-uman-liulum-albihar-masqat", "ندوة عُمان لعلوم البحار ٢٠٢٧", "ar-OM", "#0b5f73", "بحر", NAV, dir="rtl",
       foot={"ar-OM": "<p>الجمعية العُمانية لعلوم البحار — info@bihar.example.om</p>"})
placeholder_media(s, "media/bahr.mp4")

s.page("index.html", "ندوة عُمان لعلوم البحار ٢٠٢٧", """
<h1>ندوة عُمان لعلوم البحار ٢٠٢٧</h1>
<p>ثلاثة أيام من الأوراق العلمية والملصقات والرحلات الميدانية حول الشعاب المرجانية ومصايد الأسماك وتغير المناخ في بحر العرب، في قاعة المؤتمرات بجامعة مسقط الساحلية، من ١٢ إلى ١٤ يناير ٢٠٢٧.</p>
<p><a href="@tasjil.html">سجّل الآن</a> · <a href="@rusum.html">الرسوم والمنح</a> · <a href="@arshif-2025.html">أرشيف ندوة ٢٠٢٥</a></p>
""" + video("media/bahr.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The Oman Marine Science Symposium brings researchers, fishers' cooperatives and students together for three days of papers, posters and field trips on coral reefs, fisheries and the changing Arabian Sea.</p>
<p>The full symposium fee is OMR 60.000; students pay OMR 20.000. Poster presenters abroad can present over Zoom and answer questions live.</p>
</section>
""")

s.page("rusum.html", "الرسوم والمنح", """
<h1>رسوم المشاركة</h1>
<table><caption>رسوم التسجيل</caption>
<tr><th>الفئة</th><th>الرسم</th></tr>
<tr><td>المشارك (الأيام الثلاثة)</td><td>٦٠٫٠٠٠ ر.ع.</td></tr>
<tr><td>طلبة الجامعات</td><td>٢٠٫٠٠٠ ر.ع.</td></tr>
</table>
<p>رحلة القارب إلى جزر الديمانيات (اختيارية، ضمن برنامج الندوة): ١٥ ريالًا عمانيًا للشخص.</p>
<p>يشمل رسم الطلبة جميع الجلسات ووجبة الغداء، ويُطلب إبراز البطاقة الجامعية عند الحضور.</p>
<p>محاضرة المساء العامة يوم ١٢ يناير مفتوحة للجمهور مجانًا دون تسجيل.</p>
""")

form = "".join([
    fld("name", "الاسم الكامل (إلزامي)", req=True),
    fld("email", "البريد الإلكتروني (إلزامي)", "email", req=True),
    fld("phone", "رقم الهاتف (إلزامي)", "tel", req=True),
    fld("civil", "الرقم المدني أو رقم جواز السفر (إلزامي)", req=True),
    fld("org", "الجهة (جامعة أو مؤسسة أو جمعية صيادين) (إلزامي)", req=True),
    radios("cat", "فئة التسجيل (إلزامي)", ["مشارك", "طالب"], req=True),
    fld("axis", "المحور العلمي", "select", opts=["الشعاب المرجانية", "المصايد", "المناخ"]),
    fld("poster", "ملخص الملصق (PDF)", "file"),
    fld("boat", "أرغب في رحلة القارب إلى جزر الديمانيات", "checkbox"),
    fld("privacy", "أوافق على سياسة الخصوصية (إلزامي)", "checkbox", req=True),
])
s.page("tasjil.html", "التسجيل", f"""
<h1>استمارة التسجيل</h1>
<p>يُغلق التسجيل في ٢٠ ديسمبر ٢٠٢٦. يصلك بريد لتأكيد الدفع خلال يومي عمل.</p>
<form action="@tasjil.html" method="post">
{form}
<div class="g-recaptcha" data-sitekey="6Lc-example-bihar"></div>
<button type="submit">إرسال</button>
</form>
""")

s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج</h1>
<ul>
<li>١٢ يناير: الجلسة الافتتاحية، ثم جلسات الشعاب المرجانية؛ المساء: محاضرة عامة عن السلاحف البحرية.</li>
<li>١٣ يناير: المصايد الحرفية وجلسة الملصقات.</li>
<li>١٤ يناير: رحلة القارب إلى جزر الديمانيات وجلسة الختام.</li>
</ul>
<h2>المشاركة عن بُعد</h2>
<p>يمكن للباحثين المقيمين خارج عُمان عرض ملصقاتهم عبر Zoom والإجابة عن أسئلة الحضور مباشرة في جلسة الملصقات.</p>
<p>جائزة أفضل ملصق لطلبة الدراسات العليا: ٣٠٠ ر.ع.</p>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة المؤتمرات في الطابق الأرضي ومهيأة لمستخدمي الكراسي المتحركة، مع دورات مياه مهيأة قريبة.</p>
<p>تتوفر ترجمة فورية بين العربية والإنجليزية في جميع الجلسات العامة.</p>
<p>لأي احتياجات خاصة للوصول راسلونا على wusul@bihar.example.om قبل ٣٠ ديسمبر.</p>
""")

s.page("raeya.html", "الرعاة", """
<h1>باقات الرعاية</h1>
<p>الراعي الذهبي: ٥٬٠٠٠ ر.ع. — الراعي الفضي: ٢٬٥٠٠ ر.ع. — ركن عرض في البهو: ٧٥٠ ر.ع.</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق شاطئ القرم: ٤٥ ر.ع. لليلة مع الإفطار. سيارة أجرة من المطار نحو ٨ ر.ع.</p>
""")

s.page("wazaif.html", "وظائف", """
<h1>لوحة الوظائف</h1>
<p>مساعد باحث في مختبر الأحياء البحرية، عقد سنتين، راتب ٩٠٠ ر.ع. شهريًا.</p>
""")

ENTRY = entry(
    s, name="Oman Marine Science Symposium 2027 (marine-science society, Muscat)",
    languages=["ar", "en"],
    fees=[(60, "OMR"), (20, "OMR"), (15, "OMR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(10, 7, ["phone", "id_document", "affiliation"]),
    registration_host=None, min_age=None, accessibility_statement=True,
    access_services=["interpretation", "wheelchair_access"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "barnamaj.html", "wusul.html"],
    deliberate_404=["arshif-2025.html"],
    evidence={
        "languages": [Q("index.html", "ثلاثة أيام من الأوراق العلمية والملصقات والرحلات الميدانية"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Oman Marine Science Symposium brings researchers")],
        "un_languages": [N("ar, en")],
        "fees": [Q("rusum.html", "المشارك (الأيام الثلاثة) ٦٠٫٠٠٠ ر.ع.", "60 OMR (three decimals)"),
                 Q("rusum.html", "طلبة الجامعات ٢٠٫٠٠٠ ر.ع.", "20 OMR"),
                 Q("rusum.html", "١٥ ريالًا عمانيًا للشخص", "boat excursion of the symposium itself: 15 OMR"),
                 Q("index.html", "The full symposium fee is OMR 60.000; students pay OMR 20.000.", "English restatement, no new entries"),
                 Q("raeya.html", "الراعي الذهبي: ٥٬٠٠٠ ر.ع.", "sponsorship and stand: not fees"),
                 Q("iqama.html", "فندق شاطئ القرم: ٤٥ ر.ع. لليلة", "hotel and taxi: not fees"),
                 Q("wazaif.html", "راتب ٩٠٠ ر.ع. شهريًا", "salary: not a fee"),
                 Q("barnamaj.html", "جائزة أفضل ملصق لطلبة الدراسات العليا: ٣٠٠ ر.ع.", "prize: not a fee")],
        "free_option": [Q("rusum.html", "محاضرة المساء العامة يوم ١٢ يناير مفتوحة للجمهور مجانًا دون تسجيل.")],
        "fee_support": [Q("rusum.html", "طلبة الجامعات ٢٠٫٠٠٠ ر.ع.", "student rate below 60")],
        "remote_participation": [Q("barnamaj.html", "يمكن للباحثين المقيمين خارج عُمان عرض ملصقاتهم عبر Zoom والإجابة عن أسئلة الحضور مباشرة")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account or login mentioned")],
        "registration_form": [N("10 fields (name, e-mail, phone, civil/passport number, organisation, category radio, axis select, poster file, boat checkbox, privacy checkbox); 7 marked (إلزامي); sensitive phone, id_document (civil number), affiliation", "tasjil.html"),
                              Q("tasjil.html", "الرقم المدني أو رقم جواز السفر (إلزامي)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wusul.html", "قاعة المؤتمرات في الطابق الأرضي ومهيأة لمستخدمي الكراسي المتحركة"),
                                    Q("wusul.html", "لأي احتياجات خاصة للوصول راسلونا على wusul@bihar.example.om")],
        "access_services": [Q("wusul.html", "ومهيأة لمستخدمي الكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة فورية بين العربية والإنجليزية", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/bahr.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF; the poster file input is an upload")],
    })
