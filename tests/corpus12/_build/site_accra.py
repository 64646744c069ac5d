from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "Home"), ("tickets.html", "Tickets"), ("members.html", "Chapter members"), ("remote.html", "Join remotely"),
       ("accessibility.html", "Accessibility"), ("programme.html", "Programme"), ("sponsors.html", "Sponsor us"), ("travel.html", "Getting here")]
s = mk("isoc-ghana-chapter-annual-meeting-accra", "Internet Society Ghana Chapter — Annual Meeting 2027", "en-GH", "#1d4e89", "IS", NAV,
       foot={"en-GH": '<p>Internet Society Ghana Chapter · Accra · <a href="@report-2025.html">2025 meeting report</a></p>'},
       newsletter={"en-GH": ("Chapter newsletter", "Subscribe")})
placeholder_media(s, "media/recap.mp4"); placeholder_media(s, "media/welcome.mp4")
vtt(s, "media/welcome-en.vtt", "Welcome to the chapter meeting")
s.page("index.html", "ISOC Ghana Chapter Annual Meeting 2027", f"""
<h1>Annual Meeting 2027: Community Networks and a Safer Internet</h1>
<p>The chapter's annual meeting takes place on 20 May 2027 at the Accra International Conference Centre, with the Ghana Youth IGF track in the afternoon.</p>
<section lang="tw"><h2>Twi</h2><p>Yɛto nsa frɛ mo nyinaa sɛ mommra yɛn afe nhyiamu yi mu. Yɛbɛkasa afa intanɛt a ɛyɛ ahobammɔ ne nkurow mu nkitahodi ho, na mmofra ne mpanyin nyinaa betumi de wɔn adwene aba.</p></section>
<p><a class="button" href="@tickets.html">Get your ticket</a></p>
<h2>Highlights from last year</h2>
{video("media/recap.mp4")}
{video("media/welcome.mp4", track="media/welcome-en.vtt")}
""")
s.page("tickets.html", "Tickets", """
<h1>Tickets</h1>
<div class="cards">
<div class="card"><h2>Non-member</h2><span class="price">GH₵ 150</span></div>
<div class="card"><h2>Student</h2><span class="price">GHS 20 <small>valid student ID at the door</small></span></div>
<div class="card"><h2>Chapter member</h2><span class="price">GH₵ 0 <small>see <a href="@members.html">members</a></small></span></div>
</div>
<p>Tickets are issued through Microsoft Forms; you do not need a Microsoft account: <a href="https://forms.office.com/r/isocgh2027">Register on forms.office.com</a>.</p>
<p>The Youth IGF track is open to participants aged 16–24; under-18s need a consent note from a parent.</p>
""")
s.page("members.html", "Chapter members", """
<h1>Chapter members</h1>
<p>Members of the chapter attend the annual meeting free of charge. Membership itself is free for individuals; organisational membership costs GH₵ 600 per year.</p>
<h2>Member portal</h2>
<form action="@members.html" method="post">
<label for="u">Member e-mail</label><input type="email" id="u" name="u">
<label for="pw">Password</label><input type="password" id="pw" name="pw">
<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
<button type="submit">Log in</button></form>
""")
s.page("remote.html", "Join remotely", """
<h1>Join remotely</h1>
<p>The plenary and the Youth IGF track are streamed. Remote participants can ask questions and take part in the polls through the Q&amp;A panel, moderated by our remote hub coordinator.</p>
<p>Bandwidth tip: the audio-only stream uses about 40 MB per hour.</p>
""")
s.page("accessibility.html", "Accessibility", """
<h1>Accessibility</h1>
<p>The conference centre has step-free access and accessible toilets; wheelchair users can reach all meeting rooms by lift.</p>
<p>Live captioning in English is provided for the plenary, on screen and in the stream.</p>
<p>Tell us about any other access needs at access@isoc-gh.example.org and we will do our best to help.</p>
""")
s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul><li>09:00 Opening: the cost of data in Ghana — mobile data prices and the 1.5% e-levy</li><li>11:00 Community networks panel</li><li>14:00 Ghana Youth IGF track</li><li>16:30 Chapter general assembly</li></ul>
<p>Recipients of the Internet Society Fellowship (up to US$1,500 for travel to the global IETF) will be announced.</p>
""")
s.page("sponsors.html", "Sponsor us", """
<h1>Sponsorship</h1>
<p>Platinum sponsor GH₵ 20,000 · Gold GH₵ 10,000 · Exhibition table GH₵ 3,000.</p>
<p>We are hiring a part-time community manager (GH₵ 4,500 per month).</p>
""")
s.page("travel.html", "Getting here", """
<h1>Getting here</h1>
<p>A trotro from Circle costs about GH₵ 8; ride-hailing from Kotoka airport costs GH₵ 60–90. Partner hotel rooms from US$ 110 per night.</p>
""")
ENTRY = entry(s, name="Internet Society Ghana Chapter Annual Meeting 2027 (ISOC chapter meeting, Accra)",
    languages=["en", "tw"], fees=[(150, "GHS"), (20, "GHS")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["turnstile"], account_required=False, registration_form=None,
    registration_host="forms.office.com", min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "captions"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tickets.html", "members.html", "remote.html", "accessibility.html"],
    deliberate_404=["report-2025.html"],
    evidence={
        "languages": [Q("index.html", "The chapter's annual meeting takes place on 20 May 2027"), Q("index.html", "Yɛto nsa frɛ mo nyinaa sɛ mommra yɛn afe nhyiamu yi mu.", "Twi section (lang=tw, ISO 639-1 tw)")],
        "un_languages": [N("en")],
        "fees": [Q("tickets.html", "GH₵ 150", "GHS"), Q("tickets.html", "GHS 20", "student ticket"),
                 Q("tickets.html", "GH₵ 0", "free member ticket: the free option, not a fee entry"),
                 Q("members.html", "organisational membership costs GH₵ 600 per year", "membership dues"),
                 Q("programme.html", "up to US$1,500 for travel", "fellowship amount"),
                 Q("programme.html", "mobile data prices and the 1.5% e-levy", "session title"),
                 Q("sponsors.html", "Platinum sponsor GH₵ 20,000", "sponsor/exhibitor"), Q("sponsors.html", "GH₵ 4,500 per month", "salary"),
                 Q("travel.html", "A trotro from Circle costs about GH₵ 8", "transport, hotel")],
        "free_option": [Q("members.html", "Members of the chapter attend the annual meeting free of charge.")],
        "fee_support": [Q("tickets.html", "GHS 20", "student rate below GH₵ 150")],
        "remote_participation": [Q("remote.html", "Remote participants can ask questions and take part in the polls through the Q&A panel")],
        "captcha": [M("members.html", '<div class="cf-turnstile"', "on the member login form of a participation page: counts")],
        "account_required": [Q("tickets.html", "you do not need a Microsoft account")],
        "registration_form": [N("registration only on forms.office.com; the member login and the newsletter are not registration forms")],
        "registration_host": [M("tickets.html", 'href="https://forms.office.com/r/isocgh2027"')],
        "registration_pdf_only": [N("third-party form")],
        "min_age": [Q("tickets.html", "The Youth IGF track is open to participants aged 16–24", "range: lower bound 16")],
        "accessibility_statement": [Q("accessibility.html", "Tell us about any other access needs at access@isoc-gh.example.org")],
        "access_services": [Q("accessibility.html", "wheelchair users can reach all meeting rooms by lift"),
                            Q("accessibility.html", "Live captioning in English is provided for the plenary", "captions, CART not named")],
        "videos_without_captions": [M("index.html", 'src="media/recap.mp4">', "no track"), M("index.html", 'src="media/welcome-en.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
