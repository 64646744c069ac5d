from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt
NAV = [("index.html", "الرئيسية"), ("rusum.html", "المشاركة والرسوم"), ("tasjil.html", "تسجيل الفرق"),
       ("nizam.html", "النظام الداخلي"), ("wusul.html", "الولوجيات"), ("shuraka.html", "الشركاء"),
       ("iqama.html", "الإيواء والتنقل"), ("akhbar.html", "الأخبار")]
s = mk("mahrajan-almasrah-almadrasi-meknes", "المهرجان الجهوي للمسرح المدرسي — مكناس", "ar-MA", "#0f5e4a", "م", NAV, dir="rtl",
       foot={"ar-MA": "<p>جمعية أصدقاء الخشبة المدرسية، مكناس — festival@khachaba.example.ma</p>"})
placeholder_media(s, "media/dawra.mp4")
vtt(s, "media/dawra-ar.vtt", "افتتاح الدورة السابقة")
s.pdf("docs/nizam-dakhili.pdf", "Reglement interieur du festival regional de theatre scolaire - Meknes 2027")
s.page("index.html", "المهرجان الجهوي للمسرح المدرسي", """
<h1>المهرجان الجهوي للمسرح المدرسي — الدورة السابعة</h1>
<p>تتنافس فرق المؤسسات التعليمية العمومية والخصوصية بجهة فاس مكناس على خشبة المركز الثقافي بمكناس من ٢٠ إلى ٢٤ أبريل ٢٠٢٧، مع ورشات تكوينية للأساتذة المؤطرين.</p>
<p>راجعوا <a href="@rusum.html">شروط المشاركة والرسوم</a> ثم <a href="@tasjil.html">سجّلوا فرقتكم</a>.</p>
""" + video("media/dawra.mp4", track="media/dawra-ar.vtt", track_lang="ar", label="العربية") + """
<section>
<h2>Le festival en bref</h2>
<p>Le festival régional de théâtre scolaire réunit chaque printemps les troupes des collèges et lycées de la région Fès-Meknès. Les représentations ont lieu au centre culturel de Meknès et sont ouvertes au public.</p>
<p>Les enseignantes et enseignants qui encadrent une troupe peuvent suivre un atelier de mise en scène pendant le festival. Les inscriptions se font en ligne avant le 15 mars.</p>
</section>
""")
s.page("rusum.html", "المشاركة والرسوم", """
<h1>المشاركة والرسوم</h1>
<p>رسم مشاركة كل فرقة مدرسية: ٨٠٠ درهم، تشمل وجبة الغداء لأعضاء الفرقة يوم العرض.</p>
<p>ورشة الإخراج المسرحي للأساتذة المؤطرين: ١٥٠ د.م. للأستاذ.</p>
<p>جميع العروض مفتوحة للجمهور مجانًا في حدود المقاعد المتوفرة.</p>
<p>تُعوَّض مصاريف تنقل الفرق القادمة من المدارس القروية بعد تقديم تذاكر الحافلة.</p>
<p>تُبث العروض مباشرة على يوتيوب للمشاهدة فقط، ولا تُقبل المشاركة عن بُعد.</p>
""")
s.page("tasjil.html", "تسجيل الفرق", """
<h1>استمارة تسجيل فرقة</h1>
<p>يملأ الاستمارة الأستاذ المؤطر للفرقة.</p>
<form action="@tasjil.html" method="post">
""" + fld("school", "اسم المؤسسة التعليمية (إجباري)") + fld("teacher", "اسم الأستاذ المؤطر (إجباري)")
  + fld("tphone", "هاتف الأستاذ (إجباري)", "tel") + fld("email", "البريد الإلكتروني (إجباري)", "email")
  + fld("dir", "المديرية الإقليمية (إجباري)", "select", opts=["مكناس", "فاس", "إفران", "الحاجب", "تازة"])
  + fld("n", "عدد التلاميذ في الفرقة", "number") + fld("title", "عنوان المسرحية (إجباري)")
  + fld("script", "نص المسرحية", "file")
  + fld("consent", "أرفقتُ موافقات أولياء أمور التلاميذ (إجباري)", "checkbox")
  + fld("rules", "قرأتُ النظام الداخلي للمهرجان وأوافق عليه (إجباري)", "checkbox") + """
<button type="submit">تسجيل الفرقة</button>
</form>
""")
s.page("nizam.html", "النظام الداخلي", """
<h1>النظام الداخلي</h1>
<p>النظام الداخلي للمهرجان متاح بصيغة PDF فقط: <a href="@docs/nizam-dakhili.pdf">تحميل النظام الداخلي</a>.</p>
<p>يشارك التلاميذ من سن الثانية عشرة إلى الثامنة عشرة، ولا تتجاوز مدة العرض خمسًا وثلاثين دقيقة.</p>
""")
s.page("wusul.html", "الولوجيات", """
<h1>الولوجيات</h1>
<p>قاعة المركز الثقافي مجهزة بمنحدر عند المدخل الرئيسي ومقاعد مخصصة لمستعملي الكراسي المتحركة.</p>
<p>يُترجم حفل الاختتام إلى لغة الإشارة المغربية.</p>
<p>للاستفسار عن أي حاجة خاصة: wuloujiyat@khachaba.example.ma</p>
""")
s.page("shuraka.html", "الشركاء", """
<h1>الشركاء</h1>
<p>باقة الشريك الرئيسي: ٢٠٬٠٠٠ درهم. رواق عرض لدور النشر: ١٬٢٠٠ درهم.</p>
""")
s.page("iqama.html", "الإيواء والتنقل", """
<h1>الإيواء والتنقل</h1>
<p>داخلية الثانوية التأهيلية: ٦٠ درهمًا لليلة للتلميذ. القطار من فاس إلى مكناس: ٢٥ درهمًا.</p>
""")
s.page("akhbar.html", "الأخبار", """
<h1>الأخبار</h1>
<p>جائزة أحسن عرض متكامل: ٥٬٠٠٠ درهم تُمنح للمؤسسة الفائزة.</p>
""")
ENTRY = entry(s, name="Regional School Theatre Festival, Meknes 2027 (school-theatre association, Meknes)",
    languages=["ar", "fr"], fees=[(800, "MAD"), (150, "MAD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=False, registration_form=(10, 8, ["phone", "affiliation"]), min_age=12,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "nizam.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "تتنافس فرق المؤسسات التعليمية العمومية والخصوصية"),
                      Q("index.html", "Le festival régional de théâtre scolaire réunit chaque printemps", "French section without lang")],
        "un_languages": [N("ar, fr")],
        "fees": [Q("rusum.html", "رسم مشاركة كل فرقة مدرسية: ٨٠٠ درهم", "800 MAD per troupe"),
                 Q("rusum.html", "ورشة الإخراج المسرحي للأساتذة المؤطرين: ١٥٠ د.م. للأستاذ.", "add-on workshop: 150 MAD"),
                 Q("shuraka.html", "باقة الشريك الرئيسي: ٢٠٬٠٠٠ درهم.", "sponsor and stand: not fees"),
                 Q("iqama.html", "داخلية الثانوية التأهيلية: ٦٠ درهمًا لليلة للتلميذ.", "lodging and train: not fees"),
                 Q("akhbar.html", "جائزة أحسن عرض متكامل: ٥٬٠٠٠ درهم", "prize: not a fee")],
        "free_option": [Q("rusum.html", "جميع العروض مفتوحة للجمهور مجانًا في حدود المقاعد المتوفرة.")],
        "fee_support": [Q("rusum.html", "تُعوَّض مصاريف تنقل الفرق القادمة من المدارس القروية بعد تقديم تذاكر الحافلة.", "transport refund")],
        "remote_participation": [Q("rusum.html", "تُبث العروض مباشرة على يوتيوب للمشاهدة فقط، ولا تُقبل المشاركة عن بُعد.")],
        "captcha": [N("no CAPTCHA markup")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (school, teacher, teacher phone, e-mail, directorate select, number of pupils, play title, script file, consent checkbox, rules checkbox); 8 marked (إجباري); sensitive affiliation (school), phone", "tasjil.html"),
                              Q("tasjil.html", "هاتف الأستاذ (إجباري)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("nizam.html", "يشارك التلاميذ من سن الثانية عشرة إلى الثامنة عشرة", "12 in words")],
        "accessibility_statement": [Q("wusul.html", "قاعة المركز الثقافي مجهزة بمنحدر عند المدخل الرئيسي ومقاعد مخصصة لمستعملي الكراسي المتحركة.")],
        "access_services": [Q("wusul.html", "مقاعد مخصصة لمستعملي الكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "يُترجم حفل الاختتام إلى لغة الإشارة المغربية.", "sign_language")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/dawra-ar.vtt"', "the only video has captions")],
        "pdf_only_documents": [Q("nizam.html", "النظام الداخلي للمهرجان متاح بصيغة PDF فقط"), M("nizam.html", 'href="docs/nizam-dakhili.pdf"')],
    })
