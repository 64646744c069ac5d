from lib import mk, Q, M, N, entry
NAV = [("index.html", "Accueil"), ("tarifs.html", "Tarifs"), ("inscription.html", "Inscription"), ("en-ligne.html", "Suivre en ligne"),
       ("accessibilite.html", "Accessibilité"), ("programme.html", "Programme"), ("exposants.html", "Exposants"), ("pratique.html", "Infos pratiques")]
s = mk("journee-inclusion-numerique-namur", "Journée wallonne de l'inclusion numérique 2027", "fr-BE", "#0e7490", "JIN", NAV,
       foot={"fr-BE": "<p>Collectif Inclusion numérique Wallonie ASBL · info@inclusion-numerique.example.be</p>"})
s.page("index.html", "Journée wallonne de l'inclusion numérique", """
<h1>Journée wallonne de l'inclusion numérique</h1>
<p>Namur, jeudi 23 septembre 2027, Delta – Espace culturel. Une journée pour les espaces publics numériques, les CPAS, les bibliothèques et les associations qui accompagnent les personnes éloignées du numérique.</p>
<section><h2>In het Nederlands</h2>
<p>De Waalse dag van de digitale inclusie brengt openbare computerruimtes, OCMW's, bibliotheken en verenigingen samen die mensen helpen die moeilijk mee kunnen met het digitale. Nederlandstalige deelnemers zijn van harte welkom, maar de sessies zelf verlopen in het Frans.</p></section>
""")
s.page("tarifs.html", "Tarifs", """
<h1>Tarifs</h1>
<p>L'entrée est gratuite pour les citoyennes et citoyens, sur inscription.</p>
<ul><li>Professionnels et institutions : 45 € (TVA comprise)</li><li>Demandeurs d'emploi et étudiants : 20 €</li><li>Atelier de l'après-midi « Accompagner sans faire à la place » : 15 € (en supplément)</li></ul>
""")
s.page("inscription.html", "Inscription", """
<h1>Inscription</h1>
<form action="@inscription.html" method="post">
<input type="hidden" name="id" value="jin27">
<label for="pn">Prénom *</label><input type="text" id="pn" name="pn" required>
<label for="nm">Nom *</label><input type="text" id="nm" name="nm" required>
<label for="em">Courriel *</label><input type="email" id="em" name="em" required>
<label for="org">Organisation</label><input type="text" id="org" name="org">
<label for="prof">Profil *</label><select id="prof" name="prof" required><option>Citoyen·ne</option><option>Professionnel·le</option><option>Demandeur·euse d'emploi</option><option>Étudiant·e</option></select>
<div class="check"><input type="checkbox" id="a1" name="a1"><label for="a1">Atelier du matin</label></div>
<div class="check"><input type="checkbox" id="a2" name="a2"><label for="a2">Atelier de l'après-midi (15 €)</label></div>
<label for="bes">Besoins particuliers</label><textarea id="bes" name="bes"></textarea>
<div class="check"><input type="checkbox" id="rgpd" name="rgpd" required><label for="rgpd">J'accepte la politique de confidentialité *</label></div>
<div class="h-captcha" data-sitekey="30000000-ffff-ffff-ffff-000000000003"></div>
<button type="submit">Je m'inscris</button></form>
""")
s.page("en-ligne.html", "Suivre en ligne", """
<h1>Suivre en ligne</h1>
<p>Les plénières sont diffusées en direct ; les participants en ligne posent leurs questions via Wooclap et elles sont relayées aux intervenants.</p>
""")
s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>Le Delta est entièrement accessible en fauteuil roulant.</p>
<p>Les plénières sont interprétées en langue des signes de Belgique francophone (LSFB).</p>
<p>Un espace enfants accueille les 3-12 ans toute la journée.</p>
<p>La salle principale est équipée d'une boucle magnétique.</p>
<p>Une question sur l'accessibilité ? acces@inclusion-numerique.example.be</p>
""")
s.page("programme.html", "Programme", """
<h1>Programme</h1><ul><li>Frais bancaires en ligne : qui paie la fracture ?</li><li>Inscription scolaire en ligne : retours de terrain</li><li>Accessibilité des guichets numériques communaux</li></ul>
""")
s.page("exposants.html", "Exposants", """
<h1>Exposants</h1><p>Stand associatif : 150 € HTVA. Stand entreprise : 900 € HTVA.</p>
""")
s.page("pratique.html", "Infos pratiques", """
<h1>Infos pratiques</h1><p>Parking du Delta : 8 € la journée. Hôtel Beauregard : 119 € la nuit.</p>
""")
ENTRY = entry(s, name="Journée wallonne de l'inclusion numérique 2027 (Belgian francophone digital-inclusion day, Namur)",
    languages=["fr", "nl"], fees=[(45, "EUR"), (20, "EUR"), (15, "EUR")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(9, 5, ["affiliation"]), min_age=None, accessibility_statement=True,
    access_services=["childcare", "sign_language", "wheelchair_access"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "tarifs.html", "inscription.html", "en-ligne.html", "accessibilite.html"],
    evidence={
        "languages": [Q("index.html", "Une journée pour les espaces publics numériques, les CPAS, les bibliothèques"),
                      Q("index.html", "De Waalse dag van de digitale inclusie brengt openbare computerruimtes", "Dutch section without lang attribute")],
        "un_languages": [N("fr")],
        "fees": [Q("tarifs.html", "Professionnels et institutions : 45 € (TVA comprise)"), Q("tarifs.html", "Demandeurs d'emploi et étudiants : 20 €"),
                 Q("tarifs.html", "Atelier de l'après-midi « Accompagner sans faire à la place » : 15 € (en supplément)", "add-on workshop"),
                 Q("exposants.html", "Stand associatif : 150 € HTVA.", "exhibitor"), Q("pratique.html", "Parking du Delta : 8 € la journée.", "parking"),
                 Q("pratique.html", "Hôtel Beauregard : 119 € la nuit.", "hotel"), Q("programme.html", "Frais bancaires en ligne : qui paie la fracture ?", "talk")],
        "free_option": [Q("tarifs.html", "L'entrée est gratuite pour les citoyennes et citoyens, sur inscription.")],
        "fee_support": [Q("tarifs.html", "Demandeurs d'emploi et étudiants : 20 €", "reduced rate")],
        "remote_participation": [Q("en-ligne.html", "les participants en ligne posent leurs questions via Wooclap et elles sont relayées aux intervenants")],
        "captcha": [M("inscription.html", '<div class="h-captcha"')], "account_required": [N("no account")],
        "registration_form": [N("9 fields: prénom, nom, courriel, organisation, profil, 2 workshop checkboxes, besoins, consent; hidden id not counted; required: prénom, nom, courriel, profil, consent = 5. Sensitive: affiliation (organisation, optional).", "inscription.html")],
        "registration_host": [N("own form")], "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("accessibilite.html", "Un espace enfants accueille les 3-12 ans toute la journée.", "childcare, not a limit")],
        "accessibility_statement": [Q("accessibilite.html", "Une question sur l'accessibilité ? acces@inclusion-numerique.example.be")],
        "access_services": [Q("accessibilite.html", "Le Delta est entièrement accessible en fauteuil roulant."),
                            Q("accessibilite.html", "Les plénières sont interprétées en langue des signes de Belgique francophone (LSFB)."),
                            Q("accessibilite.html", "Un espace enfants accueille les 3-12 ans toute la journée.", "childcare"),
                            Q("accessibilite.html", "La salle principale est équipée d'une boucle magnétique.", "induction loop: not a service")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
