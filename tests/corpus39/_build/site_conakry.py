"""Conakry (Guinea): a civil-society coalition's West African forum on internet shutdowns and digital rights. French
with a Pular section and a Susu greeting. Pages and labels written together."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media

SLUG = "forum-coupures-internet-conakry"
NAV = [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("bourses.html", "Bourses de voyage"),
       ("a-distance.html", "Participer à distance"), ("programme.html", "Programme"),
       ("accessibilite.html", "Accessibilité"), ("partenaires.html", "Partenaires"), ("pratique.html", "Infos pratiques")]
FOOT = {"fr-GN": "<p>© 2027 Coalition guinéenne pour un internet ouvert · Kaloum, Conakry · forum@cgio.example.gn</p>"}
s = mk(SLUG, "Coalition guinéenne pour un internet ouvert", "fr-GN", "#5b2a86", "CGIO", NAV, foot=FOOT,
       newsletter={"fr-GN": ("Recevoir les nouvelles du forum", "S'abonner")})

FF1 = ("Fooruum ngoo no renndini yimɓe Afrik Hirnaange ngam haalde e taƴugol enternet e hakkeeji yimɓe e geɗe "
       "dijital. Fooruum ngoo ina waɗa to Konaakiri, lewru septaambar 2027.")
FF2 = "Naatgol fooruum ngoo ko ɓolol. Ɓe ngonaa Konaakiri ina mbaawi yeewtude e Jitsi."
FREE = "La participation au forum est gratuite."
AGE = "Le forum est ouvert aux personnes âgées de dix-huit ans révolus."
FRAMA = "L'inscription se fait sur Framaforms, sans créer de compte"
GRANTS = ("Des bourses de voyage couvrent le transport et l'hébergement des participants venant de Labé, Kankan, "
          "N'Zérékoré et des pays voisins.")
NOTREG = "Ce formulaire sert uniquement à demander une bourse ; il ne remplace pas l'inscription au forum."
REMOTE = ("Les participants à distance suivent les sessions sur Jitsi Meet et prennent la parole lors des débats, au "
          "même titre que les participants présents dans la salle.")
PDF = "Le programme détaillé est disponible uniquement en PDF"
WHEEL = ("La salle plénière se trouve au rez-de-chaussée de la Maison de la presse et est accessible en fauteuil "
         "roulant, y compris les toilettes.")
INTERP = "Les plénières bénéficient d'une interprétation français–pular–anglais."
NOSIGN = "Nous n'avons malheureusement pas d'interprète en langue des signes cette année."
PARTNER = ("Formation certifiante en sécurité numérique proposée par notre partenaire SecuriNet Guinée (société privée) "
           "sur son propre site : 450 000 GNF. Cette formation ne fait pas partie du forum.")

GFORM = ('<form action="@bourses.html" method="post">'
         + fld("nom", "Nom (obligatoire)") + fld("prenom", "Prénom (obligatoire)")
         + fld("mail", "Courriel (obligatoire)", "email") + fld("tel", "Téléphone", "tel")
         + fld("ville", "Ville de départ")
         + fld("pays", "Pays", "select", opts=["Guinée", "Sénégal", "Mali", "Sierra Leone", "Liberia", "Côte d'Ivoire"])
         + fld("orga", "Organisation")
         + fld("motivation", "Motivation (obligatoire)", "textarea")
         + fld("devis", "Devis de transport", "file")
         + fld("inscrit", "Je confirme m'être inscrit au forum", "checkbox")
         + '<div class="h-captcha" data-sitekey="cgio-2027-bourses-hc"></div>'
         + '<button type="submit">Envoyer la demande de bourse</button></form>')

s.page("index.html", "Forum ouest-africain sur les coupures d'internet", f"""
<p class="note">I ni sɔxɔ ! Bienvenue à Conakry.</p>
<h1>Forum ouest-africain sur les coupures d'internet et les droits numériques</h1>
<p>Conakry (Kaloum), 23–24 septembre 2027. Organisé par la Coalition guinéenne pour un internet ouvert avec des organisations de la société civile du Sénégal, du Mali, de la Sierra Leone et du Liberia, le forum réunit journalistes, défenseurs des droits humains, opérateurs, régulateurs et chercheurs pour documenter les coupures d'internet et les restrictions des réseaux sociaux dans la région.</p>
<ul>
  <li><a href="@inscription.html">S'inscrire</a></li>
  <li><a href="@bourses.html">Demander une bourse de voyage</a></li>
  <li><a href="@a-distance.html">Participer à distance</a></li>
  <li><a href="@programme.html">Programme</a></li>
