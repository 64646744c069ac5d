from lib import *

NAV = [("index.html", "መነሻ"), ("kefya.html", "ክፍያ"), ("mezgeba.html", "ምዝገባ"), ("prog.html", "መርሐ ግብር"),
       ("tedarashinet.html", "ተደራሽነት"), ("degafiwoch.html", "ደጋፊዎች"), ("mareffiya.html", "ማረፊያ"), ("metsahift.html", "መጻሕፍት")]
s = mk("bahir-dar-sine-tsihuf-festival", "የባሕር ዳር የሥነ ጽሑፍ ፌስቲቫል 2027", "am", "#2e5e8c", "ሥጽ", NAV,
       foot={"am": "<p>የጣና ደራሲያን ማኅበር · ባሕር ዳር · festival@tana-writers.example.et</p>"})
s.page("index.html", "የባሕር ዳር የሥነ ጽሑፍ ፌስቲቫል 2027", """
<h1>የባሕር ዳር የሥነ ጽሑፍ ፌስቲቫል 2027</h1>
<p>ከየካቲት 4 እስከ 7 ቀን 2027 ፌስቲቫሉ ደራሲያንን፣ ገጣሚያንን እና ተማሪዎችን በጣና ሐይቅ ዳርቻ ያሰባስባል። የጽሑፍ ዎርክሾፖች፣ የመጽሐፍ ውይይቶች እና የምሽት የግጥም ዝግጅቶች ይካሄዳሉ።</p>
<p>የምሽት የግጥም ዝግጅቶች ለሁሉም በነጻ ክፍት ናቸው።</p>
<section lang="en">
<h2>In English</h2>
<p>The Bahir Dar Literature Festival gathers writers, poets and students on the shore of Lake Tana for writing workshops, book talks and evening poetry readings. The evening readings are free for everyone; workshops are paid and held in person only.</p>
</section>
""")
s.page("kefya.html", "ክፍያ", """
<h1>የተሳትፎ ክፍያ</h1>
<ul><li>የጽሑፍ ዎርክሾፕ: 800 ብር</li><li>ተማሪዎች: 300 ብር</li><li>ከውጭ ሀገር ለሚመጡ ተሳታፊዎች: US$ 40</li></ul>
""")
form = "".join([fld("nm", "ሙሉ ስም (ግዴታ)"), fld("ph", "ስልክ ቁጥር (ግዴታ)", "tel"), fld("em", "ኢሜይል (ግዴታ)", "email"),
    fld("fayda", "የፋይዳ መታወቂያ ቁጥር (ግዴታ)"), fld("org", "ትምህርት ቤት ወይም ድርጅት"),
    fld("ws", "ዎርክሾፕ (ግዴታ)", "select", opts=["አጭር ልቦለድ", "ግጥም", "ተውኔት"]), fld("sample", "የጽሑፍ ናሙና", "file"),
    fld("ok", "የፌስቲቫሉን ደንብ እቀበላለሁ (ግዴታ)", "checkbox")])
