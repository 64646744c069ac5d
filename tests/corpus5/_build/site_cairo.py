"""Middle East tech summit in Cairo: Arabic (rtl) main site, English pages."""
from lib import make

NAV = {"ar": [("index.html", "الرئيسية"), ("agenda.html", "البرنامج"), ("tickets.html", "التذاكر"), ("register.html", "التسجيل"),
              ("faq.html", "الأسئلة الشائعة"), ("access.html", "إمكانية الوصول"), ("sponsors.html", "الرعاة"),
              ("jobs.html", "الوظائف"), ("travel.html", "الإقامة والتنقل")],
       "en": [("en/index.html", "Home"), ("en/tickets.html", "Tickets"), ("en/register.html", "Register"),
              ("access.html", "Access (Arabic)"), ("index.html", "العربية")]}
FOOT = {"ar": "<p>قمة النيل للتقنية · القاهرة الجديدة · info@niletech.example.eg</p>",
        "en": "<p>Nile Tech Summit · New Cairo · info@niletech.example.eg</p>"}
s = make("nile-tech-summit-cairo", name="Nile Tech Summit 2026", lang="ar", dir="rtl", colour="#8a4b08", logo="NTS",
         navs=NAV, foot=FOOT, brand={"ar": "قمة النيل للتقنية", "en": "Nile Tech Summit"},
         langs={"ar": [("en/index.html", "English")], "en": [("index.html", "العربية")]},
         skip={"ar": "انتقل إلى المحتوى", "en": "Skip to content"}, homes={"en": "en/index.html"})

s.page("index.html", "قمة النيل للتقنية 2026 — القاهرة", """
<h1>قمة النيل للتقنية 2026</h1>
<p>يومان في مركز المؤتمرات بالقاهرة الجديدة، يومي 21 و22 أكتوبر، يجتمع فيهما مؤسسو الشركات الناشئة والمستثمرون والمطورون وصناع القرار من مصر والمنطقة العربية وأفريقيا. نناقش هذا العام التقنية المالية والذكاء الاصطناعي باللغة العربية وتصدير البرمجيات.</p>
<p>تعرض أكثر من مئة وخمسين شركة ناشئة منتجاتها في قاعة المعرض، وتتنافس عشر شركات في نهائي مسابقة العروض على منصة Startup Stage.</p>
<p><a class="button" href="@tickets.html">اختر تذكرتك</a> <a href="@register.html">أنشئ حسابك وسجّل</a> · <a href="@faq.html">الأسئلة الشائعة</a> · <a href="@access.html">إمكانية الوصول</a></p>
""")

s.page("tickets.html", "التذاكر — قمة النيل للتقنية", """
<h1>التذاكر</h1>
<table><caption>أسعار التذاكر لليومين</caption>
<tr><th>نوع التذكرة</th><th>السعر</th></tr>
<tr><td>تذكرة قياسية</td><td>2500 جنيه مصري</td></tr>
<tr><td>تذكرة طالب (مع بطاقة جامعية سارية)</td><td>900 جنيه مصري</td></tr>
<tr><td>المشاركون من خارج مصر</td><td>120 دولار أمريكي</td></tr>
</table>
<p>تُدفع التذكرة بعد إنشاء حسابك على موقع القمة، ببطاقة مصرفية أو عبر فوري.</p>
""")

FORM_AR = """
<form action="@register.html" method="post">
  <label for="name">الاسم الكامل (مطلوب)</label><input type="text" id="name" name="name">
  <label for="email">البريد الإلكتروني (مطلوب)</label><input type="email" id="email" name="email">
  <label for="pw">كلمة المرور (مطلوب)</label><input type="password" id="pw" name="password">
  <label for="pw2">تأكيد كلمة المرور (مطلوب)</label><input type="password" id="pw2" name="password2">
  <label for="mobile">رقم الهاتف المحمول (مطلوب)</label><input type="tel" id="mobile" name="mobile">
  <label for="company">الشركة أو الجامعة (مطلوب)</label><input type="text" id="company" name="company">
  <label for="job">المسمى الوظيفي</label><input type="text" id="job" name="job_title">
  <label for="country">بلد الإقامة</label><select id="country" name="country"><option>مصر</option><option>السعودية</option><option>الأردن</option><option>المغرب</option><option>أخرى</option></select>
  <fieldset><legend>الجنس</legend>
    <input type="radio" id="g1" name="gender" value="f"> <label for="g1">أنثى</label>
    <input type="radio" id="g2" name="gender" value="m"> <label for="g2">ذكر</label>
  </fieldset>
  <div class="g-recaptcha" data-sitekey="6LcNileTechExampleSiteKey00000000000000"></div>
  <button type="submit">إنشاء الحساب</button>
</form>
"""

