from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "ទំព័រដើម"), ("taamlay.html", "តម្លៃ"), ("chohchmuoh.html", "ចុះឈ្មោះ"), ("kamvithi.html", "កម្មវិធី"),
       ("kar-chol-dol.html", "ភាពងាយស្រួលចូលរួម"), ("english.html", "English"), ("sponsor.html", "អ្នកឧបត្ថម្ភ"),
       ("snak-nov.html", "កន្លែងស្នាក់នៅ")]
s = mk("veatika-tbanh-sout-siem-reap", "វេទិកាអ្នកត្បាញសូត្រសៀមរាប", "km", "#8e244d", "សូត្រ", NAV,
       foot={"km": "<p>សមាគមអ្នកត្បាញសូត្រខ្មែរ (ប្រឌិត) · ក្រុងសៀមរាប · forum@example.com.kh</p>"})

s.page("index.html", "វេទិកាអ្នកត្បាញសូត្រសៀមរាប ២០២៧", """
<h1>វេទិកាអ្នកត្បាញសូត្រសៀមរាប ២០២៧</h1>
<p>ពីថ្ងៃទី ១៥ ដល់ ១៧ ខែវិច្ឆិកា អ្នកត្បាញ អ្នកជ្រលក់ពណ៌ធម្មជាតិ និងអ្នករចនាម៉ូដ មកជួបជុំគ្នាដើម្បីចែករំលែកបច្ចេកទេសហូល និងរកទីផ្សារថ្មីសម្រាប់សូត្រខ្មែរ។</p>
<p>មើល <a href="@taamlay.html">តម្លៃ</a> <a href="@chohchmuoh.html">ការចុះឈ្មោះ</a> <a href="@kamvithi.html">កម្មវិធី</a> <a href="@kar-chol-dol.html">ភាពងាយស្រួលចូលរួម</a> និង <a href="@english.html">ទំព័រភាសាអង់គ្លេស</a>។</p>
""")

s.page("taamlay.html", "តម្លៃចូលរួម", """
<h1>តម្លៃចូលរួម</h1>
<p>សិក្ខាសាលាជ្រលក់ពណ៌ធម្មជាតិ (២ ថ្ងៃ)៖ ៨០,០០០ រៀល ឬ $20</p>
<p>អ្នកត្បាញមកពីសហករណ៍ ចូលរួមវេទិកា និងសិក្ខាសាលាដោយឥតគិតថ្លៃ។</p>
<p>ក្រុមអ្នកត្បាញពីខេត្តតាកែវ និងកំពង់ចាម ទទួលបានថ្លៃធ្វើដំណើរពីអ្នករៀបចំ។</p>
""")

form = "".join([
    fld("name", "ឈ្មោះ (ចាំបាច់)"), fld("tel", "លេខទូរស័ព្ទ (ចាំបាច់)", "tel"),
    fld("coop", "សហករណ៍ ឬក្រុមភូមិ (ចាំបាច់)"),
    fld("prov", "ខេត្ត", "select", opts=["សៀមរាប", "តាកែវ", "កំពង់ចាម", "ផ្សេងទៀត"]),
    fld("ws", "សិក្ខាសាលា (ចាំបាច់)", "select", opts=["ជ្រលក់ពណ៌ធម្មជាតិ", "វេទិកាតែប៉ុណ្ណោះ"]),
    radios("gender", "ភេទ", ["ស្រី", "ប្រុស"]),
    fld("ok", "ខ្ញុំយល់ព្រមតាមលក្ខខណ្ឌរបស់វេទិកា (ចាំបាច់)", "checkbox")])
s.page("chohchmuoh.html", "ចុះឈ្មោះ", f"""
<h1>ចុះឈ្មោះចូលរួម</h1>
<p>អ្នកចូលរួមត្រូវមានអាយុ ១៨ ឆ្នាំឡើងទៅ។</p>
<form action="@chohchmuoh.html" method="post">{form}
<div id="arkose-enforcement" class="arkose-labs" data-public-key="ark-placeholder-kh"></div>
<button type="submit">ចុះឈ្មោះ</button></form>
""")

s.page("kamvithi.html", "កម្មវិធី", """
<h1>កម្មវិធី</h1>
<ul><li>ថ្ងៃទី ១៥៖ ពិភាក្សាអំពីការដាំដើមមន និងចិញ្ចឹមនាង</li><li>ថ្ងៃទី ១៦៖ សិក្ខាសាលាជ្រលក់ពណ៌ធម្មជាតិ</li><li>ថ្ងៃទី ១៧៖ ពិព័រណ៍ និងជួបអ្នកទិញ</li></ul>
<p>គ្មានការចូលរួមតាមអនឡាញទេ៖ វេទិកាធ្វើឡើងដោយផ្ទាល់តែប៉ុណ្ណោះ។</p>
""")

