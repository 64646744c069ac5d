"""Caucasus open-data conference in Tbilisi: English, Georgian pages, a Russian section."""
from lib import make, video, placeholder_media, vtt

NAV = {"en": [("index.html", "Home"), ("programme.html", "Programme"), ("tickets.html", "Tickets"), ("grants.html", "Travel grants"),
              ("remote.html", "Remote speakers"), ("access.html", "Access"), ("partners.html", "Partners"), ("venue.html", "Venue &amp; stay")],
       "ka": [("ka/index.html", "მთავარი"), ("ka/tickets.html", "ბილეთები"), ("index.html", "English")]}
FOOT = {"en": "<p>South Caucasus Open Data Conference · Tbilisi · team@scodc.example.ge</p>",
        "ka": "<p>სამხრეთ კავკასიის ღია მონაცემების კონფერენცია · team@scodc.example.ge</p>"}
s = make("south-caucasus-open-data-tbilisi", name="South Caucasus Open Data Conference 2026", lang="en", colour="#b22234",
         logo="SC", navs=NAV, foot=FOOT, brand={"en": "South Caucasus Open Data Conference", "ka": "ღია მონაცემების კონფერენცია"},
         langs={"en": [("ka/index.html", "ქართული")], "ka": [("index.html", "English")]},
         skip={"ka": "გადასვლა შინაარსზე"}, homes={"ka": "ka/index.html"})
placeholder_media(s, "media/scodc-2025.mp4")
vtt(s, "media/scodc-2025.ka.vtt", "კეთილი იყოს თქვენი მობრძანება.")

s.page("index.html", "South Caucasus Open Data Conference 2026 — Tbilisi", """
<h1>South Caucasus Open Data Conference 2026</h1>
<p>24–25 September 2026 · Rustaveli Hall, Tbilisi</p>
<p>Two days for the people who open, clean and use public data in Georgia, Armenia and Azerbaijan: civil servants, journalists, researchers and developers. Talks, a data clinic and a hands-on workshop on procurement data.</p>
<p><a class="button" href="@tickets.html">Tickets</a> <a href="@grants.html">Travel grants</a> · <a href="@remote.html">Speaking remotely</a> · <a href="@access.html">Access</a></p>
<h2>Looking back at 2025</h2>
""" + video("media/scodc-2025.mp4", track="media/scodc-2025.ka.vtt", track_kind="subtitles", track_lang="ka", label="ქართული") + """
<section lang="ru">
<h2>Информация на русском языке</h2>
<p>Конференция собирает специалистов по открытым данным из Грузии, Армении и Азербайджана. Доклады читаются на английском и грузинском языках, а в главном зале работает синхронный перевод на русский.</p>
<p>Билеты продаются на платформе Tito. Участники из Армении и Азербайджана могут подать заявку на грант, который покрывает дорогу и две ночи в гостинице.</p>
</section>
""")

s.page("tickets.html", "Tickets — SCODC 2026", """
<h1>Tickets</h1>
<p>All participants, speakers and volunteers included, buy a ticket; ticket income pays for the hall and the interpreters.</p>
<table><caption>Prices in Georgian lari</caption>
<tr><th>Ticket</th><th>Price</th><th>What you get</th></tr>
<tr><td>Regular</td><td>₾ 60</td><td>Both days, lunch and coffee</td></tr>
<tr><td>Student</td><td>₾ 20</td><td>Both days, lunch and coffee; student card at the door</td></tr>
<tr><td>Procurement data workshop (add-on)</td><td>₾ 35</td><td>Half-day workshop on 25 September, laptop needed</td></tr>
</table>
<p>Buy on <a href="https://ti.to/scodc/2026">ti.to/scodc/2026</a>. Tito does not ask you to create an account; your ticket arrives by e-mail.</p>
""")

s.page("grants.html", "Travel grants — SCODC 2026", """
<h1>Travel grants</h1>
<p>We want the conference to be regional, not just a Tbilisi event. Participants from Armenia and Azerbaijan can apply for a travel grant of up to ₾ 400 that covers the bus or train fare and two nights in a guesthouse.</p>
<p>Send two lines about your work with data to grants@scodc.example.ge before 1 August.</p>
""")

