"""West African francophone open-data week, Dakar (Senegal). French with an English section, Wolof greeting."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "Accueil"), ("programme.html", "Programme"), ("participer.html", "Participer"),
       ("inscription.html", "Inscription"), ("bourses.html", "Bourses"), ("datathon.html", "Datathon"),
       ("en-ligne.html", "Suivre en ligne"), ("accessibilite.html", "Accessibilité"), ("pratique.html", "Infos pratiques"),
       ("partenaires.html", "Partenaires")]
s = mk("semaine-donnees-ouvertes-dakar", "Semaine ouest-africaine des données ouvertes 2027", "fr-SN", "#1d6b3a", "SDO", NAV,
       foot={"fr-SN": '<p>Semaine ouest-africaine des données ouvertes · Collectif Données Ouvertes Sénégal · '
                      'Sicap Liberté 6, Dakar · contact@sdo-dakar.example.org</p>'
                      '<p><a href="@archives/rapport-2025.html">Rapport de l\'édition 2025</a></p>'})

s.page("index.html", "Semaine ouest-africaine des données ouvertes 2027 — Dakar", """
<h1>Semaine ouest-africaine des données ouvertes 2027</h1>
<p class="lead"><em>Dalal ak jàmm!</em> Dakar, du 8 au 12 novembre 2027 · Maison de la Culture Douta Seck</p>
<p>Pendant cinq jours, administrations, journalistes, chercheurs, développeurs et organisations de la société civile
d'Afrique de l'Ouest se retrouvent pour faire avancer l'ouverture des données publiques : budgets, marchés publics,
santé, foncier et climat.</p>
<p>Au programme : conférences, ateliers pratiques, un datathon de trois jours et la nuit des projets citoyens.</p>
<ul>
  <li><a href="@participer.html">Participer</a> · <a href="@inscription.html">S'inscrire</a></li>
  <li><a href="@bourses.html">Bourses de voyage</a></li>
</ul>
<section>
  <h2>For English-speaking participants</h2>
  <p>Participants from The Gambia, Ghana, Liberia, Nigeria and Sierra Leone are very welcome. All plenary sessions
  are interpreted between French and English, and the datathon mentors speak both languages. Registration is free
  and the form can be filled in English; write to english@sdo-dakar.example.org with any question.</p>
</section>
<h2>Retour en images sur l'édition 2025</h2>
""" + video("media/sdo-2025.mp4", track="media/sdo-2025.fr.vtt", track_lang="fr", label="Français") + "\n")
placeholder_media(s, "media/sdo-2025.mp4")
vtt(s, "media/sdo-2025.fr.vtt", "Bienvenue à la Semaine des données ouvertes.")

s.page("programme.html", "Programme — Semaine des données ouvertes 2027", """
<h1>Programme</h1>
<h2>Lundi 8 novembre</h2>
<ul>
  <li>Ouverture officielle</li>
  <li>Les frais d'accès aux données satellitaires pour l'agriculture</li>
  <li>Inscription des données foncières au cadastre : l'expérience de Thiès</li>
</ul>
<h2>Du mardi 9 au jeudi 11 novembre</h2>
<ul>
  <li>Datathon « Budgets ouverts »</li>
  <li>Atelier : publier des jeux de données dans plusieurs langues nationales</li>
