from lib import mk, Q, M, N, entry, fld, video, placeholder_media
S = "putulnach-karmashala-rajshahi"
NAV = [("index.html", "প্রথম পাতা"), ("fi.html", "ফি"), ("nibandhan.html", "নিবন্ধন"), ("prosno.html", "প্রশ্নোত্তর"),
       ("pravesh.html", "প্রবেশযোগ্যতা"), ("putul-bikroy.html", "পুতুল বিক্রি"), ("prayojok.html", "পৃষ্ঠপোষক"), ("khobor.html", "খবর")]
s = mk(S, "পুতুলনাচ কর্মশালা, রাজশাহী", "bn-BD", "#a3243b", "পুতুল", NAV,
       foot={"bn-BD": '<p>বরেন্দ্র পুতুলনাচ সংসদ, সাহেববাজার, রাজশাহী — karmashala@putulnach.example.bd</p>'})
placeholder_media(s, "media/putulnach.mp4")
s.pdf("docs/nibandhan-form.pdf", "Putulnach karmashala 2027 - registration form\nName:\nPhone:\nGroup:")
s.page("index.html", "পুতুলনাচ কর্মশালা ২০২৭", """
<h1>পুতুলনাচ কর্মশালা ২০২৭</h1>
<p>তারের পুতুল ও বেণী পুতুলের ঐতিহ্য বাঁচিয়ে রাখতে বরেন্দ্র পুতুলনাচ সংসদ ছয় দিনের কর্মশালার আয়োজন করছে: পুতুল বানানো, সুতো টানা, গান ও সংলাপ।</p>
<p lang="sat">ᱡᱚᱦᱟᱨ!</p>
<ul>
<li><a href="@fi.html">ফি</a></li>
<li><a href="@nibandhan.html">নিবন্ধন</a></li>
<li><a href="@prosno.html">প্রশ্নোত্তর</a></li>
<li><a href="@pravesh.html">প্রবেশযোগ্যতা</a></li>
</ul>
""" + video("media/putulnach.mp4") + """
<section>
<h2>In English</h2>
<p>The Barind Puppetry Society runs a six-day workshop in Rajshahi on string puppets and rod puppets: making, stringing, songs and dialogue, ending with public shows.</p>
<p>The fee is Tk 1,500, or Tk 700 for students. Registration is on a paper form only.</p>
</section>
""")
s.page("fi.html", "ফি", """
<h1>কর্মশালার ফি</h1>
<ul>
<li>সাধারণ অংশগ্রহণকারী: ৳ ১,৫০০</li>
<li>শিক্ষার্থী: ৳ ৭০০</li>
<li>শিশুদের পুতুল বানানোর ক্লাস (১০ থেকে ১৪ বছর): ৳ ৩০০</li>
</ul>
<p>সন্ধ্যার পুতুলনাচ প্রদর্শনী সবার জন্য বিনামূল্যে।</p>
""")
s.page("nibandhan.html", "নিবন্ধন", """
<h1>নিবন্ধন</h1>
<p>অনলাইনে নিবন্ধন হয় না। <a href="@docs/nibandhan-form.pdf">নিবন্ধন ফর্ম (PDF)</a> ডাউনলোড করে পূরণ করুন এবং জেলা শিল্পকলা একাডেমির অফিসে জমা দিন।</p>
<h2>প্রশ্ন পাঠান</h2>
<form action="@nibandhan.html" method="post">
""" + fld("q-nam", "নাম") + fld("q-email", "ইমেইল", "email") + fld("q-prosno", "আপনার প্রশ্ন", "textarea") + """
<div class="frc-captcha" data-sitekey="FCMPUTULNACH2027"></div>
<button type="submit">পাঠান</button>
</form>
""")
s.page("prosno.html", "প্রশ্নোত্তর", """
<h1>প্রশ্নোত্তর</h1>
<details open><summary>অনলাইনে যোগ দেওয়া যাবে?</summary><p>না, অনলাইনে অংশগ্রহণের সুযোগ নেই।</p></details>
<details open><summary>নিজের পুতুল আনতে হবে?</summary><p>না, উপকরণ সংসদ দেবে।</p></details>
""")
s.page("pravesh.html", "প্রবেশযোগ্যতা", """
<h1>প্রবেশযোগ্যতা</h1>
<p>কর্মশালা হয় নিচতলার হলে; র‍্যাম্প আছে, হুইলচেয়ার নিয়ে সরাসরি প্রবেশ করা যায়।</p>
<p>এবার ইশারা ভাষার দোভাষী থাকবে না।</p>
""")
s.page("putul-bikroy.html", "পুতুল বিক্রি", """
<h1>পুতুল বিক্রি</h1>
<p>হাতে বানানো তারের পুতুল: ৳ ২,২০০। ছোট বেণী পুতুল: ৳ ৬৫০।</p>
""")
s.page("prayojok.html", "পৃষ্ঠপোষক", """
<h1>পৃষ্ঠপোষক</h1>
<p>প্রধান পৃষ্ঠপোষকতা: ৳ ৫০,০০০।</p>
""")
s.page("khobor.html", "খবর", """
<h1>খবর</h1>
<p>রেলস্টেশন থেকে রিকশা ভাড়া প্রায় ৳ ৬০। কাছের হোটেলে রুম ৳ ১,৮০০ প্রতি রাত।</p>
<p><a href="@chobi-2026.html">গত বছরের ছবি</a></p>
""")
ENTRY = entry(s, name="Puppetry workshop 2027 (Barind puppetry society, Rajshahi, Bangladesh)",
    languages=["bn", "en"], fees=[(1500, "BDT"), (700, "BDT"), (300, "BDT")], free_option=True, fee_support=True,
    remote_participation=False, captcha=["friendlycaptcha"], account_required=False, registration_form=None,
    registration_pdf_only=True, min_age=10, accessibility_statement=True, access_services=["wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "fi.html", "nibandhan.html", "prosno.html", "pravesh.html"],
    deliberate_404=["chobi-2026.html"],
    evidence={
        "languages": [Q("index.html", "তারের পুতুল ও বেণী পুতুলের ঐতিহ্য বাঁচিয়ে রাখতে"),
                      Q("index.html", "The Barind Puppetry Society runs a six-day workshop in Rajshahi", "English section without lang"),
                      M("index.html", '<p lang="sat">', "Santali greeting: not listable")],
        "un_languages": [N("en")],
        "fees": [Q("fi.html", "সাধারণ অংশগ্রহণকারী: ৳ ১,৫০০", "1500 BDT"), Q("fi.html", "শিক্ষার্থী: ৳ ৭০০", "700 BDT"),
                 Q("fi.html", "শিশুদের পুতুল বানানোর ক্লাস (১০ থেকে ১৪ বছর): ৳ ৩০০", "300 BDT children's class"),
                 Q("index.html", "The fee is Tk 1,500, or Tk 700 for students.", "English restatement: no new entry"),
                 Q("putul-bikroy.html", "হাতে বানানো তারের পুতুল: ৳ ২,২০০।", "puppets sold: not fees"),
                 Q("prayojok.html", "৳ ৫০,০০০", "sponsor: not a fee"),
                 Q("khobor.html", "রিকশা ভাড়া প্রায় ৳ ৬০", "rickshaw and hotel: not fees")],
        "free_option": [Q("fi.html", "সন্ধ্যার পুতুলনাচ প্রদর্শনী সবার জন্য বিনামূল্যে।")],
        "fee_support": [Q("fi.html", "শিক্ষার্থী: ৳ ৭০০", "student rate below 1500")],
        "remote_participation": [Q("prosno.html", "না, অনলাইনে অংশগ্রহণের সুযোগ নেই।", "FAQ")],
        "captcha": [M("nibandhan.html", '<div class="frc-captcha"', "on the question form")],
        "account_required": [N("paper form, no account")],
        "registration_form": [N("only a 3-field question form online; registration is a PDF", "nibandhan.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [Q("nibandhan.html", "অনলাইনে নিবন্ধন হয় না।")],
        "min_age": [Q("fi.html", "শিশুদের পুতুল বানানোর ক্লাস (১০ থেকে ১৪ বছর)", "programme of the event: 10")],
        "accessibility_statement": [Q("pravesh.html", "কর্মশালা হয় নিচতলার হলে; র‍্যাম্প আছে, হুইলচেয়ার নিয়ে সরাসরি প্রবেশ করা যায়।")],
        "access_services": [Q("pravesh.html", "হুইলচেয়ার নিয়ে সরাসরি প্রবেশ করা যায়", "wheelchair_access"),
                            Q("pravesh.html", "এবার ইশারা ভাষার দোভাষী থাকবে না।", "negated")],
        "videos_without_captions": [M("index.html", 'src="media/putulnach.mp4">', "no track")],
        "pdf_only_documents": [M("nibandhan.html", 'href="docs/nibandhan-form.pdf"', "registration form only as PDF")],
    })
