"""Community housing hui, Whangārei (en-NZ, Māori section with lang)."""
from lib import *

NAV = [("index.html", "Home"), ("tickets.html", "Tickets"), ("free-places.html", "Tenant delegates"),
       ("online.html", "Join online"), ("access.html", "Access"), ("programme.html", "Programme"),
       ("stay.html", "Stay & travel"), ("sponsors.html", "Sponsors")]
s = mk("te-tai-tokerau-community-housing-hui-whangarei", "Te Tai Tokerau Community Housing Hui 2027", "en-NZ",
       "#1d4e89", "CHH", NAV,
       foot={"en-NZ": '<p>Northland Community Housing Network (fictional) · Whangārei · kiaora@nchn.example.nz</p>'})
placeholder_media(s, "media/welcome-2027.mp4")
placeholder_media(s, "media/tenant-stories.mp4")
vtt(s, "media/welcome-2027-en.vtt", "Kia ora and welcome to the hui")

s.page("index.html", "Te Tai Tokerau Community Housing Hui 2027", """
<h1>Te Tai Tokerau Community Housing Hui 2027</h1>
<p>Forum North, Whangārei, 6–7 May 2027. Two days for housing providers, tenants, iwi housing teams and council staff to
work through what it takes to keep whānau housed in Northland: repairs that actually get done, rent that fits a benefit,
and homes on Māori land.</p>
<p><a class="button" href="@tickets.html">Get a ticket</a> <a href="@free-places.html">Tenant delegate places</a> ·
<a href="@hui-2025-report.html">Read the 2025 hui report</a></p>
<section lang="mi">
<h2>Nau mai, haere mai</h2>
<p>Nau mai, haere mai ki te hui whare ā-hapori o Te Tai Tokerau. Ka kōrero tātou mō ngā whare haumaru mō ngā whānau, mō ngā
kaumātua me ngā rangatahi. Kāore he utu mō ngā kaireti me ō rātou whānau; ka utua hoki ngā utu haerenga.</p>
</section>
<h2>Watch</h2>
""" + video("media/welcome-2027.mp4", track="media/welcome-2027-en.vtt") + "\n" + video("media/tenant-stories.mp4") + """
""")

s.page("tickets.html", "Tickets — Community Housing Hui", """
<h1>Tickets</h1>
<div class="cards">
  <div class="card"><strong>Provider, council and agency staff</strong><span class="price">$395 <small>both days, incl. GST and lunch</small></span></div>
  <div class="card"><strong>Unwaged, students and community volunteers</strong><span class="price">$95 <small>both days</small></span></div>
  <div class="card"><strong>Tenant and whānau delegates</strong><span class="price">No charge <small>apply for a place</small></span></div>
</div>
<p>Paid tickets are sold through <a href="https://www.humanitix.com/nz/events/te-tai-tokerau-housing-hui-2027">Humanitix</a> — no
account needed, you just check out as a guest.</p>
<p>The hui is for delegates aged 16 and over.</p>
""")

s.page("free-places.html", "Tenant delegates — Community Housing Hui", """
<h1>Tenant and whānau delegate places</h1>
<p>Tenants of any community or social housing provider in Te Tai Tokerau can come free. We also refund petrol or bus fares
from Kaitāia, Kaikohe and Dargaville — keep your receipts.</p>
<p>Fields marked * are required.</p>
<form action="@free-places.html" method="post">
""" + fld("name", "Your name *") + fld("email", "Email *", "email") + fld("phone", "Mobile *", "tel")
    + fld("group", "Tenant group or housing provider") + fld("town", "Town", "select", opts=["Whangārei", "Kaitāia", "Kaikohe", "Dargaville", "Other"])
    + radios("mode", "How will you join?", ["In person", "On Zoom"], req=True)
    + fld("travel", "I'd like a travel refund", "checkbox") + fld("kids", "I'll use the kids' space", "checkbox")
    + fld("needs", "Anything we should know (access, kai, childcare)", "textarea") + """
<div class="cf-turnstile" data-sitekey="0x4AAAA-nchn-demo"></div>
<button type="submit">Apply</button>
</form>
""")

s.page("online.html", "Join online — Community Housing Hui", """
<h1>Join online</h1>
<p>Every workshop has a Zoom room. Online delegates come in with camera and microphone, take part in the breakout
discussions and speak in the report-back, the same as people in the room.</p>
<p>Online places are priced the same as in-person tickets, and free for tenant delegates.</p>
""")

