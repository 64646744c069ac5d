"""Egyptian fintech-for-financial-inclusion summit, Cairo. Arabic (rtl, Arabic-Indic digits), English mirror."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "الرئيسية"), ("barnamaj.html", "البرنامج"), ("tadhakir.html", "التذاكر والأسعار"),
       ("tasjil.html", "التسجيل"), ("itaha.html", "الإتاحة"), ("riaya.html", "الرعاية والمعرض"),
       ("iqama.html", "الإقامة والتأشيرات"), ("wazaif.html", "الوظائف"), ("en/index.html", "English")]
NAV_EN = [("en/index.html", "Home"), ("en/tickets.html", "Tickets"), ("tasjil.html", "Register (Arabic form)"),
          ("itaha.html", "Accessibility (Arabic)"), ("index.html", "العربية")]
FOOT = {"ar": "<p>قمة التكنولوجيا المالية للشمول المالي · القاهرة الجديدة · info@fintech-shumul.example.com</p>",
        "en": "<p>Fintech for Inclusion Summit · New Cairo · info@fintech-shumul.example.com</p>"}
s = mk("qimmat-tiknulujia-maliya-shumul-qahira", {"ar": "قمة التكنولوجيا المالية للشمول المالي ٢٠٢٧", "en": "Fintech for Inclusion Summit 2027"},
       "ar-EG", "#7a1f3d", "FIS", {"ar": NAV, "en": NAV_EN}, foot=FOOT, dir="rtl",
       langs={"ar": [("en/index.html", "English")], "en": [("index.html", "العربية")]}, homes={"en": "en/index.html"})

PROMO = video("media/qimma-2026.mp4")
placeholder_media(s, "media/qimma-2026.mp4")

s.page("index.html", "قمة التكنولوجيا المالية للشمول المالي ٢٠٢٧ — القاهرة", """
<h1>قمة التكنولوجيا المالية للشمول المالي ٢٠٢٧</h1>
<p class="lead">القاهرة الجديدة · ٢٢–٢٣ سبتمبر ٢٠٢٧ · مركز النيل للمؤتمرات</p>
<p>تجمع القمة البنوك وشركات التكنولوجيا المالية الناشئة والجهات التنظيمية ومقدمي خدمات الدفع عبر الهاتف المحمول
وخبراء التمويل متناهي الصغر، لمناقشة سبل وصول الخدمات المالية الرقمية إلى النساء وسكان الريف والعاملين في
القطاع غير الرسمي في مصر والمنطقة العربية.</p>
<p>يتضمن البرنامج جلسات حوارية وورش عمل ومسابقة للشركات الناشئة ومعرضاً للحلول الرقمية.</p>
<ul>
  <li><a href="@tadhakir.html">التذاكر والأسعار</a></li>
  <li><a href="@tasjil.html">أنشئ حسابك وسجّل الآن</a></li>
</ul>
<h2>لقطات من قمة ٢٠٢٦</h2>
""" + PROMO + "\n", alternates=[("ar", "index.html"), ("en", "en/index.html")])

s.page("barnamaj.html", "البرنامج — قمة التكنولوجيا المالية للشمول المالي", """
<h1>البرنامج</h1>
<h2>اليوم الأول</h2>
<ul>
  <li>١٠:٠٠ الجلسة الافتتاحية: الشمول المالي في رؤية مصر ٢٠٣٠</li>
  <li>١٢:٠٠ خفض رسوم التحويلات عبر الحدود للعاملين في الخارج</li>
  <li>١٤:٣٠ التسجيل الرقمي للعملاء والتحقق الإلكتروني من الهوية (eKYC)</li>
</ul>
<h2>اليوم الثاني</h2>
<ul>
  <li>١٠:٠٠ المحافظ الإلكترونية والنساء في الريف</li>
  <li>١٣:٠٠ نهائي مسابقة الشركات الناشئة — جائزة الفائز الأول ٥٠٠٬٠٠٠ جنيه</li>
</ul>
""")

s.page("tadhakir.html", "التذاكر والأسعار — قمة التكنولوجيا المالية للشمول المالي", """
<h1>التذاكر والأسعار</h1>
<div class="cards">
  <div class="card"><h2>تذكرة المندوب</h2><span class="price">٧٬٥٠٠ ج.م.</span><p>حضور جميع الجلسات وورش العمل والغداء لمدة يومين.</p></div>
  <div class="card"><h2>تذكرة الشركات الناشئة</h2><span class="price">٢٬٠٠٠ ج.م.</span><p>للشركات الناشئة المسجلة في مصر التي تأسست منذ أقل من ثلاث سنوات.</p></div>
  <div class="card"><h2>المشاركون الدوليون</h2><span class="price">٤٥٠ دولاراً أمريكياً</span><p>للمشاركين المقيمين خارج مصر.</p></div>
