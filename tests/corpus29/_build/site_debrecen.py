from lib import mk, Q, M, N, entry, fld, video, placeholder_media
s = mk("nepi-tancoktatok-tovabbkepzese-debrecen", "Népitánc-oktatók Téli Továbbképzése — Debrecen 2027", "hu", "#9b1d20", "NTT",
       [("index.html", "Kezdőlap"), ("jegyek.html", "Jegyek"), ("jelentkezes.html", "Jelentkezés"), ("online.html", "Online bérlet"),
        ("akadalymentesseg.html", "Akadálymentesség"), ("ro/index.html", "Română"), ("szallas.html", "Szállás, utazás"),
        ("tamogatok.html", "Támogatók")],
       foot={"hu": "<p>Hajdúsági Néptáncoktatók Egyesülete · tovabbkepzes@tanc.example.hu</p>"})
placeholder_media(s, "media/legenyes-2026.mp4")
s.page("index.html", "Népitánc-oktatók Téli Továbbképzése 2027", """
<h1>Népitánc-oktatók Téli Továbbképzése 2027</h1>
<p>2027. január 28–31. között Debrecenben, a Méliusz Juhász Péter Könyvtár és Művelődési Központ termeiben gyűlnek össze a néptánccsoportok vezetői és oktatói. Idén a szatmári és a mezőségi táncokat, valamint a gyerekcsoportok tanításának módszertanát vesszük sorra.</p>
<p>A Fiatal táncosok műhelye 12 éves kortól várja a csoportok legjobb táncosait.</p>
<p>A tavalyi előadások jegyzetei <a href="@jegyzetek-2026.html">itt olvashatók</a>.</p>
""" + video("media/legenyes-2026.mp4"))
s.page("jegyek.html", "Jegyek", """
<h1>Jegyárak</h1>
<table>
<tr><th>Jegytípus</th><th>Ár</th></tr>
<tr><td>Teljes részvételi jegy (4 nap)</td><td>24 900 Ft</td></tr>
<tr><td>Diákjegy (nappali tagozatos hallgatóknak)</td><td>14 900 Ft</td></tr>
<tr><td>Egynapos jegy</td><td>9 900 Ft</td></tr>
<tr><td>Online bérlet élő korrekcióval</td><td>6 500 Ft</td></tr>
</table>
<p>Ingyenes részvételre nincs lehetőség, az előadók és a zenészek kivételével mindenki jegyet vált.</p>
""")
s.page("jelentkezes.html", "Jelentkezés", """
<h1>Jelentkezési lap</h1>
<form action="@jelentkezes.html" method="post">
""" + fld("nev", "Név (kötelező)") + fld("email", "E-mail (kötelező)", "email") + fld("tel", "Telefonszám", "tel")
    + fld("szul", "Születési dátum", "date") + fld("egy", "Egyesület, tánccsoport vagy iskola")
    + fld("min", "Táncoktatói minősítés száma") + fld("jegy", "Jegytípus", "select", True, ["Teljes", "Diák", "Egynapos", "Online bérlet"])
    + fld("gyermek", "Részt veszek a gyermektánc-módszertani modulban", "checkbox")
    + fld("etk", "Étkezés", "select", opts=["Normál", "Vegetáriánus", "Gluténmentes"]) + fld("megj", "Megjegyzés", "textarea") + """
<div class="frc-captcha" data-sitekey="FCMDebrecenExample27"></div>
<button type="submit">Jelentkezem</button>
</form>
""")
s.page("online.html", "Online bérlet", """
<h1>Online bérlet</h1>
<p>Az online bérlettel a délutáni tánctanítási órákon Zoomon keresztül vehetsz részt: kamerával táncolsz, az oktatók élőben javítanak és válaszolnak a kérdéseidre.</p>
""")
s.page("akadalymentesseg.html", "Akadálymentesség", """
<h1>Akadálymentesség</h1>
<p>A művelődési központ akadálymentes bejárattal és lifttel rendelkezik, a táncterem kerekesszékkel is megközelíthető.</p>
<p>Élő feliratozás nincs, és sajnos jelnyelvi tolmácsolást sem tudunk biztosítani. Kérdés esetén írj Kovács Rékának: akadalymentes@tanc.example.hu</p>
""")
s.page("ro/index.html", "Cursul de iarnă pentru instructori de dans popular 2027", """
<h1>Cursul de iarnă pentru instructori de dans popular — Debrețin 2027</h1>
<p>Între 28 și 31 ianuarie 2027, instructorii și conducătorii ansamblurilor de dans popular se întâlnesc la Debrețin. Anul acesta lucrăm pe dansurile din Sătmar și din Câmpia Transilvaniei, precum și pe metodica predării la grupele de copii.</p>
<p>Bilet complet: 24 900 Ft; bilet pentru studenți: 14 900 Ft; bilet de o zi: 9 900 Ft; abonament online cu corectare live: 6 500 Ft. Formularul de înscriere este doar în limba maghiară; dacă aveți nevoie de ajutor, scrieți-ne.</p>
<p>Clădirea are intrare fără trepte și lift.</p>
""", lang="ro")
s.page("szallas.html", "Szállás, utazás", """
<h1>Szállás és utazás</h1>
<p>Kollégiumi szállás 6 500 Ft/éj, a belvárosi panzióban 18 000 Ft/éj. Nagyváradról busszal kb. 60 lei az út.</p>
""")
s.page("tamogatok.html", "Támogatók", """
<h1>Támogatóink</h1>
<p>Kiemelt támogatói csomag 400 000 Ft; népművészeti vásári asztal 15 000 Ft.</p>
""")
ENTRY = entry(s, name="Winter training for folk dance instructors 2027 (folk dance instructors' association, Debrecen, Hungary)",
    languages=["hu", "ro"], fees=[(24900, "HUF"), (14900, "HUF"), (9900, "HUF"), (6500, "HUF")], free_option=False,
    fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(10, 3, ["phone", "birth_date", "affiliation"]), min_age=12, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "jegyek.html", "jelentkezes.html", "online.html", "akadalymentesseg.html", "ro/index.html"],
    deliberate_404=["jegyzetek-2026.html"],
    evidence={
        "languages": [Q("index.html", "gyűlnek össze a néptánccsoportok vezetői és oktatói"),
                      M("ro/index.html", '<html lang="ro">', "whole Romanian page"),
                      Q("ro/index.html", "instructorii și conducătorii ansamblurilor de dans popular se întâlnesc la Debrețin")],
        "un_languages": [N("none")],
        "fees": [Q("jegyek.html", "Teljes részvételi jegy (4 nap) 24 900 Ft"), Q("jegyek.html", "Diákjegy (nappali tagozatos hallgatóknak) 14 900 Ft"),
                 Q("jegyek.html", "Egynapos jegy 9 900 Ft"), Q("jegyek.html", "Online bérlet élő korrekcióval 6 500 Ft", "paid online pass with live correction: a fee"),
                 Q("ro/index.html", "Bilet complet: 24 900 Ft", "restated: no new entries"),
                 Q("szallas.html", "Nagyváradról busszal kb. 60 lei az út.", "dormitory, pension, bus (RON): not fees"),
                 Q("tamogatok.html", "Kiemelt támogatói csomag 400 000 Ft", "not a fee")],
        "free_option": [Q("jegyek.html", "Ingyenes részvételre nincs lehetőség", "speakers and musicians are staff, not a free way to take part")],
        "fee_support": [Q("jegyek.html", "Diákjegy (nappali tagozatos hallgatóknak) 14 900 Ft", "student rate below 24 900")],
        "remote_participation": [Q("online.html", "kamerával táncolsz, az oktatók élőben javítanak és válaszolnak a kérdéseidre")],
        "captcha": [M("jelentkezes.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, e-mail, phone, birth date, association, certificate number, ticket select, module checkbox, meals, notes); 2 marked (kötelező) + ticket select required = 3; sensitive phone, birth_date, affiliation (certificate number not an ID)", "jelentkezes.html"),
                              Q("jelentkezes.html", "Név (kötelező)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "A Fiatal táncosok műhelye 12 éves kortól várja a csoportok legjobb táncosait.")],
        "accessibility_statement": [Q("akadalymentesseg.html", "A művelődési központ akadálymentes bejárattal és lifttel rendelkezik")],
        "access_services": [Q("akadalymentesseg.html", "a táncterem kerekesszékkel is megközelíthető", "wheelchair_access"),
                            Q("akadalymentesseg.html", "Élő feliratozás nincs, és sajnos jelnyelvi tolmácsolást sem tudunk biztosítani.", "captions and sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/legenyes-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
