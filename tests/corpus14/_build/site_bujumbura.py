"""Bujumbura: a federation's national stakeholder assembly (états généraux) on community health (fr-BI; a Kirundi section)."""
from lib import mk, Q, M, N, entry

NAV = [("index.html", "Accueil"), ("programme.html", "Programme"), ("participation.html", "Qui participe ?"),
       ("inscription.html", "Inscription"), ("faq.html", "Questions"), ("accessibilite.html", "Accessibilité"),
       ("logistique.html", "Logistique"), ("partenaires.html", "Partenaires")]
FOOT = ('<p>Fédération nationale des agents de santé communautaire (FENASCO), avenue de l\'Amitié 12, Rohero, '
        'Bujumbura, Burundi — <a href="mailto:egsc@fenasco.example.bi">egsc@fenasco.example.bi</a></p>')
s = mk("etats-generaux-sante-communautaire-bujumbura", "États généraux de la santé communautaire 2027", "fr-BI",
       "#b23a1e", "EG", NAV, foot={"fr-BI": FOOT})
s.pdf("docs/fiche-inscription-egsc-2027.pdf",
      "Etats generaux de la sante communautaire 2027 - Fiche d'inscription\n"
      "Nom et prenom: ..........  Colline / commune: ..........\nProvince: ..........  Telephone: ..........\n"
      "Signature du titulaire du centre de sante: ..........\nA deposer au bureau provincial de la FENASCO avant le 30 avril 2027")

s.page("index.html", "États généraux de la santé communautaire 2027 — Bujumbura", """
<h1>États généraux de la santé communautaire</h1>
<p><strong>8–10 juin 2027, Centre de conférences de Rohero, Bujumbura</strong></p>
<p>Ils sont plus de dix mille sur les collines du pays : agents de santé communautaire, relais de nutrition,
accoucheuses formées. Ils dépistent le paludisme, suivent les enfants malnutris et orientent les femmes enceintes
vers les centres de santé, souvent sans rémunération régulière. Pour la première fois, la Fédération réunit leurs
délégués, les médecins-chefs de district et le ministère pour trois jours de débats et un cahier de propositions
sur leur statut, leur formation et leur motivation.</p>
<ul>
  <li><a href="participation.html">Qui participe et dans quelles conditions</a></li>
  <li><a href="inscription.html">Comment s'inscrire</a></li>
  <li><a href="accessibilite.html">Accessibilité et langues</a></li>
  <li><a href="faq.html">Vos questions</a></li>
</ul>
<section lang="rn">
  <h2>Mu Kirundi</h2>
  <p>Ishirahamwe ry'abakozi b'amagara mu kibano rirabatumiye mu nama nkuru izoba kuva ku wa 8 gushika ku wa 10
  Ruheshi 2027 i Bujumbura. Kwitaba iyo nama ni ubuntu. Abaserukira intara bazorihirwa urugendo n'icumbi.
  Kwiyandikisha bikorwa ku rupapuro rwo kwuzuza no gushikiriza ku biro vy'intara vy'ishirahamwe.</p>
</section>
""")

s.page("programme.html", "Programme — États généraux 2027", """
<h1>Programme</h1>
<h2>Mardi 8 juin</h2>
<p>Ouverture ; état des lieux : ce que coûte une consultation au centre de santé (2 000 FBu) et ce que gagne un
agent de santé communautaire.</p>
<h2>Mercredi 9 juin</h2>
<p>Travaux en commissions : statut, formation, motivation, données de santé.</p>
<h2>Jeudi 10 juin</h2>
<p>Adoption du cahier de propositions en plénière ; clôture.</p>
""")

s.page("participation.html", "Qui participe ? — États généraux 2027", """
<h1>Qui participe ?</h1>
<p>Chaque province est représentée par six délégués élus par les agents de santé communautaire, dont au moins
trois femmes. Les médecins-chefs de district, les partenaires et les journalistes sont invités comme observateurs.</p>
<p>La participation aux États généraux est gratuite.</p>
<p>Le transport et l'hébergement des délégués provinciaux sont pris en charge par la Fédération ; ils reçoivent en
outre une indemnité journalière de 30 000 FBu.</p>
<p>Les travaux ont lieu uniquement en présentiel : il n'y aura ni retransmission en ligne ni participation à
distance.</p>
""")

s.page("inscription.html", "Inscription — États généraux 2027", """
<h1>Inscription</h1>
<p>Il n'y a pas d'inscription en ligne. Téléchargez la fiche d'inscription, remplissez-la, faites-la signer par le
titulaire de votre centre de santé et déposez-la au bureau provincial de la Fédération avant le 30 avril 2027.</p>
<p><a href="docs/fiche-inscription-egsc-2027.pdf">Fiche d'inscription (PDF, 1 page)</a></p>
<p>Les bureaux provinciaux transmettent les fiches à Bujumbura ; la liste des délégués retenus est affichée dans
chaque bureau à la mi-mai.</p>
""")