</div>
<p>الأسعار شاملة ضريبة القيمة المضافة. لا توجد تذاكر مجانية، ويدفع جميع المشاركين رسوم التسجيل بمن فيهم المتحدثون
وممثلو الجهات الحكومية.</p>
<p>يجب ألا يقل عمر المشاركين عن ٢١ عاماً.</p>
<p>القمة حضورية فقط، ولن تُبث الجلسات عبر الإنترنت.</p>
<p>للشراء <a href="@tasjil.html">أنشئ حساباً على منصة القمة</a> ثم اختر نوع التذكرة وادفع ببطاقة بنكية أو عبر فوري.</p>
""")

s.page("tasjil.html", "التسجيل — قمة التكنولوجيا المالية للشمول المالي", """
<h1>التسجيل</h1>
<p>لشراء التذكرة يجب إنشاء حساب على منصة القمة. الحقول المشار إليها بعلامة * إلزامية.</p>
<h2>إنشاء حساب جديد</h2>
<form action="@tasjil.html" method="post" class="signup">
  <label for="fullname">الاسم الكامل *</label><input type="text" id="fullname" name="fullname" required>
  <label for="email">البريد الإلكتروني *</label><input type="email" id="email" name="email" required>
  <label for="pw">كلمة المرور *</label><input type="password" id="pw" name="password" required>
  <label for="pw2">تأكيد كلمة المرور *</label><input type="password" id="pw2" name="password2" required>
  <label for="mobile">رقم الهاتف المحمول *</label><input type="tel" id="mobile" name="mobile" required>
  <label for="company">الجهة أو الشركة *</label><input type="text" id="company" name="company">
  <label for="jobtitle">المسمى الوظيفي</label><input type="text" id="jobtitle" name="jobtitle">
  <label for="nat">الجنسية *</label>
  <select id="nat" name="nationality"><option>مصرية</option><option>سعودية</option><option>أردنية</option><option>أخرى</option></select>
  <label for="nid">رقم الهوية الوطنية أو جواز السفر *</label><input type="text" id="nid" name="national_id">
  <fieldset><legend>نوع التذكرة *</legend>
    <input type="radio" id="t1" name="ticket" value="delegate"> <label for="t1">مندوب</label>
    <input type="radio" id="t2" name="ticket" value="startup"> <label for="t2">شركة ناشئة</label>
    <input type="radio" id="t3" name="ticket" value="intl"> <label for="t3">مشارك دولي</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="terms" name="terms" required> <label for="terms">أوافق على الشروط والأحكام وسياسة الخصوصية *</label></div>
  <input type="hidden" name="source" value="website">
  <div class="g-recaptcha" data-sitekey="6LcFISx2027AAAAshumulDemoKey"></div>
  <button type="submit">إنشاء الحساب</button>
</form>
<h2>لديك حساب بالفعل؟</h2>
<form action="@tasjil.html" method="post" class="login">
  <label for="lemail">البريد الإلكتروني</label><input type="email" id="lemail" name="lemail">
  <label for="lpw">كلمة المرور</label><input type="password" id="lpw" name="lpw">
  <button type="submit">تسجيل الدخول</button>
</form>
""")

s.page("itaha.html", "الإتاحة — قمة التكنولوجيا المالية للشمول المالي", """
<h1>الإتاحة</h1>
<p>قاعات مركز النيل للمؤتمرات مجهزة لمستخدمي الكراسي المتحركة، وتتوفر مصاعد ودورات مياه مهيأة في جميع الطوابق.</p>
<p>تتوفر ترجمة فورية بين العربية والإنجليزية في القاعة الرئيسية.</p>
<p>إذا كانت لديك احتياجات خاصة، يرجى مراسلتنا على access@fintech-shumul.example.com قبل موعد القمة بأسبوعين.</p>
""")

s.page("riaya.html", "الرعاية والمعرض — قمة التكنولوجيا المالية للشمول المالي", """
<h1>الرعاية والمعرض</h1>
<table>
  <thead><tr><th>الباقة</th><th>السعر</th></tr></thead>
  <tbody>
    <tr><td>الراعي البلاتيني</td><td>١٬٥٠٠٬٠٠٠ ج.م.</td></tr>
    <tr><td>الراعي الذهبي</td><td>٨٠٠٬٠٠٠ ج.م.</td></tr>
    <tr><td>جناح في المعرض (٩ م²)</td><td>٨٥٬٠٠٠ جنيه</td></tr>
  </tbody>
