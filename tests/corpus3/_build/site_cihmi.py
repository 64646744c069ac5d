"""CIHMI 2026, Montréal (modelled on bilingual Canadian academic conferences: IHM/CHI-style, CAIAC, ACFAS)."""
from lib import Site, css, nav, video, placeholder_media, vtt

NAV_FR = [("index.html", "Accueil"), ("programme.html", "Programme"), ("inscription.html", "Inscription"),
          ("bourses.html", "Bourses"), ("participation-virtuelle.html", "Participation virtuelle"),
          ("accessibilite.html", "Accessibilité"), ("hebergement.html", "Hébergement"),
          ("commanditaires.html", "Commanditaires"), ("emplois.html", "Offres d'emploi")]
NAV_EN = [("en/index.html", "Home"), ("en/program.html", "Program"), ("en/registration.html", "Registration"),
          ("en/accessibility.html", "Accessibility"), ("en/accommodation.html", "Accommodation"),
          ("bourses.html", "Travel bursaries (FR)")]


def header(path, lang):
    en = lang.startswith("en")
    items = NAV_EN if en else NAV_FR
    other = ('<a href="@index.html" hreflang="fr" lang="fr">Français</a>' if en
             else '<a href="@en/index.html" hreflang="en" lang="en">English</a>')
    return f"""<a class="skip" href="#contenu">{'Skip to content' if en else 'Aller au contenu'}</a>
<header class="top">
  <div class="bar">
    <a class="brand" href="@{'en/index.html' if en else 'index.html'}"><img src="@img/logo.svg" alt="" width="44" height="44"> CIHMI 2026 · Montréal</a>
    <p class="langs">{other}</p>
  </div>
  {nav(items, path, label='Main' if en else 'Navigation principale')}
</header>
<main id="contenu">"""


def footer(path, lang):
    if lang.startswith("en"):
        return """</main>
<footer class="foot"><div>
  <p>CIHMI 2026 organizing committee · Palais des congrès de Montréal, 1001 Jean-Paul-Riopelle Place, Montréal QC H2Z 1H5 · info@cihmi.example.ca</p>
</div></footer>"""
    return """</main>
<footer class="foot"><div>
  <p>Comité d'organisation de CIHMI 2026 · Palais des congrès de Montréal, 1001, place Jean-Paul-Riopelle, Montréal (Québec) H2Z 1H5 · info@cihmi.example.ca</p>
  <p><a href="@accessibilite.html">Accessibilité</a> · <a href="@emplois.html">Offres d'emploi</a> · © 2026 Association francophone d'interaction humain-machine inclusive</p>
</div></footer>"""


s = Site("cihmi-montreal", name="CIHMI 2026", lang="fr-CA", css=css("#004c97"),
         logo_text="CI", colour="#004c97", header=header, footer=footer)
ALT = [("fr-CA", "index.html"), ("en-CA", "en/index.html")]
placeholder_media(s, "media/bande-annonce-2026.mp4")
vtt(s, "media/bande-annonce-2026.fr.vtt", "Bienvenue à CIHMI 2026, à Montréal.")
placeholder_media(s, "media/visite-palais.mp4")

s.page("index.html", "CIHMI 2026 – Colloque international sur l'interaction humain-machine inclusive – Montréal", f"""
<h1>CIHMI 2026 — Colloque international sur l'interaction humain-machine inclusive</h1>
<p><strong>Du 8 au 11 juin 2026 · Palais des congrès de Montréal et en ligne</strong></p>
<p>CIHMI réunit chaque année chercheuses, chercheurs, designers et praticiens autour de la conception
  d'interfaces pour toutes et tous : accessibilité numérique, technologies d'assistance, vieillissement,
  littératie et inclusion linguistique. Les présentations se font en français ou en anglais, sans
  interprétation simultanée.</p>
<ul>
  <li><a href="@inscription.html">Inscription</a> — tarif hâtif jusqu'au 15 mars 2026.</li>
  <li><a href="@bourses.html">Bourses de déplacement</a> pour les étudiantes et étudiants.</li>
  <li><a href="@participation-virtuelle.html">Participation virtuelle</a> : présentez et intervenez à distance.</li>
  <li><a href="@accessibilite.html">Accessibilité du colloque</a> : CART, LSQ/ASL, service de garde.</li>
</ul>
<h2>Bande-annonce</h2>
{video("media/bande-annonce-2026.mp4", track="media/bande-annonce-2026.fr.vtt", track_lang="fr", label="Français")}
<h2>Visite virtuelle du Palais des congrès</h2>
{video("media/visite-palais.mp4")}
""", alternates=ALT)

