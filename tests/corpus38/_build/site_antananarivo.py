"""Antananarivo, Madagascar: national internet governance forum (French, Malagasy section with lang)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "forum-gouvernance-internet-madagascar"
NAV = [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("participer.html", "Participer"),
       ("distance.html", "À distance"), ("accessibilite.html", "Accessibilité"), ("partenaires.html", "Partenaires"),
       ("pratique.html", "Infos pratiques"), ("recrutement.html", "Recrutement")]
FOOT = {"fr-MG": "<p>Coalition malgache pour un internet ouvert · Lot IVG 12 Antaninarenina, Antananarivo · "
                 "contact@fgi-mada.example.mg</p>"}
s = mk(SLUG, "Forum sur la gouvernance de l'internet à Madagascar 2027", "fr-MG", "#d62828", "FGI", {"fr-MG": NAV}, foot=FOOT)
placeholder_media(s, "media/fgi-2026.mp4")

T_INTRO = "Le Forum sur la gouvernance de l'internet à Madagascar (FGI-Mada) se tiendra les 23 et 24 septembre 2027 à l'hôtel de ville d'Antananarivo"
T_MG = "Ny Forum momba ny fitantanana ny aterineto eto Madagasikara dia hatao any Antananarivo"
s.page("index.html", "FGI-Mada 2027", f"""
<h1>Forum sur la gouvernance de l'internet à Madagascar 2027</h1>
<p>{T_INTRO}. Administration, opérateurs, société civile, universités et jeunes y débattent de l'accès dans les régions, du nom de domaine .mg, de la protection des données et de la désinformation.</p>
<p>Les conclusions du forum sont transmises au Forum africain et au FGI mondial.</p>
{video("media/fgi-2026.mp4")}
<p><a href="@forum-2025.html">Compte rendu du forum 2025</a></p>
<section lang="mg">
<h2>Amin'ny teny malagasy</h2>
<p>{T_MG} ny 23 sy 24 septambra 2027. Maimaim-poana ny fandraisana anjara amin'ny forum.</p>
<p>Ny atelier alohan'ny forum dia 40 000 Ar. Afaka miteny amin'ny alalan'ny Zoom ireo tsy afaka tonga.</p>
</section>
""")

FORM = "\n".join([
    fld("nom", "Nom et prénoms (champ exigé)"),
    fld("cin", "Numéro de CIN (champ exigé)"),
    fld("naissance", "Date de naissance", "date"),
    fld("email", "Adresse e-mail (champ exigé)", "email"),
    fld("tel", "Téléphone", "tel"),
    fld("org", "Organisation"),
    fld("groupe", "Groupe de partie prenante", "select", opts=["Gouvernement", "Secteur privé", "Société civile", "Milieu académique", "Communauté technique", "Jeunesse"]),
    fld("region", "Région", "select", opts=["Analamanga", "Atsinanana", "Boeny", "Haute Matsiatra", "Atsimo-Andrefana", "Diana", "Autre"]),
    radios("sexe", "Sexe", ["Femme", "Homme"]),
    radios("mode", "Mode de participation", ["Sur place", "À distance (Zoom)"], req=True),
    fld("atelier", "Je m'inscris aussi à l'atelier pré-forum (40 000 Ar)", "checkbox"),
    fld("consent", "J'accepte que mes données soient utilisées pour l'organisation du forum", "checkbox", req=True),
])
s.page("inscription.html", "Inscription — FGI-Mada 2027", f"""
<h1>Inscription</h1>
<p>Les inscriptions sont ouvertes jusqu'au 10 septembre 2027.</p>
<form action="@inscription.html" method="post">
{FORM}
<button type="submit">M'inscrire</button>
</form>
""")

T_FREE = "La participation au forum est gratuite pour toutes et tous"
T_WS = "Atelier pré-forum « Sécurité des noms de domaine .mg », organisé par le FGI-Mada la veille du forum : 40 000 Ar (facultatif)"
T_TAXI = "Les frais de taxi-brousse des participants venant des régions (Toamasina, Mahajanga, Fianarantsoa, Toliara, Antsiranana) sont remboursés sur présentation du ticket"
T_AGE = "Le forum est ouvert aux personnes âgées d'au moins seize ans"
s.page("participer.html", "Participer — FGI-Mada 2027", f"""
<h1>Participer au forum</h1>
<p>{T_FREE}.</p>
<p>{T_WS}.</p>
<p>{T_TAXI}.</p>
<p>{T_AGE}.</p>
""")

T_ZOOM = "Les participants à distance peuvent prendre la parole via Zoom ; la modératrice leur donne la parole à tour de rôle"
s.page("distance.html", "Participer à distance — FGI-Mada 2027", f"""
<h1>Participer à distance</h1>
<p>{T_ZOOM}. Choisissez « À distance (Zoom) » dans le formulaire d'inscription ; le lien vous sera envoyé la veille.</p>
""")

T_FLOOR = "La salle plénière se trouve au premier étage de l'hôtel de ville, sans ascenseur"
T_CONTACT = "Si vous avez besoin d'un aménagement, écrivez-nous à acces@fgi-mada.example.mg"
T_SIGN = "Des interprètes en langue des signes malgache seront présents en plénière"
T_INT = "Interprétation malgache–français dans toutes les sessions"
s.page("accessibilite.html", "Accessibilité — FGI-Mada 2027", f"""
<h1>Accessibilité</h1>
<p>{T_FLOOR}. {T_CONTACT} : nous pouvons retransmettre la plénière dans une salle du rez-de-chaussée.</p>
<p>{T_SIGN}.</p>
<p>{T_INT}.</p>
""")

T_CERT = "Notre partenaire TeleSafe vend sur son propre site une formation certifiante en cybersécurité à 250 000 Ar ; elle ne fait pas partie du forum"
s.page("partenaires.html", "Partenaires — FGI-Mada 2027", f"""
<h1>Devenir partenaire</h1>
<p>Partenaire platine : 2 000 000 Ar. Stand d'exposition : 600 000 Ar. Partenaire international : 3 500 €.</p>
<p>{T_CERT}.</p>
""")

s.page("pratique.html", "Infos pratiques — FGI-Mada 2027", """
<h1>Infos pratiques</h1>
<p>Hôtel partenaire à Antaninarenina : 180 000 Ar la nuit. Taxi-brousse Toamasina–Antananarivo : environ 35 000 Ar.</p>
""")

s.page("recrutement.html", "Recrutement — FGI-Mada 2027", """
<h1>Recrutement de rapporteurs</h1>
<p>Nous recrutons quatre rapporteurs pour les deux jours du forum, rémunérés 150 000 Ar par jour.</p>
""")

PP = ["index.html", "inscription.html", "participer.html", "distance.html", "accessibilite.html"]
ENTRY = entry(
    s, name="Madagascar Internet Governance Forum 2027 (Malagasy Coalition for an Open Internet, Antananarivo, Madagascar)",
    languages=["fr", "mg"],
    fees=[(40000, "MGA")],
    free_option=True, fee_support=True, remote_participation=True,
    captcha=[], account_required=False,
    registration_form=(12, 5, ["id_document", "birth_date", "phone", "affiliation", "gender"]),
    min_age=16, accessibility_statement=True,
    access_services=["sign_language", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=PP, deliberate_404=["forum-2025.html"],
    evidence={
        "languages": [Q("index.html", T_INTRO), Q("index.html", T_MG, "Malagasy section with lang=mg (two paragraphs)")],
        "un_languages": [N("fr")],
        "fees": [Q("participer.html", T_WS, "paid pre-forum workshop organised by the forum itself: 40000 MGA"),
                 Q("index.html", "Ny atelier alohan'ny forum dia 40 000 Ar", "restated in Malagasy: no new entry"),
                 Q("partenaires.html", T_CERT, "partner's own course: not a fee"),
                 Q("partenaires.html", "Partenaire platine : 2 000 000 Ar", "sponsor: not a fee"),
                 Q("pratique.html", "180 000 Ar la nuit", "hotel: not a fee"),
                 Q("recrutement.html", "150 000 Ar par jour", "pay: not a fee")],
        "free_option": [Q("participer.html", T_FREE)],
        "fee_support": [Q("participer.html", T_TAXI)],
        "remote_participation": [Q("distance.html", T_ZOOM)],
        "captcha": [N("no CAPTCHA on any form", "inscription.html")],
        "account_required": [N("own form, no account", "inscription.html")],
        "registration_form": [N("12 fields: name, CIN, birth date, e-mail, phone, organisation, stakeholder select, region select, sex "
                                "radio, mode radio, workshop checkbox, consent checkbox; required: 3 marked (champ exigé) + mode + consent = 5",
                                "inscription.html"),
                              Q("inscription.html", "Numéro de CIN (champ exigé)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("participer.html", T_AGE)],
        "accessibility_statement": [Q("accessibilite.html", T_CONTACT)],
        "access_services": [Q("accessibilite.html", T_FLOOR, "first floor without a lift: no wheelchair_access"),
                            Q("accessibilite.html", T_SIGN, "sign_language"), Q("accessibilite.html", T_INT, "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/fgi-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
