"""Geneva: a translators' and interpreters' association's annual days (fr-CH; German and English sections with lang)."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

NAV = [("index.html", "Accueil"), ("inscription.html", "Inscription et tarifs"), ("en-ligne.html", "Participer en ligne"),
       ("accessibilite.html", "Accessibilité"), ("hebergement.html", "Hébergement"), ("partenaires.html", "Partenaires"),
       ("emplois.html", "Offres d'emploi"), ("prix.html", "Prix de la relève")]
s = mk("journees-traduction-interpretation-geneve", "Journées romandes de la traduction 2027", "fr-CH", "#3b3b98", "JRT", NAV,
       foot={"fr-CH": "<p>Association romande des traductrices et interprètes — journees@artri.example.ch</p>"})
placeholder_media(s, "media/ouverture.mp4")
vtt(s, "media/ouverture.fr.vtt", "Bienvenue aux Journées romandes de la traduction.")

s.page("index.html", "Journées romandes de la traduction 2027", """
<h1>Journées romandes de la traduction et de l'interprétation 2027</h1>
<p>Deux jours d'ateliers, de tables rondes et de démonstrations sur la traduction littéraire, l'interprétation en milieu hospitalier et la traduction automatique, les 5 et 6 novembre 2027 à la Maison des associations de Genève.</p>
""" + video("media/ouverture.mp4", track="media/ouverture.fr.vtt", track_lang="fr", label="Français") + """
<section lang="de">
<h2>Auf Deutsch</h2>
<p>Zwei Tage mit Workshops, Podiumsgesprächen und Vorführungen zu literarischer Übersetzung, Dolmetschen im Spital und maschineller Übersetzung. Der Eintritt kostet Fr. 280.–, für Studierende Fr. 90.–.</p>
</section>
<section lang="en">
<h2>In English</h2>
<p>Two days of workshops, round tables and demonstrations on literary translation, hospital interpreting and machine translation, in Geneva on 5 and 6 November 2027. Online participants can put questions to the panels through the moderated chat.</p>
</section>
""")

s.page("inscription.html", "Inscription et tarifs", """
<h1>Inscription et tarifs</h1>
<table><caption>Tarifs</caption>
<tr><th>Catégorie</th><th>Prix</th></tr>
<tr><td>Deux jours sur place</td><td>CHF 280.–</td></tr>
<tr><td>Étudiant·es en traduction ou interprétation</td><td>CHF 90.–</td></tr>
<tr><td>Participation en ligne</td><td>CHF 120.–</td></tr>
</table>
<p>Il n'y a pas d'entrée gratuite : les intervenant·es paient aussi leur inscription.</p>
<p>Les billets sont vendus sur <a href="https://www.eventfrog.ch/fr/p/conferences/journees-romandes-traduction-2027.html">Eventfrog</a>. L'achat sur Eventfrog nécessite un compte Eventfrog.</p>
""")

s.page("en-ligne.html", "Participer en ligne", """
<h1>Participer en ligne</h1>
<p>Toutes les tables rondes sont retransmises. Les participant·es en ligne posent leurs questions dans le chat ; la modération les lit aux intervenant·es pendant la discussion.</p>
""")

form = "".join([fld("n", "Nom"), fld("m", "Courriel", "email"), fld("b", "Vos besoins", "textarea")])
s.page("accessibilite.html", "Accessibilité", f"""
<h1>Accessibilité</h1>
<p>La Maison des associations est accessible en fauteuil roulant : entrée de plain-pied et ascenseur jusqu'aux salles.</p>
<p>Les plénières bénéficient d'une interprétation en langue des signes française (LSF) et d'un sous-titrage en direct.</p>
<p>Une interprétation simultanée français–anglais–allemand est assurée pendant les tables rondes.</p>
<h2>Nous écrire</h2>
<form action="@accessibilite.html" method="post">
{form}
<div class="frc-captcha" data-sitekey="FCMexampleJRT"></div>
<button type="submit">Envoyer</button>
</form>
""")

s.page("hebergement.html", "Hébergement", "<h1>Hébergement</h1><p>Hôtel partenaire près de Plainpalais : CHF 165.– la nuit. Billet TPG d'une heure : CHF 3.–.</p>")
s.page("partenaires.html", "Partenaires", "<h1>Partenaires</h1><p>Partenaire principal : CHF 6'000.– ; stand d'exposition : CHF 900.–.</p>")
s.page("emplois.html", "Offres d'emploi", "<h1>Offres d'emploi</h1><p>Traductrice ou traducteur juridique (80 %), salaire annuel CHF 98'000.–.</p>")
s.page("prix.html", "Prix de la relève", "<h1>Prix de la relève</h1><p>Le prix de la meilleure traduction étudiante est doté de CHF 1'500.–.</p>")

ENTRY = entry(
    s, name="Romandy Translation and Interpreting Days 2027 (translators' association, Geneva)",
    languages=["fr", "de", "en"],
    fees=[(280, "CHF"), (90, "CHF"), (120, "CHF")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=True, registration_form=None, registration_host="www.eventfrog.ch", min_age=None,
    accessibility_statement=True,
    access_services=["captions", "interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "inscription.html", "en-ligne.html", "accessibilite.html"],
    evidence={
        "languages": [Q("index.html", "Deux jours d'ateliers, de tables rondes et de démonstrations"),
                      M("index.html", '<section lang="de">', "German section with lang"),
                      Q("index.html", "Zwei Tage mit Workshops, Podiumsgesprächen und Vorführungen"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "Two days of workshops, round tables and demonstrations on literary translation")],
        "un_languages": [N("fr, en")],
        "fees": [Q("inscription.html", "Deux jours sur place CHF 280.–", "280 CHF"),
                 Q("inscription.html", "Étudiant·es en traduction ou interprétation CHF 90.–", "90 CHF"),
                 Q("inscription.html", "Participation en ligne CHF 120.–", "120 CHF (online, with questions)"),
                 Q("index.html", "Der Eintritt kostet Fr. 280.–, für Studierende Fr. 90.–.", "German restatement, no new entries"),
                 Q("hebergement.html", "Hôtel partenaire près de Plainpalais : CHF 165.– la nuit.", "hotel and tram: not fees"),
                 Q("partenaires.html", "Partenaire principal : CHF 6'000.–", "sponsorship and stand: not fees"),
                 Q("emplois.html", "salaire annuel CHF 98'000.–", "salary: not a fee"),
                 Q("prix.html", "doté de CHF 1'500.–", "prize: not a fee")],
        "free_option": [Q("inscription.html", "Il n'y a pas d'entrée gratuite : les intervenant·es paient aussi leur inscription.")],
        "fee_support": [Q("inscription.html", "Étudiant·es en traduction ou interprétation CHF 90.–", "student rate below 280")],
        "remote_participation": [Q("en-ligne.html", "Les participant·es en ligne posent leurs questions dans le chat ; la modération les lit aux intervenant·es")],
        "captcha": [M("accessibilite.html", '<div class="frc-captcha"', "Friendly Captcha on the access-needs form")],
        "account_required": [Q("inscription.html", "L'achat sur Eventfrog nécessite un compte Eventfrog.")],
        "registration_form": [N("no own registration form; the 3-field access form is not one")],
        "registration_host": [M("inscription.html", 'href="https://www.eventfrog.ch/fr/p/conferences/journees-romandes-traduction-2027.html"')],
        "registration_pdf_only": [N("platform tickets")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accessibilite.html", "La Maison des associations est accessible en fauteuil roulant")],
        "access_services": [Q("accessibilite.html", "accessible en fauteuil roulant : entrée de plain-pied et ascenseur", "wheelchair_access"),
                            Q("accessibilite.html", "interprétation en langue des signes française (LSF) et d'un sous-titrage en direct", "sign_language, captions (no CART named)"),
                            Q("accessibilite.html", "Une interprétation simultanée français–anglais–allemand", "interpretation")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
