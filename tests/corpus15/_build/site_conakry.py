"""Youth parliament session of a (fictional) national youth council, Conakry (fr-GN; Pular section without lang)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Accueil"), ("candidature.html", "Candidature"), ("conditions.html", "Conditions et prise en charge"),
       ("accessibilite.html", "Accessibilité"), ("sessions.html", "Sessions"), ("partenaires.html", "Partenaires"),
       ("actualites.html", "Actualités"), ("contact.html", "Contact")]
s = mk("parlement-des-jeunes-conakry", "Parlement des jeunes de Guinée – session 2027", "fr-GN", "#b3261e", "PJ", NAV,
       foot={"fr-GN": '<p>Conseil national de la jeunesse (institution fictive) · Kaloum, Conakry · '
                      '<a href="mailto:pj@example.org">pj@example.org</a></p>'})
placeholder_media(s, "media/session-2026.mp4")

s.page("index.html", "Parlement des jeunes de Guinée – session 2027", f"""
<h1>Parlement des jeunes de Guinée – 6e session</h1>
<p>Du 12 au 16 avril 2027, cent quatorze jeunes députés venus des huit régions siègent au Palais du peuple de Conakry.
Ils examinent trois propositions de résolution sur l'emploi des jeunes, l'école et la santé, puis les remettent à
l'Assemblée nationale.</p>
<ul>
  <li><a href="@candidature.html">Déposer sa candidature</a></li>
  <li><a href="@conditions.html">Conditions, gratuité et prise en charge</a></li>
  <li><a href="@accessibilite.html">Accessibilité et interprétation</a></li>
  <li><a href="@rapport-2026.html">Rapport de la session 2026</a></li>
</ul>
<section>
<h2>Parlemaa Sukaaɓe</h2>
<p>Parlemaa Sukaaɓe Gine ko batu mo sukaaɓe diiwanuuji fof ñalawma. Sukaaɓe suɓaaɓe ɓee njahan Konaakiri ñalawma joy,
ngam yeewtidde e dow golle sukaaɓe, jaŋde e cellal. Njoɓdi laawol e hoɗorde ko Parlemaa oo waɗata. Kala sukaajo
jiɗɗo naatde e mum, yo o winndito hade lewru Mars timmude.</p>
</section>
<h2>Retour en images sur la session 2026</h2>
{video("media/session-2026.mp4")}
""")

s.page("candidature.html", "Déposer sa candidature", """
<h1>Déposer sa candidature</h1>
<p>La session est ouverte aux jeunes âgés de quinze à vingt-quatre ans, de nationalité guinéenne, scolarisés ou non.</p>
<p>Les candidatures se font uniquement en ligne, sur notre formulaire Microsoft Forms, jusqu'au 15 mars 2027 :</p>
<p><a class="button" href="https://forms.office.com/Pages/ResponsePage.aspx?id=pjGuinee2027FakeCorpusId">Formulaire de candidature (Microsoft Forms)</a></p>
<p class="note">Pour remplir le formulaire, il faut vous connecter avec un compte Microsoft (Outlook ou Hotmail). Si vous
n'en avez pas, créez-en un gratuitement ou demandez de l'aide à la direction régionale de la jeunesse.</p>
<p>Un jury régional sélectionne les députés ; les résultats sont publiés le 30 mars.</p>
""")

s.page("conditions.html", "Conditions et prise en charge", """
<h1>Conditions, gratuité et prise en charge</h1>
<p>La participation est gratuite : aucun frais d'inscription n'est demandé aux candidats ni aux députés sélectionnés.</p>
<p>Le Conseil prend en charge le transport aller-retour depuis les chefs-lieux de région, l'hébergement au centre
d'accueil de Dixinn et les repas. Chaque député reçoit en outre une indemnité journalière de 100 000 GNF.</p>
<p>La session se tient uniquement en présentiel : aucune participation à distance n'est prévue, et les députés doivent
être présents à toutes les séances.</p>
""")

s.page("accessibilite.html", "Accessibilité et interprétation", """
<h1>Accessibilité et interprétation</h1>
<p>L'hémicycle du Palais du peuple est accessible en fauteuil roulant par l'entrée nord (rampe et ascenseur).</p>
<p>Les débats sont interprétés simultanément en pular, en malinké et en soussou.</p>
<p>Il n'y a pas d'interprète en langue des signes guinéenne cette année.</p>
<p>Pour tout besoin particulier, écrivez à Mme Fatoumata Binta Diallo : acces@example.org.</p>
""")

s.page("sessions.html", "Sessions", """
<h1>Programme des sessions</h1>
<ul>
  <li>Commission de l'emploi : l'inscription des jeunes au registre des artisans</li>
  <li>Commission de l'éducation : la langue d'enseignement à l'école primaire</li>
  <li>Commission de la santé : la santé des adolescents de 10 à 14 ans</li>
  <li>Commission des coutumes : les coutumes et le mariage précoce</li>
