"""Adult-literacy trainers' meeting, national literacy network, Nouakchott (ar-MR, Pulaar section with lang)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "الرئيسية"), ("rusum.html", "الرسوم والمنح"), ("tasjil.html", "التسجيل"),
       ("an-bud.html", "المشاركة عن بُعد"), ("wusul.html", "الولوج والتسهيلات"), ("shuraka.html", "الشركاء"),
       ("iqama.html", "الإقامة والتنقل"), ("wazaif.html", "وظائف")]
FOOT = {"ar-MR": '<p>الشبكة الوطنية لمكوّني محو الأمية – شارع جمال عبد الناصر، نواكشوط. البريد: multaqa@alphabetisation.example.mr</p>'
                 '<p><a href="@arshif-2024.html">أرشيف ملتقى ٢٠٢٤</a></p>'}
s = mk("multaqa-mukawwini-mahw-alummiyya-nouakchott", "الملتقى الوطني لمكوّني محو الأمية ٢٠٢٧", "ar-MR", "#7a4b12", "مأ",
       NAV, foot=FOOT, dir="rtl")
placeholder_media(s, "media/multaqa-2025.mp4")
s.pdf("docs/barnamaj-2027.pdf", "Programme - Multaqa mahw al-ummiyya 2027\nDay 1: plenary\nDay 2: workshops")

s.page("index.html", "الملتقى الوطني لمكوّني محو الأمية ٢٠٢٧", """
<h1>الملتقى الوطني لمكوّني محو الأمية</h1>
<p>تدعو الشبكة الوطنية لمكوّني محو الأمية المنشّطين والمكوّنين والمشرفين التربويين إلى ملتقاها السنوي في نواكشوط من ١٤ إلى ١٦ فبراير ٢٠٢٧، لتبادل طرق تعليم القراءة والكتابة للكبار بالعربية واللغات الوطنية.</p>
<p>يضم البرنامج جلسات عامة وورشًا تطبيقية ومعرضًا لكتب القراءة المبسّطة. <a href="@docs/barnamaj-2027.pdf">البرنامج التفصيلي (PDF)</a> — البرنامج متاح بصيغة PDF فقط.</p>
<p>من بين مواضيع هذه الدورة: فصول محو أمية الأطفال المنقطعين عن الدراسة من ٨ إلى ١٢ سنة، ودور الأمهات في تعليم القراءة.</p>
<h2>فيديو دورة ٢٠٢٥</h2>
""" + video("media/multaqa-2025.mp4") + """
<section lang="ff">
<h2>Ngam jannginooɓe janngugol e winndugol</h2>
<p>Fedde leydi ndii noddii jannginooɓe mawɓe e nder diiwaanuuji Muritani fof ngam hawrugol e Nuwaksot. Kawral ngal waɗetee e Arab, Pulaar, Wolof e Sooninke, nanondiral ina heɓoo e nder saal mawngal.</p>
<p>Jannginooɓe yahdiiɓe e janngirɗe ladde ɓe njoɓataa hay huunde; winndito e hello winndito ngo.</p>
</section>
""")

s.page("rusum.html", "الرسوم والمنح", """
<h1>رسوم المشاركة والمنح</h1>
<table>
<caption>رسوم التسجيل في الملتقى</caption>
<tr><th>الفئة</th><th>الرسوم</th></tr>
<tr><td>مكوّن أو مشرف تربوي</td><td>١٬٥٠٠ أوقية جديدة (١٥٬٠٠٠ أوقية قديمة)</td></tr>
<tr><td>ممثّل مؤسسة أو منظمة</td><td>٤٬٠٠٠ أوقية جديدة</td></tr>
</table>
<p>ورشة إعداد مواد القراءة للكبار (اختيارية، نصف يوم): ٨٠٠ أوقية جديدة إضافية.</p>
<h2>المشاركة المجانية والدعم</h2>
<p>المشاركة مجانية للمنشّطين المتطوعين في أقسام محو الأمية الريفية، بشرط تقديم إفادة من المندوبية الجهوية.</p>
<p>تُعوَّض تذاكر النقل بين الولايات للمنشّطين المتطوعين عند تقديم التذاكر الأصلية.</p>
<p>تُباع في المعرض كتب القراءة المبسّطة بأسعار من ١٥٠ إلى ٤٠٠ أوقية جديدة للنسخة.</p>
""")

form = ('<form action="@tasjil.html" method="post">'
        + fld("nom", "الاسم الكامل (خانة إجبارية)")
        + fld("nni", "الرقم الوطني للتعريف (خانة إجبارية)")
        + radios("jins", "الجنس", ["ذكر", "أنثى"])
        + fld("wilaya", "الولاية", "select", True, ["نواكشوط الغربية", "الحوض الشرقي", "لعصابة", "كوركول", "آدرار"])
        + fld("hatif", "رقم الهاتف أو واتساب (خانة إجبارية)", "tel")
        + fld("email", "البريد الإلكتروني", "email")
        + fld("muassasa", "الجمعية أو مركز محو الأمية")
        + radios("lugha", "لغة التدريس (خانة إجبارية)", ["العربية", "البولارية", "السوننكية", "الولفية"])
        + fld("warsha", "أرغب في ورشة إعداد مواد القراءة (٨٠٠ أوقية جديدة)", "checkbox")
        + fld("ihtiyajat", "احتياجات خاصة", "textarea")
        + fld("muwafaqa", "أوافق على نشر اسمي في قائمة المشاركين", "checkbox", True)
        + '<div class="g-recaptcha" data-sitekey="6Lc-example-nkc-literacy"></div>'
        + '<button type="submit">إرسال التسجيل</button></form>')
s.page("tasjil.html", "التسجيل", """
<h1>استمارة التسجيل</h1>
<p>التسجيل مفتوح لمن بلغ الحادية والعشرين من العمر ويمارس التكوين أو التنشيط في محو الأمية.</p>
<p>آخر أجل للتسجيل: ٢٠ يناير ٢٠٢٧.</p>
""" + form)

s.page("an-bud.html", "المشاركة عن بُعد", """
<h1>المشاركة من الولايات</h1>
<p>يمكن للمكوّنين في الولايات الداخلية متابعة الجلسات العامة عبر Zoom من المندوبيات الجهوية وطرح أسئلتهم مباشرة على المحاضرين.</p>
<p>الورش التطبيقية حضورية فقط.</p>
""")

s.page("wusul.html", "الولوج والتسهيلات", """
<h1>الولوج والتسهيلات</h1>
<p>يُعقد الملتقى في قاعة المؤتمرات بدار الشباب القديمة. القاعة في الطابق الأرضي ومدخلها مزوَّد بمنحدر للكراسي المتحركة.</p>
<p>تتوفر ترجمة فورية بين العربية والبولارية والولفية في الجلسات العامة.</p>
<p>لا تتوفر ترجمة بلغة الإشارة في هذه الدورة.</p>
<p>لأي احتياج خاص راسلونا على wusul@alphabetisation.example.mr قبل ١ فبراير.</p>
""")

s.page("shuraka.html", "الشركاء", """
<h1>الشركاء والرعاة</h1>
<p>باقة الشريك الرئيسي: ٥٠٬٠٠٠ أوقية جديدة، وتشمل جناحًا في المعرض.</p>
<p>باقة الشريك الداعم: ٢٠٬٠٠٠ أوقية جديدة.</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق الساحل: ٢٬٢٠٠ أوقية جديدة لليلة مع الإفطار.</p>
<p>سيارة الأجرة من المطار إلى وسط المدينة: نحو ٥٠٠ أوقية جديدة.</p>
<p>الحافلة من روصو إلى نواكشوط: ٣٠٠ أوقية جديدة.</p>
""")

s.page("wazaif.html", "وظائف", """
<h1>عروض عمل لدى الشركاء</h1>
<p>مطلوب منسّق برامج محو الأمية في كيهيدي، راتب ٢٥٬٠٠٠ أوقية جديدة شهريًا.</p>
<p>مطلوب مكوّن متنقّل في الحوض الغربي، راتب ١٨٬٠٠٠ أوقية جديدة شهريًا.</p>
""")

ENTRY = entry(
    s, name="National adult-literacy trainers' meeting 2027 (national literacy trainers' network, Nouakchott, Mauritania)",
    languages=["ar", "ff"],
    fees=[(1500, "MRU"), (4000, "MRU"), (800, "MRU")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(11, 6, ["id_document", "gender", "phone", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=21, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "an-bud.html", "wusul.html"],
    deliberate_404=["arshif-2024.html"],
    evidence={
        "languages": [Q("index.html", "لتبادل طرق تعليم القراءة والكتابة للكبار بالعربية واللغات الوطنية"),
                      M("index.html", '<section lang="ff">', "Pulaar section with lang"),
                      Q("index.html", "Jannginooɓe yahdiiɓe e janngirɗe ladde ɓe njoɓataa hay huunde")],
        "un_languages": [N("ar")],
        "fees": [Q("rusum.html", "١٬٥٠٠ أوقية جديدة (١٥٬٠٠٠ أوقية قديمة)", "1500 MRU; old-ouguiya restatement no new entry"),
                 Q("rusum.html", "٤٬٠٠٠ أوقية جديدة", "4000 MRU"),
                 Q("rusum.html", "ورشة إعداد مواد القراءة للكبار (اختيارية، نصف يوم): ٨٠٠ أوقية جديدة إضافية.", "add-on workshop 800 MRU"),
                 Q("rusum.html", "بأسعار من ١٥٠ إلى ٤٠٠ أوقية جديدة للنسخة", "books: not fees"),
                 Q("shuraka.html", "باقة الشريك الرئيسي: ٥٠٬٠٠٠ أوقية جديدة", "sponsor: not a fee"),
                 Q("iqama.html", "فندق الساحل: ٢٬٢٠٠ أوقية جديدة لليلة مع الإفطار.", "hotel, taxi, bus: not fees"),
                 Q("wazaif.html", "راتب ٢٥٬٠٠٠ أوقية جديدة شهريًا", "salary: not a fee")],
        "free_option": [Q("rusum.html", "المشاركة مجانية للمنشّطين المتطوعين في أقسام محو الأمية الريفية")],
        "fee_support": [Q("rusum.html", "تُعوَّض تذاكر النقل بين الولايات للمنشّطين المتطوعين عند تقديم التذاكر الأصلية.")],
        "remote_participation": [Q("an-bud.html", "متابعة الجلسات العامة عبر Zoom من المندوبيات الجهوية وطرح أسئلتهم مباشرة على المحاضرين")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (name, NNI, gender radio, wilaya select, phone, e-mail, association, teaching-language radio, workshop checkbox, needs textarea, consent checkbox); required: 4 marked (خانة إجبارية) + wilaya select + consent checkbox = 6; sensitive id_document, gender, phone, affiliation", "tasjil.html"),
                              Q("tasjil.html", "الرقم الوطني للتعريف (خانة إجبارية)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("tasjil.html", "التسجيل مفتوح لمن بلغ الحادية والعشرين من العمر"),
                    Q("index.html", "فصول محو أمية الأطفال المنقطعين عن الدراسة من ٨ إلى ١٢ سنة", "talk topic: not a limit")],
        "accessibility_statement": [Q("wusul.html", "القاعة في الطابق الأرضي ومدخلها مزوَّد بمنحدر للكراسي المتحركة.")],
        "access_services": [Q("wusul.html", "القاعة في الطابق الأرضي ومدخلها مزوَّد بمنحدر للكراسي المتحركة.", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة فورية بين العربية والبولارية والولفية في الجلسات العامة.", "interpretation"),
                            Q("wusul.html", "لا تتوفر ترجمة بلغة الإشارة في هذه الدورة.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/multaqa-2025.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "البرنامج متاح بصيغة PDF فقط.", "programme only as PDF")],
    })
