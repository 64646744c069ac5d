from lib import *

NAV = [("index.html", "ስልጠና"), ("kifya.html", "ክፍያ"), ("mezgeba.html", "ምዝገባ"), ("tiyakewoch.html", "ጥያቄዎች"),
       ("tedarash.html", "ተደራሽነት"), ("degafiwoch.html", "ደጋፊዎች"), ("matefia.html", "ማረፊያ"), ("sira.html", "ስራ")]
FOOT = {"am": '<p>የማህበረሰብ ሬዲዮ ጋዜጠኞች ማህበር — ሀዋሳ፣ ሐይቅ ዳር መንገድ። silTena@mahbereseb-radio.example.et</p>'
        '<p><a href="@mahder/2025.html">የ2025 ስልጠና</a></p>'}
s = mk("yemahbereseb-radio-gazetenyoch-siltena-hawassa", "የማህበረሰብ ሬዲዮ ጋዜጠኞች ስልጠና 2019", "am", "#6a3d9a", "ሬዲዮ", NAV,
       foot=FOOT)

s.page("index.html", "የማህበረሰብ ሬዲዮ ጋዜጠኞች ስልጠና", f"""
<h1>የማህበረሰብ ሬዲዮ ጋዜጠኞች ስልጠና</h1>
<p>ይህ የአምስት ቀን ስልጠና ለማህበረሰብ ሬዲዮ ጣቢያዎች ጋዜጠኞችና አዘጋጆች የተዘጋጀ ነው፤ የገጠር ዜና አዘገጃጀት፣ የአርሶ አደሮች
ቃለ መጠይቅ፣ የድምፅ ቀረፃና አርትዖት እንዲሁም በግጭት ወቅት ሚዛናዊ ዘገባ ላይ ያተኩራል።</p>
<p>ከጥር 10 እስከ 14 ቀን 2019 ዓ.ም. በሀዋሳ። <a href="@kifya.html">ክፍያውን</a> ይመልከቱ፤ <a href="@mezgeba.html">ይመዝገቡ</a>።</p>
{video("media/studio-tour.mp4")}
<section lang="om">
<h2>Afaan Oromootiin</h2>
<p>Leenjiin guyyaa shanii kun gaazexeessitoota raadiyoo hawaasaatiif qophaa'e. Kaffaltiin Birrii 2,500, barattootaaf
Birrii 900, karaa toora interneetiitiin Birrii 600 dha. Gabaasaan raadiyoo miseensotaa kaffaltii irraa bilisa.</p>
</section>
""")

s.page("kifya.html", "ክፍያ", """
<h1>የተሳትፎ ክፍያ</h1>
<table><caption>ክፍያ (ብር)</caption>
<tr><th>ተሳታፊ</th><th>ክፍያ</th></tr>
<tr><td>ጠቅላላ ተሳታፊ</td><td>2,500 ብር</td></tr>
<tr><td>የጋዜጠኝነት ተማሪ</td><td>900 ብር</td></tr>
<tr><td>በኦንላይን (Zoom) ተሳታፊ</td><td>600 ብር</td></tr>
<tr><td>የአባል ማህበረሰብ ሬዲዮ ጣቢያዎች ሪፖርተሮች</td><td>ነፃ</td></tr>
</table>
""")

s.page("mezgeba.html", "ምዝገባ", f"""
<h1>ምዝገባ</h1>
<p>ለመሳተፍ በስልጠናው ፖርታል ላይ መለያ መክፈት ያስፈልጋል። ተሳታፊዎች 18 ዓመት የሞላቸው መሆን አለባቸው።</p>
<h2>አዲስ መለያ ይክፈቱ</h2>
<form action="@mezgeba.html" method="post">
{fld("sim", "ሙሉ ስም (የግድ)")}
{fld("fayda", "የፋይዳ ቁጥር (የግድ)")}
{fld("tiwlid", "የትውልድ ቀን", "date")}
{fld("silk", "ስልክ ቁጥር (የግድ)", "tel")}
{fld("email", "ኢሜይል (የግድ)", "email")}
{fld("tabiya", "ሬዲዮ ጣቢያ")}
{fld("fekad", "የጣቢያው ፈቃድ ቁጥር")}
{radios("aynet", "የተሳትፎ አይነት (የግድ)", ["በአካል", "ተማሪ", "ኦንላይን"])}
{fld("pw", "የይለፍ ቃል (የግድ)", "password")}
{fld("pw2", "የይለፍ ቃል ይድገሙ (የግድ)", "password")}
<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
<button type="submit">መለያ ክፈት</button>
</form>
<h2>መለያ ካለዎት ይግቡ</h2>
<form action="@mezgeba.html" method="post">
<label for="l-email">ኢሜይል</label><input type="email" id="l-email" name="l-email">
<label for="l-pw">የይለፍ ቃል</label><input type="password" id="l-pw" name="l-pw">
<button type="submit">ግባ</button>
</form>
""")

