"""Annual conference of a (fictional) rural and family medicine society, Alexandria (ar-EG, rtl; English fees page)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "الرئيسية"), ("barnamaj.html", "البرنامج"), ("rusum.html", "الرسوم والحضور"),
       ("tasjil.html", "التسجيل"), ("wusul.html", "إتاحة المكان"), ("maarid.html", "المعرض والرعاة"),
       ("iqama.html", "الإقامة"), ("en/fees.html", "English")]
NAV_EN = [("index.html", "Arabic home"), ("en/fees.html", "Fees (English)"), ("tasjil.html", "Registration (Arabic)")]
FOOT = {"ar": '<p>الجمعية المصرية لطب الريف والأسرة – فرع الإسكندرية · 14 شارع فؤاد، الإسكندرية · '
              '<a href="mailto:info@example.org">info@example.org</a></p>',
        "en": '<p>Egyptian Society of Rural and Family Medicine – Alexandria Branch · info@example.org</p>'}
s = mk("mutamar-tibb-rifi-usra-iskandariya", "المؤتمر السنوي الحادي عشر لطب الريف والأسرة", "ar-EG", "#0b6e4f", "طر",
       {"ar-EG": NAV, "en": NAV_EN}, dir="rtl", foot={"ar-EG": FOOT["ar"], "en": FOOT["en"]})
placeholder_media(s, "media/promo.mp4")

s.page("index.html", "المؤتمر السنوي الحادي عشر لطب الريف والأسرة – الإسكندرية ٢٠٢٧", f"""
<h1>المؤتمر السنوي الحادي عشر لطب الريف والأسرة</h1>
<p>الإسكندرية، فندق كورنيش الشاطبي، ١١–١٣ مارس ٢٠٢٧. يجمع المؤتمر أطباء الوحدات الصحية الريفية وأطباء الأسرة
والتمريض والصيادلة لمناقشة الرعاية الأولية في القرى والنجوع، ويمنح المشاركون ساعات تعليم طبي مستمر.</p>
<ul>
  <li><a href="@rusum.html">الرسوم وطريقة الحضور</a></li>
  <li><a href="@tasjil.html">استمارة التسجيل</a></li>
  <li><a href="@wusul.html">إتاحة المكان والترجمة</a></li>
  <li><a href="@en/fees.html" hreflang="en" lang="en">Fees in English</a></li>
  <li><a href="@mahadir-2026.html">محاضر المؤتمر العاشر ٢٠٢٦</a></li>
</ul>
<h2>فيلم تعريفي بالمؤتمر العاشر</h2>
{video("media/promo.mp4")}
""", alternates=[("ar", "index.html"), ("en", "en/fees.html")])

s.page("barnamaj.html", "البرنامج العلمي", """
<h1>البرنامج العلمي</h1>
<h2>الخميس ١١ مارس</h2>
<ul>
  <li>تسجيل المرضى في السجلات الإلكترونية بالوحدات الريفية – د. هشام عبد الباري</li>
  <li>إتاحة الخدمات الصحية للأشخاص ذوي الإعاقة في القرى – د. سلوى منصور</li>
  <li>صحة المراهقين من ١٢ إلى ١٧ سنة في المدارس الريفية</li>
</ul>
<h2>الجمعة ١٢ مارس</h2>
<ul>
  <li>لغة التواصل مع المريض: كيف نشرح الوصفة بلغة بسيطة؟</li>
  <li>ورشة: الموجات فوق الصوتية عند سرير المريض (ضمن البرنامج، دون رسوم إضافية)</li>
  <li>اقتصاديات الرعاية الأولية: قراءة في موازنة صحية بـ٣ مليارات جنيه</li>
</ul>
""")

s.page("rusum.html", "الرسوم وطريقة الحضور", """
<h1>الرسوم وطريقة الحضور</h1>
<table>
  <caption>رسوم التسجيل (جنيه مصري)</caption>
  <tr><th>الفئة</th><th>حتى ١٥ فبراير ٢٠٢٧</th><th>بعد ١٥ فبراير ٢٠٢٧</th></tr>
  <tr><th>أعضاء الجمعية</th><td>١٬٥٠٠</td><td>٢٬٠٠٠</td></tr>
  <tr><th>غير الأعضاء</th><td>٢٬٥٠٠</td><td>٣٬٠٠٠</td></tr>
  <tr><th>طلاب كليات الطب</th><td>٥٠٠</td><td>٥٠٠</td></tr>
  <tr><th>حضور افتراضي (مشاهدة فقط)</th><td>٦٠٠</td><td>٦٠٠</td></tr>
