from lib import *

NAV = [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("participer-en-ligne.html", "Participer en ligne"),
       ("bourses.html", "Bourses de déplacement"), ("accessibilite.html", "Accessibilité"), ("programme.html", "Programme"),
       ("partenaires.html", "Partenaires"), ("pratique.html", "Infos pratiques"), ("emplois.html", "Emplois")]
s = mk("forum-societe-civile-identite-numerique-lome", "Forum de la société civile sur l'identité numérique et les données — Lomé", "fr-TG",
       "#b3541e", "FL", NAV,
       foot={"fr-TG": "<p>Coalition togolaise pour les droits numériques (organisation fictive) — Bè-Kpota, Lomé — forum@ctdn.example.tg</p>"})

s.page("index.html", "Forum de la société civile sur l'identité numérique — Lomé 2027", """
<h1>Forum de la société civile sur l'identité numérique et la protection des données</h1>
<p>La Coalition togolaise pour les droits numériques réunit les 7 et 8 octobre 2027 à Lomé des associations, des journalistes, des juristes et des représentants des autorités pour débattre de l'identité numérique, de la biométrie et de la protection des données personnelles.</p>
<p>La participation au forum est gratuite. Le forum est ouvert aux personnes âgées d'au moins seize ans.</p>
<p><a href="@inscription.html">S'inscrire</a> · <a href="@programme.html">Programme</a> · <a href="@bourses.html">Bourses de déplacement</a> · <a href="@rapports/forum-2026.html">Rapport 2026</a></p>
<h2>Retour en images sur l'édition 2026</h2>
<video controls preload="none" width="640" src="@media/forum-2026.mp4"></video>
<section lang="ee">
<h2>Le Eʋegbe me</h2>
<p>Woyɔ mi katã be miava forum sia me le Lomé le Oktoba ƒe ŋkeke adrẽ kple enyi lia dzi. Míaƒo nu tso amesiame ƒe gomenɔamesiwo ŋu le internet dzi kple ame ŋutɔ ƒe nyatakakawo ƒe dzɔdzɔ ŋu.</p>
<p>Forum la me yiyi nye femaxee. Ame siwo tso Kara kple Savanes nutowo me la akpɔ kpekpeɖeŋu na mɔzɔzɔ. Gbegbɔgblɔ ɖeɖefiala aɖewo anɔ anyi na Eʋegbe kple Kabiyɛgbe.</p>
</section>
""")
placeholder_media(s, "media/forum-2026.mp4")

form = "".join([
    fld("nom", "Nom (champ indispensable)"),
    fld("prenom", "Prénom (champ indispensable)"),
    fld("courriel", "Courriel (champ indispensable)", "email"),
    fld("tel", "Téléphone ou WhatsApp (champ indispensable)", "tel"),
    fld("org", "Organisation ou média (champ indispensable)"),
    fld("region", "Région (champ indispensable)", "select", opts=["Maritime", "Plateaux", "Centrale", "Kara", "Savanes"]),
    fld("groupe", "Groupe d'acteurs", "select", opts=["Société civile", "Médias", "Secteur public", "Secteur privé", "Recherche"]),
    fld("cni", "Numéro de la carte nationale d'identité (CNI)"),
    radios("sexe", "Sexe", ["Femme", "Homme"]),
    fld("besoins", "Besoins d'accessibilité", "textarea"),
])
s.page("inscription.html", "Inscription", f"""
<h1>Inscription au forum</h1>
<p>Inscriptions ouvertes jusqu'au 20 septembre 2027, dans la limite de 200 places.</p>
<form action="@inscription.html" method="post">
{form}
<div class="frc-captcha" data-sitekey="FCMST5VUMCBOCGQ9"></div>
<button type="submit">Envoyer mon inscription</button>
</form>
""")

s.page("participer-en-ligne.html", "Participer en ligne", """
<h1>Participer en ligne</h1>
<p>Toutes les sessions sont retransmises sur Jitsi Meet. Les participants en ligne peuvent demander la parole et intervenir dans les débats comme les participants présents dans la salle.</p>
<p>Le lien est envoyé aux personnes inscrites la veille du forum.</p>
""")

