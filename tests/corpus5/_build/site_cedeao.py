"""ECOWAS-style regional consultation (en), full French page, Portuguese section for Lusophone states."""
from lib import make, video, placeholder_media

NAV = {"en": [("index.html", "Home"), ("accreditation.html", "Accreditation"), ("travel-support.html", "Travel support"),
              ("online.html", "Online participation"), ("access.html", "Access"), ("venue.html", "Venue and visas"),
              ("consultancies.html", "Consultancies"), ("fr/index.html", "Français")],
       "fr": [("fr/index.html", "Accueil"), ("accreditation.html", "Accréditation (formulaire en anglais)"), ("index.html", "English")]}
FOOT = {"en": "<p>West African Digital Integration Commission (WADIC) · Directorate of Digital Economy · consultation@wadic.example.int</p>",
        "fr": "<p>Commission ouest-africaine d'intégration numérique (WADIC) · consultation@wadic.example.int</p>"}
s = make("wadic-data-protection-consultation", name="WADIC Regional Consultation on Data Protection Harmonisation",
         lang="en", colour="#006633", logo="WA", navs=NAV, foot=FOOT,
         langs={"en": [("fr/index.html", "Français")], "fr": [("index.html", "English")]},
         skip={"fr": "Aller au contenu"}, homes={"fr": "fr/index.html"})
placeholder_media(s, "media/opening-statement-2025.mp4")
s.pdf("docs/concept-note.pdf", "WADIC Regional Consultation on Data Protection Harmonisation\nConcept note\nAbuja, 9-11 June 2026")
s.pdf("docs/programme-of-work.pdf", "Programme of work\n9 June: opening, articles 1-12\n10 June: articles 13-30\n11 June: conclusions")
s.pdf("docs/draft-framework.pdf", "Draft Supplementary Framework on Personal Data\nVersion for consultation")

s.page("index.html", "Regional Consultation on Data Protection Harmonisation — WADIC", """
<h1>Regional Consultation on Data Protection Harmonisation</h1>
<p>Abuja, 9–11 June 2026, and online</p>
<p>The Commission is consulting Member States, data protection authorities, civil society, academia and business on a draft Supplementary Framework that would align the personal-data rules of the fifteen Member States. The consultation will discuss the draft article by article; comments are recorded and answered in the final report.</p>
<ul>
  <li><a href="docs/programme-of-work.pdf">Programme of work (PDF, 95 KB)</a></li>
  <li><a href="docs/concept-note.pdf">Concept note (PDF, 180 KB)</a></li>
  <li><a href="docs/draft-framework.pdf">Draft Supplementary Framework (PDF, 420 KB)</a></li>
  <li><a href="@accreditation.html">Request accreditation</a> by 22 May 2026</li>
</ul>
<h2>Opening statement of the 2025 consultation</h2>
""" + video("media/opening-statement-2025.mp4") + """
<section lang="pt">
<h2>Informação em português</h2>
<p>As delegações de Cabo Verde e da Guiné-Bissau, bem como as organizações da sociedade civil de língua portuguesa, são muito bem-vindas. A consulta terá interpretação simultânea entre inglês, francês e português em todas as sessões plenárias.</p>
<p>O pedido de acreditação é feito no formulário em inglês até 22 de maio. Quem não puder viajar a Abuja pode participar pela plataforma virtual e pedir a palavra durante as sessões. A Comissão cobre a passagem e as ajudas de custo de dois delegados nomeados por cada Estado-Membro.</p>
</section>
""")

s.page("accreditation.html", "Accreditation — Regional Consultation", """
<h1>Accreditation</h1>
<p>Every participant, in Abuja or online, needs an accreditation. Member State delegations are nominated by their focal point; other stakeholders apply with the form below. Accredited participants must be at least 18 years old.</p>
<p>Your badge is printed from the details and the photo you send, so enter your name exactly as in your passport.</p>
<form action="@accreditation.html" method="post" enctype="multipart/form-data">
  <label for="fullname">Full name as in passport</label><input type="text" id="fullname" name="fullname" aria-required="true">
  <label for="nat">Nationality</label>
  <select id="nat" name="nationality" aria-required="true"><option value="">Select</option><option>Benin</option><option>Cabo Verde</option><option>Côte d'Ivoire</option><option>Ghana</option><option>Guinea-Bissau</option><option>Nigeria</option><option>Senegal</option><option>Other</option></select>
  <label for="ppno">Passport number</label><input type="text" id="ppno" name="passport_no" aria-required="true">
  <label for="ppexp">Passport expiry date</label><input type="date" id="ppexp" name="passport_expiry" aria-required="true">
  <fieldset><legend>Gender</legend>
    <input type="radio" id="g1" name="gender" value="f"> <label for="g1">Female</label>
    <input type="radio" id="g2" name="gender" value="m"> <label for="g2">Male</label>
    <input type="radio" id="g3" name="gender" value="x"> <label for="g3">Prefer not to say</label>
  </fieldset>
  <label for="org">Organisation</label><input type="text" id="org" name="organisation" aria-required="true">
  <label for="grp">Stakeholder group</label>
  <select id="grp" name="group" aria-required="true"><option>Member State</option><option>Data protection authority</option><option>Civil society</option><option>Academia</option><option>Private sector</option></select>
  <label for="email">E-mail</label><input type="email" id="email" name="email" aria-required="true">
  <label for="phone">Phone or WhatsApp number</label><input type="tel" id="phone" name="phone">
  <label for="photo">Passport-style photo for your badge (JPG)</label><input type="file" id="photo" name="photo" accept="image/jpeg" aria-required="true">
  <fieldset><legend>Mode of participation</legend>
    <input type="radio" id="p1" name="mode" value="abuja" aria-required="true"> <label for="p1">In Abuja</label>
    <input type="radio" id="p2" name="mode" value="online"> <label for="p2">Online</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="consent" name="consent" required> <label for="consent">I agree that WADIC keeps these details for the accreditation process.</label></div>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-wadic0000001"></div>
  <button type="submit">Submit request</button>
</form>
""")

