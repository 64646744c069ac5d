"""Digital day of a federation of civil-society associations (Tunis).
ar-TN (rtl) with a whole French page declared lang="ar-TN"; nothing said about the cost of taking part (fees [],
free_option null) among dinar prices (د.ت, DT, دينار); travel and lodging covered; in person only; hCaptcha;
CIN; Tunisian sign language."""
from lib import mk, Q, M, N, entry, video, placeholder_media

SLUG = "multaqa-aljamiyat-arraqmi-tunis"
s = mk(SLUG, "الملتقى الرقمي للجمعيات 2027", "ar-TN", "#c8102e", "مج",
       [("index.html", "الرئيسية"), ("tasjil.html", "التسجيل"), ("daam.html", "الدعم"), ("nafadh.html", "النفاذ"),
        ("barnamaj.html", "البرنامج"), ("iqama.html", "الإقامة والتنقل"), ("fr/index.html", "Français")],
       dir="rtl",
       foot={"ar-TN": '<p>الجامعة التونسية للجمعيات (افتراضية) · <a href="@ajniha.html">الأجنحة والرعاية</a> · '
                      '<a href="@wazaif.html">وظائف</a> · contact@multaqa-jamiyat.example.tn</p>'})

placeholder_media(s, "media/multaqa-2026.mp4")

s.page("index.html", "الملتقى الرقمي للجمعيات 2027", f"""
<h1>الملتقى الرقمي للجمعيات 2027</h1>
<p>تونس، 13 و14 نوفمبر 2027 · مدينة الثقافة (افتراضي)</p>
<p>يجمع الملتقى الجمعيات التونسية من كل الولايات لتبادل التجارب في استعمال الأدوات الرقمية والتواصل مع المواطنين وحماية المعطيات الشخصية.</p>
<p><a href="@tasjil.html">سجّل الآن</a> · <a href="@daam.html">دعم التنقل والإقامة</a> · <a href="@nafadh.html">النفاذ لذوي الإعاقة</a></p>
{video("media/multaqa-2026.mp4")}
""")

s.page("fr/index.html", "Forum numérique des associations 2027", """
<h1>Forum numérique des associations 2027</h1>
<p>Tunis, 13 et 14 novembre 2027 · Cité de la culture (fictive)</p>
<p>Le Forum numérique des associations réunit les associations tunisiennes de tous les gouvernorats pour échanger sur
les outils numériques, le dialogue avec les citoyens et la protection des données personnelles.</p>
<p>L'inscription préalable est obligatoire avant le 31 octobre, via le formulaire en arabe.</p>
<p>Le forum se tient uniquement en présentiel.</p>
<p>La salle est accessible aux personnes en fauteuil roulant et les séances plénières sont traduites en langue des signes tunisienne.</p>
""", dir="ltr")

s.page("tasjil.html", "التسجيل", """
<h1>التسجيل</h1>
<p>المشاركة مفتوحة لممثلي الجمعيات البالغين من العمر 18 سنة فما فوق.</p>
<p>التسجيل المسبق إجباري قبل 31 أكتوبر.</p>
<p>الملتقى حضوري فقط، ولا يوجد بث مباشر.</p>
<form action="@tasjil.html" method="post">
  <label for="ism">الاسم واللقب *</label>
  <input type="text" id="ism" name="ism">
  <label for="jamiya">اسم الجمعية *</label>
  <input type="text" id="jamiya" name="jamiya">
  <label for="wilaya">الولاية</label>
  <select id="wilaya" name="wilaya"><option>تونس</option><option>صفاقس</option><option>القصرين</option><option>قفصة</option></select>
  <label for="hatif">الهاتف *</label>
  <input type="tel" id="hatif" name="hatif">
  <label for="barid">البريد الإلكتروني *</label>
  <input type="email" id="barid" name="barid">
  <label for="cin">رقم بطاقة التعريف الوطنية *</label>
  <input type="text" id="cin" name="cin">
  <fieldset><legend>مجال نشاط الجمعية</legend>
    <input type="radio" id="m1" name="majal" value="thaqafa"> <label for="m1">ثقافة</label>
    <input type="radio" id="m2" name="majal" value="bia"> <label for="m2">بيئة</label>
    <input type="radio" id="m3" name="majal" value="huquq"> <label for="m3">حقوق</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="muwafaqa" name="muwafaqa" required> <label for="muwafaqa">أوافق على معالجة معطياتي الشخصية</label></div>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000002"></div>
  <button type="submit">إرسال</button>
</form>
""")

s.page("daam.html", "الدعم", """
<h1>دعم المشاركين</h1>
<p>تتكفل الجامعة بمصاريف التنقل والإقامة لممثلي الجمعيات القادمين من ولايات الداخل.</p>
<p>تُعلن في الملتقى منح تصل إلى 5000 د.ت للمشاريع الرقمية للجمعيات.</p>
""")

