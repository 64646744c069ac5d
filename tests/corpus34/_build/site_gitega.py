from lib import *

NAV = [("index.html", "Accueil"), ("frais.html", "Frais"), ("inscription.html", "Inscription"), ("questions.html", "Questions"),
       ("accessibilite.html", "Accessibilité"), ("hebergement.html", "Hébergement"), ("librairie.html", "Librairie"), ("partenaires.html", "Partenaires")]
s = mk("colloque-enseignants-mathematiques-gitega", "Colloque des enseignants de mathématiques – Gitega 2027", "fr-BI", "#3d3a8c", "Σ",
       NAV, foot={"fr-BI": "<p>Association burundaise des professeurs de mathématiques · Avenue de l'Indépendance 12, Gitega · colloque@abpm.example.bi</p>"})
placeholder_media(s, "media/geogebra.mp4")
s.pdf("docs/programme-colloque-2027.pdf", "Programme du colloque 2027\nMardi: conference publique\nMercredi: ateliers\nJeudi: communications")

s.page("index.html", "Colloque des enseignants de mathématiques 2027", """
<h1>Colloque des enseignants de mathématiques</h1>
<p>Du 5 au 7 juillet 2027, enseignants du fondamental et du post-fondamental, formateurs des écoles normales et étudiants se retrouvent à Gitega pour partager leurs pratiques : enseigner les fractions avec peu de matériel, évaluer en classes nombreuses, utiliser GeoGebra hors connexion.</p>
<p>Le programme détaillé n'existe qu'en PDF : <a href="@docs/programme-colloque-2027.pdf">programme (PDF)</a>.</p>
""" + video("media/geogebra.mp4") + """
<section class="kirundi">
<h2>Mu Kirundi</h2>
<p>Ikoraniro ry'abigisha b'imibare rizoba i Gitega kuva ku wa 5 gushika ku wa 7 Nyakanga 2027. Abigisha bose b'amashure y'ibanze n'ayisumbuye baratumiwe kuza guhanahana ivyiyumviro ku vyerekeye inyigisho y'imibare.</p>
<p>Amafaranga yo kwiyandikisha ni 45 000 FBu ku bigisha, na 20 000 FBu ku banyeshure. Ikiganiro c'ugutangura ni ubuntu kandi kirakinguye ku bantu bose.</p>
</section>
""")

s.page("frais.html", "Frais", """
<h1>Frais d'inscription</h1>
<table>
<tr><th>Catégorie</th><th>Montant</th></tr>
<tr><td>Enseignants et formateurs</td><td>45 000 FBu</td></tr>
<tr><td>Étudiants des écoles normales supérieures</td><td>20 000 FBu</td></tr>
<tr><td>Atelier « GeoGebra hors connexion » (facultatif)</td><td>15 000 FBu</td></tr>
</table>
<p>La conférence publique d'ouverture, le mardi à 9 h, est gratuite et ouverte à tous, sans inscription.</p>
<p>Les communications peuvent être présentées à distance via Zoom ; les auteurs répondent ensuite en direct aux questions de la salle.</p>
""")

s.page("inscription.html", "Inscription", """
<h1>Formulaire d'inscription</h1>
<p>Une communication porte cette année sur les élèves de 6 à 12 ans en difficulté avec le calcul.</p>
<form action="@inscription.html" method="post" enctype="multipart/form-data">
""" + fld("nom", "Nom et prénom (à renseigner)") + fld("cni", "Numéro de CNI (à renseigner)")
  + fld("naissance", "Date de naissance", "date") + radios("sexe", "Sexe", ["Femme", "Homme"])
  + fld("tel", "Téléphone (à renseigner)", "tel") + fld("courriel", "Courriel", "email")
  + fld("etab", "Établissement (à renseigner)")
  + fld("province", "Province", "select", opts=["Gitega", "Bujumbura", "Ngozi", "Rumonge", "Autre"])
  + fld("niveau", "Niveau enseigné", "select", opts=["Fondamental", "Post-fondamental", "École normale", "Étudiant"])
  + fld("atelier", "Je m'inscris à l'atelier GeoGebra (15 000 FBu)", "checkbox")
  + fld("resume", "Résumé de communication (facultatif)", "file")
  + fld("accord", "J'accepte la charte du colloque", "checkbox", req=True) + """
<div class="g-recaptcha" data-sitekey="6Lc-gitega-example"></div>
<button type="submit">S'inscrire</button>
</form>
""")

