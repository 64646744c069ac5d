"""Kathmandu: a foundation's literature festival with a civic-dialogue programme (ne; an English section)."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "गृहपृष्ठ"), ("karyakram.html", "कार्यक्रम"), ("tikat.html", "पास र टिकट"),
       ("karyashala.html", "कार्यशाला दर्ता"), ("sodhpuchh.html", "सोधपुछ"), ("pahunch.html", "पहुँच"),
       ("basobas.html", "बसोबास"), ("prayojak.html", "प्रायोजक")]
FOOT = ('<p>जनसाहित्य प्रतिष्ठान, बागबजार, काठमाडौं (काल्पनिक ठेगाना) — '
        '<a href="mailto:utsav@janasahitya.example.org.np">utsav@janasahitya.example.org.np</a></p>')
s = mk("janasahitya-mahotsav-kathmandu", "जनसाहित्य महोत्सव २०८३", "ne", "#9c2a4a", "जस", NAV, foot={"ne": FOOT})
placeholder_media(s, "media/mahotsav-jhalak.mp4")
vtt(s, "media/mahotsav-jhalak-ne.vtt", "जनसाहित्य महोत्सवमा स्वागत छ")

s.page("index.html", "जनसाहित्य महोत्सव २०८३ — काठमाडौं", f"""
<h1>जनसाहित्य महोत्सव २०८३</h1>
<p><strong>माघ २४–२६, २०८३ (७–९ फेब्रुअरी २०२७) · सहिद स्मृति उद्यान, काठमाडौं</strong></p>
<p>तीन दिन, चार मञ्च, साठभन्दा बढी लेखक, कवि र पत्रकार। यस वर्षको महोत्सवको मूल विषय हो “कसको भाषा, कसको
सहर?”। कविता वाचन र पुस्तक विमोचनसँगै सङ्घीयताका दस वर्ष, बसाइँसराइ र मातृभाषामा शिक्षाबारे नागरिक संवाद हुनेछन्,
जहाँ दर्शकहरूले वक्तासँग सिधै प्रश्न गर्न सक्छन्।</p>
<ul>
  <li><a href="tikat.html">पास, टिकट र निःशुल्क कार्यक्रम</a></li>
  <li><a href="karyashala.html">कार्यशालाका लागि दर्ता</a></li>
  <li><a href="pahunch.html">पहुँच र साङ्केतिक भाषा</a></li>
  <li><a href="sodhpuchh.html">बारम्बार सोधिने प्रश्न</a></li>
</ul>
{video("media/mahotsav-jhalak.mp4", track="media/mahotsav-jhalak-ne.vtt", track_lang="ne", label="नेपाली")}
<section lang="en">
  <h2>In English</h2>
  <p>The Janasahitya Festival brings more than sixty writers, poets and journalists to Kathmandu for three days
  of readings, book launches and citizens' dialogues on federalism, migration and mother-tongue education. The main
  stage and all civic dialogues are free and open to everyone. A festival pass for the evening readings costs
  NPR 500 (students NPR 300), and writing workshops cost NPR 1,200 each.</p>
</section>
""")

s.page("karyakram.html", "कार्यक्रम — जनसाहित्य महोत्सव २०८३", """
<h1>कार्यक्रम</h1>
<table>
  <tr><th>दिन</th><th>मुख्य मञ्च</th><th>नागरिक संवाद</th></tr>
  <tr><td>माघ २४</td><td>उद्घाटन; कविता वाचन</td><td>रु. १० अर्बको प्रदेश बजेट कसका लागि?</td></tr>
  <tr><td>माघ २५</td><td>उपन्यासकारहरूसँग कुराकानी</td><td>१६ वर्षमै मताधिकार: युवाहरूको बहस</td></tr>
  <tr><td>माघ २६</td><td>पुस्तक विमोचन; समापन</td><td>मातृभाषामा पढाइ: गाउँका शिक्षकहरूको अनुभव</td></tr>
