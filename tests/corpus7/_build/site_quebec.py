"""Quebec civic-tech day, Québec City. French (Canada) with an English page. "45 $" in French, CA$ in English,
a paid pre-conference workshop, free solidarity tickets through a request form with Friendly Captcha,
Le Point de vente (no account), donation suggestions on the tickets page, LSQ, live captions, childcare 2-8."""
from lib import mk, Q, M, N, entry

NAV_FR = [("index.html", "Accueil"), ("programme.html", "Programmation"), ("billets.html", "Billets"),
          ("solidaire.html", "Billet solidaire"), ("en-ligne.html", "Participer en ligne"),
          ("accessibilite.html", "Accessibilité"), ("partenaires.html", "Partenaires"), ("emplois.html", "Emplois"),
          ("infos.html", "Infos pratiques")]
NAV_EN = [("en/index.html", "Home"), ("billets.html", "Tickets (French)"), ("accessibilite.html", "Accessibility (French)")]
s = mk("journee-techno-civique-quebec", {"fr": "Journée québécoise des technologies civiques",
                                          "en": "Quebec Civic Tech Day"},
       "fr-CA", "#1d4ed8", "JTC", {"fr-CA": NAV_FR, "en": NAV_EN},
       langs={"fr-CA": [("en/index.html", "English")], "en": [("index.html", "Français")]},
       foot={"fr-CA": "<p>Journée québécoise des technologies civiques — OBNL · bonjour@jtcq.example.ca</p>",
             "en": "<p>Quebec Civic Tech Day (non-profit) · bonjour@jtcq.example.ca</p>"},
       homes={"fr-CA": "index.html", "en": "en/index.html"})

ABOUT = ("La Journée réunit citoyennes et citoyens, organismes communautaires, fonctionnaires municipaux et "
         "développeuses et développeurs pour améliorer ensemble les services publics numériques du Québec.")
PLATFORM = "Les billets sont vendus sur Le Point de vente; aucun compte n'est requis pour acheter un billet."
SOLID = "Billet solidaire : gratuit, sur demande, pour toute personne pour qui le prix est un obstacle."
ONLINE = ("Les personnes qui participent en ligne peuvent poser leurs questions aux panels et voter lors des ateliers "
          "de cocréation sur la plateforme de la Journée.")
LSQ = "Toutes les plénières sont interprétées en langue des signes québécoise (LSQ)."
CAPS = "Le sous-titrage en direct en français est offert pour les plénières, dans la salle et en ligne."
CHILD = "Une halte-garderie gratuite accueille les enfants de 2 à 8 ans sur place (inscription dans le formulaire)."
WHEEL = "La salle et les toilettes sont accessibles en fauteuil roulant; l'entrée de la rue Saint-Vallier est de plain-pied."
CONTACT = "Pour tout besoin d'accommodement, écrivez à accessibilite@jtcq.example.ca."
EN = ("Quebec Civic Tech Day brings together residents, community groups, municipal staff and developers to improve "
      "Quebec's digital public services together.")

s.page("index.html", "Journée québécoise des technologies civiques 2027", f"""
<h1>Journée québécoise des technologies civiques 2027</h1>
<p class="note">Samedi 24 avril 2027 · Espace Saint-Roch, Québec · en personne et en ligne</p>
<p>{ABOUT}</p>
<p><a class="button" href="@billets.html">Billets</a> <a href="@solidaire.html">Demander un billet solidaire</a> ·
<a href="@en-ligne.html">Participer en ligne</a> · <a href="@accessibilite.html">Accessibilité</a></p>
""")

