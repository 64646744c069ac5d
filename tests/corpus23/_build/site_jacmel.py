from lib import *

NAV = [("index.html", "Accueil"), ("tarifs.html", "Ateliers et tarifs"), ("inscription.html", "Inscription"),
       ("accessibilite.html", "Accessibilité"), ("en.html", "English"), ("librairie.html", "Librairie"),
       ("exposants.html", "Éditeurs exposants"), ("sejour.html", "Séjour")]
s = mk("festival-livre-jeunesse-jacmel", "Festival du livre jeunesse de Jacmel 2027", "fr-HT", "#d4621a", "FLJ", NAV,
       foot={"fr-HT": "<p>Association Lire à Jacmel · festival@livrejacmel.example.ht</p>"})

s.page("index.html", "Festival du livre jeunesse de Jacmel 2027", """
<h1>Festival du livre jeunesse de Jacmel</h1>
<p>Du 15 au 18 avril 2027, la cour de l'Alliance et la place d'Armes accueillent auteurs, illustrateurs, conteurs,
enseignants et surtout des centaines d'enfants. L'entrée du festival est gratuite ; les ateliers sont sur inscription.</p>
<p>Voir les <a href="@tarifs.html">ateliers et tarifs</a> et le <a href="@album-2026.html">bilan de l'édition 2026</a>.</p>
<video controls preload="none" width="640" src="media/konte.mp4"></video>
<section lang="ht">
<h2>An kreyòl</h2>
<p>Festival liv timoun Jacmel la ap fèt 15 rive 18 avril 2027 nan lakou Alyans lan. Antre a gratis pou tout moun.
Timoun ki gen 8 rive 14 lane ka patisipe nan atelye ekriti ak desen yo si paran yo enskri yo davans.</p>
</section>
""")
placeholder_media(s, "media/konte.mp4")

s.page("tarifs.html", "Ateliers et tarifs", """
<h1>Ateliers et tarifs</h1>
<ul>
<li>Atelier d'écriture pour enfants (trois matinées) : 500 gourdes</li>
<li>Masterclass d'illustration pour adolescents : 1 250 HTG</li>
<li>Formation des enseignants à la lecture à voix haute : US$ 20</li>
</ul>
<p>Les ateliers s'adressent aux enfants de 8 à 14 ans.</p>
<p>Les frais de transport des écoles des sections communales rurales sont remboursés sur présentation du reçu du camion.</p>
<p>Il n'y a pas de participation en ligne : tout se passe sur place à Jacmel.</p>
""")

s.page("inscription.html", "Inscription", f"""
<h1>Inscription aux ateliers</h1>
<p>Formulaire à remplir par un parent ou un responsable. Les champs (obligatoire) doivent être remplis.</p>
<form action="@inscription.html" method="post">
{fld("enfant", "Nom et prénom de l'enfant (obligatoire)")}
{fld("naissance", "Date de naissance de l'enfant (obligatoire)", "date")}
{fld("parent", "Nom du parent ou responsable (obligatoire)")}
{fld("tel", "Téléphone du parent (obligatoire)", "tel")}
{fld("ecole", "École fréquentée")}
{fld("atelier", "Atelier choisi (obligatoire)", "select", opts=["Écriture", "Illustration", "Conte"])}
{fld("niveau", "Classe", "select", opts=["3e année", "4e année", "5e année", "6e année", "7e année", "8e année", "9e année"])}
{fld("photo", "J'accepte que mon enfant soit photographié", "checkbox")}
{fld("accord", "J'autorise mon enfant à participer (obligatoire)", "checkbox")}
<button type="submit">Inscrire</button>
</form>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La cour de l'Alliance est de plain-pied et accessible en fauteuil roulant.</p>
<p>Les lectures contées du samedi sont traduites par une interprète en langue des signes haïtienne (LSH).</p>
<p>Contact pour tout besoin particulier : acces@livrejacmel.example.ht</p>
""")

