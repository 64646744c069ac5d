"""Port-au-Prince: a research institute's international colloquium on Creole in schools (fr-HT; a Haitian Creole
section without a lang attribute)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Accueil"), ("programme.html", "Programme"), ("tarifs.html", "Tarifs"),
       ("inscription.html", "Inscription"), ("en-ligne.html", "Communications en ligne"),
       ("accessibilite.html", "Accessibilité"), ("sejour.html", "Séjour"), ("actes.html", "Actes")]
FOOT = ('<p>Institut de recherche en langues et éducation (IRLE), 27, rue Capois, Port-au-Prince, Haïti — '
        '<a href="mailto:colloque@irle.example.ht">colloque@irle.example.ht</a></p>')
s = mk("colloque-kreyol-edikasyon-port-au-prince", "Colloque « Le créole à l'école, vingt ans après »", "fr-HT",
       "#1d3f8f", "IR", NAV, foot={"fr-HT": FOOT})
placeholder_media(s, "media/colloque-2025.mp4")
s.write("img/code-verification.svg",
        '<svg xmlns="http://www.w3.org/2000/svg" width="140" height="44" viewBox="0 0 140 44">'
        '<rect width="140" height="44" fill="#eef"/><path d="M0 30 Q35 5 70 25 T140 15" stroke="#99a" fill="none"/>'
        '<text x="14" y="31" font-family="monospace" font-size="24" fill="#334" transform="rotate(-4 70 22)">k7Rp2x</text></svg>\n')

s.page("index.html", "Colloque international « Le créole à l'école, vingt ans après » — Port-au-Prince", f"""
<h1>Le créole à l'école, vingt ans après</h1>
<p><strong>Colloque international, 14–16 avril 2027, Port-au-Prince</strong></p>
<p>Vingt ans après l'entrée du créole dans les premiers cycles de l'école fondamentale, où en sommes-nous ?
Enseignants, linguistes, auteurs de manuels et parents se retrouvent pendant trois jours pour dresser le bilan
des classes bilingues, des examens officiels en créole et de la formation des maîtres, en Haïti et dans les autres
pays créolophones.</p>
<ul>
  <li><a href="tarifs.html">Tarifs et entrée libre</a></li>
  <li><a href="inscription.html">S'inscrire</a></li>
  <li><a href="en-ligne.html">Présenter une communication à distance</a></li>
  <li><a href="accessibilite.html">Accessibilité de la salle</a></li>
</ul>
<h2>An kreyòl</h2>
<p>Kolòk la ap reyini pwofesè, lengwis, paran ak otè liv lekòl pou twa jou, soti 14 rive 16 avril 2027. N ap
gade kijan klas yo ap mache lè timoun yo aprann nan lang manman yo, ki pwoblèm ki genyen ak egzamen leta yo, ak
kijan pou nou fòme pwofesè yo. Seyans louvèti a ak tab wonn piblik samdi a ouvè pou tout moun, gratis.</p>
<h2>Retour sur le colloque 2025</h2>
{video("media/colloque-2025.mp4")}
""")

s.page("programme.html", "Programme — Colloque créole 2027", """
<h1>Programme</h1>
<dl>
  <dt>Mercredi 14 avril</dt>
  <dd>Séance d'ouverture ; conférence : « Lire d'abord en créole : les enfants de 6 à 12 ans dans les classes bilingues »</dd>
  <dt>Jeudi 15 avril</dt>
  <dd>Ateliers ; communication : « Combien coûte un manuel en créole ? De 350 gourdes à l'impression locale »</dd>
  <dt>Vendredi 16 avril</dt>
  <dd>Communications en salle et en ligne ; assemblée des chercheurs</dd>
  <dt>Samedi 17 avril</dt>
  <dd>Table ronde publique avec des parents et des directeurs d'école</dd>
