"""Watchmaking apprentices' days, Biel/Bienne (fr-CH, German section without lang)."""
from lib import *

NAV = [("index.html", "Accueil"), ("tarifs.html", "Tarifs"), ("inscription.html", "Inscription"), ("faq.html", "FAQ"),
       ("acces.html", "Accessibilité"), ("hebergement.html", "Hébergement"), ("partenaires.html", "Partenaires"),
       ("emplois.html", "Offres d'emploi")]
s = mk("journees-apprentis-horlogers-bienne", "Journées biennoises des apprenti·e·s horlogers", "fr-CH", "#30343f", "JBA", NAV,
       foot={"fr-CH": '<p>Association romande pour la relève horlogère (fictive) · Bienne · info@releve-horlogere.example.ch</p>'})

s.page("index.html", "Journées biennoises des apprenti·e·s horlogers 2027", """
<h1>Journées biennoises des apprenti·e·s horlogers</h1>
<p>Les 12 et 13 mars 2027, le Palais des Congrès de Bienne accueille les apprenti·e·s horlogers de toute la Suisse, leurs
formateurs et les ateliers qui recrutent. Au menu: démontage chronométré, réglage de balancier, rencontres avec des
rhabilleurs et un concours de finissage.</p>
<p><a href="@tarifs.html">Tarifs</a> · <a href="@inscription.html">S'inscrire</a> · <a href="@palmares-2025.html">Palmarès 2025</a></p>
<section>
<h2>Auf Deutsch</h2>
<p>Die Bieler Tage der Uhrmacherlernenden sind zweisprachig. Lernende aus der Deutschschweiz sind herzlich willkommen;
die Workshops werden auf Französisch und Deutsch geführt, und das Anmeldeformular kann in beiden Sprachen ausgefüllt werden.</p>
</section>
""")

s.page("tarifs.html", "Tarifs — Journées des apprenti·e·s horlogers", """
<h1>Tarifs</h1>
<ul>
  <li>Apprenti·e·s (toutes années): CHF 40.–, repas de midi compris</li>
  <li>Formatrices, formateurs et professionnels: CHF 180.–</li>
  <li>Atelier de restauration d'une montre de poche (samedi, 12 places): Fr. 65.–</li>
</ul>
<p class="note">Les démonstrations publiques du hall d'entrée sont en entrée libre, sans inscription.</p>
""")

s.page("inscription.html", "Inscription — Journées des apprenti·e·s horlogers", """
<h1>Inscription</h1>
<form action="@inscription.html" method="post">
""" + fld("nom", "Nom (obligatoire)") + fld("prenom", "Prénom (obligatoire)") + fld("naissance", "Date de naissance (obligatoire)", "date")
    + fld("mail", "E-mail (obligatoire)", "email") + fld("tel", "Téléphone", "tel") + fld("ent", "Entreprise formatrice ou école")
    + fld("annee", "Année d'apprentissage", "select", opts=["1re", "2e", "3e", "4e", "Formateur/trice"])
    + fld("contrat", "Numéro du contrat d'apprentissage") + fld("atelier", "Je m'inscris à l'atelier de restauration", "checkbox")
    + fld("repas", "Repas", "select", opts=["Standard", "Végétarien", "Sans gluten"]) + """
<div class="frc-captcha" data-sitekey="releve-demo"></div>
<button type="submit">Envoyer</button>
</form>
""")

s.page("faq.html", "FAQ — Journées des apprenti·e·s horlogers", """
<h1>Questions fréquentes</h1>
<details open><summary>À partir de quel âge?</summary><p>Les Journées sont ouvertes dès 15 ans, donc dès la première année d'apprentissage.</p></details>
<details><summary>Peut-on suivre à distance?</summary><p>Non, tout se passe uniquement sur place; il n'y a pas de diffusion en ligne.</p></details>
""")