s.page("register.html", "التسجيل — قمة النيل للتقنية", """
<h1>أنشئ حسابك في القمة</h1>
<p>لحضور القمة يجب أولًا إنشاء حساب مشارك بكلمة مرور، ثم اختيار التذكرة ودفع ثمنها من صفحة حسابك. يجب ألا يقل عمر المشارك عن 16 عامًا.</p>
""" + FORM_AR + """
<p>لديك حساب بالفعل؟ سجّل الدخول من صفحة حسابك.</p>
""")

s.page("faq.html", "الأسئلة الشائعة — قمة النيل للتقنية", """
<h1>الأسئلة الشائعة</h1>
<details open><summary>هل توجد طريقة مجانية لحضور القمة؟</summary>
<p>نعم. تصريح المعرض مجاني، ويتيح دخول قاعة المعرض وحضور جميع جلسات منصة الشركات الناشئة خلال اليومين. يكفي إنشاء حساب واختيار «تصريح المعرض» بدلًا من التذكرة.</p></details>
<details open><summary>هل يمكن متابعة الجلسات عبر الإنترنت؟</summary>
<p>لا. القمة حضورية فقط، ولا تُبث الجلسات مباشرة.</p></details>
<details open><summary>هل هناك خصم للطلاب؟</summary>
<p>نعم، تذكرة الطالب بسعر مخفض عند تقديم بطاقة جامعية سارية.</p></details>
""")

s.page("access.html", "إمكانية الوصول — قمة النيل للتقنية", """
<h1>إمكانية الوصول</h1>
<p>جميع قاعات مركز المؤتمرات في طابق واحد، مع منحدرات عند المداخل ودورات مياه مهيأة، ويمكن الوصول إليها بالكراسي المتحركة.</p>
<p>إذا كانت لديك احتياجات خاصة للمشاركة، راسلنا على access@niletech.example.eg قبل أسبوعين من القمة.</p>
""")

s.page("en/index.html", "Nile Tech Summit 2026 — Cairo", """
<h1>Nile Tech Summit 2026</h1>
<p>Two days at the New Cairo convention centre, 21–22 October, for start-up founders, investors, developers and policy makers from Egypt, the Arab region and Africa. This year's tracks are fintech, Arabic-language AI and software exports. The summit is in person only.</p>
<p><a href="@en/tickets.html">Tickets</a> · <a href="@en/register.html">Create your attendee account</a></p>
""", lang="en", dir="ltr")

s.page("en/tickets.html", "Tickets — Nile Tech Summit 2026", """
<h1>Tickets</h1>
<table><caption>Two-day tickets</caption>
<tr><th>Ticket</th><th>Price</th></tr>
<tr><td>Standard</td><td>E£ 2,500</td></tr>
<tr><td>Student (valid university ID)</td><td>E£ 900</td></tr>
<tr><td>International delegate (from outside Egypt)</td><td>USD 120</td></tr>
</table>
<p>You pay for your ticket from your attendee account, by card or Fawry.</p>
""", lang="en", dir="ltr")