s.page("inscription.html", "Inscription – CIHMI 2026", """
<h1>Inscription</h1>
<p>Toutes les personnes participantes, y compris les conférencières et conférenciers invités, doivent
  s'inscrire et acquitter les frais d'inscription. Aucune inscription gratuite n'est offerte.</p>
<table>
  <caption>Frais d'inscription, en dollars canadiens (CA$), taxes en sus</caption>
  <thead><tr><th scope="col">Catégorie</th><th scope="col">Tarif hâtif (jusqu'au 15 mars)</th><th scope="col">Tarif régulier</th></tr></thead>
  <tbody>
    <tr><th scope="row">Membre de l'AFIHMI</th><td>395 $</td><td>475 $</td></tr>
    <tr><th scope="row">Non-membre</th><td>495 $</td><td>575 $</td></tr>
    <tr><th scope="row">Étudiant·e</th><td>150 $</td><td>195 $</td></tr>
    <tr><th scope="row">Inscription virtuelle</th><td>75 $</td><td>75 $</td></tr>
  </tbody>
</table>
<p>La TPS (5 %) et la TVQ (9,975 %) s'ajoutent aux montants ci-dessus. Annulation avec remboursement jusqu'au
  1<sup>er</sup> mai, moins des frais administratifs de 15 %.</p>
<h2>Formulaire d'inscription et paiement</h2>
<form action="@inscription.html" method="post">
  <label for="prenom">Prénom <abbr title="obligatoire">*</abbr></label>
  <input type="text" id="prenom" name="prenom" autocomplete="given-name" required>
  <label for="nom">Nom <abbr title="obligatoire">*</abbr></label>
  <input type="text" id="nom" name="nom" autocomplete="family-name" required>
  <label for="courriel">Courriel <abbr title="obligatoire">*</abbr></label>
  <input type="email" id="courriel" name="courriel" autocomplete="email" required>
  <label for="etab">Établissement ou organisation <abbr title="obligatoire">*</abbr></label>
  <input type="text" id="etab" name="etablissement" autocomplete="organization" required>
  <label for="cat">Catégorie <abbr title="obligatoire">*</abbr></label>
  <select id="cat" name="categorie" required>
    <option value="">Choisir…</option><option>Membre</option><option>Non-membre</option><option>Étudiant·e</option><option>Virtuelle</option>
  </select>
  <label for="adr">Adresse de facturation <abbr title="obligatoire">*</abbr></label>
  <input type="text" id="adr" name="adresse" autocomplete="street-address" required>
  <label for="ville">Ville <abbr title="obligatoire">*</abbr></label>
  <input type="text" id="ville" name="ville" autocomplete="address-level2" required>
  <label for="cp">Code postal <abbr title="obligatoire">*</abbr></label>
  <input type="text" id="cp" name="code_postal" autocomplete="postal-code" required>
  <label for="pays">Pays <abbr title="obligatoire">*</abbr></label>
  <select id="pays" name="pays" autocomplete="country-name" required>
    <option>Canada</option><option>Belgique</option><option>France</option><option>Maroc</option><option>Sénégal</option><option>Suisse</option><option>Autre</option>
  </select>
  <label for="cc">Numéro de carte de crédit <abbr title="obligatoire">*</abbr></label>
  <input type="text" id="cc" name="carte" autocomplete="cc-number" inputmode="numeric" required>
  <label for="exp">Date d'expiration (MM/AA) <abbr title="obligatoire">*</abbr></label>
  <input type="text" id="exp" name="expiration" autocomplete="cc-exp" required>
  <label for="cvc">Code de sécurité (CVC) <abbr title="obligatoire">*</abbr></label>
  <input type="text" id="cvc" name="cvc" autocomplete="cc-csc" inputmode="numeric" required>
  <label for="besoins">Besoins en matière d'accessibilité (facultatif)</label>
  <textarea id="besoins" name="besoins" rows="3"></textarea>
  <label for="diete">Restrictions alimentaires (facultatif)</label>
  <input type="text" id="diete" name="diete">
  <p class="check"><input type="checkbox" id="annul" name="politique_annulation" required>
    <label for="annul">J'ai lu la politique d'annulation <abbr title="obligatoire">*</abbr></label></p>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAACIHMI2026montreal" data-language="fr"></div>
  <button type="submit">Payer et m'inscrire</button>
</form>
""", alternates=[("fr-CA", "inscription.html"), ("en-CA", "en/registration.html")])