</dl>
<p><a href="appel-communications.html">Relire l'appel à communications</a></p>
""")

s.page("tarifs.html", "Tarifs — Colloque créole 2027", """
<h1>Tarifs</h1>
<table>
  <caption>Frais d'inscription au colloque</caption>
  <tr><th>Catégorie</th><th>Montant</th></tr>
  <tr><td>Participants résidant en Haïti</td><td>2 500 gourdes</td></tr>
  <tr><td>Étudiants (sur présentation de la carte)</td><td>HTG 1 000</td></tr>
  <tr><td>Participants venant de l'étranger</td><td>US$ 40</td></tr>
  <tr><td>Communication présentée en ligne</td><td>US$ 20</td></tr>
</table>
<p>Les frais comprennent les pauses-café, le déjeuner des trois jours et le recueil des résumés.</p>
<p class="note">La séance d'ouverture du mercredi et la table ronde publique du samedi sont en entrée libre,
sans inscription, dans la limite des places disponibles.</p>
""")

s.page("inscription.html", "Inscription — Colloque créole 2027", """
<h1>Inscription</h1>
<p>Les champs suivis de (obligatoire) doivent être remplis. Le paiement se fait à l'accueil ou par MonCash après
confirmation.</p>
<form action="inscription.html" method="post">
  <label for="nom">Nom (obligatoire)</label>
  <input type="text" id="nom" name="nom">
  <label for="prenom">Prénom (obligatoire)</label>
  <input type="text" id="prenom" name="prenom">
  <label for="courriel">Courriel (obligatoire)</label>
  <input type="email" id="courriel" name="courriel">
  <label for="tel">Téléphone ou WhatsApp (obligatoire)</label>
  <input type="tel" id="tel" name="tel">
  <label for="nif">NIF ou numéro de CIN</label>
  <input type="text" id="nif" name="nif">
  <label for="inst">Institution ou école</label>
  <input type="text" id="inst" name="inst">
  <fieldset>
    <legend>Catégorie (obligatoire)</legend>
    <input type="radio" id="k1" name="cat" value="haiti"> <label for="k1">Participant en Haïti</label>
    <input type="radio" id="k2" name="cat" value="etudiant"> <label for="k2">Étudiant</label>
    <input type="radio" id="k3" name="cat" value="etranger"> <label for="k3">Participant de l'étranger</label>
  </fieldset>
  <fieldset>
    <legend>Mode de participation (obligatoire)</legend>
    <input type="radio" id="m1" name="mode" value="salle"> <label for="m1">En salle</label>
    <input type="radio" id="m2" name="mode" value="ligne"> <label for="m2">Communication en ligne</label>
  </fieldset>
  <p><img src="img/code-verification.svg" alt="Code de vérification" width="140" height="44"></p>
  <label for="code">Recopiez le code ci-dessus (obligatoire)</label>
  <input type="text" id="code" name="code">
  <button type="submit">Envoyer</button>
</form>
""")

s.page("en-ligne.html", "Communications en ligne — Colloque créole 2027", """
<h1>Présenter une communication à distance</h1>
<p>Les chercheurs et enseignants de la diaspora ou des autres pays créolophones qui ne peuvent pas se déplacer
présentent leur communication en direct sur Zoom, projetée dans la salle. Après chaque exposé, ils répondent aux
questions du public pendant dix minutes.</p>
<p>Choisissez « Communication en ligne » dans le formulaire d'inscription. Un test technique est prévu la veille.</p>
""")

s.page("accessibilite.html", "Accessibilité — Colloque créole 2027", """
<h1>Accessibilité</h1>
<p>Nous devons être francs : la salle Jacques-Roumain se trouve au deuxième étage du bâtiment, sans ascenseur.
Les séances publiques du mercredi et du samedi ont lieu dans la cour, au rez-de-chaussée.</p>
<p>Toutes les séances plénières bénéficient d'une interprétation créole-français.</p>
<p>Pour toute demande d'aménagement, écrivez à <a href="mailto:accessibilite@irle.example.ht">accessibilite@irle.example.ht</a> :
nous chercherons une solution avec vous.</p>
""")

s.page("sejour.html", "Séjour — Colloque créole 2027", """
<h1>Séjour à Port-au-Prince</h1>
<ul>
  <li>Hôtel Montagne Noire (partenaire) : US$ 85 la nuit, petit-déjeuner compris.</li>
  <li>Tap-tap entre Pétion-Ville et le centre-ville : environ 75 gourdes.</li>
  <li>Stationnement surveillé à côté de l'Institut : 250 gourdes par jour.</li>
