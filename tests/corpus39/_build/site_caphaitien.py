"""Cap-Haïtien (Haiti): a government modernisation office's national e-government days. French with a Haitian Creole
page declared lang="fr-HT". Pages and labels written together."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "journees-administration-electronique-cap-haitien"
NAV = [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("tarifs.html", "Tarifs"),
       ("kreyol.html", "An kreyòl"), ("en-ligne.html", "En ligne"), ("exposants.html", "Exposants"),
       ("emplois.html", "Offres d'emploi"), ("pratique.html", "Infos pratiques")]
FOOT = {"fr-HT": "<p>© 2027 Bureau national de modernisation de l'administration · Cap-Haïtien · jae@bnma.example.ht</p>"}
s = mk(SLUG, "Journées nationales de l'administration électronique", "fr-HT", "#00209f", "JAE", NAV, foot=FOOT)

INTERP = "Les plénières sont interprétées du français vers le créole haïtien."
NOFREE = "Aucune inscription n'est gratuite, y compris pour les agents publics et les intervenants."
HT1 = ("Jounen nasyonal administrasyon elektwonik yo ap fèt Okap 14 ak 15 oktòb 2027. Biwo nasyonal modènizasyon "
       "administrasyon an envite anplwaye leta, majistra, inivèsite ak antrepriz pou yo pale sou eta sivil nimerik, "
       "mache piblik sou entènèt ak siyati elektwonik.")
HT2 = ("Pri enskripsyon an se 5 000 goud pou antrepriz prive, 2 500 goud pou ONG ak meri, 1 000 goud pou etidyan. "
       "Pa gen enskripsyon gratis.")
STREAM = ("Les plénières sont diffusées en direct sur YouTube, uniquement pour suivre les échanges ; les questions se "
          "posent dans la salle.")

FORM = ('<form action="@inscription.html" method="post">'
        + fld("nom", "Nom (à remplir impérativement)")
        + fld("prenom", "Prénom (à remplir impérativement)")
        + fld("nif", "NIF ou CIN (à remplir impérativement)")
        + fld("mail", "Courriel (à remplir impérativement)", "email")
        + fld("tel", "Téléphone (WhatsApp)", "tel")
        + fld("inst", "Institution ou entreprise (à remplir impérativement)")
        + fld("cat", "Catégorie de tarif", "select", req=True,
              opts=["Entreprise privée", "ONG, mairie ou institution publique", "Étudiant", "Diaspora"])
        + fld("dept", "Département", "select",
              opts=["Nord", "Nord-Est", "Nord-Ouest", "Ouest", "Artibonite", "Centre", "Sud", "Sud-Est",
                    "Grand'Anse", "Nippes", "Diaspora"])
        + radios("sexe", "Sexe", ["Femme", "Homme"])
        + fld("atelier1", "Atelier état civil numérique", "checkbox")
        + fld("atelier2", "Atelier marchés publics en ligne", "checkbox")
        + fld("carte", "Carte d'étudiant (pour le tarif étudiant)", "file")
        + '<button type="submit">S\'inscrire</button></form>')

placeholder_media(s, "media/jae-2026.mp4")
placeholder_media(s, "media/jae-2026-pleniere.mp4")
s.page("index.html", "Journées nationales de l'administration électronique 2027", f"""
<h1>Journées nationales de l'administration électronique 2027</h1>
<p class="note">Cap-Haïtien, 14–15 octobre 2027.</p>
<p>Le Bureau national de modernisation de l'administration réunit agents de l'État, maires, universités, entreprises et organisations de la société civile pour faire le point sur l'état civil numérique, les marchés publics en ligne, la signature électronique et l'identifiant unique du citoyen.</p>
<p>{INTERP}</p>
<p>Consultez les <a href="@tarifs.html">tarifs</a> puis <a href="@inscription.html">inscrivez-vous</a>. Lire en <a href="@kreyol.html">kreyòl ayisyen</a>.</p>
<h2>Retour sur 2026</h2>
{video("media/jae-2026.mp4")}
""")

s.page("inscription.html", "Inscription", f"""
<h1>Inscription</h1>
<p>Remplissez le formulaire ci-dessous avant le 30 septembre 2027. Le paiement se fait par MonCash ou par virement après confirmation.</p>
{FORM}
""")

s.page("tarifs.html", "Tarifs", f"""
<h1>Tarifs</h1>
<table>
<caption>Tarifs d'inscription</caption>
<tr><th>Catégorie</th><th>Tarif</th></tr>
<tr><td>Entreprises privées</td><td>5 000 gourdes</td></tr>
<tr><td>ONG, mairies et institutions publiques</td><td>2 500 gourdes</td></tr>
<tr><td>Étudiants (sur présentation de la carte)</td><td>1 000 gourdes</td></tr>
<tr><td>Participants de la diaspora</td><td>US$ 75</td></tr>
</table>
<p>{NOFREE}</p>
<p>Le tarif comprend les pauses-café, le déjeuner des deux journées et l'attestation de participation.</p>
""")

s.page("kreyol.html", "Jounen administrasyon elektwonik — an kreyòl", f"""
<h1>Jounen nasyonal administrasyon elektwonik 2027</h1>
<p>{HT1}</p>
<p>{HT2}</p>
<p>Pou enskri, ranpli fòm nan sou paj enskripsyon an anvan 30 septanm 2027.</p>
""")

s.page("en-ligne.html", "En ligne", f"""
<h1>Suivre en ligne</h1>
<p>{STREAM}</p>
<h2>Rediffusion : plénière d'ouverture 2026</h2>
{video("media/jae-2026-pleniere.mp4")}
""")

s.page("exposants.html", "Exposants", """
<h1>Exposants et partenaires</h1>
<ul>
  <li>Stand de 9 m² : 25 000 gourdes</li>
  <li>Partenaire principal : US$ 3 000</li>
