"""Agricultural show with technical meetings of a (fictional) chamber of agriculture, Païta/Nouméa (fr-NC; Drehu section)."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "Accueil"), ("tarifs.html", "Tarifs et entrée"), ("rencontres.html", "Rencontres techniques"),
       ("inscription.html", "Inscription"), ("accessibilite.html", "Accessibilité"), ("exposants.html", "Exposants"),
       ("hebergement.html", "Venir et se loger"), ("concours.html", "Concours")]
s = mk("salon-agriculture-oceanienne-noumea", "Salon de l'agriculture océanienne 2027", "fr-NC", "#2e7d32", "SAO", NAV,
       foot={"fr-NC": '<p>Chambre d\'agriculture du Pacifique Sud (institution fictive) · Nouméa · '
                      '<a href="mailto:salon@example.nc">salon@example.nc</a></p>'})
placeholder_media(s, "media/salon-2026.mp4")
vtt(s, "media/salon-2026-fr.vtt", "Bienvenue au Salon de l'agriculture océanienne")

s.page("index.html", "Salon de l'agriculture océanienne 2027", f"""
<h1>Salon de l'agriculture océanienne et rencontres techniques</h1>
<p>Du 8 au 10 octobre 2027 au parc des expositions de Païta : concours d'élevage, marché des producteurs, démonstrations
de matériel et deux jours de rencontres techniques sur l'igname, le café, l'apiculture et l'eau agricole.</p>
<ul>
  <li><a href="@tarifs.html">Tarifs, entrée gratuite du Salon et ateliers enfants</a></li>
  <li><a href="@rencontres.html">Rencontres techniques et suivi en ligne</a></li>
  <li><a href="@inscription.html">S'inscrire aux rencontres</a></li>
  <li><a href="@accessibilite.html">Accessibilité</a></li>
</ul>
<section lang="dhv">
<h2>Eahuni asë hun</h2>
<p>Ame la Salon ne la hna hane eë, tro sa traqa kowe la itre xaa hnalapa ne Lifou, Maré me Tiga. Tro sa ajane me sa
ini la itre ewekë ne la itre hna hane, me la itre ue ka hnyipixe.</p>
</section>
<h2>Le Salon 2026 en vidéo</h2>
{video("media/salon-2026.mp4", track="media/salon-2026-fr.vtt", track_lang="fr", label="Français")}
""")

s.page("tarifs.html", "Tarifs et entrée", """
<h1>Tarifs</h1>
<p>L'entrée du Salon (stands, concours, marché des producteurs et démonstrations) est gratuite pour tous les visiteurs.</p>
<table>
  <caption>Rencontres techniques</caption>
  <tr><th>Formule</th><th>Tarif</th></tr>
  <tr><td>Pass une journée</td><td>3 500 F CFP</td></tr>
  <tr><td>Pass deux jours (repas compris)</td><td>6 000 F CFP</td></tr>
  <tr><td>Étudiants et élèves des lycées agricoles (deux jours)</td><td>1 500 F CFP</td></tr>
</table>
<p>Les actes imprimés des rencontres sont vendus séparément au stand de la Chambre : 2 000 F CFP.</p>
<h2>Atelier « Petits jardiniers »</h2>
<p>Atelier gratuit pour les enfants de 6 à 11 ans, samedi et dimanche matin, sur inscription à l'accueil du Salon.</p>
""")

s.page("rencontres.html", "Rencontres techniques", """
<h1>Rencontres techniques</h1>
<ul>
  <li>Vendredi : l'igname, du champ à la coutume – enregistrement des variétés anciennes</li>
  <li>Vendredi : les jeunes agriculteurs de moins de 35 ans et l'accès au foncier</li>
  <li>Samedi : café de Sarraméa, la langue des terroirs et les appellations</li>
  <li>Samedi : apiculture et eau agricole en saison sèche</li>
</ul>
<h2>Suivre et participer en ligne</h2>
<p>Les rencontres sont retransmises en direct sur notre page <a href="https://www.facebook.com/">Facebook</a> ; les
questions posées en commentaire sont lues aux intervenants par la modératrice et reçoivent une réponse en séance.</p>
""")

s.page("inscription.html", "Inscription aux rencontres techniques", """
<h1>Inscription aux rencontres techniques</h1>
<p>L'entrée du Salon ne demande pas d'inscription. Pour les rencontres, remplissez le formulaire ; les champs marqués
(obligatoire) doivent être remplis.</p>
<form action="@inscription.html" method="post">
  <label for="nom">Nom (obligatoire)</label><input type="text" id="nom" name="nom">
  <label for="prenom">Prénom (obligatoire)</label><input type="text" id="prenom" name="prenom">
  <label for="mail">Courriel (obligatoire)</label><input type="email" id="mail" name="mail">
  <label for="tel">Téléphone</label><input type="tel" id="tel" name="tel">
  <label for="commune">Commune</label><select id="commune" name="commune"><option>Nouméa</option><option>Païta</option><option>Bourail</option><option>Lifou</option><option>Maré</option><option>Autre</option></select>
  <label for="structure">Exploitation, coopérative ou organisme</label><input type="text" id="structure" name="structure">
  <fieldset><legend>Statut (obligatoire)</legend>
    <input type="radio" id="st1" name="statut" value="agri"><label for="st1">Agriculteur</label>
    <input type="radio" id="st2" name="statut" value="tech"><label for="st2">Technicien</label>
    <input type="radio" id="st3" name="statut" value="etu"><label for="st3">Étudiant ou lycéen</label>
  </fieldset>
  <fieldset><legend>Formule (obligatoire)</legend>
    <input type="radio" id="f1" name="formule" value="1j"><label for="f1">Une journée</label>
    <input type="radio" id="f2" name="formule" value="2j"><label for="f2">Deux jours</label>
  </fieldset>
  <label for="carte">Carte d'étudiant (tarif étudiant)</label><input type="file" id="carte" name="carte">
  <div class="check"><input type="checkbox" id="visite" name="visite"><label for="visite">Je m'inscris à la visite d'exploitation du dimanche</label></div>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
  <button type="submit">Envoyer</button>