s.page("en/register.html", "Register — Nile Tech Summit 2026", """
<h1>Create your attendee account</h1>
<p>To attend you first create an attendee account with a password, then choose and pay for your ticket. Attendees must be 16 or older. Fields marked * are required.</p>
<form action="@en/register.html" method="post">
  <label for="e-name">Full name *</label><input type="text" id="e-name" name="name">
  <label for="e-email">E-mail *</label><input type="email" id="e-email" name="email">
  <label for="e-pw">Password *</label><input type="password" id="e-pw" name="password">
  <label for="e-pw2">Confirm password *</label><input type="password" id="e-pw2" name="password2">
  <label for="e-mobile">Mobile number *</label><input type="tel" id="e-mobile" name="mobile">
  <label for="e-company">Company or university *</label><input type="text" id="e-company" name="company">
  <label for="e-job">Job title</label><input type="text" id="e-job" name="job_title">
  <label for="e-country">Country of residence</label><select id="e-country" name="country"><option>Egypt</option><option>Saudi Arabia</option><option>Jordan</option><option>Morocco</option><option>Other</option></select>
  <fieldset><legend>Gender</legend>
    <input type="radio" id="e-g1" name="gender" value="f"> <label for="e-g1">Female</label>
    <input type="radio" id="e-g2" name="gender" value="m"> <label for="e-g2">Male</label>
  </fieldset>
  <div class="g-recaptcha" data-sitekey="6LcNileTechExampleSiteKey00000000000000"></div>
  <button type="submit">Create account</button>
</form>
""", lang="en", dir="ltr")

s.page("agenda.html", "البرنامج — قمة النيل للتقنية", """
<h1>البرنامج</h1>
<ul>
  <li>تسعير منتجات البرمجيات كخدمة في أسواق المنطقة (Pricing Your SaaS for MENA)</li>
  <li>المناطق الحرة والشركات الناشئة: ما الذي تغيّر؟</li>
  <li>نماذج اللغة العربية الكبيرة: البيانات والتقييم</li>
  <li>نهائي مسابقة العروض — الجائزة الأولى 50,000 دولار أمريكي استثمارًا أوليًا</li>
</ul>
""")

s.page("sponsors.html", "الرعاة والعارضون — قمة النيل للتقنية", """
<h1>الرعاية والمعرض</h1>
<table><tr><th>الباقة</th><th>السعر</th></tr>
<tr><td>الراعي البلاتيني</td><td>$25,000</td></tr>
<tr><td>الراعي الذهبي</td><td>$12,000</td></tr>
<tr><td>جناح شركة ناشئة (3×2 م)</td><td>15,000 ج.م</td></tr>
</table>
""")

s.page("jobs.html", "الوظائف — قمة النيل للتقنية", """
<h1>لوحة الوظائف</h1>
<ul>
  <li>مهندس واجهات خلفية أول — فينتك ناشئة — الراتب: 45,000 – 60,000 ج.م شهريًا</li>
  <li>مدير منتج — التجارة الإلكترونية — الراتب: 70,000 ج.م شهريًا</li>
</ul>
""")

s.page("travel.html", "الإقامة والتنقل — قمة النيل للتقنية", """
<h1>الإقامة والتنقل</h1>
<p>فندق التجمع ريزيدنس: 4,800 ج.م لليلة. فندق النخيل: 3,200 ج.م لليلة.</p>
<p>تذكرة المترو حتى محطة عدلي منصور 8 جنيهات، ثم حافلة القمة المجانية. رحلة سيارة أجرة من المطار نحو 250 جنيهًا.</p>
""")