s.page("acces.html", "Accessibilité — Journées des apprenti·e·s horlogers", """
<h1>Accessibilité</h1>
<p>Le Palais des Congrès dispose d'un ascenseur et toutes les salles sont accessibles en fauteuil roulant.</p>
<p>Interprétation en langue des signes (LSF-SR) sur demande, au plus tard trois semaines avant.</p>
""")

s.page("hebergement.html", "Hébergement — Journées des apprenti·e·s horlogers", """
<h1>Hébergement et voyage</h1>
<p>Auberge de jeunesse: CHF 45.– la nuit. Hôtel près de la gare: dès CHF 145.–. Billet de train Lausanne–Bienne: env. CHF 24.–.</p>
""")

s.page("partenaires.html", "Partenaires — Journées des apprenti·e·s horlogers", """
<h1>Partenaires</h1>
<p>Partenaire principal CHF 5'000.–; stand de recrutement CHF 800.–.</p>
""")

s.page("emplois.html", "Offres d'emploi — Journées des apprenti·e·s horlogers", """
<h1>Offres d'emploi</h1>
<p>Horloger·ère rhabilleur·euse CFC, Granges: salaire dès CHF 5'400.– brut par mois.</p>
""")

ENTRY = entry(s, name="Biel/Bienne watchmaking apprentices' days 2027 (watchmaking training association, Biel/Bienne, Switzerland)",
    languages=["fr", "de"],
    fees=[(40, "CHF"), (180, "CHF"), (65, "CHF")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["friendlycaptcha"],
    account_required=False, registration_form=(10, 4, ["birth_date", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "tarifs.html", "inscription.html", "faq.html", "acces.html"],
    deliberate_404=["palmares-2025.html"],
    evidence={
        "languages": [Q("index.html", "le Palais des Congrès de Bienne accueille les apprenti·e·s horlogers de toute la Suisse"),
                      Q("index.html", "Die Bieler Tage der Uhrmacherlernenden sind zweisprachig.", "German section without lang")],
        "un_languages": [N("fr")],
        "fees": [Q("tarifs.html", "Apprenti·e·s (toutes années): CHF 40.–, repas de midi compris"),
                 Q("tarifs.html", "Formatrices, formateurs et professionnels: CHF 180.–"),
                 Q("tarifs.html", "Atelier de restauration d'une montre de poche (samedi, 12 places): Fr. 65.–"),
                 Q("hebergement.html", "Hôtel près de la gare: dès CHF 145.–.", "lodging, train: not fees"),
                 Q("partenaires.html", "Partenaire principal CHF 5'000.–", "sponsor: not a fee"),
                 Q("emplois.html", "salaire dès CHF 5'400.– brut par mois.", "salary: not a fee")],
        "free_option": [Q("tarifs.html", "Les démonstrations publiques du hall d'entrée sont en entrée libre, sans inscription.")],
        "fee_support": [Q("tarifs.html", "Apprenti·e·s (toutes années): CHF 40.–", "apprentices' rate below 180: support")],
        "remote_participation": [Q("faq.html", "Non, tout se passe uniquement sur place; il n'y a pas de diffusion en ligne.")],
        "captcha": [M("inscription.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (surname, first name, birth date, e-mail, phone, company, year select, contract number, workshop checkbox, meal select); 4 marked (obligatoire); sensitive birth_date, phone, affiliation (contract number not an ID)", "inscription.html"),
                              Q("inscription.html", "Date de naissance (obligatoire)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("faq.html", "Les Journées sont ouvertes dès 15 ans", "only in the FAQ")],
        "accessibility_statement": [Q("acces.html", "Le Palais des Congrès dispose d'un ascenseur et toutes les salles sont accessibles en fauteuil roulant.")],
        "access_services": [Q("acces.html", "toutes les salles sont accessibles en fauteuil roulant", "wheelchair_access"),
                            Q("acces.html", "Interprétation en langue des signes (LSF-SR) sur demande", "sign_language on request")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
