from lib import *

NAV = [("index.html", "الملتقى"), ("tasjil.html", "التسجيل"), ("asila.html", "أسئلة وأجوبة"), ("wusul.html", "الوصول"),
       ("bahasa.html", "Bahasa Indonesia"), ("maared.html", "المعرض والرعاة"), ("sakan.html", "السكن"), ("akhbar.html", "أخبار")]
s = mk("multaqa-muzariei-almudarrajat-abha", "ملتقى مزارعي المدرجات الزراعية – أبها ١٤٤٨", "ar-SA", "#3d6b2e", "مد", NAV,
       dir="rtl", foot={"ar-SA": "<p>جمعية مزارعي المدرجات بعسير — حي المفتاحة، أبها. mudarrajat@asir-farmers.example.sa</p>"})

s.page("index.html", "ملتقى مزارعي المدرجات الزراعية", """
<h1>ملتقى مزارعي المدرجات الزراعية في عسير</h1>
<p>يلتقي مزارعو المدرجات الجبلية يومي ٢٠ و٢١ شوال في قاعة الجمعية بأبها، لتبادل الخبرة في ترميم جدران المدرجات الحجرية وحصاد
مياه الأمطار وزراعة البن الخولاني على السفوح.</p>
<p>المشاركة في الملتقى مجانية لجميع المزارعين والمزارعات، والتسجيل ورقي كما هو موضح في صفحة <a href="@tasjil.html">التسجيل</a>.</p>
<p>Informasi dalam bahasa Indonesia: <a href="@bahasa.html">klik di sini</a>.</p>
""")

s.page("tasjil.html", "التسجيل", """
<h1>التسجيل في الملتقى</h1>
<p>الملتقى مخصص للمزارعين والمزارعات ممن لا تقل أعمارهم عن خمس عشرة سنة.</p>
<p>التسجيل ورقي فقط: حمّلوا <a href="@docs/istimarat-almultaqa.pdf">استمارة المشاركة (PDF)</a> واملؤوها، ثم سلّموها إلى مكتب
الجمعية في أبها أو أرسلوها صورةً إلى البريد. لا نستقبل أي تسجيل عبر الإنترنت.</p>
<p>تتحمّل الجمعية تكاليف سكن المزارعين القادمين من قرى السودة وتنومة الجبلية ليلتي الملتقى.</p>
""")

s.page("asila.html", "أسئلة وأجوبة", """
<h1>أسئلة وأجوبة</h1>
<details open><summary>هل يُبث الملتقى أو يمكن حضوره من بعد؟</summary>
<p>لا بث مباشر ولا مشاركة عن بعد هذا العام؛ الحضور في أبها فقط.</p></details>
<details><summary>هل أحتاج إلى حساب في موقع ما؟</summary><p>لا، الاستمارة الورقية تكفي.</p></details>
<h2>أرسل سؤالك</h2>
<form action="@asila.html" method="post">
<label for="q-name">الاسم</label><input type="text" id="q-name" name="q-name">
<label for="q-mail">البريد الإلكتروني</label><input type="email" id="q-mail" name="q-mail">
<label for="q-text">سؤالك</label><textarea id="q-text" name="q-text"></textarea>
<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
<button type="submit">إرسال</button>
</form>
""")

s.page("wusul.html", "الوصول", """
<h1>الوصول إلى القاعة</h1>
<p>تقع قاعة الجمعية في الدور الثاني ولا يوجد مصعد في المبنى، ونعلم أن ذلك عائق لبعض المزارعين.</p>
<p>من يحتاج إلى مساعدة في الوصول أو أي ترتيب خاص يتصل بأمانة الملتقى على ٠١٧٢٢٢٠٠٠٠ أو يكتب إلى mudarrajat@asir-farmers.example.sa وسنرتّب معه الأمر.</p>
""")

s.page("bahasa.html", "Forum Petani Terasering Asir", """
<h1>Forum Petani Terasering Asir</h1>
<p>Forum ini mempertemukan para petani dan pekerja kebun di lereng-lereng pegunungan Asir selama dua hari di aula asosiasi di
Abha. Kami akan berbagi pengalaman memperbaiki dinding batu terasering, menampung air hujan, dan merawat kebun kopi Khawlani.</p>
<p>Keikutsertaan gratis. Pendaftaran hanya dengan formulir kertas (PDF) yang diserahkan ke kantor asosiasi. Aula berada di
lantai dua dan tidak ada lift; hubungi sekretariat jika Anda memerlukan bantuan.</p>
""", lang="ar-SA")

