from lib import mk, Q, M, N, entry

SLUG = "journees-industrie-cinema-nordique-montreal"
NAV = [("index.html", "Accueil"), ("programme.html", "Programme"), ("accreditation.html", "Accréditation"),
       ("bourses.html", "Bourses"), ("videotheque.html", "Vidéothèque en ligne"), ("accessibilite.html", "Accessibilité"),
       ("tarifs-publicitaires.html", "Tarifs publicitaires"), ("sejour.html", "Séjour"), ("en.html", "English")]
s = mk(SLUG, "Journées de l'industrie — Festival du cinéma nordique", "fr-CA", "#3d2c8d", "JDI", NAV,
       foot={"fr-CA": "<p>Festival du cinéma nordique (fictif) · industrie@cinema-nordique.example.ca</p>"},
       newsletter={"fr-CA": ("Infolettre", "M'abonner")})

s.page("index.html", "Journées de l'industrie 2027", """
<h1>Journées de l'industrie 2027</h1>
<p>Montréal, du 2 au 5 novembre 2027. Les Journées de l'industrie du Festival du cinéma nordique réunissent productrices, distributeurs, diffuseurs et cinéastes autour d'un forum de coproduction, de classes de maître et de projections réservées aux professionnels.</p>
<p>Réservé aux professionnels de 18 ans et plus.</p>
<p><a href="@accreditation.html">S'accréditer</a></p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul><li>Table ronde : Les frais de distribution à l'ère des plateformes</li><li>Atelier : Inscription des œuvres au registre public</li><li>Forum de coproduction</li></ul>
""")

s.page("accreditation.html", "Accréditation", """
<h1>Accréditation</h1>
<table><caption>Tarifs d'accréditation (taxes en sus)</caption>
<tr><th>Accréditation</th><th>Prix</th></tr>
<tr><td>Industrie (accès complet)</td><td>95 $ CA</td></tr>
<tr><td>Étudiante</td><td>35 $</td></tr>
<tr><td>En ligne (vidéothèque seulement)</td><td>25 $ CA</td></tr></table>
<p>L'accréditation est offerte gratuitement aux cinéastes dont le film est en sélection officielle.</p>
<p>Les accréditations se vendent sur Weezevent, sans créer de compte : <a href="https://www.weezevent.com/journees-industrie-2027">acheter mon accréditation</a>.</p>
""")

s.page("bourses.html", "Bourses", """
<h1>Bourses de déplacement</h1>
<p>Cinq bourses de déplacement de 1 500 $ sont réservées aux productrices et producteurs autochtones et aux cinéastes des régions éloignées.</p>
""")

s.page("videotheque.html", "Vidéothèque en ligne", """
<h1>Vidéothèque en ligne</h1>
<p>L'accréditation en ligne donne accès à la vidéothèque des films du marché pendant un mois. Elle permet de visionner les films seulement : les tables rondes et le forum de coproduction ne sont pas accessibles à distance.</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>Toutes les salles du Quartier des spectacles sont accessibles en fauteuil roulant.</p>
<p>Les tables rondes sont interprétées en LSQ et offrent un sous-titrage en direct (CART) en français et en anglais.</p>
<p>Les projections de l'industrie sont présentées avec des sous-titres anglais.</p>
<p>Pour toute demande d'accommodement : acces@cinema-nordique.example.ca.</p>
""")

s.page("tarifs-publicitaires.html", "Tarifs publicitaires", """
<h1>Tarifs publicitaires du catalogue</h1>
<p>Page pleine dans le catalogue : 1 200 $. Bannière sur le site : 450 $. Partenaire présentateur : 25 000 $.</p>
<p>Prix du meilleur projet du forum de coproduction : 10 000 $.</p>
""")

s.page("sejour.html", "Séjour", """
<h1>Séjour à Montréal</h1>
<p>Hôtel partenaire : 189 $ la nuit. Titre de transport STM : 3,75 $. Stationnement : 22 $ par jour.</p>
<p>Offre d'emploi : coordonnateur ou coordonnatrice du marché, salaire de 52 000 $ par année.</p>
""")

