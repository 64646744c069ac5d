"""National youth and peace forum of a (made-up) youth council, Baghdad: ar-IQ (rtl), Kurdish (Sorani) section."""
from lib import mk, placeholder_media, video, vtt, Q, M, N, entry

SLUG = "multaqa-alshabab-walsalam-baghdad"
NAV = [("index.html", "الرئيسية"), ("an.html", "عن الملتقى"), ("tasjil.html", "التقديم"), ("takalif.html", "التكاليف والدعم"),
       ("bath.html", "البث المباشر"), ("wusul.html", "إمكانية الوصول"), ("barnamaj.html", "البرنامج"),
       ("minah.html", "منح المبادرات"), ("funduq.html", "الفندق")]
FOOT = '<p>المجلس الوطني للشباب — شارع أبي نؤاس، بغداد. <a href="mailto:multaqa@nyc-iraq.example.org">multaqa@nyc-iraq.example.org</a></p>'
s = mk(SLUG, "الملتقى الوطني للشباب والسلام ٢٠٢٧", "ar-IQ", "#7a1f2b", "ش س", NAV, foot={"ar-IQ": FOOT}, dir="rtl")
placeholder_media(s, "media/multaqa2026.mp4")
vtt(s, "media/multaqa2026.ar.vtt", "أهلًا بكم في الملتقى")

s.page("index.html", "الملتقى الوطني للشباب والسلام ٢٠٢٧ — بغداد", """
<h1>الملتقى الوطني للشباب والسلام ٢٠٢٧</h1>
<p>بغداد، ١٠–١٢ أيار ٢٠٢٧. يجمع الملتقى ثلاثمئة شابة وشاب من المحافظات العراقية كافة، ومن إقليم كوردستان، ليتحاوروا
حول السلم الأهلي والتعايش ويقدّموا مبادراتهم في مدنهم وقراهم.</p>
<p><strong>المشاركة في الملتقى مجانية بالكامل ولا توجد أي رسوم تسجيل.</strong> <a href="@tasjil.html">قدّم طلبك الآن</a>.</p>
<ul>
  <li><a href="@takalif.html">السفر والإقامة للمشاركين من المحافظات</a></li>
  <li><a href="@bath.html">متابعة الجلسات عبر البث المباشر</a></li>
  <li><a href="@wusul.html">إمكانية الوصول</a></li>
</ul>
<section lang="ku">
<h2>بە کوردی</h2>
<p>کۆڕبەندی نیشتمانیی گەنجان و ئاشتی ٢٠٢٧ گەنجانی هەموو پارێزگاکانی عێراق، لە هەرێمی کوردستانیشەوە، کۆدەکاتەوە بۆ
گفتوگۆ لەسەر ئاشتی و پێکەوەژیان. بەشداریکردن بێبەرامبەرە و خەرجی گەشت و مانەوە بۆ بەشداربووانی دەرەوەی بەغدا
دابین دەکرێت. وەرگێڕانی ڕاستەوخۆ لە نێوان عەرەبی و کوردیدا لە هەموو دانیشتنەکاندا هەیە. بۆ تۆمارکردن، تکایە
فۆرمەکە بە عەرەبی پڕبکەرەوە.</p>
</section>
<h2>من الملتقى السابق</h2>
""" + video("media/multaqa2026.mp4", track="media/multaqa2026.ar.vtt", track_lang="ar", label="العربية") + """
""")

s.page("an.html", "عن الملتقى", """
<h1>عن الملتقى</h1>
<p>ينظم المجلس الوطني للشباب الملتقى سنويًا منذ ٢٠٢٣ بالتعاون مع منظمات شبابية محلية. يُختار المشاركون من بين
المتقدمين بحسب توزيع عادل بين المحافظات وبين الشابات والشباب.</p>
""")

