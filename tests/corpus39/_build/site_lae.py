"""Lae (Papua New Guinea): a network operators' group's meeting and DNS forum (technical community). English with a
Tok Pisin section. Pages and labels written together."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

SLUG = "niugini-nog-dns-forum-lae"
NAV = [("index.html", "Home"), ("register.html", "Register"), ("fees.html", "Fees"), ("virtual.html", "Virtual pass"),
       ("fellowships.html", "Fellowships"), ("venue.html", "Venue and access"), ("faq.html", "FAQ"),
       ("sponsors.html", "Sponsors"), ("jobs.html", "Job board")]
FOOT = {"en-PG": "<p>© 2027 Niugini Network Operators Group · Lae, Morobe Province · secretariat@niunog.example.pg</p>"}
s = mk(SLUG, "NiuNOG 6 and DNS Forum", "en-PG", "#8a1c1c", "NNOG", NAV, foot=FOOT)

TP1 = ("NiuNOG em i bung bilong ol man na meri husat i save wokim ol netwok bilong intanet long Papua Niugini. Long "
       "dispela yia bung i kamap long Lae, na em bai toktok long DNS, IXP na seif bilong ol netwok.")
TP2 = "Yu mas rejista long pota bilong NiuNOG. Ol stiuden i baim K 150 tasol."
NOFREE = "There are no complimentary passes; speakers and volunteers register too."
VIRT = "The virtual pass gives access to the livestream only. Questions are taken from the room only."
FELLOW = ("NiuNOG fellowships cover the full conference pass, a return airfare to Lae and three nights of lodging for "
          "network engineers from the Highlands, the Islands region and neighbouring Pacific countries.")
ACC = "You need a NiuNOG portal account to register. Create one below; if you already have an account, log in."
STEP = ("The venue is step-free from the drop-off point to the main hall and the tutorial rooms, with a lift and an "
        "accessible toilet on each floor.")
CART = "All plenary sessions have live captioning (CART) on the screen beside the stage."
UNDER16 = "Under-16s must be accompanied by a parent or guardian at all times."

SIGNUP = ('<form action="@register.html" method="post">'
          + fld("given", "Given name (mandatory field)")
          + fld("family", "Family name (mandatory field)")
          + fld("email", "Email (mandatory field)", "email")
          + fld("pw", "Password (mandatory field)", "password")
          + fld("pw2", "Confirm password (mandatory field)", "password")
          + fld("org", "Organisation (mandatory field)")
          + fld("country", "Country of residence", "select",
                opts=["Papua New Guinea", "Solomon Islands", "Vanuatu", "Fiji", "Australia", "Other"])
          + fld("mobile", "Mobile number", "tel")
          + fld("pass", "Pass type", "select", req=True,
                opts=["Full conference pass", "Student pass", "Virtual pass", "International delegate"])
          + fld("tshirt", "T-shirt size", "select", opts=["S", "M", "L", "XL", "XXL"])
          + fld("diet", "Dietary needs")
          + fld("list", "Subscribe me to the NiuNOG mailing list", "checkbox")
          + '<button type="submit">Create account and register</button></form>')
LOGIN = ('<form action="@register.html" method="post">'
         + fld("lemail", "Email", "email") + fld("lpw", "Password", "password")
         + '<button type="submit">Log in</button></form>')

placeholder_media(s, "media/niunog5-keynote.mp4")
vtt(s, "media/niunog5-keynote.en.vtt", "Welcome to NiuNOG 5.")
s.page("index.html", "NiuNOG 6 and DNS Forum, Lae", f"""
<h1>NiuNOG 6 and DNS Forum</h1>
<p class="note">Lae, Morobe Province, 9–11 June 2027 (tutorial day on 10 June).</p>
<p>The Niugini Network Operators Group is the meeting place of the people who build and run Papua New Guinea's networks: internet service providers, the internet exchange point, universities, government IT teams and the .pg registry. NiuNOG 6 covers routing security, DNS and DNSSEC, peering at the exchange point and resilience during cyclones and earthquakes.</p>
<p>See the <a href="@fees.html">fees</a>, <a href="@register.html">register</a> or apply for a <a href="@fellowships.html">fellowship</a>.</p>
<h2>Keynote from NiuNOG 5</h2>
{video("media/niunog5-keynote.mp4", track="media/niunog5-keynote.en.vtt", track_lang="en", label="English")}
<section lang="tpi">
<h2>Long Tok Pisin</h2>
<p>{TP1}</p>
<p>{TP2}</p>
</section>
""")

s.page("register.html", "Register", f"""
<h1>Register</h1>
<p>{ACC}</p>
<h2>Create a NiuNOG account</h2>
{SIGNUP}
<h2>Already have an account?</h2>
{LOGIN}
""")

s.page("fees.html", "Fees", f"""
<h1>Fees</h1>
<table>
<caption>Registration rates</caption>
<tr><th>Pass</th><th>Price</th></tr>
<tr><td>Full conference pass (two days)</td><td>K 450</td></tr>
<tr><td>Student pass (full-time students)</td><td>K 150</td></tr>
<tr><td>DNSSEC hands-on tutorial day (add-on, 10 June)</td><td>K 200</td></tr>
<tr><td>Virtual pass (livestream only)</td><td>K 100</td></tr>
<tr><td>International delegates (full pass, from outside PNG)</td><td>US$ 250</td></tr>
</table>
<p>{NOFREE}</p>
<p>Passes include lunch and refreshments. Payment by card online or in kina at the registration desk.</p>
""")

s.page("virtual.html", "Virtual pass", f"""
<h1>Virtual pass</h1>
<p>{VIRT}</p>
<p>Recordings of the plenary sessions are published on the NiuNOG channel two weeks after the meeting.</p>
""")

s.page("fellowships.html", "Fellowships", f"""
<h1>Fellowships</h1>
<p>{FELLOW}</p>
<p>Fellowships are worth up to US$ 1,200 each. To apply, e-mail a short CV and a paragraph on your network to fellowships@niunog.example.pg before 15 April 2027.</p>
""")

s.page("venue.html", "Venue and access", f"""
<h1>Venue and access</h1>
<p>NiuNOG 6 takes place at the Lae International Convention Hall.</p>
<p>{STEP}</p>
<p>{CART}</p>
<p>Questions about access: access@niunog.example.pg.</p>
<h2>Getting there and staying</h2>
<p>Hotels in Lae charge from K 480 a night. PMV fares within Lae are K 2; a taxi from Nadzab airport costs about K 150.</p>
""")

s.page("faq.html", "FAQ", f"""
<h1>Frequently asked questions</h1>
<details open><summary>Can I bring my children?</summary><p>{UNDER16}</p></details>
<details open><summary>Can I pay on site?</summary><p>Yes, by card or in kina at the registration desk.</p></details>
<details open><summary>Is there a code of conduct?</summary><p>Yes, every participant accepts the NiuNOG code of conduct.</p></details>
""")

s.pdf("sponsors/niunog6-prospectus.pdf", "NiuNOG 6 sponsor prospectus\nPlatinum, Gold and Exhibition packages")
s.page("sponsors.html", "Sponsors", """
<h1>Sponsor NiuNOG 6</h1>
<ul>
  <li>Platinum sponsor: US$ 8,000</li>
  <li>Gold sponsor: US$ 4,000</li>
  <li>Exhibition booth: K 3,500</li>