</ul>
<h2>Vendredi 12 novembre</h2>
<ul><li>Nuit des projets citoyens et remise des prix</li></ul>
""")

s.page("participer.html", "Participer — Semaine des données ouvertes 2027", """
<h1>Participer</h1>
<p>La participation à la Semaine est gratuite, sur inscription. Les déjeuners sont offerts aux participants inscrits.</p>
<p>Les places dans les ateliers pratiques sont limitées : choisissez vos ateliers dans le formulaire d'inscription.</p>
<p>Vous venez d'une autre région ou d'un pays voisin ? Consultez nos <a href="@bourses.html">bourses de voyage</a>.</p>
""")

s.page("inscription.html", "Inscription — Semaine des données ouvertes 2027", """
<h1>Inscription</h1>
<p>Les champs suivis d'un astérisque (*) sont obligatoires.</p>
<form action="@inscription.html" method="post">
  <label for="prenom">Prénom *</label><input type="text" id="prenom" name="prenom" required>
  <label for="nom">Nom *</label><input type="text" id="nom" name="nom" required>
  <label for="courriel">Courriel *</label><input type="email" id="courriel" name="courriel" required>
  <label for="tel">Téléphone (WhatsApp)</label><input type="tel" id="tel" name="tel">
  <label for="org">Organisation</label><input type="text" id="org" name="org">
  <label for="pays">Pays de résidence *</label>
  <select id="pays" name="pays" aria-required="true"><option>Sénégal</option><option>Mali</option><option>Côte d'Ivoire</option>
    <option>Guinée</option><option>Burkina Faso</option><option>Niger</option><option>Autre</option></select>
  <fieldset><legend>Vous êtes *</legend>
    <input type="radio" id="st1" name="statut" value="admin"> <label for="st1">Administration</label>
    <input type="radio" id="st2" name="statut" value="osc"> <label for="st2">Société civile</label>
    <input type="radio" id="st3" name="statut" value="media"> <label for="st3">Média</label>
    <input type="radio" id="st4" name="statut" value="etudiant"> <label for="st4">Étudiant·e</label>
  </fieldset>
  <fieldset><legend>Ateliers pratiques</legend>
    <input type="checkbox" id="a1" name="atelier-budget"> <label for="a1">Budgets ouverts</label>
    <input type="checkbox" id="a2" name="atelier-carto"> <label for="a2">Cartographie participative</label>
    <input type="checkbox" id="a3" name="atelier-langues"> <label for="a3">Données en langues nationales</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="rgpd" name="rgpd" required> <label for="rgpd">J'accepte que mes données soient utilisées pour l'organisation de l'événement *</label></div>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAA-sdo-dakar-2027"></div>
  <button type="submit">Je m'inscris</button>
</form>
""")

s.page("bourses.html", "Bourses — Semaine des données ouvertes 2027", """
<h1>Bourses de voyage</h1>
<p>Grâce à nos partenaires, 40 bourses couvrent le billet d'avion ou de car et l'hébergement de participants venant
des régions du Sénégal et des pays voisins.</p>
<p>Les boursiers reçoivent en plus un per diem de 25 000 FCFA par jour.</p>
<p>Candidatures jusqu'au 15 septembre par courriel à bourses@sdo-dakar.example.org.</p>
""")

s.page("datathon.html", "Datathon — Semaine des données ouvertes 2027", """
<h1>Datathon « Budgets ouverts »</h1>
<p>Trois jours pour construire des outils qui rendent les budgets des communes lisibles par tous.</p>
<p>Le datathon est ouvert aux jeunes de 18 à 35 ans, en équipes de trois à cinq personnes.</p>
<h2>Prix</h2>
<ul>
  <li>1er prix : 1 000 000 FCFA et un accompagnement de six mois</li>
  <li>2e prix : 500 000 F CFA</li>
