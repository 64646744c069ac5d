"""Gaborone (Botswana) Pan-African schools debating championship with an online division; en-BW, tn section."""
from lib import mk, video, placeholder_media, vtt, Q, M, N, entry

NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Team registration"), ("online.html", "Online division"),
       ("access.html", "Access"), ("prizes.html", "Prizes and sponsors"), ("accommodation.html", "Accommodation"),
       ("jobs.html", "Work with us")]
s = mk("pan-african-schools-debating-championship-gaborone", "Pan-African Schools Debating Championship 2027", "en-BW", "#1b4f9c", "PSD",
       NAV, foot={"en-BW": '<p>Botswana Schools Debating Society — Gaborone — <a href="mailto:tab@bsds.example.bw">tab@bsds.example.bw</a></p>'})
placeholder_media(s, "media/grandfinal.mp4")
vtt(s, "media/grandfinal.en.vtt", "Welcome to the grand final")

s.page("index.html", "Pan-African Schools Debating Championship 2027", f"""
<h1>Pan-African Schools Debating Championship 2027</h1>
<p>Eight preliminary rounds in British Parliamentary style, 5&ndash;10 July 2027, hosted at the University of Botswana, Gaborone. An online division runs alongside the in-person tournament.</p>
<section lang="tn">
<h2>Dikgang ka Setswana</h2>
<p>Kgaisano ya dipuisano ya dikolo tsa Aforika e tla tshwarelwa kwa Yunibesithing ya Botswana mo Gaborone ka kgwedi ya Phukwi 2027. Ditlhopha di ka tsaya karolo kwa Gaborone kgotsa mo inthaneteng.</p>
<p>Ditlhopha tsotlhe di duela tuelo ya go ikwadisa. Barutabana ba ba eteletseng ditlhopha pele ba tshwanetse go tlatsa fomo ya go ikwadisa mo Sekgoweng.</p>
</section>
{video("media/grandfinal.mp4", track="media/grandfinal.en.vtt", track_lang="en", label="English")}
<p><a href="@fees.html">Fees</a> · <a href="@register.html">Team registration</a> · <a href="@online.html">Online division</a> · <a href="@access.html">Access</a> · <a href="@results-2026.html">2026 results</a></p>
""")

s.page("fees.html", "Fees", """
<h1>Fees</h1>
<table>
<thead><tr><th>Entry</th><th>Fee</th></tr></thead>
<tbody>
<tr><th>Team, in-person division</th><td>P1,200 per team</td></tr>
<tr><th>Team, online division</th><td>P600 per team</td></tr>
<tr><th>Independent adjudicator</th><td>P300</td></tr>
<tr><th>Teams from outside SADC</th><td>US$120 per team</td></tr>
</tbody>
</table>
<p>All fees are in Botswana pula (BWP) unless shown otherwise.</p>
<p>All teams, including teams of the host schools, pay the team fee; there are no fee waivers, bursaries or travel grants.</p>
""")

s.page("register.html", "Team registration", """
<h1>Team registration</h1>
<p>Fields marked * are required. One form per team.</p>
<form action="@register.html" method="post">
  <fieldset><legend>Team</legend>
    <label for="school">School *</label><input type="text" id="school" name="school">
    <label for="team">Team name *</label><input type="text" id="team" name="team">
  </fieldset>
  <fieldset><legend>Division *</legend>
    <input type="radio" id="d1" name="division" value="inperson"><label for="d1">In person (Gaborone)</label>
    <input type="radio" id="d2" name="division" value="online"><label for="d2">Online</label>
  </fieldset>
  <fieldset><legend>Coach</legend>
    <label for="cname">Coach name *</label><input type="text" id="cname" name="cname">
    <label for="cphone">Coach phone *</label><input type="tel" id="cphone" name="cphone">
    <label for="cemail">Coach email *</label><input type="email" id="cemail" name="cemail">
  </fieldset>
  <fieldset><legend>Debater 1</legend>
    <label for="n1">Name *</label><input type="text" id="n1" name="n1">
    <label for="b1">Date of birth *</label><input type="date" id="b1" name="b1">
  </fieldset>
  <fieldset><legend>Debater 2</legend>
    <label for="n2">Name *</label><input type="text" id="n2" name="n2">
    <label for="b2">Date of birth *</label><input type="date" id="b2" name="b2">
  </fieldset>
  <fieldset><legend>Debater 3</legend>
    <label for="n3">Name *</label><input type="text" id="n3" name="n3">
    <label for="b3">Date of birth *</label><input type="date" id="b3" name="b3">
  </fieldset>
  <label for="needs">Dietary or access needs</label><textarea id="needs" name="needs"></textarea>
  <div class="check"><input type="checkbox" id="rules" name="rules"><label for="rules">I accept the tournament rules *</label></div>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
  <button type="submit">Register team</button>
</form>
""")

