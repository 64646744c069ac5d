from lib import *

NAV = [("index.html", "Home"), ("tickets.html", "Tickets &amp; workshops"), ("access.html", "Access"),
       ("online.html", "Take part online"), ("fund.html", "Artists' access fund"), ("supporters.html", "Supporters"),
       ("stay.html", "Getting here"), ("jobs.html", "Work with us")]
FOOT = {"en-GB": '<p>Hidden Voices Festival CIC (a made-up company) · Unit 4, Bute Street Arches, Cardiff · '
        '<a href="mailto:hello@hiddenvoices.example.org.uk">hello@hiddenvoices.example.org.uk</a></p>'}
s = mk("gwyl-lleisiau-cudd-cardiff", "Hidden Voices Festival 2027", "en-GB", "#5b2a86", "HV", NAV, foot=FOOT)
placeholder_media(s, "media/festival-welcome-bsl.mp4")
vtt(s, "media/festival-welcome-bsl.en.vtt", "Welcome to Hidden Voices")
placeholder_media(s, "media/trailer-2027.mp4")

s.page("index.html", "Hidden Voices Festival 2027 — Deaf and disabled artists, Cardiff", """
<h1>Hidden Voices Festival 2027</h1>
<p>Hidden Voices is a festival of theatre, dance and spoken word made by Deaf and disabled artists. From 10 to 13 June
2027 we take over three venues in Cardiff Bay with twelve performances, eight workshops and an open-mic night.</p>
<h2>A welcome in British Sign Language</h2>
VIDEO1
<h2>Trailer</h2>
VIDEO2
<section lang="cy">
<h2>Croeso</h2>
<p>Croeso i Ŵyl Lleisiau Cudd. Mae'r ŵyl yn dathlu gwaith artistiaid Byddar ac anabl, gyda pherfformiadau, gweithdai
a sgyrsiau dros bedwar diwrnod ym Mae Caerdydd ym mis Mehefin.</p>
<p>Mae gan bob perfformiad gapsiynau byw neu ddehongliad BSL, ac mae'r holl leoliadau yn hygyrch i gadeiriau olwyn.</p>
</section>
<p>Looking for past line-ups? See the <a href="@archif-2025.html">2025 archive</a>.</p>
""".replace("VIDEO1", video("media/festival-welcome-bsl.mp4", track="media/festival-welcome-bsl.en.vtt", label="English captions"))
   .replace("VIDEO2", video("media/trailer-2027.mp4")))

s.page("tickets.html", "Tickets and workshops", """
<h1>Tickets and workshops</h1>
<table>
<caption>Festival passes</caption>
<tr><th>Pass</th><th>Price</th></tr>
<tr><td>Full festival pass (all performances)</td><td>£60</td></tr>
<tr><td>Concession pass (students, unwaged, under-25s)</td><td>£30</td></tr>
</table>
<p>Pay What You Can: every single performance has Pay What You Can tickets. Choose any amount from £0, no questions asked.</p>
<h2>Workshops</h2>
<p>Physical theatre, creative captioning, BSL poetry and writing for audio: £25 per workshop, or £12 concession.
All workshops are open to participants aged 16 and over.</p>
<p>Passes, single tickets and workshop places are booked on Tito: <a href="https://ti.to/hidden-voices/2027">book on ti.to</a>.
No account needed: you only give a name and an e-mail address.</p>
""")

FORM = "".join([
    fld("c-name", "Your name (required)", req=True),
    fld("c-mail", "E-mail (required)", "email", req=True),
    fld("c-phone", "Phone or text number", "tel"),
    fld("c-show", "Performance (required)", "select", req=True,
        opts=["Salt and Iron — 10 June", "The Quiet Room — 11 June", "Open Mic — 12 June", "Hands Up — 13 June"]),
    fld("c-wheel", "I need a wheelchair space", "checkbox"),
    fld("c-bsl", "I would like a seat with a clear view of the BSL interpreter", "checkbox"),
    fld("c-capt", "I would like a seat with a clear view of the caption screen", "checkbox"),
    fld("c-comp", "Name of your companion (required)", req=True),
    fld("c-notes", "Anything else we should know", "textarea"),
])
s.page("access.html", "Access", f"""
<h1>Access</h1>
<p>All three venues have step-free access, wheelchair spaces in every auditorium and accessible toilets.</p>
<p>Every performance has either British Sign Language (BSL) interpretation or live captions on a screen beside the
stage; the programme marks which. Audio-described performances and relaxed performances are marked too.</p>
<p>There is no crèche at the festival this year.</p>
<h2>Free companion tickets</h2>
<p>If you need someone with you to attend, apply here for a free ticket for your companion.</p>
<form action="@access.html" method="post">
{FORM}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAhiddenvoices"></div>
<button type="submit">Apply for a companion ticket</button>
</form>
""")

