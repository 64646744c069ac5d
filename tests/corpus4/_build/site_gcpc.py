"""Gulf Cyber Policy Congress, Dubai. Arabic (rtl) with an English mirror (/en/). Fees in Arabic-Indic
digits with "د.إ" on the Arabic page and "AED" in a neighbouring <abbr> on the English page. Everyone
pays (never said outright); student rate. In person only. reCAPTCHA; passport/Emirates ID,
nationality, mobile. Minimum age 21 (Arabic-Indic digits). Exhibition, hotel, metro, visa, salaries."""
from lib import Site, chrome, css

NAV_AR = [("index.html", "الرئيسية"), ("tasjeel.html", "التسجيل والرسوم"), ("wusul.html", "إمكانية الوصول"),
          ("barnamaj.html", "البرنامج")]
NAV_EN = [("en/index.html", "Home"), ("en/register.html", "Registration &amp; fees"), ("en/accessibility.html", "Accessibility"),
          ("en/exhibit.html", "Exhibit &amp; sponsor"), ("en/travel.html", "Travel &amp; visas"), ("en/careers.html", "Careers")]
LANGS = {"ar": [("en/index.html", "English")], "en": [("index.html", "العربية")]}
FOOT = {"ar": '<p>أمانة المؤتمر (وهمية)، دبي، الإمارات العربية المتحدة. <a href="mailto:info@gcpc.example.ae">info@gcpc.example.ae</a></p>',
        "en": '<p>Congress Secretariat (fictional), Dubai, United Arab Emirates. <a href="mailto:info@gcpc.example.ae">info@gcpc.example.ae</a></p>'}
H, F = chrome({"ar": "مؤتمر الخليج لسياسات الأمن السيبراني 2026", "en": "Gulf Cyber Policy Congress 2026"},
              {"ar": NAV_AR, "en": NAV_EN}, langs=LANGS, foot=FOOT,
              skip={"ar": "انتقل إلى المحتوى الرئيسي", "en": "Skip to main content"}, homes={"ar": "index.html", "en": "en/index.html"})
s = Site("gulf-cyber-policy-congress", name="Gulf Cyber Policy Congress 2026", lang="ar", dir="rtl",
         css=css("#8a6d1d"), logo_text="GCPC", colour="#8a6d1d", header=H, footer=F)


def form(lang: str) -> str:
    if lang == "ar":
        L = dict(name="الاسم الكامل", email="البريد الإلكتروني", mobile="رقم الهاتف المتحرك", nat="الجنسية",
                 pid="رقم جواز السفر أو الهوية الإماراتية", org="الجهة / المؤسسة", title="المسمى الوظيفي",
                 cat="فئة التسجيل", diet="متطلبات غذائية (اختياري)", terms="أوافق على الشروط والأحكام",
                 choose="اختر", cats=["مندوب", "جهة حكومية أو أكاديمية", "طالب"], nats=["الإمارات", "السعودية", "عُمان", "البحرين", "قطر", "الكويت", "أخرى"],
                 btn="إرسال", note="جميع الحقول المعلَّمة بعلامة * إلزامية.")
    else:
        L = dict(name="Full name", email="E-mail", mobile="Mobile number", nat="Nationality",
                 pid="Passport or Emirates ID number", org="Organisation", title="Job title",
                 cat="Registration category", diet="Dietary requirements (optional)", terms="I accept the terms and conditions",
                 choose="Choose", cats=["Delegate", "Government or academia", "Student"], nats=["UAE", "Saudi Arabia", "Oman", "Bahrain", "Qatar", "Kuwait", "Other"],
                 btn="Submit", note="All fields marked * are mandatory.")
    star = ' <span class="req">*</span>'
    opts = lambda xs: "".join(f"<option>{x}</option>" for x in xs)
    return f"""<p>{L['note']}</p>
<form action="@{'tasjeel.html' if lang == 'ar' else 'en/register.html'}" method="post">
<label for="n">{L['name']}{star}</label><input type="text" id="n" name="name" required>
<label for="e">{L['email']}{star}</label><input type="email" id="e" name="email" required>
<label for="m">{L['mobile']}{star}</label><input type="tel" id="m" name="mobile" required>
<label for="nat">{L['nat']}{star}</label><select id="nat" name="nationality" required><option value="">{L['choose']}</option>{opts(L['nats'])}</select>
<label for="pid">{L['pid']}{star}</label><input type="text" id="pid" name="passport" required>
<label for="org">{L['org']}{star}</label><input type="text" id="org" name="organisation" required>
<label for="jt">{L['title']}{star}</label><input type="text" id="jt" name="jobtitle" required>
<label for="cat">{L['cat']}{star}</label><select id="cat" name="category" required><option value="">{L['choose']}</option>{opts(L['cats'])}</select>
<label for="diet">{L['diet']}</label><textarea id="diet" name="diet" rows="2"></textarea>
<div class="check"><input type="checkbox" id="t" name="terms" required><label for="t">{L['terms']}{star}</label></div>
<div class="g-recaptcha" data-sitekey="6LdGCPCaAAAAAB7x0dubai2026keyZZZ" data-size="normal"></div>
<button type="submit">{L['btn']}</button>
</form>"""


