from lib import *
SLUG = "multaqa-benghazi-lilaflam-alqasira"
NAV = [("index.html", "الرئيسية"), ("warsha.html", "الورش"), ("tasjil.html", "طلب المشاركة"), ("wusul.html", "الوصول"),
       ("aflam.html", "العروض"), ("shuraka.html", "الشركاء"), ("iqama.html", "الإقامة"), ("akhbar.html", "الأخبار")]
s = mk(SLUG, "ملتقى بنغازي للأفلام القصيرة", "ar-LY", "#7a2e8c", "BSF", NAV, dir="rtl",
       foot={"ar-LY": "<p>ملتقى بنغازي للأفلام القصيرة — contact@bsf.example.ly</p>"})
placeholder_media(s, "media/teaser.mp4"); placeholder_media(s, "media/warsha.mp4"); vtt(s, "media/warsha-ar.vtt", "مرحبًا")
s.pdf("docs/laiha.pdf", "Laihat al-multaqa 2027")
s.page("index.html", "ملتقى بنغازي للأفلام القصيرة", f"""
<h1>ملتقى بنغازي للأفلام القصيرة ٢٠٢٧</h1>
<p>سلسلة ورش لصناعة الأفلام القصيرة للشباب تنتهي بعروض عامة في دار الثقافة ببنغازي خلال شهر أبريل.</p>
<p><a href="@warsha.html">عن الورش وشروط المشاركة</a> · <a href="@tasjil.html">طلب المشاركة</a> · <a href="@wusul.html">إمكانية الوصول</a> · <a href="@dawra-2024.html">أرشيف دورة ٢٠٢٤</a></p>
{video("media/teaser.mp4")}
<section>
<h2>For international mentors</h2>
<p>The Benghazi Short Film Meeting is a series of filmmaking workshops for young Libyans. Mentors from abroad join the critique sessions online, and the final screenings are open to the public in the House of Culture.</p>
</section>
""")
s.page("warsha.html", "الورش", f"""
<h1>الورش وشروط المشاركة</h1>
<p>المشاركة في الورش مجانية بشرط التسجيل قبل ١٥ مارس وحضور جميع الجلسات.</p>
<p>الورش مفتوحة للشباب من ثماني عشرة إلى ثلاثين سنة.</p>
<p>يُصرف بدل مواصلات للمشاركين القادمين من خارج بنغازي.</p>
<p>تُعقد جلسات نقد الأفلام أسبوعيًا عبر Google Meet، ويمكن للمشاركين من المدن الأخرى عرض أعمالهم وطرح الأسئلة مباشرة على المدربين.</p>
<p>لائحة الملتقى وشروط المسابقة متاحة فقط بصيغة PDF: <a href="@docs/laiha.pdf">تحميل اللائحة (PDF)</a>.</p>
<p>يوفر متجر شريك كاميرات للإيجار بسعر ٢٥٠ د.ل للأسبوع، ويدفع المشاركون تأمينًا قدره ١٠٠ د.ل يُسترد عند إعادة المعدات.</p>
{video("media/warsha.mp4", track="media/warsha-ar.vtt", track_lang="ar", label="العربية")}
""")
s.page("tasjil.html", "طلب المشاركة", f"""
<h1>طلب المشاركة في الورش</h1>
<p>الحقول المعلّمة بنجمة * إلزامية.</p>
<form action="@tasjil.html" method="post">
{fld("name", "الاسم الكامل *", req=True)}
{fld("email", "البريد الإلكتروني *", "email", True)}
{fld("wa", "رقم واتساب *", "tel", True)}
{fld("dob", "تاريخ الميلاد *", "date", True)}
{fld("city", "المدينة *", "select", True, ["بنغازي", "طرابلس", "مصراتة", "سبها", "أخرى"])}
{radios("gender", "الجنس *", ["ذكر", "أنثى"], True)}
{fld("link", "رابط فيلم سابق", "url")}
{fld("why", "لماذا تريد المشاركة؟ *", "textarea", True)}
{fld("portfolio", "ملف الأعمال", "file")}
{fld("consent", "أوافق على لائحة الملتقى *", "checkbox", True)}
<div class="h-captcha" data-sitekey="bsf-example"></div>
<button type="submit">إرسال الطلب</button>
</form>
""")
s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة الورش في الطابق الأرضي دون درجات، ودورات المياه مهيأة للكراسي المتحركة.</p>
<p>للاستفسار عن أي احتياج خاص يُرجى مراسلة access@bsf.example.ly.</p>
""")
s.page("aflam.html", "العروض", """
<h1>العروض العامة</h1>
<p>تُعرض أفلام المشاركين في دار الثقافة، وتُمنح جائزة أفضل فيلم بقيمة ٥٬٠٠٠ دينار ليبي.</p>
""")
s.page("shuraka.html", "الشركاء", """
<h1>الشركاء والرعاة</h1>
<p>باقة الراعي الرئيسي ١٠٬٠٠٠ د.ل، وباقة الشريك الإعلامي ٣٬٠٠٠ د.ل.</p>
""")
s.page("iqama.html", "الإقامة", """
<h1>الإقامة والتنقل</h1>
<p>غرف فندقية قرب دار الثقافة من ١٥٠ د.ل لليلة. أجرة التاكسي داخل المدينة نحو ١٥ د.ل.</p>
""")
s.page("akhbar.html", "الأخبار", """
<h1>الأخبار</h1>
<p>وظيفة شاغرة: مطلوب مونتير للملتقى براتب ١٬٨٠٠ د.ل شهريًا.</p>
""")
ENTRY = entry(s, name="Benghazi Short Film Meeting 2027: filmmaking workshops for young people (film collective, Benghazi, Libya)",
    languages=["ar", "en"], fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(10, 8, ["phone", "birth_date", "gender"]), registration_host=None,
    min_age=18, accessibility_statement=True, access_services=["wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=True, deliberate_404=["dawra-2024.html"],
    participation_pages=["index.html", "warsha.html", "tasjil.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "سلسلة ورش لصناعة الأفلام القصيرة للشباب"),
                      Q("index.html", "Mentors from abroad join the critique sessions online", "English section (with its heading): en")],
        "un_languages": [N("ar, en")],
        "fees": [Q("warsha.html", "المشاركة في الورش مجانية بشرط التسجيل قبل ١٥ مارس وحضور جميع الجلسات.", "free: no fee"),
                 Q("warsha.html", "كاميرات للإيجار بسعر ٢٥٠ د.ل للأسبوع", "camera rental by a shop: not a fee"),
                 Q("warsha.html", "تأمينًا قدره ١٠٠ د.ل يُسترد عند إعادة المعدات", "refundable deposit: not a fee"),
                 Q("aflam.html", "جائزة أفضل فيلم بقيمة ٥٬٠٠٠ دينار ليبي", "prize, sponsors, hotel, taxi, salary: not fees")],
        "free_option": [Q("warsha.html", "المشاركة في الورش مجانية بشرط التسجيل قبل ١٥ مارس", "free with conditions: true")],
        "fee_support": [Q("warsha.html", "يُصرف بدل مواصلات للمشاركين القادمين من خارج بنغازي.")],
        "remote_participation": [Q("warsha.html", "يمكن للمشاركين من المدن الأخرى عرض أعمالهم وطرح الأسئلة مباشرة على المدربين")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("tasjil.html: 10 fields: name, e-mail, WhatsApp, birth date, city select, gender radio (=1), film link, motivation textarea, portfolio file, consent checkbox. Required (*): name, e-mail, WhatsApp, birth date, city, gender, motivation, consent = 8. Sensitive: phone (WhatsApp), birth_date, gender; city select not sensitive.", "tasjil.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("warsha.html", "الورش مفتوحة للشباب من ثماني عشرة إلى ثلاثين سنة.", "18 in words (range lower bound)")],
        "accessibility_statement": [Q("wusul.html", "قاعة الورش في الطابق الأرضي دون درجات")],
        "access_services": [Q("wusul.html", "ودورات المياه مهيأة للكراسي المتحركة", "ground floor, no steps: wheelchair_access")],
        "videos_without_captions": [M("index.html", 'src="media/teaser.mp4">', "no track"),
                                    M("warsha.html", '<track kind="captions"', "captioned: not counted")],
        "pdf_only_documents": [Q("warsha.html", "لائحة الملتقى وشروط المسابقة متاحة فقط بصيغة PDF")],
    })