s.page("travel-support.html", "Travel support — Regional Consultation", """
<h1>Travel support</h1>
<p>The Commission pays an economy-class return air ticket and a daily subsistence allowance (DSA) for two nominated delegates per Member State and for up to twenty civil-society participants selected from the accreditation requests.</p>
<p>The DSA for Abuja is ₦ 150,000 per night, paid on arrival. Selected civil-society participants are told by 29 May.</p>
<p>Your organisation or government pays for any additional delegates.</p>
""")

s.page("online.html", "Online participation — Regional Consultation", """
<h1>Online participation</h1>
<p>Accredited online participants join every plenary and working group through the virtual conference platform. You can raise your hand to take the floor: the Chair calls online and in-room speakers in turn. Written comments on each article of the draft can also be typed in the comment box and are recorded like oral statements.</p>
<p>Interpretation channels (English, French, Portuguese) are available on the platform.</p>
""")

s.page("access.html", "Access — Regional Consultation", """
<h1>Access for participants with disabilities</h1>
<p>The conference centre has ramps at the main entrance, lifts to all meeting rooms and accessible toilets; rooms can be reached by wheelchair. Seats near the front are reserved for participants who need them.</p>
<p>We are unable to provide sign-language interpretation at this consultation. If you need other support, write to access@wadic.example.int when you request accreditation.</p>
<p>Simultaneous interpretation between English, French and Portuguese is provided in all plenary sessions.</p>
""")

s.page("fr/index.html", "Consultation régionale sur l'harmonisation de la protection des données — WADIC", """
<h1>Consultation régionale sur l'harmonisation de la protection des données</h1>
<p>Abuja, du 9 au 11 juin 2026, et en ligne</p>
<p>La Commission consulte les États membres, les autorités de protection des données, la société civile, les universités et les entreprises sur un projet de cadre additionnel qui rapprocherait les règles des quinze États membres en matière de données personnelles.</p>
<p>Toute personne participante, à Abuja ou en ligne, doit être accréditée et âgée d'au moins 18 ans. Le formulaire d'accréditation est en anglais.</p>
<p>Les participantes et participants en ligne peuvent demander la parole sur la plateforme virtuelle. La Commission prend en charge le billet d'avion et l'indemnité journalière de deux délégués désignés par État membre.</p>
<p>Les salles sont accessibles en fauteuil roulant. L'interprétation simultanée anglais, français et portugais est assurée en plénière.</p>
""", lang="fr")

s.page("venue.html", "Venue, hotels and visas — Regional Consultation", """
<h1>Venue, hotels and visas</h1>
<p>The consultation takes place at the Commission's conference centre in Asokoro, Abuja.</p>
<table><caption>Hotels with negotiated rates</caption>
<tr><th>Hotel</th><th>Rate per night</th></tr>
<tr><td>Asokoro Gardens Hotel</td><td>₦ 85,000</td></tr>
<tr><td>Three Arms Suites</td><td>₦ 120,000</td></tr>
</table>
<p>A taxi from Nnamdi Azikiwe airport costs about ₦ 18,000.</p>
<p>Citizens of Member States do not need a visa. Other participants apply for a visa on arrival (fee USD 160) with the invitation letter sent after accreditation.</p>
""")

s.page("consultancies.html", "Consultancies — WADIC", """
<h1>Call for consultants</h1>
<h2>Rapporteur for the Regional Consultation</h2>
<p>The rapporteur drafts the daily summaries and the final report in English and French.</p>
<p>Consultancy fee: USD 350 per working day, 15 working days.</p>
<h2>Legal analyst (data protection)</h2>
<p>Six-month contract; monthly fee of GH₵ 28,000 or the equivalent in the consultant's currency.</p>
""")

