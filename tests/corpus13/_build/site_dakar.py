"""Civil-society platform's citizen forum on land governance (Dakar): fr-SN, Wolof section."""
from lib import mk, Q, M, N, entry

SLUG = "forum-citoyen-gouvernance-fonciere-dakar"
NAV = [("index.html", "Accueil"), ("programme.html", "Programme"), ("inscription.html", "Inscription"),
       ("prise-en-charge.html", "Prise en charge"),
       ("accessibilite.html", "Accessibilité"), ("pratique.html", "Infos pratiques"), ("partenaires.html", "Partenaires")]
FOOT = ('<p>Cadre de concertation des organisations paysannes et citoyennes sur le foncier (fictif) — Sicap Liberté, Dakar · '
        '<a href="mailto:forum@cadre-foncier.example.sn">forum@cadre-foncier.example.sn</a></p>')
s = mk(SLUG, "Forum citoyen sur la gouvernance foncière 2027", "fr-SN", "#8a5a00", "FCF", NAV, foot={"fr-SN": FOOT})

s.page("index.html", "Forum citoyen sur la gouvernance foncière — Dakar, avril 2027", """
<h1>Forum citoyen sur la gouvernance foncière</h1>
<p>Dakar, Maison des organisations paysannes, 8 et 9 avril 2027</p>
<p>Producteurs, éleveurs, pêcheurs, femmes transformatrices, jeunes, élus locaux et services de l'État se retrouvent
pour discuter de l'avant-projet de loi d'orientation foncière et formuler des recommandations communes, remises au
ministère à la clôture du forum.</p>
<ul>
  <li><a href="@inscription.html">S'inscrire</a></li>
  <li><a href="@prise-en-charge.html">Transport et hébergement des délégués des régions</a></li>
  <li><a href="@accessibilite.html">Accessibilité et interprétation</a></li>
  <li><a href="@rapport-2025.html">Rapport du forum 2025</a> · <a href="@galerie.html">Photos</a></li>
</ul>
<section lang="wo">
<h2>Ci wolof</h2>
<p>Forum bi dafay dajale baykat yi, sàmm yi, nappkat yi, jigéen ñi ak ndaw ñi ngir waxtaan ci mbirum suuf si ak
yoon wu bees wi. Ñu ngi leen di xaar ci Dakar, 8 ak 9 awril 2027. Dees na tekki waxtaan yi ci wolof ak ci pulaar.
Ngir bind sa tur, duggal ci formulaire bi ci Kobo; soxlaa woo sos benn kont.</p>
</section>
""")

s.page("inscription.html", "Inscription", """
<h1>Inscription</h1>
<p>Le forum est ouvert à toute personne âgée de seize ans révolus, membre ou non d'une organisation.</p>
<p>Les inscriptions se font en ligne, jusqu'au 25 mars, sur notre
<a href="https://ee.kobotoolbox.org/x/fcf2027dk">formulaire KoboToolbox</a>. Il n'est pas nécessaire de créer un compte.
Le formulaire demande vos nom, téléphone, région, organisation et le groupe de travail choisi.</p>
<p>Vous pouvez aussi vous inscrire auprès du point focal de votre région, qui saisira le formulaire pour vous.</p>
""")

s.page("prise-en-charge.html", "Prise en charge", """
<h1>Transport et hébergement des délégués des régions</h1>
<p>Le Cadre de concertation prend en charge le transport aller-retour et deux nuits d'hébergement de trois délégués
par région, désignés par les plateformes régionales. Chaque délégué reçoit en outre un per diem de 10 000 FCFA par jour.</p>
""")

