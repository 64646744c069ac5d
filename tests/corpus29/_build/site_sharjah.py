from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
s = mk("multaqa-rusum-kutub-alatfal-alshariqa", "ملتقى رسّامي كتب الأطفال — الشارقة", "ar-AE", "#7a3e9d", "رسم",
       [("index.html", "الرئيسية"), ("rusum.html", "الرسوم"), ("tasjil.html", "التسجيل"), ("bath.html", "البث"),
        ("wusul.html", "إمكانية الوصول"), ("ruat.html", "الرعاة"), ("iqama.html", "الإقامة والتنقل"), ("wazaif.html", "وظائف")],
       dir="rtl", foot={"ar-AE": "<p>جمعية الناشرين المستقلين لأدب الطفل — الشارقة · info@rusum.example.ae</p>"})
placeholder_media(s, "media/iftitah-2026.mp4")
s.page("index.html", "ملتقى رسّامي كتب الأطفال ٢٠٢٧", """
<h1>ملتقى رسّامي كتب الأطفال ٢٠٢٧</h1>
<p>تدعو جمعية الناشرين المستقلين لأدب الطفل الرسّامين والمصمّمين وطلبة الفنون إلى ثلاثة أيام من الجلسات وورش العمل في بيت الحكمة بالشارقة، من ١٠ إلى ١٢ فبراير ٢٠٢٧.</p>
<p>يتضمّن البرنامج حوارات مع رسّامين من المنطقة، وجلسات عن الكتب الصامتة، ومختبرًا للألوان المائية، ومعرضًا لأعمال المشاركين في الدورة السابقة.</p>
<p>تجدون أعمال دورة ٢٠٢٥ في <a href="@arshif-2025.html">أرشيف الملتقى</a>.</p>
<h2>لقطات من افتتاح الدورة الماضية</h2>
""" + video("media/iftitah-2026.mp4") + """
<section lang="ur" dir="rtl">
<h2>اردو بولنے والے فنکاروں کے لیے</h2>
<p>شارجہ میں مقیم بہت سے مصوّر اور ڈیزائنر اردو بولتے ہیں، اس لیے ہم نے یہ مختصر تعارف اردو میں بھی لکھا ہے۔ سمپوزیم کی تمام نشستیں عربی اور انگریزی میں ہوں گی، لیکن پورٹ فولیو کے جائزے کے دوران ہمارے رضاکار اردو میں بھی مدد کر سکتے ہیں۔</p>
<p>رجسٹریشن فارم عربی میں ہے؛ اگر آپ کو اسے پُر کرنے میں دشواری ہو تو ہمیں ای میل کریں، ہم آپ کی مدد کریں گے۔</p>
</section>
""")
s.page("rusum.html", "الرسوم", """
<h1>رسوم المشاركة</h1>
<table>
<caption>الأسعار بالدرهم الإماراتي، شاملة ضريبة القيمة المضافة</caption>
<tr><th>الفئة</th><th>السعر</th></tr>
<tr><td>بطاقة الرسّام (الأيام الثلاثة)</td><td>٣٥٠</td></tr>
<tr><td>طلبة كليات الفنون والتصميم</td><td>١٥٠</td></tr>
</table>
<p>مراجعة ملف الأعمال مع محرّر فنّي (اختيارية، ٢٠ دقيقة): ١٢٠ درهمًا إضافية، والأماكن محدودة.</p>
<p class="note">المعرض والمحاضرات العامة في القاعة الكبرى مفتوحة مجانًا للجمهور، ولا تحتاج إلى بطاقة.</p>
<p>الكتب المصوّرة المعروضة في ركن البيع تُباع بأسعار دور النشر، من ٣٥ إلى ٩٠ درهمًا.</p>
""")
s.page("tasjil.html", "التسجيل", """
<h1>استمارة التسجيل</h1>
<p>التسجيل متاح لمن بلغ من سن السادسة عشرة فما فوق. يُغلق التسجيل في ٢٠ يناير ٢٠٢٧.</p>
<form action="@tasjil.html" method="post">
""" + fld("name", "الاسم الكامل (حقل إلزامي)") + fld("eid", "رقم الهوية الإماراتية أو رقم جواز السفر (حقل إلزامي)")
    + fld("nat", "الجنسية", "select", opts=["الإمارات", "مصر", "الأردن", "الهند", "باكستان", "أخرى"])
    + fld("email", "البريد الإلكتروني (حقل إلزامي)", "email") + fld("tel", "رقم الهاتف المتحرك", "tel")
    + fld("studio", "دار النشر أو الاستوديو أو الكلية") + fld("cat", "نوع البطاقة", "select", True, ["بطاقة الرسّام", "طالب"])
    + fld("review", "أرغب في حجز مراجعة ملف الأعمال", "checkbox") + fld("folio", "ملف أعمال مختصر (PDF)", "file")
    + fld("notes", "ملاحظات", "textarea") + """
<div class="h-captcha" data-sitekey="7c1f0a2e-55b1-4c3d-9e61-2b7f0d9a1c44"></div>
<button type="submit">إرسال</button>
</form>
""")
s.page("bath.html", "البث المباشر", """
<h1>البث المباشر</h1>
<p>تُبثّ المحاضرات العامة مباشرة على قناة الجمعية في يوتيوب. البث للمشاهدة فقط؛ لا يمكن طرح الأسئلة أو المشاركة في الورش عن بُعد، وتُطرح الأسئلة في القاعة وحدها.</p>
<p><a href="https://www.youtube.com/@rusum-example">قناة الملتقى على يوتيوب</a></p>
""")
s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>تقع القاعة الكبرى في الطابق الأرضي، ويصل مصعد إلى قاعات الورش في الطابق الأول، والمداخل مهيّأة للكراسي المتحركة.</p>
<p>يمكن توفير مترجم لغة الإشارة الإماراتية للمحاضرات العامة عند الطلب قبل أسبوعين على الأقل.</p>
<p>لا تتوفر ترجمة نصية فورية للجلسات في هذه الدورة.</p>
<p>لأي احتياجات أخرى راسلوا سلمى الكعبي: wusul@rusum.example.ae</p>
""")
s.page("ruat.html", "الرعاة", """
<h1>باقات الرعاية</h1>
<ul><li>الراعي الذهبي: ١٥٬٠٠٠ درهم</li><li>راعي ركن القراءة: ٦٬٥٠٠ درهم</li><li>طاولة عرض لدار نشر: ١٬٨٠٠ درهم</li></ul>
""")
s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق الخان المطلّ على البحيرة يقدّم سعرًا خاصًا: ٤٢٠ درهمًا لليلة مع الإفطار.</p>
<p>الحافلة من محطة الاتحاد في دبي إلى الشارقة: ١٢ درهمًا. موقف السيارات في بيت الحكمة مجاني.</p>
""")
s.page("wazaif.html", "وظائف", """
<h1>فرص عمل لدى الرعاة</h1>
<p>مطلوب رسّام رسوم متحركة لدار نشر في دبي، راتب من ٩٬٠٠٠ إلى ١٢٬٠٠٠ درهم شهريًا.</p>
""")
ENTRY = entry(s, name="Children's book illustrators' symposium 2027 (independent publishers' association, Sharjah, UAE)",
    languages=["ar", "ur"], fees=[(350, "AED"), (150, "AED"), (120, "AED")], free_option=True, fee_support=True,
    remote_participation=False, captcha=["hcaptcha"], account_required=False,
    registration_form=(10, 4, ["id_document", "nationality", "phone", "affiliation"]), min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=1,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "bath.html", "wusul.html"],
    deliberate_404=["arshif-2025.html"],
    evidence={
        "languages": [Q("index.html", "تدعو جمعية الناشرين المستقلين لأدب الطفل الرسّامين والمصمّمين"),
                      M("index.html", '<section lang="ur" dir="rtl">', "Urdu section with lang"),
                      Q("index.html", "سمپوزیم کی تمام نشستیں عربی اور انگریزی میں ہوں گی")],
        "un_languages": [N("ar")],
        "fees": [Q("rusum.html", "الأسعار بالدرهم الإماراتي، شاملة ضريبة القيمة المضافة", "currency only in the caption: 350 and 150 AED"),
                 Q("rusum.html", "مراجعة ملف الأعمال مع محرّر فنّي (اختيارية، ٢٠ دقيقة): ١٢٠ درهمًا إضافية", "paid portfolio review: 120 AED"),
                 Q("rusum.html", "من ٣٥ إلى ٩٠ درهمًا", "books sold: not fees"),
                 Q("ruat.html", "الراعي الذهبي: ١٥٬٠٠٠ درهم", "sponsor packages: not fees"),
                 Q("iqama.html", "٤٢٠ درهمًا لليلة مع الإفطار", "hotel and bus: not fees"),
                 Q("wazaif.html", "راتب من ٩٬٠٠٠ إلى ١٢٬٠٠٠ درهم شهريًا", "salary: not a fee")],
        "free_option": [Q("rusum.html", "المعرض والمحاضرات العامة في القاعة الكبرى مفتوحة مجانًا للجمهور")],
        "fee_support": [Q("rusum.html", "طلبة كليات الفنون والتصميم", "student rate 150 below 350")],
        "remote_participation": [Q("bath.html", "البث للمشاهدة فقط؛ لا يمكن طرح الأسئلة أو المشاركة في الورش عن بُعد")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, Emirates ID/passport, nationality, e-mail, phone, publisher/studio, card select, review checkbox, portfolio file, notes); 3 marked (حقل إلزامي) + card select required = 4; sensitive id_document, nationality, phone, affiliation", "tasjil.html"),
                              Q("tasjil.html", "رقم الهوية الإماراتية أو رقم جواز السفر (حقل إلزامي)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("tasjil.html", "التسجيل متاح لمن بلغ من سن السادسة عشرة فما فوق")],
        "accessibility_statement": [Q("wusul.html", "والمداخل مهيّأة للكراسي المتحركة")],
        "access_services": [Q("wusul.html", "ويصل مصعد إلى قاعات الورش في الطابق الأول، والمداخل مهيّأة للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "يمكن توفير مترجم لغة الإشارة الإماراتية للمحاضرات العامة عند الطلب", "sign_language on request"),
                            Q("wusul.html", "لا تتوفر ترجمة نصية فورية للجلسات في هذه الدورة.", "captions negated")],
        "videos_without_captions": [M("index.html", 'src="media/iftitah-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