s.page("tiyakewoch.html", "ጥያቄዎች", """
<h1>ተደጋጋሚ ጥያቄዎች</h1>
<details open><summary>ከሩቅ ቦታ በኦንላይን መሳተፍ እችላለሁ?</summary>
<p>አዎ። የኦንላይን ተሳታፊዎች በZoom ይገባሉ፤ ጥያቄዎቻቸውን በቀጥታ ለአሰልጣኞች ያቀርባሉ።</p></details>
""")

s.page("tedarash.html", "ተደራሽነት", """
<h1>ተደራሽነት</h1>
<p>ስልጠናው የሚካሄደው በመሬት ወለል አዳራሽ ሲሆን ለዊልቸር ተጠቃሚዎች ምቹ ነው።</p>
<p>የኢትዮጵያ የምልክት ቋንቋ አስተርጓሚ በሁሉም ቀናት ይገኛል፤ የአማርኛ–ኦሮምኛ ትርጉምም ይኖራል።</p>
""")

s.page("degafiwoch.html", "ደጋፊዎች", """
<h1>ደጋፊዎች</h1>
<p>ዋና ደጋፊ፦ 150,000 ብር። የድምፅ መቅረጫ መሳሪያ በ9,800 ብር ይሸጣል።</p>
""")

s.page("matefia.html", "ማረፊያ", """
<h1>ማረፊያና ትራንስፖርት</h1>
<p>ሆቴል ከ1,800 ብር በአዳር፤ ባጃጅ በከተማ ውስጥ 30 ብር።</p>
""")

s.page("sira.html", "ስራ", """
<h1>ክፍት የስራ ቦታ</h1>
<p>የፕሮግራም አዘጋጅ፤ ወርሃዊ ደመወዝ 18,000 ብር።</p>
""")

placeholder_media(s, "media/studio-tour.mp4")

P = "kifya.html"
ENTRY = entry(
    s, name="Community radio journalists' training 2019 EC (community radio journalists' association, Hawassa, Ethiopia)",
    languages=["am", "om"], fees=[(2500, "ETB"), (900, "ETB"), (600, "ETB")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["hcaptcha"], account_required=True,
    registration_form=(10, 7, ["id_document", "birth_date", "phone", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "kifya.html", "mezgeba.html", "tiyakewoch.html", "tedarash.html"],
    deliberate_404=["mahder/2025.html"],
    evidence={
        "languages": [Q("index.html", "ይህ የአምስት ቀን ስልጠና ለማህበረሰብ ሬዲዮ ጣቢያዎች ጋዜጠኞችና አዘጋጆች የተዘጋጀ ነው"),
                      M("index.html", '<section lang="om">'), Q("index.html", "Leenjiin guyyaa shanii kun gaazexeessitoota")],
        "un_languages": [N("none")],
        "fees": [Q(P, "2,500 ብር"), Q(P, "900 ብር"), Q(P, "600 ብር", "paid online rate (Zoom with questions)"),
                 Q("index.html", "Kaffaltiin Birrii 2,500", "Oromo restatement: no new entry"),
                 Q("degafiwoch.html", "ዋና ደጋፊ፦ 150,000 ብር።", "sponsor, recorder: not fees"),
                 Q("matefia.html", "ሆቴል ከ1,800 ብር በአዳር", "hotel, bajaj: not fees"),
                 Q("sira.html", "ወርሃዊ ደመወዝ 18,000 ብር", "salary")],
        "free_option": [Q(P, "የአባል ማህበረሰብ ሬዲዮ ጣቢያዎች ሪፖርተሮች", "'ነፃ': free for one group")],
        "fee_support": [Q(P, "የጋዜጠኝነት ተማሪ", "student rate below general")],
        "remote_participation": [Q("tiyakewoch.html", "ጥያቄዎቻቸውን በቀጥታ ለአሰልጣኞች ያቀርባሉ")],
        "captcha": [M("mezgeba.html", '<div class="h-captcha"')],
        "account_required": [Q("mezgeba.html", "ለመሳተፍ በስልጠናው ፖርታል ላይ መለያ መክፈት ያስፈልጋል።"),
                             M("mezgeba.html", 'type="password" id="pw2"')],
        "registration_form": [N("portal sign-up, 10 fields: name, Fayda no., birth date, phone, e-mail, radio station, "
                                "station licence no. (not ID), type radio, password, confirmation; required: 7 marked (የግድ); "
                                "the 2-field login form is not it", "mezgeba.html"), Q("mezgeba.html", "የፋይዳ ቁጥር (የግድ)")],
        "registration_host": [N("own portal only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("mezgeba.html", "ተሳታፊዎች 18 ዓመት የሞላቸው መሆን አለባቸው።")],
        "accessibility_statement": [Q("tedarash.html", "ስልጠናው የሚካሄደው በመሬት ወለል አዳራሽ ሲሆን ለዊልቸር ተጠቃሚዎች ምቹ ነው።")],
        "access_services": [Q("tedarash.html", "ለዊልቸር ተጠቃሚዎች ምቹ ነው", "wheelchair_access"),
                            Q("tedarash.html", "የኢትዮጵያ የምልክት ቋንቋ አስተርጓሚ", "sign_language"),
                            Q("tedarash.html", "የአማርኛ–ኦሮምኛ ትርጉምም ይኖራል", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/studio-tour.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
