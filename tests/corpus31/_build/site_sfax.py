from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "الرئيسية"), ("musharaka.html", "المشاركة والتكاليف"), ("tasjil.html", "التسجيل"),
       ("an-bud.html", "المشاركة عن بعد"), ("wusul.html", "النفاذ والتيسير"), ("marakiz.html", "مراكز مرافقة"),
       ("iqama.html", "الإقامة والتنقل"), ("shuraka.html", "الشركاء")]
FOOT = '<p>جمعية أولياء أطفال طيف التوحّد بصفاقس — نهج المنجي سليم، صفاقس — multaqa@tayf-sfax.example.tn</p>'
s = mk("multaqa-awliya-atfal-altawahhud-sfax", "الملتقى الجهوي لأولياء أطفال طيف التوحّد ٢٠٢٧", "ar-TN", "#6b3fa0",
       "طيف", NAV, dir="rtl", foot={"ar-TN": FOOT})
s.pdf("docs/barnamaj-2027.pdf", "Multaqa awliya atfal tayf al-tawahhud, Sfax 2027\nBarnamaj: 17-18 avril 2027")

s.page("index.html", "الملتقى الجهوي لأولياء أطفال طيف التوحّد", """
<h1>الملتقى الجهوي لأولياء أطفال طيف التوحّد</h1>
<p>يومان من التبادل بين الأولياء والمربين والمختصين، يومي ١٧ و١٨ أفريل ٢٠٢٧ بدار الشباب بصفاقس.</p>
<p>نتحدّث عن التشخيص المبكر والإدماج المدرسي وحقوق الأسر، ونستمع إلى تجارب أولياء من ولايات الجنوب.</p>
<ul>
<li>ورشة حول التواصل مع الأطفال من ٣ إلى ١٢ سنة</li>
<li>مائدة مستديرة: المرافق المدرسي في القسم</li>
</ul>
<p>البرنامج المفصّل متاح بصيغة PDF فقط: <a href="@docs/barnamaj-2027.pdf">تحميل البرنامج</a>.</p>
<section>
<h2>En français</h2>
<p>La rencontre régionale réunit les parents d’enfants autistes, les éducateurs et les spécialistes de Sfax et du Sud. La participation est libre ; merci de vous inscrire en ligne pour que nous puissions prévoir les salles et l’espace enfants.</p>
<p>Les parents qui ne peuvent pas se déplacer peuvent suivre les séances sur Zoom et poser leurs questions en direct.</p>
</section>
""")

s.page("musharaka.html", "المشاركة والتكاليف", """
<h1>المشاركة والتكاليف</h1>
<p>المشاركة في الملتقى مجانية لجميع الأولياء والمربين، ويكفي التسجيل المسبق.</p>
<p>تُعوَّض أجرة اللواج للأولياء القادمين من المعتمديات الريفية عند تقديم التذكرة في مكتب الاستقبال.</p>
<p>يُقدَّم الغداء في اليومين على نفقة الجمعية.</p>
""")

s.page("tasjil.html", "التسجيل", """
<h1>التسجيل في الملتقى</h1>
<form action="@tasjil.html" method="post">
""" + fld("name", "الاسم واللقب (إجباري)") + fld("tel", "رقم الهاتف (إجباري)", "tel") + fld("email", "البريد الإلكتروني", "email")
  + fld("cin", "رقم بطاقة التعريف الوطنية (إجباري)")
  + fld("wilaya", "الولاية", "select", opts=["صفاقس", "قابس", "قفصة", "مدنين", "ولاية أخرى"])
  + fld("age", "الفئة العمرية للطفل", "select", opts=["أقل من ٣ سنوات", "٣ إلى ٦", "٧ إلى ١٢", "أكثر من ١٢"])
  + radios("role", "الصفة", ["أم", "أب", "وليّ آخر", "مربٍّ أو مختص"])
  + fld("kids", "أحتاج إلى فضاء الأطفال", "checkbox")
  + fld("ok", "أوافق على استعمال بياناتي لتنظيم الملتقى", "checkbox", req=True) + """
<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
<button type="submit">تسجيل</button>
</form>
""")

s.page("an-bud.html", "المشاركة عن بعد", """
<h1>المشاركة عن بعد</h1>
<p>يمكن للأولياء الذين يتعذّر عليهم الحضور المشاركة عبر Zoom وطرح أسئلتهم مباشرة على المختصين خلال الجلسات.</p>
<p>يصل رابط Zoom بالبريد الإلكتروني بعد التسجيل.</p>
""")

