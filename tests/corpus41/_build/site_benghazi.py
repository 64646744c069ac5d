"""Benghazi, Libya: a professional engineers' syndicate's national conference on e-waste and the sustainable
digital economy (ar-LY, rtl, with an English section). Fees in LYD (Arabic-Indic digits), nothing free."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "mutamar-almukhallafat-alilikturuniya-benghazi"
NAV = [("index.html", "الرئيسية"), ("fees.html", "رسوم المشاركة"), ("registration.html", "التسجيل"),
       ("programme.html", "البرنامج"), ("venue.html", "المكان والإقامة"), ("faq.html", "الأسئلة الشائعة"),
       ("sponsors.html", "الرعاة والعارضون"), ("jobs.html", "فرص عمل")]
FOOT = ('<p>نقابة المهندسين الليبيين – فرع بنغازي (مثال)، شارع جمال عبد الناصر، بنغازي. البريد: '
        '<a href="mailto:ewaste2027@example.ly">ewaste2027@example.ly</a></p>'
        '<p><a href="@archive-2025.html">أرشيف دورة ٢٠٢٥</a> · <a href="@faq.html">الأسئلة الشائعة</a></p>')
s = mk(SLUG, "المؤتمر الوطني الأول للمخلفات الإلكترونية والاقتصاد الرقمي المستدام", "ar-LY", "#0b6e4f", "م‌إ", NAV,
       foot={"ar-LY": FOOT}, dir="rtl", newsletter={"ar-LY": ("اشترك في النشرة البريدية", "اشتراك")})
placeholder_media(s, "media/promo-ewaste.mp4")

NOFREE = "لا توجد تسجيلات مجانية؛ ويسدد المتحدثون ومقدمو الأوراق أيضًا رسوم التسجيل."
REMOTE = ("يستطيع الباحثون المقيمون خارج ليبيا تقديم أوراقهم عن بُعد عبر Microsoft Teams، "
          "والإجابة مباشرة عن أسئلة الحضور في القاعة بعد كل عرض.")
STUDENT = "الطلبة (بعد إرفاق صورة بطاقة الطالب)"
RAMP = "تُعقد الجلسات في قاعة المؤتمرات بالطابق الأرضي، ومدخلها مجهز بمنحدر للكراسي المتحركة."
INTERP = "تتوفر ترجمة فورية بين العربية والإنجليزية في الجلسات العامة."
NOSIGN = "لا تتوفر ترجمة بلغة الإشارة في هذه الدورة."
NOACC = "لا يلزم إنشاء حساب: يكفي ملء استمارة التسجيل أدناه مرة واحدة."

s.page("index.html", "المؤتمر الوطني الأول للمخلفات الإلكترونية – بنغازي ٢٠٢٧", f"""
<h1>المؤتمر الوطني الأول للمخلفات الإلكترونية والاقتصاد الرقمي المستدام</h1>
<p>بنغازي، ١٤–١٥ أبريل ٢٠٢٧ · تنظمه نقابة المهندسين الليبيين – فرع بنغازي بالتعاون مع كلية الهندسة.</p>
<p>يجمع المؤتمر المهندسين والباحثين وشركات الاتصالات والبلديات ومنظمات المجتمع المدني لمناقشة جمع
الأجهزة الإلكترونية المستعملة وإعادة تدويرها، وسياسات إطالة عمر الأجهزة، ودور مزودي خدمات الإنترنت في
الحد من المخلفات الرقمية.</p>
<ul>
<li><a href="@fees.html">رسوم المشاركة</a></li>
<li><a href="@registration.html">استمارة التسجيل</a></li>
<li><a href="@programme.html">البرنامج والعروض عن بُعد</a></li>
<li><a href="@venue.html">المكان وإمكانية الوصول والإقامة</a></li>
</ul>
<h2>فيديو تعريفي</h2>
{video("media/promo-ewaste.mp4")}
<section lang="en" dir="ltr">
<h2>In English</h2>
<p>The first national conference on e-waste and the sustainable digital economy takes place in Benghazi on
14–15 April 2027. It is organised by the Benghazi branch of the Libyan Engineers' Syndicate together with the
Faculty of Engineering, and brings together engineers, researchers, telecom operators, municipalities and civil
society.</p>
<p>Researchers based outside Libya may present their papers remotely over Microsoft Teams and answer questions from
the hall. Registration is open to everyone through the form on the registration page; the fees are listed on the
fees page. Sessions are held in Arabic with interpretation into English in the plenary.</p>
</section>
""")

s.page("fees.html", "رسوم المشاركة", f"""
<h1>رسوم المشاركة</h1>
<table>
<caption>رسوم التسجيل في المؤتمر</caption>
<tr><th>الفئة</th><th>الرسوم</th></tr>
<tr><td>المهندسون أعضاء النقابة</td><td>١٢٠ د.ل</td></tr>
<tr><td>غير الأعضاء</td><td>٢٠٠ د.ل</td></tr>
<tr><td>{STUDENT}</td><td>٤٠ د.ل</td></tr>
<tr><td>الزيارة الميدانية إلى مصنع إعادة التدوير في قنفودة (اختيارية، من برنامج المؤتمر)</td><td>٣٠ د.ل</td></tr>
</table>
<p class="note">{NOFREE}</p>
<p>تشمل الرسوم حقيبة المؤتمر ووجبتي الغداء وشهادة المشاركة. يُسدَّد المبلغ نقدًا عند الاستقبال أو بتحويل مصرفي.</p>
<p>رسوم العضوية السنوية في النقابة (٦٠ د.ل) تُدفع للنقابة وليست جزءًا من رسوم المؤتمر.</p>
<section lang="en" dir="ltr">
<h2>Fees in English</h2>
<p>Engineers who are members of the Syndicate: LYD 120. Non-members: LYD 200. Students (with a copy of the student
card): LYD 40. Optional field visit to the Qanfouda recycling plant: LYD 30. There are no free registrations;
speakers and presenters pay the fee as well.</p>
</section>
""")

FORM = "".join([
    fld("full-name", "الاسم الكامل (خانة إلزامية التعبئة)"),
    fld("national-no", "الرقم الوطني (خانة إلزامية التعبئة)"),
    fld("email", "البريد الإلكتروني (خانة إلزامية التعبئة)", "email"),
    fld("phone", "رقم الهاتف أو واتساب (خانة إلزامية التعبئة)", "tel"),
    fld("employer", "جهة العمل أو الجامعة (خانة إلزامية التعبئة)"),
    fld("syndicate-no", "رقم العضوية في النقابة (لأعضاء النقابة فقط)"),
    fld("category", "فئة التسجيل (خانة إلزامية التعبئة)", "select",
        opts=["عضو النقابة – ١٢٠ د.ل", "غير عضو – ٢٠٠ د.ل", "طالب – ٤٠ د.ل"]),
    fld("city", "المدينة", "select", opts=["بنغازي", "طرابلس", "مصراتة", "سبها", "البيضاء", "أخرى"]),
    fld("visit", "أرغب في المشاركة في الزيارة الميدانية (٣٠ د.ل)", "checkbox"),
    fld("student-card", "صورة بطاقة الطالب (للطلبة فقط)", "file"),
    fld("privacy", "أوافق على معالجة بياناتي لأغراض المؤتمر", "checkbox", req=True),
])
s.page("registration.html", "التسجيل", f"""
<h1>استمارة التسجيل</h1>
<p>{NOACC}</p>
<p>بعد إرسال الاستمارة تصلكم رسالة بتفاصيل الدفع. راجعوا <a href="@fees.html">رسوم المشاركة</a>.</p>
<form action="@registration.html" method="post" class="reg">
{FORM}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">إرسال التسجيل</button>
</form>
""")

s.page("programme.html", "البرنامج", f"""
<h1>البرنامج</h1>
<p>اليوم الأول: الجلسة الافتتاحية، ثم جلسات حول جمع المخلفات الإلكترونية وإعادة تدويرها ودور البلديات.</p>
<p>اليوم الثاني: جلسات حول التصميم المستدام للأجهزة وسياسات الشراء الحكومي، ثم الزيارة الميدانية إلى مصنع إعادة
التدوير في قنفودة (اختيارية وبرسوم، انظر <a href="@fees.html">الرسوم</a>).</p>
<p>البرنامج التفصيلي بالمواعيد وأسماء المتحدثين متاح بصيغة PDF فقط: <a href="@docs/barnamaj-mutamar-2027.pdf">تنزيل البرنامج (PDF)</a>.</p>
<h2>العروض عن بُعد</h2>
<p>{REMOTE}</p>
<h2>من موضوعات الجلسات</h2>
<p>ورقة بحثية عن أسواق الخردة في بنغازي: يبلغ سعر الكيلوغرام من النحاس المستخرج من الكوابل نحو ٤ د.ل، ومن
لوحات الدوائر نحو ١٢ د.ل.</p>
""")

s.page("venue.html", "المكان وإمكانية الوصول والإقامة", f"""
<h1>المكان وإمكانية الوصول والإقامة</h1>
<p>مركز المؤتمرات بكلية الهندسة، بنغازي.</p>
<h2>إمكانية الوصول</h2>
<p>{RAMP}</p>
<p>{INTERP}</p>
<p>{NOSIGN}</p>
<p>لأي احتياجات خاصة بإمكانية الوصول يرجى مراسلتنا على <a href="mailto:access@example.ly">access@example.ly</a> قبل أسبوعين من المؤتمر.</p>
<h2>الإقامة والتنقل</h2>
<ul>
<li>فندق المدينة (مثال): ٢٥٠ د.ل لليلة شاملة الإفطار.</li>
<li>نُزل الجامعة: ٩٠ د.ل لليلة.</li>
<li>سيارة أجرة من مطار بنينا إلى مركز المؤتمرات: نحو ٣٥ د.ل.</li>
</ul>
""")

s.page("faq.html", "الأسئلة الشائعة", f"""
<h1>الأسئلة الشائعة</h1>
<details open><summary>هل توجد تخفيضات؟</summary><p>نعم، رسوم الطلبة ٤٠ د.ل بدل ٢٠٠ د.ل لغير الأعضاء.</p></details>
<details open><summary>هل أحتاج إلى حساب على الموقع؟</summary><p>{NOACC}</p></details>
<details open><summary>هل يمكن حضور المؤتمر عن بُعد؟</summary><p>العروض عن بُعد متاحة لمقدمي الأوراق المقيمين خارج ليبيا عبر Microsoft Teams.</p></details>
<details open><summary>هل يحصل المتحدثون على إعفاء؟</summary><p>{NOFREE}</p></details>
""")

s.page("sponsors.html", "الرعاة والعارضون", """
<h1>باقات الرعاية والعرض</h1>
<table>
<tr><th>الباقة</th><th>السعر</th></tr>
<tr><td>الراعي الماسي</td><td>١٥٬٠٠٠ د.ل</td></tr>
<tr><td>الراعي الذهبي</td><td>٨٬٠٠٠ د.ل</td></tr>
<tr><td>جناح عرض (٣×٣ م)</td><td>٢٬٥٠٠ د.ل</td></tr>
<tr><td>الشركات الأجنبية (باقة دولية)</td><td>US$ 3,000</td></tr>
</table>
""")

s.page("jobs.html", "فرص عمل", """
<h1>فرص عمل لدى شركاء المؤتمر</h1>
<ul>
<li>منسق مشاريع بيئية لدى بلدية بنغازي – راتب شهري ٣٬٢٠٠ د.ل.</li>
<li>مهندس شبكات لدى شركة اتصالات – راتب شهري ٤٬٥٠٠ د.ل.</li>
</ul>
""")
s.pdf("docs/barnamaj-mutamar-2027.pdf", "Programme - National conference on e-waste, Benghazi, 14-15 April 2027\nDay 1 and Day 2 sessions")

ENTRY = entry(
    s, name="المؤتمر الوطني الأول للمخلفات الإلكترونية والاقتصاد الرقمي المستدام (بنغازي)",
    languages=["ar", "en"],
    fees=[(120, "LYD"), (200, "LYD"), (40, "LYD"), (30, "LYD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(11, 7, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["interpretation", "wheelchair_access"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "fees.html", "registration.html", "programme.html", "venue.html", "faq.html"],
    deliberate_404=["archive-2025.html"],
    evidence={
        "languages": [N("Arabic site (ar-LY) with an English section (lang=\"en\") of two paragraphs on index.html and one on fees.html"),
                      M("index.html", '<section lang="en" dir="ltr">')],
        "un_languages": [N("ar and en")],
        "fees": [Q("fees.html", "المهندسون أعضاء النقابة ١٢٠ د.ل", "members' rate: a category rate, a fee"),
                 Q("fees.html", "غير الأعضاء ٢٠٠ د.ل"), Q("fees.html", f"{STUDENT} ٤٠ د.ل"),
                 Q("fees.html", "الزيارة الميدانية إلى مصنع إعادة التدوير في قنفودة (اختيارية، من برنامج المؤتمر) ٣٠ د.ل",
                   "paid field visit of the conference itself"),
                 Q("fees.html", "Engineers who are members of the Syndicate: LYD 120.", "restated in English: no new entry"),
                 Q("fees.html", "رسوم العضوية السنوية في النقابة (٦٠ د.ل) تُدفع للنقابة وليست جزءًا من رسوم المؤتمر.", "membership dues: not a fee"),
                 Q("sponsors.html", "الراعي الذهبي ٨٬٠٠٠ د.ل", "sponsor package: not a fee"),
                 Q("venue.html", "فندق المدينة (مثال): ٢٥٠ د.ل لليلة شاملة الإفطار.", "hotel: not a fee"),
                 Q("programme.html", "يبلغ سعر الكيلوغرام من النحاس المستخرج من الكوابل نحو ٤ د.ل", "scrap price, subject of a talk: not a fee"),
                 Q("jobs.html", "راتب شهري ٣٬٢٠٠ د.ل", "salary: not a fee")],
        "free_option": [Q("fees.html", NOFREE)],
        "fee_support": [Q("faq.html", "نعم، رسوم الطلبة ٤٠ د.ل بدل ٢٠٠ د.ل لغير الأعضاء.")],
        "remote_participation": [Q("programme.html", REMOTE)],
        "captcha": [M("registration.html", '<div class="h-captcha"')],
        "account_required": [Q("registration.html", NOACC)],
        "registration_form": [N("registration.html: 11 fields (name, national number, e-mail, phone/WhatsApp, employer, syndicate number, category select, city select, field-visit checkbox, student-card file, privacy checkbox); 7 required (6 with the marker '(خانة إلزامية التعبئة)', the privacy checkbox with `required`); sensitive: id_document (national number), phone, affiliation; the syndicate membership number is not an ID")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("venue.html", RAMP)],
        "access_services": [Q("venue.html", RAMP), Q("venue.html", INTERP), Q("venue.html", NOSIGN, "negation: no sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/promo-ewaste.mp4">')],
        "pdf_only_documents": [Q("programme.html", "البرنامج التفصيلي بالمواعيد وأسماء المتحدثين متاح بصيغة PDF فقط")],
    })
