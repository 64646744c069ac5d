from lib import *

NAV = [("index.html", "الرئيسية"), ("rusum.html", "الرسوم"), ("tasjil.html", "تسجيل الفرق"),
       ("online.html", "القسم الإلكتروني"), ("wusul.html", "إمكانية الوصول"), ("qawaid.html", "قواعد المناظرة"),
       ("jawaiz.html", "الجوائز"), ("ruaat.html", "الرعاة والإقامة")]
FOOT = {"ar-QA": '<p>رابطة الدوحة للمناظرات المدرسية (اسم افتراضي) · مبنى الأنشطة الطلابية، الدفنة، الدوحة · '
        '<a href="mailto:furaq@doha-munazarat.example.qa">furaq@doha-munazarat.example.qa</a></p>'}
s = mk("butulat-almunazarat-almadrasiya-doha", "بطولة الدوحة للمناظرات المدرسية ٢٠٢٧", "ar-QA", "#7a1f3d", "منا", NAV,
       foot=FOOT, dir="rtl")
placeholder_media(s, "media/nihaiyat-2026.mp4")

s.page("index.html", "بطولة الدوحة للمناظرات المدرسية ٢٠٢٧", """
<h1>بطولة الدوحة للمناظرات المدرسية ٢٠٢٧</h1>
<p>تنظّم رابطة الدوحة للمناظرات المدرسية دورتها التاسعة من ١٨ إلى ٢١ شباط ٢٠٢٧ في قاعة الأنشطة الطلابية بالدفنة. تتنافس
الفرق المدرسية في جولات تمهيدية ثم في أدوار إقصائية، وتُعلن القضايا قبل كل جولة بعشرين دقيقة.</p>
<p>يضم كل فريق طالبين أو ثلاثة طلاب ومدربًا من المدرسة. يمكن للفرق أن تختار القسم الحضوري في الدوحة أو القسم
الإلكتروني الذي يُقام عن بُعد.</p>
<h2>نهائي ٢٠٢٦</h2>
VIDEO
<div dir="ltr">
<h2>English-language division</h2>
<p>Teams may also debate in English. The English division follows the same calendar and the same rules as the
Arabic division, and its final is judged by a panel of university debaters from across the Gulf.</p>
<p>Coaches of English-division teams receive the motion bank and the adjudication guide two weeks before the
championship.</p>
</div>
""".replace("VIDEO", video("media/nihaiyat-2026.mp4")))

s.page("rusum.html", "رسوم المشاركة", """
<h1>رسوم المشاركة</h1>
<table>
<caption>رسوم المشاركة لكل فريق (ريال قطري)</caption>
<tr><th>القسم</th><th>الرسم</th></tr>
<tr><td>القسم الحضوري — فرق المدارس الخاصة والدولية</td><td>٣٠٠</td></tr>
<tr><td>القسم الإلكتروني — جميع المدارس</td><td>١٥٠</td></tr>
</table>
<p>تُعفى فرق المدارس الحكومية من رسوم المشاركة في القسمين.</p>
<p>تُدفع الرسوم بتحويل بنكي بعد تأكيد قبول الفريق. قمصان الفريق الرسمية متاحة في متجر البطولة بسعر ٤٥ ر.ق للقميص.</p>
""")

FORM = "".join([
    '<fieldset><legend>المدرسة</legend>',
    fld("school", "اسم المدرسة (مطلوب)", req=True),
    radios("stype", "نوع المدرسة (مطلوب)", ["حكومية", "خاصة أو دولية"], req=True),
    radios("div", "القسم (مطلوب)", ["الحضوري", "الإلكتروني"], req=True),
    fld("lang", "لغة المناظرة", "select", opts=["العربية", "الإنجليزية"]),
    '</fieldset><fieldset><legend>المدرب</legend>',
    fld("cname", "اسم المدرب (مطلوب)", req=True),
    fld("cphone", "هاتف المدرب (مطلوب)", "tel", req=True),
    fld("cmail", "البريد الإلكتروني للمدرب (مطلوب)", "email", req=True),
    '</fieldset><fieldset><legend>الطلاب</legend>',
    fld("m1", "اسم الطالب الأول (مطلوب)", req=True),
    fld("m1b", "تاريخ ميلاد الطالب الأول (مطلوب)", "date", req=True),
    fld("m2", "اسم الطالب الثاني (مطلوب)", req=True),
    fld("m2b", "تاريخ ميلاد الطالب الثاني (مطلوب)", "date", req=True),
    fld("m3", "اسم الطالب الثالث (اختياري)"),
    fld("m3b", "تاريخ ميلاد الطالب الثالث (اختياري)", "date"),
    fld("qid", "رقم البطاقة الشخصية القطرية لقائد الفريق (مطلوب)", req=True),
    '</fieldset>',
    fld("consent", "أقر بموافقة أولياء أمور الطلاب على المشاركة (مطلوب)", "checkbox", req=True),
])
s.page("tasjil.html", "تسجيل الفرق", f"""
<h1>تسجيل الفرق</h1>
<p>المسابقة مفتوحة لطلاب المدارس من ١٣ إلى ١٨ سنة. يسجّل المدرب الفريق باستمارة واحدة قبل ٢٠ كانون الثاني ٢٠٢٧.</p>
<form action="@tasjil.html" method="post">
{FORM}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">تسجيل الفريق</button>
</form>
""")

