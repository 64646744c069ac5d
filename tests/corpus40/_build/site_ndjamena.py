"""N'Djamena (Chad): a UN-style sub-regional centre's Central African Internet Governance Forum, with an own
accreditation portal. French (fr-TD) with an Arabic section (lang="ar")."""
from lib import *

NAV = [("index.html", "Accueil"), ("accreditation.html", "Accréditation"), ("bourses.html", "Bourses"),
       ("a-distance.html", "Participation à distance"), ("lieu.html", "Lieu et accessibilité"),
       ("ordre-du-jour.html", "Ordre du jour"), ("jeunesse.html", "Pré-forum des jeunes"), ("faq.html", "FAQ"),
       ("actualites.html", "Actualités")]
s = mk("forum-afrique-centrale-gouvernance-internet-ndjamena", "Forum d'Afrique centrale sur la gouvernance de l'Internet 2027",
       "fr-TD", "#1f4e9c", "FAC", NAV,
       foot={"fr-TD": "<p>Centre sous-régional pour le numérique en Afrique centrale (CSNAC) — Secrétariat du Forum. Avenue Charles de Gaulle, N'Djamena. fgi-ac@csnac.example.org</p>"})

FREE = "La participation au Forum est gratuite pour toutes les parties prenantes."
ACC = "Toute participation, sur place ou à distance, nécessite la création d'un compte sur le portail d'accréditation."
AR = ("يُعقد منتدى وسط أفريقيا لحوكمة الإنترنت في إنجامينا من ٦ إلى ٨ أكتوبر ٢٠٢٧. المشاركة في المنتدى مجانية لجميع أصحاب "
      "المصلحة، ويمكن المشاركة حضوريًا أو عن بُعد عبر Zoom مع إمكانية طلب الكلمة.")
AR2 = "يلزم إنشاء حساب في بوابة الاعتماد. تتوفر ترجمة فورية بين الفرنسية والعربية والإنجليزية في الجلسات العامة."
s.page("index.html", "Forum d'Afrique centrale sur la gouvernance de l'Internet 2027", f"""
<h1>Forum d'Afrique centrale sur la gouvernance de l'Internet (FAC-GI) 2027</h1>
<p>N'Djamena, du 6 au 8 octobre 2027. Thème : « Un Internet résilient et inclusif pour l'Afrique centrale ».
Le Forum réunit gouvernements, secteur privé, société civile, communauté technique, milieux universitaires et jeunes
des onze pays de la sous-région.</p>
<p>{FREE} {ACC}</p>
<ul><li><a href="@accreditation.html">Créer un compte et s'accréditer</a></li>
<li><a href="@bourses.html">Bourses de participation</a></li>
<li><a href="@a-distance.html">Participer à distance</a></li></ul>
<h2>Message du Directeur du Centre</h2>
""" + video("media/message-directeur.mp4") + f"""
<section lang="ar" dir="rtl">
<h2>بالعربية</h2>
<p>{AR}</p>
<p>{AR2}</p>
</section>
""")
placeholder_media(s, "media/message-directeur.mp4")

form = "".join([
    fld("nom", "Nom (à saisir)"),
    fld("prenom", "Prénom (à saisir)"),
    fld("nat", "Nationalité (à saisir)", "select", False, ["Cameroun", "Centrafrique", "Congo", "Gabon", "Guinée équatoriale", "RD Congo", "Tchad", "Autre"]),
    fld("idno", "Numéro de passeport ou NNI (à saisir)"),
    fld("org", "Organisation (à saisir)"),
    fld("group", "Groupe de parties prenantes (à saisir)", "select", False, ["Gouvernement", "Secteur privé", "Société civile", "Communauté technique", "Milieu universitaire", "Jeunes", "Organisation internationale"]),
    fld("res", "Pays de résidence", "select", False, ["Tchad", "Cameroun", "Gabon", "Autre"]),
    fld("email", "Adresse électronique (à saisir)", "email"),
    fld("tel", "Téléphone", "tel"),
    fld("pw", "Mot de passe (à saisir)", "password"),
    fld("pw2", "Confirmation du mot de passe (à saisir)", "password"),
    fld("photo", "Photo d'identité pour le badge (à saisir)", "file"),
])
login = fld("lemail", "Adresse électronique", "email") + fld("lpw", "Mot de passe", "password")
s.page("accreditation.html", "Accréditation", f"""
<h1>Portail d'accréditation</h1>
<p>{ACC} Le badge est remis sur présentation du passeport ou de la carte nationale d'identité.</p>
<h2>Créer un compte</h2>
<form action="@accreditation.html" method="post">
{form}
<div class="g-recaptcha" data-sitekey="6Lc-csnac-example-ndjamena"></div>
<button type="submit">Créer mon compte</button>
</form>
<h2>Déjà inscrit ? Se connecter</h2>
<form action="@accreditation.html" method="post">
{login}
<button type="submit">Connexion</button>
</form>
""")

BOURSE = "Des bourses couvrent le billet d'avion, l'hébergement et une indemnité journalière de subsistance de 45 000 FCFA pour une quarantaine de participants de la société civile, des jeunes et des universités."
s.page("bourses.html", "Bourses", f"""
<h1>Bourses de participation</h1>
<p>{BOURSE}</p>
<p>Les candidatures se font depuis votre compte sur le portail d'accréditation, avant le 15 août 2027.</p>
""")

