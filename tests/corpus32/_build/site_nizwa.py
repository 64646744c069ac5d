from lib import mk, Q, M, N, entry, fld
NAV = [("index.html", "الرئيسية"), ("tasjil.html", "التسجيل"), ("asila.html", "أسئلة شائعة"), ("wusul.html", "سهولة الوصول"),
       ("english.html", "English"), ("ruaat.html", "الداعمون"), ("iqama.html", "السكن"), ("akhbar.html", "الأخبار")]
s = mk("multaqa-lijan-alaflaj-nizwa", "ملتقى لجان الأفلاج — نزوى", "ar-OM", "#7a5a1e", "فلج", NAV, dir="rtl",
       foot={"ar-OM": "<p>جمعية أصدقاء الأفلاج، حارة العقر، نزوى. <a href=\"mailto:multaqa@aflaj-friends.example.om\">multaqa@aflaj-friends.example.om</a></p>"})
s.pdf("docs/istimarat-tasjil.pdf", "Istimarat tasjil - Multaqa lijan al-aflaj, Nizwa 2027\nAl-ism: ____\nAl-falaj: ____\nAl-hatif: ____")
s.page("index.html", "ملتقى لجان الأفلاج ٢٠٢٧", """
<h1>ملتقى لجان الأفلاج ٢٠٢٧</h1>
<p>يجمع الملتقى وكلاء الأفلاج وأعضاء لجانها في ولايات الداخلية لتبادل الخبرة في توزيع الماء بالأثر وصيانة السواقي، يومي ٩ و١٠ شباط ٢٠٢٧ في قاعة نادي نزوى.</p>
<p>المشاركة في الملتقى مجانية، ويشمل البرنامج جلسة عن تسجيل حصص الماء وجولة على فلج دارس.</p>
<p>شلونك؟ — تحية بالبلوشية من لجان الباطنة: «وش آتکے».</p>
<p><a href="@tasjil.html">طريقة التسجيل</a> · <a href="@asila.html">أسئلة شائعة</a> · <a href="@mahadir-2026.html">محاضر ملتقى ٢٠٢٦</a></p>
""")
s.page("tasjil.html", "التسجيل", """
<h1>التسجيل</h1>
<p>لا يوجد تسجيل إلكتروني. حمّل <a href="@docs/istimarat-tasjil.pdf">استمارة التسجيل (PDF)</a>، واملأها، وسلّمها في مكتب الوالي أو مكتب الجمعية قبل ٢٠ كانون الثاني.</p>
<p>يشترط في المشارك أن يكون عضوًا في لجنة فلج، وألا يقل عمره عن عشرين سنة.</p>
<p>تنطلق حافلات مجانية من القرى النائية في الجبل الأخضر إلى نزوى صباح كل يوم.</p>
""")
s.page("asila.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details open><summary>هل تُبث الجلسات؟</summary><p>لا توجد مشاركة عن بُعد؛ الملتقى حضوري فقط.</p></details>
<details open><summary>هل هناك رسوم؟</summary><p>لا، الحضور مجاني لجميع أعضاء اللجان.</p></details>
<h2>أرسل سؤالك</h2>
<form action="@asila.html" method="post">
""" + fld("qn", "الاسم") + fld("qe", "البريد الإلكتروني", "email") + fld("qq", "سؤالك", "textarea") + """
<div class="cf-turnstile" data-sitekey="0x4AAAAnizwa"></div>
<button type="submit">أرسل</button>
</form>
""")
s.page("wusul.html", "سهولة الوصول", """
<h1>سهولة الوصول</h1>
<p>القاعة في الطابق الأرضي، وعند بابها منحدر للكراسي المتحركة، ودورة مياه مهيأة.</p>
<p>لأي احتياج خاص اتصلوا بالسيدة منى الهنائية: <a href="mailto:wusul@aflaj-friends.example.om">wusul@aflaj-friends.example.om</a></p>
""")
s.page("english.html", "About the forum in English", """
<h1>Aflaj committees' forum 2027</h1>
<p>The forum brings together the wakils and committee members of the aflaj water channels of Ad Dakhiliyah to compare how water shares are kept and how channels are repaired.</p>
<p>Taking part is free. There is no online registration: the PDF registration form must be handed in at the wali's office. Free buses run from remote villages of Al Jabal Al Akhdar.</p>
<p>The hall is on the ground floor with a ramp at the door.</p>
""", lang="ar-OM", dir="ltr")
s.page("ruaat.html", "الداعمون", """
<h1>الداعمون</h1>
<p>ميزانية صيانة فلج دارس المقترحة للنقاش: ٤٨٬٠٠٠٫٠٠٠ ر.ع. باقة الداعم: ٣٬٠٠٠٫٠٠٠ ر.ع.</p>
""")
s.page("iqama.html", "السكن", """
<h1>السكن</h1>
<p>نُزل قلعة نزوى: ٣٥٫٠٠٠ ر.ع. لليلة. سيارة أجرة من مسقط: ٢٥٫٠٠٠ ر.ع.</p>
""")
s.page("akhbar.html", "الأخبار", """
<h1>الأخبار</h1>
<p>اكتمل ترميم ساقية فلج الخطمين قبل موسم الأمطار.</p>
""")
ENTRY = entry(s, name="Aflaj committees' forum 2027 (friends of the aflaj association, Nizwa, Oman)",
    languages=["ar", "en"], fees=[], free_option=True, fee_support=True, remote_participation=False,
    captcha=["turnstile"], account_required=False, registration_form=None, registration_pdf_only=True, min_age=20,
    accessibility_statement=True, access_services=["wheelchair_access"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "tasjil.html", "asila.html", "wusul.html", "english.html"],
    deliberate_404=["mahadir-2026.html"],
    evidence={
        "languages": [Q("index.html", "يجمع الملتقى وكلاء الأفلاج وأعضاء لجانها"), M("english.html", '<html lang="ar-OM">', "English page declared ar-OM"),
                      Q("english.html", "The forum brings together the wakils and committee members of the aflaj water channels"),
                      Q("index.html", "تحية بالبلوشية من لجان الباطنة", "Balochi greeting: not content, not listable")],
        "un_languages": [N("ar, en")],
        "fees": [Q("index.html", "المشاركة في الملتقى مجانية", "no price of taking part"),
                 Q("ruaat.html", "ميزانية صيانة فلج دارس المقترحة للنقاش: ٤٨٬٠٠٠٫٠٠٠ ر.ع.", "budget, sponsor: not fees"),
                 Q("iqama.html", "نُزل قلعة نزوى: ٣٥٫٠٠٠ ر.ع. لليلة.", "inn, taxi: not fees")],
        "free_option": [Q("index.html", "المشاركة في الملتقى مجانية"), Q("asila.html", "لا، الحضور مجاني لجميع أعضاء اللجان.")],
        "fee_support": [Q("tasjil.html", "تنطلق حافلات مجانية من القرى النائية في الجبل الأخضر إلى نزوى صباح كل يوم.")],
        "remote_participation": [Q("asila.html", "لا توجد مشاركة عن بُعد؛ الملتقى حضوري فقط.")],
        "captcha": [M("asila.html", '<div class="cf-turnstile"', "on the FAQ question form")],
        "account_required": [N("PDF registration, no account")],
        "registration_form": [N("no online registration form; the FAQ question form (3 fields) is not one", "asila.html")],
        "registration_host": [N("no platform")],
        "registration_pdf_only": [Q("tasjil.html", "لا يوجد تسجيل إلكتروني."), M("tasjil.html", 'href="docs/istimarat-tasjil.pdf"')],
        "min_age": [Q("tasjil.html", "وألا يقل عمره عن عشرين سنة")],
        "accessibility_statement": [Q("wusul.html", "القاعة في الطابق الأرضي، وعند بابها منحدر للكراسي المتحركة، ودورة مياه مهيأة.")],
        "access_services": [Q("wusul.html", "منحدر للكراسي المتحركة", "wheelchair_access")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [M("tasjil.html", 'href="docs/istimarat-tasjil.pdf"', "registration form only as PDF")],
    })
