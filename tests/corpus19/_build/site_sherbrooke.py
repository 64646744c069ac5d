from lib import mk, Q, M, N, entry, video, placeholder_media, vtt, fld, radios

NAV = {"fr-CA": [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("affiches.html", "Proposer une affiche"),
                 ("virtuel.html", "Volet virtuel"), ("accessibilite.html", "Accessibilité"), ("hebergement.html", "Hébergement"),
                 ("partenaires.html", "Partenaires"), ("en/index.html", "English")]}
s = mk("colloque-sante-mentale-etudiante-sherbrooke", "Colloque sur la santé mentale étudiante 2027", "fr-CA", "#005f73", "CSME", NAV,
       foot={"fr-CA": "<p>Regroupement étudiant pour la santé psychologique · Sherbrooke (Québec) · colloque@resp.example.ca</p>"})
placeholder_media(s, "media/capsule.mp4")
vtt(s, "media/capsule-fr.vtt", "Bienvenue au colloque")

ALT = [("fr-CA", "index.html"), ("en", "en/index.html")]
s.page("index.html", "Colloque sur la santé mentale étudiante 2027", f"""
<h1>Colloque québécois sur la santé mentale étudiante</h1>
<p>Les 4 et 5 février 2027, à l'Université de Sherbrooke et en ligne. Étudiant·e·s, intervenant·e·s, chercheur·e·s et associations étudiantes échangent sur la détresse psychologique, le soutien par les pairs et les services aux étudiant·e·s en région.</p>
<p><a href="@inscription.html">Inscription</a> · <a href="@affiches.html">Proposer une affiche</a> · <a href="@virtuel.html">Volet virtuel</a> · <a href="@accessibilite.html">Accessibilité</a></p>
{video("media/capsule.mp4", track="media/capsule-fr.vtt", track_lang="fr", label="Français")}
""", alternates=ALT)

s.page("inscription.html", "Inscription", """
<h1>Inscription</h1>
<table><caption>Tarifs (taxes incluses)</caption><thead><tr><th>Catégorie</th><th>Tarif</th></tr></thead><tbody>
<tr><td>Régulier</td><td>185 $</td></tr>
<tr><td>Étudiant·e (temps plein ou partiel)</td><td>60 $</td></tr>
<tr><td>Volet virtuel</td><td>40 $</td></tr>
</tbody></table>
<p>Les étudiant·e·s bénévoles participent gratuitement : écrivez à benevoles@resp.example.ca.</p>
<p>Des bourses de déplacement de 150 $ sont offertes aux étudiant·e·s des régions éloignées (Abitibi, Côte-Nord, Gaspésie).</p>
<p>Le paiement se fait sur <a href="https://www.eventbrite.ca/e/colloque-sante-mentale-etudiante-2027-tickets">Eventbrite</a>, sans créer de compte : vous pouvez payer en tant qu'invité·e.</p>
""", alternates=ALT)

form = "\n".join([
    fld("af-nom", "Nom complet *", req=True),
    fld("af-mail", "Courriel *", "email", req=True),
    fld("af-univ", "Université ou organisme *", req=True),
    fld("af-prog", "Programme d'études"),
    fld("af-titre", "Titre de l'affiche *", req=True),
    fld("af-res", "Résumé (250 mots) *", "textarea", req=True),
    fld("af-axe", "Axe", "select", opts=["Soutien par les pairs", "Services en région", "Recherche", "Politiques"]),
    fld("af-pdf", "Affiche en PDF (facultatif)", "file"),
    fld("af-ok", "J'accepte que mon résumé soit publié *", "checkbox", req=True),
])
s.page("affiches.html", "Proposer une affiche", f"""
<h1>Proposer une affiche</h1>
<p>Les étudiant·e·s de tous les cycles peuvent présenter une affiche. Les champs marqués d'un * sont obligatoires.</p>
<form action="@affiches.html" method="post">
{form}
<div class="h-captcha" data-sitekey="made-up-sherbrooke-key"></div>
<button type="submit">Soumettre</button>
</form>
""", alternates=ALT)

s.page("virtuel.html", "Volet virtuel", """
<h1>Volet virtuel</h1>
<p>Les plénières et deux tables rondes sont diffusées en direct. Les personnes inscrites au volet virtuel posent leurs questions par Slido et l'animatrice les transmet aux panélistes pendant la période de questions.</p>
""", alternates=ALT)

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>Le pavillon Jean-Marie-Roy est accessible en fauteuil roulant et les salles sont au rez-de-chaussée.</p>
<p>Sous-titrage en direct (CART) en français pour toutes les plénières. Interprétation en LSQ (langue des signes québécoise) sur demande.</p>
<p>Une salle calme est disponible pendant les deux jours. Pour toute demande d'accommodement : accessibilite@resp.example.ca.</p>
""", alternates=ALT)

s.page("hebergement.html", "Hébergement", """
<h1>Hébergement et transport</h1>
<p>Hôtel partenaire : 139 $ la nuit. Stationnement sur le campus : 12 $ par jour. Passage d'autobus de la STS : 3,75 $.</p>
""", alternates=ALT)

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Partenaire or : 5 000 $. Kiosque pour organismes communautaires : 750 $.</p>
""", alternates=ALT)

