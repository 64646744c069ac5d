from lib import mk, placeholder_media, video, Q, M, N, entry, fld

NAV = [("index.html", "Accueil"), ("participation.html", "Participation et frais"), ("inscription.html", "Inscription"),
       ("programme.html", "Programme"), ("accessibilite.html", "Accessibilité"), ("partenaires.html", "Partenaires"),
       ("hebergement.html", "Hébergement"), ("emplois.html", "Emplois")]
s = mk("forum-jeunes-eau-ndjamena", "Forum national des jeunes sur l'eau et l'assainissement 2027", "fr-TD", "#1b7f9c", "FJ",
       NAV, foot={"fr-TD": "<p>Réseau des jeunes pour l'eau du Tchad (fictif) · forum@jeunes-eau.example.td</p>"})
placeholder_media(s, "media/forum.mp4")
s.pdf("docs/fiche-inscription.pdf", "Fiche d'inscription - Forum des jeunes sur l'eau 2027\nNom:\nProvince:\nAssociation:")
s.write("img/code.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7K4QM</text></svg>\n')

s.page("index.html", "Forum national des jeunes sur l'eau", """
<h1>Forum national des jeunes sur l'eau et l'assainissement</h1>
<p>Du 6 au 8 février 2027, au Palais du 15-Janvier à N'Djamena, des jeunes de toutes les provinces débattent de l'accès à
l'eau potable, de l'assainissement dans les quartiers et de la gestion des forages villageois.</p>
<p>Consultez les <a href="@participation.html">conditions de participation</a> et la <a href="@inscription.html">fiche
d'inscription</a>. Rapport de l'édition passée : <a href="@rapport-2026.html">rapport 2026</a>.</p>
""" + video("media/forum.mp4") + """
<section lang="ar">
<h2>المنتدى الوطني للشباب حول المياه والصرف الصحي</h2>
<p>يجتمع شباب من جميع الأقاليم في قصر ١٥ يناير بأنجمينا من ٦ إلى ٨ فبراير ٢٠٢٧ لمناقشة الحصول على مياه الشرب والصرف الصحي
في الأحياء وإدارة الآبار في القرى. المشاركة مجانية، ويتم التسجيل باستمارة ورقية تُسلَّم إلى مكتب الشبيبة في كل إقليم.</p>
</section>
""")

s.page("participation.html", "Participation et frais", """
<h1>Participation et frais</h1>
<p>La participation au forum est gratuite.</p>
<p>Les frais de transport des délégué·es venant des provinces sont remboursés sur présentation du billet de car.</p>
<p>Le forum est ouvert aux jeunes âgés de dix-huit à trente-cinq ans.</p>
""")

q = "".join([fld("qe", "Votre e-mail", "email"), fld("qq", "Votre question", "textarea"),
             fld("qc", "Recopiez le code de vérification")])
s.page("inscription.html", "Inscription", f"""
<h1>Inscription</h1>
<p>L'inscription se fait uniquement avec la fiche PDF : <a href="@docs/fiche-inscription.pdf">fiche d'inscription (PDF)</a>,
à imprimer, remplir et déposer à la délégation provinciale de la jeunesse. Aucune inscription en ligne n'est prévue.</p>
<h2>Une question ?</h2>
<form action="@inscription.html" method="post">{q}
<img src="@img/code.svg" alt="code de vérification" width="120" height="40">
<button type="submit">Envoyer</button></form>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<p>Jour 1 : ouverture et panels. Jour 2 : ateliers par province. Jour 3 : déclaration des jeunes.</p>
<p>Il n'y a pas de participation à distance : toutes les sessions se tiennent sur place.</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle plénière est au rez-de-chaussée et accessible en fauteuil roulant.</p>
<p>Une interprétation français–arabe est assurée dans toutes les sessions.</p>
<p>Besoin particulier ? Écrivez à acces@jeunes-eau.example.td.</p>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Stand d'exposition d'une ONG : 150 000 FCFA. Partenaire principal : 5 000 000 FCFA.</p>
""")

s.page("hebergement.html", "Hébergement", """
<h1>Hébergement</h1>
<p>Hôtel du Chari : 25 000 FCFA la nuit. Car Moundou–N'Djamena : environ 12 000 francs CFA.</p>
""")

s.page("emplois.html", "Emplois", """
<h1>Emplois</h1>
<p>ONG d'assainissement à Abéché : animateur communautaire, 180 000 FCFA par mois.</p>
""")

ENTRY = entry(
    s, name="National Youth Forum on Water and Sanitation 2027 (youth water network, N'Djamena)",
    languages=["fr", "ar"],
    fees=[],
    free_option=True, fee_support=True, remote_participation=False, captcha=["image"],
    account_required=False, registration_form=None,
    registration_host=None, registration_pdf_only=True, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "participation.html", "inscription.html", "programme.html", "accessibilite.html"],
    deliberate_404=["rapport-2026.html"],
    evidence={
        "languages": [Q("index.html", "des jeunes de toutes les provinces débattent de l'accès à l'eau potable"),
                      M("index.html", '<section lang="ar">', "Arabic section with lang"),
                      Q("index.html", "يجتمع شباب من جميع الأقاليم في قصر ١٥ يناير بأنجمينا")],
        "un_languages": [N("fr, ar")],
        "fees": [Q("participation.html", "La participation au forum est gratuite.", "no fee"),
                 Q("partenaires.html", "Stand d'exposition d'une ONG : 150 000 FCFA.", "stand and partnership: not fees"),
                 Q("hebergement.html", "Hôtel du Chari : 25 000 FCFA la nuit.", "hotel and coach: not fees"),
                 Q("emplois.html", "180 000 FCFA par mois", "salary: not a fee")],
        "free_option": [Q("participation.html", "La participation au forum est gratuite.")],
        "fee_support": [Q("participation.html", "Les frais de transport des délégué·es venant des provinces sont remboursés")],
        "remote_participation": [Q("programme.html", "Il n'y a pas de participation à distance")],
        "captcha": [M("inscription.html", '<img src="img/code.svg" alt="code de vérification"', "self-hosted image code")],
        "account_required": [N("paper form, no account")],
        "registration_form": [N("registration only by a PDF form; the 3-field question form (with the code box) is not one")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("inscription.html", "L'inscription se fait uniquement avec la fiche PDF"),
                                  Q("inscription.html", "Aucune inscription en ligne n'est prévue.")],
        "min_age": [Q("participation.html", "Le forum est ouvert aux jeunes âgés de dix-huit à trente-cinq ans.", "18 in words")],
        "accessibility_statement": [Q("accessibilite.html", "La salle plénière est au rez-de-chaussée et accessible en fauteuil roulant.")],
        "access_services": [Q("accessibilite.html", "accessible en fauteuil roulant", "wheelchair_access"),
                            Q("accessibilite.html", "Une interprétation français–arabe est assurée", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/forum.mp4">', "no track")],
        "pdf_only_documents": [M("inscription.html", 'href="docs/fiche-inscription.pdf"', "registration form only as PDF")],
    })
