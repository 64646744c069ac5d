from lib import mk, Q, M, N, entry

NAV = [("index.html", "Mwanzo"), ("usajili.html", "Usajili"), ("ada.html", "Ada ya ushiriki"), ("maswali.html", "Maswali"),
       ("ufikivu.html", "Ufikivu"), ("ratiba.html", "Ratiba"), ("wadhamini.html", "Wadhamini"), ("en.html", "English")]
s = mk("kongamano-vijana-biashara-kidijitali-dar-es-salaam", "Kongamano la Vijana wa Afrika Mashariki — Biashara ya Kidijitali 2027", "sw-TZ", "#00838f", "KV", NAV,
       foot={"sw-TZ": "<p>Sekretarieti ya Kongamano, Mlimani City, Dar es Salaam · vijana@eayouth-digital.example.org</p>"})
s.pdf("docs/ratiba-2027.pdf", "Ratiba ya Kongamano 2027\nSiku ya 1: Ufunguzi\nSiku ya 2: Warsha")
s.page("index.html", "Kongamano la Vijana 2027", """
<h1>Kongamano la Vijana wa Afrika Mashariki kuhusu Biashara ya Kidijitali</h1>
<p>Vijana wajasiriamali kutoka Tanzania, Kenya, Uganda, Rwanda, Burundi, Sudan Kusini na DR Kongo watakutana Dar es Salaam tarehe 2 hadi 4 Desemba 2027 kujadili malipo ya simu, biashara mtandaoni kuvuka mipaka na ajira za kidijitali.</p>
<p><a class="button" href="@usajili.html">Jisajili sasa</a> · <a href="@ada.html">Ada ya ushiriki</a></p>
""")
s.page("usajili.html", "Usajili", """
<h1>Fomu ya usajili</h1>
<p>Kongamano ni kwa vijana wenye umri wa miaka 18 hadi 35.</p>
<form action="@usajili.html" method="post">
<label for="j">Jina kamili (lazima)</label><input type="text" id="j" name="jina">
<label for="s">Namba ya simu (lazima)</label><input type="tel" id="s" name="simu">
<label for="b">Barua pepe</label><input type="email" id="b" name="barua">
<label for="t">Tarehe ya kuzaliwa (lazima)</label><input type="date" id="t" name="tarehe">
<label for="c">Chuo, kampuni au kikundi</label><input type="text" id="c" name="chuo">
<label for="n">Nchi</label><select id="n" name="nchi"><option>Tanzania</option><option>Kenya</option><option>Uganda</option><option>Rwanda</option><option>Burundi</option></select>
<fieldset><legend>Jinsia</legend><input type="radio" id="g1" name="jinsia" value="ke"><label for="g1">Ke</label> <input type="radio" id="g2" name="jinsia" value="me"><label for="g2">Me</label></fieldset>
<label for="nida">Namba ya NIDA au pasipoti (lazima)</label><input type="text" id="nida" name="nida">
<button type="submit">Tuma</button></form>
<p>Ratiba kamili inapatikana kwa PDF pekee: <a href="@docs/ratiba-2027.pdf">pakua ratiba (PDF)</a>.</p>
""")
s.page("ada.html", "Ada ya ushiriki", """
<h1>Ada ya ushiriki</h1>
<ul><li>Washiriki wa Tanzania: TSh 30,000</li><li>Wanafunzi wenye kitambulisho: TZS 10,000</li><li>Washiriki kutoka nje ya Tanzania: USD 40</li></ul>
<p>Ada inajumuisha chakula cha mchana na vifaa vya warsha.</p>
<p>Kongamano hili ni la ana kwa ana tu; hakuna ushiriki wa mtandaoni mwaka huu.</p>
""")
s.page("maswali.html", "Maswali", """
<h1>Maswali yanayoulizwa mara kwa mara</h1>
<details open><summary>Je, kuna nafasi za bure?</summary><p>Ndiyo. Vijana kutoka vikundi vya kuweka akiba vijijini (VICOBA) wanashiriki bure baada ya kuthibitishwa na halmashauri ya wilaya.</p></details>
<details open><summary>Nauli ya bajaji ni kiasi gani?</summary><p>Kutoka Ubungo hadi ukumbini bajaji ni takriban TSh 3,000.</p></details>
""")
s.page("ufikivu.html", "Ufikivu", """
<h1>Ufikivu</h1>
<p>Ukumbi unafikika kwa viti vya magurudumu na una lifti. Mkalimani wa lugha ya alama ya Tanzania atakuwepo kwenye vikao vyote vya jumla.</p>
<p>Kwa mahitaji mengine ya ufikivu, wasiliana nasi kupitia ufikivu@eayouth-digital.example.org.</p>
""")
s.page("ratiba.html", "Ratiba", """
<h1>Ratiba</h1>
<p>Ratiba kamili inapatikana kwa PDF pekee: <a href="@docs/ratiba-2027.pdf">pakua ratiba (PDF)</a>.</p>
<p>Mshindi wa shindano la ubunifu atapata ruzuku ya TSh 5,000,000 kuanzisha biashara yake.</p>
""")
s.page("wadhamini.html", "Wadhamini", """
<h1>Wadhamini</h1>
<p>Mdhamini mkuu: USD 10,000. Banda la maonyesho: TSh 1,500,000. Nafasi ya kazi: afisa wa mawasiliano, mshahara TSh 1,800,000 kwa mwezi.</p>
<p>Hoteli ya washirika: kuanzia TSh 120,000 kwa usiku.</p>
""")
s.page("en.html", "East African Youth Digital Trade Forum 2027", """
<h1>East African Youth Digital Trade Forum 2027</h1>
<p>Young entrepreneurs from the East African Community meet in Dar es Salaam from 2 to 4 December 2027 to discuss mobile payments, cross-border e-commerce and digital jobs. The forum is for young people aged 18 to 35.</p>
<p>Participation fees: TZS 30,000 for Tanzanian participants, TZS 10,000 for students and USD 40 for participants from other countries. The forum is in person only.</p>
""", lang="en", alternates=[("sw", "index.html"), ("en", "en.html")])
ENTRY = entry(s, name="East African Youth Digital Trade Forum 2027 (EAC-style youth forum, Dar es Salaam)",
    languages=["sw", "en"], fees=[(30000, "TZS"), (10000, "TZS"), (40, "USD")], free_option=True, fee_support=True,
    remote_participation=False, captcha=[], account_required=False,
    registration_form=(8, 4, ["phone", "birth_date", "affiliation", "gender", "id_document"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "usajili.html", "ada.html", "maswali.html", "ufikivu.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "Vijana wajasiriamali kutoka Tanzania, Kenya, Uganda"), Q("en.html", "Young entrepreneurs from the East African Community meet in Dar es Salaam")],
        "un_languages": [N("en")],
        "fees": [Q("ada.html", "Washiriki wa Tanzania: TSh 30,000", "TSh = TZS"), Q("ada.html", "Wanafunzi wenye kitambulisho: TZS 10,000"),
                 Q("ada.html", "Washiriki kutoka nje ya Tanzania: USD 40"), Q("en.html", "TZS 30,000 for Tanzanian participants", "same fees"),
                 Q("maswali.html", "bajaji ni takriban TSh 3,000", "transport"), Q("ratiba.html", "ruzuku ya TSh 5,000,000", "prize grant"),
                 Q("wadhamini.html", "Mdhamini mkuu: USD 10,000.", "sponsor; booth; salary; hotel")],
        "free_option": [Q("maswali.html", "wanashiriki bure baada ya kuthibitishwa na halmashauri ya wilaya", "free for one group, in the FAQ")],
        "fee_support": [Q("ada.html", "Wanafunzi wenye kitambulisho: TZS 10,000", "student rate below TSh 30,000")],
        "remote_participation": [Q("ada.html", "hakuna ushiriki wa mtandaoni mwaka huu"), Q("en.html", "The forum is in person only.")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [N("no account")],
        "registration_form": [N("8 fields: name, phone, e-mail, birth date, school/company/group, country select, gender radio (=1), NIDA/passport number. Required by '(lazima)': name, phone, birth date, NIDA = 4. Sensitive: phone, birth_date, affiliation, gender, id_document.", "usajili.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("usajili.html", "Kongamano ni kwa vijana wenye umri wa miaka 18 hadi 35.", "range: lower bound 18")],
        "accessibility_statement": [Q("ufikivu.html", "Kwa mahitaji mengine ya ufikivu, wasiliana nasi")],
        "access_services": [Q("ufikivu.html", "Ukumbi unafikika kwa viti vya magurudumu na una lifti. Mkalimani wa lugha ya alama ya Tanzania atakuwepo")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("usajili.html", "Ratiba kamili inapatikana kwa PDF pekee", "programme only as PDF")],
    })
