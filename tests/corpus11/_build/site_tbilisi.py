from lib import mk, Q, M, N, entry, video, placeholder_media

SLUG = "caucasus-family-medicine-congress-tbilisi"
NAV = [("index.html", "მთავარი"), ("programa.html", "პროგრამა"), ("registracia.html", "რეგისტრაცია"),
       ("online.html", "ონლაინ მონაწილეობა"), ("xelmisatsvdomoba.html", "ხელმისაწვდომობა"),
       ("sponsorebi.html", "სპონსორები"), ("sastumro.html", "სასტუმრო"), ("en/index.html", "English")]
s = mk(SLUG, "კავკასიის ოჯახის მედიცინის კონგრესი 2027", "ka", "#2e7d32", "CFM", NAV,
       foot={"ka": "<p>ოჯახის ექიმთა ასოციაცია (გამოგონილი) · congress@cfm-tbilisi.example.ge</p>"})
placeholder_media(s, "media/congress-2026.mp4")
s.pdf("docs/programa-2027.pdf", "Programme 2027")

ALT = [("ka", "index.html"), ("en", "en/index.html")]
s.page("index.html", "კავკასიის ოჯახის მედიცინის კონგრესი 2027", """
<h1>კავკასიის ოჯახის მედიცინის კონგრესი</h1>
<p>თბილისი, 2027 წლის 7–9 ოქტომბერი. კონგრესი აერთიანებს ოჯახის ექიმებს, ექთნებს და რეზიდენტებს საქართველოდან, სომხეთიდან და აზერბაიჯანიდან პირველადი ჯანდაცვის ახალი მიდგომების განსახილველად.</p>
<section lang="ru">
<h2>Для участников из соседних стран</h2>
<p>Конгресс объединяет семейных врачей, медсестёр и ординаторов из Грузии, Армении и Азербайджана. Пленарные заседания сопровождаются синхронным переводом на русский язык, регистрация проходит через личный кабинет на этом сайте.</p>
</section>
<p><a href="@registracia.html">რეგისტრაცია</a></p>
""", alternates=ALT)

s.page("programa.html", "პროგრამა", """
<h1>პროგრამა</h1>
<p>კონგრესის დეტალური პროგრამა ხელმისაწვდომია მხოლოდ PDF ფორმატში: <a href="@docs/programa-2027.pdf">პროგრამა (PDF)</a>.</p>
""")

s.page("registracia.html", "რეგისტრაცია", """
<h1>სარეგისტრაციო გადასახადი</h1>
<table><tr><th>კატეგორია</th><th>ადრეული რეგისტრაცია</th><th>ადგილზე</th></tr>
<tr><td>ექიმები</td><td>250 ₾</td><td>300 ₾</td></tr>
<tr><td>სტუდენტები და რეზიდენტები</td><td>100 ლარი</td><td>100 ლარი</td></tr>
<tr><td>ექთნები</td><td>GEL 120</td><td>GEL 120</td></tr></table>
<p>რეგისტრაციისთვის საჭიროა პირადი კაბინეტის შექმნა.</p>
<h2>პირადი კაბინეტის შექმნა</h2>
<form action="@registracia.html" method="post">
  <label for="email">ელფოსტა *</label><input type="email" id="email" name="email" required>
  <label for="pw">პაროლი *</label><input type="password" id="pw" name="pw" required>
  <label for="pw2">გაიმეორეთ პაროლი *</label><input type="password" id="pw2" name="pw2" required>
  <label for="fn">სახელი და გვარი *</label><input type="text" id="fn" name="fn" required>
  <label for="pn">პირადი ნომერი *</label><input type="text" id="pn" name="pn" required>
  <label for="spec">სპეციალობა</label><select id="spec" name="spec"><option>ოჯახის ექიმი</option><option>ექთანი</option><option>რეზიდენტი</option></select>
  <label for="work">სამუშაო ადგილი</label><input type="text" id="work" name="work">
  <label for="tel">ტელეფონი</label><input type="tel" id="tel" name="tel">
  <div class="check"><input type="checkbox" id="terms" name="terms" required><label for="terms">ვეთანხმები წესებს</label></div>
  <div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
  <button type="submit">ანგარიშის შექმნა</button>
</form>
<h2>შესვლა</h2>
<form action="@registracia.html" method="post">
  <label for="l-email">ელფოსტა</label><input type="email" id="l-email" name="l-email">
  <label for="l-pw">პაროლი</label><input type="password" id="l-pw" name="l-pw">
  <button type="submit">შესვლა</button>
</form>
""")

s.page("online.html", "ონლაინ მონაწილეობა", """
<h1>ონლაინ მონაწილეობა</h1>
<p>ონლაინ მონაწილეობის საფასური: 50 ₾. ონლაინ მონაწილეებს შეუძლიათ ლექტორებს შეკითხვები ჩატით დაუსვან და ელექტრონული პოსტერები წარადგინონ.</p>
""")

s.page("xelmisatsvdomoba.html", "ხელმისაწვდომობა", """
<h1>ხელმისაწვდომობა</h1>
<p>საკონფერენციო დარბაზი ხელმისაწვდომია ეტლით მოსარგებლეთათვის.</p>
<p>პლენარულ სესიებზე უზრუნველყოფილია სინქრონული თარგმანი ქართულ, ინგლისურ და რუსულ ენებზე.</p>
<p>სხვა საჭიროებების შესახებ მოგვწერეთ: access@cfm-tbilisi.example.ge.</p>
""")