s.page("mezgeba.html", "ምዝገባ", f"""
<h1>ለዎርክሾፕ ምዝገባ</h1>
<p>ዎርክሾፖቹ ዕድሜያቸው 18 ዓመት እና ከዚያ በላይ ለሆኑ ተሳታፊዎች ናቸው።</p>
<form action="@mezgeba.html" method="post">{form}
<div class="frc-captcha" data-sitekey="FCMDEMOBAHIRDAR"></div><button type="submit">ላክ</button></form>
""")
s.page("prog.html", "መርሐ ግብር", """
<h1>መርሐ ግብር</h1>
<p>ዎርክሾፖቹ በአካል ብቻ ይካሄዳሉ፤ በመስመር ላይ መሳተፍ አይቻልም።</p>
<ul><li>ረቡዕ: የመክፈቻ ንግግር እና የግጥም ምሽት</li><li>ሐሙስ እና ዓርብ: ዎርክሾፖች</li><li>ቅዳሜ: የመጽሐፍ ውይይት እና መዝጊያ</li></ul>
""")
s.page("tedarashinet.html", "ተደራሽነት", """
<h1>ተደራሽነት</h1>
<p>የዝግጅቱ አዳራሽ በመሬት ወለል ላይ ሲሆን ለዊልቸር ተጠቃሚዎች ምቹ ነው።</p>
<p>በዋና ዋና መድረኮች የኢትዮጵያ የምልክት ቋንቋ አስተርጓሚ ይኖራል። በአማርኛ እና በእንግሊዝኛ መካከል የቋንቋ ትርጉም ይቀርባል።</p>
""")
s.page("degafiwoch.html", "ደጋፊዎች", """
<h1>ደጋፊዎች</h1>
<p>የዋና ደጋፊ ጥቅል: 150,000 ብር። የአሳታሚዎች መቆሚያ: 5,000 ብር።</p>
""")
s.page("mareffiya.html", "ማረፊያ", """
<h1>ማረፊያ እና መጓጓዣ</h1>
<p>የሐይቅ ዳር ሆቴል በአዳር 2,400 ብር። ከአውሮፕላን ማረፊያ በባጃጅ 150 ብር ገደማ።</p>
""")
s.page("metsahift.html", "መጻሕፍት", """
<h1>የመጻሕፍት መደብር</h1>
<p>የፌስቲቫሉ የግጥም መድበል 450 ብር ይሸጣል።</p>
""")
ENTRY = entry(s, name="Bahir Dar Literature Festival 2027 (writers' association, Bahir Dar)",
    languages=["am", "en"], fees=[(800, "ETB"), (300, "ETB"), (40, "USD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(8, 6, ["phone", "id_document", "affiliation"]), min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "kefya.html", "mezgeba.html", "prog.html", "tedarashinet.html"],
    evidence={
        "languages": [Q("index.html", "ፌስቲቫሉ ደራሲያንን፣ ገጣሚያንን እና ተማሪዎችን በጣና ሐይቅ ዳርቻ ያሰባስባል።"), M("index.html", '<section lang="en">'),
                      Q("index.html", "The Bahir Dar Literature Festival gathers writers, poets and students")],
        "un_languages": [N("en")],
        "fees": [Q("kefya.html", "የጽሑፍ ዎርክሾፕ: 800 ብር", "800 ETB"), Q("kefya.html", "ተማሪዎች: 300 ብር", "300 ETB"), Q("kefya.html", "US$ 40", "40 USD"),
                 Q("degafiwoch.html", "የዋና ደጋፊ ጥቅል: 150,000 ብር።", "sponsor, stand: not fees"),
                 Q("mareffiya.html", "የሐይቅ ዳር ሆቴል በአዳር 2,400 ብር።", "hotel, bajaj: not fees"),
                 Q("metsahift.html", "የፌስቲቫሉ የግጥም መድበል 450 ብር ይሸጣል።", "book sold: not a fee")],
        "free_option": [Q("index.html", "የምሽት የግጥም ዝግጅቶች ለሁሉም በነጻ ክፍት ናቸው።")],
        "fee_support": [Q("kefya.html", "ተማሪዎች: 300 ብር", "student rate below 800")],
        "remote_participation": [Q("prog.html", "ዎርክሾፖቹ በአካል ብቻ ይካሄዳሉ፤ በመስመር ላይ መሳተፍ አይቻልም።")],
        "captcha": [M("mezgeba.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("8 fields (name, phone, e-mail, Fayda ID number, school or organisation, workshop select, writing-sample file, rules checkbox); 6 marked (ግዴታ); sensitive phone, id_document, affiliation", "mezgeba.html"),
                              Q("mezgeba.html", "የፋይዳ መታወቂያ ቁጥር (ግዴታ)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("mezgeba.html", "ዎርክሾፖቹ ዕድሜያቸው 18 ዓመት እና ከዚያ በላይ ለሆኑ ተሳታፊዎች ናቸው።")],
        "accessibility_statement": [Q("tedarashinet.html", "የዝግጅቱ አዳራሽ በመሬት ወለል ላይ ሲሆን ለዊልቸር ተጠቃሚዎች ምቹ ነው።")],
        "access_services": [Q("tedarashinet.html", "ለዊልቸር ተጠቃሚዎች ምቹ ነው", "wheelchair_access"),
                            Q("tedarashinet.html", "የኢትዮጵያ የምልክት ቋንቋ አስተርጓሚ ይኖራል", "sign_language"),
                            Q("tedarashinet.html", "በአማርኛ እና በእንግሊዝኛ መካከል የቋንቋ ትርጉም ይቀርባል", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
