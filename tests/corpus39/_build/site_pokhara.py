"""Pokhara (Nepal): a disabled people's organisation's digital accessibility conference. Nepali with an English
section. Pages and labels written together."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt

SLUG = "digital-pahunchyogyata-sammelan-pokhara"
NAV = [("index.html", "गृहपृष्ठ"), ("darta.html", "दर्ता"), ("shulka.html", "शुल्क"), ("online.html", "अनलाइन सहभागिता"),
       ("pahunch.html", "पहुँचयोग्यता"), ("prashna.html", "बारम्बार सोधिने प्रश्न"), ("prayojak.html", "प्रायोजक"),
       ("aawas.html", "आवास र यातायात")]
FOOT = {"ne-NP": "<p>© २०२७ नेपाल अपाङ्गता तथा प्रविधि सञ्जाल · पोखरा · sammelan@ndtn.example.np</p>"}
s = mk(SLUG, "डिजिटल पहुँचयोग्यता सम्मेलन", "ne-NP", "#6a1b9a", "DAC", NAV, foot=FOOT)

EN1 = ("The Nepal Disability and Technology Network holds the second Digital Accessibility Conference in Pokhara on "
       "5–6 August 2027, bringing government agencies, technology companies, universities and disability rights "
       "activists together.")
EN2 = ("Fees: NPR 3,000 general, NPR 1,000 for students; persons with disabilities and one support person attend free "
       "of charge. Online participants can ask questions over Zoom.")
FREE = "अपाङ्गता भएका व्यक्ति र एक सहयोगी निःशुल्क सहभागी हुन सक्नुहुन्छ।"
AGE = "१६ वर्ष पूरा भएका जोसुकै व्यक्ति सहभागी हुन सक्नुहुन्छ।"
REMOTE = "अनलाइन सहभागीहरूले Zoom मार्फत सबै सत्रमा भाग लिन र वक्ताहरूलाई प्रत्यक्ष प्रश्न सोध्न सक्नेछन्।"
SIGN = "सबै सत्रमा नेपाली साङ्केतिक भाषा दोभाषे उपलब्ध हुनेछन्।"
CAP = "मुख्य सत्रहरूमा प्रत्यक्ष उपशीर्षक (नेपाली र अंग्रेजी) पर्दामा देखाइनेछ।"
WHEEL = "सम्मेलन स्थल भुइँतलामा छ, प्रवेशद्वारमा र्याम्प छ र ह्वीलचेयर प्रयोगकर्ताका लागि शौचालय छ।"
INTERP = "नेपाली–अंग्रेजी दोभाषे सेवा उपलब्ध हुनेछ।"

FORM = ('<form action="@darta.html" method="post">'
        + fld("naam", "पूरा नाम (भर्नु अनिवार्य छ)")
        + fld("mobile", "मोबाइल नम्बर (भर्नु अनिवार्य छ)", "tel")
        + fld("email", "इमेल", "email")
        + fld("sanstha", "संस्था")
        + fld("nagarikta", "नागरिकता प्रमाणपत्र नम्बर (भर्नु अनिवार्य छ)")
        + fld("prakar", "अपाङ्गताको प्रकार (ऐच्छिक)", "select",
              opts=["लागू हुँदैन", "दृष्टिसम्बन्धी", "सुनाइसम्बन्धी", "शारीरिक", "बौद्धिक", "अन्य"])
        + radios("barga", "शुल्क वर्ग (भर्नु अनिवार्य छ)", ["सामान्य रु. ३,०००", "विद्यार्थी रु. १,०००",
                                                           "अपाङ्गता भएका व्यक्ति (निःशुल्क)"])
        + fld("sanket", "साङ्केतिक भाषा दोभाषे चाहिन्छ", "checkbox")
        + fld("upashirshak", "प्रत्यक्ष उपशीर्षक चाहिन्छ", "checkbox")
        + fld("wheelchair", "ह्वीलचेयर पहुँच चाहिन्छ", "checkbox")
        + fld("anya", "अन्य आवश्यकता", "textarea")
        + '<button type="submit">दर्ता गर्नुहोस्</button></form>')

placeholder_media(s, "media/sammelan-2026.mp4")
placeholder_media(s, "media/sandesh.mp4")
vtt(s, "media/sandesh.ne.vtt", "डिजिटल पहुँचयोग्यता सम्मेलनमा स्वागत छ।")
s.page("index.html", "डिजिटल पहुँचयोग्यता सम्मेलन २०२७", f"""
<h1>डिजिटल पहुँचयोग्यता सम्मेलन २०२७</h1>
<p class="note">पोखरा, २०८४ साउन २०–२१ (५–६ अगस्ट २०२७)</p>
<p>नेपाल अपाङ्गता तथा प्रविधि सञ्जालले पोखरामा दोस्रो डिजिटल पहुँचयोग्यता सम्मेलन आयोजना गर्दैछ। सम्मेलनले सरकारी वेबसाइट, मोबाइल एप, डिजिटल भुक्तानी र अनलाइन सेवाहरूलाई अपाङ्गता भएका व्यक्तिहरूका लागि पहुँचयोग्य बनाउने विषयमा सरकारी निकाय, प्रविधि कम्पनी, विश्वविद्यालय र अपाङ्गता अधिकारकर्मीहरूलाई एकै ठाउँमा ल्याउँछ।</p>
<p><a href="@shulka.html">शुल्क</a> हेर्नुहोस् र <a href="@darta.html">दर्ता गर्नुहोस्</a>।</p>
<h2>२०२६ को सम्मेलनका झलक</h2>
{video("media/sammelan-2026.mp4")}
<h2>अध्यक्षको सन्देश</h2>
{video("media/sandesh.mp4", track="media/sandesh.ne.vtt", track_lang="ne", label="नेपाली")}
<section lang="en">
<h2>In English</h2>
<p>{EN1}</p>
<p>{EN2}</p>
</section>
""")

s.page("darta.html", "दर्ता", f"""
<h1>दर्ता</h1>
<p>{AGE}</p>
<p>दर्ताको अन्तिम मिति: २०८४ साउन १० (२६ जुलाई २०२७)।</p>
{FORM}
""")

s.page("shulka.html", "शुल्क", f"""
<h1>सहभागिता शुल्क</h1>
<table>
<tr><th>वर्ग</th><th>शुल्क</th></tr>
<tr><td>सामान्य सहभागी</td><td>रु. ३,०००</td></tr>
<tr><td>विद्यार्थी</td><td>रु. १,०००</td></tr>
<tr><td>अपाङ्गता भएका व्यक्ति र एक सहयोगी</td><td>निःशुल्क</td></tr>
</table>
<p>{FREE}</p>
<p>शुल्कमा खाना, खाजा र सहभागिता प्रमाणपत्र समावेश छन्।</p>
""")

s.page("online.html", "अनलाइन सहभागिता", f"""
<h1>अनलाइन सहभागिता</h1>
<p>{REMOTE}</p>
<p>Zoom लिङ्क दर्ता गरेका सहभागीलाई इमेलमा पठाइनेछ।</p>
""")

s.page("pahunch.html", "पहुँचयोग्यता", f"""
<h1>पहुँचयोग्यता</h1>
<p>{WHEEL}</p>
<p>{SIGN}</p>
<p>{CAP}</p>
<p>{INTERP}</p>
<p>अन्य आवश्यकताका लागि access@ndtn.example.np मा सम्पर्क गर्नुहोस्।</p>
""")

s.page("prashna.html", "बारम्बार सोधिने प्रश्न", """
<h1>बारम्बार सोधिने प्रश्न</h1>
<details open><summary>के अनलाइन सहभागीले प्रश्न सोध्न पाउँछन्?</summary><p>पाउँछन्, Zoom मार्फत।</p></details>
<details open><summary>यातायात खर्च पाइन्छ?</summary><p>आयोजकले यातायात खर्च व्यहोर्दैन।</p></details>
<details open><summary>बस्ने ठाउँ कहाँ छ?</summary><p>आवास र यातायात पृष्ठ हेर्नुहोस्।</p></details>
""")

s.page("prayojak.html", "प्रायोजक", """
<h1>प्रायोजक</h1>
<ul>
  <li>मुख्य प्रायोजक: रु. ५,००,०००</li>
  <li>स्टल: रु. ४०,०००</li>