</ul>
""")

s.page("emplois.html", "Offres d'emploi", """
<h1>Offres d'emploi</h1>
<p>Analyste en transformation numérique (Port-au-Prince) : 85 000 gourdes par mois.</p>
<p>Assistant administratif des Journées (contrat de deux mois) : 40 000 gourdes par mois.</p>
""")

s.page("pratique.html", "Infos pratiques", """
<h1>Informations pratiques</h1>
<ul>
  <li>Hôtel au centre du Cap : 8 500 gourdes la nuit.</li>
  <li>Tap-tap en ville : 50 gourdes.</li>
  <li>Bus Santiago – Cap-Haïtien : RD$ 1,800.</li>
</ul>
""")

ENTRY = entry(
    s, name="Journées nationales de l'administration électronique 2027 (Cap-Haïtien)",
    languages=["fr", "ht"], fees=[(5000, "HTG"), (2500, "HTG"), (1000, "HTG"), (75, "USD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=[], account_required=False,
    registration_form=(12, 6, ["id_document", "phone", "affiliation", "gender"]), registration_host=None,
    registration_pdf_only=False, min_age=None, accessibility_statement=False, access_services=["interpretation"],
    videos_without_captions=2, pdf_only_documents=False,
    participation_pages=["index.html", "inscription.html", "tarifs.html", "kreyol.html", "en-ligne.html"],
    evidence={
        "languages": [Q("index.html", "Le Bureau national de modernisation de l'administration réunit"),
                      Q("kreyol.html", HT1, "Haitian Creole page declared lang=\"fr-HT\"")],
        "un_languages": [N("fr")],
        "fees": [Q("tarifs.html", "Entreprises privées 5 000 gourdes"),
                 Q("tarifs.html", "ONG, mairies et institutions publiques 2 500 gourdes", "category rate: a fee"),
                 Q("tarifs.html", "Étudiants (sur présentation de la carte) 1 000 gourdes"),
                 Q("tarifs.html", "Participants de la diaspora US$ 75", "USD entry of its own"),
                 Q("kreyol.html", HT2, "restated in Creole: no new entries"),
                 Q("exposants.html", "Stand de 9 m² : 25 000 gourdes", "not a fee"),
                 Q("emplois.html", "85 000 gourdes par mois", "salary: not a fee"),
                 Q("pratique.html", "Hôtel au centre du Cap : 8 500 gourdes la nuit", "not a fee"),
                 Q("pratique.html", "Bus Santiago – Cap-Haïtien : RD$ 1,800.", "bus fare: not a fee")],
        "free_option": [Q("tarifs.html", NOFREE)],
        "fee_support": [Q("tarifs.html", "Étudiants (sur présentation de la carte) 1 000 gourdes",
                          "student rate below the others")],
        "remote_participation": [Q("en-ligne.html", STREAM, "watch-only stream")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [N("own form, no account or login anywhere")],
        "registration_form": [N("nom*, prénom*, NIF/CIN* (id_document), courriel*, téléphone (phone), institution* "
                                "(affiliation), fee-category select (required attribute), département, sexe radio "
                                "(gender), two workshop checkboxes, student-card file (not an ID) = 12 fields, 6 "
                                "required; new marker (à remplir impérativement)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("index.html", INTERP, "interpretation alone: no statement")],
        "access_services": [Q("index.html", INTERP, "interpretation")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/jae-2026.mp4">'),
                                    M("en-ligne.html",
                                      '<video controls preload="none" width="640" src="media/jae-2026-pleniere.mp4">')],
        "pdf_only_documents": [N("no PDF")],
    })