s.page("maared.html", "المعرض والرعاة", """
<h1>المعرض والرعاة</h1>
<p>تُباع شتلات البن الخولاني في المعرض بسعر ٢٥ ر.س للشتلة.</p>
<p>باقة الراعي البلاتيني: ٥٠٬٠٠٠ ر.س.</p>
""")

s.page("sakan.html", "السكن", """
<h1>السكن والمواصلات</h1>
<p>لغير المزارعين القادمين من القرى: فندق في وسط أبها بسعر ٣٢٠ ريالًا لليلة، وحافلة من خميس مشيط بـ ١٥ ر.س.</p>
""")

s.page("akhbar.html", "أخبار", """
<h1>أخبار الجمعية</h1>
<p>أعادت الجمعية هذا الموسم بناء أربعين جدارًا من جدران المدرجات في قرى رجال ألمع.</p>
""")

s.pdf("docs/istimarat-almultaqa.pdf", "Asir terrace farmers forum - participation form\nName: ____  Village: ____  Phone: ____")

ENTRY = entry(
    s, name="Terrace farmers' forum 1448 AH (Asir terrace farmers' association, Abha, Saudi Arabia)",
    languages=["ar", "id"], fees=[], free_option=True, fee_support=True, remote_participation=False,
    captcha=["turnstile"], account_required=False, registration_form=None, registration_pdf_only=True,
    min_age=15, accessibility_statement=True, access_services=[], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "tasjil.html", "asila.html", "wusul.html", "bahasa.html"],
    evidence={
        "languages": [Q("index.html", "يلتقي مزارعو المدرجات الجبلية"),
                      M("bahasa.html", '<html lang="ar-SA" dir="rtl">', "whole Indonesian page declared ar-SA"),
                      Q("bahasa.html", "Forum ini mempertemukan para petani dan pekerja kebun")],
        "un_languages": [N("ar")],
        "fees": [Q("index.html", "المشاركة في الملتقى مجانية لجميع المزارعين والمزارعات", "no price of taking part"),
                 Q("maared.html", "بسعر ٢٥ ر.س للشتلة", "seedlings and sponsor: not fees (SAR)"),
                 Q("sakan.html", "فندق في وسط أبها بسعر ٣٢٠ ريالًا لليلة", "hotel and bus: not fees")],
        "free_option": [Q("index.html", "المشاركة في الملتقى مجانية لجميع المزارعين والمزارعات")],
        "fee_support": [Q("tasjil.html", "تتحمّل الجمعية تكاليف سكن المزارعين القادمين من قرى السودة وتنومة الجبلية")],
        "remote_participation": [Q("asila.html", "لا بث مباشر ولا مشاركة عن بعد هذا العام؛ الحضور في أبها فقط.", "FAQ only")],
        "captcha": [M("asila.html", '<div class="cf-turnstile"', "on the 3-field question form")],
        "account_required": [Q("asila.html", "لا، الاستمارة الورقية تكفي.")],
        "registration_form": [N("only a 3-field question form (not a registration form); registration is a PDF", "asila.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("tasjil.html", "لا نستقبل أي تسجيل عبر الإنترنت."),
                                  M("tasjil.html", 'href="docs/istimarat-almultaqa.pdf"')],
        "min_age": [Q("tasjil.html", "ممن لا تقل أعمارهم عن خمس عشرة سنة")],
        "accessibility_statement": [Q("wusul.html", "من يحتاج إلى مساعدة في الوصول أو أي ترتيب خاص يتصل بأمانة الملتقى",
                                      "contact for access needs")],
        "access_services": [Q("wusul.html", "تقع قاعة الجمعية في الدور الثاني ولا يوجد مصعد في المبنى", "no wheelchair access; no services")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("tasjil.html", "التسجيل ورقي فقط", "registration form only as PDF")],
    })
