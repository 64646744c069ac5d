"""Gulf emergency nursing conference, Manama (ar-BH, Malayalam section with lang)."""
from lib import *

NAV = [("index.html", "الرئيسية"), ("rusum.html", "الرسوم"), ("tasjil.html", "التسجيل"),
       ("an-bud.html", "الحضور عن بُعد"), ("wusul.html", "سهولة الوصول"), ("iqama.html", "الإقامة والتنقل"),
       ("ruat.html", "الرعاة"), ("wazaif.html", "لوحة الوظائف")]
s = mk("multaqa-tamrid-altawari-almanama", "ملتقى الخليج لتمريض الطوارئ ٢٠٢٧", "ar-BH", "#0b6e74", "طو", NAV,
       dir="rtl", foot={"ar-BH": '<p>جمعية البحرين لتمريض الطوارئ — المنامة، مملكة البحرين · info@tawari-nursing.example.bh</p>'})
placeholder_media(s, "media/tarwij-2027.mp4")

s.page("index.html", "ملتقى الخليج لتمريض الطوارئ ٢٠٢٧ — المنامة", """
<h1>ملتقى الخليج لتمريض الطوارئ ٢٠٢٧</h1>
<p>تنظّم جمعية البحرين لتمريض الطوارئ ملتقاها الإقليمي الرابع يومَي ١٨ و١٩ فبراير ٢٠٢٧ في مركز الجفير للمؤتمرات. يجمع
الملتقى ممرضي أقسام الطوارئ والإسعاف والعناية الحرجة من دول الخليج حول محور «الفرز في الدقائق الأولى».</p>
<ul>
  <li>محاضرات عامة وجلسات حالات سريرية</li>
  <li>ورشة محاكاة متقدمة للإنعاش (مقاعد محدودة)</li>
  <li>ملصقات علمية لطلبة التمريض</li>
</ul>
<p><a class="button" href="@tasjil.html">سجّل الآن</a> · <a href="@rusum.html">جدول الرسوم</a> ·
<a href="@mulakhasat-2025.html">ملخصات ملتقى ٢٠٢٥</a></p>
<h2>لقطات من الدورة السابقة</h2>
""" + video("media/tarwij-2027.mp4") + """
<section lang="ml" dir="ltr">
<h2>മലയാളി നഴ്സുമാർക്ക്</h2>
<p>ബഹ്റൈനിലെ ആശുപത്രികളിൽ ജോലി ചെയ്യുന്ന മലയാളി നഴ്സുമാരെ ഈ സമ്മേളനത്തിലേക്ക് ഹൃദയപൂർവം ക്ഷണിക്കുന്നു. അത്യാഹിത
വിഭാഗത്തിലെ ട്രയാജ്, പുനരുജ്ജീവന രീതികൾ എന്നിവയെക്കുറിച്ചുള്ള ചർച്ചകളിൽ നിങ്ങളുടെ അനുഭവങ്ങളും പങ്കുവയ്ക്കാം.
രജിസ്ട്രേഷനെക്കുറിച്ചുള്ള സംശയങ്ങൾക്ക് ഞങ്ങളുടെ മലയാളം ഹെൽപ്പ്ഡെസ്കിലേക്ക് ഇമെയിൽ അയയ്ക്കുക: malayalam@tawari-nursing.example.bh.</p>
</section>
""")

s.page("rusum.html", "الرسوم — ملتقى الخليج لتمريض الطوارئ", """
<h1>رسوم التسجيل</h1>
<table>
  <caption>رسوم الحضور في القاعة</caption>
  <tr><th>الفئة</th><th>حتى ٣١ ديسمبر (دينار بحريني)</th><th>بعد ٣١ ديسمبر (دينار بحريني)</th></tr>
  <tr><td>ممرضو الطوارئ والإسعاف الممارسون</td><td>٤٥٫٠٠٠</td><td>٦٠٫٠٠٠</td></tr>
  <tr><td>طلبة التمريض (بإبراز البطاقة الجامعية)</td><td>١٥٫٠٠٠</td><td>١٥٫٠٠٠</td></tr>
</table>
<p>ورشة المحاكاة المتقدمة للإنعاش (اختيارية): ٢٥٫٠٠٠ د.ب إضافية، وتشمل المواد والشهادة.</p>
<div class="card"><strong>التذكرة الافتراضية: BHD 20.000</strong>
<p>تشمل البث المباشر لجلسات القاعة الرئيسية وحق طرح الأسئلة. التفاصيل في صفحة <a href="@an-bud.html">الحضور عن بُعد</a>.</p></div>
<p class="note">لا توجد تسجيلات مجانية، بما في ذلك للمتحدثين ومقدّمي الملصقات. الرسوم تشمل وجبة الغداء والقهوة وساعات
التعليم المستمر المعتمدة.</p>
""")

