"""A UN-style multistakeholder consultation in Geneva. French, an English mirror of two pages, and a
page with sections in Arabic, Spanish, Russian and Chinese. Account wall with a self-hosted image
CAPTCHA, passport number, date of birth and ID photo. CART (named), international sign language,
six-language interpretation. Programme only as PDF."""
from lib import Site, chrome, css, video, placeholder_media, vtt

NAV_FR = [("index.html", "Accueil"), ("inscription.html", "Inscription"), ("participer-a-distance.html", "Participer à distance"),
          ("soutien.html", "Soutien financier"), ("accessibilite.html", "Accessibilité"), ("langues.html", "Langues"),
          ("programme.html", "Programme"), ("informations-pratiques.html", "Informations pratiques"), ("emplois.html", "Emplois")]
NAV_EN = [("en/index.html", "Home"), ("en/registration.html", "Registration"), ("participer-a-distance.html", "Remote participation (FR)"),
          ("accessibilite.html", "Accessibility (FR)"), ("programme.html", "Programme (FR)")]
LANGS = {"fr": [("en/index.html", "English"), ("langues.html", "العربية · Español · Русский · 中文")],
         "en": [("index.html", "Français"), ("langues.html", "العربية · Español · Русский · 中文")]}
FOOT = {"fr": '<p>Secrétariat de la Consultation, Rue des Pâquis 52, 1201 Genève. '
              '<a href="mailto:secretariat@consultation-ia.example.ch">secretariat@consultation-ia.example.ch</a> · '
              '<a href="@connexion.html">Se connecter</a> · <a href="@consultation-2024.html">Consultation 2024</a></p>',
        "en": '<p>Consultation Secretariat, Rue des Pâquis 52, 1201 Geneva. '
              '<a href="mailto:secretariat@consultation-ia.example.ch">secretariat@consultation-ia.example.ch</a> · '
              '<a href="@connexion.html">Sign in</a></p>'}
H, F = chrome({"fr": "Consultation de Genève 2026", "en": "Geneva Consultation 2026"},
              {"fr": NAV_FR, "en": NAV_EN}, langs=LANGS, foot=FOOT,
              skip={"fr": "Aller au contenu principal", "en": "Skip to main content"},
              homes={"fr": "index.html", "en": "en/index.html"})
s = Site("consultation-geneve-ia", name="Consultation multipartite de Genève sur l'IA et les droits humains 2026",
         lang="fr", css=css("#2b4c9b"), logo_text="CG", colour="#2b4c9b", header=H, footer=F)

placeholder_media(s, "media/message-ouverture.mp4")
vtt(s, "media/message-ouverture.fr.vtt", "Mesdames et Messieurs, bienvenue à Genève.")
placeholder_media(s, "media/bilan-2025.mp4")
s.write("captcha/code.svg",
        '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50">'
        '<rect width="150" height="50" fill="#eee"/><path d="M0 30 Q40 5 80 30 T150 20" stroke="#999" fill="none"/>'
        '<text x="12" y="34" font-family="monospace" font-size="26" transform="rotate(-4 75 25)" fill="#333">K7fP2q</text></svg>\n')
ALT = [("fr", "index.html"), ("en", "en/index.html")]

s.page("index.html", "Consultation multipartite de Genève sur l'IA et les droits humains – 2026", f"""
<h1>Consultation multipartite sur l'intelligence artificielle et les droits humains</h1>
<p>Genève, Centre de conférences des Pâquis, 8–9 octobre 2026.</p>
<p>La Consultation réunit États, organisations internationales, entreprises, chercheurs et société
civile pour contribuer au rapport annuel sur l'IA et les droits humains. Les débats prennent la
forme de dialogues interactifs : chaque partie prenante peut intervenir, en salle ou à distance.</p>
<p>La participation est gratuite ; aucun frais d'inscription n'est demandé.</p>
<h2>Participer</h2>
<ul>
<li><a href="@inscription.html">Créer un compte et s'inscrire</a></li>
<li><a href="@participer-a-distance.html">Intervenir à distance</a></li>
<li><a href="@soutien.html">Soutien financier aux participants des pays les moins avancés</a></li>
<li><a href="@accessibilite.html">Accessibilité</a></li>
</ul>
<h2>Message d'ouverture</h2>
{video("media/message-ouverture.mp4", track="media/message-ouverture.fr.vtt", track_lang="fr", label="Français")}
<h2>La Consultation 2025 en images</h2>
{video("media/bilan-2025.mp4")}
<p>Les documents de la session précédente sont sur la page <a href="@consultation-2024.html">Consultation 2024</a>.</p>
""", alternates=ALT)

s.page("en/index.html", "Geneva Multistakeholder Consultation on AI and Human Rights – 2026", """
<h1>Multistakeholder Consultation on Artificial Intelligence and Human Rights</h1>
<p>Geneva, Pâquis Conference Centre, 8–9 October 2026.</p>
<p>The Consultation brings together States, international organisations, companies, researchers and
civil society to feed into the annual report on AI and human rights. It is organised as a series of
interactive dialogues in which every stakeholder can take the floor, in the room or remotely.</p>
<p>There is no registration fee and no charge to take part.</p>
<p>Participants must be at least 18 years old. Everyone, including remote participants, needs a
participant account: see <a href="@en/registration.html">Registration</a>.</p>
""", lang="en", alternates=ALT)