EXPECTED = '''
  # Middle East tech summit (Cairo). Arabic (rtl) site with English pages. Prices as "2500 جنيه مصري",
  # "120 دولار أمريكي" (ar) and "E£ 2,500", "USD 120" (en). A free expo pass is offered ONLY in the
  # Arabic FAQ; student rate; account with password on the site; reCAPTCHA; "(مطلوب)" markers (ar)
  # and "*" (en), no required attributes; mobile, company, gender; min age 16; in person only;
  # wheelchair. Distractors: sponsor packages in $, start-up booth in ج.م, salaries, hotels, metro,
  # taxi, pitch prize; agenda titles "Pricing Your SaaS…", "المناطق الحرة…", "نماذج اللغة…".
  - id: nile-tech-summit-cairo
    name: Nile Tech Summit 2026
    start: index.html
    expected:
      languages: [ar, en]
      un_languages: [ar, en]
      fees:
        - {amount: 2500.0, currency: EGP}
        - {amount: 900.0, currency: EGP}
        - {amount: 120.0, currency: USD}
      free_option: true
      fee_support: true
      remote_participation: false
      captcha: [recaptcha]
      account_required: true
      registration_form: {fields: 9, required: 6, sensitive: [affiliation, gender, phone]}
      registration_host: null
      registration_pdf_only: false
      min_age: 16
      accessibility_statement: true
      access_services: [wheelchair_access]
      videos_without_captions: 0
      pdf_only_documents: false
    participation_pages: [index.html, tickets.html, register.html, faq.html, access.html, en/index.html, en/tickets.html, en/register.html]
    deliberate_404: []
    evidence:
      languages:
        - {page: index.html, quote: "يجتمع فيهما مؤسسو الشركات الناشئة والمستثمرون والمطورون وصناع القرار من مصر والمنطقة العربية وأفريقيا"}
        - {page: en/index.html, quote: "Two days at the New Cairo convention centre, 21–22 October, for start-up founders, investors, developers and policy makers"}
      un_languages:
        - {note: "ar, en"}
      fees:
        - {page: tickets.html, quote: "تذكرة قياسية 2500 جنيه مصري", note: "EGP 2500"}
        - {page: tickets.html, quote: "تذكرة طالب (مع بطاقة جامعية سارية) 900 جنيه مصري", note: "EGP 900"}
        - {page: tickets.html, quote: "المشاركون من خارج مصر 120 دولار أمريكي", note: "USD 120"}
        - {page: en/tickets.html, quote: "Standard E£ 2,500"}
        - {page: en/tickets.html, quote: "International delegate (from outside Egypt) USD 120"}
        - {page: sponsors.html, quote: "جناح شركة ناشئة (3×2 م) 15,000 ج.م", note: "exhibition booth: not a fee (also sponsors $25,000 / $12,000)"}
        - {page: jobs.html, quote: "الراتب: 45,000 – 60,000 ج.م شهريًا", note: "salary: not a fee"}
        - {page: travel.html, quote: "فندق التجمع ريزيدنس: 4,800 ج.م لليلة.", note: "hotel: not a fee (also metro, taxi)"}
        - {page: agenda.html, quote: "الجائزة الأولى 50,000 دولار أمريكي", note: "prize: not a fee"}
      free_option:
        - {page: faq.html, quote: "نعم. تصريح المعرض مجاني، ويتيح دخول قاعة المعرض وحضور جميع جلسات منصة الشركات الناشئة خلال اليومين.", note: "free expo pass, stated only in the FAQ"}
      fee_support:
        - {page: tickets.html, quote: "تذكرة طالب (مع بطاقة جامعية سارية)", note: "reduced student rate"}
        - {page: faq.html, quote: "نعم، تذكرة الطالب بسعر مخفض"}
      remote_participation:
        - {page: faq.html, quote: "لا. القمة حضورية فقط، ولا تُبث الجلسات مباشرة."}
        - {page: en/index.html, quote: "The summit is in person only."}
      captcha:
        - {page: register.html, markup: '<div class="g-recaptcha" data-sitekey="6LcNileTechExampleSiteKey00000000000000">'}
      account_required:
        - {page: register.html, quote: "لحضور القمة يجب أولًا إنشاء حساب مشارك بكلمة مرور"}
        - {page: en/register.html, quote: "To attend you first create an attendee account with a password"}
      registration_form:
        - {page: register.html, note: "name, email, password, password2, mobile, company (all marked (مطلوب)), job_title, country, gender (radio = 1) = 9 fields, 6 required; the English form is the same. Sensitive: phone, affiliation (company or university), gender; country of residence is not."}
        - {page: en/register.html, quote: "Fields marked * are required."}
      registration_host:
        - {note: "account and form on the site"}
      registration_pdf_only:
        - {note: "online form"}
      min_age:
        - {page: register.html, quote: "يجب ألا يقل عمر المشارك عن 16 عامًا."}
        - {page: en/register.html, quote: "Attendees must be 16 or older."}
      accessibility_statement:
        - {page: access.html, quote: "إذا كانت لديك احتياجات خاصة للمشاركة، راسلنا على access@niletech.example.eg"}
      access_services:
        - {page: access.html, quote: "ويمكن الوصول إليها بالكراسي المتحركة", note: "wheelchair_access; nothing else is offered"}
      videos_without_captions:
        - {note: "no video"}
      pdf_only_documents:
        - {note: "no PDF"}
'''