s.page("questions.html", "Questions", """
<h1>Questions fréquentes</h1>
<h2>Faut-il créer un compte ?</h2><p>Non, le formulaire suffit.</p>
<h2>Je viens de Kigoma, comment faire ?</h2><p>Le bus Kigoma–Gitega coûte environ 25 000 TSh ; prévoyez votre passeport.</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>L'amphithéâtre de l'école normale est au rez-de-chaussée et accessible en fauteuil roulant.</p>
<p>Un interprète en langue des signes burundaise peut être présent sur demande, deux semaines à l'avance.</p>
<p>Il n'y aura pas de sous-titrage en direct. Contact : Aline Niyonzima, acces@abpm.example.bi</p>
""")

s.page("hebergement.html", "Hébergement", """
<h1>Hébergement</h1>
<p>Hôtel du Musée : 60 000 FBu la nuit. Maison d'accueil des sœurs : 25 000 FBu la nuit.</p>
""")

s.page("librairie.html", "Librairie", """
<h1>Librairie</h1>
<p>Manuel « Fractions en classe nombreuse » : 12 000 FBu. Compas et équerre : 8 000 FBu.</p>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Pack partenaire : 1 500 000 FBu (stand et logo).</p>
""")

ENTRY = entry(s, name="Mathematics teachers' colloquium 2027 (Burundian association of mathematics teachers, Gitega)",
    languages=["fr", "rn"],
    fees=[(45000, "BIF"), (20000, "BIF"), (15000, "BIF")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(12, 5, ["id_document", "birth_date", "gender", "phone", "affiliation"]),
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "frais.html", "inscription.html", "questions.html", "accessibilite.html"],
    evidence={
        "languages": [Q("index.html", "enseignants du fondamental et du post-fondamental"),
                      M("index.html", '<section class="kirundi">', "Kirundi section without lang, two paragraphs"),
                      Q("index.html", "Ikoraniro ry'abigisha b'imibare rizoba i Gitega")],
        "un_languages": [N("fr")],
        "fees": [Q("frais.html", "45 000 FBu"), Q("frais.html", "20 000 FBu", "students"),
                 Q("frais.html", "Atelier « GeoGebra hors connexion » (facultatif)", "15 000 FBu add-on"),
                 Q("index.html", "Amafaranga yo kwiyandikisha ni 45 000 FBu", "Kirundi restatement: no new entry"),
                 Q("questions.html", "environ 25 000 TSh", "bus in TZS: not a fee"),
                 Q("hebergement.html", "60 000 FBu la nuit", "hotel: not a fee"),
                 Q("librairie.html", "12 000 FBu", "books: not fees"), Q("partenaires.html", "1 500 000 FBu", "sponsor: not a fee")],
        "free_option": [Q("frais.html", "La conférence publique d'ouverture, le mardi à 9 h, est gratuite et ouverte à tous")],
        "fee_support": [Q("frais.html", "Étudiants des écoles normales supérieures", "student rate below teachers' rate")],
        "remote_participation": [Q("frais.html", "Les communications peuvent être présentées à distance via Zoom ; les auteurs répondent ensuite en direct aux questions de la salle.")],
        "captcha": [M("inscription.html", '<div class="g-recaptcha"')],
        "account_required": [Q("questions.html", "Non, le formulaire suffit.")],
        "registration_form": [N("12 fields: name, CNI, birth date, sex radio, phone, e-mail, school, province select, level select, workshop checkbox, abstract file, consent checkbox; required: 4 marked (à renseigner) + consent (required attr) = 5", "inscription.html"),
                              Q("inscription.html", "Numéro de CNI (à renseigner)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("inscription.html", "les élèves de 6 à 12 ans en difficulté avec le calcul", "talk topic, not an age limit: null")],
        "accessibility_statement": [Q("accessibilite.html", "au rez-de-chaussée et accessible en fauteuil roulant")],
        "access_services": [Q("accessibilite.html", "au rez-de-chaussée et accessible en fauteuil roulant", "wheelchair_access"),
                            Q("accessibilite.html", "Un interprète en langue des signes burundaise peut être présent sur demande", "sign_language"),
                            Q("accessibilite.html", "Il n'y aura pas de sous-titrage en direct.", "captions negated")],
        "videos_without_captions": [M("index.html", 'src="media/geogebra.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "Le programme détaillé n'existe qu'en PDF", "programme only as PDF")],
    })
