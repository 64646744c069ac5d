from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt

NAV = [("index.html", "المهرجان"), ("warashat.html", "الورشات والأسعار"), ("tasjil.html", "التسجيل"),
       ("asila.html", "أسئلة متكررة"), ("wusul.html", "النفاذ"), ("ruaat.html", "الشركاء"),
       ("iqama.html", "الإقامة"), ("matjar.html", "المتجر")]
s = mk("mahrajan-masrah-alarayis-susa", "مهرجان سوسة لمسرح العرائس", "ar-TN", "#8a3b12", "عر", NAV, dir="rtl",
       foot={"ar-TN": "<p>جمعية خيوط وأيادٍ للفنون، سوسة — marionnettes@example.tn</p>"})
placeholder_media(s, "media/arayis.mp4")
placeholder_media(s, "media/warsha.mp4")
vtt(s, "media/arayis.ar.vtt", "عرض الافتتاح")
s.pdf("docs/dalil-alraei.pdf", "Sponsor brochure 2027")

s.page("index.html", "مهرجان سوسة لمسرح العرائس", """
<h1>مهرجان سوسة لمسرح العرائس — الدورة التاسعة</h1>
<p>من ٣ إلى ٩ أفريل ٢٠٢٧ تمتلئ ساحات المدينة العتيقة بالعرائس والخيوط والظلال، وتستقبل الورشات محترفين وهواة من تونس والمغرب العربي.</p>
<p>تفاصيل <a href="@warashat.html">الورشات والأسعار</a> و<a href="@tasjil.html">التسجيل</a> و<a href="@wusul.html">النفاذ</a>.</p>
""" + video("media/arayis.mp4", track="media/arayis.ar.vtt", track_lang="ar", label="العربية") + """
<section>
<h2>Le festival en français</h2>
<p>Le festival de la marionnette de Sousse réunit chaque printemps des compagnies de Tunisie, d'Algérie et du Maroc. Les spectacles de rue sont ouverts à tous ; les ateliers de fabrication et la classe de maître demandent une inscription préalable.</p>
<p>Classe de maître pour marionnettistes professionnels : DT 120,000 les trois jours.</p>
</section>
""")

s.page("warashat.html", "الورشات والأسعار", """
<h1>الورشات والأسعار</h1>
<ul>
<li>ورشة صنع العرائس القفازية (خمسة أيام): ٤٥٫٠٠٠ د.ت</li>
<li>الماستر كلاس للمحترفين: انظر القسم الفرنسي في الصفحة الرئيسية.</li>
</ul>
<p>العروض في الساحات مجانية ومفتوحة للجميع دون تسجيل.</p>
<p class="note">لا توجد منح ولا تخفيضات على أسعار الورشات في هذه الدورة.</p>
""" + video("media/warsha.mp4"))

form = "".join([
    fld("name", "الاسم واللقب (إجباري)"), fld("email", "البريد الإلكتروني (إجباري)", "email"),
    fld("dob", "تاريخ الولادة (إجباري)", "date"), fld("tel", "الهاتف (إجباري)", "tel"),
    fld("ws", "الورشة (إجباري)", "select", opts=["صنع العرائس القفازية", "الماستر كلاس"]),
    fld("troupe", "الفرقة أو المدرسة"),
    fld("photo", "أقبل نشر صور الورشة", "checkbox"), fld("rules", "قرأت النظام الداخلي للورشات (إجباري)", "checkbox")])
s.page("tasjil.html", "التسجيل في الورشات", f"""
<h1>التسجيل في الورشات</h1>
<form action="@tasjil.html" method="post">{form}
<button type="submit">تسجيل</button></form>
<p>الدفع نقدًا عند أول حصة.</p>
""")

s.page("asila.html", "أسئلة متكررة", """
<h1>أسئلة متكررة</h1>
<details open><summary>هل يمكن المشاركة عن بعد؟</summary><p>لا مشاركة عن بعد؛ العروض والورشات حضورية فقط.</p></details>
<details open><summary>هل هناك شرط للسن؟</summary><p>الورشات مفتوحة لمن بلغ السادسة عشرة من العمر.</p></details>
<details open><summary>هل تُترجم العروض؟</summary><p>العروض صامتة أو بالدارجة التونسية.</p></details>
""")

