from lib import *

NAV = [("index.html", "गृहपृष्ठ"), ("shulka.html", "दर्ता शुल्क"), ("darta.html", "दर्ता फारम"), ("karyakram.html", "कार्यक्रम"),
       ("pahunch.html", "पहुँच"), ("prayojak.html", "प्रायोजक"), ("basobas.html", "बसोबास र यातायात"), ("rojgar.html", "रोजगार")]
s = mk("samudayik-ban-upabhokta-rastriya-bhela-pokhara", "सामुदायिक वन उपभोक्ता राष्ट्रिय भेला २०८४", "ne", "#2e7d32", "वन",
       NAV, foot={"ne": "<p>सामुदायिक वन उपभोक्ता महासंघ, गण्डकी प्रदेश · bhela@banbhela.example.org.np</p>"})

s.page("index.html", "सामुदायिक वन उपभोक्ता राष्ट्रिय भेला — पोखरा", """
<h1>सामुदायिक वन उपभोक्ता राष्ट्रिय भेला</h1>
<p>देशभरका सामुदायिक वन उपभोक्ता समूहका प्रतिनिधि, वन अधिकृत र अनुसन्धानकर्ता पोखराको सभागृहमा २०८४ साल
कात्तिक ८ देखि १० गतेसम्म भेला हुँदैछन्। यस वर्षको मुख्य विषय जलवायु परिवर्तन, वन डढेलो र वन पैदावारको उचित बाँडफाँट हो।</p>
<p><a href="@shulka.html">दर्ता शुल्क</a> हेर्नुहोस् र <a href="@darta.html">अनलाइन दर्ता</a> गर्नुहोस्। अघिल्लो भेलाको
<a href="@pratibedan-2083.html">प्रतिवेदन</a> पनि उपलब्ध छ।</p>
<video controls preload="none" width="640" src="media/ban.mp4"></video>
<section lang="en">
<h2>In English</h2>
<p>The National Assembly of Community Forest Users brings delegates of forest user groups, forest officers and
researchers from all provinces to Pokhara. Delegates of women's and Dalit user groups register free of charge.
Delegates who cannot travel may join the sessions on Zoom and put questions to the speakers.</p>
</section>
""")
placeholder_media(s, "media/ban.mp4")

s.page("shulka.html", "दर्ता शुल्क", """
<h1>दर्ता शुल्क</h1>
<table><caption>भेला दर्ता शुल्क</caption>
<tr><th>वर्ग</th><th>शुल्क</th></tr>
<tr><td>उपभोक्ता समूहका प्रतिनिधि</td><td>रु. १,५००</td></tr>
<tr><td>पर्यवेक्षक (संस्था, अनुसन्धानकर्ता)</td><td>रू. २,५००</td></tr>
<tr><td>सामुदायिक वनको स्थलगत भ्रमण</td><td>NPR 800</td></tr>
</table>
<p class="note">महिला तथा दलित उपभोक्ता समूहका प्रतिनिधिलाई दर्ता निःशुल्क छ।</p>
<p>भेलामा सहभागी हुन १८ वर्ष पूरा भएको हुनुपर्छ।</p>
""")

s.page("darta.html", "दर्ता फारम", f"""
<h1>दर्ता फारम</h1>
<p>(अनिवार्य) लेखिएका विवरण भर्नैपर्छ।</p>
<form action="@darta.html" method="post">
{fld("naam", "पूरा नाम (अनिवार्य)")}
{fld("email", "इमेल", "email")}
{fld("phone", "मोबाइल नम्बर (अनिवार्य)", "tel")}
{fld("nagarikta", "नागरिकता नम्बर (अनिवार्य)")}
{fld("samuha", "उपभोक्ता समूहको नाम (अनिवार्य)")}
{fld("jilla", "जिल्ला (अनिवार्य)", "select", opts=["कास्की", "स्याङ्जा", "तनहुँ", "लमजुङ", "अन्य"])}
{radios("linga", "लिङ्ग", ["महिला", "पुरुष", "अन्य"])}
{radios("tarika", "सहभागिताको तरिका", ["भौतिक उपस्थिति", "Zoom मार्फत"])}
{fld("sahamati", "मेरो विवरण भेलाको प्रयोजनका लागि प्रयोग गर्न सहमत छु (अनिवार्य)", "checkbox")}
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"></div>
<button type="submit">दर्ता गर्नुहोस्</button>
</form>
""")

s.page("karyakram.html", "कार्यक्रम", """
<h1>कार्यक्रम</h1>
<p>विस्तृत कार्यक्रम PDF मा मात्र उपलब्ध छ: <a href="@docs/karyakram-2084.pdf">कार्यक्रम डाउनलोड गर्नुहोस् (PDF)</a>।</p>
<p>Zoom बाट जोडिने प्रतिनिधिले च्याटमा वा माइक खोलेर वक्तालाई प्रश्न सोध्न सक्नुहुन्छ।</p>
""")
s.pdf("docs/karyakram-2084.pdf", "Rastriya Bhela 2084 - karyakram\nKattik 8-10, Pokhara")

