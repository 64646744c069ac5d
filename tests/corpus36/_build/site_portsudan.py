from lib import *

NAV = [("index.html", "الرئيسية"), ("rusum.html", "الرسوم والإعفاءات"), ("tasjil.html", "التسجيل"),
       ("asila.html", "أسئلة شائعة"), ("wusul.html", "إمكانية الوصول"), ("akhbar.html", "أخبار"),
       ("shuraka.html", "الرعاة"), ("matjar.html", "المتجر")]
s = mk("dawrat-mudarribi-alnashiin-bursudan", "دورة مدربي الناشئين – بورتسودان", "ar-SD", "#0b6e4f", "دم", NAV,
       dir="rtl", foot={"ar-SD": "<p>اتحاد كرة القدم المحلي بولاية البحر الأحمر (جمعية وهمية) – بورتسودان، حي ديم مدينة، شارع الميناء ١٢ – coaches@redsea-youthfootball.example.sd</p>"})
placeholder_media(s, "media/tamrin.mp4")
s.pdf("docs/jadwal.pdf", "Youth coaches course, Port Sudan 2027\nTraining timetable\nDay 1: warm-up games\nDay 2: small-sided games")

s.page("index.html", "دورة مدربي الناشئين ٢٠٢٧ – بورتسودان", f"""
<h1>الدورة الثالثة لتأهيل مدربي فرق الناشئين</h1>
<p>ينظّم اتحاد كرة القدم المحلي بولاية البحر الأحمر دورة تأهيلية لمدربي فرق الناشئين من عمر الثامنة إلى الرابعة عشرة، في ملعب النادي الأهلي ببورتسودان من ٨ إلى ١٩ فبراير ٢٠٢٧. تجمع الدورة بين محاضرات صباحية عن نمو الطفل وسلامته، وحصص ميدانية مسائية على الألعاب المصغّرة.</p>
<p lang="bej">Baruuk haay! Ani adaroob Bedawi.</p>
<p>جدول الحصص التدريبية اليومي متاح فقط بصيغة PDF: <a href="@docs/jadwal.pdf">تنزيل الجدول (PDF، ٨٠ ك.ب)</a>.</p>
<h2>لقطات من دورة العام الماضي</h2>
{video("media/tamrin.mp4")}
<p><a href="@arshif-2025.html">أرشيف دورة ٢٠٢٥</a> · <a href="@rusum.html">اطّلع على الرسوم</a> · <a href="@tasjil.html">سجّل الآن</a></p>
""")

s.page("rusum.html", "الرسوم والإعفاءات", """
<h1>رسوم الدورة</h1>
<table>
<caption>رسوم المشاركة</caption>
<tr><th>الفئة</th><th>المبلغ</th></tr>
<tr><td>مدرب (رسم الدورة الكاملة)</td><td>٤٥٬٠٠٠ جنيه سوداني</td></tr>
<tr><td>طلاب كلية التربية البدنية بجامعة البحر الأحمر</td><td>٢٠٬٠٠٠ جنيه سوداني</td></tr>
<tr><td>وحدة إضافية اختيارية: تدريب حرّاس المرمى (ثلاث أمسيات)</td><td>١٢٬٠٠٠ جنيه سوداني</td></tr>
</table>
<h2>الإعفاءات والمساعدة</h2>
<p>المدربون المتطوعون في فرق الناشئين بالأحياء يُعفون من رسم الدورة إعفاءً كاملًا، بشرط خطاب من لجنة الحي.</p>
<p>يستردّ المشاركون القادمون من طوكر وسنكات قيمة تذاكر البص عند تقديمها في أول يوم.</p>
<p class="note">الرسوم تشمل كتيّب المدرب ووجبة الغداء. لا تشمل السكن.</p>
""")

turn = '<div class="cf-turnstile" data-sitekey="0x4AAAAAAAportsudan00"></div>'
s.page("tasjil.html", "التسجيل", f"""
<h1>استمارة التسجيل</h1>
<p>يُقبل في الدورة كل من لا يقل عمره عن اثنتين وعشرين سنة ويدرّب فريقًا أو ينوي ذلك.</p>
<p>لا نطلب إنشاء حساب؛ تُرسل الاستمارة مباشرة إلى لجنة الدورة.</p>
<form action="@tasjil.html" method="post">
{fld("name", "الاسم الرباعي (خانة أساسية)")}
{fld("natno", "الرقم الوطني (خانة أساسية)")}
{fld("dob", "تاريخ الميلاد", "date", req=True)}
{fld("phone", "رقم الهاتف أو واتساب (خانة أساسية)", "tel")}
{fld("email", "البريد الإلكتروني", "email")}
{fld("club", "النادي أو فريق الحي الذي تدرّبه")}
{fld("state", "الولاية", "select", opts=["البحر الأحمر", "كسلا", "القضارف", "نهر النيل", "أخرى"])}
{fld("lic", "رقم رخصة التدريب إن وُجدت")}
{radios("cat", "فئة المشاركة", ["مدرب", "طالب", "مدرب متطوع (إعفاء)"], req=True)}
{fld("gk", "أرغب في وحدة تدريب حرّاس المرمى", "checkbox")}
{fld("ok", "أقرّ بصحة البيانات", "checkbox", req=True)}
{turn}
<button type="submit">إرسال</button>
</form>
""")