EXPECTED = '''
  # ECOWAS-style regional consultation (African regional consultation). English site with a French
  # page and a Portuguese section (Lusophone Member States). Nothing said about what taking part
  # costs (free_option null); travel tickets and DSA for nominated delegates (support); remote
  # participants take the floor; accreditation form with aria-required markers, passport number,
  # nationality, gender, photo upload, phone; hCaptcha; min age 18; wheelchair + en/fr/pt
  # interpretation, sign language negated; concept note and draft only as PDF; one uncaptioned video.
  # Distractors: DSA ₦, hotel ₦, taxi, visa fee USD 160, "Consultancy fee: USD 350", GH₵ monthly fee.
  - id: wadic-data-protection-consultation
    name: WADIC Regional Consultation on Data Protection Harmonisation
    start: index.html
    expected:
      languages: [en, fr, pt]
      un_languages: [en, fr]
      fees: []
      free_option: null
      fee_support: true
      remote_participation: true
      captcha: [hcaptcha]
      account_required: false
      registration_form: {fields: 12, required: 10, sensitive: [affiliation, gender, id_document, nationality, phone, photo]}
      registration_host: null
      registration_pdf_only: false
      min_age: 18
      accessibility_statement: true
      access_services: [interpretation, wheelchair_access]
      videos_without_captions: 1
      pdf_only_documents: true
    participation_pages: [index.html, accreditation.html, travel-support.html, online.html, access.html, fr/index.html]
    deliberate_404: []
    evidence:
      languages:
        - {page: index.html, quote: "The Commission is consulting Member States, data protection authorities, civil society, academia and business"}
        - {page: index.html, quote: "As delegações de Cabo Verde e da Guiné-Bissau, bem como as organizações da sociedade civil de língua portuguesa, são muito bem-vindas.", note: "a Portuguese section of two paragraphs"}
        - {page: fr/index.html, quote: "La Commission consulte les États membres, les autorités de protection des données"}
      un_languages:
        - {note: "en and fr are UN languages; pt is not"}
      fees:
        - {note: "no price of taking part anywhere"}
        - {page: travel-support.html, quote: "The DSA for Abuja is ₦ 150,000 per night", note: "subsistence allowance: not a fee"}
        - {page: venue.html, quote: "Asokoro Gardens Hotel ₦ 85,000", note: "hotel: not a fee (also ₦ 120,000, taxi ₦ 18,000)"}
        - {page: venue.html, quote: "visa on arrival (fee USD 160)", note: "visa fee: not a participation fee"}
        - {page: consultancies.html, quote: "Consultancy fee: USD 350 per working day", note: "pay of a consultant: not a fee"}
      free_option:
        - {note: "the site never says whether taking part costs anything: null. Paid travel and DSA are support, not a free option."}
      fee_support:
        - {page: travel-support.html, quote: "The Commission pays an economy-class return air ticket and a daily subsistence allowance (DSA) for two nominated delegates per Member State"}
      remote_participation:
        - {page: online.html, quote: "You can raise your hand to take the floor: the Chair calls online and in-room speakers in turn."}
      captcha:
        - {page: accreditation.html, markup: '<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-wadic0000001">'}
      account_required:
        - {note: "accreditation is a form; no account or login"}
      registration_form:
        - {page: accreditation.html, note: "fullname, nationality, passport_no, passport_expiry, gender (radio = 1), organisation, group, email, phone, photo (file), mode (radio = 1), consent (checkbox) = 12; required (aria-required or required): all but gender and phone = 10. Sensitive: nationality, id_document (passport number), gender, affiliation (organisation), phone, photo."}
        - {page: accreditation.html, markup: '<input type="text" id="ppno" name="passport_no" aria-required="true">'}
      registration_host:
        - {note: "the form is on the site"}
      registration_pdf_only:
        - {note: "online form; the PDFs are the concept note and the draft, not a registration form"}
      min_age:
        - {page: accreditation.html, quote: "Accredited participants must be at least 18 years old."}
        - {page: fr/index.html, quote: "doit être accréditée et âgée d'au moins 18 ans"}
      accessibility_statement:
        - {page: access.html, quote: "If you need other support, write to access@wadic.example.int when you request accreditation."}
      access_services:
        - {page: access.html, quote: "rooms can be reached by wheelchair", note: "wheelchair_access"}
        - {page: access.html, quote: "Simultaneous interpretation between English, French and Portuguese is provided in all plenary sessions.", note: "interpretation"}
        - {page: access.html, quote: "We are unable to provide sign-language interpretation at this consultation.", note: "negated: no sign_language"}
      videos_without_captions:
        - {page: index.html, markup: '<video controls preload="none" width="640" src="media/opening-statement-2025.mp4">', note: "no track"}
      pdf_only_documents:
        - {page: index.html, markup: '<a href="docs/programme-of-work.pdf">Programme of work (PDF, 95 KB)</a>', note: "the programme exists only as a PDF (so do the concept note and the draft)"}
'''
