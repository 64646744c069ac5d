from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
NAV = [("index.html", "الرئيسية"), ("rusum.html", "رسوم التسجيل"), ("tasjil.html", "التسجيل"),
       ("barnamaj.html", "البرنامج"), ("wusul.html", "إمكانية الوصول"), ("ruaat.html", "الرعاة"),
       ("iqama.html", "الإقامة والسفر"), ("wazaif.html", "وظائف")]
s = mk("mutamar-albasra-litib-altawari", "مؤتمر البصرة لطب الطوارئ ٢٠٢٧", "ar-IQ", "#8a1c1c", "ط", NAV, dir="rtl",
       foot={"ar-IQ": "<p>جمعية طب الطوارئ في جنوب العراق — info@tawari.example.iq</p>"})
placeholder_media(s, "media/isaf.mp4")
s.pdf("docs/barnamaj-2027.pdf", "Basra Emergency Medicine Conference 2027 - programme\nDay 1 trauma, Day 2 toxicology, Day 3 disaster triage")
s.page("index.html", "مؤتمر البصرة لطب الطوارئ ٢٠٢٧", """
<h1>مؤتمر البصرة لطب الطوارئ ٢٠٢٧</h1>
<p>يجمع المؤتمر أطباء الطوارئ والممرضين والمسعفين من محافظات العراق كافة لثلاثة أيام من المحاضرات وورش المحاكاة وعرض الحالات السريرية، من ١٤ إلى ١٦ آذار ٢٠٢٧ في قاعة المؤتمرات بجامعة البصرة.</p>
<p>اطّلع على <a href="@rusum.html">الرسوم</a> و<a href="@tasjil.html">استمارة التسجيل</a> و<a href="@barnamaj.html">البرنامج</a>. تقارير المؤتمرات السابقة في <a href="@arshif-2026.html">الأرشيف</a>.</p>
<h2>فيلم قصير عن فرق الإسعاف</h2>
""" + video("media/isaf.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The Basra Emergency Medicine Conference brings emergency physicians, nurses and paramedics from all Iraqi governorates together for three days of lectures, simulation workshops and case presentations at the University of Basra conference hall.</p>
<p>Registration is IQD 150,000 for physicians and IQD 50,000 for medical and nursing students; delegates from outside Iraq pay US$ 150. The full programme is published as a PDF.</p>
</section>
""")
s.page("rusum.html", "رسوم التسجيل", """
<h1>رسوم التسجيل</h1>
<table><caption>رسوم المشاركة</caption>
<tr><th>الفئة</th><th>الرسم</th></tr>
<tr><td>الأطباء والصيادلة</td><td>١٥٠٬٠٠٠ د.ع</td></tr>
<tr><td>طلبة الطب والتمريض</td><td>٥٠٬٠٠٠ دينار عراقي</td></tr>
<tr><td>المشاركون من خارج العراق</td><td>US$ 150</td></tr>
</table>
<p>ورشة الموجات فوق الصوتية في الطوارئ (اختيارية، عدد المقاعد ٣٠): ٧٥٬٠٠٠ د.ع إضافية.</p>
<p class="note">لا توجد تسجيلات مجانية، حتى المتحدثون يدفعون رسم التسجيل.</p>
<p>يُدفع الرسم نقدًا عند الاستلام أو بحوالة مصرفية.</p>
""")
s.page("tasjil.html", "التسجيل", """
<h1>استمارة التسجيل</h1>
<form action="@tasjil.html" method="post">
""" + fld("name", "الاسم الكامل (مطلوب)") + fld("email", "البريد الإلكتروني (مطلوب)", "email")
  + fld("phone", "رقم الهاتف (مطلوب)", "tel") + fld("natid", "رقم البطاقة الوطنية (مطلوب)")
  + fld("hosp", "المستشفى أو الجامعة (مطلوب)")
  + fld("spec", "التخصص", "select", opts=["طب الطوارئ", "التمريض", "الإسعاف", "أخرى"])
  + radios("cat", "الفئة (مطلوب)", ["طبيب", "طالب", "من خارج العراق"])
  + fld("ws", "أرغب في ورشة الموجات فوق الصوتية", "checkbox")
  + fld("privacy", "أوافق على سياسة الخصوصية (مطلوب)", "checkbox") + """
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">إرسال</button>
</form>
""")
s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج العلمي</h1>
<p>البرنامج الكامل متاح فقط بصيغة PDF: <a href="@docs/barnamaj-2027.pdf">تحميل البرنامج (PDF)</a>.</p>
<p>المؤتمر حضوري بالكامل، ولا يوجد حضور أو مشاركة عن بُعد هذا العام.</p>
<p>جائزة أفضل عرض حالة سريرية: ٥٠٠٬٠٠٠ د.ع.</p>
""")
s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة المؤتمرات في الطابق الأرضي ويمكن دخولها بالكراسي المتحركة من البوابة الشرقية.</p>
<p>تتوفر ترجمة فورية بين العربية والإنجليزية في الجلسات العامة.</p>
<p>لأي احتياجات خاصة راسلونا على wusul@tawari.example.iq قبل أسبوعين من المؤتمر.</p>
""")
s.page("ruaat.html", "الرعاة", """
<h1>الرعاة والعارضون</h1>
<p>الراعي البلاتيني: ١٠٬٠٠٠٬٠٠٠ د.ع. جناح عرض للشركات الطبية: ٢٬٥٠٠٬٠٠٠ د.ع.</p>
""")
s.page("iqama.html", "الإقامة والسفر", """
<h1>الإقامة والسفر</h1>
<p>فندق شط العرب: ٩٠٬٠٠٠ د.ع لليلة. سيارة أجرة من المطار: نحو ٢٥٬٠٠٠ د.ع.</p>
""")
s.page("wazaif.html", "وظائف", """
<h1>وظائف</h1>
<p>مستشفى خاص في البصرة يطلب طبيب طوارئ مقيم، الراتب ٢٬٢٠٠٬٠٠٠ د.ع شهريًا.</p>
""")
ENTRY = entry(s, name="Basra Emergency Medicine Conference 2027 (emergency-medicine society, Basra)",
    languages=["ar", "en"], fees=[(150000, "IQD"), (50000, "IQD"), (75000, "IQD"), (150, "USD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["hcaptcha"],
    account_required=False, registration_form=(9, 7, ["phone", "id_document", "affiliation"]),
    accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "barnamaj.html", "wusul.html"],
    deliberate_404=["arshif-2026.html"],
    evidence={
        "languages": [Q("index.html", "يجمع المؤتمر أطباء الطوارئ والممرضين والمسعفين"), M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Basra Emergency Medicine Conference brings emergency physicians")],
        "un_languages": [N("ar, en")],
        "fees": [Q("rusum.html", "الأطباء والصيادلة ١٥٠٬٠٠٠ د.ع", "150000 IQD"), Q("rusum.html", "طلبة الطب والتمريض ٥٠٬٠٠٠ دينار عراقي", "50000 IQD"),
                 Q("rusum.html", "المشاركون من خارج العراق US$ 150", "150 USD"), Q("rusum.html", "٧٥٬٠٠٠ د.ع إضافية", "add-on workshop: 75000 IQD"),
                 Q("index.html", "Registration is IQD 150,000 for physicians and IQD 50,000", "English restatement, no new entries"),
                 Q("barnamaj.html", "جائزة أفضل عرض حالة سريرية: ٥٠٠٬٠٠٠ د.ع.", "prize: not a fee"),
                 Q("ruaat.html", "الراعي البلاتيني: ١٠٬٠٠٠٬٠٠٠ د.ع.", "sponsorship and stand: not fees"),
                 Q("iqama.html", "فندق شط العرب: ٩٠٬٠٠٠ د.ع لليلة.", "hotel and taxi: not fees"),
                 Q("wazaif.html", "الراتب ٢٬٢٠٠٬٠٠٠ د.ع شهريًا", "salary: not a fee")],
        "free_option": [Q("rusum.html", "لا توجد تسجيلات مجانية، حتى المتحدثون يدفعون رسم التسجيل.")],
        "fee_support": [Q("rusum.html", "طلبة الطب والتمريض ٥٠٬٠٠٠ دينار عراقي", "student rate below 150000")],
        "remote_participation": [Q("barnamaj.html", "ولا يوجد حضور أو مشاركة عن بُعد هذا العام.")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account or login mentioned")],
        "registration_form": [N("9 fields (name, e-mail, phone, national card number, hospital/university, specialty select, category radio, workshop checkbox, privacy checkbox); 7 marked (مطلوب); sensitive phone, id_document, affiliation", "tasjil.html"),
                              Q("tasjil.html", "رقم البطاقة الوطنية (مطلوب)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wusul.html", "قاعة المؤتمرات في الطابق الأرضي ويمكن دخولها بالكراسي المتحركة"),
                                    Q("wusul.html", "لأي احتياجات خاصة راسلونا على wusul@tawari.example.iq")],
        "access_services": [Q("wusul.html", "ويمكن دخولها بالكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة فورية بين العربية والإنجليزية", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/isaf.mp4">', "no track")],
        "pdf_only_documents": [Q("barnamaj.html", "البرنامج الكامل متاح فقط بصيغة PDF"), M("barnamaj.html", 'href="docs/barnamaj-2027.pdf"')],
    })