s.page("tasjil.html", "التسجيل — ملتقى الخليج لتمريض الطوارئ", """
<h1>استمارة التسجيل</h1>
<p>يُرجى تعبئة الحقول المشار إليها بكلمة (إلزامي). يصلكم تأكيد ورابط الدفع خلال يومي عمل.</p>
<form action="@tasjil.html" method="post">
""" + fld("name", "الاسم الكامل (إلزامي)") + fld("cpr", "الرقم الشخصي (CPR) أو رقم جواز السفر (إلزامي)")
    + fld("nat", "الجنسية", "select", opts=["بحريني/ة", "سعودي/ة", "هندي/ة", "فلبيني/ة", "أخرى"])
    + fld("email", "البريد الإلكتروني (إلزامي)", "email") + fld("phone", "رقم الهاتف المحمول (إلزامي)", "tel")
    + fld("employer", "المستشفى أو جهة العمل (إلزامي)") + fld("licence", "رقم ترخيص مزاولة التمريض")
    + fld("cat", "فئة التسجيل", "select", req=True, opts=["ممرض/ة ممارس/ة", "طالب/ة تمريض", "تذكرة افتراضية"])
    + fld("sim", "أرغب في حجز مقعد في ورشة المحاكاة", "checkbox")
    + radios("mode", "طريقة الحضور", ["في القاعة", "عن بُعد"])
    + fld("diet", "احتياجات غذائية أو ملاحظات", "textarea") + """
<div class="g-recaptcha" data-sitekey="6Lc-tawari-2027-demo"></div>
<button type="submit">إرسال</button>
</form>
""")

s.page("an-bud.html", "الحضور عن بُعد — ملتقى الخليج لتمريض الطوارئ", """
<h1>الحضور عن بُعد</h1>
<p>لمن تمنعه المناوبات من السفر إلى المنامة، تتيح التذكرة الافتراضية متابعة الجلسات عبر Webex. يكتب المشاركون عن بُعد أسئلتهم في
نافذة الأسئلة، ويطرحها مدير الجلسة على المتحدثين مباشرة في نهاية كل محاضرة.</p>
<p>لا تشمل التذكرة الافتراضية ورشة المحاكاة لأنها عملية بالكامل.</p>
""")

s.page("wusul.html", "سهولة الوصول — ملتقى الخليج لتمريض الطوارئ", """
<h1>سهولة الوصول</h1>
<p>مركز الجفير للمؤتمرات مجهّز بمنحدرات ومصاعد، وجميع القاعات في مستوى واحد يمكن الوصول إليه بالكراسي المتحركة.</p>
<p>يمكن توفير مترجم لغة الإشارة عند الطلب قبل ١٥ يومًا من الملتقى.</p>
<p>نعتذر: لا تتوفر ترجمة نصية فورية للجلسات هذا العام.</p>
<p>توجد غرفة هادئة في الطابق نفسه. للاستفسار عن أي احتياج: access@tawari-nursing.example.bh</p>
""")

s.page("iqama.html", "الإقامة والتنقل — ملتقى الخليج لتمريض الطوارئ", """
<h1>الإقامة والتنقل</h1>
<p>فندق ساحل الجفير (شريك الإقامة): ٣٨ د.ب لليلة مع الإفطار، بذكر رمز الملتقى.</p>
<p>حافلات جسر الملك فهد من الخبر والدمام: نحو ٣٥ ريالًا سعوديًا للاتجاه الواحد.</p>
<p>سيارة الأجرة من المطار إلى المركز: قرابة ٧ د.ب.</p>
""")

