from lib import mk, Q, M, N, entry, fld

NAV = [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("programme.html", "Programme"),
       ("accessibilite.html", "Accessibilité"), ("faq.html", "FAQ"), ("partenaires.html", "Partenaires"),
       ("hebergement.html", "Hébergement"), ("emplois.html", "Emplois")]
s = mk("colloque-sante-rurale-moncton", "Colloque francophone sur la santé en milieu rural", "fr-CA", "#5b2a86", "SR",
       NAV, foot={"fr-CA": "<p>Réseau acadien de santé communautaire (fictif) · Moncton (N.-B.) · colloque@example.ca</p>"})
s.pdf("docs/programme-colloque-2027.pdf", "Programme du colloque 2027\nJour 1\nJour 2")

s.page("index.html", "Colloque francophone sur la santé en milieu rural", """
<h1>Colloque francophone sur la santé en milieu rural 2027</h1>
<p>Les 14 et 15 mai 2027, infirmières, médecins de famille, travailleuses sociales et chercheurs des communautés acadiennes et francophones se réunissent à Moncton pour parler d'accès aux soins loin des grands centres.</p>
<p>Voir l'<a href="@inscription.html">inscription</a>, le <a href="@programme.html">programme</a>, l'<a href="@accessibilite.html">accessibilité</a> et la <a href="@faq.html">FAQ</a>.</p>
<section lang="en">
<h2>English summary</h2>
<p>The Francophone Rural Health Colloquium is held mainly in French, with simultaneous interpretation into English in the plenary sessions. Clinicians, students and researchers from New Brunswick, Nova Scotia and Prince Edward Island are welcome.</p>
</section>
""")

s.page("inscription.html", "Inscription", """
<h1>Inscription</h1>
<table><caption>Tarifs (taxes incluses)</caption>
<tr><th>Catégorie</th><th>Tarif</th></tr>
<tr><td>Professionnels</td><td>275 $</td></tr>
<tr><td>Étudiantes et étudiants</td><td>95 $</td></tr>
<tr><td>Participation virtuelle (Zoom)</td><td>120 $ CA</td></tr>
</table>
<p>Aucune inscription gratuite : les conférencières et conférenciers paient aussi leur inscription.</p>
<p>Des bourses de déplacement sont offertes aux étudiantes et étudiants des régions rurales.</p>
<p>L'inscription et le paiement se font sur Zeffy, sans créer de compte : <a href="https://www.zeffy.com/fr-CA/ticketing/colloque-sante-rurale-2027">s'inscrire sur www.zeffy.com</a>.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<p>Le programme détaillé est offert uniquement en PDF : <a href="@docs/programme-colloque-2027.pdf">programme du colloque (PDF)</a>.</p>
<p>Les personnes inscrites en participation virtuelle suivent les séances sur Zoom et posent leurs questions en direct aux panélistes.</p>
""")

form = "".join([fld("an", "Nom"), fld("ae", "Courriel", "email"), fld("ab", "Vos besoins d'accessibilité", "textarea")])
s.page("accessibilite.html", "Accessibilité", f"""
<h1>Accessibilité</h1>
<p>Le pavillon est accessible par une rampe et un ascenseur, et les salles sont accessibles en fauteuil roulant.</p>
<p>Sous-titrage en direct (CART) pour les plénières.</p>
<p>Interprétation simultanée français–anglais dans la grande salle.</p>
<p>Interprètes en LSQ et en ASL sur demande, au moins trois semaines à l'avance.</p>
<h2>Faites-nous part de vos besoins</h2>
<form action="@accessibilite.html" method="post">{form}<button type="submit">Envoyer</button></form>
""")

s.page("faq.html", "FAQ", """
<h1>Foire aux questions</h1>
<details open><summary>Faut-il un compte Zeffy ?</summary><p>Non, on paie comme invité avec une carte de crédit.</p></details>
<details open><summary>Y a-t-il une halte-garderie ?</summary><p>Non, pas cette année.</p></details>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Partenaire principal : 10 000 $. Table d'exposition : 750 $.</p>
""")

s.page("hebergement.html", "Hébergement", """
<h1>Hébergement</h1>
<p>Hôtel du centre-ville : 179 $ la nuit. Stationnement : 15 $ par jour. Navette de l'aéroport : 25 $.</p>
""")

s.page("emplois.html", "Emplois", """
<h1>Offres d'emploi</h1>
<p>Infirmière praticienne, clinique rurale de Kent : 118 000 $ par année.</p>
""")

ENTRY = entry(s, name="Francophone Rural Health Colloquium 2027 (community health network, Moncton)",
    languages=["fr", "en"],
    fees=[(275, "CAD"), (95, "CAD"), (120, "CAD")],
    free_option=False, fee_support=True, remote_participation=True, captcha=[],
    account_required=False, registration_form=None, registration_host="www.zeffy.com",
    min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "cart", "interpretation", "sign_language"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "inscription.html", "programme.html", "accessibilite.html", "faq.html"],
    evidence={
        "languages": [Q("index.html", "infirmières, médecins de famille, travailleuses sociales et chercheurs"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Francophone Rural Health Colloquium is held mainly in French")],
        "un_languages": [N("fr, en")],
        "fees": [Q("inscription.html", "Professionnels 275 $", "275 CAD"),
                 Q("inscription.html", "Étudiantes et étudiants 95 $", "95 CAD"),
                 Q("inscription.html", "Participation virtuelle (Zoom) 120 $ CA", "120 CAD"),
                 Q("partenaires.html", "Partenaire principal : 10 000 $.", "partner, table: not fees"),
                 Q("hebergement.html", "Hôtel du centre-ville : 179 $ la nuit.", "hotel, parking, shuttle: not fees"),
                 Q("emplois.html", "118 000 $ par année", "salary: not a fee")],
        "free_option": [Q("inscription.html", "Aucune inscription gratuite : les conférencières et conférenciers paient aussi leur inscription.")],
        "fee_support": [Q("inscription.html", "Des bourses de déplacement sont offertes aux étudiantes et étudiants des régions rurales."),
                        Q("inscription.html", "Étudiantes et étudiants 95 $", "student rate below 275")],
        "remote_participation": [Q("programme.html", "suivent les séances sur Zoom et posent leurs questions en direct aux panélistes.")],
        "captcha": [N("no CAPTCHA markup", "accessibilite.html")],
        "account_required": [Q("inscription.html", "sans créer de compte"), Q("faq.html", "Non, on paie comme invité avec une carte de crédit.")],
        "registration_form": [N("no own registration form; the 3-field access-needs form is not one", "accessibilite.html")],
        "registration_host": [M("inscription.html", 'href="https://www.zeffy.com/fr-CA/ticketing/colloque-sante-rurale-2027"')],
        "registration_pdf_only": [N("online on Zeffy")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accessibilite.html", "Le pavillon est accessible par une rampe et un ascenseur, et les salles sont accessibles en fauteuil roulant.")],
        "access_services": [Q("accessibilite.html", "les salles sont accessibles en fauteuil roulant", "wheelchair_access"),
                            Q("accessibilite.html", "Sous-titrage en direct (CART) pour les plénières.", "cart only"),
                            Q("accessibilite.html", "Interprétation simultanée français–anglais dans la grande salle.", "interpretation"),
                            Q("accessibilite.html", "Interprètes en LSQ et en ASL sur demande", "sign_language"),
                            Q("faq.html", "Non, pas cette année.", "negation: no childcare")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programme.html", "Le programme détaillé est offert uniquement en PDF"),
                               M("programme.html", 'href="docs/programme-colloque-2027.pdf"')],
    })
