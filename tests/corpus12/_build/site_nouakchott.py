from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "الرئيسية"), ("tasjil.html", "التسجيل في الاستشارة"), ("an-bud.html", "المشاركة عن بُعد"),
       ("wusul.html", "الولوج وإمكانية الوصول"), ("mashrou.html", "مشروع القانون"), ("akhbar.html", "أخبار اللجنة"),
       ("ittisal.html", "اتصل بنا"), ("consultation-fr.html", "Français")]
s = mk("istishara-watania-huquq-insan-nouakchott", "اللجنة الوطنية لحقوق الإنسان — الاستشارة العمومية", "ar-MR", "#7a3e00", "لح", NAV,
       dir="rtl", foot={"ar-MR": "<p>اللجنة الوطنية لحقوق الإنسان، نواكشوط — consultation@cndh-rim.example.org</p>"})
placeholder_media(s, "media/appel.mp4")
vtt(s, "media/appel-ar.vtt", "تدعوكم اللجنة إلى المشاركة")
s.write("docs/projet-loi-acces-information.pdf", b"%PDF-1.4\n% placeholder\n")
s.pdf("docs/projet-loi-acces-information.pdf", "Projet de loi relatif a l'acces a l'information\nArticle 1 ...")
s.page("index.html", "الاستشارة العمومية حول مشروع قانون الحق في الوصول إلى المعلومات", f"""
<h1>استشارة عمومية حول مشروع قانون الحق في الوصول إلى المعلومات</h1>
<p>تنظم اللجنة الوطنية لحقوق الإنسان جلسة استماع عمومية يومي ٨ و٩ مارس ٢٠٢٧ في قصر المؤتمرات بنواكشوط، لجمع آراء المواطنين والجمعيات والصحفيين حول مشروع القانون قبل إحالته إلى البرلمان.</p>
<p>المشاركة في الاستشارة مجانية ومفتوحة للجميع بعد التسجيل المسبق.</p>
<p><a class="button" href="@tasjil.html">سجّل للمشاركة</a> · <a href="@mashrou.html">اقرأ مشروع القانون</a></p>
{video("media/appel.mp4", track="media/appel-ar.vtt", track_lang="ar", label="العربية")}
""")
s.page("tasjil.html", "التسجيل", """
<h1>التسجيل في الاستشارة</h1>
<p>يُرجى ملء الاستمارة قبل ١ مارس. الحقول المشار إليها بعلامة * إلزامية.</p>
<form action="@tasjil.html" method="post">
<label for="n">الاسم الكامل *</label><input type="text" id="n" name="name" required>
<label for="t">رقم الهاتف *</label><input type="tel" id="t" name="tel" required>
<label for="w">الولاية</label><select id="w" name="wilaya"><option>نواكشوط الغربية</option><option>الحوض الشرقي</option><option>اترارزة</option><option>كيدي ماغا</option></select>
<label for="o">الجمعية أو المؤسسة</label><input type="text" id="o" name="org">
<label for="nni">الرقم الوطني للتعريف (NNI) *</label><input type="text" id="nni" name="nni" required>
<p class="check"><input type="checkbox" id="c" name="consent" required><label for="c">أوافق على نشر ملخص مداخلتي *</label></p>
<button type="submit">تسجيل</button>
</form>
<p>يُمنع اصطحاب الأطفال دون 15 سنة إلى قاعة الجلسات إلا برفقة أحد الوالدين.</p>
""")
s.page("an-bud.html", "المشاركة عن بُعد", """
<h1>المشاركة عن بُعد</h1>
<p>يمكن للمشاركين من الولايات الداخلية متابعة الجلسات وطلب الكلمة عبر Zoom، وتُقرأ مداخلاتهم في محضر الاستشارة.</p>
<p>تتكفل اللجنة بنقل المشاركين المسجلين من عواصم الولايات إلى نواكشوط، ويُصرف تعويض نقل قدره 3,000 أوقية جديدة لكل مشارك.</p>
""")
s.page("wusul.html", "الولوج", """
<h1>الولوج وإمكانية الوصول</h1>
<p>قصر المؤتمرات مجهز بممرات منحدرة ومصعد لمستخدمي الكراسي المتحركة.</p>
<p>يتوفر مترجم للغة الإشارة الموريتانية طوال الجلستين، وترجمة فورية بين العربية والبولارية والسوننكية والولفية والفرنسية.</p>
<p>لأي احتياج خاص يُرجى الاتصال بالرقم 45 25 00 00 أو الكتابة إلى acces@cndh-rim.example.org.</p>
""")
s.page("mashrou.html", "مشروع القانون", """
<h1>مشروع القانون</h1>
<p>النص الكامل لمشروع القانون متاح فقط بصيغة PDF: <a href="@docs/projet-loi-acces-information.pdf">تحميل مشروع القانون (PDF، 2 ميغابايت)</a>.</p>
<p>تنص المادة ١٢ على أن رسوم استخراج الوثائق الإدارية لا تتجاوز 1,000 أوقية جديدة.</p>
""")
s.page("akhbar.html", "أخبار", """
<h1>أخبار اللجنة</h1>
<p>أطلقت اللجنة برنامج منح صغيرة للجمعيات الحقوقية تصل قيمتها إلى 200,000 أوقية جديدة لكل مشروع.</p>
<p>إعلان توظيف: مسؤول متابعة وتقييم، الراتب الشهري 45,000 أوقية جديدة.</p>
""")
s.page("ittisal.html", "اتصل بنا", """
<h1>اتصل بنا</h1>
<form action="@ittisal.html" method="post">
<label for="cn">الاسم</label><input type="text" id="cn" name="n">
<label for="ce">البريد الإلكتروني</label><input type="email" id="ce" name="e">
<label for="cm">رسالتك</label><textarea id="cm" name="m"></textarea>
<button type="submit">إرسال</button></form>
""")
s.page("consultation-fr.html", "Consultation publique — projet de loi sur l'accès à l'information", """
<h1>Consultation publique sur le projet de loi relatif au droit d'accès à l'information</h1>
<p>La Commission nationale des droits de l'homme organise une audition publique les 8 et 9 mars 2027 au Palais des congrès de Nouakchott afin de recueillir l'avis des citoyens, des associations et des journalistes.</p>
<p>La participation est gratuite et ouverte à toutes et à tous après inscription. Les participants des wilayas de l'intérieur peuvent prendre la parole à distance par Zoom.</p>
<p>Un interprète en langue des signes mauritanienne est présent pendant les deux journées.</p>
""", dir="ltr")
ENTRY = entry(s, name="Public consultation on the access-to-information bill (national human-rights commission, Nouakchott)",
    languages=["ar", "fr"], fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=[],
    account_required=False, registration_form=(6, 4, ["phone", "affiliation", "id_document"]), min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "tasjil.html", "an-bud.html", "wusul.html", "mashrou.html", "consultation-fr.html"],
    evidence={
        "languages": [Q("index.html", "تنظم اللجنة الوطنية لحقوق الإنسان جلسة استماع عمومية"),
                      Q("consultation-fr.html", "La Commission nationale des droits de l'homme organise une audition publique", "whole page in French with lang=ar-MR")],
        "un_languages": [N("ar, fr")],
        "fees": [N("no price of taking part"), Q("an-bud.html", "تعويض نقل قدره 3,000 أوقية جديدة", "transport allowance, not a fee"),
                 Q("mashrou.html", "رسوم استخراج الوثائق الإدارية لا تتجاوز 1,000 أوقية جديدة", "subject of the bill, not a fee"),
                 Q("akhbar.html", "تصل قيمتها إلى 200,000 أوقية جديدة لكل مشروع", "grant"), Q("akhbar.html", "الراتب الشهري 45,000 أوقية جديدة", "salary")],
        "free_option": [Q("index.html", "المشاركة في الاستشارة مجانية ومفتوحة للجميع بعد التسجيل المسبق."), Q("consultation-fr.html", "La participation est gratuite")],
        "fee_support": [Q("an-bud.html", "تتكفل اللجنة بنقل المشاركين المسجلين من عواصم الولايات إلى نواكشوط")],
        "remote_participation": [Q("an-bud.html", "متابعة الجلسات وطلب الكلمة عبر Zoom")],
        "captcha": [N("no CAPTCHA on any form")],
        "account_required": [N("no account")],
        "registration_form": [N("6 fields: name, phone, wilaya select, organisation, NNI, consent checkbox; required (* and required): name, phone, NNI, consent = 4. Sensitive: phone, affiliation, id_document (national identification number). The 3-field contact form is not the registration form.", "tasjil.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form; only the bill is a PDF")],
        "min_age": [Q("tasjil.html", "يُمنع اصطحاب الأطفال دون 15 سنة إلى قاعة الجلسات إلا برفقة أحد الوالدين.", "children accompanied: not a minimum age")],
        "accessibility_statement": [Q("wusul.html", "لأي احتياج خاص يُرجى الاتصال بالرقم")],
        "access_services": [Q("wusul.html", "قصر المؤتمرات مجهز بممرات منحدرة ومصعد لمستخدمي الكراسي المتحركة."),
                            Q("wusul.html", "يتوفر مترجم للغة الإشارة الموريتانية طوال الجلستين، وترجمة فورية بين العربية والبولارية")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/appel-ar.vtt"', "the only video has captions")],
        "pdf_only_documents": [Q("mashrou.html", "النص الكامل لمشروع القانون متاح فقط بصيغة PDF", "the document under consultation only as PDF")],
    })