</ul>
""")

s.page("actes.html", "Actes — Colloque créole 2027", """
<h1>Publication des actes</h1>
<p>Les communications retenues par le comité scientifique paraîtront dans les actes du colloque en 2028. Des frais
de mise en page de US$ 30 par article sont demandés aux auteurs dont l'institution peut les prendre en charge.</p>
""")

ENTRY = entry(
    s, name="International colloquium 'Creole in schools, twenty years on' (research institute, Port-au-Prince)",
    languages=["fr", "ht"],
    fees=[(2500, "HTG"), (1000, "HTG"), (40, "USD"), (20, "USD")],
    free_option=True, fee_support=True, remote_participation=True,
    captcha=["image"], account_required=False,
    registration_form=(9, 7, ["phone", "id_document", "affiliation"]),
    min_age=None, accessibility_statement=True, access_services=["interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tarifs.html", "inscription.html", "en-ligne.html", "accessibilite.html"],
    deliberate_404=["appel-communications.html"],
    evidence={
        "languages": [Q("index.html", "Enseignants, linguistes, auteurs de manuels et parents se retrouvent"),
                      Q("index.html", "Kolòk la ap reyini pwofesè, lengwis, paran ak otè liv lekòl pou twa jou",
                        "Haitian Creole section without a lang attribute")],
        "un_languages": [N("fr")],
        "fees": [Q("tarifs.html", "2 500 gourdes", "2500 HTG"),
                 Q("tarifs.html", "HTG 1 000", "students: 1000 HTG"),
                 Q("tarifs.html", "US$ 40", "from abroad: 40 USD"),
                 Q("tarifs.html", "US$ 20", "online presentation: 20 USD"),
                 Q("actes.html", "frais de mise en page de US$ 30 par article", "publication charge, not a fee"),
                 Q("sejour.html", "US$ 85 la nuit", "hotel, tap-tap, parking: not fees"),
                 Q("programme.html", "De 350 gourdes à l'impression locale", "talk title, not a fee")],
        "free_option": [Q("tarifs.html", "La séance d'ouverture du mercredi et la table ronde publique du samedi sont en entrée libre"),
                        Q("index.html", "Seyans louvèti a ak tab wonn piblik samdi a ouvè pou tout moun, gratis.")],
        "fee_support": [Q("tarifs.html", "Étudiants (sur présentation de la carte)", "student rate 1000 HTG below 2500 HTG")],
        "remote_participation": [Q("en-ligne.html", "présentent leur communication en direct sur Zoom"),
                                 Q("en-ligne.html", "ils répondent aux questions du public pendant dix minutes")],
        "captcha": [M("inscription.html", '<img src="img/code-verification.svg" alt="Code de vérification"',
                      "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields: last name, first name, e-mail, phone/WhatsApp, NIF/CIN, institution, category "
                                "radio (=1), mode radio (=1), image-code text box. Required ((obligatoire)): last name, first "
                                "name, e-mail, phone, category, mode, code = 7. Sensitive: phone, id_document, affiliation.",
                                "inscription.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("programme.html", "les enfants de 6 à 12 ans dans les classes bilingues", "talk title, not a limit")],
        "accessibility_statement": [Q("accessibilite.html", "Pour toute demande d'aménagement, écrivez à")],
        "access_services": [Q("accessibilite.html", "au deuxième étage du bâtiment, sans ascenseur",
                              "no wheelchair access (negation)"),
                            Q("accessibilite.html", "Toutes les séances plénières bénéficient d'une interprétation créole-français.")],
        "videos_without_captions": [M("index.html", 'src="media/colloque-2025.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