s.page("tasjil.html", "استمارة التقديم", """
<h1>استمارة التقديم</h1>
<h2>شروط المشاركة</h2>
<ul>
  <li>أن يكون المتقدم عراقي الجنسية ومقيمًا في العراق.</li>
  <li>أن لا يقل عمر المتقدم عن ثماني عشرة سنة ولا يزيد على ثلاثين سنة في يوم افتتاح الملتقى.</li>
  <li>أن يكون له نشاط تطوعي أو مبادرة مجتمعية خلال السنتين الأخيرتين.</li>
</ul>
<p>الحقول المعلَّمة بـ * مطلوبة. يُغلق باب التقديم في ١٥ آذار ٢٠٢٧.</p>
<form action="@tasjil.html" method="post">
  <label for="fn">الاسم الرباعي *</label><input type="text" id="fn" name="full_name" required>
  <label for="em">البريد الإلكتروني *</label><input type="email" id="em" name="email" required>
  <label for="ph">رقم الهاتف (واتساب) *</label><input type="tel" id="ph" name="phone" required>
  <label for="nid">رقم البطاقة الوطنية الموحدة *</label><input type="text" id="nid" name="national_card" required>
  <label for="gov">المحافظة *</label>
  <select id="gov" name="governorate" required><option value="">اختر المحافظة</option><option>بغداد</option><option>البصرة</option><option>نينوى</option><option>أربيل</option><option>الأنبار</option><option>ذي قار</option></select>
  <fieldset><legend>الجنس *</legend>
    <input type="radio" id="g1" name="gender" value="f" required> <label for="g1">أنثى</label>
    <input type="radio" id="g2" name="gender" value="m"> <label for="g2">ذكر</label>
  </fieldset>
  <label for="dob">تاريخ الميلاد *</label><input type="date" id="dob" name="birth_date" required>
  <label for="org">المنظمة أو الجامعة التي تنتمي إليها</label><input type="text" id="org" name="organisation">
  <label for="ini">صف مبادرتك المجتمعية في خمسة أسطر *</label><textarea id="ini" name="initiative" rows="5" required></textarea>
  <div class="check"><input type="checkbox" id="ok" name="commit" required> <label for="ok">أتعهد بحضور أيام الملتقى الثلاثة *</label></div>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAA-nyc-example"></div>
  <button type="submit">إرسال الطلب</button>
</form>
""")

s.page("takalif.html", "التكاليف والدعم", """
<h1>التكاليف والدعم</h1>
<p>لا يدفع المشاركون أي رسوم. يتكفل الملتقى بتذاكر السفر والإقامة في الفندق للمشاركين القادمين من خارج بغداد، ويُصرف
لكل منهم بدل يومي قدره 25,000 دينار عراقي لتغطية التنقل داخل المدينة.</p>
<p>تُعاد أجور النقل البري بين المحافظات عند تقديم الوصولات، بحد أقصى 60,000 د.ع ذهابًا وإيابًا.</p>
""")

s.page("bath.html", "البث المباشر", """
<h1>البث المباشر</h1>
<p>تُبث الجلسات العامة مباشرة على <a href="https://www.youtube.com/@nyc-iraq-example">قناة المجلس في يوتيوب</a> للمشاهدة فقط.</p>
<p>الملتقى حضوري بالكامل: لا تتوفر مشاركة أو طرح أسئلة أو تصويت عن بُعد، والتعليقات على البث لا تُنقل إلى القاعة.</p>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة الملتقى في الطابق الأرضي من مركز بغداد للمؤتمرات، ومهيأة لمستخدمي الكراسي المتحركة، مع مواقف قريبة ومرافق صحية ملائمة.</p>
<p>تتوفر ترجمة فورية بين العربية والكردية في جميع الجلسات.</p>
<p>لا يتوفر مترجم لغة إشارة في هذه الدورة، ونعتذر عن ذلك.</p>
<p>إذا كانت لديك احتياجات أخرى فاكتب إلينا على wusul@nyc-iraq.example.org قبل أسبوعين من الملتقى.</p>
""")

s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج</h1>
<ul>
  <li>الجلسة الافتتاحية: الشباب والسلم الأهلي بعد عشرين عامًا</li>
  <li>تمويل المبادرات الشبابية: كيف تُصرف منح بقيمة ٥ ملايين دينار؟</li>
  <li>اللغة الكردية والعربية في المدرسة: تجارب من كركوك</li>
  <li>ورشة: صحافة المواطن وإتاحة المحتوى لذوي الإعاقة</li>
