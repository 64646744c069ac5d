from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

SLUG = "africa-regional-forum-data-governance-addis"
NAV = [("index.html", "Home"), ("programme.html", "Programme"), ("participate.html", "Participate"),
       ("online.html", "Online participation"), ("support.html", "Travel support"),
       ("accessibility.html", "Accessibility"), ("practical.html", "Practical information"),
       ("news.html", "News"), ("vacancies.html", "Vacancies"), ("fr.html", "Français"), ("ar.html", "العربية")]
s = mk(SLUG, "Africa Regional Forum on Data Governance 2027", "en", "#1d5a8c", "ARF", NAV,
       foot={"en": '<p>Regional Commission secretariat (fictional) · <a href="@report-2025.html">Report of the 2025 session</a> · forum@arf-data.example.org</p>'})
placeholder_media(s, "media/session-2025.mp4")
vtt(s, "media/session-2025.en.vtt", "Welcome to the regional forum.")
s.pdf("docs/concept-note.pdf", "Concept note\nAfrica Regional Forum on Data Governance 2027")

s.page("index.html", "Africa Regional Forum on Data Governance 2027", """
<h1>Africa Regional Forum on Data Governance</h1>
<p>Addis Ababa, 9–11 June 2027 · Convened by the secretariat of a United Nations regional commission</p>
<p>The forum brings together member States, regional economic communities, civil society, academia and the private sector to review progress on cross-border data flows, data protection and statistical capacity in Africa.</p>
<section lang="am">
<h2>እንኳን ደህና መጡ</h2>
<p>ይህ የክልል መድረክ የአፍሪካ አገሮችን፣ የሲቪል ማኅበረሰብ ድርጅቶችን፣ ምሁራንንና የግሉ ዘርፍ ተወካዮችን በአንድ ላይ በማሰባሰብ ስለ መረጃ አስተዳደር፣ ስለ ግል መረጃ ጥበቃ እና ስለ ስታቲስቲክስ አቅም ይወያያል። ተሳታፊዎች በአካል ወይም በመስመር ላይ መሳተፍ ይችላሉ።</p>
</section>
<p><a href="@participate.html">Request accreditation</a> · <a href="@online.html">Take part online</a></p>
<h2>Highlights of the 2025 session</h2>
""" + video("media/session-2025.mp4", track="media/session-2025.en.vtt") + """
<p>See also the <a href="@side-events-2025.html">side events of 2025</a>. Read the <a href="@docs/concept-note.pdf">concept note (PDF)</a> or the <a href="@programme.html">programme</a>.</p>
""")

s.page("programme.html", "Programme", """
<h1>Provisional programme</h1>
<ul>
<li>Day 1 — Opening segment; Plenary 1: Registration of civil status data and legal identity</li>
<li>Day 1 — Plenary 2: Roaming fees and the cost of cross-border data</li>
<li>Day 2 — Parallel sessions: Languages of Africa in open data; Youth pre-session outcomes</li>
<li>Day 3 — Adoption of key messages; closing</li>
</ul>
<p>The programme is also available in the <a href="@docs/concept-note.pdf">concept note (PDF)</a>.</p>
""")

