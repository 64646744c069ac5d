"""Trekking guides' wilderness first-aid training, Pokhara (ne-NP; English page declared lang="ne")."""
from lib import *

NAV = [("index.html", "गृहपृष्ठ"), ("shulka.html", "शुल्क"), ("prashna.html", "बारम्बार सोधिने प्रश्न"),
       ("online.html", "अनलाइन कक्षा"), ("en.html", "English"), ("basobas.html", "बसोबास र यातायात"),
       ("prayojak.html", "प्रायोजक"), ("rojgar.html", "रोजगार")]
s = mk("trekking-guide-pratham-upachar-talim-pokhara", "ट्रेकिङ गाइड वन्य प्राथमिक उपचार तालिम २०८४", "ne-NP", "#b22234", "WFA", NAV,
       foot={"ne-NP": '<p>गण्डकी पर्वतीय गाइड संघ (काल्पनिक) · पोखरा · talim@gandaki-guides.example.np</p>'})

s.page("index.html", "ट्रेकिङ गाइड वन्य प्राथमिक उपचार तालिम — पोखरा", """
<h1>ट्रेकिङ गाइड वन्य प्राथमिक उपचार तालिम</h1>
<p>पोखराको लेकसाइडमा फागुन १२ देखि १६ सम्म पाँच दिने तालिम हुँदैछ। उच्च हिमाली लेक लाग्ने, हाड भाँचिने, हाइपोथर्मिया र
उद्धार हेलिकप्टर बोलाउँदा के गर्ने भन्ने विषयमा अनुभवी चिकित्सक र उद्धारकर्मीहरूले अभ्यास गराउनेछन्।</p>
<p>तालिममा सहभागी हुन अठार वर्ष पूरा भएको हुनुपर्छ। तालिममा पहाड चढ्ने अभ्यास हुने भएकाले शारीरिक रूपमा तन्दुरुस्त हुनुपर्छ।</p>
<p><a href="@shulka.html">शुल्क हेर्नुहोस्</a> · <a href="@prashna.html">दर्ता कसरी गर्ने?</a> · <a href="@en.html">Read in English</a></p>
""")

s.page("shulka.html", "शुल्क — वन्य प्राथमिक उपचार तालिम", """
<h1>शुल्क</h1>
<ul>
  <li>इजाजतपत्रप्राप्त ट्रेकिङ गाइड (पाँच दिने पूरा तालिम): रु. ४,५००</li>
  <li>पहिले तालिम लिइसकेकाहरूका लागि दुई दिने पुनर्ताजगी कोर्स: रु. २,५००</li>
  <li>भरिया (पोर्टर) साथीहरूका लागि: निःशुल्क</li>
</ul>
<p>सबै सत्रमा नेपाली–अंग्रेजी दोभाषे उपलब्ध हुनेछ।</p>
""")

s.page("prashna.html", "बारम्बार सोधिने प्रश्न — वन्य प्राथमिक उपचार तालिम", """
<h1>बारम्बार सोधिने प्रश्न</h1>
<details open><summary>दर्ता कसरी गर्ने?</summary>
<p>दर्ता <a href="https://docs.google.com/forms/d/e/1FAIpQLSd-gandaki-wfa-2084/viewform">गुगल फारम</a> मार्फत मात्र हुन्छ। फारम
भर्न गुगल खाताबाट साइन इन गर्नुपर्छ, किनकि प्रमाणपत्रको प्रतिलिपि अपलोड गर्नुपर्छ।</p></details>
<details><summary>शुल्क कसरी तिर्ने?</summary><p>पहिलो दिन कार्यालयमा नगद वा खल्ती मार्फत।</p></details>
<details><summary>भरियाहरूले पनि प्रमाणपत्र पाउँछन्?</summary><p>पाउँछन्। भरियाहरूका लागि तालिम निःशुल्क छ र खाना पनि दिइन्छ।</p></details>
""")

s.page("online.html", "अनलाइन कक्षा — वन्य प्राथमिक उपचार तालिम", """
<h1>अनलाइन सैद्धान्तिक कक्षा</h1>
<p>पहिलो दुई दिनको सैद्धान्तिक कक्षा Zoom मार्फत पनि लिन सकिन्छ। अनलाइन सहभागीले प्रशिक्षकलाई प्रत्यक्ष प्रश्न सोध्न सक्छन्।
व्यावहारिक अभ्यासका तीन दिन भने पोखरामै उपस्थित हुनुपर्छ।</p>
""")

