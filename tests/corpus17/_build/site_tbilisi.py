from lib import *
SLUG = "tbilisis-mevenaxeobis-kongresi"
NAV = [("index.html", "მთავარი"), ("safasuri.html", "საფასური"), ("registracia.html", "მომხსენებლის განაცხადი"), ("onlain.html", "ონლაინ"),
       ("programa.html", "პროგრამა"), ("xelmisawvdomoba.html", "ხელმისაწვდომობა"), ("sponsorebi.html", "სპონსორები"), ("sastumro.html", "სასტუმრო")]
s = mk(SLUG, "თბილისის მევენახეობის კონგრესი", "ka", "#922b21", "TVC", NAV,
       foot={"ka": "<p>საქართველოს მევენახეობის სამეცნიერო საზოგადოება · თბილისი · congress@tvc.example.ge</p>"})
placeholder_media(s, "media/kongresi.mp4")
s.pdf("docs/programa-2027.pdf", "Tbilisi Viticulture Congress 2027 programme")
s.page("index.html", "თბილისის საერთაშორისო მევენახეობის კონგრესი", f"""
<h1>თბილისის მეოთხე საერთაშორისო მევენახეობის კონგრესი</h1>
<p>კონგრესი 2027 წლის 6–8 ოქტომბერს თბილისში გაიმართება და აერთიანებს მევენახეებს, მეღვინეებს და მკვლევრებს ადგილობრივი ჯიშების შესახებ.</p>
<p><a href="@safasuri.html">საფასური</a> · <a href="@registracia.html">მომხსენებლის განაცხადი</a> · <a href="@onlain.html">ონლაინ მონაწილეობა</a> · <a href="@programa.html">პროგრამა</a> · <a href="@xelmisawvdomoba.html">ხელმისაწვდომობა</a></p>
{video("media/kongresi.mp4")}
<section lang="en">
<h2>In English</h2>
<p>The Tbilisi International Viticulture Congress brings together growers, winemakers and researchers working on Georgian grape varieties. Tickets are sold on tkt.ge, and speakers apply through the form on this site.</p>
</section>
""")
s.page("safasuri.html", "საფასური", """
<h1>მონაწილეობის საფასური</h1>
<p>მონაწილეობის საფასური: 180 ₾. სტუდენტებისთვის: 60 ლარი.</p>
<p>საველე ვიზიტი კახეთის ვენახებში: 90 GEL.</p>
<p>უფასო მონაწილეობა არ არის გათვალისწინებული, მომხსენებლების ჩათვლით.</p>
<p>ბილეთები იყიდება <a href="https://tkt.ge/event/tbilisi-viticulture-congress-2027">tkt.ge</a>-ზე; ბილეთის შესაძენად საჭიროა tkt.ge-ზე ანგარიშის შექმნა.</p>
""")
s.page("registracia.html", "მომხსენებლის განაცხადი", f"""
<h1>მომხსენებლის განაცხადი</h1>
<p>(სავალდებულო) ნიშნით აღნიშნული ველები აუცილებელია.</p>
<form action="@registracia.html" method="post">
{fld("saxeli", "სახელი და გვარი (სავალდებულო)")}
{fld("email", "ელფოსტა (სავალდებულო)", "email")}
{fld("tel", "ტელეფონი (სავალდებულო)", "tel")}
{fld("pn", "პირადი ნომერი (სავალდებულო)")}
{fld("org", "ორგანიზაცია")}
{fld("seqcia", "სექცია (სავალდებულო)", "select", opts=["მევენახეობა", "მეღვინეობა", "ეკონომიკა"])}
{fld("tezisi", "თეზისები (სავალდებულო)", "file")}
{fld("tanxmoba", "ვეთანხმები წესებს", "checkbox")}
<div class="h-captcha" data-sitekey="tvc-example"></div>
<button type="submit">გაგზავნა</button>
</form>
""")
s.page("onlain.html", "ონლაინ", """
<h1>ონლაინ მონაწილეობა</h1>
<p>მომხსენებლებს შეუძლიათ მოხსენების წარდგენა Zoom-ით და დარბაზის კითხვებზე პირდაპირ პასუხი.</p>
""")
s.page("programa.html", "პროგრამა", """
<h1>პროგრამა</h1>
<p>დეტალური პროგრამა ხელმისაწვდომია მხოლოდ PDF ფორმატში: <a href="@docs/programa-2027.pdf">პროგრამა (PDF)</a>.</p>
<p>კონგრესში მონაწილეობა შეუძლიათ თექვსმეტი წლიდან.</p>
""")
s.page("xelmisawvdomoba.html", "ხელმისაწვდომობა", """
<h1>ხელმისაწვდომობა</h1>
<p>საკონფერენციო დარბაზი ხელმისაწვდომია ეტლით, შენობაში არის ლიფტი.</p>
<p>გახსნის ცერემონიაზე იმუშავებს ქართული ჟესტური ენის თარჯიმანი.</p>
<p>ცოცხალი სუბტიტრები წელს არ იქნება.</p>
""")
s.page("sponsorebi.html", "სპონსორები", """
<h1>სპონსორები</h1><p>გენერალური სპონსორის პაკეტი: 15 000 ₾. საუკეთესო ნაშრომის პრემია: 3 000 ₾.</p>
""")
s.page("sastumro.html", "სასტუმრო", """
<h1>სასტუმრო და ტრანსპორტი</h1><p>სასტუმრო 220 ₾-დან ღამეში; მარშრუტკა კახეთში 12 ლარი.</p>
""")
ENTRY = entry(s, name="4th Tbilisi International Viticulture Congress (viticulture research society, Tbilisi, Georgia)",
    languages=["ka", "en"], fees=[(180, "GEL"), (60, "GEL"), (90, "GEL")], free_option=False, fee_support=True,
    remote_participation=True, captcha=["hcaptcha"], account_required=True,
    registration_form=(8, 6, ["phone", "id_document", "affiliation"]), registration_host="tkt.ge", min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "safasuri.html", "registracia.html", "onlain.html", "programa.html", "xelmisawvdomoba.html"],
    evidence={
        "languages": [Q("index.html", "აერთიანებს მევენახეებს, მეღვინეებს და მკვლევრებს"),
                      Q("index.html", "The Tbilisi International Viticulture Congress brings together growers, winemakers and researchers", "English section")],
        "un_languages": [N("en")],
        "fees": [Q("safasuri.html", "მონაწილეობის საფასური: 180 ₾. სტუდენტებისთვის: 60 ლარი."),
                 Q("safasuri.html", "საველე ვიზიტი კახეთის ვენახებში: 90 GEL.", "field visit of the event: fee"),
                 Q("sponsorebi.html", "გენერალური სპონსორის პაკეტი: 15 000 ₾.", "sponsorship, prize, hotel, marshrutka: not fees")],
        "free_option": [Q("safasuri.html", "უფასო მონაწილეობა არ არის გათვალისწინებული, მომხსენებლების ჩათვლით.")],
        "fee_support": [Q("safasuri.html", "სტუდენტებისთვის: 60 ლარი.", "student rate")],
        "remote_participation": [Q("onlain.html", "მომხსენებლებს შეუძლიათ მოხსენების წარდგენა Zoom-ით და დარბაზის კითხვებზე პირდაპირ პასუხი.")],
        "captcha": [M("registracia.html", '<div class="h-captcha"')],
        "account_required": [Q("safasuri.html", "ბილეთის შესაძენად საჭიროა tkt.ge-ზე ანგარიშის შექმნა.")],
        "registration_form": [N("registracia.html: speaker application, 8 fields: name, e-mail, phone, personal number, organisation, section select, abstract file, rules checkbox. Required (სავალდებულო): name, e-mail, phone, personal number, section, abstract = 6. Sensitive: phone, id_document (personal number), affiliation.", "registracia.html")],
        "registration_host": [M("safasuri.html", 'href="https://tkt.ge/event/tbilisi-viticulture-congress-2027"', "tickets on tkt.ge beside the own speaker form")],
        "registration_pdf_only": [N("HTML form and ticket platform")],
        "min_age": [Q("programa.html", "კონგრესში მონაწილეობა შეუძლიათ თექვსმეტი წლიდან.", "16 in words")],
        "accessibility_statement": [Q("xelmisawvdomoba.html", "საკონფერენციო დარბაზი ხელმისაწვდომია ეტლით, შენობაში არის ლიფტი.")],
        "access_services": [Q("xelmisawvdomoba.html", "ხელმისაწვდომია ეტლით"), Q("xelmisawvdomoba.html", "გახსნის ცერემონიაზე იმუშავებს ქართული ჟესტური ენის თარჯიმანი."),
                            Q("xelmisawvdomoba.html", "ცოცხალი სუბტიტრები წელს არ იქნება.", "negation: no captions")],
        "videos_without_captions": [M("index.html", 'src="media/kongresi.mp4">', "no track")],
        "pdf_only_documents": [Q("programa.html", "დეტალური პროგრამა ხელმისაწვდომია მხოლოდ PDF ფორმატში")],
    })
