"""National internet governance forum, Lomé (Togo): French, an Ewe section with lang; free forum beside its own paid
gala dinner (XOF and EUR); a partner's paid training that is not part of the forum."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "Accueil"), ("participation.html", "Participer"), ("inscription.html", "Inscription"),
       ("accessibilite.html", "Accessibilité"), ("faq.html", "FAQ"), ("programme.html", "Programme"),
       ("partenaires.html", "Partenaires"), ("hebergement.html", "Hébergement")]
FOOT = {"fr-TG": "<p>Coalition togolaise pour un internet ouvert — Boulevard du 13 Janvier, Lomé. forum@example.tg</p>"}
s = mk("forum-gouvernance-internet-lome", "Forum de Lomé sur la gouvernance de l'internet 2027", "fr-TG", "#b45309", "FGI",
       NAV, foot=FOOT)
placeholder_media(s, "media/forum-2026.mp4")

s.page("index.html", "Forum de Lomé sur la gouvernance de l'internet 2027", """
<h1>Forum de Lomé sur la gouvernance de l'internet 2027</h1>
<p>Les 6 et 7 octobre 2027, la Coalition togolaise pour un internet ouvert réunit administrations, entreprises, associations, universitaires et jeunes pour débattre de l'accès, des droits numériques et de la cybersécurité, et adopter les messages de Lomé.</p>
<p>Voir <a href="@participation.html">comment participer</a> et <a href="@inscription.html">s'inscrire</a>.</p>
""" + video("media/forum-2026.mp4") + """
<section lang="ee">
<h2>Le Eʋegbe me</h2>
<p>Woezɔ! Lomé ƒe takpekpe le internet ƒe dziɖuɖu ŋu la awɔ le Lomé le Ʋeŋeme ƒe ŋkeke 6 kple 7 lia, ƒe 2027 me. Dziɖuɖua, dɔwɔƒewo, habɔbɔwo, nufiala kple ɖekakpuiwo katã ate ŋu ava kpɔ gome le nyaŋuƒoƒoawo me.</p>
<p>Eʋegbe kple Fransegbe gɔmeɖela anɔ anyi le takpekpe gãa me. Ne nya aɖe le asiwò la, ŋlɔ na forum@example.tg.</p>
</section>
""")

s.page("participation.html", "Participer", """
<h1>Participer au forum</h1>
<p>La participation au forum est gratuite.</p>
<p>Dîner de gala du forum (facultatif, organisé par le comité du forum) : 15 000 F CFA (22,87 €), à régler sur place.</p>
<p>Les frais de transport sont pris en charge pour les participants des régions des Savanes et de la Kara.</p>
<p>Les participants à distance peuvent prendre la parole via Zoom pendant les sessions ; le modérateur alterne entre la salle et la connexion.</p>
<p>Le forum est ouvert à toute personne âgée d'au moins quatorze ans.</p>
""")

s.page("inscription.html", "Inscription", """
<h1>Inscription</h1>
<p>Ce formulaire n'utilise pas de CAPTCHA. Aucun compte n'est nécessaire.</p>
<form action="@inscription.html" method="post">
""" + "\n".join([
    fld("nom", "Nom et prénom (champ à remplir)"),
    fld("cni", "Numéro de la carte nationale d'identité (champ à remplir)"),
    fld("naissance", "Date de naissance", "date"),
    fld("courriel", "Courriel (champ à remplir)", "email"),
    fld("tel", "Téléphone", "tel"),
    fld("structure", "Structure (association, entreprise, université, administration)"),
    fld("region", "Région", "select", opts=["Maritime", "Plateaux", "Centrale", "Kara", "Savanes", "Diaspora"]),
    radios("sexe", "Sexe", ["Femme", "Homme"], req=True),
    fld("diner", "Je réserve une place au dîner de gala (15 000 F CFA)", "checkbox"),
    fld("charte", "J'accepte la charte du forum", "checkbox", req=True),
]) + """
<button type="submit">Envoyer</button>
</form>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle plénière est de plain-pied et accessible en fauteuil roulant.</p>
<p>Interprétation éwé–français en plénière.</p>
<p>Il n'y aura pas d'interprète en langue des signes cette année.</p>
""")

s.page("faq.html", "FAQ", """
<h1>Questions fréquentes</h1>
<details open><summary>La formation pré-forum sur la sécurité numérique fait-elle partie du forum ?</summary>
<p>Non. Elle est organisée la veille par notre partenaire, l'association Lomé Sécurité Numérique, qui la facture 25 000 F CFA ; l'inscription se fait sur son propre site. Le forum ne la vend pas.</p></details>
<details open><summary>Faut-il créer un compte ?</summary><p>Non, le formulaire d'inscription suffit.</p></details>
<details open><summary>Les sessions sont-elles enregistrées ?</summary><p>Oui, les vidéos sont publiées après le forum.</p></details>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul><li>Jour 1 : accès et infrastructures, droits numériques</li><li>Jour 2 : cybersécurité, messages de Lomé</li></ul>
<p><a href="@fgi-2026-rapport.html">Rapport du forum 2026</a></p>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Partenaire or : 2 500 000 F CFA ; stand d'exposition : 150 000 F CFA.</p>
""")

s.page("hebergement.html", "Hébergement", """
<h1>Hébergement et transport</h1>
<p>Hôtels proches à partir de 25 000 F CFA la nuit. Une course en zémidjan coûte environ 300 F CFA.</p>
<p>Vols Paris–Lomé à partir de 650 €.</p>
""")

ENTRY = entry(
    s, name="Lomé Internet Governance Forum 2027 (Togolese Coalition for an Open Internet, Lomé, Togo)",
    languages=["fr", "ee"],
    fees=[(15000, "XOF"), (22.87, "EUR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=[], account_required=False,
    registration_form=(10, 5, ["id_document", "birth_date", "phone", "affiliation", "gender"]),
    registration_host=None, registration_pdf_only=False, min_age=14, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "participation.html", "inscription.html", "accessibilite.html", "faq.html"],
    deliberate_404=["fgi-2026-rapport.html"],
    evidence={
        "languages": [Q("index.html", "la Coalition togolaise pour un internet ouvert réunit administrations, entreprises, associations"),
                      M("index.html", '<section lang="ee">', "Ewe section (two paragraphs)")],
        "un_languages": [N("fr")],
        "fees": [Q("participation.html", "Dîner de gala du forum (facultatif, organisé par le comité du forum) : 15 000 F CFA (22,87 €)", "the forum's own paid side-event: 15000 XOF and 22.87 EUR"),
                 Q("faq.html", "qui la facture 25 000 F CFA ; l'inscription se fait sur son propre site. Le forum ne la vend pas.", "partner's training, not part of the forum: not a fee"),
                 Q("partenaires.html", "Partenaire or : 2 500 000 F CFA ; stand d'exposition : 150 000 F CFA.", "sponsor and stand: not fees"),
                 Q("hebergement.html", "à partir de 25 000 F CFA la nuit", "hotel: not a fee"),
                 Q("hebergement.html", "environ 300 F CFA", "zémidjan: not a fee"),
                 Q("hebergement.html", "Vols Paris–Lomé à partir de 650 €.", "flight: not a fee")],
        "free_option": [Q("participation.html", "La participation au forum est gratuite.")],
        "fee_support": [Q("participation.html", "Les frais de transport sont pris en charge pour les participants des régions des Savanes et de la Kara.")],
        "remote_participation": [Q("participation.html", "Les participants à distance peuvent prendre la parole via Zoom pendant les sessions")],
        "captcha": [Q("inscription.html", "Ce formulaire n'utilise pas de CAPTCHA.", "no CAPTCHA")],
        "account_required": [Q("inscription.html", "Aucun compte n'est nécessaire.")],
        "registration_form": [N("10 fields: name, CNI number, birth date, e-mail, phone, organisation, region select, sex radio, gala-dinner checkbox, charter checkbox; required: 3 marked (champ à remplir) + sex radio + charter = 5", "inscription.html"),
                              Q("inscription.html", "Numéro de la carte nationale d'identité (champ à remplir)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("participation.html", "Le forum est ouvert à toute personne âgée d'au moins quatorze ans.")],
        "accessibility_statement": [Q("accessibilite.html", "La salle plénière est de plain-pied et accessible en fauteuil roulant.")],
        "access_services": [Q("accessibilite.html", "accessible en fauteuil roulant", "wheelchair_access"),
                            Q("accessibilite.html", "Interprétation éwé–français en plénière.", "interpretation"),
                            Q("accessibilite.html", "Il n'y aura pas d'interprète en langue des signes cette année.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/forum-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
