"""Pointe-Noire, Republic of the Congo: a network operators' group meeting on IXPs, routing and DNS (fr-CG, en section)."""
from lib import *

SLUG = "rencontre-operateurs-reseaux-pointe-noire"
NAME = "CGNOG 3 — Rencontre des opérateurs de réseaux du Congo"
NAV = [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("tarifs.html", "Tarifs"),
       ("bourses.html", "Bourses"), ("distance.html", "À distance"), ("accessibilite.html", "Accessibilité"),
       ("sponsors.html", "Sponsors"), ("emplois.html", "Emplois et hôtels")]
s = mk(SLUG, NAME, "fr-CG", "#1d4e89", "CG3", NAV,
       foot={"fr-CG": "<p>CGNOG (association fictive), Pointe-Noire — secretariat@cgnog.example.cg</p>"})

P = "index.html"
s.page(P, NAME, """
<h1>CGNOG 3 — Pointe-Noire, 14–16 septembre 2027</h1>
<p>La troisième rencontre des opérateurs de réseaux du Congo réunit ingénieurs, fournisseurs d'accès, points d'échange internet et universités : routage BGP, RPKI, DNS, IPv6 et câbles sous-marins. Une journée de tutoriels précède la conférence.</p>
<p><a href="@inscription.html">Créer un compte et s'inscrire</a> · <a href="@cgnog1.html">Archives CGNOG 1</a></p>
""" + video("media/cgnog2.mp4", track="media/cgnog2.fr.vtt", track_lang="fr", label="Français") + """
<section lang="en">
<h2>English</h2>
<p>CGNOG 3 brings network engineers, ISPs, internet exchange points and universities to Pointe-Noire on 14–16 September 2027 for talks on BGP, RPKI, DNS, IPv6 and submarine cables, with a tutorial day before the conference. The full pass costs 50,000 FCFA and the student pass 15,000 FCFA; remote participants can ask questions over Jitsi Meet.</p>
</section>
""")
placeholder_media(s, "media/cgnog2.mp4")
vtt(s, "media/cgnog2.fr.vtt", "Bienvenue à CGNOG.")

s.page("inscription.html", "Inscription", """
<h1>Créer votre compte CGNOG</h1>
<p>L'inscription se fait par un compte sur notre portail.</p>
<form action="@inscription.html" method="post">
""" + fld("nom", "Nom complet (information obligatoire)") + fld("email", "E-mail (information obligatoire)", "email")
  + fld("pw", "Mot de passe (information obligatoire)", "password") + fld("pw2", "Confirmer le mot de passe (information obligatoire)", "password")
  + fld("tel", "Téléphone (information obligatoire)", "tel") + fld("cni", "Numéro de CNI ou de passeport (information obligatoire)")
  + fld("org", "Organisation / employeur (information obligatoire)")
  + fld("nat", "Nationalité (information obligatoire)", "select", opts=["Congolaise", "Autre"])
  + fld("asn", "Numéro de système autonome (ASN)")
  + fld("pass", "Type de pass (information obligatoire)", "select", opts=["Pass complet", "Étudiant", "Bénévole réseau communautaire"])
  + fld("tuto", "Journée de tutoriels (en supplément)", "checkbox")
  + fld("diet", "Régime alimentaire", "select", opts=["Aucun", "Végétarien", "Sans porc"])
  + fld("needs", "Besoins d'accessibilité", "textarea") + """
<div id="arkose-enforcement" class="arkose-labs"></div>
<button type="submit">Créer mon compte</button>
</form>
<h2>Déjà inscrit ?</h2>
<form action="@inscription.html" method="post">
""" + fld("login", "E-mail", "email") + fld("lpw", "Mot de passe", "password") + """
<button type="submit">Se connecter</button>
</form>
""")

s.page("tarifs.html", "Tarifs", """
<h1>Tarifs</h1>
<table><tr><th>Pass</th><th>Prix</th></tr>
<tr><td>Pass complet</td><td>50 000 FCFA</td></tr>
<tr><td>Étudiant</td><td>15 000 FCFA</td></tr>
<tr><td>Journée de tutoriels (en supplément)</td><td>20 000 FCFA</td></tr></table>
<p>Les bénévoles des réseaux communautaires sont inscrits gratuitement.</p>
""")

s.page("bourses.html", "Bourses", """
<h1>Bourses CGNOG</h1>
<p>Dix bourses couvrent le pass, le voyage et l'hébergement d'ingénieurs venant de l'intérieur du pays et des pays voisins (valeur jusqu'à 600 US$).</p>
""")

