"""Amman: a municipality's public hearings on a draft public-transport plan (ar-JO, rtl; English section without lang)."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

NAV = [("index.html", "الرئيسية"), ("mushaaraka.html", "طلب المداخلة"), ("wathaiq.html", "مسودة الخطة"),
       ("bath.html", "البث المباشر"), ("wusul.html", "إمكانية الوصول"), ("akhbar.html", "الأخبار"),
       ("asila.html", "أسئلة شائعة"), ("tawasul.html", "اتصل بنا")]
s = mk("jalasat-alistima-khittat-alnaql-amman", "جلسات الاستماع لخطة النقل العام في عمّان", "ar-JO", "#7a2e1d", "نقل", NAV,
       dir="rtl", foot={"ar-JO": "<p>وحدة التخطيط التشاركي — naql@amanah.example.jo</p>"})
placeholder_media(s, "media/sharh.mp4")
vtt(s, "media/sharh.ar.vtt", "مرحبًا بكم في جلسات الاستماع")

s.page("index.html", "جلسات الاستماع لخطة النقل العام", """
<h1>جلسات الاستماع العامة لمسودة خطة النقل العام ٢٠٢٧–٢٠٣٥</h1>
<p>تدعو الأمانة سكان عمّان إلى إبداء آرائهم في مسودة خطة النقل العام، من خطوط الحافلات السريعة إلى مواقف الانتظار وممرات المشاة. تُعقد أربع جلسات في مراكز الأحياء بين ٣ و٢٤ مارس ٢٠٢٧.</p>
""" + video("media/sharh.mp4", track="media/sharh.ar.vtt", track_lang="ar", label="العربية") + """
<h2>Public hearings in English</h2>
<p>Residents of Amman are invited to comment on the draft public transport plan for 2027 to 2035. Four hearings take place in neighbourhood centres in March; anyone who wishes to speak for three minutes should send a request to speak through the form in Arabic.</p>
<p>Written comments in English are also welcome by e-mail until 31 March.</p>
""")

form = "".join([
    fld("name", "الاسم الكامل *", req=True),
    fld("natid", "الرقم الوطني *", req=True),
    fld("phone", "رقم الهاتف *", "tel", req=True),
    fld("email", "البريد الإلكتروني", "email"),
    fld("area", "المنطقة *", "select", req=True, opts=["زهران", "ماركا", "القويسمة", "أبو نصير"]),
    fld("org", "الجهة التي تمثلها (إن وجدت)"),
    fld("topic", "موضوع المداخلة *", "textarea", req=True),
    fld("pledge", "أتعهد بالالتزام بمدة ثلاث دقائق للمداخلة *", "checkbox", req=True),
])
s.page("mushaaraka.html", "طلب المداخلة", f"""
<h1>طلب المداخلة في جلسة استماع</h1>
<p>يحق لمن أتمّ الثامنة عشرة من سكان عمّان التقدم بطلب مداخلة شفوية مدتها ثلاث دقائق. الحضور دون مداخلة لا يحتاج إلى طلب.</p>
<form action="@mushaaraka.html" method="post">
{form}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-example-amn"></div>
<button type="submit">إرسال الطلب</button>
</form>
<p>لا تُصرف بدلات تنقل أو مكافآت للمشاركين في الجلسات.</p>
""")

s.pdf("docs/musawwadat-khittat-alnaql.pdf", "Draft public transport plan 2027-2035\nAmman (placeholder)")
s.page("wathaiq.html", "مسودة الخطة", """
<h1>مسودة الخطة</h1>
<p>مسودة خطة النقل العام متاحة بصيغة PDF فقط: <a href="@docs/musawwadat-khittat-alnaql.pdf">تنزيل المسودة (PDF، ٤٫٢ ميغابايت)</a>.</p>
<p>تقترح المسودة توحيد أجرة الحافلة داخل المدينة عند ٠٫٤٥٠ د.أ للرحلة، وإنشاء بطاقة شهرية بسعر ٢٠ دينارًا أردنيًا.</p>
""")

s.page("bath.html", "البث المباشر", """
<h1>البث المباشر</h1>
<p>تُبث الجلسات مباشرة على صفحة الأمانة في فيسبوك للمشاهدة فقط؛ لا تُقرأ التعليقات ولا تُقبل المداخلات عن بُعد.</p>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>جميع مراكز الأحياء المستضيفة مزودة بمنحدرات ومداخل مناسبة للكراسي المتحركة.</p>
<p>يتوفر مترجم بلغة الإشارة الأردنية في كل جلسة.</p>
<p>لطلب أي ترتيبات أخرى اتصلوا بالرقم 06-5550101 أو اكتبوا إلى wusul@amanah.example.jo.</p>
""")

s.page("akhbar.html", "الأخبار", "<h1>الأخبار</h1><p>نُشرت نتائج الاستبيان الأولي حول أوقات الذروة في الخطوط الرئيسية.</p>")
s.page("asila.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details><summary>هل يمكنني إرسال ملاحظات مكتوبة؟</summary><p>نعم، حتى ٣١ مارس على البريد naql@amanah.example.jo.</p></details>
<details><summary>متى تُنشر الخطة النهائية؟</summary><p>في الربع الثالث من ٢٠٢٧.</p></details>
""")
s.page("tawasul.html", "اتصل بنا", "<h1>اتصل بنا</h1><p>مبنى الأمانة، الطابق الثالث، مكتب التخطيط التشاركي.</p>")

