from lib import mk, Q, M, N, entry, video, placeholder_media

SLUG = "multaqa-jihawi-iqtisad-ijtimai-tadamuni-oujda"
NAV = [("index.html", "الرئيسية"), ("barnamaj.html", "البرنامج"), ("tasjil.html", "التسجيل"),
       ("asila.html", "أسئلة شائعة"), ("wusul.html", "الولوجية والترجمة"), ("aridun.html", "العارضون"),
       ("iqama.html", "الإقامة والتنقل"), ("wazaif.html", "عروض الشغل")]
s = mk(SLUG, "الملتقى الجهوي للاقتصاد الاجتماعي والتضامني 2027", "ar-MA", "#006233", "ESS", NAV, dir="rtl",
       foot={"ar-MA": "<p>شبكة التعاونيات (جمعية خيالية) · multaqa@ess-oriental.example.ma</p>"})
placeholder_media(s, "media/multaqa-2026.mp4")

s.page("index.html", "الملتقى الجهوي للاقتصاد الاجتماعي والتضامني 2027", """
<h1>الملتقى الجهوي للاقتصاد الاجتماعي والتضامني</h1>
<p>وجدة، 15 و16 أبريل 2027. يجمع الملتقى التعاونيات والجمعيات والمقاولات الاجتماعية وممثلي الجماعات الترابية لجهة الشرق لمناقشة تسويق المنتجات المحلية والتمويل التضامني.</p>
<p>ⴰⵣⵓⵍ !</p>
<div class="fr">
<h2>En français</h2>
<p>Le forum réunit les coopératives, associations et entreprises sociales de la région de l'Oriental autour de la commercialisation des produits du terroir et de la finance solidaire. Les frais de participation sont de 500 DH par personne ; aucune inscription n'est gratuite, y compris pour les intervenants.</p>
</div>
<p><a href="@tasjil.html">التسجيل</a> · <a href="@asila.html">أسئلة شائعة</a></p>
""" + video("media/multaqa-2026.mp4") + """
""")

s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج</h1>
<ul><li>جلسة: رسوم التصدير وصعوبات التسويق</li><li>ورشة: تسجيل التعاونيات في السجل الوطني</li></ul>
""")

s.page("tasjil.html", "التسجيل", """
<h1>التسجيل</h1>
<table><tr><th>الفئة</th><th>رسوم المشاركة</th></tr>
<tr><td>المشاركون من المغرب</td><td>500 درهم</td></tr>
<tr><td>المشاركون من خارج المغرب</td><td>60 يورو</td></tr>
<tr><td>ورشة تكوينية اختيارية في التغليف</td><td>150 د.م.</td></tr></table>
<p>لا توجد تسجيلات مجانية، ويؤدي المتدخلون أيضاً رسوم المشاركة. لا تتوفر منح أو تخفيضات.</p>
<form action="@tasjil.html" method="post">
  <label for="ism">الاسم الكامل (إجباري)</label><input type="text" id="ism" name="ism">
  <label for="cin">رقم البطاقة الوطنية (إجباري)</label><input type="text" id="cin" name="cin">
  <label for="taawniya">اسم التعاونية أو الجمعية (إجباري)</label><input type="text" id="taawniya" name="taawniya">
  <label for="hatif">الهاتف *</label><input type="tel" id="hatif" name="hatif">
  <label for="barid">البريد الإلكتروني</label><input type="email" id="barid" name="barid">
  <label for="iqlim">الإقليم</label><select id="iqlim" name="iqlim"><option>وجدة أنكاد</option><option>الناظور</option><option>بركان</option><option>فكيك</option></select>
  <div class="check"><input type="checkbox" id="warsha" name="warsha"><label for="warsha">أرغب في الورشة الاختيارية</label></div>
  <div class="check"><input type="checkbox" id="muwafaqa" name="muwafaqa" required><label for="muwafaqa">أوافق على شروط المشاركة</label></div>
  <div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
  <button type="submit">إرسال</button>
