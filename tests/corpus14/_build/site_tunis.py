"""Tunis: an association's summer school on local democracy (ar-TN, rtl; a French section with lang="fr")."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "الرئيسية"), ("barnamej.html", "البرنامج"), ("maaloum.html", "معلوم المشاركة"),
       ("tarashoh.html", "الترشح"), ("munah.html", "منح الإقامة"), ("nafadh.html", "النفاذ"),
       ("iwaa.html", "الإقامة والتنقل"), ("shurakaa.html", "الشركاء")]
FOOT = ('<p>جمعية الحوكمة المحلية والمواطنة — نهج الحرية ٤٢، أريانة ٢٠٨٠، تونس — '
        '<a href="mailto:ecole@aglc.example.tn">ecole@aglc.example.tn</a></p>')
s = mk("madrasa-sayfiya-dimuqratiya-mahalliya-tunis", "المدرسة الصيفية للديمقراطية المحلية ٢٠٢٧", "ar-TN", "#8a1c2b",
       "م.ص", NAV, foot={"ar-TN": FOOT}, dir="rtl", newsletter={"ar-TN": ("النشرة الإخبارية:", "اشترك")})
placeholder_media(s, "media/taqdim.mp4")

s.page("index.html", "المدرسة الصيفية للديمقراطية المحلية ٢٠٢٧ — أريانة", f"""
<h1>المدرسة الصيفية للديمقراطية المحلية — الدورة الخامسة</h1>
<p><strong>من ٥ إلى ٩ جويلية ٢٠٢٧، المعهد العالي للدراسات البلدية بأريانة</strong></p>
<p>بعد خمس سنوات على أول انتخابات بلدية في كامل تراب الجمهورية، تجمع المدرسة الصيفية أعوان البلديات
والمنتخبين المحليين وناشطي الجمعيات وطلبة القانون والعلوم السياسية، لخمسة أيام من الدروس والورشات
والزيارات الميدانية حول التصرّف التشاركي في الشأن المحلي. تُقبل أربعون مشاركة ومشاركًا على أساس ملف ترشح.</p>
<ul>
  <li><a href="barnamej.html">البرنامج اليومي والمحاضرون</a></li>
  <li><a href="maaloum.html">معلوم المشاركة وما يشمله</a></li>
  <li><a href="tarashoh.html">شروط الترشح واستمارة التسجيل</a> — آخر أجل ١٥ ماي ٢٠٢٧</li>
  <li><a href="nafadh.html">النفاذ والترجمة</a></li>
</ul>
<h2>تقديم الدورة في دقيقتين</h2>
{video("media/taqdim.mp4")}
<section lang="fr" dir="ltr">
  <h2>En bref, en français</h2>
  <p>L'École d'été de la démocratie locale réunit chaque été à l'Ariana agents municipaux, élus, militants
  associatifs et étudiants autour de la gestion participative des communes. Les cours et ateliers se tiennent
  en arabe, avec interprétation vers le français lors des séances plénières. La participation est payante
  (350 DT pour les professionnels, 150 DT pour les étudiants) et des bourses d'hébergement sont prévues pour
  les candidats des gouvernorats de l'intérieur. Dossier de candidature en ligne avant le 15 mai 2027.</p>
</section>
""")

s.page("barnamej.html", "البرنامج — المدرسة الصيفية ٢٠٢٧", """
<h1>البرنامج</h1>
<table>
  <caption>البرنامج اليومي (قابل للتعديل)</caption>
  <tr><th>اليوم</th><th>صباحًا</th><th>مساءً</th></tr>
  <tr><td>الإثنين ٥ جويلية</td><td>افتتاح: اللامركزية بعد مجلة الجماعات المحلية</td><td>ورشة: قراءة ميزانية بلدية</td></tr>
  <tr><td>الثلاثاء ٦ جويلية</td><td>محاضرة: كم تكلّف البلدية مواطنيها؟ قراءة في ميزانية بـ١٢ مليون دينار</td><td>ورشة: الميزانية التشاركية خطوة بخطوة</td></tr>
  <tr><td>الأربعاء ٧ جويلية</td><td>زيارة ميدانية إلى بلدية المرسى</td><td>حلقة نقاش: مشاركة الشباب دون الثلاثين في المجالس البلدية</td></tr>
  <tr><td>الخميس ٨ جويلية</td><td>محاضرة: المدينة الميسّرة للجميع، من الرصيف إلى الموقع الإلكتروني</td><td>ورشة: صياغة عريضة محلية</td></tr>
  <tr><td>الجمعة ٩ جويلية</td><td>عرض مشاريع المجموعات</td><td>الاختتام وتسليم الشهادات</td></tr>