s.page("index.html", "مؤتمر الخليج لسياسات الأمن السيبراني 2026 – دبي", """
<h1>مؤتمر الخليج لسياسات الأمن السيبراني 2026</h1>
<p>دبي، 9 و10 نوفمبر 2026، مركز المؤتمرات في الخليج التجاري.</p>
<p>يجمع المؤتمر صانعي السياسات والجهات التنظيمية وخبراء الأمن السيبراني والباحثين من دول الخليج
لمناقشة تشريعات حماية البيانات والاستجابة للحوادث وبناء القدرات الوطنية. يتضمن البرنامج جلسات عامة
وورش عمل تطبيقية ومعرضاً لمزودي الحلول.</p>
<ul>
<li><a href="@tasjeel.html">التسجيل والرسوم</a></li>
<li><a href="@wusul.html">إمكانية الوصول</a></li>
<li><a href="@barnamaj.html">البرنامج</a></li>
</ul>
<p>المؤتمر حضوري فقط، ولا تُبث الجلسات عبر الإنترنت.</p>
""", alternates=[("ar", "index.html"), ("en", "en/index.html")])

s.page("tasjeel.html", "التسجيل والرسوم – مؤتمر الخليج لسياسات الأمن السيبراني 2026", f"""
<h1>التسجيل والرسوم</h1>
<table>
<caption>رسوم التسجيل</caption>
<tr><th>الفئة</th><th>الرسوم</th></tr>
<tr><td>مندوب (تسجيل عادي)</td><td>١٬٥٠٠ د.إ</td></tr>
<tr><td>الجهات الحكومية والأكاديمية</td><td>٩٠٠ د.إ</td></tr>
<tr><td>الطلاب (ببطاقة طالب سارية)</td><td>٣٠٠ د.إ</td></tr>
<tr><td>ورشة العمل التطبيقية (إضافة اختيارية)</td><td>٤٥٠ د.إ</td></tr>
</table>
<p>تشمل الأسعار ضريبة القيمة المضافة بنسبة ٥٪.</p>
<p>يجب ألا يقل عمر المشارك عن ٢١ عاماً.</p>
{form("ar")}
""", alternates=[("ar", "tasjeel.html"), ("en", "en/register.html")])

s.page("wusul.html", "إمكانية الوصول – مؤتمر الخليج لسياسات الأمن السيبراني 2026", """
<h1>إمكانية الوصول</h1>
<p>نرحب بجميع المشاركين. إذا كانت لديكم احتياجات خاصة للمشاركة، يرجى مراسلتنا على access@gcpc.example.ae
قبل أسبوعين من المؤتمر.</p>
<ul>
<li>مركز المؤتمرات مهيأ بالكامل لمستخدمي الكراسي المتحركة، مع مقاعد محجوزة في القاعة الرئيسية.</li>
<li>تتوفر الترجمة الفورية بين العربية والإنجليزية في جميع الجلسات العامة.</li>
</ul>
""", alternates=[("ar", "wusul.html"), ("en", "en/accessibility.html")])

