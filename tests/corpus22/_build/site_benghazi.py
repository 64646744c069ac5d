from lib import mk, placeholder_media, video, Q, M, N, entry, fld, radios

NAV = [("index.html", "الرئيسية"), ("rusum.html", "رسوم التسجيل"), ("tasjil.html", "التسجيل"),
       ("barnamaj.html", "البرنامج"), ("wusul.html", "إمكانية الوصول"), ("ruaat.html", "الرعاة والعارضون"),
       ("iqama.html", "الإقامة والتنقل"), ("wazaif.html", "وظائف")]
s = mk("mutamar-tibb-alasnan-benghazi", "مؤتمر بنغازي لطب الأسنان ٢٠٢٧", "ar-LY", "#0b6e6e", "طأ", NAV, dir="rtl",
       foot={"ar-LY": "<p>الجمعية الليبية لأطباء الأسنان — info@asnan-benghazi.example.ly</p>"})
placeholder_media(s, "media/taaruf.mp4")
s.pdf("docs/barnamaj-2027.pdf", "Benghazi Dental Conference 2027\nFull programme\nDay 1 - Day 3")

s.page("index.html", "مؤتمر بنغازي لطب الأسنان ٢٠٢٧", """
<h1>مؤتمر بنغازي لطب الأسنان ٢٠٢٧</h1>
<p>يلتقي أطباء الأسنان وفنيو المختبرات وطلبة كليات طب الأسنان في فندق تيبستي ببنغازي من ١٤ إلى ١٦ أبريل ٢٠٢٧،
لثلاثة أيام من المحاضرات والحالات السريرية والورش العملية في زراعة الأسنان وطب أسنان الأطفال.</p>
<p>التسجيل مفتوح حتى ٣١ مارس. اطّلعوا على <a href="@rusum.html">الرسوم</a> ثم أكملوا <a href="@tasjil.html">استمارة التسجيل</a>.
أرشيف مؤتمر العام الماضي: <a href="@arshif-2026.html">صور ٢٠٢٦</a>.</p>
""" + video("media/taaruf.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The Benghazi Dental Conference gathers dentists, laboratory technicians and dental students for three days of
lectures, clinical cases and hands-on workshops. Members of the Libyan Dental Association pay LYD 250 and non-members
LYD 350; the implant workshop costs LYD 200 extra. Sessions are held in Arabic with interpretation into English.</p>
</section>
""")

s.page("rusum.html", "رسوم التسجيل", """
<h1>رسوم التسجيل</h1>
<table><caption>رسوم المشاركة في المؤتمر</caption>
<tr><th>الفئة</th><th>الرسم</th></tr>
<tr><td>أعضاء الجمعية الليبية لأطباء الأسنان</td><td>٢٥٠ د.ل</td></tr>
<tr><td>غير الأعضاء</td><td>٣٥٠ دينار ليبي</td></tr>
</table>
<p>ورشة زراعة الأسنان العملية (اليوم الثالث، ٢٠ مقعدًا): ٢٠٠ د.ل إضافية.</p>
<p class="note">لا توجد تخفيضات للطلبة ولا منح سفر هذا العام.</p>
<p>يشمل الرسم الحقيبة العلمية ووجبتي الغداء وشهادة الحضور.</p>
""")

form = "".join([
    fld("name", "الاسم الكامل (إلزامي)"), fld("email", "البريد الإلكتروني (إلزامي)", "email"),
    fld("phone", "رقم الهاتف (إلزامي)", "tel"), fld("natno", "الرقم الوطني (إلزامي)"),
    fld("clinic", "العيادة أو جهة العمل (إلزامي)"),
    radios("gender", "الجنس", ["ذكر", "أنثى"]),
    fld("spec", "التخصص (إلزامي)", "select", opts=["طب أسنان عام", "تقويم", "جراحة الفم", "طب أسنان الأطفال"]),
    fld("member", "رقم قيد الجمعية (لمن لديه)"),
    fld("ws", "أرغب في حجز مقعد في ورشة زراعة الأسنان", "checkbox"),
    fld("privacy", "أوافق على سياسة الخصوصية (إلزامي)", "checkbox"),
])
s.page("tasjil.html", "التسجيل", f"""
<h1>استمارة التسجيل</h1>
<p>الحقول المعلّمة بكلمة (إلزامي) مطلوبة. يصلكم بريد بتفاصيل الدفع بعد الإرسال.</p>
<form action="@tasjil.html" method="post">{form}
<div class="g-recaptcha" data-sitekey="6Lc-placeholder-benghazi"></div>
<button type="submit">إرسال</button></form>
""")

s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج العلمي</h1>
<p>اليوم الأول: الجلسة الافتتاحية ومحاضرات الطب الوقائي. اليوم الثاني: الحالات السريرية. اليوم الثالث: الورش العملية.</p>
<p>البرنامج التفصيلي متوفر بصيغة PDF فقط: <a href="@docs/barnamaj-2027.pdf">تنزيل البرنامج (PDF)</a>.</p>
<p>تُبث الجلسة الافتتاحية على يوتيوب للمشاهدة فقط، ولا يمكن طرح الأسئلة عن بُعد.</p>
<p>جائزة أفضل ملصق علمي: ١٬٥٠٠ د.ل.</p>
""")

s.page("wusul.html", "إمكانية الوصول", """
<h1>إمكانية الوصول</h1>
<p>قاعة المؤتمر في الطابق الثاني من الفندق، ويصلها مصعد واسع، والمداخل مناسبة للكراسي المتحركة.</p>
<p>تتوفر ترجمة فورية من العربية إلى الإنجليزية في القاعة الرئيسية.</p>
<p>لطلبات التسهيلات راسلوا wusul@asnan-benghazi.example.ly قبل أسبوعين من المؤتمر.</p>
""")

s.page("ruaat.html", "الرعاة والعارضون", """
<h1>الرعاة والعارضون</h1>
<p>الراعي الذهبي: ١٥٬٠٠٠ د.ل. الراعي الفضي: ٨٬٠٠٠ د.ل. جناح عرض (٣×٣ م): ٢٬٥٠٠ د.ل.</p>
<p>تواصلوا مع sponsors@asnan-benghazi.example.ly.</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق تيبستي: ٤٢٠ د.ل لليلة. نُزل الكورنيش: ٢٢٠ د.ل لليلة.</p>
<p>سيارة أجرة من مطار بنينا إلى الفندق نحو ٦٠ د.ل.</p>
""")

s.page("wazaif.html", "وظائف", """
<h1>وظائف معروضة</h1>
<p>عيادة الهلال لطب الأسنان تطلب طبيب أسنان عام؛ الراتب ٤٬٥٠٠ د.ل شهريًا.</p>
<p>مختبر الواحة يطلب فني تركيبات؛ الراتب ٢٬٨٠٠ د.ل شهريًا.</p>
""")

ENTRY = entry(
    s, name="Benghazi Dental Conference 2027 (dental association, Benghazi)",
    languages=["ar", "en"],
    fees=[(250, "LYD"), (350, "LYD"), (200, "LYD")],
    free_option=False, fee_support=False, remote_participation=False, captcha=["recaptcha"],
    account_required=False, registration_form=(10, 7, ["phone", "id_document", "affiliation", "gender"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "rusum.html", "tasjil.html", "barnamaj.html", "wusul.html"],
    deliberate_404=["arshif-2026.html"],
    evidence={
        "languages": [Q("index.html", "يلتقي أطباء الأسنان وفنيو المختبرات وطلبة كليات طب الأسنان"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Benghazi Dental Conference gathers dentists, laboratory technicians")],
        "un_languages": [N("ar, en")],
        "fees": [Q("rusum.html", "أعضاء الجمعية الليبية لأطباء الأسنان ٢٥٠ د.ل", "250 LYD (member rate)"),
                 Q("rusum.html", "غير الأعضاء ٣٥٠ دينار ليبي", "350 LYD"),
                 Q("rusum.html", "٢٠٠ د.ل إضافية", "hands-on workshop: 200 LYD"),
                 Q("index.html", "Members of the Libyan Dental Association pay LYD 250", "English restatement, no new entries"),
                 Q("barnamaj.html", "جائزة أفضل ملصق علمي: ١٬٥٠٠ د.ل.", "prize: not a fee"),
                 Q("ruaat.html", "الراعي الذهبي: ١٥٬٠٠٠ د.ل.", "sponsorship and stand: not fees"),
                 Q("iqama.html", "فندق تيبستي: ٤٢٠ د.ل لليلة.", "hotel and taxi: not fees"),
                 Q("wazaif.html", "الراتب ٤٬٥٠٠ د.ل شهريًا", "salary: not a fee")],
        "free_option": [N("fees stated, nothing said about a free way", "rusum.html")],
        "fee_support": [Q("rusum.html", "لا توجد تخفيضات للطلبة ولا منح سفر هذا العام."),
                        N("the member rate is a category rate, not support")],
        "remote_participation": [Q("barnamaj.html", "تُبث الجلسة الافتتاحية على يوتيوب للمشاهدة فقط، ولا يمكن طرح الأسئلة عن بُعد.")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account or login mentioned")],
        "registration_form": [N("10 fields (name, e-mail, phone, national number, clinic, gender radio, specialty select, "
                                "membership number, workshop checkbox, privacy checkbox); 7 marked (إلزامي); sensitive phone, "
                                "id_document, affiliation, gender; membership number not an ID", "tasjil.html"),
                              Q("tasjil.html", "الرقم الوطني (إلزامي)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("wusul.html", "ويصلها مصعد واسع، والمداخل مناسبة للكراسي المتحركة"),
                                    Q("wusul.html", "لطلبات التسهيلات راسلوا wusul@asnan-benghazi.example.ly")],
        "access_services": [Q("wusul.html", "والمداخل مناسبة للكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة فورية من العربية إلى الإنجليزية", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/taaruf.mp4">', "no track")],
        "pdf_only_documents": [Q("barnamaj.html", "البرنامج التفصيلي متوفر بصيغة PDF فقط"),
                               M("barnamaj.html", 'href="docs/barnamaj-2027.pdf"')],
    })
