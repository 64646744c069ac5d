from lib import mk, Q, M, N, entry, fld, radios
S = "universite-ete-migrations-societe-civile-djibouti"
NAV = [("index.html", "Accueil"), ("frais.html", "Frais"), ("candidature.html", "Candidature"), ("en-ligne.html", "Pass en ligne"),
       ("accessibilite.html", "Accessibilité"), ("partenaires.html", "Partenaires"), ("sejour.html", "Séjour"), ("actualites.html", "Actualités")]
s = mk(S, "Université d'été sur les migrations, Djibouti", "fr-DJ", "#145a7a", "UEM", NAV,
       foot={"fr-DJ": '<p>Réseau des associations d\'accueil des migrants, quartier Héron, Djibouti — ue@reseau-migrations.example.dj</p>'})
s.pdf("docs/programme-ue-2027.pdf", "Universite d'ete sur les migrations 2027 - programme\nSemaine 1: droit et protection\nSemaine 2: terrain")
s.page("index.html", "Université d'été 2027", """
<h1>Université d'été de la société civile sur les migrations</h1>
<p>Deux semaines de cours et de visites de terrain, du 5 au 16 juillet 2027, pour les personnes qui accueillent et accompagnent les migrants sur la route de la Corne de l'Afrique : droit d'asile, protection des mineurs, santé mentale, écoute.</p>
<ul>
<li><a href="@frais.html">Frais et exonérations</a></li>
<li><a href="@candidature.html">Déposer une candidature</a></li>
<li><a href="@en-ligne.html">Suivre en ligne</a></li>
<li><a href="@accessibilite.html">Accessibilité</a></li>
</ul>
<p>Le programme détaillé est diffusé uniquement en PDF : <a href="@docs/programme-ue-2027.pdf">programme 2027 (PDF)</a>.</p>
<section lang="so">
<h2>Af-Soomaali</h2>
<p>Jaamacadda xagaaga ee ku saabsan socdaalka waxay u furan tahay shaqaalaha iyo mutadawiciinta ururada bulshada ee caawiya muhaajiriinta.</p>
<p>Khidmaddu waa 45 000 faran; ardaydu waxay bixiyaan 20 000 faran. Mutadawiciinta ururada xubnaha ka ah ma bixiyaan wax khidmad ah.</p>
</section>
""")
s.page("frais.html", "Frais", """
<h1>Frais et exonérations</h1>
<ul>
<li>Professionnels et salariés d'ONG : 45 000 FDJ</li>
<li>Étudiants : 20 000 FDJ</li>
<li>Pass en ligne (Google Meet, questions en direct) : 15 000 FDJ</li>
</ul>
<p>Les bénévoles des associations membres du réseau sont exonérés des frais.</p>
<p>Le réseau prend en charge le bus depuis Tadjourah et Obock pour les participants des régions.</p>
""")
s.page("candidature.html", "Candidature", """
<h1>Déposer une candidature</h1>
<p>Les candidats doivent être âgés de vingt et un ans au moins.</p>
<form action="@candidature.html" method="post">
""" + fld("nom", "Nom et prénom (à fournir)") + fld("cni", "Numéro de la carte nationale d'identité (à fournir)") +
fld("naissance", "Date de naissance (à fournir)", "date") + fld("tel", "Téléphone", "tel") + fld("courriel", "Courriel (à fournir)", "email") +
fld("nationalite", "Nationalité", "select", opts=["Djiboutienne", "Éthiopienne", "Somalienne", "Yéménite", "Autre"]) +
fld("organisation", "Organisation ou université") + radios("formule", "Formule", ["Présentiel", "Pass en ligne"], req=True) +
radios("sexe", "Sexe", ["Femme", "Homme"]) + fld("lettre", "Lettre de motivation", "file") +
fld("reglement", "J'accepte le règlement de l'université d'été", "checkbox", req=True) + """
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAmigrations"></div>
<button type="submit">Envoyer</button>
</form>
""")
s.page("en-ligne.html", "Pass en ligne", """
<h1>Suivre en ligne</h1>
<p>Les titulaires du pass en ligne suivent les cours sur Google Meet et posent leurs questions en direct aux intervenants.</p>
""")
s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle de cours est au premier étage, desservie par un ascenseur accessible en fauteuil roulant.</p>
<p>Sous-titrage en direct (CART) pour les conférences plénières ; interprétation en langue des signes djiboutienne sur demande.</p>
<p>Interprétation somali–français pendant les visites de terrain.</p>
""")
s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Partenariat principal : 500 000 FDJ.</p>
""")
s.page("sejour.html", "Séjour", """
<h1>Séjour</h1>
<p>Hôtel conventionné au Héron : 18 000 FDJ la nuit.</p>
<p>Participants venant d'Aden : la traversée coûte environ 30 000 riyals yéménites.</p>
""")
s.page("actualites.html", "Actualités", """
<h1>Actualités</h1>
<p>Bilan de l'édition 2026 : 64 participants de six pays.</p>
<p><a href="@bilan-2026.html">Lire le bilan complet</a></p>
""")
ENTRY = entry(s, name="Civil-society summer school on migration 2027 (migrant-reception associations' network, Djibouti)",
    languages=["fr", "so"], fees=[(45000, "DJF"), (20000, "DJF"), (15000, "DJF")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(11, 6, ["id_document", "birth_date", "phone", "nationality", "affiliation", "gender"]), min_age=21,
    accessibility_statement=True, access_services=["wheelchair_access", "cart", "sign_language", "interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "frais.html", "candidature.html", "en-ligne.html", "accessibilite.html"],
    deliberate_404=["bilan-2026.html"],
    evidence={
        "languages": [Q("index.html", "Deux semaines de cours et de visites de terrain"),
                      M("index.html", '<section lang="so">', "Somali section, two paragraphs"),
                      Q("index.html", "Jaamacadda xagaaga ee ku saabsan socdaalka")],
        "un_languages": [N("fr")],
        "fees": [Q("frais.html", "Professionnels et salariés d'ONG : 45 000 FDJ", "45000 DJF"),
                 Q("frais.html", "Étudiants : 20 000 FDJ", "20000 DJF"),
                 Q("frais.html", "Pass en ligne (Google Meet, questions en direct) : 15 000 FDJ", "15000 DJF online pass"),
                 Q("index.html", "Khidmaddu waa 45 000 faran", "Somali restatement: no new entry"),
                 Q("partenaires.html", "500 000 FDJ", "sponsor: not a fee"),
                 Q("sejour.html", "30 000 riyals yéménites", "YER crossing and hotel: not fees")],
        "free_option": [Q("frais.html", "Les bénévoles des associations membres du réseau sont exonérés des frais.")],
        "fee_support": [Q("frais.html", "Le réseau prend en charge le bus depuis Tadjourah et Obock"),
                        Q("frais.html", "Étudiants : 20 000 FDJ", "student rate")],
        "remote_participation": [Q("en-ligne.html", "suivent les cours sur Google Meet et posent leurs questions en direct aux intervenants")],
        "captcha": [M("candidature.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields: name, CNI, birth date, phone, e-mail, nationality select, organisation, formula radio, sex radio, letter file, rules checkbox; required: 4 marked (à fournir) + formula radio + checkbox (required attr) = 6", "candidature.html"),
                              Q("candidature.html", "Numéro de la carte nationale d'identité (à fournir)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("candidature.html", "Les candidats doivent être âgés de vingt et un ans au moins.")],
        "accessibility_statement": [Q("accessibilite.html", "desservie par un ascenseur accessible en fauteuil roulant")],
        "access_services": [Q("accessibilite.html", "desservie par un ascenseur accessible en fauteuil roulant", "wheelchair_access"),
                            Q("accessibilite.html", "Sous-titrage en direct (CART)", "cart only"),
                            Q("accessibilite.html", "interprétation en langue des signes djiboutienne sur demande", "sign_language"),
                            Q("accessibilite.html", "Interprétation somali–français pendant les visites de terrain.", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("index.html", "Le programme détaillé est diffusé uniquement en PDF")],
    })
