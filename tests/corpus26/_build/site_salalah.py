"""Dhofar Khareef Run (made-up running club, Salalah, Oman): ar-OM, rtl, English section with lang."""
from lib import *

NAV = [("index.html", "الرئيسية"), ("rusum.html", "رسوم المشاركة"), ("tasjil.html", "التسجيل"),
       ("iftiradi.html", "الجري الافتراضي"), ("wusul.html", "إمكانية الوصول"), ("ruaat.html", "الرعاة"),
       ("iqama.html", "الإقامة والتنقل"), ("akhbar.html", "الأخبار")]
s = mk("sibaq-dhofar-alkharif-salalah", "سباق ظفار الخريفي", "ar-OM", "#0b6e4f", "DKR", NAV, dir="rtl",
       foot={"ar-OM": "<p>نادي صلالة لهواة الجري، شارع السلطان قابوس، صلالة. البريد: info@dhofarrun.example.om</p>"})

s.page("index.html", "سباق ظفار الخريفي ٢٠٢٧ | صلالة", """
<h1>سباق ظفار الخريفي ٢٠٢٧</h1>
<p>ينظم نادي صلالة لهواة الجري النسخة السادسة من السباق يوم الجمعة ١٣ أغسطس ٢٠٢٧ على الطريق الساحلي بين الحافة وشاطئ الدهاريز، في أجواء الخريف والرذاذ.</p>
<p>تشمل المسافات: ٥ كم و١٠ كم ونصف الماراثون، إضافة إلى فئة الكراسي المتحركة وسباق للأطفال، وجري افتراضي لمن يشارك من خارج صلالة.</p>
<ul>
<li><a href="@rusum.html">رسوم المشاركة والمواعيد</a></li>
<li><a href="@tasjil.html">استمارة التسجيل</a></li>
<li><a href="@iftiradi.html">الجري الافتراضي</a></li>
<li><a href="@wusul.html">إمكانية الوصول</a></li>
</ul>
<h2>فيديو نسخة ٢٠٢٦</h2>
""" + video("media/khareef-2026.mp4") + """
<section lang="en" dir="ltr">
<h2>In English</h2>
<p>The Dhofar Khareef Run takes runners along the misty coastal road of Salalah every August. Choose 5 km, 10 km or the half marathon, enter the wheelchair race, or run the virtual 10 km from your own town and appear in the official results.</p>
<p>Entry fees start at OMR 5.000 and the children's fun run costs nothing. Register online before 31 May for the early rate.</p>
</section>
""")
placeholder_media(s, "media/khareef-2026.mp4")

s.page("rusum.html", "رسوم المشاركة | سباق ظفار الخريفي", """
<h1>رسوم المشاركة</h1>
<table>
<caption>رسوم التسجيل (ريال عماني)</caption>
<tr><th>المسافة</th><th>التسجيل المبكر (حتى ٣١ مايو)</th><th>التسجيل المتأخر (من ١ يونيو)</th></tr>
<tr><td>٥ كم</td><td>٥٫٠٠٠ ر.ع.</td><td>٥٫٠٠٠ ر.ع.</td></tr>
<tr><td>١٠ كم</td><td>٨٫٠٠٠ ر.ع.</td><td>١٠٫٠٠٠ ر.ع.</td></tr>
<tr><td>نصف الماراثون (٢١٫١ كم)</td><td>١٥٫٠٠٠ ر.ع.</td><td>٢٠٫٠٠٠ ر.ع.</td></tr>
<tr><td>فئة الكراسي المتحركة (١٠ كم)</td><td>٥٫٠٠٠ ر.ع.</td><td>٥٫٠٠٠ ر.ع.</td></tr>
</table>
<p>الجري الافتراضي (١٠ كم من أي مكان): ٤٫٠٠٠ ر.ع. — التفاصيل في صفحة <a href="@iftiradi.html">الجري الافتراضي</a>.</p>
<p class="note">سباق الأطفال (من ٦ إلى ١٢ سنة، مسافة ١ كم) مجاني، ويكفي تسجيل الطفل عند خيمة الاستقبال صباح يوم السباق.</p>
<p>لا توجد أسعار مخفضة للطلبة ولا منح أو دعم لتكاليف السفر والإقامة.</p>
<p>تشمل الرسوم رقم الصدر والشريحة الإلكترونية والميدالية. يمكن شراء قميص إضافي من متجر النادي بسعر ٣٫٥٠٠ ر.ع.</p>
""")

