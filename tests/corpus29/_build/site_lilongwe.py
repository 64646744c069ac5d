from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
s = mk("malawi-beekeepers-honey-conference-lilongwe", "Malawi Beekeepers' and Honey Conference 2027", "en-MW", "#c98a00", "MBH",
       [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Register"), ("livestream.html", "Livestream"),
        ("access.html", "Access"), ("sponsors.html", "Sponsors"), ("stay.html", "Stay & travel"), ("jobs.html", "Jobs")],
       foot={"en-MW": "<p>Beekeepers' Association of Malawi · conference@njuchi.example.mw</p>"})
placeholder_media(s, "media/highlights-2026.mp4")
s.pdf("files/programme-2027.pdf", "Malawi Beekeepers and Honey Conference 2027 - Programme\nDay 1: Colony health and varroa\nDay 2: Honey quality and markets\nDay 3: Field visit")
s.page("index.html", "Malawi Beekeepers' and Honey Conference 2027", """
<h1>Malawi Beekeepers' and Honey Conference 2027</h1>
<p>Three days on colony health, forest beekeeping and getting Malawian honey onto supermarket shelves — 9 to 11 June 2027 at the Bingu International Conference Centre, Lilongwe.</p>
<p>The full programme is available as a <a href="@files/programme-2027.pdf">PDF (programme, 2 pages)</a>. Papers from earlier years are in the <a href="@past-proceedings.html">proceedings archive</a>.</p>
<h2>Young beekeepers' track</h2>
<p>A hands-on track for young beekeepers aged fifteen to thirty runs alongside the plenary, with hive-building and queen-rearing demonstrations.</p>
<div class="chichewa">
<h2>Kwa alimi a njuchi</h2>
<p>Msonkhano uwu ndi wa alimi onse a njuchi m'Malawi. Alimi ang'onoang'ono a m'makalabu omwe ali mamembala a bungwe lathu salipira kanthu kuti alowe nawo, koma ayenera kulembetsa pasadakhale.</p>
<p>Tidzakambirana za matenda a njuchi, kukolola uchi mwaukhondo komanso misika ya uchi. Bweretsani mafunso anu!</p>
</div>
""")
s.page("fees.html", "Fees", """
<h1>Registration fees</h1>
<table>
<tr><th>Category</th><th>Fee</th></tr>
<tr><td>Delegate (NGOs, companies, government)</td><td>MK60,000</td></tr>
<tr><td>Students (college ID required)</td><td>MK25,000</td></tr>
<tr><td>Apiary field visit, Dzalanyama forest (day 3, optional)</td><td>MK15,000</td></tr>
</table>
<p class="note">Smallholder beekeepers from member clubs attend free of charge — tick "smallholder" on the form.</p>
<p>Honey and beeswax products at the exhibitors' hall are sold by the producers (raw honey about MK6,500 per kg).</p>
""")
s.page("register.html", "Register", """
<h1>Register</h1>
<form action="@register.html" method="post">
""" + fld("fn", "Full name (compulsory)") + fld("nid", "National ID number (compulsory)") + fld("em", "Email", "email")
    + fld("ph", "Phone (compulsory)", "tel") + fld("club", "Club, cooperative or organisation")
    + fld("coop", "Cooperative registration number (if any)")
    + fld("dist", "District", "select", opts=["Lilongwe", "Mzimba", "Zomba", "Mulanje", "Nkhata Bay", "Other"])
    + radios("cat", "Category", ["Delegate", "Student", "Smallholder (member club)"], req=True)
    + fld("visit", "Add the apiary field visit", "checkbox") + fld("youth", "I will join the young beekeepers' track", "checkbox")
    + fld("tee", "T-shirt size", "select", opts=["S", "M", "L", "XL"]) + """
<div class="frc-captcha" data-sitekey="FCMLilongweExample2027"></div>
<button type="submit">Submit registration</button>
</form>
""")
s.page("livestream.html", "Livestream", """
<h1>Livestream</h1>
<p>The plenary sessions will be streamed on YouTube to watch only; questions can only be asked in the hall.</p>
<h2>Highlights from 2026</h2>
""" + video("media/highlights-2026.mp4"))
s.page("access.html", "Access", """
<h1>Access</h1>
<p>The conference centre is step-free with lifts to every meeting room, and accessible toilets on each floor.</p>
<p>Malawian Sign Language interpreters will work in all plenary sessions.</p>
<p>There is no crèche this year, sorry. For other access needs write to Chikondi Banda at access@njuchi.example.mw.</p>
""")
s.page("sponsors.html", "Sponsors", """
<h1>Sponsorship</h1>
<p>Queen Bee sponsor MK2,500,000; Worker Bee sponsor MK900,000; exhibition table MK120,000.</p>
""")
s.page("stay.html", "Stay & travel", """
<h1>Stay and travel</h1>
<p>Lilongwe lodges near the centre charge from MK85,000 a night. Minibuses from Area 25 cost about MK3,000. Coming by coach from Dar es Salaam costs around TSh 95,000.</p>
""")
s.page("jobs.html", "Jobs", """
<h1>Jobs board</h1>
<p>Extension officer (apiculture), Mzuzu: MK1,200,000 a month plus motorbike allowance.</p>
""")
ENTRY = entry(s, name="Malawi beekeepers' and honey conference 2027 (beekeepers' association, Lilongwe)",
    languages=["en", "ny"], fees=[(60000, "MWK"), (25000, "MWK"), (15000, "MWK")], free_option=True, fee_support=True,
    remote_participation=False, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(11, 4, ["id_document", "phone", "affiliation"]), min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "fees.html", "register.html", "livestream.html", "access.html"],
    deliberate_404=["past-proceedings.html"],
    evidence={
        "languages": [Q("index.html", "Three days on colony health, forest beekeeping"),
                      Q("index.html", "Msonkhano uwu ndi wa alimi onse a njuchi m'Malawi.", "Chichewa section without lang")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Delegate (NGOs, companies, government) MK60,000"),
                 Q("fees.html", "Students (college ID required) MK25,000"),
                 Q("fees.html", "Apiary field visit, Dzalanyama forest (day 3, optional) MK15,000", "paid field visit of the conference: a fee"),
                 Q("fees.html", "raw honey about MK6,500 per kg", "honey sold: not a fee"),
                 Q("sponsors.html", "Queen Bee sponsor MK2,500,000", "sponsors: not fees"),
                 Q("stay.html", "around TSh 95,000", "lodge, minibus, coach (TZS): not fees"),
                 Q("jobs.html", "MK1,200,000 a month", "salary: not a fee")],
        "free_option": [Q("fees.html", "Smallholder beekeepers from member clubs attend free of charge")],
        "fee_support": [Q("fees.html", "Students (college ID required) MK25,000", "student rate and free places for one group")],
        "remote_participation": [Q("livestream.html", "streamed on YouTube to watch only; questions can only be asked in the hall")],
        "captcha": [M("register.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (name, national ID, e-mail, phone, club, cooperative number, district, category radio, 2 checkboxes, T-shirt); 3 marked (compulsory) + category radio required = 4; sensitive id_document, phone, affiliation (cooperative number not an ID)", "register.html"),
                              Q("register.html", "National ID number (compulsory)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "for young beekeepers aged fifteen to thirty")],
        "accessibility_statement": [Q("access.html", "The conference centre is step-free with lifts to every meeting room")],
        "access_services": [Q("access.html", "step-free with lifts to every meeting room", "wheelchair_access"),
                            Q("access.html", "Malawian Sign Language interpreters will work in all plenary sessions.", "sign_language"),
                            Q("access.html", "There is no crèche this year", "childcare negated")],
        "videos_without_captions": [M("livestream.html", 'src="media/highlights-2026.mp4">', "no track")],
        "pdf_only_documents": [M("index.html", 'href="files/programme-2027.pdf"', "programme only as PDF")],
    })
