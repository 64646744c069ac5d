"""National midwives' association congress (Yaoundé): fr-CM, English page declared lang="fr-CM"."""
from lib import mk, placeholder_media, video, Q, M, N, entry

SLUG = "congres-national-sages-femmes-yaounde"
NAV = [("index.html", "Accueil"), ("tarifs.html", "Tarifs"), ("faq.html", "FAQ et inscription"),
       ("accessibilite.html", "Accessibilité"), ("hebergement.html", "Hébergement"), ("exposants.html", "Exposants"),
       ("emplois.html", "Offres d'emploi"), ("en.html", "English")]
FOOT = ('<p>Association nationale des sages-femmes du Cameroun (fictive) — Bastos, Yaoundé · '
        '<a href="mailto:congres@ansfc.example.cm">congres@ansfc.example.cm</a></p>')
s = mk(SLUG, "7e Congrès national des sages-femmes", "fr-CM", "#6a2c91", "SF", NAV, foot={"fr-CM": FOOT})
placeholder_media(s, "media/congres2025.mp4")
s.pdf("docs/programme-congres-2027.pdf", "7e Congres national des sages-femmes - Programme detaille\nJour 1 ...\nJour 2 ...")

s.page("index.html", "7e Congrès national des sages-femmes — Yaoundé 2027", """
<h1>7e Congrès national des sages-femmes du Cameroun</h1>
<p>Yaoundé, Palais des congrès, 6–8 mai 2027 — « Chaque naissance compte : des soins de qualité dans toutes les régions »</p>
<p>Sages-femmes, maïeuticiens, infirmières, étudiantes et partenaires de la santé maternelle se réunissent pour trois
jours de conférences, d'ateliers pratiques et d'échanges d'expérience.</p>
<h2>Grands thèmes</h2>
<ul>
  <li>Grossesse chez les adolescentes de 12 à 17 ans : prévention et suivi</li>
  <li>Le coût de l'accouchement pour les familles : 40 000 FCFA en moyenne ?</li>
  <li>Communiquer avec les patientes sourdes</li>
</ul>
<p><a href="@docs/programme-congres-2027.pdf">Télécharger le programme détaillé (PDF)</a></p>
<p><a href="@tarifs.html">Tarifs</a> · <a href="@faq.html">Comment s'inscrire ?</a> · <a href="@accessibilite.html">Accessibilité et garderie</a></p>
<h2>Retour sur le congrès 2025</h2>
""" + video("media/congres2025.mp4") + """
""")

s.page("tarifs.html", "Tarifs", """
<h1>Frais de participation</h1>
<table>
  <tr><th>Catégorie</th><th>Frais</th></tr>
  <tr><td>Membres de l'ANSFC à jour de cotisation</td><td>50 000 FCFA</td></tr>
  <tr><td>Non-membres</td><td>75 000 F CFA</td></tr>
  <tr><td>Participants venant de l'étranger</td><td>USD 150</td></tr>
</table>
<p>Les frais comprennent l'accès aux sessions, la mallette et les pauses-déjeuner. Aucune réduction ni prise en charge
n'est prévue cette année, y compris pour les étudiantes et les intervenants.</p>
<p>La cotisation annuelle à l'association (10 000 FCFA) se règle séparément auprès du bureau régional.</p>
""")

s.page("faq.html", "FAQ et inscription", """
<h1>Questions fréquentes</h1>
<details open><summary>Comment s'inscrire ?</summary>
<p>L'inscription se fait uniquement en ligne, sur notre page <a href="https://www.eventbrite.com/e/congres-sages-femmes-yaounde-2027">Eventbrite</a>.
Aucun compte n'est nécessaire : il suffit d'indiquer votre nom et votre adresse électronique, puis de payer par carte ou
par Mobile Money.</p></details>
<details open><summary>Peut-on suivre le congrès à distance ?</summary>
<p>Non. Le congrès se tient uniquement en présentiel ; il n'y a ni retransmission ni participation à distance.</p></details>
<details open><summary>Puis-je venir avec mon bébé ?</summary>
<p>Oui, une garderie est ouverte pendant les sessions (voir <a href="@accessibilite.html">Accessibilité</a>).</p></details>
<details open><summary>Le programme existe-t-il en version web ?</summary>
<p>Le programme détaillé est publié uniquement au format PDF.</p></details>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité et garderie</h1>
<p>Le Palais des congrès est accessible en fauteuil roulant : entrée de plain-pied, ascenseurs vers les salles d'atelier
et toilettes adaptées.</p>
<p>Une garderie tenue par des puéricultrices accueille gratuitement les enfants des congressistes, de 6 mois à 5 ans,
pendant les sessions.</p>
<p>Pour signaler un besoin particulier, écrivez à accessibilite@ansfc.example.cm.</p>
""")