s.page("asila.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details><summary>هل يمكن متابعة الدورة من مدينة أخرى؟</summary><p>لا توجد مشاركة عن بُعد؛ الدورة عملية في الملعب ولا تُبثّ المحاضرات.</p></details>
<details><summary>هل أحتاج إلى رخصة تدريب؟</summary><p>لا، الرخصة ليست شرطًا، ونطلب رقمها فقط إن وُجدت.</p></details>
<details><summary>هل تُقبل النساء؟</summary><p>نعم، ونرحّب بمدربات فرق البنات.</p></details>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة المحاضرات في الطابق الأرضي من مبنى النادي ويمكن دخولها بالكراسي المتحركة من الباب الجانبي.</p>
<p>تتوفر ترجمة فورية بين العربية والبجاوية خلال المحاضرات الصباحية.</p>
<p>لا يتوفر مترجم لغة إشارة في هذه الدورة.</p>
<p>لأي احتياج آخر راسلوا منسقة الدورة: access@redsea-youthfootball.example.sd</p>
""")

s.page("akhbar.html", "أخبار", """
<h1>أخبار</h1>
<p>الفنادق القريبة من الملعب: ليلة الغرفة المزدوجة نحو ٣٥٬٠٠٠ جنيه سوداني.</p>
<p>للمدربين القادمين من مصر: تذكرة الطيران من القاهرة تبدأ من ٩٬٥٠٠ جنيه مصري.</p>
<p>مطلوب مساعد مدرب بدوام جزئي براتب ٦٠٬٠٠٠ جنيه شهريًا.</p>
""")

s.page("shuraka.html", "الرعاة", """
<h1>الرعاة</h1>
<p>باقة الراعي الذهبي: ٩٠٠٬٠٠٠ جنيه سوداني تشمل شعار الشركة على قمصان التدريب.</p>
""")

s.page("matjar.html", "المتجر", """
<h1>المتجر</h1>
<ul><li>كرة قدم مقاس ٤: ١٨٬٠٠٠ جنيه</li><li>مجموعة أقماع تدريب: ٧٬٠٠٠ جنيه</li></ul>
""")

ENTRY = entry(s, name="Youth football coaches' course 2027 (Red Sea State local football association, Port Sudan, Sudan)",
    languages=["ar"],
    fees=[(45000, "SDG"), (20000, "SDG"), (12000, "SDG")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["turnstile"],
    account_required=False, registration_form=(11, 6, ["id_document", "birth_date", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=22, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "asila.html", "wusul.html"],
    deliberate_404=["arshif-2025.html"],
    evidence={
        "languages": [Q("index.html", "ينظّم اتحاد كرة القدم المحلي بولاية البحر الأحمر دورة تأهيلية لمدربي فرق الناشئين"),
                      M("index.html", '<p lang="bej">', "Beja greeting: not listable, not content")],
        "un_languages": [N("ar")],
        "fees": [Q("rusum.html", "٤٥٬٠٠٠ جنيه سوداني", "45000 SDG coaches"),
                 Q("rusum.html", "٢٠٬٠٠٠ جنيه سوداني", "20000 SDG students"),
                 Q("rusum.html", "١٢٬٠٠٠ جنيه سوداني", "12000 SDG add-on goalkeeper module"),
                 Q("akhbar.html", "ليلة الغرفة المزدوجة نحو ٣٥٬٠٠٠ جنيه سوداني", "hotel: not a fee"),
                 Q("akhbar.html", "تذكرة الطيران من القاهرة تبدأ من ٩٬٥٠٠ جنيه مصري", "EGP flight: not a fee"),
                 Q("akhbar.html", "براتب ٦٠٬٠٠٠ جنيه شهريًا", "salary: not a fee"),
                 Q("shuraka.html", "٩٠٠٬٠٠٠ جنيه سوداني", "sponsor: not a fee"),
                 Q("matjar.html", "كرة قدم مقاس ٤: ١٨٬٠٠٠ جنيه", "goods: not a fee")],
        "free_option": [Q("rusum.html", "المدربون المتطوعون في فرق الناشئين بالأحياء يُعفون من رسم الدورة إعفاءً كاملًا")],
        "fee_support": [Q("rusum.html", "يستردّ المشاركون القادمون من طوكر وسنكات قيمة تذاكر البص"),
                        Q("rusum.html", "طلاب كلية التربية البدنية بجامعة البحر الأحمر", "student rate below the coaches' fee")],
        "remote_participation": [Q("asila.html", "لا توجد مشاركة عن بُعد؛ الدورة عملية في الملعب", "FAQ only")],
        "captcha": [M("tasjil.html", '<div class="cf-turnstile"')],
        "account_required": [Q("tasjil.html", "لا نطلب إنشاء حساب")],
        "registration_form": [N("11 fields: name, national number, birth date, phone, e-mail, club, state select, coaching licence, category radio, goalkeeper checkbox, declaration checkbox; required: 3 marked (خانة أساسية) + birth date (required attr) + radio + declaration = 6; coaching licence not an ID", "tasjil.html"),
                              Q("tasjil.html", "الرقم الوطني (خانة أساسية)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("tasjil.html", "كل من لا يقل عمره عن اثنتين وعشرين سنة")],
        "accessibility_statement": [Q("wusul.html", "ويمكن دخولها بالكراسي المتحركة")],
        "access_services": [Q("wusul.html", "قاعة المحاضرات في الطابق الأرضي من مبنى النادي ويمكن دخولها بالكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة فورية بين العربية والبجاوية", "interpretation"),
                            Q("wusul.html", "لا يتوفر مترجم لغة إشارة في هذه الدورة.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/tamrin.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "جدول الحصص التدريبية اليومي متاح فقط بصيغة PDF")],
    })
