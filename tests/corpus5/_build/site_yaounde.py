"""Francophone digital-rights forum in Yaoundé: French, English pages."""
from lib import make, video, placeholder_media, vtt

NAV = {"fr": [("index.html", "Accueil"), ("programme.html", "Programme"), ("tarifs.html", "Tarifs"), ("inscription.html", "Inscription"),
              ("bourses.html", "Bourses"), ("a-distance.html", "Participer à distance"), ("accessibilite.html", "Accessibilité"),
              ("partenaires.html", "Partenaires"), ("pratique.html", "Infos pratiques"), ("emplois.html", "Emplois")],
       "en": [("en/index.html", "Home"), ("en/fees.html", "Fees"), ("inscription.html", "Registration (French form)"), ("index.html", "Français")]}
FOOT = {"fr": "<p>Forum des droits numériques d'Afrique centrale · Yaoundé · contact@fdn-ac.example.cm</p>",
        "en": "<p>Central African Digital Rights Forum · Yaoundé · contact@fdn-ac.example.cm</p>"}
s = make("forum-droits-numeriques-yaounde", name="Forum des droits numériques d'Afrique centrale 2026", lang="fr", colour="#00539b",
         logo="FDN", navs=NAV, foot=FOOT, langs={"fr": [("en/index.html", "English")], "en": [("index.html", "Français")]},
         brand={"fr": "Forum des droits numériques d'Afrique centrale", "en": "Central African Digital Rights Forum"},
         skip={"fr": "Aller au contenu"}, homes={"en": "en/index.html"})
placeholder_media(s, "media/fdn-2025-temoignages.mp4")
vtt(s, "media/fdn-2025-temoignages.fr.vtt", "Le Forum, c'est d'abord des rencontres.")
s.pdf("docs/formulaire-inscription-hors-ligne.pdf", "Forum des droits numeriques 2026\nFormulaire d'inscription hors ligne\nNom:\nCourriel:\nTelephone:")

s.page("index.html", "Forum des droits numériques d'Afrique centrale 2026 — Yaoundé", """
<h1>Forum des droits numériques d'Afrique centrale 2026</h1>
<p>Du 8 au 10 septembre au Palais des congrès de Yaoundé, et en ligne.</p>
<p>Journalistes, juristes, militantes et militants, chercheurs et représentants des autorités du Cameroun, du Tchad, du Gabon, du Congo et de la République centrafricaine se retrouvent pour parler coupures d'Internet, protection des données, surveillance et liberté d'expression en ligne.</p>
<p>La journée d'ouverture du 8 septembre est gratuite et ouverte à toutes et à tous, sur simple inscription.</p>
<p><a href="@tarifs.html">Tarifs</a> · <a href="@inscription.html">Inscription</a> · <a href="@bourses.html">Bourses de voyage</a> · <a href="@a-distance.html">Participer à distance</a> · <a href="@accessibilite.html">Accessibilité</a></p>
""" + video("media/fdn-2025-temoignages.mp4", track="media/fdn-2025-temoignages.fr.vtt", track_lang="fr", label="Français") + """
""")

s.page("tarifs.html", "Tarifs — Forum des droits numériques 2026", """
<h1>Tarifs</h1>
<p>Tarifs en francs CFA (XAF).</p>
<table>
<tr><th>Pass</th><th>Montant</th></tr>
<tr><td>Journée d'ouverture (8 septembre)</td><td>Gratuit</td></tr>
<tr><td>Pass trois jours</td><td>15 000 FCFA</td></tr>
<tr><td>Pass trois jours — étudiants</td><td>5 000 F CFA</td></tr>
<tr><td>Pass trois jours — organisations internationales et entreprises</td><td>60 000 XAF</td></tr>
</table>
<p>Paiement par Orange Money, MTN MoMo ou en espèces à l'accueil.</p>
""")

