"""Jordanian society's regional conference on community mental health (Amman): ar-JO (rtl), en page declared
lang="ar-JO"."""
from lib import mk, placeholder_media, video, Q, M, N, entry

SLUG = "mutamar-alsiha-alnafsiya-almujtamaiya-amman"
NAV = [("index.html", "الرئيسية"), ("barnamaj.html", "البرنامج"), ("rusum.html", "رسوم التسجيل"),
       ("tasjil.html", "التسجيل"), ("bud.html", "المشاركة عن بُعد"), ("wusul.html", "إمكانية الوصول"),
       ("iqama.html", "الإقامة والتنقل"), ("ruaat.html", "الرعاة"), ("wazaif.html", "وظائف"), ("en.html", "English")]
FOOT = ('<p>الجمعية الأردنية لعلم النفس المجتمعي — شارع وادي صقرة، عمّان. '
        '<a href="mailto:info@jscp.example.org">info@jscp.example.org</a></p>')
s = mk(SLUG, "المؤتمر الإقليمي الرابع للصحة النفسية المجتمعية", "ar-JO", "#0f6b5c", "ص ن", NAV,
       foot={"ar-JO": FOOT}, dir="rtl")
placeholder_media(s, "media/iftitah.mp4")

s.page("index.html", "المؤتمر الإقليمي الرابع للصحة النفسية المجتمعية — عمّان ٢٠٢٧", """
<h1>المؤتمر الإقليمي الرابع للصحة النفسية المجتمعية</h1>
<p>عمّان، فندق المؤتمرات الجامعي، ٢٢–٢٤ نيسان ٢٠٢٧</p>
<p>يلتقي في المؤتمر أخصائيون نفسيون وعاملون اجتماعيون وممرضون وباحثون من الأردن والمنطقة لتبادل الخبرات حول
خدمات الصحة النفسية القريبة من الناس: في المراكز الصحية الأولية والمدارس ومخيمات اللاجئين والجمعيات الأهلية.</p>
<ul>
  <li><a href="@rusum.html">رسوم التسجيل</a> و<a href="@tasjil.html">نموذج التسجيل</a></li>
  <li><a href="@bud.html">عرض الملصقات العلمية عن بُعد</a></li>
  <li><a href="@wusul.html">إمكانية الوصول والترتيبات الخاصة</a></li>
  <li><a href="@mulakhasat.html">كتيّب الملخصات</a></li>
  <li><a href="@en.html">Information in English</a></li>
</ul>
<h2>كلمة الافتتاح في المؤتمر السابق</h2>
""" + video("media/iftitah.mp4") + """
<p class="note">آخر موعد للتسجيل: ٣١ آذار ٢٠٢٧.</p>
""")

s.page("rusum.html", "رسوم التسجيل", """
<h1>رسوم التسجيل</h1>
<table>
  <caption>رسوم المشاركة في أيام المؤتمر الثلاثة (تشمل الحقيبة ووجبات الغداء)</caption>
  <tr><th>الفئة</th><th>الرسم</th></tr>
  <tr><td>أعضاء الجمعية المسددون لاشتراكهم</td><td>٤٥ دينارًا أردنيًا</td></tr>
  <tr><td>غير الأعضاء</td><td>٧٠ دينارًا أردنيًا</td></tr>
  <tr><td>طلبة البكالوريوس والدراسات العليا (مع إبراز بطاقة سارية)</td><td>٢٠ د.أ</td></tr>
  <tr><td>المشاركون من خارج الأردن</td><td>USD 150</td></tr>
</table>
<p>تسري الرسوم على جميع المشاركين بمن فيهم المتحدثون وأصحاب الملصقات، ولا تُعفى أي فئة منها.</p>
<p>للانتساب إلى الجمعية: الاشتراك السنوي ٣٠ دينارًا ويُدفع لأمانة الجمعية بشكل منفصل عن رسوم المؤتمر.</p>
<p>تُدفع الرسوم بالتحويل البنكي أو نقدًا عند مكتب التسجيل. <a href="@tasjil.html">إلى نموذج التسجيل</a></p>
""")

