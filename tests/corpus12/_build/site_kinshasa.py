from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Accueil"), ("accreditation.html", "Accréditation"), ("bourses.html", "Prise en charge"), ("accessibilite.html", "Accessibilité"), ("programme.html", "Programme"),
       ("partenaires.html", "Devenir partenaire"), ("pratique.html", "Infos pratiques"), ("medias.html", "Médias"), ("archives.html", "Éditions précédentes"),
       ("en.html", "English")]
s = mk("forum-gouvernance-internet-afrique-centrale-kinshasa", "FGI Afrique centrale 2027", "fr-CD", "#006b3f", "FGI", NAV,
       foot={"fr-CD": '<p>Secrétariat du FGI-AC, Gombe, Kinshasa · <a href="@rapport-2026.html">Rapport 2026</a> · <a href="@galerie.html">Galerie</a></p>'})
placeholder_media(s, "media/fgi-2026.mp4")
s.page("index.html", "Forum sur la gouvernance de l'Internet en Afrique centrale", f"""
<h1>Forum sur la gouvernance de l'Internet en Afrique centrale (FGI-AC) 2027</h1>
<p>Le forum régional réunit gouvernements, opérateurs, société civile et communauté technique des pays de la CEEAC, du 14 au 16 juin 2027 à Kinshasa, autour de la connectivité rurale, de la protection des données et des coupures d'Internet.</p>
<section lang="ln"><h2>Na lingala</h2><p>Forum oyo ekosangisa baguvernema, bakompanyi ya télécommunication mpe bato ya société civile ya bikolo ya Afrika ya katikati. Tokosolola na ntina ya Internet na bamboka, kobatela ba données ya bato mpe kokatama ya Internet.</p></section>
<p><a class="button" href="@accreditation.html">Demander une accréditation</a></p>
{video("media/fgi-2026.mp4")}
""")
s.page("accreditation.html", "Accréditation", """
<h1>Accréditation</h1>
<p>Le forum est ouvert aux personnes âgées de 15 ans révolus. Les champs marqués d'un astérisque sont obligatoires.</p>
<form action="@accreditation.html" method="post">
<label for="nom">Nom *</label><input type="text" id="nom" name="nom" required>
<label for="pre">Prénom *</label><input type="text" id="pre" name="prenom" required>
<label for="mail">Courriel *</label><input type="email" id="mail" name="mail" required>
<label for="tel">Téléphone (WhatsApp)</label><input type="tel" id="tel" name="tel">
<label for="org">Organisation *</label><input type="text" id="org" name="org" required>
<label for="pays">Pays de résidence *</label><select id="pays" name="pays" required><option>RD Congo</option><option>Congo</option><option>Gabon</option><option>Cameroun</option><option>Tchad</option></select>
<fieldset><legend>Genre</legend><input type="radio" id="g1" name="genre" value="f"><label for="g1">Femme</label> <input type="radio" id="g2" name="genre" value="h"><label for="g2">Homme</label> <input type="radio" id="g3" name="genre" value="n"><label for="g3">Je préfère ne pas répondre</label></fieldset>
<label for="pp">Numéro de passeport (participants étrangers)</label><input type="text" id="pp" name="passeport">
<p class="check"><input type="checkbox" id="cc" name="cc" required><label for="cc">J'accepte le code de conduite *</label></p>
<input type="hidden" name="edition" value="2027">
<div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-000000000002"></div>
<button type="submit">Envoyer</button></form>
""")
s.page("distance.html", "Participer à distance", """
<h1>Participer à distance</h1>
<p>Chaque session est hybride : les participants à distance accrédités prennent la parole depuis la plateforme de visioconférence, et des hubs locaux sont ouverts à Brazzaville, Libreville et Bangui.</p>
""")
s.page("bourses.html", "Prise en charge", """
<h1>Prise en charge</h1>
<p>Le secrétariat prend en charge le transport et l'hébergement de vingt jeunes de la région, sélectionnés sur dossier. Ils reçoivent en outre un per diem de 50 USD par jour.</p>
""")
s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>Les plénières bénéficient d'un sous-titrage en direct en français et d'une interprétation simultanée français–anglais–lingala.</p>
<p>Attention : la salle principale du Palais du Peuple n'est pas accessible en fauteuil roulant cette année en raison de travaux.</p>
<p>Pour tout besoin d'accessibilité, écrivez à acces@fgi-ac.example.org.</p>
""")
s.page("programme.html", "Programme", """
<h1>Programme</h1>
<p>Toutes les sessions sont hybrides : voir <a href="@distance.html">participer à distance</a>.</p>
<ul><li>Jour 1 : Coupures d'Internet et droits humains</li><li>Jour 2 : Frais d'itinérance dans la CEEAC</li><li>Jour 3 : Enregistrement des cartes SIM et vie privée</li></ul>
""")
s.page("partenaires.html", "Devenir partenaire", """
<h1>Devenir partenaire</h1>
<p>Partenaire Or : 10 000 USD · Partenaire Argent : 5 000 USD · Stand d'exposition : 1 500 USD.</p>
<p>Offre d'emploi : chargé·e de communication du secrétariat, 1 800 USD par mois.</p>
""")
s.page("pratique.html", "Infos pratiques", """
<h1>Infos pratiques</h1>
<p>Hôtels partenaires à partir de 120 USD la nuit. Le visa volant coûte 105 USD. Un taxi depuis l'aéroport de N'djili coûte environ 40 000 FC.</p>
""")
s.page("medias.html", "Médias", """
<h1>Espace médias</h1>
<p>Les journalistes s'accréditent auprès du service de presse : presse@fgi-ac.example.org. Communiqué : le FGI-AC 2027 se tiendra au Palais du Peuple.</p>
<p>Abonnement annuel à la lettre d'information imprimée du réseau : 25 000 FC.</p>
""")
s.page("archives.html", "Éditions précédentes", """
<h1>Éditions précédentes</h1>
<ul><li>2026 — Douala : inclusion numérique des jeunes</li><li>2025 — Libreville : cybersécurité</li><li>2024 — N'Djamena : points d'échange Internet</li></ul>
""")
s.page("en.html", "Central Africa Internet Governance Forum 2027", """
<h1>Central Africa Internet Governance Forum 2027</h1>
<p>The regional forum brings together governments, operators, civil society and the technical community of the ECCAS countries in Kinshasa from 14 to 16 June 2027 to discuss rural connectivity, data protection and Internet shutdowns.</p>
<p>All sessions are hybrid: accredited remote participants can take the floor from the videoconference platform.</p>
""", lang="fr")
ENTRY = entry(s, name="Central Africa Internet Governance Forum 2027 (regional IGF, Kinshasa)",
    languages=["fr", "ln", "en"], fees=[], free_option=None, fee_support=True, remote_participation=True, captcha=["hcaptcha"],
    account_required=False, registration_form=(9, 6, ["phone", "affiliation", "gender", "id_document"]), min_age=15,
    accessibility_statement=True, access_services=["captions", "interpretation"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "accreditation.html", "distance.html", "bourses.html", "accessibilite.html", "en.html"],
    deliberate_404=["rapport-2026.html", "galerie.html"],
    evidence={
        "languages": [Q("index.html", "Le forum régional réunit gouvernements, opérateurs"), Q("index.html", "Forum oyo ekosangisa baguvernema", "Lingala section (lang=ln)"),
                      Q("en.html", "The regional forum brings together governments", "whole page in English with lang=fr")],
        "un_languages": [N("fr, en")],
        "fees": [N("nothing said about the cost of taking part"), Q("bourses.html", "un per diem de 50 USD par jour", "per diem"),
                 Q("partenaires.html", "Partenaire Or : 10 000 USD", "sponsor/exhibitor"), Q("partenaires.html", "1 800 USD par mois", "salary"),
                 Q("pratique.html", "Le visa volant coûte 105 USD.", "visa; hotel; taxi in FC"), Q("programme.html", "Frais d'itinérance dans la CEEAC", "session title")],
        "free_option": [N("nothing said about the cost of taking part (no fee, no 'gratuit'): null")],
        "fee_support": [Q("bourses.html", "Le secrétariat prend en charge le transport et l'hébergement de vingt jeunes de la région")],
        "remote_participation": [Q("distance.html", "les participants à distance accrédités prennent la parole depuis la plateforme de visioconférence")],
        "captcha": [M("accreditation.html", '<div class="h-captcha"')],
        "account_required": [N("no account")],
        "registration_form": [N("9 fields: nom, prénom, courriel, téléphone, organisation, pays select, genre radio (=1), passport number, code-of-conduct checkbox; hidden not counted. Required (* and required): nom, prénom, courriel, organisation, pays, checkbox = 6. Sensitive: phone, affiliation, gender, id_document (country of residence is not).", "accreditation.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("accreditation.html", "Le forum est ouvert aux personnes âgées de 15 ans révolus.")],
        "accessibility_statement": [Q("accessibilite.html", "Pour tout besoin d'accessibilité, écrivez à acces@fgi-ac.example.org.")],
        "access_services": [Q("accessibilite.html", "Les plénières bénéficient d'un sous-titrage en direct en français et d'une interprétation simultanée français–anglais–lingala.", "captions (CART not named), interpretation"),
                            Q("accessibilite.html", "la salle principale du Palais du Peuple n'est pas accessible en fauteuil roulant", "negation: no wheelchair_access")],
        "videos_without_captions": [M("index.html", 'src="media/fgi-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
