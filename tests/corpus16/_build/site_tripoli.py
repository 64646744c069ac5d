"""Tripoli (Lebanon) book fair with paid creative-writing workshops; ar-LB, a French page declared lang="ar-LB"."""
from lib import mk, video, placeholder_media, Q, M, N, entry

NAV = [("index.html", "الرئيسية"), ("warash.html", "ورش الكتابة والرسوم"), ("tasjil.html", "التسجيل في الورش"),
       ("wusul.html", "إمكانية الوصول"), ("barnamaj.html", "البرنامج الثقافي"), ("arideen.html", "دور النشر العارضة"),
       ("iqama.html", "الإقامة والتنقل"), ("fr/index.html", "Français")]
s = mk("maarad-tarablus-lilkitab-warash-alkitaba", "معرض طرابلس للكتاب — الدورة السابعة والأربعون", "ar-LB", "#7a3b12", "طك",
       {"ar-LB": NAV}, dir="rtl",
       foot={"ar-LB": '<p>الرابطة الثقافية في طرابلس — شارع الثقافة، طرابلس، لبنان — <a href="mailto:maarad@rabita-tripoli.example.lb">maarad@rabita-tripoli.example.lb</a></p>'})
placeholder_media(s, "media/iftitah.mp4")

s.page("index.html", "معرض طرابلس للكتاب ٢٠٢٧", f"""
<h1>معرض طرابلس للكتاب — الدورة السابعة والأربعون</h1>
<p>من ٢ إلى ١٢ آذار ٢٠٢٧ في معرض رشيد كرامي الدولي، طرابلس. تنظّمه الرابطة الثقافية بمشاركة ستين دار نشر من لبنان والعالم العربي.</p>
<p class="note">الدخول إلى المعرض وحضور الندوات والأمسيات الشعرية مجاني للجميع، من دون حجز مسبق.</p>
<p>هذا العام ننظّم إلى جانب المعرض ثلاث ورش للكتابة الإبداعية بعدد مقاعد محدود وبرسوم رمزية؛ التفاصيل في صفحة <a href="@warash.html">ورش الكتابة والرسوم</a> والتسجيل عبر <a href="@tasjil.html">استمارة التسجيل</a>.</p>
<p>تُبث الندوات مباشرة على صفحة المعرض في فيسبوك للمتابعة فقط، ولا يمكن طرح الأسئلة أو المشاركة في الورش عن بُعد.</p>
<h2>فيديو الدورة الماضية</h2>
{video("media/iftitah.mp4")}
<p><a href="@arshif-2025.html">أرشيف دورة ٢٠٢٥</a> · <a href="@wusul.html">إمكانية الوصول</a> · <a href="@fr/index.html" hreflang="fr">Version française</a></p>
""", alternates=[("fr", "fr/index.html")])

s.page("warash.html", "ورش الكتابة والرسوم", """
<h1>ورش الكتابة الإبداعية</h1>
<p>ورش الكتابة مفتوحة للكتّاب الشباب من سن السادسة عشرة فما فوق، وتمتد كل ورشة على أربع جلسات مسائية.</p>
<table>
<caption>رسوم ورش الكتابة</caption>
<thead><tr><th>الورشة</th><th>العامة (دولار أميركي)</th><th>الطلاب (دولار أميركي)</th></tr></thead>
<tbody>
<tr><th>ورشة القصة القصيرة</th><td>35</td><td>15</td></tr>
<tr><th>ورشة الشعر الحديث</th><td>35</td><td>15</td></tr>
<tr><th>ورشة الكتابة للمسرح</th><td>45</td><td>15</td></tr>
</tbody>
</table>
<p>يمكن للطلاب دفع رسم الورشة بالليرة اللبنانية: 15$ أو ١٬٣٥٠٬٠٠٠ ل.ل عند التسجيل في مكتب الرابطة.</p>
<p>سعر الصرف المعتمد لدى أمانة الصندوق: ٩٠٬٠٠٠ ل.ل للدولار الواحد (للعلم فقط).</p>
<p>يُطلب من الطلاب إرفاق صورة بطاقة طالب سارية عند التسجيل.</p>
""")

