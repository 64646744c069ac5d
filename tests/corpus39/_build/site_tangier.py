"""Tangier (Morocco): an academic institute's international conference on AI policy and digital governance.
Arabic (rtl) with a French section without a lang attribute and a Tifinagh greeting. Pages and labels written
together."""
from lib import mk, Q, M, N, entry, fld

SLUG = "mutamar-siyasat-aldhakaa-alistinai-tanja"
NAV = [("index.html", "الرئيسية"), ("altasjil.html", "التسجيل والرسوم"), ("an-bued.html", "العرض الافتراضي"),
       ("albarnamaj.html", "البرنامج"), ("wusul.html", "الولوجيات"), ("asila.html", "أسئلة شائعة"),
       ("alnashr.html", "النشر"), ("iqama.html", "الإقامة والسفر"), ("ruaat.html", "الرعاة")]
FOOT = {"ar": "<p>© ٢٠٢٧ المعهد العالي للدراسات الرقمية والقانونية — طنجة، المغرب. البريد: ia2027@isdj.example.ma</p>"}
s = mk(SLUG, "المعهد العالي للدراسات الرقمية والقانونية", "ar-MA", "#7a1f3d", "ISDJ", NAV, dir="rtl", foot=FOOT)

WORKSHOP = ("ورشة ما قبل المؤتمر «تقييم أثر الخوارزميات في السياسات العمومية» (اختيارية، ينظمها المؤتمر "
            "يوم ١٢ ماي ٢٠٢٧): ٣٠٠ درهم.")
NOFREE = "لا توجد تسجيلات مجانية، ويؤدي المتدخلون بدورهم رسوم التسجيل."
ACC = "يتم التسجيل وأداء الرسوم عبر منصة Sciencesconf، ويتطلب ذلك إنشاء حساب على المنصة."
REMOTE = ("يمكن للباحثين الذين يتعذر عليهم الحضور تقديم أوراقهم عبر Zoom في الجلسة المخصصة لهم، "
          "والإجابة مباشرة عن أسئلة الحاضرين في القاعة.")
PDF = "البرنامج التفصيلي للمؤتمر متاح بصيغة PDF فقط"
FLOOR = "تُعقد الجلسات العامة في قاعة الندوات بالطابق الثاني ولا يوجد مصعد في المبنى."
CONTACT = "يُرجى من المشاركين ذوي الإعاقة التواصل مع اللجنة التنظيمية على acces@isdj.example.ma لأي احتياجات خاصة."
INTERP = "تتوفر ترجمة فورية بين العربية والفرنسية والإنجليزية في الجلسات العامة."
FR1 = ("L'Institut supérieur des études numériques et juridiques organise à Tanger, les 13 et 14 mai 2027, sa "
       "troisième conférence internationale sur les politiques de l'intelligence artificielle et la gouvernance "
       "numérique en Afrique et dans le monde arabe.")
FR2 = ("Frais d'inscription : 1 500 DH ou 180 € pour les enseignants-chercheurs et professionnels, 600 DH ou 70 € pour "
       "les doctorants et étudiants de master ; présentation virtuelle par Zoom : 800 DH ou 90 €. L'inscription se fait "
       "sur la plateforme Sciencesconf.")

QFORM = ('<form action="@asila.html" method="post">'
         + fld("qname", "الاسم") + fld("qemail", "البريد الإلكتروني", "email")
         + fld("question", "سؤالك", "textarea")
         + '<div class="frc-captcha" data-sitekey="FCMTANGER2027ISDJQ7"></div>'
         + '<button type="submit">إرسال السؤال</button></form>')

s.page("index.html", "المؤتمر الدولي حول سياسات الذكاء الاصطناعي والحكامة الرقمية", f"""
<p lang="zgh">ⴰⵣⵓⵍ</p>
<h1>المؤتمر الدولي الثالث: سياسات الذكاء الاصطناعي والحكامة الرقمية في إفريقيا والعالم العربي</h1>
<p class="note">طنجة، ١٣–١٤ ماي ٢٠٢٧ — المعهد العالي للدراسات الرقمية والقانونية.</p>
<p>يجمع المؤتمر باحثين وصناع قرار وممثلين عن المجتمع المدني والقطاع الخاص لمناقشة الأطر التنظيمية للذكاء الاصطناعي، وحماية المعطيات الشخصية، والشفافية الخوارزمية، ودور الهيئات التنظيمية في الدول الإفريقية والعربية.</p>
<p>تُقبل الأوراق باللغات العربية والفرنسية والإنجليزية، وتُعرض حضوريًا أو <a href="@an-bued.html">افتراضيًا عبر Zoom</a>.</p>
<ul>
  <li><a href="@altasjil.html">التسجيل والرسوم</a></li>
  <li><a href="@albarnamaj.html">البرنامج</a></li>
  <li><a href="@wusul.html">الولوجيات والترجمة</a></li>
</ul>
<section>
<h2>Présentation en français</h2>
<p>{FR1}</p>
<p>{FR2}</p>
</section>
""")

