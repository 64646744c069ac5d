from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
NAV = [("index.html", "Fandraisana"), ("saram.html", "Saram-pandraisana anjara"), ("fisoratana.html", "Fisoratana anarana"),
       ("fanontaniana.html", "Fanontaniana"), ("fidirana.html", "Fidirana sy fandikana"), ("mpanohana.html", "Mpanohana"),
       ("fonenana.html", "Fonenana"), ("vidiny.html", "Vidin'ny lavanila")]
s = mk("atrikasa-mpamboly-lavanila-sambava", "Atrikasan'ny mpamboly lavanila — Sambava", "mg", "#5b3a8c", "LV", NAV,
       foot={"mg": "<p>Fikambanan'ny Kaoperativa Lavanila SAVA (noforonina), Lalana Andriamaharo 7, Sambava. <a href=\"mailto:atrikasa@sava-lavanila.example.mg\">atrikasa@sava-lavanila.example.mg</a></p>"})
placeholder_media(s, "media/lavanila.mp4")
s.page("index.html", "Atrikasan'ny mpamboly lavanila 2027", """
<h1>Atrikasan'ny mpamboly lavanila 2027</h1>
<p>Mivory ao Sambava ny mpamboly lavanila avy any Andapa, Antalaha ary Vohémar mba hizara traikefa momba ny fanamasahana lavanila, ny fiarovana ny voly amin'ny mpangalatra ary ny fivarotana iraisana. Atao ny 14 sy 15 Jona 2027 ao amin'ny efitrano fivorian'ny kaominina.</p>
""" + video("media/lavanila.mp4") + """
<p><a href="@saram.html">Saram-pandraisana anjara</a> · <a href="@fisoratana.html">Fisoratana anarana</a> · <a href="@tatitra-2025.html">Tatitra 2025</a></p>
<section lang="fr">
<h2>En français</h2>
<p>L'atelier réunit les producteurs de vanille de la région SAVA pour échanger sur la préparation des gousses, la lutte contre les vols sur pied et la vente groupée.</p>
<p>Les entreprises paient 80 000 Ar et les étudiants 30 000 Ar ; les planteurs des coopératives membres participent gratuitement.</p>
</section>
""")
s.page("saram.html", "Saram-pandraisana anjara", """
<h1>Saram-pandraisana anjara</h1>
<ul>
<li>Orinasa sy mpanondrana: 80 000 Ar</li>
<li>Mpianatra: 30 000 Ar</li>
<li>Mpamboly mpikambana ao amin'ny kaoperativa: maimaim-poana</li>
</ul>
""")
s.page("fisoratana.html", "Fisoratana anarana", """
<h1>Fisoratana anarana</h1>
<form action="@fisoratana.html" method="post">
""" + fld("anarana", "Anarana feno (tsy maintsy fenoina)") + fld("cin", "Laharana CIN (tsy maintsy fenoina)") + fld("finday", "Finday (tsy maintsy fenoina)", "tel")
  + fld("mailaka", "Mailaka", "email") + fld("koop", "Kaoperativa na orinasa (tsy maintsy fenoina)")
  + fld("kaominina", "Kaominina", "select", opts=["Sambava", "Andapa", "Antalaha", "Vohémar"])
  + radios("sokajy", "Sokajy (tsy maintsy fenoina)", ["Mpamboly mpikambana", "Orinasa", "Mpianatra"])
  + fld("saha", "Hanatrika ny fitsidihana saha", "checkbox") + fld("manaiky", "Manaiky ny fitsipika", "checkbox", req=True) + """
<button type="submit">Alefa</button>
</form>
<p>Ny mpandray anjara dia tokony ho 18 taona no ho miakatra.</p>
""")
s.page("fanontaniana.html", "Fanontaniana", """
<h1>Fanontaniana matetika</h1>
<details open><summary>Azo arahina an-tserasera ve?</summary><p>Tsia. Tsy misy fandraisana anjara an-tserasera: eo an-toerana ihany.</p></details>
<details open><summary>Mila kaonty ve?</summary><p>Tsia, ampy ny taratasy fisoratana anarana.</p></details>
""")
s.page("fidirana.html", "Fidirana sy fandikana", """
<h1>Fidirana sy fandikana</h1>
<p>Ao amin'ny rihana ambany ny efitrano ary azon'ny olona mampiasa seza misy kodiarana idirana.</p>
<p>Misy fandikana teny malagasy–frantsay mandritra ny fivoriana.</p>
<p>Raha mila fanampiana: <a href="mailto:fanampiana@sava-lavanila.example.mg">fanampiana@sava-lavanila.example.mg</a></p>
""")
s.page("mpanohana.html", "Mpanohana", """
<h1>Mpanohana</h1>
<p>Fonosana mpanohana: 4 000 000 Ar.</p>
""")
s.page("fonenana.html", "Fonenana", """
<h1>Fonenana</h1>
<p>Hotely eo afovoan-tanàna: 120 000 Ar isan'alina. Taxi-brousse Andapa–Sambava: 15 000 Ar.</p>
""")
s.page("vidiny.html", "Vidin'ny lavanila", """
<h1>Vidin'ny lavanila</h1>
<p>Lavanila maitso: 75 000 Ar ny kilao. Lavanila masaka: 250 000 Ar ny kilao.</p>
""")
ENTRY = entry(s, name="Vanilla growers' workshop 2027 (vanilla cooperatives' federation, Sambava, Madagascar)",
    languages=["mg", "fr"], fees=[(80000, "MGA"), (30000, "MGA")], free_option=True, fee_support=True,
    remote_participation=False, captcha=[], account_required=False,
    registration_form=(9, 6, ["id_document", "phone", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "interpretation"], videos_without_captions=1,
    participation_pages=["index.html", "saram.html", "fisoratana.html", "fanontaniana.html", "fidirana.html"],
    deliberate_404=["tatitra-2025.html"],
    evidence={
        "languages": [Q("index.html", "Mivory ao Sambava ny mpamboly lavanila"), M("index.html", '<section lang="fr">', "French section"),
                      Q("index.html", "L'atelier réunit les producteurs de vanille de la région SAVA")],
        "un_languages": [N("fr")],
        "fees": [Q("saram.html", "Orinasa sy mpanondrana: 80 000 Ar"), Q("saram.html", "Mpianatra: 30 000 Ar"),
                 Q("index.html", "Les entreprises paient 80 000 Ar et les étudiants 30 000 Ar", "French restatement: no new entry"),
                 Q("mpanohana.html", "Fonosana mpanohana: 4 000 000 Ar.", "sponsor: not a fee"),
                 Q("fonenana.html", "Hotely eo afovoan-tanàna: 120 000 Ar isan'alina.", "hotel, taxi-brousse: not fees"),
                 Q("vidiny.html", "Lavanila masaka: 250 000 Ar ny kilao.", "vanilla prices: not fees")],
        "free_option": [Q("saram.html", "Mpamboly mpikambana ao amin'ny kaoperativa: maimaim-poana")],
        "fee_support": [Q("saram.html", "Mpianatra: 30 000 Ar", "student rate")],
        "remote_participation": [Q("fanontaniana.html", "Tsia. Tsy misy fandraisana anjara an-tserasera: eo an-toerana ihany.", "FAQ only")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [Q("fanontaniana.html", "Tsia, ampy ny taratasy fisoratana anarana.")],
        "registration_form": [N("9 fields (name, CIN, mobile, e-mail, cooperative/company, commune select, category radio, field-visit checkbox, consent checkbox); required: 5 marked (tsy maintsy fenoina) + consent = 6", "fisoratana.html"),
                              Q("fisoratana.html", "Laharana CIN (tsy maintsy fenoina)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("fisoratana.html", "Ny mpandray anjara dia tokony ho 18 taona no ho miakatra.")],
        "accessibility_statement": [Q("fidirana.html", "Ao amin'ny rihana ambany ny efitrano ary azon'ny olona mampiasa seza misy kodiarana idirana.")],
        "access_services": [Q("fidirana.html", "azon'ny olona mampiasa seza misy kodiarana idirana", "wheelchair_access"),
                            Q("fidirana.html", "Misy fandikana teny malagasy–frantsay mandritra ny fivoriana.", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/lavanila.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