s.page("pahunch.html", "पहुँच", """
<h1>पहुँच</h1>
<p>सभागृहको मूल ढोकामा र्‍याम्प छ र ह्वीलचेयरबाट सजिलै भित्र जान सकिन्छ।</p>
<p>उद्घाटन र समापन सत्रमा नेपाली साङ्केतिक भाषाका दोभाषे रहनेछन्। सबै सत्रमा नेपाली–अङ्ग्रेजी भाषान्तर हुनेछ।</p>
<p>थप सहयोग चाहिएमा pahunch@banbhela.example.org.np मा लेख्नुहोस्।</p>
""")
s.page("prayojak.html", "प्रायोजक", """
<h1>प्रायोजक</h1><p>मुख्य प्रायोजन: रु. ५,००,०००। प्रदर्शनी स्टल: रु. २५,०००।</p>
""")
s.page("basobas.html", "बसोबास र यातायात", """
<h1>बसोबास र यातायात</h1><p>लेकसाइडको होटल: प्रति रात रु. ३,२००। काठमाडौँ–पोखरा बस भाडा: रु. १,२००।</p>
""")
s.page("rojgar.html", "रोजगार", """
<h1>रोजगार</h1><p>महासंघमा कार्यक्रम अधिकृत आवश्यक, मासिक तलब रु. ५५,०००।</p>
""")

ENTRY = entry(s, name="National Assembly of Community Forest Users 2084 BS (forest users' federation, Pokhara)",
    languages=["ne", "en"], fees=[(1500, "NPR"), (2500, "NPR"), (800, "NPR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(9, 6, ["phone", "id_document", "affiliation", "gender"]),
    min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "shulka.html", "darta.html", "karyakram.html", "pahunch.html"],
    deliberate_404=["pratibedan-2083.html"],
    evidence={
        "languages": [Q("index.html", "देशभरका सामुदायिक वन उपभोक्ता समूहका प्रतिनिधि"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The National Assembly of Community Forest Users brings delegates")],
        "un_languages": [N("en")],
        "fees": [Q("shulka.html", "उपभोक्ता समूहका प्रतिनिधि रु. १,५००", "1500 NPR"),
                 Q("shulka.html", "पर्यवेक्षक (संस्था, अनुसन्धानकर्ता) रू. २,५००", "2500 NPR (observer rate)"),
                 Q("shulka.html", "सामुदायिक वनको स्थलगत भ्रमण NPR 800", "800 NPR (field visit of the event)"),
                 Q("prayojak.html", "मुख्य प्रायोजन: रु. ५,००,०००।", "sponsorship and stall: not fees"),
                 Q("basobas.html", "लेकसाइडको होटल: प्रति रात रु. ३,२००।", "hotel and bus: not fees"),
                 Q("rojgar.html", "मासिक तलब रु. ५५,०००", "salary: not a fee")],
        "free_option": [Q("shulka.html", "महिला तथा दलित उपभोक्ता समूहका प्रतिनिधिलाई दर्ता निःशुल्क छ।")],
        "fee_support": [Q("shulka.html", "महिला तथा दलित उपभोक्ता समूहका प्रतिनिधिलाई दर्ता निःशुल्क छ।", "free places for one group")],
        "remote_participation": [Q("karyakram.html", "Zoom बाट जोडिने प्रतिनिधिले च्याटमा वा माइक खोलेर वक्तालाई प्रश्न सोध्न सक्नुहुन्छ।")],
        "captcha": [M("darta.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, e-mail, mobile, citizenship number, user group, district select, gender "
                                "radio, mode radio, consent); 6 marked (अनिवार्य); sensitive phone, id_document, "
                                "affiliation, gender", "darta.html"),
                              Q("darta.html", "नागरिकता नम्बर (अनिवार्य)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("shulka.html", "भेलामा सहभागी हुन १८ वर्ष पूरा भएको हुनुपर्छ।", "18, Devanagari digits")],
        "accessibility_statement": [Q("pahunch.html", "सभागृहको मूल ढोकामा र्‍याम्प छ र ह्वीलचेयरबाट सजिलै भित्र जान सकिन्छ।")],
        "access_services": [Q("pahunch.html", "ह्वीलचेयरबाट सजिलै भित्र जान सकिन्छ", "wheelchair_access"),
                            Q("pahunch.html", "नेपाली साङ्केतिक भाषाका दोभाषे रहनेछन्", "sign_language"),
                            Q("pahunch.html", "सबै सत्रमा नेपाली–अङ्ग्रेजी भाषान्तर हुनेछ।", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/ban.mp4"></video>', "no track")],
        "pdf_only_documents": [Q("karyakram.html", "विस्तृत कार्यक्रम PDF मा मात्र उपलब्ध छ"),
                               M("karyakram.html", 'href="docs/karyakram-2084.pdf"')],
    })
