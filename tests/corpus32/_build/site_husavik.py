from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt
NAV = [("index.html", "Forsíða"), ("verd.html", "Verð"), ("skraning.html", "Skráning"), ("spurningar.html", "Spurningar"),
       ("adgengi.html", "Aðgengi"), ("polski.html", "Po polsku"), ("gisting.html", "Gisting og ferðir"), ("storf.html", "Störf")]
s = mk("namskeid-leidsogumanna-hvalaskodun-husavik", "Námskeið fyrir leiðsögumenn í hvalaskoðun — Húsavík", "is", "#1b4f72", "HV", NAV,
       foot={"is": "<p>Félag leiðsögumanna á Norðurlandi (skáldað), Garðarsbraut 12, 640 Húsavík. <a href=\"mailto:namskeid@nordur-leidsogn.example.is\">namskeid@nordur-leidsogn.example.is</a></p>"})
placeholder_media(s, "media/hvalir.mp4")
vtt(s, "media/hvalir.is.vtt", "Hnúfubakur við Lundey.")
s.page("index.html", "Námskeið fyrir leiðsögumenn í hvalaskoðun 2027", """
<h1>Námskeið fyrir leiðsögumenn í hvalaskoðun 2027</h1>
<p>Þriggja daga námskeið fyrir leiðsögumenn sem fara með ferðamenn í hvalaskoðun á Skjálfanda: hvalategundir og hegðun þeirra, öryggi um borð, umhverfisvæn leiðsögn og frásagnarlist. Haldið 20.–22. apríl 2027 í Hvalasafninu á Húsavík.</p>
""" + video("media/hvalir.mp4", track="media/hvalir.is.vtt", track_lang="is", label="íslenska") + """
<p><a href="@verd.html">Verð</a> · <a href="@skraning.html">Skráning</a> · <a href="@namskeid-2025.html">Námskeiðið 2025</a></p>
""")
s.page("verd.html", "Verð", """
<h1>Verð</h1>
<table><caption>Námskeiðsgjöld</caption>
<tr><th>Þátttaka</th><th>Verð</th></tr>
<tr><td>Fullt námskeið</td><td>45.000 kr.</td></tr>
<tr><td>Nemar í ferðamálafræði</td><td>25.000 kr.</td></tr>
<tr><td>Á netinu (Zoom, með spurningum í beinni)</td><td>15.000 kr.</td></tr>
</table>
<p>Engin ókeypis pláss eru í boði. Þátttakendur af Austfjörðum og Vestfjörðum geta sótt um ferðastyrk.</p>
""")
s.page("skraning.html", "Skráning", """
<h1>Skráning</h1>
<form action="@skraning.html" method="post">
""" + fld("nafn", "Nafn (skyldureitur)") + fld("kt", "Kennitala (skyldureitur)") + fld("simi", "Símanúmer (skyldureitur)", "tel")
  + fld("netfang", "Netfang (skyldureitur)", "email") + fld("vinnustadur", "Vinnustaður eða hvalaskoðunarfyrirtæki")
  + fld("landshluti", "Landshluti", "select", opts=["Norðurland", "Austurland", "Vestfirðir", "Höfuðborgarsvæðið"])
  + radios("thatttaka", "Þátttaka (skyldureitur)", ["Fullt námskeið", "Nemi", "Á netinu"])
  + fld("reynsla", "Reynsla sem leiðsögumaður", "select", opts=["Engin", "1–3 ár", "Meira en 3 ár"])
  + fld("samthykki", "Ég samþykki skilmála námskeiðsins", "checkbox", req=True) + """
<button type="submit">Skrá mig</button>
</form>
<p>Námskeiðið er fyrir 18 ára og eldri.</p>
""")
s.page("spurningar.html", "Spurningar", """
<h1>Algengar spurningar</h1>
<details open><summary>Get ég tekið þátt að heiman?</summary><p>Já. Þátttakendur á netinu fylgjast með á Zoom og geta spurt fyrirlesara í beinni.</p></details>
<details open><summary>Þarf ég aðgang eða lykilorð?</summary><p>Nei, skráningarformið nægir.</p></details>
""")
s.page("adgengi.html", "Aðgengi", """
<h1>Aðgengi</h1>
<p>Salur Hvalasafnsins er með þrepalausu aðgengi og lyftu; aðgengi fyrir hjólastóla er gott.</p>
<p>Táknmálstúlkun og rittúlkun eru í boði á öllum fyrirlestrum.</p>
<p>Hafið samband vegna sérþarfa: <a href="mailto:adgengi@nordur-leidsogn.example.is">adgengi@nordur-leidsogn.example.is</a></p>
""")
s.page("polski.html", "Kurs po polsku", """
<h1>Kurs dla przewodników obserwacji wielorybów</h1>
<p>Trzydniowy kurs dla przewodników, którzy zabierają turystów na obserwację wielorybów w zatoce Skjálfandi: gatunki wielorybów, bezpieczeństwo na pokładzie i opowiadanie historii.</p>
<p>Pełny kurs kosztuje 45 000 koron, studenci płacą 25 000 koron, a udział przez Zoom z pytaniami na żywo 15 000 koron. Nie ma bezpłatnych miejsc.</p>
""")
s.page("gisting.html", "Gisting og ferðir", """
<h1>Gisting og ferðir</h1>
<p>Gistiheimili við höfnina: 22.000 kr. nóttin. Strætó Akureyri–Húsavík: 3.150 kr. Valfrjáls hvalaskoðunarferð hjá ferðaþjónustufyrirtæki: 12.900 kr.</p>
""")
s.page("storf.html", "Störf", """
<h1>Laus störf</h1>
<p>Leiðsögumaður í sumarstarf, laun 620.000 kr. á mánuði.</p>
""")
ENTRY = entry(s, name="Whale-watching guides' course 2027 (guides' association, Húsavík, Iceland)",
    languages=["is", "pl"], fees=[(45000, "ISK"), (25000, "ISK"), (15000, "ISK")], free_option=False, fee_support=True,
    remote_participation=True, captcha=[], account_required=False,
    registration_form=(9, 6, ["id_document", "phone", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=0,
    participation_pages=["index.html", "verd.html", "skraning.html", "spurningar.html", "adgengi.html", "polski.html"],
    deliberate_404=["namskeid-2025.html"],
    evidence={
        "languages": [Q("index.html", "Þriggja daga námskeið fyrir leiðsögumenn"), M("polski.html", '<html lang="is">', "Polish page declared is"),
                      Q("polski.html", "Trzydniowy kurs dla przewodników, którzy zabierają turystów na obserwację wielorybów")],
        "un_languages": [N("none")],
        "fees": [Q("verd.html", "45.000 kr.", "45000 ISK"), Q("verd.html", "25.000 kr.", "25000 ISK students"), Q("verd.html", "15.000 kr.", "15000 ISK online with questions"),
                 Q("polski.html", "Pełny kurs kosztuje 45 000 koron, studenci płacą 25 000 koron", "Polish restatement: no new entry"),
                 Q("gisting.html", "Valfrjáls hvalaskoðunarferð hjá ferðaþjónustufyrirtæki: 12.900 kr.", "optional tour by an operator, guest house, bus: not fees"),
                 Q("storf.html", "laun 620.000 kr. á mánuði", "salary: not a fee")],
        "free_option": [Q("verd.html", "Engin ókeypis pláss eru í boði."), Q("polski.html", "Nie ma bezpłatnych miejsc.")],
        "fee_support": [Q("verd.html", "Þátttakendur af Austfjörðum og Vestfjörðum geta sótt um ferðastyrk."), Q("verd.html", "Nemar í ferðamálafræði", "student rate")],
        "remote_participation": [Q("spurningar.html", "Já. Þátttakendur á netinu fylgjast með á Zoom og geta spurt fyrirlesara í beinni.")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [Q("spurningar.html", "Nei, skráningarformið nægir.")],
        "registration_form": [N("9 fields (name, kennitala, phone, e-mail, workplace, region select, participation radio, experience select, consent checkbox); required: 5 marked (skyldureitur) + consent = 6", "skraning.html"),
                              Q("skraning.html", "Kennitala (skyldureitur)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("skraning.html", "Námskeiðið er fyrir 18 ára og eldri.")],
        "accessibility_statement": [Q("adgengi.html", "Salur Hvalasafnsins er með þrepalausu aðgengi og lyftu; aðgengi fyrir hjólastóla er gott.")],
        "access_services": [Q("adgengi.html", "aðgengi fyrir hjólastóla er gott", "wheelchair_access"),
                            Q("adgengi.html", "Táknmálstúlkun og rittúlkun eru í boði á öllum fyrirlestrum.", "sign_language and captions (speech-to-text)")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/hvalir.is.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF document")],
    })