</ul>
""")

s.page("minah.html", "منح المبادرات", """
<h1>منح المبادرات الشبابية</h1>
<p>في ختام الملتقى تختار لجنة التحكيم عشر مبادرات، وتحصل كل منها على منحة تنفيذ قدرها 5,000,000 د.ع.</p>
""")

s.page("funduq.html", "الفندق", """
<h1>الفندق</h1>
<p>يقيم المشاركون في فندق الرشيد الجديد (اسم افتراضي). للمرافقين والمراقبين الراغبين بالإقامة على نفقتهم: 90,000 دينار عراقي لليلة.</p>
<p>أجرة التاكسي من مطار بغداد إلى الفندق نحو 30,000 دينار.</p>
""")

ENTRY = entry(
    s, name="National Youth and Peace Forum 2027 (national youth council, Baghdad)",
    languages=["ar", "ku"], fees=[], free_option=True, fee_support=True, remote_participation=False,
    captcha=["turnstile"], account_required=False,
    registration_form=(10, 9, ["phone", "id_document", "gender", "birth_date", "affiliation"]),
    min_age=18, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "tasjil.html", "takalif.html", "bath.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "يجمع الملتقى ثلاثمئة شابة وشاب من المحافظات العراقية كافة"),
                      Q("index.html", "بەشداریکردن بێبەرامبەرە و خەرجی گەشت و مانەوە", "Kurdish (Sorani) section, lang=ku")],
        "un_languages": [N("ar")],
        "fees": [Q("index.html", "المشاركة في الملتقى مجانية بالكامل ولا توجد أي رسوم تسجيل.", "no fee"),
                 Q("takalif.html", "بدل يومي قدره 25,000 دينار عراقي", "per diem, not a fee"),
                 Q("takalif.html", "بحد أقصى 60,000 د.ع", "transport refund, not a fee"),
                 Q("minah.html", "منحة تنفيذ قدرها 5,000,000 د.ع", "grant, not a fee"),
                 Q("funduq.html", "90,000 دينار عراقي لليلة", "hotel, not a fee"),
                 Q("barnamaj.html", "كيف تُصرف منح بقيمة ٥ ملايين دينار؟", "talk title")],
        "free_option": [Q("index.html", "المشاركة في الملتقى مجانية بالكامل"),
                        Q("takalif.html", "لا يدفع المشاركون أي رسوم.")],
        "fee_support": [Q("takalif.html", "يتكفل الملتقى بتذاكر السفر والإقامة في الفندق للمشاركين القادمين من خارج بغداد")],
        "remote_participation": [Q("bath.html", "للمشاهدة فقط"),
                                 Q("bath.html", "لا تتوفر مشاركة أو طرح أسئلة أو تصويت عن بُعد", "watch-only stream")],
        "captcha": [M("tasjil.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields: full name, e-mail, phone, national card number, governorate select, gender "
                                "radio (=1), birth date, organisation, initiative textarea, commitment checkbox. Required "
                                "(* and required): all but organisation = 9. Sensitive: phone, id_document, gender, "
                                "birth_date, affiliation (governorate not sensitive).", "tasjil.html")],
        "registration_host": [N("own form; YouTube is a watch-only stream")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("tasjil.html", "أن لا يقل عمر المتقدم عن ثماني عشرة سنة ولا يزيد على ثلاثين سنة",
                      "eighteen in words: 18")],
        "accessibility_statement": [Q("wusul.html", "إذا كانت لديك احتياجات أخرى فاكتب إلينا على wusul@nyc-iraq.example.org")],
        "access_services": [Q("wusul.html", "ومهيأة لمستخدمي الكراسي المتحركة"),
                            Q("wusul.html", "تتوفر ترجمة فورية بين العربية والكردية في جميع الجلسات."),
                            Q("wusul.html", "لا يتوفر مترجم لغة إشارة في هذه الدورة", "no sign language (negation)")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/multaqa2026.ar.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
