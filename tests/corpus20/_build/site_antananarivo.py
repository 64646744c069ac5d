"""Antananarivo: a vanilla growers' platform's colloquium on vanilla and agroforestry (fr-MG; Malagasy section without lang)."""
from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Accueil"), ("tarifs.html", "Tarifs"), ("inscription.html", "Inscription"),
       ("a-distance.html", "À distance"), ("accessibilite.html", "Accessibilité"), ("hebergement.html", "Hébergement"),
       ("marche.html", "Prix du marché"), ("stands.html", "Stands")]
s = mk("colloque-vanille-agroforesterie-antananarivo", "Colloque national vanille et agroforesterie 2027", "fr-MG", "#5b3a1a",
       "Lavanila", NAV, foot={"fr-MG": "<p>Plateforme nationale des producteurs de vanille — colloque@vanille.example.mg</p>"})

s.page("index.html", "Colloque national vanille et agroforesterie 2027", """
<h1>Colloque national vanille et agroforesterie</h1>
<p>Producteurs, coopératives, exportateurs et chercheurs se retrouvent à Antananarivo du 17 au 19 août 2027 pour parler qualité, vols de vanille verte, ombrage et diversification des parcelles.</p>
<p><a href="@inscription.html">S'inscrire</a> · <a href="@actes-2025.html">Actes du colloque 2025</a></p>
<h2>Fivoriana momba ny lavanila</h2>
<p>Hihaona eto Antananarivo ny mpamokatra, ny kaoperativa, ny mpanondrana ary ny mpikaroka mba hiresaka momba ny kalitaon'ny lavanila, ny fangalarana lavanila maitso ary ny fambolena hazo miaraka amin'ny lavanila.</p>
""")

s.page("tarifs.html", "Tarifs", """
<h1>Frais de participation</h1>
<table><caption>Frais d'inscription</caption>
<tr><th>Catégorie</th><th>Montant</th></tr>
<tr><td>Participant·e</td><td>150 000 Ar</td></tr>
<tr><td>Membre d'une coopérative adhérente</td><td>60 000 Ariary</td></tr>
<tr><td>Visite d'une plantation à Sambava (option)</td><td>80 000 MGA</td></tr>
</table>
<p>Aucune réduction ni prise en charge des frais de voyage n'est prévue.</p>
""")

form = "".join([
    fld("nom", "Nom et prénoms (obligatoire)", req=True),
    fld("mail", "Adresse e-mail (obligatoire)", "email", req=True),
    fld("tel", "Téléphone (obligatoire)", "tel", req=True),
    fld("cin", "Numéro de CIN ou de passeport (obligatoire)", req=True),
    fld("structure", "Coopérative, entreprise ou institution (obligatoire)", req=True),
    fld("nat", "Nationalité (obligatoire)", "select", req=True, opts=["Malagasy", "Comorienne", "Française", "Autre"]),
    fld("region", "Région", "select", opts=["SAVA", "Analanjirofo", "Diana", "Atsinanana"]),
    radios("cat", "Catégorie (obligatoire)", ["Participant·e", "Membre de coopérative"], req=True),
    fld("visite", "Je participe à la visite de plantation", "checkbox"),
    fld("regl", "J'accepte le règlement du colloque (obligatoire)", "checkbox", req=True),
])
s.page("inscription.html", "Inscription", f"""
<h1>Inscription</h1>
<p>Colloque réservé aux personnes de 18 ans et plus.</p>
<form action="@inscription.html" method="post">
{form}
<div id="arkose-enforcement" class="arkose-labs" data-pkey="EXAMPLE-VANILLE-KEY"></div>
<button type="submit">Envoyer</button>
</form>
""")

s.page("a-distance.html", "À distance", """
<h1>Participer à distance</h1>
<p>Les participant·es à distance suivent les sessions via Microsoft Teams et peuvent poser leurs questions en direct au micro ou par écrit.</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle plénière est au rez-de-chaussée et accessible en fauteuil roulant.</p>
<p>Pour tout besoin particulier, contactez acces@vanille.example.mg.</p>
""")

s.page("hebergement.html", "Hébergement", "<h1>Hébergement</h1><p>Hôtels à Antanimena dès 120 000 Ar la nuit ; taxi-brousse Sambava–Antananarivo environ 90 000 Ar.</p>")
s.page("marche.html", "Prix du marché", "<h1>Prix du marché</h1><p>Prix indicatif de la vanille préparée cette saison : 250 000 Ar le kilo.</p>")
s.page("stands.html", "Stands", "<h1>Stands</h1><p>Stand d'exposition pour exportateurs : 1 500 000 Ar.</p>")

ENTRY = entry(
    s, name="National Colloquium on Vanilla and Agroforestry 2027 (vanilla growers' platform, Antananarivo)",
    languages=["fr", "mg"],
    fees=[(150000, "MGA"), (60000, "MGA"), (80000, "MGA")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["arkose"],
    account_required=False, registration_form=(10, 8, ["phone", "id_document", "affiliation", "nationality"]),
    registration_host=None, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "tarifs.html", "inscription.html", "a-distance.html", "accessibilite.html"],
    deliberate_404=["actes-2025.html"],
    evidence={
        "languages": [Q("index.html", "Producteurs, coopératives, exportateurs et chercheurs se retrouvent à Antananarivo"),
                      Q("index.html", "Hihaona eto Antananarivo ny mpamokatra, ny kaoperativa, ny mpanondrana ary ny mpikaroka", "Malagasy section without lang")],
        "un_languages": [N("fr")],
        "fees": [Q("tarifs.html", "Participant·e 150 000 Ar", "150000 MGA"),
                 Q("tarifs.html", "Membre d'une coopérative adhérente 60 000 Ariary", "member rate: a fee (category rate, not support)"),
                 Q("tarifs.html", "Visite d'une plantation à Sambava (option) 80 000 MGA", "field visit of the event: a fee"),
                 Q("hebergement.html", "Hôtels à Antanimena dès 120 000 Ar la nuit", "hotel and taxi-brousse: not fees"),
                 Q("marche.html", "250 000 Ar le kilo", "market price: not a fee"),
                 Q("stands.html", "Stand d'exposition pour exportateurs : 1 500 000 Ar.", "stand: not a fee")],
        "free_option": [N("fees stated, nothing said about a free way: false", "tarifs.html")],
        "fee_support": [Q("tarifs.html", "Aucune réduction ni prise en charge des frais de voyage n'est prévue.")],
        "remote_participation": [Q("a-distance.html", "via Microsoft Teams et peuvent poser leurs questions en direct")],
        "captcha": [M("inscription.html", '<div id="arkose-enforcement" class="arkose-labs"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, e-mail, phone, CIN/passport, organisation, nationality select, region select, category radio, visit checkbox, rules checkbox); 8 marked (obligatoire); sensitive phone, id_document, affiliation, nationality", "inscription.html"),
                              Q("inscription.html", "Nationalité (obligatoire)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscription.html", "Colloque réservé aux personnes de 18 ans et plus.", "18")],
        "accessibility_statement": [Q("accessibilite.html", "La salle plénière est au rez-de-chaussée et accessible en fauteuil roulant.")],
        "access_services": [Q("accessibilite.html", "accessible en fauteuil roulant", "wheelchair_access")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
