from lib import mk, Q, M, N, entry, fld
NAV = [("index.html", "Accueil"), ("participer.html", "Comment participer"), ("demande-parole.html", "Demander la parole"),
       ("en-ligne.html", "Participer en ligne"), ("cahier.html", "Projet de cahier des charges"), ("accessibilite.html", "Accessibilité"),
       ("actualites.html", "Actualités"), ("se-rendre.html", "Se rendre à la consultation")]
s = mk("consultation-fonds-developpement-communautaire-lubumbashi", "Consultation publique — Fonds de développement communautaire du Haut-Katanga", "fr-CD", "#7a4b00", "FD", NAV,
       foot={"fr-CD": "<p>Cellule provinciale de consultation citoyenne, Lubumbashi — consultation@fdc-hautkatanga.example.cd</p>"})
s.pdf("docs/projet-cahier-des-charges.pdf", "Projet de cahier des charges du Fonds de developpement communautaire - version soumise a consultation")
s.page("index.html", "Consultation publique", """
<h1>Consultation publique sur le Fonds de développement communautaire</h1>
<p>La province ouvre une consultation sur le projet de cahier des charges qui fixera l'usage du fonds alimenté par les entreprises minières. Les habitantes et habitants des communes riveraines des sites miniers sont invités à donner leur avis lors de trois audiences publiques à Lubumbashi, Likasi et Kipushi.</p>
<p>Lire le <a href="@cahier.html">projet de cahier des charges</a>, savoir <a href="@participer.html">comment participer</a> ou <a href="@demande-parole.html">demander la parole</a>. Compte rendu de la consultation précédente : <a href="@consultation-2025.html">2025</a>.</p>
<section lang="sw">
<h2>Kwa Kiswahili</h2>
<p>Mkoa unafungua mashauriano kuhusu mpango wa mfuko wa maendeleo ya jamii unaolipwa na makampuni ya madini. Wakazi wa mitaa iliyo karibu na migodi wanaalikwa kutoa maoni yao katika mikutano mitatu ya hadhara huko Lubumbashi, Likasi na Kipushi.</p>
</section>
""")
s.page("participer.html", "Comment participer", """
<h1>Comment participer</h1>
<p>Toute personne âgée d'au moins dix-huit ans et résidant dans une commune concernée peut intervenir lors des audiences.</p>
<p>Les audiences se tiennent les samedis 6, 13 et 20 mars 2027 de 9 h à 13 h.</p>
<p>Aucune indemnité de transport ni per diem n'est prévue pour les participants.</p>
""")
s.page("demande-parole.html", "Demander la parole", """
<h1>Demande de prise de parole</h1>
<p>Les champs marqués d'un * sont obligatoires.</p>
<form action="@demande-parole.html" method="post">
""" + fld("nom", "Nom complet *") + fld("tel", "Téléphone *", "tel")
  + fld("commune", "Commune *", "select", opts=["Lubumbashi", "Likasi", "Kipushi", "Kambove"])
  + fld("org", "Organisation ou association") + fld("electeur", "Numéro de carte d'électeur *")
  + fld("texte", "Résumé de votre intervention *", "textarea")
  + fld("engagement", "Je m'engage à respecter le temps de parole de trois minutes *", "checkbox") + """
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">Envoyer ma demande</button>
</form>
""")
s.page("en-ligne.html", "Participer en ligne", """
<h1>Participer en ligne</h1>
<p>Chaque audience est aussi ouverte sur Zoom : les personnes connectées lèvent la main virtuellement et le modérateur leur donne la parole à tour de rôle.</p>
""")
s.page("cahier.html", "Projet de cahier des charges", """
<h1>Projet de cahier des charges</h1>
<p>Le projet soumis à consultation n'existe qu'en PDF : <a href="@docs/projet-cahier-des-charges.pdf">télécharger le projet (PDF)</a>.</p>
<p>Le projet prévoit que les entreprises versent 0,3 % de leur chiffre d'affaires au fonds, et une première enveloppe de 500 000 USD pour les écoles et les centres de santé.</p>
""")
s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité des audiences</h1>
<p>Les trois salles sont accessibles aux fauteuils roulants.</p>
<p>Une interprétation entre le français et le swahili est assurée pendant toutes les audiences.</p>
<p>Pour toute autre demande : acces@fdc-hautkatanga.example.cd</p>
""")
s.page("actualites.html", "Actualités", """
<h1>Actualités</h1>
<p>La province a reçu 1 200 avis écrits lors de la première phase de la consultation.</p>
""")
s.page("se-rendre.html", "Se rendre à la consultation", """
<h1>Se rendre à la consultation</h1>
<p>Taxi-bus depuis le centre-ville : environ 2 000 FC. Stationnement gratuit devant la salle.</p>
""")
ENTRY = entry(s, name="Public consultation on the community development fund (provincial consultation unit, Lubumbashi)",
    languages=["fr", "sw"], fees=[], free_option=None, fee_support=False, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(7, 6, ["phone", "affiliation", "id_document"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "participer.html", "demande-parole.html", "en-ligne.html", "cahier.html", "accessibilite.html"],
    deliberate_404=["consultation-2025.html"],
    evidence={
        "languages": [Q("index.html", "La province ouvre une consultation sur le projet de cahier des charges"),
                      M("index.html", '<section lang="sw">', "Swahili section with lang"),
                      Q("index.html", "Mkoa unafungua mashauriano kuhusu mpango wa mfuko wa maendeleo ya jamii")],
        "un_languages": [N("fr")],
        "fees": [N("no word on the cost of taking part"),
                 Q("cahier.html", "une première enveloppe de 500 000 USD pour les écoles et les centres de santé", "fund under consultation: not a fee"),
                 Q("se-rendre.html", "Taxi-bus depuis le centre-ville : environ 2 000 FC.", "fare: not a fee")],
        "free_option": [N("consultation that invites people to speak and says nothing on cost: null")],
        "fee_support": [Q("participer.html", "Aucune indemnité de transport ni per diem n'est prévue pour les participants.")],
        "remote_participation": [Q("en-ligne.html", "les personnes connectées lèvent la main virtuellement et le modérateur leur donne la parole à tour de rôle.")],
        "captcha": [M("demande-parole.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("7 fields (name, phone, commune select, organisation, voter card number, textarea, pledge checkbox); 6 marked *; sensitive phone, affiliation, id_document (voter card)", "demande-parole.html"),
                              Q("demande-parole.html", "Numéro de carte d'électeur *")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("participer.html", "Toute personne âgée d'au moins dix-huit ans", "18 in words")],
        "accessibility_statement": [Q("accessibilite.html", "Les trois salles sont accessibles aux fauteuils roulants.")],
        "access_services": [Q("accessibilite.html", "Les trois salles sont accessibles aux fauteuils roulants.", "wheelchair_access"),
                            Q("accessibilite.html", "Une interprétation entre le français et le swahili est assurée", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("cahier.html", "Le projet soumis à consultation n'existe qu'en PDF"), M("cahier.html", 'href="docs/projet-cahier-des-charges.pdf"')],
    })
