from lib import *

NAV = [("index.html", "الرئيسية"), ("musharaka.html", "كيف نشارك"), ("qubul.html", "قبول الدعوة"), ("asila.html", "أسئلة"),
       ("wusul.html", "إمكانية الوصول"), ("hayeren.html", "Հայերեն"), ("mashrou.html", "مشروع النهر"), ("fariq.html", "الفريق")]
s = mk("jamiyat-almuwatinin-nahr-beirut", "جمعية المواطنين حول نهر بيروت", "ar-LB", "#0b6e75", "نهر", NAV, dir="rtl",
       foot={"ar-LB": "<p>مبادرة «ضفاف» – برج حمود، شارع أراكس ٧ – dafaf@nahr-assembly.example.lb</p>"})
placeholder_media(s, "media/qur3a.mp4")
vtt(s, "media/qur3a-ar.vtt", "سحب القرعة أمام كاتب العدل")
s.pdf("docs/milaff-tamhidi.pdf", "Dossier preparatoire - fleuve de Beyrouth\nEtat des berges, crues, espaces publics")

s.page("index.html", "جمعية المواطنين حول نهر بيروت", """
<h1>جمعية المواطنين حول نهر بيروت ٢٠٢٧</h1>
<p>خمسون ساكنًا وساكنة من برج حمود والكرنتينا والجعيتاوي وسن الفيل اختيروا بالقرعة ليتداولوا ستة أيام سبت في مستقبل ضفاف النهر، ثم يرفعوا توصياتهم إلى البلديات الأربع.</p>
<p>سُحبت القرعة أمام كاتب العدل من بين كل من سجّل اسمه في الحملة الأولى.</p>
""" + video("media/qur3a.mp4", track="media/qur3a-ar.vtt", track_lang="ar", label="العربية") + """
<p>الملف التمهيدي متوفر بصيغة PDF فقط: <a href="@docs/milaff-tamhidi.pdf">الملف التمهيدي (PDF)</a>.</p>
<p><a href="@musharaka.html">كيف تجري المشاركة</a> · <a href="@qubul.html">قبول الدعوة</a> · <a href="@hayeren.html">Հայերեն</a></p>
""")

s.page("musharaka.html", "كيف نشارك", """
<h1>كيف تجري المشاركة؟</h1>
<p>المشاركة في الجمعية مجانية بالكامل، ولا يُطلب من الأعضاء أي مبلغ.</p>
<p>يحصل كل عضو على بدل نقل قدره ٥٠٠٬٠٠٠ ل.ل عن كل جلسة يحضرها، تُدفع نقدًا في نهاية اليوم.</p>
<p>يحق المشاركة لكل من يسكن في الأحياء المعنية من عمر ١٨ سنة وما فوق، بصرف النظر عن الجنسية.</p>
<p>تُعقد الجلسات أيام السبت من التاسعة صباحًا حتى الرابعة عصرًا في المركز الاجتماعي في برج حمود.</p>
""")

s.page("qubul.html", "قبول الدعوة", """
<h1>قبول الدعوة</h1>
<p>إذا وصلتكم رسالة الدعوة، املؤوا هذه الاستمارة قبل ١٥ آذار.</p>
<form action="@qubul.html" method="post">
""" + fld("ism", "الاسم والشهرة (حقل ضروري)") + fld("hatif", "رقم الهاتف (حقل ضروري)", "tel")
  + fld("barid", "البريد الإلكتروني", "email")
  + fld("hay", "الحي", "select", opts=["برج حمود", "الكرنتينا", "الجعيتاوي", "سن الفيل"])
  + fld("umr", "الفئة العمرية", "select", opts=["١٨–٢٩", "٣٠–٤٤", "٤٥–٦٤", "٦٥ وما فوق"])
  + radios("jins", "الجنس", ["أنثى", "ذكر"])
  + fld("rumz", "رمز الدعوة المطبوع على الرسالة (حقل ضروري)")
  + fld("hajat", "هل لديكم احتياجات خاصة للحضور؟", "textarea")
  + fld("muwafaqa", "أوافق على شروط المشاركة", "checkbox", req=True) + """
<div class="cf-turnstile" data-sitekey="0x4AAAA-beirut-example"></div>
<button type="submit">أقبل الدعوة</button>
</form>
""")

s.page("asila.html", "أسئلة", """
<h1>أسئلة متكررة</h1>
<h2>ماذا لو تعذّر عليّ الحضور يوم السبت؟</h2>
<p>يمكن للعضو الذي يتعذّر عليه الحضور أن ينضمّ إلى الجلسة عبر Zoom، وأن يتكلم في مجموعات النقاش ويصوّت على التوصيات مثل الحاضرين.</p>
<h2>هل عليّ إنشاء حساب؟</h2>
<p>لا حاجة إلى إنشاء حساب؛ يكفي رمز الدعوة.</p>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة المركز الاجتماعي في الطابق الأول، وهي مجهّزة لمستخدمي الكراسي المتحركة ومزوّدة بمصعد.</p>
<p>يرافق الجلسات مترجمان بلغة الإشارة اللبنانية، وتتوفر ترجمة فورية بين العربية والأرمنية.</p>
<p>خلال الجلسات نؤمّن ركنًا للأطفال بإشراف مربّيتين، للأطفال من ٣ إلى ١٠ سنوات.</p>
<p>للاستفسار: نورا حداد، ٠١٢٤٥٦٧٨ أو access@nahr-assembly.example.lb</p>
""")