s.page("online.html", "Take part online", """
<h1>Take part online</h1>
<p>Four of the eight workshops also run online on Zoom, at the same time as in the room. Online participants join
with camera and microphone, take part in the exercises and speak in the discussions, with a BSL interpreter and
live captions in the call.</p>
<p>Online places are booked on ti.to like the others and cost the same.</p>
""")

s.page("fund.html", "Artists' access fund", """
<h1>Artists' access fund</h1>
<p>Our access fund pays the access costs of Deaf and disabled artists who take part in the workshops or the open-mic
night: support workers, interpreters, taxis instead of public transport, and up to two nights' accommodation.</p>
<p>Write to <a href="mailto:fund@hiddenvoices.example.org.uk">fund@hiddenvoices.example.org.uk</a> by 1 May 2027.</p>
""")

s.page("supporters.html", "Supporters", """
<h1>Supporters</h1>
<p>Become a festival partner from £2,500, or sponsor one performance for £750.</p>
""")

s.page("stay.html", "Getting here", """
<h1>Getting here</h1>
<p>Partner hotel on Mermaid Quay: £89 a night. Trains from Cardiff Central to Cardiff Bay run every 12 minutes
(single fare £1.90).</p>
""")

s.page("jobs.html", "Work with us", """
<h1>Work with us</h1>
<p>We are hiring a festival producer (three days a week, £28,500 pro rata) and access coordinators on £14 an hour.</p>
""")

ENTRY = entry(s, name="Hidden Voices Festival 2027 (Deaf and disabled artists' festival, Cardiff, Wales)",
    languages=["en", "cy"], fees=[(60, "GBP"), (30, "GBP"), (25, "GBP"), (12, "GBP")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(9, 4, ["phone"]), registration_host="ti.to", registration_pdf_only=False, min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tickets.html", "access.html", "online.html", "fund.html"],
    deliberate_404=["archif-2025.html"],
    evidence={
        "languages": [Q("index.html", "Hidden Voices is a festival of theatre, dance and spoken word made by Deaf and disabled artists."),
                      M("index.html", '<section lang="cy">', "Welsh section with lang"),
                      Q("index.html", "Mae'r ŵyl yn dathlu gwaith artistiaid Byddar ac anabl")],
        "un_languages": [N("en")],
        "fees": [Q("tickets.html", "Full festival pass (all performances) £60"),
                 Q("tickets.html", "Concession pass (students, unwaged, under-25s) £30"),
                 Q("tickets.html", "£25 per workshop, or £12 concession."),
                 Q("tickets.html", "Choose any amount from £0", "pay what you can from £0: no fee entry"),
                 Q("supporters.html", "Become a festival partner from £2,500", "sponsorship: not a fee"),
                 Q("stay.html", "Partner hotel on Mermaid Quay: £89 a night.", "hotel and train: not fees"),
                 Q("jobs.html", "£28,500 pro rata", "salaries: not fees")],
        "free_option": [Q("tickets.html", "every single performance has Pay What You Can tickets. Choose any amount from £0",
                          "pay what you can with zero allowed")],
        "fee_support": [Q("tickets.html", "Concession pass (students, unwaged, under-25s) £30", "concession rate"),
                        Q("fund.html", "Our access fund pays the access costs of Deaf and disabled artists")],
        "remote_participation": [Q("online.html", "Online participants join with camera and microphone, take part in the exercises and speak in the discussions")],
        "captcha": [M("access.html", '<div class="cf-turnstile"')],
        "account_required": [Q("tickets.html", "No account needed: you only give a name and an e-mail address.")],
        "registration_form": [N("companion-ticket application: 9 fields (name, e-mail, phone, performance select, three access checkboxes, companion name, notes); 4 marked (required); sensitive phone", "access.html"),
                              Q("access.html", "Name of your companion (required)")],
        "registration_host": [M("tickets.html", 'href="https://ti.to/hidden-voices/2027"')],
        "registration_pdf_only": [N("online booking")],
        "min_age": [Q("tickets.html", "All workshops are open to participants aged 16 and over.")],
        "accessibility_statement": [Q("access.html", "All three venues have step-free access, wheelchair spaces in every auditorium")],
        "access_services": [Q("access.html", "wheelchair spaces in every auditorium", "wheelchair_access"),
                            Q("access.html", "British Sign Language (BSL) interpretation or live captions", "sign_language and captions"),
                            Q("access.html", "There is no crèche at the festival this year.", "childcare negated; audio description and relaxed performances are not services")],
        "videos_without_captions": [M("index.html", 'src="media/trailer-2027.mp4">', "trailer without track"),
                                    M("index.html", '<track kind="captions" src="media/festival-welcome-bsl.en.vtt"', "welcome video captioned")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