s.page("participate.html", "Participate — accreditation", """
<h1>Accreditation</h1>
<p>Representatives of member States are accredited through their permanent missions. Representatives of civil society, academia and the private sector request accreditation with the form below.</p>
<p>Youth delegates aged 18 to 35 may also apply for the youth pre-session on 8 June.</p>
<form action="@participate.html" method="post">
  <input type="hidden" name="session" value="arf-2027">
  <label for="name">Full name (as in passport) *</label><input type="text" id="name" name="name" required>
  <label for="org">Organisation *</label><input type="text" id="org" name="org" required>
  <label for="nat">Nationality *</label><select id="nat" name="nat" required><option>Ethiopia</option><option>Kenya</option><option>Senegal</option><option>Other</option></select>
  <label for="passport">Passport number *</label><input type="text" id="passport" name="passport" required>
  <label for="email">E-mail *</label><input type="email" id="email" name="email" required>
  <fieldset><legend>Gender</legend>
    <input type="radio" id="g1" name="gender" value="f"><label for="g1">Female</label>
    <input type="radio" id="g2" name="gender" value="m"><label for="g2">Male</label>
    <input type="radio" id="g3" name="gender" value="x"><label for="g3">Prefer not to say</label>
  </fieldset>
  <label for="group">Stakeholder group</label><select id="group" name="group"><option>Civil society</option><option>Academia</option><option>Private sector</option></select>
  <div class="check"><input type="checkbox" id="youth" name="youth"><label for="youth">I apply for the youth pre-session</label></div>
  <div class="check"><input type="checkbox" id="ok" name="ok" required><label for="ok">I accept the code of conduct</label></div>
  <div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div>
  <button type="submit">Request accreditation</button>
</form>
""")

s.page("online.html", "Online participation", """
<h1>Online participation</h1>
<p>All plenary and parallel sessions are hybrid. Accredited online participants can request the floor through the virtual platform and deliver statements of up to three minutes, and they vote on the key messages in the same way as participants in the room.</p>
""")

s.page("support.html", "Travel support", """
<h1>Travel support</h1>
<p>The secretariat will fund the travel of one civil-society participant from each least developed country in the region.</p>
<p>Funded participants receive an economy-class ticket and the daily subsistence allowance (DSA) of USD 221 for Addis Ababa.</p>
<p>Apply by ticking the box in the accreditation form and writing to support@arf-data.example.org before 15 April.</p>
""")

s.page("accessibility.html", "Accessibility", """
<h1>Accessibility</h1>
<p>The conference centre is accessible to wheelchair users, with ramps, lifts and accessible toilets on every floor.</p>
<p>Plenary sessions are interpreted between Arabic, English and French, and into International Sign.</p>
<p>Real-time captioning in English is shown on screen and on the virtual platform.</p>
<p>To request other accommodations, write to access@arf-data.example.org.</p>
""")

s.page("practical.html", "Practical information", """
<h1>Practical information</h1>
<p>Partner hotels near the conference centre offer rates from USD 145 per night, breakfast included.</p>
<p>Visa on arrival at Bole International Airport costs USD 82 for a 30-day single entry.</p>
<p>A taxi from the airport costs about ETB 600; the light rail costs ETB 10 per trip.</p>
<p>Indicative exchange rate: 1 USD = 150 ETB.</p>
""")

s.page("news.html", "News", """
<h1>News</h1>
<p>The regional data-protection prize of USD 10,000 will be awarded at the closing session.</p>
<p>Partners may sponsor the reception (USD 15,000) or an exhibition table (USD 2,500).</p>
""")

s.page("vacancies.html", "Vacancies", """
<h1>Vacancies</h1>
<p>Associate statistician (P-2), net base salary from USD 62,000 per year, Addis Ababa.</p>
""")

s.page("fr.html", "Forum régional africain sur la gouvernance des données", """
<h1>Forum régional africain sur la gouvernance des données</h1>
<p>Le forum réunit les États membres, les communautés économiques régionales, la société civile, les universités et le secteur privé pour faire le point sur les flux transfrontières de données, la protection des données et les capacités statistiques en Afrique.</p>
<p>Les représentants de la société civile demandent leur accréditation au moyen du <a href="@participate.html">formulaire</a>. Les participants en ligne peuvent demander la parole et voter sur les messages clés.</p>
""", lang="fr")

