"""W3C/IETF-style standards meeting in Ottawa: English, French pages."""
from lib import make, video, placeholder_media, vtt

NAV = {"en": [("index.html", "Meeting 58"), ("fees.html", "Registration fees"), ("register.html", "Register"),
              ("remote.html", "Remote participation"), ("fellowships.html", "Fee waivers &amp; fellowships"),
              ("accessibility.html", "Accessibility"), ("working-groups.html", "Working groups"), ("venue.html", "Venue &amp; hotels"),
              ("sponsorship.html", "Host &amp; sponsors"), ("fr/index.html", "Français")],
       "fr": [("fr/index.html", "Réunion 58"), ("fr/inscription.html", "Inscription"), ("index.html", "English")]}
FOOT = {"en": "<p>Open Protocols Plenary · Secretariat: meetings@opp.example.org · <a href=\"@meetings/57/agenda.html\">Meeting 57 agenda</a></p>",
        "fr": "<p>Plénière des protocoles ouverts · meetings@opp.example.org</p>"}
s = make("open-protocols-plenary-ottawa", name="Open Protocols Plenary, Meeting 58 (Ottawa)", lang="en", colour="#2f4f4f",
         logo="OPP", navs=NAV, foot=FOOT, langs={"en": [("fr/index.html", "FR")], "fr": [("index.html", "EN")]},
         skip={"fr": "Passer au contenu"}, homes={"fr": "fr/index.html"})
placeholder_media(s, "media/opp57-plenary.mp4")
placeholder_media(s, "media/newcomers-orientation.mp4")
vtt(s, "media/opp57-plenary.en.vtt", "Good morning and welcome to the technical plenary.")

s.page("index.html", "OPP 58 — Ottawa, 8–13 November 2026", """
<h1>Open Protocols Plenary — Meeting 58</h1>
<p>Ottawa, 8–13 November 2026, and remote</p>
<p>The Open Protocols Plenary is where the working groups that write the OPP specifications meet face to face three times a year. Anyone can take part: there is no membership, and rough consensus is reached in the room and on the mailing lists.</p>
<ul>
  <li><a href="@fees.html">Registration fees</a> · <a href="@register.html">Register</a></li>
  <li><a href="@remote.html">Participate remotely</a></li>
  <li><a href="@fellowships.html">Fee waivers and fellowships</a></li>
  <li><a href="@accessibility.html">Accessibility</a></li>
</ul>
""")

s.page("fees.html", "Registration fees — OPP 58", """
<h1>Registration fees</h1>
<table><caption>In-person registration</caption>
<tr><th>Registration</th><th>Fee</th><th>Deadline</th></tr>
<tr><td>Early bird, full week</td><td>$775 CAD</td><td>until 2 October</td></tr>
<tr><td>Standard, full week</td><td>CA$ 975</td><td>from 3 October</td></tr>
<tr><td>Student, full week</td><td>$150CAD</td><td>any time</td></tr>
<tr><td>One-day pass</td><td>C$400</td><td>any time</td></tr>
</table>
<h2>Remote participation</h2>
<p>Remote participation is free of charge. It still needs a registration, so that remote participants appear on the attendance list used by working-group chairs.</p>
<p>Fees include 13% HST.</p>
""")

s.page("register.html", "Register — OPP 58", """
<h1>Register for OPP 58</h1>
<p>Registration is linked to your OPP account: sign in first. If you do not have an account yet, create one from the sign-in box; the same account is used for the mailing lists and the document tracker.</p>
<form class="login" action="@register.html" method="post">
  <label for="login-user">Account e-mail</label><input type="email" id="login-user" name="login_user">
  <label for="login-pw">Password</label><input type="password" id="login-pw" name="login_pw">
  <button type="submit">Sign in</button>
</form>
<h2>Registration details</h2>
<form action="@register.html" method="post">
  <label for="badge">Name on badge</label><input type="text" id="badge" name="badge" required>
  <label for="email">E-mail</label><input type="email" id="email" name="email" required>
  <label for="aff">Affiliation</label><input type="text" id="aff" name="affiliation">
  <label for="country">Country of residence</label><select id="country" name="country"><option>Canada</option><option>United States</option><option>Mexico</option><option>Other</option></select>
  <fieldset><legend>Attendance</legend>
    <input type="radio" id="a1" name="attendance" value="week" required> <label for="a1">In person, full week</label>
    <input type="radio" id="a2" name="attendance" value="day"> <label for="a2">In person, one day</label>
    <input type="radio" id="a3" name="attendance" value="remote"> <label for="a3">Remote</label>
  </fieldset>
  <label for="diet">Dietary requirements</label><textarea id="diet" name="diet"></textarea>
  <div class="check"><input type="checkbox" id="coc" name="coc" required> <label for="coc">I have read the Code of Conduct</label></div>
  <div class="check"><input type="checkbox" id="publish" name="publish"> <label for="publish">Publish my name and affiliation in the attendee list</label></div>
  <button type="submit">Continue to payment</button>
</form>
<h2>New to OPP?</h2>
<p>Watch the ten-minute orientation before your first meeting.</p>
""" + video("media/newcomers-orientation.mp4") + """
""")

