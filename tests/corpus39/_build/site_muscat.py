"""Muscat (Oman): a telecom and digital-services regulator's public consultation session on a draft regulation on
cloud computing and data-centre services. Arabic (rtl) with an English section. Pages and labels written together."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "tashawur-alhawsaba-alsahabiya-muscat"
NAV = [("index.html", "الرئيسية"), ("musharaka.html", "طلب المشاركة"), ("an-bued.html", "المشاركة عن بُعد"),
       ("wathaeq.html", "الوثائق"), ("wusul.html", "إمكانية الوصول"), ("asila.html", "الأسئلة الشائعة"),
       ("mulakhas.html", "ملخص المشروع"), ("iqama.html", "الإقامة والتنقل"), ("wazaif.html", "الوظائف")]
FOOT = {"ar": "<p>© ٢٠٢٧ الهيئة الوطنية للاتصالات والخدمات الرقمية — حي الوزارات، مسقط، سلطنة عُمان. "
              "البريد: consultation@nads.example.om</p>"}
s = mk(SLUG, "الهيئة الوطنية للاتصالات والخدمات الرقمية", "ar-OM", "#0b6e4f", "NADS", NAV, dir="rtl", foot=FOOT,
       newsletter={"ar": ("اشترك في نشرة الهيئة", "اشتراك")})

FREE = "حضور جلسة التشاور والمشاركة فيها مجانيان"
NOACC = "ولا يلزم إنشاء حساب على موقع الهيئة"
REMOTE = ("يمكن للمشاركين عن بُعد الانضمام إلى الجلسة عبر منصة Webex وطلب الكلمة برفع اليد الافتراضية، "
          "ويمنحهم رئيس الجلسة الكلمة بالتناوب مع الحاضرين في القاعة.")
PDF = "مشروع اللائحة متاح بصيغة PDF فقط"
WHEEL = ("تُعقد الجلسة في قاعة المؤتمرات بالطابق الأرضي لمبنى الهيئة، والمدخل مزوّد بمنحدر، "
         "والقاعة مهيأة لمستخدمي الكراسي المتحركة.")
INTERP = "تتوفر ترجمة فورية بين العربية والإنجليزية طوال الجلسة، في القاعة وعبر Webex."
SIGN = "يمكن توفير مترجم للغة الإشارة العمانية عند الطلب قبل سبعة أيام من الجلسة."
NOCAP = "لا تتوفر ترجمة نصية فورية في هذه الجلسة."
NOSUP = "لا تتحمل الهيئة تكاليف السفر أو الإقامة، ولا تُصرف أي بدلات للمشاركين."
OPEN = "نعم، الجلسة مفتوحة للجمهور، ويُرحَّب بطلاب الجامعات والباحثين."
EN1 = ("The National Authority for Communications and Digital Services invites cloud providers, data-centre operators, "
       "government bodies, start-ups, civil society, researchers and users to comment on the draft Regulation on Cloud "
       "Computing and Data Centre Services at a public consultation session in Muscat on 13 April 2027.")
EN2 = ("Attendance is free of charge. International participants may follow the session with Arabic–English "
       "interpretation and take part remotely over Webex, asking for the floor like participants in the room. "
       "Written comments are accepted until 30 April 2027.")

FORM = ('<form action="@musharaka.html" method="post">'
        + fld("name", "الاسم الكامل (يلزم إدخاله)")
        + fld("civil", "الرقم المدني أو رقم جواز السفر (يلزم إدخاله)")
        + fld("org", "الجهة التي تمثلها (يلزم إدخاله)")
        + fld("group", "فئة أصحاب المصلحة", "select", opts=["مزوّد خدمة سحابية", "مشغّل مركز بيانات", "جهة حكومية",
                                                          "مجتمع مدني", "جامعة أو مركز بحثي", "مستخدم"])
        + fld("email", "البريد الإلكتروني (يلزم إدخاله)", "email")
        + fld("phone", "رقم الهاتف", "tel")
        + radios("mode", "طريقة المشاركة", ["حضوريًا في القاعة", "عن بُعد عبر Webex"], req=True)
        + fld("speak", "أرغب في إلقاء مداخلة شفهية", "checkbox")
        + fld("topic", "موضوع المداخلة أو المادة المعنية من المشروع", "textarea")
        + fld("access", "احتياجات الوصول (مثل لغة الإشارة أو مكان مخصص للكرسي المتحرك)", "textarea")
        + fld("publish", "أوافق على نشر ملاحظاتي المكتوبة مع اسم الجهة", "checkbox")
        + '<div class="g-recaptcha" data-sitekey="6LcNADSconsult2027omXyZaBcDeFgHiJkLmNoPq"></div>'
        + '<button type="submit">إرسال الطلب</button></form>')

s.page("index.html", "جلسة التشاور العامة بشأن مشروع لائحة الحوسبة السحابية", f"""
<h1>جلسة التشاور العامة بشأن مشروع لائحة خدمات الحوسبة السحابية ومراكز البيانات</h1>
<p class="note">الموعد: ١٣ أبريل ٢٠٢٧، من الساعة ٩:٠٠ صباحًا حتى ١:٣٠ ظهرًا — المكان: قاعة المؤتمرات، مبنى الهيئة، حي الوزارات، مسقط.</p>
<p>تدعو الهيئة الوطنية للاتصالات والخدمات الرقمية مزوّدي الخدمات السحابية ومشغّلي مراكز البيانات والجهات الحكومية والشركات الناشئة ومنظمات المجتمع المدني والأكاديميين والمستخدمين إلى المشاركة في جلسة تشاور عامة لمناقشة مشروع اللائحة قبل إقرارها. تُعرض في بداية الجلسة المبادئ الرئيسية للمشروع، ثم تُفتح المداخلات الشفهية للحاضرين في القاعة وللمشاركين عن بُعد.</p>
<h2>كيف تشارك؟</h2>
<ul>
  <li><a href="@musharaka.html">قدّم طلب المشاركة أو طلب إلقاء مداخلة</a> قبل ٥ أبريل ٢٠٢٧.</li>
  <li>اطّلع على <a href="@wathaeq.html">مشروع اللائحة ووثائق التشاور</a>.</li>
  <li>إن تعذّر حضورك، <a href="@an-bued.html">شارك عن بُعد</a>.</li>
  <li>للاحتياجات الخاصة، راجع صفحة <a href="@wusul.html">إمكانية الوصول</a>.</li>
