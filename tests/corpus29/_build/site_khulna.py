from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
s = mk("upokul-nari-jolobayu-sommelon-khulna", "উপকূলীয় নারী জলবায়ু সম্মেলন ২০২৭ — খুলনা", "bn", "#0f766e", "উনস",
       [("index.html", "প্রথম পাতা"), ("fee.html", "ফি ও সহায়তা"), ("nibondhon.html", "নিবন্ধন"), ("zoom.html", "অনলাইনে যোগ দিন"),
        ("protibondhi.html", "প্রবেশগম্যতা"), ("en/index.html", "English"), ("thaka.html", "থাকা ও যাতায়াত"), ("sponsor.html", "পৃষ্ঠপোষক")],
       foot={"bn": "<p>উপকূলীয় নারী উন্নয়ন জোট · sommelon@upokul.example.org.bd</p>"})
placeholder_media(s, "media/shyamnagar-golpo.mp4")
s.page("index.html", "উপকূলীয় নারী জলবায়ু সম্মেলন ২০২৭", """
<h1>উপকূলীয় নারী জলবায়ু সম্মেলন ২০২৭</h1>
<p>সাতক্ষীরা, খুলনা ও বাগেরহাটের উপকূলীয় গ্রামের নারীরা লবণাক্ততা, ঘূর্ণিঝড়ের পরের পুনর্বাসন আর সুপেয় পানির সংকট নিয়ে নিজেদের অভিজ্ঞতা জানাবেন। সম্মেলন হবে ১৮–১৯ ফেব্রুয়ারি ২০২৭, খুলনা বিশ্ববিদ্যালয়ের মিলনায়তনে।</p>
<p>গত বছরের প্রতিবেদন পাবেন <a href="@protibedon-2026.html">এখানে</a>।</p>
""" + video("media/shyamnagar-golpo.mp4"))
s.page("fee.html", "ফি ও সহায়তা", """
<h1>নিবন্ধন ফি ও সহায়তা</h1>
<ul>
<li>এনজিও কর্মী: ৳ ১,৫০০</li>
<li>গবেষক ও সরকারি কর্মকর্তা: ৳ ২,৫০০</li>
</ul>
<p>উপকূলীয় গ্রামের নারী প্রতিনিধিদের কোনো ফি লাগবে না, এবং তাঁদের লঞ্চ ও বাস ভাড়া জোট বহন করবে।</p>
""")
s.page("nibondhon.html", "নিবন্ধন", """
<h1>নিবন্ধন ফরম</h1>
<p>অংশগ্রহণকারীর বয়স ১৮ বছর বা তার বেশি হতে হবে।</p>
<form action="@nibondhon.html" method="post">
""" + fld("nam", "নাম (আবশ্যক)") + fld("nid", "জাতীয় পরিচয়পত্র (NID) নম্বর (আবশ্যক)") + radios("linga", "লিঙ্গ", ["নারী", "পুরুষ", "অন্যান্য"])
    + fld("mobile", "মোবাইল নম্বর (আবশ্যক)", "tel") + fld("email", "ই-মেইল", "email") + fld("songstha", "সংগঠন বা গ্রাম সমিতি")
    + fld("jela", "জেলা", "select", True, ["সাতক্ষীরা", "খুলনা", "বাগেরহাট", "অন্য"])
    + radios("dhoron", "অংশগ্রহণের ধরন", ["সরাসরি", "জুমে"]) + fld("vara", "যাতায়াত ভাড়া ফেরত চাই", "checkbox")
    + fld("mantobbo", "মন্তব্য", "textarea") + """
<button type="submit">জমা দিন</button>
</form>
""")
s.page("zoom.html", "অনলাইনে যোগ দিন", """
<h1>অনলাইনে যোগ দিন</h1>
<p>যাঁরা খুলনায় আসতে পারবেন না, তাঁরা ইউনিয়ন পরিষদ কার্যালয় থেকে জুমে যোগ দিয়ে সরাসরি প্রশ্ন করতে ও মতামত দিতে পারবেন।</p>
""")
s.page("protibondhi.html", "প্রবেশগম্যতা", """
<h1>প্রবেশগম্যতা</h1>
<p>মিলনায়তনের প্রবেশপথে র‍্যাম্প আছে, হুইলচেয়ার ব্যবহারকারীরা সহজে ঢুকতে পারবেন।</p>
<p>সব অধিবেশনে বাংলা ইশারা ভাষার দোভাষী থাকবেন।</p>
<p>মায়েদের জন্য দুজন প্রশিক্ষিত সেবিকাসহ একটি শিশু যত্ন কর্নার থাকবে।</p>
""")
s.page("en/index.html", "Coastal Women's Climate Conference 2027", """
<h1>Coastal Women's Climate Conference 2027</h1>
<p>Women from the coastal villages of Satkhira, Khulna and Bagerhat will speak about salinity, rebuilding after cyclones and the drinking-water crisis, on 18–19 February 2027 at the Khulna University auditorium.</p>
<p>Fees: NGO staff ৳1,500; researchers and government officials ৳2,500. Women delegates from coastal villages pay nothing and their launch and bus fares are covered. Participants must be 18 or older.</p>
<p>People who cannot travel can join on Zoom from their union parishad office and ask questions live. The hall has a ramp, Bangla sign language interpreters and a childcare corner.</p>
""", lang="bn")
s.page("thaka.html", "থাকা ও যাতায়াত", """
<h1>থাকা ও যাতায়াত</h1>
<p>খুলনার হোটেলে প্রতি রাত ৳ ২,২০০ থেকে। শ্যামনগর থেকে বাস ভাড়া প্রায় ৳ ২৫০, রিকশা ভাড়া ৳ ৬০।</p>
""")
s.page("sponsor.html", "পৃষ্ঠপোষক", """
<h1>পৃষ্ঠপোষকতা</h1>
<p>প্রধান পৃষ্ঠপোষক ৳ ৫,০০,০০০; স্টল ৳ ৪০,০০০।</p>
""")
ENTRY = entry(s, name="Coastal women's climate conference 2027 (coastal women's alliance, Khulna, Bangladesh)",
    languages=["bn", "en"], fees=[(1500, "BDT"), (2500, "BDT")], free_option=True, fee_support=True,
    remote_participation=True, captcha=[], account_required=False,
    registration_form=(10, 4, ["id_document", "gender", "phone", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "childcare"],
    videos_without_captions=1,
    participation_pages=["index.html", "fee.html", "nibondhon.html", "zoom.html", "protibondhi.html", "en/index.html"],
    deliberate_404=["protibedon-2026.html"],
    evidence={
        "languages": [Q("index.html", "সাতক্ষীরা, খুলনা ও বাগেরহাটের উপকূলীয় গ্রামের নারীরা"),
                      M("en/index.html", '<html lang="bn">', "English page declared Bengali"),
                      Q("en/index.html", "Women from the coastal villages of Satkhira, Khulna and Bagerhat will speak about salinity")],
        "un_languages": [N("en")],
        "fees": [Q("fee.html", "এনজিও কর্মী: ৳ ১,৫০০"), Q("fee.html", "গবেষক ও সরকারি কর্মকর্তা: ৳ ২,৫০০"),
                 Q("en/index.html", "Fees: NGO staff ৳1,500; researchers and government officials ৳2,500.", "restated: no new entries"),
                 Q("thaka.html", "প্রতি রাত ৳ ২,২০০ থেকে", "hotel, bus, rickshaw: not fees"),
                 Q("sponsor.html", "প্রধান পৃষ্ঠপোষক ৳ ৫,০০,০০০", "not a fee")],
        "free_option": [Q("fee.html", "উপকূলীয় গ্রামের নারী প্রতিনিধিদের কোনো ফি লাগবে না")],
        "fee_support": [Q("fee.html", "তাঁদের লঞ্চ ও বাস ভাড়া জোট বহন করবে")],
        "remote_participation": [Q("zoom.html", "ইউনিয়ন পরিষদ কার্যালয় থেকে জুমে যোগ দিয়ে সরাসরি প্রশ্ন করতে ও মতামত দিতে পারবেন")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, NID, gender radio, mobile, e-mail, organisation, district select, mode radio, fare checkbox, comments); 3 marked (আবশ্যক) + district required = 4; sensitive id_document, gender, phone, affiliation", "nibondhon.html"),
                              Q("nibondhon.html", "জাতীয় পরিচয়পত্র (NID) নম্বর (আবশ্যক)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("nibondhon.html", "অংশগ্রহণকারীর বয়স ১৮ বছর বা তার বেশি হতে হবে।")],
        "accessibility_statement": [Q("protibondhi.html", "মিলনায়তনের প্রবেশপথে র‍্যাম্প আছে")],
        "access_services": [Q("protibondhi.html", "হুইলচেয়ার ব্যবহারকারীরা সহজে ঢুকতে পারবেন", "wheelchair_access"),
                            Q("protibondhi.html", "সব অধিবেশনে বাংলা ইশারা ভাষার দোভাষী থাকবেন।", "sign_language"),
                            Q("protibondhi.html", "দুজন প্রশিক্ষিত সেবিকাসহ একটি শিশু যত্ন কর্নার থাকবে", "childcare")],
        "videos_without_captions": [M("index.html", 'src="media/shyamnagar-golpo.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
