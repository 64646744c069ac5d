from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Accueil"), ("tarifs.html", "Tarifs"), ("inscription.html", "Inscription"), ("faq.html", "FAQ"),
       ("accessibilite.html", "Accessibilité"), ("partenaires.html", "Partenaires"), ("sejour.html", "Séjour"),
       ("offres.html", "Offres d’emploi")]
FOOT = '<p>Union des coopératives d’orpailleurs de Haute-Guinée et ONG Terre sans mercure — quartier Salamani, Kankan (fictif) — atelier@orpaillage-sur.example.gn</p>'
s = mk("atelier-orpailleurs-securite-mercure-kankan", "Atelier des orpailleurs : travailler sans mercure 2027", "fr-GN",
       "#a0620c", "Or", NAV, foot={"fr-GN": FOOT})
placeholder_media(s, "media/placer-2026.mp4")
s.pdf("docs/programme-atelier-2027.pdf", "Atelier des orpailleurs, Kankan 2027\nProgramme: 8-10 decembre 2027")

s.page("index.html", "Atelier des orpailleurs : travailler sans mercure", """
<h1>Atelier des orpailleurs : travailler sans mercure</h1>
<p>I ni ce.</p>
<p>Trois jours pour les orpailleurs, les responsables de coopératives et les agents de santé qui veulent réduire l’usage du mercure sur les placers de Haute-Guinée : cornues, tables de concentration, protection des femmes enceintes.</p>
<ul>
<li>Séance : les enfants de 10 à 14 ans sur les placers, comment les protéger</li>
<li>Démonstration de la table à secousses</li>
</ul>
<p>Du 8 au 10 décembre 2027, Maison des jeunes de Kankan. Le programme détaillé est disponible uniquement en PDF : <a href="@docs/programme-atelier-2027.pdf">programme (PDF)</a>. Voir aussi <a href="@atelier-2025.html">l’édition 2025</a>.</p>
""" + video("media/placer-2026.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>This workshop brings artisanal gold miners, cooperative leaders and health workers together to cut mercury use on the gold fields of Upper Guinea. Sessions are in French with Maninka interpretation; miners from the union’s member cooperatives take part free of charge.</p>
</section>
""")

s.page("tarifs.html", "Tarifs", """
<h1>Frais de participation</h1>
<table>
<caption>Frais (francs guinéens)</caption>
<tr><th>Catégorie</th><th>Montant</th></tr>
<tr><td>ONG, entreprises, services de l’État</td><td>150 000 GNF</td></tr>
<tr><td>Étudiants</td><td>50 000 GNF</td></tr>
<tr><td>Visite d’un site minier à Siguiri (facultative, organisée par l’atelier)</td><td>75 000 GNF</td></tr>
</table>
<p>La participation est gratuite pour les orpailleurs membres des coopératives de l’union.</p>
""")

s.page("inscription.html", "Inscription", """
<h1>Inscription</h1>
<p>L’atelier est réservé aux personnes de dix-huit ans révolus.</p>
<form action="@inscription.html" method="post">
""" + fld("nom", "Nom et prénom (champ requis)") + fld("nin", "Numéro de la carte d’identité nationale (NIN) (champ requis)")
  + fld("tel", "Téléphone (champ requis)", "tel") + fld("mail", "Courriel", "email")
  + fld("org", "Coopérative, ONG ou entreprise (champ requis)")
  + fld("pref", "Préfecture", "select", opts=["Kankan", "Siguiri", "Mandiana", "Kouroussa", "Autre"])
  + radios("cat", "Catégorie", ["orpailleur", "ONG ou entreprise", "étudiant", "autre"])
  + fld("visite", "Je m’inscris à la visite du site minier", "checkbox")
  + fld("besoins", "Besoins particuliers", "textarea")
  + fld("ok", "J’accepte le règlement de l’atelier", "checkbox", req=True) + """
<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
<button type="submit">Envoyer</button>
</form>
""")

s.page("faq.html", "FAQ", """
<h1>Questions fréquentes</h1>
<details open><summary>Peut-on suivre l’atelier à distance ?</summary><p>Il n’y a pas de participation en ligne : l’atelier se tient uniquement à Kankan.</p></details>
<details open><summary>Faut-il créer un compte ?</summary><p>Non, le formulaire d’inscription suffit.</p></details>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle est au rez-de-chaussée, avec une rampe à l’entrée.</p>
<p>Interprétation français–malinké pendant toutes les séances.</p>
<p>Il n’y a pas d’interprète en langue des signes cette année.</p>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Partenaire principal : 25 000 000 GNF. Kit de cornue vendu par un fournisseur partenaire : 400 000 GNF.</p>
<p>Cours de l’or au comptoir de Kankan cette semaine : 850 000 GNF le gramme.</p>
""")

s.page("sejour.html", "Séjour", """
<h1>Séjour à Kankan</h1>
<p>Hôtel du Milo : 450 000 GNF la nuit. Moto-taxi en ville : 10 000 GNF la course.</p>
""")

s.page("offres.html", "Offres d’emploi", """
<h1>Offres d’emploi</h1>
<p>Animateur santé-environnement (Siguiri) : 3 500 000 GNF par mois.</p>
""")

ENTRY = entry(s, name="Artisanal gold miners' mercury-free workshop 2027 (miners' cooperatives union and NGO, Kankan, Guinea)",
    languages=["fr", "en"],
    fees=[(150000, "GNF"), (50000, "GNF"), (75000, "GNF")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["turnstile"], account_required=False,
    registration_form=(10, 5, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "tarifs.html", "inscription.html", "faq.html", "accessibilite.html"],
    deliberate_404=["atelier-2025.html"],
    evidence={
        "languages": [Q("index.html", "Trois jours pour les orpailleurs, les responsables de coopératives"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "This workshop brings artisanal gold miners, cooperative leaders and health workers together"),
                      Q("index.html", "I ni ce.", "Maninka greeting: not listable")],
        "un_languages": [N("en, fr")],
        "fees": [Q("tarifs.html", "150 000 GNF", "150000 GNF"), Q("tarifs.html", "50 000 GNF", "student 50000 GNF"),
                 Q("tarifs.html", "Visite d’un site minier à Siguiri (facultative, organisée par l’atelier)", "site visit 75000 GNF"),
                 Q("partenaires.html", "Kit de cornue vendu par un fournisseur partenaire : 400 000 GNF.", "kit, sponsor: not fees"),
                 Q("partenaires.html", "850 000 GNF le gramme", "gold price: not a fee"),
                 Q("sejour.html", "Hôtel du Milo : 450 000 GNF la nuit.", "hotel, moto-taxi: not fees"),
                 Q("offres.html", "3 500 000 GNF par mois", "salary: not a fee")],
        "free_option": [Q("tarifs.html", "La participation est gratuite pour les orpailleurs membres des coopératives de l’union.")],
        "fee_support": [Q("tarifs.html", "Étudiants", "student rate"),
                        Q("tarifs.html", "gratuite pour les orpailleurs membres", "free for one group")],
        "remote_participation": [Q("faq.html", "Il n’y a pas de participation en ligne : l’atelier se tient uniquement à Kankan.")],
        "captcha": [M("inscription.html", '<div class="cf-turnstile"')],
        "account_required": [Q("faq.html", "Non, le formulaire d’inscription suffit.")],
        "registration_form": [N("10 fields (name, NIN, phone, e-mail, organisation, prefecture select, category radio, visit checkbox, needs textarea, rules checkbox); required: 4 marked (champ requis) + checkbox = 5", "inscription.html"),
                              Q("inscription.html", "Numéro de la carte d’identité nationale (NIN) (champ requis)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscription.html", "L’atelier est réservé aux personnes de dix-huit ans révolus."),
                    Q("index.html", "les enfants de 10 à 14 ans sur les placers", "talk topic: not a limit")],
        "accessibility_statement": [Q("accessibilite.html", "La salle est au rez-de-chaussée, avec une rampe à l’entrée.")],
        "access_services": [Q("accessibilite.html", "La salle est au rez-de-chaussée, avec une rampe à l’entrée.", "wheelchair_access"),
                            Q("accessibilite.html", "Interprétation français–malinké pendant toutes les séances.", "interpretation"),
                            Q("accessibilite.html", "Il n’y a pas d’interprète en langue des signes cette année.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/placer-2026.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "Le programme détaillé est disponible uniquement en PDF", "programme only as PDF")],
    })
