from lib import *

NAV = [("index.html", "Accueil"), ("tarifs.html", "Tarifs et billets"), ("places-gratuites.html", "Places gratuites"),
       ("a-distance.html", "Depuis les atolls"), ("accessibilite.html", "Accessibilité"), ("boutique.html", "Boutique"),
       ("sejour.html", "Séjour à Papeete"), ("partenaires.html", "Partenaires")]
s = mk("assises-perliculteurs-papeete", "Assises de la perliculture 2027 – Papeete", "fr-PF", "#1d3557", "AP", NAV,
       foot={"fr-PF": "<p>Fédération des coopératives perlières (fictive) · 12 rue du Port, Papeete, Tahiti · assises@perle-coop.example.pf</p>"})
placeholder_media(s, "media/greffe.mp4")
vtt(s, "media/greffe.vtt", "La greffe commence par le choix du nucléus.")

s.page("index.html", "Assises de la perliculture 2027", f"""
<h1>Assises de la perliculture 2027</h1>
<p>Les 22 et 23 avril 2027, perliculteurs, greffeurs, chercheurs et élus se réunissent à la Maison de la culture de Papeete pour faire le point sur la qualité de la nacre, le prix des perles et l'avenir des lagons. Les assises adopteront une motion commune soumise au vote des délégués.</p>
<section lang="ty">
<h2>Parau poto</h2>
<p>E tupu te mau Assises o te poe rava'ai i Papeete i te 22 e te 23 no Eperera 2027. Te moni tomo, 14 000 F CFP. E nehenehe te feia fa'a'apu poe no te Tuamotu e ani i te parahira'a tamoni 'ore.</p>
<p>E nehenehe te mau ti'a no te mau motu e apiti mai na roto i te Teams e e ma'iti i te parau fa'aoti.</p>
</section>
<h2>La greffe expliquée (sous-titrée)</h2>
{video("media/greffe.mp4", track="media/greffe.vtt", track_kind="subtitles", track_lang="fr", label="Français")}
""")

s.page("tarifs.html", "Tarifs et billets", """
<h1>Tarifs et billets</h1>
<table>
<tr><th>Inscription</th><th>Tarif</th></tr>
<tr><td>Tarif général</td><td>14 000 F CFP</td></tr>
<tr><td>Membre d'une coopérative fédérée</td><td>9 000 F CFP</td></tr>
<tr><td>Visite d'une ferme perlière de Taha'a organisée par les assises (24 avril)</td><td>5 500 F CFP</td></tr>
</table>
<p>Les billets se prennent sur <a href="https://www.ticket-pacific.pf/">Ticket Pacific</a>, en tant qu'invité, sans créer de compte.</p>
<p>Les assises sont ouvertes aux personnes âgées d'au moins dix-huit ans.</p>
""")

s.page("places-gratuites.html", "Places gratuites", f"""
<h1>Places gratuites pour les perliculteurs des Tuamotu</h1>
<p>Vingt places gratuites sont réservées aux perliculteurs des atolls des Tuamotu qui en font la demande ; le billet d'avion ou de goélette leur est aussi remboursé.</p>
<form action="@places-gratuites.html" method="post">
{fld("nom", "Nom et prénom (à saisir obligatoirement)")}
{fld("dn", "Numéro DN (à saisir obligatoirement)")}
{fld("naiss", "Date de naissance", "date")}
{fld("atoll", "Atoll", "select", opts=["Arutua", "Ahe", "Manihi", "Takapoto", "Fakarava", "Autre"])}
{fld("ferme", "Ferme perlière ou coopérative")}
{fld("tel", "Téléphone (à saisir obligatoirement)", "tel")}
{fld("mail", "Courriel", "email")}
{fld("annees", "Années d'activité", "select", opts=["moins de 5", "5 à 15", "plus de 15"])}
{fld("motiv", "Pourquoi souhaitez-vous venir ?", "textarea")}
{fld("atteste", "J'atteste exercer la perliculture", "checkbox", req=True)}
<div id="arkose-enforcement" class="arkose-labs" data-public-key="PAPEETE-2027-0000"></div>
<button type="submit">Envoyer la demande</button>
</form>
""")

