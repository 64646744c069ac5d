from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("programme.html", "Programme"),
       ("visite.html", "Visite des ruchers"), ("marche.html", "Marché du miel"), ("exposants.html", "Exposants"),
       ("hebergement.html", "Hébergement"), ("contact.html", "Contact")]
s = mk("assises-apiculture-cotonou", "Assises nationales de l'apiculture 2027", "fr-BJ", "#c98a00", "API", NAV,
       foot={"fr-BJ": "<p>Fédération des apiculteurs du Bénin · Cotonou · assises@apiculteurs.example.bj</p>"})
s.pdf("docs/programme-assises-2027.pdf", "Assises nationales de l'apiculture 2027 - programme\nJour 1: pleniere\nJour 2: ateliers\nJour 3: visite des ruchers")

s.page("index.html", "Assises nationales de l'apiculture 2027", """
<h1>Assises nationales de l'apiculture — Cotonou 2027</h1>
<p class="note">A fɔn ganji à?</p>
<p>Du 22 au 24 avril 2027, apiculteurs, coopératives, chercheurs et services techniques se retrouvent au Palais des congrès de Cotonou pour parler de la santé des abeilles, des marchés du miel et de la transhumance des ruches.</p>
<p>Les plénières sont interprétées en fon et en yoruba.</p>
<p><a href="@inscription.html">Inscription</a> · <a href="@programme.html">Programme</a> · <a href="@visite.html">Visite des ruchers</a> · <a href="@assises-2025.html">Actes des Assises 2025</a></p>
<section lang="en">
<h2>In English</h2>
<p>The National Beekeeping Assembly brings beekeepers, cooperatives, researchers and extension services to the Cotonou conference centre from 22 to 24 April 2027. Beekeepers from member cooperatives of the Federation take part free of charge; other participants register online and pay the fee shown on the registration page.</p>
</section>
""")

form = "\n".join([
    fld("a-nom", "Nom et prénoms (obligatoire)", req=True),
    fld("a-tel", "Téléphone (obligatoire)", "tel", req=True),
    fld("a-mail", "E-mail", "email"),
    fld("a-cip", "Numéro CIP (obligatoire)", req=True),
    fld("a-coop", "Coopérative ou organisation (obligatoire)", req=True),
    fld("a-membre", "Numéro de membre de la Fédération (si membre)"),
    fld("a-dep", "Département", "select", opts=["Alibori", "Atacora", "Atlantique", "Borgou", "Collines", "Couffo", "Donga", "Littoral", "Mono", "Ouémé", "Plateau", "Zou"]),
    radios("a-cat", "Catégorie (obligatoire)", ["Apiculteur d'une coopérative membre", "Participant", "Étudiant"], req=True),
    fld("a-visite", "Je m'inscris à la visite des ruchers de Ouidah", "checkbox"),
    fld("a-langue", "Langue d'interprétation souhaitée", "select", opts=["Français", "Fon", "Yoruba"]),
])
s.page("inscription.html", "Inscription", f"""
<h1>Inscription</h1>
<table><thead><tr><th>Catégorie</th><th>Frais de participation</th></tr></thead><tbody>
<tr><td>Participant</td><td>15 000 FCFA</td></tr>
<tr><td>Étudiant (sur présentation de la carte)</td><td>7 500 FCFA</td></tr>
</tbody></table>
<p>Les apiculteurs des coopératives membres de la Fédération participent gratuitement.</p>
<p>Les Assises se tiennent uniquement en présentiel ; il n'y a pas de participation à distance.</p>
<form action="@inscription.html" method="post">
{form}
<div class="g-recaptcha" data-sitekey="6Lc-made-up-cotonou"></div>
<button type="submit">Envoyer</button>
</form>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<p>Le programme détaillé est disponible uniquement en PDF : <a href="@docs/programme-assises-2027.pdf">programme des Assises (PDF)</a>.</p>
""")

