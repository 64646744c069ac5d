"""Youth civic-tech hackathon of a (fictional) youth centre, Doha (ar-QA, rtl; English section without lang)."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "الرئيسية"), ("shurut.html", "الشروط والتكلفة"), ("masarat.html", "المسارات"),
       ("tasjil.html", "تسجيل الفرق"), ("wusul.html", "الإتاحة"), ("jawaiz.html", "الجوائز"),
       ("ruaat.html", "الرعاة"), ("akhbar.html", "الأخبار")]
s = mk("hackathon-shabab-madani-doha", "هاكاثون الشباب المدني – الدوحة", "ar-QA", "#7a1f3d", "هش", NAV, dir="rtl",
       foot={"ar-QA": '<p>مركز شباب الريان للابتكار (جهة خيالية) · <a href="mailto:hack@example.qa">hack@example.qa</a></p>'})
placeholder_media(s, "media/teaser.mp4")
vtt(s, "media/teaser-ar.vtt", "مرحبًا بكم في هاكاثون الشباب المدني")

s.page("index.html", "هاكاثون الشباب المدني ٢٠٢٧ – الدوحة", f"""
<h1>هاكاثون الشباب المدني ٢٠٢٧</h1>
<p>ثمانٍ وأربعون ساعة من البرمجة والتصميم لحلول تخدم الأحياء والمدارس والمكتبات العامة، من ١٨ إلى ٢٠ فبراير ٢٠٢٧
في مركز شباب الريان للابتكار بالدوحة. تتكون الفرق من ثلاثة إلى خمسة أعضاء.</p>
<ul>
  <li><a href="@shurut.html">الشروط والتكلفة والمشاركة عن بعد</a></li>
  <li><a href="@tasjil.html">تسجيل الفرق</a></li>
  <li><a href="@wusul.html">الإتاحة لذوي الإعاقة</a></li>
</ul>
<section>
<h2>About the hackathon</h2>
<p>The Doha Youth Civic Hackathon brings together young coders, designers and students for forty-eight hours to build
tools for neighbourhoods, schools and public libraries. Teams of three to five people work with mentors from
ministries and civil-society groups, and the best prototypes are piloted with the municipality in the spring.</p>
<p>Most sessions and all mentoring are in Arabic; English-speaking team members are welcome and the final pitches may
be given in either language.</p>
</section>
<h2>فيديو تعريفي</h2>
{video("media/teaser.mp4", track="media/teaser-ar.vtt", track_lang="ar", label="العربية")}
""")

s.page("shurut.html", "الشروط والتكلفة", """
<h1>الشروط والتكلفة</h1>
<h2>من يمكنه المشاركة؟</h2>
<p>الهاكاثون مفتوح للشباب المقيمين في قطر من عمر ١٦ إلى ٢٥ سنة، طلابًا أو خريجين أو عاملين.</p>
<h2>التكلفة</h2>
<p>المشاركة في الهاكاثون مجانية بالكامل، وتشمل الوجبات والمشروبات طوال أيام الفعالية.</p>
<p>لا نتكفّل بتكاليف السفر أو الإقامة للمشاركين.</p>
<h2>المشاركة عن بعد</h2>
<p>يمكن للفرق المشاركة عن بعد طوال الفعالية، وتقديم العرض النهائي أمام لجنة التحكيم عبر الاتصال المرئي مع الإجابة عن أسئلتها.</p>
""")

s.page("masarat.html", "المسارات", """
<h1>المسارات</h1>
<ul>
  <li>اللغة العربية في الذكاء الاصطناعي: أدوات تفهم اللهجة القطرية</li>
  <li>التسجيل المدرسي الميسر: تبسيط إجراءات تسجيل الطلاب الجدد</li>
  <li>مدن بلا عوائق: خرائط الأرصفة والمنحدرات لمستخدمي الكراسي المتحركة</li>
</ul>
""")

s.page("tasjil.html", "تسجيل الفرق", """
<h1>تسجيل الفرق</h1>
<p>الحقول المعلّمة بـ (ضروري) يجب تعبئتها. يسجّل قائد الفريق بيانات الفريق كاملة.</p>
<form action="@tasjil.html" method="post">
  <fieldset><legend>الفريق</legend>
    <label for="team">اسم الفريق (ضروري)</label><input type="text" id="team" name="team">
    <label for="track">المسار (ضروري)</label><select id="track" name="track"><option>اللغة العربية في الذكاء الاصطناعي</option><option>التسجيل المدرسي الميسر</option><option>مدن بلا عوائق</option></select>
  </fieldset>
  <fieldset><legend>قائد الفريق</legend>
    <label for="lname">الاسم (ضروري)</label><input type="text" id="lname" name="lname">
    <label for="lemail">البريد الإلكتروني (ضروري)</label><input type="email" id="lemail" name="lemail">
    <label for="lphone">رقم الجوال (ضروري)</label><input type="tel" id="lphone" name="lphone">
    <label for="lbirth">تاريخ الميلاد (ضروري)</label><input type="date" id="lbirth" name="lbirth">
    <label for="lschool">الجامعة أو المدرسة</label><input type="text" id="lschool" name="lschool">
  </fieldset>
  <fieldset><legend>العضو الثاني</legend>
    <label for="m2name">الاسم</label><input type="text" id="m2name" name="m2name">
    <label for="m2email">البريد الإلكتروني</label><input type="email" id="m2email" name="m2email">
  </fieldset>
  <fieldset><legend>العضو الثالث</legend>
    <label for="m3name">الاسم</label><input type="text" id="m3name" name="m3name">
    <label for="m3email">البريد الإلكتروني</label><input type="email" id="m3email" name="m3email">
  </fieldset>
  <fieldset><legend>طريقة المشاركة (ضروري)</legend>
    <input type="radio" id="mo1" name="mode" value="onsite"><label for="mo1">حضوريًا في الدوحة</label>
    <input type="radio" id="mo2" name="mode" value="remote"><label for="mo2">عن بعد</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="rules" name="rules"><label for="rules">قرأنا قواعد الهاكاثون ونوافق عليها (ضروري)</label></div>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAAFakeCorpusKey"></div>
  <button type="submit">تسجيل الفريق</button>
