from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "Home"), ("join.html", "Join a meetup"), ("access.html", "Access"), ("online.html", "Online"), ("talks.html", "Talks"),
       ("recordings.html", "Recordings"), ("sponsors.html", "Sponsors"), ("jobs.html", "Jobs board")]
s = mk("deafcode-meetup-leeds", "DeafCode Leeds", "en-GB", "#00695c", "DC", NAV,
       foot={"en-GB": "<p>DeafCode Leeds is run by volunteers · hello@deafcode.example.org.uk</p>"})
for v in ("media/talk-a11y.mp4", "media/talk-rust.mp4", "media/talk-maps.mp4"):
    placeholder_media(s, v)
vtt(s, "media/talk-a11y.en.vtt", "Hello everyone.")
vtt(s, "media/talk-rust.en.vtt", "Today: Rust.")
vtt(s, "media/talk-maps.chapters.vtt", "Introduction")

s.page("index.html", "DeafCode Leeds — a tech meetup by and for deaf people", """
<h1>DeafCode Leeds</h1>
<p>A monthly tech meetup run by deaf developers, designers and data people. Talks are given in BSL or spoken English, and every talk
is interpreted both ways. Hearing allies are welcome.</p>
<p>Our meetups are free to attend. <a href="@join.html">How to join the next one</a>.</p>
""")

s.page("join.html", "Join a meetup", """
<h1>Join a meetup</h1>
<p>We list every meetup on <a href="https://www.meetup.com/deafcode-leeds/">Meetup</a>. You need a Meetup account to RSVP; we use the
RSVP list for the venue's fire register, so please sign in and RSVP before you come.</p>
<p>The venue is a licensed bar: attendees must be 18 or over.</p>
<p>Deaf students travelling from outside West Yorkshire can ask for a travel bursary of up to £40 per meetup.</p>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<ul><li>Two BSL/English interpreters at every meetup.</li>
<li>CART by a professional stenographer, shown on the big screen for people who prefer text.</li>
<li>Step-free entrance, lift and an accessible toilet on the same floor.</li>
<li>We do not offer childcare.</li></ul>
<p>Tell us what else you need at access@deafcode.example.org.uk.</p>
""")

s.page("online.html", "Online", """
<h1>Joining online</h1>
<p>Each meetup is also on a video call. Remote attendees can sign or type questions to the speaker, and we welcome remote speakers.</p>
""")

s.page("talks.html", "Talks", """
<h1>Past talks</h1>
<ul><li>Accessible registration forms, one field at a time</li><li>Sign language recognition: what the papers get wrong</li>
<li>Costing a captioning pipeline</li></ul>
""")

s.page("recordings.html", "Recordings", """
<h1>Recordings</h1>
<h2>Accessible registration forms</h2>
""" + video("media/talk-a11y.mp4", track="media/talk-a11y.en.vtt") + """
<h2>Rust for data people</h2>
""" + video("media/talk-rust.mp4", track="media/talk-rust.en.vtt") + """
<h2>Open maps of step-free routes</h2>
""" + video("media/talk-maps.mp4", track="media/talk-maps.chapters.vtt", track_kind="chapters") + "\n")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsor DeafCode</h1>
<p>A meetup sponsorship costs £300 and pays for the interpreters and pizza. Annual partner: £2,500.</p>
<p>Pizza is covered by sponsors; a donation jar for the interpreters' fund is by the door (suggested £5, entirely optional).</p>
""")

s.page("jobs.html", "Jobs board", """
<h1>Jobs board</h1>
<ul><li>Frontend developer, Signwise Ltd — £42,000–£50,000, hybrid, Leeds</li><li>Junior data analyst, Aire Council — £28,500</li></ul>
<p>Danke to our friends at the Berlin deaf tech group for the idea.</p>
""")

ENTRY = entry(s, name="DeafCode Leeds (deaf-community tech meetup)",
    languages=["en"], free_option=True, fee_support=True, remote_participation=True,
    account_required=True, registration_host="www.meetup.com", min_age=18, accessibility_statement=True,
    access_services=["sign_language", "cart", "wheelchair_access"], videos_without_captions=1,
    participation_pages=["index.html", "join.html", "access.html", "online.html"],
    evidence={
        "languages": [Q("index.html", "A monthly tech meetup run by deaf developers, designers and data people."),
                      Q("jobs.html", "Danke to our friends at the Berlin deaf tech group", "one German word, not German content")],
        "un_languages": [N("en")],
        "fees": [Q("index.html", "Our meetups are free to attend."),
                 Q("join.html", "a travel bursary of up to £40 per meetup", "bursary, not a fee"),
                 Q("sponsors.html", "A meetup sponsorship costs £300", "sponsorship, not a fee"),
                 Q("sponsors.html", "suggested £5, entirely optional", "donation, not a fee"),
                 Q("jobs.html", "£42,000–£50,000", "salary, not a fee")],
        "free_option": [Q("index.html", "Our meetups are free to attend.")],
        "fee_support": [Q("join.html", "Deaf students travelling from outside West Yorkshire can ask for a travel bursary")],
        "remote_participation": [Q("online.html", "Remote attendees can sign or type questions to the speaker, and we welcome remote speakers.")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [Q("join.html", "You need a Meetup account to RSVP")],
        "registration_form": [N("no native form; RSVP on Meetup")],
        "registration_host": [M("join.html", 'href="https://www.meetup.com/deafcode-leeds/"')],
        "registration_pdf_only": [N("Meetup")],
        "min_age": [Q("join.html", "attendees must be 18 or over")],
        "accessibility_statement": [Q("access.html", "Tell us what else you need at access@deafcode.example.org.uk.")],
        "access_services": [Q("access.html", "Two BSL/English interpreters at every meetup."),
                            Q("access.html", "CART by a professional stenographer, shown on the big screen", "CART named: cart"),
                            Q("access.html", "Step-free entrance, lift and an accessible toilet"),
                            Q("access.html", "We do not offer childcare.", "negation")],
        "videos_without_captions": [M("recordings.html", 'src="media/talk-maps.mp4">\n  <track kind="chapters"', "chapters only")],
        "pdf_only_documents": [N("no PDF")],
    })
