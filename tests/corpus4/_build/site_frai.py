"""FRAI 2026 — a regional Internet registry's public policy meeting in Tunis (AFRINIC/RIPE style).
French, with Arabic and English home pages. The site never says what taking part costs; its only
prices are hotels, transport, sponsorship and fellowship allowances (dinars with three decimals)."""
from lib import Site, chrome, css, video, placeholder_media

NAV_FR = [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("a-distance.html", "Participer à distance"),
          ("bourses.html", "Bourses"), ("ordre-du-jour.html", "Ordre du jour"), ("politiques.html", "Propositions de politique"),
          ("hebergement.html", "Hébergement"), ("sponsors.html", "Sponsors")]
NAV_AR = [("ar/index.html", "الرئيسية"), ("inscription.html", "التسجيل"), ("a-distance.html", "المشاركة عن بعد"),
          ("bourses.html", "المنح"), ("ordre-du-jour.html", "جدول الأعمال")]
NAV_EN = [("en/index.html", "Home"), ("inscription.html", "Registration (French)"), ("a-distance.html", "Remote participation (French)"),
          ("bourses.html", "Fellowships (French)"), ("ordre-du-jour.html", "Agenda (French)")]
LANGS = {"fr": [("ar/index.html", "العربية"), ("en/index.html", "English")],
         "ar": [("index.html", "Français"), ("en/index.html", "English")],
         "en": [("index.html", "Français"), ("ar/index.html", "العربية")]}
FOOT = {"fr": '<p>FRAI — Registre régional des adresses Internet, Les Berges du Lac, Tunis. '
              '<a href="mailto:reunion@frai.example.tn">reunion@frai.example.tn</a></p>',
        "ar": '<p>السجل الإقليمي لعناوين الإنترنت — ضفاف البحيرة، تونس. <a href="mailto:reunion@frai.example.tn">reunion@frai.example.tn</a></p>',
        "en": '<p>Regional Internet address registry — Les Berges du Lac, Tunis. '
              '<a href="mailto:reunion@frai.example.tn">reunion@frai.example.tn</a></p>'}
H, F = chrome({"fr": "FRAI 2026 Tunis", "ar": "منتدى عناوين الإنترنت 2026", "en": "FRAI 2026 Tunis"},
              {"fr": NAV_FR, "ar": NAV_AR, "en": NAV_EN}, langs=LANGS, foot=FOOT,
              skip={"fr": "Aller au contenu", "ar": "انتقل إلى المحتوى", "en": "Skip to content"},
              homes={"fr": "index.html", "ar": "ar/index.html", "en": "en/index.html"})
s = Site("frai-tunis", name="FRAI 2026 – Forum régional des adresses Internet", lang="fr",
         css=css("#0b6e4f"), logo_text="FRAI", colour="#0b6e4f", header=H, footer=F)

placeholder_media(s, "media/frai-2025-retour.mp4")
ALT = [("fr", "index.html"), ("ar", "ar/index.html"), ("en", "en/index.html")]

s.page("index.html", "FRAI 2026 – Réunion publique des politiques, Tunis, 11–14 mai 2026", f"""
<h1>FRAI 2026 : réunion publique des politiques</h1>
<p>Du 11 au 14 mai 2026, la communauté des opérateurs, des fournisseurs d'accès, des universités et
des administrations de la région se retrouve à Tunis pour discuter de la gestion des adresses IP et
des numéros de systèmes autonomes. Les propositions de politique présentées pendant la réunion sont
discutées en séance et le consensus est évalué par les présidents du groupe de travail.</p>
<h2>Participer</h2>
<ul>
<li><a href="@inscription.html">S'inscrire à la réunion</a></li>
<li><a href="@a-distance.html">Suivre et intervenir à distance</a></li>
<li><a href="@bourses.html">Programme de bourses</a></li>
</ul>
<h2>Retour sur FRAI 2025 à Nouakchott</h2>
{video("media/frai-2025-retour.mp4")}
<p>L'interprétation simultanée arabe – français – anglais est assurée pendant toutes les séances plénières.</p>
""", alternates=ALT)