s.page("billets.html", "Billets — Journée québécoise des technologies civiques", f"""
<h1>Billets</h1>
<div class="cards">
  <div class="card"><h2>Billet régulier</h2><span class="price">45 $<small>taxes incluses</small></span></div>
  <div class="card"><h2>OBNL / étudiant·e</h2><span class="price">15 $<small>taxes incluses</small></span></div>
  <div class="card"><h2>Atelier pré-conférence</h2><span class="price">25 $<small>vendredi 23 avril, en supplément du billet</small></span></div>
  <div class="card"><h2>Billet solidaire</h2><span class="price">0 $<small>sur demande</small></span></div>
</div>
<p>{SOLID} <a href="@solidaire.html">Faire une demande</a></p>
<p>{PLATFORM} <a class="button" href="https://www.lepointdevente.com/billets/jtcq2027">Acheter sur Le Point de vente</a></p>
<p>Envie de soutenir la Journée? Ajoutez un don facultatif à votre commande : 10 $, 20 $ ou le montant de votre choix.</p>
""")

s.page("solidaire.html", "Billet solidaire — Journée québécoise des technologies civiques", """
<h1>Demande de billet solidaire</h1>
<p>Aucune justification financière n'est demandée. Réponse en 48 heures.</p>
<form action="@solidaire.html" method="post">
  <label for="pr">Prénom (obligatoire)</label><input type="text" id="pr" name="prenom">
  <label for="no">Nom (obligatoire)</label><input type="text" id="no" name="nom">
  <label for="co">Courriel <span class="req">*</span></label><input type="email" id="co" name="courriel" required>
  <label for="te">Téléphone (facultatif)</label><input type="tel" id="te" name="telephone">
  <label for="or">Organisme (facultatif)</label><input type="text" id="or" name="organisme">
  <label for="po">Comment comptez-vous participer à la Journée?</label><textarea id="po" name="pourquoi" aria-required="true"></textarea>
  <label for="ac">Besoins d'accessibilité</label><textarea id="ac" name="accessibilite"></textarea>
  <div class="check"><input type="checkbox" id="hg" name="halte"><label for="hg">J'aurai besoin de la halte-garderie</label></div>
  <div class="frc-captcha" data-sitekey="FCMEXAMPLE0000000000"></div>
  <button type="submit">Envoyer ma demande</button>
</form>
""")

s.page("en-ligne.html", "Participer en ligne — Journée québécoise des technologies civiques", f"""
<h1>Participer en ligne</h1>
<p>{ONLINE}</p>
<p>Le lien vous est envoyé avec votre billet (tous les billets donnent accès à la participation en ligne).</p>
""")

s.page("accessibilite.html", "Accessibilité — Journée québécoise des technologies civiques", f"""
<h1>Accessibilité</h1>
<ul>
  <li>{LSQ}</li>
  <li>{CAPS}</li>
  <li>{CHILD}</li>
  <li>{WHEEL}</li>
</ul>
<p>{CONTACT}</p>
""")

s.page("programme.html", "Programmation — Journée québécoise des technologies civiques", """
<h1>Programmation</h1>
<ul>
  <li>9 h 30 — Les frais cachés des services publics numériques</li>
  <li>11 h — Inscription en ligne aux services municipaux : retour d'expérience de Lévis</li>
  <li>13 h 30 — Langues autochtones et données ouvertes</li>
  <li>15 h — Atelier de cocréation : le 311 de demain</li>
</ul>
""")

s.page("partenaires.html", "Partenaires — Journée québécoise des technologies civiques", """
<h1>Devenir partenaire</h1>
<ul><li>Partenaire Or : 5 000 $</li><li>Partenaire Argent : 2 500 $</li><li>Kiosque communautaire : 750 $</li></ul>
""")

s.page("emplois.html", "Emplois — Journée québécoise des technologies civiques", """
<h1>Babillard d'emplois</h1>
<ul>
  <li>Ville de Québec — Analyste en données ouvertes, 68 000 $ – 75 000 $ par année</li>
  <li>Coop numérique — Développeuse ou développeur Web, 32 $ de l'heure</li>
</ul>
""")