</form>
""")

s.page("wusul.html", "الإتاحة", """
<h1>الإتاحة لذوي الإعاقة</h1>
<p>قاعات مركز شباب الريان مهيأة للكراسي المتحركة، والمدخل الرئيسي بلا درجات، وتتوفر دورات مياه مهيأة.</p>
<p>لا يتوفر مترجم لغة إشارة خلال الهاكاثون.</p>
<p>لأي احتياجات خاصة تواصلوا مع فريق الإتاحة: access@example.qa</p>
""")

s.page("jawaiz.html", "الجوائز", """
<h1>الجوائز</h1>
<ul>
  <li>المركز الأول: ٥٠٬٠٠٠ ريال قطري</li>
  <li>المركز الثاني: ٣٠٬٠٠٠ ر.ق</li>
  <li>جائزة الجمهور: QAR 10,000</li>
</ul>
<p>ويحصل أفضل ثلاثة فرق على منحة تطوير بقيمة ١٥٬٠٠٠ ريال لتجربة النموذج مع البلدية.</p>
""")

s.page("ruaat.html", "الرعاة", """
<h1>فرص الرعاية</h1>
<p>الراعي البلاتيني: ١٢٠٬٠٠٠ ريال قطري · الراعي الذهبي: ٦٠٬٠٠٠ ريال قطري · ركن عرض: ٨٬٠٠٠ ريال قطري.</p>
""")

s.page("akhbar.html", "الأخبار", """
<h1>الأخبار</h1>
<p>نبحث عن مرشد تقني متعاقد لأيام الفعالية بمكافأة ٤٬٥٠٠ ريال قطري.</p>
<p>مواقف السيارات متاحة مجانًا بجوار المركز، ومحطة مترو الريان على بعد خمس دقائق (التذكرة ٢ ريال).</p>
""")

ENTRY = entry(
    s, name="Doha Youth Civic Hackathon 2027 (fictional youth centre, Doha)",
    languages=["ar", "en"], fees=[],
    free_option=True, fee_support=False, remote_participation=True, captcha=["turnstile"],
    account_required=False, registration_form=(13, 8, ["phone", "birth_date", "affiliation"]),
    min_age=16, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "shurut.html", "tasjil.html", "wusul.html"],
    evidence={
        "languages": [Q("index.html", "ثمانٍ وأربعون ساعة من البرمجة والتصميم"),
                      Q("index.html", "The Doha Youth Civic Hackathon brings together young coders",
                        "English section without a lang attribute, two paragraphs")],
        "un_languages": [N("ar, en")],
        "fees": [Q("shurut.html", "المشاركة في الهاكاثون مجانية بالكامل", "no price of taking part"),
                 Q("jawaiz.html", "المركز الأول: ٥٠٬٠٠٠ ريال قطري", "prizes and seed grant: not fees"),
                 Q("ruaat.html", "الراعي البلاتيني: ١٢٠٬٠٠٠ ريال قطري", "sponsor packages: not fees"),
                 Q("akhbar.html", "بمكافأة ٤٬٥٠٠ ريال قطري", "mentor pay, metro ticket: not fees")],
        "free_option": [Q("shurut.html", "المشاركة في الهاكاثون مجانية بالكامل")],
        "fee_support": [Q("shurut.html", "لا نتكفّل بتكاليف السفر أو الإقامة للمشاركين.", "no support")],
        "remote_participation": [Q("shurut.html", "يمكن للفرق المشاركة عن بعد طوال الفعالية، وتقديم العرض النهائي أمام لجنة التحكيم عبر الاتصال المرئي")],
        "captcha": [M("tasjil.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("13 fields: team name, track select, leader name, e-mail, phone, birth date, school, member 2 "
                                "name + e-mail, member 3 name + e-mail, mode radio (=1), rules checkbox. Required ((ضروري)): "
                                "team, track, leader name, e-mail, phone, birth date, mode, rules = 8. Sensitive: phone, "
                                "birth_date, affiliation (university or school); track select not sensitive.", "tasjil.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("shurut.html", "من عمر ١٦ إلى ٢٥ سنة", "16 (Arabic-Indic digits)")],
        "accessibility_statement": [Q("wusul.html", "لأي احتياجات خاصة تواصلوا مع فريق الإتاحة")],
        "access_services": [Q("wusul.html", "قاعات مركز شباب الريان مهيأة للكراسي المتحركة"),
                            Q("wusul.html", "لا يتوفر مترجم لغة إشارة خلال الهاكاثون.", "no sign language (negation)"),
                            Q("masarat.html", "مدن بلا عوائق: خرائط الأرصفة والمنحدرات لمستخدمي الكراسي المتحركة",
                              "track title, not a service")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/teaser-ar.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