s.page("remote.html", "Remote participation — OPP 58", """
<h1>Remote participation</h1>
<p>Every working-group session has a remote room. Remote participants join the same speaking queue as people in the room: press the "raise hand" button, and when the chair calls you, your audio is played in the room and you can present slides. Consensus hums are replaced by a show of hands that counts remote participants.</p>
<p>Recordings of the Meeting 57 plenary are online:</p>
""" + video("media/opp57-plenary.mp4", track="media/opp57-plenary.en.vtt") + """
""")

s.page("fellowships.html", "Fee waivers and fellowships — OPP 58", """
<h1>Fee waivers and fellowships</h1>
<p>If the registration fee stops you from attending in person, ask for a fee waiver: write to waivers@opp.example.org with a few lines on why. Waivers are decided within five working days and nobody has to justify their income.</p>
<p>The fellowship programme also pays travel for about fifteen contributors from developing economies per meeting: a travel grant of up to US$ 2,000 and a full-week registration.</p>
""")

s.page("accessibility.html", "Accessibility — OPP 58", """
<h1>Accessibility</h1>
<ul>
  <li>CART (Communication Access Realtime Translation) is provided for both plenaries and shown in the remote room.</li>
  <li>ASL and LSQ interpretation is available for the plenaries; ask for it when you register.</li>
  <li>The Rideau Convention Centre is fully wheelchair accessible, with level access and accessible washrooms on every floor.</li>
  <li>No childcare is offered at this meeting.</li>
  <li>Meetings are held in English without interpretation.</li>
</ul>
<p>Any other request: access@opp.example.org.</p>
""")

s.page("fr/index.html", "Plénière des protocoles ouverts — Réunion 58", """
<h1>Plénière des protocoles ouverts — Réunion 58</h1>
<p>Ottawa, du 8 au 13 novembre 2026, et à distance</p>
<p>La Plénière réunit trois fois par an les groupes de travail qui rédigent les spécifications de l'OPP. Toute personne peut y participer : il n'y a pas d'adhésion, et le consensus approximatif se dégage en séance et sur les listes de diffusion. Les séances se déroulent en anglais.</p>
<p>La participation à distance est gratuite. <a href="@fr/inscription.html">Frais et inscription</a></p>
""", lang="fr-CA")

s.page("fr/inscription.html", "Frais et inscription — Réunion 58", """
<h1>Frais et inscription</h1>
<ul>
  <li>Tarif préférentiel, semaine complète : 775 $ CA</li>
  <li>Tarif normal, semaine complète : 975 $ CA</li>
  <li>Étudiants, semaine complète : 150 $ CA</li>
  <li>Laissez-passer d'une journée : 400 $ CA</li>
</ul>
<p>L'inscription se fait après connexion à votre compte OPP, sur la <a href="@register.html">page d'inscription</a> (en anglais). Des exonérations de frais sont accordées sur demande à waivers@opp.example.org.</p>
""", lang="fr-CA")

s.page("working-groups.html", "Working groups meeting at OPP 58", """
<h1>Working groups meeting at OPP 58</h1>
<ul>
  <li>LANGNEG — Language Tag Negotiation</li>
  <li>PRICE — Pricing Metadata for Web Payments</li>
  <li>FREEBUSY — Free/Busy Calendar Synchronisation</li>
  <li>REGEXT — Registration Data Extensions</li>
  <li>A11YAPI — Accessible Name Computation</li>
</ul>
""")

s.page("venue.html", "Venue and hotels — OPP 58", """
<h1>Venue and hotels</h1>
<p>Rideau Convention Centre, downtown Ottawa. A bus or O-Train fare is $3.80; the airport taxi is about $40.</p>
<table><tr><th>Hotel</th><th>Group rate</th></tr>
<tr><td>Château Laurier-style Hotel</td><td>CA$ 289 per night + 13% HST</td></tr>
<tr><td>ByWard Suites</td><td>CA$ 219 per night + 13% HST</td></tr>
</table>
""")

s.page("sponsorship.html", "Host and sponsors — OPP 58", """
<h1>Host and sponsors</h1>
<p>Meeting host package: US$ 250,000. Hackathon sponsor: US$ 20,000. Network sponsor: US$ 40,000.</p>
<p>Sponsors receive complimentary registrations according to their level.</p>
""")