s.page("ar/index.html", "منتدى عناوين الإنترنت 2026 – تونس", f"""
<h1>الاجتماع العام للسياسات 2026</h1>
<p>من 11 إلى 14 مايو 2026 يلتقي في تونس مشغلو الشبكات ومزودو خدمة الإنترنت والجامعات والإدارات
في المنطقة لمناقشة إدارة عناوين بروتوكول الإنترنت وأرقام الأنظمة المستقلة. تُناقَش مقترحات السياسات
خلال الجلسات ويقيّم رؤساء فريق العمل مدى التوافق حولها.</p>
<p>يمكن التسجيل عبر <a href="@inscription.html">استمارة التسجيل</a> (بالفرنسية)، كما يمكن
<a href="@a-distance.html">المشاركة عن بعد</a> وطلب الكلمة من خلال قائمة الانتظار الافتراضية.
ويتيح <a href="@bourses.html">برنامج المنح</a> لعدد من المهندسين حضور الاجتماع.</p>
<p>تتوفر الترجمة الفورية بين العربية والفرنسية والإنجليزية في جميع الجلسات العامة.</p>
{video("media/frai-2025-retour.mp4")}
""", lang="ar", dir="rtl", alternates=ALT)

s.page("en/index.html", "FRAI 2026 – Public Policy Meeting, Tunis", f"""
<h1>FRAI 2026 Public Policy Meeting</h1>
<p>From 11 to 14 May 2026, network operators, Internet service providers, universities and public
administrations from across the region meet in Tunis to discuss how IP addresses and autonomous
system numbers are managed. Policy proposals are debated in the room and the working group chairs
judge whether there is consensus.</p>
<p>Registration is through the <a href="@inscription.html">registration form</a> (in French). You can
also <a href="@a-distance.html">take part remotely</a> and ask for the floor through the virtual
queue. The <a href="@bourses.html">fellowship programme</a> brings a number of engineers to the meeting.</p>
<p>Arabic–French–English simultaneous interpretation is provided in all plenary sessions.</p>
""", lang="en", alternates=ALT)

s.page("inscription.html", "Inscription – FRAI 2026", """
<h1>Inscription</h1>
<p>L'inscription est obligatoire pour recevoir un badge ou les accès à la salle virtuelle. Les champs
marqués d'un astérisque (*) sont obligatoires.</p>
<form action="@inscription.html" method="post">
<input type="hidden" name="evt" value="frai2026">
<label for="prenom">Prénom *</label>
<input type="text" id="prenom" name="prenom">
<label for="nom">Nom *</label>
<input type="text" id="nom" name="nom">
<label for="courriel">Courriel *</label>
<input type="email" id="courriel" name="courriel">
<label for="org">Organisation *</label>
<input type="text" id="org" name="org">
<label for="pays">Pays *</label>
<select id="pays" name="pays"><option value="">—</option><option>Tunisie</option><option>Algérie</option>
<option>Maroc</option><option>Mauritanie</option><option>Libye</option><option>Autre</option></select>
<label for="cat">Catégorie de participant</label>
<select id="cat" name="cat"><option value="">—</option><option>Opérateur / FAI</option><option>Gouvernement</option>
<option>Société civile</option><option>Milieu universitaire</option><option>Autre</option></select>
<fieldset><legend>Mode de participation *</legend>
<input type="radio" id="m1" name="mode" value="sur-place"><label for="m1">Sur place</label>
<input type="radio" id="m2" name="mode" value="distance"><label for="m2">À distance</label>
</fieldset>
<div class="check"><input type="checkbox" id="premiere" name="premiere"><label for="premiere">C'est ma première réunion FRAI</label></div>
<div class="check"><input type="checkbox" id="code" name="code"><label for="code">J'accepte le code de conduite *</label></div>
<div class="g-recaptcha" data-sitekey="6LeFRAIaAAAAAJ3v0r8mXoQ2tunis2026xyzAbc"></div>
<button type="submit">Envoyer</button>
</form>
""")

s.page("a-distance.html", "Participer à distance – FRAI 2026", """
<h1>Participer à distance</h1>
<p>Toutes les séances sont diffusées dans notre salle virtuelle. Les participants inscrits à distance
reçoivent un lien personnel la veille de la réunion.</p>
<h2>Prendre la parole</h2>
<p>Les participants à distance peuvent demander la parole dans la file d'attente virtuelle ; le
président de séance leur donne la parole au même titre qu'aux personnes présentes au micro dans la salle.</p>
<h2>Propositions de politique</h2>
<p>Lors de l'évaluation du consensus, les participants à distance expriment leur soutien ou leur
objection dans la salle virtuelle, et leurs avis sont lus en séance.</p>
""")

