"""Bhopal (India): a state government cell's public consultation on a draft state cyber security policy; the request
to speak is a PDF form only. Hindi (hi-IN) with an English section (lang="en")."""
from lib import *

NAV = [("index.html", "मुखपृष्ठ"), ("masauda.html", "नीति का मसौदा"), ("sahbhagita.html", "कैसे भाग लें"), ("prapatra.html", "आवेदन-पत्र"),
       ("sthal.html", "स्थल एवं सुगम्यता"), ("prashn.html", "प्रश्नोत्तर"), ("suchna.html", "सूचनाएँ"), ("nivida.html", "निविदाएँ")]
s = mk("rajya-cyber-suraksha-niti-paramarsh-bhopal", "राज्य साइबर सुरक्षा नीति 2027 — सार्वजनिक परामर्श", "hi-IN", "#e65100", "सा", NAV,
       foot={"hi-IN": "<p>राज्य डिजिटल सुरक्षा प्रकोष्ठ, इलेक्ट्रॉनिकी एवं सूचना प्रौद्योगिकी विभाग, समन्वय भवन, भोपाल। ईमेल: paramarsh@sdsc.example.gov.in</p>"})

EN1 = ("The State Digital Security Cell invites citizens, industry, academia and civil society to a public consultation on "
       "the draft State Cyber Security Policy 2027 at the Samanvay Bhawan auditorium, Bhopal, on 22 February 2027.")
EN2 = ("There is no online registration: download the PDF request form, fill it in and e-mail it or hand it in. Citizens "
       "may also speak from the NIC video-conferencing room of their district headquarters.")
s.page("index.html", "राज्य साइबर सुरक्षा नीति 2027 — सार्वजनिक परामर्श", f"""
<h1>राज्य साइबर सुरक्षा नीति 2027 के मसौदे पर सार्वजनिक परामर्श</h1>
<p>राज्य डिजिटल सुरक्षा प्रकोष्ठ नागरिकों, उद्योग, शिक्षण संस्थानों और स्वयंसेवी संगठनों को राज्य साइबर सुरक्षा
नीति 2027 के मसौदे पर अपने सुझाव देने के लिए आमंत्रित करता है।</p>
<ul><li>दिनांक: 22 फ़रवरी 2027, प्रातः 10:30 बजे</li><li>स्थान: समन्वय भवन सभागार, भोपाल</li></ul>
<p><a href="@masauda.html">मसौदा पढ़ें</a> · <a href="@sahbhagita.html">परामर्श में कैसे भाग लें</a></p>
<section lang="en">
<h2>In English</h2>
<p>{EN1}</p>
<p>{EN2}</p>
</section>
""")

s.page("masauda.html", "नीति का मसौदा", """
<h1>राज्य साइबर सुरक्षा नीति 2027 — मसौदा</h1>
<p>मसौदे में सरकारी विभागों की साइबर सुरक्षा ऑडिट, डेटा केंद्रों की सुरक्षा, साइबर घटनाओं की रिपोर्टिंग और नागरिकों
की साइबर जागरूकता के प्रावधान हैं।</p>
<p>मसौदे के अनुसार घटना की रिपोर्ट न करने पर संस्थाओं पर ₹ 5 लाख तक का जुर्माना प्रस्तावित है, और नीति के क्रियान्वयन के
लिए पाँच वर्षों में ₹ 120 करोड़ का बजट प्रस्तावित है।</p>
<p><a href="@dastavez/cyber-suraksha-niti-masauda-2027.pdf">मसौदा डाउनलोड करें (पीडीएफ़)</a> — मसौदा केवल पीडीएफ़ में उपलब्ध है।</p>
""")
s.pdf("dastavez/cyber-suraksha-niti-masauda-2027.pdf", "Draft State Cyber Security Policy 2027\nState Digital Security Cell\n1. Objectives\n2. Security audits of departments\n3. Incident reporting\n4. Citizen awareness")

VC = "भोपाल न आ सकने वाले नागरिक अपने ज़िला मुख्यालय के NIC वीडियो कॉन्फ्रेंसिंग कक्ष से जुड़कर अपनी बात रख सकते हैं।"
NOTA = "परामर्श में भाग लेने वालों को कोई यात्रा भत्ता देय नहीं होगा।"
s.page("sahbhagita.html", "कैसे भाग लें", f"""
<h1>परामर्श में कैसे भाग लें</h1>
<p>अपनी बात रखने के इच्छुक व्यक्ति और संस्थाएँ <a href="@prapatra.html">आवेदन-पत्र</a> भरकर भेजें। प्रत्येक वक्ता को पाँच मिनट मिलेंगे।</p>
<p>{VC}</p>
<p>{NOTA}</p>
""")

NOONLINE = "ऑनलाइन पंजीकरण की व्यवस्था नहीं है। अपनी बात रखने के इच्छुक नागरिक पीडीएफ़ आवेदन-पत्र भरकर ईमेल करें या विभाग के कार्यालय में जमा करें।"
s.page("prapatra.html", "आवेदन-पत्र", f"""
<h1>आवेदन-पत्र</h1>
<p>{NOONLINE}</p>
<p><a href="@dastavez/vakta-avedan-patra.pdf">वक्ता आवेदन-पत्र (पीडीएफ़)</a> — अंतिम तिथि: 15 फ़रवरी 2027।</p>
""")
s.pdf("dastavez/vakta-avedan-patra.pdf", "Request to speak - Public consultation on the draft State Cyber Security Policy 2027\nName:\nOrganisation:\nDistrict:\nMobile:\nE-mail:\nTopic of your submission:\nSignature:")

