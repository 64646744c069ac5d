from lib import mk, Q, M, N, entry, video, placeholder_media, vtt
NAV = [("index.html", "Home"), ("tickets.html", "Tickets"), ("bursaries.html", "Travel bursaries"), ("online.html", "Join online"),
       ("accessibility.html", "Accessibility"), ("francais.html", "Français"), ("program.html", "Program"), ("sponsors.html", "Sponsors"),
       ("jobs.html", "Job board"), ("stay.html", "Where to stay")]
s = mk("gathering-indigenous-digital-futures-winnipeg", "Indigenous Digital Futures Gathering 2027", "en-CA", "#7c2d12", "IDF", NAV,
       foot={"en-CA": "<p>Treaty 1 territory and the homeland of the Red River Métis · gathering@idf-gathering.example.ca</p>"})
placeholder_media(s, "media/welcome.mp4"); vtt(s, "media/welcome.en.vtt", "Welcome, tansi")
s.page("index.html", "Indigenous Digital Futures Gathering 2027", f"""
<h1>Indigenous Digital Futures Gathering 2027</h1>
<p>Winnipeg, June 8–10, 2027, at the Forks. Three days for First Nations, Métis and Inuit technologists, language keepers, broadband co-ops and youth to share how communities own their data, networks and stories.</p>
<section lang="cr"><h2>ᓀᐦᐃᔭᐍᐏᐣ</h2>
<p>ᑖᓂᓯ! ᐊᐘ ᐅᐦᒋ ᒫᒋᐦᑖᐏᐣ ᐅᑕᐢᑭᔭᐣ ᑲ ᐃᔑ ᐊᐸᒋᐦᑕᔮᕽ ᒪᓯᓇᐦᐃᑲᐣ ᐁᑲᐧ ᐃᐢᐱᐦᑕᐢᑯᐠ ᐊᔭᒥᐏᓇ. ᐯ ᐑᒉᐍᐦᑲᑖᐤ ᐅᐦᒋ ᓂᐢᑐ ᑭᔑᑲᐤ ᐅᑌ ᐏᓂᐲᕽ.</p></section>
{video("media/welcome.mp4", track="media/welcome.en.vtt", track_lang="en", label="English")}
""")
s.page("tickets.html", "Tickets", """
<h1>Tickets</h1>
<div class="cards"><div class="card"><span class="price">$250 CAD</span> Full gathering pass</div>
<div class="card"><span class="price">$95 CAD</span> Students and Elders</div>
<div class="card"><span class="price">Free</span> Members of host Nations and community broadband co-ops</div></div>
<p>Tickets are on <a href="https://www.eventbrite.ca/e/indigenous-digital-futures-gathering-2027-tickets-55501234">Eventbrite</a>; checkout as a guest, no account needed.</p>
""")
s.page("bursaries.html", "Travel bursaries", """
<h1>Travel bursaries</h1>
<p>We cover travel and lodging for 40 participants from remote and fly-in communities. Elders who speak receive an honorarium of $200.</p>
<form action="@bursaries.html" method="post">
<label for="bn">Name *</label><input type="text" id="bn" name="bn" required>
<label for="be">Email *</label><input type="email" id="be" name="be" required>
<label for="bc">Community or Nation *</label><input type="text" id="bc" name="bc" required>
<label for="bw">Why do you want to attend?</label><textarea id="bw" name="bw"></textarea>
<div class="frc-captcha" data-sitekey="FCMIDF2027EXAMPLE"></div>
<button type="submit">Apply</button></form>
""")
s.page("online.html", "Join online", """
<h1>Join online</h1>
<p>The gathering is hybrid. Online participants join the talking circles on Zoom and are invited to speak in turn, like people in the room.</p>
""")
s.page("accessibility.html", "Accessibility", """
<h1>Accessibility</h1>
<p>All sessions have ASL interpretation and live captioning (CART) on the main screen.</p>
<p>On-site childcare is available for children aged 2 to 10; please book it with your ticket.</p>
<p>The venue is wheelchair accessible, with an accessible washroom on each floor.</p>
<p>Tell us what you need: access@idf-gathering.example.ca.</p>
""")
s.page("francais.html", "Rencontre sur les avenirs numériques autochtones", """
<h1>Rencontre sur les avenirs numériques autochtones 2027</h1>
<p>Winnipeg, du 8 au 10 juin 2027, à La Fourche. Trois jours pour les technologues, gardiens des langues, coopératives de large bande et jeunes des Premières Nations, des Métis et des Inuit.</p>
<p>Laissez-passer complet : 250 $ CA ; étudiants et aînés : 95 $ CA ; gratuit pour les membres des nations hôtes. Participation en ligne possible avec prise de parole.</p>
""", lang="en-CA")
s.page("program.html", "Program", """
<h1>Program</h1><ul><li>Spectrum licence fees and community networks</li><li>Registration of Indigenous domain names</li><li>Languages online: Cree and Ojibwe keyboards</li></ul>
""")
s.page("sponsors.html", "Sponsors", """
<h1>Sponsorship</h1><p>Thunderbird sponsor: $10,000. Vendor table: $450.</p>
""")
s.page("jobs.html", "Job board", """
<h1>Job board</h1><p>Network technician, Island Lake co-op: $68,000–$75,000 per year.</p>
""")
s.page("stay.html", "Where to stay", """
<h1>Where to stay</h1><p>Inn at the Forks: $179 per night. Parking at the Forks: $12 a day.</p>
""")
ENTRY = entry(s, name="Indigenous Digital Futures Gathering 2027 (Canadian Indigenous digital gathering, Winnipeg)",
    languages=["cr", "en", "fr"], fees=[(250, "CAD"), (95, "CAD")], free_option=True, fee_support=True,
    remote_participation=True, captcha=["friendlycaptcha"], account_required=False, registration_form=None,
    registration_host="www.eventbrite.ca", min_age=None, accessibility_statement=True,
    access_services=["cart", "childcare", "sign_language", "wheelchair_access"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "tickets.html", "bursaries.html", "online.html", "accessibility.html", "francais.html"],
    evidence={
        "languages": [Q("index.html", "Three days for First Nations, Métis and Inuit technologists"),
                      Q("index.html", "ᑖᓂᓯ! ᐊᐘ ᐅᐦᒋ ᒫᒋᐦᑖᐏᐣ", "Cree paragraph (lang=cr)"),
                      Q("francais.html", "Trois jours pour les technologues, gardiens des langues", "French page with lang=en-CA")],
        "un_languages": [N("en, fr")],
        "fees": [Q("tickets.html", "$250 CAD Full gathering pass"), Q("tickets.html", "$95 CAD Students and Elders"),
                 Q("francais.html", "Laissez-passer complet : 250 $ CA ; étudiants et aînés : 95 $ CA"),
                 Q("bursaries.html", "Elders who speak receive an honorarium of $200.", "honorarium"),
                 Q("sponsors.html", "Vendor table: $450.", "exhibitor"), Q("jobs.html", "$68,000–$75,000 per year.", "salary"),
                 Q("stay.html", "Inn at the Forks: $179 per night.", "hotel"), Q("program.html", "Spectrum licence fees and community networks", "talk")],
        "free_option": [Q("tickets.html", "Free Members of host Nations and community broadband co-ops")],
        "fee_support": [Q("bursaries.html", "We cover travel and lodging for 40 participants from remote and fly-in communities.")],
        "remote_participation": [Q("online.html", "Online participants join the talking circles on Zoom and are invited to speak in turn")],
        "captcha": [M("bursaries.html", '<div class="frc-captcha"', "on the bursary form of a participation page")],
        "account_required": [Q("tickets.html", "checkout as a guest, no account needed")],
        "registration_form": [N("registration on Eventbrite; the only form is a travel-bursary application (not a registration form)", "bursaries.html")],
        "registration_host": [M("tickets.html", 'href="https://www.eventbrite.ca/e/')],
        "registration_pdf_only": [N("platform")],
        "min_age": [Q("accessibility.html", "On-site childcare is available for children aged 2 to 10", "childcare ages, not a limit")],
        "accessibility_statement": [Q("accessibility.html", "Tell us what you need: access@idf-gathering.example.ca.")],
        "access_services": [Q("accessibility.html", "All sessions have ASL interpretation and live captioning (CART) on the main screen.", "CART named: cart (live captioning is CART here, listed once as cart)"),
                            Q("accessibility.html", "On-site childcare is available"), Q("accessibility.html", "The venue is wheelchair accessible")],
        "videos_without_captions": [M("index.html", 'srclang="en"', "captioned")],
        "pdf_only_documents": [N("no PDF")],
    })