s.page("inscription.html", "Inscription — Forum des droits numériques 2026", """
<h1>Inscription</h1>
<p>Le Forum est ouvert aux personnes de 18 ans et plus. La journée d'ouverture accueille aussi des élèves à partir de 15 ans, accompagnés d'un enseignant.</p>
<p>Vous pouvez aussi <a href="docs/formulaire-inscription-hors-ligne.pdf">télécharger un formulaire hors ligne (PDF)</a> et le déposer à l'accueil.</p>
<form action="@inscription.html" method="post">
  <label for="nom">Nom et prénom (obligatoire)</label><input type="text" id="nom" name="nom" required>
  <label for="mail">Courriel (obligatoire)</label><input type="email" id="mail" name="courriel" required>
  <label for="tel">Téléphone (obligatoire)</label><input type="tel" id="tel" name="telephone">
  <label for="org">Organisation</label><input type="text" id="org" name="organisation">
  <label for="cni">Numéro de CNI ou de passeport (obligatoire)</label><small>Exigé par le Palais des congrès pour délivrer les badges.</small><input type="text" id="cni" name="piece_identite">
  <label for="pays">Pays de résidence</label><select id="pays" name="pays"><option>Cameroun</option><option>Tchad</option><option>Gabon</option><option>Congo</option><option>RCA</option><option>Autre</option></select>
  <fieldset><legend>Pass (obligatoire)</legend>
    <input type="radio" id="p1" name="pass" value="ouverture"> <label for="p1">Journée d'ouverture (gratuit)</label>
    <input type="radio" id="p2" name="pass" value="trois-jours"> <label for="p2">Pass trois jours</label>
    <input type="radio" id="p3" name="pass" value="distance"> <label for="p3">À distance</label>
  </fieldset>
  <fieldset><legend>Ateliers</legend>
    <div class="check"><input type="checkbox" id="at1" name="atelier_securite"> <label for="at1">Sécurité numérique pour journalistes</label></div>
    <div class="check"><input type="checkbox" id="at2" name="atelier_litige"> <label for="at2">Contentieux stratégique</label></div>
  </fieldset>
  <label for="q">Question de vérification : combien font trois plus cinq ? (obligatoire)</label><input type="text" id="q" name="verification" required>
  <div class="check"><input type="checkbox" id="ok" name="consentement" required> <label for="ok">J'accepte la politique de confidentialité (obligatoire)</label></div>
  <button type="submit">Envoyer</button>
</form>
""")

s.page("bourses.html", "Bourses de voyage — Forum des droits numériques 2026", """
<h1>Bourses de voyage</h1>
<p>Trente bourses de voyage sont réservées aux militantes et militants des régions du Nord-Ouest, du Sud-Ouest et de l'Extrême-Nord, ainsi que du Tchad et de la RCA. Elles couvrent le transport, l'hébergement et le pass trois jours.</p>
<p>Candidatures avant le 30 juin à bourses@fdn-ac.example.cm.</p>
""")

s.page("a-distance.html", "Participer à distance — Forum des droits numériques 2026", """
<h1>Participer à distance</h1>
<p>Les plénières et quatre ateliers sont ouverts en ligne. Les participantes et participants à distance peuvent poser leurs questions par écrit ou demander la parole ; la modération alterne entre la salle et l'écran. Choisissez « À distance » dans le formulaire d'inscription.</p>
""")

s.page("accessibilite.html", "Accessibilité — Forum des droits numériques 2026", """
<h1>Accessibilité</h1>
<ul>
  <li>Les salles du Palais des congrès utilisées par le Forum sont accessibles en fauteuil roulant.</li>
  <li>Sous-titrage en direct, en français et en anglais, dans la salle plénière et en ligne.</li>
  <li>Interprétation simultanée français–anglais dans toutes les plénières.</li>
  <li>Nous ne pouvons pas fournir d'interprétation en langue des signes cette année.</li>
</ul>
<p>Pour tout besoin particulier, écrivez à acces@fdn-ac.example.cm.</p>
""")

s.page("en/index.html", "Central African Digital Rights Forum 2026 — Yaoundé", """
<h1>Central African Digital Rights Forum 2026</h1>
<p>From 8 to 10 September at the Yaoundé Conference Centre and online, journalists, lawyers, activists, researchers and officials from Cameroon, Chad, Gabon, Congo and the Central African Republic meet to discuss Internet shutdowns, data protection, surveillance and free expression online.</p>
<p>The opening day is free for everyone who registers. Remote participants can ask questions and take the floor. Plenaries have French–English interpretation and live captions in both languages.</p>
""", lang="en")

