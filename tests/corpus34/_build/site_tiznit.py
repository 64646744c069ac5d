from lib import *

NAV = [("index.html", "الرئيسية"), ("rusum.html", "الرسوم"), ("tasjil.html", "التسجيل"), ("asila.html", "أسئلة شائعة"),
       ("wusul.html", "الولوجية والإقامة"), ("rua.html", "الشركاء"), ("matjar.html", "متجر التعاونية"), ("akhbar.html", "مستجدات")]
s = mk("madrasa-haqliya-murabbi-annahl-tiznit", "المدرسة الحقلية لمربّي النحل – تيزنيت 2027", "ar-MA", "#9a6a00", "نحل",
       NAV, dir="rtl", foot={"ar-MA": "<p>اتحاد تعاونيات النحّالين بسوس ماسة – شارع المقاومة ١٤، تيزنيت – nahl@ittihad-nahl.example.ma</p>"})
placeholder_media(s, "media/manhal.mp4")
s.pdf("docs/barnamaj-2027.pdf", "Programme 2027 - ecole de terrain des apiculteurs\nJour 1: sante des colonies\nJour 2: recolte\nJour 3: elevage des reines")

s.page("index.html", "المدرسة الحقلية لمربّي النحل 2027", """
<h1>المدرسة الحقلية لمربّي النحل – الدورة الرابعة</h1>
<p lang="zgh">ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ!</p>
<p>ينظّم اتحاد تعاونيات النحّالين بسوس ماسة من ١٢ إلى ١٦ أبريل ٢٠٢٧ خمسة أيام من التكوين التطبيقي في مناحل أيت الرخا وضواحي تيزنيت: صحة الطوائف، مكافحة الفاروا، القطف النظيف، وتربية الملكات.</p>
<p>الدروس النظرية صباحًا في قاعة دار الفلاح، والتطبيق بعد الظهر بين الخلايا مع نحّالين متمرّسين.</p>
<p>البرنامج التفصيلي متاح فقط بصيغة PDF: <a href="@docs/barnamaj-2027.pdf">تحميل البرنامج (PDF)</a>.</p>
<h2>جولة في منحل أيت الرخا</h2>
""" + video("media/manhal.mp4") + """
<ul>
<li><a href="@rusum.html">الرسوم والإعفاءات</a></li>
<li><a href="@tasjil.html">استمارة التسجيل</a></li>
<li><a href="@wusul.html">الولوجية والإقامة</a></li>
</ul>
<section lang="it">
<h2>Per gli apicoltori della diaspora in Italia</h2>
<p>La scuola sul campo è aperta anche ai soci delle nostre cooperative che vivono in Italia e tornano in famiglia a primavera. Le lezioni si tengono in arabo e in tachelhit; un volontario traduce in italiano durante le attività pratiche tra le arnie.</p>
<p>La quota di partecipazione è di 900 dirham per l'intera settimana, da pagare in contanti il primo giorno. Chi parte da Lugano trova voli via Ginevra a circa 320 CHF: il viaggio resta a carico dei partecipanti.</p>
</section>
""")

s.page("rusum.html", "الرسوم", """
<h1>رسوم المشاركة</h1>
<table>
<caption>رسوم الأسبوع الكامل (بالدرهم)</caption>
<tr><th>الفئة</th><th>المبلغ</th></tr>
<tr><td>النحّالون وأعضاء التعاونيات والتقنيون</td><td>٩٠٠ درهم</td></tr>
<tr><td>طلبة معاهد التقنيين الفلاحيين</td><td>٣٥٠ درهم</td></tr>
<tr><td>النحّالون شبه الرحّل من دواوير الأطلس الصغير</td><td>مجانًا</td></tr>
</table>
<p>يوم تربية الملكات (اليوم السادس، اختياري): ٢٥٠ درهم إضافية لكل مشارك.</p>
<p>تشمل الرسوم وجبة الغداء واللباس الواقي خلال أيام التطبيق.</p>
""")

s.page("tasjil.html", "التسجيل", """
<h1>استمارة التسجيل</h1>
<p>يُقبل المشاركون الذين بلغوا ستّ عشرة سنة، ويُرفق من هم دون الثامنة عشرة موافقة وليّ الأمر.</p>
<form action="@tasjil.html" method="post">
""" + fld("ism", "الاسم الكامل (خانة لا بد منها)") + fld("cin", "رقم البطاقة الوطنية للتعريف (خانة لا بد منها)")
  + fld("milad", "تاريخ الازدياد (خانة لا بد منها)", "date") + fld("hatif", "رقم الهاتف (خانة لا بد منها)", "tel")
  + fld("email", "البريد الإلكتروني", "email") + fld("taawuniya", "اسم التعاونية أو الجمعية")
  + fld("onssa", "رقم تسجيل المنحل لدى ONSSA")
  + fld("iqlim", "الإقليم", "select", opts=["تيزنيت", "اشتوكة آيت باها", "سيدي إفني", "طاطا", "إقليم آخر"])
  + radios("mustawa", "المستوى", ["مبتدئ", "متمرّس"])
  + fld("malikat", "أرغب في يوم تربية الملكات (٢٥٠ درهم)", "checkbox")
  + fld("muwafaqa", "أوافق على معالجة معطياتي الشخصية", "checkbox", req=True) + """
<div class="g-recaptcha" data-sitekey="6Lc-tiznit-example"></div>
<button type="submit">إرسال الطلب</button>
</form>
""")

