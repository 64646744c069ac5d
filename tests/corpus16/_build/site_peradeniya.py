"""Peradeniya (Sri Lanka) university public lecture series with a paid certificate course; si, ta section, English page declared lang="si"."""
from lib import mk, video, placeholder_media, Q, M, N, entry

NAV = [("index.html", "මුල් පිටුව"), ("gastu.html", "ගාස්තු"), ("liyapadinchiya.html", "ලියාපදිංචිය"), ("zoom.html", "Zoom හරහා"),
       ("prave.html", "ප්‍රවේශ පහසුකම්"), ("dheshana.html", "දේශන"), ("navathan.html", "නවාතැන්"), ("en/index.html", "English")]
s = mk("prajamula-dheshana-mala-peradeniya", "දේශගුණ අනුවර්තන මහජන දේශන මාලාව", "si", "#2e6b30", "දේ",
       NAV, foot={"si": '<p>කෘෂි දිගු සේවා ඒකකය (උදාහරණය) — පේරාදෙණිය — <a href="mailto:deshana@agri-ext.example.lk">deshana@agri-ext.example.lk</a></p>'})
placeholder_media(s, "media/deshana.mp4")

s.page("index.html", "දේශගුණ අනුවර්තන මහජන දේශන මාලාව 2027", f"""
<h1>දේශගුණ විපර්යාසයට අනුවර්තනය පිළිබඳ මහජන දේශන මාලාව</h1>
<p>2027 ජූනි සිට අගෝස්තු දක්වා සෑම සෙනසුරාදාවකම පේරාදෙණිය විශ්වවිද්‍යාලයේ කෘෂිකර්ම පීඨ ශ්‍රවණාගාරයේදී පැවැත්වේ.</p>
<p>ගොවීන්, ගුරුවරුන් සහ ප්‍රජා නායකයින් සඳහා දේශන දහයක්.</p>
<section lang="ta">
<h2>தமிழில் தகவல்</h2>
<p>காலநிலை மாற்றத்திற்கு ஏற்ப வாழ்தல் பற்றிய பொது விரிவுரைத் தொடர் 2027 ஜூன் முதல் ஆகஸ்ட் வரை ஒவ்வொரு சனிக்கிழமையும் பேராதனைப் பல்கலைக்கழகத்தில் நடைபெறும்.</p>
<p>அனைத்து விரிவுரைகளுக்கும் அனுமதி இலவசம். சான்றிதழ் பாடநெறிக்குக் கட்டணம் உண்டு.</p>
</section>
{video("media/deshana.mp4")}
<p><a href="@gastu.html">ගාස්තු</a> · <a href="@liyapadinchiya.html">ලියාපදිංචිය</a> · <a href="@zoom.html">Zoom හරහා</a> · <a href="@prave.html">ප්‍රවේශ පහසුකම්</a> · <a href="@en/index.html" hreflang="en">English</a></p>
""", alternates=[("en", "en/index.html")])

s.page("gastu.html", "ගාස්තු", """
<h1>ගාස්තු</h1>
<p>සියලුම දේශන සඳහා ඇතුළත් වීම නොමිලේ.</p>
<p>සහතික පත්‍ර පාඨමාලාව (දේශන දහයම සහ අවසාන පැවරුම): මැයි 31 දක්වා රු. 2,500; ඉන් පසු රු. 3,000.</p>
<p>ශිෂ්‍ය වට්ටම් හෝ ශිෂ්‍යත්ව නොමැත.</p>
""")

s.page("liyapadinchiya.html", "ලියාපදිංචිය", """
<h1>ලියාපදිංචි පෝරමය</h1>
<p>(අනිවාර්යයි) ලෙස සලකුණු කළ ක්ෂේත්‍ර පිරවිය යුතුය.</p>
<form action="@liyapadinchiya.html" method="post">
  <label for="nama">නම (අනිවාර්යයි)</label><input type="text" id="nama" name="nama">
  <label for="email">විද්‍යුත් තැපෑල (අනිවාර්යයි)</label><input type="email" id="email" name="email">
  <label for="dura">දුරකථන අංකය (අනිවාර්යයි)</label><input type="tel" id="dura" name="dura">
  <label for="nic">ජාතික හැඳුනුම්පත් අංකය (අනිවාර්යයි)</label><input type="text" id="nic" name="nic">
  <label for="ayathana">ආයතනය හෝ පාසල</label><input type="text" id="ayathana" name="ayathana">
  <label for="disa">දිස්ත්‍රික්කය</label><select id="disa" name="disa"><option>මහනුවර</option><option>මාතලේ</option><option>නුවරඑළිය</option><option>වෙනත්</option></select>
  <fieldset><legend>සහභාගී වන ආකාරය (අනිවාර්යයි)</legend>
    <input type="radio" id="a1" name="akaraya" value="hall"><label for="a1">ශ්‍රවණාගාරයේ</label>
    <input type="radio" id="a2" name="akaraya" value="zoom"><label for="a2">Zoom</label>
  </fieldset>
  <div class="check"><input type="checkbox" id="sahathika" name="sahathika"><label for="sahathika">සහතික පත්‍ර පාඨමාලාවට ලියාපදිංචි වන්න</label></div>
  <div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
  <button type="submit">යවන්න</button>
</form>
""")