s.page("en.html", "Wilderness first-aid training for trekking guides — Pokhara", """
<h1>Wilderness first-aid training for trekking guides</h1>
<p>A five-day course at Lakeside, Pokhara, run by the Gandaki mountain guides' association. Doctors and rescue staff teach
altitude sickness, fractures, hypothermia and what to do before a rescue helicopter arrives.</p>
<p>Full course for licensed guides NPR 4,500; two-day refresher NPR 2,500; porters attend free.</p>
<p>You must be eighteen or older. The first two days of theory can be followed on Zoom, with live questions to the trainers.</p>
<p>Registration is through a Google Form linked in the Nepali FAQ; you need to sign in with a Google account.</p>
""", lang="ne")

s.page("basobas.html", "बसोबास र यातायात — वन्य प्राथमिक उपचार तालिम", """
<h1>बसोबास र यातायात</h1>
<p>लेकसाइडका लजमा एक रातको रु. २,००० देखि। काठमाडौं–पोखरा पर्यटक बस: करिब रु. १,२००।</p>
""")

s.page("prayojak.html", "प्रायोजक — वन्य प्राथमिक उपचार तालिम", """
<h1>प्रायोजक</h1>
<p>मुख्य प्रायोजक: रु. २,००,०००। उपकरण प्रदर्शन स्टल: रु. १५,०००।</p>
""")

s.page("rojgar.html", "रोजगार — वन्य प्राथमिक उपचार तालिम", """
<h1>रोजगार</h1>
<p>अन्नपूर्ण क्षेत्रका लागि प्रमाणित गाइड चाहियो: दैनिक ज्याला रु. ३,५०० र बीमा।</p>
""")

ENTRY = entry(s, name="Wilderness first-aid training for trekking guides 2027 (mountain guides' association, Pokhara, Nepal)",
    languages=["ne", "en"],
    fees=[(4500, "NPR"), (2500, "NPR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=[],
    account_required=True, registration_form=None, registration_host="docs.google.com", registration_pdf_only=False,
    min_age=18, accessibility_statement=False, access_services=["interpretation"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "shulka.html", "prashna.html", "online.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "पोखराको लेकसाइडमा फागुन १२ देखि १६ सम्म पाँच दिने तालिम हुँदैछ।"),
                      M("en.html", '<html lang="ne">', "whole English page declared ne: English"),
                      Q("en.html", "A five-day course at Lakeside, Pokhara, run by the Gandaki mountain guides' association.")],
        "un_languages": [N("en")],
        "fees": [Q("shulka.html", "इजाजतपत्रप्राप्त ट्रेकिङ गाइड (पाँच दिने पूरा तालिम): रु. ४,५००"),
                 Q("shulka.html", "पहिले तालिम लिइसकेकाहरूका लागि दुई दिने पुनर्ताजगी कोर्स: रु. २,५००"),
                 Q("en.html", "Full course for licensed guides NPR 4,500; two-day refresher NPR 2,500; porters attend free.", "English restatement: no new entry"),
                 Q("basobas.html", "लेकसाइडका लजमा एक रातको रु. २,००० देखि।", "lodge, bus: not fees"),
                 Q("prayojak.html", "मुख्य प्रायोजक: रु. २,००,०००।", "sponsor: not a fee"),
                 Q("rojgar.html", "दैनिक ज्याला रु. ३,५०० र बीमा।", "wage: not a fee")],
        "free_option": [Q("shulka.html", "भरिया (पोर्टर) साथीहरूका लागि: निःशुल्क")],
        "fee_support": [Q("prashna.html", "भरियाहरूका लागि तालिम निःशुल्क छ र खाना पनि दिइन्छ।", "free for one group: support")],
        "remote_participation": [Q("online.html", "अनलाइन सहभागीले प्रशिक्षकलाई प्रत्यक्ष प्रश्न सोध्न सक्छन्।")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [Q("prashna.html", "फारम भर्न गुगल खाताबाट साइन इन गर्नुपर्छ", "only in the FAQ")],
        "registration_form": [N("no own form (Google Form only)")],
        "registration_host": [M("prashna.html", 'href="https://docs.google.com/forms/d/e/1FAIpQLSd-gandaki-wfa-2084/viewform"')],
        "registration_pdf_only": [N("online via Google Form")],
        "min_age": [Q("index.html", "तालिममा सहभागी हुन अठार वर्ष पूरा भएको हुनुपर्छ।")],
        "accessibility_statement": [N("only interpretation and a fitness requirement: no statement"),
                                    Q("index.html", "शारीरिक रूपमा तन्दुरुस्त हुनुपर्छ।", "fitness requirement: not a statement")],
        "access_services": [Q("shulka.html", "सबै सत्रमा नेपाली–अंग्रेजी दोभाषे उपलब्ध हुनेछ।", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