s.page("hebergement.html", "Hébergement", """
<h1>Hébergement et déplacements</h1>
<p>Hôtels partenaires : chambre à partir de 35 000 FCFA la nuit. Une course en moto-taxi coûte 500 FCFA ; en taxi, comptez 1 500 FCFA.</p>
""")

s.page("exposants.html", "Exposants", """
<h1>Exposer au congrès</h1>
<p>Stand de 9 m² : XAF 300 000. Insertion publicitaire dans le livret : 100 000 FCFA.</p>
""")

s.page("emplois.html", "Offres d'emploi", """
<h1>Offres d'emploi</h1>
<p>Clinique privée à Douala recherche sage-femme diplômée d'État, salaire 250 000 FCFA par mois.</p>
""")

s.page("en.html", "7th National Midwives' Congress — English", """
<h1>7th National Midwives' Congress of Cameroon</h1>
<p>Yaoundé Conference Centre, 6–8 May 2027. Midwives, nurses, students and maternal-health partners from all ten
regions meet for three days of lectures and practical workshops.</p>
<p>Fees: members XAF 50,000; non-members XAF 75,000; participants from abroad USD 150. There are no discounts or
fee waivers this year. Registration is online only, through our Eventbrite page (see the French FAQ); no account is needed.</p>
<p>The congress is in person only. The venue is wheelchair accessible and a crèche is open during sessions.</p>
""")

ENTRY = entry(
    s, name="7th National Midwives' Congress (national midwives' association, Yaoundé)",
    languages=["fr", "en"], fees=[(50000, "XAF"), (75000, "XAF"), (150, "USD")],
    free_option=False, fee_support=False, remote_participation=False, captcha=[], account_required=False,
    registration_form=None, registration_host="www.eventbrite.com", min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "childcare"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "tarifs.html", "faq.html", "accessibilite.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "Sages-femmes, maïeuticiens, infirmières, étudiantes et partenaires"),
                      Q("en.html", "Midwives, nurses, students and maternal-health partners from all ten regions",
                        "whole page in English although declared lang=fr-CM"),
                      M("en.html", '<html lang="fr-CM">', "wrong lang attribute")],
        "un_languages": [N("fr, en")],
        "fees": [Q("tarifs.html", "50 000 FCFA", "FCFA on a Cameroonian site: XAF"),
                 Q("tarifs.html", "75 000 F CFA", "XAF"), Q("tarifs.html", "USD 150"),
                 Q("en.html", "members XAF 50,000; non-members XAF 75,000", "same fees in English"),
                 Q("tarifs.html", "La cotisation annuelle à l'association (10 000 FCFA)", "membership dues, not a fee"),
                 Q("hebergement.html", "chambre à partir de 35 000 FCFA la nuit", "hotel, moto-taxi, taxi"),
                 Q("exposants.html", "Stand de 9 m² : XAF 300 000.", "exhibitor"),
                 Q("emplois.html", "salaire 250 000 FCFA par mois", "salary"),
                 Q("index.html", "40 000 FCFA en moyenne ?", "talk title")],
        "free_option": [Q("tarifs.html", "Aucune réduction ni prise en charge n'est prévue cette année, y compris pour les étudiantes et les intervenants.",
                          "fees for all, nothing free; the free crèche is childcare, not a way to take part")],
        "fee_support": [Q("tarifs.html", "Aucune réduction ni prise en charge n'est prévue cette année"),
                        Q("en.html", "There are no discounts or fee waivers this year.")],
        "remote_participation": [Q("faq.html", "il n'y a ni retransmission ni participation à distance.")],
        "captcha": [N("no form on the site")],
        "account_required": [Q("faq.html", "Aucun compte n'est nécessaire")],
        "registration_form": [N("no own registration form; Eventbrite only")],
        "registration_host": [M("faq.html", 'href="https://www.eventbrite.com/e/congres-sages-femmes-yaounde-2027"', "only in the FAQ")],
        "registration_pdf_only": [N("online registration on Eventbrite")],
        "min_age": [N("no age limit; adolescents aged 12 to 17 is a session theme, crèche ages are childcare", "index.html")],
        "accessibility_statement": [Q("accessibilite.html", "Pour signaler un besoin particulier, écrivez à accessibilite@ansfc.example.cm.")],
        "access_services": [Q("accessibilite.html", "Le Palais des congrès est accessible en fauteuil roulant"),
                            Q("accessibilite.html", "Une garderie tenue par des puéricultrices accueille gratuitement les enfants des congressistes")],
        "videos_without_captions": [M("index.html", 'src="media/congres2025.mp4">', "no track")],
        "pdf_only_documents": [M("index.html", 'href="docs/programme-congres-2027.pdf"'),
                               Q("faq.html", "Le programme détaillé est publié uniquement au format PDF.")],
    })
