"""Journée des données ouvertes de Casablanca (Open Data Day). French with an Arabic section on the
home page. Free entry ("entrée libre et gratuite") plus one paid workshop at 250 DH; dirham prices
for hotel, tram, train, partners and datathon prizes. A question CAPTCHA in the registration form;
"(obligatoire)" markers without the required attribute. No support, no remote, no accessibility."""
from lib import Site, chrome, css

NAV = [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("ateliers.html", "Ateliers"),
       ("programme.html", "Programme"), ("datathon.html", "Datathon"), ("infos-pratiques.html", "Infos pratiques"),
       ("partenaires.html", "Partenaires")]
FOOT = {"fr": '<p>Journée des données ouvertes de Casablanca — Association Casa Open Data (fictive). '
              '<a href="mailto:bonjour@casa-opendata.example.ma">bonjour@casa-opendata.example.ma</a></p>'}
H, F = chrome("Journée des données ouvertes · Casablanca", {"fr": NAV}, foot=FOOT, skip={"fr": "Aller au contenu"})
s = Site("journee-donnees-ouvertes-casablanca", name="Journée des données ouvertes de Casablanca 2026", lang="fr",
         css=css("#c1272d"), logo_text="ODD", colour="#c1272d", header=H, footer=F)

s.page("index.html", "Journée des données ouvertes de Casablanca – samedi 7 mars 2026", """
<h1>Journée des données ouvertes de Casablanca</h1>
<p>Samedi 7 mars 2026, de 9 h à 18 h, à la Fabrique culturelle des Abattoirs (fictive).</p>
<p>À l'occasion de l'Open Data Day mondial, développeurs, journalistes, étudiants, agents publics et
curieux se retrouvent pour explorer les données publiques marocaines : conférences courtes, ateliers
pratiques et un datathon d'une journée.</p>
<p><a class="button" href="@inscription.html">Je m'inscris</a></p>
<section lang="ar" dir="rtl">
<h2>يوم البيانات المفتوحة بالدار البيضاء</h2>
<p>بمناسبة اليوم العالمي للبيانات المفتوحة، يلتقي المطورون والصحفيون والطلبة وموظفو الإدارات العمومية
يوم السبت 7 مارس 2026 لاستكشاف البيانات العمومية المغربية من خلال محاضرات قصيرة وورشات تطبيقية
ومسابقة لتحليل البيانات.</p>
<p>الدخول مجاني ومفتوح للجميع، مع التسجيل المسبق. تُقدَّم أغلب الأنشطة بالفرنسية والعربية.</p>
</section>
""")

s.page("inscription.html", "Inscription – Journée des données ouvertes de Casablanca", """
<h1>Inscription</h1>
<p>L'entrée à la Journée est libre et gratuite, mais l'inscription est nécessaire pour prévoir les
places et les pauses-café. Seul l'atelier « Visualiser des données avec R » est payant (voir
<a href="@ateliers.html">Ateliers</a>).</p>
<form action="@inscription.html" method="post">
<label for="nom">Nom complet (obligatoire)</label><input type="text" id="nom" name="nom">
<label for="mail">Courriel (obligatoire)</label><input type="email" id="mail" name="mail">
<label for="org">Organisation, école ou entreprise</label><input type="text" id="org" name="org">
<label for="profil">Vous êtes… (obligatoire)</label>
<select id="profil" name="profil"><option value="">—</option><option>Étudiant·e</option><option>Développeur·se</option>
<option>Journaliste</option><option>Agent public</option><option>Autre</option></select>
<div class="check"><input type="checkbox" id="atelier" name="atelier"><label for="atelier">Je m'inscris aussi à l'atelier payant « Visualiser des données avec R »</label></div>
<label for="q">Question anti-robot : combien font trois plus quatre ? (obligatoire)</label><input type="text" id="q" name="q" inputmode="numeric">
<button type="submit">Valider mon inscription</button>
</form>
""")

s.page("ateliers.html", "Ateliers – Journée des données ouvertes de Casablanca", """
<h1>Ateliers</h1>
<table>
<tr><th>Atelier</th><th>Horaire</th><th>Participation</th></tr>
<tr><td>Trouver et nettoyer des données publiques</td><td>10 h – 12 h</td><td>Gratuit</td></tr>
<tr><td>Cartographier sa ville avec OpenStreetMap</td><td>14 h – 16 h</td><td>Gratuit</td></tr>
<tr><td>Visualiser des données avec R (avec support de cours imprimé)</td><td>14 h – 17 h</td><td>250 DH</td></tr>
</table>
<p>L'atelier payant se règle sur place, en espèces ou par carte. Les places sont limitées à 20 personnes.</p>
""")

s.page("programme.html", "Programme – Journée des données ouvertes de Casablanca", """
<h1>Programme</h1>
<ul>
<li>9 h 30 — Ouverture</li>
<li>10 h — « La langue arabe dans les jeux de données publics »</li>
<li>11 h — « Le coût caché des données fermées »</li>
<li>12 h 30 — Déjeuner libre (restaurants autour des Abattoirs)</li>
<li>14 h — Ateliers et datathon</li>
<li>17 h 30 — Présentation des projets du datathon</li>
</ul>
""")

s.page("datathon.html", "Datathon – Journée des données ouvertes de Casablanca", """
<h1>Datathon</h1>
<p>Des équipes de deux à quatre personnes travaillent de 14 h à 17 h sur les données de la Région.
Prix du meilleur projet : 10 000 DH ; prix du jury étudiant : 5 000 DH.</p>
""")

s.page("infos-pratiques.html", "Infos pratiques – Journée des données ouvertes de Casablanca", """
<h1>Infos pratiques</h1>
<p>Tramway ligne T1, arrêt Abattoirs : le ticket coûte 8 DH.</p>
<p>Depuis Rabat ou Tanger, le train Al Boraq est à partir de 149 dirhams. Hôtel conseillé : Hôtel
Atlas Centre, à partir de 650 MAD la nuit.</p>
""")

s.page("partenaires.html", "Partenaires – Journée des données ouvertes de Casablanca", """
<h1>Devenir partenaire</h1>
<ul>
<li>Partenaire Or : 60 000 DH</li>
<li>Partenaire Argent : 25 000 DH</li>
</ul>
""")