s.page("asila.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details open><summary>هل يمكن متابعة الدورة عبر الإنترنت؟</summary>
<p>لا مشاركة عن بُعد: الدروس تُقام في المناحل، ولا نبثّ الجلسات ولا نسجّلها.</p></details>
<details open><summary>هل أحتاج إلى حساب على موقعكم؟</summary>
<p>لا، تكفي الاستمارة.</p></details>
<details open><summary>هل أحضر لباسي الواقي؟</summary>
<p>نوفّر اللباس والقفازات، ويمكن إحضار لباسكم الخاص.</p></details>
""")

s.page("wusul.html", "الولوجية والإقامة", """
<h1>الولوجية والإقامة</h1>
<p>قاعة دار الفلاح في الطابق الأرضي، ويصل إليها مستعملو الكراسي المتحركة عبر منحدر عند الباب الجانبي.</p>
<p>تتوفر ترجمة فورية بين تاشلحيت والعربية في الدروس النظرية.</p>
<p>لا نوفّر ترجمة بلغة الإشارة في هذه الدورة. لأي حاجة خاصة راسلوا سعاد أوبلا: wusul@ittihad-nahl.example.ma</p>
<h2>الإقامة والتنقل</h2>
<p>فندق أسيف بتيزنيت: ٤٢٠ درهمًا لليلة مع الفطور. حافلة CTM من أكادير إلى تيزنيت: ٤٥ درهمًا للرحلة.</p>
""")

s.page("rua.html", "الشركاء", """
<h1>شراكات ورعاية</h1>
<p>باقة الشريك الذهبي: ١٥٬٠٠٠ درهم (شعار على اللباس الواقي وجناح في يوم الاختتام).</p>
<p>باقة الشريك الداعم: ٥٬٠٠٠ درهم.</p>
""")

s.page("matjar.html", "متجر التعاونية", """
<h1>متجر التعاونية</h1>
<ul><li>خلية خشبية كاملة بعشرة إطارات: ٦٥٠ درهمًا للخلية</li>
<li>عسل الزعتر البلدي: ٢٥٠ درهمًا للكيلوغرام</li>
<li>قناع واقٍ: ٨٠ درهمًا</li></ul>
""")

s.page("akhbar.html", "مستجدات", """
<h1>مستجدات الاتحاد</h1>
<p>مطلوب منسّق ميداني لمدة ستة أشهر براتب ٦٬٥٠٠ درهم شهريًا.</p>
<p><a href="@arshif-2025.html">أرشيف دورة ٢٠٢٥</a></p>
""")

ENTRY = entry(s, name="Beekeepers' field school 2027 (federation of beekeepers' cooperatives, Tiznit, Morocco)",
    languages=["ar", "it"],
    fees=[(900, "MAD"), (350, "MAD"), (250, "MAD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["recaptcha"], account_required=False,
    registration_form=(11, 5, ["id_document", "birth_date", "phone", "affiliation"]),
    min_age=16, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "asila.html", "wusul.html"],
    deliberate_404=["arshif-2025.html"],
    evidence={
        "languages": [Q("index.html", "ينظّم اتحاد تعاونيات النحّالين بسوس ماسة"),
                      M("index.html", '<section lang="it">', "Italian section with lang, two paragraphs"),
                      Q("index.html", "La scuola sul campo è aperta anche ai soci delle nostre cooperative"),
                      M("index.html", '<p lang="zgh">', "Tachelhit (Tifinagh) greeting: not listable")],
        "un_languages": [N("ar")],
        "fees": [Q("rusum.html", "٩٠٠ درهم", "900 MAD general"),
                 Q("rusum.html", "٣٥٠ درهم", "350 MAD students"),
                 Q("rusum.html", "يوم تربية الملكات (اليوم السادس، اختياري): ٢٥٠ درهم إضافية لكل مشارك.", "add-on 250 MAD"),
                 Q("index.html", "La quota di partecipazione è di 900 dirham", "Italian restatement: no new entry"),
                 Q("index.html", "circa 320 CHF", "flight in CHF: not a fee"),
                 Q("wusul.html", "٤٢٠ درهمًا لليلة", "hotel and CTM bus: not fees"),
                 Q("matjar.html", "٦٥٠ درهمًا للخلية", "shop items: not fees"),
                 Q("rua.html", "١٥٬٠٠٠ درهم", "sponsor: not a fee"),
                 Q("akhbar.html", "٦٬٥٠٠ درهم شهريًا", "salary: not a fee")],
        "free_option": [Q("rusum.html", "النحّالون شبه الرحّل من دواوير الأطلس الصغير", "row 'مجانًا': free for one group")],
        "fee_support": [Q("rusum.html", "طلبة معاهد التقنيين الفلاحيين", "student rate 350 below 900; also a free group")],
        "remote_participation": [Q("asila.html", "لا مشاركة عن بُعد: الدروس تُقام في المناحل", "FAQ only")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [Q("asila.html", "لا، تكفي الاستمارة.")],
        "registration_form": [N("11 fields: name, CIN, birth date, phone, e-mail, cooperative, ONSSA apiary number (not ID), province select, level radio, add-on checkbox, consent checkbox; required: 4 marked (خانة لا بد منها) + consent (required attr) = 5", "tasjil.html"),
                              Q("tasjil.html", "رقم البطاقة الوطنية للتعريف (خانة لا بد منها)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("tasjil.html", "يُقبل المشاركون الذين بلغوا ستّ عشرة سنة")],
        "accessibility_statement": [Q("wusul.html", "ويصل إليها مستعملو الكراسي المتحركة عبر منحدر")],
        "access_services": [Q("wusul.html", "ويصل إليها مستعملو الكراسي المتحركة عبر منحدر", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة فورية بين تاشلحيت والعربية في الدروس النظرية.", "interpretation"),
                            Q("wusul.html", "لا نوفّر ترجمة بلغة الإشارة في هذه الدورة.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/manhal.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "البرنامج التفصيلي متاح فقط بصيغة PDF", "programme only as PDF")],
    })
