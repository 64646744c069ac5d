from lib import mk, Q, M, N, entry, video, placeholder_media, vtt
NAV = [("index.html", "الرئيسية"), ("mosharaka.html", "المشاركة والترشيح"), ("an-bud.html", "المشاركة عن بعد"),
       ("wusul.html", "الوصول والدعم"), ("english.html", "English"), ("barnamaj.html", "البرنامج"), ("iqama.html", "الإقامة والمواصلات"), ("shuraka.html", "الشركاء")]
s = mk("warsha-ittisal-allajiin-irbid", "ورشة الاتصال الرقمي للاجئين — إربد", "ar-JO", "#1f6f5c", "RCW", NAV, dir="rtl",
       foot={"ar-JO": "<p>البريد: warsha@connect-levant.example.org</p>"})
placeholder_media(s, "media/warsha.mp4"); vtt(s, "media/warsha.ar.vtt", "مرحبا")
s.pdf("docs/nomination-form.pdf", "Nomination form / namudhaj al-tarshih\nName:\nCamp or community:\nPhone:")
s.page("index.html", "ورشة الاتصال الرقمي للاجئين", f"""
<h1>ورشة الاتصال الرقمي للاجئين والمجتمعات المضيفة</h1>
<p>إربد، ٢٢–٢٣ مارس ٢٠٢٧، جامعة اليرموك. ورشة عمل إقليمية تجمع منظمات المجتمع المدني وشركات الاتصالات وممثلي اللاجئين لبحث كلفة الإنترنت في المخيمات والتجمعات غير الرسمية.</p>
<section><h2>About the workshop</h2>
<p>The Irbid workshop brings refugee-led organisations, host communities and mobile operators together to look at how people in camps and informal settlements get online, what it costs them, and what operators and donors can change.</p></section>
{video("media/warsha.mp4", track="media/warsha.ar.vtt", track_lang="ar", label="العربية")}
""")
s.page("mosharaka.html", "المشاركة والترشيح", """
<h1>المشاركة والترشيح</h1>
<p>المشاركة مجانية. التسجيل يتم فقط عبر نموذج الترشيح: يرجى تعبئة <a href="@docs/nomination-form.pdf">نموذج الترشيح (PDF)</a> وإرساله إلى warsha@connect-levant.example.org قبل ١ آذار.</p>
<p>الورشة مفتوحة للمشاركين من عمر ١٦ عاماً فما فوق.</p>
<p>نغطي كلفة المواصلات من مخيمي الزعتري والأزرق إلى إربد ذهاباً وإياباً.</p>
""")
s.page("an-bud.html", "المشاركة عن بعد", """
<h1>المشاركة عن بعد</h1>
<p>يمكن للمشاركين من مخيم الأزرق المشاركة عبر الإنترنت من مركز المجتمع وطرح الأسئلة والمداخلات مباشرة في الجلسات.</p>
""")
s.page("wusul.html", "الوصول والدعم", """
<h1>الوصول والدعم</h1>
<p>قاعات الجامعة مجهزة بمنحدرات ومصعد لمستخدمي الكراسي المتحركة.</p>
<p>يتوفر مترجم لغة الإشارة الأردنية في جميع الجلسات العامة.</p>
<p>نوفر حضانة للأطفال من ٣ إلى ٦ سنوات طوال أيام الورشة.</p>
<p>لأي احتياج آخر تواصلوا مع منسقة الوصول: access@connect-levant.example.org</p>
""")
s.page("english.html", "English summary", """
<h1>English summary</h1>
<p>Participation is free of charge. To take part, fill in the nomination form (PDF) and e-mail it to the organisers before 1 March; there is no online registration.</p>
<p>Participants must be 16 or older. Transport from Zaatari and Azraq camps is covered, and participants in Azraq can join online from the community centre and speak in the sessions.</p>
<p>Jordanian Sign Language interpretation, step-free rooms and childcare for children aged 3 to 6 are provided.</p>
""", lang="ar-JO", dir="ltr")
s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج</h1><ul><li>كلفة باقات البيانات في المخيمات</li><li>رسوم تسجيل شرائح الهاتف للاجئين</li><li>اللغات في خدمات الدعم الرقمي</li></ul>
<p><a href="@docs/taqrir-2025.html">تقرير ورشة ٢٠٢٥</a></p>
""")
s.page("iqama.html", "الإقامة والمواصلات", """
<h1>الإقامة والمواصلات</h1><p>فندق إربد بالاس: ٣٨ ديناراً لليلة. سيارة أجرة من عمّان نحو ٢٥ ديناراً.</p><p>باقة بيانات ١٠ غيغابايت: ٥ دنانير.</p>
""")
s.page("shuraka.html", "الشركاء", """
<h1>الشركاء</h1><p>شراكة رئيسية: ٧٬٠٠٠ دينار أردني. شريك داعم: ٢٬٥٠٠ دينار.</p>
""")
ENTRY = entry(s, name="ورشة الاتصال الرقمي للاجئين (Levant refugee-connectivity workshop, Irbid)",
    languages=["ar", "en"], fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=[],
    account_required=False, registration_form=None, registration_pdf_only=True, min_age=16,
    accessibility_statement=True, access_services=["childcare", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "mosharaka.html", "an-bud.html", "wusul.html", "english.html"],
    deliberate_404=["docs/taqrir-2025.html"],
    evidence={
        "languages": [Q("index.html", "ورشة عمل إقليمية تجمع منظمات المجتمع المدني وشركات الاتصالات"),
                      Q("index.html", "The Irbid workshop brings refugee-led organisations, host communities and mobile operators together", "English section without lang"),
                      Q("english.html", "Participation is free of charge.", "whole English page with lang=ar-JO")],
        "un_languages": [N("ar, en")],
        "fees": [Q("mosharaka.html", "المشاركة مجانية."), Q("iqama.html", "فندق إربد بالاس: ٣٨ ديناراً لليلة.", "hotel"),
                 Q("iqama.html", "باقة بيانات ١٠ غيغابايت: ٥ دنانير.", "data bundle price, not a fee"),
                 Q("shuraka.html", "شراكة رئيسية: ٧٬٠٠٠ دينار أردني.", "partnership"),
                 Q("barnamaj.html", "رسوم تسجيل شرائح الهاتف للاجئين", "session title")],
        "free_option": [Q("mosharaka.html", "المشاركة مجانية.")],
        "fee_support": [Q("mosharaka.html", "نغطي كلفة المواصلات من مخيمي الزعتري والأزرق إلى إربد ذهاباً وإياباً.")],
        "remote_participation": [Q("an-bud.html", "وطرح الأسئلة والمداخلات مباشرة في الجلسات")],
        "captcha": [N("no CAPTCHA, no form")], "account_required": [N("no account")],
        "registration_form": [N("no HTML form: PDF nomination form only")],
        "registration_host": [N("no platform")],
        "registration_pdf_only": [Q("mosharaka.html", "التسجيل يتم فقط عبر نموذج الترشيح"), M("mosharaka.html", 'href="docs/nomination-form.pdf"')],
        "min_age": [Q("mosharaka.html", "الورشة مفتوحة للمشاركين من عمر ١٦ عاماً فما فوق.")],
        "accessibility_statement": [Q("wusul.html", "لأي احتياج آخر تواصلوا مع منسقة الوصول")],
        "access_services": [Q("wusul.html", "مجهزة بمنحدرات ومصعد لمستخدمي الكراسي المتحركة"), Q("wusul.html", "يتوفر مترجم لغة الإشارة الأردنية"),
                            Q("wusul.html", "نوفر حضانة للأطفال من ٣ إلى ٦ سنوات", "childcare (ages are not a limit)")],
        "videos_without_captions": [M("index.html", 'srclang="ar"', "captioned")],
        "pdf_only_documents": [N("the nomination (registration) form exists only as PDF", "mosharaka.html")],
    })
