from lib import mk, Q, M, N, entry, video, placeholder_media, vtt, fld, radios

NAV = [("index.html", "الرئيسية"), ("warash.html", "الورش والرسوم"), ("tasjil.html", "التسجيل"), ("barnamaj.html", "البرنامج"),
       ("halaqa.html", "حلقة الحكاية عن بعد"), ("wusul.html", "الوصول"), ("tabarru.html", "ادعم المهرجان"), ("iqama.html", "الإقامة والمواصلات")]
s = mk("mahrajan-alhikaya-alshaabiya-nablus", "مهرجان نابلس للحكاية الشعبية", "ar-PS", "#8a3b12", "حكاية", NAV, dir="rtl",
       foot={"ar-PS": "<p>مركز الحكاية الشعبية — البلدة القديمة، نابلس — info@hikaya.example.ps</p>"})
placeholder_media(s, "media/hakawati.mp4")
vtt(s, "media/hakawati-ar.vtt", "كان يا ما كان في قديم الزمان")
s.pdf("docs/barnamaj-2027.pdf", "Nablus Folk Tale Festival 2027 - programme\n10-14 July: evenings in the old city square\nWorkshops at the centre")

s.page("index.html", "مهرجان نابلس للحكاية الشعبية ٢٠٢٧", f"""
<h1>مهرجان نابلس للحكاية الشعبية — الدورة السادسة</h1>
<p>من ١٠ إلى ١٤ تموز ٢٠٢٧ يجتمع الحكواتيون والجدّات والشباب في ساحات البلدة القديمة ليرووا حكايات الساحل والجبل والمخيم. أمسيات الحكي في ساحة البلدة القديمة مجانية ومفتوحة للجميع، أما الورش فتحتاج إلى تسجيل ورسوم.</p>
<p><a href="@warash.html">الورش والرسوم</a> · <a href="@tasjil.html">استمارة التسجيل</a> · <a href="@halaqa.html">حلقة الحكاية عبر زوم</a></p>
{video("media/hakawati.mp4", track="media/hakawati-ar.vtt", track_lang="ar", label="العربية")}
<section>
<h2>About the festival</h2>
<p>Every July the Folk Tale Centre invites storytellers, grandmothers and young people to tell the tales of the coast, the hills and the camps in the squares of the old city. The evening sessions are free and open to everyone; the storytelling workshops need registration and a fee, with a reduced price for students and people under eighteen.</p>
</section>
""")

s.page("warash.html", "الورش والرسوم", """
<h1>الورش والرسوم</h1>
<table><thead><tr><th>الورشة</th><th>الفئة</th><th>الرسوم</th></tr></thead><tbody>
<tr><td>ورشة فن الحكي (خمسة لقاءات)</td><td>الكبار</td><td>١٢٠ ₪</td></tr>
<tr><td>ورشة فن الحكي (خمسة لقاءات)</td><td>الطلبة ومن هم دون الثامنة عشرة</td><td>٦٠ ₪</td></tr>
<tr><td>ورشة الحكاية للأطفال من ٩ إلى ١٣ سنة</td><td>الأطفال</td><td>٤٠ شيكلًا</td></tr>
</tbody></table>
<p>الأطفال دون العاشرة يحضرون مع أحد الوالدين في اللقاء الأول.</p>
<p>أمسيات الحكي مجانية ولا تحتاج إلى تسجيل.</p>
""")

form = "\n".join([
    fld("p-name", "اسم المشارك (مطلوب)", req=True),
    fld("p-birth", "تاريخ الميلاد (مطلوب)", "date"),
    fld("p-guardian", "اسم ولي الأمر (للمشاركين دون ١٨ سنة)"),
    fld("p-phone", "رقم هاتف المشارك أو ولي الأمر (مطلوب)", "tel", req=True),
    fld("p-mail", "البريد الإلكتروني (مطلوب)", "email"),
    fld("p-id", "رقم الهوية (مطلوب)"),
    fld("p-school", "المدرسة أو الجامعة"),
    fld("p-ws", "الورشة (مطلوب)", "select", opts=["ورشة فن الحكي — الكبار", "ورشة فن الحكي — الطلبة ودون ١٨", "ورشة الحكاية للأطفال"]),
    radios("p-before", "هل شاركت في دورة سابقة؟", ["نعم", "لا"]),
    fld("p-photo", "أوافق على التصوير أثناء الورش", "checkbox"),
])
s.page("tasjil.html", "التسجيل في الورش", f"""
<h1>التسجيل في الورش</h1>
<p>املأ الاستمارة لكل مشارك على حدة. الحقول التي تحمل كلمة (مطلوب) إلزامية.</p>
<form action="@tasjil.html" method="post">
<input type="hidden" name="edition" value="6">
{form}
<div class="h-captcha" data-sitekey="10000000-made-up-nablus"></div>
<button type="submit">أرسل التسجيل</button>
</form>
""")

s.page("barnamaj.html", "البرنامج", """
<h1>البرنامج</h1>
<p>البرنامج الكامل للأمسيات والورش متاح بصيغة PDF فقط: <a href="@docs/barnamaj-2027.pdf">تنزيل البرنامج (PDF، ٤٠ ك.ب)</a>.</p>
<p>تبدأ الأمسيات في الثامنة مساءً في ساحة البلدة القديمة.</p>
""")

