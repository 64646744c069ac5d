from lib import *

NAV = [("index.html", "მთავარი"), ("pasebi.html", "ფასები"), ("bileti.html", "ბილეთები"),
       ("kitkhvebi.html", "ხშირი კითხვები"), ("misadgomoba.html", "მისაწვდომობა"), ("ghvino.html", "ღვინის ბაზარი"),
       ("sastumro.html", "სასტუმრო და გზა"), ("sponsorebi.html", "სპონსორები")]
FOOT = {"ka": '<p>იმერეთის საოჯახო მეღვინეთა ასოციაცია (გამოგონილი ორგანიზაცია) · რუსთაველის გამზ. 44, ქუთაისი · '
        '<a href="mailto:forum@imereti-wine.example.ge">forum@imereti-wine.example.ge</a></p>'}
s = mk("imeretis-meghvineta-forumi-kutaisi", "იმერეთის მეღვინეთა ფორუმი 2027", "ka", "#6d1a36", "ღვ", NAV, foot=FOOT)
placeholder_media(s, "media/qvevri-2026.mp4")

s.page("index.html", "იმერეთის მეღვინეთა ფორუმი 2027", """
<h1>იმერეთის მეღვინეთა ფორუმი 2027</h1>
<p>2027 წლის 8–9 მაისს ქუთაისში იმერეთის საოჯახო მეღვინეები, სომელიეები და სტუდენტები შეიკრიბებიან, რათა ისაუბრონ
ქვევრის ღვინის დაყენებაზე, ადგილობრივ ვაზის ჯიშებზე და მცირე მარნების ბაზარზე გასვლაზე.</p>
<p>პროგრამაში: მოხსენებები, მარნების დათვალიერება და დეგუსტაციის მასტერკლასი.</p>
<h2>ქვევრის გახსნა, 2026</h2>
VIDEO
<section lang="en">
<h2>In English</h2>
<p>The Imereti Winemakers' Forum brings family wineries from western Georgia together for two days of talks, cellar
visits and a qvevri tasting masterclass in Kutaisi.</p>
<p>Most talks are in Georgian; the two panels on export markets are held in English, and foreign buyers are welcome.</p>
</section>
""".replace("VIDEO", video("media/qvevri-2026.mp4")))

s.page("pasebi.html", "ფასები", """
<h1>ფასები</h1>
<ul>
<li>ფორუმის ბილეთი (ორივე დღე) — 80 ₾</li>
<li>ქვევრის ღვინის დეგუსტაციის მასტერკლასი — 120 ლარი</li>
<li>საოჯახო მეღვინეთა ასოციაციის წევრებისთვის ფორუმის ბილეთი — GEL 40</li>
</ul>
<p>ფასდაკლებები და გრანტები არ გვაქვს.</p>
""")

s.page("bileti.html", "ბილეთები", """
<h1>ბილეთები</h1>
<p>ბილეთები იყიდება tkt.ge-ზე: <a href="https://tkt.ge/event/imereti-winemakers-forum-2027">იყიდე ბილეთი tkt.ge-ზე</a>.</p>
<p>ბილეთის შესაძენად საჭიროა tkt.ge-ზე ანგარიშის შექმნა.</p>
""")

s.page("kitkhvebi.html", "ხშირი კითხვები", """
<h1>ხშირი კითხვები</h1>
<details open><summary>შემიძლია ონლაინ მივიღო მონაწილეობა?</summary>
<p>არა. ფორუმი მხოლოდ ადგილზე იმართება და ონლაინ ტრანსლაცია არ იქნება.</p></details>
<details open><summary>ვის შეუძლია დეგუსტაციაში მონაწილეობა?</summary>
<p>დეგუსტაციის მასტერკლასში მონაწილეობა შეიძლება თვრამეტი წლიდან.</p></details>
""")

s.page("misadgomoba.html", "მისაწვდომობა", """
<h1>მისაწვდომობა</h1>
<p>ფორუმის დარბაზი პირველ სართულზეა, შესასვლელთან პანდუსია ეტლით მოსარგებლეთათვის.</p>
<h2>დაგვიკავშირდით</h2>
<form action="@misadgomoba.html" method="post">
<label for="k-name">სახელი</label><input type="text" id="k-name" name="k-name">
<label for="k-mail">ელფოსტა</label><input type="email" id="k-mail" name="k-mail">
<label for="k-q">თქვენი კითხვა</label><textarea id="k-q" name="k-q" rows="4"></textarea>
<div class="h-captcha" data-sitekey="20000000-ffff-ffff-ffff-000000000002"></div>
<button type="submit">გაგზავნა</button>
</form>
""")

