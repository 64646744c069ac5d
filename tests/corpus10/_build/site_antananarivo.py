"""Indian Ocean citizen-science biodiversity-data workshop run by a natural-history network (Antananarivo).
fr-MG with a Malagasy section; "Ar 60 000", "40 000 Ariary", "90 €"; free for community guides; registration only
by a PDF form; hotel, taxi-brousse, exchange rate on the same practical page as the accessibility information."""
from lib import mk, Q, M, N, entry

SLUG = "atelier-donnees-biodiversite-antananarivo"
s = mk(SLUG, "Atelier régional des données de biodiversité 2027", "fr-MG", "#2f7d32", "AB",
       [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("appui.html", "Appui aux participants"),
        ("a-distance.html", "À distance"), ("pratique.html", "Infos pratiques"), ("programme.html", "Programme"),
        ("excursions.html", "Excursions")],
       foot={"fr-MG": '<p>Réseau malgache des naturalistes (fictif) · <a href="@partenaires.html">Partenaires</a> · '
                      'atelier@biodiv-oi.example.mg</p>'})

s.pdf("docs/fiche-inscription.pdf", "Fiche d'inscription - Atelier regional des donnees de biodiversite 2027\n"
      "Nom :\nInstitution :\nCourriel :\nCategorie :")

s.page("index.html", "Atelier régional des données de biodiversité 2027", """
<h1>Atelier régional des données de biodiversité – océan Indien</h1>
<p>Antananarivo, 7 au 10 juin 2027 · Parc botanique et zoologique (salle fictive)</p>
<p>L'atelier réunit chercheurs, guides naturalistes, agents des aires protégées et observateurs bénévoles de
Madagascar, des Comores, de Maurice et des Seychelles pour publier et améliorer les données d'observation.</p>
<p><a href="@inscription.html">S'inscrire</a> · <a href="@a-distance.html">Participer à distance</a></p>
<section lang="mg">
<h2>Amin'ny teny malagasy</h2>
<p>Ity atrikasa ity dia manangona ireo mpikaroka, mpitari-dalana ary mponina eo an-toerana mba hizara ny angona
momba ny zava-boahary eto Madagasikara sy ny Ranomasimbe Indianina. Afaka mandray anjara an-tserasera ihany koa ianao.</p>
</section>
""")

s.page("inscription.html", "Inscription", """
<h1>Inscription</h1>
<table>
  <tr><th>Catégorie</th><th>Frais de participation</th></tr>
  <tr><td>Participants malgaches</td><td>Ar 60 000</td></tr>
  <tr><td>Étudiants malgaches</td><td>40 000 Ariary</td></tr>
  <tr><td>Participants étrangers</td><td>90 €</td></tr>
</table>
<p>Gratuit pour les guides naturalistes communautaires et les agents des aires protégées.</p>
<p>Pour vous inscrire, remplissez la <a href="@docs/fiche-inscription.pdf">fiche d'inscription (PDF)</a> et renvoyez-la à inscription@biodiv-oi.example.mg.</p>
""")

s.page("appui.html", "Appui aux participants", """
<h1>Appui aux participants</h1>
<p>Pour 30 guides venus des régions, le transport en taxi-brousse et un per diem de Ar 50 000 par jour sont pris en charge.</p>
<p>Les étudiants malgaches bénéficient d'un tarif réduit.</p>
""")

s.page("a-distance.html", "À distance", """
<h1>Participer à distance</h1>
<p>Les participants en ligne présentent leurs jeux de données en direct et posent leurs questions via Jitsi.</p>
""")

