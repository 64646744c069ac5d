from lib import mk, Q, M, N, entry, video, placeholder_media, vtt
NAV = {"ar": [("index.html", "الرئيسية"), ("tasjeel.html", "التسجيل"), ("wusul.html", "إمكانية الوصول"), ("maarad.html", "المعرض"), ("funduq.html", "الفنادق"), ("jawaez.html", "الجوائز"), ("en/index.html", "English")],
       "en": [("en/index.html", "Home"), ("index.html", "العربية")]}
s = mk("usbu-alhukuma-aliliktroniya-muscat", "أسبوع الحكومة الإلكترونية", "ar", "#4e342e", "EG", NAV, dir="rtl",
       foot={"ar": "<p>الأمانة العامة · info@egov-week.example.om</p>"})
placeholder_media(s, "media/promo.mp4"); vtt(s, "media/promo.ar.vtt", "مرحبا بكم")
s.page("index.html", "أسبوع الحكومة الإلكترونية ٢٠٢٧ — مسقط", """
<h1>أسبوع الحكومة الإلكترونية ٢٠٢٧</h1>
<p>مسقط، من ١٢ إلى ١٦ فبراير. يجمع الأسبوع الجهات الحكومية وشركات التقنية والجامعات لمناقشة الخدمات الرقمية والهوية الإلكترونية والتحول الرقمي في دول الخليج.</p>
<p>التسجيل مجاني لجميع الزوار. <a href="@tasjeel.html">سجّل الآن</a></p>
""" + video("media/promo.mp4", track="media/promo.ar.vtt", track_lang="ar", label="العربية") + "\n")
s.page("tasjeel.html", "التسجيل", """
<h1>التسجيل</h1>
<form action="@tasjeel.html" method="post">
  <label for="n">الاسم الكامل *</label><input type="text" id="n" name="name">
  <label for="e">البريد الإلكتروني *</label><input type="email" id="e" name="email">
  <label for="m">رقم الهاتف *</label><input type="tel" id="m" name="mobile">
  <label for="j">جهة العمل</label><input type="text" id="j" name="employer">
  <label for="nat">الجنسية *</label><select id="nat" name="nationality"><option>عُماني</option><option>أخرى</option></select>
  <label for="cid">الرقم المدني أو رقم جواز السفر *</label><input type="text" id="cid" name="civil_id">
  <div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-000000000002"></div>
  <button type="submit">إرسال</button>
</form>
<p>يجب ألا يقل عمر المشارك عن ثمانية عشر عامًا.</p>
""")
s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>مركز المعارض مهيأ لمستخدمي الكراسي المتحركة، وتتوفر ترجمة فورية بين العربية والإنجليزية في القاعة الرئيسية. لطلبات ذوي الإعاقة يرجى التواصل مع access@egov-week.example.om.</p>
""")
s.page("maarad.html", "المعرض", """<h1>المعرض</h1><p>جناح عرض ٩ أمتار مربعة: ٢٬٥٠٠ ر.ع. باقة الراعي البلاتيني: OMR 20,000.</p>""")
s.page("funduq.html", "الفنادق", """<h1>الفنادق والتأشيرات</h1><p>فندق الخليج: ٤٥ ر.ع. لليلة. رسوم التأشيرة السياحية: ٥ ر.ع. حافلة مجانية من الفنادق.</p>""")
s.page("jawaez.html", "الجوائز", """<h1>جوائز التميز</h1><p>جائزة أفضل خدمة حكومية رقمية: ١٠٬٠٠٠ ر.ع. من فعاليات البرنامج: «تسجيل الشركات إلكترونيًا» و«رسوم الخدمات الرقمية».</p>""")
s.page("en/index.html", "e-Government Week 2027 — Muscat", """
<h1>e-Government Week 2027</h1>
<p>Muscat, 12–16 February. Government entities, technology companies and universities meet to discuss digital services, electronic identity and digital transformation in the Gulf.
Registration is free for all visitors; the registration form is in Arabic. The exhibition centre is wheelchair accessible.</p>
""", lang="ar")
ENTRY = entry(s, name="أسبوع الحكومة الإلكترونية (Gulf e-government week)",
    languages=["ar", "en"], free_option=True, fee_support=False, remote_participation=False, captcha=["hcaptcha"], account_required=False,
    registration_form=(6, 5, ["phone", "affiliation", "nationality", "id_document"]), min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"],
    participation_pages=["index.html", "tasjeel.html", "wusul.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "يجمع الأسبوع الجهات الحكومية وشركات التقنية والجامعات"),
                      Q("en/index.html", "Government entities, technology companies and universities meet", "English page with a wrong lang=\"ar\"")],
        "un_languages": [N("ar and en")],
        "fees": [Q("index.html", "التسجيل مجاني لجميع الزوار."), Q("maarad.html", "جناح عرض ٩ أمتار مربعة: ٢٬٥٠٠ ر.ع.", "exhibition/sponsor, not fees"),
                 Q("funduq.html", "فندق الخليج: ٤٥ ر.ع. لليلة.", "hotel and visa, not fees"), Q("jawaez.html", "١٠٬٠٠٠ ر.ع.", "prize, not a fee")],
        "free_option": [Q("index.html", "التسجيل مجاني لجميع الزوار.")],
        "fee_support": [N("no grants or support (and nothing to waive)")],
        "remote_participation": [N("nothing about remote participation")],
        "captcha": [M("tasjeel.html", '<div class="h-captcha"')], "account_required": [N("none")],
        "registration_form": [N("6 fields: name*, email*, phone*, employer (affiliation, optional), nationality* (select), civil ID/passport*; "
                                "5 required by *", "tasjeel.html")],
        "registration_host": [N("native")], "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("tasjeel.html", "يجب ألا يقل عمر المشارك عن ثمانية عشر عامًا.", "eighteen in words")],
        "accessibility_statement": [Q("wusul.html", "لطلبات ذوي الإعاقة يرجى التواصل مع access@egov-week.example.om.")],
        "access_services": [Q("wusul.html", "مركز المعارض مهيأ لمستخدمي الكراسي المتحركة"), Q("wusul.html", "ترجمة فورية بين العربية والإنجليزية")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/promo.ar.vtt"')],
        "pdf_only_documents": [N("no PDF")],
    })