s.page("ghvino.html", "ღვინის ბაზარი", """
<h1>ღვინის ბაზარი</h1>
<p>ფორუმის დღეებში მეღვინეები ყიდიან ღვინოს: ცოლიკოურის ერთი ბოთლი — 35 ₾, ოცხანური საფერე — 45 ლარი.</p>
""")

s.page("sastumro.html", "სასტუმრო და გზა", """
<h1>სასტუმრო და გზა</h1>
<p>საოჯახო სასტუმრო „ბაგრატი“ — 90 ₾ ღამეში. მარშრუტკა ქუთაისის აეროპორტიდან — 5 ₾.</p>
""")

s.page("sponsorebi.html", "სპონსორები", """
<h1>სპონსორები</h1>
<p>გენერალური სპონსორის პაკეტი — 5 000 ₾; საგამოფენო მაგიდა — 300 ₾.</p>
""")

ENTRY = entry(s, name="Imereti Winemakers' Forum 2027 (family winemakers' association, Kutaisi, Georgia)",
    languages=["ka", "en"], fees=[(80, "GEL"), (120, "GEL"), (40, "GEL")], free_option=False, fee_support=False,
    remote_participation=False, captcha=["hcaptcha"], account_required=True, registration_form=None,
    registration_host="tkt.ge", registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "pasebi.html", "bileti.html", "kitkhvebi.html", "misadgomoba.html"],
    evidence={
        "languages": [Q("index.html", "2027 წლის 8–9 მაისს ქუთაისში იმერეთის საოჯახო მეღვინეები, სომელიეები და სტუდენტები შეიკრიბებიან"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Imereti Winemakers' Forum brings family wineries from western Georgia together")],
        "un_languages": [N("en")],
        "fees": [Q("pasebi.html", "ფორუმის ბილეთი (ორივე დღე) — 80 ₾"),
                 Q("pasebi.html", "ქვევრის ღვინის დეგუსტაციის მასტერკლასი — 120 ლარი", "masterclass of the forum: a fee"),
                 Q("pasebi.html", "საოჯახო მეღვინეთა ასოციაციის წევრებისთვის ფორუმის ბილეთი — GEL 40", "member rate: a fee, not support"),
                 Q("ghvino.html", "ცოლიკოურის ერთი ბოთლი — 35 ₾", "wine sold: not a fee"),
                 Q("sastumro.html", "საოჯახო სასტუმრო „ბაგრატი“ — 90 ₾ ღამეში.", "guest house, marshrutka, sponsors: not fees")],
        "free_option": [N("fees stated and nothing said about a free way: false", "pasebi.html")],
        "fee_support": [Q("pasebi.html", "ფასდაკლებები და გრანტები არ გვაქვს.")],
        "remote_participation": [Q("kitkhvebi.html", "ფორუმი მხოლოდ ადგილზე იმართება და ონლაინ ტრანსლაცია არ იქნება.")],
        "captcha": [M("misadgomoba.html", '<div class="h-captcha"', "hCaptcha on the question form")],
        "account_required": [Q("bileti.html", "ბილეთის შესაძენად საჭიროა tkt.ge-ზე ანგარიშის შექმნა.")],
        "registration_form": [N("no own registration form; the 3-field question form is not one", "misadgomoba.html")],
        "registration_host": [M("bileti.html", 'href="https://tkt.ge/event/imereti-winemakers-forum-2027"')],
        "registration_pdf_only": [N("platform tickets")],
        "min_age": [Q("kitkhvebi.html", "დეგუსტაციის მასტერკლასში მონაწილეობა შეიძლება თვრამეტი წლიდან.", "18 for the masterclass")],
        "accessibility_statement": [Q("misadgomoba.html", "ფორუმის დარბაზი პირველ სართულზეა, შესასვლელთან პანდუსია ეტლით მოსარგებლეთათვის.")],
        "access_services": [Q("misadgomoba.html", "შესასვლელთან პანდუსია ეტლით მოსარგებლეთათვის", "wheelchair_access")],
        "videos_without_captions": [M("index.html", 'src="media/qvevri-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