s.page("distance.html", "Participer à distance", """
<h1>Participer à distance</h1>
<p>Toutes les sessions sont diffusées sur Jitsi Meet ; les participants à distance posent leurs questions aux intervenants pendant les sessions.</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>Le centre de conférences dispose d'un ascenseur et d'un accès de plain-pied.</p>
<p>Sous-titrage en direct en français et en anglais sur l'écran principal.</p>
<p>Interprétation français–anglais pendant toutes les sessions.</p>
<p>Pas d'interprète en langue des signes cette année.</p>
<p>Contact accessibilité : access@cgnog.example.cg</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Devenir sponsor</h1>
<p>Sponsor Platine : 5 000 US$ ; Sponsor Or : 2 500 US$ ; pause-café : 500 000 FCFA.</p>
<p><a href="@docs/prospectus-sponsors.pdf">Prospectus sponsors (PDF)</a></p>
""")
s.pdf("docs/prospectus-sponsors.pdf", "CGNOG 3 sponsor prospectus\nPlatinum 5000 USD")

s.page("emplois.html", "Emplois et hôtels", """
<h1>Offres d'emploi et hébergement</h1>
<p>Ingénieur réseau (FAI partenaire) : 900 000 FCFA par mois.</p>
<p>Hôtel de la Côte Sauvage : 60 000 FCFA la nuit. Taxi depuis l'aéroport : 2 000 FCFA.</p>
""")

ENTRY = entry(s, name="CGNOG 3 network operators' meeting, Pointe-Noire", languages=["fr", "en"],
    fees=[(50000, "XAF"), (15000, "XAF"), (20000, "XAF")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["arkose"], account_required=True,
    registration_form=(13, 9, ["phone", "id_document", "affiliation", "nationality"]), registration_host=None,
    registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "captions", "interpretation"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "inscription.html", "tarifs.html", "bourses.html", "distance.html", "accessibilite.html"],
    deliberate_404=["cgnog1.html"],
    evidence={
        "languages": [Q(P, "La troisième rencontre des opérateurs de réseaux du Congo réunit ingénieurs"),
                      M(P, '<section lang="en">', "English section")],
        "un_languages": [N("fr and en")],
        "fees": [Q("tarifs.html", "Pass complet 50 000 FCFA"), Q("tarifs.html", "Étudiant 15 000 FCFA"),
                 Q("tarifs.html", "Journée de tutoriels (en supplément) 20 000 FCFA"),
                 Q(P, "The full pass costs 50,000 FCFA and the student pass 15,000 FCFA", "restated, no new entry"),
                 Q("bourses.html", "(valeur jusqu'à 600 US$)", "fellowship: not a fee"),
                 Q("sponsors.html", "Sponsor Platine : 5 000 US$", "sponsor: not a fee"),
                 Q("emplois.html", "Ingénieur réseau (FAI partenaire) : 900 000 FCFA par mois.", "salary: not a fee")],
        "free_option": [Q("tarifs.html", "Les bénévoles des réseaux communautaires sont inscrits gratuitement.")],
        "fee_support": [Q("tarifs.html", "Étudiant 15 000 FCFA"), Q("bourses.html", "Dix bourses couvrent le pass, le voyage et l'hébergement")],
        "remote_participation": [Q("distance.html", "les participants à distance posent leurs questions aux intervenants pendant les sessions.")],
        "captcha": [M("inscription.html", '<div id="arkose-enforcement"')],
        "account_required": [Q("inscription.html", "L'inscription se fait par un compte sur notre portail."),
                             M("inscription.html", 'type="password" id="pw2"')],
        "registration_form": [Q("inscription.html", "Numéro de CNI ou de passeport (information obligatoire)"),
                              N("13 fields of the sign-up: name, email, password, confirmation, phone, CNI/passport, organisation, nationality, ASN (not sensitive), pass type, tutorial checkbox, diet, access needs; 9 with the marker; the 2-field login form is not it")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online portal")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accessibilite.html", "Le centre de conférences dispose d'un ascenseur et d'un accès de plain-pied.")],
        "access_services": [Q("accessibilite.html", "Sous-titrage en direct en français et en anglais sur l'écran principal."),
                            Q("accessibilite.html", "Interprétation français–anglais pendant toutes les sessions."),
                            Q("accessibilite.html", "Pas d'interprète en langue des signes cette année.", "negation")],
        "videos_without_captions": [M(P, '<track kind="captions"', "captioned")],
        "pdf_only_documents": [Q("sponsors.html", "Prospectus sponsors (PDF)", "sponsor prospectus: not a participation document")],
    })
