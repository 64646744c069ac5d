from lib import *

NAV = [("index.html", "गृहपृष्ठ"), ("shulka.html", "शुल्क"), ("darta.html", "दर्ता"), ("prashna.html", "प्रश्नोत्तर"),
       ("pahunch.html", "पहुँच"), ("prayojak.html", "प्रायोजक"), ("anumati.html", "पदयात्रा अनुमति"), ("samachar.html", "समाचार")]
s = mk("samudayik-homestay-sanchalak-sammelan-pokhara", "सामुदायिक होमस्टे सञ्चालक राष्ट्रिय सम्मेलन २०८४", "ne", "#b3461c", "होम",
       NAV, foot={"ne": "<p>सामुदायिक होमस्टे महासंघ · लेकसाइड-६, पोखरा · sammelan@homestay-mahasangh.example.org.np</p>"})
placeholder_media(s, "media/homestay-1.mp4")
placeholder_media(s, "media/homestay-2.mp4")

s.page("index.html", "सामुदायिक होमस्टे सञ्चालक राष्ट्रिय सम्मेलन", """
<h1>सामुदायिक होमस्टे सञ्चालक राष्ट्रिय सम्मेलन</h1>
<p lang="new">ज्वजलपा!</p>
<p>आगामी मंसिर ५ देखि ७ गतेसम्म पोखरामा देशभरका सामुदायिक होमस्टे सञ्चालकहरू भेला हुँदैछन्। सम्मेलनमा अतिथि सत्कार, स्थानीय खानाको गुणस्तर, अनलाइन बुकिङ र गाउँमा आम्दानीको न्यायोचित बाँडफाँडबारे छलफल हुनेछ।</p>
""" + video("media/homestay-1.mp4") + video("media/homestay-2.mp4") + """
<p><a href="@shulka.html">शुल्क</a> · <a href="@darta.html">दर्ता</a> · <a href="@pahunch.html">पहुँच</a></p>
<section lang="bo">
<h2>བོད་ཡིག</h2>
<p>པོ་ཁ་རར་ཁྱིམ་ཚང་མགྲོན་ཁང་འཛིན་སྐྱོང་བ་རྣམས་ཀྱི་ཚོགས་འདུ་ཆེན་མོ་ཞིག་འཚོགས་རྒྱུ་ཡིན། བོད་མིའི་གཞིས་ཆགས་ནང་ཁྱིམ་ཚང་མགྲོན་ཁང་འཛིན་སྐྱོང་བྱེད་མཁན་ཚོར་ཞུགས་རྒྱུའི་གདན་ཞུ་ཞུ་རྒྱུ་ཡིན།</p>
<p>ཞུགས་འཐུས་ནི་སྒོར་མོ་ ༣,༥༠༠ ཡིན། སློབ་ཕྲུག་ཚོར་སྒོར་མོ་ ༡,༢༠༠ ཡིན། ཚོགས་འདུ་ནི་ཁང་པའི་ཐོག་འོག་མར་འཚོགས་རྒྱུ་ཡིན།</p>
</section>
""")

s.page("shulka.html", "शुल्क", """
<h1>सहभागिता शुल्क</h1>
<ul>
<li>होमस्टे सञ्चालक तथा संस्था प्रतिनिधि: रु. ३,५००</li>
<li>पर्यटन तथा होटल व्यवस्थापनका विद्यार्थी: रु. १,२००</li>
<li>अनलाइन सहभागिता (Zoom): रु. १,५००</li>
</ul>
<p>अनलाइन सहभागीले Zoom मार्फत वक्तालाई प्रत्यक्ष प्रश्न सोध्न सक्नेछन्।</p>
<p>दलित तथा जनजाति महिला होमस्टे सञ्चालकलाई दर्ता निःशुल्क छ।</p>
""")

