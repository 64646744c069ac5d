from lib import mk, Q, M, N, entry, video, placeholder_media, vtt
s = mk("consultation-sahel-donnees-agricoles-niamey", "Consultation sahélienne sur les données agricoles 2027", "fr-NE", "#7a5c1e", "CSD",
       [("index.html", "Accueil"), ("participer.html", "Participer"), ("appui.html", "Prise en charge"),
        ("a-distance.html", "À distance"), ("accessibilite.html", "Accessibilité"), ("programme.html", "Programme"),
        ("hebergement.html", "Hébergement"), ("partenaires.html", "Partenaires")],
       foot={"fr-NE": "<p>Secrétariat : contact@donnees-sahel.example.org — Niamey, Niger</p>"})
placeholder_media(s, "media/consultation-2026.mp4"); vtt(s, "media/consultation-2026.fr.vtt", "Bienvenue à Niamey")
s.page("index.html", "Consultation sahélienne sur les données agricoles", f"""
<h1>Consultation sahélienne sur les données agricoles</h1>
<p>Niamey, 9–11 février 2027 — Palais des Congrès. Organisée par le Réseau sahélien des systèmes d'information agricole avec les ministères de l'agriculture du Niger, du Mali, du Burkina Faso et du Tchad.</p>
<p>La consultation réunit organisations paysannes, éleveurs, services statistiques et chercheurs pour fixer des règles communes de partage des données agricoles et pastorales : prix des marchés, pluviométrie, mouvements de transhumance.</p>
<section lang="ha"><h2>A cikin Hausa</h2>
<p>Taron zai haɗa ƙungiyoyin manoma, makiyaya da masu bincike domin tsara ƙa'idojin raba bayanan noma da kiwo a yankin Sahel. Ana iya yin rajista a wannan shafin, kuma za a yi fassara zuwa Hausa a duk zaman taro.</p></section>
<p><a href="@participer.html">S'inscrire</a> · <a href="@appui.html">Demander une prise en charge</a></p>
<h2>Retour sur 2026</h2>
{video("media/consultation-2026.mp4", track="media/consultation-2026.fr.vtt", track_lang="fr", label="Français")}
""")
s.page("participer.html", "Participer — inscription", """
<h1>Participer à la consultation</h1>
<p>L'inscription préalable est obligatoire avant le 20 janvier 2027, pour les participants sur place comme en ligne.</p>
<p>La session jeunesse « Données et jeunes ruraux » est ouverte aux jeunes de 18 à 35 ans.</p>
<form action="@participer.html" method="post">
<input type="hidden" name="action" value="inscription"><input type="hidden" name="id" value="csd27">
<label for="nom">Nom *</label><input type="text" id="nom" name="nom" required>
<label for="prenom">Prénom *</label><input type="text" id="prenom" name="prenom" required>
<label for="courriel">Courriel *</label><input type="email" id="courriel" name="courriel" required>
<label for="org">Organisation (obligatoire)</label><input type="text" id="org" name="org">
<label for="type">Type d'acteur</label><select id="type" name="type"><option>Organisation paysanne</option><option>Éleveurs</option><option>Administration</option><option>Recherche</option></select>
<label for="pays">Pays *</label><select id="pays" name="pays" required><option>Niger</option><option>Mali</option><option>Burkina Faso</option><option>Tchad</option><option>Autre</option></select>
<label for="tel">Téléphone</label><input type="tel" id="tel" name="tel">
<fieldset><legend>Modalité de participation *</legend>
<input type="radio" id="m1" name="modalite" value="presentiel"><label for="m1">Sur place</label>
<input type="radio" id="m2" name="modalite" value="ligne"><label for="m2">En ligne</label></fieldset>
<label for="langue">Langue de travail préférée</label><select id="langue" name="langue"><option>Français</option><option>Hausa</option><option>Anglais</option></select>
<div class="check"><input type="checkbox" id="rgpd" name="rgpd" required><label for="rgpd">J'accepte le traitement de mes données *</label></div>
<div class="g-recaptcha" data-sitekey="6Lc-csd27-exemple"></div>
<button type="submit">Envoyer</button>
</form>
""")
s.page("appui.html", "Prise en charge", """
<h1>Prise en charge des participants</h1>
<p>Le Réseau prend en charge le transport et l'hébergement de 60 représentants d'organisations paysannes et pastorales des quatre pays.</p>
<p>Les personnes retenues reçoivent en outre un per diem de 25 000 FCFA par jour.</p>
<p>Demande à adresser avant le 5 janvier à appui@donnees-sahel.example.org.</p>
""")
s.page("a-distance.html", "Participer à distance", """
<h1>Participer à distance</h1>
<p>Les participants en ligne prennent la parole dans les ateliers via Zoom et votent les recommandations finales comme les participants présents.</p>
<p>Les radios communautaires partenaires retransmettent la plénière d'ouverture en hausa et en zarma.</p>
""")
s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>Le Palais des Congrès est accessible aux personnes en fauteuil roulant (rampe d'accès et ascenseur).</p>
<p>Une interprétation simultanée français–hausa–anglais est assurée dans toutes les sessions.</p>
<p>Pour tout besoin particulier, écrivez à acces@donnees-sahel.example.org.</p>
""")
s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul><li>9 février — Ouverture ; table ronde « Qui paie les frais de collecte des données de marché ? »</li>
<li>10 février — Ateliers : pluviométrie, transhumance, « Inscription des éleveurs dans les registres nationaux »</li>
<li>11 février — Session jeunesse ; adoption des recommandations</li></ul>
""")
s.page("hebergement.html", "Hébergement", """
<h1>Hébergement et transport</h1>
<p>Hôtel Gaweye : 45 000 FCFA la nuit, petit-déjeuner compris. Résidence Fleuve : 28 000 FCFA la nuit.</p>
<p>Un taxi de l'aéroport Diori Hamani au centre coûte environ 5 000 FCFA.</p>
""")
s.page("partenaires.html", "Partenaires", """
<h1>Devenir partenaire</h1>
<table><tr><th>Formule</th><th>Contribution</th></tr>
<tr><td>Partenaire principal</td><td>5 000 000 FCFA</td></tr><tr><td>Stand d'exposition</td><td>350 000 FCFA</td></tr></table>
""")
ENTRY = entry(s, name="Consultation sahélienne sur les données agricoles 2027 (regional agri-data consultation, Niamey)",
    languages=["fr", "ha"], fees=[], free_option=None, fee_support=True, remote_participation=True,
    captcha=["recaptcha"], account_required=False, registration_form=(10, 7, ["affiliation", "phone"]),
    min_age=18, accessibility_statement=True, access_services=["interpretation", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "participer.html", "appui.html", "a-distance.html", "accessibilite.html"],
    evidence={
        "languages": [Q("index.html", "La consultation réunit organisations paysannes, éleveurs, services statistiques et chercheurs"),
                      Q("index.html", "Taron zai haɗa ƙungiyoyin manoma, makiyaya da masu bincike", "Hausa section (lang=ha)")],
        "un_languages": [N("fr")],
        "fees": [N("no participation fee is stated anywhere; the only amounts are distractors"),
                 Q("appui.html", "un per diem de 25 000 FCFA par jour", "per diem, not a fee"),
                 Q("hebergement.html", "Hôtel Gaweye : 45 000 FCFA la nuit", "hotel, not a fee"),
                 Q("partenaires.html", "Stand d'exposition 350 000 FCFA", "exhibition, not a fee"),
                 Q("programme.html", "Qui paie les frais de collecte des données de marché ?", "session title")],
        "free_option": [N("the site says nothing about the cost of taking part (neither a fee nor that it is free): null"), Q("participer.html", "L'inscription préalable est obligatoire avant le 20 janvier 2027", "registration, no cost stated")],
        "fee_support": [Q("appui.html", "Le Réseau prend en charge le transport et l'hébergement de 60 représentants")],
        "remote_participation": [Q("a-distance.html", "Les participants en ligne prennent la parole dans les ateliers via Zoom")],
        "captcha": [M("participer.html", '<div class="g-recaptcha"')],
        "account_required": [N("no account; form sent directly")],
        "registration_form": [N("10 fields: nom, prénom, courriel, organisation, type, pays, téléphone, modalité (radio=1), langue, consent checkbox; hidden action/id not counted. Required: nom, prénom, courriel, organisation ((obligatoire) marker), pays, modalité (legend *), consent = 7. Sensitive: affiliation, phone.", "participer.html")],
        "registration_host": [N("own form")], "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("participer.html", "est ouverte aux jeunes de 18 à 35 ans")],
        "accessibility_statement": [Q("accessibilite.html", "Pour tout besoin particulier, écrivez à acces@donnees-sahel.example.org.")],
        "access_services": [Q("accessibilite.html", "accessible aux personnes en fauteuil roulant"),
                            Q("accessibilite.html", "Une interprétation simultanée français–hausa–anglais est assurée")],
        "videos_without_captions": [M("index.html", 'srclang="fr"', "the only video has a captions track")],
        "pdf_only_documents": [N("programme in HTML, no PDF")],
    })