s.page("sponsorebi.html", "სპონსორები", """
<h1>სპონსორობა და გამოფენა</h1>
<p>ოქროს სპონსორი: 20 000 ₾. საგამოფენო სტენდი: $3,000.</p>
""")

s.page("sastumro.html", "სასტუმრო", """
<h1>სასტუმრო და ტრანსპორტი</h1>
<p>პარტნიორი სასტუმრო: ღამე 180 GEL-დან. მეტრო: 1 ₾. ტაქსი აეროპორტიდან: 30–40 ლარი.</p>
<p>ვაკანსია: კლინიკური კოორდინატორი, ხელფასი 2 500 ₾.</p>
""")

s.page("en/index.html", "Caucasus Family Medicine Congress 2027", """
<h1>Caucasus Family Medicine Congress 2027</h1>
<p>Tbilisi, 7–9 October 2027. The congress brings together family doctors, nurses and residents from Georgia, Armenia and Azerbaijan to discuss new approaches in primary care.</p>
<p>Registration fees: physicians GEL 250 (early) or GEL 300 on site; students and residents GEL 100; nurses GEL 120. Online participation: GEL 50. Registration requires a personal account.</p>
<h2>The 2026 congress in two minutes</h2>
""" + video("media/congress-2026.mp4") + """
""", lang="en", alternates=ALT)

ENTRY = entry(s, name="კავკასიის ოჯახის მედიცინის კონგრესი 2027 (family-medicine congress, Tbilisi)",
    languages=["ka", "ru", "en"], fees=[(250, "GEL"), (300, "GEL"), (100, "GEL"), (120, "GEL"), (50, "GEL")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=True,
    registration_form=(9, 6, ["id_document", "affiliation", "phone"]),
    min_age=None, accessibility_statement=True, access_services=["interpretation", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "registracia.html", "online.html", "xelmisatsvdomoba.html", "programa.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "კონგრესი აერთიანებს ოჯახის ექიმებს"),
                      Q("index.html", "Конгресс объединяет семейных врачей, медсестёр и ординаторов", "Russian section (lang=ru)"),
                      Q("en/index.html", "The congress brings together family doctors, nurses and residents")],
        "un_languages": [N("ru, en")],
        "fees": [Q("registracia.html", "ექიმები 250 ₾ 300 ₾", "early and on-site: two entries"),
                 Q("registracia.html", "სტუდენტები და რეზიდენტები 100 ლარი 100 ლარი", "ლარი = GEL; one entry"),
                 Q("registracia.html", "ექთნები GEL 120 GEL 120"),
                 Q("online.html", "ონლაინ მონაწილეობის საფასური: 50 ₾.", "paid interactive online participation"),
                 Q("en/index.html", "Registration fees: physicians GEL 250 (early) or GEL 300 on site; students and residents GEL 100; nurses GEL 120. Online participation: GEL 50.", "same amounts"),
                 Q("sponsorebi.html", "ოქროს სპონსორი: 20 000 ₾. საგამოფენო სტენდი: $3,000.", "sponsor, booth"),
                 Q("sastumro.html", "პარტნიორი სასტუმრო: ღამე 180 GEL-დან. მეტრო: 1 ₾. ტაქსი აეროპორტიდან: 30–40 ლარი.", "hotel, metro, taxi"),
                 Q("sastumro.html", "ხელფასი 2 500 ₾", "salary")],
        "free_option": [N("fees stated and nothing is offered free (not said either way): false", "registracia.html")],
        "fee_support": [Q("registracia.html", "სტუდენტები და რეზიდენტები 100 ლარი", "reduced student/resident rate")],
        "remote_participation": [Q("online.html", "ონლაინ მონაწილეებს შეუძლიათ ლექტორებს შეკითხვები ჩატით დაუსვან")],
        "captcha": [M("registracia.html", '<div class="cf-turnstile"')],
        "account_required": [Q("registracia.html", "რეგისტრაციისთვის საჭიროა პირადი კაბინეტის შექმნა."),
                             Q("en/index.html", "Registration requires a personal account.")],
        "registration_form": [N("account sign-up form (the login form is not counted). 9 fields: e-mail, password, repeat password, name, personal number, specialty select, workplace, phone, terms checkbox. Required (* and required): e-mail, password, repeat, name, personal number, terms = 6. Sensitive: id_document (personal number), affiliation (workplace), phone.", "registracia.html")],
        "registration_host": [N("own site")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [Q("xelmisatsvdomoba.html", "სხვა საჭიროებების შესახებ მოგვწერეთ: access@cfm-tbilisi.example.ge.")],
        "access_services": [Q("xelmisatsvdomoba.html", "საკონფერენციო დარბაზი ხელმისაწვდომია ეტლით მოსარგებლეთათვის."),
                            Q("xelmisatsvdomoba.html", "პლენარულ სესიებზე უზრუნველყოფილია სინქრონული თარგმანი")],
        "videos_without_captions": [M("en/index.html", 'src="../media/congress-2026.mp4">', "no track")],
        "pdf_only_documents": [Q("programa.html", "კონგრესის დეტალური პროგრამა ხელმისაწვდომია მხოლოდ PDF ფორმატში")],
    })