s.page("remote.html", "Remote speakers — SCODC 2026", """
<h1>Speaking remotely</h1>
<p>If you cannot travel to Tbilisi, you can still give your talk: remote speakers present live over video from their own computer, are shown on the hall screen and take questions from the audience afterwards.</p>
<p>Tell the programme team when you submit your proposal; we run a connection test with every remote speaker the week before.</p>
""")

s.page("access.html", "Access — SCODC 2026", """
<h1>Access</h1>
<ul>
  <li>Rustaveli Hall has step-free access from the side entrance on Rustaveli Avenue and a lift to the upper foyer; the hall and the workshop room are wheelchair accessible.</li>
  <li>Simultaneous interpretation between Georgian and English, with a Russian channel, in the main hall.</li>
  <li>Georgian Sign Language interpretation for the opening and the closing plenary.</li>
</ul>
<p>Tell us what else you need: access@scodc.example.ge.</p>
""")

s.page("ka/index.html", "სამხრეთ კავკასიის ღია მონაცემების კონფერენცია 2026", """
<h1>სამხრეთ კავკასიის ღია მონაცემების კონფერენცია 2026</h1>
<p>კონფერენცია გაიმართება თბილისში, რუსთაველის დარბაზში, 2026 წლის 24-25 სექტემბერს.</p>
<p>კონფერენციაზე იკრიბებიან საჯარო მოხელეები, ჟურნალისტები, მკვლევრები და დეველოპერები საქართველოდან, სომხეთიდან და აზერბაიჯანიდან. პროგრამაში არის მოხსენებები, მონაცემების კლინიკა და პრაქტიკული ვორქშოპი სახელმწიფო შესყიდვების მონაცემებზე.</p>
<p>მთავარ დარბაზში მუშაობს სინქრონული თარგმანი ქართულ და ინგლისურ ენებს შორის. <a href="@ka/tickets.html">ბილეთები</a></p>
""", lang="ka")

s.page("ka/tickets.html", "ბილეთები — ღია მონაცემების კონფერენცია", """
<h1>ბილეთები</h1>
<p>ყველა მონაწილე, მომხსენებლების ჩათვლით, ყიდულობს ბილეთს.</p>
<ul>
  <li>სტანდარტული ბილეთი — 60 ლარი</li>
  <li>სტუდენტური ბილეთი — 20 ლარი</li>
  <li>ვორქშოპი (დამატებით) — 35 ლარი</li>
</ul>
<p>ბილეთების შეძენა: <a href="https://ti.to/scodc/2026">ti.to/scodc/2026</a></p>
""", lang="ka")

s.page("programme.html", "Programme — SCODC 2026", """
<h1>Programme</h1>
<ul>
  <li>Language Data for Small Languages: Megrelian and Svan corpora</li>
  <li>Free Public Transit Data in Yerevan</li>
  <li>Registering Beneficial Owners in Baku and Tbilisi</li>
  <li>Data clinic: bring your messy spreadsheet</li>
</ul>
""")

s.page("partners.html", "Partners — SCODC 2026", """
<h1>Partners</h1>
<table><tr><th>Package</th><th>Contribution</th></tr>
<tr><td>Conference partner</td><td>₾ 8,000</td></tr>
<tr><td>Coffee partner</td><td>₾ 2,500</td></tr>
<tr><td>Community partner</td><td>Free table for non-profits</td></tr>
</table>
""")

s.page("venue.html", "Venue and stay — SCODC 2026", """
<h1>Venue and stay</h1>
<p>Rustaveli Hall is two minutes from Rustaveli metro station; a metro ride costs 1 GEL. A Bolt taxi from the airport is about ₾ 35.</p>
<p>Hotels: Hotel Sololaki ₾ 180 per night; Old Town Guesthouse ₾ 95 per night.</p>
<p>Exchange rates (September): 1 USD = 2.70 GEL; 1 GEL = 145 AMD; 1 GEL = 0.63 AZN.</p>
""")

