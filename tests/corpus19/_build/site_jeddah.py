from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "الرئيسية"), ("tadhakir.html", "التذاكر"), ("barnamaj.html", "البرنامج"), ("wusul.html", "سهولة الوصول"),
       ("sual.html", "الأسئلة الشائعة"), ("rua.html", "الرعاة"), ("iqama.html", "الإقامة والتنقل"), ("wadhaif.html", "لوحة الوظائف")]
s = mk("multaqa-jidda-littasmim-algrafiki", "ملتقى جدة للتصميم الجرافيكي ٢٠٢٧", "ar-SA", "#0b6e4f", "جدة", NAV, dir="rtl",
       foot={"ar-SA": "<p>جمعية المصممين بجدة (جمعية أهلية) — forum@tasmim.example.sa</p>"})
placeholder_media(s, "media/teaser.mp4")

s.page("index.html", "ملتقى جدة للتصميم الجرافيكي ٢٠٢٧", f"""
<h1>ملتقى جدة للتصميم الجرافيكي ٢٠٢٧</h1>
<p>يومان من المحاضرات والورش ومراجعات الملفات الفنية في حي البلد التاريخي، ١٤ و١٥ أبريل ٢٠٢٧. يلتقي فيهما مصممو الهويات البصرية والخطوط والرسوم التوضيحية من المملكة والخليج.</p>
<p><a href="@tadhakir.html">التذاكر والأسعار</a> · <a href="@barnamaj.html">البرنامج</a> · <a href="@wusul.html">سهولة الوصول</a> · <a href="@arshif-2025.html">أرشيف ملتقى ٢٠٢٥</a></p>
{video("media/teaser.mp4")}
<section lang="en">
<h2>In English</h2>
<p>The Jeddah Graphic Design Forum is two days of talks, hands-on workshops and portfolio reviews in the historic Al-Balad district. Most sessions are in Arabic, with interpretation into English in the main hall. Forum tickets cost SAR 450 and are sold on webook; see the tickets page for the student price and the screen-printing workshop.</p>
</section>
""")

s.page("tadhakir.html", "التذاكر والأسعار", """
<h1>التذاكر والأسعار</h1>
<div class="cards">
<div class="card"><h2>تذكرة الملتقى</h2><span class="price">٤٥٠ ر.س</span><p>حضور اليومين وجميع المحاضرات ومراجعات الملفات.</p></div>
<div class="card"><h2>تذكرة الطلبة</h2><span class="price">١٥٠ ر.س</span><p>لطلبة الجامعات والكليات عند إبراز البطاقة الجامعية سارية المفعول.</p></div>
<div class="card"><h2>ورشة الطباعة بالشاشة الحريرية</h2><span class="price">٣٠٠ ريال سعودي</span><p>ورشة إضافية لمدة أربع ساعات، المقاعد ٢٠ فقط، وتُشترى مع تذكرة الملتقى.</p></div>
</div>
<p class="note">جميع الأسعار شاملة ضريبة القيمة المضافة (١٥٪).</p>
<p>لا توجد تذاكر مجانية، ويدفع المتحدثون والمتطوعون رسوم التذكرة أيضًا.</p>
<p>يجب أن يكون المشارك قد أتم السابعة عشرة من عمره.</p>
<h2>طريقة الشراء</h2>
<p>تباع التذاكر عبر منصة <a href="https://webook.com/ar/events/jeddah-graphic-design-forum-2027">webook</a>. يتطلب الشراء تسجيل الدخول إلى حسابك في المنصة أو إنشاء حساب جديد برقم الجوال.</p>
""")

