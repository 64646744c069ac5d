from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

NAV = [("index.html", "Accueil"), ("ateliers.html", "Ateliers et tarifs"), ("inscription.html", "Inscription"),
       ("infos-pratiques.html", "Infos pratiques"), ("english.html", "English"), ("exposants.html", "Exposants"),
       ("hebergement.html", "Hébergement"), ("boutique.html", "Boutique")]
s = mk("journees-bande-dessinee-bouake", "Journées de la bande dessinée de Bouaké", "fr-CI", "#d35400", "BD", NAV,
       foot={"fr-CI": "<p>Association Bulles du Centre (fictive) · Bouaké · festival@example.ci</p>"})
placeholder_media(s, "media/bande-annonce.mp4")
placeholder_media(s, "media/atelier-encrage.mp4")
vtt(s, "media/bande-annonce.fr.vtt", "Bienvenue aux Journées")
s.write("img/code.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7K4QM</text></svg>\n')

s.page("index.html", "Journées de la bande dessinée de Bouaké", """
<h1>Journées de la bande dessinée de Bouaké — 5e édition</h1>
<p>I ni ce ! Du 10 au 13 décembre 2027, dessinateurs, scénaristes et lecteurs se retrouvent au centre culturel pour des expositions, des dédicaces et des ateliers de création de planches.</p>
<p>Voir les <a href="@ateliers.html">ateliers et tarifs</a>, l'<a href="@inscription.html">inscription</a>, les <a href="@infos-pratiques.html">infos pratiques</a> et la <a href="@english.html">page en anglais</a>. Palmarès 2026 : <a href="@palmares-2026.html">ici</a>.</p>
""" + video("media/bande-annonce.mp4", track="media/bande-annonce.fr.vtt", track_lang="fr", label="Français"))

s.page("ateliers.html", "Ateliers et tarifs", """
<h1>Ateliers et tarifs</h1>
<ul>
<li>Atelier « De l'idée à la planche » (3 jours) : 15 000 FCFA</li>
<li>Élèves et étudiants : 7 500 F CFA pour le même atelier</li>
<li>Classe de maître avec un auteur invité : 25.000 FCFA</li>
</ul>
<p>L'entrée au salon et aux expositions est gratuite pour tous les visiteurs.</p>
""" + video("media/atelier-encrage.mp4"))

form = "".join([
    fld("nom", "Nom et prénoms (obligatoire)"), fld("email", "E-mail (obligatoire)", "email"),
    fld("tel", "Téléphone (obligatoire)", "tel"), fld("naiss", "Date de naissance (obligatoire)", "date"),
    fld("atelier", "Atelier (obligatoire)", "select", opts=["De l'idée à la planche", "Classe de maître"]),
    fld("ecole", "École ou structure (facultatif)"), fld("planches", "Vos planches (facultatif)", "file"),
    fld("parent", "Pour les mineurs : j'ai l'autorisation d'un parent", "checkbox")])
s.page("inscription.html", "Inscription aux ateliers", f"""
<h1>Inscription aux ateliers</h1>
<form action="@inscription.html" method="post">{form}
<p><img src="@img/code.svg" alt="code de vérification" width="120" height="40"></p>
<label for="code">Recopiez le code de vérification (obligatoire)</label><input type="text" id="code" name="code">
<button type="submit">S'inscrire</button></form>
""")

s.page("infos-pratiques.html", "Infos pratiques", """
<h1>Infos pratiques</h1>
<p>Les ateliers sont ouverts à partir de 12 ans.</p>
<p>Il n'y a pas de participation en ligne : tout se passe sur place.</p>
<p>La salle des ateliers est au rez-de-chaussée et accessible en fauteuil roulant.</p>
<p>Cette année, pas d'interprète en langue des signes.</p>
<p>Pour tout besoin particulier : acces@example.ci.</p>
""")

s.page("english.html", "Bouaké Comics Days in English", """
<h1>Bouaké Comics Days</h1>
<p>The Bouaké Comics Days bring cartoonists, writers and readers together for four days of exhibitions, signings and workshops. The three-day workshop costs 15,000 CFA francs, and the fair itself is free to visit.</p>
<p>Workshops are taught in French. The workshop room is on the ground floor and wheelchair accessible.</p>
""", lang="fr")

s.page("exposants.html", "Exposants", """
<h1>Exposants et partenaires</h1>
<p>Stand éditeur : 60 000 FCFA. Partenaire principal : 1 500 000 FCFA. Prix du meilleur jeune talent : 200 000 FCFA.</p>
""")

s.page("hebergement.html", "Hébergement", """
<h1>Hébergement et transport</h1>
<p>Hôtel partenaire : 25 000 FCFA la nuit. Car Abidjan–Bouaké : 8 000 FCFA. Taxi en ville : 500 FCFA.</p>
""")

s.page("boutique.html", "Boutique", """
<h1>Boutique</h1>
<p>Album « Les Masques de Gbêkê » : 6 000 FCFA. Carnet de croquis : 2 500 FCFA.</p>
""")

ENTRY = entry(s, name="Bouaké Comics Days 2027 (comics association, Bouaké)",
    languages=["fr", "en"],
    fees=[(15000, "XOF"), (7500, "XOF"), (25000, "XOF")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["image"],
    account_required=False, registration_form=(9, 6, ["phone", "birth_date", "affiliation"]),
    min_age=12, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "ateliers.html", "inscription.html", "infos-pratiques.html", "english.html"],
    deliberate_404=["palmares-2026.html"],
    evidence={
        "languages": [Q("index.html", "dessinateurs, scénaristes et lecteurs se retrouvent au centre culturel"),
                      M("english.html", '<html lang="fr">', "English page declared French"),
                      Q("english.html", "The Bouaké Comics Days bring cartoonists, writers and readers together"),
                      Q("index.html", "I ni ce !", "Dioula greeting: not content, no ISO 639-1 code")],
        "un_languages": [N("fr, en")],
        "fees": [Q("ateliers.html", "Atelier « De l'idée à la planche » (3 jours) : 15 000 FCFA", "15000 XOF"),
                 Q("ateliers.html", "Élèves et étudiants : 7 500 F CFA pour le même atelier", "7500 XOF"),
                 Q("ateliers.html", "Classe de maître avec un auteur invité : 25.000 FCFA", "25000 XOF"),
                 Q("english.html", "The three-day workshop costs 15,000 CFA francs", "English restatement: no new entry"),
                 Q("exposants.html", "Stand éditeur : 60 000 FCFA.", "stand, partner, prize: not fees"),
                 Q("hebergement.html", "Hôtel partenaire : 25 000 FCFA la nuit.", "hotel, coach, taxi: not fees"),
                 Q("boutique.html", "Album « Les Masques de Gbêkê » : 6 000 FCFA.", "shop items: not fees")],
        "free_option": [Q("ateliers.html", "L'entrée au salon et aux expositions est gratuite pour tous les visiteurs.")],
        "fee_support": [Q("ateliers.html", "Élèves et étudiants : 7 500 F CFA pour le même atelier", "student rate below 15000")],
        "remote_participation": [Q("infos-pratiques.html", "Il n'y a pas de participation en ligne : tout se passe sur place.")],
        "captcha": [M("inscription.html", '<img src="img/code.svg" alt="code de vérification"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, e-mail, phone, birth date, workshop select, school, file, parent checkbox, image-code box); 6 marked (obligatoire); sensitive phone, birth_date, affiliation", "inscription.html"),
                              Q("inscription.html", "Date de naissance (obligatoire)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("infos-pratiques.html", "Les ateliers sont ouverts à partir de 12 ans.")],
        "accessibility_statement": [Q("infos-pratiques.html", "La salle des ateliers est au rez-de-chaussée et accessible en fauteuil roulant.")],
        "access_services": [Q("infos-pratiques.html", "accessible en fauteuil roulant", "wheelchair_access"),
                            Q("infos-pratiques.html", "Cette année, pas d'interprète en langue des signes.", "negation: no sign_language")],
        "videos_without_captions": [M("ateliers.html", 'src="media/atelier-encrage.mp4">', "no track"),
                                    M("index.html", 'kind="captions"', "the trailer has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