</table>
""")

s.page("iqama.html", "الإقامة والتأشيرات — قمة التكنولوجيا المالية للشمول المالي", """
<h1>الإقامة والتأشيرات</h1>
<p>فندق النيل بلازا (بجوار مركز المؤتمرات): ٤٬٢٠٠ ج.م. لليلة شاملة الإفطار.</p>
<p>يمكن لمواطني كثير من الدول الحصول على تأشيرة عند الوصول إلى مطار القاهرة الدولي مقابل ٢٥ دولاراً أمريكياً.</p>
<p>سعر الصرف التقريبي: ١ دولار أمريكي = ٤٨ جنيهاً مصرياً.</p>
""")

s.page("wazaif.html", "الوظائف — قمة التكنولوجيا المالية للشمول المالي", """
<h1>لوحة الوظائف</h1>
<ul>
  <li>مهندس برمجيات أول — شركة مدفوعات ناشئة — راتب شهري ٦٥٬٠٠٠ – ٨٠٬٠٠٠ جنيه</li>
  <li>محلل امتثال — بنك تجاري — ٤٥٬٠٠٠ ج.م. شهرياً</li>
</ul>
""")

s.page("en/index.html", "Fintech for Inclusion Summit 2027 — Cairo", """
<h1>Fintech for Inclusion Summit 2027</h1>
<p class="lead">New Cairo · 22–23 September 2027 · Nile Conference Centre</p>
<p>The Summit brings together banks, fintech start-ups, regulators, mobile-money providers and microfinance experts
to discuss how digital financial services can reach women, rural communities and informal workers in Egypt and
the Arab region.</p>
<p>The programme includes panels, workshops, a start-up competition and an exhibition of digital solutions.
Sessions are in Arabic with interpretation into English in the main hall.</p>
<p>See <a href="@en/tickets.html">tickets and rates</a>.</p>
<h2>Highlights of the 2026 Summit</h2>
""" + PROMO + "\n", lang="en", dir="ltr", header_lang="en",
       alternates=[("ar", "index.html"), ("en", "en/index.html")])

s.page("en/tickets.html", "Tickets — Fintech for Inclusion Summit 2027", """
<h1>Tickets and rates</h1>
<table>
  <thead><tr><th>Ticket</th><th>Price</th></tr></thead>
  <tbody>
    <tr><td>Delegate</td><td>EGP 7,500</td></tr>
    <tr><td>Start-up (registered in Egypt, under three years old)</td><td>EGP 2,000</td></tr>
    <tr><td>International participant (resident outside Egypt)</td><td>USD 450</td></tr>
  </tbody>