s.page("pratique.html", "Infos pratiques", """
<h1>Infos pratiques</h1>
<h2>Accessibilité</h2>
<p>La salle de conférence est au rez-de-chaussée et accessible en fauteuil roulant.</p>
<p>Interprétation français–malgache assurée pendant les plénières.</p>
<p>Besoins particuliers : acces@biodiv-oi.example.mg.</p>
<h2>Hébergement et transport</h2>
<p>Hôtel du Lac (fictif) : Ar 180 000 la nuit.</p>
<p>Taxi-brousse depuis Fianarantsoa : Ar 35 000.</p>
<p>Taux de change indicatif : 1 € = 4 900 Ar.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul>
  <li>Langues locales et noms vernaculaires des espèces</li>
  <li>Enregistrement des observations sur téléphone mobile</li>
  <li>Frais de publication des données : mythe ou réalité ?</li>
  <li>Restitution des jeux de données publiés</li>
</ul>
""")

s.page("excursions.html", "Excursions", """
<h1>Excursions</h1>
<p>Excursion facultative au parc d'Andasibe, organisée par une agence partenaire : Ar 250 000 par personne.</p>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Partenaire principal : 5 000 €. Stand d'exposition : Ar 1 500 000.</p>
""")

ENTRY = entry(
    s, name="Atelier régional des données de biodiversité 2027 (citizen-science biodiversity-data workshop, Antananarivo)",
    languages=["fr", "mg"],
    fees=[(60000, "MGA"), (40000, "MGA"), (90, "EUR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=[], account_required=False,
    registration_form=None, registration_pdf_only=True, min_age=None, accessibility_statement=True,
    access_services=["interpretation", "wheelchair_access"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "inscription.html", "appui.html", "a-distance.html", "pratique.html"],
    evidence={
        "languages": [Q("index.html", "L'atelier réunit chercheurs, guides naturalistes, agents des aires protégées"),
                      Q("index.html", "Ity atrikasa ity dia manangona ireo mpikaroka", "Malagasy section (lang=mg)")],
        "un_languages": [N("fr")],
        "fees": [Q("inscription.html", "Participants malgaches Ar 60 000"),
                 Q("inscription.html", "Étudiants malgaches 40 000 Ariary"),
                 Q("inscription.html", "Participants étrangers 90 €"),
                 Q("appui.html", "un per diem de Ar 50 000 par jour", "per diem, not a fee"),
                 Q("pratique.html", "Hôtel du Lac (fictif) : Ar 180 000 la nuit.", "hotel"),
                 Q("pratique.html", "Taxi-brousse depuis Fianarantsoa : Ar 35 000.", "transport"),
                 Q("pratique.html", "Taux de change indicatif : 1 € = 4 900 Ar.", "exchange rate"),
                 Q("excursions.html", "organisée par une agence partenaire : Ar 250 000 par personne", "optional tour by an agency"),
                 Q("partenaires.html", "Partenaire principal : 5 000 €. Stand d'exposition : Ar 1 500 000.", "sponsor, stand"),
                 Q("programme.html", "Frais de publication des données : mythe ou réalité ?", "session title")],
        "free_option": [Q("inscription.html", "Gratuit pour les guides naturalistes communautaires et les agents des aires protégées.",
                          "free for some groups")],
        "fee_support": [Q("appui.html", "le transport en taxi-brousse et un per diem de Ar 50 000 par jour sont pris en charge"),
                        Q("appui.html", "Les étudiants malgaches bénéficient d'un tarif réduit.")],
        "remote_participation": [Q("a-distance.html", "Les participants en ligne présentent leurs jeux de données en direct et posent leurs questions via Jitsi.")],
        "captcha": [N("no CAPTCHA, no form")],
        "account_required": [N("no account; PDF form by e-mail")],
        "registration_form": [N("no HTML registration form: registration only by a PDF form")],
        "registration_host": [N("no platform")],
        "registration_pdf_only": [Q("inscription.html", "Pour vous inscrire, remplissez la fiche d'inscription (PDF) et renvoyez-la")],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [Q("pratique.html", "Besoins particuliers : acces@biodiv-oi.example.mg.")],
        "access_services": [Q("pratique.html", "La salle de conférence est au rez-de-chaussée et accessible en fauteuil roulant."),
                            Q("pratique.html", "Interprétation français–malgache assurée pendant les plénières.")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [M("inscription.html", 'href="docs/fiche-inscription.pdf"', "registration form only as PDF")],
    })
