from lib import mk, Q, M, N, entry, video, placeholder_media
NAV = [("index.html", "Accueil"), ("inscription.html", "Inscription et frais"), ("diaspora.html", "Diaspora en ligne"), ("accessibilite.html", "Accessibilité"),
       ("programme.html", "Programme"), ("partenaires.html", "Partenaires"), ("emplois.html", "Emplois"), ("sejour.html", "Séjour")]
s = mk("forum-jeunesse-numerique-port-au-prince", "Forum Jeunesse et Numérique Haïti 2027", "fr-HT", "#1e3a8a", "FJN", NAV,
       foot={"fr-HT": "<p>Fondation Lakay Dijital · forum@lakay-dijital.example.ht · Pétion-Ville</p>"})
placeholder_media(s, "media/forum-2026.mp4")
s.page("index.html", "Forum Jeunesse et Numérique Haïti", f"""
<h1>Forum Jeunesse et Numérique Haïti 2027</h1>
<p>Pétion-Ville, 2 et 3 juillet 2027, Hôtel Montana (salle Caraïbe). Deux jours pour les jeunes entrepreneurs, développeurs, journalistes citoyens et organisations communautaires qui construisent des services numériques malgré les coupures de courant et d'internet.</p>
<section lang="ht"><h2>An kreyòl</h2>
<p>Fowòm nan se pou jèn ki gen 16 lane oswa plis. N ap pale sou travay dijital, lekòl sou entènèt ak jan pou n kenbe sèvis yo mache lè kouran an koupe. Manm òganizasyon kominotè yo pa peye antre a.</p></section>
{video("media/forum-2026.mp4")}
""")
s.page("inscription.html", "Inscription et frais", """
<h1>Inscription et frais de participation</h1>
<ul><li>Participant standard : 1 500 gourdes</li><li>Étudiants : 500 HTG</li><li>Participants de la diaspora : USD 50</li></ul>
<p>La participation est gratuite pour les membres des organisations communautaires de base (OCB), sur présentation d'une lettre de l'organisation.</p>
<p>Le forum est ouvert à partir de 16 ans.</p>
<form action="@inscription.html" method="post">
<input type="hidden" name="action" value="inscrire"><input type="hidden" name="id" value="fjn27">
<label for="nom">Nom *</label><input type="text" id="nom" name="nom">
<label for="pre">Prénom *</label><input type="text" id="pre" name="pre">
<label for="cou">Courriel *</label><input type="email" id="cou" name="cou">
<label for="tel">Téléphone / WhatsApp *</label><input type="tel" id="tel" name="tel">
<label for="org">Organisation</label><input type="text" id="org" name="org">
<label for="com">Commune</label><select id="com" name="com"><option>Port-au-Prince</option><option>Pétion-Ville</option><option>Cap-Haïtien</option><option>Jacmel</option><option>Autre</option></select>
<fieldset><legend>Catégorie *</legend><input type="radio" id="c1" name="cat" value="std"><label for="c1">Standard</label><input type="radio" id="c2" name="cat" value="etu"><label for="c2">Étudiant</label><input type="radio" id="c3" name="cat" value="ocb"><label for="c3">OCB</label><input type="radio" id="c4" name="cat" value="dia"><label for="c4">Diaspora</label></fieldset>
<fieldset><legend>Genre</legend><input type="radio" id="g1" name="genre" value="f"><label for="g1">Femme</label><input type="radio" id="g2" name="genre" value="h"><label for="g2">Homme</label><input type="radio" id="g3" name="genre" value="n"><label for="g3">Je préfère ne pas répondre</label></fieldset>
<button type="submit">Envoyer</button></form>
""")
s.page("diaspora.html", "Diaspora en ligne", """
<h1>Participer depuis la diaspora</h1>
<p>Les participants de la diaspora interviennent en ligne : ils présentent leurs projets en direct et prennent part aux débats depuis Montréal, Miami ou Paris.</p>
""")
s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>Interprétation simultanée kreyòl–français–anglais dans la salle principale.</p>
<p>Pas d'interprétation en langue des signes cette année.</p>
<p>Pour tout besoin d'accessibilité, écrivez à acces@lakay-dijital.example.ht.</p>
""")
s.page("programme.html", "Programme", """
<h1>Programme</h1><ul><li>Les frais de transfert d'argent et la diaspora</li><li>Les langues du web haïtien : kreyòl d'abord</li><li>Inscription à l'état civil en ligne</li></ul>
""")
s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1><p>Partenaire principal : HTG 250 000. Table d'exposition : 15 000 gourdes.</p><p>Prix de la meilleure startup : 2 000 USD.</p>
""")
s.page("emplois.html", "Emplois", """
<h1>Offres d'emploi</h1><p>Développeur mobile — 90 000 HTG par mois.</p>
""")
s.page("sejour.html", "Séjour", """
<h1>Séjour</h1><p>Chambres à l'hôtel : USD 140 la nuit. Moto-taxi en ville : environ 250 gourdes. Taux indicatif : 1 USD = 131 HTG.</p>
""")
ENTRY = entry(s, name="Forum Jeunesse et Numérique Haïti 2027 (Haitian youth and digital forum, Pétion-Ville)",
    languages=["fr", "ht"], fees=[(1500, "HTG"), (500, "HTG"), (50, "USD")], free_option=True, fee_support=True,
    remote_participation=True, captcha=[], account_required=False,
    registration_form=(8, 5, ["affiliation", "gender", "phone"]), min_age=16, accessibility_statement=True,
    access_services=["interpretation"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscription.html", "diaspora.html", "accessibilite.html"],
    evidence={
        "languages": [Q("index.html", "Deux jours pour les jeunes entrepreneurs, développeurs, journalistes citoyens"),
                      Q("index.html", "Fowòm nan se pou jèn ki gen 16 lane oswa plis.", "Haitian Creole section")],
        "un_languages": [N("fr")],
        "fees": [Q("inscription.html", "Participant standard : 1 500 gourdes"), Q("inscription.html", "Étudiants : 500 HTG"),
                 Q("inscription.html", "Participants de la diaspora : USD 50"),
                 Q("partenaires.html", "Table d'exposition : 15 000 gourdes.", "exhibition"), Q("partenaires.html", "Prix de la meilleure startup : 2 000 USD.", "prize"),
                 Q("emplois.html", "90 000 HTG par mois", "salary"), Q("sejour.html", "Chambres à l'hôtel : USD 140 la nuit.", "hotel"),
                 Q("sejour.html", "Moto-taxi en ville : environ 250 gourdes.", "transport"), Q("sejour.html", "Taux indicatif : 1 USD = 131 HTG.", "exchange rate"),
                 Q("programme.html", "Les frais de transfert d'argent et la diaspora", "talk")],
        "free_option": [Q("inscription.html", "La participation est gratuite pour les membres des organisations communautaires de base (OCB)")],
        "fee_support": [Q("inscription.html", "Étudiants : 500 HTG", "reduced student rate")],
        "remote_participation": [Q("diaspora.html", "ils présentent leurs projets en direct et prennent part aux débats")],
        "captcha": [N("no CAPTCHA")], "account_required": [N("no account")],
        "registration_form": [N("8 fields: nom, prénom, courriel, téléphone, organisation, commune, catégorie (radio), genre (radio); hidden action/id not counted; required by '*' only (no attribute): nom, prénom, courriel, téléphone, catégorie = 5. Sensitive: phone, affiliation, gender.", "inscription.html")],
        "registration_host": [N("own form")], "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("inscription.html", "Le forum est ouvert à partir de 16 ans."), Q("index.html", "Fowòm nan se pou jèn ki gen 16 lane oswa plis.")],
        "accessibility_statement": [Q("accessibilite.html", "Pour tout besoin d'accessibilité, écrivez à acces@lakay-dijital.example.ht.")],
        "access_services": [Q("accessibilite.html", "Interprétation simultanée kreyòl–français–anglais dans la salle principale."),
                            Q("accessibilite.html", "Pas d'interprétation en langue des signes cette année.", "negation")],
        "videos_without_captions": [M("index.html", 'src="media/forum-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
