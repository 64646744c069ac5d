from lib import *

NAV = [("index.html", "প্রথম পাতা"), ("fee.html", "ফি"), ("nibondhon.html", "নিবন্ধন"), ("online.html", "অনলাইন রিভিউ"),
       ("probesh.html", "প্রবেশগম্যতা"), ("english.html", "English"), ("prayojok.html", "পৃষ্ঠপোষক"), ("thaka.html", "থাকা ও যাতায়াত")]
s = mk("rajshahi-alokchitra-utsab", "রাজশাহী আলোকচিত্র উৎসব ২০২৭", "bn", "#9c2a2a", "আলো", NAV,
       foot={"bn": "<p>বরেন্দ্র ফটোগ্রাফিক সোসাইটি, রাজশাহী · utsab@alokchitra-rajshahi.example.com.bd</p>"})

s.page("index.html", "রাজশাহী আলোকচিত্র উৎসব ২০২৭", """
<h1>রাজশাহী আলোকচিত্র উৎসব</h1>
<p>বরেন্দ্র ফটোগ্রাফিক সোসাইটি আয়োজিত পঞ্চম আলোকচিত্র উৎসব ২০২৭ সালের ১০ থেকে ১৬ জানুয়ারি শিল্পকলা একাডেমি
গ্যালারিতে অনুষ্ঠিত হবে। প্রদর্শনী, আলোচনা, কর্মশালা এবং তরুণ আলোকচিত্রীদের পোর্টফোলিও রিভিউ থাকবে।</p>
<p>সব প্রদর্শনী ও আলোচনা সবার জন্য বিনামূল্যে উন্মুক্ত। কর্মশালার <a href="@fee.html">ফি</a> দেখুন এবং
<a href="@nibondhon.html">নিবন্ধন</a> করুন।</p>
<video controls preload="none" width="640" src="media/utsab.mp4"></video>
""")
placeholder_media(s, "media/utsab.mp4")

s.page("fee.html", "ফি", """
<h1>কর্মশালা ও রিভিউ ফি</h1>
<ul>
<li>পোর্টফোলিও রিভিউ (৩০ মিনিট): ৳ ১,২০০</li>
<li>তিন দিনের ডকুমেন্টারি ফটোগ্রাফি কর্মশালা: ২,৫০০ টাকা</li>
<li>শিক্ষার্থীদের জন্য কর্মশালা: Tk 1,000</li>
</ul>
<p>প্রদর্শনী ও আলোচনায় প্রবেশ বিনামূল্যে।</p>
<p>কর্মশালায় অংশ নিতে বয়স কমপক্ষে ষোলো বছর হতে হবে।</p>
""")

s.page("nibondhon.html", "নিবন্ধন", f"""
<h1>কর্মশালা ও রিভিউ নিবন্ধন</h1>
<p>(আবশ্যক) চিহ্নিত ঘরগুলো পূরণ করতে হবে।</p>
<form action="@nibondhon.html" method="post">
{fld("naam", "নাম (আবশ্যক)")}
{fld("email", "ইমেইল (আবশ্যক)", "email")}
{fld("mobile", "মোবাইল নম্বর (আবশ্যক)", "tel")}
{fld("jonmo", "জন্মতারিখ", "date")}
{fld("nid", "জাতীয় পরিচয়পত্র নম্বর (আবশ্যক)")}
{fld("protishthan", "শিক্ষাপ্রতিষ্ঠান বা কর্মস্থল")}
{fld("karmoshala", "কর্মশালা বা রিভিউ (আবশ্যক)", "select", opts=["পোর্টফোলিও রিভিউ", "ডকুমেন্টারি কর্মশালা", "শিক্ষার্থী কর্মশালা"])}
{fld("portfolio", "পোর্টফোলিও (PDF, সর্বোচ্চ ১০ MB) (আবশ্যক)", "file")}
{fld("sommoti", "আমি উৎসবের নিয়মাবলিতে সম্মত (আবশ্যক)", "checkbox")}
<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>
<button type="submit">জমা দিন</button>
</form>
""")

s.page("online.html", "অনলাইন রিভিউ", """
<h1>অনলাইন পোর্টফোলিও রিভিউ</h1>
<p>রাজশাহীর বাইরের আলোকচিত্রীরা Zoom-এ পোর্টফোলিও রিভিউতে অংশ নিতে পারবেন: রিভিউয়ারের সঙ্গে সরাসরি ছবি দেখিয়ে
আলোচনা ও প্রশ্নোত্তর হবে। ফি একই।</p>
""")

