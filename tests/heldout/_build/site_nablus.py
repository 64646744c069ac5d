"""Nablus, Palestine: a ministry directorate's public consultation on a draft regulation on electronic transactions (ar-PS, rtl)."""
from lib import *

SLUG = "tashawur-nizam-almuamalat-alilikturuniya-nablus"
NAME = "التشاور العام حول مشروع نظام المعاملات الإلكترونية — نابلس"
NAV = [("index.html", "الرئيسية"), ("register.html", "التسجيل"), ("sessions.html", "الجلسات"),
       ("draft.html", "مشروع النظام"), ("access.html", "إمكانية الوصول"), ("faq.html", "أسئلة شائعة"),
       ("en.html", "English"), ("news.html", "أخبار")]
s = mk(SLUG, NAME, "ar-PS", "#2f6b2f", "NBL", NAV, dir="rtl",
       foot={"ar-PS": "<p>المديرية العامة للسياسات الرقمية — نابلس — consult@digital.example.ps</p>"})

P = "index.html"
s.page(P, NAME, """
<h1>التشاور العام حول مشروع نظام المعاملات الإلكترونية</h1>
<p>تدعو المديرية العامة للسياسات الرقمية المواطنين ومؤسسات المجتمع المدني والقطاع الخاص والجامعات إلى المشاركة في جلسات التشاور حول مشروع نظام المعاملات الإلكترونية والتوقيع الإلكتروني، يومي ٨ و٩ مارس ٢٠٢٧ في مركز بلدية نابلس الثقافي.</p>
<p>المشاركة في جلسات التشاور مجانية.</p>
<p><a href="@register.html">طلب الحضور أو التحدث</a> · <a href="@consultation-2024.html">تشاور ٢٠٢٤</a></p>
""")

s.page("register.html", "التسجيل", """
<h1>طلب الحضور أو التحدث</h1>
<p>يحق التسجيل لمن بلغ الثامنة عشرة من العمر.</p>
<form action="@register.html" method="post">
""" + fld("name", "الاسم الرباعي (يتعيّن ملؤه)") + fld("email", "البريد الإلكتروني (يتعيّن ملؤه)", "email")
  + fld("phone", "رقم الجوال (يتعيّن ملؤه)", "tel") + fld("idn", "رقم الهوية (يتعيّن ملؤه)")
  + fld("gov", "المحافظة (يتعيّن ملؤه)", "select", opts=["نابلس", "جنين", "طولكرم", "قلقيلية", "أخرى"])
  + fld("group", "صفة المشاركة (يتعيّن ملؤه)", "select", opts=["مواطن", "مجتمع مدني", "قطاع خاص", "جامعة"])
  + fld("org", "المؤسسة") + fld("speak", "أرغب في التحدث في الجلسة", "checkbox")
  + fld("summary", "ملخص المداخلة", "textarea") + fld("needs", "احتياجات الوصول", "textarea") + """
<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
<button type="submit">إرسال الطلب</button>
</form>
""")

s.page("sessions.html", "الجلسات", """
<h1>الجلسات والمشاركة عن بُعد</h1>
<p>تُعقد أربع جلسات حول التوقيع الإلكتروني والخدمات الحكومية الرقمية وحماية المستهلك والجرائم الإلكترونية.</p>
<p>يمكن المشاركة عبر Zoom وطلب الكلمة برفع اليد، ويمنح رئيس الجلسة الكلمة للمشاركين عن بُعد بالتناوب مع الحضور في القاعة.</p>
""")

s.page("draft.html", "مشروع النظام", """
<h1>مشروع نظام المعاملات الإلكترونية</h1>
<p>نص مشروع النظام متاح بصيغة PDF فقط: <a href="@docs/draft-regulation.pdf">تحميل المشروع (PDF)</a>.</p>
<p>يتضمن المشروع غرامات تصل إلى ١٠٬٠٠٠ شيكل على مزودي خدمات التوثيق المخالفين.</p>
""")
s.pdf("docs/draft-regulation.pdf", "Draft regulation on electronic transactions\nArticle 1 ...")

