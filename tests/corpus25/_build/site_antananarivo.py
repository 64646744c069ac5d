from lib import *

NAV = [("index.html", "Accueil"), ("tarifs.html", "Tarifs"), ("inscription.html", "Inscription"), ("projections.html", "Projections"),
       ("accessibilite.html", "Accessibilité"), ("palmares.html", "Palmarès"), ("sejour.html", "Séjour"), ("equipe.html", "Équipe")]
s = mk("rencontres-film-documentaire-antananarivo", "Rencontres du film documentaire d'Antananarivo 2027", "fr-MG", "#6b2d5c", "RFD", NAV,
       foot={"fr-MG": "<p>Association Sary Mihetsika · Analakely, Antananarivo · rfd2027@sarymihetsika.example.mg</p>"})
placeholder_media(s, "media/bande-annonce.mp4"); placeholder_media(s, "media/atelier.mp4"); vtt(s, "media/atelier.vtt", "Bienvenue")
s.write("img/code.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-size="22">7K4QZ</text></svg>\n')
s.page("index.html", "Rencontres du film documentaire d'Antananarivo", """
<h1>Rencontres du film documentaire d'Antananarivo</h1>
<p>Du 2 au 8 mai 2027, l'association Sary Mihetsika réunit cinéastes, étudiants et publics autour du documentaire malgache et de l'océan Indien : projections, masterclasses et rencontres avec les équipes.</p>
<p>Les projections en salle sont gratuites et ouvertes à tous. Une sélection est aussi proposée en ligne, à regarder uniquement, sans échange avec les équipes.</p>
""" + video("media/bande-annonce.mp4") + """
<section lang="mg">
<h2>Amin'ny teny malagasy</h2>
<p>Ny Fihaonana momba ny sarimihetsika fanadihadiana dia atao eto Antananarivo manomboka ny 2 ka hatramin'ny 8 mey 2027. Maimaim-poana ny fijerena sarimihetsika ao amin'ny efitrano. Tsy maintsy misoratra anarana mialoha kosa ireo te hanatrika ny masterclass.</p>
</section>
""")
s.page("tarifs.html", "Tarifs", """
<h1>Tarifs</h1>
<ul><li>Masterclass (trois jours) : 60 000 Ar</li><li>Étudiants en cinéma : 25 000 Ariary</li><li>Frais d'inscription d'un film en compétition : MGA 40 000</li></ul>
<p>Les participants venant des régions (Toamasina, Mahajanga, Fianarantsoa, Toliara) sont remboursés de leur trajet en taxi-brousse sur présentation du ticket.</p>
""")
form = "".join([fld("nm", "Nom et prénom (obligatoire)"), fld("em", "Courriel (obligatoire)", "email"), fld("ph", "Téléphone (obligatoire)", "tel"),
    fld("dob", "Date de naissance (obligatoire)", "date"), fld("ecole", "École de cinéma ou collectif"),
    fld("mc", "Masterclass choisie (obligatoire)", "select", opts=["Écrire le réel", "Son et terrain", "Montage documentaire"]),
    fld("lien", "Lien vers un de vos films"), fld("syn", "Note d'intention (PDF)", "file"),
    fld("ok", "J'accepte le règlement (obligatoire)", "checkbox")])
s.page("inscription.html", "Inscription", f"""
<h1>Inscription aux masterclasses</h1>
<p>Les masterclasses sont ouvertes à partir de 16 ans.</p>
<form action="@inscription.html" method="post">{form}
<p><img src="@img/code.svg" alt="code de vérification" width="120" height="40"></p>
{fld("code", "Recopiez le code de vérification (obligatoire)")}
<button type="submit">Envoyer</button></form>
""")
s.page("projections.html", "Projections", """
<h1>Projections</h1>
<p>Cinéma Rex, chaque soir à 18 h. Entrée libre.</p>
""" + video("media/atelier.mp4", track="media/atelier.vtt", track_lang="fr", label="Français"))
s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>Le Cinéma Rex et la salle des masterclasses sont de plain-pied et accessibles en fauteuil roulant.</p>
<p>Sur demande, une interprète en langue des signes malgache accompagne les débats après les projections.</p>
<p>Il n'y a pas de sous-titrage en direct des débats.</p>
""")
s.page("palmares.html", "Palmarès", """
<h1>Palmarès</h1>
<p>Grand prix du documentaire : 2 000 000 Ar. Prix du public : 800 000 Ar.</p>
""")
s.page("sejour.html", "Séjour", """
<h1>Séjour</h1>
<p>Hôtel partenaire à Isoraka : 120 000 Ar la nuit. Un trajet en taxi-be coûte 600 Ar.</p>
""")
s.page("equipe.html", "Équipe", """
<h1>Équipe</h1>
<p>Direction artistique : Hanta Rakotomalala. Programmation : Fidy Andrianaivo.</p>
""")
ENTRY = entry(s, name="Antananarivo Documentary Film Encounters 2027 (film association, Antananarivo)",
    languages=["fr", "mg"], fees=[(60000, "MGA"), (25000, "MGA"), (40000, "MGA")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["image"], account_required=False,
    registration_form=(10, 7, ["phone", "birth_date", "affiliation"]), min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tarifs.html", "inscription.html", "projections.html", "accessibilite.html"],
    evidence={
        "languages": [Q("index.html", "l'association Sary Mihetsika réunit cinéastes, étudiants et publics"), M("index.html", '<section lang="mg">'),
                      Q("index.html", "Ny Fihaonana momba ny sarimihetsika fanadihadiana dia atao eto Antananarivo")],
        "un_languages": [N("fr")],
        "fees": [Q("tarifs.html", "Masterclass (trois jours) : 60 000 Ar", "60000 MGA"), Q("tarifs.html", "Étudiants en cinéma : 25 000 Ariary", "25000 MGA"),
                 Q("tarifs.html", "Frais d'inscription d'un film en compétition : MGA 40 000", "submission fee 40000 MGA"),
                 Q("palmares.html", "Grand prix du documentaire : 2 000 000 Ar.", "prizes: not fees"),
                 Q("sejour.html", "Hôtel partenaire à Isoraka : 120 000 Ar la nuit.", "hotel and taxi-be: not fees")],
        "free_option": [Q("index.html", "Les projections en salle sont gratuites et ouvertes à tous.")],
        "fee_support": [Q("tarifs.html", "Étudiants en cinéma : 25 000 Ariary", "student rate"),
                        Q("tarifs.html", "sont remboursés de leur trajet en taxi-brousse sur présentation du ticket")],
        "remote_participation": [Q("index.html", "Une sélection est aussi proposée en ligne, à regarder uniquement, sans échange avec les équipes.")],
        "captcha": [M("inscription.html", 'alt="code de vérification"', "self-hosted image code")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, e-mail, phone, birth date, film school or collective, masterclass select, film link, file, rules checkbox, code box); 7 marked (obligatoire); sensitive phone, birth_date, affiliation", "inscription.html"),
                              Q("inscription.html", "Date de naissance (obligatoire)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscription.html", "Les masterclasses sont ouvertes à partir de 16 ans.")],
        "accessibility_statement": [Q("accessibilite.html", "sont de plain-pied et accessibles en fauteuil roulant")],
        "access_services": [Q("accessibilite.html", "accessibles en fauteuil roulant", "wheelchair_access"),
                            Q("accessibilite.html", "une interprète en langue des signes malgache accompagne les débats", "sign_language on request"),
                            Q("accessibilite.html", "Il n'y a pas de sous-titrage en direct des débats.", "negation: no captions")],
        "videos_without_captions": [M("index.html", 'src="media/bande-annonce.mp4">', "no track"), M("projections.html", 'kind="captions"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