s.page("probesh.html", "প্রবেশগম্যতা", """
<h1>প্রবেশগম্যতা</h1>
<p>গ্যালারি নিচতলায়; হুইলচেয়ার নিয়ে প্রবেশ করা যায় এবং র‍্যাম্প আছে।</p>
<p>এ বছর আলোচনা সভায় ইশারা ভাষার দোভাষী থাকবে না।</p>
<p>বিশেষ সহায়তার জন্য যোগাযোগ: probesh@alokchitra-rajshahi.example.com.bd</p>
""")

s.page("english.html", "Rajshahi Photography Festival", """
<h1>Rajshahi Photography Festival 2027</h1>
<p>The fifth Rajshahi Photography Festival runs from 10 to 16 January 2027 at the Shilpakala Academy gallery.
Exhibitions and talks are free and open to all. Workshops and portfolio reviews are paid and need registration;
the registration form is in Bengali. Photographers outside Rajshahi can have their portfolio reviewed on Zoom.</p>
""", lang="bn")

s.page("prayojok.html", "পৃষ্ঠপোষক", """
<h1>পৃষ্ঠপোষক</h1><p>প্রধান পৃষ্ঠপোষকতা: ৳ ৩,০০,০০০। সেরা ছবির পুরস্কার: ৳ ৫০,০০০।</p>
""")
s.page("thaka.html", "থাকা ও যাতায়াত", """
<h1>থাকা ও যাতায়াত</h1><p>পদ্মা গেস্ট হাউস: রাতপ্রতি ২,২০০ টাকা। ঢাকা–রাজশাহী ট্রেন: ৫৫০ টাকা থেকে।</p>
""")

ENTRY = entry(s, name="Rajshahi Photography Festival 2027 (photographic society, Rajshahi)",
    languages=["bn", "en"], fees=[(1200, "BDT"), (2500, "BDT"), (1000, "BDT")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["turnstile"],
    account_required=False, registration_form=(9, 7, ["phone", "birth_date", "id_document", "affiliation"]),
    min_age=16, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "fee.html", "nibondhon.html", "online.html", "probesh.html", "english.html"],
    evidence={
        "languages": [Q("index.html", "বরেন্দ্র ফটোগ্রাফিক সোসাইটি আয়োজিত পঞ্চম আলোকচিত্র উৎসব"),
                      M("english.html", '<html lang="bn">', "English page declared Bengali"),
                      Q("english.html", "The fifth Rajshahi Photography Festival runs from 10 to 16 January 2027")],
        "un_languages": [N("en")],
        "fees": [Q("fee.html", "পোর্টফোলিও রিভিউ (৩০ মিনিট): ৳ ১,২০০", "1200 BDT"),
                 Q("fee.html", "তিন দিনের ডকুমেন্টারি ফটোগ্রাফি কর্মশালা: ২,৫০০ টাকা", "2500 BDT"),
                 Q("fee.html", "শিক্ষার্থীদের জন্য কর্মশালা: Tk 1,000", "1000 BDT"),
                 Q("prayojok.html", "প্রধান পৃষ্ঠপোষকতা: ৳ ৩,০০,০০০।", "sponsorship and prize: not fees"),
                 Q("thaka.html", "পদ্মা গেস্ট হাউস: রাতপ্রতি ২,২০০ টাকা।", "guest house and train: not fees")],
        "free_option": [Q("fee.html", "প্রদর্শনী ও আলোচনায় প্রবেশ বিনামূল্যে।")],
        "fee_support": [Q("fee.html", "শিক্ষার্থীদের জন্য কর্মশালা: Tk 1,000", "student rate below 2,500")],
        "remote_participation": [Q("online.html", "রিভিউয়ারের সঙ্গে সরাসরি ছবি দেখিয়ে আলোচনা ও প্রশ্নোত্তর হবে")],
        "captcha": [M("nibondhon.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, e-mail, mobile, birth date, NID, institution or workplace, workshop "
                                "select, portfolio file, consent); 7 marked (আবশ্যক); sensitive phone, birth_date, "
                                "id_document, affiliation", "nibondhon.html"),
                              Q("nibondhon.html", "জাতীয় পরিচয়পত্র নম্বর (আবশ্যক)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("fee.html", "কর্মশালায় অংশ নিতে বয়স কমপক্ষে ষোলো বছর হতে হবে।", "16, in words")],
        "accessibility_statement": [Q("probesh.html", "গ্যালারি নিচতলায়; হুইলচেয়ার নিয়ে প্রবেশ করা যায় এবং র‍্যাম্প আছে।")],
        "access_services": [Q("probesh.html", "হুইলচেয়ার নিয়ে প্রবেশ করা যায়", "wheelchair_access"),
                            Q("probesh.html", "এ বছর আলোচনা সভায় ইশারা ভাষার দোভাষী থাকবে না।", "negation: no sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/utsab.mp4"></video>', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
