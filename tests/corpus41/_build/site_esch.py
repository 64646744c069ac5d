"""Esch-sur-Alzette, Luxembourg: a city's participatory consultation on its smart-city plan (fr-LU, with a
Luxembourgish section with lang and a Portuguese section without lang). Free; EUR only as distractors."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt

SLUG = "consultation-ville-intelligente-esch"
NAV = [("index.html", "Accueil"), ("plan.html", "Le projet de plan"), ("ateliers.html", "Ateliers"),
       ("inscription.html", "Inscription"), ("accessibilite.html", "Accessibilité"), ("pratique.html", "Infos pratiques"),
       ("faq.html", "FAQ"), ("actualites.html", "Actualités")]
FOOT = ('<p>Ville d\'Esch-sur-Alzette – service Participation citoyenne (exemple), place de l\'Hôtel de Ville · '
        '<a href="mailto:participation@esch.example.lu">participation@esch.example.lu</a> · '
        '<a href="@consultation-2024.html">Consultation 2024</a></p>')
s = mk(SLUG, "Esch intelligente 2035 – consultation participative", "fr-LU", "#c8102e", "E35", NAV, foot={"fr-LU": FOOT})
placeholder_media(s, "media/esch-2035.mp4")
vtt(s, "media/esch-2035-fr.vtt", "Bienvenue à la consultation Esch intelligente 2035.")

FREE = "La participation aux ateliers et aux réunions publiques est gratuite."
REMOTE = ("Les personnes qui ne peuvent pas se déplacer participent aux ateliers en ligne via Webex : elles prennent la "
          "parole et votent sur les priorités du plan comme les participants en salle.")
YOUTH = "Atelier jeunes (de 12 à 17 ans) le mercredi 17 février 2027 à la Maison des jeunes."
NOREFUND = ("La Ville ne rembourse pas de frais de déplacement ; les transports publics sont de toute façon gratuits pour "
            "tout le monde au Luxembourg.")
STEP = "Les ateliers ont lieu à la Maison du savoir (exemple), accessible de plain-pied et équipée d'un ascenseur."
DGS = "Interprétation en langue des signes allemande (DGS) lors des réunions publiques."
CAP = "Sous-titrage en direct à l'écran pendant les réunions publiques."
CRECHE = "Une garderie avec des éducatrices accueille les enfants de 3 à 10 ans pendant les ateliers."
INTERP = "Interprétation simultanée français–luxembourgeois–portugais dans tous les ateliers."
PDFONLY = "Le projet de plan est disponible uniquement en PDF."
PT_FREE = "A participação nos ateliês e nas reuniões públicas é gratuita."

s.page("index.html", "Esch intelligente 2035 – consultation participative", f"""
<h1>Esch intelligente 2035</h1>
<p>La Ville d'Esch-sur-Alzette prépare son plan « Ville intelligente » : capteurs de trafic, données ouvertes,
éclairage public connecté, guichet numérique. Avant son adoption par le conseil communal, les habitantes et habitants
sont invités à le discuter du 10 au 24 février 2027. {FREE}</p>
<ul><li><a href="@plan.html">Lire le projet de plan</a></li><li><a href="@ateliers.html">Les ateliers</a></li>
<li><a href="@inscription.html">S'inscrire</a></li></ul>
{video("media/esch-2035.mp4", track="media/esch-2035-fr.vtt", track_kind="subtitles", track_lang="fr", label="Français")}
<section lang="lb">
<h2>Op Lëtzebuergesch</h2>
<p>D'Stad Esch invitéiert all Awunnerinnen an Awunner, hir Iddien zum Plang fir eng intelligent Stad bäizedroen.
D'Atelieren an d'ëffentlech Versammlunge si gratis a fannen tëscht dem 10. an dem 24. Februar 2027 statt.</p>
<p>Dir kënnt Iech iwwer de Formulaire op der Inscriptiounssäit umellen. Wien net ka kommen, mécht iwwer Webex mat,
kann d'Wuert ergräifen an iwwer d'Prioritéiten ofstëmmen. Et gëtt eng Simultaniwwersetzung op Lëtzebuergesch,
Franséisch a Portugisesch.</p>
</section>
<section>
<h2>Em português</h2>
<p>A Cidade de Esch convida todos os residentes a participar na consulta sobre o plano Cidade Inteligente, entre 10 e
24 de fevereiro de 2027. {PT_FREE}</p>
<p>Pode inscrever-se através do formulário da página de inscrição ou participar em linha via Webex, tomar a palavra e
votar nas prioridades. Haverá interpretação simultânea em português, francês e luxemburguês, e um espaço para
crianças com educadoras durante os ateliês.</p>
</section>
""")

s.page("plan.html", "Le projet de plan", f"""
<h1>Le projet de plan « Ville intelligente »</h1>
<p>{PDFONLY} <a href="@docs/projet-plan-ville-intelligente.pdf">Télécharger le projet (PDF, 48 pages)</a></p>
<p>Le plan prévoit une enveloppe de 12,5 millions d'euros sur huit ans, dont 3 millions d'euros pour l'éclairage
public connecté. Il propose aussi un stationnement intelligent à 2,50 € de l'heure dans l'hypercentre.</p>
""")

s.page("ateliers.html", "Ateliers", f"""
<h1>Ateliers</h1>
<ul><li>Mobilité intelligente – 10 février, 18 h 30</li><li>Données ouvertes et vie privée – 12 février, 18 h 30</li>
<li>Éclairage et énergie – 15 février, 18 h 30</li><li>{YOUTH}</li>
<li>Réunion publique de synthèse – 24 février, 19 h</li></ul>
<h2>Participer à distance</h2>
<p>{REMOTE}</p>
""")

FORM = "".join([
    fld("nom", "Nom (réponse requise)"),
    fld("prenom", "Prénom (réponse requise)"),
    fld("email", "E-mail (réponse requise)", "email"),
    fld("tel", "Téléphone", "tel"),
    fld("quartier", "Quartier", "select", opts=["Centre", "Brill", "Grenz", "Lallange", "Raemerich", "Belval", "Autre"]),
    fld("org", "Association ou organisation (le cas échéant)"),
    "<fieldset><legend>Ateliers choisis</legend>",
    fld("a1", "Mobilité intelligente", "checkbox"), fld("a2", "Données ouvertes et vie privée", "checkbox"),
    fld("a3", "Éclairage et énergie", "checkbox"), fld("a4", "Atelier jeunes (12–17 ans)", "checkbox"),
    "</fieldset>",
    radios("mode", "Je participe (réponse requise)", ["sur place", "en ligne via Webex"]),
    fld("langue", "Langue de préférence", "select", opts=["Français", "Lëtzebuergesch", "Português", "Deutsch"]),
    fld("garderie", "J'ai besoin de la garderie", "checkbox"),
])
s.page("inscription.html", "Inscription", f"""
<h1>Inscription aux ateliers</h1>
<p>{FREE} L'inscription nous aide à prévoir la salle, l'interprétation et la garderie.</p>
<form action="@inscription.html" method="post">
{FORM}
<button type="submit">Je m'inscris</button>
</form>
""")

s.page("accessibilite.html", "Accessibilité", f"""
<h1>Accessibilité</h1>
<p>{STEP}</p>
<p>{DGS}</p>
<p>{CAP}</p>
<p>{CRECHE}</p>
<p>{INTERP}</p>
""")

s.page("pratique.html", "Infos pratiques", """
<h1>Infos pratiques</h1>
<p>Maison du savoir (exemple), Belval. Gare de Belval-Université à 300 mètres.</p>
<ul><li>Parking du Théâtre : 1,80 € de l'heure.</li><li>Vélos en libre-service : 1 € pour 30 minutes.</li></ul>
""")

s.page("faq.html", "FAQ", f"""
<h1>Questions fréquentes</h1>
<details open><summary>Combien coûte la participation ?</summary><p>{FREE}</p></details>
<details open><summary>Mes frais de déplacement sont-ils remboursés ?</summary><p>{NOREFUND}</p></details>
<details open><summary>Qui peut participer ?</summary><p>Toute personne qui vit ou travaille à Esch. {YOUTH}</p></details>
""")

s.page("actualites.html", "Actualités", """
<h1>Actualités</h1>
<article><h2>La Ville recrute</h2><p>Chef·fe de projet « données ouvertes » (CDI), rémunération selon la grille
communale, à partir de 5 200 € bruts par mois.</p></article>
""")
s.pdf("docs/projet-plan-ville-intelligente.pdf", "Projet de plan Ville intelligente - Esch 2035\nVersion soumise a consultation")

ENTRY = entry(
    s, name="Esch intelligente 2035 – consultation participative (Esch-sur-Alzette)",
    languages=["fr", "lb", "pt"], fees=[],
    free_option=True, fee_support=False, remote_participation=True, captcha=[],
    account_required=False, registration_form=(13, 4, ["phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=12, accessibility_statement=True,
    access_services=["captions", "childcare", "interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "plan.html", "ateliers.html", "inscription.html", "accessibilite.html",
                         "pratique.html", "faq.html"],
    deliberate_404=["consultation-2024.html"],
    evidence={
        "languages": [N("French site; a Luxembourgish section (lang=\"lb\") and a Portuguese section without lang, two paragraphs each, on index.html"),
                      M("index.html", '<section lang="lb">'), Q("index.html", PT_FREE)],
        "un_languages": [N("fr only")],
        "fees": [Q("index.html", FREE, "free consultation: fees []"),
                 Q("plan.html", "Le plan prévoit une enveloppe de 12,5 millions d'euros sur huit ans", "budget under consultation: not a fee"),
                 Q("pratique.html", "Parking du Théâtre : 1,80 € de l'heure.", "parking: not a fee"),
                 Q("actualites.html", "à partir de 5 200 € bruts par mois", "salary: not a fee")],
        "free_option": [Q("index.html", FREE)],
        "fee_support": [Q("faq.html", NOREFUND, "no refund; free national public transport is not support")],
        "remote_participation": [Q("ateliers.html", REMOTE)],
        "captcha": [N("no CAPTCHA on any form")],
        "account_required": [N("no account")],
        "registration_form": [N("inscription.html: 13 fields (surname, first name, e-mail, phone, neighbourhood select, organisation, four workshop checkboxes, mode radio, language select, childcare checkbox); 4 required with '(réponse requise)' (surname, first name, e-mail, mode legend); sensitive: phone, affiliation")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("ateliers.html", YOUTH, "youth workshop of the consultation: lower bound 12")],
        "accessibility_statement": [Q("accessibilite.html", STEP)],
        "access_services": [Q("accessibilite.html", STEP), Q("accessibilite.html", DGS), Q("accessibilite.html", CAP),
                            Q("accessibilite.html", CRECHE), Q("accessibilite.html", INTERP)],
        "videos_without_captions": [M("index.html", '<track kind="subtitles" src="media/esch-2035-fr.vtt"', "subtitled: 0")],
        "pdf_only_documents": [Q("plan.html", PDFONLY)],
    })
