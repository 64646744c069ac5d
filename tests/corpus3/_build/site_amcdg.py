"""Arab Multistakeholder Consultation on Digital Governance 2026, Amman (modelled on Arab IGF / UN-ESCWA consultations)."""
from lib import Site, css, nav, video, placeholder_media

NAV_AR = [("index.html", "الرئيسية"), ("barnamaj.html", "البرنامج"), ("tasjil.html", "التسجيل"),
          ("minah.html", "منح السفر"), ("an-bud.html", "المشاركة عن بُعد"), ("wusul.html", "إتاحة الوصول"),
          ("iqama.html", "الإقامة والسفر"), ("shuraka.html", "الشركاء")]
NAV_EN = [("en/index.html", "Home"), ("en/registration.html", "Registration"), ("barnamaj.html", "Programme (Arabic)")]
NAV_FR = [("fr/index.html", "Accueil"), ("tasjil.html", "Formulaire d'inscription (arabe)")]


def header(path, lang):
    items = {"en": NAV_EN, "fr": NAV_FR}.get(lang, NAV_AR)
    label = {"en": "Main menu", "fr": "Menu"}.get(lang, "القائمة الرئيسية")
    return f"""<header class="top region-header">
  <div class="bar">
    <a class="brand" href="@index.html"><img src="@img/logo.svg" alt="" width="44" height="44"> المشاورة العربية حول الحوكمة الرقمية 2026</a>
    <ul class="langs language-switcher-locale-url">
      <li><a href="@index.html" hreflang="ar" lang="ar">العربية</a></li>
      <li><a href="@en/index.html" hreflang="en" lang="en">English</a></li>
      <li><a href="@fr/index.html" hreflang="fr" lang="fr">Français</a></li>
    </ul>
  </div>
  {nav(items, path, label=label)}
</header>
<main id="main-content" class="region-content">"""


def footer(path, lang):
    return """</main>
<footer class="foot region-footer"><div>
  <p>الأمانة الفنية للمشاورة العربية · شارع الملكة رانيا، عمّان، الأردن · secretariat@amcdg.example.org · ‎+962 6 555 0199</p>
  <p><a href="@wusul.html">إتاحة الوصول</a> · <a href="@en/index.html">English</a> · <a href="@fr/index.html">Français</a></p>
</div></footer>"""


s = Site("arab-digital-governance-consultation", name="المشاورة العربية حول الحوكمة الرقمية 2026", lang="ar", dir="rtl",
         css=css("#8a5a00"), logo_text="م ع", colour="#8a5a00", header=header, footer=footer)
ALT = [("ar", "index.html"), ("en", "en/index.html"), ("fr", "fr/index.html")]
placeholder_media(s, "media/consultation-2025.mp4")

s.page("index.html", "المشاورة العربية متعددة أصحاب المصلحة حول الحوكمة الرقمية 2026 – عمّان", f"""
<h1>المشاورة العربية متعددة أصحاب المصلحة حول الحوكمة الرقمية 2026</h1>
<p><strong>عمّان، المملكة الأردنية الهاشمية · 3–5 تشرين الثاني/نوفمبر 2026 · حضورياً وعن بُعد</strong></p>
<p>تجمع المشاورة ممثلين عن الحكومات والقطاع الخاص والمجتمع المدني والأوساط الأكاديمية والتقنية من الدول
  العربية الاثنتين والعشرين، لمناقشة أولويات المنطقة في حوكمة الإنترنت والذكاء الاصطناعي وحماية البيانات،
  ورفع توصياتها إلى منتدى حوكمة الإنترنت العالمي. هذه هي الدورة الرابعة منذ انطلاق المشاورة عام 2020.</p>
<h2>كيف تشارك؟</h2>
<ul>
  <li><a href="@tasjil.html">سجّل</a> قبل 15 تشرين الأول/أكتوبر 2026 للمشاركة حضورياً أو عن بُعد.</li>
  <li>تتوفر <a href="@minah.html">منح سفر</a> للمشاركين من الدول الأقل نمواً ومن منظمات المجتمع المدني والشباب.</li>
  <li>يمكن <a href="@an-bud.html">المشاركة عن بُعد</a> في جميع الجلسات مع إمكانية طلب الكلمة.</li>
  <li>اطّلع على ترتيبات <a href="@wusul.html">إتاحة الوصول</a> للأشخاص ذوي الإعاقة.</li>
</ul>
<h2>لقطات من دورة 2025</h2>
{video("media/consultation-2025.mp4")}
""", alternates=ALT)