</ul>
<p>تستقبل الهيئة أيضًا الملاحظات المكتوبة حتى ٣٠ أبريل ٢٠٢٧ على البريد consultation@nads.example.om، وتنشر تقريرًا بنتائج التشاور بعد دراستها.</p>
<section lang="en">
<h2>Summary in English</h2>
<p>{EN1}</p>
<p>{EN2}</p>
</section>
""")

s.page("musharaka.html", "طلب المشاركة", f"""
<h1>طلب المشاركة في جلسة التشاور</h1>
<p>{FREE}، {NOACC}.</p>
<p>يُرجى تعبئة النموذج أدناه قبل ٥ أبريل ٢٠٢٧. تُمنح المداخلات الشفهية بحسب ترتيب الطلبات وتنوع فئات أصحاب المصلحة، ومدة كل مداخلة ثلاث دقائق.</p>
{FORM}
<p>تُستخدم البيانات لتنظيم الجلسة فقط ولا تُنشر إلا بموافقتك.</p>
""")

s.page("an-bued.html", "المشاركة عن بُعد", f"""
<h1>المشاركة عن بُعد</h1>
<p>{REMOTE}</p>
<p>يُرسل رابط Webex إلى البريد الإلكتروني لمن اختار المشاركة عن بُعد في طلب المشاركة. لا يلزم حساب على Webex للانضمام عبر المتصفح.</p>
<p>يمكن أيضًا كتابة الأسئلة في نافذة المحادثة ليقرأها الميسّر على المتحدثين.</p>
<p>تُبث الجلسة كذلك على قناة الهيئة في يوتيوب للمتابعة فقط.</p>
""")

placeholder_media(s, "media/jalsa-2025.mp4")
s.pdf("wathaeq/mashrou-allaiha.pdf", "National Authority for Communications and Digital Services\nDraft Regulation on Cloud Computing and Data Centre Services\nConsultation draft - comments until 30 April 2027")
s.page("wathaeq.html", "وثائق التشاور", f"""
<h1>وثائق التشاور</h1>
<p>{PDF}: <a href="@wathaeq/mashrou-allaiha.pdf">مشروع لائحة خدمات الحوسبة السحابية ومراكز البيانات (PDF، ٢٤ صفحة)</a>.</p>
<p>ملخص غير رسمي لأبرز أحكام المشروع: <a href="@mulakhas.html">ملخص المشروع</a>.</p>
<h2>تسجيل جلسة التشاور السابقة (٢٠٢٥)</h2>
{video("media/jalsa-2025.mp4")}
<p>تقرير جلسة ٢٠٢٥: <a href="@taqarir/jalsa-2025.html">نتائج التشاور السابق</a>.</p>
""")

s.page("wusul.html", "إمكانية الوصول", f"""
<h1>إمكانية الوصول</h1>
<p>{WHEEL}</p>
<p>{INTERP}</p>
<p>{SIGN}</p>
<p>{NOCAP}</p>
<p>للاستفسار عن أي احتياجات أخرى يُرجى التواصل مع access@nads.example.om أو الاتصال على الرقم ٢٤٠٠٠٠٠٠ قبل موعد الجلسة.</p>
""")

s.page("asila.html", "الأسئلة الشائعة", f"""
<h1>الأسئلة الشائعة</h1>
<details open><summary>هل الحضور مفتوح للجميع؟</summary><p>{OPEN}</p></details>
<details open><summary>هل تتحمل الهيئة تكاليف السفر؟</summary><p>{NOSUP}</p></details>
<details open><summary>هل أحتاج إلى حساب؟</summary><p>لا، يكفي تعبئة طلب المشاركة.</p></details>
<details open><summary>هل يمكن التحدث بالإنجليزية؟</summary><p>نعم، تتوفر ترجمة فورية بين العربية والإنجليزية.</p></details>
<details open><summary>متى تُنشر نتائج التشاور؟</summary><p>تنشر الهيئة تقريرًا بالملاحظات الواردة وردودها عليها خلال ستين يومًا من انتهاء فترة التشاور.</p></details>
""")

s.page("mulakhas.html", "ملخص المشروع", """
<h1>ملخص مشروع اللائحة</h1>
<p>يقترح المشروع رسم ترخيص سنويًا قدره ٥٬٠٠٠٫٠٠٠ ر.ع. لمزوّدي الخدمات السحابية من الفئة الأولى، و١٬٥٠٠٫٠٠٠ ر.ع. للفئة الثانية.</p>
<p>كما يقترح غرامة لا تتجاوز ٢٠٬٠٠٠٫٠٠٠ ر.ع. عند مخالفة اشتراطات استضافة البيانات الحكومية الحساسة داخل السلطنة.</p>
<p>ويتضمن المشروع أحكامًا بشأن الإبلاغ عن الحوادث الأمنية خلال ٢٤ ساعة، ونقل البيانات عبر الحدود، وحماية بيانات المستخدمين.</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<ul>
  <li>فندق الخوير بلازا (مثال): ٤٥٫٠٠٠ ر.ع. لليلة شاملة الإفطار.</li>
  <li>نُزل الوزارات (مثال): ٢٨٫٥٠٠ ر.ع. لليلة.</li>
  <li>حافلات النقل العام داخل مسقط: ٠٫٥٠٠ ر.ع. للرحلة.</li>
  <li>سيارة الأجرة من المطار: نحو ١٠٫٠٠٠ ر.ع.</li>
