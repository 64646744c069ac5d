from lib import mk, placeholder_media, video, vtt, Q, M, N, entry, fld

NAV = [("index.html", "მთავარი"), ("safasuri.html", "საფასური"), ("ganatskhadi.html", "განაცხადი"),
       ("chvenebebi.html", "ჩვენებები"), ("khelmisatsvdomoba.html", "ხელმისაწვდომობა"), ("sponsorebi.html", "სპონსორები"),
       ("sastumro.html", "სასტუმრო და მგზავრობა"), ("prizebi.html", "პრიზები")]
s = mk("kutaisi-kinofestivali-studentebistvis", "ქუთაისის სტუდენტური კინოფესტივალი 2027", "ka", "#5d4037", "ქკ", NAV,
       foot={"ka": "<p>ახალგაზრდა კინემატოგრაფისტთა კავშირი (გამოგონილი) · fest@kutaisi-film.example.ge</p>"})
placeholder_media(s, "media/treileri.mp4")
placeholder_media(s, "media/mimartva.mp4")
vtt(s, "media/mimartva-ka.vtt", "მოგესალმებით")

s.page("index.html", "ქუთაისის სტუდენტური კინოფესტივალი 2027", """
<h1>ქუთაისის სტუდენტური კინოფესტივალი 2027</h1>
<p>ფესტივალი გაიმართება 2027 წლის 1–5 ოქტომბერს ქუთაისში. სტუდენტები და ახალგაზრდა რეჟისორები წარადგენენ მოკლემეტრაჟიან
ფილმებს, ჩატარდება მონტაჟისა და სცენარის ვორქშოპები, საღამოობით კი — ღია ჩვენებები.</p>
<p>იხილეთ <a href="@safasuri.html">საფასური</a> და შეავსეთ <a href="@ganatskhadi.html">განაცხადი</a>.</p>
""" + video("media/treileri.mp4") + "\n" + video("media/mimartva.mp4", track="media/mimartva-ka.vtt", track_lang="ka", label="ქართული") + """
<section lang="en">
<h2>Kutaisi Student Film Festival</h2>
<p>Students and young directors present short films in Kutaisi from 1 to 5 October 2027. There are editing and
screenwriting workshops during the day and open screenings in the evening; the screenings are free for everyone.</p>
</section>
<div class="ru">
<h2>Студенческий кинофестиваль в Кутаиси</h2>
<p>Студенты и молодые режиссёры показывают короткометражные фильмы в Кутаиси с 1 по 5 октября 2027 года. Днём проходят
мастерские по монтажу и сценарию, вечером — открытые показы, вход на которые бесплатный.</p>
</div>
""")

s.page("safasuri.html", "საფასური", """
<h1>საფასური</h1>
<ul>
<li>ფილმის წარდგენის საფასური: 30 ლარი</li>
<li>მონტაჟის ვორქშოპი (ორი დღე): ₾50</li>
</ul>
<p>ფესტივალის ყველა ჩვენება უფასოა და ღიაა ყველასთვის.</p>
<p>რეგიონებიდან ჩამოსულ მონაწილეებს მგზავრობის ხარჯი აუნაზღაურდებათ.</p>
""")

form = "".join([
    fld("sakheli", "სახელი და გვარი (სავალდებულო)"), fld("el", "ელფოსტა (სავალდებულო)", "email"),
    fld("tel", "ტელეფონი (სავალდებულო)", "tel"), fld("pn", "პირადი ნომერი (სავალდებულო)"),
    fld("db", "დაბადების თარიღი", "date"), fld("uni", "უნივერსიტეტი ან კინოსკოლა (სავალდებულო)"),
    fld("film", "ფილმის სათაური (სავალდებულო)"),
    fld("zhanri", "ჟანრი", "select", opts=["მხატვრული", "დოკუმენტური", "ანიმაცია"]),
    fld("link", "ფილმის ბმული (სავალდებულო)", "url"),
    fld("tankh", "ვეთანხმები ფესტივალის წესებს (სავალდებულო)", "checkbox"),
])
s.page("ganatskhadi.html", "განაცხადი", f"""
<h1>ფილმის განაცხადი</h1>
<p>ფესტივალში მონაწილეობა შეუძლიათ ჩვიდმეტი წლიდან.</p>
<form action="@ganatskhadi.html" method="post">{form}
<div id="arkose-enforcement" class="arkose-labs" data-public-key="ARK-placeholder-KUT"></div>
<button type="submit">გაგზავნა</button></form>
""")

s.page("chvenebebi.html", "ჩვენებები", """
<h1>ჩვენებები</h1>
<p>საღამოს ჩვენებები იმართება კინოთეატრში. საუკეთესო ფილმები ონლაინაც იქნება ნაჩვენები, მხოლოდ საყურებლად; კითხვების დასმა
რეჟისორებისთვის შესაძლებელია მხოლოდ დარბაზში.</p>
""")