</table>
<p>المشاركون من خارج مصر: ١٥٠ دولارًا أمريكيًا للتسجيل الكامل.</p>
<p class="note">لا توجد تذاكر مجانية، ويسدد المتحدثون ورؤساء الجلسات رسوم التسجيل كغيرهم.</p>
<h2>الحضور الافتراضي</h2>
<p>يتيح الحضور الافتراضي مشاهدة الجلسات العامة بثًا مباشرًا للمشاهدة فقط دون إمكانية طرح الأسئلة أو تقديم أبحاث عن بُعد.</p>
<h2>أسئلة شائعة</h2>
<details><summary>هل تشمل الرسوم الإقامة؟</summary><p>لا، الرسوم تشمل الحقيبة العلمية ووجبتي الغداء وشهادة ساعات التعليم الطبي المستمر فقط.</p></details>
""")

s.page("tasjil.html", "استمارة التسجيل", """
<h1>استمارة التسجيل</h1>
<p>الحقول المعلمة بـ * إلزامية.</p>
<form action="@tasjil.html" method="post">
  <input type="hidden" name="event" value="rural-2027">
  <label for="name">الاسم الكامل *</label><input type="text" id="name" name="name">
  <label for="email">البريد الإلكتروني *</label><input type="email" id="email" name="email">
  <label for="phone">رقم الهاتف المحمول *</label><input type="tel" id="phone" name="phone">
  <label for="nid">الرقم القومي *</label><input type="text" id="nid" name="nid">
  <label for="synd">رقم القيد بنقابة الأطباء</label><input type="text" id="synd" name="synd">
  <label for="spec">التخصص</label><select id="spec" name="spec"><option>طب الأسرة</option><option>باطنة</option><option>أطفال</option><option>تمريض</option><option>صيدلة</option></select>
  <label for="work">جهة العمل (مستشفى أو وحدة صحية) *</label><input type="text" id="work" name="work">
  <fieldset><legend>فئة التسجيل *</legend>
    <input type="radio" id="c1" name="cat" value="member"><label for="c1">عضو</label>
    <input type="radio" id="c2" name="cat" value="non"><label for="c2">غير عضو</label>
    <input type="radio" id="c3" name="cat" value="student"><label for="c3">طالب</label>
    <input type="radio" id="c4" name="cat" value="virtual"><label for="c4">حضور افتراضي</label>
  </fieldset>
  <fieldset><legend>النوع</legend>
    <input type="radio" id="g1" name="gender" value="f"><label for="g1">أنثى</label>
    <input type="radio" id="g2" name="gender" value="m"><label for="g2">ذكر</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="ws" name="ws"><label for="ws">أرغب في حضور ورشة الموجات فوق الصوتية</label></div>
  <div class="check"><input type="checkbox" id="terms" name="terms"><label for="terms">أوافق على شروط التسجيل وسياسة الإلغاء *</label></div>
  <div class="g-recaptcha" data-sitekey="6LcFakeKeyForCorpusOnly000000000000000"></div>
  <button type="submit">إرسال</button>
</form>
""")

s.page("wusul.html", "إتاحة المكان والترجمة", """
<h1>إتاحة المكان والترجمة</h1>
<p>قاعة المؤتمرات الرئيسية مجهزة لمستخدمي الكراسي المتحركة، مع مصعد ومنحدر عند المدخل الشرقي ودورات مياه مهيأة.</p>
<p>تتوفر ترجمة فورية من العربية إلى الإنجليزية والعكس في الجلسات العامة.</p>
<p>لا تتوفر ترجمة بلغة الإشارة في هذه الدورة.</p>
<p>للاستفسار عن احتياجات الوصول راسلوا د. منى الشاذلي على access@example.org قبل ١ مارس.</p>
""")

s.page("maarid.html", "المعرض والرعاة", """
<h1>المعرض والرعاة</h1>
<ul>
  <li>جناح عرض ٩ م²: ٤٠٬٠٠٠ جنيه</li>
  <li>الراعي الذهبي: ٢٥٠٬٠٠٠ جنيه</li>
  <li>إعلان في الكتيب: ١٢٬٠٠٠ جنيه</li>