s.page("ruat.html", "الرعاة — ملتقى الخليج لتمريض الطوارئ", """
<h1>فرص الرعاية</h1>
<ul>
  <li>الراعي الماسي: ٢٬٥٠٠ د.ب (جناح في بهو المعرض وكلمة في الافتتاح)</li>
  <li>الراعي الذهبي: ١٬٢٠٠ د.ب</li>
  <li>طاولة عرض للشركات الطبية: ٣٠٠ د.ب</li>
</ul>
""")

s.page("wazaif.html", "لوحة الوظائف — ملتقى الخليج لتمريض الطوارئ", """
<h1>لوحة الوظائف</h1>
<article><h2>ممرض/ة طوارئ أول — مستشفى خاص بالمحرق</h2><p>راتب أساسي من ٨٥٠ د.ب شهريًا مع بدل سكن.</p></article>
<article><h2>منسق/ة إسعاف — شركة نقل طبي</h2><p>الراتب حسب الخبرة، بين ٦٠٠ و٧٥٠ د.ب.</p></article>
""")

ENTRY = entry(s, name="Gulf emergency nursing conference 2027 (nursing association, Manama, Bahrain)",
    languages=["ar", "ml"],
    fees=[(45, "BHD"), (60, "BHD"), (15, "BHD"), (25, "BHD"), (20, "BHD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(11, 6, ["id_document", "nationality", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "an-bud.html", "wusul.html"],
    deliberate_404=["mulakhasat-2025.html"],
    evidence={
        "languages": [Q("index.html", "تنظّم جمعية البحرين لتمريض الطوارئ ملتقاها الإقليمي الرابع"),
                      M("index.html", '<section lang="ml" dir="ltr">', "Malayalam section with lang"),
                      Q("index.html", "ബഹ്റൈനിലെ ആശുപത്രികളിൽ ജോലി ചെയ്യുന്ന മലയാളി നഴ്സുമാരെ")],
        "un_languages": [N("ar")],
        "fees": [Q("rusum.html", "حتى ٣١ ديسمبر (دينار بحريني)", "currency only in the column headers"),
                 Q("rusum.html", "٤٥٫٠٠٠", "45 BHD early; 60 late; students 15 in both columns (one entry)"),
                 Q("rusum.html", "ورشة المحاكاة المتقدمة للإنعاش (اختيارية): ٢٥٫٠٠٠ د.ب إضافية", "add-on workshop: 25 BHD"),
                 Q("rusum.html", "التذكرة الافتراضية: BHD 20.000", "paid online pass with questions: 20 BHD"),
                 Q("iqama.html", "٣٨ د.ب لليلة مع الإفطار", "hotel, causeway bus (SAR), taxi: not fees"),
                 Q("ruat.html", "الراعي الماسي: ٢٬٥٠٠ د.ب", "sponsor packages: not fees"),
                 Q("wazaif.html", "راتب أساسي من ٨٥٠ د.ب شهريًا مع بدل سكن.", "salaries: not fees")],
        "free_option": [Q("rusum.html", "لا توجد تسجيلات مجانية، بما في ذلك للمتحدثين ومقدّمي الملصقات.")],
        "fee_support": [Q("rusum.html", "طلبة التمريض (بإبراز البطاقة الجامعية)", "student rate 15 below 45/60")],
        "remote_participation": [Q("an-bud.html", "يكتب المشاركون عن بُعد أسئلتهم في نافذة الأسئلة، ويطرحها مدير الجلسة على المتحدثين مباشرة")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (name, CPR/passport, nationality select, e-mail, phone, employer, licence number, category select, workshop checkbox, mode radio, notes); 5 marked (إلزامي) + category select with required = 6; sensitive id_document, nationality, phone, affiliation (licence number is not an ID)", "tasjil.html"),
                              Q("tasjil.html", "الرقم الشخصي (CPR) أو رقم جواز السفر (إلزامي)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wusul.html", "مركز الجفير للمؤتمرات مجهّز بمنحدرات ومصاعد")],
        "access_services": [Q("wusul.html", "وجميع القاعات في مستوى واحد يمكن الوصول إليه بالكراسي المتحركة.", "wheelchair_access"),
                            Q("wusul.html", "يمكن توفير مترجم لغة الإشارة عند الطلب", "sign_language on request"),
                            Q("wusul.html", "لا تتوفر ترجمة نصية فورية للجلسات هذا العام.", "captions negated; quiet room not a service")],
        "videos_without_captions": [M("index.html", 'src="media/tarwij-2027.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