s.page("en.html", "Industry Days 2027", """
<h1>Industry Days 2027</h1>
<p>The Industry Days of the Nordic Film Festival bring together producers, distributors, broadcasters and filmmakers for a co-production forum, master classes and industry screenings.</p>
<p>Industry accreditation is C$95, students C$35, online accreditation (screening library only) C$25. Filmmakers with a film in the official selection are accredited free of charge.</p>
""", lang="en-CA")

ENTRY = entry(s, name="Journées de l'industrie 2027 (film festival industry days, Montréal)",
    languages=["fr", "en"], fees=[(95, "CAD"), (35, "CAD"), (25, "CAD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[], account_required=False,
    registration_form=None, registration_host="www.weezevent.com",
    min_age=18, accessibility_statement=True,
    access_services=["cart", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "accreditation.html", "bourses.html", "videotheque.html", "accessibilite.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "Les Journées de l'industrie du Festival du cinéma nordique réunissent"),
                      Q("en.html", "The Industry Days of the Nordic Film Festival bring together")],
        "un_languages": [N("fr, en")],
        "fees": [Q("accreditation.html", "Industrie (accès complet) 95 $ CA", "$ CA = CAD"),
                 Q("accreditation.html", "Étudiante 35 $", "$ on a Canadian site, caption says the table is the accreditation prices"),
                 Q("accreditation.html", "En ligne (vidéothèque seulement) 25 $ CA", "paid watch-only online accreditation: a fee"),
                 Q("en.html", "Industry accreditation is C$95, students C$35, online accreditation (screening library only) C$25.", "same amounts"),
                 Q("bourses.html", "Cinq bourses de déplacement de 1 500 $", "bursary"),
                 Q("tarifs-publicitaires.html", "Page pleine dans le catalogue : 1 200 $. Bannière sur le site : 450 $. Partenaire présentateur : 25 000 $.", "advertising, sponsor"),
                 Q("tarifs-publicitaires.html", "Prix du meilleur projet du forum de coproduction : 10 000 $.", "prize"),
                 Q("sejour.html", "Hôtel partenaire : 189 $ la nuit. Titre de transport STM : 3,75 $. Stationnement : 22 $ par jour.", "hotel, transit, parking"),
                 Q("sejour.html", "salaire de 52 000 $ par année", "salary")],
        "free_option": [Q("accreditation.html", "L'accréditation est offerte gratuitement aux cinéastes dont le film est en sélection officielle.", "free for one group")],
        "fee_support": [Q("bourses.html", "Cinq bourses de déplacement"), Q("accreditation.html", "Étudiante 35 $", "reduced student rate")],
        "remote_participation": [Q("videotheque.html", "Elle permet de visionner les films seulement : les tables rondes et le forum de coproduction ne sont pas accessibles à distance.", "watch-only: false")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [Q("accreditation.html", "Les accréditations se vendent sur Weezevent, sans créer de compte")],
        "registration_form": [N("no registration form on the site (Weezevent); the newsletter form is not one")],
        "registration_host": [M("accreditation.html", 'href="https://www.weezevent.com/journees-industrie-2027"')],
        "registration_pdf_only": [N("platform")],
        "min_age": [Q("index.html", "Réservé aux professionnels de 18 ans et plus.")],
        "accessibility_statement": [Q("accessibilite.html", "Pour toute demande d'accommodement : acces@cinema-nordique.example.ca.")],
        "access_services": [Q("accessibilite.html", "Toutes les salles du Quartier des spectacles sont accessibles en fauteuil roulant."),
                            Q("accessibilite.html", "Les tables rondes sont interprétées en LSQ et offrent un sous-titrage en direct (CART)", "LSQ = sign language; CART named: cart only"),
                            Q("accessibilite.html", "Les projections de l'industrie sont présentées avec des sous-titres anglais.", "translation subtitles of films: not captions")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
