from lib import *

NAV = [("index.html", "الهاكاثون"), ("musharaka.html", "شروط المشاركة"), ("tasjil.html", "تسجيل فريق"),
       ("an-bud.html", "المشاركة عن بُعد"), ("wusul.html", "الوصول والتسهيلات"), ("jawaez.html", "الجوائز"),
       ("ruah.html", "الرعاة"), ("akhbar.html", "أخبار")]
s = mk("hakathon-alriy-alshamsi-misrata", "هاكاثون الري بالطاقة الشمسية – مصراتة", "ar-LY", "#c77d0a", "هش", NAV,
       dir="rtl", foot={"ar-LY": "<p>حاضنة الساحل للابتكار الزراعي (جهة وهمية) – مصراتة، شارع طرابلس، مبنى ٧ – hack@sahel-agri.example.ly</p>"})

s.page("index.html", "هاكاثون الري بالطاقة الشمسية ٢٠٢٧", """
<h1>هاكاثون الري بالطاقة الشمسية</h1>
<p>ثمانٍ وأربعون ساعة لبناء حلول تقنية تساعد المزارعين الصغار على ري حقولهم بمضخات تعمل بالطاقة الشمسية. يُقام الهاكاثون في حاضنة الساحل للابتكار الزراعي بمصراتة يومي ١٢ و١٣ مارس ٢٠٢٧، وتتنافس فيه فرق من ثلاثة إلى خمسة أعضاء.</p>
<section class="note">
<h2>Azul fellawen</h2>
<p>Hackathon n tafat n yiṭij ad yili deg Misrata. Ifellaḥen n udrar n Infusen ttwaɛerḍen ad d-asen s yiman nsen, ad sselmden timsirin n waman d tmakinin n tafat. Tiwwura ttwaldint i yal yiwen.</p>
</section>
<p><a href="@musharaka.html">شروط المشاركة</a> · <a href="@tasjil.html">سجّل فريقك</a></p>
""")

s.page("musharaka.html", "شروط المشاركة", """
<h1>من يمكنه المشاركة؟</h1>
<p>الهاكاثون مفتوح لطلاب الهندسة والزراعة والمبرمجين والمزارعين، من ١٧ سنة فما فوق.</p>
<p>المشاركة في الهاكاثون مجانية لجميع الفرق، ولا يُطلب أي رسم تسجيل.</p>
<p>تتكفّل الحاضنة بتذاكر السفر والإقامة لفرق الجنوب القادمة من سبها وأوباري.</p>
<p>لا حاجة إلى إنشاء حساب على أي منصة: يكفي أن يملأ قائد الفريق الاستمارة.</p>
""")

s.page("tasjil.html", "تسجيل فريق", f"""
<h1>استمارة تسجيل الفريق</h1>
<form action="@tasjil.html" method="post">
<fieldset><legend>الفريق</legend>
{fld("team", "اسم الفريق (يُملأ وجوبًا)")}
{fld("city", "المدينة", "select", opts=["مصراتة", "طرابلس", "بنغازي", "سبها", "أوباري", "غير ذلك"])}
</fieldset>
{radios("track", "المسار", ["مضخات ذكية", "مراقبة رطوبة التربة", "تمويل صغار المزارعين"], req=True)}
<fieldset><legend>قائد الفريق</legend>
{fld("l_name", "الاسم الكامل (يُملأ وجوبًا)")}
{fld("l_nat", "الرقم الوطني (يُملأ وجوبًا)")}
{fld("l_phone", "الهاتف (يُملأ وجوبًا)", "tel")}
{fld("l_email", "البريد الإلكتروني", "email", req=True)}
{fld("l_dob", "تاريخ الميلاد", "date")}
{fld("l_uni", "الجامعة أو جهة العمل")}
</fieldset>
<fieldset><legend>العضو الثاني</legend>
{fld("m2_name", "الاسم")}
{fld("m2_dob", "تاريخ الميلاد", "date")}
</fieldset>
<fieldset><legend>العضو الثالث</legend>
{fld("m3_name", "الاسم")}
{fld("m3_dob", "تاريخ الميلاد", "date")}
</fieldset>
{fld("idea", "وصف مختصر للفكرة", "textarea")}
{fld("deck", "عرض تقديمي (اختياري)", "file")}
{fld("agree", "نوافق على قواعد الهاكاثون", "checkbox", req=True)}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-misrata00001"></div>
<button type="submit">تسجيل الفريق</button>
</form>
""")