</table>
<p><a href="pustak-suchi.html">विमोचन हुने पुस्तकहरूको सूची</a></p>
""")

s.page("tikat.html", "पास र टिकट — जनसाहित्य महोत्सव २०८३", """
<h1>पास र टिकट</h1>
<p>मुख्य मञ्च र सबै नागरिक संवादहरू सबैका लागि निःशुल्क छन्; प्रवेशका लागि दर्ता चाहिँदैन।</p>
<div class="cards">
  <div class="card"><h2>महोत्सव पास</h2><span class="price">रु. ५००<small>तीनै दिनका साँझका कविता वाचन र हस्ताक्षर सत्र</small></span></div>
  <div class="card"><h2>विद्यार्थी पास</h2><span class="price">NPR 300<small>विद्यार्थी परिचयपत्र देखाउनुपर्ने</small></span></div>
  <div class="card"><h2>लेखन कार्यशाला</h2><span class="price">रु. १,२००<small>प्रति कार्यशाला, सामग्रीसहित</small></span></div>
</div>
<p>पास महोत्सवस्थलको टिकट काउन्टरमा नगद वा मोबाइल वालेटबाट किन्न सकिन्छ। कार्यशालाका लागि <a href="karyashala.html">अग्रिम दर्ता</a> गर्नुहोस्।</p>
""")

s.page("karyashala.html", "कार्यशाला दर्ता — जनसाहित्य महोत्सव २०८३", """
<h1>कार्यशाला दर्ता</h1>
<ul>
  <li>कविता लेखन कार्यशाला (वयस्कहरूका लागि)</li>
  <li>नागरिक पत्रकारिता कार्यशाला</li>
  <li>बाल कथा कार्यशाला (८ देखि १२ वर्षका बालबालिकाका लागि)</li>
</ul>
<p>(अनिवार्य) लेखिएका खण्डहरू भर्नैपर्छ। शुल्क कार्यशालाको दिन तिर्न सकिन्छ।</p>
<form action="karyashala.html" method="post">
  <label for="naam">पूरा नाम (अनिवार्य)</label>
  <input type="text" id="naam" name="naam">
  <label for="email">इमेल (अनिवार्य)</label>
  <input type="email" id="email" name="email">
  <label for="phone">फोन नम्बर (अनिवार्य)</label>
  <input type="tel" id="phone" name="phone">
  <label for="umer">उमेर समूह</label>
  <select id="umer" name="umer"><option>८–१२</option><option>१३–१७</option><option>१८–३०</option><option>३० भन्दा माथि</option></select>
  <div class="check"><input type="checkbox" id="k1" name="k1"> <label for="k1">कविता लेखन</label></div>
  <div class="check"><input type="checkbox" id="k2" name="k2"> <label for="k2">नागरिक पत्रकारिता</label></div>
  <div class="check"><input type="checkbox" id="k3" name="k3"> <label for="k3">बाल कथा</label></div>
  <label for="thegana">ठेगाना (अनिवार्य)</label>
  <input type="text" id="thegana" name="thegana">
  <button type="submit">दर्ता गर्नुहोस्</button>
