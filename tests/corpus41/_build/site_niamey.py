"""Niamey, Niger: a youth network's national youth internet governance forum with Zoom hubs (fr-NE, with a Hausa
section and a Zarma greeting). Free; XOF only as distractors."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "forum-jeunes-gouvernance-internet-niamey"
NAV = [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("programme.html", "Programme"),
       ("hubs.html", "Hubs régionaux"), ("appui.html", "Transport et per diem"), ("accessibilite.html", "Accessibilité"),
       ("partenaires.html", "Partenaires"), ("actualites.html", "Actualités")]
FOOT = ('<p>Réseau des jeunes pour la gouvernance de l\'internet au Niger (exemple), quartier Plateau, Niamey · '
        '<a href="mailto:contact@jeunes-igf.example.ne">contact@jeunes-igf.example.ne</a> · '
        '<a href="@rapport-2026.html">Rapport 2026</a></p>')
s = mk(SLUG, "Forum national des jeunes sur la gouvernance de l'internet – Niger 2027", "fr-NE", "#e07a00", "FJ", NAV,
       foot={"fr-NE": FOOT}, newsletter={"fr-NE": ("Recevoir les nouvelles du forum", "S'abonner")})
placeholder_media(s, "media/forum-jeunes-2026.mp4")

FREE = "La participation au forum est entièrement gratuite pour tous les jeunes délégués."
AGE = "Le forum est ouvert aux jeunes âgés de quinze à trente-cinq ans."
HUBS = ("Les jeunes des hubs de Zinder et de Maradi suivent le forum sur Zoom, prennent la parole pendant les débats "
        "et votent sur la déclaration finale.")
APPUI = ("Le réseau prend en charge le transport en bus et verse un per diem de 10 000 FCFA par jour aux délégués "
         "venus d'Agadez, de Tahoua, de Dosso et de Diffa.")
PARTNER = ("Une formation certifiante en cybersécurité est proposée le 22 mars par une entreprise partenaire, au prix "
           "de 25 000 FCFA, sur son propre site : elle ne fait pas partie du forum.")
RAMP = "La salle du Centre des jeunes de Niamey (exemple) est de plain-pied, avec une rampe d'accès à l'entrée principale."
SIGN = "Un interprète en langue des signes nigérienne est disponible sur demande."
INTERP = "Les plénières sont interprétées entre le français, le haoussa et le zarma."
NOCAP = "Il n'y a pas de sous-titrage en direct."
PDFONLY = "Le programme détaillé est disponible uniquement en PDF."

s.page("index.html", "Forum national des jeunes sur la gouvernance de l'internet – Niger 2027", f"""
<h1>Forum national des jeunes sur la gouvernance de l'internet</h1>
<p>Fofo ! Niamey, 20–21 mars 2027, avec des hubs à Zinder et à Maradi.</p>
<p>Deux jours pour débattre de l'accès à internet dans les régions, des coupures d'internet, de la protection des
données des jeunes et de l'emploi numérique. {FREE} {AGE}</p>
<ul><li><a href="@inscription.html">S'inscrire</a></li><li><a href="@hubs.html">Participer depuis un hub</a></li>
<li><a href="@appui.html">Transport et per diem pour les délégués des régions</a></li></ul>
<h2>Retour en images sur 2026</h2>
{video("media/forum-jeunes-2026.mp4")}
<section lang="ha">
<h2>A cikin Hausa</h2>
<p>Taron matasa na ƙasa kan harkokin intanet zai gudana a Yamai a ranakun 20 da 21 ga watan Maris 2027, tare da
cibiyoyi a Zinder da Maradi. Shiga taron kyauta ne ga dukkan matasa masu shekaru goma sha biyar zuwa talatin da biyar.</p>
<p>Matasan da ke cibiyoyin Zinder da Maradi za su bi taron ta Zoom, su yi magana a lokacin muhawara kuma su jefa ƙuri'a
kan sanarwar ƙarshe. Za a yi fassara tsakanin Faransanci da Hausa da Zarma. Ana iya yin rajista ta fom ɗin da ke shafin
rajista.</p>
</section>
""")

FORM = "".join([
    fld("nom", "Nom et prénom (à indiquer obligatoirement)"),
    fld("naissance", "Date de naissance (à indiquer obligatoirement)", "date"),
    radios("sexe", "Sexe (à indiquer obligatoirement)", ["Féminin", "Masculin"]),
    fld("cni", "Numéro de la carte d'identité nationale ou de l'acte de naissance (à indiquer obligatoirement)"),
    fld("tel", "Téléphone ou WhatsApp (à indiquer obligatoirement)", "tel"),
    fld("email", "Adresse e-mail", "email"),
    fld("region", "Région (à indiquer obligatoirement)", "select",
        opts=["Niamey", "Agadez", "Diffa", "Dosso", "Maradi", "Tahoua", "Tillabéri", "Zinder"]),
    fld("etab", "École, université ou organisation"),
    radios("lieu", "Lieu de participation (à indiquer obligatoirement)", ["Niamey", "Hub de Zinder", "Hub de Maradi"]),
    fld("tel-parent", "Téléphone d'un parent ou tuteur (pour les moins de 18 ans)", "tel"),
    fld("transport", "Je demande la prise en charge du transport", "checkbox"),
    fld("code", "J'accepte le code de conduite du forum", "checkbox", req=True),
])
s.page("inscription.html", "Inscription", f"""
<h1>Inscription des délégués</h1>
<p>{FREE} Les inscriptions ferment le 1er mars 2027.</p>
<form action="@inscription.html" method="post">
{FORM}
<div class="frc-captcha" data-sitekey="FCMGEXAMPLE0NIAMEY"></div>
<button type="submit">Envoyer</button>
</form>
""")

s.page("programme.html", "Programme", f"""
<h1>Programme</h1>
<p>Jour 1 : ouverture, accès à internet dans les régions, coupures d'internet et droits des jeunes.</p>
<p>Jour 2 : données personnelles, emploi numérique, adoption de la déclaration des jeunes.</p>
<p>{PDFONLY} <a href="@docs/programme-forum-jeunes-2027.pdf">Télécharger le programme (PDF)</a></p>
<h2>À côté du forum</h2>
<p>{PARTNER}</p>
""")

s.page("hubs.html", "Hubs régionaux", f"""
<h1>Hubs régionaux</h1>
<p>{HUBS}</p>
<p>Chaque hub dispose d'une connexion satellite de secours et d'un modérateur qui transmet les demandes de parole à la
présidence de séance.</p>
""")

s.page("appui.html", "Transport et per diem", f"""
<h1>Transport et per diem</h1>
<p>{APPUI}</p>
<p>Hébergement conseillé à Niamey : auberge partenaire à 15 000 FCFA la nuit, hôtel du centre-ville à 35 000 FCFA la
nuit. Une course en taxi dans la ville coûte environ 500 FCFA.</p>
""")

s.page("accessibilite.html", "Accessibilité", f"""
<h1>Accessibilité</h1>
<p>{RAMP}</p>
<p>{SIGN}</p>
<p>{INTERP}</p>
<p>{NOCAP}</p>
<p>Pour tout besoin particulier, écrivez à <a href="mailto:acces@jeunes-igf.example.ne">acces@jeunes-igf.example.ne</a>.</p>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Devenir partenaire</h1>
<table><tr><th>Formule</th><th>Contribution</th></tr>
<tr><td>Partenaire or</td><td>2 000 000 FCFA</td></tr><tr><td>Partenaire argent</td><td>1 000 000 FCFA</td></tr>
<tr><td>Stand d'exposition</td><td>150 000 FCFA</td></tr></table>
""")

s.page("actualites.html", "Actualités", """
<h1>Actualités</h1>
<article><h2>Appel à bénévoles</h2><p>Nous recherchons vingt bénévoles pour l'accueil des délégués ; une indemnité
de 5 000 FCFA par jour est prévue.</p></article>
""")
s.pdf("docs/programme-forum-jeunes-2027.pdf", "Programme - Forum national des jeunes sur la gouvernance de l'internet\n20-21 mars 2027")

ENTRY = entry(
    s, name="Forum national des jeunes sur la gouvernance de l'internet – Niger 2027 (Niamey)",
    languages=["fr", "ha"], fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False,
    registration_form=(12, 8, ["birth_date", "gender", "id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=15, accessibility_statement=True,
    access_services=["interpretation", "sign_language", "wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "inscription.html", "programme.html", "hubs.html", "appui.html",
                         "accessibilite.html"],
    deliberate_404=["rapport-2026.html"],
    evidence={
        "languages": [N("French site with a Hausa section (lang=\"ha\") of two paragraphs on index.html; the Zarma greeting 'Fofo !' is not content"),
                      M("index.html", '<section lang="ha">')],
        "un_languages": [N("fr only")],
        "fees": [Q("index.html", FREE, "free forum: fees []"),
                 Q("programme.html", PARTNER, "partner's training sold on its own site, not part of the forum: not a fee"),
                 Q("appui.html", APPUI, "per diem: not a fee"),
                 Q("partenaires.html", "Partenaire or 2 000 000 FCFA", "sponsor package: not a fee"),
                 Q("appui.html", "auberge partenaire à 15 000 FCFA la nuit", "hotel: not a fee")],
        "free_option": [Q("index.html", FREE)],
        "fee_support": [Q("appui.html", APPUI)],
        "remote_participation": [Q("hubs.html", HUBS)],
        "captcha": [M("inscription.html", '<div class="frc-captcha"')],
        "account_required": [N("no account: a plain form")],
        "registration_form": [N("inscription.html: 12 fields (name, birth date, sex radio, ID card or birth-certificate number, phone/WhatsApp, e-mail, region select, school/organisation, place radio, parent's phone, transport checkbox, code-of-conduct checkbox); 8 required (7 with '(à indiquer obligatoirement)', the code-of-conduct checkbox with `required`); sensitive: birth_date, gender, id_document, phone, affiliation")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", AGE)],
        "accessibility_statement": [Q("accessibilite.html", RAMP)],
        "access_services": [Q("accessibilite.html", RAMP), Q("accessibilite.html", SIGN), Q("accessibilite.html", INTERP),
                            Q("accessibilite.html", NOCAP, "negation: no captions")],
        "videos_without_captions": [M("index.html", 'src="media/forum-jeunes-2026.mp4">')],
        "pdf_only_documents": [Q("programme.html", PDFONLY)],
    })
