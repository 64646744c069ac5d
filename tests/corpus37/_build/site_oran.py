"""Youth internet governance forum, Oran (Algeria): Arabic, a French section with lang, a Kabyle greeting."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "الرئيسية"), ("musharaka.html", "شروط المشاركة"), ("tasjil.html", "التسجيل"),
       ("asila.html", "أسئلة شائعة"), ("wusul.html", "إمكانية الوصول"), ("mutahaddithun.html", "المتحدثون"),
       ("shuraka.html", "الشركاء"), ("akhbar.html", "الأخبار")]
FOOT = {"ar": "<p>جمعية الشباب الرقمي لغرب الجزائر — ١٤ شارع الأمير عبد القادر، وهران. البريد: muntada@example.dz</p>"}
s = mk("muntada-alshabab-hawkamat-alinternet-wahran", "منتدى الشباب لحوكمة الإنترنت — وهران ٢٠٢٧", "ar-DZ",
       "#0b6e4f", "ش", NAV, foot=FOOT, dir="rtl",
       newsletter={"ar": ("اشترك في النشرة البريدية", "اشتراك")})
placeholder_media(s, "media/taqdim.mp4")
s.pdf("docs/barnamaj-2027.pdf", "Muntada al-shabab - barnamaj 2027\nAl-yawm al-awwal: al-jalsa al-iftitahiya\nAl-yawm al-thani: warashat")

s.page("index.html", "منتدى الشباب لحوكمة الإنترنت — وهران ٢٠٢٧", """
<h1>منتدى الشباب لحوكمة الإنترنت — وهران، ١٢ و١٣ أبريل ٢٠٢٧</h1>
<p lang="kab">Azul fellawen!</p>
<p>تنظّم جمعية الشباب الرقمي لغرب الجزائر الطبعة الرابعة من منتدى الشباب لحوكمة الإنترنت في قصر الثقافة بوهران. يجمع المنتدى طلبة وناشطين ومبرمجين شبابًا للنقاش حول الخصوصية والنفاذ إلى الشبكة والذكاء الاصطناعي، ويرفع توصياته إلى المنتدى الوطني.</p>
<p>اقرأ <a href="@musharaka.html">شروط المشاركة</a> ثم أكمل <a href="@tasjil.html">استمارة التسجيل</a>. الأجوبة عن الأسئلة المتكررة في صفحة <a href="@asila.html">أسئلة شائعة</a>، وتفاصيل الوصول إلى القاعة في صفحة <a href="@wusul.html">إمكانية الوصول</a>.</p>
<p>البرنامج التفصيلي للجلسات متاح بصيغة PDF فقط: <a href="@docs/barnamaj-2027.pdf">تحميل البرنامج (PDF)</a>.</p>
<h2>فيديو الطبعة السابقة</h2>
""" + video("media/taqdim.mp4") + """
<section lang="fr">
<h2>En français</h2>
<p>Le Forum des jeunes sur la gouvernance de l'internet se tient au Palais de la culture d'Oran les 12 et 13 avril 2027. Étudiants, militants associatifs et jeunes développeurs y débattent de la vie privée, de l'accès au réseau et de l'intelligence artificielle, puis adoptent des recommandations transmises au forum national.</p>
<p>Les conditions de participation et le formulaire d'inscription sont en arabe ; pour toute question en français, écrivez à muntada@example.dz.</p>
</section>
""")

s.page("musharaka.html", "شروط المشاركة", """
<h1>شروط المشاركة</h1>
<p>المشاركة في المنتدى مجانية لجميع المندوبين الشباب، ولا يُطلب أي رسم للتسجيل أو لحضور الورشات.</p>
<p>يُقبل المندوبون الشباب من ١٨ إلى ٣٠ سنة، من الطلبة وأعضاء الجمعيات والعاملين في القطاع الرقمي.</p>
<h2>منح التنقل</h2>
<p>يمكن للمندوبين القادمين من ولايات الجنوب والهضاب العليا طلب منحة تنقل قدرها ١٢٬٠٠٠ دج تُصرف عند الوصول إلى وهران، في حدود ثلاثين منحة.</p>
<h2>الإقامة</h2>
<p>لا يتكفل المنتدى بالإقامة؛ تجدون في صفحة <a href="@akhbar.html">الأخبار</a> قائمة فنادق قريبة.</p>
""")

s.page("tasjil.html", "التسجيل", """
<h1>استمارة التسجيل</h1>
<p>التسجيل عبر هذه الاستمارة فقط، ولا يلزم إنشاء حساب. آخر أجل: ١٥ مارس ٢٠٢٧.</p>
<form action="@tasjil.html" method="post">
""" + "\n".join([
    fld("name", "الاسم واللقب (خانة يجب ملؤها)"),
    fld("nin", "رقم بطاقة التعريف الوطنية (خانة يجب ملؤها)"),
    fld("dob", "تاريخ الميلاد", "date", req=True),
    fld("email", "البريد الإلكتروني (خانة يجب ملؤها)", "email"),
    fld("tel", "رقم الهاتف", "tel"),
    fld("wilaya", "الولاية", "select", opts=["وهران", "تلمسان", "سيدي بلعباس", "مستغانم", "بشار", "أدرار", "أخرى"]),
    fld("org", "الجامعة أو الجمعية أو جهة العمل"),
    radios("gender", "الجنس", ["ذكر", "أنثى"], req=True),
    radios("mode", "طريقة المشاركة", ["حضوريًا في وهران", "عن بُعد عبر Zoom"]),
    fld("grant", "أطلب منحة تنقل (للقادمين من ولايات الجنوب والهضاب العليا)", "checkbox"),
    fld("consent", "أوافق على ميثاق المشاركة في المنتدى", "checkbox", req=True),
]) + """
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">إرسال</button>
</form>
""")

s.page("asila.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details open><summary>هل يمكن المشاركة من خارج وهران دون التنقل؟</summary>
<p>نعم. يمكن للمشاركين عن بُعد الانضمام إلى الجلسات عبر Zoom وطرح أسئلتهم مباشرة على المتحدثين، ويقرأ المنسّق أسئلتهم في القاعة.</p></details>
<details open><summary>هل الدورة التدريبية حول الأمن الرقمي جزء من المنتدى؟</summary>
<p>لا. ينظمها شريكنا «مخبر الأمن الرقمي» في اليوم السابق للمنتدى بمقره، برسم ٤٬٠٠٠ دج يُدفع له مباشرة، والتسجيل فيها عبر موقعه. المنتدى نفسه لا يبيعها ولا يشترطها.</p></details>
<details open><summary>هل أحتاج إلى حساب؟</summary>
<p>لا، تكفي استمارة التسجيل.</p></details>
<details open><summary>هل تُقبل الطلبات بعد الأجل؟</summary>
<p>في حدود المقاعد المتبقية فقط.</p></details>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>تُعقد الجلسات في قاعة بالطابق الأرضي من قصر الثقافة يمكن الوصول إليها بالكراسي المتحركة عبر منحدر عند المدخل الرئيسي.</p>
<p>تتوفر ترجمة إلى لغة الإشارة الجزائرية في الجلسات العامة.</p>
<p>لأي احتياج خاص راسلونا قبل أسبوعين على العنوان wusul@example.dz.</p>
""")

