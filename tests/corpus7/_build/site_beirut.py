"""Arab regional preparatory meeting (UN regional-commission style), Beirut. Arabic (rtl), English mirror,
one French information note whose <html lang> is wrongly "ar". Registration only by a PDF nomination form;
nothing said about the cost of taking part (free_option null)."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV_AR = [("index.html", "الرئيسية"), ("jadwal.html", "جدول الأعمال"), ("tasjil.html", "التسجيل"),
          ("daam.html", "دعم السفر"), ("musharaka-an-bud.html", "المشاركة عن بُعد"), ("wusul.html", "إمكانية الوصول"),
          ("safar.html", "الفنادق والسفر")]
NAV_EN = [("en/index.html", "Home"), ("en/registration.html", "Registration"), ("jadwal.html", "Agenda (Arabic)"),
          ("safar.html", "Hotels (Arabic)")]
LANGS = {"ar": [("en/index.html", "English"), ("fr/note.html", "Français")],
         "en": [("index.html", "العربية"), ("fr/note.html", "Français")],
         "fr": [("index.html", "العربية"), ("en/index.html", "English")]}
FOOT = {"ar": "<p>الأمانة الفنية للاجتماع التحضيري — بيروت. للاستفسار: secretariat@arab-prep.example.org</p>",
        "en": "<p>Technical Secretariat of the Preparatory Meeting, Beirut. secretariat@arab-prep.example.org</p>",
        "fr": "<p>Secrétariat technique de la réunion préparatoire, Beyrouth. secretariat@arab-prep.example.org</p>"}

s = mk("ijtimaa-tahdiri-iqlimi-bayrut", {"ar": "الاجتماع التحضيري العربي للحوار الرقمي",
                                          "en": "Arab Regional Preparatory Meeting on Digital Cooperation",
                                          "fr": "Réunion préparatoire arabe sur la coopération numérique"},
       "ar", "#1f5f7a", "ARP", {"ar": NAV_AR, "en": NAV_EN, "fr": NAV_EN}, langs=LANGS, foot=FOOT, dir="rtl",
       homes={"ar": "index.html", "en": "en/index.html", "fr": "index.html"})

ABOUT_AR = ("يجمع الاجتماع التحضيري ممثلي الحكومات والبرلمانات والقطاع الخاص والمجتمع المدني والأوساط الأكاديمية في "
            "المنطقة العربية لصياغة موقف إقليمي مشترك قبل المنتدى العالمي للتعاون الرقمي")
REMOTE_AR = ("يمكن للمشاركين عن بُعد طلب الكلمة خلال الجلسات عبر منصة الاجتماعات الافتراضية، وتُقرأ المداخلات "
             "المكتوبة في نهاية كل جلسة")
TRAVEL_AR = ("تتحمل الأمانة تكاليف السفر بالدرجة السياحية وبدل الإقامة اليومي لمشارك واحد من كل دولة من أقل "
             "البلدان نمواً، ولعدد محدود من ممثلي منظمات المجتمع المدني")
NOSIGN_AR = "لا تتوفر ترجمة إلى لغة الإشارة في هذه الدورة."
WHEEL_AR = "قاعة الاجتماعات الرئيسية ودورات المياه مجهزة لاستخدام الكراسي المتحركة، والمصاعد متاحة في جميع الطوابق."
ACCESS_CONTACT_AR = "للطلبات المتعلقة بإمكانية الوصول أو الترتيبات التيسيرية، يرجى مراسلة access@arab-prep.example.org"
INTERP_AR = "تتوفر ترجمة فورية بين العربية والإنكليزية والفرنسية في جميع الجلسات العامة."
FORM_AR = "يتم التسجيل حصراً بتعبئة استمارة الترشيح (PDF) وإرسالها موقعة إلى الأمانة عبر البريد الإلكتروني"
DSA_AR = "بدل الإقامة اليومي المعتمد في بيروت هو 185 دولاراً أمريكياً"
PDF_AGENDA_AR = "جدول الأعمال المفصل متاح بصيغة PDF فقط."
FR_NOTE = ("La réunion préparatoire réunit les représentants des gouvernements, des parlements, du secteur privé, de "
           "la société civile et du monde universitaire de la région arabe afin de formuler une position régionale commune")
EN_ABOUT = ("The Preparatory Meeting brings together representatives of governments, parliaments, the private sector, "
            "civil society and academia of the Arab region")

s.page("index.html", "الاجتماع التحضيري العربي للحوار الرقمي — بيروت", f"""
<h1>الاجتماع التحضيري العربي للحوار الرقمي</h1>
<p class="note">بيروت، 16–18 آذار/مارس 2027 — بيت الأمم، ساحة رياض الصلح</p>
<p>{ABOUT_AR}. وتُرفع نتائج الاجتماع إلى الدورة الثانية للمنتدى العالمي.</p>
<h2>المشاركة</h2>
<ul>
  <li><a href="@tasjil.html">التسجيل واستمارة الترشيح</a> (آخر موعد: 15 شباط/فبراير 2027)</li>
  <li><a href="@daam.html">دعم السفر للمشاركين من أقل البلدان نمواً</a></li>
  <li><a href="@musharaka-an-bud.html">المشاركة عن بُعد</a></li>
  <li><a href="@wusul.html">إمكانية الوصول والترتيبات التيسيرية</a></li>
  <li><a href="@jadwal.html">جدول الأعمال</a></li>
