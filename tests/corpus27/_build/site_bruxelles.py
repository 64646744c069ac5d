from lib import *

NAV = [("index.html", "Accueil"), ("pratique.html", "Infos pratiques"), ("reponse.html", "Répondre à l'invitation"),
       ("acces.html", "Accessibilité"), ("faq.html", "Questions fréquentes"), ("recommandations.html", "Recommandations 2025"),
       ("actualites.html", "Actualités"), ("presse.html", "Presse")]
FOOT = {"fr-BE": '<p>Service des commissions délibératives (service fictif) · Rue du Lombard 69, 1000 Bruxelles · '
        '<a href="mailto:panel@deliberation-bxl.example.be">panel@deliberation-bxl.example.be</a></p>'}
s = mk("commission-deliberative-bruxelles", "Commission délibérative — qualité de l'air 2027", "fr-BE", "#0f6b5c", "CD", NAV, foot=FOOT)

s.page("index.html", "Commission délibérative sur la qualité de l'air 2027", """
<h1>Commission délibérative sur la qualité de l'air</h1>
<p>Quarante-cinq Bruxelloises et Bruxellois tirés au sort siègent aux côtés de quinze députés pour formuler des
recommandations sur la qualité de l'air dans la région. La commission se réunit quatre samedis, de février à mars 2027.</p>
<p>En janvier, 10 000 lettres d'invitation sont envoyées à des personnes tirées au sort dans le registre national.
Parmi celles qui répondent, un second tirage compose un groupe qui ressemble à la population bruxelloise.</p>
<section lang="nl">
<h2>Overlegcommissie over luchtkwaliteit</h2>
<p>Vijfenveertig Brusselaars die door loting zijn gekozen, werken samen met vijftien parlementsleden aan aanbevelingen
over de luchtkwaliteit in het gewest. De commissie komt vier zaterdagen samen in februari en maart 2027.</p>
<p>Hebt u een uitnodigingsbrief ontvangen? U kunt het antwoordformulier in het Nederlands of het Frans invullen; alle
vergaderingen worden simultaan vertaald.</p>
</section>
""")

s.page("pratique.html", "Infos pratiques", """
<h1>Infos pratiques</h1>
<p>La participation est gratuite. Chaque membre tiré au sort reçoit un défraiement de 90 € par journée de travail, et
ses frais de transport sont remboursés.</p>
<p>Les séances se tiennent uniquement en présentiel, au Parlement bruxellois, de 9 h 30 à 17 h.</p>
<p>Le budget total de la commission, expertises comprises, s'élève à 180 000 €.</p>
""")

FORM = "".join([
    fld("code", "Code d'invitation (obligatoire)", req=True),
    fld("nom", "Nom (obligatoire)", req=True),
    fld("prenom", "Prénom (obligatoire)", req=True),
    fld("rn", "Numéro de registre national (obligatoire)", req=True),
    fld("naiss", "Date de naissance (obligatoire)", "date", req=True),
    radios("genre", "Genre (obligatoire)", ["Femme", "Homme", "Autre"], req=True),
    fld("commune", "Commune (obligatoire)", "select", req=True,
        opts=["Anderlecht", "Bruxelles-Ville", "Etterbeek", "Forest", "Ixelles", "Molenbeek-Saint-Jean", "Schaerbeek", "Uccle"]),
    fld("tel", "Téléphone (obligatoire)", "tel", req=True),
    fld("mail", "Courriel", "email"),
    radios("langue", "Langue de travail", ["français", "néerlandais"]),
    fld("garde", "J'aurai besoin de la garderie", "checkbox"),
    fld("lsfb", "J'ai besoin d'une interprétation en langue des signes", "checkbox"),
])
s.page("reponse.html", "Répondre à l'invitation", f"""
<h1>Répondre à l'invitation</h1>
<p>Vous avez reçu une lettre ? Indiquez le code qui y figure pour accepter l'invitation avant le 20 janvier 2027.</p>
<form action="@reponse.html" method="post">
{FORM}
<button type="submit">J'accepte l'invitation</button>
</form>
""")