s.page("tasjil.html", "التسجيل في ورش الكتابة", """
<h1>استمارة التسجيل في ورش الكتابة</h1>
<p>الحقول المؤشّر عليها بعبارة (ضروري) إلزامية.</p>
<form action="@tasjil.html" method="post" enctype="multipart/form-data">
  <input type="hidden" name="dawra" value="47">
  <label for="ism">الاسم الكامل (ضروري)</label><input type="text" id="ism" name="ism">
  <label for="barid">البريد الإلكتروني (ضروري)</label><input type="email" id="barid" name="barid">
  <label for="hatif">رقم الهاتف (ضروري)</label><input type="tel" id="hatif" name="hatif">
  <label for="milad">تاريخ الميلاد (ضروري)</label><input type="date" id="milad" name="milad">
  <label for="jamia">المدرسة أو الجامعة</label><input type="text" id="jamia" name="jamia">
  <label for="warsha">الورشة (ضروري)</label>
  <select id="warsha" name="warsha"><option>القصة القصيرة</option><option>الشعر الحديث</option><option>الكتابة للمسرح</option></select>
  <fieldset><legend>الفئة (ضروري)</legend>
    <input type="radio" id="f1" name="fia" value="amma"><label for="f1">عامة</label>
    <input type="radio" id="f2" name="fia" value="talib"><label for="f2">طالب/ة</label>
  </fieldset>
  <label for="bitaqa">صورة بطاقة الطالب</label><input type="file" id="bitaqa" name="bitaqa">
  <div class="check"><input type="checkbox" id="shurut" name="shurut"><label for="shurut">أوافق على شروط المشاركة (ضروري)</label></div>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
  <button type="submit">إرسال</button>
</form>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول والخدمات</h1>
<ul>
<li>المدخل الجنوبي لمعرض رشيد كرامي الدولي مجهّز بمنحدر للكراسي المتحركة، وقاعات الورش في الطابق الأرضي.</li>
<li>ترجمة إلى لغة الإشارة اللبنانية في حفل الافتتاح والندوات الرئيسية.</li>
<li>ركن لرعاية الأطفال من ٣ إلى ٧ سنوات بإشراف مربيات مختصات طوال أيام المعرض.</li>
</ul>
<p>لأي احتياج خاص بالوصول تواصلوا مع السيدة ريما عبد الحق على <a href="mailto:wusul@rabita-tripoli.example.lb">wusul@rabita-tripoli.example.lb</a>.</p>
""")

s.page("fr/index.html", "Salon du livre de Tripoli — en français", """
<h1>Salon du livre de Tripoli, 47e édition</h1>
<p>Du 2 au 12 mars 2027 à la Foire internationale Rachid Karamé de Tripoli. L'entrée du salon, les débats et les soirées de poésie sont gratuits et ouverts à tous.</p>
<p>Trois ateliers d'écriture créative sont proposés aux jeunes auteurs : nouvelle et poésie à 35 $, écriture théâtrale à 45 $, et 15 $ pour les étudiants dans tous les ateliers. L'inscription se fait en arabe sur le formulaire du site.</p>
<p>L'entrée sud est équipée d'une rampe ; une interprétation en langue des signes libanaise est assurée lors de l'ouverture. Les débats sont diffusés sur Facebook, sans possibilité d'intervenir à distance.</p>
""", lang="ar-LB", dir="ltr", header_lang="ar-LB")

s.page("barnamaj.html", "البرنامج الثقافي", """
<h1>البرنامج الثقافي</h1>
<ul>
<li>ندوة: الإعاقة في الرواية العربية المعاصرة</li>
<li>ندوة: اقتصاد النشر بعد انهيار الليرة</li>
<li>أمسية شعرية: طرابلس في قصائد الشباب</li>
<li>لقاء مع مترجمي أدب الأطفال</li>
</ul>
<p>خصم ٣٠٪ على الكتب في جميع الأجنحة، وأسعار الكتب تبدأ من 5$.</p>
""")

