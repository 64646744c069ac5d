"""Moroccan youth-and-internet forum, Rabat. Arabic (rtl) with a French paragraph on the home page, a bilingual
remote page and a French home page declared lang="ar"; Amazigh greeting only. Free; transport and lodging covered;
age range in Arabic words (15-30); Turnstile; gender/birth date/phone; prizes and hotel in dirhams; promo video
without captions."""
from lib import mk, Q, M, N, entry, placeholder_media

NAV_AR = [("index.html", "الرئيسية"), ("barnamaj.html", "البرنامج"), ("tasjil.html", "التسجيل"),
          ("an-bud.html", "المشاركة عن بعد"), ("daam.html", "التنقل والإقامة"), ("jawaiz.html", "مسابقة المشاريع"),
          ("iqama.html", "الفنادق")]
NAV_FR = [("fr/index.html", "Accueil"), ("tasjil.html", "Inscription (arabe)"), ("an-bud.html", "Participation à distance")]
s = mk("muntada-shabab-internet-rabat", {"ar": "منتدى الشباب المغربي لحوكمة الإنترنت",
                                          "fr": "Forum marocain de la jeunesse sur la gouvernance de l'internet"},
       "ar", "#b91c1c", "MYF", {"ar": NAV_AR, "fr": NAV_FR}, dir="rtl",
       langs={"ar": [("fr/index.html", "Français")], "fr": [("index.html", "العربية")]},
       foot={"ar": "<p>منتدى الشباب المغربي لحوكمة الإنترنت — الرباط · contact@youth-igf.example.ma</p>"},
       homes={"ar": "index.html", "fr": "fr/index.html"})

ABOUT = ("يجمع المنتدى الشباب المغاربة من مختلف الجهات لمناقشة قضايا الإنترنت: الحقوق الرقمية، وحماية المعطيات "
         "الشخصية، والولوج إلى الشبكة في المناطق القروية، وريادة الأعمال الرقمية")
FREE = "المشاركة في المنتدى مجانية لجميع المشاركين المقبولين."
INTERP = "تتوفر ترجمة فورية بين العربية والفرنسية في الجلسات العامة."
FR_SECTION = ("Le Forum est ouvert aux jeunes de toutes les régions du Maroc. Les ateliers se déroulent en arabe et en "
              "français, et les participantes et participants peuvent s'exprimer dans la langue de leur choix.")
AGE = "المنتدى مفتوح للشباب الذين تتراوح أعمارهم بين خمس عشرة وثلاثين سنة"
SUPPORT = ("يتحمل المنتدى تكاليف التنقل بالقطار أو الحافلة والإقامة ليلتين للمشاركين القادمين من خارج جهة "
           "الرباط سلا القنيطرة")
REMOTE_AR = "يمكن للمشاركين عن بعد أخذ الكلمة مباشرة خلال الورشات عبر منصة Zoom."
REMOTE_FR = ("Les participants à distance peuvent intervenir en direct pendant les ateliers via Zoom : levez la main "
             "dans l'application et la modératrice vous donnera la parole.")
FR_HOME = ("Le Forum réunit des jeunes Marocaines et Marocains de toutes les régions pour débattre des droits "
           "numériques, de la protection des données personnelles, de l'accès à l'internet en milieu rural et de "
           "l'entrepreneuriat numérique.")

placeholder_media(s, "media/teaser-2027.mp4")
s.page("index.html", "منتدى الشباب المغربي لحوكمة الإنترنت 2027", f"""
<h1>منتدى الشباب المغربي لحوكمة الإنترنت 2027</h1>
<p lang="zgh">ⴰⵣⵓⵍ!</p>
<p class="note">الرباط، 8–9 ماي 2027 — المكتبة الوطنية للمملكة المغربية</p>
<p>{ABOUT}.</p>
<p>{FREE} <a href="@tasjil.html">سجّل الآن</a> قبل 10 أبريل 2027.</p>
<ul>
  <li><a href="@an-bud.html">المشاركة عن بعد</a></li>
  <li><a href="@daam.html">التنقل والإقامة</a></li>
</ul>
<p>{INTERP}</p>
<h2>Le Forum en français</h2>
<p>{FR_SECTION}</p>
<h2>فيديو تعريفي</h2>
<video controls preload="none" width="640" src="@media/teaser-2027.mp4"></video>
""")

s.page("fr/index.html", "Forum marocain de la jeunesse sur la gouvernance de l'internet 2027", f"""
<h1>Forum marocain de la jeunesse sur la gouvernance de l'internet 2027</h1>
<p>Rabat, 8–9 mai 2027 — Bibliothèque nationale du Royaume du Maroc.</p>
<p>{FR_HOME}</p>
<p>Le Forum est ouvert aux jeunes de 15 à 30 ans. La participation est gratuite. Le formulaire d'inscription est en
arabe : <a href="@tasjil.html">s'inscrire</a>.</p>
""", lang="ar", dir="ltr", header_lang="fr")

