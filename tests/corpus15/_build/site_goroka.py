"""Highlands women in leadership summit of a (fictional) women's network, Goroka (en-PG; Tok Pisin section)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Home"), ("fees.html", "Fees"), ("register.html", "Register"), ("join-online.html", "Join online"),
       ("access.html", "Access and childcare"), ("programme.html", "Programme"), ("partners.html", "Partners"),
       ("stay.html", "Getting here")]
s = mk("highlands-women-leadership-summit-goroka", "Highlands Women in Leadership Summit 2027", "en-PG", "#6a1b9a", "HW",
       NAV, foot={"en-PG": '<p>Highlands Women\'s Leadership Network (fictional) · Goroka, Eastern Highlands · '
                           '<a href="mailto:summit@example.org.pg">summit@example.org.pg</a></p>'})
placeholder_media(s, "media/summit-2026.mp4")

s.page("index.html", "Highlands Women in Leadership Summit 2027 – Goroka", f"""
<h1>Highlands Women in Leadership Summit 2027</h1>
<p>Women councillors, village court magistrates, church leaders and savings-group members from the five Highlands
provinces meet in Goroka on 14–16 July 2027 to prepare for the local-level government elections.</p>
<ul>
  <li><a href="@fees.html">Fees and free places</a></li>
  <li><a href="@register.html">Register</a></li>
  <li><a href="@join-online.html">Join from your provincial office</a></li>
  <li><a href="@access.html">Access and haus pikinini</a></li>
</ul>
<section lang="tpi">
<h2>Long Tok Pisin</h2>
<p>Ol meri bilong ol ples i ken kam long dispela bung long Goroka. Ol meri bilong ol sevings grup i no ken baim
wanpela toea, na bung i save baim PMV na kaikai bilong ol. Yu ken raitim nem bilong yu long pes bilong rejista.</p>
</section>
<h2>Summit 2026 in pictures</h2>
{video("media/summit-2026.mp4")}
""")

s.page("fees.html", "Fees and free places", """
<h1>Fees and free places</h1>
<ul>
  <li>Government and NGO delegates: K250</li>
  <li>Church and community-based organisations: PGK 150</li>
</ul>
<p>Women from village savings groups register free of charge; the summit also pays their PMV fares and meals.</p>
""")

s.page("register.html", "Register", """
<h1>Register</h1>
<p>The summit is open to women aged 18 and over.</p>
<p>Registration is on our Airtable form. No Airtable account needed – just fill in the form.</p>
<p><a class="button" href="https://airtable.com/appHWLS2027fake/shrGorokaSummitForm">Open the registration form</a></p>
<p>If you cannot go online, register at your district women's desk.</p>
""")

s.page("join-online.html", "Join online", """
<h1>Join from your provincial office</h1>
<p>Women in Simbu, Jiwaka, Enga and Western Highlands can join the plenary sessions by Zoom from their provincial
administration offices, ask questions to the panel and take part in the group votes on the summit's resolutions.</p>
""")

s.page("access.html", "Access and childcare", """
<h1>Access and childcare</h1>
<p>The Goroka Show Grounds hall has a ramp at the main entrance and accessible toilets.</p>
<p>PNG Sign Language interpreters will be at all plenary sessions.</p>
<p>A haus pikinini with trained minders looks after children during the sessions.</p>
<p>Tell us what you need to take part: access@example.org.pg or the district women's desk.</p>
""")

s.page("programme.html", "Programme", """
<h1>Programme</h1>
<ul>
  <li>Voter registration drives in the Highlands</li>
  <li>Custom, bride price and women's voice</li>
  <li>Keeping girls aged 12 to 16 in school</li>
</ul>
""")

s.page("partners.html", "Partners", """
<h1>Partners</h1>
<p>The programme is funded with K1.2 million from development partners. We are hiring a provincial coordinator, K2,400 per fortnight.</p>
""")

s.page("stay.html", "Getting here", """
<h1>Getting here</h1>
<p>PMV fares within Goroka: K3. Hotel rooms from K480 per night. Flights Port Moresby–Goroka from K690.</p>
""")

ENTRY = entry(
    s, name="Highlands Women in Leadership Summit 2027 (fictional women's network, Goroka, Papua New Guinea)",
    languages=["en"], fees=[(250, "PGK"), (150, "PGK")],
    free_option=True, fee_support=True, remote_participation=True, captcha=[],
    account_required=False, registration_form=None, registration_host="airtable.com",
    min_age=18, accessibility_statement=True, access_services=["childcare", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "fees.html", "register.html", "join-online.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "Women councillors, village court magistrates"),
                      M("index.html", '<section lang="tpi">', "Tok Pisin: no ISO 639-1 code, not listable")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Government and NGO delegates: K250"),
                 Q("fees.html", "Church and community-based organisations: PGK 150"),
                 Q("partners.html", "K1.2 million from development partners", "funding, salary: not fees"),
                 Q("stay.html", "Hotel rooms from K480 per night.", "PMV, hotel, flights: not fees")],
        "free_option": [Q("fees.html", "Women from village savings groups register free of charge")],
        "fee_support": [Q("fees.html", "the summit also pays their PMV fares and meals")],
        "remote_participation": [Q("join-online.html", "ask questions to the panel and take part in the group votes")],
        "captcha": [N("no form on the site")],
        "account_required": [Q("register.html", "No Airtable account needed")],
        "registration_form": [N("no own form; registration on airtable.com")],
        "registration_host": [M("register.html", 'href="https://airtable.com/appHWLS2027fake/shrGorokaSummitForm"')],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", "The summit is open to women aged 18 and over."),
                    Q("programme.html", "Keeping girls aged 12 to 16 in school", "talk title, not a limit")],
        "accessibility_statement": [Q("access.html", "Tell us what you need to take part")],
        "access_services": [Q("access.html", "has a ramp at the main entrance and accessible toilets"),
                            Q("access.html", "PNG Sign Language interpreters will be at all plenary sessions."),
                            Q("access.html", "A haus pikinini with trained minders looks after children during the sessions.")],
        "videos_without_captions": [M("index.html", 'src="media/summit-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