s.page("nafadh.html", "النفاذ", """
<h1>النفاذ لذوي الإعاقة</h1>
<p>القاعة مجهزة لاستقبال مستعملي الكراسي المتحركة.</p>
<p>تتوفر ترجمة إلى لغة الإشارة التونسية في الجلسات العامة.</p>
<p>لأي حاجة خاصة، راسلونا على nafadh@multaqa-jamiyat.example.tn</p>
""")

s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج</h1>
<ul>
  <li>رسوم المعاملات البنكية للجمعيات</li>
  <li>تسجيل الجمعيات في السجل الوطني إلكترونياً</li>
  <li>اللغة الواضحة في التواصل مع المواطنين</li>
  <li>حماية المعطيات الشخصية للمنخرطين</li>
</ul>
""")

s.page("ajniha.html", "الأجنحة والرعاية", """
<h1>الأجنحة والرعاية</h1>
<p>كراء جناح عرض: 800 د.ت</p>
<p>راعٍ ذهبي: 15.000 دينار</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>نزل البحيرة (افتراضي): 120 دينار لليلة الواحدة.</p>
<p>تذكرة المترو الخفيف: 0,700 DT. سيارة أجرة من مطار تونس قرطاج: حوالي 15 DT.</p>
<p>اللواج من صفاقس: 25 د.ت</p>
""")

s.page("wazaif.html", "وظائف", """
<h1>وظائف</h1>
<p>مكلف بالتواصل الرقمي، الأجر 1.800 د.ت شهرياً.</p>
""")

ENTRY = entry(
    s, name="الملتقى الرقمي للجمعيات 2027 (federation of associations' digital day, Tunis)",
    languages=["ar", "fr"],
    fees=[],
    free_option=None, fee_support=True, remote_participation=False, captcha=["hcaptcha"], account_required=False,
    registration_form=(8, 6, ["affiliation", "phone", "id_document"]), min_age=18, accessibility_statement=True,
    access_services=["sign_language", "wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "tasjil.html", "daam.html", "nafadh.html", "fr/index.html"],
    evidence={
        "languages": [Q("index.html", "يجمع الملتقى الجمعيات التونسية من كل الولايات"),
                      Q("fr/index.html", "Le Forum numérique des associations réunit les associations tunisiennes",
                        "whole page in French with lang=ar-TN")],
        "un_languages": [N("ar, fr")],
        "fees": [N("no participation fee is stated anywhere; the only amounts are distractors"),
                 Q("daam.html", "منح تصل إلى 5000 د.ت", "grant, not a fee"),
                 Q("ajniha.html", "كراء جناح عرض: 800 د.ت", "exhibitor"),
                 Q("ajniha.html", "راعٍ ذهبي: 15.000 دينار", "sponsor"),
                 Q("iqama.html", "نزل البحيرة (افتراضي): 120 دينار لليلة الواحدة.", "hotel"),
                 Q("iqama.html", "تذكرة المترو الخفيف: 0,700 DT. سيارة أجرة من مطار تونس قرطاج: حوالي 15 DT.", "tram, taxi"),
                 Q("iqama.html", "اللواج من صفاقس: 25 د.ت", "shared taxi"),
                 Q("wazaif.html", "الأجر 1.800 د.ت شهرياً", "salary"),
                 Q("barnamaj.html", "رسوم المعاملات البنكية للجمعيات", "session title")],
        "free_option": [N("the site says nothing about the cost of taking part (neither a fee nor that it is free): null"),
                        Q("tasjil.html", "التسجيل المسبق إجباري قبل 31 أكتوبر.", "registration, no cost stated")],
        "fee_support": [Q("daam.html", "تتكفل الجامعة بمصاريف التنقل والإقامة لممثلي الجمعيات القادمين من ولايات الداخل.")],
        "remote_participation": [Q("tasjil.html", "الملتقى حضوري فقط، ولا يوجد بث مباشر."),
                                 Q("fr/index.html", "Le forum se tient uniquement en présentiel.")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [N("no account; own form")],
        "registration_form": [N("8 fields: name, association, wilaya select, phone, email, CIN number, domain (radio=1), consent "
                                "checkbox. Required: name, association, phone, email, CIN ('*') + consent (required) = 6. "
                                "Sensitive: affiliation (association), phone, id_document (CIN).", "tasjil.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("tasjil.html", "المشاركة مفتوحة لممثلي الجمعيات البالغين من العمر 18 سنة فما فوق.")],
        "accessibility_statement": [Q("nafadh.html", "لأي حاجة خاصة، راسلونا على nafadh@multaqa-jamiyat.example.tn")],
        "access_services": [Q("nafadh.html", "القاعة مجهزة لاستقبال مستعملي الكراسي المتحركة."),
                            Q("nafadh.html", "تتوفر ترجمة إلى لغة الإشارة التونسية في الجلسات العامة.")],
        "videos_without_captions": [M("index.html", 'src="media/multaqa-2026.mp4">', "no track")],
        "pdf_only_documents": [N("programme in HTML, no PDF")],
    })
