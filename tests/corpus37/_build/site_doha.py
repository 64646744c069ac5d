"""Regional Arab preparatory meeting (UN-style), Doha (Qatar): Arabic, an English page declared lang="ar"."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "الرئيسية"), ("musharaka.html", "طرق المشاركة"), ("itimad.html", "الاعتماد"),
       ("wusul.html", "إمكانية الوصول"), ("jadwal.html", "جدول الأعمال"), ("iqama.html", "الإقامة والتنقل"),
       ("maarid.html", "المعرض المصاحب"), ("en/index.html", "English")]
FOOT = {"ar": "<p>أمانة الاجتماع — اللجنة العربية للتعاون الرقمي، برج الوعب، الدوحة. البريد: secretariat@example.qa</p>"}
s = mk("alijtima-altahdiri-al-iqlimi-alarabi-doha", "الاجتماع الإقليمي العربي التحضيري للمنتدى العالمي للتعاون الرقمي", "ar-QA",
       "#7a1f3d", "ت", NAV, foot=FOOT, dir="rtl")
s.pdf("docs/jadwal-aamal-muaqqat.pdf", "Regional Arab preparatory meeting - provisional agenda\nItem 1: opening\nItem 2: digital public infrastructure\nItem 3: outcome document")

s.page("index.html", "الاجتماع الإقليمي العربي التحضيري — الدوحة ٢٠٢٧", """
<h1>الاجتماع الإقليمي العربي التحضيري للمنتدى العالمي للتعاون الرقمي</h1>
<p>الدوحة، ٨–١٠ فبراير ٢٠٢٧. تدعو اللجنة العربية للتعاون الرقمي الحكومات والقطاع الخاص والمجتمع المدني والأوساط الأكاديمية والتقنية إلى المشاركة في المشاورات الإقليمية التي تسبق المنتدى العالمي، وصياغة الرسائل العربية إليه.</p>
<p>جدول الأعمال المؤقت متاح بصيغة PDF فقط: <a href="@docs/jadwal-aamal-muaqqat.pdf">تحميل جدول الأعمال (PDF)</a>.</p>
<ul>
<li><a href="@musharaka.html">طرق المشاركة والزمالات</a></li>
<li><a href="@itimad.html">الاعتماد عبر البوابة</a></li>
<li><a href="@wusul.html">إمكانية الوصول والترجمة</a></li>
</ul>
""")

s.page("musharaka.html", "طرق المشاركة", """
<h1>طرق المشاركة</h1>
<p>لا تُفرض أي رسوم على المشاركة في الاجتماع، حضوريًا كانت أو عن بُعد.</p>
<h2>المشاركة عن بُعد</h2>
<p>يمكن للمشاركين عن بُعد طلب الكلمة عبر منصة Zoom خلال الجلسات، وتُعرض مداخلاتهم في القاعة مع الترجمة.</p>
<h2>الزمالات</h2>
<p>تُتاح زمالات تغطي تذكرة السفر والإقامة للمشاركين من أقل البلدان العربية نموًا، ويُصرف لحاملي الزمالة بدل إقامة يومي قدره ٢٢٠ دولارًا أمريكيًا.</p>
<p>آخر أجل لطلب الزمالة: ١٠ ديسمبر ٢٠٢٦، عبر البريد fellowships@example.qa.</p>
""")

s.page("itimad.html", "الاعتماد", """
<h1>الاعتماد عبر البوابة</h1>
<p>يتطلب الاعتماد إنشاء حساب على بوابة الاعتماد، ثم يُرسل تأكيد الاعتماد إلى بريدكم.</p>
<h2>إنشاء حساب</h2>
<form action="@itimad.html" method="post">
""" + "\n".join([
    fld("fname", "الاسم الأول (حقل لازم)"),
    fld("lname", "اسم العائلة (حقل لازم)"),
    fld("email", "البريد الإلكتروني (حقل لازم)", "email"),
    fld("pw", "كلمة المرور (حقل لازم)", "password"),
    fld("pw2", "تأكيد كلمة المرور (حقل لازم)", "password"),
    fld("org", "الجهة التي تمثلها (حقل لازم)"),
    fld("group", "فئة أصحاب المصلحة", "select", opts=["حكومة", "قطاع خاص", "مجتمع مدني", "أوساط أكاديمية وتقنية", "منظمة دولية"]),
    fld("nat", "الجنسية (حقل لازم)", "select", opts=["قطر", "الأردن", "تونس", "السودان", "اليمن", "موريتانيا", "أخرى"]),
    fld("idno", "رقم جواز السفر أو البطاقة الشخصية (حقل لازم)"),
    fld("tel", "رقم الهاتف", "tel"),
    radios("mode", "نوع المشاركة", ["حضوري في الدوحة", "عن بُعد"], req=True),
    fld("consent", "أقرّ بصحة البيانات وأوافق على قواعد السلوك", "checkbox", req=True),
]) + """
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">إنشاء الحساب</button>
</form>
<h2>لديك حساب؟</h2>
<form action="@itimad.html" method="post">
""" + fld("login", "البريد الإلكتروني", "email") + fld("lpw", "كلمة المرور", "password") + """
<button type="submit">دخول</button>
</form>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول والترجمة</h1>
<p>قاعة الاجتماعات الرئيسية مجهزة لمستخدمي الكراسي المتحركة، والمدخل بلا درجات.</p>
<p>تتوفر ترجمة فورية بين العربية والإنجليزية والفرنسية في جميع الجلسات.</p>
<p>تُعرض ترجمة نصية فورية باللغتين العربية والإنجليزية على الشاشات وعبر منصة المشاركة عن بُعد.</p>
<p>لطلب ترتيبات أخرى: access@example.qa</p>
""")

s.page("en/index.html", "Regional Arab Preparatory Meeting — Doha 2027", """
<h1>Regional Arab Preparatory Meeting for the Global Forum on Digital Cooperation</h1>
<p>Doha, 8–10 February 2027. The Arab Committee for Digital Cooperation invites governments, business, civil society and the academic and technical community to the regional consultations that prepare the Arab messages to the global forum.</p>
<p>Participation is free of charge, in person or online. Remote participants can request the floor through Zoom during the sessions.</p>
<p>Accreditation requires an account on the accreditation portal (in Arabic). Fellowships covering travel and accommodation are offered to participants from the least developed Arab countries.</p>
<p>Interpretation between Arabic, English and French and live Arabic and English captions are provided; the main hall is wheelchair accessible.</p>
""", lang="ar", dir="ltr")

s.page("jadwal.html", "جدول الأعمال", """
<h1>جدول الأعمال</h1>
<p>ينشر جدول الأعمال المؤقت في الصفحة الرئيسية بصيغة PDF. ستتناول الجلسات البنية التحتية الرقمية العامة، وحوكمة البيانات، والشمول الرقمي.</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>غرف الفندق الشريك بسعر ٦٥٠ ر.ق لليلة شاملة الإفطار.</p>
<p>تذكرة المترو من المطار إلى مقر الاجتماع نحو ٢ ر.ق.</p>
""")

s.page("maarid.html", "المعرض المصاحب", """
<h1>المعرض المصاحب</h1>
<p>جناح عرض مساحته ٩ أمتار مربعة: ٣٥٬٠٠٠ ر.ق، وجناح للمنظمات غير الربحية: ١٢٬٠٠٠ ر.ق.</p>
<p>للحجز: expo@example.qa</p>
""")

ENTRY = entry(
    s, name="Regional Arab Preparatory Meeting for the Global Forum on Digital Cooperation 2027 (Arab Committee for Digital Cooperation, Doha, Qatar)",
    languages=["ar", "en"],
    fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"], account_required=True,
    registration_form=(12, 10, ["affiliation", "nationality", "id_document", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation", "captions"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "musharaka.html", "itimad.html", "wusul.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "تدعو اللجنة العربية للتعاون الرقمي الحكومات والقطاع الخاص والمجتمع المدني"),
                      M("en/index.html", '<html lang="ar">', "whole page in English declared ar: English")],
        "un_languages": [N("ar, en")],
        "fees": [Q("musharaka.html", "لا تُفرض أي رسوم على المشاركة في الاجتماع", "free: no fee"),
                 Q("musharaka.html", "بدل إقامة يومي قدره ٢٢٠ دولارًا أمريكيًا", "DSA: not a fee"),
                 Q("iqama.html", "بسعر ٦٥٠ ر.ق لليلة", "hotel: not a fee"),
                 Q("iqama.html", "نحو ٢ ر.ق", "metro: not a fee"),
                 Q("maarid.html", "٣٥٬٠٠٠ ر.ق", "exhibition booth: not a fee")],
        "free_option": [Q("musharaka.html", "لا تُفرض أي رسوم على المشاركة في الاجتماع، حضوريًا كانت أو عن بُعد"),
                        Q("en/index.html", "Participation is free of charge")],
        "fee_support": [Q("musharaka.html", "تُتاح زمالات تغطي تذكرة السفر والإقامة للمشاركين من أقل البلدان العربية نموًا")],
        "remote_participation": [Q("musharaka.html", "يمكن للمشاركين عن بُعد طلب الكلمة عبر منصة Zoom خلال الجلسات")],
        "captcha": [M("itimad.html", '<div class="g-recaptcha"')],
        "account_required": [Q("itimad.html", "يتطلب الاعتماد إنشاء حساب على بوابة الاعتماد")],
        "registration_form": [N("12 fields: first name, family name, e-mail, password, confirmation, organisation, stakeholder-group select, nationality select, passport/ID number, phone, mode radio, consent checkbox; required: 8 marked (حقل لازم) + radio + consent = 10; the 2-field login form is not it", "itimad.html"),
                              Q("itimad.html", "رقم جواز السفر أو البطاقة الشخصية (حقل لازم)")],
        "registration_host": [N("own accreditation portal only")],
        "registration_pdf_only": [N("online portal")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wusul.html", "قاعة الاجتماعات الرئيسية مجهزة لمستخدمي الكراسي المتحركة، والمدخل بلا درجات")],
        "access_services": [Q("wusul.html", "مجهزة لمستخدمي الكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة فورية بين العربية والإنجليزية والفرنسية", "interpretation"),
                            Q("wusul.html", "تُعرض ترجمة نصية فورية باللغتين العربية والإنجليزية", "captions")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("index.html", "جدول الأعمال المؤقت متاح بصيغة PDF فقط")],
    })
