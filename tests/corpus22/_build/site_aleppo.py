from lib import mk, placeholder_media, video, vtt, Q, M, N, entry, fld

NAV = [("index.html", "الرئيسية"), ("rusum.html", "الرسوم والمنح"), ("tasjil.html", "التسجيل"),
       ("muhadarat.html", "المحاضرات العامة"), ("wusul.html", "الوصول"), ("shuraka.html", "الشركاء"),
       ("sakan.html", "السكن والسفر"), ("furas.html", "فرص عمل")]
s = mk("warshat-tarmim-alturath-halab", "ورشات ترميم التراث المعماري — حلب", "ar-SY", "#8a5a12", "تر", NAV, dir="rtl",
       foot={"ar-SY": "<p>جمعية أصدقاء حلب القديمة — ward@turath-halab.example.sy</p>"})
placeholder_media(s, "media/hajar.mp4")
vtt(s, "media/hajar-ar.vtt", "ترميم الحجر الكلسي")

s.page("index.html", "ورشات ترميم التراث المعماري", """
<h1>ورشات ترميم التراث المعماري في حلب القديمة</h1>
<p>تنظّم جمعية أصدقاء حلب القديمة خمس ورشات تطبيقية في ترميم الحجر والخشب المعشّق والزخارف الجصّية، من ٣ إلى ٢٨ تموز ٢٠٢٧،
في بيت جنبلاط وخان الشونة، بإشراف معلّمين حرفيين ومهندسين مرمّمين.</p>
<p>التسجيل عبر <a href="@tasjil.html">الاستمارة</a>، والرسوم ومنح السكن في <a href="@rusum.html">هذه الصفحة</a>.</p>
""" + video("media/hajar.mp4", track="media/hajar-ar.vtt", track_lang="ar", label="العربية") + """
<div class="fr">
<h2>Ateliers de restauration du patrimoine</h2>
<p>L'association des Amis du vieil Alep organise cinq ateliers pratiques de restauration de la pierre, du bois
marqueté et des décors en plâtre, du 3 au 28 juillet 2027. Les ateliers se déroulent en arabe ; les conférences
publiques du jeudi sont gratuites et ouvertes à tous. L'inscription aux ateliers se fait en ligne sur ce site.</p>
</div>
""")

s.page("rusum.html", "الرسوم والمنح", """
<h1>الرسوم والمنح</h1>
<ul>
<li>رسم الورشة الواحدة (أسبوع كامل مع المواد): ٢٥٠٬٠٠٠ ل.س</li>
<li>لطلبة العمارة والفنون الجميلة: ١٠٠٬٠٠٠ ليرة سورية</li>
</ul>
<p>نقدّم منح سكن للمشاركين القادمين من المحافظات الأخرى، تغطي المبيت في نُزل الجمعية طوال أسبوع الورشة.</p>
<p>المحاضرات العامة مساء كل خميس مجانية ولا تحتاج إلى تسجيل.</p>
""")

form = "".join([
    fld("name", "الاسم الثلاثي *"), fld("email", "البريد الإلكتروني *", "email"), fld("phone", "رقم الجوال *", "tel"),
    fld("dob", "تاريخ الميلاد *", "date"), fld("uni", "الجامعة أو جهة العمل *"),
    fld("ws", "الورشة *", "select", opts=["الحجر", "الخشب المعشّق", "الجص", "الأبواب", "التوثيق"]),
    fld("folio", "ملف أعمال سابقة (اختياري)", "file"),
    fld("ok", "أتعهد بحضور الأسبوع كاملًا *", "checkbox"),
])
s.page("tasjil.html", "التسجيل", f"""
<h1>التسجيل في الورشات</h1>
<p>الحقول المعلّمة بنجمة (*) إلزامية. يُقبل في الورشات من سن الثامنة عشرة فما فوق.</p>
<form action="@tasjil.html" method="post">{form}
<button type="submit">إرسال الطلب</button></form>
""")

s.page("muhadarat.html", "المحاضرات العامة", """
<h1>المحاضرات العامة</h1>
<p>كل خميس الساعة السادسة مساءً في بيت جنبلاط: تاريخ الأسواق المسقوفة، الحجر الحلبي، توثيق البيوت التقليدية.</p>
<p>الدخول مجاني. لا تتوفر مشاركة عن بُعد؛ الورش والمحاضرات حضورية فقط.</p>
""")