s.page("ar.html", "المنتدى الإقليمي الأفريقي لحوكمة البيانات", """
<h1>المنتدى الإقليمي الأفريقي لحوكمة البيانات</h1>
<p>يجمع المنتدى الدول الأعضاء والجماعات الاقتصادية الإقليمية والمجتمع المدني والجامعات والقطاع الخاص لاستعراض التقدم المحرز في تدفقات البيانات عبر الحدود وحماية البيانات والقدرات الإحصائية في أفريقيا.</p>
<p>يمكن للمشاركين عبر الإنترنت طلب الكلمة والتصويت على الرسائل الرئيسية. تتوفر الترجمة الفورية بين العربية والإنكليزية والفرنسية.</p>
""", lang="en", dir="rtl")

ENTRY = entry(s, name="Africa Regional Forum on Data Governance 2027 (UN regional commission forum, Addis Ababa)",
    languages=["en", "fr", "ar", "am"], fees=[], free_option=None, fee_support=True, remote_participation=True,
    captcha=["hcaptcha"], account_required=False, registration_form=(9, 6, ["nationality", "id_document", "affiliation", "gender"]),
    min_age=18, accessibility_statement=True,
    access_services=["captions", "interpretation", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "participate.html", "online.html", "support.html", "accessibility.html", "fr.html", "ar.html"],
    deliberate_404=["report-2025.html", "side-events-2025.html"],
    evidence={
        "languages": [Q("index.html", "The forum brings together member States, regional economic communities"),
                      Q("index.html", "ይህ የክልል መድረክ የአፍሪካ አገሮችን", "Amharic section (lang=am)"),
                      Q("fr.html", "Le forum réunit les États membres"),
                      Q("ar.html", "يجمع المنتدى الدول الأعضاء", "whole page in Arabic with lang=en")],
        "un_languages": [N("en, fr, ar")],
        "fees": [N("nothing is said about the cost of taking part"),
                 Q("support.html", "daily subsistence allowance (DSA) of USD 221", "DSA, not a fee"),
                 Q("practical.html", "rates from USD 145 per night", "hotel"),
                 Q("practical.html", "Visa on arrival at Bole International Airport costs USD 82", "visa fee"),
                 Q("practical.html", "A taxi from the airport costs about ETB 600; the light rail costs ETB 10 per trip.", "transport"),
                 Q("programme.html", "Roaming fees and the cost of cross-border data", "session title"),
                 Q("news.html", "The regional data-protection prize of USD 10,000", "prize"),
                 Q("news.html", "Partners may sponsor the reception (USD 15,000) or an exhibition table (USD 2,500).", "sponsor, exhibitor"),
                 Q("vacancies.html", "net base salary from USD 62,000 per year", "salary")],
        "free_option": [N("nothing said about the cost of taking part (no fee, no 'free'): null")],
        "fee_support": [Q("support.html", "The secretariat will fund the travel of one civil-society participant from each least developed country")],
        "remote_participation": [Q("online.html", "Accredited online participants can request the floor through the virtual platform")],
        "captcha": [M("participate.html", '<div class="h-captcha"')],
        "account_required": [N("no account; accreditation form")],
        "registration_form": [N("9 fields: name, organisation, nationality select, passport number, e-mail, gender (radio=1), stakeholder group select, youth checkbox, code-of-conduct checkbox; hidden session not counted. Required (* and required): name, organisation, nationality, passport, e-mail, code of conduct = 6. Sensitive: affiliation, nationality, id_document, gender.", "participate.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("participate.html", "Youth delegates aged 18 to 35 may also apply for the youth pre-session", "range: lower bound 18")],
        "accessibility_statement": [Q("accessibility.html", "To request other accommodations, write to access@arf-data.example.org.")],
        "access_services": [Q("accessibility.html", "The conference centre is accessible to wheelchair users"),
                            Q("accessibility.html", "Plenary sessions are interpreted between Arabic, English and French, and into International Sign."),
                            Q("accessibility.html", "Real-time captioning in English is shown on screen", "captions, not CART")],
        "videos_without_captions": [M("index.html", 'srclang="en"', "the only video has a captions track")],
        "pdf_only_documents": [Q("programme.html", "Day 1 — Opening segment", "programme in HTML as well as PDF")],
    })