</ul>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Les partenaires de la session contribuent à partir de 50 000 000 francs guinéens (partenaire principal) ou
15 000 000 GNF (partenaire associé).</p>
""")

s.page("actualites.html", "Actualités", """
<h1>Actualités</h1>
<h2>Recrutement</h2>
<p>Le Conseil recrute un chargé de communication (CDD de six mois), salaire mensuel 4 500 000 GNF.</p>
<h2>Hôtels</h2>
<p>Pour les observateurs : hôtels du quartier Kaloum à partir de 650 000 GNF la nuit ; taxi depuis l'aéroport environ 150 000 GNF.</p>
""")

s.page("contact.html", "Contact", """
<h1>Contact</h1>
<p>Conseil national de la jeunesse, Kaloum, Conakry. Téléphone : +224 620 00 00 00.</p>
""")

ENTRY = entry(
    s, name="Youth Parliament of Guinea, 6th session (fictional national youth council, Conakry)",
    languages=["fr", "ff"], fees=[],
    free_option=True, fee_support=True, remote_participation=False, captcha=[],
    account_required=True, registration_form=None, registration_host="forms.office.com",
    min_age=15, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "candidature.html", "conditions.html", "accessibilite.html"],
    deliberate_404=["rapport-2026.html"],
    evidence={
        "languages": [Q("index.html", "cent quatorze jeunes députés venus des huit régions"),
                      Q("index.html", "Parlemaa Sukaaɓe Gine ko batu mo sukaaɓe diiwanuuji fof ñalawma.",
                        "Pular (Fula, ff) paragraph without a lang attribute")],
        "un_languages": [N("fr")],
        "fees": [Q("conditions.html", "aucun frais d'inscription n'est demandé", "no price"),
                 Q("conditions.html", "une indemnité journalière de 100 000 GNF", "per diem: not a fee"),
                 Q("partenaires.html", "50 000 000 francs guinéens", "partner contribution: not a fee"),
                 Q("actualites.html", "salaire mensuel 4 500 000 GNF", "salary, hotel, taxi: not fees")],
        "free_option": [Q("conditions.html", "La participation est gratuite")],
        "fee_support": [Q("conditions.html", "Le Conseil prend en charge le transport aller-retour depuis les chefs-lieux de région, l'hébergement")],
        "remote_participation": [Q("conditions.html", "aucune participation à distance n'est prévue")],
        "captcha": [N("no CAPTCHA on the site's pages; registration on Microsoft Forms")],
        "account_required": [Q("candidature.html", "il faut vous connecter avec un compte Microsoft")],
        "registration_form": [N("no own form; the application form is on forms.office.com")],
        "registration_host": [M("candidature.html", 'href="https://forms.office.com/Pages/ResponsePage.aspx?id=pjGuinee2027FakeCorpusId"')],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("candidature.html", "jeunes âgés de quinze à vingt-quatre ans", "15 in words"),
                    Q("sessions.html", "la santé des adolescents de 10 à 14 ans", "commission topic, not a limit")],
        "accessibility_statement": [Q("accessibilite.html", "Pour tout besoin particulier, écrivez à Mme Fatoumata Binta Diallo")],
        "access_services": [Q("accessibilite.html", "accessible en fauteuil roulant par l'entrée nord"),
                            Q("accessibilite.html", "Les débats sont interprétés simultanément en pular, en malinké et en soussou."),
                            Q("accessibilite.html", "Il n'y a pas d'interprète en langue des signes guinéenne cette année.",
                              "no sign language (negation)")],
        "videos_without_captions": [M("index.html", 'src="media/session-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
