from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
NAV = [("index.html", "Accueil"), ("frais.html", "Frais de participation"), ("inscription.html", "Inscription"),
       ("programme.html", "Programme"), ("accessibilite.html", "Accessibilité"), ("partenaires.html", "Partenaires"),
       ("hebergement.html", "Hébergement"), ("offres-emploi.html", "Offres d'emploi")]
s = mk("rencontres-radios-communautaires-gitega", "Rencontres nationales des radios communautaires — Gitega 2027", "fr-BI", "#1d5c8f", "RC", NAV,
       foot={"fr-BI": "<p>Réseau des radios de proximité du Burundi — rencontres@radiosproximite.example.bi</p>"})
placeholder_media(s, "media/antenne.mp4")
s.pdf("docs/programme-rencontres-2027.pdf", "Rencontres nationales des radios communautaires - Gitega 2027 - programme detaille")
s.page("index.html", "Rencontres nationales des radios communautaires", """
<h1>Rencontres nationales des radios communautaires</h1>
<p>Les 18 et 19 novembre 2027, animatrices, journalistes et techniciens des radios de proximité se retrouvent à Gitega pour échanger sur l'information locale, la sécurité des journalistes et le financement des stations.</p>
<p>Voir les <a href="@frais.html">frais</a>, l'<a href="@inscription.html">inscription</a> et le <a href="@programme.html">programme</a>. Archives : <a href="@editions-precedentes.html">éditions précédentes</a>.</p>
""" + video("media/antenne.mp4") + """
<section lang="rn">
<h2>Mu Kirundi</h2>
<p>Inama y'amaradiyo y'abanyagihugu izoba i Gitega ku matariki 18 na 19 z'ukwa cumi na kumwe. Abakora kuri radiyo zo mu ntara bazoganira ku makuru y'aho baba, ku mutekano w'abanyamakuru no ku buryo radiyo zironka amafaranga.</p>
</section>
""")
s.page("frais.html", "Frais de participation", """
<h1>Frais de participation</h1>
<ul>
<li>Stations membres du réseau : 60 000 FBu par participant</li>
<li>Stations non membres et organisations partenaires : 90 000 FBu</li>
<li>Atelier pratique de montage audio (facultatif) : 25 000 francs burundais</li>
</ul>
<p>Les frais de transport des animatrices des radios rurales sont remboursés sur présentation des tickets de bus.</p>
""")
s.page("inscription.html", "Inscription", """
<h1>Formulaire d'inscription</h1>
<form action="@inscription.html" method="post">
""" + fld("nom", "Nom et prénom (obligatoire)", req=True) + fld("radio", "Radio ou organisation (obligatoire)", req=True)
  + fld("tel", "Téléphone (obligatoire)", "tel", req=True) + fld("mail", "Courriel", "email")
  + fld("prov", "Province (obligatoire)", "select", req=True, opts=["Gitega", "Bujumbura", "Ngozi", "Muyinga", "Rumonge", "Autre"])
  + radios("fonction", "Fonction (obligatoire)", ["Animatrice / animateur", "Journaliste", "Technicien·ne", "Direction"], req=True)
  + fld("atelier", "Je m'inscris à l'atelier de montage audio", "checkbox")
  + fld("besoins", "Besoins particuliers", "textarea") + """
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">Envoyer</button>
</form>
""")
s.page("programme.html", "Programme", """
<h1>Programme</h1>
<p>Le programme détaillé n'est disponible qu'en PDF : <a href="@docs/programme-rencontres-2027.pdf">programme des Rencontres (PDF)</a>.</p>
<p>Le débat de clôture est diffusé en direct par les radios membres : les auditrices et auditeurs peuvent appeler le studio pour prendre la parole à l'antenne pendant le débat.</p>
""")
s.page("accessibilite.html", "Accessibilité", """
<h1>Accessibilité</h1>
<p>La salle plénière est au rez-de-chaussée, accessible en fauteuil roulant par une rampe.</p>
<p>Les plénières sont interprétées en langue des signes burundaise.</p>
<p>Contact pour les besoins d'accès : acces@radiosproximite.example.bi</p>
""")
s.page("partenaires.html", "Partenaires", """
<h1>Partenaires</h1>
<p>Stand d'exposition pour fournisseurs de matériel : 400 000 FBu.</p>
""")
s.page("hebergement.html", "Hébergement", """
<h1>Hébergement</h1>
<p>Maison d'accueil diocésaine : 35 000 FBu la nuit. Bus Bujumbura–Gitega : 8 000 FBu.</p>
""")
s.page("offres-emploi.html", "Offres d'emploi", """
<h1>Offres d'emploi</h1>
<p>Radio de Muyinga recrute une rédactrice en chef, salaire 900 000 FBu par mois.</p>
""")
ENTRY = entry(s, name="National Community Radio Meetings 2027 (community radio network, Gitega)",
    languages=["fr", "rn"], fees=[(60000, "BIF"), (90000, "BIF"), (25000, "BIF")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(8, 5, ["affiliation", "phone"]),
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "frais.html", "inscription.html", "programme.html", "accessibilite.html"],
    deliberate_404=["editions-precedentes.html"],
    evidence={
        "languages": [Q("index.html", "animatrices, journalistes et techniciens des radios de proximité se retrouvent à Gitega"),
                      M("index.html", '<section lang="rn">', "Kirundi section with lang"),
                      Q("index.html", "Inama y'amaradiyo y'abanyagihugu izoba i Gitega")],
        "un_languages": [N("fr")],
        "fees": [Q("frais.html", "Stations membres du réseau : 60 000 FBu par participant", "member-station rate: 60000 BIF"),
                 Q("frais.html", "Stations non membres et organisations partenaires : 90 000 FBu", "90000 BIF"),
                 Q("frais.html", "Atelier pratique de montage audio (facultatif) : 25 000 francs burundais", "add-on workshop: 25000 BIF"),
                 Q("partenaires.html", "Stand d'exposition pour fournisseurs de matériel : 400 000 FBu.", "stand: not a fee"),
                 Q("hebergement.html", "Maison d'accueil diocésaine : 35 000 FBu la nuit.", "lodging and bus: not fees"),
                 Q("offres-emploi.html", "salaire 900 000 FBu par mois", "salary: not a fee")],
        "free_option": [N("fees stated, nothing said about a free way")],
        "fee_support": [Q("frais.html", "Les frais de transport des animatrices des radios rurales sont remboursés", "transport refund; the member rate is not support")],
        "remote_participation": [Q("programme.html", "les auditrices et auditeurs peuvent appeler le studio pour prendre la parole à l'antenne pendant le débat.")],
        "captcha": [M("inscription.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("8 fields (name, station, phone, e-mail, province select, role radio, workshop checkbox, needs textarea); 5 marked (obligatoire) and required; sensitive affiliation (radio), phone", "inscription.html"),
                              Q("inscription.html", "Radio ou organisation (obligatoire)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("accessibilite.html", "La salle plénière est au rez-de-chaussée, accessible en fauteuil roulant par une rampe."),
                                    Q("accessibilite.html", "Contact pour les besoins d'accès : acces@radiosproximite.example.bi")],
        "access_services": [Q("accessibilite.html", "accessible en fauteuil roulant par une rampe", "wheelchair_access"),
                            Q("accessibilite.html", "Les plénières sont interprétées en langue des signes burundaise.", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/antenne.mp4">', "no track")],
        "pdf_only_documents": [Q("programme.html", "Le programme détaillé n'est disponible qu'en PDF"), M("programme.html", 'href="docs/programme-rencontres-2027.pdf"')],
    })
