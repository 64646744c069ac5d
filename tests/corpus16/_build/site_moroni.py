"""Moroni (Comoros) diaspora summer school; fr-KM, ar section, Shikomori section (lang="zdj", not listable)."""
from lib import mk, video, placeholder_media, Q, M, N, entry

NAV = [("index.html", "Accueil"), ("frais.html", "Frais"), ("inscription.html", "Inscription"), ("en-ligne.html", "Participer en ligne"),
       ("accessibilite.html", "Accessibilité"), ("voyage.html", "Voyage et séjour"), ("partenaires.html", "Partenaires"),
       ("actualites.html", "Actualités")]
s = mk("universite-ete-diaspora-comorienne-moroni", "Université d'été de la diaspora comorienne", "fr-KM", "#2f7d32", "UÉ",
       NAV, foot={"fr-KM": '<p>Association Maore-Ngazidja Savoirs (exemple) — Moroni — <a href="mailto:ue@savoirs-km.example.org">ue@savoirs-km.example.org</a></p>'})
placeholder_media(s, "media/ue2026.mp4")
s.pdf("docs/programme-ue-2027.pdf", "Universite d'ete de la diaspora comorienne 2027\nProgramme\nLundi: entrepreneuriat et transferts\nMardi: sante communautaire\nMercredi: langues et ecole")

s.page("index.html", "Université d'été de la diaspora comorienne 2027", f"""
<h1>Université d'été de la diaspora comorienne — 3e session</h1>
<p>Du 19 au 24 juillet 2027 sur le campus de Mvouni, à Moroni : cinq jours d'ateliers entre jeunes de la diaspora et étudiants des îles.</p>
<p>L'université d'été est ouverte aux personnes de dix-huit ans révolus.</p>
<p>Le programme détaillé est publié uniquement en PDF : <a href="@docs/programme-ue-2027.pdf">programme-ue-2027.pdf</a>.</p>
<section lang="ar">
<h2>بالعربية</h2>
<p>تُعقد الجامعة الصيفية لأبناء الجالية القمرية في موروني من ١٩ إلى ٢٤ يوليو ٢٠٢٧، وتجمع شباب الجالية وطلاب الجزر في ورش عمل لمدة خمسة أيام.</p>
<p>يتم التسجيل والدفع عبر منصة إلكترونية، ويمكن المشاركة في الورش عن بُعد.</p>
</section>
<section lang="zdj">
<p>Karibu! Université d'été ya wanadiaspora ya Komori i tsodzibeha Mvouni, mwezi wa Julai 2027.</p>
</section>
{video("media/ue2026.mp4")}
<p><a href="@frais.html">Frais</a> · <a href="@inscription.html">Inscription</a> · <a href="@en-ligne.html">Participer en ligne</a> · <a href="@accessibilite.html">Accessibilité</a></p>
""")

s.page("frais.html", "Frais de participation", """
<h1>Frais de participation</h1>
<table>
<thead><tr><th>Catégorie</th><th>Frais</th></tr></thead>
<tbody>
<tr><th>Participation sur place</th><td>25 000 FC</td></tr>
<tr><th>Étudiants de l'Université des Comores</th><td>10 000 FC</td></tr>
<tr><th>Membres de la diaspora venant de l'étranger</th><td>60 €</td></tr>
<tr><th>Participation en ligne (ateliers par Zoom)</th><td>15 €</td></tr>
</tbody>
</table>
<p>Les montants en FC sont en francs comoriens (KMF).</p>
<p>Il n'y a pas de gratuité : intervenants compris, chaque participant règle ses frais.</p>
""")

s.page("inscription.html", "Inscription", """
<h1>Inscription</h1>
<p>L'inscription et le paiement se font sur HelloAsso, sans créer de compte : <a href="https://www.helloasso.com/associations/maore-ngazidja-savoirs/evenements/universite-d-ete-2027">s'inscrire sur HelloAsso</a>.</p>
<p>Les étudiants joignent leur carte d'étudiant au moment du paiement.</p>
""")

s.page("en-ligne.html", "Participer en ligne", """
<h1>Participer en ligne</h1>
<p>Les ateliers sont ouverts en ligne par Zoom : les participants à distance prennent la parole dans les discussions et présentent leurs travaux de groupe.</p>
""")