</ul>
<h2>الوثائق</h2>
<p>مذكرة المفاهيم متاحة بالعربية والإنكليزية، و<a href="@fr/note.html">مذكرة إعلامية بالفرنسية</a>.</p>
""")

s.page("tasjil.html", "التسجيل — الاجتماع التحضيري العربي", f"""
<h1>التسجيل</h1>
<p>{FORM_AR} registration@arab-prep.example.org قبل 15 شباط/فبراير 2027.</p>
<p><a href="@docs/istimarat-tarshih.pdf">تنزيل استمارة الترشيح (PDF، 180 كيلوبايت)</a></p>
<h2>الوثائق المطلوبة</h2>
<ul>
  <li>استمارة الترشيح موقعة من الجهة المرشِّحة</li>
  <li>نسخة من جواز السفر (لطلبات دعم السفر فقط)</li>
</ul>
<p>تُرسل الأمانة رسالة تأكيد خلال أسبوع من استلام الاستمارة. لا يُقبل التسجيل في مكان الاجتماع.</p>
""")

s.page("daam.html", "دعم السفر — الاجتماع التحضيري العربي", f"""
<h1>دعم السفر</h1>
<p>{TRAVEL_AR}.</p>
<p>يُذكر طلب الدعم في القسم الرابع من استمارة الترشيح. {DSA_AR}، ويُصرف نقداً عند التسجيل في مكان الاجتماع.</p>
<p>لا تغطي الأمانة تكاليف التأشيرة أو التأمين الصحي.</p>
""")

s.page("musharaka-an-bud.html", "المشاركة عن بُعد — الاجتماع التحضيري العربي", f"""
<h1>المشاركة عن بُعد</h1>
<p>تُبث الجلسات العامة مباشرة بالعربية والإنكليزية والفرنسية. {REMOTE_AR}.</p>
<p>يُرسل رابط الاتصال إلى المشاركين المسجلين عن بُعد قبل الاجتماع بثلاثة أيام. يرجى اختيار «عن بُعد» في استمارة الترشيح.</p>
""")

s.page("wusul.html", "إمكانية الوصول — الاجتماع التحضيري العربي", f"""
<h1>إمكانية الوصول</h1>
<p>{WHEEL_AR}</p>
<p>{INTERP_AR} {NOSIGN_AR}</p>
<p>{ACCESS_CONTACT_AR} قبل 1 آذار/مارس 2027.</p>
""")

placeholder_media(s, "media/dawra-sabiqa.mp4")
vtt(s, "media/dawra-sabiqa-ar.vtt", "كلمة الافتتاح")
s.pdf("docs/jadwal-aamal.pdf", "Arab Regional Preparatory Meeting - Agenda\n16-18 March 2027, Beirut")
s.pdf("docs/istimarat-tarshih.pdf", "Nomination form - Arab Regional Preparatory Meeting\nName:\nOrganisation:\nCountry:")
s.page("jadwal.html", "جدول الأعمال — الاجتماع التحضيري العربي", f"""
<h1>جدول الأعمال</h1>
<p>{PDF_AGENDA_AR} <a href="@docs/jadwal-aamal.pdf">تنزيل جدول الأعمال (PDF، 420 كيلوبايت)</a></p>
<h2>أبرز الجلسات</h2>
<ul>
  <li>الجلسة الأولى: رسوم النفاذ إلى الإنترنت والقدرة على تحمل التكاليف في المنطقة العربية</li>
  <li>الجلسة الثانية: التسجيل المدني الرقمي والهوية الرقمية</li>
  <li>الجلسة الثالثة: اللغات والمحتوى العربي على الإنترنت</li>
  <li>الجلسة الرابعة: الشمول الرقمي للأشخاص ذوي الإعاقة</li>
</ul>
<h2>من الدورة السابقة</h2>
<video controls preload="none" width="640" src="@media/dawra-sabiqa.mp4">
  <track kind="captions" src="@media/dawra-sabiqa-ar.vtt" srclang="ar" label="العربية" default>
</video>
""")

s.page("safar.html", "الفنادق والسفر — الاجتماع التحضيري العربي", """
<h1>الفنادق والسفر</h1>
<table>
  <caption>فنادق قريبة من بيت الأمم</caption>
  <tr><th>الفندق</th><th>السعر لليلة</th></tr>
  <tr><td>فندق الصنوبر</td><td>120 دولاراً أمريكياً</td></tr>
  <tr><td>فندق الجميزة</td><td>95 دولاراً أمريكياً</td></tr>