s.page("an-bud.html", "المشاركة عن بُعد", """
<h1>المشاركة عن بُعد</h1>
<p>يمكن للفرق التي لا تستطيع الحضور أن تعمل من مدينتها، ثم تعرض نموذجها على لجنة التحكيم عبر Google Meet وتجيب عن أسئلة المحكّمين مباشرة.</p>
""")

s.page("wusul.html", "الوصول والتسهيلات", """
<h1>الوصول والتسهيلات</h1>
<p>قاعة العمل في الطابق الثالث، ويصل إليها مصعد يتسع للكراسي المتحركة، ودورات المياه مهيأة.</p>
<p>نوفّر مترجمًا للغة الإشارة الليبية عند الطلب قبل أسبوعين من الموعد.</p>
""")

s.page("jawaez.html", "الجوائز", """
<h1>الجوائز</h1>
<ul><li>المركز الأول: ٣٠٬٠٠٠ دينار ليبي لتجريب الحل في مزرعة حقيقية</li><li>المركز الثاني: ١٥٬٠٠٠ د.ل</li></ul>
<p>يتقاضى كل مرشد مكافأة قدرها ١٬٥٠٠ د.ل عن عطلة نهاية الأسبوع.</p>
""")

s.page("ruah.html", "الرعاة", """
<h1>الرعاة</h1>
<p>باقة الشريك الرئيسي: ٤٠٬٠٠٠ د.ل.</p>
""")

s.page("akhbar.html", "أخبار", """
<h1>أخبار</h1>
<p>فندق قريب من الحاضنة يمنح المشاركين سعر ٢٥٠ د.ل لليلة.</p>
<p>حافلة من تونس إلى مصراتة: نحو ٩٠ دينارًا تونسيًا للرحلة.</p>
""")

ENTRY = entry(s, name="Solar irrigation hackathon 2027 (Sahel agri-innovation incubator, Misrata, Libya)",
    languages=["ar"], fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(16, 7, ["id_document", "phone", "birth_date", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=17, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "musharaka.html", "tasjil.html", "an-bud.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "ثمانٍ وأربعون ساعة لبناء حلول تقنية تساعد المزارعين الصغار"),
                      Q("index.html", "Hackathon n tafat n yiṭij ad yili deg Misrata.", "Nafusi Tamazight section without lang: not listable")],
        "un_languages": [N("ar")],
        "fees": [Q("musharaka.html", "المشاركة في الهاكاثون مجانية لجميع الفرق، ولا يُطلب أي رسم تسجيل.", "fees []"),
                 Q("jawaez.html", "٣٠٬٠٠٠ دينار ليبي", "prize: not a fee"),
                 Q("jawaez.html", "مكافأة قدرها ١٬٥٠٠ د.ل", "mentor honorarium: not a fee"),
                 Q("ruah.html", "٤٠٬٠٠٠ د.ل", "sponsor: not a fee"),
                 Q("akhbar.html", "سعر ٢٥٠ د.ل لليلة", "hotel: not a fee"),
                 Q("akhbar.html", "نحو ٩٠ دينارًا تونسيًا للرحلة", "TND bus: not a fee")],
        "free_option": [Q("musharaka.html", "المشاركة في الهاكاثون مجانية لجميع الفرق")],
        "fee_support": [Q("musharaka.html", "تتكفّل الحاضنة بتذاكر السفر والإقامة لفرق الجنوب القادمة من سبها وأوباري.")],
        "remote_participation": [Q("an-bud.html", "ثم تعرض نموذجها على لجنة التحكيم عبر Google Meet وتجيب عن أسئلة المحكّمين مباشرة")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [Q("musharaka.html", "لا حاجة إلى إنشاء حساب على أي منصة")],
        "registration_form": [N("16 fields: team name, city select, track radio, leader name, national number, phone, e-mail, birth date, university/employer, member 2 name and birth date, member 3 name and birth date, idea textarea, deck file, rules checkbox; required: 4 marked (يُملأ وجوبًا) + track radio + e-mail + rules checkbox (required attr) = 7", "tasjil.html"),
                              Q("tasjil.html", "الرقم الوطني (يُملأ وجوبًا)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("musharaka.html", "من ١٧ سنة فما فوق")],
        "accessibility_statement": [Q("wusul.html", "ويصل إليها مصعد يتسع للكراسي المتحركة")],
        "access_services": [Q("wusul.html", "ويصل إليها مصعد يتسع للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "نوفّر مترجمًا للغة الإشارة الليبية عند الطلب", "sign_language on request")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
