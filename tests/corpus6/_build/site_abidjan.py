from lib import mk, Q, M, N, entry, video, placeholder_media, vtt
NAV = [("index.html", "Accueil"), ("candidater.html", "Candidater"), ("pratique.html", "Accessibilité et transport"), ("prix.html", "Prix"),
       ("partenaires.html", "Partenaires"), ("defis.html", "Défis"), ("en.html", "English")]
s = mk("hackathon-jeunesse-numerique-abidjan", "Hackathon Jeunesse Numérique", "fr", "#2e7d32", "HJ", NAV,
       foot={"fr": "<p>Hackathon Jeunesse Numérique · equipe@hackjeunes.example.ci</p>"})
placeholder_media(s, "media/teaser.mp4"); vtt(s, "media/teaser.fr.vtt", "Bienvenue au hackathon")
s.page("index.html", "Hackathon Jeunesse Numérique — Abidjan", """
<h1>Hackathon Jeunesse Numérique</h1>
<p>48 heures à Abidjan (Plateau), du 20 au 22 mars, pour des équipes de jeunes de l'espace francophone qui codent des services publics numériques.</p>
<p>La participation est entièrement gratuite. <a href="@candidater.html">Candidater</a></p>
""" + video("media/teaser.mp4", track="media/teaser.fr.vtt", track_lang="fr", label="Français") + "\n")
s.page("candidater.html", "Candidater", """
<h1>Candidater</h1>
<p>Le hackathon est ouvert aux jeunes de dix-huit à trente-cinq ans. Inscription des équipes sur <a href="https://lu.ma/hackjeunes-abidjan">Luma</a>.</p>
<p>Les équipes peuvent aussi participer à distance : elles codent depuis chez elles et présentent leur projet en direct au jury par visioconférence.</p>
<p>Le transport des équipes venant de l'intérieur du pays est pris en charge par l'organisation. Voir aussi le <a href="@reglement.html">règlement</a>.</p>
""")
s.page("pratique.html", "Accessibilité et transport", """
<h1>Accessibilité et transport</h1>
<p>Le lieu est accessible en fauteuil roulant. Une interprète en langue des signes accompagne les présentations finales. Pour tout besoin particulier, écrivez à acces@hackjeunes.example.ci.
Il n'y a pas de sous-titrage en direct.</p>
<p>Taxi depuis l'aéroport : environ 5 000 FCFA. Hébergement partenaire : 25 000 FCFA la nuit.</p>
""")
s.page("prix.html", "Prix", """<h1>Prix</h1><p>1er prix : 1 000 000 FCFA ; 2e prix : 500 000 F CFA. Per diem des mentors : 20 000 XOF.</p>""")
s.page("partenaires.html", "Partenaires", """<h1>Devenir partenaire</h1><p>Pack Or : 5 000 000 FCFA. Pack Argent : 2 000 000 FCFA.</p>""")
s.page("defis.html", "Défis", """<h1>Défis</h1><ul><li>Registre foncier ouvert</li><li>Langues nationales et services vocaux</li><li>Coût des démarches administratives</li></ul>""")
s.page("en.html", "Youth Digital Hackathon — Abidjan", """
<h1>Youth Digital Hackathon</h1>
<p>48 hours in Abidjan, 20–22 March, for teams of young people from French-speaking countries building digital public services.
Participation is completely free. Teams may take part remotely and pitch live to the jury by video call.</p>
""", lang="en")
ENTRY = entry(s, name="Hackathon Jeunesse Numérique (Francophone African youth hackathon)",
    languages=["fr", "en"], free_option=True, fee_support=True, remote_participation=True, account_required=False,
    registration_host="lu.ma", min_age=18, accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    deliberate_404=["reglement.html"], participation_pages=["index.html", "candidater.html", "pratique.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "pour des équipes de jeunes de l'espace francophone"), Q("en.html", "for teams of young people from French-speaking countries")],
        "un_languages": [N("fr and en")],
        "fees": [Q("index.html", "La participation est entièrement gratuite."), Q("prix.html", "1er prix : 1 000 000 FCFA", "prizes and per diem, not fees"),
                 Q("partenaires.html", "Pack Or : 5 000 000 FCFA", "partner packs, not fees"), Q("pratique.html", "Hébergement partenaire : 25 000 FCFA la nuit.", "hotel, taxi — not fees")],
        "free_option": [Q("index.html", "La participation est entièrement gratuite.")],
        "fee_support": [Q("candidater.html", "Le transport des équipes venant de l'intérieur du pays est pris en charge par l'organisation.")],
        "remote_participation": [Q("candidater.html", "présentent leur projet en direct au jury par visioconférence")],
        "captcha": [N("none")], "account_required": [N("not stated")], "registration_form": [N("Luma")],
        "registration_host": [M("candidater.html", 'href="https://lu.ma/hackjeunes-abidjan"')], "registration_pdf_only": [N("Luma")],
        "min_age": [Q("candidater.html", "ouvert aux jeunes de dix-huit à trente-cinq ans", "in words")],
        "accessibility_statement": [Q("pratique.html", "Pour tout besoin particulier, écrivez à acces@hackjeunes.example.ci.")],
        "access_services": [Q("pratique.html", "Le lieu est accessible en fauteuil roulant."), Q("pratique.html", "Une interprète en langue des signes"),
                            Q("pratique.html", "Il n'y a pas de sous-titrage en direct.", "negation: no captions")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/teaser.fr.vtt"')],
        "pdf_only_documents": [N("no PDF")],
    })
