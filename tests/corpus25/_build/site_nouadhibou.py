from lib import *

NAV = [("index.html", "الرئيسية"), ("tasjil.html", "التسجيل"), ("asila.html", "أسئلة شائعة"), ("wathaiq.html", "الوثائق"),
       ("wusul.html", "الوصول"), ("makan.html", "المكان والتنقل"), ("suq.html", "أسعار السوق"), ("fariq.html", "الفريق")]
s = mk("tashawur-khittat-assayd-nouadhibou", "التشاور العمومي حول خطة الصيد التقليدي – نواذيبو", "ar-MR", "#0b5d6b", "صيد", NAV,
       dir="rtl", foot={"ar-MR": "<p>مكتب التخطيط البحري، بلدية نواذيبو · peche@ndb-consult.example.mr</p>"})
s.pdf("docs/istimara-tasjil.pdf", "Istimarat tasjil - tashawur khittat as-sayd at-taqlidi\nAl-ism:\nAl-qarya:\nAt-tawqi:")
s.pdf("docs/mashrou-alkhitta.pdf", "Mashrou khittat tasyir as-sayd at-taqlidi 2027-2031")
s.page("index.html", "التشاور العمومي حول خطة الصيد التقليدي", """
<h1>التشاور العمومي حول خطة تسيير الصيد التقليدي ٢٠٢٧–٢٠٣١</h1>
<p>تدعو بلدية نواذيبو الصيادين وبائعات السمك وممثلي التعاونيات والقرى الساحلية إلى يومين من النقاش حول مشروع خطة تسيير الصيد التقليدي، يومي ٢٢ و٢٣ أبريل ٢٠٢٧ في دار الشباب.</p>
<p>المشاركة في التشاور مجانية لكل المعنيين، وتتكفل البلدية بنقل مندوبي القرى الساحلية ذهابًا وإيابًا.</p>
<p>Consultation publique sur le plan de gestion de la pêche artisanale : la commune invite les pêcheurs, les mareyeuses et les coopératives à deux journées de débat à la Maison des jeunes. La participation est gratuite et le transport des délégués des villages côtiers est pris en charge par la commune.</p>
<p>Les échanges se tiennent uniquement sur place ; aucune retransmission n'est prévue.</p>
""")
s.page("tasjil.html", "التسجيل", """
<h1>التسجيل</h1>
<p>لا يوجد تسجيل عبر الإنترنت. يُملأ <a href="@docs/istimara-tasjil.pdf">نموذج التسجيل (PDF)</a> ويُسلَّم في مكتب التخطيط البحري أو لدى رئيس التعاونية قبل ١٠ أبريل.</p>
<p>يحق المشاركة لكل من بلغ ثماني عشرة سنة من سكان المقاطعة.</p>
""")
s.page("asila.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details><summary>هل يمكن المتابعة عن بعد؟</summary><p>لا توجد مشاركة عن بعد؛ النقاش حضوري فقط في دار الشباب.</p></details>
<details><summary>هل ستُناقش رسوم الرخص؟</summary><p>نعم، يقترح المشروع رفع رسم رخصة الزورق إلى ١٢٬٠٠٠ أوقية سنويًا، وهو من البنود المطروحة للنقاش.</p></details>
<h2>أرسل سؤالك</h2>
<form action="@asila.html" method="post">""" + fld("qn", "الاسم") + fld("qe", "البريد الإلكتروني", "email") + fld("qq", "سؤالك", "textarea") + """
<div class="cf-turnstile" data-sitekey="0x4AAAAAAADemoNdb"></div><button type="submit">إرسال</button></form>
""")
s.page("wathaiq.html", "الوثائق", """
<h1>الوثائق</h1>
<p><a href="@docs/mashrou-alkhitta.pdf">مشروع خطة تسيير الصيد التقليدي (PDF، ٤٠ صفحة)</a> – لا تتوفر نسخة أخرى من المشروع.</p>
<p>ملخص: يقترح المشروع حصصًا سنوية للأخطبوط وإغلاقًا موسميًا للمناطق الساحلية.</p>
""")
s.page("wusul.html", "الوصول", """
<h1>الوصول</h1>
<p>قاعة دار الشباب في الطابق الأرضي ويمكن دخولها بالكرسي المتحرك.</p>
<p>تتوفر ترجمة فورية بين العربية والفرنسية والبولارية طوال اليومين.</p>
""")
s.page("makan.html", "المكان والتنقل", """
<h1>المكان والتنقل</h1>
<p>دار الشباب، شارع الميناء. سيارة الأجرة داخل المدينة نحو ١٠٠ أوقية.</p>
""")
s.page("suq.html", "أسعار السوق", """
<h1>أسعار السوق الأسبوعية</h1>
<p>الأخطبوط: ٢٨٠ أوقية للكيلوغرام. الدنيس: ١٥٠ أوقية للكيلوغرام.</p>
""")
s.page("fariq.html", "الفريق", """
<h1>فريق التشاور</h1>
<p>منسقة التشاور: السيدة مريم ولد أحمدو. الميسّر: السيد سيدي بابا.</p>
""")
ENTRY = entry(s, name="Public consultation on the artisanal fisheries plan, Nouadhibou (municipal planning office)",
    languages=["ar", "fr"], fees=[], free_option=True, fee_support=True, remote_participation=False,
    captcha=["turnstile"], account_required=False, registration_form=None, registration_host=None,
    registration_pdf_only=True, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "tasjil.html", "asila.html", "wathaiq.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "تدعو بلدية نواذيبو الصيادين وبائعات السمك"),
                      Q("index.html", "Consultation publique sur le plan de gestion de la pêche artisanale", "French paragraph without lang")],
        "un_languages": [N("ar, fr")],
        "fees": [Q("index.html", "المشاركة في التشاور مجانية لكل المعنيين", "no price of taking part"),
                 Q("asila.html", "رفع رسم رخصة الزورق إلى ١٢٬٠٠٠ أوقية سنويًا", "licence fee under consultation: not a fee"),
                 Q("makan.html", "سيارة الأجرة داخل المدينة نحو ١٠٠ أوقية", "taxi: not a fee"),
                 Q("suq.html", "الأخطبوط: ٢٨٠ أوقية للكيلوغرام", "market prices: not fees")],
        "free_option": [Q("index.html", "المشاركة في التشاور مجانية لكل المعنيين")],
        "fee_support": [Q("index.html", "وتتكفل البلدية بنقل مندوبي القرى الساحلية ذهابًا وإيابًا.")],
        "remote_participation": [Q("asila.html", "لا توجد مشاركة عن بعد؛ النقاش حضوري فقط في دار الشباب.")],
        "captcha": [M("asila.html", '<div class="cf-turnstile"', "on the question form")],
        "account_required": [N("paper registration, no account")],
        "registration_form": [N("no online registration; the only form online is a 3-field question form", "asila.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("tasjil.html", "لا يوجد تسجيل عبر الإنترنت."), M("tasjil.html", 'href="docs/istimara-tasjil.pdf"')],
        "min_age": [Q("tasjil.html", "يحق المشاركة لكل من بلغ ثماني عشرة سنة من سكان المقاطعة.", "18 in words")],
        "accessibility_statement": [Q("wusul.html", "قاعة دار الشباب في الطابق الأرضي ويمكن دخولها بالكرسي المتحرك.")],
        "access_services": [Q("wusul.html", "ويمكن دخولها بالكرسي المتحرك", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة فورية بين العربية والفرنسية والبولارية", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("wathaiq.html", "لا تتوفر نسخة أخرى من المشروع.", "draft plan only as PDF"),
                               M("tasjil.html", 'href="docs/istimara-tasjil.pdf"', "registration form only as PDF")],
    })
