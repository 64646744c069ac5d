from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Home"), ("tickets.html", "Tickets"), ("online.html", "Online pass"), ("faq.html", "FAQ"),
       ("access.html", "Access"), ("sponsors.html", "Sponsors"), ("stay.html", "Stay and travel"), ("shop.html", "Shop")]
FOOT = '<p>Fiji Inclusive Sport Federation — Laucala Bay Road, Suva (made up) — coaches@fijiinclusivesport.example.fj</p>'
s = mk("fiji-inclusive-sport-coaches-conference", "Fiji Inclusive Sport Coaches' Conference 2027", "en-FJ", "#00629b",
       "FIS", NAV, foot={"en-FJ": FOOT})
placeholder_media(s, "media/coaches-2026.mp4")

s.page("index.html", "Fiji Inclusive Sport Coaches' Conference 2027", """
<h1>Inclusive Sport Coaches' Conference 2027</h1>
<p>Coaches from rugby, athletics, netball, swimming and boccia clubs meet for two days to learn how to include athletes with disabilities in everyday training, from adapted drills to classification basics.</p>
<p>27–28 August 2027, Laucala Bay Sports Hall, Suva.</p>
""" + video("media/coaches-2026.mp4") + """
<section>
<h2>Vosa Vakaviti</h2>
<p>Na koniferedi oqo e sa dolava vei ira na vuli qito mai na veikalapu kece e Viti. Eda na vulica vata na sala me ra vakaitavi kina na dauqito e vakaleqai na yagodra ena veivakavulici ni veisiga.</p>
</section>
""")

s.page("tickets.html", "Tickets", """
<h1>Tickets</h1>
<ul>
<li>Coach: FJ$120</li>
<li>Coach from an affiliated club (member rate): FJ$95</li>
<li>Online pass: FJ$40</li>
</ul>
<p>There are no free registrations; presenters also register.</p>
<p>We are not able to offer bursaries, concessions or travel support this year.</p>
<p>Coaches must be 18 years or older to register.</p>
<p><a class="button" href="https://www.trybooking.com/events/landing/fisc-2027">Book on TryBooking</a></p>
""")

s.page("online.html", "Online pass", """
<h1>Online pass</h1>
<p>The online pass lets you watch the stream only; questions are taken in the room.</p>
""")

s.page("faq.html", "FAQ", """
<h1>Questions</h1>
<details open><summary>Do I need a TryBooking account?</summary><p>No. You can book as a guest, no account needed.</p></details>
<details open><summary>Can I pay at the door?</summary><p>No, all tickets are sold online.</p></details>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The sports hall has step-free entrances and wheelchair seating on both sides of the court.</p>
<p>Fiji Sign Language interpreters will work at all sessions.</p>
<p>Real-time captioning (CART) will be shown on the main screen.</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsors</h1>
<p>Naming partner: FJ$15,000. Session partner: FJ$4,000.</p>
<p>Prize for the Coach of the Year award: FJ$1,000.</p>
""")

s.page("stay.html", "Stay and travel", """
<h1>Stay and travel</h1>
<p>Harbourside hotel: FJ$210 per night.</p>
<p>Bus from Nausori to Suva: FJ$3.50; a taxi from Nausori airport costs about FJ$35.</p>
""")

s.page("shop.html", "Shop", """
<h1>Conference shop</h1>
<p>Adapted sport training kit (cones, bells, tactile markers): FJ$65.</p>
""")

ENTRY = entry(s, name="Fiji inclusive sport coaches' conference 2027 (inclusive sport federation, Suva, Fiji)",
    languages=["en", "fj"],
    fees=[(120, "FJD"), (95, "FJD"), (40, "FJD")],
    free_option=False, fee_support=False, remote_participation=False, captcha=[], account_required=False,
    registration_form=None, registration_host="www.trybooking.com", registration_pdf_only=False, min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "cart"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tickets.html", "online.html", "faq.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "Coaches from rugby, athletics, netball, swimming and boccia clubs meet for two days"),
                      Q("index.html", "Na koniferedi oqo e sa dolava vei ira na vuli qito mai na veikalapu kece e Viti.", "Fijian section without lang")],
        "un_languages": [N("en")],
        "fees": [Q("tickets.html", "Coach: FJ$120", "120 FJD"),
                 Q("tickets.html", "Coach from an affiliated club (member rate): FJ$95", "member rate 95 FJD (category rate)"),
                 Q("tickets.html", "Online pass: FJ$40", "paid watch-only pass 40 FJD"),
                 Q("sponsors.html", "Prize for the Coach of the Year award: FJ$1,000.", "prize, sponsor: not fees"),
                 Q("stay.html", "Harbourside hotel: FJ$210 per night.", "hotel, bus, taxi: not fees"),
                 Q("shop.html", "Adapted sport training kit (cones, bells, tactile markers): FJ$65.", "kit sold: not a fee")],
        "free_option": [Q("tickets.html", "There are no free registrations; presenters also register.")],
        "fee_support": [Q("tickets.html", "We are not able to offer bursaries, concessions or travel support this year.", "member rate is not support")],
        "remote_participation": [Q("online.html", "The online pass lets you watch the stream only; questions are taken in the room.")],
        "captcha": [N("no CAPTCHA, no form")],
        "account_required": [Q("faq.html", "No. You can book as a guest, no account needed.")],
        "registration_form": [N("no own form; TryBooking only")],
        "registration_host": [M("tickets.html", 'href="https://www.trybooking.com/events/landing/fisc-2027"')],
        "registration_pdf_only": [N("online booking")],
        "min_age": [Q("tickets.html", "Coaches must be 18 years or older to register.")],
        "accessibility_statement": [Q("access.html", "The sports hall has step-free entrances and wheelchair seating on both sides of the court.")],
        "access_services": [Q("access.html", "step-free entrances and wheelchair seating", "wheelchair_access"),
                            Q("access.html", "Fiji Sign Language interpreters will work at all sessions.", "sign_language"),
                            Q("access.html", "Real-time captioning (CART) will be shown on the main screen.", "cart only")],
        "videos_without_captions": [M("index.html", 'src="media/coaches-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