s.page("wusul.html", "النفاذ والتيسير", """
<h1>النفاذ والتيسير</h1>
<p>القاعة في الطابق الأرضي ومدخلها مجهّز بمنحدر للكراسي المتحركة.</p>
<p>ترجمة إلى لغة الإشارة التونسية في كل الجلسات العامة.</p>
<p>فضاء للأطفال من ٣ إلى ١٠ سنوات بإشراف مربيات مختصات طوال اليومين.</p>
""")

s.page("marakiz.html", "مراكز مرافقة", """
<h1>مراكز مرافقة في الجهة</h1>
<p>حصة تقويم النطق في مركز «الأمل» الخاص: ٤٥ د.ت للحصة.</p>
<p>حصة العلاج الوظيفي: ٥٠ د.ت.</p>
<p>كتاب «طفلي مختلف» متوفّر في معرض الكتاب بالملتقى بسعر ٢٨ د.ت.</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>نزل البحر بصفاقس: ١٢٠ د.ت لليلة.</p>
<p>أجرة اللواج من قفصة إلى صفاقس: حوالي ١٥٫٥٠٠ د.ت.</p>
""")

s.page("shuraka.html", "الشركاء", """
<h1>شركاء الملتقى</h1>
<p>شريك رئيسي: ٥٬٠٠٠ د.ت، شريك داعم: ٢٬٠٠٠ د.ت.</p>
""")

ENTRY = entry(s, name="Regional forum of parents of autistic children 2027 (parents' association, Sfax, Tunisia)",
    languages=["ar", "fr"], fees=[], free_option=True, fee_support=True, remote_participation=True,
    captcha=["turnstile"], account_required=False,
    registration_form=(9, 4, ["phone", "id_document"]), registration_host=None, registration_pdf_only=False,
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "musharaka.html", "tasjil.html", "an-bud.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "نتحدّث عن التشخيص المبكر والإدماج المدرسي وحقوق الأسر"),
                      Q("index.html", "La rencontre régionale réunit les parents d’enfants autistes", "French section without lang")],
        "un_languages": [N("ar, fr")],
        "fees": [Q("musharaka.html", "المشاركة في الملتقى مجانية لجميع الأولياء والمربين", "free: fees []"),
                 Q("marakiz.html", "حصة تقويم النطق في مركز «الأمل» الخاص: ٤٥ د.ت للحصة.", "therapy sessions, book: not fees"),
                 Q("iqama.html", "نزل البحر بصفاقس: ١٢٠ د.ت لليلة.", "hotel, louage: not fees"),
                 Q("shuraka.html", "شريك رئيسي: ٥٬٠٠٠ د.ت", "sponsor: not a fee")],
        "free_option": [Q("musharaka.html", "المشاركة في الملتقى مجانية لجميع الأولياء والمربين، ويكفي التسجيل المسبق.")],
        "fee_support": [Q("musharaka.html", "تُعوَّض أجرة اللواج للأولياء القادمين من المعتمديات الريفية عند تقديم التذكرة")],
        "remote_participation": [Q("an-bud.html", "المشاركة عبر Zoom وطرح أسئلتهم مباشرة على المختصين خلال الجلسات")],
        "captcha": [M("tasjil.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, phone, e-mail, CIN, governorate select, child's age-group select, role radio, childcare checkbox, consent checkbox); required: 3 marked (إجباري) + consent = 4", "tasjil.html"),
                              Q("tasjil.html", "رقم بطاقة التعريف الوطنية (إجباري)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "ورشة حول التواصل مع الأطفال من ٣ إلى ١٢ سنة", "talk topic: not a limit"),
                    Q("wusul.html", "فضاء للأطفال من ٣ إلى ١٠ سنوات", "childcare ages: not a limit")],
        "accessibility_statement": [Q("wusul.html", "القاعة في الطابق الأرضي ومدخلها مجهّز بمنحدر للكراسي المتحركة.")],
        "access_services": [Q("wusul.html", "ومدخلها مجهّز بمنحدر للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "ترجمة إلى لغة الإشارة التونسية في كل الجلسات العامة.", "sign_language"),
                            Q("wusul.html", "بإشراف مربيات مختصات طوال اليومين", "childcare")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("index.html", "البرنامج المفصّل متاح بصيغة PDF فقط", "programme only as PDF")],
    })