s.page("tasjil.html", "التسجيل — منتدى الشباب المغربي لحوكمة الإنترنت", f"""
<h1>التسجيل</h1>
<p>{AGE}. الحقول التي تحمل علامة * إلزامية.</p>
<form action="@tasjil.html" method="post">
  <label for="nm">الاسم الكامل *</label><input type="text" id="nm" name="name">
  <label for="em">البريد الإلكتروني *</label><input type="email" id="em" name="email" required>
  <label for="ph">رقم الهاتف *</label><input type="tel" id="ph" name="phone">
  <label for="bd">تاريخ الازدياد</label><input type="date" id="bd" name="birth" required>
  <fieldset><legend>الجنس</legend>
    <input type="radio" id="g1" name="gender" value="f" required><label for="g1">أنثى</label>
    <input type="radio" id="g2" name="gender" value="m"><label for="g2">ذكر</label>
  </fieldset>
  <label for="ct">المدينة</label>
  <select id="ct" name="city"><option>الرباط</option><option>الدار البيضاء</option><option>فاس</option>
  <option>مراكش</option><option>أكادير</option><option>وجدة</option><option>مدينة أخرى</option></select>
  <label for="org">المؤسسة التعليمية أو الجمعية</label><input type="text" id="org" name="org">
  <label for="why">لماذا ترغب في المشاركة؟ (إلزامي)</label><textarea id="why" name="why"></textarea>
  <div class="check"><input type="checkbox" id="ok" name="consent" required><label for="ok">أوافق على معالجة معطياتي الشخصية</label></div>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAAexample000000"></div>
  <button type="submit">إرسال</button>
</form>
""")

s.page("an-bud.html", "المشاركة عن بعد — Participation à distance", f"""
<h1>المشاركة عن بعد — Participation à distance</h1>
<p>{REMOTE_AR}</p>
<p>{REMOTE_FR}</p>
""")

s.page("daam.html", "التنقل والإقامة — منتدى الشباب المغربي لحوكمة الإنترنت", f"""
<h1>التنقل والإقامة</h1>
<p>{SUPPORT}. يُرجى الاحتفاظ بالتذاكر لاسترجاع المصاريف.</p>
""")

s.page("barnamaj.html", "البرنامج — منتدى الشباب المغربي لحوكمة الإنترنت", """
<h1>البرنامج</h1>
<ul>
  <li>رسوم الإنترنت المحمول وتكلفة الولوج في العالم القروي</li>
  <li>التسجيل في المنصات الحكومية: الهوية الرقمية للشباب</li>
  <li>اللغات الأمازيغية والعربية على الإنترنت</li>
</ul>
""")

s.page("jawaiz.html", "مسابقة المشاريع — منتدى الشباب المغربي لحوكمة الإنترنت", """
<h1>مسابقة المشاريع الرقمية</h1>
<p>جائزة أفضل مشروع: 10.000 درهم. الجائزة الثانية: 5.000 د.م. الجائزة الثالثة: 2.500 DH.</p>
""")

s.page("iqama.html", "الفنادق — منتدى الشباب المغربي لحوكمة الإنترنت", """
<h1>الفنادق والتنقل</h1>
<p>للمشاركين الذين لا يستفيدون من الإقامة المجانية: فندق أكدال، 450 درهم لليلة.</p>
<p>تذكرة القطار من الدار البيضاء إلى الرباط: حوالي 45 DH في الدرجة الثانية.</p>
""")

ENTRY = entry(
    s, name="Forum marocain de la jeunesse sur la gouvernance de l'internet 2027 (Moroccan youth-and-internet forum)",
    languages=["ar", "fr"], fees=[], free_option=True, fee_support=True, remote_participation=True,
    captcha=["turnstile"], account_required=False, registration_form=(9, 7, ["affiliation", "birth_date", "gender", "phone"]),
    min_age=15, accessibility_statement=False, access_services=["interpretation"], videos_without_captions=1,
    participation_pages=["index.html", "fr/index.html", "tasjil.html", "an-bud.html", "daam.html"],
    evidence={
        "languages": [Q("index.html", ABOUT), Q("index.html", FR_SECTION, "French section on the Arabic home page"),
                      Q("fr/index.html", FR_HOME), M("fr/index.html", '<html lang="ar">', "French page declared as Arabic"),
                      Q("index.html", "ⴰⵣⵓⵍ!", "Amazigh greeting only: not a language offered")],
        "un_languages": [N("ar, fr")],
        "fees": [Q("index.html", FREE), Q("jawaiz.html", "جائزة أفضل مشروع: 10.000 درهم", "prize, not a fee"),
                 Q("iqama.html", "450 درهم لليلة", "hotel, not a fee"),
                 Q("iqama.html", "حوالي 45 DH في الدرجة الثانية", "train, not a fee")],
        "free_option": [Q("index.html", FREE), Q("fr/index.html", "La participation est gratuite.")],
        "fee_support": [Q("daam.html", SUPPORT)],
        "remote_participation": [Q("an-bud.html", REMOTE_AR), Q("an-bud.html", REMOTE_FR)],
        "captcha": [M("tasjil.html", '<div class="cf-turnstile" data-sitekey=')],
        "account_required": [N("no account")],
        "registration_form": [M("tasjil.html", '<label for="why">لماذا ترغب في المشاركة؟ (إلزامي)</label>'),
                              N("9 fields: name, email, phone, birth date, gender (radio group), city, organisation, why, "
                                "consent. Required: name (*), email, phone (*), birth date, gender, why ((إلزامي)), consent "
                                "= 7. Sensitive: phone, birth_date, gender, affiliation. City is not sensitive.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("tasjil.html", AGE, "in words: fifteen to thirty"), Q("fr/index.html", "ouvert aux jeunes de 15 à 30 ans")],
        "accessibility_statement": [N("nothing about accessibility provisions or access needs; interpretation alone is not one")],
        "access_services": [Q("index.html", INTERP)],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/teaser-2027.mp4"></video>')],
        "pdf_only_documents": [N("no PDF")],
    })
