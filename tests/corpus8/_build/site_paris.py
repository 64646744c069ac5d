"""Parisian civic-tech and digital-commons fair. French, English page; free visitor entrance, paid conference pass
on HelloAsso, own visitor form with a self-hosted image code."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "Accueil"), ("programme.html", "Programme"), ("billetterie.html", "Billetterie"),
       ("inscription-visiteurs.html", "Inscription visiteurs"), ("a-distance.html", "Suivre à distance"),
       ("accessibilite.html", "Accessibilité"), ("exposants.html", "Exposer"), ("infos-pratiques.html", "Infos pratiques"),
       ("recrutement.html", "Recrutement"), ("en/index.html", "English")]
s = mk("salon-civic-tech-communs-paris", "Salon Civic Tech &amp; Communs numériques 2027", "fr", "#283593", "SCT", NAV,
       langs={"fr": [("en/index.html", "EN")]},
       foot={"fr": "<p>Salon Civic Tech &amp; Communs numériques · Association Communs en Commun (fictive) · 75011 Paris · "
                   "bonjour@salon-civictech.example.fr · <a href=\"@mentions-legales.html\">Mentions légales</a></p>"})

s.page("index.html", "Salon Civic Tech & Communs numériques 2027 — Paris", """
<h1>Salon Civic Tech &amp; Communs numériques 2027</h1>
<p class="lead">Paris, La Halle Oberkampf · 2 et 3 avril 2027</p>
<p>Collectivités, associations, start-up d'État, développeuses et développeurs de logiciels libres, chercheurs et
citoyens se retrouvent pendant deux jours pour découvrir les outils de participation citoyenne, de transparence et
les communs numériques au service de l'action publique.</p>
<p>Plus de 80 exposants, trois scènes de conférences et des ateliers pratiques.</p>
<p><a href="@billetterie.html">Billetterie</a> · <a href="@inscription-visiteurs.html">Inscription visiteurs gratuite</a></p>
<h2>L'édition 2026 en vidéo</h2>
""" + video("media/salon-2026.mp4", track="media/salon-2026.fr.vtt", track_lang="fr", label="Français") + "\n")
placeholder_media(s, "media/salon-2026.mp4")
vtt(s, "media/salon-2026.fr.vtt", "Bienvenue au Salon Civic Tech.")

s.page("programme.html", "Programme — Salon Civic Tech 2027", """
<h1>Programme des conférences</h1>
<ul>
  <li>Les frais cachés du logiciel propriétaire dans les collectivités</li>
  <li>Accessibilité numérique : le RGAA en pratique dans une petite commune</li>
  <li>Inscription sur les listes électorales en ligne : retour d'expérience</li>
  <li>Plateformes de consultation multilingues : quelles langues pour la participation ?</li>
