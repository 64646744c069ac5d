"""Argan cooperatives forum, Essaouira (ar-MA, Tamazight section in Tifinagh: not listable)."""
from lib import *

NAV = [("index.html", "الرئيسية"), ("almusharaka.html", "المشاركة والرسوم"), ("barnamaj.html", "البرنامج"),
       ("asila.html", "أسئلة شائعة"), ("wusul.html", "الولوجيات"), ("souq.html", "سوق التعاونيات"),
       ("iqama.html", "الإقامة والسفر"), ("shuraka.html", "الشركاء")]
s = mk("multaqa-taawuniyat-alarkan-essaouira", "الملتقى الجهوي لتعاونيات الأركان", "ar-MA", "#8a5a12", "أرڭ", NAV,
       dir="rtl", foot={"ar-MA": '<p>اتحاد تعاونيات الأركان بجهة مراكش آسفي — الصويرة · contact@argane-coop.example.ma</p>'})
placeholder_media(s, "media/jani-alarkan.mp4")
vtt(s, "media/jani-alarkan-ar.vtt", "جني ثمار الأركان في حاحا")
s.pdf("docs/barnamaj-multaqa-2027.pdf", "Multaqa taawuniyat al-argan 2027 - programme\nJour 1: ateliers\nJour 2: table ronde")

s.page("index.html", "الملتقى الجهوي لتعاونيات الأركان — الصويرة ٢٠٢٧", """
<h1>الملتقى الجهوي لتعاونيات الأركان</h1>
<p>دار الثقافة بالصويرة، ٢٢–٢٣ أبريل ٢٠٢٧. ملتقى سنوي يلتقي فيه نساء التعاونيات والباحثون والمصدّرون لمناقشة تثمين شجرة
الأركان، والتصديق على الجودة، وحصة التعاونيات من سعر البيع.</p>
<p>تفاصيل المشاركة في صفحة <a href="@almusharaka.html">المشاركة والرسوم</a>، وطريقة حجز المقاعد في <a href="@asila.html">الأسئلة الشائعة</a>.</p>
""" + video("media/jani-alarkan.mp4", track="media/jani-alarkan-ar.vtt", track_lang="ar", label="العربية") + """
<section lang="zgh" dir="ltr">
<h2>ⴰⵣⵓⵍ</h2>
<p>ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ ⴰ ⵜⵉⵎⵖⴰⵔⵉⵏ ⵏ ⵜⵎⵓⵏⴰ ⵏ ⵓⴰⵔⴳⴰⵏ. ⴰⵎⵙⵏⴰⵍ ⴰⴷ ⵉⴳⴰ ⴰⴷⵖⴰⵔ ⵏ ⵓⵎⵙⴰⵡⴰⵍ ⵅⴼ ⵜⵡⵓⵔⵉ ⵏ ⵜⵎⵓⵏⴰ ⴷ ⵡⴰⵜⵉⴳ ⵏ ⵓⵣⵉⵡⴰ
ⵏ ⵓⴰⵔⴳⴰⵏ. ⵜⵉⵎⵖⴰⵔⵉⵏ ⵏ ⵜⵎⵓⵏⴰ ⴰⴷ ⴽⵛⵎⵏⵜ ⴱⵍⴰ ⴰⵖⴰⵔⴰⵙ.</p>
</section>
""")

s.page("almusharaka.html", "المشاركة والرسوم — ملتقى تعاونيات الأركان", """
<h1>المشاركة والرسوم</h1>
<ul>
  <li>الشركات والمصدّرون ومكاتب التجميل: ١٬٢٠٠ درهم للمشارك</li>
  <li>الباحثون والهيئات العمومية والمنظمات غير الحكومية: ٦٠٠ درهم</li>
  <li>ورشة التذوق الحسي لزيت الأركان (اختيارية، ٢٠ مقعدًا): 250 د.م.</li>
</ul>
<p class="note">الدخول مجاني لنساء التعاونيات المنخرطات في الاتحاد، مع وجبة الغداء، شريطة الحجز المسبق عبر رئيسة التعاونية.</p>
<p>لا يتكفل الملتقى بمصاريف التنقل أو المبيت.</p>
""")

s.page("barnamaj.html", "البرنامج — ملتقى تعاونيات الأركان", """
<h1>البرنامج</h1>
<p>اليوم الأول: ورشات حول التتبع والتصديق، ثم ورشة التذوق الحسي. اليوم الثاني: مائدة مستديرة مع المصدّرين وزيارة تعاونية بحاحا.</p>
<p>البرنامج المفصل بأسماء المتدخلين متاح بصيغة PDF فقط: <a href="@docs/barnamaj-multaqa-2027.pdf">تحميل البرنامج (PDF، ٢١٠ ك.ب)</a></p>
""")

s.page("asila.html", "أسئلة شائعة — ملتقى تعاونيات الأركان", """
<h1>أسئلة شائعة</h1>
<details open><summary>كيف أحجز مقعدي؟</summary>
<p>تُباع تذاكر الشركات والباحثين وورشة التذوق عبر منصة <a href="https://www.guichet.com/evenements/multaqa-argane-2027">Guichet</a>،
ويتطلب الشراء إنشاء حساب على المنصة قبل الدفع. أما نساء التعاونيات فيسجلن عبر رئيسة التعاونية.</p></details>
<details><summary>هل يمكن متابعة الملتقى عن بُعد؟</summary>
<p>لا، الملتقى حضوري فقط ولن يُبث عبر الإنترنت.</p></details>
<details><summary>هل هناك سن أدنى لورشة التذوق؟</summary>
<p>ورشة التذوق مفتوحة لمن بلغ سن السادسة عشرة فما فوق.</p></details>
<h2>لم تجدوا جوابًا؟</h2>
<form action="@asila.html" method="post">
""" + fld("q-name", "الاسم") + fld("q-email", "البريد الإلكتروني", "email") + fld("q-text", "سؤالكم", "textarea") + """
<div class="h-captcha" data-sitekey="argane-2027-demo"></div>
<button type="submit">أرسل السؤال</button>
</form>
""")

