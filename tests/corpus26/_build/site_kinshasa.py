"""Young entrepreneurs' forum and job fair (made-up youth enterprise network, Kinshasa, DR Congo): fr-CD, Lingala
section with lang."""
from lib import *

NAV = [("index.html", "Accueil"), ("programme.html", "Programme"), ("ateliers.html", "Ateliers et tarifs"),
       ("inscription.html", "Inscription"), ("acces.html", "Accessibilité"), ("exposants.html", "Exposants"),
       ("hebergement.html", "Hébergement"), ("offres.html", "Offres d'emploi")]
s = mk("forum-jeunes-entrepreneurs-kinshasa", "Forum des jeunes entrepreneurs de Kinshasa", "fr-CD", "#0067a5", "FJE", NAV,
       foot={"fr-CD": "<p>Réseau Jeunesse et Entreprise (fictif), avenue du Commerce, Gombe, Kinshasa · forum@jeunes-entreprise.example.cd</p>"})

s.page("index.html", "Forum des jeunes entrepreneurs de Kinshasa 2027", """
<h1>Forum des jeunes entrepreneurs de Kinshasa 2027</h1>
<p>Le 12 et le 13 novembre 2027, au Palais du Peuple, le forum réunit jeunes porteurs de projets, coopératives, banques de microfinance et employeurs pour deux jours de conférences, d'ateliers pratiques et un salon de l'emploi.</p>
<p>L'entrée au forum et au salon de l'emploi est gratuite pour toutes et tous, sur inscription.</p>
<ul>
<li><a href="@programme.html">Programme</a></li>
<li><a href="@ateliers.html">Ateliers et tarifs</a></li>
<li><a href="@inscription.html">Inscription</a></li>
<li><a href="@acces.html">Accessibilité</a></li>
<li><a href="@edition-2025.html">Bilan de l'édition 2025</a></li>
</ul>
""" + video("media/forum-2026.mp4") + """
<section lang="ln">
<h2>Na lingala</h2>
<p>Forum oyo ezali mpo na bilenge ya Kinshasa oyo balingi kofungola mombongo to koluka mosala. Kokota na forum ezali ofele.</p>
<p>Bosala inscription liboso ya sanza ya zomi na moko. Boya ebele!</p>
</section>
""")
placeholder_media(s, "media/forum-2026.mp4")

s.page("programme.html", "Programme – Forum des jeunes entrepreneurs", """
<h1>Programme</h1>
<p>Jour 1 : conférence d'ouverture, table ronde « Financer son premier commerce », salon de l'emploi.</p>
<p>Jour 2 : ateliers pratiques, concours de pitch, remise des prix.</p>
<p>Le forum se tient uniquement en présentiel : il n'y a pas de participation en ligne.</p>
""")

s.page("ateliers.html", "Ateliers et tarifs – Forum des jeunes entrepreneurs", """
<h1>Ateliers pratiques et tarifs</h1>
<p>Les ateliers de formation (comptabilité simple, vente en ligne, plan d'affaires) sont payants : 25 USD ou 60 000 FC par atelier.</p>
<p>Étudiantes et étudiants : 10 USD par atelier, sur présentation de la carte d'étudiant.</p>
<p>Les conférences, tables rondes et le salon de l'emploi restent gratuits.</p>
""")

s.page("inscription.html", "Inscription – Forum des jeunes entrepreneurs", """
<h1>Inscription</h1>
<p>Le forum s'adresse aux jeunes âgés de 18 à 35 ans.</p>
<form action="@inscription.html" method="post">
""" + fld("nom", "Nom (obligatoire)") + fld("prenom", "Prénom (obligatoire)") + fld("tel", "Téléphone ou WhatsApp (obligatoire)", "tel")
    + fld("email", "E-mail", "email") + fld("electeur", "Numéro de carte d'électeur (obligatoire)")
    + fld("commune", "Commune", "select", opts=["Gombe", "Lingwala", "Masina", "Ndjili", "Autre"])
    + radios("sexe", "Sexe (obligatoire)", ["Femme", "Homme"]) + fld("naissance", "Date de naissance (obligatoire)", "date")
    + fld("projet", "Entreprise ou projet") + fld("atelier", "Atelier souhaité", "select", opts=["Aucun", "Comptabilité", "Vente en ligne", "Plan d'affaires"])
    + fld("cv", "CV pour le salon de l'emploi", "file") + """
<div id="arkose-enforcement" class="arkose-labs" data-pkey="example-kinshasa-forum"></div>
<button type="submit">S'inscrire</button>
</form>
""")