</table>
<p>المحاضرون: د. سنية القلّال (جامعة قرطاج)، أ. منير بن عيّاد (محامٍ)، السيدة ريم الشابي (رئيسة بلدية سابقة).</p>
<p><a href="mahadir-2026.html">محاضر دورة ٢٠٢٦</a></p>
""")

s.page("maaloum.html", "معلوم المشاركة — المدرسة الصيفية ٢٠٢٧", """
<h1>معلوم المشاركة</h1>
<p>يشمل معلوم المشاركة الدروس والورشات والوثائق البيداغوجية ووجبتي الغداء والاستراحات والتنقل خلال الزيارة
الميدانية. لا يشمل المبيت.</p>
<table>
  <caption>معلوم المشاركة لدورة ٢٠٢٧</caption>
  <tr><th>الصفة</th><th>المعلوم</th></tr>
  <tr><td>أعوان البلديات والمنتخبون ومهنيو الجمعيات</td><td>350,000 د.ت</td></tr>
  <tr><td>الطلبة المسجّلون بالجامعات التونسية (بتقديم شهادة ترسيم)</td><td>150,000 د.ت</td></tr>
  <tr><td>المشاركون المقيمون خارج تونس</td><td>220 €</td></tr>
</table>
<p>يدفع جميع المقبولين معلوم المشاركة بعد تلقي رسالة القبول، بالتحويل البنكي أو نقدًا يوم الافتتاح، ولا
يوجد إعفاء كلي منه لأي صفة.</p>
<p>يمكن لمن يقيم في ولايات الداخل الترشح لـ<a href="munah.html">منحة إقامة</a>.</p>
<section lang="fr" dir="ltr">
  <p>Frais de participation : 350 DT (professionnels), 150 DT (étudiants), 220 € (participants résidant à
  l'étranger). Les frais couvrent les cours, les repas de midi et la visite de terrain, pas l'hébergement.</p>
</section>
""")

s.page("tarashoh.html", "الترشح — المدرسة الصيفية ٢٠٢٧", """
<h1>الترشح والتسجيل</h1>
<h2>شروط الترشح</h2>
<ul>
  <li>أن يكون المترشح بالغًا من العمر إحدى وعشرين سنة على الأقل في تاريخ افتتاح الدورة؛</li>
  <li>أن يكون له نشاط أو اهتمام مثبت بالشأن المحلي (عمل بلدي، عمل جمعياتي، بحث جامعي)؛</li>
  <li>أن يلتزم بحضور الأيام الخمسة كاملة: لا تتوفر مشاركة عن بعد، والحضور إلزامي في كل الجلسات.</li>
</ul>
<p>الخانات المتبوعة بعبارة (وجوبي) يجب ملؤها.</p>
<form action="tarashoh.html" method="post">
  <input type="hidden" name="dawra" value="2027">
  <label for="ism">الاسم واللقب (وجوبي)</label>
  <input type="text" id="ism" name="ism">
  <label for="email">البريد الإلكتروني (وجوبي)</label>
  <input type="email" id="email" name="email">
  <label for="hatif">رقم الهاتف (وجوبي)</label>
  <input type="tel" id="hatif" name="hatif">
  <label for="wilada">تاريخ الولادة (وجوبي)</label>
  <input type="date" id="wilada" name="wilada">
  <label for="cin">رقم بطاقة التعريف الوطنية (وجوبي)</label>
  <input type="text" id="cin" name="cin">
  <label for="muassasa">المؤسسة أو البلدية أو الجمعية</label>
  <input type="text" id="muassasa" name="muassasa">
  <fieldset>
    <legend>الصفة (وجوبي)</legend>
    <input type="radio" id="s1" name="sifa" value="talib"> <label for="s1">طالب</label>
    <input type="radio" id="s2" name="sifa" value="mihani"> <label for="s2">مهني</label>
    <input type="radio" id="s3" name="sifa" value="kharij"> <label for="s3">مقيم خارج تونس</label>
  </fieldset>
  <label for="wilaya">الولاية</label>
  <select id="wilaya" name="wilaya"><option>أريانة</option><option>القصرين</option><option>قفصة</option><option>سيدي بوزيد</option><option>تطاوين</option><option>ولاية أخرى</option></select>
  <label for="tahfiz">رسالة التحفيز (وجوبي)</label>
  <textarea id="tahfiz" name="tahfiz" rows="5"></textarea>
  <label for="cv">السيرة الذاتية (PDF)</label>
  <input type="file" id="cv" name="cv">
  <div class="check"><input type="checkbox" id="minha" name="minha"> <label for="minha">أرغب في الترشح لمنحة إقامة</label></div>
  <div class="g-recaptcha" data-sitekey="6Lc-aglc-demo-key"></div>
  <button type="submit">إرسال الترشح</button>
</form>
""")

s.page("munah.html", "منح الإقامة — المدرسة الصيفية ٢٠٢٧", """
<h1>منح الإقامة</h1>
<p>بدعم من شركائنا، نخصص هذه السنة اثنتي عشرة منحة إقامة للمشاركين المقيمين في ولايات الشمال الغربي والوسط
والجنوب. تغطي المنحة خمس ليالٍ في المبيت الجامعي بأريانة مع فطور الصباح، وتذكرة النقل ذهابًا وإيابًا بين
الولاية وتونس العاصمة.</p>
<p>لا تعفي المنحة من معلوم المشاركة. تُطلب المنحة بوضع علامة في الخانة المخصصة في استمارة الترشح، وتُعلن
النتائج مع رسائل القبول.</p>
""")

s.page("nafadh.html", "النفاذ والترجمة — المدرسة الصيفية ٢٠٢٧", """
<h1>النفاذ والترجمة</h1>
<p>تقع قاعة المحاضرات وقاعات الورشات في الطابق الأرضي للمعهد، ويمكن الوصول إليها بالكراسي المتحركة عبر
المدخل الجانبي، كما تتوفر بالمبيت الجامعي غرفتان مهيأتان.</p>
<p>تتوفر ترجمة فورية بين العربية والفرنسية في الجلسات العامة فقط. لا نوفّر ترجمة بلغة الإشارة التونسية هذه
الدورة، ونعمل على توفيرها في الدورة القادمة.</p>
<p>لكل حاجة خاصة (مرافق، نظام غذائي، وثائق بحروف مكبّرة) يرجى مراسلة منسّقة النفاذ السيدة هالة الدريدي على
<a href="mailto:nafadh@aglc.example.tn">nafadh@aglc.example.tn</a> قبل ١٥ جوان.</p>
""")

s.page("iwaa.html", "الإقامة والتنقل — المدرسة الصيفية ٢٠٢٧", """
<h1>الإقامة والتنقل</h1>
<dl>
  <dt>نزل المنزه (شريك)</dt><dd>غرفة فردية مع فطور الصباح: 95 د.ت لليلة، غرفة مزدوجة: 130 د.ت.</dd>
  <dt>المبيت الجامعي بأريانة</dt><dd>سرير في غرفة مزدوجة: 18 د.ت لليلة (عدد محدود).</dd>
  <dt>اللواج</dt><dd>من القصرين أو سيدي بوزيد إلى تونس: حوالي 22 د.ت للمقعد.</dd>
  <dt>المترو الخفيف</dt><dd>الخط ٢ إلى محطة أريانة، التذكرة 0,700 د.ت.</dd>
  <dt>سيارة الأجرة</dt><dd>من مطار تونس قرطاج إلى المعهد: بين 12 و15 د.ت نهارًا.</dd>
</dl>
""")

s.page("shurakaa.html", "الشركاء — المدرسة الصيفية ٢٠٢٧", """
<h1>الشركاء والرعاة</h1>
<p>تدعم الدورة الخامسة مؤسسات جامعية وبلديات وشركاء دوليون.</p>
<div class="cards">
  <div class="card"><h2>الشريك الرئيسي</h2><span class="price">8.000 د.ت</span><p>الشعار على كل الوثائق وكلمة في الافتتاح.</p></div>
  <div class="card"><h2>الشريك الداعم</h2><span class="price">3.500 د.ت</span><p>الشعار على الموقع ورواق في بهو المعهد.</p></div>
  <div class="card"><h2>صديق المدرسة</h2><span class="price">1.000 د.ت</span><p>الشعار على الموقع.</p></div>
</div>
""")

ENTRY = entry(
    s, name="Summer School on Local Democracy 2027 (Tunisian association, Ariana/Tunis)",
    languages=["ar", "fr"],
    fees=[(350, "TND"), (150, "TND"), (220, "EUR")],
    free_option=False, fee_support=True, remote_participation=False,
    captcha=["recaptcha"], account_required=False,
    registration_form=(11, 7, ["phone", "birth_date", "id_document", "affiliation"]),
    min_age=21, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "maaloum.html", "tarashoh.html", "munah.html", "nafadh.html"],
    deliberate_404=["mahadir-2026.html"],
    evidence={
        "languages": [Q("index.html", "تجمع المدرسة الصيفية أعوان البلديات"),
                      Q("index.html", "L'École d'été de la démocratie locale réunit chaque été à l'Ariana",
                        "French section (lang=fr), a paragraph"),
                      M("index.html", '<section lang="fr" dir="ltr">')],
        "un_languages": [N("ar, fr")],
        "fees": [Q("maaloum.html", "350,000 د.ت", "three decimals after a comma: 350 TND"),
                 Q("maaloum.html", "150,000 د.ت", "students: 150 TND"),
                 Q("maaloum.html", "220 €", "participants living abroad: 220 EUR"),
                 Q("maaloum.html", "350 DT (professionnels), 150 DT (étudiants), 220 € (participants résidant",
                   "same fees in French, no new entry"),
                 Q("iwaa.html", "95 د.ت لليلة", "hotel, university residence, louage, metro, taxi: not fees"),
                 Q("shurakaa.html", "8.000 د.ت", "sponsor package, not a fee"),
                 Q("barnamej.html", "قراءة في ميزانية بـ١٢ مليون دينار", "talk title, not a fee")],
        "free_option": [Q("maaloum.html", "ولا يوجد إعفاء كلي منه لأي صفة", "fees stated, nothing free")],
        "fee_support": [Q("munah.html", "نخصص هذه السنة اثنتي عشرة منحة إقامة",
                          "lodging and travel grants for interior regions"),
                        Q("maaloum.html", "150,000 د.ت", "student rate below 350 TND")],
        "remote_participation": [Q("tarashoh.html", "لا تتوفر مشاركة عن بعد، والحضور إلزامي في كل الجلسات")],
        "captcha": [M("tarashoh.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields: name, e-mail, phone, birth date, CIN number, organisation, status radio (=1), "
                                "governorate select, motivation textarea, CV file, lodging-grant checkbox; hidden field not "
                                "counted. Required ((وجوبي)): name, e-mail, phone, birth date, CIN, status, motivation = 7. "
                                "Sensitive: phone, birth_date, id_document, affiliation (governorate select is not).",
                                "tarashoh.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("tarashoh.html", "أن يكون المترشح بالغًا من العمر إحدى وعشرين سنة على الأقل", "21 in words"),
                    Q("barnamej.html", "مشاركة الشباب دون الثلاثين في المجالس البلدية", "talk title, not a limit")],
        "accessibility_statement": [Q("nafadh.html", "يرجى مراسلة منسّقة النفاذ السيدة هالة الدريدي")],
        "access_services": [Q("nafadh.html", "ويمكن الوصول إليها بالكراسي المتحركة عبر المدخل الجانبي"),
                            Q("nafadh.html", "تتوفر ترجمة فورية بين العربية والفرنسية في الجلسات العامة فقط"),
                            Q("nafadh.html", "لا نوفّر ترجمة بلغة الإشارة التونسية هذه الدورة", "no sign language (negation)")],
        "videos_without_captions": [M("index.html", 'src="media/taqdim.mp4">', "no track")],
        "pdf_only_documents": [N("programme and form in HTML; the CV upload asks for a PDF, no PDF offered")],
    })