s.page("tasjil.html", "التسجيل | سباق ظفار الخريفي", """
<h1>استمارة التسجيل</h1>
<p>يُغلق التسجيل الإلكتروني يوم ٢٥ يوليو. تُدفع الرسوم بعد تأكيد الاستمارة عبر رابط دفع يُرسل إلى البريد الإلكتروني.</p>
<p>يجب أن يكون عمر المشارك في نصف الماراثون ثماني عشرة سنة فأكثر، وفي مسافتي ٥ و١٠ كم أربع عشرة سنة فأكثر.</p>
<form action="@tasjil.html" method="post">
""" + fld("name", "الاسم الكامل (إلزامي)") + fld("email", "البريد الإلكتروني (إلزامي)", "email")
    + fld("phone", "رقم الهاتف (إلزامي)", "tel") + fld("civil", "الرقم المدني أو رقم جواز السفر (إلزامي)")
    + fld("dob", "تاريخ الميلاد (إلزامي)", "date") + radios("gender", "الجنس (إلزامي)", ["ذكر", "أنثى"])
    + fld("nat", "الجنسية", "select", opts=["عُماني", "أخرى"])
    + fld("distance", "المسافة (إلزامي)", "select", opts=["٥ كم", "١٠ كم", "نصف الماراثون", "فئة الكراسي المتحركة"])
    + fld("shirt", "مقاس القميص", "select", opts=["S", "M", "L", "XL"])
    + fld("club", "اسم النادي أو الفريق (اختياري)") + fld("emerg", "رقم هاتف للطوارئ", "tel")
    + fld("fit", "أقر بأنني لائق صحيًا للمشاركة (إلزامي)", "checkbox") + """
<input type="hidden" name="edition" value="2027">
<div class="g-recaptcha" data-sitekey="6Lc-dhofar-run-example-key"></div>
<button type="submit">إرسال</button>
</form>
""")

s.page("iftiradi.html", "الجري الافتراضي | سباق ظفار الخريفي", """
<h1>الجري الافتراضي</h1>
<p>للمقيمين خارج صلالة: اركض مسافة ١٠ كم في مدينتك خلال أسبوع السباق، ثم ارفع ملف GPS من ساعتك أو تطبيقك.</p>
<p>تُراجع لجنة التوقيت الملفات وتُدرج أزمنة المشاركين الافتراضيين في النتائج الرسمية للسباق ضمن ترتيب خاص بهم.</p>
<p>رسم المشاركة: OMR 4.000، وتصل الميدالية بالبريد داخل سلطنة عُمان.</p>
<p>يتم التسجيل عبر <a href="@tasjil.html">استمارة التسجيل</a> نفسها باختيار «١٠ كم» وذكر «افتراضي» في خانة النادي.</p>
""")

s.page("wusul.html", "إمكانية الوصول | سباق ظفار الخريفي", """
<h1>إمكانية الوصول</h1>
<p>منطقة الانطلاق والنهاية عند شاطئ الدهاريز ممهدة ومهيأة للكراسي المتحركة، وتتوفر دورات مياه مهيأة بجوار خيمة الاستقبال.</p>
<p>ينطلق متسابقو فئة الكراسي المتحركة قبل العدائين بعشر دقائق على مسار مستوٍ بلا أرصفة.</p>
<p>لا يتوفر مترجم لغة إشارة في حفل التكريم هذا العام.</p>
<p>للاستفسار عن أي احتياجات خاصة راسلونا على access@dhofarrun.example.om قبل أسبوعين من السباق.</p>
""")

s.page("ruaat.html", "الرعاة | سباق ظفار الخريفي", """
<h1>الرعاة والشركاء</h1>
<p>نشكر الشركات التي تدعم السباق. باقات الرعاية المتاحة:</p>
<ul>
<li>الراعي البلاتيني: ٣٬٠٠٠ ر.ع. (شعار على قميص السباق)</li>
<li>الراعي الذهبي: ١٬٥٠٠ ر.ع.</li>
<li>جناح في قرية السباق: ٢٥٠ ر.ع.</li>
</ul>
<p>لطلب ملف الرعاية: sponsors@dhofarrun.example.om</p>
""")

s.page("iqama.html", "الإقامة والتنقل | سباق ظفار الخريفي", """
<h1>الإقامة والتنقل</h1>
<p>فندق نسيم الحافة (شريك السباق): ٤٥ ر.ع. لليلة مع الإفطار.</p>
<p>شقق الدهاريز الفندقية: ٣٠ ر.ع. لليلة.</p>
<p>أجرة سيارة الأجرة من مطار صلالة إلى منطقة الانطلاق نحو ٧ ر.ع.</p>
<p>تسير حافلات النادي من ساحة المهرجانات إلى خط الانطلاق كل ربع ساعة صباح يوم السباق.</p>
""")