s.page("altasjil.html", "التسجيل والرسوم", f"""
<h1>التسجيل والرسوم</h1>
<table>
<caption>رسوم التسجيل</caption>
<tr><th>الفئة</th><th>المشاركون من المغرب (درهم)</th><th>المشاركون من خارج المغرب (€)</th></tr>
<tr><td>الأساتذة الباحثون والمهنيون</td><td>١٬٥٠٠</td><td>١٨٠</td></tr>
<tr><td>طلبة الدكتوراه والماستر</td><td>٦٠٠</td><td>٧٠</td></tr>
<tr><td>العرض الافتراضي عبر Zoom</td><td>٨٠٠</td><td>٩٠</td></tr>
</table>
<p>{WORKSHOP}</p>
<p>{NOFREE}</p>
<p>{ACC} <a href="https://ia-gouvernance2027.sciencesconf.org/">ia-gouvernance2027.sciencesconf.org</a></p>
<p>تشمل الرسوم الحقيبة ووجبتي الغداء واستراحات القهوة. لا يقدم المؤتمر منحًا للسفر أو الإقامة.</p>
""")

s.page("an-bued.html", "العرض الافتراضي", f"""
<h1>العرض الافتراضي</h1>
<p>{REMOTE}</p>
<p>رسوم العرض الافتراضي ٨٠٠ درهم (٩٠ € للمشاركين من خارج المغرب). يُرسل رابط الجلسة إلى المتدخلين قبل المؤتمر بأسبوع، ويُطلب منهم اختبار الاتصال مع الفريق التقني.</p>
""")

s.pdf("albarnamaj/barnamaj-2027.pdf", "Conference on AI Policy and Digital Governance - Tangier, 13-14 May 2027\nDetailed programme")
s.page("albarnamaj.html", "البرنامج", f"""
<h1>البرنامج</h1>
<p>{PDF}: <a href="@albarnamaj/barnamaj-2027.pdf">البرنامج التفصيلي (PDF)</a>.</p>
<p>اليوم الأول: الجلسة الافتتاحية، ثم ورشات موضوعية حول تنظيم الذكاء الاصطناعي وحماية المعطيات. اليوم الثاني: جلسات الأوراق البحثية والمائدة المستديرة الختامية.</p>
<p>ملخصات الأوراق المقبولة: <a href="@almulakhasat.html">قائمة الملخصات</a>.</p>
""")

s.page("wusul.html", "الولوجيات", f"""
<h1>الولوجيات والترجمة</h1>
<p>{FLOOR}</p>
<p>{CONTACT}</p>
<p>{INTERP}</p>
""")

s.page("asila.html", "أسئلة شائعة", f"""
<h1>أسئلة شائعة</h1>
<details open><summary>هل يمكن تقديم الورقة عن بُعد؟</summary><p>نعم، عبر Zoom مع الإجابة عن أسئلة القاعة، انظر صفحة العرض الافتراضي.</p></details>
<details open><summary>هل يمكن التسجيل في الورشة وحدها؟</summary><p>نعم، يمكن التسجيل في ورشة ما قبل المؤتمر وحدها.</p></details>
<details open><summary>هل توجد منح؟</summary><p>لا يقدم المؤتمر منحًا للسفر، لكن طلبة الدكتوراه والماستر يستفيدون من رسوم مخفضة.</p></details>
<h2>اطرح سؤالك</h2>
{QFORM}
""")

s.page("alnashr.html", "النشر", """
<h1>نشر الأوراق</h1>
<p>تُنشر الأوراق المختارة بعد التحكيم في مجلة الحكامة الرقمية. رسوم معالجة المقالات في المجلة (APC): ٢٠٠ يورو لكل مقال مقبول للنشر.</p>
<p>يُباع مجلد أعمال المؤتمر المطبوع بثمن ٣٥٠ درهم.</p>
""")