s.page("hayeren.html", "Բեյրութ գետի քաղաքացիական ժողով", """
<h1>Բեյրութ գետի քաղաքացիական ժողով</h1>
<p>Այս տարի Բուրջ Համուդի և հարևան թաղամասերի հիսուն բնակիչներ ընտրվել են վիճակահանությամբ, որպեսզի վեց շաբաթ օրերի ընթացքում քննարկեն գետի ափերի ապագան և իրենց առաջարկները ներկայացնեն քաղաքապետարաններին։</p>
<p>Մասնակցությունն անվճար է։ Յուրաքանչյուր նիստի համար անդամները ստանում են փոխադրման փոխհատուցում։</p>
<p>Նիստերը տեղի են ունենում Բուրջ Համուդի համայնքային կենտրոնում՝ առաջին հարկում, որտեղ կա վերելակ։ Նիստերի ընթացքում կա արաբերեն-հայերեն համաժամանակյա թարգմանություն։</p>
<p>Եթե հրավեր եք ստացել, խնդրում ենք պատասխանել մինչև մարտի 15-ը՝ լրացնելով ձևը կամ զանգահարելով մեր խմբին։</p>
""")

s.page("mashrou.html", "مشروع النهر", """
<h1>مشروع إعادة تأهيل ضفاف النهر</h1>
<p>تبلغ الكلفة التقديرية للمرحلة الأولى ٣٥ مليار ل.ل، وهي موضوع نقاش الجمعية.</p>
""")

s.page("fariq.html", "الفريق", """
<h1>الفريق</h1>
<p>نبحث عن منسّق ميداني بدوام جزئي، بأجر ٤٥ مليون ليرة لبنانية شهريًا.</p>
""")

ENTRY = entry(s, name="Beirut River citizens' assembly 2027 (Dafaf initiative, Bourj Hammoud, Lebanon)",
    languages=["ar", "hy"], fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(9, 4, ["phone", "gender"]),
    min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "childcare", "interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "musharaka.html", "qubul.html", "asila.html", "wusul.html", "hayeren.html"],
    evidence={
        "languages": [Q("index.html", "خمسون ساكنًا وساكنة من برج حمود"),
                      M("hayeren.html", '<html lang="ar-LB" dir="rtl">', "whole Armenian page declared ar-LB"),
                      Q("hayeren.html", "Մասնակցությունն անվճար է։")],
        "un_languages": [N("ar")],
        "fees": [Q("musharaka.html", "المشاركة في الجمعية مجانية بالكامل، ولا يُطلب من الأعضاء أي مبلغ.", "no price: fees []"),
                 Q("musharaka.html", "بدل نقل قدره ٥٠٠٬٠٠٠ ل.ل عن كل جلسة", "allowance: not a fee"),
                 Q("mashrou.html", "٣٥ مليار ل.ل", "budget under discussion: not a fee"),
                 Q("fariq.html", "٤٥ مليون ليرة لبنانية شهريًا", "salary: not a fee")],
        "free_option": [Q("musharaka.html", "المشاركة في الجمعية مجانية بالكامل")],
        "fee_support": [Q("musharaka.html", "يحصل كل عضو على بدل نقل قدره ٥٠٠٬٠٠٠ ل.ل عن كل جلسة يحضرها", "transport allowance")],
        "remote_participation": [Q("asila.html", "أن ينضمّ إلى الجلسة عبر Zoom، وأن يتكلم في مجموعات النقاش ويصوّت على التوصيات", "FAQ only")],
        "captcha": [M("qubul.html", '<div class="cf-turnstile"')],
        "account_required": [Q("asila.html", "لا حاجة إلى إنشاء حساب؛ يكفي رمز الدعوة.")],
        "registration_form": [N("9 fields: name, phone, e-mail, neighbourhood select, age-group select, gender radio, invitation code (not ID), needs textarea, consent checkbox; required: 3 marked (حقل ضروري) + consent (required attr) = 4", "qubul.html"),
                              Q("qubul.html", "رمز الدعوة المطبوع على الرسالة (حقل ضروري)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("musharaka.html", "من عمر ١٨ سنة وما فوق")],
        "accessibility_statement": [Q("wusul.html", "وهي مجهّزة لمستخدمي الكراسي المتحركة ومزوّدة بمصعد.")],
        "access_services": [Q("wusul.html", "وهي مجهّزة لمستخدمي الكراسي المتحركة ومزوّدة بمصعد.", "wheelchair_access"),
                            Q("wusul.html", "يرافق الجلسات مترجمان بلغة الإشارة اللبنانية", "sign_language"),
                            Q("wusul.html", "وتتوفر ترجمة فورية بين العربية والأرمنية.", "interpretation"),
                            Q("wusul.html", "نؤمّن ركنًا للأطفال بإشراف مربّيتين", "childcare (ages 3-10 are not an age limit)")],
        "videos_without_captions": [M("index.html", 'srclang="ar"', "the only video has a captions track")],
        "pdf_only_documents": [Q("index.html", "الملف التمهيدي متوفر بصيغة PDF فقط", "background dossier only as PDF")],
    })