</ul>
""")

s.page("billetterie.html", "Billetterie — Salon Civic Tech 2027", """
<h1>Billetterie</h1>
<h2>Visiter le salon</h2>
<p>L'entrée au salon (exposition et scène ouverte) est gratuite sur inscription : <a href="@inscription-visiteurs.html">inscrivez-vous ici</a>.</p>
<h2>Pass conférences</h2>
<ul>
  <li>Pass conférences deux jours : 90 € TTC</li>
  <li>Tarif réduit (étudiants, demandeurs d'emploi, bénévoles associatifs) : 35 €</li>
  <li>Atelier « Commande publique et logiciels libres » (demi-journée, 20 places) : 45 €</li>
</ul>
<p>Les pass et l'atelier sont en vente sur HelloAsso, sans création de compte :
<a href="https://www.helloasso.com/associations/communs-en-commun/evenements/salon-2027">acheter mon pass sur HelloAsso</a>.</p>
""")

s.page("inscription-visiteurs.html", "Inscription visiteurs — Salon Civic Tech 2027", """
<h1>Inscription visiteurs (gratuite)</h1>
<p>Les champs marqués d'un astérisque (*) sont obligatoires.</p>
<form action="@inscription-visiteurs.html" method="post">
  <label for="prenom">Prénom *</label><input type="text" id="prenom" name="prenom" required>
  <label for="nom">Nom *</label><input type="text" id="nom" name="nom" required>
  <label for="courriel">Adresse électronique *</label><input type="email" id="courriel" name="courriel" required>
  <label for="structure">Structure</label><input type="text" id="structure" name="structure">
  <label for="type">Type de structure</label>
  <select id="type" name="type"><option>Collectivité</option><option>Administration</option><option>Association</option><option>Entreprise</option><option>Particulier</option></select>
  <label for="dep">Département</label><input type="text" id="dep" name="departement">
  <label for="connu">Comment avez-vous connu le salon ?</label>
  <select id="connu" name="connu"><option>Réseaux sociaux</option><option>Bouche-à-oreille</option><option>Presse</option></select>
  <div class="check"><input type="checkbox" id="lettre" name="lettre"> <label for="lettre">Je souhaite recevoir la lettre d'information</label></div>
  <div class="captcha"><img src="@img/code-securite.svg" alt="Code de vérification" width="130" height="44">
    <label for="code">Recopiez le code affiché *</label><input type="text" id="code" name="code" required></div>
  <div class="check"><input type="checkbox" id="rgpd" name="rgpd" aria-required="true"> <label for="rgpd">J'accepte la politique de confidentialité *</label></div>
  <button type="submit">Recevoir mon badge</button>
</form>
""")
s.write("img/code-securite.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="130" height="44"><rect width="130" height="44" fill="#f2f2f2"/>'
        '<text x="14" y="30" font-family="monospace" font-size="22" transform="rotate(3 65 22)">K8P2W</text>'
        '<line x1="0" y1="30" x2="130" y2="10" stroke="#aaa"/></svg>\n')

s.page("a-distance.html", "Suivre à distance — Salon Civic Tech 2027", """
<h1>Suivre à distance</h1>
<p>Les conférences de la grande scène sont retransmises en direct. Les personnes qui suivent à distance posent leurs
questions dans le chat modéré ; les questions sont lues en séance et les intervenants y répondent en direct.</p>
<p>Le lien de la retransmission est public et gratuit.</p>
""")

s.page("accessibilite.html", "Accessibilité — Salon Civic Tech 2027", """
<h1>Accessibilité</h1>
<p>La Halle Oberkampf est accessible de plain-pied aux personnes en fauteuil roulant ; des toilettes adaptées sont
disponibles au rez-de-chaussée.</p>
<p>Les conférences de la grande scène sont interprétées en langue des signes française (LSF) et sous-titrées en direct
par vélotypie.</p>
<p>Une boucle magnétique équipe la grande scène.</p>
<p>Pour toute demande d'aménagement : accessibilite@salon-civictech.example.fr.</p>
""")

s.page("exposants.html", "Exposer — Salon Civic Tech 2027", """
<h1>Exposer au salon</h1>
<ul>
  <li>Stand 6 m² : 1 800 € HT</li>
  <li>Stand 9 m² : 2 600 € HT</li>
  <li>Table associative : 250 € TTC</li>
</ul>
""")

s.page("infos-pratiques.html", "Infos pratiques — Salon Civic Tech 2027", """
<h1>Infos pratiques</h1>
<p>Métro ligne 5 ou 9, station Oberkampf. Un ticket de métro coûte 2,50 €.</p>
<p>Hôtel partenaire : Hôtel du Canal, 129 € la nuit avec le code SALON27.</p>
<p>Vestiaire sur place : 2 € par article.</p>
<p>Les mineurs de moins de 16 ans doivent être accompagnés d'un adulte.</p>
""")

s.page("recrutement.html", "Recrutement — Salon Civic Tech 2027", """
<h1>Ils recrutent</h1>
<ul>
  <li>Développeur·se Python, collectivité de la métropole — 45–55 k€ brut annuel</li>
  <li>Chef·fe de projet participation citoyenne — 3 200 € brut mensuel</li>
</ul>
""")

s.page("en/index.html", "Civic Tech & Digital Commons Fair 2027 — Paris", """
<h1>Civic Tech &amp; Digital Commons Fair 2027</h1>
<p>Paris, La Halle Oberkampf, 2–3 April 2027.</p>
<p>Local governments, associations, public-sector start-ups, free-software developers, researchers and citizens meet
for two days to discover tools for citizen participation, transparency and digital commons for public action.
Talks are in French.</p>
<p>Entrance to the fair is free on registration. The two-day conference pass costs €90 (reduced rate €35), and the
public procurement workshop €45; passes are sold on HelloAsso without an account.</p>
<p>Main-stage talks are streamed live and online questions are read out in the room.</p>
""", lang="en")

ENTRY = entry(
    s, name="Salon Civic Tech & Communs numériques 2027 (Parisian civic-tech and digital-commons fair)",
    languages=["fr", "en"], fees=[(90, "EUR"), (35, "EUR"), (45, "EUR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["image"],
    account_required=False, registration_form=(10, 5, ["affiliation"]), registration_host="www.helloasso.com",
    min_age=None, accessibility_statement=True, access_services=["captions", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "billetterie.html", "inscription-visiteurs.html", "a-distance.html", "accessibilite.html",
                         "en/index.html"],
    deliberate_404=["mentions-legales.html"],
    evidence={
        "languages": [
            Q("index.html", "Collectivités, associations, start-up d'État, développeuses et développeurs de logiciels libres"),
            Q("en/index.html", "Local governments, associations, public-sector start-ups, free-software developers, researchers and citizens"),
        ],
        "un_languages": [N("fr, en")],
        "fees": [
            Q("billetterie.html", "Pass conférences deux jours : 90 € TTC"),
            Q("billetterie.html", "Tarif réduit (étudiants, demandeurs d'emploi, bénévoles associatifs) : 35 €"),
            Q("billetterie.html", "Atelier « Commande publique et logiciels libres » (demi-journée, 20 places) : 45 €", "paid add-on workshop"),
            Q("en/index.html", "The two-day conference pass costs €90 (reduced rate €35), and the public procurement workshop €45"),
            Q("exposants.html", "Stand 6 m² : 1 800 € HT", "exhibition, not a fee"),
            Q("exposants.html", "Table associative : 250 € TTC", "exhibition, not a fee"),
            Q("infos-pratiques.html", "Un ticket de métro coûte 2,50 €.", "transport, not a fee"),
            Q("infos-pratiques.html", "Hôtel partenaire : Hôtel du Canal, 129 € la nuit", "hotel, not a fee"),
            Q("infos-pratiques.html", "Vestiaire sur place : 2 € par article.", "cloakroom, not a fee"),
            Q("recrutement.html", "45–55 k€ brut annuel", "salary, not a fee"),
            Q("programme.html", "Les frais cachés du logiciel propriétaire dans les collectivités", "talk title"),
        ],
        "free_option": [Q("billetterie.html", "L'entrée au salon (exposition et scène ouverte) est gratuite sur inscription", "free visitor entrance (+)")],
        "fee_support": [Q("billetterie.html", "Tarif réduit (étudiants, demandeurs d'emploi, bénévoles associatifs) : 35 €", "reduced student rate")],
        "remote_participation": [Q("a-distance.html", "Les personnes qui suivent à distance posent leurs questions dans le chat modéré ; les questions sont lues en séance et les intervenants y répondent en direct.")],
        "captcha": [M("inscription-visiteurs.html", '<img src="img/code-securite.svg" alt="Code de vérification"', "self-hosted image code")],
        "account_required": [Q("billetterie.html", "Les pass et l'atelier sont en vente sur HelloAsso, sans création de compte")],
        "registration_form": [
            M("inscription-visiteurs.html", '<input type="checkbox" id="rgpd" name="rgpd" aria-required="true">'),
            N("10 fields: prénom, nom, courriel, structure, type de structure, département, 'comment avez-vous connu', "
              "newsletter checkbox (inside the registration form: a checkbox counts), image-code text box, consent checkbox. "
              "Required: prénom, nom, courriel, code, consent (aria-required) = 5. Sensitive: affiliation (structure). "
              "Département is not an address."),
        ],
        "registration_host": [M("billetterie.html", 'href="https://www.helloasso.com/associations/communs-en-commun/evenements/salon-2027"')],
        "registration_pdf_only": [N("HTML form and HelloAsso")],
        "min_age": [Q("infos-pratiques.html", "Les mineurs de moins de 16 ans doivent être accompagnés d'un adulte.", "not a minimum age (+): null")],
        "accessibility_statement": [Q("accessibilite.html", "Pour toute demande d'aménagement : accessibilite@salon-civictech.example.fr.")],
        "access_services": [
            Q("accessibilite.html", "La Halle Oberkampf est accessible de plain-pied aux personnes en fauteuil roulant"),
            Q("accessibilite.html", "Les conférences de la grande scène sont interprétées en langue des signes française (LSF) et sous-titrées en direct par vélotypie."),
            Q("accessibilite.html", "Une boucle magnétique équipe la grande scène.", "induction loop: not a service"),
        ],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/salon-2026.fr.vtt"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