ENTRY = entry(
    s, name="Amman public-transport plan hearings 2027 (municipality, Amman)",
    languages=["ar", "en"], fees=[],
    free_option=None, fee_support=False, remote_participation=False, captcha=["hcaptcha"],
    account_required=False, registration_form=(8, 6, ["id_document", "phone", "affiliation"]),
    registration_host=None, min_age=18, accessibility_statement=True,
    access_services=["sign_language", "wheelchair_access"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "mushaaraka.html", "wathaiq.html", "bath.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "تدعو الأمانة سكان عمّان إلى إبداء آرائهم في مسودة خطة النقل العام"),
                      Q("index.html", "Residents of Amman are invited to comment on the draft public transport plan", "English section without a lang attribute")],
        "un_languages": [N("ar, en")],
        "fees": [N("nothing said about a cost of taking part"),
                 Q("wathaiq.html", "توحيد أجرة الحافلة داخل المدينة عند ٠٫٤٥٠ د.أ للرحلة", "fares under consultation: not fees"),
                 Q("wathaiq.html", "بطاقة شهرية بسعر ٢٠ دينارًا أردنيًا", "subject of the consultation: not a fee")],
        "free_option": [N("no word on cost: null")],
        "fee_support": [Q("mushaaraka.html", "لا تُصرف بدلات تنقل أو مكافآت للمشاركين في الجلسات.")],
        "remote_participation": [Q("bath.html", "للمشاهدة فقط؛ لا تُقرأ التعليقات ولا تُقبل المداخلات عن بُعد.")],
        "captcha": [M("mushaaraka.html", '<div class="h-captcha"')],
        "account_required": [N("no account or login")],
        "registration_form": [N("request-to-speak form: 8 fields (name, national number, phone, e-mail, area select, organisation, topic textarea, pledge checkbox); 6 marked *; sensitive id_document, phone, affiliation", "mushaaraka.html"),
                              Q("mushaaraka.html", "الرقم الوطني *")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("mushaaraka.html", "يحق لمن أتمّ الثامنة عشرة من سكان عمّان", "18, in words")],
        "accessibility_statement": [Q("wusul.html", "جميع مراكز الأحياء المستضيفة مزودة بمنحدرات ومداخل مناسبة للكراسي المتحركة.")],
        "access_services": [Q("wusul.html", "مناسبة للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "يتوفر مترجم بلغة الإشارة الأردنية في كل جلسة.", "sign_language")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "the only video has captions")],
        "pdf_only_documents": [Q("wathaiq.html", "مسودة خطة النقل العام متاحة بصيغة PDF فقط", "draft plan under consultation only as PDF")],
    })