s.page("faq.html", "Questions — États généraux 2027", """
<h1>Questions fréquentes</h1>
<details><summary>Je ne suis pas délégué. Puis-je assister ?</summary>
<p>Oui, comme observateur, dans la limite des places. Remplissez la même fiche d'inscription.</p></details>
<details><summary>Peut-on suivre les débats à distance ?</summary>
<p>Non, pas cette année.</p></details>
<h2>Poser une question</h2>
<form action="faq.html" method="post">
  <label for="q-nom">Nom</label>
  <input type="text" id="q-nom" name="q-nom">
  <label for="q-mail">Courriel ou téléphone</label>
  <input type="text" id="q-mail" name="q-mail">
  <label for="q-texte">Votre question</label>
  <textarea id="q-texte" name="q-texte" rows="4"></textarea>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAAfenasco-demo"></div>
  <button type="submit">Envoyer la question</button>
</form>
""")

s.page("accessibilite.html", "Accessibilité et langues — États généraux 2027", """
<h1>Accessibilité et langues</h1>
<ul>
  <li>La salle plénière et les salles de commission sont de plain-pied et accessibles en fauteuil roulant.</li>
  <li>Les plénières sont interprétées en langue des signes burundaise.</li>
  <li>Interprétation simultanée en kirundi et en swahili pour toutes les plénières.</li>
</ul>
<p>Besoin d'un accompagnateur ou d'un autre aménagement ? Signalez-le sur la fiche d'inscription ou appelez la
Fédération au +257 22 00 11 22.</p>
""")

s.page("logistique.html", "Logistique — États généraux 2027", """
<h1>Logistique</h1>
<p>Hôtels proches du centre : Hôtel du Lac Tanganyika, 85 000 FBu la nuit ; maison d'accueil des sœurs, 35 000 FBu.</p>
<p>Bus interprovinciaux depuis Gitega (environ 12 000 FBu) ; taxi-moto dans Bujumbura, 2 000 à 3 000 FBu.</p>
""")

s.page("partenaires.html", "Partenaires — États généraux 2027", """
<h1>Partenaires</h1>
<p>Les organisations partenaires peuvent tenir un stand d'information dans le hall (500 000 FBu pour les trois jours).</p>
<p>Vous pouvez aussi soutenir la Fédération par un don : 20 000 FBu couvrent la formation d'un agent en premiers secours.</p>
""")

ENTRY = entry(
    s, name="États généraux de la santé communautaire 2027 (community health workers' federation, Bujumbura)",
    languages=["fr", "rn"],
    fees=[], free_option=True, fee_support=True, remote_participation=False,
    captcha=["turnstile"], account_required=False, registration_form=None, registration_pdf_only=True,
    min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "participation.html", "inscription.html", "faq.html", "accessibilite.html"],
    evidence={
        "languages": [Q("index.html", "Pour la première fois, la Fédération réunit leurs délégués"),
                      Q("index.html", "Ishirahamwe ry'abakozi b'amagara mu kibano rirabatumiye",
                        "Kirundi (rn) section with lang=rn")],
        "un_languages": [N("fr")],
        "fees": [Q("participation.html", "La participation aux États généraux est gratuite.", "no price"),
                 Q("participation.html", "une indemnité journalière de 30 000 FBu", "per diem, not a fee"),
                 Q("logistique.html", "85 000 FBu la nuit", "hotel, bus, taxi-moto: not fees"),
                 Q("partenaires.html", "500 000 FBu pour les trois jours", "stand, not a fee"),
                 Q("partenaires.html", "20 000 FBu couvrent la formation", "donation, not a fee"),
                 Q("programme.html", "ce que coûte une consultation au centre de santé (2 000 FBu)", "talk, not a fee")],
        "free_option": [Q("participation.html", "La participation aux États généraux est gratuite."),
                        Q("index.html", "Kwitaba iyo nama ni ubuntu.", "same in Kirundi")],
        "fee_support": [Q("participation.html", "Le transport et l'hébergement des délégués provinciaux sont pris en charge par la Fédération")],
        "remote_participation": [Q("participation.html", "il n'y aura ni retransmission en ligne ni participation à distance")],
        "captcha": [M("faq.html", '<div class="cf-turnstile"', "on the question form of the FAQ")],
        "account_required": [N("PDF form, no account")],
        "registration_form": [N("no online registration form; the FAQ question form (3 fields) is not one", "faq.html")],
        "registration_host": [N("no platform")],
        "registration_pdf_only": [Q("inscription.html", "Il n'y a pas d'inscription en ligne. Téléchargez la fiche d'inscription")],
        "min_age": [N("no age stated", "participation.html")],
        "accessibility_statement": [Q("accessibilite.html", "Besoin d'un accompagnateur ou d'un autre aménagement ?")],
        "access_services": [Q("accessibilite.html", "accessibles en fauteuil roulant"),
                            Q("accessibilite.html", "Les plénières sont interprétées en langue des signes burundaise."),
                            Q("accessibilite.html", "Interprétation simultanée en kirundi et en swahili")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [M("inscription.html", 'href="docs/fiche-inscription-egsc-2027.pdf"', "registration form only as PDF")],
    })
