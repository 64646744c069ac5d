"""Parakou, Benin: a civil-society coalition's forum on digital rights and community radios (fr-BJ)."""
from lib import *

SLUG = "forum-droits-numeriques-parakou"
NAME = "Forum citoyen sur les droits numériques du Nord-Bénin"
NAV = [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("programme.html", "Programme"),
       ("bourses.html", "Bourses de voyage"), ("accessibilite.html", "Accessibilité"),
       ("partenaires.html", "Partenaires"), ("infos.html", "Infos pratiques")]
s = mk(SLUG, NAME, "fr-BJ", "#7a2e0b", "FDN", NAV,
       foot={"fr-BJ": "<p>Coalition Citoyenne pour le Numérique (fictive), Parakou — contact@fcdn.example.bj</p>"})

P = "index.html"
s.page(P, NAME, """
<h1>Forum citoyen sur les droits numériques du Nord-Bénin</h1>
<p>Ka buura ! Les 9 et 10 avril 2027, à l'Université de Parakou, la Coalition réunit radios communautaires, associations, étudiants et élus locaux autour de la liberté d'expression en ligne, de l'identité numérique et de l'accès à internet dans les communes rurales.</p>
<p>La participation au forum est gratuite.</p>
<p><a href="@inscription.html">S'inscrire</a> · <a href="@edition-2025.html">Édition 2025</a></p>
<section>
<h2>For English-speaking participants</h2>
<p>The Citizens' Forum on Digital Rights in Northern Benin takes place on 9–10 April 2027 at the University of Parakou. Taking part is free. Sessions are held in French with interpretation into Bariba and Dendi; English-speaking participants from Nigeria are welcome and can ask for help at contact@fcdn.example.bj.</p>
</section>
""")

s.page("inscription.html", "Inscription", """
<h1>Formulaire d'inscription</h1>
<p>Le forum est ouvert aux personnes âgées d'au moins dix-huit ans.</p>
<form action="@inscription.html" method="post">
""" + fld("nom", "Nom et prénoms (à renseigner sans faute)") + fld("email", "Adresse e-mail (à renseigner sans faute)", "email")
  + fld("tel", "Téléphone (à renseigner sans faute)", "tel") + fld("cip", "Numéro CIP (à renseigner sans faute)")
  + fld("org", "Organisation ou radio communautaire (à renseigner sans faute)")
  + fld("dep", "Département (à renseigner sans faute)", "select", opts=["Borgou", "Alibori", "Atacora", "Donga", "Autre"])
  + radios("sexe", "Sexe", ["Femme", "Homme"])
  + fld("formation", "Je m'inscris aussi à la formation payante à la vérification des faits", "checkbox")
  + fld("besoins", "Besoins d'accessibilité", "textarea")
  + fld("photo", "J'accepte d'être photographié(e)", "checkbox") + """
<altcha-widget challengeurl="/api/altcha/challenge"></altcha-widget>
<button type="submit">Envoyer</button>
</form>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul>
<li>Vendredi 9 avril : ouverture, panel sur les coupures d'internet, atelier sur la protection des données.</li>
<li>Samedi 10 avril : identité numérique, radios communautaires en ligne, déclaration finale.</li>
</ul>
<p>Formation à la vérification des faits, organisée par le forum le samedi après-midi : 5 000 F CFA (places limitées).</p>
<p>Le forum se tient uniquement en présentiel ; une retransmission sur Facebook permet seulement de regarder.</p>
""")

s.page("bourses.html", "Bourses de voyage", """
<h1>Bourses de voyage</h1>
<p>Des bourses de voyage sont offertes aux journalistes de radios communautaires de l'Alibori et de l'Atacora. Chaque bourse couvre le transport et deux nuits d'hébergement (jusqu'à 40 000 F CFA).</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>L'amphithéâtre de l'Université de Parakou est de plain-pied et accessible en fauteuil roulant.</p>
<p>Interprétation en langue des signes béninoise pendant les plénières.</p>
<p>Interprétation français–bariba–dendi dans toutes les sessions.</p>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Notre partenaire TechAcadémie propose sur son propre site un cours de certification en cybersécurité (45 000 F CFA) ; ce cours ne fait pas partie du forum.</p>
<p>Parrainage : partenaire principal 1 500 000 F CFA, stand 150 000 F CFA.</p>
""")

s.page("infos.html", "Infos pratiques", """
<h1>Infos pratiques</h1>
<p>Hôtel du Borgou : 25 000 F CFA la nuit. Zémidjan depuis la gare : 300 F CFA.</p>
""")

ENTRY = entry(s, name="Citizens' forum on digital rights in Northern Benin, Parakou", languages=["fr", "en"],
    fees=[(5000, "XOF")], free_option=True, fee_support=True, remote_participation=False, captcha=["other"],
    account_required=False, registration_form=(10, 6, ["phone", "id_document", "affiliation", "gender"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "inscription.html", "programme.html", "bourses.html", "accessibilite.html"],
    deliberate_404=["edition-2025.html"],
    evidence={
        "languages": [Q(P, "Les 9 et 10 avril 2027, à l'Université de Parakou, la Coalition réunit radios communautaires"),
                      Q(P, "The Citizens' Forum on Digital Rights in Northern Benin takes place on 9–10 April 2027 at the University of Parakou.", "English section without lang"),
                      Q(P, "Ka buura !", "Bariba greeting: not content")],
        "un_languages": [N("fr and en")],
        "fees": [Q("programme.html", "Formation à la vérification des faits, organisée par le forum le samedi après-midi : 5 000 F CFA", "paid training of the forum itself: fee"),
                 Q("partenaires.html", "cours de certification en cybersécurité (45 000 F CFA) ; ce cours ne fait pas partie du forum.", "partner's course: not a fee"),
                 Q("bourses.html", "(jusqu'à 40 000 F CFA)", "grant: not a fee"),
                 Q("partenaires.html", "partenaire principal 1 500 000 F CFA", "sponsor: not a fee"),
                 Q("infos.html", "Hôtel du Borgou : 25 000 F CFA la nuit.", "hotel: not a fee")],
        "free_option": [Q(P, "La participation au forum est gratuite.")],
        "fee_support": [Q("bourses.html", "Des bourses de voyage sont offertes aux journalistes de radios communautaires de l'Alibori et de l'Atacora.")],
        "remote_participation": [Q("programme.html", "Le forum se tient uniquement en présentiel ; une retransmission sur Facebook permet seulement de regarder.")],
        "captcha": [M("inscription.html", "<altcha-widget", "ALTCHA: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [Q("inscription.html", "Numéro CIP (à renseigner sans faute)"),
                              N("10 fields: name, email, phone, CIP, organisation, department, sex, training checkbox, access needs, photo consent; 6 with the marker")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscription.html", "Le forum est ouvert aux personnes âgées d'au moins dix-huit ans.")],
        "accessibility_statement": [Q("accessibilite.html", "L'amphithéâtre de l'Université de Parakou est de plain-pied et accessible en fauteuil roulant.")],
        "access_services": [Q("accessibilite.html", "Interprétation en langue des signes béninoise pendant les plénières."),
                            Q("accessibilite.html", "Interprétation français–bariba–dendi dans toutes les sessions.")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("programme in HTML; no PDF")],
    })
