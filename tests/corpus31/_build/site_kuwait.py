from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "الرئيسية"), ("rusum.html", "الرسوم"), ("tasjil.html", "التسجيل"), ("asila.html", "أسئلة شائعة"),
       ("wusul.html", "إمكانية الوصول"), ("ruaat.html", "الرعاة"), ("iqama.html", "الإقامة والتنقل"), ("wazaif.html", "وظائف")]
FOOT = '<p>فريق اللؤلؤ التطوعي للغوص — النادي البحري، السالمية، الكويت — info@lulu-divers.example.kw</p>'
s = mk("warshat-ghawwasi-rasd-alshiab-kuwait", "ورشة الغواصين المتطوعين لرصد الشعاب المرجانية ٢٠٢٧", "ar-KW", "#0a6e8a",
       "غوص", NAV, dir="rtl", foot={"ar-KW": FOOT})
placeholder_media(s, "media/rasd-2026.mp4")

s.page("index.html", "ورشة رصد الشعاب المرجانية ٢٠٢٧", """
<h1>ورشة الغواصين المتطوعين لرصد الشعاب المرجانية</h1>
<p>من ١١ إلى ١٣ مارس ٢٠٢٧ في قاعة النادي البحري بالسالمية، ثم غوصات ميدانية قرب جزيرة كبّر.</p>
<p>تجمع الورشة الغواصين الهواة الذين يسجّلون حالة المرجان وأعداد الأسماك في مواقع ثابتة كل موسم، وتدرّبهم على طرق الرصد الموحّدة ورفع البيانات.</p>
<h2>من البرنامج</h2>
<ul>
<li>طرق المسح بالخط الممتد والمربعات الثابتة</li>
<li>التعرّف على ابيضاض المرجان وتوثيقه بالصور</li>
<li>محاضرة: تعليم الأطفال من ٦ إلى ١٠ سنوات حماية الشعاب في المدارس</li>
</ul>
<p>مواعيد التسجيل والرسوم في صفحة <a href="@rusum.html">الرسوم</a>. صور ورشة ٢٠٢٥ في <a href="@arshif-2025.html">الأرشيف</a>.</p>
<h2>فيديو من موسم ٢٠٢٦</h2>
""" + video("media/rasd-2026.mp4") + """
<section lang="hi">
<h2>हिंदी में जानकारी</h2>
<p>यह कार्यशाला उन शौकिया गोताखोरों के लिए है जो कुवैत के तट पर प्रवाल भित्तियों की निगरानी में मदद करना चाहते हैं। प्रशिक्षण अरबी में होगा, पर स्वयंसेवक हिंदी और अंग्रेज़ी में सवालों के जवाब देंगे।</p>
<p>कार्यशाला शुल्क: गोताखोर KWD 25.000, छात्र KWD 12.500। पंजीकरण केवल वेबसाइट के फ़ॉर्म से होता है।</p>
</section>
""")

s.page("rusum.html", "الرسوم", """
<h1>رسوم المشاركة</h1>
<table>
<caption>رسوم الورشة (ثلاثة أيام)</caption>
<tr><th>الفئة</th><th>الرسوم</th></tr>
<tr><td>غوّاص</td><td>٢٥٫٠٠٠ د.ك</td></tr>
<tr><td>طالب جامعي (بإبراز البطاقة الجامعية)</td><td>١٢٫٥٠٠ د.ك</td></tr>
</table>
<p>غوصة القارب إلى جزيرة قاروه (اختيارية، ينظمها الفريق يوم ١٤ مارس): ١٥٫٠٠٠ د.ك إضافية للشخص.</p>
<p>لا توجد مقاعد مجانية، ويدفع المدرّبون والمحاضرون الرسوم أيضًا.</p>
<p>تشمل الرسوم القهوة والغداء وكتيّب الرصد. تُدفع الرسوم بالرابط الذي يصل بعد قبول التسجيل.</p>
""")

s.page("tasjil.html", "التسجيل", """
<h1>استمارة التسجيل</h1>
<p>التسجيل مفتوح للغواصين من سن السابعة عشرة فما فوق، ويُشترط حمل شهادة غوص مفتوح.</p>
<form action="@tasjil.html" method="post">
""" + fld("name", "الاسم الكامل (يجب تعبئته)") + fld("civil", "الرقم المدني (يجب تعبئته)")
  + fld("dob", "تاريخ الميلاد (يجب تعبئته)", "date") + fld("tel", "رقم الهاتف (يجب تعبئته)", "tel")
  + fld("email", "البريد الإلكتروني (يجب تعبئته)", "email") + fld("cert", "رقم شهادة الغوص")
  + fld("level", "مستوى الشهادة", "select", opts=["غوص مفتوح", "غوص متقدم", "إنقاذ", "مدرّب"])
  + fld("club", "النادي أو الجهة") + fld("nat", "الجنسية", "select", opts=["كويتي", "خليجي", "أخرى"])
  + fld("boat", "أرغب في المشاركة في غوصة القارب", "checkbox")
  + fld("fit", "أقرّ بأنني لائق صحيًا للغوص", "checkbox", req=True) + """
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">إرسال التسجيل</button>
</form>
""")