s.page("darta.html", "दर्ता", """
<h1>सम्मेलन पोर्टलमा खाता खोल्नुहोस्</h1>
<p>सोह्र वर्ष पूरा भएका होमस्टे सञ्चालक र सहयोगीहरूले दर्ता गर्न सक्नेछन्। दर्ताका लागि पोर्टलमा खाता आवश्यक छ।</p>
<form action="@darta.html" method="post">
""" + fld("naam", "पूरा नाम (भर्नै पर्ने)") + fld("nagarikta", "नागरिकता प्रमाणपत्र नम्बर (भर्नै पर्ने)")
  + fld("janma", "जन्म मिति", "date") + fld("mobile", "मोबाइल नम्बर (भर्नै पर्ने)", "tel")
  + fld("email", "इमेल (भर्नै पर्ने)", "email") + fld("sanstha", "होमस्टे वा संस्थाको नाम")
  + fld("pradesh", "प्रदेश", "select", opts=["कोशी", "मधेश", "बागमती", "गण्डकी", "लुम्बिनी", "कर्णाली", "सुदूरपश्चिम"])
  + radios("linga", "लिङ्ग", ["महिला", "पुरुष", "अन्य"])
  + fld("password", "पासवर्ड (भर्नै पर्ने)", "password") + fld("password2", "पासवर्ड फेरि लेख्नुहोस् (भर्नै पर्ने)", "password")
  + fld("sahamati", "म सम्मेलनका नियमहरू स्वीकार गर्छु", "checkbox", req=True) + """
<button type="submit">खाता खोल्नुहोस्</button>
</form>
<h2>पहिले नै खाता छ?</h2>
<form action="@darta.html" method="post">
""" + fld("login-email", "इमेल", "email") + fld("login-pass", "पासवर्ड", "password") + """
<button type="submit">लग इन</button>
</form>
""")

s.page("prashna.html", "प्रश्नोत्तर", """
<h1>प्रश्नोत्तर</h1>
<h2>काठमाडौंबाट कसरी आउने?</h2>
<p>काठमाडौं–पोखरा पर्यटक बसको भाडा करिब रु. १,२०० पर्छ।</p>
<h2>बास कहाँ बस्ने?</h2>
<p>लेकसाइडका साझेदार होमस्टेमा एक रातको रु. २,२०० (खानासहित) पर्छ।</p>
""")

s.page("pahunch.html", "पहुँच", """
<h1>पहुँच</h1>
<p>सम्मेलन हल भुइँ तलामा छ र ह्वीलचेयर प्रयोगकर्ताका लागि र्‍याम्प छ।</p>
<p>सबै पूर्ण सत्रमा नेपाली साङ्केतिक भाषा दोभाषे उपलब्ध हुनेछन्।</p>
<p>प्रत्यक्ष उपशीर्षक उपलब्ध हुने छैन। थप आवश्यकताका लागि सम्पर्क: सरिता गुरुङ, pahunch@homestay-mahasangh.example.org.np</p>
""")

s.page("prayojak.html", "प्रायोजक", """
<h1>प्रायोजक</h1>
<p>मुख्य प्रायोजन: रु. २,५०,०००। भारतीय पाहुनाका लागि साझेदार होमस्टेको दर ₹1,500 प्रति रात।</p>
""")

s.page("anumati.html", "पदयात्रा अनुमति", """
<h1>अन्नपूर्ण संरक्षण क्षेत्र प्रवेश अनुमति</h1>
<p>सार्क मुलुकका नागरिकका लागि रु. १,०००, अन्य विदेशीका लागि रु. ३,०००।</p>
""")

s.page("samachar.html", "समाचार", """
<h1>समाचार</h1>
<p><a href="@samachar/2080-pratibedan.html">गत सम्मेलनको प्रतिवेदन</a></p>
""")