</form>
""")

s.page("asila.html", "أسئلة شائعة", """
<h1>أسئلة شائعة</h1>
<details open><summary>هل يمكن المشاركة عن بعد؟</summary><p>لا، الملتقى حضوري فقط ولن يتم بثه.</p></details>
<details open><summary>هل يمكن اصطحاب الأطفال؟</summary><p>يجب أن يكون الأطفال دون 12 سنة برفقة أحد الوالدين.</p></details>
""")

s.page("wusul.html", "الولوجية والترجمة", """
<h1>الترجمة</h1>
<p>تتوفر الترجمة الفورية بين العربية والفرنسية والأمازيغية خلال الجلسات العامة.</p>
""")

s.page("aridun.html", "العارضون", """
<h1>العارضون والشركاء</h1>
<p>رواق عرض للتعاونيات: 3.000 درهم. شريك رئيسي: 40.000 درهم.</p>
""")

s.page("iqama.html", "الإقامة والتنقل", """
<h1>الإقامة والتنقل</h1>
<p>فندق شريك: 450 درهم لليلة. سيارة أجرة صغيرة داخل المدينة: حوالي 10 دراهم. القطار من فاس: 140 درهم.</p>
""")

s.page("wazaif.html", "عروض الشغل", """
<h1>عروض الشغل</h1>
<p>منسق(ة) مشاريع، الأجر الشهري 6.000 درهم.</p>
""")

ENTRY = entry(s, name="الملتقى الجهوي للاقتصاد الاجتماعي والتضامني 2027 (regional social and solidarity economy forum, Oujda)",
    languages=["ar", "fr"], fees=[(500, "MAD"), (60, "EUR"), (150, "MAD")],
    free_option=False, fee_support=False, remote_participation=False, captcha=["recaptcha"], account_required=False,
    registration_form=(8, 5, ["id_document", "affiliation", "phone"]),
    min_age=None, accessibility_statement=False, access_services=["interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tasjil.html", "asila.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "يجمع الملتقى التعاونيات والجمعيات والمقاولات الاجتماعية"),
                      Q("index.html", "Le forum réunit les coopératives, associations et entreprises sociales", "French section without a lang attribute on an ar-MA page"),
                      Q("index.html", "ⴰⵣⵓⵍ !", "Amazigh greeting only: not counted (and no ISO 639-1 code)")],
        "un_languages": [N("ar, fr")],
        "fees": [Q("tasjil.html", "المشاركون من المغرب 500 درهم", "درهم = MAD"),
                 Q("tasjil.html", "المشاركون من خارج المغرب 60 يورو", "يورو = EUR"),
                 Q("tasjil.html", "ورشة تكوينية اختيارية في التغليف 150 د.م.", "paid add-on workshop; د.م. = MAD"),
                 Q("index.html", "Les frais de participation sont de 500 DH par personne", "same amount"),
                 Q("aridun.html", "رواق عرض للتعاونيات: 3.000 درهم. شريك رئيسي: 40.000 درهم.", "stand, sponsor"),
                 Q("iqama.html", "فندق شريك: 450 درهم لليلة. سيارة أجرة صغيرة داخل المدينة: حوالي 10 دراهم. القطار من فاس: 140 درهم.", "hotel, taxi, train"),
                 Q("wazaif.html", "الأجر الشهري 6.000 درهم", "salary"),
                 Q("barnamaj.html", "جلسة: رسوم التصدير وصعوبات التسويق", "session title")],
        "free_option": [Q("tasjil.html", "لا توجد تسجيلات مجانية، ويؤدي المتدخلون أيضاً رسوم المشاركة."),
                        Q("index.html", "aucune inscription n'est gratuite, y compris pour les intervenants")],
        "fee_support": [Q("tasjil.html", "لا تتوفر منح أو تخفيضات.", "no support: false")],
        "remote_participation": [Q("asila.html", "لا، الملتقى حضوري فقط ولن يتم بثه.")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [N("no account; own form")],
        "registration_form": [N("8 fields: name, national ID (CIN) number, cooperative/association, phone, e-mail, province select, optional-workshop checkbox, consent checkbox. Required: name, CIN, cooperative by '(إجباري)', phone by '*', consent (required) = 5. Sensitive: id_document, affiliation, phone.", "tasjil.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("asila.html", "يجب أن يكون الأطفال دون 12 سنة برفقة أحد الوالدين.", "accompaniment rule: not a minimum age")],
        "accessibility_statement": [Q("wusul.html", "تتوفر الترجمة الفورية بين العربية والفرنسية والأمازيغية خلال الجلسات العامة.", "interpretation alone is not a statement; no other provision or contact")],
        "access_services": [Q("wusul.html", "تتوفر الترجمة الفورية بين العربية والفرنسية والأمازيغية", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/multaqa-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