s.page("visite.html", "Visite des ruchers", """
<h1>Visite des ruchers de Ouidah</h1>
<p>Le troisième jour, les participants visitent les ruchers d'une coopérative de Ouidah et une miellerie. Prix de la visite (car compris) : 10 000 FCFA, à payer avec l'inscription.</p>
""")

s.page("marche.html", "Marché du miel", """
<h1>Marché du miel</h1>
<p>Pendant les Assises, les coopératives vendent leur miel : 3 500 FCFA le litre, cire d'abeille 2 000 FCFA le kilo.</p>
""")

s.page("exposants.html", "Exposants", """
<h1>Exposants</h1>
<p>Stand pour fabricants de ruches et de matériel : 50 000 FCFA pour les trois jours.</p>
""")

s.page("hebergement.html", "Hébergement", """
<h1>Hébergement et transport</h1>
<p>Hôtels partenaires à partir de 25 000 FCFA la nuit. Une course en zémidjan en ville coûte environ 300 FCFA.</p>
""")

s.page("contact.html", "Contact", """
<h1>Contact</h1>
<p>Secrétariat des Assises : assises@apiculteurs.example.bj, du lundi au vendredi.</p>
""")

ENTRY = entry(s,
    name="National Beekeeping Assembly 2027 (beekeepers' federation, Cotonou)",
    languages=["fr", "en"],
    fees=[(15000, "XOF"), (7500, "XOF"), (10000, "XOF")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["recaptcha"],
    account_required=False, registration_form=(10, 5, ["affiliation", "id_document", "phone"]),
    registration_host=None, min_age=None, accessibility_statement=False, access_services=["interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "inscription.html", "programme.html", "visite.html"],
    deliberate_404=["assises-2025.html"],
    evidence={
        "languages": [Q("index.html", "apiculteurs, coopératives, chercheurs et services techniques se retrouvent au Palais des congrès"),
                      Q("index.html", "The National Beekeeping Assembly brings beekeepers, cooperatives, researchers and extension services"),
                      Q("index.html", "A fɔn ganji à?", "Fon greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("fr, en")],
        "fees": [Q("inscription.html", "Participant 15 000 FCFA", "15000 XOF (Beninese site)"),
                 Q("inscription.html", "Étudiant (sur présentation de la carte) 7 500 FCFA", "7500 XOF"),
                 Q("visite.html", "Prix de la visite (car compris) : 10 000 FCFA", "paid field visit of the event: 10000 XOF"),
                 Q("marche.html", "3 500 FCFA le litre", "honey sold at the venue: not a fee"),
                 Q("exposants.html", "Stand pour fabricants de ruches et de matériel : 50 000 FCFA", "stand: not a fee"),
                 Q("hebergement.html", "Hôtels partenaires à partir de 25 000 FCFA la nuit.", "hotel and zémidjan: not fees")],
        "free_option": [Q("inscription.html", "Les apiculteurs des coopératives membres de la Fédération participent gratuitement.")],
        "fee_support": [Q("inscription.html", "Étudiant (sur présentation de la carte) 7 500 FCFA", "student rate below 15 000")],
        "remote_participation": [Q("inscription.html", "il n'y a pas de participation à distance.")],
        "captcha": [M("inscription.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form without password; no platform", "inscription.html")],
        "registration_form": [N("inscription.html: 10 fields: name, phone, e-mail, CIP number, cooperative or organisation, Federation membership number, department select, category radio group, field-visit checkbox, interpretation-language select. Required (required attribute or '(obligatoire)'): name, phone, CIP, cooperative, category = 5. Sensitive: phone, id_document (CIP), affiliation (cooperative); the membership number is not an id_document.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("index.html", "Les plénières sont interprétées en fon et en yoruba.",
                                      "interpretation alone, no provision and no contact for access needs: false")],
        "access_services": [Q("index.html", "Les plénières sont interprétées en fon et en yoruba.", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("programme.html", "Le programme détaillé est disponible uniquement en PDF", "programme only as PDF")],
    })
