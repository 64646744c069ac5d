"""Lake Malawi fisheries co-management forum of a made-up co-management network (Mangochi). en-MW; Chichewa
section without lang."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media

SLUG = "lake-malawi-fisheries-comanagement-forum-mangochi"
NAV = [("index.html", "Home"), ("delegates.html", "Delegates and nomination"), ("agenda.html", "Agenda"),
       ("access.html", "Access"), ("faq.html", "Questions"), ("travel.html", "Travel and lodging"),
       ("partners.html", "Partners"), ("vacancies.html", "Vacancies")]
s = mk(SLUG, "Lake Malawi Fisheries Co-management Forum 2027", "en-MW", "#13607c", "LMF", NAV,
       foot={"en-MW": "<p>Lake Malawi Co-management Network, Box 114, Mangochi — forum@lakecomanage.example.mw</p>"},
       newsletter={"en-MW": ("Get forum news by e-mail", "Sign up")})
placeholder_media(s, "media/beaches.mp4")
s.pdf("docs/nomination-form.pdf", "Lake Malawi Fisheries Co-management Forum 2027\nDelegate nomination form\n"
      "Beach Village Committee: ____\nDelegate name: ____  Phone: ____\nSignature of BVC chair: ____")

s.page("index.html", "Lake Malawi Fisheries Co-management Forum 2027", """
<h1>Lake Malawi Fisheries Co-management Forum 2027</h1>
<p>The forum brings Beach Village Committees, fish traders, district fisheries officers and researchers together on
3 and 4 June 2027 at the Mangochi Community Hall to review how co-management of the lake's fisheries is working and
to comment on the draft co-management by-laws.</p>
<p>Read how delegates are <a href="@delegates.html">nominated</a>, see the <a href="@agenda.html">agenda</a> and
<a href="@access.html">access arrangements</a>.</p>
""" + video("media/beaches.mp4") + """
<h2>M'Chichewa</h2>
<p>Msonkhano wa oyang'anira usodzi pa Nyanja ya Malawi udzachitika ku Mangochi pa 3 ndi 4 June 2027. Komiti iliyonse
ya m'mphepete mwa nyanja isankhe nthumwi ziwiri pogwiritsa ntchito fomu yosankhira nthumwi, yomwe ipezeka ku ofesi ya
usodzi ya boma. Nthumwi zidzabwezeredwa ndalama zoyendera ndipo zidzalandira ndalama za tsiku ndi tsiku.</p>
""")

s.page("delegates.html", "Delegates and nomination", """
<h1>Delegates and nomination</h1>
<p>Each Beach Village Committee nominates two delegates, at least one of them a woman.</p>
<p>Download the <a href="@docs/nomination-form.pdf">delegate nomination form (PDF)</a>, print it, have it signed by
the committee chair and hand it in at your District Fisheries Office by 15 May 2027. There is no online
registration.</p>
<p>Delegates must be eighteen years or older.</p>
<p>Delegates' transport is refunded on arrival and each delegate receives a daily allowance of MK 15,000 for the two
days.</p>
""")

s.page("agenda.html", "Agenda", """
<h1>Agenda</h1>
<h2>Day 1</h2>
<ul>
<li>Opening by the District Commissioner</li>
<li>Catch trends of chambo and usipa, 2020–2026</li>
<li>Discussion: the proposed fishing licence fee of MK 10,000 per canoe in the draft by-laws</li>
<li>Youth on the beaches: boys and girls aged 14 to 17 in fish processing</li>
</ul>
<h2>Day 2</h2>
<ul>
<li>Group work by district</li>
<li>Resolutions of the forum</li>
</ul>
<p>The forum is in person only. A summary will be broadcast on community radio after the forum.</p>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The Mangochi Community Hall has a ramp at the main entrance and an accessible toilet.</p>
<p>A Malawian Sign Language interpreter can be arranged on request.</p>
<p>Tell us about any access needs at access@lakecomanage.example.mw or on 0999 000 114.</p>
""")

form = "".join([fld("qname", "Your name"), fld("qemail", "E-mail", "email"), fld("q", "Your question", "textarea")])
s.page("faq.html", "Questions", f"""
<h1>Questions</h1>
<details open><summary>Can I attend without being nominated?</summary>
<p>Observers from NGOs and the media may attend the plenary sessions; write to forum@lakecomanage.example.mw.</p></details>
<details open><summary>Can I follow online?</summary><p>No. The forum is held in the hall only.</p></details>
<h2>Ask us a question</h2>
<form action="@faq.html" method="post">
{form}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAB-lmf-mw"></div>
<button type="submit">Send</button>
</form>
""")

s.page("travel.html", "Travel and lodging", """
<h1>Travel and lodging</h1>
<p>Lakeshore lodges charge from MK 45,000 a night. A minibus from Blantyre costs about MK 8,000.</p>
""")

s.page("partners.html", "Partners", """
<h1>Partners</h1>
<p>The forum is supported by a MK 25 million grant from a fisheries development programme.</p>
""")

s.page("vacancies.html", "Vacancies", """
<h1>Vacancies</h1>
<p>Fisheries extension officer, Mangochi — MK 650,000 a month.</p>
""")

ENTRY = entry(
    s, name="Lake Malawi Fisheries Co-management Forum 2027 (co-management network, Mangochi)",
    languages=["en", "ny"],
    fees=[],
    free_option=None, fee_support=True, remote_participation=False, captcha=["turnstile"],
    account_required=False, registration_form=None,
    registration_host=None, registration_pdf_only=True, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "delegates.html", "agenda.html", "access.html", "faq.html"],
    evidence={
        "languages": [Q("index.html", "The forum brings Beach Village Committees, fish traders"),
                      Q("index.html", "Msonkhano wa oyang'anira usodzi pa Nyanja ya Malawi udzachitika ku Mangochi",
                        "Chichewa section without lang")],
        "un_languages": [N("en")],
        "fees": [N("nothing said about a price of taking part", "delegates.html"),
                 Q("delegates.html", "a daily allowance of MK 15,000", "allowance: not a fee"),
                 Q("agenda.html", "the proposed fishing licence fee of MK 10,000 per canoe", "subject of the forum: not a fee"),
                 Q("travel.html", "Lakeshore lodges charge from MK 45,000 a night.", "lodging, minibus: not fees"),
                 Q("partners.html", "MK 25 million grant", "funding: not a fee"),
                 Q("vacancies.html", "MK 650,000 a month", "salary: not a fee")],
        "free_option": [N("no word on the cost of taking part: null", "delegates.html")],
        "fee_support": [Q("delegates.html", "Delegates' transport is refunded on arrival and each delegate receives a daily allowance")],
        "remote_participation": [Q("agenda.html", "The forum is in person only. A summary will be broadcast on community radio after the forum."),
                                 Q("faq.html", "No. The forum is held in the hall only.")],
        "captcha": [M("faq.html", '<div class="cf-turnstile"', "on the question form")],
        "account_required": [N("PDF nomination, no account")],
        "registration_form": [N("no registration form; the 3-field question form on faq.html is not one")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("delegates.html", "hand it in at your District Fisheries Office by 15 May 2027. There is no online registration.")],
        "min_age": [Q("delegates.html", "Delegates must be eighteen years or older.", "18"),
                    Q("agenda.html", "boys and girls aged 14 to 17 in fish processing", "session topic: not a limit")],
        "accessibility_statement": [Q("access.html", "The Mangochi Community Hall has a ramp at the main entrance")],
        "access_services": [Q("access.html", "has a ramp at the main entrance and an accessible toilet", "wheelchair_access"),
                            Q("access.html", "A Malawian Sign Language interpreter can be arranged on request.", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/beaches.mp4">', "no track")],
        "pdf_only_documents": [Q("delegates.html", "delegate nomination form (PDF)", "registration form only as PDF")],
    })