EXPECTED = '''
  # Caucasus conference (Tbilisi). English site, Georgian pages, a Russian section. Lari as "₾ 60" and
  # "60 ლარი"; "All participants, speakers and volunteers included, buy a ticket" (free_option false);
  # workshop add-on; travel grants for Armenia/Azerbaijan + student rate; remote speakers present live;
  # Tito (ti.to) without account; interpretation ka/en/ru, Georgian Sign Language, wheelchair; the only
  # video has a `subtitles` track. Distractors: grant amount, partner packages, a "Free table" for
  # non-profits, metro, taxi, hotels, AMD/AZN exchange rates; "Language Data…", "Free Public Transit
  # Data", "Registering Beneficial Owners" talk titles.
  - id: south-caucasus-open-data-tbilisi
    name: South Caucasus Open Data Conference 2026
    start: index.html
    expected:
      languages: [en, ka, ru]
      un_languages: [en, ru]
      fees:
        - {amount: 60.0, currency: GEL}
        - {amount: 20.0, currency: GEL}
        - {amount: 35.0, currency: GEL}
      free_option: false
      fee_support: true
      remote_participation: true
      captcha: []
      account_required: false
      registration_form: null
      registration_host: ti.to
      registration_pdf_only: false
      min_age: null
      accessibility_statement: true
      access_services: [interpretation, sign_language, wheelchair_access]
      videos_without_captions: 0
      pdf_only_documents: false
    participation_pages: [index.html, tickets.html, grants.html, remote.html, access.html, ka/index.html, ka/tickets.html]
    deliberate_404: []
    evidence:
      languages:
        - {page: index.html, quote: "Two days for the people who open, clean and use public data in Georgia, Armenia and Azerbaijan"}
        - {page: ka/index.html, quote: "კონფერენციაზე იკრიბებიან საჯარო მოხელეები, ჟურნალისტები, მკვლევრები და დეველოპერები"}
        - {page: index.html, quote: "Конференция собирает специалистов по открытым данным из Грузии, Армении и Азербайджана.", note: "Russian section of two paragraphs"}
      un_languages:
        - {note: "en, ru; ka is not a UN language"}
      fees:
        - {page: tickets.html, quote: "Regular ₾ 60 Both days, lunch and coffee"}
        - {page: tickets.html, quote: "Student ₾ 20"}
        - {page: tickets.html, quote: "Procurement data workshop (add-on) ₾ 35"}
        - {page: ka/tickets.html, quote: "სტანდარტული ბილეთი — 60 ლარი", note: "same GEL 60"}
        - {page: grants.html, quote: "a travel grant of up to ₾ 400", note: "grant amount: not a fee"}
        - {page: partners.html, quote: "Conference partner ₾ 8,000", note: "partner package: not a fee (also ₾ 2,500)"}
        - {page: venue.html, quote: "Hotel Sololaki ₾ 180 per night", note: "hotel: not a fee (also ₾ 95, metro 1 GEL, taxi ₾ 35, exchange rates)"}
      free_option:
        - {page: tickets.html, quote: "All participants, speakers and volunteers included, buy a ticket"}
        - {page: ka/tickets.html, quote: "ყველა მონაწილე, მომხსენებლების ჩათვლით, ყიდულობს ბილეთს."}
        - {page: partners.html, quote: "Free table for non-profits", note: "a free exhibition table: not a free way to take part"}
      fee_support:
        - {page: grants.html, quote: "Participants from Armenia and Azerbaijan can apply for a travel grant"}
        - {page: tickets.html, quote: "Student ₾ 20", note: "reduced student rate"}
      remote_participation:
        - {page: remote.html, quote: "remote speakers present live over video from their own computer, are shown on the hall screen and take questions from the audience afterwards"}
      captcha:
        - {note: "no CAPTCHA; tickets on Tito"}
      account_required:
        - {page: tickets.html, quote: "Tito does not ask you to create an account"}
      registration_form:
        - {note: "no form on the site"}
      registration_host:
        - {page: tickets.html, markup: 'href="https://ti.to/scodc/2026"'}
      registration_pdf_only:
        - {note: "tickets online"}
      min_age:
        - {note: "no age is mentioned"}
      accessibility_statement:
        - {page: access.html, quote: "Tell us what else you need: access@scodc.example.ge."}
      access_services:
        - {page: access.html, quote: "the hall and the workshop room are wheelchair accessible"}
        - {page: access.html, quote: "Simultaneous interpretation between Georgian and English, with a Russian channel, in the main hall."}
        - {page: access.html, quote: "Georgian Sign Language interpretation for the opening and the closing plenary."}
      videos_without_captions:
        - {page: index.html, markup: '<track kind="subtitles" src="media/scodc-2025.ka.vtt" srclang="ka"', note: "a subtitles track counts as captions"}
      pdf_only_documents:
        - {note: "no PDF"}
'''
