from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
NAV = [("index.html", "Accueil"), ("tarifs.html", "Tarifs"), ("inscription.html", "Inscription"), ("faq.html", "FAQ"),
       ("accessibilite.html", "Accessibilité"), ("boutique.html", "Boutique"), ("hebergement.html", "Hébergement"), ("prix.html", "Prix du tournoi")]
s = mk("forum-clubs-echecs-scolaires-kinshasa", "Forum des clubs d'échecs scolaires — Kinshasa", "fr-CD", "#3a3a3a", "♞", NAV,
       foot={"fr-CD": "<p>Ligue des Échecs à l'École (fictive), avenue de la Justice 21, Gombe, Kinshasa. <a href=\"mailto:forum@echecs-ecole.example.cd\">forum@echecs-ecole.example.cd</a></p>"})
placeholder_media(s, "media/simultanee.mp4")
s.page("index.html", "Forum des clubs d'échecs scolaires 2027", """
<h1>Forum des clubs d'échecs scolaires 2027</h1>
<p>Entraîneurs, enseignants et élèves des clubs d'échecs des écoles de Kinshasa se retrouvent les 13 et 14 novembre 2027 au Lycée du Mont-Amba : ateliers d'ouvertures, formation des entraîneurs, simultanée géante et débat sur l'échec comme outil de calcul en classe.</p>
""" + video("media/simultanee.mp4") + """
<p><a href="@tarifs.html">Tarifs</a> · <a href="@inscription.html">Inscription</a> · <a href="@palmares-2026.html">Palmarès 2026</a></p>
<section lang="ln">
<h2>Na Lingala</h2>
<p>Forum oyo ezali mpo na ba clubs ya échecs ya biteyelo ya Kinshasa. Ba entraîneurs, ba molakisi mpe bana kelasi bakokutana mikolo mibale na Lycée du Mont-Amba mpo na koyekola mpe kosakana.</p>
<p>Ba entraîneurs bakofuta 25 000 FC, bana kelasi 10 000 FC. Bana ya ba clubs oyo ezali na Ligue bakofuta eloko te.</p>
</section>
""")
s.page("tarifs.html", "Tarifs", """
<h1>Frais de participation</h1>
<table><caption>Frais (francs congolais)</caption>
<tr><th>Catégorie</th><th>Montant</th></tr>
<tr><td>Entraîneurs et enseignants</td><td>25 000 FC</td></tr>
<tr><td>Élèves de clubs non membres</td><td>10 000 FC</td></tr>
<tr><td>Élèves des clubs membres de la Ligue</td><td>gratuit</td></tr>
</table>
""")
s.page("inscription.html", "Inscription", """
<h1>Inscription</h1>
<form action="@inscription.html" method="post">
""" + fld("nom", "Nom de l'élève ou de l'entraîneur (à remplir)") + fld("naiss", "Date de naissance (à remplir)", "date")
  + fld("ecole", "École ou club (à remplir)") + fld("lic", "Numéro de licence de la fédération")
  + fld("tut", "Nom du parent ou tuteur (à remplir)") + fld("teltut", "Téléphone du parent ou tuteur (à remplir)", "tel")
  + fld("mail", "Courriel", "email") + fld("commune", "Commune", "select", opts=["Gombe", "Lemba", "Limete", "Masina", "Ngaliema"])
  + radios("cat", "Catégorie (à remplir)", ["Élève de club membre", "Élève de club non membre", "Entraîneur ou enseignant"])
  + fld("autor", "Autorisation parentale donnée", "checkbox", req=True) + """
<div class="cf-turnstile" data-sitekey="0x4AAAAkinshasa"></div>
<button type="submit">S'inscrire</button>
</form>
<p>Le forum est ouvert aux joueurs à partir de huit ans.</p>
""")
s.page("faq.html", "FAQ", """
<h1>Questions fréquentes</h1>
<details open><summary>Les clubs de l'intérieur peuvent-ils participer ?</summary><p>Oui. Les clubs de l'intérieur jouent et posent leurs questions aux entraîneurs sur Google Meet.</p></details>
<details open><summary>Faut-il un compte ?</summary><p>Non, le formulaire suffit.</p></details>
""")
s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle polyvalente du lycée est au rez-de-chaussée, avec une rampe pour fauteuils roulants.</p>
<p>Une interprétation en langue des signes congolaise est possible sur demande.</p>
<p>Il n'y a pas de sous-titrage en direct.</p>
<p>Contact : <a href="mailto:acces@echecs-ecole.example.cd">acces@echecs-ecole.example.cd</a></p>
""")
s.page("boutique.html", "Boutique", """
<h1>Boutique</h1>
<p>Jeu d'échecs en bois : 15 000 FC. Pendule : 45 000 FC.</p>
""")
s.page("hebergement.html", "Hébergement", """
<h1>Hébergement</h1>
<p>Hôtel partenaire : 60 $ la nuit. Taxi-bus Matete–Lemba : 1 500 FC.</p>
""")
s.page("prix.html", "Prix du tournoi", """
<h1>Prix</h1>
<p>Premier prix du tournoi scolaire : 200 000 FC.</p>
""")
ENTRY = entry(s, name="Forum of school chess clubs 2027 (school chess league, Kinshasa, DR Congo)",
    languages=["fr", "ln"], fees=[(25000, "CDF"), (10000, "CDF")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(10, 7, ["birth_date", "affiliation", "phone"]), min_age=8,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=1,
    participation_pages=["index.html", "tarifs.html", "inscription.html", "faq.html", "accessibilite.html"],
    deliberate_404=["palmares-2026.html"],
    evidence={
        "languages": [Q("index.html", "Entraîneurs, enseignants et élèves des clubs d'échecs"), M("index.html", '<section lang="ln">', "Lingala section"),
                      Q("index.html", "Forum oyo ezali mpo na ba clubs ya échecs ya biteyelo ya Kinshasa.")],
        "un_languages": [N("fr")],
        "fees": [Q("tarifs.html", "25 000 FC", "25000 CDF"), Q("tarifs.html", "10 000 FC", "10000 CDF pupils"),
                 Q("index.html", "Ba entraîneurs bakofuta 25 000 FC, bana kelasi 10 000 FC.", "Lingala restatement: no new entry"),
                 Q("boutique.html", "Jeu d'échecs en bois : 15 000 FC.", "goods: not fees"),
                 Q("hebergement.html", "Hôtel partenaire : 60 $ la nuit.", "hotel (USD), taxi-bus: not fees"),
                 Q("prix.html", "Premier prix du tournoi scolaire : 200 000 FC.", "prize: not a fee")],
        "free_option": [Q("tarifs.html", "Élèves des clubs membres de la Ligue", "row: gratuit")],
        "fee_support": [Q("tarifs.html", "Élèves de clubs non membres", "pupils' rate below coaches' rate")],
        "remote_participation": [Q("faq.html", "Oui. Les clubs de l'intérieur jouent et posent leurs questions aux entraîneurs sur Google Meet.")],
        "captcha": [M("inscription.html", '<div class="cf-turnstile"')],
        "account_required": [Q("faq.html", "Non, le formulaire suffit.")],
        "registration_form": [N("10 fields (name, birth date, school/club, licence number, guardian's name, guardian's phone, e-mail, commune select, category radio, consent checkbox); required: 6 marked (à remplir) + consent = 7; licence number not an ID", "inscription.html"),
                              Q("inscription.html", "Téléphone du parent ou tuteur (à remplir)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscription.html", "Le forum est ouvert aux joueurs à partir de huit ans.")],
        "accessibility_statement": [Q("accessibilite.html", "La salle polyvalente du lycée est au rez-de-chaussée, avec une rampe pour fauteuils roulants.")],
        "access_services": [Q("accessibilite.html", "avec une rampe pour fauteuils roulants", "wheelchair_access"),
                            Q("accessibilite.html", "Une interprétation en langue des signes congolaise est possible sur demande.", "sign_language"),
                            Q("accessibilite.html", "Il n'y a pas de sous-titrage en direct.", "captions negated")],
        "videos_without_captions": [M("index.html", 'src="media/simultanee.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