s.page("kar-chol-dol.html", "ភាពងាយស្រួលចូលរួម", """
<h1>ភាពងាយស្រួលចូលរួម</h1>
<p>សាលប្រជុំស្ថិតនៅជាន់ផ្ទាល់ដី ហើយរទេះរុញអាចចូលបាន។</p>
<p>មានកន្លែងមើលថែកុមារ ដែលមានអ្នកមើលថែ សម្រាប់ម្ដាយដែលជាអ្នកត្បាញ។</p>
<p>សម្រាប់តម្រូវការផ្សេងៗ សូមទាក់ទង forum@example.com.kh។</p>
""")

s.page("english.html", "Siem Reap Silk Weavers' Forum", """
<h1>Siem Reap Silk Weavers' Forum 2027</h1>
<p>Weavers, natural dyers and designers meet for three days to share ikat techniques and find new buyers for Khmer silk. The two-day natural dyeing workshop costs 80,000 riels (US$20); weavers from cooperatives take part free of charge.</p>
<p>The forum is held in person only. The meeting hall is on the ground floor and can be reached by wheelchair.</p>
""", lang="km")

s.page("sponsor.html", "អ្នកឧបត្ថម្ភ", """
<h1>អ្នកឧបត្ថម្ភ</h1>
<p>កញ្ចប់ឧបត្ថម្ភមាស៖ $2,000។ តូបតាំងពិព័រណ៍៖ ៤០០,០០០ រៀល។ ក្រមាសូត្រ៖ $15។</p>
""")

s.page("snak-nov.html", "កន្លែងស្នាក់នៅ", """
<h1>កន្លែងស្នាក់នៅ និងការធ្វើដំណើរ</h1>
<p>ផ្ទះសំណាក់៖ $18 មួយយប់។ តុកតុកពីព្រលានយន្តហោះ៖ $10។</p>
""")

ENTRY = entry(s, name="Siem Reap Silk Weavers' Forum 2027 (weavers' association, Siem Reap)",
    languages=["km", "en"],
    fees=[(80000, "KHR"), (20, "USD")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["arkose"],
    account_required=False, registration_form=(7, 5, ["phone", "affiliation", "gender"]),
    min_age=18, accessibility_statement=True, access_services=["wheelchair_access", "childcare"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "taamlay.html", "chohchmuoh.html", "kamvithi.html", "kar-chol-dol.html", "english.html"],
    evidence={
        "languages": [Q("index.html", "អ្នកត្បាញ អ្នកជ្រលក់ពណ៌ធម្មជាតិ និងអ្នករចនាម៉ូដ មកជួបជុំគ្នា"),
                      M("english.html", '<html lang="km">', "English page declared Khmer"),
                      Q("english.html", "Weavers, natural dyers and designers meet for three days to share ikat techniques")],
        "un_languages": [N("en")],
        "fees": [Q("taamlay.html", "សិក្ខាសាលាជ្រលក់ពណ៌ធម្មជាតិ (២ ថ្ងៃ)៖ ៨០,០០០ រៀល ឬ $20", "same price in two currencies: 80000 KHR and 20 USD"),
                 Q("english.html", "costs 80,000 riels (US$20)", "English restatement: no new entry"),
                 Q("sponsor.html", "កញ្ចប់ឧបត្ថម្ភមាស៖ $2,000។", "sponsorship, stand, scarf: not fees"),
                 Q("snak-nov.html", "ផ្ទះសំណាក់៖ $18 មួយយប់។", "guest house, tuk-tuk: not fees")],
        "free_option": [Q("taamlay.html", "អ្នកត្បាញមកពីសហករណ៍ ចូលរួមវេទិកា និងសិក្ខាសាលាដោយឥតគិតថ្លៃ។")],
        "fee_support": [Q("taamlay.html", "ទទួលបានថ្លៃធ្វើដំណើរពីអ្នករៀបចំ", "travel costs paid; free for one group")],
        "remote_participation": [Q("kamvithi.html", "គ្មានការចូលរួមតាមអនឡាញទេ៖ វេទិកាធ្វើឡើងដោយផ្ទាល់តែប៉ុណ្ណោះ។")],
        "captcha": [M("chohchmuoh.html", '<div id="arkose-enforcement"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("7 fields (name, phone, cooperative or village group, province select, workshop select, gender radio, consent checkbox); 5 marked (ចាំបាច់); sensitive phone, affiliation, gender", "chohchmuoh.html"),
                              Q("chohchmuoh.html", "សហករណ៍ ឬក្រុមភូមិ (ចាំបាច់)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("chohchmuoh.html", "អ្នកចូលរួមត្រូវមានអាយុ ១៨ ឆ្នាំឡើងទៅ។", "18, Khmer digits")],
        "accessibility_statement": [Q("kar-chol-dol.html", "សាលប្រជុំស្ថិតនៅជាន់ផ្ទាល់ដី ហើយរទេះរុញអាចចូលបាន។")],
        "access_services": [Q("kar-chol-dol.html", "ហើយរទេះរុញអាចចូលបាន", "wheelchair_access"),
                            Q("kar-chol-dol.html", "មានកន្លែងមើលថែកុមារ ដែលមានអ្នកមើលថែ", "childcare")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
