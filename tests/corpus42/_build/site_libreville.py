from lib import *
s = mk("colloque-centres-donnees-energie-libreville", "Université des Sciences et Techniques de l'Estuaire — Colloque CDE 2027", "fr-GA", "#3a7d44", "CDE",
       [("index.html", "Accueil"), ("tarifs.html", "Frais d'inscription"), ("inscription.html", "Inscription"), ("virtuel.html", "Présentations virtuelles"),
        ("accessibilite.html", "Accessibilité"), ("programme.html", "Programme"), ("partenaires.html", "Partenaires"), ("pratique.html", "Infos pratiques")],
       foot={"fr-GA": "<p>USTE, Boulevard Triomphal, Libreville. colloque-cde@uste.example.ga</p>"})
NOFREE = "Aucune inscription n'est gratuite, y compris pour les intervenants."
STU = "Les étudiants bénéficient d'un tarif réduit sur présentation de leur carte."
VIRT = "Les communicants qui ne peuvent pas se déplacer présentent leur communication par Zoom et répondent en direct aux questions de la salle."
EN = "The Colloquium on Data Centres and Energy in Central Africa takes place in Libreville on 3 and 4 June. Registration costs 50,000 FCFA for academics and 15,000 FCFA for students; virtual presentations over Zoom with live questions cost 25,000 FCFA."
STEP = "L'amphithéâtre est de plain-pied et accessible en fauteuil roulant."
INTERP = "Une interprétation simultanée français–anglais est assurée en plénière."
NOSIGN = "Il n'y a pas d'interprète en langue des signes cette année."
CONTACT = "Pour tout besoin d'accessibilité, écrivez à acces@uste.example.ga."
APC = "Frais de publication dans la revue partenaire (APC) : 150 €."
HOTEL = "Hôtel partenaire : 65 000 FCFA la nuit."
s.page("index.html", "Colloque Centres de données et énergie 2027", f"""
<h1>Colloque « Centres de données et énergie en Afrique centrale »</h1>
<p>Mbolo ! Libreville, 3 et 4 juin 2027.</p>
<p><a href="@tarifs.html">Frais d'inscription</a> · <a href="@inscription.html">S'inscrire</a></p>
{video("media/annonce.mp4")}
<section lang="en"><h2>In English</h2><p>{EN}</p></section>
<p><a href="@actes-2025.html">Actes 2025</a></p>
""")
placeholder_media(s, "media/annonce.mp4")
s.page("tarifs.html", "Frais d'inscription", f"""
<h1>Frais d'inscription</h1>
<table><caption>Tarifs</caption>
<tr><th>Catégorie</th><th>FCFA</th><th>€ (participants de l'étranger)</th></tr>
<tr><td>Enseignants-chercheurs et professionnels</td><td>50 000</td><td>76</td></tr>
<tr><td>Étudiants</td><td>15 000</td><td>23</td></tr>
<tr><td>Présentation virtuelle</td><td>25 000</td><td>38</td></tr>
</table>
<p>{NOFREE}</p><p>{STU}</p>
""")
s.page("inscription.html", "Inscription", """
<h1>Formulaire d'inscription</h1>
<form action="@inscription.html" method="post">
""" + fld("nom", "Nom (renseignement exigé)") + fld("pre", "Prénom (renseignement exigé)") + fld("em", "Courriel (renseignement exigé)", "email")
 + fld("tel", "Téléphone (renseignement exigé)", "tel") + fld("etab", "Établissement ou employeur (renseignement exigé)")
 + fld("pays", "Pays de résidence (renseignement exigé)", "select", opts=["Gabon", "Cameroun", "Congo", "Autre"])
 + radios("cat", "Catégorie (renseignement exigé)", ["Enseignant-chercheur / professionnel", "Étudiant"])
 + radios("mode", "Mode de présentation (renseignement exigé)", ["Sur place", "Virtuelle"])
 + fld("titre", "Titre de la communication") + fld("res", "Résumé (fichier)", "file") + fld("cni", "Numéro de CNI ou de passeport")
 + """
<div class="g-recaptcha" data-sitekey="6Lc-uste-cde"></div>
<button type="submit">Envoyer</button></form>
""")
s.page("virtuel.html", "Présentations virtuelles", f"<h1>Présentations virtuelles</h1><p>{VIRT}</p>")
s.page("accessibilite.html", "Accessibilité", f"<h1>Accessibilité</h1><p>{STEP}</p><p>{INTERP}</p><p>{NOSIGN}</p><p>{CONTACT}</p>")
s.page("programme.html", "Programme", """<h1>Programme</h1><p>Le programme détaillé est disponible uniquement en PDF : <a href="@docs/programme.pdf">programme (PDF)</a>.</p>""")
s.pdf("docs/programme.pdf", "Colloque CDE 2027 - programme")
s.page("partenaires.html", "Partenaires", f"<h1>Partenaires</h1><p>Stand d'exposition : 500 000 FCFA.</p><p>{APC}</p>")
s.page("pratique.html", "Infos pratiques", f"<h1>Infos pratiques</h1><p>{HOTEL}</p><p>Taxi depuis l'aéroport : 3 000 FCFA.</p>")
P = "index.html tarifs.html inscription.html virtuel.html accessibilite.html programme.html".split()
ENTRY = entry(s, name="Colloque Centres de données et énergie — Libreville", languages=["fr", "en"],
    fees=[(50000, "XAF"), (15000, "XAF"), (25000, "XAF"), (76, "EUR"), (23, "EUR"), (38, "EUR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(11, 8, ["affiliation", "id_document", "phone"]), registration_host=None, registration_pdf_only=False,
    min_age=None, accessibility_statement=True, access_services=["interpretation", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True, participation_pages=P, deliberate_404=["actes-2025.html"],
    evidence={
     "languages": [Q("index.html", "Libreville, 3 et 4 juin 2027."), Q("index.html", EN, "English section"), N("Mbolo: Fang greeting, not content")],
     "un_languages": [N("fr, en")],
     "fees": [N("table with FCFA and € columns: 50 000/76, 15 000/23, 25 000/38", "tarifs.html"), Q("index.html", EN, "restated: no new entry"),
              Q("partenaires.html", APC, "APC: not a fee"), Q("pratique.html", HOTEL, "hotel: not a fee")],
     "free_option": [Q("tarifs.html", NOFREE)],
     "fee_support": [Q("tarifs.html", STU)],
     "remote_participation": [Q("virtuel.html", VIRT)],
     "captcha": [M("inscription.html", 'class="g-recaptcha"')],
     "account_required": [N("own form, no account mentioned", "inscription.html")],
     "registration_form": [N("11 fields: nom*, prénom*, courriel*, téléphone*, établissement*, pays*, catégorie radio*, mode radio*, titre, fichier, CNI/passeport; 8 required", "inscription.html")],
     "registration_host": [N("own form")],
     "registration_pdf_only": [N("online form")],
     "min_age": [N("no age stated")],
     "accessibility_statement": [Q("accessibilite.html", STEP)],
     "access_services": [Q("accessibilite.html", STEP), Q("accessibilite.html", INTERP), Q("accessibilite.html", NOSIGN, "negation")],
     "videos_without_captions": [M("index.html", 'src="media/annonce.mp4">')],
     "pdf_only_documents": [Q("programme.html", "Le programme détaillé est disponible uniquement en PDF")],
    })