s.page("infos.html", "Infos pratiques — Journée québécoise des technologies civiques", """
<h1>Infos pratiques</h1>
<p>Hôtel partenaire : Auberge Saint-Roch, 149 $ la nuit (code JTC27).</p>
<p>Stationnement intérieur : 18 $ par jour. Un passage d'autobus coûte 3,75 $.</p>
""")

s.page("en/index.html", "Quebec Civic Tech Day 2027", f"""
<h1>Quebec Civic Tech Day 2027</h1>
<p>Saturday 24 April 2027, Espace Saint-Roch, Québec City, in person and online. {EN}</p>
<p>Tickets: regular CA$45, non-profit or student CA$15, pre-conference workshop CA$25 (in addition to a ticket).
Solidarity tickets are free on request. Most sessions are in French, with LSQ interpretation and live French captions.</p>
""", lang="en", header_lang="en")

ENTRY = entry(
    s, name="Journée québécoise des technologies civiques 2027 (Quebec civic-tech day)",
    languages=["fr", "en"], fees=[(45, "CAD"), (15, "CAD"), (25, "CAD")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(8, 4, ["affiliation", "phone"]), registration_host="www.lepointdevente.com", min_age=None,
    accessibility_statement=True, access_services=["captions", "childcare", "sign_language", "wheelchair_access"],
    videos_without_captions=0,
    participation_pages=["index.html", "billets.html", "solidaire.html", "en-ligne.html", "accessibilite.html",
                         "en/index.html"],
    evidence={
        "languages": [Q("index.html", ABOUT), Q("en/index.html", EN)],
        "un_languages": [N("fr, en")],
        "fees": [Q("billets.html", "Billet régulier 45 $"), Q("billets.html", "OBNL / étudiant·e 15 $"),
                 Q("billets.html", "Atelier pré-conférence 25 $", "paid add-on workshop: a fee"),
                 Q("en/index.html", "regular CA$45, non-profit or student CA$15, pre-conference workshop CA$25"),
                 Q("billets.html", "Ajoutez un don facultatif à votre commande : 10 $, 20 $", "donation, not a fee"),
                 Q("partenaires.html", "Partenaire Or : 5 000 $", "sponsorship, not a fee"),
                 Q("emplois.html", "68 000 $ – 75 000 $ par année", "salary, not a fee"),
                 Q("infos.html", "149 $ la nuit", "hotel, not a fee"),
                 Q("infos.html", "Stationnement intérieur : 18 $ par jour", "parking, not a fee"),
                 N("'0 $' solidarity ticket is the free option, not a fee entry")],
        "free_option": [Q("billets.html", SOLID)],
        "fee_support": [Q("billets.html", "OBNL / étudiant·e 15 $", "reduced rate below the 45 $ ticket")],
        "remote_participation": [Q("en-ligne.html", ONLINE)],
        "captcha": [M("solidaire.html", '<div class="frc-captcha" data-sitekey=')],
        "account_required": [Q("billets.html", PLATFORM)],
        "registration_form": [M("solidaire.html", '<label for="pr">Prénom (obligatoire)</label><input type="text" id="pr" name="prenom">'),
                              N("the solidarity-ticket request form: 8 fields (prénom, nom, courriel, téléphone, organisme, "
                                "comment participer, besoins, halte checkbox). Required: prénom and nom ((obligatoire) markers), "
                                "courriel (required), comment participer (aria-required) = 4. Sensitive: phone, affiliation.")],
        "registration_host": [M("billets.html", 'href="https://www.lepointdevente.com/billets/jtcq2027"')],
        "registration_pdf_only": [N("no PDF")],
        "min_age": [Q("accessibilite.html", CHILD, "childcare ages, not an age limit")],
        "accessibility_statement": [Q("accessibilite.html", CONTACT)],
        "access_services": [Q("accessibilite.html", LSQ), Q("accessibilite.html", CAPS), Q("accessibilite.html", CHILD),
                            Q("accessibilite.html", WHEEL)],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
