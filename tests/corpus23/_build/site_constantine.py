from lib import *

NAV = [("index.html", "الرئيسية"), ("rusum.html", "رسوم المشاركة"), ("tasjil.html", "التسجيل"),
       ("barnamaj.html", "البرنامج"), ("wusul.html", "سهولة الوصول"), ("ruaat.html", "الرعاة"),
       ("iqama.html", "الإقامة والتنقل"), ("wazaif.html", "عروض عمل")]
s = mk("multaqa-almaktabiyin-qasantina", "الملتقى الوطني للمكتبيين والأرشيفيين ٢٠٢٧", "ar-DZ", "#1f5f8b", "مك", NAV,
       dir="rtl", foot={"ar-DZ": "<p>جمعية المكتبيين الجزائريين، فرع قسنطينة — contact@maktabat-qsn.example.dz</p>"})

s.page("index.html", "الملتقى الوطني للمكتبيين والأرشيفيين — قسنطينة ٢٠٢٧", """
<h1>الملتقى الوطني للمكتبيين والأرشيفيين</h1>
<p>تنظم جمعية المكتبيين الجزائريين ملتقاها الوطني الثالث في قصر الثقافة بقسنطينة من ١٢ إلى ١٤ أفريل ٢٠٢٧، ويجمع
العاملين في المكتبات الجامعية والبلدية ومراكز الأرشيف وطلبة علم المكتبات حول موضوع رقمنة الرصيد المحلي.</p>
<p>اطلعوا على <a href="@rusum.html">رسوم المشاركة</a> ثم املؤوا <a href="@tasjil.html">استمارة التسجيل</a>. الأرشيف
المصور للدورة الماضية: <a href="@arshif-2026.html">دورة ٢٠٢٦</a>.</p>
<video controls preload="none" width="640" src="media/taqdim.mp4"></video>
<section>
<h2>Présentation en français</h2>
<p>La rencontre nationale des bibliothécaires et archivistes réunit à Constantine les personnels des bibliothèques
universitaires et municipales, des centres d'archives et les étudiants en bibliothéconomie. Les travaux portent
cette année sur la numérisation des fonds locaux et sur l'accueil des lecteurs en langue amazighe.</p>
<p>Les frais d'inscription sont indiqués en dinars sur la page des tarifs ; la journée portes ouvertes est gratuite.</p>
</section>
""")
placeholder_media(s, "media/taqdim.mp4")

s.page("rusum.html", "رسوم المشاركة", """
<h1>رسوم المشاركة</h1>
<table><caption>رسوم التسجيل</caption>
<tr><th>الفئة</th><th>المبلغ</th></tr>
<tr><td>المهنيون (مكتبيون، أرشيفيون، باحثون)</td><td>٣٬٠٠٠ دج</td></tr>
<tr><td>طلبة علم المكتبات (بتقديم بطاقة الطالب)</td><td>١٬٥٠٠ د.ج</td></tr>
</table>
<p>ورشة تطبيقية في رقمنة المخطوطات (اليوم الثالث، المقاعد محدودة): ٤٬٠٠٠ دينار جزائري إضافية.</p>
<p class="note">يوم الأبواب المفتوحة (١٤ أفريل صباحًا) مجاني ومفتوح لعموم القراء دون تسجيل مسبق.</p>
<p>تُدفع الرسوم نقدًا عند الاستقبال أو بحوالة بريدية.</p>
""")

s.page("tasjil.html", "التسجيل", f"""
<h1>استمارة التسجيل</h1>
<p>الحقول المتبوعة بعبارة (إلزامي) يجب ملؤها.</p>
<form action="@tasjil.html" method="post">
{fld("nom", "الاسم واللقب (إلزامي)")}
{fld("email", "البريد الإلكتروني (إلزامي)", "email")}
{fld("tel", "رقم الهاتف (إلزامي)", "tel")}
{fld("cni", "رقم بطاقة التعريف الوطنية (إلزامي)")}
{fld("etab", "المؤسسة أو المكتبة (إلزامي)")}
{fld("wilaya", "الولاية", "select", opts=["قسنطينة", "سطيف", "عنابة", "باتنة", "أخرى"])}
{radios("fia", "الفئة (إلزامي)", ["مهني", "طالب"])}
{fld("warsha", "أرغب في ورشة رقمنة المخطوطات", "checkbox")}
{fld("muwafaqa", "أوافق على معالجة بياناتي لأغراض الملتقى (إلزامي)", "checkbox")}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">إرسال</button>
</form>
""")