s.page("arideen.html", "دور النشر العارضة", """
<h1>للعارضين والرعاة</h1>
<p>جناح ٩ م²: 400$ لكامل أيام المعرض. جناح ١٨ م²: 700$.</p>
<p>رعاية ذهبية: 5,000$ — رعاية فضية: 2,500$.</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق قريب من المعرض: 65$ لليلة مع الفطور. أجرة السرفيس داخل طرابلس نحو ١٠٠٬٠٠٠ ل.ل.</p>
<h2>وظيفة شاغرة</h2>
<p>منسّق/ة لوجستي للمعرض، عقد لثلاثة أشهر براتب 800$ شهريًا.</p>
""")

ENTRY = entry(
    s, name="47th Tripoli Book Fair with creative-writing workshops (cultural league, Tripoli, Lebanon)",
    languages=["ar", "fr"],
    fees=[(35, "USD"), (45, "USD"), (15, "USD"), (1350000, "LBP")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["hcaptcha"], account_required=False,
    registration_form=(9, 7, ["phone", "birth_date", "affiliation"]), registration_host=None, min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "warash.html", "tasjil.html", "wusul.html", "fr/index.html"],
    deliberate_404=["arshif-2025.html"],
    evidence={
        "languages": [Q("index.html", "تنظّمه الرابطة الثقافية بمشاركة ستين دار نشر"),
                      Q("fr/index.html", "Trois ateliers d'écriture créative sont proposés aux jeunes auteurs",
                        "whole French page declared lang=\"ar-LB\": French")],
        "un_languages": [N("ar, fr")],
        "fees": [M("warash.html", "<th>العامة (دولار أميركي)</th><th>الطلاب (دولار أميركي)</th>", "currency only in the column headers: USD"),
                 M("warash.html", "<tr><th>ورشة القصة القصيرة</th><td>35</td><td>15</td></tr>", "35 USD general, 15 USD students"),
                 M("warash.html", "<tr><th>ورشة الكتابة للمسرح</th><td>45</td><td>15</td></tr>", "45 USD"),
                 Q("warash.html", "15$ أو ١٬٣٥٠٬٠٠٠ ل.ل", "same student price in LBP: a second entry (1350000 LBP)"),
                 Q("warash.html", "٩٠٬٠٠٠ ل.ل للدولار الواحد", "exchange rate, not a fee"),
                 Q("fr/index.html", "nouvelle et poésie à 35 $", "French restatement, no new entries"),
                 Q("barnamaj.html", "وأسعار الكتب تبدأ من 5$", "book prices: not fees"),
                 Q("arideen.html", "جناح ٩ م²: 400$", "stands and sponsorship: not fees"),
                 Q("iqama.html", "براتب 800$ شهريًا", "hotel, service taxi, salary: not fees")],
        "free_option": [Q("index.html", "الدخول إلى المعرض وحضور الندوات والأمسيات الشعرية مجاني للجميع")],
        "fee_support": [M("warash.html", "<td>35</td><td>15</td>", "student rate below the general rate")],
        "remote_participation": [Q("index.html", "تُبث الندوات مباشرة على صفحة المعرض في فيسبوك للمتابعة فقط",
                                   "watch-only stream: false")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("tasjil.html: 9 fields: name, e-mail, phone, birth date, school/university, workshop select, "
                                "category radio (=1), student-card file, terms checkbox; hidden not counted. Required "
                                "(ضروري): name, e-mail, phone, birth date, workshop, category, terms = 7. Sensitive: phone, "
                                "birth_date, affiliation (school or university).", "tasjil.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("warash.html", "ورش الكتابة مفتوحة للكتّاب الشباب من سن السادسة عشرة فما فوق", "16 in words"),
                    Q("wusul.html", "ركن لرعاية الأطفال من ٣ إلى ٧ سنوات", "childcare ages, not a limit")],
        "accessibility_statement": [Q("wusul.html", "لأي احتياج خاص بالوصول تواصلوا مع السيدة ريما عبد الحق"),
                                    Q("barnamaj.html", "ندوة: الإعاقة في الرواية العربية المعاصرة", "talk title, not a statement")],
        "access_services": [Q("wusul.html", "مجهّز بمنحدر للكراسي المتحركة"),
                            Q("wusul.html", "ترجمة إلى لغة الإشارة اللبنانية في حفل الافتتاح والندوات الرئيسية."),
                            Q("wusul.html", "ركن لرعاية الأطفال من ٣ إلى ٧ سنوات بإشراف مربيات مختصات", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/iftitah.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
