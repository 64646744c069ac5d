from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

NAV = [("index.html", "முகப்பு"), ("payirchi.html", "பயிற்சிப் பட்டறைகள்"), ("pathivu.html", "பதிவு"),
       ("nikazhchi.html", "நிகழ்ச்சி நிரல்"), ("anukal.html", "அணுகல்"), ("anusaranai.html", "அனுசரணையாளர்கள்"),
       ("thangumidam.html", "தங்குமிடம்"), ("kadai.html", "விற்பனையகம்")]
s = mk("yazh-karnataka-isai-vizha", "யாழ் கர்நாடக இசை விழா", "ta-LK", "#7b2d26", "இசை", NAV,
       foot={"ta-LK": "<p>யாழ் இசைக் கலைஞர் மன்றம் (கற்பனை) · நல்லூர், யாழ்ப்பாணம் · isai@example.lk</p>"})
placeholder_media(s, "media/vizha-2026.mp4")

s.page("index.html", "யாழ் கர்நாடக இசை விழா 2027", """
<h1>யாழ் கர்நாடக இசை விழா 2027</h1>
<p>ஆகஸ்ட் 20 முதல் 24 வரை நல்லூரில் நடைபெறும் இவ்விழாவில் இளம் கலைஞர்களுக்கான பயிற்சிப் பட்டறைகள், மாலைக் கச்சேரிகள் மற்றும் வீணை, மிருதங்கம், வயலின் வகுப்புகள் இடம்பெறும்.</p>
<p><a href="@payirchi.html">பயிற்சிக் கட்டணங்கள்</a>, <a href="@pathivu.html">பதிவு</a>, <a href="@nikazhchi.html">நிகழ்ச்சி நிரல்</a>, <a href="@anukal.html">அணுகல் வசதிகள்</a> பற்றி அறியுங்கள். கடந்த ஆண்டு புகைப்படங்கள்: <a href="@pugaippadam-2026.html">இங்கே</a>.</p>
""" + video("media/vizha-2026.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The Jaffna Carnatic Music Festival offers five days of masterclasses for young vocalists and instrumentalists, with free evening concerts in the temple courtyard. Classes are taught in Tamil; some guest teachers from Chennai and Colombo teach in English.</p>
</section>
""")

s.page("payirchi.html", "பயிற்சிப் பட்டறைகள்", """
<h1>பயிற்சிப் பட்டறைகள் மற்றும் கட்டணங்கள்</h1>
<table><caption>கட்டணங்கள்</caption>
<tr><th>பிரிவு</th><th>கட்டணம்</th></tr>
<tr><td>ஐந்து நாள் மாஸ்டர் வகுப்பு</td><td>ரூ. 7,500</td></tr>
<tr><td>மாணவர்களுக்கு (பாடசாலை / பல்கலைக்கழகம்)</td><td>ரூ. 3,000</td></tr>
<tr><td>இணைய வழி மாஸ்டர் வகுப்பு (Zoom)</td><td>LKR 2,500</td></tr>
</table>
<p>மாலைக் கச்சேரிகளுக்கு அனுமதி இலவசம்; முன்பதிவு தேவையில்லை.</p>
""")

form = "".join([
    fld("name", "முழுப் பெயர் (கட்டாயம்)"), fld("email", "மின்னஞ்சல் (கட்டாயம்)", "email"),
    fld("tel", "தொலைபேசி இலக்கம் (கட்டாயம்)", "tel"), fld("dob", "பிறந்த திகதி (கட்டாயம்)", "date"),
    fld("inst", "வாத்தியம் (கட்டாயம்)", "select", opts=["வாய்ப்பாட்டு", "வீணை", "வயலின்", "மிருதங்கம்"]),
    fld("guru", "உங்கள் குரு அல்லது இசைப் பள்ளி"),
    radios("lvl", "நிலை", ["ஆரம்பம்", "இடைநிலை", "உயர்நிலை"]),
    fld("rec", "உங்கள் இசைப் பதிவு (ஒலிக்கோப்பு)", "file"),
    fld("ok", "விழா விதிமுறைகளை ஏற்கிறேன் (கட்டாயம்)", "checkbox")])
s.page("pathivu.html", "பதிவு", f"""
<h1>பயிற்சிப் பட்டறைக்குப் பதிவு</h1>
<form action="@pathivu.html" method="post">{form}
<div class="g-recaptcha" data-sitekey="6Lc-placeholder-jaffna"></div>
<button type="submit">பதிவு செய்க</button></form>
""")

s.page("nikazhchi.html", "நிகழ்ச்சி நிரல்", """
<h1>நிகழ்ச்சி நிரல்</h1>
<ul><li>காலை: மாஸ்டர் வகுப்புகள்</li><li>பிற்பகல்: இராக ஆய்வு அமர்வுகள்</li><li>மாலை: கச்சேரிகள்</li></ul>
<p>இணைய வழி மாஸ்டர் வகுப்பில் மாணவர்கள் Zoom மூலம் நேரடியாகப் பாடி, ஆசிரியரிடம் உடனடித் திருத்தங்களைப் பெறலாம்.</p>
<p>பயிற்சிப் பட்டறைகளில் பதினான்கு வயது நிரம்பியவர்கள் பங்குபற்றலாம்.</p>
""")

s.page("anukal.html", "அணுகல்", """
<h1>அணுகல் வசதிகள்</h1>
<p>பிரதான மண்டபம் தரைத்தளத்தில் உள்ளது; சக்கர நாற்காலியில் வருவோருக்கு சரிவுப் பாதை உண்டு.</p>
<p>இவ்வாண்டு சைகை மொழி பெயர்ப்பாளர் இல்லை.</p>
<p>வேறு தேவைகளுக்கு access@example.lk என்ற முகவரிக்கு எழுதுங்கள்.</p>
""")

s.page("anusaranai.html", "அனுசரணையாளர்கள்", """
<h1>அனுசரணையாளர்கள்</h1>
<p>பிரதான அனுசரணை: ரூ. 500,000. சிறந்த இளம் கலைஞர் பரிசு: ரூ. 50,000.</p>
""")

s.page("thangumidam.html", "தங்குமிடம்", """
<h1>தங்குமிடம் மற்றும் போக்குவரத்து</h1>
<p>விருந்தினர் இல்லம்: இரவுக்கு ரூ. 6,000. கொழும்பு–யாழ்ப்பாணம் பேருந்து: ரூ. 2,200.</p>
""")

s.page("kadai.html", "விற்பனையகம்", """
<h1>விற்பனையகம்</h1>
<p>சுருதிப் பெட்டி: ரூ. 18,000. விழா இசைத்தட்டு: ரூ. 1,500.</p>
""")

ENTRY = entry(s, name="Jaffna Carnatic Music Festival 2027 (musicians' association, Jaffna)",
    languages=["ta", "en"],
    fees=[(7500, "LKR"), (3000, "LKR"), (2500, "LKR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(9, 6, ["phone", "birth_date", "affiliation"]),
    min_age=14, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "payirchi.html", "pathivu.html", "nikazhchi.html", "anukal.html"],
    deliberate_404=["pugaippadam-2026.html"],
    evidence={
        "languages": [Q("index.html", "இளம் கலைஞர்களுக்கான பயிற்சிப் பட்டறைகள், மாலைக் கச்சேரிகள்"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Jaffna Carnatic Music Festival offers five days of masterclasses")],
        "un_languages": [N("en")],
        "fees": [Q("payirchi.html", "ஐந்து நாள் மாஸ்டர் வகுப்பு ரூ. 7,500", "7500 LKR"),
                 Q("payirchi.html", "மாணவர்களுக்கு (பாடசாலை / பல்கலைக்கழகம்) ரூ. 3,000", "3000 LKR"),
                 Q("payirchi.html", "இணைய வழி மாஸ்டர் வகுப்பு (Zoom) LKR 2,500", "online masterclass with live correction: 2500 LKR"),
                 Q("anusaranai.html", "பிரதான அனுசரணை: ரூ. 500,000.", "sponsorship, prize: not fees"),
                 Q("thangumidam.html", "விருந்தினர் இல்லம்: இரவுக்கு ரூ. 6,000.", "guest house, bus: not fees"),
                 Q("kadai.html", "சுருதிப் பெட்டி: ரூ. 18,000.", "shop items: not fees")],
        "free_option": [Q("payirchi.html", "மாலைக் கச்சேரிகளுக்கு அனுமதி இலவசம்; முன்பதிவு தேவையில்லை.")],
        "fee_support": [Q("payirchi.html", "மாணவர்களுக்கு (பாடசாலை / பல்கலைக்கழகம்) ரூ. 3,000", "student rate below 7500")],
        "remote_participation": [Q("nikazhchi.html", "இணைய வழி மாஸ்டர் வகுப்பில் மாணவர்கள் Zoom மூலம் நேரடியாகப் பாடி, ஆசிரியரிடம் உடனடித் திருத்தங்களைப் பெறலாம்.")],
        "captcha": [M("pathivu.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, e-mail, phone, birth date, instrument select, guru or music school, level radio, recording file, rules checkbox); 6 marked (கட்டாயம்); sensitive phone, birth_date, affiliation", "pathivu.html"),
                              Q("pathivu.html", "பிறந்த திகதி (கட்டாயம்)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("nikazhchi.html", "பயிற்சிப் பட்டறைகளில் பதினான்கு வயது நிரம்பியவர்கள் பங்குபற்றலாம்.", "14, in words")],
        "accessibility_statement": [Q("anukal.html", "பிரதான மண்டபம் தரைத்தளத்தில் உள்ளது; சக்கர நாற்காலியில் வருவோருக்கு சரிவுப் பாதை உண்டு.")],
        "access_services": [Q("anukal.html", "சக்கர நாற்காலியில் வருவோருக்கு சரிவுப் பாதை உண்டு", "wheelchair_access"),
                            Q("anukal.html", "இவ்வாண்டு சைகை மொழி பெயர்ப்பாளர் இல்லை.", "negation: no sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/vizha-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