</ul>
<p>Inscription des équipes dans le <a href="@inscription.html">formulaire d'inscription</a>.</p>
""")

s.page("en-ligne.html", "Suivre en ligne — Semaine des données ouvertes 2027", """
<h1>Suivre et participer en ligne</h1>
<p>Les plénières sont diffusées en direct. Les participants en ligne peuvent poser leurs questions dans le salon de
discussion, qui sont relayées par les modérateurs, et les équipes à distance présentent leurs projets en direct
lors de la nuit des projets citoyens.</p>
""")

s.page("accessibilite.html", "Accessibilité — Semaine des données ouvertes 2027", """
<h1>Accessibilité</h1>
<p>La Maison de la Culture Douta Seck est accessible en fauteuil roulant (rampe à l'entrée principale, salles de plain-pied).</p>
<p>Les plénières sont interprétées en langue des signes sénégalaise et sous-titrées en direct en français et en anglais.</p>
<p>Une interprétation simultanée français–anglais est assurée dans la grande salle.</p>
<p>Pour tout besoin particulier, écrivez à acces@sdo-dakar.example.org.</p>
""")

s.page("pratique.html", "Infos pratiques — Semaine des données ouvertes 2027", """
<h1>Infos pratiques</h1>
<ul>
  <li>Hôtel Le Baobab (Point E) : 45 000 FCFA la nuit, petit-déjeuner compris</li>
  <li>Taxi de l'aéroport Blaise-Diagne au centre-ville : environ 20 000 F CFA</li>
  <li>Train express régional (TER) : 1 500 FCFA</li>
</ul>
<p>Les ressortissants de la CEDEAO n'ont pas besoin de visa pour entrer au Sénégal.</p>
""")

s.page("partenaires.html", "Partenaires — Semaine des données ouvertes 2027", """
<h1>Devenir partenaire</h1>
<ul>
  <li>Partenaire Or : 15 000 000 FCFA</li>
  <li>Partenaire Argent : 7 500 000 FCFA</li>
  <li>Stand dans l'espace démo : 350 000 FCFA</li>
</ul>
""")

ENTRY = entry(
    s, name="Semaine ouest-africaine des données ouvertes 2027 (West African francophone open-data week, Dakar)",
    languages=["fr", "en"], fees=[], free_option=True, fee_support=True, remote_participation=True,
    captcha=["turnstile"], account_required=False, registration_form=(11, 6, ["phone", "affiliation"]),
    registration_host=None, min_age=18, accessibility_statement=True,
    access_services=["captions", "interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "participer.html", "inscription.html", "bourses.html", "datathon.html",
                         "en-ligne.html", "accessibilite.html"],
    deliberate_404=["archives/rapport-2025.html"],
    evidence={
        "languages": [
            Q("index.html", "Pendant cinq jours, administrations, journalistes, chercheurs, développeurs et organisations de la société civile d'Afrique de l'Ouest"),
            Q("index.html", "Participants from The Gambia, Ghana, Liberia, Nigeria and Sierra Leone are very welcome. All plenary sessions are interpreted between French and English",
              "English section on the French home page"),
            Q("index.html", "Dalal ak jàmm!", "Wolof greeting only: not a language offered"),
        ],
        "un_languages": [N("fr, en")],
        "fees": [
            Q("participer.html", "La participation à la Semaine est gratuite, sur inscription.", "no fee at all"),
            Q("bourses.html", "un per diem de 25 000 FCFA par jour", "per diem, not a fee"),
            Q("datathon.html", "1er prix : 1 000 000 FCFA", "prize, not a fee"),
            Q("pratique.html", "Hôtel Le Baobab (Point E) : 45 000 FCFA la nuit", "hotel, not a fee"),
            Q("pratique.html", "Train express régional (TER) : 1 500 FCFA", "transport, not a fee"),
            Q("partenaires.html", "Partenaire Or : 15 000 000 FCFA", "sponsorship, not a fee"),
            Q("programme.html", "Les frais d'accès aux données satellitaires pour l'agriculture", "talk title"),
        ],
        "free_option": [Q("participer.html", "La participation à la Semaine est gratuite, sur inscription.")],
        "fee_support": [Q("bourses.html", "40 bourses couvrent le billet d'avion ou de car et l'hébergement de participants")],
        "remote_participation": [
            Q("en-ligne.html", "Les participants en ligne peuvent poser leurs questions dans le salon de discussion, qui sont relayées par les modérateurs, et les équipes à distance présentent leurs projets en direct"),
        ],
        "captcha": [M("inscription.html", '<div class="cf-turnstile" data-sitekey=')],
        "account_required": [N("no account; the form is sent directly")],
        "registration_form": [
            M("inscription.html", '<select id="pays" name="pays" aria-required="true">'),
            N("11 fields: prénom, nom, courriel, téléphone, organisation, pays, statut (radio group = 1), three workshop "
              "checkboxes, consent checkbox. Required: prénom, nom, courriel, pays (aria-required), statut (legend '*'), "
              "consent = 6. Sensitive: phone, affiliation (organisation). Pays de résidence is not sensitive."),
        ],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("datathon.html", "Le datathon est ouvert aux jeunes de 18 à 35 ans", "range: lower bound 18")],
        "accessibility_statement": [Q("accessibilite.html", "Pour tout besoin particulier, écrivez à acces@sdo-dakar.example.org.")],
        "access_services": [
            Q("accessibilite.html", "La Maison de la Culture Douta Seck est accessible en fauteuil roulant"),
            Q("accessibilite.html", "Les plénières sont interprétées en langue des signes sénégalaise et sous-titrées en direct en français et en anglais."),
            Q("accessibilite.html", "Une interprétation simultanée français–anglais est assurée dans la grande salle."),
        ],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/sdo-2025.fr.vtt"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF; the programme is HTML")],
    })