s.page("akhbar.html", "الأخبار | سباق ظفار الخريفي", """
<h1>الأخبار</h1>
<article><h2>جوائز نسخة ٢٠٢٧</h2><p>جائزة المركز الأول في نصف الماراثون ٥٠٠ ر.ع. لكل من فئتي الرجال والنساء.</p></article>
<article><h2>نتائج ٢٠٢٥</h2><p>اطلع على <a href="@nataij-2025.html">نتائج نسخة ٢٠٢٥</a>.</p></article>
<article><h2>مسار جديد</h2><p>يمر المسار هذا العام بحدائق النخيل في الحافة.</p></article>
""")

P = ["index.html", "rusum.html", "tasjil.html", "iftiradi.html", "wusul.html"]
ENTRY = entry(s, name="Dhofar Khareef Run 2027 (running club, Salalah, Oman)",
    languages=["ar", "en"],
    fees=[(5, "OMR"), (8, "OMR"), (10, "OMR"), (15, "OMR"), (20, "OMR"), (4, "OMR")],
    free_option=True, fee_support=False, remote_participation=True, captcha=["recaptcha"],
    account_required=False,
    registration_form=(12, 8, ["phone", "id_document", "birth_date", "gender", "nationality", "affiliation"]),
    min_age=6, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False, participation_pages=P,
    deliberate_404=["nataij-2025.html"],
    evidence={
        "languages": [Q("index.html", "ينظم نادي صلالة لهواة الجري النسخة السادسة من السباق"),
                      M("index.html", '<section lang="en" dir="ltr">', "English section with lang"),
                      Q("index.html", "The Dhofar Khareef Run takes runners along the misty coastal road of Salalah every August.")],
        "un_languages": [N("ar, en")],
        "fees": [Q("rusum.html", "رسوم التسجيل (ريال عماني)", "currency from the caption: OMR"),
                 Q("rusum.html", "٥ كم ٥٫٠٠٠ ر.ع. ٥٫٠٠٠ ر.ع.", "5 OMR (same in both columns, one entry; wheelchair category also 5)"),
                 Q("rusum.html", "١٠ كم ٨٫٠٠٠ ر.ع. ١٠٫٠٠٠ ر.ع.", "8 and 10 OMR"),
                 Q("rusum.html", "٢٠٫٠٠٠ ر.ع.", "half marathon 15 early, 20 late"),
                 Q("iftiradi.html", "رسم المشاركة: OMR 4.000", "virtual run 4 OMR"),
                 Q("rusum.html", "يمكن شراء قميص إضافي من متجر النادي بسعر ٣٫٥٠٠ ر.ع.", "goods: not a fee"),
                 Q("ruaat.html", "الراعي البلاتيني: ٣٬٠٠٠ ر.ع.", "sponsorship and stand: not fees"),
                 Q("iqama.html", "فندق نسيم الحافة (شريك السباق): ٤٥ ر.ع. لليلة مع الإفطار.", "hotel and taxi: not fees"),
                 Q("akhbar.html", "جائزة المركز الأول في نصف الماراثون ٥٠٠ ر.ع.", "prize: not a fee")],
        "free_option": [Q("rusum.html", "سباق الأطفال (من ٦ إلى ١٢ سنة، مسافة ١ كم) مجاني")],
        "fee_support": [Q("rusum.html", "لا توجد أسعار مخفضة للطلبة ولا منح أو دعم لتكاليف السفر والإقامة.",
                          "free kids' run beside no reductions: false")],
        "remote_participation": [Q("iftiradi.html", "تُدرج أزمنة المشاركين الافتراضيين في النتائج الرسمية للسباق ضمن ترتيب خاص بهم",
                                   "virtual run ranked in the results")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("12 fields (name, e-mail, phone, civil ID/passport, birth date, gender radio, nationality select, distance select, shirt select, club, emergency phone, fitness checkbox); 8 marked (إلزامي); sensitive phone, id_document, birth_date, gender, nationality, affiliation (club)", "tasjil.html"),
                              Q("tasjil.html", "الرقم المدني أو رقم جواز السفر (إلزامي)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("rusum.html", "سباق الأطفال (من ٦ إلى ١٢ سنة، مسافة ١ كم)", "children's run lower bound 6"),
                    Q("tasjil.html", "ثماني عشرة سنة فأكثر", "higher limits for the adult distances")],
        "accessibility_statement": [Q("wusul.html", "ممهدة ومهيأة للكراسي المتحركة")],
        "access_services": [Q("wusul.html", "ممهدة ومهيأة للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "لا يتوفر مترجم لغة إشارة في حفل التكريم هذا العام.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/khareef-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
