"""National colloquium on renewable energy in arid regions, a made-up higher institute (Ouargla). ar-DZ, rtl;
French section with lang, English section with lang."""
from lib import mk, Q, M, N, entry, fld, radios

SLUG = "multaqa-watani-taqat-mutajadida-ouargla"
NAV = [("index.html", "الرئيسية"), ("musharaka.html", "شروط المشاركة والرسوم"), ("tasjil.html", "التسجيل وإرسال الملخص"),
       ("barnamaj.html", "البرنامج"), ("maalumat.html", "معلومات عملية"), ("fanadiq.html", "الإقامة والسفر"),
       ("raa.html", "الرعاة"), ("wadaif.html", "عروض العمل")]
s = mk(SLUG, "الملتقى الوطني الخامس للطاقات المتجددة في المناطق الجافة", "ar-DZ", "#0f6b4f", "ط م", NAV, dir="rtl",
       foot={"ar-DZ": "<p>المعهد العالي للطاقات الصحراوية — ورقلة، الجزائر — colloque@esr-sahara.example.dz</p>"},
       newsletter={"ar-DZ": ("النشرة الإخبارية", "اشتراك")})
s.pdf("docs/barnamaj-2027.pdf", "Programme du 5e colloque national sur les energies renouvelables\n"
      "Ouargla, 14-15 avril 2027\nJour 1: seance pleniere, axes 1 et 2\nJour 2: axes 3 et 4, cloture")

s.page("index.html", "الملتقى الوطني الخامس للطاقات المتجددة", """
<h1>الملتقى الوطني الخامس للطاقات المتجددة في المناطق الجافة</h1>
<p>ينظم المعهد العالي للطاقات الصحراوية بورقلة يومي ١٤ و١٥ أفريل ٢٠٢٧ ملتقى وطنيًا يجمع الباحثين والأساتذة وطلبة
الدكتوراه حول الطاقة الشمسية وتحلية المياه وتخزين الطاقة في المناطق الجافة.</p>
<p>آخر أجل لإرسال الملخصات: ٣١ جانفي ٢٠٢٧. اطلعوا على <a href="@musharaka.html">شروط المشاركة والرسوم</a> ثم
<a href="@tasjil.html">أنشئوا حسابًا وأرسلوا ملخصكم</a>.</p>
<section lang="fr">
<h2>Le colloque en bref</h2>
<p>L'Institut supérieur des énergies sahariennes organise à Ouargla, les 14 et 15 avril 2027, un colloque national
qui réunit chercheurs, enseignants et doctorants autour de l'énergie solaire, du dessalement et du stockage de
l'énergie en zones arides. Les frais d'inscription sont de 6 000 DA pour tous les participants, de 120 € pour les
participants venant de l'étranger, et de 3 000 DA pour une communication présentée à distance.</p>
</section>
<section lang="en">
<h2>Call for papers</h2>
<p>Researchers and doctoral students are invited to submit abstracts on solar energy, desalination and energy
storage in arid regions. Abstracts may be written in Arabic, French or English and are submitted through the
colloquium platform after creating an account.</p>
</section>
<p><a href="@mahawir.html">محاور الملتقى بالتفصيل</a></p>
""")

s.page("musharaka.html", "شروط المشاركة والرسوم", """
<h1>شروط المشاركة والرسوم</h1>
<ul>
<li>رسوم المشاركة الموحدة: 6000 دج لجميع المشاركين (أساتذة وباحثين وطلبة دكتوراه).</li>
<li>المشاركون من خارج الجزائر: 120 يورو.</li>
<li>المشاركة عن بعد (عرض المداخلة عبر Google Meet مع المناقشة): 3000 دج.</li>
</ul>
<p>لا إعفاء من الرسوم، بما في ذلك أعضاء اللجنة العلمية.</p>
<p>لا توجد تخفيضات للطلبة ولا منح للتنقل أو الإقامة.</p>
<p>تشمل الرسوم حقيبة الملتقى ووجبتي الغداء وشهادة المشاركة.</p>
""")

form = "".join([
    fld("name", "الاسم واللقب (إجباري)"),
    fld("email", "البريد الإلكتروني (إجباري)", "email"),
    fld("pw", "كلمة المرور (إجباري)", "password"),
    fld("pw2", "تأكيد كلمة المرور (إجباري)", "password"),
    fld("tel", "رقم الهاتف (إجباري)", "tel"),
    fld("inst", "المؤسسة أو الجامعة (إجباري)"),
    fld("grade", "الرتبة العلمية", "select", opts=["أستاذ", "أستاذ محاضر", "باحث", "طالب دكتوراه"]),
    fld("axis", "محور المداخلة (إجباري)", "select", opts=["الطاقة الشمسية", "تحلية المياه", "تخزين الطاقة", "السياسات الطاقوية"]),
    radios("mode", "نمط المشاركة (إجباري)", ["حضوري", "عن بعد"]),
    fld("abstract", "ملخص المداخلة (إجباري)", "file"),
])
s.page("tasjil.html", "التسجيل وإرسال الملخص", f"""
<h1>التسجيل وإرسال الملخص</h1>
<p>يتطلب إرسال الملخص إنشاء حساب في منصة الملتقى. بعد قبول الملخص تتلقون رابط الدفع.</p>
<form action="@tasjil.html" method="post">
{form}
<div class="g-recaptcha" data-sitekey="6Lc-ouargla-colloque"></div>
<button type="submit">إنشاء الحساب وإرسال الملخص</button>
</form>
<h2>لديكم حساب؟</h2>
<form action="@tasjil.html" method="post">
<label for="lu">البريد الإلكتروني</label><input type="email" id="lu" name="lu">
<label for="lp">كلمة المرور</label><input type="password" id="lp" name="lp">
<button type="submit">دخول</button>
</form>
""")

