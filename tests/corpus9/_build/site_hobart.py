from lib import mk, Q, M, N, entry, video, placeholder_media, vtt
NAV = [("index.html", "Home"), ("tickets.html", "Tickets"), ("community-day.html", "Free community day"), ("faq.html", "FAQ"),
       ("access.html", "Access"), ("program.html", "Program"), ("sponsor.html", "Sponsor us"), ("jobs.html", "Jobs"), ("getting-here.html", "Getting here")]
s = mk("lutruwita-community-tech-conference-hobart", "Community Tech Tasmania 2027", "en-AU", "#166534", "CTT", NAV,
       foot={"en-AU": "<p>Community Tech Tasmania Inc. acknowledges the palawa people, the traditional owners of lutruwita. · hello@commtech-tas.example.org.au</p>"})
placeholder_media(s, "media/keynote.mp4"); placeholder_media(s, "media/lightning.mp4"); vtt(s, "media/keynote.en.vtt", "Welcome to nipaluna")
s.page("index.html", "Community Tech Tasmania 2027", f"""
<h1>Community Tech Tasmania 2027</h1>
<p>nipaluna / Hobart, 19–20 November 2027, at the Hobart Town Hall. Two days for neighbourhood houses, libraries, councils, community radio and volunteer techs across Tasmania, with a free community day on the Saturday.</p>
<p>Online? Our virtual ticket lets you watch every session live and ask questions in the chat.</p>
<h2>Watch 2026</h2>
{video("media/keynote.mp4", track="media/keynote.en.vtt")}
{video("media/lightning.mp4")}
""")
s.page("tickets.html", "Tickets", """
<h1>Tickets</h1>
<table><caption>All prices in Australian dollars (AUD), incl. GST</caption>
<tr><th>Ticket</th><th>Early bird (to 30 Sept)</th><th>Standard</th></tr>
<tr><td>Full conference</td><td>280</td><td>320</td></tr>
<tr><td>Concession (students, pensioners, Health Care Card holders)</td><td>140</td><td>160</td></tr>
<tr><td>Virtual ticket (live stream with chat Q&amp;A)</td><td>40</td><td>40</td></tr></table>
<p>Tickets are sold through <a href="https://events.humanitix.com/community-tech-tasmania-2027">Humanitix</a>. You don't need an account to buy.</p>
<p>The Youth Stream (ages 13–17) runs on Friday afternoon and is included in every ticket.</p>
""")
s.page("community-day.html", "Free community day", """
<h1>Free community day — Saturday</h1>
<p>Saturday is free for everyone. Let us know you're coming so we can plan catering.</p>
<form action="@community-day.html" method="post">
<input type="hidden" name="id" value="cday27">
<label for="nm">Name *</label><input type="text" id="nm" name="nm" required>
<label for="em">Email *</label><input type="email" id="em" name="em" required>
<fieldset><legend>Which sessions? *</legend><input type="radio" id="s1" name="sess" value="am"><label for="s1">Morning</label><input type="radio" id="s2" name="sess" value="pm"><label for="s2">Afternoon</label><input type="radio" id="s3" name="sess" value="all"><label for="s3">All day</label></fieldset>
<label for="acc">Access requirements</label><textarea id="acc" name="acc"></textarea>
<label for="how">How did you hear about us?</label><select id="how" name="how"><option>Neighbourhood house</option><option>Library</option><option>Radio</option><option>Social media</option></select>
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAhobart27"></div>
<button type="submit">RSVP</button></form>
""")
s.page("faq.html", "FAQ", """
<h1>Frequently asked questions</h1>
<details><summary>Can I come for just one day?</summary><p>Yes: a Friday-only ticket is $110, available at the door or on Humanitix.</p></details>
<details><summary>Is there help with costs?</summary><p>Besides concession tickets, we have 25 Pay It Forward bursaries covering a full ticket and travel from the North-West and West Coast.</p></details>
<details><summary>Can I bring my kids?</summary><p>Yes. Under-16s must be accompanied by an adult, except in the Youth Stream.</p></details>
""")
s.page("access.html", "Access", """
<h1>Access</h1>
<p>Keynotes and plenary sessions are Auslan interpreted and have live captions on screen and in the virtual stream.</p>
<p>The Town Hall has a lift and ramp access from Macquarie Street; the main hall is wheelchair accessible.</p>
<p>There is a low-sensory quiet room on level 1.</p>
<p>Questions about access? Call or email our access coordinator: access@commtech-tas.example.org.au.</p>
""")
s.page("program.html", "Program", """
<h1>Program</h1><ul><li>Hidden fees in council software contracts</li><li>Registration forms that older people can actually use</li><li>Accessibility audits on a shoestring</li><li>palawa kani online: language revitalisation</li></ul>
<p><a href="@slides/2026/index.html">Slides from 2026</a></p>
""")
s.page("sponsor.html", "Sponsor us", """
<h1>Sponsor us</h1><p>Gold partner: $5,000 + GST. Community stall: $150.</p>
""")
s.page("jobs.html", "Jobs", """
<h1>Jobs board</h1><p>Digital inclusion officer, Glenorchy City Council: $92,000–$98,000 plus super.</p>
""")
s.page("getting-here.html", "Getting here", """
<h1>Getting here</h1><p>Airport shuttle: $22 one way. Hotel Grand Chancellor: from $245 per night. Spirit of Tasmania ferry from Melbourne: from A$109.</p>
""")
ENTRY = entry(s, name="Community Tech Tasmania 2027 (Australian community technology conference, Hobart)",
    languages=["en"], fees=[(280, "AUD"), (320, "AUD"), (140, "AUD"), (160, "AUD"), (40, "AUD"), (110, "AUD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(5, 3, []), registration_host="events.humanitix.com", min_age=13, accessibility_statement=True,
    access_services=["captions", "sign_language", "wheelchair_access"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tickets.html", "community-day.html", "faq.html", "access.html"],
    deliberate_404=["slides/2026/index.html"],
    evidence={
        "languages": [Q("index.html", "Two days for neighbourhood houses, libraries, councils, community radio and volunteer techs"),
                      Q("program.html", "palawa kani online: language revitalisation", "palawa kani has no ISO 639-1 code; place names only")],
        "un_languages": [N("en")],
        "fees": [Q("tickets.html", "All prices in Australian dollars (AUD), incl. GST", "currency only in the caption"),
                 Q("tickets.html", "Full conference 280 320"), Q("tickets.html", "Concession (students, pensioners, Health Care Card holders) 140 160"),
                 Q("tickets.html", "Virtual ticket (live stream with chat Q&A) 40 40", "paid virtual ticket, once per amount"),
                 Q("faq.html", "a Friday-only ticket is $110", "price only in the FAQ"),
                 Q("sponsor.html", "Community stall: $150.", "exhibitor"), Q("jobs.html", "$92,000–$98,000 plus super.", "salary"),
                 Q("getting-here.html", "Airport shuttle: $22 one way.", "transport"), Q("getting-here.html", "Hotel Grand Chancellor: from $245 per night.", "hotel"),
                 Q("program.html", "Hidden fees in council software contracts", "talk")],
        "free_option": [Q("community-day.html", "Saturday is free for everyone.")],
        "fee_support": [Q("faq.html", "we have 25 Pay It Forward bursaries covering a full ticket and travel"), Q("tickets.html", "Concession (students, pensioners, Health Care Card holders) 140 160")],
        "remote_participation": [Q("index.html", "Our virtual ticket lets you watch every session live and ask questions in the chat.")],
        "captcha": [M("community-day.html", '<div class="cf-turnstile"')],
        "account_required": [Q("tickets.html", "You don't need an account to buy.")],
        "registration_form": [N("free-day RSVP (registration for the free day): name, email, sessions (radio=1), access requirements, how heard = 5; required: name, email, sessions (legend *) = 3; hidden id not counted; nothing sensitive", "community-day.html")],
        "registration_host": [M("tickets.html", 'href="https://events.humanitix.com/community-tech-tasmania-2027"')],
        "registration_pdf_only": [N("HTML")],
        "min_age": [Q("tickets.html", "The Youth Stream (ages 13–17) runs on Friday afternoon"), Q("faq.html", "Under-16s must be accompanied by an adult, except in the Youth Stream.", "not a minimum age")],
        "accessibility_statement": [Q("access.html", "Questions about access? Call or email our access coordinator")],
        "access_services": [Q("access.html", "Keynotes and plenary sessions are Auslan interpreted and have live captions on screen"),
                            Q("access.html", "the main hall is wheelchair accessible"), Q("access.html", "There is a low-sensory quiet room on level 1.", "not a service")],
        "videos_without_captions": [M("index.html", 'src="media/lightning.mp4">', "1 of 2 without track")],
        "pdf_only_documents": [N("no PDF")],
    })