</table>
<p>Prices include VAT. There are no free tickets: all participants, including speakers and government
representatives, pay the registration fee.</p>
<p>Participants must be at least 21 years old. The Summit is in person only; sessions are not streamed.</p>
<p>To buy a ticket, <a href="@tasjil.html">create an account on the Summit platform</a> (form in Arabic).</p>
""", lang="en", dir="ltr", header_lang="en")

ENTRY = entry(
    s, name="قمة التكنولوجيا المالية للشمول المالي ٢٠٢٧ (Egyptian fintech-for-inclusion summit, Cairo)",
    languages=["ar", "en"],
    fees=[(7500, "EGP"), (2000, "EGP"), (450, "USD")],
    free_option=False, fee_support=False, remote_participation=False, captcha=["recaptcha"],
    account_required=True, registration_form=(11, 10, ["phone", "affiliation", "nationality", "id_document"]),
    registration_host=None, min_age=21, accessibility_statement=True,
    access_services=["interpretation", "wheelchair_access"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tadhakir.html", "tasjil.html", "itaha.html", "en/index.html", "en/tickets.html"],
    evidence={
        "languages": [
            Q("index.html", "تجمع القمة البنوك وشركات التكنولوجيا المالية الناشئة والجهات التنظيمية ومقدمي خدمات الدفع عبر الهاتف المحمول"),
            Q("en/index.html", "The Summit brings together banks, fintech start-ups, regulators, mobile-money providers and microfinance experts"),
        ],
        "un_languages": [N("ar, en")],
        "fees": [
            Q("tadhakir.html", "تذكرة المندوب ٧٬٥٠٠ ج.م.", "Arabic-Indic digits: 7500 EGP"),
            Q("tadhakir.html", "تذكرة الشركات الناشئة ٢٬٠٠٠ ج.م."),
            Q("tadhakir.html", "المشاركون الدوليون ٤٥٠ دولاراً أمريكياً"),
            Q("en/tickets.html", "Delegate EGP 7,500"),
            Q("en/tickets.html", "International participant (resident outside Egypt) USD 450"),
            Q("barnamaj.html", "جائزة الفائز الأول ٥٠٠٬٠٠٠ جنيه", "prize, not a fee"),
            Q("barnamaj.html", "خفض رسوم التحويلات عبر الحدود للعاملين في الخارج", "session title (remittance fees)"),
            Q("riaya.html", "الراعي البلاتيني ١٬٥٠٠٬٠٠٠ ج.م.", "sponsorship, not a fee"),
            Q("riaya.html", "جناح في المعرض (٩ م²) ٨٥٬٠٠٠ جنيه", "exhibition, not a fee"),
            Q("iqama.html", "٤٬٢٠٠ ج.م. لليلة", "hotel, not a fee"),
            Q("iqama.html", "تأشيرة عند الوصول إلى مطار القاهرة الدولي مقابل ٢٥ دولاراً أمريكياً", "visa, not a fee"),
            Q("iqama.html", "١ دولار أمريكي = ٤٨ جنيهاً مصرياً", "exchange rate, not a fee"),
            Q("wazaif.html", "راتب شهري ٦٥٬٠٠٠ – ٨٠٬٠٠٠ جنيه", "salary, not a fee"),
        ],
        "free_option": [
            Q("tadhakir.html", "لا توجد تذاكر مجانية، ويدفع جميع المشاركين رسوم التسجيل بمن فيهم المتحدثون وممثلو الجهات الحكومية."),
            Q("en/tickets.html", "There are no free tickets: all participants, including speakers and government representatives, pay the registration fee."),
        ],
        "fee_support": [
            N("no grants, waivers or student rate; the start-up ticket is a rate for companies, not a reduced student/youth rate"),
        ],
        "remote_participation": [
            Q("tadhakir.html", "القمة حضورية فقط، ولن تُبث الجلسات عبر الإنترنت."),
        ],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha" data-sitekey=')],
        "account_required": [
            Q("tasjil.html", "لشراء التذكرة يجب إنشاء حساب على منصة القمة."),
            M("tasjil.html", '<input type="password" id="pw2" name="password2" required>'),
        ],
        "registration_form": [
            M("tasjil.html", '<label for="company">الجهة أو الشركة *</label><input type="text" id="company" name="company">'),
            N("11 fields of the sign-up form: full name, email, password, password confirmation, mobile, company, job title, "
              "nationality (select), national ID or passport number, ticket type (radio group = 1), terms checkbox; hidden "
              "'source' not counted. Required: all but job title = 10 (company, nationality and ID by '*' only). Sensitive: "
              "phone, affiliation (company), nationality, id_document. The 2-field login form is not the registration form."),
        ],
        "registration_host": [N("own platform on the site, no third-party host")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [
            Q("tadhakir.html", "يجب ألا يقل عمر المشاركين عن ٢١ عاماً.", "21 in Arabic-Indic digits"),
            Q("en/tickets.html", "Participants must be at least 21 years old."),
        ],
        "accessibility_statement": [
            Q("itaha.html", "إذا كانت لديك احتياجات خاصة، يرجى مراسلتنا على access@fintech-shumul.example.com قبل موعد القمة بأسبوعين."),
        ],
        "access_services": [
            Q("itaha.html", "قاعات مركز النيل للمؤتمرات مجهزة لمستخدمي الكراسي المتحركة"),
            Q("itaha.html", "تتوفر ترجمة فورية بين العربية والإنجليزية في القاعة الرئيسية."),
        ],
        "videos_without_captions": [
            M("index.html", '<video controls preload="none" width="640" src="media/qimma-2026.mp4">', "no track"),
            M("en/index.html", '<video controls preload="none" width="640" src="../media/qimma-2026.mp4">', "the same video source: counted once"),
        ],
        "pdf_only_documents": [N("no PDF")],
    })