s.page("barnamaj.html", "البرنامج", """
<h1>برنامج الملتقى</h1>
<p>يتوزع الملتقى على يومين: جلسة افتتاحية عامة ثم جلسات متوازية حسب المحاور.</p>
<p><a href="@docs/barnamaj-2027.pdf">تحميل البرنامج المفصل (PDF، 40 ك.ب)</a> — البرنامج متاح بصيغة PDF فقط.</p>
""")

s.page("maalumat.html", "معلومات عملية", """
<h1>معلومات عملية</h1>
<p>يقام الملتقى في قاعة المحاضرات الكبرى للمعهد، على بعد ١٠ دقائق من وسط مدينة ورقلة.</p>
<p>تتوفر ترجمة فورية بين العربية والفرنسية في الجلسات العامة.</p>
<p>لأي احتياجات خاصة بالوصول (كرسي متحرك، مرافق، مواد بخط كبير) يرجى التواصل مع اللجنة التنظيمية على
access@esr-sahara.example.dz قبل ١ أفريل.</p>
""")

s.page("fanadiq.html", "الإقامة والسفر", """
<h1>الإقامة والسفر</h1>
<p>فندق الواحة: 7500 دج لليلة. الإقامة الجامعية للمشاركين من الطلبة: 1200 دج لليلة (حسب الأماكن المتوفرة).</p>
<p>تذكرة الطائرة الجزائر–ورقلة ذهابًا وإيابًا تقارب 14000 دج، والحافلة من غرداية 900 دج.</p>
""")

s.page("raa.html", "الرعاة", """
<h1>رعاية الملتقى</h1>
<p>الراعي الرسمي: 500 000 دج. جناح عرض للمؤسسات: 80 000 دج.</p>
""")

s.page("wadaif.html", "عروض العمل", """
<h1>عروض عمل لدى شركائنا</h1>
<p>مهندس(ة) صيانة محطات شمسية — حاسي مسعود — الراتب الشهري 95 000 دج.</p>
<p>باحث(ة) ما بعد الدكتوراه في تحلية المياه — عقد سنة — منحة شهرية 70 000 دج.</p>
""")

ENTRY = entry(
    s, name="5th National Colloquium on Renewable Energy in Arid Regions (higher institute, Ouargla)",
    languages=["ar", "fr", "en"],
    fees=[(6000, "DZD"), (120, "EUR"), (3000, "DZD")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["recaptcha"],
    account_required=True, registration_form=(10, 9, ["phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["interpretation"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "musharaka.html", "tasjil.html", "barnamaj.html", "maalumat.html"],
    deliberate_404=["mahawir.html"],
    evidence={
        "languages": [Q("index.html", "ينظم المعهد العالي للطاقات الصحراوية بورقلة"),
                      Q("index.html", "L'Institut supérieur des énergies sahariennes organise à Ouargla", "French section with lang"),
                      Q("index.html", "Researchers and doctoral students are invited to submit abstracts", "English section with lang")],
        "un_languages": [N("ar, en, fr")],
        "fees": [Q("musharaka.html", "رسوم المشاركة الموحدة: 6000 دج لجميع المشاركين", "6000 DZD"),
                 Q("musharaka.html", "المشاركون من خارج الجزائر: 120 يورو.", "120 EUR"),
                 Q("musharaka.html", "المشاركة عن بعد (عرض المداخلة عبر Google Meet مع المناقشة): 3000 دج.", "online presentation: 3000 DZD"),
                 Q("index.html", "Les frais d'inscription sont de 6 000 DA pour tous les participants", "French restatement, no new entries"),
                 Q("fanadiq.html", "فندق الواحة: 7500 دج لليلة.", "hotel, residence, flight, bus: not fees"),
                 Q("raa.html", "الراعي الرسمي: 500 000 دج.", "sponsorship: not a fee"),
                 Q("wadaif.html", "الراتب الشهري 95 000 دج", "salary: not a fee")],
        "free_option": [Q("musharaka.html", "لا إعفاء من الرسوم، بما في ذلك أعضاء اللجنة العلمية.", "fees stated, nothing free: false")],
        "fee_support": [Q("musharaka.html", "لا توجد تخفيضات للطلبة ولا منح للتنقل أو الإقامة.",
                          "false; the foreign and online rates are not reduced rates")],
        "remote_participation": [Q("musharaka.html", "عرض المداخلة عبر Google Meet مع المناقشة", "presenting online with discussion")],
        "captcha": [M("tasjil.html", '<div class="g-recaptcha"')],
        "account_required": [Q("tasjil.html", "يتطلب إرسال الملخص إنشاء حساب في منصة الملتقى."),
                             M("tasjil.html", 'type="password" id="pw2"', "sign-up with password and confirmation")],
        "registration_form": [N("tasjil.html: sign-up form, 10 fields: name, e-mail, password, confirmation, phone, "
                                "institution, grade select, axis select, mode radio group, abstract file. Required "
                                "(إجباري): all but the grade select = 9. Sensitive: phone, affiliation. The login form "
                                "beside it is not the registration form.")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age stated", "musharaka.html")],
        "accessibility_statement": [Q("maalumat.html", "لأي احتياجات خاصة بالوصول (كرسي متحرك، مرافق، مواد بخط كبير) يرجى التواصل مع اللجنة التنظيمية",
                                      "contact for access needs")],
        "access_services": [Q("maalumat.html", "تتوفر ترجمة فورية بين العربية والفرنسية في الجلسات العامة.", "interpretation"),
                            N("no wheelchair-accessible venue stated (only a contact)", "maalumat.html")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("barnamaj.html", "البرنامج متاح بصيغة PDF فقط.", "programme only as PDF")],
    })
