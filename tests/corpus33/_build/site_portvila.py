from lib import *

NAV = [("index.html", "Atelier"), ("tarifs.html", "Tarifs"), ("inscription.html", "Inscription"), ("questions.html", "Questions"),
       ("acces.html", "Accès"), ("partenaires.html", "Partenaires"), ("sejour.html", "Séjour"), ("actualites.html", "Actualités")]
FOOT = {"fr-VU": '<p>Association des Communautés Résilientes du Pacifique — rue Carnot, Port-Vila. atelier@resilience-vanuatu.example.vu</p>'
        '<p><a href="@archives/atelier-2025.html">Atelier 2025</a></p>'}
s = mk("atelier-chefs-villages-preparation-cyclones-port-vila", "Atelier de préparation aux cyclones 2027", "fr-VU", "#c1440e",
       "CY", NAV, foot=FOOT)

s.page("index.html", "Atelier de préparation aux cyclones", f"""
<h1>Atelier de préparation aux cyclones pour les communautés</h1>
<p>Trois jours pour que chefs, conseillers et responsables communautaires préparent ensemble les plans d'abri, les listes
de personnes à évacuer en priorité et les réserves d'eau avant la saison cyclonique.</p>
<p>Du 6 au 8 octobre 2027 au centre communautaire de Seaside. Consultez les <a href="@tarifs.html">tarifs</a> et
<a href="@inscription.html">inscrivez-vous</a>. <a href="@docs/programme-2027.pdf">Programme détaillé (PDF uniquement)</a>.</p>
{video("media/abri-2026.mp4")}
<section>
<h2>Long Bislama</h2>
<p>Wokshop ya i blong ol jif, kaonsel mo ol lida blong komuniti blong rere from saekloun: ples blong haed, lis blong ol man
we oli mas muv fastaem, mo wota. Praes i 12 000 VT blong ol NGO, 4 000 VT blong ol studen. Ol jif mo kaonsel blong vilej
oli no pem samting.</p>
</section>
""")

s.page("tarifs.html", "Tarifs", """
<h1>Tarifs</h1>
<ul>
<li>ONG, entreprises et services publics : 12 000 VT</li>
<li>Étudiants : 4 000 VT</li>
<li>Chefs et membres des conseils de village : participation offerte</li>
</ul>
""")

s.page("inscription.html", "Inscription", f"""
<h1>Inscription</h1>
<p>L'atelier est ouvert aux personnes âgées d'au moins vingt ans. Les champs marqués « (à compléter) » sont nécessaires.</p>
<form action="@inscription.html" method="post">
{fld("nom", "Nom et prénom (à compléter)")}
{fld("cni", "Numéro de carte d'identité nationale (à compléter)")}
{fld("naiss", "Date de naissance", "date")}
{fld("tel", "Téléphone (à compléter)", "tel")}
{fld("mail", "Courriel", "email")}
{fld("org", "Organisation ou conseil de village")}
{fld("ile", "Île", "select", opts=["Éfaté", "Espiritu Santo", "Tanna", "Malekula", "Pentecôte", "Autre"])}
{radios("cat", "Catégorie (à compléter)", ["ONG / entreprise / service public", "Étudiant", "Chef ou conseiller de village"])}
{radios("genre", "Genre", ["Femme", "Homme"])}
{fld("ok", "J'accepte que mes données servent à l'organisation de l'atelier (à compléter)", "checkbox")}
<div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
<button type="submit">Envoyer</button>
</form>
""")

s.page("questions.html", "Questions", """
<h1>Questions fréquentes</h1>
<details open><summary>J'habite à Tanna : dois-je venir à Port-Vila ?</summary>
<p>Non. Les délégués des îles peuvent suivre l'atelier sur Zoom depuis les bureaux provinciaux et prendre la parole comme les participants en salle.</p></details>
<details><summary>Le voyage est-il pris en charge ?</summary>
<p>Pour les délégués des îles éloignées qui viennent en personne, le billet de bateau est remboursé sur présentation du reçu.</p></details>
""")

s.page("acces.html", "Accès", """
<h1>Accès</h1>
<p>La salle est de plain-pied avec une rampe à l'entrée ; les fauteuils roulants circulent sans difficulté.</p>
<p>Une interprétation en langue des signes du Vanuatu peut être organisée sur demande, une semaine à l'avance.</p>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Parrainage principal : 250 000 VT. Un bol de kava au nakamal voisin : 100 VT.</p>
""")

s.page("sejour.html", "Séjour", """
<h1>Séjour</h1>
<p>Bungalows à partir de 6 500 VT la nuit ; bus urbain 150 VT. Vol depuis Brisbane : environ 450 A$.</p>
""")

s.page("actualites.html", "Actualités", """
<h1>Actualités</h1>
<p>Quarante villages ont mis à jour leur plan d'abri cette année.</p>
""")

placeholder_media(s, "media/abri-2026.mp4")
s.pdf("docs/programme-2027.pdf", "Atelier cyclones 2027 - programme\nJour 1: abris  Jour 2: evacuation  Jour 3: eau")

ENTRY = entry(
    s, name="Cyclone preparedness workshop for village leaders 2027 (Pacific resilient communities association, Port Vila, Vanuatu)",
    languages=["fr", "bi"], fees=[(12000, "VUV"), (4000, "VUV")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(10, 5, ["id_document", "birth_date", "phone", "affiliation", "gender"]), min_age=20,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "tarifs.html", "inscription.html", "questions.html", "acces.html"],
    deliberate_404=["archives/atelier-2025.html"],
    evidence={
        "languages": [Q("index.html", "Trois jours pour que chefs, conseillers et responsables communautaires"),
                      Q("index.html", "Wokshop ya i blong ol jif, kaonsel mo ol lida blong komuniti", "Bislama section without lang")],
        "un_languages": [N("fr")],
        "fees": [Q("tarifs.html", "ONG, entreprises et services publics : 12 000 VT"), Q("tarifs.html", "Étudiants : 4 000 VT"),
                 Q("index.html", "Praes i 12 000 VT blong ol NGO", "Bislama restatement: no new entry"),
                 Q("partenaires.html", "Parrainage principal : 250 000 VT.", "sponsor, kava: not fees"),
                 Q("sejour.html", "Vol depuis Brisbane : environ 450 A$.", "lodging, bus, flight (AUD): not fees")],
        "free_option": [Q("tarifs.html", "Chefs et membres des conseils de village : participation offerte")],
        "fee_support": [Q("tarifs.html", "Étudiants : 4 000 VT", "student rate"),
                        Q("questions.html", "le billet de bateau est remboursé sur présentation du reçu", "boat fare refund (FAQ only)")],
        "remote_participation": [Q("questions.html", "prendre la parole comme les participants en salle")],
        "captcha": [M("inscription.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, nothing about an account", "inscription.html")],
        "registration_form": [N("10 fields: name, ID card no., birth date, phone, e-mail, organisation, island select, "
                                "category radio, gender radio, consent checkbox; required: 5 marked (à compléter)", "inscription.html"),
                              Q("inscription.html", "Numéro de carte d'identité nationale (à compléter)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscription.html", "âgées d'au moins vingt ans")],
        "accessibility_statement": [Q("acces.html", "La salle est de plain-pied avec une rampe à l'entrée")],
        "access_services": [Q("acces.html", "les fauteuils roulants circulent sans difficulté", "wheelchair_access"),
                            Q("acces.html", "Une interprétation en langue des signes du Vanuatu peut être organisée sur demande", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/abri-2026.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "Programme détaillé (PDF uniquement)")],
    })
