from lib import mk, Q, M, N, entry

NAV = {"fr": [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("bourses.html", "Bourses"), ("distance.html", "Participation à distance"),
              ("programme.html", "Programme"), ("pratique.html", "Infos pratiques"), ("en/index.html", "English")],
       "en": [("en/index.html", "Home"), ("inscription.html", "Registration (fr)"), ("en/fellowships.html", "Fellowships")]}
s = mk("atelier-regional-numerotation-yaounde", "Atelier régional sur la numérotation et le spectre", "fr", "#0d47a1", "AR", NAV,
       foot={"fr": "<p>Bureau régional · atelier@telecom-regional.example.int</p>", "en": "<p>Regional Office · atelier@telecom-regional.example.int</p>"})
s.write("img/code.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7KX4Q</text></svg>\n')
s.pdf("docs/programme.pdf", "Atelier regional - Programme\nJour 1: plans de numerotation\nJour 2: gestion du spectre")
s.pdf("docs/lettre-invitation.pdf", "Lettre d'invitation")

s.page("index.html", "Atelier régional sur la numérotation et le spectre — Yaoundé", """
<h1>Atelier régional sur la numérotation et la gestion du spectre</h1>
<p>Yaoundé, 14–16 octobre. L'atelier réunit les régulateurs, les opérateurs et les experts de la région Afrique centrale autour des plans
de numérotation, de la portabilité des numéros et de l'attribution des fréquences IMT.</p>
<p>La participation à l'atelier est gratuite. Les frais de voyage et de séjour restent à la charge des participants, sauf pour les boursiers.</p>
<p><a href="@inscription.html">S'inscrire</a> · <a href="@docs/programme.pdf">Programme (PDF)</a> · <a href="@docs/lettre-invitation.pdf">Lettre d'invitation (PDF)</a></p>
""")

s.page("inscription.html", "Inscription", """
<h1>Inscription</h1>
<p>Pour vous inscrire, créez d'abord un compte utilisateur sur le portail des réunions ; l'inscription n'est possible qu'une fois connecté à ce compte.</p>
<form action="@inscription.html" method="post">
  <label for="nom">Nom et prénom *</label><input type="text" id="nom" name="nom">
  <label for="courriel">Courriel *</label><input type="email" id="courriel" name="courriel">
  <label for="mdp">Mot de passe *</label><input type="password" id="mdp" name="mdp">
  <label for="mdp2">Confirmer le mot de passe *</label><input type="password" id="mdp2" name="mdp2">
  <label for="admin">Administration ou entreprise *</label><input type="text" id="admin" name="administration">
  <label for="pays">Pays</label><select id="pays" name="pays"><option>Cameroun</option><option>Gabon</option><option>Tchad</option><option>Congo</option></select>
  <label for="pass">Numéro de passeport (pour la lettre d'invitation)</label><input type="text" id="pass" name="passeport">
  <p><img src="@img/code.svg" alt="Code de sécurité" width="120" height="40"></p>
  <label for="code">Recopiez le code de l'image *</label><input type="text" id="code" name="code">
  <button type="submit">Créer le compte et s'inscrire</button>
</form>
""")

s.page("bourses.html", "Bourses", """
<h1>Bourses de participation</h1>
<p>Un nombre limité de bourses est offert aux participants des pays les moins avancés de la région. La bourse couvre le billet d'avion
en classe économique et une indemnité journalière de subsistance de 85 000 FCFA par jour.</p>
<p>Date limite des demandes : 1er septembre.</p>
""")

s.page("distance.html", "Participation à distance", """
<h1>Participation à distance</h1>
<p>Toutes les sessions sont ouvertes à la participation à distance. Les participants à distance inscrits peuvent prendre la parole et
poser leurs questions aux intervenants par l'outil de visioconférence ; le modérateur leur donne la parole à tour de rôle avec la salle.</p>
<p>Interprétation simultanée français–anglais dans la salle plénière et sur le canal à distance.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<p>Le programme détaillé est disponible uniquement en <a href="@docs/programme.pdf">PDF</a>.</p>
<p>Thèmes : « Registre national des numéros », « Langues et étiquetage des services à valeur ajoutée », « Coûts d'interconnexion ».</p>
""")

s.page("pratique.html", "Infos pratiques", """
<h1>Informations pratiques</h1>
<table><caption>Hôtels proposés</caption><tr><th>Hôtel</th><th>Chambre / nuit</th></tr>
<tr><td>Hôtel des Collines</td><td>62 000 FCFA</td></tr><tr><td>Résidence Mont-Fébé</td><td>XAF 48 500</td></tr></table>
<p>Visa : les frais de visa (environ 75 000 FCFA) sont à la charge des participants. Une navette gratuite relie les hôtels au lieu de l'atelier.</p>
""")

s.page("en/index.html", "Regional Workshop on Numbering and Spectrum — Yaoundé", """
<h1>Regional Workshop on Numbering and Spectrum Management</h1>
<p>Yaoundé, 14–16 October. The workshop brings together regulators, operators and experts from Central Africa to discuss numbering plans,
number portability and the assignment of IMT frequencies.</p>
<p>Participation in the workshop is free of charge. Registration is in French only and requires an account on the meetings portal.
Remote participants can take the floor and ask questions. French–English simultaneous interpretation is provided.</p>
""", lang="en")

s.page("en/fellowships.html", "Fellowships", """
<h1>Fellowships</h1>
<p>A limited number of fellowships covers an economy air ticket and a daily subsistence allowance for participants from least developed countries.</p>
""", lang="en")

ENTRY = entry(s, name="Atelier régional sur la numérotation et le spectre (ITU-style regional workshop)",
    languages=["fr", "en"], free_option=True, fee_support=True, remote_participation=True, captcha=["image"],
    account_required=True, registration_form=(8, 6, ["affiliation", "id_document"]), accessibility_statement=False,
    access_services=["interpretation"], pdf_only_documents=True,
    participation_pages=["index.html", "inscription.html", "bourses.html", "distance.html", "programme.html", "en/index.html", "en/fellowships.html"],
    evidence={
        "languages": [Q("index.html", "L'atelier réunit les régulateurs, les opérateurs et les experts de la région Afrique centrale"),
                      Q("en/index.html", "The workshop brings together regulators, operators and experts from Central Africa")],
        "un_languages": [N("fr and en")],
        "fees": [Q("index.html", "La participation à l'atelier est gratuite."),
                 Q("bourses.html", "indemnité journalière de subsistance de 85 000 FCFA par jour", "per diem, not a fee"),
                 Q("pratique.html", "62 000 FCFA", "hotel, not a fee"),
                 Q("pratique.html", "les frais de visa (environ 75 000 FCFA)", "visa fee, not a fee")],
        "free_option": [Q("index.html", "La participation à l'atelier est gratuite."), Q("en/index.html", "Participation in the workshop is free of charge.")],
        "fee_support": [Q("bourses.html", "Un nombre limité de bourses est offert aux participants des pays les moins avancés")],
        "remote_participation": [Q("distance.html", "Les participants à distance inscrits peuvent prendre la parole et poser leurs questions")],
        "captcha": [M("inscription.html", '<img src="img/code.svg" alt="Code de sécurité"', "self-hosted image code")],
        "account_required": [Q("inscription.html", "l'inscription n'est possible qu'une fois connecté à ce compte")],
        "registration_form": [N("8 fields: nom*, courriel*, mot de passe*, confirmation*, administration ou entreprise* (affiliation), pays (select), "
                                "passeport (id_document, optional), image code*; 6 required by the * marker", "inscription.html")],
        "registration_host": [N("native form on the site")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [N("only interpretation is mentioned; no accessibility provisions or contact")],
        "access_services": [Q("distance.html", "Interprétation simultanée français–anglais dans la salle plénière")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programme.html", "Le programme détaillé est disponible uniquement en PDF.")],
    })