</form>
""")

s.page("sodhpuchh.html", "सोधपुछ — जनसाहित्य महोत्सव २०८३", """
<h1>बारम्बार सोधिने प्रश्न</h1>
<details><summary>घरबाटै संवादमा भाग लिन सकिन्छ?</summary>
<p>सबै सत्र हाम्रो YouTube च्यानलमा प्रत्यक्ष प्रसारण हुनेछन्, तर त्यो हेर्नका लागि मात्र हो। प्रश्नहरू हलमा मात्र
लिइनेछन्।</p></details>
<details><summary>बालबालिका ल्याउन मिल्छ?</summary>
<p>मिल्छ। मुख्य मञ्चमा आउने बालबालिकासँग अभिभावक हुनुपर्छ।</p></details>
<details><summary>विद्यार्थी पासका लागि के चाहिन्छ?</summary>
<p>कलेज वा विद्यालयको परिचयपत्र।</p></details>
""")

s.page("pahunch.html", "पहुँच — जनसाहित्य महोत्सव २०८३", """
<h1>पहुँच</h1>
<p>उद्यानका सबै मञ्चसम्म ह्विलचेयर पुग्ने र्‍याम्प बनाइएको छ, र अपाङ्गतामैत्री शौचालय उपलब्ध छ।</p>
<p>मुख्य मञ्चका सबै नागरिक संवादमा नेपाली साङ्केतिक भाषा दोभाषे रहनेछन्।</p>
<p>अन्य सहयोग चाहिएमा ९८०००००००० मा फोन गर्नुहोस् वा utsav@janasahitya.example.org.np मा लेख्नुहोस्।</p>
""")

s.page("basobas.html", "बसोबास — जनसाहित्य महोत्सव २०८३", """
<h1>बसोबास र यातायात</h1>
<p>ठमेलका साझेदार होटलहरू: रु. ३,५०० प्रति रात देखि। विमानस्थलबाट ट्याक्सी: करिब रु. ८००।</p>
<p>सार्वजनिक बस: रत्नपार्कसम्म रु. २५।</p>
""")

s.page("prayojak.html", "प्रायोजक — जनसाहित्य महोत्सव २०८३", """
<h1>प्रायोजक र पुस्तक पसल</h1>
<p>प्रकाशकहरूका लागि पुस्तक स्टल: रु. २५,००० (तीन दिन)।</p>
<p>महोत्सवलाई सहयोग गर्न चाहनुहुन्छ? रु. १,००० वा आफूले सकेजति दान गर्न सक्नुहुन्छ।</p>
""")

ENTRY = entry(
    s, name="Janasahitya Festival 2083 BS / 2027 (literature festival with civic dialogues, Kathmandu)",
    languages=["ne", "en"],
    fees=[(500, "NPR"), (300, "NPR"), (1200, "NPR")],
    free_option=True, fee_support=True, remote_participation=False,
    captcha=[], account_required=False,
    registration_form=(8, 4, ["phone", "address"]),
    min_age=8, accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "tikat.html", "karyashala.html", "sodhpuchh.html", "pahunch.html"],
    deliberate_404=["pustak-suchi.html"],
    evidence={
        "languages": [Q("index.html", "तीन दिन, चार मञ्च, साठभन्दा बढी लेखक, कवि र पत्रकार।"),
                      Q("index.html", "The Janasahitya Festival brings more than sixty writers, poets and journalists",
                        "English section (lang=en)")],
        "un_languages": [N("en")],
        "fees": [Q("tikat.html", "रु. ५००", "Devanagari digits: 500 NPR festival pass"),
                 Q("tikat.html", "NPR 300", "student pass: 300 NPR"),
                 Q("tikat.html", "रु. १,२००", "writing workshop: 1200 NPR"),
                 Q("index.html", "costs NPR 500 (students NPR 300), and writing workshops cost NPR 1,200 each",
                   "same fees in English, no new entry"),
                 Q("basobas.html", "रु. ३,५०० प्रति रात", "hotel, taxi, bus: not fees"),
                 Q("prayojak.html", "रु. २५,०००", "book stall, not a fee"),
                 Q("prayojak.html", "रु. १,००० वा आफूले सकेजति दान", "donation, not a fee"),
                 Q("karyakram.html", "रु. १० अर्बको प्रदेश बजेट", "talk title, not a fee")],
        "free_option": [Q("tikat.html", "मुख्य मञ्च र सबै नागरिक संवादहरू सबैका लागि निःशुल्क छन्")],
        "fee_support": [Q("tikat.html", "विद्यार्थी परिचयपत्र देखाउनुपर्ने", "student pass 300 NPR below 500 NPR")],
        "remote_participation": [Q("sodhpuchh.html", "तर त्यो हेर्नका लागि मात्र हो। प्रश्नहरू हलमा मात्र लिइनेछन्।",
                                   "watch-only stream")],
        "captcha": [N("no CAPTCHA on the workshop form", "karyashala.html")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("workshop registration, 8 fields: name, e-mail, phone, age-group select, three workshop "
                                "checkboxes, address. Required ((अनिवार्य)): name, e-mail, phone, address = 4. "
                                "Sensitive: phone, address (age group is not).", "karyashala.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("karyashala.html", "बाल कथा कार्यशाला (८ देखि १२ वर्षका बालबालिकाका लागि)",
                      "children's workshop 8-12: lower bound 8"),
                    Q("karyakram.html", "१६ वर्षमै मताधिकार", "session title, not a limit")],
        "accessibility_statement": [Q("pahunch.html", "अन्य सहयोग चाहिएमा")],
        "access_services": [Q("pahunch.html", "उद्यानका सबै मञ्चसम्म ह्विलचेयर पुग्ने र्‍याम्प बनाइएको छ"),
                            Q("pahunch.html", "नेपाली साङ्केतिक भाषा दोभाषे रहनेछन्")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/mahotsav-jhalak-ne.vtt"', "captioned")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
