from lib import mk, Q, M, N, entry, fld
s = mk("multaqa-sunnaa-alfukhar-tunis-alfayoum", "ملتقى صنّاع الفخار — قرية تونس، الفيوم", "ar-EG", "#b5562b", "فخار",
       [("index.html", "الملتقى"), ("tasjil.html", "طريقة التسجيل"), ("mowasalat.html", "المواصلات من القرى"),
        ("asila.html", "أسئلة شائعة"), ("wusul.html", "الوصول"), ("fukhar.html", "سوق الفخار"),
        ("funduq.html", "أين تقيم"), ("shuraka.html", "الشركاء")],
       dir="rtl", foot={"ar-EG": "<p>رابطة حرفيي الفخار بالفيوم · multaqa@fukhar.example.eg</p>"})
s.pdf("files/istimarat-tasjil-2027.pdf", "Multaqa sunnaa al-fukhar 2027 - registration form\nName / Village / Workshop / Phone / National ID\nHand in at the association office or send by post.")
s.page("index.html", "ملتقى صنّاع الفخار ٢٠٢٧", """
<h1>ملتقى صنّاع الفخار ٢٠٢٧</h1>
<p>يجمع الملتقى الخزّافين من قرى الفيوم وأسوان وقنا يومي ١٤ و١٥ مارس ٢٠٢٧ في مدرسة الفخار بقرية تونس، لتبادل الخبرات في الطينة المحلية والأفران التي تعمل بالحطب والتسويق عبر الإنترنت.</p>
<p>يشمل البرنامج عروضًا عملية على الدولاب، وجلسة نقاش حول حماية الأسماء التجارية للقرى، وزيارة لورش الحرفيين في القرية.</p>
<h2>البرنامج المختصر</h2>
<ul><li>اليوم الأول: الطينة والحرق — عروض عملية ونقاش</li><li>اليوم الثاني: البيع والتصدير — جلسة مع تجّار القاهرة</li></ul>
""")
s.page("tasjil.html", "طريقة التسجيل", """
<h1>طريقة التسجيل</h1>
<p>لا يوجد تسجيل إلكتروني لهذا الملتقى. يرجى تحميل <a href="@files/istimarat-tasjil-2027.pdf">استمارة التسجيل (PDF)</a> وطباعتها وملئها بخط واضح، ثم تسليمها في مقر الرابطة بقرية تونس أو إرسالها بالبريد قبل ١٥ فبراير ٢٠٢٧.</p>
<p>يُشترط أن يكون المشارك من سن الثامنة عشرة فما فوق، ويمكن لأبناء الحرفيين الأصغر سنًا حضور العروض العملية مع ذويهم.</p>
""")
s.page("mowasalat.html", "المواصلات من القرى", """
<h1>المواصلات من القرى</h1>
<p>توفّر الرابطة ميكروباصات مجانية للمشاركين من قرى النزلة وجبلة والأعلام، تنطلق في السابعة صباحًا من أمام الجمعيات الزراعية وتعود بعد آخر جلسة.</p>
<p>للقادمين من مدينة الفيوم: أجرة الميكروباص العادي إلى قرية تونس نحو ٢٠ جنيهًا للفرد.</p>
""")
s.page("asila.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details open><summary>هل يمكن المتابعة عن بُعد؟</summary><p>الملتقى حضوري فقط، ولا يوجد بث أو مشاركة عن بُعد.</p></details>
<details open><summary>هل أستطيع إحضار أعمالي للبيع؟</summary><p>نعم، يخصَّص ركن لكل ورشة في سوق الفخار بالتنسيق مع الرابطة.</p></details>
<h2>أرسل سؤالك</h2>
<form action="@asila.html" method="post">
""" + fld("qn", "الاسم") + fld("qe", "البريد الإلكتروني", "email") + fld("qq", "سؤالك", "textarea") + """
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAFayoumExample"></div>
<button type="submit">إرسال</button>
</form>
""")
s.page("wusul.html", "الوصول", """
<h1>الوصول إلى الملتقى</h1>
<p>تُعقد الجلسات في الطابق الأرضي من مدرسة الفخار، وتوجد ممرات ممهّدة تصلح للكراسي المتحركة بين القاعة والورش.</p>
<p>لا يتوفر مترجم لغة إشارة في هذه الدورة. لأي احتياجات خاصة اتصلوا بالأستاذة نعمة عبد الحميد على الرقم ٠١٠٠٠٠٠٠٠٠٠.</p>
""")
s.page("fukhar.html", "سوق الفخار", """
<h1>سوق الفخار</h1>
<p>يعرض الحرفيون أعمالهم للبيع طوال يومي الملتقى: الأطباق المزخرفة من ٢٥٠ جنيهًا، والأزيار الكبيرة من ٦٠٠ جنيه.</p>
""")
s.page("funduq.html", "أين تقيم", """
<h1>أين تقيم</h1>
<p>نُزل بحيرة قارون البيئي: ١٬٨٠٠ جنيه لليلة للغرفة المزدوجة مع الإفطار. تتوفر أيضًا غرف في بيوت القرية بأسعار أقل.</p>
""")
s.page("shuraka.html", "الشركاء", """
<h1>الشركاء والداعمون</h1>
<p>شريك رئيسي: ٥٠٬٠٠٠ جنيه. شريك داعم: ٢٠٬٠٠٠ جنيه. نشكر مؤسسة وادي الريان للتنمية على دعم الدورة.</p>
""")
ENTRY = entry(s, name="Potters' forum 2027 (potters' association, Tunis village, Fayoum, Egypt)",
    languages=["ar"], fees=[], free_option=None, fee_support=True, remote_participation=False,
    captcha=["turnstile"], account_required=False, registration_form=None, registration_pdf_only=True, min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access"], videos_without_captions=0,
    pdf_only_documents=True,
    participation_pages=["index.html", "tasjil.html", "mowasalat.html", "asila.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "يجمع الملتقى الخزّافين من قرى الفيوم وأسوان وقنا")],
        "un_languages": [N("ar")],
        "fees": [N("no price of taking part stated"),
                 Q("mowasalat.html", "أجرة الميكروباص العادي إلى قرية تونس نحو ٢٠ جنيهًا للفرد", "microbus fare: not a fee"),
                 Q("fukhar.html", "الأطباق المزخرفة من ٢٥٠ جنيهًا", "pottery sold: not fees"),
                 Q("funduq.html", "١٬٨٠٠ جنيه لليلة", "lodge: not a fee"),
                 Q("shuraka.html", "شريك رئيسي: ٥٠٬٠٠٠ جنيه", "partner packages: not fees")],
        "free_option": [N("nothing said on the cost of taking part; free microbuses are support, not a statement on cost")],
        "fee_support": [Q("mowasalat.html", "توفّر الرابطة ميكروباصات مجانية للمشاركين من قرى النزلة وجبلة والأعلام")],
        "remote_participation": [Q("asila.html", "الملتقى حضوري فقط، ولا يوجد بث أو مشاركة عن بُعد.")],
        "captcha": [M("asila.html", '<div class="cf-turnstile"', "Turnstile on the FAQ question form")],
        "account_required": [N("PDF form, no account")],
        "registration_form": [N("no online registration form; the FAQ form has 3 fields (question form)", "asila.html")],
        "registration_host": [N("no platform")],
        "registration_pdf_only": [Q("tasjil.html", "لا يوجد تسجيل إلكتروني لهذا الملتقى."),
                                  M("tasjil.html", 'href="files/istimarat-tasjil-2027.pdf"')],
        "min_age": [Q("tasjil.html", "يُشترط أن يكون المشارك من سن الثامنة عشرة فما فوق", "children with parents at demos is not a limit")],
        "accessibility_statement": [Q("wusul.html", "تُعقد الجلسات في الطابق الأرضي من مدرسة الفخار")],
        "access_services": [Q("wusul.html", "وتوجد ممرات ممهّدة تصلح للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "لا يتوفر مترجم لغة إشارة في هذه الدورة.", "sign language negated")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("registration form only as PDF", "tasjil.html")],
    })