s.page("zoom.html", "Zoom හරහා", """
<h1>Zoom හරහා සහභාගී වීම</h1>
<p>Zoom හරහා සම්බන්ධ වන අයට දේශකයාගෙන් සජීවීව ප්‍රශ්න ඇසිය හැක.</p>
<p>Zoom සබැඳිය ලියාපදිංචි වූ අයට විද්‍යුත් තැපෑලෙන් එවනු ලැබේ.</p>
""")

s.page("prave.html", "ප්‍රවේශ පහසුකම්", """
<h1>ප්‍රවේශ පහසුකම්</h1>
<p>ශ්‍රවණාගාරයට රෝද පුටු සඳහා බෑවුම් මාර්ගයක් ඇත.</p>
<p>සෑම දේශනයකටම ශ්‍රී ලංකා සංඥා භාෂා පරිවර්තකයෙක් සිටී.</p>
<p>වෙනත් අවශ්‍යතා සඳහා චමිලා හේරත් මහත්මිය අමතන්න: <a href="mailto:prave@agri-ext.example.lk">prave@agri-ext.example.lk</a>.</p>
""")

s.page("en/index.html", "Public lecture series on climate adaptation — English", """
<h1>Public lecture series on climate adaptation</h1>
<p>Ten Saturday lectures from June to August 2027 at the Faculty of Agriculture auditorium, University of Peradeniya. Entry to every lecture is free.</p>
<p>The certificate course costs Rs. 2,500 until 31 May and Rs. 3,000 afterwards; there are no student discounts. Participants on Zoom can put questions to the speaker live.</p>
""", lang="si", header_lang="si")

s.page("dheshana.html", "දේශන", """
<h1>දේශන</h1>
<ol>
<li>ආබාධිත ගොවීන් සහ ජල ප්‍රවේශය</li>
<li>වියළි කලාපයේ වී වගාව</li>
<li>කඳුකර තේ වතුවල නායයෑම් අවදානම</li>
</ol>
""")

s.page("navathan.html", "නවාතැන්", """
<h1>නවාතැන් සහ ප්‍රවාහනය</h1>
<p>විශ්වවිද්‍යාලය අසල අමුත්තන්ගේ නිවාසය: රාත්‍රියකට රු. 4,500. මහනුවර සිට බස් ගාස්තුව රු. 60.</p>
""")

ENTRY = entry(
    s, name="Public lecture series on climate adaptation 2027 (agricultural extension unit, Peradeniya, Sri Lanka)",
    languages=["si", "ta", "en"],
    fees=[(2500, "LKR"), (3000, "LKR")],
    free_option=True, fee_support=False, remote_participation=True, captcha=["recaptcha"], account_required=False,
    registration_form=(8, 5, ["phone", "id_document", "affiliation"]), registration_host=None, min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "gastu.html", "liyapadinchiya.html", "zoom.html", "prave.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "ගොවීන්, ගුරුවරුන් සහ ප්‍රජා නායකයින් සඳහා දේශන දහයක්."),
                      Q("index.html", "அனைத்து விரிவுரைகளுக்கும் அனுமதி இலவசம்.", "Tamil section with lang=ta (two paragraphs)"),
                      Q("en/index.html", "Ten Saturday lectures from June to August 2027", "whole English page declared lang=\"si\": English")],
        "un_languages": [N("en")],
        "fees": [Q("gastu.html", "මැයි 31 දක්වා රු. 2,500; ඉන් පසු රු. 3,000.", "certificate course: 2500 LKR, late rate 3000 LKR"),
                 Q("en/index.html", "The certificate course costs Rs. 2,500 until 31 May and Rs. 3,000 afterwards", "English restatement, no new entries"),
                 Q("navathan.html", "රාත්‍රියකට රු. 4,500", "lodging and bus: not fees")],
        "free_option": [Q("gastu.html", "සියලුම දේශන සඳහා ඇතුළත් වීම නොමිලේ.", "entry to all lectures free")],
        "fee_support": [Q("gastu.html", "ශිෂ්‍ය වට්ටම් හෝ ශිෂ්‍යත්ව නොමැත.", "no student discounts or scholarships; the late rate is not support")],
        "remote_participation": [Q("zoom.html", "Zoom හරහා සම්බන්ධ වන අයට දේශකයාගෙන් සජීවීව ප්‍රශ්න ඇසිය හැක.")],
        "captcha": [M("liyapadinchiya.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("liyapadinchiya.html: 8 fields: name, e-mail, phone, NIC number, institution or school, district "
                                "select, mode radio (=1), certificate-course checkbox. Required ((අනිවාර්යයි)): name, e-mail, "
                                "phone, NIC, mode = 5. Sensitive: phone, id_document (NIC), affiliation.", "liyapadinchiya.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [Q("prave.html", "වෙනත් අවශ්‍යතා සඳහා චමිලා හේරත් මහත්මිය අමතන්න"),
                                    Q("dheshana.html", "ආබාධිත ගොවීන් සහ ජල ප්‍රවේශය", "lecture title, not a statement")],
        "access_services": [Q("prave.html", "ශ්‍රවණාගාරයට රෝද පුටු සඳහා බෑවුම් මාර්ගයක් ඇත."),
                            Q("prave.html", "සෑම දේශනයකටම ශ්‍රී ලංකා සංඥා භාෂා පරිවර්තකයෙක් සිටී.")],
        "videos_without_captions": [M("index.html", 'src="media/deshana.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
