from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt
s = mk("kandy-folk-music-archive-symposium", "Kandy Folk Music Archive Symposium 2027", "en-LK", "#6b2d5c", "KFM",
       [("index.html", "Home"), ("fees.html", "Fees"), ("account.html", "Sign up / log in"), ("online.html", "Presenting online"),
        ("access.html", "Access"), ("sponsors.html", "Partners"), ("travel.html", "Travel"), ("shop.html", "Archive shop")],
       foot={"en-LK": "<p>Hill Country Folk Music Archive, Kandy · symposium@gee.example.lk</p>"})
placeholder_media(s, "media/bera-2026.mp4")
vtt(s, "media/bera-2026.vtt", "Geta bera rhythm demonstration")
s.page("index.html", "Kandy Folk Music Archive Symposium 2027", """
<h1>Kandy Folk Music Archive Symposium 2027</h1>
<p>Vanakkam and ayubowan! The Hill Country Folk Music Archive invites researchers, drummers, singers and collectors to two days on recording, cataloguing and returning field recordings to the villages they came from — 20 and 21 August 2027, during the Esala season.</p>
<p>Sessions cover Kandyan drumming, estate Tamil work songs, wax-cylinder recordings from the 1930s and community listening projects.</p>
""" + video("media/bera-2026.mp4", track="media/bera-2026.vtt", label="English") + """
<section lang="si">
<h2>සම්මන්ත්‍රණය ගැන</h2>
<p>උඩරට ජන සංගීත ලේඛනාගාරය විසින් සංවිධානය කරන මෙම සම්මන්ත්‍රණයට පර්යේෂකයන්, බෙර වාදකයන් සහ ගායකයන් සාදරයෙන් පිළිගනිමු. දෙදින පුරා ක්ෂේත්‍ර පටිගත කිරීම් සංරක්ෂණය හා ඒවා ගම්මානවලට නැවත ලබා දීම ගැන සාකච්ඡා කෙරේ.</p>
<p>ලියාපදිංචි වීමට පෙර අපගේ අඩවියේ ගිණුමක් සාදා ගත යුතුය.</p>
</section>
""")
s.page("fees.html", "Fees", """
<h1>Registration fees</h1>
<ul>
<li>General registration: Rs. 7,500</li>
<li>Members of the Archive's friends' circle: Rs. 5,000</li>
<li>Geta bera drumming workshop (optional, 21 August morning): Rs. 2,500</li>
</ul>
<p>There are no complimentary registrations — presenters register and pay like everyone else. We are unable to offer bursaries or concessions this year.</p>
<p>All fees are in Sri Lankan rupees (LKR) and payable by bank transfer once your account is approved.</p>
""")
s.page("account.html", "Sign up / log in", """
<h1>Create your symposium account</h1>
<p>Registration happens inside your symposium account: create it below, then choose your sessions.</p>
<form action="@account.html" method="post">
""" + fld("fn", "Full name (required)") + fld("nic", "NIC or passport number (required)") + fld("em", "Email (required)", "email")
    + fld("pw", "Password (required)", "password") + fld("pw2", "Confirm password (required)", "password")
    + fld("inst", "University, archive or ensemble") + fld("ph", "Mobile number", "tel")
    + radios("role", "I am registering as", ["Presenter", "Attendee"]) + fld("ws", "Add the drumming workshop", "checkbox")
    + fld("diet", "Lunch", "select", opts=["Rice and curry", "Vegetarian", "Vegan"]) + """
<div class="captchafox" data-sitekey="sk_kandyExample2027"></div>
<button type="submit">Create account</button>
</form>
<h2>Already registered?</h2>
<form action="@account.html" method="post">
""" + fld("lem", "Email", "email") + fld("lpw", "Password", "password") + """
<button type="submit">Log in</button>
</form>
""")
s.page("online.html", "Presenting online", """
<h1>Presenting online</h1>
<p>Presenters who cannot travel to Kandy may give their paper over Google Meet; the chair takes questions from the hall and from online listeners and the presenter answers them live.</p>
""")
s.page("access.html", "Access", """
<h1>Access</h1>
<p>The Kandyan Arts Hall has stairs at the entrance and no lift, so the hall is not wheelchair accessible; please write to Nirmala at access@gee.example.lk and we will help plan your visit.</p>
<p>Keynotes will have live captioning (CART) in English. Sri Lankan sign language interpretation can be arranged on request.</p>
""")
s.page("sponsors.html", "Partners", """
<h1>Partners</h1>
<p>Partner package Rs. 250,000; supporting partner Rs. 100,000.</p>
""")
s.page("travel.html", "Travel", """
<h1>Travel and stay</h1>
<p>Guest houses near the lake start at Rs. 9,500 a night. The intercity train from Colombo Fort costs Rs. 800 in second class. From Chennai, agencies quote about ₹14,000 for a return flight.</p>
""")
s.page("shop.html", "Archive shop", """
<h1>Archive shop</h1>
<p>Field recording CDs Rs. 1,800 each; the illustrated drum-pattern book Rs. 3,200.</p>
""")
ENTRY = entry(s, name="Kandy folk music archive symposium 2027 (folk music archive, Kandy, Sri Lanka)",
    languages=["en", "si"], fees=[(7500, "LKR"), (5000, "LKR"), (2500, "LKR")], free_option=False, fee_support=False,
    remote_participation=True, captcha=["other"], account_required=True,
    registration_form=(10, 5, ["id_document", "affiliation", "phone"]), min_age=None, accessibility_statement=True,
    access_services=["cart", "sign_language"], videos_without_captions=0,
    participation_pages=["index.html", "fees.html", "account.html", "online.html", "access.html"],
    evidence={
        "languages": [Q("index.html", "The Hill Country Folk Music Archive invites researchers, drummers, singers and collectors"),
                      M("index.html", '<section lang="si">', "Sinhala section with lang; Tamil greeting only"),
                      Q("index.html", "ලියාපදිංචි වීමට පෙර අපගේ අඩවියේ ගිණුමක් සාදා ගත යුතුය.")],
        "un_languages": [N("en")],
        "fees": [Q("fees.html", "General registration: Rs. 7,500"),
                 Q("fees.html", "Members of the Archive's friends' circle: Rs. 5,000", "member rate: a fee, not support"),
                 Q("fees.html", "Geta bera drumming workshop (optional, 21 August morning): Rs. 2,500"),
                 Q("sponsors.html", "Partner package Rs. 250,000", "not a fee"),
                 Q("travel.html", "about ₹14,000 for a return flight", "guest house, train, flight (INR): not fees"),
                 Q("shop.html", "Field recording CDs Rs. 1,800 each", "goods: not fees")],
        "free_option": [Q("fees.html", "There are no complimentary registrations — presenters register and pay like everyone else.")],
        "fee_support": [Q("fees.html", "We are unable to offer bursaries or concessions this year.", "member rate is not support")],
        "remote_participation": [Q("online.html", "may give their paper over Google Meet; the chair takes questions from the hall and from online listeners")],
        "captcha": [M("account.html", '<div class="captchafox"', "CaptchaFox: other")],
        "account_required": [Q("account.html", "Registration happens inside your symposium account")],
        "registration_form": [N("sign-up: 10 fields (name, NIC/passport, e-mail, password, confirmation, institution, mobile, role radio, workshop checkbox, lunch select); 5 marked (required); sensitive id_document, affiliation, phone; login form not counted", "account.html"),
                              Q("account.html", "NIC or passport number (required)")],
        "registration_host": [N("own portal")],
        "registration_pdf_only": [N("online")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("access.html", "please write to Nirmala at access@gee.example.lk and we will help plan your visit")],
        "access_services": [Q("access.html", "the hall is not wheelchair accessible", "no wheelchair_access"),
                            Q("access.html", "Keynotes will have live captioning (CART) in English.", "cart only"),
                            Q("access.html", "Sri Lankan sign language interpretation can be arranged on request.", "sign_language")],
        "videos_without_captions": [M("index.html", 'srclang="en"', "the only video has a captions track")],
        "pdf_only_documents": [N("no PDF")],
    })
