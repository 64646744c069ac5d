"""Djibouti maritime-law moot court competition; fr-DJ, ar section with lang, Somali section without lang."""
from lib import mk, video, placeholder_media, Q, M, N, entry

NAV = [("index.html", "Accueil"), ("frais.html", "Frais et prise en charge"), ("formulaire.html", "Inscription des équipes"),
       ("audiences.html", "Audiences publiques"), ("accessibilite.html", "Accessibilité"), ("partenaires.html", "Prix et partenaires"),
       ("hebergement.html", "Hébergement"), ("emploi.html", "Offres d'emploi")]
s = mk("concours-plaidoirie-droit-maritime-djibouti", "Concours de plaidoirie en droit maritime de Djibouti", "fr-DJ", "#0e5a7d", "CPM",
       NAV, foot={"fr-DJ": '<p>Faculté de droit, Université de Djibouti (exemple) — <a href="mailto:concours@droit-udj.example.dj">concours@droit-udj.example.dj</a></p>'})
placeholder_media(s, "media/finale2026.mp4")

s.page("index.html", "Concours de plaidoirie en droit maritime 2027", f"""
<h1>Concours de plaidoirie en droit maritime — 4e édition</h1>
<p>Du 12 au 16 avril 2027 à Djibouti. Des équipes d'étudiants en droit plaident un cas fictif de transport maritime et de piraterie devant des jurys de magistrats et d'avocats.</p>
<section lang="ar">
<h2>بالعربية</h2>
<p>تنظّم كلية الحقوق مسابقة المرافعة في القانون البحري في جيبوتي من ١٢ إلى ١٦ أبريل ٢٠٢٧، بمشاركة فرق طلابية من الجامعات الأفريقية.</p>
<p>يمكن للجمهور حضور جلسات المرافعة مجانًا، ويتم تسجيل الفرق عبر الاستمارة باللغة الفرنسية.</p>
</section>
<h2>Af-Soomaali</h2>
<div>
<p>Tartanka doodda sharciga badda wuxuu ka dhacayaa magaalada Jabuuti bisha Abriil 2027. Kooxaha ardayda jaamacadaha waxay isku diiwaangelin karaan foomka bogga.</p>
<p>Dhagaysiga doodaha waa u furan yahay dadweynaha, waana lacag la'aan.</p>
</div>
{video("media/finale2026.mp4")}
<p><a href="@frais.html">Frais</a> · <a href="@formulaire.html">Inscription des équipes</a> · <a href="@audiences.html">Audiences publiques</a> · <a href="@accessibilite.html">Accessibilité</a> · <a href="@edition-2025.html">Édition 2025</a></p>
""")

s.page("frais.html", "Frais et prise en charge", """
<h1>Frais d'inscription et prise en charge</h1>
<ul>
<li>Inscription par équipe : 20 000 FDJ, à régler à l'arrivée.</li>
<li>Équipes d'universités étrangères : 150 USD par équipe.</li>
</ul>
<p>L'Université prend en charge les billets d'avion de deux équipes venant d'Afrique de l'Est, tirées au sort parmi les inscrites.</p>
""")

s.page("formulaire.html", "Inscription des équipes", """
<h1>Inscription des équipes</h1>
<p>Les champs marqués (requis) sont obligatoires.</p>
<form action="@formulaire.html" method="post">
  <label for="fac">Faculté ou université (requis)</label><input type="text" id="fac" name="fac">
  <label for="equipe">Nom de l'équipe (requis)</label><input type="text" id="equipe" name="equipe">
  <label for="p1">Plaideur 1 — nom et prénom (requis)</label><input type="text" id="p1" name="p1">
  <label for="p2">Plaideur 2 — nom et prénom (requis)</label><input type="text" id="p2" name="p2">
  <label for="p3">Plaideur 3 — nom et prénom</label><input type="text" id="p3" name="p3">
  <label for="enc">Encadrant — nom (requis)</label><input type="text" id="enc" name="enc">
  <label for="tel">Encadrant — téléphone (requis)</label><input type="tel" id="tel" name="tel">
  <label for="mail">Encadrant — courriel (requis)</label><input type="email" id="mail" name="mail">
  <fieldset><legend>Langue de plaidoirie (requis)</legend>
    <input type="radio" id="l1" name="langue" value="fr"><label for="l1">Français</label>
    <input type="radio" id="l2" name="langue" value="en"><label for="l2">Anglais</label>
  </fieldset>
  <label for="passeport">Numéro de passeport du chef d'équipe (équipes étrangères)</label><input type="text" id="passeport" name="passeport">
  <div class="check"><input type="checkbox" id="reglement" name="reglement"><label for="reglement">J'accepte le règlement du concours (requis)</label></div>
  <button type="submit">Envoyer</button>
</form>
""")