s.page("tasjil.html", "نموذج التسجيل", """
<h1>نموذج التسجيل</h1>
<p>الحقول المشار إليها بكلمة (مطلوب) إلزامية. ستصلك رسالة تأكيد مع تعليمات الدفع خلال يومي عمل.</p>
<form action="@tasjil.html" method="post">
  <input type="hidden" name="form_id" value="reg27">
  <label for="name">الاسم الكامل (مطلوب)</label>
  <input type="text" id="name" name="name" required>
  <label for="email">البريد الإلكتروني (مطلوب)</label>
  <input type="email" id="email" name="email" required>
  <label for="mobile">رقم الهاتف المحمول (مطلوب)</label>
  <input type="tel" id="mobile" name="mobile" required>
  <label for="nat">الجنسية (مطلوب)</label>
  <select id="nat" name="nationality" required><option value="">اختر</option><option>أردنية</option><option>سورية</option><option>فلسطينية</option><option>عراقية</option><option>أخرى</option></select>
  <label for="natid">الرقم الوطني أو رقم جواز السفر لغير الأردنيين</label>
  <input type="text" id="natid" name="national_id">
  <label for="org">جهة العمل أو الدراسة (مطلوب)</label>
  <input type="text" id="org" name="organisation" required>
  <fieldset><legend>فئة التسجيل (مطلوب)</legend>
    <input type="radio" id="c1" name="category" value="member" required> <label for="c1">عضو في الجمعية</label>
    <input type="radio" id="c2" name="category" value="nonmember"> <label for="c2">غير عضو</label>
    <input type="radio" id="c3" name="category" value="student"> <label for="c3">طالب</label>
    <input type="radio" id="c4" name="category" value="intl"> <label for="c4">مشارك من خارج الأردن</label>
  </fieldset>
  <label for="memno">رقم العضوية (للأعضاء)</label>
  <input type="text" id="memno" name="member_no">
  <div class="check"><input type="checkbox" id="poster" name="poster"> <label for="poster">سأقدّم ملصقًا علميًا</label></div>
  <label for="needs">هل لديك احتياجات خاصة بالوصول؟</label>
  <textarea id="needs" name="needs" rows="3"></textarea>
  <div class="g-recaptcha" data-sitekey="6Lc-jscp-example-key"></div>
  <button type="submit">إرسال</button>
</form>
""")

s.page("bud.html", "المشاركة عن بُعد", """
<h1>عرض الملصقات العلمية عن بُعد</h1>
<p>يستطيع أصحاب الملصقات العلمية الذين يتعذر عليهم السفر إلى عمّان عرض ملصقاتهم في الجلسة الإلكترونية المخصصة
يوم ٢٣ نيسان، والإجابة مباشرةً عن أسئلة الحضور في القاعة وعبر المنصة.</p>
<p>يُسجَّل المشارك عن بُعد بالنموذج نفسه ويدفع رسم فئته. تُرسل روابط الدخول إلى المنصة قبل المؤتمر بثلاثة أيام.</p>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعات المؤتمر في الطابق الأرضي، ومدخل الفندق الرئيسي مزوّد بمنحدر ومصعد، وتتوفر دورات مياه مهيأة لمستخدمي الكراسي المتحركة.</p>
<p>يمكن توفير ترجمة إلى لغة الإشارة الأردنية للجلسات العامة عند الطلب قبل ١ نيسان.</p>
<p>لا تتوفر ترجمة نصية فورية للجلسات هذا العام. تُعقد الجلسات بالعربية وبعضها بالإنجليزية من دون ترجمة فورية بين اللغتين.</p>
<p>لأي ترتيبات أخرى يُرجى مراسلة منسقة الوصول على access@jscp.example.org أو الاتصال على ‎+962 6 000 0000.</p>
""")

s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج العلمي</h1>
<h2>الخميس ٢٢ نيسان</h2>
<ul>
  <li>الوصول إلى خدمات الصحة النفسية في المخيمات: ما الذي تغيّر منذ ٢٠٢٠؟</li>
  <li>كلفة العلاج النفسي: من يدفع ٦٠ دينارًا للجلسة الواحدة؟</li>
  <li>الاكتئاب لدى اليافعين من ١٢ إلى ١٧ عامًا في المدارس الحكومية</li>
</ul>
<h2>الجمعة ٢٣ نيسان</h2>
<ul>
  <li>تكييف المقاييس النفسية مع اللهجات العربية المحلية</li>
  <li>جلسة الملصقات العلمية (حضوريًا وعن بُعد)</li>
</ul>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>سعر الغرفة المفردة في فندق المؤتمرات الجامعي للمشاركين: ٥٨ دينارًا لليلة شاملة الإفطار.</p>
<p>خدمة نقل من مطار الملكة علياء الدولي: JOD 25 للاتجاه الواحد، تُحجز عبر الفندق.</p>
<p>موقف السيارات في الفندق ٣ دنانير لليوم. أجرة سيارة التاكسي من وسط البلد نحو ٤ دنانير.</p>
""")

s.page("ruaat.html", "الرعاة والعارضون", """
<h1>فرص الرعاية والعرض</h1>
<ul>
  <li>الراعي الذهبي: ٥٠٠٠ دينار أردني</li>
  <li>الراعي الفضي: ٢٥٠٠ دينار أردني</li>
  <li>طاولة عرض للجمعيات ودور النشر: ٣٠٠ دينار</li>
</ul>
""")

s.page("wazaif.html", "وظائف شاغرة", """
<h1>لوحة الوظائف</h1>
<p>تعلن الجمعيات الشريكة عن الوظائف التالية:</p>
<ul>
  <li>أخصائي/ة نفسي/ة لمركز مجتمعي في الزرقاء — الراتب ٨٥٠ دينارًا شهريًا</li>
  <li>منسق/ة دعم نفسي اجتماعي في إربد — ١٬١٠٠ دينار شهريًا</li>