s.page("en/fees.html", "Fees — Central African Digital Rights Forum 2026", """
<h1>Fees</h1>
<p>Prices are in Central African CFA francs (XAF).</p>
<ul>
  <li>Opening day: free</li>
  <li>Three-day pass: XAF 15,000</li>
  <li>Three-day pass, students: XAF 5,000</li>
  <li>Three-day pass, international organisations and companies: XAF 60,000</li>
</ul>
<p>Travel bursaries are available for activists from the North-West, South-West and Far North regions, Chad and the CAR.</p>
""", lang="en")

s.page("programme.html", "Programme — Forum des droits numériques 2026", """
<h1>Programme</h1>
<ul>
  <li>Gratuité de l'accès aux données publiques : où en est-on ?</li>
  <li>Langues nationales et modération des contenus</li>
  <li>L'inscription sur les listes électorales en ligne</li>
  <li>Remise du Prix de la meilleure enquête (1 000 000 FCFA)</li>
</ul>
""")

s.page("partenaires.html", "Partenaires — Forum des droits numériques 2026", """
<h1>Devenir partenaire</h1>
<table><tr><th>Niveau</th><th>Contribution</th></tr>
<tr><td>Partenaire Or</td><td>5 000 000 FCFA</td></tr>
<tr><td>Partenaire Argent</td><td>2 500 000 FCFA</td></tr>
<tr><td>Stand d'exposition</td><td>350 000 FCFA</td></tr>
</table>
""")

s.page("pratique.html", "Infos pratiques — Forum des droits numériques 2026", """
<h1>Infos pratiques</h1>
<p>Hôtel du Mont Fébé : 45 000 FCFA la nuit. Auberge de Bastos : 18 000 FCFA la nuit.</p>
<p>Une course en taxi en ville coûte environ 2 000 FCFA ; une moto-taxi, 500 F. Parité fixe : 1 € = 655,957 FCFA.</p>
""")

s.page("emplois.html", "Emplois — Forum des droits numériques", """
<h1>Nous recrutons</h1>
<p>Chargé·e de plaidoyer (CDD 12 mois), salaire mensuel brut : 650 000 FCFA.</p>
""")