s.page("en/registration.html", "Registration – Geneva Consultation 2026", """
<h1>Registration</h1>
<p>To register, first create a participant account on the
<a href="@inscription.html">registration page</a> (the form is in French). You then sign in with
your e-mail address and password to confirm your participation and, for in-person participants,
to collect your grounds pass.</p>
<p>The grounds pass needs your passport or national ID card number, your date of birth and a recent
ID photo; the form asks for them.</p>
<p>Need help? Write to <a href="mailto:registration@consultation-ia.example.ch">registration@consultation-ia.example.ch</a>.</p>
""", lang="en", alternates=[("fr", "inscription.html"), ("en", "en/registration.html")])

s.page("inscription.html", "Inscription – Consultation de Genève 2026", """
<h1>Créer un compte participant</h1>
<p>L'inscription se fait en deux temps : vous créez votre compte participant, puis vous vous
<a href="@connexion.html">connectez</a> pour confirmer votre participation. Un compte est nécessaire
pour participer, en salle comme à distance. Les participants doivent être âgés d'au moins dix-huit ans.
Tous les champs sont obligatoires sauf mention contraire.</p>
<form action="@inscription.html" method="post" enctype="multipart/form-data">
<input type="hidden" name="session" value="cg2026">
<label for="prenom">Prénom</label><input type="text" id="prenom" name="prenom" required>
<label for="nom">Nom</label><input type="text" id="nom" name="nom" required>
<label for="email">Adresse électronique</label><input type="email" id="email" name="email" required>
<label for="mdp">Mot de passe (10 caractères au moins)</label><input type="password" id="mdp" name="mdp" required>
<label for="mdp2">Confirmer le mot de passe</label><input type="password" id="mdp2" name="mdp2" required>
<label for="org">Organisation ou institution</label><input type="text" id="org" name="org" required>
<label for="groupe">Groupe de parties prenantes</label>
<select id="groupe" name="groupe" required><option value="">—</option><option>État membre</option>
<option>Organisation internationale</option><option>Secteur privé</option><option>Milieu universitaire</option>
<option>Société civile</option></select>
<label for="pays">Pays de résidence</label>
<select id="pays" name="pays" required><option value="">—</option><option>Suisse</option><option>France</option>
<option>Sénégal</option><option>Bangladesh</option><option>Autre</option></select>
<label for="naissance">Date de naissance</label><input type="date" id="naissance" name="naissance" required>
<label for="piece">Numéro de passeport ou de carte d'identité</label><input type="text" id="piece" name="piece" required>
<label for="photo">Photo d'identité (JPEG, fond clair)</label><input type="file" id="photo" name="photo" accept="image/jpeg" required>
<label for="tel">Téléphone (facultatif)</label><input type="tel" id="tel" name="tel">
<div class="captcha"><img src="@captcha/code.svg" alt="Code de vérification" width="150" height="50">
<label for="code">Recopiez les caractères de l'image</label><input type="text" id="code" name="code" aria-required="true" autocomplete="off"></div>
<div class="check"><input type="checkbox" id="accord" name="accord" required><label for="accord">J'accepte le traitement de mes données par le Secrétariat</label></div>
<button type="submit">Créer mon compte</button>
</form>
""", alternates=[("fr", "inscription.html"), ("en", "en/registration.html")])

s.page("connexion.html", "Se connecter – Consultation de Genève 2026", """
<h1>Se connecter</h1>
<form action="@connexion.html" method="post">
<label for="le">Adresse électronique</label><input type="email" id="le" name="le" required>
<label for="lp">Mot de passe</label><input type="password" id="lp" name="lp" required>
<button type="submit">Connexion</button>
</form>
<p>Pas encore de compte ? <a href="@inscription.html">Créer un compte</a>.</p>
""")

s.page("participer-a-distance.html", "Participer à distance – Consultation de Genève 2026", """
<h1>Participer à distance</h1>
<p>Les personnes inscrites à distance reçoivent un lien vers la salle de réunion en ligne. Pendant les
dialogues interactifs, elles peuvent demander la parole et intervenir en direct, avec la même durée de
parole que les délégations présentes dans la salle (trois minutes).</p>
<p>Vous pouvez aussi déposer une contribution écrite, qui sera publiée sur le site de la Consultation.</p>
<p>L'interprétation simultanée est disponible dans la salle en ligne.</p>
""")

s.page("soutien.html", "Soutien financier – Consultation de Genève 2026", """
<h1>Soutien financier</h1>
<p>Grâce à des contributions volontaires, le Secrétariat prend en charge la participation d'un nombre
limité de représentants de la société civile et du milieu universitaire des pays les moins avancés et
des petits États insulaires en développement.</p>
<ul>
<li>un billet d'avion aller-retour en classe économique ;</li>
<li>une indemnité journalière de subsistance (DSA) de 437 CHF pour la durée de la Consultation.</li>
</ul>
<p>Date limite des demandes : 30 juin 2026, par courriel à soutien@consultation-ia.example.ch.</p>
""")