s.page("en/index.html", "Student Mental Health Colloquium 2027", """
<h1>Quebec Student Mental Health Colloquium</h1>
<p>On 4 and 5 February 2027, at the Université de Sherbrooke and online. Students, counsellors, researchers and student unions discuss psychological distress, peer support and services for students in the regions.</p>
<p>Registration costs $185, $60 for students and $40 for the virtual stream, paid on Eventbrite without creating an account. Student volunteers attend free. Live captioning (CART) in French and LSQ interpretation on request are available; the building is wheelchair accessible.</p>
<p>Most sessions are in French. <a href="@index.html">Version française</a></p>
""", lang="fr-CA", alternates=ALT)

ENTRY = entry(s,
    name="Quebec Student Mental Health Colloquium 2027 (student association, Sherbrooke)",
    languages=["fr", "en"],
    fees=[(185, "CAD"), (60, "CAD"), (40, "CAD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(9, 6, ["affiliation"]),
    registration_host="www.eventbrite.ca", min_age=None, accessibility_statement=True,
    access_services=["cart", "sign_language", "wheelchair_access"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "inscription.html", "affiches.html", "virtuel.html", "accessibilite.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "Étudiant·e·s, intervenant·e·s, chercheur·e·s et associations étudiantes échangent"),
                      Q("en/index.html", "Students, counsellors, researchers and student unions discuss psychological distress",
                        'whole English page declared lang="fr-CA": English'),
                      M("en/index.html", '<html lang="fr-CA">', "wrong declaration")],
        "un_languages": [N("fr, en")],
        "fees": [Q("inscription.html", "Régulier 185 $", "185 CAD ($ after the amount, Québec)"),
                 Q("inscription.html", "Étudiant·e (temps plein ou partiel) 60 $", "60 CAD"),
                 Q("inscription.html", "Volet virtuel 40 $", "virtual pass with questions: 40 CAD"),
                 Q("en/index.html", "Registration costs $185, $60 for students and $40 for the virtual stream", "English restatement: no new entries"),
                 Q("inscription.html", "Des bourses de déplacement de 150 $", "travel bursary: not a fee"),
                 Q("hebergement.html", "Hôtel partenaire : 139 $ la nuit.", "hotel, parking, bus: not fees"),
                 Q("partenaires.html", "Kiosque pour organismes communautaires : 750 $.", "sponsorship and booth: not fees")],
        "free_option": [Q("inscription.html", "Les étudiant·e·s bénévoles participent gratuitement", "free for volunteers (one group)")],
        "fee_support": [Q("inscription.html", "Étudiant·e (temps plein ou partiel) 60 $", "student rate"),
                        Q("inscription.html", "Des bourses de déplacement de 150 $ sont offertes aux étudiant·e·s des régions éloignées")],
        "remote_participation": [Q("virtuel.html", "Les personnes inscrites au volet virtuel posent leurs questions par Slido et l'animatrice les transmet aux panélistes")],
        "captcha": [M("affiches.html", '<div class="h-captcha"')],
        "account_required": [Q("inscription.html", "sans créer de compte : vous pouvez payer en tant qu'invité·e.")],
        "registration_form": [N("affiches.html: poster proposal, 9 fields: name, e-mail, university or organisation, programme of study, poster title, abstract, axis select, poster PDF file, publication consent checkbox. Required (required attribute or '*'): name, e-mail, university, title, abstract, consent = 6. Sensitive: affiliation.")],
        "registration_host": [M("inscription.html", 'href="https://www.eventbrite.ca/e/colloque-sante-mentale-etudiante-2027-tickets"')],
        "registration_pdf_only": [N("platform and HTML form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accessibilite.html", "Le pavillon Jean-Marie-Roy est accessible en fauteuil roulant et les salles sont au rez-de-chaussée."),
                                    Q("accessibilite.html", "Pour toute demande d'accommodement : accessibilite@resp.example.ca.")],
        "access_services": [Q("accessibilite.html", "Sous-titrage en direct (CART) en français pour toutes les plénières.", "CART named: cart only"),
                            Q("accessibilite.html", "Interprétation en LSQ (langue des signes québécoise) sur demande.", "sign_language"),
                            Q("accessibilite.html", "accessible en fauteuil roulant", "wheelchair_access"),
                            Q("accessibilite.html", "Une salle calme est disponible pendant les deux jours.", "quiet room: not a service")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/capsule-fr.vtt"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