s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج</h1>
<h2>اليوم الأول — الأربعاء ١٤ أبريل</h2>
<ul><li>١٠:٠٠ الافتتاح: الحرف العربي في الشاشات الصغيرة</li><li>١٢:٠٠ محاضرة: هوية بصرية لمدينة ساحلية</li><li>١٦:٠٠ ورشة الطباعة بالشاشة الحريرية (مقاعد محدودة)</li></ul>
<h2>اليوم الثاني — الخميس ١٥ أبريل</h2>
<ul><li>١٠:٠٠ محاضرة: تصميم الملصقات للحملات الصحية</li><li>١٤:٠٠ مراجعات الملفات الفنية مع المحكّمين</li><li>١٨:٠٠ الختام وإعلان جوائز الملصق (الجائزة الأولى ١٠٬٠٠٠ ر.س)</li></ul>
<p>تُبث الجلسات الرئيسية مباشرة على يوتيوب للمشاهدة فقط، ولا يمكن طرح الأسئلة أو المشاركة عن بُعد.</p>
""")

s.page("wusul.html", "سهولة الوصول", """
<h1>سهولة الوصول</h1>
<p>تقع قاعة الملتقى في الطابق الأرضي من بيت الفنون، وهي مهيأة لمستخدمي الكراسي المتحركة، وتتوفر مواقف سيارات مخصصة بجوار المدخل.</p>
<p>تتوفر ترجمة فورية بين العربية والإنجليزية في القاعة الرئيسية.</p>
<p>إن كانت لديك احتياجات خاصة للوصول فاكتب إلينا على access@tasmim.example.sa قبل أسبوعين من الملتقى.</p>
""")

s.page("sual.html", "الأسئلة الشائعة", """
<h1>الأسئلة الشائعة</h1>
<details><summary>هل يمكن استرداد ثمن التذكرة؟</summary><p>يمكن نقل التذكرة إلى شخص آخر حتى ٣١ مارس، ولا تُسترد المبالغ بعد ذلك.</p></details>
<details><summary>هل أحتاج إلى حساب؟</summary><p>نعم، الشراء عبر webook يحتاج إلى حساب في المنصة.</p></details>
<h2>أرسل سؤالك</h2>
<form action="@sual.html" method="post">
<label for="q-name">الاسم</label><input type="text" id="q-name" name="q-name">
<label for="q-mail">البريد الإلكتروني</label><input type="email" id="q-mail" name="q-mail">
<label for="q-text">سؤالك</label><textarea id="q-text" name="q-text" rows="4"></textarea>
<div class="g-recaptcha" data-sitekey="6Lc-made-up-key-jeddah"></div>
<button type="submit">إرسال</button>
</form>
""")

s.page("rua.html", "الرعاة", """
<h1>الرعاة والعارضون</h1>
<table><thead><tr><th>الباقة</th><th>السعر</th></tr></thead><tbody>
<tr><td>الراعي البلاتيني</td><td>٧٥٬٠٠٠ ر.س</td></tr><tr><td>الراعي الذهبي</td><td>٤٠٬٠٠٠ ر.س</td></tr><tr><td>جناح عرض للمطابع</td><td>١٢٬٠٠٠ ر.س</td></tr>
</tbody></table>
<p>للرعاية: sponsors@tasmim.example.sa</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق البلد التراثي: ٦٢٠ ر.س لليلة شاملة الإفطار، مع خصم ١٠٪ لضيوف الملتقى.</p>
<p>قطار الحرمين من مكة إلى جدة ابتداءً من ٤٠ ر.س، وسيارات الأجرة عبر التطبيقات من المطار نحو ٨٥ ر.س.</p>
""")

s.page("wadhaif.html", "لوحة الوظائف", """
<h1>لوحة الوظائف</h1>
<ul>
<li>مصمم هويات بصرية — استوديو ساحل — راتب ١٢٬٠٠٠ ر.س شهريًا</li>
<li>مصمم حركة (موشن) — وكالة مدى — راتب ٩٬٥٠٠ ر.س شهريًا</li>
<li>متدرب تصميم — ٤٬٠٠٠ ر.س مكافأة شهرية</li>
</ul>
""")

ENTRY = entry(s,
    name="Jeddah Graphic Design Forum 2027 (designers' association, Jeddah)",
    languages=["ar", "en"],
    fees=[(450, "SAR"), (150, "SAR"), (300, "SAR")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["recaptcha"],
    account_required=True, registration_form=None, registration_host="webook.com",
    min_age=17, accessibility_statement=True, access_services=["interpretation", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tadhakir.html", "barnamaj.html", "wusul.html", "sual.html"],
    deliberate_404=["arshif-2025.html"],
    evidence={
        "languages": [Q("index.html", "يومان من المحاضرات والورش ومراجعات الملفات الفنية في حي البلد التاريخي"),
                      Q("index.html", "The Jeddah Graphic Design Forum is two days of talks, hands-on workshops and portfolio reviews"),
                      M("index.html", '<section lang="en">', "English section with lang")],
        "un_languages": [N("ar, en")],
        "fees": [Q("tadhakir.html", "تذكرة الملتقى ٤٥٠ ر.س", "450 SAR"),
                 Q("tadhakir.html", "تذكرة الطلبة ١٥٠ ر.س", "150 SAR"),
                 Q("tadhakir.html", "ورشة الطباعة بالشاشة الحريرية ٣٠٠ ريال سعودي", "add-on workshop: 300 SAR"),
                 Q("tadhakir.html", "جميع الأسعار شاملة ضريبة القيمة المضافة (١٥٪).", "VAT included: taken as shown; 15% is not a fee"),
                 Q("index.html", "Forum tickets cost SAR 450", "English restatement, no new entry"),
                 Q("barnamaj.html", "الجائزة الأولى ١٠٬٠٠٠ ر.س", "prize: not a fee"),
                 Q("rua.html", "جناح عرض للمطابع ١٢٬٠٠٠ ر.س", "sponsor packages and stand: not fees"),
                 Q("iqama.html", "فندق البلد التراثي: ٦٢٠ ر.س لليلة", "hotel, train, taxi: not fees"),
                 Q("wadhaif.html", "راتب ١٢٬٠٠٠ ر.س شهريًا", "job board salaries: not fees")],
        "free_option": [Q("tadhakir.html", "لا توجد تذاكر مجانية، ويدفع المتحدثون والمتطوعون رسوم التذكرة أيضًا.")],
        "fee_support": [Q("tadhakir.html", "لطلبة الجامعات والكليات عند إبراز البطاقة الجامعية سارية المفعول.",
                          "student rate (150) below the forum ticket (450)")],
        "remote_participation": [Q("barnamaj.html", "تُبث الجلسات الرئيسية مباشرة على يوتيوب للمشاهدة فقط، ولا يمكن طرح الأسئلة أو المشاركة عن بُعد.",
                                   "watch-only stream: false")],
        "captcha": [M("sual.html", '<div class="g-recaptcha"', "reCAPTCHA on the FAQ question form")],
        "account_required": [Q("tadhakir.html", "يتطلب الشراء تسجيل الدخول إلى حسابك في المنصة أو إنشاء حساب جديد برقم الجوال.")],
        "registration_form": [N("no own registration form: tickets only on webook; the FAQ question form (3 fields) is not one")],
        "registration_host": [M("tadhakir.html", 'href="https://webook.com/ar/events/jeddah-graphic-design-forum-2027"')],
        "registration_pdf_only": [N("platform registration, no PDF form")],
        "min_age": [Q("tadhakir.html", "يجب أن يكون المشارك قد أتم السابعة عشرة من عمره.", "17, in words")],
        "accessibility_statement": [Q("wusul.html", "وهي مهيأة لمستخدمي الكراسي المتحركة"),
                                    Q("wusul.html", "إن كانت لديك احتياجات خاصة للوصول فاكتب إلينا على access@tasmim.example.sa")],
        "access_services": [Q("wusul.html", "تقع قاعة الملتقى في الطابق الأرضي من بيت الفنون، وهي مهيأة لمستخدمي الكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة فورية بين العربية والإنجليزية في القاعة الرئيسية.", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/teaser.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
