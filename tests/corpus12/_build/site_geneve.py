from lib import mk, Q, M, N, entry

NAV = [("index.html", "Accueil"), ("programme.html", "Programme"), ("inscription.html", "Inscription"), ("ateliers.html", "Ateliers de formation"),
       ("acces.html", "Accès et accessibilité"), ("publier.html", "Publier en accès ouvert"), ("emplois.html", "Emplois"), ("en.html", "English")]
s = mk("semaine-science-ouverte-universite-geneve", "Semaine de la science ouverte 2027", "fr-CH", "#c8102e", "SO", NAV,
       foot={"fr-CH": "<p>Bibliothèque de l'Université de Genève · science-ouverte@unige-ex.example.ch</p>"})
s.page("index.html", "Semaine de la science ouverte 2027", """
<h1>Semaine de la science ouverte, 22–26 mars 2027</h1>
<p>Conférences, tables rondes et ateliers sur les données ouvertes, les logiciels de recherche et l'évaluation de la recherche, pour les chercheurs, les doctorants et le public.</p>
<p>Tous les événements sont gratuits, sur inscription.</p>
<section lang="de"><h2>Auf Deutsch</h2><p>Die Woche der offenen Wissenschaft richtet sich an Forschende, Doktorierende und die interessierte Öffentlichkeit. Alle Vorträge sind kostenlos; für die Weiterbildungsworkshops wird eine Gebühr erhoben. Einige Veranstaltungen finden auf Deutsch statt.</p></section>
""")
s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul><li>Lundi : Données FAIR en sciences de la vie</li><li>Mardi : Frais de publication, qui paie ?</li><li>Mercredi : Logiciel libre et recherche</li><li>Jeudi : Évaluer sans facteur d'impact</li></ul>
<p>Les conférences sont retransmises en direct sur SWITCHtube, en lecture seule : les questions se posent uniquement dans la salle.</p>
""")
s.page("inscription.html", "Inscription", """
<h1>Inscription</h1>
<form action="@inscription.html" method="post">
<label for="p">Prénom *</label><input type="text" id="p" name="prenom" required>
<label for="n">Nom *</label><input type="text" id="n" name="nom" required>
<label for="e">Courriel *</label><input type="email" id="e" name="email" required>
<label for="i">Institution</label><input type="text" id="i" name="institution">
<label for="st">Statut</label><select id="st" name="statut"><option>Chercheur·e</option><option>Doctorant·e</option><option>Bibliothécaire</option><option>Public</option></select>
<fieldset><legend>Ateliers payants</legend>
<p class="check"><input type="checkbox" id="a1" name="a1"><label for="a1">Data Carpentry</label></p>
<p class="check"><input type="checkbox" id="a2" name="a2"><label for="a2">Plan de gestion des données</label></p>
<p class="check"><input type="checkbox" id="a3" name="a3"><label for="a3">Git pour la recherche</label></p></fieldset>
<p><img src="@img/code.svg" alt="Code de vérification" width="120" height="40"></p>
<label for="cap">Recopiez le code ci-dessus *</label><input type="text" id="cap" name="captcha" required>
<button type="submit">S'inscrire</button></form>
""")
s.write("img/code.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">K7 Q4P</text></svg>\n')
s.page("ateliers.html", "Ateliers de formation", """
<h1>Ateliers de formation</h1>
<table><tr><th>Atelier (2 jours)</th><th>Tarif</th></tr>
<tr><td>Tarif normal</td><td>CHF 80.–</td></tr><tr><td>Doctorant·e·s</td><td>CHF 40.–</td></tr></table>
<p>Les ateliers sont facturés après l'inscription.</p>
""")
s.page("acces.html", "Accès et accessibilité", """
<h1>Accès et accessibilité</h1>
<p>Uni Mail est accessible en fauteuil roulant par l'entrée du boulevard Carl-Vogt ; les salles sont équipées d'une boucle magnétique.</p>
<p>Une interprétation en langue des signes française (LSF) est proposée sur demande jusqu'au 1er mars.</p>
<p>Contact pour toute question d'accessibilité : acces-so@unige-ex.example.ch.</p>
<p>Un billet TPG coûte CHF 3.–; le parking d'Uni Mail coûte CHF 2.– l'heure.</p>
""")
s.page("publier.html", "Publier en accès ouvert", """
<h1>Publier en accès ouvert</h1>
<p>Le fonds de l'université prend en charge les frais de publication (APC) jusqu'à CHF 2'500 par article. Les subsides du Fonds national peuvent atteindre CHF 50'000.</p>
""")
s.page("emplois.html", "Emplois", """
<h1>Emplois</h1>
<p>Gestionnaire de données de recherche (80 %), salaire annuel brut CHF 98'000.</p>
""")
s.page("en.html", "Open Science Week 2027", """
<h1>Open Science Week 2027</h1>
<p>Talks, panels and training workshops on open data, research software and research assessment for researchers, doctoral students and the public. All talks are free of charge with registration; the two-day training workshops cost CHF 80 (CHF 40 for doctoral students).</p>
""", lang="en", alternates=[("fr-CH", "index.html"), ("en", "en.html")])
ENTRY = entry(s, name="Open Science Week 2027 (university open science week, Geneva)",
    languages=["fr", "de", "en"], fees=[(80, "CHF"), (40, "CHF")], free_option=True, fee_support=True, remote_participation=False,
    captcha=["image"], account_required=False, registration_form=(9, 4, ["affiliation"]), min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "programme.html", "inscription.html", "ateliers.html", "acces.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "Conférences, tables rondes et ateliers sur les données ouvertes"), Q("index.html", "Die Woche der offenen Wissenschaft richtet sich an Forschende", "German section (lang=de)"),
                      Q("en.html", "Talks, panels and training workshops on open data")],
        "un_languages": [N("fr, en")],
        "fees": [Q("ateliers.html", "CHF 80.–", "paid add-on workshop of the event: a fee"), Q("ateliers.html", "CHF 40.–"),
                 Q("acces.html", "Un billet TPG coûte CHF 3.–", "transport, parking"),
                 Q("publier.html", "frais de publication (APC) jusqu'à CHF 2'500 par article", "publication charge, not a fee; grant CHF 50'000"),
                 Q("emplois.html", "salaire annuel brut CHF 98'000", "salary")],
        "free_option": [Q("index.html", "Tous les événements sont gratuits, sur inscription.")],
        "fee_support": [Q("ateliers.html", "Doctorant·e·s", "doctoral-student rate CHF 40 below CHF 80")],
        "remote_participation": [Q("programme.html", "retransmises en direct sur SWITCHtube, en lecture seule : les questions se posent uniquement dans la salle", "watch-only")],
        "captcha": [M("inscription.html", '<img src="img/code.svg" alt="Code de vérification"', "self-hosted image code")],
        "account_required": [N("no account")],
        "registration_form": [N("9 fields: prénom, nom, courriel, institution, statut select, three workshop checkboxes (=3), image-code text box. Required: prénom, nom, courriel, code = 4. Sensitive: affiliation (institution); statut select is not sensitive.", "inscription.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("acces.html", "Contact pour toute question d'accessibilité : acces-so@unige-ex.example.ch.")],
        "access_services": [Q("acces.html", "Uni Mail est accessible en fauteuil roulant", "induction loop is not a service"),
                            Q("acces.html", "Une interprétation en langue des signes française (LSF) est proposée sur demande", "on request counts")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
