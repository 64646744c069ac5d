from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Tahanan"), ("paglahok.html", "Paglahok"), ("pagpaparehistro.html", "Pagpaparehistro"),
       ("mga-tanong.html", "Mga tanong"), ("akses.html", "Akses"), ("sponsor.html", "Mga sponsor"),
       ("biyahe.html", "Biyahe at tuluyan"), ("trabaho.html", "Trabaho")]
FOOT = '<p>Samahan ng mga Mangingisda at Tagapagtanim ng Bakawan ng Batangas — Barangay Malabrigo, Lobo, Batangas (kathang-isip) — pagtitipon@bakawan-batangas.example.ph</p>'
s = mk("pagtitipon-tagapagtanim-bakawan-batangas", "Pagtitipon ng mga Tagapagtanim ng Bakawan 2027", "tl", "#0b7a5a",
       "Bakawan", NAV, foot={"tl": FOOT})
placeholder_media(s, "media/pagtatanim-2026.mp4")
s.pdf("docs/form-pagpaparehistro-2027.pdf", "Pagtitipon ng mga Tagapagtanim ng Bakawan 2027\nForm sa pagpaparehistro: pangalan, barangay, samahan, lagda")

s.page("index.html", "Pagtitipon ng mga Tagapagtanim ng Bakawan 2027", """
<h1>Pagtitipon ng mga Tagapagtanim ng Bakawan 2027</h1>
<p>Isang araw para sa mga mangingisda, kababaihan ng mga samahan sa baybayin at mga kabataang nagtatanim ng bakawan sa Verde Island Passage. Pag-uusapan natin kung aling mga punla ang nabubuhay, paano binabantayan ang mga taniman, at paano tumataas ang huli ng isda.</p>
<p>Ika-15 ng Mayo 2027, bulwagan ng Barangay Malabrigo, Lobo. Makikita ang mga larawan ng nakaraang taon sa <a href="@pagtitipon-2025.html">pahina ng 2025</a>.</p>
""" + video("media/pagtatanim-2026.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The gathering brings fishers, coastal women's groups and young mangrove planters together to compare which seedlings survive, how plantations are monitored and how catches have changed. Taking part is free; registration is by paper form only.</p>
</section>
""")

s.page("paglahok.html", "Paglahok", """
<h1>Paglahok</h1>
<p>Libre ang paglahok sa pagtitipon para sa lahat ng kasapi ng mga samahan sa baybayin.</p>
<p>Sasagutin ng samahan ang pamasahe sa bangka ng mga delegado mula sa Isla Verde at Maricaban.</p>
<p>Bukas ang pagtitipon sa mga may edad labinlima pataas.</p>
""")

s.page("pagpaparehistro.html", "Pagpaparehistro", """
<h1>Pagpaparehistro</h1>
<p>Walang online na pagpaparehistro. I-download ang form (PDF), sagutan, at ibigay sa barangay hall bago ang ika-30 ng Abril.</p>
<p><a href="@docs/form-pagpaparehistro-2027.pdf">Form sa pagpaparehistro (PDF)</a></p>
""")

s.page("mga-tanong.html", "Mga tanong", """
<h1>Mga madalas itanong</h1>
<details open><summary>Puwede bang lumahok online?</summary><p>Walang online na paglahok; sa mismong lugar lamang ang pagtitipon.</p></details>
<details open><summary>Kailangan bang magdala ng punla?</summary><p>Hindi, may mga punlang itatanim sa hapon.</p></details>
""")

s.page("akses.html", "Akses", """
<h1>Akses</h1>
<p>Ang bulwagan ay nasa unang palapag at may rampa para sa wheelchair.</p>
<p>May Filipino Sign Language (FSL) interpreter kapag hiniling isang linggo bago ang pagtitipon.</p>
<p>May sulok para sa mga bata na may nagbabantay na mga boluntaryo.</p>
<p>May interpretasyong Tagalog–Ingles para sa mga bisitang mananaliksik.</p>
""")

s.page("sponsor.html", "Mga sponsor", """
<h1>Mga sponsor</h1>
<p>Pangunahing sponsor: ₱50,000. Ang nursery ng aming sponsor ay nagbebenta ng punla ng bakawan sa ₱15 bawat punla.</p>
""")

s.page("biyahe.html", "Biyahe at tuluyan", """
<h1>Biyahe at tuluyan</h1>
<p>Bangka mula Isla Verde papuntang Lobo: ₱120. Jeepney mula Batangas City: ₱45.</p>
<p>Pension house sa Lobo: ₱1,200 bawat gabi.</p>
""")

s.page("trabaho.html", "Trabaho", """
<h1>Trabaho</h1>
<p>Community organizer para sa proyekto ng bakawan: ₱18,000 kada buwan.</p>
""")

ENTRY = entry(s, name="Mangrove planters' and fishers' gathering 2027 (fishers' and mangrove planters' association, Lobo, Batangas, Philippines)",
    languages=["tl", "en"], fees=[], free_option=True, fee_support=True, remote_participation=False,
    captcha=[], account_required=False, registration_form=None, registration_host=None, registration_pdf_only=True,
    min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "childcare", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "paglahok.html", "pagpaparehistro.html", "mga-tanong.html", "akses.html"],
    deliberate_404=["pagtitipon-2025.html"],
    evidence={
        "languages": [Q("index.html", "Isang araw para sa mga mangingisda, kababaihan ng mga samahan sa baybayin"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The gathering brings fishers, coastal women's groups and young mangrove planters together")],
        "un_languages": [N("en")],
        "fees": [Q("paglahok.html", "Libre ang paglahok sa pagtitipon", "free: fees []"),
                 Q("sponsor.html", "₱15 bawat punla", "seedlings, sponsor: not fees"),
                 Q("biyahe.html", "Pension house sa Lobo: ₱1,200 bawat gabi.", "boat, jeepney, lodging: not fees"),
                 Q("trabaho.html", "₱18,000 kada buwan", "salary: not a fee")],
        "free_option": [Q("paglahok.html", "Libre ang paglahok sa pagtitipon para sa lahat ng kasapi ng mga samahan sa baybayin.")],
        "fee_support": [Q("paglahok.html", "Sasagutin ng samahan ang pamasahe sa bangka ng mga delegado mula sa Isla Verde at Maricaban.")],
        "remote_participation": [Q("mga-tanong.html", "Walang online na paglahok; sa mismong lugar lamang ang pagtitipon.")],
        "captcha": [N("no CAPTCHA, no form")],
        "account_required": [N("paper form, no account")],
        "registration_form": [N("no online form; registration by PDF form")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("pagpaparehistro.html", "Walang online na pagpaparehistro. I-download ang form (PDF), sagutan, at ibigay sa barangay hall")],
        "min_age": [Q("paglahok.html", "Bukas ang pagtitipon sa mga may edad labinlima pataas.")],
        "accessibility_statement": [Q("akses.html", "Ang bulwagan ay nasa unang palapag at may rampa para sa wheelchair.")],
        "access_services": [Q("akses.html", "may rampa para sa wheelchair", "wheelchair_access"),
                            Q("akses.html", "May Filipino Sign Language (FSL) interpreter kapag hiniling", "sign_language"),
                            Q("akses.html", "May sulok para sa mga bata na may nagbabantay na mga boluntaryo.", "childcare"),
                            Q("akses.html", "May interpretasyong Tagalog–Ingles para sa mga bisitang mananaliksik.", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/pagtatanim-2026.mp4">', "no track")],
        "pdf_only_documents": [Q("pagpaparehistro.html", "I-download ang form (PDF)", "registration form only as PDF")],
    })
