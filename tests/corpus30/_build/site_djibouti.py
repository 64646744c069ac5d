"""Regional workshop of desalination technicians, national water utility's training centre, Djibouti (fr-DJ, so section with lang)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Accueil"), ("tarifs.html", "Tarifs"), ("formulaire.html", "Inscription"), ("distance.html", "À distance"),
       ("accessibilite.html", "Accessibilité"), ("exposants.html", "Exposants"), ("hebergement.html", "Hébergement"),
       ("emplois.html", "Emplois")]
FOOT = {"fr-DJ": "<p>Centre de formation de l'Office de l'eau, boulevard de la République, Djibouti. atelier@eau.example.dj</p>"}
s = mk("atelier-techniciens-dessalement-djibouti", "Atelier régional des techniciens du dessalement 2027", "fr-DJ", "#0077b6", "DS", NAV, foot=FOOT)
placeholder_media(s, "media/usine-doraleh.mp4")
s.pdf("docs/programme-atelier-2027.pdf", "Programme - Atelier regional des techniciens du dessalement 2027")

s.page("index.html", "Atelier régional des techniciens du dessalement 2027", """
<h1>Atelier régional des techniciens du dessalement</h1>
<p>Du 10 au 12 novembre 2027, le centre de formation de l'Office de l'eau réunit à Djibouti les techniciens, ingénieurs et étudiants des pays de la Corne de l'Afrique qui exploitent ou entretiennent des unités de dessalement par osmose inverse.</p>
<p>Le <a href="@docs/programme-atelier-2027.pdf">programme détaillé</a> est publié uniquement en PDF.</p>
""" + video("media/usine-doraleh.mp4") + """
<section lang="so">
<h2>Af-Soomaali</h2>
<p>Aqoon-is-weydaarsiga farsamoyaqaannada biyaha badda milixda looga saaro wuxuu ka dhici doonaa magaalada Jabuuti 10 ilaa 12 Nofembar 2027. Waxaa lagu baran doonaa dayactirka mashiinnada iyo badbaadada shaqaalaha.</p>
<p>Ardayda jaamacadda waxay bixinayaan qiimo dhimis ah; is-diiwaangelinta waxay ku jirtaa bogga faransiiska.</p>
</section>
""")

s.page("tarifs.html", "Tarifs", """
<h1>Droits d'inscription</h1>
<table>
<caption>Tarifs en francs Djibouti</caption>
<tr><th>Catégorie</th><th>Montant</th></tr>
<tr><td>Professionnels</td><td>25 000 FDJ</td></tr>
<tr><td>Étudiants</td><td>10 000 FDJ</td></tr>
</table>
<p>Visite de terrain de l'usine de dessalement de Doraleh (option) : 5 000 FDJ, transport en car compris.</p>
<p>Aucune inscription gratuite n'est prévue, y compris pour les intervenants.</p>
""")

form = ('<form action="@formulaire.html" method="post">'
        + fld("nom", "Nom (obligatoire)") + fld("prenom", "Prénom (obligatoire)")
        + fld("cni", "Numéro de carte nationale d'identité ou de passeport (obligatoire)")
        + fld("nationalite", "Nationalité", "select", False, ["Djiboutienne", "Éthiopienne", "Somalienne", "Érythréenne", "Autre"])
        + fld("naissance", "Date de naissance", "date") + fld("email", "Courriel (obligatoire)", "email")
        + fld("tel", "Téléphone", "tel") + fld("organisme", "Organisme ou université")
        + radios("categorie", "Catégorie (obligatoire)", ["Professionnel", "Étudiant"])
        + fld("visite", "Je participe à la visite de l'usine de Doraleh (5 000 FDJ)", "checkbox")
        + fld("resume", "Résumé de communication (facultatif)", "file")
        + '<div class="cf-turnstile" data-sitekey="0x4AAAA-example-djibouti"></div>'
        + '<button type="submit">Valider l’inscription</button></form>')
s.page("formulaire.html", "Inscription", """
<h1>Formulaire d'inscription</h1>
<p>Les inscriptions sont ouvertes jusqu'au 15 octobre 2027.</p>
""" + form)

s.page("distance.html", "À distance", """
<h1>Participer à distance</h1>
<p>Les communications des participants qui ne peuvent pas se déplacer sont présentées sur Microsoft Teams ; les orateurs à distance répondent en direct aux questions de la salle.</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle de formation est au deuxième étage, desservie par un ascenseur accessible en fauteuil roulant.</p>
<p>Une interprétation en langue des signes est possible sur demande, au plus tard un mois avant l'atelier.</p>
<p>Pas de sous-titrage en direct cette année.</p>
<p>Contact : accessibilite@eau.example.dj</p>
""")

s.page("exposants.html", "Exposants", """
<h1>Exposants</h1>
<p>Stand équipé pour les fournisseurs de membranes : 300 000 FDJ. Sponsor principal : 1 500 000 FDJ.</p>
""")

s.page("hebergement.html", "Hébergement", """
<h1>Hébergement et transport</h1>
<p>Hôtel partenaire au Plateau du Serpent : 18 000 FDJ la nuit. Taxi de l'aéroport : environ 2 000 FDJ.</p>
<p>Train Addis-Abeba – Djibouti : à partir de 6 000 FDJ.</p>
""")

s.page("emplois.html", "Emplois", """
<h1>Offres d'emploi</h1>
<p>Technicien d'exploitation, unité de Tadjourah : 180 000 FDJ par mois.</p>
""")

ENTRY = entry(
    s, name="Regional workshop of desalination technicians 2027 (national water utility's training centre, Djibouti)",
    languages=["fr", "so"],
    fees=[(25000, "DJF"), (10000, "DJF"), (5000, "DJF")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(11, 5, ["id_document", "nationality", "birth_date", "phone", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "tarifs.html", "formulaire.html", "distance.html", "accessibilite.html"],
    evidence={
        "languages": [Q("index.html", "le centre de formation de l'Office de l'eau réunit à Djibouti les techniciens, ingénieurs et étudiants"),
                      M("index.html", '<section lang="so">', "Somali section with lang"),
                      Q("index.html", "Waxaa lagu baran doonaa dayactirka mashiinnada iyo badbaadada shaqaalaha.")],
        "un_languages": [N("fr")],
        "fees": [Q("tarifs.html", "25 000 FDJ", "25000 DJF"), Q("tarifs.html", "10 000 FDJ", "student 10000 DJF"),
                 Q("tarifs.html", "Visite de terrain de l'usine de dessalement de Doraleh (option) : 5 000 FDJ", "paid field visit of the workshop: 5000 DJF"),
                 Q("exposants.html", "Stand équipé pour les fournisseurs de membranes : 300 000 FDJ.", "stand and sponsor: not fees"),
                 Q("hebergement.html", "Hôtel partenaire au Plateau du Serpent : 18 000 FDJ la nuit.", "hotel, taxi, train: not fees"),
                 Q("emplois.html", "180 000 FDJ par mois", "salary: not a fee")],
        "free_option": [Q("tarifs.html", "Aucune inscription gratuite n'est prévue, y compris pour les intervenants.")],
        "fee_support": [Q("tarifs.html", "Étudiants", "student rate 10000 below 25000")],
        "remote_participation": [Q("distance.html", "les orateurs à distance répondent en direct aux questions de la salle")],
        "captcha": [M("formulaire.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (surname, first name, ID/passport, nationality select, birth date, e-mail, phone, organisation, category radio, visit checkbox, abstract file); required: 5 marked (obligatoire) incl. the category legend... = 5 labels + 1 legend = 6; sensitive id_document, nationality, birth_date, phone, affiliation", "formulaire.html"),
                              Q("formulaire.html", "Numéro de carte nationale d'identité ou de passeport (obligatoire)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accessibilite.html", "desservie par un ascenseur accessible en fauteuil roulant")],
        "access_services": [Q("accessibilite.html", "desservie par un ascenseur accessible en fauteuil roulant", "wheelchair_access"),
                            Q("accessibilite.html", "Une interprétation en langue des signes est possible sur demande", "sign_language on request"),
                            Q("accessibilite.html", "Pas de sous-titrage en direct cette année.", "captions negated")],
        "videos_without_captions": [M("index.html", 'src="media/usine-doraleh.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "est publié uniquement en PDF", "programme only as PDF")],
    })