s.page("mutahaddithun.html", "المتحدثون", """
<h1>المتحدثون</h1>
<ul>
<li>د. سعاد بن عودة — باحثة في قانون حماية المعطيات الشخصية</li>
<li>ياسين قادري — مطوّر برمجيات حرة</li>
<li>ليلى مرابط — منسقة شبكة الجمعيات الشبابية بالغرب</li>
</ul>
<p>ستتناول جلسة مسائية موضوع حماية اليافعين من ١٢ إلى ١٧ سنة على منصات التواصل.</p>
""")

s.page("shuraka.html", "الشركاء", """
<h1>الشركاء والرعاة</h1>
<table><caption>باقات الرعاية</caption>
<tr><th>الباقة</th><th>المبلغ</th></tr>
<tr><td>الراعي الذهبي</td><td>٤٥٠٬٠٠٠ دج</td></tr>
<tr><td>الراعي الفضي</td><td>٢٠٠٬٠٠٠ دج</td></tr>
</table>
<p>يمكن لمن يرغب دعم صندوق منح التنقل بتبرع مقترح قدره ٢٬٠٠٠ دج.</p>
<p>شريكنا «مخبر الأمن الرقمي» يقدّم دورته التدريبية على موقعه الخاص.</p>
""")

s.page("akhbar.html", "الأخبار", """
<h1>الأخبار</h1>
<h2>فنادق قريبة</h2>
<p>غرفة فندقية قرب قصر الثقافة بنحو ٧٬٥٠٠ دج لليلة، وتذكرة الترامواي ٤٠ دج.</p>
<h2>تطوع</h2>
<p>نبحث عن متطوعين لاستقبال المشاركين يومي المنتدى.</p>
<p><a href="@arshif-2026.html">أرشيف طبعة ٢٠٢٦</a></p>
""")