s.page("audiences.html", "Audiences publiques", """
<h1>Audiences publiques</h1>
<p>Les audiences de plaidoirie sont publiques et l'entrée est gratuite pour tous, sur simple présentation d'une pièce d'identité.</p>
<p>Les plaidoiries ont lieu exclusivement en présentiel ; elles sont retransmises en direct sur YouTube, sans interaction.</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle d'audience du Palais du peuple est accessible en fauteuil roulant par l'entrée latérale.</p>
<p>Interprétation simultanée français–anglais pendant la finale.</p>
<p>Pour tout besoin d'adaptation, contactez Mme Hodan Ali Said : <a href="mailto:accessibilite@droit-udj.example.dj">accessibilite@droit-udj.example.dj</a>.</p>
""")

s.page("partenaires.html", "Prix et partenaires", """
<h1>Prix et partenaires</h1>
<p>L'équipe gagnante reçoit une bourse de 300 000 FDJ et un stage de six mois dans un cabinet partenaire.</p>
""")

s.page("hebergement.html", "Hébergement", """
<h1>Hébergement et déplacements</h1>
<p>Hôtel partenaire au Plateau du Serpent : 18 000 FDJ la nuit. Course en taxi depuis l'aéroport : environ 1 000 FDJ.</p>
""")

s.page("emploi.html", "Offres d'emploi", """
<h1>Offres d'emploi</h1>
<p>Juriste assistant(e) du concours, contrat de trois mois, 250 000 FDJ par mois.</p>
""")

ENTRY = entry(
    s, name="4th maritime-law moot court competition (law faculty, Djibouti)",
    languages=["fr", "ar", "so"],
    fees=[(20000, "DJF"), (150, "USD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=[], account_required=False,
    registration_form=(11, 9, ["affiliation", "phone", "id_document"]), registration_host=None, min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "frais.html", "formulaire.html", "audiences.html", "accessibilite.html"],
    deliberate_404=["edition-2025.html"],
    evidence={
        "languages": [Q("index.html", "Des équipes d'étudiants en droit plaident un cas fictif"),
                      Q("index.html", "يمكن للجمهور حضور جلسات المرافعة مجانًا", "Arabic section with lang=ar (two paragraphs)"),
                      Q("index.html", "Kooxaha ardayda jaamacadaha waxay isku diiwaangelin karaan foomka bogga.", "Somali section without a lang attribute (two paragraphs)")],
        "un_languages": [N("fr, ar")],
        "fees": [Q("frais.html", "Inscription par équipe : 20 000 FDJ", "20000 DJF"),
                 Q("frais.html", "Équipes d'universités étrangères : 150 USD par équipe.", "150 USD"),
                 Q("partenaires.html", "une bourse de 300 000 FDJ", "prize: not a fee"),
                 Q("hebergement.html", "18 000 FDJ la nuit", "hotel and taxi: not fees"),
                 Q("emploi.html", "250 000 FDJ par mois", "salary: not a fee")],
        "free_option": [Q("audiences.html", "Les audiences de plaidoirie sont publiques et l'entrée est gratuite pour tous")],
        "fee_support": [Q("frais.html", "L'Université prend en charge les billets d'avion de deux équipes venant d'Afrique de l'Est")],
        "remote_participation": [Q("audiences.html", "Les plaidoiries ont lieu exclusivement en présentiel ; elles sont retransmises en direct sur YouTube, sans interaction.")],
        "captcha": [N("no CAPTCHA", "formulaire.html")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("formulaire.html: 11 fields: faculty, team name, three pleaders, supervisor name, phone, e-mail, "
                                "language radio (=1), passport number, rules checkbox. Required ((requis)): all but pleader 3 "
                                "and passport = 9. Sensitive: affiliation (faculty), phone, id_document (passport number).",
                                "formulaire.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [Q("accessibilite.html", "Pour tout besoin d'adaptation, contactez Mme Hodan Ali Said")],
        "access_services": [Q("accessibilite.html", "accessible en fauteuil roulant par l'entrée latérale"),
                            Q("accessibilite.html", "Interprétation simultanée français–anglais pendant la finale.")],
        "videos_without_captions": [M("index.html", 'src="media/finale2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