s.page("barnamaj.html", "البرنامج – مؤتمر الخليج لسياسات الأمن السيبراني 2026", """
<h1>البرنامج</h1>
<ul>
<li>اليوم الأول: الافتتاح؛ جلسة عامة حول تشريعات حماية البيانات؛ ورش عمل.</li>
<li>اليوم الثاني: الاستجابة للحوادث؛ التعاون الإقليمي؛ الختام.</li>
</ul>
""")

s.page("en/index.html", "Gulf Cyber Policy Congress 2026 – Dubai", """
<h1>Gulf Cyber Policy Congress 2026</h1>
<p>Dubai, 9–10 November 2026, Business Bay Convention Centre.</p>
<p>The Congress brings together policy makers, regulators, cyber-security practitioners and
researchers from the Gulf states to discuss data-protection law, incident response and national
capacity building. The programme has plenary sessions, hands-on workshops and a solutions exhibition.</p>
<p>The congress is in person only; sessions are not streamed online.</p>
""", lang="en", dir="ltr", alternates=[("ar", "index.html"), ("en", "en/index.html")])

s.page("en/register.html", "Registration and fees – Gulf Cyber Policy Congress 2026", f"""
<h1>Registration and fees</h1>
<table>
<caption>Registration fees</caption>
<tr><th>Category</th><th>Fee</th></tr>
<tr><td>Delegate (standard)</td><td><abbr title="UAE dirham">AED</abbr> 1,500</td></tr>
<tr><td>Government and academia</td><td><abbr title="UAE dirham">AED</abbr> 900</td></tr>
<tr><td>Students (valid student card)</td><td><abbr title="UAE dirham">AED</abbr> 300</td></tr>
<tr><td>Hands-on workshop (optional add-on)</td><td><abbr title="UAE dirham">AED</abbr> 450</td></tr>
</table>
<p>Prices include 5% VAT.</p>
<p>Delegates must be at least 21 years old.</p>
{form("en")}
""", lang="en", dir="ltr", alternates=[("ar", "tasjeel.html"), ("en", "en/register.html")])

s.page("en/accessibility.html", "Accessibility – Gulf Cyber Policy Congress 2026", """
<h1>Accessibility</h1>
<p>Everyone is welcome. If you have access requirements, please e-mail access@gcpc.example.ae two weeks
before the congress.</p>
<ul>
<li>The convention centre is fully accessible to wheelchair users, with reserved seating in the main hall.</li>
<li>Arabic–English simultaneous interpretation is available in all plenary sessions.</li>
</ul>
""", lang="en", dir="ltr", alternates=[("ar", "wusul.html"), ("en", "en/accessibility.html")])

s.page("en/exhibit.html", "Exhibit and sponsor – Gulf Cyber Policy Congress 2026", """
<h1>Exhibit and sponsor</h1>
<ul>
<li>Exhibition stand (9 m²): AED 45,000, includes two delegate passes.</li>
<li>Strategic sponsor: AED 250,000.</li>
<li>Lanyard sponsor: AED 60,000.</li>
</ul>
""", lang="en", dir="ltr")

s.page("en/travel.html", "Travel and visas – Gulf Cyber Policy Congress 2026", """
<h1>Travel and visas</h1>
<ul>
<li>Business Bay Tower Hotel (congress rate): AED 720 per night.</li>
<li>City Stay Apartments: from AED 390 per night.</li>
</ul>
<p>Direct flights from Riyadh start at about 650 ر.س return.</p>
<p>A metro ride from the airport costs AED 8.50; a taxi is around AED 70. A free shuttle bus runs
between Business Bay metro station and the convention centre.</p>
<p>Visitors who need an entry visa pay AED 350 for a 30-day visit visa. For reference, 1 USD = 3.6725 AED.</p>
""", lang="en", dir="ltr")

s.page("en/careers.html", "Careers – Gulf Cyber Policy Congress 2026", """
<h1>Careers</h1>
<ul>
<li>Senior Cyber Policy Analyst, Dubai — AED 32,000–38,000 per month, tax-free.</li>
<li>SOC Engineer, Abu Dhabi — AED 22,000 per month plus housing allowance.</li>
</ul>
""", lang="en", dir="ltr")