</form>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>Le parc des expositions est de plain-pied et accessible en fauteuil roulant ; la salle des rencontres dispose de
places réservées et d'une boucle magnétique.</p>
<p>Pour un besoin particulier (accompagnement, place de parking réservée), contactez Mme Wamytan au 27 00 00 ou
acces@example.nc.</p>
""")

s.page("exposants.html", "Exposants", """
<h1>Exposer au Salon</h1>
<p>Stand couvert de 9 m² : 85 000 F CFP. Emplacement extérieur pour matériel agricole : 120 000 XPF. Stand producteur
du marché : 15 000 francs Pacifique.</p>
""")

s.page("hebergement.html", "Venir et se loger", """
<h1>Venir et se loger</h1>
<p>Navette Tanéo depuis Nouméa : 210 F le trajet. Hôtels partenaires à Païta à partir de 14 500 XPF la nuit.
Excursion « Café de Sarraméa » organisée par une agence : 9 800 F CFP.</p>
""")

s.page("concours.html", "Concours", """
<h1>Concours d'élevage et de produits</h1>
<p>Prix du meilleur igname : 200 000 F CFP. Prix du meilleur miel : 100 000 F CFP.</p>
""")

ENTRY = entry(
    s, name="Oceanian Agriculture Show and technical meetings 2027 (fictional chamber of agriculture, Païta)",
    languages=["fr"], fees=[(3500, "XPF"), (6000, "XPF"), (1500, "XPF")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(10, 5, ["phone", "affiliation"]),
    min_age=6, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "tarifs.html", "rencontres.html", "inscription.html", "accessibilite.html"],
    evidence={
        "languages": [Q("index.html", "concours d'élevage, marché des producteurs"),
                      M("index.html", '<section lang="dhv">', "Drehu section: no ISO 639-1 code, not listable")],
        "un_languages": [N("fr")],
        "fees": [Q("tarifs.html", "3 500 F CFP"), Q("tarifs.html", "6 000 F CFP"),
                 Q("tarifs.html", "1 500 F CFP", "students"),
                 Q("tarifs.html", "Les actes imprimés des rencontres sont vendus séparément au stand de la Chambre : 2 000 F CFP.",
                   "proceedings sold separately: not a fee"),
                 Q("exposants.html", "Stand couvert de 9 m² : 85 000 F CFP", "exhibitor stands: not fees"),
                 Q("hebergement.html", "Hôtels partenaires à Païta à partir de 14 500 XPF la nuit", "hotel, bus, excursion: not fees"),
                 Q("concours.html", "Prix du meilleur igname : 200 000 F CFP", "prizes: not fees")],
        "free_option": [Q("tarifs.html", "L'entrée du Salon (stands, concours, marché des producteurs et démonstrations) est gratuite pour tous les visiteurs.")],
        "fee_support": [Q("tarifs.html", "Étudiants et élèves des lycées agricoles (deux jours)", "student rate 1500 below 6000 XPF")],
        "remote_participation": [Q("rencontres.html", "questions posées en commentaire sont lues aux intervenants par la modératrice")],
        "captcha": [M("inscription.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields: nom, prénom, courriel, téléphone, commune select, structure, statut radio (=1), "
                                "formule radio (=1), student-card file, visit checkbox. Required ((obligatoire)): nom, prénom, "
                                "courriel, statut, formule = 5. Sensitive: phone, affiliation (farm, cooperative or body); "
                                "commune select not sensitive.", "inscription.html")],
        "registration_host": [N("own form; the Facebook link is a stream, not registration")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("tarifs.html", "Atelier gratuit pour les enfants de 6 à 11 ans", "children's workshop of the show: 6"),
                    Q("rencontres.html", "les jeunes agriculteurs de moins de 35 ans", "talk topic, not a limit")],
        "accessibility_statement": [Q("accessibilite.html", "Pour un besoin particulier (accompagnement, place de parking réservée), contactez Mme Wamytan")],
        "access_services": [Q("accessibilite.html", "Le parc des expositions est de plain-pied et accessible en fauteuil roulant"),
                            Q("accessibilite.html", "d'une boucle magnétique", "induction loop: not a service")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/salon-2026-fr.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
