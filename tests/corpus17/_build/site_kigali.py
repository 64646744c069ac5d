from lib import *
SLUG = "rencontres-documentaire-kigali"
NAV = [("index.html", "Accueil"), ("accreditation.html", "Accréditation"), ("pitch.html", "Atelier pitch"), ("inscription.html", "Inscription"),
       ("accessibilite.html", "Accessibilité"), ("partenaires.html", "Partenaires"), ("sejour.html", "Séjour"), ("en/index.html", "English")]
s = mk(SLUG, "Rencontres du documentaire de Kigali", "fr-RW", "#00796b", "RDK", NAV,
       foot={"fr-RW": "<p>Collectif des documentaristes du Rwanda · Kigali · rdk@doc.example.rw</p>"})
placeholder_media(s, "media/bande-annonce.mp4"); placeholder_media(s, "media/pitch.mp4"); vtt(s, "media/pitch-fr.vtt", "Bienvenue")
s.page("index.html", "Rencontres du documentaire de Kigali", f"""
<h1>Rencontres du documentaire de Kigali 2027</h1>
<p>Cinq jours de projections, de rencontres professionnelles et d'ateliers pour les réalisatrices et réalisateurs de la région des Grands Lacs, du 8 au 12 juin 2027.</p>
<p>Les projections publiques sont gratuites, dans la limite des places disponibles.</p>
<p><a href="@accreditation.html">Accréditation</a> · <a href="@pitch.html">Atelier pitch</a> · <a href="@inscription.html">Inscription</a> · <a href="@accessibilite.html">Accessibilité</a> · <a href="@en/index.html">English</a></p>
{video("media/bande-annonce.mp4")}
<section lang="rw">
<h2>Amakuru mu Kinyarwanda</h2>
<p>Iri serukiramuco rihuza abakora filime mbarankuru bo mu karere k'Ibiyaga Bigari. Kwerekana filime ku mugaragaro ni ubuntu, kandi abanyeshuri bishyura amafaranga make.</p>
</section>
""")
s.page("accreditation.html", "Accréditation", """
<h1>Accréditation professionnelle</h1>
<table><tr><th>Catégorie</th><th>Tarif</th></tr>
<tr><td>Professionnels</td><td>25 000 FRw</td></tr>
<tr><td>Étudiants en cinéma</td><td>10 000 FRw</td></tr></table>
<p>Dix bourses de déplacement sont réservées aux réalisateurs des provinces.</p>
<p>L'accréditation est ouverte aux personnes âgées d'au moins dix-huit ans.</p>
""")
s.page("pitch.html", "Atelier pitch", f"""
<h1>Atelier de pitch</h1>
<p>L'atelier de pitch coûte 15 000 francs rwandais par projet.</p>
<p>Les équipes qui ne peuvent pas venir à Kigali présentent leur pitch en ligne par Zoom et répondent en direct aux questions du jury.</p>
{video("media/pitch.mp4", track="media/pitch-fr.vtt", track_lang="fr", label="Français")}
""")
s.page("inscription.html", "Inscription", f"""
<h1>Inscription (accréditation et pitch)</h1>
<p>Les champs suivis de (obligatoire) doivent être remplis.</p>
<form action="@inscription.html" method="post">
{fld("nom", "Nom et prénom (obligatoire)")}
{fld("email", "Courriel (obligatoire)", "email")}
{fld("tel", "Téléphone (obligatoire)", "tel")}
{fld("nid", "Numéro de carte d'identité nationale (obligatoire)")}
{fld("societe", "Société de production")}
{fld("cat", "Catégorie (obligatoire)", "select", opts=["Professionnel", "Étudiant", "Pitch"])}
{fld("titre", "Titre du projet (obligatoire)")}
{fld("resume", "Résumé du projet", "textarea")}
{fld("dossier", "Dossier du projet", "file")}
{fld("ok", "J'accepte le règlement (obligatoire)", "checkbox")}
<div class="cf-turnstile" data-sitekey="rdk-example"></div>
<button type="submit">Envoyer</button>
</form>
""")
s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle principale est accessible en fauteuil roulant, avec une rampe à l'entrée.</p>
<p>Interprétation en langue des signes rwandaise lors de la cérémonie d'ouverture.</p>
<p>Une garderie supervisée accueille les enfants des participantes pendant les ateliers.</p>
<p>Table ronde : « Cinéma et handicap : filmer autrement ».</p>
""")
s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1><p>Stand au marché du film : 300 000 FRw. Grand prix du documentaire : 2 000 000 FRw.</p>
""")
s.page("sejour.html", "Séjour", """
<h1>Séjour</h1><p>Hôtels partenaires à partir de 45 000 FRw la nuit ; moto-taxi en ville environ 1 000 FRw.</p>
""")
s.page("en/index.html", "Kigali Documentary Meetings", """
<h1>Kigali Documentary Meetings 2027</h1>
<p>Five days of screenings, industry meetings and workshops for documentary filmmakers from the Great Lakes region.</p>
<p>Public screenings are free. Professional accreditation costs 25,000 RWF, 10,000 RWF for film students; the pitch workshop costs 15,000 RWF. Teams can pitch online over Zoom and answer the jury's questions live.</p>
""", lang="fr")
ENTRY = entry(s, name="Kigali Documentary Meetings 2027 (documentary filmmakers' collective, Kigali, Rwanda)",
    languages=["fr", "rw", "en"], fees=[(25000, "RWF"), (10000, "RWF"), (15000, "RWF")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(10, 7, ["phone", "id_document", "affiliation"]), registration_host=None, min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"], videos_without_captions=1,
    participation_pages=["index.html", "accreditation.html", "pitch.html", "inscription.html", "accessibilite.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "Cinq jours de projections, de rencontres professionnelles et d'ateliers"),
                      Q("index.html", "Iri serukiramuco rihuza abakora filime mbarankuru bo mu karere k'Ibiyaga Bigari.", "Kinyarwanda section with lang=rw"),
                      M("en/index.html", '<html lang="fr">', "whole English page declared lang=fr: English")],
        "un_languages": [N("en, fr")],
        "fees": [M("accreditation.html", "<td>25 000 FRw</td>"), M("accreditation.html", "<td>10 000 FRw</td>"),
                 Q("pitch.html", "L'atelier de pitch coûte 15 000 francs rwandais par projet."),
                 Q("en/index.html", "Professional accreditation costs 25,000 RWF", "English restatement, no new entries"),
                 Q("partenaires.html", "Stand au marché du film : 300 000 FRw.", "stand, prize, hotel, moto-taxi: not fees")],
        "free_option": [Q("index.html", "Les projections publiques sont gratuites, dans la limite des places disponibles.")],
        "fee_support": [Q("accreditation.html", "Dix bourses de déplacement sont réservées aux réalisateurs des provinces."), M("accreditation.html", "<td>10 000 FRw</td>", "student rate")],
        "remote_participation": [Q("pitch.html", "présentent leur pitch en ligne par Zoom et répondent en direct aux questions du jury")],
        "captcha": [M("inscription.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("inscription.html: 10 fields: name, e-mail, phone, national ID number, production company, category select, project title, summary textarea, file, rules checkbox. Required (obligatoire): name, e-mail, phone, ID, category, title, rules = 7. Sensitive: phone, id_document, affiliation (production company).", "inscription.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("accreditation.html", "ouverte aux personnes âgées d'au moins dix-huit ans", "18 in words")],
        "accessibility_statement": [Q("accessibilite.html", "La salle principale est accessible en fauteuil roulant, avec une rampe à l'entrée."),
                                    Q("accessibilite.html", "Table ronde : « Cinéma et handicap : filmer autrement ».", "panel title, not a statement")],
        "access_services": [Q("accessibilite.html", "accessible en fauteuil roulant"), Q("accessibilite.html", "Interprétation en langue des signes rwandaise"),
                            Q("accessibilite.html", "Une garderie supervisée accueille les enfants des participantes")],
        "videos_without_captions": [M("index.html", 'src="media/bande-annonce.mp4">', "no track"), M("pitch.html", '<track kind="captions"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