</ul>
<p><a href="@sponsors/niunog6-prospectus.pdf">Download the sponsor prospectus (PDF)</a></p>
""")

s.page("jobs.html", "Job board", """
<h1>Job board</h1>
<ul>
  <li>Network engineer, Lae: salary K 85,000 to K 110,000 per year.</li>
  <li>DNS operations officer, Port Moresby: salary K 70,000 per year.</li>
</ul>
""")

ENTRY = entry(
    s, name="NiuNOG 6 and DNS Forum (Lae)",
    languages=["en"], fees=[(450, "PGK"), (150, "PGK"), (200, "PGK"), (100, "PGK"), (250, "USD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=[], account_required=True,
    registration_form=(12, 7, ["affiliation", "phone"]), registration_host=None, registration_pdf_only=False,
    min_age=None, accessibility_statement=True, access_services=["wheelchair_access", "cart"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "register.html", "fees.html", "virtual.html", "fellowships.html", "venue.html",
                         "faq.html"],
    evidence={
        "languages": [Q("index.html", "The Niugini Network Operators Group is the meeting place"),
                      Q("index.html", TP1, "Tok Pisin section (lang=\"tpi\"): no ISO 639-1 code, not listable")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "Full conference pass (two days) K 450"),
                 Q("fees.html", "Student pass (full-time students) K 150"),
                 Q("fees.html", "DNSSEC hands-on tutorial day (add-on, 10 June) K 200", "add-on of the event"),
                 Q("fees.html", "Virtual pass (livestream only) K 100", "paid watch-only pass: a fee"),
                 Q("fees.html", "International delegates (full pass, from outside PNG) US$ 250", "USD entry of its own"),
                 Q("index.html", TP2, "restated in Tok Pisin: no new entry"),
                 Q("fellowships.html", "Fellowships are worth up to US$ 1,200 each", "not a fee"),
                 Q("sponsors.html", "Platinum sponsor: US$ 8,000", "not a fee"),
                 Q("venue.html", "Hotels in Lae charge from K 480 a night", "not a fee"),
                 Q("jobs.html", "salary K 85,000 to K 110,000 per year", "not a fee")],
        "free_option": [Q("fees.html", NOFREE)],
        "fee_support": [Q("fees.html", "Student pass (full-time students) K 150", "student rate"),
                        Q("fellowships.html", FELLOW)],
        "remote_participation": [Q("virtual.html", VIRT, "watch-only")],
        "captcha": [N("no CAPTCHA on the sign-up, login or any form")],
        "account_required": [Q("register.html", ACC)],
        "registration_form": [N("portal sign-up: given name*, family name*, email*, password*, confirmation*, "
                                "organisation* (affiliation), country of residence, mobile (phone), pass type "
                                "(required attribute), T-shirt, diet, mailing-list checkbox = 12 fields, 7 required; "
                                "new marker (mandatory field); the 2-field login form is not it")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online portal")],
        "min_age": [Q("faq.html", UNDER16, "accompaniment rule, not a limit")],
        "accessibility_statement": [Q("venue.html", STEP)],
        "access_services": [Q("venue.html", STEP, "wheelchair_access"), Q("venue.html", CART, "cart only")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "the only video has captions")],
        "pdf_only_documents": [Q("sponsors.html", "Download the sponsor prospectus (PDF)",
                                 "the only PDF is a sponsor prospectus: not a participation document")],
    })
