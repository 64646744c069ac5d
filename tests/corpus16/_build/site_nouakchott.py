"""Nouakchott (Mauritania) international peace run: paid distances, a free family run; ar-MR, French page."""
from lib import mk, video, placeholder_media, Q, M, N, entry

NAV = [("index.html", "الرئيسية"), ("sibaq.html", "السباقات والرسوم"), ("tasjil.html", "التسجيل"),
       ("wusul.html", "إمكانية الوصول"), ("masar.html", "المسار"), ("jawaiz.html", "الجوائز والرعاة"),
       ("iqama.html", "الإقامة"), ("fr/index.html", "Français")]
NAV_FR = [("fr/index.html", "Accueil"), ("index.html", "العربية")]
s = mk("sibaq-nouakchott-addawli-lilsalam", "سباق نواكشوط الدولي للسلام", "ar-MR", "#0b6b3a", "سن",
       {"ar-MR": NAV, "fr": NAV_FR}, dir="rtl",
       foot={"ar-MR": '<p>الجمعية الموريتانية لألعاب القوى الشعبية — نواكشوط — <a href="mailto:sibaq@amap.example.mr">sibaq@amap.example.mr</a></p>',
             "fr": '<p>Association mauritanienne d\'athlétisme populaire — Nouakchott</p>'})
placeholder_media(s, "media/sibaq2026.mp4")

s.page("index.html", "سباق نواكشوط الدولي للسلام ٢٠٢٧", f"""
<h1>سباق نواكشوط الدولي للسلام — الدورة الخامسة</h1>
<p>صباح الجمعة ١٩ شباط ٢٠٢٧ على الطريق الساحلي لنواكشوط. ثلاثة سباقات: الماراثون، وسباق ١٠ كلم، والسباق العائلي ٥ كلم.</p>
<p>السباق العائلي ٥ كلم مجاني ومفتوح لجميع الأسر، مع التسجيل المسبق.</p>
<p>السباق حضوري فقط، ولا توجد مشاركة افتراضية أو سباق عن بُعد في هذه الدورة.</p>
{video("media/sibaq2026.mp4")}
<p><a href="@sibaq.html">السباقات والرسوم</a> · <a href="@tasjil.html">التسجيل</a> · <a href="@wusul.html">إمكانية الوصول</a> · <a href="@fr/index.html" hreflang="fr">Français</a></p>
""", alternates=[("fr", "fr/index.html")])

s.page("sibaq.html", "السباقات والرسوم", """
<h1>السباقات ورسوم التسجيل</h1>
<table>
<thead><tr><th>السباق</th><th>رسم التسجيل (أوقية جديدة)</th><th>السن الأدنى</th></tr></thead>
<tbody>
<tr><th>الماراثون ٤٢ كلم</th><td>300</td><td>ثمانية عشر عامًا</td></tr>
<tr><th>سباق ١٠ كلم</th><td>150</td><td>ستة عشر عامًا</td></tr>
<tr><th>السباق العائلي ٥ كلم</th><td>مجاني</td><td>من سن العاشرة برفقة ولي الأمر</td></tr>
</tbody>
</table>
<p>رسم الماراثون 300 أوقية جديدة، أي ما يعادل 3000 أوقية قديمة.</p>
<p>العداؤون المقيمون خارج موريتانيا: 50 دولارًا أمريكيًا للماراثون أو لسباق ١٠ كلم.</p>
<p>لا توجد تخفيضات للطلاب أو لغيرهم، ولا تتحمل اللجنة المنظمة أي تكاليف نقل أو إقامة.</p>
""")

s.page("tasjil.html", "التسجيل", """
<h1>استمارة التسجيل</h1>
<p>الحقول التي تحمل علامة * إلزامية.</p>
<form action="@tasjil.html" method="post" enctype="multipart/form-data">
  <label for="ism">الاسم الكامل *</label><input type="text" id="ism" name="ism">
  <label for="milad">تاريخ الميلاد *</label><input type="date" id="milad" name="milad">
  <fieldset><legend>الجنس *</legend>
    <input type="radio" id="g1" name="jins" value="m"><label for="g1">ذكر</label>
    <input type="radio" id="g2" name="jins" value="f"><label for="g2">أنثى</label>
  </fieldset>
  <label for="jinsiya">الجنسية *</label><select id="jinsiya" name="jinsiya"><option>موريتانية</option><option>سنغالية</option><option>مالية</option><option>أخرى</option></select>
  <label for="hatif">رقم الهاتف *</label><input type="tel" id="hatif" name="hatif">
  <label for="barid">البريد الإلكتروني *</label><input type="email" id="barid" name="barid">
  <label for="sibaq">السباق *</label><select id="sibaq" name="sibaq"><option>الماراثون</option><option>١٠ كلم</option><option>العائلي ٥ كلم</option></select>
  <label for="qamis">مقاس القميص</label><select id="qamis" name="qamis"><option>S</option><option>M</option><option>L</option><option>XL</option></select>
  <label for="nadi">النادي الرياضي</label><input type="text" id="nadi" name="nadi">
  <label for="tawari">هاتف شخص يُتصل به في حالات الطوارئ *</label><input type="tel" id="tawari" name="tawari">
  <label for="shahada">الشهادة الطبية *</label><input type="file" id="shahada" name="shahada">
  <div class="check"><input type="checkbox" id="iqrar" name="iqrar"><label for="iqrar">أقرّ بأنني لائق صحيًا للمشاركة *</label></div>
  <div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
  <button type="submit">تسجيل</button>
</form>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>فئة خاصة لمستخدمي الكراسي المتحركة في سباق ١٠ كلم، ومنطقتا الانطلاق والوصول مهيأتان بممرات للكراسي المتحركة.</p>
<p>للاستفسار عن أي احتياج خاص بالوصول راسلوا السيد محمد الأمين ولد أحمد على <a href="mailto:wusul@amap.example.mr">wusul@amap.example.mr</a>.</p>
""")

