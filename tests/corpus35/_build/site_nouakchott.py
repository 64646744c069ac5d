from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
S = "multaqa-alshuara-alshabab-nouakchott"
NAV = [("index.html", "الرئيسية"), ("rusum.html", "الرسوم والدعم"), ("tasjil.html", "التسجيل"), ("bu3d.html", "المشاركة عن بعد"),
       ("wusul.html", "الوصول والترجمة"), ("kutub.html", "مكتبة الملتقى"), ("shuraka.html", "الشركاء"), ("akhbar.html", "أخبار")]
s = mk(S, "ملتقى الشعراء الشباب — نواكشوط ٢٠٢٧", "ar-MR", "#7a3e12", "شعر", NAV, dir="rtl",
       foot={"ar-MR": '<p>رابطة الأدباء الشباب الموريتانيين، حي تفرغ زينة، نواكشوط — shuara@rabita.example.mr</p>'},
       newsletter={"ar-MR": ("النشرة البريدية", "اشترك")})
placeholder_media(s, "media/umsiya.mp4")
s.pdf("docs/barnamaj-2027.pdf", "Multaqa al-shuara al-shabab 2027 - programme\nDay 1-5: workshop sessions, evening recitals")
s.page("index.html", "ملتقى الشعراء الشباب ٢٠٢٧", """
<h1>ملتقى الشعراء الشباب — الدورة السابعة</h1>
<p>تدعو رابطة الأدباء الشباب الموريتانيين شاعرات وشعراء الفصحى والحسانية إلى خمسة أيام من ورشات الكتابة والقراءة النقدية في دار الشباب القديمة بنواكشوط، من ١٤ إلى ١٨ فبراير ٢٠٢٧.</p>
<p lang="snk">Tuwaaxu, a ga riini!</p>
<ul>
<li><a href="@rusum.html">الرسوم ومنح التنقل</a></li>
<li><a href="@tasjil.html">استمارة التسجيل</a></li>
<li><a href="@bu3d.html">المشاركة من الولايات عبر الإنترنت</a></li>
<li><a href="@wusul.html">الوصول إلى القاعة والترجمة</a></li>
</ul>
<p>البرنامج التفصيلي للورشات لا يُنشر إلا ملفًا بصيغة PDF: <a href="@docs/barnamaj-2027.pdf">تنزيل البرنامج (PDF، ٨٠ ك.ب)</a>.</p>
<h2>من أمسيات الدورة الماضية</h2>
""" + video("media/umsiya.mp4") + """
<section lang="wo">
<h2>Ci wolof</h2>
<p>Mbooloo bindkat yu ndaw yi ngi woo taalibe yi ak bindkat yu ndaw yépp ngir juróomi fan yu ñuy jàng bind ak jàng taalif ci Nuwaksoot.</p>
<p>Njëgu atelier bi mooy 1 200 ugiya; ndongo yi dinañu fey 500 ugiya. Guddi yi ci pénc mi, ku nekk man na ñëw te du fey dara.</p>
</section>
""")
s.page("rusum.html", "الرسوم والدعم", """
<h1>الرسوم ومنح التنقل</h1>
<table>
<caption>رسوم ورشة الكتابة (الأيام الخمسة، تشمل الغداء)</caption>
<tr><th>الفئة</th><th>المبلغ</th></tr>
<tr><td>المشاركون عمومًا</td><td>١٬٢٠٠ أوقية جديدة (أي ١٢٬٠٠٠ أوقية قديمة)</td></tr>
<tr><td>طلبة الجامعات والمحاظر</td><td>٥٠٠ أوقية جديدة</td></tr>
</table>
<p>أمسيات الإنشاد والمساجلة في ساحة دار الشباب مفتوحة للجمهور مجانًا ولا تحتاج إلى تسجيل.</p>
<h2>منح التنقل</h2>
<p>تتكفل الرابطة بتذاكر الحافلة ذهابًا وإيابًا للمشاركين القادمين من كيفه والنعمة وأطار.</p>
<p>جائزة مسابقة القصيدة الأولى: ٢٠٬٠٠٠ أوقية جديدة، تُسلّم في الأمسية الختامية.</p>
""")
s.page("tasjil.html", "التسجيل", """
<h1>استمارة التسجيل في الورشة</h1>
<p>يُقبل في الورشة من بلغ خمس عشرة سنة. لا حاجة لإنشاء حساب: تكفي هذه الاستمارة.</p>
<form action="@tasjil.html" method="post">
""" + fld("ism", "الاسم الكامل (خانة واجبة)") + fld("nni", "الرقم الوطني للتعريف (خانة واجبة)") +
fld("milad", "تاريخ الميلاد (خانة واجبة)", "date") + fld("hatif", "رقم الهاتف أو واتساب", "tel") +
fld("barid", "البريد الإلكتروني", "email") + fld("wilaya", "الولاية", "select", opts=["نواكشوط الغربية", "داخلت نواذيبو", "لعصابه", "الحوض الشرقي", "آدرار"]) +
fld("muassasa", "المؤسسة أو المحظرة أو الجامعة") + radios("fia", "فئة التسجيل", ["عامة", "طالب"], req=True) +
fld("nass", "نص قصير من شعرك", "file") + fld("zoom", "أرغب في المشاركة عن بُعد عبر زوم", "checkbox") +
fld("iqrar", "أقرّ بصحة المعلومات", "checkbox", req=True) + """
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">إرسال</button>
</form>
""")
s.page("bu3d.html", "المشاركة عن بعد", """
<h1>المشاركة من الولايات</h1>
<p>يمكن لشعراء نواذيبو وكيفه الذين يتعذر عليهم السفر أن يلقوا قصائدهم مباشرة عبر زوم، وتقيّمها لجنة التحكيم مع قصائد الحاضرين في القاعة.</p>
<p>يُرسل رابط الجلسة قبل يومين من افتتاح الملتقى.</p>
""")
s.page("wusul.html", "الوصول والترجمة", """
<h1>الوصول إلى القاعة</h1>
<p>قاعة دار الشباب القديمة في الطابق الأرضي، ومدخلها مهيأ بمنحدر للكراسي المتحركة.</p>
<p>تتوفر ترجمة فورية بين الحسانية والولفية والفرنسية في جلسات القراءة النقدية.</p>
<p>لا تتوفر ترجمة بلغة الإشارة هذا العام.</p>
<p>لأي احتياج خاص راسلوا منسقة الاستقبال: istiqbal@rabita.example.mr</p>
""")
s.page("kutub.html", "مكتبة الملتقى", """
<h1>مكتبة الملتقى</h1>
<p>ديوان «رمال الشمال» للشاعرة مريم بنت اعلي: ٣٥٠ أوقية.</p>
<p>مختارات الدورة السادسة: ٢٠٠ أوقية.</p>
""")
s.page("shuraka.html", "الشركاء", """
<h1>كن شريكًا للملتقى</h1>
<p>باقة الشريك الذهبي: ٨٠٬٠٠٠ أوقية جديدة، وتشمل الشعار على الملصقات.</p>
""")
s.page("akhbar.html", "أخبار", """
<h1>أخبار الرابطة</h1>
<p>تبحث الرابطة عن منسق ثقافي بدوام كامل، الراتب ١٨٬٠٠٠ أوقية شهريًا.</p>
<p>للضيوف القادمين من داكار: تذكرة الحافلة نحو ١٥ ٠٠٠ FCFA، وغرفة الفندق القريب ٢٬٥٠٠ أوقية لليلة.</p>
<p><a href="@arshif-2026.html">أرشيف دورة ٢٠٢٦</a></p>
""")
ENTRY = entry(s, name="Young poets' gathering 2027 (young writers' league, Nouakchott, Mauritania)",
    languages=["ar", "wo"], fees=[(1200, "MRU"), (500, "MRU")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(11, 5, ["id_document", "birth_date", "phone", "affiliation"]), min_age=15,
    accessibility_statement=True, access_services=["wheelchair_access", "interpretation"], videos_without_captions=1,
    pdf_only_documents=True, participation_pages=["index.html", "rusum.html", "tasjil.html", "bu3d.html", "wusul.html"],
    deliberate_404=["arshif-2026.html"],
    evidence={
        "languages": [Q("index.html", "تدعو رابطة الأدباء الشباب الموريتانيين شاعرات وشعراء الفصحى والحسانية"),
                      M("index.html", '<section lang="wo">', "Wolof section, two paragraphs"),
                      Q("index.html", "Mbooloo bindkat yu ndaw yi ngi woo taalibe yi"),
                      M("index.html", '<p lang="snk">', "Soninke greeting: not listable")],
        "un_languages": [N("ar")],
        "fees": [Q("rusum.html", "١٬٢٠٠ أوقية جديدة (أي ١٢٬٠٠٠ أوقية قديمة)", "1200 MRU; old-ouguiya restatement no new entry"),
                 Q("rusum.html", "٥٠٠ أوقية جديدة", "500 MRU students"),
                 Q("index.html", "Njëgu atelier bi mooy 1 200 ugiya", "Wolof restatement: no new entry"),
                 Q("rusum.html", "جائزة مسابقة القصيدة الأولى: ٢٠٬٠٠٠ أوقية جديدة", "prize: not a fee"),
                 Q("kutub.html", "٣٥٠ أوقية", "book: not a fee"),
                 Q("shuraka.html", "٨٠٬٠٠٠ أوقية جديدة", "sponsor: not a fee"),
                 Q("akhbar.html", "١٥ ٠٠٠ FCFA", "XOF bus, hotel and salary: not fees")],
        "free_option": [Q("rusum.html", "أمسيات الإنشاد والمساجلة في ساحة دار الشباب مفتوحة للجمهور مجانًا")],
        "fee_support": [Q("rusum.html", "تتكفل الرابطة بتذاكر الحافلة ذهابًا وإيابًا للمشاركين القادمين من كيفه والنعمة وأطار."),
                        Q("rusum.html", "طلبة الجامعات والمحاظر", "student rate 500 below 1200")],
        "remote_participation": [Q("bu3d.html", "أن يلقوا قصائدهم مباشرة عبر زوم، وتقيّمها لجنة التحكيم")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [Q("tasjil.html", "لا حاجة لإنشاء حساب: تكفي هذه الاستمارة.")],
        "registration_form": [N("11 fields: name, NNI, birth date, phone, e-mail, wilaya select, institution, category radio, poem file, Zoom checkbox, declaration checkbox; required: 3 marked (خانة واجبة) + radio (required attr) + declaration (required) = 5", "tasjil.html"),
                              Q("tasjil.html", "الرقم الوطني للتعريف (خانة واجبة)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("tasjil.html", "يُقبل في الورشة من بلغ خمس عشرة سنة.")],
        "accessibility_statement": [Q("wusul.html", "ومدخلها مهيأ بمنحدر للكراسي المتحركة")],
        "access_services": [Q("wusul.html", "ومدخلها مهيأ بمنحدر للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة فورية بين الحسانية والولفية والفرنسية", "interpretation"),
                            Q("wusul.html", "لا تتوفر ترجمة بلغة الإشارة هذا العام.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/umsiya.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "البرنامج التفصيلي للورشات لا يُنشر إلا ملفًا بصيغة PDF")],
    })