s.page("tasjil.html", "التسجيل – المشاورة العربية 2026", """
<h1>التسجيل</h1>
<p>التسجيل إلزامي لجميع المشاركين، سواء الحضور في عمّان أو المشاركة عن بُعد. يجب ألا يقل عمر المشارك عن
  ثمانية عشر عاماً في تاريخ انعقاد المشاورة. يُغلق التسجيل في 15 تشرين الأول/أكتوبر 2026، وتصل رسالة
  التأكيد وبطاقة الدخول إلى بريدك الإلكتروني خلال ثلاثة أيام عمل.</p>
<p>الحقول المشار إليها بعلامة (*) إلزامية.</p>
<form action="@tasjil.html" method="post" class="webform-submission-form">
  <label for="name">الاسم الكامل كما في جواز السفر *</label>
  <input type="text" id="name" name="full_name" required>
  <label for="mail">البريد الإلكتروني *</label>
  <input type="email" id="mail" name="email" required>
  <label for="nat">الجنسية *</label>
  <select id="nat" name="nationality" required>
    <option value="">— اختر —</option><option>أردنية</option><option>تونسية</option><option>سودانية</option><option>مصرية</option><option>مغربية</option><option>يمنية</option><option>أخرى</option>
  </select>
  <label for="res">بلد الإقامة *</label>
  <select id="res" name="residence" required>
    <option value="">— اختر —</option><option>الأردن</option><option>تونس</option><option>السودان</option><option>مصر</option><option>المغرب</option><option>اليمن</option><option>أخرى</option>
  </select>
  <label for="pass">رقم جواز السفر *</label>
  <input type="text" id="pass" name="passport_no" required>
  <label for="dob">تاريخ الميلاد *</label>
  <input type="date" id="dob" name="dob" required>
  <fieldset>
    <legend>الجنس</legend>
    <input type="radio" id="g1" name="gender" value="f"> <label for="g1">أنثى</label>
    <input type="radio" id="g2" name="gender" value="m"> <label for="g2">ذكر</label>
  </fieldset>
  <label for="org">الجهة أو المؤسسة *</label>
  <input type="text" id="org" name="organization" required>
  <label for="sh">فئة أصحاب المصلحة *</label>
  <select id="sh" name="stakeholder" required>
    <option>حكومة</option><option>قطاع خاص</option><option>مجتمع مدني</option><option>أوساط أكاديمية</option><option>مجتمع تقني</option><option>منظمة دولية</option>
  </select>
  <fieldset>
    <legend>طريقة المشاركة *</legend>
    <input type="radio" id="p1" name="mode" value="onsite" required> <label for="p1">حضورياً في عمّان</label>
    <input type="radio" id="p2" name="mode" value="remote"> <label for="p2">عن بُعد</label>
  </fieldset>
  <label for="needs">هل لديك احتياجات خاصة بإتاحة الوصول؟</label>
  <textarea id="needs" name="access_needs" rows="3"></textarea>
  <p class="check"><input type="checkbox" id="ok" name="consent" required>
    <label for="ok">أوافق على نشر اسمي وجهتي في قائمة المشاركين *</label></p>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
  <button type="submit">إرسال</button>
</form>
""")

s.page("minah.html", "منح السفر – المشاورة العربية 2026", """
<h1>منح السفر</h1>
<p>تقدّم الأمانة الفنية عدداً محدوداً من منح السفر لتمكين المشاركين الذين لا تتوفر لهم مصادر تمويل من الحضور
  إلى عمّان. تغطي المنحة تذكرة الطيران بالدرجة السياحية والإقامة لمدة أربع ليالٍ، بحد أقصى 1,200 دولار أمريكي
  للمشارك الواحد.</p>
<h2>الأولوية</h2>
<ul>
  <li>المشاركون من الدول العربية الأقل نمواً (جزر القمر، جيبوتي، الصومال، السودان، موريتانيا، اليمن)؛</li>
  <li>ممثلو منظمات المجتمع المدني الصغيرة؛</li>
  <li>الشباب والنساء العاملون في قضايا الحقوق الرقمية.</li>
</ul>
<p>للتقديم: أكمل <a href="@tasjil.html">التسجيل</a> ثم أرسل طلب المنحة إلى grants@amcdg.example.org قبل 15 أيلول/سبتمبر 2026.</p>
""")

