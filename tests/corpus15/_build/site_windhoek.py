"""Annual conference of a (fictional) association of communal conservancies, Windhoek (en-NA; Afrikaans page declared en-NA)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Home"), ("registration.html", "Fees and registration"), ("support.html", "Bursaries"),
       ("access.html", "Access"), ("programme.html", "Programme"), ("exhibitors.html", "Exhibitors"),
       ("travel.html", "Travel and field trips"), ("af/index.html", "Afrikaans")]
s = mk("communal-conservancies-conference-windhoek", "Communal Conservancies Conference 2027", "en-NA", "#8a5a00", "CCC",
       NAV, foot={"en-NA": '<p>Namibian Association of Communal Conservancies (fictional) · Windhoek · '
                           '<a href="mailto:conference@example.na">conference@example.na</a></p>'})
placeholder_media(s, "media/highlights-2026.mp4")

s.page("index.html", "Communal Conservancies Conference 2027 – Windhoek", f"""
<h1>Communal Conservancies Conference 2027</h1>
<p>Wa uhala po! Conservancy committees, game guards, community rangers and traditional authorities meet in Windhoek
from 24 to 26 May 2027 to share what works in human–wildlife conflict, tourism joint ventures and benefit sharing.</p>
<ul>
  <li><a href="@registration.html">Fees and registration</a></li>
  <li><a href="@support.html">Student rate and travel bursaries</a></li>
  <li><a href="@access.html">Access and sign language</a></li>
  <li><a href="@af/index.html" hreflang="af">Inligting in Afrikaans</a></li>
  <li><a href="@proceedings-2026.html">Proceedings 2026</a></li>
</ul>
<h2>Highlights of 2026</h2>
{video("media/highlights-2026.mp4")}
""")

s.page("registration.html", "Fees and registration", """
<h1>Fees and registration</h1>
<table>
  <caption>Registration fees (three days, lunches included)</caption>
  <tr><th>Category</th><th>Fee</th></tr>
  <tr><td>Delegate</td><td>N$1 450 / R1 450</td></tr>
  <tr><td>Conservancy committee member</td><td>N$600</td></tr>
  <tr><td>Student (with a valid student card)</td><td>N$350</td></tr>
</table>
<p>There are no complimentary registrations. Member conservancies also pay their annual levy of N$2 000, which is not
a conference fee.</p>
<p>This is an in-person conference: sessions are not streamed and there is no online participation.</p>
<h2>Register</h2>
<p>Fields marked * are required.</p>
<form action="@registration.html" method="post">
  <label for="fn">Full name *</label><input type="text" id="fn" name="fn">
  <label for="em">E-mail *</label><input type="email" id="em" name="em">
  <label for="ph">Mobile number *</label><input type="tel" id="ph" name="ph">
  <label for="id">Namibian ID or passport number *</label><input type="text" id="id" name="id">
  <label for="org">Conservancy or organisation *</label><input type="text" id="org" name="org">
  <label for="reg">Region</label><select id="reg" name="reg"><option>Kunene</option><option>Zambezi</option><option>Erongo</option><option>Otjozondjupa</option><option>Kavango East</option><option>Other</option></select>
  <fieldset><legend>Category *</legend>
    <input type="radio" id="k1" name="cat" value="d"><label for="k1">Delegate</label>
    <input type="radio" id="k2" name="cat" value="c"><label for="k2">Committee member</label>
    <input type="radio" id="k3" name="cat" value="s"><label for="k3">Student</label>
  </fieldset>
  <label for="diet">Dietary needs</label><select id="diet" name="diet"><option>None</option><option>Vegetarian</option><option>Halaal</option></select>
  <div class="check"><input type="checkbox" id="trip" name="trip"><label for="trip">I would like to join the Daan Viljoen field trip</label></div>
  <div class="check"><input type="checkbox" id="photo" name="photo"><label for="photo">I agree to be photographed</label></div>
  <div class="g-recaptcha" data-sitekey="6LcFakeKeyForCorpusOnly000000000000001"></div>
  <button type="submit">Register</button>
</form>
""")

s.page("support.html", "Student rate and travel bursaries", """
<h1>Student rate and travel bursaries</h1>
<p>Students pay a reduced fee of N$350.</p>
<p>Twenty travel bursaries cover the bus fare and two nights' accommodation for game guards and community rangers from
the Kunene and Zambezi regions. Apply to bursaries@example.na by 15 April.</p>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The conference hall at the Safari Conference Centre is wheelchair accessible, with a ramp at the main entrance and an
accessible toilet.</p>
<p>Namibian Sign Language interpretation can be arranged on request for any session.</p>
<p>Please tell us about any access needs: access@example.na or +264 61 000 000.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul>
  <li>Registration of conservancy membership: lessons from Kunene</li>
  <li>Custom and conservation: the role of traditional authorities</li>
  <li>Tourism accommodation joint ventures: who benefits?</li>
  <li>Languages of the land: recording plant names in Khoekhoegowab</li>
