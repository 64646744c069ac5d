from lib import mk, Q, M, N, entry, fld, video, placeholder_media
NAV = [("index.html", "Ana səhifə"), ("qiymetler.html", "Qiymətlər"), ("qeydiyyat.html", "Qeydiyyat"), ("suallar.html", "Suallar"),
       ("elcatanliq.html", "Əlçatanlıq"), ("english.html", "English"), ("sponsorlar.html", "Sponsorlar"), ("satis.html", "Xalça satışı")]
s = mk("xalcaci-ustalar-seminari-seki", "Xalçaçı ustaların seminarı — Şəki", "az", "#9c2a2a", "XS", NAV,
       foot={"az": "<p>Şəki Xalçaçılar İctimai Birliyi (uydurma), M. F. Axundzadə prospekti 55, Şəki. <a href=\"mailto:seminar@seki-xalca.example.az\">seminar@seki-xalca.example.az</a></p>"})
placeholder_media(s, "media/toxuculuq.mp4")
s.page("index.html", "Xalçaçı ustaların seminarı 2027", """
<h1>Xalçaçı ustaların seminarı 2027</h1>
<p>Şəki, Qax və Zaqatala kəndlərindən olan xalçaçı ustalar və gənc toxucular 2027-ci il 17–19 sentyabr tarixlərində Şəki Karvansarayında toplaşır. Proqramda təbii boyaqlar, köhnə naxışların bərpası və xalçaların onlayn satışı mövzusunda məşğələlər var.</p>
""" + video("media/toxuculuq.mp4") + """
<p><a href="@qiymetler.html">Qiymətlər</a> · <a href="@qeydiyyat.html">Qeydiyyat</a> · <a href="@english.html">English</a></p>
""")
s.page("qiymetler.html", "Qiymətlər", """
<h1>İştirak haqqı</h1>
<ul>
<li>Ümumi iştirak: 60 ₼</li>
<li>Tələbələr: 30 manat</li>
<li>Əlavə məşğələ «Qoz qabığı və boyaqotu ilə boyama»: 25 AZN</li>
</ul>
<p>Pulsuz iştirak nəzərdə tutulmayıb.</p>
""")
s.page("qeydiyyat.html", "Qeydiyyat", """
<h1>Qeydiyyat</h1>
<p>Biletlər <a href="https://iticket.az/events/seminars/xalcaci-ustalar-2027">iTicket.az</a> saytında satılır. Bilet almaq üçün iTicket hesabına daxil olmaq lazımdır.</p>
<p>Seminarda 16 yaşdan yuxarı şəxslər iştirak edə bilər.</p>
""")
s.page("suallar.html", "Suallar", """
<h1>Tez-tez verilən suallar</h1>
<details open><summary>Onlayn qoşulmaq olarmı?</summary><p>Xeyr, seminar yalnız əyani keçirilir.</p></details>
<details open><summary>Tələbələr üçün endirim varmı?</summary><p>Bəli, tələbələr yarı qiymət ödəyir.</p></details>
<h2>Sual göndərin</h2>
<form action="@suallar.html" method="post">
""" + fld("ad", "Adınız") + fld("poct", "E-poçt", "email") + fld("sual", "Sualınız", "textarea") + """
<div class="frc-captcha" data-sitekey="FCMSHEKI"></div>
<button type="submit">Göndər</button>
</form>
""")
s.page("elcatanliq.html", "Əlçatanlıq", """
<h1>Əlçatanlıq</h1>
<p>Karvansarayın ikinci mərtəbəsinə lift var, zallar əlil arabası ilə əlçatandır.</p>
<p>Bütün məşğələlərdə Azərbaycan işarət dili tərcüməçisi olacaq.</p>
<p>Xüsusi ehtiyaclar üçün: <a href="mailto:elcatan@seki-xalca.example.az">elcatan@seki-xalca.example.az</a></p>
""")
s.page("english.html", "The seminar in English", """
<h1>Carpet weavers' seminar 2027</h1>
<p>Master carpet weavers and young weavers from the villages of Shaki, Gakh and Zagatala meet at the Shaki Caravanserai to work on natural dyes, the restoration of old patterns and selling carpets online.</p>
<p>The seminar costs AZN 60, students pay AZN 30, and the natural dyeing workshop is AZN 25 extra. Tickets are sold on iTicket.az, which needs an account. The seminar is held in person only.</p>
""", lang="az")
s.page("sponsorlar.html", "Sponsorlar", """
<h1>Sponsorlar</h1>
<p>Baş sponsor paketi: 5 000 ₼. Karvansaray otelində otaq: 90 ₼ bir gecə. Bakı–Şəki avtobusu: 12 ₼.</p>
""")
s.page("satis.html", "Xalça satışı", """
<h1>Xalça satışı</h1>
<p>«Şəki» xalçası, 2×3 m: 2 400 ₼.</p>
""")
ENTRY = entry(s, name="Carpet weavers' seminar 2027 (carpet weavers' association, Shaki, Azerbaijan)",
    languages=["az", "en"], fees=[(60, "AZN"), (30, "AZN"), (25, "AZN")], free_option=False, fee_support=True,
    remote_participation=False, captcha=["friendlycaptcha"], account_required=True, registration_form=None,
    registration_host="iticket.az", min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1,
    participation_pages=["index.html", "qiymetler.html", "qeydiyyat.html", "suallar.html", "elcatanliq.html", "english.html"],
    evidence={
        "languages": [Q("index.html", "Şəki, Qax və Zaqatala kəndlərindən olan xalçaçı ustalar"), M("english.html", '<html lang="az">', "English page declared az"),
                      Q("english.html", "Master carpet weavers and young weavers from the villages of Shaki")],
        "un_languages": [N("en")],
        "fees": [Q("qiymetler.html", "Ümumi iştirak: 60 ₼"), Q("qiymetler.html", "Tələbələr: 30 manat"),
                 Q("qiymetler.html", "Əlavə məşğələ «Qoz qabığı və boyaqotu ilə boyama»: 25 AZN", "add-on workshop"),
                 Q("english.html", "The seminar costs AZN 60, students pay AZN 30, and the natural dyeing workshop is AZN 25 extra.", "English restatement: no new entry"),
                 Q("sponsorlar.html", "Baş sponsor paketi: 5 000 ₼.", "sponsor, hotel, bus: not fees"),
                 Q("satis.html", "«Şəki» xalçası, 2×3 m: 2 400 ₼.", "carpet sold: not a fee")],
        "free_option": [Q("qiymetler.html", "Pulsuz iştirak nəzərdə tutulmayıb.")],
        "fee_support": [Q("qiymetler.html", "Tələbələr: 30 manat", "student rate")],
        "remote_participation": [Q("suallar.html", "Xeyr, seminar yalnız əyani keçirilir.")],
        "captcha": [M("suallar.html", '<div class="frc-captcha"', "on the FAQ question form")],
        "account_required": [Q("qeydiyyat.html", "Bilet almaq üçün iTicket hesabına daxil olmaq lazımdır.")],
        "registration_form": [N("no own registration form; the question form has 3 fields", "suallar.html")],
        "registration_host": [M("qeydiyyat.html", 'href="https://iticket.az/events/seminars/xalcaci-ustalar-2027"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [Q("qeydiyyat.html", "Seminarda 16 yaşdan yuxarı şəxslər iştirak edə bilər.")],
        "accessibility_statement": [Q("elcatanliq.html", "Karvansarayın ikinci mərtəbəsinə lift var, zallar əlil arabası ilə əlçatandır.")],
        "access_services": [Q("elcatanliq.html", "zallar əlil arabası ilə əlçatandır", "wheelchair_access"),
                            Q("elcatanliq.html", "Bütün məşğələlərdə Azərbaycan işarət dili tərcüməçisi olacaq.", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/toxuculuq.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
