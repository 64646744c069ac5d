from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "Home"), ("register.html", "Register"), ("fellowships.html", "Fellowships"), ("remote.html", "Remote hubs"),
       ("access.html", "Accessibility"), ("programme.html", "Programme"), ("visa.html", "Visa & hotels"), ("ne/index.html", "नेपाली")]
s = mk("south-asia-igf-kathmandu", "South Asia Internet Governance Forum", "en", "#283593", "SA", NAV,
       foot={"en": "<p>SAIGF Secretariat · secretariat@saigf.example.org.np</p>"})
placeholder_media(s, "media/opening.mp4"); vtt(s, "media/opening.en.vtt", "Welcome to Kathmandu.")
s.pdf("docs/programme.pdf", "SAIGF Programme\nDay 1 Opening\nDay 2 Youth track")
s.page("index.html", "South Asia IGF 2027 — Kathmandu", """
<h1>South Asia Internet Governance Forum 2027</h1>
<p>Kathmandu, 8–10 December. A multistakeholder forum on connectivity, digital rights and content moderation across South Asia.</p>
<p>There is no registration fee. <a href="@register.html">Register via the form</a>.</p>
""" + video("media/opening.mp4", track="media/opening.en.vtt") + "\n")
s.page("register.html", "Register", """
<h1>Register</h1>
<p>Registration is through our <a href="https://forms.gle/SaIgF2027Reg">online form</a>. The Youth IGF track is open to participants aged 16 to 30.</p>
""")
s.page("fellowships.html", "Fellowships", """
<h1>Fellowships</h1>
<p>Fellowships cover travel and accommodation for 25 participants from Bhutan, the Maldives and Afghanistan, plus a per diem of USD 40 per day.</p>
""")
s.page("remote.html", "Remote hubs", """
<h1>Remote participation</h1>
<p>Remote hubs in Dhaka, Colombo and Lahore join every session; remote participants can make interventions from the hubs or from home through the moderated queue.</p>
""")
s.page("access.html", "Accessibility", """
<h1>Accessibility</h1>
<p>All plenaries have live captions in English and Nepali Sign Language interpretation. Write to access@saigf.example.org.np with any access needs.</p>
""")
s.page("programme.html", "Programme", """
<h1>Programme</h1><p>The programme is available as a <a href="@docs/programme.pdf">PDF</a> only. Session highlights: “Language rights online”, “Registration of domain names in Devanagari”. <a href="@speakers.html">Speakers</a></p>
""")
s.page("visa.html", "Visa & hotels", """
<h1>Visa and hotels</h1><p>Tourist visa on arrival: USD 30 for 15 days. Hotel Himal: NPR 9,500 per night. Airport taxi: Rs 1,200.</p>
""")
s.page("ne/index.html", "दक्षिण एसिया इन्टरनेट सुशासन मञ्च", """
<h1>दक्षिण एसिया इन्टरनेट सुशासन मञ्च २०२७</h1>
<p>काठमाडौं, मंसिर २२–२४। दक्षिण एसियामा इन्टरनेट पहुँच, डिजिटल अधिकार र सामग्री नियमनबारे बहुसरोकारवाला मञ्च। दर्ता निःशुल्क छ।
टाढाबाट सहभागीहरूले पनि आफ्ना विचार राख्न सक्नुहुन्छ।</p>
""", lang="ne")
ENTRY = entry(s, name="South Asia Internet Governance Forum (South Asian IGF)",
    languages=["en", "ne"], free_option=True, fee_support=True, remote_participation=True, account_required=False,
    registration_host="forms.gle", min_age=16, accessibility_statement=True, access_services=["captions", "sign_language"],
    pdf_only_documents=True, deliberate_404=["speakers.html"],
    participation_pages=["index.html", "register.html", "fellowships.html", "remote.html", "access.html", "programme.html", "ne/index.html"],
    evidence={
        "languages": [Q("index.html", "A multistakeholder forum on connectivity, digital rights"), Q("ne/index.html", "दक्षिण एसियामा इन्टरनेट पहुँच, डिजिटल अधिकार र सामग्री नियमनबारे बहुसरोकारवाला मञ्च")],
        "un_languages": [N("en")],
        "fees": [Q("index.html", "There is no registration fee."), Q("fellowships.html", "a per diem of USD 40 per day", "per diem, not a fee"),
                 Q("visa.html", "Tourist visa on arrival: USD 30 for 15 days.", "visa, hotel, taxi — not fees")],
        "free_option": [Q("index.html", "There is no registration fee.")],
        "fee_support": [Q("fellowships.html", "Fellowships cover travel and accommodation for 25 participants")],
        "remote_participation": [Q("remote.html", "remote participants can make interventions from the hubs or from home")],
        "captcha": [N("none")], "account_required": [N("not stated")], "registration_form": [N("Google Form")],
        "registration_host": [M("register.html", 'href="https://forms.gle/SaIgF2027Reg"')], "registration_pdf_only": [N("online form")],
        "min_age": [Q("register.html", "The Youth IGF track is open to participants aged 16 to 30.")],
        "accessibility_statement": [Q("access.html", "Write to access@saigf.example.org.np with any access needs.")],
        "access_services": [Q("access.html", "All plenaries have live captions in English and Nepali Sign Language interpretation.")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/opening.en.vtt"')],
        "pdf_only_documents": [Q("programme.html", "The programme is available as a PDF only.")],
    })