s.page("online.html", "القسم الإلكتروني", """
<h1>القسم الإلكتروني</h1>
<p>تتناظر فرق القسم الإلكتروني مباشرة عبر Zoom أمام لجنة التحكيم، وتلقي كل فرقة كلماتها وردودها في الوقت الحقيقي كما في
القاعة. يُرسل رابط كل جولة إلى المدرب قبل بدايتها بساعة.</p>
<p>يحتاج كل طالب إلى كاميرا وميكروفون واتصال مستقر، ويجب أن يكون المدرب حاضرًا مع الفريق أثناء الجولة.</p>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة الأنشطة الطلابية مهيأة للكراسي المتحركة ومزودة بمصعد إلى قاعات الجولات في الطابق الأول.</p>
<p>لا تتوفر ترجمة بلغة الإشارة هذا العام.</p>
<p>يمكن للمدربين إبلاغنا بأي احتياجات للطلاب عبر <a href="mailto:wusul@doha-munazarat.example.qa">wusul@doha-munazarat.example.qa</a>.</p>
""")

s.page("qawaid.html", "قواعد المناظرة", """
<h1>قواعد المناظرة</h1>
<p>تتألف كل مناظرة من فريقين: الموالاة والمعارضة. يلقي كل متحدث كلمة مدتها سبع دقائق ثم تأتي الردود.</p>
<p>تُمنح النقاط على المضمون والأسلوب والاستراتيجية، ويُعلن الحكام قرارهم مع ملاحظات شفهية بعد كل جولة.</p>
""")

s.page("jawaiz.html", "الجوائز", """
<h1>الجوائز</h1>
<p>يحصل الفريق الفائز بالمركز الأول على جائزة قدرها ٢٠٬٠٠٠ ر.ق لمكتبة مدرسته، وأفضل متحدث على ٥٬٠٠٠ ريال قطري.</p>
""")

s.page("ruaat.html", "الرعاة والإقامة", """
<h1>الرعاة والإقامة</h1>
<p>باقة الراعي الذهبي: ٤٠٬٠٠٠ ر.ق، وتشمل شعار الراعي على منصة النهائي.</p>
<p>فندق الخليج الغربي (سعر خاص للفرق القادمة من خارج الدوحة): ٣٥٠ ر.ق لليلة.</p>
""")

ENTRY = entry(s, name="Doha School Debating Championship 2027 (schools debating league, Doha, Qatar)",
    languages=["ar", "en"], fees=[(300, "QAR"), (150, "QAR")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(15, 12, ["affiliation", "phone", "birth_date", "id_document"]),
    registration_host=None, registration_pdf_only=False, min_age=13, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "online.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "تنظّم رابطة الدوحة للمناظرات المدرسية دورتها التاسعة"),
                      Q("index.html", "Teams may also debate in English. The English division follows the same calendar",
                        "English section without a lang attribute: counts")],
        "un_languages": [N("ar, en")],
        "fees": [Q("rusum.html", "رسوم المشاركة لكل فريق (ريال قطري)", "currency from the caption: QAR"),
                 Q("rusum.html", "القسم الحضوري — فرق المدارس الخاصة والدولية ٣٠٠", "300 QAR per team"),
                 Q("rusum.html", "القسم الإلكتروني — جميع المدارس ١٥٠", "online division 150 QAR"),
                 Q("rusum.html", "قمصان الفريق الرسمية متاحة في متجر البطولة بسعر ٤٥ ر.ق للقميص.", "goods: not a fee"),
                 Q("jawaiz.html", "جائزة قدرها ٢٠٬٠٠٠ ر.ق", "prizes: not fees"),
                 Q("ruaat.html", "باقة الراعي الذهبي: ٤٠٬٠٠٠ ر.ق", "sponsor and hotel: not fees")],
        "free_option": [Q("rusum.html", "تُعفى فرق المدارس الحكومية من رسوم المشاركة في القسمين.", "free for one group")],
        "fee_support": [Q("rusum.html", "تُعفى فرق المدارس الحكومية من رسوم المشاركة في القسمين.", "waiver for one group: support")],
        "remote_participation": [Q("online.html", "تتناظر فرق القسم الإلكتروني مباشرة عبر Zoom أمام لجنة التحكيم")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("15 fields (school, school-type radio, division radio, language select, coach name, phone, e-mail, three members' names and birth dates, team leader's QID, consent checkbox); 12 marked (مطلوب); sensitive affiliation, phone, birth_date, id_document", "tasjil.html"),
                              Q("tasjil.html", "رقم البطاقة الشخصية القطرية لقائد الفريق (مطلوب)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("tasjil.html", "المسابقة مفتوحة لطلاب المدارس من ١٣ إلى ١٨ سنة.", "lower bound 13")],
        "accessibility_statement": [Q("wusul.html", "قاعة الأنشطة الطلابية مهيأة للكراسي المتحركة ومزودة بمصعد")],
        "access_services": [Q("wusul.html", "مهيأة للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "لا تتوفر ترجمة بلغة الإشارة هذا العام.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/nihaiyat-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