ENTRY = entry(s, name="National conference of community homestay operators 2084 BS / 2027 (community homestay federation, Pokhara, Nepal)",
    languages=["ne", "bo"],
    fees=[(3500, "NPR"), (1200, "NPR"), (1500, "NPR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=[], account_required=True,
    registration_form=(11, 7, ["id_document", "birth_date", "phone", "affiliation", "gender"]),
    min_age=16, accessibility_statement=True, access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=2, pdf_only_documents=False,
    participation_pages=["index.html", "shulka.html", "darta.html", "prashna.html", "pahunch.html"],
    deliberate_404=["samachar/2080-pratibedan.html"],
    evidence={
        "languages": [Q("index.html", "आगामी मंसिर ५ देखि ७ गतेसम्म पोखरामा देशभरका सामुदायिक होमस्टे सञ्चालकहरू भेला हुँदैछन्।"),
                      M("index.html", '<section lang="bo">', "Tibetan section with lang"),
                      M("index.html", '<p lang="new">', "Newar greeting: not listable")],
        "un_languages": [N("none")],
        "fees": [Q("shulka.html", "होमस्टे सञ्चालक तथा संस्था प्रतिनिधि: रु. ३,५००"),
                 Q("shulka.html", "पर्यटन तथा होटल व्यवस्थापनका विद्यार्थी: रु. १,२००"),
                 Q("shulka.html", "अनलाइन सहभागिता (Zoom): रु. १,५००"),
                 Q("index.html", "ཞུགས་འཐུས་ནི་སྒོར་མོ་ ༣,༥༠༠ ཡིན།", "Tibetan restatement: no new entry"),
                 Q("prashna.html", "करिब रु. १,२०० पर्छ", "bus fare (same amount as the student fee): not a fee"),
                 Q("prashna.html", "एक रातको रु. २,२००", "homestay night: not a fee"),
                 Q("prayojak.html", "₹1,500 प्रति रात", "INR room rate, sponsor: not fees"),
                 Q("anumati.html", "अन्य विदेशीका लागि रु. ३,०००", "trekking permit: not a fee")],
        "free_option": [Q("shulka.html", "दलित तथा जनजाति महिला होमस्टे सञ्चालकलाई दर्ता निःशुल्क छ।")],
        "fee_support": [Q("shulka.html", "पर्यटन तथा होटल व्यवस्थापनका विद्यार्थी: रु. १,२००", "student rate; also free group")],
        "remote_participation": [Q("shulka.html", "अनलाइन सहभागीले Zoom मार्फत वक्तालाई प्रत्यक्ष प्रश्न सोध्न सक्नेछन्।")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [Q("darta.html", "दर्ताका लागि पोर्टलमा खाता आवश्यक छ।", "own portal sign-up with password and confirmation")],
        "registration_form": [N("11 fields: name, citizenship no., birth date, mobile, e-mail, homestay/organisation, province select, gender radio, password, password again, consent checkbox; required: 6 marked (भर्नै पर्ने) + consent (required attr) = 7; the 2-field login form is not it", "darta.html"),
                              Q("darta.html", "नागरिकता प्रमाणपत्र नम्बर (भर्नै पर्ने)")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("darta.html", "सोह्र वर्ष पूरा भएका होमस्टे सञ्चालक र सहयोगीहरूले दर्ता गर्न सक्नेछन्।")],
        "accessibility_statement": [Q("pahunch.html", "सम्मेलन हल भुइँ तलामा छ र ह्वीलचेयर प्रयोगकर्ताका लागि र्‍याम्प छ।")],
        "access_services": [Q("pahunch.html", "सम्मेलन हल भुइँ तलामा छ र ह्वीलचेयर प्रयोगकर्ताका लागि र्‍याम्प छ।", "wheelchair_access"),
                            Q("pahunch.html", "सबै पूर्ण सत्रमा नेपाली साङ्केतिक भाषा दोभाषे उपलब्ध हुनेछन्।", "sign_language"),
                            Q("pahunch.html", "प्रत्यक्ष उपशीर्षक उपलब्ध हुने छैन।", "captions negated")],
        "videos_without_captions": [M("index.html", 'src="media/homestay-1.mp4">', "no track"),
                                    M("index.html", 'src="media/homestay-2.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