</ul>
""")

s.page("aawas.html", "आवास र यातायात", """
<h1>आवास र यातायात</h1>
<ul>
  <li>लेकसाइडका होटल: प्रतिरात रु. ३,५०० देखि।</li>
  <li>काठमाडौं–पोखरा टुरिस्ट बस: रु. १,२००।</li>
</ul>
""")

ENTRY = entry(
    s, name="डिजिटल पहुँचयोग्यता सम्मेलन २०२७ (पोखरा)",
    languages=["ne", "en"], fees=[(3000, "NPR"), (1000, "NPR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=[], account_required=False,
    registration_form=(11, 4, ["phone", "affiliation", "id_document"]), registration_host=None,
    registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["sign_language", "captions", "wheelchair_access", "interpretation"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "darta.html", "shulka.html", "online.html", "pahunch.html", "prashna.html"],
    evidence={
        "languages": [Q("index.html", "नेपाल अपाङ्गता तथा प्रविधि सञ्जालले पोखरामा दोस्रो डिजिटल पहुँचयोग्यता सम्मेलन"),
                      Q("index.html", EN1, "English section with lang=\"en\"")],
        "un_languages": [N("en")],
        "fees": [Q("shulka.html", "सामान्य सहभागी रु. ३,०००"), Q("shulka.html", "विद्यार्थी रु. १,०००"),
                 Q("index.html", EN2, "restated in English: no new entries"),
                 Q("prayojak.html", "मुख्य प्रायोजक: रु. ५,००,०००", "not a fee"),
                 Q("aawas.html", "प्रतिरात रु. ३,५०० देखि", "hotel: not a fee")],
        "free_option": [Q("shulka.html", FREE)],
        "fee_support": [Q("shulka.html", "विद्यार्थी रु. १,०००", "student rate"), Q("shulka.html", FREE)],
        "remote_participation": [Q("online.html", REMOTE)],
        "captcha": [N("no CAPTCHA")],
        "account_required": [N("own form, no account anywhere")],
        "registration_form": [N("name*, mobile* (phone), email, organisation (affiliation), citizenship certificate "
                                "number* (id_document), disability-type select, fee-category radio* (marker in legend), "
                                "three access-needs checkboxes, other needs = 11 fields, 4 required; new marker "
                                "(भर्नु अनिवार्य छ)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("darta.html", AGE)],
        "accessibility_statement": [Q("pahunch.html", WHEEL)],
        "access_services": [Q("pahunch.html", WHEEL, "wheelchair_access"), Q("pahunch.html", SIGN, "sign_language"),
                            Q("pahunch.html", CAP, "captions"), Q("pahunch.html", INTERP, "interpretation")],
        "videos_without_captions": [M("index.html",
                                      '<video controls preload="none" width="640" src="media/sammelan-2026.mp4">',
                                      "no track; the second video has a captions track")],
        "pdf_only_documents": [N("no PDF")],
    })
