"""Bahir Dar, Ethiopia: academic conference on ICT for development (Amharic, English sections without lang)."""
from lib import mk, Q, M, N, entry, fld, radios

SLUG = "ict4d-conference-bahir-dar"
NAV = [("index.html", "መነሻ"), ("mezgeba.html", "ምዝገባ"), ("kifya.html", "ክፍያ"), ("virtual.html", "በZoom ማቅረብ"),
       ("agelglot.html", "የቋንቋ አገልግሎት"), ("spons.html", "ስፖንሰሮች"), ("mereja.html", "ማረፊያና ጉዞ"), ("sira.html", "የሥራ ማስታወቂያ")]
FOOT = {"am": "<p>የጣና ዲጂታል ልማት ምርምር ማኅበር · ባሕር ዳር · info@tanadigital.example.et</p>"}
s = mk(SLUG, "ዓለም አቀፍ የመረጃና ኮሙኒኬሽን ቴክኖሎጂ ለልማት ጉባኤ 2027", "am", "#6a4c93", "ICT4D", {"am": NAV}, foot=FOOT)
s.pdf("docs/program-2027.pdf", "ICT4D Bahir Dar 2027 - programme\nDay 1 rural connectivity\nDay 2 e-health\nDay 3 digital ID")

T_INTRO = "የጣና ዲጂታል ልማት ምርምር ማኅበር ዓለም አቀፍ የመረጃና ኮሙኒኬሽን ቴክኖሎጂ ለልማት ጉባኤን ከጥቅምት 20 እስከ 22 ቀን 2027 በባሕር ዳር ያዘጋጃል"
T_PDF = "ዝርዝር መርሐ ግብሩ በPDF ብቻ ይገኛል"
T_EN = "The International Conference on ICT for Development 2027 is hosted by the Tana Digital Development Research Society in Bahir Dar"
s.page("index.html", "ICT4D ባሕር ዳር 2027", f"""
<h1>ዓለም አቀፍ የመረጃና ኮሙኒኬሽን ቴክኖሎጂ ለልማት ጉባኤ 2027</h1>
<p>{T_INTRO}። ጉባኤው በገጠር ግንኙነት፣ በዲጂታል ግብርና፣ በኢ-ጤና እና በዲጂታል መታወቂያ ላይ የተሠሩ ጥናቶችን ያቀርባል።</p>
<p>{T_PDF}፦ <a href="@docs/program-2027.pdf">መርሐ ግብሩን ያውርዱ (PDF)</a>።</p>
<section>
<h2>In English</h2>
<p>{T_EN} from 20 to 22 October 2027. Papers on rural connectivity, digital agriculture, e-health and digital identity are presented and discussed.</p>
<p>Fees: presenters and participants ETB 2,500; students ETB 800; virtual presentation over Zoom with live questions ETB 1,000; participants from outside Ethiopia US$ 150.</p>
</section>
""")

FORM = "\n".join([
    fld("name", "ሙሉ ስም (መሞላት አለበት)"),
    fld("idno", "የፋይዳ ቁጥር ወይም የፓስፖርት ቁጥር (መሞላት አለበት)"),
    fld("email", "ኢሜይል (መሞላት አለበት)", "email"),
    fld("phone", "ስልክ ቁጥር", "tel"),
    fld("inst", "ተቋም (ዩኒቨርሲቲ ወይም ድርጅት)"),
    fld("nat", "ዜግነት", "select", opts=["ኢትዮጵያዊ", "ኬንያዊ", "ሱዳናዊ", "ሌላ"]),
    radios("type", "የተሳትፎ ዓይነት", ["ጽሑፍ አቅራቢ በአካል", "ጽሑፍ አቅራቢ በZoom", "ተሳታፊ", "ተማሪ"], req=True),
    fld("paper", "የጽሑፍ መለያ ቁጥር"),
    fld("file", "የጽሑፉ ፋይል", "file"),
    fld("agree", "የጉባኤውን ደንቦች ተቀብያለሁ", "checkbox", req=True),
])
s.page("mezgeba.html", "ምዝገባ — ICT4D ባሕር ዳር 2027", f"""
<h1>ምዝገባ</h1>
<p>ምዝገባው እስከ መስከረም 30 ቀን 2027 ክፍት ነው። ክፍያውን በባንክ ከፍለው ደረሰኙን በኢሜይል ይላኩ።</p>
<form action="@mezgeba.html" method="post">
{FORM}
<button type="submit">ይመዝገቡ</button>
</form>
""", head_extra="\n  <style>.g-recaptcha{min-height:78px}</style>")

T_APC = "በጆርናሉ ለማሳተም የሚከፈለው የሕትመት ክፍያ (APC) US$ 200 ከጉባኤው ክፍያ የተለየ ነው"
T_GRANT = "ለአፍሪካ የድኅረ ምረቃ ተማሪዎች እስከ US$ 400 የጉዞ ድጋፍ ይሰጣል"
s.page("kifya.html", "ክፍያ — ICT4D ባሕር ዳር 2027", f"""
<h1>የምዝገባ ክፍያ</h1>
<ul>
<li>ጽሑፍ አቅራቢዎችና ተሳታፊዎች፦ 2,500 ብር</li>
<li>ተማሪዎች፦ 800 ብር</li>
<li>በZoom የሚቀርብ ጽሑፍ (የቀጥታ ጥያቄና መልስ)፦ 1,000 ብር</li>
<li>ከኢትዮጵያ ውጭ ለሚመጡ ተሳታፊዎች፦ US$ 150</li>
</ul>
<p>{T_GRANT}።</p>
<p>{T_APC}።</p>
""")

