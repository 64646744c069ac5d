from lib import mk, Q, M, N, entry, video, placeholder_media, fld, radios

NAV = [("index.html", "Home"), ("register.html", "Register"), ("faq.html", "FAQ"), ("agenda.html", "Agenda"),
       ("access.html", "Access"), ("sponsors.html", "Sponsors"), ("jobs.html", "Job board"), ("travel.html", "Travel & stay")]
s = mk("salone-women-in-tech-summit-freetown", "Salone Women in Tech Summit 2027", "en-SL", "#1b7f3b", "SWiT", NAV,
       foot={"en-SL": "<p>Salone Women in Tech Network · Wilkinson Road, Freetown · hello@swit.example.sl</p>"})
placeholder_media(s, "media/summit2026.mp4")
s.pdf("docs/agenda-2027.pdf", "Salone Women in Tech Summit 2027 - agenda\nDay 1: keynotes, panels\nDay 2: hands-on labs")

s.page("index.html", "Salone Women in Tech Summit 2027", f"""
<h1>Salone Women in Tech Summit 2027</h1>
<p class="note">Kushɛ! Wi de wet fɔ una.</p>
<p>Two days of talks, coding labs and mentoring for women and girls building Sierra Leone's digital future, on 9–10 October 2027 at the Youyi Building conference hall in Freetown. Developers, founders, students and civil servants from every district are welcome.</p>
<p><a href="@register.html">Register</a> · <a href="@faq.html">FAQ</a> · <a href="@agenda.html">Agenda</a> · <a href="@access.html">Access</a></p>
{video("media/summit2026.mp4")}
""")

form = "\n".join([
    fld("d-name", "Full name (required)", req=True),
    fld("d-mail", "Email (required)", "email", req=True),
    fld("d-phone", "Mobile number (required)", "tel", req=True),
    fld("d-nin", "National Identification Number (NIN) (required)"),
    fld("d-org", "Organisation, university or school"),
    radios("d-cat", "Delegate category (required)", ["Standard", "University student", "International", "Secondary-school girl"]),
    fld("d-track", "Lab track", "select", opts=["Web development", "Data and AI", "Mobile money products", "Cybersecurity"]),
    fld("d-shirt", "T-shirt size", "select", opts=["S", "M", "L", "XL"]),
    fld("d-terms", "I agree to the code of conduct", "checkbox"),
])
s.page("register.html", "Register", f"""
<h1>Register</h1>
<table><thead><tr><th>Delegate category</th><th>Fee</th></tr></thead><tbody>
<tr><td>Standard delegate</td><td>Le 250</td></tr>
<tr><td>University students (with student ID)</td><td>Le 100</td></tr>
<tr><td>International delegates</td><td>US$40</td></tr>
</tbody></table>
<p>All prices are in new leones: Le 250 is Le 250,000 in old notes. Pay by Orange Money or at the door.</p>
<form action="@register.html" method="post">
<input type="hidden" name="src" value="site">
{form}
<div class="h-captcha" data-sitekey="made-up-freetown-sitekey"></div>
<button type="submit">Register</button>
</form>
""")

s.page("faq.html", "FAQ", """
<h1>Frequently asked questions</h1>
<details open><summary>Do secondary-school girls pay?</summary><p>No. Secondary-school girls attend free of charge: register with the same form and choose the category "Secondary-school girl".</p></details>
<details open><summary>Is there an age limit?</summary><p>Participants must be aged fifteen and above. Under-18s bring a consent letter signed by a parent.</p></details>
<details open><summary>Can I join online?</summary><p>No. The opening keynote is streamed on YouTube to watch only; there is no virtual participation and questions are taken in the hall.</p></details>
""")

s.page("agenda.html", "Agenda", """
<h1>Agenda</h1>
<p>The full agenda is published as a PDF only: <a href="@docs/agenda-2027.pdf">download the agenda (PDF, 30 KB)</a>.</p>
<p>Doors open at 8:30 each day.</p>
""")