s.page("an-bud.html", "المشاركة عن بُعد – المشاورة العربية 2026", """
<h1>المشاركة عن بُعد</h1>
<p>تُبث جميع الجلسات العامة وورش العمل عبر منصة اجتماعات افتراضية. يمكن للمشاركين المسجلين عن بُعد طرح الأسئلة
  وطلب الكلمة، ويتولى مشرف الجلسة عن بُعد إعطاءهم الكلمة بالتناوب مع الحاضرين في القاعة.</p>
<p>تستضيف جامعات شريكة في تونس والخرطوم وصنعاء مراكز مشاركة عن بُعد مجهزة بالإنترنت، تتيح للمشاركين المحليين
  متابعة الجلسات والتداخل فيها.</p>
<p>يصل رابط المشاركة إلى المسجلين عن بُعد قبل يومين من انطلاق المشاورة.</p>
""")

s.page("wusul.html", "إتاحة الوصول – المشاورة العربية 2026", """
<h1>إتاحة الوصول</h1>
<p>نلتزم بأن تكون المشاورة متاحة للجميع، بمن فيهم الأشخاص ذوو الإعاقة.</p>
<ul>
  <li>ترجمة فورية بين العربية والإنجليزية والفرنسية في جميع الجلسات العامة.</li>
  <li>ترجمة إلى لغة الإشارة العربية في الجلسات العامة، وفي ورش العمل عند الطلب.</li>
  <li>قاعات المركز مجهزة لمستخدمي الكراسي المتحركة، مع مداخل ودورات مياه مهيأة.</li>
  <li>وثائق المشاورة متاحة بصيغة HTML قابلة للقراءة بقارئات الشاشة.</li>
</ul>
<p>لطلب أي ترتيبات تيسيرية، يُرجى الكتابة إلى access@amcdg.example.org قبل 1 تشرين الأول/أكتوبر 2026.</p>
""")

s.page("barnamaj.html", "البرنامج – المشاورة العربية 2026", """
<h1>البرنامج المبدئي</h1>
<h2>اليوم الأول – 3 تشرين الثاني/نوفمبر</h2>
<ul>
  <li>الجلسة الافتتاحية</li>
  <li>اللغة العربية في الفضاء الرقمي: المحتوى والنماذج اللغوية</li>
  <li>حماية البيانات الشخصية في التشريعات العربية</li>
</ul>
<h2>اليوم الثاني – 4 تشرين الثاني/نوفمبر</h2>
<ul>
  <li>الذكاء الاصطناعي والخدمات الحكومية</li>
  <li>الشمول الرقمي للأشخاص ذوي الإعاقة</li>
</ul>
<h2>اليوم الثالث – 5 تشرين الثاني/نوفمبر</h2>
<ul>
  <li>صياغة التوصيات والجلسة الختامية</li>
</ul>
""")

s.page("iqama.html", "الإقامة والسفر – المشاورة العربية 2026", """
<h1>الإقامة والسفر</h1>
<h2>الفنادق</h2>
<p>حصلت الأمانة على سعر خاص في فندق الرويال عمّان: 85 ديناراً أردنياً لليلة للغرفة المفردة شاملة الإفطار،
  و95 ديناراً للغرفة المزدوجة. يُرجى الحجز مباشرة مع الفندق قبل 10 تشرين الأول/أكتوبر.</p>
<h2>التأشيرة</h2>
<p>يحصل مواطنو معظم الدول العربية على تأشيرة الدخول عند الوصول إلى مطار الملكة علياء الدولي. تبلغ رسوم
  التأشيرة 40 ديناراً أردنياً وتُدفع في المطار. يمكن للأمانة إصدار رسائل دعوة للمسجلين.</p>
<h2>التنقل</h2>
<p>تتوفر حافلة مكوكية مجانية بين الفندق ومركز المؤتمرات صباحاً ومساءً. تكلّف سيارة الأجرة من المطار إلى وسط
  عمّان نحو 22 ديناراً.</p>
""")