RAMP = "सभागार भूतल पर है और प्रवेश द्वार पर व्हीलचेयर के लिए रैंप है।"
ISL = "कार्यवाही के दौरान भारतीय सांकेतिक भाषा (ISL) के दुभाषिए उपलब्ध रहेंगे।"
s.page("sthal.html", "स्थल एवं सुगम्यता", f"""
<h1>स्थल एवं सुगम्यता</h1>
<p>समन्वय भवन सभागार, अरेरा हिल्स, भोपाल।</p>
<ul><li>{RAMP}</li><li>{ISL}</li></ul>
<p>सुगम्यता संबंधी अन्य आवश्यकताओं के लिए संपर्क करें: sugamyata@sdsc.example.gov.in</p>
<p>आसपास के होटल लगभग ₹ 2,500 प्रति रात से। इंदौर से बस का किराया लगभग ₹ 350 है।</p>
""")

OPEN = "परामर्श सभी नागरिकों के लिए खुला है।"
qform = "".join([fld("qname", "नाम"), fld("qemail", "ईमेल", "email"), fld("qtext", "आपका प्रश्न", "textarea"),
                 '<p><img src="@img/suraksha-code.svg" alt="सुरक्षा कोड का चित्र" width="120" height="40"></p>',
                 fld("qcode", "चित्र में दिखाए अक्षर लिखें")])
s.page("prashn.html", "प्रश्नोत्तर", f"""
<h1>प्रश्नोत्तर</h1>
<details open><summary>क्या ऑनलाइन पंजीकरण हो सकता है?</summary><p>{NOONLINE}</p></details>
<details open><summary>क्या मैं भोपाल आए बिना भाग ले सकता हूँ?</summary><p>{VC}</p></details>
<details open><summary>क्या यात्रा व्यय मिलेगा?</summary><p>{NOTA}</p></details>
<details open><summary>कौन भाग ले सकता है?</summary><p>{OPEN}</p></details>
<h2>प्रश्न भेजें</h2>
<form action="@prashn.html" method="post">
{qform}
<button type="submit">भेजें</button>
</form>
""")
s.write("img/suraksha-code.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#eee"/>'
        '<text x="12" y="28" font-family="monospace" font-size="22" fill="#333" transform="rotate(-4 60 20)">K7P4Q</text></svg>\n')

s.page("suchna.html", "सूचनाएँ", """
<h1>सूचनाएँ</h1>
<p>साइबर जागरूकता माह के दौरान सभी ज़िलों में विद्यालयों के लिए कार्यशालाएँ आयोजित होंगी।</p>
""")
s.page("nivida.html", "निविदाएँ", """
<h1>निविदाएँ</h1>
<p>राज्य सुरक्षा संचालन केंद्र की स्थापना हेतु निविदा — निविदा दस्तावेज़ शुल्क ₹ 5,000।</p>
""")

ENTRY = entry(s, name="राज्य साइबर सुरक्षा नीति 2027 — सार्वजनिक परामर्श (भोपाल)",
    languages=["en", "hi"],
    fees=[],
    free_option=None, fee_support=False, remote_participation=True,
    captcha=["image"], account_required=False,
    registration_form=None, registration_host=None, registration_pdf_only=True, min_age=None,
    accessibility_statement=True, access_services=["sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=True,
    participation_pages=["index.html", "masauda.html", "sahbhagita.html", "prapatra.html", "sthal.html", "prashn.html"],
    evidence={
        "languages": [M("index.html", '<section lang="en">', "English section of two paragraphs")],
        "un_languages": [N("en only")],
        "fees": [Q("masauda.html", "₹ 5 लाख तक का जुर्माना", "penalty in the draft policy: not a fee"),
                 Q("masauda.html", "₹ 120 करोड़ का बजट", "budget under consultation: not a fee"),
                 Q("sthal.html", "₹ 2,500 प्रति रात", "hotel: not a fee"),
                 Q("nivida.html", "निविदा दस्तावेज़ शुल्क ₹ 5,000।", "tender document fee: not a fee of taking part")],
        "free_option": [N("nothing is said about the cost of taking part; the consultation is 'open to all citizens'", "prashn.html")],
        "fee_support": [Q("sahbhagita.html", NOTA)],
        "remote_participation": [Q("sahbhagita.html", VC)],
        "captcha": [M("prashn.html", 'alt="सुरक्षा कोड का चित्र"', "self-hosted image code on the question form: image")],
        "account_required": [N("no account; PDF form")],
        "registration_form": [N("PDF-only registration; the 4-field question form (with the image-code box) is never it", "prashn.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("prapatra.html", NOONLINE)],
        "min_age": [Q("prashn.html", OPEN, "open to all: no minimum age")],
        "accessibility_statement": [Q("sthal.html", RAMP)],
        "access_services": [Q("sthal.html", RAMP), Q("sthal.html", ISL)],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [Q("masauda.html", "मसौदा केवल पीडीएफ़ में उपलब्ध है।"), Q("prapatra.html", NOONLINE)],
    })