s.page("distance.html", "Participer à distance", """
<h1>Participer à distance</h1>
<p>Les plénières et les quatre groupes de travail sont ouverts sur Zoom. Les participants en ligne peuvent demander la
parole, poser leurs questions et proposer des amendements aux recommandations, qui sont lus en séance.</p>
<p>Le lien Zoom est envoyé par SMS aux personnes inscrites.</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité et interprétation</h1>
<p>Toutes les séances sont interprétées entre le français, le wolof et le pulaar.</p>
<p>Une interprète en langue des signes sénégalaise est présente en plénière.</p>
<p>La salle principale et les salles des groupes de travail sont de plain-pied et accessibles en fauteuil roulant.</p>
<p>Pour tout autre besoin, appelez Mme Aïssatou Ndiaye (fictive) au +221 33 000 00 00.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul>
  <li>8 avril — Le prix de la terre : un hectare à 5 millions de FCFA près de Dakar ?</li>
  <li>8 avril — Les jeunes de moins de 25 ans et l'accès au foncier agricole</li>
  <li>9 avril — Traduire la loi : le foncier expliqué en wolof, en pulaar et en sérère</li>
  <li>9 avril — Adoption des recommandations</li>
</ul>
<p>Les plénières et les groupes de travail sont aussi ouverts en ligne : voir <a href="@distance.html">participer à distance</a>.</p>
""")

s.page("pratique.html", "Infos pratiques", """
<h1>Infos pratiques</h1>
<p>Hôtels proches : à partir de 30 000 F CFA la nuit. Un taxi depuis la gare des Baux maraîchers coûte environ 3 000 FCFA.</p>
<p>Espace d'exposition : les organisations peuvent louer un stand pour présenter leurs produits (XOF 50 000 pour les deux jours).</p>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires et dons</h1>
<p>Le forum est soutenu par des partenaires techniques et financiers. Vous pouvez aussi faire un don :
25 000 FCFA couvrent le transport d'une déléguée rurale.</p>
""")

ENTRY = entry(
    s, name="Citizen Forum on Land Governance 2027 (farmers' and citizens' platform, Dakar)",
    languages=["fr", "wo"], fees=[], free_option=None, fee_support=True, remote_participation=True,
    captcha=[], account_required=False, registration_form=None, registration_host="ee.kobotoolbox.org",
    min_age=16, accessibility_statement=True,
    access_services=["interpretation", "sign_language", "wheelchair_access"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "inscription.html", "prise-en-charge.html", "distance.html", "accessibilite.html"],
    deliberate_404=["rapport-2025.html", "galerie.html"],
    evidence={
        "languages": [Q("index.html", "Producteurs, éleveurs, pêcheurs, femmes transformatrices"),
                      Q("index.html", "Forum bi dafay dajale baykat yi", "Wolof section")],
        "un_languages": [N("fr")],
        "fees": [N("nothing said about the cost of taking part"),
                 Q("prise-en-charge.html", "un per diem de 10 000 FCFA par jour", "per diem, not a fee"),
                 Q("pratique.html", "à partir de 30 000 F CFA la nuit", "hotel, taxi: not fees"),
                 Q("pratique.html", "XOF 50 000 pour les deux jours", "exhibitor stand, not a fee"),
                 Q("partenaires.html", "25 000 FCFA couvrent le transport d'une déléguée rurale", "donation"),
                 Q("programme.html", "un hectare à 5 millions de FCFA", "talk title")],
        "free_option": [N("the site never says whether taking part costs anything or is free")],
        "fee_support": [Q("prise-en-charge.html", "prend en charge le transport aller-retour et deux nuits d'hébergement de trois délégués")],
        "remote_participation": [Q("distance.html", "Les participants en ligne peuvent demander la parole, poser leurs questions et proposer des amendements")],
        "captcha": [N("no own form; registration on KoboToolbox")],
        "account_required": [Q("inscription.html", "Il n'est pas nécessaire de créer un compte.")],
        "registration_form": [N("no registration form on the site (KoboToolbox link only)")],
        "registration_host": [M("inscription.html", 'href="https://ee.kobotoolbox.org/x/fcf2027dk"')],
        "registration_pdf_only": [N("online form on KoboToolbox")],
        "min_age": [Q("inscription.html", "Le forum est ouvert à toute personne âgée de seize ans révolus", "16 in words")],
        "accessibility_statement": [Q("accessibilite.html", "Pour tout autre besoin, appelez Mme Aïssatou Ndiaye (fictive) au +221 33 000 00 00.")],
        "access_services": [Q("accessibilite.html", "Toutes les séances sont interprétées entre le français, le wolof et le pulaar."),
                            Q("accessibilite.html", "Une interprète en langue des signes sénégalaise est présente en plénière."),
                            Q("accessibilite.html", "accessibles en fauteuil roulant")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
