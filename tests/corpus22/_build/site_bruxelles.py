from lib import mk, placeholder_media, video, vtt, Q, M, N, entry, fld

NAV = [("index.html", "Accueil"), ("tarifs.html", "Tarifs"), ("inscription.html", "Inscription"),
       ("en-ligne.html", "Participer en ligne"), ("accessibilite.html", "Accessibilité"), ("exposants.html", "Exposants"),
       ("hebergement.html", "Hébergement"), ("emplois.html", "Offres d'emploi")]
s = mk("assises-economie-sociale-bruxelles", "Assises bruxelloises de l'économie sociale 2027", "fr-BE", "#c0392b", "ES",
       NAV, foot={"fr-BE": "<p>Plateforme bruxelloise de l'économie sociale (fictive) · assises@ecosoc-bxl.example.be</p>"})
placeholder_media(s, "media/teaser.mp4")
vtt(s, "media/teaser-fr.vtt", "Bienvenue aux Assises")

s.page("index.html", "Assises bruxelloises de l'économie sociale 2027", """
<h1>Assises bruxelloises de l'économie sociale 2027</h1>
<p>Coopératives, entreprises d'insertion, associations et pouvoirs publics se retrouvent le 25 mars 2027 aux Halles de
Schaerbeek pour une journée d'ateliers sur le financement solidaire, l'emploi des jeunes et les circuits courts.</p>
<p>Voir les <a href="@tarifs.html">tarifs</a> et <a href="@inscription.html">s'inscrire</a>. Actes de l'édition précédente :
<a href="@actes-2026.html">actes 2026</a>.</p>
""" + video("media/teaser.mp4", track="media/teaser-fr.vtt", track_lang="fr", label="Français") + """
<section lang="nl">
<h2>Brusselse Staten-Generaal van de sociale economie</h2>
<p>Coöperaties, invoegbedrijven, verenigingen en overheden komen op 25 maart 2027 samen in de Hallen van Schaarbeek voor
een dag met workshops over solidaire financiering, jongerenwerk en korte ketens. Werkzoekenden nemen gratis deel; de
inschrijving verloopt via Weezevent, zonder account.</p>
</section>
""")

s.page("tarifs.html", "Tarifs", """
<h1>Tarifs</h1>
<table><caption>Tarifs d'inscription</caption>
<tr><th>Catégorie</th><th>Prix</th></tr>
<tr><td>Organisations et individus</td><td>95 €</td></tr>
<tr><td>Étudiant·es</td><td>35 €</td></tr>
<tr><td>Participation en ligne</td><td>40 €</td></tr>
<tr><td>Demandeur·euses d'emploi</td><td>gratuit</td></tr>
</table>
<p>La participation est gratuite pour les demandeurs et demandeuses d'emploi (attestation Actiris demandée à l'accueil).</p>
""")

s.page("inscription.html", "Inscription", """
<h1>Inscription</h1>
<p>Les inscriptions se font sur <a href="https://www.weezevent.com/assises-economie-sociale-2027">Weezevent</a>, sans créer de
compte : un nom et une adresse e-mail suffisent.</p>
""")

s.page("en-ligne.html", "Participer en ligne", """
<h1>Participer en ligne</h1>
<p>Les ateliers sont diffusés sur Zoom. Les participant·es en ligne peuvent prendre la parole ou poser leurs questions
dans le chat, que l'animatrice relaie en direct.</p>
""")

af = "".join([fld("an", "Nom"), fld("ae", "E-mail", "email"), fld("ab", "Votre besoin", "textarea")])
s.page("accessibilite.html", "Accessibilité", f"""
<h1>Accessibilité</h1>
<p>Les Halles sont accessibles en fauteuil roulant (entrée de plain-pied rue Royale-Sainte-Marie, ascenseur vers la mezzanine).</p>
<p>La plénière est interprétée en langue des signes de Belgique francophone (LSFB) et bénéficie d'un sous-titrage en direct.</p>
<p>Une garderie encadrée par des puéricultrices accueille les enfants de 2 à 10 ans pendant la journée.</p>
<h2>Signaler un besoin</h2>
<form action="@accessibilite.html" method="post">{af}
<div class="frc-captcha" data-sitekey="FCMplaceholderBXL"></div>
<button type="submit">Envoyer</button></form>
""")