EXPECTED = '''
  # W3C/IETF-style standards meeting (Ottawa). English site with French pages (lang fr-CA). Fees as
  # "$775 CAD", "CA$ 975", "$150CAD", "C$400" and "975 $ CA"; remote participation free; fee waivers
  # and fellowships; remote speakers in the same queue; account wall (sign-in form) before the
  # registration form whose only markers are `required` attributes; CART named, ASL/LSQ, wheelchair;
  # "No childcare", "without interpretation"; one of two videos uncaptioned; a broken link to the
  # Meeting 57 agenda. Distractors: HST percentage, hotels, bus/taxi "$", host/sponsor packages,
  # fellowship grant US$ 2,000; working groups "Language Tag Negotiation", "Pricing Metadata…",
  # "Free/Busy…", "Registration Data Extensions", "Accessible Name Computation".
  - id: open-protocols-plenary-ottawa
    name: Open Protocols Plenary, Meeting 58 (Ottawa)
    start: index.html
    expected:
      languages: [en, fr]
      un_languages: [en, fr]
      fees:
        - {amount: 775.0, currency: CAD}
        - {amount: 975.0, currency: CAD}
        - {amount: 150.0, currency: CAD}
        - {amount: 400.0, currency: CAD}
      free_option: true
      fee_support: true
      remote_participation: true
      captcha: []
      account_required: true
      registration_form: {fields: 8, required: 4, sensitive: [affiliation]}
      registration_host: null
      registration_pdf_only: false
      min_age: null
      accessibility_statement: true
      access_services: [cart, sign_language, wheelchair_access]
      videos_without_captions: 1
      pdf_only_documents: false
    participation_pages: [index.html, fees.html, register.html, remote.html, fellowships.html, accessibility.html, fr/index.html, fr/inscription.html]
    deliberate_404: [meetings/57/agenda.html]
    evidence:
      languages:
        - {page: index.html, quote: "The Open Protocols Plenary is where the working groups that write the OPP specifications meet face to face three times a year."}
        - {page: fr/index.html, quote: "La Plénière réunit trois fois par an les groupes de travail qui rédigent les spécifications de l'OPP."}
      un_languages:
        - {note: "en, fr"}
      fees:
        - {page: fees.html, quote: "Early bird, full week $775 CAD"}
        - {page: fees.html, quote: "Standard, full week CA$ 975"}
        - {page: fees.html, quote: "Student, full week $150CAD"}
        - {page: fees.html, quote: "One-day pass C$400"}
        - {page: fr/inscription.html, quote: "Tarif normal, semaine complète : 975 $ CA"}
        - {page: fees.html, quote: "Fees include 13% HST.", note: "tax percentage: not a fee"}
        - {page: fellowships.html, quote: "a travel grant of up to US$ 2,000", note: "grant amount: not a fee"}
        - {page: venue.html, quote: "CA$ 289 per night + 13% HST", note: "hotel: not a fee (also CA$ 219, bus $3.80, taxi $40)"}
        - {page: sponsorship.html, quote: "Meeting host package: US$ 250,000.", note: "sponsorship: not a fee"}
      free_option:
        - {page: fees.html, quote: "Remote participation is free of charge."}
        - {page: fr/index.html, quote: "La participation à distance est gratuite."}
      fee_support:
        - {page: fellowships.html, quote: "If the registration fee stops you from attending in person, ask for a fee waiver"}
        - {page: fellowships.html, quote: "The fellowship programme also pays travel for about fifteen contributors from developing economies per meeting"}
      remote_participation:
        - {page: remote.html, quote: "Remote participants join the same speaking queue as people in the room"}
      captcha:
        - {note: "no CAPTCHA"}
      account_required:
        - {page: register.html, quote: "Registration is linked to your OPP account: sign in first."}
      registration_form:
        - {page: register.html, note: "badge*, email*, affiliation, country, attendance* (radio = 1), diet (textarea), coc* (checkbox), publish (checkbox) = 8 fields, 4 with the required attribute; the sign-in form is not the registration form. Sensitive: affiliation."}
        - {page: register.html, markup: '<input type="text" id="aff" name="affiliation">'}
      registration_host:
        - {note: "registration on the site"}
      registration_pdf_only:
        - {note: "online form"}
      min_age:
        - {note: "no age is mentioned"}
      accessibility_statement:
        - {page: accessibility.html, quote: "Any other request: access@opp.example.org."}
      access_services:
        - {page: accessibility.html, quote: "CART (Communication Access Realtime Translation) is provided for both plenaries", note: "cart (CART is named); not also captions"}
        - {page: accessibility.html, quote: "ASL and LSQ interpretation is available for the plenaries", note: "sign_language"}
        - {page: accessibility.html, quote: "The Rideau Convention Centre is fully wheelchair accessible", note: "wheelchair_access"}
        - {page: accessibility.html, quote: "No childcare is offered at this meeting.", note: "negated"}
        - {page: accessibility.html, quote: "Meetings are held in English without interpretation.", note: "negated"}
      videos_without_captions:
        - {page: register.html, markup: '<video controls preload="none" width="640" src="media/newcomers-orientation.mp4">', note: "no track"}
        - {page: remote.html, markup: '<track kind="captions" src="media/opp57-plenary.en.vtt"', note: "captioned"}
      pdf_only_documents:
        - {note: "no PDF"}
'''