s.page("halaqa.html", "حلقة الحكاية عن بعد", """
<h1>حلقة الحكاية عبر زوم</h1>
<p>لأبناء الجاليات الفلسطينية في الخارج: حلقة حكاية أسبوعية عبر زوم خلال أيام المهرجان، يروي فيها المشاركون حكاياتهم مباشرة ويحاورهم الحكواتيون ويجيبون عن أسئلتهم.</p>
<p>يُرسل رابط الحلقة بعد التسجيل في الاستمارة.</p>
""")

s.page("wusul.html", "الوصول", """
<h1>الوصول</h1>
<p>يقع مركز الحكاية في مبنى تاريخي، والمدخل الرئيسي فيه درج ولا يوجد مصعد. أمسيات الساحة في مكان مفتوح ومستوٍ.</p>
<p>تتوفر ترجمة إلى لغة الإشارة الفلسطينية في أمسية الافتتاح.</p>
<p>لطلبات الوصول أو المساعدة راسلونا على wusul@hikaya.example.ps وسنرتب ما نستطيع.</p>
""")

s.page("tabarru.html", "ادعم المهرجان", """
<h1>ادعم المهرجان</h1>
<p>تبرعك بـ ٥٠ ₪ يشتري كتاب حكايات لمكتبة أحد المخيمات. تُباع في ركن الكتب مجموعات الحكايات المطبوعة بـ ٣٥ شيكلًا للنسخة.</p>
""")

s.page("iqama.html", "الإقامة والمواصلات", """
<h1>الإقامة والمواصلات</h1>
<p>فندق الياسمين في البلدة القديمة ٢٨٠ شيكلًا لليلة. بيت الضيافة في جبل جرزيم ٤٠ دينارًا أردنيًا لليلة.</p>
<p>سيارات السرفيس من رام الله إلى نابلس ١٥ شيكلًا للراكب.</p>
""")

ENTRY = entry(s,
    name="Nablus Folk Tale Festival 2027 (folk tale centre, Nablus)",
    languages=["ar", "en"],
    fees=[(120, "ILS"), (60, "ILS"), (40, "ILS")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(10, 6, ["affiliation", "birth_date", "id_document", "phone"]),
    registration_host=None, min_age=9, accessibility_statement=True, access_services=["sign_language"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "warash.html", "tasjil.html", "barnamaj.html", "halaqa.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "يجتمع الحكواتيون والجدّات والشباب في ساحات البلدة القديمة"),
                      Q("index.html", "Every July the Folk Tale Centre invites storytellers, grandmothers and young people",
                        "English section without a lang attribute: counts")],
        "un_languages": [N("ar, en")],
        "fees": [Q("warash.html", "ورشة فن الحكي (خمسة لقاءات) الكبار ١٢٠ ₪", "120 ILS"),
                 Q("warash.html", "الطلبة ومن هم دون الثامنة عشرة ٦٠ ₪", "60 ILS"),
                 Q("warash.html", "ورشة الحكاية للأطفال من ٩ إلى ١٣ سنة الأطفال ٤٠ شيكلًا", "40 ILS"),
                 Q("tabarru.html", "تبرعك بـ ٥٠ ₪ يشتري كتاب حكايات", "donation and book sales: not fees"),
                 Q("iqama.html", "بيت الضيافة في جبل جرزيم ٤٠ دينارًا أردنيًا لليلة", "hotel and guest house (JOD) and service taxi: not fees")],
        "free_option": [Q("index.html", "أمسيات الحكي في ساحة البلدة القديمة مجانية ومفتوحة للجميع"),
                        Q("warash.html", "أمسيات الحكي مجانية ولا تحتاج إلى تسجيل.")],
        "fee_support": [Q("warash.html", "الطلبة ومن هم دون الثامنة عشرة ٦٠ ₪", "reduced student/youth rate below the adult 120")],
        "remote_participation": [Q("halaqa.html", "يروي فيها المشاركون حكاياتهم مباشرة ويحاورهم الحكواتيون ويجيبون عن أسئلتهم",
                                   "telling stories live over Zoom: true")],
        "captcha": [M("tasjil.html", '<div class="h-captcha"')],
        "account_required": [N("own form without password; no platform", "tasjil.html")],
        "registration_form": [N("tasjil.html: 10 fields: name, birth date, guardian name, phone, e-mail, ID number, school or university, workshop select, previous-edition radio group, photo-consent checkbox; hidden input not counted. Required (required attribute or '(مطلوب)'): name, birth date, phone, e-mail, ID number, workshop = 6. Sensitive: birth_date, phone, id_document (رقم الهوية), affiliation (school or university).")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("warash.html", "ورشة الحكاية للأطفال من ٩ إلى ١٣ سنة", "children's workshop 9 to 13: lower bound 9"),
                    Q("warash.html", "الأطفال دون العاشرة يحضرون مع أحد الوالدين في اللقاء الأول.", "accompaniment rule: not a limit")],
        "accessibility_statement": [Q("wusul.html", "لطلبات الوصول أو المساعدة راسلونا على wusul@hikaya.example.ps",
                                      "contact for access needs (beside stairs and no lift)")],
        "access_services": [Q("wusul.html", "والمدخل الرئيسي فيه درج ولا يوجد مصعد", "stairs, no lift: no wheelchair_access"),
                            Q("wusul.html", "تتوفر ترجمة إلى لغة الإشارة الفلسطينية في أمسية الافتتاح.", "sign_language")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/hakawati-ar.vtt"', "the only video has captions")],
        "pdf_only_documents": [Q("barnamaj.html", "البرنامج الكامل للأمسيات والورش متاح بصيغة PDF فقط", "programme only as PDF")],
    })