s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>Les ateliers ont lieu au rez-de-chaussée du campus de Mvouni, accessible en fauteuil roulant.</p>
<p>Il n'y a pas de sous-titrage en direct des séances en ligne.</p>
<p>Pour tout besoin particulier : M. Said Ahmed Mmadi, <a href="mailto:acces@savoirs-km.example.org">acces@savoirs-km.example.org</a>.</p>
""")

s.page("voyage.html", "Voyage et séjour", """
<h1>Voyage et séjour</h1>
<p>Vol Paris–Moroni : à partir de 650 €. Chambre d'hôtel à Moroni : 25 000 KMF la nuit. Taxi-brousse entre Moroni et Mvouni : 500 FC.</p>
""")

s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Pack partenaire « Océan » : 1 000 000 FC, avec stand et logo sur les supports.</p>
""")

s.page("actualites.html", "Actualités", """
<h1>Actualités</h1>
<p>La deuxième session a réuni cent vingt participants venus de Marseille, Paris, Mayotte et des trois îles.</p>
""")

ENTRY = entry(
    s, name="3rd Comorian diaspora summer school (association, Moroni, Comoros)",
    languages=["fr", "ar"],
    fees=[(25000, "KMF"), (10000, "KMF"), (60, "EUR"), (15, "EUR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=[], account_required=False,
    registration_form=None, registration_host="www.helloasso.com", min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "frais.html", "inscription.html", "en-ligne.html", "accessibilite.html"],
    evidence={
        "languages": [Q("index.html", "cinq jours d'ateliers entre jeunes de la diaspora et étudiants des îles"),
                      Q("index.html", "وتجمع شباب الجالية وطلاب الجزر في ورش عمل لمدة خمسة أيام", "Arabic section with lang=ar (two paragraphs)"),
                      Q("index.html", "Karibu! Université d'été ya wanadiaspora ya Komori", "Shikomori (lang=zdj): no ISO 639-1 code, not listed")],
        "un_languages": [N("fr, ar")],
        "fees": [M("frais.html", "<tr><th>Participation sur place</th><td>25 000 FC</td></tr>", "\"FC\" on a Comorian site: 25000 KMF"),
                 M("frais.html", "<td>10 000 FC</td>", "10000 KMF"),
                 M("frais.html", "<td>60 €</td>", "60 EUR"),
                 M("frais.html", "<tr><th>Participation en ligne (ateliers par Zoom)</th><td>15 €</td></tr>", "online participation fee: 15 EUR"),
                 Q("voyage.html", "Vol Paris–Moroni : à partir de 650 €.", "flight, hotel, taxi-brousse: not fees"),
                 Q("partenaires.html", "Pack partenaire « Océan » : 1 000 000 FC", "partner package: not a fee")],
        "free_option": [Q("frais.html", "Il n'y a pas de gratuité : intervenants compris, chaque participant règle ses frais.")],
        "fee_support": [M("frais.html", "<tr><th>Étudiants de l'Université des Comores</th><td>10 000 FC</td></tr>", "student rate")],
        "remote_participation": [Q("en-ligne.html", "les participants à distance prennent la parole dans les discussions et présentent leurs travaux de groupe")],
        "captcha": [N("no CAPTCHA, no own form")],
        "account_required": [Q("inscription.html", "L'inscription et le paiement se font sur HelloAsso, sans créer de compte", "no account")],
        "registration_form": [N("no own form: registration on HelloAsso")],
        "registration_host": [M("inscription.html", 'href="https://www.helloasso.com/associations/maore-ngazidja-savoirs/')],
        "registration_pdf_only": [N("online registration on HelloAsso")],
        "min_age": [Q("index.html", "L'université d'été est ouverte aux personnes de dix-huit ans révolus.", "18 in words")],
        "accessibility_statement": [Q("accessibilite.html", "Pour tout besoin particulier : M. Said Ahmed Mmadi")],
        "access_services": [Q("accessibilite.html", "Les ateliers ont lieu au rez-de-chaussée du campus de Mvouni, accessible en fauteuil roulant."),
                            Q("accessibilite.html", "Il n'y a pas de sous-titrage en direct des séances en ligne.", "no captions (negation)")],
        "videos_without_captions": [M("index.html", 'src="media/ue2026.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "Le programme détaillé est publié uniquement en PDF")],
    })