s.page("asila.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details open><summary>هل يمكن المشاركة عن بُعد؟</summary><p>لا. تُبث المحاضرات النظرية على يوتيوب للمشاهدة فقط، ولا تُستقبل أسئلة أو مشاركات عبر البث.</p></details>
<details open><summary>هل أحتاج إلى معداتي الخاصة؟</summary><p>نعم، أو يمكنك استئجارها من المتاجر المذكورة في صفحة الإقامة والتنقل.</p></details>
<details open><summary>هل أحتاج إلى حساب على الموقع؟</summary><p>لا، تكفي استمارة التسجيل.</p></details>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة النادي في الطابق الأول، ويصلها مصعد، ويمكن الوصول إليها بالكرسي المتحرك.</p>
<p>تتوفر ترجمة بلغة الإشارة الكويتية عند الطلب قبل أسبوع من الورشة.</p>
<p>لا تتوفر ترجمة نصية فورية للمحاضرات هذا العام.</p>
<p>لأي احتياجات أخرى راسلوا access@lulu-divers.example.kw.</p>
""")

s.page("ruaat.html", "الرعاة", """
<h1>رعاة الورشة</h1>
<p>باقة الراعي الذهبي: ١٬٥٠٠٫٠٠٠ د.ك وتشمل الشعار على القمصان والقارب.</p>
<p>باقة الراعي الفضي: ٧٥٠٫٠٠٠ د.ك.</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق المرسى (السالمية): ٣٥٫٠٠٠ د.ك لليلة مع الإفطار.</p>
<p>سيارة أجرة من المطار إلى السالمية: نحو ٦٫٠٠٠ د.ك.</p>
<p>تأجير معدات الغوص من متجر «الأعماق»: ٨٫٠٠٠ د.ك لليوم الواحد.</p>
""")

s.page("wazaif.html", "وظائف", """
<h1>وظائف لدى شركائنا</h1>
<p>مدرّب غوص في مركز بحري بالفنطاس: راتب ٧٥٠٫٠٠٠ د.ك شهريًا.</p>
<p>منسّق بيانات بيئية بدوام جزئي: ٤٠٠٫٠٠٠ د.ك شهريًا.</p>
""")

ENTRY = entry(s, name="Volunteer divers' coral-reef monitoring workshop 2027 (volunteer diving team, Salmiya, Kuwait)",
    languages=["ar", "hi"],
    fees=[(25, "KWD"), (12.5, "KWD"), (15, "KWD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["hcaptcha"], account_required=False,
    registration_form=(11, 6, ["id_document", "birth_date", "phone", "affiliation", "nationality"]),
    registration_host=None, registration_pdf_only=False, min_age=17, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "asila.html", "wusul.html"],
    deliberate_404=["arshif-2025.html"],
    evidence={
        "languages": [Q("index.html", "تجمع الورشة الغواصين الهواة الذين يسجّلون حالة المرجان"),
                      M("index.html", '<section lang="hi">', "Hindi section with lang"),
                      Q("index.html", "यह कार्यशाला उन शौकिया गोताखोरों के लिए है")],
        "un_languages": [N("ar")],
        "fees": [Q("rusum.html", "٢٥٫٠٠٠ د.ك", "25 KWD"), Q("rusum.html", "١٢٫٥٠٠ د.ك", "12.5 KWD student"),
                 Q("rusum.html", "١٥٫٠٠٠ د.ك إضافية للشخص", "boat dive run by the team: 15 KWD"),
                 Q("index.html", "गोताखोर KWD 25.000, छात्र KWD 12.500", "Hindi restatement: no new entry"),
                 Q("iqama.html", "تأجير معدات الغوص من متجر «الأعماق»: ٨٫٠٠٠ د.ك لليوم الواحد.", "gear rental, hotel, taxi: not fees"),
                 Q("ruaat.html", "باقة الراعي الذهبي: ١٬٥٠٠٫٠٠٠ د.ك", "sponsor: not a fee"),
                 Q("wazaif.html", "راتب ٧٥٠٫٠٠٠ د.ك شهريًا", "salary: not a fee")],
        "free_option": [Q("rusum.html", "لا توجد مقاعد مجانية، ويدفع المدرّبون والمحاضرون الرسوم أيضًا.")],
        "fee_support": [Q("rusum.html", "طالب جامعي (بإبراز البطاقة الجامعية)", "student rate below divers' fee")],
        "remote_participation": [Q("asila.html", "تُبث المحاضرات النظرية على يوتيوب للمشاهدة فقط، ولا تُستقبل أسئلة أو مشاركات عبر البث.")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [Q("asila.html", "لا، تكفي استمارة التسجيل.")],
        "registration_form": [N("11 fields (name, civil ID, birth date, phone, e-mail, diving certificate number, level select, club, nationality select, boat checkbox, fitness checkbox); required: 5 marked (يجب تعبئته) + fitness checkbox = 6; certificate number not an ID", "tasjil.html"),
                              Q("tasjil.html", "الرقم المدني (يجب تعبئته)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("tasjil.html", "التسجيل مفتوح للغواصين من سن السابعة عشرة فما فوق"),
                    Q("index.html", "محاضرة: تعليم الأطفال من ٦ إلى ١٠ سنوات حماية الشعاب في المدارس", "talk topic: not a limit")],
        "accessibility_statement": [Q("wusul.html", "قاعة النادي في الطابق الأول، ويصلها مصعد، ويمكن الوصول إليها بالكرسي المتحرك.")],
        "access_services": [Q("wusul.html", "ويمكن الوصول إليها بالكرسي المتحرك", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة بلغة الإشارة الكويتية عند الطلب", "sign_language"),
                            Q("wusul.html", "لا تتوفر ترجمة نصية فورية للمحاضرات هذا العام.", "captions negated")],
        "videos_without_captions": [M("index.html", 'src="media/rasd-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