</ul>
""")

s.page("exhibitors.html", "Exhibitors", """
<h1>Exhibitors and sponsors</h1>
<p>Exhibition stand (3 × 3 m): N$8 500. Gold sponsor: N$120 000. We are hiring an events assistant, N$9 800 per month.</p>
""")

s.page("travel.html", "Travel and field trips", """
<h1>Travel and field trips</h1>
<p>Conference rate at the Safari Court hotel: N$1 350 per night. Shuttle from Hosea Kutako airport: N$450.</p>
<p>Optional game drive at Daan Viljoen, run by a local tour operator: N$950 per person.</p>
""")

s.page("af/index.html", "Gemeenskapsbewarea-konferensie 2027", """
<h1>Gemeenskapsbewarea-konferensie 2027</h1>
<p>Bewarea-komitees, wildwagters, gemeenskapsveldwagters en tradisionele owerhede ontmoet mekaar van 24 tot 26 Mei 2027
in Windhoek om te deel wat werk by konflik tussen mense en wild, toerisme-vennootskappe en die verdeling van voordele.</p>
<p>Registrasiegelde: afgevaardigdes N$1 450 (of R1 450), komiteelede N$600 en studente N$350. Daar is geen gratis
registrasies nie. Reisbeurse is beskikbaar vir wildwagters uit Kunene en Zambezi.</p>
<p>Die konferensie vind slegs persoonlik plaas; sessies word nie aanlyn uitgesaai nie.</p>
""", alternates=[("en", "index.html"), ("af", "af/index.html")])

ENTRY = entry(
    s, name="Communal Conservancies Conference 2027 (fictional association, Windhoek)",
    languages=["en", "af"], fees=[(1450, "NAD"), (1450, "ZAR"), (600, "NAD"), (350, "NAD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["recaptcha"],
    account_required=False, registration_form=(10, 6, ["phone", "id_document", "affiliation"]),
    min_age=None, accessibility_statement=True, access_services=["sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "registration.html", "support.html", "access.html", "af/index.html"],
    deliberate_404=["proceedings-2026.html"],
    evidence={
        "languages": [Q("index.html", "Conservancy committees, game guards, community rangers"),
                      Q("af/index.html", "Bewarea-komitees, wildwagters, gemeenskapsveldwagters en tradisionele owerhede",
                        "whole Afrikaans page declared lang=en-NA"),
                      Q("index.html", "Wa uhala po!", "Oshiwambo greeting: not content")],
        "un_languages": [N("en")],
        "fees": [Q("registration.html", "N$1 450 / R1 450", "same price in two currencies: 1450 NAD and 1450 ZAR"),
                 Q("registration.html", "N$600", "committee member rate: a fee"),
                 Q("registration.html", "N$350", "students"),
                 Q("registration.html", "annual levy of N$2 000", "levy: not a fee"),
                 Q("af/index.html", "afgevaardigdes N$1 450 (of R1 450)", "restated in Afrikaans: no new entries"),
                 Q("exhibitors.html", "Exhibition stand (3 × 3 m): N$8 500.", "stand, sponsor, salary: not fees"),
                 Q("travel.html", "Optional game drive at Daan Viljoen, run by a local tour operator: N$950 per person.",
                   "tour, hotel, shuttle: not fees")],
        "free_option": [Q("registration.html", "There are no complimentary registrations.")],
        "fee_support": [Q("support.html", "Twenty travel bursaries cover the bus fare and two nights' accommodation"),
                        Q("support.html", "Students pay a reduced fee of N$350.")],
        "remote_participation": [Q("registration.html", "sessions are not streamed and there is no online participation")],
        "captcha": [M("registration.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields: name, e-mail, mobile, ID/passport, conservancy/organisation, region select, "
                                "category radio (=1), dietary select, field-trip checkbox, photo checkbox. Required (*): name, "
                                "e-mail, mobile, ID, organisation, category = 6. Sensitive: phone, id_document, affiliation.",
                                "registration.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [Q("access.html", "Please tell us about any access needs")],
        "access_services": [Q("access.html", "is wheelchair accessible, with a ramp"),
                            Q("access.html", "Namibian Sign Language interpretation can be arranged on request")],
        "videos_without_captions": [M("index.html", 'src="media/highlights-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