s.page("bourses.html", "Bourses – CIHMI 2026", """
<h1>Bourses de déplacement</h1>
<p>Grâce à nos commanditaires, CIHMI offre une vingtaine de bourses de déplacement aux étudiantes et étudiants
  qui présentent un article ou une affiche. Chaque bourse rembourse jusqu'à 1 000 $ CA de frais de transport et
  d'hébergement.</p>
<p>Les étudiant·e·s d'établissements situés dans des pays à revenu faible ou intermédiaire peuvent en outre
  demander l'exonération des frais d'inscription.</p>
<p>Date limite : 1<sup>er</sup> mars 2026. Dossier (CV d'une page, lettre de la direction de recherche) à
  envoyer à bourses@cihmi.example.ca. English applications are welcome.</p>
""")

s.page("participation-virtuelle.html", "Participation virtuelle – CIHMI 2026", """
<h1>Participation virtuelle</h1>
<p>L'inscription virtuelle (75 $, voir <a href="@inscription.html">Inscription</a>) donne accès à toutes les
  séances en direct sur notre plateforme. Vous pouvez :</p>
<ul>
  <li>présenter votre article à distance dans une séance hybride;</li>
  <li>poser vos questions en direct aux conférenciers par la file de questions, lue par la présidence de séance;</li>
  <li>participer aux ateliers virtuels du 8 juin.</li>
</ul>
""")

s.page("accessibilite.html", "Accessibilité – CIHMI 2026", """
<h1>Accessibilité</h1>
<p>Un colloque sur l'inclusion se doit d'être inclusif. Voici ce que nous offrons; pour toute autre mesure
  d'accommodement, écrivez à accessibilite@cihmi.example.ca avant le 1<sup>er</sup> mai.</p>
<ul>
  <li>Transcription en temps réel (CART) en anglais dans toutes les salles.</li>
  <li>Sous-titrage en direct en français pour les séances plénières.</li>
  <li>Interprétation en langue des signes québécoise (LSQ) et en ASL pour les plénières, et sur demande pour les autres séances.</li>
  <li>Toutes les salles du Palais des congrès sont accessibles en fauteuil roulant; des places sont réservées à l'avant.</li>
  <li>Service de garde sur place pour les enfants de 2 à 12 ans, sur réservation.</li>
  <li>Salle calme et salle d'allaitement au niveau 5.</li>
</ul>
""", alternates=[("fr-CA", "accessibilite.html"), ("en-CA", "en/accessibility.html")])

s.page("programme.html", "Programme – CIHMI 2026", """
<h1>Programme</h1>
<h2>Lundi 8 juin — ateliers</h2>
<ul>
  <li>Atelier : Langage clair et interfaces conversationnelles</li>
  <li>Atelier : Évaluer l'accessibilité des applications mobiles</li>
</ul>
<h2>Mardi 9 juin</h2>
<ul>
  <li>Conférence d'ouverture : « Designing Accommodations, Not Exceptions » (en anglais)</li>
  <li>Séance 1 : Technologies d'assistance et vieillissement</li>
  <li>Séance 2 : Custom Input Devices for Motor Impairments</li>
</ul>
""")

s.page("hebergement.html", "Hébergement – CIHMI 2026", """
<h1>Hébergement et transport</h1>
<p>Hôtel officiel : Hôtel Le Westin Montréal, relié au Palais des congrès. Tarif préférentiel de 229 $ CAD la
  nuit (occupation simple ou double), taxes en sus, jusqu'au 10 mai.</p>
<p>Résidences de l'Université de Montréal : chambres à partir de 68 $ par nuit.</p>
<p>Stationnement du Palais des congrès : 28,00 $ CAN par jour. Navette aéroport 747 : 11 $ (titre 24 h).</p>
""")

s.page("commanditaires.html", "Commanditaires – CIHMI 2026", """
<h1>Devenir commanditaire</h1>
<ul>
  <li>Platine : 25 000 $ — kiosque, conférence commanditée, 4 inscriptions</li>
  <li>Or : 12 000 $ — kiosque, 2 inscriptions</li>
  <li>Bronze : 4 000 $ — logo et 1 inscription</li>
  <li>Kiosque seulement : 2 500 $</li>
</ul>
""")