s.page("acces.html", "Accessibilité – Forum des jeunes entrepreneurs", """
<h1>Accessibilité</h1>
<p>La salle des conférences est au rez-de-chaussée et accessible en fauteuil roulant par l'entrée latérale.</p>
<p>Des interprètes en langue des signes congolaise traduisent la conférence d'ouverture et les tables rondes.</p>
<p>Une garderie avec des animatrices accueille les enfants des participantes et participants pendant les ateliers.</p>
""")

s.page("exposants.html", "Exposants – Forum des jeunes entrepreneurs", """
<h1>Exposants</h1>
<p>Stand au salon de l'emploi : 300 USD. Partenaire officiel : 5 000 USD.</p>
""")

s.page("hebergement.html", "Hébergement – Forum des jeunes entrepreneurs", """
<h1>Hébergement et transport</h1>
<p>Hôtel partenaire à la Gombe : 90 USD la nuit.</p>
<p>Un trajet en taxi-bus depuis Matete coûte environ 1 500 FC.</p>
""")

s.page("offres.html", "Offres d'emploi – Forum des jeunes entrepreneurs", """
<h1>Offres d'emploi du salon</h1>
<p>Agent commercial, microfinance : 350 USD par mois.</p>
<p>Assistante logistique : 280 USD par mois.</p>
""")

P = ["index.html", "programme.html", "ateliers.html", "inscription.html", "acces.html"]
ENTRY = entry(s, name="Kinshasa Young Entrepreneurs' Forum 2027 (youth enterprise network, Kinshasa, DR Congo)",
    languages=["fr", "ln"], fees=[(25, "USD"), (60000, "CDF"), (10, "USD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["arkose"], account_required=False,
    registration_form=(11, 6, ["phone", "id_document", "gender", "birth_date", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"],
    videos_without_captions=1, pdf_only_documents=False, participation_pages=P, deliberate_404=["edition-2025.html"],
    evidence={
        "languages": [Q("index.html", "le forum réunit jeunes porteurs de projets, coopératives, banques de microfinance et employeurs"),
                      M("index.html", '<section lang="ln">', "Lingala section with lang"),
                      Q("index.html", "Forum oyo ezali mpo na bilenge ya Kinshasa oyo balingi kofungola mombongo to koluka mosala.")],
        "un_languages": [N("fr")],
        "fees": [Q("ateliers.html", "25 USD ou 60 000 FC par atelier", "same price in two currencies: two entries"),
                 Q("ateliers.html", "Étudiantes et étudiants : 10 USD par atelier"),
                 Q("exposants.html", "Stand au salon de l'emploi : 300 USD.", "stand, partnership: not fees"),
                 Q("hebergement.html", "Hôtel partenaire à la Gombe : 90 USD la nuit.", "hotel, taxi-bus: not fees"),
                 Q("offres.html", "350 USD par mois", "salary: not a fee")],
        "free_option": [Q("index.html", "L'entrée au forum et au salon de l'emploi est gratuite pour toutes et tous, sur inscription.")],
        "fee_support": [Q("ateliers.html", "Étudiantes et étudiants : 10 USD par atelier", "student rate below 25")],
        "remote_participation": [Q("programme.html", "il n'y a pas de participation en ligne")],
        "captcha": [M("inscription.html", '<div id="arkose-enforcement"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (surname, first name, phone/WhatsApp, e-mail, voter card number, commune select, sex radio, birth date, company or project, workshop select, CV file); 6 marked (obligatoire); sensitive phone, id_document, gender, birth_date, affiliation", "inscription.html"),
                              Q("inscription.html", "Numéro de carte d'électeur (obligatoire)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscription.html", "Le forum s'adresse aux jeunes âgés de 18 à 35 ans.")],
        "accessibility_statement": [Q("acces.html", "La salle des conférences est au rez-de-chaussée et accessible en fauteuil roulant")],
        "access_services": [Q("acces.html", "accessible en fauteuil roulant", "wheelchair_access"),
                            Q("acces.html", "Des interprètes en langue des signes congolaise", "sign_language"),
                            Q("acces.html", "Une garderie avec des animatrices accueille les enfants", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/forum-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