T_ZOOM = "በZoom የሚያቀርቡ ተመራማሪዎች ከተሳታፊዎች ለሚቀርቡላቸው ጥያቄዎች በቀጥታ ይመልሳሉ"
s.page("virtual.html", "በZoom ማቅረብ — ICT4D ባሕር ዳር 2027", f"""
<h1>ጽሑፍን በZoom ማቅረብ</h1>
<p>ወደ ባሕር ዳር መምጣት የማይችሉ ጽሑፍ አቅራቢዎች ጽሑፋቸውን በZoom ማቅረብ ይችላሉ። {T_ZOOM}።</p>
""")

T_INT = "በአማርኛና በእንግሊዝኛ መካከል የትርጉም አገልግሎት ይኖራል"
T_NOSIGN = "የምልክት ቋንቋ አስተርጓሚ አይኖርም"
s.page("agelglot.html", "የቋንቋ አገልግሎት — ICT4D ባሕር ዳር 2027", f"""
<h1>የቋንቋ አገልግሎት</h1>
<p>በዋናው አዳራሽ {T_INT}።</p>
<p>በዚህ ዓመት {T_NOSIGN}።</p>
""")

s.page("spons.html", "ስፖንሰሮች — ICT4D ባሕር ዳር 2027", """
<h1>ስፖንሰሮች</h1>
<p>ፕላቲኒየም ስፖንሰር፦ 500,000 ብር። የኤግዚቢሽን ቦታ፦ 60,000 ብር።</p>
""")

s.page("mereja.html", "ማረፊያና ጉዞ — ICT4D ባሕር ዳር 2027", """
<h1>ማረፊያና ጉዞ</h1>
<p>በሐይቁ ዳር ያለ ሆቴል፦ 3,200 ብር በአንድ ሌሊት። ባጃጅ ከመናኸሪያ እስከ ዩኒቨርሲቲው፦ 30 ብር።</p>
<p>የጢስ ዓባይ ፏፏቴ ጉብኝት በአስጎብኚ ድርጅት ይዘጋጃል፦ 1,200 ብር (የጉባኤው አካል አይደለም)።</p>
""")

s.page("sira.html", "የሥራ ማስታወቂያ — የጣና ዲጂታል ልማት ምርምር ማኅበር", """
<h1>የምርምር ረዳት ይፈለጋል</h1>
<p>ደመወዝ፦ 18,000 ብር በወር። ማመልከቻ፦ jobs@tanadigital.example.et</p>
""")

PP = ["index.html", "mezgeba.html", "kifya.html", "virtual.html", "agelglot.html"]
ENTRY = entry(
    s, name="International Conference on ICT for Development 2027 (Tana Digital Development Research Society, Bahir Dar, Ethiopia)",
    languages=["am", "en"],
    fees=[(2500, "ETB"), (800, "ETB"), (1000, "ETB"), (150, "USD")],
    free_option=False, fee_support=True, remote_participation=True,
    captcha=[], account_required=False,
    registration_form=(10, 5, ["id_document", "phone", "affiliation", "nationality"]),
    min_age=None, accessibility_statement=False,
    access_services=["interpretation"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=PP,
    evidence={
        "languages": [Q("index.html", T_INTRO), Q("index.html", T_EN, "English section without lang (two paragraphs)")],
        "un_languages": [N("en")],
        "fees": [Q("kifya.html", "ጽሑፍ አቅራቢዎችና ተሳታፊዎች፦ 2,500 ብር"), Q("kifya.html", "ተማሪዎች፦ 800 ብር"),
                 Q("kifya.html", "በZoom የሚቀርብ ጽሑፍ (የቀጥታ ጥያቄና መልስ)፦ 1,000 ብር", "paid virtual presentation"),
                 Q("kifya.html", "ከኢትዮጵያ ውጭ ለሚመጡ ተሳታፊዎች፦ US$ 150", "international rate: USD entry"),
                 Q("index.html", "presenters and participants ETB 2,500", "restated in English: no new entry"),
                 Q("kifya.html", T_APC, "article-processing charge: not a fee"),
                 Q("kifya.html", T_GRANT, "travel grant: not a fee"),
                 Q("mereja.html", "1,200 ብር (የጉባኤው አካል አይደለም)", "tour run by an operator: not a fee"),
                 Q("spons.html", "ፕላቲኒየም ስፖንሰር፦ 500,000 ብር", "sponsor: not a fee"),
                 Q("sira.html", "18,000 ብር በወር", "salary: not a fee")],
        "free_option": [N("fees stated, nothing free", "kifya.html")],
        "fee_support": [Q("kifya.html", "ተማሪዎች፦ 800 ብር", "student rate"), Q("kifya.html", T_GRANT)],
        "remote_participation": [Q("virtual.html", T_ZOOM)],
        "captcha": [M("mezgeba.html", "<style>.g-recaptcha{min-height:78px}</style>", "CSS class only, no widget: not a CAPTCHA")],
        "account_required": [N("own form, no account", "mezgeba.html")],
        "registration_form": [N("10 fields: name, Fayda/passport number, e-mail, phone, institution, nationality select, type radio, paper "
                                "ID, paper file, consent checkbox; required: 3 marked (መሞላት አለበት) + type + consent = 5; paper ID not "
                                "an ID document", "mezgeba.html"),
                              Q("mezgeba.html", "የፋይዳ ቁጥር ወይም የፓስፖርት ቁጥር (መሞላት አለበት)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("agelglot.html", T_INT, "interpretation only, with a sign-language negation: no statement")],
        "access_services": [Q("agelglot.html", T_INT, "interpretation"), Q("agelglot.html", T_NOSIGN, "no sign language (negation)")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("index.html", T_PDF)],
    })