s.page("en.html", "Jacmel Children's Book Festival", """
<h1>Jacmel Children's Book Festival</h1>
<p>The festival is held from 15 to 18 April 2027 in the Alliance courtyard and on the Place d'Armes. Entry is free
for everyone. Children aged 8 to 14 can join writing, illustration and storytelling workshops; a parent fills in
the registration form in French. Teachers can join a read-aloud training day. Workshop prices are listed on the
French rates page.</p>
""", lang="fr")

s.page("librairie.html", "Librairie", """
<h1>Librairie du festival</h1><p>Albums illustrés à partir de 350 gourdes. Don au fonds « Un livre pour chaque école » : 1 000 HTG.</p>
""")
s.page("exposants.html", "Éditeurs exposants", """
<h1>Éditeurs exposants</h1><p>Table d'exposition pour une maison d'édition : US$ 150 pour les quatre jours.</p>
""")
s.page("sejour.html", "Séjour", """
<h1>Séjour</h1><p>Hôtel La Jacmélienne : US$ 85 la nuit. Tap-tap depuis Port-au-Prince : environ 500 gourdes.</p>
""")

ENTRY = entry(s, name="Jacmel Children's Book Festival 2027 (reading association, Jacmel)",
    languages=["fr", "ht", "en"], fees=[(500, "HTG"), (1250, "HTG"), (20, "USD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=False, registration_form=(9, 6, ["birth_date", "phone", "affiliation"]),
    min_age=8, accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tarifs.html", "inscription.html", "accessibilite.html", "en.html"],
    deliberate_404=["album-2026.html"],
    evidence={
        "languages": [Q("index.html", "la cour de l'Alliance et la place d'Armes accueillent auteurs, illustrateurs"),
                      M("index.html", '<section lang="ht">', "Haitian Creole section with lang"),
                      Q("index.html", "Festival liv timoun Jacmel la ap fèt 15 rive 18 avril 2027"),
                      M("en.html", '<html lang="fr">', "English page declared French"),
                      Q("en.html", "The festival is held from 15 to 18 April 2027 in the Alliance courtyard")],
        "un_languages": [N("fr, en")],
        "fees": [Q("tarifs.html", "Atelier d'écriture pour enfants (trois matinées) : 500 gourdes", "500 HTG"),
                 Q("tarifs.html", "Masterclass d'illustration pour adolescents : 1 250 HTG", "1250 HTG"),
                 Q("tarifs.html", "Formation des enseignants à la lecture à voix haute : US$ 20", "20 USD"),
                 Q("librairie.html", "Albums illustrés à partir de 350 gourdes.", "books and donation: not fees"),
                 Q("exposants.html", "Table d'exposition pour une maison d'édition : US$ 150", "stand: not a fee"),
                 Q("sejour.html", "Hôtel La Jacmélienne : US$ 85 la nuit.", "hotel and tap-tap: not fees")],
        "free_option": [Q("index.html", "L'entrée du festival est gratuite")],
        "fee_support": [Q("tarifs.html", "Les frais de transport des écoles des sections communales rurales sont remboursés")],
        "remote_participation": [Q("tarifs.html", "Il n'y a pas de participation en ligne")],
        "captcha": [N("no CAPTCHA on any form")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (child's name, birth date, parent's name, parent's phone, school, workshop "
                                "select, class select, photo checkbox, consent checkbox); 6 marked (obligatoire); "
                                "sensitive birth_date, phone, affiliation", "inscription.html"),
                              Q("inscription.html", "Date de naissance de l'enfant (obligatoire)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("tarifs.html", "Les ateliers s'adressent aux enfants de 8 à 14 ans.", "lower bound 8")],
        "accessibility_statement": [Q("accessibilite.html", "La cour de l'Alliance est de plain-pied et accessible en fauteuil roulant.")],
        "access_services": [Q("accessibilite.html", "accessible en fauteuil roulant", "wheelchair_access"),
                            Q("accessibilite.html", "interprète en langue des signes haïtienne (LSH)", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/konte.mp4"></video>', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
