"""Tunis, Tunisia: digital-rights and open-internet conference (Arabic, French section without lang)."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media

SLUG = "mutamar-alhuquq-alraqamiya-tunis"
NAV = [("index.html", "الرئيسية"), ("tadhakir.html", "التذاكر"), ("tasjil.html", "التسجيل"), ("bath.html", "البث المباشر"),
       ("wusul.html", "إمكانية الوصول"), ("asila.html", "أسئلة شائعة"), ("aarideen.html", "العارضون والرعاة"),
       ("iqama.html", "الإقامة")]
FOOT = {"ar-TN": "<p>جمعية نفاذ للحريات الرقمية، نهج ابن خلدون 17، تونس — contact@nafadh.example.tn</p>"}
s = mk(SLUG, "مؤتمر تونس للحقوق الرقمية والإنترنت المفتوح 2027", "ar-TN", "#0b6e4f", "نفاذ", {"ar-TN": NAV},
       foot=FOOT, dir="rtl")
placeholder_media(s, "media/promo-2027.mp4")

T_INTRO = "تنظم جمعية نفاذ للحريات الرقمية الدورة الخامسة من مؤتمر تونس للحقوق الرقمية والإنترنت المفتوح"
T_FR = "La cinquième édition de la Conférence de Tunis sur les droits numériques réunit militantes, journalistes, juristes et ingénieurs"
s.page("index.html", "مؤتمر تونس للحقوق الرقمية 2027", f"""
<h1>مؤتمر تونس للحقوق الرقمية والإنترنت المفتوح</h1>
<p>{T_INTRO} أيام 8 و9 و10 أكتوبر 2027 في مدينة الثقافة بتونس العاصمة. يناقش المؤتمر حرية التعبير على الإنترنت، وحماية المعطيات الشخصية، وقطع الشبكة خلال الاحتجاجات، ومراقبة الاتصالات.</p>
<p>يضم البرنامج أكثر من أربعين جلسة ولقاءات مع المجتمع المدني من المنطقة المغاربية وبلدان الساحل.</p>
{video("media/promo-2027.mp4")}
<section dir="ltr">
<h2>En français</h2>
<p>{T_FR} du Maghreb et du Sahel, du 8 au 10 octobre 2027 à la Cité de la culture de Tunis.</p>
<p>Les débats portent sur la liberté d'expression en ligne, la protection des données personnelles, les coupures d'internet et la surveillance. Les séances plénières sont interprétées entre l'arabe, le français et l'anglais.</p>
</section>
""")

T_NOFREE = "لا توجد تذاكر مجانية؛ يسجّل المتحدثون والمتحدثات أيضًا ويدفعون ثمن التذكرة"
T_WS = "ورشة «السلامة الرقمية للصحفيين» (اختيارية، ينظمها المؤتمر في اليوم الثاني): 25,000 د.ت"
T_FELLOW = "منح سفر بقيمة 400 € لعشرة ناشطين وناشطات من بلدان الساحل"
T_CONCERT = "الحفل الختامي ينظمه فضاء «نجمة» الثقافي وتُباع تذاكره (35 د.ت) في شباك الفضاء، وهو ليس جزءًا من برنامج المؤتمر"
s.page("tadhakir.html", "التذاكر — مؤتمر تونس للحقوق الرقمية", f"""
<h1>التذاكر</h1>
<table>
<caption>أسعار التذاكر لثلاثة أيام</caption>
<tr><th>الفئة</th><th>المقيمون في تونس (د.ت)</th><th>المشاركون من الخارج (€)</th></tr>
<tr><td>التذكرة العامة</td><td>90,000</td><td>30</td></tr>
<tr><td>الطلبة</td><td>30,000</td><td>10</td></tr>
</table>
<p>{T_WS}.</p>
<p>{T_NOFREE}.</p>
<p>يقدّم المؤتمر {T_FELLOW}، تغطي تذكرة الطيران والإقامة.</p>
<p>يمكنكم أيضًا دعم صندوق الدفاع القانوني عن المدونين بتبرع اختياري (مثلًا 20 د.ت).</p>
<p>{T_CONCERT}.</p>
<section dir="ltr">
<p>Tarifs : billet général 90 DT (résidents en Tunisie) ou 30 € (participants venant de l'étranger) ; étudiants 30 DT ou 10 €. L'atelier optionnel de sécurité numérique coûte 25 DT. Il n'y a pas de billets gratuits : les intervenants s'inscrivent aussi.</p>
</section>
""")

T_HOST = "يتم شراء التذاكر عبر منصة تسكرتي"
s.page("tasjil.html", "التسجيل — مؤتمر تونس للحقوق الرقمية", f"""
<h1>التسجيل</h1>
<p>{T_HOST}: <a href="https://www.teskerti.tn/evenement/conference-droits-numeriques-2027">احجز تذكرتك على تسكرتي</a>.</p>
<p>يصلك رمز QR على بريدك الإلكتروني، وتقدّمه عند المدخل مع بطاقة الطالب إن كانت تذكرتك تذكرة طالب.</p>
<p>لأسئلة التسجيل راجعوا <a href="@asila.html">الأسئلة الشائعة</a>.</p>
""")

T_STREAM = "يُبث المؤتمر مباشرة على يوتيوب للمشاهدة فقط؛ تُطرح الأسئلة من القاعة حصرًا"
s.page("bath.html", "البث المباشر — مؤتمر تونس للحقوق الرقمية", f"""
<h1>البث المباشر</h1>
<p>{T_STREAM}، ولا توجد مشاركة عن بُعد في الورشات.</p>
<p>تُنشر التسجيلات على قناة الجمعية بعد أسبوعين من المؤتمر.</p>
""")

T_LIFT = "قاعة المؤتمرات في الطابق الثاني ويصلها مصعد يتسع للكراسي المتحركة"
T_SIGN = "تتوفر ترجمة إلى لغة الإشارة التونسية في الجلسات العامة عند الطلب"
T_NOCAP = "لا تتوفر ترجمة نصية فورية هذا العام"
s.page("wusul.html", "إمكانية الوصول — مؤتمر تونس للحقوق الرقمية", f"""
<h1>إمكانية الوصول</h1>
<p>{T_LIFT}، وتوجد دورات مياه مهيأة في الطابق نفسه.</p>
<p>{T_SIGN} (قبل 20 سبتمبر).</p>
<p>{T_NOCAP}.</p>
<p>لاحتياجات الوصول الأخرى: wusul@nafadh.example.tn</p>
""")

T_ACC = "نعم، يتطلب شراء التذكرة على تسكرتي إنشاء حساب على المنصة وتسجيل الدخول"
T_MINOR = "يجب أن يرافق من هم دون السادسة عشرة وليّ أمر"
s.page("asila.html", "أسئلة شائعة — مؤتمر تونس للحقوق الرقمية", f"""
<h1>أسئلة شائعة</h1>
<details open><summary>هل أحتاج إلى حساب لشراء التذكرة؟</summary><p>{T_ACC}.</p></details>
<details open><summary>هل يمكن للقاصرين الحضور؟</summary><p>{T_MINOR}.</p></details>
<details open><summary>هل يمكن استرجاع ثمن التذكرة؟</summary><p>يمكن تحويل التذكرة إلى شخص آخر حتى 1 أكتوبر، ولا يُسترجع ثمنها.</p></details>
<h2>اطرح سؤالك</h2>
<form action="@asila.html" method="post">
{fld("qname", "الاسم")}
{fld("qemail", "البريد الإلكتروني", "email")}
{fld("qtext", "سؤالك", "textarea")}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-nafadh2027"></div>
<button type="submit">إرسال</button>
</form>
""")

s.page("aarideen.html", "العارضون والرعاة — مؤتمر تونس للحقوق الرقمية", """
<h1>العارضون والرعاة</h1>
<p>جناح عرض في البهو (9 م²): 1800 د.ت للأيام الثلاثة.</p>
<p>رعاية رئيسية تشمل الشعار على جميع المطبوعات: 6 000 €.</p>
<p>للتواصل: sponsors@nafadh.example.tn</p>
""")

s.page("iqama.html", "الإقامة والتنقل — مؤتمر تونس للحقوق الرقمية", """
<h1>الإقامة والتنقل</h1>
<p>فندق قريب من مدينة الثقافة: 180 د.ت لليلة للغرفة الفردية.</p>
<p>اللواج بين صفاقس وتونس: نحو 22 د.ت. تذكرة المترو الخفيف: 0,700 د.ت.</p>
""")

PP = ["index.html", "tadhakir.html", "tasjil.html", "bath.html", "wusul.html", "asila.html"]
ENTRY = entry(
    s, name="Tunis Conference on Digital Rights and the Open Internet 2027 (Nafadh Association for Digital Freedoms, Tunis, Tunisia)",
    languages=["ar", "fr"],
    fees=[(90, "TND"), (30, "TND"), (25, "TND"), (30, "EUR"), (10, "EUR")],
    free_option=False, fee_support=True, remote_participation=False,
    captcha=["hcaptcha"], account_required=True,
    registration_form=None, registration_host="www.teskerti.tn",
    min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=PP,
    evidence={
        "languages": [Q("index.html", T_INTRO), Q("index.html", T_FR, "French section without lang (two paragraphs)")],
        "un_languages": [N("ar, fr")],
        "fees": [Q("tadhakir.html", "التذكرة العامة 90,000 30", "90 TND (column header د.ت, three decimals after ',') and 30 EUR (column €)"),
                 Q("tadhakir.html", "الطلبة 30,000 10", "30 TND and 10 EUR"),
                 Q("tadhakir.html", T_WS, "paid workshop of the conference itself: 25 TND"),
                 Q("tadhakir.html", "billet général 90 DT", "restated in French: no new entry"),
                 Q("tadhakir.html", T_FELLOW, "fellowship amount: not a fee"),
                 Q("tadhakir.html", "بتبرع اختياري (مثلًا 20 د.ت)", "donation: not a fee"),
                 Q("tadhakir.html", T_CONCERT, "concert sold by another organiser: not a fee"),
                 Q("aarideen.html", "1800 د.ت", "exhibitor booth: not a fee"),
                 Q("iqama.html", "180 د.ت لليلة", "hotel: not a fee")],
        "free_option": [Q("tadhakir.html", T_NOFREE)],
        "fee_support": [Q("tadhakir.html", "الطلبة 30,000 10", "student rate"), Q("tadhakir.html", T_FELLOW)],
        "remote_participation": [Q("bath.html", T_STREAM)],
        "captcha": [M("asila.html", '<div class="h-captcha"', "on the FAQ question form")],
        "account_required": [Q("asila.html", T_ACC, "FAQ only")],
        "registration_form": [N("no own registration form; the 3-field question form is not one", "asila.html")],
        "registration_host": [M("tasjil.html", 'href="https://www.teskerti.tn/evenement/conference-droits-numeriques-2027"')],
        "registration_pdf_only": [N("platform")],
        "min_age": [Q("asila.html", T_MINOR, "accompaniment rule: not a limit")],
        "accessibility_statement": [Q("wusul.html", T_LIFT)],
        "access_services": [Q("wusul.html", T_LIFT, "wheelchair_access"), Q("wusul.html", T_SIGN, "sign_language"),
                            Q("wusul.html", T_NOCAP, "no captions (negation)"),
                            Q("index.html", "Les séances plénières sont interprétées entre l'arabe, le français et l'anglais", "interpretation (corrected after the author's report)")],
        "videos_without_captions": [M("index.html", 'src="media/promo-2027.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
