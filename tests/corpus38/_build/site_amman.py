"""Amman, Jordan: national forum on media and information literacy (Arabic, English sections)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "muntada-altarbiya-alilamiya-amman"
NAV = [("index.html", "الرئيسية"), ("tasjil.html", "التسجيل"), ("rusum.html", "الرسوم والمنح"),
       ("an-bud.html", "المشاركة عن بُعد"), ("wusul.html", "إمكانية الوصول"), ("iqama.html", "الإقامة والتنقل"),
       ("shuraka.html", "الشركاء"), ("wazaif.html", "فرص عمل")]
FOOT = {"ar-JO": '<p>جمعية بصيرة للتربية الإعلامية، شارع الكلية العلمية الإسلامية ٢٢، جبل اللويبدة، عمّان — '
                 'info@basira.example.jo</p>'}
s = mk(SLUG, "المنتدى الوطني الثالث للتربية الإعلامية والمعلوماتية", "ar-JO", "#7a2e8e", "بصيرة", {"ar-JO": NAV},
       foot=FOOT, dir="rtl", newsletter={"ar-JO": ("اشترك في النشرة الشهرية", "اشترك")})
placeholder_media(s, "media/muntada-2027.mp4")
s.pdf("docs/barnamaj-2027.pdf", "Al-Muntada al-Watani 2027 - programme\nDay 1: plenary, Young Reporters track\nDay 2: workshops")

T_INTRO = "تنظّم جمعية بصيرة للتربية الإعلامية الدورة الثالثة من المنتدى الوطني للتربية الإعلامية والمعلوماتية يومي ١٤ و١٥ نيسان ٢٠٢٧ في عمّان"
T_EN = "The third National Forum on Media and Information Literacy brings together teachers, librarians, journalists, students and platform representatives"
T_PDF = "البرنامج التفصيلي للجلسات متاح بصيغة PDF فقط"
s.page("index.html", "المنتدى الوطني للتربية الإعلامية ٢٠٢٧", f"""
<h1>المنتدى الوطني الثالث للتربية الإعلامية والمعلوماتية</h1>
<p>{T_INTRO}، تحت شعار «نقرأ الخبر قبل أن نشاركه». يجمع المنتدى المعلمين وأمناء المكتبات والصحفيين وطلبة الجامعات وممثلي المنصات الرقمية والجهات الحكومية لمناقشة مناهج التحقق من المعلومات وحماية الأطفال من التضليل.</p>
<p>يتضمن المنتدى جلسات عامة وورشًا تطبيقية ومسار «صحفيون صغار» لطلبة المدارس، وتنتهي أعماله بوثيقة توصيات تُرفع إلى وزارة التربية والتعليم.</p>
<p>{T_PDF}: <a href="@docs/barnamaj-2027.pdf">تنزيل البرنامج (PDF، ٢٤٠ كيلوبايت)</a>.</p>
<h2>فيديو الدورة السابقة</h2>
{video("media/muntada-2027.mp4")}
<p><a href="@arshif-2025.html">أرشيف الدورة الأولى ٢٠٢٥</a></p>
<section lang="en" dir="ltr">
<h2>In English</h2>
<p>{T_EN} from across Jordan on 14 and 15 April 2027 in Amman. Sessions cover verification methods, school curricula and the protection of children from online misinformation.</p>
<p>Most sessions are held in Arabic; the plenary keynotes are interpreted into English for international guests. Registration, fees and travel grants are explained on the Arabic pages linked above, and a short English summary of the fees is on the fees page.</p>
</section>
""")

FORM = "\n".join([
    fld("name", "الاسم الكامل (معلومة لا غنى عنها)"),
    fld("natid", "الرقم الوطني (معلومة لا غنى عنها)"),
    fld("dob", "تاريخ الميلاد", "date"),
    fld("email", "البريد الإلكتروني (معلومة لا غنى عنها)", "email"),
    fld("phone", "رقم الهاتف", "tel"),
    fld("gov", "المحافظة", "select", opts=["العاصمة", "إربد", "الزرقاء", "البلقاء", "الكرك", "معان", "الطفيلة", "العقبة", "أخرى"]),
    fld("org", "المدرسة أو الجامعة أو جهة العمل"),
    radios("cat", "الفئة", ["معلم/ة", "طالب/ة جامعي/ة", "طالب/ة مدرسة", "صحفي/ة", "أخرى"], req=True),
    fld("track", "المسار", "select", opts=["الجلسات العامة", "ورش المعلمين", "صحفيون صغار", "المكتبات"]),
    fld("grant", "أرغب في التقدم لمنحة تنقل", "checkbox"),
    fld("conduct", "أوافق على مدونة السلوك الخاصة بالمنتدى", "checkbox", req=True),
])
T_NOACC = "لا يلزم إنشاء حساب لإتمام التسجيل"
s.page("tasjil.html", "التسجيل — المنتدى الوطني للتربية الإعلامية", f"""
<h1>التسجيل في المنتدى</h1>
<p>يُغلق التسجيل في ٣١ آذار ٢٠٢٧. {T_NOACC}؛ يصلك تأكيد على بريدك الإلكتروني خلال يومي عمل.</p>
<form action="@tasjil.html" method="post">
{FORM}
<div class="g-recaptcha" data-sitekey="6Lf-basira-forum-2027-placeholder"></div>
<button type="submit">إرسال التسجيل</button>
</form>
""")

T_FREE = "يشارك معلمو المدارس الحكومية مجانًا"
T_GRANT = "يمكن لمعلمي محافظات معان والطفيلة والكرك والعقبة التقدم لمنحة تنقل قدرها ٤٠ دينارًا أردنيًا"
T_AGE = "مسار «صحفيون صغار» مفتوح لطلبة المدارس من سن الخامسة عشرة"
s.page("rusum.html", "الرسوم والمنح — المنتدى الوطني للتربية الإعلامية", f"""
<h1>الرسوم والمنح</h1>
<table>
<caption>رسوم المشاركة لدورة ٢٠٢٧</caption>
<tr><th>الفئة</th><th>الرسم</th></tr>
<tr><td>المشاركة العامة</td><td>٢٥٫٠٠٠ د.أ</td></tr>
<tr><td>طلبة الجامعات (مع بطاقة سارية)</td><td>١٠٫٠٠٠ د.أ</td></tr>
<tr><td>معلمو المدارس الحكومية</td><td>مجانًا</td></tr>
</table>
<p>{T_FREE} بعد إرفاق كتاب من مديرية التربية. تشمل الرسوم الوجبات والمواد التدريبية وشهادة الحضور.</p>
<h2>منح التنقل</h2>
<p>{T_GRANT}، تُصرف نقدًا في اليوم الأول. اختر خانة المنحة في نموذج التسجيل.</p>
<h2>طلبة المدارس</h2>
<p>{T_AGE} بموافقة ولي الأمر، ويشاركون دون رسوم ضمن وفود مدارسهم.</p>
<section lang="en" dir="ltr">
<h2>Fees in English</h2>
<p>General participation: JOD 25.000. University students with a valid card: JOD 10.000. Teachers at public schools take part free of charge. Travel grants are available to teachers from the southern governorates.</p>
</section>
""")

T_REMOTE = "تنضم المدارس في المحافظات إلى الجلسات عبر Zoom، ويطرح الطلبة أسئلتهم مباشرة على المتحدثين بعد كل جلسة"
s.page("an-bud.html", "المشاركة عن بُعد — المنتدى الوطني للتربية الإعلامية", f"""
<h1>المشاركة عن بُعد</h1>
<p>{T_REMOTE}. يرسل المنسقون رابط الاجتماع إلى المدارس المسجلة قبل يومين من المنتدى.</p>
<p>يُبث حفل الافتتاح أيضًا على يوتيوب للمشاهدة فقط.</p>
<p>للاستفسار عن المشاركة عن بُعد: zoom@basira.example.jo</p>
""")

T_WHEEL = "تُعقد الجلسات في قاعة بالطابق الأرضي في مركز اللويبدة الثقافي، ومدخلها مزوّد بمنحدر للكراسي المتحركة"
T_SIGN = "تتوفر ترجمة إلى لغة الإشارة الأردنية في الجلسات العامة"
T_CAP = "تُعرض ترجمة نصية فورية للجلسات العامة على شاشة جانبية"
s.page("wusul.html", "إمكانية الوصول — المنتدى الوطني للتربية الإعلامية", f"""
<h1>إمكانية الوصول</h1>
<p>{T_WHEEL}، وتتوفر دورة مياه مهيأة.</p>
<p>{T_SIGN}.</p>
<p>{T_CAP}.</p>
<p>لأي احتياجات وصول أخرى راسلونا على wusul@basira.example.jo قبل أسبوع من المنتدى.</p>
""")

s.page("iqama.html", "الإقامة والتنقل — المنتدى الوطني للتربية الإعلامية", """
<h1>الإقامة والتنقل</h1>
<p>فندق الشريك في جبل عمّان: ٦٥ دينارًا أردنيًا لليلة شاملة الإفطار عند الحجز برمز المنتدى.</p>
<p>حافلات جت بين العقبة وعمّان: نحو ١٠ دنانير للتذكرة الواحدة. أجرة سيارة الأجرة من وسط البلد إلى المركز نحو دينارين.</p>
""")

s.page("shuraka.html", "الشركاء والرعاة — المنتدى الوطني للتربية الإعلامية", """
<h1>الشركاء والرعاة</h1>
<table>
<caption>باقات الرعاية</caption>
<tr><th>الباقة</th><th>القيمة</th></tr>
<tr><td>الراعي الذهبي</td><td>٥٬٠٠٠ د.أ</td></tr>
<tr><td>الراعي الفضي</td><td>٢٬٥٠٠ د.أ</td></tr>
<tr><td>طاولة عرض للمؤسسات</td><td>٣٥٠ د.أ</td></tr>
</table>
<p>للاستفسار: shuraka@basira.example.jo</p>
""")

s.page("wazaif.html", "فرص عمل — المنتدى الوطني للتربية الإعلامية", """
<h1>مطلوب مقررو جلسات</h1>
<p>نبحث عن ستة مقررين ومقررات لتوثيق الجلسات وكتابة الملخصات، بمكافأة قدرها ٦٠ دينارًا أردنيًا عن كل يوم عمل.</p>
<p>أرسل سيرتك الذاتية إلى jobs@basira.example.jo قبل ١٥ آذار.</p>
""")

PP = ["index.html", "tasjil.html", "rusum.html", "an-bud.html", "wusul.html"]
ENTRY = entry(
    s, name="National Forum on Media and Information Literacy 2027 (Basira Association for Media Education, Amman, Jordan)",
    languages=["ar", "en"],
    fees=[(25, "JOD"), (10, "JOD")],
    free_option=True, fee_support=True, remote_participation=True,
    captcha=["recaptcha"], account_required=False,
    registration_form=(11, 5, ["id_document", "birth_date", "phone", "affiliation"]),
    min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=PP, deliberate_404=["arshif-2025.html"],
    evidence={
        "languages": [Q("index.html", T_INTRO), M("index.html", '<section lang="en" dir="ltr">', "English section (two paragraphs)"),
                      M("rusum.html", '<section lang="en" dir="ltr">', "English fee summary")],
        "un_languages": [N("ar, en")],
        "fees": [Q("rusum.html", "المشاركة العامة ٢٥٫٠٠٠ د.أ", "25 JOD (three decimals)"),
                 Q("rusum.html", "طلبة الجامعات (مع بطاقة سارية) ١٠٫٠٠٠ د.أ", "10 JOD"),
                 Q("rusum.html", "General participation: JOD 25.000", "restated in English: no new entry"),
                 Q("rusum.html", T_GRANT, "travel grant: not a fee"),
                 Q("iqama.html", "٦٥ دينارًا أردنيًا لليلة", "hotel: not a fee"),
                 Q("shuraka.html", "٥٬٠٠٠ د.أ", "sponsor: not a fee"),
                 Q("wazaif.html", "بمكافأة قدرها ٦٠ دينارًا أردنيًا عن كل يوم عمل", "rapporteurs' daily pay: not a fee")],
        "free_option": [Q("rusum.html", T_FREE)],
        "fee_support": [Q("rusum.html", T_GRANT), Q("rusum.html", "طلبة الجامعات (مع بطاقة سارية) ١٠٫٠٠٠ د.أ", "student rate")],
        "remote_participation": [Q("an-bud.html", T_REMOTE), Q("an-bud.html", "يُبث حفل الافتتاح أيضًا على يوتيوب للمشاهدة فقط", "watch-only stream beside Zoom participation")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [Q("tasjil.html", T_NOACC)],
        "registration_form": [N("11 fields: name, national number, birth date, e-mail, phone, governorate select, school/university/employer, "
                                "category radio, track select, travel-grant checkbox, code-of-conduct checkbox; required: 3 marked "
                                "(معلومة لا غنى عنها) + category radio + code of conduct = 5", "tasjil.html"),
                              Q("tasjil.html", "الرقم الوطني (معلومة لا غنى عنها)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("rusum.html", T_AGE)],
        "accessibility_statement": [Q("wusul.html", T_WHEEL)],
        "access_services": [Q("wusul.html", T_WHEEL, "wheelchair_access"), Q("wusul.html", T_SIGN, "sign_language"),
                            Q("wusul.html", T_CAP, "captions"),
                            Q("index.html", "the plenary keynotes are interpreted into English", "interpretation (corrected after the author's report)")],
        "videos_without_captions": [M("index.html", 'src="media/muntada-2027.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", T_PDF)],
    })