s.page("exposants.html", "Exposants", """
<h1>Exposants et partenaires</h1>
<p>Stand au marché des initiatives : 250 €. Partenariat « soutien » : 2 500 €.</p>
""")

s.page("hebergement.html", "Hébergement", """
<h1>Hébergement et mobilité</h1>
<p>Auberge de jeunesse à 15 minutes : 38 € la nuit. Un trajet STIB coûte 2,60 €.</p>
""")

s.page("emplois.html", "Offres d'emploi", """
<h1>Offres d'emploi du secteur</h1>
<p>Coopérative de livraison à vélo : coordinateur·rice, 3 100 € brut par mois.</p>
""")

ENTRY = entry(
    s, name="Brussels Social Economy Assembly 2027 (social economy platform, Brussels)",
    languages=["fr", "nl"],
    fees=[(95, "EUR"), (35, "EUR"), (40, "EUR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False, registration_form=None,
    registration_host="www.weezevent.com", registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "childcare"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "tarifs.html", "inscription.html", "en-ligne.html", "accessibilite.html"],
    deliberate_404=["actes-2026.html"],
    evidence={
        "languages": [Q("index.html", "Coopératives, entreprises d'insertion, associations et pouvoirs publics se retrouvent"),
                      M("index.html", '<section lang="nl">', "Dutch section with lang"),
                      Q("index.html", "Coöperaties, invoegbedrijven, verenigingen en overheden komen op 25 maart 2027 samen")],
        "un_languages": [N("fr")],
        "fees": [Q("tarifs.html", "Organisations et individus 95 €", "95 EUR"),
                 Q("tarifs.html", "Étudiant·es 35 €", "35 EUR"),
                 Q("tarifs.html", "Participation en ligne 40 €", "online with questions: 40 EUR"),
                 Q("exposants.html", "Stand au marché des initiatives : 250 €.", "stand and partnership: not fees"),
                 Q("hebergement.html", "Auberge de jeunesse à 15 minutes : 38 € la nuit.", "hostel and STIB: not fees"),
                 Q("emplois.html", "3 100 € brut par mois", "salary: not a fee")],
        "free_option": [Q("tarifs.html", "La participation est gratuite pour les demandeurs et demandeuses d'emploi")],
        "fee_support": [Q("tarifs.html", "Étudiant·es 35 €", "student rate"),
                        Q("tarifs.html", "Demandeur·euses d'emploi gratuit", "free for job seekers")],
        "remote_participation": [Q("en-ligne.html", "Les participant·es en ligne peuvent prendre la parole ou poser leurs questions dans le chat")],
        "captcha": [M("accessibilite.html", '<div class="frc-captcha"', "on the access-needs form")],
        "account_required": [Q("inscription.html", "sans créer de compte : un nom et une adresse e-mail suffisent.")],
        "registration_form": [N("no own registration form; the 3-field access-needs form is not one")],
        "registration_host": [M("inscription.html", 'href="https://www.weezevent.com/assises-economie-sociale-2027"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [N("no age stated; childcare ages are not a limit")],
        "accessibility_statement": [Q("accessibilite.html", "Les Halles sont accessibles en fauteuil roulant")],
        "access_services": [Q("accessibilite.html", "Les Halles sont accessibles en fauteuil roulant", "wheelchair_access"),
                            Q("accessibilite.html", "langue des signes de Belgique francophone (LSFB)", "sign_language"),
                            Q("accessibilite.html", "sous-titrage en direct", "captions"),
                            Q("accessibilite.html", "Une garderie encadrée par des puéricultrices", "childcare")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/teaser-fr.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