</ul>
<p>الحجز والدفع مباشرة لدى الفنادق؛ لا تحجز الهيئة الإقامة للمشاركين.</p>
""")

s.page("wazaif.html", "الوظائف", """
<h1>الوظائف الشاغرة</h1>
<h2>محلل تنظيمي – الخدمات السحابية</h2>
<p>الراتب الأساسي ١٬٢٠٠ ر.ع. شهريًا إضافة إلى البدلات. آخر موعد للتقديم ٢٠ مارس ٢٠٢٧.</p>
<h2>مقرر جلسات تشاور (عقد مؤقت)</h2>
<p>مكافأة ٦٠٫٠٠٠ ر.ع. عن كل جلسة.</p>
""")

ENTRY = entry(
    s, name="جلسة التشاور العامة بشأن مشروع لائحة خدمات الحوسبة السحابية ومراكز البيانات (مسقط)",
    languages=["ar", "en"], fees=[], free_option=True, fee_support=False, remote_participation=True,
    captcha=["recaptcha"], account_required=False,
    registration_form=(11, 5, ["id_document", "affiliation", "phone"]), registration_host=None,
    registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["interpretation", "sign_language", "wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "musharaka.html", "an-bued.html", "wathaeq.html", "wusul.html", "asila.html"],
    deliberate_404=["taqarir/jalsa-2025.html"],
    evidence={
        "languages": [Q("index.html", "تدعو الهيئة الوطنية للاتصالات والخدمات الرقمية مزوّدي الخدمات السحابية"),
                      Q("index.html", EN2, "English section with lang=\"en\" (two paragraphs)")],
        "un_languages": [N("ar and en")],
        "fees": [N("no price of taking part anywhere"),
                 Q("mulakhas.html", "رسم ترخيص سنويًا قدره ٥٬٠٠٠٫٠٠٠ ر.ع.",
                   "licence fee proposed in the draft under consultation: not a fee"),
                 Q("mulakhas.html", "غرامة لا تتجاوز ٢٠٬٠٠٠٫٠٠٠ ر.ع.", "penalty in the draft: not a fee"),
                 Q("iqama.html", "٤٥٫٠٠٠ ر.ع. لليلة شاملة الإفطار", "hotel: not a fee"),
                 Q("wazaif.html", "الراتب الأساسي ١٬٢٠٠ ر.ع. شهريًا", "salary: not a fee")],
        "free_option": [Q("musharaka.html", FREE)],
        "fee_support": [Q("asila.html", NOSUP, "no support of any kind; free session, nothing reduced")],
        "remote_participation": [Q("an-bued.html", REMOTE)],
        "captcha": [M("musharaka.html", '<div class="g-recaptcha"')],
        "account_required": [Q("musharaka.html", NOACC)],
        "registration_form": [Q("musharaka.html", "الاسم الكامل (يلزم إدخاله)"),
                              N("request to take part/speak: name*, civil number or passport* (id_document), "
                                "organisation* (affiliation), stakeholder select, email*, phone (phone), mode radio "
                                "(required attribute), speak checkbox, topic, access needs, publish checkbox = 11 "
                                "fields, 5 required; new marker (يلزم إدخاله)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("asila.html", OPEN, "open to the public, no age stated")],
        "accessibility_statement": [Q("wusul.html", WHEEL)],
        "access_services": [Q("wusul.html", WHEEL, "wheelchair_access"), Q("wusul.html", INTERP, "interpretation"),
                            Q("wusul.html", SIGN, "sign_language on request"),
                            Q("wusul.html", NOCAP, "captions negated")],
        "videos_without_captions": [M("wathaeq.html", '<video controls preload="none" width="640" src="media/jalsa-2025.mp4">',
                                      "no track")],
        "pdf_only_documents": [Q("wathaeq.html", PDF, "draft regulation under consultation only as PDF")],
    })