s.page("access.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>تُعقد الجلسات في قاعة بالطابق الأرضي يسهل دخولها بالكراسي المتحركة.</p>
<p>ترجمة بلغة الإشارة الفلسطينية في جميع الجلسات.</p>
<p>ترجمة نصية فورية باللغة العربية تُعرض على الشاشة.</p>
<p>للاستفسار عن أي احتياجات خاصة: access@digital.example.ps</p>
""")

s.page("faq.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details><summary>هل تُدفع أجور المواصلات؟</summary><p>لا تتحمل الوزارة أجور المواصلات ولا تدفع بدلات للمشاركين.</p></details>
<details><summary>هل يمكن إرسال ملاحظات مكتوبة؟</summary><p>نعم، حتى ٢٠ مارس عبر البريد الإلكتروني.</p></details>
""")

s.page("en.html", "Public consultation — English", """
<h1>Public consultation on the draft regulation on electronic transactions</h1>
<p>The General Directorate for Digital Policy invites citizens, civil society, businesses and universities to consultation sessions on the draft regulation on electronic transactions and electronic signatures, on 8–9 March 2027 at the Nablus Municipality Cultural Centre.</p>
<p>Taking part is free of charge. Remote participants can join over Zoom and raise a hand to speak. The registration form is in Arabic; write to consult@digital.example.ps if you need help in English.</p>
""", lang="en", dir="ltr")

s.page("news.html", "أخبار", """
<h1>أخبار ومعلومات عملية</h1>
<p>فندق البلدة القديمة: ٦٥ دينارًا أردنيًا لليلة. أجرة السرفيس من رام الله: ٥ شيكل.</p>
<p>وظيفة شاغرة: منسق مشاريع رقمية براتب ٤٬٥٠٠ شيكل شهريًا.</p>
""")

ENTRY = entry(s, name="Public consultation on the draft electronic transactions regulation, Nablus", languages=["ar", "en"],
    fees=[], free_option=True, fee_support=False, remote_participation=True, captcha=["turnstile"],
    account_required=False, registration_form=(10, 6, ["phone", "id_document", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=0,
    pdf_only_documents=True,
    participation_pages=["index.html", "register.html", "sessions.html", "draft.html", "access.html", "faq.html", "en.html"],
    deliberate_404=["consultation-2024.html"],
    evidence={
        "languages": [Q(P, "تدعو المديرية العامة للسياسات الرقمية المواطنين"),
                      M("en.html", '<html lang="en">', "whole English page")],
        "un_languages": [N("ar and en")],
        "fees": [Q(P, "المشاركة في جلسات التشاور مجانية."),
                 Q("draft.html", "يتضمن المشروع غرامات تصل إلى ١٠٬٠٠٠ شيكل", "fine in the draft: not a fee"),
                 Q("news.html", "فندق البلدة القديمة: ٦٥ دينارًا أردنيًا لليلة.", "hotel: not a fee"),
                 Q("news.html", "منسق مشاريع رقمية براتب ٤٬٥٠٠ شيكل شهريًا.", "salary: not a fee")],
        "free_option": [Q(P, "المشاركة في جلسات التشاور مجانية."), Q("en.html", "Taking part is free of charge.")],
        "fee_support": [Q("faq.html", "لا تتحمل الوزارة أجور المواصلات ولا تدفع بدلات للمشاركين.")],
        "remote_participation": [Q("sessions.html", "يمكن المشاركة عبر Zoom وطلب الكلمة برفع اليد")],
        "captcha": [M("register.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [Q("register.html", "رقم الهوية (يتعيّن ملؤه)"),
                              N("10 fields: name, email, mobile, ID number, governorate, stakeholder group, organisation, speak checkbox, summary, access needs; 6 with the marker")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", "يحق التسجيل لمن بلغ الثامنة عشرة من العمر.")],
        "accessibility_statement": [Q("access.html", "تُعقد الجلسات في قاعة بالطابق الأرضي يسهل دخولها بالكراسي المتحركة.")],
        "access_services": [Q("access.html", "ترجمة بلغة الإشارة الفلسطينية في جميع الجلسات."),
                            Q("access.html", "ترجمة نصية فورية باللغة العربية تُعرض على الشاشة.")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("draft.html", "نص مشروع النظام متاح بصيغة PDF فقط")],
    })
