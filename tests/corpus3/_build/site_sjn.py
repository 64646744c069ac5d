"""Sommet Jeunesse et Numérique 2026, Dakar (modelled on West African youth IGF / francophone youth summit sites)."""
from lib import Site, css, nav

NAV = [("index.html", "Accueil"), ("a-propos.html", "À propos"), ("programme.html", "Programme"),
       ("participer.html", "Participer"), ("sejour.html", "Séjour à Dakar"), ("partenaires.html", "Partenaires"),
       ("contact.html", "Contact")]


def header(path, lang):
    return f"""<header class="top">
  <div class="bar">
    <a class="brand" href="@index.html"><img src="@img/logo.svg" alt="" width="44" height="44"> Sommet Jeunesse et Numérique · Dakar 2026</a>
  </div>
  {nav(NAV, path, label="Menu principal")}
</header>
<main>"""


def footer(path, lang):
    return """</main>
<footer class="foot"><div>
  <p>Secrétariat du Sommet · Immeuble Fahd, avenue Cheikh Anta Diop, Dakar, Sénégal · sommet@sjn-dakar.example.sn · +221 33 800 00 00</p>
  <p>Suivez-nous sur les réseaux sociaux : @SJNDakar</p>
</div></footer>"""


s = Site("sommet-jeunesse-numerique-dakar", name="Sommet Jeunesse et Numérique 2026", lang="fr", css=css("#2e7d32"),
         logo_text="SJN", colour="#2e7d32", header=header, footer=footer)

s.pdf("docs/fiche-inscription-sjn2026.pdf", """Sommet Jeunesse et Numerique - Dakar 2026
FICHE D'INSCRIPTION
Nom: ____________  Prenom: ____________
Date de naissance: ___/___/______   Sexe: F / M
Nationalite: ____________  Numero de piece d'identite: ____________
Telephone: ____________  Courriel: ____________
Organisation / etablissement: ____________
Signature du parent ou tuteur (pour les mineurs): ____________
A renvoyer a sommet@sjn-dakar.example.sn avant le 30 septembre 2026""")

s.page("index.html", "Sommet Jeunesse et Numérique 2026 – Dakar, 4 et 5 novembre", """
<h1>Sommet Jeunesse et Numérique 2026</h1>
<p><strong>4 et 5 novembre 2026 · Centre international de conférences Abdou Diouf (CICAD), Diamniadio</strong></p>
<p>Le Sommet réunit les jeunes d'Afrique de l'Ouest qui font le numérique : étudiantes et étudiants,
  entrepreneurs, développeurs, militantes et militants des droits numériques. Deux jours de panels,
  d'ateliers et de rencontres avec les décideurs pour porter la voix de la jeunesse dans la gouvernance de
  l'internet.</p>
<p><a class="button" href="@participer.html">Comment participer</a></p>
<h2>Chiffres clés de l'édition 2025</h2>
<ul>
  <li>1 200 participantes et participants venus de 15 pays</li>
  <li>48 intervenants, dont 60 % de femmes</li>
  <li>12 ateliers pratiques</li>
</ul>
<p>Les séances plénières seront retransmises en direct sur notre page Facebook.</p>
""")

s.page("participer.html", "Participer – Sommet Jeunesse et Numérique 2026", """
<h1>Comment participer</h1>
<p>Le Sommet s'adresse aux jeunes âgés de 15 à 35 ans. Les participantes et participants mineurs doivent
  présenter une autorisation signée par un parent ou un tuteur.</p>
<h2>Inscription</h2>
<ol>
  <li>Téléchargez la <a href="@docs/fiche-inscription-sjn2026.pdf">fiche d'inscription (PDF, 85 Ko)</a>.</li>
  <li>Imprimez-la, remplissez-la et signez-la.</li>
  <li>Renvoyez-la scannée à sommet@sjn-dakar.example.sn avant le 30 septembre 2026.</li>
</ol>
<p>Vous recevrez une confirmation et votre badge nominatif par courriel dans les deux semaines.</p>
<h2>Langues</h2>
<p>Les travaux se déroulent en français, avec interprétation simultanée en anglais et en wolof pour les séances plénières.</p>
""")

s.page("a-propos.html", "À propos – Sommet Jeunesse et Numérique", """
<h1>À propos</h1>
<p>Créé en 2019 par un collectif d'associations de jeunes, le Sommet Jeunesse et Numérique est devenu le
  principal rendez-vous de la jeunesse ouest-africaine sur les enjeux du numérique. Il prépare la participation
  des jeunes au Forum ouest-africain sur la gouvernance de l'internet.</p>
""")

s.page("programme.html", "Programme – Sommet Jeunesse et Numérique 2026", """
<h1>Programme</h1>
<h2>Mercredi 4 novembre</h2>
<ul>
  <li>Cérémonie d'ouverture</li>
  <li>Panel : Langues nationales et contenus locaux en ligne</li>
  <li>Atelier : Protéger ses données personnelles sur mobile</li>
</ul>
<h2>Jeudi 5 novembre</h2>
<ul>
  <li>Panel : Coutumes, foncier et registres numériques</li>
  <li>Hackathon « Services publics en ligne »</li>
  <li>Adoption de la déclaration de la jeunesse</li>
</ul>
""")

s.page("sejour.html", "Séjour à Dakar – Sommet Jeunesse et Numérique 2026", """
<h1>Séjour à Dakar</h1>
<h2>Hébergement</h2>
<p>Hôtels partenaires à Diamniadio et à Dakar : à partir de 35 000 FCFA la nuit. Auberges de jeunesse à Dakar :
  environ 12 000 F CFA la nuit.</p>
<h2>Transport</h2>
<p>Une navette gratuite relie l'aéroport international Blaise-Diagne (AIBD) et le CICAD les 3 et 4 novembre. Le
  TER Dakar–Diamniadio coûte 1 500 FCFA ; un taxi depuis le centre de Dakar, environ 10 000 FCFA.</p>
<h2>Formalités de douane et visas</h2>
<p>Les ressortissants des pays de la CEDEAO n'ont pas besoin de visa. Les autres participants doivent vérifier les
  conditions auprès de l'ambassade du Sénégal.</p>
""")

s.page("partenaires.html", "Partenaires – Sommet Jeunesse et Numérique 2026", """
<h1>Devenir partenaire</h1>
<ul>
  <li>Partenaire Or : 5 000 000 FCFA</li>
  <li>Partenaire Argent : 2 500 000 FCFA</li>
  <li>Stand d'exposition : 750 000 FCFA</li>
</ul>
""")

s.page("contact.html", "Contact – Sommet Jeunesse et Numérique 2026", """
<h1>Contact</h1>
<p>Secrétariat du Sommet : sommet@sjn-dakar.example.sn · +221 33 800 00 00 (du lundi au vendredi, de 9 h à 17 h).</p>
""")