s.page("iqama.html", "الإقامة والسفر", """
<h1>الإقامة والسفر</h1>
<ul>
  <li>فندق مطل على المضيق (مثال): ٩٠٠ درهم لليلة.</li>
  <li>إقامة طلابية قرب المعهد: ٢٥٠ درهم لليلة.</li>
  <li>القطار فائق السرعة الدار البيضاء – طنجة: ابتداءً من ٢٥٠ درهم.</li>
  <li>رحلة اختيارية إلى شفشاون تنظمها وكالة أسفار: ٤٥٠ درهم للشخص، تُحجز مباشرة لدى الوكالة.</li>
</ul>
""")

s.page("ruaat.html", "الرعاة", """
<h1>رعاية المؤتمر</h1>
<ul>
  <li>الراعي الذهبي: ٥٠٬٠٠٠ درهم</li>
  <li>الراعي الفضي: ٢٥٬٠٠٠ درهم</li>
  <li>رواق عرض: ٨٬٠٠٠ درهم</li>
</ul>
""")

ENTRY = entry(
    s, name="المؤتمر الدولي الثالث حول سياسات الذكاء الاصطناعي والحكامة الرقمية (طنجة)",
    languages=["ar", "fr"],
    fees=[(1500, "MAD"), (600, "MAD"), (800, "MAD"), (300, "MAD"), (180, "EUR"), (70, "EUR"), (90, "EUR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=True, registration_form=None, registration_host="ia-gouvernance2027.sciencesconf.org",
    registration_pdf_only=False, min_age=None, accessibility_statement=True, access_services=["interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "altasjil.html", "an-bued.html", "albarnamaj.html", "wusul.html", "asila.html"],
    deliberate_404=["almulakhasat.html"],
    evidence={
        "languages": [Q("index.html", "يجمع المؤتمر باحثين وصناع قرار"),
                      Q("index.html", FR1, "French section without a lang attribute (two paragraphs)"),
                      N("the Tifinagh greeting ⴰⵣⵓⵍ is not content (and Tamazight has no ISO 639-1 code)")],
        "un_languages": [N("ar and fr")],
        "fees": [Q("altasjil.html", "الأساتذة الباحثون والمهنيون ١٬٥٠٠ ١٨٠",
                   "table with a MAD column (درهم) and an EUR column (€): 1500 MAD and 180 EUR"),
                 Q("altasjil.html", "طلبة الدكتوراه والماستر ٦٠٠ ٧٠", "600 MAD and 70 EUR"),
                 Q("altasjil.html", "العرض الافتراضي عبر Zoom ٨٠٠ ٩٠", "800 MAD and 90 EUR"),
                 Q("altasjil.html", WORKSHOP, "optional workshop organised by the conference itself: 300 MAD"),
                 Q("index.html", FR2, "same prices restated in French: no new entries"),
                 Q("alnashr.html", "رسوم معالجة المقالات في المجلة (APC): ٢٠٠ يورو", "APC: not a fee"),
                 Q("alnashr.html", "يُباع مجلد أعمال المؤتمر المطبوع بثمن ٣٥٠ درهم", "proceedings volume: not a fee"),
                 Q("iqama.html", "٤٥٠ درهم للشخص", "agency excursion: not a fee"),
                 Q("ruaat.html", "الراعي الذهبي: ٥٠٬٠٠٠ درهم", "sponsor: not a fee")],
        "free_option": [Q("altasjil.html", NOFREE)],
        "fee_support": [Q("altasjil.html", "طلبة الدكتوراه والماستر ٦٠٠ ٧٠", "student rate below the general rate"),
                        Q("altasjil.html", "لا يقدم المؤتمر منحًا للسفر أو الإقامة", "no grants, but the student rate counts")],
        "remote_participation": [Q("an-bued.html", REMOTE)],
        "captcha": [M("asila.html", '<div class="frc-captcha"', "Friendly Captcha on the FAQ question form")],
        "account_required": [Q("altasjil.html", ACC)],
        "registration_form": [N("no own registration form: registration on Sciencesconf; the FAQ form has 3 fields "
                                "(a question form) and the site has no newsletter form")],
        "registration_host": [M("altasjil.html", 'href="https://ia-gouvernance2027.sciencesconf.org/"')],
        "registration_pdf_only": [N("registration online on Sciencesconf")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wusul.html", CONTACT, "contact for access needs (beside a second floor without a lift)")],
        "access_services": [Q("wusul.html", INTERP, "interpretation"),
                            Q("wusul.html", FLOOR, "second floor, no lift: no wheelchair_access")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("albarnamaj.html", PDF)],
    })
