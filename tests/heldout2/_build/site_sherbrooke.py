from lib import *

NAV = [("index.html", "Accueil"), ("tarifs.html", "Tarifs"), ("inscription.html", "Inscription"),
       ("a-distance.html", "Présenter à distance"), ("accessibilite.html", "Accessibilité"), ("en/index.html", "English"),
       ("commanditaires.html", "Commanditaires"), ("hebergement.html", "Hébergement"), ("emplois.html", "Emplois")]
s = mk("colloque-politiques-numeriques-sherbrooke", "Colloque sur les politiques numériques et la gouvernance algorithmique — Sherbrooke", "fr-CA",
       "#2f5233", "CS", NAV,
       foot={"fr-CA": "<p>Chaire de recherche en droit du numérique (fictive), Sherbrooke (Québec) — colloque@chaire-numerique.example.ca</p>"})

s.page("index.html", "Colloque sur les politiques numériques — Sherbrooke 2027", """
<h1>Colloque sur les politiques numériques et la gouvernance algorithmique</h1>
<p>Les 5 et 6 mai 2027, la Chaire de recherche en droit du numérique accueille chercheuses, chercheurs, fonctionnaires et groupes communautaires pour deux jours d'échanges sur l'encadrement de l'intelligence artificielle dans les services publics.</p>
<p>La conférence d'ouverture du 5 mai est gratuite et ouverte au public, sur inscription.</p>
<p><a href="@tarifs.html">Tarifs</a> · <a href="@inscription.html">S'inscrire</a> · <a href="@programme.html">Programme détaillé</a></p>
<h2>Présentation du colloque</h2>
<video controls preload="none" width="640" src="@media/presentation.mp4">
  <track kind="captions" src="@media/presentation.fr.vtt" srclang="fr" label="Français" default>
</video>
<h2>Conférence d'ouverture 2026 (archive)</h2>
<video controls preload="none" width="640" src="@media/ouverture-2026.mp4"></video>
""")
placeholder_media(s, "media/presentation.mp4")
placeholder_media(s, "media/ouverture-2026.mp4")
vtt(s, "media/presentation.fr.vtt", "Bienvenue au colloque")

s.page("tarifs.html", "Tarifs", """
<h1>Tarifs d'inscription</h1>
<ul>
<li>Tarif général : 185 $</li>
<li>Étudiantes et étudiants : 60 $</li>
<li>Atelier pratique optionnel sur l'audit algorithmique (6 mai) : 45 $</li>
</ul>
<p>Les prix sont en dollars canadiens, taxes incluses. La conférence d'ouverture est gratuite.</p>
""")

form = "".join([
    fld("prenom", "Prénom (réponse obligatoire)"),
    fld("nom", "Nom (réponse obligatoire)"),
    fld("courriel", "Courriel (réponse obligatoire)", "email"),
    fld("tel", "Téléphone", "tel"),
    fld("etab", "Établissement ou organisme (réponse obligatoire)"),
    fld("cat", "Catégorie (réponse obligatoire)", "select", opts=["Tarif général", "Étudiant·e", "Conférence d'ouverture seulement (gratuit)"]),
    fld("atelier", "Je m'inscris aussi à l'atelier pratique (45 $)", "checkbox"),
    fld("adresse", "Adresse de facturation (réponse obligatoire)", "textarea"),
    fld("repas", "Régime alimentaire", "select", opts=["Aucun", "Végétarien", "Végane", "Sans gluten"]),
    fld("besoins", "Besoins d'accessibilité", "textarea"),
    fld("code", "J'accepte le code de conduite du colloque (réponse obligatoire)", "checkbox"),
])
s.page("inscription.html", "Inscription", f"""
<h1>Inscription</h1>
<p>Ce formulaire n'utilise pas de CAPTCHA.</p>
<form action="@inscription.html" method="post">
{form}
<button type="submit">Confirmer l'inscription</button>
</form>
""")

s.page("a-distance.html", "Présenter à distance", """
<h1>Présenter à distance</h1>
<p>Les personnes conférencières qui ne peuvent pas se déplacer présentent à distance par Zoom; chaque présentation est suivie d'une période de questions en direct avec la salle.</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>Le pavillon est accessible en fauteuil roulant et doté d'un ascenseur; des toilettes adaptées se trouvent au rez-de-chaussée.</p>
<p>Interprétation en LSQ (langue des signes québécoise) sur demande, au plus tard le 20 avril.</p>
<p>Sous-titrage en direct (CART) des séances plénières.</p>
<p>Interprétation simultanée français–anglais pendant les plénières.</p>
<p>Une halte-garderie avec éducatrices accueille les enfants de 18 mois à 10 ans.</p>
<p>Pour toute demande d'accommodement : acces@chaire-numerique.example.ca</p>
""")