ENTRY = entry(
    s, name="Youth Internet Governance Forum 2027 (Digital Youth Association of Western Algeria, Oran, Algeria)",
    languages=["ar", "fr"],
    fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(11, 6, ["id_document", "birth_date", "phone", "affiliation", "gender"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "musharaka.html", "tasjil.html", "asila.html", "wusul.html"],
    deliberate_404=["arshif-2026.html"],
    evidence={
        "languages": [Q("index.html", "تنظّم جمعية الشباب الرقمي لغرب الجزائر الطبعة الرابعة من منتدى الشباب لحوكمة الإنترنت"),
                      M("index.html", '<section lang="fr">', "French section (two paragraphs)"),
                      M("index.html", '<p lang="kab">Azul fellawen!</p>', "Kabyle greeting: not listable, not content")],
        "un_languages": [N("ar, fr")],
        "fees": [N("free forum: no price of taking part", "musharaka.html"),
                 Q("musharaka.html", "طلب منحة تنقل قدرها ١٢٬٠٠٠ دج", "travel grant: not a fee"),
                 Q("asila.html", "برسم ٤٬٠٠٠ دج يُدفع له مباشرة", "partner's own training, not part of the forum: not a fee"),
                 Q("shuraka.html", "٤٥٠٬٠٠٠ دج", "sponsor: not a fee"),
                 Q("shuraka.html", "بتبرع مقترح قدره ٢٬٠٠٠ دج", "donation: not a fee"),
                 Q("akhbar.html", "بنحو ٧٬٥٠٠ دج لليلة", "hotel: not a fee"),
                 Q("akhbar.html", "تذكرة الترامواي ٤٠ دج", "tram: not a fee")],
        "free_option": [Q("musharaka.html", "المشاركة في المنتدى مجانية لجميع المندوبين الشباب")],
        "fee_support": [Q("musharaka.html", "يمكن للمندوبين القادمين من ولايات الجنوب والهضاب العليا طلب منحة تنقل")],
        "remote_participation": [Q("asila.html", "يمكن للمشاركين عن بُعد الانضمام إلى الجلسات عبر Zoom وطرح أسئلتهم مباشرة على المتحدثين", "FAQ only")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [Q("tasjil.html", "ولا يلزم إنشاء حساب")],
        "registration_form": [N("11 fields: name, national ID card number, birth date, e-mail, phone, wilaya select, university/association, gender radio, mode radio, grant checkbox, consent checkbox; required: 3 marked (خانة يجب ملؤها) + birth date (required attr) + gender radio + consent = 6", "tasjil.html"),
                              Q("tasjil.html", "رقم بطاقة التعريف الوطنية (خانة يجب ملؤها)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("musharaka.html", "يُقبل المندوبون الشباب من ١٨ إلى ٣٠ سنة"),
                    Q("mutahaddithun.html", "حماية اليافعين من ١٢ إلى ١٧ سنة", "talk topic: not a limit (not a participation page)")],
        "accessibility_statement": [Q("wusul.html", "يمكن الوصول إليها بالكراسي المتحركة عبر منحدر")],
        "access_services": [Q("wusul.html", "تُعقد الجلسات في قاعة بالطابق الأرضي من قصر الثقافة يمكن الوصول إليها بالكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة إلى لغة الإشارة الجزائرية في الجلسات العامة", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/taqdim.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "البرنامج التفصيلي للجلسات متاح بصيغة PDF فقط")],
    })