s.page("khelmisatsvdomoba.html", "ხელმისაწვდომობა", """
<h1>ხელმისაწვდომობა</h1>
<p>კინოთეატრს აქვს პანდუსი და დარბაზში ეტლით შესვლა შესაძლებელია.</p>
<p>დაჯილდოების ცერემონიაზე იმუშავებს ქართული ჟესტური ენის თარჯიმანი.</p>
<p>დამატებითი საჭიროებისთვის მოგვწერეთ: access@kutaisi-film.example.ge</p>
""")

s.page("sponsorebi.html", "სპონსორები", """
<h1>სპონსორები</h1>
<p>გენერალური სპონსორი: 5 000 ლარი. სტენდი ფოიეში: 400 ლარი.</p>
""")

s.page("sastumro.html", "სასტუმრო და მგზავრობა", """
<h1>სასტუმრო და მგზავრობა</h1>
<p>სასტუმრო ცენტრში: 90 ლარი ღამეში. მარშრუტკა თბილისიდან: 20 ლარი.</p>
""")

s.page("prizebi.html", "პრიზები", """
<h1>პრიზები</h1>
<p>საუკეთესო ფილმი: 3 000 ლარი. საუკეთესო დებიუტი: 1 500 ლარი.</p>
""")

ENTRY = entry(
    s, name="Kutaisi Student Film Festival 2027 (young filmmakers' union, Kutaisi)",
    languages=["ka", "en", "ru"],
    fees=[(30, "GEL"), (50, "GEL")],
    free_option=True, fee_support=True, remote_participation=False, captcha=["arkose"],
    account_required=False, registration_form=(10, 8, ["phone", "id_document", "birth_date", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=17, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "safasuri.html", "ganatskhadi.html", "chvenebebi.html", "khelmisatsvdomoba.html"],
    evidence={
        "languages": [Q("index.html", "სტუდენტები და ახალგაზრდა რეჟისორები წარადგენენ მოკლემეტრაჟიან ფილმებს"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "Students and young directors present short films in Kutaisi"),
                      Q("index.html", "Студенты и молодые режиссёры показывают короткометражные фильмы в Кутаиси",
                        "Russian section without lang")],
        "un_languages": [N("en, ru")],
        "fees": [Q("safasuri.html", "ფილმის წარდგენის საფასური: 30 ლარი", "submission fee: 30 GEL"),
                 Q("safasuri.html", "მონტაჟის ვორქშოპი (ორი დღე): ₾50", "workshop: 50 GEL"),
                 Q("sponsorebi.html", "გენერალური სპონსორი: 5 000 ლარი.", "sponsorship and stand: not fees"),
                 Q("sastumro.html", "სასტუმრო ცენტრში: 90 ლარი ღამეში.", "hotel and minibus: not fees"),
                 Q("prizebi.html", "საუკეთესო ფილმი: 3 000 ლარი.", "prize: not a fee")],
        "free_option": [Q("safasuri.html", "ფესტივალის ყველა ჩვენება უფასოა და ღიაა ყველასთვის.")],
        "fee_support": [Q("safasuri.html", "რეგიონებიდან ჩამოსულ მონაწილეებს მგზავრობის ხარჯი აუნაზღაურდებათ.", "travel refunds")],
        "remote_participation": [Q("chvenebebi.html", "საუკეთესო ფილმები ონლაინაც იქნება ნაჩვენები, მხოლოდ საყურებლად")],
        "captcha": [M("ganatskhadi.html", '<div id="arkose-enforcement"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, e-mail, phone, personal number, birth date, university or film school, film "
                                "title, genre select, film link, rules checkbox); 8 marked (სავალდებულო); sensitive phone, "
                                "id_document, birth_date, affiliation", "ganatskhadi.html"),
                              Q("ganatskhadi.html", "პირადი ნომერი (სავალდებულო)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("ganatskhadi.html", "ფესტივალში მონაწილეობა შეუძლიათ ჩვიდმეტი წლიდან.", "17 in words")],
        "accessibility_statement": [Q("khelmisatsvdomoba.html", "კინოთეატრს აქვს პანდუსი და დარბაზში ეტლით შესვლა შესაძლებელია.")],
        "access_services": [Q("khelmisatsvdomoba.html", "დარბაზში ეტლით შესვლა შესაძლებელია", "wheelchair_access"),
                            Q("khelmisatsvdomoba.html", "ქართული ჟესტური ენის თარჯიმანი", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/treileri.mp4">', "no track"),
                                    M("index.html", '<track kind="captions" src="media/mimartva-ka.vtt"', "captioned: not counted")],
        "pdf_only_documents": [N("no PDF")],
    })