s.page("access.html", "Access — Community Housing Hui", """
<h1>Access</h1>
<p>Forum North is step-free from the car park to both halls, with accessible toilets on the ground floor.</p>
<p>NZSL interpreters and live captions in all plenary sessions.</p>
<p>Kids' space with two registered early-childhood teachers, both days, for tamariki aged 2 to 10.</p>
<p>A quiet room is set aside next to the wharekai. Questions: access@nchn.example.nz.</p>
""")

s.page("programme.html", "Programme — Community Housing Hui", """
<h1>Programme</h1>
<ul><li>Day 1: Repairs and healthy homes; Papakāinga on Māori land</li>
<li>Day 2: Housing for rangatahi aged 16 to 24; Rents and the accommodation supplement</li></ul>
""")

s.page("stay.html", "Stay & travel — Community Housing Hui", """
<h1>Stay and travel</h1>
<p>Motels on Kamo Road from $165 a night. InterCity coach from Auckland around $40 each way; flights from Brisbane via
Auckland from about A$420.</p>
""")

s.page("sponsors.html", "Sponsors — Community Housing Hui", """
<h1>Sponsor the hui</h1>
<p>Kaupapa partner $8,000 · Morning tea sponsor $1,500 · Display table $450.</p>
""")

ENTRY = entry(s, name="Te Tai Tokerau community housing hui 2027 (housing network, Whangārei, New Zealand)",
    languages=["en", "mi"],
    fees=[(395, "NZD"), (95, "NZD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"],
    account_required=False, registration_form=(9, 4, ["phone", "affiliation"]),
    registration_host="www.humanitix.com", registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions", "childcare"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "tickets.html", "free-places.html", "online.html", "access.html"],
    deliberate_404=["hui-2025-report.html"],
    evidence={
        "languages": [Q("index.html", "Two days for housing providers, tenants, iwi housing teams and council staff"),
                      M("index.html", '<section lang="mi">', "Māori section with lang"),
                      Q("index.html", "Nau mai, haere mai ki te hui whare ā-hapori o Te Tai Tokerau.")],
        "un_languages": [N("en")],
        "fees": [Q("tickets.html", "$395", "NZD"), Q("tickets.html", "$95", "unwaged rate, NZD"),
                 Q("stay.html", "Motels on Kamo Road from $165 a night.", "lodging, coach, flights (AUD): not fees"),
                 Q("sponsors.html", "Kaupapa partner $8,000", "sponsor: not a fee")],
        "free_option": [Q("tickets.html", "Tenant and whānau delegates"), Q("free-places.html", "Tenants of any community or social housing provider in Te Tai Tokerau can come free.")],
        "fee_support": [Q("free-places.html", "We also refund petrol or bus fares"),
                        Q("tickets.html", "Unwaged, students and community volunteers", "unwaged rate below $395")],
        "remote_participation": [Q("online.html", "Online delegates come in with camera and microphone, take part in the breakout discussions and speak in the report-back")],
        "captcha": [M("free-places.html", '<div class="cf-turnstile"')],
        "account_required": [Q("tickets.html", "no account needed, you just check out as a guest.")],
        "registration_form": [N("free-place application: 9 fields (name, e-mail, mobile, group, town select, mode radio, two checkboxes, needs textarea); 3 marked * + mode radio required = 4; sensitive phone, affiliation", "free-places.html"),
                              Q("free-places.html", "Fields marked * are required.")],
        "registration_host": [M("tickets.html", 'href="https://www.humanitix.com/nz/events/te-tai-tokerau-housing-hui-2027"', "host beside the own application form")],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("tickets.html", "The hui is for delegates aged 16 and over.", "(programme's 16 to 24 is a talk topic)")],
        "accessibility_statement": [Q("access.html", "Forum North is step-free from the car park to both halls")],
        "access_services": [Q("access.html", "step-free from the car park to both halls", "wheelchair_access"),
                            Q("access.html", "NZSL interpreters and live captions in all plenary sessions.", "sign_language, captions"),
                            Q("access.html", "Kids' space with two registered early-childhood teachers, both days", "childcare; quiet room not a service")],
        "videos_without_captions": [M("index.html", 'src="media/tenant-stories.mp4">', "second video has no track; the first is captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