</ul>
<section lang="ff">
<h2>E Pulaar</h2>
<p>{FF1}</p>
<p>{FF2}</p>
</section>
""")

s.page("inscription.html", "Inscription", f"""
<h1>Inscription</h1>
<p>{FREE}</p>
<p>{AGE}</p>
<p>{FRAMA} : <a href="https://framaforms.org/forum-coupures-internet-2027">formulaire d'inscription</a>.</p>
<p>Date limite : 10 septembre 2027. Les personnes inscrites reçoivent leur badge par courriel.</p>
""")

s.page("bourses.html", "Bourses de voyage", f"""
<h1>Bourses de voyage</h1>
<p>{GRANTS}</p>
<p>Montant indicatif : jusqu'à 1 500 000 GNF par personne pour l'intérieur du pays et 300 USD pour les pays voisins.</p>
<p>{NOTREG}</p>
{GFORM}
""")

placeholder_media(s, "media/forum-2026-extrait.mp4")
s.page("a-distance.html", "Participer à distance", f"""
<h1>Participer à distance</h1>
<p>{REMOTE}</p>
<p>Le lien Jitsi est envoyé aux personnes inscrites la veille du forum. Une connexion de 1 Mbit/s suffit.</p>
<h2>Extrait de l'édition 2026</h2>
{video("media/forum-2026-extrait.mp4")}
""")

s.pdf("programme/programme-forum-2027.pdf", "Forum ouest-africain sur les coupures d'internet\nConakry, 23-24 septembre 2027\nProgramme")
s.page("programme.html", "Programme", f"""
<h1>Programme</h1>
<p>{PDF} : <a href="@programme/programme-forum-2027.pdf">programme du forum (PDF)</a>.</p>
<p>Thèmes : mesure des coupures, cadre juridique, rôle des opérateurs, protection des journalistes.</p>
<p>Bilan de l'édition précédente : <a href="@rapport-2026.html">rapport 2026</a>.</p>
""")

s.page("accessibilite.html", "Accessibilité", f"""
<h1>Accessibilité</h1>
<p>{WHEEL}</p>
<p>{INTERP}</p>
<p>{NOSIGN}</p>
<p>Pour tout besoin d'accessibilité : acces@cgio.example.gn.</p>
""")

s.page("partenaires.html", "Partenaires", f"""
<h1>Partenaires</h1>
<p>Partenaire principal : 60 000 000 GNF. Partenaire associé : 25 000 000 GNF.</p>
<p>{PARTNER}</p>
<p>Soutenez la coalition : faites un don de 100 000 GNF ou du montant de votre choix.</p>
""")

s.page("pratique.html", "Infos pratiques", """
<h1>Informations pratiques</h1>
<ul>
  <li>Hôtel à Kaloum : 1 200 000 GNF la nuit.</li>
  <li>Taxi en ville : environ 15 000 GNF la course.</li>
  <li>Les ressortissants de la CEDEAO n'ont pas besoin de visa.</li>
</ul>
""")

ENTRY = entry(
    s, name="Forum ouest-africain sur les coupures d'internet et les droits numériques (Conakry)",
    languages=["fr", "ff"], fees=[], free_option=True, fee_support=True, remote_participation=True,
    captcha=["hcaptcha"], account_required=False, registration_form=None, registration_host="framaforms.org",
    registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["interpretation", "wheelchair_access"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "inscription.html", "bourses.html", "a-distance.html", "programme.html",
                         "accessibilite.html"],
    deliberate_404=["rapport-2026.html"],
    evidence={
        "languages": [Q("index.html", "le forum réunit journalistes, défenseurs des droits humains"),
                      Q("index.html", FF1, "Pular section with lang=\"ff\" (two paragraphs)"),
                      N("the Susu greeting is not content (Susu has no ISO 639-1 code)")],
        "un_languages": [N("fr")],
        "fees": [Q("inscription.html", FREE, "no price of taking part"),
                 Q("bourses.html", "jusqu'à 1 500 000 GNF par personne", "travel grant: not a fee"),
                 Q("partenaires.html", PARTNER, "a partner company's course sold on its own site: not a fee"),
                 Q("partenaires.html", "Partenaire principal : 60 000 000 GNF", "sponsor: not a fee"),
                 Q("partenaires.html", "faites un don de 100 000 GNF", "donation: not a fee"),
                 Q("pratique.html", "Hôtel à Kaloum : 1 200 000 GNF la nuit", "hotel: not a fee")],
        "free_option": [Q("inscription.html", FREE)],
        "fee_support": [Q("bourses.html", GRANTS)],
        "remote_participation": [Q("a-distance.html", REMOTE)],
        "captcha": [M("bourses.html", '<div class="h-captcha"', "hCaptcha on the travel-grant form")],
        "account_required": [Q("inscription.html", FRAMA)],
        "registration_form": [Q("bourses.html", NOTREG, "the only long own form is a travel-grant application: not a "
                                "registration form; registration goes through Framaforms")],
        "registration_host": [M("inscription.html", 'href="https://framaforms.org/forum-coupures-internet-2027"')],
        "registration_pdf_only": [N("online registration on Framaforms")],
        "min_age": [Q("inscription.html", AGE)],
        "accessibility_statement": [Q("accessibilite.html", WHEEL)],
        "access_services": [Q("accessibilite.html", WHEEL, "wheelchair_access"),
                            Q("accessibilite.html", INTERP, "interpretation"),
                            Q("accessibilite.html", NOSIGN, "sign language negated")],
        "videos_without_captions": [M("a-distance.html",
                                      '<video controls preload="none" width="640" src="media/forum-2026-extrait.mp4">',
                                      "no track")],
        "pdf_only_documents": [Q("programme.html", PDF)],
    })
