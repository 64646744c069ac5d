"""Boda-boda riders' road-safety forum, county riders' federation, Mombasa (sw-KE, en section without lang)."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media

NAV = [("index.html", "Nyumbani"), ("tiketi.html", "Tiketi na ada"), ("programu.html", "Programu"), ("mafunzo.html", "Mafunzo ya huduma ya kwanza"),
       ("maswali.html", "Maswali"), ("wadhamini.html", "Wadhamini"), ("usafiri.html", "Usafiri na malazi"), ("kazi.html", "Nafasi za kazi")]
FOOT = {"sw-KE": '<p>Shirikisho la Waendesha Bodaboda Kaunti ya Mombasa, Barabara ya Moi, Mombasa. kongamano@bodaboda.example.ke</p>'
                 '<p><a href="@ripoti-2025.html">Ripoti ya kongamano 2025</a></p>'}
s = mk("kongamano-usalama-bodaboda-mombasa", "Kongamano la Usalama wa Bodaboda 2027", "sw-KE", "#e65100", "BB", NAV, foot=FOOT)
placeholder_media(s, "media/kongamano-2025.mp4")

s.page("index.html", "Kongamano la Usalama wa Bodaboda 2027", """
<h1>Kongamano la Usalama wa Bodaboda</h1>
<p>Shirikisho la Waendesha Bodaboda Kaunti ya Mombasa linawaalika waendesha bodaboda, wamiliki, polisi wa trafiki na makampuni ya bima kwenye kongamano la siku mbili, tarehe 16 na 17 Septemba 2027, katika ukumbi wa Tononoka.</p>
<p>Tutajadili kofia ngumu, mwanga wa usiku, bima na mafunzo ya udereva.</p>
""" + video("media/kongamano-2025.mp4") + """
<section>
<h2>In English</h2>
<p>The Mombasa County Boda-Boda Riders' Federation invites riders, owners, traffic police and insurers to a two-day road-safety forum on 16 and 17 September 2027 at Tononoka Hall.</p>
<p>Riders from registered SACCOs attend free of charge. Company delegates pay KSh 2,000; tickets are issued through MOOKH.</p>
</section>
""")

s.page("tiketi.html", "Tiketi na ada", """
<h1>Tiketi na ada</h1>
<ul>
<li>Waendesha bodaboda wa SACCO zilizosajiliwa: bure</li>
<li>Wajumbe wa makampuni na taasisi: KSh 2,000</li>
<li>Mafunzo ya huduma ya kwanza (hiari, siku ya pili mchana): KSh 1,000</li>
</ul>
<p>Tiketi zote, hata za bure, zinatolewa kupitia <a href="https://www.mookh.com/event/kongamano-bodaboda-mombasa-2027/">MOOKH</a>. Unahitaji kufungua akaunti ya MOOKH ili kupata tiketi.</p>
""")

s.page("programu.html", "Programu", """
<h1>Programu</h1>
<ul>
<li>Siku ya 1: sheria mpya za trafiki; bima ya abiria; usalama wa wanawake waendesha bodaboda.</li>
<li>Siku ya 2: mwanga na mavazi ya kuakisi; mafunzo ya huduma ya kwanza.</li>
</ul>
<p>Kutakuwa na ukalimani wa Kiswahili na Kiingereza kwenye vikao vyote.</p>
<p>Kongamano ni la ana kwa ana tu.</p>
""")

s.page("mafunzo.html", "Mafunzo ya huduma ya kwanza", """
<h1>Mafunzo ya huduma ya kwanza</h1>
<p>Mafunzo haya ya saa tatu yanatolewa na wakufunzi wa Msalaba Mwekundu. Washiriki wanapaswa kuwa na umri wa miaka kumi na minane au zaidi na leseni halali ya udereva.</p>
""")

qform = ('<form action="@maswali.html" method="post">'
         + fld("jina", "Jina") + fld("simu", "Nambari ya simu", "tel") + fld("swali", "Swali lako", "textarea")
         + '<div class="g-recaptcha" data-sitekey="6Lc-example-mombasa-boda"></div>'
         + '<button type="submit">Tuma swali</button></form>')
s.page("maswali.html", "Maswali", """
<h1>Maswali yanayoulizwa mara kwa mara</h1>
<details open><summary>Je, naweza kushiriki kwa mtandao?</summary><p>Hapana. Hakuna ushiriki wa mtandaoni wala matangazo ya moja kwa moja.</p></details>
<details open><summary>Je, ninahitaji akaunti?</summary><p>Ndiyo, akaunti ya MOOKH inahitajika kupata tiketi.</p></details>
<h2>Tuma swali</h2>
""" + qform)

s.page("wadhamini.html", "Wadhamini", """
<h1>Wadhamini</h1>
<p>Kifurushi cha mdhamini mkuu: KSh 250,000. Meza ya maonyesho kwa wauzaji wa kofia ngumu: KSh 15,000.</p>
<p>Kofia ngumu zinauzwa ukumbini kwa KSh 3,500 kila moja; vifaa vya huduma ya kwanza KSh 1,200.</p>
""")

s.page("usafiri.html", "Usafiri na malazi", """
<h1>Usafiri na malazi</h1>
<p>Matatu kutoka Likoni hadi Tononoka: KSh 80. Feri ya Likoni ni bure kwa watembea kwa miguu.</p>
<p>Hoteli karibu na ukumbi: kuanzia KSh 3,000 kwa usiku.</p>
""")

s.page("kazi.html", "Nafasi za kazi", """
<h1>Nafasi za kazi</h1>
<p>Mratibu wa usalama barabarani, SACCO ya Changamwe: mshahara KSh 45,000 kwa mwezi.</p>
""")

ENTRY = entry(
    s, name="Boda-boda riders' road-safety forum 2027 (county riders' federation, Mombasa, Kenya)",
    languages=["sw", "en"],
    fees=[(2000, "KES"), (1000, "KES")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["recaptcha"], account_required=True,
    registration_form=None, registration_host="www.mookh.com", registration_pdf_only=False, min_age=18,
    accessibility_statement=False, access_services=["interpretation"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "tiketi.html", "programu.html", "mafunzo.html", "maswali.html"],
    deliberate_404=["ripoti-2025.html"],
    evidence={
        "languages": [Q("index.html", "linawaalika waendesha bodaboda, wamiliki, polisi wa trafiki na makampuni ya bima"),
                      Q("index.html", "The Mombasa County Boda-Boda Riders' Federation invites riders, owners, traffic police and insurers", "English section without lang")],
        "un_languages": [N("en")],
        "fees": [Q("tiketi.html", "Wajumbe wa makampuni na taasisi: KSh 2,000", "2000 KES"),
                 Q("tiketi.html", "Mafunzo ya huduma ya kwanza (hiari, siku ya pili mchana): KSh 1,000", "paid first-aid training of the forum 1000 KES"),
                 Q("index.html", "Company delegates pay KSh 2,000", "restated in English: no new entry"),
                 Q("wadhamini.html", "Kofia ngumu zinauzwa ukumbini kwa KSh 3,500 kila moja", "sponsor, stand, helmets, kits: not fees"),
                 Q("usafiri.html", "Matatu kutoka Likoni hadi Tononoka: KSh 80.", "fares, hotel: not fees"),
                 Q("kazi.html", "mshahara KSh 45,000 kwa mwezi", "salary: not a fee")],
        "free_option": [Q("tiketi.html", "Waendesha bodaboda wa SACCO zilizosajiliwa: bure"),
                        Q("index.html", "Riders from registered SACCOs attend free of charge.")],
        "fee_support": [Q("tiketi.html", "Waendesha bodaboda wa SACCO zilizosajiliwa: bure", "free for one group")],
        "remote_participation": [Q("maswali.html", "Hakuna ushiriki wa mtandaoni wala matangazo ya moja kwa moja."),
                                 Q("programu.html", "Kongamano ni la ana kwa ana tu.")],
        "captcha": [M("maswali.html", '<div class="g-recaptcha"', "on the FAQ question form")],
        "account_required": [Q("tiketi.html", "Unahitaji kufungua akaunti ya MOOKH ili kupata tiketi.")],
        "registration_form": [N("tickets only through MOOKH; the only own form is a 3-field question form", "maswali.html")],
        "registration_host": [M("tiketi.html", 'href="https://www.mookh.com/event/kongamano-bodaboda-mombasa-2027/"')],
        "registration_pdf_only": [N("platform tickets")],
        "min_age": [Q("mafunzo.html", "Washiriki wanapaswa kuwa na umri wa miaka kumi na minane au zaidi", "first-aid training of the forum: 18")],
        "accessibility_statement": [N("only interpretation is mentioned; no provision, no contact for access needs")],
        "access_services": [Q("programu.html", "Kutakuwa na ukalimani wa Kiswahili na Kiingereza kwenye vikao vyote.", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/kongamano-2025.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