s.page("access.html", "Access", """
<h1>Access</h1>
<p>The Youyi Building conference hall has a ramp at the main entrance and an accessible toilet on the same floor.</p>
<p>Sierra Leone Sign Language interpreters can be booked on request: write to access@swit.example.sl at least ten days before the summit.</p>
""")

s.page("sponsors.html", "Sponsors", """
<h1>Sponsors</h1>
<p>Gold sponsor package: Le 60,000 or US$2,500, with a stand in the foyer. Exhibition table for start-ups: Le 3,000.</p>
""")

s.page("jobs.html", "Job board", """
<h1>Job board</h1>
<ul><li>Junior web developer, fintech start-up, Freetown — Le 9,000 a month</li><li>Data analyst, Ministry partner project — Le 12,500 a month</li></ul>
""")

s.page("travel.html", "Travel & stay", """
<h1>Travel and stay</h1>
<p>Partner hotel on Aberdeen Road: US$95 a night with breakfast. A keke ride across town costs about Le 15; an okada about Le 10. The Lungi water taxi from the airport is US$45.</p>
""")

ENTRY = entry(s,
    name="Salone Women in Tech Summit 2027 (women-in-tech network, Freetown)",
    languages=["en"],
    fees=[(250, "SLE"), (100, "SLE"), (40, "USD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["hcaptcha"],
    account_required=False, registration_form=(9, 5, ["affiliation", "id_document", "phone"]),
    registration_host=None, min_age=15, accessibility_statement=True,
    access_services=["sign_language", "wheelchair_access"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "register.html", "faq.html", "agenda.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "Two days of talks, coding labs and mentoring for women and girls"),
                      Q("index.html", "Kushɛ! Wi de wet fɔ una.", "Krio greeting only: not content, and no ISO 639-1 code")],
        "un_languages": [N("en")],
        "fees": [Q("register.html", "Standard delegate Le 250", "250 SLE"),
                 Q("register.html", "University students (with student ID) Le 100", "100 SLE"),
                 Q("register.html", "International delegates US$40", "40 USD"),
                 Q("register.html", "Le 250 is Le 250,000 in old notes", "old-leone restatement: no new entry"),
                 Q("sponsors.html", "Gold sponsor package: Le 60,000 or US$2,500", "sponsorship and exhibition table: not fees"),
                 Q("jobs.html", "Le 9,000 a month", "salaries: not fees"),
                 Q("travel.html", "US$95 a night", "hotel, keke, okada, water taxi: not fees")],
        "free_option": [Q("faq.html", "Secondary-school girls attend free of charge", "free for one group, said in the FAQ")],
        "fee_support": [Q("register.html", "University students (with student ID) Le 100", "student rate below Le 250"),
                        Q("faq.html", "Secondary-school girls attend free of charge", "waiver for one group")],
        "remote_participation": [Q("faq.html", "The opening keynote is streamed on YouTube to watch only; there is no virtual participation")],
        "captcha": [M("register.html", '<div class="h-captcha"')],
        "account_required": [N("own form without password; no platform", "register.html")],
        "registration_form": [N("register.html: 9 fields: name, e-mail, mobile, NIN, organisation/university/school, category radio group, lab-track select, T-shirt select, code-of-conduct checkbox; hidden input not counted. Required (required attribute or '(required)'): name, e-mail, mobile, NIN, category = 5. Sensitive: phone, id_document (NIN), affiliation.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("faq.html", "Participants must be aged fifteen and above.", "15, in words; only in the FAQ")],
        "accessibility_statement": [Q("access.html", "The Youyi Building conference hall has a ramp at the main entrance and an accessible toilet on the same floor.")],
        "access_services": [Q("access.html", "has a ramp at the main entrance", "wheelchair_access"),
                            Q("access.html", "Sierra Leone Sign Language interpreters can be booked on request", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/summit2026.mp4">', "no track")],
        "pdf_only_documents": [Q("agenda.html", "The full agenda is published as a PDF only", "agenda only as PDF")],
    })