s.page("acces.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle des séances est accessible en fauteuil roulant par l'entrée de la rue du Lombard, avec ascenseur.</p>
<p>Une interprétation en langue des signes de Belgique francophone (LSFB) est assurée pour les membres qui le demandent.</p>
<p>Une garderie avec des animatrices accueille les enfants des membres pendant les séances.</p>
<p>Toutes les séances plénières ont une interprétation simultanée français–néerlandais.</p>
""")

s.page("faq.html", "Questions fréquentes", """
<h1>Questions fréquentes</h1>
<details open><summary>Qui peut être tiré au sort ?</summary>
<p>Toute personne domiciliée en Région de Bruxelles-Capitale et âgée d'au moins seize ans.</p></details>
<details open><summary>Puis-je me porter candidat sans invitation ?</summary>
<p>Non. Seules les personnes qui ont reçu une lettre peuvent répondre ; les séances de restitution sont ensuite publiques.</p></details>
""")

s.page("recommandations.html", "Recommandations 2025", """
<h1>Recommandations 2025</h1>
<p>La commission sur le logement abordable a adopté 27 recommandations, dont une prime à la rénovation de 4 000 € par logement.</p>
""")

s.page("actualites.html", "Actualités", """
<h1>Actualités</h1>
<p>Les lettres d'invitation partent le 8 janvier 2027.</p>
""")

s.page("presse.html", "Presse", """
<h1>Presse</h1>
<p>Contact presse : presse@deliberation-bxl.example.be. Stationnement près du Parlement : 2,50 € l'heure ; ticket STIB : 2,60 €.</p>
""")

ENTRY = entry(s, name="Deliberative committee on air quality 2027 (regional parliament service, Brussels, Belgium)",
    languages=["fr", "nl"], fees=[], free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=False, registration_form=(12, 8, ["id_document", "birth_date", "gender", "phone"]),
    registration_host=None, registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "childcare", "interpretation"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "pratique.html", "reponse.html", "acces.html", "faq.html"],
    evidence={
        "languages": [Q("index.html", "Quarante-cinq Bruxelloises et Bruxellois tirés au sort siègent aux côtés de quinze députés"),
                      M("index.html", '<section lang="nl">', "Dutch section with lang"),
                      Q("index.html", "Vijfenveertig Brusselaars die door loting zijn gekozen")],
        "un_languages": [N("fr")],
        "fees": [N("no price of taking part: fees []"),
                 Q("pratique.html", "un défraiement de 90 € par journée de travail", "allowance paid to members: not a fee"),
                 Q("pratique.html", "s'élève à 180 000 €", "budget: not a fee"),
                 Q("presse.html", "ticket STIB : 2,60 €", "parking and fares: not fees")],
        "free_option": [Q("pratique.html", "La participation est gratuite.")],
        "fee_support": [Q("pratique.html", "Chaque membre tiré au sort reçoit un défraiement de 90 € par journée de travail, et ses frais de transport sont remboursés.")],
        "remote_participation": [Q("pratique.html", "Les séances se tiennent uniquement en présentiel")],
        "captcha": [N("no CAPTCHA on the reply form")],
        "account_required": [N("own form with an invitation code, no account")],
        "registration_form": [N("reply form: 12 fields (code, surname, first name, national register number, birth date, gender radio, commune select, phone, e-mail, language radio, two checkboxes); 8 marked (obligatoire); sensitive id_document, birth_date, gender, phone", "reponse.html"),
                              Q("reponse.html", "Numéro de registre national (obligatoire)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("faq.html", "âgée d'au moins seize ans", "16, in the FAQ")],
        "accessibility_statement": [Q("acces.html", "La salle des séances est accessible en fauteuil roulant")],
        "access_services": [Q("acces.html", "accessible en fauteuil roulant", "wheelchair_access"),
                            Q("acces.html", "langue des signes de Belgique francophone (LSFB)", "sign_language"),
                            Q("acces.html", "Une garderie avec des animatrices", "childcare"),
                            Q("acces.html", "interprétation simultanée français–néerlandais", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