s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج</h1>
<p>ثلاثة أيام من المحاضرات والورشات حول رقمنة الأرصدة المحلية وحفظ الأرشيف البلدي.</p>
<p>البرنامج التفصيلي متوفر بصيغة PDF فقط: <a href="@docs/barnamaj-2027.pdf">تحميل البرنامج (PDF)</a>.</p>
<p>لا توجد مشاركة عن بعد: جميع الجلسات حضورية في قصر الثقافة.</p>
""")
s.pdf("docs/barnamaj-2027.pdf", "Multaqa 2027 - programme\n12-14 avril 2027, Constantine")

s.page("wusul.html", "سهولة الوصول", """
<h1>سهولة الوصول</h1>
<p>تقع قاعة المحاضرات في الطابق الأرضي، ومدخلها مهيأ للكراسي المتحركة، وتتوفر دورة مياه مهيأة.</p>
<p>لا تتوفر ترجمة بلغة الإشارة في هذه الدورة.</p>
<p>لأي احتياج خاص راسلونا قبل ٢٠ مارس على wusul@maktabat-qsn.example.dz.</p>
""")

s.page("ruaat.html", "الرعاة", """
<h1>الرعاة والعارضون</h1>
<p>راعٍ رئيسي: ٢٠٠٬٠٠٠ دج. جناح عرض لدور النشر: ٢٥٬٠٠٠ دج للأيام الثلاثة.</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق سيرتا الجديد (شريك): ٧٬٥٠٠ دج لليلة. تذكرة الترامواي من محطة الحافلات: ٤٠ دج.</p>
""")

s.page("wazaif.html", "عروض عمل", """
<h1>عروض عمل</h1>
<p>مكتبة بلدية الخروب توظف أمين مكتبة، الراتب ٥٥٬٠٠٠ دج شهريًا.</p>
""")

ENTRY = entry(s, name="Rencontre nationale des bibliothécaires et archivistes 2027 (library association, Constantine)",
    languages=["ar", "fr"], fees=[(3000, "DZD"), (1500, "DZD"), (4000, "DZD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["hcaptcha"],
    account_required=False, registration_form=(9, 7, ["phone", "id_document", "affiliation"]),
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "barnamaj.html", "wusul.html"],
    deliberate_404=["arshif-2026.html"],
    evidence={
        "languages": [Q("index.html", "ويجمع العاملين في المكتبات الجامعية والبلدية"),
                      Q("index.html", "La rencontre nationale des bibliothécaires et archivistes réunit à Constantine",
                        "French section without lang")],
        "un_languages": [N("ar, fr")],
        "fees": [Q("rusum.html", "المهنيون (مكتبيون، أرشيفيون، باحثون) ٣٬٠٠٠ دج", "3000 DZD"),
                 Q("rusum.html", "١٬٥٠٠ د.ج", "students: 1500 DZD"),
                 Q("rusum.html", "٤٬٠٠٠ دينار جزائري إضافية", "add-on workshop: 4000 DZD"),
                 Q("ruaat.html", "راعٍ رئيسي: ٢٠٠٬٠٠٠ دج", "sponsorship and stand: not fees"),
                 Q("iqama.html", "٧٬٥٠٠ دج لليلة", "hotel and tram: not fees"),
                 Q("wazaif.html", "الراتب ٥٥٬٠٠٠ دج شهريًا", "salary: not a fee")],
        "free_option": [Q("rusum.html", "يوم الأبواب المفتوحة (١٤ أفريل صباحًا) مجاني ومفتوح لعموم القراء")],
        "fee_support": [Q("rusum.html", "طلبة علم المكتبات (بتقديم بطاقة الطالب) ١٬٥٠٠ د.ج", "student rate below 3000")],
        "remote_participation": [Q("barnamaj.html", "لا توجد مشاركة عن بعد")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account or login mentioned")],
        "registration_form": [N("9 fields (name, e-mail, phone, national ID card number, institution, wilaya select, "
                                "category radio, workshop checkbox, consent checkbox); 7 marked (إلزامي); sensitive "
                                "phone, id_document, affiliation", "tasjil.html"),
                              Q("tasjil.html", "رقم بطاقة التعريف الوطنية (إلزامي)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wusul.html", "ومدخلها مهيأ للكراسي المتحركة"),
                                    Q("wusul.html", "لأي احتياج خاص راسلونا")],
        "access_services": [Q("wusul.html", "ومدخلها مهيأ للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "لا تتوفر ترجمة بلغة الإشارة في هذه الدورة.", "negation: no sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/taqdim.mp4"></video>', "no track")],
        "pdf_only_documents": [Q("barnamaj.html", "البرنامج التفصيلي متوفر بصيغة PDF فقط"),
                               M("barnamaj.html", 'href="docs/barnamaj-2027.pdf"')],
    })
