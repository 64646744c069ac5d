from lib import *
s = mk("forum-coupures-internet-ouagadougou", "Collectif Burkinabè pour un Internet Ouvert", "fr-BF", "#c8102e", "CBIO",
       [("index.html", "Accueil"), ("forum.html", "Le forum"), ("participer.html", "Participer"), ("bourses.html", "Bourses"),
        ("accessibilite.html", "Accessibilité"), ("faq.html", "FAQ"), ("soutenir.html", "Nous soutenir")],
       foot={"fr-BF": "<p>CBIO, Ouaga 2000, Ouagadougou. forum@cbio.example.bf</p>"})
FREE = "La participation au forum est gratuite."
REMOTE = "Les participants à distance peuvent prendre la parole via Jitsi Meet pendant les sessions de discussion."
KOBO = "L'inscription se fait sur un formulaire KoboToolbox, sans créer de compte."
AGE = "Le forum est ouvert aux personnes âgées d'au moins dix-huit ans."
BOURSE = "Des bourses de voyage couvrent le transport et l'hébergement des militants venant du Mali, du Niger et du Togo."
EN = "The West African Forum on Internet Shutdowns takes place in Ouagadougou on 12 and 13 September. Taking part is free; remote participants can take the floor over Jitsi Meet, and travel grants are available for activists from neighbouring countries."
STEP = "La salle est au rez-de-chaussée et accessible en fauteuil roulant."
SIGN = "Les plénières sont interprétées en langue des signes burkinabè."
CAP = "Un sous-titrage en direct est projeté pendant les plénières."
INTERP = "Interprétation français–mooré–dioula."
DON = "Faites un don : 10 000 F CFA, 25 000 F CFA ou le montant de votre choix."
TRAIN = "Notre partenaire DigiSec Sahel vend sur son propre site une formation en sécurité numérique (75 000 F CFA) qui ne fait pas partie du forum."
s.page("index.html", "Forum ouest-africain sur les coupures d'internet", f"""
<h1>Forum ouest-africain sur les coupures d'internet 2027</h1>
<p>Ouagadougou, 12 et 13 septembre. {FREE}</p>
<p><a href="@participer.html">Participer</a> · <a href="@forum.html">Programme</a></p>
<section lang="en"><h2>In English</h2><p>{EN}</p></section>
""")
s.page("forum.html", "Le forum", f"""
<h1>Le forum</h1>
<p>Programme : jour 1 — mesure des coupures et témoignages ; jour 2 — recours juridiques et plaidoyer.</p>
<p>{REMOTE}</p><p>{AGE}</p><p>{TRAIN}</p>
""")
s.page("participer.html", "Participer", f"""
<h1>Participer</h1>
<p>{KOBO}</p>
<p><a href="https://ee.kobotoolbox.org/x/cbio-forum27">Formulaire d'inscription (KoboToolbox)</a></p>
""")
s.page("bourses.html", "Bourses", f"<h1>Bourses de voyage</h1><p>{BOURSE}</p><p>Montant indicatif d'une bourse : 150 000 F CFA.</p>")
s.page("accessibilite.html", "Accessibilité", f"<h1>Accessibilité</h1><p>{STEP}</p><p>{SIGN}</p><p>{CAP}</p><p>{INTERP}</p>")
s.page("faq.html", "FAQ", """
<h1>Questions fréquentes</h1>
<details open><summary>Faut-il un compte KoboToolbox ?</summary><p>Non.</p></details>
<h2>Poser une question</h2>
<form action="@faq.html" method="post">""" + fld("qn", "Nom") + fld("qe", "Courriel", "email") + fld("qq", "Question", "textarea") + """
<div class="h-captcha" data-sitekey="cbio-faq"></div><button type="submit">Envoyer</button></form>
""")
s.page("soutenir.html", "Nous soutenir", f"<h1>Nous soutenir</h1><p>{DON}</p><p>Hôtel conseillé : 35 000 F CFA la nuit.</p>")
P = "index.html forum.html participer.html bourses.html accessibilite.html faq.html".split()
ENTRY = entry(s, name="Forum ouest-africain sur les coupures d'internet — Ouagadougou", languages=["fr", "en"], fees=[],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=None, registration_host="ee.kobotoolbox.org", registration_pdf_only=False, min_age=18,
    accessibility_statement=True, access_services=["captions", "interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False, participation_pages=P,
    evidence={
     "languages": [Q("index.html", FREE), Q("index.html", EN, "English section")],
     "un_languages": [N("fr, en")],
     "fees": [Q("index.html", FREE), Q("soutenir.html", DON, "donation: not a fee"), Q("forum.html", TRAIN, "partner's training: not a fee")],
     "free_option": [Q("index.html", FREE)],
     "fee_support": [Q("bourses.html", BOURSE)],
     "remote_participation": [Q("forum.html", REMOTE)],
     "captcha": [M("faq.html", 'class="h-captcha"', "on the question form")],
     "account_required": [Q("participer.html", KOBO)],
     "registration_form": [N("no own registration form; 3-field question form is not one")],
     "registration_host": [M("participer.html", 'href="https://ee.kobotoolbox.org/x/cbio-forum27"')],
     "registration_pdf_only": [N("KoboToolbox")],
     "min_age": [Q("forum.html", AGE)],
     "accessibility_statement": [Q("accessibilite.html", STEP)],
     "access_services": [Q("accessibilite.html", STEP), Q("accessibilite.html", SIGN), Q("accessibilite.html", CAP), Q("accessibilite.html", INTERP)],
     "videos_without_captions": [N("no video")],
     "pdf_only_documents": [N("programme in HTML; no PDF", "forum.html")],
    })