s.page("emplois.html", "Offres d'emploi – CIHMI 2026", """
<h1>Offres d'emploi</h1>
<ul>
  <li>Stage postdoctoral en accessibilité numérique, Université Laval — 65 000 $ – 72 000 $ par année.</li>
  <li>Designer UX principal·e, Montréal — 95 000 $ à 115 000 $ CAD.</li>
</ul>
""")

# English version
s.page("en/index.html", "CIHMI 2026 – International Conference on Inclusive Human-Computer Interaction – Montréal", """
<h1>CIHMI 2026 — International Conference on Inclusive Human-Computer Interaction</h1>
<p><strong>June 8–11, 2026 · Palais des congrès de Montréal and online</strong></p>
<p>CIHMI brings together researchers, designers and practitioners working on interfaces for everyone:
  digital accessibility, assistive technology, ageing, literacy and linguistic inclusion. Talks are given in
  French or English, without simultaneous interpretation.</p>
<ul>
  <li><a href="@en/registration.html">Registration</a> — early rate until March 15, 2026.</li>
  <li>Travel bursaries for students (<a href="@bourses.html">details in French</a>).</li>
  <li>Virtual registration lets you present and ask questions remotely.</li>
  <li><a href="@en/accessibility.html">Accessibility</a>: CART, LSQ/ASL, on-site childcare.</li>
</ul>
""", lang="en-CA", alternates=ALT)

s.page("en/registration.html", "Registration – CIHMI 2026", """
<h1>Registration</h1>
<p>Every participant, including invited speakers, must register and pay the registration fee. There is no free registration.</p>
<table>
  <caption>Registration fees (plus GST and QST)</caption>
  <thead><tr><th scope="col">Category</th><th scope="col">Early (until March 15)</th><th scope="col">Regular</th></tr></thead>
  <tbody>
    <tr><th scope="row">AFIHMI member</th><td>CA$395</td><td>CA$475</td></tr>
    <tr><th scope="row">Non-member</th><td>$495 CAD</td><td>$575 CAD</td></tr>
    <tr><th scope="row">Student</th><td>$150CAD</td><td>$195CAD</td></tr>
    <tr><th scope="row">Virtual (present and ask questions online)</th><td>$75 CAD</td><td>$75 CAD</td></tr>
  </tbody>
</table>
<p>The registration and payment form is in French: <a href="@inscription.html">complete the form</a>.</p>
""", lang="en-CA", alternates=[("fr-CA", "inscription.html"), ("en-CA", "en/registration.html")])

s.page("en/accessibility.html", "Accessibility – CIHMI 2026", """
<h1>Accessibility</h1>
<p>For any accommodation not listed here, email accessibilite@cihmi.example.ca before May 1.</p>
<ul>
  <li>CART (Communication Access Realtime Translation) in English in every room.</li>
  <li>Live French captioning of the plenary sessions.</li>
  <li>Quebec Sign Language (LSQ) and ASL interpretation for plenaries, and on request for other sessions.</li>
  <li>All rooms are wheelchair accessible, with reserved seating at the front.</li>
  <li>On-site childcare for children aged 2 to 12, by reservation.</li>
</ul>
""", lang="en-CA", alternates=[("fr-CA", "accessibilite.html"), ("en-CA", "en/accessibility.html")])

s.page("en/accommodation.html", "Accommodation – CIHMI 2026", """
<h1>Accommodation</h1>
<p>The official hotel is the Westin Montréal, connected to the Palais des congrès: CA$229 per night (single or
  double), plus taxes, until May 10. Université de Montréal residences offer rooms from $68 per night.</p>
<p>Parking at the Palais des congrès: $28.00CAN per day. The 747 airport bus costs $11 (24-hour pass).</p>
""", lang="en-CA")

s.page("en/program.html", "Program – CIHMI 2026", """
<h1>Program</h1>
<ul>
  <li>Workshop: Plain Language and Conversational Interfaces</li>
  <li>Opening keynote: “Designing Accommodations, Not Exceptions”</li>
  <li>Session 2: Custom Input Devices for Motor Impairments</li>
</ul>
""", lang="en-CA")