s.page("wusul.html", "الولوجيات — ملتقى تعاونيات الأركان", """
<h1>الولوجيات</h1>
<p>قاعة الملتقى في الطابق الأول بدار الثقافة، ولا يوجد مصعد في المبنى.</p>
<p>يحضر مترجم بلغة الإشارة المغربية الجلستين الافتتاحية والختامية.</p>
<p>لأي احتياج خاص، راسلونا قبل ١٠ أبريل على wusul@argane-coop.example.ma وسنتصل بكم.</p>
""")

s.page("souq.html", "سوق التعاونيات — ملتقى تعاونيات الأركان", """
<h1>سوق التعاونيات</h1>
<p>طيلة يومي الملتقى تعرض التعاونيات منتجاتها في باحة دار الثقافة:</p>
<ul><li>زيت الأركان الغذائي: ٣٥٠ درهم للتر</li><li>أملو باللوز: ٩٠ درهم للعلبة</li><li>زيت التجميل: ٢٨٠ درهم للتر</li></ul>
""")

s.page("iqama.html", "الإقامة والسفر — ملتقى تعاونيات الأركان", """
<h1>الإقامة والسفر</h1>
<p>رياض النورس في المدينة القديمة: ٤٥٠ درهم لليلة لشخصين.</p>
<p>حافلة CTM من مراكش إلى الصويرة: ٩٠ درهم تقريبًا للرحلة.</p>
""")

s.page("shuraka.html", "الشركاء — ملتقى تعاونيات الأركان", """
<h1>كونوا شركاء الملتقى</h1>
<p>شريك رئيسي: ٤٠٬٠٠٠ درهم · رواق عرض للشركات: ٥٬٠٠٠ درهم.</p>
""")

ENTRY = entry(s, name="Regional argan cooperatives forum 2027 (union of cooperatives, Essaouira, Morocco)",
    languages=["ar"],
    fees=[(1200, "MAD"), (600, "MAD"), (250, "MAD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["hcaptcha"],
    account_required=True, registration_form=None, registration_host="www.guichet.com",
    registration_pdf_only=False, min_age=16, accessibility_statement=True, access_services=["sign_language"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "almusharaka.html", "barnamaj.html", "asila.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "ملتقى سنوي يلتقي فيه نساء التعاونيات والباحثون والمصدّرون"),
                      M("index.html", '<section lang="zgh" dir="ltr">', "Tamazight (Tifinagh) section: no ISO 639-1 code, not listable")],
        "un_languages": [N("ar")],
        "fees": [Q("almusharaka.html", "الشركات والمصدّرون ومكاتب التجميل: ١٬٢٠٠ درهم للمشارك"),
                 Q("almusharaka.html", "الباحثون والهيئات العمومية والمنظمات غير الحكومية: ٦٠٠ درهم", "category rate (not student): a fee, not support"),
                 Q("almusharaka.html", "ورشة التذوق الحسي لزيت الأركان (اختيارية، ٢٠ مقعدًا): 250 د.م."),
                 Q("souq.html", "زيت الأركان الغذائي: ٣٥٠ درهم للتر", "goods: not fees"),
                 Q("iqama.html", "رياض النورس في المدينة القديمة: ٤٥٠ درهم لليلة لشخصين.", "lodging, bus: not fees"),
                 Q("shuraka.html", "شريك رئيسي: ٤٠٬٠٠٠ درهم", "sponsor: not a fee")],
        "free_option": [Q("almusharaka.html", "الدخول مجاني لنساء التعاونيات المنخرطات في الاتحاد")],
        "fee_support": [Q("almusharaka.html", "الدخول مجاني لنساء التعاونيات المنخرطات في الاتحاد", "free for one group: support"),
                        Q("almusharaka.html", "لا يتكفل الملتقى بمصاريف التنقل أو المبيت.", "no travel support, but the waiver counts")],
        "remote_participation": [Q("asila.html", "لا، الملتقى حضوري فقط ولن يُبث عبر الإنترنت.")],
        "captcha": [M("asila.html", '<div class="h-captcha"', "on the FAQ question form")],
        "account_required": [Q("asila.html", "ويتطلب الشراء إنشاء حساب على المنصة قبل الدفع.", "only in the FAQ")],
        "registration_form": [N("no own registration form; the 3-field FAQ question form is not one", "asila.html")],
        "registration_host": [M("asila.html", 'href="https://www.guichet.com/evenements/multaqa-argane-2027"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [Q("asila.html", "ورشة التذوق مفتوحة لمن بلغ سن السادسة عشرة فما فوق.")],
        "accessibility_statement": [Q("wusul.html", "لأي احتياج خاص، راسلونا قبل ١٠ أبريل على wusul@argane-coop.example.ma وسنتصل بكم.")],
        "access_services": [Q("wusul.html", "يحضر مترجم بلغة الإشارة المغربية الجلستين الافتتاحية والختامية.", "sign_language"),
                            Q("wusul.html", "قاعة الملتقى في الطابق الأول بدار الثقافة، ولا يوجد مصعد في المبنى.", "first floor, no lift: no wheelchair_access")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/jani-alarkan-ar.vtt"', "captioned video only")],
        "pdf_only_documents": [M("barnamaj.html", 'href="docs/barnamaj-multaqa-2027.pdf"', "programme only as PDF")],
    })