s.page("bourses.html", "Bourses – FRAI 2026", """
<h1>Programme de bourses</h1>
<p>Chaque année, le registre finance la venue d'une quinzaine d'ingénieurs réseau, de chercheurs et de
responsables de politiques publiques de la région qui ne pourraient pas venir autrement.</p>
<h2>Ce que couvre la bourse</h2>
<ul>
<li>le billet d'avion aller-retour en classe économique ;</li>
<li>quatre nuits d'hôtel près du lieu de la réunion ;</li>
<li>une indemnité journalière de 120,000 TND pour les repas et les déplacements.</li>
</ul>
<h2>Candidature</h2>
<p>Envoyez votre candidature avant le 15 février 2026 à bourses@frai.example.tn. La plupart des
boursiers de 2025 avaient entre 24 et 35 ans, mais le programme est ouvert à toute personne
travaillant dans le secteur.</p>
""")

s.page("ordre-du-jour.html", "Ordre du jour – FRAI 2026", """
<h1>Ordre du jour</h1>
<p><a href="@docs/ordre-du-jour-frai2026.pdf">Télécharger l'ordre du jour (PDF, 90 Ko)</a> — le même contenu que ci-dessous.</p>
<table>
<tr><th>Jour</th><th>Séances</th></tr>
<tr><td>Lundi 11 mai</td><td>Tutoriel IPv6 ; ouverture</td></tr>
<tr><td>Mardi 12 mai</td><td>Plénière ; <a href="@sessions/registry-lock.html">Registry Lock : retour d'expérience</a></td></tr>
<tr><td>Mercredi 13 mai</td><td>Groupe de travail sur les politiques ; <a href="@sessions/custom-rpki.html">Custom RPKI Validators in Small Networks</a></td></tr>
<tr><td>Jeudi 14 mai</td><td>Assemblée générale des membres ; clôture</td></tr>
</table>
""")
s.pdf("docs/ordre-du-jour-frai2026.pdf", """FRAI 2026 - Ordre du jour
Lundi 11 mai: tutoriel IPv6, ouverture
Mardi 12 mai: pleniere, Registry Lock
Mercredi 13 mai: groupe de travail sur les politiques
Jeudi 14 mai: assemblee generale, cloture""")

s.page("sessions/registry-lock.html", "Registry Lock : retour d'expérience – FRAI 2026", """
<h1>Registry Lock : retour d'expérience</h1>
<p>Plénière du mardi 12 mai. Comment un registre de nom de domaine national a mis en place le
verrouillage des noms sensibles, et ce que cela change pour les bureaux d'enregistrement.</p>
""")

s.page("sessions/custom-rpki.html", "Custom RPKI Validators in Small Networks – FRAI 2026", """
<h1>Custom RPKI Validators in Small Networks</h1>
<p>Présentation en anglais, mercredi 13 mai. Retour d'expérience d'un petit opérateur qui a écrit
son propre validateur RPKI et l'a déployé sur trois routeurs de bordure.</p>
""")

s.page("politiques.html", "Propositions de politique – FRAI 2026", """
<h1>Propositions de politique en discussion</h1>
<ul>
<li>FRAI-2025-03 : allocation de blocs IPv4 récupérés aux nouveaux membres.</li>
<li>FRAI-2026-01 : exigences de contact pour les abus dans la base de données.</li>
</ul>
<p>Les textes complets sont publiés sur la liste de diffusion du groupe de travail.</p>
""")

s.page("hebergement.html", "Hébergement – FRAI 2026", """
<h1>Hébergement et transport</h1>
<table>
<tr><th>Hôtel</th><th>Tarif négocié</th></tr>
<tr><td>Hôtel Les Berges (lieu de la réunion)</td><td>310 DT la nuit, petit-déjeuner compris</td></tr>
<tr><td>Résidence Carthage</td><td>à partir de 180,000 TND</td></tr>
</table>
<p>Un taxi depuis l'aéroport Tunis-Carthage coûte environ 15 dinars. Le train TGM vers La Marsa coûte 1,200 DT.</p>
<p>Visa : les ressortissants de nombreux pays africains sont exemptés ; pour les autres, les frais de visa sont de 60 €.</p>
""")

s.page("sponsors.html", "Sponsors – FRAI 2026", """
<h1>Devenir sponsor</h1>
<ul>
<li>Sponsor Platine : 20 000 USD — logo sur la scène, stand et prise de parole.</li>
<li>Sponsor Or : 30 000 TND — logo et stand.</li>
<li>Pause-café : 8 000 TND.</li>
</ul>
""")