s.page("wusul.html", "الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة المحاضرات في الطابق الأول ولا يوجد مصعد، ونعتذر عن ذلك. أما ساحة الورش في الخان فمكشوفة وفيها مقاعد للاستراحة.</p>
<p>يتوفر مترجم لغة الإشارة السورية للمحاضرات العامة عند الطلب.</p>
<p>لأي احتياج راسلونا على wusul@turath-halab.example.sy وسنرتب ما نستطيع.</p>
""")

s.page("shuraka.html", "الشركاء", """
<h1>الشركاء والرعاة</h1>
<p>رعاية ورشة كاملة: ٥٬٠٠٠٬٠٠٠ ل.س. ركن عرض لمنتجات الحرفيين: ٤٠٠٬٠٠٠ ل.س.</p>
""")

s.page("sakan.html", "السكن والسفر", """
<h1>السكن والسفر</h1>
<p>نُزل الجمعية (لغير الحاصلين على منحة): ٧٥٬٠٠٠ ل.س لليلة. فندق قريب: ٢٠٠٬٠٠٠ ل.س لليلة.</p>
<p>الحافلة من دمشق إلى حلب: نحو ٦٠٬٠٠٠ ل.س.</p>
""")

s.page("furas.html", "فرص عمل", """
<h1>فرص عمل</h1>
<p>مكتب ترميم يطلب مساعد مهندس؛ الأجر ٣٬٠٠٠٬٠٠٠ ل.س شهريًا.</p>
""")

ENTRY = entry(
    s, name="Architectural Heritage Restoration Workshops (heritage association, Aleppo)",
    languages=["ar", "fr"],
    fees=[(250000, "SYP"), (100000, "SYP")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=False, registration_form=(8, 7, ["phone", "birth_date", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["sign_language"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "muhadarat.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "تنظّم جمعية أصدقاء حلب القديمة خمس ورشات تطبيقية"),
                      Q("index.html", "L'association des Amis du vieil Alep organise cinq ateliers pratiques",
                        "French section without lang")],
        "un_languages": [N("ar, fr")],
        "fees": [Q("rusum.html", "رسم الورشة الواحدة (أسبوع كامل مع المواد): ٢٥٠٬٠٠٠ ل.س", "250000 SYP"),
                 Q("rusum.html", "لطلبة العمارة والفنون الجميلة: ١٠٠٬٠٠٠ ليرة سورية", "100000 SYP"),
                 Q("shuraka.html", "رعاية ورشة كاملة: ٥٬٠٠٠٬٠٠٠ ل.س.", "sponsorship and stand: not fees"),
                 Q("sakan.html", "نُزل الجمعية (لغير الحاصلين على منحة): ٧٥٬٠٠٠ ل.س لليلة.", "lodging and bus: not fees"),
                 Q("furas.html", "الأجر ٣٬٠٠٠٬٠٠٠ ل.س شهريًا", "salary: not a fee")],
        "free_option": [Q("rusum.html", "المحاضرات العامة مساء كل خميس مجانية ولا تحتاج إلى تسجيل.")],
        "fee_support": [Q("rusum.html", "لطلبة العمارة والفنون الجميلة: ١٠٠٬٠٠٠ ليرة سورية", "student rate"),
                        Q("rusum.html", "نقدّم منح سكن للمشاركين القادمين من المحافظات الأخرى", "lodging grants")],
        "remote_participation": [Q("muhadarat.html", "لا تتوفر مشاركة عن بُعد؛ الورش والمحاضرات حضورية فقط.")],
        "captcha": [N("no CAPTCHA markup")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("8 fields (name, e-mail, phone, birth date, university/employer, workshop select, portfolio "
                                "file, pledge checkbox); 7 marked *; sensitive phone, birth_date, affiliation", "tasjil.html"),
                              Q("tasjil.html", "تاريخ الميلاد *")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("tasjil.html", "يُقبل في الورشات من سن الثامنة عشرة فما فوق.", "18 in words")],
        "accessibility_statement": [Q("wusul.html", "لأي احتياج راسلونا على wusul@turath-halab.example.sy"),
                                    N("a contact for access needs; no level access claimed")],
        "access_services": [Q("wusul.html", "يتوفر مترجم لغة الإشارة السورية للمحاضرات العامة عند الطلب.", "sign_language"),
                            Q("wusul.html", "قاعة المحاضرات في الطابق الأول ولا يوجد مصعد", "no wheelchair_access (negation)")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/hajar-ar.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