s.page("a-distance.html", "Depuis les atolls", """
<h1>Participer depuis les atolls</h1>
<p>Les délégués des Marquises, des Australes et des Tuamotu qui ne peuvent pas venir se connectent par Microsoft Teams depuis leur mairie : ils prennent la parole dans les débats et votent la motion finale.</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle de la Maison de la culture est accessible en fauteuil roulant.</p>
<p>Les débats bénéficient d'un sous-titrage en direct (CART) et d'une interprétation tahitien–français.</p>
""")

s.page("boutique.html", "Boutique", """
<h1>Boutique des coopératives</h1>
<p>Collier de perles de culture : 45 000 F CFP. Boucles d'oreilles : 12 000 F CFP.</p>
""")

s.page("sejour.html", "Séjour à Papeete", """
<h1>Séjour à Papeete</h1>
<p>Hôtels partenaires : à partir de 18 000 F CFP la nuit. Ferry pour Moorea : 1 800 F CFP. Vol depuis Paris : environ 1 450 €.</p>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Pack partenaire : 250 000 F CFP, avec stand dans le hall.</p>
""")

ENTRY = entry(s, name="Pearl farming assembly 2027 (federation of pearl cooperatives, Papeete, French Polynesia)",
    languages=["fr", "ty"],
    fees=[(14000, "XPF"), (9000, "XPF"), (5500, "XPF")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["arkose"],
    account_required=False, registration_form=(10, 4, ["id_document", "birth_date", "affiliation", "phone"]),
    registration_host="www.ticket-pacific.pf", registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "cart", "interpretation"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "tarifs.html", "places-gratuites.html", "a-distance.html", "accessibilite.html"],
    evidence={
        "languages": [Q("index.html", "perliculteurs, greffeurs, chercheurs et élus se réunissent"),
                      M("index.html", '<section lang="ty">'),
                      Q("index.html", "E tupu te mau Assises o te poe rava'ai i Papeete")],
        "un_languages": [N("fr")],
        "fees": [Q("tarifs.html", "14 000 F CFP"), Q("tarifs.html", "9 000 F CFP", "cooperative-member category rate"),
                 Q("tarifs.html", "5 500 F CFP", "paid farm visit of the assembly itself"),
                 Q("index.html", "Te moni tomo, 14 000 F CFP.", "Tahitian restatement: no new entry"),
                 Q("boutique.html", "Collier de perles de culture : 45 000 F CFP.", "goods: not a fee"),
                 Q("sejour.html", "à partir de 18 000 F CFP la nuit", "hotel: not a fee"),
                 Q("sejour.html", "Ferry pour Moorea : 1 800 F CFP.", "ferry: not a fee"),
                 Q("sejour.html", "environ 1 450 €", "EUR flight: not a fee"),
                 Q("partenaires.html", "250 000 F CFP", "sponsor: not a fee")],
        "free_option": [Q("places-gratuites.html", "Vingt places gratuites sont réservées aux perliculteurs des atolls des Tuamotu qui en font la demande")],
        "fee_support": [Q("places-gratuites.html", "le billet d'avion ou de goélette leur est aussi remboursé")],
        "remote_participation": [Q("a-distance.html", "ils prennent la parole dans les débats et votent la motion finale")],
        "captcha": [M("places-gratuites.html", '<div id="arkose-enforcement"')],
        "account_required": [Q("tarifs.html", "en tant qu'invité, sans créer de compte")],
        "registration_form": [N("10 fields: name, DN number, birth date, atoll select, farm/cooperative, phone, e-mail, years select, motivation textarea, attestation checkbox; required: 3 marked (à saisir obligatoirement) + attestation (required attr) = 4", "places-gratuites.html"),
                              Q("places-gratuites.html", "Numéro DN (à saisir obligatoirement)")],
        "registration_host": [M("tarifs.html", 'href="https://www.ticket-pacific.pf/"')],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("tarifs.html", "âgées d'au moins dix-huit ans")],
        "accessibility_statement": [Q("accessibilite.html", "La salle de la Maison de la culture est accessible en fauteuil roulant.")],
        "access_services": [Q("accessibilite.html", "accessible en fauteuil roulant", "wheelchair_access"),
                            Q("accessibilite.html", "sous-titrage en direct (CART)", "cart only"),
                            Q("accessibilite.html", "interprétation tahitien–français", "interpretation")],
        "videos_without_captions": [M("index.html", '<track kind="subtitles" src="media/greffe.vtt"', "subtitles track")],
        "pdf_only_documents": [N("no PDF")],
    })