</ul>
<h2>وظائف</h2>
<p>مطلوب منسق علمي بدوام جزئي، الراتب ٩٬٠٠٠ جنيه شهريًا.</p>
""")

s.page("iqama.html", "الإقامة والمواصلات", """
<h1>الإقامة والمواصلات</h1>
<p>سعر خاص في فندق كورنيش الشاطبي: ١٬٨٠٠ جنيه لليلة للغرفة المفردة شاملة الإفطار.</p>
<p>القطار من القاهرة: من ١٥٠ جنيهًا. سيارات الأجرة من محطة مصر إلى الفندق: نحو ٨٠ جنيهًا.</p>
""")

s.page("en/fees.html", "Fees and attendance (English)", """
<h1>Fees and attendance</h1>
<p>The 11th Annual Conference of Rural and Family Medicine takes place in Alexandria on 11–13 March 2027.
Registration fees (EGP): members EGP 1,500 until 15 February and EGP 2,000 afterwards; non-members EGP 2,500 and
EGP 3,000; medical students EGP 500; virtual attendance (viewing only) EGP 600. Participants from outside Egypt pay
USD 150.</p>
<p>There are no free tickets; speakers also pay the registration fee. The virtual attendance is a live stream of the
plenary sessions for viewing only: questions cannot be asked online.</p>
<p>The registration form is in Arabic: <a href="@tasjil.html" lang="ar">استمارة التسجيل</a>.</p>
""", lang="en", dir="ltr", alternates=[("ar", "index.html"), ("en", "en/fees.html")])

ENTRY = entry(
    s, name="11th Annual Conference of Rural and Family Medicine (Egyptian society branch, Alexandria)",
    languages=["ar", "en"],
    fees=[(1500, "EGP"), (2000, "EGP"), (2500, "EGP"), (3000, "EGP"), (500, "EGP"), (600, "EGP"), (150, "USD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["recaptcha"],
    account_required=False, registration_form=(11, 7, ["phone", "id_document", "affiliation", "gender"]),
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "wusul.html", "en/fees.html"],
    deliberate_404=["mahadir-2026.html"],
    evidence={
        "languages": [Q("index.html", "يجمع المؤتمر أطباء الوحدات الصحية الريفية"),
                      Q("en/fees.html", "The 11th Annual Conference of Rural and Family Medicine takes place in Alexandria",
                        "whole English page")],
        "un_languages": [N("ar, en")],
        "fees": [M("rusum.html", "<caption>رسوم التسجيل (جنيه مصري)</caption>", "currency only in the caption: EGP"),
                 M("rusum.html", "<tr><th>أعضاء الجمعية</th><td>١٬٥٠٠</td><td>٢٬٠٠٠</td></tr>", "members 1500 / 2000 EGP"),
                 M("rusum.html", "<tr><th>غير الأعضاء</th><td>٢٬٥٠٠</td><td>٣٬٠٠٠</td></tr>", "non-members 2500 / 3000 EGP"),
                 M("rusum.html", "<tr><th>طلاب كليات الطب</th><td>٥٠٠</td><td>٥٠٠</td></tr>", "students 500 EGP, one entry"),
                 M("rusum.html", "<tr><th>حضور افتراضي (مشاهدة فقط)</th><td>٦٠٠</td><td>٦٠٠</td></tr>",
                   "paid watch-only virtual pass: a fee, 600 EGP"),
                 Q("rusum.html", "المشاركون من خارج مصر: ١٥٠ دولارًا أمريكيًا للتسجيل الكامل.", "150 USD"),
                 Q("en/fees.html", "members EGP 1,500 until 15 February", "same fees in English, no new entries"),
                 Q("maarid.html", "جناح عرض ٩ م²: ٤٠٬٠٠٠ جنيه", "exhibitor/sponsor packages, salary: not fees"),
                 Q("iqama.html", "١٬٨٠٠ جنيه لليلة", "hotel, train, taxi: not fees"),
                 Q("barnamaj.html", "قراءة في موازنة صحية بـ٣ مليارات جنيه", "talk title, not a fee")],
        "free_option": [Q("rusum.html", "لا توجد تذاكر مجانية، ويسدد المتحدثون ورؤساء الجلسات رسوم التسجيل كغيرهم.")],
        "fee_support": [M("rusum.html", "<tr><th>طلاب كليات الطب</th><td>٥٠٠</td>", "student rate below the others")],
        "remote_participation": [Q("rusum.html", "للمشاهدة فقط دون إمكانية طرح الأسئلة أو تقديم أبحاث عن بُعد",
                                   "paid watch-only stream: not remote participation")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields: name, e-mail, phone, national ID, syndicate number, specialty select, workplace, "
                                "category radio (=1), gender radio (=1), workshop checkbox, terms checkbox; hidden not counted. "
                                "Required (*): name, e-mail, phone, national ID, workplace, category, terms = 7. Sensitive: phone, "
                                "id_document (الرقم القومي), affiliation (hospital), gender; syndicate number is not an ID document, "
                                "specialty not sensitive.", "tasjil.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit stated"), Q("barnamaj.html", "صحة المراهقين من ١٢ إلى ١٧ سنة في المدارس الريفية",
                                                 "talk title, not a limit")],
        "accessibility_statement": [Q("wusul.html", "للاستفسار عن احتياجات الوصول راسلوا د. منى الشاذلي")],
        "access_services": [Q("wusul.html", "قاعة المؤتمرات الرئيسية مجهزة لمستخدمي الكراسي المتحركة"),
                            Q("wusul.html", "تتوفر ترجمة فورية من العربية إلى الإنجليزية والعكس في الجلسات العامة."),
                            Q("wusul.html", "لا تتوفر ترجمة بلغة الإشارة في هذه الدورة.", "no sign language (negation)"),
                            Q("barnamaj.html", "إتاحة الخدمات الصحية للأشخاص ذوي الإعاقة في القرى", "talk title, not a service")],
        "videos_without_captions": [M("index.html", 'src="media/promo.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