s.page("accessibilite.html", "Accessibilité – Consultation de Genève 2026", """
<h1>Accessibilité</h1>
<p>Le Secrétariat veut que chacun puisse participer pleinement. Pour toute demande d'aménagement,
écrivez à <a href="mailto:accessibilite@consultation-ia.example.ch">accessibilite@consultation-ia.example.ch</a>
au moins trois semaines avant la Consultation.</p>
<ul>
<li>Le Centre de conférences des Pâquis est accessible en fauteuil roulant : entrée de plain-pied,
ascenseurs et places réservées dans la salle plénière.</li>
<li>Une interprétation en langue des signes internationale est assurée pour toutes les séances plénières.</li>
<li>Un service de transcription CART est assuré en anglais et en français ; le texte s'affiche sur un
écran à gauche de la tribune et dans la salle en ligne.</li>
<li>L'interprétation simultanée est assurée dans les six langues officielles de l'ONU.</li>
</ul>
""")

s.page("langues.html", "Langues – Consultation de Genève 2026", """
<h1>Informations dans d'autres langues</h1>
<p>Les dialogues sont interprétés dans les six langues officielles de l'ONU. Voici l'essentiel dans
les langues qui n'ont pas de page propre.</p>
<section lang="ar" dir="rtl">
<h2>العربية</h2>
<p>تُعقد المشاورة في جنيف يومي 8 و9 أكتوبر 2026، وتجمع الدول والمنظمات الدولية والشركات والباحثين
والمجتمع المدني. المشاركة مجانية، ويمكن التدخل في الحوارات التفاعلية حضورياً أو عن بعد. للتسجيل
يجب إنشاء حساب مشارك، وتتوفر الترجمة الفورية إلى اللغة العربية في جميع الجلسات.</p>
</section>
<section lang="es">
<h2>Español</h2>
<p>La Consulta se celebra en Ginebra los días 8 y 9 de octubre de 2026 y reúne a Estados,
organizaciones internacionales, empresas, personas investigadoras y sociedad civil. La participación
es gratuita y se puede intervenir en los diálogos interactivos en la sala o a distancia. Para
inscribirse hay que crear una cuenta de participante; habrá interpretación al español en todas las sesiones.</p>
</section>
<section lang="ru">
<h2>Русский</h2>
<p>Консультация пройдёт в Женеве 8–9 октября 2026 года. В ней участвуют государства, международные
организации, компании, исследователи и гражданское общество. Участие бесплатное; выступить в
интерактивных диалогах можно как в зале, так и дистанционно. Для регистрации необходимо создать
учётную запись участника; на всех заседаниях обеспечивается синхронный перевод на русский язык.</p>
</section>
<section lang="zh">
<h2>中文</h2>
<p>本次磋商会议将于2026年10月8日至9日在日内瓦举行，汇集各国政府、国际组织、企业、研究人员和民间社会。
参会免费，既可现场发言，也可远程参与互动对话。报名须先创建参会者账户；所有会议均提供中文同声传译。</p>
</section>
""")

s.page("programme.html", "Programme – Consultation de Genève 2026", """
<h1>Programme</h1>
<p>Le programme provisoire, avec les horaires des dialogues interactifs et la liste des intervenants,
est publié au format PDF.</p>
<p><a href="@docs/programme-provisoire-cg2026.pdf">Programme provisoire (PDF, 210 Ko)</a></p>
<p>La version définitive sera publiée une semaine avant la Consultation.</p>
""")
s.pdf("docs/programme-provisoire-cg2026.pdf", """Consultation de Geneve 2026 - Programme provisoire
8 octobre: ouverture; dialogue interactif 1 - surveillance biometrique
9 octobre: dialogue interactif 2 - IA et travail; cloture""")

s.page("informations-pratiques.html", "Informations pratiques – Consultation de Genève 2026", """
<h1>Informations pratiques</h1>
<h2>Hôtels</h2>
<ul>
<li>Hôtel du Léman, à 6 minutes à pied : 260 CHF la nuit.</li>
<li>Auberge de jeunesse de Genève : lit en dortoir à partir de 55 CHF.</li>
</ul>
<p>Les hôtels genevois remettent à leurs clients une carte de transports publics gratuite. Un taxi
depuis l'aéroport coûte environ 45 CHF.</p>
<h2>Visas</h2>
<p>Les participants qui ont besoin d'un visa Schengen doivent le demander au moins six semaines à
l'avance ; les frais de visa sont de 90 EUR. Le Secrétariat envoie une lettre d'invitation sur demande.</p>
""")

s.page("emplois.html", "Emplois – Consultation de Genève 2026", """
<h1>Offres d'emploi du Secrétariat</h1>
<h2>Administrateur/trice de programme adjoint(e), P-2</h2>
<p>Contrat de deux ans à Genève. Traitement annuel net à partir de 74 000 USD, plus indemnité de poste.</p>
<h2>Stage — communication</h2>
<p>Six mois, indemnité mensuelle de 1 200 CHF.</p>
""")
