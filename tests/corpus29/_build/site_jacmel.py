from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
s = mk("rencontre-agents-sante-communautaire-jacmel", "Rencontre des agents de santé communautaire du Sud-Est — Jacmel 2027", "fr-HT", "#8a1c1c", "ASC",
       [("index.html", "Accueil"), ("frais.html", "Frais et appuis"), ("inscription.html", "Inscription"),
        ("distance.html", "Suivre à distance"), ("accessibilite.html", "Accessibilité"), ("hebergement.html", "Hébergement"),
        ("partenaires.html", "Partenaires"), ("emplois.html", "Offres d'emploi")],
       foot={"fr-HT": "<p>Réseau des agents de santé communautaire du Sud-Est · rencontre@asc.example.ht</p>"})
placeholder_media(s, "media/temoignages-2026.mp4")
s.pdf("files/programme-rencontre-2027.pdf", "Rencontre des agents de sante communautaire 2027 - programme\nJour 1: vaccination et suivi des grossesses\nJour 2: cholera, eau et assainissement")
s.page("index.html", "Rencontre des agents de santé communautaire 2027", """
<h1>Rencontre des agents de santé communautaire du Sud-Est 2027</h1>
<p>Les 22 et 23 avril 2027, le Réseau réunit à Jacmel les agents de santé communautaire polyvalents (ASCP), les matrones formées et les infirmières des dispensaires des sections communales pour deux journées d'échanges sur la vaccination, le suivi des grossesses et la riposte au choléra.</p>
<p>Le programme détaillé se télécharge en <a href="@files/programme-rencontre-2027.pdf">PDF</a>. Les actes de l'an dernier sont <a href="@actes-2026.html">en ligne ici</a>.</p>
""" + video("media/temoignages-2026.mp4") + """
<div class="kreyol">
<h2>Pou ajan sante yo</h2>
<p>Rankont sa a se pou nou menm ajan sante kominotè ki travay nan mòn ak bouk yo. Ajan sante yo pa peye pou patisipe, e Rezo a ap ranbouse lajan transpò pou moun ki soti nan seksyon kominal ki lwen yo.</p>
<p>Pote kat idantite nou ak kaye rapò nou. N ap pataje eksperyans, n ap aprann ansanm, epi n ap manje ansanm tou.</p>
</div>
""")
s.page("frais.html", "Frais et appuis", """
<h1>Frais de participation et appuis</h1>
<table>
<tr><th>Catégorie</th><th>Montant</th></tr>
<tr><td>Agents de santé communautaire (ASCP)</td><td>gratuit</td></tr>
<tr><td>Personnel des ONG partenaires</td><td>2 500 gourdes</td></tr>
<tr><td>Étudiants en sciences infirmières</td><td>750 gourdes</td></tr>
</table>
<p>Les frais de transport des ASCP venant des sections communales éloignées (Marigot, Cayes-Jacmel, Thiotte) sont remboursés sur présentation des reçus.</p>
""")
s.page("inscription.html", "Inscription", """
<h1>Formulaire d'inscription</h1>
<p>Ouvert aux personnes de dix-huit ans révolus.</p>
<form action="@inscription.html" method="post">
""" + fld("nom", "Nom et prénom (obligatoire)") + fld("nif", "NIF ou numéro de CIN (obligatoire)") + radios("sexe", "Sexe", ["Femme", "Homme"])
    + fld("tel", "Téléphone (obligatoire)", "tel") + fld("courriel", "Courriel", "email")
    + fld("struct", "Dispensaire, centre de santé ou ONG (obligatoire)")
    + fld("com", "Commune", "select", opts=["Jacmel", "Marigot", "Cayes-Jacmel", "Thiotte", "Bainet", "Autre"])
    + radios("cat", "Catégorie", ["ASCP", "ONG partenaire", "Étudiant·e"], req=True)
    + radios("mode", "Participation", ["Sur place", "À distance (Zoom)"])
    + fld("remb", "Je demande le remboursement du transport", "checkbox") + fld("rem", "Remarques", "textarea") + """
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAJacmelExample"></div>
<button type="submit">Envoyer</button>
</form>
""")
s.page("distance.html", "Suivre à distance", """
<h1>Participer à distance</h1>
<p>Les agents des départements voisins peuvent se connecter par Zoom depuis les bureaux communaux de santé : ils peuvent poser leurs questions au micro et prendre la parole pendant les ateliers.</p>
""")
s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle de l'Alliance se trouve au rez-de-chaussée, avec une rampe d'accès pour les fauteuils roulants.</p>
<p>Une interprète en langue des signes haïtienne (LSH) sera présente pendant les plénières.</p>
<p>Un espace enfants avec deux animatrices accueille les enfants des participantes pendant les sessions.</p>
""")
s.page("hebergement.html", "Hébergement", """
<h1>Hébergement et transport</h1>
<p>Pensions près du bord de mer à partir de 4 500 gourdes la nuit. Le tap-tap Port-au-Prince–Jacmel coûte environ 500 gourdes. Depuis Santo Domingo, le bus Caribe Tours coûte environ RD$ 3 000.</p>
""")
s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Partenaire principal : 150 000 gourdes ; stand d'information : 15 000 gourdes.</p>
""")
s.page("emplois.html", "Offres d'emploi", """
<h1>Offres d'emploi</h1>
<p>Une ONG recrute deux superviseurs d'ASCP pour Bainet, salaire de 60 000 gourdes par mois.</p>
""")
ENTRY = entry(s, name="South-East community health agents' meeting 2027 (community health agents' network, Jacmel, Haiti)",
    languages=["fr", "ht"], fees=[(2500, "HTG"), (750, "HTG")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(11, 5, ["id_document", "gender", "phone", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "frais.html", "inscription.html", "distance.html", "accessibilite.html"],
    deliberate_404=["actes-2026.html"],
    evidence={
        "languages": [Q("index.html", "le Réseau réunit à Jacmel les agents de santé communautaire polyvalents"),
                      Q("index.html", "Rankont sa a se pou nou menm ajan sante kominotè", "Haitian Creole section without lang")],
        "un_languages": [N("fr")],
        "fees": [Q("frais.html", "Personnel des ONG partenaires 2 500 gourdes"), Q("frais.html", "Étudiants en sciences infirmières 750 gourdes"),
                 Q("hebergement.html", "environ RD$ 3 000", "pension, tap-tap, bus (DOP): not fees"),
                 Q("partenaires.html", "Partenaire principal : 150 000 gourdes", "not a fee"),
                 Q("emplois.html", "salaire de 60 000 gourdes par mois", "salary: not a fee")],
        "free_option": [Q("frais.html", "Agents de santé communautaire (ASCP) gratuit")],
        "fee_support": [Q("frais.html", "sont remboursés sur présentation des reçus", "transport refunds; student rate; free for one group")],
        "remote_participation": [Q("distance.html", "ils peuvent poser leurs questions au micro et prendre la parole pendant les ateliers")],
        "captcha": [M("inscription.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (name, NIF/CIN, sex radio, phone, e-mail, health centre, commune, category radio, mode radio, refund checkbox, remarks); 4 marked (obligatoire) + category radio required = 5; sensitive id_document, gender, phone, affiliation", "inscription.html"),
                              Q("inscription.html", "NIF ou numéro de CIN (obligatoire)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscription.html", "Ouvert aux personnes de dix-huit ans révolus.")],
        "accessibility_statement": [Q("accessibilite.html", "avec une rampe d'accès pour les fauteuils roulants")],
        "access_services": [Q("accessibilite.html", "au rez-de-chaussée, avec une rampe d'accès pour les fauteuils roulants", "wheelchair_access"),
                            Q("accessibilite.html", "Une interprète en langue des signes haïtienne (LSH)", "sign_language"),
                            Q("accessibilite.html", "Un espace enfants avec deux animatrices", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/temoignages-2026.mp4">', "no track")],
        "pdf_only_documents": [M("index.html", 'href="files/programme-rencontre-2027.pdf"', "programme only as PDF")],
    })