EXPECTED = '''
  # Francophone digital-rights forum (Yaoundé, Cameroon). French site with English pages. FCFA here is
  # the Central African franc, said on the page ("francs CFA (XAF)"): "15 000 FCFA", "5 000 F CFA",
  # "60 000 XAF", "XAF 15,000"; free opening day; travel bursaries + student rate; remote questions and
  # floor; a text-question CAPTCHA ("trois plus cinq"); "(obligatoire)" markers, some fields also
  # `required`; ID number, phone, organisation; 18 and over, but pupils from 15 on the opening day
  # (min 15); live captions, interpretation, wheelchair, sign language negated; an offline PDF form
  # next to the online form (not PDF-only). Distractors: prize, partners, stand, hotels, taxi,
  # moto-taxi, fixed euro parity, salary; "Gratuité de l'accès…", "Langues nationales…",
  # "L'inscription sur les listes électorales…" titles.
  - id: forum-droits-numeriques-yaounde
    name: Forum des droits numériques d'Afrique centrale 2026
    start: index.html
    expected:
      languages: [en, fr]
      un_languages: [en, fr]
      fees:
        - {amount: 15000.0, currency: XAF}
        - {amount: 5000.0, currency: XAF}
        - {amount: 60000.0, currency: XAF}
      free_option: true
      fee_support: true
      remote_participation: true
      captcha: [other]
      account_required: false
      registration_form: {fields: 11, required: 7, sensitive: [affiliation, id_document, phone]}
      registration_host: null
      registration_pdf_only: false
      min_age: 15
      accessibility_statement: true
      access_services: [captions, interpretation, wheelchair_access]
      videos_without_captions: 0
      pdf_only_documents: false
    participation_pages: [index.html, tarifs.html, inscription.html, bourses.html, a-distance.html, accessibilite.html, en/index.html, en/fees.html]
    deliberate_404: []
    evidence:
      languages:
        - {page: index.html, quote: "Journalistes, juristes, militantes et militants, chercheurs et représentants des autorités du Cameroun"}
        - {page: en/index.html, quote: "journalists, lawyers, activists, researchers and officials from Cameroon, Chad, Gabon, Congo and the Central African Republic"}
      un_languages:
        - {note: "en, fr"}
      fees:
        - {page: tarifs.html, quote: "Tarifs en francs CFA (XAF).", note: "FCFA here = XAF (Central African CFA franc), not XOF"}
        - {page: tarifs.html, quote: "Pass trois jours 15 000 FCFA"}
        - {page: tarifs.html, quote: "Pass trois jours — étudiants 5 000 F CFA"}
        - {page: tarifs.html, quote: "Pass trois jours — organisations internationales et entreprises 60 000 XAF"}
        - {page: en/fees.html, quote: "Three-day pass: XAF 15,000"}
        - {page: programme.html, quote: "Remise du Prix de la meilleure enquête (1 000 000 FCFA)", note: "prize: not a fee"}
        - {page: partenaires.html, quote: "Stand d'exposition 350 000 FCFA", note: "exhibition/partner packages: not fees"}
        - {page: pratique.html, quote: "Hôtel du Mont Fébé : 45 000 FCFA la nuit.", note: "hotel: not a fee (also taxi, moto-taxi, parity)"}
        - {page: emplois.html, quote: "salaire mensuel brut : 650 000 FCFA", note: "salary: not a fee"}
      free_option:
        - {page: index.html, quote: "La journée d'ouverture du 8 septembre est gratuite et ouverte à toutes et à tous, sur simple inscription."}
        - {page: tarifs.html, quote: "Journée d'ouverture (8 septembre) Gratuit"}
        - {page: en/fees.html, quote: "Opening day: free"}
      fee_support:
        - {page: bourses.html, quote: "Trente bourses de voyage sont réservées aux militantes et militants"}
        - {page: tarifs.html, quote: "Pass trois jours — étudiants 5 000 F CFA", note: "student rate"}
      remote_participation:
        - {page: a-distance.html, quote: "Les participantes et participants à distance peuvent poser leurs questions par écrit ou demander la parole"}
      captcha:
        - {page: inscription.html, quote: "Question de vérification : combien font trois plus cinq ? (obligatoire)", note: "a text question: other"}
      account_required:
        - {note: "a form; no account"}
      registration_form:
        - {page: inscription.html, note: "nom, courriel, telephone, organisation, piece_identite, pays, pass (radio = 1), two atelier checkboxes, verification (question text box), consentement = 11; required ('(obligatoire)' and/or required): nom, courriel, telephone, piece_identite, pass, verification, consentement = 7. Sensitive: phone, affiliation, id_document."}
        - {page: inscription.html, quote: "Numéro de CNI ou de passeport (obligatoire)"}
      registration_host:
        - {note: "form on the site"}
      registration_pdf_only:
        - {page: inscription.html, quote: "Vous pouvez aussi télécharger un formulaire hors ligne (PDF)", note: "the PDF is an alternative to the online form"}
      min_age:
        - {page: inscription.html, quote: "Le Forum est ouvert aux personnes de 18 ans et plus. La journée d'ouverture accueille aussi des élèves à partir de 15 ans, accompagnés d'un enseignant.", note: "lowest stated minimum: 15 (opening day)"}
      accessibility_statement:
        - {page: accessibilite.html, quote: "Pour tout besoin particulier, écrivez à acces@fdn-ac.example.cm."}
      access_services:
        - {page: accessibilite.html, quote: "accessibles en fauteuil roulant", note: "wheelchair_access"}
        - {page: accessibilite.html, quote: "Sous-titrage en direct, en français et en anglais", note: "captions"}
        - {page: accessibilite.html, quote: "Interprétation simultanée français–anglais dans toutes les plénières.", note: "interpretation"}
        - {page: accessibilite.html, quote: "Nous ne pouvons pas fournir d'interprétation en langue des signes cette année.", note: "negated"}
      videos_without_captions:
        - {page: index.html, markup: '<track kind="captions" src="media/fdn-2025-temoignages.fr.vtt"', note: "the only video is captioned"}
      pdf_only_documents:
        - {page: inscription.html, markup: '<a href="docs/formulaire-inscription-hors-ligne.pdf">', note: "offline PDF next to the online form: not PDF-only"}
'''
