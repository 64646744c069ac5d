"""Meetings on volcanic risk of a made-up geoscience association (Port-Vila, Vanuatu). fr-VU; Bislama section
without lang; English page with hreflang."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "rencontres-risques-volcaniques-port-vila"
NAV_FR = [("index.html", "Accueil"), ("inscription.html", "Inscription et tarifs"), ("distance.html", "Participer à distance"),
          ("accessibilite.html", "Accessibilité"), ("hebergement.html", "Hébergement et vols"),
          ("partenaires.html", "Partenaires"), ("emplois.html", "Offres d'emploi"), ("en/index.html", "English")]
NAV_EN = [("en/index.html", "Home"), ("inscription.html", "Registration (French)"), ("index.html", "Français")]
s = mk(SLUG, {"fr-VU": "Rencontres du Pacifique sur les risques volcaniques", "en": "Pacific Meetings on Volcanic Risk"},
       "fr-VU", "#a33b12", "RRV", {"fr-VU": NAV_FR, "en": NAV_EN}, homes={"en": "en/index.html"},
       foot={"fr-VU": "<p>Association vanuatuane des géosciences · Port-Vila · rencontres@geo-vanuatu.example.vu</p>",
             "en": "<p>Vanuatu Geoscience Association · Port-Vila · rencontres@geo-vanuatu.example.vu</p>"})
placeholder_media(s, "media/yasur.mp4")

s.page("index.html", "Rencontres du Pacifique sur les risques volcaniques 2027", """
<h1>Rencontres du Pacifique sur les risques volcaniques 2027</h1>
<p>Du 11 au 14 octobre 2027, chercheurs, services de gestion des catastrophes, enseignants et représentants des
communautés insulaires se retrouvent au Centre culturel de Port-Vila pour partager leurs travaux sur la surveillance
des volcans, l'alerte et l'évacuation.</p>
<p><a href="@inscription.html">S'inscrire</a> · <a href="@distance.html">Participer à distance</a> ·
<a href="@accessibilite.html">Accessibilité</a></p>
""" + video("media/yasur.mp4") + """
<h2>Long Bislama</h2>
<p>Miting blong ol saentis mo ol komuniti long saed blong volkeno bambae i stap long Port Vila long Oktoba 2027.
Evriwan i save kam long pablik dei long Sarede, i fri. Ol man blong ol aelan we i longwe oli save askem sapot blong
pem rod blong olgeta. Sipos yu no save kam, yu save givim tok blong yu long Zoom.</p>
<p><a href="@archives.html">Archives des rencontres précédentes</a></p>
""", alternates=[("en", "en/index.html"), ("fr", "index.html")])

form = "".join([
    fld("nom", "Nom et prénom (obligatoire)"),
    fld("courriel", "Courriel (obligatoire)", "email"),
    fld("tel", "Téléphone (obligatoire)", "tel"),
    fld("passeport", "Numéro de passeport (pour l'atelier de terrain)"),
    fld("org", "Organisme ou établissement"),
    fld("ile", "Île de résidence", "select", opts=["Efate", "Espiritu Santo", "Tanna", "Malekula", "Ambae", "Autre"]),
    radios("cat", "Catégorie (obligatoire)", ["Générale", "Étudiant·e"]),
    fld("terrain", "Je m'inscris à l'atelier de terrain à Tanna", "checkbox"),
    fld("bourse", "Je demande une bourse de voyage", "checkbox"),
    fld("resume", "Résumé de communication", "file"),
])
s.page("inscription.html", "Inscription et tarifs", f"""
<h1>Inscription et tarifs</h1>
<ul>
<li>Inscription générale : 15 000 VT</li>
<li>Étudiants : 5 000 VT</li>
<li>Atelier de terrain à Tanna (deux jours, encadrement et véhicule sur place) : 25 000 VT</li>
</ul>
<p>Le vol Port-Vila–Tanna (environ 18 000 VT) n'est pas compris.</p>
<p>La journée publique du samedi est gratuite et ouverte à toutes et à tous.</p>
<p>Des bourses de voyage sont offertes aux participants des îles éloignées (Torba, Malampa, Penama).</p>
<form action="@inscription.html" method="post">
{form}
<div class="frc-captcha" data-sitekey="FCMG-rrv-port-vila"></div>
<button type="submit">Envoyer l'inscription</button>
</form>
""")

s.page("distance.html", "Participer à distance", """
<h1>Participer à distance</h1>
<p>Les présentations à distance se font sur Zoom ; les intervenants répondent ensuite aux questions de la salle et des
participants en ligne.</p>
<p>Le tarif est le même que pour une participation sur place.</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>Le Centre culturel est de plain-pied et accessible en fauteuil roulant.</p>
<p>Sous-titrage en direct en français et en anglais pour les séances plénières.</p>
<p>Pour tout besoin particulier : acces@geo-vanuatu.example.vu.</p>
""")

s.page("en/index.html", "Pacific Meetings on Volcanic Risk 2027", """
<h1>Pacific Meetings on Volcanic Risk 2027</h1>
<p>From 11 to 14 October 2027, researchers, disaster management offices, teachers and island communities meet at the
Cultural Centre in Port-Vila to share their work on volcano monitoring, warning and evacuation.</p>
<p>Registration is 15,000 VT (students 5,000 VT). The Saturday public day is free. Remote talks are given over Zoom
with questions from the room. The registration form is in French.</p>
""", lang="en", alternates=[("en", "en/index.html"), ("fr", "index.html")])

s.page("hebergement.html", "Hébergement et vols", """
<h1>Hébergement et vols</h1>
<p>Hôtels partenaires à partir de 12 000 VT la nuit. Vol Port-Vila–Tanna : environ 18 000 VT aller simple.</p>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Stand d'exposition : 50 000 VT. Partenaire principal : 300 000 VT.</p>
""")

s.page("emplois.html", "Offres d'emploi", """
<h1>Offres d'emploi</h1>
<p>Technicien·ne en sismologie, Port-Vila — salaire de 180 000 VT par mois.</p>
""")

ENTRY = entry(
    s, name="Pacific Meetings on Volcanic Risk 2027 (geoscience association, Port-Vila)",
    languages=["fr", "bi", "en"],
    fees=[(15000, "VUV"), (5000, "VUV"), (25000, "VUV")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False, registration_form=(10, 4, ["phone", "id_document", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "captions"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "inscription.html", "distance.html", "accessibilite.html", "en/index.html"],
    deliberate_404=["archives.html"],
    evidence={
        "languages": [Q("index.html", "chercheurs, services de gestion des catastrophes, enseignants et représentants des communautés insulaires"),
                      Q("index.html", "Miting blong ol saentis mo ol komuniti long saed blong volkeno", "Bislama section without lang"),
                      Q("en/index.html", "researchers, disaster management offices, teachers and island communities meet", "English page")],
        "un_languages": [N("en, fr")],
        "fees": [Q("inscription.html", "Inscription générale : 15 000 VT", "15000 VUV"),
                 Q("inscription.html", "Étudiants : 5 000 VT", "5000 VUV"),
                 Q("inscription.html", "Atelier de terrain à Tanna (deux jours, encadrement et véhicule sur place) : 25 000 VT",
                   "field workshop of the event: 25000 VUV"),
                 Q("inscription.html", "Le vol Port-Vila–Tanna (environ 18 000 VT) n'est pas compris.", "flight: not a fee"),
                 Q("en/index.html", "Registration is 15,000 VT (students 5,000 VT).", "English restatement, no new entries"),
                 Q("hebergement.html", "Hôtels partenaires à partir de 12 000 VT la nuit.", "hotel: not a fee"),
                 Q("partenaires.html", "Stand d'exposition : 50 000 VT.", "stand, partnership: not fees"),
                 Q("emplois.html", "salaire de 180 000 VT par mois", "salary: not a fee")],
        "free_option": [Q("inscription.html", "La journée publique du samedi est gratuite et ouverte à toutes et à tous.")],
        "fee_support": [Q("inscription.html", "Étudiants : 5 000 VT", "student rate"),
                        Q("inscription.html", "Des bourses de voyage sont offertes aux participants des îles éloignées")],
        "remote_participation": [Q("distance.html", "Les présentations à distance se font sur Zoom ; les intervenants répondent ensuite aux questions")],
        "captcha": [M("inscription.html", '<div class="frc-captcha"')],
        "account_required": [N("own form without password", "inscription.html")],
        "registration_form": [N("inscription.html: 10 fields: name, e-mail, phone, passport number, organisation, island "
                                "select, category radio group, field-workshop checkbox, travel-grant checkbox, abstract file. "
                                "Required ((obligatoire)): name, e-mail, phone, category = 4. Sensitive: phone, id_document "
                                "(passport), affiliation.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accessibilite.html", "Le Centre culturel est de plain-pied et accessible en fauteuil roulant.")],
        "access_services": [Q("accessibilite.html", "accessible en fauteuil roulant", "wheelchair_access"),
                            Q("accessibilite.html", "Sous-titrage en direct en français et en anglais pour les séances plénières.", "captions")],
        "videos_without_captions": [M("index.html", 'src="media/yasur.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