s.page("wusul.html", "النفاذ", """
<h1>النفاذ إلى العروض والورشات</h1>
<p>المسرح البلدي مجهز بمنحدر ومصعد ويمكن الوصول إليه بالكراسي المتحركة.</p>
<p>يُقدَّم عرض الاختتام مع ترجمة إلى لغة الإشارة التونسية.</p>
<p>ركن للأطفال بإشراف منشطين طوال فترة الورشات لأولياء المشاركين.</p>
""")

s.page("ruaat.html", "الشركاء", """
<h1>الشركاء والرعاة</h1>
<p>باقة الشريك الرئيسي: ١٥٬٠٠٠ د.ت. طاولة عرض لدور النشر: ٣٠٠ د.ت. <a href="@docs/dalil-alraei.pdf">دليل الرعاة (PDF)</a></p>
""")

s.page("iqama.html", "الإقامة", """
<h1>الإقامة والتنقل</h1>
<p>نزل المدينة: ٩٥ د.ت لليلة. اللواج من تونس العاصمة: ١٤ د.ت. الميترو الخفيف من المنستير: ٢ د.ت.</p>
""")

s.page("matjar.html", "المتجر", """
<h1>متجر المهرجان</h1>
<p>عروسة قفازية مصنوعة يدويًا: ٣٥ د.ت. كتاب «ظلال سوسة»: ٢٢ د.ت. تبرع لصندوق الفرق الشابة: بما تريد.</p>
""")

ENTRY = entry(s, name="Sousse Puppet Theatre Festival 2027 (arts association, Sousse)",
    languages=["ar", "fr"],
    fees=[(45, "TND"), (120, "TND")],
    free_option=True, fee_support=False, remote_participation=False, captcha=[],
    account_required=False, registration_form=(8, 6, ["birth_date", "phone", "affiliation"]),
    min_age=16, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "warashat.html", "tasjil.html", "asila.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "تمتلئ ساحات المدينة العتيقة بالعرائس والخيوط والظلال"),
                      Q("index.html", "Le festival de la marionnette de Sousse réunit chaque printemps des compagnies", "French section without lang")],
        "un_languages": [N("ar, fr")],
        "fees": [Q("warashat.html", "ورشة صنع العرائس القفازية (خمسة أيام): ٤٥٫٠٠٠ د.ت", "45 TND (three decimals)"),
                 Q("index.html", "Classe de maître pour marionnettistes professionnels : DT 120,000 les trois jours.", "masterclass: 120 TND (French section only)"),
                 Q("ruaat.html", "باقة الشريك الرئيسي: ١٥٬٠٠٠ د.ت.", "sponsorship, publishers' table: not fees"),
                 Q("iqama.html", "نزل المدينة: ٩٥ د.ت لليلة.", "lodging, louage, metro: not fees"),
                 Q("matjar.html", "عروسة قفازية مصنوعة يدويًا: ٣٥ د.ت.", "shop items, donation: not fees")],
        "free_option": [Q("warashat.html", "العروض في الساحات مجانية ومفتوحة للجميع دون تسجيل.")],
        "fee_support": [Q("warashat.html", "لا توجد منح ولا تخفيضات على أسعار الورشات في هذه الدورة.")],
        "remote_participation": [Q("asila.html", "لا مشاركة عن بعد؛ العروض والورشات حضورية فقط.")],
        "captcha": [N("no CAPTCHA markup on any page", "tasjil.html")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("8 fields (name, e-mail, birth date, phone, workshop select, troupe or school, photo checkbox, rules checkbox); 6 marked (إجباري); sensitive birth_date, phone, affiliation", "tasjil.html"),
                              Q("tasjil.html", "تاريخ الولادة (إجباري)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("asila.html", "الورشات مفتوحة لمن بلغ السادسة عشرة من العمر.", "16, in words")],
        "accessibility_statement": [Q("wusul.html", "المسرح البلدي مجهز بمنحدر ومصعد ويمكن الوصول إليه بالكراسي المتحركة.")],
        "access_services": [Q("wusul.html", "ويمكن الوصول إليه بالكراسي المتحركة", "wheelchair_access"),
                            Q("wusul.html", "ترجمة إلى لغة الإشارة التونسية", "sign_language"),
                            Q("wusul.html", "ركن للأطفال بإشراف منشطين", "childcare")],
        "videos_without_captions": [M("warashat.html", 'src="media/warsha.mp4">', "no track"),
                                    M("index.html", 'kind="captions"', "the other video has captions")],
        "pdf_only_documents": [N("only a sponsor brochure is a PDF (not a participation document)", "ruaat.html")],
    })