s.page("bourses.html", "Bourses de déplacement", """
<h1>Bourses de déplacement</h1>
<p>Des bourses de déplacement de 25 000 F CFA sont attribuées aux participants venant des régions de la Kara et des Savanes, ainsi qu'une nuit d'hébergement.</p>
<p>Demande par courriel avant le 10 septembre 2027.</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle se trouve au rez-de-chaussée et est accessible en fauteuil roulant.</p>
<p>Une interprétation en langue des signes togolaise est assurée pendant les séances plénières.</p>
<p>Interprétation simultanée français–éwé–kabiyè.</p>
<p>Une garderie avec animatrices accueille les enfants de 2 à 10 ans pendant le forum.</p>
<p>Pour tout besoin particulier : acces@ctdn.example.tg</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<p>Le programme détaillé est disponible uniquement en PDF.</p>
<p><a href="@docs/programme-forum-2027.pdf">Télécharger le programme (PDF)</a></p>
""")
s.pdf("docs/programme-forum-2027.pdf", "Programme du forum - Lome 2027\n7 octobre: identite numerique\n8 octobre: donnees personnelles")

s.page("partenaires.html", "Partenaires", """
<h1>Devenir partenaire</h1>
<ul><li>Partenaire principal : 2 000 000 F CFA</li><li>Partenaire associé : 750 000 F CFA</li><li>Stand d'exposition : 150 000 F CFA</li></ul>
""")
s.page("pratique.html", "Infos pratiques", """
<h1>Infos pratiques</h1>
<p>Hôtels proches : à partir de 35 000 FCFA la nuit. Une course en zémidjan dans le centre de Lomé coûte environ 500 F CFA.</p>
""")
s.page("emplois.html", "Emplois", """
<h1>Nous recrutons</h1>
<p>Chargé(e) de communication, contrat d'un an, 350 000 F CFA par mois.</p>
""")

P = ["index.html", "inscription.html", "participer-en-ligne.html", "bourses.html", "accessibilite.html", "programme.html"]
ENTRY = entry(s, name="Forum de la société civile sur l'identité numérique et les données — Lomé", languages=["ee", "fr"],
    fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(10, 6, ["phone", "affiliation", "id_document", "gender"]),
    min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation", "childcare"], videos_without_captions=1,
    pdf_only_documents=True, participation_pages=P, deliberate_404=["rapports/forum-2026.html"],
    evidence={
        "languages": [Q("index.html", "La Coalition togolaise pour les droits numériques réunit les 7 et 8 octobre 2027"),
                      Q("index.html", "Woyɔ mi katã be miava forum sia me le Lomé", "Ewe section of two paragraphs with lang=ee")],
        "un_languages": [N("fr only")],
        "fees": [Q("index.html", "La participation au forum est gratuite."),
                 Q("bourses.html", "Des bourses de déplacement de 25 000 F CFA", "travel grant: not a fee"),
                 Q("partenaires.html", "Partenaire principal : 2 000 000 F CFA", "sponsor: not a fee"),
                 Q("pratique.html", "à partir de 35 000 FCFA la nuit", "hotel: not a fee"),
                 Q("emplois.html", "350 000 F CFA par mois", "salary: not a fee")],
        "free_option": [Q("index.html", "La participation au forum est gratuite.")],
        "fee_support": [Q("bourses.html", "Des bourses de déplacement de 25 000 F CFA sont attribuées aux participants venant des régions de la Kara et des Savanes")],
        "remote_participation": [Q("participer-en-ligne.html", "Les participants en ligne peuvent demander la parole et intervenir dans les débats")],
        "captcha": [M("inscription.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account", "inscription.html")],
        "registration_form": [N("10 fields (nom, prénom, courriel, téléphone/WhatsApp, organisation, région select, groupe select, CNI, sexe radio, besoins textarea); 6 marked (champ indispensable); sensitive phone, affiliation, id_document, gender", "inscription.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "Le forum est ouvert aux personnes âgées d'au moins seize ans."),
                    Q("accessibilite.html", "accueille les enfants de 2 à 10 ans", "childcare ages: not a limit")],
        "accessibility_statement": [Q("accessibilite.html", "La salle se trouve au rez-de-chaussée et est accessible en fauteuil roulant.")],
        "access_services": [Q("accessibilite.html", "La salle se trouve au rez-de-chaussée et est accessible en fauteuil roulant.", "wheelchair_access"),
                            Q("accessibilite.html", "Une interprétation en langue des signes togolaise est assurée", "sign_language"),
                            Q("accessibilite.html", "Interprétation simultanée français–éwé–kabiyè.", "interpretation"),
                            Q("accessibilite.html", "Une garderie avec animatrices accueille les enfants", "childcare")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/forum-2026.mp4"></video>')],
        "pdf_only_documents": [Q("programme.html", "Le programme détaillé est disponible uniquement en PDF.")],
    })