s.page("en/index.html", "Digital Policy Colloquium — Sherbrooke 2027", """
<h1>Colloquium on Digital Policy and Algorithmic Governance</h1>
<p>On 5 and 6 May 2027 the Research Chair in Digital Law welcomes researchers, public servants and community groups for two days of discussion on how artificial intelligence in public services should be governed.</p>
<p>Registration: general rate $185 CAD, students $60 CAD, optional hands-on workshop on algorithmic auditing $45 CAD. The opening lecture is free and open to the public.</p>
<p>Speakers who cannot travel present over Zoom and answer questions from the room live. The building is wheelchair accessible; LSQ interpretation and live captioning (CART) are available.</p>
""")

s.page("commanditaires.html", "Commanditaires", """
<h1>Devenir commanditaire</h1>
<ul><li>Commanditaire Or : 5 000 $</li><li>Commanditaire Argent : 2 500 $</li><li>Table d'exposition : 600 $</li></ul>
""")
s.page("hebergement.html", "Hébergement", """
<h1>Hébergement et transport</h1>
<p>Hôtel partenaire : chambre à 159 $ la nuit. Stationnement sur le campus : 12 $ par jour. Billet d'autobus : 3,75 $.</p>
""")
s.page("emplois.html", "Emplois", """
<h1>Offres d'emploi</h1>
<p>Assistant·e de recherche (été 2027), 25 $ l'heure.</p>
""")

P = ["index.html", "tarifs.html", "inscription.html", "a-distance.html", "accessibilite.html", "en/index.html"]
ENTRY = entry(s, name="Colloque sur les politiques numériques et la gouvernance algorithmique — Sherbrooke", languages=["en", "fr"],
    fees=[(185, "CAD"), (60, "CAD"), (45, "CAD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=[], account_required=False,
    registration_form=(11, 7, ["phone", "affiliation", "address"]),
    min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "cart", "interpretation", "childcare"], videos_without_captions=1,
    pdf_only_documents=False, participation_pages=P, deliberate_404=["programme.html"],
    evidence={
        "languages": [Q("index.html", "la Chaire de recherche en droit du numérique accueille chercheuses, chercheurs"),
                      M("en/index.html", '<html lang="fr-CA">', "English page declared fr-CA: en"),
                      Q("en/index.html", "On 5 and 6 May 2027 the Research Chair in Digital Law welcomes researchers")],
        "un_languages": [N("en and fr")],
        "fees": [Q("tarifs.html", "Tarif général : 185 $"), Q("tarifs.html", "Étudiantes et étudiants : 60 $"),
                 Q("tarifs.html", "Atelier pratique optionnel sur l'audit algorithmique (6 mai) : 45 $"),
                 Q("en/index.html", "general rate $185 CAD", "restated: no new entry"),
                 Q("commanditaires.html", "Commanditaire Or : 5 000 $", "sponsor: not a fee"),
                 Q("hebergement.html", "chambre à 159 $ la nuit", "hotel: not a fee"),
                 Q("emplois.html", "25 $ l'heure", "pay: not a fee")],
        "free_option": [Q("index.html", "La conférence d'ouverture du 5 mai est gratuite et ouverte au public, sur inscription.")],
        "fee_support": [Q("tarifs.html", "Étudiantes et étudiants : 60 $", "student rate")],
        "remote_participation": [Q("a-distance.html", "présentent à distance par Zoom; chaque présentation est suivie d'une période de questions en direct avec la salle")],
        "captcha": [Q("inscription.html", "Ce formulaire n'utilise pas de CAPTCHA.", "a sentence, no widget")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (prénom, nom, courriel, téléphone, établissement, catégorie select, atelier checkbox, adresse de facturation, régime select, besoins textarea, code checkbox); 7 marked (réponse obligatoire); sensitive phone, affiliation, address", "inscription.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("accessibilite.html", "accueille les enfants de 18 mois à 10 ans", "childcare ages: not a limit")],
        "accessibility_statement": [Q("accessibilite.html", "Le pavillon est accessible en fauteuil roulant et doté d'un ascenseur")],
        "access_services": [Q("accessibilite.html", "Le pavillon est accessible en fauteuil roulant", "wheelchair_access"),
                            Q("accessibilite.html", "Interprétation en LSQ (langue des signes québécoise) sur demande", "sign_language"),
                            Q("accessibilite.html", "Sous-titrage en direct (CART) des séances plénières.", "cart only"),
                            Q("accessibilite.html", "Interprétation simultanée français–anglais pendant les plénières.", "interpretation"),
                            Q("accessibilite.html", "Une halte-garderie avec éducatrices", "childcare")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/ouverture-2026.mp4"></video>', "1 of 2 videos has no track")],
        "pdf_only_documents": [N("no PDF; the programme link is the deliberate 404")],
    })