</table>
<p>تكلفة سيارة الأجرة من مطار رفيق الحريري الدولي نحو 25 دولاراً. يُقبل الدفع بالدولار الأمريكي أو بالليرة اللبنانية
(1 دولار = 89,500 ليرة لبنانية تقريباً).</p>
<p>تُمنح تأشيرة الدخول مجاناً في المطار لمواطني معظم الدول العربية؛ يرجى مراجعة السفارة لغيرها.</p>
""")

s.page("en/index.html", "Arab Regional Preparatory Meeting on Digital Cooperation — Beirut", f"""
<h1>Arab Regional Preparatory Meeting on Digital Cooperation</h1>
<p class="note">Beirut, 16–18 March 2027 — UN House, Riad El Solh Square</p>
<p>{EN_ABOUT} to agree on a common regional position ahead of the Global Digital Cooperation Forum.</p>
<h2>Taking part</h2>
<ul>
  <li><a href="@en/registration.html">Registration and nomination form</a> (deadline 15 February 2027)</li>
  <li>Remote participants can ask for the floor through the virtual meeting platform; written interventions are read out
  at the end of each session.</li>
  <li>Travel support for least developed countries and access arrangements: see the Arabic pages
  (<a href="@daam.html">travel support</a>, <a href="@wusul.html">accessibility</a>).</li>
</ul>
""", lang="en", dir="ltr")

s.page("en/registration.html", "Registration — Arab Regional Preparatory Meeting", """
<h1>Registration</h1>
<p>Registration is only by nomination: fill in the nomination form (PDF), have it signed by the nominating body and e-mail
it to registration@arab-prep.example.org before 15 February 2027.</p>
<p><a href="@docs/istimarat-tarshih.pdf">Download the nomination form (PDF, 180 KB)</a></p>
<p>There is no on-site registration.</p>
""", lang="en", dir="ltr")

s.page("fr/note.html", "Note d'information — Réunion préparatoire arabe", f"""
<h1>Note d'information</h1>
<p>{FR_NOTE} avant le Forum mondial de la coopération numérique.</p>
<p>La réunion se tiendra à Beyrouth du 16 au 18 mars 2027. L'interprétation simultanée sera assurée entre l'arabe,
l'anglais et le français. Les participants sont invités à remplir le formulaire de candidature (PDF) et à l'envoyer
au secrétariat avant le 15 février 2027.</p>
""", lang="ar", dir="ltr", header_lang="fr")

ENTRY = entry(
    s, name="Arab Regional Preparatory Meeting on Digital Cooperation (UN regional-commission style)",
    languages=["ar", "en", "fr"], fees=[], free_option=None, fee_support=True, remote_participation=True,
    captcha=[], account_required=False, registration_form=None, registration_host=None,
    registration_pdf_only=True, min_age=None, accessibility_statement=True,
    access_services=["interpretation", "wheelchair_access"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "tasjil.html", "daam.html", "musharaka-an-bud.html", "wusul.html", "jadwal.html",
                         "en/index.html", "en/registration.html", "fr/note.html"],
    evidence={
        "languages": [Q("index.html", ABOUT_AR), Q("en/index.html", EN_ABOUT), Q("fr/note.html", FR_NOTE),
                      M("fr/note.html", '<html lang="ar">', "whole French page declared as Arabic")],
        "un_languages": [N("ar, en and fr are all UN languages")],
        "fees": [N("the site says nothing about a fee or about participation being free"),
                 Q("daam.html", DSA_AR, "per diem (grant amount), not a fee"),
                 Q("safar.html", "120 دولاراً أمريكياً", "hotel, not a fee"),
                 Q("safar.html", "تكلفة سيارة الأجرة من مطار رفيق الحريري الدولي نحو 25 دولاراً", "taxi, not a fee"),
                 Q("safar.html", "1 دولار = 89,500 ليرة لبنانية تقريباً", "exchange rate, not a fee"),
                 Q("jadwal.html", "رسوم النفاذ إلى الإنترنت والقدرة على تحمل التكاليف", "session title ('fees of internet access'), not a fee")],
        "free_option": [N("nothing about the cost of taking part on any page: null")],
        "fee_support": [Q("daam.html", TRAVEL_AR)],
        "remote_participation": [Q("musharaka-an-bud.html", REMOTE_AR)],
        "captcha": [N("no form on the site; no CAPTCHA markup")],
        "account_required": [N("registration by e-mailed PDF form; no account")],
        "registration_form": [N("no HTML registration form; registration only by the PDF nomination form")],
        "registration_host": [N("no third-party platform")],
        "registration_pdf_only": [Q("tasjil.html", FORM_AR), M("tasjil.html", 'href="docs/istimarat-tarshih.pdf"')],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [Q("wusul.html", ACCESS_CONTACT_AR), Q("wusul.html", WHEEL_AR)],
        "access_services": [Q("wusul.html", WHEEL_AR), Q("wusul.html", INTERP_AR),
                            Q("wusul.html", NOSIGN_AR, "negation: no sign language")],
        "videos_without_captions": [M("jadwal.html", '<track kind="captions" src="media/dawra-sabiqa-ar.vtt"',
                                      "the only video has a captions track")],
        "pdf_only_documents": [Q("jadwal.html", PDF_AGENDA_AR), M("jadwal.html", 'href="docs/jadwal-aamal.pdf"')],
    })