</ul>
""")

s.page("en.html", "Regional Conference on Community Mental Health — in English", """
<h1>4th Regional Conference on Community Mental Health</h1>
<p>Amman, 22–24 April 2027. The conference brings together psychologists, social workers, nurses and researchers
working on community-based mental health services in Jordan and the region.</p>
<h2>Registration fees</h2>
<p>Members of the Society JOD 45; non-members JOD 70; students JOD 20; participants from outside Jordan USD 150.
Fees apply to everyone, speakers included. Register with the <a href="@tasjil.html">Arabic form</a>; fields marked
(مطلوب) are required.</p>
<h2>Remote posters</h2>
<p>Poster presenters who cannot travel can present online in the e-poster session on 23 April and take questions
from the room and the platform.</p>
<h2>Access</h2>
<p>The halls are on the ground floor with a ramp and lift at the entrance. Jordanian Sign Language interpretation
can be arranged on request before 1 April. Contact access@jscp.example.org.</p>
""")

ENTRY = entry(
    s, name="4th Regional Conference on Community Mental Health (Jordanian professional society, Amman)",
    languages=["ar", "en"],
    fees=[(45, "JOD"), (70, "JOD"), (20, "JOD"), (150, "USD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(10, 6, ["phone", "nationality", "id_document", "affiliation"]),
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "bud.html", "wusul.html", "en.html"],
    deliberate_404=["mulakhasat.html"],
    evidence={
        "languages": [Q("index.html", "يلتقي في المؤتمر أخصائيون نفسيون وعاملون اجتماعيون"),
                      Q("en.html", "The conference brings together psychologists, social workers, nurses",
                        "whole page in English although declared lang=ar-JO"),
                      M("en.html", '<html lang="ar-JO" dir="rtl">', "wrong lang attribute")],
        "un_languages": [N("ar, en")],
        "fees": [Q("rusum.html", "أعضاء الجمعية المسددون لاشتراكهم ٤٥ دينارًا أردنيًا", "Arabic-Indic digits: 45 JOD"),
                 Q("rusum.html", "غير الأعضاء ٧٠ دينارًا أردنيًا", "70 JOD"),
                 Q("rusum.html", "٢٠ د.أ", "students 20 JOD"),
                 Q("rusum.html", "USD 150", "participants from abroad"),
                 Q("en.html", "Members of the Society JOD 45; non-members JOD 70", "same fees in English, no new entry"),
                 Q("rusum.html", "الاشتراك السنوي ٣٠ دينارًا", "membership dues, not a fee"),
                 Q("barnamaj.html", "كلفة العلاج النفسي: من يدفع ٦٠ دينارًا للجلسة الواحدة؟", "talk title, not a fee"),
                 Q("iqama.html", "٥٨ دينارًا لليلة", "hotel, shuttle, parking, taxi: not fees"),
                 Q("ruaat.html", "الراعي الذهبي: ٥٠٠٠ دينار أردني", "sponsor/exhibitor, not a fee"),
                 Q("wazaif.html", "الراتب ٨٥٠ دينارًا شهريًا", "salary, not a fee")],
        "free_option": [Q("rusum.html", "تسري الرسوم على جميع المشاركين بمن فيهم المتحدثون وأصحاب الملصقات، ولا تُعفى أي فئة منها.",
                          "fees stated, nothing free")],
        "fee_support": [Q("rusum.html", "طلبة البكالوريوس والدراسات العليا", "student rate 20 JOD below 45/70 JOD")],
        "remote_participation": [Q("bud.html", "والإجابة مباشرةً عن أسئلة الحضور في القاعة وعبر المنصة",
                                   "online e-poster presentation with live questions")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields: name, e-mail, mobile, nationality select, national ID/passport, organisation, "
                                "category radio (=1), membership number, poster checkbox, access-needs textarea; hidden "
                                "form_id not counted. Required ((مطلوب) / required): name, e-mail, mobile, nationality, "
                                "organisation, category = 6. Sensitive: phone, nationality, id_document, affiliation.",
                                "tasjil.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit; the talk on adolescents aged 12 to 17 is not a limit", "barnamaj.html")],
        "accessibility_statement": [Q("wusul.html", "لأي ترتيبات أخرى يُرجى مراسلة منسقة الوصول على access@jscp.example.org")],
        "access_services": [Q("wusul.html", "وتتوفر دورات مياه مهيأة لمستخدمي الكراسي المتحركة"),
                            Q("wusul.html", "يمكن توفير ترجمة إلى لغة الإشارة الأردنية للجلسات العامة عند الطلب"),
                            Q("wusul.html", "لا تتوفر ترجمة نصية فورية للجلسات هذا العام.", "no captions (negation)"),
                            Q("wusul.html", "من دون ترجمة فورية بين اللغتين", "no interpretation (negation)")],
        "videos_without_captions": [M("index.html", 'src="media/iftitah.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