s.page("online.html", "Online division", """
<h1>Online division</h1>
<p>Teams that cannot travel to Gaborone debate in the online division over Zoom; every round is adjudicated live and teams speak and take points of information exactly as in the room.</p>
<p>Debaters must be secondary-school students aged 13 to 19, in both divisions.</p>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>Rounds are held in the University of Botswana's Block 240, which has lifts and step-free entrances.</p>
<p>We are unable to offer live captions this year.</p>
<p>For any access requirement, write to the equity officer, Ms Kelebogile Sebina: <a href="mailto:equity@bsds.example.bw">equity@bsds.example.bw</a>.</p>
""")

s.page("prizes.html", "Prizes and sponsors", """
<h1>Prizes and sponsors</h1>
<p>The best speaker receives a P20,000 university scholarship. Title sponsorship: P50,000.</p>
""")

s.page("accommodation.html", "Accommodation", """
<h1>Accommodation</h1>
<p>Student residence rooms: P450 per night. A combi from the main mall to campus costs about P7.</p>
""")

s.page("jobs.html", "Work with us", """
<h1>Work with us</h1>
<p>Tournament coordinator, six-month contract, P14,000 per month.</p>
""")

ENTRY = entry(
    s, name="Pan-African Schools Debating Championship 2027 (schools debating society, Gaborone, Botswana)",
    languages=["en", "tn"],
    fees=[(1200, "BWP"), (600, "BWP"), (300, "BWP"), (120, "USD")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["hcaptcha"], account_required=False,
    registration_form=(14, 13, ["affiliation", "phone", "birth_date"]), registration_host=None, min_age=13,
    accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "online.html", "access.html"],
    deliberate_404=["results-2026.html"],
    evidence={
        "languages": [Q("index.html", "Eight preliminary rounds in British Parliamentary style"),
                      Q("index.html", "Ditlhopha tsotlhe di duela tuelo ya go ikwadisa.", "Setswana section with lang=tn (two paragraphs)")],
        "un_languages": [N("en")],
        "fees": [M("fees.html", "<td>P1,200 per team</td>", "1200 BWP"),
                 M("fees.html", "<tr><th>Team, online division</th><td>P600 per team</td></tr>", "online division fee: 600 BWP"),
                 M("fees.html", "<td>P300</td>", "adjudicator: 300 BWP"),
                 M("fees.html", "<td>US$120 per team</td>", "120 USD"),
                 Q("prizes.html", "The best speaker receives a P20,000 university scholarship.", "prize and sponsorship: not fees"),
                 Q("accommodation.html", "Student residence rooms: P450 per night.", "lodging and combi: not fees"),
                 Q("jobs.html", "P14,000 per month", "salary: not a fee")],
        "free_option": [Q("fees.html", "All teams, including teams of the host schools, pay the team fee")],
        "fee_support": [Q("fees.html", "there are no fee waivers, bursaries or travel grants.")],
        "remote_participation": [Q("online.html", "debate in the online division over Zoom; every round is adjudicated live")],
        "captcha": [M("register.html", '<div class="h-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("register.html: 14 fields: school, team name, division radio (=1), coach name, phone, e-mail, "
                                "three debaters' names and dates of birth (6), needs textarea, rules checkbox. Required "
                                "(*): all but the textarea = 13. Sensitive: affiliation (school), phone, birth_date.",
                                "register.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("online.html", "Debaters must be secondary-school students aged 13 to 19", "13")],
        "accessibility_statement": [Q("access.html", "For any access requirement, write to the equity officer")],
        "access_services": [Q("access.html", "which has lifts and step-free entrances"),
                            Q("access.html", "We are unable to offer live captions this year.", "no captions (negation)")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/grandfinal.en.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
