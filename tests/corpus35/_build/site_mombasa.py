from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
S = "kongamano-wajasiriamali-kazi-za-mikono-mombasa"
NAV = [("index.html", "Mwanzo"), ("ada.html", "Ada"), ("usajili.html", "Usajili"), ("maswali.html", "Maswali"),
       ("ufikiaji.html", "Ufikiaji"), ("maonyesho.html", "Maonyesho"), ("bidhaa.html", "Bidhaa"), ("habari.html", "Habari")]
s = mk(S, "Kongamano la Wajasiriamali wa Kazi za Mikono, Mombasa", "sw-KE", "#0f6d6d", "KWM", NAV,
       foot={"sw-KE": '<p>Chama cha Mafundi wa Kazi za Mikono Pwani, Barabara ya Moi, Mombasa — kongamano@mafundi-pwani.example.ke</p>'},
       newsletter={"sw-KE": ("Pokea habari kwa barua pepe", "Jiandikishe")})
placeholder_media(s, "media/ushanga.mp4")
s.page("index.html", "Kongamano la Wajasiriamali 2027", """
<h1>Kongamano la Wajasiriamali wa Kazi za Mikono 2027</h1>
<p>Siku mbili katika Mji wa Kale wa Mombasa kwa mafundi wa ushanga, ukili, uchongaji wa mbao na ushonaji: mafunzo ya bei na masoko ya mtandaoni, mikopo ya vikundi na maonyesho ya bidhaa.</p>
<ul>
<li><a href="@ada.html">Ada ya kushiriki</a></li>
<li><a href="@usajili.html">Usajili na tiketi</a></li>
<li><a href="@maswali.html">Maswali yanayoulizwa mara kwa mara</a></li>
<li><a href="@ufikiaji.html">Ufikiaji</a></li>
</ul>
""" + video("media/ushanga.mp4") + """
<section lang="gu">
<h2>ગુજરાતીમાં</h2>
<p>મોમ્બાસાના જૂના શહેરમાં બે દિવસનું હસ્તકલા ઉદ્યોગસાહસિકોનું સંમેલન યોજાશે. મણકાકામ, લાકડાની કોતરણી અને સિલાઈના કારીગરો માટે તાલીમ અને પ્રદર્શન થશે.</p>
<p>વ્યક્તિગત કારીગરો માટે ફી KSh 2,500 છે અને કંપનીઓ માટે KSh 6,000. ટિકિટ Ticketsasa પરથી મળશે.</p>
</section>
""")
s.page("ada.html", "Ada", """
<h1>Ada ya kushiriki</h1>
<ul>
<li>Wajasiriamali binafsi: KSh 2,500</li>
<li>Kampuni na mashirika: KSh 6,000</li>
</ul>
<p>Mafundi wa vikundi vya wanawake vilivyosajiliwa hushiriki bure; jaza fomu ya nafasi ya bure kwenye ukurasa wa usajili.</p>
<p>Tutawarudishia nauli ya matatu mafundi wanaotoka Kilifi na Kwale.</p>
""")
s.page("usajili.html", "Usajili", """
<h1>Usajili na tiketi</h1>
<p>Tiketi zinanunuliwa kupitia <a href="https://www.ticketsasa.com/events/kongamano-mafundi-2027">Ticketsasa</a> kama mgeni, bila kufungua akaunti.</p>
<p>Washiriki wawe na umri wa miaka kumi na sita au zaidi.</p>
<h2>Fomu ya nafasi ya bure (vikundi vya wanawake)</h2>
<form action="@usajili.html" method="post">
""" + fld("jina", "Jina kamili (lazima ijazwe)") + fld("kitambulisho", "Nambari ya kitambulisho (lazima ijazwe)") +
fld("simu", "Nambari ya simu (lazima ijazwe)", "tel") + fld("barua", "Barua pepe", "email") +
fld("kikundi", "Jina la kikundi cha wanawake (lazima ijazwe)") +
fld("kaunti", "Kaunti", "select", opts=["Mombasa", "Kilifi", "Kwale", "Lamu", "Taita Taveta"]) +
fld("kazi", "Aina ya kazi ya mikono", "select", opts=["Ushanga", "Ukili", "Uchongaji", "Ushonaji"]) +
radios("jinsia", "Jinsia", ["Mwanamke", "Mwanamume"]) + fld("masharti", "Nakubali masharti ya kongamano", "checkbox", req=True) + """
<button type="submit">Tuma ombi</button>
</form>
""")
s.page("maswali.html", "Maswali", """
<h1>Maswali yanayoulizwa mara kwa mara</h1>
<details open><summary>Je, naweza kushiriki kupitia mtandao?</summary><p>Hapana. Hakuna ushiriki wa mtandaoni; kongamano ni la ana kwa ana tu.</p></details>
<details open><summary>Naweza kuuza bidhaa zangu?</summary><p>Ndiyo, kwa kukodi meza kwenye maonyesho.</p></details>
""")
s.page("ufikiaji.html", "Ufikiaji", """
<h1>Ufikiaji</h1>
<p>Ukumbi uko ghorofa ya chini na una njia panda kwa watumiaji wa viti vya magurudumu.</p>
<p>Wakalimani wa Lugha ya Ishara ya Kenya watakuwepo kwenye vikao vyote.</p>
<p>Chumba cha watoto chenye walezi kitakuwa wazi siku zote mbili.</p>
""")
s.page("maonyesho.html", "Maonyesho", """
<h1>Maonyesho</h1>
<p>Meza ya maonyesho kwa siku mbili: KSh 4,000.</p>
""")
s.page("bidhaa.html", "Bidhaa", """
<h1>Bidhaa za mafundi</h1>
<p>Mkufu wa ushanga: KSh 800. Kikapu cha ukili: KSh 1,200.</p>
""")
s.page("habari.html", "Habari", """
<h1>Habari za usafiri</h1>
<p>Nauli ya matatu kutoka Kilifi: takriban KSh 300. Chumba cha hoteli Mji wa Kale: KSh 4,500 kwa usiku.</p>
""")
ENTRY = entry(s, name="Handicraft entrepreneurs' congress 2027 (coast artisans' association, Mombasa, Kenya)",
    languages=["sw", "gu"], fees=[(2500, "KES"), (6000, "KES")], free_option=True, fee_support=True,
    remote_participation=False, captcha=[], account_required=False,
    registration_form=(9, 5, ["id_document", "phone", "affiliation", "gender"]), registration_host="www.ticketsasa.com",
    min_age=16, accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "ada.html", "usajili.html", "maswali.html", "ufikiaji.html"],
    evidence={
        "languages": [Q("index.html", "Siku mbili katika Mji wa Kale wa Mombasa kwa mafundi wa ushanga"),
                      M("index.html", '<section lang="gu">', "Gujarati section, two paragraphs"),
                      Q("index.html", "મોમ્બાસાના જૂના શહેરમાં બે દિવસનું હસ્તકલા ઉદ્યોગસાહસિકોનું સંમેલન યોજાશે.")],
        "un_languages": [N("none: sw and gu are not UN languages")],
        "fees": [Q("ada.html", "Wajasiriamali binafsi: KSh 2,500", "2500 KES"), Q("ada.html", "Kampuni na mashirika: KSh 6,000", "6000 KES"),
                 Q("index.html", "વ્યક્તિગત કારીગરો માટે ફી KSh 2,500 છે", "Gujarati restatement: no new entry"),
                 Q("maonyesho.html", "Meza ya maonyesho kwa siku mbili: KSh 4,000.", "exhibitor stall: not a fee"),
                 Q("bidhaa.html", "Mkufu wa ushanga: KSh 800.", "goods: not fees"),
                 Q("habari.html", "Nauli ya matatu kutoka Kilifi: takriban KSh 300.", "matatu and hotel: not fees")],
        "free_option": [Q("ada.html", "Mafundi wa vikundi vya wanawake vilivyosajiliwa hushiriki bure")],
        "fee_support": [Q("ada.html", "Tutawarudishia nauli ya matatu mafundi wanaotoka Kilifi na Kwale.")],
        "remote_participation": [Q("maswali.html", "Hakuna ushiriki wa mtandaoni; kongamano ni la ana kwa ana tu.", "FAQ")],
        "captcha": [N("no CAPTCHA markup")],
        "account_required": [Q("usajili.html", "kama mgeni, bila kufungua akaunti")],
        "registration_form": [N("free-place application: 9 fields: name, ID number, phone, e-mail, women's group, county select, craft select, gender radio, terms checkbox; required: 4 marked (lazima ijazwe) + checkbox (required attr) = 5", "usajili.html"),
                              Q("usajili.html", "Nambari ya kitambulisho (lazima ijazwe)")],
        "registration_host": [M("usajili.html", 'href="https://www.ticketsasa.com/events/kongamano-mafundi-2027"')],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("usajili.html", "Washiriki wawe na umri wa miaka kumi na sita au zaidi.")],
        "accessibility_statement": [Q("ufikiaji.html", "Ukumbi uko ghorofa ya chini na una njia panda kwa watumiaji wa viti vya magurudumu.")],
        "access_services": [Q("ufikiaji.html", "una njia panda kwa watumiaji wa viti vya magurudumu", "wheelchair_access"),
                            Q("ufikiaji.html", "Wakalimani wa Lugha ya Ishara ya Kenya watakuwepo", "sign_language"),
                            Q("ufikiaji.html", "Chumba cha watoto chenye walezi", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/ushanga.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