s.page("fr/index.html", "Course internationale de la paix de Nouakchott", """
<h1>Course internationale de la paix de Nouakchott</h1>
<p>Le vendredi 19 février 2027 sur la route côtière. Marathon : 300 MRU (nouvelles ouguiyas), 10 km : 150 MRU, coureurs résidant hors de Mauritanie : 50 USD. La course familiale de 5 km est gratuite, sur inscription.</p>
<p>Le marathon est réservé aux personnes de dix-huit ans et plus ; la course familiale est ouverte aux enfants dès dix ans accompagnés d'un parent. L'inscription se fait sur le formulaire en arabe.</p>
<p>Il n'y a ni réduction ni prise en charge du transport ou de l'hébergement.</p>
""", lang="fr", dir="ltr", alternates=[("ar", "index.html")])

s.page("masar.html", "المسار", """
<h1>المسار</h1>
<p>ينطلق السباق من ساحة الحرية ويمتد على الطريق الساحلي حتى ميناء الصيد التقليدي. محطات ماء كل خمسة كيلومترات.</p>
""")

s.page("jawaiz.html", "الجوائز والرعاة", """
<h1>الجوائز والرعاة</h1>
<p>الجائزة الأولى للماراثون: 200,000 أوقية جديدة لكل من فئتي الرجال والنساء.</p>
<p>باقة الراعي الرئيسي: 1,500,000 أوقية جديدة.</p>
""")

s.page("iqama.html", "الإقامة", """
<h1>الإقامة والتنقل</h1>
<p>فندق شريك قرب خط الانطلاق: 3,500 أوقية جديدة لليلة. أجرة سيارة الأجرة من المطار نحو 400 أوقية جديدة.</p>
""")

ENTRY = entry(
    s, name="5th Nouakchott International Peace Run (popular athletics association, Nouakchott, Mauritania)",
    languages=["ar", "fr"],
    fees=[(300, "MRU"), (150, "MRU"), (50, "USD")],
    free_option=True, fee_support=False, remote_participation=False, captcha=["turnstile"], account_required=False,
    registration_form=(12, 10, ["birth_date", "gender", "nationality", "phone", "affiliation"]), registration_host=None,
    min_age=10, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "sibaq.html", "tasjil.html", "wusul.html", "fr/index.html"],
    evidence={
        "languages": [Q("index.html", "ثلاثة سباقات: الماراثون، وسباق ١٠ كلم، والسباق العائلي ٥ كلم."),
                      Q("fr/index.html", "Le vendredi 19 février 2027 sur la route côtière.", "whole French page")],
        "un_languages": [N("ar, fr")],
        "fees": [M("sibaq.html", "<th>رسم التسجيل (أوقية جديدة)</th>", "currency only in the column header: MRU"),
                 M("sibaq.html", "<tr><th>الماراثون ٤٢ كلم</th><td>300</td>", "300 MRU"),
                 M("sibaq.html", "<tr><th>سباق ١٠ كلم</th><td>150</td>", "150 MRU"),
                 Q("sibaq.html", "أي ما يعادل 3000 أوقية قديمة", "same price in old ouguiyas: no new entry"),
                 Q("sibaq.html", "العداؤون المقيمون خارج موريتانيا: 50 دولارًا أمريكيًا", "50 USD"),
                 Q("fr/index.html", "Marathon : 300 MRU (nouvelles ouguiyas)", "French restatement, no new entries"),
                 Q("jawaiz.html", "الجائزة الأولى للماراثون: 200,000 أوقية جديدة", "prize and sponsor: not fees"),
                 Q("iqama.html", "3,500 أوقية جديدة لليلة", "hotel and taxi: not fees")],
        "free_option": [Q("index.html", "السباق العائلي ٥ كلم مجاني ومفتوح لجميع الأسر، مع التسجيل المسبق.")],
        "fee_support": [Q("sibaq.html", "لا توجد تخفيضات للطلاب أو لغيرهم، ولا تتحمل اللجنة المنظمة أي تكاليف نقل أو إقامة.")],
        "remote_participation": [Q("index.html", "السباق حضوري فقط، ولا توجد مشاركة افتراضية أو سباق عن بُعد في هذه الدورة.")],
        "captcha": [M("tasjil.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("tasjil.html: 12 fields: name, birth date, gender radio (=1), nationality select, phone, "
                                "e-mail, race select, T-shirt select, running club, emergency-contact phone, medical "
                                "certificate file, fitness checkbox. Required (*): all but T-shirt and club = 10. "
                                "Sensitive: birth_date, gender, nationality, phone (also the emergency contact), "
                                "affiliation (running club).", "tasjil.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [M("sibaq.html", "<td>من سن العاشرة برفقة ولي الأمر</td>", "family run from ten: 10 (lowest of 18, 16, 10)")],
        "accessibility_statement": [Q("wusul.html", "للاستفسار عن أي احتياج خاص بالوصول راسلوا السيد محمد الأمين ولد أحمد")],
        "access_services": [Q("wusul.html", "منطقتا الانطلاق والوصول مهيأتان بممرات للكراسي المتحركة")],
        "videos_without_captions": [M("index.html", 'src="media/sibaq2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