REMOTE = "Les participants à distance se connectent via Zoom et peuvent demander la parole en levant la main ; le modérateur leur donne la parole comme aux participants en salle."
s.page("a-distance.html", "Participation à distance", f"""
<h1>Participation à distance</h1>
<p>{REMOTE}</p>
<p>Le lien Zoom est envoyé aux participants accrédités à distance. Les sessions plénières sont aussi diffusées en direct.</p>
""")

PLAIN = "La salle plénière du Palais du 15-Janvier est de plain-pied et accessible en fauteuil roulant."
INT = "Interprétation simultanée français–arabe–anglais dans toutes les sessions plénières."
LS = "Interprétation en langue des signes tchadienne sur demande, au moins deux semaines à l'avance."
s.page("lieu.html", "Lieu et accessibilité", f"""
<h1>Lieu et accessibilité</h1>
<p>Palais du 15-Janvier, N'Djamena.</p>
<ul><li>{PLAIN}</li><li>{INT}</li><li>{LS}</li></ul>
<p>Contact pour les besoins d'accessibilité : acces@csnac.example.org.</p>
<h2>Hébergement</h2>
<p>Hôtels partenaires à partir de 65 000 FCFA la nuit. Une course en taxi en ville coûte environ 2 000 FCFA.</p>
""")

s.page("ordre-du-jour.html", "Ordre du jour", """
<h1>Ordre du jour provisoire</h1>
<p><a href="@docs/ordre-du-jour-provisoire-fac-gi-2027.pdf">Ordre du jour provisoire (PDF)</a> — disponible uniquement en PDF.</p>
""")
s.pdf("docs/ordre-du-jour-provisoire-fac-gi-2027.pdf", "Forum d'Afrique centrale sur la gouvernance de l'Internet 2027\nOrdre du jour provisoire\n6 octobre: pre-forum des jeunes\n7 octobre: ouverture, resilience des reseaux, coupures d'Internet\n8 octobre: inclusion numerique, messages de N'Djamena")

YOUTH = "Le pré-forum des jeunes, le 6 octobre, est ouvert aux jeunes de 18 à 35 ans."
s.page("jeunesse.html", "Pré-forum des jeunes", f"""
<h1>Pré-forum des jeunes</h1>
<p>{YOUTH} Les conclusions sont présentées en plénière le 7 octobre.</p>
""")

s.page("faq.html", "FAQ", f"""
<h1>Questions fréquentes</h1>
<details open><summary>Y a-t-il des frais d'inscription ?</summary><p>Non. {FREE}</p></details>
<details open><summary>Faut-il un compte ?</summary><p>{ACC}</p></details>
<details open><summary>Peut-on intervenir à distance ?</summary><p>{REMOTE}</p></details>
""")

s.page("actualites.html", "Actualités", """
<h1>Actualités</h1>
<p>Le rapport du Forum 2026 est disponible sur la <a href="@rapport-2026.html">page du rapport</a>.</p>
<p>Le programme régional de dorsale à fibre optique, doté de 2,5 milliards FCFA, sera présenté au Forum.</p>
""")

ENTRY = entry(s, name="Forum d'Afrique centrale sur la gouvernance de l'Internet 2027 (N'Djamena)",
    languages=["ar", "fr"],
    fees=[],
    free_option=True, fee_support=True, remote_participation=True,
    captcha=["recaptcha"], account_required=True,
    registration_form=(12, 10, ["affiliation", "id_document", "nationality", "phone", "photo"]),
    registration_host=None, registration_pdf_only=False, min_age=18,
    accessibility_statement=True, access_services=["interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "accreditation.html", "bourses.html", "a-distance.html", "lieu.html", "ordre-du-jour.html", "jeunesse.html", "faq.html"],
    deliberate_404=["rapport-2026.html"],
    evidence={
        "languages": [M("index.html", '<section lang="ar" dir="rtl">', "Arabic section of two paragraphs")],
        "un_languages": [N("fr and ar")],
        "fees": [Q("index.html", FREE), Q("bourses.html", BOURSE, "DSA and fellowship: not a fee"),
                 Q("lieu.html", "Hôtels partenaires à partir de 65 000 FCFA la nuit.", "hotel: not a fee")],
        "free_option": [Q("index.html", FREE), Q("index.html", AR)],
        "fee_support": [Q("bourses.html", BOURSE)],
        "remote_participation": [Q("a-distance.html", REMOTE)],
        "captcha": [M("accreditation.html", '<div class="g-recaptcha" data-sitekey="6Lc-csnac-example-ndjamena"></div>')],
        "account_required": [Q("index.html", ACC)],
        "registration_form": [N("accreditation sign-up: nom*, prénom*, nationalité*, passeport/NNI*, organisation*, groupe*, pays de résidence, e-mail*, téléphone, mot de passe*, confirmation*, photo* = 12 fields, 10 required; the 2-field login form is not it", "accreditation.html")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online portal")],
        "min_age": [Q("jeunesse.html", YOUTH)],
        "accessibility_statement": [Q("lieu.html", PLAIN)],
        "access_services": [Q("lieu.html", PLAIN), Q("lieu.html", INT), Q("lieu.html", LS)],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/message-directeur.mp4">')],
        "pdf_only_documents": [Q("ordre-du-jour.html", "disponible uniquement en PDF")],
    })