s.page("shuraka.html", "الشركاء – المشاورة العربية 2026", """
<h1>الشركاء</h1>
<p>تُنظَّم المشاورة بدعم من شركاء من الحكومات والمنظمات الإقليمية والقطاع الخاص والمجتمع المدني. للاستفسار عن
  فرص الشراكة يُرجى التواصل مع partners@amcdg.example.org.</p>
""")

s.page("en/index.html", "Arab Multistakeholder Consultation on Digital Governance 2026 – Amman", """
<h1>Arab Multistakeholder Consultation on Digital Governance 2026</h1>
<p><strong>Amman, Jordan · 3–5 November 2026 · in person and online</strong></p>
<p>The Consultation brings together governments, the private sector, civil society, academia and the
  technical community from the 22 Arab states to discuss the region's priorities on internet governance,
  artificial intelligence and data protection, and to carry its recommendations to the global Internet
  Governance Forum.</p>
<ul>
  <li><a href="@en/registration.html">Register</a> by 15 October 2026 to take part in Amman or online.</li>
  <li>Travel grants are available for participants from least developed countries, small civil society organisations and young people.</li>
  <li>Remote participants can ask questions and request the floor in every session; remote hubs in Tunis, Khartoum and Sana'a.</li>
  <li>Plenaries offer interpretation between Arabic, English and French, and Arabic Sign Language interpretation; the venue is wheelchair accessible. Write to access@amcdg.example.org for any accommodation you need.</li>
</ul>
""", lang="en", dir="ltr", alternates=ALT)

s.page("en/registration.html", "Registration – Arab Consultation 2026", """
<h1>Registration</h1>
<p>Registration is required for everyone, whether you attend in Amman or take part remotely. Participants
  must be at least eighteen years old on the opening day.</p>
<p>The registration form is in Arabic: <a href="@tasjil.html">open the registration form</a>. You will need
  your passport number, date of birth and nationality (for the venue's security clearance), and the name of
  your organisation. The form is protected by an hCaptcha challenge; if you cannot complete it, email
  secretariat@amcdg.example.org and we will register you by hand.</p>
<p>Travel grant applications go to grants@amcdg.example.org by 15 September 2026, after you have registered.</p>
""", lang="en", dir="ltr")

# French page whose <html lang> was left as Arabic by the CMS
s.page("fr/index.html", "Consultation arabe multipartite sur la gouvernance numérique 2026 – Amman", """
<h1>Consultation arabe multipartite sur la gouvernance numérique 2026</h1>
<p><strong>Amman (Jordanie), du 3 au 5 novembre 2026, en présentiel et à distance</strong></p>
<p>La Consultation réunit des représentants des gouvernements, du secteur privé, de la société civile, du
  monde universitaire et de la communauté technique des vingt-deux États arabes. Elle examine les priorités de
  la région en matière de gouvernance de l'internet, d'intelligence artificielle et de protection des données,
  et transmet ses recommandations au Forum sur la gouvernance de l'internet des Nations unies.</p>
<h2>Participer</h2>
<p>L'inscription est obligatoire pour tous, sur place comme à distance, au plus tard le 15 octobre 2026. Les
  participants doivent être âgés d'au moins dix-huit ans. Le formulaire d'inscription est en arabe ; en cas de
  difficulté, écrivez au secrétariat, qui vous inscrira directement.</p>
<p>Des bourses de voyage sont proposées aux participants des pays les moins avancés, aux petites organisations
  de la société civile et aux jeunes. Les participants à distance peuvent poser des questions et demander la
  parole dans toutes les sessions.</p>
<p>Les séances plénières bénéficient d'une interprétation simultanée arabe–anglais–français et d'une
  interprétation en langue des signes arabe ; les salles sont accessibles en fauteuil roulant.</p>
""", lang="ar", dir="rtl", header_lang="fr", alternates=ALT)
