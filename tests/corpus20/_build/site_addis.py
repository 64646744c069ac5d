"""Addis Ababa: a coffee farmers' cooperative union's national congress (am; English section with lang, Oromo section without lang)."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media

NAV = [("index.html", "መነሻ"), ("kifya.html", "ክፍያ"), ("mizgeba.html", "ምዝገባ"), ("tedarash.html", "ተደራሽነት"),
       ("tiyake.html", "ጥያቄዎች"), ("hotel.html", "ሆቴልና ትራንስፖርት"), ("gebeya.html", "የቡና ገበያ"), ("sponsor.html", "ስፖንሰሮች")]
s = mk("ye-buna-amrachoch-guba-addis-abeba", "ብሔራዊ የቡና አምራቾች ጉባኤ 2019", "am", "#4e342e", "ቡና", NAV,
       foot={"am": "<p>የቡና አምራቾች የህብረት ሥራ ማህበራት ዩኒየን — guba@buna.example.et</p>"})
placeholder_media(s, "media/buna.mp4")

s.page("index.html", "ብሔራዊ የቡና አምራቾች ጉባኤ", """
<h1>ብሔራዊ የቡና አምራቾች ጉባኤ</h1>
<p>ይህ ጉባኤ የቡና አርሶ አደሮችን፣ የህብረት ሥራ ማህበራትን፣ ላኪዎችንና ተመራማሪዎችን በአዲስ አበባ ያሰባስባል። ለሦስት ቀናት ስለ ቡና ጥራት፣ ስለ ገበያ ዋጋና ስለ የአየር ንብረት ለውጥ እንወያያለን።</p>
""" + video("media/buna.mp4") + """
<section lang="en">
<h2>National Coffee Growers' Congress</h2>
<p>The congress brings coffee farmers, cooperative unions, exporters and researchers to Addis Ababa for three days of discussion on quality, prices and climate change. Registration is by a PDF form only.</p>
</section>
<h2>Walgahii qonnaan bultoota bunaa</h2>
<p>Walgahiin kun qonnaan bultoota bunaa, waldaalee hojii gamtaa, alergoota fi qorattoota Finfinnee keessatti walitti fida, qulqullina bunaa, gatii gabaa fi jijjiirama qilleensaa irratti mari'achuuf.</p>
""")

s.page("kifya.html", "ክፍያ", """
<h1>የተሳትፎ ክፍያ</h1>
<table><caption>ክፍያዎች</caption>
<tr><th>ምድብ</th><th>ክፍያ</th></tr>
<tr><td>አጠቃላይ ተሳታፊ</td><td>1,500 ብር</td></tr>
<tr><td>የህብረት ሥራ ማህበር አባላት</td><td>500 ብር</td></tr>
<tr><td>የውጭ ሀገር ተሳታፊዎች</td><td>US$50</td></tr>
</table>
<p>ከገጠር ለሚመጡ የአርሶ አደር ተወካዮች የጉዞ ወጪ ይመለሳል።</p>
""")

s.pdf("docs/yemizgeba-qitsi.pdf", "Registration form - National Coffee Growers Congress (placeholder)")
s.page("mizgeba.html", "ምዝገባ", """
<h1>ምዝገባ</h1>
<p>የምዝገባ ቅጹ በPDF ብቻ ይገኛል፦ <a href="@docs/yemizgeba-qitsi.pdf">የምዝገባ ቅጽ (PDF)</a>። ቅጹን ሞልተው ለማህበርዎ ወይም በኢሜይል ወደ guba@buna.example.et ይላኩ።</p>
<p>የመስመር ላይ ምዝገባ የለም።</p>
""")

s.page("tedarash.html", "ተደራሽነት", """
<h1>ተደራሽነት</h1>
<p>የጉባኤው አዳራሽ ለዊልቸር ተጠቃሚዎች ተደራሽ ነው፤ መወጣጫና ሊፍት አለው።</p>
<p>በሁሉም ጠቅላላ ስብሰባዎች የኢትዮጵያ የምልክት ቋንቋ አስተርጓሚ ይኖራል።</p>
<p>የአማርኛ–ኦሮምኛ ትርጉም በሁሉም ክፍለ ጊዜዎች ይቀርባል።</p>
""")

form = "".join([fld("sm", "ስም"), fld("em", "ኢሜይል", "email"), fld("tq", "ጥያቄዎ", "textarea")])
s.page("tiyake.html", "ጥያቄዎች", f"""
<h1>ተደጋግመው የሚጠየቁ ጥያቄዎች</h1>
<details><summary>በኦንላይን መሳተፍ እችላለሁ?</summary><p>ጉባኤው በአካል ብቻ ይካሄዳል፤ የኦንላይን ተሳትፎ የለም።</p></details>
<h2>ጥያቄ ይላኩልን</h2>
<form action="@tiyake.html" method="post">
{form}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAA-example-buna"></div>
<button type="submit">ላክ</button>
</form>
""")

s.page("hotel.html", "ሆቴልና ትራንስፖርት", "<h1>ሆቴልና ትራንስፖርት</h1><p>በቦሌ አካባቢ ያሉ ሆቴሎች በአዳር ከ3,200 ብር ይጀምራሉ። ከጅማ የአውቶቡስ ትኬት 650 ብር ነው።</p>")
s.page("gebeya.html", "የቡና ገበያ", "<h1>የቡና ገበያ</h1><p>የታጠበ ቡና አማካይ ዋጋ በኪሎ 420 ብር ነው።</p>")
s.page("sponsor.html", "ስፖንሰሮች", "<h1>ስፖንሰሮች</h1><p>የወርቅ ስፖንሰርሺፕ 250,000 ብር፤ የኤግዚቢሽን ቦታ 30,000 ብር።</p>")

ENTRY = entry(
    s, name="National Coffee Growers' Congress (coffee farmers' cooperative union, Addis Ababa)",
    languages=["am", "en", "om"],
    fees=[(1500, "ETB"), (500, "ETB"), (50, "USD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["turnstile"],
    account_required=False, registration_form=None, registration_host=None, registration_pdf_only=True,
    min_age=None, accessibility_statement=True,
    access_services=["interpretation", "sign_language", "wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "kifya.html", "mizgeba.html", "tedarash.html", "tiyake.html"],
    evidence={
        "languages": [Q("index.html", "ይህ ጉባኤ የቡና አርሶ አደሮችን፣ የህብረት ሥራ ማህበራትን፣ ላኪዎችንና ተመራማሪዎችን በአዲስ አበባ ያሰባስባል።"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The congress brings coffee farmers, cooperative unions, exporters and researchers"),
                      Q("index.html", "Walgahiin kun qonnaan bultoota bunaa, waldaalee hojii gamtaa", "Oromo section without lang")],
        "un_languages": [N("en")],
        "fees": [Q("kifya.html", "አጠቃላይ ተሳታፊ 1,500 ብር", "1500 ETB"),
                 Q("kifya.html", "የህብረት ሥራ ማህበር አባላት 500 ብር", "cooperative-member rate: a fee, not support"),
                 Q("kifya.html", "የውጭ ሀገር ተሳታፊዎች US$50", "50 USD"),
                 Q("hotel.html", "በአዳር ከ3,200 ብር ይጀምራሉ", "hotel and bus: not fees"),
                 Q("gebeya.html", "በኪሎ 420 ብር ነው", "coffee price per kg: not a fee"),
                 Q("sponsor.html", "የወርቅ ስፖንሰርሺፕ 250,000 ብር", "sponsorship and exhibition space: not fees")],
        "free_option": [N("fees stated, nothing said about a free way: false", "kifya.html")],
        "fee_support": [Q("kifya.html", "ከገጠር ለሚመጡ የአርሶ አደር ተወካዮች የጉዞ ወጪ ይመለሳል።", "reimbursed travel for farmer delegates")],
        "remote_participation": [Q("tiyake.html", "ጉባኤው በአካል ብቻ ይካሄዳል፤ የኦንላይን ተሳትፎ የለም።", "in person only")],
        "captcha": [M("tiyake.html", '<div class="cf-turnstile"', "Turnstile on the FAQ question form")],
        "account_required": [N("PDF registration, no account")],
        "registration_form": [N("no online registration form; the 3-field question form is not one")],
        "registration_host": [N("no platform")],
        "registration_pdf_only": [Q("mizgeba.html", "የምዝገባ ቅጹ በPDF ብቻ ይገኛል"),
                                  Q("mizgeba.html", "የመስመር ላይ ምዝገባ የለም።")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("tedarash.html", "የጉባኤው አዳራሽ ለዊልቸር ተጠቃሚዎች ተደራሽ ነው፤ መወጣጫና ሊፍት አለው።")],
        "access_services": [Q("tedarash.html", "ለዊልቸር ተጠቃሚዎች ተደራሽ ነው", "wheelchair_access"),
                            Q("tedarash.html", "የኢትዮጵያ የምልክት ቋንቋ አስተርጓሚ ይኖራል።", "sign_language"),
                            Q("tedarash.html", "የአማርኛ–ኦሮምኛ ትርጉም በሁሉም ክፍለ ጊዜዎች ይቀርባል።", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/buna.mp4">', "no track")],
        "pdf_only_documents": [M("mizgeba.html", 'href="docs/yemizgeba-qitsi.pdf"', "registration form only as PDF")],
    })
